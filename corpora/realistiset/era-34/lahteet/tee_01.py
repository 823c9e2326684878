"""w34 / 01: pitkä hankesuunnitelma, opinto-ohjaus ammatillisessa koulutuksessa. Hyvä dokumentti."""
import sys
from apu import *

d = uusi()
d.add_heading("Hankesuunnitelma: Ohjaus kantaa – opinto-ohjauksen vahvistaminen Järvilaakson ammattiopistossa", 0)
kpl(d, "Versio 0.9, päivitetty 20.11.2026. Luonnos ohjausryhmän esikokousta varten.")
lihava(d, "Perustiedot")
sisaltokentta(d, "Hakija", "hakija", "Hakija: Järvilaakson koulutuskuntayhtymä / Järvilaakson ammattiopisto")
sisaltokentta(d, "Hankkeen nimi", "hankkeen_nimi", "Hankkeen nimi: Ohjaus kantaa")
sisaltokentta(d, "Toteutusaika", "toteutusaika", "Toteutusaika: 1.3.2027–28.2.2029")
kpl(d, "Hanke on tarkoitettu ennen kaikkea ammattiopiston toisen ja kolmannen opintovuoden opiskelijoille, joiden opinnot ovat pitkittyneet, sekä heitä ohjaaville opettajille ja opinto-ohjaajille. Hankkeen valmistelua käsiteltiin opiskelijapalveluiden kehittämispäivillä 12.9.2026 ja opiskelijakunnan hallituksen kanssa 3.10.2026.")

otsikko(d, "1. Miksi hanke tarvitaan?")
kpl(d, "Järvilaakson ammattiopistossa opiskelee noin 4 300 tutkinto-opiskelijaa kuudella kampuksella. Opetushallinnon tilastojen mukaan ammatillisen koulutuksen keskeyttäminen on pysynyt koko maassa viime vuosina noin kymmenen prosentin tasolla. Omassa oppilaitoksessamme negatiivinen keskeyttäminen oli lukuvuonna 2023–2024 12,4 prosenttia ja lukuvuonna 2024–2025 11,9 prosenttia, mikä on selvästi yli maakunnan keskiarvon. Erityisen suuri osuus keskeyttäjistä on logistiikan, rakennusalan ja liiketoiminnan perustutkinnoissa.")
kpl(d, "Opiskelijapalautekyselyssä (Amispalaute, kevät 2025) vain 58 prosenttia vastaajista koki saaneensa riittävästi tukea henkilökohtaisen osaamisen kehittämissuunnitelman laadintaan ja päivittämiseen. Avovastauksissa toistuivat samat teemat: opiskelija ei tiedä, kenen puoleen kääntyä, kun opinnot alkavat jäädä jälkeen, ja ohjauskeskustelu käydään usein vasta, kun poissaoloja on kertynyt jo kymmeniä tunteja.")
kpl(d, "Opinto-ohjaajia on oppilaitoksessa 11, eli yhtä ohjaajaa kohden on lähes 400 opiskelijaa. Ohjausta tekevät käytännössä myös vastuuopettajat, mutta heidän valmiutensa vaihtelevat. Vuoden 2025 henkilöstökyselyssä 41 prosenttia opettajista arvioi, ettei heillä ole riittävää osaamista tunnistaa opiskelijan tuen tarvetta ajoissa. Lisäksi nivelvaiheen tiedonsiirto peruskoulusta ammattiopistoon ja edelleen työelämään tai korkeakouluun on ollut katkonaista.")
kpl(d, "Vuoden 2018 ammatillisen koulutuksen reformi lisäsi opintojen yksilöllisyyttä ja jatkuvaa hakua. Tämä on hyvä asia, mutta samalla opiskelijan polku on muuttunut entistä vaikeammaksi hahmottaa. Kun opiskelija voi aloittaa opintonsa milloin tahansa vuoden aikana, ryhmänohjauksen perinteiset rakenteet eivät enää tavoita kaikkia. Tarve on siis rakenteellinen: tarvitaan ohjausmalli, joka perustuu opiskelijan omaan polkuun eikä aloitusryhmään.")
kpl(d, "Hanke liittyy maakunnan koulutusstrategian 2025–2030 painopisteeseen ”Jokainen nuori suorittaa toisen asteen tutkinnon” sekä oppivelvollisuuden laajentamisen toimeenpanoon. Hanke täydentää oppilaitoksen omaa kehittämisohjelmaa, jossa ohjauksen laatu on nimetty yhdeksi neljästä kärkiteemasta.")
kpl(d, "Olemme tarkastelleet myös aiempia hankkeita. Naapurikuntayhtymän Polku-hankkeessa (2021–2023) kokeiltiin varhaisen tuen tiimejä, ja niiden kokemukset ovat olleet lupaavia: keskeyttäminen väheni kokeiluyksiköissä noin kolme prosenttiyksikköä. Polku-hankkeen loppuraportin mukaan kuitenkin tiimien toiminta hiipui, kun hankerahoitus päättyi, koska toimintaa ei ollut kirjattu oppilaitoksen ohjaussuunnitelmaan. Tämän kokemuksen vuoksi olemme rakentaneet tähän suunnitelmaan jatkuvuuden alusta asti.")
sivunvaihto(d)

