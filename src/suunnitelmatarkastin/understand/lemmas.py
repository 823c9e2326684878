"""Finnish lemmas from pyvoikko, chosen by the token's part of speech and morphology.

spacy-fi's own lemmatizer needs the system library libvoikko; pyvoikko ships the same dictionary on
PyPI, so `pip install` alone gives the same lemmas on every machine. pyvoikko differs from libvoikko
in three ways handled here: it gives nothing for upper-case words and capitalised compounds (we retry
in lower case), it marks compound seams inside the base form ("peri=aate"), and it often returns
several analyses ("taus" and "tausta" for "tausta"), which we rank the way spacy-fi's Voikko
lemmatizer does: by word class, then case and number agreeing with the tagger's morphology.

Analyses are remembered in a persistent cache (`cache.Store`) keyed by the pyvoikko, kfst and
dictionary versions, so pyvoikko (whose dictionary takes most of a second to load) is imported only
when a word is met for the first time on this machine.
"""

from __future__ import annotations

import atexit
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, util
from pathlib import Path
from typing import NamedTuple

from .cache import Store, fingerprint

# Voikko word classes that fit each Universal POS tag, best first.
_CLASSES_FOR_POS: dict[str, tuple[str, ...]] = {
    "NOUN": ("nimisana", "nimisana_laatusana", "lyhenne"),
    "PROPN": ("paikannimi", "sukunimi", "etunimi", "nimi", "nimisana", "lyhenne"),
    "VERB": ("teonsana",),
    "AUX": ("teonsana", "kieltosana"),
    "ADJ": ("laatusana", "nimisana_laatusana", "teonsana"),
    "ADV": ("seikkasana", "laatusana"),
    "NUM": ("lukusana",),
    "PRON": ("asemosana",),
    "ADP": ("suhdesana", "seikkasana"),
    "CCONJ": ("sidesana",),
    "SCONJ": ("sidesana",),
    "INTJ": ("huudahdussana",),
}
_NAME_CLASSES = frozenset({"paikannimi", "sukunimi", "etunimi", "nimi"})
_CASE_NAMES: dict[str, str] = {
    "Nom": "nimento",
    "Gen": "omanto",
    "Par": "osanto",
    "Ine": "sisaolento",
    "Ela": "sisaeronto",
    "Ill": "sisatulento",
    "Ade": "ulkoolento",
    "Abl": "ulkoeronto",
    "All": "ulkotulento",
    "Ess": "olento",
    "Tra": "tulento",
    "Abe": "vajanto",
    "Ins": "keinonto",
    "Com": "seuranto",
    "Acc": "kohdanto",
}
_NUMBER_NAMES = {"Sing": "singular", "Plur": "plural"}


@dataclass(frozen=True)
class Lemma:
    """A word's base form and, for a compound, the base forms of its parts."""

    base: str
    parts: tuple[str, ...] = ()
    word_class: str | None = None
    alternatives: tuple[str, ...] = ()  # other base forms the word may have ("nuora" / "nuori")


class Parse(NamedTuple):
    """One pyvoikko analysis, reduced to what the ranking and the lemma read (and a cache stores)."""

    base: str
    word_class: str | None
    case: str | None
    number: str | None
    parts: tuple[str, ...]  # base forms of a compound's parts


def _clean(base: str) -> str:
    return base.replace("=", "").replace("|", "")


_FORMAT = "1"  # bump when `Parse` changes
_MEMO_LIMIT = 100_000  # words kept in this process (a few tens of MB); the store keeps the rest
_memo: dict[str, tuple[Parse, ...]] = {}


def version() -> str:
    """The versions analyses depend on: pyvoikko, kfst and the dictionary's contents."""
    spec = util.find_spec("pyvoikko")  # found without importing it (importing loads the dictionary)
    dictionary = Path(spec.origin).with_name("voikko.kfst") if spec and spec.origin else None
    contents = dictionary.read_bytes() if dictionary and dictionary.is_file() else b""
    return fingerprint(_FORMAT, metadata.version("pyvoikko"), metadata.version("kfst-rs"), contents)


