"""The Finnish spaCy pipeline, loaded once per process, and the analysed text it gives.

The pipeline runs without its own lemmatizer (which needs the system libvoikko); lemmas come from
`lemmas.lemmatize`. Each text is reduced to light `Token`s so the later stages do not depend on
spaCy objects and analyses can be cached and compared.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from .lemmas import lemmatize

MODEL = "spacy_fi_experimental_web_md"
_LONG_DOCUMENT_CHARS = 20_000  # about 2 500 words: from here two processes pay for their start
# spaCy refuses a text over its max_length (1 000 000) and its parser needs about 1 GB per 100 000
# characters, so a longer paragraph is analysed in pieces cut at a space and joined back.
MAX_PIECE_CHARS = 100_000


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    parts: tuple[str, ...]
    pos: str
    dep: str
    head: int  # index of the head token within the same text
    morph: dict[str, str]
    ent: str
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
        return frozenset({self.lemma, self.text.lower(), *self.alternatives})


@dataclass
class Analysis:
    """One analysed text (a block of the document)."""

    text: str
    tokens: list[Token] = field(default_factory=list)

    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges [start, end) of the sentences."""
        starts = [t_i for t_i, tok in enumerate(self.tokens) if tok.sent_start or t_i == 0]
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
    import spacy

    # Its lemmatizer needs the system libvoikko; its tagger gives only the fine-grained tags, which
    # nothing here reads (the morphologizer gives the parts of speech and features); the vocabulary's
    # word-probability table ("lookups", 500 000 entries) is read by no component and took a second
    # of every cold start. The analyses are the same without them.
    return spacy.load(MODEL, exclude=["lemmatizer", "tagger", "lookups"])


def _token(tok, offset: int = 0, first: int = 0) -> Token:
    """A light token; `offset` and `first` place a piece's token in the whole text."""
    morph = tok.morph.to_dict()
    lemma = lemmatize(tok.text, tok.pos_, morph.get("Case"), morph.get("Number"))
    return Token(
        text=tok.text,
        lemma=lemma.base,
        parts=lemma.parts,
        pos=tok.pos_,
        dep=tok.dep_,
        head=tok.head.i + first,
        morph=morph,
        ent=tok.ent_type_,
        sent_start=bool(tok.is_sent_start),
        idx=tok.idx + offset,
        alternatives=lemma.alternatives,
    )


def _processes(texts: list[str]) -> int:
    """Two processes for one long document when the machine has the cores and this process may
    start children (a batch's worker processes may not); short texts are faster in one."""
    long = sum(len(t) for t in texts) > _LONG_DOCUMENT_CHARS
    may_fork = not multiprocessing.current_process().daemon and "fork" in multiprocessing.get_all_start_methods()
    return 2 if long and may_fork and (os.cpu_count() or 1) >= 2 else 1


def analyse_texts(texts: Iterable[str]) -> list[Analysis]:
    """Analyse many texts in one batched pass through the pipeline."""
    texts = list(texts)
    pieces = [_pieces(text) for text in texts]
    flat = [piece for parts in pieces for piece in parts]
    docs = iter(pipeline().pipe(flat, batch_size=64, n_process=_processes(flat)))
    analyses = []
    for text, parts in zip(texts, pieces):
        tokens: list[Token] = []
        offset = 0
        for part, doc in zip(parts, docs):
            first = len(tokens)
            tokens.extend(_token(tok, offset, first) for tok in doc)
            offset += len(part)
        analyses.append(Analysis(text, tokens))
    return analyses


def _pieces(text: str) -> list[str]:
    """`text` cut after a space into pieces of at most `MAX_PIECE_CHARS`; they join back to `text`."""
    pieces = []
    while len(text) > MAX_PIECE_CHARS:
        cut = text.rfind(" ", 0, MAX_PIECE_CHARS) + 1 or MAX_PIECE_CHARS
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces
