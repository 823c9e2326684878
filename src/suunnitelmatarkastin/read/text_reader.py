"""Reads Markdown and plain-text plans: headings, lists, pipe tables and paragraphs.

Plain text has no markup, so its headings are read as people type them (`_plain_headings`): typed
numbering, capitals, a rule under the line, or a short line of its own followed by the text it heads;
and its paragraphs as they are wrapped (`_ends_plain_paragraph`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ..models import BlockKind
from .builder import DocumentBuilder, looks_like_heading, strip_list_marker

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # closing #s are stripped in code: no backtracking
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{2,}:?\s*+(\|\s*+:?-{2,}:?\s*+)*+\|?\s*+$")  # possessive: linear
_COMMENT_LINE = re.compile(r"^\s*+<!--.*-->\s*+$")  # an HTML comment alone on its line
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)(\*\*|__)\s*:?\s*$")
_INLINE_MARKS = re.compile(r"(\*\*|__|`)")
# A line that opens with a bold label and a colon, a form's field: "**Hakija\*:** Kyläseura ry".
_FIELD_LINE = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,60}?(?:\\\*)?(?::\1|\1\s*:)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a Markdown backslash escape: "\*" is a plain "*"
# "a. Nuoret …", "b) Vanhemmat …": a lettered list's item; the capital after it tells it from "n. 20"
_LETTERED = re.compile(r"^\s*+[a-zåäö][.)]\s++(?=[A-ZÅÄÖ])")
_BINARY_SHARE = 0.01  # real text has almost no control characters besides tab and line breaks
# An online form's printout opens each answer with this label ("Vastaus: …", or alone on its line
# before a list): the answer of the field on the line above (the same words as the templates
# lexicon's `answer_leads`, without the ones that are ordinary labels too, "Kuvaus:").
_ANSWER_LINE = re.compile(r"^\s*+(?:vastaus|vastauksenne|vastauksesi)\s*+:\s*+", re.IGNORECASE)
_FIELD_LABEL_WORDS = 25  # a field's label, a question, is one line of at most this many words
_HELP_LINE = re.compile(r"^\s*+\(.*\)\s*+$")  # "(Kuvaa lyhyesti …)": a form's help text under a field's label


_SUB_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s")  # "6.2 ", "2.1.3. "


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
    return [cell.strip() for cell in inner.split("|")]


def _indent_level(line: str) -> int:
    expanded = line.replace("\t", "    ")
    return (len(expanded) - len(expanded.lstrip())) // 2


@dataclass
class WrittenBlock:
    """A block as the text writes it, inline marks ("**", "`") and "<br>" kept: what `read_text`
    gives the builder, and what `corpora/rakenna.py` writes into Word, so both read one dialect."""

    kind: str  # a BlockKind value (title, heading, paragraph, list_item) or "table"
    text: str = ""
    level: int = 0
    numbered: bool = False
    rows: list[list[str]] = field(default_factory=list)  # a table's cells
    header: bool = False  # a table whose first row is followed by a rule line ("|---|")
    labels_answer: bool = False  # plain text: a form field's label, its answer below a bare "Vastaus:"
    spaced: bool = False  # plain text: a blank line above it; a rule line so placed underlines nothing


def parse_blocks(text: str, markdown: bool) -> list[WrittenBlock]:
    """The blocks of Markdown (`markdown=True`) or plain text, in order.

    A list item may run on over several lines, as text exported from a form or an e-mail is
    wrapped: a following line indented under it, or one that goes on in lower case, continues it.
    In plain text, numbered lines that follow each other without a blank line are a list, not
    typed headings; a form's answer label alone on its line ("Vastaus:", the answer below it) is
    no heading, and it makes the line above it, the field's label, a heading (`_plain_headings`:
    unless the label is the first field under a heading, that section's first question); a help
    text in brackets on its own line between the label and "Vastaus:" stands apart from both.
    In Markdown a line that is an HTML comment shows nothing, and a backslash at the start of a
    line makes the line plain paragraph text ("\\1) ei luettelo").
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = 0 if markdown else _wrap_width(lines)
    blocks: list[WrittenBlock] = []
    paragraph: list[str] = []
    table: list[list[str]] = []
    header = False
    item: list = []  # [first line, text parts, numbered, in a run of items]
    blank_above = spaced = False  # the current line / paragraph follows a blank line

    def flush() -> None:
        nonlocal header
        if paragraph:
            blocks.append(WrittenBlock(BlockKind.paragraph, " ".join(part.strip() for part in paragraph), spaced=spaced))
            paragraph.clear()
        if table:
            blocks.append(WrittenBlock("table", rows=list(table), header=header))
            table.clear()
            header = False
        if item:
            first, parts, numbered, run = item
            if not markdown and numbered and not run and len(parts) == 1 and looks_like_heading(first.strip(), False)[0]:
                # "1. Tausta" alone on its line is a typed heading in plain text.
                blocks.append(WrittenBlock(BlockKind.paragraph, first))
            else:
                whole = " ".join(p.strip() for p in parts)
                blocks.append(WrittenBlock(BlockKind.list_item, whole, level=_indent_level(first), numbered=numbered))
            item.clear()

    for line in lines:
        if markdown and _TABLE_ROW.match(line):
            if paragraph or item:
                flush()
            if not _TABLE_RULE.match(line):
                table.append(_cells(line))
            elif len(table) == 1:
                header = True
            continue
        if table:
            flush()
        if not line.strip() or (markdown and _COMMENT_LINE.match(line)):
            flush()
            blank_above = True
            continue
        line_spaced, blank_above = blank_above, False
        if markdown and line.startswith("\\"):
            if item:
                flush()
            paragraph.append(line[1:])
            continue
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:
            flush()
            blocks.append(WrittenBlock(BlockKind.heading, heading.group(2).rstrip().rstrip("#").rstrip(), level=len(heading.group(1))))
            continue
        if markdown and line.startswith("% ") and not blocks:
            blocks.append(WrittenBlock(BlockKind.title, line[2:]))
            continue
        if not markdown and _bare_answer_label(line):
            label = paragraph[0] if len(paragraph) == 1 and not item else None
            helped = label is not None and bool(_HELP_LINE.match(label)) and len(blocks) > 0
            flush()
            if helped and _field_label(blocks[-2].text):
                blocks[-2].labels_answer = True  # the label above its help line is the field's
            elif label is not None and _field_label(label):
                blocks[-1].labels_answer = True
            blocks.append(WrittenBlock(BlockKind.paragraph, line.strip()))
            continue
        marked = strip_list_marker(line)
        if marked is None and (lettered := _LETTERED.match(line)):
            marked = (line[lettered.end() :], True)
        if marked is not None:
            run = bool(item)  # an item straight after another: both are in a list
            if item:
                item[3] = True
            flush()
            item.extend([line, [marked[0]], marked[1], run])
            continue
        if item and _continues(item[0], line):
            item[1].append(line)
            continue
        if item:
            flush()
        if not markdown and paragraph and _ends_plain_paragraph(paragraph[-1], line, width):
            flush()  # in plain text a line break ends a paragraph unless the sentence runs on
        elif not markdown and len(paragraph) == 1 and _HELP_LINE.match(line) and _field_label(paragraph[0]):
            flush()  # a field's help text in brackets under its label says what to answer: no part of the label
        if markdown and paragraph and _FIELD_LINE.match(line):
            flush()  # each line of a form's bold-labelled fields is a field of its own
        if not paragraph:
            spaced = line_spaced
        paragraph.append(line)
    flush()
    return blocks if markdown else _plain_headings(blocks)


