import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('Loppuraportti – Hyvä arki -terveyskioski', 0)
P(d, 'Kehittämishankkeen loppuraportti rahoittajalle')
H(d, '1. Taustatiedot')
t = taulukko(d, [['Toteuttaja', 'Lounaisrannan kaupunki, terveyden edistämisen yksikkö'],
                 ['Hankkeen nimi', 'Hyvä arki -terveyskioski kauppakeskuksessa'],
                 ['Rahoituspäätöksen diaarinumero', 'Dnro STM/2211/2024'],
                 ['Hankeaika', '1.2.2024–31.1.2026'],
                 ['Budjetti ja toteuma', 'Budjetti 148 000 €, toteutui 141 300 €'],
                 ['Kumppanit', 'Lounaisrannan Sydänyhdistys ry ja ammattikorkeakoulu Merikaari'],
                 ['', '']])
# viimeinen rivi: yhdistetyt solut
c = t.cell(6, 0).merge(t.cell(6, 1))
c.text = 'Hanke toteutettiin suunnitellusti; kaksi kuukautta kesti kioskin tilan remontti.'
H(d, '2. Hankkeen teema ja tavoitteet')
P(d, 'Hankkeen teemana oli matalan kynnyksen terveysneuvonta siellä, missä ihmiset muutenkin liikkuvat. '
     'Tavoitteina oli tavoittaa työikäisiä, jotka eivät käy terveystarkastuksissa, tunnistaa sydän- ja '
     'diabetesriskit ajoissa ja ohjata riskiryhmään kuuluvat elintapaneuvontaan.')
H(d, '3. Hankkeen toteutus')
P(d, 'Kioski avattiin kauppakeskus Aallon toiseen kerrokseen huhtikuussa 2024. Siellä päivysti kolmena '
     'päivänä viikossa terveydenhoitaja ja amk:n terveydenhoitajaopiskelijoita, jotka tekivät riskitestejä, '
     'mittasivat verenpainetta ja antoivat lyhytneuvontaa. Sydänyhdistyksen vapaaehtoiset järjestivät '
     'teemaviikkoja. Keväällä 2025 kokeiltiin iltapäivystystä, joka osoittautui suosituimmaksi.')
PT(d, [('t', 'Ohjausryhmä kokoontui '), ('del', 'kuusi'), ('ins', 'seitsemän'),
       ('t', ' kertaa ja seurasi hankkeen etenemistä.')])
H(d, '4. Tulokset ja vaikuttavuus')
P(d, 'Kioskissa kävi hankkeen aikana 4 120 asiakasta, joista 61 % ei ollut käynyt terveystarkastuksessa kolmeen '
     'vuoteen. Kohonnut riski todettiin 540 asiakkaalla, ja heistä 310 ohjautui elintapaneuvontaan. '
     'Asiakaspalautteen keskiarvo oli 4,6/5. Kaupunki päätti joulukuussa 2025 jatkaa kioskia pysyvänä '
     'toimintana terveysneuvonnan budjetista.')
H(d, '5. Kehitysajatukset')
P(d, 'Kioskin aukioloaikoja kannattaa painottaa iltoihin ja lauantaihin. Jatkossa riskitesti voisi olla myös '
     'sähköisenä, jolloin asiakas voi tehdä sen etukäteen ja tulla kioskille keskustelemaan tuloksista.')
H(d, '6. Suositukset muille toimijoille')
P(d, 'Suosittelemme, että neuvontapiste sijoitetaan näkyvälle paikalle kulkureitin varteen ja että '
     'opiskelijayhteistyöstä sovitaan heti alussa, koska se tuo sekä työvoimaa että uusia ideoita. '
     'Järjestöjen vapaaehtoiset kannattaa ottaa mukaan suunnitteluun eikä vain toteutukseen.')
H(d, '7. Tiivistelmä')
P(d, 'Hyvä arki -terveyskioski toi terveysneuvonnan kauppakeskukseen ja tavoitti yli 4 000 asukasta, joista '
     'suurin osa ei ollut käynyt terveystarkastuksissa. Noin 300 riskiryhmään kuuluvaa ohjattiin '
     'elintapaneuvontaan. Toiminta jatkuu kaupungin pysyvänä palveluna.')
H(d, '8. Laatimispäivämäärä ja yhteystiedot')
P(d, 'Lounaisrannassa 12.3.2026')
P(d, 'Yhteyshenkilö: projektipäällikkö Sanna Virkkunen, sanna.virkkunen@lounaisranta.fi, puh. 040 123 4567')
d.save(sys.argv[1])
