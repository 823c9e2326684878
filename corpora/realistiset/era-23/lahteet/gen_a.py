from common import *

# ---------- 01 ESR+ loppuraportti, sisältökontrollit, englanninkielinen tiivistelmä ----------
d = Document()
d.add_heading("Loppuraportti – Polku työhön -hanke (ESR+)", 0)
d.add_paragraph("Versio 2, 12.11.2026")
d.add_heading("1. Taustatiedot", 1)
p = d.add_paragraph("Toteuttaja: "); sdt_inline(p, "Järvilaakson kaupunki, työllisyyspalvelut", "toteuttaja")
p = d.add_paragraph("Hankkeen nimi ja rahoituspäätöksen diaarinumero: "); sdt_inline(p, "Polku työhön, EURA S30412, Dnro HAMELY/1187/2024", "diaari")
p = d.add_paragraph("Hankkeen kesto: "); sdt_inline(p, "1.9.2024–30.9.2026", "kesto")
d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
d.add_paragraph("Hanke kuului ESR+-ohjelman erityistavoitteeseen, joka koskee työllisyyden ja osallisuuden edistämistä. "
    "Tavoitteenamme oli, että pitkään työttömänä olleet 30–55-vuotiaat järvilaaksolaiset löytävät polun palkkatyöhön, koulutukseen "
    "tai kuntouttavaan toimintaan. Lisäksi halusimme, että kaupungin työllisyyspalvelut ja sosiaalityö tekevät asiakastyötä yhteisellä mallilla "
    "eivätkä ohjaa asiakasta luukulta toiselle.")
d.add_heading("3. Hankkeen toteutus", 1)
bold_line(d, "Mitä käytännössä tehtiin ja vastasiko se suunnitelmaa?")
sdt_block(d, ["Hankkeessa toimi kaksi työvalmentajaa ja osa-aikainen sosiaaliohjaaja. Asiakkaille tehtiin yksilöllinen polkusuunnitelma, "
    "ja heille järjestettiin ryhmävalmennusta (kahdeksan ryhmää, 6–10 osallistujaa) sekä työkokeiluja yhdeksässä paikallisessa yrityksessä.",
    "Alkuperäisestä suunnitelmasta poikettiin siten, että digitaitojen pajat lisättiin syksyllä 2025, kun alkukartoituksissa selvisi, "
    "että moni ei osannut asioida verkossa."], "toteutus")
bold_line(d, "Miten kustannusarvio toteutui?")
sdt_block(d, ["Kokonaisbudjetti oli 412 000 euroa, josta käytettiin 398 600 euroa (96,7 %). Ostopalveluihin varattua rahaa jäi käyttämättä, "
    "koska digipajat toteutettiin omana työnä."], "kustannukset")
bold_line(d, "Millaisia ongelmia ilmeni ja miten ne ratkaistiin?")
d.add_paragraph("Keväällä 2025 sosiaaliohjaajan tehtävä oli neljä kuukautta täyttämättä. Aukkoa paikattiin sopimalla sosiaalityön kanssa "
    "viikoittaisesta konsultaatioajasta.")
d.add_heading("4. Tulokset ja vaikuttavuus", 1)
d.add_paragraph("Hankkeeseen osallistui 164 asiakasta (tavoite 150). Heistä 41 työllistyi avoimille työmarkkinoille tai palkkatuella, "
    "23 aloitti tutkintoon johtavan koulutuksen ja 30 siirtyi kuntouttavaan työtoimintaan. Yhteensä 57 % osallistujista eteni polullaan, "
    "kun tavoitteeksi oli asetettu puolet.")
d.add_paragraph("Yhteistä asiakastyön mallia arvioitiin työntekijäkyselyllä kahdesti (10/2025 ja 8/2026). Samaa asiakasta koskevien "
    "päällekkäisten tapaamisten määrä väheni työntekijöiden arvion mukaan selvästi, ja malli on otettu käyttöön koko työllisyyspalveluissa.")
d.add_paragraph("Yllättävää oli, kuinka paljon vertaisryhmä merkitsi osallistujille: palautteissa ryhmä mainittiin useammin kuin työkokeilu.")
d.add_heading("5. Kehitysajatukset", 1)
d.add_paragraph("Työllisyyspalvelut jatkaa ryhmävalmennusta omana toimintanaan vuoden 2027 alusta, ja yksi työvalmentajan toimi vakinaistettiin. "
    "Uudistumiskykyä pidetään yllä puolivuosittaisilla yhteiskehittämispäivillä sosiaalityön kanssa.")
d.add_heading("6. Suositukset muille", 1)
d.add_paragraph("Suosittelemme, että alkukartoitukseen otetaan heti mukaan digitaitojen tarkistus. Lisäksi kannattaa sopia työnjaosta "
    "sosiaalityön kanssa kirjallisesti jo ennen hankkeen alkua, ei vasta ongelmien ilmetessä.")
