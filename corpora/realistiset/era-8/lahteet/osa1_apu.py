# Apufunktiot: python-docx + raaka XML (muutosten jäljitys, sisältöohjausobjektit, tekstiruutu)
import copy, json, os
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

OUT = "/work/main/corpora/realistiset/era-8"
SRC = os.path.join(OUT, "lahteet")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def p(doc, text, style=None, bold=False):
    par = doc.add_paragraph(style=style)
    r = par.add_run(text)
    r.bold = bold
    return par

def h(doc, text, level=1):
    return doc.add_heading(text, level=level)

def boldline(doc, text):
    return p(doc, text, bold=True)

def tracked(doc, parts, rid=[100]):
    """parts: list of (kind, text) where kind in 'n','ins','del'"""
    par = doc.add_paragraph()
    for kind, text in parts:
        rid[0] += 1
        if kind == "n":
            par.add_run(text)
        elif kind == "ins":
            x = parse_xml(f'<w:ins {W} w:id="{rid[0]}" w:author="Sanna Virkki" w:date="2025-10-14T09:12:00Z">'
                          f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')
            par._p.append(x)
        elif kind == "del":
            x = parse_xml(f'<w:del {W} w:id="{rid[0]}" w:author="Sanna Virkki" w:date="2025-10-14T09:12:00Z">'
                          f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
            par._p.append(x)
    return par

PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

def sdt_block(doc, text, tag="vastaus", placeholder=False):
    par = doc.add_paragraph()
    par.add_run(PLACEHOLDER if placeholder else text)
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{plc}'
                    f'<w:text/></w:sdtPr><w:sdtContent/></w:sdt>')
    par._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(par._p)
    return sdt

def textbox(doc, lines, intro=""):
    par = doc.add_paragraph(intro)
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    x = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="Tekstiruutu1" type="#_x0000_t202" style="width:300pt;height:90pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(x)
    return par

def table(doc, rows, style="Table Grid", header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and header_bold:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t

def expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")
