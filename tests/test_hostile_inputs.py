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
import re
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


# ================================================================ issue 12: what a hostile review broke
# Each class is tested with more than one example; the readers' own caps are not relied on.

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt(body: str) -> bytes:
    content = f"<office:document-content {_ODF}><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    return _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()})


def _word_body(inner: str) -> bytes:
    return f'<w:document xmlns:w="{_W}"><w:body>{inner}</w:body></w:document>'.encode()


def _reason(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as error:
        read_document(path)
    return error.value.reason


# ---------------------------------------------------------------- 11: DTDs that hid, macro files, links out


def test_dtd_is_found_in_any_encoding_and_across_chunk_edges(tmp_path):
    good = _docx_bytes()
    declaration = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]>'
    document = _word_body("<w:p><w:r><w:t>&e;</w:t></w:r></w:p>").decode()
    letters = random.Random(12).choices("abcdefghijklmnopqrstuvwxyzäö ", k=1024 * 1024 - 30)
    padding = "<!--" + "".join(letters).replace("ä", "a").replace("ö", "o") + "-->"  # the DTD straddles the first 1 MiB chunk
    hidden = {
        "utf16-bom.docx": ("word/document.xml", "\ufeff".encode("utf-16-le") + (declaration + document).encode("utf-16-le")),
        "utf16-ilman-bomia.docx": ("word/document.xml", (declaration + document).encode("utf-16-be")),
        "palojen-rajalla.docx": ("word/document.xml", ('<?xml version="1.0"?>' + padding + '<!DOCTYPE d [<!ENTITY e "x">]>' + document).encode()),
        "rels-osassa.docx": ("_rels/.rels", b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><Relationships/>'),
    }
    for name, (part, data) in hidden.items():
        assert "DTD-määrittely tai entiteettejä" in _reason(tmp_path, name, _with_part(good, part, data)), name


def test_macro_document_or_template_named_docx_gets_its_own_reason(tmp_path):
    good = _docx_bytes()
    types = zipfile.ZipFile(io.BytesIO(good)).read("[Content_Types].xml")
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    assert main in types
    kinds = {
        "application/vnd.ms-word.document.macroEnabled.main+xml": "(.docm)",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "(.dotm)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "(.dotx)",
    }
    for number, (content_type, phrase) in enumerate(kinds.items()):
        data = _with_part(good, "[Content_Types].xml", types.replace(main, content_type.encode()))
        reason = _reason(tmp_path, f"makro-{number}.docx", data)
        assert phrase in reason and "vaikka sen pääte on .docx" in reason, reason


def test_links_out_of_a_checked_folder_are_reported_not_read(tmp_path):
    from suunnitelmatarkastin.batch import collect_paths

    outside = tmp_path / "muualla"
    outside.mkdir()
    (outside / "salainen.md").write_text("# Tausta\n\nEi kuulu tarkastettaviin.\n", encoding="utf-8")
    folder = tmp_path / "hak"
    (folder / "ala").mkdir(parents=True)
    (folder / "oma.md").write_text("# Tausta\n\nTarkastetaan.\n", encoding="utf-8")
    (folder / "ulos.md").symlink_to(outside / "salainen.md")
    (folder / "ala" / "ulos-syvalta.md").symlink_to(Path("../..") / "muualla" / "salainen.md")
    (folder / "ulos-kansio").symlink_to(outside, target_is_directory=True)
    (folder / "sisalla.md").symlink_to(folder / "oma.md")  # a link that stays inside is read
    files, problems = collect_paths((str(folder),))
    assert sorted(p.name for p in files) == ["oma.md", "sisalla.md"]
    reasons = {Path(p.path).name: p.error for p in problems}
    assert set(reasons) == {"ulos.md", "ulos-syvalta.md", "ulos-kansio"}
    assert all("linkki osoittaa kansion ulkopuolelle" in reason for reason in reasons.values())


# ---------------------------------------------------------------- 4: unreadable paths are reported


def test_unreadable_subfolder_is_reported_and_the_rest_checked(tmp_path, monkeypatch):
    from suunnitelmatarkastin import batch

    folder = tmp_path / "hak"
    for sub in ("auki", "kiinni", "kiinni2/syva"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "a.md").write_text("# Tausta\n\nTeksti.\n", encoding="utf-8")
    closed = {str(folder / "kiinni"), str(folder / "kiinni2" / "syva")}
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) in closed:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = batch.collect_paths((str(folder),))
    assert [str(p.relative_to(folder)) for p in files] == ["auki/a.md"]
    assert {p.path for p in problems} == closed
    assert all(p.error.startswith("kansion lukuoikeus puuttuu") for p in problems)


