"""Yhteiset apufunktiot era-42-erän .docx-tiedostojen tuottamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def uusi():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def lihava(doc, teksti, koko=None):
    p = doc.add_paragraph()
    r = p.add_run(teksti)
    r.bold = True
    if koko:
        r.font.size = Pt(koko)
    return p


def kappale(doc, teksti, tyyli=None):
    return doc.add_paragraph(teksti, style=tyyli) if tyyli else doc.add_paragraph(teksti)


def luettelo(doc, rivit, tyyli="List Bullet"):
    return [doc.add_paragraph(r, style=tyyli) for r in rivit]


def taulukko(doc, rivit, otsikkorivi=True, tyyli="Table Grid"):
    t = doc.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = arvo
            if otsikkorivi and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def yla_ala(doc, yla=None, ala=None):
    s = doc.sections[0]
    if yla:
        s.header.paragraphs[0].text = yla
    if ala:
        s.footer.paragraphs[0].text = ala


# ---------------------------------------------------------------- alaviitteet
_FN_HEAD = (
    '<w:footnotes %s>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
) % nsdecls("w")


class Alaviitteet:
    def __init__(self, doc):
        self.doc = doc
        self.viitteet = []

    def lisaa(self, paragraph, teksti):
        n = len(self.viitteet) + 1
        self.viitteet.append(teksti)
        r = parse_xml(
            '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), n)
        )
        paragraph._p.append(r)

    def kirjoita(self):
        from xml.sax.saxutils import escape
        body = "".join(
            '<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (i + 1, escape(t))
            for i, t in enumerate(self.viitteet)
        )
        blob = (_FN_HEAD + body + "</w:footnotes>").encode("utf-8")
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            blob,
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- muutosten jäljitys
_rev = [100]


def _seuraava():
    _rev[0] += 1
    return _rev[0]


def lisatty(paragraph, teksti, tekija="Anu K.", pvm="2025-10-02T09:14:00Z"):
    from xml.sax.saxutils import escape
    el = parse_xml(
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), _seuraava(), tekija, pvm, escape(teksti))
    )
    paragraph._p.append(el)


def poistettu(paragraph, teksti, tekija="Anu K.", pvm="2025-10-02T09:14:00Z"):
    from xml.sax.saxutils import escape
    el = parse_xml(
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), _seuraava(), tekija, pvm, escape(teksti))
    )
    paragraph._p.append(el)


def poistettu_kappale(doc, teksti, tekija="Anu K.", pvm="2025-10-02T09:14:00Z"):
    """Koko kappale poistettu muutosten jäljityksellä (myös kappalemerkki)."""
    from xml.sax.saxutils import escape
    p = doc.add_paragraph()
    ppr = parse_xml(
        '<w:pPr %s><w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>'
        % (nsdecls("w"), _seuraava(), tekija, pvm)
    )
    p._p.insert(0, ppr)
    poistettu(p, teksti, tekija, pvm)
    return p


# ---------------------------------------------------------------- sisältökomponentit
def sdt_ajo(paragraph, teksti, alias, tag=None):
    from xml.sax.saxutils import escape
    el = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
        '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, tag or alias, _seuraava() * 7919, escape(teksti))
    )
    paragraph._p.append(el)


def sdt_lohko(doc, kappaleet, alias, tag=None):
    """Lohkotason sisältökomponentti, jonka sisällä on yksi tai useampi kappale."""
    from xml.sax.saxutils import escape
    ps = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(k) for k in kappaleet
    )
    el = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
        '<w:sdtContent>%s</w:sdtContent></w:sdt>'
        % (nsdecls("w"), alias, tag or alias, _seuraava() * 7919, ps)
    )
    body = doc.element.body
    body.insert(len(body) - 1, el)  # ennen sectPr:ää
    return el


# ---------------------------------------------------------------- tekstiruutu (VML)
def tekstiruutu(doc, rivit, leveys="140pt", korkeus="110pt"):
    from xml.sax.saxutils import escape
    ps = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(k) for k in rivit
    )
    p = doc.add_paragraph()
    el = parse_xml(
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<w:pict><v:shape id="Tekstiruutu%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:%s;height:%s" '
        'fillcolor="#eef5ea" strokecolor="#5a7d4a"><v:textbox><w:txbxContent>%s</w:txbxContent>'
        '</v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
        % (nsdecls("w"), _seuraava(), _seuraava(), leveys, korkeus, ps)
    )
    p._p.append(el)
    return p
