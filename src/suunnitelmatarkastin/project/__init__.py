"""One project's documents checked together: the hanke.* rules across plan, evaluation plan, exit
plan and final report (issue 16).

Each document is checked on its own first, and its worker also returns a `digest.Digest` of what
the cross-document rules compare. Here the digests of one project become facts (`project.facts`):
the plan's goals, indicators, period and promises of permanence, each with the other documents'
nearest passages for the message, and link facts where another document addresses one of them
(`matching`). The rule engine then joins them (`RuleEngine.judge_project`): a plan goal with no
`goal_link` of the final report is `hanke.tavoite-raportoimatta`, and so on.
"""

from __future__ import annotations

from pathlib import Path

from ..models import (
    DOC_TYPES,
    SEVERITY_ORDER,
    DocumentReport,
    Fact,
    GoalRow,
    ProjectFinding,
    ProjectReport,
    Report,
)
from ..understand.lexicon import load, overlays
from .digest import Digest, GoalDigest
from .facts import (
    ExpectedDocumentFact,
    GoalLinkFact,
    IndicatorLinkFact,
    OwnerLinkFact,
    PermanenceFact,
    ProjectDocumentFact,
    ProjectGoalFact,
    ProjectIndicatorFact,
    ProjectPeriodFact,
)
from .grouping import Group
from .matching import GoalSet, forms, score

__all__ = ["Group", "build_projects", "check_project", "project_facts", "settle"]


def _name(digest: Digest) -> str:
    return Path(digest.path).name


def _label(digest: Digest) -> str:
    return f"{digest.doc_type} ({_name(digest)})"


def _first(digests: list[Digest], doc_type: str) -> Digest | None:
    return next((d for d in digests if d.doc_type == doc_type), None)


def _quoted(text: str) -> str:
    return f"”{text}”"


def project_facts(digests: list[Digest]) -> tuple[list[Fact], list[GoalRow]]:
    """The facts of one project's documents for the hanke.* rules, and the goal-by-goal table."""
    digests = [d for d in digests if d.doc_type in DOC_TYPES]
    facts: list[Fact] = [ProjectDocumentFact(path=d.path, name=_name(d), doc_type=d.doc_type) for d in digests]  # type: ignore[arg-type]
    facts += _periods(digests)
    facts += _expected(digests)
    plan = _first(digests, "hankesuunnitelma")
    if plan is None:
        return facts, []
    goals = GoalSet([g.words for g in plan.goals])
    measured_goals = GoalSet([g.words + g.indicator_words for g in plan.goals])
    report, evaluation, exit_plan = (_first(digests, t) for t in ("loppuraportti", "arviointisuunnitelma", "exit-suunnitelma"))
    rows = [GoalRow(goal=g.text, location=g.location) for g in plan.goals]
    measured = _measured(plan, report) if report is not None else {}
    for index, goal in enumerate(plan.goals):
        subject = ProjectGoalFact(goal_id=goal.goal_id, text=goal.text, path=plan.path, plan=_name(plan), location=goal.location)
        if report is not None:
            own = {passage for number, indicator in enumerate(plan.indicators, start=1) if indicator.goal_ids == [goal.goal_id] for passage in measured[number]}
            own -= {passage for number, indicator in enumerate(plan.indicators, start=1) if goal.goal_id not in indicator.goal_ids for passage in measured[number]}
            facts += _reported(goals, index, goal.goal_id, report, subject, rows[index], own)
        if evaluation is not None:
            facts += _evaluated((goals, measured_goals), index, goal.goal_id, evaluation, subject, rows[index])
        facts.append(subject)
    if report is not None:
        facts += _indicators(plan, goals, report, measured)
    if exit_plan is not None:
        facts += _owners(plan, exit_plan)
    return facts, rows


