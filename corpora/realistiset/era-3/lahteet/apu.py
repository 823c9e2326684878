"""Apufunktiot era-3-erän dokumenttien rakentamiseen (python-docx + raaka XML)."""
import copy, json, os
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.dirname(os.path.abspath(__file__))

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def body(doc):
    return doc.element.body

def append_block(doc, el):
    b = body(doc)
    sect = b.find(qn('w:sectPr'))
    if sect is not None:
        sect.addprevious(el)
    else:
        b.append(el)

def run_xml(t, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'

def sdt(doc, text, alias="Vastaus", placeholder=False):
    """Lohkotason sisältöohjausobjekti; placeholder=True jättää pohjatekstin näkyviin."""
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    if placeholder:
        text = "Kirjoita tekstiä napsauttamalla tai napauttamalla tätä."
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/>{ph}</w:sdtPr>'
         f'<w:sdtContent><w:p>{run_xml(text)}</w:p></w:sdtContent></w:sdt>')
    append_block(doc, parse_xml(x))

_REV = [900]
def tracked(doc, parts, author="Sanna K.", date="2026-02-11T09:14:00Z"):
    """parts: lista (laji, teksti), laji = 'n' tavallinen, 'i' lisätty, 'd' poistettu."""
    xs = []
    for _, (k, t) in enumerate(parts):
        _REV[0] += 1; i = _REV[0] - 900
        if k == 'n':
            xs.append(run_xml(t))
        elif k == 'i':
            xs.append(f'<w:ins w:id="{900+i}" w:author="{author}" w:date="{date}">{run_xml(t)}</w:ins>')
        else:
            xs.append(f'<w:del w:id="{900+i}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{esc(t)}</w:delText></w:r></w:del>')
    append_block(doc, parse_xml(f'<w:p {W}>' + ''.join(xs) + '</w:p>'))

def textbox(doc, paras, height=150):
    inner = ''.join(f'<w:p>{run_xml(t, bold=(i == 0))}</w:p>' for i, t in enumerate(paras))
    x = (f'<w:p {W} {V}><w:r><w:pict><v:shape id="tekstiruutu{len(paras)}" type="#_x0000_t202" '
         f'style="width:430pt;height:{height}pt" stroked="t"><v:textbox><w:txbxContent>{inner}'
         f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    append_block(doc, parse_xml(x))

def new_doc():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    return d

def render_docx(doc, items):
    """items: (laji, ...). Lajit: h1,h2,h3 (otsikkotyyli), b (lihavoitu rivi), p, li, num,
    kv (nimiö, arvo) samalla rivillä, lbl (nimiö omalla rivillä), table (rivit), sdt, sdtph, tr, tb."""
    for it in items:
        k = it[0]
        if k in ('h1', 'h2', 'h3'):
            doc.add_heading(it[1], level=int(k[1]))
        elif k == 'title':
            doc.add_heading(it[1], level=0)
        elif k == 'b':
            p = doc.add_paragraph(); p.add_run(it[1]).bold = True
        elif k == 'p':
            doc.add_paragraph(it[1])
        elif k == 'li':
            doc.add_paragraph(it[1], style='List Bullet')
        elif k == 'num':
            doc.add_paragraph(it[1], style='List Number')
        elif k == 'kv':
            p = doc.add_paragraph(); p.add_run(it[1] + ": ").bold = True; p.add_run(it[2])
        elif k == 'lbl':
            p = doc.add_paragraph(); p.add_run(it[1]).bold = True
        elif k == 'table':
            rows = it[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs: run.bold = True
        elif k == 'sdt':
            sdt(doc, it[1], alias=it[2] if len(it) > 2 else "Vastaus")
        elif k == 'sdtph':
            sdt(doc, "", alias=it[1], placeholder=True)
        elif k == 'tr':
            tracked(doc, it[1])
        elif k == 'tb':
            textbox(doc, it[1])
        elif k == 'fn':
            it[1](doc)
        else:
            raise ValueError(k)
    return doc

def render_text(items, md=True):
    out = []
    for it in items:
        k = it[0]
        if k == 'title': out.append(("# " if md else "") + it[1] + ("" if md else "\n" + "=" * len(it[1])))
        elif k == 'h1': out.append(("## " if md else "") + it[1])
        elif k == 'h2': out.append(("### " if md else "") + it[1])
        elif k == 'h3': out.append(("#### " if md else "") + it[1])
        elif k == 'b': out.append(f"**{it[1]}**" if md else it[1].upper() if len(it[1]) < 60 else it[1])
        elif k == 'p': out.append(it[1])
        elif k == 'li': out.append("- " + it[1])
        elif k == 'num': out.append(it[1])
        elif k == 'kv': out.append(f"{it[1]}: {it[2]}")
        elif k == 'lbl': out.append(it[1])
        elif k == 'table':
            rows = it[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n" +
                           "\n".join("| " + " | ".join(r) + " |" for r in rows[1:]))
            else:
                out.append("\n".join("  ".join(c.ljust(22) for c in r).rstrip() for r in rows))
        else:
            raise ValueError(k)
    return "\n\n".join(out) + "\n"

def save_expected(name, doc_type, findings):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": findings}, f, ensure_ascii=False, indent=1)
        f.write("\n")

def words(items):
    n = 0
    for it in items:
        for x in it[1:]:
            if isinstance(x, str): n += len(x.split())
            elif isinstance(x, list):
                for y in x:
                    if isinstance(y, str): n += len(y.split())
                    elif isinstance(y, (list, tuple)):
                        n += sum(len(z.split()) for z in y if isinstance(z, str))
    return n
