"""Reading as the author sees it: a decisive sentence in any Word structure counts as it would in a
plain paragraph, what Word hides does not count, and .odt and .pdf are read to the same standard.

The .docx fixtures are in `fixtures/fidelity/`, made by its `make_fixtures.py` (checked below to
still make exactly them); the .odt and .pdf ones are made here with odfpy and `minipdf`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from functools import cache
from pathlib import Path

import pytest
from odf.draw import Frame, TextBox
from odf.opendocument import OpenDocumentText
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import (
    Change,
    ChangedRegion,
    Deletion,
    Note,
    NoteBody,
    NoteCitation,
    P,
    TrackedChanges,
)

from suunnitelmatarkastin.check import check_path
from suunnitelmatarkastin.models import BlockKind, Report
from suunnitelmatarkastin.read import read_document

from .minipdf import Page, pdf_bytes

FIDELITY = Path(__file__).parent / "fixtures" / "fidelity"
_spec = importlib.util.spec_from_file_location("make_fixtures", FIDELITY / "make_fixtures.py")
mf = sys.modules.setdefault("make_fixtures", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(mf)
FIXTURES = mf.fixtures()


@cache
def findings(name: str) -> tuple[tuple[str, str, str], ...]:
    """What the checker says of a fixture: each finding's rule, severity and target."""
    report = check_path(FIDELITY / f"{name}.docx")
    assert report.error is None, report.error
    return tuple(sorted((f.rule, f.severity, f.target or "") for f in report.findings))


def texts(name: str) -> list[str]:
    return [b.text for b in read_document(FIDELITY / f"{name}.docx").blocks]


def test_fixtures_are_what_the_script_makes(tmp_path):
    for name, plan in mf.all_plans().items():
        mf.write_docx(tmp_path / "x.docx", plan)
        assert (tmp_path / "x.docx").read_bytes() == (FIDELITY / f"{name}.docx").read_bytes(), f"aja {FIDELITY / 'make_fixtures.py'} ({name})"


@pytest.mark.parametrize("slot", sorted(mf.SLOTS))
def test_each_slot_decides_a_finding(slot):
    """Without it the plan gets a finding it does not get with it, so the structure tests can fail."""
    assert findings(f"without-{slot}") != findings("plain")


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_structure_reads_as_plain_paragraphs(name):
    fixture = FIXTURES[name]
    assert findings(name) == findings(fixture.equivalent)


@pytest.mark.parametrize("name", sorted(n for n, f in FIXTURES.items() if f.visible))
def test_shown_sentence_is_read_once(name):
    sentence = mf.SLOTS[FIXTURES[name].slot]
    words = " ".join(texts(name)).split()
    first = sentence.split()[:4]
    assert sum(words[i : i + len(first)] == first for i in range(len(words))) == 1


@pytest.mark.parametrize(
    ("name", "hidden"),
    [
        ("tracked-deletion", "Innokylässä"),
        ("tracked-move", "vastaa Esimerkkilän kunnan liikuntapalvelut. Hankkeen päätyttyä"),
        ("field-instruction-only", "MERGEFIELD"),
        ("complex-field", "HYPERLINK"),
        ("comment", "Innokylässä"),
        ("page-header", "Innokylässä"),
        ("empty-formtext", "\u2002"),
    ],
)
def test_what_word_hides_is_not_read(name, hidden):
    assert hidden not in " ".join(texts(name))


def test_text_box_comes_right_after_its_anchor():
    blocks = texts("text-box")
    anchor = blocks.index("Vastuut hankkeen jälkeen:")
    assert blocks[anchor + 1] == mf.SLOTS["owner"]


def test_footnote_comes_right_after_the_paragraph_that_cites_it():
    """Word prints a footnote at the foot of the page: the writer's text, read where it is cited."""
    document = read_document(FIDELITY / "footnote.docx")
    blocks = [b.text for b in document.blocks]
    anchor = next(i for i, text in enumerate(blocks) if text.startswith("Esimerkkilän kunnassa"))
    assert blocks[anchor + 1] == mf.SLOTS["channel"]
    assert document.blocks[anchor + 1].source == document.blocks[anchor].source  # a comment on it lands on the citing paragraph


