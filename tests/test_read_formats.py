"""The .odt and .pdf readers and text encodings: the same structure as from .docx and Markdown.

The fixtures are made here: .odt with odfpy, .pdf with the small writer in `minipdf`, so that the
tests need no office suite and no PDF library.
"""

from __future__ import annotations

import pytest
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import (
    H,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    Span,
)

from suunnitelmatarkastin.models import BlockKind
from suunnitelmatarkastin.read import ReadError, read_document

from .minipdf import Page, pdf_bytes


def _kinds(document) -> list[tuple[str, int, str]]:
    return [(b.kind.value, b.level, b.text) for b in document.blocks]


# ---------------------------------------------------------------- .odt


def _odt(tmp_path):
    doc = OpenDocumentText()
    title = Style(name="Title", family="paragraph")
    bold_text = Style(name="Vahva", family="text")
    bold_text.addElement(TextProperties(fontweight="bold"))
    bullets = ListStyle(name="Luettelo")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
    bullets.addElement(ListLevelStyleBullet(level=2, bulletchar="–"))
    numbers = ListStyle(name="Numerot")
    numbers.addElement(ListLevelStyleNumber(level=1, numformat="1"))
    for style in (title, bold_text, bullets, numbers):
        doc.styles.addElement(style)

    doc.text.addElement(P(stylename=title, text="Kylätalo-hankkeen hankesuunnitelma"))
    doc.text.addElement(H(outlinelevel=1, text="1 Tausta"))
    para = P(text="Kylällä ei ole yhteistä tilaa")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Alaviitteen teksti luetaan kappaleen perään."))
    note.addElement(body)
    para.addElement(note)
    para.addText(", ja nuoret lähtevät muualle.")
    doc.text.addElement(para)
    lead = P()
    lead.addElement(Span(stylename=bold_text, text="Tavoitteet"))
    doc.text.addElement(lead)
    doc.text.addElement(H(outlinelevel=3, text="1.1.1 Syvä otsikko"))

    outer = List(stylename=bullets)
    item = ListItem()
    item.addElement(P(text="Nuoret harrastavat kotikylässä."))
    inner = List()
    inner_item = ListItem()
    inner_item.addElement(P(text="Viikoittainen kerho."))
    inner.addElement(inner_item)
    item.addElement(inner)
    outer.addElement(item)
    doc.text.addElement(outer)
    numbered = List(stylename=numbers)
    numbered_item = ListItem()
    numbered_item.addElement(P(text="Ensimmäinen vaihe."))
    numbered.addElement(numbered_item)
    doc.text.addElement(numbered)

    table = Table(name="Tavoitetaulukko")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    for cells in (["Tavoite", "Toimenpiteet", "Mittari"], ["Nuoret harrastavat", "Kerho", None], ["Tila on käytössä", "", "Kävijämäärä"]):
        row = TableRow()
        for cell in cells:
            if cell is None:
                row.addElement(CoveredTableCell())
                continue
            element = TableCell()
            element.addElement(P(text=cell))
            row.addElement(element)
        row.addElement(TableCell(numbercolumnsrepeated=1000))  # a spreadsheet-style empty tail
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(text="Taulukon jälkeinen kappale."))
    path = tmp_path / "kylatalo.odt"
    doc.save(str(path))
    return path


def test_odt_structure(tmp_path):
    document = read_document(_odt(tmp_path))
    assert document.format == "odt"
    assert document.title == "Kylätalo-hankkeen hankesuunnitelma"
    blocks = _kinds(document)
    assert blocks[:5] == [
        ("title", 0, "Kylätalo-hankkeen hankesuunnitelma"),
        ("heading", 1, "1 Tausta"),
        ("paragraph", 0, "Kylällä ei ole yhteistä tilaa, ja nuoret lähtevät muualle."),
        ("paragraph", 0, "Alaviitteen teksti luetaan kappaleen perään."),  # the writer's note, not the sentence's words
        ("paragraph", 0, "Tavoitteet"),
    ]
    assert document.blocks[4].bold
    assert blocks[5] == ("heading", 3, "1.1.1 Syvä otsikko")
    items = [(b.text, b.level, b.numbered) for b in document.blocks if b.kind is BlockKind.list_item]
    assert items == [("Nuoret harrastavat kotikylässä.", 0, False), ("Viikoittainen kerho.", 1, False), ("Ensimmäinen vaihe.", 0, True)]
    [table] = document.tables
    assert table.rows == [["Tavoite", "Toimenpiteet", "Mittari"], ["Nuoret harrastavat", "Kerho", ""], ["Tila on käytössä", "", "Kävijämäärä"]]
    cell = document.blocks[table.block_ids[2][2]]
    assert (cell.kind, cell.row, cell.cell, cell.text) == (BlockKind.table_cell, 2, 2, "Kävijämäärä")
    assert blocks[-1] == ("paragraph", 0, "Taulukon jälkeinen kappale.")
    assert [b.index for b in document.blocks] == list(range(len(document.blocks)))


# ---------------------------------------------------------------- .pdf


def _pdf_pages() -> list[Page]:
    first = Page()
    first.text(72, 50, "Hankesuunnitelma: Kylätalo", size=20, bold=True)
    first.text(72, 100, "1 Tausta", size=14, bold=True)
    first.text(72, 125, "Kylällä ei ole yhteistä tilaa, ja nuoret lähtevät muualle")
    first.text(72, 139, "harrastamaan. Kustannus on 5 000 € vuodessa – ”kohtuullinen”.")
    first.text(72, 163, "Toinen kappale alkaa välin jälkeen.")
    first.text(72, 195, "1.1 Lähtötilanne", size=13, bold=True)
    first.text(72, 220, "Etelä-")
    first.text(72, 234, "Pohjanmaan kunnat ovat sosiaali-")
    first.text(72, 248, "ja terveyspalveluissa mukana.")
    first.text(72, 280, "Tavoitteet", bold=True)
    first.text(72, 300, "•").text(84, 300, "Nuoret harrastavat kotikylässä, ja heidän määränsä kasvaa")
    first.text(84, 314, "vuosittain.")  # the item's second line starts under its text, not its bullet
    first.text(96, 328, "–").text(108, 328, "Viikoittainen kerho.")
    first.text(72, 342, "•").text(84, 342, "Tila on kaikkien käytössä.")
    for row, cells in enumerate([("Tavoite", "Mittari"), ("Nuoret harrastavat", "Kävijämäärä"), ("Tila on käytössä", "")]):
        for column, text in enumerate(cells):
            first.rect(72 + 200 * column, 380 + 24 * row, 200, 24)
            first.text(76 + 200 * column, 385 + 24 * row, text)
    first.text(290, 800, "1")
    second = Page()
    second.text(72, 50, "2 Toteutus", size=14, bold=True)
    second.text(72, 75, "Kerho kokoontuu kylätalolla.")
    second.text(290, 800, "2")
    return [first, second]


def test_pdf_structure_from_fonts(tmp_path):
    path = tmp_path / "kylatalo.pdf"
    path.write_bytes(pdf_bytes(_pdf_pages()))
    document = read_document(path)
    assert document.format == "pdf"
    assert document.title == "Hankesuunnitelma: Kylätalo"
    texts = [b.text for b in document.blocks]
    assert "1" not in texts and "2" not in texts, "page numbers are left out"
    assert _kinds(document)[:10] == [
        ("title", 0, "Hankesuunnitelma: Kylätalo"),
        ("heading", 1, "1 Tausta"),
        ("paragraph", 0, "Kylällä ei ole yhteistä tilaa, ja nuoret lähtevät muualle harrastamaan. Kustannus on 5 000 € vuodessa – ”kohtuullinen”."),
        ("paragraph", 0, "Toinen kappale alkaa välin jälkeen."),
        ("heading", 2, "1.1 Lähtötilanne"),
        ("paragraph", 0, "Etelä-Pohjanmaan kunnat ovat sosiaali- ja terveyspalveluissa mukana."),
        ("heading", 3, "Tavoitteet"),
        ("list_item", 0, "Nuoret harrastavat kotikylässä, ja heidän määränsä kasvaa vuosittain."),
        ("list_item", 1, "Viikoittainen kerho."),
        ("list_item", 0, "Tila on kaikkien käytössä."),
    ]
    [table] = document.tables
    assert table.rows == [["Tavoite", "Mittari"], ["Nuoret harrastavat", "Kävijämäärä"], ["Tila on käytössä", ""]]
    assert _kinds(document)[-2:] == [("heading", 1, "2 Toteutus"), ("paragraph", 0, "Kerho kokoontuu kylätalolla.")]


def test_pdf_outline_names_the_headings(tmp_path):
    page = Page()
    page.text(72, 50, "Arviointisuunnitelma")
    page.text(72, 80, "Tausta ja tavoitteet")
    page.text(72, 100, "Hankkeen tavoitteena on parantaa palveluja.")
    page.text(72, 130, "Arvioinnin menetelmät")
    page.text(72, 150, "Kerätään palautetta kyselyllä.")
    path = tmp_path / "kirjanmerkit.pdf"
    path.write_bytes(pdf_bytes([page], outline=[(1, "Tausta ja tavoitteet"), (2, "Arvioinnin menetelmät")]))
    blocks = _kinds(read_document(path))
    assert blocks[1:] == [
        ("heading", 1, "Tausta ja tavoitteet"),
        ("paragraph", 0, "Hankkeen tavoitteena on parantaa palveluja."),
        ("heading", 2, "Arvioinnin menetelmät"),
        ("paragraph", 0, "Kerätään palautetta kyselyllä."),
    ]


def test_table_continued_on_next_page_is_one_table(tmp_path):
    pages = []
    for rows in ([("Tavoite", "Mittari"), ("Osaaminen", "Kysely")], [("Tavoite", "Mittari"), ("", "ja haastattelu"), ("Yhteistyö", "Tapaamiset")]):
        page = Page()
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                page.rect(72 + 200 * column, 60 + 24 * row, 200, 24)
                page.text(76 + 200 * column, 65 + 24 * row, text)
        pages.append(page)
    path = tmp_path / "taulukko.pdf"
    path.write_bytes(pdf_bytes(pages))
    [table] = read_document(path).tables
    assert table.rows == [["Tavoite", "Mittari"], ["Osaaminen", "Kysely ja haastattelu"], ["Yhteistyö", "Tapaamiset"]]


def test_scanned_pdf_is_refused_with_advice(tmp_path):
    path = tmp_path / "skannattu.pdf"
    path.write_bytes(pdf_bytes([Page().image(), Page().image()]))
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert error.value.reason == "PDF-tiedostossa ei ole tekstiä (se on ehkä skannattu kuva); tallenna asiakirja tekstinä tai Word-muodossa"


# ---------------------------------------------------------------- text encodings


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8", "utf-8-sig", "utf-16"])
def test_text_encodings(tmp_path, encoding):
    text = "Tavoitteet\n\nÄidinkielen ja öljyn hinta: 5 € – ”lainaus” ja ’toinen’.\n"
    if encoding == "latin-1":  # no euro sign or typographic quotes in Latin-1
        text = text.replace("€", "e").replace("–", "-").replace("”", '"').replace("’", "'")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    blocks = read_document(path).blocks
    assert blocks[1].text == text.split("\n")[2]
