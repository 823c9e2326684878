"""01 Kurkijärven kaupungin nuorisopalvelut – pitkä hankesuunnitelma, numeroidut otsikot 1.1/1.2,
muutosten jäljitys (hankeaika vain w:ins-elementissä), sisältöohjausobjekti, yhdistetty solu."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *

OUT = sys.argv[1]
d = Document()
d.add_heading("REITTI – koulun ja nuorisotyön yhteinen polku toiselle asteelle", 0)
d.add_paragraph("Hankesuunnitelma / nuorisotyön kehittämisavustus, Opetus- ja kulttuuriministeriö (haku aluehallintovirastojen kautta)")
d.add_paragraph("Kurkijärven kaupunki, sivistystoimiala, nuorisopalvelut")
add_raw_para(d, run("Versio 2, ") + dele("Luonnos 12.2.2025") + ins("päivitetty 4.3.2025 ohjausryhmän esikokouksen jälkeen"))
add_inline_sdt_para(d, "Hankkeen yhteyshenkilö:", "Minna Kaartokallio, nuorisopalvelupäällikkö, minna.kaartokallio@kurkijarvi.fi, p. 040 718 2290")

d.add_heading("1 Tausta", 1)
d.add_heading("1.1 Lähtötilanne", 2)
d.add_paragraph(
 "Kurkijärvi on noin 21 000 asukkaan kaupunki, jossa on kolme yläkoulua, yksi lukio ja Järviseudun ammattiopisto "
 "Kaarnan kaksi toimipistettä. Perusopetuksen päättää vuosittain noin 230 nuorta. Vuonna 2023 heistä 14 jäi ilman "
 "opiskelupaikkaa yhteishaun jälkeen, ja vuonna 2024 vastaava luku oli 19. Toisen asteen ensimmäisen vuoden aikana "
 "opintonsa keskeytti Kaarnan kurkijärveläisistä opiskelijoista lukuvuonna 2023–2024 kaikkiaan 11,2 prosenttia, "
 "mikä on selvästi yli maakunnan keskiarvon (8,4 %). Etsivän nuorisotyön tavoittamista nuorista noin puolet kertoo, "
 "että ongelmat alkoivat näkyä jo yhdeksännellä luokalla, mutta kukaan ei ottanut asiaa puheeksi ennen kuin nuori "
 "oli jo pudonnut pois opinnoista.")
d.add_paragraph(
 "Kaupungissa toimii etsivä nuorisotyö (kolme etsivää nuorisotyöntekijää), Ohjaamo Kurkijärvi sekä koulujen "
 "opinto-ohjaajat ja kuraattorit. Jokainen taho tekee omaa työtään hyvin, mutta nivelvaihe yläkoulusta toiselle "
 "asteelle jää väliinputoamisen paikaksi: tieto nuoresta ei siirry, eikä kenelläkään ole selkeää vastuuta siitä, "
 "kuka nuoren kanssa on yhteydessä kesän yli. Nuorisopalvelujen oma kysely opinto-ohjaajille (marraskuu 2024, "
 "vastaajia 9) kertoi, että seitsemän yhdeksästä ei tiennyt, mihin ottaa yhteyttä, jos opiskelupaikan saanut "
 "nuori ei ilmestynytkään elokuussa kouluun.")
d.add_heading("1.2 Miksi hanke tarvitaan?", 2)
d.add_paragraph(
 "Oppivelvollisuuden laajentaminen vuonna 2021 siirsi ohjausvastuuta toisen asteen oppilaitoksille, mutta käytännön "
 "kokemus Kurkijärvellä on, että nuoret, joilla on eniten vaikeuksia, eivät kiinnity uuteen oppilaitokseen ilman "
 "tuttua aikuista. Tarvitaan malli, jossa koulu ja nuorisotyö tekevät yhdessä ja jossa nuori saa saman tukihenkilön "
 "yhdeksännen luokan keväästä toisen asteen ensimmäisen syksyn loppuun asti. Kaupungin hyvinvointisuunnitelmassa "
 "2025–2028 nivelvaiheen tuki on nostettu yhdeksi neljästä painopisteestä, ja sivistyslautakunta on 21.1.2025 "
 "puoltanut hankkeen hakemista.")
d.add_paragraph(
 "Hankkeen valmistelussa on pidetty kolme työpajaa (lokakuu 2024, joulukuu 2024 ja tammikuu 2025), joihin "
 "osallistui rehtoreita, opinto-ohjaajia, etsivän nuorisotyön ja Ohjaamon työntekijöitä sekä kahdeksan nuorta "
 "nuorisovaltuustosta. Nuorten viesti oli yksiselitteinen: apua pitää saada ennen kuin tilanne on ehtinyt mennä "
 "huonoksi, eikä apua pyydetä vieraalta aikuiselta.")

d.add_heading("1.3 Mitä olemme oppineet aiemmin?", 2)
d.add_paragraph(
 "Kurkijärvellä on kokeiltu nivelvaiheen tukea aiemminkin. Vuosina 2019–2021 etsivä nuorisotyö teki "
 "yhteistyötä yhden yläkoulun kanssa pienimuotoisesti omalla rahoituksellaan. Kokeilu osoitti, että nuoret "
 "tarttuvat apuun, kun aikuinen on tuttu jo ennen kuin ongelmat kärjistyvät: kokeilukoulun kautta tavoitetuista "
 "23 nuoresta 19 aloitti opinnot toisella asteella. Kokeilu kuitenkin päättyi, kun vastuutyöntekijä siirtyi "
 "toisiin tehtäviin, eikä kenellekään ollut kirjattu tehtävää jatkaa sitä. Tämä kokemus on ohjannut REITTI-hankkeen "
 "suunnittelua: juurruttaminen ja vastuiden kirjaaminen on otettu mukaan jo valmisteluvaiheessa, ei vasta hankkeen lopussa.")
d.add_paragraph(
 "Valmistelussa on tutustuttu myös kahden muun kunnan vastaaviin malleihin. Niistä opimme, että kouluetsivän "
 "on oltava fyysisesti läsnä koululla säännöllisesti ja että tiedon siirtämisestä on sovittava kirjallisesti "
 "ennen kuin ensimmäinen nuori ohjautuu. Molemmissa kunnissa suurimmaksi haasteeksi nousi kesä, jolloin koulu on "
 "kiinni eikä kukaan ole nuoreen yhteydessä. Siksi REITTI-hanke panostaa erityisesti kesän yli kantavaan tukeen.")
d.add_paragraph(
 "Nuorisovaltuuston kanssa pidetyssä työpajassa nuoret kuvasivat nivelvaihetta sanoilla \u201dyksin\u201d, "
 "\u201dkukaan ei kysy\u201d ja \u201dliian iso koulu\u201d. Moni kertoi, ettei ollut tiennyt, että toisella asteella "
 "on opinto-ohjaaja tai kuraattori, jonka puoleen voi kääntyä. Nuorten ehdotuksesta hankkeessa tehdään lyhyt "
 "videosarja toisen asteen arjesta, jonka nuoret itse kuvaavat ja jota käytetään 9. luokkien oppitunneilla.")

d.add_heading("2 Tavoitteet ja kohderyhmät", 1)
d.add_heading("2.1 Tavoitteet", 2)
d.add_paragraph(
 "Hankkeen päämääränä on, että yksikään kurkijärveläinen nuori ei putoa nivelvaiheessa tyhjän päälle. "
 "Tavoitteet, niitä palvelevat toimenpiteet ja arvioinnin mittarit on koottu alla olevaan taulukkoon. "
 "Taulukko on hankkeen ohjausryhmän seurannan runko.")
t = table(d, [
 ["Tavoite", "Toimenpiteet", "Mittarit ja arviointi", "Vastuu"],
 ["1. Koulupudokkuutta ennakoivat merkit tunnistetaan aiemmin yläkoulun ja toisen asteen nivelvaiheessa.",
  "Nivelvaiheen tunnistamiskeskustelut 9. luokan syyslukukaudella; kouluetsivän viikoittainen päivystys yläkouluilla.",
  "Tunnistettujen nuorten määrä lukuvuosittain; aika huolen heräämisestä ensimmäiseen tapaamiseen (tavoite alle 2 viikkoa).",
  "Nuorisopalvelut (hankekoordinaattori) yhdessä yläkoulujen rehtorien kanssa"],
 ["2. Opiskelupaikatta jäämisen vaarassa olevat nuoret saavat henkilökohtaista tukea kesän yli.",
  "Yksilöohjaus ja Reittiryhmä (10 kertaa keväällä); kesäajan yhteydenpito; saattaen siirto oppilaitokseen elokuussa.",
  "Opintonsa aloittaneiden osuus tuetuista nuorista (tavoite 85 %); nuorten palautekysely ja haastattelut.", ""],
 ["3. Koulun, nuorisopalvelujen ja Ohjaamon yhteistyö vakiintuu sovituksi toimintamalliksi.",
  "Yhteiset tapausneuvottelut kerran kuukaudessa; toimintamallin käsikirja; henkilöstön koulutukset.",
  "Toimintamalli hyväksytty sivistyslautakunnassa; henkilöstökysely yhteistyön sujuvuudesta alussa ja lopussa.", ""],
])
t.cell(1, 3).merge(t.cell(3, 3))
d.add_paragraph(
 "Sanallisesti: haluamme, että huoli nuoresta otetaan puheeksi jo yhdeksännellä luokalla, että nuori saa tutun "
 "aikuisen tuekseen yli kesän ja että yhteistyö ei jää yksittäisten työntekijöiden varaan vaan kirjataan "
 "kaupungin tapaksi toimia.")
d.add_heading("2.2 Kenelle hanke on?", 2)
d.add_paragraph(
 "Ensisijainen kohderyhmä ovat Kurkijärven yläkoulujen 9.-luokkalaiset, joilla on runsaita poissaoloja, heikko "
 "koulumenestys tai joiden hakeutuminen toiselle asteelle on epävarmaa. Arvioimme, että heitä on vuosittain noin "
 "30–40. Toinen kohderyhmä ovat toisen asteen ensimmäisen vuoden opiskelijat, joiden opinnot ovat vaarassa "
 "keskeytyä ensimmäisen syksyn aikana. Välillisinä kohderyhminä ovat nuorten huoltajat sekä yläkoulujen ja "
 "toisen asteen henkilöstö: opinto-ohjaajat, kuraattorit, erityisopettajat ja luokanvalvojat (noin 60 henkilöä).")
d.add_paragraph(
 "Erityistä huomiota kiinnitetään maahan muuttaneisiin nuoriin, joita Kurkijärven 9. luokilla on noin 8 %, "
 "sekä nuoriin, jotka asuvat kaupungin haja-asutusalueella ja joiden koulumatka toiselle asteelle on pitkä.")

d.add_heading("3 Toteutus", 1)
d.add_heading("3.1 Toimenpiteet", 2)
d.add_paragraph(
 "Hanke palkkaa kokoaikaisen hankekoordinaattorin ja kaksi kouluetsivää (nuoriso-ohjaajan koulutus), jotka "
 "työskentelevät yläkoulujen ja toisen asteen oppilaitosten tiloissa. Työ jakautuu neljään kokonaisuuteen.")
bold_line(d, "A. Tunnistaminen yläkoulussa")
d.add_paragraph(
 "Kouluetsivät päivystävät jokaisella yläkoululla kerran viikossa, ja opinto-ohjaaja voi varata heille ajan "
 "nuoren kanssa ilman lähetettä. Syyslukukaudella jokaisen 9. luokan kanssa pidetään tunnistamiskeskustelut, "
 "joiden runko laaditaan yhdessä oppilashuollon kanssa. Huolen herättyä nuori ja huoltaja kutsutaan tapaamiseen "
 "kahden viikon kuluessa.")
bold_line(d, "B. Henkilökohtainen tuki kevään ja kesän yli")
d.add_paragraph(
 "Nuori saa oman kouluetsivän, joka kulkee mukana yhteishaussa, tutustumiskäynneillä ja tarvittaessa "
 "lisähaussa. Keväisin kootaan 6–8 nuoren Reittiryhmä, joka kokoontuu kymmenen kertaa: ryhmässä harjoitellaan "
 "arjen taitoja, käydään tutustumassa oppilaitoksiin ja tehdään yhdessä kesän suunnitelma. Kesäkuukausina "
 "kouluetsivät pitävät yhteyttä nuoriin viestein ja tapaamisin, ja elokuussa nuori saatetaan oppilaitokseen "
 "ja esitellään uudelle opinto-ohjaajalle.")
bold_line(d, "C. Ensimmäinen syksy toisella asteella")
d.add_paragraph(
 "Kouluetsivä on mukana syyslukukauden loppuun, kunnes oppilaitoksen oma tuki on käynnistynyt. Kaarnan ja "
 "Kurkijärven lukion kanssa sovitaan, että tieto poissaoloista välittyy kouluetsivälle viikoittain nuoren "
 "luvalla.")
bold_line(d, "D. Yhteinen toimintamalli")
d.add_paragraph(
 "Kerran kuukaudessa pidetään tapausneuvottelu, johon osallistuvat kouluetsivät, opinto-ohjaajat, Ohjaamon "
 "ja etsivän nuorisotyön edustajat. Kokemuksista kootaan toimintamallin käsikirja, joka valmistuu keväällä 2027. "
 "Henkilöstölle järjestetään neljä koulutusiltapäivää puheeksi ottamisesta ja monialaisesta yhteistyöstä.")
d.add_heading("3.3 Nuorten osallisuus hankkeessa", 2)
d.add_paragraph(
 "Nuoret eivät ole hankkeessa vain palvelun käyttäjiä. Nuorisovaltuusto nimeää ohjausryhmään kaksi jäsentä, "
 "joilla on täydet puhe- ja läsnäolo-oikeudet, ja heille maksetaan kokouspalkkio kuten muillekin kaupungin "
 "toimielinten nuorisoedustajille. Lisäksi kootaan kuuden nuoren kehittäjäryhmä, johon kutsutaan myös nuoria, "
 "jotka ovat itse olleet Reittiryhmässä. Kehittäjäryhmä kokoontuu kerran lukukaudessa ja kommentoi "
 "tunnistamiskeskustelujen runkoa, viestinnän materiaaleja ja käsikirjan luonnosta. Ryhmän jäsenet saavat "
 "osallistumisestaan todistuksen, jonka voi liittää työ- tai opiskeluhakemukseen.")
d.add_paragraph(
 "Nuorten omat videot toisen asteen arjesta tehdään syyslukukaudella 2025 ja syyslukukaudella 2026. "
 "Videoita tehdään yhteensä kuusi, ja ne kuvataan nuorisotalon mediapajassa nuoriso-ohjaajan tuella. Videoiden "
 "käytöstä ja julkaisusta sovitaan jokaisen esiintyvän nuoren ja tarvittaessa huoltajan kanssa kirjallisesti.")
d.add_paragraph(
 "Huoltajia osallistetaan kutsumalla heidät mukaan nuoren ensimmäiseen tapaamiseen ja järjestämällä kumpanakin "
 "keväänä yhteinen iltatilaisuus yhteishausta. Iltoihin järjestetään tarvittaessa tulkkaus. Huoltajilta "
 "kerätään lyhyt palaute tilaisuuksien jälkeen.")

d.add_heading("3.2 Aikataulu", 2)
add_raw_para(d, run("Hankkeen toteutusaika: ", b=True) + dele("1.1.2025–31.12.2026") + ins("1.8.2025–31.7.2027"))
d.add_paragraph("Hanke on mitoitettu kahdelle lukuvuodelle, jotta jokainen toimintamallin vaihe ehditään kokeilla kahdesti.")
table(d, [
 ["Vaihe", "syksy 2025", "kevät 2026", "syksy 2026", "kevät 2027"],
 ["Rekrytointi, perehdytys, juurruttamissuunnitelma", "x", "", "", ""],
 ["Tunnistamiskeskustelut 9. luokilla", "x", "", "x", ""],
 ["Reittiryhmät ja yksilöohjaus", "", "x", "", "x"],
 ["Saattaen siirto ja ensimmäinen syksy", "x", "", "x", ""],
 ["Tapausneuvottelut ja koulutukset", "x", "x", "x", "x"],
 ["Käsikirja ja lautakuntakäsittely", "", "", "", "x"],
])
d.add_paragraph("Kesäkuukausina 2026 ja 2027 työ painottuu nuorten yhteydenpitoon. Heinäkuu 2027 on varattu loppuraportointiin.")

d.add_heading("4 Organisointi", 1)
d.add_heading("4.1 Hallinnointi ja ohjausryhmä", 2)
d.add_paragraph(
 "Hankkeen hallinnoija on Kurkijärven kaupungin sivistystoimiala, ja hanke sijoittuu nuorisopalveluihin. "
 "Hankkeen vastuuhenkilö on nuorisopalvelupäällikkö Minna Kaartokallio. Hankekoordinaattori vastaa päivittäisestä "
 "toiminnasta, raportoinnista ja taloudesta yhdessä sivistystoimialan talouspäällikön kanssa.")
d.add_paragraph(
 "Ohjausryhmään kuuluvat sivistysjohtaja (pj.), nuorisopalvelupäällikkö, yläkoulujen rehtoreiden edustaja, "
 "Kurkijärven lukion rehtori, Järviseudun ammattiopisto Kaarnan opintopalvelupäällikkö, Ohjaamon esihenkilö, "
 "hyvinvointialueen perhe- ja sosiaalipalvelujen edustaja sekä kaksi nuorisovaltuuston jäsentä. Ohjausryhmä "
 "kokoontuu neljä kertaa vuodessa.")
d.add_heading("4.2 Yhteistyökumppanit", 2)
d.add_paragraph(
 "Keskeiset kumppanit ovat kaupungin yläkoulut ja lukio, Järviseudun ammattiopisto Kaarna, Ohjaamo Kurkijärvi, "
 "etsivä nuorisotyö, hyvinvointialueen opiskeluhuolto sekä naapurikunnat Saarela ja Vehmaa, joiden nuoria käy "
 "Kaarnassa. Aluehallintoviraston nuorisotoimen ylitarkastaja on lupautunut ohjausryhmän asiantuntijajäseneksi.")

d.add_heading("4.3 Henkilöstö ja työnjako", 2)
d.add_paragraph(
 "Hankekoordinaattori (100 %) vastaa hankkeen suunnittelusta, ohjausryhmätyöstä, seurannasta ja raportoinnista, "
 "koulutusten järjestämisestä, käsikirjan kokoamisesta sekä yhteistyöstä naapurikuntien kanssa. Hän toimii myös "
 "kouluetsivien lähiesihenkilönä yhdessä etsivän nuorisotyön esihenkilön kanssa. Koordinaattorilta edellytetään "
 "soveltuvaa korkeakoulututkintoa, kokemusta nuorisotyöstä tai opinto-ohjauksesta ja kokemusta monialaisesta "
 "yhteistyöstä.")
d.add_paragraph(
 "Kaksi kouluetsivää (100 %) tekevät nuorten kanssa tehtävän työn: päivystykset, tunnistamiskeskustelut, "
 "yksilöohjauksen, Reittiryhmät, kesän yhteydenpidon ja saattaen siirron. Toinen kouluetsivistä työskentelee "
 "pääasiassa keskustan kahdella yläkoululla, toinen Pohjoisen yhtenäiskoululla ja Kaarnan Pohjoisen toimipisteessä. "
 "Kouluetsivät kuuluvat etsivän nuorisotyön tiimiin, jolloin heillä on työparit ja sijaiset lomien ajaksi.")
d.add_paragraph(
 "Kaupunki osoittaa hankkeelle omana työnään sivistystoimialan talouspäällikön (noin 5 %), viestintäsuunnittelijan "
 "(noin 3 %) ja nuorisopalvelupäällikön (noin 10 %) työaikaa. Koulujen opinto-ohjaajat ja kuraattorit osallistuvat "
 "tapausneuvotteluihin osana omaa työtään, mikä on sovittu rehtoreiden kanssa.")

d.add_heading("5 Talous", 1)
d.add_paragraph(
 "Hankkeen kokonaiskustannukset ovat 286 400 euroa, josta haetaan avustusta 229 120 euroa (80 %). Kaupungin "
 "omarahoitusosuus 57 280 euroa on varattu sivistystoimialan talousarvioon vuosille 2025–2027.")
table(d, [
 ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
 ["Henkilöstökulut (koordinaattori + 2 kouluetsivää)", "52 800", "132 000", "79 200", "264 000"],
 ["Ryhmätoiminta, matkat ja tutustumiskäynnit", "2 400", "6 200", "3 400", "12 000"],
 ["Koulutukset ja seminaari", "1 200", "2 800", "4 000", "8 000"],
 ["Viestintä ja käsikirjan taitto", "300", "600", "1 500", "2 400"],
 ["Yhteensä", "56 700", "141 600", "88 100", "286 400"],
])

d.add_heading("6 Arviointi ja seuranta", 1)
d.add_paragraph(
 "Arviointi perustuu tavoitetaulukon mittareihin. Hankekoordinaattori kokoaa seurantatiedot (tunnistetut "
 "nuoret, tapaamisten määrä, ohjautumisaika, opintonsa aloittaneiden osuus) lukukausittain ohjausryhmälle. "
 "Tiedot kerätään nimettöminä ja tilastoidaan kouluittain.")
d.add_paragraph(
 "Nuorten kokemuksia kerätään lyhyellä palautekyselyllä Reittiryhmän lopussa ja haastattelemalla 8–10 nuorta "
 "kumpanakin lukuvuonna. Henkilöstökysely yhteistyön sujuvuudesta tehdään hankkeen alussa syyskuussa 2025 ja "
 "uudelleen toukokuussa 2027, jolloin muutos voidaan todeta. Lisäksi hanke tilaa Pohjanrannan ammattikorkeakoululta "
 "pienimuotoisen ulkoisen arvioinnin toimintamallin siirrettävyydestä keväällä 2027.")
d.add_paragraph("Itsearviointia tehdään tiimin kuukausipalavereissa, joissa käydään läpi, mikä toimi ja mitä muutetaan.")
d.add_paragraph(
 "Arvioinnin tärkein kysymys on yksinkertainen: aloittivatko tuetut nuoret opintonsa ja jatkuvatko ne vielä "
 "ensimmäisen syksyn jälkeen? Siksi seuranta ei pääty elokuun saattaen siirtoon, vaan kouluetsivät kirjaavat "
 "jokaisen tuetun nuoren tilanteen myös joulukuussa. Vertailukohtana käytetään yhteishaun tuloksia ja toisen "
 "asteen keskeyttämistilastoja vuosilta 2023 ja 2024, jotka nuorisopalvelut on jo koonnut valmisteluvaiheessa. "
 "Tiedämme, että pienessä kaupungissa vuosittaiset luvut vaihtelevat sattumaltakin, joten tuloksia tarkastellaan "
 "kahden lukuvuoden yhteisinä lukuina ja rinnakkain nuorten omien kokemusten kanssa.")
d.add_paragraph(
 "Henkilöstökyselyssä kysytään samoja asioita alussa ja lopussa, jotta muutos on todennettavissa. Ulkoisen "
 "arvioinnin tekijän kanssa sovitaan tehtävästä erikseen syksyllä 2026; arvioinnin painopiste on siinä, voiko "
 "toimintamallin siirtää naapurikuntiin ja millaisin resurssein. Arviointitiedot käsitellään ohjausryhmässä, ja "
 "ohjausryhmä päättää tarvittavista muutoksista toimintaan. Loppuraporttiin kootaan kaikki mittarit "
 "tavoitetaulukon järjestyksessä, jotta rahoittaja näkee suoraan, miten kukin tavoite toteutui.")

d.add_heading("7 Tulokset ja vaikutukset", 1)
d.add_paragraph(
 "Hankkeen välittöminä tuloksina syntyvät nivelvaiheen tunnistamiskeskustelujen runko, Reittiryhmän ohjelma, "
 "saattaen siirron käytäntö ja toimintamallin käsikirja. Odotamme, että opiskelupaikatta jäävien nuorten määrä "
 "puolittuu vuoden 2024 tasosta ja että ensimmäisen vuoden keskeyttäminen laskee lähelle maakunnan keskiarvoa. "
 "Pidemmällä aikavälillä vaikutus näkyy etsivän nuorisotyön asiakasmäärissä: kun apu tulee ajoissa, raskaampia "
 "palveluja tarvitaan vähemmän.")

d.add_paragraph(
 "Vaikutukset eri ryhmiin: nuorille hanke merkitsee tuttua aikuista ja vähemmän katkoksia opinnoissa. Huoltajat "
 "saavat yhden yhteyshenkilön, jolta kysyä, kun nuoren tilanne huolettaa. Koulujen henkilöstölle hanke tuo "
 "selkeän reitin ohjata nuori eteenpäin, ja toisen asteen oppilaitoksille se tuo tietoa nuoren tarpeista jo ennen "
 "opintojen alkua. Kaupungille ja hyvinvointialueelle vaikutus näkyy pidemmällä aikavälillä pienempänä "
 "korjaavien palvelujen tarpeena. Emme oleta, että kaikki vaikutukset näkyvät jo kahden lukuvuoden aikana, "
 "mutta ne on kirjattu, jotta seuranta voi jatkua hankkeen jälkeen nuorisopalvelujen vuosiraportoinnissa.")

d.add_heading("8 Juurruttaminen ja jatkuvuus", 1)
d.add_paragraph(
 "Juurruttaminen on ollut mukana jo hakuvaiheessa: sivistysjohtaja ja rehtorit ovat valmistelutyöpajoissa "
 "sitoutuneet siihen, että toimivaksi todettu malli jatkuu kaupungin omana toimintana. Hankkeen kolmen ensimmäisen "
 "kuukauden aikana (elo–lokakuu 2025) laaditaan kirjallinen juurruttamissuunnitelma, joka hyväksytään "
 "ohjausryhmässä. Juurruttamiseen varataan noin 10 % hankekoordinaattorin työajasta koko hankkeen ajan sekä "
 "käsikirjan ja seminaarin kulut.")
d.add_paragraph(
 "Viestinnän kautta malli tehdään tutuksi koko henkilöstölle heti alusta alkaen (ks. luku 9). Mallia varioidaan: "
 "lukiota ja ammattiopistoa varten tehdään omat versiot saattaen siirrosta, ja maahan muuttaneiden nuorten "
 "kanssa kokeillaan tulkkausta ja S2-opettajan osallistumista tapaamisiin. Valtavirtaistamista tehdään "
 "naapurikuntien Saarelan ja Vehmaan kanssa: ne kokeilevat tunnistamiskeskusteluja omissa yläkouluissaan "
 "lukuvuonna 2026–2027, ja kokemukset tuodaan seudun nuorisotyön verkostoon.")
d.add_paragraph(
 "Vakiinnuttaminen: sivistyslautakunta käsittelee toimintamallin keväällä 2027. Nuorisopalvelupäällikkö Minna "
 "Kaartokallio vastaa siitä, että kouluetsivän tehtävä esitetään nuorisopalvelujen pysyväksi vakanssiksi "
 "vuoden 2027 talousarviossa, ja yläkoulujen rehtorit vastaavat siitä, että tunnistamiskeskustelut kirjataan "
 "koulujen oppilashuoltosuunnitelmiin. Hankkeen jälkeen toimintamallin ylläpito kuuluu nuorisopalveluille.")

d.add_heading("9 Viestintä", 1)
d.add_paragraph(
 "Sisäisessä viestinnässä hyödynnetään koulujen henkilöstöinfoja, kaupungin intranetiä ja Wilmaa, jonka kautta "
 "myös huoltajat saavat tiedon hankkeesta. Nuorille viestitään nuorisopalvelujen Instagramissa ja TikTokissa "
 "sekä koulujen aamunavauksissa. Hankkeen tuloksista kerrotaan kaupungin verkkosivuilla, paikallislehdessä ja "
 "keväällä 2027 järjestettävässä seudullisessa seminaarissa. Toimintamalli ja käsikirja kuvataan Innokylään.")

d.add_paragraph("Viestinnän vastuut ja ajoitus kohderyhmittäin:")
table(d, [
 ["Kohderyhmä", "Mitä viestitään", "Kanava", "Milloin", "Vastuu"],
 ["Koulujen henkilöstö", "Kouluetsivien tehtävä, ohjautumisen reitti", "henkilöstöinfot, intranet", "elo–syyskuu 2025 ja elokuu 2026", "hankekoordinaattori"],
 ["Nuoret", "Mistä apua saa, Reittiryhmä", "Instagram, TikTok, aamunavaukset, nuorten videot", "koko hankkeen ajan", "kouluetsivät"],
 ["Huoltajat", "Yhteishaku, tuki kesän yli", "Wilma, iltatilaisuudet", "tammikuu 2026 ja tammikuu 2027", "opinto-ohjaajat ja kouluetsivät"],
 ["Päättäjät", "Tulokset ja kustannukset", "lautakuntakatsaukset", "lukukausittain", "nuorisopalvelupäällikkö"],
 ["Muut kunnat ja ammattilaiset", "Toimintamalli ja käsikirja", "seutuseminaari, Innokylä, verkkosivut", "toukokuu 2027", "hankekoordinaattori"],
])
d.add_paragraph(
 "Viestinnässä noudatetaan kaupungin viestintäohjetta ja rahoittajan näkyvyysohjeita: hankkeen materiaaleissa "
 "mainitaan opetus- ja kulttuuriministeriön tuki. Kaikki nuorille suunnattu materiaali testataan ensin "
 "kehittäjäryhmällä, jotta se on ymmärrettävää ja houkuttelevaa. Kuukausittain julkaistaan vähintään kaksi "
 "päivitystä nuorisopalvelujen somekanavilla, ja lukukauden lopussa koulujen henkilöstölle lähetetään lyhyt "
 "uutiskirje siitä, mitä hankkeessa on tapahtunut ja mitä seuraavaksi on tulossa.")

d.add_heading("10 Riskit", 1)
table(d, [
 ["Riski", "Todennäköisyys", "Hallintakeino"],
 ["Kouluetsivien rekrytointi viivästyy", "keskisuuri", "Haku avataan heti myönteisen päätöksen jälkeen; sijaisena etsivä nuorisotyö."],
 ["Koulut eivät ehdi osallistua tapausneuvotteluihin", "keskisuuri", "Neuvottelut osana olemassa olevia oppilashuoltoryhmiä; rehtorien sitoumus."],
 ["Nuoret eivät sitoudu kesän yhteydenpitoon", "suuri", "Tuttu aikuinen jo keväällä; viestintä nuoren omissa kanavissa."],
 ["Talousarviotilanne estää vakinaistamisen", "keskisuuri", "Kustannus-hyötylaskelma lautakunnalle 2026; vaiheittainen vakinaistaminen."],
])

d.add_heading("Liite 1. Toimenpiteiden tarkempi kuvaus lukukausittain", 1)
d.add_paragraph("Tämä liite tarkentaa luvun 3 toimenpiteitä. Se on laadittu ohjausryhmän esikokouksen 27.2.2025 pyynnöstä, jotta koulut näkevät, mitä hanke niiltä kunakin lukukautena edellyttää.")
bold_line(d, "Syksy 2025: käynnistys ja ensimmäiset tunnistamiskeskustelut")
d.add_paragraph(
 "Elokuussa hankekoordinaattori ja kouluetsivät aloittavat työnsä. Ensimmäiset kaksi viikkoa käytetään "
 "perehtymiseen: kouluetsivät tutustuvat kolmen yläkoulun oppilashuoltoryhmiin, opinto-ohjaajiin ja "
 "kuraattoreihin sekä Kaarnan ja lukion opintopalveluihin. Samalla sovitaan, millä päivillä kouluetsivä on "
 "kullakin koululla, ja varataan hänelle rauhallinen huone, jossa nuoren voi tavata ilman että koko luokka "
 "näkee. Kokemus muista kunnista on, että juuri tämä käytännön järjestely ratkaisee, uskaltaako nuori tulla.")
d.add_paragraph(
 "Syyskuussa tehdään henkilöstökyselyn ensimmäinen kierros, joka toimii arvioinnin lähtötasona. Kysely lähetetään "
 "noin 60 työntekijälle, ja siinä kysytään, miten hyvin vastaaja tuntee toisten toimijoiden palvelut, kuinka usein "
 "hän on ollut yhteydessä nuorisotyöhön ja mitä esteitä yhteistyölle on. Lokakuussa alkavat 9. luokkien "
 "tunnistamiskeskustelut. Keskustelu kestää noin 20 minuuttia, ja sen käy luokanvalvoja tai opinto-ohjaaja yhdessä "
 "kouluetsivän kanssa. Keskustelun runko rakentuu kolmen kysymyksen varaan: miten koulu sujuu, mitä nuori aikoo "
 "tehdä peruskoulun jälkeen ja keneen hän luottaa. Runko hiotaan yhdessä nuorisovaltuuston kanssa syyskuussa, "
 "jotta kieli on nuorille luontevaa eikä kuulosta kuulustelulta.")
d.add_paragraph(
 "Marras- ja joulukuussa kouluetsivät tapaavat ne nuoret, joista keskusteluissa herää huoli, ja heidän "
 "huoltajansa. Jokaiselle nuorelle tehdään kevyt oma suunnitelma, johon kirjataan nuoren omat toiveet "
 "jatko-opinnoista ja ne asiat, joissa hän kaipaa apua. Suunnitelma ei korvaa oppilaitoksen omia asiakirjoja, "
 "vaan se on nuoren ja kouluetsivän yhteinen muistilista. Joulukuussa ohjausryhmä saa ensimmäisen seurantakoosteen, "
 "ja juurruttamissuunnitelma on hyväksytty jo lokakuun kokouksessa.")
d.add_paragraph(
 "Samaan aikaan Kaarnan ja lukion kanssa käynnistyy ensimmäisen syksyn tuki niille nuorille, jotka ovat juuri "
 "aloittaneet toisella asteella ja joista etsivä nuorisotyö on jo tiennyt. Heitä on arviolta 10–15. Tämä ryhmä on "
 "hankkeen ensimmäinen kokeilu saattaen siirrosta, vaikka siirto onkin tapahtunut jo ennen hankkeen alkua.")
bold_line(d, "Kevät 2026: Reittiryhmät, yhteishaku ja kesän suunnittelu")
d.add_paragraph(
 "Tammikuussa kootaan ensimmäiset Reittiryhmät. Ryhmiä on kaksi, toinen kaupungin keskustan kouluille ja toinen "
 "Pohjoisen yhtenäiskoululle, jonne haja-asutusalueen nuoret kulkevat. Ryhmä kokoontuu koulupäivän jälkeen "
 "nuorisotalolla tai koululla, ja tapaamisissa on aina tarjolla välipala. Ohjelmaan kuuluu tutustuminen Kaarnan "
 "kahteen toimipisteeseen ja lukioon, työpaikkavierailu, pankkiasioiden ja julkisen liikenteen harjoittelua sekä "
 "keskusteluja siitä, mikä uudessa koulussa jännittää. Ryhmät ohjaavat kouluetsivät yhdessä nuoriso-ohjaajan "
 "kanssa, ja yhteen kertaan kutsutaan vieraaksi nuori, joka on itse käynyt läpi vaikean nivelvaiheen.")
d.add_paragraph(
 "Helmi- ja maaliskuussa kouluetsivät ovat mukana yhteishaussa niiden nuorten kanssa, jotka sitä tarvitsevat. "
 "Tuki on käytännöllistä: istutaan yhdessä koneen ääressä, soitetaan oppilaitokseen, käydään tutustumassa. "
 "Huhti- ja toukokuussa nuoren kanssa tehdään kesän suunnitelma. Siihen sovitaan, miten ja kuinka usein "
 "kouluetsivä pitää yhteyttä, mitä tehdään, jos opiskelupaikkaa ei tule, ja kuka on yhteyshenkilö uudessa "
 "oppilaitoksessa. Toukokuussa järjestetään ensimmäinen henkilöstön koulutusiltapäivä puheeksi ottamisesta.")
d.add_paragraph(
 "Kesä–heinäkuussa 2026 kouluetsivät pitävät vuorotellen lomansa niin, että ainakin yksi heistä on tavoitettavissa "
 "koko kesän. Yhteydenpito tapahtuu nuoren toivomalla tavalla: viestein, puhelimitse tai tapaamalla esimerkiksi "
 "nuorisotalon kesätoiminnassa. Kesäduunit ja kaupungin kesätyösetelit ovat luonteva tapa pitää yhteyttä.")
bold_line(d, "Syksy 2026: toinen kierros ja mallin muokkaaminen")
d.add_paragraph(
 "Elokuussa nuoret saatetaan oppilaitoksiin: kouluetsivä on mukana ensimmäisenä päivänä, jos nuori sitä toivoo, "
 "ja esittelee nuoren opinto-ohjaajalle. Syyskuussa arvioidaan ensimmäisen vuoden kokemukset tiimin ja "
 "ohjausryhmän kanssa, ja tunnistamiskeskustelujen runkoa, Reittiryhmän ohjelmaa ja saattaen siirron "
 "käytäntöä muokataan. Lokakuussa alkavat toisen lukuvuoden tunnistamiskeskustelut. Samaan aikaan Saarela ja "
 "Vehmaa kokeilevat keskusteluja omissa yläkouluissaan, ja Kurkijärven kouluetsivät perehdyttävät niiden "
 "opinto-ohjaajat. Syksyllä pidetään kaksi koulutusiltapäivää, joista toinen käsittelee maahan muuttaneiden "
 "nuorten ja heidän perheidensä kohtaamista.")
d.add_paragraph(
 "Marraskuussa 2026 ohjausryhmälle tuodaan kustannus-hyötylaskelma, jossa verrataan kouluetsivätyön kustannuksia "
 "siihen, mitä yhden nuoren syrjäytyminen maksaa kaupungille ja hyvinvointialueelle. Laskelma on pohja "
 "vuoden 2027 talousarvioesitykselle.")
bold_line(d, "Kevät 2027: käsikirja, seminaari ja päätökset")
d.add_paragraph(
 "Toisen lukuvuoden Reittiryhmät toimivat tammi–huhtikuussa kuten edellisenä vuonna. Samalla hankekoordinaattori "
 "kokoaa toimintamallin käsikirjan, jossa kuvataan tunnistamiskeskustelut, kouluetsivän tehtävä, Reittiryhmä, "
 "kesän yhteydenpito ja saattaen siirto sekä yhteistyön rakenteet. Käsikirjan luonnos kommentoidaan "
 "tapausneuvottelussa ja nuorisovaltuustossa. Ulkoinen arviointi valmistuu huhtikuussa, ja sen havainnot "
 "kirjataan käsikirjaan. Toukokuussa järjestetään seudullinen seminaari ja henkilöstökyselyn toinen kierros. "
 "Kesäkuussa sivistyslautakunta käsittelee toimintamallin vakinaistamista. Heinäkuu 2027 käytetään "
 "loppuraportin kirjoittamiseen ja aineistojen siirtämiseen nuorisopalvelujen pysyviin kansioihin.")
bold_line(d, "Tietosuoja ja nuoren suostumus")
d.add_paragraph(
 "Tieto nuoresta siirtyy yläkoululta kouluetsivälle ja edelleen toisen asteen oppilaitokselle vain nuoren ja "
 "alle 18-vuotiaan huoltajan suostumuksella. Suostumuslomake laaditaan kaupungin tietosuojavastaavan kanssa "
 "elokuussa 2025. Kouluetsivät kirjaavat tapaamiset etsivän nuorisotyön asiakasrekisteriin, jolla on jo "
 "olemassa oleva rekisteriseloste. Seurantatiedot raportoidaan ohjausryhmälle ja rahoittajalle aina "
 "yhdistettyinä niin, ettei yksittäistä nuorta voi tunnistaa.")
bold_line(d, "Yhdenvertaisuus ja saavutettavuus")
d.add_paragraph(
 "Hanke kohdistuu nuoriin, joiden mahdollisuudet ovat syystä tai toisesta muita heikommat. Siksi toiminta "
 "järjestetään maksutta, ryhmien matkat korvataan ja haja-asutusalueen nuorille järjestetään kuljetus. "
 "Materiaalit tehdään selkokielellä ja tarvittaessa käännetään kolmelle kaupungissa yleisimmin puhutulle "
 "vieraalle kielelle. Nuorisovaltuusto arvioi kerran lukuvuodessa, kohteleeko toiminta nuoria yhdenvertaisesti.")
d.add_heading("Liite 2. Yhteistyökumppanien sitoumukset tiivistettynä", 1)
d.add_paragraph("Sitoumuskirjeet ovat hakemuksen liitteinä. Alla on tiivistetty, mihin kukin kumppani on sitoutunut.")
table(d, [
 ["Kumppani", "Sitoumus hankkeen aikana", "Sitoumus hankkeen jälkeen"],
 ["Kurkijärven yläkoulut (3)", "Tila kouluetsivälle, tunnistamiskeskustelut 9. luokilla, osallistuminen tapausneuvotteluihin",
  "Tunnistamiskeskustelut kirjataan oppilashuoltosuunnitelmiin (rehtorit)"],
 ["Kurkijärven lukio", "Saattaen siirron vastaanotto, poissaolotiedon välittäminen nuoren luvalla",
  "Vastaanottokäytäntö osaksi lukion opiskelijahuollon suunnitelmaa"],
 ["Järviseudun ammattiopisto Kaarna", "Tutustumiskäynnit, saattaen siirto, yhteyshenkilö kummassakin toimipisteessä",
  "Yhteyshenkilöt jatkavat opintopalvelupäällikön nimeäminä"],
 ["Ohjaamo Kurkijärvi", "Osallistuminen tapausneuvotteluihin, kesäajan päivystys", "Jatkaa osana Ohjaamon perustyötä"],
 ["Saarelan ja Vehmaan kunnat", "Tunnistamiskeskustelujen kokeilu lukuvuonna 2026–2027", "Päättävät itse jatkosta kokeilun perusteella"],
])
d.add_paragraph(
 "Sitoumuksista on keskusteltu jokaisen kumppanin kanssa erikseen tammi- ja helmikuussa 2025. Keskusteluissa "
 "nousi esiin, että oppilaitokset pitävät tärkeimpänä sitä, ettei hanke tuo niille uusia erillisiä "
 "kokouksia, vaan tapausneuvottelut voidaan liittää olemassa oleviin rakenteisiin. Tämä on otettu huomioon "
 "toimenpiteiden suunnittelussa. Ohjaamo puolestaan toivoi, että sen kesäajan päivystys ja kouluetsivien kesätyö "
 "sovitetaan yhteen niin, ettei nuori joudu kertomaan tarinaansa kahdesti. Naapurikunnat korostivat, että "
 "kokeilu on niille mahdollinen vain, jos perehdytys ja materiaalit tulevat valmiina eikä niiden tarvitse "
 "osoittaa kokeiluun omaa lisähenkilöstöä.")
d.add_paragraph(
 "Hyvinvointialueen perhe- ja sosiaalipalvelut ovat lupautuneet ohjausryhmään ja siihen, että lastensuojelun ja "
 "aikuissosiaalityön nuorten kanssa työskentelevät voivat ohjata nuoria kouluetsiville. Hyvinvointialueen "
 "opiskeluhuollon psykologit ja kuraattorit osallistuvat tapausneuvotteluihin tarpeen mukaan. Varsinaista "
 "sitoumusta toiminnan rahoittamiseen hankkeen jälkeen hyvinvointialue ei ole antanut, koska kouluetsivätyö "
 "on kaupungin nuorisotyön tehtävä; vakinaistamisen kustannuksista vastaa siksi kaupunki.")
d.save(OUT)
