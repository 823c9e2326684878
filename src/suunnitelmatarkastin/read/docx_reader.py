"""Reads .docx files as Word shows them in its final ("no markup") view.

python-docx opens the package (after `safety` has checked it) and gives its parts; the body XML is
walked here, in reading order, because python-docx's paragraph and cell APIs see only plain runs:
text typed with tracking on, answers in content controls, field results, text boxes and nested
tables would vanish, and a merged cell would be read once per row it spans. What Word shows is
read — insertions, the result of a field, a text box right after its anchor paragraph, a merged
cell once — and what it hides is not: deletions, field instructions, the fallback copy of a
drawing. A footnote or endnote is the writer's own text at the foot of the page, read right after the
paragraph that cites it; page headers and footers (repeated on every page) and comments (a reviewer's
remarks, and where `--merkitse` puts its findings) live in other parts and are not body text.
A table of contents repeats the headings, so it is left out, as in the .odt reader.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from lxml import etree

from ..models import BlockKind
from .builder import DocumentBuilder, Grid, GridCell, Merged, heading_style_level, is_title_style

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_GLOSSARY = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument"
_NOTE_PARTS = {  # relationship type of a notes part: the reference and the note elements in it
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": ("footnoteReference", "footnote"),
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": ("endnoteReference", "endnote"),
}

_LIST_STYLE = re.compile(r"list|luettelo", re.IGNORECASE)
_NUMBER_STYLE = re.compile(r"number|numero", re.IGNORECASE)
_LIST_LEVEL = re.compile(r"(\d)\s*$")
_TOC_STYLE = re.compile(r"^(toc|sisällysluettelo|sisluet)\s*\d", re.IGNORECASE)
_MAX_COLUMNS = 64  # Word allows 63; a gridSpan of a million is an attack, not a table
_MAX_TABLE_DEPTH = 8  # tables nested deeper are read as the text of the cell they sit in
_MAX_DEPTH = 64  # content controls and text boxes nested deeper than this are not descended into


def _w(local: str) -> str:
    return f"{{{W}}}{local}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = map(_w, ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_VAL = _w("val")
_TEXTBOX = _w("txbxContent")
_FALLBACK = f"{{{_MC}}}Fallback"
# Inline elements whose subtree Word does not show as text.
_HIDDEN = {
    _w(name)
    for name in (
        "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "sdtPr", "sdtEndPr",
        "commentReference", "annotationRef", "fldData",
        "ffData", "object", "sym",
    )
} | {_FALLBACK}
_BREAKS = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
_TRUE = {None, "1", "true", "on"}


def element_at(body: etree._Element, source: list[int]) -> etree._Element | None:
    """The element a block's `source` path points to, from the body; None when it is not there."""
    element = body
    for position in source:
        if position >= len(element):
            return None
        element = element[position]
    return element


def read_docx(data: bytes, builder: DocumentBuilder) -> None:
    """Fill `builder` from the bytes of a .docx file already checked by `safety.check_docx`
    (the same bytes, so nothing can change between the check and the parse); errors are turned
    into ReadError by the caller."""
    document = docx.Document(io.BytesIO(data))
    walker = _Walker(builder, _Styles(document), _numbering_formats(document), _placeholders(document), _notes(document))
    walker.blocks(document.element.body, [], 0)


# ---------------------------------------------------------------- styles and numbering


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # 0-based outline level of the style itself
    num: tuple[str, str | None] | None  # (numId, ilvl) of the style itself
    bold: bool | None


class _Styles:
    """Paragraph styles by id, from the styles part. Word stores a built-in style by its built-in
    English name whatever the UI language (Finnish Word: styleId `Otsikko1`, name `heading 1`),
    and a style inherits outline level, numbering and boldness through `w:basedOn`."""

    def __init__(self, document) -> None:
        self.styles: dict[str, _Style] = {}
        self.default = ""
        root = document.styles.element
        for node in root.iter(_w("style")):
            if node.get(_w("type")) != "paragraph":
                continue
            style_id = node.get(_w("styleId")) or ""
            ppr = node.find(_w("pPr"))
            self.styles[style_id] = _Style(
                name=_child_val(node, "name") or style_id,
                based_on=_child_val(node, "basedOn"),
                outline=_outline(ppr),
                num=_num_pr(ppr),
                bold=_bold(node.find(_w("rPr"))),
            )
            if node.get(_w("default")) in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str) -> Iterator[_Style]:
        """The style and its ancestors, nearest first (a loop in a broken file ends the chain)."""
        seen: set[str] = set()
        while style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on or ""

    def name(self, style_id: str) -> str:
        style = self.styles.get(style_id)
        return style.name if style else style_id

    def outline(self, style_id: str) -> int | None:
        """The outline level a style gives: its own or an ancestor's; a built-in heading style
        has one even where the styles part does not spell it out."""
        for style in self.chain(style_id):
            if style.outline is not None:
                return style.outline
            level = heading_style_level(style.name)
            if level:
                return level - 1
        return None

    def num(self, style_id: str) -> tuple[str, str | None] | None:
        return next((style.num for style in self.chain(style_id) if style.num is not None), None)

    def bold(self, style_id: str) -> bool:
        return next((style.bold for style in self.chain(style_id) if style.bold is not None), False)