def unescape(text: str) -> str:
    """Markdown's backslash escapes resolved: "\\*" is the asterisk itself, "a\\)" a plain "a)"."""
    return _ESCAPED.sub(r"\1", text)


def read_text(text: str, builder: DocumentBuilder, markdown: bool) -> None:
    """Fill `builder` from Markdown (`markdown=True`) or plain text, inline marks removed (and in
    Markdown, backslash escapes: "\\*" is the asterisk itself)."""

    def plain(text: str) -> str:
        text = _INLINE_MARKS.sub("", text)
        return unescape(text) if markdown else text

    for block in parse_blocks(text, markdown):
        if block.kind == "table":
            cells = [[cell.replace("<br>", "\n") for cell in row] for row in block.rows]
            builder.add_table([plain("\t".join(r)).split("\t") for r in cells])
        elif block.kind == BlockKind.paragraph:
            builder.add(BlockKind.paragraph, plain(block.text), bold=bool(_BOLD_LINE.match(block.text)))
        elif block.kind == BlockKind.list_item:
            builder.add(BlockKind.list_item, plain(block.text), level=block.level, numbered=block.numbered)
        elif block.kind == BlockKind.heading:
            builder.add(BlockKind.heading, plain(block.text), level=block.level)
        else:
            builder.add(BlockKind.title, block.text)


def _continues(first: str, line: str) -> bool:
    """Whether a line wraps the list item that `first` opened: indented under it, or in lower case."""
    indent = len(first) - len(first.lstrip())
    return len(line) - len(line.lstrip()) > indent or line.lstrip()[:1].islower()


# ---------------------------------------------------------------- plain text: paragraphs and headings

