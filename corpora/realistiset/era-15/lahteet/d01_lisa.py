"""Lisäluvut hakemukseen 01 (pituuden vuoksi: todellinen hakemus on 10+ sivua)."""
from apu import *


def lisaa(d):
    otsikko(d, "14 Hankkeen yhteys ohjelmaan ja horisontaaliset periaatteet")
    kpl(d, "Hanke toteuttaa Uudistuva ja osaava Suomi 2021–2027 -ohjelman erityistavoitetta, jossa edistetään "
           "maahan muuttaneiden sosioekonomista integroitumista. Hanke ei ole yksittäisten asiakkaiden palvelua "
           "korvaava toiminto, vaan se kehittää kaupungin palvelurakennetta, jota työllisyyspalvelut tarvitsee "
           "kuntasiirron jälkeen. Hankkeen aikana kehitettävä vastuuvalmentajan työtapa on luonteeltaan pysyvä "
           "rakenne, ja sen kokeileminen hankkeena on perusteltua, koska kaupungilla ei ole vielä tietoa sen "
           "kustannuksista ja vaikutuksista suhteessa nykyiseen palveluun.")
    kpl(d, "Sukupuolten tasa-arvo on hankkeen lähtökohta. Maahan muuttaneiden naisten työllisyysaste on "
           "pysynyt matalana, vaikka miesten työllisyys on parantunut, ja syynä ovat usein hoivavastuu, "
           "koulutuksen puute ja se, että palvelut on suunniteltu oletuksella, että asiakas pystyy osallistumaan "
           "kokopäiväisesti. Hankkeessa toiminta suunnitellaan niin, että siihen voi osallistua lapsen kanssa, "
           "aamupäivisin tai etänä. Samalla hanke pyrkii purkamaan ammattialojen sukupuolittuneisuutta: "
           "työpaikkavierailuja järjestetään myös logistiikkaan, kiinteistöhuoltoon ja tekniikan aloille.")
    kpl(d, "Yhdenvertaisuus ja syrjimättömyys otetaan huomioon saavutettavuudella. Kaikki keskeinen materiaali "
           "tehdään selkosuomeksi ja vähintään kuudella kielellä. Tulkkausta käytetään kaikissa henkilökohtaisissa "
           "tapaamisissa, kun asiakas sitä tarvitsee. Toimitilat ovat esteettömiä. Lukutaidottomille osallistujille "
           "järjestetään oma ryhmä, jossa käytetään kuvia ja puhetta. Osallistujien kokemuksia syrjinnästä "
           "rekrytoinnissa kerätään nimettömästi, ja niistä kootaan työnantajakoulutuksiin esimerkkejä.")
    kpl(d, "Ekologinen kestävyys huomioidaan matkustamisen vähentämisellä ja digitaalisella materiaalilla. "
           "Kokoukset järjestetään ensisijaisesti etänä, ja Rantasalon ja Kuivalan ryhmiin valmentajat kulkevat "
           "yhteiskyydillä. Työpaikkavierailuilla tutustutaan myös kiertotalouden ja ympäristöhuollon työpaikkoihin, "
           "kuten Haapaniemen kierrätyskeskukseen ja jätevedenpuhdistamoon, joissa on ollut rekrytointitarvetta.")

    otsikko(d, "15 Osallistujan polku – esimerkki")
    kpl(d, "Alla kuvataan, miltä hanke näyttää yhden osallistujan näkökulmasta. Esimerkki on koottu "
           "valmistelutyöpajoissa kuultujen kokemusten pohjalta, eikä se kuvaa ketään tiettyä henkilöä.")
    kpl(d, "Amina on 34-vuotias kolmen lapsen äiti, joka muutti Suomeen perheenyhdistämisen kautta vuonna 2020. "
           "Hän kävi kotoutumiskoulutuksen, mutta nuorimman lapsen syntymän jälkeen opinnot jäivät kesken. "
           "Kotoutumissuunnitelma päättyi keväällä 2025, eikä hänellä ole nyt työllisyyspalveluissa aktiivista "
           "palvelua. Neuvolan terveydenhoitaja kertoo hänelle kielikahvilasta, jonne voi tulla vauvan kanssa. "
           "Ensimmäisellä käynnillä hän tapaa vastuuvalmentajan, joka kysyy, mitä hän haluaisi tehdä viiden vuoden "
           "kuluttua. Amina kertoo toimineensa kotimaassaan ompelijana ja kiinnostuneensa lastenhoidosta.")
    kpl(d, "Seuraavien kuukausien aikana Amina käy kielikahvilassa kahdesti viikossa ja aloittaa työelämäsuomen "
           "ryhmän varhaiskasvatuksen sanastolla. Hän osallistuu työpaikkavierailulle päiväkotiin ja "
           "tekstiilialan pienyritykseen. Vastuuvalmentaja auttaa hakemaan lapselle varhaiskasvatuspaikan ja "
           "sopii päiväkodin kanssa kahden kuukauden työkokeilusta. Työkokeilun jälkeen Amina hakeutuu "
           "ammattiopiston kasvatus- ja ohjausalan perustutkintoon, jossa hän voi opiskella oppisopimuksella. "
           "Vastuuvalmentaja pitää yhteyttä vielä kolme kuukautta opintojen alkamisen jälkeen ja varmistaa, että "
           "Amina tietää, keneen ottaa yhteyttä, jos opinnoissa tulee vaikeuksia.")
    kpl(d, "Tällainen polku kestää tyypillisesti 9–14 kuukautta. Hankkeessa ei oleteta, että kaikki osallistujat "
           "etenevät näin suoraviivaisesti: osalle tärkein tulos voi olla, että he uskaltavat asioida itse "
           "terveysasemalla tai ovat ensimmäistä kertaa mukana lapsen vanhempainillassa. Nämäkin muutokset "
           "kirjataan seurantarekisteriin, koska ne ovat usein edellytys myöhemmälle työllistymiselle.")

    otsikko(d, "16 Henkilöstö ja työnjako")
    taulukko(d, [
        ["Tehtävä", "Työaika", "Keskeiset tehtävät"],
        ["Projektipäällikkö", "100 %, 24 kk",
         "Hankkeen johtaminen, raportointi, ohjausryhmän sihteeri, palvelupolun kuvaus, juurruttamistyö"],
        ["Vastuuvalmentaja (2)", "100 %, 23 kk", "Henkilökohtainen valmennus, työpaikkavierailut, urasuunnitelmat"],
        ["Yrityskoordinaattori", "50 %, 22 kk", "Työnantajakäynnit, koulutukset, tehtävänkuvaukset"],
        ["Lastenohjaaja", "60 %, 22 kk", "Lastenhoito kielikahviloissa ja ryhmissä"],
        ["Suomen kielen opettaja (kansalaisopisto)", "80 %, 22 kk", "Kielikahvilat, työelämäsuomen ryhmät, materiaalit"],
    ])
    kpl(d, "Rekrytoinnissa painotetaan monikielisyyttä: vähintään toisella vastuuvalmentajalla tulee olla jonkin "
           "kohderyhmän keskeisen kielen taito. Henkilöstö perehdytetään kaupungin työllisyyspalveluiden "
           "asiakastietojärjestelmään ja kirjaamiskäytäntöihin jo ensimmäisen kuukauden aikana, jotta hankkeen "
           "kirjaukset ovat yhteensopivia pysyvän toiminnan kanssa. Henkilöstön työhyvinvointia tuetaan "
           "työnohjauksella kerran kuukaudessa. Kaupunki vastaa työterveyshuollosta ja työtiloista osana "
           "normaalia toimintaansa.")
    kpl(d, "Hankkeen henkilöstö osallistuu kansalliseen ESR+-hankkeiden verkostoon ja Kotoutumisen "
           "osaamiskeskuksen järjestämiin verkostotapaamisiin. Verkostoissa hanke kertoo omista kokemuksistaan ja "
           "poimii muiden hankkeiden toimivia käytäntöjä, esimerkiksi lukutaitokoulutuksen menetelmiä.")

    otsikko(d, "17 Hankkeen hallinnointi ja talouden seuranta")
    kpl(d, "Hankkeen kirjanpito hoidetaan kaupungin kirjanpidossa omalla kustannuspaikalla. Maksatushakemukset "
           "tehdään neljän kuukauden välein EURA 2021 -järjestelmässä. Projektipäällikkö hyväksyy laskut, ja "
           "työllisyysjohtaja toimii toisena hyväksyjänä. Kansalaisopisto raportoi osuutensa kustannuksista "
           "päätoteuttajalle kuukausittain. Hankinnat tehdään kaupungin hankintaohjeen mukaisesti; ainoa "
           "kynnysarvon ylittävä hankinta on ulkoinen arviointi, joka kilpailutetaan syksyllä 2025.")
    kpl(d, "Ohjausryhmälle raportoidaan jokaisessa kokouksessa toteutuneet kustannukset suhteessa "
           "kustannusarvioon sekä keskeiset mittarit. Jos kustannukset uhkaavat ylittyä tai toteutua selvästi "
           "arvioitua pienempinä, projektipäällikkö valmistelee muutoshakemuksen rahoittajalle.")

    otsikko(d, "Liite 1. Valmisteluvaiheen yhteistyö")
    luettelo(d, [
        "17.9.2024 valmistelutyöpaja 1, Toriportti (14 osallistujaa, arabia ja somali tulkattuna)",
        "8.10.2024 valmistelutyöpaja 2, Rantasalon kirjasto (11 osallistujaa)",
        "5.11.2024 valmistelutyöpaja 3, Naisten Kohtaamo ry (12 osallistujaa)",
        "28.11.2024 työnantajatapaaminen, kaupungintalo (14 yritystä)",
        "21.1.2025 neuvottelu kansalaisopiston ja kotoutumispalveluiden kanssa",
        "11.3.2025 ohjausryhmän valmistelukokous, jossa sovittiin vastuuvalmentajamallin omistajuudesta",
    ])
    kpl(d, "Valmisteluun osallistuneet tahot ovat antaneet hankkeelle tukikirjeet, jotka ovat hakemuksen liitteinä 2–5.")


