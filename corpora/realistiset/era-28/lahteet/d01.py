from apu import *
name = "01_arjen-kannattelijat_hankesuunnitelma"
d = Document()
d.add_paragraph("Lohjan seudun Omaishoitajat ry — STEA-avustushakemuksen liite")
d.add_heading("Arjen Kannattelijat -hanke: hankesuunnitelma 2026–2028", 0)
d.add_paragraph("Versio 2, 14.5.2025 (hallituksen kokouksen 12.5.2025 kommentit lisätty)")

d.add_heading("Hankkeen tiivistelmä", 1)
paras(d, """
Arjen Kannattelijat on Lohjan seudun Omaishoitajat ry:n kolmivuotinen hanke, jonka tarkoituksena on tavoittaa Länsi-Uudenmaan omaishoitajat, jotka eivät vielä ole minkään tuen piirissä, ja tukea heidän jaksamistaan ennen kuin tilanne kriisiytyy. Suurin osa alueen noin 6 500 omaishoitajasta auttaa läheistään ilman omaishoidon tuen sopimusta, eikä moni heistä tunnista itseään omaishoitajaksi. Hankkeessa ammattilaiset apteekeissa, terveysasemilla ja seurakunnissa saavat välineet omaishoitajuuden puheeksi ottamiseen, yhdistyksen neuvontaa laajennetaan ja kuntien reuna-alueille perustetaan uusia vertaisryhmiä, joiden ajaksi hoidettavalle järjestetään vapaaehtoinen sijainen. Hyvinvointialueen kanssa rakennetaan yhteinen varhaisen ohjauksen polku, joka jää hankkeen jälkeen osaksi omaishoidon tuen prosessia. Hankkeen kokonaiskustannukset ovat 412 000 euroa kolmelle vuodelle.
""")
d.add_heading("1 Miksi hanketta tarvitaan?", 1)
paras(d, """
Länsi-Uudellamaalla asuu arviolta 6 500 ihmistä, jotka auttavat päivittäin läheistään, joka ei sairauden, vamman tai ikääntymisen vuoksi selviä arjestaan yksin. Heistä vain noin 1 400:lla oli vuonna 2023 voimassa oleva omaishoidon tuen sopimus hyvinvointialueen kanssa. Suurin osa auttajista ei siis tunnista itseään omaishoitajaksi, eikä heillä ole pääsyä lakisääteisiin vapaapäiviin, valmennukseen tai vertaistukeen. Yhdistyksen jäsenkyselyssä keväällä 2024 vastaajista 61 prosenttia kertoi nukkuvansa huonosti vähintään kolmena yönä viikossa ja lähes puolet oli jättänyt omat lääkärikäyntinsä väliin hoitovastuun takia.

Yhdistyksen nykyinen toiminta nojaa kahteen osa-aikaiseen työntekijään ja noin neljäänkymmeneen vapaaehtoiseen. Vertaisryhmiä on Lohjalla, Karjalohjalla ja Sammatissa, mutta Siuntion, Inkoon ja Vihdin pohjoisosien omaishoitajat joutuvat matkustamaan ryhmiin jopa 40 kilometriä. Julkinen liikenne ei kulje iltaisin, jolloin ryhmät kokoontuvat. Moni omaishoitaja on kertonut, että tärkein este osallistumiselle ei ole matka vaan se, ettei hoidettavalle löydy sijaista edes kahdeksi tunniksi.

Hyvinvointialueen omaishoidon tuen tiimi on tunnistanut saman ongelman. Tiimin kanssa käydyissä valmistelupalavereissa 9.1.2025 ja 20.3.2025 todettiin, että sopimuksen ulkopuolella olevat omaishoitajat tulevat palveluiden piiriin usein vasta kriisissä, esimerkiksi kun auttaja itse sairastuu. Hyvinvointialueen ja järjestön välillä ei ole sovittua tapaa ohjata heitä varhain tuen piiriin. Tämä hanke vastaa tähän aukkoon.

Taustalla vaikuttaa myös väestön ikääntyminen. Tilastokeskuksen ennusteen mukaan yli 75-vuotiaiden määrä alueella kasvaa noin 35 prosenttia vuosina 2024–2035. Samaan aikaan kotihoidon henkilöstöstä on pulaa, ja läheisten antaman avun merkitys kasvaa. Jos omaishoitajat uupuvat, hoidettavat siirtyvät raskaampiin palveluihin aiemmin kuin olisi tarpeen.
""")

