"""Apufunktiot profiilikorpuksen generointiin (python-docx)."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt

JUURI = Path(__file__).resolve().parent.parent


class Doc:
    """Ohut kääre: otsikot tyyleillä tai lihavoituina riveinä, taulukot."""

    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)

    def title(self, text):
        self.d.add_heading(text, level=0)

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def b(self, text):
        """Lihavoitu rivi otsikon sijaan (kuten oikeissa luonnoksissa)."""
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True

    def label(self, lab, value):
        """Lomakekenttä: lihavoitu nimike ja arvo samalla rivillä."""
        p = self.d.add_paragraph()
        r = p.add_run(lab + " ")
        r.bold = True
        p.add_run(value)

    def p(self, text):
        self.d.add_paragraph(text)

    def ul(self, items):
        for it in items:
            self.d.add_paragraph(it, style="List Bullet")

    def ol(self, items):
        for it in items:
            self.d.add_paragraph(it, style="List Number")

    def table(self, rows, header=True):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = cell
                if header and i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        self.d.add_paragraph("")

    def save(self, path):
        self.d.save(str(path))


def expected(path, profiili, doc_type, findings):
    data = {"profiilit": [profiili], "doc_type": doc_type, "findings": findings}
    p = Path(path)
    stem = p.name.rsplit(".", 1)[0]
    out = p.parent / (stem + ".expected.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