def lisaa2(d):
    otsikko(d, "18 Hakijan valmiudet ja aiemmat kokemukset")
    kpl(d, "Haapaniemen kaupungilla on pitkä kokemus EU-rahoitteisista työllisyyshankkeista. Vuosina 2015–2023 "
           "kaupunki hallinnoi viittä ESR-hanketta, joista laajin oli nuorten Ohjaamo-toiminnan käynnistänyt "
           "Suuntima-hanke (2016–2019, kokonaisbudjetti 1,1 miljoonaa euroa). Suuntiman toimintamalli "
           "vakiintui kaupungin pysyväksi palveluksi vuonna 2020, ja sen kokemuksia on hyödynnetty tämän "
           "hakemuksen juurruttamissuunnitelmassa. Kaupungin talouspalveluissa on hankekirjanpitoon perehtynyt "
           "henkilöstö, ja aiempien hankkeiden tarkastuksissa ei ole ollut huomautettavaa.")
    kpl(d, "Järvilinnan kansalaisopisto on järjestänyt maahan muuttaneiden suomen kielen opetusta vuodesta 2012. "
           "Opistolla on kokemusta lukutaitokoulutuksesta ja ryhmistä, joihin osallistutaan lapsen kanssa. "
           "Vuonna 2024 opiston kotoutumiskoulutuksessa ja vapaan sivistystyön kieliryhmissä opiskeli yhteensä "
           "410 aikuista. Opisto on mukana valtakunnallisessa selkokielen verkostossa ja on tuottanut aiemmin "
           "selkokielisiä oppimateriaaleja kotihoidon ja ateriapalveluiden henkilöstölle.")
    kpl(d, "Hankkeen valmistelussa on otettu opiksi myös aiempien hankkeiden ongelmista. Suuntima-hankkeessa "
           "havaittiin, että toimintamallin siirto pysyväksi viivästyi, koska päätös vakansseista tehtiin vasta "
           "hankkeen viimeisenä syksynä. Siksi tässä hankkeessa vastuuvalmentajien vakanssit esitetään "
           "talousarvioon jo hankkeen ensimmäisenä keväänä. Toinen oppi oli, että osallistujien tavoittaminen "
           "pelkän työllisyyspalveluiden asiakasrekisterin kautta ei riitä, koska suuri osa kohderyhmästä ei ole "
           "aktiivisesti palveluiden piirissä. Tämän vuoksi tavoittamisessa käytetään neuvolaa, "
           "varhaiskasvatusta, järjestöjä ja seurakuntaa.")

    otsikko(d, "19 Osallistujien tavoittaminen ja osallistumisen tuki")
    kpl(d, "Osallistujia tavoitetaan neljää reittiä pitkin. Ensimmäinen reitti on työllisyyspalveluiden oma "
           "asiakasrekisteri: kaikki naiset, joiden kotoutumissuunnitelma on päättynyt viimeisen kahden vuoden "
           "aikana, kutsutaan henkilökohtaisesti infotilaisuuteen omalla kielellään. Toinen reitti kulkee "
           "neuvoloiden ja varhaiskasvatuksen kautta. Terveydenhoitajat ja päiväkotien johtajat saavat "
           "monikielisen esitteen ja lyhyen perehdytyksen siitä, miten hankkeesta voi kertoa. Kolmas reitti "
           "ovat järjestöt ja yhteisöt, erityisesti Naisten Kohtaamo ry, moskeijayhdistys ja ukrainalaisten "
           "yhdistys. Neljäs reitti ovat osallistujat itse: kokemuksen mukaan tieto kulkee parhaiten tuttavalta "
           "toiselle, ja tätä tuetaan kutsumalla osallistujia tuomaan ystävänsä mukaan kielikahvilaan.")
    kpl(d, "Osallistumisen esteitä madalletaan käytännön järjestelyillä. Lastenhoito järjestetään kaikkien "
           "ryhmätoimintojen ajaksi. Osallistujat voivat tulla mukaan milloin tahansa, eikä toiminnassa ole "
           "jonoja. Rantasalon ja Kuivalan osallistujille korvataan joukkoliikenteen matkakulut. "
           "Henkilökohtaiset tapaamiset voidaan pitää myös osallistujan kotona tai kirjastossa. Jos osallistuja "
           "ei pysty jonakin kautena osallistumaan esimerkiksi raskauden tai perhesyiden vuoksi, valmentaja "
           "pitää yhteyttä puhelimitse ja sopii paluusta.")
    kpl(d, "Hankkeessa kiinnitetään huomiota myös osallistujien hyvinvointiin ja turvallisuuteen. Valmentajat "
           "koulutetaan tunnistamaan lähisuhdeväkivallan ja traumaperäisen oireilun merkkejä ja ohjaamaan "
           "tarvittaessa sosiaali- ja terveyspalveluihin. Yhteistyöstä on sovittu hyvinvointialueen "
           "aikuissosiaalityön ja perheneuvolan kanssa. Osallistujien tietoja käsitellään kaupungin "
           "tietosuojaohjeiden mukaan, ja jokaiselta osallistujalta pyydetään kirjallinen suostumus tietojen "
           "kirjaamiseen EURA-järjestelmään. Suostumus selitetään osallistujalle tulkin avulla.")

    otsikko(d, "20 Työnantajayhteistyön tarkennus")
    kpl(d, "Valmistelun työnantajatapaamisessa kävi ilmi, että yritykset eivät niinkään tarvitse yleistä tietoa "
           "maahanmuutosta vaan käytännön apua: miten työvuorolista selitetään, miten hygieniaohje kirjoitetaan "
           "selkokielellä, miten palkkatukea haetaan ja kuka auttaa, jos työkokeilussa tulee ongelmia. Siksi "
           "yrityskoordinaattorin työ painottuu yrityskäynteihin ja henkilökohtaiseen tukeen. Koordinaattori "
           "käy jokaisessa kiinnostuneessa yrityksessä vähintään kerran, käy esihenkilön kanssa läpi "
           "perehdytyksen vaiheet ja tarjoaa valmiita pohjia selkokielisiin ohjeisiin.")
    kpl(d, "Kaupungin omat yksiköt ovat tärkeä osa työnantajayhteistyötä. Varhaiskasvatus, ateriapalvelut ja "
           "kiinteistöpalvelut ovat sitoutuneet tarjoamaan hankkeen aikana yhteensä vähintään 30 "
           "työkokeilupaikkaa. Hyvinvointialueen kotihoito on ilmaissut kiinnostuksensa hoiva-avustajan "
           "tehtäviin rekrytoimiseen, ja sen kanssa suunnitellaan yhteinen lyhytkoulutus yhdessä Kaakonrannan "
           "ammattiopiston kanssa. Yksityisistä yrityksistä mukana ovat jo valmisteluvaiheessa olleet "
           "siivousyritys Puhdas Pihlaja Oy, logistiikkakeskus Kaakon Terminaali ja kolme ravintolaa.")
    kpl(d, "Yhteistyötä tehdään myös alueen yrittäjäjärjestön kanssa. Kaakonrannan yrittäjät ry tiedottaa "
           "hankkeesta jäsenilleen, ja sen edustaja on ohjausryhmässä. Työnantajakoulutuksia markkinoidaan "
           "yrittäjien aamukahvitilaisuuksissa. Hankkeen lopussa kootaan yritysten kokemuksista lyhyitä "
           "esimerkkitarinoita, joita voidaan käyttää myöhemmin muiden työnantajien rohkaisemiseen.")

    otsikko(d, "Liite 2. Työpakettien tehtävät ja tuotokset")
    taulukko(d, [
        ["Työpaketti", "Keskeiset tehtävät", "Tuotokset", "Ajoitus"],
        ["TP1 Kieli arjessa ja työssä", "Kielikahvilat, työelämäsuomen ryhmät, kielikummit, kieliportfolio",
         "Neljä alakohtaista materiaalipakettia, kieliportfolion malli", "Q4/2025–Q2/2027"],
        ["TP2 Työelämään tutustuminen", "Työpaikkavierailut, työkokeilut, urasuunnittelun ryhmät",
         "Henkilökohtaiset urasuunnitelmat, vierailujen vuosikello", "Q4/2025–Q2/2027"],
        ["TP3 Työnantajayhteistyö", "Koulutukset, yrityskäynnit, tehtävänkuvaukset",
         "Selkokielisen perehdytyksen opas, esimerkkitarinat", "Q1/2026–Q2/2027"],
        ["TP4 Palvelupolku", "Nykytilan kuvaus, vastuuvalmentajamallin pilotti, siirto pysyväksi",
         "Palvelupolun kuvaus, vastuuvalmentajan työnkuva", "Q3/2025–Q3/2027"],
    ])
    kpl(d, "Kaikki tuotokset julkaistaan avoimella lisenssillä (CC BY 4.0), jotta muut kunnat ja järjestöt "
           "voivat muokata niitä omiin tarpeisiinsa.")


