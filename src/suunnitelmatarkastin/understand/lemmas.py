"""Finnish lemmas from pyvoikko, chosen by the token's part of speech and morphology.

spacy-fi's own lemmatizer needs the system library libvoikko; pyvoikko ships the same dictionary on
PyPI, so `pip install` alone gives the same lemmas on every machine. pyvoikko differs from libvoikko
in three ways handled here: it gives nothing for upper-case words and capitalised compounds (we retry
in lower case), it marks compound seams inside the base form ("peri=aate"), and it often returns
several analyses ("taus" and "tausta" for "tausta"), which we rank the way spacy-fi's Voikko
lemmatizer does: by word class, then case and number agreeing with the tagger's morphology.

Analyses are remembered in a persistent cache (`cache.Store`) keyed by the pyvoikko, kfst and
dictionary versions, so pyvoikko (whose dictionary takes most of a second to load) is imported only
when a word is met for the first time on this machine; before that, the analyses shipped with the
tool (`seed`: the lexicons' words and the commonest Finnish words) are asked. On a single check the
words still unknown are analysed by a forked child while spaCy parses (`look_ahead`), and in a batch
checked by one worker, by a child that serves the worker's new words throughout (`serve_words`).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, util
from pathlib import Path
from typing import NamedTuple

from ..voikko import analyse
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
    focus: str | None = None  # a focus clitic: "ko" for the question's -ko/-kö, "kin", "kaan"


def _clean(base: str) -> str:
    return base.replace("=", "").replace("|", "")


_FORMAT = "2"  # bump when `Parse` changes
_MEMO_LIMIT = 100_000  # words kept in this process (a few tens of MB); the store keeps the rest
_memo: dict[str, tuple[Parse, ...]] = {}
_LETTER = re.compile(r"[^\W\d_]")


@cache
def version() -> str:
    """The versions analyses depend on: pyvoikko, kfst and the dictionary's contents (once per process)."""
    spec = util.find_spec("pyvoikko")  # found without importing it (importing loads the dictionary)
    dictionary = Path(spec.origin).with_name("voikko.kfst") if spec and spec.origin else None
    contents = dictionary.read_bytes() if dictionary and dictionary.is_file() else b""
    return fingerprint(_FORMAT, metadata.version("pyvoikko"), metadata.version("kfst-rs"), contents)


@cache
def _store() -> Store:
    return Store("lemmat", version(), limit=500_000)


def analyse_word(word: str) -> tuple[Parse, ...]:
    """pyvoikko analyses, retrying lower-case where the written form gives none."""
    found = analyse(word)
    if not found and word != word.lower():
        found = analyse(word.lower())
    return tuple(
        Parse(a.BASEFORM or "", a.CLASS, a.SIJAMUOTO, a.NUMBER, tuple(p.BASEFORM for p in (a.COMPOUND_PARTS or ()) if p.BASEFORM), a.FOCUS)
        for a in found
    )


def _remember(word: str, parses: tuple[Parse, ...]) -> None:
    if len(_memo) >= _MEMO_LIMIT:
        _memo.clear()
    _memo[word] = parses


def encode(parses: tuple[Parse, ...]) -> str:
    """Analyses as the caches keep them."""
    return json.dumps(parses, ensure_ascii=False)


def decode(value: str) -> tuple[Parse, ...]:
    return tuple(Parse(b, c, k, n, tuple(p), f) for b, c, k, n, p, f in json.loads(value))


def _recall(words: Iterable[str]) -> list[str]:
    """Remember the analyses of `words` that are known without pyvoikko: the store (one query),
    else the analyses shipped with the tool (`seed`). Returns the words still unknown."""
    from . import seed

    missing = []
    for word in dict.fromkeys(words):
        if word in _memo:
            continue
        if _LETTER.search(word):
            missing.append(word)
        else:  # a number, a date or a sign: its base form is itself, and nothing reads its word class
            _remember(word, ())
    if not missing:
        return []
    known = _store().get_many(missing)
    known.update(seed.get_many((w for w in missing if w not in known), version()))
    for word, value in list(known.items()):
        try:
            _remember(word, decode(value))
        except (ValueError, TypeError):  # an entry in another shape (a damaged or foreign cache): analyse anew
            del known[word]
    return [w for w in missing if w not in known]


