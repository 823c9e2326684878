"""r1-kaiku-virasto-loppuraportti.docx – Kaiku-mallin mukainen loppuraportti, yhdistetty otsikkosolu.

Tarkoitukselliset puutteet: raportti päivätty 2.9.2025 (hanke päättyi 31.3.2025, yli 3 kk),
kaksi mallipohjan kysymystä jäänyt vastaamatta (tyhjä lomakekenttä), paikkamerkki "xx.xx.2025".
"""
import datetime as dt

from apu import lisaa_run, uusi_dokumentti

TYHJA = "\u00a0\u00a0\u00a0\u00a0\u00a0"  # tyhjä lomakekenttä (viisi sitovaa välilyöntiä)


def kohta(doc, kysymys, *vastaukset):
    doc.add_paragraph("· " + kysymys)
    if not vastaukset:
        doc.add_paragraph(TYHJA)
    for v in vastaukset:
        doc.add_paragraph(v)


def rakenna(polku):
    doc = uusi_dokumentti("Tero Pesonen", "Kaiku-loppuraportti – Hybridisti yhdessä", dt.datetime(2025, 8, 18, 10, 20))
    p = doc.add_paragraph()
    lisaa_run(p, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", bold=True)
    doc.add_paragraph("Hybridisti yhdessä – työn pelisäännöt monipaikkaiseen työhön")

    doc.add_heading("1. Taustatiedot", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    yla = t.cell(0, 0).merge(t.cell(0, 1))
    yla.text = "Hankkeen perustiedot"
    yla.paragraphs[0].runs[0].bold = True
    for i, (k, v) in enumerate([
        ("Toteuttajavirasto", "Rekisteri- ja lupavirasto RELVI, Kuopion ja Joensuun toimipaikat"),
        ("Hankkeen nimi", "Hybridisti yhdessä – työn pelisäännöt monipaikkaiseen työhön"),
        ("Määrärahapäätöksen diaarinumero", "VK/2231/00.01.07.02/2023"),
        ("Kaiku-rahoitus", "42 000 euroa"),
    ], start=1):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v

    doc.add_heading("2. Hankkeen teema ja tavoitteet", level=1)
    kohta(doc, "Mihin kehittämisteemaan hanke kytkeytyi, ja mitä sillä tavoiteltiin?",
          "Hanke liittyi teemaan uudistuva työ ja työyhteisöt. RELVIn Kuopion ja Joensuun toimipaikoissa "
          "työskentelee yhteensä noin 140 henkilöä, joista valtaosa tekee osan työstään etänä. Henkilöstökyselyssä "
          "2023 yhteisöllisyys ja tiedonkulku saivat koko viraston heikoimmat arviot, ja esihenkilöt kertoivat, "
          "etteivät he tiedä, milloin tiimi on paikalla yhtä aikaa.",
          "Tavoitteena oli, että jokainen tiimi laatii itselleen hybridityön pelisäännöt, että esihenkilöt saavat "
          "välineitä monipaikkaisen tiimin johtamiseen ja että toimipaikkojen välinen yhteistyö paranee. Lisäksi "
          "haluttiin kokeilla, miten toimitiloja voisi käyttää yhteistyötä tukevalla tavalla.")

    doc.add_heading("3. Hankkeen toteutus", level=1)
    kohta(doc, "Hankkeen kesto", "1.4.2024–31.3.2025")
    kohta(doc, "Mitä käytännössä tehtiin, ja vastasiko toteutus alkuperäistä suunnitelmaa?",
          "Hanke eteni kolmessa vaiheessa. Keväällä 2024 kaikki 14 tiimiä kävivät läpi oman nykytilansa lyhyellä "
          "kyselyllä ja tiimikeskustelulla. Syksyllä 2024 jokainen tiimi piti kaksi fasilitoitua työpajaa, joissa "
          "sovittiin yhteisistä läsnäolopäivistä, tavoitettavuudesta, kokouskäytännöistä ja uusien työntekijöiden "
          "perehdyttämisestä. Talvella 2024–2025 pelisääntöjä kokeiltiin ja korjattiin kokemusten perusteella. "
          "Esihenkilöille järjestettiin neljän kerran valmennus monipaikkaisen tiimin johtamisesta.",
          "Toteutus vastasi pääosin suunnitelmaa. Toimitilakokeilu oli tarkoitus tehdä molemmissa toimipaikoissa, "
          "mutta Joensuun vuokrasopimusneuvottelujen vuoksi se tehtiin vain Kuopiossa.")
    kohta(doc, "Johdon ja henkilöstön sitoutuminen toteutukseen",
          "Virastopäällikkö ja molempien toimipaikkojen johtajat olivat ohjausryhmässä, ja virastopäällikkö avasi "
          "jokaisen tiimin ensimmäisen työpajan. Työpajojen osallistumisaste oli keskimäärin 82 prosenttia. "
          "Luottamusmiehet ja työsuojeluvaltuutettu osallistuivat pelisääntöpohjan laatimiseen.")
    kohta(doc, "Käytetyt menetelmät ja kokemukset niistä",
          "Tiimikohtainen nykytilakysely oli nopea ja antoi keskustelulle hyvän pohjan. Fasilitoiduissa "
          "työpajoissa käytettiin muun muassa tulevaisuuden muistelua ja learning cafe -työskentelyä; ne toimivat "
          "hyvin, kun ryhmä oli alle 12 hengen kokoinen. Yhden sivun pelisääntökortti osoittautui paremmaksi kuin "
          "pitkä ohjeasiakirja. Toimipaikkojen välinen ”kahvit ristiin” -tapaaminen kerran kuussa madalsi "
          "kynnystä ottaa yhteyttä toisen toimipaikan kollegaan.")
    kohta(doc, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
          "Työpajat fasilitoi Työyhteisökehitys Aalto & Virta Oy, jonka ulkopuolinen rooli helpotti avointa "
          "keskustelua. Viraston HR-asiantuntijat osallistuivat jokaiseen työpajaan ja oppivat menetelmät, joten "
          "pelisääntöjen päivitykset voidaan jatkossa tehdä omin voimin.")
    # kysymys, jonka vastaus on seuraavassa kappaleessa (ei tyhjää lomakekenttää välissä)
    doc.add_paragraph("· Millaisia ongelmia hankkeen aikana ilmeni, ja miten ne ratkaistiin?")
    doc.add_paragraph(
        "Suurin ongelma oli aikataulu: syksyn työpajat osuivat samaan aikaan lupahakemusten ruuhkahuipun kanssa. "
        "Lyhensimme työpajat kahteen tuntiin ja pidimme osan niistä Teamsissa. Toinen ongelma oli se, että osa "
        "asiantuntijoista koki pelisäännöt etätyön rajoittamisena. Korostimme, että tiimi päättää pelisäännöistä "
        "itse ja että tavoitteena on yhteisen ajan parempi käyttö, ei läsnäolon valvonta.")
    kohta(doc, "Miten hankkeen kustannusarvio toteutui?")

    doc.add_heading("4. Tulokset ja vaikuttavuus", level=1)
    kohta(doc, "Miten hankkeen tavoitteet toteutuivat?",
          "Neljällätoista tiimistä kolmellatoista on nyt kirjalliset pelisäännöt; yksi tiimi jakautui "
          "organisaatiomuutoksessa ja aloittaa työn uudelleen. Helmikuun 2025 henkilöstökyselyssä tiedonkulkua "
          "koskevan väittämän keskiarvo nousi 2,9:stä 3,5:een asteikolla 1–5. Esihenkilövalmennukseen osallistui "
          "16 esihenkilöä 18:sta. Toimipaikkojen välisiä yhteisiä tapaamisia pidettiin kuusi, ja niissä syntyi "
          "kaksi yhteistä asiantuntijaverkostoa.")
    kohta(doc, "Millaisia yllättäviä tuloksia syntyi, joita hanketta aloitettaessa ei osattu odottaa?")
    kohta(doc, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?",
          "Hanketta arvioitiin alku- ja loppukyselyllä, työpajojen palautteella ja esihenkilöiden "
          "ryhmähaastattelulla. Ohjausryhmä kokoontui hankkeen aikana kuusi kertaa. Ohjausryhmän loppukokous "
          "pidettiin xx.xx.2025, ja siinä käytiin läpi hankkeen tulokset ja tämän raportin pääkohdat.")
    kohta(doc, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?",
          "Pelisääntökortti on osa uuden työntekijän perehdytystä, ja tiimit päivittävät pelisääntönsä kerran "
          "vuodessa kehityskeskustelukierroksen yhteydessä. ”Kahvit ristiin” -tapaamiset jatkuvat, ja Kuopion "
          "toimitilakokeilussa syntynyt tiimipöytien varausmalli otettiin pysyvään käyttöön.")
    kohta(doc, "Miten hankkeen vaikutukset näkyvät työyhteisössä ja asiakkaille?",
          "Työyhteisössä vaikutukset näkyvät selkeämpinä käytäntöinä: tiedetään, milloin ollaan yhdessä paikalla "
          "ja miten kollegan tavoittaa. Asiakkaille muutos näkyy puhelinpalvelun parempana tavoitettavuutena, "
          "koska tiimit sopivat päivystysvuoroista pelisääntöjensä osana.")

    doc.add_heading("5. Kehitysajatukset", level=1)
    kohta(doc, "Miten aiotte jatkaa tästä eteenpäin? Miten uudistumiskykyä pidetään yllä?",
          "Pelisäännöt päivitetään syksyllä 2025 koko virastossa, ja HR-yksikkö kokoaa tiimien kokemukset "
          "vuosittain johtoryhmälle. Vuonna 2026 toimitilakokeilu on tarkoitus toteuttaa myös Joensuussa. "
          "Uudistumiskykyä ylläpidetään sillä, että pelisäännöistä keskustellaan säännöllisesti eikä niitä pidetä "
          "kerralla valmiina.")

    doc.add_heading("6. Suositukset muille virastoille", level=1)
    kohta(doc, "Mitä hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi muihinkin "
               "työyhteisöihin?",
          "Yhden sivun pelisääntökortti ja toimipaikkojen välinen ”kahvit ristiin” -käytäntö ovat yksinkertaisia "
          "ja helposti siirrettäviä ideoita, jotka eivät vaadi erillistä rahoitusta.")
    kohta(doc, "Mitä muiden organisaatioiden kannattaa ottaa huomioon kehittämishankkeita suunnitellessaan?",
          "Ajoittakaa työpajat niin, etteivät ne osu työn ruuhkahuippuihin, ja antakaa tiimeille todellinen "
          "päätösvalta omista käytännöistään. Ottakaa oma HR mukaan alusta asti, jotta osaaminen jää taloon.")

    doc.add_heading("7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta (kohdat 4–6, enintään 1000 sanaa)",
                    level=1)
    doc.add_paragraph(
        "Hybridisti yhdessä -hankkeessa Rekisteri- ja lupaviraston Kuopion ja Joensuun toimipaikkojen 14 tiimiä "
        "laativat itselleen hybridityön pelisäännöt. Pelisäännöt koskevat yhteisiä läsnäolopäiviä, "
        "tavoitettavuutta, kokouskäytäntöjä ja perehdyttämistä, ja ne on koottu yhden sivun korttiin. "
        "Kolmellatoista tiimillä on nyt kirjalliset pelisäännöt. Esihenkilöt osallistuivat neljän kerran "
        "valmennukseen monipaikkaisen tiimin johtamisesta. Henkilöstökyselyn mukaan tiedonkulku parani "
        "selvästi, ja toimipaikkojen väliset ”kahvit ristiin” -tapaamiset synnyttivät kaksi uutta "
        "asiantuntijaverkostoa. Pysyviksi käytännöiksi jäivät pelisääntökortti osana perehdytystä, pelisääntöjen "
        "vuosittainen päivitys ja Kuopion tiimipöytien varausmalli. Muille virastoille suosittelemme "
        "yksinkertaisia, tiimien itse päättämiä pelisääntöjä ja oman HR:n mukanaoloa alusta asti.")

    doc.add_heading("8. Loppuraportin laatimispäivämäärä, yhteystiedot ja lisätiedot", level=1)
    doc.add_paragraph("Laatimispäivämäärä: 2.9.2025")
    kohta(doc, "Yhteyshenkilöt, joilta saa lisätietoa",
          "henkilöstöpäällikkö Kaisa Huttunen, kaisa.huttunen@relvi.fi, puh. 029 553 4410; "
          "kehittämisasiantuntija Tero Pesonen, tero.pesonen@relvi.fi")
    kohta(doc, "Muu materiaali",
          "Pelisääntökortti (liite 1) ja loppuseminaarin 20.3.2025 esitysmateriaali (liite 2)")
    doc.save(polku)