def _measured(plan: Digest, report: Digest) -> dict[int, list[int]]:
    """For each plan indicator (numbered from 1), the final report's outcome passages that speak of
    its own words ("Lainausmäärä kasvoi 22 prosenttia" of the indicator "Lainausmäärä"), and the
    numbers of a table row whose first cell names what its target counts ("Ryhmät | 12 | 14" of
    "12 ryhmää toiminnassa")."""
    found: dict[int, list[int]] = {}
    for number, indicator in enumerate(plan.indicators, start=1):
        words = forms(indicator.words)
        need = min(2, len(indicator.words))
        noun = forms(indicator.counted[-1:])
        found[number] = [
            i for i, p in enumerate(report.passages)
            if p.outcome and (score(p.words + p.context, words) >= need or (noun and p.number and score(p.anchor, noun)))
        ]
    return found


def _reported(goals: GoalSet, index: int, goal_id: int, report: Digest, subject: ProjectGoalFact, row: GoalRow, measured: set[int]) -> list[Fact]:
    """The final report's passages that report the goal's outcome: they speak of the goal, or they
    give a number for an indicator of this goal alone (`measured`: their indices; not one that
    also measures another goal's indicator) and speak of no other goal."""
    links: list[Fact] = [
        GoalLinkFact(goal_id=goal_id, role="raportoitu", path=report.path, quote=p.quote, location=p.location)
        for i, p in enumerate(report.passages)
        if p.outcome and ((about := goals.of_passage(p.words, p.context)) == index or (p.number and i in measured and about is None))
    ]
    subject.report = _name(report)
    near = goals.nearest(index, [(p.words + p.context, p.quote) for p in report.passages])
    subject.report_side = (
        f"lähin kohta {_quoted(near)} ei kerro, miten tavoite toteutui" if near else "siinä ei puhuta tavoitteen aiheesta lainkaan"
    )
    row.reported = bool(links)
    row.outcome_quote = links[0].quote if links else None  # type: ignore[attr-defined]
    return links


def _same_goal(sets: tuple[GoalSet, GoalSet], own: GoalDigest) -> int | None:
    """The plan goal an evaluation plan's goal is: by its own words, else by its words and its
    indicators' together with each plan goal's ("Liikunta lisääntyy" with "40 koulutettua
    ohjaajaa" is the plan's goal whose indicator counts the trained instructors)."""
    goals, measured = sets
    found = goals.best(own.words)
    return found if found is not None else measured.best(own.words + own.indicator_words)


def _evaluated(sets: tuple[GoalSet, GoalSet], index: int, goal_id: int, evaluation: Digest, subject: ProjectGoalFact, row: GoalRow) -> list[Fact]:
    """The evaluation plan evaluates the goal: its own goal of the same meaning has an evaluation
    method, or an evaluation passage speaks of the goal. A passage about the goals together
    ("tavoitteiden toteutumista seurataan kyselyllä") speaks of the evaluation plan's own goals
    where it lists them: a plan goal it leaves out is not evaluated by it."""
    goals = sets[0]
    links: list[Fact] = []
    left_out = bool(evaluation.goals) and index not in {_same_goal(sets, own) for own in evaluation.goals}
    for own in evaluation.goals:
        if own.evaluations and _same_goal(sets, own) == index:
            links.append(GoalLinkFact(goal_id=goal_id, role="arvioitu", path=evaluation.path, quote=own.text, location=own.location))
    for p in evaluation.passages:
        if p.evaluation and ((p.all_goals and not left_out) or goals.of_passage(p.words, p.context, p.anchor) == index):
            links.append(GoalLinkFact(goal_id=goal_id, role="arvioitu", path=evaluation.path, quote=p.quote, location=p.location))
    subject.evaluation = _name(evaluation)
    same = next((own for own in evaluation.goals if _same_goal(sets, own) == index), None)
    near = goals.nearest(index, [(p.words + p.context, p.quote) for p in evaluation.passages])
    if same is not None and not same.evaluations:
        subject.evaluation_side = f"sen tavoite {_quoted(same.text)} on sama, mutta sille ei ole nimetty arviointimenetelmää"
    elif near:
        subject.evaluation_side = f"lähin kohta {_quoted(near)} ei kerro, miten tavoitetta arvioidaan"
    else:
        subject.evaluation_side = "siinä ei puhuta tavoitteen aiheesta lainkaan"
    row.evaluated = bool(links)
    row.evaluation_quote = links[0].quote if links else None  # type: ignore[attr-defined]
    return links


