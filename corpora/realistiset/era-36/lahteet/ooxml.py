"""Apufunktiot: python-docx + raaka OOXML (sisältöohjaimet, muutosten jäljitys)."""
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from xml.sax.saxutils import escape

_rid = [100]

def uusi():
    d = Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    return d

def H(d, t, lvl=1):
    return d.add_heading(t, level=lvl)

def B(d, t):
    p = d.add_paragraph()
    p.add_run(t).bold = True
    return p

def P(d, t):
    return d.add_paragraph(t)

def L(d, items, style='List Bullet'):
    for i in items:
        d.add_paragraph(i, style=style)

def _r(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)

def sdt(d, alias, tag, teksti, label=None):
    """Lohkotason sisältöohjain (w:sdt), täytetty."""
    _rid[0] += 1
    lab = _r(label) if label else ''
    x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
         '<w:sdtContent><w:p>%s%s</w:p></w:sdtContent></w:sdt>') % (nsdecls('w'), escape(alias), escape(tag), _rid[0], lab, _r(teksti))
    d.element.body.append(parse_xml(x))
    # siirrä ennen sectPr:ää
    body = d.element.body
    sp = body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sp is not None:
        body.remove(sp); body.append(sp)

def PT(d, osat, author='Mirja Kallio', date='2026-01-14T10:00:00Z'):
    """Kappale, jossa muutosten jäljitys: osat = [('t'|'ins'|'del', teksti)]."""
    p = d.add_paragraph()
    for kind, t in osat:
        _rid[0] += 1
        if kind == 't':
            p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (nsdecls('w'), escape(t))))
        elif kind == 'ins':
            p._p.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                                  % (nsdecls('w'), _rid[0], author, date, escape(t))))
        elif kind == 'del':
            p._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                                  % (nsdecls('w'), _rid[0], author, date, escape(t))))
    return p

def taulukko(d, rivit, style='Table Grid'):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = style
    for i, r in enumerate(rivit):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t