def prefetch(words: Iterable[str]) -> None:
    """Make the analyses of `words` ready: known ones recalled (`_recall`), the others from the
    child analysing ahead (`look_ahead`), else from the word server (`serve_words`), else from
    pyvoikko here; the store learns them at the next `flush`."""
    global _ahead
    unknown = _recall(words)
    if unknown and _ahead is not None:
        _learn(_ahead.results())
        _ahead = None
        unknown = [w for w in unknown if w not in _memo]
    if unknown and _server is not None and _server.ask(unknown):  # pyvoikko is never loaded here
        _learn(_server.results())
        unknown = [w for w in unknown if w not in _memo]
    for word in unknown:
        parses = analyse_word(word)
        _remember(word, parses)
        _store().put(word, encode(parses))


def _learn(results: dict[str, str]) -> None:
    for word, value in results.items():
        _remember(word, decode(value))
        _store().put(word, value)


class _Ahead:
    """A forked child that loads pyvoikko and analyses the given words while this process goes on."""

    def __init__(self, words: list[str]) -> None:
        read, write = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            raise
        if self.pid == 0:  # the child: analyse, write, and leave without running any exit handler
            try:
                os.close(read)
                from ..workers import die_with_parent

                die_with_parent()  # a worker stopped at its time limit takes this child with it
                data = json.dumps({w: encode(analyse_word(w)) for w in words}, ensure_ascii=False).encode("utf-8")
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            finally:
                os._exit(0)
        os.close(write)
        self.read = read

    def results(self) -> dict[str, str]:
        """The child's analyses, waiting for it; nothing if it failed."""
        with os.fdopen(self.read, "rb") as pipe:
            data = pipe.read()
        with contextlib.suppress(ChildProcessError):  # already reaped (SIGCHLD ignored)
            os.waitpid(self.pid, 0)
        try:
            return json.loads(data)
        except ValueError:  # the child died: the words are analysed here instead
            return {}


class _Server:
    """A child that keeps pyvoikko loaded and analyses the words it is sent, one request at a time.

    A batch checked by one worker leaves a core idle; the worker forks this child before it loads
    the pipeline (while it is small, so the fork copies little), and every document's new words
    are then analysed on the other core while spaCy parses, as `_Ahead` does for a single check.
    If the child dies, the words are analysed in the worker instead."""

    def __init__(self) -> None:
        request_read, request_write = os.pipe()
        reply_read, reply_write = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (request_read, request_write, reply_read, reply_write):
                os.close(fd)
            raise
        if self.pid == 0:  # the child: serve until the worker closes the pipe or dies
            try:
                os.close(request_write)
                os.close(reply_read)
                from ..workers import die_with_parent

                die_with_parent()
                analyse("")  # pyvoikko and its dictionary load now, while the worker loads the pipeline
                with os.fdopen(request_read, "rb") as requests, os.fdopen(reply_write, "wb") as replies:
                    for line in requests:
                        found = {w: encode(analyse_word(w)) for w in json.loads(line)}
                        replies.write(json.dumps(found, ensure_ascii=False).encode("utf-8") + b"\n")
                        replies.flush()
            finally:
                os._exit(0)
        os.close(request_read)
        os.close(reply_write)
        self.requests = os.fdopen(request_write, "wb")
        self.replies = os.fdopen(reply_read, "rb")
        self.waiting = False

    def ask(self, words: list[str]) -> bool:
        """Send words to analyse (an unanswered earlier request is collected first); False if the
        child is gone."""
        if self.waiting:
            _learn(self.results())
        if _server is not self:
            return False
        try:
            self.requests.write(json.dumps(words, ensure_ascii=False).encode("utf-8") + b"\n")
            self.requests.flush()
        except OSError:  # the child died
            self.close()
            return False
        self.waiting = True
        return True

    def results(self) -> dict[str, str]:
        """The answer to the last request, waiting for it; nothing if the child died."""
        if not self.waiting:
            return {}
        self.waiting = False
        try:
            return json.loads(self.replies.readline())
        except (ValueError, OSError):  # the child died: the words are analysed here instead
            self.close()
            return {}

    def close(self) -> None:
        global _server
        if _server is self:
            _server = None
        for pipe in (self.requests, self.replies):
            with contextlib.suppress(OSError):
                pipe.close()
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self.pid, os.WNOHANG)


