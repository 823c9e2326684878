"""D1: pitkä, usean kirjoittajan kokoama kulttuurihankkeen hakemus (hankesuunnitelma), ei havaintoja."""
from apu import *

d = uusi()
lihava(d, "Kylätalot soimaan – yhteisöllisen kulttuuritoiminnan kehittämishanke 2025–2027")
p(d, "HANKESUUNNITELMA / Leader-hakemuksen liite 1")
p(d, "Versio 4 (yhdistetty). Koonnut Sari Nurmela 14.2.2025, mukana Jussi Hakalan osuus (toiminta ja talous) ja Marja Kivikosken muutokset. Aiemmat versiot 20.1. ja 3.2.2025.")
muutos_kpl(d, [("b", "Hankeaika: "), ("d", "1.1.2025–31.12.2026"), ("i", "1.8.2025–31.7.2027")])
p(d, "Hakija: Kaukolan Kylien Kulttuuriyhdistys ry (y-tunnus 2876541-3). Rahoittaja: Leader Pohjois-Hämeen Kärki ry, kehittämishanke, yhteisöllinen toiminta. Kuntarahaosuus Kaukolan kunnalta.")

h(d, "1 Taustaa", 1)
p(d, "Kaukolan kunnassa on yhdeksän kyläyhdistystä ja seitsemän toiminnassa olevaa kylätaloa. Talot ovat pääosin 1920–1950-luvuilla rakennettuja entisiä koulu- ja seurantaloja, joiden kunto on kohtuullinen mutta käyttöaste heikko. Kyläyhdistysten vuoden 2023 yhteiskyselyn mukaan taloilla järjestettiin keskimäärin 14 tilaisuutta vuodessa, kun vastaava luku oli vuonna 2015 vielä 31. Tilaisuuksista valtaosa oli yhdistysten omia kokouksia ja perhejuhlia; yleisölle avoimia kulttuuritapahtumia oli koko kunnassa vuonna 2023 vain 23.")
p(d, "Kunnan väestö oli vuoden 2024 lopussa 6 480 asukasta, joista 34 prosenttia on täyttänyt 65 vuotta. Keskustaajaman ulkopuolella asuu noin 2 700 ihmistä. Kirjaston ja kansalaisopiston palvelut keskittyvät kirkonkylään, eikä julkinen liikenne kulje iltaisin kylille. Kulttuuripalveluiden saavutettavuus on siksi kylillä selvästi heikompi kuin taajamassa. Kunnan hyvinvointikertomuksessa 2021–2024 yksinäisyys nimettiin yhdeksi suurimmista ikääntyneiden hyvinvoinnin uhista, ja nuorten osalta kouluterveyskyselyn 2023 tulokset kertovat harrastusmahdollisuuksien puutteesta kylillä.")
p(d, "Kulttuurihyvinvoinnin tutkimus on viime vuosina osoittanut, että säännöllinen osallistuminen taide- ja kulttuuritoimintaan tukee erityisesti ikääntyneiden toimintakykyä ja vähentää yksinäisyyden kokemusta. Vaikutus on suurin silloin, kun ihminen pääsee itse tekemään ja kun toiminta on säännöllistä eikä kertaluonteista. Samoin nuorten kohdalla harrastuksen merkitys ei synny yksittäisestä tapahtumasta vaan siitä, että on paikka, johon voi palata viikosta toiseen. Kylätaloilla on tähän hyvät edellytykset: tilat ovat valmiina, ne ovat kävelymatkan tai lyhyen kyydin päässä, ja niiden ympärillä on valmiiksi yhteisö, joka tuntee toisensa. Puuttuu vain säännöllinen toiminta ja sen järjestämisen tuki – juuri se, mihin tämä hanke keskittyy. Pelkkä uusi tapahtumasarja ei riitä, vaan tarvitaan rakenne, joka kantaa silloinkin, kun innokkaimmat järjestäjät väsyvät tai muuttavat pois.")
h(d, "1.1 Toimintaympäristö ja aiempi työ", 2)
p(d, "Yhdistys on järjestänyt vuodesta 2017 kesäisin Kylätalokiertueen, jossa ammattimuusikot ja -näyttelijät esiintyvät kolmella talolla. Kiertueen yleisömäärät ovat olleet hyviä (2024 yhteensä 1 140 kävijää), mutta toiminta on ollut kausiluonteista ja nojannut muutaman vapaaehtoisen jaksamiseen. Talvikaudella taloilla ei ole juuri tapahtunut mitään. Vuonna 2022 kokeiltiin kahden kylän yhteistä lauluiltaa, joka keräsi kiinnostusta mutta jäi resurssien puutteessa yksittäiseksi.")
p(d, "Hanketta valmisteltiin syksyllä 2024 kolmessa valmistelutilaisuudessa (Kaukolan kirkonkylä 12.9.2024, Isoniemi 8.10.2024 ja Ruokola 5.11.2024), joihin osallistui yhteensä 64 kyläläistä sekä kunnan vapaa-aikapalvelujen, kansalaisopiston ja kirjaston edustajat. Tilaisuuksissa nousi esiin kolme asiaa: kylätaloille halutaan säännöllistä, ympärivuotista ohjelmaa; nuoret ja ikäihmiset haluavat tehdä itse, eivät vain katsoa; ja vapaaehtoiset tarvitsevat tukea tapahtumien tuottamiseen ja luvitukseen.")
p(d, "Hanke toteuttaa Leader Pohjois-Hämeen Kärjen kehittämisstrategian 2023–2027 teemaa ”Elävät kylät ja yhteisöllisyys” sekä Kaukolan kunnan kulttuurisuunnitelmaa, jossa kunta sitoutuu tukemaan kylien kulttuuritoimintaa kuntien kulttuuritoiminnasta annetun lain hengessä.")

