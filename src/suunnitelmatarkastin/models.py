"""The models passed from stage to stage: document → facts → findings → report.

Every stage of the pipeline (read, understand, judge, report) takes and gives these pydantic
models, so each stage can be tested on its own and a report can be rebuilt from JSON.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field, PrivateAttr, computed_field, model_validator


class DocType(StrEnum):
    """The document types a checklist exists for; the values are what users, rules and JSON say."""

    hankesuunnitelma = "hankesuunnitelma"
    arviointisuunnitelma = "arviointisuunnitelma"
    exit_suunnitelma = "exit-suunnitelma"
    loppuraportti = "loppuraportti"


class Severity(StrEnum):
    """How much a finding matters, most first; the values are what rules and JSON say."""

    error = "error"
    warning = "warning"
    info = "info"


DOC_TYPES: tuple[str, ...] = tuple(t.value for t in DocType)  # plain strings, for choices and messages
SEVERITY_ORDER: dict[str, int] = {s.value: i for i, s in enumerate(Severity)}
SEVERITY_WORDS: dict[str, str] = {"error": "virhe", "warning": "varoitus", "info": "huomio"}


class Location(BaseModel):
    """Where something stands in the document: the section heading and the block index.

    `paragraph` is the index of the block in `Document.blocks` (0-based, reading order); for a table
    cell `table`, `row` and `cell` say which one (0-based). `page` (1-based) is known for a PDF, and
    `quote` gives the block's first words, which is how a person finds the place in Word.
    """

    section: str | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    page: int | None = None
    quote: str | None = None


class BlockKind(StrEnum):
    title = "title"
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table_cell = "table_cell"


class Block(BaseModel):
    """One unit of text in reading order: a heading, paragraph, list item or table cell."""

    index: int
    kind: BlockKind
    text: str
    level: int = 0  # heading level (1..9) or list nesting depth (0..)
    numbered: bool = False  # a numbered list item or a heading/paragraph with typed numbering
    bold: bool = False  # the whole block is bold (a heading written without heading styles)
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    page: int | None = None  # 1-based, where the format has pages (PDF)
    # The name of the form field the block was typed in (.docx: the title of its content control),
    # which Word shows on the control, not in the text: a filled field keeps its name this way.
    field: str | None = None
    # Where the block was read from: child positions from the body down to the paragraph or cell
    # (.docx: from w:body), so a comment can be anchored on it without reading the file again.
    source: list[int] | None = None


class Table(BaseModel):
    """A table as rows of cell texts; `block_ids` give each cell's block index.

    A merged cell is one block whose index stands at every grid position it covers, and its text
    in each of them, so a goal cell spanning three rows serves all three. A cell's text in `rows`
    also holds the tables nested in it, which are tables of their own; `within` is then the
    (table, row, cell) they sit in.
    """

    index: int
    rows: list[list[str]]
    block_ids: list[list[int]]
    section: str | None = None
    within: list[int] | None = None


class Document(BaseModel):
    """A read document: its blocks in reading order and its tables."""

    path: str
    format: str
    title: str | None = None
    blocks: list[Block] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)

    def location(self, block_index: int, section: str | None) -> Location:
        """The location of a block, with the table coordinates for a table cell."""
        block = self.blocks[block_index]
        return Location(
            section=section,
            paragraph=block_index,
            table=block.table,
            row=block.row,
            cell=block.cell,
            page=block.page,
            quote=quote(block.text),
        )


QUOTE_WORDS = 8


def quote(text: str) -> str | None:
    """The first words of a block, as a person would look for it ("Hankkeen päätyttyä ryhmien…")."""
    words = text.split()
    if not words:
        return None
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


# ---------------------------------------------------------------- facts


class Fact(BaseModel):
    """Base of every fact the rules see; `kind` names the fact type in rule conditions."""

    kind: str
    location: Location = Field(default_factory=Location)


UNKNOWN_TYPE = "tuntematon"  # the type could not be recognised: no type checklist is run


class DocumentFact(Fact):
    kind: Literal["document"] = "document"
    doc_type: DocType | Literal["tuntematon"]
    doc_type_source: Literal["tunnistettu", "annettu"] = "tunnistettu"
    title: str | None = None
    words: int = 0
    has_headings: bool = False
    finnish: bool = True
    named_type: str | None = None  # the type a non-Finnish document's title names (no checklist runs)
    language: str = "fi"  # "fi", or the language the document is written in instead ("sv", "en")
    language_name: str = "suomi"  # the language's name in Finnish, for the message


class SectionFact(Fact):
    """A section of the document: its heading, the canonical key it maps to, and its size."""

    kind: Literal["section"] = "section"
    key: str | None = None
    keys: list[str] = Field(default_factory=list)
    heading: str
    level: int = 1
    words: int = 0
    empty: bool = False
    appendix: bool = False


class ExpectedSectionFact(Fact):
    """A canonical section the document type calls for, and whether the document has it."""

    kind: Literal["expected_section"] = "expected_section"
    key: str
    name: str
    required: bool
    present: bool


class GoalFact(Fact):
    kind: Literal["goal"] = "goal"
    goal_id: int
    text: str
    source: Literal["table", "list", "sentence"]
    activities: int = 0
    evaluations: int = 0
    activity_texts: list[str] = Field(default_factory=list)
    evaluation_texts: list[str] = Field(default_factory=list)
    # Of those, the ones linked by meaning alone (the word vectors), not by shared words or a number.
    meaning_texts: list[str] = Field(default_factory=list)
    # Restated from the project plan ("Tavoitteet ovat samat kuin hankesuunnitelmassa: …") in an
    # evaluation or exit plan: its activities are that plan's, this one evaluates it.
    restated: bool = False


class Interval(BaseModel):
    """A time interval from a Finnish time expression; either end may be open."""

    start: date | None = None
    end: date | None = None
    anchor: str | None = None  # a relative anchor: "haku", "alku", "koko", "loppu", "jalkeen"


class PeriodFact(Fact):
    kind: Literal["period"] = "period"
    start: date | None = None
    end: date | None = None
    text: str = ""
    valid: bool = True
    months: int | None = None  # the length in months, a begun month counted whole: for a funder's maximum
    dates: str = ""  # "1.1.2026–31.12.2028", for messages: `text` is the whole sentence that states it

    @model_validator(mode="after")
    def _length(self) -> PeriodFact:
        if not self.dates and self.start and self.end:
            self.dates = f"{self.start.day}.{self.start.month}.{self.start.year}–{self.end.day}.{self.end.month}.{self.end.year}"
        if self.months is None and self.start and self.end and self.valid:
            after = self.end + timedelta(days=1)
            self.months = (after.year - self.start.year) * 12 + after.month - self.start.month + (after.day > self.start.day)
        return self


class DatedStatementFact(Fact):
    """A statement with a time expression: what is said and when."""

    kind: Literal["dated"] = "dated"
    text: str
    expression: str
    start: date | None = None
    end: date | None = None
    anchor: str | None = None
    activity: bool = True
    conflict: bool = False  # contradicts the project period
    # which contradiction, for the rule's message: "outside" the period (`period_start`–`period_end`),
    # or the period itself "reversed" (it ends before it starts)
    conflict_kind: Literal["", "outside", "reversed"] = ""
    period_start: date | None = None
    period_end: date | None = None


class QuestionFact(Fact):
    kind: Literal["question"] = "question"
    text: str
    answered: bool


class PlaceholderFact(Fact):
    kind: Literal["placeholder"] = "placeholder"
    text: str


class RootingFact(Fact):
    """A statement that plans rooting (juurruttaminen) or the use of results, with its timing."""

    kind: Literal["rooting"] = "rooting"
    text: str
    timed: bool = False
    early: bool = False  # at the application stage or the project's start (first quarter)
    when: str = ""  # the time expression read, for messages
    position: float | None = None  # where it starts on the project timeline (0 = start, 1 = end)


class RootingPlanFact(Fact):
    """The document's rooting as a whole: does it start early, and what is its earliest timing.
    Located at the statement with the earliest timing, so a comment lands where to fix it."""

    kind: Literal["rooting_plan"] = "rooting_plan"
    early: bool
    timed: bool = False  # any rooting statement gives a time
    earliest: str = ""  # the earliest time expression, quoted; empty when none is given


class StageFact(Fact):
    """One stage of the 4V rooting model and whether the document addresses it."""

    kind: Literal["stage"] = "stage"
    key: str
    name: str
    addressed: bool


class RootingResourceFact(Fact):
    """Time, staff or money set aside for rooting."""

    kind: Literal["rooting_resource"] = "rooting_resource"
    text: str


class ResponsibilityFact(Fact):
    """Who answers for what; the owner classified (SPEC section 3)."""

    kind: Literal["responsibility"] = "responsibility"
    text: str
    owner: str = ""
    owner_class: Literal["person", "organisation", "role", "project", "vague", "passive"]
    named: bool = False  # a person, a named organisation or a role in one
    project: bool = False  # project staff or the project itself
    continuation: bool = False  # about rooting or continuing after the project


class FollowUpFact(Fact):
    """A statement of how uptake or rooting is followed after the project."""

    kind: Literal["follow_up"] = "follow_up"
    text: str


class ChannelFact(Fact):
    """A dissemination channel named in the document."""

    kind: Literal["channel"] = "channel"
    name: str
    text: str


class EvaluationFact(Fact):
    """A planned evaluation: who evaluates (self, external), whose voice, and when."""

    kind: Literal["evaluation"] = "evaluation"
    text: str
    self_evaluation: bool = False
    external: bool = False
    target_group: bool = False
    timed: bool = False


class DiaryNumberFact(Fact):
    kind: Literal["diary_number"] = "diary_number"
    text: str


class ReportDateFact(Fact):
    """The date of a final report, and whether it is later after the project's end than the
    funder's deadline (`late_months`, the report lexicon's parameter; a profile may change it)."""

    kind: Literal["report_date"] = "report_date"
    report_date: date
    text: str
    late: bool = False
    late_months: int = 3
    project_end: date | None = None


class ContactFact(Fact):
    kind: Literal["contact"] = "contact"
    name: str
    text: str


class GoalSetFact(Fact):
    """How many goals the document sets: a funder may ask for a number of them (two to five)."""

    kind: Literal["goal_set"] = "goal_set"
    count: int


class GoalMeasureFact(Fact):
    """Whether a goal can be verified: a number, a unit, a date or a named deliverable in the goal
    or in what measures it (`measure` quotes it; empty when none was found)."""

    kind: Literal["goal_measure"] = "goal_measure"
    goal_id: int
    text: str
    measurable: bool
    measure: str = ""


class Facts(BaseModel):
    """Everything the understanding stage found in one document."""

    document: DocumentFact
    facts: list[Fact] = Field(default_factory=list)
    # the blocks' language analyses the facts were read from, for a later stage of the same check
    # (the cross-document digest) so that it does not analyse or decode them again
    _analyses: Any = PrivateAttr(default=None)

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


# ---------------------------------------------------------------- findings and reports


class Finding(BaseModel):
    rule: str
    severity: Severity
    message: str
    target: str | None = None
    location: Location = Field(default_factory=Location)
    hint: str
    accepted: str | None = None  # the reason, when tarkastin.toml accepts this finding ([[kuitatut]]); open: None


class DocumentReport(BaseModel):
    path: str
    doc_type: DocType | None = None
    doc_type_source: Literal["tunnistettu", "annettu"] | None = None
    error: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    verdict: str | None = None  # "Ei korjattavaa" or "N virhettä korjattava ennen lähettämistä" (report/verdict.py); None when unread
    # what the cross-document stage reads of this document (`project.digest`), carried back from
    # the worker that checked it; never part of the report itself
    _digest: Any = PrivateAttr(default=None)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def error_code(self) -> str | None:
        """A stable code beside the Finnish `error` (README: Liittäminen omaan järjestelmään), for a funder's system."""
        from .error_codes import error_code

        return error_code(self.error)

    def count(self, severity: str) -> int:
        """Open findings of this severity (accepted ones are not counted)."""
        return sum(1 for f in self.findings if f.severity == severity and not f.accepted)


