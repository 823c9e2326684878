"""01: pitkä kunnan ESR+-hankehakemus, jossa seuratut muutokset, alaviitteet, ylä-/alatunniste,
yhdistetyt solut ja tyhjä palautelomake liitteenä. Ei havaintoja."""
import os
from apu import *

NIMI = "01_hankesuunnitelma_ikaantyneiden-digituki"
doc = uusi()
tekija(doc, "Tiina Mäkelä-Aho", "DigiArki hankehakemus")
yla_ala(doc, "Haapakosken kaupunki | DigiArki – hankehakemus | luonnos v0.9", "Sivistys- ja hyvinvointipalvelut")

MA = "Tiina Mäkelä-Aho"
JV = "Jarmo Vainikka"

p = kappale(doc, "HANKEHAKEMUS – HANKESUUNNITELMA", lihava=True)
p.runs[0].font.size = Pt(16)
p = kappale(doc, "DigiArki – ikääntyneiden digituki osaksi lähipalveluja", lihava=True)
p.runs[0].font.size = Pt(14)
kappale(doc, "Haapakosken kaupunki, sivistys- ja hyvinvointipalvelut")
kappale(doc, "Versio 0.9, 14.4.2025 (kommentoitavaksi ohjausryhmän esityslistalle)", kursiivi=True)

t = taulukko(doc, [
    ["Hankkeen perustiedot", ""],
    ["Hakija", "Haapakosken kaupunki (Y-tunnus 2874516-3)"],
    ["Hankkeen nimi", "DigiArki – ikääntyneiden digituki osaksi lähipalveluja"],
    ["Rahoitusohjelma", "Uudistuva ja osaava Suomi 2021–2027 -ohjelma, ESR+, sosiaalinen osallisuus"],
    ["Rahoittava viranomainen", "Etelä-Vellamon ELY-keskus"],
    ["Toteutusaika", "1.9.2025–31.8.2027"],
    ["Kustannusarvio", "362 800 euroa"],
    ["Yhteyshenkilö", "hyvinvointikoordinaattori Tiina Mäkelä-Aho, tiina.makela-aho@haapakoski.fi, puh. 040 712 3388"],
], leveydet=[5, 11])
a = t.cell(0, 0).merge(t.cell(0, 1))
a.text = "Hankkeen perustiedot"
a.paragraphs[0].runs[0].bold = True

otsikko(doc, "1 Tausta ja tarve", 1)
p = kappale(doc, "Haapakoski on noin 18 000 asukkaan kaupunki, jonka väestö ikääntyy selvästi maan keskiarvoa "
            "nopeammin. Vuoden 2023 lopussa yli 65-vuotiaita oli 31,4 prosenttia asukkaista, ja osuuden "
            "arvioidaan nousevan yli kolmannekseen vuoteen 2030 mennessä.")
alaviite(doc, p, "Tilastokeskus, väestörakenne 31.12.2023; Haapakosken kaupungin väestöennuste 2024–2040.")
kappale(doc, "Samaan aikaan yhä useampi palvelu on siirtynyt verkkoon. Pankkien konttoriverkko on harventunut, "
        "Kelan palvelupiste suljettiin keväällä 2022, ja terveyspalvelujen ajanvaraus ja reseptien uusiminen "
        "hoidetaan pääosin sähköisesti. Kaupungin asiointipisteessä ja kirjastossa näkyy päivittäin, että moni "
        "ikääntynyt ei pysty hoitamaan asioitaan verkossa ilman apua. Kirjaston henkilökunta kirjasi syksyllä 2024 "
        "kuuden viikon ajan kaikki digiavun pyynnöt: niitä kertyi 214, ja yli puolet koski vahvaa tunnistautumista, "
        "verkkopankkia tai Omakantaa.")
p = kappale(doc, "Haapakosken hyvinvointikertomuksessa (2023) ikääntyneiden digitaalinen syrjäytyminen on nostettu "
            "yhdeksi hyvinvoinnin riskitekijäksi. Valtakunnallisesti noin joka kolmas yli 75-vuotias ei käytä "
            "internetiä lainkaan.")
