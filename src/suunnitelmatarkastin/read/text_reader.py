"""Reads Markdown and plain-text plans: headings, lists, pipe tables and paragraphs.

Plain text has no markup, so a short line standing alone between blank lines is offered to the
builder as a paragraph and the builder decides (typed numbering, capitals) whether it is a heading.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..models import BlockKind
from .builder import DocumentBuilder, looks_like_heading, strip_list_marker

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # closing #s are stripped in code: no backtracking
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{2,}:?\s*+(\|\s*+:?-{2,}:?\s*+)*+\|?\s*+$")  # possessive: linear
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)(\*\*|__)\s*:?\s*$")
_INLINE_MARKS = re.compile(r"(\*\*|__|`)")
_BINARY_SHARE = 0.01  # real text has almost no control characters besides tab and line breaks


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's "Unicode"), else Windows cp1252,
    which Finnish Windows users write."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def looks_binary(text: str) -> bool:
    """Whether decoded "text" is really binary data (NUL bytes or many control characters), so that
    a mislabelled file is refused instead of being checked as gibberish."""
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls > _BINARY_SHARE * len(text)


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip().replace("<br>", "\n") for cell in inner.split("|")]


def _indent_level(line: str) -> int:
    expanded = line.replace("\t", "    ")
    return (len(expanded) - len(expanded.lstrip())) // 2


def read_text(text: str, builder: DocumentBuilder, markdown: bool) -> None:
    """Fill `builder` from Markdown (`markdown=True`) or plain text.

    A list item may run on over several lines, as text exported from a form or an e-mail is
    wrapped: a following line indented under it, or one that goes on in lower case, continues it.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraph: list[str] = []
    table: list[list[str]] = []
    item: list = []  # [first line, text parts, numbered]

    def flush() -> None:
        if paragraph:
            joined = " ".join(part.strip() for part in paragraph)
            bold = bool(_BOLD_LINE.match(joined))
            builder.add(BlockKind.paragraph, _INLINE_MARKS.sub("", joined), bold=bold)
            paragraph.clear()
        if table:
            builder.add_table([_INLINE_MARKS.sub("", "\t".join(r)).split("\t") for r in table])
            table.clear()
        if item:
            first, parts, numbered = item
            whole = " ".join(p.strip() for p in parts)
            if not markdown and numbered and len(parts) == 1 and looks_like_heading(first.strip(), False)[0]:
                # "1. Tausta" alone on its line is a typed heading in plain text.
                builder.add(BlockKind.paragraph, first)
            else:
                builder.add(BlockKind.list_item, _INLINE_MARKS.sub("", whole), level=_indent_level(first), numbered=numbered)
            item.clear()

    for line in lines:
        if markdown and _TABLE_ROW.match(line):
            if paragraph or item:
                flush()
            if not _TABLE_RULE.match(line):
                table.append(_cells(line))
            continue
        if table:
            flush()
        if not line.strip():
            flush()
            continue
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:
            flush()
            builder.add(BlockKind.heading, _INLINE_MARKS.sub("", heading.group(2).rstrip().rstrip("#").rstrip()), level=len(heading.group(1)))
            continue
        if markdown and line.startswith("% ") and not builder.blocks:
            builder.add(BlockKind.title, line[2:])
            continue
        marked = strip_list_marker(line)
        if marked is not None:
            flush()
            item.extend([line, [marked[0]], marked[1]])
            continue
        if item and _continues(item[0], line):
            item[1].append(line)
            continue
        if item:
            flush()
        if not markdown and paragraph and (paragraph[-1].rstrip().endswith((".", "!", "?", ":")) or line.lstrip()[:1].isupper()):
            flush()  # in plain text a line break ends a paragraph unless the sentence runs on
        paragraph.append(line)
    flush()


def _continues(first: str, line: str) -> bool:
    """Whether a line wraps the list item that `first` opened: indented under it, or in lower case."""
    indent = len(first) - len(first.lstrip())
    return len(line) - len(line.lstrip()) > indent or line.lstrip()[:1].islower()
