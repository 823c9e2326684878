"""Apufunktiot: raakaa WordprocessingML:ää python-docxin päälle (muutosten jäljitys, sisältöohjausobjektit)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

_id = [100]

def _nid():
    _id[0] += 1
    return str(_id[0])

def _run(text, bold=False, deleted=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r

def tracked_par(doc, parts, style=None, author='Sanna Virolainen', date='2025-09-12T10:14:00Z'):
    """parts: lista (tyyppi, teksti), tyyppi in 'n' (normaali), 'i' (lisätty), 'd' (poistettu), 'b' (lihavoitu)."""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        if kind == 'n':
            p._p.append(_run(text))
        elif kind == 'b':
            p._p.append(_run(text, bold=True))
        elif kind == 'i':
            ins = OxmlElement('w:ins'); ins.set(qn('w:id'), _nid()); ins.set(qn('w:author'), author); ins.set(qn('w:date'), date)
            ins.append(_run(text)); p._p.append(ins)
        elif kind == 'd':
            de = OxmlElement('w:del'); de.set(qn('w:id'), _nid()); de.set(qn('w:author'), author); de.set(qn('w:date'), date)
            de.append(_run(text, deleted=True)); p._p.append(de)
    return p

def sdt_block(doc, alias, paragraphs, placeholder=False):
    """Lohkotason sisältöohjausobjekti; paragraphs = lista tekstejä. placeholder=True -> täyttämätön kenttä."""
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    a = OxmlElement('w:alias'); a.set(qn('w:val'), alias); pr.append(a)
    tg = OxmlElement('w:tag'); tg.set(qn('w:val'), alias.lower().replace(' ', '_')); pr.append(tg)
    i = OxmlElement('w:id'); i.set(qn('w:val'), _nid()); pr.append(i)
    if placeholder:
        ph = OxmlElement('w:placeholder'); dp = OxmlElement('w:docPart'); dp.set(qn('w:val'), 'DefaultPlaceholder_-1854013440'); ph.append(dp); pr.append(ph)
        pr.append(OxmlElement('w:showingPlcHdr'))
        paragraphs = ['Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.']
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    for text in paragraphs:
        p = OxmlElement('w:p')
        p.append(_run(text))
        content.append(p)
    sdt.append(content)
    doc.element.body.insert(len(doc.element.body) - 1, sdt)  # ennen sectPr:ää
    return sdt

def sdt_inline(paragraph, alias, text=None, placeholder=False, label=None):
    """Rivinsisäinen sisältöohjausobjekti kappaleen loppuun (esim. 'Vastuuhenkilö: [kenttä]')."""
    if label:
        paragraph._p.append(_run(label, bold=True))
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    a = OxmlElement('w:alias'); a.set(qn('w:val'), alias); pr.append(a)
    i = OxmlElement('w:id'); i.set(qn('w:val'), _nid()); pr.append(i)
    if placeholder:
        pr.append(OxmlElement('w:showingPlcHdr'))
        text = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'
    sdt.append(pr)
    c = OxmlElement('w:sdtContent'); c.append(_run(text)); sdt.append(c)
    paragraph._p.append(sdt)
    return sdt

def table(doc, rows, style='Table Grid', header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            cell = t.cell(ri, ci)
            cell.text = val
            if ri == 0 and header_bold:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t

def paras(doc, text, style=None):
    for block in [b.strip() for b in text.strip().split('\n\n') if b.strip()]:
        if block.startswith('- '):
            for line in block.split('\n'):
                doc.add_paragraph(line[2:].strip(), style='List Bullet')
        elif block[:2] in ('1.', '2.', '3.', '4.', '5.') and '\n' in block:
            for line in block.split('\n'):
                doc.add_paragraph(line.split('.', 1)[1].strip(), style='List Number')
        else:
            doc.add_paragraph(' '.join(block.split('\n')), style=style)
