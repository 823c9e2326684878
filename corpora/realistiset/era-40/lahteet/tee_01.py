"""01: pitkä hankehakemus, kunnankirjasto. Muutosten jäljitys, sisällönhallintaobjektit, yhdistetyt solut."""
import sys
from apu import *

d = uusi()
d.add_heading("Kirjasto kyliin – hankehakemus", 0)
kpl(d, "Karhulan kunnankirjasto | Hakemuksen versio 3, päivitetty 14.12.2026")

otsikko(d, "1 Hankkeen perustiedot")
sdt_rivi(d, "Hankkeen nimi", "hanke_nimi", "Kirjasto kyliin – kirjastopalvelut haja-asutusalueen asukkaille", "Hankkeen nimi: ")
sdt_rivi(d, "Hakija", "hakija", "Karhulan kunta, sivistyspalvelut / kunnankirjasto", "Hakija: ")
sdt_rivi(d, "Yhteyshenkilö", "yhteyshenkilo", "kirjastotoimenjohtaja Riikka Manninen, riikka.manninen@karhula.fi, 040 718 2290", "Yhteyshenkilö: ")
sdt_rivi(d, "Haettava avustus", "avustus", "148 000 euroa (kokonaiskustannukset 185 000 euroa)", "Haettava avustus: ")
kpl(d, "Hakemus kohdistetaan opetus- ja kulttuuriministeriön yleisten kirjastojen kehittämisavustukseen. "
       "Avustusohjelmaa on toteutettu vuodesta 2021 alkaen, ja tämä hakemus kuuluu ohjelmakauden 2021–2027 viimeiseen hakukierrokseen.")

otsikko(d, "2 Lähtötilanne ja tarve")
kpl(d, "Karhula on noin 9 400 asukkaan maaseutukunta, jonka pinta-alasta suurin osa on haja-asutusaluetta. Kunnassa on pääkirjasto kirkonkylässä "
       "ja yksi sivukirjasto Ylälammella. Kylistä pisimmät matkat pääkirjastoon ovat yli 45 kilometriä, eikä julkinen liikenne kulje "
       "useimpiin kyliin iltaisin tai viikonloppuisin. Kirjastoauto kiersi kuntaa vuoteen 2019 asti, jolloin vanha auto poistettiin "
       "käytöstä eikä uutta hankittu säästöpäätösten vuoksi.")
kpl(d, "Kirjaston tilastojen mukaan lainaus haja-asutusalueen postinumeroalueilla laski vuosina 2019–2025 noin 38 prosenttia, kun se "
       "kirkonkylässä pysyi lähes ennallaan. Vuoden 2024 asukaskyselyssä 61 prosenttia yli 70-vuotiaista kyläläisistä kertoi, että "
       "kirjastossa käyminen on heille liian hankalaa. Samassa kyselyssä moni vanhempi vastaaja toivoi apua myös pankkiasioihin, "
       "Omakantaan ja muihin verkkopalveluihin, joita ei pysty hoitamaan ilman jonkun opastusta.")
kpl(d, "Lasten ja nuorten osalta tilanne on toinen mutta yhtä huolestuttava. Kylien kahdessa kyläkoulussa ei ole omaa koulukirjastoa, "
       "ja koulujen välimatka pääkirjastoon tekee säännöllisistä kirjastokäynneistä käytännössä mahdottomia. Opettajat ovat kertoneet, "
       "että erityisesti pojat lukevat vapaa-ajallaan yhä vähemmän. Kansallisten oppimistulosarviointien tulokset lukutaidosta ovat "
       "heikentyneet koko maassa, ja samaa kehitystä on nähty myös Karhulan kouluissa.")
kpl(d, "Hanketta on valmisteltu kirjaston henkilökunnan, sivistyslautakunnan, kyläyhdistysten ja kyläkoulujen kanssa. Valmistelutapaamiset "
       "pidettiin 12.9.2026 ja 24.10.2026, ja niihin osallistui yhteensä 34 henkilöä. Tapaamisissa nousi esiin kolme asiaa: kirjaston "
       "pitää tulla lähemmäs kyliä, lapsille tarvitaan lukemisen iloa eikä pelkkää lainausta, ja ikäihmiset tarvitsevat lähellä olevaa "
       "digiapua.")