alaviite(doc, p, "Tilastokeskus, Väestön tieto- ja viestintätekniikan käyttö 2023.")
kappale(doc, "Digitukea tarjoavat nyt useat eri tahot toisistaan tietämättä: kirjasto, asiointipiste, "
        "Haapakosken Eläkeläiset ry:n vapaaehtoiset, seurakunnan diakoniatyö ja kansalaisopiston kurssit. Asukkaan "
        "on vaikea tietää, mistä apua saa ja milloin. Yhteistä ajanvarausta, yhteisiä ohjeita tai tilastointia ei "
        "ole. Hankkeen tarve nousi esiin kaupungin vanhusneuvoston aloitteesta, ja hakemusta valmisteltiin kahdessa "
        "työpajassa 12.3.2025 ja 26.3.2025, joihin osallistui 23 henkilöä kaupungilta, järjestöistä ja "
        "seurakunnasta.")

otsikko(doc, "2 Hankkeen tavoitteet", 1)
kappale(doc, "Hankkeen päämääränä on, että jokainen haapakoskelainen ikääntynyt saa tarvitsemansa tuen "
        "sähköiseen asiointiin läheltä ja tutulta ihmiseltä ja että tuki jää pysyväksi osaksi kaupungin ja "
        "järjestöjen arkea. Alla olevaan taulukkoon on koottu hankkeen kolme tavoitetta, niiden toimenpiteet ja "
        "tapa, jolla tavoitteen toteutumista seurataan.")
taulukko(doc, [
    ["Tavoite", "Toimenpiteet", "Mittari / arviointitapa"],
    ["1. Ikääntyneet osaavat käyttää keskeisiä sähköisiä palveluja itsenäisesti tai kevyen tuen turvin.",
     "Digitukipisteet kirjastoon ja kolmeen asukastupaan, viikoittaiset tukivuorot, pienryhmäkurssit "
     "(6 krt/kurssi) ja lainattavat tabletit (TP1).",
     "Tukikäyntien määrä (tavoite 1 200); osallistujien alku- ja loppukysely omasta osaamisesta; "
     "palautelomake tukikäynnin jälkeen (liite 1)."],
    ["2. Kaupungin, järjestöjen ja seurakunnan digituki toimii yhtenä koordinoituna verkostona.",
     "Digitukiverkoston perustaminen, yhteinen ajanvaraus ja tukikalenteri, vapaaehtoisten digikummien "
     "koulutus ja tuki (TP2).",
     "Verkostoon sitoutuneiden toimijoiden määrä (tavoite 8); verkostokysely hankkeen alussa ja lopussa; "
     "koulutettujen digikummien määrä (tavoite 25)."],
    ["3. Kirjaston, asiointipisteen ja asukastupien henkilöstö osaa ohjata asiakkaita digiasioinnissa osana "
     "omaa työtään.",
     "Digiohjaajakoulutus (4 koulutuspäivää), digilähettiläs jokaiseen työyksikköön, yhteinen ohjepankki (TP3).",
     "Koulutukseen osallistuneiden määrä (tavoite 40); osaamiskysely ennen ja jälkeen koulutuksen; "
     "ohjaustilanteiden kirjaus kahden viikon otantajaksoilla."],
], leveydet=[5.5, 5.5, 5.5])
kappale(doc, "")

otsikko(doc, "3 Kohderyhmät ja hyödynsaajat", 1)
kappale(doc, "Välitön kohderyhmä ovat yli 65-vuotiaat haapakoskelaiset, jotka eivät käytä sähköisiä palveluja "
        "tai käyttävät niitä vain toisen avustamana. Arviomme mukaan heitä on noin 2 000. Erityisesti halutaan "
        "tavoittaa yksin asuvat, haja-asutusalueella asuvat sekä ne, joiden äidinkieli on muu kuin suomi.")
