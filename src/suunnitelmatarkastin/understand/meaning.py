"""Meaning by word vectors: how near two passages' key nouns are when they share no word.

The Finnish model ships floret vectors (built from character n-grams, so every word, however
rare or compounded, has one). A passage's key nouns are the nouns that name what it speaks of:
whole words, not a noun that only qualifies another, nor a word for people or organisations (who,
not what). Two passages are as near as their nearest pair of key nouns that are different words
and share no compound part (a shared word or part is the word-overlap links' business, which
decides it with more care than a vector can). The vectors are read from the model's own files once
per process, without loading the pipeline or importing spaCy; each document looks its words up in one batch.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import mmh3

from .content import content_lemmas
from .lexicon import load, per_overlay
from .nlp import MODEL, Token, pipeline

_LOW64 = (1 << 64) - 1


class _Floret:
    """The model's floret vector table, mapped from its `vocab` folder once per process (60 MB, of
    which a document reads only its words' rows): a word's vector is the mean of the rows its character n-grams hash to,
    as spaCy's `Vectors.get_batch` computes it, without importing spaCy."""

    def __init__(self) -> None:
        import numpy

        spec = importlib.util.find_spec(MODEL)
        folder = next(Path(next(iter(spec.submodule_search_locations))).glob("*/vocab"))
        self.config = json.loads((folder / "vectors.cfg").read_text("utf-8"))
        self.table = numpy.load(
            folder / "vectors", mmap_mode="r"
        )  # only the rows looked up are read

    def rows(self, word: str) -> list[int]:
        c = self.config
        key = c["bow"] + word + c["eow"]
        grams = [key] + [
            key[i : i + n] for n in range(c["minn"], c["maxn"] + 1) for i in range(len(key) - n + 1)
        ]
        found = []
        for gram in grams:
            # MurmurHash3_x64_128, the hash floret finds an n-gram's rows by (spaCy's own comes
            # only with spaCy's two-second import): its low and high 64 bits
            h = mmh3.hash128(gram.encode("utf8"), c["hash_seed"], x64arch=True, signed=False)
            h1, h2 = h & _LOW64, h >> 64
            found += [
                h % len(self.table)
                for h in (h1 & 0xFFFFFFFF, h1 >> 32, h2 & 0xFFFFFFFF, h2 >> 32)[
                    : min(c["hash_count"], 4)
                ]
            ]
        return found

    def get_batch(self, words: list[str]):
        import numpy

        return numpy.stack([self.table[self.rows(w)].mean(axis=0) for w in words])


@cache
def _vectors():
    """The model's word vectors: the loaded pipeline's table when there is one, else `_Floret`."""
    return pipeline().vocab.vectors if pipeline.cache_info().currsize else _Floret()


def key_nouns(sentence: list[Token], skip: Iterable[str] = ()) -> dict[str, frozenset[str]]:
    """A sentence's key nouns, each with its compound parts: the things it speaks of, not the
    nouns that only qualify another ("seurakuntatalon" in "seurakuntatalon energiatehokkuus"
    says where, "ikääntyneiden" whose: the subject is the efficiency, the loneliness), not a word
    for people (`names_who`) nor a measure ("osallistujamäärä" says how, not what); `skip`: other
    words that name no subject (a measure, a method). Whole words only: a vector already holds
    its word's parts, and a part alone ("talo") would pull in everything about the place."""
    wanted = content_lemmas(sentence, nouns_only=True, parts=False) - set(skip)
    measures = _settings()[2]
    found: dict[str, frozenset[str]] = {}
    for i, t in enumerate(sentence):
        head = sentence[t.head] if 0 <= t.head < len(sentence) and t.head != i else None
        qualifies = head is not None and head.pos in ("NOUN", "PROPN") and t.dep.startswith("nmod")
        measure = bool(t.parts) and t.parts[-1] in measures
        if t.lemma in wanted and not (qualifies or measure or names_who(t)):
            found[t.lemma] = frozenset(t.parts or (t.lemma,))
    return found


def names_who(token: Token) -> bool:
    """A noun for people, a role, an organisation or a body ("toiminnanohjaaja", "ohjausryhmä",
    "lapsi", "verkosto"): who a passage is by or for, never what it is about. Any two such words are
    near by their vectors ("työntekijä" and "luottamusmies" 0.7) whatever the passages say, so
    they take no part in a link by meaning. The words are the owners' and evaluation lexicons' own
    lists of people and organisations (named in the goals lexicon's `meaning.person_lists`), with
    the endings of person nouns."""
    words, endings, _ = _settings()
    lemma = token.lemma.lower()
    return lemma in words or bool(token.parts and token.parts[-1] in words) or any(lemma.endswith(e) and len(lemma) > len(e) + 3 for e in endings)


def listed_as_who(token: Token) -> bool:
    """The word is itself one of the lexicons' people, roles or bodies ("ohjausryhmä"), not only a
    compound that ends in one ("liikuntaryhmä" is the exercise the project runs, its group)."""
    return token.lemma.lower() in _settings()[0]


@per_overlay
def _settings() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The person words, the person endings and the measure heads, built once per overlay."""
    meaning = load("goals")["meaning"]
    lists = (w for name, keys in meaning["person_lists"].items() for key in keys for w in load(name)[key])
    return frozenset({*meaning["person_words"], *lists}), tuple(load("evaluation")["person_endings"]), frozenset(meaning["measure_heads"])


class Nearness:
    """Cosine nearness of key nouns, their vectors looked up once for the whole document."""

    def __init__(self, words: Iterable[str]) -> None:
        import numpy

        self._words = sorted(set(words))
        rows = _vectors().get_batch(self._words) if self._words else numpy.zeros((0, 300), "float32")
        norms = numpy.linalg.norm(rows, axis=1, keepdims=True)
        self._unit = rows / numpy.where(norms == 0, 1, norms)
        self._row = {w: i for i, w in enumerate(self._words)}
        self._stem = load("goals")["meaning"]["shared_stem"]

    def between(self, one: dict[str, frozenset[str]], other: dict[str, frozenset[str]]) -> float:
        """The nearness of the nearest pair of words with no compound part in common and not of one
        stem (`meaning.shared_stem` first letters alike): floret builds a word's vector from its
        letters, so "osallisuus" and "osallistuja" are near by their spelling, not their meaning."""
        n = self._stem
        pairs = [(a, b) for a in one for b in other if a[:n] != b[:n] and not one[a] & other[b] and a not in other[b] and b not in one[a]]
        if not pairs:
            return 0.0
        return max(float(self._unit[self._row[a]] @ self._unit[self._row[b]]) for a, b in pairs)
