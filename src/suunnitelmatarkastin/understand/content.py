"""Content words: what links a passage to a goal, or an answer to its question, by meaning.

Two passages speak of the same thing when they share content words, as lemmas or as parts of
compounds ("liikuntapäiväkirja" speaks of "liikunta"); words too common in plans to tell passages
apart are listed in the goals lexicon (`stop_lemmas`).
"""

from __future__ import annotations

from .lexicon import load
from .nlp import Token

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN"}
_NOUNS = {"NOUN", "PROPN"}
_MIN_PART = 3  # shorter lemmas and compound parts ("työ", "uusi") say too little to link by


def _stop() -> set[str]:
    return set(load("goals")["stop_lemmas"])


def content_lemmas(tokens: list[Token], nouns_only: bool = False) -> set[str]:
    """The content words of a text, with the parts of its compounds (`nouns_only`: its things, not
    what is done with them)."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    found: set[str] = set()
    for t in tokens:
        if t.pos in kinds:
            found.update(w for w in _forms(t) if w not in stop and len(w) > _MIN_PART)
    return found


def _forms(token: Token) -> tuple[str, ...]:
    """The words a token may stand for: its lemma, the other base forms its analyses give (the
    dictionary reads "liikkumista" as "liikkuma" or "liikkua") and its compound parts."""
    return (token.lemma, *token.alternatives, *token.parts)


def shared_words(tokens: list[Token], lemmas: set[str], nouns_only: bool = False) -> int:
    """How many of the text's content words speak of the given words (a compound counts once);
    `nouns_only` for headings, whose verbs ("Miten tähän päästään?") name no subject."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    return len({t.lemma for t in tokens if t.pos in kinds and t.lemma not in stop and set(_forms(t)) & lemmas})
