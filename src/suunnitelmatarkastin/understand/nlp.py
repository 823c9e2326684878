"""The Finnish spaCy pipeline, loaded once per process, and the analysed text it gives.

The pipeline runs without its own lemmatizer (which needs the system libvoikko); lemmas come from
`lemmas.lemmatize`. Each text is reduced to light `Token`s so the later stages do not depend on
spaCy objects and analyses can be cached and compared. A paragraph's analysis is kept in a
persistent cache by the hash of its text, so re-checking a revised plan analyses only the
paragraphs that changed.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import multiprocessing
import os
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import metadata
from itertools import islice
from pathlib import Path

from . import lemmas
from .cache import Store, fingerprint
from .lemmas import lemmatize

MODEL = "spacy_fi_experimental_web_md"
# Its lemmatizer needs the system libvoikko; its tagger gives only the fine-grained tags, which
# nothing here reads (the morphologizer gives the parts of speech and features); its named-entity
# recogniser has a tok2vec of its own and was a quarter of the pipeline's time, while names are
# read from the parts of speech and the `flat:name` relation; the vocabulary's word-probability
# table ("lookups", 500 000 entries) is read by no component and took a second of every cold start.
EXCLUDED = ("lemmatizer", "tagger", "ner", "lookups")
_LONG_DOCUMENT_CHARS = 20_000  # about 2 500 words: from here two processes pay for their start
# spaCy refuses a text over its max_length (1 000 000) and its parser needs about 1 GB per 100 000
# characters, so a longer paragraph is analysed in pieces cut at a space and joined back.
MAX_PIECE_CHARS = 100_000
_PARAGRAPHS_KEPT = 200_000  # paragraphs in the persistent cache, about 1 kB each
# What each check did with its paragraphs: "analysed" by spaCy, or read from the "cache".
counts: Counter[str] = Counter()


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    parts: tuple[str, ...]
    pos: str
    dep: str
    head: int  # index of the head token within the same sentence
    morph: dict[str, str]
    sent_start: bool
    idx: int  # character offset in the text
    alternatives: tuple[str, ...] = ()  # base forms of the word's other analyses

    @property
    def lemmas(self) -> tuple[str, ...]:
        """The lemma and, for a compound, its parts: what a lexicon entry may match."""
        return (self.lemma, *self.parts)

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every form a lexicon's first word may be looked up by: lemma, text and other analyses."""
        return frozenset({self.lemma.lower(), self.text.lower(), *self.alternatives})

    @cached_property
    def part_keys(self) -> frozenset[str]:
        """`keys` and the compound's parts: the look-ups when a lexicon matches by parts too
        (made once per token, not on every search of every lexicon)."""
        return self.keys.union(self.parts)


class Sentence(list):
    """A sentence's tokens, with the answers lexicons gave about it (`lexicon.any_phrase`): they
    live as long as the document's `Reading` that holds the sentence, and no longer."""

    __slots__ = ("memo", "_keys", "_at")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        super().__init__(tokens)
        self.memo: dict[tuple[int, bool], object] = {}
        self._keys: frozenset[str] | None = None
        self._at: dict[bool, dict[str, list[int]]] = {}

    @property
    def keys(self) -> frozenset[str]:
        """Every form a token of the sentence is looked up by (`Token.part_keys`), made once: a
        lexicon none of whose first words is among them has no match in the sentence."""
        if self._keys is None:
            self._keys = frozenset().union(*(t.part_keys for t in self))
        return self._keys

    def positions(self, parts: bool) -> dict[str, list[int]]:
        """Each look-up form → the indexes of the tokens it is a form of (`Token.part_keys` with
        `parts`, else `Token.keys`), made once: a lexicon then visits only the tokens its first
        words name, not every token of the sentence for every lexicon."""
        if parts not in self._at:
            at: dict[str, list[int]] = {}
            for i, token in enumerate(self):
                for key in token.part_keys if parts else token.keys:
                    at.setdefault(key, []).append(i)
            self._at[parts] = at
        return self._at[parts]


