"""Yhteiset apufunktiot sinetoity-4-erän generointiin."""
import copy, json, os
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(OUT, "lahteet")

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

def bold(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    return p

def paras(doc, text):
    for block in text.strip().split("\n\n"):
        block = " ".join(l.strip() for l in block.strip().splitlines())
        if block.startswith("- "):
            for item in block[2:].split(" - "):
                doc.add_paragraph(item.strip(), style="List Bullet")
        else:
            doc.add_paragraph(block)

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    return t

def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    return r

_rev = [100]
def _mark(tag, text, deleted=False):
    _rev[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(_rev[0])); el.set(qn("w:author"), "Minna K."); el.set(qn("w:date"), "2025-03-04T09:12:00Z")
    el.append(_run(text, deleted))
    return el

def tracked_para(doc, parts, style=None):
    """parts: lista (laji, teksti), laji = 'n' tavallinen, 'i' lisätty, 'd' poistettu."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for kind, text in parts:
        if kind == "n": p._p.append(_run(text))
        elif kind == "i": p._p.append(_mark("w:ins", text))
        else: p._p.append(_mark("w:del", text, deleted=True))
    return p

def sdt_para(doc, label, value=None, placeholder="Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."):
    """Kappale, jossa otsake ja sisältöohjausobjekti (w:sdt). value=None -> täyttämätön paikkamerkki."""
    p = doc.add_paragraph()
    r = p.add_run(label + " "); r.bold = True
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), label.strip(" :*")); pr.append(alias)
    _rev[0] += 1
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_rev[0])); pr.append(i)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(value if value is not None else placeholder))
    sdt.append(content)
    p._p.append(sdt)
    return p

def sdt_block(doc, alias_text, paragraphs_text):
    """Lohkotason sisältöohjausobjekti, jonka sisällä useita kappaleita."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), alias_text); pr.append(alias)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for t in paragraphs_text:
        p = OxmlElement("w:p"); p.append(_run(t)); content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt

def textbox_para(doc, lines):
    """Tekstiruutu (wps/VML fallbackilla yksinkertaistettuna VML:nä) kappaleen sisällä."""
    from lxml import etree
    p = doc.add_paragraph()
    inner = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (l.replace("&", "&amp;").replace("<", "&lt;")) for l in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="Tekstiruutu1" type="#_x0000_t202" style="width:420pt;height:120pt">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % inner
    p._p.append(etree.fromstring(xml))
    return p
