"""Apufunktiot: python-docx + raaka XML (muutosten jäljitys, sisällönhallintakomponentit, tekstiruutu)."""
import copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from lxml import etree

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
V = 'urn:schemas-microsoft-com:vml'
PLACEHOLDER = 'Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.'
_rid = [100]


def uusi():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    return d


def kpl(d, teksti, lihava=False, tyyli=None):
    p = d.add_paragraph(style=tyyli)
    r = p.add_run(teksti)
    r.bold = lihava
    return p


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def _r(teksti, poisto=False):
    r = etree.SubElement(etree.Element(qn('w:x')), qn('w:r'))
    t = etree.SubElement(r, qn('w:delText' if poisto else 'w:t'))
    t.text = teksti
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    return r


def _muutos(tag, teksti, poisto=False, tekija='Mervi K.'):
    _rid[0] += 1
    e = etree.Element(qn(tag))
    e.set(qn('w:id'), str(_rid[0]))
    e.set(qn('w:author'), tekija)
    e.set(qn('w:date'), '2026-11-03T10:15:00Z')
    e.append(_r(teksti, poisto))
    return e


def jaljitetty(d, osat, tekija='Mervi K.'):
    """osat: lista ('t'|'ins'|'del', teksti). Palauttaa kappaleen."""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == 't':
            p._p.append(_r(teksti))
        elif laji == 'ins':
            p._p.append(_muutos('w:ins', teksti, tekija=tekija))
        else:
            p._p.append(_muutos('w:del', teksti, poisto=True, tekija=tekija))
    return p


def sdt_lohko(d, teksti, nimi='Vastaus', paikkamerkki=False):
    """Lohkotason sisällönhallintakomponentti; paikkamerkki=True -> täyttämätön."""
    body = d.element.body
    sdt = etree.Element(qn('w:sdt'))
    pr = etree.SubElement(sdt, qn('w:sdtPr'))
    a = etree.SubElement(pr, qn('w:alias')); a.set(qn('w:val'), nimi)
    tg = etree.SubElement(pr, qn('w:tag')); tg.set(qn('w:val'), nimi)
    i = etree.SubElement(pr, qn('w:id')); _rid[0] += 1; i.set(qn('w:val'), str(_rid[0]))
    if paikkamerkki:
        etree.SubElement(pr, qn('w:showingPlcHdr'))
    etree.SubElement(pr, qn('w:text'))
    c = etree.SubElement(sdt, qn('w:sdtContent'))
    p = etree.SubElement(c, qn('w:p'))
    r = _r(PLACEHOLDER if paikkamerkki else teksti)
    if paikkamerkki:
        rpr = etree.Element(qn('w:rPr'))
        rs = etree.SubElement(rpr, qn('w:rStyle')); rs.set(qn('w:val'), 'PlaceholderText')
        r.insert(0, rpr)
    p.append(r)
    body.insert(len(body) - 1, sdt)   # ennen sectPr:ää
    return sdt


def sdt_rivi(d, alku, teksti, nimi='Kenttä'):
    """Kappale, jonka lopussa rivinsisäinen täytetty sisällönhallintakomponentti."""
    p = d.add_paragraph()
    p._p.append(_r(alku))
    sdt = etree.SubElement(p._p, qn('w:sdt'))
    pr = etree.SubElement(sdt, qn('w:sdtPr'))
    a = etree.SubElement(pr, qn('w:alias')); a.set(qn('w:val'), nimi)
    etree.SubElement(pr, qn('w:text'))
    c = etree.SubElement(sdt, qn('w:sdtContent'))
    c.append(_r(teksti))
    return p


def tekstiruutu(d, kappaleet, ennen=''):
    """VML-tekstiruutu kappaleen sisällä; kappaleet näkyvät vain ruudussa."""
    p = d.add_paragraph()
    if ennen:
        p._p.append(_r(ennen))
    r = etree.SubElement(p._p, qn('w:r'))
    pict = etree.SubElement(r, qn('w:pict'))
    shape = etree.SubElement(pict, '{%s}rect' % V, nsmap={'v': V})
    shape.set('id', 'Tekstiruutu%d' % _rid[0]); _rid[0] += 1
    shape.set('style', 'position:absolute;margin-left:215pt;margin-top:0pt;width:245pt;height:62pt;z-index:1;'
                       'mso-position-horizontal-relative:margin')
    tb = etree.SubElement(shape, '{%s}textbox' % V)
    tx = etree.SubElement(tb, qn('w:txbxContent'))
    for k in kappaleet:
        pp = etree.SubElement(tx, qn('w:p'))
        pp.append(_r(k))
    return p


def taulukko(d, rivit, tyyli='Table Grid'):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
    return t
