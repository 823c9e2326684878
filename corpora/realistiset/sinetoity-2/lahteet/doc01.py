"""01: pitkä STEA-hankesuunnitelma (.docx), muutosten jäljitys + sisältökenttä. Ei huomautettavaa."""
from apu import *

d = uusi()
kpl(d, "Järvilahden Seniorit ry • STEA-avustushakemus, liite 1 • Luonnos 3, versio 14.9.2025")
d.add_heading("HANKESUUNNITELMA: Kylän kammari – yhdessä yksinäisyyttä vastaan 2026–2028", 0)
kpl(d, "Hakija: Järvilahden Seniorit ry (Y-tunnus 2345678-9). Yhteyshenkilö: toiminnanjohtaja Marjatta Hyvönen, "
       "puh. 040 123 4567, marjatta.hyvonen@jarvilahdenseniorit.fi.")
sisaltokentta_rivi(d, "Hankkeen toteutusaika:", "1.1.2026–31.12.2028", tag="Toteutusaika")
muutokset(d, [("t", "Haettava avustuslaji: kohdennettu toiminta-avustus (Ak), "),
              ("del", "hakuvaiheen arvio xx.xx.20xx, "),
              ("t", "haettava summa yhteensä "),
              ("del", "[täytä summa]"),
              ("ins", "412 600 euroa kolmelle vuodelle"),
              ("t", ".")])

otsikko(d, "1. Tausta ja tarve")
kpl(d, "Järvilahti on noin 18 000 asukkaan kaupunki, jonka väestö ikääntyy maan keskiarvoa nopeammin. "
       "Tilastokeskuksen mukaan yli 75-vuotiaiden osuus väestöstä oli vuonna 2015 10,2 prosenttia ja vuonna 2024 jo "
       "14,8 prosenttia. Ennusteen mukaan osuus nousee vuoteen 2035 mennessä lähes viidennekseen. Samaan aikaan "
       "kylien palvelut ovat harventuneet: Sorsajoen ja Kalliomäen kyläkoulut lakkautettiin vuonna 2019, ja "
       "viimeinen kyläkauppa sulki ovensa Ylä-Järvilahdessa vuonna 2022. Moni ikäihminen asuu yksin kaukana "
       "keskustasta, eikä julkinen liikenne kulje iltaisin tai viikonloppuisin.")
kpl(d, "FinSote-tutkimuksen vuoden 2023 aineistossa 12 prosenttia alueen yli 75-vuotiaista vastaajista kertoi "
       "tuntevansa itsensä yksinäiseksi melko tai hyvin usein. Kotihoidon työntekijät ovat kertoneet meille, että "
       "monelle asiakkaalle heidän käyntinsä on päivän ainoa kohtaaminen. Yksinäisyys ei ole vain mielipahaa: se "
       "lisää masennusta, heikentää ravitsemusta ja liikkumista ja ennustaa hoivan tarpeen kasvua. Yksinäisyyden "
       "tunnistaminen on vaikeaa, koska moni ei halua myöntää sitä edes läheisilleen.")
kpl(d, "Yhdistyksemme on järjestänyt vapaaehtoisvoimin kerhoja kaupungin keskustassa vuodesta 1998. Toimintaan "
       "osallistuu viikoittain noin 120 ihmistä, mutta lähes kaikki tulevat keskustan kerrostaloista. "
       "Syrjäkylien yksin asuvat eivät pääse mukaan, ja juuri heidän kohdallaan tarve on suurin. Kesällä 2025 "
       "kokeilimme kahdessa kylässä kolme kertaa järjestettyä kahvikammaria. Niihin tuli yhteensä 46 osallistujaa, "
       "ja palautteessa toivottiin toiminnan jatkumista säännöllisenä.")
kpl(d, "Hanketta on valmisteltu yhdessä Järvilahden kaupungin hyvinvoinnin edistämisen yksikön, Keski-Kairan "
       "hyvinvointialueen kotihoidon, seurakunnan diakoniatyön ja kolmen kyläyhdistyksen kanssa. Valmistelupalaverit "
       "pidettiin 12.5.2025 ja 2.9.2025, ja lisäksi kuulimme ikäihmisiä kahdessa kyläkahvilassa elokuussa 2025. "
       "Kaupungin vanhusneuvosto käsitteli hankeideaa kokouksessaan 28.8.2025 ja antoi sille tukensa.")
kpl(d, "Hyvinvointialueen palveluverkkoselvitys vuodelta 2024 toteaa, että ennaltaehkäisevän toiminnan painopiste "
       "siirtyy järjestöille ja kunnille. Kaupungin hyvinvointisuunnitelmassa 2025–2028 yksinäisyyden vähentäminen "
       "on nostettu yhdeksi kolmesta painopisteestä. Kylän kammari toteuttaa tätä linjausta käytännössä ja tuo "
       "järjestön osaamisen sinne, mihin julkiset palvelut eivät enää ulotu.")

otsikko(d, "Kesän 2025 kokeilun opit", 2)
kpl(d, "Kokeilu toteutettiin yhdistyksen omin varoin ja vapaaehtoisvoimin Sorsajoella ja Kalliomäellä "
       "kesä–elokuussa 2025. Kumpaankin kylään järjestettiin kolme kahvikammaria. Kyläyhdistykset hoitivat "
       "tilat ja kahvit, yhdistyksen kerhonohjaajat ohjelman. Osallistujia oli kerralla 9–21, yhteensä 46 eri "
       "henkilöä, joista 28 ei ollut aiemmin osallistunut minkään järjestön toimintaan. Keskimääräinen ikä oli "
       "79 vuotta, ja kaksi kolmesta asui yksin.")
