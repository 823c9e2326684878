"""Apufunktiot era-41-erän .docx-tiedostojen rakentamiseen (python-docx + lxml)."""
import copy
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')

_rev = [100]


def _next_id():
    _rev[0] += 1
    return _rev[0]


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def uusi(oletusfontti='Calibri', koko=11):
    d = Document()
    st = d.styles['Normal']
    st.font.name = oletusfontti
    st.font.size = Pt(koko)
    return d


def kappale(d, teksti='', tyyli=None, lihava=False, kursiivi=False):
    p = d.add_paragraph(style=tyyli)
    if teksti:
        r = p.add_run(teksti)
        r.bold = lihava
        r.italic = kursiivi
    return p


def lihava_otsikko(d, teksti):
    """Otsikko lihavoituna tavallisena kappaleena (ei otsikkotyyliä)."""
    return kappale(d, teksti, lihava=True)


def muutokset(d, osat, tekija='Kirjoittaja', pvm='2025-01-01T09:00:00Z', tyyli=None):
    """Kappale, jossa osat = [(teksti, None|'ins'|'del'|'b'), ...]; ins/del = jäljitetyt muutokset."""
    p = d.add_paragraph(style=tyyli)
    for teksti, laji in osat:
        if laji in (None, 'b'):
            r = p.add_run(teksti)
            if laji == 'b':
                r.bold = True
        elif laji == 'ins':
            el = parse_xml(f'<w:ins {NSDECL} w:id="{_next_id()}" w:author="{tekija}" w:date="{pvm}">'
                           f'<w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:ins>')
            p._p.append(el)
        elif laji == 'del':
            el = parse_xml(f'<w:del {NSDECL} w:id="{_next_id()}" w:author="{tekija}" w:date="{pvm}">'
                           f'<w:r><w:delText xml:space="preserve">{esc(teksti)}</w:delText></w:r></w:del>')
            p._p.append(el)
    return p


def sisaltokenttaan(p, alias, tag=None):
    """Kääri kappale lohkotason sisältöohjausobjektiin (w:sdt)."""
    tag = tag or alias
    sdt = parse_xml(f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
                    f'<w:id w:val="{_next_id() * 7919}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    p._p.addprevious(sdt)
    sdt.find(qn('w:sdtContent')).append(p._p)
    return sdt


def vastauskentta(d, kentta, vastaus, alias=None):
    """Verkkolomakkeen kenttä: otsikko + 'Vastaus:' + vastaus sisältöohjausobjektissa."""
    kappale(d, kentta, lihava=True)
    kappaleet = vastaus if isinstance(vastaus, list) else [vastaus]
    ens = True
    for v in kappaleet:
        p = d.add_paragraph()
        if ens:
            r = p.add_run('Vastaus: ')
            r.bold = True
            ens = False
        p.add_run(v)
        sisaltokenttaan(p, alias or kentta[:60])


def yla_ja_alatunniste(d, yla, ala):
    s = d.sections[0]
    s.header.paragraphs[0].text = yla
    s.footer.paragraphs[0].text = ala


def taulukko(d, rivit, tyyli='Table Grid', lihava_ensimmainen=True):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            c = t.cell(i, j)
            c.text = ''
            r = c.paragraphs[0].add_run(arvo)
            if i == 0 and lihava_ensimmainen:
                r.bold = True
    return t


# ---------------- alaviitteet ----------------
_FOOT_HEAD = (f'<w:footnotes {NSDECL}>'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


class Alaviitteet:
    def __init__(self, d):
        self.d = d
        self.viitteet = []

    def lisaa(self, p, teksti):
        """Lisää kappaleen p loppuun alaviiteviittaus; teksti menee footnotes.xml:ään."""
        n = len(self.viitteet) + 1
        self.viitteet.append((n, teksti))
        el = parse_xml(f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       f'<w:footnoteReference w:id="{n}"/></w:r>')
        p._p.append(el)

    def tallenna_osa(self):
        xml = _FOOT_HEAD
        for n, t in self.viitteet:
            xml += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
        xml += '</w:footnotes>'
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    xml.encode('utf-8'), self.d.part.package)
        self.d.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes')


# ---------------- tekstiruutu ----------------
def tekstiruutu(d, rivit, leveys_pt=430, korkeus_pt=120):
    """VML-tekstiruutu omassa kappaleessaan; rivit = lista (teksti, lihava)."""
    sis = ''
    for t, b in rivit:
        rpr = '<w:rPr><w:b/></w:rPr>' if b else ''
        sis += f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    p = d.add_paragraph()
    el = parse_xml(f'<w:r {NSDECL}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
                   f'<v:shape id="Tekstiruutu{_next_id()}" type="#_x0000_t202" '
                   f'style="width:{leveys_pt}pt;height:{korkeus_pt}pt" strokecolor="#1F4E79" fillcolor="#EAF1FB">'
                   f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(el)
    return p
