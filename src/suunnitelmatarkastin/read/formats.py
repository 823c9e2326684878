"""The input formats: one row per file suffix, everything reading needs to know about a format.

A row names the format's content signature (what `safety.sniff` expects the bytes to start with),
the safety check that runs before any parser sees the file, the reader that fills a
`DocumentBuilder`, and the Finnish reason shown when the parser fails. `read_document` only looks
the suffix up here, so a new format is one reader module plus one row (see CONTRIBUTING.md).
Readers are imported when first used: a check of .txt files never loads pdfplumber.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from .builder import DocumentBuilder
from .errors import ReadError
from .safety import DOCX_NAME, ODT_NAME, check_docx, check_odt, check_pdf

Reader = Callable[[str, bytes, DocumentBuilder], None]  # (path, bytes, builder): fills the builder
PackageCheck = Callable[[str, bytes], None]  # (path, bytes): raises ReadError before parsing


@dataclass(frozen=True)
class InputFormat:
    """One readable format. `signature` is "zip", "pdf" or None (plain text, no magic bytes)."""

    suffix: str
    name: str
    reader: Reader
    failure: str
    signature: str | None = None
    package_check: PackageCheck | None = None


def lazy(module: str, function: str) -> Reader:
    """A reader `function(path, data, builder)` in `read/<module>.py`, imported on first use."""

    def read(path: str, data: bytes, builder: DocumentBuilder) -> None:
        getattr(importlib.import_module(f".{module}", __package__), function)(path, data, builder)

    return read


def _text(markdown: bool) -> Reader:
    """Plain text or Markdown: decoded (the encoding guessed), refused if it is binary data."""

    def read(path: str, data: bytes, builder: DocumentBuilder) -> None:
        from .text_reader import decode_text, looks_binary, read_text

        text = decode_text(data)
        if looks_binary(text):
            raise ReadError(path, "tiedosto ei ole tekstitiedosto (siinä on binääridataa); tarkista tiedoston muoto ja pääte")
        read_text(text, builder, markdown=markdown)

    return read


def _docx(path: str, data: bytes, builder: DocumentBuilder) -> None:
    from .docx_reader import read_docx

    read_docx(data, builder)


def _odt(path: str, data: bytes, builder: DocumentBuilder) -> None:
    from .odt_reader import read_odt

    read_odt(data, builder)


_TEXT_FAILURE = "tekstitiedostoa ei voitu lukea"

INPUT_FORMATS: dict[str, InputFormat] = {
    f.suffix: f
    for f in (
        InputFormat(".docx", DOCX_NAME, _docx, "tiedosto ei ole luettava Word-asiakirja (.docx); se voi olla vioittunut tai muuta muotoa", "zip", check_docx),
        InputFormat(".odt", ODT_NAME, _odt, "tiedosto ei ole luettava OpenDocument-asiakirja (.odt); se voi olla vioittunut tai muuta muotoa", "zip", check_odt),
        InputFormat(".pdf", "PDF-asiakirja", lazy("pdf_reader", "read_pdf"), "tiedosto ei ole luettava PDF-asiakirja; se voi olla vioittunut tai katkennut", "pdf", check_pdf),
        InputFormat(".md", "Markdown-tiedosto", _text(markdown=True), _TEXT_FAILURE),
        InputFormat(".txt", "tekstitiedosto", _text(markdown=False), _TEXT_FAILURE),
    )
}


def supported_list() -> str:
    """The suffixes as Finnish prose for messages: ".docx, .odt, .pdf, .md ja .txt"."""
    *rest, last = INPUT_FORMATS
    return f"{', '.join(rest)} ja {last}" if rest else last
