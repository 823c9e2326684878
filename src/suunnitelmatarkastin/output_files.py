"""Files the checker writes: where they may go, and writing them so that nothing a user has is lost.

A report or a commented copy is written to a temporary file beside its target and renamed into
place (`os.replace`), so a full disk, a kill or a crash leaves the old file whole and no truncated
fragment. A rename replaces a symbolic link itself instead of writing through it. Before anything is
checked, `--tuloste` is compared with the inputs: a report never replaces a document being checked,
never lands inside a checked folder, and replaces an existing file only if it is one of our own
reports or the user said `--korvaa`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

DEFAULT_XLSX = "suunnitelmatarkastin-raportti.xlsx"  # where an XLSX report goes without --tuloste
CREATOR = "Suunnitelmatarkastin"  # the XLSX report's author property: tells our report from others
COPY_SUFFIX = ".tarkastettu"
_COPY_NAME = re.compile(r"\.tarkastettu(-\d+)?\.docx$", re.IGNORECASE)
_HEAD_BYTES = 64 * 1024
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class OutputRefused(Exception):
    """An output cannot go where asked; the message is Finnish, names the file and what to do."""


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Write `path` through a temporary file beside it, flushed to disk, then renamed into place."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".kesken")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_UMASK)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_WRITE_REASONS = {
    errno.ENOSPC: "levy on täynnä",
    errno.EDQUOT: "levytila (kiintiö) on täynnä",
    errno.EACCES: "kirjoitusoikeus puuttuu",
    errno.EPERM: "kirjoitusoikeus puuttuu",
    errno.EROFS: "levylle ei voi kirjoittaa (vain luku)",
    errno.ENOENT: "kansiota ei ole olemassa",
    errno.ENOTDIR: "polun osa ei ole kansio",
    errno.EISDIR: "polku on kansio",
    errno.EFBIG: "tiedosto kasvaisi liian suureksi",
    errno.EIO: "levyn luku- tai kirjoitusvirhe",
}


def write_reason(exc: OSError) -> str:
    """Why a write failed, in Finnish."""
    return _WRITE_REASONS.get(exc.errno, f"käyttöjärjestelmän virhe {exc.strerror or exc}")


def write_bytes(path: str | Path, data: bytes) -> None:
    atomic_write(path, lambda handle: handle.write(data))


def _real(path: str | Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(output: str | Path, inputs: Iterable[str], replace: bool) -> None:
    """Refuse an output that is an input, lies in a checked folder, or would replace a stranger's file."""
    target = Path(output)
    real = _real(target)
    for raw in inputs:
        given = Path(raw)
        if _real(given) == real or _same_file(given, target):
            raise OutputRefused(
                f"tuloste {shown(target)} on sama tiedosto kuin tarkastettava {shown(given)}, eikä raporttia kirjoiteta "
                "asiakirjan päälle; anna valinnalle --tuloste toinen nimi"
            )
        if given.is_dir() and real.is_relative_to(_real(given)):
            raise OutputRefused(
                f"tuloste {shown(target)} on tarkastettavan kansion {shown(given)} sisällä, jolloin raportti muuttaisi "
                "tarkastettavaa kansiota; anna valinnalla --tuloste tiedosto kansion ulkopuolelta"
            )
    if target.is_dir():
        raise OutputRefused(f"tuloste {shown(target)} on kansio; anna tiedoston nimi")
    if not target.parent.is_dir():
        raise OutputRefused(f"tulosteen {shown(target)} kansiota ei ole olemassa; luo kansio tai anna toinen polku")
    _check_writable(target)
    if (target.exists() or target.is_symlink()) and not replace and not is_our_report(target):
        raise OutputRefused(
            f"tiedosto {shown(target)} on jo olemassa eikä ole suunnitelmatarkastimen raportti, joten sitä ei korvata; "
            "anna toinen nimi tai salli korvaaminen valinnalla --korvaa"
        )


def _check_writable(target: Path) -> None:
    """Refuse, before any document is checked, an output whose folder takes no new file: a
    temporary file is made and removed there, as the atomic write will (permissions alone do not
    tell, e.g. for root or a read-only disk)."""
    try:
        descriptor, probe = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".kesken")
    except OSError as exc:
        raise OutputRefused(f"raporttia ei voi kirjoittaa tiedostoon {shown(target)}: {write_reason(exc)}; anna toinen polku") from None
    os.close(descriptor)
    os.unlink(probe)


def is_our_report(path: Path) -> bool:
    """Whether `path` is a report this tool wrote (any format), and so may be replaced by a new one."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
        if head.startswith(b"PK\x03\x04"):
            return _is_our_workbook(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return False
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    from .report.exporters import FINDING_COLUMNS, SUMMARY_COLUMNS

    return (
        (text.startswith("{") and '"schema": 1' in text and '"documents"' in text)
        or "<title>Suunnitelmatarkastimen raportti</title>" in text
        or text.startswith(tuple(";".join(columns) + "\r\n" for columns in (SUMMARY_COLUMNS, FINDING_COLUMNS)))
        or (text.startswith("╭") and ("Asiakirjatyyppi:" in text or "Asiakirjaa ei voitu tarkastaa:" in text))
    )


def _is_our_workbook(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("docProps/core.xml")
        if info.file_size > _HEAD_BYTES:
            return False
        return re.search(rb"<dc:creator[^>]*>" + CREATOR.encode() + rb"</dc:creator>", archive.read(info)) is not None


def shown(path: str | Path) -> str:
    """A path as a user may be shown it: undecodable bytes as �, control characters as escapes."""
    from .report.safe_text import name_for_terminal

    return name_for_terminal(str(path))


# --- the commented copies of `--merkitse` -----------------------------------------------------


def is_annotated_copy(name: str) -> bool:
    """Whether a file name is one of our commented copies (NAME.tarkastettu[-N].docx)."""
    return bool(_COPY_NAME.search(name))


def copy_names(source: str | Path) -> Iterator[Path]:
    """Names for the commented copy of `source`, in order of preference: NAME.tarkastettu.docx, then
    NAME.tarkastettu-2.docx and so on. A copy checked again gets a sibling, not NAME.tarkastettu.tarkastettu."""
    source = Path(source)
    base = _COPY_NAME.sub("", source.name) if is_annotated_copy(source.name) else source.stem
    yield source.with_name(base + COPY_SUFFIX + ".docx")
    number = 2
    while True:
        yield source.with_name(f"{base}{COPY_SUFFIX}-{number}.docx")
        number += 1
