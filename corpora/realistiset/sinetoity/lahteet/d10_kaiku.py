"""s-kaiku-hybridityo-loppuraportti.docx – Kaiku-kehittämishankkeen loppuraportti Kaiku-mallin pohjalla.
Raportti on laadittu 5,5 kk hankkeen päättymisen jälkeen, diaarinumero puuttuu ja kohta 6 on jätetty
pohjan kysymysten varaan."""
from apu import *


def q(d, teksti):
    p = d.add_paragraph(style="List Bullet")
    p.add_run(teksti).bold = True


def rakenna(polku):
    d = uusi_dokumentti("Outi Kärkkäinen", "Kaiku-kehittämishankkeen loppuraportti", pvm(2025, 8, 15))
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    kappale(d, "Yhdessä hybridisti – hybridityön pelisäännöt tiimeissä")

    otsikko(d, "1. Taustatiedot", 1)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    vals = [
        ["Toteuttajavirasto", "Luontotietokeskus (alueyksiköt Joensuu, Kuopio ja Oulu)", ""],
        ["Hankkeen nimi ja määrärahapäätöksen diaarinumero", "Yhdessä hybridisti", "Määrärahapäätös 18.1.2024"],
        ["Hankkeen kesto", "1.3.2024–28.2.2025", ""],
        ["Myönnetty määräraha", "36 000 €", ""],
    ]
    for i, rv in enumerate(vals):
        for j, v in enumerate(rv):
            t.cell(i, j).text = v
        if i != 1:
            t.cell(i, 1).merge(t.cell(i, 2))
            t.cell(i, 1).text = rv[1]
    kappale(d, "")

    otsikko(d, "2. Hankkeen teema ja tavoitteet", 1)
    q(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    kappale(d, "Hanke liittyi Kaikun teemaan työyhteisöjen toimintatapojen uudistaminen. Luontotietokeskuksessa "
               "siirryttiin vuonna 2023 monipaikkaiseen työhön, ja henkilöstökyselyssä (syksy 2023) vain 41 % "
               "vastaajista koki tiimin yhteistyön sujuvan hybridityössä. Tavoitteena oli, että jokaisella "
               "tiimillä on omat, yhdessä sovitut hybridityön pelisäännöt, että esihenkilöt osaavat johtaa "
               "hajautettua tiimiä ja että tiimien kokema yhteisöllisyys paranee.")

    otsikko(d, "3. Hankkeen toteutus", 1)
    q(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
    kappale(d, "Hanke toteutettiin kolmessa vaiheessa. Keväällä 2024 kaikki 14 tiimiä kävivät läpi "
               "lähtötilannekartoituksen. Syksyllä 2024 tiimit osallistuivat kahteen ulkopuolisen valmentajan "
               "vetämään pelisääntötyöpajaan, joissa sovittiin esimerkiksi läsnäolopäivistä, kokouskäytännöistä "
               "ja viestintäkanavista. Esihenkilöille järjestettiin neljän tapaamisen valmennus. Alkuvuodesta "
               "2025 pelisäännöt arvioitiin tiimeissä ja päivitettiin. Suunnitelmasta poiketen yhteinen "
               "koko henkilöstön tapahtuma jätettiin pois, ja sen budjetti käytettiin lisätyöpajoihin kahdelle "
               "tiimille, joilla oli ristiriitoja.")
    q(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
    kappale(d, "Johtoryhmä käsitteli hanketta neljästi ja pääjohtaja avasi ensimmäisen työpajan. Työpajoihin "
               "osallistui 86 % henkilöstöstä. Luottamusmies ja työsuojeluvaltuutettu olivat mukana "
               "ohjausryhmässä.")
    q(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä")
    luettelo(d, [
        "tiimikohtainen pelisääntötyöpaja – paras menetelmä, konkreettiset sopimukset",
        "esihenkilövalmennus – hyödyllinen, mutta neljä tapaamista oli liian vähän",
        "pulssikyselyt (3 kpl) – helppo tapa seurata muutosta",
    ])
    q(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
    kappale(d, "Ulkopuolinen valmentaja (Työkumppani Oy) toi työpajoihin puolueettomuutta. HR-asiantuntijat "
               "vastasivat kyselyistä ja esihenkilöiden tuesta, mikä auttoi jatkuvuudessa.")
    q(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
    kappale(d, "Oulun yksikön tiimeissä oli vaikea löytää yhteistä aikaa työpajoille maastokauden vuoksi. "
               "Niiden työpajat siirrettiin lokakuulle ja pidettiin etäyhteydellä.")
    q(d, "Miten kustannusarvio toteutui?")
    kappale(d, "Määrärahasta käytettiin 35 240 €. Valmennuspalvelut olivat suurin kuluerä (29 800 €).")

    otsikko(d, "4. Tulokset ja vaikuttavuus", 1)
    q(d, "Miten tavoitteet toteutuivat?")
    kappale(d, "Kaikki 14 tiimiä laativat pelisäännöt, ja ne on tallennettu intranetiin. Loppukyselyssä "
               "(helmikuu 2025) tiimin yhteistyön sujuvaksi koki 68 % vastaajista (lähtötaso 41 %). "
               "Esihenkilöistä 11/13 arvioi valmiutensa johtaa hybriditiimiä hyväksi tai erittäin hyväksi.")
    q(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
    kappale(d, "Pelisäännöistä tärkeimmiksi nousivat yllättäen viestintäkanavien käyttöä koskevat sopimukset, "
               "eivät läsnäolopäivät.")
    q(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
    kappale(d, "Lähtö- ja loppukysely, kolme pulssikyselyä sekä esihenkilöiden ryhmähaastattelu helmikuussa 2025.")
    q(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
    kappale(d, "Pelisäännöt päivitetään tiimeissä vuosittain kehityskeskustelujen yhteydessä, ja uudet "
               "esihenkilöt käyvät hybridijohtamisen perehdytyksen.")
    q(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
    kappale(d, "Kokouksiin osallistuminen on tasaisempaa eri paikkakunnilta, ja asiakkaiden yhteydenottoihin "
               "vastataan tiimeissä sovitun työnjaon mukaan.")

    otsikko(d, "5. Kehitysajatukset", 1)
    q(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
    kappale(d, "Pelisääntöjen vuosittainen päivitys on kirjattu henkilöstösuunnitelmaan. Seuraavaksi "
               "kehitämme yksiköiden välistä yhteistyötä samalla työpajamallilla.")

    otsikko(d, "6. Suositukset muille virastoille", 1)
    q(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
         "levitettäväksi myös muille työyhteisöille?")
    q(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?")
    kappale(d, "")

    otsikko(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta", 1)
    kappale(d, "Luontotietokeskuksen Yhdessä hybridisti -hankkeessa (1.3.2024–28.2.2025) kaikki 14 tiimiä "
               "sopivat omat hybridityön pelisääntönsä ulkopuolisen valmentajan vetämissä työpajoissa, ja "
               "esihenkilöt osallistuivat hybridijohtamisen valmennukseen. Tiimin yhteistyön sujuvaksi kokevien "
               "osuus nousi 41 prosentista 68 prosenttiin. Tärkeimmiksi osoittautuivat viestintäkanavia "
               "koskevat sopimukset. Pelisäännöt päivitetään jatkossa vuosittain.")

    otsikko(d, "7. Laatimispäivämäärä ja yhteystiedot", 1)
    kappale(d, "Laadittu 15.8.2025")
    q(d, "Yhteyshenkilöt, joilta saa lisätietoa")
    kappale(d, "Henkilöstöasiantuntija Outi Kärkkäinen, outi.karkkainen@luontotietokeskus.fi, 029 530 4412")
    q(d, "Muuta materiaalia")
    kappale(d, "Pelisääntöpohja ja työpajan ohjelma (liitteet 1–2).")
    d.save(polku)