class ProjectFinding(Finding):
    """A finding across a project's documents; `path` is the document its `location` is in."""

    path: str | None = None


class GoalRow(BaseModel):
    """One goal of the project plan followed through the other documents (the project card's row).
    `evaluated` and `reported` are None when the project has no evaluation plan or final report."""

    goal: str
    location: Location = Field(default_factory=Location)
    evaluated: bool | None = None
    evaluation_quote: str | None = None
    reported: bool | None = None
    outcome_quote: str | None = None


class ProjectReport(BaseModel):
    """One project's documents checked together (`tarkasta --hanke`, or grouped by their project
    code or name): which documents, why they were grouped, the hanke.* findings and the goal table."""

    name: str
    source: Literal["annettu", "tunnistettu"]
    basis: str | None = None  # what grouped the documents ("hankekoodi S24117"); None when given
    documents: list[str] = Field(default_factory=list)
    findings: list[ProjectFinding] = Field(default_factory=list)
    goals: list[GoalRow] = Field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity and not f.accepted)


class Report(BaseModel):
    schema_: int = Field(1, alias="schema")
    tool: dict[str, Any] | None = None  # the audit block: version, packs with hashes, settings, time
    documents: list[DocumentReport] = Field(default_factory=list)
    projects: list[ProjectReport] = Field(default_factory=list)  # cross-document results (hanke.*)

    model_config = {"populate_by_name": True}

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)
