"""Content words: what links a passage to a goal, or an answer to its question, by meaning.

Two passages speak of the same thing when they share content words, as lemmas, as parts of
compounds ("liikuntapäiväkirja" speaks of "liikunta") or as words of one family ("päivittäinen"
speaks of "päivä"); words too common in plans to tell passages apart are listed in the goals
lexicon (`stop_lemmas`). Two compounds that share only a short last part name different things
("kävijämäärä" and "jäsenmäärä": the first part says what is counted), so such a part alone is no
shared word; the shared first part or the whole compound is (`short_tails`, also the rule of the
cross-document matching).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from .lemmas import adjective_form
from .lexicon import any_phrase, load, per_overlay
from .nlp import Token

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN"}
_NOUNS = {"NOUN", "PROPN"}
_ARGUMENTS = ("nsubj", "obj")  # a clause's subject or object: a thing, whatever the tagger calls it
_MIN_PART = 3  # shorter lemmas and compound parts ("työ", "uusi") say too little to link by
# A compound's last part shorter than this ("määrä", "ryhmä", "palvelu") names no kind of its own;
# a longer one does ("vertaisliikuttaja" ~ "kotiliikuttaja").
SHORT_TAIL = 8


def _stop() -> set[str]:
    return set(load("goals")["stop_lemmas"])


def content_lemmas(tokens: list[Token], nouns_only: bool = False, parts: bool = True) -> set[str]:
    """The content words of a text, with the parts of its compounds unless not `parts`
    (`nouns_only`: its things, not what is done with them)."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    found: set[str] = set()
    for t in tokens:
        if _kind_of(t) in kinds:
            found.update(w for w in _forms(t, parts) if w not in stop and len(w) > _MIN_PART)
    return found


def manner_adverb(token: Token) -> bool:
    """An adverb of manner the dictionary reads as a form of an adjective ("säännöllisesti")."""
    return token.pos == "ADV" and not token.dep.startswith(_ARGUMENTS) and _kind_of(token) == "ADJ"


def _kind_of(token: Token) -> str:
    """The token's word class for linking: a word the tagger reads as an adverb though the parse
    makes it a clause's subject or object is a noun ("ennen kuin laskuvelka kasvaa" when the tagger
    misses the rare compound): an adverb is neither. An adverb of manner the dictionary reads as a
    form of an adjective speaks of what that adjective does ("kunto arvioidaan ennakoivasti" and
    "ennakoivat käynnit"); other adverbs ("yleensä", "vasta", "iltaisin") say nothing to link by."""
    if token.pos != "ADV":
        return token.pos
    if token.dep.startswith(_ARGUMENTS):
        return "NOUN"
    manner = token.text.lower().endswith(tuple(load("goals")["derived_adverb_endings"]))
    return "ADJ" if manner and adjective_form(token.text, token.pos, token.morph.get("Case"), token.morph.get("Number")) else token.pos


def _forms(token: Token, parts: bool = True) -> tuple[str, ...]:
    """The words a token may stand for: its lemma, the other base forms its analyses give (the
    dictionary reads "liikkumista" as "liikkuma" or "liikkua") and its compound parts. A compound
    written with a hyphen ("pk-yritys", "Kela-korvaus"), which the dictionary does not split, has
    the words on either side as its parts: a "pk-yritys" is a company."""
    if not parts:
        return (token.lemma, *token.alternatives)
    return (token.lemma, *token.alternatives, *(token.parts or _hyphen_parts(token.lemma)))


def _hyphen_parts(lemma: str) -> tuple[str, ...]:
    """The words a hyphenated compound joins; none for a word without an inner hyphen."""
    words = tuple(w for w in lemma.lower().split("-") if w)
    return words if len(words) > 1 else ()


def whole_form(entry: Collection[str]) -> str:
    """The whole word among one word's forms (its lemma, other analyses, compound parts)."""
    return max(entry, key=len)


def short_tails(entry: Collection[str]) -> set[str]:
    """The forms of one word that are only the short last part of its compound ("määrä" of
    "kävijämäärä"): shared alone with a word whose first part differs, they name no shared subject."""
    whole = whole_form(entry)
    return {f for f in entry if f != whole and whole.endswith(f) and len(f) < SHORT_TAIL}


def by_modifier(tokens: list[Token], words: Collection[str]) -> bool:
    """A compound of the text whose first part is one of `words`: "digitupa" speaks of the digital
    skills a goal names as "digitaidot", by the part that says what it is about, not by a short
    last part (neither the text's nor the goal's). Only nouns are compounds in the dictionary, so
    this holds where the tagger misreads a compound's genitive as a participle ("Digituvan
    kävijät"). A sentence that names who evaluates ("Ulkoisen arvioinnin tekee liikuntatieteen
    opiskelija") speaks of the evaluator, not of what is measured."""
    lexicon = load("evaluation")
    if any_phrase(tokens, [*lexicon["external_doer"], *lexicon["self_doer"]]) is not None:
        return False
    tails = _tails_only(words)  # "loppuhaastattelu" does not speak of a goal's "viikonloppu"
    return any(len(t.parts) >= 2 and t.parts[0] in words and t.parts[0] not in tails and len(t.parts[0]) > _MIN_PART for t in tokens)


