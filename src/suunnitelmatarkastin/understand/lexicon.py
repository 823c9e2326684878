"""Lexicons as data: YAML files in `data/lexicons/`, their words lemmatised once when loaded.

Entries are written as plain Finnish words ("hyvien käytäntöjen levittäminen"); each word becomes
the set of lemmas it may have, so a lexicon matches inflected and compound forms in the text
without anyone writing lemmas by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import count
from importlib import resources

import yaml

from .lemmas import flush, word_lemmas
from .nlp import Sentence, Token

Phrase = tuple[frozenset[str], ...]  # one set of acceptable lemmas per word


class Entries(list):
    """A lexicon's list of entries, carrying its index once `any_phrase` has built it."""

    __slots__ = ("index",)

    def __init__(self, entries: list) -> None:
        super().__init__(entries)
        self.index: _Index | None = None


def _with_entries(value):
    """The parsed YAML with every list of words made an `Entries`, so it carries its own index."""
    if isinstance(value, dict):
        return {k: _with_entries(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_with_entries(v) for v in value]
        return Entries(items) if all(isinstance(v, str) for v in items) else items
    return value


@cache
def load(name: str) -> dict:
    """A lexicon file by name (without .yaml), parsed once per process."""
    text = resources.files("suunnitelmatarkastin.data.lexicons").joinpath(f"{name}.yaml").read_text("utf-8")
    return _with_entries(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))  # libyaml: 10× faster


@lru_cache(maxsize=20_000)
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


_numbers = count()


@dataclass(eq=False)
class _Index:
    """A lexicon indexed by the lemmas of its entries' first words, so that matching a sentence
    costs a look-up per token instead of a pass per entry."""

    by_first: dict[str, list[tuple[int, Phrase]]]
    stems: list[tuple[str, int, Phrase]]
    number: int  # names the index in a sentence's memo


# Indexes of word lists built by callers rather than loaded (few, and bounded all the same).
_built: dict[tuple[str, ...], _Index] = {}
_BUILT_LIMIT = 256


def _build(entries: list[str]) -> _Index:
    by_first: dict[str, list[tuple[int, Phrase]]] = {}
    stems: list[tuple[str, int, Phrase]] = []
    for order, entry in enumerate(entries):
        words = phrase(entry)
        for lemma in words[0]:
            if lemma.endswith("*"):
                stems.append((lemma[:-1], order, words))
            else:
                by_first.setdefault(lemma, []).append((order, words))
    flush()  # the lexicon's words, analysed once on this machine
    return _Index(by_first, stems, next(_numbers))


def _index(entries: list[str]) -> _Index:
    """The index of a loaded lexicon lives on its `Entries`; another list's is found by content."""
    if isinstance(entries, Entries):
        if entries.index is None:
            entries.index = _build(entries)
        return entries.index
    key = tuple(entries)
    built = _built.get(key)
    if built is None:
        if len(_built) >= _BUILT_LIMIT:
            _built.clear()
        built = _built[key] = _build(entries)
    return built


def any_phrase(tokens: list[Token], entries: list[str], parts: bool = True) -> PhraseMatch | None:
    """The strongest match among several lexicon entries (the earlier entry on a tie), or None.

    Several extractors ask the same lexicon about the same sentence; `Reading.sentences` hands out
    each sentence as a `Sentence`, which remembers the answers for as long as the document is read.
    """
    index = _index(entries)
    if not isinstance(tokens, Sentence):
        return _search(tokens, index, parts)
    key = (index.number, parts)
    if key not in tokens.memo:
        tokens.memo[key] = _search(tokens, index, parts)
    return tokens.memo[key]  # type: ignore[return-value]


def _search(tokens: list[Token], index: _Index, parts: bool) -> PhraseMatch | None:
    best: tuple[int, int, int] | None = None  # (-strength, entry order, start)
    best_match: PhraseMatch | None = None
    by_first, stems = index.by_first, index.stems
    for first, token in enumerate(tokens):
        keys = token.keys.union(token.parts) if parts and token.parts else token.keys
        candidates = [found for key in keys if key in by_first for found in by_first[key]]
        if stems:
            text = token.text.lower()
            candidates.extend((order, words) for stem, order, words in stems if text.startswith(stem))
        for order, words in candidates:
            found = _match_at(tokens, first, words, parts)
            if found:
                rank = (-found.strength, order, first)
                if best is None or rank < best:
                    best, best_match = rank, found
    return best_match