def test_unreadable_file_named_on_the_command_line_does_not_stop_the_batch(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from suunnitelmatarkastin.cli import tarkasta

    good = tmp_path / "hyva.md"
    good.write_text("# Tausta\n\nKylässä ei ole nuorisotilaa.\n", encoding="utf-8")
    locked = [tmp_path / "kielletty.md", tmp_path / "toinen-kielletty.docx"]
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self in locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    for path in locked:
        path.write_text("# Tausta\n\nSalainen.\n", encoding="utf-8")
        if os.geteuid() != 0:
            path.chmod(0)
    monkeypatch.setattr(Path, "open", guarded)
    result = CliRunner().invoke(tarkasta, ["--muoto", "json", "--aikaraja", "0", *map(str, locked), str(good)])
    assert result.exit_code == 2, result.output
    documents = {Path(d["path"]).name: d for d in json.loads(result.stdout)["documents"]}
    assert all("lukuoikeus puuttuu" in documents[p.name]["error"] for p in locked)
    assert documents["hyva.md"]["error"] is None and documents["hyva.md"]["findings"]


# ---------------------------------------------------------------- 8: amplification bounded before parsing


def test_amplifying_attributes_and_nesting_are_refused_before_parsing(tmp_path):
    good = _docx_bytes()
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="{}"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>'
    deep = "<w:tbl><w:tr><w:tc>" * 150 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 150
    attacks = {
        "gridspan.docx": (_with_part(good, "word/document.xml", _word_body(f"<w:tbl><w:tr>{cell.format(10**6)}</w:tr></w:tbl>")), "gridSpan-arvo 1 000 000"),
        "gridspan-valtava.docx": (_with_part(good, "word/document.xml", _word_body(f"<w:tbl><w:tr>{cell.format('9' * 5000)}</w:tr></w:tbl>")), "gridSpan-arvo"),
        "sisakkain.docx": (_with_part(good, "word/document.xml", _word_body(deep)), "yli 200 tasoa"),
        "sarakkeet.odt": (_odt('<table:table><table:table-column table:number-columns-repeated="1000000000"/></table:table>'), "number-columns-repeated-arvo"),
        "rivit.odt": (_odt('<table:table><table:table-row table:number-rows-repeated="99999999999"><table:table-cell/></table:table-row></table:table>'), "number-rows-repeated-arvo"),
        "valilyonnit.odt": (_odt('<text:p>Tausta<text:s text:c="1000000000"/></text:p>'), "välilyöntimerkintä"),
        "valilyonnit-yhteensa.odt": (_odt('<text:p>Tausta</text:p>' + '<text:p><text:s text:c="9000"/></text:p>' * 300), "välilyöntimerkintä"),
        "sisakkain.odt": (_odt("<text:section>" * 250 + "<text:p>x</text:p>" + "</text:section>" * 250), "yli 200 tasoa"),
    }
    for name, (data, phrase) in attacks.items():
        reason = _reason(tmp_path, name, data)
        assert phrase in reason and "eikä sitä lueta" in reason, (name, reason)


def _pdf_with_streams(*payloads: bytes) -> bytes:
    objects = b"".join(
        b"%d 0 obj << /Length %d /Filter /FlateDecode >> stream\n" % (n, len(p)) + p + b"\nendstream endobj\n" for n, p in enumerate(payloads, start=1)
    )
    return b"%PDF-1.4\n" + objects + b"trailer << >>\n%%EOF\n"


def test_pdf_flate_bomb_is_refused_before_parsing(tmp_path):
    import zlib

    bombs = {
        "yksi-virta.pdf": _pdf_with_streams(zlib.compress(bytes(64 * 1024 * 1024), 9)),
        "monta-virtaa.pdf": _pdf_with_streams(*[zlib.compress(b"BT ET " * 400_000, 9)] * 5),
    }
    for name, data in bombs.items():
        assert len(data) < 1024 * 1024
        assert "pakkauspommi" in _reason(tmp_path, name, data), name
    ordinary = pdf_bytes([Page().text(72, 72, "Tavoitteet"), Page().text(72, 72, "Tausta")])
    (tmp_path / "tavallinen.pdf").write_bytes(ordinary)
    assert read_document(tmp_path / "tavallinen.pdf").blocks


def test_paragraph_longer_than_spacy_takes_is_analysed_in_pieces(monkeypatch):
    from suunnitelmatarkastin.understand import nlp

    monkeypatch.setattr(nlp.pipeline(), "max_length", 5_000)
    monkeypatch.setattr(nlp, "MAX_PIECE_CHARS", 4_000)
    for text in ("Hanke kehittää kylän palveluja yhdessä asukkaiden kanssa. " * 400, "x" * 12_000):
        [analysis] = nlp.analyse_texts([text])
        assert analysis.tokens and all(text[t.idx : t.idx + len(t.text)] == t.text for t in analysis.tokens)
        assert all(0 <= t.head < len(analysis.tokens) for t in analysis.tokens)
    assert nlp._pieces("a " * 3000) and "".join(nlp._pieces("a " * 3000)) == "a " * 3000


# ---------------------------------------------------------------- 9: no super-linear pattern on document text

_RUNS = ("  ", "#", "-", "*", "|", "1", "1.", "| -- ", "\t", ".", "a ", "–", " -", "x", "Ä", "**")


def _patterns() -> dict[str, re.Pattern[str]]:
    import importlib
    import pkgutil

    import suunnitelmatarkastin

    found = {}
    for module in pkgutil.walk_packages(suunnitelmatarkastin.__path__, "suunnitelmatarkastin."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{module.name}.{name}"] = value
    from suunnitelmatarkastin.understand.goals import goal_numbering  # built from the goals lexicon

    found.update({f"goals.numbering.{name}": value for name, value in vars(goal_numbering()).items()})
    return found


def test_no_pattern_backtracks_on_long_runs():
    """Each module-level pattern, tried at the start of 20 000-character runs, answers at once."""
    import time

    patterns = _patterns()
    assert len(patterns) > 20
    slow = {}
    for name, pattern in patterns.items():
        for run in _RUNS:
            for text in (run * (20_000 // len(run)), "# " + run * (10_000 // len(run)) + "x#a"):
                started = time.perf_counter()
                pattern.match(text)
                if (seconds := time.perf_counter() - started) > 0.25:
                    slow[name] = max(slow.get(name, 0), seconds)
    assert not slow, slow


@pytest.mark.slow
def test_documents_of_long_runs_are_checked_in_bounded_time():
    """The patterns in their real use: whole documents whose headings, items, cells and lines are runs."""
    import time

    from suunnitelmatarkastin.check import check_text

    for run in (" ", "#", "-", "*", "|", "1", "1.", "| -- ", ".", "–", "**"):
        body = run * (2_000 // len(run))  # punctuation is a token a character: spaCy's cost, not a pattern's
        text = f"# Tavoitteet {body}x\n\n- {body}\n\n| {body} | a |\n|---|---|\n| 1 | {body} |\n\nHanke {body} alkaa 1.1.2025 {body}\n\n{body} *\n"
        started = time.perf_counter()
        check_text(text, doc_type="hankesuunnitelma")
        # a super-linear pattern takes minutes here; spaCy alone takes 15 s for the dash run on a
        # loaded 2-core machine, so the bound leaves room for load, not for a bad pattern
        assert time.perf_counter() - started < 60, repr(run)


# ---------------------------------------------------------------- 12: rule packs that would take all memory


def test_yaml_alias_bomb_and_huge_format_width_are_refused_at_load(tmp_path):
    from suunnitelmatarkastin.judge.rules import RuleError, load_pack

    levels = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]\n" for i in range(1, 10))
    merges = "".join(f"m{i}: &m{i}\n  a{i}: *m{i - 1}\n  b{i}: *m{i - 1}\n  c{i}: *m{i - 1}\n" for i in range(1, 40))
    rule = (
        "rules:\n  - id: oma.leveys\n    severity: warning\n    types: [hankesuunnitelma]\n"
        "    when: {{each: goal}}\n    message: \"Tavoite {{goal.text:{}}}\"\n    hint: Korjaa.\n    basis: Testi.\n"
    )
    packs = {
        "lista-pommi.yaml": ("l0: &l0 [a, b]\n" + levels + "rules: []\n", "alias-pommi"),
        "kartta-pommi.yaml": ("m0: &m0 {x: 1}\n" + merges + "rules: []\n", "alias-pommi"),
        "syva.yaml": ("rules: " + "[" * 5000 + "]" * 5000 + "\n", "Sääntötiedosto"),  # PyYAML or our depth guard
        "leveys.yaml": (rule.format("999999999"), "liian suuri"),
        "leveys-tasattu.yaml": (rule.format(">100000"), "liian suuri"),
        "tarkkuus.yaml": (rule.format(".99999999999999999999"), "liian suuri"),
    }
    for name, (text, phrase) in packs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(RuleError) as error:
            load_pack(tmp_path / name)
        assert phrase in str(error.value) and name in str(error.value), (name, str(error.value))
    (tmp_path / "kohtuullinen.yaml").write_text(rule.format(">40"), encoding="utf-8")
    assert [r.id for r in load_pack(tmp_path / "kohtuullinen.yaml")] == ["oma.leveys"]


# ---------------------------------------------------------------- 7 and 10: limits for one document, signals


STARTED = "TARKASTIN_TESTIN_ALOITETUT"  # a folder where the stand-in marks each document it starts


def _stand_in(path, doc_type=None, rule_dirs=(), project=False):
    """Stands in for `check.check_document`, the one function every check reaches: `check_path` calls
    it, and a batch of several documents (checked also as a project) calls it directly."""
    from suunnitelmatarkastin.models import DocumentReport

    if started := os.environ.get(STARTED):
        (Path(started) / Path(path).name).touch()
    if "jumittuu" in str(path):
        import time

        time.sleep(60)
    if "muisti" in str(path):
        bytearray(8 * 1024**3)
    if "merkkijono" in str(path):
        "x" * (6 * 1024**3)
    return DocumentReport(path=str(path), doc_type="hankesuunnitelma"), None


def test_single_document_has_the_time_and_memory_limits(monkeypatch):
    from suunnitelmatarkastin import batch, check, workers

    if workers.CONTEXT.get_start_method() != "fork":
        pytest.skip("the stand-ins reach workers only by fork")
    monkeypatch.setattr(check, "check_document", _stand_in)
    monkeypatch.setattr(check, "check_text", lambda *args, **kwargs: [])
    [stuck] = batch.run_batch(["jumittuu.md"], None, (), time_limit=1.5)
    assert stuck.error == "tarkastus keskeytettiin aikarajan (1,5 s) ylittyessä"
    for name in ("muisti.md", "merkkijono.md"):
        [report] = batch.run_batch([name], None, (), time_limit=60)
        assert report.error == "asiakirja on liian suuri tarkastettavaksi (muisti loppui)", name
    [fine] = batch.run_batch(["hyva.md"], None, (), time_limit=60)
    assert fine.error is None


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "State:\tZ" not in status.read_text()
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to see the worker processes")
@pytest.mark.parametrize("number", [15, 2], ids=["SIGTERM", "SIGINT"])
def test_signal_ends_the_batch_cleanly(tmp_path, number):
    import signal
    import time

    folder = tmp_path / "hak"
    folder.mkdir()
    for name in ("a-jumittuu.md", "b-jumittuu.md", "c.md"):
        (folder / name).write_text("# Tausta\n\nTeksti.\n", encoding="utf-8")
    report = tmp_path / "raportti.json"
    report.write_text("vanha raportti", encoding="utf-8")
    started = tmp_path / "aloitetut"
    started.mkdir()
    script = (
        "from suunnitelmatarkastin import check; from tests.test_hostile_inputs import _stand_in; "
        "check.check_document = _stand_in; check.check_text = lambda *a, **k: []; "
        "from suunnitelmatarkastin.cli import tarkasta_main; tarkasta_main()"
    )
    arguments = ["--muoto", "json", "--korvaa", "--tuloste", str(report), "--rinnakkain", "2", str(folder)]
    environment = {**os.environ, STARTED: str(started)}
    process = subprocess.Popen(
        [sys.executable, "-c", script, *arguments], cwd=Path(__file__).parents[1], env=environment, stderr=subprocess.PIPE, text=True
    )
    stuck = {"a-jumittuu.md", "b-jumittuu.md"}
    deadline = time.monotonic() + 60
    while not stuck <= {p.name for p in started.iterdir()} and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    if process.poll() is not None:
        pytest.fail(f"the batch ended before the signal (status {process.returncode}): {process.communicate()[1]}")
    assert stuck <= {p.name for p in started.iterdir()}, "both workers must be inside a stuck document when the signal comes"
    workers = _children(process.pid)
    assert len(workers) >= 2
    process.send_signal(number)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2, stderr
    assert f"tarkastus keskeytettiin (signaali {signal.Signals(number).name})" in stderr and "Traceback" not in stderr
    assert report.read_text(encoding="utf-8") == "vanha raportti"
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "no worker may outlive the batch"


def test_style_parts_are_checked_for_dtds_and_deep_nesting_fails_cleanly(tmp_path):
    """Word's style part is scanned only for DTDs and entities (counting its elements one by one
    was most of a check's time); a DTD there is still refused, and nesting deeper than any parser
    allows ends in a Finnish reason, not a crash."""
    good = _docx_bytes()
    dtd = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e "x">]><w:styles xmlns:w="' + _W.encode() + b'">&e;</w:styles>'
    assert "DTD-määrittely tai entiteettejä" in _reason(tmp_path, "tyylit-dtd.docx", _with_part(good, "word/styles.xml", dtd))
    deep = f'<w:styles xmlns:w="{_W}">' + "<w:style>" * 400 + "</w:style>" * 400 + "</w:styles>"
    reason = _reason(tmp_path, "tyylit-syva.docx", _with_part(good, "word/styles.xml", deep.encode()))
    assert "ei ole kelvollista XML:ää" in reason, reason
    # the scan stops at the root element (no DTD may follow it), so a DTD after a long prolog is
    # still found, and a part broken after its root is left to lxml, which refuses it as well
    comment = "".join(random.Random(7).choices("abcdefghijklmnopqrstuvwxyz ", k=1024 * 1024)).encode()  # past the first chunk
    far = b'<?xml version="1.0"?><!--' + comment + b"-->" + dtd[len(b'<?xml version="1.0"?>') :]
    assert "DTD-määrittely tai entiteettejä" in _reason(tmp_path, "tyylit-dtd-kaukana.docx", _with_part(good, "word/styles.xml", far))
    broken = f'<w:styles xmlns:w="{_W}"><w:style></w:styles>'.encode()
    reason = _reason(tmp_path, "tyylit-rikki.docx", _with_part(good, "word/styles.xml", broken))
    assert "ei ole kelvollista XML:ää" in reason, reason
