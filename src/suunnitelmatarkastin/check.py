"""The whole pipeline for one document: read → understand → judge → a `DocumentReport`."""

from __future__ import annotations

from pathlib import Path

from .judge.engine import (
    compiled as engine,  # the compiled rules, once per process and set of packs
)
from .judge.rules import Example, Rule
from .models import UNKNOWN_TYPE, Document, DocumentReport, Facts, Finding, ProjectReport
from .project.digest import digest
from .read import ReadError, read_document
from .read.builder import DocumentBuilder
from .read.text_reader import read_text
from .understand import read_facts
from .understand.lexicon import overlays


def check_document(
    path: str | Path, doc_type: str | None = None, rule_dirs: tuple[str, ...] = (), project: bool = False
) -> tuple[DocumentReport, Facts | None]:
    """Check one file and keep what was read (the web page shows it); unreadable: `error` set, no facts.
    With `project`, the report also carries the digest the cross-document rules compare (`project.digest`)."""
    try:
        document = read_document(path)
    except ReadError as exc:
        return DocumentReport(path=str(path), error=exc.reason), None
    return _judged(document, str(path), doc_type, rule_dirs, project)


def _judged(document: Document, path: str, doc_type: str | None, rule_dirs: tuple[str, ...], project: bool) -> tuple[DocumentReport, Facts]:
    with overlays(rule_dirs):  # the packs' lexicon overlays, for this document only
        facts = read_facts(document, doc_type)
        summary = digest(document, facts, path) if project and facts.document.doc_type != UNKNOWN_TYPE else None
    report = DocumentReport(
        path=path,
        doc_type=facts.document.named_type if facts.document.doc_type == UNKNOWN_TYPE else facts.document.doc_type,
        doc_type_source=facts.document.doc_type_source,
        findings=engine(rule_dirs).judge(facts),
    )
    report._digest = summary
    return report, facts


def check_path(path: str | Path, doc_type: str | None = None, rule_dirs: tuple[str, ...] = ()) -> DocumentReport:
    """Check one file; a file that cannot be read gives a report with `error` set."""
    return check_document(path, doc_type, rule_dirs)[0]


def _document_of(text: str, markdown: bool, name: str = "<teksti>") -> Document:
    builder = DocumentBuilder(name, "md" if markdown else "txt")
    read_text(text, builder, markdown=markdown)
    return builder.build()


def check_text(text: str, doc_type: str | None = None, markdown: bool = True, rule_dirs: tuple[str, ...] = ()) -> list[Finding]:
    """Check a text given in memory (rule examples, tests)."""
    with overlays(rule_dirs):
        facts = read_facts(_document_of(text, markdown), doc_type)
    return engine(rule_dirs).judge(facts)


def check_texts(documents: list[tuple[str, str | None, str]], rule_dirs: tuple[str, ...] = (), markdown: bool = True) -> tuple[list[DocumentReport], ProjectReport]:
    """One project's documents given in memory as (name, type or None, text): each checked on its
    own, then together (rule examples of the hanke.* rules, tests)."""
    from .project import Group, check_project

    reports = [_judged(_document_of(text, markdown, name), name, doc_type, rule_dirs, True)[0] for name, doc_type, text in documents]
    group = Group(name="hanke", source="annettu", members=list(range(len(reports))))
    return reports, check_project(group, [r._digest for r in reports if r._digest is not None], rule_dirs)


def check_example(example: Example, rule_dirs: tuple[str, ...] = ()) -> list[Finding]:
    """What the checker says of a rule's example: one document's findings, or for a project
    example (`documents`) every document's and the project's (with the example's profile in use)."""
    markdown = example.format == "md"
    if not example.documents:
        return check_text(example.document(), example.type, markdown=markdown, rule_dirs=rule_dirs)
    if example.profile:
        from .profiles import profile_dirs

        rule_dirs = (*profile_dirs((example.profile,)), *rule_dirs)
    reports, project = check_texts([(d.name, d.type, d.text) for d in example.documents], rule_dirs, markdown)
    return [*(f for r in reports for f in r.findings), *project.findings]


def fired_on(rule: Rule, example: Example, rule_dirs: tuple[str, ...] = ()) -> list[str]:
    """What `rule` says of its example: its findings' messages, or, for a rule that derives a fact
    (`derives:`), each fact it made, as "kind: text" (a single document's example)."""
    if not rule.derives:
        return [f.message for f in check_example(example, rule_dirs) if f.rule == rule.id]
    with overlays(rule_dirs):
        facts = read_facts(_document_of(example.document(), example.format == "md"), example.type)
    made = [f for f in engine(rule_dirs).derived(facts) if f.kind == rule.derives]
    return [f"{f.kind}: {getattr(f, 'text', '')}".rstrip(": ") for f in made]
