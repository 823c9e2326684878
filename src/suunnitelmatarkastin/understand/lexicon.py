"""Lexicons as data: YAML files in `data/lexicons/`, their words lemmatised once when loaded.

Entries are written as plain Finnish words ("hyvien käytäntöjen levittäminen"); each word becomes
the set of lemmas it may have, so a lexicon matches inflected and compound forms in the text
without anyone writing lemmas by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from .lemmas import word_lemmas
from .nlp import Token

Phrase = tuple[frozenset[str], ...]  # one set of acceptable lemmas per word


@cache
def load(name: str) -> dict:
    """A lexicon file by name (without .yaml), parsed once per process."""
    text = resources.files("suunnitelmatarkastin.data.lexicons").joinpath(f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def phrase(words: str) -> Phrase:
    """A lexicon entry as a phrase of lemma sets, one set per word."""
    cleaned = words.replace("-", " ") if " " in words else words
    result = []
    for word in cleaned.split():
        if word.endswith("*"):  # a stem for words the dictionary does not know ("Innokyl*")
            result.append(frozenset({word.lower()}))
            continue
        lemmas = set(word_lemmas(word.strip(",.:;()")))
        lemmas.add(word.lower())
        result.append(frozenset(lemmas))
    return tuple(result)


def token_matches(token: Token, lemmas: frozenset[str], parts: bool = True) -> int:
    """2 if the token's lemma (or another analysis of it) is one of `lemmas`, 1 if a compound part is."""
    if token.lemma in lemmas or token.text.lower() in lemmas or any(a in lemmas for a in token.alternatives):
        return 2
    if any(entry.endswith("*") and token.text.lower().startswith(entry[:-1]) for entry in lemmas):
        return 2
    if parts and any(part in lemmas for part in token.parts):
        return 1
    return 0


@dataclass(frozen=True)
class PhraseMatch:
    start: int  # token index of the first word
    end: int  # one past the last matched token
    strength: int  # words matched, doubled for whole-word matches


def _match_at(tokens: list[Token], first: int, entry: Phrase, parts: bool, gap: int = 2) -> PhraseMatch | None:
    """The phrase matched from token `first` on (up to `gap` other words between its words)."""
    score = token_matches(tokens[first], entry[0], parts)
    if not score:
        return None
    position, total = first, score
    for word in entry[1:]:
        for nxt in range(position + 1, min(len(tokens), position + 2 + gap)):
            score = token_matches(tokens[nxt], word, parts)
            if score:
                position, total = nxt, total + score
                break
        else:
            return None
    return PhraseMatch(first, position + 1, total + 2 * (len(entry) - 1))


def find_phrase(tokens: list[Token], entry: Phrase, parts: bool = True) -> PhraseMatch | None:
    """The first place the phrase occurs in order."""
    for first in range(len(tokens)):
        found = _match_at(tokens, first, entry, parts)
        if found:
            return found
    return None


@dataclass
class _Index:
    """A lexicon indexed by the lemmas of its entries' first words, so that matching a sentence
    costs a look-up per token instead of a pass per entry."""

    source: list[str]
    by_first: dict[str, list[tuple[int, Phrase]]]
    stems: list[tuple[str, int, Phrase]]
    memo: dict[tuple[int, bool], tuple[list[Token], PhraseMatch | None]] = field(default_factory=dict)


_indexes: dict[int, _Index] = {}


def _index(entries: list[str]) -> _Index:
    cached = _indexes.get(id(entries))
    if cached is not None and cached.source is entries:
        return cached
    by_first: dict[str, list[tuple[int, Phrase]]] = {}
    stems: list[tuple[str, int, Phrase]] = []
    for order, entry in enumerate(entries):
        words = phrase(entry)
        for lemma in words[0]:
            if lemma.endswith("*"):
                stems.append((lemma[:-1], order, words))
            else:
                by_first.setdefault(lemma, []).append((order, words))
    built = _Index(entries, by_first, stems)
    _indexes[id(entries)] = built
    return built


_MEMO_LIMIT = 50_000


def any_phrase(tokens: list[Token], entries: list[str], parts: bool = True) -> PhraseMatch | None:
    """The strongest match among several lexicon entries (the earlier entry on a tie), or None.

    Several extractors ask the same lexicon about the same sentence; `Reading.sentences` hands out
    the same token list each time, so answers are remembered per list (checked by identity).
    """
    index = _index(entries)
    key = (id(tokens), parts)
    remembered = index.memo.get(key)
    if remembered is not None and remembered[0] is tokens:
        return remembered[1]
    found = _search(tokens, index, parts)
    if len(index.memo) >= _MEMO_LIMIT:
        index.memo.clear()
    index.memo[key] = (tokens, found)
    return found


def _search(tokens: list[Token], index: _Index, parts: bool) -> PhraseMatch | None:
    best: tuple[int, int, int] | None = None  # (-strength, entry order, start)
    best_match: PhraseMatch | None = None
    for first, token in enumerate(tokens):
        keys = token.keys.union(token.parts) if parts and token.parts else token.keys
        candidates: list[tuple[int, Phrase]] = []
        for key in keys:
            listed = index.by_first.get(key)
            if listed:
                candidates.extend(listed)
        if index.stems:
            text = token.text.lower()
            candidates.extend((order, words) for stem, order, words in index.stems if text.startswith(stem))
        for order, words in candidates:
            found = _match_at(tokens, first, words, parts)
            if found:
                rank = (-found.strength, order, first)
                if best is None or rank < best:
                    best, best_match = rank, found
    return best_match
