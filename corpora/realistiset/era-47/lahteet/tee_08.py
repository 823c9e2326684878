from apu import *

d = uusi()
ylatunniste(d, "Hankehakemus – tuloste sähköisestä asiointipalvelusta 12.9.2024 klo 14.32",
            "Hakemustunnus H-2024-0871 · sivu tulostettu hakijan tallentamana luonnoksena")


def kentta(numero, nimi, ohje, vastaus, pakollinen=True):
    p = d.add_paragraph()
    r = p.add_run(f"{numero} {nimi}{' *' if pakollinen else ''}")
    r.bold = True
    if ohje:
        kpl(d, ohje, kursiivi=True)
    kpl(d, "Vastaus:")
    sisaltokentta(d, nimi, vastaus)


kpl(d, "HANKEHAKEMUS", lihava=True)
kpl(d, "Uudistuva ja osaava Suomi 2021–2027 – ESR+ -hakemus, kehittämishanke", kursiivi=True)

kpl(d, "1 HAKIJAN TIEDOT", lihava=True)
kenttarivi(d, "1.1 Hakijaorganisaatio *", "Järvenmaan koulutuskuntayhtymä Kaari")
kenttarivi(d, "1.2 Y-tunnus *", "2874410-6")
kenttarivi(d, "1.3 Yhteyshenkilö *", "kehittämispäällikkö Tuomas Rinne, tuomas.rinne@kaari.fi, 044 512 7781")

kpl(d, "2 HANKKEEN PERUSTIEDOT", lihava=True)
kenttarivi(d, "2.1 Hankkeen nimi *", "Pysy matkassa – ammatillisten opintojen keskeyttämisen ehkäisy")
kenttarivi(d, "2.2 Alkamispäivä *", "1.1.2025")
kenttarivi(d, "2.3 Päättymispäivä *", "31.12.2026")