h(d, "1.2 Kyselyn ja valmistelutilaisuuksien tuloksia", 2)
p(d, "Kyläyhdistysten yhteiskyselyyn vastasi keväällä 2023 yhteensä 318 kyläläistä. Vastaajista 71 prosenttia kertoi haluavansa osallistua kylätalon tapahtumiin useammin kuin nyt, mutta yleisimmät esteet olivat tiedon puute (48 %), kuljetuksen puute (37 %) ja se, ettei tapahtumia ole talvella (35 %). Yli 65-vuotiaista vastaajista lähes puolet kertoi tuntevansa itsensä yksinäiseksi vähintään joskus. Nuorten vastaajien (n = 41) toivelistan kärjessä olivat bändisoitto, elokuvat ja ”paikka, jossa voi vain olla”.")
p(d, "Valmistelutilaisuuksissa kirjattiin kyläläisten omia ajatuksia. Isoniemessä toivottiin, että ”talo olisi auki muulloinkin kuin juhannuksena”. Ruokolassa nuoret ehdottivat, että he voisivat itse järjestää yhden illan, jos joku auttaa luvissa ja äänentoistossa. Kivikylässä eläkeläiset kertoivat, että iltaisin liikkeelle lähteminen on vaikeaa, mutta iltapäivällä kahvin kanssa kulttuuri maistuisi. Vapaaehtoiset kaikilla kylillä kertoivat, että tapahtuman järjestäminen vaatii nykyään paljon paperityötä ja että sama pieni joukko tekee kaiken.")
p(d, "Näistä tuloksista johdimme hankkeen kolme painopistettä, jotka näkyvät tavoitteissa: säännöllinen ohjelma myös talvella, tekemään pääseminen ja vapaaehtoisten tuki. Kuljetus- ja tiedotuskysymykset on otettu huomioon toimenpiteissä.")
h(d, "1.3 Yhteys strategioihin ja muihin hankkeisiin", 2)
p(d, "Hanke tukee Kaukolan kuntastrategian 2022–2030 tavoitetta ”Yhteisöllinen ja elinvoimainen maaseutu” sekä kunnan laajaa hyvinvointisuunnitelmaa, jossa kulttuurihyvinvointi on nostettu yhdeksi painopisteeksi. Hyvinvointialueen ikääntyneiden palvelujen kanssa on sovittu, että kotihoidon asiakkaille kerrotaan kulttuurikahviloista osana kuntouttavaa työotetta.")
p(d, "Alueella on käynnissä myös Hämeen kylien energiaremonttihanke, jonka kanssa teemme yhteistyötä talojen lämmityskustannusten hillitsemiseksi, sekä maakunnallinen kulttuurihyvinvoinnin koordinaatiohanke, jonka verkostoon projektikoordinaattori osallistuu. Päällekkäisyyttä ei ole: nämä hankkeet eivät tuota sisältöä kylätaloille.")

h(d, "Mitä haluamme saada aikaan?", 3)
p(d, "Tavoitteenamme on, että kylätalot ovat hankkeen jälkeen ympärivuotisia kulttuurin kohtaamispaikkoja eivätkä vain kesäkiertueen näyttämöitä. Haluamme, että kyläläiset – erityisesti nuoret ja ikääntyneet – pääsevät tekemään kulttuuria itse ja yhdessä, lähellä kotiaan. Lisäksi tavoittelemme sitä, että vapaaehtoiset tapahtumajärjestäjät osaavat ja jaksavat tuottaa tapahtumia myös ilman hanketta, kun heillä on käytössään yhteinen tapahtumapakki ja tukiverkosto.")
p(d, "Hankkeen myötä kylien välinen yhteistyö paranee, ja kunta saa kylätaloista kumppanin omien kulttuuripalvelujensa tuottamiseen.")

h(d, "3. Kenelle hanke on?", 1)
p(d, "Ensisijainen kohderyhmä ovat Kaukolan seitsemän kylätalon lähialueiden asukkaat, noin 2 700 ihmistä. Heistä erityisesti huomioidaan")
lista(d, ["yli 65-vuotiaat kyläläiset, joista moni asuu yksin ja joiden liikkuminen iltaisin on vaikeaa (arviolta 950 henkeä),",
          "13–19-vuotiaat nuoret, joilla ei ole kylillä harrastuspaikkoja (noin 260 nuorta),",
          "kyläyhdistysten ja seurojen vapaaehtoiset, joita on aktiivisesti mukana noin 45."])
