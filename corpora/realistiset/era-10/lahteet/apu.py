"""Apufunktiot era-10-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def el(tag, **attrs):
    e = etree.SubElement if False else None
    ns, name = tag.split(":")
    uri = {"w": W, "v": V}[ns]
    x = etree.Element("{%s}%s" % (uri, name), nsmap={"w": W, "v": V} if ns == "v" else None)
    for k, v in attrs.items():
        kns, kname = k.split("_", 1)
        x.set("{%s}%s" % ({"w": W}[kns], kname), v)
    return x


def run(text, bold=False):
    r = el("w:r")
    if bold:
        rpr = etree.SubElement(r, qn("w:rPr"))
        etree.SubElement(rpr, qn("w:b"))
    t = etree.SubElement(r, qn("w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def delrun(text):
    r = el("w:r")
    t = etree.SubElement(r, qn("w:delText"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def tracked_par(doc, parts, style=None):
    """parts: lista (laji, teksti), laji 'n' normaali, 'i' lisätty, 'd' poistettu."""
    p = doc.add_paragraph(style=style)
    for kind, text in parts:
        if kind == "n":
            p._p.append(run(text))
        elif kind == "i":
            ins = el("w:ins", w_id=nid(), w_author="Maija Koskela", w_date="2026-11-12T09:14:00Z")
            ins.append(run(text))
            p._p.append(ins)
        else:
            d = el("w:del", w_id=nid(), w_author="Maija Koskela", w_date="2026-11-12T09:15:00Z")
            d.append(delrun(text))
            p._p.append(d)
    return p


def sdt_block(doc, text, alias="Vastaus", placeholder=False):
    """Lohkotason sisältöohjausobjekti; placeholder=True -> täyttämätön kenttä."""
    body = doc.element.body
    sdt = el("w:sdt")
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), alias)
    tg = etree.SubElement(pr, qn("w:tag")); tg.set(qn("w:val"), alias.lower().replace(" ", "_"))
    i = etree.SubElement(pr, qn("w:id")); i.set(qn("w:val"), nid())
    if placeholder:
        ph = etree.SubElement(pr, qn("w:placeholder"))
        dp = etree.SubElement(ph, qn("w:docPart")); dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        etree.SubElement(pr, qn("w:showingPlcHdr"))
        text = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    for line in text.split("\n"):
        p = etree.SubElement(content, qn("w:p"))
        p.append(run(line))
    body.insert(len(body) - 1, sdt)  # ennen sectPr:ää
    return sdt


def sdt_inline(doc, label, value, alias):
    """Kappale: 'label' + rivinsisäinen sisältöohjausobjekti, jonka sisällä value."""
    p = doc.add_paragraph()
    p._p.append(run(label, bold=True))
    sdt = el("w:sdt")
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    a = etree.SubElement(pr, qn("w:alias")); a.set(qn("w:val"), alias)
    i = etree.SubElement(pr, qn("w:id")); i.set(qn("w:val"), nid())
    c = etree.SubElement(sdt, qn("w:sdtContent"))
    c.append(run(value))
    p._p.append(sdt)
    return p


def textbox_par(doc, lines):
    """Kappale, jossa VML-tekstiruutu; lines: lista (teksti, lihavoitu)."""
    p = doc.add_paragraph()
    r = etree.SubElement(p._p, qn("w:r"))
    pict = etree.SubElement(r, qn("w:pict"))
    shape = etree.SubElement(pict, "{%s}shape" % V, nsmap={"v": V})
    shape.set("id", "Tekstiruutu1")
    shape.set("style", "width:420pt;height:200pt")
    tb = etree.SubElement(shape, "{%s}textbox" % V)
    tx = etree.SubElement(tb, qn("w:txbxContent"))
    for text, b in lines:
        pp = etree.SubElement(tx, qn("w:p"))
        pp.append(run(text, bold=b))
    return p


def bold_line(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def paras(doc, text, style=None):
    for block in text.strip().split("\n\n"):
        doc.add_paragraph(" ".join(block.split()), style=style)


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")
