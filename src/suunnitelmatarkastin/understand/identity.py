"""Which project a document is about, from its title and its background data: the project codes
and the project's own name. The cross-document rules group documents by them (`project.digest`),
and the period reading knows the project by its name where a plan says when it runs
(`timing.find_period`)."""

from __future__ import annotations

import re

from ..models import BlockKind, Document
from .lexicon import load


def identity(document: Document) -> tuple[list[str], str | None]:
    """The project codes and the project name the title and the background data give."""
    lexicon = load("project")
    blocks = document.blocks[: int(lexicon["identity_blocks"])]
    texts = [document.title or "", *(b.text for b in blocks)]
    codes: list[str] = []
    for pattern in lexicon["code_patterns"]:
        for text in texts:
            for found in re.finditer(pattern, text):
                code = (found.group(1) if found.groups() else found.group(0)).upper()
                if code not in codes:
                    codes.append(code)
    return codes, _labelled_name(texts, lexicon["name_labels"]) or _title_name(_naming_title(document, lexicon["title_type_words"]), lexicon["title_type_words"])


def _naming_title(document: Document, type_words: list[str]) -> str:
    """The title, when it can name the project: a title the document marks as its title, or a
    first heading that says what the document is ("Kohtaamo-hankkeen loppuraportti"). A first
    heading that is only a section's name ("Tausta") names no project."""
    title = document.title or ""
    marked = any(b.kind is BlockKind.title for b in document.blocks)
    says_type = any(_type_word(word.lower().strip(".,"), set(type_words)) for word in re.split(r"[\s-]+", title))
    return title if marked or says_type else ""


_PARTS = re.compile(r"\s[–—-]\s|[:()]")


def _normal(name: str) -> str | None:
    """A name's first part before a dash or a colon ("Kohtaamo – matalan kynnyksen paikka" →
    "Kohtaamo"), without quotes, extra spaces and trailing punctuation (compared case-blind)."""
    name = _PARTS.split(name)[0]
    name = re.sub(r"[\s\"”“'’«»]+", " ", name).strip(" .,:;–-")
    return name or None


def _labelled_name(texts: list[str], labels: list[str]) -> str | None:
    """"Hankkeen nimi: Kohtaamo" → "Kohtaamo" (the label at a line's start, then a colon or a spaced dash)."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    pattern = re.compile(rf"^\s*(?:{alternatives})\s*(?::|\s[–-]\s)\s*(.{{2,80}}?)\s*$", re.IGNORECASE)
    for text in texts:
        for line in text.splitlines():
            if found := pattern.match(line):
                return _normal(found.group(1))
    return None


def _title_name(title: str, type_words: list[str]) -> str | None:
    """The first part of the title that is more than type words, years and dates:
    "Kohtaamo-hankkeen loppuraportti 2027" → "Kohtaamo", "Hankesuunnitelma – Polku töihin" → "Polku töihin"."""
    words = set(type_words)
    for part_ in _PARTS.split(title):
        kept = []
        for word in part_.split():
            stem, _, tail = word.lower().rpartition("-")
            if stem and tail in words:  # "Kohtaamo-hankkeen"
                word = word[: len(stem)]
            if _type_word(word.lower().strip(".,"), words) or re.fullmatch(r"[\d./-]+", word):
                continue
            kept.append(word)
        if kept:
            return _normal(" ".join(kept))
    return None


def _type_word(word: str, type_words: set[str]) -> bool:
    """A type word in any inflection ("loppuraportin": the stem of a long one) or a compound ending
    in one ("KAIKU-KEHITTÄMISHANKKEEN": a programme's template, not a project's name)."""
    return any(word.endswith(w) or (len(w) >= 8 and w[:-2] in word) for w in type_words)