kpl(d, "Hanke liittyy Karhulan kuntastrategiaan 2025–2030, jonka yhtenä painopisteenä on, että kylät pysyvät elinvoimaisina ja "
       "palvelut tulevat asukkaiden luo eikä toisin päin. Kunnan hyvinvointikertomuksessa on nostettu esiin ikäihmisten yksinäisyys "
       "ja lasten vähentynyt lukeminen. Myös kunnan kulttuurisuunnitelmassa todetaan, että kulttuuripalvelut ovat keskittyneet "
       "kirkonkylään. Kirjastolaki edellyttää, että yleisten kirjastojen palvelut ovat kaikkien saatavilla, ja opetus- ja "
       "kulttuuriministeriön kirjastopoliittinen linjaus korostaa samaa yhdenvertaisuutta.")
kpl(d, "Naapurikunnissa on kokemuksia siitä, että pieni kirjastoauto on kustannuksiltaan selvästi perinteistä kirjastoautoa "
       "kevyempi ja pääsee myös kapeille kyläteille. Vehkasalon kirjasto on käyttänyt pakettiautokokoista autoa kolme vuotta, "
       "ja sen lainausmäärät ovat kasvaneet joka vuosi. Karhulassa tällaista mallia ei ole kokeiltu, eikä kylissä ole ollut "
       "mitään korvaavaa palvelua sen jälkeen, kun vanha auto poistui. Osa kyläyhdistyksistä on ylläpitänyt pieniä "
       "kirjanvaihtohyllyjä, mutta niiden valikoima on suppea eikä niissä ole lasten uutuuskirjoja.")
kpl(d, "Digituen tarve on kasvanut sitä mukaa kuin palvelut ovat siirtyneet verkkoon. Pankkikonttori suljettiin kirkonkylästä "
       "vuonna 2023, ja Kelan ja verottajan asiointi tapahtuu nykyään pääosin verkossa tai puhelimessa. Kirjaston "
       "informaatikot antavat jo nyt digiopastusta pääkirjastossa kahtena päivänä viikossa, ja vuonna 2025 opastuskertoja oli "
       "noin 600. Kylien asukkaat eivät kuitenkaan pääse näille vuoroille.")

otsikko(d, "3 Kenelle hanke on?")
kpl(d, "Hankkeen ensisijainen kohderyhmä ovat Karhulan haja-asutusalueen asukkaat, joita on noin 3 900. Heistä erityisesti huomioimme:")
luettelo(d, [
    "yli 70-vuotiaat kyläläiset, joista moni asuu yksin ja ilman omaa autoa (noin 1 100 henkilöä),",
    "Ylälammen ja Kuusiniemen kyläkoulujen oppilaat luokilta 1–6 (yhteensä noin 140 oppilasta) sekä heidän perheensä,",
    "kylien yläkouluikäiset nuoret, jotka käyvät koulua kirkonkylässä mutta viettävät vapaa-aikansa kotikylässään.",
])
kpl(d, "Välillisiä hyödynsaajia ovat kyläkoulujen opettajat, kotihoidon työntekijät, kyläyhdistykset sekä naapurikuntien kirjastot, "
       "jotka voivat hyödyntää hankkeessa kehitettyjä toimintatapoja.")

otsikko(d, "4 Mitä hankkeella tavoitellaan?")
kpl(d, "Hankkeen päämääränä on, että kirjastopalvelut ovat tasavertaisesti kaikkien karhulalaisten saatavilla asuinpaikasta riippumatta. "
       "Päämäärää lähestytään kolmen tavoitteen kautta.")
kpl(d, "Ensinnäkin tavoitteena on, että kylissä asuvien ikäihmisten pääsy kirjastopalveluihin paranee. Haluamme, että jokaisella kylällä "
       "on säännöllinen ja ennakoitava tapa saada kirjoja, lehtiä ja muita aineistoja ilman pitkää matkaa kirkonkylään.")
kpl(d, "Toiseksi tavoitteena on, että kyläkoulujen oppilaiden lukuinto kasvaa. Lukeminen ei saa jäädä kiinni siitä, onko lähellä "
       "kirjastoa vai ei.")
kpl(d, "Kolmanneksi tavoitteena on, että ikääntyneiden kyläläisten digitaidot vahvistuvat niin, että he pystyvät hoitamaan tavallisimmat "
       "asiointinsa verkossa itse tai vähäisen tuen avulla.")