paras(d, """
Hyvinvointialueen omien tilastojen mukaan omaishoidon tuen hakemuksista noin kolmannes tehdään tilanteessa, jossa hoidettava on juuri kotiutunut sairaalasta ja omaishoitaja on jo valmiiksi väsynyt. Varhaisempi yhteys tukeen olisi molempien etu. Hankkeen ajatus on yksinkertainen: kun omaishoitaja tunnistetaan ajoissa ja hän saa ensimmäisen kokemuksen siitä, että apua on tarjolla ilman byrokratiaa, kynnys hakea tukea myöhemmin madaltuu.
""")
d.add_heading("2 Tavoitteet", 1)
paras(d, """
Hankkeen päämääränä on, että länsiuusimaalaiset omaishoitajat jaksavat arjessaan paremmin ja saavat tukea ennen kuin tilanne kriisiytyy. Päämäärää tavoitellaan kolmen tavoitteen kautta. Taulukossa on kuvattu kunkin tavoitteen keskeiset toimenpiteet ja se, miten tavoitteen toteutumista arvioidaan. Toimenpiteet on kuvattu tarkemmin luvussa 4 ja arviointi luvussa 6.
""")
table(d, [
 ["Tavoite", "Keskeiset toimenpiteet", "Arviointi ja mittarit"],
 ["1. Sopimusten ulkopuolella olevat omaishoitajat tunnistavat tilanteensa ja löytävät tuen piiriin aiempaa varhemmin.",
  "Tunnistamisen tietoiskut apteekeissa, terveysasemilla ja seurakunnissa; Tunnista omaishoitaja -kortti ammattilaisille; puhelinneuvonta.",
  "Uusien yhteydenottajien määrä (tavoite 300 hankeaikana); kuinka moni yhteydenottaja on sopimuksen ulkopuolella; ammattilaisten lähettämien ohjausten määrä."],
 ["2. Omaishoitajien koettu jaksaminen paranee.",
  "Uudet vertaisryhmät Siuntioon, Inkooseen ja Vihdin Nummelaan; sijaistoiminta ryhmien ajaksi; Omaa aikaa -virkistyspäivät.",
  "Jaksamiskysely (COPE-indeksi) ryhmän alussa ja puolen vuoden kuluttua; ryhmäläisten palautekeskustelut; osallistumiskerrat."],
 ["3. Yhdistyksen ja hyvinvointialueen välille syntyy pysyvä varhaisen ohjauksen toimintamalli.",
  "Yhteinen ohjauspolku; työpajat omaishoidon tuen tiimin ja kotihoidon kanssa; mallin kirjaaminen ja kokeilu kahdella alueella.",
  "Ohjauspolun käyttö (ohjausten määrä kuukaudessa); työntekijöiden kysely vuosittain; ulkoisen arvioijan haastattelut 2028."],
])
paras(d, """
Tavoitteet on muotoiltu yhdessä omaishoitajien kanssa. Vuoden 2024 syksyllä järjestetyssä kolmessa kahvilakeskustelussa toistui sama viesti: apua on olemassa, mutta sitä ei löydä, eikä sitä uskalla pyytää. Siksi ensimmäinen tavoite koskee tunnistamista ja vasta toinen jaksamisen tukemista. Kolmas tavoite varmistaa, ettei hyvä käytäntö katoa hankkeen mukana.
""")

d.add_heading("3 Kenelle hanke on?", 1)
paras(d, """
Ensisijainen kohderyhmä ovat Lohjan, Siuntion, Inkoon, Vihdin ja Karkkilan työikäiset ja ikääntyneet omaishoitajat, erityisesti ne noin 5 000 auttajaa, joilla ei ole omaishoidon tuen sopimusta. Erityishuomiota kiinnitetään puolisoaan hoitaviin yli 75-vuotiaisiin, ansiotyön ohella hoitaviin sekä ruotsinkielisiin omaishoitajiin Inkoossa ja Siuntiossa.

Välillisiä hyödynsaajia ovat hoidettavat läheiset, joiden kotona asuminen tukeutuu omaishoitajan jaksamiseen, sekä sosiaali- ja terveydenhuollon ammattilaiset, jotka saavat hankkeelta välineitä omaishoitajien tunnistamiseen. Arvioimme, että hankkeen aikana noin 300 omaishoitajaa tulee yhteydenoton kautta tuen piiriin, 120 osallistuu vertaisryhmiin ja 150 ammattilaista koulutukseen.
""")

