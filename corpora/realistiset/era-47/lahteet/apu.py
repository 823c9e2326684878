"""Apufunktiot era-47:n testiasiakirjojen tuottamiseen (python-docx + raaka XML)."""
import os
import subprocess
import itertools
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

KANSIO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAHTEET = os.path.join(KANSIO, "lahteet")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_id = itertools.count(100)


def uusi():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def otsikko(d, teksti, taso=1):
    return d.add_heading(teksti, level=taso)


def kpl(d, teksti="", lihava=False, kursiivi=False, tyyli=None):
    p = d.add_paragraph(style=tyyli) if tyyli else d.add_paragraph()
    if teksti:
        r = p.add_run(teksti)
        r.bold = lihava
        r.italic = kursiivi
    return p


def vierekkain(d, osat):
    """Kappale, jossa osat = [(teksti, lihava)]."""
    p = d.add_paragraph()
    for t, b in osat:
        r = p.add_run(t)
        r.bold = b
    return p


def luettelo(d, rivit, numeroitu=False):
    tyyli = "List Number" if numeroitu else "List Bullet"
    for r in rivit:
        d.add_paragraph(r, style=tyyli)


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


def _run(teksti, lihava=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if lihava else ""
    return f'<w:r {W}>{rpr}<w:t xml:space="preserve">{escape(teksti)}</w:t></w:r>'


def muutokset(p, osat, tekija="Mirja Kallio", pvm="2024-10-09T10:12:00Z"):
    """Lisää kappaleeseen p osat [('n'|'i'|'d', teksti)] – i = w:ins, d = w:del."""
    for laji, t in osat:
        if laji == "n":
            p._p.append(parse_xml(_run(t)))
        elif laji == "i":
            p._p.append(parse_xml(
                f'<w:ins {W} w:id="{next(_id)}" w:author="{tekija}" w:date="{pvm}">'
                f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:ins>'))
        elif laji == "d":
            p._p.append(parse_xml(
                f'<w:del {W} w:id="{next(_id)}" w:author="{tekija}" w:date="{pvm}">'
                f'<w:r><w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>'))
    return p


def muutoskpl(d, osat, **kw):
    return muutokset(d.add_paragraph(), osat, **kw)


def sisaltokentta(d, nimi, kappaleet):
    """Lohkotason sisältökenttä (w:sdt), jossa yksi tai useampi kappale."""
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(k)}</w:t></w:r></w:p>' for k in kappaleet)
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(nimi)}"/><w:tag w:val="kentta{next(_id)}"/>'
         f'<w:id w:val="{next(_id)}"/></w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')
    el = parse_xml(x)
    d.element.body.append(el)
    # siirrä ennen sectPr:ää
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)
    return el


def kenttarivi(d, nimike, arvo):
    """Kappale 'Nimike: [sisältökenttä]' (rivinsisäinen w:sdt)."""
    p = d.add_paragraph()
    r = p.add_run(nimike + " ")
    r.bold = True
    p._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(nimike.strip(":* "))}"/><w:id w:val="{next(_id)}"/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(arvo)}</w:t></w:r></w:sdtContent></w:sdt>'))
    return p


def tekstiruutu(d, kappaleet, leveys="430pt", korkeus="70pt"):
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(k)}</w:t></w:r></w:p>' for k in kappaleet)
    x = (f'<w:p {W} {V}><w:r><w:pict><v:shape id="ruutu{next(_id)}" type="#_x0000_t202" '
         f'style="width:{leveys};height:{korkeus}" strokecolor="#1F4E79">'
         f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(x)
    body = d.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(el)
    else:
        body.append(el)
    return el


class Alaviitteet:
    """Lisää asiakirjaan word/footnotes.xml -osan ja alaviiteviittaukset."""

    def __init__(self, d):
        self.d = d
        self.viitteet = []

    def viite(self, p, teksti):
        n = len(self.viitteet) + 1
        self.viitteet.append(teksti)
        p._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

    def valmis(self):
        osat = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, t in enumerate(self.viitteet, 1):
            osat.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               f'<w:footnotes {W}>' + "".join(osat) + '</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def ylatunniste(d, yla=None, ala=None):
    s = d.sections[0]
    if yla:
        s.header.paragraphs[0].text = yla
    if ala:
        s.footer.paragraphs[0].text = ala


def tallenna(d, nimi, kohde=None):
    polku = os.path.join(kohde or KANSIO, nimi)
    d.save(polku)
    return polku


def muunna(docx_polku, muoto):
    """Muunna LibreOfficella (pdf tai odt) era-47-kansioon."""
    subprocess.run(["soffice", "--headless", "--convert-to", muoto, "--outdir", KANSIO, docx_polku],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(KANSIO, os.path.splitext(os.path.basename(docx_polku))[0] + "." + muoto)
