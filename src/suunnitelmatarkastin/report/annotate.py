"""`--merkitse`: a copy of each checked .docx with the findings as Word comments at their places.

An applicant fixes a plan in Word, so the findings belong beside the text they are about. A
finding's `location.paragraph` is a block index in the reader's reading order; to turn it back into
a place in the .docx, the document is read again with the reader itself and its blocks are matched,
in order, to the paragraphs and table cells of the .docx. The reader's own rules for what becomes a
block (and what is skipped) are thus reused, not written a second time here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from rich.console import Console

from ..models import BlockKind, Document, DocumentReport, Finding, Report
from ..read import ReadError, read_document

AUTHOR = "Suunnitelmatarkastin"
INITIALS = "ST"
SUFFIX = ".tarkastettu.docx"
# Written into the copy's document properties: tells our earlier copy from a user's own file.
MARKER = "Suunnitelmatarkastimen kommentoima kopio; alkuperäinen asiakirja on ennallaan."

Anchor = Paragraph | _Cell


def annotated_path(path: str | Path) -> Path:
    """Where the commented copy of `path` goes: NAME.tarkastettu.docx beside the original."""
    path = Path(path)
    return path.with_name(path.stem + SUFFIX)


def _items(document: DocxDocument) -> Iterator[Anchor]:
    """Body paragraphs and table cells in the order the .docx reader walks them (row.cells per row)."""
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, DocxTable):
            for row in item.rows:
                yield from row.cells


def _text(anchor: Anchor) -> str:
    """The anchor's text with whitespace collapsed, as the reader stores it in a block."""
    paragraphs = anchor.paragraphs if isinstance(anchor, _Cell) else [anchor]
    return " ".join("\n".join(p.text for p in paragraphs).split())


def block_anchors(document: DocxDocument, content: Document) -> dict[int, Anchor]:
    """Block index → the paragraph or cell it was read from.

    The reader only leaves things out (empty paragraphs) and never reorders, so each block is
    matched to the next item of its own kind (cell or paragraph) with the same text.
    """
    cells = (item for item in _items(document) if isinstance(item, _Cell))
    paragraphs = (item for item in _items(document) if isinstance(item, Paragraph))
    anchors: dict[int, Anchor] = {}
    for block in content.blocks:
        source = cells if block.kind is BlockKind.table_cell else paragraphs
        match = next((item for item in source if _text(item) == block.text), None)
        if match is None:
            break
        anchors[block.index] = match
    return anchors


def _runs(anchor: Anchor) -> list[Run]:
    """The runs a comment covers: all of the anchor's text, hyperlinks included.

    A paragraph or cell without runs gets an empty anchor run, since a comment marks runs.
    """
    paragraphs = anchor.paragraphs if isinstance(anchor, _Cell) else [anchor]
    runs = [
        run
        for paragraph in paragraphs
        for item in paragraph.iter_inner_content()
        for run in (item.runs if isinstance(item, Hyperlink) else [item])
    ]
    return runs or [paragraphs[0].add_run()]


def comment_text(finding: Finding) -> str:
    """The comment a reader sees: what is wrong, then how to fix it."""
    return f"{finding.message}\nKorjaa: {finding.hint}"


def _is_ours(path: Path) -> bool:
    """Whether `path` is a copy this tool wrote earlier (and so may be replaced)."""
    try:
        return docx.Document(str(path)).core_properties.comments == MARKER
    except Exception:  # not a readable .docx at all: certainly not ours
        return False


def annotate(report: DocumentReport) -> tuple[Path, int]:
    """Write the commented copy of one checked .docx; gives its path and the number of comments.

    Raises FileExistsError when the target name is taken by a file this tool did not write.
    """
    source = Path(report.path)
    target = annotated_path(source)
    if target.exists() and not _is_ours(target):
        raise FileExistsError(str(target))
    content = read_document(source)
    document = docx.Document(str(source))
    anchors = block_anchors(document, content)
    title = next((b.index for b in content.blocks if b.kind is BlockKind.title), 0)
    fallback = anchors.get(title, document.paragraphs[0])
    # Each place's runs are taken once, before any comment is added, so that several comments on
    # one place nest instead of reaching over each other's reference marks.
    covered: dict[object, list[Run]] = {}
    for finding in report.findings:
        anchor = anchors.get(finding.location.paragraph, fallback)
        if anchor._element not in covered:
            covered[anchor._element] = _runs(anchor)
        document.add_comment(covered[anchor._element], text=comment_text(finding), author=AUTHOR, initials=INITIALS)
    document.core_properties.comments = MARKER
    document.save(str(target))
    return target, len(report.findings)


def annotate_all(report: Report, console: Console) -> None:
    """Annotate every readable .docx in the report and tell where each copy went, or why not."""
    for doc in report.documents:
        name = doc.path
        if Path(name).suffix.lower() != ".docx":
            _say(console, f"{name}: ei merkitty – kommentoitu kopio voidaan tehdä vain .docx-asiakirjasta. Tallenna asiakirja Wordissa .docx-muotoon, jos haluat havainnot kommentteina.")
            continue
        if doc.error:
            _say(console, f"{name}: ei merkitty, koska asiakirjaa ei voitu lukea.")
            continue
        try:
            target, count = annotate(doc)
        except FileExistsError as exc:
            _say(console, f"{name}: ei merkitty – tiedosto {exc} on jo olemassa eikä ole suunnitelmatarkastimen tekemä, joten sitä ei korvata. Siirrä tai nimeä se uudelleen ja aja tarkastus uudestaan.")
        except ReadError as exc:
            _say(console, f"{name}: ei merkitty – {exc.reason}.")
        except OSError as exc:
            _say(console, f"{name}: merkittyä kopiota ei voitu tallentaa ({exc.strerror or exc}).")
        else:
            _say(console, f"Kommentoitu kopio tallennettu: {target} ({count} {'kommentti' if count == 1 else 'kommenttia'})")


def _say(console: Console, text: str) -> None:
    # File names may contain [brackets]: text, not rich markup; and a path must not be wrapped.
    console.print(text, markup=False, highlight=False, soft_wrap=True)