p(d, "Välillisiä hyödynsaajia ovat kunnan vapaa-aikapalvelut, kansalaisopisto ja kirjasto, alueen esiintyjät ja taiteilijat sekä naapurikuntien kyläyhdistykset, jotka voivat hyödyntää hankkeessa syntyviä malleja.")

h(d, "Tavoitteet", 2)
p(d, "(Jussin versio, yhdistetty tähän – Sari: tarkistetaanko vielä sanamuodot ohjausryhmässä?)")
p(d, "Hankkeen päätavoite: Kaukolan kylätalot elävät ympärivuotisina, yhteisöllisinä kulttuuripaikkoina.")
p(d, "Osatavoitteet:")
lista(d, ["T1 Kylätaloilla on säännöllistä, yleisölle avointa kulttuuriohjelmaa myös talvikaudella.",
          "T2 Nuoret ja ikääntyneet osallistuvat kulttuurin tekemiseen omilla kylillään.",
          "T3 Vapaaehtoisten tapahtumatuotannon osaaminen ja yhteistyö vahvistuvat niin, että toiminta jatkuu hankkeen jälkeen."],
      numeroitu=False)

h(d, "4 Toiminnan kuvaus", 1)
p(d, "Hanke etenee kolmessa vaiheessa: käynnistys (syksy 2025), kokeilukausi (talvi 2025 – kevät 2027) ja vakiinnuttaminen (kevät–kesä 2027). Kaikki toiminta tapahtuu kylätaloilla, ja ohjelma suunnitellaan yhdessä kyläläisten kanssa. Tarkempi aikataulu toimenpiteineen on luvussa 5.")
h(d, "4.1 Kyläillat ja talvikauden ohjelma", 3)
p(d, "Jokaisella seitsemällä talolla järjestetään kokeilukauden aikana vähintään kuusi avointa kyläiltaa. Illan ohjelma rakennetaan kylän omista toiveista: konsertteja, elokuvailtoja, tarinailtoja, tanssia ja yhteislaulua. Esiintyjät ovat osin ammattilaisia, osin kyläläisiä itseään. Hanke maksaa ammattiesiintyjien palkkiot ja kuljetukset kokeilukaudella, minkä jälkeen kustannukset katetaan pääsylipuilla, kunnan kulttuuriavustuksilla ja yhdistysten omalla varainhankinnalla.")
p(d, "Talvikauden ohjelmaa varten kootaan yhteinen ohjelmakalenteri, joka julkaistaan kunnan tapahtumakalenterissa ja jaetaan paperisena kauppoihin ja kirjastoon. Iltatilaisuuksiin järjestetään kyläkyydit yhteistyössä Kaukolan taksien ja kylien kimppakyytiringin kanssa, jotta myös autottomat ikäihmiset pääsevät mukaan.")
h(d, "4.2 Tee itse -pajat nuorille ja ikäihmisille", 3)
p(d, "Kansalaisopiston kanssa toteutetaan kylätaloilla sukupolvipajoja: bändipaja, kuvataide- ja valokuvapaja, muistelutyöpajat ja pienimuotoinen kyläteatteri. Pajoissa nuoret ja ikääntyneet tekevät yhdessä, ja pajojen tuotokset esitetään kyläilloissa. Pajojen ohjaajina toimivat kansalaisopiston tuntiopettajat ja alueen taiteilijat. Nuorisopalvelut auttaa tavoittamaan nuoria koulujen ja nuorisotilan kautta; kotihoito ja seurakunnan diakoniatyö välittävät tietoa pajoista ikäihmisille.")
p(d, "Pajoista ainakin osa toteutetaan kiertävinä niin, että sama ohjaaja käy vuorotellen eri kylillä. Näin pienetkin kylät saavat oman pajansa, ja ohjaajien matkakustannukset pysyvät kohtuullisina.")
h(d, "4.3 Tapahtumapakki ja vapaaehtoisten valmennus", 3)
p(d, "Vapaaehtoisten tueksi kootaan tapahtumapakki: käytännön ohjeet tapahtuman suunnitteluun, ilmoituksiin, luvituksiin (mm. pelastussuunnitelma, Teoston ja Gramexin luvat, elintarvikeilmoitukset), talkootyön organisointiin ja tiedottamiseen, sekä valmiit pohjat julisteille ja somepäivityksille. Pakkiin kuuluu myös yhteinen lainattava äänentoisto- ja valokalusto, joka hankitaan hankkeen kalustobudjetista ja jää Kaukolan kunnan omistukseen kirjaston lainattavaksi.")
p(d, "Vapaaehtoisille järjestetään neljä valmennusiltaa (tapahtumatuotanto, viestintä ja some, turvallisuus ja luvat, varainhankinta) sekä kylien yhteinen järjestäjäverkosto, joka kokoontuu neljästi vuodessa. Verkoston tapaamisissa sovitaan ohjelmakalenterista, lainataan kalustoa ja jaetaan kokemuksia.")

