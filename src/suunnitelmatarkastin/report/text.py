"""The report for a person at a terminal: per document, findings grouped by severity, with place and hint.

Every text from a document or a file name goes in as a `Text` (never as rich markup) with its
control characters removed, so a name such as `[/x].md` or a heading with an escape sequence is
shown as it is and cannot end the report or clear the screen.
"""

from __future__ import annotations

import os

from rich.console import Console, Group
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import DocumentReport, Finding, Location, ProjectReport, Report
from .safe_text import for_terminal, name_for_terminal, rendered
from .verdict import AUDIT_TITLE, audit_rows, inessive, verdict_text

SEVERITY_LABELS = {"error": "Virheet", "warning": "Varoitukset", "info": "Huomiot"}
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def place(location: Location) -> str:
    """A location as a reader finds it in Word: section, page where known, table cell, and the
    first words of the paragraph (not a block number a person cannot see)."""
    parts = []
    if location.section:
        parts.append(f"osio ”{location.section}”")
    if location.page is not None:
        parts.append(f"s. {location.page}")
    if location.table is not None:
        parts.append(f"taulukko {location.table + 1}, rivi {(location.row or 0) + 1}, sarake {(location.cell or 0) + 1}")
    if location.quote:
        parts.append(f"kohta ”{location.quote}”")
    elif location.paragraph is not None and location.table is None:
        parts.append(f"kappale {location.paragraph + 1}")
    return ", ".join(parts) or "koko asiakirja"


def _finding(finding: Finding, document: str | None = None) -> Group:
    """One finding; `document` names the file its place is in (a project's finding)."""
    head = Text.assemble(("• ", SEVERITY_STYLES[finding.severity]), (for_terminal(finding.message), "bold"))
    where = f"{name_for_terminal(os.path.basename(document))}: " if document else ""
    meta = Text(for_terminal(f"  {where}{place(finding.location)} · {finding.rule}"), style="dim")
    hint = Text(for_terminal(f"  Korjaa: {finding.hint}"), style="green")
    return Group(head, meta, hint)


def _document(report: DocumentReport) -> Panel:
    title = Text(name_for_terminal(report.path))
    if report.error:
        body = Text(for_terminal(f"Asiakirjaa ei voitu tarkastaa: {report.error}"), style="bold red")
        return Panel(body, title=title, title_align="left", border_style="red")
    verdict_style = "bold red" if report.count("error") else "bold yellow" if report.count("warning") else "bold green"
    parts: list = [Text(verdict_text(report), style=verdict_style), Text(f"Asiakirjatyyppi: {report.doc_type}", style="dim")]
    for severity in ("error", "warning", "info"):
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        parts.append(Text(f"\n{SEVERITY_LABELS[severity]} ({len(found)})", style=SEVERITY_STYLES[severity]))
        parts.extend(Padding(_finding(f), (0, 0, 0, 1)) for f in found)
    border = "red" if report.count("error") else "yellow" if report.count("warning") else "green"
    return Panel(Group(*parts), title=title, title_align="left", border_style=border)


_YES_NO = {True: "kyllä", False: "ei", None: "–"}


def project_panel(project: ProjectReport) -> Panel:
    """One project: its documents and why they were grouped, the plan's goals followed through the
    other documents, and the hanke.* findings, each naming the document its place is in."""
    why = f"ryhmitelty: {project.basis}" if project.basis else "annettu valinnalla --hanke"
    names = ", ".join(name_for_terminal(os.path.basename(p)) for p in project.documents)
    parts: list = [Text(for_terminal(f"Asiakirjat ({why}): {names}"), style="dim")]
    if project.goals:
        table = Table(title="Tavoitteet asiakirjoittain", title_justify="left", show_lines=False)
        for column in ("Hankesuunnitelman tavoite", "Arvioitu", "Raportoitu", "Toteutuminen loppuraportissa"):
            table.add_column(column, overflow="fold")
        for row in project.goals:
            table.add_row(Text(for_terminal(row.goal)), _YES_NO[row.evaluated], _YES_NO[row.reported], Text(for_terminal(row.outcome_quote or "")))
        parts.append(table)
    if not project.findings:
        parts.append(Text("Asiakirjat ovat keskenään yhtäpitäviä. ✓", style="bold green"))
    for severity in ("error", "warning", "info"):
        found = [f for f in project.findings if f.severity == severity]
        if found:
            parts.append(Text(f"\n{SEVERITY_LABELS[severity]} ({len(found)})", style=SEVERITY_STYLES[severity]))
            parts.extend(Padding(_finding(f, f.path), (0, 0, 0, 1)) for f in found)
    border = "red" if project.count("error") else "yellow" if project.count("warning") else "green"
    return Panel(Group(*parts), title=Text(for_terminal(f"Hanke: {project.name}")), title_align="left", border_style=border)


