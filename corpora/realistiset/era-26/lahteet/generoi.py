# -*- coding: utf-8 -*-
"""Era-26: rakentaa erän dokumentit. Aja: /tmp/writer26-venv/bin/python generoi.py"""
import json, os, shutil, subprocess
from copy import deepcopy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

def bold(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def run_el(text, deleted=False):
    r = etree.SubElement(etree.Element(qn("w:dummy")), qn("w:r"))
    t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r

def tracked_para(doc, parts):
    """parts: list of (kind, text), kind in 'n' normal, 'i' insert, 'd' delete"""
    p = doc.add_paragraph()
    for i, (kind, text) in enumerate(parts):
        r = run_el(text, deleted=(kind == "d"))
        if kind == "n":
            p._p.append(r)
        else:
            w = etree.SubElement(p._p, qn("w:ins" if kind == "i" else "w:del"))
            w.set(qn("w:id"), str(100 + i + len(p._p)))
            w.set(qn("w:author"), "Sanna Kettunen")
            w.set(qn("w:date"), "2025-10-14T09:12:00Z")
            w.append(r)
    return p

def sdt_para(doc, label, answer=None, tag="kentta"):
    """Sisältöohjausobjekti kappaleen sisällä: label + sdt (vastaus tai paikkamerkki)."""
    p = doc.add_paragraph()
    r = p.add_run(label + " "); r.bold = True
    sdt = etree.SubElement(p._p, qn("w:sdt"))
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), label)
    t = etree.SubElement(pr, qn("w:tag")); t.set(qn("w:val"), tag)
    if answer is None:
        etree.SubElement(pr, qn("w:showingPlcHdr"))
        text = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
    else:
        text = answer
    c = etree.SubElement(sdt, qn("w:sdtContent"))
    c.append(run_el(text))
    return p

def table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if header and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    return t