otsikko(d, "2. Kenelle hanke on?")
kpl(d, "Välittömiä hyödynsaajia ovat ammattiopiston tutkinto-opiskelijat, joiden opinnot ovat vaarassa pitkittyä tai keskeytyä. Arviomme mukaan heitä on hankkeen aikana noin 600. Toisena ryhmänä ovat vastuuopettajat (noin 180) ja opinto-ohjaajat (11), joiden ohjausosaamista hankkeessa vahvistetaan. Kolmantena ryhmänä ovat nivelvaiheen yhteistyötahot: alueen perusopetuksen oppilaanohjaajat, Pohjoisrannikon ammattikorkeakoulun hakijapalvelut sekä työpaikkaohjaajat.")
kpl(d, "Välillisiä hyödynsaajia ovat opiskelijoiden huoltajat sekä alueen työnantajat, jotka saavat valmistuneita ammattilaisia. Kohderyhmää osallistetaan suunnitteluun opiskelijakunnan kautta, ja opiskelijaraati kokoontuu hankkeen aikana kerran lukukaudessa.")

otsikko(d, "3. Mitä haluamme saavuttaa?")
kpl(d, "Hankkeen päämäärä on, että jokainen Järvilaakson ammattiopiston opiskelija saa oikea-aikaista ohjausta koko opintopolkunsa ajan. Tähän pyritään kolmen tavoitteen kautta.")
kpl(d, "Ensinnäkin tavoitteena on, että opiskelijoiden negatiivinen keskeyttäminen vähenee kokeiluyksiköissä 11,9 prosentista alle 9 prosenttiin.")
kpl(d, "Toiseksi tavoitteena on, että vastuuopettajien ohjausosaaminen vahvistuu niin, että he tunnistavat tuen tarpeen ja osaavat ohjata opiskelijan oikean palvelun piiriin.")
kpl(d, "Kolmanneksi tavoitteena on, että siirtymä perusopetuksesta ammattiopistoon ja ammattiopistosta työelämään tai jatko-opintoihin sujuvoituu.")
sivunvaihto(d)

