"""Limits and checks that run before any parser sees a file.

The files come from outside (applicants' attachments), so nothing is handed to python-docx, odfpy
or pdfplumber until it is known to be what its name says, small enough, and free of the tricks that
make parsers misbehave: zip bombs (a small file that inflates to gigabytes) and XML with a DTD
(entity expansion, external entities). Every refusal is a `ReadError` with a Finnish reason.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .errors import ReadError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
MAX_PACKAGE_ENTRIES = 10_000
_RATIO_FLOOR = 1024 * 1024  # a small part may compress well (repetitive XML); only big ones count
_CHUNK = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_PACKAGES = {
    ".docx": ("word/document.xml", "Word-asiakirja (.docx)"),
    ".odt": ("content.xml", "OpenDocument-tekstiasiakirja (.odt)"),
}
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

LEGACY_DOC = "vanhaa .doc-muotoa ei tueta; tallenna asiakirja .docx-muodossa"
ENCRYPTED_WORD = (
    "salasanalla suojattu tai salattu Word-tiedosto; poista suojaus (Tiedosto → Tiedot → Suojaa "
    "asiakirja) ja tallenna asiakirja uudelleen"
)


def megabytes(size: int) -> str:
    """A size as Finnish megabytes, for messages ("50 Mt")."""
    return f"{size / (1024 * 1024):.0f} Mt"


def thousands(number: int) -> str:
    """A number with Finnish digit grouping ("2 000 000")."""
    return f"{number:,}".replace(",", " ")


def sniff(path: str, suffix: str, data: bytes) -> None:
    """Refuse a file whose content is not what its suffix says, with the reason a user can act on."""
    if data.startswith(_OLE_MAGIC):
        raise ReadError(path, ENCRYPTED_WORD if _ENCRYPTED_OOXML in data else LEGACY_DOC)
    kinds = {".docx": "zip", ".odt": "zip", ".pdf": "pdf"}
    is_pdf = data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024])
    actual = "zip" if data.startswith(_ZIP_MAGIC) else "pdf" if is_pdf else None
    expected = kinds.get(suffix)
    if actual and actual != expected:
        names = {"zip": "zip-paketti (esimerkiksi Word- tai OpenDocument-asiakirja)", "pdf": "PDF-asiakirja"}
        raise ReadError(path, f"tiedoston sisältö on {names[actual]}, vaikka sen pääte on {suffix}; korjaa tiedostopääte")
    if expected == "pdf" and actual is None:
        raise ReadError(path, "tiedosto ei ole PDF-asiakirja (sen alusta puuttuu PDF-tunniste); se voi olla vioittunut tai muuta muotoa")
    if expected == "zip" and actual is None:
        _, name = _PACKAGES[suffix]
        raise ReadError(path, f"tiedosto ei ole {name}: sisältö ei ole zip-paketti; se voi olla vioittunut tai muuta muotoa")


def check_package(path: str, suffix: str, data: bytes) -> None:
    """Validate a .docx/.odt zip before parsing: size, compression ratio, main part, safe XML."""
    main_part, name = _PACKAGES[suffix]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReadError(path, f"{name} on vioittunut tai katkennut (zip-rakenne on rikki); tallenna asiakirja uudelleen") from None
    with archive:
        _check_sizes(path, infos)
        names = {info.filename for info in infos}
        if suffix == ".odt":
            _check_odt(path, archive, names)
        if main_part not in names:
            raise ReadError(path, f"zip-paketti ei ole {name}: siitä puuttuu {main_part}")
        budget = MAX_UNCOMPRESSED_BYTES
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                budget = _scan_xml(path, archive, info, budget)


def _check_sizes(path: str, infos: list[zipfile.ZipInfo]) -> None:
    bomb = "; tiedosto voi olla ns. zip-pommi, eikä sitä lueta"
    if len(infos) > MAX_PACKAGE_ENTRIES:
        raise ReadError(path, f"paketissa on yli {thousands(MAX_PACKAGE_ENTRIES)} osaa{bomb}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ReadError(path, f"tiedosto on purettuna {megabytes(total)}, enintään {megabytes(MAX_UNCOMPRESSED_BYTES)} sallitaan{bomb}")
    for info in infos:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ReadError(path, f"paketin osan {info.filename} pakkaussuhde on yli {MAX_COMPRESSION_RATIO}:1{bomb}")


def _check_odt(path: str, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "mimetype" in names and archive.read("mimetype").strip() != _ODT_MIMETYPE:
        raise ReadError(path, "tiedosto on OpenDocument-paketti mutta ei tekstiasiakirja (.odt); tallenna se tekstiasiakirjana")
    if "META-INF/manifest.xml" in names and b"encryption-data" in _inflate(path, archive, archive.getinfo("META-INF/manifest.xml"), _CHUNK * 4):
        raise ReadError(path, "salasanalla suojattu OpenDocument-tiedosto; poista salasana ja tallenna asiakirja uudelleen")


def _inflate(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A small part's bytes, read in chunks so that a lying header cannot make it larger than `cap`."""
    parts, size = [], 0
    for chunk in _chunks(path, archive, info):
        size += len(chunk)
        if size > cap:
            raise ReadError(path, f"paketin osa {info.filename} on odotettua suurempi; tiedosto voi olla ns. zip-pommi, eikä sitä lueta")
        parts.append(chunk)
    return b"".join(parts)


def _chunks(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo):
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise ReadError(path, f"paketin osa {info.filename} on vioittunut tai salattu; tallenna asiakirja uudelleen") from None


def _scan_xml(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Inflate one XML part in chunks against the size budget; refuse DTDs and entities.

    A DTD (and so any entity) can only stand in the prolog, before the root element: the prolog is
    parsed with a parser that forbids them, and the rest is searched for the declarations as bytes
    (a comment cannot hide one from that), so the part is not parsed twice (python-docx parses it
    next). A part in UTF-16, rare in practice, is parsed whole.
    """
    parser = DefusedXMLParser(target=_Ignore(), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    prolog_read = False
    try:
        for n, chunk in enumerate(_chunks(path, archive, info)):
            budget -= len(chunk)
            if budget < 0:
                raise ReadError(path, f"tiedosto purkautuu yli {megabytes(MAX_UNCOMPRESSED_BYTES)}:n kokoiseksi; tiedosto voi olla ns. zip-pommi, eikä sitä lueta")
            if n == 0 and chunk.startswith(_UTF16_BOMS):
                prolog_read = None  # parse it all
            if prolog_read is False and (root := _ELEMENT_START.search(chunk)):
                parser.feed(chunk[: root.start()])
                prolog_read = True
            elif not prolog_read:
                parser.feed(chunk)
            if any(declaration in chunk for declaration in _DECLARATIONS):
                raise DefusedXmlException()
        if prolog_read is not True:
            parser.close()
    except DefusedXmlException:
        raise ReadError(
            path, f"paketin osassa {info.filename} on DTD-määrittely tai entiteettejä, joita asiakirjoissa ei käytetä; tiedostoa ei lueta turvallisuussyistä"
        ) from None
    except ParseError:
        raise ReadError(path, f"paketin osa {info.filename} ei ole kelvollista XML:ää; asiakirja on vioittunut") from None
    return budget


_ELEMENT_START = re.compile(rb"<[^!?/]")  # the root element's start tag ends the prolog
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _Ignore:
    """A parser target with no callbacks: the prolog is only checked, no tree is built."""

    def close(self) -> None:
        return None
