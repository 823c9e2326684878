"""01: hankesuunnitelma, ikäihmiset, kunta. Ei havaintoja."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu

NIMI = "01_hankesuunnitelma_ikaantyneet.docx"

doc = uusi(
    "Liikkuva arki 75+ – hankesuunnitelma",
    ["Harjuvaaran kunta, liikunta- ja hyvinvointipalvelut",
     "Versio 1.1, päivitetty 20.1.2025"],
    tekija="Harjuvaaran kunta",
)

h(doc, "1 Tausta ja tarve")
p(doc,
  "Harjuvaaran väestö ikääntyy maakunnan keskiarvoa nopeammin. Vuoden 2023 lopussa kunnan 9 412 asukkaasta "
  "1 393 eli 14,8 prosenttia oli täyttänyt 75 vuotta, ja väestöennusteen mukaan osuus nousee yli 19 prosenttiin "
  "vuoteen 2035 mennessä. Valtaosa heistä asuu omassa kodissaan, usein haja-asutusalueella, jossa julkisen "
  "liikenteen yhteydet ovat harvassa.",
  "Kunnan hyvinvointikertomus 2021–2024 nostaa esiin kaatumisten ja niistä johtuvien lonkkamurtumien määrän "
  "sekä sen, että kotihoidon asiakkaista vain harva liikkuu säännöllisesti. Liikuntapalvelujen nykyiset "
  "senioriryhmät kokoontuvat kirkonkylässä, eivätkä ne tavoita niitä, joiden toimintakyky on jo heikentynyt. "
  "Kotihoidon henkilöstöllä taas ei ole aikaa eikä selkeää reittiä ohjata asiakkaita liikuntaneuvontaan.",
  "Hanke vastaa tähän tuomalla liikuntaneuvonnan ikäihmisen kotiin ja lähikylään sekä rakentamalla kunnan "
  "liikuntapalvelujen ja hyvinvointialueen kotihoidon välille yhteisen ohjauskäytännön.")

h(doc, "2 Tavoitteet")
p(doc,
  "Hankkeen päätavoitteena on, että kotona asuvat harjuvaaralaiset ikäihmiset säilyttävät toimintakykynsä ja "
  "pystyvät asumaan omassa kodissaan nykyistä pidempään. Osatavoitteet, niitä palvelevat toimenpiteet ja "
  "mittarit on koottu alla olevaan taulukkoon.")
taulukko(doc, ["Tavoite", "Toimenpiteet", "Mittari ja arviointitapa"], [
    ["1. Kotona asuvien 75 vuotta täyttäneiden fyysinen toimintakyky paranee.",
     "Kotiin vietävä liikuntaneuvonta: aloituskäynti, yksilöllinen kotijumppaohjelma ja kolme seurantakäyntiä (TP1).",
     "SPPB-testi ja tasapainotesti neuvonnan alussa ja kuuden kuukauden kohdalla; tavoitetaso: vähintään 60 % "
     "osallistujista parantaa pisteitään."],
    ["2. Ikäihmiset löytävät lähiympäristöstään itselleen sopivan säännöllisen ryhmäliikunnan.",
     "Matalan kynnyksen kyläjumpat kuudella kylällä ja vertaisohjaajien koulutus (TP2).",
     "Ryhmien ja osallistujien määrä kuukausittain; osallistujakysely syksyllä 2025 ja syksyllä 2026."],
    ["3. Kotihoidon ja liikuntapalvelujen yhteistyöstä tulee pysyvä ohjauskäytäntö.",
     "Yhteinen ohjauspolku, kotihoidon lähihoitajien liikuntaneuvontakoulutus ja kuukausittaiset "
     "yhteispalaverit (TP3).",
     "Kotihoidosta liikuntaneuvontaan tehtyjen ohjausten määrä; henkilöstökysely hankkeen alussa ja lopussa."],
])

h(doc, "3 Kohderyhmä")
p(doc,
  "Ensisijaisen kohderyhmän muodostavat kotona asuvat 75 vuotta täyttäneet harjuvaaralaiset, joiden "
  "liikkumiskyky on alentunut tai joilla on kohonnut kaatumisriski. Yksilöllisen liikuntaneuvonnan piiriin "
  "pyritään saamaan hankeaikana vähintään 180 henkilöä ja kyläjumppiin noin 250 osallistujaa.",
  "Välillisiä kohderyhmiä ovat Kaakkois-Savon hyvinvointialueen kotihoidon henkilöstö Harjuvaaran alueella "
  "(noin 45 työntekijää), eläkeläisjärjestöjen vapaaehtoiset, joista koulutetaan vertaisohjaajia, sekä "
  "ikäihmisten omaiset.")

h(doc, "4 Toimenpiteet")
h(doc, "TP1 Kotiin vietävä liikuntaneuvonta (osatavoite 1)", 2)
p(doc,
  "Liikuntaneuvoja tekee asiakkaan luo aloituskäynnin, jolla kartoitetaan toimintakyky ja laaditaan yhdessä "
  "asiakkaan kanssa kotijumppaohjelma. Ohjelmaa päivitetään kolmella seurantakäynnillä puolen vuoden aikana. "
  "Tarvittaessa mukaan pyydetään omainen, jotta harjoittelu jatkuu myös käyntien välillä.")
h(doc, "TP2 Kyläjumpat ja vertaisohjaajat (osatavoite 2)", 2)
p(doc,
  "Kyläjumpat kokoontuvat kerran viikossa kylätaloilla, seurakuntakodeissa ja palvelutalojen yhteistiloissa. "
  "Eläkeläisjärjestöjen vapaaehtoisille järjestetään kaksi vertaisohjaajakoulutusta, ja koulutetut ohjaajat "
  "vetävät ryhmiä liikuntaneuvojan tuella.")
h(doc, "TP3 Yhteinen ohjauspolku (osatavoite 3)", 2)
p(doc,
  "Kotihoidon kanssa sovitaan, millä perusteilla asiakas ohjataan liikuntaneuvontaan ja miten tieto kulkee "
  "takaisin kotihoitoon. Lähihoitajille järjestetään neljä lyhyttä koulutusta kotona tehtävästä "
  "liikuntaneuvonnasta, ja ohjauspolun toimivuutta käsitellään kuukausittaisissa yhteispalavereissa.")
h(doc, "TP4 Hallinnointi, viestintä ja juurruttaminen", 2)
p(doc,
  "Projektikoordinaattori vastaa hankkeen hallinnoinnista, raportoinnista ja viestinnästä sekä koordinoi "
  "luvussa 10 kuvattua juurruttamistyötä.")

h(doc, "5 Aikataulu")
p(doc, "Hankkeen toteutusaika on 1.4.2025–31.3.2027. Työ etenee neljässä vaiheessa.")
taulukko(doc, ["Vaihe", "Ajankohta", "Keskeiset tehtävät"], [
    ["Käynnistys", "huhti–kesäkuu 2025",
     "Rekrytointi, ohjausryhmän asettaminen, ohjauspolun luonnos kotihoidon kanssa, henkilöstön alkukysely."],
    ["Pilotointi", "heinä–joulukuu 2025",
     "Ensimmäiset 60 neuvonta-asiakasta, kolme kyläjumppaa, ensimmäinen vertaisohjaajakoulutus."],
    ["Laajentaminen", "tammi–joulukuu 2026",
     "Neuvonta koko kunnan alueelle, kuusi kyläjumppaa, toinen vertaisohjaajakoulutus, alueellinen seminaari "
     "marraskuussa 2026."],
    ["Päättäminen", "tammi–maaliskuu 2027",
     "Loppuarviointi, toimintamallin kuvaus Innokylään, tehtävien siirto perustoimintaan."],
])

h(doc, "6 Resurssit ja kustannusarvio")
p(doc,
  "Hankkeessa työskentelee kokoaikainen liikuntaneuvoja (fysioterapeutti tai liikunnanohjaaja AMK) koko "
  "hankeajan sekä projektikoordinaattori 50 prosentin työajalla. Kunta osoittaa hankkeen käyttöön "
  "liikuntapalvelujen välineet ja kokoustilat.")
taulukko(doc, ["Kustannuslaji", "2025 (€)", "2026 (€)", "2027 (€)", "Yhteensä (€)"], [
    ["Henkilöstökulut", "52 000", "70 000", "18 000", "140 000"],
    ["Palvelujen ostot (koulutukset, kyselyt)", "4 000", "6 000", "3 000", "13 000"],
    ["Matkakulut", "3 500", "4 500", "1 000", "9 000"],
    ["Materiaalit ja välineet", "4 000", "2 000", "500", "6 500"],
    ["Viestintä ja seminaari", "1 000", "3 500", "1 000", "5 500"],
    ["Yhteensä", "64 500", "86 000", "23 500", "174 000"],
])
p(doc,
  "Valtionavustusta haetaan 80 prosenttia eli 139 200 euroa. Kunnan omarahoitusosuus on 34 800 euroa, ja se "
  "on varattu liikuntapalvelujen talousarvioon.")

h(doc, "7 Organisointi ja yhteistyökumppanit")
p(doc,
  "Hanketta hallinnoi Harjuvaaran kunnan liikunta- ja hyvinvointipalvelut, ja sen vastuuhenkilö on "
  "liikuntapalvelupäällikkö Marko Heinonen. Keskeiset kumppanit ovat Kaakkois-Savon hyvinvointialueen "
  "kotihoito, Harjuvaaran Eläkkeensaajat ry ja Harjuvaaran seudun Eläkeläiset ry.",
  "Ohjausryhmään kuuluvat liikuntapalvelupäällikkö, hyvinvointialueen kotihoidon aluepäällikkö, kunnan "
  "hyvinvointikoordinaattori, kummankin eläkeläisjärjestön edustaja ja vanhusneuvoston puheenjohtaja. "
  "Ohjausryhmä kokoontuu neljä kertaa vuodessa.")

h(doc, "8 Arviointi ja seuranta")
p(doc,
  "Hanke arvioi toimintaansa jatkuvasti itsearvioinnin keinoin. Jokaisen osatavoitteen mittari on esitetty "
  "tavoitetaulukossa. Toimintakyvyn muutosta seurataan testeillä, jotka liikuntaneuvoja tekee aloitus- ja "
  "seurantakäynneillä, ja tulokset kirjataan anonymisoituna seurantataulukkoon.",
  "Kyläjumppien osallistujilta kerätään palaute lyhyellä paperisella kyselyllä, ja kotihoidon henkilöstölle "
  "tehdään kysely kesäkuussa 2025 ja uudelleen helmikuussa 2027. Seurantatiedot käsitellään ohjausryhmässä "
  "neljännesvuosittain, ja niistä raportoidaan rahoittajalle maksatushakemusten yhteydessä.")

h(doc, "9 Odotetut tulokset ja vaikutukset")
lista(doc, [
    "Kuvattu ja testattu ohjauspolku kotihoidosta liikuntaneuvontaan.",
    "Kotijumppamateriaali tavallisena, selkokielisenä ja äänitteenä.",
    "Kuusi säännöllisesti kokoontuvaa kyläjumppaa ja vähintään 12 koulutettua vertaisohjaajaa.",
    "Pitkällä aikavälillä ikäihmisten kaatumiset vähenevät ja kotona asuminen jatkuu pidempään.",
])

h(doc, "10 Juurruttaminen ja jatkuvuus")
p(doc,
  "Juurruttaminen on aloitettu jo hakuvaiheessa: ohjauspolun luonnos tehtiin yhdessä hyvinvointialueen "
  "kotihoidon esihenkilöiden kanssa, ja kotihoidon aluepäällikkö on lupautunut ohjausryhmän jäseneksi. "
  "Juurruttamista tehdään koko hankkeen ajan 4V-mallin mukaisesti:")
lista(doc, [
    "Viestintä: hankkeen alusta lähtien kokeilusta kerrotaan kotihoidon tiimipalavereissa, eläkeläisjärjestöjen "
    "kokouksissa ja kunnan verkkosivuilla.",
    "Variointi: kotijumppaohjelmasta tehdään selkokielinen ja isotekstinen versio sekä ääniversio, ja "
    "kyläjumppien sisältö sovitetaan kunkin kylän tiloihin.",
    "Valtavirtaistaminen: toimintamalli kuvataan Innokylään, ja se esitellään naapurikunnille alueellisessa "
    "seminaarissa marraskuussa 2026.",
    "Vakiinnuttaminen: liikuntaneuvonta ja ohjauspolku kirjataan kunnan hyvinvointisuunnitelmaan ja "
    "hyvinvointialueen kotihoidon prosessikuvaukseen.",
])
p(doc,
  "Juurruttamiseen on varattu noin viidesosa projektikoordinaattorin työajasta koko hankkeen ajan sekä "
  "viestinnän ja seminaarin kuluihin 5 500 euroa.",
  "Hankkeen päätyttyä liikuntaneuvonnan jatkuvuudesta vastaa Harjuvaaran kunnan liikuntapalvelupäällikkö ja "
  "ohjauspolun käytöstä Kaakkois-Savon hyvinvointialueen kotihoidon aluepäällikkö. Liikuntaneuvojan tehtävä "
  "on esitetty kunnan talousarvioon pysyvänä 1.4.2027 alkaen. Vertaisohjaajien tukena jatkaa Harjuvaaran "
  "Eläkkeensaajat ry.")

h(doc, "11 Riskit ja niiden hallinta")
taulukko(doc, ["Riski", "Todennäköisyys", "Hallintakeino"], [
    ["Liikuntaneuvojan rekrytointi viivästyy.", "Keskisuuri",
     "Haku avataan heti rahoituspäätöksen jälkeen; tarvittaessa kunnan oma liikunnanohjaaja aloittaa tehtävässä."],
    ["Kotihoito ei ehdi ohjata asiakkaita.", "Keskisuuri",
     "Ohjauskriteerit pidetään yksinkertaisina, ja ohjaus onnistuu myös puhelimella."],
    ["Vertaisohjaajia ei löydy kaikille kylille.", "Pieni",
     "Ryhmiä yhdistetään, ja liikuntaneuvoja ohjaa ryhmää siirtymäkauden."],
])

h(doc, "12 Viestintä")
p(doc,
  "Viestinnästä vastaa projektikoordinaattori yhdessä kunnan viestintäyksikön kanssa. Keskeiset kanavat ovat "
  "kunnan verkkosivut ja Facebook-sivu, paikallislehti Harjuvaaran Sanomat, kotihoidon tiimipalaverit ja "
  "eläkeläisjärjestöjen kokoukset. Ikäihmisille suunnattu materiaali tehdään myös painettuna ja isolla "
  "tekstillä, koska kaikki kohderyhmään kuuluvat eivät käytä verkkoa.")

p(doc, "Harjuvaarassa 20.1.2025", "Tiina Lampinen, sivistysjohtaja, Harjuvaaran kunta")

tallenna(doc, NIMI)
odotettu(NIMI, "hankesuunnitelma", [])
