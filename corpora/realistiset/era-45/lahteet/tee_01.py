"""01: ESR+-hakemus (EURA-tuloste), työllisyys, kaupunki + hyvinvointialue. Ei havaintoja.
Piirteet: lomakekentät ja merkkirajavihjeet, sisällönhallintaobjektit, jäljitetyt muutokset,
kaksirivinen tavoitetaulukko yhdistetyin soluin, vuosisarakkeellinen budjetti, työpakettitaulukko,
arviointi- ja exit-suunnitelma hakemuksen lukuina."""
from apu import *

doc = uusi()
tunnisteet(doc, yla="EURA 2021  |  Hakemus S31452  |  Tulostettu 14.11.2025 klo 10.42", ala="ASKEL – hankesuunnitelma")
MUOKKAAJA = "Rännäri Satu"

t = doc.add_paragraph()
r = t.add_run("ESR+-HANKEHAKEMUS – HANKESUUNNITELMA")
r.bold = True
r.font.size = Pt(16)
lihava(doc, "Askel työhön – osatyökykyisten työllistymispolut Kaarnavaarassa (ASKEL)", koko=13)
kappale(doc, "Uudistuva ja osaava Suomi 2021–2027 -ohjelma, Euroopan sosiaalirahasto plus. Hakemuksen tila: "
             "Lähetetty. Tähdellä (*) merkityt kentät ovat pakollisia.")

otsikko(doc, "1 Perustiedot", 1)
perus = [
    ["Kenttä", "Tieto"],
    ["Hakemuksen tunnus", ""],
    ["Hankkeen nimi *", ""],
    ["Hakija *", ""],
    ["Y-tunnus", ""],
    ["Osatoteuttaja", ""],
    ["Toimintalinja / erityistavoite *", ""],
    ["Rahoittava viranomainen", ""],
    ["Hankkeen toteutusaika *", ""],
    ["Yhteyshenkilö", ""],
]
arvot = ["S31452",
         "Askel työhön – osatyökykyisten työllistymispolut Kaarnavaarassa (ASKEL)",
         "Kaarnavaaran kaupunki, elinvoima- ja työllisyyspalvelut",
         "0217554-3",
         "Pohjois-Järvimaan hyvinvointialue, työkykypalvelut",
         "TL 4 Osaava ja osallistava Suomi / ET 4.1 Työllisyyden ja työmarkkinoille pääsyn parantaminen",
         "Sisä-Suomen elinkeino-, liikenne- ja ympäristökeskus",
         "1.3.2026–28.2.2028",
         "työllisyyspalvelupäällikkö Satu Rännäri, satu.rannari@kaarnavaara.fi, p. 040 771 8230"]
tb = taulukko(doc, perus, leveydet=[5.5, 11])
for i, a in enumerate(arvot, 1):
    solu_sdt(tb.cell(i, 1), a, tag=f"perustieto{i}")

otsikko(doc, "2 Hankkeen tiivistelmä *", 1)
kappale(doc, "Tiivistelmä julkaistaan rakennerahastojen verkkopalvelussa. (enintään 2 000 merkkiä)").runs[0].italic = True
tiiv = [
    kappale(doc, "Kaarnavaarassa on noin 640 työtöntä työnhakijaa, joiden työllistymistä vaikeuttaa sairaus, vamma "
                 "tai muu työkykyä heikentävä tekijä. ASKEL-hanke rakentaa kaupungin työllisyyspalveluiden ja "
                 "hyvinvointialueen työkykypalveluiden yhteisen toimintamallin, jossa osatyökykyisen asiakkaan "
                 "työkyky selvitetään ajoissa ja hän saa yksilövalmentajan tuen työnhakuun ja työn alkuun."),
    kappale(doc, "Samalla teemme tiivistä yhteistyötä paikallisten työnantajien kanssa: työtehtäviä muokataan "
                 "osatyökykyisille sopiviksi ja työnantajat saavat tukea rekrytointiin ja työsuhteen alkuun. "
                 "Tavoitteena on, että vähintään 35 osatyökykyistä työllistyy avoimille työmarkkinoille ja että "
                 "yhteinen toimintamalli jää pysyväksi osaksi kaupungin ja hyvinvointialueen palveluja."),
]
sdt_lohko(doc, tiiv, tag="tiivistelma", alias="Tiivistelmä")

