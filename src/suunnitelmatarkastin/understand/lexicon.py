"""Lexicons as data: YAML files in `data/lexicons/`, their words lemmatised once when loaded.

Entries are written as plain Finnish words ("hyvien käytäntöjen levittäminen"); each word becomes
the set of lemmas it may have, so a lexicon matches inflected and compound forms in the text
without anyone writing lemmas by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from importlib import resources
from itertools import count
from pathlib import Path
from typing import Any, Literal

import yaml

from ..safe_yaml import TooLarge, load_yaml
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


# The lexicon folders of the rule packs in use (`lexicons/` of each pack), set per run: each
# document's check (and each thread or task) sees only the overlays of its own packs.
_overlay_dirs: ContextVar[tuple[str, ...]] = ContextVar("lexicon_overlays", default=())


class LexiconError(Exception):
    """A pack's lexicon overlay is malformed; the message is Finnish and names the file."""


def overlay_dirs(pack_dirs: Iterable[str | Path]) -> tuple[str, ...]:
    """The `lexicons/` folders of these rule packs, in order (a pack without one adds none)."""
    return tuple(str(Path(d) / "lexicons") for d in pack_dirs if (Path(d) / "lexicons").is_dir())


@contextmanager
def overlays(pack_dirs: Iterable[str | Path]) -> Iterator[None]:
    """Within the block, `load` extends the shipped lexicons with these packs' overlays."""
    token = _overlay_dirs.set(overlay_dirs(pack_dirs))
    try:
        yield
    finally:
        _overlay_dirs.reset(token)


def per_overlay(function: Callable) -> Callable:
    """`functools.cache` keyed by the overlays in use too: for values built from a lexicon."""
    cached = cache(lambda dirs, *args: function(*args))

    @wraps(function)
    def wrapper(*args):
        return cached(_overlay_dirs.get(), *args)

    return wrapper


def shipped_names() -> list[str]:
    """The names of the shipped lexicons (what an overlay file may be called)."""
    folder = resources.files("suunnitelmatarkastin.data.lexicons")
    return sorted(f.name.removesuffix(".yaml") for f in folder.iterdir() if f.name.endswith(".yaml"))


def part(name: str) -> Callable[[str], Any]:
    """The accessor of one lexicon's entries: `part("goals")("stop_lemmas")` reads the entry as the
    lexicon stands for this run (with its packs' overlays); one accessor for every extractor."""

    def entry(key: str) -> Any:
        return _load(name, _overlay_dirs.get())[key]  # `load` inlined: the extractors ask 700 000 times a batch

    return entry


def section_keys(role: str) -> frozenset[str]:
    """The canonical section keys that play a role for the extractors ("rooting", "period", …),
    from the sections lexicon, so a pack that adds a section can give it a role too."""
    return frozenset(load("sections")["roles"][role])


def load(name: str) -> dict:
    """A lexicon by name (without .yaml) with the overlays in use, parsed once per process."""
    return _load(name, _overlay_dirs.get())


@cache
def _load(name: str, dirs: tuple[str, ...]) -> dict:
    text = resources.files("suunnitelmatarkastin.data.lexicons").joinpath(f"{name}.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 10× faster
    for folder in dirs:
        path = Path(folder) / f"{name}.yaml"
        if path.is_file():
            data = merge(data, read_overlay(path), str(path))
    return _with_entries(data)


def read_overlay(path: Path) -> Any:
    """One overlay file, parsed as safely as a rule pack; a fault is a `LexiconError`."""
    if path.stem not in shipped_names():
        raise LexiconError(f"Sanastotiedostolla {path} ei ole vastinetta mukana tulevissa sanastoissa; sallitut nimet: {', '.join(shipped_names())}")
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TooLarge) as exc:
        raise LexiconError(f"Sanastotiedostoa {path} ei voitu lukea: {exc}") from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"Sanastotiedosto {path} ei ole kelvollista YAMLia: {exc}") from None


def check_overlays(pack_dirs: Iterable[str | Path]) -> None:
    """Merge every overlay of these packs once, so that a faulty one stops the run before any
    document is read (the error names the file and the place)."""
    for folder in overlay_dirs(pack_dirs):
        for path in sorted(Path(folder).glob("*.yaml")):
            extra = read_overlay(path)
            merge(_load(path.stem, ()), extra, str(path))


def merge(base: Any, extra: Any, where: str) -> Any:
    """An overlay on a lexicon: mappings merge key by key, lists extend (an item of a list of
    sections with the `key` of an existing one merges into it), anything else is replaced."""
    if extra is None:
        return base
    if isinstance(base, dict):
        if not isinstance(extra, dict):
            raise LexiconError(f"Sanastotiedostossa {where} pitää olla avain: arvo -rakenne, kuten mukana tulevassa sanastossa")
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = merge(base[key], value, f"{where}, kohta {key}") if key in base else value
        return merged
    if isinstance(base, list):
        if not isinstance(extra, list):
            raise LexiconError(f"Sanastotiedostossa {where} pitää olla lista, kuten mukana tulevassa sanastossa")
        merged_list = list(base)
        for item in extra:
            same = next((i for i, old in enumerate(merged_list) if isinstance(old, dict) and isinstance(item, dict) and "key" in item and old.get("key") == item["key"]), None)
            if same is not None:
                merged_list[same] = merge(merged_list[same], item, f"{where}, {item['key']}")
            elif item not in merged_list:
                merged_list.append(item)
        return merged_list
    return extra


