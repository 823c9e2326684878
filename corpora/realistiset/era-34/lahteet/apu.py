"""w34: yhteiset apufunktiot docx-tiedostojen rakentamiseen (python-docx + raaka OOXML)."""
import copy
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

def uusi():
    return Document()

def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)

def lihava(d, teksti):
    p = d.add_paragraph()
    r = p.add_run(teksti); r.bold = True
    return p

def kpl(d, teksti):
    return d.add_paragraph(teksti)

def lista(d, rivit, tyyli="List Bullet"):
    for r in rivit:
        d.add_paragraph(r, style=tyyli)

def sivunvaihto(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def taulukko(d, rivit, otsikkorivi=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = "Table Grid"
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
            if i == 0 and otsikkorivi:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t

def _run(teksti, poisto=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if poisto else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r

_muutos_id = [100]
def muutoskpl(d, osat):
    """osat: lista (laji, teksti), laji 'n' = normaali, 'ins' = lisätty, 'del' = poistettu."""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == "n":
            p._p.append(_run(teksti))
        else:
            _muutos_id[0] += 1
            e = OxmlElement("w:ins" if laji == "ins" else "w:del")
            e.set(qn("w:id"), str(_muutos_id[0]))
            e.set(qn("w:author"), "Saara Nykänen")
            e.set(qn("w:date"), "2026-11-20T10:15:00Z")
            e.append(_run(teksti, poisto=(laji == "del")))
            p._p.append(e)
    return p

def sisaltokentta(d, nimi, tagi, teksti):
    """Täytetty sisällönhallintakenttä (w:sdt) omana kappaleenaan."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), nimi); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tagi); pr.append(tg)
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    p.append(_run(teksti))
    c.append(p)
    sdt.append(c)
    d.element.body.insert(len(d.element.body) - 1, sdt)  # ennen sectPr:ää
    return sdt

KUUT = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
        "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]

def tehtavataulukko(d, alku, loppu, tehtavat):
    """alku/loppu = (vuosi, kk). tehtavat: funktio (vuosi, kk, i) -> (työpaketti, tehtävä, vastuu)."""
    rivit = [["Kuukausi", "Työpaketti", "Tehtävä", "Vastuu"]]
    v, k, i = alku[0], alku[1], 0
    while (v, k) <= loppu:
        tp, teht, vast = tehtavat(v, k, i)
        rivit.append([f"{KUUT[k-1]} {v}", tp, teht, vast])
        i += 1
        k += 1
        if k == 13:
            v, k = v + 1, 1
    return taulukko(d, rivit)
