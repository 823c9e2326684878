"""Builds a `Document` from the blocks a format reader finds, the same way for every format.

Readers only say what they see (a styled heading, a bold line, a list item, a table); this module
numbers the blocks and, where a document uses no heading styles, decides which plain lines are
headings: bold short lines, lines with typed numbering ("2.1 Arvioinnin periaatteet") and short
all-capital lines, as people write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, BlockKind, Document, Table
from .errors import ReadError
from .safety import MAX_TEXT_CHARS, thousands

_HEADING_STYLE = re.compile(r"^(heading|otsikko)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "otsikko", "nimiö", "subtitle"}
_TYPED_NUMBER = re.compile(r"^\s*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\)|\d{1,2}(?=\s+[A-ZÅÄÖ]))\s+(\S.*)$")
_MAX_HEADING_WORDS = 14
_APPENDIX = re.compile(r"^\s*liite\s+\d{1,2}\b", re.IGNORECASE)
_LIST_MARKERS = re.compile(r"^\s*([-•·*–▪◦]|\d{1,2}[.)])\s+")


@dataclass
class GridCell:
    """A table cell as a reader found it: its own text, where it was read from, and the tables
    nested in it."""

    text: str
    source: list[int] | None = None
    page: int | None = None
    nested: list[Grid] = field(default_factory=list)


Merged = tuple[int, int]  # a grid position covered by the cell that starts at this (row, column)


@dataclass
class Grid:
    """A table on its grid: each position holds a cell, or the (row, column) of the merged cell
    that covers it, so that a merged cell is read once."""

    rows: list[list[GridCell | Merged]]


class DocumentBuilder:
    """Collects blocks in reading order; `build()` gives the finished `Document`."""

    def __init__(self, path: str, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self.title: str | None = None
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.chars = 0

    def add(self, kind: BlockKind, text: str, **attrs) -> int:
        """Add a block (empty text is kept out except in tables, whose shape matters).

        The text limit is enforced here, while reading, so that an enormous document is refused
        before it has been read whole, whatever its format.
        """
        text = " ".join(text.split())
        if not text and kind is not BlockKind.table_cell:
            return -1
        self.chars += len(text)
        if self.chars > MAX_TEXT_CHARS:
            raise ReadError(self.path, f"asiakirja on liian pitkä tarkastettavaksi (tekstiä on yli {thousands(MAX_TEXT_CHARS)} merkkiä, joka on enimmäismäärä); jaa asiakirja osiin")
        block = Block(index=len(self.blocks), kind=kind, text=text, **attrs)
        self.blocks.append(block)
        if kind is BlockKind.title and self.title is None:
            self.title = text
        return block.index

    def add_table(self, rows: list[list[str]], page: int | None = None) -> None:
        """Add a table of plain cell texts: one block per cell, row by row."""
        self.add_grid(Grid([[GridCell(text, page=page) for text in row] for row in rows]))

    def add_grid(self, grid: Grid, within: list[int] | None = None) -> int:
        """Add a table: one block per cell in reading order, each nested table right after the
        cell it sits in; gives the table's index.

        A row with missing cells (a short Markdown row, a ragged .odt table) is padded with empty
        cells, so that every stage after reading can take any column of any row.
        """
        width = max((len(row) for row in grid.rows), default=0)
        table_index = len(self.tables)
        self.tables.append(Table(index=table_index, rows=[], block_ids=[], within=within))
        texts: list[list[str]] = []
        block_ids: list[list[int]] = []
        for r, row in enumerate(grid.rows):
            row = row + [GridCell("") for _ in range(width - len(row))]
            texts.append([])
            block_ids.append([])
            for c, cell in enumerate(row):
                if isinstance(cell, GridCell):
                    index = self.add(BlockKind.table_cell, cell.text, table=table_index, row=r, cell=c, page=cell.page, source=cell.source)
                    nested = [self.tables[self.add_grid(inner, [table_index, r, c])] for inner in cell.nested]
                    texts[r].append(" ".join([self.blocks[index].text] + [_table_text(t) for t in nested]).strip())
                    block_ids[r].append(index)
                else:
                    origin_row, origin_col = cell  # a reader gives only positions already read
                    texts[r].append(texts[origin_row][origin_col])
                    block_ids[r].append(block_ids[origin_row][origin_col])
        self.tables[table_index] = Table(index=table_index, rows=texts, block_ids=block_ids, within=within)
        return table_index

    def build(self) -> Document:
        blocks = self.blocks
        styled = sum(1 for b in blocks if b.kind is BlockKind.heading)
        if styled < 2:
            blocks = _sub_headings_of_numbered(_numbered_questions([_infer_heading(b) for b in blocks]))
            if sum(1 for b in blocks if b.kind is BlockKind.heading) < 2:
                blocks = _question_series(blocks)
        title = self.title
        if title is None:
            title = _first_title(blocks)
        return Document(path=self.path, format=self.format, title=title, blocks=blocks, tables=self.tables)


def _table_text(table: Table) -> str:
    """A nested table's text as it stands in the cell around it: each cell once, in order."""
    seen: set[int] = set()
    parts = []
    for row, ids in zip(table.rows, table.block_ids):
        for text, index in zip(row, ids):
            if index not in seen and text:
                seen.add(index)
                parts.append(text)
    return " ".join(parts)


def heading_style_level(style: str) -> int | None:
    """The level a named heading style gives ("Heading 2", "Otsikko 2"), in any format; else None."""
    match = _HEADING_STYLE.match(style.strip())
    return int(match.group(2)) if match else None


def is_title_style(style: str) -> bool:
    """Whether a named paragraph style is the document's title style ("Title", "Otsikko")."""
    return style.strip().lower() in _TITLE_STYLES


