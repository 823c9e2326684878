"""Reports to compare and sort outside the terminal: CSV and XLSX (`writers` writes them).

The CSV is written for Finnish Excel (UTF-8 with a byte-order mark so that ä and ö survive, `;` as
the delimiter); the XLSX has a summary sheet and a findings sheet ready for filtering. Document
text is data in both: a CSV cell that starts like a formula is neutralised with a leading ', an XLSX
cell is stored as text, and characters XML cannot hold are removed. Files are written atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..models import SEVERITY_WORDS, DocumentReport, ProjectReport, Report
from ..output_files import CREATOR, atomic_write
from .html import SEVERITIES
from .safe_text import for_csv, for_xml
from .verdict import AUDIT_TITLE, audit_line, audit_rows, verdict_text

# The last two columns of both layouts: the document's verdict, and the audit block on one line
# (version, packs and profiles with hashes, settings, time) on every row, so that the table keeps
# its one shape for CSV readers and a row sorted or filtered away from the rest still says how it was made.
VERDICT_COLUMNS = ("tuomio", "tarkastus")
SUMMARY_COLUMNS = ("polku", "tyyppi", "tyyppi_tunnistettu", "virheet", "varoitukset", "huomiot", "lukuvirhe", "virhekoodi", "säännöt", *VERDICT_COLUMNS)
FINDING_COLUMNS = (
    "polku", "tyyppi", "virheet", "varoitukset", "huomiot", "lukuvirhe", "virhekoodi",
    "vakavuusjärjestys", "vakavuus", "sääntö", "viesti", "kohde", "osio", "sivu", "taulukko", "rivi", "sarake",
    "kohta", "korjausohje", "kuitattu", *VERDICT_COLUMNS,
)
CSV_LAYOUTS = ("havainnot", "yhteenveto")
UNREAD = "ei luettavissa"  # the severity word of an unreadable document's row
# Sorts ascending from the most urgent: an unreadable document, then error, warning, info.
SEVERITY_RANK = {"unread": 0, "error": 1, "warning": 2, "info": 3}
_MAX_WIDTH = 60  # characters; longer texts wrap

Row = list[str | int | None]


def _source(doc: DocumentReport) -> str | None:
    """"kyllä" when the type was detected, "ei" when --tyyppi gave it; None for an unread document."""
    return None if doc.doc_type_source is None else "kyllä" if doc.doc_type_source == "tunnistettu" else "ei"


def _counts(doc: DocumentReport) -> Row:
    return [None] * 3 if doc.error else [doc.count(s) for s in SEVERITIES]


def summary_rows(report: Report) -> list[Row]:
    """One row per document; an unreadable document has its reason in `lukuvirhe` and no counts."""
    audit = audit_line(report.tool)
    return [
        [doc.path, doc.doc_type, _source(doc), *_counts(doc), doc.error, doc.error_code, " ".join(sorted({f.rule for f in doc.findings})), verdict_text(doc), audit]
        for doc in report.documents
    ]


def _one_based(value: int | None) -> int | None:
    return None if value is None else value + 1


def finding_rows(report: Report) -> list[Row]:
    """One row per finding, each with its document's path, type and counts (for sorting and mail
    merge); an unreadable document gets one row with its reason, and a document with nothing to
    remark one row saying so, so that no document is missing from the sheet; then each project's
    findings. Positions are 1-based."""
    rows: list[Row] = []
    audit = audit_line(report.tool)
    for doc in report.documents:
        head = [doc.path, doc.doc_type, *_counts(doc), doc.error, doc.error_code]
        tail = [verdict_text(doc), audit]
        if doc.error:
            rows.append([*head, SEVERITY_RANK["unread"], UNREAD] + [None] * 11 + tail)
            continue
        if not doc.findings:
            rows.append([*head, None, None, None, "Ei huomautettavaa."] + [None] * 9 + tail)
        for f in doc.findings:
            where = f.location
            rows.append(
                [
                    *head, SEVERITY_RANK[f.severity], SEVERITY_WORDS[f.severity], f.rule, f.message, f.target, where.section,
                    where.page, _one_based(where.table), _one_based(where.row), _one_based(where.cell), where.quote, f.hint, f.accepted,
                    *tail,
                ]
            )
    for project in report.projects:
        rows.extend(_project_finding_rows(project, audit))
    return rows


def _project_finding_rows(project: ProjectReport, audit: str) -> list[Row]:
    """A project's hanke.* findings in the findings table: type "hanke", the path of the document
    the finding points into, and the project's name in the verdict column (a project has no verdict
    of its own), so a filter on type or rule shows what the documents disagree on."""
    verdict = f"Hanke {project.name}"
    return [
        [
            f.path, "hanke", None, None, None, None, None, SEVERITY_RANK[f.severity], SEVERITY_WORDS[f.severity], f.rule, f.message,
            f.target, f.location.section, f.location.page, None, None, None, f.location.quote, f.hint, f.accepted, verdict, audit,
        ]
        for f in project.findings
    ]


def render_csv(report: Report, layout: str = "havainnot") -> str:
    """The CSV: one row per finding (`havainnot`) or one per document (`yhteenveto`)."""
    columns, rows = (SUMMARY_COLUMNS, summary_rows(report)) if layout == "yhteenveto" else (FINDING_COLUMNS, finding_rows(report))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(columns)
    writer.writerows([for_csv(v) if isinstance(v, str) else v for v in row] for row in rows)
    return buffer.getvalue()


def _sheet(workbook: Workbook, title: str, columns: tuple[str, ...], rows: list[list], first: bool) -> None:
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    sheet.append(columns)
    for row in rows:
        sheet.append([for_xml(v) if isinstance(v, str) else v for v in row])
    widths = [len(name) for name in columns]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                # Document text is data: "=…" must not become an Excel formula.
                cell.data_type = "s"
            widths[cell.column - 1] = max(widths[cell.column - 1], len(str(cell.value or "")))
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(width, _MAX_WIDTH) + 2
        if width > _MAX_WIDTH:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=number, max_col=number):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


PROJECT_COLUMNS = (
    "laji", "tavoite", "arvioitu", "arviointisuunnitelmassa", "raportoitu", "loppuraportissa",
    "vakavuus", "sääntö", "viesti", "asiakirja", "osio", "kohta", "korjausohje", "kuitattu",
)
_YES_NO = {True: "kyllä", False: "ei", None: None}
_SHEET_NAME = 31  # characters Excel allows in a sheet's name


def project_rows(project: ProjectReport) -> list[Row]:
    """A project's sheet: the plan's goals followed through the other documents, then its findings."""
    rows: list[Row] = [
        ["tavoite", g.goal, _YES_NO[g.evaluated], g.evaluation_quote, _YES_NO[g.reported], g.outcome_quote] + [None] * 8 for g in project.goals
    ]
    for f in project.findings:
        rows.append(
            ["havainto", f.target, None, None, None, None, SEVERITY_WORDS[f.severity], f.rule, f.message, f.path, f.location.section, f.location.quote, f.hint, f.accepted]
        )
    return rows


def _project_sheet_name(project: ProjectReport, taken: set[str]) -> str:
    """"Hanke Kohtaamo", without the characters Excel refuses in a name, short and unique."""
    base = "Hanke " + "".join(ch for ch in for_xml(project.name) if ch not in '[]:*?/\\')
    name, number = base[:_SHEET_NAME], 1
    while name.lower() in taken:
        number += 1
        name = f"{base[: _SHEET_NAME - len(str(number)) - 1]} {number}"
    taken.add(name.lower())
    return name


def render_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    workbook.properties.creator = CREATOR
    _sheet(workbook, "Yhteenveto", SUMMARY_COLUMNS, summary_rows(report), first=True)
    _sheet(workbook, "Havainnot", FINDING_COLUMNS, finding_rows(report), first=False)
    taken = {"yhteenveto", "havainnot", AUDIT_TITLE.lower()}
    for project in report.projects:
        _sheet(workbook, _project_sheet_name(project, taken), PROJECT_COLUMNS, project_rows(project), first=False)
    if report.tool:
        _sheet(workbook, AUDIT_TITLE, ("tieto", "arvo"), [list(row) for row in audit_rows(report.tool)], first=False)
    atomic_write(path, workbook.save)
