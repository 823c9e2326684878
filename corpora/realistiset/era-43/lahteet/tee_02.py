import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Halsunmaan Kotiseutuyhdistys ry • hakemus Riuttalan Kulttuurisäätiölle • 30.9.2025")
otsikko(d, "Tarinoiden talot – hankesuunnitelma", 0)
kpl(d, "Halsunmaan Kotiseutuyhdistys ry hakee Riuttalan Kulttuurisäätiön yhteisöhankkeiden avustusta "
       "(hakukierros syksy 2025) kaksivuotiselle kulttuurihankkeelle, joka tuo ammattitaiteilijoiden työtä "
       "kunnan neljälle kylätalolle.", italic=True)

lihava(d, "Mistä lähdemme liikkeelle")
kpl(d, "Halsunmaan kunnassa on 5 400 asukasta ja neljä kylätaloa: Rämäkkä, Ylikylä, Paavola ja Lehtoniemi. Talot ovat "
       "kyläyhdistysten omistamia ja ne on kunnostettu pääosin talkoovoimin 2010-luvulla. Taloilla järjestetään "
       "kesäjuhlia, joulumyyjäisiä ja muutamia tansseja vuodessa, mutta säännöllistä kulttuuritoimintaa niillä ei ole. "
       "Kunnan oma kulttuuritoimi on yhden kulttuurisihteerin varassa, ja hänen työnsä painottuu kirkonkylään.")
kpl(d, "Kunnan hyvinvointikertomuksen 2024 mukaan yli 65-vuotiaiden osuus väestöstä on 31 prosenttia, ja kylillä asuvista "
       "ikäihmisistä moni ei enää pääse kirkonkylän tapahtumiin. Nuorille kylissä on vähän tekemistä: vuonna 2023 tehdyssä "
       "nuorisokyselyssä 62 prosenttia kyläkoulujen oppilaista toivoi kotikylälleen 'jotain omaa tekemistä'. "
       "Samaan aikaan kylien muisti katoaa. Kyläkirjat on tehty 1980-luvulla, ja sen jälkeen kertynyttä valokuva- ja "
       "tarina-aineistoa on vain yksityisillä ihmisillä.")
kpl(d, "Hanketta valmisteltiin keväällä 2025 kolmessa kyläillassa (Rämäkkä 11.3., Paavola 25.3. ja Lehtoniemi 8.4.2025), "
       "joihin osallistui yhteensä 86 kyläläistä.")

lihava(d, "Mitä haluamme saada aikaan")
kpl(d, "Hankkeen punainen lanka on, että kylätalot heräävät eloon ympäri vuoden. Tarkemmin:")
luettelo(d, [
    "Haluamme, että kylätaloilla on säännöllistä, ammattitaiteilijoiden ohjaamaa kulttuuritoimintaa kaikenikäisille.",
    "Haluamme, että kylien vanhat tarinat ja valokuvat tallentuvat ja ovat kaikkien nähtävillä.",
    "Haluamme, että kylien nuoret ovat mukana tekemässä ja esiintymässä.",
    "Haluamme, että kylätalojen vapaaehtoiset jaksavat ja osaavat järjestää kulttuuritapahtumia itse myös hankkeen jälkeen.",
])

lihava(d, "Kenelle hanke on")
kpl(d, "Hankkeen kohderyhmänä ovat neljän kylän asukkaat, erityisesti ikäihmiset, joiden on vaikea liikkua kirkonkylään, "
       "ja kyläkoulujen 10–15-vuotiaat oppilaat. Toinen tärkeä kohderyhmä ovat kylätalojen vapaaehtoiset, joita on "
       "kyläyhdistysten arvion mukaan noin 40.")

lihava(d, "Miten toimimme")
kpl(d, "Taiteilijat kylissä. Kukin kylätalo saa hankkeen aikana kaksi taiteilijajaksoa, kestoltaan kuusi viikkoa. Jaksoilla "
       "taiteilija (kuvataide, sanataide, musiikki tai teatteri) pitää viikoittaisia avoimia työpajoja, ikäihmisten "
       "iltapäiväryhmän ja yhden avoimen esityksen tai näyttelyn. Taiteilijat valitaan avoimella haulla.")
