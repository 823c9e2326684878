import sys; sys.path.insert(0, '/tmp/batches/era-44/lahteet')
from apu import *
d = uusi()
yla_ala(d, 'Kaarlahden kaupunki / Liikuntapalvelut – LUONNOS v3', 'Päivitetty 12.1.2026 – sivu 1')
d.add_heading('Liikkeelle arkeen – liikuntaneuvonnan kehittämishanke', 0)
P(d, 'Hankesuunnitelma, Kaarlahden kaupunki, liikuntapalvelut. Haetaan terveyden edistämisen kehittämisavustusta ohjelmakaudelle 2025–2028.')
H(d, '1 Lähtötilanne ja perustelut')
P(d, 'Kaarlahden aikuisväestöstä vain noin kolmannes liikkuu terveytensä kannalta riittävästi. Kaupungin hyvinvointikertomuksen (2024) mukaan työikäisten liikkumattomuus on lisääntynyt erityisesti vuorotyötä tekevillä ja yli 55-vuotiailla. Vuonna 2023 terveysasemien lääkärit tekivät 412 liikuntalähetettä, mutta lähetteille ei ole ollut selvää vastaanottajaa, ja suurin osa niistä jäi käyttämättä.')
P(d, 'Liikuntaneuvontaa on kokeiltu Kaarlahdessa pienimuotoisesti vuosina 2021–2022, ja kokemukset olivat hyviä, mutta toiminta loppui, kun kokeilun työntekijä siirtyi muihin tehtäviin. Tarvitsemme pysyvän ja sovitun palvelupolun terveysasemalta liikuntaneuvontaan ja edelleen omatoimiseen liikkumiseen.')
H(d, '2 Tavoitteet ja niiden seuranta')
P(d, 'Hankkeen päämääränä on, että liikuntaneuvonnasta tulee pysyvä osa kaupungin palveluja. Alla olevaan taulukkoon on koottu tavoitteet, keinot ja se, miten onnistumista seurataan.')
taulukko(d, [
 ['Tavoite', 'Mitä teemme', 'Miten seuraamme'],
 ['1. Terveysasemilta ohjataan vähän liikkuvat aikuiset liikuntaneuvontaan sovitulla palvelupolulla.', 'Laaditaan lähetekäytäntö yhdessä terveysasemien kanssa, koulutetaan hoitajat ja lääkärit (2 koulutusta), ajanvaraus neuvontaan suoraan vastaanotolta.', 'Lähetteiden määrä ja osuus, joka johtaa neuvontakäyntiin (tavoite 60 %), asiakastietojärjestelmän kuukausiraportti.'],
 ['2. Neuvontaan osallistuneiden liikkuminen lisääntyy ja jatkuu omatoimisesti.', 'Liikuntaneuvojan henkilökohtaiset tapaamiset (3–5 krt), matalan kynnyksen kokeiluryhmät, liikuntakortti kaupungin saleille.', 'Liikkumiskysely alussa, 3 kk ja 12 kk kohdalla; kokeiluryhmien osallistujamäärät; asiakaspalaute.'],
 ['3. Kaupungin, hyvinvointialueen ja urheiluseurojen yhteistyö vakiintuu.', 'Yhteistyöverkosto kokoontuu neljännesvuosittain, seurojen kanssa sovitaan vastaanottoryhmistä.', 'Verkoston kokousmuistiot, mukana olevien seurojen määrä, kumppanikysely hankkeen lopussa.'],
])
P(d, '')
H(d, '3 Kohderyhmä')
P(d, 'Ensisijainen kohderyhmä ovat 30–70-vuotiaat kaarlahtelaiset, jotka liikkuvat vähän ja joilla on kohonnut riski sairastua tyypin 2 diabetekseen tai sydän- ja verisuonitauteihin. Arvioimme, että hankeaikana neuvontaan ohjautuu noin 300 asiakasta. Välillisesti hanke palvelee terveysasemien henkilöstöä ja urheiluseuroja, jotka saavat uusia harrastajia.')
H(d, '4 Toteutus')
P(d, 'Hanke etenee kolmessa vaiheessa. Ensimmäisessä vaiheessa rakennetaan palvelupolku: sovitaan terveysasemien kanssa lähetteen sisällöstä, ajanvarauksesta ja tiedonkulusta sekä koulutetaan vastaanottojen henkilöstö. Toisessa vaiheessa liikuntaneuvoja tapaa asiakkaita, ja kaupungin liikuntasaleilla käynnistetään matalan kynnyksen kokeiluryhmät, joissa voi tutustua esimerkiksi kuntosaliin, vesijuoksuun ja sauvakävelyyn. Kolmannessa vaiheessa toimintatapa kirjataan kaupungin palvelukuvaukseen ja siirretään liikuntapalvelujen perustoiminnaksi.')
P(d, 'Urheiluseurojen kanssa tehdään sopimukset aikuisten aloittelijaryhmistä, joihin neuvonnan asiakkaat voivat siirtyä.')
H(d, '5 Aikataulu')
P(d, 'Hankkeen toteutusaika on 1.3.2026–28.2.2028 (24 kk).')
bullets(d, [
 'Kevät 2026: palvelupolun suunnittelu, henkilöstön koulutukset, neuvojan rekrytointi.',
 'Syksy 2026 – syksy 2027: neuvontatapaamiset ja kokeiluryhmät.',
 'Loppuvuosi 2027: seurakyselyjen kokoaminen, palvelukuvauksen päivitys.',
])
p = P(d, 'Tammi–helmikuu 2028: ')
dele(p, 'päätösseminaari toukokuussa 2028 ja ')
ins(p, 'päätösseminaari helmikuussa 2028 ja loppuraportti.')
H(d, '6 Organisointi ja yhteistyökumppanit')
P(d, 'Hankkeen hallinnoija on Kaarlahden kaupungin liikuntapalvelut. Hankkeessa työskentelee kokoaikainen liikuntaneuvoja ja osa-aikainen hankekoordinaattori (50 %). Ohjausryhmässä ovat liikuntapalvelujen päällikkö, Järvilaakson hyvinvointialueen terveysasemien osastonhoitaja, kahden urheiluseuran edustajat ja asiakasedustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa.')
H(d, '7 Kustannusarvio')
t = taulukko(d, [
 ['Kustannuslaji', '2026', '2027', '2028', 'Yhteensä'],
 ['Henkilöstökulut', '58 000', '70 000', '12 000', '140 000'],
 ['Koulutukset ja tilaisuudet', '4 000', '3 000', '3 000', '10 000'],
 ['Ryhmien tilavuokrat', '3 500', '5 000', '500', '9 000'],
 ['Kustannukset yhteensä', '', '', '', '159 000'],
])
t.cell(4, 0).merge(t.cell(4, 3)); t.cell(4, 0).text = 'Kustannukset yhteensä'
P(d, 'Rahoitus: avustus 75 % (119 250 €), kaupungin omarahoitus 25 % (39 750 €). Taulukon vuosisarakkeet ovat budjettivuosia.')
H(d, '8 Arviointi')
P(d, 'Hanke tekee itsearviointia taulukon 2 mittarien avulla: tiedot kootaan puolivuosittain ohjausryhmälle. Asiakkailta kerätään palautetta neuvontajakson lopussa. Lisäksi hyvinvointialueen tietopalvelut tuottaa lähetetilaston, ja hankkeen lopussa tehdään kumppanikysely seuroille ja terveysasemille.')
H(d, '9 Odotetut tulokset ja vaikutukset')
P(d, 'Hankkeen tuloksena on toimiva ja kirjattu palvelupolku terveysasemalta liikuntaneuvontaan, koulutettu henkilöstö ja vakiintunut yhteistyö seurojen kanssa. Pidemmällä aikavälillä odotamme vähän liikkuvien aikuisten osuuden pienenevän ja elintapasairauksien hoitokäyntien vähenevän.')
H(d, '10 Miten toiminta jää pysyväksi')
P(d, 'Toiminnan jatkuvuutta on mietitty jo hakuvaiheessa: valmistelupalaverissa 14.10.2025 liikuntapalvelut ja hyvinvointialue sopivat, että neuvonta rakennetaan alusta asti osaksi nykyisiä palveluja eikä erilliseksi hankepalveluksi. Hankkeen alussa, keväällä 2026, liikuntapalvelujen päällikkö ja terveysasemien osastonhoitaja nimeävät yhteyshenkilöt, jotka ovat mukana koko hankkeen ajan.')
P(d, 'Kerromme kokemuksista henkilöstölle ja kuntalaisille säännöllisesti (ks. viestintä). Palvelua muokataan kokeilujen perusteella eri ryhmille sopivaksi: vuorotyöläisille iltavastaanotot ja ikääntyville ryhmäneuvonta. Naapurikunnat Pohjala ja Ristijärvi ovat lupautuneet kokeilemaan lähetekäytäntöä omilla terveysasemillaan vuonna 2027. Lopuksi liikuntaneuvonta kirjataan kaupungin palvelukuvaukseen ja liikuntapalvelujen talousarvioon.')
P(d, 'Vastuu jatkosta: Kaarlahden kaupungin liikuntapalvelujen päällikkö vastaa siitä, että liikuntaneuvonta jatkuu kaupungin perustoimintana 1.3.2028 alkaen. Jatkuvuustyöhön on varattu 20 % hankekoordinaattorin työajasta sekä 3 000 € koulutus- ja tilaisuuskuluista.')
H(d, '11 Riskit ja niihin varautuminen')
P(d, 'Suurin riski on, että lähetteitä ei tehdä kiireen vuoksi. Varaudumme tähän lyhyillä koulutuksilla ja sillä, että ajanvaraus onnistuu suoraan vastaanotolta. Neuvojan rekrytoinnin viivästyminen on toinen riski; siihen varaudutaan aloittamalla haku heti myönteisen päätöksen jälkeen.')
H(d, '12 Viestintä')
P(d, 'Hankkeesta kerrotaan kaupungin verkkosivuilla ja paikallislehdessä, terveysasemien henkilöstöinfoissa sekä seurojen kanavissa. Toimintamalli kuvataan Innokylään, ja tuloksia esitellään päätösseminaarissa, johon kutsutaan naapurikuntien liikunta- ja terveyspalvelut.')
d.save('/tmp/batches/era-44/01_hankesuunnitelma_liikuntaneuvonta.docx')
