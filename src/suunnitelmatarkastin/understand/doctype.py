"""Document type: from the words of the title, else from which type's sections the headings name."""

from __future__ import annotations

from ..models import DOC_TYPES, BlockKind, DocType, Document
from .lexicon import any_phrase, load
from .nlp import Analysis
from .sections import classify_heading, section_specs

# Specific types first: "hankkeen loppuraportti" is a report, not a plan.
_MIN_SECTIONS_NAMED = 2  # headings naming fewer of a type's sections do not show what a document is
_TITLE_ORDER = tuple(t.value for t in (DocType.loppuraportti, DocType.exit_suunnitelma, DocType.arviointisuunnitelma, DocType.hankesuunnitelma))


def _title_blocks(document: Document) -> list[int]:
    """The title and the first lines before the first real paragraph of text."""
    found = []
    for block in document.blocks[:6]:
        if block.kind in (BlockKind.title, BlockKind.heading) or len(block.text.split()) <= 12:
            found.append(block.index)
        if block.kind is BlockKind.paragraph and len(block.text.split()) > 12:
            break
    return found[:3]


def detect_doc_type(document: Document, analyses: list[Analysis]) -> str | None:
    """The document type (SPEC section 2), or None when neither the title nor the headings show it:
    a cover letter, a CV or a budget attachment in an applicant's folder is not a plan."""
    names = load("sections")["doc_types"]
    for index in _title_blocks(document):
        tokens = analyses[index].tokens
        text = analyses[index].text.lower()
        for doc_type in _TITLE_ORDER:
            if any_phrase(tokens, names[doc_type]) or any(f" {n} " in f" {text} " for n in names[doc_type] if "-" in n):
                return doc_type
    headings = [a.tokens for b, a in zip(document.blocks, analyses) if b.kind is BlockKind.heading]
    best, best_score, best_seen = None, 0.0, 0
    for doc_type in DOC_TYPES:
        keys = {spec["key"] for spec in section_specs(doc_type)}
        seen = {key for tokens in headings for key in classify_heading(tokens, doc_type)} & keys
        score = len(seen) / len(keys)
        if score > best_score + 0.05:
            best, best_score, best_seen = doc_type, score, len(seen)
    return best if best_seen >= _MIN_SECTIONS_NAMED else None