kpl(d, "Tarinaillat ja kuva-arkisto. Jokaisella kylätalolla pidetään tarinailtoja, joissa kyläläiset kertovat muistojaan "
       "ja tuovat vanhoja valokuvia. Sanataiteilija ja vapaaehtoiset tallentavat kertomukset, ja valokuvat digitoidaan "
       "paikan päällä. Aineisto kootaan kotiseutuyhdistyksen verkkoarkistoon ja tarinoista kootaan kylien yhteinen "
       "kuunnelma.")
kpl(d, "Nuorten teatteriryhmä. Kyläkoulujen oppilaille perustetaan teatteriryhmä, joka kokoontuu viikoittain "
       "vuorotellen eri kylätaloilla. Ryhmä tekee tarinailtojen aineistosta oman näytelmän, joka kiertää kaikki neljä taloa.")
kpl(d, "Järjestäjien koulutus. Vapaaehtoisille järjestetään neljän illan tapahtumakoulutus (tapahtuman suunnittelu, "
       "avustukset, esiintyjäsopimukset ja tekijänoikeudet, turvallisuus). Lisäksi jokainen kylä järjestää hankkeen "
       "toisena vuonna yhden tapahtuman itse, hankkeen koordinaattori tukena.")

lihava(d, "Aikataulu")
kpl(d, "Hanke toteutetaan 1.8.2026–31.7.2028.")
taulukko(d, [
    ["Milloin", "Mitä"],
    ["elokuu–syyskuu 2026", "koordinaattorin aloitus, taiteilijahaku, kyläkohtaiset aloitusillat"],
    ["lokakuu 2026 – toukokuu 2027", "ensimmäiset taiteilijajaksot, tarinaillat, teatteriryhmä aloittaa"],
    ["syksy 2027", "vapaaehtoisten tapahtumakoulutus, toiset taiteilijajaksot alkavat"],
    ["kevät 2028", "kylien omat tapahtumat, kuunnelman julkaisu"],
    ["toukokuu 2028", "teatteriryhmän näytelmän ensi-ilta Rämäkän kylätalolla"],
    ["12.8.2028", "näytelmän kiertue-esitys Halsunmaan kesäjuhlilla ja hankkeen päätösjuhla"],
])

lihava(d, "Kuka tekee ja kenen kanssa")
kpl(d, "Hankkeen hallinnoija on Halsunmaan Kotiseutuyhdistys ry. Hankkeeseen palkataan osa-aikainen (60 %) "
       "projektikoordinaattori koko hankeajaksi. Ohjausryhmässä ovat kotiseutuyhdistyksen puheenjohtaja, kunkin "
       "kyläyhdistyksen edustaja, Halsunmaan kunnan kulttuurisihteeri ja kyläkoulujen rehtori. Yhteistyökumppaneita "
       "ovat Halsunmaan kunta, kyläkoulut ja Pohjois-Halsin kansalaisopisto.")

lihava(d, "Miten tiedämme onnistuneemme")
kpl(d, "Seuraamme hankkeen aikana erityisesti näitä asioita:")
luettelo(d, [
    "taiteilijajaksojen työpajojen ja esitysten määrä sekä osallistujamäärät kylittäin (tavoite: vähintään 1 200 osallistumiskertaa hankkeen aikana)",
    "teatteriryhmään osallistuvien nuorten määrä ja heidän palautteensa kauden lopussa (tavoite 15 nuorta)",
    "tapahtumakoulutukseen osallistuneiden vapaaehtoisten määrä sekä se, moniko kylä järjestää oman tapahtuman (tavoite 4/4); vapaaehtoisille tehdään lyhyt kysely jaksamisesta hankkeen alussa ja lopussa",
])
kpl(d, "Ohjausryhmä käy seurantatiedot läpi puolen vuoden välein.")