def lisaa3(d):
    otsikko(d, "21 Miten hanke eroaa nykyisistä palveluista?")
    kpl(d, "Haapaniemessä on jo nyt tarjolla kotoutumiskoulutusta, vapaan sivistystyön kieliryhmiä, "
           "työllisyyspalveluiden valmennuksia ja kolmannen sektorin kohtaamispaikkoja. Palvelujen ongelma ei "
           "ole niiden puuttuminen vaan se, että ne ovat erillisiä: jokaisella palvelulla on omat "
           "hakeutumistapansa, aukioloaikansa ja yhteyshenkilönsä, eikä kukaan vastaa asiakkaan kokonaisuudesta "
           "sen jälkeen, kun kotoutumissuunnitelma on päättynyt. Asiakas joutuu itse kokoamaan polkunsa, mikä on "
           "erityisen vaikeaa heikon kielitaidon ja pienten lasten kanssa.")
    kpl(d, "Hankkeen uutuusarvo on kolmessa asiassa. Ensimmäinen on vastuuvalmentaja, joka pysyy samana koko "
           "polun ajan ja jolla on pienempi asiakasmäärä kuin tavallisella työllisyysasiantuntijalla (noin 35 "
           "asiakasta verrattuna nykyiseen noin 120:een). Toinen on kielenopetuksen ja työelämän yhdistäminen "
           "samaan paikkaan ja samaan aikaan: kielikahvilasta lähdetään suoraan työpaikkavierailulle, ja "
           "vierailulla opittu sanasto käydään läpi seuraavalla kerralla. Kolmas on se, että lastenhoito on "
           "rakennettu palvelun sisään eikä osallistujan vastuulle.")
    kpl(d, "Vastuuvalmentajamallin kustannuksia ja hyötyjä verrataan hankkeen aikana nykyiseen palveluun. "
           "Ulkoinen arvioija laskee yhdessä talouspalveluiden kanssa, mitä yhden asiakkaan polku maksaa "
           "kummassakin mallissa ja kuinka suuri osa asiakkaista on puolen vuoden kuluttua työssä tai "
           "koulutuksessa. Laskelma on tärkeä, koska päätös mallin pysyvästä rahoittamisesta tehdään "
           "kaupungin talousarviossa, ja päättäjät tarvitsevat siihen luotettavaa tietoa.")

    otsikko(d, "22 Hankkeen vaikutukset eri osapuolille")
    taulukko(d, [
        ["Osapuoli", "Odotettu muutos hankkeen aikana", "Odotettu muutos pitkällä aikavälillä"],
        ["Osallistujat", "Kielitaito ja itseluottamus vahvistuvat, oma suunta selkiytyy",
         "Työ tai tutkinto, taloudellinen itsenäisyys, osallisuus yhteisössä"],
        ["Osallistujien lapset", "Varhaiskasvatukseen osallistuminen lisääntyy",
         "Vanhemman työ ja kielitaito tukevat lapsen koulunkäyntiä"],
        ["Työnantajat", "Osaaminen selkokielisestä perehdytyksestä, uusia työntekijöitä",
         "Rekrytointiongelmat lievittyvät hoiva- ja palvelualoilla"],
        ["Kaupungin palvelut", "Palvelupolku kuvattu ja pilotoitu",
         "Vastuuvalmentajamalli pysyvänä palveluna, vähemmän katkoksia"],
        ["Naapurikunnat", "Kokemus mallin kokeilusta pienessä kunnassa", "Kevennetty malli käytössä"],
    ])
    kpl(d, "Vaikutuksia seurataan luvussa 11 kuvatuilla tavoilla. Pitkän aikavälin muutokset eivät ehdi näkyä "
           "kokonaan hankkeen aikana, ja siksi hankkeen päätyttyä työllisyyden johtoryhmä jatkaa seurantaa "
           "samoilla mittareilla, kuten luvussa 13 on kuvattu.")

    otsikko(d, "23 Yhteenveto")
    kpl(d, "Askelmerkit-hanke rakentaa Haapaniemeen ja sen naapurikuntiin polun, jota pitkin maahan muuttanut "
           "nainen pääsee kotoutumisvaiheesta työhön tai koulutukseen ilman katkosta. Hankkeen keskiössä ovat "
           "henkilökohtainen vastuuvalmentaja, kielikahvilat lastenhoidon kanssa, työpaikkavierailut ja "
           "työnantajien tuki. Hanke on valmisteltu yhdessä kohderyhmän, työnantajien ja niiden yksiköiden "
           "kanssa, joiden pysyvään toimintaan malli jää. Hankkeen tulokset mitataan osallistujien "
           "kielitaidolla, työkokeiluilla, urasuunnitelmilla, työnantajien koulutuksilla ja palvelupolun "
           "katkosten vähenemisellä. Hankkeen jälkeen malli jatkuu kaupungin työllisyyspalveluiden ja "
           "kansalaisopiston perustoimintana. Haemme hankkeelle ESR+-tukea 612 400 euroa.")
    kpl(d, "Haapaniemessä 14.3.2025")
    kpl(d, "Marko Hiltunen, työllisyysjohtaja          Sanna Kettunen, työllisyyspäällikkö")


