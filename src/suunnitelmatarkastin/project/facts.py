"""The facts the hanke.* rules see: one project's documents, and the links found between them.

Each fact that a rule reports on (a plan goal, an indicator, a period, a promise of permanence)
carries the names and quotes of both documents compared, so that the message can quote both sides;
whether a counterpart exists is decided by the rule engine, which joins the subject fact with the
link facts (`goal_link`, `indicator_link`, `owner_link`) and the project's documents.
"""

from __future__ import annotations

from typing import Literal

from ..models import DocType, Fact


class ProjectDocumentFact(Fact):
    """A document of the project and its type."""

    kind: Literal["project_document"] = "project_document"
    path: str
    name: str
    doc_type: DocType


class ProjectGoalFact(Fact):
    """A goal of the project plan, with what the evaluation plan and the final report say nearest to it."""

    kind: Literal["project_goal"] = "project_goal"
    goal_id: int
    text: str
    path: str
    plan: str  # the plan's file name
    report: str = ""  # the final report's file name
    report_side: str = ""  # what the final report says nearest to the goal, for the message
    evaluation: str = ""  # the evaluation plan's file name
    evaluation_side: str = ""


class GoalLinkFact(Fact):
    """A passage of another document that addresses a plan goal: reports its outcome or evaluates it."""

    kind: Literal["goal_link"] = "goal_link"
    goal_id: int
    role: Literal["raportoitu", "arvioitu"]
    path: str
    quote: str


class ProjectIndicatorFact(Fact):
    """An indicator of the project plan, with the final report's nearest passage."""

    kind: Literal["project_indicator"] = "project_indicator"
    indicator_id: int
    text: str
    goal_text: str
    path: str
    plan: str
    report: str = ""
    report_side: str = ""


class IndicatorLinkFact(Fact):
    """A passage of the final report giving a value or an outcome for a plan indicator."""

    kind: Literal["indicator_link"] = "indicator_link"
    indicator_id: int
    path: str
    quote: str


class ProjectPeriodFact(Fact):
    """A document's project period; `reference` marks the one the others are compared with (the plan's)."""

    kind: Literal["project_period"] = "project_period"
    path: str
    label: str  # "loppuraportti (b.docx)"
    span: str  # "2025-03-01–2027-02-28": two periods differ when their spans do
    text: str
    reference: bool = False
    reference_label: str = ""
    reference_text: str = ""


class PermanenceFact(Fact):
    """A result the plan promises to make permanent, with the exit plan's nearest passage."""

    kind: Literal["permanence_promise"] = "permanence_promise"
    promise_id: int
    text: str
    path: str
    plan: str
    exit: str = ""
    exit_side: str = ""


class OwnerLinkFact(Fact):
    """An owner the exit plan names for a promised result (a person, a named organisation or a role in one)."""

    kind: Literal["owner_link"] = "owner_link"
    promise_id: int
    owner: str
    path: str
    quote: str


class ExpectedDocumentFact(Fact):
    """A document type the profile expects of a project at its stage (`project.yaml`, `expected_documents`)."""

    kind: Literal["expected_document"] = "expected_document"
    doc_type: DocType
    name: str  # in Finnish, for the message
    stage: str  # "hakuvaihe" or "loppuvaihe", in Finnish words in the message
    stage_name: str
    documents: str  # the project's documents by name, for the message
