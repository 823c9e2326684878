"""Reads text PDFs with pdfplumber: lines grouped into paragraphs, headings, list items and tables.

A PDF has no paragraphs or heading styles, only positioned characters, so structure is rebuilt the
way a reader sees it: lines close together in the same font form a paragraph; the PDF's outline
(bookmarks), where there is one, names the headings; without it, lines in a font larger than the
body text, or short bold lines, are headings, their level given by the font size. Lines starting with
a bullet are list items, their level given by how far the bullet is indented. Ruled tables are read as
tables (one continued over a page break is joined back together); anything else stays text. Page
numbers and running headers and footers repeated on most pages are left out.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfplumber.utils.exceptions import PdfminerException

from ..models import BlockKind
from ..voikko import is_word as _is_word
from .builder import DocumentBuilder, Grid, GridCell, looks_like_heading, strip_list_marker
from .errors import ReadError

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about odd PDFs are not the user's concern

SCANNED = "PDF-tiedostossa ei ole tekstiä (se on ehkä skannattu kuva); tallenna asiakirja tekstinä tai Word-muodossa"
ENCRYPTED = "salasanalla suojattu PDF-tiedosto; poista suojaus ja tallenna asiakirja uudelleen"

_PUA_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\uf0fc": "•", "\u25cf": "•"})
_PAGE_NUMBER = re.compile(r"^\W*(sivu\s*)?\d{1,4}(\s*(/|\(|ja|of)\s*\d{1,4}\)?)?\W*$", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SIZE_STEP = 0.5  # font sizes are compared rounded to half a point
_HEADING_SIZE_RATIO = 1.12  # how much larger than body text a heading must be
_MAX_HEADING_WORDS = 30
_INDENT_TOLERANCE = 3.0
_SHORT_LINE = 0.15  # without a next line to measure by, a line this much short of the margin ended early
_SUSPENDED = {"ja", "tai", "sekä", "eli", "että"}  # "sosiaali- ja terveyspalvelut": the hyphen stays apart


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    text_x0: float  # where the text starts after a list marker

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class _Table:
    page: int
    top: float
    rows: list[list[str]]
    bbox: tuple[float, float, float, float]
    pages: list[int] = field(default_factory=list)  # each row's page (a table may go on over pages)

    def __post_init__(self) -> None:
        self.pages = self.pages or [self.page] * len(self.rows)


@dataclass(eq=False)
class _Paragraph:
    lines: list[_Line]
    marker: bool  # starts with a list marker
    numbered: bool = False
    kind: BlockKind = BlockKind.paragraph
    level: int = 0

    @property
    def text(self) -> str:
        return _joined([line.text for line in self.lines], [False] * len(self.lines))

    @property
    def first(self) -> _Line:
        return self.lines[0]


def read_pdf(path: str, data: bytes, builder: DocumentBuilder) -> None:
    """Fill `builder` from the bytes of a PDF; a scanned or protected PDF is a ReadError."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        if exc.args and isinstance(exc.args[0], PDFEncryptionError):
            raise ReadError(path, ENCRYPTED) from None
        raise
    with pdf:
        outline = _outline(pdf)
        items = _drop_running_lines(_page_items(page, number) for number, page in enumerate(pdf.pages))
    if not any(isinstance(item, _Line) or any(any(row) for row in item.rows) for item in items):
        raise ReadError(path, SCANNED)
    body = _body_size(items)
    blocks = _merge_tables(_paragraphs(items, body))
    _classify(blocks, outline, body)
    _emit(blocks, builder)


def _outline(pdf) -> dict[str, int]:
    """Bookmark titles (normalised) → level; empty when the PDF has no outline."""
    try:
        return {_key(title): level for level, title, *_ in pdf.doc.get_outlines() if isinstance(title, str) and title.strip()}
    except Exception:  # no outline, or a broken one: headings then come from fonts
        return {}


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _page_items(page, number: int) -> list[_Line | _Table]:
    """A page's lines (outside tables) and clear tables, top to bottom."""
    tables = []
    for found in page.find_tables():
        rows = _table_rows(page, found)
        if max((len(row) for row in rows), default=0) >= 2 and sum(1 for row in rows for cell in row if cell) >= 2:
            tables.append(_Table(number, found.bbox[1], rows, found.bbox))
    if tables:
        page = page.filter(lambda obj: obj.get("object_type") != "char" or not any(_inside(obj, t.bbox) for t in tables))
    lines = [_line(raw, number) for raw in page.extract_text_lines(return_chars=True, strip=True)]
    items: list[_Line | _Table] = [line for line in lines if line is not None] + tables
    return sorted(items, key=lambda item: item.top)