def totals_line(report: Report) -> str:
    """"56 asiakirjaa: 33:ssa virheitä, 14 ilman huomautettavaa, 1 ei luettavissa"."""
    docs = report.documents
    unread = sum(1 for d in docs if d.error)
    errors = sum(1 for d in docs if not d.error and d.count("error"))
    clean = sum(1 for d in docs if not d.error and not any(d.count(s) for s in SEVERITY_LABELS))
    others = len(docs) - unread - errors - clean
    parts = [f"{inessive(errors)} virheitä"]
    if others:
        parts.append(f"{inessive(others)} vain varoituksia tai huomioita")
    parts.append(f"{clean} ilman huomautettavaa")
    if unread:
        parts.append(f"{unread} ei luettavissa")
    return f"{len(docs)} {'asiakirja' if len(docs) == 1 else 'asiakirjaa'}: {', '.join(parts)}"


def common_folder(paths: list[str]) -> str:
    """The folder all paths share ("" if none), so that a summary says it once."""
    parents = [os.path.dirname(p) for p in paths]
    try:
        common = os.path.commonpath(parents) if all(parents) else ""
    except ValueError:  # absolute and relative mixed
        return ""
    return common


def summary_table(report: Report) -> Table:
    """One row per document: what a funder officer sorts and compares; the shared folder once."""
    folder = common_folder([d.path for d in report.documents])
    caption = f"Kansio: {name_for_terminal(folder)}" if folder else None
    table = Table(title="Yhteenveto", caption=caption, title_justify="left", caption_justify="left", show_lines=False)
    table.add_column("Asiakirja", overflow="fold")
    table.add_column("Tyyppi")
    table.add_column("Virheet", justify="right", style="red")
    table.add_column("Varoitukset", justify="right", style="yellow")
    table.add_column("Huomiot", justify="right", style="cyan")
    for doc in report.documents:
        name = Text(name_for_terminal(os.path.relpath(doc.path, folder) if folder else doc.path))
        if doc.error:
            table.add_row(name, "—", "ei luettu", "", "")
        else:
            table.add_row(name, doc.doc_type or "", *(str(doc.count(s)) for s in ("error", "warning", "info")))
    return table


def render_text(report: Report, console: Console) -> None:
    """Each document, then for a batch the summary and its totals. Written to a file or a pipe,
    the summary is as wide as its longest name instead of being cut to the console's width."""
    for document in report.documents:
        console.print(rendered(document, _document))
    for project in report.projects:
        console.print(project_panel(project))
    if len(report.documents) > 1:
        table = summary_table(report)
        width = console.width
        if not console.is_terminal:
            console.width = max(width, Measurement.get(console, console.options.update_width(10_000), table).maximum)
        try:
            console.print(table)
        finally:
            console.width = width
        console.print(Text(totals_line(report), style="bold"), soft_wrap=True)
    if rows := audit_rows(report.tool, short=True):
        lines = [Text(AUDIT_TITLE, style="bold dim")]
        lines += [Text(for_terminal(f"  {label}: {value}"), style="dim") for label, value in rows]
        console.print(Group(*lines), soft_wrap=True)
