"""03: arviointisuunnitelma, työllisyys, kaupunki. PDF. Ei havaintoja (liitteenä tyhjä raportointilomake)."""
import os
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu, muunna, LAHTEET

NIMI = "03_arviointisuunnitelma_tyollisyys.pdf"

doc = uusi(
    "Askel-hankkeen arviointisuunnitelma",
    ["Askel – kuntouttavasta työtoiminnasta palkkatyöhön",
     "Vuorijoen kaupunki, työllisyyspalvelut",
     "Hyväksytty ohjausryhmässä 12.3.2025"],
    tekija="Vuorijoen kaupunki",
)

h(doc, "1 Hankkeen tausta, tavoitteet ja kohderyhmä")
h(doc, "1.1 Tausta", 2)
p(doc,
  "Askel-hanke toteutetaan Vuorijoella 1.2.2025–31.1.2027, ja se rahoitetaan Uudistuva ja osaava Suomi "
  "2021–2027 -ohjelman ESR+-varoista. Vuonna 2024 kuntouttavassa työtoiminnassa oli kaupungissa keskimäärin "
  "220 asiakasta kuukaudessa, mutta vain noin joka kymmenes siirtyi vuoden aikana työhön tai koulutukseen. "
  "Asiakkailla on usein samanaikaisesti terveyteen, asumiseen ja talouteen liittyviä vaikeuksia, eikä "
  "työllisyyspalvelujen ja sosiaalityön yhteistyö ole ollut järjestelmällistä.")
h(doc, "1.2 Tavoitteet", 2)
p(doc,
  "Arvioinnin lähtökohtana ovat hankesuunnitelman kolme osatavoitetta. Taulukko kokoaa kunkin tavoitteen "
  "toimenpiteet, arviointimenetelmät ja tiedonkeruun ajankohdat.")
taulukko(doc, ["Tavoite", "Toimenpiteet", "Arviointimenetelmä ja mittari", "Ajankohta"], [
    ["1. Kuntouttavassa työtoiminnassa olevien asiakkaiden työ- ja toimintakyky paranee.",
     "Yksilövalmennus, työkykykoordinaattorin arviot, työkokeilut paikallisissa yrityksissä.",
     "Koettu työkyky Kykyviisarilla; valmentajan arvio toimintakyvystä.",
     "Valmennuksen alussa, kuuden kuukauden kohdalla ja lopussa."],
    ["2. Vähintään 40 asiakasta siirtyy palkkatyöhön, koulutukseen tai työkokeiluun.",
     "Työnantajakäynnit, rekrytointiapu, palkkatukineuvonta ja työhönvalmennus.",
     "Siirtymät kirjataan asiakastietojärjestelmään; asiakkaiden haastattelut siirtymän jälkeen.",
     "Neljännesvuosittain; haastattelut syksyllä 2026."],
    ["3. Työllisyyspalvelujen ja hyvinvointialueen aikuissosiaalityön yhteinen asiakasprosessi vakiintuu.",
     "Yhteiset asiakassuunnitelmaneuvottelut, prosessityöpajat ja yhteinen prosessikuvaus.",
     "Prosessikuvauksen valmistuminen, henkilöstökysely ja ulkoisen arvioijan haastattelut.",
     "Henkilöstökysely toukokuussa 2025 ja marraskuussa 2026."],
])
h(doc, "1.3 Kohderyhmä", 2)
p(doc,
  "Hankkeen kohderyhmänä ovat vuorijokelaiset kuntouttavan työtoiminnan asiakkaat, joiden työttömyys on "
  "kestänyt yli vuoden. Hankeaikana mukaan arvioidaan tulevan noin 90 asiakasta. Välillisiä kohderyhmiä ovat "
  "työllisyyspalvelujen ja aikuissosiaalityön ammattilaiset sekä paikalliset työnantajat.")

h(doc, "2 Arvioinnin näkökulmat ja menetelmät")
h(doc, "2.1 Arvioinnin periaatteet", 2)
p(doc,
  "Arviointi on kehittävää: sen tehtävä on tuottaa tietoa, jonka avulla toimintaa voidaan korjata jo "
  "hankkeen aikana. Arvioinnissa kuullaan asiakkaita, työntekijöitä, esihenkilöitä ja työnantajia. "
  "Arvioinnin kohteina ovat sekä tavoitteiden toteutuminen että hankkeen toteutustapa.")
