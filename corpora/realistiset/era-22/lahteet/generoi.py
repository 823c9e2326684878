# -*- coding: utf-8 -*-
"""Era-22: realististen suomenkielisten testiasiakirjojen generaattori.
Aja: /tmp/writer22-venv/bin/python generoi.py  (luo asiakirjat kansioon ..)"""
import json, os, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def E(tag, **attrs):
    el = etree.SubElement if False else None
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e

def run_el(text, deleted=False, bold=False):
    r = E("w:r")
    if bold:
        rpr = E("w:rPr"); rpr.append(E("w:b")); r.append(rpr)
    t = E("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r

_rev = [100]
def rev_wrap(kind, text, author="Sari K.", date="2025-02-11T09:14:00Z"):
    _rev[0] += 1
    w = E("w:ins" if kind == "ins" else "w:del", **{"w:id": _rev[0], "w:author": author, "w:date": date})
    w.append(run_el(text, deleted=(kind == "del")))
    return w

def tracked_para(doc, parts, style=None):
    """parts: [(kind,text)] kind in n/ins/del"""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        if kind == "n":
            p._p.append(run_el(text))
        else:
            p._p.append(rev_wrap(kind, text))
    return p

def deleted_para(doc, text, style=None):
    """Kokonaan poistettu kappale (myös kappalemerkki poistettu)."""
    p = doc.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    rpr = E("w:rPr"); _rev[0] += 1
    rpr.append(E("w:del", **{"w:id": _rev[0], "w:author": "Sari K.", "w:date": "2025-02-11T09:20:00Z"}))
    ppr.append(rpr)
    p._p.append(rev_wrap("del", text))
    return p

_sdt = [500]
def sdt_run(p, text=None, tag="kentta"):
    """Rivinsisäinen sisältöohjausobjekti; text=None -> täyttämätön paikkamerkki."""
    _sdt[0] += 1
    sdt = E("w:sdt"); pr = E("w:sdtPr")
    al = E("w:alias", **{"w:val": tag}); pr.append(al)
    pr.append(E("w:tag", **{"w:val": tag})); pr.append(E("w:id", **{"w:val": _sdt[0]}))
    if text is None:
        pr.append(E("w:showingPlcHdr"))
    pr.append(E("w:text"))
    sdt.append(pr)
    c = E("w:sdtContent")
    c.append(run_el(text if text is not None else "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."))
    sdt.append(c)
    p._p.append(sdt)

def sdt_block(doc, paragraphs, tag="vastaus"):
    """Lohkotason sisältöohjausobjekti, jonka sisällä vastauskappaleet."""
    _sdt[0] += 1
    sdt = E("w:sdt"); pr = E("w:sdtPr")
    pr.append(E("w:alias", **{"w:val": tag})); pr.append(E("w:tag", **{"w:val": tag}))
    pr.append(E("w:id", **{"w:val": _sdt[0]}))
    sdt.append(pr); c = E("w:sdtContent")
    for t in paragraphs:
        p = E("w:p"); p.append(run_el(t)); c.append(p)
    sdt.append(c)
    body = doc.element.body
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää

def bold_line(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def paras(doc, text):
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("- "):
            for li in block.split("\n"):
                doc.add_paragraph(li[2:].strip(), style="List Bullet")
        else:
            doc.add_paragraph(" ".join(l.strip() for l in block.split("\n")))

def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if header and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t

def save_json(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")

def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    return d

# ---------------------------------------------------------------------------
# 01 Kyläyhdistys, Leader-hankesuunnitelma, muutosjäljet (riskiosio poistettu)
# ---------------------------------------------------------------------------
def doc01():
    name = "01_kylayhdistys_kylatalo_hankesuunnitelma"
    d = base_doc()
    d.add_heading("Hankesuunnitelma: Kylätalo kaikkien olohuoneeksi", 0)
    d.add_paragraph("Haapajärven kyläyhdistys ry · Leader Pohjoisen Kärki ry:n haku · Luonnos 3.3.2025, versio 2")
    d.add_heading("Miksi hanke tarvitaan?", 1)
    paras(d, """
Haapajärven kylässä asuu noin 380 asukasta, ja heistä lähes kolmannes on yli 65-vuotiaita (kunnan
väestötiedot 2023). Kylän koulu lakkautettiin vuonna 2019, minkä jälkeen vanha kylätalo on ollut ainoa
yhteinen kokoontumispaikka. Talo on kuitenkin auki vain muutamana iltana kuukaudessa, eikä sen keittiö
tai esteettömyys vastaa nykyisiä tarpeita. Kyläkyselyssä syksyllä 2024 vastaajista 71 % toivoi taloon
säännöllistä päivätoimintaa ja kokoontumisia myös arkipäivisin.""")
    d.add_heading("Tavoitteet", 1)
    paras(d, """
Tavoitteenamme on, että kylätalo on auki vähintään kolmena päivänä viikossa ja että siellä järjestetään
säännöllistä, kaikille avointa toimintaa. Toiseksi haluamme, että naapuriapu vahvistuu: yksin asuvat ikäihmiset saavat kyydin kauppaan ja
asioille, ja joku kylältä käy heidän luonaan säännöllisesti.""")
    d.add_heading("Kenelle hanke on?", 1)
    paras(d, """
Ensisijaisesti kylän ikääntyneille ja yksin asuville, mutta myös lapsiperheille ja etätyöläisille, jotka
tarvitsevat paikan tavata muita. Välillisesti hanke hyödyttää koko kylää ja kylän yhdistyksiä.""")
    d.add_heading("Toiminnan kuvaus", 1)
    paras(d, """
- Kylätalon keittiö kunnostetaan ja sisäänkäyntiin rakennetaan luiska talkootyönä.
- Taloon perustetaan viikoittainen kyläkahvila (ti ja to) ja kerran kuussa pidettävä kylälounas.
- Vapaaehtoisista kootaan 8–10 hengen emäntä- ja isäntärinki, joka vastaa aukioloista vuorolistan mukaan.
- Yksin asuville ikäihmisille tehdään kotikäynti- ja kyytirinki yhdessä SPR:n paikallisosaston kanssa.""")
    d.add_heading("Aikataulu", 1)
    d.add_paragraph("Hanke toteutetaan 1.5.2025–30.4.2026.")
    d.add_heading("Talous", 1)
    paras(d, """
Hankkeen kokonaiskustannukset ovat 18 400 euroa, josta Leader-tuen osuus on 75 % ja loput katetaan
yhdistyksen omalla rahoituksella ja talkootyöllä (arvioitu 420 tuntia). Kustannusarviosta 1 200 euroa on
varattu toiminnan siirtämiseen yhdistyksen pysyväksi toiminnaksi (vapaaehtoisten perehdytys ja
vuosikalenterin laadinta).""")
    d.add_heading("Miten arvioimme onnistumista?", 1)
    paras(d, """
Aukiolopäivät ja kävijämäärät kirjataan vihkoon jokaisena aukiolopäivänä, ja hallitus käy luvut läpi
kokouksissaan neljännesvuosittain. Tavoitetasona on vähintään kolme aukiolopäivää viikossa ja keskimäärin
15 kävijää kerrallaan hankkeen loppuun mennessä.""")
    d.add_heading("Mitä hankkeesta jää?", 1)
    paras(d, """
Hankkeen tuloksena kylällä on esteetön, toimiva kylätalo, säännöllinen kyläkahvila ja vapaaehtoisten
vuororinki. Toimintatapa kirjataan lyhyeksi ohjeeksi, jota voivat hyödyntää muutkin kylät.""")
    d.add_heading("Jatkuvuus", 1)
    paras(d, """
Jatkoa on mietitty jo hakuvaiheessa: valmistelukokouksessa 12.2.2025 sovittiin, että kahvilatoiminta
rakennetaan alusta alkaen vapaaehtoisten varaan eikä palkatun työntekijän varaan.""")
    tracked_para(d, [("n", "Hankkeen päätyttyä "),
                     ("del", "toiminnan jatkamisesta sovitaan myöhemmin."),
                     ("ins", "kylätalon aukioloista ja kyläkahvilasta vastaa Haapajärven kyläyhdistyksen hallitus, joka ottaa ne osaksi yhdistyksen vuosikalenteria ja talousarviota.")])
    paras(d, """
Kokemuksista kerrotaan kyläyhdistyksen Facebook-sivulla ja kyläblogissa koko hankkeen ajan sekä Leader-ryhmän
kyläiltamassa keväällä 2026. Naapurikylä Kurkelan kyläseura on kiinnostunut kokeilemaan samaa mallia
omassa seurantalossaan hieman kevyempänä, esimerkiksi kerran viikossa pidettävänä kahvilana. Lisäksi
esitämme kunnalle, että kylätalojen avoin päivätoiminta kirjataan kunnan hyvinvointisuunnitelmaan
osaksi ikäihmisten ennaltaehkäiseviä palveluja.""")
    d.add_heading("Viestintä", 1)
    d.add_paragraph("Tiedotamme toiminnasta kylän ilmoitustaululla, paikallislehti Haapaviestissä, yhdistyksen Facebook-sivulla ja kyläblogissa. Aukioloajat jaetaan myös paperisena tiedotteena jokaiseen talouteen.")
    # Riskiosio poistettu muutosjäljillä -> osio puuttuu
    deleted_para(d, "Riskit", style="Heading 1")
    deleted_para(d, "Suurin riski on vapaaehtoisten uupuminen. Riskiä pienennetään pitämällä vuorolista riittävän laajana ja järjestämällä vapaaehtoisille kiitostilaisuus kahdesti vuodessa.")
    d.add_heading("Hallinnointi", 1)
    d.add_paragraph("Hankkeen hallinnoijana toimii Haapajärven kyläyhdistys ry. Hankkeen vastuuhenkilö on yhdistyksen sihteeri Marjatta Leinonen, ja hankkeella on kolmen hengen työryhmä, johon kuuluu myös SPR:n paikallisosaston edustaja.")
    d.save(os.path.join(OUT, name + ".docx"))
    save_json(name, "hankesuunnitelma", [
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
        {"rule": "tavoite.ei-arviointia", "count": 1},
    ])

# ---------------------------------------------------------------------------
# 02 Kunnan nuorisopalvelut, lomakevienti sisältöohjausobjekteilla
# ---------------------------------------------------------------------------
def doc02():
    name = "02_nuorisopalvelut_hankehakemus_lomake"
    d = base_doc()
    d.add_heading("Hankehakemus – AVI, nuorisotyön kehittämisavustus 2025", 0)
    d.add_paragraph("Hakija: Rantasalmen kunta, nuorisopalvelut. Tulostettu sähköisestä hakulomakkeesta 14.4.2025.")
    def field(label, text):
        p = d.add_paragraph(); r = p.add_run(label + " "); r.bold = True
        sdt_run(p, text, tag=label.strip(" *:").lower()[:20])
    field("Hankkeen nimi *:", "Iltaolkkari – nuorten tila myös viikonloppuisin")
    field("Hankkeen toteutusaika *:", "1.8.2025–31.7.2026")
    field("Haettava avustus (€) *:", "42 000")
    bold_line(d, "1. Hankkeen tausta ja tarve *")
    sdt_block(d, ["Kunnan nuorisotila on auki arki-iltaisin, mutta perjantai- ja lauantai-iltaisin nuorilla ei ole valvottua kokoontumispaikkaa. Kouluterveyskyselyssä 2023 kunnan 8.–9.-luokkalaisista 19 % kertoi, ettei heillä ole yhtään läheistä ystävää, ja poliisi on kirjannut viikonloppuiltoina lisääntyneitä häiriöilmoituksia keskusta-alueelta. Nuorisovaltuusto teki aloitteen viikonloppuaukioloista syksyllä 2024."])
    bold_line(d, "2. Hankkeen tavoitteet *")
    sdt_block(d, ["Tavoite 1: Nuorisotila on auki perjantai- ja lauantai-iltaisin ja nuoret käyttävät sitä.",
                  "Tavoite 2: Nuoret suunnittelevat ja toteuttavat itse osan viikonloppuiltojen ohjelmasta.",
                  "Tavoite 3: Nuorten yksinäisyyteen ja huoliin tartutaan aiemmin yhdessä koulun kanssa."])
    bold_line(d, "3. Hankkeen kohderyhmät *")
    sdt_block(d, ["13–17-vuotiaat rantasalmelaiset nuoret (noin 260 nuorta), erityisesti ne, jotka eivät osallistu harrastuksiin. Välillisesti vanhemmat ja koulun oppilashuolto."])
    bold_line(d, "4. Toimenpiteet tavoitteittain *")
    table(d, [["Tavoite", "Toimenpiteet", "Mittari / seuranta"],
              ["1. Viikonloppuaukiolo", "Tila auki pe–la klo 18–23, kaksi ohjaajaa vuorossa; aukioloista tiedotetaan kouluissa.", "Kävijämäärät ja kävijöiden ikä (kävijätilasto), tavoite keskimäärin 25 nuorta/ilta."],
              ["2. Nuorten osallisuus", "Nuorten ideointiraati kokoontuu kerran kuussa; raati saa 3 000 € oman tapahtumabudjetin.", "Nuorten itse järjestämien iltojen määrä (tavoite 10) ja palautekysely nuorille kahdesti."],
              ["3. Varhainen tuki", "Ohjaajat ja koulukuraattori sopivat yhteisen ohjauskäytännön; kuraattori tavattavissa tilassa kerran kuussa.", "Ohjauksien määrä kuraattorille ja kuraattorin haastattelu hankkeen lopussa."]])
    bold_line(d, "5. Aikataulu")
    table(d, [["", "Q3/2025", "Q4/2025", "Q1/2026", "Q2/2026", "Q3/2026"],
              ["Ohjaajien rekrytointi ja perehdytys", "x", "", "", "", ""],
              ["Viikonloppuaukiolo", "x", "x", "x", "x", "x"],
              ["Ideointiraati", "", "x", "x", "x", ""],
              ["Palautekyselyt, arviointi", "", "x", "", "x", ""]])
    bold_line(d, "6. Kustannusarvio *")
    sdt_block(d, ["Kokonaiskustannukset 52 500 €, josta ohjaajien palkat 44 800 €, toimintamenot 4 700 € ja ideointiraadin budjetti 3 000 €. Kunnan omarahoitus 10 500 €."])
    bold_line(d, "7. Miten hankkeen onnistumista arvioidaan? *")
    sdt_block(d, ["Arvioinnin tekevät nuoriso-ohjaajat itsearviointina. Kävijätilastot kootaan kuukausittain ja käsitellään nuorisopalvelujen tiimipalaverissa. Nuorilta kerätään palaute kahdesti (joulukuu 2025 ja toukokuu 2026)."])
    bold_line(d, "8. Odotetut tulokset ja vaikutukset *")
    sdt_block(d, ["Viikonloppuiltoihin on pysyvä, nuorten tuntema turvallinen paikka, nuoret ovat mukana toiminnan suunnittelussa ja huolia tunnistetaan aiemmin. Pidemmällä aikavälillä toivomme keskustan häiriöilmoitusten vähenevän."])
    bold_line(d, "9. Tulosten juurruttaminen ja jatkuvuus *")
    sdt_block(d, [
        "Viikonloppuaukiolo suunnitellaan jo hakuvaiheessa niin, että se voidaan siirtää nuorisopalvelujen perusbudjettiin: nuorisopalvelujen esihenkilö esittää viikonloppuaukiolon kustannukset vuoden 2027 talousarvioon, ja vapaa-aikalautakunta päättää jatkosta kesäkuussa 2026.",
        "Kokemuksista kerromme kunnan verkkosivuilla, nuorisopalvelujen Instagramissa sekä Etelä-Savon nuorisotyön alueellisessa verkostotapaamisessa. Toimintamalli kirjataan Innokylään.",
        "Naapurikunta Sulkavan nuorisotyö on kiinnostunut kokeilemaan mallia kesäaikaan pop up -tilana; tarjoamme heille perehdytyksen keväällä 2026.",
        "Ohjauskäytäntö kuraattorin kanssa viedään osaksi kunnan lasten ja nuorten hyvinvointisuunnitelmaa.",
        "Juurruttamiseen on varattu hankesuunnitelmassa noin 10 % ohjaajien työajasta (perehdytysmateriaali, verkostotapaamiset)."])
    bold_line(d, "10. Hankkeen organisointi")
    sdt_block(d, ["Hanketta hallinnoi Rantasalmen kunnan vapaa-aikapalvelut. Ohjausryhmään kuuluvat nuorisopalvelujen esihenkilö, koulukuraattori, nuorisovaltuuston kaksi edustajaa ja poliisin ankkurityöntekijä."])
    bold_line(d, "11. Riskit")
    sdt_block(d, ["Ohjaajien saatavuus viikonloppuvuoroihin voi olla heikko; varaudumme sijaislistalla. Jos kävijämäärä jää alle 10 nuoren, aukioloa kokeillaan vain lauantaisin ja mainontaa tehostetaan."])
    bold_line(d, "12. Viestintä")
    sdt_block(d, ["Aukioloista tiedotetaan Wilmassa, koulujen infotauluilla ja nuorisopalvelujen somekanavilla. Vanhemmille lähetetään tiedote syyslukukauden alussa."])
    d.save(os.path.join(OUT, name + ".docx"))
    save_json(name, "hankesuunnitelma", [])

# ---------------------------------------------------------------------------
# 03 Seurakunta, exit-suunnitelma (.md), puhdas
# ---------------------------------------------------------------------------
def doc03():
    name = "03_seurakunta_ruokajakelu_exit"
    text = """# Jatkuvuussuunnitelma – Yhteinen pöytä -hanke

Kivijärven seurakunta, diakoniatyö · STEA-avustus (C-avustus) 2023–2025 · päivitetty 20.10.2025

Hankkeessa kehitettiin ruoka-avun rinnalle yhteisöllinen ateria: kerran viikossa seurakuntatalolla
tarjottava lounas, jonka yhteydessä diakoniatyöntekijä ja sosiaaliohjaaja ovat tavattavissa. Hanke päättyy
31.12.2025. Tässä suunnitelmassa kerrotaan, mitä toiminnasta jää ja kuka siitä vastaa.

## Mikä jää pysyväksi?

Viikoittainen yhteinen ateria jatkuu seurakuntatalolla tiistaisin. Kirkkoneuvosto päätti kokouksessaan
9.9.2025 ottaa ateriatoiminnan seurakunnan vuoden 2026 talousarvioon (6 500 euroa ruokakuluihin).
Toiminnasta vastaa diakoniatyön johtava viranhaltija Leena Aaltonen, ja käytännön järjestelyistä vastaa
seurakuntamestari yhdessä vapaaehtoisten keittiöringin kanssa. Diakoniatyön työajasta varataan ateriapäiviin
noin kuusi tuntia viikossa.

Kunnan sosiaaliohjauksen läsnäolo aterialla jatkuu kerran kuussa. Tästä on sovittu aikuissosiaalityön
johtavan sosiaalityöntekijän kanssa, ja käytäntö kirjataan seurakunnan ja kunnan yhteistyösopimukseen.

## Miten kokemuksia jaetaan?

- Ateriamallista ja sen ohjeista on tehty kuvaus Innokylään marraskuussa 2025.
- Malli esitellään Jyväskylän rovastikunnan diakoniatyöntekijöiden kokouksessa tammikuussa 2026.
- Seurakunnan verkkosivuille kootaan lyhyt "näin järjestät yhteisen aterian" -ohje.
- Naapuriseurakunta on jo kokeillut mallia kuukausittaisena soppakirkkona, ja sen kokemukset liitetään ohjeeseen.

## Kehittämistyön jatko

Jatkossa ateriaan halutaan liittää kausittain teemapäiviä (esimerkiksi kela-asiointi ja energianeuvonta).
Jatkokehittämisestä vastaa diakoniatyön johtava viranhaltija. Tavoitteena on, että yhteisöllinen ateria
mainitaan myös seurakunnan seuraavassa toimintastrategiassa vuosille 2027–2030 osana diakonian perustyötä.

## Seuranta hankkeen jälkeen

Ateriakävijöiden määrä ja vapaaehtoisten määrä kirjataan jatkossakin, ja luvut raportoidaan vuosittain
seurakunnan toimintakertomuksessa. Kirkkoneuvosto arvioi toiminnan jatkoa talousarviokäsittelyn yhteydessä
syksyllä 2026.
"""
    with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
    save_json(name, "exit-suunnitelma", [])

# ---------------------------------------------------------------------------
# 04 Terveysasema, exit (.txt): ei omistajaa, ei seurantaa
# ---------------------------------------------------------------------------
def doc04():
    name = "04_terveysasema_etavastaanotto_exit"
    text = """EXIT-SUUNNITELMA
Etävastaanotto tutuksi -kokeilu, Pohjanjoen terveysasema
Versio 1.2 / 5.11.2025

Taustaa
Kokeilussa otettiin käyttöön sairaanhoitajan videovastaanotto pitkäaikaissairaiden (diabetes,
verenpainetauti) seurantakäynneille. Kokeilu rahoitettiin hyvinvointialueen kehittämisrahasta ja se kesti
1.1.–31.12.2025. Vuoden aikana pidettiin 612 videovastaanottoa, ja potilaista 84 % antoi palautteessa
arvosanan 4 tai 5.

Juurruttaminen
Videovastaanotto on tarkoitus pitää mukana terveysaseman palveluvalikoimassa myös kokeilun jälkeen.
Toiminta pyritään jatkamaan nykyisessä laajuudessa, ja ajanvarauksen ohjeet päivitetään vuodenvaihteessa.
Jatkamisen käytännöistä sovitaan myöhemmin, kun vuoden 2026 resurssit ovat selvillä. Hoitajien työvuoroihin
on alustavasti varattu kaksi videovastaanottopäivää viikossa, ja laitteet jäävät terveysaseman käyttöön.

Hyvien käytäntöjen levittäminen
Kokemukset esitellään hyvinvointialueen perusterveydenhuollon kehittämispäivillä helmikuussa 2026, ja
videovastaanoton ohje julkaistaan henkilöstön intranetissä. Potilaille tehty ohjevideo on jo
hyvinvointialueen verkkosivuilla. Muiden terveysasemien hoitajille voidaan järjestää lyhyt koulutus,
jos kiinnostusta on.

Jatkokehittäminen
Jatkossa videovastaanottoa olisi hyvä kokeilla myös mielenterveys- ja päihdetyön kontrollikäynneille sekä
ottaa käyttöön automaattinen muistutusviesti ennen vastaanottoa. Nämä asiat otetaan esille, kun
palveluverkkoa seuraavan kerran päivitetään.
"""
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    save_json(name, "exit-suunnitelma", [
        {"rule": "exit.ei-omistajaa"},
        {"rule": "exit.ei-seurantaa"},
    ])

# ---------------------------------------------------------------------------
# 05 Yhdistys, arviointisuunnitelma -> PDF (LibreOffice), puhdas
# ---------------------------------------------------------------------------
def doc05():
    name = "05_omaishoitajat_arviointisuunnitelma"
    d = base_doc()
    d.add_heading("Arviointisuunnitelma", 0)
    d.add_paragraph("Vertaisvoimaa omaishoitajille 2026–2028 · Lakeuden Omaishoitajat ry · STEA Ak-avustus · hyväksytty hallituksessa 19.1.2026")
    d.add_heading("1 Hankkeen tausta, tavoitteet ja kohderyhmä", 1)
    paras(d, """
Hanke toteutetaan 1.1.2026–31.12.2028. Alueella on arviolta 2 100 sopimuksetonta omaishoitajaa
(hyvinvointialueen selvitys 2024), joista vain pieni osa on yhdistystoiminnan piirissä.

Hankkeen tavoitteena on ensinnäkin, että sopimuksettomat omaishoitajat löytävät vertaistuen pariin
aiempaa varhemmin. Toiseksi tavoitteena on, että omaishoitajien koettu jaksaminen paranee ryhmiin
osallistumisen myötä. Kolmanneksi haluamme, että vertaisryhmien ohjaaminen siirtyy koulutetuille
vapaaehtoisille.

Kohderyhmänä ovat Etelä-Pohjanmaan työikäiset ja ikääntyneet omaishoitajat, erityisesti ne, joilla ei ole
omaishoidon tuen sopimusta.""")
    d.add_heading("2 Miten arvioimme?", 1)
    paras(d, """
Arviointi on pääosin itsearviointia, jonka tekee hanketiimi yhdessä ohjausryhmän kanssa. Lisäksi
yhdistys tilaa hankkeen toisena vuonna ulkoisen väliarvioinnin Seinäjoen ammattikorkeakoulun
sosiaalialan opiskelijaryhmältä opinnäytetyönä, ja sen tulokset käsitellään ohjausryhmässä.""")
    table(d, [["Tavoite", "Toimenpide", "Arviointimenetelmä ja mittari", "Milloin"],
              ["Omaishoitajat löytävät vertaistuen varhemmin", "Yhteistyö terveysasemien ja apteekkien kanssa, esitteet ja infotilaisuudet", "Uusien osallistujien määrä ja kysymys 'mistä kuulit ryhmästä' ilmoittautumislomakkeessa", "jatkuvasti, kooste puolivuosittain"],
              ["Omaishoitajien jaksaminen paranee", "Kahdeksan kerran vertaisryhmät neljällä paikkakunnalla", "Jaksamiskysely (COPE-indeksi) ryhmän alussa ja lopussa; osallistujien ryhmähaastattelu", "jokaisen ryhmän alussa ja lopussa"],
              ["Ryhmien ohjaus siirtyy vapaaehtoisille", "Vertaisohjaajakoulutus kerran vuodessa, ohjaajien työnohjaus", "Koulutettujen ja aktiivisten vertaisohjaajien määrä (tavoite 12), ohjaajien palautekeskustelu", "koulutuksen jälkeen ja vuosittain"]])
    d.add_heading("3 Osallistujien ääni", 1)
    paras(d, """
Omaishoitajat osallistuvat arviointiin jaksamiskyselyn lisäksi vuosittaisessa palautetyöpajassa, jossa
he kommentoivat ryhmien sisältöä ja kehittämisideoita. Vertaisohjaajat pitävät ryhmäkerroista lyhyttä
päiväkirjaa.""")
    d.add_heading("4 Arviointitiedon hyödyntäminen ja raportointi", 1)
    paras(d, """
Arviointitieto käsitellään ohjausryhmässä puolivuosittain, ja sen perusteella muutetaan ryhmien
sisältöä ja markkinointia. Tulokset raportoidaan STEA:lle vuosittain seurantaraportissa ja
yhdistyksen vuosikokouksessa. Juurruttaminen alkaa jo ensimmäisenä hankevuonna: vertaisohjaajat
koulutetaan alusta asti niin, että ryhmät voivat jatkua yhdistyksen vapaaehtoistoimintana, ja yhdistyksen
hallitus päättää ryhmätoiminnan jatkamisesta osana perustoimintaa viimeisenä hankevuonna. Hyvät
käytännöt kuvataan Innokylään ja esitellään Omaishoitajaliiton jäsenyhdistysten alueellisessa
seminaarissa 2028.""")
    src = os.path.join(HERE, name + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, capture_output=True)
    save_json(name, "arviointisuunnitelma", [])

# ---------------------------------------------------------------------------
# 06 Kulttuuriyhdistys, loppuraportti: myöhässä + pohjateksti
# ---------------------------------------------------------------------------
def doc06():
    name = "06_teatteriyhdistys_loppuraportti"
    d = base_doc()
    d.add_heading("LOPPURAPORTTI", 0)
    d.add_paragraph("Kesäteatteri kylille – kiertue-esitysten kehittämishanke")
    bold_line(d, "1. Taustatiedot")
    paras(d, """
Toteuttaja: Harjulan Näyttämö ry. Rahoittaja: opetus- ja kulttuuriministeriö, harkinnanvarainen
valtionavustus kulttuurin saavutettavuuden edistämiseen, päätös Dnro OKM/412/2024. Hankkeen kesto
1.6.2024–31.5.2025.""")
    bold_line(d, "2. Tiivistelmä")
    paras(d, """
Hankkeessa vietiin kesäteatteriesitys yhdeksään kylään, joissa ei ole omaa näyttämöä. Esityksiä oli
yhteensä 14 ja katsojia 1 730. Kylätoimijat vastasivat tiloista ja kahvituksesta, yhdistys esityksistä ja
tekniikasta. Malli osoittautui toimivaksi, ja kiertue jatkuu pienemmässä muodossa.""")
    bold_line(d, "3. Hankkeen teema ja tavoitteet")
    paras(d, """
Hanke liittyi kulttuurin alueelliseen saavutettavuuteen. Tavoitteena oli tuoda ammattimaisesti ohjattu
teatteri kyliin, joista matka lähimpään teatteriin on yli 40 kilometriä, ja koota kylätoimijoista verkosto,
joka järjestää esityksiä jatkossakin.""")
    bold_line(d, "4. Hankkeen toteutus")
    paras(d, """
Esitys (Karkurimorsian, ohjaus Tuula Niskanen) harjoiteltiin kesä–heinäkuussa 2024 ja kierrätettiin elo–syyskuussa
2024 sekä toukokuussa 2025. Kiertueen kalusto ja kevyt äänentoisto hankittiin avustuksella. Suunnitelmasta
poiketen kaksi esitystä siirrettiin sateen vuoksi sisätiloihin. Ohjausryhmän viimeinen kokous pidettiin
xx.xx.2025, ja siinä hyväksyttiin hankkeen talous. Kustannusarvio (38 000 €) alittui noin 1 400 eurolla,
koska kuljetukset hoidettiin osin talkoilla.""")
    bold_line(d, "5. Tulokset ja vaikuttavuus")
    paras(d, """
Katsojatavoite (1 500) ylittyi. Katsojakyselyyn vastanneista 62 % ei ollut käynyt teatterissa viimeisen
vuoden aikana. Yhdeksästä kylästä seitsemän on ilmoittanut haluavansa esityksen myös seuraavana kesänä.
Pysyvänä toimintatapana syntyi kyläyhdistysten ja teatterin välinen yksinkertainen yhteistyösopimus.""")
    bold_line(d, "6. Kehitysajatukset")
    paras(d, """
Jatkossa kiertue tehdään joka toinen kesä, ja sen rahoitus haetaan kuntien kulttuuriavustuksista ja
kylien omalla osuudella. Yhdistyksen hallitus vastaa kiertueen suunnittelusta.""")
    bold_line(d, "7. Suositukset muille")
    paras(d, """
Kannattaa sopia kylien kanssa vastuunjako kirjallisesti heti alussa ja varata sadesäätä varten
vaihtoehtoinen tila. Pienetkin kylät saavat koottua yleisön, kun markkinointi tehdään kylän omissa
kanavissa.""")
    bold_line(d, "8. Laatimispäivämäärä ja yhteystiedot")
    d.add_paragraph("Harjulassa 28.10.2025")
    d.add_paragraph("Yhteyshenkilö: tuottaja Ville Rautiainen, ville.rautiainen@harjulannayttamo.fi, 040 718 2290")
    d.save(os.path.join(OUT, name + ".docx"))
    save_json(name, "loppuraportti", [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.pohjateksti"},
    ])

# ---------------------------------------------------------------------------
# 07 Kunnan työllisyyspalvelut, ESR+-loppuraportti, yhdistetty solu, puhdas
# ---------------------------------------------------------------------------
def doc07():
    name = "07_tyollisyyspalvelut_esr_loppuraportti"
    d = base_doc()
    d.add_heading("Loppuraportti: Polku töihin – nuorten aikuisten työhönvalmennus", 0)
    d.add_heading("Taustatiedot", 1)
    t = d.add_table(rows=5, cols=3); t.style = "Table Grid"
    t.cell(0, 0).text = "Toteuttaja"; t.cell(0, 1).text = "Lahnalahden kaupunki, työllisyyspalvelut"
    t.cell(0, 2).text = "Y-tunnus 0214588-3"
    t.cell(1, 0).text = "Rahoittaja ja päätös"
    m = t.cell(1, 1).merge(t.cell(1, 2))
    m.text = "Etelä-Savon ELY-keskus, ESR+ (Uudistuva ja osaava Suomi 2021–2027), hankekoodi S30214, päätös Dnro ESAELY/1187/2023"
    t.cell(2, 0).text = "Hankkeen kesto"
    m2 = t.cell(2, 1).merge(t.cell(2, 2)); m2.text = "1.9.2023–31.8.2025"
    t.cell(3, 0).text = "Kustannukset"; t.cell(3, 1).text = "Suunniteltu 486 000 €"; t.cell(3, 2).text = "Toteutunut 471 350 €"
    t.cell(4, 0).text = "Laadittu"
    m3 = t.cell(4, 1).merge(t.cell(4, 2)); m3.text = "14.10.2025"
    d.add_heading("Tiivistelmä", 1)
    paras(d, """
Polku töihin -hanke tarjosi yksilöllistä työhönvalmennusta 18–29-vuotiaille lahnalahtelaisille, joilla ei
ollut toisen asteen tutkintoa tai joiden työttömyys oli kestänyt yli puoli vuotta. Hankkeeseen osallistui
kahden vuoden aikana 164 nuorta aikuista. Heistä 58 työllistyi avoimille työmarkkinoille ja 37 aloitti
tutkintoon johtavan koulutuksen. Valmennuksen ydin, työnantajan luona tehtävä "työkokeilu parin kanssa",
siirtyi hankkeen päättyessä työllisyyspalvelujen perustoiminnaksi.""")
    d.add_heading("Hankkeen teema ja tavoitteet", 1)
    paras(d, """
Hanke kuului ESR+-ohjelman erityistavoitteeseen nuorten työllisyyden edistämisestä. Tavoitteina oli, että
nuoret aikuiset löytävät polun töihin tai koulutukseen, että paikalliset työnantajat ottavat nuoria
työkokeiluun matalammalla kynnyksellä ja että työllisyyspalvelujen, nuorisotyön ja oppilaitosten
yhteistyö tiivistyy.""")
    d.add_heading("Hankkeen toteutus", 1)
    paras(d, """
Hankkeessa työskenteli kaksi työhönvalmentajaa ja osa-aikainen projektipäällikkö. Valmennus eteni
alkukartoituksesta yksilötapaamisiin ja työkokeiluun, jossa valmentaja oli ensimmäiset päivät nuoren
mukana työpaikalla. Ensimmäisenä syksynä asiakkaita ohjautui odotettua vähemmän, joten ohjauskanavia
laajennettiin etsivään nuorisotyöhön ja Ohjaamoon. Kustannusarvio toteutui lähes suunnitellusti; säästö
syntyi matkakuluista.

Työnantajayhteistyötä tehtiin yrittäjäyhdistyksen kanssa: pidettiin neljä aamukahvitilaisuutta ja
solmittiin 41 työkokeilusopimusta. Ohjausryhmä kokoontui kymmenen kertaa.""")
    d.add_heading("Tulokset ja vaikuttavuus", 1)
    paras(d, """
Tavoitteet toteutuivat pääosin. Työllistymistavoite (50) ylittyi, koulutukseen siirtyneiden tavoite (40)
jäi hieman vajaaksi. Osallistujapalautteen mukaan tärkeintä oli, että valmentaja tuli mukaan työpaikalle.
Yllättävä tulos oli, että useat työnantajat palkkasivat työkokeilijan suoraan ilman palkkatukea.

Toteutusta arvioitiin itsearviointina ohjausryhmässä puolivuosittain sekä osallistujien alku- ja
loppukyselyllä. Pysyväksi toimintatavaksi jäi parityökokeilu, joka on nyt kirjattu työllisyyspalvelujen
palvelukuvaukseen.""")
    d.add_heading("Kehitysajatukset", 1)
    paras(d, """
Työllisyyspalvelujen päällikkö vastaa parityökokeilun jatkamisesta; siihen on varattu yksi valmentajan
vakanssi vuodesta 2026 alkaen. Seuraavaksi mallia halutaan soveltaa maahan muuttaneille nuorille, ja sitä
varten valmistellaan uusi hakemus.""")
    d.add_heading("Suositukset muille", 1)
    paras(d, """
Suosittelemme, että valmentaja on konkreettisesti mukana työpaikalla työkokeilun alussa; se madaltaa sekä
nuoren että työnantajan kynnystä. Ohjauskanavat kannattaa sopia usean toimijan kanssa heti alussa.""")
    d.add_heading("Yhteystiedot", 1)
    d.add_paragraph("Projektipäällikkö Henna Lipponen, henna.lipponen@lahnalahti.fi, p. 044 510 3372; työllisyyspalvelujen päällikkö Jari Kemppainen.")
    d.save(os.path.join(OUT, name + ".docx"))
    save_json(name, "loppuraportti", [])

# ---------------------------------------------------------------------------
# 08 Pitkä hankesuunnitelma (ympäristö, kunta + yhdistys), 3 000+ sanaa
# ---------------------------------------------------------------------------
def doc08():
    name = "08_purot_kuntoon_hankesuunnitelma_pitka"
    d = base_doc()
    d.add_heading("PUROT KUNTOON – Hankesuunnitelma", 0)
    d.add_paragraph("Kalajoen vesistön kunnostushanke · Hakija: Pirttikosken kunta yhdessä Kalajoen Kalastusalueyhdistys ry:n kanssa · Haku: Pohjois-Pohjanmaan ELY-keskus, vesistöjen kunnostusavustus · Versio 3, 28.2.2025")
    d.add_heading("Hakijan perustiedot", 1)
    for line in ["Hakija: Pirttikosken kunta, ympäristönsuojelu", "Y-tunnus: 0178452-6",
                 "Osatoteuttaja: Kalajoen Kalastusalueyhdistys ry", "Yhteyshenkilö: ympäristöpäällikkö Anu Kärkkäinen, anu.karkkainen@pirttikoski.fi",
                 "Hankkeen nimi: Purot kuntoon – Kalajoen latvapurojen kunnostus ja pienvesien yhteishoito",
                 "Toteutusalue: Pirttikosken kunta, Kalajoen vesistöalueen latvaosa", "Haettava avustus: 218 400 euroa"]:
        d.add_paragraph(line)
    paras(d, """
Pirttikosken kunnassa on noin 6 200 asukasta, ja sen pinta-alasta yli 80 % on metsää ja suota.
Kunnan ympäristönsuojelussa työskentelee ympäristöpäällikkö ja ympäristönsuojelusihteeri. Kunta on
aiemmin hallinnoinut kahta maaseuturahaston hanketta (kylien vesihuolto 2014–2016 ja
luontomatkailureitit 2018–2020), joten sillä on kokemusta hankehallinnosta, maksatuksista ja
julkisista hankinnoista.

Kalajoen Kalastusalueyhdistys ry on vuonna 1983 perustettu yhdistys, jonka jäseninä ovat vesialueen
osakaskunnat. Yhdistys vastaa alueen kalastuksen järjestämisestä ja kalavesien hoidosta, myy
kalastuslupia ja järjestää vuosittain kalavesien hoitotalkoita. Yhdistyksellä on noin 40 aktiivista
talkoolaista, joista osa on saanut virtavesikunnostuksen koulutuksen.

Kunta ja yhdistys ovat tehneet yhteistyötä satunnaisesti, esimerkiksi kunnan luontoreittien
opastauluissa ja koululaisten kalastuspäivissä. Tämä hanke on ensimmäinen, jossa yhteistyö sovitaan
kirjallisesti ja pitkäjänteisesti. Yhteistyön perustaksi osapuolet allekirjoittivat aiesopimuksen
tammikuussa 2025, ja varsinainen yhteistyösopimus tehdään rahoituspäätöksen jälkeen.

Hakemuksen liitteinä ovat kunnanhallituksen päätös omarahoituksesta, kalastusalueyhdistyksen hallituksen
puoltolausunto, aiesopimus, alustava kohdeluettelo kartalla sekä ProAgrian ja metsänhoitoyhdistyksen
yhteistyöhalukkuutta koskevat kirjeet.""")
    d.add_heading("1. Tiivistelmä", 1)
    paras(d, """
Purot kuntoon -hanke kunnostaa Kalajoen latvaosan kolme puroa (Myllyoja, Rautaoja ja Kuusioja) sekä
niiden valuma-alueen kuivatusojia niin, että kiintoaine- ja ravinnekuormitus vähenee ja taimenen
lisääntymisalueet palautuvat. Samalla hankkeessa kehitetään kunnan, maanomistajien ja yhdistysten
yhteinen toimintamalli pienvesien hoitoon. Hanke toteutetaan 1.4.2025–31.12.2027, ja sen
kokonaisbudjetti on 312 000 euroa.""")
    d.add_heading("2. Tausta ja tarve", 1)
    paras(d, """
Kalajoen latvaosan purot ovat kärsineet vuosikymmenten aikana metsäojituksista, turvetuotannosta ja
peltojen kuivatuksesta. Pohjois-Pohjanmaan ELY-keskuksen vesienhoidon toimenpideohjelmassa 2022–2027
purojen ekologinen tila on luokiteltu tyydyttäväksi tai välttäväksi, ja kiintoainekuormitus on
ajoittain yli kaksinkertainen luonnontilaiseen verrattuna. Sähkökoekalastuksissa vuosina 2019–2023
taimenen poikasia löydettiin vain kahdelta koealalta kahdestatoista.

Kunnan alueella on noin 410 kilometriä ojia ja puroja, mutta niiden hoito on hajanaista. Maanomistajat
tekevät kunnostusojituksia omien aikataulujensa mukaan, eikä tietoa vesiensuojelurakenteista ole koottu
mihinkään. Kalastusalueyhdistys on tehnyt vapaaehtoisvoimin pieniä kutusorakunnostuksia vuodesta 2016,
mutta resurssit eivät riitä laajempiin töihin. Vuonna 2024 pidetyssä asukasillassa purojen tila nousi
kärkeen kysymyksessä siitä, mikä kunnan luonnossa huolestuttaa eniten.

Kunnan ympäristöohjelmassa 2021–2030 pienvesien tilan parantaminen on nostettu yhdeksi kuudesta
painopisteestä, mutta toimenpiteille ei ole osoitettu henkilöresurssia. Hankkeella halutaan käynnistää
työ, joka voi jatkua kunnan ja yhdistysten perustoimintana.

Hanketta valmisteltiin syksyn 2024 aikana kolmessa työpajassa, joihin osallistui maanomistajia,
metsänhoitoyhdistyksen edustaja, kalastusalueyhdistys, kunnan ympäristönsuojelu sekä ProAgria. Työpajoissa
tunnistettiin kiireellisimmät kohteet ja sovittiin vastuunjaosta.

Valmistelussa kävi myös ilmi, että purojen tilasta on olemassa paljon hajanaista tietoa: vanhoja
koekalastusraportteja, maanomistajien muistikuvia, metsäkeskuksen ojitussuunnitelmia ja yhdistyksen
talkoopöytäkirjoja. Tietoja ei ole koskaan koottu yhteen, eikä kukaan ole pystynyt sanomaan, mitkä
kunnostukset ovat tuottaneet tulosta ja mitkä eivät. Tämä vaikeuttaa sekä rahoituksen hakemista että
toimenpiteiden järjestämistä tärkeysjärjestykseen.""")
    d.add_heading("2.1 Kunnostettavat kohteet", 2)
    paras(d, """
Myllyoja on noin 7,5 kilometrin pituinen puro, joka laskee Kalajokeen Pirttikosken kirkonkylän
yläpuolella. Sen valuma-alueesta noin 60 % on ojitettua metsämaata ja 15 % peltoa. Puron alaosassa on
vanha myllypato, joka estää taimenen nousun yläjuoksun sorapohjaisille koskiosuuksille. Asukkaat ovat
kertoneet, että vielä 1980-luvulla Myllyojasta sai taimenta, mutta nykyään havaintoja ei juuri ole.
Puron varrella on kuusi tilaa, joiden omistajista neljä osallistui syksyn valmistelutyöpajoihin.

Rautaoja on lyhyempi, noin neljän kilometrin puro, jonka yläosa kulkee entisen turvetuotantoalueen
läpi. Tuotanto loppui vuonna 2018, mutta alueen kuivatusvedet tuovat puroon edelleen humusta ja
kiintoainetta, ja puron pohja on paikoin liettynyt kokonaan. Rautaojan alaosassa on kuitenkin säilynyt
kaksi hyvää koskipaikkaa, joissa kalastusalueyhdistys teki ensimmäiset kutusorakunnostukset vuonna 2016.
Niiden kokemukset ovat rohkaisevia: taimenen poikasia on löytynyt kunnostetuilta koealoilta.

Kuusioja on kolmesta purosta luonnontilaisin. Sen uoma on suoristettu vain alimmalla kilometrillä,
ja latvoilla on lähteikköjä, jotka pitävät veden viileänä myös kesällä. Kuusiojan suurin ongelma on
tienalitus, jonka rumpuputki on asennettu liian korkealle ja muodostaa vaellusesteen alivirtaamakaudella.
Tie on yksityistie, ja tiekunta on alustavasti suostunut rummun uusimiseen hankkeen kustannuksella.

Kohteiden valinnassa on käytetty vesienhoidon kunnostustarvekartoitusta, kalastusalueyhdistyksen
havaintoja ja maanomistajien tietoja. Kohteiden lopullinen järjestys tarkennetaan maastokartoituksen
jälkeen ohjausryhmän ensimmäisessä kokouksessa.""")
    d.add_heading("2.2 Yhteys ohjelmiin ja strategioihin", 2)
    paras(d, """
Hanke toteuttaa vesienhoidon toimenpideohjelman Oulujoen–Iijoen vesienhoitoalueen toimenpiteitä,
erityisesti metsätalouden vesiensuojelun tehostamista ja pienvesien elinympäristökunnostuksia. Se tukee
myös kansallista kalatiestrategiaa ja Helmi-elinympäristöohjelman tavoitteita pienvesien
ennallistamisesta. Kunnan omassa ympäristöohjelmassa pienvesien tilan parantaminen on yksi kuudesta
painopisteestä, ja hanke on ensimmäinen laajempi toimenpide tämän painopisteen toteuttamiseksi.

Maakuntaohjelmassa korostetaan luonnon monimuotoisuuden ja puhtaiden vesien merkitystä sekä elinvoimalle
että matkailulle. Kalajoen latvaosan kalastusmatkailu on pientä, mutta paikalliset yrittäjät ovat
kiinnostuneita kehittämään sitä, jos taimenkanta vahvistuu. Hanke ei itse tee matkailun kehittämistä,
mutta se luo edellytyksiä myöhemmälle yritystoiminnalle.""")
    d.add_heading("3. Hankkeen tavoitteet", 1)
    paras(d, """
Hankkeen päätavoitteena on parantaa Kalajoen latvapurojen ekologista tilaa ja luoda pysyvä tapa hoitaa
kunnan pienvesiä yhdessä. Päätavoite jakautuu neljään osatavoitteeseen:

- Tavoite 1. Purojen kiintoaine- ja ravinnekuormitus vähenee valuma-alueelle rakennettavien
vesiensuojelurakenteiden avulla.
- Tavoite 2. Taimenen lisääntymisalueet palautuvat kolmessa purossa.
- Tavoite 3. Maanomistajien tieto ja halu tehdä vesiensuojelua omilla mailla kasvavat.
- Tavoite 4. Kunnalle syntyy pienvesien hoidon toimintamalli, jossa kunnan, yhdistysten ja
maanomistajien roolit on sovittu.

Tavoitteet liittyvät vesienhoidon toimenpideohjelmaan ja kunnan ympäristöohjelmaan. Ne tukevat myös
Pohjois-Pohjanmaan maakuntaohjelman tavoitetta luonnon monimuotoisuuden vahvistamisesta.""")
    d.add_heading("4. Kohderyhmät ja hyödynsaajat", 1)
    paras(d, """
Välittömiä kohderyhmiä ovat valuma-alueen noin 160 maanomistajaa (metsä- ja peltomaan omistajat),
kalastusalueyhdistyksen ja kahden osakaskunnan jäsenet, kunnan ympäristönsuojelun ja teknisen toimen
henkilöstö sekä alueen urakoitsijat, jotka tekevät kunnostusojituksia.

Välillisiä hyödynsaajia ovat kaikki Kalajoen vesistön käyttäjät: kalastajat, melojat, mökkiläiset ja
alapuolisen vesistön kunnat. Kunnostusten tuloksista hyötyvät myös lähialueen koulut, joille hankkeessa
järjestetään puropäiviä.

Maanomistajista arviolta kolmannes asuu muualla kuin Pirttikoskella, monet pääkaupunkiseudulla tai
Oulussa. Heidän tavoittamisensa vaatii erityistä huomiota, koska he eivät lue paikallislehteä eivätkä
osallistu kyläiltoihin. Siksi maanomistajat tavoitetaan kiinteistörekisterin tietojen avulla
henkilökohtaisella kirjeellä, ja heille järjestetään verkkotilaisuuksia sekä tarvittaessa puhelinneuvontaa.
Perikuntien osalta selvitetään yhteyshenkilö, jonka kanssa sopimukset voidaan tehdä.

Urakoitsijat ovat tärkeä, usein unohdettu kohderyhmä. He tekevät kunnostusojitukset ja metsätiet
käytännössä, ja heidän osaamisensa ratkaisee, toteutuvatko vesiensuojelurakenteet suunnitellusti.
Urakoitsijoille järjestetään hankkeen aikana kaksi maastokoulutusta yhdessä metsänhoitoyhdistyksen
kanssa, ja heille jaetaan kohdekortit ja mitoitusohjeet.

Kunnan henkilöstöstä kohderyhmään kuuluvat ympäristönsuojelun lisäksi tekninen toimi ja
maankäytön suunnittelu, sillä kaavoituksen ja katujen hulevesien ratkaisut vaikuttavat myös purojen
tilaan taajaman kohdalla.""")
    d.add_heading("5. Toteutus ja työpaketit", 1)
    bold_line(d, "Työpaketti 1: Kohteiden suunnittelu ja vesiensuojelurakenteet (tavoite 1)")
    paras(d, """
Hankkeen alussa tehdään valuma-alueen maastokartoitus ja kootaan tiedot olemassa olevista rakenteista
paikkatietoaineistoksi. Kartoituksen pohjalta suunnitellaan noin 20 vesiensuojelukohdetta:
laskeutusaltaita, pohjapatoja, kosteikkoja ja putkipatoja. Rakenteet toteutetaan maanomistajien
suostumuksella pääosin vuosina 2026 ja 2027 urakoitsijoiden toimesta. Hanke hoitaa lupa-asiat ja
kilpailuttaa urakat yhdessä metsänhoitoyhdistyksen kanssa.

Suunnittelussa hyödynnetään Suomen metsäkeskuksen ja Tapion vesiensuojelun suunnitteluohjeita.
Jokaisesta kohteesta laaditaan yksinkertainen kohdekortti, jossa on rakenteen tyyppi, sijainti,
mitoitus ja hoito-ohje.""")
    bold_line(d, "Työpaketti 2: Purojen elinympäristökunnostukset (tavoite 2)")
    paras(d, """
Kalastusalueyhdistyksen vapaaehtoiset ja hankkeen palkkaama kunnostusasiantuntija kunnostavat
purojen koski- ja virtapaikkoja: lisätään kutusoraa, palautetaan kiviä ja puuainesta sekä poistetaan
vaellusesteitä. Kunnostustalkoita järjestetään kesäisin 2025–2027 yhteensä noin 15 kertaa. Talkoisiin
kutsutaan myös osakaskuntien jäseniä ja paikallisia nuoria. Kaksi vaellusestettä (vanha myllypato ja
rumpuputki) poistetaan kaivinkonetyönä syksyllä 2026.""")
    bold_line(d, "Työpaketti 3: Maanomistajien neuvonta ja koulutus (tavoite 3)")
    paras(d, """
Maanomistajille järjestetään maastoiltoja, joissa nähdään valmiita vesiensuojelurakenteita ja kerrotaan
niiden rahoitusmahdollisuuksista (esimerkiksi Metka-tuki ja maatalouden ympäristökorvaus). Lisäksi
tarjotaan henkilökohtaista tilakohtaista neuvontaa ProAgrian ja metsänhoitoyhdistyksen neuvojien kanssa.
Tavoitteena on, että vähintään 60 maanomistajaa osallistuu neuvontaan hankkeen aikana. Kouluille
järjestetään puropäiviä yhteistyössä ympäristökasvatuksen kanssa.""")
    bold_line(d, "Työpaketti 4: Pienvesien hoidon toimintamalli (tavoite 4)")
    paras(d, """
Hankkeen viimeisenä vuonna kootaan kokemukset toimintamalliksi, joka kuvaa, miten kunta, yhdistykset ja
maanomistajat jakavat vastuut pienvesien hoidossa: kuka ylläpitää kohderekisteriä, kuka järjestää
talkoot, miten urakoitsijoille annetaan ohjeet ja miten hoitoa rahoitetaan. Toimintamalli käsitellään
kunnan ympäristölautakunnassa ja kalastusalueyhdistyksen vuosikokouksessa.

Toimintamallia ei kirjoiteta vasta lopussa tyhjästä, vaan sen aineksia kootaan koko hankkeen ajan.
Jokaisen talkookauden ja urakkakauden jälkeen pidetään lyhyt palautekeskustelu, jossa talkoolaiset,
urakoitsijat ja maanomistajat kertovat, mikä toimi ja mikä ei. Keskustelujen muistiinpanot tallennetaan,
ja niistä poimitaan toimintamalliin käytännön ohjeita. Toimintamallin luonnos esitellään ohjausryhmälle
ja maanomistajien edustajille ennen sen viimeistelyä, ja siihen liitetään kohdekorttien pohja,
talkoiden järjestämisen tarkistuslista, urakoitsijaohje sekä kuvaus siitä, miten kohderekisteriä
päivitetään. Toimintamalli kirjoitetaan niin lyhyeksi ja käytännönläheiseksi, että sitä voi käyttää
ilman hankkeen henkilöstöä.""")
    d.add_heading("5.1 Hankkeen eteneminen vaiheittain", 2)
    paras(d, """
Käynnistysvaihe (huhtikuu–syyskuu 2025). Hankkeen ensimmäiset kuukaudet käytetään henkilöstön
rekrytointiin, ohjausryhmän kokoamiseen ja maastokartoitukseen. Maanomistajille lähetetään hankkeen
esittelykirje, ja ensimmäinen maastoilta pidetään Rautaojan kunnostetulla koskipaikalla syyskuussa 2025,
jotta omistajat näkevät, miltä onnistunut kunnostus näyttää. Samaan aikaan käynnistetään kohderekisterin
rakentaminen kunnan paikkatietojärjestelmään. Ensimmäiset kunnostustalkoot järjestetään heinä–elokuussa
2025 Rautaojan alaosalla, jossa lupa-asiat ovat jo kunnossa aiempien kunnostusten vuoksi.

Suunnitteluvaihe (lokakuu 2025–toukokuu 2026). Maastokartoituksen pohjalta laaditaan vesiensuojelu-
rakenteiden yleissuunnitelma ja kohdekortit. Suunnitelmat käydään läpi maanomistajien kanssa
tilakohtaisesti, ja sopimukset pyritään tekemään talven aikana, jotta urakat voidaan kilpailuttaa
keväällä. Myllyojan padon poiston lupa-asiat valmistellaan. Talven aikana järjestetään myös kaksi
verkkotilaisuutta muualla asuville maanomistajille.

Toteutusvaihe (kesäkuu 2026–syyskuu 2027). Vesiensuojelurakenteet rakennetaan kahtena kautena niin,
että ensimmäisen kauden kokemuksia voidaan hyödyntää toisella kaudella. Elinympäristökunnostuksia
tehdään talkoina joka kesä, ja kaksi vaellusestettä poistetaan syksyllä 2026. Neuvontaa jatketaan
koko ajan, ja uusia kohteita otetaan mukaan, jos maanomistajat niitä esittävät.

Päättämisvaihe (lokakuu–joulukuu 2027). Hankkeen viimeisinä kuukausina tehdään loppukysely
maanomistajille, kootaan mittaustulokset, järjestetään loppuseminaari ja laaditaan loppuraportti.
Kohderekisteri ja hoito-ohjeet luovutetaan kunnan ympäristönsuojelulle.""")
    d.add_heading("5.2 Yhteistyö koulujen kanssa", 2)
    paras(d, """
Pirttikosken ja Kalaniemen yläkoulujen seitsemäsluokkalaisille järjestetään joka syksy puropäivä, jossa
oppilaat tutustuvat kunnostettuun puroon, tekevät yksinkertaisia vedenlaadun mittauksia ja
pohjaeläinnäytteitä sekä kuulevat taimenen elinkierrosta. Puropäivät suunnitellaan yhdessä biologian ja
maantiedon opettajien kanssa niin, että ne tukevat opetussuunnitelman tavoitteita. Hanke vastaa
kuljetuksista ja mittausvälineistä. Opettajille kootaan puropäivän ohjeet, jotta he voivat jatkaa
päiviä omin voimin.""")
    d.add_heading("6. Aikataulu", 1)
    paras(d, "Hanke toteutetaan 1.4.2025–31.12.2027. Alla työpakettien ajoitus vuosittain.")
    table(d, [["Työpaketti", "2025", "2026", "2027", "2028"],
              ["TP1 Kartoitus ja suunnittelu", "huhti–joulukuu", "", "", ""],
              ["TP1 Rakenteiden toteutus", "", "kesä–lokakuu", "kesä–syyskuu", ""],
              ["TP2 Kunnostustalkoot", "kesä–elokuu", "kesä–elokuu", "kesä–elokuu", ""],
              ["TP3 Neuvonta ja maastoillat", "syyskuu", "touko–syyskuu", "touko–syyskuu", ""],
              ["TP4 Toimintamallin viimeistely ja päätöskäsittely", "", "", "", "tammi–maaliskuu"]])
    d.add_heading("7. Organisointi ja yhteistyö", 1)
    paras(d, """
Hankkeen hallinnoija on Pirttikosken kunta, ja hanke sijoittuu ympäristönsuojelun yhteyteen.
Hankkeeseen palkataan kokoaikainen projektipäällikkö ja osa-aikainen (50 %) kunnostusasiantuntija.
Kalastusalueyhdistys vastaa talkoiden organisoinnista ja saa siitä hankkeelta korvauksen
yhteistyösopimuksen mukaisesti.

Ohjausryhmään kuuluvat kunnan ympäristöpäällikkö (puheenjohtaja), ELY-keskuksen kalatalousasiantuntija,
kalastusalueyhdistyksen puheenjohtaja, metsänhoitoyhdistyksen edustaja, ProAgrian neuvoja sekä kaksi
maanomistajien edustajaa. Ohjausryhmä kokoontuu noin neljä kertaa vuodessa. Projektipäällikkö raportoi
ohjausryhmälle ja kunnan ympäristöpäällikölle.

Yhteistyökumppaneina ovat lisäksi Oulun yliopiston kalabiologian tutkimusryhmä, joka toteuttaa
sähkökoekalastukset, sekä alueen kaksi yläkoulua.""")
    d.add_heading("7.1 Henkilöstö ja tehtävät", 2)
    paras(d, """
Projektipäällikkö vastaa hankkeen kokonaisuudesta: suunnitelman toteutumisesta, taloudesta,
raportoinnista rahoittajalle, maanomistajayhteistyöstä ja viestinnästä. Projektipäälliköltä edellytetään
soveltuvaa korkeakoulututkintoa (esimerkiksi ympäristö- tai metsätieteet) sekä kokemusta vesiensuojelusta
tai vesistökunnostuksista. Rekrytointi aloitetaan heti rahoituspäätöksen jälkeen, ja tehtävä täytetään
määräaikaisena hankkeen ajaksi.

Kunnostusasiantuntija työskentelee 50 %:n työajalla. Hän suunnittelee elinympäristökunnostukset,
ohjaa talkoita maastossa, valvoo urakoita ja laatii kohdekortit. Tehtävään haetaan henkilöä, jolla on
kokemusta virtavesikunnostuksista ja kalataloudesta. Kesäkausina kunnostusasiantuntijan työaikaa
voidaan painottaa maastotöihin ja talvikausina suunnitteluun.

Lisäksi hankkeen hallinnointiin osallistuu kunnan taloushallinto (maksatushakemukset, kirjanpito) ja
ympäristönsuojelusihteeri, joka perehtyy kohderekisteriin ja toimintamalliin koko hankkeen ajan. Näiden
henkilöiden työpanos katetaan kunnan omarahoituksella, eikä sitä sisällytetä hankkeen henkilöstökuluihin.""")
    d.add_heading("7.2 Luvat ja sopimukset", 2)
    paras(d, """
Vesiensuojelurakenteet ja kunnostukset toteutetaan vain maanomistajan kirjallisella suostumuksella.
Jokaisesta kohteesta tehdään maanomistajan kanssa sopimus, jossa sovitaan rakenteen sijainnista,
työajankohdasta, mahdollisista korvauksista ja rakenteen myöhemmästä hoidosta. Vesilain mukaiset
ilmoitukset ja luvat selvitetään kohteittain ELY-keskuksen kanssa ennen töiden aloittamista. Myllyojan
padon poistoon haetaan tarvittaessa aluehallintovirastolta lupa, ja sen valmisteluun on varattu aikaa
jo ensimmäiselle hankevuodelle.

Kalastusalueyhdistyksen kanssa laaditaan yhteistyösopimus, jossa sovitaan talkoiden järjestämisestä,
vakuutuksista, korvauksista ja työturvallisuudesta. Oulun yliopiston kanssa tehdään tilaussopimus
sähkökoekalastuksista ja niiden raportoinnista.""")
    d.add_heading("7.3 Kestävä kehitys ja yhdenvertaisuus", 2)
    paras(d, """
Hankkeen ympäristövaikutukset ovat myönteisiä: kuormitus vähenee ja vesiluonnon monimuotoisuus
vahvistuu. Kunnostustöiden aikaisia haittoja, kuten hetkellistä samentumista, vähennetään ajoittamalla
työt kalojen kutuajan ulkopuolelle ja käyttämällä lietteenpidätystä. Urakoissa edellytetään, että koneet
ovat kunnossa eikä öljyvuotoja pääse syntymään, ja työmaiden jätteet kierrätetään.

Talkoisiin ja maastoiltoihin voivat osallistua kaikki iästä ja taustasta riippumatta. Maastoilloissa
huolehditaan siitä, että osa kohteista on helposti saavutettavissa myös niille, jotka eivät pysty
liikkumaan maastossa pitkiä matkoja. Tiedotteet tehdään selkeällä kielellä, ja maanomistajakirjeet
lähetetään sekä sähköisesti että paperisena, koska osa omistajista asuu muualla eikä käytä sähköisiä
kanavia. Hankkeessa kiinnitetään huomiota myös siihen, että maanomistajien edustajina ohjausryhmässä on
sekä nais- että miesomistajia.""")
    d.add_heading("7.4 Aiemmat kokemukset", 2)
    paras(d, """
Kalastusalueyhdistys on toteuttanut vuosina 2016–2023 yhteensä yhdeksän pientä kutusorakunnostusta,
joiden kustannukset on katettu kalastuslupatuloilla ja pienillä avustuksilla. Kunta osallistui vuonna
2021 maakunnalliseen vesistökunnostusverkostoon, josta saatiin tietoa rahoitusmahdollisuuksista ja
kunnostusmenetelmistä. Näistä kokemuksista on opittu, että maanomistajien varhainen kuuleminen ratkaisee
hankkeen onnistumisen, ja siksi neuvontatyö alkaa heti hankkeen ensimmäisenä syksynä.""")
    d.add_heading("8. Kustannusarvio ja rahoitus", 1)
    paras(d, "Kokonaiskustannukset ovat 312 000 euroa. ELY-keskuksen avustusta haetaan 70 % ja loppu katetaan kunnan rahoituksella (20 %) ja yhdistysten talkootyöllä (10 %).")
    table(d, [["Kustannuslaji", "2025", "2026", "2027", "Yhteensä"],
              ["Henkilöstökulut", "38 000", "57 000", "57 000", "152 000"],
              ["Urakat ja rakenteet", "8 000", "56 000", "44 000", "108 000"],
              ["Ostopalvelut (koekalastukset, neuvonta)", "6 000", "12 000", "14 000", "32 000"],
              ["Muut kulut (matkat, tarvikkeet, viestintä)", "5 000", "7 000", "8 000", "20 000"],
              ["Yhteensä", "57 000", "132 000", "123 000", "312 000"]])
    paras(d, """
Henkilöstökuluista noin 15 % kohdistuu juurruttamiseen: toimintamallin kirjoittamiseen, kunnan
henkilöstön perehdyttämiseen ja kohderekisterin siirtämiseen kunnan paikkatietojärjestelmään.""")
    d.add_heading("8.1 Talouden seuranta ja omarahoitus", 2)
    paras(d, """
Kunnanhallitus on käsitellyt hankkeen omarahoitusosuuden kokouksessaan 17.2.2025 ja sitoutunut
varaamaan sen vuosien 2025–2027 talousarvioihin. Talkootyön arvo lasketaan rahoittajan ohjeiden
mukaisesti, ja talkoolaisten tunnit kirjataan talkoolistoihin. Hankkeen kirjanpito pidetään kunnan
kirjanpidossa omalla kustannuspaikallaan, ja projektipäällikkö seuraa budjetin toteutumista
kuukausittain. Ohjausryhmälle esitellään talouden toteuma jokaisessa kokouksessa.

Urakoiden kustannukset perustuvat kolmen vastaavan kohteen toteutuneisiin hintoihin viereisestä
kunnasta sekä metsänhoitoyhdistyksen arvioon. Jos urakkahinnat ylittävät arvion, rakenteita
priorisoidaan niin, että eniten kuormitusta vähentävät kohteet toteutetaan ensin.""")
    d.add_heading("9. Seuranta ja arviointi", 1)
    paras(d, """
Hankkeen etenemistä seurataan ohjausryhmässä neljännesvuosittain. Jokaiselle tavoitteelle on
määritelty mittari:

- Kuormituksen väheneminen (tavoite 1): veden sameus ja kokonaisfosfori mitataan kolmesta
mittauspisteestä ennen ja jälkeen rakenteiden (vesinäytteet keväisin ja syksyisin), lisäksi toteutettujen
rakenteiden määrä (tavoite 20).
- Lisääntymisalueet (tavoite 2): Oulun yliopisto tekee sähkökoekalastukset 12 koealalla elokuussa 2025 ja
elokuussa 2027; tavoitteena on taimenen poikasia vähintään kuudella koealalla. Kunnostetun purouoman
pituus kirjataan.
- Maanomistajien tieto ja halukkuus (tavoite 3): neuvontaan osallistuneiden maanomistajien määrä ja
alku- ja loppukysely, jossa kysytään aikomuksesta tehdä vesiensuojelua omilla mailla.
- Toimintamalli (tavoite 4): toimintamalli on hyväksytty ympäristölautakunnassa ja kalastusalueyhdistyksen
vuosikokouksessa, ja kohderekisteri on kunnan järjestelmässä.

Hanke tekee itsearvioinnin jokaisen kesäkauden jälkeen. Loppuvaiheessa ELY-keskuksen kalatalousasiantuntija
ja yliopiston tutkija arvioivat kunnostusten onnistumisen maastokäynnillä.""")
    d.add_heading("9.1 Tiedonkeruu ja raportointi", 2)
    paras(d, """
Vesinäytteet otetaan kolmesta kiinteästä mittauspisteestä (Myllyojan, Rautaojan ja Kuusiojan alaosa)
keväällä ylivirtaaman aikaan ja syksyllä sateiden jälkeen. Näytteet analysoi akkreditoitu laboratorio,
ja tulokset tallennetaan myös valtakunnalliseen vedenlaatutietojärjestelmään. Lisäksi kalastusalueyhdistyksen
vapaaehtoiset mittaavat sameutta kenttämittarilla kuukausittain sulan veden aikaan, mikä antaa tiheämmän
kuvan kuormituksen vaihtelusta.

Maanomistajien alku- ja loppukysely tehdään sekä sähköisenä että paperisena. Kyselyssä kysytään tietoa
vesiensuojelun keinoista ja rahoituksesta sekä aikomuksesta toteuttaa rakenteita omilla mailla.
Neuvontakäynneistä pidetään kirjaa, ja maastoiltojen osallistujat lasketaan.

Hanke raportoi rahoittajalle maksatushakemusten yhteydessä ja laatii jokaisen hankevuoden lopussa
lyhyen väliraportin, joka käsitellään ohjausryhmässä ja kunnan ympäristölautakunnassa. Loppuraportti
laaditaan hankkeen päättyessä.""")
    d.add_heading("10. Odotetut tulokset ja vaikutukset", 1)
    paras(d, """
Hankkeen tuloksena valuma-alueelle on rakennettu noin 20 vesiensuojelurakennetta, kolmen puron
kunnostettu uoma on yhteensä noin 6 kilometriä, kaksi vaellusestettä on poistettu ja maanomistajat
tuntevat vesiensuojelun keinot ja rahoituksen. Kunnalla on kohderekisteri ja toimintamalli pienvesien
hoitoon.

Pitkällä aikavälillä purojen ekologinen tila paranee, taimenkanta vahvistuu ja alapuolisen vesistön
kuormitus vähenee. Kunnostukset lisäävät myös alueen virkistysarvoa. Vaikutukset näkyvät täysin vasta
useiden vuosien kuluttua, sillä taimenen elinkierto ja rakenteiden vaikutus kuormitukseen vaativat aikaa.""")
    d.add_heading("10.1 Hankkeen lisäarvo", 2)
    paras(d, """
Pienvesien kunnostuksia on Pohjois-Pohjanmaalla tehty paljon, mutta ne ovat usein jääneet yksittäisiksi
talkookohteiksi, joiden kunnossapidosta ei kukaan ole vastannut. Kunnostetut sorapohjat liettyvät
muutamassa vuodessa uudelleen, jos valuma-alueen kuormitukseen ei puututa samaan aikaan. Purot kuntoon
-hankkeen lisäarvo on siinä, että se käsittelee samalla kertaa sekä valuma-alueen kuormitusta että
purojen elinympäristöjä ja että se rakentaa hoidolle pysyvän omistajan.

Toinen lisäarvo syntyy maanomistajien kanssa tehtävästä työstä. Valmistelun työpajoissa moni omistaja
kertoi olevansa halukas tekemään vesiensuojelua, mutta ei tiennyt, mistä aloittaa tai miten rakenteet
rahoitetaan. Kun neuvonta, suunnittelu ja urakoiden kilpailutus tehdään keskitetysti, yksittäisen
omistajan kynnys lähteä mukaan madaltuu huomattavasti. Kohdekortit ja hoito-ohjeet jäävät omistajille,
joten rakenteiden hoito ei ole hankkeen jälkeen kenellekään epäselvää.

Kolmanneksi hanke yhdistää kunnan viranomaistyön ja vapaaehtoisen kalastusaluetoiminnan tavalla,
jota kunnassa ei ole aiemmin kokeiltu. Kalastusalueyhdistyksellä on pitkä kokemus talkoista ja paikallinen
luottamus, kunnalla taas on hallinnollinen osaaminen ja mahdollisuus sitoutua pitkäjänteiseen työhön.
Hankkeen aikana molempien roolit kirjataan niin, että yhteistyö ei ole yksittäisten henkilöiden varassa.""")
    d.add_heading("10.2 Vaikutukset eri toimijoille", 2)
    paras(d, """
Maanomistajille hanke tuo tietoa ja käytännön apua. Vesiensuojelurakenteet vähentävät myös maa-aineksen
huuhtoutumista ja ojien liettymistä, mikä pienentää kunnostusojitusten tarvetta ja kustannuksia
pitkällä aikavälillä. Osakaskunnille ja kalastajille hanke tuo vahvistuvan taimenkannan ja
parempilaatuiset kalastusvedet. Kunnalle hanke tuo ajantasaisen tiedon pienvesien tilasta ja
toimintatavan, jolla ympäristöohjelman tavoitteita voidaan toteuttaa.

Koululaisille puropäivät tarjoavat konkreettisen kokemuksen oman kotiseudun luonnosta, ja osa nuorista
on jo valmisteluvaiheessa kertonut kiinnostuksestaan osallistua kesätalkoisiin. Alapuolisen vesistön
käyttäjät hyötyvät vähenevästä kuormituksesta, vaikka yksittäisen hankkeen vaikutus koko Kalajoen
vedenlaatuun jää väistämättä pieneksi.""")
    d.add_heading("11. Tulosten juurruttaminen", 1)
    paras(d, """
Juurruttaminen on otettu huomioon jo hankkeen valmistelussa: hallinnoijaksi valittiin kunta, jotta
toiminta voi jatkua osana ympäristönsuojelun perustehtäviä, ja kalastusalueyhdistys on ollut mukana
suunnittelusta lähtien. Hankkeen alusta asti kohderekisteri rakennetaan suoraan kunnan
paikkatietojärjestelmään eikä erilliseen hankkeen tiedostoon.

Hankkeen päättymisen jälkeen kohderekisterin ylläpidosta ja vesiensuojelurakenteiden hoidon
neuvonnasta vastaa kunnan ympäristöpäällikkö, ja tehtävä lisätään ympäristönsuojelusihteerin
toimenkuvaan. Kalastusalueyhdistyksen hallitus vastaa kunnostustalkoiden järjestämisestä vuosittain.
Toimintamalli viedään kunnan ympäristöohjelman toimeenpanosuunnitelmaan, jolloin pienvesien hoito
tulee osaksi kunnan tavallista vuosisuunnittelua ja talousarviota.

Kokemuksista ja tuloksista kerrotaan kunnan verkkosivuilla, paikallislehdessä, kalastusalueyhdistyksen
jäsenkirjeessä ja vesienhoidon yhteistyöryhmän kokouksessa. Hankkeen lopussa järjestetään avoin
loppuseminaari, ja toimintamalli julkaistaan myös ELY-keskuksen vesistökunnostusverkoston sivuilla.

Hankkeen aikana esitämme ELY-keskukselle, että pienvesien yhteishoidon malli kirjataan suositukseksi
vesienhoidon toimenpideohjelman seuraavalle kaudelle, jolloin se tulisi osaksi koko vesistöalueen kuntien
tavanomaista vesienhoitotyötä eikä jäisi yhden kunnan erilliskokeiluksi.""")
    d.add_heading("12. Riskit ja niiden hallinta", 1)
    table(d, [["Riski", "Todennäköisyys", "Hallintakeino"],
              ["Maanomistajat eivät anna suostumusta rakenteille", "keskisuuri", "Varhainen yhteydenpito, tilakohtainen neuvonta ja varakohteet suunnitelmassa"],
              ["Urakkahinnat nousevat", "keskisuuri", "Kilpailutus yhdessä mhy:n kanssa, rakenteiden priorisointi"],
              ["Tulvat tai kuivuus siirtävät töitä", "pieni", "Töiden ajoitus joustavasti kesä–lokakuulle"],
              ["Vapaaehtoisten määrä jää pieneksi", "pieni", "Talkoiden ajoitus viikonloppuihin ja yhteistyö koulujen kanssa"]])
    paras(d, """
Riskeistä merkittävin on maanomistajien suostumus. Ilman sitä rakenteita ei voida toteuttaa, ja yhden
keskeisen kohteen puuttuminen voi heikentää koko valuma-alueen vaikutusta. Siksi kohteita on
yleissuunnitelmassa enemmän kuin toteutetaan, ja varakohteet on merkitty valmiiksi. Urakkahintojen
nousuun varaudutaan priorisoinnilla ja sillä, että osa pienistä rakenteista tehdään talkoilla.
Henkilöstön vaihtuvuus on tyypillinen hankeriski; sitä pienennetään dokumentoimalla kohteet
kohderekisteriin alusta asti ja perehdyttämällä ympäristönsuojelusihteeri hankkeen työhön koko
hankkeen ajan.""")
    d.add_heading("13. Viestintä", 1)
    paras(d, """
Viestinnän tavoitteena on, että maanomistajat ja kuntalaiset tietävät hankkeesta ja voivat osallistua.
Hankkeelle tehdään oma sivu kunnan verkkosivuille, ja talkoista tiedotetaan kalastusalueyhdistyksen
Facebook-ryhmässä sekä paikallislehdessä. Maanomistajille lähetetään kirje hankkeen alussa ja
uutiskirje kahdesti vuodessa. Kunnostuskohteille pystytetään opastaulut.""")
    table(d, [["Kohderyhmä", "Viesti", "Kanava", "Ajoitus"],
              ["Maanomistajat", "Mitä hanke tekee, miten voi osallistua, rahoitusmahdollisuudet", "Kirje, uutiskirje, maastoillat, puhelin", "hankkeen alussa ja kahdesti vuodessa"],
              ["Kuntalaiset", "Talkoot, tulokset, purojen tila", "Kunnan verkkosivut, paikallislehti, Facebook", "jatkuvasti"],
              ["Päättäjät", "Hankkeen eteneminen ja tulokset", "Ympäristölautakunnan kokoukset, väliraportit", "vuosittain"],
              ["Vesienhoidon toimijat", "Toimintamalli ja kokemukset", "Vesienhoidon yhteistyöryhmä, loppuseminaari", "2026 ja 2027"]])
    paras(d, """
Viestinnästä vastaa projektipäällikkö yhdessä kunnan viestintäsuunnittelijan kanssa. Kaikessa
viestinnässä käytetään rahoittajan tunnuksia rahoittajan ohjeiden mukaisesti. Kuvia kunnostuksista
kerätään koko hankkeen ajan, ja ennen–jälkeen-kuvat julkaistaan loppuseminaarin yhteydessä.""")
    d.save(os.path.join(OUT, name + ".docx"))
    save_json(name, "hankesuunnitelma", [
        {"rule": "aikataulu.ristiriita"},
        {"rule": "juurrutus.4v-vaihe-puuttuu", "target": "variointi"},
    ])

if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08):
        f()
    print("valmis")