kappale(doc, "Toinen kohderyhmä on henkilöstö: kirjaston, asiointipisteen ja asukastupien työntekijät (noin 45 "
        "henkilöä) sekä järjestöjen ja seurakunnan vapaaehtoiset. Välillisesti hyötyvät ikääntyneiden omaiset, "
        "joilta nyt kuluu paljon aikaa läheisten asioiden hoitamiseen, sekä Vellamon hyvinvointialueen "
        "palvelut, joiden sähköisten kanavien käyttö lisääntyy.")

otsikko(doc, "4 Toteutus", 1)
kappale(doc, "Hanke toteutetaan neljänä työpakettina. Työpaketit 1–3 vastaavat suoraan tavoitteita 1–3; "
        "työpaketti 4 kattaa hallinnoinnin, viestinnän ja tulosten juurruttamisen.")
otsikko(doc, "TP1 Digitukipisteet ja kurssit (tavoite 1)", 2)
kappale(doc, "Pääkirjastoon ja Kirkonkylän, Ahvenlammen ja Suojärven asukastupiin avataan digitukipiste, jossa "
        "on vähintään kerran viikossa ohjattu tukivuoro. Tukivuoroilla ikääntynyt voi tuoda oman laitteensa tai "
        "käyttää lainatablettia. Tuki on maksutonta eikä vaadi ajanvarausta, mutta ajan voi myös varata "
        "puhelimitse. Lisäksi järjestetään kuuden kerran pienryhmäkursseja (enintään 6 osallistujaa) aiheista "
        "verkkopankki, Omakanta ja hyvinvointialueen sähköiset palvelut, kuvien ja viestien lähettäminen "
        "läheisille sekä turvallinen asiointi ja huijausten tunnistaminen.")
kappale(doc, "Haja-asutusalueille tehdään kotikäyntejä yhteistyössä Haapakosken Eläkeläiset ry:n kanssa. "
        "Kursseista tehdään selkokieliset ohjeet, ja venäjän- ja arabiankielisille ryhmille järjestetään "
        "tulkattuja kertoja.")
otsikko(doc, "TP2 Digitukiverkosto ja vapaaehtoiset (tavoite 2)", 2)
kappale(doc, "Hankkeen alussa kootaan digitukiverkosto, johon kutsutaan kaikki Haapakoskella digitukea antavat "
        "tahot. Verkosto sopii yhteisestä tukikalenterista, jonka tiedot julkaistaan kaupungin verkkosivuilla ja "
        "paikallislehti Haapakosken Sanomissa, sekä yhteisestä puhelinnumerosta, josta asukas ohjataan lähimpään "
        "tukipisteeseen. Vapaaehtoisille digikummeille järjestetään peruskoulutus kahdesti vuodessa ja "
        "kuukausittaiset kummi-illat, joissa käydään läpi vaikeita tilanteita.")
otsikko(doc, "TP3 Henkilöstön digiohjausosaaminen (tavoite 3)", 2)
p = kappale(doc, "Kirjaston, asiointipisteen ja asukastupien henkilöstölle järjestetään neljän päivän "
            "digiohjaajakoulutus, jonka toteuttaa ostopalveluna ulkopuolinen kouluttaja. Jokaiseen "
            "työyksikköön nimetään digilähettiläs, joka ylläpitää yksikön ohjeita ja ")
lisays(p, "kokoaa yksikön kysymykset kuukausittaiseen lähettiläspalaveriin. ", JV, "2025-04-11T13:20:00Z")
ajo(p, "Hankkeen aikana koottavaan sähköiseen ohjepankkiin kerätään valmiit, selkokieliset ohjeet "
       "yleisimpiin asiointitilanteisiin.")
otsikko(doc, "TP4 Hallinnointi, viestintä ja juurruttaminen", 2)
kappale(doc, "Projektipäällikkö vastaa hankkeen hallinnoinnista, raportoinnista ja ohjausryhmän työskentelystä. "
        "Viestintää ja juurruttamista kuvataan tarkemmin luvuissa 10 ja 12.")

