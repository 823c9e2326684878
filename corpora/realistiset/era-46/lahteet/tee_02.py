"""02: Kaupunginkirjaston arviointisuunnitelma lomakepohjalla (sisällönhallintakentät).
Virheet: ulkoista arviointia ei ole suunniteltu; tavoitteelle 3 ei ole arviointitapaa."""
from apu import *

d = uusi(fontti="Arial", koko=10)
ylatunniste(d, "VEIJALAN KAUPUNKI | Kirjasto- ja kulttuuripalvelut")
sivunumero_alatunnisteeseen(d, "Arviointisuunnitelma, sivu ")

kpl(d, "ARVIOINTISUUNNITELMA", lihava=True, koko=14)
p = kpl(d, "Hanke: ", lihava=True); rivikentta(p, "Lukuhetki kaikille – selkokielinen kirjasto", "Hankkeen nimi")
p = kpl(d, "Hallinnoija: ", lihava=True); rivikentta(p, "Veijalan kaupunki, kirjasto- ja kulttuuripalvelut", "Hallinnoija")
p = kpl(d, "Rahoitus: ", lihava=True); rivikentta(p, "Opetus- ja kulttuuriministeriö, yleisten kirjastojen kehittämisavustus 2025", "Rahoitus")
p = kpl(d, "Hankeaika: ", lihava=True); rivikentta(p, "1.8.2025–31.7.2027", "Hankeaika")
p = kpl(d, "Laatija / päivitetty: ", lihava=True); rivikentta(p, "Maarit Lehmusvuo, kirjastonhoitaja / 3.9.2025", "Laatija")
kpl(d, "")

kpl(d, "1 Hankkeen tausta, tavoitteet ja kohderyhmä", lihava=True, koko=12)
sisaltokentta(d, [
    "Veijalassa asuu arviolta 2 500 aikuista, jotka hyötyvät selkokielestä: suomea vasta opettelevia maahan "
    "muuttaneita, kehitysvammaisia ja muistisairaita ikäihmisiä. Kirjaston asiakaskyselyssä 2024 moni kertoi, "
    "ettei löydä hyllyistä mitään tai ei uskalla kysyä henkilökunnalta. Selkokirjojen lainaus oli vuonna 2024 "
    "vain 1 180 lainaa.",
    "Kohderyhmänä ovat selkokieltä tarvitsevat aikuiset ja heidän tukihenkilönsä sekä kirjaston koko "
    "asiakaspalveluhenkilöstö (noin 30 henkilöä pääkirjastossa ja Kankaan lähikirjastossa). Yhteistyössä ovat "
    "mukana aikuisopisto, Veijalan Kehitysvammaisten Tuki ry ja Muistiyhdistys Veijala ry.",
    "Hankkeen tavoitteet, toimenpiteet ja niiden arviointi on koottu alla olevaan taulukkoon.",
], "Tausta ja kohderyhmä")

taulukko(d, [
    ["Tavoite", "Mitä tehdään", "Miten arvioidaan"],
    ["1. Selkokieltä tarvitsevat aikuiset käyttävät kirjastoa aiempaa enemmän.",
     "Selkolukupiirit pääkirjastossa ja Kankaalla (2 krt/kk), selkokirjavinkkaukset aikuisopiston ryhmille, "
     "selkokokoelman kartuttaminen ja esille nostaminen.",
     "Lukupiirien osallistujamäärät, selkokokoelman lainaukset kuukausittain (vertailu vuoteen 2024), "
     "palautekeskustelu lukupiireissä kuvakorttien avulla."],
    ["2. Kirjaston opasteet ja verkkosivut ovat selkeitä ja helposti ymmärrettäviä.",
     "Opasteet ja verkkosivujen tärkeimmät ohjeet uudistetaan yhdessä asiakasraadin kanssa.",
     "Asiakasraadin testikäynnit ennen ja jälkeen uudistuksen, verkkosivujen selkosivun käyttötilasto."],
    ["3. Kirjaston henkilökunta osaa palvella asiakkaita selkokielellä.",
     "Selkokielen koulutus koko asiakaspalveluhenkilöstölle (2 x 3 h), työpaikalla vertaisoppiminen ja "
     "selkovinkkilistan tekeminen yhdessä.",
     ""],
], leveydet=[5, 6, 6])
kpl(d, "")

