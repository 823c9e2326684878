"""03: verkkolomakkeen vienti (Kenttä * / Vastaus:), urheiluseura. Sisällönhallintaobjektit, muutosten jäljitys,
tavoitetaulukko, jonka yhdessä solussa on kaksi tavoitetta."""
import sys
from apu import *

d = uusi()
kpl(d, "Sähköinen asiointi – hakemuksen tulostenäkymä")
kpl(d, "Avustushaku: Liikunnallisen elämäntavan paikallinen kehittämisavustus 2027")
kpl(d, "Hakemustyyppi: Hankehakemus")
kpl(d, "Tulostettu 3.12.2026 klo 14.22")


def kentta(nimi, vastaus, tagi=None):
    lihava(d, nimi)
    if tagi:
        sdt_rivi(d, nimi.rstrip(" *"), tagi, vastaus, "Vastaus: ")
    else:
        kpl(d, "Vastaus: " + vastaus)


kentta("Hakijaorganisaation nimi *", "Kivikosken Urheiluseura ry", "hakija")
kentta("Y-tunnus *", "3187442-6", "ytunnus")
kentta("Hankkeen nimi *", "Koko perhe liikkeelle", "nimi")
kentta("Yhteyshenkilö *", "Jussi Leinonen, seuran puheenjohtaja, puh. 045 611 0287", "yhteyshenkilo")

lihava(d, "Hankkeen tausta ja tarve *")
kpl(d, "Vastaus: Kivikoski on pieni teollisuuspaikkakunta, jossa lasten harrastusmaksut ovat monelle perheelle liian suuria. "
       "Seuran jäsenkyselyssä 2025 joka kolmas perhe kertoi jättäneensä lapsen harrastuksen aloittamatta hinnan vuoksi. "
       "Seuralla on vain vapaaehtoisia valmentajia, ja heitä on liian vähän. Alakouluikäisistä vain noin puolet liikkuu suositusten mukaan.")

lihava(d, "Hankkeen kohderyhmät *")
kpl(d, "Vastaus: Kivikosken 5–12-vuotiaat lapset ja heidän vanhempansa, erityisesti perheet, joilla ei ole varaa maksullisiin "
       "harrastuksiin. Toinen kohderyhmä ovat seuran nykyiset ja uudet vapaaehtoiset ohjaajat.")

lihava(d, "Hankkeen toteutusaika *")
sdt_rivi(d, "Toteutusaika", "toteutusaika", "1.1.2027–31.12.2027", "Vastaus: ")

lihava(d, "Hankkeen tavoitteet, toimenpiteet ja mittarit *")
kpl(d, "Vastaus: (taulukko)")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Mittari"],
    ["Lasten liikunta lisääntyy.\nHarrastamisen hinta ei ole enää este perheille.",
     "Maksuton perheliikuntavuoro kahdesti viikossa koulun salissa; kesällä ulkovuorot kentällä. Lainattavat välineet (mailat, pallot, sukset) vuoroille.",
     "Vuorojen osallistujamäärä kerroittain; uusien lapsiperheiden määrä; vanhempien kysely keväällä ja syksyllä harrastamisen kustannuksista."],
    ["Vapaaehtoisten ohjaajien määrä kasvaa ja heidän osaamisensa vahvistuu.",
     "Kaksi ohjaajakoulutusta yhdessä aluejärjestön kanssa; uusille ohjaajille kokeneempi pari.",
     "Koulutettujen ohjaajien määrä; ohjaajien palautekysely koulutuksen jälkeen."],
])

lihava(d, "Toimenpiteiden kuvaus *")
muutos(d, [("n", "Vastaus: Vuorot alkavat tammikuussa 2027. Jokaisella vuorolla on kaksi ohjaajaa, ja vanhemmat liikkuvat lasten kanssa. "),
           ("del", "Vuoroja on kerran viikossa. "),
           ("ins", "Vuoroja on kaksi viikossa, tiistaisin ja lauantaisin. "),
           ("n", "Välineet hankitaan alkuvuodesta.")], tekija="Jussi L.")

lihava(d, "Seuranta ja arviointi *")
kpl(d, "Vastaus: Ohjaajat kirjaavat osallistujat joka vuorolla. Vanhemmille tehdään lyhyt kysely maaliskuussa ja lokakuussa. "
       "Hallitus käy luvut läpi kokouksissaan.")

lihava(d, "Kustannusarvio *")
kpl(d, "Vastaus: Kokonaiskustannukset ovat 18 400 euroa: välineet 6 200 €, salivuokrat 3 600 €, ohjaajakoulutus 2 400 €, "
       "ohjaajapalkkiot 5 200 € ja viestintä 1 000 €. Haemme avustusta 14 000 euroa, loput katetaan seuran omilla varoilla.")

lihava(d, "Odotetut tulokset *")
kpl(d, "Vastaus: Vuoden lopussa vuoroilla käy säännöllisesti vähintään 40 perhettä, seuralla on kuusi uutta ohjaajaa, "
       "ja perheet tietävät, että liikunnan voi aloittaa ilman kalliita maksuja ja välineitä.")

lihava(d, "Miten hankkeen tulokset jäävät käyttöön hankkeen jälkeen? *")
kpl(d, "Vastaus: Olemme jo hakuvaiheessa sopineet Kivikosken kaupungin liikuntapalvelujen kanssa, että kaupunki ottaa perheliikuntavuoron "
       "osaksi omaa ohjattua liikuntaansa vuodesta 2028. Liikuntapalvelupäällikkö vastaa vuoron jatkumisesta ja salivuoroista, "
       "ja seura tuo vuorolle ohjaajat. Välineet siirtyvät kaupungin välinelainaamoon.")
kpl(d, "Kerromme vuoroista kouluissa ja neuvolassa heti alusta alkaen. Kokeilemme keväällä, sopiiko sama malli myös "
       "taaperoikäisten perheille, ja muokkaamme sitä palautteen mukaan. Syksyllä naapurikunnan Hietarannan Pallo kokeilee "
       "vuoroa omalla paikkakunnallaan meidän ohjaajiemme avulla.")
kpl(d, "Juurruttamiseen varataan puheenjohtajan vapaaehtoistyön lisäksi 800 euroa ohjaajapalkkioista perehdytykseen, "
       "jossa kaupungin ohjaajat oppivat vuoron vetämisen.")

lihava(d, "Hankkeen organisointi ja yhteistyökumppanit")
kpl(d, "Vastaus: Hankkeesta vastaa seuran hallitus. Käytännön työtä koordinoi puheenjohtaja. Kumppaneina ovat Kivikosken kaupungin "
       "liikuntapalvelut, Kivikosken koulu ja liikunnan aluejärjestö.")

lihava(d, "Riskit")
kpl(d, "Vastaus: Suurin riski on, että ohjaajia ei löydy tarpeeksi. Siksi koulutukset pidetään heti keväällä ja vuoroilla on aina pari. "
       "Jos salivuoroja ei saada, vuorot pidetään ulkona tai seurantalolla.")

lihava(d, "Viestintä")
kpl(d, "Vastaus: Seuran verkkosivut ja Facebook, koulun Wilma-tiedotteet, neuvolan ilmoitustaulu sekä juttu paikallislehteen. "
       "Vuoden lopussa pidämme avoimen perheliikuntapäivän, jossa kerromme tuloksista.")

d.save(sys.argv[1])