otsikko(doc, "5 Aikataulu", 1)
kappale(doc, "Hanke toteutetaan 1.9.2025–31.8.2027. Alla on karkea vaiheistus vuosineljänneksittäin.")
taulukko(doc, [
    ["Ajankohta", "Keskeiset toimenpiteet"],
    ["Q3–Q4/2025", "Henkilöstön rekrytointi, digitukiverkoston kokoaminen, alkukyselyt, tukipisteiden avaaminen "
     "kirjastossa ja Kirkonkylän asukastuvassa, juurruttamissuunnitelman laatiminen kirjaston kanssa"],
    ["Q1–Q2/2026", "Tukipisteet kaikkiin neljään paikkaan, ensimmäiset pienryhmäkurssit, digikummien "
     "peruskoulutus, digiohjaajakoulutuksen päivät 1–2"],
    ["Q3–Q4/2026", "Kurssit jatkuvat, digiohjaajakoulutuksen päivät 3–4, selkokieliset ja tulkatut ryhmät, "
     "väliarviointi ohjausryhmässä"],
    ["Q1–Q2/2027", "Naapurikuntien kokeilut, ohjepankin viimeistely, loppukyselyt, loppuseminaari kesäkuussa 2027"],
    ["Q3/2027 (heinä–elokuu)", "Toiminnan siirto kirjaston vastuulle, loppuraportti"],
], leveydet=[4, 12])
kappale(doc, "")

otsikko(doc, "6 Organisointi ja yhteistyökumppanit", 1)
kappale(doc, "Hankkeen hallinnoija on Haapakosken kaupunki, ja hanke sijoittuu sivistys- ja hyvinvointipalvelujen "
        "hyvinvoinnin edistämisen yksikköön. Hankkeessa työskentelee kokoaikainen projektipäällikkö ja kaksi "
        "digitukihenkilöä. Lisäksi kirjaston ja asiointipisteen henkilöstö osallistuu toimintaan omalla "
        "työajallaan.")
kappale(doc, "Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Siihen kuuluvat kirjastotoimenjohtaja "
        "(puheenjohtaja), asiointipisteen esimies, vanhusneuvoston edustaja, Haapakosken Eläkeläiset ry:n ja "
        "Haapakosken seurakunnan edustajat, Vellamon hyvinvointialueen ikäihmisten palvelujen edustaja, "
        "Haapakosken kansalaisopiston rehtori sekä rahoittajan edustaja asiantuntijajäsenenä.")
kappale(doc, "Yhteistyökumppaneita ovat Haapakosken Eläkeläiset ry (vapaaehtoiset ja kotikäynnit), Haapakosken "
        "seurakunta (diakoniatyö), Haapakosken kansalaisopisto (kurssitilat ja kurssien jatko), Vellamon "
        "hyvinvointialue (sähköiset sote-palvelut) sekä naapurikunnat Lehtimaa ja Routasalmi.")

otsikko(doc, "7 Kustannusarvio ja rahoitus", 1)
taulukko(doc, [
    ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
    ["Henkilöstökulut", "44 000", "132 000", "88 000", "264 000"],
    ["Ostopalvelut (koulutus, tulkkaus)", "4 000", "18 000", "12 000", "34 000"],
    ["Laitteet ja tarvikkeet", "9 000", "3 000", "0", "12 000"],
    ["Matkakulut", "1 200", "3 600", "2 400", "7 200"],
    ["Levitys- ja juurruttamistilaisuudet", "500", "2 000", "3 500", "6 000"],
    ["Flat rate 15 % henkilöstökuluista", "6 600", "19 800", "13 200", "39 600"],
    ["Yhteensä", "65 300", "178 400", "119 100", "362 800"],
], leveydet=[6, 2.5, 2.5, 2.5, 2.5])
p = kappale(doc, "Haettava ESR+-tuki on 80 prosenttia eli 290 240 euroa. Kaupungin omarahoitusosuus on ")
poisto(p, "25 %", JV, "2025-04-11T13:25:00Z")
lisays(p, "20 prosenttia", JV, "2025-04-11T13:25:00Z")
ajo(p, " eli 72 560 euroa, ja se on varattu sivistys- ja hyvinvointipalvelujen talousarvioon vuosille 2025–2027.")

