import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Luonnos käsiteltäväksi ohjausryhmässä 17.3.2026", "Länsi-Kontion Kehitys Oy • Kasvupolku-hanke • 3.3.2026")
otsikko(d, "Kasvupolku-hankkeen exit-suunnitelma", 0)
kpl(d, "Kasvupolku on Länsi-Kontion Kehitys Oy:n hallinnoima pk-yritysten kasvuvalmennushanke (1.9.2024–31.12.2026), "
       "jota rahoittaa Itämeren alueen elinvoimarahasto. Tässä suunnitelmassa sovitaan, mitä hankkeen tuloksille "
       "tapahtuu hankkeen päättyessä, kuka niistä vastaa ja miten jatkoa seurataan.")
tekstilaatikko(d, "Tiivistettynä: kasvuvalmennus ja sparrauspankki siirtyvät 1.1.2027 Länsi-Kontion Kehitys Oy:n "
                  "yrityspalveluiden pysyviksi palveluiksi.")

otsikko(d, "1. Mitä hankkeessa syntyi", 1)
kpl(d, "Hankkeessa on kehitetty kolme toimintatapaa, jotka halutaan pysyviksi:")
luettelo(d, [
    "Kasvuvalmennus: kuuden kuukauden ryhmävalmennus 6–8 yrityksen ryhmille (tähän mennessä 5 ryhmää, 37 yritystä).",
    "Sparrauspankki: vapaaehtoisten kokeneiden yrittäjien verkosto, joka antaa uusille yrittäjille kahdenkeskistä sparrausta.",
    "Kasvukartoitus: yrityskäynnillä täytettävä lomake, jolla yrityksen kasvuvalmius ja tuen tarve selvitetään.",
])

otsikko(d, "2. Juurruttaminen ja vastuut", 1)
kpl(d, "Taulukossa on sovittu, kuka vastaa mistäkin ja milloin. Vastuuhenkilöt ovat hyväksyneet heille kirjatut tehtävät "
       "ohjausryhmän kokouksessa 10.2.2026.")
t = taulukko(d, [
    ["Tehtävä", "Vastuu", "Aikataulu", "Resurssit", "Seuranta"],
    ["Kasvuvalmennus siirtyy yrityspalveluiden palveluvalikoimaan", "Länsi-Kontion Kehitys Oy:n yrityspalvelupäällikkö Sari Huotari",
     "palvelukuvaus valmis 9/2026, ensimmäinen oma ryhmä 2/2027", "yksi yritysneuvoja 40 % työajasta, talousarvio 2027: 18 000 €",
     "osallistuneiden yritysten määrä ja palaute, raportti hallitukselle puolivuosittain"],
    ["Valmentajien perehdytys", "", "syys–marraskuu 2026", "hankkeen projektipäällikön aikaa 20 % syksyllä 2026", ""],
    ["Sparrauspankin ylläpito", "Länsi-Kontion Yrittäjät ry:n toiminnanjohtaja",
     "vastuu siirtyy 1.1.2027", "yhdistyksen hallituksen päätös 28.1.2026: sihteerin työaikaa 4 h/vko",
     "sparrausparien määrä, vuosittainen kysely sparrattaville"],
    ["Kasvukartoitus osaksi yrityskäyntejä", "Länsi-Kontion Kehitys Oy:n yritysneuvojat, esihenkilönä yrityspalvelupäällikkö",
     "käytössä kaikilla yrityskäynneillä 1/2027 alkaen", "sisältyy yritysneuvonnan perustyöhön; lomakkeen siirto CRM-järjestelmään 3 000 €",
     "kartoitusten määrä CRM-raportista neljännesvuosittain"],
])
yhdista(t, 1, 1, 2, 1)
yhdista(t, 1, 4, 2, 4)
kpl(d, "Juurruttamista on tehty hankkeen alusta lähtien: yrityspalvelupäällikkö on istunut ohjausryhmässä ja "
       "yritysneuvojat ovat olleet valmentajaparina jokaisessa valmennusryhmässä. Hankkeen budjetissa on "
       "vuodelle 2026 varattu 9 500 euroa siirtovaiheen työhön ja materiaaleihin.")

otsikko(d, "3. Tulosten levittäminen", 1)
kpl(d, "Kasvuvalmennuksen malli ja kasvukartoituslomake kuvataan avoimesti ja levitetään muille seutukunnille:")
taulukko(d, [
    ["Kanava", "Mitä", "Milloin", "Vastuu"],
    ["Innokylä", "toimintamallin kuvaus ja kartoituslomake", "10/2026", "projektipäällikkö, päivitykset 2027 alkaen yrityspalvelupäällikkö"],
    ["Alueellinen yrityspalveluseminaari", "esitys ja työpaja muille kehitysyhtiöille", "11/2026", "projektipäällikkö ja yrityspalvelupäällikkö"],
    ["Kehitysyhtiön verkkosivut ja uutiskirje", "valmennuksen esittely ja yritystarinat", "jatkuvasti", "viestintäasiantuntija"],
])
kpl(d, "Naapuriseutukunnan Itä-Kontion Elinkeinot Oy on ilmoittanut kokeilevansa kasvuvalmennusta vuonna 2027; "
       "Kasvupolun valmentajat perehdyttävät heidän yritysneuvojansa syksyllä 2026.")

otsikko(d, "4. Kehittämistyön jatko ja seuranta hankkeen jälkeen", 1)
kpl(d, "Hankkeen jälkeen kasvuvalmennusta jatkokehitetään osallistujapalautteen pohjalta. Yrityspalvelupäällikkö "
       "kokoaa taulukon seurantatiedot ja raportoi Länsi-Kontion Kehitys Oy:n hallitukselle kesäkuussa ja joulukuussa "
       "vuosina 2027 ja 2028. Vuoden 2028 lopussa hallitus arvioi, laajennetaanko valmennus myös kasvuyrityksiä "
       "suuremmille yrityksille.")
kpl(d, "Sparrauspankin jatkokehittämisestä, esimerkiksi digitaalisesta sparrausalustasta, päättää Länsi-Kontion "
       "Yrittäjät ry:n hallitus vuoden 2027 toimintasuunnitelmassa.")
d.save("/tmp/batches/era-43/04_exit-suunnitelma_kasvupolku.docx")