lihava(d, "Mitä jää käteen")
kpl(d, "Hankkeen tuloksena kylätaloilla on ollut kaksi vuotta säännöllistä kulttuuritoimintaa, kylillä on yhteinen "
       "verkkoarkisto ja kuunnelma, nuorilla on oma näytelmä ja vapaaehtoisilla taidot järjestää tapahtumia. Odotamme, "
       "että kylätalojen käyttö monipuolistuu pysyvästi ja että ikäihmisten osallistuminen kulttuuriin lisääntyy.")

lihava(d, "Miten toiminta jatkuu hankkeen jälkeen")
kpl(d, "Jatkosta on sovittu jo hakemusta tehdessä: Halsunmaan kunnan kulttuurisihteeri on mukana ohjausryhmässä "
       "alusta asti, ja ensimmäisessä ohjausryhmän kokouksessa elokuussa 2026 laaditaan kirjallinen jatkosuunnitelma.")
kpl(d, "Kerromme toiminnasta kylien Facebook-ryhmissä, kotiseutuyhdistyksen verkkosivuilla ja paikallislehdessä koko "
       "hankkeen ajan. Taiteilijajaksojen sisällöt muokataan kunkin kylän toiveiden mukaan, ja ikäihmisille tehdään "
       "omat iltapäiväversiot työpajoista. Naapurikuntien kotiseutuyhdistykset (Kivijärvi ja Ruokola) kokeilevat "
       "taiteilijajaksoa omalla kylätalollaan keväällä 2028 koordinaattorin tuella, ja hankkeen kokemukset esitellään Pohjanrannan kotiseutupäivien seminaarissa.")
kpl(d, "Hankkeen päätyttyä kylätalojen kulttuuriohjelman koordinoinnista vastaa Halsunmaan kunnan kulttuurisihteeri, "
       "ja kunta on sitoutunut varaamaan vuodesta 2029 alkaen 8 000 euroa vuodessa kylätalojen taiteilijavierailuihin. "
       "Kyläyhdistykset kirjaavat kulttuuri-illat vuosiohjelmiinsa.")
kpl(d, "Jatkon valmisteluun on varattu 10 prosenttia koordinaattorin työajasta sekä 4 000 euroa seminaari- ja "
       "materiaalikuluihin.")

lihava(d, "Tiedottaminen")
kpl(d, "Tiedottamisesta vastaa projektikoordinaattori. Jokaisesta taiteilijajaksosta tehdään tiedote paikallislehti "
       "Halsin Viestiin ja ilmoitus kylien ilmoitustauluille, koska kaikki ikäihmiset eivät käytä somea. Nuoret tekevät "
       "teatteriryhmän omaa Instagram-tiliä.")

lihava(d, "Budjetti")
taulukko(d, [
    ["Menot", "€"],
    ["Projektikoordinaattori 60 % (24 kk) sivukuluineen", "58 000"],
    ["Taiteilijapalkkiot (8 jaksoa)", "38 400"],
    ["Teatteriryhmän ohjaaja", "9 600"],
    ["Tapahtumakoulutus", "2 400"],
    ["Digitointi ja verkkoarkisto", "3 600"],
    ["Jatkon valmistelu ja levittäminen", "4 000"],
    ["Matkat ja tarvikkeet", "4 000"],
    ["Yhteensä", "120 000"],
])
kpl(d, "Haemme säätiöltä 96 000 euroa (80 %). Omarahoitus 24 000 euroa koostuu kunnan avustuksesta (14 000 €) ja "
       "talkootyöstä (10 000 €).")
kpl(d, "Yhteyshenkilö: puheenjohtaja Arja Nevanperä, p. 050 765 2210, arja.nevanpera@halsunmaankotiseutu.example.fi")
d.save("/tmp/batches/era-43/lahteet/02_hankesuunnitelma_tarinoiden_talot.docx")
