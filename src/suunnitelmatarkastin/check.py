"""The whole pipeline for one document: read → understand → judge → a `DocumentReport`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .judge.engine import RuleEngine
from .judge.rules import load_rules
from .models import DocumentReport, Finding
from .read import ReadError, read_document
from .read.builder import DocumentBuilder
from .read.text_reader import read_text
from .understand import read_facts


@cache
def engine(rule_dirs: tuple[str, ...] = ()) -> RuleEngine:
    """The compiled rules, once per process and set of rule packs."""
    return RuleEngine(load_rules(rule_dirs))


def check_path(path: str | Path, doc_type: str | None = None, rule_dirs: tuple[str, ...] = ()) -> DocumentReport:
    """Check one file; a file that cannot be read gives a report with `error` set."""
    try:
        document = read_document(path)
    except ReadError as exc:
        return DocumentReport(path=str(path), error=exc.reason)
    facts = read_facts(document, doc_type)
    return DocumentReport(path=str(path), doc_type=facts.document.doc_type, findings=engine(rule_dirs).judge(facts))


def check_text(text: str, doc_type: str | None = None, markdown: bool = True, rule_dirs: tuple[str, ...] = ()) -> list[Finding]:
    """Check a text given in memory (rule examples, tests)."""
    builder = DocumentBuilder("<teksti>", "md" if markdown else "txt")
    read_text(text, builder, markdown=markdown)
    facts = read_facts(builder.build(), doc_type)
    return engine(rule_dirs).judge(facts)
