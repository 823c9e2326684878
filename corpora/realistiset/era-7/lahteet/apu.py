"""Apufunktiot era-7-erän .docx-tiedostojen rakentamiseen (python-docx + raaka XML)."""
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_id = [100]


def nid():
    _id[0] += 1
    return _id[0]


def uusi():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    return d


def r(text, bold=False):
    b = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r {W}>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins(text, author='Mari Räsänen', date='2025-10-09T10:12:00Z'):
    return (f'<w:ins {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def dele(text, author='Mari Räsänen', date='2025-10-09T10:12:00Z'):
    return (f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="{date}">'
            f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def sdt(text, alias, placeholder=False):
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>{ph}'
            f'</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def tekstilaatikko(kappaleet):
    ps = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{escape(k)}</w:t></w:r></w:p>' for k in kappaleet)
    return (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape id="tb{nid()}" type="#_x0000_t202" style="width:380pt;height:110pt">'
            f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def kappale(doc, *osat, style=None):
    """osat: tavallisia merkkijonoja tai valmiita XML-paloja (alkavat '<')."""
    p = doc.add_paragraph(style=style)
    for o in osat:
        xml = o if o.startswith('<') else r(o)
        p._p.append(parse_xml(xml))
    return p


def lihava(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def taulukko(doc, rivit, otsikko=True, style='Table Grid'):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = style
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
            if otsikko and i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


def teksti(doc, lohkot):
    """Yksinkertainen merkintä: ('h1',t) ('h2',t) ('p',t) ('b',t) ('li',t) ('nro',t) ('t', rivit)."""
    for laji, sis in lohkot:
        if laji in ('h1', 'h2', 'h3'):
            doc.add_heading(sis, level=int(laji[1]))
        elif laji == 'otsikko':
            doc.add_heading(sis, level=0)
        elif laji == 'p':
            doc.add_paragraph(sis)
        elif laji == 'b':
            lihava(doc, sis)
        elif laji == 'li':
            doc.add_paragraph(sis, style='List Bullet')
        elif laji == 'nro':
            doc.add_paragraph(sis, style='List Number')
        elif laji == 't':
            taulukko(doc, sis)
        else:
            raise ValueError(laji)
