"""Apufunktiot sinetöidyn erän .docx-tiedostojen rakentamiseen (python-docx + raaka XML)."""
import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

NS = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
])
PLACEHOLDER_FI = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

_ids = {"n": 100}


def _nid():
    _ids["n"] += 1
    return _ids["n"]


def uusi_dokumentti(tekija, otsikko, luotu):
    d = Document()
    d.core_properties.author = tekija
    d.core_properties.last_modified_by = tekija
    d.core_properties.title = otsikko
    d.core_properties.created = luotu
    d.core_properties.modified = luotu
    d.core_properties.language = "fi-FI"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if "Placeholder Text" not in [s.name for s in d.styles]:
        ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return d


# ---------- run-tason XML ----------
def r(text, b=False, i=False):
    rpr = ""
    if b or i:
        rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins(text, author, date, b=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
    return (f'<w:ins w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def dele(text, author, date):
    return (f'<w:del w:id="{_nid()}" w:author="{escape(author)}" w:date="{date}">'
            f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def sdt_run(text, alias, tag=None):
    tag = tag or alias
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>'
            f'<w:id w:val="{_nid() * 7919}"/></w:sdtPr><w:sdtContent>{r(text)}</w:sdtContent></w:sdt>')


def sdt_run_tyhja(alias):
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
            f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
            f'<w:id w:val="{_nid() * 7919}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
            f'<w:t>{PLACEHOLDER_FI}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------- kappaletason XML ----------
def p_xml(inner, style=None, deleted_mark=None):
    ppr = ""
    if style or deleted_mark:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if deleted_mark:
            a, dt = deleted_mark
            ppr += f'<w:rPr><w:del w:id="{_nid()}" w:author="{escape(a)}" w:date="{dt}"/></w:rPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{inner}</w:p>"


def _liita(container, xml):
    el = parse_xml(xml.replace("<w:p>", f"<w:p {NS}>", 1) if xml.startswith("<w:p>") else xml)
    tmp = container.add_paragraph()
    tmp._p.addprevious(el)
    tmp._p.getparent().remove(tmp._p)
    return el


def raaka_kappale(container, inner, style=None):
    return _liita(container, p_xml(inner, style))


def poistettu_kappale(container, text, author, date, style=None):
    """Koko kappale poistettu jäljitetyllä muutoksella (myös kappalemerkki)."""
    return _liita(container, p_xml(dele(text, author, date), style, deleted_mark=(author, date)))


def lisatty_kappale(container, text, author, date, style=None):
    ppr_style = f'<w:pStyle w:val="{style}"/>' if style else ""
    xml = (f'<w:p {NS}><w:pPr>{ppr_style}<w:rPr><w:ins w:id="{_nid()}" w:author="{escape(author)}" '
           f'w:date="{date}"/></w:rPr></w:pPr>{ins(text, author, date)}</w:p>')
    return _liita(container, xml)


def sdt_lohko(container, kappaleet, alias, tag=None, style=None):
    """Lohkotason sisältöohjausobjekti, jonka sisällä yksi tai useampi kappale."""
    tag = tag or alias
    ps = "".join(p_xml(r(t), style) for t in kappaleet)
    xml = (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>'
           f'<w:id w:val="{_nid() * 7919}"/></w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')
    return _liita(container, xml)


def sdt_lohko_tyhja(container, alias):
    xml = (f'<w:sdt {NS}><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
           f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
           f'<w:id w:val="{_nid() * 7919}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
           f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
           f'<w:t>{PLACEHOLDER_FI}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    return _liita(container, xml)


def tekstiruutu(container, kappaleet, nimi="Tekstiruutu 2", ankkuriteksti=""):
    """Word-tyylinen kelluva tekstiruutu: mc:AlternateContent (wps + VML-varakopio)."""
    sisalto = "".join(p_xml(r(t, b=(k == 0))) for k, t in enumerate(kappaleet))
    did = _nid()
    xml = f'''<w:p {NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">{r(ankkuriteksti) if ankkuriteksti else ""}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2520000" cy="2160000"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{did}" name="{escape(nimi)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="2160000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{sisalto}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="{escape(nimi)}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:198.4pt;height:170.1pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#f2f2f2"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{sisalto}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'''
    return _liita(container, xml)


# ---------- tavalliset apurit ----------
def otsikko(doc, teksti, taso=1):
    return doc.add_heading(teksti, level=taso)


def lihava_rivi(container, teksti):
    p = container.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def kappale(container, teksti, style=None):
    return container.add_paragraph(teksti, style=style)


def luettelo(container, rivit, numeroitu=False):
    st = "List Number" if numeroitu else "List Bullet"
    for rv in rivit:
        container.add_paragraph(rv, style=st)


def taulukko(container, rivit, otsikkorivi=True, leveys=None):
    t = container.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    return t


def pvm(y, m, d):
    return datetime.datetime(y, m, d, 9, 0, 0)
