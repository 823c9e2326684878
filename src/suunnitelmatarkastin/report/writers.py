"""The output formats: one row per `--muoto` choice, naming the function that writes the report.

Every writer takes the report, the `--tuloste` path (None: standard output) and the `--csv` layout,
and writes through `output_files`, so a file is replaced atomically. A binary format never goes to
a terminal: without `--tuloste` it is saved under `default_file` in the current folder. A new
format is one writer function plus one row (see CONTRIBUTING.md); the renderers are imported when
used, so `--muoto teksti` never loads openpyxl.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..models import Report
from ..output_files import DEFAULT_XLSX, write_bytes

Writer = Callable[[Report, str | None, str], None]  # (report, output or None, csv layout)


@dataclass(frozen=True)
class OutputFormat:
    """One report format; `default_file` is set for a binary format, which stdout does not take."""

    name: str
    write: Writer
    default_file: str | None = None

    def target(self, output: str | None) -> str | None:
        """The file this format's report goes to; None for standard output."""
        return output or self.default_file


def emit(data: bytes, output: str | None) -> None:
    """Bytes to `output` (atomically) or to standard output after anything already printed."""
    if output:
        write_bytes(output, data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def emit_text(text: str, output: str | None) -> None:
    """Text to `output` as UTF-8 (atomically) or to standard output in its own encoding."""
    if output:
        write_bytes(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)


def _text(report: Report, output: str | None, csv_layout: str) -> None:
    """Rich panels: coloured on a terminal, plain 100 columns wide in a file."""
    from rich.console import Console

    from .text import render_text

    if output is None:
        render_text(report, Console())
        return
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=100, force_terminal=False))
    emit_text(buffer.getvalue(), output)


def _json(report: Report, output: str | None, csv_layout: str) -> None:
    from .safe_text import report_json

    emit_text(report_json(report) + "\n", output)


def _html(report: Report, output: str | None, csv_layout: str) -> None:
    from .html import render_html

    emit(render_html(report).encode("utf-8"), output)


def _csv(report: Report, output: str | None, csv_layout: str) -> None:
    """UTF-8 with a byte-order mark, for Finnish Excel."""
    from .exporters import render_csv

    emit(render_csv(report, csv_layout).encode("utf-8-sig"), output)


def _xlsx(report: Report, output: str | None, csv_layout: str) -> None:
    from .exporters import render_xlsx

    target = Path(output or DEFAULT_XLSX)
    render_xlsx(report, target)
    if output is None:
        print(f"XLSX-raportti tallennettiin tiedostoon {target.resolve()} (muun nimen voi antaa valinnalla --tuloste).", file=sys.stderr)


OUTPUT_FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("teksti", _text),
        OutputFormat("json", _json),
        OutputFormat("html", _html),
        OutputFormat("csv", _csv),
        OutputFormat("xlsx", _xlsx, default_file=DEFAULT_XLSX),
    )
}


def write(report: Report, fmt: str, output: str | None, csv_layout: str = "havainnot") -> None:
    """Write the report in format `fmt` (a key of `OUTPUT_FORMATS`) to `output` or standard output."""
    OUTPUT_FORMATS[fmt].write(report, output, csv_layout)
