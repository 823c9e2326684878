"""03: hyvinvointialueen exit-suunnitelma MDI:n kysymysrungolla (kysymys-vastaus-taulukko),
muunnetaan .odt-muotoon LibreOfficella. Ei havaintoja."""
import os
from apu import *

NIMI = "03_exit-suunnitelma_kotiutustiimi"
doc = uusi("Calibri", 11)
tekija(doc, "Riikka Aaltonen", "Kotiin ajoissa exit-suunnitelma")
yla_ala(doc, "KESKI-VELLAMON HYVINVOINTIALUE  –  Ikäihmisten palvelut", "Kotiin ajoissa -hanke / Exit-suunnitelma")

p = kappale(doc, "EXIT-SUUNNITELMA", lihava=True); p.runs[0].font.size = Pt(16)
p = kappale(doc, "Kotiin ajoissa – kotiutustiimi sairaalasta kotiin siirtyville ikäihmisille", lihava=True)
p.runs[0].font.size = Pt(13)
kappale(doc, "Hanke 1.3.2024–30.6.2026  |  Käsitelty ohjausryhmässä 15.1.2026  |  Laatija: projektipäällikkö "
        "Riikka Aaltonen")

otsikko(doc, "Lähtökohta", 1)
kappale(doc, "Kotiin ajoissa -hankkeessa on kehitetty kotiutustiimi, joka hakee ikäihmisen kotiin Vellamon "
        "keskussairaalan ja Kalliojoen terveyskeskussairaalan osastoilta ja tukee häntä kotona ensimmäiset "
        "kaksi viikkoa. Tiimiin kuuluu sairaanhoitaja, lähihoitaja ja fysioterapeutti. Pilottien aikana "
        "(syyskuu 2024 – joulukuu 2025) kotiutustiimi kotiutti 412 asiakasta. Asiakkaiden 30 vuorokauden "
        "sisäiset paluut sairaalaan vähenivät vertailujaksosta 19 prosentista 11 prosenttiin.")
kappale(doc, "Tämä exit-suunnitelma kertoo, miten kotiutustiimin toiminta ja muut hankkeen tulokset siirretään "
        "hyvinvointialueen pysyvään toimintaan, miten niitä levitetään ja mitä kehittämistä jää vielä tehtäväksi. "
        "Rungossa on käytetty MDI:n exit-suunnitelman kysymyksiä.")

otsikko(doc, "A  Käyttöönotto ja juurruttaminen perustyöhön", 1)
taulukko(doc, [
    ["Kysymys", "Vastaus"],
    ["1. Mitkä tulokset vaativat vielä jatkotoimia, jotta ne jäävät käyttöön?",
     "Kotiutustiimin toimintamalli (tehtävät, kotiutuskriteerit, kahden viikon tukijakso), osastojen "
     "kotiutuksen tarkistuslista sekä yhteinen kirjaamisen rakenne sairaalan ja kotihoidon välillä. "
     "Tarkistuslista on jo käytössä kaikilla osastoilla, mutta tiimi toimii vielä hankerahoituksella."],
    ["2. Mitä tahoja käyttöönotto koskee?",
     "Kotihoito, Vellamon keskussairaalan sisätautien ja geriatrian osastot, Kalliojoen "
     "terveyskeskussairaala, asiakasohjaus sekä kuntoutuspalvelut."],
    ["3. Mitä toimenpiteitä juurruttaminen vaatii?",
     "Kotiutustiimin vakanssit perustetaan kotihoidon alaisuuteen, toimintamalli kirjataan kotihoidon "
     "palvelukuvaukseen ja sairaalan kotiutusohjeeseen, uudet työntekijät perehdytetään hankkeessa tehdyllä "
     "perehdytyspaketilla ja kirjaamisen rakenne viedään asiakastietojärjestelmän lomakkeeksi. Siirto tehdään "
     "vaiheittain maalis–kesäkuussa 2026."],
    ["4. Mitä resursseja juurruttaminen vaatii?",
     "Aluehallitus on hyväksynyt vuoden 2026 talousarvioon kaksi sairaanhoitajan ja yhden fysioterapeutin "
     "vakanssin 1.7.2026 alkaen (yhteensä noin 190 000 euroa vuodessa). Lähihoitajan tehtävä järjestetään "
     "kotihoidon nykyisestä henkilöstöstä. Perehdytykseen varataan kaksi koulutuspäivää vuodessa, ja "
     "projektipäällikön työajasta kevään 2026 aikana noin puolet käytetään siirtoon."],
    ["5. Kuka vastaa juurruttamisen onnistumisesta?",
     "Hankkeen päätyttyä kotiutustiimin toiminnasta vastaa Keski-Vellamon hyvinvointialueen kotihoidon "
     "palvelualuepäällikkö Sari Nyberg. Sairaalan puolella kotiutusohjeen noudattamisesta vastaavat osastojen "
     "osastonhoitajat, ja kokonaisuutta johtaa ikäihmisten palvelujen johtaja Mikael Forsman."],
    ["6. Mikä on tavoitetaso?",
     "Vuoden 2027 loppuun mennessä vähintään 70 prosenttia osastoilta kotiin palaavista yli 75-vuotiaista "
     "kotihoidon asiakkaista kotiutetaan tiimin kautta, ja 30 vuorokauden paluut pysyvät alle 12 prosentissa."],
    ["7. Miten käyttöönottoa ja juurtumista seurataan?",
     "Kotihoidon tietopalvelu tuottaa kuukausittaisen raportin tiimin kotiutuksista ja 30 vuorokauden "
     "paluista. Ikäihmisten palvelujen johtoryhmä käsittelee seurannan puolivuosittain vuosina 2026–2027, "
     "ja syksyllä 2027 tehdään asiakkaille ja omaisille sama palautekysely kuin hankkeen aikana."],
], leveydet=[5.5, 11])
kappale(doc, "")