def _child_val(node: etree._Element | None, local: str) -> str | None:
    child = node.find(_w(local)) if node is not None else None
    return child.get(_VAL) if child is not None else None


def _outline(ppr: etree._Element | None) -> int | None:
    value = _child_val(ppr, "outlineLvl")
    return int(value) if value and value.isdigit() and int(value) < 9 else None


def _num_pr(ppr: etree._Element | None) -> tuple[str, str | None] | None:
    """(numId, ilvl) of a paragraph or style; a style's numbering often leaves the level out."""
    num_pr = ppr.find(_w("numPr")) if ppr is not None else None
    if num_pr is None:
        return None
    return (_child_val(num_pr, "numId") or "", _child_val(num_pr, "ilvl"))


def _bold(rpr: etree._Element | None) -> bool | None:
    node = rpr.find(_w("b")) if rpr is not None else None
    return None if node is None else node.get(_VAL) in _TRUE


def _numbering_formats(document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) → numFmt from the numbering part, to tell numbered lists from bullets."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for node in numbering.findall(_w("abstractNum")):
        levels = {}
        for lvl in node.findall(_w("lvl")):
            levels[lvl.get(_w("ilvl"))] = _child_val(lvl, "numFmt") or "decimal"
        abstract[node.get(_w("abstractNumId"))] = levels
    formats: dict[tuple[str, str], str] = {}
    for num in numbering.findall(_w("num")):
        for ilvl, fmt in abstract.get(_child_val(num, "abstractNumId") or "", {}).items():
            formats[(num.get(_w("numId")), ilvl)] = fmt
    return formats


def _placeholders(document) -> dict[str, str]:
    """Placeholder texts of content controls by building block name, from the glossary part:
    what an empty control shows when its own content holds no text."""
    for rel in document.part.rels.values():
        if rel.reltype == _GLOSSARY and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            texts = {}
            for part in root.iter(_w("docPart")):
                name = part.find(f"{_w('docPartPr')}/{_w('name')}")
                body = part.find(_w("docPartBody"))
                if name is not None and body is not None:
                    texts[name.get(_VAL) or ""] = "".join(t.text or "" for t in body.iter(_w("t")))
            return texts
    return {}


def _notes(document) -> dict[tuple[str, str], etree._Element]:
    """Footnotes and endnotes by (the tag of the reference that cites one, its id)."""
    notes: dict[tuple[str, str], etree._Element] = {}
    for rel in document.part.rels.values():
        kinds = _NOTE_PARTS.get(rel.reltype)
        if kinds is None or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        for note in root.iter(_w(kinds[1])):
            notes[(_w(kinds[0]), note.get(_w("id")) or "")] = note
    return notes


# ---------------------------------------------------------------- the body


@dataclass
class _Paragraph:
    """A paragraph's visible text, whether all of it is bold, the text boxes anchored in it and
    the notes it cites."""

    text: str
    bold: bool
    boxes: list[tuple[etree._Element, list[int]]]
    notes: list[etree._Element]


