"""05: loppuraportti, ympäristö, ammattikorkeakoulu. ODT. Ei havaintoja."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu, muunna, LAHTEET

NIMI = "05_loppuraportti_hulevedet.odt"

doc = uusi(
    "Hulevesiviisas piha – hankkeen loppuraportti",
    ["Vellamon ammattikorkeakoulu, rakennetun ympäristön osaamisala"],
    tekija="Vellamon ammattikorkeakoulu",
)

h(doc, "1 Taustatiedot")
taulukko(doc, ["Tieto", "Sisältö"], [
    ["Toteuttaja", "Vellamon ammattikorkeakoulu, rakennetun ympäristön osaamisala"],
    ["Hankkeen nimi", "Hulevesiviisas piha – taloyhtiöiden hulevesiratkaisujen kokeilu"],
    ["Rahoittaja ja päätöksen diaarinumero", "Ympäristöministeriö, vesiensuojelun tehostamisohjelma, "
     "Dnro VN/4471/2022"],
    ["Hankeaika", "1.9.2022–31.8.2024"],
    ["Yhteistyökumppanit", "Koskelan kaupungin kuntatekniikka, Koskelan Vesi Oy, viisi taloyhtiötä"],
])

h(doc, "2 Hankkeen teema ja tavoitteet")
p(doc,
  "Hanke liittyi kaupunkien hulevesien hallintaan ja vesistöjen ravinnekuormituksen vähentämiseen. Koskelan "
  "kaupungin alueella sattui vuosina 2015–2021 kuusi rankkasateista aiheutunutta tulvatilannetta, ja "
  "kerrostaloalueiden pihat ohjaavat hulevedet lähes kokonaan viemäriverkostoon.",
  "Hankkeella oli kolme tavoitetta: kokeilla taloyhtiöiden pihoilla edullisia viivytysratkaisuja, tuottaa "
  "isännöitsijöille ja hallituksille käytännön ohje hulevesien hallinnasta sekä tuoda aihe osaksi "
  "ammattikorkeakoulun rakennustekniikan ja maisemasuunnittelun opetusta.")

h(doc, "3 Hankkeen toteutus")
p(doc,
  "Hanke kesti suunnitellusti kaksi vuotta, 1.9.2022–31.8.2024. Ensimmäisenä syksynä kartoitettiin viiden "
  "taloyhtiön pihojen valumareitit ja maaperä. Keväällä 2023 opiskelijaryhmät suunnittelivat pihoille "
  "ratkaisut, ja kesällä 2023 rakennettiin kolme sadepuutarhaa ja kaksi imeytyskaivantoa. "
  "Viherkattokokeilu pyörävajan katolle valmistui toukokuussa 2024. Virtaamia mitattiin syksystä 2023 kesään 2024.",
  "Toteutus vastasi pääosin alkuperäistä suunnitelmaa. Viherkatto valmistui suunniteltua lähes vuoden "
  "myöhemmin, koska vajan kantavuus piti ensin selvittää. Taloyhtiöiden hallitukset ja isännöitsijät "
  "osallistuivat suunnitteluun aktiivisesti, ja kaupungin kuntatekniikka osoitti hankkeelle yhteyshenkilön.",
  "Käytettyjä menetelmiä olivat maastokartoitus, osallistava suunnittelutyöpaja asukkaille, "
  "virtaamamittaus ja asukaskysely. Asukastyöpajat osoittautuivat tärkeiksi: asukkaat toivat esiin "
  "valumareittejä, joita kartoituksessa ei ollut huomattu.",
  "Suurin ongelma oli kesän 2023 kuivuus, joka vaikeutti istutusten juurtumista. Taloyhtiöt sopivat "
  "kastelusta vuorolistalla. Kustannusarvio 286 000 euroa toteutui lähes sellaisenaan: lopulliset "
  "kustannukset olivat 281 450 euroa. Rakennusmateriaalit kallistuivat, mutta matkakuluja säästyi "
  "etäkokousten ansiosta.")

h(doc, "4 Tulokset ja vaikuttavuus")
p(doc,
  "Tavoitteet toteutuivat. Mittausten perusteella sadepuutarhat viivyttivät kokeilupihojen huippuvirtaamaa "
  "keskimäärin 38 prosenttia. Ohje ”Hulevedet hallintaan taloyhtiössä” julkaistiin keväällä 2024, ja sitä "
  "on ladattu ammattikorkeakoulun julkaisuarkistosta yli 900 kertaa. Aihe on mukana kahdessa opintojaksossa.",
  "Yllättävää oli asukkaiden kiinnostus: kahdessa taloyhtiössä perustettiin pihatoimikunta, joka hoitaa "
  "istutuksia. Hankkeen toteutusta arvioitiin ohjausryhmässä puolivuosittain, asukaskyselyllä ja "
  "opiskelijoiden palautteella. Pysyviksi käytännöiksi jäivät taloyhtiöiden hoito-ohjelmat ja yhteistyö "
  "kaupungin kanssa rakennuslupien neuvonnassa.")

h(doc, "5 Kehitysajatukset")
p(doc,
  "Vellamon ammattikorkeakoulu jatkaa kokeilupihojen mittauksia opiskelijaprojekteina, ja Koskelan "
  "kaupunki on ottanut ohjeen osaksi rakennusvalvonnan neuvontaa. Kaupunki suunnittelee pienten "
  "hulevesiratkaisujen avustusta taloyhtiöille vuodesta 2025 alkaen, ja ammattikorkeakoulu on mukana "
  "valmistelussa.")

h(doc, "6 Suositukset muille organisaatioille")
p(doc,
  "Suosittelemme, että asukkaat otetaan mukaan suunnitteluun heti alussa: he tuntevat pihansa paremmin kuin "
  "kukaan kartoittaja. Edulliset sadepuutarhat ovat hyvä ensimmäinen askel, koska ne ovat näkyviä ja "
  "helposti ymmärrettäviä. Hankkeita suunnittelevien kannattaa varata aikaa rakenteiden kantavuuden ja "
  "lupien selvittämiseen sekä sopia istutusten hoidosta ennen rakentamista.")

h(doc, "7 Tiivistelmä")
p(doc,
  "Hulevesiviisas piha -hanke (1.9.2022–31.8.2024) kokeili viiden koskelalaisen taloyhtiön pihoilla "
  "edullisia tapoja viivyttää sadevesiä. Vellamon ammattikorkeakoulun opiskelijat ja asukkaat suunnittelivat "
  "yhdessä kolme sadepuutarhaa, kaksi imeytyskaivantoa ja viherkattokokeilun. Sadepuutarhat pienensivät "
  "huippuvirtaamaa keskimäärin 38 prosenttia. Hankkeessa laadittu taloyhtiöille suunnattu ohje on "
  "kaupungin rakennusvalvonnan käytössä, ja hulevesien hallinta on vakiintunut osaksi ammattikorkeakoulun "
  "opetusta. Kokemukset osoittavat, että asukkaiden osallistuminen ja sovittu hoitovastuu ratkaisevat, "
  "jäävätkö ratkaisut toimimaan.")

h(doc, "8 Laatimispäivämäärä ja yhteystiedot")
p(doc,
  "Raportti laadittu 18.10.2024.",
  "Yhteyshenkilö: projektipäällikkö Henna Kallio, Vellamon ammattikorkeakoulu, henna.kallio@vellamoamk.fi, "
  "puh. 040 718 2264.",
  "Lisämateriaali: ohje ”Hulevedet hallintaan taloyhtiössä” ja mittausraportti ammattikorkeakoulun "
  "julkaisuarkistossa.")

lahde = tallenna(doc, "05_loppuraportti_hulevedet.docx", LAHTEET)
muunna(lahde, "odt", NIMI)
odotettu(NIMI, "loppuraportti", [])