# ---------------------------------------------------------------- 01
def doc01():
    name = "01_nuorten_tyopolku_hankehakemus"
    d = Document()
    d.add_heading("Hankehakemus: Nuorten työpolku Kivijärven seutukunnassa", 0)
    d.add_paragraph("Hakija: Kivijärven kaupunki, työllisyyspalvelut · Rahoitus haettu: ESR+ (Etelä-Savon ELY-keskus) · Versio 2, 14.10.2025")
    bold(d, "1. Miksi hanke tarvitaan?")
    d.add_paragraph("Seutukunnan alle 30-vuotiaiden työttömyysaste oli joulukuussa 2024 14,8 prosenttia, kun koko maassa luku oli 12,1. "
        "Vuosina 2022–2024 peruskoulun jälkeen ilman jatko-opiskelupaikkaa jääneitä oli keskimäärin 38 nuorta vuodessa. "
        "Ohjaamo-toiminta on kaupungissa pieni (kaksi henkilöä), ja työnantajien mukaan nuorten ensimmäisen työpaikan kynnys on korkea, "
        "koska perehdytykseen ei ole aikaa. Valmistelutapaamisissa 3.6.2025 ja 19.8.2025 olivat mukana Ohjaamo, Kivijärven yrittäjät ry, "
        "Savon ammattiopisto ja seurakunnan nuorisotyö.")
    bold(d, "2. Mitä haluamme muuttaa?")
    d.add_paragraph("Haluamme, että nuori löytää seutukunnasta ensimmäisen työ- tai harjoittelupaikkansa ilman, että hän putoaa palvelujen väliin. Käytännössä:")
    d.add_paragraph("Nuorten ja paikallisten työnantajien välille syntyy pysyviä kohtaamisen tapoja, ja vähintään 60 nuorta pääsee työkokeiluun, kesätöihin tai palkkatuettuun työhön.", style="List Number")
    d.add_paragraph("Pienet työnantajat uskaltavat ottaa nuoren töihin, koska perehdytykseen on tarjolla tukea.", style="List Number")
    d.add_paragraph("Ohjaamon, ammattiopiston ja työllisyyspalvelujen ohjaus toimii yhtenä polkuna eikä nuoren tarvitse kertoa tarinaansa kolmeen kertaan.", style="List Number")
    bold(d, "3. Kenelle hanke on?")
    d.add_paragraph("Ensisijaisesti 16–29-vuotiaille seutukunnan nuorille, joilla ei ole opiskelu- tai työpaikkaa (arviolta 150 nuorta hankkeen aikana). "
        "Välillisesti alle 20 hengen yrityksille ja yhdistyksille, jotka voisivat työllistää nuoren, sekä ohjaustyötä tekeville ammattilaisille.")
    bold(d, "4. Mitä teemme?")
    d.add_paragraph("Työpaketti 1 – Työnantajatreffit: järjestämme neljä kertaa vuodessa nuorten ja yritysten pikatreffit yhdessä yrittäjäyhdistyksen kanssa, ja jokaisesta treffistä sovitaan vähintään kolme tutustumiskäyntiä.")
    d.add_paragraph("Työpaketti 2 – Perehdytystuki pienille työnantajille: hankkeen työvalmentaja käy työpaikalla kolmen ensimmäisen viikon aikana ja laatii työnantajan kanssa yksinkertaisen perehdytyskortin.")
    d.add_paragraph("Työpaketti 3 – Yhteinen ohjauspolku: Ohjaamo, ammattiopisto ja työllisyyspalvelut sopivat yhteisestä asiakasohjauksen kuvauksesta, nuoren suostumuksella jaettavasta ohjaussuunnitelmasta ja kuukausittaisesta tapauskokouksesta.")
    bold(d, "Aikataulu")
    tracked_para(d, [("n", "Hanke toteutetaan "), ("d", "xx.xx.2025–xx.xx.2027"), ("i", "1.2.2026–31.1.2028"),
                     ("n", ". Ensimmäisenä puolivuotena palkataan työvalmentaja ja sovitaan ohjauspolusta; treffit alkavat keväällä 2026.")])
    table(d, [["", "2026", "2027", "1/2028"],
              ["Työnantajatreffit", "3 treffiä", "4 treffiä", "–"],
              ["Perehdytystuki", "15 työpaikkaa", "25 työpaikkaa", "–"],
              ["Ohjauspolku", "kuvaus valmis 6/2026", "käytössä, päivitys", "luovutus"]])
    bold(d, "5. Kuka tekee ja kenen kanssa")
    d.add_paragraph("Hankkeen hallinnoi Kivijärven kaupungin työllisyyspalvelut. Hankkeessa työskentelevät projektipäällikkö (100 %) ja työvalmentaja (100 %). "
        "Ohjausryhmässä ovat työllisyyspalvelujen päällikkö, Ohjaamon edustaja, Savon ammattiopisto, Kivijärven yrittäjät ry, ELY-keskuksen edustaja ja kaksi nuorta.")
    bold(d, "6. Talous")
    d.add_paragraph("Kokonaisbudjetti on 412 000 euroa, josta henkilöstökulut 338 000 euroa ja flat rate -osuus 74 000 euroa. Kaupungin omarahoitus on 20 %.")
    bold(d, "7. Miten tiedämme onnistuneemme?")
    d.add_paragraph("Seuraamme EURA-indikaattoreiden lisäksi omia mittareita: työkokeiluun, kesätöihin tai palkkatuettuun työhön päässeiden nuorten määrä (tavoite 60), "
        "perehdytystukea saaneiden työnantajien määrä ja heidän arvionsa tuen hyödystä lyhyellä kyselyllä, sekä se, kuinka monta kertaa nuori on joutunut "
        "kertomaan tilanteensa eri palveluissa (kysytään nuorilta puolen vuoden välein). Ohjausryhmä käy mittarit läpi joka kvartaalissa.")
    bold(d, "8. Mitä hankkeesta jää?")
    d.add_paragraph("Tuotoksina syntyvät treffien järjestämisen malli, perehdytyskortti ja yhteinen ohjauspolun kuvaus. Vaikutuksena odotamme, että nuorten työttömyys lyhenee ja pienet työnantajat rekrytoivat nuoria myös hankkeen jälkeen.")
    bold(d, "9. Juurruttaminen")
    d.add_paragraph("Juurruttaminen alkaa jo hakuvaiheessa: työllisyyspalvelujen päällikkö Marjo Heikkilä on sitoutunut siihen, että ohjauspolku kirjataan kaupungin työllisyyden kuntakohtaiseen suunnitelmaan vuodelle 2028. "
        "Viestimme tuloksista Innokylässä, kaupungin verkkosivuilla ja seutukunnan yrittäjäilloissa. Treffimallia ja perehdytyskorttia muokataan kokeilujen perusteella erikseen maatalous- ja hoiva-alan työnantajille. "
        "Naapurikunnat Rautalahti ja Pienjärvi kokeilevat treffimallia vuonna 2027, ja keräämme niiden kokemukset. "
        "Hankkeen päättyessä työllisyyspalvelut vastaa ohjauspolusta ja Kivijärven yrittäjät ry treffeistä; tähän on varattu projektipäällikön työajasta 20 % viimeiseltä puolelta vuodelta.")
    bold(d, "Riskit")
    d.add_paragraph("Suurin riski on, etteivät nuoret tavoita hanketta. Siksi teemme jalkautuvaa työtä etsivän nuorisotyön kanssa. Toinen riski on työvalmentajan vaihtuminen; perehdytyskortti ja ohjauspolku dokumentoidaan niin, että työ voi jatkua.")
    bold(d, "Viestintä")
    d.add_paragraph("Hankkeella on oma Instagram-tili nuorille ja uutiskirje työnantajille neljästi vuodessa. Viestinnästä vastaa projektipäällikkö yhdessä kaupungin viestintäyksikön kanssa.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "hankesuunnitelma", [])

# ---------------------------------------------------------------- 02
def doc02():
    name = "02_muistipolku_arviointisuunnitelma"
    d = Document()
    d.add_heading("Muistipolku-hankkeen arviointisuunnitelma", 0)
    d.add_paragraph("Luonnos 12.1.2026 · Järvilinnan Muistiyhdistys ry · STEA-avustus C-hanke")
    sdt_para(d, "Hankkeen toteutusaika:", "1.1.2026–31.12.2028", tag="aika")
    d.add_heading("Tausta, tavoitteet ja kohderyhmä", 1)
    d.add_paragraph("Hankesuunnitelman mukaisesti Muistipolku tukee kotona asuvia muistisairaita ja heidän omaisiaan Järvilinnan ja kahden naapurikunnan alueella. "
        "Hankkeen tavoitteet ovat samat kuin hankesuunnitelmassa:")
    d.add_paragraph("Muistisairaan ihmisen ja hänen läheisensä arki helpottuu, kun vertaistukea on tarjolla lähellä kotia.", style="List Bullet")
    d.add_paragraph("Omaishoitajien jaksaminen paranee ja yksinäisyyden kokemus vähenee.", style="List Bullet")
    d.add_paragraph("Vapaaehtoiset muistikaverit saavat koulutuksen ja tuen, joka pitää heidät mukana toiminnassa.", style="List Bullet")
    d.add_paragraph("Kohderyhmänä ovat kotona asuvat muistisairaat (noin 120 henkilöä), heidän omaisensa sekä yhdistyksen vapaaehtoiset.")
    d.add_heading("Arvioinnin menetelmät ja tiedonkeruu", 1)
    d.add_paragraph("Arviointi on pääosin itsearviointia, jonka hankkeen työntekijät tekevät yhdessä ohjausryhmän kanssa. "
        "Tavoitetta 1 arvioimme vertaisryhmien osallistujamäärillä ja ryhmien päätteeksi tehtävällä kuvakyselyllä, joka on muokattu muistisairaille sopivaksi. "
        "Tavoitetta 2 seuraamme omaishoitajien jaksamiskyselyllä (alku- ja loppumittaus) sekä kahdella ryhmähaastattelulla. "
        "Tavoitetta 3 arvioimme koulutettujen ja toiminnassa edelleen mukana olevien vapaaehtoisten määrällä sekä vapaaehtoisten vuosittaisella palautekeskustelulla.")
    d.add_paragraph("Toiminnot, joihin arviointi kohdistuu: viikoittaiset vertaisryhmät kolmella paikkakunnalla (tavoite 1), omaisten virkistyspäivät ja puhelintuki (tavoite 2), sekä muistikaverikoulutus kahdesti vuodessa ja vapaaehtoisten työnohjaus (tavoite 3).")
    sdt_para(d, "Tiedonkeruun ajankohdat:", "Alkumittaukset keväällä 2026, osallistujapalaute jokaisen ryhmäkauden lopussa (touko- ja joulukuu), ryhmähaastattelut syksyllä 2027 ja loppumittaus syksyllä 2028.", tag="ajat")
    sdt_para(d, "Ulkopuolinen arvioija:", None, tag="ulkoinen")
    d.add_heading("Arviointitiedon käyttö ja raportointi", 1)
    d.add_paragraph("Arvioinnin tuloksia käsitellään ohjausryhmässä puolivuosittain, ja niiden perusteella muutetaan ryhmien sisältöjä jo hankkeen aikana. "
        "Tulokset raportoidaan STEAn vuosiselvityksissä ja hankkeen loppuraportissa.")
    d.add_paragraph("Tulosten juurruttamista valmistellaan jo hankkeen alussa: Järvilinnan hyvinvointialueen muistikoordinaattori osallistuu ohjausryhmään, "
        "ja arviointitietoa käytetään perusteluna sille, että vertaisryhmät siirtyvät yhdistyksen vakiintuneeksi Ak-toiminnaksi vuodesta 2029.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "arviointisuunnitelma", [{"rule": "rakenne.pohjateksti"}, {"rule": "arviointi.ei-ulkoista"}])

# ---------------------------------------------------------------- 04 (pdf)
def doc04():
    name = "04_kirjastojen_lukuklubi_loppuraportti"
    d = Document()
    d.add_heading("Loppuraportti – Lukuklubi kaikille -kehittämishanke", 0)
    d.add_heading("1. Taustatiedot", 1)
    table(d, [["Toteuttaja", "Saarelan kaupunginkirjasto ja Itä-Kalliolan kirjastokimppa"],
              ["Hankkeen nimi", "Lukuklubi kaikille – helppolukuiset lukupiirit kirjastoihin"],
              ["Rahoittaja ja päätös", "Aluehallintovirasto, kirjastojen kehittämisavustus, Dnro LSAVI/4418/2024"],
              ["Hankeaika", "1.3.2024–31.12.2025"]], header=False)
    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Hanke liittyi lukutaidon ja lukemisen yhdenvertaisuuden teemaan. Tavoitteena oli perustaa helppolukuisia lukupiirejä aikuisille, joille tavallinen lukupiiri on liian vaativa "
        "(maahan muuttaneet, kehitysvammaiset aikuiset, lukemisen vaikeuksista kärsivät), ja kouluttaa kirjastohenkilöstö ohjaamaan niitä.")
    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Hanke kesti 22 kuukautta. Kirjastoihin perustettiin yhteensä yhdeksän lukupiiriä, joista kuusi kokoontui viikoittain ja kolme joka toinen viikko. "
        "Henkilöstölle järjestettiin kolme koulutuspäivää selkokielestä ja ryhmänohjauksesta yhdessä Selkokeskuksen kouluttajan kanssa. "
        "Alkuperäisestä suunnitelmasta poiketen verkkolukupiiri jätettiin pois, koska osallistujat toivoivat tapaamisia kirjastossa. "
        "Kirjastotoimenjohtaja osallistui ohjausryhmään ja henkilöstöstä 14 työntekijää toimi ohjaajina.")
    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    t = table(d, [["Tavoite", "Mittari", "Tavoitetaso", "Toteutui"],
                  ["Lukupiirit", "Perustetut lukupiirit", "8", "9"],
                  ["", "Osallistujia yhteensä", "80", "104"],
                  ["Henkilöstön osaaminen", "Koulutetut ohjaajat", "12", "14"],
                  ["", "Ohjaajien oma arvio osaamisesta (1–5)", "3,5", "4,1"]])
    t.cell(1, 0).merge(t.cell(2, 0)); t.cell(1, 0).text = "Lukupiirit"
    t.cell(3, 0).merge(t.cell(4, 0)); t.cell(3, 0).text = "Henkilöstön osaaminen"
    d.add_paragraph("Osallistujapalautteen mukaan 87 % koki lukemisen helpottuneen ja moni lainasi ensimmäistä kertaa kirjan itselleen. "
        "Seitsemän lukupiiriä jatkaa kirjastojen omana toimintana vuonna 2026.")
    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph("Lukupiirien vetäminen kannattaa jakaa kahdelle ohjaajalle, jotta toiminta ei katkea lomien aikana. Helppolukuisia kirjoja tarvitaan useita kappaleita samaa nimekettä; kimpan yhteishankinnat ratkaisivat tämän.")
    d.add_heading("6. Suositukset muille", 1)
    d.add_paragraph("Suosittelemme, että muut kirjastot aloittavat yhdellä piirillä ja yhteistyökumppanilla, esimerkiksi kotoutumiskoulutuksen järjestäjällä. Ohjaajan opas on vapaasti käytettävissä kimpan verkkosivuilla.")
    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph("Lukuklubi kaikille -hanke perusti yhdeksän helppolukuista lukupiiriä Itä-Kalliolan kirjastoihin ja koulutti 14 ohjaajaa. Piireihin osallistui 104 aikuista. "
        "Toimintamalli ja ohjaajan opas jäävät kirjastojen käyttöön, ja seitsemän piiriä jatkaa vakiintuneena toimintana.")
    d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
    d.add_paragraph("Saarelassa 20.2.2026")
    d.add_paragraph("Yhteyshenkilö: kirjastonjohtaja Elina Paasonen, elina.paasonen@saarela.fi, puh. 040 123 4567")
    src = os.path.join(HERE, name + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    expected(name, "loppuraportti", [])

# ---------------------------------------------------------------- 05
def doc05():
    name = "05_kylatalot_loppuraportti"
    d = Document()
    p = d.add_paragraph(); r = p.add_run("LOPPURAPORTTI"); r.bold = True; r.font.size = Pt(16)
    bold(d, "Kylätalot kohtaamispaikoiksi – Leader Järviseutu ry:n kehittämishanke")
    bold(d, "Taustatiedot")
    d.add_paragraph("Toteuttaja: Ylä-Vaaran kyläyhdistykset ry (hallinnoija) yhdessä kuuden kyläyhdistyksen kanssa. Rahoitus: Leader Järviseutu ry / Manner-Suomen maaseudun kehittämisohjelma. "
        "Hanke toteutettiin 1.9.2023–31.12.2025.")
    bold(d, "Hankkeen teema ja tavoitteet")
    d.add_paragraph("Tavoitteena oli, että kuuden kylän kylätalot ovat käytössä vähintään kolmena päivänä viikossa, että taloihin saadaan etätyöpisteet ja että kylien ikääntyneet asukkaat löytävät niistä säännöllistä toimintaa.")
    bold(d, "Hankkeen toteutus")
    d.add_paragraph("Kylätaloihin hankittiin etätyöpisteet ja valokuituliittymät kolmeen taloon. Jokaiseen kylään koulutettiin kaksi talo-emäntää tai -isäntää vapaaehtoisiksi avainhenkilöiksi. "
        "Ikääntyneille järjestettiin viikoittaisia kahvila- ja liikuntakertoja yhteistyössä hyvinvointialueen kotihoidon kanssa.")
    bold(d, "Tulokset ja vaikuttavuus")
    t = table(d, [["Kylä", "Aukiolopäiviä / vko ennen", "Aukiolopäiviä / vko lopussa", "Etätyöpiste"],
                  ["Kurkela", "1", "4", "kyllä"],
                  ["Haapamäki", "1", "3", "kyllä"],
                  ["Pitkäsalo", "0", "3", "kyllä"],
                  ["Vaarala", "2", "3", "ei (liittymä 2026)"],
                  ["Koivuniemi ja Ruokolahti", "1", "2", "ei"],
                  ["Yhteensä kävijöitä 2025", "noin 5 400 käyntiä", "", ""]])
    a = t.cell(6, 1).merge(t.cell(6, 3)); a.text = "noin 5 400 käyntiä"
    d.add_paragraph("Viidessä kylässä kuudesta aukiolotavoite toteutui. Ikääntyneiden toimintaan osallistui säännöllisesti noin 70 henkeä.")
    bold(d, "Kehitysajatukset")
    d.add_paragraph("Vapaaehtoisten avainhenkilöiden jaksaminen on koko mallin heikoin kohta. Avainvuorot kannattaa jakaa useammalle ja tehdä varauksista sähköisiä.")
    bold(d, "Suositukset muille")
    d.add_paragraph("Kylätalon avaaminen etätyölle kannattaa aloittaa kyselyllä kylän etätyöläisille ennen hankintoja. Yhteistyö kotihoidon kanssa toi ikääntyneet taloihin nopeammin kuin ilmoittelu.")
    bold(d, "Tiivistelmä")
    d.add_paragraph("Hanke teki kuuden kylän kylätaloista monikäyttöisiä kohtaamispaikkoja: aukiolo lisääntyi, kolmeen taloon tuli etätyöpiste ja ikääntyneille syntyi viikoittaista toimintaa.")
    bold(d, "Yhteystiedot")
    d.add_paragraph("Hankevetäjä Tuomas Rinne, tuomas.rinne@ylavaara.fi, 050 765 4321")
    d.add_paragraph("Raportti laadittu 28.5.2026")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "loppuraportti", [{"rule": "raportti.myohassa"}, {"rule": "raportti.diaarinumero-puuttuu"}])

