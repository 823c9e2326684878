"""Read: a file of any supported format → a `Document` with blocks, tables and locations."""

from __future__ import annotations

from pathlib import Path

from ..models import Document
from .builder import DocumentBuilder
from .errors import ReadError

SUPPORTED = (".docx", ".odt", ".pdf", ".md", ".txt")


def read_document(path: str | Path) -> Document:
    """Read one document; any failure becomes a `ReadError` with a Finnish reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReadError(str(path), f"tiedostomuotoa {suffix or '(ei päätettä)'} ei tueta; tuetut muodot ovat .docx, .odt, .pdf, .md ja .txt")
    builder = DocumentBuilder(str(path), suffix.lstrip("."))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "tiedostoa ei löydy") from None
    except PermissionError:
        raise ReadError(str(path), "tiedoston lukuoikeus puuttuu") from None
    except IsADirectoryError:
        raise ReadError(str(path), "polku on kansio, ei tiedosto") from None
    except OSError as exc:
        raise ReadError(str(path), f"tiedostoa ei voitu lukea ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReadError(str(path), "tiedosto on tyhjä")
    try:
        _read_format(path, suffix, data, builder)
    except ReadError:
        raise
    except Exception:
        raise ReadError(str(path), _FORMAT_FAILURE[suffix]) from None
    document = builder.build()
    if not any(block.text for block in document.blocks):
        raise ReadError(str(path), "asiakirjasta ei löytynyt tekstiä")
    return document


_FORMAT_FAILURE = {
    ".docx": "tiedosto ei ole luettava Word-asiakirja (.docx); se voi olla vioittunut tai muuta muotoa",
    ".odt": "tiedosto ei ole luettava OpenDocument-asiakirja (.odt)",
    ".pdf": "tiedosto ei ole luettava PDF-asiakirja",
    ".md": "tekstitiedostoa ei voitu lukea",
    ".txt": "tekstitiedostoa ei voitu lukea",
}


def _read_format(path: Path, suffix: str, data: bytes, builder: DocumentBuilder) -> None:
    if suffix in (".md", ".txt"):
        from .text_reader import decode_text, read_text

        read_text(decode_text(data), builder, markdown=suffix == ".md")
    elif suffix == ".docx":
        from .docx_reader import read_docx

        read_docx(path, builder)
    else:
        raise ReadError(str(path), f"tiedostomuodon {suffix} lukija puuttuu vielä")


__all__ = ["ReadError", "read_document", "SUPPORTED", "Document"]
