"""Apufunktiot: python-docx + raaka OOXML (muutosten jäljitys, sisällönhallintaobjektit)."""
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

_id = [100]


def _next():
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
    p = d.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def kpl(d, teksti, tyyli=None):
    return d.add_paragraph(teksti, style=tyyli)


def luettelo(d, rivit, numeroitu=False):
    for r in rivit:
        d.add_paragraph(r, style="List Number" if numeroitu else "List Bullet")


def _run(teksti, poistettu=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if poistettu else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def muutos(d, osat, tekija="Satu K.", aika="2026-11-20T10:00:00Z"):
    """osat: lista (laji, teksti), laji = 'n' normaali, 'ins' lisätty, 'del' poistettu."""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == "n":
            p._p.append(_run(teksti))
        else:
            w = OxmlElement("w:ins" if laji == "ins" else "w:del")
            w.set(qn("w:id"), _next())
            w.set(qn("w:author"), tekija)
            w.set(qn("w:date"), aika)
            w.append(_run(teksti, poistettu=(laji == "del")))
            p._p.append(w)
    return p


def sdt_rivi(d, nimi, tagi, arvo, etuteksti=None):
    """Kappale, jonka vastausosa on täytetty inline-sisällönhallintaobjekti."""
    p = d.add_paragraph()
    if etuteksti:
        r = p.add_run(etuteksti)
        r.bold = True
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), nimi); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tagi); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), _next()); pr.append(i)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    c.append(_run(arvo))
    sdt.append(c)
    p._p.append(sdt)
    return p


def sdt_lohko(d, nimi, tagi, kappaleet):
    """Lohkotason sisällönhallintaobjekti, jossa on useita täytettyjä kappaleita."""
    body = d.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), nimi); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tagi); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), _next()); pr.append(i)
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    for k in kappaleet:
        p = OxmlElement("w:p")
        p.append(_run(k))
        c.append(p)
    sdt.append(c)
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt


def taulukko(d, rivit, tyyli="Table Grid", lihava_otsikko=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            solu = t.cell(i, j)
            osat = arvo.split("\n")
            solu.text = osat[0]
            for o in osat[1:]:
                solu.add_paragraph(o)
            if i == 0 and lihava_otsikko:
                for r in solu.paragraphs[0].runs:
                    r.bold = True
    return t