otsikko(d, "5 Toteutus")
kpl(d, "Hanke toteutetaan kolmena työpakettina, jotka kulkevat rinnakkain koko hankeajan. Hankkeeseen palkataan kokoaikainen "
       "kirjastoautonkuljettaja-kirjastovirkailija ja osa-aikainen (60 %) lukutaitokoordinaattori. Kirjaston vakituisesta henkilökunnasta "
       "hankkeeseen osallistuvat kirjastotoimenjohtaja ja kaksi informaatikkoa omalla työajallaan.")
otsikko(d, "Työpaketti A: Kirjasto liikkuu", 2)
kpl(d, "Kunta vuokraa hankkeen ajaksi pienen kirjastoauton, joka kiertää kahdentoista kylän pysäkkiverkkoa kahden viikon rytmissä. "
       "Pysäkkien paikat ja ajat sovitaan kyläyhdistysten kanssa niin, että ne sopivat ikäihmisten arkeen: kauppa-autopäivät, "
       "kyläkahvilat ja palvelutalon ruokailu. Liikkumisesteisille kyläläisille tarjotaan lisäksi kotipalvelukäyntejä, jolloin "
       "kirjastovirkailija tuo tilatut aineistot suoraan kotiin. Kotihoidon työntekijät ohjaavat asiakkaita palvelun pariin.")
otsikko(d, "Työpaketti B: Lukemisen ilo kyläkouluille", 2)
kpl(d, "Lukutaitokoordinaattori vierailee kummassakin kyläkoulussa kerran kuukaudessa. Vierailuilla pidetään lukuvinkkauksia, "
       "kirjailijavierailuja etäyhteydellä ja lukudiplomin ohjausta. Kirjastoauton pysähdys kouluilla on sovitettu samaan päivään, "
       "jotta oppilaat voivat lainata vinkatut kirjat heti. Lisäksi järjestetään kesälukukampanja, jossa kirjastoauto käy kylien "
       "uimarannoilla ja leikkipuistoissa.")
otsikko(d, "Työpaketti C: Digiapu kulkee mukana", 2)
kpl(d, "Kirjastoautossa on joka pysäkillä digiopastusvuoro, jossa kyläläinen voi tuoda oman puhelimensa tai tablettinsa ja saada "
       "apua esimerkiksi pankkitunnusten, Omakannan tai kuvaviestien kanssa. Kyläyhdistysten tiloissa pidetään lisäksi neljän kerran "
       "pienryhmäkursseja vanhemmille kyläläisille. Opastajina toimivat kirjaston informaatikot, ja mukaan koulutetaan vapaaehtoisia "
       "digikummeja kylistä.")

otsikko(d, "Työpakettien yhteiset käytännöt", 2)
kpl(d, "Kaikissa työpaketeissa noudatetaan samaa toimintatapaa: uusi käytäntö kokeillaan ensin yhdellä tai kahdella kylällä, "
       "kokemukset käydään läpi kyläläisten kanssa ja vasta sitten käytäntö laajennetaan kaikille pysäkeille. Näin virheet "
       "huomataan ajoissa, eikä koko reittiä tarvitse muuttaa kerralla. Kirjastoauton aikataulu pidetään samana vähintään "
       "puoli vuotta kerrallaan, jotta kyläläiset oppivat luottamaan siihen.")
kpl(d, "Hankkeen työntekijät kirjaavat jokaisesta pysäkistä lyhyen päiväkirjamerkinnän: montako kävijää oli, mitä kysyttiin ja "
       "mitä jäi puuttumaan. Merkinnät käydään läpi kuukausittain kirjaston henkilökunnan palaverissa. Kotipalvelukäynneistä "
       "sovitaan kotihoidon kanssa niin, että asiakkaan luvalla kotihoito voi välittää kirjastolle toiveita aineistoista.")
kpl(d, "Aineistot kootaan pääkirjaston kokoelmasta. Hankkeen aikana kokoelmaa täydennetään isotekstisillä kirjoilla, "
       "äänikirjoilla ja lasten selkokirjoilla, joita kylien lukijat ovat toivoneet. Kirjastoauton kokoelmaa kierrätetään niin, "
       "että joka käynnillä on tarjolla jotain uutta.")

