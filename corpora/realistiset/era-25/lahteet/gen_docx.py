# -*- coding: utf-8 -*-
"""Generoi era-25-erän .docx-asiakirjat (ja PDF:n lähteen). Aja: python gen_docx.py"""
import os, json, subprocess
from docx import Document
from docx.shared import Pt
from lxml import etree

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
def q(t): return "{%s}%s" % (W, t)

def run(text, bold=False):
    r = etree.Element(q("r"))
    if bold:
        rpr = etree.SubElement(r, q("rPr")); etree.SubElement(rpr, q("b"))
    t = etree.SubElement(r, q("t")); t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r

def ins(p, text, rid, author="Heli Rantanen", date="2025-11-10T09:12:00Z"):
    e = etree.SubElement(p._p, q("ins"))
    e.set(q("id"), str(rid)); e.set(q("author"), author); e.set(q("date"), date)
    e.append(run(text))

def dele(p, text, rid, author="Heli Rantanen", date="2025-11-10T09:12:00Z"):
    e = etree.SubElement(p._p, q("del"))
    e.set(q("id"), str(rid)); e.set(q("author"), author); e.set(q("date"), date)
    r = etree.SubElement(e, q("r")); t = etree.SubElement(r, q("delText")); t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

def plain(p, text, bold=False):
    p._p.append(run(text, bold))

def sdt(p, alias, text=None):
    """Sisältökenttä; text=None -> täyttämätön kenttä, jossa näkyy paikkamerkki."""
    s = etree.SubElement(p._p, q("sdt"))
    pr = etree.SubElement(s, q("sdtPr"))
    a = etree.SubElement(pr, q("alias")); a.set(q("val"), alias)
    tg = etree.SubElement(pr, q("tag")); tg.set(q("val"), alias.lower().replace(" ", "_"))
    if text is None:
        etree.SubElement(pr, q("showingPlcHdr"))
    etree.SubElement(pr, q("text"))
    c = etree.SubElement(s, q("sdtContent"))
    c.append(run(text if text is not None else "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."))

def textbox(doc, lines):
    p = doc.add_paragraph()
    xml = ('<w:r xmlns:w="%s" xmlns:v="%s"><w:pict><v:shape id="tb1" type="#_x0000_t202" '
           'style="width:300pt;height:90pt"><v:textbox><w:txbxContent>' % (W, V))
    for ln in lines:
        xml += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ln
    xml += '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    p._p.append(etree.fromstring(xml))
    return p

