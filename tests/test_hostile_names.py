"""File names and document text are data in every output: one batch of hostile names and headings
gives every format's report complete, free of control sequences, with the exit status the findings
give; a fault while reporting one document is that document's error."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from suunnitelmatarkastin import cli
from suunnitelmatarkastin.models import DocumentReport, Finding, Location, Report
from suunnitelmatarkastin.report import exporters, html, text
from suunnitelmatarkastin.report.safe_text import for_csv, name_for_terminal

# Each name is a path below the batch folder: "/" inside a name makes folders, as a received zip would.
NAMES = [
    b"[/x].md",
    b"[link=file:/etc/passwd]x[/link].md",
    b"[bold red]lihava[/].md",
    b"\x1b]0;otsikko\x07\x1b[2Jtyhjenna.md",
    b"rivi\nvaihto.md",
    b"pl\xe4n-latin1.md",
    b"\xff\xfe-rikki.md",
    b"=1+1.md",
    b"@SUM(A1).md",
    b"+kaava.md",
    b"-2+3.md",
    b"\tsarkain.md",
]
# A plan whose heading and goal carry escape sequences, a C1 CSI, a bell and a C0 control.
BODY = (
    "# Tau\x1b[31msta\n\n"
    "Kylän nuorilla ei ole harrastuspaikkaa, ja he matkustavat iltaisin kaupunkiin harrastamaan. "
    "Koulun liikuntasali on varattu aikuisille, eikä kylässä ole nuorisotilaa. Vanhemmat kuljettavat "
    "lapsiaan harrastuksiin pitkiä matkoja, mikä vie aikaa ja rahaa. Kunnan nuorisotyö käy kylässä "
    "kerran kuussa. Nuorten kyselyssä moni toivoi omaa kokoontumispaikkaa ja ohjattua toimintaa. "
    "Kylätalo on tyhjillään suurimman osan viikosta, ja sen voisi ottaa nuorten käyttöön iltaisin.\n\n"
    "# Tavoitteet\n\n"
    "- Nuoret \x1b]0;kaapattu\x07harrastavat \x9b2Jkotikylässä\x01 viikoittain.\n"
)
_FORBIDDEN = ("\x1b", "\x07", "\x9b", "\x01", "\x08")


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("nimet")
    folder = root / "hak"
    folder.mkdir()
    for name in NAMES:
        path = os.path.join(os.fsencode(folder), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(BODY.encode("utf-8"))
    return root


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "from suunnitelmatarkastin.cli import tarkasta_main; tarkasta_main()"]
    return subprocess.run([*command, "--rinnakkain", "2", "--tyyppi", "hankesuunnitelma", *args, "hak"], cwd=root, capture_output=True, timeout=600)


def _clean(data: str) -> None:
    for control in _FORBIDDEN:
        assert control not in data, repr(control)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "teksti", "html", "csv", "xlsx"])
def test_every_format_reports_every_hostile_name(batch, fmt):
    output = batch / f"raportti.{fmt}"
    run = _run(batch, "--muoto", fmt, "--tuloste", str(output))
    assert b"Traceback" not in run.stderr, run.stderr.decode(errors="replace")
    assert run.returncode == 1, run.stderr.decode(errors="replace")  # errors found, none unreadable
    count = len(NAMES)
    if fmt == "xlsx":
        workbook = openpyxl.load_workbook(output)
        rows = list(workbook["Yhteenveto"].iter_rows(min_row=2, values_only=True))
        lukuvirhe = exporters.SUMMARY_COLUMNS.index("lukuvirhe")
        assert len(rows) == count and all(row[lukuvirhe] is None for row in rows)
        cells = [str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
        _clean("".join(cells))
        assert any("harrastavat" in c for c in cells)
        return
    data = output.read_bytes().decode("utf-8-sig")  # every format is valid UTF-8
    _clean(data)
    if fmt == "json":
        documents = json.loads(data)["documents"]
        assert len(documents) == count and all(d["error"] is None and d["findings"] for d in documents)
        raw = {d["path"]: d.get("path_bytes") for d in documents}
        assert raw["hak/pl\ufffdn-latin1.md"] == "hak/pl\\xe4n-latin1.md"
        assert raw["hak/\ufffd\ufffd-rikki.md"] == "hak/\\xff\\xfe-rikki.md"
        assert raw["hak/[/x].md"] is None and "hak/rivi\nvaihto.md" in raw
    elif fmt == "teksti":
        for name in ("hak/[/x].md", "hak/[link=file:/etc/passwd]x[/link].md", "hak/rivi\\nvaihto.md", "hak/pl\ufffdn-latin1.md", "\\x1b[2Jtyhjenna.md"):
            assert name in data, name
        assert "harrastavat" in data and "Yhteenveto" in data
    elif fmt == "html":
        assert data.count('<article class="asiakirja') == count
        assert "[link=file:/etc/passwd]x[/link]" in data and 'href="file:' not in data
    else:
        rows = list(csv.reader(io.StringIO(data), delimiter=";"))
        names = [row[0] for row in rows[1:]]  # one row per finding, each with its document's path
        assert len(set(names)) == count
        assert all(not name.startswith(("=", "+", "-", "@", "\t", "\r")) for name in names)
        assert "hak/=1+1.md" in names and "hak/rivi\nvaihto.md" in names


@pytest.mark.slow
def test_text_report_on_standard_output_has_no_control_sequences(batch):
    run = _run(batch)
    assert run.returncode == 1, run.stderr.decode(errors="replace")
    shown = run.stdout.decode("utf-8")
    _clean(shown)
    assert shown.count("Asiakirjatyyppi:") == len(NAMES)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["teksti", "html", "xlsx"])
def test_hostile_names_checked_as_one_project_stay_data(batch, fmt):
    """With --hanke the names also stand in the project's card, sheet name and findings."""
    output = batch / f"hanke.{fmt}"
    run = _run(batch, "--hanke", "--muoto", fmt, "--tuloste", str(output))
    assert b"Traceback" not in run.stderr and run.returncode == 1, run.stderr.decode(errors="replace")
    if fmt == "xlsx":
        workbook = openpyxl.load_workbook(output)
        assert any(name.startswith("Hanke") for name in workbook.sheetnames)
        _clean("".join(str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v is not None))
        _clean("".join(workbook.sheetnames))
    else:
        _clean(output.read_text(encoding="utf-8-sig"))