otsikko(d, "6 Aikataulu")
kpl(d, "Hankkeen toteutusaika on 1.3.2027–28.2.2029 (24 kuukautta). Vaiheistus:")
taulukko(d, [
    ["Ajankohta", "Mitä tehdään"],
    ["maaliskuu–toukokuu 2027", "Rekrytoinnit, auton vuokraus ja varustelu, pysäkkiverkon sopiminen kyläyhdistysten kanssa, juurruttamissuunnitelman tarkennus"],
    ["kesäkuu 2027", "Kirjastoauto aloittaa reitin; ensimmäinen kesälukukampanja"],
    ["syksy 2027", "Kouluvierailut ja digiopastus käyntiin, digikummien ensimmäinen koulutus"],
    ["kevät 2028", "Väliarviointi ja toimintatapojen muokkaus palautteen perusteella"],
    ["syksy 2028", "Naapurikuntien kirjastojen kokeilukierrokset, budjettiesitys vuodelle 2029"],
    ["tammi–helmikuu 2029", "Loppuarviointi, loppuseminaari ja loppuraportti"],
])
muutos(d, [("n", "Loppuseminaari pidetään "), ("del", "syksyllä 2029 "), ("ins", "helmikuussa 2029 "),
           ("n", "Karhulan kunnantalolla, ja siihen kutsutaan Pohjois-Savon kirjastot.")])

otsikko(d, "7 Miten tiedämme onnistuneemme?")
kpl(d, "Hankkeen seurannasta vastaa kirjastotoimenjohtaja, ja ohjausryhmä käsittelee seurantatiedot neljännesvuosittain. "
       "Mittareiksi on valittu tiedot, joita kirjasto kerää jo nyt tai jotka saadaan vähällä vaivalla.")
kpl(d, "Kylien palvelujen saavutettavuutta seurataan kirjastoauton pysäkkikohtaisilla lainaus- ja käyntimäärillä sekä "
       "kotipalvelukäyntien määrällä. Lähtötasona käytetään vuoden 2025 lainauksia haja-asutusalueen postinumeroalueilla; "
       "tavoitetaso on 25 prosentin kasvu hankkeen loppuun mennessä. Lisäksi toistetaan vuoden 2024 asukaskyselyn kysymys "
       "kirjastossa käymisen hankaluudesta.")
kpl(d, "Koululaisten lukemisen muutosta mitataan suoritettujen lukudiplomien määrällä ja oppilaille syksyllä 2027 ja keväällä 2028 "
       "tehtävällä lyhyellä lukuasennekyselyllä. Opettajilta kerätään palautetta kouluvierailuista lukukausittain.")
kpl(d, "Digiopastuksen vaikutusta seurataan opastuskertojen ja kurssilaisten määrällä sekä kurssin lopussa täytettävällä "
       "palautelomakkeella, jossa osallistuja arvioi, pystyykö hän nyt hoitamaan asiansa itse. Digikummeilta kerätään kokemukset "
       "ryhmähaastattelussa keväällä 2028.")
kpl(d, "Kunnan hyvinvointikoordinaattori tekee hankkeesta pienimuotoisen ulkopuolisen arvion väliarvioinnin yhteydessä.")

otsikko(d, "8 Odotetut tulokset ja vaikutukset")
kpl(d, "Hankkeen tuloksena kylissä on toimiva ja kyläläisten kanssa sovittu kirjastoauton pysäkkiverkko, kyläkouluille sopiva "
       "lukemisen edistämisen vuosikello sekä kirjastoautoon sovitettu digiopastuksen malli. Näistä tehdään kuvaukset, joita muut "
       "kirjastot voivat käyttää.")
kpl(d, "Pitkällä aikavälillä odotamme, että kyläläisten yksinäisyys ja riippuvuus omaisten avusta vähenevät, lasten lukutaito "
       "vahvistuu ja kunnan palvelut koetaan kylissä oikeudenmukaisemmiksi.")

kpl(d, "Kyläläisille hanke näkyy konkreettisesti siten, että kirjastoauto pysähtyy kylällä joka toinen viikko samaan aikaan, "
       "lainat voi palauttaa samalla käynnillä ja autosta saa apua puhelimen tai tabletin kanssa. Kouluille hanke tuo säännöllisen "
       "lukuvinkkarin ja mahdollisuuden suorittaa lukudiplomi ilman erillisiä kirjastoretkiä. Kotihoidolle hanke antaa uuden tavan "
       "tukea asiakkaiden arkea ja virkistystä ilman, että se lisää hoitajien työtä.")