d.add_heading("4 Toiminnan kuvaus", 1)
bold(d, "Työpaketti 1: Tunnistaminen ja varhainen yhteydenotto (tavoite 1)")
paras(d, """
Hankkeen alussa laadimme yhdessä omaishoitajien kanssa lyhyen Tunnista omaishoitaja -kortin ja julisteen, jotka jaetaan apteekkeihin, terveysasemille, kirjastoihin ja seurakuntien diakoniatyöhön. Korttiin tulee kolme kysymystä, joiden avulla ammattilainen voi ottaa asian puheeksi, sekä yhdistyksen neuvontanumero. Hanketyöntekijä kiertää ensimmäisen vuoden aikana pitämässä puolen tunnin tietoiskuja työpaikkakokouksissa. Tavoitteena on tavoittaa kaikki alueen terveysasemat ja vähintään 12 apteekkia.

Puhelinneuvonta laajennetaan kahdesta päivästä neljään päivään viikossa. Neuvontaan vastaavat hankekoordinaattori ja koulutetut vapaaehtoiset. Jokaisesta yhteydenotosta kirjataan nimettömästi, mistä yhteydenottaja sai tiedon ja onko hänellä omaishoidon tuen sopimus. Näin tiedämme, mitkä kanavat toimivat.
""")
bold(d, "Työpaketti 2: Vertaistuki ja omaa aikaa (tavoite 2)")
paras(d, """
Perustamme kolme uutta vertaisryhmää, jotka kokoontuvat kahdesti kuukaudessa. Inkoon ryhmä toimii kaksikielisenä. Ryhmiä ohjaavat vertaisohjaajat, jotka koulutetaan hankkeen ensimmäisen vuoden syksyllä. Ryhmän ajaksi hoidettavalle järjestetään mahdollisuuden mukaan sijainen: koulutetut vapaaehtoiset tulevat kotiin tai ryhmätilan viereiseen tilaan, jossa hoidettaville on omaa ohjelmaa.

Omaa aikaa -virkistyspäiviä järjestetään kaksi kertaa vuodessa yhteistyössä Lohjan seurakuntayhtymän leirikeskuksen kanssa. Päivän aikana omaishoitaja saa levätä, liikkua ja keskustella, ja hoidettavalle on tarjolla oma ohjelma samassa paikassa. Kuljetus järjestetään tilataksilla kuntien reuna-alueilta.

Lisäksi kokeilemme etäryhmää niille, joiden on mahdoton lähteä kotoa. Etäryhmä kokoontuu Teamsissa iltaisin, ja osallistujille lainataan tarvittaessa tabletti. Kokeilun kokemukset arvioidaan ennen kuin etäryhmästä päätetään pysyvä toimintamuoto.
""")
bold(d, "Työpaketti 3: Varhaisen ohjauksen toimintamalli (tavoite 3)")
paras(d, """
Kolmas työpaketti tehdään yhdessä hyvinvointialueen omaishoidon tuen tiimin, kotihoidon ja sosiaaliohjauksen kanssa. Ensimmäisenä vuonna kuvataan nykyinen ohjautuminen ja sen katkokset kahdessa työpajassa. Toisena vuonna laaditaan yhteinen ohjauspolku: kuka ottaa asian puheeksi, miten omaishoitaja ohjataan yhdistyksen neuvontaan tai tuen hakemiseen ja miten tieto palaa ohjaajalle. Polkua kokeillaan ensin Lohjan ja Vihdin alueilla, ja kokemusten perusteella sitä muokataan ennen laajentamista muualle.

Mallista tehdään kuvaus Innokylään ja kahden sivun ohje ammattilaisille. Kolmannen vuoden aikana polku otetaan käyttöön koko alueella ja sen ylläpitovastuu siirretään sovitusti hyvinvointialueelle ja yhdistykselle (ks. luku 8).
""")

