"""D8: exit-suunnitelma (liikunta), tekstilaatikko ja sisäkkäinen taulukko.
Havainnot: exit.ei-omistajaa (vain passiivia ja 'toimijat yhdessä'), exit.ei-seurantaa.
Levityskanavat ovat VAIN tekstilaatikossa, juurruttamisen resurssit VAIN sisäkkäisessä taulukossa."""
from apu import *

d = uusi()
lihava(d, "Höntsä – matalan kynnyksen liikuntakerhot nuorille")
lihava(d, "EXIT-SUUNNITELMA")
p(d, "Itä-Uudenmaan Liikunta ry · liikunnan paikallinen kehittämisavustus (AVI) · hankeaika 1.8.2024–31.7.2026 · versio 1.2 / 4.5.2026")

h(d, "Lähtökohta", 1)
p(d, "Höntsä-hankkeessa on kahden vuoden aikana käynnistetty 11 matalan kynnyksen liikuntakerhoa 13–17-vuotiaille neljässä kunnassa (Loviisanranta, Pernåby, Myrskylä-Orimattila ja Lapinkylä). Kerhoissa ei ole kilpailua, jäsenmaksua eikä ilmoittautumista: salibandya, sählyä, tanssia, kuntosalia ja kiipeilyä sen mukaan, mitä nuoret itse haluavat. Kerhoissa on käynyt yhteensä noin 640 eri nuorta, joista kolmannes ei ole aiemmin harrastanut mitään ohjattua liikuntaa. Ohjaajina ovat toimineet seurojen nuoret ohjaajat ja hankkeen kaksi liikunnanohjaajaa.")

h(d, "1 Juurruttaminen – mikä jää pysyväksi?", 1)
p(d, "Hankkeen tavoite on, että kerhot jatkuvat hankkeen jälkeen seurojen ja kuntien normaalina toimintana. Kerhomalli on kuvattu ohjaajan oppaaseen, ja jokaisella kerholla on vähintään kaksi koulutettua nuorta ohjaajaa. Juurruttamista on tehty koko hankkeen ajan: seurat ovat olleet mukana kerhojen suunnittelussa alusta asti, ja nuoret ohjaajat on koulutettu ohjaamaan kerhoja itsenäisesti.")
p(d, "Hankkeen jälkeen kerhotoiminta pyritään vakiinnuttamaan osaksi paikallisten seurojen toimintaa. Toimijat sopivat keskenään, miten kerhot jaetaan, ja kunnat yhdessä seurojen kanssa huolehtivat siitä, että salivuorot säilyvät. Ohjaajien koulutusta jatketaan tarpeen mukaan.")
p(d, "Jatkoa varten on arvioitu seuraavat resurssit:")
t = d.add_table(rows=2, cols=2)
t.style = "Table Grid"
t.cell(0, 0).text = "Resurssi"
t.cell(0, 1).text = "Arvio vuodessa hankkeen jälkeen"
t.cell(1, 0).text = "Kerhotoiminnan jatkon resurssit (laskelma 4/2026)"
c = t.cell(1, 1)
c.paragraphs[0].text = "Erittely:"
sis = c.add_table(rows=4, cols=2)
sis.style = "Table Grid"
for i, (a, b) in enumerate([("Salivuorot (11 kerhoa, koulujen salit iltaisin)", "maksutta, arvo n. 6 000 €"),
                            ("Nuorten ohjaajien palkkiot", "9 000 € seurojen avustus- ja tapahtumatuloista"),
                            ("Kerhojen koordinointi ja ohjaajien tuki", "8 h viikossa"),
                            ("Ohjaajakoulutus (kerran vuodessa)", "1 500 €")]):
    sis.cell(i, 0).text = a
    sis.cell(i, 1).text = b
c.add_paragraph("")

h(d, "2 Tulosten levittäminen", 1)
p(d, "Höntsä-mallia on kysytty muualtakin Uudeltamaalta. Levityksen kanavat on koottu alla olevaan laatikkoon.")
tekstilaatikko(d, ["• Ohjaajan opas ja kerhomallin kuvaus julkaistaan Innokylässä ja Itä-Uudenmaan Liikunnan verkkosivuilla kesäkuussa 2026.",
                   "• Malli esitellään Uudenmaan liikuntafoorumissa ja Valon seurapäivillä syksyllä 2026.",
                   "• Nuorten ohjaajien koulutus tarjotaan alueen seuroille osana liikunnan aluejärjestön koulutuskalenteria.",
                   "• Loppuseminaari ”Höntsä jatkuu” Loviisanrannassa 9.6.2026: kuntien liikuntapalvelut, nuorisopalvelut ja seurat."],
              otsikko="Miten Höntsä-mallista kerrotaan muille")
p(d, "")

h(d, "3 Kehittämistyön jatko", 1)
p(d, "Hankkeen aikana huomattiin, että kerhot tavoittavat huonosti maahanmuuttajataustaisia tyttöjä ja nuoria, joilla on liikunta- tai neurokirjon erityistarpeita. Näitä ryhmiä varten tarvitaan jatkokehittämistä, esimerkiksi tyttöjen omia vuoroja ja pienryhmiä. Jatkokehittämiseen haetaan rahoitusta, ja asiaa valmistellaan yhteistyössä kuntien kanssa. Myös kerhojen yhteistä kesäleiriä on toivottu.")
p(d, "Lisäksi on keskusteltu siitä, voisiko kerhomallia kokeilla alakoulun viides- ja kuudesluokkalaisille. Tämä päätetään myöhemmin.")

d.save("../hontsa_exit_suunnitelma.docx")
