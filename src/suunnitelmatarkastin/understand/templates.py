"""Template text: questions a template asks, whether they are answered, and placeholders left.

An appendix that is itself a blank form for later use (a reporting form, a questionnaire) is part
of the plan, so its blanks are not placeholders and its questions are not unanswered questions.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import BlockKind, PlaceholderFact, QuestionFact
from .lexicon import load
from .reading import Reading

_MAX_QUESTION_WORDS = 45
_MIN_ANSWER_WORDS = 3
_QUESTION_SPLIT = re.compile(r"(?<=[?.!])\s+(?=\W*[A-ZÅÄÖ])")
# Finnish questions open with an interrogative word or a verb with the question clitic -ko/-kö.
_QUESTION_WORD = re.compile(
    r"^(mi(tkä|kä|tä|ssä|stä|hin|llä|ltä|lle|ksi|nkä|ten|llai\w*|nkälai\w*|lloin|ksi|ssa|kä)|"
    r"ke(tkä|nen|ne|ltä|lle|stä|iden|itä|huin)|kuka|ku(inka|mpi)|mon(tako|essako)|"
    r"\w+(ko|kö)(han|hän)?)$"
)


@cache
def _placeholder_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in load("templates")["placeholders"]]


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.lower()).split())


@cache
def _prompts() -> frozenset[str]:
    return frozenset(_normal(p) for p in load("templates")["prompts"])


def is_question(text: str) -> bool:
    """A template question: a short block whose last sentence asks something, in question form."""
    text = text.strip()
    if not text.endswith("?") or len(text.split()) > _MAX_QUESTION_WORDS:
        return False
    last = _QUESTION_SPLIT.split(text)[-1]
    first = re.sub(r"^([\W\d]+|[a-zåäö][).]\s+)+", "", last).split(maxsplit=1)
    return bool(first) and _QUESTION_WORD.match(first[0].lower()) is not None


def is_template_text(text: str) -> bool:
    """A question or a known template prompt: text that is not an answer."""
    return is_question(text) or _normal(text) in _prompts() or placeholders_in(text) == [text.strip()]


def placeholders_in(text: str) -> list[str]:
    """The placeholders left in a text, each once: where several patterns match the same gap
    ("xx.xx.20xx" is both a date and a year pattern), their spans are joined into one."""
    spans = sorted((m.start(), m.end()) for p in _placeholder_patterns() for m in p.finditer(text) if m.group(0).strip())
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1 and not text[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[start:end].strip() for start, end in merged]


def content_words(reading: Reading, blocks: list[int]) -> int:
    """Words of real content in the blocks: template questions, prompts and placeholders left out."""
    total = 0
    for b in blocks:
        block = reading.document.blocks[b]
        if block.kind is BlockKind.heading or is_template_text(block.text):
            continue
        text = block.text
        for placeholder in placeholders_in(text):
            text = text.replace(placeholder, " ")
        total += len(text.split())
    return total


def states_facts(reading: Reading, blocks: list[int]) -> bool:
    """Whether real content stands in the blocks however short: a sentence that gives a sum, a
    number, a date, a name or an organisation ("Kokonaisbudjetti 48 000 €.") is an answer, not a gap."""
    for b in blocks:
        block = reading.document.blocks[b]
        if block.kind is BlockKind.heading or is_template_text(block.text) or placeholders_in(block.text):
            continue
        if any(t.pos in ("NUM", "PROPN") or t.ent or t.text in ("€", "%") for t in reading.analyses[b].tokens):
            return True
    return False


def extract_questions(reading: Reading) -> list[QuestionFact]:
    """Template questions and whether an answer stands under each."""
    blocks = reading.document.blocks
    facts = []
    for block in blocks:
        if block.kind is BlockKind.title or reading.in_appendix(block.index) or not is_question(block.text):
            continue
        if block.kind is BlockKind.table_cell:
            answered = _cell_answered(reading, block.index)
        else:
            answered = _answered_below(reading, block.index)
        for question in _QUESTION_SPLIT.split(block.text):
            if question.strip().endswith("?"):
                facts.append(QuestionFact(text=question.strip(), answered=answered, location=reading.location(block.index)))
    return facts


def _answered_below(reading: Reading, index: int) -> bool:
    """An answer is real content after the question, before the next question or heading."""
    blocks = reading.document.blocks
    question = blocks[index]
    for block in blocks[index + 1 :]:
        if block.kind in (BlockKind.heading, BlockKind.title):
            if question.kind is BlockKind.heading and block.level > question.level:
                continue
            return False
        if is_template_text(block.text):
            if is_question(block.text):
                return False
            continue
        if len(block.text.split()) >= _MIN_ANSWER_WORDS or block.kind is BlockKind.table_cell and block.text:
            return True
    return False


def _cell_answered(reading: Reading, index: int) -> bool:
    """A question in a table cell is answered by the cell beside it or below it."""
    block = reading.document.blocks[index]
    table = reading.document.tables[block.table]
    beside = table.rows[block.row][block.cell + 1 :]
    below = [row[block.cell] for row in table.rows[block.row + 1 : block.row + 2] if block.cell < len(row)]
    return any(cell and not is_template_text(cell) for cell in beside + below)


def extract_placeholders(reading: Reading) -> list[PlaceholderFact]:
    facts = []
    for block in reading.document.blocks:
        if reading.in_appendix(block.index):
            continue
        for found in placeholders_in(block.text):
            facts.append(PlaceholderFact(text=found, location=reading.location(block.index)))
    return facts
