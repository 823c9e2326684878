"""06: Matkailuyhdistyksen Leader-hankesuunnitelma, käsin numeroidut otsikot, yhdistetty otsikko
"Tavoitteet ja kohderyhmät". Yhdelle tavoitteelle ei ole mittaria; jatkosta vain passiivi ja "toimijat".
Muunnetaan PDF:ksi."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/lahteet/06_hankesuunnitelma_eramaareitit.docx"
d = uusi()
yla_ala(d, yla="Kolmen Vaaran matkailuyhdistys ry · hankesuunnitelma · 27.1.2026",
        ala="Liite Leader Kolmen Vaaran kehittämisyhdistys ry:n tukihakemukseen")

lihava(d, "HANKESUUNNITELMA", koko=16)
lihava(d, "Erämaareitit kuntoon – luontomatkailureittien kunnostus ja yhteismarkkinointi", koko=13)
kappale(d, "Hakija: Kolmen Vaaran matkailuyhdistys ry. Toteutusalue: Vaarala, Korpikylä ja Salmijärvi.")

lihava(d, "1 Hankkeen tausta ja tarve")
kappale(d, "Alueen kolme retkeilyreittiä – Kotkanvaaran kierros, Salmijärven rantapolku ja Korpikylän erämaareitti – "
           "on rakennettu 1990-luvulla. Pitkospuut ovat monin paikoin lahonneet, opasteet ovat kolmea eri mallia ja osa "
           "laavuista on purettu. Vuonna 2025 reiteillä arvioitiin käyneen noin 9 000 kertaa. Alueella toimii noin 25 "
           "matkailuyritystä, mutta ne markkinoivat itseään kukin erikseen, eikä reiteistä löydy ajantasaista tietoa "
           "yhdestä paikasta. Hanketta valmisteltiin yrittäjäillassa 20.11.2025, johon osallistui 17 yritystä.")

lihava(d, "2 Tavoitteet ja kohderyhmät")
kappale(d, "Hankkeen tavoitteet ovat:")
for t in [
    "1) Alueen kolme retkeilyreittiä (yhteensä 64 km) kunnostetaan ja opastetaan yhtenäisesti.",
    "2) Luontomatkailijoiden määrä reiteillä kasvaa.",
    "3) Alueen matkailuyrittäjät muodostavat yhteisen markkinointirenkaan ja tekevät yhteisiä tuotepaketteja.",
    "4) Reittitiedot ovat saatavilla yhdessä paikassa verkossa suomeksi ja englanniksi.",
]:
    kappale(d, t)
kappale(d, "Kohderyhmät: alueen matkailuyrittäjät (noin 25), reittien maanomistajat, Vaaralan ja Salmijärven kunnat sekä "
           "kotimaiset ja ulkomaiset luontomatkailijat. Välillisesti hankkeesta hyötyvät kyläkaupat ja muut palvelut.")

lihava(d, "3 Toteutus")
kappale(d, "Reittien kunnostus: keväällä ja kesällä 2026 inventoidaan reittien kunto maastossa. Pitkospuut, sillat ja "
           "laavut kunnostetaan ostopalveluna ja talkoilla kesän 2026 ja syksyn 2027 välillä. Reiteille tehdään "
           "yhtenäiset opasteet ja kolmen reitin lähtöpisteisiin asennetaan kävijälaskurit.")
kappale(d, "Yhteistyö ja tuotteet: järjestämme yrittäjille kolme työpajaa, joissa sovitaan markkinointirenkaan "
           "säännöistä ja kootaan yhteisiä tuotepaketteja (esim. opastettu vaellus, majoitus ja ruokailu samasta "
           "varauksesta). Lisäksi teemme opintomatkan toiselle luontomatkailualueelle.")
kappale(d, "Verkko: alueelle tehdään yhteinen verkkosivusto ja karttapalvelu, jossa on reittikuvaukset, palvelut ja "
           "ajantasaiset tiedot reittien kunnosta suomeksi ja englanniksi.")

lihava(d, "4 Aikataulu")
kappale(d, "Hankeaika on 1.4.2026–31.3.2028.")
taulukko(d, [
    ["Ajankohta", "Tehtävä"],
    ["huhti–kesäkuu 2026", "Maastoinventointi, urakoiden kilpailutus, kävijälaskurien asennus"],
    ["kesä 2026 – syksy 2027", "Pitkospuiden, siltojen ja laavujen kunnostus, opasteet"],
    ["syksy 2026 – kevät 2027", "Yrittäjätyöpajat ja opintomatka"],
    ["kevät 2027", "Verkkosivusto ja karttapalvelu avataan"],
    ["tammi–maaliskuu 2028", "Tulosten kokoaminen, loppuraportti"],
])

lihava(d, "5 Kustannusarvio ja rahoitus")
taulukko(d, [
    ["Kustannuslaji", "€"],
    ["Palkat (koordinaattori 60 %, 24 kk) sivukuluineen", "68 000"],
    ["Ostopalvelut: reittien kunnostus ja opasteet", "52 000"],
    ["Verkkosivusto ja karttapalvelu", "14 000"],
    ["Kävijälaskurit", "6 000"],
    ["Työpajat, opintomatka ja markkinointi", "10 000"],
    ["Yhteensä", "150 000"],
])
kappale(d, "Rahoitus: Leader-tuki 80 % (120 000 €), kuntien rahoitus 15 % (22 500 €) ja yksityinen rahoitus 5 % "
           "(7 500 €, josta talkootyötä 4 000 €).")

lihava(d, "6 Seuranta ja mittarit")
luettelo(d, [
    "Reitit: kunnostetut kilometrit sekä uudet opasteet ja laavut. Tavoite on 64 km ja 40 uutta opastetta; tilanne "
    "tarkistetaan maastokatselmuksessa hankkeen lopussa.",
    "Kävijät: kävijälaskurit kolmen reitin lähtöpisteissä. Lähtötaso on noin 9 000 käyntiä vuonna 2025, tavoite 13 000 "
    "käyntiä vuonna 2027.",
    "Verkkosivusto: sivuston kävijämäärät ja karttapalvelun lataukset sekä molempien kieliversioiden valmistuminen.",
])
kappale(d, "Seurantatiedot raportoidaan rahoittajalle maksuhakemusten yhteydessä.")

lihava(d, "7 Tulokset ja vaikutukset")
kappale(d, "Hankkeen tuloksena alueella on kolme kunnostettua, yhtenäisesti opastettua reittiä, yhteinen verkkosivusto "
           "ja karttapalvelu sekä yrittäjien yhteisiä tuotepaketteja. Vaikutuksena matkailijoiden määrä ja viipymä "
           "kasvavat, yritysten myynti lisääntyy ja kylien palvelut saavat lisää asiakkaita.")

lihava(d, "8 Tulosten juurruttaminen ja jatkuvuus")
kappale(d, "Jatkuvuutta on mietitty jo hakemusta valmisteltaessa: yrittäjäillassa ja maanomistajien kanssa käytiin läpi, "
           "mitä reittien ylläpito vaatii hankkeen jälkeen. Hankkeen alussa keväällä 2026 maanomistajien kanssa tehdään "
           "kirjalliset sopimukset reittien käytöstä vähintään kymmeneksi vuodeksi.")
kappale(d, "Kunnostetuista reiteistä ja uusista tuotepaketeista kerrotaan hankkeen aikana verkkosivuilla, sosiaalisessa "
           "mediassa ja matkailumessuilla. Reittikuvaukset ja tuotepaketit muokataan erikseen lapsiperheille, "
           "kalastajille ja ulkomaisille ryhmille. Naapurialueiden matkailutoimijoita kutsutaan opintopäivään kokeilemaan "
           "yhteismarkkinoinnin mallia ja yhteistä karttapohjaa omilla alueillaan.")
kappale(d, "Pyrimme siihen, että reittien ylläpito ja yhteismarkkinointi jatkuvat hankkeen jälkeen pysyvänä toimintana. "
           "Reittien ylläpidosta sovitaan myöhemmin toimijoiden kesken, ja markkinointia jatketaan kuntien ja yrittäjien "
           "yhdessä. Verkkosivustoa päivitetään hankkeen jälkeenkin. Juurruttamiseen ja tulosten levittämiseen on varattu "
           "hankkeen budjetista 3 000 euroa ja noin 300 työtuntia.")

lihava(d, "9 Organisointi ja yhteistyö")
kappale(d, "Hanketta hallinnoi Kolmen Vaaran matkailuyhdistys ry. Hankkeen käytännön työstä huolehtii osa-aikainen "
           "koordinaattori. Ohjausryhmään kuuluvat kahden kunnan, kolmen yrittäjän ja maanomistajien edustajat sekä "
           "Leader-ryhmän edustaja.")

lihava(d, "10 Riskit")
kappale(d, "Suurin riski on, että kaikki maanomistajat eivät hyväksy reittien kunnostusta. Tähän varaudutaan "
           "neuvottelemalla ajoissa ja suunnittelemalla tarvittaessa reitille kiertoreitti. Toinen riski on urakkahintojen "
           "nousu, jolloin kunnostukset tehdään tärkeysjärjestyksessä ja talkoita lisätään. Yrittäjien sitoutumista "
           "yhteistyöhön tuetaan ottamalla heidät mukaan suunnitteluun alusta alkaen.")

lihava(d, "11 Viestintä")
kappale(d, "Hankkeesta tiedotetaan yhdistyksen ja kuntien verkkosivuilla, Facebookissa ja Instagramissa sekä "
           "paikallislehdissä. Uusia reittejä ja tuotepaketteja esitellään matkailumessuilla Helsingissä tammikuussa 2027, "
           "ja reittien avajaiset pidetään syksyllä 2027.")

d.save(OUT)
print("ok", OUT)
