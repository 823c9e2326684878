"""Apufunktiot era-21-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
PH = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."

def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d

def lihava(d, teksti):
    p = d.add_paragraph()
    p.add_run(teksti).bold = True
    return p

def _run(teksti, tag="w:t"):
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r

def muutos(p, lisatty=None, poistettu=None, tekija="Sanna K.", pvm="2025-03-12T09:14:00Z", idx=[100]):
    """Lisää kappaleeseen jäljitetyn poiston (w:del/w:delText) ja/tai lisäyksen (w:ins)."""
    if poistettu:
        idx[0] += 1
        de = OxmlElement("w:del")
        de.set(qn("w:id"), str(idx[0])); de.set(qn("w:author"), tekija); de.set(qn("w:date"), pvm)
        de.append(_run(poistettu, "w:delText"))
        p._p.append(de)
    if lisatty:
        idx[0] += 1
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(idx[0])); ins.set(qn("w:author"), tekija); ins.set(qn("w:date"), pvm)
        ins.append(_run(lisatty))
        p._p.append(ins)
    return p

def teksti_kappaleeseen(p, teksti):
    p._p.append(_run(teksti))
    return p

def sisaltokentta_inline(p, alias, arvo=None):
    """Rivinsisäinen sisältökenttä (w:sdt). arvo=None -> täyttämätön, näyttää paikkamerkin."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias); pr.append(tg)
    if arvo is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    c.append(_run(arvo if arvo is not None else PH))
    sdt.append(c)
    p._p.append(sdt)
    return p

def sisaltokentta_lohko(d, alias, kappaleet):
    """Lohkotason sisältökenttä, jonka sisällä on kokonaisia kappaleita."""
    body = d.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    for k in kappaleet:
        p = OxmlElement("w:p")
        p.append(_run(k))
        c.append(p)
    sdt.append(c)
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt

def tekstiruutu(d, kappaleet, leveys="width:300pt;height:110pt"):
    """VML-tekstiruutu (w:pict/v:shape/v:textbox/w:txbxContent) omassa kappaleessaan."""
    p = d.add_paragraph()
    r = OxmlElement("w:r")
    pict = OxmlElement("w:pict")
    from lxml import etree
    shape = etree.SubElement(pict, "{%s}shape" % V, nsmap={"v": V})
    shape.set("id", "Tekstiruutu1"); shape.set("style", leveys); shape.set("type", "#_x0000_t202")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = etree.SubElement(tb, qn("w:txbxContent"))
    for k in kappaleet:
        pp = etree.SubElement(tx, qn("w:p"))
        pp.append(_run(k))
    r.append(pict)
    p._p.append(r)
    return p

def taulukko(d, rivit, otsikko=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            if arvo is not None:
                t.cell(i, j).text = arvo
                if i == 0 and otsikko:
                    for r in t.cell(i, j).paragraphs[0].runs:
                        r.bold = True
    return t
