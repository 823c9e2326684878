"""Reports to compare and sort outside the terminal: HTML, CSV and XLSX.

The CSV is written for Finnish Excel (UTF-8 with a byte-order mark so that ä and ö survive, `;` as
the delimiter); the XLSX has a summary sheet and a findings sheet ready for filtering.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..models import SEVERITY_WORDS, Report
from .html import SEVERITIES, render_html

DEFAULT_XLSX = "suunnitelmatarkastin-raportti.xlsx"
SUMMARY_COLUMNS = ("polku", "tyyppi", "virheet", "varoitukset", "huomiot", "virhe", "säännöt")
FINDING_COLUMNS = ("polku", "sääntö", "vakavuus", "viesti", "kohde", "osio", "kappale", "korjausohje")
_MAX_WIDTH = 60  # characters; longer texts wrap


def summary_rows(report: Report) -> list[list[str | int | None]]:
    """One row per document; an unreadable document has its reason in `virhe` and no counts."""
    rows: list[list[str | int | None]] = []
    for doc in report.documents:
        counts = [None] * 3 if doc.error else [doc.count(s) for s in SEVERITIES]
        rules = " ".join(sorted({f.rule for f in doc.findings}))
        rows.append([doc.path, doc.doc_type, *counts, doc.error, rules])
    return rows


def finding_rows(report: Report) -> list[list[str | int | None]]:
    """One row per finding; `kappale` is 1-based like the place in the text report."""
    return [
        [
            doc.path,
            f.rule,
            SEVERITY_WORDS[f.severity],
            f.message,
            f.target,
            f.location.section,
            None if f.location.paragraph is None else f.location.paragraph + 1,
            f.hint,
        ]
        for doc in report.documents
        for f in doc.findings
    ]


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(SUMMARY_COLUMNS)
    writer.writerows(summary_rows(report))
    return buffer.getvalue()


def _sheet(workbook: Workbook, title: str, columns: tuple[str, ...], rows: list[list], first: bool) -> None:
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    sheet.append(columns)
    for row in rows:
        sheet.append(row)
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


def render_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    _sheet(workbook, "Yhteenveto", SUMMARY_COLUMNS, summary_rows(report), first=True)
    _sheet(workbook, "Havainnot", FINDING_COLUMNS, finding_rows(report), first=False)
    workbook.save(path)


def write(report: Report, fmt: str, output: str | None) -> None:
    """Write the report as html, csv or xlsx to `output`, or to standard output.

    XLSX is binary and never goes to a terminal: without `output` it is saved in the current folder
    under a fixed name, and stderr says where.
    """
    if fmt == "xlsx":
        target = Path(output or DEFAULT_XLSX)
        render_xlsx(report, target)
        if output is None:
            print(f"XLSX-raportti tallennettiin tiedostoon {target.resolve()} (muun nimen voi antaa valinnalla --tuloste).", file=sys.stderr)
        return
    if fmt == "html":
        data = render_html(report).encode("utf-8")
    elif fmt == "csv":
        data = render_csv(report).encode("utf-8-sig")
    else:
        raise ValueError(f"tuntematon raporttimuoto: {fmt}")
    if output:
        Path(output).write_bytes(data)
    else:
        sys.stdout.flush()  # anything already written as text goes first
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
