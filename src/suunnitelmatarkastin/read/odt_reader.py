"""Reads .odt files with odfpy: headings with their outline level, paragraphs, nested lists and
tables, in reading order.

Only the document's own flow is read, as LibreOffice shows it: the text of a frame or text box,
and of a footnote or endnote (the writer's own text at the foot of the page), comes right after the
paragraph it is anchored in; a table nested in a cell is a table of its own, and a merged cell is
read once. Comments, tracked deletions (kept apart in `text:tracked-changes`) and generated indexes
(a table of contents repeats the headings) are left out, as in the .docx reader.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from odf.element import Element
from odf.namespaces import FONS, STYLENS, TABLENS, TEXTNS
from odf.opendocument import load

from ..models import BlockKind
from .builder import DocumentBuilder, Grid, GridCell, Merged, heading_style_level, is_title_style

_MAX_REPEAT = 64  # a table row or cell "repeated" a million times is a spreadsheet artefact or an attack
_MAX_COLUMNS = 64  # and so is a cell spanning a million columns
_MAX_SPAN_ROWS = 1000
_MAX_TABLE_DEPTH = 8  # tables nested deeper are read as the text of the cell they sit in
_MAX_BOX_DEPTH = 16  # text boxes in text boxes deeper than this are not read
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SKIPPED_IN_TEXT = {(TEXTNS, "note-citation"), (TEXTNS, "tracked-changes")}
_ANNOTATION = "annotation"


class _Styles:
    """Paragraph, text and list styles by name: what a paragraph's style makes it."""

    def __init__(self, document) -> None:
        self.parents: dict[tuple[str, str], str] = {}
        self.display: dict[tuple[str, str], str] = {}
        self.bold: set[tuple[str, str]] = set()
        self.paragraph_lists: dict[str, str] = {}
        self.numbered_levels: dict[str, set[int]] = {}
        for container in (document.styles, document.automaticstyles):
            for node in container.childNodes:
                self._add(node)

    def _add(self, node: Element) -> None:
        name = node.getAttrNS(STYLENS, "name")
        if node.qname == (TEXTNS, "list-style"):
            levels = self.numbered_levels.setdefault(name, set())
            for level in node.childNodes:
                if level.qname == (TEXTNS, "list-level-style-number"):
                    levels.add(int(level.getAttrNS(TEXTNS, "level") or 1))
            return
        if node.qname != (STYLENS, "style"):
            return
        key = (node.getAttrNS(STYLENS, "family") or "", name)
        parent = node.getAttrNS(STYLENS, "parent-style-name")
        if parent:
            self.parents[key] = parent
        self.display[key] = node.getAttrNS(STYLENS, "display-name") or name.replace("_20_", " ")
        if node.getAttrNS(STYLENS, "list-style-name"):
            self.paragraph_lists[name] = node.getAttrNS(STYLENS, "list-style-name")
        for props in node.childNodes:
            if props.qname == (STYLENS, "text-properties") and props.getAttrNS(FONS, "font-weight") in ("bold", "700", "800", "900"):
                self.bold.add(key)

    def chain(self, family: str, name: str) -> Iterator[tuple[str, str]]:
        """The style and its ancestors, nearest first (a loop in a broken file ends the chain)."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            yield family, name
            name = self.parents.get((family, name), "")

    def names(self, family: str, name: str) -> list[str]:
        return [self.display.get(key, key[1].replace("_20_", " ")) for key in self.chain(family, name)]

    def is_bold(self, family: str, name: str) -> bool:
        return any(key in self.bold for key in self.chain(family, name))

    def is_numbered(self, list_style: str | None, level: int) -> bool:
        return bool(list_style) and level + 1 in self.numbered_levels.get(list_style, set())


def _text(node: Element, styles: _Styles, boxes: list[Element] | None = None) -> tuple[str, bool]:
    """A paragraph's text and whether all of it is bold (by paragraph or span styles); the text
    boxes anchored in it go to `boxes`, to be read after it."""
    parts: list[str] = []
    all_bold = True

    def walk(element: Element, bold: bool) -> None:
        nonlocal all_bold
        for child in element.childNodes:
            if child.nodeType == child.TEXT_NODE:
                parts.append(child.data)
                if child.data.strip() and not bold:
                    all_bold = False
                continue
            if child.nodeType != child.ELEMENT_NODE or _skipped(child):
                continue
            namespace, local = child.qname
            if namespace == _DRAW and local != "frame" or (namespace, local) == (TEXTNS, "note-body"):
                if boxes is not None:  # a text box, a shape with text (a Word text box saved by LibreOffice) or a note
                    boxes.append(child)
            elif (namespace, local) == (TEXTNS, "s") or local in ("tab", "line-break") and namespace == TEXTNS:
                parts.append(" ")
            else:
                span_style = child.getAttrNS(TEXTNS, "style-name") if namespace == TEXTNS else ""
                walk(child, bold or bool(span_style and styles.is_bold("text", span_style)))

    style = node.getAttrNS(TEXTNS, "style-name") or ""
    walk(node, styles.is_bold("paragraph", style))
    text = "".join(parts)
    return text, all_bold and bool(text.strip())


def _skipped(node: Element) -> bool:
    return node.qname in _SKIPPED_IN_TEXT or node.qname[1] == _ANNOTATION


def _add_paragraph(node: Element, builder: DocumentBuilder, styles: _Styles, depth: int) -> None:
    boxes: list[Element] = []
    _add_kind(node, builder, styles, boxes)
    if depth < _MAX_BOX_DEPTH:
        for box in boxes:
            _walk(box, builder, styles, depth + 1)


def _add_kind(node: Element, builder: DocumentBuilder, styles: _Styles, boxes: list[Element]) -> None:
    text, bold = _text(node, styles, boxes)
    if node.qname == (TEXTNS, "h"):
        builder.add(BlockKind.heading, text, level=int(node.getAttrNS(TEXTNS, "outline-level") or 1))
        return
    names = styles.names("paragraph", node.getAttrNS(TEXTNS, "style-name") or "")
    if any(is_title_style(name) for name in names):
        builder.add(BlockKind.title, text)
        return
    level = next((lvl for lvl in map(heading_style_level, names) if lvl), None)
    if level:
        builder.add(BlockKind.heading, text, level=level)
    else:
        builder.add(BlockKind.paragraph, text, bold=bold)


def _add_list(node: Element, builder: DocumentBuilder, styles: _Styles, level: int, list_style: str | None) -> None:
    list_style = node.getAttrNS(TEXTNS, "style-name") or list_style
    for item in node.childNodes:
        if item.qname not in ((TEXTNS, "list-item"), (TEXTNS, "list-header")):
            continue
        texts, nested = [], []
        for child in item.childNodes:
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                texts.append(_text(child, styles)[0])
                if not list_style:
                    list_style = styles.paragraph_lists.get(child.getAttrNS(TEXTNS, "style-name") or "")
            elif child.qname == (TEXTNS, "list"):
                nested.append(child)
        builder.add(BlockKind.list_item, " ".join(texts), level=level, numbered=styles.is_numbered(list_style, level))
        for child in nested:
            _add_list(child, builder, styles, level + 1, list_style)


def _cell(node: Element, styles: _Styles, depth: int) -> GridCell:
    """A cell: its own paragraphs and lists, one per line, and the tables nested in it (deeper
    than `_MAX_TABLE_DEPTH`, their text joins the cell's)."""
    lines: list[str] = []
    nested: list[Grid] = []

    def walk(container: Element) -> None:
        for child in container.childNodes:
            if child.nodeType != child.ELEMENT_NODE or _skipped(child):
                continue
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                boxes: list[Element] = []
                lines.append(_text(child, styles, boxes)[0])
                for box in boxes:
                    walk(box)
            elif child.qname == (TABLENS, "table") and depth < _MAX_TABLE_DEPTH:
                nested.append(_grid(child, styles, depth + 1))
            else:
                walk(child)

    walk(node)
    return GridCell("\n".join(line for line in lines if line.strip()), nested=nested)


def _repeat(node: Element, attribute: str, limit: int = _MAX_REPEAT) -> int:
    try:
        return max(1, min(int(node.getAttrNS(TABLENS, attribute) or 1), limit))
    except ValueError:
        return 1


def _table_rows(node: Element) -> list[Element]:
    """The table's rows in order, through header rows and row groups; a repeated row repeats."""
    rows: list[Element] = []
    for child in node.childNodes:
        if child.qname == (TABLENS, "table-row"):
            rows.extend([child] * _repeat(child, "number-rows-repeated"))
        elif child.qname in ((TABLENS, "table-header-rows"), (TABLENS, "table-rows"), (TABLENS, "table-row-group")):
            rows.extend(_table_rows(child))
    return rows


def _grid(node: Element, styles: _Styles, depth: int) -> Grid:
    """A table on its grid. A cell spanning rows or columns covers them, and the covered cells
    (`table:covered-table-cell`) are read as that one cell."""
    rows: list[list[GridCell | Merged]] = []
    covered: dict[tuple[int, int], Merged] = {}
    read: dict[int, GridCell] = {}  # a repeated cell or row element is read once
    for r, row_node in enumerate(_table_rows(node)):
        row: list[GridCell | Merged] = []
        for cell in row_node.childNodes:
            if cell.qname not in ((TABLENS, "table-cell"), (TABLENS, "covered-table-cell")):
                continue
            for _ in range(_repeat(cell, "number-columns-repeated")):
                c = len(row)
                if c >= _MAX_COLUMNS:
                    break
                if cell.qname == (TABLENS, "covered-table-cell"):
                    row.append(covered.get((r, c), GridCell("")))
                    continue
                if id(cell) not in read:
                    read[id(cell)] = _cell(cell, styles, depth)
                    row.append(read[id(cell)])
                else:  # a repeat: the same text again, but its nested tables only once
                    row.append(GridCell(read[id(cell)].text))
                for dr in range(_repeat(cell, "number-rows-spanned", _MAX_SPAN_ROWS)):
                    for dc in range(_repeat(cell, "number-columns-spanned", _MAX_COLUMNS)):
                        if dr or dc:
                            covered[(r + dr, c + dc)] = (r, c)
        rows.append(row)
    return _trimmed(rows)


def _trimmed(rows: list[list[GridCell | Merged]]) -> Grid:
    """The grid without the empty columns and rows that repetition leaves at the right and bottom."""

    def has_text(item: GridCell | Merged) -> bool:
        return isinstance(item, GridCell) and bool(item.text.strip() or item.nested)

    width = max((i + 1 for row in rows for i, item in enumerate(row) if has_text(item)), default=0)
    rows = [row[:width] for row in rows]
    while rows and not any(has_text(item) for item in rows[-1]):
        rows.pop()
    return Grid(rows)


def _walk(container: Element, builder: DocumentBuilder, styles: _Styles, depth: int = 0) -> None:
    for node in container.childNodes:
        qname = node.qname if node.nodeType == node.ELEMENT_NODE else None
        if qname in ((TEXTNS, "p"), (TEXTNS, "h")):
            _add_paragraph(node, builder, styles, depth)
        elif qname == (TEXTNS, "list"):
            _add_list(node, builder, styles, 0, None)
        elif qname == (TABLENS, "table"):
            grid = _grid(node, styles, 1)
            if grid.rows:
                builder.add_grid(grid)
        elif qname == (TEXTNS, "section"):
            _walk(node, builder, styles, depth)


def read_odt(data: bytes, builder: DocumentBuilder) -> None:
    """Fill `builder` from the bytes of an .odt file already checked by `safety.check_odt`."""
    document = load(io.BytesIO(data))
    _walk(document.text, builder, _Styles(document))