otsikko(doc, "3 Hankkeen tausta ja tarve *", 1)
kappale(doc, "Kuvaa lähtötilanne sekä ongelma tai tarve, johon hanke vastaa. Perustele tarve tilastoin tai "
             "selvityksin. (enintään 4 000 merkkiä)").runs[0].italic = True
kappale(doc, "Kaarnavaaran työttömyysaste oli vuoden 2024 lopussa 11,8 prosenttia, kun koko maan luku oli 10,1. "
             "Pitkäaikaistyöttömiä oli joulukuussa 2024 yhteensä 1 120. Työllisyyspalveluiden syksyllä 2025 tekemän "
             "asiakasanalyysin mukaan noin 640 asiakkaalla on diagnosoitu sairaus tai vamma, joka rajoittaa "
             "työkykyä, ja lisäksi arviolta 300 asiakkaan kohdalla työkyvyn selvittäminen on kesken tai kokonaan "
             "aloittamatta.")
kappale(doc, "Vuoden 2025 alussa voimaan tullut työvoimapalveluiden uudistus siirsi julkiset työvoimapalvelut "
             "kunnille. Uudistuksen myötä kaupungin vastuulle tuli myös osatyökykyisten asiakkaiden palveluiden "
             "yhteensovittaminen, mutta työkyvyn arviointi ja kuntoutus ovat edelleen hyvinvointialueen tehtäviä. "
             "Käytännössä asiakas kulkee kahden organisaation välillä, eikä kumpikaan näe kokonaisuutta. "
             "Odotusaika työllisyyspalveluiden ohjauksesta hyvinvointialueen työkykyarvioon oli vuonna 2024 "
             "keskimäärin 14 viikkoa.")
kappale(doc, "Työllisyyden kuntakokeilussa 2021–2024 kokeiltiin Kaarnavaarassa työkykykoordinaattorin "
             "vastaanottoa, ja kokemukset olivat hyviä: koordinaattorin kautta kulkeneista asiakkaista "
             "kolmannes eteni työhön tai koulutukseen. Kokeilu kuitenkin päättyi rahoituksen loputtua eikä "
             "toimintaa ehditty kirjata kummankaan organisaation rakenteisiin. Tämä kokemus on ASKEL-hankkeen "
             "suunnittelun lähtökohta.")
kappale(doc, "Hanketta valmisteltiin syys–lokakuussa 2025 kolmessa työpajassa, joihin osallistui "
             "työllisyyspalveluiden ja hyvinvointialueen henkilöstöä, kuusi paikallista työnantajaa, "
             "Kaarnavaaran Yrittäjät ry:n edustaja sekä neljä kokemusasiantuntijaa. Työpajoissa nousi esiin "
             "erityisesti työnantajien epävarmuus siitä, miten työtehtäviä voi muokata ja mitä tukia on "
             "saatavilla.")

otsikko(doc, "4 Hankkeen tavoitteet *", 1)
kappale(doc, "Kuvaa hankkeen päätavoite ja osatavoitteet. Tavoitteiden tulee olla konkreettisia ja "
             "mitattavia. (enintään 3 000 merkkiä)").runs[0].italic = True
kappale(doc, "Osatyökykyisten kaarnavaaralaisten työllistyminen avoimille työmarkkinoille paranee, ja heidän "
             "palvelunsa muodostavat katkeamattoman polun työkyvyn selvittämisestä työn alkuun.", lihavaalku="Päätavoite: ")
