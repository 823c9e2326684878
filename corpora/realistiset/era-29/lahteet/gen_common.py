"""Apufunktiot era-29-erän .docx-asiakirjojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

AUTHOR = "Sanna K."
DATE = "2026-01-12T10:00:00Z"
_id = [100]

def nid():
    _id[0] += 1
    return str(_id[0])

def _run(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r

def add_ins(par, text, bold=False):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), nid()); ins.set(qn("w:author"), AUTHOR); ins.set(qn("w:date"), DATE)
    ins.append(_run(text, bold))
    par._p.append(ins)

def add_del(par, text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid()); d.set(qn("w:author"), AUTHOR); d.set(qn("w:date"), DATE)
    d.append(_run(text, deleted=True))
    par._p.append(d)

def add_text(par, text, bold=False):
    par._p.append(_run(text, bold))

def tracked_par(doc, parts, style=None):
    """parts: list of (kind, text) with kind in 'n' (normal), 'i' (insert), 'd' (delete)."""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        {"n": add_text, "i": add_ins, "d": add_del}[kind](p, text)
    return p

def sdt_inline(par, text, tag="vastaus", placeholder=False):
    """Inline content control inside paragraph; if placeholder, shows the template placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), nid()); pr.append(i)
    if placeholder:
        ph = OxmlElement("w:placeholder"); dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440"); ph.append(dp); pr.append(ph)
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(text if not placeholder else "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."))
    sdt.append(content)
    par._p.append(sdt)

def sdt_block(doc, paragraphs, tag="vastaus"):
    """Block-level content control holding whole paragraphs."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    i = OxmlElement("w:id"); i.set(qn("w:val"), nid()); pr.append(i)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for text in paragraphs:
        p = OxmlElement("w:p"); p.append(_run(text)); content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr

def bold_line(doc, text):
    p = doc.add_paragraph(); p.add_run(text).bold = True; return p

def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t

def new_doc():
    return Document()