class _Walker:
    """Walks block-level content (the body, a cell, a text box, a content control) in reading order."""

    def __init__(self, builder: DocumentBuilder, styles: _Styles, formats: dict[tuple[str, str], str], placeholders: dict[str, str],
                 notes: dict[tuple[str, str], etree._Element]) -> None:
        self.builder = builder
        self.notes = notes
        self.styles = styles
        self.formats = formats
        self.placeholders = placeholders
        self.fields: list[bool] = []  # open complex fields, innermost last: showing its result yet?
        self.field_names: list[str | None] = []  # the titles of the content controls walked, innermost last
        self.in_instruction = 0  # how many of them are still in their instruction

    # -- block level

    def blocks(self, container: etree._Element, path: list[int], depth: int) -> None:
        carried = ""  # text of paragraphs whose mark was deleted: Word joins them to the next one
        for position, node in enumerate(container):
            tag = node.tag
            if tag == _P:
                paragraph = self.paragraph(node, path + [position], depth)
                if _mark_deleted(node):
                    carried += paragraph.text
                else:
                    self.add_paragraph(node, carried + paragraph.text, paragraph.bold, path + [position])
                    carried = ""
                for box, box_path in paragraph.boxes:
                    self.blocks(box, box_path, depth + 1)
                for note in paragraph.notes:  # its source is the citing paragraph: the note has no place in the body
                    for line in _flat_text(note):
                        self.builder.add(BlockKind.paragraph, line, source=path + [position], field=self.field)
                continue
            if carried:
                self.builder.add(BlockKind.paragraph, carried, source=path + [position - 1])
                carried = ""
            if tag == _TBL:
                if depth <= _MAX_DEPTH:
                    self.builder.add_grid(self.grid(node, path + [position], depth + 1, 1))
            elif tag in (_SDT, _CUSTOM_XML) and depth <= _MAX_DEPTH and not _is_toc(node):
                self.control(node, path + [position], depth)
        if carried:
            self.builder.add(BlockKind.paragraph, carried, source=path + [len(container) - 1])

    def control(self, node: etree._Element, path: list[int], depth: int) -> None:
        """A block-level content control or custom XML element: its content, in place."""
        if node.tag == _CUSTOM_XML:
            self.blocks(node, path, depth + 1)
            return
        content = node.find(_SDT_CONTENT)
        if content is None:
            return
        content_path = path + [list(node).index(content)]
        if _showing_placeholder(node):
            first = next((i for i, child in enumerate(content) if child.tag == _P), None)
            source = content_path + [first] if first is not None else content_path
            self.builder.add(BlockKind.paragraph, self.placeholder_text(node, content), source=source)
            return
        self.field_names.append(_field_name(node))
        self.blocks(content, content_path, depth + 1)
        self.field_names.pop()

    @property
    def field(self) -> str | None:
        """The name of the form field being read: the title of the nearest control that has one."""
        return next((name for name in reversed(self.field_names) if name), None)

    def add_paragraph(self, node: etree._Element, text: str, bold: bool, source: list[int]) -> None:
        ppr = node.find(_w("pPr"))
        style_id = _child_val(ppr, "pStyle") or self.styles.default
        style = self.styles.name(style_id)
        if _TOC_STYLE.match(style):
            return
        heading = heading_style_level(style)
        if heading:
            self.builder.add(BlockKind.heading, text, level=heading, source=source, field=self.field)
            return
        if is_title_style(style):
            self.builder.add(BlockKind.title, text, source=source, field=self.field)
            return
        own_outline = _child_val(ppr, "outlineLvl")
        outline = _outline(ppr) if own_outline is not None else self.styles.outline(style_id)
        if outline is not None:
            self.builder.add(BlockKind.heading, text, level=outline + 1, source=source, field=self.field)
            return
        num = _num_pr(ppr) or self.styles.num(style_id)
        if num is not None and num[0] == "0":  # numId 0 takes the style's numbering away
            num = None
        if num is not None or _LIST_STYLE.search(style):
            numbered = bool(_NUMBER_STYLE.search(style))
            depth = _LIST_LEVEL.search(style)  # "List Bullet 2": the style's own level
            level = int(depth.group(1)) - 1 if depth else 0
            if num is not None:
                if num[1] is not None:
                    level = int(num[1]) if num[1].isdigit() else 0
                fmt = self.formats.get((num[0], str(level))) or self.formats.get((num[0], "0"))
                if fmt is not None:
                    numbered = fmt not in ("bullet", "none")
            self.builder.add(BlockKind.list_item, text, level=min(level, 9), numbered=numbered, source=source, field=self.field)
            return
        self.builder.add(BlockKind.paragraph, text, bold=bold, source=source, field=self.field)

    # -- inline level

    def paragraph(self, node: etree._Element, path: list[int], depth: int) -> _Paragraph:
        """The text Word shows in a paragraph, read without recursion (nesting is the file's to choose)."""
        parts: list[str] = []
        boxes: list[tuple[etree._Element, list[int]]] = []
        notes: list[etree._Element] = []
        style_bold = self.styles.bold(_child_val(node.find(_w("pPr")), "pStyle") or self.styles.default)
        all_bold = True
        stack: list[tuple[Iterator[tuple[int, etree._Element]], list[int]]] = [(enumerate(node), path)]
        while stack:
            children, where = stack[-1]
            item = next(children, None)
            if item is None:
                stack.pop()
                continue
            position, child = item
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == _w("r") and _vanished(child):
                continue  # hidden text (w:vanish): Word does not show or print it
            if tag == _w("fldChar"):
                self.field_char(child.get(_w("fldCharType")))
            elif tag == _w("t"):
                if self.showing:
                    text = child.text or ""
                    parts.append(text)
                    if text.strip() and not _run_bold(child.getparent(), style_bold):
                        all_bold = False
            elif tag in _BREAKS:
                if self.showing:
                    parts.append(_BREAKS[tag])
            elif tag == _TEXTBOX:
                if self.showing and depth < _MAX_DEPTH:
                    boxes.append((child, where + [position]))
            elif (tag, child.get(_w("id")) or "") in self.notes:
                if self.showing:
                    notes.append(self.notes[(tag, child.get(_w("id")) or "")])
            elif tag == _SDT and _showing_placeholder(child):
                if self.showing:
                    parts.append(" " + self.placeholder_text(child, child.find(_SDT_CONTENT)) + " ")
                    all_bold = False
            elif len(stack) < 4 * _MAX_DEPTH:
                stack.append((enumerate(child), where + [position]))
        self.close_instructions()
        text = "".join(parts)
        return _Paragraph(text, all_bold and bool(text.strip()), boxes, notes)

    @property
    def showing(self) -> bool:
        """Whether text here is shown: outside every open field's instruction."""
        return self.in_instruction == 0

    def field_char(self, kind: str | None) -> None:
        if kind == "begin" and len(self.fields) < _MAX_DEPTH:
            self.fields.append(False)
            self.in_instruction += 1
        elif kind == "separate" and self.fields and not self.fields[-1]:
            self.fields[-1] = True
            self.in_instruction -= 1
        elif kind == "end" and self.fields:
            self.in_instruction -= not self.fields.pop()

    def close_instructions(self) -> None:
        """A field instruction does not go on past its paragraph: a field left without its
        separator in a broken file shows what follows instead of hiding the rest of the body."""
        self.fields = [True] * len(self.fields)
        self.in_instruction = 0

    def placeholder_text(self, sdt: etree._Element, content: etree._Element | None) -> str:
        """A content control still showing its placeholder, as template text the checker knows:
        "[täytä: …]" around the placeholder Word shows."""
        shown = "".join(t.text or "" for t in content.iter(_w("t"))) if content is not None else ""
        if not shown.strip():
            part = sdt.find(f"{_w('sdtPr')}/{_w('placeholder')}/{_w('docPart')}")
            shown = self.placeholders.get(part.get(_VAL) or "", "") if part is not None else ""
        shown = " ".join(shown.replace("[", "(").replace("]", ")").split())
        return f"[täytä: {shown}]" if shown else "[täytä]"

    # -- tables

    def grid(self, tbl: etree._Element, path: list[int], depth: int, table_depth: int) -> Grid:
        """A table on its grid: `w:gridSpan` cells cover their columns, and a `w:vMerge`
        continuation belongs to the cell above it; rows deleted with tracking on are gone."""
        rows: list[list[GridCell | Merged]] = []
        for tr, tr_path in _children(tbl, path, _TR):
            trpr = tr.find(_w("trPr"))
            if trpr is not None and trpr.find(_w("del")) is not None:
                continue
            r = len(rows)
            row: list[GridCell | Merged] = [GridCell("") for _ in range(min(_int_val(trpr, "gridBefore"), _MAX_COLUMNS))]
            for tc, tc_path in _children(tr, tr_path, _TC):
                if len(row) >= _MAX_COLUMNS:
                    break
                tcpr = tc.find(_w("tcPr"))
                span = max(1, min(_int_val(tcpr, "gridSpan"), _MAX_COLUMNS - len(row)))
                c = len(row)
                merge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                if merge is not None and merge.get(_VAL) in (None, "continue") and r > 0 and c < len(rows[-1]):
                    above = rows[-1][c]
                    row.append(above if isinstance(above, tuple) else (r - 1, c))
                else:
                    row.append(self.cell(tc, tc_path, depth, table_depth))
                row.extend([(r, c)] * (span - 1))
            rows.append(row)
        return Grid(rows)

    def cell(self, tc: etree._Element, path: list[int], depth: int, table_depth: int) -> GridCell:
        """A cell's own paragraphs as its text; tables in it become tables of their own (deeper
        than `_MAX_TABLE_DEPTH`, their text joins the cell's)."""
        nested: list[Grid] = []
        lines: list[str] = []
        around = tc.getparent()
        control = around.getparent() if around is not None and around.tag == _SDT_CONTENT else None
        if control is not None and _showing_placeholder(control):  # a cell-level control left unfilled
            return GridCell(self.placeholder_text(control, around), source=path, nested=nested)
        for node, node_path in _content(tc, path):
            if node.tag == _SDT:  # a control in the cell still showing its placeholder
                lines.append(self.placeholder_text(node, node.find(_SDT_CONTENT)))
            elif node.tag == _TBL and table_depth < _MAX_TABLE_DEPTH and depth <= _MAX_DEPTH:
                nested.append(self.grid(node, node_path, depth + 1, table_depth + 1))
            elif node.tag == _TBL:
                lines.extend(_flat_text(node))
            else:
                paragraph = self.paragraph(node, node_path, depth)
                lines.append(paragraph.text)
                for inner in [box for box, _ in paragraph.boxes] + paragraph.notes:
                    lines.extend(_flat_text(inner))
        return GridCell("\n".join(line for line in lines if line.strip()), source=path, nested=nested)


