"""01 STEA-hakemuksen hankesuunnitelma (pitkä, muutosten jäljitys)."""
from dx import *


def build(path):
    d = new_doc()
    d.add_heading("Hankesuunnitelma: Kohtaamo – nuorten aikuisten olohuone Järvi-Savoon", 0)
    p(d, "STEA:n avustushakemuksen liite 1 · kohdennettu toiminta-avustus (Ak) · hakuvuosi 2026")
    p(d, "Hakija: Järvi-Savon Nuorisotuki ry · Versio 3, 6.11.2025 (kommentit hallitukselta 4.11.2025 viety)")

    h(d, "Lyhyesti", 1)
    p(d, "Kohtaamo on Järvi-Savon Nuorisotuki ry:n uusi toimintamuoto 18–29-vuotiaille nuorille aikuisille, jotka "
         "kokevat itsensä yksinäisiksi tai ovat jääneet opiskelun, työn ja harrastusten ulkopuolelle. Avaamme "
         "Varkauden keskustaan matalan kynnyksen olohuoneen, jonne voi tulla ilman ajanvarausta, ilman "
         "asiakkuutta ja ilman, että tarvitsee kertoa itsestään mitään. Olohuoneen ympärille rakennamme "
         "vertaisryhmiä, arjen taitojen valmennusta ja jalkautuvaa työtä Leppävirralle, jossa nuorille "
         "aikuisille ei tällä hetkellä ole omaa kohtaamispaikkaa lainkaan. Samalla koulutamme nuorten kanssa "
         "työskenteleviä ammattilaisia tunnistamaan yksinäisyyden ja ohjaamaan nuoria toimintaan.")
    p(d, "Haemme kolmivuotista kohdennettua toiminta-avustusta. Hakemuksen kokonaisbudjetti on 498 600 euroa, "
         "josta STEA-avustuksen osuus on 473 600 euroa ja yhdistyksen omarahoitus 25 000 euroa.")

    h(d, "1 Miksi Kohtaamoa tarvitaan?", 1)
    p(d, "Nuorten aikuisten yksinäisyys on lisääntynyt koko maassa, ja Järvi-Savon alueella ilmiö näkyy "
         "erityisen selvästi. Kouluterveyskyselyn mukaan ammatillisen koulutuksen opiskelijoista 14,8 prosenttia "
         "koki itsensä yksinäiseksi melko tai hyvin usein vuonna 2023, kun vastaava osuus oli vuonna 2019 "
         "10,9 prosenttia. Alueen 20–29-vuotiaiden työttömyysaste oli vuoden 2024 lopussa 17,2 prosenttia, "
         "mikä on lähes viisi prosenttiyksikköä koko maan tasoa korkeampi. Varkauden kaupungin "
         "nuorisopalvelujen etsivä nuorisotyö kohtasi vuonna 2024 yhteensä 212 nuorta, joista yli puolet oli "
         "täyttänyt 20 vuotta. Etsivien nuorisotyöntekijöiden mukaan juuri tämä ikäryhmä jää helposti "
         "palvelujen väliin: nuorisotilat on suunnattu alaikäisille, ja aikuisten palveluihin pääsee yleensä "
         "vasta, kun ongelmat ovat kasvaneet niin suuriksi, että tarvitaan lähetettä tai ajanvarausta.")
    p(d, "Alueella toimii useita hyviä palveluja – Ohjaamo, etsivä nuorisotyö, hyvinvointialueen "
         "matalan kynnyksen mielenterveyspalvelut ja seurakunnan nuorten aikuisten toiminta – mutta yksikään "
         "niistä ei tarjoa paikkaa, jossa voi vain olla ja tutustua muihin samassa tilanteessa oleviin. "
         "Yhdistyksemme on järjestänyt vuodesta 2021 alkaen pienimuotoista vertaisryhmätoimintaa "
         "vapaaehtoisvoimin ja kerännyt kokemusta siitä, mikä nuoria aikuisia houkuttelee ja mikä karkottaa. "
         "Ryhmiin osallistuneet nuoret ovat toistuvasti toivoneet pysyvää tilaa, joka on auki myös iltaisin "
         "ja viikonloppuisin, kun yksinäisyys tuntuu raskaimmalta.")
    p(d, "Valmistelimme hakemusta syksyllä 2025 yhdessä nuorten kanssa. Järjestimme syys–lokakuussa kolme "
         "ideointi-iltaa, joihin osallistui yhteensä 27 nuorta aikuista, sekä kaksi valmistelupalaveria "
         "(9.9.2025 ja 14.10.2025) Varkauden kaupungin nuorisopalvelujen, Pohjois-Savon hyvinvointialueen "
         "nuorten mielenterveyspalvelujen, Ohjaamo Varkauden ja Leppävirran kunnan vapaa-aikatoimen kanssa. "
         "Palavereissa sovittiin, että kaupunki ja hyvinvointialue nimeävät edustajansa hankkeen "
         "ohjausryhmään ja että toimintamallin pysyvä paikka selvitetään jo hankkeen ensimmäisenä vuonna.")
    p(d, "Kohtaamo täydentää STEA:n avustusstrategian painopistettä, joka koskee yksinäisyyden ehkäisemistä ja "
         "osallisuuden vahvistamista. Se ei korvaa julkisia palveluja vaan tuo niiden rinnalle "
         "järjestölähtöisen, vapaaehtoisuuteen perustuvan yhteisön, jota julkinen sektori ei pysty "
         "samanlaisena tuottamaan.")

    bold(d, "Mitä nuoret kertoivat ideointi-illoissa")
    p(d, "Ideointi-iltojen keskusteluista nousi esiin kolme asiaa. Ensinnäkin nuoret kuvasivat yksinäisyyttä "
         "häpeällisenä asiana, josta ei puhuta edes läheisille. Moni kertoi viettävänsä päiviä puhumatta "
         "kenenkään kanssa ja kokevansa, että muilla ikätovereilla on opiskelupaikka, parisuhde ja "
         "ystäväpiiri. Toiseksi nuoret toivoivat paikkaa, jossa ei tarvitse olla asiakas. Useampi nuori "
         "sanoi, että palveluissa joutuu aina kertomaan ongelmistaan ennen kuin saa apua, ja että tämä "
         "kynnys on monelle liian korkea. Kolmanneksi nuoret korostivat ilta- ja viikonloppuaikojen "
         "merkitystä. Arkipäivinä virka-aikaan toimivat palvelut eivät auta silloin, kun yksinäisyys "
         "tuntuu pahimmalta, eli iltaisin, viikonloppuisin ja juhlapyhinä.")
    p(d, "Nuoret osallistuivat myös tilan suunnitteluun: toiveissa olivat muun muassa sohvanurkkaus, "
         "pelikonsolit, keittiö, hiljainen huone ja mahdollisuus tulla paikalle myös koiran kanssa. "
         "Toiveet on otettu huomioon tilahaussa ja budjetissa.")

    bold(d, "Kohtaamo suhteessa muihin palveluihin")
    p(d, "Kohtaamo ei ole hoitoa eikä terapiaa, eikä se korvaa sosiaali- tai terveyspalveluja. Se sijoittuu "
         "palvelujärjestelmässä ennaltaehkäisevän ja yhteisöllisen tuen kohdalle, ennen kuin nuori tarvitsee "
         "raskaampia palveluja, ja toisaalta myös niiden rinnalle, kun nuori on jo esimerkiksi "
         "mielenterveyspalvelujen asiakas ja kaipaa arkeensa muuta sisältöä. Ohjaamon kanssa on sovittu "
         "työnjaosta niin, että Ohjaamo vastaa ammatillisesta ohjauksesta ja Kohtaamo yhteisöstä ja "
         "arjen tuesta. Etsivä nuorisotyö puolestaan voi käyttää Kohtaamoa paikkana, johon nuoren on "
         "helppo tulla ensimmäisen kerran.")

    h(d, "2 Mitä tavoittelemme?", 1)
    p(d, "Hankkeen päätavoitteena on, että Järvi-Savon yksinäisyyttä kokevien nuorten aikuisten osallisuus ja "
         "arjen hallinta vahvistuvat ja että heille syntyy pysyvä, turvallinen yhteisö. Päätavoite jakautuu "
         "kolmeen osatavoitteeseen:")
    bullets(d, [
        "Yksinäisyyttä kokevat nuoret aikuiset löytävät maksuttoman kohtaamispaikan ja vertaisyhteisön, "
        "jossa he kokevat kuuluvansa joukkoon.",
        "Nuorten aikuisten arjenhallinta sekä valmiudet hakeutua opiskeluun tai työhön paranevat.",
        "Nuorten kanssa työskentelevät ammattilaiset tunnistavat yksinäisyyden aiempaa paremmin ja osaavat "
        "ohjata nuoria vertaistoimintaan.",
    ], numbered=True)
    p(d, "Tavoitteet on muotoiltu yhdessä nuorten kanssa ideointi-illoissa. Nuorten omin sanoin haluamme, että "
         "\"kenenkään ei tarvitse viettää jokaista iltaa yksin huoneessaan\" ja että Kohtaamosta on hyötyä "
         "myös silloin, kun elämässä alkaa taas tapahtua.")

    h(d, "3 Kenelle hanke on?", 1)
    p(d, "Ensisijainen kohderyhmä ovat 18–29-vuotiaat Varkauden ja Leppävirran alueella asuvat nuoret aikuiset, "
         "jotka kokevat yksinäisyyttä tai ovat vailla opiskelu- tai työpaikkaa. Arviomme mukaan alueella on "
         "noin 600–800 tällaista nuorta. Tavoittelemme hankkeen aikana vähintään 350 eri nuorta, joista noin "
         "120 osallistuu säännöllisesti ryhmiin tai valmennukseen. Erityisesti haluamme tavoittaa nuoria "
         "miehiä, joita nykyiset palvelut tavoittavat heikosti, sekä maahan muuttaneita nuoria aikuisia.")
    p(d, "Toissijainen kohderyhmä ovat nuorten kanssa työskentelevät ammattilaiset: ammatillisen oppilaitoksen "
         "opinto-ohjaajat ja kuraattorit, Ohjaamon ja etsivän nuorisotyön työntekijät, hyvinvointialueen "
         "nuorten mielenterveyspalvelujen työntekijät sekä seurakuntien nuorisotyöntekijät, yhteensä noin "
         "90 henkilöä. Lisäksi kohderyhmään kuuluvat toimintaan mukaan tulevat vapaaehtoiset, joita arvioimme "
         "olevan hankkeen aikana 25–30.")

    bold(d, "Miten tavoitamme nuoret?")
    p(d, "Kohderyhmän tavoittaminen on hankkeen kriittisin kohta, sillä yksinäisyyttä kokevat nuoret eivät "
         "yleensä hakeudu uusiin paikkoihin omatoimisesti. Tavoittamisessa hyödynnämme kolmea reittiä. "
         "Ensimmäinen on yhteistyökumppanien ohjaus: etsivä nuorisotyö, Ohjaamo, oppilaitosten opiskeluhuolto "
         "ja hyvinvointialueen nuorten mielenterveyspalvelut kertovat Kohtaamosta asiakkailleen ja voivat "
         "tulla nuoren mukaan ensimmäisellä kerralla. Toinen reitti on verkko: nuorten tuottama sisältö "
         "sosiaalisessa mediassa, pelaamiseen liittyvät Discord-yhteisöt ja paikalliset "
         "keskusteluryhmät. Kolmas reitti on puskaradio, eli nykyiset vertaisryhmäläiset ja heidän "
         "kaverinsa. Ideointi-illoissa nuoret korostivat, että ensimmäisen käynnin kynnystä madaltaa "
         "eniten se, että paikalle voi tulla kaverin kanssa ja että tilasta on etukäteen nähtävissä kuvia "
         "ja esittelyvideo.")
    p(d, "Maahan muuttaneiden nuorten aikuisten tavoittamisessa teemme yhteistyötä kotoutumispalvelujen ja "
         "aikuisten perusopetuksen kanssa. Nuorten miesten tavoittamiseksi järjestämme toimintaa, joka "
         "lähtee tekemisestä eikä puhumisesta: pelailtoja, kuntosalivuoroja ja pienkorjaustyöpajan, jossa "
         "korjataan polkupyöriä ja elektroniikkaa.")

    h(d, "4 Toiminnan kuvaus", 1)
    bold(d, "4.1 Olohuone ja vertaisryhmät")
    p(d, "Kohtaamon olohuone avataan Varkauden keskustaan vuokrattavaan katutason liiketilaan. Olohuone on auki "
         "neljänä iltana viikossa (ti–pe klo 15–21) ja kahtena lauantaina kuukaudessa. Paikalla on aina "
         "vähintään yksi palkattu ohjaaja ja yksi vapaaehtoinen. Olohuoneessa voi pelata, laittaa ruokaa, "
         "tehdä etätöitä tai opiskella, jutella tai vain istua sohvalla. Kerran viikossa järjestetään yhteinen "
         "ruokailu, jonka suunnittelusta ja valmistuksesta nuoret vastaavat vuorotellen.")
    p(d, "Olohuoneen yhteyteen perustetaan kiinnostuksen mukaan muodostuvia vertaisryhmiä: pelailta, "
         "liikuntaryhmä, luovan kirjoittamisen ryhmä ja suomen kielen keskusteluryhmä maahan muuttaneille. "
         "Ryhmiä ohjaavat koulutetut vapaaehtoiset ja myöhemmin myös toimintaan osallistuneet nuoret itse. "
         "Leppävirralle Kohtaamo jalkautuu kerran viikossa kunnan nuorisotilan iltavuoroon, jonka kunta antaa "
         "maksutta käyttöön 18 vuotta täyttäneille.")
    bold(d, "4.2 Arjen taitojen valmennus")
    p(d, "Nuori voi halutessaan sopia ohjaajan kanssa henkilökohtaisesta valmennusjaksosta, jonka kesto on "
         "tyypillisesti kolmesta kuuteen kuukautta. Valmennuksessa harjoitellaan arjen asioita, jotka nuori "
         "itse nimeää: raha-asioiden hoitoa, vuorokausirytmiä, asiointia Kelassa ja TE-palveluissa, "
         "hakemusten tekemistä tai vaikkapa bussilla kulkemista vieraaseen paikkaan. Valmennusta täydentävät "
         "pienryhmät, joissa käsitellään ruoanlaittoa pienellä budjetilla, kodin siisteyttä ja "
         "opiskelupaikan hakemista. Yhteistyössä Ohjaamon kanssa nuori saa tarvittaessa saattaen vaihtaen "
         "tukea opinto- ja uraohjaukseen.")
    bold(d, "4.3 Ammattilaisten koulutus ja ohjausmalli")
    p(d, "Hankkeessa kehitetään yhdessä alueen ammattilaisten kanssa kevyt ohjausmalli, jonka avulla "
         "yksinäisyyden puheeksi ottaminen ja nuoren ohjaaminen vertaistoimintaan tulee osaksi tavallista "
         "asiakastyötä. Mallia varten järjestetään vuosittain kaksi puolen päivän koulutusta ammattilaisille "
         "sekä työpaja, jossa mallia muokataan kokemusten perusteella. Koulutuksissa hyödynnetään "
         "kokemusasiantuntijoita, jotka ovat itse kokeneet nuorena aikuisena pitkäkestoista yksinäisyyttä.")
    bold(d, "4.4 Vapaaehtoistoiminta")
    p(d, "Vapaaehtoisille järjestetään peruskoulutus kahdesti vuodessa, kuukausittaiset "
         "vapaaehtoisten illat ja työnohjaus. Vapaaehtoisuus on myös polku osallistujille itselleen: "
         "tavoitteena on, että osa olohuoneen kävijöistä kasvaa ryhmänohjaajiksi ja vertaistukijoiksi.")

    bold(d, "4.5 Tyypillinen ilta Kohtaamossa")
    p(d, "Olohuone avautuu iltapäivällä kolmelta. Ensimmäisinä paikalle tulevat yleensä ne, joilla ei ole "
         "päivällä muuta menoa: joku tulee lukemaan, joku lataamaan puhelinta ja juomaan kahvia. Ohjaaja "
         "tervehtii jokaista nimeltä, jos nimi on tiedossa, ja esittelee uudet tulijat muille vain, jos he "
         "itse sitä haluavat. Viiden jälkeen aloitetaan yhteisen ruoan valmistelu. Ruokailun jälkeen on "
         "vuorossa illan ryhmä, esimerkiksi pelailta tai kirjoittajaryhmä, mutta ryhmään ei ole pakko "
         "osallistua. Illan aikana ohjaajalla on mahdollisuus kahdenkeskisiin keskusteluihin sivuhuoneessa. "
         "Kokemuksemme vertaisryhmistä on osoittanut, että moni nuori ottaa vaikeat asiat puheeksi vasta "
         "monen käyntikerran jälkeen ja usein aivan muun tekemisen lomassa, esimerkiksi tiskatessa.")
    p(d, "Olohuoneen säännöt laaditaan yhdessä kävijöiden kanssa ensimmäisen toimintakuukauden aikana. "
         "Lähtökohtana ovat päihteettömyys, toisten kunnioittaminen ja se, ettei ketään painosteta "
         "kertomaan asioistaan. Sääntöjä tarkastellaan nuorten raadissa puolen vuoden välein.")
    bold(d, "4.6 Esimerkki nuoren polusta")
    p(d, "Ideointi-illoissa nuoret kuvasivat, millainen polku Kohtaamon kautta voisi olla. Kuvitteellinen "
         "esimerkki: 23-vuotias nuori mies on keskeyttänyt ammatillisen koulutuksen kaksi vuotta sitten ja "
         "viettää suurimman osan ajastaan kotona pelaten. Etsivä nuorisotyöntekijä kertoo hänelle "
         "Kohtaamon pelaillasta. Ensimmäisellä kerralla hän tulee kaverin kanssa, toisella kerralla yksin. "
         "Muutaman kuukauden jälkeen hän alkaa osallistua myös yhteisiin ruokailuihin ja kysyy ohjaajalta, "
         "voisiko saada apua Kela-asioiden hoitamiseen. Valmennusjakson aikana hän selvittää velkansa "
         "talous- ja velkaneuvonnan kanssa, saa vuorokausirytminsä paremmaksi ja hakee takaisin "
         "oppilaitokseen. Samalla hän jatkaa pelaillan ohjaajana vapaaehtoisena. Polku ei ole suoraviivainen "
         "eikä sen tarvitse olla: Kohtaamo on paikka, johon voi palata myös silloin, kun asiat eivät mene "
         "suunnitelmien mukaan.")

    h(d, "Toimintaa ohjaavat periaatteet", 2)
    p(d, "Matala kynnys tarkoittaa Kohtaamossa sitä, että toimintaan voi tulla ilman ajanvarausta, lähetettä, "
         "diagnoosia tai ilmoittautumista, eikä kävijöistä kerätä henkilötietoja ilman heidän omaa "
         "halukkuuttaan. Toinen periaate on osallisuus: nuoret eivät ole toiminnan kohteita vaan sen "
         "tekijöitä. He suunnittelevat ryhmät, päättävät sisustuksesta ja ovat mukana rekrytoimassa "
         "henkilöstöä. Kolmas periaate on yhteisöllisyys. Emme tarjoa ensisijaisesti yksilöpalvelua, vaan "
         "yhteisön, jossa nuoret tukevat toisiaan ja jossa aikuinen on läsnä. Neljäs periaate on "
         "yhteistyö: Kohtaamo ei pyri tekemään kaikkea itse, vaan ohjaa nuoria tarvittaessa alueen muihin "
         "palveluihin ja tuo palveluja myös olohuoneeseen, esimerkiksi Ohjaamon uraohjaajan kerran "
         "kuukaudessa pidettävän päivystyksen muodossa.")

    h(d, "Yhdenvertaisuus, saavutettavuus ja turvallisuus", 2)
    p(d, "Toiminta on maksutonta, ja yhteiset ruokailut järjestetään niin, että osallistuminen ei edellytä "
         "rahaa. Olohuoneeksi etsitään esteetön katutason tila hyvien bussiyhteyksien varrelta. Leppävirran "
         "jalkautuva toiminta vähentää alueellista eriarvoisuutta, sillä julkinen liikenne kuntien välillä on "
         "iltaisin harvaa. Viestinnässä käytetään selkokieltä ja tärkeimmät tiedot käännetään englanniksi, "
         "arabiaksi ja ukrainaksi. Toiminnassa noudatetaan turvallisemman tilan periaatteita, jotka käydään "
         "läpi jokaisen uuden kävijän kanssa.")
    p(d, "Henkilöstö ja vapaaehtoiset perehdytetään sukupuolen moninaisuuteen, kulttuuriseen sensitiivisyyteen "
         "ja traumatietoiseen kohtaamiseen. Kaikilta vapaaehtoisilta pyydetään rikostaustaote, vaikka "
         "kohderyhmä on täysi-ikäinen, koska toiminnassa voi ajoittain olla mukana myös 17-vuotiaita "
         "nuoria aikuisia, jotka siirtyvät toimintaan nuorisotiloista.")

    h(d, "Yhdistyksen aiempi kokemus", 2)
    p(d, "Järvi-Savon Nuorisotuki ry on perustettu vuonna 2007. Yhdistys on toteuttanut STEA:n tuella "
         "tukiasumisen kehittämishankkeen (2012–2015), nuorten vertaisryhmätoiminnan (2016–2019) ja "
         "koronavuosien etäryhmätoiminnan (2020–2022). Yhdistyksellä on viisi vakituista työntekijää ja noin "
         "40 aktiivista vapaaehtoista. Aiempien hankkeiden loppuarvioinneissa vahvuuksiksi on nostettu "
         "luotettava yhteistyö kunnan kanssa ja kyky tavoittaa nuoria, joita palvelut eivät muuten tavoita. "
         "Kehitettäväksi on todettu tulosten dokumentointi ja toiminnan siirtäminen pysyväksi, mihin tässä "
         "hakemuksessa on kiinnitetty erityistä huomiota.")

    h(d, "Tietosuoja", 2)
    p(d, "Olohuoneen kävijöistä ei pidetä henkilörekisteriä. Kävijämäärät kirjataan päivittäin "
         "nimettöminä tukkimiehen kirjanpitona. Valmennukseen osallistuvista kirjataan vain valmennuksen "
         "toteuttamiseksi välttämättömät tiedot nuoren suostumuksella, ja tiedot hävitetään kahden vuoden "
         "kuluttua valmennuksen päättymisestä. Kyselyt toteutetaan nimettöminä. Yhdistyksellä on "
         "tietosuojaseloste ja nimetty tietosuojavastaava.")

    p(d, "Vapaaehtoisten jaksamisesta huolehditaan niin, ettei kenelläkään ole enempää kuin kaksi "
         "iltavuoroa kuukaudessa, ellei hän itse toivo muuta. Vapaaehtoisille järjestetään kerran vuodessa "
         "virkistyspäivä, ja heidän osaamistaan tehdään näkyväksi todistuksella, josta on hyötyä myös työ- "
         "ja opiskelupaikkaa haettaessa. Vapaaehtoisten koordinointi kuuluu toisen ohjaajan työnkuvaan.")

    h(d, "5 Hankeaika ja vaiheistus", 1)
    tracked(d, [("t", "Hankeaika on "), ("del", "1.1.2026–31.12.2027"), ("ins", "1.3.2026–28.2.2029"),
                ("t", ". Hanke etenee kolmessa vaiheessa: käynnistys ja tilan avaaminen, toiminnan vakiintuminen "
                      "sekä mallin viimeistely ja siirtäminen pysyviin rakenteisiin.")])
    tracked_paragraph_deleted(d, "Hankkeen aloituspäivä vahvistetaan, kun avustuspäätös on saatu (xx.xx.2026).")
    table(d, [
        ["Toiminto", "2026", "2027", "2028", "2029 (Q1)"],
        ["Henkilöstön rekrytointi, tilan vuokraus ja kunnostus", "maalis–toukokuu", "", "", ""],
        ["Olohuoneen avaaminen ja vertaisryhmät", "kesäkuusta alkaen", "koko vuosi", "koko vuosi", "tammi–helmikuu"],
        ["Jalkautuva työ Leppävirralla", "syksystä alkaen", "koko vuosi", "koko vuosi", "tammi–helmikuu"],
        ["Arjen taitojen valmennus", "syksystä alkaen", "koko vuosi", "koko vuosi", ""],
        ["Ammattilaisten koulutukset ja ohjausmallin työpajat", "lokakuu", "huhtikuu, lokakuu", "huhtikuu, lokakuu", ""],
        ["Kokeilu Joroisten ja Heinäveden nuorisopalveluissa", "", "", "elo–joulukuu", ""],
        ["Käsikirjan julkaisu ja loppuseminaari", "", "", "syyskuu (käsikirja)", "helmikuu (seminaari)"],
        ["Arviointi: alkumittaus, välimittaus, loppumittaus", "syyskuu", "syyskuu", "syyskuu", "tammikuu"],
    ])

    h(d, "6 Miten arvioimme onnistumista?", 1)
    p(d, "Arviointi on hankkeen oma, jatkuva prosessi, jota toiminnanjohtaja koordinoi. Keräämme tietoa "
         "kolmella tavalla: kävijä- ja osallistujatilastoilla, nuorille suunnatulla kyselyllä sekä "
         "ammattilaisilta kerättävällä palautteella. Lisäksi ohjausryhmä käy kerran vuodessa läpi "
         "arviointitiedon ja tekee tarvittavat muutokset toimintaan.")
    p(d, "Kohtaamispaikan ja vertaisyhteisön toteutumista seuraamme olohuoneen kävijämäärillä (tavoite 160 eri "
         "nuorta vuodessa, joista vähintään 40 käy kuukausittain) sekä kävijäkyselyllä, joka tehdään "
         "syyskuussa joka vuosi. Kyselyssä käytetään kolmen kysymyksen lyhyttä yksinäisyysmittaria ja "
         "kysytään, kokeeko nuori kuuluvansa johonkin yhteisöön. Tavoitteena on, että säännöllisesti käyvistä "
         "vähintään 70 prosenttia kokee kuuluvansa Kohtaamon yhteisöön.")
    p(d, "Valmennuksen vaikutusta arvioidaan arjen hallinnan itsearviointilomakkeella (10 väittämää), jonka "
         "nuori täyttää valmennuksen alussa ja lopussa yhdessä ohjaajan kanssa. Lisäksi seuraamme, kuinka moni "
         "valmennukseen osallistunut hakeutuu opiskeluun, työhön, kuntouttavaan työtoimintaan tai muuhun "
         "aktiiviseen toimintaan puolen vuoden kuluessa. Tavoitetaso on 35 prosenttia.")
    tracked(d, [("del", "Kolmannen osatavoitteen mittarit tarkennetaan myöhemmin ohjausryhmässä. "),
                ("ins", "Koulutusten jälkeen ammattilaisille tehdään lyhyt osaamiskysely, joka toistetaan puolen "
                        "vuoden kuluttua, ja lisäksi kirjaamme, kuinka moni nuori tulee Kohtaamoon ammattilaisen "
                        "ohjaamana (tavoite 60 nuorta hankeaikana).")],
            author="Tuomas Rytkönen", date="2025-11-05T14:40:00Z")
    p(d, "Käytämme myös STEA:n avustettavan toiminnan seurantalomakkeen vakiomittareita, joiden tiedot "
         "raportoidaan vuosittain avustuksen käytön selvityksen yhteydessä. Nuorten ääni kuuluu arvioinnissa "
         "myös epävirallisesti: olohuoneessa järjestetään kahdesti vuodessa palauteilta, jossa nuoret "
         "kertovat, mitä kannattaa jatkaa, mitä muuttaa ja mistä luopua.")

    bold(d, "Arviointitiedon käyttö")
    p(d, "Arviointitietoa käytetään ennen kaikkea toiminnan kehittämiseen. Henkilöstö käy kuukausittaisessa "
         "tiimipalaverissa läpi kävijätilastot ja nuorten raadin palautteen. Vuosittaisen kävijäkyselyn ja "
         "itsearviointilomakkeiden tulokset kootaan lyhyeksi raportiksi, joka käsitellään ohjausryhmässä ja "
         "nuorten raadissa ja julkaistaan yhdistyksen verkkosivuilla. Tulokset ovat myös keskeinen peruste, "
         "kun kaupunki tekee päätöstä toiminnan jatkamisesta, joten raportointi ajoitetaan niin, että "
         "tuoreimmat tulokset ovat käytettävissä ennen talousarvion valmistelua.")

    h(d, "7 Mitä hankkeesta jää? Tulokset ja vaikutukset", 1)
    p(d, "Hankkeen välittömiä tuloksia ovat toimiva olohuone, vakiintuneet vertaisryhmät, koulutettu "
         "vapaaehtoisten joukko, ammattilaisten ohjausmalli sekä Kohtaamon toimintamallin käsikirja, jonka "
         "avulla toiminta voidaan käynnistää myös muualla. Pidemmällä aikavälillä odotamme, että "
         "yksinäisyys vähenee toimintaan osallistuneiden nuorten keskuudessa, heidän arkensa sujuu paremmin "
         "ja yhä useampi löytää tiensä opiskeluun tai työhön.")
    p(d, "Alueen palvelujärjestelmän kannalta vaikutus näkyy siinä, että yksinäisyys tunnistetaan aiemmin ja "
         "nuorelle on tarjota jotain konkreettista jo ennen kuin tarvitaan raskaampia palveluja. "
         "Pitkällä aikavälillä tämä voi vähentää nuorten aikuisten mielenterveyspalvelujen kuormitusta, "
         "vaikka tätä vaikutusta emme pysty hankkeen kolmessa vuodessa luotettavasti osoittamaan.")

    p(d, "Hankkeen konkreettiset tuotokset ovat:")
    bullets(d, [
        "Kohtaamon toimintamallin käsikirja (kiinteä olohuone ja jalkautuva versio), julkaistaan avoimesti verkossa",
        "ammattilaisten ohjausmalli ja sen koulutusmateriaali, joka on vapaasti muiden organisaatioiden käytössä",
        "vapaaehtoisten peruskoulutuksen materiaali ja perehdytyskansio",
        "toimintamallin kuvaus Innokylässä",
        "vuosittaiset arviointiraportit ja loppuraportti",
    ])
    p(d, "Hankkeen lisäarvo syntyy siitä, että se yhdistää järjestön vahvuudet – vapaaehtoisuuden, "
         "yhteisöllisyyden ja joustavuuden – kunnan ja hyvinvointialueen palveluihin niin, että nuori ei "
         "putoa palvelujen väliin. Kolmen vuoden aikana ehdimme kokeilla, korjata ja dokumentoida mallin "
         "niin, että sen jatkamisesta voidaan tehdä perusteltu päätös. Jos hanke jätettäisiin toteuttamatta, "
         "alueen nuorilla aikuisilla ei olisi jatkossakaan paikkaa, jonne voi tulla ilman ajanvarausta "
         "iltaisin ja viikonloppuisin, ja yksinäisyyden tunnistaminen jäisi yksittäisten työntekijöiden "
         "aktiivisuuden varaan.")

    h(d, "8 Juurruttaminen ja jatkuvuus", 1)
    p(d, "Juurruttaminen on ollut mukana jo hakuvaiheessa: kaupungin nuorisopalvelut ja hyvinvointialue ovat "
         "olleet mukana valmistelupalavereissa ja ovat sitoutuneet ohjausryhmään. Noudatamme juurruttamisessa "
         "4V-mallia, jonka vaiheet limittyvät koko hankkeen ajan.")
    p(d, "Viestintä: Kerromme toiminnasta ja sen tuloksista alusta asti nuorten kanavissa (Instagram, TikTok), "
         "yhdistyksen verkkosivuilla ja kahdesti vuodessa ilmestyvässä uutiskirjeessä ammattilaisille. "
         "Toimintamalli kuvataan Innokylään ensimmäisen toimintavuoden jälkeen, ja kuvausta päivitetään "
         "vuosittain.")
    p(d, "Variointi: Mallista tehdään kaksi versiota – kiinteän tilan olohuone kaupunkiin ja kevyempi "
         "jalkautuva versio maaseutumaisiin kuntiin, jota kehitetään Leppävirran kokemusten pohjalta. "
         "Lisäksi ohjausmallia sovitetaan oppilaitosten opiskeluhuollon tarpeisiin.")
    p(d, "Valtavirtaistaminen: Joroisten ja Heinäveden nuorisopalvelut kokeilevat jalkautuvaa versiota ja "
         "ohjausmallia syksyllä 2028. Kokeiluista kerätyt kokemukset kirjataan käsikirjaan, joka julkaistaan "
         "syyskuussa 2028 avoimesti verkossa, ja mallia esitellään loppuseminaarissa helmikuussa 2029.")
    p(d, "Vakiinnuttaminen: Varkauden kaupungin nuorisopalvelut on ilmoittanut valmiutensa ottaa "
         "olohuonetoiminta osaksi kaupungin nuorisotilaverkkoa hankkeen jälkeen. Jatkon valmistelusta vastaa "
         "kaupungin puolelta nuorisopalvelupäällikkö Jari Kettunen ja yhdistyksen puolelta toiminnanjohtaja "
         "Maija Lehtola. Ratkaisu jatkosta tehdään kaupungin talousarviokäsittelyssä syksyllä 2028, jotta "
         "toiminta voi jatkua katkoitta maaliskuusta 2029 alkaen. Ammattilaisten ohjausmalli kirjataan "
         "Pohjois-Savon hyvinvointialueen nuorten mielenterveyspalvelujen palveluketjukuvaukseen; asiasta "
         "vastaa palveluesihenkilö Heidi Räsänen.")
    p(d, "Juurruttamiseen varataan resursseja koko hankkeen ajan: toiminnanjohtajan työajasta 20 prosenttia on "
         "kohdennettu yhteistyöhön ja juurruttamiseen, ja viimeiselle toimintavuodelle on budjetoitu 8 000 "
         "euroa käsikirjan taittoon, kokeilukuntien tukeen ja loppuseminaariin.")

    h(d, "9 Organisointi ja yhteistyö", 1)
    p(d, "Hanketta hallinnoi Järvi-Savon Nuorisotuki ry, jolla on 18 vuoden kokemus nuorten tukemisesta ja "
         "kolme aiempaa STEA-rahoitteista kohdetta. Hankkeeseen palkataan kaksi kokoaikaista ohjaajaa "
         "(sosionomi AMK tai vastaava) ja osa-aikainen (60 %) valmentaja. Toiminnanjohtaja vastaa "
         "hankkeen johtamisesta ja taloudesta osana työtään.")
    p(d, "Hankkeelle perustetaan ohjausryhmä, johon kuuluvat edustajat Varkauden kaupungin nuorisopalveluista, "
         "Pohjois-Savon hyvinvointialueelta, Ohjaamo Varkaudesta, Leppävirran kunnasta, Varkauden seurakunnasta "
         "ja ammatillisesta oppilaitoksesta sekä kaksi nuorta aikuista Kohtaamon kävijöistä. Ohjausryhmä "
         "kokoontuu 3–4 kertaa vuodessa. Nuorten raati kokoontuu kuukausittain ja päättää muun muassa "
         "olohuoneen säännöistä ja ryhmien sisällöistä.")

    bold(d, "Henkilöstö ja osaaminen")
    p(d, "Ohjaajilta edellytetään sosiaali- tai nuorisoalan koulutusta ja kokemusta ryhmätoiminnasta. "
         "Valmentajalta toivotaan lisäksi kokemusta yksilövalmennuksesta, esimerkiksi kuntouttavasta "
         "työtoiminnasta tai etsivästä nuorisotyöstä. Rekrytointiin osallistuu kaksi nuorten raadin jäsentä. "
         "Henkilöstö saa säännöllisen työnohjauksen ja osallistuu vuosittain vähintään kahteen koulutukseen, "
         "joiden aiheita ovat muun muassa mielenterveyden ensiapu, motivoiva haastattelu ja ryhmien ohjaaminen.")
    table(d, [
        ["Yhteistyökumppani", "Rooli hankkeessa"],
        ["Varkauden kaupungin nuorisopalvelut", "Ohjausryhmä, etsivän nuorisotyön ohjaus, toiminnan jatkon valmistelu"],
        ["Pohjois-Savon hyvinvointialue", "Ohjausryhmä, ohjausmallin kehittäminen, ammattilaisten koulutukset"],
        ["Ohjaamo Varkaus", "Uraohjaajan päivystys olohuoneessa, nuorten ohjaaminen"],
        ["Leppävirran kunta, vapaa-aikatoimi", "Nuorisotilan iltakäyttö, jalkautuvan työn yhteistyö"],
        ["Ammatillinen oppilaitos", "Opiskeluhuollon yhteistyö, tiedottaminen opiskelijoille"],
        ["Varkauden seurakunta", "Nuorten aikuisten toiminnan yhteistapahtumat"],
    ])

    h(d, "10 Riskit ja niiden hallinta", 1)
    table(d, [
        ["Riski", "Todennäköisyys", "Hallintakeino"],
        ["Nuoret eivät löydä olohuonetta tai kokevat sen leimaavaksi", "keskisuuri",
         "Nuoret suunnittelevat tilan ja markkinoinnin; jalkautuva työ ja etsivän nuorisotyön ohjaus"],
        ["Sopivaa katutason tilaa ei löydy keskustasta", "pieni",
         "Kaksi tilavaihtoehtoa neuvoteltu alustavasti; varalla kaupungin tila"],
        ["Henkilöstön vaihtuvuus", "keskisuuri", "Työparityöskentely, prosessien dokumentointi, työnohjaus"],
        ["Päihteiden käyttö tai häiriökäyttäytyminen tilassa", "pieni",
         "Yhteiset säännöt, kaksi aikuista aina paikalla, yhteistyö poliisin ennalta estävän toiminnan kanssa"],
        ["Kaupungin jatkopäätös viivästyy", "keskisuuri",
         "Jatkosta neuvotellaan hankkeen ensimmäisestä vuodesta alkaen; varasuunnitelmana yhdistyksen oma jatkohaku"],
    ])

    h(d, "11 Viestintä", 1)
    p(d, "Viestinnän tavoitteena on, että nuoret aikuiset tietävät Kohtaamosta ja uskaltavat tulla paikalle ja "
         "että yhteistyökumppanit tuntevat toiminnan niin hyvin, että osaavat ohjata nuoria sinne. Nuorille "
         "viestitään ensisijaisesti sosiaalisessa mediassa nuorten itse tuottamalla sisällöllä sekä "
         "oppilaitoksissa ja Ohjaamossa. Ammattilaisille viestitään uutiskirjeellä, verkostotapaamisissa ja "
         "koulutuksissa. Päättäjille järjestetään vuosittain avoimien ovien päivä.")

    p(d, "Viestinnästä vastaa toiminnanjohtaja, ja käytännön some-viestintää tekee nuorista koottu "
         "viestintätiimi, jolle järjestetään koulutus kuvaamisesta, tekijänoikeuksista ja turvallisesta "
         "viestinnästä verkossa. Viestintää suunnitellaan vuosikellon avulla: syksyisin painotetaan "
         "oppilaitoksia ja uusia opiskelijoita, talvella yksinäisyyden kannalta raskaita pyhäpäiviä, joiden "
         "ajaksi olohuoneeseen suunnitellaan erityisohjelmaa, ja keväisin kesän toimintaa. Viestinnän "
         "onnistumista seurataan verkkosivujen ja somekanavien seurantatiedoilla sekä kysymällä uusilta "
         "kävijöiltä, mistä he kuulivat Kohtaamosta.")

    h(d, "12 Talous", 1)
    p(d, "Hankkeen kokonaiskustannukset ovat 498 600 euroa. Suurin kuluerä on henkilöstö (noin 72 %), "
         "seuraavina toimitilan vuokra ja toimintakulut.")
    table(d, [
        ["Kustannuslaji (€)", "2026 (10 kk)", "2027", "2028", "2029 (2 kk)", "Yhteensä"],
        ["Henkilöstökulut", "98 000", "121 000", "124 000", "16 000", "359 000"],
        ["Toimitila", "19 500", "22 800", "22 800", "3 800", "68 900"],
        ["Toimintakulut (ryhmät, ruokailut, koulutukset)", "14 000", "16 500", "17 000", "2 200", "49 700"],
        ["Juurruttaminen ja viestintä", "2 000", "3 000", "8 000", "—", "13 000"],
        ["Hallinto", "2 000", "2 500", "2 500", "1 000", "8 000"],
        ["Yhteensä", "135 500", "165 800", "174 300", "23 000", "498 600"],
    ])
    p(d, "Omarahoitus (25 000 €) katetaan yhdistyksen varainhankinnalla ja vapaaehtoistyön arvolla. "
         "Leppävirran kunta antaa nuorisotilan iltakäyttöön maksutta, mikä on otettu huomioon kustannuksissa.")

    p(d, "Kustannusarvio perustuu yhdistyksen aiempien STEA-kohteiden toteutuneisiin kuluihin ja "
         "Varkauden keskustan liiketilojen vuokratasoon syksyllä 2025. Palkat on mitoitettu "
         "sosiaalialan järjestöjen työehtosopimuksen mukaisesti, ja vuosittaiset korotukset on arvioitu "
         "kahden prosentin mukaan. Ruokailujen kulut on laskettu noin kolmen euron annoshinnalla. "
         "Budjettiin ei sisälly investointeja, vaan tilan kalustus hankitaan pääosin lahjoituksina ja "
         "kierrätettyinä.")
    p(d, "Yhteyshenkilö: toiminnanjohtaja Maija Lehtola, maija.lehtola@jsnuorisotuki.fi, 044 712 3390")
    d.save(path)
