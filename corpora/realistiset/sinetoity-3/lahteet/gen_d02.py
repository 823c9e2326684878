import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
bold_line(doc, 'ESR+ -HANKKEEN ARVIOINTISUUNNITELMA (lomake)')
doc.add_paragraph('Rahoittaja: Etelä-Savon ELY-keskus, Uudistuva ja osaava Suomi 2021–2027 -ohjelma, toimintalinja 4')
doc.add_paragraph('Hankkeen nimi *')
sdt_block(doc, 'Hankkeen nimi', 'Reitti – osatyökykyisten polku avoimille työmarkkinoille')
doc.add_paragraph('Toteuttaja *')
sdt_block(doc, 'Toteuttaja', 'Saimaanrannan kaupunki, työllisyyspalvelut (hallinnoija), osatoteuttajana Saimaanrannan Työvalmennussäätiö sr')
doc.add_paragraph('Hankkeen toteutusaika *')
sdt_block(doc, 'Toteutusaika', 'Hanke alkaa 1.9.2025 ja päättyy 31.8.2027.')
doc.add_paragraph('Päivitetty 20.11.2025 / arviointivastaava Henna Pesonen')

doc.add_heading('1. Hankkeen tausta, tavoitteet ja kohderyhmä', 1)
doc.add_paragraph(
    'Saimaanrannan työllisyysalueella oli vuoden 2024 lopussa noin 1 900 pitkäaikaistyötöntä, ja heistä '
    'arviolta kolmasosalla on työkykyä rajoittava sairaus tai vamma. Nykyiset palvelut päättyvät usein '
    'kuntouttavaan työtoimintaan, eikä siirtymää avoimille työmarkkinoille tapahdu. Reitti-hankkeessa '
    'kehitetään yhdessä työnantajien kanssa työkokeilun ja palkkatuetun työn polku, jossa työnantaja saa '
    'tukea työn muokkaamiseen.')
doc.add_paragraph('Hankkeen tavoitteet *')
sdt_block(doc, 'Tavoitteet', [
    '1. Vähintään 60 osatyökykyistä asiakasta siirtyy hankkeen aikana palkkatyöhön, koulutukseen tai palkkatuettuun työhön.',
    '2. Alueen työnantajien valmius palkata osatyökykyisiä paranee.',
    '3. Työllisyyspalvelujen ja työvalmennussäätiön yhteinen asiakasprosessi on kuvattu ja käytössä.'])
doc.add_paragraph('Kohderyhmä *')
sdt_block(doc, 'Kohderyhmä',
    'Osatyökykyiset, yli 12 kuukautta työttömänä olleet työnhakijat (tavoite 150 asiakasta) sekä alueen '
    'pienet ja keskisuuret työnantajat (tavoite 40 työnantajaa). Välillisenä kohderyhmänä työllisyyspalvelujen '
    'ja säätiön henkilöstö.')

doc.add_heading('2. Mitä arvioidaan ja miten', 1)
doc.add_paragraph(
    'Arviointi tehdään hankkeen omana itsearviointina. Arvioinnissa kysytään, saavutetaanko tavoitteet, '
    'miksi polku toimii tai ei toimi ja millä ehdoilla malli on siirrettävissä pysyvään toimintaan.')
table(doc, [
    ['Tavoite', 'Toimenpide', 'Mittari / tiedonkeruu', 'Milloin'],
    ['1. Siirtymät työhön tai koulutukseen',
     'Yksilövalmennus, työkokeilut ja palkkatuen haku yhdessä työnantajan kanssa',
     'EURA-seurantatiedot: tilanne hankkeesta poistuttaessa; asiakkaan alku- ja loppukysely (työkyky, osallisuus)',
     'jatkuvasti; kyselyt asiakkuuden alussa ja lopussa'],
    ['2. Työnantajien valmius',
     'Työnantajakäynnit, työn muokkauksen sparraus, kaksi työnantaja-aamua vuodessa',
     '', 'kevät 2026 ja kevät 2027'],
    ['3. Yhteinen asiakasprosessi',
     'Prosessityöpajat henkilöstön kanssa, palvelukuvaus',
     'Prosessikuvauksen valmistuminen, henkilöstön arviointikysely, työpajojen muistiot',
     'syksy 2025, syksy 2026'],
])
# toisen tavoitteen mittari ainoastaan sisällön ohjausobjektissa taulukon alla
doc.add_paragraph('Tarkennus tavoitteen 2 mittareista:')
sdt_block(doc, 'Tavoitteen 2 mittari',
    'Työnantajille tehdään puhelinhaastattelu yhteistyön alussa ja kuusi kuukautta myöhemmin: '
    'onko työpaikalla muokattu tehtäviä, onko palkattu osatyökykyinen ja kuinka valmiiksi työnantaja kokee itsensä (asteikko 1–5).')

doc.add_heading('3. Asiakkaiden ja työnantajien ääni', 1)
doc.add_paragraph(
    'Asiakkaat vastaavat alku- ja loppukyselyyn, ja joka toinen kuukausi järjestetään asiakasraati, jossa '
    'käydään läpi palvelun sujuvuutta. Raadin huomiot kirjataan ja käsitellään tiimipalaverissa. Lisäksi '
    'kymmenen asiakasta haastatellaan hankkeen lopulla kesällä 2027 heidän kokemuksistaan polusta.')

doc.add_heading('4. Ulkoinen arviointi', 1)
sdt_block(doc, 'Ulkoinen arviointi', None)

doc.add_heading('5. Arviointitiedon käyttö ja raportointi', 1)
doc.add_paragraph(
    'Arviointitulokset käsitellään ohjausryhmässä puolivuosittain ja hanketiimissä kuukausittain. '
    'Tietoa hyödynnetään heti hankkeen alusta lähtien palvelun muokkaamisessa: jo ensimmäisten '
    'asiakaskyselyjen perusteella tehdään tarvittavat muutokset valmennukseen. Koska tavoitteena on, että '
    'yhteinen asiakasprosessi jää käyttöön, työllisyyspalvelujen esihenkilöt osallistuvat prosessityöpajoihin '
    'alusta asti, ja arviointitieto tuodaan työllisyyspalvelujen johtoryhmään kahdesti vuodessa. '
    'Väliraportit laaditaan rahoittajalle EURA-järjestelmään maksatushakemusten yhteydessä, ja '
    'loppuraportissa esitetään arvioinnin keskeiset tulokset ja suositukset mallin vakiinnuttamiseksi. '
    'Tulokset esitellään myös alueellisessa työllisyysfoorumissa.')
doc.save(os.path.join(OUT, 'reitti_arviointisuunnitelma.docx'))
