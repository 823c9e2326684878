"""Sections: headings (and lead-ins such as "Tavoitteet:") mapped to canonical keys by lemmas.

A heading may cover several keys ("Hankkeen tavoitteet ja kohderyhmä"); longer synonyms are matched
first and claim their words, so "Tavoitteiden toteutuminen" is a results heading, not a goals one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, BlockKind, Document
from .lexicon import any_phrase, find_phrase, load, phrase
from .nlp import Analysis, Token

_LEAD_IN = re.compile(r"^([^:.!?]{2,60}):(\s|$)")
_NUMBERING = re.compile(r"^\s*(\d{1,2}[.)]?)+\s*")


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


def classify_heading(tokens: list[Token], doc_type: str) -> list[str]:
    """The canonical keys a heading names, in the order they appear in it."""
    candidates = []
    for spec in section_specs(doc_type):
        for synonym in spec["synonyms"]:
            entry = phrase(synonym)
            candidates.append((len(entry), spec["key"], entry))
    candidates.sort(key=lambda c: -c[0])
    claimed: set[int] = set()
    found: list[tuple[int, str]] = []
    for strength in (2, 1):  # whole-word matches first, then compound parts
        for _, key, entry in candidates:
            match = find_phrase([t for t in tokens], entry, parts=strength == 1)
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
    for block, analysis in zip(document.blocks, analyses):
        is_title = block.kind is BlockKind.title or (block.index < 3 and block.text == document.title and _reads_as_title(analysis))
        if block.kind in (BlockKind.heading, BlockKind.title) or (lead_ins and _starts_lead_in(block, analysis, doc_type)):
            lead = block.kind not in (BlockKind.heading, BlockKind.title)
            tokens = lead_in_tokens(analysis) if lead else _heading_tokens(analysis)
            level = 0 if is_title else (block.level or 1)
            if lead:
                level = (sections[stack[-1]].level + 1) if stack else 1
            while stack and sections[stack[-1]].level >= level:
                stack.pop()
            parent_appendix = bool(stack) and sections[stack[-1]].appendix
            section = Section(
                heading_block=block.index,
                heading=block.text,
                level=level,
                keys=classify_heading(tokens or [], doc_type) if not is_title else [],
                lead_in=lead,
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


def _reads_as_title(analysis: Analysis) -> bool:
    """A first line is the document's title, not a section, if it names a document type or is long."""
    names = [n for names in load("sections")["doc_types"].values() for n in names]
    return len(analysis.tokens) >= 5 or any_phrase(analysis.tokens, names) is not None


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
