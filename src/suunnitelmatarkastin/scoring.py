"""`arvioi`: the checker scored against annotated documents, exactly as SPEC section 7 says.

Per document and catalogue rule: for rules whose target is a canonical key each (rule, target) is a
unit; otherwise `count` units where given, else one unit (the rule fires at least once). A rule that
fires on a document whose annotation does not list it is a false positive.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field
from rich.console import Console
from rich.table import Table

from .models import DocumentReport
from .read import SUPPORTED

HELD_OUT = "pidatetty"
REALISTIC, SEALED = "realistiset", "sinetoity"  # blind batches of realistic drafts, each scored on its own
WHOLE, HELD_OUT_PART = "Koko aineisto", "Pidätetty osa"
REALISTIC_PART = "Realistinen erä {}"
PROFILED, PROFILED_PART = "profiilit", "Profiiliasiakirjat"  # documents checked with the profiles their annotation names
# Project folders (`hankkeet/<hanke>/`): each document scored on its own as a part of its own, and
# each project, from its `hanke.expected.json`, over the hanke.* rules.
PROJECTS, PROJECT_EXPECTED = "hankkeet", "hanke.expected.json"
PROJECT_DOCS_PART, PROJECT_PART = "hankkeet (asiakirjat)", "hankkeet (hanke.*)"


class Miss(BaseModel):
    document: str
    rule: str
    target: str | None = None
    kind: str  # "puuttuu" (false negative) or "väärä hälytys" (false positive)


class Counts(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


class Scores(BaseModel):
    documents: int = 0
    type_correct: int = 0
    total: Counts = Field(default_factory=Counts)
    per_rule: dict[str, Counts] = Field(default_factory=dict)
    misses: list[Miss] = Field(default_factory=list)
    unreadable: list[str] = Field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.documents if self.documents else 1.0


def annotated_documents(folder: Path) -> list[tuple[Path, Path]]:
    """(document, annotation) pairs: every supported file with an X.expected.json beside it."""
    pairs = []
    for annotation in sorted(folder.rglob("*.expected.json")):
        stem = annotation.name.removesuffix(".expected.json")
        for suffix in SUPPORTED:
            document = annotation.with_name(stem + suffix)
            if document.exists():
                pairs.append((document, annotation))
                break
    return pairs


@cache
def keyed_rules() -> frozenset[str]:
    """The rules whose target is a canonical key: each expected (rule, key) is its own unit."""
    from .check import engine

    return frozenset(rule.id for rule in engine(()).rules if rule.target_is_key)


def _units(findings: list[tuple[str, str | None]], catalogue: set[str]) -> tuple[Counter, Counter]:
    """Produced findings as keyed units (rule, target) and counts per other rule."""
    keyed: Counter = Counter()
    plain: Counter = Counter()
    for rule, target in findings:
        if rule not in catalogue:
            continue
        if rule in keyed_rules():
            keyed[(rule, target)] = 1
        else:
            plain[rule] += 1
    return keyed, plain


def score_document(name: str, expected: dict, produced: list[tuple[str, str | None]], catalogue: set[str], scores: Scores) -> None:
    keyed, plain = _units(produced, catalogue)
    expected_keyed = {(e["rule"], e.get("target")) for e in expected.get("findings", []) if e["rule"] in keyed_rules()}
    expected_plain: dict[str, int | None] = {}
    for e in expected.get("findings", []):
        if e["rule"] not in keyed_rules():
            expected_plain[e["rule"]] = e.get("count")
    per_rule: dict[str, Counts] = {}

    def counts(rule: str) -> Counts:
        return per_rule.setdefault(rule, Counts())

    for unit in expected_keyed | set(keyed):
        rule, target = unit
        if unit in expected_keyed and unit in keyed:
            counts(rule).tp += 1
        elif unit in keyed:
            counts(rule).fp += 1
            scores.misses.append(Miss(document=name, rule=rule, target=target, kind="väärä hälytys"))
        else:
            counts(rule).fn += 1
            scores.misses.append(Miss(document=name, rule=rule, target=target, kind="puuttuu"))
    for rule in set(expected_plain) | set(plain):
        made = plain.get(rule, 0)
        if rule not in expected_plain:
            counts(rule).fp += 1
            scores.misses.append(Miss(document=name, rule=rule, kind="väärä hälytys"))
            continue
        wanted = expected_plain[rule]
        if wanted is None:
            wanted, made = 1, min(made, 1)
        c = counts(rule)
        c.tp += min(made, wanted)
        c.fp += max(0, made - wanted)
        c.fn += max(0, wanted - made)
        if made != wanted:
            kind = "puuttuu" if made < wanted else "väärä hälytys"
            scores.misses.append(Miss(document=name, rule=rule, target=f"{made}/{wanted}", kind=kind))
    for rule, c in per_rule.items():
        scores.per_rule.setdefault(rule, Counts()).add(c)
        scores.total.add(c)


def _sealed(parts: tuple[str, ...]) -> bool:
    """Whether a path is in a sealed batch: `realistiset/sinetoity/` or a later one beside it
    (`sinetoity-2/`, …), each measured once when it is complete."""
    return any(part.startswith(SEALED) for part in parts)


def score_folder(folder: Path, rule_dirs: tuple[str, ...] = (), sealed: bool = False) -> dict[str, Scores]:
    """Check every annotated document under `folder` once and score it: the corpus, its held-out
    part (documents under a `pidatetty` folder), and each batch of realistic drafts (a folder under
    `realistiset/`) and the funder-profile documents (`profiilit/`, each checked with the profiles its
    annotation names under `profiilit`) on its own. The realistic batches are not part of the corpus figure: each batch's
    number is reported separately, so a sealed batch is never averaged into a tuned one. The sealed
    batches (`realistiset/sinetoity/`, `sinetoity-2/`, …) are scored only when asked, and then without its misses: its
    only number is its first score, and no one reads its faults to fix them."""
    from .check import check_document, engine
    from .profiles import profile_dirs

    parts = {WHOLE: Scores()}
    checked: dict[Path, DocumentReport] = {}
    for document, annotation in annotated_documents(folder):
        relative = document.relative_to(folder)
        if _sealed(relative.parts) and not sealed:
            continue
        expected = json.loads(annotation.read_text(encoding="utf-8"))
        packs = profile_dirs(expected.get("profiilit", [])) + rule_dirs  # an annotation may name the funder's profiles
        catalogue = {rule.id for rule in engine(packs).rules}
        in_project = relative.parts[0] == PROJECTS and len(relative.parts) > 2
        report = checked[document] = check_document(document, None, packs, project=in_project)[0]
        if in_project:
            targets = [parts.setdefault(PROJECT_DOCS_PART, Scores())]
        elif relative.parts[0] == REALISTIC and len(relative.parts) > 2:
            targets = [parts.setdefault(REALISTIC_PART.format(relative.parts[1]), Scores())]
        elif relative.parts[0] == PROFILED:
            targets = [parts.setdefault(PROFILED_PART, Scores())]
        else:
            targets = [parts[WHOLE]]
        if HELD_OUT in relative.parts:
            targets.append(parts.setdefault(HELD_OUT_PART, Scores()))
        for scores in targets:
            _score_report(str(relative), expected, report, catalogue, scores)
    _score_projects(folder, rule_dirs, checked, parts)
    for name, scores in parts.items():
        if SEALED in name:  # its number only: no misses and no per-rule counts to read faults from
            scores.misses.clear()
            scores.per_rule.clear()
    return parts


def _score_projects(folder: Path, rule_dirs: tuple[str, ...], checked: dict[Path, DocumentReport], parts: dict[str, Scores]) -> None:
    """Each project folder with a `hanke.expected.json`: its documents checked together, scored per
    project over the hanke.* rules with the units of SPEC section 7 (`count` units, else one)."""
    from .check import check_document, engine
    from .profiles import profile_dirs
    from .project import Group, check_project

    for annotation in sorted((folder / PROJECTS).glob(f"*/{PROJECT_EXPECTED}")):
        project = annotation.parent
        expected = json.loads(annotation.read_text(encoding="utf-8"))
        packs = profile_dirs(expected.get("profiilit", [])) + rule_dirs
        documents = sorted(p for p in project.iterdir() if p.suffix.lower() in SUPPORTED and p.is_file())
        reports = [checked.get(p) or check_document(p, None, packs, project=True)[0] for p in documents]
        result = check_project(Group(name=project.name, source="annettu"), [r._digest for r in reports if r._digest is not None], packs)
        scores = parts.setdefault(PROJECT_PART, Scores())
        scores.documents += 1
        catalogue = {rule.id for rule in engine(packs).rules if rule.project}
        score_document(str(project.relative_to(folder)), expected, [(f.rule, f.target) for f in result.findings], catalogue, scores)


def _score_report(name: str, expected: dict, report, catalogue: set[str], scores: Scores) -> None:
    scores.documents += 1
    if report.error:
        scores.unreadable.append(f"{name}: {report.error}")
        return
    scores.type_correct += report.doc_type == expected.get("doc_type")
    if report.doc_type != expected.get("doc_type"):
        scores.misses.append(Miss(document=name, rule="doc_type", target=f"{report.doc_type} ≠ {expected.get('doc_type')}", kind="väärä tyyppi"))
    score_document(name, expected, [(f.rule, f.target) for f in report.findings], catalogue, scores)


def _summary_line(scores: Scores, projects: bool = False) -> str:
    """The part's figures in one line; a part of projects (hanke.*) counts projects and has no types."""
    t = scores.total
    counted = f"Hankkeita {scores.documents}" if projects else f"Asiakirjoja {scores.documents}"
    types = "" if projects else f"; asiakirjatyyppi oikein {scores.type_accuracy:.3f}"
    return (
        f"{counted}: tarkkuus (precision) {t.precision:.3f}, saanti (recall) {t.recall:.3f}, "
        f"F1 {t.f1:.3f}{types} (TP {t.tp}, FP {t.fp}, FN {t.fn})"
    )


def print_scores(scores: Scores, console: Console, title: str = WHOLE) -> None:
    console.print(f"[bold]{title}[/bold]")
    console.print(_summary_line(scores, projects=title == PROJECT_PART))
    table = Table(title="Säännöittäin")
    for column in ("Sääntö", "TP", "FP", "FN", "Tarkkuus", "Saanti", "F1"):
        table.add_column(column, justify="left" if column == "Sääntö" else "right")
    for rule, c in sorted(scores.per_rule.items()):
        table.add_row(rule, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}")
    console.print(table)
    for miss in scores.misses:
        target = f" ({miss.target})" if miss.target else ""
        console.print(f"  {miss.kind}: {miss.document}: {miss.rule}{target}", soft_wrap=True, markup=False)
    for problem in scores.unreadable:
        console.print(f"  [red]ei luettu[/red]: {problem}")