h(d, "4.4 Kyläkohtaiset painotukset", 3)
p(d, "Kylät ovat erilaisia, ja jokaisen talon ohjelma rakennetaan sen omista vahvuuksista. Valmistelutilaisuuksien perusteella painotukset ovat alustavasti seuraavat:")
kylat = [
 ("Kirkonkylän seurantalo", "Talo on kylätaloista suurin, ja siellä on näyttämö. Talosta tehdään hankkeen ”kotinäyttämö”, jossa järjestetään suurimmat konsertit ja kyläteatterin ensi-illat. Seurantalon nuorisoseura on lupautunut vastaamaan kahvituksesta ja lipunmyynnistä."),
 ("Isoniemen koulu", "Entisellä koululla on aktiivinen kyläyhdistys ja kotiseutuarkisto. Isoniemessä painotetaan muistelutyöpajoja ja tarinailtoja, joissa vanhat valokuvat ja kirjeet herätetään henkiin yhdessä nuorten kanssa. Tuotoksista kootaan näyttely kirjastoon."),
 ("Ruokolan työväentalo", "Ruokolassa on pitkä tanssiperinne. Talolle suunnitellaan talvikauden tanssi-iltoja elävän musiikin kanssa sekä tanssinopetusta, jota nuoret ovat toivoneet. Talon lämmitys on kallis, joten illat keskitetään kerran kuukaudessa pidettäviin kokonaisuuksiin."),
 ("Kivikylän kylätalo", "Pieni talo, jossa kokoontuu jo nyt eläkeläisten kerho. Kivikylässä kokeillaan iltapäivän kulttuurikahviloita, joihin kotihoidon asiakkaat voivat tulla kyläkyydillä."),
 ("Mäntylän nuorisoseurantalo", "Nuorisoseura haluaa tarjota bändipajalle harjoitustilan. Talolle hankitaan hankkeen kalustosta rumpusetti ja vahvistimet, jotka jäävät nuorisoseuran käyttöön."),
 ("Lahdenperän metsästysmaja", "Metsästysseuran maja on uusi kumppani. Siellä järjestetään kesäisin ulkoilmaelokuvia ja talvella retkiluistelun yhteydessä lyhyitä konsertteja nuotion ääressä."),
 ("Haapakosken myllytupa", "Myllyn tupa on museoviraston suojelema rakennus. Haapakoskella painotetaan kulttuuriperintöä: myllyn tarinoita, käsityöpajoja ja perinneruokailtoja yhdessä marttojen kanssa.")]
for nimi, teksti in kylat:
    lihava(d, nimi)
    p(d, teksti)
p(d, "Painotukset tarkennetaan kyläkohtaisissa suunnitteluilloissa syksyllä 2025, ja niitä voidaan muuttaa kokeilukauden palautteen perusteella.")
h(d, "Esimerkki: talvikauden kuukausi kylillä", 3)
p(d, "Jotta ohjelman rytmi hahmottuu, alla on esimerkki siitä, miltä yksi talvikauden kuukausi voisi näyttää. Esimerkki on laadittu valmistelutilaisuuksien toiveiden pohjalta eikä sido kyliä.")
lista(d, ["1. viikko: kulttuurikahvila Kivikylässä (iltapäivä, kyläkyyti kotihoidon asiakkaille), bändipajan harjoitukset Mäntylässä",
          "2. viikko: tarinailta Isoniemessä – vanhat koulukuvat ja nuorten haastattelemat muistot; kuvataidepaja kirkonkylässä",
          "3. viikko: tanssi-ilta elävän musiikin kanssa Ruokolan työväentalolla, tanssinopetus tuntia ennen",
          "4. viikko: elokuvailta Haapakosken myllytuvassa marttojen perinneruokien kera; järjestäjäverkoston tapaaminen kirjastossa"])
p(d, "Kuukauden aikana tilaisuuksia on siis kuusi–seitsemän eri puolilla kuntaa, ja jokainen kyläläinen voi osallistua lähimmälle talolle tai kyläkyydillä naapurikylään.")
h(d, "Valmennusiltojen sisällöt", 3)
p(d, "Ensimmäinen valmennusilta käsittelee tapahtuman suunnittelua alusta loppuun: idean kehittäminen, budjetti, aikataulu, talkoolaisten tehtävät ja jälkipyykki. Toinen ilta keskittyy viestintään: miten tapahtumasta kerrotaan Facebookissa ja Instagramissa, miten tehdään juliste pohjien avulla ja miten tavoitetaan ne, jotka eivät käytä somea. Kolmas ilta käy läpi turvallisuuden ja luvat: pelastussuunnitelma, ilmoitus poliisille, järjestyksenvalvonta, musiikin tekijänoikeusmaksut ja elintarvikkeiden myynti. Neljäs ilta käsittelee varainhankintaa: pääsylipputulot, arpajaiset ja niiden säännöt, avustusten haku kunnalta, säätiöiltä ja Leader-ryhmän pienhankkeista.")
p(d, "Illat järjestetään vuorotellen eri kylätaloilla, ja niihin voi osallistua myös etänä. Materiaalit tallennetaan tapahtumapakkiin, joten myöhemmin mukaan tulevat vapaaehtoiset voivat perehtyä niihin omaan tahtiinsa.")
h(d, "Ohjausryhmän työskentely", 3)
p(d, "Ohjausryhmä hyväksyy toimintasuunnitelman kullekin kaudelle, seuraa tavoitteiden toteutumista arviointitaulukon mittareilla ja tekee tarvittaessa esityksiä suunnitelman muuttamisesta Leader-ryhmälle. Ohjausryhmän puheenjohtajaksi esitetään kunnan vapaa-aikajohtajaa, jotta yhteys kunnan päätöksentekoon säilyy. Kokousten muistiot julkaistaan yhdistyksen verkkosivuilla. Kyläyhdistysten edustus vaihtuu vuosittain niin, että jokainen kylä on ohjausryhmässä vähintään kerran hankkeen aikana.")