kpl(d, "Keräsimme palautteen suullisesti ja lyhyellä lomakkeella. Tärkeimmiksi asioiksi nousivat "
       "tuttujen kasvojen näkeminen, mahdollisuus puhua omalla murteella ja se, ettei tarvinnut osata mitään "
       "etukäteen. Suurin este oli kyyti: kuusi osallistujaa kertoi jättäneensä yhden kerran väliin, koska "
       "naapuri ei päässyt viemään. Toinen este oli tiedon kulku. Moni oli kuullut kammarista vasta, kun "
       "kotihoidon työntekijä kertoi siitä, vaikka ilmoitus oli ollut kylälehdessä.")
kpl(d, "Kokeilusta opimme kolme asiaa, jotka näkyvät tässä suunnitelmassa. Ensinnäkin toiminnan on oltava "
       "säännöllistä ja ennustettavaa, jotta siihen voi kiinnittyä. Toiseksi kutsu on vietävä henkilökohtaisesti, "
       "ja kotihoito sekä diakonia ovat tässä korvaamattomia. Kolmanneksi kyydit on järjestettävä "
       "suunnitelmallisesti eikä naapuriavun varassa. Lisäksi huomasimme, että vapaaehtoiset väsyivät jo kolmen "
       "kerran jälkeen, jos samat kaksi ihmistä hoitivat kaiken. Siksi hankkeessa vastuut jaetaan pareittain ja "
       "vapaaehtoisia koulutetaan riittävästi.")

otsikko(d, "Yhteys avustusstrategiaan ja muuhun toimintaan", 2)
kpl(d, "Hanke edistää sosiaali- ja terveysministeriön avustusstrategian tavoitetta, jonka mukaan ihmisten "
       "osallisuus ja yhteisöllisyys vahvistuvat ja yksinäisyys vähenee. Hanke täydentää yhdistyksen "
       "vakiintunutta kerhotoimintaa, jota rahoitetaan jäsenmaksuilla ja kaupungin yleisavustuksella, eikä "
       "sitä rahoiteta päällekkäisesti. Kerhotoiminta jatkuu keskustassa entisellään, ja hanke kohdistuu "
       "yksinomaan kyliin, joissa yhdistyksellä ei ole ollut toimintaa.")
kpl(d, "Tiedämme, että maakunnassa on aiemmin toteutettu yksinäisyyttä vähentäviä hankkeita. Olemme "
       "tutustuneet niiden loppuraportteihin ja Innokylän toimintamallikuvauksiin ja keskustelleet kahden "
       "hankkeen entisten työntekijöiden kanssa. Heidän kokemuksensa mukaan toiminta hiipui hankkeen "
       "päätyttyä usein siksi, että se oli rakennettu palkatun työntekijän varaan. Kylän kammarissa "
       "vastuu siirretään vaiheittain kyläyhdistyksille ja vapaaehtoisille, ja yhdistys jatkaa koordinointia "
       "omalla työpanoksellaan.")

otsikko(d, "2. Mitä hankkeella tavoitellaan?")
kpl(d, "Hankkeen päätavoitteena on, että syrjäkylien yksin asuvat ikäihmiset löytävät lähiyhteisöstään "
       "säännöllisen kohtaamispaikan ja kokevat itsensä vähemmän yksinäisiksi. Päätavoite jakautuu kolmeen "
       "osatavoitteeseen, jotka alla oleva taulukko kytkee toimenpiteisiin ja arviointiin.")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Mittarit ja arviointi"],
    ["1. Yksin asuvat ikäihmiset osallistuvat säännölliseen kylätoimintaan omassa kylässään.",
     "Viikoittaiset kammarit viidessä kylässä; kimppakyydit ja kaupungin palveluliikenteen reittien yhteensovitus; "
     "henkilökohtainen kutsu kotihoidon ja diakonian kautta.",
     "Osallistujamäärät ja uusien osallistujien osuus (kävijäkirjanpito); tavoite 150 eri osallistujaa vuodessa."],
    ["2. Osallistujien kokema yksinäisyys vähenee.",
     "Kammarien ohjelma osallistujien toiveiden mukaan; kaveritoiminta, jossa vapaaehtoinen pitää yhteyttä "
     "kammarikertojen välillä; puhelinrinki talvikuukausina.",
     "UCLA-3-yksinäisyysmittari alku- ja seurantakyselyssä; osallistujien haastattelut vuosittain."],
    ["3. Kylien vapaaehtoiset ja kyläyhdistykset pystyvät pitämään kammaria yllä itsenäisesti.",
     "Vapaaehtoisten peruskoulutus ja mentorointi; kammariopas; kyläyhdistysten vastuuhenkilöiden nimeäminen.",
     "Koulutettujen vapaaehtoisten määrä; itsenäisesti toimivien kammarien määrä vuoden 2028 lopussa; "
     "vapaaehtoisten itsearviointityöpaja."],
])
kpl(d, "Hankkeen myötä kylissä on paikka, jonne voi tulla ilman ilmoittautumista ja jossa tuntee muut. "
       "Haluamme myös, että yksinäisyydestä on helpompi puhua ääneen, ja että ammattilaiset tietävät, minne "
       "yksinäistä asiakasta voi ohjata.")