otsikko(doc, "8 Seuranta ja arviointi", 1)
kappale(doc, "Hankkeen etenemistä seurataan taulukossa (luku 2) nimetyillä mittareilla. Tukikäynnit, kurssit ja "
        "osallistujamäärät kirjataan yhteiseen seurantataulukkoon viikoittain, ja niistä tehdään koonti "
        "ohjausryhmälle jokaiseen kokoukseen.")
kappale(doc, "Ikääntyneiltä kerätään palaute tukikäynnin jälkeen lyhyellä paperisella tai sähköisellä "
        "lomakkeella (liite 1), ja kurssien alussa ja lopussa osallistujat arvioivat omaa osaamistaan. "
        "Digitukiverkoston toimijoille tehdään verkostokysely syksyllä 2025 ja uudelleen keväällä 2027. "
        "Henkilöstön osaamista arvioidaan kyselyllä ennen digiohjaajakoulutusta ja sen jälkeen sekä kahden "
        "viikon kirjausjaksoilla, joissa työntekijät merkitsevät kaikki ohjaustilanteet.")
kappale(doc, "Hanketiimi pitää puolivuosittain itsearviointipäivän, jossa mittaritiedot käydään läpi ja "
        "toimintaa korjataan tarvittaessa. Väliarviointi käsitellään ohjausryhmässä loppuvuodesta 2026. Erillistä "
        "ulkoista arviointia ei hankkeen kokoluokassa hankita.")

otsikko(doc, "9 Odotetut tulokset ja vaikutukset", 1)
kappale(doc, "Hankkeen päättyessä Haapakoskella on neljä vakiintunutta digitukipistettä, yhteinen "
        "tukikalenteri ja -puhelin, koulutettujen digikummien joukko sekä henkilöstö, joka hallitsee "
        "digiohjauksen perusteet. Valmiina on myös selkokielinen ohjepankki ja kuvaus toimintamallista, jonka "
        "muut kunnat voivat ottaa käyttöön.")
kappale(doc, "Pidemmällä aikavälillä odotamme, että ikääntyneet hoitavat yhä useamman asian itse, omaisten "
        "kuormitus kevenee ja asiointipisteen jonot lyhenevät. Hankkeen myötä ikääntyneiden luottamus omaan "
        "osaamiseen paranee, mikä tukee kotona asumista ja osallisuutta.")

otsikko(doc, "10 Tulosten juurruttaminen ja toiminnan jatkuminen", 1)
kappale(doc, "Juurruttamista on mietitty jo hakuvaiheessa. Kirjastotoimenjohtaja ja asiointipisteen esimies "
        "ovat olleet mukana valmistelutyöpajoissa, ja lähtökohta on, että digituki siirtyy hankkeen jälkeen "
        "kirjaston perustehtäväksi. Hankkeen alussa, syys–lokakuussa 2025, laadimme kirjaston kanssa kirjallisen "
        "suunnitelman siitä, mitkä tehtävät siirtyvät kenellekin ja millä aikataululla.")
kappale(doc, "Kerromme tuloksista jatkuvasti niille, joiden pitää ne ottaa käyttöön: kirjaston ja "
        "asiointipisteen henkilöstölle henkilöstöinfoissa, järjestöille digitukiverkoston tapaamisissa sekä "
        "päättäjille sivistys- ja hyvinvointilautakunnassa kahdesti vuodessa.")
