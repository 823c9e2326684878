"""The project period and dated statements, from the time expressions of each sentence.

Not every date is a planned activity: a document's own date, a funding programme's years, budget
columns and background statistics are left out of the schedule check (SPEC section 4).
"""

from __future__ import annotations

from ..models import DatedStatementFact, Interval, PeriodFact
from .lexicon import any_phrase, load
from .reading import Reading
from .timeexpr import find_project_period, find_time_expressions

_PERIOD_KEYS = ("aikataulu", "tausta", "taustatiedot", "toteutus", "tavoitteet", "organisointi", "resurssit")


def find_period(reading: Reading) -> PeriodFact | None:
    """The project period: first from the schedule section, then from the rest of the document."""
    body = reading.body_blocks()
    preferred = [b for b in body if reading.keys_at(b) & set(_PERIOD_KEYS)]
    for blocks in (preferred, body):
        for b, sentence, _ in reading.sentences(blocks):
            interval = find_project_period(sentence)
            if interval and interval.start and interval.end:
                return PeriodFact(
                    start=interval.start,
                    end=interval.end,
                    text=sentence,
                    valid=interval.start <= interval.end,
                    location=reading.location(b),
                )
    return None


def _is_activity(reading: Reading, block: int, tokens) -> bool:
    """Whether a dated sentence plans an activity (not a document date, programme or budget)."""
    not_activity = load("timing")
    if reading.keys_at(block) & set(not_activity["sections"]):
        return False
    return not any_phrase(tokens, not_activity["words"], parts=False)


def _history(reading: Reading, block: int, tokens, interval: Interval, period: PeriodFact | None) -> bool:
    """A past-tense sentence about the time before the project, outside the sections that plan or
    report what was done: background ("vuonna 2019 tehdyssä kartoituksessa todettiin …")."""
    if period is None or interval.end is None or interval.end >= period.start:
        return False
    if reading.keys_at(block) & set(load("timing")["activity_sections"]):
        return False
    return any(t.morph.get("Tense") == "Past" or t.morph.get("PartForm") == "Past" for t in tokens)


def dated_statements(reading: Reading, period: PeriodFact | None) -> list[DatedStatementFact]:
    facts = []
    if period is not None and not period.valid:
        facts.append(
            DatedStatementFact(
                text=period.text[:300],
                expression=period.text[:80],
                start=period.start,
                end=period.end,
                conflict=True,
                reason=f"hankeaika päättyy ({period.end:%-d.%-m.%Y}) ennen kuin se alkaa ({period.start:%-d.%-m.%Y})",
                location=period.location,
            )
        )
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        expressions = find_time_expressions(sentence)
        if not expressions:
            continue
        planned = _is_activity(reading, b, tokens)
        for expression in expressions:
            interval = expression.interval
            if period is not None and sentence == period.text:
                continue
            activity = planned and not _history(reading, b, tokens, interval, period)
            facts.append(
                DatedStatementFact(
                    text=sentence[:300],
                    expression=expression.text,
                    start=interval.start,
                    end=interval.end,
                    anchor=interval.anchor,
                    activity=activity,
                    conflict=activity and _outside(interval, period),
                    reason=_outside_reason(period) if activity and _outside(interval, period) else "",
                    location=reading.location(b),
                )
            )
    return facts


def _outside_reason(period: PeriodFact | None) -> str:
    assert period is not None and period.start and period.end
    return f"päivämäärä on kokonaan hankeajan {period.start:%-d.%-m.%Y}–{period.end:%-d.%-m.%Y} ulkopuolella"


def _outside(interval: Interval, period: PeriodFact | None) -> bool:
    """Wholly outside the period; an interval that overlaps it is fine."""
    if period is None or not period.valid or interval.start is None or interval.end is None:
        return False
    return interval.end < period.start or interval.start > period.end