kappale(doc, "Osatavoitteet sekä niihin liittyvät toimenpiteet ja mittarit on koottu alla olevaan taulukkoon. "
             "Sama jako toistuu työpakettien kuvauksissa luvussa 6.")
tav = [
    ["Osatavoite", "Toteutus", "", "Seuranta", ""],
    ["", "Toimenpiteet", "Työpaketti", "Mittari", "Tavoitetaso 2/2028"],
    ["1. Osatyökykyisten asiakkaiden työkyky selvitetään ajoissa, ja jokainen saa oman suunnitelman kohti työtä.",
     "Työkykykoordinaattorin alkukartoitus; tarvittaessa ohjaus työkykyarvioon hyvinvointialueella; "
     "yksilövalmennus ja henkilökohtainen työllistymissuunnitelma.",
     "TP1",
     "Osallistujamäärä (EURA-seuranta); laadittujen suunnitelmien osuus; aika ohjauksesta työkykyarvioon.",
     "120 osallistujaa; suunnitelma kaikille; arvioon alle 6 viikossa"],
    ["2. Paikalliset työnantajat palkkaavat osatyökykyisiä aiempaa rohkeammin.",
     "Työpaikkojen kartoitus; työtehtävien muokkaus yhdessä työnantajan kanssa; rekrytointitapahtumat; "
     "palkkatuen ja työolosuhteiden järjestelytuen neuvonta.",
     "TP2",
     "Yhteistyötyönantajien määrä; avoimille työmarkkinoille työllistyneet; työnantajakysely.",
     "60 työnantajaa; 35 työllistynyttä; tyytyväisyys vähintään 4/5"],
    ["3. Kaupungin työllisyyspalveluilla ja hyvinvointialueen työkykypalveluilla on yhteinen, kirjattu "
     "toimintamalli, joka jatkuu hankkeen jälkeen.",
     "Yhteisen asiakasprosessin mallinnus; henkilöstön yhteiskoulutukset; kaupungin ja hyvinvointialueen "
     "välinen yhteistyösopimus.",
     "TP3",
     "Mallin kuvaus Innokylässä; allekirjoitettu yhteistyösopimus; henkilöstökysely hankkeen alussa ja lopussa.",
     "Malli julkaistu 12/2027; sopimus 1/2028; koettu osaaminen kasvanut"],
]
taulukko(doc, tav, otsikkorivit=2, yhdista=[((0, 0), (1, 0)), ((0, 1), (0, 2)), ((0, 3), (0, 4))],
         leveydet=[4.2, 4.6, 1.6, 3.8, 2.8], koko=9)

otsikko(doc, "5 Kohderyhmät ja hyödynsaajat *", 1)
kappale(doc, "Kenelle hanke on? Kuvaa välitön kohderyhmä ja sen arvioitu koko sekä välilliset hyödynsaajat. "
             "(enintään 2 000 merkkiä)").runs[0].italic = True
kappale(doc, "Välitön kohderyhmä ovat työttömät 25–64-vuotiaat kaarnavaaralaiset, joilla on työkykyä "
             "heikentävä sairaus, vamma tai muu rajoite ja jotka ovat kaupungin työllisyyspalveluiden asiakkaita. "
             "Arvioimme, että hankkeeseen osallistuu 120 henkilöä, joista noin puolet on ollut työttömänä yli "
             "kaksi vuotta. Alle 25-vuotiaat osatyökykyiset ohjataan mukaan Ohjaamon kautta, jos heidän "
             "tilanteensa sitä edellyttää.")
kappale(doc, "Välillisiä hyödynsaajia ovat paikalliset työnantajat (tavoitteena 60 yritystä tai yhteisöä), "
             "työllisyyspalveluiden ja hyvinvointialueen työkykypalveluiden henkilöstö (noin 45 työntekijää) "
             "sekä osallistujien läheiset. Pidemmällä aikavälillä hyötyjä on myös kaupunki, jonka "
             "työmarkkinatuen kuntaosuus pienenee, kun pitkäaikaistyöttömyys lyhenee.")

