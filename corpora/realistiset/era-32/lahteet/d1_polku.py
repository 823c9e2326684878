from apu import *

doc = Document()
doc.add_heading("Polku töihin – kotoutumisen ja työllistymisen yhteinen palveluketju", 0)
doc.add_paragraph("ESR+-hankehakemus, Uudistuva ja osaava Suomi 2021–2027 -ohjelma, toimintalinja 4, erityistavoite 4.1")
doc.add_paragraph("Hakija: Lehtikosken kaupunki, elinvoimapalvelut / työllisyyspalvelut. Osatoteuttaja: Järvi-Pohjanmaan hyvinvointialue, maahanmuuttopalvelut.")
doc.add_paragraph("Versio 2, 4.3.2025 (luonnos ohjausryhmän kommentteja varten)")

doc.add_heading("Tiivistelmä", 1)
paras(doc, """
Lehtikoskeen ja sen naapurikuntiin on viime vuosina muuttanut aiempaa enemmän ihmisiä ulkomailta, mutta
heidän tiensä työhön on pitkä ja katkonainen. Asiakas asioi samaan aikaan kaupungin työllisyyspalveluissa,
hyvinvointialueen sosiaalityössä ja maahanmuuttopalveluissa sekä kielikoulutuksessa, eikä kukaan näe
kokonaisuutta. Polku töihin -hanke rakentaa näistä yhden ketjun.

Hankkeen jälkeen kotoutuja pääsee nopeammin töihin tai ammatilliseen koulutukseen, hän oppii suomea
työpaikalla eikä vain luokkahuoneessa, paikalliset yritykset uskaltavat palkata maahan muuttaneita ja
kaupungin sekä hyvinvointialueen työntekijät toimivat yhteisellä asiakasohjauksen mallilla. Työ tehdään
neljässä työpaketissa kahden vuoden aikana, ja sen tulokset siirretään osaksi hyvinvointialueen ja
kaupungin pysyviä palveluja.
""")

doc.add_heading("1 Hankkeen tausta ja tarve", 1)
paras(doc, """
Lehtikosken kaupungissa asui vuoden 2024 lopussa 41 300 asukasta, joista vieraskielisiä oli 3 150 eli 7,6
prosenttia. Vuonna 2019 osuus oli vielä 4,1 prosenttia. Kasvu on tullut ennen kaikkea työperäisestä ja
perhesyistä tapahtuvasta muutosta sekä vuosien 2022–2023 tilapäistä suojelua saaneista ukrainalaisista.
Kaupungin työllisyyspalvelujen asiakkaista vieraskielisiä oli vuonna 2024 keskimäärin 610, ja heistä
yli puolet oli ollut työttömänä yli vuoden.

Työvoima- ja elinkeinopalvelujen siirtyminen kuntien vastuulle 1.1.2025 (TE24-uudistus) ja kotoutumislain
uudistus toivat kaupungille uusia tehtäviä: kotoutumisen alkuvaiheen palvelut, alkukartoitukset ja
kotoutumissuunnitelmat kuuluvat nyt kunnalle, kun taas sosiaalipalvelut, mielenterveyspalvelut ja osa
maahanmuuttopalveluista ovat hyvinvointialueella. Raja kulkee usein asiakkaan elämän keskeltä.

Keräsimme syksyllä 2024 tietoa asiakkaiden ja työntekijöiden kokemuksista. Kahdessa valmistelutyöpajassa
(17.10.2024 ja 21.11.2024) oli mukana 26 ammattilaista kaupungilta, hyvinvointialueelta, Lehtikosken
aikuisopistosta ja Pohjanrannan ammattiopistosta. Lisäksi haastattelimme tulkin avulla 14 asiakasta.
Kuvaan toistuivat samat asiat:

- asiakas kertoo tarinansa moneen kertaan eri ammattilaisille, eikä tieto kulje
- kielikoulutus ja työkokeilu ovat peräkkäin, vaikka ne voisivat olla rinnakkain
- työnantajat kokevat palkkatuen ja perehdytyksen byrokratian raskaaksi ja pelkäävät kielimuuria
- kotona lapsia hoitavat äidit jäävät kokonaan palvelujen ulkopuolelle
- sosiaalityön ja työllisyyspalvelujen välillä ei ole sovittua tapaa konsultoida toisiaan.

Alkukartoituksesta ensimmäiseen työsuhteeseen tai tutkintoon johtavaan koulutukseen kului kaupungin
asiakastietojärjestelmän mukaan vuonna 2023 keskimäärin 14 kuukautta. Valtakunnallisissa selvityksissä
(esimerkiksi työ- ja elinkeinoministeriön kotoutumisen kokonaiskatsaus 2023) viive on samaa luokkaa, mutta
pienillä paikkakunnilla tilannetta pahentaa se, ettei erikoistuneita palveluja ole lähellä.

Hanke liittyy suoraan Lehtikosken kaupunkistrategiaan 2023–2030 (tavoite "jokainen osaaja käyttöön") ja
Järvi-Pohjanmaan hyvinvointialueen palvelustrategian kohtaan, jossa painotetaan yhteisiä palvelupolkuja
kuntien kanssa. Hanke ei korvaa lakisääteisiä palveluja vaan kehittää niiden yhteistä toimintatapaa.
""")

