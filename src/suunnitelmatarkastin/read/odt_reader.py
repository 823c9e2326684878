"""Reads .odt files with odfpy: headings with their outline level, paragraphs, nested lists and
tables, in reading order.

Only the document's own flow is read: footnotes, comments, drawings, tracked deletions and
generated indexes (a table of contents repeats the headings) are left out, as in the .docx reader.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from odf.element import Element
from odf.namespaces import FONS, STYLENS, TABLENS, TEXTNS
from odf.opendocument import load

from ..models import BlockKind
from .builder import DocumentBuilder, heading_style_level, is_title_style

_MAX_REPEAT = 64  # a table row or cell "repeated" a million times is a spreadsheet artefact or an attack
_SKIPPED_IN_TEXT = {(TEXTNS, "note")}
_SKIPPED_NAMESPACES = {"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}
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


def _text(node: Element, styles: _Styles) -> tuple[str, bool]:
    """A paragraph's text and whether all of it is bold (by paragraph or span styles)."""
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
            if (namespace, local) == (TEXTNS, "s"):
                parts.append(" " * int(child.getAttrNS(TEXTNS, "c") or 1))
            elif local in ("tab", "line-break") and namespace == TEXTNS:
                parts.append(" ")
            else:
                span_style = child.getAttrNS(TEXTNS, "style-name") if namespace == TEXTNS else ""
                walk(child, bold or bool(span_style and styles.is_bold("text", span_style)))

    style = node.getAttrNS(TEXTNS, "style-name") or ""
    walk(node, styles.is_bold("paragraph", style))
    text = "".join(parts)
    return text, all_bold and bool(text.strip())


def _skipped(node: Element) -> bool:
    return node.qname in _SKIPPED_IN_TEXT or node.qname[0] in _SKIPPED_NAMESPACES or node.qname[1] == _ANNOTATION


def _add_paragraph(node: Element, builder: DocumentBuilder, styles: _Styles) -> None:
    text, bold = _text(node, styles)
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


def _cell_text(node: Element, styles: _Styles) -> str:
    """All paragraphs inside a cell (lists and nested tables included), one per line."""
    lines = []
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE or _skipped(child):
            continue
        if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
            lines.append(_text(child, styles)[0])
        else:
            lines.append(_cell_text(child, styles))
    return "\n".join(line for line in lines if line.strip())


def _repeat(node: Element, attribute: str) -> int:
    try:
        return max(1, min(int(node.getAttrNS(TABLENS, attribute) or 1), _MAX_REPEAT))
    except ValueError:
        return 1


def _table_rows(node: Element, styles: _Styles) -> list[list[str]]:
    rows: list[list[str]] = []
    for child in node.childNodes:
        if child.qname == (TABLENS, "table-row"):
            cells: list[str] = []
            for cell in child.childNodes:
                if cell.qname == (TABLENS, "table-cell"):
                    cells.extend([_cell_text(cell, styles)] * _repeat(cell, "number-columns-repeated"))
                elif cell.qname == (TABLENS, "covered-table-cell"):
                    cells.extend([""] * _repeat(cell, "number-columns-repeated"))
            rows.extend([cells] * _repeat(child, "number-rows-repeated"))
        elif child.qname in ((TABLENS, "table-header-rows"), (TABLENS, "table-rows"), (TABLENS, "table-row-group")):
            rows.extend(_table_rows(child, styles))
    return rows


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the empty columns and rows that repetition leaves at the right and bottom."""
    width = max((i + 1 for row in rows for i, cell in enumerate(row) if cell.strip()), default=0)
    rows = [row[:width] for row in rows]
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _walk(container: Element, builder: DocumentBuilder, styles: _Styles) -> None:
    for node in container.childNodes:
        qname = node.qname if node.nodeType == node.ELEMENT_NODE else None
        if qname in ((TEXTNS, "p"), (TEXTNS, "h")):
            _add_paragraph(node, builder, styles)
        elif qname == (TEXTNS, "list"):
            _add_list(node, builder, styles, 0, None)
        elif qname == (TABLENS, "table"):
            rows = _trimmed(_table_rows(node, styles))
            if rows:
                builder.add_table(rows)
        elif qname == (TEXTNS, "section"):
            _walk(node, builder, styles)


def read_odt(data: bytes, builder: DocumentBuilder) -> None:
    """Fill `builder` from the bytes of an .odt file already checked by `safety.check_package`."""
    document = load(io.BytesIO(data))
    _walk(document.text, builder, _Styles(document))
