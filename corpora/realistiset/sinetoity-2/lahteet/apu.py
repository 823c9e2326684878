"""Apufunktiot sinetöidyn erän 2 .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
import json
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ULOS = Path(__file__).resolve().parent.parent
PAIVA = "2025-11-20T10:00:00Z"
_id = [100]


def uusi_id():
    _id[0] += 1
    return str(_id[0])


def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def lihava(d, teksti):
    """Lihavoitu rivi otsikkotyylin sijaan."""
    p = d.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def kpl(d, teksti):
    return d.add_paragraph(teksti)


def lista(d, rivit, numeroitu=False):
    for r in rivit:
        d.add_paragraph(r, style="List Number" if numeroitu else "List Bullet")


def _run(teksti, poistettu=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if poistettu else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def muutokset(d, osat, tekija="Tiina Kärkkäinen"):
    """Kappale, jossa on muutosten jäljitystä. osat = [("t", teksti) | ("ins", teksti) | ("del", teksti)]"""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == "t":
            p._p.append(_run(teksti))
        else:
            el = OxmlElement("w:ins" if laji == "ins" else "w:del")
            el.set(qn("w:id"), uusi_id())
            el.set(qn("w:author"), tekija)
            el.set(qn("w:date"), PAIVA)
            el.append(_run(teksti, poistettu=(laji == "del")))
            p._p.append(el)
    return p


def poistettu_kappale(d, teksti, tekija="Tiina Kärkkäinen"):
    """Kokonaan poistettu kappale (myös kappalemerkki poistettu)."""
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), uusi_id())
    dm.set(qn("w:author"), tekija)
    dm.set(qn("w:date"), PAIVA)
    rpr.append(dm)
    ppr.append(rpr)
    el = OxmlElement("w:del")
    el.set(qn("w:id"), uusi_id())
    el.set(qn("w:author"), tekija)
    el.set(qn("w:date"), PAIVA)
    el.append(_run(teksti, poistettu=True))
    p._p.append(el)
    return p


PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


def _sdt_pr(tag, placeholder):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), tag)
    pr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), uusi_id())
    pr.append(i)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    return pr


def sisaltokentta_rivi(d, nimio, arvo, tag=None, tyhja=False):
    """Kappale 'Nimiö: [sisältökenttä]'. tyhja=True jättää kentän pohjatekstiin."""
    p = d.add_paragraph()
    p._p.append(_run(nimio + " ", bold=True))
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(tag or nimio.strip(" *:"), tyhja))
    sc = OxmlElement("w:sdtContent")
    sc.append(_run(PLACEHOLDER if tyhja else arvo))
    sdt.append(sc)
    p._p.append(sdt)
    return p


def sisaltokentta_lohko(d, tag, kappaleet, tyhja=False):
    """Lohkotason sisältökenttä, jonka sisällä on yksi tai useampi kappale."""
    body = d.element.body
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(tag, tyhja))
    sc = OxmlElement("w:sdtContent")
    for teksti in ([PLACEHOLDER] if tyhja else kappaleet):
        p = OxmlElement("w:p")
        p.append(_run(teksti))
        sc.append(p)
    sdt.append(sc)
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt


def tekstilaatikko(d, kappaleet, johdanto=""):
    """VML-tekstilaatikko kappaleen sisällä (w:pict/v:shape/v:textbox/w:txbxContent)."""
    from lxml import etree
    p = d.add_paragraph()
    if johdanto:
        p._p.append(_run(johdanto))
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    r = OxmlElement("w:r")
    pict = OxmlElement("w:pict")
    shape = etree.SubElement(pict, "{%s}shape" % V)
    shape.set("id", "Tekstilaatikko" + uusi_id())
    shape.set("style", "width:420pt;height:110pt;mso-position-horizontal:center")
    shape.set("type", "#_x0000_t202")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = etree.SubElement(tb, "{%s}txbxContent" % W)
    for teksti in kappaleet:
        pp = etree.SubElement(tx, "{%s}p" % W)
        pp.append(_run(teksti))
    r.append(pict)
    p._p.append(r)
    return p


def taulukko(d, rivit, otsikkorivi=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            if arvo is None:
                continue
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def tallenna(d, nimi, odotus, alikansio=None):
    kansio = ULOS / alikansio if alikansio else ULOS
    kansio.mkdir(parents=True, exist_ok=True)
    polku = kansio / nimi
    d.save(polku)
    if odotus is not None:
        kirjoita_odotus(nimi, odotus)
    return polku


def kirjoita_odotus(nimi, odotus):
    runko = nimi.rsplit(".", 1)[0]
    (ULOS / (runko + ".expected.json")).write_text(
        json.dumps(odotus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def kirjoita_teksti(nimi, teksti, odotus):
    (ULOS / nimi).write_text(teksti.strip() + "\n", encoding="utf-8")
    kirjoita_odotus(nimi, odotus)
