"""Limits and checks that run before any parser sees a file.

The files come from outside (applicants' attachments), so nothing is handed to python-docx, odfpy
or pdfplumber until it is known to be what its name says, small enough, and free of the tricks that
make parsers misbehave: zip bombs (a small file that inflates to gigabytes), XML with a DTD
(entity expansion, external entities) in any encoding, attributes that multiply content
(`w:gridSpan`, `table:number-*-repeated`, `text:s text:c`), nesting deep enough to exhaust a
recursive reader, a macro document or template under a .docx name, and PDF streams that inflate
far beyond the file. Every refusal is a `ReadError` with a Finnish reason naming the limit.
"""

from __future__ import annotations

import io
import pyexpat
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

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
DOCX_NAME = "Word-asiakirja (.docx)"
ODT_NAME = "OpenDocument-tekstiasiakirja (.odt)"
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


def sniff(path: str, suffix: str, data: bytes, expected: str | None, name: str) -> None:
    """Refuse a file whose content is not what its suffix says, with the reason a user can act on.

    `expected` is the signature the format's content starts with ("zip", "pdf", or None for plain
    text) and `name` the format's Finnish name, both from the format's row in `formats.INPUT_FORMATS`.
    """
    if data.startswith(_OLE_MAGIC):
        raise ReadError(path, ENCRYPTED_WORD if _ENCRYPTED_OOXML in data else LEGACY_DOC)
    is_pdf = data.startswith(b"%PDF-") or (expected == "pdf" and b"%PDF-" in data[:1024])
    actual = "zip" if data.startswith(_ZIP_MAGIC) else "pdf" if is_pdf else None
    if actual and actual != expected:
        names = {"zip": "zip-paketti (esimerkiksi Word- tai OpenDocument-asiakirja)", "pdf": "PDF-asiakirja"}
        raise ReadError(path, f"tiedoston sisältö on {names[actual]}, vaikka sen pääte on {suffix}; korjaa tiedostopääte")
    if expected == "pdf" and actual is None:
        raise ReadError(path, "tiedosto ei ole PDF-asiakirja (sen alusta puuttuu PDF-tunniste); se voi olla vioittunut tai muuta muotoa")
    if expected == "zip" and actual is None:
        raise ReadError(path, f"tiedosto ei ole {name}: sisältö ei ole zip-paketti; se voi olla vioittunut tai muuta muotoa")


def check_docx(path: str, data: bytes) -> None:
    """Validate a .docx package before parsing; a macro document or template gets its own reason."""
    with _package(path, data, DOCX_NAME) as (archive, names):
        _require(path, names, "word/document.xml", DOCX_NAME)
        if _CONTENT_TYPES in names:
            _check_word_kind(path, _inflate(path, archive, archive.getinfo(_CONTENT_TYPES), _CHUNK * 4))


def check_odt(path: str, data: bytes) -> None:
    """Validate an .odt package before parsing; another OpenDocument kind or encryption is refused."""
    with _package(path, data, ODT_NAME) as (archive, names):
        _check_odt(path, archive, names)
        _require(path, names, "content.xml", ODT_NAME)