# ---------------------------------------------------------------- 06
def doc06():
    name = "06_saatekirje_ely"
    d = Document()
    d.add_paragraph("Kalliosalmen kunta\nSivistyspalvelut\nKoulutie 4, 51900 Kalliosalmi")
    d.add_paragraph("Etelä-Savon ELY-keskus\nKirjaamo")
    d.add_paragraph("Kalliosalmella 9.9.2025")
    bold(d, "Saate: Avustushakemus hankkeelle ”Luonto luokkahuoneeksi”")
    d.add_paragraph("Kalliosalmen kunnan sivistyspalvelut hakee liitteenä olevalla hakemuksella avustusta ympäristökasvatuksen kehittämishankkeeseen, jossa kunnan neljä alakoulua ottavat lähimetsät säännölliseksi oppimisympäristöksi.")
    d.add_paragraph("Hakemukseen liitetään hankesuunnitelma, kustannusarvio, sivistyslautakunnan päätös 27.8.2025 § 41 omarahoitusosuudesta sekä yhteistyökumppanien sitoumukset (Kalliosalmen 4H-yhdistys ja Metsäkeskus).")
    d.add_paragraph("Lisätietoja antaa sivistysjohtaja Heikki Mattila, heikki.mattila@kalliosalmi.fi, puh. 044 555 0192.")
    d.add_paragraph("Ystävällisin terveisin\n\nHeikki Mattila\nsivistysjohtaja")
    d.add_paragraph("LIITTEET\t1 Hankesuunnitelma\n\t2 Kustannusarvio\n\t3 Ote pöytäkirjasta\n\t4 Kumppanien sitoumukset")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, None, [{"rule": "asiakirja.tyyppi-tuntematon"}])

