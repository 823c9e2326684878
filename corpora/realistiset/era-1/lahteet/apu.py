"""Apufunktiot realististen .docx-testiasiakirjojen rakentamiseen.

python-docx tuottaa perusrakenteen; muutosten jäljitys (w:ins / w:del),
sisällönhallintaobjektit (w:sdt), tekstiruudut (VML w:txbxContent) ja
muut erikoisrakenteet kirjoitetaan raakana XML:nä lxml:n avulla.
"""
import datetime as _dt

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"

PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

_ids = {"rev": 100, "sdt": 500000}


def _next(kind):
    _ids[kind] += 1
    return str(_ids[kind])


def uusi_dokumentti(tekija, otsikko, luotu):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    try:
        ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    except ValueError:
        pass
    cp = doc.core_properties
    cp.author = tekija
    cp.last_modified_by = tekija
    cp.title = otsikko
    cp.created = luotu
    cp.modified = luotu + _dt.timedelta(days=1, hours=3)
    cp.revision = 7
    return doc


def run_el(text, bold=False, italic=False, deleted=False, rstyle=None, color=None):
    r = OxmlElement("w:r")
    if bold or italic or rstyle or color:
        rpr = OxmlElement("w:rPr")
        if rstyle:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), rstyle)
            rpr.append(rs)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if color:
            c = OxmlElement("w:color")
            c.set(qn("w:val"), color)
            rpr.append(c)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), _next("rev"))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def lisaa_ins(par, text, author, date, bold=False):
    """Jäljitetty lisäys kappaleen loppuun."""
    ins = _rev("w:ins", author, date)
    ins.append(run_el(text, bold=bold))
    par._p.append(ins)
    return ins


def lisaa_del(par, text, author, date):
    """Jäljitetty poisto kappaleen loppuun (teksti w:delText-elementissä)."""
    d = _rev("w:del", author, date)
    d.append(run_el(text, deleted=True))
    par._p.append(d)
    return d


def lisaa_run(par, text, bold=False, italic=False):
    par._p.append(run_el(text, bold=bold, italic=italic))


def jaljitetty_kappale(container, osat, author, date, style=None):
    """osat: lista (laji, teksti), laji = 'n' (normaali), 'i' (lisätty), 'd' (poistettu), 'b' (lihava)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for laji, teksti in osat:
        if laji == "n":
            lisaa_run(p, teksti)
        elif laji == "b":
            lisaa_run(p, teksti, bold=True)
        elif laji == "i":
            lisaa_ins(p, teksti, author, date)
        elif laji == "d":
            lisaa_del(p, teksti, author, date)
    return p


def poistettu_kappale(doc, text, author, date):
    """Koko kappale poistettu jäljitettynä (myös kappalemerkki)."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev("w:del", author, date))
    ppr.append(rpr)
    lisaa_del(p, text, author, date)
    return p


def lisatty_kappale(doc, text, author, date):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev("w:ins", author, date))
    ppr.append(rpr)
    lisaa_ins(p, text, author, date)
    return p


def _sdt_pr(alias, tag, placeholder):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), _next("sdt"))
    pr.append(i)
    if placeholder:
        ph = OxmlElement("w:placeholder")
        dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        ph.append(dp)
        pr.append(ph)
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


def _body_append(doc, el):
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(el)
    else:
        body.append(el)


def sdt_lohko(doc, kappaleet, alias, tag, placeholder=False):
    """Lohkotason sisällönhallintaobjekti; vastaus w:sdtContent-elementin kappaleina.
    placeholder=True: täyttämätön kenttä, jossa näkyy Wordin oletuspaikkamerkki."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, tag, placeholder))
    content = OxmlElement("w:sdtContent")
    if placeholder:
        kappaleet = [PLACEHOLDER]
    for teksti in kappaleet:
        p = OxmlElement("w:p")
        if placeholder:
            p.append(run_el(teksti, rstyle="PlaceholderText"))
        else:
            p.append(run_el(teksti))
        content.append(p)
    sdt.append(content)
    _body_append(doc, sdt)
    return sdt


def sdt_rivi(par, teksti, alias, tag):
    """Rivinsisäinen sisällönhallintaobjekti kappaleen loppuun."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, tag, False))
    content = OxmlElement("w:sdtContent")
    content.append(run_el(teksti))
    sdt.append(content)
    par._p.append(sdt)
    return sdt


def tekstiruutu(doc, rivit, leveys_pt=450, korkeus_pt=175):
    """VML-tekstiruutu (w:pict / v:textbox / w:txbxContent) omassa kappaleessaan.
    rivit: lista (teksti, lihava)."""
    kapp = []
    for teksti, lihava in rivit:
        b = "<w:rPr><w:b/></w:rPr>" if lihava else ""
        teksti = teksti.replace("&", "&amp;").replace("<", "&lt;")
        kapp.append(f'<w:p><w:r>{b}<w:t xml:space="preserve">{teksti}</w:t></w:r></w:p>')
    xml = (
        f'<w:p xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Tekstiruutu 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:{leveys_pt}pt;height:{korkeus_pt}pt" fillcolor="#eef3f8" strokecolor="#4f6f8f">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>' + "".join(kapp) + '</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>'
    )
    el = parse_xml(xml)
    _body_append(doc, el)
    return el


def lihava_rivi(doc, teksti):
    p = doc.add_paragraph()
    r = p.add_run(teksti)
    r.bold = True
    return p


def taulukko(doc_or_cell, rivit, otsikkorivi=True, tyyli="Table Grid"):
    t = doc_or_cell.add_table(rows=len(rivit), cols=len(rivit[0]))
    try:
        t.style = tyyli
    except Exception:
        pass
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def tyhjenna_solu(cell):
    """Poistaa solun kaikki kappaleet ja jättää yhden tyhjän."""
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    tc.append(OxmlElement("w:p"))
    return cell.paragraphs[0]