doc.add_heading("2 Kenelle hanke on?", 1)
doc.add_paragraph("Hankkeen kohderyhmät *", style="Intense Quote")
sdt(doc, [
    "Välitön kohderyhmä ovat Lehtikoskella ja Kivijärven sekä Ahonkylän kunnissa asuvat maahan muuttaneet "
    "työikäiset (18–64 v), jotka ovat kotoutumispalvelujen tai työllisyyspalvelujen asiakkaita. Arvioimme, "
    "että hankkeen palveluihin osallistuu kahden vuoden aikana noin 220 henkilöä. Erityisesti haluamme "
    "tavoittaa kotona lapsia hoitavat vanhemmat (enimmäkseen äidit) sekä yli 50-vuotiaat, joiden "
    "aiempi ammattitaito ei ole tunnistettu Suomessa.",
    "Toinen kohderyhmä ovat alueen työnantajat, erityisesti hoiva-, logistiikka-, kiinteistö- ja "
    "metalliala, joissa on pulaa työntekijöistä. Kolmas kohderyhmä ovat kaupungin, hyvinvointialueen ja "
    "oppilaitosten ammattilaiset (noin 60 henkilöä), joiden työtapa muuttuu hankkeen myötä.",
], tag="kohderyhma", label="Hankkeen kohderyhmät")
paras(doc, """
Välillisesti hankkeesta hyötyvät asiakkaiden perheet, erityisesti lapset, joiden vanhempien
työllistyminen vähentää perheen köyhyysriskiä, sekä alueen elinkeinoelämä laajemmin.
""")

doc.add_heading("3 Mitä haluamme saada aikaan?", 1)
doc.add_paragraph("Hankkeen päätavoitteena on, että maahan muuttaneet löytävät Lehtikosken seudulla tiensä "
                  "työhön sujuvammin ja että palvelut tukevat heitä yhtenä kokonaisuutena. Päätavoite jakautuu "
                  "neljään osatavoitteeseen:")
goals = [
    "1) Tavoitteenamme on, että kotoutujan polku alkukartoituksesta työhön tai tutkintoon johtavaan koulutukseen lyhenee selvästi nykyisestä.",
    "2) Haluamme, että asiakkaiden suomen kielen taito ja työelämätaidot vahvistuvat työn ja työkokeilun ohessa eikä vain luokkahuoneessa.",
    "3) Hankkeen myötä alueen työnantajien valmius rekrytoida ja perehdyttää maahan muuttaneita työntekijöitä paranee.",
    "4) Kaupungin ja hyvinvointialueen palvelut toimivat asiakkaan näkökulmasta yhtenä ketjuna, jolla on yhteinen asiakasohjauksen malli.",
]
for g in goals:
    doc.add_paragraph(g)
paras(doc, """
Tavoitteet on muotoiltu yhdessä valmistelutyöpajojen osallistujien kanssa. Ne tukevat ESR+-ohjelman
erityistavoitetta, jossa pyritään edistämään maahan muuttaneiden sosioekonomista integraatiota, sekä
kaupungin omaa työllisyydenhoidon ohjelmaa.
""")