_RULE_LINE = re.compile(r"^\s*(=+|-+)\s*$")  # "=====" or "-----" under a line: the line is a heading
_LABEL_LINE = re.compile(r"^\s*[^\W\d_][^:.!?]{1,40}:(\s|$)")  # "Toteuttaja: …" starts a field of its own
# "2027 Q1–Q2: …", "15.3.2027: …": a line that opens with a time and a colon is an entry of a schedule
# typed line by line, not the wrapped end of the line above it.
_TIME_LABEL_LINE = re.compile(r"^\s*\d[^:!?]{0,24}:(\s|$)")
_WRAP_SHARE = 0.7  # a line this close to the text's width was broken by the writer's editor
_WRAP_MAX = 110  # wider lines are paragraphs written on one line: the text is not hard-wrapped
_WRAP_EVIDENCE = 3  # long lines going on in lower case on the next line: the text is hard-wrapped
_PLAIN_HEADING_WORDS = 8
_BODY_WORDS = 6  # a line this long is text even without a full stop


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped plain text was broken at (an e-mail, a form's text export), or 0
    when its paragraphs stand on one line each. The text shows it by long lines whose sentence
    goes on in lower case on the next line, more than once."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < _WRAP_EVIDENCE * 2:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    if width > _WRAP_MAX:
        return 0
    wrapped = sum(
        1
        for line, after in zip(lines, lines[1:])
        if len(line.rstrip()) >= _WRAP_SHARE * width and after.strip()[:1].islower()
    )
    return width if wrapped >= _WRAP_EVIDENCE else 0


def _ends_plain_paragraph(previous: str, line: str, width: int) -> bool:
    """Whether a line break in plain text ends the paragraph: the sentence before it ended, or the
    next line starts anew in capitals, a field ("Toteuttaja: …"), a schedule entry ("2027 Q3: …"),
    a rule under a heading or a row of a typed table; a line alone in capitals ("HANKEAIKA") is a
    heading even when its value follows on the next line. In hard-wrapped text a full-width line goes on in the next one
    whatever its case, since the editor broke the sentence, not the writer."""
    if _RULE_LINE.match(line) or _RULE_LINE.match(previous):
        return True
    if _open_clause(previous) and not (_columns(previous) or _columns(line)):
        return False
    if previous.rstrip().endswith((".", "!", "?", ":")) or _LABEL_LINE.match(line) or _TIME_LABEL_LINE.match(line) or _columns(previous) or _columns(line):
        return True
    if _capitals(previous) and not _capitals(line):
        return True
    wrapped = bool(width) and len(previous.rstrip()) >= _WRAP_SHARE * width and not line[:1].isspace()
    return line.lstrip()[:1].isupper() and not wrapped


# Words a clause does not end with: a line ending in one ("Haluamme, että") goes on in the next line.
_OPEN_ENDINGS = frozenset({"että", "ja", "tai", "sekä", "eli", "mutta", "vaan", "kun", "jotta", "koska", "jos", "joka", "jotka", "kuin"})


def _open_clause(line: str) -> bool:
    """A line whose sentence plainly goes on: it ends in a comma, a conjunction or "että"."""
    text = line.rstrip()
    words = text.split()
    return text.endswith(",") or (bool(words) and words[-1].lower() in _OPEN_ENDINGS)


def _columns(line: str) -> bool:
    """A line laid out in columns with runs of spaces ("Q1/2027      kevään ryhmät"): a row of a
    typed table, whole on its line."""
    return "   " in line.strip()


def _capitals(line: str) -> bool:
    """A line typed in capitals, as a plain text's heading often is ("HANKEAIKA")."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _plain_headings(blocks: list[WrittenBlock]) -> list[WrittenBlock]:
    """Plain text's headings, as people type them: a line with a rule under it, a line framed by
    equals signs (`_framed`), a line the builder reads as a heading (typed numbering, capitals), or a short line without a sentence's end
    ("Mitä opimme", "Jatko ja kehitysajatukset") followed by the text it heads (the short lines a
    title page starts with are followed by more short lines)."""
    found: list[WrittenBlock] = []
    frames = [f[1] for f in map(_framed, (b.text for b in blocks if b.kind == BlockKind.paragraph)) if f]
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.paragraph:
            found.append(block)
            continue
        framed = _framed(block.text)
        if framed:  # "== 3. Tavoitteet ==": the frame is no part of the heading; a longer one is deeper
            found.append(WrittenBlock(BlockKind.heading, framed[0], level=max(1 + framed[1] - min(frames), _typed_depth(framed[0]))))
            continue
        if _RULE_LINE.match(block.text):
            if _opens_frame(blocks, i) or block.spaced:
                continue  # a frame ("=====" above and below a line) or a rule set apart by a blank line separates
            if found and found[-1].kind in (BlockKind.paragraph, BlockKind.heading) and _underlinable(found[-1].text):
                found[-1] = WrittenBlock(BlockKind.heading, found[-1].text, level=1 if "=" in block.text else 2)
            continue
        plain = _INLINE_MARKS.sub("", block.text)
        if _ANSWER_LINE.match(plain):
            found.append(block)  # "Vastaus:" opens an answer; it heads nothing
            continue
        heading, level = looks_like_heading(plain, bool(_BOLD_LINE.match(block.text)))
        after = next((b for b in blocks[i + 1 :] if not _RULE_LINE.match(b.text)), None)
        # a field's label with its answer below is a heading, unless it is the first field under a
        # heading or a short line that may be one ("Tulokset", then "Miten tavoitteet toteutuivat?")
        label = block.labels_answer and not (
            found and (found[-1].kind == BlockKind.heading or _short_line(_INLINE_MARKS.sub("", found[-1].text)))
        )
        # the answer's own lead line ("Vastaus:", then "Tavoitteemme ovat:") heads no part of its own
        answering = plain.rstrip().endswith(":") and bool(found) and _bare_answer_label(found[-1].text)
        if heading or label or (not answering and _short_line(plain) and after is not None and _is_body(after)):
            found.append(WrittenBlock(BlockKind.heading, block.text, level=max(level, _typed_depth(plain), 1)))
        else:
            found.append(block)
    return found


def _framed(text: str) -> tuple[str, int] | None:
    """A line between two equal runs of equals signs ("== 3. Tavoitteet =="), as a form's text
    export or a wiki types its headings: (the text inside, the run's length), else None."""
    line = text.strip()
    run = len(line) - len(line.lstrip("="))
    inner = line[run:-run].strip() if run and len(line) > 2 * run else ""
    if not inner or "=" in (inner[0], inner[-1]) or not line.endswith("=" * run) or line.endswith("=" * (run + 1)):
        return None
    return inner, run


def _typed_depth(text: str) -> int:
    """The depth a line's typed section number gives ("6.2 Miten …?" is under "6."), however long
    the question after it: a form's long sub-question stays under its section heading."""
    match = _SUB_NUMBER.match(text)
    return len(match.group(1).split(".")) if match else 0


def _bare_answer_label(text: str) -> bool:
    """"Vastaus:" alone on its line: the answer follows below it."""
    match = _ANSWER_LINE.match(text)
    return match is not None and not text[match.end() :].strip()


def _opens_frame(blocks: list[WrittenBlock], i: int) -> bool:
    """Whether the rule at `i` is the top of a frame: one line follows it, then another rule."""
    return (
        i + 2 < len(blocks)
        and blocks[i + 1].kind == BlockKind.paragraph
        and not _RULE_LINE.match(blocks[i + 1].text)
        and _RULE_LINE.match(blocks[i + 2].text) is not None
    )


def _field_label(text: str) -> bool:
    """A line that can be a form field's label: a short line or a question, not a sentence."""
    return 0 < len(text.split()) <= _FIELD_LABEL_WORDS and not text.rstrip().endswith((".", ",", ";"))


def _underlinable(text: str) -> bool:
    """A line a rule under it makes a heading; a rule under a paragraph only separates."""
    return len(text.split()) <= _PLAIN_HEADING_WORDS * 2 and not text.rstrip().endswith((".", ",", ";", ":"))


def _is_body(block: WrittenBlock) -> bool:
    """Whether a block is text to be headed: a table, a list, a field ("Toteuttaja: …") or a
    sentence, not a heading or another short line ("Päivitetty 2.2.2026")."""
    if block.kind != BlockKind.paragraph:
        return True
    text = _INLINE_MARKS.sub("", block.text)
    if _short_line(text) or looks_like_heading(text, bool(_BOLD_LINE.match(block.text)))[0]:
        return False
    return len(text.split()) >= _BODY_WORDS or text.rstrip().endswith((".", "!", "?")) or ":" in text


def _short_line(text: str) -> bool:
    """A line that could head text: a few words, starting in capitals, no field label, no figures
    and no sentence's end (a question may head its answer); a lead line alone on its line that
    ends in a colon ("Arvioinnin aikataulu:") heads what follows it."""
    words = text.split()
    return (
        0 < len(words) <= _PLAIN_HEADING_WORDS
        and text.lstrip()[:1].isupper()
        and (":" not in text or (text.rstrip().endswith(":") and text.count(":") == 1))
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", ",", ";", "!"))
        and not _open_clause(text)
    )
