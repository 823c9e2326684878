"""One verdict wording and the audit block ("Tarkastuksen tiedot") in every output: JSON, text,
HTML, CSV, XLSX and the commented Word copy, for one real check of a plan with a funder profile."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree
from rich.console import Console

from suunnitelmatarkastin.check import check_path
from suunnitelmatarkastin.models import DocumentReport, Finding, Report
from suunnitelmatarkastin.profiles import pack_hash, profile_dirs
from suunnitelmatarkastin.report import annotate, exporters
from suunnitelmatarkastin.report.html import render_html
from suunnitelmatarkastin.report.safe_text import report_json
from suunnitelmatarkastin.report.text import render_text
from suunnitelmatarkastin.report.verdict import audit_rows, batch_verdict, verdict, verdict_text
from suunnitelmatarkastin.settings import Loaded, apply, audit

from .conftest import OSMO

PROFILE = "stea"


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> tuple[Report, Path]:
    """OSMO checked with a profile, settled as the command line settles it."""
    folder = tmp_path_factory.mktemp("tuomio")
    copy = folder / OSMO.name
    shutil.copyfile(OSMO, copy)
    packs = profile_dirs([PROFILE])
    report = apply(Report(documents=[check_path(copy, None, packs)]), Loaded())
    report.tool = audit(Loaded(), [PROFILE], packs, False)
    return report, copy


def _finding(severity: str, accepted: str | None = None) -> Finding:
    return Finding(rule="testi.saanto", severity=severity, message="Viesti", hint="Ohje", accepted=accepted)


def test_verdict_words():
    def doc(*findings: Finding) -> DocumentReport:
        return DocumentReport(path="a.docx", doc_type="hankesuunnitelma", findings=list(findings))

    assert verdict(doc(_finding("error"))) == "1 virhe korjattava ennen lähettämistä"
    assert verdict(doc(_finding("error"), _finding("error"), _finding("warning"))) == "2 virhettä korjattava ennen lähettämistä"
    assert verdict(doc(_finding("error", accepted="Sovittu rahoittajan kanssa."))) == "Ei korjattavaa"  # accepted: not open
    assert verdict(doc(_finding("warning"), _finding("warning"))) == "Ei korjattavaa – 2 varoitusta kannattaa katsoa"
    assert verdict(doc(_finding("info"))) == "Ei korjattavaa"
    unread = DocumentReport(path="b.pdf", error="tiedosto on tyhjä")
    assert verdict(unread) is None and verdict_text(unread) == "Asiakirjaa ei voitu tarkastaa"
    batch = Report(documents=[doc(_finding("error")), doc(), unread])
    assert batch_verdict(batch) == "3 asiakirjaa tarkastettu, korjattavaa 1:ssä, 1 ei voitu lukea"


def test_audit_rows_name_the_version_packs_with_hashes_and_settings(checked):
    report, _ = checked
    rows = dict(audit_rows(report.tool))
    assert rows["Tarkastin"].startswith("suunnitelmatarkastin ")
    assert rows[f"Profiili {PROFILE}"] == f"SHA-256 {pack_hash(profile_dirs([PROFILE])[0])}"
    assert rows["Säännöt"].startswith("mukana tulevat säännöt, SHA-256 ")
    assert " klo " in rows["Tarkastettu"]
    short = dict(audit_rows(report.tool, short=True))
    assert short[f"Profiili {PROFILE}"] == f"SHA-256 {pack_hash(profile_dirs([PROFILE])[0])[:12]}…"
    settings = {
        "settings": {"file": "tarkastin.toml", "pois": ["a.b"], "vakavuus": {"c.d": "info"}, "kuitatut": [{"saanto": "e.f", "syy": "Sovittu."}], "vain_virheet": True}
    }
    extra = dict(audit_rows({**report.tool, **settings}))
    assert extra["Asetustiedosto"] == "tarkastin.toml" and extra["Pois käytöstä"] == "a.b"
    assert extra["Vakavuus muutettu"] == "c.d → info" and extra["Kuitattuja havaintoja"] == "e.f (Sovittu.)"
    assert extra["Näytetään"] == "vain virheet"


def test_every_output_gives_the_same_verdict_and_the_audit(checked, tmp_path):
    report, copy = checked
    document = report.documents[0]
    said = verdict_text(document)
    assert said == document.verdict and said.startswith(("Ei korjattavaa", f"{document.count('error')} virhe"))
    profile_hash = pack_hash(profile_dirs([PROFILE])[0])

    assert json.loads(report_json(report))["documents"][0]["verdict"] == said

    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=160, color_system=None))
    shown = buffer.getvalue()
    assert said in shown.split("Asiakirjatyyppi:")[0], "the verdict is the document's first line"
    assert "Tarkastuksen tiedot" in shown and f"Profiili {PROFILE}: SHA-256 {profile_hash[:12]}…" in shown

    page = render_html(report)
    assert f'<p class="tuomio-iso">{said}</p>' in page and '<p class="tuomio tuomio-' in page
    assert page.index("tuomio-iso") < page.index('class="havainnot"')
    assert "<h2 id=\"tarkastus-otsikko\">Tarkastuksen tiedot</h2>" in page and f"SHA-256 {profile_hash}" in page

    rows = list(csv.DictReader(io.StringIO(exporters.render_csv(report)), delimiter=";"))
    assert rows and {r["tuomio"] for r in rows} == {said}
    assert all(f"Profiili {PROFILE}: SHA-256 {profile_hash[:12]}…" in r["tarkastus"] for r in rows)
    summary = list(csv.DictReader(io.StringIO(exporters.render_csv(report, "yhteenveto")), delimiter=";"))
    assert [r["tuomio"] for r in summary] == [said]

    exporters.render_xlsx(report, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Yhteenveto", "Havainnot", "Tarkastuksen tiedot"]
    tuomio = exporters.SUMMARY_COLUMNS.index("tuomio")
    assert [row[tuomio] for row in book["Yhteenveto"].iter_rows(min_row=2, values_only=True)] == [said]
    sheet = dict(book["Tarkastuksen tiedot"].iter_rows(min_row=2, values_only=True))
    assert sheet[f"Profiili {PROFILE}"] == f"SHA-256 {profile_hash}"

    target, _ = annotate.annotate(document, tool=report.tool)
    commented = docx.Document(str(target))
    assert commented.core_properties.content_status == said
    properties = _custom_properties(target)
    assert properties["Suunnitelmatarkastin: Tulos"] == said
    assert properties[f"Suunnitelmatarkastin: Profiili {PROFILE}"] == f"SHA-256 {profile_hash}"
    again, _ = annotate.annotate(document, tool=report.tool)
    assert again == target, "our own unedited copy is still recognised and replaced"


def _custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root}


def _with_own_custom_property(source: Path, target: Path) -> None:
    """A .docx that already has a custom property of its author's, as company templates do."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    custom = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="{ns}" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diaarinumero"><vt:lpwstr>OKM/12/2026</vt:lpwstr></property></Properties>'
    )
    rel = '<Relationship Id="rIdOma" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
    override = '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            new.writestr(item, data)
        new.writestr("docProps/custom.xml", custom)