doc.add_heading("4 Toteutus työpaketeittain", 1)
doc.add_heading("Työpaketti 1: Yhden luukun polku", 2)
paras(doc, """
Työpaketti vastaa suoraan ensimmäiseen osatavoitteeseen eli siihen, että matka työhön tai koulutukseen
lyhenee. Rakennamme kaupungin kotoutumispalvelujen tiloihin Kauppakadulle yhteisen palvelupisteen, jossa
asiakas tapaa samalla käynnillä työllisyysasiantuntijan, hyvinvointialueen maahanmuuttokoordinaattorin ja
tarvittaessa sosiaaliohjaajan. Alkukartoitus ja kotoutumissuunnitelma tehdään yhdessä, ja asiakkaan
kanssa sovitaan heti ensimmäinen konkreettinen askel: työkokeilu, kielikurssi, osaamisen tunnistaminen tai
ammatillinen koulutus.

Kokeilemme syksyllä 2025 kahden viikon "nopean polun" mallia, jossa asiakkaalle tarjotaan ensimmäinen
työelämäjakso jo kuukauden kuluessa alkukartoituksesta. Kokemusten perusteella malli laajennetaan
keväällä 2026 kaikkiin kolmeen kuntaan. Lisäksi otamme käyttöön aiemman osaamisen tunnistamisen
lomakkeen, joka on käännetty arabiaksi, ukrainaksi, dariksi ja englanniksi, ja sovimme Pohjanrannan
ammattiopiston kanssa, että tunnistettu osaaminen voidaan hyväksyä osaksi tutkintoa.
""")
doc.add_heading("Työpaketti 2: Suomea työn lomassa", 2)
paras(doc, """
Toinen työpaketti tukee kielitaidon ja työelämätaitojen kehittymistä. Aikuisopiston suomen kielen opettaja
ja hankkeen työvalmentaja jalkautuvat työkokeilupaikoille. Opettaja tekee työpaikalla sanastoa ja
tilanneharjoituksia, ja työpaikan oma ohjaaja saa lyhyen selkokieli- ja kielitietoisen ohjauksen
koulutuksen. Kokeilemme kolmea mallia: kielikurssi ja työkokeilu samalla viikolla (3+2 päivää),
työpaikkaopetus kerran viikossa sekä verkkopohjainen ammattisanaston tuki mobiilisovelluksella.

Kotona lapsia hoitaville vanhemmille järjestämme perhetalolla kielikahvilan ja työelämätaitojen ryhmän,
jossa on samaan aikaan lastenhoito. Ryhmä toimii aluksi kerran viikossa ja siitä ohjataan eteenpäin
työkokeiluun tai koulutukseen.
""")
doc.add_heading("Työpaketti 3: Työnantajien kumppanuus", 2)
paras(doc, """
Kolmannen työpaketin tarkoitus on madaltaa yritysten kynnystä palkata maahan muuttaneita. Hankkeen
yritysyhteistyöasiantuntija kiertää alueen yrityksissä yhdessä kaupungin elinkeinopalvelujen kanssa ja
kertoo rekrytointia tukevista palveluista. Järjestämme työnantajille lyhyitä aamupäiväkoulutuksia
monikulttuurisesta perehdytyksestä, selkokielisestä työopastuksesta ja palkkatuen hakemisesta.

Kokoamme yritysten kanssa yhteisen perehdytyspaketin (kuvitetut työturvallisuusohjeet, sanastot,
perehdytyksen tarkistuslista), jonka yritys voi ottaa käyttöön sellaisenaan. Rekrytointitapahtumia
järjestetään kaksi kertaa vuodessa yhdessä yrittäjäjärjestön kanssa, ja työnantajille nimetään yksi
yhteyshenkilö, jolta saa avun kaikkiin palkkaamiseen liittyviin kysymyksiin.
""")
doc.add_heading("Työpaketti 4: Yhteinen asiakasohjaus", 2)
paras(doc, """
Neljäs työpaketti luo kaupungin ja hyvinvointialueen välille yhteisen tavan ohjata asiakkaita.
Kuvaamme palveluketjun yhdessä työntekijöiden kanssa prosessityöpajoissa, sovimme konsultaatiokäytännöt
(esimerkiksi viikoittainen moniammatillinen asiakasryhmä) ja laadimme yhteisen suostumuslomakkeen, jonka
avulla asiakkaan tiedot voidaan asiakkaan luvalla välittää palvelusta toiseen. Työpaketissa koulutetaan
noin 60 ammattilaista ratkaisukeskeiseen ja kulttuurisensitiiviseen asiakastyöhön.

Lopputuloksena on kirjattu asiakasohjauksen malli, joka hyväksytään sekä kaupungin että hyvinvointialueen
johtoryhmissä. Malli testataan ensin Lehtikoskella ja sen jälkeen Kivijärvellä ja Ahonkylässä, joissa
palveluja on vähemmän ja joissa osa palveluista annetaan etäyhteydellä.
""")