d.add_heading("4.1 Vapaaehtoistoiminta hankkeessa", 2)
paras(d, """
Vapaaehtoiset ovat hankkeen kantava voima, mutta heidän jaksamisestaan on pidettävä huolta samalla tavalla kuin omaishoitajien. Yhdistyksellä on pitkä kokemus vapaaehtoisten kanssa toimimisesta: nykyiset neljäkymmentä vapaaehtoista ovat pääosin eläkkeellä olevia entisiä omaishoitajia tai sosiaali- ja terveysalan ammattilaisia. Hankkeessa vapaaehtoistoimintaa laajennetaan kolmeen uuteen tehtävään: puhelinneuvonnan päivystäjiksi, vertaisryhmien ohjaajiksi ja sijaisiksi, jotka ovat hoidettavan seurana ryhmän tai virkistyspäivän ajan.

Jokainen uusi vapaaehtoinen käy kolmen illan peruskoulutuksen, jossa käsitellään omaishoitajan arkea, vaitiolovelvollisuutta, omia rajoja sekä toimimista äkillisissä tilanteissa. Sijaistehtäviin osallistuvat saavat lisäksi ensiapukoulutuksen ja muistisairaan kohtaamisen koulutuksen yhteistyössä Länsi-Uudenmaan Muistiyhdistyksen kanssa. Vapaaehtoisille järjestetään ryhmätyönohjausta kuuden viikon välein, ja vapaaehtoistoiminnan ohjaaja on heidän tavoitettavissaan puhelimitse arkipäivisin.

Sijaistoiminnassa noudatetaan selkeitä pelisääntöjä. Vapaaehtoinen ei anna lääkkeitä eikä tee hoitotoimenpiteitä, vaan on hoidettavan seurana, keskustelee, ulkoilee tai pelaa. Jos hoidettava tarvitsee hoitoa ryhmän aikana, omaishoitaja on aina tavoitettavissa viereisessä tilassa tai puhelimella. Kotona tapahtuvassa sijaistoiminnassa ensimmäinen käynti tehdään aina yhdessä vapaaehtoistoiminnan ohjaajan kanssa, jotta perhe ja vapaaehtoinen tutustuvat toisiinsa rauhassa.

Vapaaehtoisten rekrytoinnissa hyödynnetään kansalaisopiston kursseja, seurakuntien vapaaehtoisverkostoja ja paikallislehtien juttuja. Tavoittelemme erityisesti työikäisiä vapaaehtoisia, jotka voisivat toimia iltaisin, sekä ruotsinkielisiä vapaaehtoisia Inkoon ja Siuntion ryhmiin. Vapaaehtoisten kokemuksia kerätään vuosittain kyselyllä, ja heidän näkemyksensä otetaan huomioon, kun toimintaa muutetaan.
""")
d.add_heading("4.2 Omaishoitajien osallisuus valmistelussa ja toteutuksessa", 2)
paras(d, """
Hanke on valmisteltu omaishoitajien kanssa eikä heidän puolestaan. Syksyllä 2024 pidettyihin kolmeen kahvilakeskusteluun osallistui yhteensä 46 omaishoitajaa, ja heidän ajatuksensa on kirjattu hankkeen suunnitteluun. Keskusteluissa toistuivat muutamat teemat: omaishoitajaksi tunnistautuminen on vaikeaa, koska auttaminen tuntuu itsestään selvältä osalta perhe-elämää; avun pyytäminen koetaan heikkoutena; ja käytännön järjestelyt, kuten hoidettavan sijaisen löytäminen, ratkaisevat sen, pääseekö ihminen edes kuulemaan tarjolla olevasta tuesta.

Hankkeen aikana omaishoitajien osallisuus jatkuu kokemusasiantuntijoiden raadissa. Raati kokoontuu neljästi vuodessa ja osallistuu materiaalien laatimiseen, ohjauspolun testaamiseen ja viestinnän suunnitteluun. Raadin jäsenille maksetaan kokouspalkkio ja matkakulut, ja kokouksiin järjestetään tarvittaessa sijainen hoidettavalle. Raatiin haetaan jäseniä avoimella haulla hankkeen ensimmäisen kuukauden aikana; tavoitteena on, että raadissa on sekä puolisoaan, lastaan että vanhempaansa hoitavia ja sekä suomen- että ruotsinkielisiä jäseniä.

Lisäksi jokainen vertaisryhmä valitsee keskuudestaan yhteyshenkilön, joka välittää ryhmän toiveet ja palautteen hanketyöntekijöille. Ryhmien sisällöt suunnitellaan yhdessä osallistujien kanssa lukukausittain. Näin ryhmät eivät ole valmiiksi paketoituja kursseja vaan osallistujiensa näköisiä kohtaamispaikkoja.
""")
d.add_heading("4.3 Yhteys yhdistyksen strategiaan ja alueen palveluihin", 2)
paras(d, """
Hanke toteuttaa yhdistyksen strategiaa vuosille 2024–2030, jonka keskeinen linjaus on tavoittaa ne omaishoitajat, jotka eivät vielä ole minkään tuen piirissä. Yhdistyksen nykyinen toiminta on painottunut sopimusomaishoitajiin, koska heidät tavoitetaan hyvinvointialueen kautta. Hankkeen avulla yhdistys oppii tavoittamaan myös ne, jotka eivät tunnista itseään omaishoitajiksi.

Hanke täydentää hyvinvointialueen palveluita päällekkäisyyttä välttäen. Hyvinvointialue vastaa lakisääteisestä omaishoidon tuesta, omaishoitajien terveystarkastuksista ja valmennuksesta. Yhdistys tarjoaa vertaistukea, neuvontaa ja virkistystä, joita julkinen palvelu ei tarjoa. Työnjaosta on sovittu valmistelupalavereissa, ja se kirjataan hankkeen alussa yhteistyösopimukseen. Yhteistyö myös Omaishoitajaliiton kanssa varmistaa, että hankkeessa hyödynnetään liiton valtakunnallista materiaalia eikä samoja oppaita tehdä uudelleen.

Alueella toimii myös muita järjestöjä, jotka kohtaavat omaishoitajia: muistiyhdistys, Parkinson-yhdistys, invalidiyhdistykset ja mielenterveysomaisten yhdistys. Niiden kanssa sovitaan vertaisryhmien ja tapahtumien aikatauluista, jotta tarjonta ei ole päällekkäistä, ja niiden jäsenistölle viestitään hankkeen neuvonnasta. Järjestöjen yhteistyöverkosto kokoontuu Lohjan kaupungin järjestöyhteistyön koordinaattorin kutsusta kaksi kertaa vuodessa, ja hanke esittäytyy verkostolle ensimmäisen vuoden keväällä.
""")
d.add_heading("4.4 Toiminta vuosittain", 2)
paras(d, """
Ensimmäinen vuosi on käynnistämisen ja rakentamisen vuosi. Tammi–maaliskuussa 2026 rekrytoidaan vapaaehtoistoiminnan ohjaaja, solmitaan yhteistyösopimus hyvinvointialueen kanssa, kootaan kokemusasiantuntijoiden raati ja laaditaan tunnistamisen materiaalit. Keväällä aloitetaan tietoiskut ja laajennettu puhelinneuvonta. Syksyllä koulutetaan ensimmäiset vertaisohjaajat ja sijaiset, ja ensimmäinen uusi vertaisryhmä aloittaa Nummelassa. Samaan aikaan pidetään ohjauspolun nykytilan työpajat.

Toisena vuonna toiminta on täydessä laajuudessa. Siuntion ja Inkoon ryhmät aloittavat alkuvuodesta 2027, etäryhmäkokeilu käynnistyy keväällä ja virkistyspäiviä järjestetään kaksi. Ohjauspolkua kokeillaan Lohjan ja Vihdin alueilla, ja kokeilusta kerätään kokemuksia sekä ammattilaisilta että omaishoitajilta. Väliarviointi tehdään loppuvuodesta 2027, ja sen perusteella tarkennetaan kolmannen vuoden suunnitelmaa.

Kolmas vuosi on vakiinnuttamisen vuosi. Ohjauspolku otetaan käyttöön koko alueella, materiaalit siirretään hyvinvointialueen ylläpitoon ja vertaisryhmien ohjaus siirtyy yhä enemmän vertaisohjaajille. Ulkoinen arviointi tehdään keväällä 2028. Levitysseminaari pidetään syksyllä 2028, ja loppuraportti valmistuu joulukuussa 2028.
""")
d.add_heading("4.5 Aiemmat kokemukset, joihin hanke perustuu", 2)
paras(d, """
Yhdistys toteutti vuosina 2021–2023 pienen paikallisen kokeilun, jossa Karjalohjan kirjastossa pidettiin kuukausittain omaishoitajien kahvila. Kahvilaan tuli keskimäärin kahdeksan osallistujaa, joista noin puolet ei ollut aiemmin käynyt yhdistyksen toiminnassa. Kokeilusta opimme, että matalan kynnyksen tila, johon voi tulla kertomatta etukäteen, tavoittaa ihmisiä, joita ilmoittautumista vaativa ryhmä ei tavoita. Opimme myös, että hoidettava tulee usein mukaan, joten tilassa on oltava paikka myös hänelle. Nämä kokemukset näkyvät hankkeen sijaistoiminnassa ja virkistyspäivien järjestelyissä.

Lisäksi olemme hyödyntäneet muiden omaishoitajayhdistysten kokemuksia. Pirkanmaalla ja Pohjois-Savossa on kokeiltu ammattilaisten puheeksioton kortteja, ja niistä saadun palautteen mukaan lyhyt, kolmen kysymyksen kortti toimii paremmin kuin pitkä lomake. Etäryhmistä on hyviä kokemuksia erityisesti haja-asutusalueilla, mutta ne edellyttävät teknistä tukea ensimmäisillä kerroilla. Näistä syistä hankkeessa lainataan tabletteja ja vapaaehtoiset auttavat yhteyden avaamisessa.
""")
d.add_heading("5 Aikataulu", 1)
d.add_paragraph("Hankeaika on 1.1.2026–31.12.2028. Alla vuositason vaiheistus.")
table(d, [
 ["Toiminto", "2026", "2027", "2028"],
 ["Tunnistamisen materiaalit ja tietoiskut", "laadinta Q1, tietoiskut Q2–Q4", "tietoiskut jatkuvat", "materiaalit hyvinvointialueen käyttöön"],
 ["Vertaisryhmät ja sijaistoiminta", "ohjaajakoulutus syksyllä", "3 ryhmää käynnissä", "ryhmät vakiintuvat, etäryhmän arvio"],
 ["Ohjauspolku", "nykytilan työpajat", "polun kokeilu Lohja ja Vihti", "käyttöönotto koko alueella"],
 ["Arviointi", "alkukysely, arviointisuunnitelma", "väliarviointi", "ulkoinen arviointi ja loppuraportti"],
])

