# -*- coding: utf-8 -*-
# Lisäteksti hs_leader_kylatalot.docx:n pitkään versioon (toimenpiteiden tarkempi kuvaus).
TAUSTA_LISA = """
Toiminta-alue on laaja ja harvaan asuttu: kolmen kunnan alueella asuu noin 21 000 asukasta, joista lähes puolet haja-asutusalueella. Kesäasukkaita arvioidaan olevan kesäkuukausina yli 9 000. Kylätalojen merkitys on kasvanut samalla, kun koulut ja kirjastojen sivupisteet ovat sulkeneet oviaan; vuosina 2012–2022 alueelta lakkautettiin yhdeksän kyläkoulua, ja entisistä koulurakennuksista neljä on nykyisin kyläyhdistysten hallinnassa.
Kyselyyn vastasi 31 yhdistystä. Niistä 22 kertoi, että talon varaaminen hoidetaan puhelimitse yhden yhteyshenkilön kautta, ja 17 yhdistystä piti tätä suurimpana esteenä uusien käyttäjien löytymiselle. Energiakulut olivat noussut vuodesta 2021 vuoteen 2023 keskimäärin 46 prosenttia, ja kuusi yhdistystä harkitsi talon myymistä tai sulkemista talveksi. Vapaaehtoisten keski-ikä oli vastaajien arvion mukaan yli 60 vuotta.
Samaan aikaan kylätaloja kaivataan uusiin käyttötarkoituksiin. Etätyöntekijät, pienyrittäjät ja kunnan liikuntapalvelut ovat kysyneet tiloja, ja hyvinvointialueen neuvolatoiminta on kokeillut kiertävää vastaanottoa kahdessa kylätalossa. Kysyntää on, mutta se ei kohtaa tarjontaa, koska tiloista ei ole yhtenäistä tietoa.
Hanke liittyy Leader Etelä-Karjalan strategian 2023–2027 painopisteeseen "yhteisöllinen ja elinvoimainen kylä" sekä maakuntaohjelman tavoitteeseen palvelujen saavutettavuudesta. Alueella on aiemmin toteutettu kylien turvallisuussuunnitelmia koskeva hanke (2019–2021), jonka yhteystietoverkostoa hyödynnetään nyt.
"""

