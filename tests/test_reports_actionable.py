"""Reports a person can act on: places in words, totals, wide tables, Word comments, CSV/XLSX/JSON
on a batch with an unreadable file."""

from __future__ import annotations

import csv
import io
import json

import docx
import openpyxl
from rich.console import Console

from suunnitelmatarkastin.error_codes import ERROR_CODES, error_code
from suunnitelmatarkastin.models import DocumentReport, Finding, Location, Report
from suunnitelmatarkastin.read.pdf_reader import ENCRYPTED, SCANNED
from suunnitelmatarkastin.read.safety import LEGACY_DOC
from suunnitelmatarkastin.report import exporters, writers
from suunnitelmatarkastin.report.annotate import AUTHOR, annotate_all, annotated_path
from suunnitelmatarkastin.report.safe_text import report_json
from suunnitelmatarkastin.report.text import inessive, place, render_text, totals_line

LONG = "hakemukset/kevät 2026/erittäin-pitkä-hankkeen-nimi-jota-ei-saa-katkaista-yhteenvedossa-versio-7.docx"


def _batch() -> Report:
    cell = Finding(
        rule="tavoite.ei-arviointia", severity="error", message="Tavoitteelle ”Nuoret työllistyvät” ei ole mittaria.",
        target="Nuoret työllistyvät", hint="Lisää mittari.",
        location=Location(section="Tavoitteet", paragraph=7, table=0, row=2, cell=1, page=3, quote="Nuoret työllistyvät avoimille työmarkkinoille…"),
    )
    whole = Finding(rule="juurrutus.puuttuu", severity="warning", message="Juurruttamista ei ole suunniteltu.", hint="Kerro, miten tulokset jäävät käyttöön.")
    return Report(
        documents=[
            DocumentReport(path=LONG, doc_type="hankesuunnitelma", doc_type_source="annettu", findings=[cell, whole]),
            DocumentReport(path="hakemukset/valmis.docx", doc_type="hankesuunnitelma", doc_type_source="tunnistettu"),
            DocumentReport(path="hakemukset/vanha.doc", error=LEGACY_DOC),
        ]
    )


def test_place_names_section_page_table_and_quote_not_a_block_number():
    text = place(_batch().documents[0].findings[0].location)
    assert text == "osio ”Tavoitteet”, s. 3, taulukko 1, rivi 3, sarake 2, kohta ”Nuoret työllistyvät avoimille työmarkkinoille…”"
    assert place(Location()) == "koko asiakirja"


def test_totals_use_finnish_inessive():
    assert [inessive(n) for n in (1, 2, 3, 4, 10, 33, 100, 1000)] == ["1:ssä", "2:ssa", "3:ssa", "4:ssä", "10:ssä", "33:ssa", "100:ssa", "1000:ssa"]
    assert totals_line(_batch()) == "3 asiakirjaa: 1:ssä virheitä, 1 ilman huomautettavaa, 1 ei luettavissa"


def test_summary_in_a_file_is_not_cut_and_says_the_folder_once():
    buffer = io.StringIO()
    render_text(_batch(), Console(file=buffer, width=80, force_terminal=False))
    text = buffer.getvalue()
    relative = LONG.removeprefix("hakemukset/")
    assert any(relative in line for line in text.splitlines())  # whole name on one line
    assert "Kansio: hakemukset" in text
    assert text.rstrip().endswith("3 asiakirjaa: 1:ssä virheitä, 1 ilman huomautettavaa, 1 ei luettavissa")


def test_error_codes_for_known_reasons_and_json_keeps_schema_one():
    assert error_code(LEGACY_DOC) == "vanha-doc" and error_code(ENCRYPTED) == "salattu" and error_code(SCANNED) == "skannattu-pdf"
    assert error_code("tarkastus keskeytettiin aikarajan (120 s) ylittyessä") == "aikaraja"
    assert error_code(None) is None and error_code("jotain aivan muuta") == "muu"
    assert len({code for code, _ in ERROR_CODES}) == len(ERROR_CODES)
    data = json.loads(report_json(_batch()))
    assert data["schema"] == 1
    forced, clean, unread = data["documents"]
    assert {"path", "doc_type", "error", "findings"} <= set(forced)
    assert forced["doc_type_source"] == "annettu" and forced["error_code"] is None
    assert clean["doc_type_source"] == "tunnistettu"
    assert unread["error_code"] == "vanha-doc" and unread["error"] == LEGACY_DOC and unread["doc_type"] is None


def _csv(report: Report, layout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(exporters.render_csv(report, layout)), delimiter=";"))


