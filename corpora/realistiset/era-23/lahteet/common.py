# Apufunktiot era-23-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)
import json, os, copy
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False)

def _run(text):
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t); return r

def _delrun(text):
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t); return r

_rev = [100]
def _mark(tag, author="Satu K."):
    e = OxmlElement(tag); _rev[0] += 1
    e.set(qn("w:id"), str(_rev[0])); e.set(qn("w:author"), author); e.set(qn("w:date"), "2026-02-11T09:12:00Z")
    return e

def tracked_para(doc, parts, style=None):
    """parts: list of (kind, text) with kind in 'n' (normal), 'ins', 'del'."""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        if kind == "n":
            p._p.append(_run(text))
        elif kind == "ins":
            m = _mark("w:ins"); m.append(_run(text)); p._p.append(m)
        else:
            m = _mark("w:del"); m.append(_delrun(text)); p._p.append(m)
    return p

def sdt_inline(p, text, tag="kentta", placeholder=False):
    """Inline content control inside paragraph p."""
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
        text = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
    sdt.append(pr); c = OxmlElement("w:sdtContent"); c.append(_run(text)); sdt.append(c)
    p._p.append(sdt); return sdt

def sdt_block(doc, paragraphs, tag="vastaus"):
    """Block-level content control holding whole paragraphs."""
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    sdt.append(pr); c = OxmlElement("w:sdtContent")
    for text in paragraphs:
        p = OxmlElement("w:p"); p.append(_run(text)); c.append(p)
    sdt.append(c)
    body = doc.element.body
    body.insert(len(body) - 1, sdt)  # ennen sectPr
    return sdt

def bold_line(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t
