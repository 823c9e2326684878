"""Data a user gave us is never lost: reports never replace inputs or strangers' files, every write
is atomic, and `--merkitse` keeps edited copies, never writes through links and never stacks comments."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from rich.console import Console

from suunnitelmatarkastin import cli, output_files
from suunnitelmatarkastin.models import DocumentReport, Finding, Location, Report
from suunnitelmatarkastin.output_files import (
    DEFAULT_XLSX,
    OutputRefused,
    atomic_write,
    check_output,
)
from suunnitelmatarkastin.report.annotate import annotate_all, annotated_path

PLAN = "# Tausta\n\nKylän nuorilla ei ole harrastuspaikkaa.\n\n# Tavoitteet\n\nNuoret harrastavat kotikylässä.\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*args: str):
    return CliRunner().invoke(cli.tarkasta, ["--aikaraja", "0", *args])


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".kesken")]


@pytest.fixture
def plan(tmp_path) -> Path:
    path = tmp_path / "suunnitelma.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


# ---------------------------------------------------------------- --tuloste


def test_output_that_is_an_input_is_refused(tmp_path, plan):
    folder = tmp_path / "hak"
    folder.mkdir()
    inside = folder / "a.md"
    inside.write_text(PLAN, encoding="utf-8")
    (tmp_path / "linkki.md").symlink_to(plan)
    os.link(plan, tmp_path / "kova.md")
    cases = [
        (str(plan), [str(plan)], "sama tiedosto"),
        (str(tmp_path / "linkki.md"), [str(plan)], "sama tiedosto"),
        (str(tmp_path / "kova.md"), [str(plan)], "sama tiedosto"),
        (str(tmp_path / "hak" / ".." / "suunnitelma.md"), [str(plan)], "sama tiedosto"),
        (str(inside), [str(folder)], "kansion"),
        (str(folder / "raportti.json"), [str(folder)], "kansion"),
        (str(folder / "ala" / "raportti.html"), [str(folder)], "kansion"),
        (str(tmp_path / "ei-ole" / "raportti.json"), [str(plan)], "kansiota ei ole olemassa"),
    ]
    for output, inputs, phrase in cases:
        before = {p: _digest(p) for p in (plan, inside)}
        result = _run("--muoto", "json", "--tuloste", output, *inputs)
        assert result.exit_code == 2, output
        assert phrase in result.output and "Traceback" not in result.output, result.output
        assert {p: _digest(p) for p in (plan, inside)} == before
        assert not (folder / "raportti.json").exists()


def test_unrelated_file_is_replaced_only_with_korvaa(tmp_path, plan):
    others = {"muistio.txt": b"omat muistiinpanot", "taulukko.xlsx": b"PK\x03\x04 ei meidan", "tyhja.json": b""}
    for name, data in others.items():
        target = tmp_path / name
        target.write_bytes(data)
        result = _run("--muoto", "json", "--tuloste", str(target), str(plan))
        assert result.exit_code == 2 and "--korvaa" in result.output, result.output
        assert target.read_bytes() == data
        result = _run("--muoto", "json", "--korvaa", "--tuloste", str(target), str(plan))
        assert result.exit_code in (0, 1), result.output
        assert b'"schema": 1' in target.read_bytes()


@pytest.mark.parametrize("fmt", ["json", "teksti", "html", "csv", "xlsx"])
def test_our_own_earlier_report_is_replaced(tmp_path, plan, fmt):
    target = tmp_path / f"raportti.{fmt}"
    assert _run("--muoto", fmt, "--tuloste", str(target), str(plan)).exit_code in (0, 1)
    first = target.read_bytes()
    plan.write_text(PLAN + "\n# Aikataulu\n\nHanke kestää vuoden 2026.\n", encoding="utf-8")
    result = _run("--muoto", fmt, "--tuloste", str(target), str(plan))
    assert result.exit_code in (0, 1), result.output
    assert output_files.is_our_report(target)
    if fmt != "xlsx":  # the workbook's timestamps differ anyway
        assert target.read_bytes() != first


def test_default_xlsx_name_never_replaces_a_strangers_file(tmp_path, plan, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / DEFAULT_XLSX).write_bytes(b"kayttajan oma taulukko")
    result = _run("--muoto", "xlsx", str(plan))
    assert result.exit_code == 2 and DEFAULT_XLSX in result.output
    assert (tmp_path / DEFAULT_XLSX).read_bytes() == b"kayttajan oma taulukko"
    (tmp_path / DEFAULT_XLSX).unlink()
    assert _run("--muoto", "xlsx", str(plan)).exit_code in (0, 1)
    assert _run("--muoto", "xlsx", str(plan)).exit_code in (0, 1), "our own workbook may be replaced"


# ---------------------------------------------------------------- atomic writes


@pytest.mark.parametrize("fmt", ["json", "teksti", "html", "csv", "xlsx"])
def test_full_disk_leaves_the_old_report_whole(tmp_path, plan, fmt, monkeypatch):
    target = tmp_path / f"raportti.{fmt}"
    assert _run("--muoto", fmt, "--tuloste", str(target), str(plan)).exit_code in (0, 1)
    before = _digest(target)

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_files.os, "fsync", full)
    result = _run("--muoto", fmt, "--tuloste", str(target), str(plan))
    assert result.exit_code == 2
    assert "levy on täynnä" in result.output and "ennallaan" in result.output
    assert _digest(target) == before
    assert _leftovers(tmp_path) == []


def test_interrupted_write_leaves_no_fragment(tmp_path):
    target = tmp_path / "raportti.json"
    target.write_text("vanha", encoding="utf-8")
    for failure in (KeyboardInterrupt(), OSError(errno.EIO, "I/O error"), MemoryError()):

        def half(handle, failure=failure):
            handle.write(b"{" * 10_000)
            raise failure

        with pytest.raises(type(failure)):
            atomic_write(target, half)
        assert target.read_text(encoding="utf-8") == "vanha"
        assert _leftovers(tmp_path) == []


def test_write_replaces_a_link_instead_of_writing_through_it(tmp_path):
    elsewhere = tmp_path / "muualla.txt"
    elsewhere.write_text("älä koske", encoding="utf-8")
    link = tmp_path / "raportti.json"
    link.symlink_to(elsewhere)
    with pytest.raises(OutputRefused):
        check_output(link, [], replace=False)
    atomic_write(link, lambda handle: handle.write(b"{}"))
    assert elsewhere.read_text(encoding="utf-8") == "älä koske"
    assert not link.is_symlink() and link.read_bytes() == b"{}"


# ---------------------------------------------------------------- --merkitse


def _docx(path: Path, *, table_only: bool = False) -> Path:
    document = docx.Document()
    if table_only:
        body = document.element.body
        for paragraph in list(body.iterchildren(docx.oxml.ns.qn("w:p"))):
            body.remove(paragraph)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Tavoite", "Mittari"
        table.cell(1, 0).text, table.cell(1, 1).text = "Nuoret harrastavat", "Kysely"
        for paragraph in list(body.iterchildren(docx.oxml.ns.qn("w:p"))):
            body.remove(paragraph)
    else:
        document.add_heading("Hankesuunnitelma", level=1)
        document.add_paragraph("Hankkeen tavoitteena on, että kylän nuoret harrastavat kotikylässä.")
    document.save(str(path))
    return path


def _report(*paths: Path) -> Report:
    finding = Finding(rule="testi", severity="warning", message="Lisää mittari.", hint="Kirjoita mittari.", location=Location(paragraph=1))
    return Report(documents=[DocumentReport(path=str(p), doc_type="hankesuunnitelma", findings=[finding]) for p in paths])


def _annotate(report: Report) -> tuple[int, str]:
    buffer = io.StringIO()
    failed = annotate_all(report, Console(file=buffer, width=300))
    return failed, buffer.getvalue()


# what the one warning becomes as a Word comment: severity first, rule id last
COMMENT = "Varoitus: Lisää mittari.\nKorjaa: Kirjoita mittari.\n(testi)"


def _comments(path: Path) -> list[str]:
    return [c.text for c in docx.Document(str(path)).comments]


def test_edited_copy_is_kept_and_the_new_one_goes_to_the_next_name(tmp_path):
    source = _docx(tmp_path / "suunnitelma.docx")
    report = _report(source)
    assert _annotate(report)[0] == 0
    first = annotated_path(source)
    assert _annotate(report)[0] == 0, "an unedited copy of ours is replaced"
    assert not (tmp_path / "suunnitelma.tarkastettu-2.docx").exists()
    edited = docx.Document(str(first))
    edited.add_paragraph("Käyttäjän oma lisäys kopioon.")
    edited.save(str(first))
    before = _digest(first)
    failed, said = _annotate(report)
    assert failed == 0 and "ei korvata" in said
    assert _digest(first) == before
    second = tmp_path / "suunnitelma.tarkastettu-2.docx"
    assert _comments(second) == [COMMENT]
    assert _annotate(report)[0] == 0 and _digest(first) == before
    assert not (tmp_path / "suunnitelma.tarkastettu-3.docx").exists(), "our unedited second copy is replaced"


def test_two_inputs_with_one_copy_name_both_get_theirs(tmp_path):
    lower = _docx(tmp_path / "suunnitelma.docx")
    upper = _docx(tmp_path / "suunnitelma.DOCX")
    failed, said = _annotate(_report(lower, upper))
    assert failed == 0
    copies = sorted(p.name for p in tmp_path.glob("suunnitelma.tarkastettu*.docx"))
    assert copies == ["suunnitelma.tarkastettu-2.docx", "suunnitelma.tarkastettu.docx"]


@pytest.mark.parametrize("dangling", [True, False])
def test_copy_name_that_is_a_link_is_never_written_through(tmp_path, dangling):
    source = _docx(tmp_path / "suunnitelma.docx")
    outside = tmp_path / "muualla" / "kohde.docx"
    outside.parent.mkdir()
    if not dangling:
        outside.write_bytes(b"toinen tiedosto")
    annotated_path(source).symlink_to(outside)
    failed, said = _annotate(_report(source))
    assert failed == 0 and "symbolinen linkki" in said
    if dangling:
        assert not outside.exists(), "the link's target must not be created"
    else:
        assert outside.read_bytes() == b"toinen tiedosto"
    assert annotated_path(source).is_symlink()
    assert (tmp_path / "suunnitelma.tarkastettu-2.docx").is_file()


def test_rechecking_a_copy_replaces_our_comments(tmp_path):
    source = _docx(tmp_path / "suunnitelma.docx")
    _annotate(_report(source))
    copy = annotated_path(source)
    for _ in range(2):
        assert _annotate(_report(copy))[0] == 0
    again = tmp_path / "suunnitelma.tarkastettu-2.docx"
    assert _comments(again) == [COMMENT]
    assert not (tmp_path / "suunnitelma.tarkastettu.tarkastettu.docx").exists()
    assert len(_comments(copy)) == 1, "the copy that was checked is an input and stays as it was"


def test_zip_bomb_at_the_copy_name_is_not_opened(tmp_path):
    source = _docx(tmp_path / "suunnitelma.docx")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("docProps/core.xml", bytes(300 * 1024 * 1024))
    annotated_path(source).write_bytes(bomb.getvalue())
    failed, said = _annotate(_report(source))
    assert failed == 0 and "ei korvata" in said
    assert annotated_path(source).read_bytes() == bomb.getvalue()


def test_table_only_document_and_write_failure_are_reported(tmp_path, monkeypatch):
    table = _docx(tmp_path / "taulukko.docx", table_only=True)
    failed, said = _annotate(_report(table))
    assert failed == 0, said
    assert len(_comments(annotated_path(table))) == 1
    plain = _docx(tmp_path / "toinen.docx")

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_files.os, "fsync", full)
    failed, said = _annotate(_report(plain, table))
    assert failed == 2 and said.count("levy on täynnä") == 2
    assert not annotated_path(plain).exists() and _leftovers(tmp_path) == []


def test_merkitse_failure_is_exit_status_two(tmp_path, monkeypatch):
    source = _docx(tmp_path / "suunnitelma.docx")
    monkeypatch.setattr(output_files.os, "fsync", lambda descriptor: (_ for _ in ()).throw(OSError(errno.EROFS, "Read-only")))
    result = _run("--merkitse", str(source))
    assert result.exit_code == 2 and "vain luku" in result.output, result.output
    assert not annotated_path(source).exists()
