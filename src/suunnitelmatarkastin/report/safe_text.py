"""Text from documents and file names is data in every output, never markup or a command.

A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates), newlines or
terminal escape sequences; a heading may hold control characters; a cell may begin with `=`. Each
output gets the text in the one form it can carry: the terminal without control characters, XLSX
without the C0 controls XML forbids, CSV without formulas, JSON with the raw bytes of an odd name.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import TypeVar

from ..models import DocumentReport, Report

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and newline, DEL, C1
_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_C1 = re.compile(r"[\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def displayable(text: str) -> str:
    """`text` with the undecodable bytes of a file name (lone surrogates) as replacement characters."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that did not come from a byte
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def for_terminal(text: str) -> str:
    """Document text for a terminal: no escape sequences or other control characters."""
    return _CONTROL.sub("", displayable(text))


def name_for_terminal(name: str) -> str:
    """A file name on one line: control characters (newlines too) shown as escapes such as \\n."""
    return _NAME_CONTROL.sub(lambda m: repr(m.group())[1:-1], displayable(name))


def for_xml(text: str) -> str:
    """Text for XLSX and HTML: the C0 controls XML forbids removed, and DEL and C1 (no use, only harm)."""
    return _XML_ILLEGAL.sub("", displayable(text))


def for_csv(text: str) -> str:
    """A CSV cell that a spreadsheet will not run: one that starts like a formula gets a leading '."""
    text = for_xml(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def for_output(report: Report) -> Report:
    """A copy of `report` whose every text is valid Unicode (lone surrogates replaced)."""
    return Report.model_validate(_clean(report.model_dump(by_alias=True)))


def _clean(value):
    if isinstance(value, str):
        return displayable(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def raw_name(path: str) -> str | None:
    """The bytes of a name that is not UTF-8, with backslash escapes (\\xff); None for a UTF-8 name."""
    if displayable(path) == path:
        return None
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def report_json(report: Report) -> str:
    """The JSON report (schema 1); a document whose name is not UTF-8 also has `path_bytes`."""
    data = json.loads(for_output(report).to_json())
    for document, original in zip(data["documents"], report.documents):
        if (raw := raw_name(original.path)) is not None:
            document["path_bytes"] = raw
    # JSON escapes C0 controls itself; DEL and C1 (a terminal may take \x9b for an escape) too here.
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2))


def rendered(document: DocumentReport, render: Callable[[DocumentReport], T]) -> T:
    """One document's part of a report; a fault in rendering it becomes that document's error
    (so the exit status is 2) instead of a traceback that costs the whole batch its report."""
    try:
        return render(document)
    except Exception as exc:  # the rest of the batch's report must still be written
        document.error = f"raportin laatiminen tästä asiakirjasta epäonnistui odottamattomasti ({type(exc).__name__})"
        document.doc_type, document.findings = None, []
        return render(document)
