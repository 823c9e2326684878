"""Hostile and broken input: every one gets a clear Finnish reason, the batch goes on, nothing is
changed on disk and no traceback is shown.

`hostile_inputs` builds the whole set in a folder; one test runs it through the real command line in
ONE batch together with a good plan, and a fast test reads each file directly.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from suunnitelmatarkastin.read import ReadError, read_document
from suunnitelmatarkastin.read.safety import MAX_FILE_BYTES, MAX_TEXT_CHARS

from .conftest import OSMO
from .minipdf import Page, pdf_bytes

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""
_EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Tavoitteet", level=1)
    document.add_paragraph("Hankkeen tavoitteena on, että kylän nuoret harrastavat kotikylässä.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_part(package: bytes, name: str, data: bytes) -> bytes:
    """A copy of a zip package with one part replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        target.writestr(name, data)
    return buffer.getvalue()


def hostile_inputs(folder: Path) -> dict[str, str]:
    """Write every hostile input into `folder`; name → a phrase its Finnish reason must contain."""
    good = _docx_bytes()
    randomness = random.Random(20240601)
    files: dict[str, bytes] = {
        "tyhja.docx": b"",
        "tyhja.md": b"  \n\n",
        "satunnainen.docx": randomness.randbytes(4096),
        "satunnainen.txt": randomness.randbytes(4096),
        "katkennut.docx": good[: len(good) // 2],
        "vanha.doc": _OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le"),
        "vanha-uudella-paatteella.docx": _OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le"),
        "salattu.docx": _OLE + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"),
        "ei-word.docx": _zip({"tervehdys.txt": b"Hei!"}),
        "laskentataulukko.docx": _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "zip-pommi.docx": _with_part(good, "word/media/pommi.bin", bytes(210 * 1024 * 1024)),
        "pakkaussuhde.docx": _with_part(good, "word/media/nollat.bin", bytes(5 * 1024 * 1024)),
        "entiteetit.docx": _with_part(good, "word/document.xml", _BILLION_LAUGHS),
        "ulkoinen-entiteetti.docx": _with_part(good, "word/document.xml", _EXTERNAL_ENTITY),
        "rikki-xml.docx": _with_part(good, "word/document.xml", b"<w:document><w:body>"),
        "ei-pdf.pdf": "Tämä on tavallista tekstiä eikä PDF-tiedosto.".encode(),
        "word-pdf-paatteella.pdf": good,
        "skannattu.pdf": pdf_bytes([Page().image()]),
        "katkennut.pdf": pdf_bytes([Page().text(72, 72, "Tavoitteet")])[:60],
        "salattu.pdf": pdf_bytes([Page().text(72, 72, "Tavoitteet")], locked=True),
        "salattu.odt": _zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml": b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
                "content.xml": randomness.randbytes(512),
            }
        ),
        "laskentataulukko.odt": _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<a/>"}),
        "pitka.txt": ("Tavoitteena on kehittää palveluja. " * (MAX_TEXT_CHARS // 30)).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "jattikoko.txt", "wb") as handle:  # sparse: large on paper, cheap to make
        handle.truncate(MAX_FILE_BYTES + 10 * 1024 * 1024)
    (folder / "rikkinainen-linkki.docx").symlink_to(folder / "ei-ole-olemassa.docx")
    loop = folder / "silmukka"
    loop.mkdir()
    (loop / "a.docx").symlink_to(loop / "b.docx")
    (loop / "b.docx").symlink_to(loop / "a.docx")
    (loop / "ylos").symlink_to(folder, target_is_directory=True)  # a folder loop must not be followed
    os.mkfifo(folder / "putki.txt")  # reading a pipe would block forever
    expected = {
        "tyhja.docx": "tiedosto on tyhjä",
        "tyhja.md": "tiedosto on tyhjä",
        "satunnainen.docx": "ei ole Word-asiakirja (.docx)",
        "satunnainen.txt": "ei ole tekstitiedosto",
        "katkennut.docx": "vioittunut tai katkennut",
        "vanha.doc": "vanhaa .doc-muotoa ei tueta; tallenna asiakirja .docx-muodossa",
        "vanha-uudella-paatteella.docx": "vanhaa .doc-muotoa ei tueta; tallenna asiakirja .docx-muodossa",
        "salattu.docx": "salasanalla suojattu tai salattu Word-tiedosto",
        "ei-word.docx": "ei ole Word-asiakirja (.docx): siitä puuttuu word/document.xml",
        "laskentataulukko.docx": "siitä puuttuu word/document.xml",
        "zip-pommi.docx": "zip-pommi",
        "pakkaussuhde.docx": "pakkaussuhde on yli 100:1",
        "entiteetit.docx": "DTD-määrittely tai entiteettejä",
        "ulkoinen-entiteetti.docx": "DTD-määrittely tai entiteettejä",
        "rikki-xml.docx": "ei ole kelvollista XML:ää",
        "ei-pdf.pdf": "ei ole PDF-asiakirja",
        "word-pdf-paatteella.pdf": "vaikka sen pääte on .pdf",
        "skannattu.pdf": "PDF-tiedostossa ei ole tekstiä (se on ehkä skannattu kuva)",
        "katkennut.pdf": "PDF-asiakirja; se voi olla vioittunut tai katkennut",
        "salattu.pdf": "salasanalla suojattu PDF-tiedosto",
        "salattu.odt": "salasanalla suojattu OpenDocument-tiedosto",
        "laskentataulukko.odt": "ei tekstiasiakirja (.odt)",
        "pitka.txt": "liian pitkä",
        "jattikoko.txt": "tiedosto on liian suuri (60 Mt); suurin tarkastettava koko on 50 Mt",
        "rikkinainen-linkki.docx": "linkki on rikki",
        "silmukka/a.docx": "linkkisilmukka",
        "silmukka/b.docx": "linkkisilmukka",
        "putki.txt": "ei ole tavallinen tiedosto",
    }
    if os.geteuid() != 0:  # root reads any file, so the permission case needs an ordinary user
        (folder / "lukukielto.md").write_text("# Tavoitteet\n\nSalainen.\n", encoding="utf-8")
        (folder / "lukukielto.md").chmod(0)
        expected["lukukielto.md"] = "lukuoikeus puuttuu"
    return expected


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _snapshot(folder: Path) -> dict[str, str]:
    """What is on disk: each regular file's hash, each link's target, each other entry's kind."""
    state = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            state[key] = "->" + os.readlink(path)
        elif path.is_file() and os.access(path, os.R_OK):
            state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            state[key] = "fifo" if path.is_fifo() else "dir" if path.is_dir() else "unreadable"
    return state


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hakemukset")
    return folder, hostile_inputs(folder)


def test_each_hostile_input_gets_its_reason(hostile_folder):
    folder, expected = hostile_folder
    for name, phrase in expected.items():
        with pytest.raises(ReadError) as error:
            read_document(folder / name)
        assert phrase in error.value.reason, (name, error.value.reason)


def test_one_batch_through_the_command_line(hostile_folder, tmp_path):
    folder, expected = hostile_folder
    shutil.copy(OSMO, folder / "osmo.docx")
    before = _snapshot(folder)
    command = [sys.executable, "-c", "from suunnitelmatarkastin.cli import tarkasta_main; tarkasta_main()"]
    output = tmp_path / "raportti.json"
    run = subprocess.run(
        [*command, "--muoto", "json", "--tuloste", str(output), "--rinnakkain", "2", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert _snapshot(folder) == before, "no input may be changed and nothing may be written beside them"

    report = json.loads(output.read_text(encoding="utf-8"))
    by_name = {str(Path(doc["path"]).relative_to(folder)): doc for doc in report["documents"]}
    assert set(by_name) == set(expected) | {"osmo.docx"}
    for name, phrase in expected.items():
        document = by_name[name]
        assert document["error"] and phrase in document["error"], (name, document["error"])
        assert document["doc_type"] is None and document["findings"] == []
    good = by_name["osmo.docx"]
    assert good["error"] is None and good["doc_type"] == "arviointisuunnitelma"
    assert good["findings"] and all(f["message"] and f["hint"] for f in good["findings"])
    (folder / "osmo.docx").unlink()


def test_unreadable_file_reason(tmp_path, monkeypatch):
    """The permission case for when the tests run as root (who may read anything)."""
    path = tmp_path / "lukukielto.md"
    path.write_text("# Tavoitteet\n\nSalainen.\n", encoding="utf-8")

    def denied(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ReadError, match="tiedoston lukuoikeus puuttuu"):
        read_document(path)