otsikko(doc, "B  Hyvien käytäntöjen levittäminen", 1)
lihava(doc, "Mitkä tulokset kannattaa ottaa laajemmin käyttöön?")
kappale(doc, "Kotiutuksen tarkistuslista ja kahden viikon tukijakson malli sopivat sellaisinaan muille "
        "hyvinvointialueille. Myös perehdytyspaketti on yleiskäyttöinen.")
lihava(doc, "Ketkä hyötyvät?")
kappale(doc, "Ikäihmiset ja heidän omaisensa, joiden kotiutus on turvallisempi, sekä sairaalat, joissa "
        "hoitojaksot lyhenevät, kun jatkohoito kotona on varmistettu.")
lihava(doc, "Millaisia kanavia levittämiseen käytetään?")
kappale(doc, "Toimintamalli on kuvattu Innokylään, ja kuvaus päivitetään kesäkuussa 2026. Tuloksista "
        "kerrotaan hyvinvointialueen verkkosivuilla ja henkilöstön intranetissä, alueellisessa "
        "ikäihmisten palvelujen seminaarissa toukokuussa 2026 sekä kahdessa webinaarissa, joihin kutsutaan "
        "naapurihyvinvointialueiden kotihoidon esihenkilöt. Lisäksi hankkeen tuloksista on tarjottu artikkeli "
        "Gerontologia-lehteen.")
lihava(doc, "Keiden tulisi olla mukana levittämisessä?")
kappale(doc, "Kotiutustiimin työntekijät kertovat mallista parhaiten itse. Levittämisestä vastaa hyvinvointialueen "
        "kehittämisyksikön kehittämispäällikkö Laura Heino, ja alueellista yhteistyötä koordinoi Vellamon "
        "yhteistyöalueen ikäihmisten palvelujen verkosto.")
lihava(doc, "Mitä ongelmia levittämisessä voi tulla ja miten niitä ehkäistään?")
kappale(doc, "Muilla alueilla kotihoidon ja sairaalan tietojärjestelmät ovat erilaiset, joten kirjaamisen rakenne "
        "pitää sovittaa niihin. Siksi Innokylän kuvaukseen on kirjattu erikseen, mitkä osat ovat "
        "järjestelmästä riippumattomia.")

otsikko(doc, "C  Kehittämistyön jatko", 1)
lihava(doc, "Vaatiiko aihe vielä kehittämistä?")
kappale(doc, "Kyllä. Kotiutustiimi tavoittaa nyt vain kotihoidon asiakkaat. Seuraavaksi pitää selvittää, miten "
        "malli sopii ikäihmisille, joilla ei ole kotihoitoa, mutta jotka tarvitsevat tukea kotiutuksen jälkeen.")
lihava(doc, "Mitä on vielä tehtävä ennen hankkeen päättymistä?")
kappale(doc, "Kirjaamisen lomake viimeistellään asiakastietojärjestelmän toimittajan kanssa huhtikuussa 2026, ja "
        "kaikki kotihoidon tiimit perehdytetään toukokuun loppuun mennessä.")
lihava(doc, "Miten kehittämistyö jatkuu hankkeen jälkeen?")
kappale(doc, "Jatkokehittäminen siirtyy hyvinvointialueen kehittämisyksikölle, joka valmistelee vuonna 2026 "
        "kotikuntoutuksen ja kotiutustiimin yhdistämisen kokeilun. Kokeilun suunnittelusta vastaa "
        "kehittämispäällikkö Laura Heino yhdessä kuntoutuspalvelujen esihenkilöiden kanssa. Hankkeen "
        "ohjausryhmän tilalle perustetaan kotiutuksen yhteistyöryhmä, joka kokoontuu neljä kertaa vuodessa.")

lahde = tallenna(doc, os.path.join(LAHTEET, NIMI + ".docx"))
muunna(lahde, "odt", os.path.join(KOHDE, NIMI + ".odt"))
odotettu(os.path.join(KOHDE, NIMI), "exit-suunnitelma", [])
print("ok", NIMI)
