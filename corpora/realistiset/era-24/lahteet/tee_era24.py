# -*- coding: utf-8 -*-
"""Generoi era-24-erän testiasiakirjat. Aja: python tee_era24.py (tarvitsee python-docx, lxml)."""
import json, os, subprocess, shutil
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
_id = [100]

def nid():
    _id[0] += 1
    return str(_id[0])

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

def run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r

def tracked_par(doc, parts):
    """parts: list of (kind, text), kind in 'n' normal, 'i' inserted, 'd' deleted."""
    p = doc.add_paragraph()
    for kind, text in parts:
        if kind == "n":
            p._p.append(run_el(text))
        else:
            w = OxmlElement("w:ins" if kind == "i" else "w:del")
            w.set(qn("w:id"), nid()); w.set(qn("w:author"), "Hanna K"); w.set(qn("w:date"), "2025-02-27T10:12:00Z")
            w.append(run_el(text, deleted=(kind == "d")))
            p._p.append(w)
    return p

def sdt_par(doc, alias, text=None):
    """Sisältöohjausobjekti kappaletasolla. text=None -> täyttämätön paikkamerkki."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), nid()); pr.append(i)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
        text = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    for para in text.split("\n"):
        p = OxmlElement("w:p"); p.append(run_el(para)); c.append(p)
    sdt.append(c)
    body.insert(len(body) - 1, sdt)  # ennen sectPr

def bold_line(doc, text):
    p = doc.add_paragraph(); p.add_run(text).bold = True; return p

def paras(doc, text):
    for chunk in text.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("- "):
            for li in chunk.split("\n"):
                doc.add_paragraph(li[2:].strip(), style="List Bullet")
        else:
            doc.add_paragraph(" ".join(chunk.split("\n")))

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    return t

# ---------------------------------------------------------------- 1
def doc1():
    name = "01_hankesuunnitelma_stea_nuorten_kohtaamo"
    d = Document()
    d.add_paragraph("Versio 2 – 27.2.2025 (korjattu ohjausryhmän kommenttien jälkeen)")
    d.add_heading("Hankesuunnitelma: Kohtaamo – nuorten matalan kynnyksen tuki Kaarnalahdella", 0)
    d.add_paragraph("Hakija: Kaarnalahden Nuorisoseura ry. Haettava avustus: STEA, kohdennettu toiminta-avustus (Ak).")
    d.add_heading("1. Miksi hanketta tarvitaan?", 1)
    paras(d, """
Kaarnalahti on noin 38 000 asukkaan kaupunki, jossa 16–29-vuotiaita on runsaat 5 600. Kouluterveyskyselyn 2023 mukaan toisen asteen opiskelijoista 19 prosenttia kertoi kokevansa itsensä yksinäiseksi melko tai hyvin usein, kun vuonna 2019 vastaava osuus oli 14 prosenttia. Etsivän nuorisotyön tilastoissa tavoitettujen nuorten määrä kasvoi vuosina 2021–2024 noin kolmanneksella, mutta samaan aikaan yhä useampi nuori jäi pelkän ensikontaktin varaan: vuonna 2024 joka neljännen nuoren kohdalla yhteys katkesi ennen kuin jatkopolku saatiin sovittua.

Nuoret ovat itse kertoneet meille, mitä puuttuu. Keväällä 2024 järjestimme kolme kuulemistilaisuutta, joihin osallistui yhteensä 47 nuorta, ja lisäksi keräsimme verkkokyselyllä 212 vastausta. Yleisin toive oli paikka, johon voi tulla ilman ajanvarausta ja ilman, että tarvitsee heti kertoa, mikä on vialla. Toiseksi yleisin toive koski iltoja ja viikonloppuja, jolloin kaupungin palvelut ovat kiinni. Moni vastaaja kuvasi, että kynnys soittaa ohjaamoon tai opiskeluhuoltoon on korkea, mutta tutun aikuisen kanssa asioista on helpompi puhua.

Järjestöjen ja kaupungin yhteistyö on Kaarnalahdella ollut hyvää, mutta hajanaista. Nuorisoseuralla, seurakunnan nuorisotyöllä, Mielenterveysseura Lähteellä ja kaupungin nuorisopalveluilla on kaikilla omia ryhmiään, mutta niiden välillä ei ole yhteistä ohjauskäytäntöä. Nuori saattaa käydä kolmessa paikassa kertomassa saman tarinansa. Hankkeen valmistelussa pidettiin syksyn 2024 aikana neljä yhteistä työpajaa, joissa toimijat sopivat, että yhteinen kohtaamispaikka ja yhteinen ohjauksen tapa olisivat seuraava askel.

Nuorten omat kertomukset valmistelun kuulemisista kuvaavat tilannetta konkreettisesti. Yksi nuori kertoi, että hänellä oli puoli vuotta aikaa ammattiopiston keskeyttämisen ja seuraavan haun välillä, eikä kukaan kysynyt häneltä tuona aikana, miten hän voi. Toinen kuvasi, että hän olisi halunnut puhua jonkun kanssa rahahuolistaan, mutta ei tiennyt, kenelle asia kuuluu. Kolmas sanoi suoraan, että hän tulisi paikkaan, jossa on pingispöytä ja tuttu aikuinen, mutta ei koskaan soittaisi mihinkään numeroon. Nämä kertomukset toistuivat kaikissa kolmessa kuulemistilaisuudessa.

Kaupungin nuorisopalveluiden omat tilastot kertovat samaa. Vuonna 2024 nuorisotilojen kävijöistä yli 18-vuotiaita oli vain kuusi prosenttia, vaikka he ovat kolmannes nuorisolain tarkoittamista nuorista. Etsivän nuorisotyön työntekijät ovat kertoneet, että he joutuvat usein tapaamaan nuoria kahviloissa tai autossa, koska sopivaa ja rauhallista paikkaa ei ole. Ammattilaisten kyselyssä syksyllä 2024 (n = 63) 81 prosenttia vastaajista piti nuorten ohjaamista palvelusta toiseen kaupungissa vaikeana ja 69 prosenttia kertoi, ettei saa tietoa siitä, pääsikö ohjattu nuori perille.

Tarve liittyy myös laajempaan muutokseen. Hyvinvointialueen perustaminen vuonna 2023 siirsi nuorten mielenterveyspalvelut kauemmas kunnan arjesta, ja kaupungin hyvinvointisuunnitelmassa 2023–2026 nuorten osallisuus ja yksinäisyyden vähentäminen on nimetty yhdeksi kolmesta painopisteestä. Kohtaamo tukee tätä painopistettä ja tuo järjestöjen osaamisen osaksi kaupungin omaa työtä.
""")
    d.add_heading("2. Tavoitteet", 1)
    paras(d, """
Hankkeen päämääränä on, että kaarnalahtelaisella nuorella on paikka ja aikuinen, jonka puoleen kääntyä ennen kuin pulmat kasvavat isoiksi. Tavoitteenamme on kolmen vuoden aikana rakentaa pysyvä matalan kynnyksen kohtaamispaikka, luoda järjestöjen ja kaupungin yhteinen ohjauksen tapa ja vahvistaa nuorten omaa osallisuutta toiminnan suunnittelussa.

Haluamme, että hankkeen päättyessä nuoret tietävät, mistä apua saa, ja että ohjaus toimijalta toiselle ei enää katkea. Hankkeen myötä nuorten kokemus siitä, että heitä kuunnellaan, paranee. Tavoitteet, niihin liittyvät toimenpiteet ja niiden seuranta on koottu alla olevaan taulukkoon.
""")
    t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
    hdr = ["Tavoite", "Toimenpiteet", "Miten seuraamme"]
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
    rows = [
        ("1. Nuorilla on matalan kynnyksen kohtaamispaikka, joka on auki myös iltaisin ja lauantaisin.",
         "Työpaketti 1: Kohtaamon tilat ja aukiolo; nuorisotyöntekijöiden ja vertaisohjaajien vuorot."),
        ("2. Järjestöjen ja kaupungin yhteinen ohjauskäytäntö on käytössä, eikä nuoren polku katkea siirryttäessä palvelusta toiseen.",
         "Työpaketti 2: Saattaen vaihtaminen – yhteinen ohjauskortti, yhteiset tapauskokoukset ja koulutukset."),
        ("3. Nuoret osallistuvat toiminnan suunnitteluun ja kokevat tulevansa kuulluiksi.",
         "Työpaketti 3: Nuorten raati ja vertaisohjaajakoulutus."),
    ]
    inds = [
        [("Kävijämäärä (kävijäkirjaus)", "vähintään 1 200 käyntiä/v"), ("Iltakäyntien osuus", "vähintään 40 %")],
        [("Toteutuneet saattaen vaihtamiset (ohjauskortit)", "80 % sovitusta jatkosta toteutuu"), ("Työntekijäkysely yhteistyöstä", "kerran vuodessa, Q4")],
        [("Nuorten palautekysely: \"minua kuunnellaan\"", "väh. 75 % samaa mieltä"), ("Raadin kokoukset ja niissä tehdyt päätökset", "6 kokousta/v")],
    ]
    for r, (g, a) in enumerate(rows, start=1):
        t.cell(r, 0).text = g; t.cell(r, 1).text = a
        cell = t.cell(r, 2)
        cell.text = ""
        nt = cell.add_table(rows=len(inds[r-1]) + 1, cols=2); nt.style = "Table Grid"
        nt.cell(0, 0).text = "Mittari"; nt.cell(0, 1).text = "Tavoitetaso"
        for k, (m, v) in enumerate(inds[r-1], start=1):
            nt.cell(k, 0).text = m; nt.cell(k, 1).text = v
    d.add_paragraph()
    d.add_heading("3. Kenelle hanke on?", 1)
    paras(d, """
