"""01: Leader-hakemusluonnos, ensikertalainen kyläyhdistys. Otsikot lihavoituina kappaleina ja kysymyksinä."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/01_hankesuunnitelma_kylatalo.docx"
d = uusi()
yla_ala(d, yla="Peltoniemen kyläyhdistys ry – hakemusluonnos 2 – 9.1.2026", ala="Luonnos, ei vielä hallituksen hyväksymä")

lihava(d, "Hankesuunnitelma: Kylätalo lämpimäksi ja kaikkien käyttöön", koko=16)
kappale(d, "Hakija: Peltoniemen kyläyhdistys ry, Lehtovaaran kunta")
kappale(d, "Haemme tukea Leader Ahosalmi ry:ltä yhteisölliseen kehittämis- ja investointihankkeeseen "
           "(Suomen CAP-suunnitelma 2023–2027).")

lihava(d, "Miksi tätä tarvitaan?")
kappale(d, "Peltoniemen kylätalo on entinen kansakoulu vuodelta 1952. Talossa on öljylämmitys ja vanhat ikkunat, "
           "ja vuonna 2024 lämmitysöljyyn ja sähköön kului yhteensä noin 6 800 euroa. Kyläyhdistyksen jäsenmaksuilla "
           "ja vuokratuloilla tätä ei pitkään jaksa. Talvisin taloa pidetään peruslämmöllä, ja se on varattuna vain noin "
           "40 päivänä vuodessa, vaikka kylässä ei ole muuta kokoontumistilaa sen jälkeen, kun koulu suljettiin vuonna 2013.")
kappale(d, "Kylässä asui vuoden 2024 lopussa 286 asukasta, joista lähes kolmannes on yli 65-vuotiaita. Viime vuosina "
           "kylään on muuttanut myös lapsiperheitä, jotka kaipaavat paikkaa kerhoille ja juhlille. Kyläkokous päätti "
           "12.11.2025 hakea hanketta, ja idea käytiin läpi Leader Ahosalmen neuvojan kanssa 3.12.2025.")

lihava(d, "Mihin pyrimme?")
kappale(d, "Haluamme, että kylätalo on lämmin, edullinen ylläpitää ja käytössä ympäri vuoden. Tarkemmin:")
luettelo(d, [
    "Kylätalon lämmityskulut ja päästöt pienenevät selvästi, kun öljylämmitys vaihdetaan maalämpöön ja yläpohja lisäeristetään.",
    "Talon käyttö kasvaa niin, että se on varattuna vähintään 150 päivänä vuodessa.",
    "Kyläläiset osaavat itse seurata talon energiankulutusta ja hoitaa taloa talkoilla.",
])

lihava(d, "Keitä tämä koskee?")
kappale(d, "Hyödynsaajia ovat Peltoniemen asukkaat ja kylän yhdistykset: kyläyhdistys, Peltoniemen Nuorisoseura ja "
           "eläkeläisten kerho. Erityisesti ajattelemme lapsiperheitä ja ikäihmisiä, jotka tarvitsevat lähellä olevan "
           "kokoontumispaikan. Myös naapurikylät Myllykylä ja Haapalahti hyötyvät, koska niillä on samanlaiset vanhat koulut.")

lihava(d, "Mitä teemme ja milloin?")
kappale(d, "Hankeaika on 1.3.2026–31.12.2027. Työt etenevät näin:")
for t in [
    "1. Energiakatselmus ja suunnittelu keväällä 2026: ostamme energiakatselmuksen ja maalämmön suunnittelun "
    "ulkopuoliselta asiantuntijalta ja pyydämme urakasta kolme tarjousta.",
    "2. Maalämpö ja lisäeristys syksyllä 2026: urakoitsija poraa kaivon ja asentaa lämpöpumpun. Yläpohjan "
    "lisäeristys tehdään talkoilla urakoitsijan ohjauksessa.",
    "3. Varauskalenteri ja avainboksi talvella 2026–2027: otamme käyttöön sähköisen varauskalenterin, jotta taloa "
    "voi varata ilman että hallituksen jäsenen täytyy käydä avaamassa ovea.",
    "4. Energiaillat ja talkoot: järjestämme kaksi energiailtaa (syksy 2026 ja kevät 2027), joissa opetellaan "
    "lukemaan kulutusmittareita, sekä talkoopäiviä.",
    "5. Uutta käyttöä talolle: kokeilemme kerhoja, kyläkahvilaa ja etätyöpäiviä vuoden 2027 aikana.",
    "6. Loppuseminaari ja avoimet ovet kylätalolla keväällä 2028, jolloin esittelemme tulokset myös naapurikylille.",
]:
    kappale(d, t)

lihava(d, "Paljonko tämä maksaa?")
taulukko(d, [
    ["Kustannus", "Euroa"],
    ["Energiakatselmus ja suunnittelu", "3 500"],
    ["Maalämpö (kaivo, pumppu, asennus)", "28 000"],
    ["Lisäeristyksen materiaalit", "6 000"],
    ["Varauskalenteri ja avainboksi", "1 500"],
    ["Energiaillat, tiedotus ja tulosten esittely naapurikylille", "2 000"],
    ["Yhteensä", "41 000"],
])
kappale(d, "Leader-tukea haetaan 75 % eli 30 750 euroa. Kyläyhdistyksen omarahoitus on 10 250 euroa, josta 6 000 "
           "euroa on talkootyötä (arviolta 400 tuntia à 15 €) ja loput yhdistyksen säästöistä.")

lihava(d, "Miten tiedämme, että onnistuimme?")
luettelo(d, [
    "Lämmityskulut: vertaamme talon energialaskuja vuoden 2024 tasoon (6 800 €). Tavoite on, että kulut ovat "
    "vuonna 2027 alle 3 000 euroa. Päästövähennys lasketaan kulutustiedoista energiakatselmoijan laskurilla.",
    "Käyttö: lasketaan varauskalenterista varauspäivät kuukausittain. Tavoite on 150 varauspäivää vuodessa.",
    "Osaaminen ja talkoot: energiailtojen osallistujamäärä ja lyhyt palautekysely illan lopuksi. Talkoovihkoon "
    "kirjataan talkoolaiset ja tunnit. Tavoite on, että ainakin kymmenen kyläläistä osaa lukea mittarit ja kirjata kulutuksen.",
])

lihava(d, "Mitä tästä jää käteen?")
kappale(d, "Hankkeen jälkeen kylällä on lämmin ja halvempi ylläpitää oleva talo, toimiva varauskalenteri ja kirjoitettu "
           "\"talokirja\", jossa on ohjeet energiankulutuksen seurantaan ja talkoiden järjestämiseen. Talossa on enemmän "
           "tapahtumia, ja kylän yhdistykset käyttävät samaa tilaa. Pidemmällä aikavälillä kylän yhteishenki vahvistuu "
           "ja talo säilyy kylän omana.")

lihava(d, "Miten tämä jää elämään?")
kappale(d, "Olemme miettineet jatkoa jo tätä hakemusta tehdessä: kyläyhdistyksen hallitus on sitoutunut siihen, että "
           "varauskalenteri, energiaseuranta ja talkoorinki jäävät yhdistyksen pysyväksi toiminnaksi. Heti hankkeen alussa "
           "keväällä 2026 hallitus nimeää talolle talovastaavan, joka opettelee energiaseurannan yhdessä suunnittelijan kanssa.")
kappale(d, "Kerromme tuloksista koko hankkeen ajan Kylätiedotteessa, kylän Facebook-ryhmässä ja Leader Ahosalmen "
           "verkkosivuilla. Talokirjan ja varausohjeet muokkaamme sellaisiksi, että ne sopivat myös nuorisoseuran ja "
           "eläkeläiskerhon omiin tilaisuuksiin. Myllykylän ja Haapalahden kyläyhdistykset kutsumme energiailtoihin, ja "
           "annamme niille talokirjan, jotta ne voivat kokeilla samaa omissa taloissaan.")
kappale(d, "Hankkeen päätyttyä talon energiaseurannasta, varauksista ja talkoista vastaa Peltoniemen kyläyhdistys ry:n "
           "hallitus, käytännössä hallituksen nimeämä talovastaava. Talon käyttö ja kulut kirjataan jatkossakin "
           "yhdistyksen vuosikertomukseen. Tulosten esittelyyn ja naapurikylien opastamiseen on varattu hankkeen "
           "budjetista 2 000 euroa ja noin 80 talkootuntia.")

lihava(d, "Kuka tekee?")
kappale(d, "Hankkeen vetäjänä toimii kyläyhdistyksen sihteeri Riikka Halme. Työryhmään kuuluvat lisäksi puheenjohtaja "
           "Jouko Seppälä ja nuorisoseuran edustaja. Kirjanpito ostetaan tilitoimistolta ja urakat kilpailutetaan.")

lihava(d, "Tiedottaminen")
kappale(d, "Tiedotamme hankkeesta Kylätiedotteessa, joka ilmestyy neljästi vuodessa, Facebook-ryhmässä \"Peltoniemen kylä\" "
           "ja kylätalon ilmoitustaululla. Energiailloista kerrotaan myös paikallislehti Lehtovaaran Sanomissa.")

lihava(d, "Riskit")
kappale(d, "Mietitään vielä hallituksen kanssa.")

d.save(OUT)
print("ok", OUT)
