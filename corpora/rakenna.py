"""Rakentaa korpuksen .docx-tiedostot luettavista lähteistä.

Why: the checker must be scored on real Word files (heading styles, list styles, real tables, bold
runs), but annotated documents have to stay reviewable as plain text. Each `lahteet/X.docx.md` under
`corpora/` and `corpora/pidatetty/` is therefore the source of truth and `X.docx` beside `lahteet/` is
built from it. The sources are read by the checker's own Markdown reader
(`suunnitelmatarkastin.read.text_reader.parse_blocks`), so the dialect is the one the checker reads:

- optional first line `<!-- otsikot: tyylit|lihavoitu|teksti -->` chooses how headings are written;
  other lines that are HTML comments are notes for the corpus writer and are not written;
- `% Otsikko` is the title, `#`/`##`/`###` headings, `- `/`  - ` bullets (and the reader's other
  markers), `1. ` and `1) ` numbered items, `\\` at the start of a line escapes it into a plain paragraph;
- pipe tables become real Word tables (style "Table Grid", bold header row, `<br>` = new paragraph);
- `**bold**` inline makes a bold run; consecutive plain lines join into one paragraph.

Output is deterministic: fixed core properties and fixed zip timestamps, so a rebuild of an unchanged
source gives the same bytes and `git status` stays quiet.

Run: `/work/venv/bin/python corpora/rakenna.py [LÄHDE.docx.md ...]` (no arguments: rebuild all).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from suunnitelmatarkastin.models import BlockKind
from suunnitelmatarkastin.read.text_reader import WrittenBlock, parse_blocks, unescape

KORPUS = Path(__file__).resolve().parent
LAHDEKANSIOT = (KORPUS / "lahteet", KORPUS / "pidatetty" / "lahteet")
KIINTEA_AIKA = datetime(2024, 1, 1, 0, 0, 0, tzinfo=UTC)
ZIP_AIKA = (2024, 1, 1, 0, 0, 0)
OTSIKKOTILAT = ("tyylit", "lihavoitu", "teksti")

_TILA_RE = re.compile(r"^<!--\s*otsikot:\s*(\w+)\s*-->$")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


@dataclass
class Lohko:
    """One block of the source: a paragraph-level unit to be written into the document.

    Why a flat block list: Word bodies are flat sequences of paragraphs and tables, so parsing into
    the same shape keeps the writer a simple loop.
    """

    laji: str  # "otsikko", "nimi", "kappale", "luettelo", "taulukko"
    teksti: str = ""
    taso: int = 0
    tyyli: str = ""
    rivit: list[list[str]] = field(default_factory=list)
    otsakerivi: bool = False


def jasenna(lahde: str) -> tuple[str, list[Lohko]]:
    """Parse the source into (heading mode, blocks).

    Why the checker's own reader (`parse_blocks`): the corpus must be written in the dialect the
    checker reads, so that what a writer sees in the source is what the checker sees in the .docx.
    """
    rivit = lahde.splitlines()
    tila = "tyylit"
    if rivit and (m := _TILA_RE.match(rivit[0].strip())):
        tila = m.group(1)
        if tila not in OTSIKKOTILAT:
            raise ValueError(f"tuntematon otsikkotila: {tila}")
        rivit = rivit[1:]
    return tila, [_lohko(lohko) for lohko in parse_blocks("\n".join(rivit), markdown=True)]


def _lohko(lohko: WrittenBlock) -> Lohko:
    """One block of the reader as the writer's block: list styles by numbering and depth."""
    if lohko.kind == "table":
        leveys = max(len(r) for r in lohko.rows)
        return Lohko("taulukko", rivit=[r + [""] * (leveys - len(r)) for r in lohko.rows], otsakerivi=lohko.header)
    if lohko.kind == BlockKind.list_item:
        tyyli = "List Number" if lohko.numbered else "List Bullet 2" if lohko.level else "List Bullet"
        return Lohko("luettelo", lohko.text.strip(), tyyli=tyyli)
    laji = {BlockKind.title: "nimi", BlockKind.heading: "otsikko", BlockKind.paragraph: "kappale"}[BlockKind(lohko.kind)]
    return Lohko(laji, lohko.text.strip(), taso=lohko.level if laji == "otsikko" else 0)


def lisaa_teksti(kappale: Paragraph, teksti: str, lihavoi: bool = False) -> None:
    """Write `teksti` into `kappale`, turning `**x**` into bold runs.

    Why runs and not one string: the checker may read bold lead-ins ("**Tavoitteet:**") and
    all-bold pseudo-headings, so boldness must be real run formatting.
    """
    for j, osa in enumerate(teksti.split("**")):
        if osa:
            kappale.add_run(unescape(osa)).bold = True if (lihavoi or j % 2 == 1) else None


