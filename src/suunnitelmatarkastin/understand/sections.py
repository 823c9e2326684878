"""Sections: headings (and lead-ins such as "Tavoitteet:") mapped to canonical keys by lemmas.

A heading may cover several keys ("Hankkeen tavoitteet ja kohderyhmä"); longer synonyms are matched
first and claim their words, so "Tavoitteiden toteutuminen" is a results heading, not a goals one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, BlockKind, Document
from .lexicon import Entries, Phrase, any_phrase, find_phrase, load, per_overlay, phrase
from .nlp import Analysis, Token

_LEAD_IN = re.compile(r"^([^:.!?]{2,60}):(\s|$)")
_NUMBERING = re.compile(r"^\s*(\d{1,2}[.)]?)+\s*")
_REQUIRED = re.compile(r"\*\s*:?\s*$")  # a required field's mark: "Hankkeen kohderyhmät *"
_LABEL_WORDS = 12
_SHORT_LABEL_WORDS = 8
_FORM_LABELS = 2


@dataclass
class Section:
    """A heading and the blocks under it; `all_blocks` adds the blocks of its sub-sections."""

    heading_block: int
    heading: str
    level: int
    keys: list[str]
    blocks: list[int] = field(default_factory=list)
    all_blocks: list[int] = field(default_factory=list)
    lead_in: bool = False
    label: bool = False  # a form's field label standing for a heading
    appendix: bool = False
    parent: int | None = None  # index of the enclosing section

    @property
    def key(self) -> str | None:
        return self.keys[0] if self.keys else None


def section_specs(doc_type: str) -> list[dict]:
    return load("sections")[doc_type]


def covered_by_content(reading, key: str, fact_kinds: set[str]) -> bool:
    """Whether the document covers a canonical section without a heading naming it: a fact of the
    kind the section holds was found, or enough sentences outside the appendices speak of it."""
    cues = load("section_cues")
    spec = cues["keys"].get(key, {})
    if fact_kinds & set(spec.get("facts", [])):
        return True
    words = spec.get("cues", [])
    if not words:
        return False
    hits = 0
    for _, _, tokens in reading.sentences(reading.body_blocks()):
        if any_phrase(tokens, words) is not None:
            hits += 1
            if hits >= cues["sentences"]:
                return True
    return False


@per_overlay
def _heading_candidates(doc_type: str) -> list[tuple[int, str, Phrase]]:
    """Every synonym of the type's sections as a phrase, longest first: built once per type."""
    candidates = []
    for spec in section_specs(doc_type):
        for synonym in spec["synonyms"]:
            entry = phrase(synonym)
            candidates.append((len(entry), spec["key"], entry))
    candidates.sort(key=lambda c: -c[0])
    return candidates


def classify_heading(tokens: list[Token], doc_type: str) -> list[str]:
    """The canonical keys a heading names, in the order they appear in it."""
    candidates = _heading_candidates(doc_type)
    claimed: set[int] = set()
    found: list[tuple[int, str]] = []
    for strength in (2, 1):  # whole-word matches first, then compound parts
        for _, key, entry in candidates:
            match = find_phrase(tokens, entry, parts=strength == 1)
            if match is None or any(i in claimed for i in range(match.start, match.end)):
                continue
            claimed.update(range(match.start, match.end))
            if key not in [k for _, k in found]:
                found.append((match.start, key))
    return [key for _, key in sorted(found)]


def _heading_tokens(analysis: Analysis) -> list[Token]:
    return [t for t in analysis.tokens if t.pos not in ("PUNCT", "NUM", "SYM") and not t.text.isdigit()]


def lead_in_tokens(analysis: Analysis) -> list[Token] | None:
    """The tokens of a lead-in ("Tavoitteet: …"), or None when the block has no lead-in."""
    match = _LEAD_IN.match(analysis.text)
    if not match or len(match.group(1).split()) > 4 or any(ch.isdigit() for ch in match.group(1)):
        return None
    end = match.end(1)
    tokens = [t for t in _heading_tokens(analysis) if t.idx < end]
    if any(t.morph.get("VerbForm") == "Fin" for t in tokens):
        return None  # "Kysymme osallistujilta: …" is a sentence, not a lead-in
    return tokens


def is_appendix(text: str) -> bool:
    words = _NUMBERING.sub("", text).lower().split()
    return bool(words) and words[0].strip(":.") in load("sections")["appendix"]


def build_sections(document: Document, analyses: list[Analysis], doc_type: str) -> list[Section]:
    """Split the document into sections by its headings and by lead-ins that name a section."""
    sections: list[Section] = []
    stack: list[int] = []
    # Lead-ins ("Tavoitteet: …") stand for headings only in a document written without headings.
    lead_ins = sum(1 for b in document.blocks if b.kind is BlockKind.heading) < 2
    # A form (an online application exported) marks its fields; there a short line that names a
    # section, with no sentence in it, is a field label too ("Hankkeen organisointi").
    form = sum(1 for b in document.blocks if is_field_label(document, b.index)) >= _FORM_LABELS
    for block, analysis in zip(document.blocks, analyses):
        is_title = block.kind is BlockKind.title or (block.index < 3 and block.text == document.title and _reads_as_title(analysis))
        label = is_field_label(document, block.index) or (form and _names_section(block, analysis, doc_type))
        if block.kind in (BlockKind.heading, BlockKind.title) or label or (lead_ins and _starts_lead_in(block, analysis, doc_type)):
            lead = block.kind not in (BlockKind.heading, BlockKind.title) and not label
            tokens = lead_in_tokens(analysis) if lead else _heading_tokens(analysis)
            level = 0 if is_title else (block.level or 1)
            if lead or label:
                level = (_heading_level(sections, stack) + 1) if stack else 1
            while stack and sections[stack[-1]].level >= level:
                stack.pop()
            parent_appendix = bool(stack) and sections[stack[-1]].appendix
            section = Section(
                heading_block=block.index,
                heading=block.text,
                level=level,
                keys=classify_heading(tokens or [], doc_type) if not is_title else [],
                lead_in=lead,
                label=label,
                appendix=parent_appendix or is_appendix(block.text),
                parent=stack[-1] if stack else None,
            )
            sections.append(section)
            stack.append(len(sections) - 1)
            if lead:
                _add_block(sections, stack, block)
            continue
        if stack:
            _add_block(sections, stack, block)
    return sections


def is_field_label(document: Document, index: int) -> bool:
    """A form's field label on a line of its own, the answer below it: an online application
    exported to Word or text ("Hankkeen kohderyhmät *", then "Vastaus: …"). Such a label heads its
    answer as a sub-heading does."""
    block = document.blocks[index]
    text = block.text.strip()
    if block.kind is not BlockKind.paragraph or not text or len(text.split()) > _LABEL_WORDS:
        return False
    following = document.blocks[index + 1].text.strip() if index + 1 < len(document.blocks) else ""
    required = bool(_REQUIRED.search(text))
    lead = following.partition(":")[0].strip().lower()
    answered = ":" in following and lead in load("templates")["answer_leads"]
    return (required or answered) and not text.rstrip("*: ").endswith(".")


def _names_section(block: Block, analysis: Analysis, doc_type: str) -> bool:
    """A short line without a sentence in it that names a canonical section."""
    text = block.text.strip()
    if block.kind is not BlockKind.paragraph or len(text.split()) > _SHORT_LABEL_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    if any(t.morph.get("VerbForm") == "Fin" for t in analysis.tokens):
        return False
    return bool(classify_heading(_heading_tokens(analysis), doc_type))


def _heading_level(sections: list[Section], stack: list[int]) -> int:
    """The level of the innermost real heading open (a field label nests under it, not under the
    label before it)."""
    for s_i in reversed(stack):
        if not sections[s_i].label:
            return sections[s_i].level
    return 0


@per_overlay
def _doc_type_names() -> Entries:
    """The names of every document type, one lexicon (and so one index) for all calls."""
    return Entries([n for names in load("sections")["doc_types"].values() for n in names])


def _reads_as_title(analysis: Analysis) -> bool:
    """A first line is the document's title, not a section, if it names a document type or is long."""
    return len(analysis.tokens) >= 5 or any_phrase(analysis.tokens, _doc_type_names()) is not None


def _starts_lead_in(block: Block, analysis: Analysis, doc_type: str) -> bool:
    if block.kind not in (BlockKind.paragraph,):
        return False
    tokens = lead_in_tokens(analysis)
    return bool(tokens) and bool(classify_heading(tokens, doc_type))


def _add_block(sections: list[Section], stack: list[int], block: Block) -> None:
    sections[stack[-1]].blocks.append(block.index)
    for index in stack:
        sections[index].all_blocks.append(block.index)


def section_of_block(sections: list[Section], count: int) -> list[int | None]:
    """For each block index, the index of the innermost section holding it (or its heading)."""
    owner: list[int | None] = [None] * count
    for s_i, section in enumerate(sections):
        owner[section.heading_block] = s_i
        for b in section.blocks:
            owner[b] = s_i
    return owner


def keys_of(sections: list[Section], s_i: int | None) -> set[str]:
    """The keys of a section and of every section enclosing it."""
    keys: set[str] = set()
    while s_i is not None:
        keys.update(sections[s_i].keys)
        s_i = sections[s_i].parent
    return keys
