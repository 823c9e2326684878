"""Read: a file of any supported format → a `Document` with blocks, tables and locations.

Reading is the part of the checker that meets untrusted files, so every failure — an unreadable
path, a wrong or broken format, a file too large, a hostile package — ends here as a `ReadError`
with a Finnish reason naming what to do, never a traceback.
"""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from lxml.etree import XMLSyntaxError

from ..models import Document
from .builder import DocumentBuilder
from .errors import ReadError
from .safety import LEGACY_DOC, MAX_FILE_BYTES, check_package, check_pdf, megabytes, sniff

SUPPORTED = (".docx", ".odt", ".pdf", ".md", ".txt")
REPORTED = SUPPORTED + (".doc",)  # found in folders too, so that a user learns they were not checked

_OS_REASONS = {
    errno.ENOENT: "tiedostoa ei löydy",
    errno.EACCES: "tiedoston lukuoikeus puuttuu",
    errno.EPERM: "tiedoston lukuoikeus puuttuu",
    errno.EISDIR: "polku on kansio, ei tiedosto",
    errno.ELOOP: "symbolinen linkki kiertää kehää (linkkisilmukka), joten tiedostoa ei löydy",
}
_FORMAT_FAILURE = {
    ".docx": "tiedosto ei ole luettava Word-asiakirja (.docx); se voi olla vioittunut tai muuta muotoa",
    ".odt": "tiedosto ei ole luettava OpenDocument-asiakirja (.odt); se voi olla vioittunut tai muuta muotoa",
    ".pdf": "tiedosto ei ole luettava PDF-asiakirja; se voi olla vioittunut tai katkennut",
    ".md": "tekstitiedostoa ei voitu lukea",
    ".txt": "tekstitiedostoa ei voitu lukea",
}


def read_document(path: str | Path) -> Document:
    """Read one document; any failure becomes a `ReadError` with a Finnish reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError(str(path), LEGACY_DOC)
    if suffix not in SUPPORTED:
        raise ReadError(str(path), f"tiedostomuotoa {suffix or '(ei päätettä)'} ei tueta; tuetut muodot ovat .docx, .odt, .pdf, .md ja .txt")
    data = _read_bytes(path)
    if not data.strip():
        raise ReadError(str(path), "tiedosto on tyhjä")
    sniff(str(path), suffix, data)
    builder = DocumentBuilder(str(path), suffix.lstrip("."))
    try:
        _read_format(path, suffix, data, builder)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(str(path), "asiakirja on liian suuri luettavaksi (muisti loppui)") from None
    except XMLSyntaxError:  # the safety check parses only the prolog; the parser finds the rest
        raise ReadError(str(path), "asiakirjan sisältö ei ole kelvollista XML:ää; asiakirja on vioittunut") from None
    except Exception:
        raise ReadError(str(path), _FORMAT_FAILURE[suffix]) from None
    document = builder.build()
    if not any(block.text for block in document.blocks):
        raise ReadError(str(path), "asiakirjasta ei löytynyt tekstiä")
    return document


def read_package(path: str | Path) -> bytes:
    """The bytes of a .docx that passes the package checks: for a file opened other than by
    `read_document` (the copy `--merkitse` edits, or our own earlier copy)."""
    path = Path(path)
    data = _read_bytes(path)
    sniff(str(path), ".docx", data)
    check_package(str(path), ".docx", data)
    return data


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file (a pipe would block) or is too large."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(str(path), _OS_REASONS[errno.EISDIR])
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(str(path), "polku ei ole tavallinen tiedosto (se on esimerkiksi laite tai putki)")
        if info.st_size > MAX_FILE_BYTES:
            raise ReadError(str(path), f"tiedosto on liian suuri ({megabytes(info.st_size)}); suurin tarkastettava koko on {megabytes(MAX_FILE_BYTES)}")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ReadError(str(path), _os_reason(path, exc)) from None
    if len(data) > MAX_FILE_BYTES:  # the file grew after stat
        raise ReadError(str(path), f"tiedosto on liian suuri; suurin tarkastettava koko on {megabytes(MAX_FILE_BYTES)}")
    return data


def _os_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT and path.is_symlink():
        return "symbolisen linkin kohdetta ei löydy (linkki on rikki)"
    return _OS_REASONS.get(exc.errno, f"tiedostoa ei voitu lukea (käyttöjärjestelmän virhe: {exc.strerror or exc})")


def _read_format(path: Path, suffix: str, data: bytes, builder: DocumentBuilder) -> None:
    if suffix in (".md", ".txt"):
        from .text_reader import decode_text, looks_binary, read_text

        text = decode_text(data)
        if looks_binary(text):
            raise ReadError(str(path), "tiedosto ei ole tekstitiedosto (siinä on binääridataa); tarkista tiedoston muoto ja pääte")
        read_text(text, builder, markdown=suffix == ".md")
    elif suffix == ".docx":
        from .docx_reader import read_docx

        check_package(str(path), suffix, data)
        read_docx(data, builder)
    elif suffix == ".odt":
        from .odt_reader import read_odt

        check_package(str(path), suffix, data)
        read_odt(data, builder)
    else:
        from .pdf_reader import read_pdf

        check_pdf(str(path), data)
        read_pdf(str(path), data, builder)


__all__ = ["ReadError", "read_document", "read_package", "SUPPORTED", "REPORTED", "Document"]