d.add_heading("6 Miten arvioimme onnistumista?", 1)
paras(d, """
Hankkeen arviointi koostuu itsearvioinnista ja ulkoisesta arvioinnista. Itsearviointia tekee hankkeen työryhmä puolen vuoden välein. Aineistona ovat neuvonnan yhteydenottotilastot, vertaisryhmien osallistumistiedot, jaksamiskyselyt ja ohjausryhmän havainnot. Jaksamista mitataan lyhyellä COPE-indeksiin perustuvalla kyselyllä, joka täytetään ryhmään tultaessa ja puolen vuoden kuluttua. Tulokset käsitellään ohjausryhmässä, ja niiden perusteella toimintaa muutetaan tarvittaessa.

Omaishoitajien ääni tulee esiin myös ryhmien palautekeskusteluissa, joita pidetään joka kevät, sekä kokemusasiantuntijoiden raadissa. Raatiin kuuluu viisi omaishoitajaa, jotka kommentoivat materiaaleja ja toimintamallia ennen niiden julkaisemista.

Ulkoisen arvioinnin tekee Laurea-ammattikorkeakoulun sosionomiopiskelijoiden opinnäytetyöryhmä ohjaavan opettajan johdolla vuonna 2028. Arvioinnissa haastatellaan hyvinvointialueen työntekijöitä ja omaishoitajia siitä, onko ohjauspolku muuttanut sitä, miten varhain omaishoitajat löytävät tuen. Hyvinvointialueen ammattilaisille tehdään lisäksi vuosittain lyhyt sähköinen kysely ohjauspolun käytöstä.
""")