TP_LISA = """
Työpaketti 1 tarkemmin. Varausalustaksi hankitaan valmis, kuukausimaksullinen palvelu, jossa tilat näkyvät kartalla, hinnat ja varusteet on kuvattu ja maksaminen onnistuu verkossa. Alusta kilpailutetaan hankinnan kynnysarvon alittavana suorahankintana kolmen tarjouksen perusteella. Jokaiselle talolle nimetään kaksi kalenterin yhteyshenkilöä, jotka koulutetaan kahdessa iltatilaisuudessa ja yhdessä etäklinikassa. Koulutuksissa käydään läpi varausten hyväksyminen, hinnoittelu, avainten luovutus ja siivousvuorojen merkitseminen.
Talojen esittelysivuille kuvataan tilat, ja jokaisesta talosta kirjoitetaan lyhyt esittely, jossa kerrotaan talon historiasta ja soveltuvuudesta esimerkiksi juhliin, kokouksiin, liikuntaan tai etätyöhön. Kuvauksen tekee hankkeen palkkaama valokuvaaja yhden kesän aikana. Kuntien tapahtumakalentereihin rakennetaan rajapinta tai vähintään linkitys, jotta kunnan asukas löytää kylätalon samasta paikasta kuin kunnan omat tilat.
Kalenterin käyttöönottoa tuetaan markkinoinnilla: kesällä 2026 järjestetään "Avoimet kylätalot" -päivä, jolloin kaikki mukana olevat talot ovat auki ja niissä esitellään varausmahdollisuuksia. Lisäksi hanke tekee yhteistyötä paikallisten yrittäjäyhdistysten kanssa, jotta yritykset tietävät talot kokous- ja asiakastilaisuuksien paikkoina.
Työpaketti 2 tarkemmin. Energiakatselmukset tilataan energia-asiantuntijalta, joka käy jokaisessa talossa, mittaa lämpökuvauksella vuotokohdat ja laatii talokohtaisen raportin. Raportissa esitetään toimenpiteet kolmessa hintaluokassa: talkoin tehtävät pienet korjaukset, yhdistyksen omin varoin tehtävät korjaukset ja investointihankkeena haettavat suuremmat muutokset kuten ilmalämpöpumput tai lämmitysjärjestelmän vaihto. Hankkeen koordinaattori auttaa yhdistyksiä laatimaan investointihakemukset.
Katselmusten yhteydessä järjestetään kussakin kylässä talkoopäivä, jossa korjataan tiivisteitä, säädetään termostaatteja ja opetellaan lämmityksen ajastusta. Talkoopäiviin kutsutaan myös kylän nuoria ja lapsiperheitä, jotta talon ylläpidon taidot siirtyvät uusille ikäpolville. Talojen lämmitysratkaisuista kootaan yhteenveto, jota voivat hyödyntää myös talot, joissa katselmusta ei hankkeen aikana tehdä.
Työpaketti 3 tarkemmin. Talotiimin ajatuksena on, ettei talon pito ole yhden ihmisen varassa. Tiimiin kuuluu vähintään kolme henkilöä, joiden vastuualueita ovat esimerkiksi varaukset, kiinteistön kunnossapito ja tapahtumat. Tiimien kokoamista varten kylissä pidetään perehdytysiltoja, joissa kerrotaan konkreettisesti, mitä tehtäviin kuuluu ja paljonko niihin kuluu aikaa. Kokemus aiemmista hankkeista on osoittanut, että rajattu ja selkeä tehtävä houkuttelee mukaan paremmin kuin yleinen kutsu talkoisiin.
Talonpidon oppaaseen kootaan käytännön ohjeet: vuosikello, avainten hallinta, vakuutukset, pelastussuunnitelma, siivous, vuokrasopimusmalli ja hinnoittelun periaatteet. Opas kirjoitetaan yhdessä talotiimien kanssa kolmessa työpajassa, ja se julkaistaan sekä painettuna että verkossa. Vertaistapaamisissa tiimit vaihtavat kokemuksia; tapaamisia pidetään vuorotellen eri kylissä, jotta osallistujat tutustuvat myös toistensa taloihin.
Kylittäiset erityispiirteet. Pieniä, alle sadan neliön taloja on mukana yhdeksän; niissä painottuu kalenteri ja kokoontumiskäyttö. Entisiä koulurakennuksia on mukana neljä, ja niissä energiakysymykset ovat suurimpia. Kolme nuorisoseurantaloa on kooltaan suuria ja tarjoaa tilaa juhlille ja esittävälle taiteelle; niiden kanssa selvitetään yhteistyötä alueen kulttuuritoimijoiden kanssa. Saaristossa sijaitsevat kaksi taloa ovat käytössä lähinnä kesäisin, ja niiden osalta tavoitteena on pidentää käyttökautta syksyyn.
Yhteistyö kuntien kanssa. Kunnat ovat kertoneet olevansa valmiita ostamaan kylätaloista tilaa omaan toimintaansa, kuten liikuntaryhmille, ikäihmisten kerhoille ja vaalihuoneistoiksi. Hankkeen aikana laaditaan kuntien kanssa yhteinen hinnoittelusuositus, jotta vuokrat ovat yhdistyksille kannattavia ja kunnille ennakoitavia. Hyvinvointialueen kanssa selvitetään, voisiko kiertävä neuvola- tai terveyspisteen vastaanotto käyttää kylätaloja säännöllisesti.
Yhteistyö yritysten kanssa. Paikallisten yrittäjien kanssa kokeillaan pop up -toimistoa kahdessa talossa: talo on varattavissa etätyöpäiviksi tiettyinä viikonpäivinä, ja kokeilusta kerätään käyttäjiltä palaute. Lisäksi selvitetään, voiko kylätaloja tarjota matkailuyrittäjien ryhmille ruokailu- ja tauko­paikkoina.
Työnjako. Hankkeessa työskentelee kokoaikainen hankekoordinaattori, joka vastaa toiminnan käytännön toteutuksesta ja talotiimien tukemisesta, sekä osa-aikainen viestintäassistentti (50 %), joka hoitaa esittelysivut, somen ja tiedotteet. Energia-asiantuntijan palvelut, valokuvaus ja varausalusta hankitaan ostopalveluina. Järvi-Saimaan kylät ry:n toiminnanjohtaja toimii hankkeen vastuuhenkilönä ja vastaa hallinnosta ja maksatushakemuksista.
"""

