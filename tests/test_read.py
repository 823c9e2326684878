"""Readers: blocks in reading order with kinds, levels and table coordinates."""

from __future__ import annotations

import docx
import pytest

from suunnitelmatarkastin.models import BlockKind
from suunnitelmatarkastin.read import ReadError, read_document

from .conftest import OSMO


def test_osmo_docx_structure():
    document = read_document(OSMO)
    kinds = [b.kind for b in document.blocks]
    assert document.title.startswith("OSMO")
    headings = [b.text for b in document.blocks if b.kind is BlockKind.heading]
    assert any(h.startswith("2.5") for h in headings)
    assert BlockKind.list_item in kinds
    [table] = [t for t in document.tables if len(t.rows) == 6]
    assert table.rows[0][0] == "Hankkeen tavoitteet"
    cell = document.blocks[table.block_ids[3][0]]
    assert (cell.kind, cell.table, cell.row, cell.cell) == (BlockKind.table_cell, table.index, 3, 0)
    assert [b.index for b in document.blocks] == list(range(len(document.blocks)))


def test_docx_without_heading_styles(tmp_path):
    path = tmp_path / "lihavoitu.docx"
    d = docx.Document()
    d.add_paragraph().add_run("Hankkeen tausta").bold = True
    d.add_paragraph("Alueella on paljon työttömiä nuoria, ja palvelut ovat hajallaan.")
    d.add_paragraph("2.1 Tavoitteet")
    d.add_paragraph("Nuorten työllisyys paranee.", style="List Number")
    d.add_paragraph("Tavoitteet on hyväksytty ohjausryhmässä.")
    d.save(path)
    blocks = read_document(path).blocks
    assert [(b.kind, b.level) for b in blocks[:3]] == [(BlockKind.heading, 1), (BlockKind.paragraph, 0), (BlockKind.heading, 2)]
    assert blocks[3].kind is BlockKind.list_item and blocks[3].numbered
    assert blocks[4].kind is BlockKind.paragraph


def test_markdown_and_text(tmp_path):
    md = tmp_path / "a.md"
    md.write_text("# Tavoitteet\n\n- Yksi\n  - Alakohta\n1. Kaksi\n\n| Tavoite | Mittari |\n|---|---|\n| A | B |\n\nTeksti\njatkuu.\n", encoding="utf-8")
    blocks = read_document(md).blocks
    assert [(b.kind.value, b.text, b.level) for b in blocks] == [
        ("heading", "Tavoitteet", 1),
        ("list_item", "Yksi", 0),
        ("list_item", "Alakohta", 1),
        ("list_item", "Kaksi", 0),
        ("table_cell", "Tavoite", 0),
        ("table_cell", "Mittari", 0),
        ("table_cell", "A", 0),
        ("table_cell", "B", 0),
        ("paragraph", "Teksti jatkuu.", 0),
    ]
    txt = tmp_path / "b.txt"
    txt.write_bytes("1. Tausta\n\nKunnassa on pulaa päivähoitopaikoista – 20 % enemmän kuin 2020.\n\n2. Tavoitteet\n\n- Jonot lyhenevät\n".encode("cp1252"))
    blocks = read_document(txt).blocks
    assert [b.kind.value for b in blocks] == ["heading", "paragraph", "heading", "list_item"]
    assert "–" in blocks[1].text and "ä" in blocks[1].text


def test_markdown_comments_show_nothing_and_a_backslash_escapes_a_marker(tmp_path):
    """An HTML comment alone on its line is not text, and "\\1) …" is a paragraph, not a list item."""
    md = tmp_path / "c.md"
    md.write_text("<!-- luonnos: tämä ei näy -->\nEnsimmäinen kappale.\n\n\\1) Tämä kohta ei ole luettelo.\n", encoding="utf-8")
    blocks = read_document(md).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("paragraph", "Ensimmäinen kappale."),
        ("paragraph", "1) Tämä kohta ei ole luettelo."),
    ]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("tyhja.docx", b"", "tyhjä"),
        ("rikki.docx", b"PK\x03\x04 ei oikeasti zip", "Word"),
        ("kuva.png", b"\x89PNG", "ei tueta"),
    ],
)
def test_unreadable_files_get_finnish_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert reason in error.value.reason
