"""Apufunktiot: otsikot, lihavoidut kappaleet, muutosten jäljitys (w:ins/w:del) ja sisältöohjausobjektit (w:sdt)."""
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

_id = [100]
def _nid():
    _id[0] += 1
    return _id[0]

def uusi():
    return Document()

def h(doc, teksti, taso=1):
    return doc.add_heading(teksti, level=taso)

def lihava(doc, teksti):
    p = doc.add_paragraph()
    p.add_run(teksti).bold = True
    return p

def kpl(doc, teksti, tyyli=None):
    return doc.add_paragraph(teksti, style=tyyli) if tyyli else doc.add_paragraph(teksti)

def muutokset(doc, osat, tekija="Mervi K.", pvm="2026-01-10T09:00:00Z"):
    """osat: lista (laji, teksti), laji = 't' | 'ins' | 'del'. Poistettu teksti ei kuulu asiakirjaan."""
    p = doc.add_paragraph()
    for laji, t in osat:
        t = escape(t)
        if laji == 't':
            xml = f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{t}</w:t></w:r>'
        elif laji == 'ins':
            xml = (f'<w:ins {nsdecls("w")} w:id="{_nid()}" w:author="{tekija}" w:date="{pvm}">'
                   f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        else:
            xml = (f'<w:del {nsdecls("w")} w:id="{_nid()}" w:author="{tekija}" w:date="{pvm}">'
                   f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
        p._p.append(parse_xml(xml))
    return p

def sdt(doc, otsake, tagi, teksti):
    """Täytetty lohkotason sisältöohjausobjekti (otsake + tagi)."""
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(otsake)}"/><w:tag w:val="{tagi}"/>'
           f'<w:id w:val="{_nid()}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">{escape(teksti)}</w:t></w:r></w:p>'
           f'</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # siirretään sectPr viimeiseksi
    sp = doc.element.body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sp is not None:
        doc.element.body.remove(sp); doc.element.body.append(sp)
    return el

def taulukko(doc, rivit, tyyli="Table Grid"):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, r in enumerate(rivit):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    return t