otsikko(d, "Kenelle hanke on?")
kpl(d, "Ensisijainen kohderyhmä ovat Järvilahden syrjäkylissä (Sorsajoki, Kalliomäki, Ylä-Järvilahti, Kuusiranta "
       "ja Peltola) asuvat yli 70-vuotiaat, jotka asuvat yksin tai ovat jääneet leskeksi ja joilla on vähän "
       "sosiaalisia kontakteja. Arviomme mukaan heitä on viidessä kylässä noin 480. Erityisesti tavoittelemme "
       "niitä, jotka eivät ole aiemmin osallistuneet järjestötoimintaan, sekä omaishoitajia, joiden puoliso on "
       "siirtynyt ympärivuorokautiseen hoitoon.")
kpl(d, "Välillisiä kohderyhmiä ovat kylien vapaaehtoiset (arviolta 40 henkilöä), kyläyhdistykset, kotihoidon ja "
       "diakoniatyön työntekijät sekä osallistujien omaiset. Välillisesti hyötyvät myös kaupungin ja "
       "hyvinvointialueen palvelut, kun ennaltaehkäisevä toiminta vähentää raskaampien palvelujen tarvetta.")

otsikko(d, "Toiminnan kuvaus")
kpl(d, "Hankkeen toiminta rakentuu kolmen työkokonaisuuden varaan. Työkokonaisuudet etenevät rinnakkain, mutta "
       "painopiste siirtyy hankkeen aikana uusien kammarien käynnistämisestä vapaaehtoisten vastuun "
       "vahvistamiseen.")
lihava(d, "Työkokonaisuus A: Kammarit kyliin")
kpl(d, "Avaamme vuoden 2026 aikana viikoittaisen kammarin viiteen kylään. Kammari kokoontuu kylätalolla, "
       "rukoushuoneella tai koulun entisissä tiloissa kaksi tuntia kerrallaan. Ohjelmassa on kahvi, keskustelua, "
       "muistelua, tuolijumppaa, asiantuntijavierailuja (esimerkiksi poliisi, apteekki, digiopastus) ja kerran "
       "kuussa yhteinen lounas. Ensimmäiset kaksi kammaria avataan Sorsajoella ja Kalliomäellä helmikuussa 2026, "
       "loput kolme syksyllä 2026. Kimppakyytejä koordinoidaan kyläkohtaisen kyytirinkilistan avulla, ja kaupungin "
       "palveluliikenteen aikataulut sovitetaan kammaripäiviin yhdessä liikennesuunnittelijan kanssa.")
kpl(d, "Uusia osallistujia tavoitetaan henkilökohtaisesti. Kotihoidon työntekijät ja diakoniatyöntekijät antavat "
       "kutsukortin asiakkaille, joiden arvioivat hyötyvän toiminnasta, ja hankkeen ohjaaja soittaa halukkaille "
       "ennen ensimmäistä käyntiä. Ensimmäiselle kerralle voi tulla vapaaehtoisen saattamana.")
lihava(d, "Kammarit kylittäin")
kpl(d, "Sorsajoki: kylässä asuu noin 310 ihmistä, joista yli 70-vuotiaita on lähes kolmannes. Kammari kokoontuu "
       "entisen kyläkoulun ruokalassa, jonka kyläyhdistys vuokraa kaupungilta. Tila on esteetön, ja keittiö on "
       "kunnossa. Sorsajoella vahvuus on aktiivinen kyläyhdistys, joka järjesti kesän 2025 kokeilussa kaikki "
       "kyydit. Haasteena on, että monet yksin asuvat asuvat kylän laitamilla hiekkateiden varrella, joten "
       "kimppakyytien merkitys on suuri. Suunnittelemme Sorsajoelle kuukausittaisen lounaan, jonka valmistavat "
       "vuorotellen osallistujat ja vapaaehtoiset.")
kpl(d, "Kalliomäki: kylässä on kappeli, seurojentalo ja pieni kirjastoauton pysäkki. Kammari kokoontuu "
       "seurojentalolla tiistaisin samaan aikaan, kun kirjastoauto pysähtyy, jotta käynnin voi yhdistää "
       "lainaamiseen. Kalliomäessä on paljon kesäasukkaita, joista osa on jäänyt eläkkeelle pysyvästi kylään. "
       "Heistä toivomme uusia vapaaehtoisia. Kesän kokeilussa osallistujat toivoivat erityisesti muistelutuokioita "
       "ja vanhojen valokuvien katselua, ja niistä tulee kammarin vakio-ohjelmaa.")
kpl(d, "Ylä-Järvilahti: kyläkaupan sulkeuduttua kylältä puuttuu luonteva kohtaamispaikka. Kammari aloittaa "
       "rukoushuoneella, ja samalla selvitämme, voisiko entisen kaupan tiloja käyttää yhdessä kyläyhdistyksen "
       "kanssa. Ylä-Järvilahdessa on paljon omaishoitajia, joten kammarin yhteyteen järjestetään tarvittaessa "
       "hoiva-apu, jotta omaishoitaja pääsee mukaan. Apuna toimii seurakunnan diakoniatyöntekijä.")
kpl(d, "Kuusiranta: kylä on järven rannalla, ja kalastusseura on kylän vahvin yhdistys. Kammari kokoontuu "
       "kalastusseuran majalla, ja ohjelmaan kuuluu kesäisin yhteinen kalaretki ja talvella pilkkikilpailu "
       "niille, jotka jaksavat. Kuusirannan kammarista toivomme mallia siihen, miten muut kuin "
       "sosiaalialan yhdistykset voivat tehdä yksinäisyystyötä omalla tavallaan.")