d.add_heading("7 Mitä hankkeesta jää?", 1)
paras(d, """
Hankkeen tuloksena alueelle syntyy kolme uutta vertaisryhmää, vapaaehtoisten sijaistoiminta, tunnistamisen materiaalit ammattilaisille sekä hyvinvointialueen ja yhdistyksen yhteinen ohjauspolku. Pitkällä aikavälillä odotamme, että omaishoitajat hakeutuvat tuen piiriin aikaisemmin, uupumisesta johtuvat kriisitilanteet vähenevät ja hoidettavat voivat asua kotona pidempään. Vaikutuksia ei voida luotettavasti todentaa kolmessa vuodessa, mutta ohjausten määrä ja ajankohta antavat suuntaa siitä, mihin ollaan menossa.
""")

d.add_heading("8 Juurruttaminen ja jatkuvuus", 1)
paras(d, """
Juurruttaminen on aloitettu jo hakuvaiheessa: hyvinvointialueen omaishoidon tuen tiimi on osallistunut hankkeen suunnitteluun kahdessa valmistelupalaverissa ja on sitoutunut nimeämään edustajan ohjausryhmään. Juurruttamista suunnitellaan neljän V:n mallin mukaisesti.

Viestintä: Kerromme hankkeen alusta lähtien, mitä kokeilemme ja mitä opimme. Ammattilaisille viestitään työpaikkakokouksissa ja hyvinvointialueen intranetissä, omaishoitajille paikallislehdissä, yhdistyksen verkkosivuilla ja Facebookissa.

Variointi: Ohjauspolkua ja materiaaleja muokataan eri kohderyhmille. Ruotsinkielisille tehdään oma versio, ja työssäkäyville omaishoitajille kokeillaan ilta- ja etäneuvontaa. Kokemusasiantuntijoiden raati testaa jokaisen version.

Valtavirtaistaminen: Kutsumme Raaseporin ja Hangon omaishoitajayhdistykset sekä Keski-Uudenmaan hyvinvointialueen edustajat kokeilemaan ohjauspolkua vuonna 2028. Malli esitellään Omaishoitajaliiton jäsenyhdistysten alueellisessa seminaarissa ja julkaistaan Innokylässä.

Vakiinnuttaminen: Tavoitteena on, että ohjauspolku kirjataan hyvinvointialueen omaishoidon tuen prosessikuvaukseen vuoden 2028 aikana. Vastuun polun ylläpidosta hankkeen jälkeen ottaa Länsi-Uudenmaan hyvinvointialueen omaishoidon tuen palvelupäällikkö, ja vertaisryhmät ja sijaistoiminta siirtyvät Lohjan seudun Omaishoitajat ry:n perustoimintaan yhdistyksen toiminnanjohtajan vastuulle. Yhdistyksen hallitus tekee päätöksen toiminnan jatkamisesta syksyllä 2028 ja hakee tarvittaessa STEAn kohdennettua toiminta-avustusta vuodesta 2029 alkaen.

Juurruttamiseen on varattu hankekoordinaattorin työajasta noin 20 prosenttia koko hankkeen ajan ja kolmantena vuonna 40 prosenttia. Lisäksi budjetissa on 6 000 euroa materiaalien kääntämiseen, taittoon ja levitysseminaariin.
""")

d.add_heading("9 Organisointi ja yhteistyö", 1)
paras(d, """
Hankkeen hallinnoija on Lohjan seudun Omaishoitajat ry. Hankkeessa työskentelee kokoaikainen hankekoordinaattori ja osa-aikainen (60 %) vapaaehtoistoiminnan ohjaaja. Toiminnanjohtaja vastaa hankkeen hallinnosta ja taloudesta omana työnään.

Ohjausryhmään kutsutaan edustajat hyvinvointialueelta, Lohjan kaupungin hyvinvointikoordinaatiosta, Lohjan seurakuntayhtymästä, Omaishoitajaliitosta sekä kaksi omaishoitajaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa. Yhteistyökumppaneita ovat lisäksi alueen apteekit, Länsi-Uudenmaan kansalaisopisto ja Laurea-ammattikorkeakoulu.
""")

