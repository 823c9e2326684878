"""Apuvälineet era-13-erän .docx-tiedostojen rakentamiseen (python-docx + lxml).

Tukee: otsikot, lihavoidut "otsikkorivit", kappaleet, luettelot, taulukot (yhdistetyt solut,
sisäkkäiset taulukot), muutosten jäljitys (w:ins / w:del), sisällönhallintaobjektit (w:sdt)
sekä tekstiruudut (VML v:textbox).
"""
import itertools
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_ids = itertools.count(100)
PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def h(d, text, level=1):
    return d.add_heading(text, level=level)


def bold(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def p(d, text, style=None):
    return d.add_paragraph(text, style=style) if style else d.add_paragraph(text)


def bullets(d, items, numbered=False):
    st = "List Number" if numbered else "List Bullet"
    for it in items:
        d.add_paragraph(it, style=st)


def _run(text, deleted=False, bold_=False, style=None):
    r = etree.SubElement(etree.Element("dummy"), qn("w:r"))
    if bold_ or style:
        rpr = etree.SubElement(r, qn("w:rPr"))
        if style:
            rs = etree.SubElement(rpr, qn("w:rStyle"))
            rs.set(qn("w:val"), style)
        if bold_:
            etree.SubElement(rpr, qn("w:b"))
    t = etree.SubElement(r, qn("w:delText") if deleted else qn("w:t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    return r


def tracked(d, segments, author="Maija Lehtola", date="2025-11-04T09:12:00Z", style=None):
    """segments: list of (kind, text), kind in {'t','ins','del'}"""
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    el = par._p
    for kind, text in segments:
        if kind == "t":
            el.append(_run(text))
        else:
            w = etree.SubElement(el, qn("w:ins") if kind == "ins" else qn("w:del"))
            w.set(qn("w:id"), str(next(_ids)))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(_run(text, deleted=(kind == "del")))
    return par


def tracked_paragraph_deleted(d, text, author="Maija Lehtola", date="2025-11-04T09:15:00Z"):
    """A whole paragraph deleted with track changes (paragraph mark too)."""
    par = d.add_paragraph()
    el = par._p
    ppr = el.get_or_add_pPr()
    rpr = etree.SubElement(ppr, qn("w:rPr"))
    dm = etree.SubElement(rpr, qn("w:del"))
    dm.set(qn("w:id"), str(next(_ids)))
    dm.set(qn("w:author"), author)
    dm.set(qn("w:date"), date)
    w = etree.SubElement(el, qn("w:del"))
    w.set(qn("w:id"), str(next(_ids)))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(_run(text, deleted=True))
    return par


def _sdt_pr(alias, placeholder):
    pr = etree.Element(qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias"))
    a.set(qn("w:val"), alias)
    t = etree.SubElement(pr, qn("w:tag"))
    t.set(qn("w:val"), alias.lower().replace(" ", "_"))
    i = etree.SubElement(pr, qn("w:id"))
    i.set(qn("w:val"), str(next(_ids) * 7919))
    if placeholder:
        ph = etree.SubElement(pr, qn("w:placeholder"))
        dp = etree.SubElement(ph, qn("w:docPart"))
        dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        etree.SubElement(pr, qn("w:showingPlcHdr"))
    etree.SubElement(pr, qn("w:text")).set(qn("w:multiLine"), "1")
    return pr


def sdt_block(d, alias, paragraphs=None):
    """Block-level content control after the last paragraph. paragraphs=None -> unfilled placeholder."""
    body = d.element.body
    sdt = etree.Element(qn("w:sdt"))
    sdt.append(_sdt_pr(alias, paragraphs is None))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    texts = paragraphs if paragraphs is not None else [PLACEHOLDER]
    for tx in texts:
        pe = etree.SubElement(content, qn("w:p"))
        pe.append(_run(tx, style="PlaceholderText" if paragraphs is None else None))
    sectpr = body.find(qn("w:sectPr"))
    if sectpr is not None:
        sectpr.addprevious(sdt)
    else:
        body.append(sdt)
    return sdt


def field_line(d, label, value=None, alias=None):
    """'Label: ' followed by an inline content control holding value (None -> placeholder)."""
    par = d.add_paragraph()
    par.add_run(label + " ").bold = True
    sdt = etree.SubElement(par._p, qn("w:sdt"))
    sdt.append(_sdt_pr(alias or label.strip(":* "), value is None))
    c = etree.SubElement(sdt, qn("w:sdtContent"))
    c.append(_run(value if value is not None else PLACEHOLDER,
                  style="PlaceholderText" if value is None else None))
    return par


def textbox(d, paragraphs, width="420pt", height="70pt"):
    par = d.add_paragraph()
    r = etree.SubElement(par._p, qn("w:r"))
    pict = etree.SubElement(r, qn("w:pict"))
    shape = etree.SubElement(pict, "{%s}shape" % V)
    shape.set("id", "Tekstiruutu%d" % next(_ids))
    shape.set("type", "#_x0000_t202")
    shape.set("style", "width:%s;height:%s;mso-position-horizontal:left" % (width, height))
    shape.set("strokeweight", "1pt")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    txc = etree.SubElement(tb, qn("w:txbxContent"))
    for i, tx in enumerate(paragraphs):
        pe = etree.SubElement(txc, qn("w:p"))
        pe.append(_run(tx, bold_=(i == 0)))
    return par


def table(d, rows, header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = "" if val is None else val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def merge(t, r1, c1, r2, c2, text=None):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        for par in a.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        a.paragraphs[0].text = text
    return a


def nested_table(cell, rows, intro=None):
    if intro is not None:
        cell.paragraphs[0].text = intro
    nt = cell.add_table(rows=len(rows), cols=len(rows[0]))
    nt.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            nt.cell(i, j).text = val
    cell.add_paragraph("")  # a cell must end with a paragraph
    return nt
