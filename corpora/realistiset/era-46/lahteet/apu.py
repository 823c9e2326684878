"""Apufunktiot era-46:n testiasiakirjojen tuottamiseen (python-docx + raaka XML)."""
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

KANSIO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAHTEET = os.path.join(KANSIO, "lahteet")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_id = [100]


def _uusi_id():
    _id[0] += 1
    return _id[0]


def uusi(fontti="Calibri", koko=11, a4=True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = fontti
    st.font.size = Pt(koko)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:eastAsia"), fontti)
    if a4:
        s = d.sections[0]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.3)
    return d


def kpl(d, teksti="", lihava=False, kursiivi=False, tyyli=None, koko=None):
    """Kappale; teksti voi olla myös lista osia: str tai (str, 'b'|'i'|'bi')."""
    p = d.add_paragraph(style=tyyli) if tyyli else d.add_paragraph()
    osat = teksti if isinstance(teksti, list) else [teksti]
    for osa in osat:
        if isinstance(osa, tuple):
            t, m = osa
        else:
            t, m = osa, ""
        if not t:
            continue
        r = p.add_run(t)
        r.bold = lihava or ("b" in m)
        r.italic = kursiivi or ("i" in m)
        if koko:
            r.font.size = Pt(koko)
    return p


def viivat(d, rivit, merkki="- "):
    """Käsin kirjoitettu viivalista (ei listatyyliä)."""
    return [kpl(d, merkki + r) for r in rivit]


def lisays(p, teksti, tekija="Tiina K.", pvm="2025-11-12T09:14:00Z", lihava=False):
    b = "<w:rPr><w:b/></w:rPr>" if lihava else ""
    x = (f'<w:ins {nsdecls("w")} w:id="{_uusi_id()}" w:author="{escape(tekija)}" w:date="{pvm}">'
         f'<w:r>{b}<w:t xml:space="preserve">{escape(teksti)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))
    return p


def poisto(p, teksti, tekija="Tiina K.", pvm="2025-11-12T09:14:00Z"):
    x = (f'<w:del {nsdecls("w")} w:id="{_uusi_id()}" w:author="{escape(tekija)}" w:date="{pvm}">'
         f'<w:r><w:delText xml:space="preserve">{escape(teksti)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))
    return p


def teksti_ajo(p, teksti, lihava=False):
    r = p.add_run(teksti)
    r.bold = lihava
    return r


def lisatty_kappale(d, teksti, tekija="Tiina K.", pvm="2025-11-12T09:14:00Z"):
    """Kokonaan muutosseurannalla lisätty kappale (myös kappalemerkki merkitty lisätyksi)."""
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:ins w:id="{_uusi_id()}" w:author="{escape(tekija)}" w:date="{pvm}"/></w:rPr>'))
    lisays(p, teksti, tekija, pvm)
    return p


def sisaltokentta(d, kappaleet, otsikko, tag=None):
    """Lohkotason sisällönhallintakenttä (w:sdt), jonka sisällä yksi tai useampi kappale."""
    if isinstance(kappaleet, str):
        kappaleet = [kappaleet]
    ps = [kpl(d, k) for k in kappaleet]
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(otsikko)}"/>'
        f'<w:tag w:val="{escape(tag or otsikko)}"/><w:id w:val="{_uusi_id()}"/></w:sdtPr>'
        f'<w:sdtContent/></w:sdt>')
    ps[0]._p.addprevious(sdt)
    sisalto = sdt.find(qn("w:sdtContent"))
    for p in ps:
        sisalto.append(p._p)
    return sdt


def rivikentta(p, teksti, otsikko, lihava=False):
    """Rivinsisäinen sisällönhallintakenttä (pelkkä teksti)."""
    b = "<w:rPr><w:b/></w:rPr>" if lihava else ""
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(otsikko)}"/>'
         f'<w:tag w:val="{escape(otsikko)}"/><w:id w:val="{_uusi_id()}"/><w:text/></w:sdtPr>'
         f'<w:sdtContent><w:r>{b}<w:t xml:space="preserve">{escape(teksti)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))
    return p


def tekstilaatikko(p, rivit, leveys="440pt", korkeus="70pt"):
    """VML-tekstilaatikko kappaleen sisään."""
    sis = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r></w:p>' for r in rivit)
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
         f'<v:shape id="laatikko{_uusi_id()}" type="#_x0000_t202" style="width:{leveys};height:{korkeus}" '
         f'strokecolor="#4472c4" fillcolor="#e8eef8"><v:textbox><w:txbxContent>{sis}</w:txbxContent>'
         f'</v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))
    return p


_FN = {}


def alaviite(d, p, teksti):
    """Lisää alaviitteen kappaleen loppuun (luo footnotes.xml-osan tarvittaessa)."""
    dp = d.part
    if "osa" not in _FN or _FN.get("doc") is not dp:
        xml = (f'<w:footnotes {nsdecls("w")}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '</w:footnotes>')
        osa = XmlPart(PackURI("/word/footnotes.xml"),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                      parse_xml(xml), dp.package)
        dp.relate_to(osa, RT.FOOTNOTES)
        _FN.update(osa=osa, doc=dp, n=0)
    _FN["n"] += 1
    n = _FN["n"]
    el = _FN["osa"].element
    el.append(parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(teksti)}</w:t></w:r></w:p></w:footnote>'))
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def _tallenna_alaviitteet():
    pass


def taulukko(d, rivit, otsikkorivi=True, leveydet=None, tyyli="Table Grid"):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    if tyyli:
        t.style = d.styles[tyyli]
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = "" if arvo is None else str(arvo)
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    if leveydet:
        for rivi in t.rows:
            for j, w in enumerate(leveydet):
                rivi.cells[j].width = Cm(w)
    return t


def ylatunniste(d, teksti, alatunniste=None):
    s = d.sections[0]
    s.header.paragraphs[0].text = teksti
    if alatunniste:
        s.footer.paragraphs[0].text = alatunniste


def sivunumero_alatunnisteeseen(d, etuteksti=""):
    p = d.sections[0].footer.paragraphs[0]
    if etuteksti:
        p.add_run(etuteksti)
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def tallenna(d, nimi, kansio=None):
    _tallenna_alaviitteet()
    polku = os.path.join(kansio or KANSIO, nimi)
    d.save(polku)
    _FN.clear()
    return polku


def muunna(docx_polku, muoto):
    """LibreOfficella pdf/odt samaan kansioon kuin korpus."""
    subprocess.run(["soffice", "--headless", "--convert-to", muoto, "--outdir", KANSIO, docx_polku],
                   check=True, capture_output=True)
    return os.path.join(KANSIO, os.path.splitext(os.path.basename(docx_polku))[0] + "." + muoto)