otsikko(doc, "6 Toteutus ja työpaketit *", 1)
kappale(doc, "Kuvaa, miten hanke toteutetaan. Jos hanke jakautuu työpaketteihin, kuvaa kunkin sisältö, "
             "ajoitus ja vastuu. (enintään 6 000 merkkiä)").runs[0].italic = True
kappale(doc, "Hanke toteutetaan neljänä työpakettina. Työpaketit 1–3 vastaavat osatavoitteita 1–3, ja "
             "työpaketti 0 kattaa hallinnoinnin, viestinnän ja arvioinnin.")
tp = [
    ["Työpaketti", "Keskeiset toimenpiteet", "Ajoitus", "Vastuu"],
    ["TP0 Hallinnointi, viestintä ja arviointi", "Ohjausryhmä, raportointi, viestintä, itsearviointi ja "
     "ulkoisen arvioinnin hankinta", "3/2026–2/2028", "projektipäällikkö"],
    ["TP1 Polku työkykyyn ja työhön", "Alkukartoitukset, työkykyarviot, yksilövalmennus, "
     "työllistymissuunnitelmat, tuki työn alkuun", "4/2026–2/2028", "työkykykoordinaattori, yksilövalmentajat (2)"],
    ["TP2 Työnantajat mukaan", "Työpaikkakartoitus, työn muokkaus, rekrytointitapahtumat, tukineuvonta",
     "5/2026–1/2028", "työnantajakoordinaattori"],
    ["TP3 Yhteinen toimintamalli", "Prosessin mallinnus, yhteiskoulutukset, yhteistyösopimus, mallin "
     "kuvaaminen ja kokeilu naapurikunnassa", "3/2026–2/2028", "projektipäällikkö, työllisyyspalvelupäällikkö"],
]
taulukko(doc, tp, leveydet=[4, 7, 2.6, 3.6], koko=9)
lihava(doc, "TP1 Polku työkykyyn ja työhön (osatavoite 1)")
kappale(doc, "Asiakas tulee hankkeeseen työllisyyspalveluiden omavalmentajan ohjaamana. Hyvinvointialueen "
             "työkykykoordinaattori tekee alkukartoituksen kahden viikon kuluessa ja ohjaa asiakkaan tarvittaessa "
             "suoraan työkykyarvioon, jolloin erillistä lähetekierrosta ei tarvita. Yksilövalmentaja kulkee "
             "asiakkaan rinnalla koko polun ajan: yhdessä laaditaan työllistymissuunnitelma, harjoitellaan "
             "työnhakua ja etsitään sopivia työpaikkoja. Kun työ alkaa, valmentaja tukee asiakasta ja työnantajaa "
             "vielä kolmen kuukauden ajan.")
lihava(doc, "TP2 Työnantajat mukaan (osatavoite 2)")
kappale(doc, "Työnantajakoordinaattori käy läpi paikallisten yritysten ja yhteisöjen työvoimatarpeita ja etsii "
             "yhdessä työnantajan kanssa tehtäviä, joita voi muokata osatyökykyiselle sopiviksi, esimerkiksi "
             "jakamalla tehtäviä uudelleen tai lyhentämällä työaikaa. Hanke järjestää yhdessä Kaarnavaaran "
             "Yrittäjien kanssa neljä rekrytointitapahtumaa ja työnantaja-aamiaisia. Koordinaattori neuvoo "
             "palkkatuessa, työolosuhteiden järjestelytuessa ja työkokeilussa, jotta tukiviidakko ei ole esteenä "
             "palkkaamiselle.")