Ensisijainen kohderyhmä ovat 16–29-vuotiaat kaarnalahtelaiset nuoret, erityisesti ne, jotka ovat opintojen nivelvaiheessa, keskeyttäneet opintonsa tai jääneet ilman työtä tai opiskelupaikkaa. Arvioimme, että hankkeen aikana toiminnan piiriin tulee noin 600 eri nuorta, joista noin 150 osallistuu säännöllisesti.

Välillisiä hyödynsaajia ovat nuorten vanhemmat ja läheiset, joille järjestetään kaksi kertaa vuodessa avoin ilta, sekä nuorten kanssa työskentelevät ammattilaiset kaupungilla, hyvinvointialueella, oppilaitoksissa ja järjestöissä. Ammattilaisia arvioimme tavoittavamme noin 80.

Kohderyhmä on osallistunut hankkeen suunnitteluun: edellä mainittujen kuulemisten lisäksi kaksi nuorta oli mukana kirjoittamassa tätä suunnitelmaa ja kommentoi sen luonnosta tammikuussa 2025.
""")
    d.add_heading("4. Toiminnan kuvaus työpaketeittain", 1)
    bold_line(d, "Työpaketti 1 – Tilat, aukiolo ja arjen kohtaaminen")
    paras(d, """
Kohtaamo avataan kaupungin keskustaan, entisen kirjastoauton tallin yhteyteen, jonka kaupunki vuokraa nuorisoseuralle. Tila on auki tiistaista perjantaihin kello 14–21 ja lauantaisin 12–18. Paikalla on aina vähintään kaksi aikuista: hankkeen nuorisotyöntekijä ja joko järjestökumppanin työntekijä tai koulutettu vertaisohjaaja. Kävijöiltä ei kysytä nimeä eikä syytä tulla. Tarjolla on välipalaa, pelejä, musiikkihuone ja rauhallinen huone kahdenkeskisiin keskusteluihin.

Toiminnan alussa kesällä 2026 pidetään kaksi avointa remonttiviikonloppua, joissa nuoret saavat suunnitella ja sisustaa tilan. Tällä tavoin haluamme, että tila tuntuu alusta asti omalta. Kohtaamossa järjestetään viikoittain teemailtoja, joiden aiheet nuorten raati päättää: esimerkiksi ruoanlaittoa, rahankäyttöä, työnhakua ja mielen hyvinvointia.
""")
    bold_line(d, "Työpaketti 2 – Saattaen vaihtaminen")
    paras(d, """
Kun nuori tarvitsee muuta tukea, Kohtaamon työntekijä lähtee tarvittaessa mukaan ensimmäiselle käynnille. Tätä varten otetaan käyttöön yhteinen ohjauskortti, johon kirjataan nuoren luvalla, mihin hänet ohjattiin, kuka vastaanottaa ja milloin asiasta kysytään uudelleen. Ohjauskortti on kehitetty yhdessä ohjaamon, opiskeluhuollon ja hyvinvointialueen nuorisoaseman kanssa valmisteluvaiheessa, ja sen ensimmäistä versiota testataan syksyllä 2026.

Ammattilaisille järjestetään vuosittain kaksi yhteistä koulutuspäivää, joiden teemoina ovat puheeksi ottaminen, nuoren kanssa tehtävä suunnitelma ja tietosuoja ohjauksessa. Lisäksi kerran kuukaudessa pidetään yhteinen tapauskokous, johon jokainen kumppani lähettää edustajan.
""")
    bold_line(d, "Työpaketti 3 – Nuorten raati ja vertaisohjaajat")
    paras(d, """
Nuorten raati koostuu 8–12 nuoresta, jotka valitaan avoimella haulla kerran vuodessa. Raati kokoontuu noin kuuden viikon välein, päättää teemailtojen sisällöistä, osallistuu työntekijöiden rekrytointiin ja esittää kerran vuodessa ohjausryhmälle oman arvionsa toiminnasta. Raadin jäsenille maksetaan kokouspalkkio lahjakortteina.

Vertaisohjaajakoulutus järjestetään kerran vuodessa yhteistyössä Mielenterveysseura Lähteen kanssa. Koulutus kestää kuusi iltaa, ja sen suorittaneet nuoret voivat toimia Kohtaamossa vertaisohjaajina ohjatusti. Tavoitteena on kouluttaa hankkeen aikana yhteensä 30 vertaisohjaajaa.
""")
    d.add_heading("5. Aikataulu", 1)
    tracked_par(d, [("n", "Hankkeen toteutusaika: "), ("d", "1.1.2026–31.12.2028. Toiminta käynnistyy tammikuussa 2026 rekrytoinneilla."),
                    ("i", "1.3.2026–28.2.2029. Rekrytoinnit tehdään maalis–huhtikuussa 2026.")])
    table(d, [
        ["Vaihe", "2026", "2027", "2028", "2029"],
        ["Rekrytoinnit, tilan kunnostus, raadin valinta", "Q2", "", "", ""],
        ["Kohtaamon avaaminen ja aukiolo", "Q3–Q4", "koko vuosi", "koko vuosi", "Q1"],
        ["Ohjauskortin pilotti ja vakiinnuttaminen", "Q4", "Q1–Q4", "Q1–Q4", ""],
        ["Vertaisohjaajakoulutus", "Q4", "Q4", "Q4", ""],
        ["Väliarviointi / loppuarviointi", "", "Q3", "Q4", "Q1"],
    ])
    bold_line(d, "Toiminta vuosittain (tarkennus aikataulutaulukkoon)")
    paras(d, """
Ensimmäinen toimintavuosi 2026 on käynnistysvuosi. Maalis- ja huhtikuussa rekrytoidaan projektikoordinaattori ja nuorisotyöntekijät, ja toukokuussa valitaan ensimmäinen nuorten raati avoimella haulla oppilaitosten ja sosiaalisen median kautta. Kesäkuussa kunnostetaan tila remonttiviikonloppuina yhdessä nuorten kanssa. Kohtaamo avaa ovensa elokuun puolivälissä koulujen alkaessa, jolloin nuorisotyöntekijät kiertävät oppilaitosten avajaisissa kertomassa uudesta paikasta. Syksyllä 2026 testataan ohjauskortin ensimmäistä versiota, järjestetään ensimmäinen yhteinen koulutuspäivä ammattilaisille ja käynnistetään ensimmäinen vertaisohjaajakoulutus. Vuoden lopussa raati ja työntekijät käyvät yhdessä läpi ensimmäisten kuukausien kokemukset ja ehdottavat muutoksia aukioloon ja teemailtoihin.

Toinen toimintavuosi 2027 on vakiintumisen ja kehittämisen vuosi. Kohtaamo on auki koko vuoden lukuun ottamatta heinäkuun kolmea viikkoa, jolloin toimintaa siirretään kesätapahtumiin ja uimarannalle. Ohjauskortista tehdään toinen versio kevään kokemusten perusteella, ja sen käyttöä laajennetaan ammattiopiston opiskeluhuoltoon. Seurakunnan nuorisotyö kokeilee Kohtaamon iltamallia omissa tiloissaan Sarvelan kaupunginosassa. Ulkoinen arviointi käynnistyy keväällä, ja sen väliraportti valmistuu syyskuussa. Väliraportin pohjalta ohjausryhmä päättää mahdollisista painopisteen muutoksista vuodelle 2028. Vanhempien avoimet illat järjestetään maaliskuussa ja lokakuussa.

Kolmas toimintavuosi 2028 on levittämisen ja siirtämisen vuosi. Keväällä järjestetään maakunnallinen seminaari, jossa toimintamalli esitellään naapurikunnille ja maakunnan nuorisotyön verkostolle. Kesällä kaksi naapurikuntaa tutustuu Kohtaamon arkeen vierailuilla, ja niiden kanssa kirjoitetaan yhteinen kuvaus siitä, miten malli sovitetaan pienempään kuntaan. Syksyllä 2028 valmistellaan kaupungin kanssa jatkoratkaisu: vapaa-aikalautakunnalle tuodaan esitys Kohtaamon aukiolon ja ohjauskortin siirtämisestä nuorisopalveluille. Ohjauskortti kirjataan kaupungin ja hyvinvointialueen yhteistyösopimukseen.

