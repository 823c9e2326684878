from apu import *

d = uusi()
ylatunniste(d, "KUUSIJÄRVEN HYVINVOINTIALUE – Ikääntyneiden palvelut",
            "Etäkotihoito arkeen | Loppuraportti 14.3.2025 | Julkinen")
av = Alaviitteet(d)

d.add_heading("Etäkotihoito arkeen – hankkeen loppuraportti", 0)
kpl(d, "Raportti noudattaa rahoittajan loppuraporttipohjaa. Pohjan ohjetekstit on poistettu, "
       "kysymykset on jätetty näkyviin lukemisen helpottamiseksi.", kursiivi=True)

otsikko(d, "1 Taustatiedot")
vierekkain(d, [("Toteuttajaorganisaatio *  ", True), ("Kuusijärven hyvinvointialue, ikääntyneiden palvelut / kotihoito", False)])
vierekkain(d, [("Hankkeen nimi *  ", True), ("Etäkotihoito arkeen", False)])
vierekkain(d, [("Määrärahapäätöksen diaarinumero *  ", True), ("VN/18842/2022", False)])
vierekkain(d, [("Hankkeen toteutusaika *  ", True), ("1.3.2023–31.12.2024", False)])
vierekkain(d, [("Kumppanit  ", True), ("Kuusijärven ammattiopiston lähihoitajakoulutus; Kotona Kuusijärvellä ry (omaisjärjestö)", False)])

otsikko(d, "2 Hankkeen teema ja tavoitteet")
kpl(d, "• Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?", kursiivi=True)
p = kpl(d, "Hanke liittyi sosiaali- ja terveyspalvelujen digitaalisten palvelujen kehittämiseen. "
           "Kuusijärvellä kotihoidon asiakkaita oli vuonna 2021 noin 2 100, ja käyntejä tehtiin yli "
           "miljoona vuodessa. Osa käynneistä on lyhyitä lääkemuistutuksia tai voinnin tarkistuksia, "
           "jotka voidaan tehdä kuvayhteydellä.")
av.viite(p, "Kuusijärven hyvinvointialueen kotihoidon toimintatilasto 2021.")
kpl(d, "Tavoitteet olivat:")
luettelo(d, [
    "Etäkäynnit vakiintuvat osaksi kotihoidon arkea kaikilla kuudella kotihoidon alueella.",
    "Asiakas ja omainen kokevat etäkäynnin turvalliseksi ja hyödylliseksi.",
    "Hoitajien työaikaa vapautuu ajamisesta välittömään asiakastyöhön.",
], numeroitu=True)

otsikko(d, "3 Hankkeen toteutus")
kpl(d, "• Hankkeen kesto", kursiivi=True)
kpl(d, "22 kuukautta, 1.3.2023–31.12.2024.")
kpl(d, "• Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa", kursiivi=True)
kpl(d, "Hanke aloitti kahdella pilottialueella (Keskusta ja Rantakylä) keväällä 2023. Etähoitajien "
       "tiimi perustettiin kesäkuussa 2023, ja se tekee etäkäynnit keskitetysti kaikille alueille. "
       "Asiakkaat valittiin yhdessä alueiden sairaanhoitajien kanssa, ja jokaiselle tehtiin "
       "etäkäyntien sopivuuden arvio. Syksyllä 2023 toimintaa laajennettiin kaikille kuudelle "
       "alueelle. Alkuperäisestä suunnitelmasta poiketen tablettien sijaan otettiin käyttöön "
       "kiinteästi asennettava kuvapuhelin, koska monelle asiakkaalle tabletin käyttö oli liian vaikeaa.")
kpl(d, "• Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", kursiivi=True)
kpl(d, "Kotihoidon johtaja toimi ohjausryhmän puheenjohtajana ja aluevastaavat kuuluivat "
       "kehittäjäryhmään. Alussa hoitajat epäilivät, korvaako etäkäynti kohtaamisen, mutta asenteet "
       "muuttuivat, kun etäkäynnit kohdennettiin vain niille asiakkaille, joille ne sopivat.")
