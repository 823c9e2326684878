# -*- coding: utf-8 -*-
"""Era-31: realististen testiasiakirjojen generaattori (kirjoitettu sokkona).
Ajo: /tmp/writerera-31-venv/bin/python generoi.py   (PDF:t vaativat soffice-ohjelman)"""
import json, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def ann(name, doc_type, findings):
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)

def bold(doc, text):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; return p

def paras(doc, text):
    for t in text.strip().split('\n'):
        t = t.strip()
        if not t: continue
        if t.startswith('- '):
            doc.add_paragraph(t[2:], style='List Bullet')
        else:
            doc.add_paragraph(t)

def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if header and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    return t

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def sdt_block(doc, tag, text, placeholder=False):
    """Lohkotason sisällönhallintaobjekti; teksti vain w:sdtContentin sisällä."""
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}</w:sdtPr>'
           f'<w:sdtContent><w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    doc.element.body.append(parse_xml(xml))

_REV = 100
def tracked_para(doc, parts):
    """parts: lista (laji, teksti), laji = 'n' normaali, 'i' lisätty, 'd' poistettu."""
    global _REV
    p = doc.add_paragraph()
    xml = ''
    for k, (kind, text) in enumerate(parts):
        if kind == 'n':
            xml += f'<w:r {W}><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
        elif kind == 'i':
            xml += (f'<w:ins {W} w:id="{_REV+k}" w:author="Riikka Vaara" w:date="2025-03-04T10:12:00Z">'
                    f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
        else:
            xml += (f'<w:del {W} w:id="{_REV+k}" w:author="Riikka Vaara" w:date="2025-03-04T10:14:00Z">'
                    f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
    _REV += 10
    for el in parse_xml(f'<w:wrap {W}>{xml}</w:wrap>'):
        p._p.append(el)
    return p

def textbox(doc, lines):
    xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="Tekstiruutu1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:420pt;height:110pt" stroked="t">'
           '<v:textbox><w:txbxContent>')
    for l in lines:
        xml += f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>'
    xml += '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
    doc.element.body.append(parse_xml(xml))

def save(doc, path):
    # python-docx lisää sectPr:n loppuun; siirretään se viimeiseksi
    body = doc.element.body
    sp = body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sp is not None:
        body.remove(sp); body.append(sp)
    doc.save(path)

def to_pdf(docx_path):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

if __name__ == '__main__':
    from dokumentit import ALL
    for f in ALL:
        f()