Hankkeen viimeiset kuukaudet tammi- ja helmikuussa 2029 käytetään perehdyttämiseen, loppuarviointiin ja päätösseminaariin. Kaupungin nuorisopalveluiden työntekijät työskentelevät tällöin Kohtaamossa työparina hankkeen työntekijöiden kanssa, jotta nuoret tutustuvat heihin ennen siirtymää. Loppuraportti rahoittajalle kirjoitetaan helmikuun aikana, ja se lähetetään STEA:lle sääntöjen mukaisessa määräajassa hankkeen päätyttyä.
""")
    d.add_heading("6. Talous", 1)
    table(d, [
        ["Kustannuslaji", "2026", "2027", "2028", "2029", "Yhteensä"],
        ["Henkilöstökulut", "96 400", "118 200", "120 600", "20 100", "355 300"],
        ["Toimitilat", "18 000", "21 600", "21 600", "3 600", "64 800"],
        ["Toimintakulut", "14 500", "12 000", "12 000", "2 000", "40 500"],
        ["Koulutus ja arviointi", "4 000", "9 500", "8 000", "5 000", "26 500"],
        ["Yhteensä", "132 900", "161 300", "162 200", "30 700", "487 100"],
    ])
    d.add_heading("7. Organisointi ja yhteistyökumppanit", 1)
    paras(d, """
Hankkeen hallinnoija on Kaarnalahden Nuorisoseura ry, jonka hallitus vastaa avustuksen käytöstä. Hankkeeseen palkataan kokoaikainen projektikoordinaattori ja kaksi nuorisotyöntekijää. Kumppaneina ovat Kaarnalahden kaupungin nuorisopalvelut, Mielenterveysseura Lähde ry, Kaarnalahden seurakunnan nuorisotyö, Rannikon ammattiopiston opiskeluhuolto sekä hyvinvointialueen nuorisoasema. Kumppaneiden kanssa on allekirjoitettu aiesopimukset helmikuussa 2025.

Hankkeella on ohjausryhmä, jonka puheenjohtajana toimii kaupungin vapaa-aikajohtaja. Ohjausryhmään kuuluvat kumppaneiden edustajat ja kaksi nuorten raadin jäsentä. Ohjausryhmä kokoontuu neljä kertaa vuodessa, hyväksyy vuosisuunnitelmat ja seuraa mittareita. Hankkeen arjessa toimii lisäksi työrukkanen, jossa kumppaneiden työntekijät sopivat vuoroista ja yhteisistä tapahtumista.
""")
    bold_line(d, "Kumppaneiden roolit tarkemmin")
    paras(d, """
Kaarnalahden kaupungin nuorisopalvelut on hankkeen tärkein kumppani, koska se on toiminnan tuleva vastaanottaja. Nuorisopalvelut vuokraa tilan hankkeen käyttöön kohtuullisella vuokralla, osallistuu lauantaivuoroihin ja nimeää yhden nuoriso-ohjaajan Kohtaamon yhdyshenkilöksi. Nuorisopalvelupäällikkö on ohjausryhmän jäsen ja vastaa siitä, että Kohtaamon jatko valmistellaan kaupungin talousarvioprosessissa ajoissa.

Mielenterveysseura Lähde ry tuo hankkeeseen mielenterveystyön osaamisen. Lähde vastaa vertaisohjaajakoulutuksen sisällöstä yhdessä hankkeen nuorisotyöntekijän kanssa ja tarjoaa Kohtaamon työntekijöille konsultaatiota vaikeissa tilanteissa. Lähteen kriisipuhelimen numero on näkyvillä Kohtaamossa, ja Lähteen työntekijä on paikalla kahtena iltana kuukaudessa.

Kaarnalahden seurakunnan nuorisotyö osallistuu iltavuoroihin kerran viikossa ja kokeilee Kohtaamon mallia omissa tiloissaan toisena toimintavuonna. Seurakunnan mukanaolo ei tarkoita uskonnollista sisältöä Kohtaamossa; asiasta on sovittu kirjallisesti aiesopimuksessa.

Rannikon ammattiopiston opiskeluhuolto ja hyvinvointialueen nuorisoasema ovat ohjauskortin keskeiset vastaanottajat. Ne osallistuvat kuukausittaisiin tapauskokouksiin, kouluttavat Kohtaamon työntekijöitä omien palvelujensa sisällöistä ja kertovat opiskelijoilleen ja asiakkailleen Kohtaamosta. Ammattiopiston opiskelijakunta on lisäksi luvannut markkinoida raadin hakua.

Kaupungin ohjaamo pitää Kohtaamossa kerran kuukaudessa infoillan työ- ja opiskeluasioista. Ohjaamo ei ole virallinen kumppani, mutta sen kanssa on sovittu yhteistyön muodoista sähköpostitse tammikuussa 2025.
""")
    d.add_heading("8. Mitä hankkeesta jää? Tulokset ja vaikutukset", 1)
    paras(d, """
Hankkeen konkreettisia tuotoksia ovat toimiva Kohtaamo-tila ja sen toimintamalli, yhteinen ohjauskortti ohjeineen, vertaisohjaajakoulutuksen materiaali sekä nuorten raadin toimintaohje. Toimintamallin kuvaus julkaistaan Innokylässä.

Pidemmällä aikavälillä odotamme, että nuorten yksinäisyyden kokemus Kaarnalahdella vähenee ja että yhä harvempi nuori jää palvelujen väliin. Tämän kaltaisia vaikutuksia ei voi osoittaa yhden hankkeen tiedoilla, mutta vertaamme kevään 2027 kouluterveyskyselyn tuloksia aiempiin kyselyihin taustatietona ja peilaamme niitä omiin havaintoihimme. Välittömiä vaikutuksia ovat nuorten kokemus kuulluksi tulemisesta ja onnistuneet siirtymät palvelusta toiseen, joita seuraamme tavoitetaulukon mittareilla.

Määrällisesti odotamme, että hankkeen aikana Kohtaamossa tehdään yhteensä noin 3 000 käyntiä, saattaen vaihtamisia noin 250 ja että vertaisohjaajakoulutuksen käy 30 nuorta. Laadullisesti tärkein tulos on kuitenkin se, että kaupungin, hyvinvointialueen ja järjestöjen työntekijät tuntevat toisensa ja luottavat siihen, että toisen organisaation työntekijä ottaa nuoren vastaan. Tällainen luottamus on edellytys sille, että ohjauskortti jää käyttöön myös silloin, kun hankkeen työntekijät eivät enää ole muistuttamassa siitä. Kirjaamme hankkeen aikana myös epäonnistumiset ja keskeneräiseksi jääneet asiat, jotta seuraavat toimijat voivat oppia niistä.
""")
    d.add_heading("9. Juurruttaminen ja jatko", 1)
    paras(d, """
Olemme suunnitelleet juurruttamista jo hakuvaiheessa, ja se jäsentyy 4V-mallin mukaisesti. Keskeistä on, että toiminnalle on alusta asti nimetty vastaanottaja: Kaarnalahden kaupungin nuorisopalvelupäällikkö on sitoutunut kirjallisesti siihen, että Kohtaamon aukiolo ja ohjauskortti siirtyvät kaupungin nuorisopalveluiden perustoiminnaksi hankkeen jälkeen, ja asia viedään vapaa-aikalautakunnan talousarvioesitykseen vuodelle 2029.

Viestintä: Kerromme hankkeesta ja sen välituloksista kumppaneiden henkilöstölle jo ensimmäisessä yhteisessä koulutuksessa syksyllä 2026 ja sen jälkeen puolivuosittain. Nuorille viestitään ensisijaisesti Instagramissa ja TikTokissa, joita raati on itse toivonut.

Variointi: Ohjauskorttia ja iltatoiminnan mallia muokataan kunkin kumppanin tarpeisiin. Seurakunnan nuorisotyö kokeilee mallia omissa tiloissaan vuonna 2027, ja ammattiopisto soveltaa ohjauskorttia opiskeluhuollossa.

Valtavirtaistaminen: Esittelemme mallin maakunnan nuorisotyön verkostolle ja naapurikunnille seminaarissa keväällä 2028 ja tarjoamme kahdelle naapurikunnalle mahdollisuuden tulla seuraamaan Kohtaamon arkea.

Vakiinnuttaminen: Ohjauskortti kirjataan kaupungin ja hyvinvointialueen yhteistyösopimukseen vuoden 2028 aikana. Kohtaamon aukiolo siirtyy kaupungin nuorisopalveluille 1.3.2029 alkaen. Juurruttamiseen käytetään noin viidennes projektikoordinaattorin työajasta koko hankkeen ajan, ja viimeisenä puolena vuonna koordinaattori työskentelee osittain kaupungin nuorisopalveluiden tiloissa perehdyttäen tulevia työntekijöitä.

Jatkon seurannasta vastaa hankkeen jälkeen kaupungin nuorisopalvelupäällikkö, joka raportoi vapaa-aikalautakunnalle kerran vuodessa Kohtaamon käyntimääristä ja ohjauskorttien toteutumisesta.
""")
    d.add_heading("10. Arviointi", 1)
    paras(d, """