@dataclass
class Analysis:
    """One analysed text (a block of the document)."""

    text: str
    tokens: list[Token] = field(default_factory=list)

    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges [start, end) of the sentences. A line's opening number that the parser
        made a sentence of its own ("2027", then "Q1–Q2: …") belongs to the sentence it opens."""
        starts = [t_i for t_i, tok in enumerate(self.tokens) if tok.sent_start or t_i == 0]
        if len(starts) > 1 and starts[1] == 1 and self.tokens[0].text.isdigit():
            del starts[1]
        ends = starts[1:] + [len(self.tokens)]
        return list(zip(starts, ends))

    def sentence_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        first, last = self.tokens[start], self.tokens[end - 1]
        return self.text[first.idx : last.idx + len(last.text)]


@cache
def pipeline():
    """The spaCy Language object, loaded once per process."""
    return _spacy_module().load(MODEL, exclude=list(EXCLUDED))


def _spacy_module():
    """spaCy, imported without its command line. spaCy's `__init__` imports `spacy.cli` (typer,
    requests, jinja2, weasel, its config templates) only to offer `spacy.info`: a third of
    spaCy's import, about 0.3 s of every cold start, for nothing a check uses. While spaCy is
    imported, `spacy.cli.info` is a stand-in whose `info` imports the real one when called; after
    it, the stand-ins are gone, so `import spacy.cli` anywhere later gets the real package."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__, module.info = [], info
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": module})
    try:
        import spacy
    finally:
        for name in ("spacy.cli", "spacy.cli.info"):
            sys.modules.pop(name, None)
    if getattr(spacy, "cli", None) is package:
        del spacy.cli
    return spacy


def _token(tok, head: int) -> Token:
    """A light token; `head` is its head's index in the sentence."""
    morph = tok.morph.to_dict()
    lemma = lemmatize(tok.text, tok.pos_, morph.get("Case"), morph.get("Number"))
    return Token(
        text=tok.text,
        lemma=lemma.base,
        parts=lemma.parts,
        pos=tok.pos_,
        dep=tok.dep_,
        head=head,
        morph=morph,
        sent_start=bool(tok.is_sent_start),
        idx=tok.idx,
        alternatives=lemma.alternatives,
    )