def test_deleted_paragraph_mark_joins_paragraphs():
    assert mf.SLOTS["owner"] in texts("paragraph-mark-deleted")


def test_merged_cell_is_one_block_serving_every_row():
    document = read_document(FIDELITY / "merged-cells.docx")
    table = document.tables[0]
    assert table.block_ids[2][0] == table.block_ids[3][0]
    assert table.rows[3][0] == table.rows[2][0] == "Nuorten osallisuus vahvistuu."
    assert [b.text for b in document.blocks].count("Nuorten osallisuus vahvistuu.") == 1


def test_nested_table_is_a_table_of_its_own_after_its_cell():
    document = read_document(FIDELITY / "nested-table.docx")
    outer, inner = document.tables[0], document.tables[1]
    assert inner.within == [0, 1, 1]
    assert inner.rows[1][0] == mf.SLOTS["activity"]
    assert mf.SLOTS["activity"] in outer.rows[1][1]
    assert inner.block_ids[0][0] == outer.block_ids[1][1] + 1
    assert [b.text for b in document.blocks].count(mf.SLOTS["activity"]) == 1


def test_placeholder_control_is_reported_as_template_text():
    report = check_path(FIDELITY / "placeholder-control.docx")
    [finding] = [f for f in report.findings if f.rule == "rakenne.pohjateksti"]
    assert "Kirjoita tekstiä napsauttamalla" in finding.message
    assert finding.location.section == "Aikataulu"


@pytest.mark.parametrize("name", ["finnish-styles", "based-on-heading"])
def test_built_in_styles_by_name_and_inheritance(name):
    document = read_document(FIDELITY / f"{name}.docx")
    headings = [b.text for b in document.blocks if b.kind is BlockKind.heading]
    assert headings[:3] == ["Tausta", "Tavoitteet", "Kohderyhmä"]
    assert document.blocks[0].kind is BlockKind.title


def _docx(tmp_path: Path, body: str, styles: str = "") -> Path:
    """A .docx whose body is `body` (with the fixtures' styles and `styles` added)."""
    plan = mf.Plan(mf._plain_slots(), extra_styles=styles)
    parts = mf.package(plan)
    start = parts["word/document.xml"].index("<w:body>") + len("<w:body>")
    parts["word/document.xml"] = parts["word/document.xml"][:start] + body + "</w:body></w:document>"
    path = tmp_path / "koe.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def test_numbering_comes_through_the_style_chain(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Tavoitelista"><w:name w:val="Tavoitelista"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Oma"><w:name w:val="Oma tavoite"/><w:basedOn w:val="Tavoitelista"/></w:style>'
    )
    body = mf.p(mf.r("Lapset liikkuvat enemmän."), "Oma") + '<w:p><w:pPr><w:pStyle w:val="Oma"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>' + mf.r("Ei luettelossa.") + "</w:p>"
    blocks = read_document(_docx(tmp_path, body, styles)).blocks
    assert (blocks[0].kind, blocks[0].level) == (BlockKind.list_item, 1)
    assert blocks[1].kind is BlockKind.paragraph


def test_grid_span_and_nesting_are_bounded(tmp_path):
    cell = mf.tc(mf.p(mf.r("Leveä solu")), '<w:gridSpan w:val="900"/>')
    deep = mf.p(mf.r("Syvin teksti"))
    for _ in range(40):
        deep = mf.tbl([mf.tr([mf.tc(deep)])])
    document = read_document(_docx(tmp_path, mf.tbl([mf.tr([cell, mf.tc(mf.p(mf.r("Toinen")))])]) + deep))
    assert len(document.tables[0].rows[0]) <= 64
    assert len(document.tables) <= 1 + 8
    assert any("Syvin teksti" in b.text for b in document.blocks)