Arviointi on pääosin itsearviointia. Seuraamme tavoitetaulukossa lueteltuja mittareita jatkuvasti, ja ohjausryhmä käy ne läpi neljännesvuosittain. Kävijäkirjaus tehdään anonyymisti tabletilla sisäänkäynnin yhteydessä. Nuorten palautekysely toteutetaan joka syksy ja kevät, ja raati laatii kerran vuodessa oman arvionsa.

Lisäksi ostamme hankkeen toiselle ja kolmannelle vuodelle ulkoisen arvioinnin ammattikorkeakoulun sosiaalialan opiskelijaryhmältä opettajan ohjauksessa. Ulkoinen arviointi keskittyy saattaen vaihtamisen onnistumiseen, ja siinä haastatellaan sekä nuoria että ammattilaisia. Väliraportti valmistuu syyskuussa 2027 ja loppuarviointi tammikuussa 2029.

Arviointitietoa käytetään toiminnan ohjaamiseen: jos esimerkiksi iltakäyntien osuus jää alle tavoitteen, raati ja työntekijät pohtivat aukioloaikojen muuttamista. Arviointiraportit julkaistaan nuorisoseuran verkkosivuilla.
""")
    d.add_heading("11. Riskit ja niihin varautuminen", 1)
    table(d, [
        ["Riski", "Todennäköisyys", "Varautuminen"],
        ["Nuoret eivät löydä tilaa", "keskisuuri", "Raati suunnittelee markkinoinnin; jalkautuva työ kouluille ja ostoskeskukseen"],
        ["Työntekijöiden vaihtuvuus", "keskisuuri", "Työparimalli, perehdytyskansio, kumppanien varahenkilöt"],
        ["Kumppanin sitoutuminen heikkenee", "pieni", "Aiesopimukset, ohjausryhmän seuranta, säännölliset tapaamiset"],
        ["Kaupungin talouden kiristyminen uhkaa jatkoa", "keskisuuri", "Jatkoratkaisu valmistellaan vuoden 2028 talousarvioon mennessä; vaihtoehtona järjestön oma Ay-haku"],
    ])
    paras(d, """
Suurimpana riskinä pidämme sitä, että Kohtaamo ei ensimmäisinä kuukausina tavoita niitä nuoria, joille se on tarkoitettu, vaan siitä tulee jo valmiiksi hyvin pärjäävien nuorten kokoontumispaikka. Tähän varaudumme jalkautuvalla työllä: nuorisotyöntekijät kiertävät viikoittain paikoissa, joissa palvelujen ulkopuolella olevia nuoria liikkuu, ja etsivä nuorisotyö tuo Kohtaamoon nuoria, joiden kanssa se on jo luonut luottamuksen. Raati seuraa kävijäkunnan monipuolisuutta ja ehdottaa tarvittaessa uusia teemailtoja.

Toinen merkittävä riski liittyy turvallisuuteen. Avoimessa tilassa voi syntyä ristiriitoja nuorten välillä, ja päihteiden käyttö voi näkyä erityisesti lauantai-iltaisin. Tähän varaudutaan selkeillä, yhdessä laadituilla säännöillä, sillä että paikalla on aina vähintään kaksi aikuista, sekä yhteistyöllä poliisin ennalta estävän toiminnan ryhmän kanssa. Työntekijät käyvät ennen avaamista väkivallan ennaltaehkäisyn koulutuksen.

Kolmas riski on rahoituksellinen. Jos kaupunki ei pysty ottamaan toimintaa vastaan täysimääräisenä, neuvotellaan kevyemmästä mallista, jossa aukioloa supistetaan kolmeen iltaan viikossa mutta ohjauskortti ja raati säilyvät. Tämä vaihtoehto kirjataan jatkoratkaisun valmisteluun syksyllä 2028.
""")
    d.add_heading("12. Viestintä", 1)
    paras(d, """
Viestinnästä vastaa projektikoordinaattori yhdessä nuorten raadin kanssa. Sisäinen viestintä kumppaneiden kesken hoidetaan yhteisessä Teams-ryhmässä ja kuukausittaisissa tapauskokouksissa. Ulkoinen viestintä kohdistuu nuoriin, heidän vanhempiinsa ja ammattilaisiin. Nuoret tavoitetaan sosiaalisessa mediassa, oppilaitosten infonäytöillä ja jalkautumalla; vanhemmille tiedotetaan Wilman kautta ja paikallislehdessä; ammattilaisille verkostotapaamisissa ja uutiskirjeellä, joka ilmestyy neljästi vuodessa.

Hankkeen lopussa helmikuussa 2029 järjestetään päätösseminaari, jossa toimintamalli luovutetaan virallisesti kaupungin nuorisopalveluille. Hankkeen tuotokset jaetaan avoimesti Innokylässä ja nuorisoseuran verkkosivuilla, jotta muut kunnat voivat hyödyntää niitä.
""")
    d.add_heading("14. Toiminnan periaatteet", 1)
    paras(d, """
Kohtaamon toimintaa ohjaavat neljä periaatetta, jotka sovittiin kumppaneiden ja nuorten kanssa valmistelutyöpajoissa. Ensimmäinen on nimettömyys: nuoren ei tarvitse kertoa nimeään eikä syytä tulolleen, eikä kävijöistä kirjata henkilötietoja ilman nuoren omaa pyyntöä. Toinen on vapaaehtoisuus: kaikki toiminta on maksutonta ja siihen voi osallistua omalla tahdillaan. Kolmas on aikuisen pysyvyys: pyrimme siihen, että samat työntekijät ovat paikalla samoina päivinä, jotta nuori oppii tuntemaan heidät. Neljäs on nuorten päätösvalta: raati ei ole pelkkä kommentoija, vaan sillä on oma budjetti, josta se päättää.

Yhdenvertaisuuden edistäminen näkyy käytännön ratkaisuissa. Tila on esteetön ja sijaitsee bussiterminaalin vieressä, jotta myös lähikylistä tulevat nuoret pääsevät paikalle. Kohtaamon materiaalit tehdään suomeksi ja selkosuomeksi, ja tärkeimmät tiedotteet myös englanniksi, ukrainaksi ja arabiaksi, koska kaupungin maahan muuttaneiden nuorten määrä on kasvanut viime vuosina. Sukupuolen moninaisuus otetaan huomioon esimerkiksi wc-tiloissa ja siinä, miten nuoria puhutellaan. Kaikki työntekijät ja vertaisohjaajat käyvät turvallisemman tilan periaatteita käsittelevän koulutuksen ennen ensimmäistä vuoroaan, ja säännöt kirjoitetaan yhdessä nuorten kanssa seinälle.

Nuoren tietosuojasta huolehditaan erityisen tarkasti. Ohjauskorttiin kirjataan tietoja vain nuoren suostumuksella, ja kortti säilytetään lukitussa kaapissa tai kumppanin omassa asiakastietojärjestelmässä, ei Kohtaamossa. Jos nuoren turvallisuus on vaarassa, työntekijät toimivat lastensuojelulain ja sosiaalihuoltolain ilmoitusvelvollisuuden mukaisesti. Tästä kerrotaan nuorille avoimesti jo ensimmäisellä käynnillä.
""")
    d.add_heading("15. Henkilöstö ja vapaaehtoiset", 1)
    paras(d, """
Hankkeeseen palkataan kolme työntekijää. Projektikoordinaattori (100 %) vastaa hankkeen johtamisesta, raportoinnista rahoittajalle, kumppaniyhteistyöstä, arvioinnin koordinoinnista ja juurruttamisen valmistelusta. Hänen tehtäviinsä kuuluu myös nuorten raadin ohjaaminen yhdessä toisen nuorisotyöntekijän kanssa. Koordinaattorilta edellytetään sosionomin (AMK) tai yhteisöpedagogin tutkintoa ja kokemusta monitoimijaisesta yhteistyöstä.

Kaksi nuorisotyöntekijää (100 %) työskentelevät Kohtaamossa aukioloaikoina ja jalkautuvat oppilaitoksiin, kirjastoon ja ostoskeskukseen. Toinen heistä erikoistuu saattaen vaihtamiseen ja ohjauskortin käyttöön, toinen vertaisohjaajien koulutukseen ja tukemiseen. Työntekijöiden työaika sijoittuu pääosin iltapäiviin, iltoihin ja lauantaihin, ja työaikajärjestelyistä on sovittu yhdistyksen luottamusmiehen kanssa.

Kumppanijärjestöt osallistuvat Kohtaamon vuoroihin omalla työpanoksellaan: Mielenterveysseura Lähde kaksi iltaa kuukaudessa, seurakunnan nuorisotyö yhden illan viikossa ja kaupungin nuorisopalvelut lauantaivuoroissa kerran kuukaudessa. Näin Kohtaamo tulee alusta asti tutuksi myös niille työntekijöille, joiden organisaatiot jatkavat työtä hankkeen jälkeen.

Vertaisohjaajat ovat 18–29-vuotiaita nuoria, jotka ovat suorittaneet vertaisohjaajakoulutuksen. He toimivat aina työntekijän parina, eivät koskaan yksin. Vertaisohjaajille järjestetään kuukausittain työnohjauksellinen tapaaminen, ja he saavat todistuksen, jota voi käyttää opinnoissa tai työnhaussa. Vapaaehtoisten kulut korvataan, ja heille tarjotaan ateria vuoron aikana.