h(d, "4.5 Saavutettavuus ja yhdenvertaisuus", 3)
p(d, "Kylätalot ovat vanhoja rakennuksia, eikä kaikkiin ole esteetöntä pääsyä. Hankkeen alussa kartoitamme jokaisen talon esteettömyyden yhdessä kunnan vanhus- ja vammaisneuvoston kanssa, ja tulokset kerrotaan tapahtumailmoituksissa. Tilaisuuksiin hankitaan siirrettävä induktiosilmukka, ja ohjelmalehtiset tehdään selkokielellä ja riittävän suurella fontilla. Pääsyliput pidetään kokeilukaudella maksuttomina tai hyvin edullisina, jotta hinta ei ole osallistumisen este.")
p(d, "Nuorten osallistumista tuetaan järjestämällä pajat koulupäivän jälkeen ja sopimalla koulukuljetusten kanssa, että nuoret pääsevät pajoista kotiin kimppakyydillä. Pajojen ohjaajat perehdytetään turvallisemman tilan periaatteisiin.")
h(d, "4.6 Työnjako ja kokeilukauden kulku", 3)
p(d, "Projektikoordinaattori vastaa ohjelmakalenterista, ostopalvelujen hankinnasta, esiintyjien ja pajaohjaajien sopimuksista, viestinnästä ja seurantatietojen keräämisestä. Kyläyhdistykset vastaavat talojen aukaisusta, lämmityksestä, kahvituksesta ja talkootyöstä. Kansalaisopisto vastaa pajojen pedagogisesta suunnittelusta ja ohjaajien rekrytoinnista, kirjasto kaluston lainauksesta ja nuorisopalvelut nuorten tavoittamisesta.")
p(d, "Kokeilukausi etenee kahdessa jaksossa. Ensimmäisellä talvikaudella 2025–2026 kokeillaan mahdollisimman monenlaisia tilaisuuksia ja pajoja, ja kevään 2026 kyselyn perusteella valitaan toisen talvikauden painopisteet. Toisella talvikaudella 2026–2027 vastuuta siirretään asteittain vapaaehtoisille niin, että koordinaattori toimii enää taustatukena. Kesällä 2026 järjestetään tavanomainen Kylätalokiertue, jonka yhteydessä kokeillaan tapahtumapakin ohjeita.")
p(d, "Kokeilukauden lopussa kevät 2027 on varattu toiminnan siirtämiseen kunnalle ja kyläyhdistyksille. Silloin kirjoitetaan tapahtumapakin lopullinen versio, käydään kylätalosopimusneuvottelut ja perehdytetään kunnan kulttuurituottaja järjestäjäverkoston vetäjäksi.")
h(d, "4.7 Ympäristö ja kestävä kehitys", 3)
p(d, "Kyläilloissa suositaan kimppakyytejä, ja kaluston yhteiskäyttö vähentää päällekkäisiä hankintoja. Tarjoiluissa käytetään lähiruokaa ja kestoastioita. Talojen energiankulutusta seurataan yhdessä kyläyhdistysten kanssa, ja tilaisuudet keskitetään niin, ettei taloja lämmitetä turhaan.")

h(d, "5 Aikataulu", 1)
p(d, "Toimenpiteet vuosineljänneksittäin. Suluissa tavoite, jota toimenpide palvelee.")
rivit = [["Toimenpide", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "Q1/2027", "Q2/2027", "Q3/2027"],
         ["Käynnistys, ohjausryhmä, kyläkohtaiset suunnitteluillat (T1, T2)", "x", "x", "", "", "", "", "", "", ""],
         ["Kyläillat seitsemällä talolla (T1)", "", "x", "x", "x", "", "x", "x", "x", ""],
         ["Sukupolvipajat: bändi, kuvataide, muistelu, kyläteatteri (T2)", "", "", "x", "x", "", "x", "x", "", ""],
         ["Tapahtumapakin kokoaminen ja kaluston hankinta (T3)", "", "x", "x", "", "", "", "", "", ""],
         ["Vapaaehtoisten valmennusillat 1–4 (T3)", "", "x", "x", "", "x", "x", "", "", ""],
         ["Järjestäjäverkoston tapaamiset (T3)", "", "x", "x", "x", "x", "x", "x", "x", ""],
         ["Viestintä, ohjelmakalenteri ja tarinat verkossa", "koko hankkeen ajan", "", "", "", "", "", "", "", ""],
         ["Kyselyt ja kävijälaskenta", "", "", "x", "", "", "x", "", "x", ""],
         ["Jatkosopimukset kunnan kanssa, loppuseminaari, loppuraportti", "", "", "", "", "", "", "x", "x", "x"]]