kpl(d, "Kirjastolle hanke tuottaa tietoa siitä, mitä haja-asutusalueen palvelu maksaa ja kuinka paljon sitä käytetään. Tätä "
       "tietoa tarvitaan, kun kunta päättää palvelun jatkosta. Lisäksi hankkeessa syntyy kylien digikummien verkosto, joka voi "
       "jatkaa naapuriapua myös silloin, kun kirjastoauto ei ole paikalla.")

otsikko(d, "9 Tulosten juurruttaminen ja toiminnan jatkuvuus")
kpl(d, "Jatkuvuutta on mietitty jo hakuvaiheessa: sivistyslautakunta on käsitellyt hankeideaa 8.10.2026 ja linjannut, että "
       "toimivaksi todettu kirjastoautopalvelu esitetään kunnan pysyväksi palveluksi. Pysäkkiverkko suunnitellaan kyläyhdistysten "
       "kanssa hankkeen alussa, jotta kylät tuntevat palvelun omakseen heti ensimmäisestä kuukaudesta.")
kpl(d, "Kerromme hankkeen etenemisestä säännöllisesti kyläyhdistyksille, kouluille ja kotihoidolle, jotta palvelua tarvitsevat tietävät "
       "siitä ja pääsevät vaikuttamaan siihen. Toimintatapoja muokataan eri ryhmille: esimerkiksi digiopastuksesta tehdään "
       "kotihoidon asiakkaille oma, kotona tapahtuva versionsa, ja kouluvierailuista lyhyempi malli pienille kouluille.")
kpl(d, "Syksyllä 2028 kaksi naapurikuntaa, Vehkasalo ja Pitkäjärvi, kokeilevat kirjastoautoreitin digiopastusvuoroa omissa "
       "kirjastoautoissaan. Kokeilut ja niiden kokemukset kirjataan mallin kuvaukseen.")
muutos(d, [("n", "Hankkeen päätyttyä kirjastoautopalvelun ja digiopastuksen jatkamisesta "),
           ("del", "huolehditaan yhdessä"),
           ("ins", "vastaa Karhulan kunnan kirjastotoimenjohtaja osana kirjaston perustoimintaa"),
           ("n", ". Kirjastotoimenjohtaja valmistelee syksyllä 2028 talousarvioesityksen, jossa auton leasing ja yhden "
                 "kirjastovirkailijan palkka siirtyvät kirjaston pysyvään budjettiin vuodesta 2029 alkaen. Kyläkoulujen "
                 "lukemisen vuosikello liitetään kunnan perusopetuksen lukutaitosuunnitelmaan, josta vastaa sivistysjohtaja.")])
kpl(d, "Juurruttamiseen on varattu kirjastotoimenjohtajan työajasta 20 prosenttia koko hankkeen ajan sekä 6 000 euroa "
       "materiaalien tuottamiseen ja kokeilukuntien matkoihin.")

otsikko(d, "10 Organisointi ja yhteistyökumppanit")
kpl(d, "Hankkeen hallinnoija on Karhulan kunta. Hankkeelle perustetaan ohjausryhmä, johon kuuluvat sivistysjohtaja (pj.), "
       "kirjastotoimenjohtaja, kotihoidon esihenkilö, kummankin kyläkoulun rehtori, kyläyhdistysten edustaja sekä Pohjois-Savon "
       "alueellisen kehittämistehtävän kirjaston edustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa.")
kpl(d, "Yhteistyökumppaneina ovat Karhulan kyläyhdistysten verkosto, Ylälammen ja Kuusiniemen koulut, kunnan kotihoito sekä "
       "naapurikuntien Vehkasalon ja Pitkäjärven kirjastot.")

otsikko(d, "11 Riskit ja niihin varautuminen")
taulukko(d, [
    ["Riski", "Todennäköisyys", "Miten varaudumme"],
    ["Kirjastoauton vuokraus viivästyy", "keskisuuri", "Väliaikaisesti käytetään kunnan pakettiautoa ja siirrettäviä hyllyjä."],
    ["Kuljettaja-virkailijan rekrytointi ei onnistu", "pieni", "Tehtävää tarjotaan myös osa-aikaisena kahdelle henkilölle."],
    ["Ikäihmiset eivät löydä palvelua", "keskisuuri", "Kotihoito ja kyläyhdistykset kertovat palvelusta henkilökohtaisesti."],
    ["Pysyvä rahoitus ei järjesty", "keskisuuri", "Asia viedään lautakuntaan jo syksyllä 2028, ja mukana on seurantatieto kustannuksista."],
])