Työntekijöiden jaksamisesta huolehditaan ryhmätyönohjauksella, jota ostetaan kymmenen kertaa vuodessa. Lisäksi koko henkilöstö osallistuu vuosittain kahteen kumppaneiden yhteiseen koulutuspäivään, jotka mainittiin työpaketin 2 kuvauksessa.
""")
    d.add_heading("16. Hankkeen yhteys hakijan perustoimintaan ja muihin hankkeisiin", 1)
    paras(d, """
Kohtaamo ei ole nuorisoseuralle irrallinen kokeilu. Yhdistyksen nykyiset nuorisotilat palvelevat lähinnä 10–15-vuotiaita, ja vanhemmat nuoret ovat toistuvasti kertoneet, ettei heille ole omaa paikkaa. Kohtaamo täydentää tätä aukkoa. Yhdistyksen hallitus on sitoutunut siihen, että nuorisoseuran oma henkilöstö perehtyy Kohtaamon toimintatapaan ja että hyväksi havaitut käytännöt, kuten nuorten raati, otetaan käyttöön myös yhdistyksen muissa tiloissa.

Hanke ei päällekkäisty muiden alueen hankkeiden kanssa. Hyvinvointialueen Nuorten mielenterveyden tukipolku -hanke kehittää ammattilaisten hoitopolkuja, kun taas Kohtaamo toimii ennen palveluja ja niiden rinnalla. Hankkeet ovat sopineet, että Kohtaamon ohjauskortti ja hyvinvointialueen hoitopolun kuvaus yhdistetään siltä osin kuin se on mahdollista. Kaupungin ohjaamo on ollut mukana valmistelussa, ja sen henkilöstö on paikalla Kohtaamossa kerran kuukaudessa työ- ja opiskeluasioiden infoiltana.

Valmistelun aikana kävimme tutustumassa kahteen vastaavaan toimintaan muualla Suomessa. Niistä opimme erityisesti sen, että iltojen aukiolo on ratkaiseva, ja sen, että nuorten luottamus syntyy hitaasti: ensimmäisinä kuukausina kävijöitä voi olla vähän, eikä siitä pidä lannistua. Tämän vuoksi kävijämäärän tavoitetaso on asetettu maltilliseksi ensimmäiselle toimintavuodelle.
""")
    d.add_heading("17. Hankkeen hyödyt eri osapuolille", 1)
    paras(d, """
Nuorelle Kohtaamo tarjoaa paikan, jossa voi olla ilman suoritusta, ja aikuisen, joka kuuntelee. Jos nuori tarvitsee apua esimerkiksi asumiseen, toimeentuloon tai mielenterveyteen, hän saa sen saattaen, eikä hänen tarvitse jäädä jonoon yksin. Vertaisohjaajiksi kouluttautuvat nuoret saavat kokemusta, itseluottamusta ja todistuksen osaamisestaan.

Vanhemmille ja läheisille hanke tarjoaa tiedon siitä, mistä nuori voi saada tukea, ja mahdollisuuden keskustella muiden vanhempien kanssa avoimissa illoissa. Monet vanhemmat ovat kertoneet, että heillä ei ole ollut tietoa nuorten palveluista sen jälkeen, kun nuori on täyttänyt 18 vuotta.

Ammattilaisille hanke tarjoaa yhteisen ohjauksen tavan ja tutut kollegat muista organisaatioista. Kun ohjauskortti on käytössä, vastaanottava työntekijä tietää, mistä nuori tulee ja mitä hänen kanssaan on jo sovittu. Tämä säästää työaikaa ja vähentää päällekkäistä työtä.

Kaupungille hanke tuottaa tietoa nuorten tarpeista ja toimintamallin, jonka kustannukset ovat maltilliset verrattuna siihen, mitä nuorten syrjäytyminen maksaa. Arviomme mukaan Kohtaamon vuosittaiset kustannukset jatkokaudella ovat noin 140 000 euroa, mikä vastaa karkeasti kolmen nuoren pitkäaikaisen syrjäytymisen vuosikustannusta.
""")
    d.add_heading("18. Lisätietoja hakijasta", 1)
    paras(d, """
Kaarnalahden Nuorisoseura ry on perustettu vuonna 1921, ja sillä on noin 340 jäsentä. Yhdistys ylläpitää kahta nuorisotilaa ja järjestää vuosittain kesäleirejä. Yhdistyksellä on kokemusta kahdesta aiemmasta STEA-rahoitteisesta hankkeesta vuosina 2015–2017 ja 2019–2021; jälkimmäisen tuloksena syntynyt kesätyöseteli on edelleen kaupungin käytössä.

Yhteyshenkilö: toiminnanjohtaja Reetta Vainikka, reetta.vainikka@kaarnalahdenns.fi, puh. 040 712 3390.
""")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "hankesuunnitelma", [])

# ---------------------------------------------------------------- 2
def doc2():
    name = "02_arviointisuunnitelma_esr_tyopolku"
    d = Document()
    d.add_heading("Arviointisuunnitelma – Työpolku 55+ (ESR+)", 0)
    d.add_paragraph("Luonnos 3.3.2025 / projektipäällikkö")
    bold_line(d, "Hankkeen nimi")
    sdt_par(d, "Hankkeen nimi", "Työpolku 55+ – ikääntyvien pitkäaikaistyöttömien polut työhön, Hämeenkosken seudun työllisyysalue")
    bold_line(d, "Toteutusaika *")
    sdt_par(d, "Toteutusaika", "1.4.2025–31.3.2027")
    d.add_heading("Tausta, tavoitteet ja kohderyhmä", 1)
    paras(d, """
Hämeenkosken seudun työllisyysalueella yli 55-vuotiaita pitkäaikaistyöttömiä oli joulukuussa 2024 noin 1 140, ja heidän osuutensa kaikista pitkäaikaistyöttömistä on kasvanut vuodesta 2020. Hanke kokeilee työnantajien kanssa räätälöityjä lyhyitä työkokeiluja ja työhönvalmennusta.

Hankkeen tavoitteena on, että vähintään 90 osallistujaa aloittaa työkokeilun tai palkkatuetun työn. Toisena tavoitteena on, että seudun pk-yritykset oppivat rekrytoimaan ikääntyviä työnhakijoita ja ainakin 25 yritystä tarjoaa kokeilupaikan. Kolmanneksi haluamme, että työllisyyspalveluiden omavalmentajat omaksuvat hankkeessa kehitetyn "kolmen tapaamisen" valmennusmallin.

Käytännössä osallistujille tarjotaan henkilökohtaista työhönvalmennusta ja räätälöityjä 2–6 viikon työkokeiluja, yrityksille järjestetään ikäjohtamisen aamupäiviä ja rekrytointisparrausta, ja omavalmentajat koulutetaan kolmen tapaamisen malliin syksyllä 2025.

Kohderyhmänä ovat 55–64-vuotiaat yli vuoden työttömänä olleet työnhakijat sekä seudun pienet ja keskisuuret yritykset.
""")
    d.add_heading("Arvioinnin näkökulmat ja menetelmät", 1)
    paras(d, """
Arviointi tehdään itsearviointina. Projektitiimi kokoaa seurantatiedot ja käy ne läpi kuukausittaisessa tiimipalaverissa sekä ohjausryhmässä. Seurattavat asiat tavoitteittain:

- Osallistujien polut: aloitetut työkokeilut ja palkkatukijaksot asiakastietojärjestelmästä sekä ESR+-seurantalomakkeet osallistujan tullessa ja lähtiessä.
- Yritysyhteistyö: kokeilupaikan tarjonneiden yritysten lukumäärä ja yrityksille tehtävä lyhyt puhelinhaastattelu kokeilun jälkeen.
- Valmennusmallin käyttö: omavalmentajien kyselyt ennen ja jälkeen koulutuksen sekä mallin mukaisesti toteutettujen valmennusten osuus.

Osallistujilta kerätään palaute jokaisen valmennusjakson lopussa lyhyellä lomakkeella, ja kahdesti hankkeen aikana järjestetään osallistujien ryhmähaastattelu, jossa he kertovat kokemuksistaan työkokeilusta.
""")
    bold_line(d, "Aineiston keruun aikataulu *")
    sdt_par(d, "Aikataulu", "Lähtö- ja loppulomakkeet jatkuvasti; yrityshaastattelut kahden viikon sisällä kokeilun päättymisestä; omavalmentajakyselyt 5/2025 ja 2/2027; ryhmähaastattelut 11/2025 ja 11/2026.")
    bold_line(d, "Ulkoinen arviointi")
    sdt_par(d, "Ulkoinen arviointi", None)
    d.add_heading("Miten arviointitietoa käytetään?", 1)
    paras(d, """
Seurantatiedot raportoidaan rahoittajalle maksatushakemusten yhteydessä ja ohjausryhmälle neljännesvuosittain. Jos kokeilupaikkoja syntyy liian vähän, yritysyhteistyön painopistettä siirretään syksyllä 2025. Loppuraportissa kuvataan, mitkä valmennusmallin osat toimivat.