# ---------------------------------------------------------------- 08
def doc08():
    name = "08_kotoutumisen_kielikahvilat_jatkuvuussuunnitelma"
    d = Document()
    d.add_heading("Jatkuvuussuunnitelma – Kielikahvilat arjen tukena", 0)
    d.add_paragraph("Koivurannan kaupunki, kotoutumispalvelut · hanke päättyy 30.6.2026 · päivitetty ohjausryhmässä 3.3.2026")
    d.add_heading("Mitä jää pysyväksi ja kuka vastaa?", 1)
    d.add_paragraph("Kielikahvilat siirtyvät 1.8.2026 alkaen osaksi Koivurannan kaupunginkirjaston vakiotoimintaa. Vastuuhenkilönä on kirjaston palvelupäällikkö Riikka Laaksonen, "
        "ja kahviloiden koordinointiin on kirjaston talousarviossa varattu 0,3 henkilötyövuotta vuodesta 2026 alkaen. Vapaaehtoisten kouluttamisesta vastaa jatkossa Koivurannan SPR:n osasto.")
    d.add_paragraph("Käyttöönottoa tuetaan kevään 2026 aikana: kirjaston kaksi työntekijää ohjaa kahviloita hanketyöntekijän rinnalla, ja toimintaohje on jo viety kirjaston intraan.")
    d.add_heading("Tulosten levittäminen", 1)
    d.add_paragraph("Kielikahvilan toimintamalli kuvataan Innokylään toukokuussa 2026, ja se esitellään Kotoutumisen osaamiskeskuksen verkostotapaamisessa ja maakunnan kirjastopäivillä syksyllä 2026. "
        "Mallin ohjaajakortit julkaistaan kaupungin verkkosivuilla selkokielisinä.")
    d.add_heading("Kehittämistyön jatko", 1)
    d.add_paragraph("Jatkossa kahviloita kokeillaan myös työpaikoilla yhdessä kahden hoiva-alan yrityksen kanssa. Jatkokehittämisestä päättää kotoutumispalvelujen johtoryhmä, jonka esittelijänä toimii kotoutumiskoordinaattori Jussi Harju.")
    d.add_heading("Seuranta", 1)
    d.add_paragraph("Kirjasto kirjaa kävijämäärät kuukausittain ja kerää osallistujapalautteen kahdesti vuodessa. Palvelupäällikkö raportoi kotoutumispalvelujen johtoryhmälle juurtumisesta joulukuussa 2026 ja kesäkuussa 2027.")
    d.save(os.path.join(OUT, name + ".docx"))
    expected(name, "exit-suunnitelma", [])

def copy_text(name, ext, doc_type, findings):
    shutil.copy(os.path.join(HERE, name + "." + ext), os.path.join(OUT, name + "." + ext))
    expected(name, doc_type, findings)

if __name__ == "__main__":
    doc01(); doc02(); doc04(); doc05(); doc06(); doc08()
    copy_text("03_omaishoidon_valmennus_exit_muistio", "md", "exit-suunnitelma",
              [{"rule": "exit.ei-omistajaa"}, {"rule": "exit.ei-seurantaa"}])
    copy_text("07_vihrea_siirtyma_hakemus", "txt", "hankesuunnitelma",
              [{"rule": "tavoite.ei-arviointia", "count": 1},
               {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
               {"rule": "exit.omistaja-hankkeen-sisalla"}])