_ahead: _Ahead | _Server | None = None
_may_look_ahead = False
_server: _Server | None = None


def look_ahead_once() -> None:
    """Let `look_ahead` start its child, once: for a single document's check, where pyvoikko's
    load would otherwise be waited for (a batch's worker loads it once and keeps it)."""
    global _may_look_ahead
    _may_look_ahead = True


def serve_words() -> None:
    """Analyse new words in a child of their own from now on (`_Server`): for the one worker of a
    batch on a machine with a core to spare. Call it before the pipeline loads."""
    global _server
    if _server is None and hasattr(os, "fork") and "pyvoikko" not in sys.modules:
        with contextlib.suppress(OSError):  # no process could be started: the words are analysed here
            _server = _Server()


def may_look_ahead() -> bool:
    """Whether `look_ahead` may hand words to another process: the word server runs, or a single
    check's child is allowed and pyvoikko is not loaded here already."""
    return _server is not None or (_may_look_ahead and "pyvoikko" not in sys.modules and hasattr(os, "fork"))


def look_ahead(words: Iterable[str]) -> None:
    """Start analysing those of `words` that are new to this machine in another process (the word
    server, or else a forked child), so that pyvoikko's dictionary load (about a second) and its
    look-ups overlap with spaCy's parse on the other core. Only when `may_look_ahead()` and a word
    is unknown; `prefetch` collects the results."""
    global _ahead, _may_look_ahead
    if not may_look_ahead():
        return
    unknown = _recall(words)
    if unknown:
        # "ry." ending a sentence is also looked up as "ry" (`lemmatize`)
        stripped = (w.rstrip(".") for w in unknown if w.endswith(".") and len(w.rstrip(".")) > 1)
        asked = list(dict.fromkeys([*unknown, *stripped]))
        if _server is not None:
            if _server.ask(asked):
                _ahead = _server
            return
        _may_look_ahead = False
        try:
            _ahead = _Ahead(asked)
        except OSError:  # no process could be started (limits, memory): the words are analysed here
            _ahead = None


def flush() -> None:
    """Write the words learnt since the last flush to the persistent store."""
    _store().flush()


atexit.register(flush)  # words met after the last document's flush (lexicon entries)


def _analyses(word: str) -> tuple[Parse, ...]:
    if word not in _memo:
        prefetch([word])
    return _memo[word]


def _score(analysis: Parse, pos: str, case: str | None, number: str | None) -> tuple[int, int, int, int]:
    """Word class, then case and number agreeing with the tagger; on a tie the reading with fewer
    compound parts: "tavoitteenamme" is "tavoite" in the essive with a possessive suffix, not a
    compound of "tavoite" and "amme" (a word read whole is likelier than one split at an odd seam)."""
    classes = _CLASSES_FOR_POS.get(pos, ())
    cls = analysis.word_class or ""
    class_rank = classes.index(cls) if cls in classes else len(classes) + 1
    case_ok = 0 if case is None or analysis.case in (None, _CASE_NAMES.get(case)) else 1
    number_ok = 0 if number is None or analysis.number in (None, _NUMBER_NAMES.get(number)) else 1
    return (class_rank, case_ok, number_ok, len(analysis.parts))


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


def adjective_form(word: str, pos: str, case: str | None = None, number: str | None = None) -> bool:
    """Whether the dictionary reads the word, tagged `pos`, as a form of an adjective: an adverb of
    manner is one ("ennakoivasti" of "ennakoiva", "säännöllisesti" of "säännöllinen")."""
    return lemmatize(word, pos, case, number).word_class in _CLASSES_FOR_POS["ADJ"][:2]


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


def focus_clitics(word: str) -> frozenset[str]:
    """The focus clitics the dictionary reads on a word in any of its analyses, without context:
    "onko" and "montako" give {"ko"}, the question clitic (Universal Dependencies' Clitic=Ko)."""
    return frozenset(a.focus for a in _analyses(word) if a.focus)
