"""`--merkitse`: a copy of each checked .docx with the findings as Word comments at their places.

An applicant fixes a plan in Word, so the findings belong beside the text they are about. A
finding's `location.paragraph` is a block index in the reader's reading order; to turn it back into
a place in the .docx, the document is read again with the reader itself, and each block's `source`
(where in the body the reader found it) names its paragraph or cell. Without sources, blocks are
matched in order to the paragraphs and table cells by their text.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree
from rich.console import Console

from ..models import SEVERITY_WORDS, BlockKind, Document, DocumentReport, Finding, Report
from ..output_files import copy_names, shown, write_bytes, write_reason
from ..read import ReadError, read_document, read_package
from ..read.docx_reader import element_at
from .safe_text import for_terminal, for_xml
from .verdict import audit_rows, verdict_text

AUTHOR = "Suunnitelmatarkastin"
INITIALS = "ST"
# Written into the copy's document properties with the hash of what we wrote: tells our earlier,
# unedited copy from a user's own file or a copy the user has since worked on.
MARKER = "Suunnitelmatarkastimen kommentoima kopio; alkuperäinen asiakirja on ennallaan."
_HASH_LABEL = " Tarkiste: "
_CORE = "docProps/core.xml"
_DESCRIPTION = re.compile(rb"<dc:description>([^<]*)</dc:description>")
_MAX_CANDIDATES = 100

Anchor = Paragraph | _Cell


def annotated_path(path: str | Path) -> Path:
    """Where the commented copy of `path` goes first: NAME.tarkastettu.docx beside the original."""
    return next(copy_names(path))


def _items(document: DocxDocument) -> Iterator[Anchor]:
    """Body paragraphs and table cells in the order the .docx reader walks them (row.cells per row)."""
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, DocxTable):
            for row in item.rows:
                yield from row.cells


def _text(anchor: Anchor) -> str:
    """The anchor's text with whitespace collapsed, as the reader stores it in a block."""
    paragraphs = anchor.paragraphs if isinstance(anchor, _Cell) else [anchor]
    return " ".join("\n".join(p.text for p in paragraphs).split())


def block_anchors(document: DocxDocument, content: Document) -> dict[int, Anchor]:
    """Block index → the paragraph or cell it was read from.

    The reader only leaves things out (empty paragraphs) and never reorders, so each block is
    matched to the next item of its own kind (cell or paragraph) with the same text.
    """
    if any(block.source is not None for block in content.blocks):
        return _anchors_from_sources(document, content)
    cells = (item for item in _items(document) if isinstance(item, _Cell))
    paragraphs = (item for item in _items(document) if isinstance(item, Paragraph))
    anchors: dict[int, Anchor] = {}
    for block in content.blocks:
        source = cells if block.kind is BlockKind.table_cell else paragraphs
        match = next((item for item in source if _text(item) == block.text), None)
        if match is None:
            break
        anchors[block.index] = match
    return anchors


def _anchors_from_sources(document: DocxDocument, content: Document) -> dict[int, Anchor]:
    """Block index → its paragraph or cell, from where the .docx reader read each block."""
    body = document.element.body
    anchors: dict[int, Anchor] = {}
    for block in content.blocks:
        element = element_at(body, block.source) if block.source is not None else None
        if element is not None and element.tag == qn("w:p"):
            anchors[block.index] = Paragraph(element, document._body)
        elif element is not None and element.tag == qn("w:tc"):
            anchors[block.index] = _Cell(element, document._body)
    return anchors


def _runs(anchor: Anchor) -> list[Run]:
    """The runs a comment covers: all of the anchor's text, hyperlinks included.

    A paragraph or cell without runs gets an empty anchor run, since a comment marks runs.
    """
    paragraphs = anchor.paragraphs if isinstance(anchor, _Cell) else [anchor]
    runs = [
        run
        for paragraph in paragraphs
        for item in paragraph.iter_inner_content()
        for run in (item.runs if isinstance(item, Hyperlink) else [item])
    ]
    return runs or [paragraphs[0].add_run()]


def comment_text(finding: Finding) -> str:
    """The comment a reader sees: how serious, what is wrong, how to fix it, and the rule's id
    (for `suunnitelmatarkastin saannot ID`)."""
    return f"{SEVERITY_WORDS[finding.severity].capitalize()}: {finding.message}\nKorjaa: {finding.hint}\n({finding.rule})"


def summary_text(findings: list[Finding]) -> str:
    """One comment at the start for the findings about the whole document, not one each."""
    return f"Koko asiakirjaa koskevat havainnot ({len(findings)}):\n\n" + "\n\n".join(comment_text(f) for f in findings)


_QUOTED = re.compile(r"”([^”]+)”")


