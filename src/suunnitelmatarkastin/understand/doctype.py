"""Document type: from the words of the title, else from which type's sections the headings name."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import DOC_TYPES, BlockKind, DocType, Document
from .lexicon import PhraseMatch, any_phrase, load
from .nlp import Analysis, Token
from .sections import classify_heading, section_specs

_MIN_SECTIONS_NAMED = 2  # headings naming fewer of a type's sections do not show what a document is
_STRONG_SECTIONS = 3  # headings naming this many of a type's sections, and half of them, plainly are that type's
_STRONG_EXPLAINED = 0.6  # … when the type also explains this share of the named headings
# Specific types first: "hankkeen loppuraportti" is a report, not a plan.
_TITLE_ORDER = tuple(t.value for t in (DocType.loppuraportti, DocType.exit_suunnitelma, DocType.arviointisuunnitelma, DocType.hankesuunnitelma))
_LABEL_WORDS = 4  # a long line's leading label ("Projektisuunnitelma, ohjelma …") is this short at most
_LABEL_ENDS = {",", ":", "–", "—", "-", "(", "|", "/"}


def _title_blocks(document: Document) -> list[tuple[int, bool]]:
    """The title and the first lines before the first real paragraph of text, and that paragraph,
    whose leading label alone counts (True): a subtitle line may be long and still open with the
    document's type ("Hakemus, ohjelma …")."""
    found: list[tuple[int, bool]] = []
    for block in document.blocks[:6]:
        long = len(block.text.split()) > 12
        if block.kind in (BlockKind.title, BlockKind.heading) or not long:
            found.append((block.index, False))
        if block.kind is BlockKind.paragraph and long:
            return found[:3] + [(block.index, True)]
    return found[:3]


def _label(tokens: list[Token]) -> list[Token]:
    """A long line's leading label: its first words up to a comma, colon, dash or bracket, when
    that label is short; a long line that reads as one sentence has none."""
    for end, token in enumerate(tokens):
        if token.text in _LABEL_ENDS:
            return tokens[:end] if 0 < end <= _LABEL_WORDS else []
    return []


_KIND_OPENS = 3  # a line names its document's kind in its first words ("Asia: Saate …")


def _names_another_kind(tokens: list[Token]) -> bool:
    """Whether a title line opens by naming this document as another kind than a plan (a CV, a
    cover note, a memo): then it is that, whatever plan it goes on to name."""
    found = any_phrase(tokens, load("sections")["other_documents"])
    return bool(found) and found.start < _KIND_OPENS


def _names_what_it_is_attached_to(tokens: list[Token], match: PhraseMatch) -> bool:
    """Whether a title line names the document this one is attached to or is about, not this one:
    on a line that calls the text an attachment ("hakemuksen liite", "liite rahoitushakemukseen")
    or another kind of document ("saate hakemukseen"), a type word that is not in the nominative
    names the other document."""
    if not any_phrase(tokens, load("sections")["attachment"]) and not _names_another_kind(tokens):
        return False
    return tokens[match.start].morph.get("Case", "Nom") != "Nom"


def _named_type(tokens: list[Token], text: str) -> str | None:
    """The type a title line names, the specific types first."""
    names = load("sections")["doc_types"]
    for doc_type in _TITLE_ORDER:
        match = any_phrase(tokens, names[doc_type])
        if match and _names_what_it_is_attached_to(tokens, match):
            continue
        if match or any(f" {n} " in f" {text} " for n in names[doc_type] if "-" in n):
            return doc_type
    return None


@dataclass(frozen=True)
class HeadingEvidence:
    """What the headings say of one type: how many of its sections they name, out of how many,
    and the share of the document's section headings the type explains."""

    seen: int
    keys: int
    explained: float

    @property
    def score(self) -> float:
        return self.seen / self.keys * self.explained if self.keys else 0.0

    @property
    def strong(self) -> bool:
        """Headings that plainly are this type's: at least three and half of its sections named,
        and most named headings explained by it."""
        return self.seen >= _STRONG_SECTIONS and self.seen * 2 >= self.keys and self.explained >= _STRONG_EXPLAINED

    @property
    def little(self) -> bool:
        """Headings that name fewer than half of the type's sections."""
        return self.seen * 2 < self.keys


