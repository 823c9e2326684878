"""Apufunktiot era-15-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt

_ID = [100]


def _nid():
    _ID[0] += 1
    return str(_ID[0])


def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def lihava(d, teksti):
    p = d.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def kpl(d, teksti):
    return d.add_paragraph(teksti)


def luettelo(d, rivit, numeroitu=False):
    tyyli = "List Number" if numeroitu else "List Bullet"
    for r in rivit:
        d.add_paragraph(r, style=tyyli)


def taulukko(d, rivit, otsikkorivi=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def _run(teksti, poistettu=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if poistettu else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def muutos_kpl(d, osat, tekija="Kirsi L.", pvm="2025-03-12T10:15:00Z"):
    """osat: lista (laji, teksti), laji = 'n' (normaali), 'ins' (lisätty), 'del' (poistettu)."""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == "n":
            p._p.append(_run(teksti))
        else:
            el = OxmlElement("w:ins" if laji == "ins" else "w:del")
            el.set(qn("w:id"), _nid())
            el.set(qn("w:author"), tekija)
            el.set(qn("w:date"), pvm)
            el.append(_run(teksti, poistettu=(laji == "del")))
            p._p.append(el)
    return p


def _sdtpr(alias, paikka):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), alias)
    pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), _nid())
    pr.append(i)
    if paikka:
        ph = OxmlElement("w:placeholder")
        dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        ph.append(dp)
        pr.append(ph)
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


def sisaltokentta(d, alias, kappaleet=None):
    """Lohkotason sisältökenttä (w:sdt). kappaleet=None -> täyttämätön kenttä, jossa näkyy paikkamerkki."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdtpr(alias, kappaleet is None))
    sc = OxmlElement("w:sdtContent")
    for teksti in (kappaleet or [PLACEHOLDER]):
        p = OxmlElement("w:p")
        r = _run(teksti)
        if kappaleet is None:
            rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "PlaceholderText")
            rpr.append(rs)
            r.insert(0, rpr)
        p.append(r)
        sc.append(p)
    sdt.append(sc)
    body = d.element.body
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt


def rivikentta(p, alias, teksti=None):
    """Rivinsisäinen sisältökenttä kappaleen loppuun."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdtpr(alias, teksti is None))
    sc = OxmlElement("w:sdtContent")
    sc.append(_run(teksti or PLACEHOLDER))
    sdt.append(sc)
    p._p.append(sdt)
    return sdt


def tekstilaatikko(d, kappaleet, ennen="Huom."):
    """VML-tekstilaatikko kappaleen sisään (w:pict/v:shape/v:textbox/w:txbxContent)."""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    p = d.add_paragraph()
    p.add_run(ennen + " ")
    r = OxmlElement("w:r")
    pict = OxmlElement("w:pict")
    shape = etree.SubElement(pict, "{%s}shape" % V)
    shape.set("id", "Tekstilaatikko" + _nid())
    shape.set("style", "width:420pt;height:90pt")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = etree.SubElement(tb, "{%s}txbxContent" % W)
    for k in kappaleet:
        pp = etree.SubElement(tx, "{%s}p" % W)
        rr = etree.SubElement(pp, "{%s}r" % W)
        tt = etree.SubElement(rr, "{%s}t" % W)
        tt.text = k
    r.append(pict)
    p._p.append(r)
    return p