kappale(doc, "Toimintamallia muokataan hankkeen aikana myös muille ryhmille sopivaksi. Vuonna 2026 kokeillaan "
        "kevennettyä versiota työikäisille maahanmuuttaneille kansalaisopiston kotoutumiskoulutuksen "
        "yhteydessä sekä omaishoitajille, joilla ei ole aikaa osallistua kursseille päiväsaikaan.")
p = kappale(doc, "Naapurikunnat Lehtimaa ja Routasalmi ovat lupautuneet kokeilemaan digitukipisteen mallia omissa "
            "kirjastoissaan keväällä 2027. Hanke kouluttaa niiden henkilöstön ja antaa ohjeet ja lomakkeet "
            "käyttöön.")
lisays(p, " Kokemuksista kootaan lyhyt vertailu loppuraporttiin.", MA, "2025-04-12T08:05:00Z")
kappale(doc, "Pysyvyys varmistetaan niin, että digituki kirjataan kirjaston palvelukuvaukseen ja "
        "tukipisteiden kustannukset esitetään vuoden 2028 talousarvioon. Hankkeen päätyttyä digituen "
        "jatkumisesta vastaa Haapakosken kaupunginkirjaston kirjastotoimenjohtaja Marjut Lepistö, ja "
        "digitukiverkoston koordinointi siirtyy kirjaston palvelupäällikölle. Kansalaisopisto jatkaa "
        "pienryhmäkursseja osana lukuvuoden kurssitarjontaansa.")
kappale(doc, "Juurruttamiseen varataan noin viidennes projektipäällikön työajasta koko hankkeen ajan sekä "
        "kustannusarvion rivi levitys- ja juurruttamistilaisuuksille (6 000 euroa). Toimintamalli ja ohjepankki "
        "kuvataan Innokylään ja kaupungin verkkosivuille, ja hankkeen loppuseminaari kesäkuussa 2027 on avoin "
        "kaikille Vellamon alueen kunnille.")

otsikko(doc, "11 Riskit", 1)
taulukko(doc, [
    ["Riski", "Todennäköisyys", "Miten varaudumme"],
    ["Ikääntyneet eivät löydä tukipisteisiin", "keskisuuri",
     "Tiedotus paikallislehdessä ja seurakunnan kanavissa, kotikäynnit, omaisten kautta tavoittaminen"],
    ["Vapaaehtoisia ei saada riittävästi", "keskisuuri", "Yhteistyö eläkeläisjärjestön kanssa, kummi-illat ja kiitostilaisuudet"],
    ["Henkilöstöllä ei ole aikaa ohjaukseen", "suuri",
     "Tehtävien sopiminen esimiesten kanssa jo hankkeen alussa, digilähettiläät"],
    ["Avainhenkilön vaihtuminen", "pieni", "Dokumentoidut ohjeet ja työparityöskentely"],
], leveydet=[5, 3, 8])
kappale(doc, "")

otsikko(doc, "12 Viestintä", 1)
kappale(doc, "Hankkeen viestinnän tärkein kohderyhmä ovat ikääntyneet itse, ja siksi painopiste on painetussa "
        "ja kasvokkaisessa viestinnässä: ilmoitukset Haapakosken Sanomissa, julisteet kaupoissa ja "
        "terveysasemalla, seurakunnan ja eläkeläisjärjestöjen tilaisuudet sekä tukikalenteri kaupungin "
        "verkkosivuilla. Henkilöstölle ja päättäjille viestitään intranetissä ja lautakunnissa. Hankkeen "
        "tuloksista kirjoitetaan vuosittain juttu kaupungin asukaslehteen, ja loppuseminaarin aineistot "
        "julkaistaan verkossa. Viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa.")

otsikko(doc, "13 Hankkeen yhteys rahoitusohjelman tavoitteisiin", 1)
kappale(doc, "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman sosiaalisen osallisuuden "
        "tavoitetta: se vahvistaa niiden ihmisten osallisuutta, joiden riski jäädä palvelujen ulkopuolelle on "
        "suurin. Digitaalinen syrjäytyminen on ikääntyneillä usein osa laajempaa syrjäytymistä: kun asiointi ei "
        "onnistu, yhteydenpito viranomaisiin ja läheisiin vähenee ja arki kapenee. Hanke tukee myös ohjelman "
        "tavoitetta julkisten palvelujen saavutettavuudesta, koska se tuo tuen sinne, missä ihmiset jo "
        "liikkuvat: kirjastoon ja kylien asukastupiin.")
