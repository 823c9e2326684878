"""r1-esr-tyollisyys-arviointisuunnitelma.docx – arviointisuunnitelma, tekstiruutu + yhdistetty solu + sisäkkäinen taulukko.

Ratkaiseva sisältö: hankkeen toteutusaika on vain tekstiruudussa (w:txbxContent); tavoitteen 3 mittarit ovat
vain solun sisäisessä taulukossa; tavoitteen 2 solu on yhdistetty pystysuunnassa kahden toimintarivin yli.
Ei tarkoituksellisia puutteita.
"""
import datetime as dt

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from apu import lihava_rivi, taulukko, tekstiruutu, tyhjenna_solu, lisaa_run, uusi_dokumentti


def aseta_leveydet(t, leveydet):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), leveydet):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, leveydet):
            c.width = w


def rakenna(polku):
    doc = uusi_dokumentti("Mikko Salonen", "POLKU – arviointisuunnitelma", dt.datetime(2025, 12, 18, 13, 0))
    doc.add_heading("POLKU – osatyökykyisten työllistymisen tuki", level=0)
    p = doc.add_paragraph()
    lisaa_run(p, "Hankkeen arviointisuunnitelma", bold=True)
    doc.add_paragraph("Versio 2 · 9.1.2026 · hyväksytään ohjausryhmän 1. kokouksessa")
    tekstiruutu(doc, [
        ("Hankkeen perustiedot", True),
        ("Hallinnoija: Kuusiston kaupunki, työllisyyspalvelut", False),
        ("Osatoteuttaja: Rannikko-Uudenmaan hyvinvointialue, työkykypalvelut", False),
        ("Rahoitus: Euroopan sosiaalirahasto plus (ESR+) ja valtion rahoitus; rahoittava viranomainen Hämeen ELY-keskus", False),
        ("Hankekoodi: S30712", False),
        ("Toteutusaika: 1.2.2026–31.1.2029", False),
        ("Yhteyshenkilö: projektipäällikkö Mikko Salonen, mikko.salonen@kuusisto.fi", False),
    ])

    doc.add_heading("1 Hankkeen tausta, tavoitteet ja kohderyhmä", level=1)
    for teksti in [
        "Kuusiston kaupungin työllisyyspalveluiden asiakkaista noin 1 100 on työttömiä työnhakijoita, joiden työ- "
        "tai toimintakyky on heikentynyt sairauden, vamman tai pitkän työttömyyden vuoksi. Vuoden 2024 "
        "asiakaskartoituksessa heistä 42 prosenttia oli ollut työttömänä yli kaksi vuotta. Työkykyä tukevat "
        "palvelut ovat hajallaan: työllisyyspalvelut, hyvinvointialueen työkykykoordinaattorit, Kela ja "
        "työeläkelaitokset tekevät kukin oman arvionsa, ja asiakas joutuu kertomaan tilanteensa moneen kertaan. "
        "Työnantajien puolella tukimuodot tunnetaan huonosti, ja moni pieni yritys jättää osatyökykyisen "
        "palkkaamatta, koska ei tiedä, mistä apua saa.",
        "POLKU-hankkeessa rakennetaan osatyökykyisille asiakkaille yhtenäinen, työkykyä tukeva palvelupolku. "
        "Haluamme, että osatyökykyiset asiakkaat etenevät kohti työtä tai koulutusta, että alueen työnantajat "
        "rohkaistuvat palkkaamaan osatyökykyisiä ja että työllisyyspalvelujen ja hyvinvointialueen yhteistyö "
        "sujuvoituu niin, ettei asiakkaan tarvitse odottaa työkykynsä selvittämistä kuukausia. Tavoitteet, niihin "
        "liittyvä toiminta ja arviointi on koottu arviointitaulukkoon luvussa 4.",
        "Hankkeen kohderyhmänä ovat Kuusiston työllisyyspalvelujen osatyökykyiset asiakkaat (tavoitteena 180 "
        "asiakasta hankkeen aikana), alueen pienet ja keskisuuret työnantajat sekä työllisyyspalvelujen ja "
        "hyvinvointialueen ammattilaiset. Hankkeessa työskentelevät projektipäällikkö, kaksi työkykyvalmentajaa ja "
        "yritysyhteistyön asiantuntija.",
    ]:
        doc.add_paragraph(teksti)

    doc.add_heading("2 Arvioinnin tarkoitus ja arviointikysymykset", level=1)
    doc.add_paragraph(
        "Arvioinnilla on kaksi tehtävää. Hankkeen aikana se ohjaa työtä: seurantatieto ja asiakkaiden palaute "
        "kertovat, mikä toimii ja mitä pitää muuttaa. Hankkeen lopussa arviointi tuottaa tietoa siitä, kannattaako "
        "palvelupolku ottaa pysyvään käyttöön ja millä ehdoilla. Arvioinnin periaatteita ovat avoimuus, "
        "moniäänisyys ja käyttökelpoisuus: arviointitietoa kerätään vain siltä osin kuin sitä käytetään.")
    doc.add_paragraph("Arvioinnilla haetaan vastauksia seuraaviin kysymyksiin:")
    for k in [
        "Etenevätkö asiakkaat polulla kohti työtä tai koulutusta, ja mikä etenemistä edistää tai estää?",
        "Millaiset tukimuodot madaltavat työnantajien kynnystä palkata osatyökykyinen?",
        "Nopeutuuko asiakkaan pääsy tarvitsemiinsa palveluihin, kun työllisyyspalvelut ja hyvinvointialue toimivat "
        "yhteisen mallin mukaan?",
    ]:
        doc.add_paragraph(k, style="List Bullet")
    doc.add_paragraph(
        "Kysymyksiin vastataan luvussa 3 kuvatuilla menetelmillä, ja vastaukset kootaan väli- ja loppuarviointiin.")

    doc.add_heading("3 Arvioinnin menetelmät", level=1)
    doc.add_heading("3.1 Itsearviointi", level=2)
    doc.add_paragraph(
        "Hanketiimi arvioi omaa työtään jatkuvasti. Tiimi pitää kuukausittain reflektiopalaverin, jossa käydään "
        "läpi seurantataulukon luvut (asiakasmäärät, polun vaiheet, työnantajakontaktit) ja kuukauden onnistumiset "
        "ja karikot. Puolen vuoden välein pidetään itsearviointityöpaja, jossa hankkeen muutosteoriaa verrataan "
        "toteutuneeseen ja päätetään tarvittavista muutoksista. Lisäksi hyödynnetään EURA 2021 -järjestelmään "
        "kirjattavia osallistujatietoja.")
    doc.add_heading("3.2 Asiakkaiden ja työnantajien ääni", level=2)
    doc.add_paragraph(
        "Jokainen asiakas täyttää polun alussa ja lopussa kyselyn, jossa hän arvioi omaa työkykyään, "
        "arjen sujumista ja tulevaisuuden näkymiään sekä saamaansa palvelua. Kahdesti vuodessa kokoontuva "
        "asiakasraati (6–8 asiakasta) kommentoi palvelupolun käytäntöjä ja materiaaleja, ja raadin "
        "ehdotukset käsitellään tiimissä ja ohjausryhmässä. Noin 15 asiakasta haastatellaan polun päättyessä "
        "tarkemmin siitä, mikä heitä auttoi. Työnantajilta kerätään lyhyt palaute jokaisen työkokeilun ja "
        "aamukahvi-infon jälkeen.")
    doc.add_heading("3.3 Ulkoinen arviointi", level=2)
    doc.add_paragraph(
        "Hankkeen ulkoisen arvioinnin toteuttaa kilpailutuksen perusteella valittava arvioija. Tarjouspyyntö "
        "julkaistaan keväällä 2026, ja arviointiin on varattu 24 000 euroa. Ulkoinen arvioija tekee "
        "väliarvioinnin syksyllä 2027 ja loppuarvioinnin syksyllä 2028. Aineistona ovat hankkeen seurantatiedot ja "
        "kyselyt sekä arvioijan itse tekemät haastattelut asiakkaille, työnantajille ja yhteistyökumppaneille.")

    doc.add_heading("4 Arviointitaulukko", level=1)
    doc.add_paragraph("Taulukkoon on koottu hankkeen tavoitteet, niihin liittyvä toiminta ja arviointimenetelmät.")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    otsikot = ["Tavoite", "Toiminta", "Arviointimenetelmä ja mittarit", "Ajankohta"]
    for j, o in enumerate(otsikot):
        t.cell(0, j).text = o
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    rivi1 = [
        "1. Osatyökykyiset asiakkaat saavat yksilöllisen, työkykyä tukevan polun ja etenevät kohti työtä tai "
        "koulutusta.",
        "Työkykyvalmennus (yksilötapaamiset 1–2 kertaa kuukaudessa), työkyvyn selvittely yhdessä hyvinvointialueen "
        "kanssa, työkokeilut ja palkkatukityö.",
        "Asiakkaiden alku- ja loppukysely; polun tulokset EURA-seurannassa. Tavoitteena, että 35 % asiakkaista "
        "siirtyy työhön, koulutukseen tai työkokeiluun 12 kuukauden kuluessa polun alusta.",
        "Polun alussa ja lopussa; seuranta kuukausittain",
    ]
    for j, v in enumerate(rivi1):
        t.cell(1, j).text = v
    t.cell(2, 0).text = ("2. Alueen työnantajat rekrytoivat osatyökykyisiä ja tuntevat heidän palkkaamistaan "
                         "tukevat palvelut.")
    t.cell(2, 1).text = "Työnantajakäynnit ja työkokeilu- ja työpaikkojen etsiminen yhdessä asiakkaiden kanssa."
    t.cell(2, 2).text = ("Työnantajakontaktien sekä solmittujen työkokeilujen ja työsuhteiden määrä (tavoite 60 "
                         "työnantajaa ja 40 työkokeilua tai työsuhdetta).")
    t.cell(2, 3).text = "Jatkuva kirjaus; raportti ohjausryhmälle neljännesvuosittain"
    t.cell(3, 1).text = ("Aamukahvi-infot työnantajille palkkatuesta, työolosuhteiden järjestelytuesta ja "
                         "työhönvalmennuksesta (neljä kertaa vuodessa).")
    t.cell(3, 2).text = ("Osallistujapalaute jokaisen tilaisuuden jälkeen; työnantajakysely tukimuotojen "
                         "tuntemuksesta.")
    t.cell(3, 3).text = "Tilaisuuksien jälkeen; kysely keväällä 2026 ja syksyllä 2028"
    t.cell(2, 0).merge(t.cell(3, 0))  # tavoite 2 yhdistetty kahden toimintarivin yli
    t.cell(4, 0).text = ("3. Työllisyyspalvelujen ja hyvinvointialueen yhteistyö osatyökykyisten asiakkaiden "
                         "palveluissa sujuvoituu.")
    t.cell(4, 1).text = ("Monialainen asiakastiimi kokoontuu kaksi kertaa kuukaudessa; yhteinen ohjausprosessi ja "
                         "lomakkeet; ammattilaisten yhteiset koulutukset.")
    solu = t.cell(4, 2)
    par = tyhjenna_solu(solu)
    lisaa_run(par, "Mittarit:")
    sis = solu.add_table(rows=3, cols=3)
    sis.style = "Table Grid"
    for i, r in enumerate([
        ["Mittari", "Lähtötaso", "Tavoite"],
        ["Aika työkykyarvion tarpeen tunnistamisesta arvioon pääsyyn (vrk, mediaani)", "45", "20"],
        ["Ammattilaiskysely: yhteistyön sujuvuus (asteikko 1–5)", "2,6 (kysely 2025)", "3,8"],
    ]):
        for j, v in enumerate(r):
            sis.cell(i, j).text = v
    t.cell(4, 3).text = "Lähtötaso hankkeen alussa; uusintamittaus syksyllä 2027 ja loppuvuodesta 2028"
    aseta_leveydet(t, [Cm(3.4), Cm(3.6), Cm(6.6), Cm(2.8)])
    aseta_leveydet(sis, [Cm(3.4), Cm(1.7), Cm(1.2)])

    doc.add_heading("5 Tiedonkeruun aikataulu", level=1)
    taulukko(doc, [
        ["Ajankohta", "Tiedonkeruu"],
        ["Q2/2026", "Lähtötason mittaukset: ammattilaiskysely, palveluun pääsyn ajat, työnantajakysely"],
        ["Kuukausittain 2026–2028", "Seurantataulukko ja EURA-seurantatiedot"],
        ["Kahdesti vuodessa", "Asiakasraati, itsearviointityöpaja"],
        ["Syksy 2027", "Väliarviointi (ulkoinen arvioija), ammattilaiskyselyn uusinta"],
        ["Syksy 2028", "Loppuarviointi, työnantajakyselyn uusinta"],
        ["Joulukuu 2028", "Ammattilaiskyselyn loppumittaus, loppuraportin aineistot"],
    ])

    doc.add_heading("6 Arviointitiedon käyttö ja raportointi", level=1)
    for teksti in [
        "Ohjausryhmä käsittelee seurantatiedot ja arvioinnin havainnot neljännesvuosittain, ja hanketiimi tekee "
        "niiden perusteella tarvittavat muutokset toimintaan. Väliarvioinnin suositukset käydään läpi "
        "ohjausryhmässä, ja niihin laaditaan kirjallinen vastine. Arviointitiedot raportoidaan ELY-keskukselle "
        "maksatushakemusten ja väliraportin yhteydessä sekä hankkeen loppuraportissa. Tiivistelmä tuloksista "
        "julkaistaan kaupungin verkkosivuilla ja esitellään Kuntien työllisyyspalvelujen verkostopäivillä.",
        "Arviointi palvelee myös mallin juurruttamista. Työllisyyspalvelujen ja hyvinvointialueen työkykypalvelujen "
        "esihenkilöt olivat mukana jo hakuvaiheessa määrittelemässä, mitä tietoa he tarvitsevat päättääkseen "
        "palvelupolun jatkosta, ja arviointi on rakennettu näiden tietotarpeiden varaan. Hankkeen ensimmäisen "
        "puolen vuoden aikana yhteinen ohjausprosessi kirjataan työllisyyspalvelujen toimintaohjeisiin "
        "koeversiona, ja sitä päivitetään arvioinnin havaintojen mukaan. Loppuarvioinnin tulokset käsitellään "
        "työllisyyspalvelujen johtoryhmässä ja hyvinvointialueen työkykypalvelujen johtoryhmässä joulukuussa 2028, "
        "ja niiden pohjalta päätetään palvelupolun pysyvästä käyttöönotosta.",
    ]:
        doc.add_paragraph(teksti)

    doc.add_heading("7 Arvioinnin vastuut ja resurssit", level=1)
    doc.add_paragraph(
        "Projektipäällikkö vastaa arviointisuunnitelman toteutumisesta ja sen päivittämisestä. Arviointiin "
        "käytetään noin 10 prosenttia projektipäällikön ja 5 prosenttia työkykyvalmentajien työajasta. Ulkoiseen "
        "arviointiin on budjetoitu 24 000 euroa. Ohjausryhmä hyväksyy arviointisuunnitelman ja sen muutokset.")
    doc.save(polku)
