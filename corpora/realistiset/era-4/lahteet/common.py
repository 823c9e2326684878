import copy, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from lxml import etree
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def el(tag, **attrs):
    e=etree.SubElement if False else None
    x=etree.Element(qn(tag))
    for k,v in attrs.items(): x.set(qn(k),v)
    return x
def run(text, bold=False, deleted=False):
    r=el('w:r')
    if bold:
        rpr=el('w:rPr'); rpr.append(el('w:b')); r.append(rpr)
    t=el('w:delText' if deleted else 'w:t'); t.text=text
    t.set('{http://www.w3.org/XML/1998/namespace}space','preserve'); r.append(t); return r
_id=[100]
def nid():
    _id[0]+=1; return str(_id[0])
def ins(p, text, author='Mikko Rantanen'):
    i=el('w:ins', **{'w:id':nid(),'w:author':author,'w:date':'2025-03-04T09:12:00Z'}); i.append(run(text)); p._p.append(i)
def dele(p, text, author='Mikko Rantanen'):
    d=el('w:del', **{'w:id':nid(),'w:author':author,'w:date':'2025-03-04T09:13:00Z'}); d.append(run(text, deleted=True)); p._p.append(d)
def plain(p, text, bold=False):
    p._p.append(run(text,bold))
def sdt_block(doc, text, tag='kentta', placeholder=False, before=None):
    """block-level content control holding one paragraph"""
    sdt=el('w:sdt'); pr=el('w:sdtPr')
    a=el('w:alias', **{'w:val':tag}); pr.append(a); pr.append(el('w:tag', **{'w:val':tag})); pr.append(el('w:id', **{'w:val':nid()}))
    if placeholder: pr.append(el('w:showingPlcHdr'))
    pr.append(el('w:text')); sdt.append(pr)
    c=el('w:sdtContent'); p=el('w:p'); p.append(run(text)); c.append(p); sdt.append(c)
    body=doc.element.body
    body.insert(len(body)-1, sdt)
    return sdt
def sdt_inline(p, text, tag='kentta', placeholder=False):
    sdt=el('w:sdt'); pr=el('w:sdtPr'); pr.append(el('w:tag', **{'w:val':tag})); pr.append(el('w:id', **{'w:val':nid()}))
    if placeholder: pr.append(el('w:showingPlcHdr'))
    sdt.append(pr); c=el('w:sdtContent'); c.append(run(text)); sdt.append(c); p._p.append(sdt)
def boldline(doc, text):
    p=doc.add_paragraph(); r=p.add_run(text); r.bold=True; return p
def paras(doc, text):
    for b in [x.strip() for x in text.strip().split('\n\n') if x.strip()]:
        if b.startswith('- '):
            for li in b.split('\n'):
                doc.add_paragraph(li[2:].strip(), style='List Bullet')
        else:
            doc.add_paragraph(' '.join(b.split('\n')))
def table(doc, rows, style='Table Grid'):
    t=doc.add_table(rows=len(rows), cols=len(rows[0])); t.style=style
    for i,r in enumerate(rows):
        for j,c in enumerate(r): t.cell(i,j).text=c
    return t