@contextmanager
def _package(path: str, data: bytes, name: str) -> Iterator[tuple[zipfile.ZipFile, set[str]]]:
    """Open a zip package checked for size and compression; after the format's own checks (the
    body), scan every XML part for DTDs, entities, depth and amplifying attributes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReadError(path, f"{name} on vioittunut tai katkennut (zip-rakenne on rikki); tallenna asiakirja uudelleen") from None
    with archive:
        _check_sizes(path, infos)
        yield archive, {info.filename for info in infos}
        budget = MAX_UNCOMPRESSED_BYTES
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                budget = _scan_xml(path, archive, info, budget)


def _require(path: str, names: set[str], main_part: str, name: str) -> None:
    if main_part not in names:
        raise ReadError(path, f"zip-paketti ei ole {name}: siitä puuttuu {main_part}")


_CONTENT_TYPES = "[Content_Types].xml"
_OVERRIDE = re.compile(rb"<(?:\w+:)?Override\b[^>]*>")
_WORD_KINDS = (  # (words in the main part's content type, reason), the first that matches
    (
        ("macroenabledtemplate",),
        "tiedosto on makroja sisältävä Word-malli (.dotm), vaikka sen pääte on .docx; makroja ei suoriteta eikä tiedostoa "
        "lueta – avaa se Wordissa ja tallenna tavallisena asiakirjana (.docx)",
    ),
    (
        ("macroenabled",),
        "tiedosto on makroja sisältävä Word-asiakirja (.docm), vaikka sen pääte on .docx; makroja ei suoriteta eikä "
        "tiedostoa lueta – tallenna asiakirja Wordissa tavallisena .docx-asiakirjana",
    ),
    (
        (".template.",),
        "tiedosto on Word-asiakirjamalli (.dotx), vaikka sen pääte on .docx; avaa malli Wordissa ja tallenna se asiakirjana (.docx)",
    ),
)


def _check_word_kind(path: str, content_types: bytes) -> None:
    """A macro document or a template renamed .docx gets its own reason, not a parse error."""
    for tag in _OVERRIDE.findall(content_types):
        if b"/word/document.xml" not in tag:
            continue
        found = re.search(rb'ContentType\s*=\s*["\']([^"\']*)', tag)
        kind = found.group(1).decode("latin-1").lower() if found else ""
        for words, reason in _WORD_KINDS:
            if all(word in kind for word in words):
                raise ReadError(path, reason)


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


class _Forbidden(Exception):
    """A DTD or an entity declaration: never in a real document, the root of entity attacks."""


def _forbid(*args) -> None:
    raise _Forbidden()


class _RootReached(Exception):
    """A flat part's root element began: no DTD, and so no entity declaration, can follow it."""


def _root_reached(*args) -> None:
    raise _RootReached()


def _parser(limits: _Limits | None) -> pyexpat.XMLParserType:
    """An expat parser (C, no tree) that refuses DTDs and entities, as defusedxml does, and reports
    each element to `limits` (none: the part is only checked for a DTD, which XML allows only
    before the root element, so the parse stops there)."""
    parser = pyexpat.ParserCreate(namespace_separator="}")
    if limits is not None:
        parser.StartElementHandler = limits.start
        parser.EndElementHandler = limits.end
    else:
        parser.StartElementHandler = _root_reached
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    return parser