otsikko(d, "4. Toteutus työpaketeittain")
kpl(d, "Hanke toteutetaan kolmena työpakettina. Jokaisella työpaketilla on vastuuhenkilö hanketiimistä ja yhteyshenkilö oppilaitoksen linjaorganisaatiosta.")
otsikko(d, "TP1 Varhaisen tuen tiimit", 2)
kpl(d, "Perustamme kolmelle kampukselle varhaisen tuen tiimit, joihin kuuluvat opinto-ohjaaja, kuraattori, erityisopettaja ja vastuuopettaja. Tiimi käy kuukausittain läpi opiskelijat, joiden opintojen eteneminen on pysähtynyt tai poissaolot ovat kasvaneet, ja sopii jokaiselle heistä ohjauskeskustelun kahden viikon sisällä. Opintojen kesken jättämisen riskissä oleville laaditaan yhdessä opiskelijan kanssa tuettu opintosuunnitelma. Kokeilu alkaa logistiikan ja rakennusalan yksiköissä syksyllä 2027 ja laajenee liiketoimintaan keväällä 2028.")
kpl(d, "Tiimityön tueksi otetaan käyttöön opintohallintojärjestelmän seurantanäkymä, josta näkyvät kertymät ja poissaolot opiskelijakohtaisesti. Näkymän määrittely tehdään yhdessä tietohallinnon kanssa hankkeen ensimmäisen puolen vuoden aikana.")
otsikko(d, "TP2 Ohjausosaamisen valmennus", 2)
kpl(d, "Järjestämme vastuuopettajille kuuden kerran ohjausvalmennuksen, jossa harjoitellaan ratkaisukeskeistä ohjauskeskustelua, tuen tarpeen tunnistamista ja palveluihin ohjaamista. Valmennus toteutetaan kahdessa ryhmässä lukuvuosina 2027–2028 ja 2028–2029. Lisäksi jokaisella kampuksella toimii opettajien vertaismentorointiryhmä, jossa käsitellään omia ohjaustapauksia. Valmennuksen sisällöt tuotetaan yhdessä Pohjoisrannikon ammattikorkeakoulun ammatillisen opettajakorkeakoulun kanssa.")
otsikko(d, "TP3 Nivelvaiheen polut", 2)
kpl(d, "Laadimme alueen yhdeksän perusopetuksen yksikön kanssa yhteisen tiedonsiirtolomakkeen ja -käytännön, jotta opiskelijan tarvitsema tuki tiedetään jo opintojen alkaessa. Opintojen loppuvaiheessa järjestämme jokaiselle valmistuvalle ryhmälle jatkopolkupäivän, jossa ovat mukana työnantajat, TE-palvelut ja ammattikorkeakoulun hakijapalvelut. Työelämään ja korkeakouluun siirtymisen tueksi kokeillaan myös valmistuneiden opiskelijoiden puolen vuoden jälkiohjausta puhelimitse.")
kpl(d, "Työpakettien yhteenveto on alla. Jokaisen työpaketin alle on koottu myös sen keskeiset tuotokset.")
t = taulukko(d, [["Työpaketti", "Tuotokset"], ["TP1 Varhaisen tuen tiimit", ""], ["TP2 Ohjausosaamisen valmennus", "Valmennusmateriaali, vertaismentoroinnin malli"], ["TP3 Nivelvaiheen polut", "Tiedonsiirtolomake, jatkopolkupäivän malli"]])
sis = t.cell(1, 1).add_table(rows=2, cols=2)
sis.style = "Table Grid"
sis.cell(0, 0).text = "Tiimien toimintamalli"; sis.cell(0, 1).text = "3 kampusta"
sis.cell(1, 0).text = "Seurantanäkymä"; sis.cell(1, 1).text = "opintohallintojärjestelmään"
sivunvaihto(d)

otsikko(d, "5. Aikataulu ja välitavoitteet")
kpl(d, "Hankkeen toteutusaika on 1.3.2027–28.2.2029. Välitavoitteet on esitetty neljännesvuosittain alla.")
taulukko(d, [["Neljännes", "Välitavoite"],
 ["Q2/2027", "Hanketiimi rekrytoitu, ohjausryhmä aloittanut, seurantanäkymän määrittely valmis"],
 ["Q3/2027", "Varhaisen tuen tiimit aloittavat logistiikassa ja rakennusalalla; valmennuksen 1. ryhmä alkaa"],
 ["Q4/2027", "Tiedonsiirtolomake sovittu perusopetuksen kanssa; ensimmäinen opiskelijakysely"],
 ["Q1/2028", "Tiimit laajenevat liiketoimintaan; väliarviointi ohjausryhmälle"],
 ["Q2/2028", "Ensimmäiset jatkopolkupäivät; valmennuksen 2. ryhmä alkaa"],
 ["Q3/2028", "Toimintamalli kirjataan ohjaussuunnitelmaan luonnoksena"],
 ["Q4/2028", "Loppukysely opiskelijoille ja opettajille; ulkoinen arviointi valmistuu"],
 ["Q1/2029", "Loppuseminaari helmikuussa 2029; loppuraportti"]])
