# Apufunktiot .docx-tiedostojen rakentamiseen (python-docx + lxml)
import copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

_rid = [100]


def uusi():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def kpl(d, teksti="", bold=False, italic=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if teksti:
        r = p.add_run(teksti)
        r.bold = bold
        r.italic = italic
    return p


def lihava(d, teksti):
    return kpl(d, teksti, bold=True)


def luettelo(d, rivit, numeroitu=False):
    st = "List Number" if numeroitu else "List Bullet"
    for r in rivit:
        d.add_paragraph(r, style=st)


def taulukko(d, rivit, otsikkorivi=True, style="Table Grid"):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = style
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if i == 0 and otsikkorivi:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def yhdista(t, r1, c1, r2, c2, teksti=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if teksti is not None:
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = teksti
    return m


def _run_el(teksti, poisto=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if poisto else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teksti
    r.append(t)
    return r


def muutos(p, lisatty=None, poistettu=None, tekija="Tiina K.", pvm="2025-09-18T10:12:00Z"):
    """Lisää kappaleeseen jäljitetyn muutoksen: poistettu (w:del) ja/tai lisätty (w:ins) teksti."""
    if poistettu:
        _rid[0] += 1
        de = OxmlElement("w:del")
        de.set(qn("w:id"), str(_rid[0]))
        de.set(qn("w:author"), tekija)
        de.set(qn("w:date"), pvm)
        de.append(_run_el(poistettu, poisto=True))
        p._p.append(de)
    if lisatty:
        _rid[0] += 1
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(_rid[0]))
        ins.set(qn("w:author"), tekija)
        ins.set(qn("w:date"), pvm)
        ins.append(_run_el(lisatty))
        p._p.append(ins)
    return p


def sisaltokentta(d, nimi, arvo, etu=None):
    """Kappale, jossa (valinnainen) tavallinen etuteksti ja arvo sisältökentässä (w:sdt)."""
    p = d.add_paragraph()
    if etu:
        r = p.add_run(etu)
        r.bold = True
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), nimi)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), nimi)
    pr.append(al)
    pr.append(tag)
    sdt.append(pr)
    c = OxmlElement("w:sdtContent")
    c.append(_run_el(arvo))
    sdt.append(c)
    p._p.append(sdt)
    return p


def alatunniste(d, teksti, ylatunniste=None):
    s = d.sections[0]
    s.footer.paragraphs[0].text = teksti
    if ylatunniste:
        s.header.paragraphs[0].text = ylatunniste


def tekstilaatikko(d, teksti):
    """Kappale, jossa on VML-tekstilaatikko (w:pict/v:textbox)."""
    from lxml import etree
    p = d.add_paragraph()
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="laatikko%d" type="#_x0000_t202" style="width:430pt;height:60pt">'
        '<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (_rid[0], teksti)
    )
    _rid[0] += 1
    p._p.append(etree.fromstring(xml))
    return p