def test_word_copy_keeps_the_authors_own_custom_properties(checked, tmp_path):
    report, copy = checked
    own = tmp_path / OSMO.name
    _with_own_custom_property(copy, own)
    document = report.documents[0].model_copy(update={"path": str(own)})
    target, _ = annotate.annotate(document, tool=report.tool)
    properties = _custom_properties(target)
    assert properties["Diaarinumero"] == "OKM/12/2026"
    assert properties["Suunnitelmatarkastin: Tulos"] == verdict_text(document)
    again, _ = annotate.annotate(document.model_copy(update={"path": str(target)}), tool=None)
    names = list(_custom_properties(again))
    assert names.count("Suunnitelmatarkastin: Tulos") == 1 and "Diaarinumero" in names, "a re-check replaces our properties only"
    assert not any("Profiili" in name for name in names), "the earlier check's audit rows are gone"


def test_html_report_shows_what_was_read_and_the_profiles_explanations(checked):
    from suunnitelmatarkastin.web.luenta import Goal, Luenta

    report, _ = checked
    reading = Luenta(title="Oma otsikko", words=120, goals=[Goal("Asukkaat tuntevat naapurinsa.", ["Pihatalkoot keväällä"], [])])
    page = render_html(report, [reading])
    assert "Mitä tarkastin luki" in page and "<th scope=\"row\">Asukkaat tuntevat naapurinsa.</th>" in page
    assert "Mitä tarkastin luki" not in render_html(report), "only when the reading is known"
    for finding in report.documents[0].findings:
        assert f"sääntö <code>{finding.rule}</code>" in page


def test_html_report_keeps_control_characters_and_odd_bytes_out():
    name = "hak/\udcff-rikki\x01.md"
    finding = Finding(rule="r", severity="error", message="Teksti\x02ssä\x9b ohjausmerkki", hint="Korjaa\x0b tämä")
    page = render_html(Report(documents=[DocumentReport(path=name, doc_type="hankesuunnitelma", findings=[finding]), DocumentReport(path="b.md", doc_type="hankesuunnitelma")]))
    for control in ("\x01", "\x02", "\x9b", "\x0b", "\udcff"):
        assert control not in page
    assert 'data-arvo="hak/\ufffd-rikki.md"' in page and "Tekstissä ohjausmerkki" in page