kpl(d, "2 Miten arvioimme?", lihava=True, koko=12)
kpl(d, "Itsearviointi", lihava=True)
sisaltokentta(d, [
    "Hanketiimi (kirjastonhoitaja, kaksi kirjastovirkailijaa ja suunnittelija) arvioi omaa työtään "
    "puolivuosittain tammi- ja kesäkuussa pidettävässä arviointipalaverissa. Palaverissa käydään läpi tilastot ja "
    "palautteet ja mietitään SWOT-pohjalla, mikä toimii ja mitä muutetaan. Muistiinpanot tallennetaan hankkeen "
    "Teams-kansioon.",
], "Itsearviointi")
kpl(d, "Asiakkaiden ääni", lihava=True)
sisaltokentta(d, [
    "Asiakasraatiin kutsutaan kuusi selkokieltä tarvitsevaa asiakasta yhteistyöjärjestöjen kautta. Raati testaa "
    "opasteet ja verkkosivut ja kertoo, mikä on vaikeaa. Lukupiireissä kerätään palautetta kaksi kertaa "
    "vuodessa kuvakorttien ja lyhyen keskustelun avulla, koska lomakkeet ovat monelle liian vaikeita.",
], "Asiakkaiden osallisuus")
kpl(d, "Tilastot", lihava=True)
sisaltokentta(d, [
    "Lainaus- ja kävijätilastot otetaan kirjastojärjestelmästä kuukausittain. Lähtötasona käytetään vuoden 2024 lukuja.",
], "Tilastot")

kpl(d, "3 Tiedonkeruun aikataulu", lihava=True, koko=12)
taulukko(d, [
    ["Milloin", "Mitä kerätään"],
    ["syyskuu 2025", "lähtötilanne: tilastot, asiakasraadin ensimmäinen testikäynti"],
    ["joulukuu 2025", "lukupiirien palautekeskustelut"],
    ["tammikuu 2026", "hanketiimin itsearviointipalaveri"],
    ["kesäkuu 2026", "palautekeskustelut, itsearviointipalaveri, väliraportti ohjausryhmälle"],
    ["lokakuu 2026", "asiakasraadin toinen testikäynti uusilla opasteilla"],
    ["tammikuu 2027", "itsearviointipalaveri"],
    ["kesäkuu 2027", "viimeiset palautekeskustelut, tilastojen loppukooste"],
], leveydet=[4, 12])
kpl(d, "")

kpl(d, "4 Mihin arviointitietoa käytetään", lihava=True, koko=12)
sisaltokentta(d, [
    "Palautteen perusteella muutamme toimintaa heti hankkeen aikana, esimerkiksi lukupiirien aikoja ja kirjavalintoja. "
    "Väliraportti ja loppuraportti käsitellään ohjausryhmässä, ja loppuraportti lähetetään opetus- ja "
    "kulttuuriministeriölle. Kokemuksista kerrotaan Kirjastopäivillä ja alueen kirjastojen yhteisessä verkostotapaamisessa.",
    "Jo hankkeen alussa elokuussa 2025 kirjastotoimenjohtaja Henrik Saarela kirjasi selkopalvelut kirjaston "
    "palvelusuunnitelman luonnokseen vuosille 2026–2028. Arviointitiedon perusteella päätetään, mitkä käytännöt "
    "(lukupiirit, selko-opasteet, selkovinkit) jatkuvat kirjaston vakituisena toimintana hankkeen jälkeen. "
    "Selkotyön yhteyshenkilöksi nimetään kirjaston vakituinen työntekijä jo ensimmäisenä hankevuonna.",
], "Arviointitiedon käyttö")

tallenna(d, "02_arviointisuunnitelma_kirjasto.docx")
