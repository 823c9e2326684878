# w35: apufunktiot python-docxille ja raa'alle OOXML:lle (muutosten jäljitys, sisältöohjaimet)
import copy
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

_id = [100]
def _nid():
    _id[0] += 1
    return str(_id[0])

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d

def p(d, text, bold=False, style=None):
    para = d.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
    return para

def ins(para, text, author="Tarja Kinnunen", date="2026-11-10T09:12:00Z"):
    x = ('<w:ins %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
         % (nsdecls("w"), _nid(), author, date, esc(text)))
    para._p.append(parse_xml(x))

def dele(para, text, author="Tarja Kinnunen", date="2026-11-10T09:14:00Z"):
    x = ('<w:del %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
         % (nsdecls("w"), _nid(), author, date, esc(text)))
    para._p.append(parse_xml(x))

def run(para, text, bold=False):
    r = para.add_run(text); r.bold = bold; return r

def sdt(d, alias, tag, label, value):
    """Lohkotason sisältöohjain: kappale 'label value', jossa value on täytetty ohjain."""
    para = d.add_paragraph()
    r = para.add_run(label); r.bold = True
    x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%s"/></w:sdtPr>'
         '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
         % (nsdecls("w"), esc(alias), esc(tag), _nid(), esc(value)))
    para._p.append(parse_xml(x))
    return para

def taulukko(d, rivit, otsikko=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, solu in enumerate(rivi):
            c = t.cell(i, j)
            c.text = solu
            if otsikko and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t

def settings_track(d):
    s = d.settings.element
    s.append(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))