lihava(doc, "TP3 Yhteinen toimintamalli (osatavoite 3)")
kappale(doc, "Kaupungin ja hyvinvointialueen työntekijät mallintavat hankkeen alusta alkaen yhdessä "
             "asiakasprosessin: kuka tekee mitäkin, mihin asiakas ohjataan ja miten tieto kulkee. Mallia "
             "testataan TP1:n asiakastyössä ja korjataan puolen vuoden välein. Henkilöstölle järjestetään kuusi "
             "yhteistä koulutuspäivää. Työpaketin tuloksena syntyy kuvattu toimintamalli sekä kaupungin ja "
             "hyvinvointialueen välinen yhteistyösopimus, johon mallin vastuut kirjataan.")

otsikko(doc, "7 Aikataulu ja vaiheistus *", 1)
kappale(doc, "Hanke alkaa 1.3.2026 ja päättyy 28.2.2028, joten toteutusaika on 24 kuukautta. Hanke etenee "
             "neljässä vaiheessa:")
vaiheet = [
    ["Vaihe", "Ajankohta", "Keskeinen sisältö"],
    ["Käynnistys", "3–5/2026", "Rekrytoinnit, ohjausryhmän kokoaminen, lähtötilanteen kartoitus ja henkilöstökysely"],
    ["Pilotointi", "6/2026–5/2027", "Ensimmäiset 60 asiakasta, rekrytointitapahtumat syksyllä 2026 ja keväällä 2027, "
     "ulkoisen arvioinnin väliarvio"],
    ["Laajentaminen", "6–12/2027", "Seuraavat 60 asiakasta, mallin kokeilu Louhimäen kunnassa, mallin kuvaus Innokylään"],
    ["Päättäminen", "1–2/2028", "Yhteistyösopimus, loppuarviointi ja loppuseminaari helmikuussa 2028"],
]
taulukko(doc, vaiheet, leveydet=[3, 3, 10.5], koko=9)

otsikko(doc, "8 Hankkeen organisointi", 1)
kappale(doc, "Hanketta hallinnoi Kaarnavaaran kaupungin elinvoima- ja työllisyyspalvelut. Hankkeeseen "
             "palkataan projektipäällikkö, kaksi yksilövalmentajaa ja työnantajakoordinaattori, kaikki "
             "kokoaikaisesti. Osatoteuttaja Pohjois-Järvimaan hyvinvointialue nimeää hankkeeseen "
             "työkykykoordinaattorin 50 prosentin työajalla.")
kappale(doc, "Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Siihen kuuluvat työllisyyspalvelupäällikkö "
             "(puheenjohtaja), hyvinvointialueen työkykypalveluiden palvelupäällikkö, Kaarnavaaran Yrittäjien "
             "edustaja, kaksi kokemusasiantuntijaa, Louhimäen kunnan työllisyyskoordinaattori sekä rahoittajan "
             "edustaja asiantuntijajäsenenä.")

otsikko(doc, "9 Kustannusarvio ja rahoitussuunnitelma *", 1)
kappale(doc, "Kustannukset euroina vuosittain. Vuoden 2026 sarake kattaa kuukaudet 3–12 ja vuoden 2028 "
             "sarake kuukaudet 1–2.")
bud = [
    ["Kustannuslaji", "Vuosi", "", "", "Yhteensä"],
    ["", "2026", "2027", "2028", ""],
    ["Henkilöstökustannukset", "182 400", "221 100", "37 300", "440 800"],
    ["Ostopalvelut (ulkoinen arviointi 18 000, yhteiskoulutukset 10 000, mallin kuvaus ja materiaalit 6 000)",
     "6 000", "18 500", "9 500", "34 000"],
    ["Matkakustannukset", "2 200", "2 800", "500", "5 500"],
    ["Muut kustannukset (tilat, tapahtumat, viestintä)", "4 500", "6 000", "2 000", "12 500"],
    ["Välilliset kustannukset (flat rate 15 % henkilöstökustannuksista)", "27 360", "33 165", "5 595", "66 120"],
    ["Kustannukset yhteensä", "222 460", "281 565", "54 895", "558 920"],
]
taulukko(doc, bud, otsikkorivit=2, yhdista=[((0, 0), (1, 0)), ((0, 1), (0, 3)), ((0, 4), (1, 4))],
         leveydet=[7, 2.4, 2.4, 2.4, 2.4], koko=9)
