"""Apufunktiot: python-docx + lxml -rakenteet (muutosten jäljitys, sisällön ohjausobjektit,
yhdistetty solu, sisäkkäinen taulukko, tekstiruutu)."""
import copy
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_id = [100]

def nid():
    _id[0] += 1
    return _id[0]

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def run_xml(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r {W}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def ins_xml(text, author='Marja K.'):
    return (f'<w:ins {W} w:id="{nid()}" w:author="{author}" w:date="2025-09-10T10:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')

def del_xml(text, author='Marja K.'):
    return (f'<w:del {W} w:id="{nid()}" w:author="{author}" w:date="2025-09-10T10:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')

def para_mixed(doc, parts, style=None):
    """parts: lista (laji, teksti), laji = 'r' | 'b' | 'ins' | 'del'."""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        if kind == 'r':
            p._p.append(parse_xml(run_xml(text)))
        elif kind == 'b':
            p._p.append(parse_xml(run_xml(text, True)))
        elif kind == 'ins':
            p._p.append(parse_xml(ins_xml(text)))
        elif kind == 'del':
            p._p.append(parse_xml(del_xml(text)))
    return p

def deleted_paragraph(doc, text):
    """Kokonaan poistettu kappale (myös kappalemerkki poistettu)."""
    p = doc.add_paragraph()
    ppr = parse_xml(f'<w:pPr {W}><w:rPr><w:del w:id="{nid()}" w:author="Marja K." '
                    f'w:date="2025-09-10T10:00:00Z"/></w:rPr></w:pPr>')
    p._p.insert(0, ppr)
    p._p.append(parse_xml(del_xml(text)))
    return p

def inserted_paragraph(doc, text, style=None):
    p = doc.add_paragraph(style=style)
    p._p.append(parse_xml(ins_xml(text)))
    return p

PLACEHOLDER = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'

def sdt_block(doc, alias, text=None):
    """Lohkotason sisällön ohjausobjekti. text=None -> täyttämätön (paikkamerkki näkyvissä)."""
    if text is None:
        xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/>'
               f'<w:id w:val="{nid()}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
               f'<w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
               f'<w:t>{PLACEHOLDER}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    else:
        paras = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
                        for t in (text if isinstance(text, list) else [text]))
        xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/>'
               f'<w:id w:val="{nid()}"/></w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)  # ennen sectPr:ää
    return el

def textbox(doc, lines, width='420pt', height='80pt'):
    paras = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in lines)
    xml = (f'<w:p {W} {V}><w:r><w:pict><v:shape id="tb{nid()}" type="#_x0000_t202" '
           f'style="width:{width};height:{height}" stroked="t"><v:textbox>'
           f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)
    return el

def table(doc, rows, header=True, style='Table Grid'):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
            if header and i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t

def bold_line(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p

def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    return doc
