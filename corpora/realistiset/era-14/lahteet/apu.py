"""Apufunktiot era-14-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

W = nsdecls("w")
AUTHOR = 'w:author="{a}" w:date="2025-03-04T10:12:00Z"'
_id = [100]


def nid():
    _id[0] += 1
    return _id[0]


def run(t, b=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def ins(t, a="Minna K."):
    return f'<w:ins w:id="{nid()}" {AUTHOR.format(a=a)}>{run(t)}</w:ins>'


def dele(t, a="Minna K."):
    return (f'<w:del w:id="{nid()}" {AUTHOR.format(a=a)}><w:r>'
            f'<w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>')


def para_xml(body_xml, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p {W}>{ppr}{body_xml}</w:p>'


def add_raw_para(doc, body_xml, style=None):
    """Lisää kappaleen, jonka sisältö on raakaa WordprocessingML:ää (w:r, w:ins, w:del)."""
    el = parse_xml(para_xml(body_xml, style))
    doc.element.body.insert(len(doc.element.body) - 1, el)  # ennen sectPr:ää
    return el


def add_sdt_block(doc, alias, text=None, placeholder="Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."):
    """Lohkotason sisältöohjausobjekti. text=None -> täyttämätön, näyttää paikkamerkin."""
    if text is None:
        inner = (f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                 f'<w:t>{escape(placeholder)}</w:t></w:r></w:p>')
        show = "<w:showingPlcHdr/>"
    else:
        inner = "".join(f'<w:p>{run(t)}</w:p>' for t in (text if isinstance(text, list) else [text]))
        show = ""
    xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/>'
           f'<w:id w:val="{nid()}"/>{show}<w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)
    return el


def add_inline_sdt_para(doc, label, text=None, placeholder="Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."):
    """Kappale: 'Nimike: ' + rivinsisäinen sisältöohjausobjekti."""
    if text is None:
        content = (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{escape(placeholder)}</w:t></w:r>')
        show = "<w:showingPlcHdr/>"
    else:
        content = run(text)
        show = ""
    sdt = (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(label)}"/><w:id w:val="{nid()}"/>{show}<w:text/></w:sdtPr>'
           f'<w:sdtContent>{content}</w:sdtContent></w:sdt>')
    return add_raw_para(doc, run(label + " ", b=True) + sdt)


def add_textbox(doc, lines, width="300pt", height="110pt"):
    """VML-tekstiruutu ankkuroituna omaan kappaleeseensa."""
    ps = "".join(f'<w:p>{run(l)}</w:p>' for l in lines)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="Tekstiruutu{nid()}" type="#_x0000_t202" style="width:{width};height:{height}">'
           f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)
    return el


def bold_line(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def table(doc, rows, style="Table Grid", header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            if i == 0 and header_bold:
                for rr in c.paragraphs[0].runs:
                    rr.bold = True
    return t
