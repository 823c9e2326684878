"""Apufunktiot era-18-erän .docx-tiedostojen rakentamiseen (python-docx + raaka XML)."""
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_id = [100]


def nid():
    _id[0] += 1
    return _id[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def uusi():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def h(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def p(d, teksti=""):
    return d.add_paragraph(teksti)


def lihava(d, teksti):
    para = d.add_paragraph()
    para.add_run(teksti).bold = True
    return para


def lista(d, rivit, numeroitu=False):
    for r in rivit:
        d.add_paragraph(r, style="List Number" if numeroitu else "List Bullet")


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


def _run(teksti, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r {W}>{b}<w:t xml:space="preserve">{esc(teksti)}</w:t></w:r>'


def ins_xml(teksti, tekija="Marja K.", pvm="2025-02-14T10:00:00Z"):
    return (f'<w:ins {W} w:id="{nid()}" w:author="{tekija}" w:date="{pvm}">'
            f'<w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:ins>')


def del_xml(teksti, tekija="Marja K.", pvm="2025-02-14T10:00:00Z"):
    return (f'<w:del {W} w:id="{nid()}" w:author="{tekija}" w:date="{pvm}">'
            f'<w:r><w:delText xml:space="preserve">{esc(teksti)}</w:delText></w:r></w:del>')


def muutos_kpl(d_or_cell, osat, tekija="Marja K.", pvm="2025-02-14T10:00:00Z"):
    """osat: lista (laji, teksti), laji 't' = tavallinen, 'i' = lisätty, 'd' = poistettu."""
    para = d_or_cell.add_paragraph()
    for laji, teksti in osat:
        if laji == "t":
            para._p.append(parse_xml(_run(teksti)))
        elif laji == "b":
            para._p.append(parse_xml(_run(teksti, bold=True)))
        elif laji == "i":
            para._p.append(parse_xml(ins_xml(teksti, tekija, pvm)))
        elif laji == "d":
            para._p.append(parse_xml(del_xml(teksti, tekija, pvm)))
    return para


PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


def sdt_xml(teksti, alias, tyhja=False):
    tag = alias.lower().replace(" ", "_")
    if tyhja:
        return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/>'
                f'<w:id w:val="{nid()}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                f'<w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{nid()}"/><w:text w:multiLine="1"/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_kpl(d_or_cell, alias, teksti="", tyhja=False, etuteksti=None):
    para = d_or_cell.add_paragraph()
    if etuteksti:
        para._p.append(parse_xml(_run(etuteksti, bold=True)))
    para._p.append(parse_xml(sdt_xml(teksti, alias, tyhja)))
    return para


def sdt_soluun(cell, alias, teksti="", tyhja=False):
    """Korvaa solun ensimmäisen kappaleen sisällön sisältökontrollilla."""
    para = cell.paragraphs[0]
    for r in list(para.runs):
        r._r.getparent().remove(r._r)
    para._p.append(parse_xml(sdt_xml(teksti, alias, tyhja)))


def tekstilaatikko(d, kappaleet, otsikko=None):
    """VML-tekstilaatikko ankkuroituna omaan kappaleeseensa."""
    sis = ""
    if otsikko:
        sis += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(otsikko)}</w:t></w:r></w:p>'
    for k in kappaleet:
        sis += f'<w:p><w:r><w:t xml:space="preserve">{esc(k)}</w:t></w:r></w:p>'
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Tekstiruutu{nid()}" o:spid="_x0000_s10{nid()}" type="#_x0000_t202" '
           f'style="width:430pt;height:150pt;mso-position-horizontal:center" fillcolor="#eef5ea" strokecolor="#5a7d4f">'
           f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = d.add_paragraph()
    para._p.append(parse_xml(xml))
    return para