otsikko(d, "12 Viestintä")
kpl(d, "Hankkeesta viestitään kunnan ja kirjaston verkkosivuilla, kirjaston Facebookissa ja Instagramissa sekä paikallislehti "
       "Karhulan Sanomissa. Kirjastoauton aikataulut jaetaan paperisena jokaiseen kylän talouteen, koska moni ikäihminen ei käytä "
       "verkkoa. Hankkeen lopussa järjestetään loppuseminaari, ja toimintamalli kuvataan Innokylään muiden kirjastojen käyttöön.")

kpl(d, "Viestinnän pääviesti on yksinkertainen: kirjasto tulee kylään. Viestinnästä vastaa kirjaston informaatikko, ja sitä "
       "toteutetaan koko hankkeen ajan. Kyläyhdistysten tiedotteisiin ja seurakunnan kuulutuksiin lisätään kirjastoauton "
       "pysäkkiajat. Kouluissa tieto kulkee Wilman kautta koteihin. Hankkeen edistymisestä kerrotaan sivistyslautakunnalle "
       "puolivuosittain.")

otsikko(d, "13 Talous")
kpl(d, "Hankkeen kokonaiskustannukset ovat 185 000 euroa, josta haetaan avustusta 80 prosenttia eli 148 000 euroa. "
       "Kunnan omarahoitusosuus on 37 000 euroa.")
t = taulukko(d, [
    ["Kustannuslaji", "2027", "2028", "2029", "Yhteensä"],
    ["Henkilöstökulut", "", "", "", ""],
    ["kuljettaja-virkailija", "34 000", "41 000", "7 000", "82 000"],
    ["lukutaitokoordinaattori", "20 000", "24 000", "4 000", "48 000"],
    ["Kirjastoauton vuokra ja käyttö", "18 000", "22 000", "4 000", "44 000"],
    ["Materiaalit, matkat ja seminaari", "3 000", "5 000", "3 000", "11 000"],
    ["Yhteensä", "75 000", "92 000", "18 000", "185 000"],
])
rivi = t.rows[1]
m = rivi.cells[0].merge(rivi.cells[4])
m.text = "Henkilöstökulut"
kpl(d, "Kirjaston vakituisen henkilökunnan työaika on kunnan omaa panosta, eikä sitä ole laskettu hankkeen kustannuksiin.")
lihava(d, "Kustannusten perustelut")
kpl(d, "Henkilöstökulut muodostavat suurimman osan kustannuksista, koska hankkeen ydin on ihmisten kohtaaminen kylissä. "
       "Kuljettaja-virkailijan palkka on laskettu kunnan kirjastovirkailijan tehtävän mukaisesti sivukuluineen. "
       "Lukutaitokoordinaattorin palkka vastaa informaatikon tehtävää 60 prosentin työajalla. Kirjastoauton vuokra perustuu "
       "kahden leasing-yhtiön tarjouksiin, ja polttoainekulut on arvioitu 14 000 ajokilometrin vuosittaisen ajon mukaan. "
       "Materiaaleihin sisältyvät isotekstiset kirjat, äänikirjat, digiopastuksen lainalaitteet sekä loppuseminaarin kulut.")
kpl(d, "Hankkeella ei ole investointikuluja, koska auto vuokrataan. Näin kunta voi hankkeen jälkeen päättää, jatkaako se "
       "vuokrasopimusta vai hankkiiko oman auton.")

otsikko(d, "Liite 1: Digiopastuksen palautelomake")
kpl(d, "Lomake jaetaan kurssilaisille kurssin viimeisellä kerralla. Lomake täytetään paperilla.")
kpl(d, "Kurssin paikka: ______________________    Päivämäärä: ____.____.20____")
kpl(d, "1. Mitä asioita opit kurssilla? ____________________________________________")
kpl(d, "2. Pystytkö nyt hoitamaan pankkiasiasi verkossa itse?   ☐ kyllä   ☐ avustettuna   ☐ en vielä")
kpl(d, "3. Mitä haluaisit oppia seuraavaksi? ______________________________________")
kpl(d, "4. Suosittelisitko kurssia naapurillesi?   ☐ kyllä   ☐ ei")

d.save(sys.argv[1])