def heading_evidence(document: Document, analyses: list[Analysis]) -> dict[str, HeadingEvidence]:
    """Per type, the evidence of the headings, weighed two ways: the share of the type's sections
    named and the share of the document's section headings the type explains. A project plan that also
    describes its evaluation names every section of an evaluation plan, but leaves its budget,
    organisation and activities unexplained by that type; a real evaluation plan is mostly its own."""
    headings = [a.tokens for b, a in zip(document.blocks, analyses) if b.kind is BlockKind.heading]
    by_type = {t: [set(classify_heading(tokens, t)) for tokens in headings] for t in DOC_TYPES}
    named = [i for i in range(len(headings)) if any(by_type[t][i] for t in DOC_TYPES)]
    evidence = {}
    for doc_type in DOC_TYPES:
        keys = {spec["key"] for spec in section_specs(doc_type)}
        seen = set().union(*by_type[doc_type]) & keys if headings else set()
        explained = sum(1 for i in named if by_type[doc_type][i] & keys) / len(named) if named else 0.0
        evidence[doc_type] = HeadingEvidence(len(seen), len(keys), explained)
    return evidence


def _type_from_headings(evidence: dict[str, HeadingEvidence]) -> str | None:
    """The type whose sections the headings name best, when they name at least two of them."""
    best, best_score, best_seen = None, 0.0, 0
    for doc_type in DOC_TYPES:
        score = evidence[doc_type].score
        if score > best_score + 0.05:
            best, best_score, best_seen = doc_type, score, evidence[doc_type].seen
    return best if best_seen >= _MIN_SECTIONS_NAMED else None


def _title_type(document: Document, analyses: list[Analysis]) -> str | None:
    """The type the title lines name for this document itself; none once a line names it as
    another kind of document (a CV's later lines name the plans its writer wrote)."""
    for index, label_only in _title_blocks(document):
        tokens, text = analyses[index].tokens, analyses[index].text
        if label_only:
            tokens = _label(tokens)
            if not tokens:
                continue
            text = text[: tokens[-1].idx + len(tokens[-1].text)]
        found = _named_type(tokens, text.lower())
        if found or _names_another_kind(tokens):
            return found
    return None


_LETTER_WORDS = 600  # a letter is short: a page or two
_LETTER_HEADINGS = 2  # … and has a subject line at most, not sections of its own
_GREETING_WORDS = 6  # a salutation or sign-off line is short ("Hyvä vastaanottaja,")
_LETTER_END = 4  # the sign-off stands among the last lines


def _opens_with(analysis: Analysis, entries: list[str]) -> bool:
    """Whether a short line begins with one of the entries."""
    tokens = [t for t in analysis.tokens if t.pos != "PUNCT"]
    if not tokens or len(tokens) > _GREETING_WORDS:
        return False
    found = any_phrase(tokens, entries, parts=False)
    return bool(found) and found.start == 0


def letter_shape(document: Document, analyses: list[Analysis]) -> bool:
    """Whether the document is shaped as a letter: short, with a subject line at most for headings,
    and at least two of a letter's parts (a salutation opening it, a sign-off among its last lines,
    words sending things along). A cover letter names the plan it sends, so its words alone would
    make it that plan."""
    headings = sum(1 for b in document.blocks if b.kind is BlockKind.heading)
    words = sum(len(b.text.split()) for b in document.blocks)
    if not analyses or headings > _LETTER_HEADINGS or words > _LETTER_WORDS:
        return False
    cues = load("sections")["letter"]
    parts = (
        any(_opens_with(a, cues["salutation"]) for a in analyses[: len(analyses) // 2 + 1]),
        any(_opens_with(a, cues["closing"]) for a in analyses[-_LETTER_END:]),
        any(any_phrase(a.tokens, cues["enclosure"], parts=False) for a in analyses),
    )
    return sum(parts) >= 2


def detect_doc_type(document: Document, analyses: list[Analysis]) -> str | None:
    """The document type (SPEC section 2), or None when neither the title nor the headings show it:
    a cover letter, a CV or a budget attachment in an applicant's folder is not a plan.

    The title is weighed against the headings: a title word is one word, a structure of sections is
    many, so when the headings plainly are another type's (strong evidence for it) and name little
    of the titled type's, the stronger evidence decides. A title line that names the document this
    one belongs to ("hankehakemuksen liite") names no type for this one."""
    evidence = heading_evidence(document, analyses)
    titled, by_headings = _title_type(document, analyses), _type_from_headings(evidence)
    if titled and by_headings and by_headings != titled:
        other, own = evidence[by_headings], evidence[titled]
        if other.strong and own.little and own.score * 2 < other.score:
            return by_headings
    return titled or by_headings
