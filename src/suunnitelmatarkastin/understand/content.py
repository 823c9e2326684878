"""Content words: what links a passage to a goal, or an answer to its question, by meaning.

Two passages speak of the same thing when they share content words, as lemmas, as parts of
compounds ("liikuntapäiväkirja" speaks of "liikunta") or as words of one family ("päivittäinen"
speaks of "päivä"); words too common in plans to tell passages apart are listed in the goals
lexicon (`stop_lemmas`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import load
from .nlp import Token

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN"}
_NOUNS = {"NOUN", "PROPN"}
_MIN_PART = 3  # shorter lemmas and compound parts ("työ", "uusi") say too little to link by


def _stop() -> set[str]:
    return set(load("goals")["stop_lemmas"])


def content_lemmas(tokens: list[Token], nouns_only: bool = False, parts: bool = True) -> set[str]:
    """The content words of a text, with the parts of its compounds unless not `parts`
    (`nouns_only`: its things, not what is done with them)."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    found: set[str] = set()
    for t in tokens:
        if t.pos in kinds:
            found.update(w for w in _forms(t, parts) if w not in stop and len(w) > _MIN_PART)
    return found


def _forms(token: Token, parts: bool = True) -> tuple[str, ...]:
    """The words a token may stand for: its lemma, the other base forms its analyses give (the
    dictionary reads "liikkumista" as "liikkuma" or "liikkua") and its compound parts."""
    return (token.lemma, *token.alternatives, *(token.parts if parts else ()))


_LONG = re.compile(r"(.)\1")


def _strip(word: str, endings: tuple[str, ...], minimum: int) -> str | None:
    """The word without the longest of `endings` it has, if `minimum` letters are left; else None."""
    for ending in sorted(endings, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return _LONG.sub(r"\1", word[: -len(ending)])
    return None


def family(word: str) -> tuple[str | None, frozenset[str]]:
    """A word's family: the stem it was derived from by a derivational ending (or None), and the
    stems words derived from it would have: itself and itself without its final vowel, long
    sounds read short. "päivittäinen" has the stem "päiv", which "päivä" offers. The endings
    are the goals lexicon's, which a rule pack may extend."""
    lexicon = load("goals")
    return _family(word, tuple(lexicon["derivation_endings"]), tuple(lexicon["base_endings"]), lexicon["family_stem"])


@lru_cache(maxsize=20_000)
def _family(word: str, derivation: tuple[str, ...], base_endings: tuple[str, ...], minimum: int) -> tuple[str | None, frozenset[str]]:
    offered = {_LONG.sub(r"\1", word)}
    base = _strip(word, base_endings, minimum)
    if base:
        offered.add(base)
    return _strip(word, derivation, minimum), frozenset(offered)


def _families(words: set[str]) -> tuple[set[str], set[str]]:
    """The derived stems of `words` and the stems they offer, for looking words up by family."""
    derived, offered = set(), set()
    for word in words:
        d, o = family(word)
        if d:
            derived.add(d)
        offered |= o
    return derived, offered


def _related(forms: set[str], families: tuple[set[str], set[str]]) -> bool:
    derived, offered = _families(forms)
    return bool(derived & families[1] or offered & families[0])


def kin_of(lemmas: set[str]) -> Callable[[str], bool]:
    """A test whether a word is among `lemmas` or of the same family as one of them (`family`)."""
    families = _families(lemmas)
    return lambda word: word in lemmas or _related({word}, families)


def shared_words(tokens: list[Token], lemmas: set[str], nouns_only: bool = False) -> int:
    """How many of the text's content words speak of the given words (a compound counts once):
    as a lemma, another base form, a compound part or a word of the same family (`family`);
    `nouns_only` for headings, whose verbs ("Miten tähän päästään?") name no subject."""
    return len(speaking_words(tokens, lemmas, nouns_only))


def speaking_words(tokens: list[Token], lemmas: set[str], nouns_only: bool = False) -> set[str]:
    """The lemmas of the text's content words that speak of the given words (`shared_words`)."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    families = _families(lemmas)
    found = set()
    for t in tokens:
        if t.pos not in kinds or t.lemma in stop:
            continue
        forms = {w for w in _forms(t) if w not in stop and len(w) > _MIN_PART}
        if set(_forms(t)) & lemmas or _related(forms, families):
            found.add(t.lemma)
    return found
