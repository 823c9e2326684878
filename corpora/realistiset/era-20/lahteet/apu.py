"""Apufunktiot era-20-erän dokumenttien rakentamiseen (python-docx + lxml)."""
import copy, json, os
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rid = [100]

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def uusi():
    d = Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    return d

def lihava(d, teksti):
    p = d.add_paragraph(); r = p.add_run(teksti); r.bold = True; return p

def kpl(d, teksti):
    return d.add_paragraph(teksti)

def taulu(d, rivit, tyyli='Table Grid'):
    t = d.add_table(rows=len(rivit), cols=len(rivit[0])); t.style = tyyli
    for i, rivi in enumerate(rivit):
        for j, arvo in enumerate(rivi):
            t.cell(i, j).text = arvo
    return t

def _id():
    _rid[0] += 1; return str(_rid[0])

def muutos_kpl(d, osat, tekija='Sanna K.'):
    """osat: lista (laji, teksti), laji = 'n' normaali, 'ins' lisätty, 'del' poistettu."""
    p = d.add_paragraph()
    for laji, teksti in osat:
        if laji == 'n':
            p.add_run(teksti)
        elif laji == 'ins':
            x = parse_xml(f'<w:ins {W} w:id="{_id()}" w:author="{tekija}" w:date="2025-11-20T10:00:00Z"><w:r><w:t xml:space="preserve">{esc(teksti)}</w:t></w:r></w:ins>')
            p._p.append(x)
        elif laji == 'del':
            x = parse_xml(f'<w:del {W} w:id="{_id()}" w:author="{tekija}" w:date="2025-11-20T10:00:00Z"><w:r><w:delText xml:space="preserve">{esc(teksti)}</w:delText></w:r></w:del>')
            p._p.append(x)
    return p

def sisaltokontrolli(d, otsikko, teksti=None):
    """Lohkotason sisältökontrolli. teksti=None -> täyttämätön, näyttää paikkamerkin."""
    if teksti is None:
        x = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(otsikko)}"/><w:tag w:val="{esc(otsikko)}"/><w:id w:val="{_id()}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                      f'<w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    else:
        kpls = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in teksti.split('\n'))
        x = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(otsikko)}"/><w:tag w:val="{esc(otsikko)}"/><w:id w:val="{_id()}"/><w:text w:multiLine="1"/></w:sdtPr>'
                      f'<w:sdtContent>{kpls}</w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, x)
    return x

def tekstilaatikko(d, rivit):
    """VML-tekstilaatikko kappaleen sisällä."""
    sis = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in rivit)
    x = parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape id="Tekstilaatikko{_id()}" type="#_x0000_t202" style="width:420pt;height:110pt" stroked="t">'
        f'<v:textbox><w:txbxContent>{sis}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph(); p._p.append(x); return p

def tallenna(d, nimi, odotus):
    d.save(os.path.join(OUT, nimi))
    kirjoita_odotus(nimi, odotus)

def kirjoita_odotus(nimi, odotus):
    base = nimi.rsplit('.', 1)[0]
    with open(os.path.join(OUT, base + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(odotus, f, ensure_ascii=False, indent=1); f.write('\n')

def tallenna_teksti(nimi, teksti, odotus):
    with open(os.path.join(OUT, nimi), 'w', encoding='utf-8') as f:
        f.write(teksti)
    kirjoita_odotus(nimi, odotus)