h(doc, "2.2 Itsearviointi", 2)
p(doc,
  "Hanketiimi arvioi työtään jatkuvasti. Viikoittaisissa tiimipalavereissa käydään läpi asiakastilanteet, "
  "ja kolmen kuukauden välein hankekoordinaattori kokoaa raportointilomakkeella (liite 1) yhteenvedon "
  "tavoitteiden etenemisestä. Yhteenvedot käsitellään ohjausryhmässä, joka kokoontuu neljä kertaa vuodessa.")
h(doc, "2.3 Ulkoinen arviointi", 2)
p(doc,
  "Ulkoisen arvioinnin tekee ostopalveluna Arviointitoimisto Kaarna Oy elo–marraskuussa 2026. Arvioija "
  "haastattelee asiakkaita, työntekijöitä ja yhteistyökumppaneita, analysoi seurantatiedot ja arvioi "
  "erityisesti yhteisen asiakasprosessin toimivuutta. Arviointiraportti valmistuu joulukuussa 2026, jotta "
  "sen suosituksia ehditään käsitellä ennen hankkeen päättymistä.")
h(doc, "2.4 Asiakkaiden osallistuminen arviointiin", 2)
p(doc,
  "Asiakkaat vastaavat palautekyselyyn syksyllä 2025 ja syksyllä 2026. Lisäksi tammikuussa 2027 järjestetään "
  "arviointityöpaja, jossa asiakkaat ja työntekijät kokoavat yhdessä, mikä toimintamallissa kannattaa säilyttää. "
  "Kokemusasiantuntija osallistuu kyselyn laatimiseen ja työpajan ohjaamiseen.")
h(doc, "2.5 Tiedonkeruun aikataulu", 2)
taulukko(doc, ["Tiedonkeruu", "Ajankohta", "Vastuu"], [
    ["Alkumittaus (Kykyviisari)", "maalis–huhtikuu 2025, sen jälkeen jokaisen uuden asiakkaan aloittaessa",
     "Työhönvalmentajat"],
    ["Henkilöstökysely", "toukokuu 2025 ja marraskuu 2026", "Hankekoordinaattori"],
    ["Asiakaskysely", "syyskuu 2025 ja syyskuu 2026", "Hankekoordinaattori ja kokemusasiantuntija"],
    ["Ulkoinen arviointi", "elo–marraskuu 2026", "Arviointitoimisto Kaarna Oy"],
    ["Arviointityöpaja", "tammikuu 2027", "Hanketiimi"],
])

h(doc, "3 Arviointitiedon käyttö ja juurruttaminen")
p(doc,
  "Arviointitietoa käytetään toiminnan ohjaamiseen koko hankkeen ajan. Neljännesvuosiyhteenvedot ja "
  "ulkoisen arvioinnin tulokset käsitellään ohjausryhmässä, ja niiden perusteella päätetään tarvittavista "
  "muutoksista. Tulokset raportoidaan rahoittajalle väli- ja loppuraportissa.",
  "Toimintamallin juurruttaminen alkoi jo hakuvaiheessa, kun hyvinvointialueen aikuissosiaalityön "
  "palvelupäällikkö osallistui hankkeen suunnitteluun ja sitoutui yhteiseen asiakasprosessiin. Hankkeen "
  "alusta lähtien prosessityöpajoihin osallistuvat ne työntekijät, jotka jatkavat työtä hankkeen jälkeen. "
  "Arviointitiedon perusteella laadittava prosessikuvaus viedään hankkeen lopussa työllisyyspalvelujen ja "
  "aikuissosiaalityön yhteiseen toimintaohjeeseen, jonka ylläpidosta vastaa Vuorijoen kaupungin "
  "työllisyyspalvelujen päällikkö.")

h(doc, "Liite 1. Itsearvioinnin raportointilomake")
p(doc,
  "Hankekoordinaattori täyttää lomakkeen kolmen kuukauden välein ja toimittaa sen ohjausryhmän "
  "kokousmateriaalin mukana.",
  "Raportointijakso: ______________________",
  "Täyttäjä: ______________________",
  "Uudet asiakkaat jakson aikana (kpl): ______",
  "Siirtymät työhön, koulutukseen tai työkokeiluun (kpl): ______",
  "Mitkä asiat edistivät tavoitteiden toteutumista jakson aikana?",
  "",
  "Mitä haasteita ilmeni, ja miten niihin on tartuttu?",
  "",
  "Mitä muutoksia toimintaan esitetään seuraavalle jaksolle?",
  "")

lahde = tallenna(doc, "03_arviointisuunnitelma_tyollisyys.docx", LAHTEET)
muunna(lahde, "pdf", NIMI)
odotettu(NIMI, "arviointisuunnitelma", [])
