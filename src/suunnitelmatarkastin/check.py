"""The whole pipeline for one document: read → understand → judge → a `DocumentReport`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .judge.engine import RuleEngine
from .judge.rules import load_rules
from .models import UNKNOWN_TYPE, DocumentReport, Facts, Finding
from .read import ReadError, read_document
from .read.builder import DocumentBuilder
from .read.text_reader import read_text
from .understand import read_facts
from .understand.lexicon import overlays


@cache
def engine(rule_dirs: tuple[str, ...] = ()) -> RuleEngine:
    """The compiled rules, once per process and set of rule packs."""
    return RuleEngine(load_rules(rule_dirs))


def check_document(
    path: str | Path, doc_type: str | None = None, rule_dirs: tuple[str, ...] = ()
) -> tuple[DocumentReport, Facts | None]:
    """Check one file and keep what was read (the web page shows it); unreadable: `error` set, no facts."""
    try:
        document = read_document(path)
    except ReadError as exc:
        return DocumentReport(path=str(path), error=exc.reason), None
    with overlays(rule_dirs):  # the packs' lexicon overlays, for this document only
        facts = read_facts(document, doc_type)
    report = DocumentReport(
        path=str(path),
        doc_type=facts.document.named_type if facts.document.doc_type == UNKNOWN_TYPE else facts.document.doc_type,
        doc_type_source=facts.document.doc_type_source,
        findings=engine(rule_dirs).judge(facts),
    )
    return report, facts


def check_path(path: str | Path, doc_type: str | None = None, rule_dirs: tuple[str, ...] = ()) -> DocumentReport:
    """Check one file; a file that cannot be read gives a report with `error` set."""
    return check_document(path, doc_type, rule_dirs)[0]


def check_text(text: str, doc_type: str | None = None, markdown: bool = True, rule_dirs: tuple[str, ...] = ()) -> list[Finding]:
    """Check a text given in memory (rule examples, tests)."""
    builder = DocumentBuilder("<teksti>", "md" if markdown else "txt")
    read_text(text, builder, markdown=markdown)
    with overlays(rule_dirs):
        facts = read_facts(builder.build(), doc_type)
    return engine(rule_dirs).judge(facts)