kpl(d, "• Luettelo käytetyistä menetelmistä ja kokemukset niistä", kursiivi=True)
luettelo(d, [
    "Etäkäyntien sopivuuden arviointilomake – toimi hyvin, otettiin osaksi palvelutarpeen arviointia.",
    "Hoitajien ja asiakkaiden yhteiset kokeiluviikot – hyvä tapa madaltaa kynnystä.",
    "Lähihoitajaopiskelijoiden digituki kotona (ammattiopiston kanssa) – asiakkaat pitivät kovasti.",
])
kpl(d, "• Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä", kursiivi=True)
kpl(d, "Kuvapuhelinpalvelu hankittiin palveluntuottajalta. Oman ICT-yksikön tuki tietoturva-asioissa "
       "oli välttämätön, ja sopimusneuvottelut veivät odotettua enemmän aikaa.")
kpl(d, "• Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", kursiivi=True)
kpl(d, "Verkkoyhteydet olivat haja-asutusalueella heikkoja. Ratkaisuksi laitteisiin vaihdettiin "
       "ulkoiset antennit, ja kuudelle asiakkaalle etäkäynnit jouduttiin lopettamaan.")
kpl(d, "• Miten kustannusarvio toteutui?", kursiivi=True)
p = kpl(d, "Kustannusarvio oli 720 000 euroa, ja toteutuneet kustannukset olivat 698 350 euroa (97 %). "
           "Laitehankinnat jäivät arvioitua pienemmiksi.")
av.viite(p, "Luvut perustuvat 28.2.2025 tehtyyn kirjanpidon tilinpäätösajoon.")

otsikko(d, "4 Tulokset ja vaikuttavuus")
kpl(d, "• Miten tavoitteet toteutuivat?", kursiivi=True)
t = taulukko(d, [
    ["Tavoite", "Mittari", "Lähtötaso", "Tavoite 12/2024", "Toteutunut 12/2024"],
    ["", "", "3/2023", "", ""],
    ["1. Etäkäynnit vakiintuvat", "Etäkäyntien osuus kaikista käynneistä", "0 %", "15 %", "17 %"],
    ["", "Alueita, joilla etäkäynnit käytössä", "0/6", "6/6", "6/6"],
    ["2. Asiakas ja omainen kokevat etäkäynnin turvalliseksi", "Asiakkaista turvalliseksi kokevia", "–", "80 %", "86 %"],
    ["", "Omaisista hyödylliseksi kokevia", "–", "70 %", "74 %"],
    ["3. Työaikaa vapautuu asiakastyöhön", "Välittömän asiakastyön osuus työajasta", "52 %", "60 %", "58 %"],
])
# yhdistetyt solut: otsikkorivit ja tavoitesolut
for c in (0, 1, 3, 4):
    t.cell(0, c).merge(t.cell(1, c))
t.cell(2, 0).merge(t.cell(3, 0))
t.cell(4, 0).merge(t.cell(5, 0))
for c in t.rows[0].cells:
    for p_ in c.paragraphs:
        for r in p_.runs:
            r.bold = True
kpl(d, "Kaksi ensimmäistä tavoitetta saavutettiin. Välittömän asiakastyön osuus nousi, mutta jäi "
       "tavoitteesta, koska samaan aikaan asiakkaiden hoidon tarve kasvoi.")
kpl(d, "• Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?", kursiivi=True)
kpl(d, "Etäkäynnit vähensivät yksinäisyyttä: moni asiakas toivoi lisää ”juttelukäyntejä”. "
       "Lisäksi etähoitajan tehtävä houkutteli työhön hoitajia, joille fyysinen kotikäyntityö oli käynyt raskaaksi.")
