"""Final reports: the funding decision's diary number, the report's date, contact persons."""

from __future__ import annotations

import re

from ..models import ContactFact, DiaryNumberFact, Fact, ReportDateFact
from .lexicon import any_phrase, load, part, per_overlay, section_keys
from .reading import Reading
from .timeexpr import add_months, find_time_expressions


@per_overlay
def _diary_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in load("report")["diary_numbers"]]


_lex = part("report")
# An e-mail address or a Finnish phone number written out: the way to reach a person.
_REACH = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|(\+358\s?|\b0)\d{1,3}[\s-]?\d{3,4}[\s-]?\d{2,4}\b")


def diary_numbers(reading: Reading) -> list[DiaryNumberFact]:
    facts = []
    for b in reading.body_blocks() + [s.heading_block for s in reading.sections if not s.appendix]:
        text = reading.document.blocks[b].text
        for pattern in _diary_patterns():
            for match in pattern.finditer(text):
                facts.append(DiaryNumberFact(text=match.group(0).strip(), location=reading.location(b)))
    return facts


def report_dates(reading: Reading) -> list[ReportDateFact]:
    """The report's own date: a single day next to a date word, or in the contact section."""
    contact_blocks = set(reading.blocks_with_keys(section_keys("contact")))
    period = reading.period
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if b not in contact_blocks and not any_phrase(tokens, _lex("date_words")):
            continue
        days = [e.interval for e in find_time_expressions(sentence) if e.interval.start and e.interval.start == e.interval.end]
        if not days:
            continue
        day = days[-1].start
        months = int(load("report")["late_months"])  # the funder's deadline: a profile may set its own
        late = bool(period and period.valid and day > add_months(period.end, months, keep_month_end=True))
        return [ReportDateFact(report_date=day, text=sentence[:300], late=late, late_months=months, project_end=period.end if period else None, location=reading.location(b))]
    return []


def _name_word(token) -> bool:
    """A first name: tagged a proper noun, or capitalised where the tagger took it for a noun ("Jussi")."""
    return token.pos == "PROPN" or (token.pos == "NOUN" and token.text[:1].isupper() and token.text[1:2].islower())


def _person_names(tokens) -> list:
    """A person's name: a first name and a surname (one capitalised word alone may be a place or
    a unit, "Nuorten työpaja Verstas")."""
    found: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.pos == "PROPN" and tok.dep == "flat:name" and 0 <= tok.head < len(tokens) and _name_word(tokens[tok.head]):
            found.update((tok.head, i))
    return [tokens[i] for i in sorted(found)]


def contacts(reading: Reading) -> list[ContactFact]:
    """Named people in the contact section, next to a contact word, or with an e-mail address or
    a phone number in their sentence (a signature "Rehtori Liisa Mäki, liisa.maki@…" under any
    heading says whom to reach)."""
    contact_blocks = set(reading.blocks_with_keys(section_keys("contact")))
    facts = []
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if b not in contact_blocks and not any_phrase(tokens, _lex("contact_words")) and not _REACH.search(sentence):
            continue
        names = _person_names(tokens)
        if names:
            facts.append(ContactFact(name=" ".join(t.text for t in names), text=sentence[:300], location=reading.location(b)))
    return facts


def extract_report_facts(reading: Reading) -> list[Fact]:
    return [*diary_numbers(reading), *report_dates(reading), *contacts(reading)]