d.add_heading("9.1 Henkilöstö ja osaaminen", 2)
paras(d, """
Hankekoordinaattorilta edellytetään sosiaali- tai terveysalan korkeakoulututkintoa ja kokemusta järjestö- tai ryhmätoiminnasta. Koordinaattori vastaa neuvonnasta, tietoiskuista, ohjauspolun kehittämisestä yhdessä hyvinvointialueen kanssa, viestinnästä ja arvioinnin koordinoinnista. Vapaaehtoistoiminnan ohjaaja rekrytoi, kouluttaa ja tukee vapaaehtoisia sekä järjestää sijaistoiminnan ja virkistyspäivät. Kummallekin työntekijälle laaditaan perehdytyssuunnitelma, ja heillä on mahdollisuus työnohjaukseen kerran kuukaudessa.

Työntekijöiden osaamista vahvistetaan Omaishoitajaliiton järjestämissä koulutuksissa ja STEAn avustettavien järjestöjen vaikuttavuusverkostossa. Koska hankkeessa tehdään työtä sekä suomeksi että ruotsiksi, vähintään toiselta työntekijältä edellytetään hyvää ruotsin kielen taitoa. Toiminnanjohtaja toimii työntekijöiden esihenkilönä ja käy heidän kanssaan kehityskeskustelut.
""")
d.add_heading("9.2 Hallinnointi ja talouden seuranta", 2)
paras(d, """
Hankkeen kirjanpito hoidetaan yhdistyksen kirjanpidossa omalla kustannuspaikallaan, ja tilitoimisto laatii kuukausittain kustannusseurannan. Toiminnanjohtaja raportoi hankkeen taloudesta hallitukselle jokaisessa kokouksessa ja ohjausryhmälle neljännesvuosittain. STEAlle raportoidaan avustusehtojen mukaisesti vuosittain tuloksellisuusselvityksessä ja käyttöselvityksessä. Hankinnat tehdään yhdistyksen hankintaohjeen mukaisesti, ja yli 5 000 euron hankinnoista pyydetään vähintään kaksi tarjousta.

Hankkeen asiakirjat ja päätökset arkistoidaan yhdistyksen sähköiseen arkistoon. Ohjausryhmän kokouksista laaditaan muistiot, jotka jaetaan ohjausryhmän jäsenille ja julkaistaan tiivistettynä yhdistyksen jäsentiedotteessa.
""")
d.add_heading("9.3 Saavutettavuus ja yhdenvertaisuus", 2)
paras(d, """
Omaishoitajat ovat hyvin erilaisissa tilanteissa, ja hankkeen toiminnan on oltava saavutettavaa mahdollisimman monelle. Ryhmätilat valitaan esteettömistä tiloista, joihin pääsee pyörätuolilla ja joissa on induktiosilmukka. Materiaalit tehdään selkokielisinä, suomeksi ja ruotsiksi, ja tarvittaessa selvitetään, tarvitaanko versioita myös muilla kielillä; alueella asuu kasvava joukko venäjän- ja vironkielisiä perheitä, joissa hoidetaan ikääntyneitä vanhempia. Puhelinneuvonnan lisäksi yhteyttä voi ottaa tekstiviestillä ja sähköpostilla, koska puhuminen ei ole kaikille helppoa tilanteessa, jossa hoidettava kuulee keskustelun.

Toiminta on osallistujille maksutonta. Virkistyspäivien kuljetukset järjestetään kuntien reuna-alueilta, jotta asuinpaikka ei ratkaise osallistumista. Etäryhmän tablettilaina mahdollistaa osallistumisen myös niille, joilla ei ole omaa laitetta. Erityisesti kiinnitämme huomiota miesten tavoittamiseen: tähänastisissa ryhmissä miehiä on ollut vain joka kymmenes, vaikka puolisoaan hoitavista miehiä on noin 40 prosenttia. Miesten tavoittamiseksi kokeillaan toiminnallisia tapaamisia, kuten yhteisiä kalastus- ja puutyöiltoja, yhteistyössä kansalaisopiston kanssa.
""")
d.add_heading("9.4 Hankkeen merkitys hoidettaville ja yhteiskunnalle", 2)
paras(d, """
Kun omaishoitaja jaksaa, myös hoidettava voi paremmin. Hoidettavan kannalta hankkeen tärkein vaikutus on se, että kotona asuminen on turvallista ja läheinen auttaja pysyy voimissaan. Sijaistoiminta tarjoaa hoidettaville myös uusia ihmissuhteita ja virikkeitä: monelle vapaaehtoisen käynti on viikon odotetuin hetki. Yhteiskunnan kannalta omaishoitajien varhainen tukeminen on myös taloudellisesti järkevää, sillä yhden raskaampaan hoitoon siirtymisen lykkääminen vuodella säästää julkisia kustannuksia kymmeniä tuhansia euroja. Hankkeen tavoitteena ei kuitenkaan ole säästöjen laskeminen, vaan se, että ihmiset saavat tukea silloin, kun he sitä tarvitsevat.
""")
d.add_heading("10 Riskit ja niihin varautuminen", 1)
table(d, [
 ["Riski", "Todennäköisyys", "Varautuminen"],
 ["Omaishoitajat eivät pääse ryhmiin sijaisen puuttuessa", "suuri", "sijaistoiminta, etäryhmä, kuljetukset"],
 ["Hyvinvointialueen organisaatiomuutokset hidastavat ohjauspolun työtä", "keskisuuri", "ohjausryhmän edustaja, sopimus yhteistyöstä, työ jaetaan pieniin kokeiluihin"],
 ["Vapaaehtoisia ei löydy riittävästi", "keskisuuri", "rekrytointi kansalaisopiston ja seurakuntien kautta, koulutus ja työnohjaus"],
 ["Henkilöstön vaihtuvuus", "pieni", "työn dokumentointi, perehdytyskansio"],
])