def _scan_xml(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Inflate one XML part in chunks against the size budget and parse it as it comes.

    The whole part goes through a parser that forbids DTDs and entities, in whatever encoding the
    part declares (UTF-16 included) and wherever a declaration falls between chunks. The parser
    builds no tree: it counts the nesting depth and reads the attributes that multiply content
    (`w:gridSpan`, `table:number-*-repeated`, `text:s text:c`), so that an attack is refused
    here, with the limit named, before python-docx or odfpy sees it. A flat part (`_FLAT_PARTS`)
    is read only up to its root element: a DTD cannot come after it (lxml refuses one there as
    malformed), and its styles are most of a styled .docx's XML (38 of 40 MB in the corpus).
    """
    parser = _parser(None if _FLAT_PARTS.fullmatch(info.filename) else _Limits(path, info.filename))
    try:
        for chunk in _chunks(path, archive, info):
            budget -= len(chunk)
            if budget < 0:
                raise ReadError(path, f"tiedosto purkautuu yli {megabytes(MAX_UNCOMPRESSED_BYTES)}:n kokoiseksi; tiedosto voi olla ns. zip-pommi, eikä sitä lueta")
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _RootReached:
        pass
    except _Forbidden:
        raise ReadError(
            path, f"paketin osassa {info.filename} on DTD-määrittely tai entiteettejä, joita asiakirjoissa ei käytetä; tiedostoa ei lueta turvallisuussyistä"
        ) from None
    except pyexpat.ExpatError:
        raise ReadError(path, f"paketin osa {info.filename} ei ole kelvollista XML:ää; asiakirja on vioittunut") from None
    return budget


MAX_XML_DEPTH = 200  # a real document nests a few dozen levels; the parsers recurse
# Word's style, theme, font and settings parts: only lxml parses them (whose own depth limit, 256,
# refuses deeper nesting with an error) and they are read as flat lists, never walked recursively,
# and none carries a multiplying attribute; counting their elements one by one in Python took most
# of the time of the whole check (a styled template's styles are hundreds of thousands of elements).
# They are still refused for a DTD (and so for any entity declaration), read up to the root element.
_FLAT_PARTS = re.compile(r"word/(?:styles|stylesWithEffects|fontTable|settings|webSettings)\.xml|word/theme/theme\d+\.xml")
# Attribute (namespace-free name) → the largest value any office program writes.
_MULTIPLIERS = {
    "gridSpan": 1_000,  # Word allows 63 columns
    "number-columns-repeated": 16_384,  # a spreadsheet's columns
    "number-rows-repeated": 1_048_576,  # a spreadsheet's rows
}
_MULTIPLIER_NAMES = tuple(_MULTIPLIERS)
_SPACES = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}s"  # expat's "namespace}name"
_SPACE_COUNT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}c"
MAX_SPACE_RUN = 10_000


class _Limits:
    """A parser target that builds no tree: it refuses nesting and attributes that would amplify."""

    def __init__(self, path: str, part: str) -> None:
        self.path, self.part = path, part
        self.depth = 0
        self.spaces = 0

    def _refuse(self, what: str) -> None:
        raise ReadError(self.path, f"paketin osassa {self.part} {what}; tiedosto voi olla tehty kaatamaan lukijan, eikä sitä lueta")

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        # Called for every element (hundreds of thousands in a styled .docx): a cheap `endswith`
        # comes before any splitting of names.
        self.depth += 1
        if self.depth > MAX_XML_DEPTH:
            self._refuse(f"on sisäkkäisiä rakenteita yli {MAX_XML_DEPTH} tasoa")
        if not attrib:
            return
        if tag.endswith("gridSpan") and tag.rpartition("}")[2] == "gridSpan":
            self._check("gridSpan", attrib)
        if tag == _SPACES and (count := _number(attrib.get(_SPACE_COUNT))) is not None:
            self.spaces += count
            if count > MAX_SPACE_RUN or self.spaces > MAX_TEXT_CHARS:
                self._refuse(f"on välilyöntimerkintä (text:c), josta tulisi liikaa tekstiä (yksi enintään {thousands(MAX_SPACE_RUN)})")
        for name in attrib:
            if name.endswith(_MULTIPLIER_NAMES) and (local := name.rpartition("}")[2]) in _MULTIPLIERS:
                self._check(local, attrib, name)

    def _check(self, what: str, attrib: dict[str, str], key: str | None = None) -> None:
        values = [attrib[key]] if key else [v for k, v in attrib.items() if k.rpartition("}")[2] == "val"]
        for value in values:
            number = _number(value)
            if number is not None and number > _MULTIPLIERS[what]:
                self._refuse(f"on {what}-arvo {thousands(number)}, kun suurin sallittu on {thousands(_MULTIPLIERS[what])}")

    def end(self, tag: str) -> None:
        self.depth -= 1

    def close(self) -> None:
        return None


def _number(value: str | None) -> int | None:
    """An attribute's whole number (a huge one capped, not converted); anything else is None."""
    digits = (value or "").strip()
    if not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits) if len(digits) <= 18 else 10**18


# PDF streams: pdfminer inflates a Flate stream whole, so a small file could become gigabytes.
_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def check_pdf(path: str, data: bytes) -> None:
    """Inflate every Flate stream of a PDF against the same limits as a zip package, before parsing:
    at most `MAX_UNCOMPRESSED_BYTES` in all, and no big stream compressed more than 100:1."""
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        stream = data[match.end() : end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        size = 0
        try:
            piece = inflater.decompress(stream, _CHUNK)
            while piece:
                size += len(piece)
                total += len(piece)
                if total > MAX_UNCOMPRESSED_BYTES or (size > _RATIO_FLOOR and size > MAX_COMPRESSION_RATIO * len(stream)):
                    raise ReadError(
                        path,
                        f"PDF-tiedoston pakattu sisältö purkautuisi liian suureksi (yli {megabytes(MAX_UNCOMPRESSED_BYTES)} tai pakkaussuhde "
                        f"yli {MAX_COMPRESSION_RATIO}:1); tiedosto voi olla ns. pakkauspommi, eikä sitä lueta",
                    )
                piece = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error:  # not a Flate stream (an image, another filter) or a broken one
            continue