kpl(d, "3 HANKESUUNNITELMA", lihava=True)
kentta("3.1", "Hankkeen tausta ja tarve", "(enintään 4 000 merkkiä) Kuvatkaa, mihin ongelmaan hanke vastaa.", [
    "Kaaren ammattiopistossa keskeytti lukuvuonna 2022–2023 opintonsa 11,4 % opiskelijoista, kun koko maan "
    "keskiarvo oli noin 9 %. Eniten keskeyttämisiä on ensimmäisenä opintovuonna, ja syinä mainitaan useimmin "
    "jaksamisen pulmat, väärä alavalinta ja vaikeudet työpaikalla tapahtuvassa oppimisessa.",
    "Tukea on tarjolla, mutta se ehtii usein liian myöhään: opiskelijan poissaolot kasautuvat viikkojen ajan "
    "ennen kuin kukaan tarttuu niihin. Työpaikkaohjaajat kertovat, etteivät he tiedä, miten tukea opiskelijaa, "
    "jolla on oppimisen vaikeuksia.",
])
kentta("3.2", "Kohderyhmät ja hyödynsaajat", "(enintään 2 000 merkkiä)", [
    "Välitön kohderyhmä: Kaaren ensimmäisen ja toisen vuoden opiskelijat (noin 900 opiskelijaa vuodessa), "
    "erityisesti ne, joiden opinnot ovat vaarassa keskeytyä, sekä opettajat, opinto-ohjaajat ja noin 150 "
    "työpaikkaohjaajaa.",
    "Välilliset hyödynsaajat: opiskelijoiden huoltajat, alueen työnantajat sekä Järvenmaan hyvinvointialueen "
    "opiskeluhuollon palvelut.",
])
kentta("3.3", "Tavoitteet", "Kirjatkaa hankkeen tavoitteet. Tavoitteiden tulee olla konkreettisia ja mitattavia.", [
    "Päätavoitteena on, että Kaaren opiskelijoiden keskeyttäminen laskee hankkeen aikana alle 9 prosentin.",
    "Osatavoitteet:",
    "A) Opiskelijat, joiden opinnot ovat vaarassa keskeytyä, tunnistetaan ensimmäisenä opintovuonna aiempaa aikaisemmin.",
    "B) Opiskelijat saavat oppilaitoksessa matalalla kynnyksellä tukea arjen hallintaan ja hyvinvointiin.",
    "C) Työpaikkaohjaajat osaavat tukea erityistä tukea tarvitsevaa opiskelijaa työpaikalla.",
])
kentta("3.4", "Toteutus ja toimenpiteet", "(enintään 6 000 merkkiä) Kuvatkaa työpaketit ja niiden sisältö.", [
    "Päätavoitteeseen pyritään kolmen sisällöllisen työpaketin yhteisvaikutuksella: keskeyttämisuhka "
    "tunnistetaan ajoissa (TP1), opiskelija saa tukea oppilaitoksessa (TP2) ja työpaikalla (TP3).",
    "Työpaketti 1 – Varhainen tunnistaminen (osatavoite A): opintohallinnon järjestelmään rakennetaan "
    "ryhmänohjaajille näkymä, josta poissaolot ja opintojen eteneminen näkyvät viikoittain. Poissaoloille "
    "sovitaan yhteinen hälytysraja, jonka ylittyessä ryhmänohjaaja ottaa yhteyttä opiskelijaan saman viikon aikana. "
    "Ensimmäisen vuoden opiskelijoille pidetään ohjauskeskustelu kuukauden kuluttua opintojen alusta.",
    "Työpaketti 2 – Olkkari ja hyvinvointivalmentajat (osatavoite B): kahdelle kampukselle avataan Olkkari-tila, "
    "jossa kaksi hyvinvointivalmentajaa on tavattavissa ilman ajanvarausta. Valmentajat vetävät arjenhallinnan "
    "pienryhmiä ja ohjaavat tarvittaessa opiskeluhuoltoon.",
    "Työpaketti 3 – Työpaikkaohjaajien valmennus (osatavoite C): kolmen opintopisteen verkkovalmennus "
    "työpaikkaohjaajille sekä opettajan ja työpaikkaohjaajan yhteiset työpaikkakäynnit opiskelijoille, "
    "joilla on erityisen tuen päätös.",
    "Työpaketti 4 – Hallinnointi, viestintä ja tulosten juurruttaminen (ks. kohta 3.8).",
])
kentta("3.5", "Aikataulu", "Kuvatkaa hankkeen vaiheistus.", [
    "Kevät 2025: näkymä ja hälytysraja käyttöön, valmentajien rekrytointi, Olkkarit auki maaliskuussa 2025.",
    "Syksy 2025: ensimmäisen vuoden opiskelijoiden ohjauskeskustelut, työpaikkaohjaajien valmennuksen ensimmäinen toteutus.",
    "Kevät 2026: valmennuksen toinen toteutus, kokemusten kokoaminen ja mallin muokkaus.",
    "Syksy 2026: mallin kokeilu kahdessa naapurioppilaitoksessa, loppuseminaari marraskuussa 2026, loppuraportti joulukuussa 2026.",
])
kentta("3.6", "Tulokset ja vaikutukset", "Mitä hankkeen päättyessä on valmiina? Mitä pidemmän aikavälin vaikutuksia tavoitellaan?", [
    "Tuotoksina syntyvät varhaisen tunnistamisen malli ja ohjeet, Olkkari-toiminnan kuvaus sekä työpaikkaohjaajien "
    "verkkovalmennus, joka jää Kaaren käyttöön. Pidemmällä aikavälillä keskeyttäminen vähenee, opiskelijat "
    "valmistuvat useammin tavoiteajassa ja alueen työnantajat saavat osaavaa työvoimaa.",
])
kpl(d, "3.7 Seuranta ja arviointi *", lihava=True)
kpl(d, "Esittäkää tavoitteiden mittarit ja niiden lähtö- ja tavoitearvot.", kursiivi=True)
kpl(d, "Vastaus:")
taulukko(d, [
    ["Tavoite", "Mittari", "Lähtötaso", "Tavoitetaso 12/2026", "Tiedonkeruu"],
    ["Keskeyttäminen laskee alle 9 %", "Keskeyttäneiden osuus", "11,4 % (lv 2022–2023)", "alle 9 %", "Opintohallinto, lukuvuosittain"],
    ["A) Varhainen tunnistaminen", "Yhteydenotto hälytysrajan ylittyessä saman viikon aikana", "ei seurattu", "90 % tapauksista",
     "Järjestelmän raportti, kuukausittain"],
    ["B) Tuki arjen hallintaan ja hyvinvointiin", "Olkkari-käynnit; opiskelijoiden kokemus avun saamisesta",
     "0 / ei mitattu", "2 000 käyntiä; 80 % kokee saaneensa apua", "Kävijätilasto, opiskelijakysely keväisin"],
    ["C) Työpaikkaohjaajien osaaminen", "Valmennuksen suorittaneet; ohjaajien oma arvio osaamisestaan",
     "0", "100 ohjaajaa; arvio paranee 4 → 7 (asteikko 1–10)", "Alku- ja loppukysely"],
])
kpl(d, "Lisäksi hanke kerää opiskelijoilta palautetta Olkkarista ja työpaikkaohjaajilta valmennuksesta. "
       "Ohjausryhmä käsittelee seurantatiedot joka kokouksessa.")