doc.add_heading("5 Aikataulu", 1)
tracked(doc, [
    ("n", "Hankkeen toteutusaika on 1.9.2025–"),
    ("d", "31.12.2026"),
    ("i", "31.8.2027"),
    ("n", ". Hankeaikaa pidennettiin ohjausryhmän esityksestä, jotta toisen vuoden kokemukset ehditään vakiinnuttaa."),
])
table(doc, [
    ["Vaihe", "2025 (syys–joulu)", "2026", "2027 (tammi–elo)"],
    ["Käynnistys, henkilöstön rekrytointi, ohjausryhmä", "X", "", ""],
    ["TP1 nopean polun kokeilu ja laajennus", "X", "X", ""],
    ["TP2 työpaikkaopetuksen mallit", "", "X", "X"],
    ["TP3 työnantajakoulutukset ja rekrytointitapahtumat", "X", "X", "X"],
    ["TP4 asiakasohjauksen mallin kuvaus ja hyväksyminen", "", "X", "X"],
    ["Loppuseminaari ja loppuraportti", "", "", "X"],
])
paras(doc, """
Loppuseminaari pidetään kesäkuussa 2027 ja loppuraportti valmistuu elokuussa 2027 ennen hankkeen
päättymistä.
""")

doc.add_heading("6 Miten arvioimme onnistumista?", 1)
paras(doc, """
Hankkeella on sisäinen itsearviointi, jota hankepäällikkö koordinoi, ja ohjausryhmä käsittelee
arviointitiedon puolivuosittain. Lisäksi ostamme pienimuotoisen ulkoisen arvioinnin Pohjanrannan
ammattikorkeakoulun TKI-palveluilta vuonna 2027.

Polun lyhenemistä (osatavoite 1) seuraamme asiakastietojärjestelmän raportilla: mittarina on
keskimääräinen aika alkukartoituksesta ensimmäiseen vähintään kolmen kuukauden työsuhteeseen tai
tutkintoon johtavaan koulutukseen. Lähtötaso on 14 kuukautta (2023), ja tavoitteena on 10 kuukautta
hankkeen asiakkailla. Seuraamme myös niiden asiakkaiden osuutta, jotka ovat työssä tai koulutuksessa
kuuden kuukauden kuluttua hankkeen palvelusta.
""")
sdt(doc,
    "Kielitaidon ja työelämätaitojen kehittymistä arvioidaan työpaikkaopetuksen alussa ja lopussa tehtävällä "
    "kielitaidon tasoarviolla (Eurooppalainen viitekehys, puhuminen ja ymmärtäminen) sekä työpaikkaohjaajan "
    "täyttämällä työelämätaitojen arviointilomakkeella. Tavoitteena on, että 60 % osallistujista nostaa "
    "puhumisen taitotasoaan vähintään puolella tasolla.",
    tag="mittari_tp2", label="Mittari, osatavoite 2")
paras(doc, """
Yhteisen asiakasohjauksen toimivuutta (osatavoite 4) arvioimme asiakaspalautteella, joka kerätään
selkokielisellä ja kuvitetulla lomakkeella neljällä kielellä, ammattilaisille tehtävällä kyselyllä
hankkeen alussa ja lopussa sekä laskemalla, kuinka usein asiakas joutuu asioimaan eri palveluissa saman
asian vuoksi. Vertailutieto kerätään syksyllä 2025 ennen mallin käyttöönottoa.

Asiakkaat osallistuvat arviointiin myös kokemusasiantuntijoina: kaksi kotoutumisen polun käynyttä
henkilöä palkataan osa-aikaisesti ideoimaan ja arvioimaan palvelua.
""")

doc.add_heading("7 Tulokset ja vaikutukset", 1)
paras(doc, """
Hankkeen konkreettisia tuotoksia ovat yhteinen palvelupiste, nopean polun toimintamalli, kolme kuvattua
työpaikkaopetuksen mallia, työnantajien perehdytyspaketti ja kaupungin ja hyvinvointialueen yhteinen
asiakasohjauksen malli. Kaikki mallit kuvataan Innokylään.

Pidemmän aikavälin vaikutuksena odotamme, että maahan muuttaneiden työllisyysaste seudulla nousee ja
pitkäaikaistyöttömyys vähenee, että asiakkaiden kokemus palveluista paranee ja että palveluihin käytetty
työaika kohdistuu paremmin, kun päällekkäiset käynnit vähenevät. Työllisyysasteen muutos ei selity
pelkästään hankkeella, mutta sen kehitystä seurataan osana kaupungin työllisyyskatsausta.
""")