rah = [
    ["Rahoitus", "€", "%"],
    ["EU- ja valtion rahoitus", "419 190", "75"],
    ["Kaarnavaaran kaupunki", "111 784", "20"],
    ["Pohjois-Järvimaan hyvinvointialue", "27 946", "5"],
    ["Rahoitus yhteensä", "558 920", "100"],
]
taulukko(doc, rah, leveydet=[8, 3, 2], koko=9)

otsikko(doc, "10 Tulokset ja vaikutukset *", 1)
kappale(doc, "Mitä konkreettisia tuloksia hanke saa aikaan ja millaisia pidemmän aikavälin vaikutuksia "
             "tavoitellaan? (enintään 3 000 merkkiä)").runs[0].italic = True
kappale(doc, "Hankkeen välittöminä tuloksina 120 osatyökykyistä saa työkykynsä selvitetyksi ja oman "
             "suunnitelman, vähintään 35 heistä työllistyy avoimille työmarkkinoille ja noin 25 siirtyy "
             "koulutukseen tai kuntoutukseen. Lisäksi syntyy kuvattu yhteinen toimintamalli, työnantajille "
             "tarkoitettu opas työtehtävien muokkaamisesta sekä kaupungin ja hyvinvointialueen yhteistyösopimus.")
kappale(doc, "Pidemmällä aikavälillä odotamme, että osatyökykyisten työttömyysjaksot lyhenevät, odotus "
             "työkykyarvioon puolittuu ja työnantajien asenteet osatyökykyisten palkkaamista kohtaan muuttuvat "
             "myönteisemmiksi. Kun toimintamalli on kirjattu organisaatioiden sopimukseen, vaikutus ei ole "
             "sidottu yksittäisiin työntekijöihin.")

otsikko(doc, "11 Arviointisuunnitelma", 1)
kappale(doc, "Miten arvioimme? Hankkeen arviointi koostuu jatkuvasta itsearvioinnista, kohderyhmien "
             "palautteesta ja ulkoisesta arvioinnista. Arvioinnin kohteena ovat sekä osatavoitteiden "
             "toteutuminen (taulukko luvussa 4) että hankkeen toimintatavat.")
kappale(doc, " Hanketiimi käy kuukausittain läpi EURA-seurantatiedot ja asiakasmäärät ja kirjaa "
             "havainnot tiimimuistioon. Puolivuotiskatsaukset viedään ohjausryhmän käsiteltäviksi.",
        lihavaalku="11.1 Itsearviointi.")
kappale(doc, " Osallistujilta kerätään lyhyt palaute valmennuksen alussa ja lopussa. "
             "Kokemusasiantuntijoista ja osallistujista koottu asiakasraati kokoontuu keväällä ja syksyllä 2027 "
             "arvioimaan palvelupolkua. Työnantajakysely tehdään joulukuussa 2026 ja joulukuussa 2027, ja "
             "henkilöstökysely hankkeen alussa keväällä 2026 ja uudelleen marraskuussa 2027.",
        lihavaalku="11.2 Asiakkaiden, työnantajien ja henkilöstön palaute.")
kappale(doc, " Ulkoinen arvioija kilpailutetaan keväällä 2026. Arvioija tekee väliarvion maaliskuussa 2027 "
             "ja loppuarvion tammikuussa 2028, ja hän haastattelee osallistujia, työnantajia ja henkilöstöä. "
             "Arviointitieto käytetään mallin korjaamiseen kesken hankkeen ja yhteistyösopimuksen valmisteluun.",
        lihavaalku="11.3 Ulkoinen arviointi.")