def _placeholder_runs(runs: list[Run], finding: Finding) -> list[Run]:
    """For a left-over placeholder, the runs that hold it (quoted in the message), so the comment
    marks the placeholder itself; otherwise, or if it is not found, all of `runs`."""
    found = _QUOTED.search(finding.message) if finding.rule == "rakenne.pohjateksti" else None
    if not found:
        return runs
    ends = list(itertools.accumulate(len(run.text) for run in runs))
    start = "".join(run.text for run in runs).find(found.group(1))
    if start < 0:
        return runs
    end = start + len(found.group(1))
    first = next(i for i, stop in enumerate(ends) if stop > start)
    last = next(i for i, stop in enumerate(ends) if stop >= end)
    return runs[first : last + 1]


def _content_hash(data: bytes) -> str:
    """A hash of a .docx's parts but its core properties (where the hash itself is kept)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.filename != _CORE:
                digest.update(info.filename.encode() + b"\0" + archive.read(info) + b"\0")
    return digest.hexdigest()


def _replaceable(path: Path) -> bool:
    """Whether `path` is our earlier copy, unchanged since we wrote it (and so may be replaced).

    It is opened with the same package checks as an input: a zip bomb at the copy's name is kept
    and left alone, not inflated."""
    try:
        data = read_package(path)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = _DESCRIPTION.search(archive.read(_CORE))
    except (ReadError, KeyError, zipfile.BadZipFile):
        return False
    marker = html.unescape(found.group(1).decode("utf-8", "replace")) if found else ""
    return marker.startswith(MARKER + _HASH_LABEL) and marker.removeprefix(MARKER + _HASH_LABEL) == _content_hash(data)


def _key(path: Path) -> str:
    """One key per file, whatever the spelling or the file system's case rules."""
    return os.path.normcase(os.path.realpath(path)).casefold()


def _target(source: Path, taken: set[str], notes: list[str]) -> Path:
    """The first name for the copy that no input, no other copy of this run and no file we must keep has."""
    for path in itertools.islice(copy_names(source), _MAX_CANDIDATES):
        if _key(path) in taken:
            continue
        if path.is_symlink():
            notes.append(f"{shown(path)} on symbolinen linkki, jonka kautta ei kirjoiteta")
        elif not path.exists() or _replaceable(path):
            return path
        else:
            notes.append(f"tiedosto {shown(path)} on jo olemassa eikä ole suunnitelmatarkastimen tekemä tai sitä on muokattu, joten sitä ei korvata")
    raise FileExistsError(f"vapaata nimeä ei löytynyt {_MAX_CANDIDATES} yrityksellä")


def _remove_own_comments(document: DocxDocument) -> None:
    """Take out the comments this tool added earlier, so that a copy checked again is not stacked."""
    ours = {c.comment_id for c in document.comments if c.author == AUTHOR}
    if not ours:
        return
    for comment in list(document.comments):
        if comment.comment_id in ours:
            element = comment._comment_elm
            element.getparent().remove(element)
    body = document.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for element in list(body.iter(qn(tag))):
            if int(element.get(qn("w:id"), -1)) in ours:
                parent = element.getparent()
                parent.remove(element)
                if tag == "w:commentReference" and parent.tag == qn("w:r") and all(c.tag == qn("w:rPr") for c in parent):
                    parent.getparent().remove(parent)


def _fallback(document: DocxDocument, anchors: dict[int, Anchor], title: int) -> Anchor:
    """Where a finding without a place goes: the title, else the first place of the document; a
    document with no paragraph at all (a table only) gets one."""
    if title in anchors:
        return anchors[title]
    return next(iter(anchors.values()), None) or next(_items(document), None) or document.add_paragraph()


