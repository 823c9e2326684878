"""Apufunktiot era-45:n testiasiakirjojen tuottamiseen (python-docx + raaka XML).

Tarjoaa: otsikot, lihavoidut väliotsikot, luettelot, taulukot yhdistetyillä soluilla,
jäljitetyt muutokset (w:ins / w:del), sisällönhallintaohjausobjektit (w:sdt),
alaviitteet, tekstiruudut sekä ylä- ja alatunnisteet.
"""
import itertools
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

KANSIO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAHTEET = os.path.join(KANSIO, "lahteet")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_id = itertools.count(100)


def uusi(fontti="Calibri", koko=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = fontti
    st.font.size = Pt(koko)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    doc._alaviitteet = []
    return doc


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def otsikko(doc, teksti, taso=1):
    return doc.add_heading(teksti, level=taso)


def lihava(doc, teksti, koko=None, kursiivi=False):
    """Lihavoitu kappale väliotsikon tapaan (ei otsikkotyyliä)."""
    p = doc.add_paragraph()
    r = p.add_run(teksti)
    r.bold = True
    r.italic = kursiivi
    if koko:
        r.font.size = Pt(koko)
    return p


def kappale(doc, teksti="", tyyli=None, lihavaalku=None):
    p = doc.add_paragraph(style=tyyli)
    if lihavaalku:
        r = p.add_run(lihavaalku)
        r.bold = True
    if teksti:
        p.add_run(teksti)
    return p


def luettelo(doc, rivit, tyyli="List Bullet"):
    return [doc.add_paragraph(r, style=tyyli) for r in rivit]


def taulukko(doc, rivit, otsikkorivit=1, yhdista=(), leveydet=None, tyyli="Table Grid", koko=None):
    """rivit: lista listoja. yhdista: ((r0,c0),(r1,c1)) -parit; yhdistetyn alueen teksti
    otetaan vasemman yläkulman solusta."""
    nrows = len(rivit)
    ncols = max(len(r) for r in rivit)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j in range(ncols):
            teksti = rivi[j] if j < len(rivi) else ""
            solu = t.cell(i, j)
            osat = teksti.split("\n") if teksti else [""]
            solu.paragraphs[0].text = osat[0]
            for o in osat[1:]:
                solu.add_paragraph(o)
            if i < otsikkorivit:
                for p in solu.paragraphs:
                    for r in p.runs:
                        r.bold = True
            if koko:
                for p in solu.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(koko)
    for (a, b) in yhdista:
        vasen = t.cell(*a)
        teksti = vasen.text
        m = vasen.merge(t.cell(*b))
        # merge yhdistää tekstit; palautetaan vain vasemman yläkulman teksti
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = teksti.split("\n")[0]
        if a[0] < otsikkorivit:
            for r in m.paragraphs[0].runs:
                r.bold = True
    if leveydet:
        for rivi in t.rows:
            for j, w in enumerate(leveydet):
                if j < len(rivi.cells):
                    rivi.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def _run_xml(teksti, lihava=False, poisto=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if lihava else ""
    tag = "w:delText" if poisto else "w:t"
    return f'<w:r {nsdecls("w")}>{rpr}<{tag} xml:space="preserve">{_esc(teksti)}</{tag}></w:r>'


def muutoksin(doc_tai_solu, osat, tekija="Tekijä", pvm="2025-11-10T09:00:00Z", tyyli=None):
    """Kappale, jossa on jäljitettyjä muutoksia. osat: [('t', teksti), ('ins', teksti), ('del', teksti)]."""
    p = doc_tai_solu.add_paragraph(style=tyyli)
    for laji, teksti in osat:
        if laji == "t":
            p._p.append(parse_xml(_run_xml(teksti)))
        elif laji == "ins":
            x = (f'<w:ins {nsdecls("w")} w:id="{next(_id)}" w:author="{tekija}" w:date="{pvm}">'
                 f'{_run_xml(teksti)}</w:ins>')
            p._p.append(parse_xml(x))
        elif laji == "del":
            x = (f'<w:del {nsdecls("w")} w:id="{next(_id)}" w:author="{tekija}" w:date="{pvm}">'
                 f'{_run_xml(teksti, poisto=True)}</w:del>')
            p._p.append(parse_xml(x))
    return p


def poistettu_kappale(doc, teksti, tekija="Tekijä", pvm="2025-11-10T09:00:00Z"):
    """Kokonaan poistetuksi merkitty kappale (myös kappalemerkki poistettu)."""
    p = doc.add_paragraph()
    ppr = parse_xml(f'<w:pPr {nsdecls("w")}><w:rPr><w:del w:id="{next(_id)}" w:author="{tekija}" '
                    f'w:date="{pvm}"/></w:rPr></w:pPr>')
    p._p.insert(0, ppr)
    x = (f'<w:del {nsdecls("w")} w:id="{next(_id)}" w:author="{tekija}" w:date="{pvm}">'
         f'{_run_xml(teksti, poisto=True)}</w:del>')
    p._p.append(parse_xml(x))
    return p


def sdt_kentta(p, teksti, tag="kentta", alias=None, lihava=False):
    """Lisää kappaleeseen rivinsisäisen sisällönhallintaohjausobjektin (tekstikenttä)."""
    alias = alias or tag
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{_esc(tag)}"/>'
         f'<w:id w:val="{next(_id)}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
         f'{_run_xml(teksti, lihava=lihava)}</w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))
    return p


def kentta(doc_tai_solu, nimi, arvo, tag=None):
    """Lomakekenttä: 'Nimi: ' + sdt-arvo samassa kappaleessa."""
    p = doc_tai_solu.add_paragraph()
    r = p.add_run(nimi + " ")
    r.bold = True
    sdt_kentta(p, arvo, tag=tag or nimi[:30])
    return p


def solu_sdt(solu, teksti, tag="solu"):
    """Korvaa taulukon solun sisällön sdt-kentällä."""
    p = solu.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    sdt_kentta(p, teksti, tag=tag)


def sdt_lohko(doc, kappaleet, tag="lohko", alias=None):
    """Siirtää annetut (jo lisätyt) kappaleet lohkotason sdt-elementin sisään."""
    alias = alias or tag
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/>'
                    f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{next(_id)}"/></w:sdtPr>'
                    f'<w:sdtContent/></w:sdt>')
    eka = kappaleet[0]._p
    eka.addprevious(sdt)
    sisalto = sdt.find(qn("w:sdtContent"))
    for k in kappaleet:
        sisalto.append(k._p)
    return sdt


def alaviite(doc, p, teksti):
    """Lisää alaviitteen kappaleen p loppuun. Osa luodaan tallennettaessa (tallenna)."""
    nro = len(doc._alaviitteet) + 1
    doc._alaviitteet.append(teksti)
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{nro}"/></w:r>'))
    return nro


def _alaviiteosa(doc):
    if not doc._alaviitteet:
        return
    osat = [f'<w:footnotes {nsdecls("w")}>',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>']
    for i, t in enumerate(doc._alaviitteet, 1):
        osat.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>')
    osat.append("</w:footnotes>")
    blob = "".join(osat).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def tekstiruutu(doc, kappaleet, leveys_pt=440, korkeus_pt=120, otsikko_teksti=None):
    """VML-tekstiruutu omaan kappaleeseensa. kappaleet: lista tekstejä."""
    sis = ""
    if otsikko_teksti:
        sis += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(otsikko_teksti)}</w:t></w:r></w:p>'
    for t in kappaleet:
        sis += f'<w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
    x = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         f'<v:shape id="Tekstiruutu{next(_id)}" type="#_x0000_t202" '
         f'style="width:{leveys_pt}pt;height:{korkeus_pt}pt" fillcolor="#eef3f8" strokecolor="#4f81bd">'
         f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(x))
    return p


