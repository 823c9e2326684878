"""LibreOffice as the oracle: the words we read from a document are the words LibreOffice's own
text export gives, in its order, apart from what is left out or added by design.

By design we leave out tracked deletions (LibreOffice's export keeps them, since it does not accept
changes), list numbers and footnote marks (it writes them as text), and tables of contents; and we
add the text of text boxes and of footnotes and endnotes (which its export leaves out) and the
"täytä" that marks a content control still showing its placeholder. Every other difference fails: a word we miss or invent.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from suunnitelmatarkastin.read import read_document

from .conftest import CORPORA

SOFFICE = shutil.which("soffice")
FIDELITY = Path(__file__).parent / "fixtures" / "fidelity"
DOCUMENTS = sorted(
    [*FIDELITY.glob("*.docx"), *FIDELITY.glob("*.odt"), *CORPORA.glob("*.docx"), *CORPORA.glob("*.odt"), *(CORPORA / "pidatetty").glob("*.docx")]
)
_LABEL = re.compile(r"^(\d{1,3}|[a-zåäö]|[ivx]{1,4})$")  # a list number or a footnote mark
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) ei ole asennettu, joten lukemista ei verrata sen tekstivientiin"),
]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[Path, str]:
    """Each document's text as LibreOffice exports it, one soffice run per folder and format."""
    out = tmp_path_factory.mktemp("libreoffice")
    groups: dict[tuple[Path, str], list[Path]] = {}
    for path in DOCUMENTS:
        groups.setdefault((path.parent, path.suffix), []).append(path)
    texts: dict[Path, str] = {}
    for n, paths in enumerate(groups.values()):
        target = out / str(n)
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(target), *map(str, paths)],
            check=True, capture_output=True, timeout=600,
        )
        for path in paths:
            texts[path] = (target / f"{path.stem}.txt").read_text(encoding="utf-8-sig")
    return texts


def by_design(path: Path) -> tuple[set[str], set[str]]:
    """Words LibreOffice shows that we leave out, and words we read that its export leaves out."""
    with zipfile.ZipFile(path) as archive:
        main = archive.read("word/document.xml" if path.suffix == ".docx" else "content.xml")
        notes = [archive.read(name) for name in ("word/footnotes.xml", "word/endnotes.xml") if name in archive.namelist()]
    root = etree.fromstring(main, etree.XMLParser(resolve_entities=False, no_network=True))
    if path.suffix == ".docx":
        left_out = [t.text or "" for tag in ("delText", "instrText") for t in root.iter(_W + tag)]
        left_out += [t.text or "" for move in root.iter(_W + "moveFrom") for t in move.iter(_W + "t")]
        left_out += ["".join(t.text or "" for t in p.iter(_W + "t")) for p in root.iter(_W + "p") if _is_toc(p)]
        added = [t.text or "" for box in root.iter(_W + "txbxContent") for t in box.iter(_W + "t")]
        added += [t.text or "" for part in notes for t in etree.fromstring(part).iter(_W + "t")]
    else:
        left_out = ["".join(changes.itertext()) for changes in root.iter(_TEXT + "tracked-changes")]
        left_out += ["".join(index.itertext()) for index in root.iter(_TEXT + "table-of-content")]
        added = ["".join(shape.itertext()) for shape in root.iter() if isinstance(shape.tag, str) and shape.tag.startswith(_DRAW) and shape.tag != _DRAW + "frame"]
        added += ["".join(note.itertext()) for note in root.iter(_TEXT + "note-body")]
    return set(words(" ".join(left_out))), set(words(" ".join(added))) | {"täytä"}


def _is_toc(p) -> bool:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return style is not None and re.match(r"(toc|sisluet|sisällysluettelo)\s*\d", style.get(_W + "val", ""), re.IGNORECASE) is not None


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_we_read_what_libreoffice_shows(path, exported):
    ours = words(" ".join(block.text for block in read_document(path).blocks))
    theirs = words(exported[path])
    left_out, added = by_design(path)
    missing, invented = [], []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        missing += [w for w in theirs[b1:b2] if w not in left_out and not _LABEL.match(w)] if op in ("replace", "insert") else []
        invented += [w for w in ours[a1:a2] if w not in added] if op in ("replace", "delete") else []
    assert not missing, f"LibreOffice näyttää sanat, joita emme lue: {' '.join(missing[:30])}"
    assert not invented, f"luemme sanat, joita LibreOffice ei näytä: {' '.join(invented[:30])}"