kentta("3.8", "Tulosten hyödyntäminen, juurruttaminen ja levittäminen",
       "(enintään 4 000 merkkiä) Miten hankkeen tulokset jäävät käyttöön? Kuka vastaa toiminnasta hankkeen jälkeen?", [
    "Tulosten käyttöön jääminen on ollut mukana jo hakuvaiheessa: hakemus valmisteltiin yhdessä "
    "opiskeluhuollon, koulutusalojen johtajien ja opiskelijakunnan kanssa (valmistelukokous 4.6.2024), ja "
    "alajohtajat ovat sitoutuneet ottamaan mallin käyttöön omilla aloillaan.",
    "Kerromme tuloksista koko hankkeen ajan opettajainkokouksissa, Kaaren verkkosivuilla ja somessa. "
    "Toimintamallit kuvataan Innokylään, ja marraskuussa 2026 järjestetään loppuseminaari alueen oppilaitoksille.",
    "Kevään 2026 aikana malli muokataan sopivaksi myös aikuisopiskelijoille ja maahanmuuttajataustaisille "
    "opiskelijoille: ohjeista tehdään selkokieliset versiot ja Olkkariin avataan ilta-ajat.",
    "Syksyllä 2026 Salmen ammattiopisto ja Ylä-Järvenmaan aikuisopisto kokeilevat varhaisen tunnistamisen "
    "mallia omissa ryhmissään. Hanke perehdyttää niiden ryhmänohjaajat ja luovuttaa materiaalit.",
    "Malli kirjataan Kaaren opiskeluhuoltosuunnitelmaan ja ohjaussuunnitelmaan ennen hankkeen loppua. "
    "Hankkeen päätyttyä toiminnasta vastaa Kaaren opiskelijapalvelujen päällikkö, ja hyvinvointivalmentajien "
    "jatkosta päättää kuntayhtymän hallitus vuoden 2027 talousarvion yhteydessä.",
    "Juurruttamiseen ja levittämiseen varataan työpaketissa 4 20 % projektipäällikön työajasta sekä "
    "6 000 euroa seminaari- ja materiaalikuluihin.",
])
kentta("3.9", "Organisointi ja yhteistyökumppanit", None, [
    "Hanketta hallinnoi Järvenmaan koulutuskuntayhtymä Kaari. Hankkeessa työskentelevät projektipäällikkö "
    "(100 %), kaksi hyvinvointivalmentajaa ja opettajien osuudet työpaketissa 3. Ohjausryhmään kuuluvat "
    "Kaaren opiskelijapalvelujen päällikkö, kahden alan koulutusjohtajat, opiskelijakunnan edustaja, "
    "Järvenmaan hyvinvointialueen opiskeluhuollon edustaja, alueen yrittäjäjärjestön edustaja ja ELY-keskuksen "
    "edustaja (asiantuntijajäsen).",
], pakollinen=False)
kpl(d, "3.10 Riskit ja niiden hallinta", lihava=True)
kpl(d, "Vastaus:")
taulukko(d, [
    ["Riski", "Todennäköisyys", "Hallintakeino"],
    ["Hyvinvointivalmentajien rekrytointi viivästyy", "keskisuuri", "Haku avataan heti päätöksen jälkeen; sijaisena opiskeluhuollon kuraattori"],
    ["Opettajat eivät ehdi käyttää seurantanäkymää", "suuri", "Näkymän käyttö osaksi ryhmänohjaajan työaikasuunnitelmaa"],
    ["Työpaikkaohjaajat eivät osallistu valmennukseen", "keskisuuri", "Lyhyet verkko-osiot, suoritus omaan tahtiin"],
])
kentta("3.11", "Viestintä", None, [
    "Viestinnästä vastaa projektipäällikkö yhdessä Kaaren viestintäpalvelujen kanssa. Opiskelijoita "
    "tavoitetaan Olkkarin Instagram-tilillä ja oppilaitoksen infonäytöillä, henkilöstöä opettajainkokouksissa ja "
    "työpaikkaohjaajia työelämäpalvelujen uutiskirjeessä.",
], pakollinen=False)

kpl(d, "4 KUSTANNUSARVIO JA RAHOITUS *", lihava=True)
taulukko(d, [
    ["Kustannuslaji", "2025", "2026", "Yhteensä"],
    ["Henkilöstökustannukset", "198 000", "204 000", "402 000"],
    ["Ostopalvelut (verkkovalmennuksen toteutus, näkymän rakentaminen)", "46 000", "14 000", "60 000"],
    ["Matkat ja seminaari", "4 000", "9 000", "13 000"],
    ["Flat rate -kustannukset (15 % henkilöstökustannuksista)", "29 700", "30 600", "60 300"],
    ["Yhteensä", "277 700", "257 600", "535 300"],
])
kpl(d, "Rahoitus: ESR+ ja valtion rahoitus 80 % (428 240 €), Kaaren omarahoitus 20 % (107 060 €).")

kpl(d, "5 ALLEKIRJOITUS", lihava=True)
kpl(d, "Harjula 12.9.2024")
kpl(d, "Sirpa Lahtinen, rehtori, Järvenmaan koulutuskuntayhtymä Kaari")

tallenna(d, "08_hankesuunnitelma_ammatillinen_koulutus.docx")