class Numerointi:
    """Restart numbering for each separate numbered list.

    Why: Word's "List Number" style shares one counter across the document, so a second list would
    continue from the first (3., 4., …). A new w:num with a start override per list keeps each list
    starting from 1 as a writer would see it.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self._numerot = doc.part.numbering_part.element
        tyyli = doc.styles["List Number"].element
        num_id = tyyli.pPr.numPr.numId.val
        num = self._numerot.num_having_numId(num_id)
        self._abstrakti = num.abstractNumId.val

    def uusi_lista(self) -> int:
        """Create a fresh w:num restarting at 1 and return its id."""
        num = self._numerot.add_num(self._abstrakti)
        ohitus = OxmlElement("w:lvlOverride")
        ohitus.set(qn("w:ilvl"), "0")
        alku = OxmlElement("w:startOverride")
        alku.set(qn("w:val"), "1")
        ohitus.append(alku)
        num.append(ohitus)
        return int(num.numId)


def _aseta_numero(kappale: Paragraph, num_id: int) -> None:
    """Attach paragraph to numbering instance `num_id` at level 0."""
    numpr = kappale._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def rakenna_dokumentti(tila: str, lohkot: list[Lohko]) -> DocxDocument:
    """Render parsed blocks into a python-docx Document in the given heading mode."""
    doc = Document()
    numerointi = Numerointi(doc)
    nimi = ""
    edellinen_numeroitu = False
    num_id = 0
    for lohko in lohkot:
        numeroitu = lohko.laji == "luettelo" and lohko.tyyli == "List Number"
        if lohko.laji == "nimi":
            nimi = nimi or lohko.teksti.replace("**", "")
            if tila == "tyylit":
                lisaa_teksti(doc.add_paragraph(style="Title"), lohko.teksti)
            else:
                lisaa_teksti(doc.add_paragraph(), lohko.teksti, lihavoi=True)
        elif lohko.laji == "otsikko":
            if tila == "tyylit":
                lisaa_teksti(doc.add_paragraph(style=f"Heading {lohko.taso}"), lohko.teksti)
            else:
                lisaa_teksti(doc.add_paragraph(), lohko.teksti, lihavoi=(tila == "lihavoitu"))
        elif lohko.laji == "kappale":
            lisaa_teksti(doc.add_paragraph(), lohko.teksti)
        elif lohko.laji == "luettelo":
            kappale = doc.add_paragraph(style=lohko.tyyli)
            lisaa_teksti(kappale, lohko.teksti)
            if numeroitu:
                if not edellinen_numeroitu:
                    num_id = numerointi.uusi_lista()
                _aseta_numero(kappale, num_id)
        elif lohko.laji == "taulukko":
            _kirjoita_taulukko(doc, lohko)
        edellinen_numeroitu = numeroitu
    _aseta_ominaisuudet(doc, nimi)
    return doc


def _kirjoita_taulukko(doc: DocxDocument, lohko: Lohko) -> None:
    """Write a real Word table; `<br>` in a cell starts a new paragraph in that cell."""
    taulu = doc.add_table(rows=len(lohko.rivit), cols=len(lohko.rivit[0]))
    taulu.style = doc.styles["Table Grid"]
    for r, rivi in enumerate(lohko.rivit):
        lihavoi = lohko.otsakerivi and r == 0
        for s, teksti in enumerate(rivi):
            solu = taulu.cell(r, s)
            osat = [o.strip() for o in _BR_RE.split(teksti)] if teksti else []
            for k, osa in enumerate(osat):
                kappale = solu.paragraphs[0] if k == 0 else solu.add_paragraph()
                lisaa_teksti(kappale, osa, lihavoi=lihavoi)


def _aseta_ominaisuudet(doc: DocxDocument, nimi: str) -> None:
    """Fix core properties so rebuilds do not differ by timestamp or tool name."""
    cp = doc.core_properties
    cp.title = nimi
    cp.author = "suunnitelmatarkastin-korpus"
    cp.last_modified_by = "suunnitelmatarkastin-korpus"
    cp.created = KIINTEA_AIKA.replace(tzinfo=None)
    cp.modified = KIINTEA_AIKA.replace(tzinfo=None)
    cp.last_printed = KIINTEA_AIKA.replace(tzinfo=None)
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


def tallenna_vakaasti(doc: DocxDocument, kohde: Path) -> None:
    """Save with fixed zip entry timestamps so identical content gives identical bytes."""
    puskuri = io.BytesIO()
    doc.save(puskuri)
    ulos = io.BytesIO()
    with zipfile.ZipFile(puskuri) as sisaan, zipfile.ZipFile(ulos, "w") as kirjoitin:
        for tieto in sisaan.infolist():
            uusi = zipfile.ZipInfo(tieto.filename, date_time=ZIP_AIKA)
            uusi.compress_type = zipfile.ZIP_DEFLATED
            uusi.external_attr = 0o644 << 16
            kirjoitin.writestr(uusi, sisaan.read(tieto.filename))
    data = ulos.getvalue()
    if not kohde.exists() or kohde.read_bytes() != data:
        kohde.write_bytes(data)


def kohdepolku(lahde: Path) -> Path:
    """`.../lahteet/X.docx.md` → `.../X.docx` (the folder that holds `lahteet/`)."""
    return lahde.parent.parent / lahde.name[: -len(".md")]


def rakenna(lahde: Path) -> Path:
    """Build one source file into its .docx and return the output path."""
    tila, lohkot = jasenna(lahde.read_text(encoding="utf-8"))
    kohde = kohdepolku(lahde)
    tallenna_vakaasti(rakenna_dokumentti(tila, lohkot), kohde)
    return kohde


def kaikki_lahteet() -> list[Path]:
    """Every `*.docx.md` source of the main and held-out parts, in a stable order."""
    return sorted(p for kansio in LAHDEKANSIOT if kansio.is_dir() for p in kansio.glob("*.docx.md"))


def main(argv: list[str] | None = None) -> int:
    """Rebuild the given sources (or all of them); print what was built."""
    args = sys.argv[1:] if argv is None else argv
    lahteet = [Path(a).resolve() for a in args] if args else kaikki_lahteet()
    for lahde in lahteet:
        kohde = rakenna(lahde)
        print(f"{lahde.relative_to(KORPUS)} -> {kohde.relative_to(KORPUS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
