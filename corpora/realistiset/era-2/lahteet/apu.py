"""Apufunktiot erän r2 asiakirjojen rakentamiseen (python-docx + raaka-XML)."""
import itertools
from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

_ids = itertools.count(100)


def uusi(otsikko, tekija):
    d = Document()
    d.core_properties.title = otsikko
    d.core_properties.author = tekija
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def H(d, teksti, taso=1):
    return d.add_heading(teksti, taso)


def B(d, teksti):
    """Lihavoitu rivi otsikon asemesta (ei otsikkotyyliä)."""
    p = d.add_paragraph()
    p.add_run(teksti).bold = True
    return p


def P(d, teksti, tyyli=None):
    return d.add_paragraph(teksti, style=tyyli)


def L(d, rivit, tyyli="List Bullet"):
    return [d.add_paragraph(r, style=tyyli) for r in rivit]


def kentta(d, nimike, arvo):
    """Lomakeviennin 'nimike: arvo' -pari samalla rivillä."""
    p = d.add_paragraph()
    p.add_run(nimike + ": ").bold = True
    p.add_run(arvo)
    return p


def taulukko(d, rivit, otsikkorivi=True, tyyli="Table Grid"):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def _r(teksti, poistettu=False, lihava=False):
    r = OxmlElement("w:r")
    if lihava:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if poistettu else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def muutokset(d, osat, tekija="Tekijä", pvm="2025-09-01T10:00:00Z", tyyli=None, p=None):
    """Kappale, jossa on jäljitettyjä muutoksia. osat: [('t'|'ins'|'del', teksti), ...]"""
    if p is None:
        p = d.add_paragraph(style=tyyli)
    for laji, teksti in osat:
        if laji == "t":
            p._p.append(_r(teksti))
        else:
            el = OxmlElement("w:ins" if laji == "ins" else "w:del")
            el.set(qn("w:id"), str(next(_ids)))
            el.set(qn("w:author"), tekija)
            el.set(qn("w:date"), pvm)
            el.append(_r(teksti, poistettu=(laji == "del")))
            p._p.append(el)
    return p


def _sdtpr(alias, tag, paikka=False):
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(next(_ids) * 7919)); pr.append(i)
    if paikka:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    return pr


def sdt_rivi(p, teksti, alias, tag, paikka=False):
    """Rivinsisäinen sisällönhallintakomponentti kappaleeseen p."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdtpr(alias, tag, paikka))
    c = OxmlElement("w:sdtContent")
    c.append(_r(teksti))
    sdt.append(c)
    p._p.append(sdt)
    return sdt


def sdt_lohko(d, kappaleet, alias, tag):
    """Lohkotason sisällönhallintakomponentti, jonka sisällä on useita kappaleita."""
    sdt = OxmlElement("w:sdt")
    pr = _sdtpr(alias, tag)
    pr.remove(pr.find(qn("w:text")))
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    sdt.append(c)
    ps = [d.add_paragraph(k) for k in kappaleet]
    ps[0]._p.addprevious(sdt)
    for p in ps:
        c.append(p._p)
    return sdt


def tekstiruutu(d, kappaleet, leveys="430pt", korkeus="110pt"):
    """VML-tekstiruutu (w:pict/v:textbox/w:txbxContent) omassa kappaleessaan."""
    sis = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            k.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        for k in kappaleet)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstiruutu%d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
        'style="width:%s;height:%s" fillcolor="#f2f2f2" strokecolor="#7f7f7f">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % (next(_ids), next(_ids), leveys, korkeus, sis)
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p