Tulosten juurruttaminen on mietitty jo hakuvaiheessa: työllisyysalueen palvelupäällikkö on nimetty vastaanottamaan valmennusmallin, ja omavalmentajat osallistuvat mallin kehittämiseen hankkeen alusta alkaen. Malli kuvataan Innokylään ja esitellään seudun työllisyysseminaarissa helmikuussa 2027.
""")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "arviointisuunnitelma", [{"rule": "arviointi.ei-ulkoista"}, {"rule": "rakenne.pohjateksti"}])

# ---------------------------------------------------------------- 3 (pdf)
def doc3():
    name = "03_exit_suunnitelma_kotihoidon_etakaynnit"
    d = Document()
    d.add_paragraph("Pohjanrannan hyvinvointialue / Kotihoidon kehittämishanke Etäkotihoito 2024–2025")
    d.add_heading("Exit-suunnitelma", 0)
    d.add_paragraph("Hyväksytty ohjausryhmässä 14.10.2025")
    d.add_heading("Mitä hankkeessa syntyi?", 1)
    paras(d, """
Hankkeessa otettiin kotihoidossa käyttöön kuvapuhelinkäynnit lääkemuistutuksiin, aamupalan ja iltapalan seurantaan sekä yksinäisyyttä lievittäviin tuokioihin. Syyskuussa 2025 etäkäyntejä tehtiin kolmella kotihoidon alueella noin 2 300 kuukaudessa ja 184 asiakkaalle. Lisäksi syntyi etäkäyntien soveltuvuuden arviointilomake, perehdytysmateriaali hoitajille sekä omaisille suunnattu opas.
""")
    d.add_heading("Käyttöönotto ja jatko hankkeen jälkeen", 1)
    paras(d, """
Etäkäynnit vakiinnutetaan osaksi kotihoidon perustoimintaa 1.1.2026 alkaen. Vastuu siirtyy Pohjanrannan hyvinvointialueen kotihoidon palvelupäällikölle, joka on varannut vuoden 2026 talousarvioon laitteiden leasingkulut ja etähoitajien kaksi vakanssia. Jokaisella kotihoidon alueella etäkäyntien arjesta vastaa alueen osastonhoitaja: Keskustan alueella osastonhoitaja Tiina Salmela, Itäisellä alueella Marko Hyvönen ja Saariston alueella Annika Lind. Alueiden osastonhoitajat nimeävät kukin yhden etäkäyntivastaavan, jolle varataan kaksi tuntia viikossa työaikaa uusien hoitajien perehdyttämiseen.

Kehittämistyö jatkuu kotihoidon digitaalisten palvelujen tiimissä: vuonna 2026 kokeillaan etäkäyntejä myös kotikuntoutuksessa, ja arviointilomaketta päivitetään ensimmäisen vuoden kokemusten perusteella. Hankkeen projektipäällikkö siirtyy tiimiin kehittämissuunnittelijaksi, mikä turvaa osaamisen säilymisen.
""")
    d.add_heading("Miten seuraamme käyttöönottoa", 1)
    paras(d, """
Palvelupäällikkö raportoi hyvinvointialueen ikääntyneiden palvelujen johtoryhmälle puolivuosittain vuosina 2026–2027 etäkäyntien määrästä, asiakasmäärästä, peruuntuneista käynneistä ja asiakaspalautteesta. Asiakastyytyväisyys kysytään etäasiakkailta kerran vuodessa osana kotihoidon asiakaskyselyä. Jos etäkäyntien määrä laskee alle 1 500:n kuukaudessa, johtoryhmä käsittelee syyt ja korjaavat toimet.
""")
    d.add_heading("Levittäminen", 1)
    paras(d, """
Toimintamalli kuvataan Innokylään joulukuussa 2025. Mallia esitellään hyvinvointialueen kotihoidon henkilöstöpäivillä ja naapurihyvinvointialueiden kotihoidon esihenkilöille Teams-webinaarissa tammikuussa 2026. Omaisten opas on jaossa hyvinvointialueen verkkosivuilla, ja perehdytysmateriaali lisätään hyvinvointialueen Moodle-oppimisympäristöön kaikkien uusien kotihoidon työntekijöiden perehdytykseen.
""")
    import tempfile
    tmp = tempfile.mkdtemp(prefix="era24-")
    docx_path = os.path.join(tmp, name + ".docx")  # lähde-docx ei jää kansioon, jotta asiakirja esiintyy vain kerran
    d.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)
    expected(name, "exit-suunnitelma", [])

# ---------------------------------------------------------------- 4
def doc4():
    name = "04_loppuraportti_kaiku_asiakaspalvelu"
    d = Document()
    d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    d.add_heading("1. Taustatiedot", 1)
    paras(d, """
Toteuttajavirasto: Länsi-Suomen lupa- ja valvontayksikkö (kuvitteellinen virasto), asiakaspalvelun tulosalue

Hankkeen nimi ja määrärahapäätöksen diaarinumero: Yhteinen asiakaspalvelun linja – kehittämishanke, VK/4417/02.07.00/2023
""")
    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    paras(d, """
Hanke liittyi työyhteisön toimintatapojen uudistamiseen. Tavoitteena oli yhtenäistää puhelin- ja sähköpostiasiakaspalvelun toimintatavat viraston kolmessa toimipisteessä, lyhentää sähköpostien vastausaikaa ja lisätä asiakaspalvelijoiden mahdollisuuksia vaikuttaa omaan työhönsä.
""")
    d.add_heading("3. Hankkeen toteutus", 1)
    paras(d, """
Hankkeen kesto: 1.2.2024–31.1.2025.

Hankkeessa järjestettiin kuusi työpajaa, joissa asiakaspalvelijat kävivät läpi yleisimmät asiakaskysymykset ja kirjoittivat niihin yhteiset vastauspohjat. Kevään 2024 aikana kokeiltiin toimipisteiden yhteistä puhelinjonoa ja syksyllä 2024 sähköpostien yhteistä käsittelyä. Alkuperäisestä suunnitelmasta poiketen esihenkilövalmennus lyhennettiin kahteen päivään.

Johto osallistui ohjausryhmään ja avasi jokaisen työpajan. Henkilöstöstä 41 asiakaspalvelijaa 44:stä osallistui vähintään neljään työpajaan.

Menetelminä käytettiin fasilitoituja työpajoja, asiakaspolkujen kuvaamista ja kahden viikon kokeilusyklejä. Ulkopuolinen konsultti fasilitoi kolme ensimmäistä työpajaa; sen jälkeen viraston omat kehittäjät vetivät työpajat itse, mikä koettiin toimivaksi.

Ongelmana oli yhteisen puhelinjonon tekninen käyttöönotto, joka viivästyi kuusi viikkoa. Ratkaisimme asian siirtämällä kokeilun alkua ja lisäämällä ICT-tuen tapaamisia.

Miten kustannusarvio toteutui?
""")
    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    paras(d, """
Sähköpostien keskimääräinen vastausaika lyheni 4,2 työpäivästä 1,8 työpäivään. Yhteiset vastauspohjat ovat käytössä kaikissa toimipisteissä. Henkilöstökyselyssä vaikutusmahdollisuuksia hyviksi arvioineiden osuus nousi 38 prosentista 61 prosenttiin.

Yllättävää oli, että yhteinen puhelinjono vähensi myös sairauspoissaoloja, kun kuormitus tasaantui toimipisteiden välillä. Toteutusta arvioitiin työpajojen palautteilla sekä henkilöstökyselyllä alussa ja lopussa. Pysyviksi käytännöiksi jäivät yhteinen jono, vastauspohjien kuukausittainen päivitys ja kehittäjäverkosto.
""")
    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph("Jatkamme kehittäjäverkoston tapaamisia kerran kuukaudessa. Seuraavaksi aiomme kehittää chat-palvelua samalla työpajamallilla vuonna 2025.")
    d.add_heading("6. Suositukset muille virastoille", 1)
    d.add_paragraph("Suosittelemme, että työpajat vedetään alusta asti omin voimin ja että tekniset muutokset testataan ennen kokeilujen aloittamista. Kokeilusyklit kannattaa pitää lyhyinä.")
    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph("Hanke yhtenäisti viraston kolmen toimipisteen asiakaspalvelun. Sähköpostien vastausaika puolittui, ja henkilöstön vaikutusmahdollisuudet paranivat. Pysyviksi jäivät yhteinen puhelinjono, yhteiset vastauspohjat ja kehittäjäverkosto.")
    d.add_heading("Laatimispäivämäärä ja yhteystiedot", 1)
    paras(d, """
Laadittu 30.6.2025

Yhteyshenkilö: kehittämispäällikkö Sanna Ojanperä, sanna.ojanpera@esimerkki.fi, puh. 0295 018 744
""")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "loppuraportti", [{"rule": "raportti.myohassa"},
                                     {"rule": "rakenne.kysymys-vastaamatta"}])

# ---------------------------------------------------------------- 5 (txt)
DOC5 = """Hyvinvointi- ja kehittämishakemus – tulostettu Hyrrä-palvelusta 12.9.2025 klo 14.32
Leader-ryhmä: Järvikylien Leader ry
Hakemustyyppi: Kehittämishanke (yleishyödyllinen)

