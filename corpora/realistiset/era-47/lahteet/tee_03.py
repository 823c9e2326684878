from apu import *

d = uusi()
ylatunniste(d, "Merenkaaren ammattikorkeakoulu – Opintopolku kuntoon", "Arviointisuunnitelma 3.9.2025")

kpl(d, "OPINTOPOLKU KUNTOON", lihava=True)
kpl(d, "Opintojen etenemisen tuki sosiaali- ja terveysalan monimuoto-opiskelijoille", kursiivi=True)
kpl(d, "ARVIOINTISUUNNITELMA", lihava=True)
kpl(d, "Merenkaaren ammattikorkeakoulu, Hyvinvointi ja terveys -yksikkö. Opetus- ja kulttuuriministeriön "
       "erityisavustus korkeakoulujen opintojen sujuvoittamiseen. Hankeaika 1.8.2025–31.7.2027.")

kpl(d, "1. Lähtökohdat", lihava=True)
kpl(d, "Monimuoto-opiskelijat opiskelevat usein työn ja perheen ohessa. Lukuvuonna 2023–2024 "
       "sairaanhoitajan, sosionomin ja fysioterapeutin monimuotokoulutuksen ensimmäisen vuoden "
       "opiskelijoista 14 prosenttia keskeytti opintonsa, ja keskimäärin opiskelija suoritti 41 "
       "opintopistettä lukuvuodessa. Ohjauksen käytännöt vaihtelevat koulutuksittain: osassa "
       "ryhmiä tutor-opettaja tapaa jokaisen opiskelijan, osassa ohjaus on lähinnä sähköpostia.")
kpl(d, "Kohderyhmänä ovat kolmen koulutuksen ensimmäisen ja toisen vuoden monimuoto-opiskelijat "
       "(noin 260 opiskelijaa) sekä heidän tutor-opettajansa ja opinto-ohjaajansa.")

kpl(d, "2. Mitä hankkeella tavoitellaan?", lihava=True)
kpl(d, "Haluamme, että monimuoto-opiskelijat pysyvät opinnoissaan ja etenevät niissä suunnitellusti. "
       "Käytännössä tavoitteita on kolme: ensimmäisen vuoden keskeyttäminen vähenee, opiskelijoiden "
       "opintopistekertymä kasvaa ja opinto-ohjauksen käytännöt yhtenäistyvät kaikissa kolmessa "
       "koulutuksessa. Tavoitteet, toimenpiteet ja arviointi on koottu alla olevaan taulukkoon.")
taulukko(d, [
    ["Tavoite", "Toimenpiteet", "Arviointi ja mittarit", "Ajoitus"],
    ["Ensimmäisen vuoden monimuoto-opiskelijoiden keskeyttäminen vähenee.",
     "Tutor-opettajan henkilökohtainen aloituskeskustelu jokaisen uuden opiskelijan kanssa; "
     "vertaismentorit toisen vuoden opiskelijoista.",
     "Keskeyttäneiden osuus opintohallinnon järjestelmästä (lähtötaso 14 %, tavoitetaso 9 %); "
     "opiskelijoiden alku- ja loppukysely.",
     "Aloituskeskustelut syys- ja tammikuussa; keskeyttämistiedot lukuvuosittain"],
    ["Opiskelijoiden opintopistekertymä kasvaa.",
     "Kuukausittainen opintojen etenemisen raportti tutor-opettajille; rästipajat kerran kuukaudessa.",
     "Suoritetut opintopisteet lukuvuodessa (lähtötaso 41 op, tavoitetaso 50 op); rästipajojen "
     "osallistujamäärät ja palaute.",
     "Raportit kuukausittain 9/2025 alkaen"],
    ["Opinto-ohjauksen käytännöt yhtenäistyvät kaikissa kolmessa koulutuksessa.",
     "Yhteinen ohjaussuunnitelma monimuotokoulutukselle; ohjaajien työpajat.",
     "",
     "Työpajat lukuvuonna 2025–2026"],
])

kpl(d, "3. Miten arviointi tehdään", lihava=True)
kpl(d, "Hankkeen arviointi toteutetaan itsearviointina. Erillistä ulkopuolista arvioijaa ei hankkeen "
       "pienen koon vuoksi hankita, vaan hanketiimi vastaa arvioinnista itse.")
kpl(d, "Itsearviointi: hanketiimi (projektipäällikkö, kaksi lehtoria ja opinto-ohjaaja) pitää "
       "arviointipalaverin joka toinen kuukausi. Siinä käydään läpi taulukon mittarit, "
       "rästipajojen palautteet ja tiimin omat havainnot. Jokaisen lukukauden lopussa tiimi kirjoittaa "
       "lyhyen itsearviointimuistion, jossa arvioidaan, mikä on toiminut ja mitä muutetaan seuraavalla "
       "lukukaudella.")
kpl(d, "Opiskelijoiden näkökulma: opiskelijat vastaavat alkukyselyyn opintojen alussa ja "
       "loppukyselyyn ensimmäisen vuoden lopussa. Lisäksi keväällä 2026 ja keväällä 2027 järjestetään "
       "kaksi fokusryhmähaastattelua, joihin kutsutaan sekä opinnoissa hyvin edenneitä että opintonsa "
       "keskeyttämistä harkinneita opiskelijoita. Vertaismentorit antavat palautetta mentoroinnista "
       "lukukausittain.")

kpl(d, "4. Arvioinnin aikataulu", lihava=True)
luettelo(d, [
    "syyskuu 2025: lähtötason tiedot opintohallinnon järjestelmästä, opiskelijoiden alkukysely",
    "joka toinen kuukausi: hanketiimin arviointipalaverit",
    "joulukuu 2025 ja toukokuu 2026: itsearviointimuistiot",
    "maaliskuu 2026: ensimmäinen fokusryhmähaastattelu",
    "toukokuu 2026: loppukysely ensimmäisen vuoden opiskelijoille",
    "maaliskuu 2027: toinen fokusryhmähaastattelu",
    "kesäkuu 2027: koottu arviointiraportti",
])

kpl(d, "5. Arviointitiedon hyödyntäminen", lihava=True)
kpl(d, "Arviointitiedot käsitellään hankkeen ohjausryhmässä ja Hyvinvointi ja terveys -yksikön "
       "johtoryhmässä lukukausittain. Koottu arviointiraportti julkaistaan Merenkaaren "
       "ammattikorkeakoulun julkaisusarjassa, ja tuloksista kerrotaan ammattikorkeakoulun "
       "verkkosivuilla ja henkilöstön pedagogisessa iltapäivässä.")
kpl(d, "Toimintatapojen pysyvyyttä on suunniteltu jo hakuvaiheessa: kolmen koulutuksen "
       "koulutuspäälliköt sitoutuivat hakemuksessa siihen, että toimivaksi todetut ohjauskäytännöt "
       "kirjataan opetussuunnitelmiin lukuvuodesta 2027–2028 alkaen. Hankkeen alusta lähtien "
       "koulutuspäälliköt ovat mukana ohjausryhmässä ja saavat arviointitiedon suoraan käyttöönsä "
       "opetussuunnitelmatyötä varten.")

p = tallenna(d, "03_arviointisuunnitelma_opinto-ohjaus.docx", LAHTEET)
muunna(p, "pdf")