def _indicators(plan: Digest, goals: GoalSet, report: Digest, measured: dict[int, list[int]]) -> list[Fact]:
    """Each plan indicator, and the final report's passages giving its value or outcome: a passage
    speaking of the indicator's own words with an outcome (`measured`), or a passage with a number
    that reports the indicator's goal (where the indicator measures one goal). A target level
    ("15 ohjaajaa koulutettu") is given a value only where the passage or its table row names
    what it counts: "kaksi koulutuspäivää" of the same goal is another measure's value. A results
    table row that gives numbers is the indicator's only where one of them is the indicator's own
    target or baseline: the row "Kurssille osallistuneet | 120 | 131" is not the value of "40 %
    osallistujista työllistyy"."""
    facts: list[Fact] = []
    goal_index = {g.goal_id: i for i, g in enumerate(plan.goals)}
    for number, indicator in enumerate(plan.indicators, start=1):
        words = forms(indicator.words)
        own_goal = goal_index.get(indicator.goal_ids[0]) if len(indicator.goal_ids) == 1 else None
        counted = forms(indicator.counted)
        for i, p in enumerate(report.passages):
            of_goal = own_goal is not None and p.number and p.outcome and goals.of_passage(p.words, p.context) == own_goal
            own_row = not indicator.numbers or not p.row_numbers or bool(set(indicator.numbers) & set(p.row_numbers))
            if (i in measured[number] or of_goal) and own_row and (not counted or score(p.words + p.row, counted)):
                facts.append(IndicatorLinkFact(indicator_id=number, path=report.path, quote=p.quote, location=p.location))
        near = max(report.passages, key=lambda p: score(p.words + p.context, words), default=None)
        side = f"lähin kohta {_quoted(near.quote)} ei anna sille arvoa" if near and score(near.words + near.context, words) else "siinä ei mainita mittaria lainkaan"
        goal_text = "”, ”".join(plan.goals[goal_index[g]].text for g in indicator.goal_ids if g in goal_index)
        facts.append(
            ProjectIndicatorFact(
                indicator_id=number, text=indicator.text, goal_text=goal_text, path=plan.path, plan=_name(plan),
                report=_name(report), report_side=side, location=indicator.location,
            )
        )
    return facts


def _owners(plan: Digest, exit_plan: Digest) -> list[Fact]:
    """Each result the plan promises to make permanent (a restatement of an earlier promise is the
    same promise), and the exit plan's named owners of it: an owner whose statement shares a word
    with the promise, or one who answers for the project's results as a whole ("tulokset")."""
    facts: list[Fact] = []
    general = set(load("project")["results_as_a_whole"])
    seen: list[set[str]] = []
    for number, promise in enumerate(plan.promises, start=1):
        words = forms(promise.words)
        if any(score(promise.words, earlier) >= max(2, int(0.7 * len(promise.words))) for earlier in seen):
            continue
        seen.append(words)
        for owner in exit_plan.owners:
            if score(owner.words, words) or forms(owner.words) & general:
                facts.append(OwnerLinkFact(promise_id=number, owner=owner.owner, path=exit_plan.path, quote=owner.text, location=owner.location))
        near = max(exit_plan.passages, key=lambda p: score(p.words, words), default=None)
        side = f"lähin kohta {_quoted(near.quote)} ei nimeä omistajaa" if near and score(near.words, words) else "siinä ei puhuta tästä tuloksesta"
        facts.append(PermanenceFact(promise_id=number, text=promise.text, path=plan.path, plan=_name(plan), exit=_name(exit_plan), exit_side=side, location=promise.location))
    return facts


