"""The report for a person at a terminal: per document, findings grouped by severity, with place and hint."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import DocumentReport, Finding, Location, Report

SEVERITY_LABELS = {"error": "Virheet", "warning": "Varoitukset", "info": "Huomiot"}
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def place(location: Location) -> str:
    """A location in words: section, paragraph and table cell, as a reader of the document finds it."""
    parts = []
    if location.section:
        parts.append(f"osio ”{location.section}”")
    if location.table is not None:
        parts.append(f"taulukko {location.table + 1}, rivi {(location.row or 0) + 1}, sarake {(location.cell or 0) + 1}")
    elif location.paragraph is not None:
        parts.append(f"kappale {location.paragraph + 1}")
    return ", ".join(parts) or "koko asiakirja"


def _finding(finding: Finding) -> Group:
    head = Text.assemble(("• ", SEVERITY_STYLES[finding.severity]), (finding.message, "bold"))
    meta = Text(f"  {place(finding.location)} · {finding.rule}", style="dim")
    hint = Text(f"  Korjaa: {finding.hint}", style="green")
    return Group(head, meta, hint)


def _document(report: DocumentReport) -> Panel:
    if report.error:
        body = Text(f"Asiakirjaa ei voitu tarkastaa: {report.error}", style="bold red")
        return Panel(body, title=report.path, title_align="left", border_style="red")
    parts: list = [Text(f"Asiakirjatyyppi: {report.doc_type}", style="dim")]
    if not report.findings:
        parts.append(Text("Ei huomautettavaa. ✓", style="bold green"))
    for severity in ("error", "warning", "info"):
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        parts.append(Text(f"\n{SEVERITY_LABELS[severity]} ({len(found)})", style=SEVERITY_STYLES[severity]))
        parts.extend(Padding(_finding(f), (0, 0, 0, 1)) for f in found)
    border = "red" if report.count("error") else "yellow" if report.count("warning") else "green"
    return Panel(Group(*parts), title=report.path, title_align="left", border_style=border)


def summary_table(report: Report) -> Table:
    """One row per document: what a funder officer sorts and compares."""
    table = Table(title="Yhteenveto", show_lines=False)
    table.add_column("Asiakirja")
    table.add_column("Tyyppi")
    table.add_column("Virheet", justify="right", style="red")
    table.add_column("Varoitukset", justify="right", style="yellow")
    table.add_column("Huomiot", justify="right", style="cyan")
    for doc in report.documents:
        if doc.error:
            table.add_row(doc.path, "—", "ei luettu", "", "")
        else:
            table.add_row(doc.path, doc.doc_type or "", *(str(doc.count(s)) for s in ("error", "warning", "info")))
    return table


def render_text(report: Report, console: Console) -> None:
    for document in report.documents:
        console.print(_document(document))
    if len(report.documents) > 1:
        console.print(summary_table(report))
