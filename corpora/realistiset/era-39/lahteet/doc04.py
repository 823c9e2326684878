"""04: loppuraportti (hyvinvointialue + seurakunta, ikäihmisten digituki), Kaiku-mallin kysymykset vastattuina,
lihavoidut käsin numeroidut otsikot, sisältöohjausobjektit (päivämäärä, yhteyshenkilö), yhdistetty solu. Hyvä."""
from apu import *
import sys

d = uusi()
lihava(d, "LOPPURAPORTTI", 16)
lihava(d, "Digikammari – ikäihmisten digituki seurakunnan kammarissa", 13)

lihava(d, "1. Taustatiedot")
kpl(d, "Toteuttaja: Itä-Vaaran hyvinvointialue, ikääntyneiden palvelut, yhteistyössä Vaaralan seurakunnan kanssa.")
kpl(d, "Hankkeen nimi: Digikammari – ikäihmisten digituki seurakunnan kammarissa")
kpl(d, "Määrärahapäätöksen diaarinumero: ITV/2290/05.01.00/2024")

lihava(d, "2. Mihin teemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
kpl(d, "Hanke liittyi ikääntyneiden asiointiin digitaalisissa palveluissa. Tavoitteena oli, että kotona asuvat yli "
       "70-vuotiaat osaavat käyttää sähköisiä sosiaali- ja terveyspalveluja, että digituen saa läheltä ilman "
       "ajanvarausta ja että hyvinvointialueen asiakasohjaus ja seurakunnan vapaaehtoiset toimivat yhdessä.")

lihava(d, "3. Hankkeen toteutus")
kpl(d, "Hankkeen kesto: 1.9.2024–31.8.2025.")
kpl(d, "Mitä käytännössä tehtiin? Seurakunnan kolmessa kammarissa (Vaarala, Kivijärvi, Uusikylä) pidettiin "
       "digitukipäivä kerran viikossa. Ohjaajina toimivat hyvinvointialueen digituen asiantuntija ja 22 koulutettua "
       "seurakunnan vapaaehtoista. Syksyllä 2024 järjestettiin vapaaehtoisille kaksi koulutuspäivää ja keväällä 2025 "
       "pidettiin kuusi teemailtaa (sähköinen ajanvaraus, lääkemääräykset, huijausviestit). Toteutus vastasi "
       "suunnitelmaa, mutta Uusikylän kammari aloitti kuukauden myöhässä remontin takia.")
kpl(d, "Johdon ja henkilöstön sitoutuminen: ikääntyneiden palvelujen palvelupäällikkö ja seurakunnan "
       "diakoniajohtaja osallistuivat ohjausryhmään, ja asiakasohjaajat ohjasivat asiakkaita digitukeen.")
kpl(d, "Käytetyt menetelmät ja kokemukset: vertaisohjaus, kädestä pitäen -opastus omalla laitteella ja "
       "pienryhmäopetus. Paras palaute tuli omalla puhelimella tehdystä opastuksesta; luentomaiset illat "
       "kiinnostivat vähemmän.")
kpl(d, "Omien asiantuntijoiden ja palveluntuottajien käyttö: hanke toteutettiin omin voimin, lukuun ottamatta "
       "vapaaehtoisten koulutuspäivää, jonka piti ostopalveluna paikallinen kansalaisopisto.")
kpl(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin? Kammarien verkkoyhteydet olivat heikot; seurakunta "
       "hankki mobiilitukiaseman. Vapaaehtoisia oli aluksi liian vähän, mikä ratkesi toisella "
       "koulutuskierroksella.")
kpl(d, "Miten kustannusarvio toteutui? Kustannukset jäivät hieman arvioidusta:")
t = taulukko(d, [["Kustannuslaji", "Arvio (€)", "Toteutuma (€)"],
                 ["Henkilöstö", "58 000", "56 400"],
                 ["Koulutus ja materiaalit", "9 000", "8 100"],
                 ["Laitteet ja verkkoyhteydet", "6 000", "6 900"],
                 ["Yhteensä", "73 000", "71 400"]])
kpl(d, "")

lihava(d, "4. Tulokset ja vaikuttavuus")
kpl(d, "Miten tavoitteet toteutuivat? Digitukipäivissä kävi 612 asiakasta, joista 71 prosenttia kertoi "
       "loppukyselyssä osaavansa nyt varata ajan tai uusia reseptin itse. Kammareiden tuki koettiin helpoksi "
       "lähestyä. Asiakasohjauksen ja vapaaehtoisten yhteistyö vakiintui kuukausittaisiksi palavereiksi.")
kpl(d, "Yllättävät tulokset: moni asiakas tuli kammariin ensisijaisesti seuran vuoksi, ja digituesta tuli myös "
       "yksinäisyyttä lievittävä kohtaamispaikka.")
kpl(d, "Millä menettelytavoilla toteutusta ja tuloksia arvioitiin? Asiakkaille tehtiin lyhyt kysely ennen ja "
       "jälkeen ohjauksen, vapaaehtoiset pitivät ohjauskirjaa, ja ohjausryhmä teki itsearvioinnin keväällä 2025.")
kpl(d, "Pysyvät toimintatavat: digitukipäivät jatkuvat kammareissa, ja asiakasohjaajat tekevät digituen "
       "tarpeen arvioinnin osana palvelutarpeen arviointia.")
kpl(d, "Vaikutukset työyhteisössä ja asiakkaille: puhelinpalvelun rutiinisoitot ajanvarauksista vähenivät "
       "hankealueella, ja asiakkaat kertoivat rohkaistuneensa asioimaan verkossa.")

lihava(d, "5. Kehitysajatukset – miten jatkamme?")
kpl(d, "Ikääntyneiden palvelut ja seurakunta ovat sopineet, että digitukipäivät jatkuvat syksystä 2025 alkaen "
       "vapaaehtoisten voimin, ja digituen asiantuntija käy kammareissa kerran kuukaudessa. Vapaaehtoisille "
       "järjestetään vuosittain täydennyskoulutus, jotta osaaminen pysyy ajan tasalla.")

lihava(d, "6. Suositukset muille")
kpl(d, "Suosittelemme kokeilemaan digitukea paikoissa, joissa ikäihmiset jo valmiiksi käyvät, kuten seurakunnan "
       "tai järjestöjen tiloissa. Kannattaa sopia alussa selkeästi, mitä vapaaehtoinen saa tehdä asiakkaan "
       "puolesta ja mitä ei, ja varata aikaa vapaaehtoisten perehdytykseen.")

lihava(d, "7. Tiivistelmä")
kpl(d, "Digikammari toi hyvinvointialueen digituen seurakunnan kammareihin kolmelle paikkakunnalle. Vuoden aikana "
       "612 ikäihmistä sai henkilökohtaista opastusta sähköisten palvelujen käyttöön, ja suurin osa heistä oppi "
       "asioimaan itse. Toiminta perustui hyvinvointialueen asiantuntijan ja koulutettujen vapaaehtoisten "
       "yhteistyöhön. Digitukipäivät jatkuvat hankkeen jälkeen seurakunnan ja hyvinvointialueen yhteisenä "
       "toimintana, ja malli on kuvattu Innokylään muiden käyttöön.")

lihava(d, "8. Laatimispäivämäärä ja yhteystiedot")
p = kpl(d, "Raportin laatimispäivä: ")
sdt_rivi(p, "Laatimispäivämäärä", "laatimispvm", "21.10.2025")
p = kpl(d, "Yhteyshenkilö: ")
sdt_rivi(p, "Yhteyshenkilö", "yhteyshenkilo", "digituen asiantuntija Maarit Honkanen, maarit.honkanen@itavaara.example, puh. 044 765 4321")
kpl(d, "Muu materiaali: Digikammarin toimintamallin kuvaus Innokylässä ja vapaaehtoisen opas (liitteenä).")
d.save(sys.argv[1])