def test_empty_placeholder_control_takes_its_text_from_the_glossary(tmp_path):
    control = (
        '<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="Ohje1"/></w:placeholder><w:showingPlcHdr/></w:sdtPr>'
        "<w:sdtContent><w:p/></w:sdtContent></w:sdt>"
    )
    path = _docx(tmp_path, mf.p(mf.r("Hankkeen nimi")) + control)
    glossary = (
        f'<w:glossaryDocument {mf._NS}><w:docParts><w:docPart><w:docPartPr><w:name w:val="Ohje1"/></w:docPartPr>'
        f'<w:docPartBody>{mf.p(mf.r("Kirjoita hankkeen nimi"))}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/glossary/document.xml"] = glossary.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId50" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "[täytä: Kirjoita hankkeen nimi]" in [b.text for b in read_document(path).blocks]


def test_cell_controls_left_unfilled_are_template_text_in_their_cell(tmp_path):
    shown = '<w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}</w:sdtContent>'
    inside = mf.tc("<w:sdt>" + shown.format(mf.p(mf.r("Kirjoita mittari tähän"))) + "</w:sdt>")
    around = "<w:sdt>" + shown.format(mf.tc(mf.p(mf.r("Valitse vastuutaho")))) + "</w:sdt>"
    filled = mf.tc("<w:sdt><w:sdtPr/><w:sdtContent>" + mf.p(mf.r("Kysely kahdesti vuodessa")) + "</w:sdtContent></w:sdt>")
    table = mf.tbl([mf.tr([mf.tc(mf.p(mf.r("Tavoite"))), mf.tc(mf.p(mf.r("Mittari"))), mf.tc(mf.p(mf.r("Vastuu")))]),
                    mf.tr([mf.tc(mf.p(mf.r("Lapset liikkuvat"))), inside, around]),
                    mf.tr([mf.tc(mf.p(mf.r("Vanhemmat tapaavat"))), filled, mf.tc(mf.p(mf.r("Kunta")))])])
    rows = read_document(_docx(tmp_path, table)).tables[0].rows
    assert rows[1][1:] == ["[täytä: Kirjoita mittari tähän]", "[täytä: Valitse vastuutaho]"]
    assert rows[2][1] == "Kysely kahdesti vuodessa"


def test_hidden_text_is_not_read(tmp_path):
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Piilotettu luonnosteksti. </w:t></w:r>'
    shown_again = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Näkyvä lause.</w:t></w:r>'
    document = read_document(_docx(tmp_path, "<w:p>" + hidden + shown_again + "</w:p>"))
    assert [b.text for b in document.blocks] == ["Näkyvä lause."]


# ---------------------------------------------------------------- locations


def test_locations_quote_the_paragraph_and_reach_json():
    report = check_path(FIDELITY / "without-indicator.docx")
    [finding] = [f for f in report.findings if f.rule == "tavoite.ei-arviointia"]
    assert finding.location.quote == "Nuorten osallisuus vahvistuu."
    location = json.loads(Report(documents=[report]).to_json())["documents"][0]["findings"][0]["location"]
    assert {"paragraph", "page", "quote"} <= set(location)


def test_docx_blocks_know_where_they_were_read_from():
    from docx import Document

    from suunnitelmatarkastin.read.docx_reader import element_at

    path = FIDELITY / "text-box.docx"
    body = Document(str(path)).element.body
    for block in read_document(path).blocks:
        element = element_at(body, block.source)
        assert element is not None and element.tag.rsplit("}", 1)[1] in ("p", "tc")


# ---------------------------------------------------------------- .odt


def test_odt_tracked_changes_frames_notes_and_covered_cells(tmp_path):
    doc = OpenDocumentText()
    changes = TrackedChanges()
    region = ChangedRegion(id="ct1", qattributes={("http://www.w3.org/XML/1998/namespace", "id"): "ct1"})
    deletion = Deletion()
    deletion.addElement(P(text="Poistettu lause, jota ei lueta."))
    region.addElement(deletion)
    changes.addElement(region)
    doc.text.addElement(changes)
    anchor = P(text="Kappale, jossa on kehys.")
    anchor.addElement(Change(changeid="ct1"))
    frame = Frame(width="5cm", height="2cm", anchortype="paragraph")
    box = TextBox()
    box.addElement(P(text="Kehyksen teksti luetaan kerran."))
    frame.addElement(box)
    anchor.addElement(frame)
    note = Note(noteclass="footnote", id="ftn1")  # the writer's own text at the foot of the page
    note.addElement(NoteCitation(text="1"))
    note_body = NoteBody()
    note_body.addElement(P(text="Alaviite luetaan kappaleen perään."))
    note.addElement(note_body)
    anchor.addElement(note)
    doc.text.addElement(anchor)
    doc.text.addElement(P(text="Seuraava kappale."))
    table = Table(name="T")
    first = TableRow()
    merged = TableCell(numberrowsspanned=2)
    merged.addElement(P(text="Yhdistetty solu"))
    first.addElement(merged)
    right = TableCell()
    right.addElement(P(text="Ylärivi"))
    first.addElement(right)
    second = TableRow()
    second.addElement(CoveredTableCell())
    nested_cell = TableCell()
    inner = Table(name="Sisä")
    inner_row = TableRow()
    inner_cell = TableCell()
    inner_cell.addElement(P(text="Sisätaulukon solu"))
    inner_row.addElement(inner_cell)
    inner.addElement(inner_row)
    nested_cell.addElement(inner)
    second.addElement(nested_cell)
    table.addElement(first)
    table.addElement(second)
    doc.text.addElement(table)
    path = tmp_path / "muutokset.odt"
    doc.save(str(path))

    document = read_document(path)
    blocks = [b.text for b in document.blocks]
    assert "Poistettu lause, jota ei lueta." not in " ".join(blocks)
    assert blocks[:4] == ["Kappale, jossa on kehys.", "Kehyksen teksti luetaan kerran.", "Alaviite luetaan kappaleen perään.", "Seuraava kappale."]
    outer = document.tables[0]
    assert outer.block_ids[0][0] == outer.block_ids[1][0] and outer.rows[1][0] == "Yhdistetty solu"
    assert blocks.count("Yhdistetty solu") == 1
    assert document.tables[1].within == [0, 1, 1] and document.tables[1].rows == [["Sisätaulukon solu"]]


# ---------------------------------------------------------------- .pdf


def test_pdf_pages_running_lines_and_hyphenation(tmp_path):
    pages = []
    for number in range(1, 4):
        page = Page().text(60, 30, "Esimerkkilän kunta – Liikkuva ilta", size=9)
        page.text(60, 800, f"Sivu {number}", size=9)
        pages.append(page)
    pages[0].text(60, 100, "Hankkeen tausta", size=16, bold=True)
    pages[0].text(60, 140, "Kunnan nuorisotyössä on aloitettu uusi kehittämis-")
    pages[0].text(60, 154, "hanke, joka kokoaa Etelä-")
    pages[0].text(60, 168, "Pohjanmaan kunnat yhteen.")
    pages[1].text(60, 100, "Tavoitteet", size=16, bold=True)
    pages[1].text(60, 140, "Nuoret liikkuvat iltaisin enemmän kuin ennen.")
    pages[2].text(60, 100, "Aikataulu", size=16, bold=True)
    pages[2].text(60, 140, "Hanke toteutetaan 1.1.2025–31.12.2026.")
    path = tmp_path / "sivut.pdf"
    path.write_bytes(pdf_bytes(pages))

    blocks = read_document(path).blocks
    text = " ".join(b.text for b in blocks)
    assert "Esimerkkilän kunta" not in text and "Sivu" not in text
    assert "uusi kehittämishanke, joka kokoaa Etelä-Pohjanmaan kunnat yhteen." in text
    assert {b.text: b.page for b in blocks if b.kind is BlockKind.heading} == {"Hankkeen tausta": 1, "Tavoitteet": 2, "Aikataulu": 3}
    assert all(b.page for b in blocks)


@pytest.mark.parametrize("path", sorted(FIDELITY.glob("lo-*")), ids=lambda p: p.name)
def test_plans_saved_by_libreoffice_read_as_the_plain_plan(path):
    """LibreOffice writes each structure its own way (a text box as a shape, merges as covered cells)."""
    report = check_path(path)
    assert report.error is None, report.error
    assert tuple(sorted((f.rule, f.severity, f.target or "") for f in report.findings)) == findings("plain")
