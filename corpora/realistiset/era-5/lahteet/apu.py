"""Apufunktiot era-5-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_id = [100]


def seuraava_id():
    _id[0] += 1
    return str(_id[0])


def uusi():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def kappale(d, teksti="", lihava=False, tyyli=None):
    p = d.add_paragraph(style=tyyli) if tyyli else d.add_paragraph()
    if teksti:
        r = p.add_run(teksti)
        r.bold = lihava
    return p


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def luettelo(d, rivit, numeroitu=False):
    for r in rivit:
        d.add_paragraph(r, style="List Number" if numeroitu else "List Bullet")


def _run(teksti, lihava=False, poistettu=False):
    r = etree.SubElement(etree.Element(qn("w:p")), qn("w:r"))
    r = etree.Element(qn("w:r"))
    if lihava:
        rpr = etree.SubElement(r, qn("w:rPr"))
        etree.SubElement(rpr, qn("w:b"))
    t = etree.SubElement(r, qn("w:delText") if poistettu else qn("w:t"))
    t.text = teksti
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def muutos(p, osat, tekija="Satu Lehtinen", pvm="2025-11-18T09:12:00Z"):
    """Lisää kappaleeseen osia: ('t', teksti) tavallinen, ('ins', teksti) lisätty,
    ('del', teksti) poistettu jäljitetty muutos."""
    for laji, teksti in osat:
        if laji == "t":
            p._p.append(_run(teksti))
        elif laji == "ins":
            e = etree.SubElement(p._p, qn("w:ins"))
            e.set(qn("w:id"), seuraava_id()); e.set(qn("w:author"), tekija); e.set(qn("w:date"), pvm)
            e.append(_run(teksti))
        elif laji == "del":
            e = etree.SubElement(p._p, qn("w:del"))
            e.set(qn("w:id"), seuraava_id()); e.set(qn("w:author"), tekija); e.set(qn("w:date"), pvm)
            e.append(_run(teksti, poistettu=True))
    return p


PLACEHOLDER = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."


def sisaltokentta(d, teksti=None, nimi="Vastaus"):
    """Lohkotason sisällönhallintakenttä (w:sdt). teksti=None -> täyttämätön kenttä,
    jossa näkyy Wordin paikkamerkkiteksti ja w:showingPlcHdr."""
    sdt = etree.Element(qn("w:sdt"))
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), nimi)
    tg = etree.SubElement(pr, qn("w:tag")); tg.set(qn("w:val"), nimi.lower().replace(" ", "_"))
    i = etree.SubElement(pr, qn("w:id")); i.set(qn("w:val"), seuraava_id())
    if teksti is None:
        etree.SubElement(pr, qn("w:showingPlcHdr"))
    etree.SubElement(pr, qn("w:text"))
    sis = etree.SubElement(sdt, qn("w:sdtContent"))
    kappaleet = [PLACEHOLDER] if teksti is None else (teksti if isinstance(teksti, list) else [teksti])
    for k in kappaleet:
        p = etree.SubElement(sis, qn("w:p"))
        r = etree.SubElement(p, qn("w:r"))
        if teksti is None:
            rpr = etree.SubElement(r, qn("w:rPr"))
            rs = etree.SubElement(rpr, qn("w:rStyle")); rs.set(qn("w:val"), "PlaceholderText")
        t = etree.SubElement(r, qn("w:t")); t.text = k
    apu = d.add_paragraph()
    apu._p.addprevious(sdt)
    apu._p.getparent().remove(apu._p)
    return sdt


def tekstilaatikko(d, rivit, johdanto=""):
    """VML-tekstiruutu (w:pict/v:shape/v:textbox/w:txbxContent) kappaleen sisällä."""
    p = d.add_paragraph()
    if johdanto:
        p.add_run(johdanto)
    r = etree.SubElement(p._p, qn("w:r"))
    pict = etree.SubElement(r, qn("w:pict"))
    shape = etree.SubElement(pict, "{%s}shape" % V, nsmap={"v": V})
    shape.set("id", "Tekstiruutu" + seuraava_id())
    shape.set("style", "width:300pt;height:90pt;mso-position-horizontal:left")
    shape.set("type", "#_x0000_t202")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = etree.SubElement(tb, qn("w:txbxContent"))
    for rivi in rivit:
        pp = etree.SubElement(tx, qn("w:p"))
        rr = etree.SubElement(pp, qn("w:r"))
        t = etree.SubElement(rr, qn("w:t")); t.text = rivi
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
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
