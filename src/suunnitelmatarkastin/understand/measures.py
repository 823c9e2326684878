"""How many goals there are, and whether each can be verified when the project ends.

A goal is verifiable when it, or a text that measures it, states a number ("30 yritystä", "20 %"),
a date ("kesäkuuhun 2027 mennessä"), or names a deliverable one can show ("uusi
liiketoimintamalli", "prototyyppi"). Funders that ask for measurable goals read these facts.
"""

from __future__ import annotations

import re

from ..models import Fact, GoalFact, GoalMeasureFact, GoalSetFact
from .lexicon import any_phrase, part
from .reading import Reading
from .timeexpr import find_time_expressions

_NUMBER = re.compile(r"\d+(?:[ ,.]\d+)*\s*(?:%|€)?")
_words = part("measures")


def extract_goal_measures(reading: Reading, found: list[Fact]) -> list[Fact]:
    goals = [f for f in found if isinstance(f, GoalFact)]
    facts: list[Fact] = [GoalSetFact(count=len(goals))]
    for goal in goals:
        measure = _stated_measure(reading, goal)
        facts.append(
            GoalMeasureFact(goal_id=goal.goal_id, text=goal.text, measurable=bool(measure), measure=measure, location=goal.location)
        )
    return facts


def _stated_measure(reading: Reading, goal: GoalFact) -> str:
    """The first number, date or deliverable that makes the goal verifiable, or ""."""
    for text in (goal.text, *goal.evaluation_texts):
        dated = [e for e in find_time_expressions(text) if e.interval.start or e.interval.end]
        if dated:
            return dated[0].text
        number = _NUMBER.search(text)
        if number:
            return number.group().strip()
    block = goal.location.paragraph  # the goal's own paragraph or cell: it names what is delivered
    for _, _, tokens in reading.sentences([block] if block is not None else []):
        match = any_phrase(tokens, _words("deliverables"))
        if match:
            return " ".join(t.text for t in tokens[match.start : match.end])
    return ""
