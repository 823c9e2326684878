# Apuvälineet era-9 -erän generointiin (python-docx + lxml raaka-XML)
import copy, json, os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = '2025-11-04T10:12:00Z'

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def bold(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    return p

def para(doc, text):
    return doc.add_paragraph(text)

def tracked(doc, parts, author='Mervi K.'):
    """parts: list of (kind, text), kind in 'n' normal, 'i' insert, 'd' delete."""
    p = doc.add_paragraph()
    for n, (kind, text) in enumerate(parts):
        if kind == 'n':
            p.add_run(text)
        elif kind == 'i':
            x = parse_xml(f'<w:ins {W} w:id="{900+n}" w:author="{author}" w:date="{DATE}"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
            p._p.append(x)
        else:
            x = parse_xml(f'<w:del {W} w:id="{950+n}" w:author="{author}" w:date="{DATE}"><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
            p._p.append(x)
    return p

def deleted_paragraph(doc, text, author='Mervi K.', heading=False):
    """Whole paragraph deleted as tracked change (incl. paragraph mark)."""
    rpr = '<w:rPr><w:b/></w:rPr>' if heading else ''
    x = parse_xml(f'<w:p {W}><w:pPr><w:rPr><w:del w:id="{abs(hash(text))%9000+1000}" w:author="{author}" w:date="{DATE}"/></w:rPr></w:pPr>'
                  f'<w:del w:id="{abs(hash(text))%9000+20000}" w:author="{author}" w:date="{DATE}"><w:r>{rpr}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del></w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, x)

def sdt_block(doc, text, tag='vastaus', placeholder=False):
    """Block-level content control; placeholder=True leaves the template placeholder."""
    if placeholder:
        text = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'
        pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
    else:
        pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:text w:multiLine="1"/></w:sdtPr>'
        rpr = ''
    x = parse_xml(f'<w:sdt {W}>{pr}<w:sdtContent><w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    doc.element.body.insert(len(doc.element.body) - 1, x)

def sdt_inline(p, text, tag='kentta'):
    x = parse_xml(f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(x)

def textbox(doc, lines, lead=''):
    V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    inner = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    x = parse_xml(f'<w:p {W} {V}><w:r><w:t xml:space="preserve">{esc(lead)}</w:t></w:r><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:420pt;height:110pt" stroked="t">'
                  f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, x)

def table(doc, rows, style='Table Grid'):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write('\n')

def new_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    return d