kpl(d, "Peltola: kylä on hankkeen suurin, noin 900 asukasta, ja siellä toimii jo seurakunnan päiväpiiri. "
       "Emme halua kilpailla olemassa olevan toiminnan kanssa, joten Peltolan kammari järjestetään yhdessä "
       "päiväpiirin kanssa seurakuntatalolla eri viikonpäivänä. Peltolassa kokeillaan myös iltakammaria, "
       "koska osa kohderyhmästä on vielä osa-aikatyössä tai hoitaa lastenlapsia päivisin.")
lihava(d, "Työkokonaisuus B: Kaveritoiminta ja puhelinrinki")
kpl(d, "Kammari kokoontuu kerran viikossa, mutta yksinäisyys ei katso viikonpäivää. Koulutetut vapaaehtoiset "
       "ryhtyvät kavereiksi osallistujille, jotka sitä toivovat: kaveri soittaa tai käy kylässä kammarikertojen "
       "välillä. Talvikuukausina (marras–maaliskuu) pyöritämme puhelinrinkiä, jossa pienryhmä keskustelee "
       "ryhmäpuhelussa kahdesti viikossa ohjaajan johdolla. Kaveritoiminta käynnistyy keväällä 2026.")
lihava(d, "Työkokonaisuus C: Vapaaehtoiset ja kylien oma vastuu")
kpl(d, "Järjestämme vapaaehtoisille peruskoulutuksen (4 × 3 tuntia) kahdesti vuodessa sekä syventäviä "
       "teemailtoja esimerkiksi muistisairauksien kohtaamisesta ja kriisitilanteista. Jokaiselle kammarille "
       "nimetään kyläyhdistyksestä vastuuvapaaehtoinen, joka saa hankkeen ohjaajalta mentorointia. Vuoden 2027 "
       "aikana kokoamme kokemuksista kammarioppaan, jonka avulla mikä tahansa kyläyhdistys voi perustaa kammarin. "
       "Vuonna 2028 ohjaajan rooli muuttuu tukijaksi: kammarit toimivat kyläyhdistysten vastuulla, ja ohjaaja "
       "käy niissä harvemmin.")
kpl(d, "Kaikissa työkokonaisuuksissa osallistujat suunnittelevat toimintaa mukana. Kammareissa pidetään "
       "kahdesti vuodessa toivetuokio, jossa seuraavan kauden ohjelmasta päätetään yhdessä. Osallistujien "
       "edustaja istuu hankkeen ohjausryhmässä.")

otsikko(d, "Aikataulu")
kpl(d, "Hanke etenee kolmessa vaiheessa. Alla on vaiheistus vuosittain.")
taulukko(d, [
    ["Toimenpide", "2026", "2027", "2028"],
    ["Kammarit (A)", "2 kammaria 2/2026, 3 kammaria syksyllä", "5 kammaria, ohjelman vakiinnuttaminen", "kammarit kyläyhdistysten vastuulla"],
    ["Kaveritoiminta ja puhelinrinki (B)", "käynnistys keväällä, rinki 11–12/2026", "laajennus kaikkiin kyliin", "vapaaehtoisvetoinen rinki"],
    ["Vapaaehtoiset (C)", "2 peruskoulutusta", "2 peruskoulutusta, kammariopas", "mentorointi, luovutus"],
    ["Arviointi", "alkukysely 3/2026", "seurantakysely 3/2027, haastattelut", "loppukysely 9/2028, itsearviointityöpaja"],
])

otsikko(d, "Ensimmäisen toimintavuoden tarkempi suunnitelma", 2)
kpl(d, "Tammikuussa 2026 ohjaaja ja koordinaattori aloittavat työnsä. Ensimmäiset kuusi viikkoa käytetään "
       "kyläyhdistysten tapaamiseen, tilojen sopimiseen, kyytirinkien kokoamiseen ja kotihoidon tiimien "
       "perehdyttämiseen. Kyläyhdistysten kanssa allekirjoitetaan yhteistyösopimukset, joissa sovitaan tilat, "
       "vastuuvapaaehtoinen ja kyläyhdistyksen rooli kammarin jatkossa.")
kpl(d, "Helmikuussa 2026 Sorsajoen ja Kalliomäen kammarit avautuvat. Maaliskuussa tehdään alkukysely "
       "kaikille osallistujille ja pidetään ensimmäinen vapaaehtoisten peruskoulutus. Huhti–toukokuussa "
       "käynnistyy kaveritoiminta, ja kesällä kammarit jatkavat kesäohjelmalla, johon kuuluu retkiä ja "
       "ulkoilua. Elokuussa kootaan kevään kokemukset ja päätetään, missä järjestyksessä kolme muuta kylää "
       "aloittaa. Syys–lokakuussa 2026 avataan Ylä-Järvilahden, Kuusirannan ja Peltolan kammarit, ja marraskuussa "
       "alkaa ensimmäinen puhelinrinki. Joulukuussa ohjausryhmä käsittelee vuoden raportin ja hyväksyy "
       "vuoden 2027 toimintasuunnitelman.")