def _kentta_run(koodi):
    return parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{koodi}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')


def tunnisteet(doc, yla=None, ala=None, sivunumero=True):
    for s in doc.sections:
        if yla is not None:
            hp = s.header.paragraphs[0]
            hp.text = yla
            for r in hp.runs:
                r.font.size = Pt(8)
        if ala is not None or sivunumero:
            fp = s.footer.paragraphs[0]
            fp.text = (ala or "") + ("   Sivu " if sivunumero else "")
            if sivunumero:
                fp._p.append(_kentta_run(" PAGE "))
            for r in fp.runs:
                r.font.size = Pt(8)
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def sivunvaihto(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tallenna(doc, nimi, kansio=None, tekija=None, otsikko_meta=None):
    _alaviiteosa(doc)
    if tekija:
        doc.core_properties.author = tekija
        doc.core_properties.last_modified_by = tekija
    if otsikko_meta:
        doc.core_properties.title = otsikko_meta
    polku = os.path.join(kansio or KANSIO, nimi)
    doc.save(polku)
    return polku


def muunna(lahde, muoto):
    """Muuntaa lahteet/-kansion .docx:n LibreOfficella (pdf|odt) asiakirjakansioon."""
    subprocess.run(["soffice", "--headless", "--convert-to", muoto, "--outdir", KANSIO, lahde],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(KANSIO, os.path.splitext(os.path.basename(lahde))[0] + "." + muoto)