TALOUS_TAULUKKO = [["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
                   ["Henkilöstö", "28 000", "48 000", "20 000", "96 000"],
                   ["Ostopalvelut", "9 000", "21 000", "8 000", "38 000"],
                   ["Matkat ja muut kulut", "3 500", "7 000", "3 500", "14 000"],
                   ["Yhteensä", "40 500", "76 000", "31 500", "148 000"]]

RISKI_LISA = """
Muita tunnistettuja riskejä ovat kuntien kalenteriyhteistyön hidastuminen tietojärjestelmämuutosten vuoksi, energiakatselmusten kallistuminen ja se, että pienimmät yhdistykset eivät pysty osallistumaan omarahoitukseen. Kuntien kanssa on sovittu yhteyshenkilöt jo hakuvaiheessa, katselmusten hinta kilpailutetaan koko paketille, ja talkootyön osuus omarahoituksesta on mitoitettu niin, että myös pienet yhdistykset voivat osallistua.
Riskejä käsitellään ohjausryhmän jokaisessa kokouksessa, ja riskilistaa päivitetään tarvittaessa.
"""

ARVIOINTI_LISA = """
Ohjausryhmä tekee hankkeen puolivälissä itsearvioinnin, jossa verrataan toteutuneita käyttöpäiviä, katselmuksia ja talotiimejä tavoitteisiin. Itsearvioinnin pohjalta hankkeen toimenpiteitä painotetaan uudelleen, jos jokin tavoite näyttää jäävän vajaaksi. Loppuvaiheessa talotiimit kutsutaan yhteiseen palautetyöpajaan, jossa kootaan kokemukset kalenterista, oppaasta ja talkoopäivistä.
Leader-ryhmälle raportoidaan vuosittain maksatushakemusten yhteydessä. Loppuraportissa kuvataan, miten kunkin tavoitteen tavoitearvo toteutui ja mitkä tekijät vaikuttivat siihen.
"""

KYLAT = [
    ("Kuukanniemi", "entinen koulu, 310 m²", "Talo on kylän ainoa yhteinen tila. Kyläyhdistys vuokraa sitä nyt lähinnä juhliin, ja energiakulut ovat suurin huoli. Talo on mukana energiakatselmuksessa."),
    ("Ruohola", "nuorisoseurantalo, 420 m²", "Suuri juhlasali ja näyttämö. Nuorisoseuran teatteriryhmä harjoittelee talossa, mutta arkipäivät ovat tyhjiä. Tavoitteena on saada talo liikuntaryhmien ja kunnan kerhojen käyttöön."),
    ("Vaaranpää", "kylätalo, 95 m²", "Pieni ja edullinen talo, jossa kokoontuu kolme harrastuspiiriä. Kalenterin avulla talon voisi tarjota myös etätyöpäiviin."),
    ("Myllylahti", "entinen meijeri, 180 m²", "Talo on peruskorjattu 2010-luvulla. Yhdistys haluaa kehittää talosta matkailijoiden taukopaikan."),
    ("Saarenkylä", "kesäkäytössä oleva talo, 120 m²", "Saaristossa sijaitseva talo on auki kesäkaudella. Tavoitteena on pidentää käyttökautta syyskuulle ja lokakuulle."),
    ("Harjunpää", "entinen koulu, 260 m²", "Talossa on kunnan kirjastoauton pysäkki ja kiertävän neuvolan kokeilu. Talotiimin kokoaminen on yhdistyksen tärkein toive."),
    ("Kotaniemi", "kylätalo, 140 m²", "Aktiivinen kylä, jossa on paljon lapsiperheitä. Talo on mukana pop up -toimistokokeilussa."),
    ("Rantakylä", "nuorisoseurantalo, 380 m²", "Talo on suosittu hääpaikka kesällä, mutta talvella sen lämmittäminen on kallista. Energiakatselmus on kylän toiveissa ensimmäisenä."),
    ("Pitkäjärvi", "entinen koulu, 290 m²", "Talossa on liikuntasali, jota kunnan liikuntapalvelut ovat kysyneet vuorotellen käytettäväksi."),
    ("Lehtoniemi", "kylätalo, 80 m²", "Pienin mukana olevista taloista; yhdistyksessä on viisi aktiivista jäsentä, ja heistä kolme on valmis talotiimiin."),
]

TULOKSET_LISA = """
Määrällisten tuotosten lisäksi hanke tuottaa laadullisia tuloksia. Kun talon pito jakautuu tiimille, yksittäisten vapaaehtoisten kuormitus kevenee ja yhdistysten hallitustyöhön on helpompi saada uusia jäseniä. Kun talot näkyvät kuntien kalentereissa, niitä käyttävät myös sellaiset asukkaat, jotka eivät ole yhdistysten jäseniä. Tämä tuo taloille uusia tuloja ja kylille uusia kohtaamisia.
Energiakatselmusten vaikutus näkyy pidemmällä aikavälillä: korjaussuunnitelmat antavat yhdistyksille perustan investointihakemuksille, ja talkoin tehtävät pienet korjaukset laskevat kuluja heti. Ympäristövaikutuksena talojen lämmityksen hiilidioksidipäästöt vähenevät, kun öljylämmityksestä luovutaan ja lämmitystä ajastetaan käytön mukaan.
Kuntien kannalta hanke tuottaa tiedon siitä, millaisia tiloja kylissä on tarjolla ja millä ehdoilla. Tätä tietoa voidaan käyttää kuntien palveluverkkosuunnittelussa, kun mietitään, missä kunnan omia palveluja voidaan tarjota lähellä asukkaita ilman omia kiinteistöjä.
"""

VIESTINTA_LISA = """
Viestinnän kohderyhmät ovat kyläyhdistykset ja niiden jäsenet, talojen nykyiset ja uudet käyttäjät, kuntien ja hyvinvointialueen viranhaltijat, paikalliset yrittäjät sekä Leader-ryhmät ja kylätoiminnan valtakunnalliset toimijat. Kullekin ryhmälle viestitään eri kanavissa: yhdistyksille sähköpostitiedotteella ja kyläilloissa, asukkaille paikallislehdissä ja somessa, kunnille ohjausryhmän kautta ja kuntien sisäisissä tiedotteissa.
Hankkeen alussa julkaistaan tiedote, jossa kerrotaan hankkeen tavoitteista ja kutsutaan kylät mukaan. Kalenterin avautuessa järjestetään lanseeraus ja lehdistötiedote. Kesän 2026 avoimien kylätalojen päivä on hankkeen näkyvin viestintätapahtuma. Hankkeen lopussa pidettävässä kyläseminaarissa esitellään tulokset ja talonpidon opas.
Kaikessa viestinnässä käytetään Leader- ja EU-rahoituksen tunnuksia rahoittajan ohjeiden mukaisesti. Hankkeen verkkosivuilla julkaistaan myös väliraporttien tiivistelmät.
"""

ORGANISOINTI_LISA = """
Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Sen tehtävänä on seurata tavoitteiden toteutumista, hyväksyä toimintasuunnitelmat ja käsitellä riskit. Ohjausryhmän puheenjohtajana toimii Savitaipaleen kunnan elinvoimajohtaja. Leader-ryhmän edustaja osallistuu kokouksiin asiantuntijajäsenenä.
Hankkeen kirjanpito hoidetaan yhdistyksen tilitoimistossa erillisenä kustannuspaikkana. Työaikaa seurataan työajanseurantajärjestelmällä, ja talkootyö kirjataan talkoolistoille rahoittajan ohjeiden mukaisesti.
"""

NELJANNEKSET = [
    ("Q3/2025", "Hankekoordinaattori ja viestintäassistentti aloittavat. Ohjausryhmä kokoontuu ensimmäisen kerran ja hyväksyy tarkennetun toimintasuunnitelman. Varausalustasta pyydetään tarjoukset, ja kylissä järjestetään ensimmäiset kyläillat, joissa esitellään hanke ja kerätään talotiimien ilmoittautumisia. Hankkeen aloitustiedote julkaistaan."),
    ("Q4/2025", "Varausalusta otetaan käyttöön ja ensimmäiset kymmenen taloa viedään kalenteriin. Yhteyshenkilöiden ensimmäinen koulutusilta pidetään. Energiakatselmukset alkavat viidessä talossa, ja niiden yhteydessä pidetään talkoopäivät. Kuntien kanssa sovitaan kalenterien linkityksestä."),
    ("Q1/2026", "Loput talot viedään kalenteriin. Toinen koulutusilta ja etäklinikka. Talonpidon oppaan ensimmäinen työpaja. Ohjausryhmä käsittelee ensimmäisen puolen vuoden seurantatiedot."),
    ("Q2/2026", "Energiakatselmukset jatkuvat viidessä talossa. Vapaaehtoisten palautekysely. Oppaan toinen työpaja. Pop up -toimistokokeilu alkaa kahdessa talossa."),
    ("Q3/2026", "Avoimet kylätalot -päivä. Talojen kuvaukset ja esittelysivut valmistuvat. Ohjausryhmän väliarviointi ja hankkeen itsearviointi; tarvittaessa toimenpiteiden painotusta muutetaan."),
    ("Q4/2026", "Korjaussuunnitelmat valmistuvat, ja yhdistyksiä tuetaan investointihakemusten laatimisessa. Oppaan kolmas työpaja ja oppaan taitto. Ensimmäinen vertaistapaaminen talotiimeille."),
    ("Q1/2027", "Talonpidon opas julkaistaan. Kuntien kanssa sovitaan hinnoittelusuosituksesta. Kalenterin ylläpidon siirtymisestä yhdistyksen vastuulle tehdään kirjallinen sopimus. Toinen vertaistapaaminen."),
    ("Q2/2027", "Vapaaehtoisten toinen palautekysely ja talotiimien palautetyöpaja. Kyläseminaari, jossa tulokset esitellään. Loppuraportin kokoaminen ja hankkeen päättäminen 31.5.2027."),
]

JUURRUTUS_LISA = """
Juurruttamisen vaiheet on sidottu hankkeen aikatauluun. Jo ensimmäisellä vuosineljänneksellä sovitaan ohjausryhmässä, mitkä tuotokset jäävät kenenkin vastuulle, ja sopimusta tarkennetaan väliarvioinnin yhteydessä. Kalenterin ylläpito siirretään yhdistyksen toiminnanjohtajalle vaiheittain jo hankkeen aikana, jotta siirtymä ei tapahdu vasta viimeisellä viikolla.
Talotiimit jatkavat toimintaansa kunkin kyläyhdistyksen omana toimintana, ja niiden vertaistapaamisia jatketaan osana Järvi-Saimaan kylät ry:n vuosittaista kylätapahtumaa. Talonpidon opas päivitetään yhdistyksen verkkosivuilla, ja sen päivittämisestä vastaa yhdistyksen hallitus.
Kuntien kanssa laadittava hinnoittelusuositus on tarkoitus hyväksyä kuntien teknisissä lautakunnissa, jolloin kylätalojen käyttö kuntien toimintaan vakiintuu pysyväksi käytännöksi. Hankkeen jälkeen yhdistys seuraa kalenterin käyttöpäiviä vuosittain ja raportoi ne jäsenkokoukselle.
"""

HORISONTAALI = """
Yhdenvertaisuus ja saavutettavuus. Hankkeen toiminta on avointa kaikille kylien asukkaille. Varausalustan valinnassa painotetaan saavutettavuutta, ja talojen esittelyissä kerrotaan esteettömyydestä. Koulutukset järjestetään iltaisin ja osin etänä, jotta myös työssäkäyvät ja syrjäkylien asukkaat voivat osallistua. Kyläilloissa on tarjolla apua myös niille, jotka eivät käytä digitaalisia palveluja.
Ympäristö. Hanke vähentää kylätalojen energiankulutusta ja edistää olemassa olevien rakennusten käyttöä uusien rakentamisen sijaan. Kokoontumisia järjestetään lähellä asukkaita, mikä vähentää autoilua kuntakeskuksiin.
Kytkös strategioihin. Hanke toteuttaa Leader Etelä-Karjalan paikallisen kehittämisstrategian teemoja yhteisöllisyys ja palvelujen saavutettavuus sekä Etelä-Karjalan maakuntaohjelman tavoitetta elinvoimaisista kylistä. Hanke ei päällekkäisty muiden käynnissä olevien hankkeiden kanssa; maakunnan kylätoiminnan neuvontahankkeen kanssa on sovittu yhteistyöstä.
"""

KOHDERYHMA_LISA = """
Ensisijaisia kohderyhmiä on kolme. Ensimmäinen ovat kylätaloja omistavat ja ylläpitävät yhdistykset: kyläyhdistykset, nuorisoseurat, maamiesseurat ja muutama urheiluseura. Niiden hallitukset tekevät päätökset talojen käytöstä ja hinnoittelusta, joten ne ovat hankkeen tärkein yhteistyötaho. Mukaan pyritään saamaan vähintään 20 yhdistystä kolmen kunnan alueelta.
Toinen kohderyhmä ovat talojen vapaaehtoiset, joista moni on tehnyt talkootyötä vuosikymmeniä. Heidän osaamisensa ja kokemuksensa halutaan tallentaa oppaaseen, ja heidän rinnalleen halutaan houkutella uusia, myös nuorempia tekijöitä. Erityisesti pyritään tavoittamaan kylille viime vuosina muuttaneita perheitä ja etätyöntekijöitä.
Kolmas kohderyhmä ovat talojen käyttäjät ja mahdolliset uudet käyttäjät: harrastusryhmät, yrittäjät, kunnan ja hyvinvointialueen palvelut, matkailijat ja kesäasukkaat. Heille hanke tuottaa helpon tavan löytää ja varata tila.
"""

VALMISTELU = """
Hanketta valmisteltiin syksyn 2024 ja talven 2025 aikana. Kyselyn tulokset esiteltiin yhdistysten yhteisessä tilaisuudessa 14.11.2024, ja siellä ideoitiin työpaketit. Kuntien elinvoimajohtajat tapasivat hakijan 9.12.2024, ja Leader-ryhmän kanssa käytiin hakuneuvottelu 22.1.2025. Kyläyhdistyksiltä pyydettiin kirjalliset sitoumukset helmikuussa 2025; ne ovat hakemuksen liitteenä.
Valmistelussa nousi esiin kaksi muutosta alkuperäiseen ideaan. Ensin hankkeeseen oli ajateltu omaa varausohjelmaa, mutta yhdistykset pitivät valmista alustaa varmempana ja edullisempana. Toiseksi energia-asiat lisättiin omaksi työpaketikseen, koska kulut olivat kyselyn mukaan suurin syy harkita talon sulkemista.
"""

TALOUS_PERUSTELUT = """
Kustannusarvion perustelut. Henkilöstökuluihin sisältyvät kokoaikaisen hankekoordinaattorin ja osa-aikaisen viestintäassistentin palkat sivukuluineen 24 kuukauden ajalta. Palkkataso on määritelty alan työehtosopimuksen mukaan. Ostopalveluista suurimmat ovat energiakatselmukset (kymmenen taloa, noin 1 800 euroa taloa kohti), valokuvaus ja esittelysivujen tekeminen sekä varausalustan käyttöönotto ja kuukausimaksut hankkeen ajalta. Matkakuluihin on varattu kyläkäynnit, sillä hankealue on laaja ja kyliin ajetaan pääosin omalla autolla.
Omarahoitus kootaan kyläyhdistysten rahaosuuksista (yhteensä 9 600 euroa) ja talkootyöstä, jota arvioidaan kertyvän noin 1 300 tuntia. Talkootyön arvo lasketaan rahoittajan ohjeen mukaisella tuntihinnalla. Kunnat eivät osallistu rahoitukseen, mutta ne osallistuvat hankkeeseen omalla työajallaan ohjausryhmässä ja kalenteriyhteistyössä.
"""

KYLAT += [
    ("Kivikoski", "seuratalo, 210 m²", "Urheiluseuran omistama talo, jonka pukuhuoneet ja sauna ovat hyvässä kunnossa. Seura haluaa tarjota taloa myös kylän muille ryhmille ja leirikoulujen käyttöön."),
    ("Honkaranta", "kylätalo, 130 m²", "Talo on kunnostettu talkoilla vuonna 2018. Yhdistyksen huolena on, että varauksia hoitaa vain yksi ihminen, joka on ilmoittanut luopuvansa tehtävästä."),
    ("Mäntylä", "entinen koulu, 340 m²", "Talossa toimii kesäisin taidenäyttely. Yhdistys toivoo energiakatselmusta ja suunnitelmaa lämmityksen vaihtamiseksi öljystä maalämpöön."),
    ("Niemenkylä", "kylätalo, 110 m²", "Talon vieressä on uimaranta ja laavu. Kylä haluaa kehittää talosta retkeilijöiden ja melojien tukikohdan."),
    ("Soukkio", "nuorisoseurantalo, 360 m²", "Vanha tanssilava ja juhlasali. Talon käyttöaste on laskenut, mutta kylässä on kiinnostusta järjestää tanssi- ja musiikkitapahtumia uudelleen."),
    ("Ahola", "kylätalo, 100 m²", "Talossa kokoontuvat ikäihmisten kerho ja kylän lapsiperheiden perhekerho. Kunnan kotihoito on kysynyt tilaa kylän ikäihmisten ryhmätoiminnalle."),
]

KYSELY_LIITE = """
Kyläkyselyn 2023 keskeiset tulokset. Kyselyn toteutti Järvi-Saimaan kylät ry syys–lokakuussa 2023 sähköisenä ja paperisena. Kyselyyn vastasi 31 yhdistystä 38:sta (vastausprosentti 82). Talojen käyttöpäivien mediaani oli 34 päivää vuodessa, ja vaihteluväli 4–190 päivää. Vastaajista 19 arvioi, että talon käyttö voisi kaksinkertaistua, jos varaaminen olisi helpompaa. Talojen lämmitysmuotona oli öljy kahdeksassa, sähkö 17:ssä ja puu tai pelletti kuudessa talossa.
Avovastauksissa toistuivat samat teemat: varaaminen on hankalaa, uusia vapaaehtoisia on vaikea saada, talon korjaustarpeista ei ole kokonaiskuvaa ja kunnan kanssa yhteistyö riippuu yksittäisistä ihmisistä. Useampi vastaaja toivoi, että kylätalojen välillä olisi enemmän yhteistyötä ja kokemusten vaihtoa.
"""

LISAARVO = """
Hankkeen uutuusarvo ei ole yksittäisessä tekniikassa vaan siinä, että kylätalot toimivat ensimmäistä kertaa yhtenä verkostona. Tähän asti jokainen yhdistys on ratkaissut varaukset, lämmityksen ja vapaaehtoisten jaksamisen omin päin. Yhteinen kalenteri, yhteinen opas ja yhteiset katselmukset tuovat mittakaavaetuja, joita yksittäinen pieni yhdistys ei saavuttaisi.
Hanke ei olisi toteutunut ilman Leader-tukea. Yhdistyksillä ei ole varaa palkata koordinaattoria, eivätkä kunnat voi rahoittaa yksityisten yhdistysten kiinteistöjen kehittämistä. Leader-toimintatapa, jossa paikalliset toimijat päättävät itse kehittämisen suunnasta, sopii hankkeeseen hyvin: työpaketit on ideoitu yhdistysten kanssa, ja ohjausryhmässä on enemmistö kylien edustajia.
Hankkeen tuloksia voi hyödyntää laajemmin. Maaseudun kylätaloja on Suomessa arviolta yli 3 000, ja niiden haasteet ovat pitkälti samoja. Siksi talonpidon opas ja kalenterimalli kirjoitetaan niin, että niitä voi käyttää myös muilla alueilla ilman hankkeen tukea. Mallia on jo kysytty kahdelta naapurimaakunnan Leader-ryhmältä.
Kylien asukkaille hanke näkyy arjessa: harrastusryhmä löytää tilan läheltä, etätyöntekijä pääsee tekemään töitä kylän talolle, ja kunnan palvelut tulevat lähemmäksi. Yhdistyksille hanke antaa välineet, joilla talo pysyy kunnossa ja kylän yhteisenä paikkana vielä seuraavallekin sukupolvelle.
"""

HORISONTAALI += """
Sukupuolten tasa-arvo ja nuoret. Kylätalojen vapaaehtoistyö on kyselyn mukaan jakautunut perinteisesti: kiinteistön kunnossapito on ollut miesten ja tarjoilut sekä siivous naisten tehtäviä. Talotiimien tehtävänkuvat laaditaan niin, ettei työnjako perustu sukupuoleen, ja perehdytysilloissa kaikki tehtävät esitellään kaikille. Nuoria otetaan mukaan talkoopäiviin, esittelysivujen kuvaamiseen ja somen tekemiseen, ja kahdessa kylässä nuorisoseuran nuoret vastaavat avoimien kylätalojen päivän ohjelmasta.
Kieli ja monikulttuurisuus. Alueelle on viime vuosina muuttanut myös ulkomaalaistaustaisia perheitä ja kausityöntekijöitä. Kalenterin perusohjeet ja talojen esittelyt tehdään suomeksi ja englanniksi, ja kyläilloissa kannustetaan uusia asukkaita mukaan talotiimeihin. Tavoitteena on, että kylätalo on kaikkien kyläläisten yhteinen paikka eikä vain yhdistyksen jäsenten.
"""

TULOKSET_LISA += """
Tuotokset lukuina: yhteinen varauskalenteri, jossa on vähintään 20 taloa; 16–20 talon esittelysivut kuvineen; kymmenen energiakatselmusraporttia ja korjaussuunnitelmaa; talonpidon opas painettuna ja verkossa; kuntien kanssa laadittu hinnoittelusuositus; vähintään 20 talotiimiä ja niiden yhteystiedot; kaksi kyläseminaaria ja yksi avoimien kylätalojen päivä. Lisäksi hanke tuottaa loppuraportin, jossa kokemukset kootaan muiden alueiden käyttöön, sekä pop up -toimistokokeilun tulokset, joiden perusteella yhdistykset voivat päättää, jatkavatko ne etätyötilojen tarjoamista. Kaikki aineistot ovat maksutta muiden kylien käytettävissä.
"""

KYLAT += [
    ("Lampila", "entinen osuuskaupan rakennus, 150 m²", "Kyläyhdistys osti rakennuksen vuonna 2016. Talossa on kylän kirpputori ja nuorten iltapäiväkerho. Yhdistys haluaa talotiimin avulla jakaa vastuuta, sillä nykyään kaikki tehtävät ovat kahden eläkeläisen harteilla, ja tarjota tilaa myös kunnan järjestämille ikäihmisten liikuntaryhmille."),
    ("Kallioinen", "kylätalo, 125 m²", "Talo sijaitsee valtatien varrella, ja sitä voisi käyttää matkailijoiden taukopaikkana. Yhdistys toivoo talolle näkyvyyttä kuntien kalentereissa ja yhteisessä varauskalenterissa."),
]