d.add_heading("7. Tiivistelmä", 1)
d.add_paragraph("Polku työhön -hanke (1.9.2024–30.9.2026) tuki 164 pitkään työttömänä ollutta järvilaaksolaista. 94 heistä siirtyi työhön, "
    "koulutukseen tai kuntouttavaan työtoimintaan. Työllisyyspalveluiden ja sosiaalityön yhteinen asiakastyön malli ja ryhmävalmennus jäävät "
    "pysyviksi toimintatavoiksi.")
d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
p = d.add_paragraph("Laadittu: "); sdt_inline(p, "12.11.2026", "pvm")
p = d.add_paragraph("Yhteyshenkilö: "); sdt_inline(p, "Hankepäällikkö Elina Rautiainen, elina.rautiainen@jarvilaakso.fi, puh. 040 123 4471", "yhteys")
d.add_heading("Summary in English", 2)
d.add_paragraph("The Path to Work project (ESF+, 9/2024–9/2026) supported 164 long-term unemployed residents of Järvilaakso. "
    "94 participants moved on to employment, education or rehabilitative work activities. The joint client work model of employment "
    "services and social work, and the group coaching, continue as permanent practices.")
d.save(os.path.join(OUT, "01_esr_loppuraportti_polku_tyohon.docx"))
expected("01_esr_loppuraportti_polku_tyohon", "loppuraportti", [])

# ---------- 03 STEA arviointisuunnitelma, muutosten jäljitys ----------
d = Document()
d.add_heading("Arviointisuunnitelma: Kohtaamo – nuorten aikuisten matalan kynnyksen olohuone", 0)
d.add_paragraph("Luonnos 3, 9.2.2026 · Mielenterveysyhdistys Tuulikello ry · STEA, kohdennettu toiminta-avustus")
d.add_heading("Mitä haluamme saada aikaan?", 1)
d.add_paragraph("Kohtaamo toimii 1.1.2026–31.12.2028. Alla toiminnan tavoitteet ja se, miten kunkin toteutumista seurataan.")
d.add_paragraph("1. Nuorten aikuisten yksinäisyys vähenee, kun heillä on turvallinen paikka tavata muita ilman ajanvarausta. "
    "Keinona on olohuone, joka on auki neljänä iltana viikossa, ja vertaisohjaajien vetämät pienryhmät. Toteutumista seurataan "
    "lyhyellä yksinäisyysmittarilla (kolme kysymystä) kävijän aloittaessa ja puolen vuoden kuluttua.", style="List Number")
d.add_paragraph("2. Vapaaehtoiset vertaisohjaajat jaksavat tehtävässään. Heille järjestetään peruskoulutus ja kuukausittainen työnohjaus; "
    "seurantana pidetään vapaaehtoisten määrää ja vaihtuvuutta sekä vuosittaista jaksamiskyselyä.", style="List Number")
d.add_paragraph("3. Yhdistyksen yhteistyö kaupungin aikuissosiaalityön kanssa tiivistyy. Tätä varten sovitaan säännölliset yhteistapaamiset "
    "ja yhteiset infotilaisuudet nuorille.", style="List Number")
d.add_heading("Keitä arviointi koskee", 1)
d.add_paragraph("Kohderyhmänä ovat 18–29-vuotiaat, joilla on mielenterveyden haasteita tai jotka kokevat itsensä yksinäisiksi, sekä toimintaan "
    "osallistuvat vapaaehtoiset.")
d.add_heading("Arvioinnin menetelmät ja tiedonkeruu", 1)
d.add_paragraph("Itsearviointi on arviointimme runko: työntekijät ja vertaisohjaajat käyvät puolen vuoden välein läpi kävijämäärät, "
    "mittarien tulokset ja havainnot arviointityöpajassa. Kävijät osallistuvat arviointiin palautekyselyllä ja kahdesti vuodessa "
    "pidettävässä palauteillassa, jossa he saavat kertoa, mitä olohuoneessa pitäisi muuttaa.")
tracked_para(d, [("n", "Tietoa kerätään "),
    ("ins", "kävijäkirjanpidosta jatkuvasti, yksinäisyysmittarilla aloitettaessa ja kuuden kuukauden kohdalla sekä palautekyselyllä "
            "joka vuoden huhti- ja lokakuussa. "),
    ("del", "ulkopuolisen arvioijan toimesta: vuonna 2027 yhdistys tilaa ulkoisen arvioinnin ammattikorkeakoululta, joka haastattelee "
            "kävijöitä ja yhteistyökumppaneita. "),
    ("n", "Tulokset kootaan vuosittain STEA:n seurantaraporttiin.")])
d.add_heading("Arviointitiedon käyttö", 1)
d.add_paragraph("Arviointitietoa käytetään toiminnan suunnitteluun: palauteillan ehdotukset käsitellään seuraavassa tiimipalaverissa, ja "
    "hallitus saa yhteenvedon joka syksy talousarvion valmistelun pohjaksi. Jo hakuvaiheessa sovimme aikuissosiaalityön kanssa, että "
    "toimivaksi todetut ryhmämallit kirjataan kaupungin mielenterveys- ja päihdesuunnitelmaan, jotta ne jäävät elämään myös avustuskauden jälkeen.")
