import sys; sys.path.insert(0, sys.path[0])
from ooxml import *
d = uusi()
d.add_heading('Hankesuunnitelma: Liikettä arkeen – Koivulahden terveysliikuntahanke', 0)
P(d, 'Versio 0.9, päivitetty 12.11.2025. Hakija: Koivulahden kunta, hyvinvointi- ja liikuntapalvelut.')
H(d, '1. Miksi hanketta tarvitaan?')
P(d, 'Koivulahden aikuisväestöstä vain noin kolmannes liikkuu terveytensä kannalta riittävästi. '
     'Kunnan hyvinvointikertomuksen (2024) mukaan erityisesti vuorotyötä tekevät ja pitkäaikaistyöttömät '
     'jäävät nykyisten liikuntapalvelujen ulkopuolelle, koska ohjatut ryhmät ovat arki-iltaisin ja maksullisia. '
     'Hakemusta valmisteltiin kahdessa työpajassa syksyllä 2025, joihin osallistui työllisyyspalvelujen, '
     'terveysaseman ja kolmen urheiluseuran edustajia.')
H(d, '2. Kenelle hanke on?')
P(d, 'Hankkeen ensisijaisia hyödynsaajia ovat 30–64-vuotiaat vähän liikkuvat kuntalaiset, erityisesti '
     'vuorotyöläiset ja työttömät työnhakijat. Välillisesti hanke palvelee terveysaseman hoitajia ja '
     'työllisyyspalvelujen ohjaajia, jotka saavat uuden tavan ohjata asiakkaitaan liikkeelle.')
H(d, '3. Mihin pyrimme')
P(d, 'Tavoitteena on, että vähän liikkuvat aikuiset löytävät itselleen sopivan ja maksuttoman tavan liikkua '
     'osana arkeaan. Haluamme myös, että terveysasemalta ja työllisyyspalveluista ohjataan asiakkaita '
     'liikuntaneuvontaan nykyistä järjestelmällisemmin. Kolmanneksi hankkeen myötä kunnan liikuntapaikkojen '
     'aukioloajat paranevat niin, että vuorotyötä tekevät pääsevät liikkumaan myös aamupäivisin.')
H(d, '4. Toteutus ja toimenpiteet')
P(d, 'Matalan kynnyksen liikuntaryhmät: käynnistämme kuusi maksutonta ryhmää (kuntosali, vesijumppa, '
     'sauvakävely), joista puolet kokoontuu aamupäivisin. Ryhmiä ohjaavat hankkeen liikuntaneuvoja ja '
     'seurojen vapaaehtoiset ohjaajat.')
P(d, 'Liikuntaneuvonnan ohjauspolku: terveysaseman hoitajille ja työllisyysohjaajille järjestetään '
     'koulutus lyhyestä liikuntapuheeksiotosta, ja he saavat sähköisen lähetteen liikuntaneuvojalle.')
P(d, 'Vuoroliikkujien tilat: kartoitamme yhdessä tilapalvelujen kanssa, mitkä salit ja kuntosalit voidaan '
     'avata aamuvuoroille, ja kokeilemme avainkorttikäyttöä kahdella liikuntapaikalla.')
H(d, '5. Aikataulu')
sdt(d, 'Hankkeen alkamispäivä', 'hanke_alku', '1.3.2026', label='Hankkeen alkamispäivä: ')
sdt(d, 'Hankkeen päättymispäivä', 'hanke_loppu', '28.2.2028', label='Hankkeen päättymispäivä: ')
P(d, 'Hanke kestää kaksi vuotta. Kevät 2026: liikuntaneuvojan rekrytointi, ohjauspolun koulutukset ja '
     'ensimmäiset ryhmät. Syksy 2026: kaikki kuusi ryhmää käynnissä, tilakartoitus valmis. '
     'Vuosi 2027: avainkorttikokeilu ja ryhmien siirtäminen seurojen vastuulle. Tammi–helmikuu 2028: '
     'loppuarviointi ja raportointi.')
