"""Understand: a read `Document` → `Facts` (sections, goals, periods, questions, …) for the rules.

All text goes through the Finnish pipeline once, in one batch; every extractor then works on the
shared `Reading`. Extractors are registered by name, as spaCy registers components, so a new kind
of fact is one function added to `EXTRACTORS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..models import (
    UNKNOWN_TYPE,
    BlockKind,
    Document,
    DocumentFact,
    ExpectedSectionFact,
    Fact,
    Facts,
    Location,
    SectionFact,
)
from .doctype import detect_doc_type, letter_shape
from .evaluation import extract_evaluations
from .final_report import extract_report_facts
from .goals import extract_goals, form_goal_fields
from .language import document_language, foreign_title_type, language_name
from .measures import extract_goal_measures
from .nlp import analyse_texts
from .reading import Reading
from .responsibility import extract_responsibilities
from .rooting import extract_rooting
from .sections import (
    build_sections,
    covered_by_content,
    headed_again,
    marked_optional,
    part_of_same_section,
    section_specs,
)
from .templates import (
    content_words,
    extract_placeholders,
    extract_questions,
    holds_no_content,
    is_question,
)
from .timing import dated_statements, find_period


def _answered_beside(reading: Reading, s_i: int) -> bool:
    """Whether a form field left with only its placeholder stands beside a filled field of the same
    part, under the same heading ("Ulkoinen arviointi" left as "[Kirjoita tähän.]" beside a filled
    "Itsearviointi", both the methods): the part has its content. One gap is one finding: the
    placeholder and the kind of work left unplanned are reported by their own rules, not as an
    empty section. A short answer of its own is no placeholder: it is judged as it stands. A form's
    question left unanswered beside a filled question of the same part ("Mitä muita vaikutuksia
    hankkeella oli?" empty beside a filled "Miten tavoitteet toteutuivat?", both the results) leaves
    the part with its content too: the unanswered question is its finding, not an empty section."""
    section = reading.sections[s_i]
    for o_i, other in enumerate(reading.sections):
        if o_i == s_i or other.parent != section.parent or other.key != section.key:
            continue
        body = [b for b in other.all_blocks if b != other.heading_block]
        if not holds_no_content(reading, other.heading_block, body, content_words(reading, body)):
            return True
    return False


def section_facts(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    goal_fields = form_goal_fields(reading)
    for s_i, section in enumerate(reading.sections):
        if section.heading_block == 0 and not section.keys and section.level == 0:
            continue
        body = [b for b in section.all_blocks if b != section.heading_block]
        words = content_words(reading, body)
        if section.lead_in:  # "Tavoitteet: Hankkeen tavoitteena on …": the text after the colon counts
            words += len(section.heading.partition(":")[2].split())
        # a form's label straight above the next label groups the fields below it
        group = section.label and not body and reading.owner[min(section.heading_block + 1, len(reading.owner) - 1)] != reading.owner[section.heading_block]
        empty = (
            bool(section.keys)
            and not section.appendix
            and not group
            and not part_of_same_section(reading.sections, s_i)
            and not headed_again(reading.sections, s_i)
            and not marked_optional(section.heading)
            and section.heading_block not in goal_fields
            and holds_no_content(reading, section.heading_block, body, words)
            and not ((body and not words or is_question(section.heading)) and _answered_beside(reading, s_i))
        )
        facts.append(
            SectionFact(
                key=section.key,
                keys=section.keys,
                heading=section.heading,
                level=section.level,
                words=words,
                empty=empty,
                appendix=section.appendix,
                location=reading.location(section.heading_block),
            )
        )
    return facts


def expected_section_facts(reading: Reading, found: list[Fact]) -> list[Fact]:
    """The canonical sections the type calls for, each present when a heading names it or when a
    part of the document plainly covers it without one (SPEC section 9)."""
    headed = {key for s in reading.sections if not s.appendix for key in s.keys}
    kinds = {fact.kind for fact in found}
    return [
        ExpectedSectionFact(
            key=spec["key"],
            name=spec["name"],
            required=spec["required"],
            present=spec["key"] in headed or covered_by_content(reading, spec["key"], kinds),
        )
        for spec in section_specs(reading.doc_type)
    ]


def _period(reading: Reading, _: list[Fact]) -> list[Fact]:
    reading.period = find_period(reading)
    return [reading.period] if reading.period else []


@dataclass(frozen=True)
class Extractor:
    """A stage of understanding, registered by name with the fact kinds it assigns and those it
    requires from earlier stages (as spaCy declares a component's `assigns` and `requires`)."""

    name: str
    run: Callable[[Reading, list[Fact]], list[Fact]]
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


def _each(function: Callable[[Reading], list]) -> Callable[[Reading, list[Fact]], list[Fact]]:
    return lambda reading, _: function(reading)


EXTRACTORS: list[Extractor] = [
    Extractor("sections", _each(section_facts), ("section",)),
    Extractor("goals", _each(extract_goals), ("goal",)),
    Extractor("goal_measures", extract_goal_measures, ("goal_set", "goal_measure"), ("goal",)),
    Extractor("questions", _each(extract_questions), ("question",)),
    Extractor("placeholders", _each(extract_placeholders), ("placeholder",)),
    Extractor("period", _period, ("period",)),
    Extractor("timing", lambda reading, _: dated_statements(reading, reading.period), ("dated",), ("period",)),
    Extractor("responsibilities", _each(extract_responsibilities), ("responsibility",)),
    Extractor(
        "rooting",
        extract_rooting,
        ("rooting", "rooting_plan", "stage", "rooting_resource", "follow_up", "channel"),
        ("period", "responsibility"),
    ),
    Extractor("evaluations", _each(extract_evaluations), ("evaluation",)),
    Extractor("final_report", _each(extract_report_facts), ("diary_number", "report_date", "contact"), ("period",)),
    Extractor(
        "expected_sections",
        expected_section_facts,
        ("expected_section",),
        ("goal", "period", "evaluation", "rooting", "channel", "diary_number", "contact"),
    ),
]


def check_order(extractors: list[Extractor]) -> None:
    """Every stage's requirements are assigned by an earlier stage, and each kind by one stage."""
    assigned: set[str] = set()
    for extractor in extractors:
        missing = set(extractor.requires) - assigned
        if missing:
            raise ValueError(f"{extractor.name} tarvitsee faktat {sorted(missing)}, joita mikään aiempi vaihe ei tuota")
        twice = assigned & set(extractor.assigns)
        if twice:
            raise ValueError(f"{extractor.name} tuottaa faktat {sorted(twice)}, jotka jo aiempi vaihe tuottaa")
        assigned |= set(extractor.assigns)


check_order(EXTRACTORS)


_STRUCTURED = 4  # a document with this many section headings has a structure of its own to read


def _structure_not_the_types(reading: Reading, facts: list[Fact]) -> bool:
    """Whether a recognised type is contradicted by the document itself: it has a structure of its
    own (several section headings), most of which are not read as the type's sections, and fewer
    than half of the type's sections are found in it, under a heading or in content. Then the type
    or the reading of the headings is wrong, and its checklist would report as missing the parts
    the writer named in other words: one wrong judgement, many false findings. A short plan whose
    headings are its type's is only incomplete; a type given with --tyyppi is never doubted."""
    expected = [f for f in facts if isinstance(f, ExpectedSectionFact)]
    headings = [s for s in reading.sections if s.heading_block > 0 and not s.appendix]
    read_as_the_types = sum(1 for s in headings if s.keys)
    return (
        len(headings) >= _STRUCTURED
        and 2 * read_as_the_types < len(headings)
        and 2 * sum(f.present for f in expected) < len(expected)
    )


_LETTER_COVERS = 4  # a letter covering fewer than a quarter of the type's sections only names the plan


def _letter_not_the_type(reading: Reading, facts: list[Fact]) -> bool:
    """Whether a recognised type is only named by a letter: a cover letter or a message that
    sends or discusses a plan names its type in the subject line, but its shape is a letter's
    (`letter_shape`) and it covers almost none of the type's sections. Its checklist would report
    every part of the plan it sends as missing; a short plan with its type's content is kept."""
    expected = [f for f in facts if isinstance(f, ExpectedSectionFact)]
    covered = sum(f.present for f in expected)
    return _LETTER_COVERS * covered < len(expected) and letter_shape(reading.document, reading.analyses)


def read_facts(document: Document, doc_type: str | None = None) -> Facts:
    """Analyse a document and extract every fact the rules may need.

    A document not in Finnish, or whose type could not be recognised (and was not given), gets
    only its document fact: the rules then say so once instead of running a type's checklist. So
    does a recognised type that the document's own structure contradicts (`_structure_not_the_types`).
    """
    language = document_language(document)  # from its words alone, before any parse
    source = "annettu" if doc_type else "tunnistettu"
    named = None
    if language != "fi":  # read no further (not even parsed): the type it names is reported, no checklist is run
        named, doc_type = doc_type or foreign_title_type(document, language), None
    else:
        analyses = analyse_texts(block.text for block in document.blocks)
        doc_type = doc_type or detect_doc_type(document, analyses)
    doc_fact = DocumentFact(
        doc_type=doc_type or UNKNOWN_TYPE,  # type: ignore[arg-type]
        named_type=named,
        doc_type_source=source,  # type: ignore[arg-type]
        title=document.title,
        words=sum(len(b.text.split()) for b in document.blocks),
        has_headings=any(b.kind is BlockKind.heading for b in document.blocks),
        finnish=language == "fi",
        language=language,
        language_name=language_name(language),
        location=Location(),  # findings about the whole document have no one place
    )
    if doc_type is None:
        return Facts(document=doc_fact, facts=[])
    sections = build_sections(document, analyses, doc_type)
    reading = Reading(document, analyses, doc_type, sections)
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor.run(reading, facts))
    if source == "tunnistettu" and (_structure_not_the_types(reading, facts) or _letter_not_the_type(reading, facts)):
        return Facts(document=doc_fact.model_copy(update={"doc_type": UNKNOWN_TYPE}), facts=[])
    result = Facts(document=doc_fact, facts=facts)
    result._analyses = analyses
    return result