doc.add_heading("8 Juurruttaminen ja tulosten levittäminen", 1)
paras(doc, """
Olemme suunnitelleet juurruttamisen 4V-mallin mukaan, ja työ alkaa jo hakuvaiheessa: hakemus on valmisteltu
yhdessä hyvinvointialueen maahanmuuttopalvelujen palvelupäällikön ja kaupungin työllisyyspalvelujen
johtajan kanssa, ja molemmat organisaatiot ovat sitoutuneet hankkeeseen johtoryhmiensä päätöksillä
(kaupunki 11.2.2025, hyvinvointialue 18.2.2025).

Viestintä. Kerromme hankkeen alusta asti ammattilaisille, asiakkaille ja työnantajille, mitä kehitämme ja
miksi. Ammattilaisille järjestetään hankkeen alussa infotilaisuudet kaikissa kolmessa kunnassa.

Variointi. Mallit räätälöidään eri kohderyhmille: kotona lapsia hoitaville vanhemmille oma ryhmämuoto,
yli 50-vuotiaille osaamisen tunnistamiseen painottuva polku ja pienille kunnille etäyhteyttä hyödyntävä
versio. Kokeiluista kerätty palaute ohjaa muokkauksia.

Valtavirtaistaminen. Kutsumme keväällä 2027 kaksi hankkeen ulkopuolista hyvinvointialueen kuntaa
kokeilemaan asiakasohjauksen mallia omassa työssään hankkeen tuella, ja esittelemme mallin maakunnallisessa
kotoutumisen yhteistyöryhmässä.

Vakiinnuttaminen. Hankkeen päättyessä yhteinen palvelupiste ja asiakasohjauksen malli siirtyvät pysyväksi
toiminnaksi. Palvelupisteen jatkosta vastaa kaupungin työllisyyspalvelujen johtaja, ja asiakasohjauksen
mallin ylläpidosta hyvinvointialueen maahanmuuttopalvelujen palvelupäällikkö. Jatkon rahoitus esitetään
kaupungin ja hyvinvointialueen vuoden 2027 talousarvioihin, jotka valmistellaan syksyllä 2026.
Juurruttamiseen on varattu hankepäällikön työajasta 20 prosenttia koko hankkeen ajan sekä 15 000 euroa
mallien kuvaamiseen, käännöksiin ja koulutusmateriaaleihin.

Tuloksia levitetään Innokylässä, kaupungin ja hyvinvointialueen verkkosivuilla, loppuseminaarissa
kesäkuussa 2027 sekä Kotoutumisen osaamiskeskuksen verkostotapaamisissa.
""")

doc.add_heading("9 Organisointi ja yhteistyö", 1)
paras(doc, """
Hanketta hallinnoi Lehtikosken kaupungin elinvoimapalvelut. Hankkeessa työskentelee hankepäällikkö (100 %),
kaksi työvalmentajaa (100 %), yritysyhteistyöasiantuntija (100 %) ja hyvinvointialueen osatoteutuksessa
maahanmuuttokoordinaattori (100 %). Kokemusasiantuntijoita on kaksi (yhteensä 40 %).

Ohjausryhmään kuuluvat kaupungin työllisyyspalvelujen johtaja (puheenjohtaja), hyvinvointialueen
maahanmuuttopalvelujen palvelupäällikkö, aikuisopiston rehtori, Pohjanrannan ammattiopiston edustaja,
yrittäjäjärjestön edustaja, Kivijärven ja Ahonkylän kuntien edustajat, ELY-keskuksen edustaja
asiantuntijajäsenenä sekä yksi kokemusasiantuntija. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa.
""")

doc.add_heading("10 Riskit", 1)
table(doc, [
    ["Riski", "Todennäköisyys", "Miten varaudumme"],
    ["Henkilöstön rekrytointi viivästyy", "keskisuuri", "Rekrytointi käynnistetään heti rahoituspäätöksen jälkeen; tehtävät voidaan aloittaa osittain kaupungin nykyisellä henkilöstöllä."],
    ["Kotona olevat vanhemmat eivät tavoitu", "suuri", "Jalkautuminen perhetaloihin ja neuvoloihin, lastenhoito ryhmien ajaksi, yhteistyö järjestöjen kanssa."],
    ["Tietojen siirto organisaatioiden välillä ei onnistu", "keskisuuri", "Suostumuslomake ja tietosuojavastaavien osallistaminen jo alussa."],
    ["Yritysten kiinnostus on vähäistä", "pieni", "Yhteistyö yrittäjäjärjestön kanssa, yksi yhteyshenkilö työnantajille."],
])

