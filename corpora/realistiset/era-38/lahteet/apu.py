# Apufunktiot: python-docx + raaka OOXML (muutosten seuranta, sisältöohjaimet, tekstiruudut)
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from xml.sax.saxutils import escape as e

W = nsdecls('w')

def uusi():
    return Document()

def otsikko(d, t, taso=1):
    return d.add_heading(t, level=taso)

def kappale(d, t, lihava=False):
    p = d.add_paragraph()
    r = p.add_run(t); r.bold = lihava
    return p

def lista(d, rivit, tyyli='List Bullet'):
    for r in rivit:
        d.add_paragraph(r, style=tyyli)

def taulukko(d, rivit, yhdista=()):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0]))
    t.style = 'Table Grid'
    for i, rivi in enumerate(rivit):
        for j, s in enumerate(rivi):
            t.cell(i, j).text = s
    for (r1, c1, r2, c2) in yhdista:
        a = t.cell(r1, c1); b = t.cell(r2, c2)
        teksti = a.text
        m = a.merge(b); m.text = teksti
    return t

def muutokset(d, osat, tekija='Mervi Kanto', pvm='2026-10-02T09:00:00Z'):
    """osat: lista (laji, teksti), laji = 'n' normaali, 'ins' lisätty, 'del' poistettu."""
    xml = f'<w:p {W}>'
    for i, (laji, t) in enumerate(osat):
        if laji == 'n':
            xml += f'<w:r><w:t xml:space="preserve">{e(t)}</w:t></w:r>'
        elif laji == 'ins':
            xml += f'<w:ins w:id="{900+i}" w:author="{tekija}" w:date="{pvm}"><w:r><w:t xml:space="preserve">{e(t)}</w:t></w:r></w:ins>'
        else:
            xml += f'<w:del w:id="{900+i}" w:author="{tekija}" w:date="{pvm}"><w:r><w:delText xml:space="preserve">{e(t)}</w:delText></w:r></w:del>'
    xml += '</w:p>'
    d.element.body.append(parse_xml(xml))
    siirra_sectpr(d)

def sisalto_ohjain(d, otsake, tag, arvo, etu=''):
    """Täytetty sisältöohjain (w:sdt) kappaleen sisällä."""
    xml = (f'<w:p {W}><w:r><w:t xml:space="preserve">{e(etu)}</w:t></w:r>'
           f'<w:sdt><w:sdtPr><w:alias w:val="{e(otsake)}"/><w:tag w:val="{e(tag)}"/><w:id w:val="{abs(hash(tag))%100000}"/></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{e(arvo)}</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    d.element.body.append(parse_xml(xml)); siirra_sectpr(d)

def tekstiruutu(d, teksti_ennen, ruudun_kappaleet):
    """Kappale, jonka sisään on ankkuroitu VML-tekstiruutu."""
    sis = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{e(k)}</w:t></w:r></w:p>' for k in ruudun_kappaleet)
    xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:t xml:space="preserve">{e(teksti_ennen)}</w:t></w:r>'
           f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tr1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:260pt;margin-top:0;width:200pt;height:110pt;z-index:1" stroked="t">'
           f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.append(parse_xml(xml)); siirra_sectpr(d)

def siirra_sectpr(d):
    b = d.element.body
    s = b.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if s is not None:
        b.remove(s); b.append(s)