def lisaa_viestinta(d):
    lihava(d, "Viestinnän pääkohdat kohderyhmittäin")
    taulukko(d, [
        ["Kohderyhmä", "Keskeinen viesti", "Kanavat", "Ajoitus"],
        ["Maahan muuttaneet naiset", "Voit tulla lapsen kanssa, kukaan ei jää yksin",
         "Monikieliset esitteet, WhatsApp, järjestöt, neuvola", "koko hankkeen ajan, kampanjat syys- ja tammikuussa"],
        ["Työnantajat", "Apua perehdytykseen ja rekrytointiin", "Yrittäjien uutiskirje, yrityskäynnit, LinkedIn",
         "Q1/2026 alkaen"],
        ["Kaupungin ja naapurikuntien työntekijät", "Miten asiakas ohjataan vastuuvalmentajalle",
         "Intranet, tiimipalaverit, verkostotapaamiset", "Q4/2025 alkaen"],
        ["Päättäjät", "Mallin kustannukset ja hyödyt", "Lautakuntakatsaukset, väliarvioinnin tiivistelmä",
         "puolivuosittain"],
        ["Muut kunnat ja hankkeet", "Malli ja materiaalit ovat vapaasti käytettävissä",
         "Innokylä, loppuseminaari, Kotoutumisen osaamiskeskuksen verkostot", "Q2–Q3/2027"],
    ])
    kpl(d, "Viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa. Osallistujien "
           "tarinoita käytetään viestinnässä vain heidän kirjallisella luvallaan, ja kuvissa noudatetaan "
           "erityistä varovaisuutta, koska osa osallistujista ei halua näkyä julkisesti. Viestinnän "
           "onnistumista seurataan infotilaisuuksien osallistujamäärillä, verkkosivujen kävijämäärillä ja "
           "kysymällä uusilta osallistujilta, mistä he kuulivat hankkeesta.")

    lihava(d, "Ohjausryhmän työskentely")
    kpl(d, "Ohjausryhmä hyväksyy hankkeen toimintasuunnitelman ja viestintäsuunnitelman, seuraa tavoitteiden "
           "ja kustannusten toteutumista ja tekee esitykset hankkeen muutoksista. Sen tärkein tehtävä on "
           "kuitenkin varmistaa, että hankkeen tulokset siirtyvät kaupungin ja naapurikuntien pysyvään "
           "toimintaan. Siksi jokaisen kokouksen asialistalla on juurruttamisen tilannekatsaus, jossa käydään "
           "läpi, mitä päätöksiä mallin jatkaminen edellyttää ja kuka ne valmistelee. Osallistujien "
           "edustajat valmistautuvat kokouksiin projektipäällikön kanssa, ja heillä on mahdollisuus käyttää "
           "tulkkia. Ohjausryhmän pöytäkirjat julkaistaan hankkeen verkkosivuilla.")
