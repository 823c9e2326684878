"""Yhteiset apufunktiot era-6-erän dokumenttien rakentamiseen (python-docx + lxml)."""
import json, os, copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))
AUTHOR = "Laatija"
DATE = "2025-03-20T10:00:00Z"
_id = [100]

def nid():
    _id[0] += 1
    return _id[0]

def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d

def h(d, text, level=1):
    return d.add_heading(text, level=level)

def p(d, text="", bold=False, italic=False):
    par = d.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
    return par

def bold_line(d, text):
    return p(d, text, bold=True)

def label_value(d, label, value):
    par = d.add_paragraph()
    r = par.add_run(label + " ")
    r.bold = True
    par.add_run(value)
    return par

def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)

def table(d, rows, header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t

def _run(text, kind="t"):
    t = escape(text)
    if kind == "del":
        return (f'<w:del w:id="{nid()}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>'
                f'<w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
    if kind == "ins":
        return (f'<w:ins w:id="{nid()}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>'
                f'<w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
    return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'

def tracked_para(d, parts):
    """parts: list of (kind, text); kind in t / ins / del. Lisää kappaleen, jossa on jäljitettyjä muutoksia."""
    xml = f'<w:p {nsdecls("w")}>' + "".join(_run(tx, k) for k, tx in parts) + "</w:p>"
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

def deleted_para(d, text):
    """Kokonaan poistettu kappale (myös kappalemerkki poistettu)."""
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:del w:id="{nid()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr></w:pPr>'
           + _run(text, "del") + "</w:p>")
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

def inserted_para(d, text):
    xml = (f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:ins w:id="{nid()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr></w:pPr>'
           + _run(text, "ins") + "</w:p>")
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

def sdt_block(d, value=None, tag="vastaus", alias="Vastaus"):
    """Lohkotason sisältökontrolli. value=None -> täyttämätön, näyttää paikkamerkkitekstin."""
    if value is None:
        inner = (f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                 f'<w:t>{escape(PLACEHOLDER)}</w:t></w:r></w:p>')
        plc = "<w:showingPlcHdr/>"
    else:
        vals = value if isinstance(value, list) else [value]
        inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(v)}</w:t></w:r></w:p>' for v in vals)
        plc = ""
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/>'
           f'<w:id w:val="{nid()}"/>{plc}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

def sdt_inline_para(d, label, value=None, tag="kentta"):
    """Kappale, jossa lihavoitu otsake ja rivinsisäinen sisältökontrolli."""
    if value is None:
        content = (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{escape(PLACEHOLDER)}</w:t></w:r>')
        plc = "<w:showingPlcHdr/>"
    else:
        content = f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        plc = ""
    xml = (f'<w:p {nsdecls("w")}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(label)} </w:t></w:r>'
           f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>{plc}<w:text/></w:sdtPr>'
           f'<w:sdtContent>{content}</w:sdtContent></w:sdt></w:p>')
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

def textbox_para(d, lines, title=None):
    """Tekstiruutu (VML v:textbox + w:txbxContent) ankkuroituna omaan kappaleeseensa."""
    paras = ""
    if title:
        paras += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
    for ln in lines:
        paras += f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>'
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Tekstiruutu{nid()}" type="#_x0000_t202" style="width:440pt;height:240pt;mso-position-horizontal:center;mso-fit-shape-to-text:t" '
           f'fillcolor="#f2f2f2" strokecolor="#7f7f7f"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    d.element.body.append(el)
    _fix_sectpr(d)
    return el

def _fix_sectpr(d):
    body = d.element.body
    sp = body.find(qn("w:sectPr"))
    if sp is not None:
        body.remove(sp)
        body.append(sp)

def save_docx(d, name, expected, folder=None):
    folder = folder or OUT
    path = os.path.join(folder, name + ".docx")
    d.save(path)
    if expected is not None:
        write_expected(name, expected)
    return path

def write_expected(name, expected):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False)
        f.write("\n")

def write_text(name, ext, text, expected):
    with open(os.path.join(OUT, name + "." + ext), "w", encoding="utf-8") as f:
        f.write(text)
    write_expected(name, expected)