def test_cells_that_look_like_formulas_are_neutralised():
    for value in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@A1", "\tpiilo", "\rrivi"):
        assert for_csv(value).startswith("'"), value
    for value in ("Tavoite 1", "2026", "– ajatusviiva", "'jo lainattu"):
        assert for_csv(value) == value
    assert for_csv("väli\x01\x1fmerkit") == "välimerkit"


def test_names_are_one_line_and_show_their_odd_bytes():
    assert name_for_terminal("a\nb\x1b[2J.md") == "a\\nb\\x1b[2J.md"
    assert name_for_terminal(os.fsdecode(b"p\xe4.md")) == "p\ufffd.md"
    assert name_for_terminal("[/x].md") == "[/x].md"


def _report() -> Report:
    finding = Finding(rule="testi", severity="error", message="Viesti", hint="Ohje", location=Location(section="rikkoutuu"))
    good = Finding(rule="testi", severity="warning", message="Viesti", hint="Ohje", location=Location(section="kunnossa"))
    return Report(
        documents=[
            DocumentReport(path="a.md", doc_type="hankesuunnitelma", findings=[finding]),
            DocumentReport(path="b.md", doc_type="hankesuunnitelma", findings=[good]),
        ]
    )


@pytest.mark.parametrize("fmt", ["teksti", "html"])
def test_fault_in_reporting_one_document_is_that_documents_error(monkeypatch, fmt):
    original = text.place

    def fragile(location):
        if location.section == "rikkoutuu":
            raise IndexError("testi")
        return original(location)

    monkeypatch.setattr(text, "place", fragile)
    monkeypatch.setattr(html, "place", fragile)
    monkeypatch.setattr(cli, "run_batch", lambda *args, **kwargs: _report().documents)
    result = CliRunner().invoke(cli.tarkasta, ["--muoto", fmt, "a.md", "b.md"])
    assert result.exit_code == 2, result.output
    assert "raportin laatiminen" in result.output and "(IndexError)" in result.output
    assert "kunnossa" in result.output, "the other document is reported in full"


def test_xlsx_and_csv_carry_control_characters_safely(tmp_path):
    report = Report(documents=[DocumentReport(path="=x\x01.md", doc_type="hankesuunnitelma", findings=[Finding(rule="r", severity="info", message="a\x02b", hint="\x1bc")])])
    exporters.render_xlsx(report, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Havainnot"]
    row = next(sheet.iter_rows(min_row=2, values_only=True))
    column = exporters.FINDING_COLUMNS.index
    assert row[0] == "=x.md" and row[column("viesti")] == "ab" and row[column("korjausohje")] == "c"
    assert exporters.render_csv(report).splitlines()[1].startswith("'=x.md;")