kpl(d, "Toisena ja kolmantena vuonna painopiste siirtyy toiminnan laajentamisesta sen laatuun ja "
       "vastuunsiirtoon. Vuoden 2027 syksystä lähtien kammarin vetovastuu on kussakin kylässä vähintään "
       "joka toinen kerta vastuuvapaaehtoisella, ja vuoden 2028 alusta ohjaaja osallistuu kammariin enintään "
       "kerran kuukaudessa. Ohjaajan vapautuva työaika käytetään kammarioppaan viimeistelyyn, naapurikuntien "
       "kokeiluihin ja loppuseminaarin valmisteluun.")

otsikko(d, "Talous")
kpl(d, "Kolmen vuoden kokonaiskustannukset ovat 432 600 euroa, josta haemme STEA:lta 412 600 euroa ja "
       "omarahoitusosuus (20 000 euroa) katetaan yhdistyksen jäsenmaksuista sekä kaupungin tilojen maksuttomalla "
       "käytöllä. Henkilöstökulut ovat 71 prosenttia budjetista.")
taulukko(d, [
    ["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"],
    ["Henkilöstö (ohjaaja 100 %, koordinaattori 50 %)", "101 200", "103 200", "102 600", "307 000"],
    ["Matkat ja kyydit", "14 000", "15 000", "13 000", "42 000"],
    ["Vapaaehtoisten koulutus ja virkistys", "9 000", "9 000", "8 000", "26 000"],
    ["Toimintakulut (tarjoilut, materiaalit)", "12 000", "12 500", "11 100", "35 600"],
    ["Arviointi ja viestintä", "6 000", "7 000", "9 000", "22 000"],
    ["Yhteensä", "142 200", "146 700", "143 700", "432 600"],
])

otsikko(d, "Miten arvioimme onnistumista?")
kpl(d, "Arviointi on hankkeen oman henkilöstön ja ohjausryhmän toteuttamaa itsearviointia, jota tukee STEA:n "
       "tulosraportointi. Arvioinnissa kysytään kolmea asiaa: tavoitimmeko oikeat ihmiset, muuttuiko heidän "
       "arkensa ja jääkö toiminta elämään.")
kpl(d, "Kävijäkirjanpito: jokaisesta kammarikerrasta kirjataan osallistujamäärä ja uudet osallistujat. Näin "
       "nähdään, tavoittaako toiminta myös niitä, jotka eivät ennen ole käyneet missään. Kirjanpidosta koostetaan "
       "neljännesvuosittain raportti ohjausryhmälle.")
kpl(d, "Yksinäisyyskysely: osallistujat täyttävät lyhyen kyselyn, jossa on UCLA-3-mittarin kolme kysymystä sekä "
       "kysymykset arjen kontakteista. Kysely tehdään ohjaajan tai vapaaehtoisen avustamana paperilla. "
       "Mittaukset: aloitusvaiheessa, vuoden kuluttua ja hankkeen lopussa.")
kpl(d, "Haastattelut: ohjaaja haastattelee vuosittain 8–10 osallistujaa ja kolme omaista. Haastatteluista "
       "etsitään kokemuksia siitä, mikä toiminnassa auttaa ja mikä estää osallistumista.")
kpl(d, "Vapaaehtoisten valmius: seuraamme koulutettujen vapaaehtoisten määrää ja kammarien itsenäisyyttä "
       "kolmiportaisella asteikolla (ohjaaja vetää – yhdessä – kylä vetää). Vuosittain pidettävässä "
       "itsearviointityöpajassa vapaaehtoiset arvioivat omaa jaksamistaan ja osaamistaan.")

otsikko(d, "Tulokset ja vaikutukset")
kpl(d, "Hankkeen välittöminä tuloksina viidessä kylässä toimii viikoittainen kammari, vähintään 40 vapaaehtoista "
       "on koulutettu, kaveritoiminnassa on mukana ainakin 30 paria ja kammariopas on julkaistu. Odotamme, että "
       "osallistujien keskimääräinen yksinäisyyspistemäärä laskee ja että entistä useampi kertoo tapaavansa "
       "muita ihmisiä viikoittain.")
kpl(d, "Pidemmällä aikavälillä vaikutukset näkyvät ikäihmisten toimintakyvyssä ja siinä, että kylät pysyvät "
       "elävinä. Kotihoidon työntekijät saavat keinon, johon ohjata yksinäistä asiakasta. Kyläyhdistykset saavat "
       "uuden toimintamuodon, joka tuo niihin uusia jäseniä.")

kpl(d, "Vaikutukset näkyvät myös palvelujärjestelmässä. Kun kotihoidon työntekijä voi ohjata yksinäisen "
       "asiakkaan kammariin ja kaveritoimintaan, hän saa keinon puuttua asiaan, joka on tähän asti jäänyt "
       "käyntien lomassa sanomatta. Hyvinvointialueen palveluohjaus saa tiedon kylien toiminnasta "
       "palvelutarjotinta varten. Kaupunki puolestaan saa hyvinvointikertomukseen tietoa yksinäisyyden "
       "kehityksestä kylissä ja toimintamallin, jota voi käyttää myös muilla asuinalueilla. Kyläyhdistyksille "
       "kammarit tuovat uusia jäseniä ja perusteen kylätalojen ylläpidolle, mikä tukee kylien elinvoimaa "
       "laajemminkin.")
kpl(d, "Tunnistamme myös mahdollisia kielteisiä vaikutuksia. Jos kammarit toimivat hyvin, kunnassa voi "
       "syntyä houkutus korvata niillä ammattilaisten työtä. Tuomme ohjausryhmässä ja viestinnässä "
       "johdonmukaisesti esiin, että vapaaehtoistoiminta täydentää mutta ei korvaa kotihoitoa, palveluohjausta "
       "tai mielenterveyspalveluja.")