def boldline(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    return t

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- 1
def doc1():
    d = Document()
    d.add_heading("LOPPURAPORTTI – Jalkautuva nuorisotyö verkossa ja kylillä", 0)
    d.add_paragraph("Kivijärven kaupunki, nuorisopalvelut · Versio 2 (korjattu ohjausryhmän kommenttien jälkeen)")
    d.add_heading("1. Taustatiedot", 1)
    d.add_paragraph("Toteuttaja: Kivijärven kaupungin sivistystoimiala / nuorisopalvelut. Osatoteuttajana toimi "
                    "Kivijärven Seurakuntayhtymän nuorisotyö.")
    p = d.add_paragraph(); plain(p, "Hankkeen nimi ja määrärahapäätöksen diaarinumero: Jalkautuva nuorisotyö verkossa ja kylillä, ")
    dele(p, "Dnro xx/2024", 11)
    sdt(p, "Diaarinumero", "OKM/112/626/2024")
    plain(p, " (opetus- ja kulttuuriministeriön nuorisotyön kehittämisavustus, päätös 14.2.2024).")
    d.add_heading("2. Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph("Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
    d.add_paragraph("Hanke liittyi valtakunnallisen nuorisotyö- ja -politiikkaohjelman painopisteeseen nuorten "
        "osallisuudesta ja syrjäytymisen ehkäisystä harvaan asutulla alueella. Kaupungin nuorisokyselyssä 2023 "
        "kolmannes 13–17-vuotiaista kertoi, ettei heillä ole kylällään mitään ohjattua vapaa-ajan toimintaa.")
    d.add_paragraph("Halusimme, että (1) nuorisotyöntekijät tavoittavat myös kylien nuoret, joilla ei ole "
        "kulkuyhteyttä keskustan nuorisotilalle, (2) nuoret saavat matalalla kynnyksellä yhteyden aikuiseen "
        "myös iltaisin verkossa ja (3) kylien nuoret itse suunnittelevat osan toiminnasta.")
    d.add_heading("3. Hankkeen toteutus", 1)
    d.add_paragraph("Hankkeen kesto: 1.3.2024–31.8.2025 (18 kuukautta).")
    d.add_paragraph("Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa")
    d.add_paragraph("Nuorisobussi kiersi kuutta kylää viikoittain tiistaisin ja torstaisin; kaikkiaan kylillä "
        "järjestettiin 118 iltaa. Verkossa pidettiin Discord-palvelimella päivystystä neljänä iltana viikossa "
        "klo 18–21. Alkuperäisestä suunnitelmasta poiketen luovuimme omasta mobiilisovelluksesta, koska nuoret "
        "olivat jo valmiiksi Discordissa. Kylänuorten toimintaraadit aloittivat syksyllä 2024 kolmessa kylässä.")
    d.add_paragraph("Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
    d.add_paragraph("Bussin kuljettajan sairasloma tammikuussa 2025 keskeytti kiertelyn kolmeksi viikoksi; "
        "korvasimme sen seurakunnan pakettiautolla. Verkkopäivystyksen moderointiin tarvittiin lisäkoulutusta.")
    d.add_paragraph("Miten kustannusarvio toteutui?")
    d.add_paragraph("Hyväksytty kustannusarvio oli 148 000 €, josta käytettiin 141 620 € (96 %). Säästö syntyi "
        "sovelluskehityksen jäätyä pois.")
    d.add_heading("4. Tulokset ja vaikuttavuus", 1)
    d.add_paragraph("Miten tavoitteet toteutuivat?")
    d.add_paragraph("Kylien nuoria kävi bussi-illoissa keskimäärin 14 iltaa kohden; eri nuoria tavoitettiin 212, "
        "mikä ylitti 150 nuoren tavoitteen. Discord-päivystykseen tuli 1 430 yhteydenottoa, ja noin joka "
        "kymmenes johti henkilökohtaiseen tapaamiseen tai ohjaukseen muihin palveluihin. Toimintaraadit "
        "suunnittelivat yhteensä 27 iltaa, muun muassa kaksi kylädiskoa ja mopokorjaamon.")
    d.add_paragraph("Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
    d.add_paragraph("Kävijätilastot kerättiin Nuoli-järjestelmään, nuorille tehtiin palautekysely keväällä 2025 "
        "(vastaajia 96) ja ohjausryhmä teki itsearvioinnin kahdesti.")
    d.add_paragraph("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi? Verkkopäivystys jatkuu kahtena "
        "iltana viikossa osana nuorisopalvelujen perustyötä, ja bussi kiertää kylillä kerran viikossa.")
    d.add_heading("5. Kehitysajatukset", 1)
    d.add_paragraph("Kuinka aiotte jatkaa tästä eteenpäin?")
    d.add_paragraph("Sivistyslautakunta päätti 17.6.2025 vakinaistaa yhden nuoriso-ohjaajan toimen kylätyöhön "
        "vuoden 2026 talousarviossa. Toimintaraatien mallia laajennetaan vuonna 2026 kahteen uuteen kylään.")
    d.add_heading("6. Suositukset muille", 1)
    d.add_paragraph("Suosittelemme aloittamaan verkkotyön siellä, missä nuoret jo ovat, eikä rakentamaan omaa "
        "alustaa. Kyläkiertelyyn kannattaa ottaa mukaan kylätoimikunnat jo ennen ensimmäistä iltaa.")
    d.add_heading("7. Tiivistelmä", 1)
    d.add_paragraph("Hanke toi nuorisotyön kuuteen kylään ja verkkoon. 212 kylänuorta tavoitettiin, "
        "verkkopäivystykseen tuli 1 430 yhteydenottoa ja nuorten toimintaraadit suunnittelivat 27 iltaa. "
        "Kylätyö jatkuu vakinaisella nuoriso-ohjaajan toimella vuodesta 2026 alkaen.")
    d.add_heading("8. Laatimispäivämäärä ja yhteystiedot", 1)
    d.add_paragraph("Raportti laadittu Kivijärvellä 12.11.2025.")
    textbox(d, ["Yhteyshenkilö:", "Heli Rantanen, nuorisopalvelupäällikkö",
                "heli.rantanen@kivijarvi.fi, puh. 040 123 4567"])
    d.save(os.path.join(OUT, "loppuraportti_nuorisotyo.docx"))
    expected("loppuraportti_nuorisotyo", "loppuraportti", [])

# ---------------------------------------------------------------- 2 (PDF)
def doc2():
    d = Document()
    d.add_heading("Lukulähettiläät kirjastoautossa – loppuraportti", 0)
    d.add_paragraph("Aluehallintoviraston yleisten kirjastojen kehittämisavustus")
    boldline(d, "Taustatiedot")
    d.add_paragraph("Toteuttaja: Järvi-Savon kirjastot (Lehtolahden kunnan kirjastotoimi hallinnoijana)")
    d.add_paragraph("Hankkeen nimi: Lukulähettiläät kirjastoautossa")
    d.add_paragraph("Avustuspäätöksen diaarinumero: AVI/4410/2024")
    d.add_paragraph("Hankeaika: 1.1.2025–31.12.2025")
    boldline(d, "Hankkeen teema ja tavoitteet")
    d.add_paragraph("Lukutaidon heikkeneminen näkyi alueen kouluissa: PISA 2022 -tulosten jälkeen kolme "
        "alakoulua pyysi kirjastolta tukea lukemisen innostamiseen. Tavoitteenamme oli, että kirjastoauton "
        "reittien varrella asuvat 3.–6.-luokkalaiset lukevat vapaa-ajallaan enemmän ja että vanhemmat "
        "saavat vinkkejä yhteiseen lukemiseen. Lisäksi halusimme kouluttaa vapaaehtoisia lukulähettiläitä.")
    boldline(d, "Hankkeen toteutus")
    d.add_paragraph("Kirjastoauton 14 pysäkillä järjestettiin kevät- ja syyslukukaudella lukuhetkiä, joissa "
        "koulutetut lukulähettiläät (17 eläkeläistä ja 6 lukiolaista) lukivat ja juttelivat kirjoista lasten "
        "kanssa. Lukulähettiläiden koulutus pidettiin helmikuussa ja elokuussa 2025. Vanhemmille tehtiin "
        "neljällä kielellä lukuvinkkikortti.")
    d.add_paragraph("Miten kustannusarvio toteutui?")
    d.add_paragraph("Avustusta myönnettiin 38 000 €, ja kustannukset olivat 36 950 €. Kirjasto maksoi "
        "omarahoitusosuutensa 9 500 € suunnitellusti.")
    boldline(d, "Tulokset ja vaikuttavuus")
    d.add_paragraph("Miten tavoitteet toteutuivat?")
    d.add_paragraph("Lukuhetkiin osallistui 640 lasta (käyntikertoja 2 180). Kirjastoauton lastenkirjalainaus "
        "kasvoi 23 % edellisvuodesta. Opettajakyselyssä 11/14 opettajaa arvioi oppilaiden lukuinnon "
        "lisääntyneen. Vapaaehtoisia koulutettiin 23, tavoitteena oli 20.")
    d.add_paragraph("Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
    d.add_paragraph("Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
    d.add_paragraph("Lukulähettilästoiminta jatkuu vapaaehtoisvoimin, ja kirjastoauton aikatauluun on "
        "varattu pysyvästi 30 minuutin lukuhetki kuudella pysäkillä.")
    boldline(d, "Kehitysajatukset")
    d.add_paragraph("Vuonna 2026 lukulähettiläitä on tarkoitus kouluttaa myös maahanmuuttajataustaisista "
        "aikuisista, jotta lukuhetkiä voidaan pitää lasten kotikielillä.")
    boldline(d, "Suositukset muille kirjastoille")
    d.add_paragraph("Vapaaehtoisten sitoutuminen kasvoi selvästi, kun heille järjestettiin oma "
        "kiitostilaisuus ja kirjaston henkilökunnasta nimettiin yksi pysyvä yhteyshenkilö.")
    boldline(d, "Tiivistelmä")
    d.add_paragraph("Kirjastoauton pysäkeille tuotiin lukuhetkiä, joita veti 23 koulutettua vapaaehtoista. "
        "Lapsia osallistui 640, ja lastenkirjojen lainaus kirjastoautosta kasvoi 23 %. Toiminta jatkuu "
        "osana kirjastoauton vakioaikataulua.")
    boldline(d, "Laatimispäivämäärä ja yhteystiedot")
    d.add_paragraph("Lehtolahdella 9.6.2026")
    d.add_paragraph("Yhteyshenkilö: kirjastotoimenjohtaja Marja-Leena Kettunen, "
                    "marja-leena.kettunen@lehtolahti.fi, p. 044 765 3321")
    path = os.path.join(SRC, "loppuraportti_kirjasto.docx")
    d.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, path], check=True,
                   stdout=subprocess.DEVNULL)
    expected("loppuraportti_kirjasto", "loppuraportti",
             [{"rule": "raportti.myohassa"}, {"rule": "rakenne.kysymys-vastaamatta"}])

# ---------------------------------------------------------------- 3
def doc3():
    d = Document()
    d.add_heading("Exit-suunnitelma: Kotona kuntoutuen -hanke", 0)
    d.add_paragraph("STEA-avustus C 4871 · Kaarnan Vanhustuki ry · luonnos 2, käsitelty ohjausryhmässä 22.4.2025")
    d.add_paragraph("Hanke kehitti vuosina 2023–2025 kotona asuville ikääntyneille kuntouttavan arkivalmennuksen "
        "mallin: fysioterapeutti ja koulutettu vapaaehtoinen käyvät kotona kahdeksan viikon ajan ja "
        "harjoittelevat arjen liikkeitä. Tässä suunnitelmassa sovitaan, miten malli jää käyttöön, kun "
        "STEA-rahoitus päättyy 31.12.2025.")
    d.add_heading("Miten malli jää pysyväksi?", 1)
    p = d.add_paragraph()
    plain(p, "Arkivalmennuksen mallin ")
    dele(p, "ylläpidosta vastaavat hanketyöntekijät niin kauan kuin mahdollista.", 21, "Tiina Ahola", "2025-04-23T08:00:00Z")
    ins(p, "omistajaksi tulee Kaarnan perusturvakuntayhtymä: kotihoidon palvelupäällikkö vastaa "
           "1.1.2026 alkaen siitä, että valmennus on osa kotihoidon kuntoutuspolkua.", 22, "Tiina Ahola", "2025-04-23T08:00:00Z")
    d.add_paragraph("Kuntayhtymä on varannut vuoden 2026 talousarvioon 0,6 henkilötyövuotta fysioterapeutin "
        "työaikaa valmennukseen. Kaarnan Vanhustuki ry jatkaa vapaaehtoisten rekrytointia ja perehdytystä "
        "omalla jäsenmaksu- ja lahjoitusvarallisuudellaan; vapaaehtoistoiminnan koordinaattori käyttää "
        "tähän noin kymmenen tuntia kuukaudessa.")
    d.add_paragraph("Käyttöönoton valmistelu on tehty hankkeen aikana: kotihoidon kuusi tiimiä on "
        "koulutettu syksyllä 2025 ja asiakasohjauksen kriteerit on kirjattu kuntayhtymän ohjeeseen.")
    d.add_heading("Tulosten ja hyvien käytäntöjen levittäminen", 1)
    d.add_paragraph("Malli kuvataan Innokylään marraskuussa 2025. Valmennuksen käsikirja ja harjoitusvideot "
        "julkaistaan yhdistyksen verkkosivuilla vapaasti käytettäviksi. Järjestämme naapurikunnille "
        "webinaarin 4.12.2025 ja esittelemme mallin Ikäinstituutin Voimaa vanhuuteen -verkoston "
        "seminaarissa keväällä 2026.")
    d.add_heading("Kehittämistyön jatko ja seuranta", 1)
    d.add_paragraph("Kotihoidon palvelupäällikkö seuraa puolivuosittain vuosina 2026–2027 valmennuksen "
        "läpikäyneiden asiakkaiden määrää ja RAI-arvioinnin toimintakykymittareita. Yhdistyksen hallitus "
        "käsittelee vapaaehtoistoiminnan tilanteen joka kevät. Jatkokehittämisenä selvitetään yhdessä "
        "Savonian ammattikorkeakoulun kanssa etävalmennuksen lisäämistä malliin.")
    d.add_paragraph("Suunnitelman yhteyshenkilö: toiminnanjohtaja Tiina Ahola, Kaarnan Vanhustuki ry.")
    d.save(os.path.join(OUT, "exit_kotona_kuntoutuen.docx"))
    expected("exit_kotona_kuntoutuen", "exit-suunnitelma", [])

# ---------------------------------------------------------------- 7
def doc7():
    d = Document()
    d.add_heading("ARVIOINTISUUNNITELMA", 0)
    p = d.add_paragraph(); plain(p, "Hanke: ", True); plain(p, "Vertaisvoimaa – mielenterveyskuntoutujien vertaisohjaajamalli")
    p = d.add_paragraph(); plain(p, "Hakija: ", True); plain(p, "Mielenterveysyhdistys Tuulikello ry")
    p = d.add_paragraph(); plain(p, "Hankkeen kesto: ", True); sdt(p, "Hankkeen kesto", "1.1.2026–31.12.2028")
    p = d.add_paragraph(); plain(p, "Suunnitelman päivämäärä: ", True); plain(p, "28.10.2025")
    d.add_heading("1 Tausta, tavoitteet ja kohderyhmä", 1)
    d.add_paragraph("Kohderyhmänä ovat Pohjois-Hämeen alueen 18–64-vuotiaat mielenterveyskuntoutujat, jotka "
        "eivät ole työelämässä, sekä heistä koulutettavat vertaisohjaajat. Hyvinvointialueen tilastojen mukaan "
        "alueella oli vuonna 2024 noin 1 900 mielenterveysperusteisesti eläkkeellä olevaa työikäistä.")
    d.add_paragraph("Hankkeen tavoitteet:")
    d.add_paragraph("Kuntoutujien yksinäisyys vähenee ja arjen rytmi vahvistuu.", style="List Number")
    d.add_paragraph("Koulutetaan 30 vertaisohjaajaa, jotka ohjaavat ryhmiä itsenäisesti.", style="List Number")
    d.add_paragraph("Vertaisohjaajamalli vakiintuu osaksi yhdistyksen ja hyvinvointialueen yhteistyötä.", style="List Number")
    d.add_heading("2 Miten arvioimme onnistumista?", 1)
    t = table(d, [["Tavoite", "Toimenpiteet", "Arviointimenetelmä ja mittari", "Aikataulu"],
        ["1. Yksinäisyys vähenee, arjen rytmi vahvistuu", "Viikoittaiset vertaisryhmät kuudella paikkakunnalla",
         "UCLA-yksinäisyysmittari ryhmän alussa ja 6 kk kohdalla; osallistujien haastattelut", "alku- ja seurantamittaus jatkuvasti, haastattelut syksyllä 2026 ja 2027"],
        ["2. 30 vertaisohjaajaa", "Vertaisohjaajakoulutus (5 moduulia) kahdesti vuodessa",
         "koulutettujen ja aktiivisten ohjaajien määrä; ohjaajien palautelomake", "jokaisen koulutuksen päätteeksi"],
        ["3. Malli vakiintuu", "Yhteistyösopimus hyvinvointialueen psykiatrian avohoidon kanssa, ohjausmallin kuvaus",
         "sopimus allekirjoitettu; lähetteiden määrä avohoidosta ryhmiin", "vuosittain joulukuussa"]])
    d.add_heading("3 Arvioinnin menetelmät ja tiedonkeruu", 1)
    d.add_paragraph("Arviointi on pääosin itsearviointia: hanketiimi ja vertaisohjaajat pitävät puolen vuoden "
        "välein reflektiotyöpajan, jossa käydään läpi mittaritieto ja palautteet. Osallistujat antavat "
        "palautetta jokaisen ryhmäkauden lopussa nimettömällä lomakkeella, ja kuntoutujista koottu "
        "kehittäjäraati (6 henkeä) kommentoi tuloksia kahdesti vuodessa. Tilastotieto kootaan kuukausittain "
        "STEAn Avustusnetti-raportointia varten.")
    p = d.add_paragraph(); plain(p, "Ulkoisen arvioinnin toteuttaja: ", True); sdt(p, "Ulkoinen arvioija", None)
    d.add_heading("4 Arviointitiedon käyttö ja raportointi", 1)
    d.add_paragraph("Arviointitietoa käytetään jo ensimmäisen ryhmäkauden jälkeen keväällä 2026 ryhmien "
        "sisällön korjaamiseen. Tulokset raportoidaan STEAlle vuosiselvityksessä ja ohjausryhmälle "
        "neljännesvuosittain.")
    d.add_paragraph("Juurruttaminen alkaa heti hankkeen alussa: tammikuussa 2026 hyvinvointialueen "
        "psykiatrian avohoidon osastonhoitaja Sanna Koivisto nimetään yhdyshenkilöksi, ja hänen kanssaan "
        "sovitaan, miten lähetekäytäntö kirjataan avohoidon ohjeisiin. Vuonna 2028 arviointitulokset "
        "kootaan mallikuvaukseksi, jonka yhdistys julkaisee Innokylässä.")
    d.save(os.path.join(OUT, "arviointisuunnitelma_vertaisvoimaa.docx"))
    expected("arviointisuunnitelma_vertaisvoimaa", "arviointisuunnitelma",
             [{"rule": "rakenne.pohjateksti"}, {"rule": "arviointi.ei-ulkoista"}])

# ---------------------------------------------------------------- 8
def doc8():
    d = Document()
    d.add_heading("Loppuraportti", 0)
    d.add_paragraph("ESR+-hanke Kielipolku työhön – maahan muuttaneiden kielitaitoa työpaikoilla")
    t = table(d, [["1 TAUSTATIEDOT", None],
                  ["Toteuttaja", "Keski-Suomen kansalaisopistojen verkosto, hallinnoijana Jyväsrinteen kansalaisopisto"],
                  ["Hanke ja rahoituspäätös", "Kielipolku työhön, EURA-koodi S31245; päätöksen dnro KESELY/2211/2023"],
                  ["Hankkeen kesto", "1.9.2023–31.5.2025"]])
    t.cell(0, 0).merge(t.cell(0, 1))
    d.add_paragraph("")
    t2 = table(d, [["Kysymys", "Vastaus"],
        ["Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?",
         "Hanke liittyi ESR+-ohjelman erityistavoitteeseen työllistymisen edistämisestä. Tavoitteena oli, että "
         "maahan muuttaneet hoiva-, siivous- ja logistiikka-alan työntekijät oppivat työssä tarvittavaa suomea "
         "työpaikalla ja että työyhteisöt oppivat tukemaan kielen oppimista arjessa."],
        ["Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin",
         "Kansalaisopistojen opettajat pitivät 22 työpaikalla työaikaan sijoitettuja kieliryhmiä (yhteensä 61 "
         "ryhmää) ja kouluttivat 140 suomenkielistä työkaveria kielitukijoiksi."],
        ["Miten kustannusarvio toteutui?", ""],
        ["", "Kokonaisbudjetti 412 000 €, toteuma 398 300 €. Matkakuluja kului arvioitua vähemmän, koska osa "
             "ohjauksesta siirtyi Teamsiin."]])
    d.add_paragraph("")
    boldline(d, "4 TULOKSET JA VAIKUTTAVUUS")
    d.add_paragraph("Miten tavoitteet toteutuivat? Kieliryhmiin osallistui 486 työntekijää. Alla "
                    "keskeiset mittarit:")
    t3 = table(d, [["Tavoitealue", "Toteuma"], ["Kielitaito", None], ["Työyhteisöt", None]])
    n = t3.cell(1, 1).add_table(rows=2, cols=2)
    n.cell(0, 0).text = "YKI-tasolle 3 edenneet"; n.cell(0, 1).text = "212 (tavoite 180)"
    n.cell(1, 0).text = "Työsopimus vakinaistui"; n.cell(1, 1).text = "74 henkilöä"
    t3.cell(2, 1).text = "140 kielitukijaa, 22 työpaikalla kielitukisuunnitelma"
    d.add_paragraph("Yllättävää oli, että kielitukijoiden koulutus paransi myös suomenkielisten esihenkilöiden "
        "perehdytystaitoja. Tuloksia arvioitiin alku- ja loppukartoituksilla, työpaikkakohtaisilla "
        "palautekeskusteluilla ja Jyväskylän yliopiston tekemällä ulkoisella arvioinnilla.")
    boldline(d, "5 KEHITYSAJATUKSET")
    d.add_paragraph("Kansalaisopistot ottavat työpaikkakurssit pysyvään tarjontaansa syksystä 2025 alkaen "
        "maksullisina tilauskoulutuksina. Keski-Suomen hyvinvointialue on tilannut kurssit kahdeksaan "
        "hoivayksikköönsä.")
    boldline(d, "6 SUOSITUKSET MUILLE")
    d.add_paragraph("Työaikaan sijoitettu opetus ja nimetty kielitukija työpaikalla ovat toimivin yhdistelmä. "
        "Sopikaa esihenkilöiden kanssa kirjallisesti, kuka vapauttaa työntekijän tunnille.")
    boldline(d, "TIIVISTELMÄ")
    d.add_paragraph("Kielipolku työhön vei suomen opetuksen 22 työpaikalle. 486 maahan muuttanutta työntekijää "
        "opiskeli työaikana, 212 eteni YKI-tasolle 3 ja 140 työkaveria koulutettiin kielitukijoiksi. "
        "Kurssit jatkuvat kansalaisopistojen tilauskoulutuksena.")
    boldline(d, "LAATIMISPÄIVÄ JA YHTEYSTIEDOT")
    d.add_paragraph("Jyväskylässä 20.8.2025. Lisätietoja: projektipäällikkö Aino Mäkelä-Hussein, "
                    "aino.makela-hussein@jyvasrinne.fi; rehtori Petteri Laaksonen.")
    d.save(os.path.join(OUT, "loppuraportti_kielipolku.docx"))
    expected("loppuraportti_kielipolku", "loppuraportti", [])

# ---------------------------------------------------------------- 6 (pitkä hakemus)
P6 = {
"tausta": [
"Rantakylän kaupungissa asuu 41 200 asukasta, joista 65 vuotta täyttäneitä on 27 prosenttia (Tilastokeskus 2024). Ikääntyneiden osuus kasvaa ennusteiden mukaan 31 prosenttiin vuoteen 2035 mennessä. Samaan aikaan kaupungin kulttuuripalvelujen asiakaskyselyssä 2023 vain 18 prosenttia yli 75-vuotiaista vastaajista kertoi osallistuneensa viimeisen vuoden aikana yhteenkään kulttuuritapahtumaan. Syyksi mainittiin useimmin liikkumisen vaikeus, kuljetusten puute ja se, ettei tiedä, mitä on tarjolla.",
"Hyvinvointialueen kotihoidon piirissä on Rantakylässä noin 780 asiakasta ja ympärivuorokautisessa palveluasumisessa 310 asukasta. Kotihoidon työntekijät ovat kertoneet valmistelutyöpajoissa, että monen asiakkaan päivä kuluu yksin televisiota katsellen. Ympärivuorokautisten yksiköiden viriketoiminta on hoitajien jaksamisen varassa, ja taiteilijavierailuja on ollut satunnaisesti, lähinnä joulun ja äitienpäivän aikaan.",
"Kulttuurihyvinvoinnin tutkimus on osoittanut, että säännöllinen taidetoimintaan osallistuminen vähentää yksinäisyyden kokemusta ja tukee kognitiivista toimintakykyä. Valtakunnallisesti kulttuurihyvinvointia on kehitetty useissa hankkeissa, mutta kokemusten mukaan toiminta jää usein irralliseksi, jos sitä ei kytketä hoito- ja palvelusuunnitelmiin ja jos rahoitus on pelkästään hankerahaa. Tähän ongelmaan tämä hanke pyrkii vastaamaan.",
"Hanketta on valmisteltu syksyllä 2025 yhdessä hyvinvointialueen ikäihmisten palvelujen, kaupungin kulttuuripalvelujen, Rantakylän taiteilijaseuran ja vanhusneuvoston kanssa. Valmistelukokouksia pidettiin 9.9., 7.10. ja 4.11.2025, ja vanhusneuvosto antoi hankeideasta lausunnon 21.10.2025. Kokouksissa sovittiin myös, että hyvinvointialue ja kaupunki nimeävät omat yhdyshenkilönsä ohjausryhmään jo ennen hankkeen alkua.",
],
"tavoitteet": [
"Hankkeen päätavoitteena on, että kotona asuvat ja ympärivuorokautisessa hoivassa olevat ikääntyneet rantakyläläiset pääsevät säännöllisesti osallisiksi taiteesta ja kulttuurista ja että kulttuurihyvinvointi on hankkeen päättyessä pysyvä osa hoivan ja kulttuuripalvelujen arkea. Päätavoite jakautuu kolmeen osatavoitteeseen, jotka on koottu alla olevaan taulukkoon yhdessä toimenpiteiden ja mittareiden kanssa.",
],
"kohderyhma": [
"Välitön kohderyhmä ovat kotihoidon asiakkaat (arviolta 250 henkilöä hankkeen aikana) ja kuuden ympärivuorokautisen palveluyksikön asukkaat (noin 200 henkilöä), heidän omaisensa sekä yksiköiden ja kotihoidon työntekijät (noin 160 henkilöä). Toisena kohderyhmänä ovat paikalliset taiteilijat ja taideopettajat, joista tavoitteena on kouluttaa 20 hoivaympäristöön perehtynyttä taiteilijaa.",
"Välillisesti hankkeesta hyötyvät kaupungin kulttuuripalvelut, kirjasto ja kansalaisopisto, jotka saavat uuden asiakasryhmän ja toimintamallin, sekä hyvinvointialue, jonka palvelujen laatu ja henkilöstön työhyvinvointi paranevat. Kohderyhmää on kuultu valmisteluvaiheessa vanhusneuvoston ja kahden palvelutalon asukasraadin kautta.",
],
"toimenpiteet": [
"Hanke toteutetaan kolmessa työpaketissa. Työpaketti 1 (Taide kotiin) rakentaa kotihoidon asiakkaille taidekäyntien mallin: koulutettu taiteilija tai taideopettaja käy kotona kahdeksan kerran jakson ajan, ja käynnit sovitetaan kotihoidon käyntien yhteyteen. Käynneillä lauletaan, maalataan, kuunnellaan musiikkia, muistellaan valokuvien avulla tai luetaan runoja asiakkaan toiveiden mukaan. Jokaisesta jaksosta laaditaan asiakkaan kanssa lyhyt kulttuurisuunnitelma, joka liitetään hoito- ja palvelusuunnitelmaan.",
"Työpaketti 2 (Taiteilija talossa) tuo jokaiseen kuuteen ympärivuorokautiseen yksikköön taiteilijan residenssijakson, joka kestää kolme kuukautta. Residenssitaiteilija työskentelee yksikössä kahtena päivänä viikossa, ohjaa asukkaiden ryhmiä ja tekee työtä yhdessä hoitajien kanssa niin, että hoitajat oppivat käyttämään taiteellisia menetelmiä myös jakson jälkeen. Jakson lopuksi järjestetään yksikön oma näyttely tai esitys, johon kutsutaan omaiset ja naapurusto.",
"Työpaketti 3 (Osaaminen ja rakenteet) kouluttaa taiteilijat ja hoitohenkilöstön. Taiteilijoille järjestetään kymmenen opintopisteen laajuinen hoivaympäristön taiteilijakoulutus yhdessä Rantakylän ammattiopiston kanssa, ja hoitajille neljän päivän kulttuurihyvinvoinnin perusteet -koulutus. Työpaketissa laaditaan myös hyvinvointialueen ja kaupungin välinen kulttuurihyvinvoinnin yhteistyösopimus sekä taidekäyntien hinnoittelu- ja tilausmalli, jonka avulla toimintaa voidaan jatkaa ilman hankerahaa.",
"Kaikissa työpaketeissa kerätään asiakkaiden, omaisten ja henkilöstön palautetta, ja toimintaa muokataan palautteen perusteella puolen vuoden välein. Kokeiluja tehdään pienessä mittakaavassa ennen laajentamista: ensimmäiset taidekäynnit aloitetaan kahdessa kotihoidon tiimissä ja ensimmäinen residenssi yhdessä yksikössä.",
],
"aikataulu": [
"Hankkeen toteutusaika on 1.2.2026–31.1.2028. Alla on vaiheistus neljännesvuosittain.",
],
"resurssit": [
"Hankkeen kokonaiskustannusarvio on 318 000 euroa, josta haetaan valtionavustusta 254 400 euroa (80 %). Omarahoitusosuuden 63 600 euroa maksavat Rantakylän kaupunki (40 000 €) ja hyvinvointialue työpanoksena ja tilojen käyttönä (23 600 €). Henkilöstökuluihin sisältyy kokoaikainen hankekoordinaattori 24 kuukauden ajaksi ja osa-aikainen (50 %) tuottaja. Taiteilijoiden palkkiot maksetaan työpaketeista 1 ja 2.",
"Juurruttamiseen on budjetoitu erikseen 14 000 euroa, joka käytetään hinnoittelumallin laatimiseen, henkilöstön koulutukseen ja loppuseminaariin. Lisäksi hyvinvointialueen kulttuurihyvinvointikoordinaattori käyttää hankkeeseen 20 prosenttia työajastaan koko hankkeen ajan.",
],
"organisointi": [
"Hankkeen hallinnoija on Rantakylän kaupungin kulttuuripalvelut. Hankekoordinaattori työskentelee kulttuuripalvelujen päällikön alaisuudessa. Ohjausryhmään kuuluvat kulttuuripalvelujen päällikkö (pj.), hyvinvointialueen ikäihmisten palvelujen palvelualuejohtaja, kotihoidon palvelupäällikkö, hyvinvointialueen kulttuurihyvinvointikoordinaattori, taiteilijaseuran puheenjohtaja, ammattiopiston koulutuspäällikkö sekä kaksi vanhusneuvoston edustajaa. Ohjausryhmä kokoontuu neljä kertaa vuodessa.",
"Yhteistyökumppaneita ovat lisäksi kaupunginkirjasto, joka tuottaa kotikäynneille kirjapaketteja, kansalaisopisto, joka järjestää omaisille avoimia taideryhmiä, sekä alueellinen taidetoimikunta, jonka kanssa vaihdetaan kokemuksia muiden maakuntien kulttuurihyvinvointihankkeista.",
],
"arviointi": [
"Hankkeen arviointi perustuu itsearviointiin ja ulkoiseen arviointiin. Itsearvioinnissa käytetään tavoitetaulukon mittareita, jotka hankekoordinaattori kokoaa puolivuosittain ohjausryhmälle. Asiakkaiden kokemusta mitataan kuvallisella hyvinvointimittarilla ennen ja jälkeen taidejakson, ja hoitajilta kerätään kysely työn mielekkyydestä hankkeen alussa ja lopussa. Omaisia haastatellaan kahdessa ryhmähaastattelussa vuonna 2027.",
"Ulkoisen arvioinnin toteuttaa ammattikorkeakoulun sosiaali- ja terveysalan opiskelijaryhmä opettajan ohjauksessa opinnäytetyönä, joka valmistuu joulukuussa 2027. Arviointitulokset käsitellään ohjausryhmässä, ja niitä käytetään toimintamallin viimeistelyyn ennen hankkeen päättymistä.",
],
"tulokset": [
"Hankkeen tuloksena syntyy kaksi kuvattua toimintamallia (taidekäynnit kotiin ja residenssijakso hoivayksikössä), 20 hoivaympäristöön koulutettua taiteilijaa, kulttuurihyvinvoinnin perusteet osaava hoitohenkilöstö sekä hyvinvointialueen ja kaupungin yhteistyösopimus. Pidemmällä aikavälillä odotamme, että ikääntyneiden yksinäisyys vähenee, arki tuntuu merkityksellisemmältä ja hoitajien työn mielekkyys paranee.",
"Vaikutukset näkyvät myös taiteilijoiden toimeentulossa: hoivaympäristöön koulutetut taiteilijat voivat jatkossa myydä palvelujaan hyvinvointialueelle ja yksityisille palveluntuottajille hinnoittelumallin mukaisesti.",
],
"juurruttaminen": [
"Juurruttaminen on otettu huomioon jo hakuvaiheessa: hyvinvointialue ja kaupunki ovat sitoutuneet hankkeeseen allekirjoittamalla aiesopimuksen 18.11.2025, ja molemmat nimeävät yhdyshenkilönsä ohjausryhmään hankkeen alussa helmikuussa 2026. Hankkeen päättyessä toiminnan omistajuus siirtyy hyvinvointialueen ikäihmisten palveluille: palvelualuejohtaja Riitta Hyvönen vastaa siitä, että kulttuurisuunnitelma on osa hoito- ja palvelusuunnitelmaa, ja Rantakylän kaupungin kulttuuripalvelujen päällikkö Jussi Lindqvist vastaa taiteilijapoolin ylläpidosta ja taidekäyntien tilaamisesta.",
"Juurruttamista suunnitellaan 4V-mallin mukaan. Viestintä: toimintaa ja tuloksia kerrotaan koko hankkeen ajan henkilöstölle, omaisille ja päättäjille (ks. viestintä). Variointi: malleja muokataan kohderyhmien mukaan, esimerkiksi muistisairaille laaditaan oma aistilähtöinen taidekäyntien versio ja kotihoidon kiireisiin tiimeihin lyhyempi 20 minuutin käyntimalli. Valtavirtaistaminen: mallit kuvataan Innokylään ja niitä esitellään naapurikuntien kulttuuri- ja hoivatoimijoille, jotta toimintaa voidaan kokeilla muuallakin. Vakiinnuttaminen: yhteistyösopimus ja hinnoittelumalli hyväksytään hyvinvointialueen ja kaupungin päätöksentekoelimissä syksyllä 2027, ja taidekäyntien kustannukset sisällytetään vuoden 2028 talousarvioihin.",
"Hankkeen jälkeen, vuoden 2028 aikana, hyvinvointialueen kulttuurihyvinvointikoordinaattori seuraa taidekäyntien ja residenssien määrää ja raportoi niistä ikäihmisten palvelujen johtoryhmälle.",
],
"riskit": [
"Merkittävin riski on, että hoitohenkilöstön kiire estää osallistumisen koulutuksiin ja residenssijaksoihin. Riskiä pienennetään sijoittamalla koulutukset työvuorosuunnitteluun ja sopimalla sijaisista hyvinvointialueen kanssa etukäteen. Toinen riski on, ettei hoivaympäristöön halukkaita taiteilijoita löydy tarpeeksi; tähän varaudutaan yhteishaulla koko maakunnan alueelle. Kolmas riski liittyy jatkorahoitukseen: jos talousarviopäätökset viivästyvät, toimintaa jatketaan pienempänä kaupungin kulttuuripalvelujen määrärahoilla, kunnes hyvinvointialueen päätös on tehty.",
],
"viestinta": [
"Hankkeella on viestintäsuunnitelma, jonka tuottaja päivittää kahdesti vuodessa. Sisäisessä viestinnässä käytetään hyvinvointialueen intranetiä ja kotihoidon tiimipalavereja. Ulkoisesti hankkeesta kerrotaan kaupungin verkkosivuilla, paikallislehti Rantakylän Sanomissa, kaupungin Instagram-tilillä ja vanhusneuvoston tilaisuuksissa. Taideteoksia ja tarinoita kootaan verkkonäyttelyyn, jonka tekijät ovat itse hyväksyneet.",
"Loppuseminaari järjestetään tammikuussa 2028, ja siihen kutsutaan maakunnan kuntien, hyvinvointialueiden ja taidetoimijoiden edustajat. Toimintamallit ja taiteilijakoulutuksen materiaalit julkaistaan Innokylässä ja Taiteen edistämiskeskuksen kulttuurihyvinvoinnin verkostossa.",
],
}


P6["tausta"] += [
"Rantakylän kaupunkistrategiassa 2022–2030 yhtenä painopisteenä on ikäystävällinen kaupunki, ja kaupungin hyvinvointikertomuksessa 2024 kulttuuriin osallistumisen eriarvoisuus nostettiin yhdeksi kehittämiskohteeksi. Hyvinvointialueen palvelustrategiassa puolestaan todetaan, että kotona asumista tuetaan ennaltaehkäisevillä ja toimintakykyä ylläpitävillä palveluilla. Kulttuurihyvinvointia ei kuitenkaan ole kummassakaan asiakirjassa kuvattu konkreettisiksi palveluiksi, eikä sille ole nimetty vastuutahoa. Käytännössä kulttuuripalvelut tuottavat tapahtumia, joihin ikääntyneiden on vaikea päästä, ja hoivapalvelut tekevät arjessa sitä, mihin hoitajilla riittää aikaa ja osaamista.",
"Rantakylässä toimii aktiivinen taiteilijayhteisö: taiteilijaseurassa on 84 jäsentä, ja alueella asuu lisäksi noin 40 freelance-muusikkoa, tanssijaa ja teatterin tekijää. Taiteilijaseuran jäsenkyselyssä 2025 yli puolet vastaajista kertoi olevansa kiinnostunut työskentelystä hoivaympäristössä, mutta vain harva tiesi, miten tällaista työtä tilataan tai hinnoitellaan. Moni pelkäsi myös, ettei osaa toimia muistisairaan tai vaikeasti liikkuvan ihmisen kanssa. Taiteilijoiden osaamisen vahvistaminen on siksi yhtä tärkeää kuin hoitajien osaamisen kehittäminen.",
"Koronavuosien 2020–2022 aikana hoivayksiköiden ulkopuoliset vierailut loppuivat lähes kokonaan, ja monessa yksikössä viriketoiminta ei ole palautunut entiselle tasolleen. Henkilöstön vaihtuvuus on ollut suurta: ympärivuorokautisten yksiköiden hoitajista noin viidennes on aloittanut työssään viimeisen kahden vuoden aikana. Uudet työntekijät eivät tunne aiemmin käytettyjä musiikki- ja muisteluhetkien käytäntöjä, joten niitä pitää rakentaa uudelleen ja kirjata niin, että ne säilyvät henkilövaihdoksista huolimatta.",
]
P6["kohderyhma"] += [
"Kotihoidon asiakkaat valitaan taidekäynneille yhdessä kotihoidon tiimien kanssa. Ensisijaisesti tavoitamme asiakkaita, jotka asuvat yksin, joiden sosiaalinen verkosto on pieni tai jotka ovat kertoneet yksinäisyydestä palvelutarpeen arvioinnissa. Osallistuminen on vapaaehtoista, ja asiakas voi keskeyttää jakson milloin tahansa. Muistisairaiden asiakkaiden kohdalla suunnitelma tehdään yhdessä omaisen tai lähihenkilön kanssa. Tavoitteena on, että vähintään kolmannes osallistujista on yli 85-vuotiaita, koska he ovat jääneet kulttuuripalvelujen ulkopuolelle useimmin.",
"Hoivayksiköiden henkilöstö on hankkeen kannalta ratkaiseva kohderyhmä: jos hoitajat eivät koe taidetoimintaa omaksi työkseen, se päättyy residenssitaiteilijan lähtiessä. Siksi jokaisesta yksiköstä nimetään kaksi kulttuuriluotsia, jotka osallistuvat koulutukseen, suunnittelevat residenssijakson yhdessä taiteilijan kanssa ja jatkavat toimintaa jakson jälkeen.",
]
P6["toimenpiteet"] += [
"Työpaketin 1 pilotti alkaa huhtikuussa 2026 kahdessa kotihoidon tiimissä, joissa on yhteensä noin 120 asiakasta. Pilotissa testataan asiakkaiden valintaa, käyntien ajoitusta ja kulttuurisuunnitelman lomaketta. Pilotin kokemukset käsitellään ohjausryhmässä elokuussa 2026, minkä jälkeen toiminta laajenee kaikkiin kuuteen kotihoidon tiimiin. Laajennusvaiheessa taidekäyntejä toteuttaa 12–15 taiteilijaa, ja jokaisella on vakituinen yhteyshenkilö kotihoidon tiimissä. Käyntien varaamiseen käytetään kotihoidon toiminnanohjausjärjestelmää, jotta käynnit näkyvät hoitajien työlistoissa eivätkä mene päällekkäin hoitokäyntien kanssa.",
"Työpaketin 2 residenssijaksot toteutetaan kolmessa aallossa: ensimmäinen yksikkö syksyllä 2026, kolme yksikköä keväällä 2027 ja kaksi yksikköä syksyllä 2027. Residenssitaiteilijat valitaan avoimella haulla, jossa painotetaan aiempaa kokemusta yhteisötaiteesta ja valmiutta työskennellä hoitajien rinnalla. Jokainen residenssi alkaa yksikön asukkaiden ja henkilöstön yhteisellä suunnittelutuokiolla, jossa kootaan asukkaiden toiveita ja muistoja. Taiteilija kirjaa jakson aikana menetelmät, jotka hoitajat voivat ottaa käyttöön, ja jättää yksikköön materiaalipakin.",
"Työpaketin 3 taiteilijakoulutus sisältää viisi lähipäivää ja ohjatun harjoittelujakson. Koulutuksen sisältöjä ovat ikääntymisen ja muistisairauksien perusteet, vuorovaikutus hoivaympäristössä, tietosuoja ja asiakasturvallisuus, kulttuurisuunnitelman laatiminen sekä taiteilijan oma hinnoittelu ja laskutus. Hoitajien koulutus järjestetään työaikana neljänä päivänä, ja se sisältää käytännön harjoituksia musiikin, kuvataiteen, liikkeen ja sanataiteen käytöstä arjessa. Koulutukset suunnitellaan yhdessä ammattiopiston kanssa niin, että ne voidaan hankkeen jälkeen liittää opiston täydennyskoulutustarjontaan.",
"Hinnoittelu- ja tilausmallin laatiminen aloitetaan jo ensimmäisenä hankevuonna, koska hyvinvointialueen talousarvioprosessi vaatii tiedon kustannuksista hyvissä ajoin. Malli laaditaan yhdessä hyvinvointialueen hankintapalvelujen kanssa, ja sen pohjaksi kootaan toteutuneiden taidekäyntien todelliset kustannukset. Mallissa määritellään taidekäynnin ja residenssipäivän hinta, taiteilijoiden pätevyysvaatimukset ja se, miten yksiköt tilaavat palvelun.",
]
P6["arviointi"] += [
"Hyvinvointimittarina käytetään kuvallista, viisiportaista kyselyä, jonka muistisairaskin asiakas pystyy täyttämään yhdessä taiteilijan tai hoitajan kanssa. Kysely sisältää kysymykset mielialasta, yksinäisyydestä, päivän mielekkyydestä ja siitä, onko asiakkaalla ollut jotakin odotettavaa. Lisäksi taiteilijat kirjaavat jokaisesta käynnistä lyhyen havaintopäiväkirjan. Residenssijaksoista kerätään yksikkökohtaisesti tieto osallistuneiden asukkaiden määrästä, toteutuneista ryhmäkerroista ja hoitajien itse ohjaamista taidehetkistä jakson jälkeen.",
"Arviointitiedon keruu ajoitetaan niin, että tulokset ovat käytettävissä päätöksenteossa: ensimmäinen väliraportti valmistuu syyskuussa 2026 pilotin jälkeen, toinen maaliskuussa 2027 ennen talousarviovalmistelun alkua ja loppuarviointi joulukuussa 2027. Asiakkaat ja omaiset osallistuvat arviointiin palautteen ja haastattelujen kautta, ja vanhusneuvosto kommentoi väliraportteja.",
]
P6["riskit"] += [
"Neljäs riski koskee asiakkaiden terveydentilan muutoksia: kotihoidon asiakkaiden voinnin heikkeneminen voi keskeyttää jaksoja. Tähän varaudutaan mitoittamalla taiteilijoiden työmäärä niin, että keskeytyneen jakson tilalle voidaan ottaa uusi asiakas. Viidentenä riskinä on hankekoordinaattorin vaihtuminen kesken hankkeen; riskiä pienennetään dokumentoimalla työ yhteiseen työtilaan ja pitämällä tuottaja perehtyneenä kaikkiin työpaketteihin.",
]
P6["viestinta"] += [
"Omaisille hankkeesta tiedotetaan yksiköiden omaisten illoissa ja kotihoidon asiakaskirjeissä. Päättäjille järjestetään syksyllä 2026 ja syksyllä 2027 tutustumiskäynnit residenssiyksiköihin, jotta kaupunginvaltuuston ja aluevaltuuston jäsenet näkevät toiminnan omin silmin ennen talousarviopäätöksiä. Viestinnässä käytetään selkokieltä, ja kaikki tiedotteet tehdään myös ruotsiksi kaksikielisen naapurikunnan yhteistyöyksikköä varten.",
]

P6["tausta"].insert(0, "Tiivistelmä: Hanke rakentaa Rantakylään kaksi kulttuurihyvinvoinnin toimintamallia, taidekäynnit kotihoidon asiakkaille ja taiteilijaresidenssit ympärivuorokautisiin hoivayksiköihin, ja kouluttaa niitä varten taiteilijoita ja hoitajia. Hanke kestää kaksi vuotta, ja sen aikana hyvinvointialue ja kaupunki sopivat toiminnan rahoituksesta ja vastuista hankkeen jälkeen. Toimintaa on suunniteltu yhdessä ikääntyneiden, omaisten, hoitajien ja taiteilijoiden kanssa.")
P6["tausta"] += [
"Aiempia kokemuksia on saatu kaupungin kulttuuripalvelujen pienestä Laulava kotihoito -kokeilusta vuonna 2024, jossa kaksi muusikkoa teki kolmen kuukauden ajan laulukäyntejä 30 kotihoidon asiakkaan luona. Asiakaspalautteessa käynnit saivat keskiarvon 4,8 asteikolla yhdestä viiteen, ja hoitajat kertoivat asiakkaiden odottaneen käyntejä koko viikon. Kokeilu kuitenkin päättyi, koska sille ei ollut rahoitusta eikä omistajaa kummassakaan organisaatiossa. Tämä kokemus on ohjannut hankkeen suunnittelua: jatkuvuuden ratkaisut on rakennettu mukaan alusta asti.",
]
P6["organisointi"] += [
"Hankekoordinaattorin tehtävänä on vastata hankkeen arjen johtamisesta, työpakettien yhteensovittamisesta, taiteilijoiden ohjauksesta ja raportoinnista rahoittajalle. Tuottaja vastaa viestinnästä, tapahtumien ja koulutusten käytännön järjestelyistä sekä taiteilijasopimuksista. Hyvinvointialueen kulttuurihyvinvointikoordinaattori toimii linkkinä hoivayksiköiden ja kotihoidon suuntaan ja huolehtii siitä, että toimintamallit sopivat hyvinvointialueen prosesseihin. Kotihoidon tiimeissä ja hoivayksiköissä toimivat kulttuuriluotsit muodostavat hankkeen käytännön verkoston, joka kokoontuu kerran kuukaudessa.",
"Taiteilijoiden kanssa tehdään kirjalliset toimeksiantosopimukset, joissa sovitaan palkkiosta, vakuutuksista, vaitiolovelvollisuudesta ja tekijänoikeuksista. Asiakkaiden kanssa syntyneiden teosten käytöstä viestinnässä sovitaan aina erikseen asiakkaan tai hänen edustajansa kanssa.",
]
P6["tulokset"] += [
"Määrällisesti odotamme, että hankkeen aikana toteutuu vähintään 2 000 taidekäyntiä kotiin ja kuusi residenssijaksoa, että 450 ikääntynyttä osallistuu toimintaan ja että 120 hoitajaa käy kulttuurihyvinvoinnin perusteet -koulutuksen. Laadullisesti odotamme, että asiakkaat kokevat arjessaan enemmän iloa ja odotettavaa, että omaiset saavat uusia tapoja olla yhdessä läheisensä kanssa ja että hoitajat kokevat voivansa tehdä työtään kokonaisvaltaisemmin.",
"Hankkeen tuotoksia ovat lisäksi taidekäyntien käsikirja, residenssijakson suunnittelupohja, kulttuurisuunnitelman lomake, taiteilijakoulutuksen opetussuunnitelma ja materiaalit, hinnoittelumalli sekä verkkonäyttely. Kaikki tuotokset julkaistaan avoimesti, jotta muut kunnat ja hyvinvointialueet voivat hyödyntää niitä.",
]
P6["juurruttaminen"] += [
"Juurruttamisen käytännön toimet on aikataulutettu hankkeen vaiheisiin. Ensimmäisenä hankevuonna kulttuurisuunnitelman lomake lisätään hyvinvointialueen asiakastietojärjestelmän hoito- ja palvelusuunnitelmaan, ja kotihoidon esihenkilöt perehdytetään sen käyttöön. Toisena vuonna hinnoittelumalli viedään hyvinvointialueen ja kaupungin talousarviovalmisteluun, ja kulttuuriluotsien tehtävä kirjataan yksiköiden tehtävänkuviin. Hankkeen viimeisinä kuukausina taiteilijapooli siirretään kulttuuripalvelujen ylläpitämäksi, ja taiteilijakoulutus siirtyy ammattiopiston täydennyskoulutukseksi.",
"Juurruttamisen onnistumista arvioidaan ohjausryhmässä jokaisessa kokouksessa erillisenä asiakohtana. Jos jokin vakiinnuttamisen edellytyksistä näyttää jäävän toteutumatta, ohjausryhmä päättää korjaavista toimista viimeistään syyskuussa 2027.",
]
P6["tausta"] += [
"Hanke liittyy suoraan avustushaun painopisteeseen, joka koskee kulttuurin saavutettavuutta erityisryhmille ja hallinnonalojen välistä yhteistyötä. Se tukee myös hyvinvointialueen ja kunnan yhteistä hyvinvoinnin ja terveyden edistämisen suunnitelmaa, jossa yksinäisyyden vähentäminen on nimetty yhdeksi kolmesta kärkitavoitteesta. Hankkeen uutuusarvo on siinä, että kulttuuripalvelut ja hoivapalvelut suunnittelevat toiminnan yhdessä alusta asti ja että taidetoiminta kirjataan asiakkaan omaan suunnitelmaan eikä jää erilliseksi virkistykseksi.",
]
P6["kohderyhma"] += [
"Saavutettavuus on huomioitu kaikessa toiminnassa. Taidekäynnit tehdään asiakkaan kotona hänen omassa tahdissaan, eikä osallistuminen edellytä liikkumista, tietoteknisiä taitoja tai aiempaa harrastuneisuutta. Materiaalit tehdään selkokielellä ja isolla fontilla, ja kuulovammaisia asiakkaita varten taiteilijoille järjestetään perehdytys kuulon apuvälineisiin. Ruotsinkielisille ja venäjänkielisille asiakkaille pyritään löytämään omankielinen taiteilija. Toiminta on asiakkaille maksutonta koko hankkeen ajan.",
]
P6["toimenpiteet"] += [
"Omaisille järjestetään kansalaisopiston kanssa kaksi avointa taideryhmää vuodessa, joissa omainen ja ikääntynyt läheinen voivat tehdä yhdessä. Ryhmät kokoontuvat kirjastossa tai palvelutalon yhteistiloissa, ja kuljetus järjestetään tarvittaessa kaupungin asiointiliikenteellä. Kirjasto kokoaa taidekäynneille teemoittain kirja- ja musiikkipaketteja, joita asiakas voi pitää kotonaan jakson ajan. Lisäksi residenssiyksiköiden näyttelyistä kootaan kiertävä näyttely, joka esitetään kaupunginkirjastossa ja kulttuuritalolla vuonna 2027.",
"Hankkeen alussa helmikuussa ja maaliskuussa 2026 palkataan hankekoordinaattori ja tuottaja, kootaan ohjausryhmä, nimetään kulttuuriluotsit ja avataan taiteilijoiden haku. Käynnistysvaiheessa laaditaan myös tarkennettu arviointisuunnitelma ja viestintäsuunnitelma. Hankkeen loppuvaiheessa joulukuusta 2027 tammikuuhun 2028 kootaan loppuraportti, järjestetään loppuseminaari ja siirretään toiminta pysyville omistajille.",
]
P6["riskit"] += [
"Riskejä seurataan ohjausryhmän kokouksissa riskitaulukon avulla, jossa jokaiselle riskille on arvioitu todennäköisyys, vaikutus ja vastuuhenkilö. Taulukko päivitetään puolivuosittain arviointiraportin yhteydessä, ja uudet riskit lisätään siihen heti, kun ne tunnistetaan.",
]
P6["arviointi"] += [
"Arviointi toteutetaan eettisesti kestävällä tavalla: osallistujilta pyydetään suostumus tietojen keräämiseen, tiedot käsitellään nimettöminä ja muistisairaiden osallistujien kohdalla suostumus pyydetään myös omaiselta. Arvioinnin aineistot säilytetään hyvinvointialueen suojatussa työtilassa ja hävitetään hankkeen päätyttyä arkistointisuunnitelman mukaisesti.",
]

P6["tulokset"] += [
"Hankkeen vaikutukset ulottuvat myös hoivatyön vetovoimaan. Valmistelutyöpajoissa hoitajat kertoivat, että mahdollisuus tehdä asukkaiden kanssa muutakin kuin perushoitoa on yksi syy jäädä alalle. Jos hoitajakyselyssä työn mielekkyys paranee hankkeen aikana, tuloksia voidaan käyttää hyvinvointialueen rekrytointiviestinnässä. Taiteilijoiden näkökulmasta hanke luo uuden, säännöllisen työmarkkinan, joka tasoittaa freelance-työn tulojen vaihtelua. Kaupungin kulttuuripalveluille hanke tuo tietoa siitä, miten palveluja voidaan viedä sinne, missä ihmiset ovat, eikä vain odottaa heitä tapahtumiin.",
"Epäonnistumisen merkkejä seurataan yhtä tarkasti kuin onnistumisia. Jos esimerkiksi taidekäyntien keskeytysprosentti nousee yli 20:n tai jos hoitajat eivät jatka taidehetkiä residenssijakson jälkeen, ohjausryhmä arvioi toimintamallin uudelleen. Näin toimintamallit, jotka siirretään pysyviksi, on testattu todellisissa oloissa ja korjattu kokemusten perusteella.",
]
P6["viestinta"] += [
"Viestinnän onnistumista seurataan verkkosivujen kävijämäärillä, somepäivitysten tavoittavuudella, lehtijuttujen määrällä sekä loppuseminaarin osallistujamäärällä ja palautteella. Tavoitteena on, että vähintään kymmenen muuta kuntaa tai hyvinvointialuetta ottaa yhteyttä hankkeeseen toimintamallien tiimoilta ja että vähintään kolme niistä aloittaa oman kokeilun jo ennen hankkeen päättymistä.",
"Kulttuuriluotsit kertovat kokemuksistaan myös hyvinvointialueen sisäisissä koulutuspäivissä, joita järjestetään kahdesti vuodessa kaikille ikäihmisten palvelujen työntekijöille. Vertaisten kertomana toiminta leviää tehokkaammin kuin ylhäältä annettuna ohjeena.",
]
P6["organisointi"] += [
"Ohjausryhmän tehtävänä on seurata hankkeen etenemistä ja taloutta, hyväksyä toimintasuunnitelmat ja arviointiraportit sekä tehdä juurruttamista koskevat esitykset organisaatioidensa päätöksentekoon. Ohjausryhmän jäsenet vastaavat siitä, että tieto hankkeesta kulkee heidän omiin organisaatioihinsa, ja kukin heistä raportoi hankkeesta omalle johtoryhmälleen vähintään kerran vuodessa.",
]

P6["toimenpiteet"] += [
"Taiteilijoiden työtä tuetaan koko hankkeen ajan työnohjauksella, joka järjestetään ryhmämuotoisena kerran kuukaudessa. Hoivaympäristössä taiteilija kohtaa usein surua, sairautta ja kuolemaa, ja työnohjaus auttaa jaksamaan sekä jakamaan hyviä käytäntöjä. Työnohjauksessa syntyneitä havaintoja hyödynnetään myös taiteilijakoulutuksen kehittämisessä. Kotihoidon tiimien kanssa pidetään kuukausittain lyhyt yhteispalaveri, jossa käydään läpi asiakkaiden tilanteet ja sovitaan tarvittavista muutoksista käyntien ajoitukseen tai sisältöön.",
"Residenssijaksojen päätteeksi jokainen yksikkö laatii yhdessä taiteilijan kanssa jatkosuunnitelman, johon kirjataan, mitä taidehetkiä yksikön henkilöstö jatkaa, kuka niistä vastaa ja kuinka usein niitä järjestetään. Suunnitelma käydään läpi puolen vuoden kuluttua yksikön ja hankekoordinaattorin yhteisessä tapaamisessa, jossa sovitaan tarvittaessa taiteilijan lisäkäynneistä.",
]

P6["riskit"] += [
"Kuudes riski liittyy tietosuojaan ja asiakasturvallisuuteen, koska taiteilijat työskentelevät asiakkaiden kodeissa ilman hoitajaa. Kaikki taiteilijat perehdytetään hyvinvointialueen tietosuoja- ja turvallisuusohjeisiin, heiltä pyydetään rikostaustaote ja heille nimetään kotihoidon tiimistä yhteyshenkilö, jolle voi soittaa heti, jos asiakkaan voinnissa tai kotona huomataan jotakin huolestuttavaa. Poikkeamat kirjataan hyvinvointialueen HaiPro-järjestelmään samalla tavalla kuin hoitohenkilöstön ilmoitukset.",
]

P6["kohderyhma"] += [
"Taiteilijoiden valinnassa painotetaan monipuolisuutta: mukaan halutaan muusikoita, kuvataiteilijoita, tanssijoita, sanataiteilijoita ja teatterin tekijöitä, jotta asiakkaat voivat valita itselleen mieluisan taiteenlajin. Hakuilmoitus julkaistaan taiteilijaseuran, alueellisen taidetoimikunnan ja ammattiopiston kanavissa.",
]

P6_LIITE = [
"Liite 1. Taidekäynnin palautelomake (täytetään jakson lopuksi)",
"Asiakkaan tunnus: ____________   Taiteilija: ____________   Päivämäärä: ____________",
"1. Miltä taidekäynnit tuntuivat? (hymynaamat 1–5)",
"2. Mikä käynneissä oli mieluisinta?",
"3. Mitä toivoisit seuraavalle kerralle?",
"Lomakkeen täyttämisessä avustanut henkilö: ____________",
]

def doc6():
    d = Document()
    d.add_paragraph("Luonnos 3 · 24.11.2025 · korjattu valmisteluryhmän kommenttien perusteella")
    d.add_heading("Hankesuunnitelma: Taide kotiin ja taloon – kulttuurihyvinvointia ikääntyneiden arkeen", 0)
    d.add_paragraph("Hakija: Rantakylän kaupunki, kulttuuripalvelut. Haettava rahoitus: opetus- ja "
        "kulttuuriministeriön kulttuurihyvinvoinnin kehittämisavustus (hakukierros 2025–2026).")
    heads = [("tausta", "1. Miksi hanketta tarvitaan?"), ("tavoitteet", "2. Tavoitteet"),
             ("kohderyhma", "3. Kenelle hanke on? *"), ("toimenpiteet", "4. Toiminnan kuvaus"),
             ("aikataulu", "5. Aikataulu"), ("resurssit", "6. Talous"), ("organisointi", "7. Organisointi ja yhteistyökumppanit"),
             ("arviointi", "8. Miten arvioimme onnistumista?"), ("tulokset", "9. Tulokset ja vaikutukset"),
             ("juurruttaminen", "10. Tulosten juurruttaminen ja jatkuvuus"), ("riskit", "11. Riskit"),
             ("viestinta", "12. Viestintä ja levittäminen")]
    for key, h in heads:
        d.add_heading(h, 1)
        for para in P6[key]:
            d.add_paragraph(para)
        if key == "tavoitteet":
            table(d, [["Tavoite", "Toimenpiteet", "Mittarit"],
                ["Ikääntyneet pääsevät säännöllisesti osallisiksi taiteesta kotona ja hoivayksiköissä",
                 "Taidekäynnit kotiin (TP1) ja residenssijaksot kuudessa yksikössä (TP2)",
                 "Taidekäyntijaksoille osallistuneiden määrä (tavoite 250 + 200); kuvallinen hyvinvointimittari ennen ja jälkeen jakson"],
                ["Hoitohenkilöstö ja taiteilijat osaavat käyttää kulttuurihyvinvoinnin menetelmiä",
                 "Taiteilijakoulutus 10 op ja hoitajien neljän päivän koulutus (TP3); yhteistyö residenssitaiteilijan kanssa",
                 "Koulutettujen määrä (20 taiteilijaa, 120 hoitajaa); hoitajakysely työn mielekkyydestä alussa ja lopussa"],
                ["Kulttuurihyvinvointi on pysyvä osa palveluja hankkeen jälkeen",
                 "Yhteistyösopimus, hinnoittelu- ja tilausmalli, kulttuurisuunnitelma osaksi hoito- ja palvelusuunnitelmaa",
                 "Sopimus hyväksytty päätöselimissä; taidekäyntien määräraha vuoden 2028 talousarvioissa"]])
        if key == "aikataulu":
            table(d, [["Vaihe", "Q1/2026", "Q2/2026", "Q3/2026", "Q4/2026", "2027", "Q1/2028"],
                ["Käynnistys, yhdyshenkilöt, rekrytointi", "x", "", "", "", "", ""],
                ["Taiteilijakoulutus", "", "x", "x", "", "", ""],
                ["Taidekäynnit kotiin (pilotti → laajennus)", "", "x", "x", "x", "x", ""],
                ["Residenssijaksot", "", "", "x", "x", "x", ""],
                ["Sopimus ja hinnoittelumalli", "", "", "", "x", "x", ""],
                ["Ulkoinen arviointi, loppuseminaari", "", "", "", "", "x", "x"]])
        if key == "resurssit":
            table(d, [["Kustannuslaji", "2026", "2027", "2028", "Yhteensä"],
                ["Henkilöstökulut", "98 000", "101 000", "8 500", "207 500"],
                ["Taiteilijapalkkiot", "30 000", "42 000", "0", "72 000"],
                ["Koulutus ja juurruttaminen", "9 000", "12 000", "2 500", "23 500"],
                ["Muut kulut", "7 000", "7 000", "1 000", "15 000"],
                ["Yhteensä", "144 000", "162 000", "12 000", "318 000"]])
    d.add_heading(P6_LIITE[0], 1)
    for ln in P6_LIITE[1:]:
        d.add_paragraph(ln)
    d.save(os.path.join(OUT, "hankesuunnitelma_taide_kotiin.docx"))
    expected("hankesuunnitelma_taide_kotiin", "hankesuunnitelma", [])

if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc6, doc7, doc8):
        f()
