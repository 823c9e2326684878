""""Mitä tarkastin luki": the facts a finding rests on, in a form a person can check at a glance.

An applicant sees why a finding fired (the goal without an indicator, the rooting that starts late)
and an officer can trust a finding by seeing what the checker read. Built in the worker process from
the `Facts`, so only this small summary crosses to the web process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..models import (
    ExpectedSectionFact,
    Facts,
    GoalFact,
    PeriodFact,
    ResponsibilityFact,
    RootingFact,
    SectionFact,
)

OWNER_CLASSES = {
    "person": "henkilö",
    "organisation": "nimetty organisaatio",
    "role": "rooli nimetyssä organisaatiossa",
    "project": "hankkeen oma henkilöstö tai hanke itse",
    "vague": "epämääräinen tekijä",
    "passive": "ei tekijää (passiivi)",
}
TIMELINE_STEPS = 10  # rooting positions are drawn in tenths of the project period


@dataclass
class Goal:
    text: str
    activities: list[str]
    evaluations: list[str]


@dataclass
class Rooting:
    text: str
    when: str
    early: bool
    step: int | None  # 0..TIMELINE_STEPS along the project period, None when not placed on it


@dataclass
class Owner:
    owner: str
    kind: str
    text: str
    continuation: bool


@dataclass
class Section:
    heading: str
    keys: list[str]
    empty: bool


@dataclass
class Expected:
    name: str
    required: bool
    present: bool


@dataclass
class Luenta:
    """What the checker read from one document."""

    title: str | None
    words: int
    goals: list[Goal] = field(default_factory=list)
    period: str | None = None
    rooting: list[Rooting] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)


def finnish_date(day: date | None) -> str:
    return f"{day.day}.{day.month}.{day.year}" if day else "?"


def _period(facts: Facts) -> str | None:
    for fact in facts.facts:
        if isinstance(fact, PeriodFact) and (fact.start or fact.end):
            return f"{finnish_date(fact.start)}–{finnish_date(fact.end)}"
    return None


def _step(position: float | None) -> int | None:
    if position is None:
        return None
    return round(min(max(position, 0.0), 1.0) * TIMELINE_STEPS)


def summarise(facts: Facts) -> Luenta:
    """The summary shown under "Mitä tarkastin luki"; rooting in time order, untimed last."""
    by_type = facts.facts
    rooting = [
        Rooting(f.text, f.when, f.early, _step(f.position)) for f in by_type if isinstance(f, RootingFact)
    ]
    rooting.sort(key=lambda r: (not r.early, r.step if r.step is not None else TIMELINE_STEPS + 1))
    return Luenta(
        title=facts.document.title,
        words=facts.document.words,
        goals=[Goal(f.text, f.activity_texts, f.evaluation_texts) for f in by_type if isinstance(f, GoalFact)],
        period=_period(facts),
        rooting=rooting,
        owners=[
            Owner(f.owner or ("me (hanke)" if f.project else ""), OWNER_CLASSES[f.owner_class], f.text, f.continuation)
            for f in by_type
            if isinstance(f, ResponsibilityFact) and (f.owner or f.project or f.continuation)
        ],
        sections=[Section(f.heading, f.keys, f.empty) for f in by_type if isinstance(f, SectionFact)],
        expected=[Expected(f.name, f.required, f.present) for f in by_type if isinstance(f, ExpectedSectionFact)],
    )
