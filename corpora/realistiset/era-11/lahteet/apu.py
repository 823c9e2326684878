"""Apufunktiot era-11-erän .docx-tiedostojen rakentamiseen (python-docx + raaka XML)."""
import json
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

ULOS = Path(__file__).resolve().parent.parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AUTHOR = 'w:author="Sanna Heikkilä" w:date="2025-10-14T09:12:00Z"'
_id = [100]


def _nid():
    _id[0] += 1
    return _id[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def lihava(doc, teksti):
    """Lihavoitu rivi otsikkotyylin sijaan."""
    p = doc.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def kpl(doc, teksti):
    return doc.add_paragraph(teksti)


def lisatty(p, teksti):
    """Jäljitetty lisäys (w:ins) kappaleen loppuun."""
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{_nid()}" {AUTHOR}><w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:ins>'))


def poistettu(p, teksti):
    """Jäljitetty poisto (w:del / w:delText) kappaleen loppuun."""
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{_nid()}" {AUTHOR}><w:r><w:delText xml:space="preserve">{esc(teksti)}</w:delText></w:r></w:del>'))


def normaali(p, teksti):
    p.add_run(teksti)


def sisaltokentta(doc, teksti=None, tag="vastaus"):
    """Lohkotason sisältökenttä (w:sdt). teksti=None -> täyttämätön kenttä, jossa näkyy paikkamerkki."""
    if teksti is None:
        xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/>'
               f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
               f'<w:t>Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    else:
        kappaleet = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in teksti.split("\n"))
        xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_nid()}"/><w:text w:multiLine="1"/></w:sdtPr>'
               f'<w:sdtContent>{kappaleet}</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    doc.element.body.insert(len(doc.element.body) - 1, el)  # ennen sectPr:ää
    return el


def tekstiruutu(doc, kappaleet, saate=""):
    """VML-tekstiruutu kappaleen sisällä; teksti vain w:txbxContent-elementissä."""
    p = doc.add_paragraph(saate)
    sis = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in kappaleet)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="Tekstiruutu{_nid()}" o:spid="_x0000_s10{_nid()}" type="#_x0000_t202" '
           f'style="width:430pt;height:150pt;mso-position-horizontal:center" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def taulukko(doc, rivit, otsikko=True):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rivit):
        for j, arvo in enumerate(r):
            if arvo is None:
                continue
            t.cell(i, j).text = arvo
            if otsikko and i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


def odotus(nimi, doc_type, findings):
    (ULOS / f"{nimi}.expected.json").write_text(
        json.dumps({"doc_type": doc_type, "findings": findings}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
