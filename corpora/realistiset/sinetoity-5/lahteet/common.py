import copy, json, os
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))

def run_el(text, tag='w:t'):
    r = OxmlElement('w:r'); t = OxmlElement(tag); t.text = text
    t.set(qn('xml:space'), 'preserve'); r.append(t); return r

def add_ins(p, text, rid=1):
    ins = OxmlElement('w:ins'); ins.set(qn('w:id'), str(rid)); ins.set(qn('w:author'), 'Kommentoija')
    ins.set(qn('w:date'), '2025-10-10T10:00:00Z'); ins.append(run_el(text)); p._p.append(ins)

def add_del(p, text, rid=2):
    d = OxmlElement('w:del'); d.set(qn('w:id'), str(rid)); d.set(qn('w:author'), 'Kommentoija')
    d.set(qn('w:date'), '2025-10-10T10:00:00Z'); d.append(run_el(text, 'w:delText')); p._p.append(d)

def add_sdt(doc, text, alias='Vastaus', placeholder=False):
    """Block-level content control after the last paragraph."""
    sdt = OxmlElement('w:sdt'); pr = OxmlElement('w:sdtPr')
    a = OxmlElement('w:alias'); a.set(qn('w:val'), alias); pr.append(a)
    if placeholder:
        pr.append(OxmlElement('w:showingPlcHdr'))
        text = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'
    sdt.append(pr); c = OxmlElement('w:sdtContent')
    for line in text.split('\n'):
        p = OxmlElement('w:p'); p.append(run_el(line)); c.append(p)
    sdt.append(c); doc.element.body.insert(len(doc.element.body) - 1, sdt)

def add_textbox(doc, lines):
    p = doc.add_paragraph()
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb1" type="#_x0000_t202" '
           'style="width:300pt;height:90pt"><v:textbox><w:txbxContent>')
    for l in lines:
        xml += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % l
    xml += '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    from lxml import etree
    p._p.append(etree.fromstring(xml))

def bold(doc, text):
    p = doc.add_paragraph(); p.add_run(text).bold = True; return p

def save_json(name, doc_type, findings):
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
