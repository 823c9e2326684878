"""Evaluation plans: self-evaluation, external evaluation, the target group's voice, and timing.

Headings count as well as sentences: a section headed "Ulkoinen arviointi" with content under it
plans an external evaluation even if no sentence repeats the words.
"""

from __future__ import annotations

from ..models import BlockKind, EvaluationFact
from .lexicon import any_phrase, load
from .reading import Reading
from .timeexpr import find_time_expressions


def _lex(name: str) -> list[str]:
    return load("evaluation")[name]


def extract_evaluations(reading: Reading) -> list[EvaluationFact]:
    evaluation_words = load("goals")["evaluation_words"]
    blocks = [
        b.index
        for b in reading.document.blocks
        if b.kind is not BlockKind.title and not reading.in_appendix(b.index)
    ]
    facts = []
    for b, sentence, tokens in reading.sentences(blocks):
        if any_phrase(tokens, evaluation_words) is None:
            continue
        self_evaluation = any_phrase(tokens, _lex("self")) is not None
        external = any_phrase(tokens, _lex("external")) is not None
        voice = any_phrase(tokens, _lex("voice_methods")) is not None and any_phrase(tokens, _lex("target_group")) is not None
        collects = any_phrase(tokens, _lex("data_collection")) is not None
        timed = collects and (bool(find_time_expressions(sentence)) or any_phrase(tokens, _lex("frequency")) is not None)
        if reading.document.blocks[b].kind is BlockKind.heading:
            timed = False  # a heading plans nothing by itself
        facts.append(
            EvaluationFact(
                text=sentence[:300],
                self_evaluation=self_evaluation,
                external=external,
                target_group=voice,
                timed=timed,
                location=reading.location(b),
            )
        )
    return facts
