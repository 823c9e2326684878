"""Apufunktiot era-33-erän .docx-tiedostojen rakentamiseen (python-docx + raaka XML)."""
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
AUTH = 'w:author="Mikko Laine" w:date="2025-11-04T09:12:00Z"'

def uusi():
    return Document()

def kpl(doc, teksti, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(teksti)
    r.bold = bold
    return p

def _run(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'

def muutos(doc, osat):
    """osat: lista (laji, teksti); laji '', 'ins' tai 'del'."""
    xml = f'<w:p {W}>'
    for i, (laji, t) in enumerate(osat):
        if laji == 'ins':
            xml += f'<w:ins w:id="{100+i}" {AUTH}>{_run(t)}</w:ins>'
        elif laji == 'del':
            xml += (f'<w:del w:id="{100+i}" {AUTH}><w:r><w:delText xml:space="preserve">'
                    f'{escape(t)}</w:delText></w:r></w:del>')
        else:
            xml += _run(t)
    xml += '</w:p>'
    doc.element.body.append(parse_xml(xml))
    _siirra_sectpr(doc)

def sdt(doc, otsikko, teksti, tyhja=False):
    """Sisällönhallintaobjekti kappaleen tasolla."""
    plc = '<w:showingPlcHdr/>' if tyhja else ''
    if tyhja:
        teksti = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'
    xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(otsikko)}"/><w:tag w:val="{escape(otsikko)}"/>'
           f'{plc}</w:sdtPr><w:sdtContent><w:p>{_run(teksti)}</w:p></w:sdtContent></w:sdt>')
    doc.element.body.append(parse_xml(xml))
    _siirra_sectpr(doc)

def tekstilaatikko(doc, rivit):
    sis = ''.join(f'<w:p>{_run(r)}</w:p>' for r in rivit)
    xml = (f'<w:p {W} {V}><w:r><w:pict><v:shape id="tl1" type="#_x0000_t202" '
           f'style="width:420pt;height:110pt"><v:textbox><w:txbxContent>{sis}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.append(parse_xml(xml))
    _siirra_sectpr(doc)

def _siirra_sectpr(doc):
    body = doc.element.body
    s = body.find(qn('w:sectPr'))
    if s is not None:
        body.remove(s)
        body.append(s)

def taulukko(doc, rivit, tyyli='Table Grid'):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
    return t