@cache
def _store() -> Store:
    return Store("lemmat", version(), limit=500_000)


def _voikko(word: str) -> tuple[Parse, ...]:
    """pyvoikko analyses, retrying lower-case where the written form gives none."""
    from pyvoikko import analyse  # imported on the first miss only

    found = analyse(word)
    if not found and word != word.lower():
        found = analyse(word.lower())
    return tuple(
        Parse(a.BASEFORM or "", a.CLASS, a.SIJAMUOTO, a.NUMBER, tuple(p.BASEFORM for p in (a.COMPOUND_PARTS or ()) if p.BASEFORM))
        for a in found
    )


def _remember(word: str, parses: tuple[Parse, ...]) -> None:
    if len(_memo) >= _MEMO_LIMIT:
        _memo.clear()
    _memo[word] = parses


def prefetch(words: Iterable[str]) -> None:
    """Make the analyses of `words` ready: from this process, else the store (one query), else
    pyvoikko (and then the store learns them at the next `flush`)."""
    missing = [w for w in dict.fromkeys(words) if w not in _memo]
    if not missing:
        return
    store = _store()
    stored = store.get_many(missing)
    for word in missing:
        if word in stored:
            _remember(word, tuple(Parse(b, c, k, n, tuple(p)) for b, c, k, n, p in json.loads(stored[word])))
        else:
            parses = _voikko(word)
            _remember(word, parses)
            store.put(word, json.dumps(parses, ensure_ascii=False))


def flush() -> None:
    """Write the words learnt since the last flush to the persistent store."""
    _store().flush()


atexit.register(flush)  # words met after the last document's flush (lexicon entries)


def _analyses(word: str) -> tuple[Parse, ...]:
    if word not in _memo:
        prefetch([word])
    return _memo[word]


def _score(analysis: Parse, pos: str, case: str | None, number: str | None) -> tuple[int, int, int]:
    classes = _CLASSES_FOR_POS.get(pos, ())
    cls = analysis.word_class or ""
    class_rank = classes.index(cls) if cls in classes else len(classes) + 1
    case_ok = 0 if case is None or analysis.case in (None, _CASE_NAMES.get(case)) else 1
    number_ok = 0 if number is None or analysis.number in (None, _NUMBER_NAMES.get(number)) else 1
    return (class_rank, case_ok, number_ok)


@lru_cache(maxsize=50_000)
def lemmatize(word: str, pos: str = "NOUN", case: str | None = None, number: str | None = None) -> Lemma:
    """The lemma of `word` tagged `pos` with the given Case and Number features."""
    analyses = _analyses(word)
    if not analyses and len(word.rstrip(".")) > 1 and word.endswith("."):
        return lemmatize(word.rstrip("."), pos, case, number)  # "ry." ending a sentence is "ry"
    if not analyses:
        return Lemma(word.lower())
    best = min(analyses, key=lambda a: _score(a, pos, case, number))
    base = _clean(best.base or word)
    if best.word_class in _NAME_CLASSES:
        base = base[:1].upper() + base[1:]
    else:
        base = base.lower()
    parts = tuple(_clean(p).lower() for p in best.parts)
    others = tuple(dict.fromkeys(_clean(a.base).lower() for a in analyses if a is not best))
    return Lemma(base, parts if len(parts) > 1 else (), best.word_class, tuple(o for o in others if o and o != base.lower()))


def word_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas a lexicon entry stands for. Entries are written in base form, so when the word is
    itself a base form only that counts ("kuulla" is the verb, not "kuu" + adessive); an inflected
    entry stands for every base form it may have."""
    bases: list[str] = []
    for analysis in _analyses(word):
        base = _clean(analysis.base or word).lower()
        if base not in bases:
            bases.append(base)
    if word.lower() in bases:
        return (word.lower(),)
    return tuple(bases) or (word.lower(),)