doc.add_heading("11 Viestintä", 1)
paras(doc, """
Hankkeelle laaditaan viestintäsuunnitelma ensimmäisen kolmen kuukauden aikana. Asiakkaille viestitään
selkokielellä ja neljällä kielellä sekä esitteinä että lyhyinä videoina, joita jaetaan palvelupisteessä ja
yhteisöjen omissa kanavissa. Työnantajille viestitään yrittäjäjärjestön uutiskirjeessä ja kaupungin
elinkeinopalvelujen kautta. Hankkeella on oma sivu kaupungin verkkosivuilla, ja hankkeen etenemisestä
kerrotaan LinkedInissä noin kerran kuukaudessa.
""")

doc.add_heading("12 Kustannusarvio ja rahoitus", 1)
table(doc, [
    ["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
    ["Henkilöstökulut", "98 400", "295 200", "196 800", "590 400"],
    ["Ostopalvelut (ulkoinen arviointi, käännökset, tulkkaus)", "6 000", "18 000", "21 000", "45 000"],
    ["Muut kulut (tilat, matkat, materiaalit, 15 % henkilöstökuluista)", "14 760", "44 280", "29 520", "88 560"],
    ["Yhteensä", "119 160", "357 480", "247 320", "723 960"],
])
paras(doc, """
Haettava ESR+-tuki on 70 prosenttia eli 506 772 euroa. Kuntarahoitus (30 %, 217 188 euroa) jakautuu
kaupungin ja hyvinvointialueen kesken osatoteutusten kustannusten suhteessa. Kivijärven ja Ahonkylän
kunnat osallistuvat omalla työpanoksellaan, jota ei sisällytetä kustannusarvioon.
""")

doc.add_heading("13 Horisontaaliset periaatteet", 1)
paras(doc, """
Hanke edistää yhdenvertaisuutta ja sukupuolten tasa-arvoa, koska se kohdistaa toimia erityisesti kotona
lapsia hoitaville äideille, jotka ovat nyt palvelujen ulkopuolella. Palvelut suunnitellaan saavutettaviksi:
materiaalit tehdään selkokielellä, tulkkaus on mahdollista ja tilat ovat esteettömiä. Ympäristön kannalta
hanke vähentää asiakkaiden matkoja, kun palvelut kootaan samaan paikkaan ja osa ohjauksesta tehdään
etäyhteydellä pienissä kunnissa.
""")

doc.add_heading("14 Yhteys aiempaan kehittämistyöhön ja muihin hankkeisiin", 1)
paras(doc, """
Polku töihin ei ala tyhjästä. Lehtikosken kaupunki toteutti vuosina 2020–2022 Kotona Lehtikoskessa
-hankkeen, jossa kehitettiin maahan muuttaneiden perheiden neuvontaa. Hankkeen aikana syntyi
monikielinen neuvontapiste, joka toimii edelleen kirjaston yhteydessä kahtena päivänä viikossa. Sen
kokemukset osoittivat, että neuvonta yksin ei riitä, jos neuvontaa seuraava palvelu on kuukausien päässä.
Tästä syystä nyt haettava hanke keskittyy palvelujen väliseen saumaan eikä uuden erillisen palvelun
perustamiseen.

Hyvinvointialueella on parhaillaan käynnissä Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman jatkotyö,
jossa kehitetään palveluohjausta ja monialaisia asiakasryhmiä. Hankkeen työpaketti 4 hyödyntää ohjelmassa
laadittuja palveluohjauksen kuvauksia, eikä niitä tehdä uudelleen. Olemme sopineet ohjelman
koordinaattorin kanssa, että hankkeen asiakasohjauksen malli esitellään ohjelman verkostossa ja että
kuvauksissa käytetään samaa rakennetta.

Maakunnassa toimii myös Pohjanrannan ammattikorkeakoulun koordinoima osaajien houkuttelun hanke, joka
keskittyy kansainvälisiin opiskelijoihin ja korkeasti koulutettuihin. Kohderyhmät ovat osittain
päällekkäisiä, ja sovimme valmisteluvaiheessa, että hankkeet ohjaavat asiakkaita toisilleen ja pitävät
yhteisen tapaamisen puolivuosittain. Lisäksi hyödynnämme Kotoutumisen osaamiskeskuksen julkaisemia
materiaaleja työpaikkojen kielitietoisesta ohjauksesta sekä Työllisyyden kuntakokeilun aikana
Lehtikoskella kerättyjä kokemuksia työvalmennuksesta.

Hakemuksen valmisteluun osallistui kaupungin ja hyvinvointialueen lisäksi neljä maahan muuttaneiden
yhdistystä, seurakunnan monikulttuurinen työ ja kaksi paikallista henkilöstöpalveluyritystä. Yhdistysten
kanssa sovittiin, että ne välittävät tietoa hankkeesta omille yhteisöilleen ja että niiden tiloja voidaan
käyttää ryhmätoiminnassa. Yhteistyö ei edellytä yhdistyksiltä omarahoitusta.
""")

doc.add_heading("15 Asiakkaiden osallisuus", 1)
paras(doc, """
Haluamme, että palvelu suunnitellaan niiden ihmisten kanssa, joita varten se on olemassa. Asiakkaiden
osallisuus näkyy hankkeessa neljällä tavalla. Ensinnäkin kaksi kokemusasiantuntijaa työskentelee
hankkeessa osa-aikaisesti koko hankkeen ajan. He osallistuvat palveluketjun kuvaamiseen, testaavat
materiaaleja ja ovat mukana ammattilaisten koulutuksissa kertomassa oman polkunsa vaiheista.
Kokemusasiantuntijoille maksetaan palkkaa, ja heille järjestetään perehdytys ja työnohjaus.

Toiseksi järjestämme jokaisen kokeilun jälkeen asiakasraadin, johon kutsutaan kuudesta kymmeneen kokeiluun
osallistunutta. Raati kokoontuu tulkin kanssa, ja sen ehdotukset kirjataan ja käsitellään hankkeen
tiimissä. Kolmanneksi asiakasmateriaalit testataan ennen julkaisua vähintään viidellä eri kieliryhmän
edustajalla. Neljänneksi ohjausryhmässä on kokemusasiantuntijan paikka, jotta asiakkaan näkökulma on
esillä myös päätöksenteossa.

Osallistuminen on aina vapaaehtoista, eikä kieltäytyminen vaikuta asiakkaan palveluihin. Kerromme
tämän asiakkaille selkokielellä ja heidän omalla kielellään. Osallisuuden järjestämisessä huomioidaan
lastenhoito, kulkeminen ja se, että osa asiakkaista on vuorotyössä, joten raateja pidetään sekä päivällä
että iltaisin.
""")

doc.add_heading("16 Henkilöstö ja tehtävät", 1)
paras(doc, """
Hankepäällikkö vastaa hankkeen kokonaisuudesta, taloudesta, raportoinnista rahoittajalle,
ohjausryhmätyöskentelystä ja juurruttamisen suunnitelman toteutumisesta. Hän koordinoi itsearviointia ja
toimii yhteyshenkilönä ulkoiseen arvioijaan. Hankepäällikön tehtävään edellytetään soveltuvaa
korkeakoulututkintoa ja kokemusta kehittämishankkeista.

Työvalmentajat (2) työskentelevät asiakkaiden kanssa yhteisessä palvelupisteessä ja työkokeilupaikoilla.
He tekevät alkukartoituksia yhdessä kaupungin työllisyysasiantuntijoiden kanssa, etsivät työkokeilu- ja
työpaikkoja ja kulkevat asiakkaan rinnalla ensimmäisten työviikkojen ajan. Toinen työvalmentajista
sijoittuu puoleksi ajaksi Kivijärvelle ja Ahonkylään.

Yritysyhteistyöasiantuntija vastaa työpaketista 3: yrityskäynneistä, työnantajakoulutuksista,
rekrytointitapahtumista ja perehdytyspaketin laatimisesta yhdessä yritysten kanssa. Hän toimii
työnantajien yhteyshenkilönä ja tekee tiivistä yhteistyötä kaupungin elinkeinopalvelujen kanssa.

Hyvinvointialueen maahanmuuttokoordinaattori vastaa työpaketista 4 yhdessä hankepäällikön kanssa. Hän
järjestää prosessityöpajat, kokoaa moniammatillisen asiakasryhmän ja valmistelee asiakasohjauksen mallin
hyväksyttäväksi hyvinvointialueen johtoryhmässä. Koordinaattori työskentelee hyvinvointialueen
palveluksessa, mikä helpottaa mallin siirtymistä pysyväksi toiminnaksi.

Aikuisopiston kielenopettajien työpanos työpaikkaopetukseen ostetaan ostopalveluna (noin 600 tuntia
hankkeen aikana). Tulkkaus hankitaan hyvinvointialueen tulkkipalvelusta olemassa olevan sopimuksen
kautta.
""")

doc.add_heading("17 Tietosuoja ja tiedonhallinta", 1)
paras(doc, """
Hankkeessa käsitellään asiakkaiden henkilötietoja, myös arkaluonteisia tietoja, kuten tietoja
terveydentilasta ja sosiaalihuollon asiakkuudesta. Rekisterinpitäjiä ovat kaupunki ja hyvinvointialue
kumpikin omien palvelujensa osalta. Hanke ei perusta omaa asiakasrekisteriä, vaan asiakastiedot
kirjataan organisaatioiden omiin asiakastietojärjestelmiin.

Tietojen luovuttaminen palvelusta toiseen perustuu asiakkaan nimenomaiseen suostumukseen tai lakiin.
Suostumuslomake laaditaan yhdessä kummankin organisaation tietosuojavastaavan kanssa, ja se käännetään
samoille kielille kuin muut asiakasmateriaalit. Hankkeen henkilöstö saa tietosuojakoulutuksen
perehdytyksen yhteydessä.

Rahoittajalle raportoitavat osallistujatiedot kerätään EURA 2021 -järjestelmän edellyttämällä
lomakkeella. Arviointiaineistot, kuten kyselyjen vastaukset ja haastattelut, käsitellään
pseudonymisoituina, ja ulkoisen arvioijan kanssa tehdään tietojenkäsittelysopimus.
""")

doc.add_heading("18 Työpakettien vuosisuunnitelma", 1)
table(doc, [
    ["Ajankohta", "Keskeiset toimet"],
    ["Q4/2025", "Henkilöstö aloittaa, palvelupiste avataan, nopean polun ensimmäinen kokeilu, ammattilaisten infotilaisuudet, vertailutiedon keruu"],
    ["Q1/2026", "Kielikahvila ja työelämätaitojen ryhmä perhetalolla, ensimmäinen työnantajakoulutus, prosessityöpajat 1–2"],
    ["Q2/2026", "Nopean polun laajennus kolmeen kuntaan, työpaikkaopetuksen mallit käyttöön, kevään rekrytointitapahtuma"],
    ["Q3/2026", "Asiakasraadit, perehdytyspaketin ensimmäinen versio, talousarvioesitykset jatkosta"],
    ["Q4/2026", "Asiakasohjauksen mallin luonnos, syksyn rekrytointitapahtuma, väliarviointi ohjausryhmässä"],
    ["Q1/2027", "Asiakasohjauksen malli johtoryhmien käsittelyyn, ulkoinen arviointi käynnistyy"],
    ["Q2/2027", "Kahden ulkopuolisen kunnan kokeilu, loppuseminaari kesäkuussa"],
    ["Q3/2027", "Mallien siirto pysyvään toimintaan, loppuraportti elokuussa"],
])
paras(doc, """
Vuosisuunnitelmaa tarkennetaan ohjausryhmässä jokaisen vuoden alussa. Jos rekrytoinnit viivästyvät,
ensimmäinen kokeilu siirretään alkuvuoteen 2026, mutta muiden vaiheiden järjestys säilyy.
""")

doc.add_heading("19 Lopuksi", 1)
paras(doc, """
Lehtikosken seutu tarvitsee jokaisen osaajan, ja maahan muuttaneiden osaaminen on nyt osittain käyttämättä.
Hanke tarjoaa kaupungille ja hyvinvointialueelle mahdollisuuden rakentaa TE24-uudistuksen jälkeisen ajan
yhteistyön tavat kerralla kuntoon. Tavoitteena ei ole uusi hankepalvelu, joka loppuu rahoituksen
päättyessä, vaan pysyvä yhteinen toimintatapa, josta kaupunki ja hyvinvointialue ovat jo hakuvaiheessa
sitoutuneet vastaamaan. Lisätietoja hakemuksesta antaa kehittämispäällikkö Hanna Ruuskanen, Lehtikosken
kaupunki, hanna.ruuskanen@lehtikoski.fi, puh. 040 123 4567.
""")

doc.save(f"{OUT}/polku_toihin_esr_hankehakemus.docx")
expected("polku_toihin_esr_hankehakemus", "hankesuunnitelma",
         [{"rule": "tavoite.ei-arviointia"}])
