"""Apufunktiot: otsikot ilman tyylejä, muutosten jäljitys, sisältöohjausobjektit, taulukot."""
import itertools
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_BREAK

_id = itertools.count(100)


def uusi():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def lihava(d, teksti, koko=None):
    p = d.add_paragraph()
    r = p.add_run(teksti)
    r.bold = True
    if koko:
        r.font.size = Pt(koko)
    return p


def kpl(d, teksti=""):
    return d.add_paragraph(teksti)


def luettelo(d, rivit, merkki="– "):
    for r in rivit:
        d.add_paragraph(merkki + r)


def sivunvaihto(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _run(teksti, poisto=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if poisto else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def lisays(p, teksti, tekija="Anu Rinne", pvm="2026-01-14T10:12:00Z"):
    e = OxmlElement("w:ins")
    e.set(qn("w:id"), str(next(_id)))
    e.set(qn("w:author"), tekija)
    e.set(qn("w:date"), pvm)
    e.append(_run(teksti))
    p._p.append(e)


def poisto(p, teksti, tekija="Anu Rinne", pvm="2026-01-14T10:12:00Z"):
    e = OxmlElement("w:del")
    e.set(qn("w:id"), str(next(_id)))
    e.set(qn("w:author"), tekija)
    e.set(qn("w:date"), pvm)
    e.append(_run(teksti, poisto=True))
    p._p.append(e)


def poistettu_kappale(d, teksti, tekija="Anu Rinne"):
    """Koko kappale poistettuna muutosten jäljityksellä (myös kappalemerkki)."""
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), str(next(_id)))
    dm.set(qn("w:author"), tekija)
    dm.set(qn("w:date"), "2026-01-20T08:00:00Z")
    rpr.append(dm)
    ppr.append(rpr)
    poisto(p, teksti, tekija, "2026-01-20T08:00:00Z")
    return p


def _sdtpr(otsikko, tagi):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), otsikko); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tagi); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(next(_id))); pr.append(i)
    pr.append(OxmlElement("w:text"))
    return pr


def sdt_kappale(d, otsikko, tagi, teksti, lihavoi=False):
    """Lohkotason sisältöohjausobjekti, jonka sisällä yksi täytetty kappale."""
    p = d.add_paragraph()
    r = p.add_run(teksti)
    r.bold = lihavoi
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdtpr(otsikko, tagi))
    c = OxmlElement("w:sdtContent")
    sdt.append(c)
    p._p.addprevious(sdt)
    c.append(p._p)
    return sdt


def sdt_rivi(p, otsikko, tagi, teksti):
    """Rivinsisäinen sisältöohjausobjekti kappaleen loppuun."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdtpr(otsikko, tagi))
    c = OxmlElement("w:sdtContent")
    c.append(_run(teksti))
    sdt.append(c)
    p._p.append(sdt)


def taulukko(d, rivit, otsikkorivi=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
            if otsikkorivi and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t