otsikko(d, "Juurruttaminen ja jatkuvuus")
kpl(d, "Kylän kammari on suunniteltu alusta asti jäämään elämään. Jatkuvuutta on mietitty jo hakuvaiheessa: "
       "kyläyhdistykset ovat olleet valmistelussa mukana, ja hankkeen alussa jokaisen kammarin kanssa tehdään "
       "kirjallinen sopimus, jossa kyläyhdistys sitoutuu nimeämään vastuuvapaaehtoisen. Käytämme juurruttamisen "
       "suunnitteluun 4V-mallia.")
kpl(d, "Viestintä: kerromme kokemuksista ja tuloksista koko hankkeen ajan kylälehdissä, paikallisradiossa ja "
       "yhdistyksen verkkosivuilla, ja jokaisesta kammarista tehdään lyhyt esittely Innokylään vuonna 2027.")
kpl(d, "Variointi: kammarin malli muokataan kullekin kylälle sopivaksi. Peltolassa kokoonnutaan "
       "seurakuntatalolla ja painotetaan hengellistä ohjelmaa, Kuusirannassa yhdessä kalastusseuran kanssa. "
       "Kammarioppaaseen kootaan eri versiot, jotta muut voivat valita itselleen sopivan.")
kpl(d, "Valtavirtaistaminen: esittelemme mallin naapurikuntien järjestöille ja hyvinvointialueen järjestöyhteistyön "
       "verkostolle. Vuonna 2028 järjestämme alueellisen seminaarin, johon kutsutaan kyläyhdistyksiä koko "
       "maakunnasta, ja tarjoamme kahdelle muulle kunnalle mahdollisuuden kokeilla kammaria meidän tuellamme.")
kpl(d, "Vakiinnuttaminen: hankkeen päätyttyä kammarit toimivat kyläyhdistysten vastuulla. Järvilahden Seniorit ry:n "
       "hallitus vastaa kammaritoiminnan koordinoinnista hankkeen jälkeen, ja yhdistyksen toiminnanjohtaja "
       "Marjatta Hyvönen pitää yhteyttä kyläyhdistysten vastuuvapaaehtoisiin. Järvilahden kaupungin "
       "hyvinvoinnin edistämisen yksikkö on lupautunut kirjaamaan kammarit kaupungin hyvinvointisuunnitelmaan "
       "ja tarjoamaan kylätalojen tilat jatkossakin maksutta.")
kpl(d, "Juurruttamiseen on varattu resursseja: koordinaattorin työajasta 20 prosenttia kohdistuu koko hankkeen "
       "ajan vapaaehtoisten valmentamiseen ja kyläyhdistysten vastuunsiirtoon, ja budjetin arviointi- ja "
       "viestintäkuluista 9 000 euroa on varattu kammarioppaaseen ja loppuseminaariin.")

otsikko(d, "Hallinnointi ja yhteistyö")
kpl(d, "Hanketta hallinnoi Järvilahden Seniorit ry. Hankkeeseen palkataan kokoaikainen ohjaaja ja osa-aikainen "
       "koordinaattori, joiden esihenkilönä toimii toiminnanjohtaja. Ohjausryhmään kuuluvat edustajat kaupungin "
       "hyvinvoinnin edistämisen yksiköstä, hyvinvointialueen kotihoidosta, seurakunnan diakoniatyöstä, kahdesta "
       "kyläyhdistyksestä ja vanhusneuvostosta sekä osallistujien edustaja. Ohjausryhmä kokoontuu neljästi vuodessa.")
kpl(d, "Yhteistyökumppanien roolit on sovittu seuraavasti: kotihoito ja diakonia ohjaavat osallistujia "
       "toimintaan, kaupunki tarjoaa tilat ja palveluliikenteen, kyläyhdistykset vastaavat paikallisista "
       "järjestelyistä ja vapaaehtoisten rekrytoinnista.")

kpl(d, "Yhdistyksellä on kokemusta avustusten hallinnoinnista: se on saanut STEA:n kohdennettua "
       "toiminta-avustusta kerhotoimintaan kahdella aiemmalla kaudella ja raportoinut niistä määräajassa. "
       "Yhdistyksen kirjanpidon hoitaa tilitoimisto, ja tilintarkastajana toimii HT-tilintarkastaja. "
       "Hankkeen kirjanpito pidetään erillisellä kustannuspaikalla, ja menot hyväksyy toiminnanjohtaja. "
       "Hallitus seuraa hankkeen taloutta jokaisessa kokouksessaan, ja ohjausryhmä saa talousraportin "
       "neljännesvuosittain. Ohjausryhmän puheenjohtajana toimii kaupungin hyvinvointikoordinaattori, ja "
       "sihteerinä hankkeen koordinaattori. Ohjausryhmän kokousmuistiot tallennetaan yhdistyksen "
       "sähköiseen arkistoon, ja ne ovat kaikkien yhteistyökumppanien luettavissa. Lisäksi hankkeen "
       "työntekijät tapaavat kyläyhdistysten puheenjohtajia kylätoimikunnan kokouksissa kahdesti vuodessa, "
       "jolloin käydään läpi kammarien tilanne ja seuraavan kauden järjestelyt.")