@lru_cache(maxsize=20_000)
def phrase(words: str) -> Phrase:
    """A lexicon entry as a phrase of lemma sets, one set per word."""
    cleaned = words.replace("-", " ") if " " in words else words
    result = []
    for word in cleaned.split():
        if word.endswith("*"):  # a stem for words the dictionary does not know ("Innokyl*")
            result.append(frozenset({word.lower()}))
            continue
        modifier = word.endswith("+") and len(word) > 1
        word = word[:-1] if modifier else word
        lemmas = set(word_lemmas(word.strip(",.:;()")))
        lemmas.add(word.lower())
        if modifier:
            lemmas.update({f"{lemma}{MODIFIER}" for lemma in lemmas})
        result.append(frozenset(lemmas))
    return tuple(result)


# An entry word written "nuoriso+" matches any part of a compound ("nuorisotyö"); a plain entry
# matches a compound only by its head, the last part, since that is what the compound is
# ("toimintasuunnitelma" is a plan, not an activity). A caller that reads compounds by what they
# are about (a heading "Viestintäsuunnitelma" names the communication section) passes ANY_PART.
MODIFIER = "+"
ANY_PART = "any"
Parts = bool | Literal["any"]


def token_matches(token: Token, lemmas: frozenset[str], parts: Parts = True) -> int:
    """2 if the token's lemma (or another analysis of it) is one of `lemmas`, 1 if the compound's
    head is (or any part, for an entry marked as a modifier or with ANY_PART). Lemmas compare
    without case: the analyser keeps a proper noun's capital ("Innokylä"), entries are lower case."""
    if not token.keys.isdisjoint(lemmas):  # its lemma, its text or another analysis
        return 2
    if (stems := _stems(lemmas)) and token.text.lower().startswith(stems):
        return 2
    if not parts or not token.parts:
        return 0
    if token.parts[-1] in lemmas or any(f"{part}{MODIFIER}" in lemmas for part in token.parts):
        return 1
    return 1 if parts == ANY_PART and any(part in lemmas for part in token.parts) else 0


@lru_cache(maxsize=4096)
def _stems(lemmas: frozenset[str]) -> tuple[str, ...]:
    """The stems ("Innokyl*") among an entry word's forms, found once per word, not per token."""
    return tuple(entry[:-1] for entry in lemmas if entry.endswith("*"))


@dataclass(frozen=True)
class PhraseMatch:
    start: int  # token index of the first word
    end: int  # one past the last matched token
    strength: int  # words matched, doubled for whole-word matches


def _match_at(tokens: list[Token], first: int, entry: Phrase, parts: Parts, gap: int = 2) -> PhraseMatch | None:
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


def match_forms(tokens: list[Token]) -> frozenset[str]:
    """Every form by which one of the tokens can match an entry word, parts and modifiers
    included (stems aside): an entry word none of them is in matches nowhere (`may_match`)."""
    return frozenset().union(*(t.part_keys.union(f"{p}{MODIFIER}" for p in t.parts) for t in tokens))


def may_match(forms: frozenset[str], lemmas: frozenset[str]) -> bool:
    """False only when no token of `match_forms` can match the entry word `lemmas`: a cheap pre-check."""
    return not forms.isdisjoint(lemmas) or bool(_stems(lemmas))


def find_phrase(tokens: list[Token], entry: Phrase, parts: Parts = True) -> PhraseMatch | None:
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
    firsts: frozenset[str] = frozenset()  # the keys of `by_first`: a token's look-ups intersected in C

    def __post_init__(self) -> None:
        self.firsts = frozenset(self.by_first)


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


def any_phrase(tokens: list[Token], entries: list[str], parts: Parts = True) -> PhraseMatch | None:
    """The strongest match among several lexicon entries (the earlier entry on a tie), or None.

    Several extractors ask the same lexicon about the same sentence; `Reading.sentences` hands out
    each sentence as a `Sentence`, which remembers the answers for as long as the document is read.
    """
    index = _index(entries)
    if not isinstance(tokens, Sentence):
        return _search(tokens, index, parts)
    key = (index.number, parts)
    if key not in tokens.memo:  # most lexicons share no first word with a sentence: one set test
        found = index.stems or not tokens.keys.isdisjoint(index.firsts)
        tokens.memo[key] = _search(tokens, index, parts) if found else None
    return tokens.memo[key]  # type: ignore[return-value]


def _search(tokens: list[Token], index: _Index, parts: Parts) -> PhraseMatch | None:
    best: tuple[int, int, int] | None = None  # (-strength, entry order, start)
    best_match: PhraseMatch | None = None
    by_first, stems, firsts = index.by_first, index.stems, index.firsts
    if isinstance(tokens, Sentence) and not stems:  # only the tokens a first word names; the rank decides, not the visiting order
        at = tokens.positions(bool(parts))
        for key in firsts.intersection(at):
            for first in at[key]:
                for order, words in by_first[key]:
                    found = _match_at(tokens, first, words, parts)
                    if found:
                        rank = (-found.strength, order, first)
                        if best is None or rank < best:
                            best, best_match = rank, found
        return best_match
    for first, token in enumerate(tokens):
        hits = (token.part_keys if parts and token.parts else token.keys) & firsts
        candidates = [found for key in hits for found in by_first[key]] if hits else []
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