kpl(d, "Hankkeen jälkeen toiminta jatkuu osana oppilaitoksen perustoimintaa lukuvuodesta 2029–2030 alkaen.")

sivunvaihto(d)
otsikko(d, "6. Miten tiedämme onnistuneemme?")
kpl(d, "Seuraamme hankkeen etenemistä sekä määrällisillä mittareilla että laadullisesti. Itsearvioinnista vastaa hanketiimi, ja ohjausryhmä käsittelee seurantatiedot joka kokouksessa.")
lista(d, [
 "Keskeyttämisen väheneminen: kokeiluyksiköiden negatiivisen keskeyttämisen osuus opintohallintojärjestelmästä lukukausittain; vertailukohtana lukuvuosi 2024–2025.",
 "Opettajien ohjaustaidot: valmennukseen osallistuneiden opettajien itsearvio ohjausvalmiuksistaan valmennuksen alussa ja lopussa sekä opiskelijoiden arvio saamastaan ohjauksesta Amispalautteessa.",
 "Nivelvaiheen sujuvuus: tiedonsiirtolomakkeella siirtyneiden opiskelijoiden osuus uusista opiskelijoista sekä valmistuneiden sijoittuminen työhön tai jatko-opintoihin puolen vuoden kuluttua valmistumisesta.",
])
kpl(d, "Lisäksi hankkeelle tehdään ulkoinen arviointi, jonka toteuttaa Pohjoisrannikon ammattikorkeakoulun TKI-yksikkö. Se haastattelee opiskelijoita, opettajia ja yhteistyökumppaneita syksyllä 2028.")

otsikko(d, "7. Tulokset ja vaikutukset")
kpl(d, "Hankkeen tuloksena syntyy kolme kuvattua toimintamallia: varhaisen tuen tiimin malli, opettajan ohjausvalmennus ja nivelvaiheen tiedonsiirron käytäntö. Pitkällä aikavälillä vaikutuksena odotamme, että yhä useampi nuori valmistuu ammattiin ja alueen työnantajat saavat osaavaa työvoimaa. Opiskelijan näkökulmasta muutos näkyy siinä, että apua saa ennen kuin ongelmat kasautuvat.")
sivunvaihto(d)

otsikko(d, "8. Tulosten juurruttaminen ja jatkuvuus")
kpl(d, "Jatkuvuutta on suunniteltu jo hakuvaiheessa: oppilaitoksen johtoryhmä on käsitellyt hakemuksen ja sitoutunut siihen, että hyväksi todetut käytännöt kirjataan ohjaussuunnitelmaan. Hankkeen alussa laadimme yhdessä opiskelijapalveluiden kanssa jatkuvuussuunnitelman, jota päivitetään puolivuosittain.")
kpl(d, "Ensimmäisestä kuukaudesta lähtien kerromme kokeilujen etenemisestä henkilöstön intrassa ja kampusten henkilöstökokouksissa, jotta opettajat tietävät, mitä on tulossa. Kokeiluvaiheessa tiimimallia sovitetaan kunkin alan arkeen: rakennusalan työmaajaksoilla ohjauskeskustelut käydään etänä, liiketoiminnassa osana ryhmätapaamisia. Toisena hankevuonna tarjoamme mallia kokeiltavaksi myös kolmelle muulle kampukselle ja naapurikuntayhtymälle, jotka eivät ole hankkeessa mukana. Lopuksi malli kirjataan oppilaitoksen ohjaussuunnitelmaan ja tiimien työaika sisällytetään opettajien vuosisuunnitelmiin, jolloin toiminta rahoitetaan oppilaitoksen omasta budjetista.")
kpl(d, "Juurruttamiseen varataan hankekoordinaattorin työajasta 20 prosenttia koko hankkeen ajan, ja budjetissa on jatkuvuustyöpajoja varten 6 000 euroa. Hankkeen päätyttyä toimintamallin omistaa ja sen ylläpidosta vastaa Järvilaakson ammattiopiston opiskelijapalveluiden päällikkö, joka on myös ohjausryhmän jäsen.")
kpl(d, "Tuloksia levitetään Innokylän toimintamallikuvauksina, oppilaitoksen verkkosivuilla, alueellisessa opinto-ohjaajien seminaarissa keväällä 2028 sekä valtakunnallisilla ammatillisen koulutuksen ohjauspäivillä.")