HANKEHAKEMUS

Hakijan nimi *
Vastaus: Mäntyrinteen kyläyhdistys ry

Hankkeen nimi *
Vastaus: Kylätalo kaikkien olohuoneeksi

Hankkeen toteutusaika *
Vastaus: 1.1.2026–31.12.2027

Hankkeen tausta ja tarve *
Vastaus: Mäntyrinteen kylässä asuu noin 420 asukasta. Kylän koulu lakkautettiin vuonna 2019, ja sen jälkeen kylätalo on jäänyt ainoaksi yhteiseksi kokoontumispaikaksi. Kylätalo on kuitenkin auki vain muutamana iltana kuukaudessa, eikä sen esteettömyys ole kunnossa. Kyläkyselyssä keväällä 2025 (58 vastaajaa) 71 % toivoi kylätalolle säännöllistä avointa toimintaa, ja erityisesti iäkkäät asukkaat kertoivat kaipaavansa kohtaamisia.

Hankkeen tavoitteet *
Vastaus: Tavoitteenamme on, että kylätalolla on säännöllistä avointa toimintaa vähintään kolmena päivänä viikossa. Lisäksi haluamme, että kylän eri-ikäiset asukkaat tutustuvat toisiinsa ja kylän yhteisöllisyys vahvistuu. Kolmantena tavoitteena kylätalon esteettömyys paranee niin, että rollaattorilla ja pyörätuolilla liikkuvat pääsevät sisään ja wc:hen.

Kohderyhmät *
Vastaus: Kaikki Mäntyrinteen ja lähikylien asukkaat, erityisesti yli 70-vuotiaat ja lapsiperheet. Välillisesti kylän yhdistykset, jotka käyttävät taloa.

Toimenpiteet *
Vastaus:
Työpaketti A – Avoimet ovet: kylätalo auki ti, to ja la. Vuorot hoitavat vapaaehtoiset ja osa-aikainen kyläavustaja (50 %). Ohjelmassa kahvila, käsityöpiiri, lasten kerho ja digiapu.
Työpaketti B – Yhteiset tapahtumat: sukupolvien illat kerran kuukaudessa, kesäjuhla ja joulumyyjäiset, joissa lapsiperheet ja iäkkäät tekevät yhdessä.
Työpaketti C – Esteettömyys: luiska pääovelle, wc:n muutostyö ja induktiosilmukka saliin. Työt tehdään kesällä 2026.

Aikataulu
Vastaus: Kevät 2026 vapaaehtoisten rekrytointi ja avoimet ovet käyntiin; kesä 2026 esteettömyystyöt; 2026–2027 tapahtumat.

Kustannusarvio *
Vastaus: Kokonaiskustannukset 86 400 €, josta kyläavustajan palkka 52 000 €, esteettömyystyöt 24 000 € ja toimintakulut 10 400 €. Haettava tuki 80 %, omarahoitus talkootyönä ja kunnan avustuksena.

Miten hankkeen onnistumista seurataan? *
Vastaus: Seuraamme:
- kylätalon aukiolopäivät ja kävijät (vihko ovensuussa, kuukausittain koottuna)
- vapaaehtoisten määrä ja se, saadaanko kaikki vuorot täytettyä
- esteettömyystöiden valmistuminen ja kunnan rakennustarkastajan hyväksyntä
Hallitus käy seurantatiedot läpi joka toinen kuukausi.

Hankkeen tulokset ja vaikutukset *
Vastaus: Hankkeen jälkeen kylätalo on esteetön ja sillä on vakiintunut viikko-ohjelma. Iäkkäiden yksinäisyys vähenee ja kylään muuttavat perheet löytävät helpommin paikkansa.

Tulosten juurruttaminen ja jatkuvuus *
Vastaus: Jatkuvuutta on mietitty jo hakemusta tehdessä: kyläkyselyn vastaajat ovat ideoineet ohjelman, ja vapaaehtoisia on sitoutettu mukaan alusta asti. Hankkeen etenemisestä kerrotaan kylän Facebook-ryhmässä, kylätiedotteessa ja Leader-ryhmän verkkosivuilla. Toimintamallia muokataan kokemusten mukaan ja sitä tarjotaan kokeiltavaksi naapurikylien Kivilahden ja Ruokojärven kylätaloille, joiden kanssa järjestetään yhteinen kylätalopäivä syksyllä 2027. Tavoitteena on, että avoimet ovet ja sukupolvien illat jäävät pysyväksi osaksi kylätalon toimintaa ja kirjataan kunnan kylätoimintaohjelmaan. Kyläavustajan työajasta noin 10 % varataan viimeisenä puolena vuonna vapaaehtoisten perehdyttämiseen ja jatkon valmisteluun.
Hankkeen jälkeen toimintaa pyritään jatkamaan vapaaehtoisvoimin ja kylän toimijoiden yhteistyöllä, ja rahoitusta haetaan tarvittaessa muista lähteistä.

Yhteistyökumppanit
Vastaus: Kaislan kunta (vapaa-aikatoimi), Mäntyrinteen Martat, MLL:n paikallisyhdistys, Kaislan seurakunta.

Viestintä
Vastaus: Kylätiedote 4 kertaa vuodessa, Facebook-ryhmä, ilmoitustaulut kaupalla ja postilaatikoilla, paikallislehti.

Liitteet
Vastaus: Kyläkyselyn yhteenveto, yhdistyksen säännöt, kunnan avustuspäätös.
"""

def doc5():
    name = "05_hankehakemus_leader_kylatalo"
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(DOC5)
    expected(name, "hankesuunnitelma", [
        {"rule": "tavoite.ei-arviointia"},
        {"rule": "exit.ei-omistajaa"},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
    ])

# ---------------------------------------------------------------- 6 (md)
DOC6 = """# Arviointisuunnitelma: Kotiutuskoordinaattori-hanke

Sisämaan hyvinvointialue, akuuttisairaalan osastot 3A ja 3B · Rahoitus: STM, Kestävän kasvun ohjelma
Versio 1.2, 9.5.2025

## Hanke lyhyesti

Hanke toteutetaan **1.6.2025–31.5.2027**. Akuuttiosastoilta kotiutuvista yli 75-vuotiaista potilaista noin 18 % palasi vuonna 2024 päivystykseen 30 vuorokauden kuluessa. Hankkeessa osastoille nimetään kotiutuskoordinaattorit, jotka sopivat kotiutuksesta kotihoidon ja omaisen kanssa jo osastojakson aikana.

## Mitä tavoittelemme

Tavoitteenamme on, että

1. päivystykseen 30 vuorokauden kuluessa palaavien osuus laskee 12 prosenttiin,
2. kotiutuksen tieto siirtyy kotihoitoon samana päivänä, ja
3. potilaat ja omaiset kokevat olevansa mukana kotiutuksen suunnittelussa.

Ensisijaisesti hanke on tarkoitettu yli 75-vuotiaille osastoilta 3A ja 3B kotiutuville potilaille ja heidän omaisilleen. Lisäksi kohderyhmänä ovat osastojen ja kotihoidon hoitajat.

## Mitä teemme ja mitä seuraamme

| Tavoite | Mitä tehdään | Mittari / arviointimenetelmä |
| --- | --- | --- |
| Päivystykseen palaaminen vähenee | Kotiutuskoordinaattori tekee jokaiselle potilaalle kotiutussuunnitelman ja soittaa kotiin 2 vrk kotiutuksen jälkeen | 30 vrk:n paluuosuus potilastietojärjestelmästä, kuukausittain |
| Tieto siirtyy samana päivänä | Yhteinen kotiutuksen tarkistuslista ja sähköinen siirtoilmoitus kotihoitoon | Siirtoilmoitusten ajantasaisuus (otos 30 potilasta/kk) |
| Potilaat ja omaiset mukana | Kotiutuspalaveri potilaan ja omaisen kanssa ennen kotiutusta | Potilas- ja omaiskysely kotisoiton yhteydessä; omaisten haastattelut |

## Miten arvioimme onnistumista?

Itsearvioinnista vastaa osaston 3A osastonhoitaja Leena Harju yhdessä kotiutuskoordinaattoreiden kanssa. Työryhmä käy mittarit läpi kuukauden ensimmäisessä osastokokouksessa ja kirjaa havainnot arviointipäiväkirjaan. Hoitajien kokemuksia kerätään reflektiotyöpajoissa kaksi kertaa vuodessa.

Ulkoisen arvioinnin tekee Sisämaan ammattikorkeakoulun hoitotyön tutkimusryhmä. Se haastattelee 20 potilasta ja heidän omaisiaan sekä 10 kotihoidon hoitajaa ja tekee rekisteriaineistosta vertailun ennen hanketta kotiutuneisiin.