def _free_core() -> bool:
    """Whether another core is idle now: the split loses a quarter of its time when it is not."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        load = os.getloadavg()[0]  # this process counts as one
    except OSError:
        return False
    return cores >= 2 and load < cores - 0.5


def _processes(texts: list[str]) -> int:
    """Two processes for one long document when a core is free and this process may start
    children (a batch's worker processes may not); short texts are faster in one."""
    long = sum(len(t) for t in texts) > _LONG_DOCUMENT_CHARS
    may_fork = not multiprocessing.current_process().daemon and "fork" in multiprocessing.get_all_start_methods()
    return 2 if long and may_fork and _free_core() else 1


def _piece_tokens(pieces: list[str]) -> Iterator[list[Token]]:
    """The tokens of each piece, its words' analyses fetched a chunk of pieces at a time. On a
    single check the words are known from the tokenizer before the parse, so those new to this
    machine are analysed by another process meanwhile (`lemmas.look_ahead`): the same work, which
    the second core does at the same time when it is free."""
    nlp, processes = pipeline(), _processes(pieces)
    if processes == 1 and lemmas.may_look_ahead():
        tokenized = [nlp.make_doc(piece) for piece in pieces]
        lemmas.look_ahead(tok.text for doc in tokenized for tok in doc)
        docs = nlp.pipe(tokenized, batch_size=64)
    else:
        docs = nlp.pipe(pieces, batch_size=64, n_process=processes)
    while chunk := list(islice(docs, 256)):
        lemmas.prefetch(tok.text for doc in chunk for tok in doc)
        for doc in chunk:
            yield [_token(tok, tok.head.i - sent.start) for sent in doc.sents for tok in sent]


def _spacy(texts: list[str]) -> list[Analysis]:
    """Analyse texts in one batched pass through the pipeline, long ones in pieces joined back."""
    pieces = [_pieces(text) for text in texts]
    tokens_of = _piece_tokens([piece for parts in pieces for piece in parts])
    analyses = []
    for text, parts in zip(texts, pieces):
        tokens: list[Token] = []
        offset = 0
        for part, piece_tokens in zip(parts, tokens_of):
            if offset:  # a later piece of a long paragraph: its offsets continue the text
                piece_tokens = [replace(t, idx=t.idx + offset) for t in piece_tokens]
            tokens.extend(piece_tokens)
            offset += len(part)
        analyses.append(Analysis(text, tokens))
    return analyses


@cache
def version() -> str:
    """What a cached paragraph analysis depends on: the model, spaCy, the lemmas and this code."""
    here = Path(__file__).parent
    sources = [here / "nlp.py", here / "lemmas.py"]  # an install without sources falls back on its version
    code = b"".join(p.read_bytes() for p in sources if p.is_file()) or metadata.version("suunnitelmatarkastin").encode()
    return fingerprint(MODEL, metadata.version("spacy"), metadata.version(MODEL.replace("_", "-")), ",".join(EXCLUDED), lemmas.version(), code)


@cache
def _store() -> Store:
    return Store("kappaleet", version(), limit=_PARAGRAPHS_KEPT)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dump(analysis: Analysis) -> str:
    return json.dumps(
        [
            [t.text, t.lemma, t.parts, t.pos, t.dep, t.head, "|".join(f"{k}={v}" for k, v in t.morph.items()), t.sent_start, t.idx, t.alternatives]
            for t in analysis.tokens
        ],
        ensure_ascii=False,
    )


def _load(text: str, stored: str) -> Analysis:
    tokens = [
        Token(w, lemma, tuple(parts), pos, dep, head, dict(_features(morph)), start, idx, tuple(alts))
        for w, lemma, parts, pos, dep, head, morph, start, idx, alts in json.loads(stored)
    ]
    return Analysis(text, tokens)


@lru_cache(maxsize=4096)
def _features(morph: str) -> tuple[tuple[str, str], ...]:
    """A stored "Case=Nom|Number=Sing" as its pairs, split once per distinct string (a few hundred
    in a batch) instead of once per token; each token gets a dict of its own."""
    return tuple(tuple(f.split("=", 1)) for f in morph.split("|")) if morph else ()  # type: ignore[misc]


def analyse_texts(texts: Iterable[str]) -> list[Analysis]:
    """Analyse many texts: each one read from the paragraph cache, or all the others in one pass."""
    texts = list(texts)
    store = _store()
    keys = [_key(text) for text in texts]
    stored = store.get_many(keys)
    missing = list(dict.fromkeys(text for text, key in zip(texts, keys) if key not in stored))
    fresh = dict(zip(missing, _spacy(missing))) if missing else {}
    for text, analysis in fresh.items():
        store.put(_key(text), _dump(analysis))
    counts["analysed"] += len(fresh)
    counts["cache"] += len(texts) - len(fresh)
    lemmas.flush()
    store.flush()
    if fresh:
        release_memory()
    return [fresh[text] if text in fresh else _load(text, stored[key]) for text, key in zip(texts, keys)]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc (Linux)
    except (OSError, AttributeError):  # another C library (macOS, Windows): nothing to call
        return None


def release_memory() -> None:
    """Give the heap's free pages back to the system after a spaCy pass. Its arrays and the last
    document's objects are freed, but glibc keeps the pages, so a batch's worker grew by the
    largest passes it had seen (small documents: +6.4 % from the 50th to the 150th, +2.6 % with
    this; about a millisecond a call)."""
    if trim := _malloc_trim():
        trim(0)


def _pieces(text: str) -> list[str]:
    """`text` cut after a space into pieces of at most `MAX_PIECE_CHARS`; they join back to `text`."""
    pieces = []
    while len(text) > MAX_PIECE_CHARS:
        cut = text.rfind(" ", 0, MAX_PIECE_CHARS) + 1 or MAX_PIECE_CHARS
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces
