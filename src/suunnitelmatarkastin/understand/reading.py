"""What the extractors share: the document, its analysed blocks and its sections."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..models import BlockKind, Document, Location, PeriodFact
from .nlp import Analysis, Sentence, Token
from .sections import Section, keys_of, section_of_block


@dataclass
class Reading:
    document: Document
    analyses: list[Analysis]
    doc_type: str
    sections: list[Section]
    owner: list[int | None] = field(default_factory=list)
    period: PeriodFact | None = None  # set by the "period" stage, read by every stage that dates things
    _sentence_cache: dict[int, list[tuple[str, list[Token]]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.owner = section_of_block(self.sections, len(self.document.blocks))


    def heading_of(self, block: int) -> str | None:
        s_i = self.owner[block]
        return self.sections[s_i].heading if s_i is not None else None

    def location(self, block: int) -> Location:
        return self.document.location(block, self.heading_of(block))

    def keys_at(self, block: int) -> set[str]:
        """The canonical keys of the section a block stands in (and the sections around it)."""
        return keys_of(self.sections, self.owner[block])

    def in_appendix(self, block: int) -> bool:
        s_i = self.owner[block]
        return s_i is not None and self.sections[s_i].appendix

    def blocks_with_key(self, key: str) -> list[int]:
        """Content blocks (not headings) of every section mapped to `key`, in order."""
        found: set[int] = set()
        for section in self.sections:
            if key in section.keys and not section.appendix:
                found.update(section.all_blocks)
        return sorted(found)

    def body_blocks(self) -> list[int]:
        """Every block that is not a heading or inside an appendix."""
        return [
            b.index
            for b in self.document.blocks
            if b.kind not in (BlockKind.heading, BlockKind.title) and not self.in_appendix(b.index)
        ]

    def sentences(self, blocks: Iterable[int]) -> Iterator[tuple[int, str, list[Token]]]:
        """(block, sentence text, tokens) for every sentence of the given blocks.

        Token heads count within the sentence, so `tokens[t.head]` is the head within it; each
        sentence is a `Sentence`, which keeps the lexicons' answers about it for this document.
        """
        for b in blocks:
            if b not in self._sentence_cache:
                analysis = self.analyses[b]
                self._sentence_cache[b] = [
                    (analysis.sentence_text(start, end), Sentence(analysis.tokens[start:end]))
                    for start, end in analysis.sentences()
                ]
            for text, tokens in self._sentence_cache[b]:
                yield b, text, tokens

    def blocks_with_keys(self, keys: Iterable[str]) -> list[int]:
        """Content blocks of every section mapped to any of `keys`."""
        return sorted({b for key in keys for b in self.blocks_with_key(key)})