def _table_rows(page, found) -> list[list[str]]:
    """A table's cell texts. A narrow column breaks a word too long for it where it runs out of room
    ("Hankesuunnite / lman"), which looks just like a line ending at a word; the Finnish dictionary
    tells them apart (see `_broken`)."""
    cells = [[_cell_lines(page, bbox) if bbox else [] for bbox in row.cells] for row in found.rows]
    edges: dict[int, float] = {}
    for row in cells:
        for column, lines in enumerate(row):
            edges[column] = max([edges.get(column, 0.0)] + [line["x1"] for line in lines])
    rows = []
    for row in cells:
        texts = []
        for column, lines in enumerate(row):
            broken = [_broken(line, following, edges[column]) for line, following in zip(lines, lines[1:])]
            texts.append(_joined([line["text"] for line in lines], broken) if lines else "")
        rows.append(texts)
    return rows


def _cell_lines(page, bbox: tuple[float, float, float, float]) -> list[dict]:
    """The text lines of a cell."""
    inside = page.filter(lambda obj: obj.get("object_type") == "char" and _inside(obj, bbox))
    return [line for line in inside.extract_text_lines(strip=True) if line["text"]]


def _inside(obj: dict, bbox: tuple[float, float, float, float]) -> bool:
    """Whether a character's centre lies in a box (its glyph box may cross a cell's border)."""
    x0, top, x1, bottom = bbox
    return x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom


def _broken(line: dict, following: dict, edge: float) -> bool:
    """Whether a line ending at the column's edge ends in a word cut in two (see `_cut_word`)."""
    char_width = (line["x1"] - line["x0"]) / len(line["text"])
    return line["x1"] >= edge - 2 * char_width and _cut_word(line["text"], following["text"])


def _cut_word(text: str, following: str) -> bool:
    """Whether `text` ends in the first piece of a word that `following` goes on with, in lower
    case: the joined form is a Finnish word and the pieces are not both words ("Hankesuunnite" +
    "lman", not "kuntoutuksen" + "kehittäminen"), or neither piece is a word ("Työhönvalmentaj" +
    "at", a compound the dictionary does not know)."""
    head, rest = text.split()[-1], following.split()[0].rstrip(".,;:!?)")
    if not head[-1].isalpha() or not rest[:1].isalpha() or not (rest.islower() or (head.isupper() and rest.isupper())):
        return False
    whole, first, second = _is_word(head + rest), _is_word(head), _is_word(rest)
    return (whole and not (first and second)) or not (first or second)


def _joined(texts: list[str], broken: list[bool]) -> str:
    """Lines joined into running text: a soft hyphen, a broken word or punctuation wrapped to the next
    line joins without a space, and so does a hyphenated compound ("Etelä- / Pohjanmaan") or a range
    ("2023– / 2027"), unless a conjunction follows ("yksilö- ja"); a word hyphenated only for the line
    loses its hyphen (see `_hyphenation`)."""
    joined = texts[0]
    for text, cut in zip(texts[1:], broken):
        first = text.split()[0].casefold()
        hyphenated = first[:1].isalnum() and first not in _SUSPENDED and (joined.endswith("-") or (joined.endswith("–") and joined[-2:-1].isalnum()))
        if hyphenated and _hyphenation(joined, text):
            joined = joined[:-1] + text
        elif cut or hyphenated or joined.endswith("\u00ad") or text.startswith((",", ".", ";", ":", ")")):
            joined = joined.removesuffix("\u00ad") + text
        else:
            joined += " " + text
    return joined.replace("\u00ad", "")


def _hyphenation(joined: str, following: str) -> bool:
    """Whether a hyphen at a line's end only breaks a word for the line ("kehittämis- / hanke"):
    the word goes on in lower case and the whole is a Finnish word. A compound written with a
    hyphen ("Etelä- / Pohjanmaa", "kaupunki- / imago") keeps it."""
    head, rest = joined.split()[-1][:-1], following.split()[0].rstrip(".,;:!?)")
    return head[-1:].isalpha() and rest[:1].isalpha() and rest.islower() and _is_word(head + rest)


def _line(raw: dict, page: int) -> _Line | None:
    chars = [ch for ch in raw["chars"] if ch["text"].strip()]
    text = raw["text"].translate(_PUA_BULLETS).strip()
    if not chars or not text:
        return None
    sizes = Counter(round(ch["size"] / _SIZE_STEP) * _SIZE_STEP for ch in chars)
    marker = strip_list_marker(text)
    marker_chars = len("".join(text[: len(text) - len(marker[0])].split())) if marker else 0
    text_x0 = chars[marker_chars]["x0"] if marker and marker_chars < len(chars) else raw["x0"]
    return _Line(
        page=page,
        text=text,
        x0=raw["x0"],
        x1=raw["x1"],
        top=raw["top"],
        bottom=raw["bottom"],
        size=sizes.most_common(1)[0][0],
        bold=all(_BOLD_FONT.search(ch.get("fontname", "")) for ch in chars[marker_chars:] or chars),
        text_x0=text_x0,
    )


def _drop_running_lines(pages) -> list[_Line | _Table]:
    """Every page's items in order, without page numbers and lines repeated atop or below most pages."""
    pages = list(pages)
    edges: Counter[str] = Counter()
    for items in pages:
        lines = [item for item in items if isinstance(item, _Line)]
        for line in {id(line): line for line in lines[:1] + lines[-1:]}.values():
            edges[re.sub(r"\d+", "#", _key(line.text))] += 1
    repeated = {text for text, count in edges.items() if count >= max(3, len(pages) / 2)}
    kept: list[_Line | _Table] = []
    for items in pages:
        lines = [item for item in items if isinstance(item, _Line)]
        edge_ids = {id(line) for line in lines[:1] + lines[-1:]}
        for item in items:
            if id(item) in edge_ids and (_PAGE_NUMBER.match(item.text) or re.sub(r"\d+", "#", _key(item.text)) in repeated):
                continue
            kept.append(item)
    return kept


def _body_size(items: list[_Line | _Table]) -> float:
    """The font size of most of the text: what headings are larger than."""
    sizes: Counter[float] = Counter()
    for item in items:
        if isinstance(item, _Line):
            sizes[item.size] += len(item.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _marker(line: _Line, body: float, ends_early: bool) -> tuple[str, bool] | None:
    """The line's list marker. A number on a bold or large line, or on a line of its own that reads
    as a heading ("1. Tausta ja tarve"), is a heading's typed numbering instead, as in plain text."""
    marker = strip_list_marker(line.text)
    if marker and marker[1] and (line.bold or line.size >= body * _HEADING_SIZE_RATIO or (ends_early and looks_like_heading(line.text, line.bold)[0])):
        return None
    return marker


def _paragraphs(items: list[_Line | _Table], body: float) -> list[_Paragraph | _Table]:
    """Lines joined into paragraphs: same font, close together, aligned, not a new list item."""
    right = max((item.x1 for item in items if isinstance(item, _Line)), default=0.0)
    blocks: list[_Paragraph | _Table] = []
    current: _Paragraph | None = None
    for item, following in zip(items, items[1:] + [None]):
        if isinstance(item, _Table):
            blocks.append(item)
            current = None
            continue
        marker = _marker(item, body, _ends_early(item, following, right))
        if current is not None and marker is None and _continues(current, item, right):
            current.lines.append(item)
            continue
        current = _Paragraph([item], marker=marker is not None, numbered=bool(marker and marker[1]))
        blocks.append(current)
    return blocks


def _ends_early(line: _Line, following: _Line | _Table | None, right: float) -> bool:
    """Whether a line ends before the margin by more than the next line's first word needs: the
    text broke there on purpose (a paragraph's end, a heading), not because the word did not fit."""
    if not isinstance(following, _Line):
        return line.x1 < right - _SHORT_LINE * (right - line.x0)
    char_width = (following.x1 - following.x0) / len(following.text)
    return right - line.x1 > char_width * (len(following.text.split()[0]) + 2)


def _continues(paragraph: _Paragraph, line: _Line, right: float) -> bool:
    last = paragraph.lines[-1]
    if abs(line.size - last.size) > _SIZE_STEP or line.bold != last.bold:
        return False
    if _ends_early(last, line, right) and (
        last.text.endswith((".", "!", "?", ":")) or (len(paragraph.lines) == 1 and looks_like_heading(last.text, last.bold)[0])
    ):
        return False  # a sentence ending early ends its paragraph; a heading-like line stands alone
    if line.page != last.page:  # a paragraph goes on over a page break only from a full line
        if line.page != last.page + 1 or _ends_early(last, line, right):
            return False
    elif line.top - last.bottom > 0.5 * max(last.height, line.height):
        return False
    if paragraph.marker:  # a list item's lines start under its text, or under a typed "1)" itself
        anchors = [paragraph.first.text_x0] + ([paragraph.first.x0] if paragraph.numbered else [])
        return any(abs(line.x0 - anchor) <= _INDENT_TOLERANCE for anchor in anchors)
    return abs(line.x0 - last.x0) <= _INDENT_TOLERANCE or (len(paragraph.lines) == 1 and line.x0 < last.x0)


def _merge_tables(blocks: list[_Paragraph | _Table]) -> list[_Paragraph | _Table]:
    """A table continued on the next page is one table: its repeated header row is dropped and a
    row split by the page break is joined back to the row it continues."""
    merged: list[_Paragraph | _Table] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if isinstance(block, _Table) and isinstance(previous, _Table) and block.page == previous.page + 1:
            rows = block.rows[1:] if block.rows[:1] == previous.rows[:1] else block.rows
            if rows and previous.rows and _continues_row(rows[0]) and len(rows[0]) == len(previous.rows[-1]):
                previous.rows[-1] = [_joined([a, b], [_cut_word(a, b)]) if a and b else a or b for a, b in zip(previous.rows[-1], rows[0])]
                rows = rows[1:]
            previous.rows.extend(rows)
            previous.pages.extend([block.page] * len(rows))
            previous.page = block.page
            continue
        merged.append(block)
    return merged


def _continues_row(row: list[str]) -> bool:
    """Whether a table's first row on a new page is the rest of the row the page break cut: its
    first cell is empty or goes on mid-sentence ("n ja kokevat …", "(mm. tulkkaus …)")."""
    first = row[0][:1]
    return not first or not (first.isupper() or first.isdigit())


def _classify(blocks: list[_Paragraph | _Table], outline: dict[str, int], body: float) -> None:
    """Set each paragraph's kind and level: title, heading (outline or font), list item, paragraph."""
    paragraphs = [b for b in blocks if isinstance(b, _Paragraph)]
    larger = [p for p in paragraphs if p.first.size >= body * _HEADING_SIZE_RATIO and not p.marker and len(p.text.split()) <= _MAX_HEADING_WORDS]
    title = _title(paragraphs, larger)
    if title is not None:
        title.kind = BlockKind.title
        larger.remove(title)
    by_outline = {id(p): outline[_key(p.text)] for p in paragraphs if p is not title and _key(p.text) in outline}
    ranks = sorted({p.first.size for p in larger}, reverse=True)
    bullet_columns = _columns(p.first.x0 for p in paragraphs if p.marker and not p.numbered)
    for paragraph in paragraphs:
        if paragraph is title:
            continue
        if by_outline:
            heading_level = by_outline.get(id(paragraph))
        elif paragraph in larger:
            heading_level = ranks.index(paragraph.first.size) + 1
        elif paragraph.first.bold and paragraph.first.size >= body and looks_like_heading(paragraph.text, True)[0]:
            heading_level = len(ranks) + 1
        else:
            heading_level = None
        if heading_level:
            paragraph.kind, paragraph.level = BlockKind.heading, heading_level
        elif paragraph.marker:
            paragraph.kind = BlockKind.list_item
            paragraph.level = _column(bullet_columns, paragraph.first.x0) if not paragraph.numbered else 0


def _title(paragraphs: list[_Paragraph], larger: list[_Paragraph]) -> _Paragraph | None:
    """The largest text, used once, among the first paragraphs of page one is the title."""
    if not larger:
        return None
    biggest = max(p.first.size for p in larger)
    candidates = [p for p in larger if p.first.size == biggest]
    if len(candidates) == 1 and candidates[0] in paragraphs[:3] and candidates[0].first.page == 0:
        return candidates[0]
    return None


def _columns(positions) -> list[float]:
    """Distinct indents (within tolerance), left to right: list nesting levels."""
    columns: list[float] = []
    for x in sorted(positions):
        if not columns or x - columns[-1] > _INDENT_TOLERANCE:
            columns.append(x)
    return columns


def _column(columns: list[float], x: float) -> int:
    return min(range(len(columns)), key=lambda i: abs(columns[i] - x)) if columns else 0


def _emit(blocks: list[_Paragraph | _Table], builder: DocumentBuilder) -> None:
    for block in blocks:
        if isinstance(block, _Table):
            builder.add_grid(Grid([[GridCell(text, page=page + 1) for text in row] for row, page in zip(block.rows, block.pages)]))
            continue
        text = block.text
        page = block.first.page + 1
        if block.kind is BlockKind.list_item:
            marker = strip_list_marker(text)
            builder.add(BlockKind.list_item, marker[0] if marker else text, level=block.level, numbered=block.numbered, page=page)
        elif block.kind is BlockKind.paragraph:
            builder.add(BlockKind.paragraph, text, bold=block.first.bold, page=page)
        else:
            builder.add(block.kind, text, level=block.level, page=page)
