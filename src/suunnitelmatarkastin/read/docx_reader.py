"""Reads .docx files with python-docx: paragraphs, headings, lists and tables in reading order."""

from __future__ import annotations

import io
import re

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from ..models import BlockKind
from .builder import DocumentBuilder, heading_style_level, is_title_style

_LIST_STYLE = re.compile(r"list|luettelo", re.IGNORECASE)
_NUMBER_STYLE = re.compile(r"number|numero", re.IGNORECASE)
_LIST_LEVEL = re.compile(r"(\d)\s*$")


def _numbering_formats(document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) → numFmt from the numbering part, to tell numbered lists from bullets."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for node in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[lvl.get(qn("w:ilvl"))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[node.get(qn("w:abstractNumId"))] = levels
    formats: dict[tuple[str, str], str] = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is None:
            continue
        for ilvl, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
            formats[(num.get(qn("w:numId")), ilvl)] = fmt
    return formats


class _Styles:
    """Paragraph style names and boldness by style id, read once per document: python-docx looks
    a paragraph's style up by scanning every style, which dominated reading time."""

    def __init__(self, document) -> None:
        self.names: dict[str, str] = {}
        self.bold: dict[str, bool] = {}
        for style in document.styles:
            if style.type == WD_STYLE_TYPE.PARAGRAPH:
                self.names[style.style_id] = style.name or ""
                self.bold[style.style_id] = bool(style.font.bold)
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default = default.style_id if default is not None else ""

    def of(self, paragraph: Paragraph) -> str:
        return paragraph._p.style or self.default


def _is_bold(paragraph: Paragraph, style_bold: bool) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _add_paragraph(builder: DocumentBuilder, paragraph: Paragraph, formats, styles: _Styles) -> None:
    text = paragraph.text
    style_id = styles.of(paragraph)
    style = styles.names.get(style_id, "")
    heading = heading_style_level(style)
    ppr = paragraph._p.pPr
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if heading:
        builder.add(BlockKind.heading, text, level=heading)
        return
    if is_title_style(style):
        builder.add(BlockKind.title, text)
        return
    if outline is not None and int(outline.get(qn("w:val"), "9")) < 9:
        builder.add(BlockKind.heading, text, level=int(outline.get(qn("w:val"))) + 1)
        return
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is not None or _LIST_STYLE.search(style):
        level = 0
        numbered = bool(_NUMBER_STYLE.search(style))
        if num_pr is not None:
            ilvl_node = num_pr.find(qn("w:ilvl"))
            num_id_node = num_pr.find(qn("w:numId"))
            ilvl = ilvl_node.get(qn("w:val")) if ilvl_node is not None else "0"
            level = int(ilvl)
            if num_id_node is not None:
                fmt = formats.get((num_id_node.get(qn("w:val")), ilvl))
                if fmt is not None:
                    numbered = fmt not in ("bullet", "none")
        else:
            depth = _LIST_LEVEL.search(style)
            level = int(depth.group(1)) - 1 if depth else 0
        builder.add(BlockKind.list_item, text, level=level, numbered=numbered)
        return
    builder.add(BlockKind.paragraph, text, bold=_is_bold(paragraph, styles.bold.get(style_id, False)))


def _table_rows(table: DocxTable) -> list[list[str]]:
    rows = []
    for row in table.rows:
        rows.append(["\n".join(p.text for p in cell.paragraphs) for cell in row.cells])
    return rows


def read_docx(data: bytes, builder: DocumentBuilder) -> None:
    """Fill `builder` from the bytes of a .docx file already checked by `safety.check_package`
    (the same bytes, so nothing can change between the check and the parse); errors are turned
    into ReadError by the caller."""
    document = docx.Document(io.BytesIO(data))
    formats = _numbering_formats(document)
    styles = _Styles(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            _add_paragraph(builder, item, formats, styles)
        elif isinstance(item, DocxTable):
            builder.add_table(_table_rows(item))