kpl(d, "• Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?", kursiivi=True)
kpl(d, "Asiakas- ja omaiskysely kahdesti (syksy 2023 ja syksy 2024), toiminnanohjausjärjestelmän "
       "käyntitiedot kuukausittain, hoitajien työajanseurantaviikot sekä ohjausryhmän "
       "neljännesvuosittaiset itsearvioinnit.")
kpl(d, "• Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?", kursiivi=True)
kpl(d, "Keskitetty etähoitajatiimi (6 hoitajaa) on ollut vakinainen osa kotihoitoa 1.1.2025 alkaen, "
       "ja etäkäyntien sopivuuden arvio on osa jokaisen uuden asiakkaan palvelutarpeen arviointia.")
kpl(d, "• Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?", kursiivi=True)
kpl(d, "Aamun lääkemuistutukset hoituvat nyt pääosin etänä, jolloin kotikäynneille jää enemmän aikaa. "
       "Asiakkaat saavat käynnin tarkemmin sovittuun aikaan.")

otsikko(d, "5 Kehitysajatukset")
kpl(d, "• Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?", kursiivi=True)
kpl(d, "Seuraavaksi etäkäyntejä kokeillaan omaishoidon tuen asiakkaille ja kotikuntoutukseen. "
       "Etähoitajatiimi kokoontuu kerran kuukaudessa kehittämisvartteihin, joissa käydään läpi "
       "asiakaspalaute ja sovitaan kokeiltavat muutokset.")

otsikko(d, "6 Suositukset muille")
kpl(d, "• Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi?", kursiivi=True)
kpl(d, "Etäkäyntien sopivuuden arviointilomake ja keskitetty etähoitajatiimi. Lomake on vapaasti "
       "käytettävissä Innokylässä.")
kpl(d, "• Mitä muiden organisaatioiden kannattaisi ottaa huomioon?", kursiivi=True)
kpl(d, "Laitevalinta kannattaa tehdä asiakkaiden kanssa kokeillen, ei pelkän tarjouskilpailun "
       "perusteella. Verkkoyhteydet pitää tarkistaa ennen asennusta.")

otsikko(d, "7 Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (enintään 1000 sanaa)")
kpl(d, "Etäkotihoito arkeen -hanke toi kuvayhteydellä tehtävät kotihoidon käynnit pysyväksi osaksi "
       "Kuusijärven hyvinvointialueen kotihoitoa. Hankkeen aikana etäkäynnit otettiin käyttöön kaikilla "
       "kuudella kotihoidon alueella, ja joulukuussa 2024 jo 17 prosenttia kaikista käynneistä tehtiin "
       "etänä. Asiakkaista 86 prosenttia koki etäkäynnit turvallisiksi. Hankkeen jälkeen toimintaa "
       "jatkaa vakinainen kuuden hoitajan etähoitajatiimi. Tärkein oppi oli, että etäkäynti sopii "
       "osalle asiakkaista erinomaisesti mutta ei kaikille: siksi jokaiselle asiakkaalle tehdään "
       "sopivuuden arvio. Muille suosittelemme laitteiden kokeilua yhdessä asiakkaiden kanssa ennen "
       "hankintaa sekä riittävää panostusta verkkoyhteyksiin.")

otsikko(d, "8 Laatimispäivämäärä, yhteystiedot ja lisäinformaatio")
vierekkain(d, [("Laatimispäivämäärä *  ", True), ("14.3.2025", False)])
vierekkain(d, [("Yhteyshenkilöt *  ", True),
               ("projektipäällikkö Henna Saarela, henna.saarela@kuusijarvenha.fi, p. 044 301 2288; "
                "kotihoidon johtaja Pertti Lammi, pertti.lammi@kuusijarvenha.fi", False)])
vierekkain(d, [("Muuta materiaalia  ", True),
               ("Etäkäyntien sopivuuden arviointilomake ja toimintamallin kuvaus Innokylässä; "
                "loppuseminaarin (27.11.2024) esitykset hankkeen verkkosivulla.", False)])

av.valmis()
tallenna(d, "04_loppuraportti_kotihoito.docx")