def test_csv_one_row_per_finding_with_document_columns_and_unreadable_rows():
    rows = _csv(_batch(), "havainnot")
    assert list(rows[0]) == list(exporters.FINDING_COLUMNS)
    assert [(r["polku"], r["sääntö"], r["vakavuusjärjestys"]) for r in rows] == [
        (LONG, "tavoite.ei-arviointia", "1"), (LONG, "juurrutus.puuttuu", "2"),
        ("hakemukset/valmis.docx", "", ""), ("hakemukset/vanha.doc", "", "0"),
    ]
    first = rows[0]
    assert (first["tyyppi"], first["virheet"], first["varoitukset"], first["huomiot"]) == ("hankesuunnitelma", "1", "1", "0")
    assert (first["sivu"], first["taulukko"], first["rivi"], first["sarake"]) == ("3", "1", "3", "2")
    assert rows[2]["viesti"] == "Ei huomautettavaa."
    assert (rows[3]["vakavuus"], rows[3]["lukuvirhe"], rows[3]["virhekoodi"]) == ("ei luettavissa", LEGACY_DOC, "vanha-doc")


def test_csv_summary_layout_one_row_per_document():
    rows = _csv(_batch(), "yhteenveto")
    assert [r["polku"] for r in rows] == [LONG, "hakemukset/valmis.docx", "hakemukset/vanha.doc"]
    assert [r["tyyppi_tunnistettu"] for r in rows] == ["ei", "kyllä", ""]
    assert rows[2]["lukuvirhe"] == LEGACY_DOC and rows[2]["virhekoodi"] == "vanha-doc" and rows[2]["virheet"] == ""


def test_xlsx_findings_sheet_has_table_position_and_unreadable_file(tmp_path):
    out = tmp_path / "r.xlsx"
    writers.write(_batch(), "xlsx", str(out))
    sheet = openpyxl.load_workbook(out)["Havainnot"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert (rows[0]["taulukko"], rows[0]["rivi"], rows[0]["sarake"], rows[0]["vakavuusjärjestys"]) == (1, 3, 2, 1)
    assert rows[-1]["polku"] == "hakemukset/vanha.doc" and rows[-1]["virhekoodi"] == "vanha-doc"


def test_word_comments_severity_first_rule_last_placeholder_anchored_summary_at_start(tmp_path):
    path = tmp_path / "hanke.docx"
    d = docx.Document()
    d.add_heading("Hankesuunnitelma", level=0)
    d.add_heading("Tausta", level=1)
    paragraph = d.add_paragraph("Hankkeen vastuuhenkilö on ")
    paragraph.add_run("<nimi>")
    paragraph.add_run(" ja hän raportoi ohjausryhmälle.")
    d.save(str(path))
    placeholder = Finding(
        rule="rakenne.pohjateksti", severity="warning", message="Asiakirjaan on jäänyt pohjan täyttöteksti ”<nimi>”.",
        hint="Korvaa täyttöteksti.", location=Location(section="Tausta", paragraph=2),
    )
    whole = [
        Finding(rule="juurrutus.puuttuu", severity="error", message="Juurruttamista ei ole suunniteltu.", hint="Kerro jatkosta."),
        Finding(rule="exit.ei-levityskanavia", severity="warning", message="Levityskanavia ei ole nimetty.", hint="Nimeä kanava."),
    ]
    annotate_all(Report(documents=[DocumentReport(path=str(path), doc_type="hankesuunnitelma", findings=[placeholder, *whole])]), Console(file=io.StringIO()))
    copy = docx.Document(str(annotated_path(path)))
    comments = list(copy.comments)
    assert len(comments) == 2 and {c.author for c in comments} == {AUTHOR}
    summary, anchored = comments
    assert summary.text.startswith("Koko asiakirjaa koskevat havainnot (2):")
    assert "Virhe: Juurruttamista ei ole suunniteltu." in summary.text and "(exit.ei-levityskanavia)" in summary.text
    assert anchored.text.startswith("Varoitus: Asiakirjaan on jäänyt") and anchored.text.endswith("(rakenne.pohjateksti)")
    body = copy.element.body
    start = body.xpath(f'.//w:commentRangeStart[@w:id="{anchored.comment_id}"]')[0]
    assert start.getnext().xpath("string(.)") == "<nimi>"  # the placeholder's own run, not the paragraph
    title_start = body.xpath(f'.//w:commentRangeStart[@w:id="{summary.comment_id}"]')[0]
    assert title_start.getparent().xpath("string(.)").startswith("Hankesuunnitelma")