kappale(doc, "Hanke ei päällekkäisty alueen muiden hankkeiden kanssa. Vellamon hyvinvointialueen "
        "Sujuva asiointi -hanke kehittää hyvinvointialueen omia sähköisiä palveluja, ja sen kanssa on sovittu, "
        "että DigiArki välittää tietoa käyttäjien kohtaamista ongelmista. Kansalaisopiston digikurssit "
        "jatkuvat ennallaan, ja hankkeen pienryhmät on suunniteltu niille, jotka eivät pääse tai uskalla "
        "tavallisille kursseille.")

otsikko(doc, "14 Yhdenvertaisuus, tasa-arvo ja saavutettavuus", 1)
kappale(doc, "Hankkeen kaikki palvelut ovat maksuttomia. Tukipisteet sijaitsevat esteettömissä tiloissa, ja "
        "kotikäynnit tavoittavat ne, jotka eivät pääse liikkumaan. Ohjeet tehdään selkokielellä ja isolla "
        "fontilla, ja keskeisimmät ohjeet käännetään venäjäksi ja arabiaksi. Kuulovammaisille asiakkaille "
        "varataan mahdollisuus asioida kirjoitustulkin kanssa.")
kappale(doc, "Aiempien kokemusten mukaan digituen asiakkaista noin kaksi kolmasosaa on naisia. Yksin asuvia "
        "ikääntyneitä miehiä pyritään tavoittamaan erityisesti eläkeläisjärjestön, metsästysseurojen ja "
        "kyläyhdistysten kautta sekä kotikäynneillä. Osallistujista kerätään sukupuolen ja ikäryhmän mukaan "
        "eritellyt tiedot, jotta nähdään, tavoittaako toiminta eri ryhmät.")

otsikko(doc, "15 Ympäristö ja kestävä kehitys", 1)
kappale(doc, "Sähköinen asiointi vähentää asiointimatkoja erityisesti haja-asutusalueilla, joilla matkat "
        "kirkonkylälle ovat pitkiä. Lainatabletteina käytetään kaupungin käytöstä poistuvia laitteita, jotka "
        "kunnostetaan, ja hankinnat tehdään kaupungin ympäristökriteerien mukaisesti. Kokoukset pidetään "
        "mahdollisuuksien mukaan etänä.")

kappale(doc, "")
p = kappale(doc, "Haapakoskella ")
poisto(p, "xx.xx.2025", MA, "2025-04-14T10:00:00Z")
lisays(p, "14.4.2025", MA, "2025-04-14T10:00:00Z")
kappale(doc, "Kaisa Honkanen, sivistys- ja hyvinvointijohtaja")

doc.add_page_break()
otsikko(doc, "Liite 1. Digituen palautelomake (tukikäynnin jälkeen)", 1)
kappale(doc, "Lomake täytetään tukikäynnin lopuksi. Vastaaminen on vapaaehtoista ja nimetöntä.", kursiivi=True)
kappale(doc, "Päivämäärä: ____________    Tukipiste: ______________________")
kappale(doc, "Minkä asian kanssa sait tänään apua?")
kappale(doc, "☐ verkkopankki   ☐ Omakanta / reseptit   ☐ hyvinvointialueen ajanvaraus   ☐ puhelimen käyttö   ☐ muu: __________")
kappale(doc, "Saitko asiasi hoidettua?   ☐ kyllä   ☐ osittain   ☐ ei")
kappale(doc, "Osaisitko seuraavalla kerralla hoitaa asian itse?   ☐ kyllä   ☐ ehkä   ☐ en")
kappale(doc, "Mitä muuta haluaisit sanoa?")
kappale(doc, "______________________________________________________________")
kappale(doc, "______________________________________________________________")
kappale(doc, "Kiitos vastauksestasi!", kursiivi=True)