otsikko(doc, "12 Tulosten hyödyntäminen ja jatkuvuus (exit-suunnitelma) *", 1)
kappale(doc, "Miten hankkeen tulokset otetaan käyttöön ja miten toiminta jatkuu rahoituksen päätyttyä? Kuka "
             "vastaa jatkosta? (enintään 4 000 merkkiä)").runs[0].italic = True
muutoksin(doc, [("del", "Juurruttaminen aloitetaan hankkeen toisena vuonna, kun malli on valmis. "),
                ("ins", "Tulosten käyttöönottoa ei jätetä hankkeen loppuun. Jo hakuvaiheessa kaupungin "
                        "työllisyyspalvelut ja hyvinvointialueen työkykypalvelut ovat sopineet kumppanuussitoumuksessa "
                        "(liite 1), että yhteinen toimintamalli rakennetaan heti hankkeen alusta alkaen organisaatioiden "
                        "omien työntekijöiden kanssa eikä hankkeen erillisenä palveluna. "),
                ("t", "Hankehenkilöstö työskentelee samoissa tiloissa ja samoilla asiakastietojärjestelmillä kuin "
                      "pysyvä henkilöstö.")], tekija=MUOKKAAJA, pvm="2025-11-12T14:05:00Z")
kappale(doc, "Tuloksista kerrotaan säännöllisesti molempien organisaatioiden henkilöstölle "
             "työyhteisökokouksissa ja intranetissä, jotta uusi tapa toimia tulee tutuksi jo pilotoinnin aikana.",
        lihavaalku="Tieto kulkee koko ajan. ")
kappale(doc, "Toimintamallista tehdään kevennetty versio alle 30-vuotiaille Ohjaamon asiakkaille sekä "
             "maahanmuuttajataustaisille asiakkaille, joiden kanssa tarvitaan selkokieltä ja tulkkausta. "
             "Kummallekin ryhmälle kokeillaan omaa aloituskäyntiä vuoden 2027 aikana.",
        lihavaalku="Malli muokataan eri ryhmille. ")
kappale(doc, "Naapurikunta Louhimäen työllisyyspalvelut kokeilee mallia syksyllä 2027 omien asiakkaidensa "
             "kanssa, ja hanke tukee kokeilua perehdytyksellä ja materiaaleilla. Louhimäen kokemusten avulla "
             "malli kuvataan niin, että muutkin hyvinvointialueen kunnat voivat ottaa sen käyttöön.",
        lihavaalku="Muut pääsevät kokeilemaan. ")
muutoksin(doc, [("t", "Pysyväksi toiminnaksi. "),
                ("t", "Toimintamalli kirjataan kaupungin ja hyvinvointialueen yhteistyösopimukseen tammikuussa 2028. "),
                ("del", "Hankkeen jälkeen toimintaa jatketaan mahdollisuuksien mukaan."),
                ("ins", "Kaupunki on valmistautunut siihen, että työnantajakoordinaattorin tehtävä siirtyy "
                        "työllisyyspalveluiden vakinaiseksi tehtäväksi vuoden 2028 talousarviossa, ja "
                        "hyvinvointialue jatkaa työkykykoordinaattorin vastaanottoa omana toimintanaan.")],
          tekija=MUOKKAAJA, pvm="2025-11-12T14:11:00Z")
p = kappale(doc, "Toimintamallin jatkuvuudesta hankkeen jälkeen vastaa Kaarnavaaran kaupungin "
                 "työllisyyspalvelupäällikkö Satu Rännäri ja hyvinvointialueella työkykypalveluiden palvelupäällikkö "
                 "Jari Kukkonen. He seuraavat yhdessä mallin käyttöä puolen vuoden ja vuoden kuluttua hankkeen "
                 "päättymisestä ja raportoivat siitä kaupungin elinvoimalautakunnalle.",
            lihavaalku="Vastuu ja resurssit. ")