H(d, '6. Talous')
P(d, 'Kokonaiskustannusarvio on 186 000 euroa, josta 80 % haetaan valtionavustuksena ja 20 % on kunnan '
     'omarahoitusta. Suurin kuluerä on kokoaikaisen liikuntaneuvojan palkka; lisäksi varataan 12 000 euroa '
     'ohjaajakoulutuksiin ja välineisiin.')
taulukko(d, [['Kulu', '2026', '2027', '2028'], ['Henkilöstö', '58 000', '62 000', '10 000'],
             ['Palvelut ja koulutus', '18 000', '16 000', '4 000'], ['Tilat ja välineet', '9 000', '7 000', '2 000']])
H(d, '7. Miten tiedämme onnistuneemme?')
P(d, 'Ryhmiin osallistuvilta kerätään lähtö- ja loppukysely, jossa kysytään viikoittaista liikunta-aikaa ja '
     'koettua kuntoa; seuraamme myös osallistujamääriä ryhmittäin ja kellonajoittain. '
     'Terveysaseman ja työllisyyspalvelujen lähetteiden määrä liikuntaneuvontaan tilastoidaan kuukausittain, '
     'ja ohjaajille tehdään puolivälissä lyhyt kysely siitä, miten liikuntapuheeksiotto on sujunut. '
     'Aamupäivävuorojen käyttöastetta seurataan avainkorttijärjestelmän kirjauksista.')
H(d, '8. Mitä hankkeesta jää?')
P(d, 'Odotamme, että hankkeen päättyessä vähintään 150 vähän liikkuvaa aikuista on löytänyt säännöllisen '
     'liikuntamuodon, ohjauspolku on vakiintunut osaksi terveysaseman käytäntöjä ja liikuntapaikoilla on '
     'pysyvät aamuvuorot.')
H(d, '9. Tulosten juurruttaminen ja jatko')
P(d, 'Juurruttamista on suunniteltu jo hakuvaiheessa: liikuntapalvelujen päällikkö ja terveysaseman '
     'osastonhoitaja ovat olleet mukana valmistelussa ja sitoutuneet ohjauspolun jatkamiseen. '
     'Hankkeen alusta lähtien kerromme kokemuksista kunnan verkkosivuilla, paikallislehdessä ja '
     'henkilöstöinfoissa. Toimintamallia kokeillaan toisena vuonna myös naapurikunta Harjuvedellä, jonka '
     'olosuhteisiin ryhmiä muokataan. Tuloksista raportoidaan hyvinvointilautakunnalle, jotta liikuntaneuvonta '
     'kirjataan kunnan hyvinvointisuunnitelmaan ja talousarvioon.')
P(d, 'Hankkeen jälkeen liikuntaneuvonnasta vastaa Koivulahden kunnan liikuntapalvelujen päällikkö, ja ryhmät '
     'siirtyvät Koivulahden Urheilijat ry:n ja Harjun Sauvojat ry:n ylläpitämiksi. Juurruttamiseen on '
     'varattu liikuntaneuvojan työajasta noin 20 % koko hankkeen ajan. Toimintamalli kuvataan Innokylään ja '
     'esitellään alueellisessa hyvinvointiseminaarissa.')
H(d, '10. Organisointi, riskit ja viestintä')
P(d, 'Hanketta hallinnoi Koivulahden kunta. Ohjausryhmässä ovat terveysaseman, työllisyyspalvelujen, '
     'seurojen ja osallistujien edustajat. Suurin riski on, ettei vähän liikkuvia tavoiteta; siihen varaudutaan '
     'henkilökohtaisella ohjauksella ja jalkautumalla työllisyyspalvelujen tiloihin. Viestintää hoidetaan '
     'kunnan somekanavissa ja tiedotteilla kaksi kertaa vuodessa.')
d.save(sys.argv[1])
