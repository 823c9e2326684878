"""Yhteiset apufunktiot era-44-erän .docx-tiedostojen tuottamiseen."""
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

_id = [100]
def nid():
    _id[0] += 1
    return _id[0]

def uusi():
    d = Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    return d

def H(d, t, lvl=1):
    return d.add_heading(t, level=lvl)

def B(d, t):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = True
    return p

def P(d, t, style=None):
    return d.add_paragraph(t, style=style) if style else d.add_paragraph(t)

def bullets(d, items, style='List Bullet'):
    for i in items:
        d.add_paragraph(i, style=style)

def run_xml(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)

def ins(p, t, author='Mervi K.', date='2026-01-09T09:12:00Z'):
    el = parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (nsdecls('w'), nid(), author, date, run_xml(t)))
    p._p.append(el)

def dele(p, t, author='Mervi K.', date='2026-01-09T09:12:00Z'):
    el = parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (nsdecls('w'), nid(), author, date, escape(t)))
    p._p.append(el)

def sdt(d, t, alias='Kenttä'):
    p = d.add_paragraph()
    el = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>' % (nsdecls('w'), escape(alias), escape(alias), nid(), run_xml(t)))
    p._p.addnext(el); p._p.getparent().remove(p._p)

def tekstilaatikko(d, rivit):
    p = d.add_paragraph()
    paras = ''.join('<w:p>%s</w:p>' % run_xml(r) for r in rivit)
    el = parse_xml('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb%d" type="#_x0000_t202" style="width:420pt;height:80pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (nsdecls('w'), nid(), paras))
    p._p.append(el)

def taulukko(d, rivit, otsikko=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = 'Table Grid'
    for i, r in enumerate(rivit):
        for j, c in enumerate(r):
            if c is None:
                continue
            t.cell(i, j).text = c
            if otsikko and i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t

def yla_ala(d, yla=None, ala=None):
    s = d.sections[0]
    if yla: s.header.paragraphs[0].text = yla
    if ala: s.footer.paragraphs[0].text = ala
