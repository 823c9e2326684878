"""Finnish lemmas from pyvoikko, chosen by the token's part of speech and morphology.

spacy-fi's own lemmatizer needs the system library libvoikko; pyvoikko ships the same dictionary on
PyPI, so `pip install` alone gives the same lemmas on every machine. pyvoikko differs from libvoikko
in three ways handled here: it gives nothing for upper-case words and capitalised compounds (we retry
in lower case), it marks compound seams inside the base form ("peri=aate"), and it often returns
several analyses ("taus" and "tausta" for "tausta"), which we rank the way spacy-fi's Voikko
lemmatizer does: by word class, then case and number agreeing with the tagger's morphology.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from pyvoikko import analyse

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


def _clean(base: str) -> str:
    return base.replace("=", "").replace("|", "")


@cache
def _analyses(word: str) -> tuple:
    """pyvoikko analyses, retrying lower-case where the written form gives none."""
    found = analyse(word)
    if not found and word != word.lower():
        found = analyse(word.lower())
    return tuple(found)


def _score(analysis, pos: str, case: str | None, number: str | None) -> tuple[int, int, int]:
    classes = _CLASSES_FOR_POS.get(pos, ())
    cls = analysis.CLASS or ""
    class_rank = classes.index(cls) if cls in classes else len(classes) + 1
    case_ok = 0 if case is None or analysis.SIJAMUOTO in (None, _CASE_NAMES.get(case)) else 1
    number_ok = 0 if number is None or analysis.NUMBER in (None, _NUMBER_NAMES.get(number)) else 1
    return (class_rank, case_ok, number_ok)


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str = "NOUN", case: str | None = None, number: str | None = None) -> Lemma:
    """The lemma of `word` tagged `pos` with the given Case and Number features."""
    analyses = _analyses(word)
    if not analyses:
        return Lemma(word.lower())
    best = min(analyses, key=lambda a: _score(a, pos, case, number))
    base = _clean(best.BASEFORM or word)
    if best.CLASS in _NAME_CLASSES:
        base = base[:1].upper() + base[1:]
    else:
        base = base.lower()
    parts = tuple(_clean(p.BASEFORM).lower() for p in (best.COMPOUND_PARTS or ()) if p.BASEFORM)
    others = tuple(dict.fromkeys(_clean(a.BASEFORM or "").lower() for a in analyses if a is not best))
    return Lemma(base, parts if len(parts) > 1 else (), best.CLASS, tuple(o for o in others if o and o != base.lower()))


def word_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas a lexicon entry stands for. Entries are written in base form, so when the word is
    itself a base form only that counts ("kuulla" is the verb, not "kuu" + adessive); an inflected
    entry stands for every base form it may have."""
    bases: list[str] = []
    for analysis in _analyses(word):
        base = _clean(analysis.BASEFORM or word).lower()
        if base not in bases:
            bases.append(base)
    if word.lower() in bases:
        return (word.lower(),)
    return tuple(bases) or (word.lower(),)