t = taulukko(d, rivit)
a = t.cell(7, 1).merge(t.cell(7, 9))
a.text = "koko hankkeen ajan (1.8.2025–31.7.2027)"
p(d, "Loppuraportti jätetään Leader-ryhmälle viimeistään 31.10.2027. Kesän 2028 Kylätalokiertue suunnitellaan jo kokeilukauden aikana, mutta se toteutetaan yhdistyksen ja kunnan omin varoin hankkeen päätyttyä.")

h(d, "Talous", 2)
p(d, "Hankkeen kokonaiskustannusarvio on 186 400 euroa, josta Leader-tuki on 80 % (149 120 €) ja kuntaraha ja yksityinen rahoitus 20 % (37 280 €, josta talkootyön osuus 9 600 €). Kustannuksista henkilöstökuluja on 112 000 € (projektikoordinaattori 100 %, 24 kk), ostopalveluja (esiintyjät, pajaohjaajat, kuljetukset) 44 800 €, kalustoa 12 000 € ja muita kuluja 17 600 €.")
taulukko(d, [["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
             ["Henkilöstö", "23 300", "56 000", "32 700", "112 000"],
             ["Ostopalvelut", "6 400", "24 000", "14 400", "44 800"],
             ["Kalusto", "12 000", "0", "0", "12 000"],
             ["Muut kulut (matkat, vuokrat, viestintä)", "3 100", "8 800", "5 700", "17 600"],
             ["Yhteensä", "44 800", "88 800", "52 800", "186 400"]])

h(d, "6. Organisointi ja yhteistyökumppanit", 1)
p(d, "Hankkeen hallinnoija on Kaukolan Kylien Kulttuuriyhdistys ry. Hankkeeseen palkataan kokoaikainen projektikoordinaattori koko hankeajaksi. Yhdistyksen hallitus vastaa hankkeen taloudesta ja hyväksyy raportit. Kirjanpito ostetaan tilitoimisto Kaukolan Numerolta.")
p(d, "Ohjausryhmään kutsutaan edustajat Kaukolan kunnan vapaa-aikapalveluista, kansalaisopistosta, kirjastosta, nuorisopalveluista, kahdesta kyläyhdistyksestä, seurakunnan diakoniatyöstä ja Leader-ryhmästä (ilman äänioikeutta). Ohjausryhmä kokoontuu 3–4 kertaa vuodessa. Keskeiset yhteistyökumppanit ja niiden roolit on kirjattu aiesopimuksiin, jotka ovat hakemuksen liitteinä 3–5.")

h(d, "2.4 Arviointi (Marjan osuus)", 2)
p(d, "Arviointi tehdään itsearviointina. Koordinaattori kokoaa seurantatiedot, ja ohjausryhmä käsittelee ne kahdesti vuodessa. Alla olevassa taulukossa on kullekin osatavoitteelle mittari ja lähtötaso.")
taulukko(d, [["Tavoite", "Mittari / seurantatieto", "Lähtötaso 2023–2024", "Tavoitetaso 7/2027"],
             ["T1 Ympärivuotinen avoin ohjelma", "Avointen tilaisuuksien määrä lokakuu–huhtikuu, kävijämäärät (kävijälaskenta)", "23 tilaisuutta / v, talvella lähes 0", "vähintään 45 / v, joista 25 talvikaudella"],
             ["T2 Nuoret ja ikääntyneet tekijöinä", "Pajoihin osallistuneet ikäryhmittäin, osallistujapalaute pajan lopussa", "ei toimintaa", "120 osallistujaa, joista 40 nuorta ja 50 yli 65-vuotiasta; palautteen keskiarvo ≥ 4/5"],
             ["T3 Vapaaehtoisten osaaminen ja yhteistyö", "Vapaaehtoisten kysely alussa ja lopussa, itse järjestettyjen tapahtumien määrä", "–", "30 vapaaehtoista valmennettu; vähintään 10 tapahtumaa järjestetty ilman koordinaattorin apua"]])
p(d, "Kyselyt toteutetaan keväällä 2026, syksyllä 2026 ja keväällä 2027. Lisäksi kerätään vapaamuotoista palautetta kyläilloissa palautelaatikolla ja verkkolomakkeella.")

h(d, "Mitä jää käteen? Tulokset ja vaikutukset", 1)
p(d, "Hankkeen konkreettisia tuotoksia ovat yhteinen ohjelmakalenteri, tapahtumapakki ohjeineen ja pohjineen, lainattava äänentoisto- ja valokalusto, sukupolvipajojen malli sekä järjestäjäverkosto. Lyhyellä aikavälillä kylätaloilla on enemmän ja monipuolisempaa ohjelmaa ja kävijöitä. Pidemmällä aikavälillä odotamme, että kyläläisten yksinäisyys vähenee, nuorten harrastusmahdollisuudet paranevat ja kylätalojen käyttöaste nousee niin, että talojen ylläpito on taloudellisesti kestävämpää.")
p(d, "Kylätalojen taloudelle hankkeen vaikutus on merkittävä. Nykyisin talojen vuosittaiset ylläpitokulut ovat 4 000–11 000 euroa talosta riippuen, ja vuokratuloja kertyy vain muutamasta perhejuhlasta. Kun taloilla on säännöllistä ohjelmaa, pääsylipputulot, kahvion myynti ja kunnan kylätalosopimuksiin perustuvat käyttökorvaukset kattavat arviomme mukaan kokeilukauden jälkeen noin kolmanneksen ylläpitokuluista. Tämä vähentää riskiä, että taloja joudutaan myymään tai sulkemaan, kuten naapurikunnissa on viime vuosina käynyt.")
p(d, "Yhteisöllinen vaikutus syntyy hitaammin, eikä sitä voi kokonaan mitata kahden vuoden aikana. Odotamme kuitenkin, että kyläläisten kokemus yhteenkuuluvuudesta vahvistuu ja että uudet ihmiset – muuttajat, kesäasukkaat ja nuoret – löytävät kyläyhdistysten toimintaan. Sukupolvipajat tuottavat myös aineistoa, kuten muistelutarinoita, valokuvia ja äänitteitä, jotka tallennetaan kotiseutuarkistoihin ja kirjaston paikalliskokoelmaan tuleville sukupolville.")
p(d, "Kunnan näkökulmasta hanke tuottaa kokemusta siitä, miten kulttuuripalveluja voidaan järjestää hajautetusti yhdessä yhdistysten kanssa. Tätä kokemusta voidaan hyödyntää myös liikunta- ja nuorisopalveluissa, joissa samat saavutettavuuden haasteet toistuvat. Kunnan kulttuurisuunnitelman päivitys vuonna 2026 on luonteva hetki kirjata kylätalojen rooli pysyvästi.")
p(d, "Osa hyödyistä näkyy vasta hankkeen jälkeen. Siksi kyläyhdistykset ovat sitoutuneet jatkamaan kävijälaskentaa yhteisellä lomakkeella vielä vuonna 2028, jotta kunta voi arvioida kylätalosopimusten toimivuutta.")

p(d, "Hankkeen vaikutukset ulottuvat myös kunnan palveluihin: kylätalot voivat toimia kirjaston, kansalaisopiston ja nuorisopalvelujen jalkautuvan toiminnan paikkoina.")

h(d, "Kenelle hyötyä syntyy?", 3)
p(d, "Kyläläisille hanke tuo lähelle kotia ohjelmaa, johon voi osallistua ilman pitkiä matkoja, sekä mahdollisuuden tehdä itse. Ikäihmisille kyläkyydit ja iltapäivän kulttuurikahvilat tarjoavat syyn lähteä kotoa ja tavata muita. Nuorille syntyy harrastuspaikka ja kokemus siitä, että oman kylän toimintaan voi vaikuttaa. Vapaaehtoisille hanke tuo osaamista, kalustoa ja verkoston, joka jakaa työn useammalle.")
p(d, "Kunnalle hanke tuo kumppanin, jonka kautta kulttuuripalveluja voidaan tarjota kylillä edullisesti. Alueen esiintyjille ja taiteilijoille syntyy uusia esiintymis- ja työtilaisuuksia talvikaudelle, joka on heille perinteisesti hiljaista aikaa. Naapurikunnat ja muut Leader-alueet saavat valmiin, kokeillun mallin.")
h(d, "Henkilöstö ja osaaminen", 3)
p(d, "Projektikoordinaattoriksi haetaan henkilö, jolla on kulttuurituotannon tai yhteisöpedagogin koulutus ja kokemusta vapaaehtoistyön koordinoinnista. Tehtävä on kokoaikainen koko hankeajan. Koordinaattorin työaika jakautuu karkeasti niin, että 45 % on ohjelman ja pajojen tuottamista, 20 % vapaaehtoisten valmennusta ja verkoston vetämistä, 15 % viestintää, 20 % juurruttamista, seurantaa ja raportointia. Yhdistyksen puheenjohtaja ja rahastonhoitaja tekevät hallinnointityötä talkoina, ja heidän työnsä kirjataan talkootyönä.")

h(d, "Tavoitteet ja niiden toteutumisen edellytykset", 2)
p(d, "(Tämä osio tuli Jussin pohjasta – Sari: jätän tähän, koska siinä on hyviä pointteja, mutta poistetaan päällekkäisyys lopullisesta versiosta.)")
p(d, "Haluamme siis kolmea asiaa: että taloilla tapahtuu jotain myös pimeänä vuodenaikana, että kyläläiset ovat tekijöitä eivätkä vain yleisöä, ja että järjestäjät pärjäävät omillaan hankkeen jälkeen. Näiden toteutuminen edellyttää, että kyläyhdistykset sitoutuvat ohjelmakalenteriin, että kyydit toimivat ja että kunta pitää kiinni lupauksestaan jatkaa kulttuuriavustuksia kylätaloille.")

h(d, "7 Riskit", 1)
taulukko(d, [["Riski", "Todennäköisyys", "Hallintakeino"],
             ["Vapaaehtoiset uupuvat tai eivät sitoudu", "keskisuuri", "työn jakaminen järjestäjäverkostossa, valmennus, tapahtumapakki keventää työtä"],
             ["Ikäihmiset eivät pääse tilaisuuksiin", "suuri", "kyläkyydit, tilaisuudet alkuillasta, tieto kotihoidon ja diakonian kautta"],
             ["Nuoret eivät kiinnostu pajoista", "keskisuuri", "nuoret mukaan suunnitteluun, bändipaja ja some-sisällöt, nuorisotyöntekijän tuki"],
             ["Koordinaattori vaihtuu kesken hankkeen", "pieni", "toimintatavat dokumentoidaan tapahtumapakkiin ja yhteiseen kansioon"],
             ["Kunnan talous heikkenee ja jatkorahoitus epävarmistuu", "keskisuuri", "jatkosopimus valmistellaan jo 2026, kustannuksia jaetaan usealle toimijalle"]])

h(d, "8 Viestintä", 1)
p(d, "Viestinnän tavoite on, että jokainen kyläläinen tietää, mitä omalla talolla tapahtuu, ja että muut kunnat ja kyläyhdistykset saavat tietää hankkeen malleista. Sisäisessä viestinnässä käytetään järjestäjäverkoston WhatsApp-ryhmää ja yhteistä verkkokansiota. Ulkoisessa viestinnässä käytetään kunnan tapahtumakalenteria, yhdistyksen verkkosivuja, Facebookia ja Instagramia, paikallislehti Kaukolan Sanomia sekä paperisia ohjelmalehtisiä kaupoissa ja kirjastossa. Pajoissa syntyvistä tuotoksista kootaan lyhyitä tarinoita ja videoita, joita nuoret saavat itse tuottaa.")
p(d, "Ikäihmisten tavoittamiseen käytetään myös kotihoidon, seurakunnan ja eläkeläisjärjestöjen kanavia. Viestinnästä vastaa projektikoordinaattori, ja jokaisella kylällä on nimetty tiedotusyhdyshenkilö.")

h(d, "9 Juurruttaminen ja toiminnan jatkuvuus", 1)
p(d, "Juurruttaminen alkoi jo hakuvaiheessa: valmistelutilaisuuksiin osallistui kunnan vapaa-aikapalvelujen, kirjaston ja kansalaisopiston väki, ja kunnan kanssa sovittiin jo ennen hakemuksen jättämistä, että kylätalojen roolia kulttuuripalvelujen tuottajana käsitellään kulttuurisuunnitelman päivityksessä vuonna 2026. Juurruttamista tehdään koko hankkeen ajan, ja siihen varataan noin 20 prosenttia projektikoordinaattorin työajasta sekä 6 000 euroa muista kuluista (loppuseminaari, tapahtumapakin taitto ja painatus, kylävierailut naapurikuntiin).")
p(d, "Viestimme tuloksista säännöllisesti jo kokeilukaudella: ohjelmakalenteri, tarinat ja kokemukset julkaistaan yhdistyksen verkkosivuilla, ja järjestäjäverkosto esittelee toimintaa kuntalaisilloissa. Tapahtumapakista ja sukupolvipajojen mallista tehdään eri käyttäjille sopivat versiot: kyläyhdistyksille käytännön ohjekirja, kunnille lyhyt kuvaus kustannuksineen ja kansalaisopistoille pajojen ohjaajan opas. Mallit kuvataan myös Innokylään.")
p(d, "Hankkeen ulkopuolisia toimijoita kutsutaan kokeilemaan malleja: kahden naapurikunnan (Lehtimaa ja Saarijärvi-Kallio) kyläyhdistykset osallistuvat järjestäjäverkoston tapaamisiin vuonna 2026 ja järjestävät kokeilukaudella ainakin yhden kyläillan tapahtumapakin avulla. Leader-ryhmä esittelee mallin muille Hämeen Leader-ryhmille ja alueen kyläasiamiespäivillä. Keväällä 2027 järjestetään loppuseminaari kuntien kulttuuritoimijoille.")
p(d, "Toiminta vakiinnutetaan kunnan rakenteisiin näin: Kaukolan kunnan vapaa-aikapalvelut ottaa hankkeen päätyttyä vastuun ohjelmakalenterin ylläpidosta ja järjestäjäverkoston koollekutsumisesta, ja vastuuhenkilönä toimii kulttuurituottaja Heidi Rantanen. Kaluston lainaus siirtyy kirjastolle. Kansalaisopisto sisällyttää sukupolvipajat opetussuunnitelmaansa lukuvuodesta 2027–2028 alkaen. Kunta ja kyläyhdistykset solmivat keväällä 2027 kylätalosopimukset, joissa sovitaan kulttuuriavustuksen tasosta ja talojen käytöstä kunnan omaan toimintaan. Kyläyhdistykset jatkavat kyläiltojen järjestämistä omina tapahtuminaan.")

h(d, "Liitteet", 2)
lista(d, ["Liite 1 Hankesuunnitelma (tämä asiakirja)", "Liite 2 Kustannusarvio eriteltynä", "Liitteet 3–5 Aiesopimukset: Kaukolan kunta, Kaukolan kansalaisopisto, seurakunta", "Liite 6 Valmistelutilaisuuksien muistiot"])

d.save("../kylatalot_soimaan_hankesuunnitelma.docx")