paras(d, """
Riskejä arvioidaan ohjausryhmän jokaisessa kokouksessa, ja riskitaulukko päivitetään tarvittaessa. Suurimpana riskinä pidämme sitä, että omaishoitajat eivät käytännön syistä pääse mukaan toimintaan, vaikka haluaisivat. Tähän varaudutaan kolmella tavalla: järjestämällä sijainen hoidettavalle, tarjoamalla etäryhmän ja viemällä toiminta lähelle, kuntien reuna-alueille. Toinen merkittävä riski liittyy hyvinvointialueen talouteen. Jos hyvinvointialue joutuu karsimaan palveluitaan, ohjauspolun käyttöönotto voi hidastua. Siksi polku rakennetaan niin kevyeksi, ettei se vaadi uusia resursseja, vaan muuttaa olemassa olevien työntekijöiden toimintatapaa. Kolmas riski koskee vapaaehtoisten riittävyyttä ja jaksamista; tähän vastaamme koulutuksella, työnohjauksella ja sillä, että yksittäiselle vapaaehtoiselle ei kasata liikaa tehtäviä. Jos jokin riski toteutuu, ohjausryhmä päättää korjaavista toimista ja tarvittaessa haetaan STEAlta lupa suunnitelman muutokseen.
""")
d.add_heading("11 Viestintä", 1)
paras(d, """
Hankkeelle laaditaan viestintäsuunnitelma ensimmäisen kolmen kuukauden aikana. Omaishoitajia tavoitetaan sinne, missä he jo ovat: apteekkien ilmoitustauluilla, paikallislehdissä, seurakuntien tiedotteissa ja yhdistyksen uutiskirjeessä. Ammattilaisille viestitään hyvinvointialueen intranetissä ja työpaikkakokouksissa. Hankkeen tuloksista kerrotaan vuosittain yhdistyksen vuosikokouksessa ja lopuksi avoimessa levitysseminaarissa syksyllä 2028. Kaikki materiaali tehdään selkokielellä ja suomeksi ja ruotsiksi.
""")

paras(d, """
Viestinnän sävy on lämmin ja arkinen. Vältämme puhumasta omaishoitajista uhreina tai sankareina; puhumme ihmisistä, jotka auttavat läheistään ja joilla on oikeus apuun. Paikallislehtiin tarjotaan vuosittain kaksi tai kolme juttua, joissa omaishoitaja kertoo omin sanoin, miten tuki on auttanut. Juttujen tekemiseen pyydetään aina kirjallinen lupa, ja haastateltava saa lukea tekstin ennen julkaisua. Ammattilaisille suunnattu viestintä on lyhyttä ja käytännöllistä: mitä kysyä, mihin ohjata ja mitä omaishoitaja saa, kun hän soittaa neuvontaan.

Sosiaalisessa mediassa yhdistys julkaisee viikoittain vinkin tai tapahtumatiedon. Hankkeen sivu yhdistyksen verkkosivuilla kokoaa materiaalit, ryhmien aikataulut ja yhteystiedot yhteen paikkaan. Viestinnän onnistumista seurataan sillä, mistä kanavasta neuvontaan soittaneet kertovat saaneensa tiedon. Jos jokin kanava ei tavoita ketään, sen sijaan panostetaan toimiviin.
""")
d.add_heading("12 Kustannusarvio", 1)
paras(d, """
Hankkeen kokonaiskustannukset ovat 412 000 euroa, josta haetaan STEAlta 392 000 euroa. Yhdistyksen omarahoitus on 20 000 euroa, joka koostuu vapaaehtoistyön arvosta ja tilojen käytöstä.
""")
table(d, [
 ["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"],
 ["Henkilöstökulut", "98 000", "101 000", "104 000", "303 000"],
 ["Vapaaehtoistoiminta ja virkistyspäivät", "14 000", "16 000", "16 000", "46 000"],
 ["Kuljetukset", "6 000", "7 000", "7 000", "20 000"],
 ["Viestintä ja materiaalit", "8 000", "5 000", "9 000", "22 000"],
 ["Arviointi ja muut kulut", "6 000", "6 000", "9 000", "21 000"],
 ["Yhteensä", "132 000", "135 000", "145 000", "412 000"],
])

d.add_heading("13 Eettisyys ja tietosuoja", 1)
paras(d, """
Neuvonnan yhteydenotoista kirjataan vain tilastotietoja ilman tunnisteita. Jaksamiskyselyt täytetään vapaaehtoisesti ja nimettöminä, ja niiden tulokset raportoidaan vain ryhmätasolla. Vapaaehtoiset allekirjoittavat vaitiolositoumuksen ja saavat koulutuksen tietosuojasta. Ulkoisen arvioinnin haastatteluihin pyydetään kirjallinen suostumus.

Lohjalla 14.5.2025
Marjatta Lindqvist, puheenjohtaja
Sanna Heikura, toiminnanjohtaja
""")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, "hankesuunnitelma", [])
