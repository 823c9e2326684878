"""Outputs beyond the terminal: Word comments (--merkitse), HTML, CSV and XLSX."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from rich.console import Console

from suunnitelmatarkastin.models import BlockKind, DocumentReport, Finding, Location, Report
from suunnitelmatarkastin.read import read_document
from suunnitelmatarkastin.report import exporters, writers
from suunnitelmatarkastin.report.annotate import (
    AUTHOR,
    INITIALS,
    annotate_all,
    annotated_path,
    block_anchors,
    comment_text,
    summary_text,
)
from suunnitelmatarkastin.report.html import render_html

from .conftest import CORPORA, KAIKU, OSMO

# ---------------------------------------------------------------- helpers


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _quiet() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=200), buffer


def _anchored_texts(path: Path) -> dict[int, str]:
    """Comment id → the text between its range start and end in the saved document.xml."""
    body = docx.Document(str(path)).element.body
    open_ids: set[int] = set()
    texts: dict[int, list[str]] = {}
    for node in body.iter():
        if node.tag == qn("w:commentRangeStart"):
            cid = int(node.get(qn("w:id")))
            open_ids.add(cid)
            texts[cid] = []
        elif node.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(node.get(qn("w:id"))))
        elif node.tag in (qn("w:p"), qn("w:tab"), qn("w:br"), qn("w:t")):
            piece = node.text if node.tag == qn("w:t") else " "
            for cid in open_ids:
                texts[cid].append(piece or "")
    return {cid: " ".join("".join(parts).split()) for cid, parts in texts.items()}


def _probe_findings(path: Path) -> list[Finding]:
    """Findings at every heading, at table cells and without a place: each kind of anchor."""
    blocks = read_document(path).blocks
    chosen = [b for b in blocks if b.kind is BlockKind.heading]
    chosen += [b for b in blocks if b.kind is BlockKind.table_cell][:3]
    probes = [
        Finding(rule="testi.kohta", severity="info", message=f"Koetin kohdassa {b.index}", hint="ei mitään", location=Location(paragraph=b.index))
        for b in chosen
    ]
    probes.append(Finding(rule="testi.ei-kohtaa", severity="warning", message="Koko asiakirjaa koskeva", hint="ei mitään"))
    return probes


@pytest.fixture(params=["osmo", "kaiku"])
def checked_copy(request, tmp_path) -> DocumentReport:
    """A real corpus .docx copied to tmp, with its real findings plus probes at known places."""
    source = OSMO if request.param == "osmo" else KAIKU
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    real = request.getfixturevalue(f"{request.param}_report")
    return DocumentReport(path=str(copy), doc_type=real.doc_type, findings=[*real.findings, *_probe_findings(copy)])


# ---------------------------------------------------------------- --merkitse


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.docx")), ids=lambda p: p.name)
def test_every_block_finds_its_place_in_the_docx(path):
    content = read_document(path)
    anchors = block_anchors(docx.Document(str(path)), content)
    assert len(anchors) == len(content.blocks)
    for block in content.blocks:
        anchor = anchors[block.index]
        paragraphs = anchor.paragraphs if block.kind is BlockKind.table_cell else [anchor]
        assert " ".join(" ".join(p.text for p in paragraphs).split()) == block.text


def test_annotated_copy_has_one_comment_per_finding_at_its_place(checked_copy):
    original = Path(checked_copy.path)
    before = _digest(original)
    console, said = _quiet()
    annotate_all(Report(documents=[checked_copy]), console)

    target = annotated_path(original)
    assert target.name == original.stem + ".tarkastettu.docx"
    assert f"tallennettu: {target} (" in said.getvalue()
    assert _digest(original) == before

    whole = [f for f in checked_copy.findings if f.location.paragraph is None]
    placed = [f for f in checked_copy.findings if f.location.paragraph is not None]
    comments = list(docx.Document(str(target)).comments)
    assert whole and len(comments) == len(placed) + 1  # the whole-document findings share one comment
    assert comments[0].text == summary_text(whole)
    assert [c.text for c in comments[1:]] == [comment_text(f) for f in placed]
    assert {(c.author, c.initials) for c in comments} == {(AUTHOR, INITIALS)}
    assert comments[1].text.split("\n")[1].startswith("Korjaa: ")

    blocks = read_document(original).blocks
    title = next((b for b in blocks if b.kind is BlockKind.title), blocks[0])
    anchored = _anchored_texts(target)
    assert anchored[comments[0].comment_id] == title.text
    for comment, finding in zip(comments[1:], placed):
        expected = blocks[finding.location.paragraph].text
        quoted = re.search(r"”([^”]+)”", finding.message)
        if finding.rule == "rakenne.pohjateksti" and quoted and quoted.group(1) in expected:
            assert quoted.group(1) in anchored[comment.comment_id] and len(anchored[comment.comment_id]) <= len(expected)
        else:
            assert anchored[comment.comment_id] == expected, (finding.rule, finding.location.paragraph)


def test_earlier_copy_is_replaced_not_added_to(checked_copy):
    console, _ = _quiet()
    report = Report(documents=[checked_copy])
    annotate_all(report, console)
    first = len(docx.Document(str(annotated_path(checked_copy.path))).comments)
    annotate_all(report, console)
    assert len(docx.Document(str(annotated_path(checked_copy.path))).comments) == first > 1


@pytest.mark.parametrize("foreign", [b"omat muistiinpanot", None], ids=["muu-tiedosto", "oma-docx"])
def test_someone_elses_file_at_the_target_name_is_kept(tmp_path, foreign):
    original = tmp_path / "suunnitelma.docx"
    shutil.copyfile(KAIKU, original)
    target = annotated_path(original)
    if foreign is None:
        docx.Document().save(str(target))  # a user's own Word file with our name
    else:
        target.write_bytes(foreign)
    before = _digest(target)
    console, said = _quiet()
    finding = Finding(rule="testi", severity="error", message="Viesti", hint="Ohje")
    annotate_all(Report(documents=[DocumentReport(path=str(original), doc_type="loppuraportti", findings=[finding])]), console)
    assert _digest(target) == before
    assert "ei korvata" in said.getvalue()


def test_empty_table_cell_gets_an_anchor_run(tmp_path):
    path = tmp_path / "pohja.docx"
    d = docx.Document()
    d.add_heading("Loppuraportti", level=1)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Miten kustannusarvio toteutui?"
    d.save(str(path))
    blocks = read_document(path).blocks
    empty = next(b for b in blocks if b.kind is BlockKind.table_cell and not b.text)
    finding = Finding(rule="rakenne.kysymys-vastaamatta", severity="warning", message="Vastaa.", hint="Kirjoita vastaus.", location=Location(paragraph=empty.index))
    console, _ = _quiet()
    annotate_all(Report(documents=[DocumentReport(path=str(path), doc_type="loppuraportti", findings=[finding])]), console)
    target = docx.Document(str(annotated_path(path)))
    assert len(target.comments) == 1
    starts = target.tables[0].cell(0, 1)._tc.xpath(".//w:commentRangeStart")
    assert len(starts) == 1


def test_other_formats_and_unreadable_documents_are_explained(tmp_path):
    console, said = _quiet()
    report = Report(
        documents=[
            DocumentReport(path=str(tmp_path / "suunnitelma.md"), doc_type="hankesuunnitelma"),
            DocumentReport(path=str(tmp_path / "rikki.docx"), error="tiedosto on tyhjä"),
        ]
    )
    annotate_all(report, console)
    text = said.getvalue()
    assert "vain .docx-asiakirjasta" in text
    assert "ei voitu lukea" in text
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- CSV and XLSX


def _batch() -> Report:
    hostile = Finding(rule="tavoite.ei-arviointia", severity="error", message="Tavoitteelle ”=1+1” ei ole mittaria.", target="=1+1", location=Location(section="Tavoitteet", paragraph=4), hint="Lisää mittari.")
    warning = Finding(rule="rakenne.osio-tyhja", severity="warning", message="Osio on tyhjä.", target="tausta", hint="Kirjoita osio.")
    return Report(
        documents=[
            DocumentReport(path="hakemukset/äänekoski.docx", doc_type="hankesuunnitelma", findings=[hostile, warning, hostile]),
            DocumentReport(path="hakemukset/rikki.pdf", error="tiedosto ei ole luettava PDF-asiakirja"),
        ]
    )


def test_csv_for_finnish_excel(tmp_path):
    out = tmp_path / "r.csv"
    writers.write(_batch(), "csv", str(out), "yhteenveto")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [
        ["polku", "tyyppi", "tyyppi_tunnistettu", "virheet", "varoitukset", "huomiot", "lukuvirhe", "virhekoodi", "säännöt", "tuomio", "tarkastus"],
        ["hakemukset/äänekoski.docx", "hankesuunnitelma", "", "2", "1", "0", "", "", "rakenne.osio-tyhja tavoite.ei-arviointia", "2 virhettä korjattava ennen lähettämistä", ""],
        ["hakemukset/rikki.pdf", "", "", "", "", "", "tiedosto ei ole luettava PDF-asiakirja", "vioittunut", "", "Asiakirjaa ei voitu tarkastaa", ""],
    ]
    writers.write(_batch(), "csv", str(out))  # the default: one row per finding
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["polku"], r["sääntö"], r["kohde"]) for r in rows] == [
        ("hakemukset/äänekoski.docx", "tavoite.ei-arviointia", "'=1+1"),
        ("hakemukset/äänekoski.docx", "rakenne.osio-tyhja", "tausta"),
        ("hakemukset/äänekoski.docx", "tavoite.ei-arviointia", "'=1+1"),
        ("hakemukset/rikki.pdf", "", ""),
    ]


def test_csv_goes_to_stdout_without_tuloste(capsysbinary):
    writers.write(_batch(), "csv", None)
    out = capsysbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbfpolku;tyyppi;")
    assert "äänekoski".encode() in out


def test_xlsx_sheets_header_filter_and_text_kept_as_text(tmp_path):
    out = tmp_path / "r.xlsx"
    writers.write(_batch(), "xlsx", str(out))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Yhteenveto", "Havainnot"]
    summary, findings = book["Yhteenveto"], book["Havainnot"]
    assert [c.value for c in summary[1]] == list(exporters.SUMMARY_COLUMNS)
    assert [c.value for c in findings[1]] == list(exporters.FINDING_COLUMNS)
    for sheet in (summary, findings):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert all(cell.font.b for cell in sheet[1])
        assert all(sheet.column_dimensions[letter].width >= 8 for letter in "ABCDEFG")
    assert [c.value for c in summary[2]][:2] == ["hakemukset/äänekoski.docx", "hankesuunnitelma"]
    assert [c.value for c in summary[2]][3:6] == [2, 1, 0]
    assert summary.max_row == 3 and findings.max_row == 5  # three findings and the unreadable file
    row = dict(zip(exporters.FINDING_COLUMNS, (c.value for c in findings[2])))
    assert (row["polku"], row["sääntö"], row["vakavuus"], row["vakavuusjärjestys"], row["kohde"], row["osio"]) == (
        "hakemukset/äänekoski.docx", "tavoite.ei-arviointia", "virhe", 1, "=1+1", "Tavoitteet",
    )
    target = findings.cell(row=2, column=exporters.FINDING_COLUMNS.index("kohde") + 1)
    assert target.value == "=1+1" and target.data_type == "s"  # "=1+1" from a document is not a formula


def test_xlsx_without_tuloste_is_saved_in_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    writers.write(_batch(), "xlsx", None)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert writers.DEFAULT_XLSX in captured.err
    assert openpyxl.load_workbook(tmp_path / writers.DEFAULT_XLSX).sheetnames == ["Yhteenveto", "Havainnot"]


# ---------------------------------------------------------------- HTML


def test_html_escapes_document_text():
    evil = "<script>alert('x')</script>"
    finding = Finding(rule="rakenne.pohjateksti", severity="warning", message=f"Pohjatekstiä: {evil}", target=evil, location=Location(section='"><img src=x onerror=alert(1)>', paragraph=2), hint=f"Poista {evil}")
    report = Report(documents=[DocumentReport(path=f"<b>{evil}.docx", doc_type="hankesuunnitelma", findings=[finding]), DocumentReport(path="b.docx", error=evil)])
    page = render_html(report)
    assert "alert('x')</script>" not in page
    assert "<img" not in page
    assert page.count("<script>") == 1  # only the page's own sorting script
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page  # markupsafe writes ' as &#39;
    assert '<html lang="fi">' in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing fetched from the network


def test_html_groups_findings_by_severity_with_place_and_hint(kaiku_report):
    page = render_html(Report(documents=[kaiku_report]))
    assert 'id="yhteenveto"' not in page  # one document: no summary table
    for finding in kaiku_report.findings:
        assert f"<code>{finding.rule}</code>" in page
    assert "Korjaa: " in page and "Varoitukset (" in page


def _chromium() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.skip("Chromium puuttuu: selaintesti ohitettu")


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profiili'}", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def _sortable_batch() -> Report:
    def doc(name: str, errors: int, warnings: int) -> DocumentReport:
        findings = [Finding(rule="r", severity="error", message="v", hint="k")] * errors
        findings += [Finding(rule="r", severity="warning", message="v", hint="k")] * warnings
        return DocumentReport(path=name, doc_type="hankesuunnitelma", findings=findings)

    return Report(documents=[doc("b.docx", 1, 7), doc("ääni.docx", 5, 0), DocumentReport(path="rikki.pdf", error="ei luettavissa"), doc("zeta.docx", 2, 3)])


def _summary_paths(dom: str) -> list[str]:
    body = dom.split('<tbody>', 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<a href="#asiakirja-\d+">([^<]+)</a>', body)


def test_browser_sorts_from_the_link_and_renders(tmp_path):
    page = tmp_path / "raportti.html"
    page.write_text(render_html(_sortable_batch()), encoding="utf-8")
    url = page.as_uri()

    by_errors = _browser(tmp_path, "--dump-dom", url + "#lajittele=virheet").stdout
    assert _summary_paths(by_errors) == ["ääni.docx", "zeta.docx", "b.docx", "rikki.pdf"]
    assert 'aria-sort="descending"' in by_errors
    by_name = _browser(tmp_path, "--dump-dom", url + "#lajittele=asiakirja&suunta=nouseva").stdout
    assert _summary_paths(by_name) == ["b.docx", "rikki.pdf", "zeta.docx", "ääni.docx"]  # ä after z
    unsorted = _browser(tmp_path, "--dump-dom", url).stdout
    assert _summary_paths(unsorted) == ["b.docx", "ääni.docx", "rikki.pdf", "zeta.docx"]

    shot = tmp_path / "kuva.png"
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1200,900", url)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 900)
    assert len(data) > 20_000  # a rendered page, not a blank one


# ---------------------------------------------------------------- the command line


def test_cli_merkitse_and_csv(tmp_path):
    from click.testing import CliRunner

    from suunnitelmatarkastin.cli import tarkasta

    copy = tmp_path / KAIKU.name
    shutil.copyfile(KAIKU, copy)
    result = CliRunner().invoke(tarkasta, ["--merkitse", "--muoto", "csv", str(copy)])
    assert result.exit_code in (0, 1), result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfpolku;")
    assert annotated_path(copy).exists()
    assert f"Kommentoitu kopio tallennettu: {annotated_path(copy)}" in result.stderr