def _tails_only(words: Collection[str]) -> frozenset[str]:
    """The words of a set that stand in it only as the short last part of a longer one of its words
    ("määrä" in the words of "jäsenmäärä kasvaa"), as far as the set itself tells."""
    return _tails_of(frozenset(words))


@lru_cache(maxsize=4096)
def _tails_of(words: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in words if len(f) < SHORT_TAIL and any(len(w) > len(f) and w.endswith(f) for w in words))


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
    sounds read short. "päivittäinen" has the stem "päiv", which "päivä" offers. A quality noun
    is derived from its adjective whole (`quality_endings`: "yksinäisyys" from "yksinäinen", which
    the adjective offers as itself). The endings are the goals lexicon's, which a rule pack may extend."""
    return _family(word, *_family_endings())


@per_overlay
def _family_endings() -> tuple[tuple[str, ...], tuple[str, ...], int, tuple[tuple[str, str], ...]]:
    """The goals lexicon's endings as `_family` takes them, built once per overlay set (not per word)."""
    lexicon = load("goals")
    quality = tuple(sorted(lexicon["quality_endings"].items()))
    return tuple(lexicon["derivation_endings"]), tuple(lexicon["base_endings"]), lexicon["family_stem"], quality


@lru_cache(maxsize=20_000)
def _family(
    word: str, derivation: tuple[str, ...], base_endings: tuple[str, ...], minimum: int, quality: tuple[tuple[str, str], ...] = ()
) -> tuple[str | None, frozenset[str]]:
    offered = {_LONG.sub(r"\1", word)}
    base = _strip(word, base_endings, minimum)
    if base:
        offered.add(base)
    adjective = next((word[: -len(e)] + a for e, a in quality if word.endswith(e) and len(word) - len(e) >= minimum), None)
    return _LONG.sub(r"\1", adjective) if adjective else _strip(word, derivation, minimum), frozenset(offered)


def _families(words: Collection[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The derived stems of `words` and the stems they offer, for looking words up by family. The
    same goal's words are looked up for every sentence, so the answer is kept by their content."""
    return _families_of(frozenset(words), _family_endings())


@lru_cache(maxsize=8192)
def _families_of(words: frozenset[str], endings: tuple) -> tuple[frozenset[str], frozenset[str]]:
    derived: set[str] = set()
    offered: set[str] = set()
    for word in words:
        d, o = _family(word, *endings)
        if d:
            derived.add(d)
        offered |= o
    return frozenset(derived), frozenset(offered)


def _related(forms: set[str], families: tuple[set[str], set[str]]) -> bool:
    derived, offered = _families(forms)
    return bool(derived & families[1] or offered & families[0])


def kin_of(lemmas: set[str]) -> Callable[[str], bool]:
    """A test whether a word is among `lemmas` or of the same family as one of them (`family`)."""
    families = _families(lemmas)
    return lambda word: word in lemmas or _related({word}, families)


def shared_words(tokens: list[Token], lemmas: set[str], nouns_only: bool = False, skip: Collection[int] = ()) -> int:
    """How many of the text's content words speak of the given words (a compound counts once):
    as a lemma, another base form, a compound part or a word of the same family (`family`);
    `nouns_only` for headings, whose verbs ("Miten tähän päästään?") name no subject; the tokens
    at `skip` (their places in `tokens`) not read."""
    return len(speaking_words(tokens, lemmas, nouns_only, skip))


def speaking_words(tokens: list[Token], lemmas: set[str], nouns_only: bool = False, skip: Collection[int] = ()) -> set[str]:
    """The lemmas of the text's content words that speak of the given words (`shared_words`)."""
    stop = _stop()
    kinds = _NOUNS if nouns_only else _CONTENT_POS
    families = _families(lemmas)
    tails = _tails_only(lemmas)
    found = set()
    for i, t in enumerate(tokens):
        if i in skip or _kind_of(t) not in kinds or t.lemma in stop:
            continue
        # a short last part the goal too has only inside another compound says nothing shared
        own = set(_forms(t)) - (short_tails(_forms(t)) & tails)
        forms = {w for w in own if w not in stop and len(w) > _MIN_PART}
        if own & lemmas or _related(forms, families) and not _body_by_its_kind(t, forms, families):
            found.add(t.lemma)
    return found


def _body_by_its_kind(token: Token, forms: set[str], families: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A compound that the lexicons list as a body or a role ("ohjausryhmä", "johtoryhmä") whose
    only tie to the words is the family of its first part: that part says what kind of body it is,
    so the steering group speaks of no goal on guiding ("ohjata"). Written whole ("ohjaaja" of
    "ohjata"), or a compound only ending in a person word ("liikuntaryhmä", the exercise itself),
    the word is of the family still."""
    if len(token.parts) < 2 or _related(forms - set(token.parts[:-1]), families):
        return False
    from .meaning import listed_as_who  # the meaning module reads content words itself

    return listed_as_who(token)
