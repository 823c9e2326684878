"""Apufunktiot era-48:n testiasiakirjojen tuottamiseen (python-docx)."""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt, Cm

LAHTEET = os.path.dirname(os.path.abspath(__file__))
KOHDE = os.path.dirname(LAHTEET)


def uusi(otsikko, alarivit=(), tekija=None):
    doc = Document()
    doc.core_properties.title = otsikko
    if tekija:
        doc.core_properties.author = tekija
    doc.core_properties.language = "fi-FI"
    for osio in doc.sections:
        osio.page_width, osio.page_height = Cm(21), Cm(29.7)
        osio.left_margin = osio.right_margin = Cm(2.5)
    tyyli = doc.styles["Normal"]
    tyyli.font.name = "Calibri"
    tyyli.font.size = Pt(11)
    doc.add_heading(otsikko, 0)
    for rivi in alarivit:
        doc.add_paragraph(rivi)
    return doc


def h(doc, teksti, taso=1):
    return doc.add_heading(teksti, taso)


def p(doc, *kappaleet):
    for k in kappaleet:
        doc.add_paragraph(k)


def lista(doc, kohdat, numeroitu=False):
    tyyli = "List Number" if numeroitu else "List Bullet"
    for k in kohdat:
        doc.add_paragraph(k, style=tyyli)


def taulukko(doc, otsakkeet, rivit):
    t = doc.add_table(rows=1, cols=len(otsakkeet))
    t.style = "Table Grid"
    for i, o in enumerate(otsakkeet):
        solu = t.rows[0].cells[i]
        solu.text = ""
        ajo = solu.paragraphs[0].add_run(o)
        ajo.bold = True
    for rivi in rivit:
        solut = t.add_row().cells
        for i, arvo in enumerate(rivi):
            solut[i].text = arvo
    leveys = Cm(16 / len(otsakkeet))
    for rivi in t.rows:
        for solu in rivi.cells:
            solu.width = leveys
    doc.add_paragraph()
    return t


def tallenna(doc, nimi, kansio=None):
    polku = os.path.join(kansio or KOHDE, nimi)
    doc.save(polku)
    return polku


def muunna(docx_polku, muoto, nimi):
    """Muuntaa .docx-lähteen LibreOfficella muotoon pdf/odt ja siirtää sen kohdekansioon nimellä nimi."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", muoto, "--outdir", tmp, docx_polku],
            check=True, capture_output=True,
        )
        perus = os.path.splitext(os.path.basename(docx_polku))[0]
        shutil.move(os.path.join(tmp, perus + "." + muoto), os.path.join(KOHDE, nimi))


def odotettu(nimi, doc_type, havainnot):
    perus = nimi.rsplit(".", 1)[0]
    with open(os.path.join(KOHDE, perus + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"doc_type": doc_type, "findings": havainnot}, f, ensure_ascii=False, indent=2)
        f.write("\n")