def _children(node: etree._Element, path: list[int], tag: str) -> Iterator[tuple[etree._Element, list[int]]]:
    """Children with `tag`, also through content controls and custom XML around them (a
    repeating-section control holds table rows, a cell control holds cells)."""
    for position, child in enumerate(node):
        if child.tag == tag:
            yield child, path + [position]
        elif child.tag in (_SDT, _CUSTOM_XML) and len(path) < _MAX_DEPTH:
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                inner_path = path + [position] + ([list(child).index(inner)] if inner is not child else [])
                yield from _children(inner, inner_path, tag)


def _content(tc: etree._Element, path: list[int]) -> Iterator[tuple[etree._Element, list[int]]]:
    """The paragraphs and tables of a cell, through content controls around them."""
    for position, child in enumerate(tc):
        if child.tag in (_P, _TBL):
            yield child, path + [position]
        elif child.tag == _SDT and _showing_placeholder(child):
            yield child, path + [position]  # template text, read by the cell as such
        elif child.tag in (_SDT, _CUSTOM_XML) and len(path) < _MAX_DEPTH:
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                inner_path = path + [position] + ([list(child).index(inner)] if inner is not child else [])
                yield from _content(inner, inner_path)


def _flat_text(node: etree._Element) -> list[str]:
    """The visible text of deep content as lines, one per paragraph (for what is too deep to walk)."""
    lines = []
    for p in node.iter(_P):
        lines.append("".join(t.text or "" for t in p.iter(_w("t")) if not any(a.tag in _HIDDEN for a in t.iterancestors())))
    return lines


