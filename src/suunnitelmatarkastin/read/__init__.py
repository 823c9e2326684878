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
from .formats import INPUT_FORMATS, supported_list
from .safety import LEGACY_DOC, MAX_FILE_BYTES, megabytes, sniff

SUPPORTED = tuple(INPUT_FORMATS)
REPORTED = SUPPORTED + (".doc",)  # found in folders too, so that a user learns they were not checked

_OS_REASONS = {
    errno.ENOENT: "tiedostoa ei löydy",
    errno.EACCES: "tiedoston lukuoikeus puuttuu",
    errno.EPERM: "tiedoston lukuoikeus puuttuu",
    errno.EISDIR: "polku on kansio, ei tiedosto",
    errno.ELOOP: "symbolinen linkki kiertää kehää (linkkisilmukka), joten tiedostoa ei löydy",
}


def read_document(path: str | Path) -> Document:
    """Read one document; any failure becomes a `ReadError` with a Finnish reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError(str(path), LEGACY_DOC)
    fmt = INPUT_FORMATS.get(suffix)
    if fmt is None:
        raise ReadError(str(path), f"tiedostomuotoa {suffix or '(ei päätettä)'} ei tueta; tuetut muodot ovat {supported_list()}")
    data = _read_bytes(path)
    if not data.strip():
        raise ReadError(str(path), "tiedosto on tyhjä")
    sniff(str(path), suffix, data, fmt.signature, fmt.name)
    builder = DocumentBuilder(str(path), suffix.lstrip("."))
    try:
        if fmt.package_check:
            fmt.package_check(str(path), data)
        fmt.reader(str(path), data, builder)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(str(path), "asiakirja on liian suuri luettavaksi (muisti loppui)") from None
    except XMLSyntaxError:  # the safety check parses only the prolog; the parser finds the rest
        raise ReadError(str(path), "asiakirjan sisältö ei ole kelvollista XML:ää; asiakirja on vioittunut") from None
    except Exception:
        raise ReadError(str(path), fmt.failure) from None
    document = builder.build()
    if not any(block.text for block in document.blocks):
        raise ReadError(str(path), "asiakirjasta ei löytynyt tekstiä")
    return document


def read_package(path: str | Path) -> bytes:
    """The bytes of a .docx that passes the package checks: for a file opened other than by
    `read_document` (the copy `--merkitse` edits, or our own earlier copy)."""
    path = Path(path)
    data = _read_bytes(path)
    docx = INPUT_FORMATS[".docx"]
    sniff(str(path), docx.suffix, data, docx.signature, docx.name)
    docx.package_check(str(path), data)
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


__all__ = ["ReadError", "read_document", "read_package", "SUPPORTED", "REPORTED", "Document"]