def looks_like_heading(text: str, bold: bool) -> tuple[bool, int]:
    """Whether a plain line reads as a heading, and its level (typed numbering gives the depth)."""
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or text.rstrip().endswith((".", ",", ";")):
        return False, 0
    if text.rstrip().endswith("?") and not bold:
        return False, 0
    if _APPENDIX.match(text):
        return True, 1
    numbered = _TYPED_NUMBER.match(text)
    if numbered:
        rest = numbered.group(2)
        if rest[:1].isupper() and len(rest.split()) <= 10:
            depth = len([p for p in re.split(r"[.)]", numbered.group(1)) if p.strip()])
            return True, max(1, depth)
        return False, 0
    if bold:
        return True, 1
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(words) <= 10:
        return True, 1
    return False, 0


def _infer_heading(block: Block) -> Block:
    if block.kind is not BlockKind.paragraph:
        return block
    is_heading, level = looks_like_heading(block.text, block.bold)
    if not is_heading:
        return block
    return block.model_copy(update={"kind": BlockKind.heading, "level": level})


def _numbered_questions(blocks: list[Block]) -> list[Block]:
    """A typed-numbered question among typed-numbered headings ("5. Kustannukset", "6. Mistä
    tiedämme, että onnistumme?", "7. Odotetut tulokset") is the heading its number says it is: a
    question alone is no heading, but one that carries the next number of the headings before it and
    after it is. A questionnaire's numbered questions do not continue the headings' numbers."""
    numbered = [(i, _number(b)) for i, b in enumerate(blocks) if b.kind is BlockKind.heading and _number(b) is not None]
    found = list(blocks)
    for (before, n), (after, m) in zip(numbered, numbered[1:]):
        if m != n + 2:
            continue
        questions = [
            i for i in range(before + 1, after)
            if _numbered_question(blocks[i]) == n + 1
        ]
        if len(questions) == 1:
            found[questions[0]] = blocks[questions[0]].model_copy(update={"kind": BlockKind.heading, "level": blocks[before].level})
    return found


def _sub_headings_of_numbered(blocks: list[Block]) -> list[Block]:
    """Bold lines without numbers straight under a typed-numbered heading are its sub-headings
    ("2 Menetelmät", then "Kyselyt" and its text, "Haastattelut" and its text, then "3 Aikataulu"):
    a numbered heading with no text of its own before an unnumbered one opens a part that those
    divide, up to the next heading numbered as deep or deeper in the outline. Where the numbered
    heading has text of its own, an unnumbered line after it may be a part of its own ("Liitteet")."""
    found = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        depth = _typed_depth(block)
        if block.kind is not BlockKind.heading or depth is None or not _unnumbered_heading(blocks[i + 1]):
            continue
        for j in range(i + 1, len(blocks)):
            after = blocks[j]
            if after.kind is BlockKind.heading and (_typed_depth(after) or depth + 1) <= depth:
                break
            if _unnumbered_heading(after):
                found[j] = after.model_copy(update={"level": max(after.level, block.level + 1)})
    return found


def _typed_depth(block: Block) -> int | None:
    """How deep a line's typed numbering goes ("2" 1, "2.1" 2), or None for a line without one."""
    numbered = _TYPED_NUMBER.match(block.text)
    if not numbered:
        return None
    return len([p for p in re.split(r"[.)]", numbered.group(1)) if p.strip()])


def _unnumbered_heading(block: Block) -> bool:
    """A heading inferred from a bold line that carries no typed number (nor names an appendix)."""
    return block.kind is BlockKind.heading and block.bold and _typed_depth(block) is None and not _APPENDIX.match(block.text)


def _question_series(blocks: list[Block]) -> list[Block]:
    """A document without headings whose parts are typed-numbered questions, each on a line of its
    own with the answer below it ("1 Kuka jatkaa kerhoa?", a paragraph, "2 Miten kerromme
    tuloksista?", …): the questions, numbered on from 1, are its headings. A questionnaire's
    questions follow one another with no answer between, and a run that skips a number is a list,
    not the document's parts."""
    found: list[int] = []
    for i, block in enumerate(blocks):
        n = _numbered_question(block)
        if n is None:
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if n != len(found) + 1 or after is None or after.kind is BlockKind.heading or after.text.rstrip().endswith("?"):
            return blocks
        found.append(i)
    if len(found) < 2:
        return blocks
    return [b.model_copy(update={"kind": BlockKind.heading, "level": 1}) if i in found else b for i, b in enumerate(blocks)]


def _number(block: Block) -> int | None:
    """The number a block's text is typed with ("5.", "6)", "7 Tulokset"), if it is a whole number."""
    found = _TYPED_NUMBER.match(block.text)
    return int(found.group(1).rstrip(".)")) if found and found.group(1).rstrip(".)").isdigit() else None


def _numbered_question(block: Block) -> int | None:
    """The number of a short paragraph that is a typed-numbered question ("6. Mistä tiedämme?")."""
    text = block.text.rstrip()
    if block.kind is not BlockKind.paragraph or not text.endswith("?") or len(text.split()) > _MAX_HEADING_WORDS:
        return None
    return _number(block)


def _first_title(blocks: list[Block]) -> str | None:
    for block in blocks[:3]:
        if block.kind in (BlockKind.heading, BlockKind.paragraph) and block.text:
            return block.text
    return None


def strip_list_marker(text: str) -> tuple[str, bool] | None:
    """A typed list marker ("- ", "• ", "1) ") removed, and whether it was a number; else None."""
    match = _LIST_MARKERS.match(text)
    if not match:
        return None
    return text[match.end() :], match.group(1)[0].isdigit()