d.save(os.path.join(OUT, "03_stea_arviointisuunnitelma_kohtaamo.docx"))
expected("03_stea_arviointisuunnitelma_kohtaamo", "arviointisuunnitelma",
    [{"rule": "arviointi.ei-ulkoista"}, {"rule": "tavoite.ei-arviointia"}])

# ---------- 07 ESR+ arviointisuunnitelma, sisältökontrollit ja yhdistetty solu ----------
d = Document()
d.add_heading("OSAAJA+ – arviointisuunnitelma", 0)
d.add_paragraph("Pohjois-Savon ammattiopisto Kaarna · ESR+ / Pohjois-Savon ELY-keskus · Versio 1.2")
p = d.add_paragraph("Hankkeen toteutusaika *: "); sdt_inline(p, "1.3.2026–28.2.2028", "toteutusaika")
p = d.add_paragraph("Arvioinnin vastuuhenkilö *: "); sdt_inline(p, "laatupäällikkö Juha Väänänen", "vastuu")
d.add_heading("Hankkeen tausta, tavoitteet ja kohderyhmä", 1)
d.add_paragraph("Sote-alan työpaikoilla Pohjois-Savossa työskentelee arviolta 1 900 hoiva-avustajaa ja laitoshuoltajaa ilman alan tutkintoa "
    "(työllisyystilasto 2024). OSAAJA+ tarjoaa heille työn ohessa suoritettavan osatutkintopolun. Kohderyhmänä ovat nämä työntekijät "
    "ja heidän esihenkilönsä kuudessa kunnassa ja hyvinvointialueen yksiköissä.")
d.add_paragraph("Tavoitteet, toimenpiteet ja arviointi on koottu taulukkoon:")
t = table(d, [["Tavoite", "Toimenpiteet", "Arviointimenetelmä / mittari"],
    ["1. Vähintään 120 työntekijää suorittaa lähihoitajan tutkinnon osan hankeaikana", "Työpaikalla toteutettavat opintopolut, etäopetus iltaisin", "Suoritetut tutkinnon osat opiskelijahallinnon raportista; palautekysely opiskelijoille kunkin tutkinnon osan lopussa"],
    ["2. Opiskelijat kokevat opiskelun ja työn yhdistämisen mahdolliseksi", "Henkilökohtainen opintovalmentaja, joustavat näyttöajat", ""],
    ["3. Työpaikkaohjaajien ohjausosaaminen vahvistuu", "Työpaikkaohjaajakoulutus (2 op) kaikille mukana oleville työpaikoille", "Ohjaajien itsearviointilomake koulutuksen alussa ja lopussa; ulkoisen arvioijan haastattelut"]])
a = t.cell(1, 2).merge(t.cell(2, 2))
a.text = ("Suoritetut tutkinnon osat opiskelijahallinnon raportista; palautekysely opiskelijoille kunkin tutkinnon osan lopussa "
          "(sisältää kysymykset työn ja opiskelun yhteensovittamisesta) sekä keskeyttäneiden määrä")
d.add_heading("Miten arvioimme onnistumista?", 1)
d.add_paragraph("Hankkeen oma itsearviointi tehdään ohjausryhmän kokouksissa neljännesvuosittain mittaritietojen pohjalta. Lisäksi "
    "ulkoinen arviointi hankitaan kilpailutuksella; ulkoinen arvioija haastattelee opiskelijoita, työpaikkaohjaajia ja esihenkilöitä "
    "ja tekee väliraportin sekä loppuraportin.")
t = table(d, [["Tiedonkeruu", "Q2/2026", "Q4/2026", "Q2/2027", "Q4/2027", "Q1/2028"],
    ["Opiskelijapalaute", "x", "x", "x", "x", "x"],
    ["Ohjaajien itsearviointi", "x", "", "x", "", "x"],
    ["Ulkoisen arvioijan haastattelut", "", "x", "", "x", ""],
    ["Ulkoisen arvioinnin raportit", "", "", "väliraportti", "", "loppuraportti"]])
d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
d.add_paragraph("Arviointitiedot raportoidaan ELY-keskukselle maksatushakemusten yhteydessä ja käsitellään ohjausryhmässä. "
    "Juurruttaminen alkaa jo hankkeen ensimmäisellä neljänneksellä: opintopolun kuvaus viedään ammattiopiston "
    "opetussuunnitelmaan keväällä 2026, ja ulkoisen arvioinnin suosituksia käytetään, kun polusta tehdään pysyvä osa oppilaitoksen "
    "aikuiskoulutusta vuodesta 2028 alkaen.")
d.save(os.path.join(OUT, "07_esr_arviointisuunnitelma_osaaja.docx"))
expected("07_esr_arviointisuunnitelma_osaaja", "arviointisuunnitelma", [])
