"""Apufunktiot sinetoity-6-erän dokumenttien rakentamiseen (python-docx + raaka-XML)."""
import copy, json, os
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def save_expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")

def bold_line(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p

def para_with_changes(doc, parts):
    """parts: list of (kind, text) where kind in 'n','ins','del'."""
    p = doc.add_paragraph()
    rid = 100
    for kind, text in parts:
        rid += 1
        if kind == "n":
            p.add_run(text)
        elif kind == "ins":
            el = parse_xml(f'<w:ins {W} w:id="{rid}" w:author="Sanna Lehtimäki" w:date="2025-09-12T10:{rid%60:02d}:00Z">'
                           f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
            p._p.append(el)
        elif kind == "del":
            el = parse_xml(f'<w:del {W} w:id="{rid}" w:author="Sanna Lehtimäki" w:date="2025-09-12T10:{rid%60:02d}:00Z">'
                           f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
            p._p.append(el)
    return p

def sdt_block(doc, text, placeholder=False, tag="vastaus"):
    """Block-level content control after the last paragraph."""
    if placeholder:
        inner = ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/></w:sdtPr>'
                 '<w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                 '<w:t>Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.</w:t></w:r></w:p></w:sdtContent>') % (tag, tag)
    else:
        inner = ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/></w:sdtPr><w:sdtContent>' % (tag, tag) +
                 "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in text.split("\n")) +
                 '</w:sdtContent>')
    el = parse_xml(f'<w:sdt {W}>{inner}</w:sdt>')
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before sectPr
    return el

def sdt_inline(p, text):
    el = parse_xml(f'<w:sdt {W}><w:sdtPr><w:tag w:val="kentta"/></w:sdtPr><w:sdtContent>'
                   f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(el)

def textbox_para(doc, lines, lead=""):
    p = doc.add_paragraph(lead)
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in lines)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="Tekstiruutu1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:300pt;margin-top:0;width:180pt;height:90pt;z-index:1" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p
