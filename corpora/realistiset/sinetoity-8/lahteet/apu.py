"""Apufunktiot sinetoity-8-erän testiasiakirjojen tuottamiseen (python-docx + raaka XML)."""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

KOHDE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAHTEET = os.path.join(KOHDE, "lahteet")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')

_id = [100]


def _uusi_id():
    _id[0] += 1
    return _id[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def uusi(fontti="Calibri", koko=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = fontti
    st.font.size = Pt(koko)
    doc._alaviitteet = []
    return doc


def otsikko(doc, teksti, taso=1):
    return doc.add_heading(teksti, level=taso)


def kappale(doc, teksti="", tyyli=None, lihava=False, kursiivi=False):
    p = doc.add_paragraph(style=tyyli)
    if teksti:
        r = p.add_run(teksti)
        r.bold = lihava
        r.italic = kursiivi
    return p


def lihava(doc, teksti, koko=None):
    """Lihavoitu kappale otsikkotyylin sijaan (käsin muotoiltu 'otsikko')."""
    p = doc.add_paragraph()
    r = p.add_run(teksti)
    r.bold = True
    if koko:
        r.font.size = Pt(koko)
    return p


def sekakappale(doc, osat, tyyli=None):
    """osat: lista (teksti, {'b':bool,'i':bool}) tai pelkkiä merkkijonoja."""
    p = doc.add_paragraph(style=tyyli)
    for o in osat:
        if isinstance(o, str):
            p.add_run(o)
        else:
            t, f = o
            r = p.add_run(t)
            r.bold = f.get("b", False)
            r.italic = f.get("i", False)
    return p


def luettelo(doc, rivit, numeroitu=False):
    tyyli = "List Number" if numeroitu else "List Bullet"
    return [doc.add_paragraph(r, style=tyyli) for r in rivit]


def taulukko(doc, rivit, otsikkorivi=True, leveydet=None, tyyli="Table Grid"):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            solu = t.cell(i, j)
            solu.text = "" if arvo is None else str(arvo)
            if otsikkorivi and i == 0:
                for r in solu.paragraphs[0].runs:
                    r.bold = True
    if leveydet:
        for rivi in t.rows:
            for j, w in enumerate(leveydet):
                rivi.cells[j].width = Cm(w)
    return t


def lisays(p, teksti, tekija="Tekijä", pvm="2025-04-10T09:00:00Z"):
    """Lisää kappaleeseen seurattu lisäys (w:ins)."""
    x = (f'<w:ins {W} w:id="{_uusi_id()}" w:author="{esc(tekija)}" w:date="{pvm}">'
         f'<w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:ins>')
    p._p.append(parse_xml(x))
    return p


def poisto(p, teksti, tekija="Tekijä", pvm="2025-04-10T09:00:00Z"):
    """Lisää kappaleeseen seurattu poisto (w:del)."""
    x = (f'<w:del {W} w:id="{_uusi_id()}" w:author="{esc(tekija)}" w:date="{pvm}">'
         f'<w:r><w:delText xml:space="preserve">{esc(teksti)}</w:delText></w:r></w:del>')
    p._p.append(parse_xml(x))
    return p


def ajo(p, teksti, lihava=False):
    r = p.add_run(teksti)
    r.bold = lihava
    return p


def sdt_lohko(doc, tunniste, nimi, kappaleet, paikkamerkki=False):
    """Lohkotason sisällönhallintakomponentti (w:sdt), jossa yksi tai useampi kappale.
    paikkamerkki=True -> komponentti näyttää yhä pohjan ohjetekstiä (showingPlcHdr)."""
    plc = "<w:showingPlcHdr/>" if paikkamerkki else ""
    ps = ""
    for k in kappaleet:
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if paikkamerkki else ""
        ps += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(k)}</w:t></w:r></w:p>'
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(nimi)}"/><w:tag w:val="{esc(tunniste)}"/>'
         f'<w:id w:val="{_uusi_id() * 7919}"/>{plc}<w:text w:multiLine="1"/></w:sdtPr>'
         f'<w:sdtContent>{ps}</w:sdtContent></w:sdt>')
    el = parse_xml(x)
    body = doc.element.body
    body.insert(len(body) - 1, el)  # ennen sectPr:ää
    return el


def sdt_rivi(p, tunniste, nimi, teksti):
    """Rivinsisäinen sisällönhallintakomponentti kappaleen sisään."""
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(nimi)}"/><w:tag w:val="{esc(tunniste)}"/>'
         f'<w:id w:val="{_uusi_id() * 104729}"/><w:text/></w:sdtPr>'
         f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))
    return p


def tekstilaatikko(doc, rivit, leveys_pt=430, korkeus_pt=150):
    """VML-tekstilaatikko omassa kappaleessaan; rivit = lista (teksti, lihava)."""
    sis = ""
    for r in rivit:
        t, b = (r, False) if isinstance(r, str) else r
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        sis += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    x = (f'<w:p {VML}><w:r><w:pict>'
         f'<v:shape id="Tekstiruutu{_uusi_id()}" o:spid="_x0000_s{_uusi_id()}" type="#_x0000_t202" '
         f'style="width:{leveys_pt}pt;height:{korkeus_pt}pt" '
         f'fillcolor="#eef3f8" strokecolor="#4f81bd">'
         f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape>'
         f'</w:pict></w:r></w:p>')
    el = parse_xml(x)
    body = doc.element.body
    body.insert(len(body) - 1, el)
    return el


def alaviite(doc, p, teksti):
    """Lisää alaviiteviittauksen kappaleen loppuun; alaviitteet kirjoitetaan tallennuksessa."""
    n = len(doc._alaviitteet) + 1
    doc._alaviitteet.append((n, teksti))
    x = (f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
         f'<w:footnoteReference w:id="{n}"/></w:r>')
    p._p.append(parse_xml(x))
    return p


def _kirjoita_alaviitteet(doc):
    if not doc._alaviitteet:
        return
    osat = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, t in doc._alaviitteet:
        osat.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                    f'<w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes {W}>' + "".join(osat) + '</w:footnotes>').encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def yla_ala(doc, ylateksti=None, alateksti=None, sivunumero=True):
    s = doc.sections[0]
    if ylateksti:
        hp = s.header.paragraphs[0]
        hp.text = ylateksti
        hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    if alateksti:
        fp.text = alateksti + ("   " if sivunumero else "")
        for r in fp.runs:
            r.font.size = Pt(8)
    if sivunumero:
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        x = (f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
        fp._p.append(parse_xml(x))


def tekija(doc, nimi, otsikko_=None):
    cp = doc.core_properties
    cp.author = nimi
    cp.last_modified_by = nimi
    if otsikko_:
        cp.title = otsikko_


def tallenna(doc, polku):
    _kirjoita_alaviitteet(doc)
    os.makedirs(os.path.dirname(polku), exist_ok=True)
    doc.save(polku)
    return polku


def muunna(lahde, muoto, kohdepolku):
    """Muunna LibreOfficella (pdf/odt) ja siirrä nimellä kohdepolku."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", muoto, "--outdir", tmp, lahde],
                       check=True, capture_output=True, timeout=240)
        tulos = os.path.join(tmp, os.path.splitext(os.path.basename(lahde))[0] + "." + muoto)
        shutil.move(tulos, kohdepolku)
    return kohdepolku


def odotettu(polku_ilman_paatetta, doc_type, havainnot):
    with open(polku_ilman_paatetta + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": havainnot}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def kirjoita_teksti(polku, teksti):
    with open(polku, "w", encoding="utf-8") as f:
        f.write(teksti)