kappale(doc, "Juurruttamiseen on varattu projektipäällikön työajasta noin 40 prosenttia koko hankkeen ajan "
             "(TP3) sekä ostopalveluista 16 000 euroa yhteiskoulutuksiin ja mallin kuvaamiseen. Lisäksi "
             "kumpikin organisaatio osoittaa mallinnustyöhön omaa henkilöstöään noin kaksi työpäivää kuukaudessa.")

otsikko(doc, "13 Viestintä ja tulosten levittäminen", 1)
kappale(doc, "Hankkeella on viestintäsuunnitelma, joka päivitetään käynnistysvaiheessa. Pääkanavat ovat "
             "kaupungin verkkosivut, hankkeen LinkedIn-sivu, paikallislehti Kaarnavaaran Sanomat sekä "
             "työnantajille suunnatut uutiskirjeet ja aamiaistilaisuudet. Toimintamalli ja työnantajaopas "
             "julkaistaan Innokylässä joulukuussa 2027. Hankkeen tuloksia esitellään ELY-keskuksen "
             "ESR+-hankkeiden verkostotapaamisissa ja loppuseminaarissa helmikuussa 2028, johon kutsutaan "
             "hyvinvointialueen kaikki kunnat.")

otsikko(doc, "14 Riskit ja niiden hallinta", 1)
riskit = [
    ["Riski", "Todennäköisyys", "Hallintakeino"],
    ["Henkilöstön rekrytointi viivästyy", "kohtalainen", "Rekrytointi käynnistetään heti rahoituspäätöksen jälkeen; "
     "työkykykoordinaattori nimetään hyvinvointialueen nykyisestä henkilöstöstä."],
    ["Asiakkaita ohjautuu liian vähän", "pieni", "Omavalmentajat perehdytetään ohjaamaan; asiakasmääriä seurataan "
     "kuukausittain."],
    ["Työnantajien kiinnostus jää vähäiseksi", "kohtalainen", "Yhteistyö Kaarnavaaran Yrittäjien kanssa; "
     "henkilökohtaiset käynnit; onnistumistarinat viestinnässä."],
    ["Organisaatioiden välinen sopimus ei synny", "pieni", "Sopimuksen valmistelu aloitetaan jo 2026; johto "
     "mukana ohjausryhmässä."],
]
taulukko(doc, riskit, leveydet=[5, 2.8, 8.7], koko=9)

otsikko(doc, "15 Horisontaaliset periaatteet", 1)
kappale(doc, "Hanke edistää yhdenvertaisuutta, koska sen koko kohderyhmä on työmarkkinoilla heikommassa "
             "asemassa. Materiaalit tehdään selkokielellä ja saavutettavina. Sukupuolten tasa-arvoa seurataan "
             "osallistujatiedoista, ja rekrytointitapahtumiin kutsutaan myös naisvaltaisten alojen työnantajia. "
             "Hanke ei aiheuta merkittävää haittaa ympäristölle; tapaamisia järjestetään myös etäyhteyksin.")

otsikko(doc, "16 Liitteet", 1)
luettelo(doc, ["Liite 1 Kumppanuussitoumus, Pohjois-Järvimaan hyvinvointialue (allekirjoitettu 6.11.2025)",
               "Liite 2 Kaarnavaaran kaupunginhallituksen päätös kuntarahoituksesta 27.10.2025 § 311",
               "Liite 3 Kaarnavaaran Yrittäjät ry:n tukikirje"])
kappale(doc, "")
kappale(doc, "Kaarnavaarassa 14.11.2025")
kappale(doc, "Eija Harjumäki, kaupunginjohtaja          Satu Rännäri, työllisyyspalvelupäällikkö")

tallenna(doc, "01_hankesuunnitelma_tyollisyys.docx", tekija=MUOKKAAJA,
         otsikko_meta="ASKEL hankesuunnitelma")
