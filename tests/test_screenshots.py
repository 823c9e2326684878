"""Screenshots of what a person sees: the text report at 80 and 160 columns and a Word comment.

A reviewer looks at these in tests/output/ (gitignored) instead of trusting the assertions alone:
a table cut at 80 columns or a comment that does not say how serious it is shows at a glance. The
Word comment goes through LibreOffice's PDF export (comments as PDF notes) and poppler's renderer,
as close to opening the copy in an office suite as a headless machine gets.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from suunnitelmatarkastin.cli import tarkasta
from suunnitelmatarkastin.models import Report
from suunnitelmatarkastin.report.annotate import annotated_path
from suunnitelmatarkastin.report.text import SEVERITY_LABELS, render_text, totals_line

from .conftest import OSMO

pytestmark = pytest.mark.slow

OUTPUT = Path(__file__).resolve().parent / "output"
SOFFICE = shutil.which("soffice")
PDFTOPPM = shutil.which("pdftoppm")
# LibreOffice leaves comments out of a PDF unless told to export them (as PDF notes; 7.4 has no
# comments-in-margin export, so the image shows the page and its note marker).
PDF_WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
SEVERITY_WORDS = {"error": "Virhe", "warning": "Varoitus", "info": "Huomio"}


@pytest.mark.parametrize("width", [80, 160])
def test_text_report_screenshot(osmo_report, kaiku_report, width):
    """A batch of two: each document's panel, the summary table and its totals, at the given width."""
    report = Report(documents=[osmo_report, kaiku_report])
    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=True, color_system="truecolor")
    render_text(report, console)
    text = console.export_text(clear=False)
    lines = text.splitlines()
    totals = totals_line(report)  # printed soft-wrapped: the terminal folds it, not rich
    assert all(len(line) <= width for line in lines if line != totals), "raportti ei mahdu päätteen leveyteen"
    assert totals in lines
    assert "Yhteenveto" in text and "2 asiakirjaa" in text
    for document in report.documents:  # each severity group with its count, as the reader scans them
        for severity in ("error", "warning", "info"):
            if document.count(severity):
                assert f"{SEVERITY_LABELS[severity]} ({document.count(severity)})" in text
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / f"tekstiraportti-{width}.svg"
    console.save_svg(str(target), title=f"tarkasta – {width} saraketta")
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Yhteenveto" in svg
    assert svg.count("<text") >= len(lines)  # every line drawn, not an empty frame


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) ei ole asennettu, joten Word-kommentista ei tehdä kuvaa")
@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (Debianin poppler-utils) ei ole asennettu, joten Word-kommentista ei tehdä kuvaa")
def test_word_comment_screenshot(tmp_path, osmo_report):
    """The --merkitse copy as an office suite shows it: the comment starts with its severity word."""
    plan = tmp_path / OSMO.name
    shutil.copyfile(OSMO, plan)
    result = CliRunner().invoke(tarkasta, ["--merkitse", str(plan)])
    assert result.exit_code in (0, 1), result.output
    copy = annotated_path(plan)
    assert copy.exists(), result.output

    converted = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profiili", "--headless", "--convert-to", PDF_WITH_COMMENTS,
         "--outdir", str(tmp_path), str(copy)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = tmp_path / (copy.stem + ".pdf")
    assert converted.returncode == 0 and pdf.exists(), converted.stderr

    comments = _pdf_comments(pdf)
    severity = SEVERITY_WORDS[osmo_report.findings[0].severity]
    assert any(text.startswith(f"{severity}:") for _, text in comments), f"kommentin vakavuussana puuttuu PDF:stä: {comments}"
    assert len(comments) == len(osmo_report.findings)

    OUTPUT.mkdir(exist_ok=True)
    shutil.copyfile(pdf, OUTPUT / "word-kommentti.pdf")
    page = comments[0][0]
    prefix = OUTPUT / "word-kommentti"
    for old in OUTPUT.glob("word-kommentti*.png"):
        old.unlink()
    subprocess.run([PDFTOPPM, "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
                   check=True, timeout=120)
    data = (OUTPUT / "word-kommentti.png").read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a rendered page, not a blank one


def _pdf_comments(pdf: Path) -> list[tuple[int, str]]:
    """(page number from 1, text) of each comment LibreOffice exported as a PDF note."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            for annotation in map(resolve1, resolve1(page.page_obj.annots) or []):
                if annotation.get("Subtype") and annotation["Subtype"].name == "Text":
                    raw = resolve1(annotation.get("Contents")) or b""
                    found.append((number, raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")))
    return found