sivunvaihto(d)
otsikko(d, "9. Talous")
kpl(d, "Hankkeen kokonaiskustannusarvio on 412 000 euroa, josta haettava avustus on 80 prosenttia (329 600 euroa) ja kuntayhtymän omarahoitus 82 400 euroa.")
taulukko(d, [["Kustannuslaji", "2027", "2028", "2029", "Yhteensä"],
 ["Henkilöstökulut", "128 000", "150 000", "24 000", "302 000"],
 ["Ostopalvelut (ulkoinen arviointi, valmennus)", "22 000", "38 000", "4 000", "64 000"],
 ["Matkat ja tilaisuudet", "9 000", "14 000", "5 000", "28 000"],
 ["Muut kulut", "7 000", "9 000", "2 000", "18 000"],
 ["Yhteensä", "166 000", "211 000", "35 000", "412 000"]])

otsikko(d, "10. Hallinnointi ja yhteistyökumppanit")
kpl(d, "Hankkeen hallinnoijana toimii Järvilaakson koulutuskuntayhtymä. Hanketiimiin kuuluvat hankekoordinaattori (100 %) ja kaksi ohjauksen asiantuntijaa (50 %). Ohjausryhmään kuuluvat opiskelijapalveluiden päällikkö, kahden kampuksen rehtorit, opiskelijakunnan edustaja, alueen perusopetuksen edustaja, ammattikorkeakoulun edustaja ja rahoittajan edustaja. Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

sivunvaihto(d)
otsikko(d, "11. Riskit")
taulukko(d, [["Riski", "Todennäköisyys", "Hallintakeino"],
 ["Opettajilla ei ole aikaa valmennukseen", "keskisuuri", "Valmennus sisällytetään työaikaan ja vuosisuunnitelmaan"],
 ["Seurantanäkymän toteutus viivästyy", "pieni", "Tiimit aloittavat käsin koottavilla listoilla"],
 ["Avainhenkilö vaihtuu", "keskisuuri", "Työ dokumentoidaan ja vastuut jaetaan parityönä"]])

otsikko(d, "12. Viestintä")
muutoskpl(d, [("n", "Hankkeen viestinnästä vastaa hankekoordinaattori yhdessä kuntayhtymän viestintäyksikön kanssa. Sisäisessä viestinnässä käytetään intraa ja henkilöstökokouksia, ulkoisessa viestinnässä verkkosivuja ja sosiaalista mediaa. "), ("del", "Hankkeesta julkaistaan uutiskirje neljä kertaa vuodessa."), ("ins", "Hankkeesta julkaistaan uutiskirje kaksi kertaa vuodessa.")])
kpl(d, "Opiskelijoille viestitään heidän omissa kanavissaan opiskelijakunnan kanssa sovitulla tavalla.")


sivunvaihto(d)
otsikko(d, "Liite 1. Opiskelijan ohjauskyselyn lomake")
kpl(d, "Lomaketta käytetään opiskelijakyselyssä syksyllä 2027 ja loppukyselyssä syksyllä 2028. Opiskelija täyttää lomakkeen nimettömänä.")
for q in ["1. Millä kampuksella opiskelet?", "2. Monettako vuotta opiskelet?", "3. Tiedätkö, kuka on oma vastuuopettajasi? (kyllä / ei)",
          "4. Kuinka usein olet käynyt ohjauskeskustelun viimeisen puolen vuoden aikana?", "5. Saitko apua silloin, kun opintosi alkoivat jäädä jälkeen?",
          "6. Mitä ohjauksessa pitäisi mielestäsi parantaa?", "7. Muuta palautetta"]:
    kpl(d, q)
    kpl(d, "______________________________________________")
d.save(sys.argv[1])