def _periods(digests: list[Digest]) -> list[Fact]:
    """Each document's project period; the plan's (else the first one given) is the reference."""
    dated = [d for d in digests if d.period_start and d.period_end]
    if len(dated) < 2:
        return []
    reference = _first(dated, "hankesuunnitelma") or dated[0]
    return [
        ProjectPeriodFact(
            path=d.path, label=_label(d), span=f"{d.period_start}–{d.period_end}", text=_period_text(d),
            reference=d is reference, reference_label=_label(reference), reference_text=_period_text(reference), location=d.period_location,
        )
        for d in dated
    ]


def _period_text(digest: Digest) -> str:
    start, end = digest.period_start, digest.period_end
    return f"{start.day}.{start.month}.{start.year}–{end.day}.{end.month}.{end.year}"  # type: ignore[union-attr]


def _expected(digests: list[Digest]) -> list[Fact]:
    """The document types the profile expects at the project's stage (none without a profile)."""
    lexicon = load("project")
    stage = "loppuvaihe" if _first(digests, "loppuraportti") else "hakuvaihe"
    wanted = lexicon["expected_documents"].get(stage) or []
    names = ", ".join(_name(d) for d in digests)
    return [
        ExpectedDocumentFact(doc_type=t, name=t, stage=stage, stage_name=lexicon["stage_names"].get(stage, stage), documents=names)
        for t in dict.fromkeys(wanted)
        if t in DOC_TYPES
    ]


def check_project(group: Group, digests: list[Digest], rule_dirs: tuple[str, ...] = (), paths: list[str] | None = None) -> ProjectReport:
    """The hanke.* findings and the goal table of one project's documents; `paths` lists every
    document of the project (also those that could not be read), else those with a digest."""
    # imported here: the judge's fact registry imports this package's fact models
    from ..judge.engine import compiled

    with overlays(rule_dirs):
        facts, rows = project_facts(digests)
    findings = sorted(
        (ProjectFinding(**finding.model_dump(), path=getattr(subject, "path", None)) for finding, subject in compiled(rule_dirs).judge_project(facts)),
        key=lambda f: (SEVERITY_ORDER[f.severity], f.path or "", f.location.paragraph or 0, f.rule),
    )
    documents = paths if paths is not None else [d.path for d in digests]
    return ProjectReport(name=group.name, source=group.source, basis=group.basis, documents=documents, findings=findings, goals=rows)


def projects_of(groups: list[Group], reports: list[DocumentReport], rule_dirs: tuple[str, ...] = ()) -> list[ProjectReport]:
    """Every group's project report, from the digests its documents' checks returned."""
    found = []
    for group in groups:
        digests = [reports[i]._digest for i in group.members if reports[i]._digest is not None]
        found.append(check_project(group, digests, rule_dirs, [reports[i].path for i in group.members]))
    return found


def settle(report: Report, loaded, only_errors: bool) -> None:
    """`tarkastin.toml` applied to the project findings as to a document's: rules turned off,
    severities changed, findings accepted (`asiakirja` is the document the finding stands in)."""
    from ..settings import apply

    for project in report.projects:
        kept: list = []
        for path in dict.fromkeys(f.path or project.name for f in project.findings):
            holder = DocumentReport(path=path, findings=[f for f in project.findings if (f.path or project.name) == path])
            apply(Report(documents=[holder]), loaded, only_errors)
            kept += holder.findings
        project.findings = kept


def build_projects(paths: tuple[str, ...], files: list[Path], reports: list[DocumentReport], given: bool, rule_dirs: tuple[str, ...] = ()) -> list[ProjectReport]:
    """The projects of a run: given with `--hanke` (each folder named, and the files named
    together), else found by the documents' project codes and names."""
    from .grouping import found_groups, given_groups

    groups = given_groups(paths, files) if given else found_groups([r._digest for r in reports])
    return projects_of(groups, reports, rule_dirs)