Aineistonkeruun aikataulu: lähtötaso kesä–elokuu 2025; potilas- ja omaiskysely jatkuvasti 9/2025 alkaen; ulkoisen arvioinnin haastattelut helmikuussa 2026 ja tammikuussa 2027; loppuvertailu huhtikuussa 2027.

## Arviointitiedon käyttö

Kuukausittaiset tulokset esitetään osastokokouksissa ja hankkeen ohjausryhmässä, ja niiden perusteella tarkistuslistaa muokataan. Ulkoisen arvioinnin väliraportti valmistuu maaliskuussa 2026 ja loppuraportti toukokuussa 2027.

Juurruttaminen on ollut mukana jo hakuvaiheessa: akuuttisairaalan palveluyksikön päällikkö Jari Koivisto on sitoutunut siihen, että kotiutuskoordinaattorin tehtävä vakinaistetaan, jos paluuosuus laskee tavoitteeseen. Tulokset kerrotaan hyvinvointialueen intranetissä ja Innokylässä, ja ne esitellään alueellisessa sairaanhoidon seminaarissa toukokuussa 2027.
"""

def doc6():
    name = "06_arviointisuunnitelma_kotiutus"
    with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8") as f:
        f.write(DOC6)
    expected(name, "arviointisuunnitelma", [])

# ---------------------------------------------------------------- 7
def doc7():
    name = "07_jatkuvuussuunnitelma_kulttuurikaveri"
    d = Document()
    d.add_paragraph("Sarvijoen kunta, vapaa-aikapalvelut · Kulttuurikaveri-hanke (Taiteen edistämiskeskus, 2024–2025)")
    d.add_heading("Jatkuvuussuunnitelma", 0)
    d.add_paragraph("Luonnos 2 – 18.11.2025")
    bold_line(d, "1. Mikä jää pysyväksi?")
    paras(d, """
Kulttuurikaveritoiminnassa koulutetut vapaaehtoiset lähtevät ikäihmisten tai kehitysvammaisten aikuisten seuraksi konsertteihin, teatteriin ja näyttelyihin. Hankkeessa koulutettiin 34 kulttuurikaveria, ja he tekivät vuoden 2025 aikana 290 kulttuurikäyntiä. Kulttuurikäynneistä tehdään pysyvä osa kunnan kulttuuripalveluja: kaverien välityksen, koulutukset ja yhteistyön kulttuurilaitosten kanssa on tarkoitus jatkua hankkeen päätyttyä 1.1.2026 alkaen.
""")
    bold_line(d, "2. Vastuut ja resurssit")
    tracked_par(d, [("d", "Kulttuurisihteeri Mervi Laakso Sarvijoen kunnan vapaa-aikapalveluista vastaa kaverien välityksestä ja koulutuksista 1.1.2026 alkaen."),
                    ("i", "Hankkeen projektikoordinaattori vastaa kaverien välityksestä ja koulutuksista hankkeen loppuun asti ja kirjoittaa välityksen ohjeet valmiiksi.")])
    paras(d, """
Koordinointiin tarvitaan arviolta 8 tuntia viikossa, ja vapaaehtoisten kulukorvauksiin ja lippuihin 3 500 euroa vuodessa; summa on esitetty lisättäväksi kulttuuripalvelujen talousarvioon vuodelle 2026.
""")
    t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
    t.cell(0, 0).text = "Tehtävä"; t.cell(0, 1).text = "Kuka"; t.cell(0, 2).text = "Milloin"
    t.cell(1, 0).text = "Kaverien välitys"; t.cell(1, 1).text = "Projektikoordinaattori"; t.cell(1, 2).text = "marras–joulukuu 2025"
    t.cell(2, 0).text = "Uusien kaverien koulutus"; t.cell(2, 1).text = "Hanketyöntekijät ja kaverivetäjät"
    m = t.cell(2, 2).merge(t.cell(3, 2)); m.text = "joulukuu 2025"
    t.cell(3, 0).text = "Välitysohjeiden kirjoittaminen"; t.cell(3, 1).text = "Projektikoordinaattori"
    d.add_paragraph()
    bold_line(d, "3. Hyvien käytäntöjen levittäminen")
    paras(d, """
Kulttuurikaverimalli ja koulutusrunko julkaistaan kunnan verkkosivuilla ja Taiteen edistämiskeskuksen hankepankissa. Mallia esitellään maakunnan kulttuuritoimijoiden verkostotapaamisessa joulukuussa 2025 sekä Kulttuuria kaikille -palvelun webinaarissa. Naapurikunnista Louhivaara on ilmoittanut kiinnostuksestaan aloittaa oma kulttuurikaveriryhmä.
""")
    bold_line(d, "4. Kehittämistyön jatko")
    paras(d, """
Jatkossa toimintaa halutaan laajentaa myös lastensuojelun nuoriin ja kotoutuviin perheisiin. Lisäksi kokeillaan etäkulttuurikäyntejä niille, jotka eivät pääse liikkumaan, esimerkiksi striimattuihin konsertteihin yhdessä kaverin kanssa. Kulttuurilaitosten kanssa sovitaan vapaaliput kaverille myös jatkossa.
""")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "exit-suunnitelma", [{"rule": "exit.omistaja-hankkeen-sisalla"}, {"rule": "exit.ei-seurantaa"}])

# ---------------------------------------------------------------- 8
def doc8():
    name = "08_loppuraportti_ely_purokunnostus"
    d = Document()
    d.add_paragraph("LOPPURAPORTTI")
    d.add_heading("Virtaa puroihin – pienvesien kunnostus talkoilla 2023–2025", 0)
    bold_line(d, "Taustatiedot")
    table(d, [
        ["Toteuttaja", "Vaskijoen vesiensuojeluyhdistys ry"],
        ["Rahoittaja", "Etelä-Hämeen ELY-keskus (kuvitteellinen), vesistöjen kunnostus"],
        ["Rahoituspäätös", "Dnro ESHELY/1187/2023"],
        ["Toteutusaika", "1.4.2023–30.9.2025"],
        ["Kokonaiskustannukset", "148 600 € (toteutunut 142 950 €)"],
    ])
    bold_line(d, "Tiivistelmä")
    paras(d, """
Hankkeessa kunnostettiin talkootyönä 14 kilometriä Vaskijoen sivupuroja taimenen kutu- ja poikasalueiksi. Talkoisiin osallistui kolmen vuoden aikana 212 vapaaehtoista. Sähkökoekalastuksissa taimenen poikastiheys kunnostetuilla koskilla nousi keskimäärin 6:sta 27 poikaseen aarilla. Kunnostustyön jatkaa yhdistyksen purotiimi, ja toimintamalli on otettu käyttöön kahdessa naapurivesistössä.
""")
    bold_line(d, "Hankkeen teema ja tavoitteet")
    paras(d, """
Hanke liittyi pienvesien tilan parantamiseen ja vapaaehtoisten osallistamiseen. Tavoitteina oli kunnostaa vähintään 10 km puroja, kouluttaa paikallisista vapaaehtoisista kunnostustiimi ja saada maanomistajat sitoutumaan purojen suojavyöhykkeisiin.
""")
    bold_line(d, "Mitä teimme (hankkeen toteutus)")
    paras(d, """
Kunnostuskohteet valittiin keväällä 2023 maastokartoituksen perusteella. Talkoita järjestettiin 38, ja niissä lisättiin kutusoraa, rakennettiin kivipesiä ja poistettiin vaellusesteitä. Vapaaehtoisille pidettiin neljä kunnostuskoulutusta yhdessä kalatalouskeskuksen kanssa. Maanomistajia tavattiin 61 kertaa. Kustannukset alittuivat noin 5 600 eurolla, koska kuljetuksia saatiin lahjoituksina.
""")
    bold_line(d, "Tulokset ja vaikuttavuus")
    paras(d, """
Kunnostettuja puroja on 14 km, eli tavoite ylittyi. Purotiimiin kuuluu 19 koulutettua vapaaehtoista. Suojavyöhykesopimuksia tehtiin 23 maanomistajan kanssa tavoitteen 30 sijaan; syynä oli osin epäselvyys ympäristökorvauksista. Tuloksia arvioitiin sähkökoekalastuksilla syksyisin ja talkoolaisten palautekyselyllä.
""")
    bold_line(d, "Kehitysajatukset")
    d.add_paragraph("Purotiimi jatkaa kunnostuksia ja kutupesien tarkkailua vuosittain yhdistyksen omana toimintana. Maanomistajien neuvontaa halutaan kehittää yhdessä ProAgrian kanssa.")
    bold_line(d, "Suositukset muille")
    d.add_paragraph("Kohteiden valintaan kannattaa varata aikaa, ja maanomistajat on hyvä tavata ennen talkoita. Koulutetut vetäjät jokaisiin talkoisiin pitävät laadun tasaisena.")
    bold_line(d, "Yhteystiedot")
    d.add_paragraph("Raportin laati toiminnanjohtaja Pekka Rautiainen, pekka.rautiainen@vaskijoki.fi, 044 318 2290. Päiväys 12.11.2025.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "loppuraportti", [])

if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        f()
    print("valmis")