otsikko(d, "Riskit")
taulukko(d, [
    ["Riski", "Todennäköisyys", "Hallintakeino"],
    ["Osallistujat eivät löydä toimintaan.", "keskisuuri", "Henkilökohtainen kutsu ja saattaja ensimmäiselle kerralle."],
    ["Vapaaehtoiset uupuvat.", "keskisuuri", "Vastuun jakaminen pareittain, mentorointi ja virkistys."],
    ["Kyydit eivät toimi talvella.", "suuri", "Puhelinrinki talvikuukausina, palveluliikenteen reitit."],
    ["Työntekijän vaihtuminen.", "pieni", "Dokumentoidut käytännöt ja kammariopas."],
])

kpl(d, "Riskien toteutumista seurataan ohjausryhmän jokaisessa kokouksessa. Suurimpana riskinä pidämme "
       "kyytien toimimattomuutta talvella, koska se koskee juuri kaikkein syrjäisimmin asuvia. Jos "
       "palveluliikenteen reittimuutoksista ei päästä sopimukseen, hankkeen matkabudjetista voidaan "
       "kohdentaa varoja taksikyyteihin kammaripäivinä. Vapaaehtoisten uupumisen riskiä pienennetään sillä, "
       "että jokaisella kammarilla on vähintään neljä vapaaehtoista ja vastuut kiertävät. Jos jokin "
       "kyläyhdistys ei pysty nimeämään vastuuvapaaehtoista, ohjaaja jatkaa kammarin vetämistä kyseisessä "
       "kylässä pidempään, ja etsimme vastuuhenkilöä seurakunnan tai muiden kylän yhdistysten kautta.")
kpl(d, "Taloudellisena riskinä on kustannusten nousu, erityisesti polttoaineen ja elintarvikkeiden hinnat. "
       "Budjetissa on varauduttu kolmen prosentin vuotuiseen nousuun. Jos kustannukset ylittävät arvion, "
       "lounaskertoja vähennetään ennen kuin itse kammaritoimintaa supistetaan.")
otsikko(d, "Viestintä")
kpl(d, "Viestinnän tärkein kohderyhmä ovat ikäihmiset itse, joten painetulla viestinnällä on suuri paino: "
       "ilmoitukset kylälehdissä ja ilmaisjakelulehdessä, julisteet kylien ilmoitustauluille ja kutsukortit. "
       "Ammattilaisille tiedotamme kotihoidon tiimipalavereissa ja hyvinvointialueen järjestöinfoissa. "
       "Yhdistyksen verkkosivuilla ja Facebookissa kerrotaan kammarien kuulumisista. Viestinnästä vastaa "
       "koordinaattori.")
kpl(d, "Viestinnässä huomioidaan, että moni osallistuja ei käytä internetiä lainkaan. Siksi jokaiseen "
       "kammariin tulee ilmoitustaulu, jolle kootaan seuraavan kuukauden ohjelma, kyytirinkien yhteystiedot ja "
       "kaveritoiminnan tiedot. Omaisille tehdään oma esite, jossa kerrotaan, miten läheisen voi houkutella "
       "mukaan. Paikallisradion kanssa on alustavasti sovittu kuukausittaisesta kammarikuulumisia-palstasta, "
       "jossa osallistujat itse kertovat kokemuksistaan. Ammattilaisille suunnattu viestintä keskittyy siihen, "
       "miten kutsukortti annetaan ja kenelle ohjaajan voi soittaa.")


otsikko(d, "Saavutettavuus ja yhdenvertaisuus")
kpl(d, "Kammarit ovat maksuttomia, eikä niihin tarvitse ilmoittautua. Kahvista ja lounaasta pyydetään "
       "vapaaehtoinen maksu, mutta kenenkään osallistuminen ei riipu rahasta. Tilat valitaan niin, että "
       "niihin pääsee rollaattorilla tai pyörätuolilla, ja jokaisessa kammarissa on induktiosilmukka tai "
       "kannettava kuulolaite. Tiedotteet tehdään selkokielellä ja riittävän isolla fontilla.")
kpl(d, "Osa kohderyhmästä puhuu äidinkielenään ruotsia tai saamea, ja Kuusirannassa asuu muutamia "
       "ikääntyneitä inkerinsuomalaisia paluumuuttajia. Vapaaehtoisia rekrytoitaessa huomioidaan kielitaito, ja "
       "kammarioppaaseen tehdään ruotsinkielinen tiivistelmä. Muistisairaat ovat tervetulleita saattajan kanssa, "
       "ja vapaaehtoisten peruskoulutuksessa käsitellään muistisairaan kohtaamista.")
kpl(d, "Huomioimme myös sukupuolten erot: miehet ovat kesän kokeilun perusteella aliedustettuina, vaikka "
       "yksin asuvia leskimiehiä on kylissä paljon. Siksi ohjelmaan otetaan tekemistä, joka on perinteisesti "
       "houkutellut miehiä, kuten pienkonekorjausta, kalastusta ja metsäasioita, ja kutsuja viedään myös "
       "metsästysseuran ja kalastusseuran kautta.")

otsikko(d, "Vapaaehtoistoiminnan periaatteet")
kpl(d, "Vapaaehtoiset ovat hankkeen sydän, ja heidän hyvinvoinnistaan huolehditaan. Jokainen vapaaehtoinen "
       "käy peruskoulutuksen, allekirjoittaa vaitiolositoumuksen ja saa nimetyn yhteyshenkilön hankkeesta. "
       "Vapaaehtoinen päättää itse, kuinka paljon aikaa hän antaa: osa haluaa keittää kahvit kerran kuussa, "
       "osa ryhtyä kaveriksi. Vapaaehtoisille järjestetään kahdesti vuodessa virkistystilaisuus ja "
       "työnohjauksellinen ryhmätapaaminen, jossa voi purkaa raskaita kohtaamisia.")
