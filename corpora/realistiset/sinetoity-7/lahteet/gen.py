# ws7 generaattori: rakentaa .docx-tiedostot (python-docx + raaka OOXML)
import sys, os, copy
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
def run(t): return f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r>'
def ins(t, i=1): return f'<w:ins w:id="{i}" w:author="Sari Mäkelä" w:date="2026-01-12T09:00:00Z">{run(t)}</w:ins>'
def dele(t, i=2): return f'<w:del w:id="{i}" w:author="Sari Mäkelä" w:date="2026-01-12T09:00:00Z"><w:r><w:delText xml:space="preserve">{esc(t)}</w:delText></w:r></w:del>'
def raw_p(doc, inner):
    p = parse_xml(f'<w:p {W}>{inner}</w:p>'); doc.element.body.sectPr.addprevious(p)
def sdt(doc, title, tag, text):
    x = f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(title)}"/><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent><w:p>{run(text)}</w:p></w:sdtContent></w:sdt>'
    doc.element.body.sectPr.addprevious(parse_xml(x))
def build(name, blocks):
    OUT = sys.argv[1]
    doc = Document()
    for b in blocks:
        k = b[0]
        if k == 'title': doc.add_heading(b[1], 0)
        elif k == 'h': doc.add_heading(b[2], b[1])
        elif k == 'b':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == 'p': doc.add_paragraph(b[1])
        elif k == 'li': doc.add_paragraph(b[1], style='List Bullet')
        elif k == 'num': doc.add_paragraph(b[1], style='List Number')
        elif k == 'raw': raw_p(doc, b[1])
        elif k == 'sdt': sdt(doc, b[1], b[2], b[3])
        elif k == 'table':
            rows = b[1]; t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    if c is not None: t.cell(i, j).text = c
            for (r1, c1, r2, c2) in (b[2] if len(b) > 2 else []):
                t.cell(r1, c1).merge(t.cell(r2, c2))
        elif k == 'nested':  # b[1]=outer rows, b[2]=(r,c) where inner table goes, b[3]=inner rows
            rows = b[1]; t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row): t.cell(i, j).text = c
            r, c = b[2]; cell = t.cell(r, c); inner = b[3]
            it = cell.add_table(rows=len(inner), cols=len(inner[0])); it.style = 'Table Grid'
            for i, row in enumerate(inner):
                for j, x in enumerate(row): it.cell(i, j).text = x
            cell.add_paragraph('')
    doc.save(os.path.join(OUT, name))
if __name__ == '__main__':
    OUT = sys.argv[1]
    import docs
    for name, blocks in docs.DOCS.items(): build(name, blocks)
