"""Apufunktiot era-16-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
import json
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))

PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


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


def luettelo(d, rivit, tyyli="List Bullet"):
    for r in rivit:
        d.add_paragraph(r, style=tyyli)


def _r(teksti, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


_rid = [100]


def _muutos(tag, teksti, deleted=False, tekija="Aila Korhonen"):
    _rid[0] += 1
    e = OxmlElement(tag)
    e.set(qn("w:id"), str(_rid[0]))
    e.set(qn("w:author"), tekija)
    e.set(qn("w:date"), "2025-11-10T09:12:00Z")
    e.append(_r(teksti, deleted))
    return e


def muutoskpl(d_or_cell, osat):
    """osat: lista (laji, teksti), laji = 'n' normaali, 'i' lisätty (w:ins), 'd' poistettu (w:del)."""
    p = d_or_cell.add_paragraph()
    for laji, teksti in osat:
        if laji == "n":
            p._p.append(_r(teksti))
        elif laji == "i":
            p._p.append(_muutos("w:ins", teksti))
        else:
            p._p.append(_muutos("w:del", teksti, deleted=True))
    return p


def sisaltokentta(p, otsake="Vastaus", tyhja=False):
    """Kääri kappale p lohkotason sisältökenttään (w:sdt). tyhja=True -> kentässä näkyy pohjateksti."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), otsake)
    pr.append(al)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), otsake.lower().replace(" ", "_"))
    pr.append(tag)
    if tyhja:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    sisalto = OxmlElement("w:sdtContent")
    sdt.append(sisalto)
    p._p.addprevious(sdt)
    sisalto.append(p._p)
    return sdt


def kentta(d_or_cell, teksti, otsake="Vastaus", tyhja=False):
    if tyhja:
        teksti = PLACEHOLDER
    p = d_or_cell.add_paragraph(teksti)
    sisaltokentta(p, otsake, tyhja)
    return p


def taulukko(d, rivit, tyyli="Table Grid"):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def tallenna(d, nimi, odotettu, kansio=OUT):
    polku = os.path.join(kansio, nimi)
    d.save(polku)
    kirjoita_odotus(os.path.join(OUT, os.path.splitext(nimi)[0] + ".expected.json"), odotettu)
    return polku


def kirjoita_odotus(polku, odotettu):
    with open(polku, "w", encoding="utf-8") as f:
        json.dump(odotettu, f, ensure_ascii=False, indent=1)
        f.write("\n")


def kirjoita_teksti(nimi, teksti, odotettu):
    with open(os.path.join(OUT, nimi), "w", encoding="utf-8") as f:
        f.write(teksti)
    kirjoita_odotus(os.path.join(OUT, os.path.splitext(nimi)[0] + ".expected.json"), odotettu)