kpl(d, "Vapaaehtoinen ei korvaa ammattilaista. Jos vapaaehtoinen huomaa huolestuttavia merkkejä "
       "osallistujan voinnissa, hän ottaa yhteyttä hankkeen ohjaajaan, joka ohjaa asian eteenpäin "
       "hyvinvointialueen palveluohjaukseen huoli-ilmoituksen kautta. Menettely käydään läpi jokaisessa "
       "peruskoulutuksessa, ja siitä tehdään kirjallinen ohje kammarikansioon.")

otsikko(d, "Henkilöstö ja osaaminen")
kpl(d, "Hankkeeseen palkataan kokoaikainen ohjaaja, jolla on sosionomin (AMK) tai geronomin (AMK) "
       "tutkinto ja kokemusta ikäihmisten ryhmätoiminnasta. Ohjaaja vastaa kammarien käynnistämisestä, "
       "vapaaehtoisten koulutuksesta ja osallistujien henkilökohtaisesta kohtaamisesta. Osa-aikainen "
       "koordinaattori (50 %) vastaa kyydeistä, viestinnästä, arviointiaineiston kokoamisesta ja hankkeen "
       "taloushallinnosta yhdessä yhdistyksen kirjanpitäjän kanssa. Toiminnanjohtaja osallistuu hankkeeseen "
       "esihenkilönä ja yhteistyösuhteiden ylläpitäjänä osana omaa työtään.")
kpl(d, "Henkilöstön osaamista vahvistetaan osallistumalla SOSTEn ja Vanhustyön keskusliiton koulutuksiin "
       "sekä STEA:n avustettavien tilaisuuksiin. Ohjaajalle hankitaan ulkopuolista työnohjausta kuusi kertaa "
       "vuodessa.")

otsikko(d, "Tietosuoja ja eettisyys")
kpl(d, "Kävijäkirjanpidossa ei kirjata nimiä, vaan ainoastaan osallistujamäärä, uusien osallistujien määrä ja "
       "ikäryhmä. Kaverisuhteista pidetään rekisteriä, jonka tietosuojaseloste on yhdistyksen verkkosivuilla. "
       "Kyselyt ja haastattelut ovat vapaaehtoisia, ja niistä pyydetään kirjallinen suostumus. Haastatteluaineisto "
       "säilytetään yhdistyksen lukitussa kaapissa ja hävitetään hankkeen päätyttyä. Kyselyvastaukset "
       "käsitellään nimettöminä, eikä yksittäistä vastaajaa voi tunnistaa raporteista.")
kpl(d, "Yksinäisyydestä kysyminen voi herättää vaikeita tunteita. Siksi kyselyn täyttää aina ohjaaja tai "
       "koulutettu vapaaehtoinen, joka varaa aikaa keskustelulle ja osaa tarvittaessa kertoa tukimahdollisuuksista.")

kpl(d, "Valokuvia kammareista julkaistaan vain kuvattavien luvalla, ja luvat kysytään jokaisella kerralla "
       "erikseen, koska muistisairaan osallistujan suostumus ei välttämättä säily viikosta toiseen. "
       "Jos osallistuja ei halua näkyä kuvissa, hänen toiveensa huomioidaan kuvaustilanteessa ilman erillistä "
       "selittelyä. Vapaaehtoisten henkilötietoja käsitellään vain vapaaehtoistoiminnan koordinointiin, eikä "
       "niitä luovuteta yhteistyökumppaneille ilman vapaaehtoisen omaa suostumusta.")

otsikko(d, "Osallistujien osallisuus hankkeessa")
kpl(d, "Ikäihmiset eivät ole hankkeessa palvelujen kohteita vaan toiminnan tekijöitä. Kammarien ohjelma "
       "sovitaan toivetuokioissa, ja osallistujat voivat ryhtyä itse vapaaehtoisiksi: kesän kokeilussa kolme "
       "osallistujaa lupautui keittämään kahvit seuraavalla kerralla. Ohjausryhmässä on osallistujien "
       "edustaja, joka vaihtuu vuosittain ja jolle maksetaan kokouspalkkio samoin perustein kuin muille "
       "jäsenille. Vanhusneuvosto saa hankkeen vuosiraportin ja voi tehdä siitä esityksiä kaupungille.")
kpl(d, "Osallistujien ääni kuuluu myös arvioinnissa. Kyselyjen ja haastattelujen lisäksi kammareissa "
       "kerätään palautetta hymiökorteilla, jotka ovat helppo tapa kertoa kokemuksestaan niillekin, joille "
       "lomakkeen täyttäminen on vaikeaa. Palautteet käydään läpi vapaaehtoisten kanssa kuukausittain, ja "
       "niiden perusteella ohjelmaa muutetaan.")

otsikko(d, "Liitteet")
kpl(d, "Liite 2: Yhteistyökumppanien sitoumukset (kaupunki, hyvinvointialue, seurakunta, kyläyhdistykset). "
       "Liite 3: Kesän 2025 kokeilun palautekooste.")

tallenna(d, "01_hankesuunnitelma_stea_kylan_kammari.docx", {"doc_type": "hankesuunnitelma", "findings": []})