def _int_val(node: etree._Element | None, local: str) -> int:
    value = _child_val(node, local)
    return int(value) if value and value.isdigit() and len(value) < 6 else (0 if local == "gridBefore" else 1)


def _mark_deleted(p: etree._Element) -> bool:
    """Whether the paragraph's mark was deleted (or moved away) with tracking on."""
    rpr = p.find(f"{_w('pPr')}/{_w('rPr')}")
    return rpr is not None and (rpr.find(_w("del")) is not None or rpr.find(_w("moveFrom")) is not None)


def _showing_placeholder(sdt: etree._Element) -> bool:
    flag = sdt.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}")
    return flag is not None and flag.get(_VAL) in _TRUE


def _field_name(sdt: etree._Element) -> str | None:
    """A content control's title as Word shows it on the control (`w:alias`), else its tag: the
    name of the form field, which the filled control no longer shows in its text."""
    for local in ("alias", "tag"):
        name = " ".join((_child_val(sdt.find(_w("sdtPr")), local) or "").split())
        if any(ch.isalpha() for ch in name):
            return name[:200]
    return None


def _is_toc(sdt: etree._Element) -> bool:
    gallery = sdt.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
    return gallery is not None and (gallery.get(_VAL) or "").lower() == "table of contents"


def _vanished(run: etree._Element) -> bool:
    """A run formatted as hidden text; an explicit `w:val="0"` (or false) shows it again."""
    rpr = run.find(_w("rPr"))
    vanish = rpr.find(_w("vanish")) if rpr is not None else None
    return vanish is not None and vanish.get(_VAL) in _TRUE


def _run_bold(run: etree._Element | None, style_bold: bool) -> bool:
    rpr = run.find(_w("rPr")) if run is not None and run.tag == _w("r") else None
    bold = _bold(rpr)
    return style_bold if bold is None else bold