doc.add_page_break()
otsikko(doc, "Liite 2. Hankehenkilöstö ja tehtävät", 1)
taulukko(doc, [
    ["Tehtävä", "Työaika", "Keskeiset tehtävät"],
    ["Projektipäällikkö", "100 %, 1.9.2025–31.8.2027",
     "Hankkeen johtaminen ja talous, ohjausryhmän sihteeri, raportointi rahoittajalle, digitukiverkoston "
     "koordinointi, juurruttamissuunnitelman valmistelu kirjaston kanssa, viestintä"],
    ["Digitukihenkilö (2)", "100 %, 1.10.2025–31.8.2027",
     "Tukivuorot ja kotikäynnit, pienryhmäkurssien ohjaus, digikummien perehdytys, seurantatietojen kirjaus"],
    ["Kirjaston palvelupäällikkö", "n. 10 % omasta työajasta (kaupungin omarahoitus)",
     "Tukipisteiden järjestäminen kirjastossa, henkilöstön osallistuminen koulutuksiin, vastuun siirron "
     "valmistelu"],
], leveydet=[4, 4, 8.5])
kappale(doc, "")
kappale(doc, "Henkilöstö rekrytoidaan julkisella haulla. Digitukihenkilöiltä edellytetään kokemusta "
        "ohjaustyöstä ja sähköisistä palveluista sekä kykyä selittää asioita kärsivällisesti ja selkeästi. "
        "Eduksi katsotaan venäjän tai arabian kielen taito.")

otsikko(doc, "Liite 3. Yhteenveto valmistelutyöpajoista", 1)
kappale(doc, "Hakemusta valmisteltiin kahdessa työpajassa kaupungintalolla 12.3.2025 ja 26.3.2025. "
        "Osallistujia oli yhteensä 23: kirjaston, asiointipisteen ja hyvinvoinnin edistämisen henkilöstöä, "
        "vanhusneuvoston jäseniä sekä Haapakosken Eläkeläiset ry:n, seurakunnan, kansalaisopiston ja Vellamon "
        "hyvinvointialueen edustajia.")
kappale(doc, "Ensimmäisessä työpajassa koottiin nykyiset digituen muodot ja niiden ongelmat. Eniten "
        "mainintoja saivat seuraavat:")
luettelo(doc, [
    "asukas ei tiedä, mistä apua saa ja milloin",
    "vapaaehtoiset jäävät yksin vaikeiden tilanteiden kanssa (esim. valtakirja-asiat, huijausepäilyt)",
    "kirjaston henkilöstöllä ei ole aikaa pitkiin ohjaustilanteisiin asiakaspalvelun lomassa",
    "kylien ikääntyneille matka keskustaan on liian pitkä pelkän neuvonnan vuoksi",
])
kappale(doc, "Toisessa työpajassa ideoitiin ratkaisuja ja sovittiin, että hankkeen ytimeksi otetaan "
        "tukipisteiden verkosto, yhteinen tukikalenteri ja henkilöstön osaamisen vahvistaminen. Osallistujat "
        "korostivat, että toiminnan pitää jatkua hankkeen jälkeen ja että vastuu siitä on sovittava heti. "
        "Tämän vuoksi kirjastotoimenjohtaja on ollut mukana hakemuksen kirjoittamisessa, ja luvun 10 "
        "vastuunjako on käyty läpi sivistys- ja hyvinvointijohtajan kanssa.")
kappale(doc, "Työpajojen muistiot ovat saatavilla hankkeen yhteyshenkilöltä.")

tallenna(doc, os.path.join(KOHDE, NIMI + ".docx"))
odotettu(os.path.join(KOHDE, NIMI), "hankesuunnitelma", [])
print("ok", NIMI)
