"""Apufunktiot era-32-erän .docx-asiakirjojen rakentamiseen (python-docx + lxml)."""
import copy, json, os
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
_rid = [100]

def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r

def _rev(tag, author="Tiina K."):
    _rid[0] += 1
    e = OxmlElement(tag)
    e.set(qn("w:id"), str(_rid[0])); e.set(qn("w:author"), author)
    e.set(qn("w:date"), "2025-03-04T10:12:00Z")
    return e

def tracked(doc_or_cell, parts, style=None):
    """parts: lista (tyyppi, teksti), tyyppi 'n' tavallinen, 'i' lisätty, 'd' poistettu."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for kind, text in parts:
        if kind == "n":
            p._p.append(_run(text))
        elif kind == "i":
            ins = _rev("w:ins"); ins.append(_run(text)); p._p.append(ins)
        elif kind == "d":
            d = _rev("w:del"); d.append(_run(text, deleted=True)); p._p.append(d)
    return p

def sdt(doc, text=None, tag="vastaus", label=None):
    """Lohkotason sisältöohjausobjekti. text=None -> täyttämätön (showingPlcHdr)."""
    body = doc.element.body
    s = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), label or tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    s.append(pr)
    c = OxmlElement("w:sdtContent")
    paras = [PLACEHOLDER] if text is None else (text if isinstance(text, list) else [text])
    for t in paras:
        p = OxmlElement("w:p"); p.append(_run(t)); c.append(p)
    s.append(c)
    body.insert(len(body) - 1, s)  # ennen sectPr:ää
    return s

def bold_line(doc, text):
    p = doc.add_paragraph(); p.add_run(text).bold = True; return p

def paras(doc, text):
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("- "):
            for line in block.split("\n"):
                doc.add_paragraph(line[2:].strip(), style="List Bullet")
        else:
            doc.add_paragraph(" ".join(block.split()))

def table(doc_or_cell, rows, header=True, style="Table Grid"):
    t = doc_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    try: t.style = style
    except Exception: pass
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None: continue
            t.cell(i, j).text = val
            if header and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    return t

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")