def _saved(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id Office gives user-defined properties
_OWN_PROPERTY = "Suunnitelmatarkastin: "


def audit_properties(report: DocumentReport, tool: dict | None) -> list[tuple[str, str]]:
    """The copy's custom properties (Word: Tiedosto → Tiedot → Ominaisuudet → Lisäominaisuudet →
    Mukautettu): the verdict and "Tarkastuksen tiedot", each row a property of its own."""
    rows = [("Tulos", verdict_text(report)), *audit_rows(tool)]
    return [(f"{_OWN_PROPERTY}{label}", value) for label, value in rows]


def _set_custom_properties(document: DocxDocument, properties: list[tuple[str, str]]) -> None:
    """Write `properties` into docProps/custom.xml, keeping the document's own custom properties
    and replacing the ones an earlier check of ours left there."""
    package = document.part.package
    part = next((rel.target_part for rel in package.rels.values() if rel.reltype == RT.CUSTOM_PROPERTIES), None)
    if part is None:
        root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
        part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, b"", package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)
    else:
        root = etree.fromstring(part.blob, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    for old in root.findall(f"{{{_CUSTOM_NS}}}property"):
        if (old.get("name") or "").startswith(_OWN_PROPERTY):
            root.remove(old)
    pid = max([int(p.get("pid", "1")) for p in root.findall(f"{{{_CUSTOM_NS}}}property")] + [1])
    for name, value in properties:
        pid += 1
        element = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property", fmtid=_CUSTOM_FMTID, pid=str(pid), name=for_xml(name))
        etree.SubElement(element, f"{{{_VT_NS}}}lpwstr").text = for_xml(value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def annotate(
    report: DocumentReport,
    taken: set[str] | None = None,
    notes: list[str] | None = None,
    tool: dict | None = None,
    project_findings: Sequence[Finding] = (),
) -> tuple[Path, int]:
    """Write the commented copy of one checked .docx; gives its path and the number of comments.

    `taken` holds the keys of the inputs and of the copies written so far in this run; `notes` gets
    each name passed over and why; `tool` is the report's audit block, written with the verdict into
    the copy's custom properties. The verdict is also the copy's status property (Word: Tila).
    `project_findings` are the hanke.* findings that point into this document: they become comments
    too, but the verdict stays the document's own.
    """
    source = Path(report.path)
    taken = set() if taken is None else taken
    notes = [] if notes is None else notes
    target = _target(source, taken | {_key(source)}, notes)
    content = read_document(source)
    document = docx.Document(io.BytesIO(read_package(source)))
    _remove_own_comments(document)
    anchors = block_anchors(document, content)
    title = next((b.index for b in content.blocks if b.kind is BlockKind.title), 0)
    fallback = _fallback(document, anchors, title)
    # Each place's runs are taken once, before any comment is added, so that several comments on
    # one place nest instead of reaching over each other's reference marks.
    covered: dict[object, list[Run]] = {}
    findings = [*report.findings, *project_findings]
    placed = [f for f in findings if f.location.paragraph in anchors]
    whole = [f for f in findings if f.location.paragraph not in anchors]
    if whole:
        covered[fallback._element] = _runs(fallback)
        document.add_comment(covered[fallback._element], text=summary_text(whole), author=AUTHOR, initials=INITIALS)
    for finding in placed:
        anchor = anchors[finding.location.paragraph]
        if anchor._element not in covered:
            covered[anchor._element] = _runs(anchor)
        runs = _placeholder_runs(covered[anchor._element], finding)
        document.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
    _set_custom_properties(document, audit_properties(report, tool))
    document.core_properties.content_status = verdict_text(report)
    document.core_properties.comments = MARKER
    digest = _content_hash(_saved(document))
    document.core_properties.comments = MARKER + _HASH_LABEL + digest
    write_bytes(target, _saved(document))
    taken.add(_key(target))
    return target, len(placed) + bool(whole)


def annotate_all(report: Report, console: Console) -> int:
    """Annotate every readable .docx in the report and tell where each copy went, or why not.

    Gives the number of copies that could not be written: any of them makes the exit status 2."""
    taken = {_key(Path(doc.path)) for doc in report.documents}
    failed = 0
    for doc in report.documents:
        name = shown(doc.path)
        if Path(doc.path).suffix.lower() != ".docx":
            _say(console, f"{name}: ei merkitty – kommentoitu kopio voidaan tehdä vain .docx-asiakirjasta. Tallenna asiakirja Wordissa .docx-muotoon, jos haluat havainnot kommentteina.")
            continue
        if doc.error:
            _say(console, f"{name}: ei merkitty, koska asiakirjaa ei voitu lukea.")
            continue
        notes: list[str] = []
        try:
            own = [f for p in report.projects for f in p.findings if f.path == doc.path]
            target, count = annotate(doc, taken, notes, report.tool, own)
        except ReadError as exc:
            failed += 1
            _say(console, f"{name}: ei merkitty – {exc.reason}.")
        except FileExistsError as exc:
            failed += 1
            _say(console, f"{name}: ei merkitty – {'; '.join(notes)}; {exc}. Siirrä tai nimeä vanhat kopiot uudelleen.")
        except OSError as exc:
            failed += 1
            _say(console, f"{name}: merkittyä kopiota ei voitu tallentaa ({write_reason(exc)}).")
        except Exception as exc:  # one document's fault must not cost the others their copies
            failed += 1
            _say(console, f"{name}: merkittyä kopiota ei voitu tehdä odottamattoman virheen vuoksi ({type(exc).__name__}).")
        else:
            kept = f" – {'; '.join(notes)}" if notes else ""
            _say(console, f"Kommentoitu kopio tallennettu: {shown(target)} ({count} {'kommentti' if count == 1 else 'kommenttia'}){kept}")
    return failed


def _say(console: Console, text: str) -> None:
    # File names may contain [brackets]: text, not rich markup; and a path must not be wrapped.
    console.print(for_terminal(text), markup=False, highlight=False, soft_wrap=True)
