"""Property-based robustness: generated plans of any shape are checked without a crash, with a valid
schema-1 JSON report, with every finding pointing at a real place, and with the same result twice.

Documents are generated as structure — headings of any depth, paragraphs, nested lists, tables with
missing cells, Finnish-like text, occasional very long paragraphs — and written both as Markdown and
as .docx. The run is bounded (25 examples per format); under CI it is derandomized so that a failure
reproduces.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suunnitelmatarkastin.check import check_path
from suunnitelmatarkastin.models import DOC_TYPES, Report
from suunnitelmatarkastin.read import read_document

BOUNDED = settings(
    max_examples=25,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_VOCABULARY = ["hanke", "hankkeen", "tavoite", "tavoitteena", "kunta", "kunnan", "asukkaat", "nuoret", "palvelut", "kehittäminen", "arviointi", "arvioidaan", "juurruttaminen", "juurrutetaan", "levitetään", "seminaari", "Innokylä", "verkkosivut", "kysely", "palaute", "ohjausryhmä", "hankepäällikkö", "vastaa", "kaupunki", "yhdistys", "toteutetaan", "kerätään", "syksyllä", "keväällä", "hakuvaiheessa", "alussa", "lopussa", "1.1.2025", "31.12.2026", "2025", "Q3/2025", "loppuvuodesta", "2026", "mittari", "toimenpide", "tulokset", "budjetti", "riskit", "viestintä", "tekstiä", "[täytä]", "xx.xx.20xx", "ja", "sekä", "että", "on", "ei"]
_HEADINGS = (
    "Tausta", "Tavoitteet", "Kohderyhmä", "Toimenpiteet", "Aikataulu", "Budjetti", "Arviointi", "Tulokset",
    "Juurruttaminen", "Riskit", "Viestintä", "Tiivistelmä", "Yhteystiedot", "Liite 1", "Miten tavoitteet toteutuivat?",
)
_TITLES = ("Hankesuunnitelma", "Arviointisuunnitelma", "Exit-suunnitelma", "Loppuraportti", "Muistio")

words = st.one_of(st.sampled_from(_VOCABULARY), st.text(alphabet="aeiouyäöhjklmnprstv", min_size=1, max_size=14))
sentences = st.lists(words, min_size=1, max_size=16).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraphs = st.one_of(
    st.lists(sentences, min_size=1, max_size=4).map(" ".join),
    st.tuples(sentences, st.integers(30, 80)).map(lambda pair: " ".join([pair[0]] * pair[1])),  # very long
)
cell_texts = st.one_of(st.just(""), st.lists(words, min_size=1, max_size=6).map(" ".join))


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class Item:
    level: int
    numbered: bool
    text: str


@dataclass
class TableBlock:
    rows: list[list[str]]  # rows may be shorter than others: missing cells


blocks = st.one_of(
    st.builds(Heading, st.integers(1, 9), st.one_of(st.sampled_from(_HEADINGS), sentences.map(lambda s: s.rstrip(".")))),
    st.builds(Paragraph, paragraphs),
    st.builds(Item, st.integers(0, 3), st.booleans(), sentences),
    st.builds(TableBlock, st.lists(st.lists(cell_texts, min_size=1, max_size=4), min_size=1, max_size=5)),
)
documents = st.tuples(st.one_of(st.none(), st.sampled_from(_TITLES)), st.lists(blocks, min_size=1, max_size=12)).filter(
    lambda doc: any(isinstance(b, (Heading, Paragraph, Item)) for b in doc[1]) or doc[0]
)


def _markdown(title: str | None, content: list) -> str:
    lines = [f"% {title}", ""] if title else []
    for block in content:
        if isinstance(block, Heading):
            lines += ["#" * min(block.level, 6) + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            lines += [block.text, ""]
        elif isinstance(block, Item):
            lines += ["  " * block.level + ("1. " if block.numbered else "- ") + block.text, ""]
        else:
            for number, row in enumerate(block.rows):
                lines.append("| " + " | ".join(row) + " |")
                if number == 0:
                    lines.append("|" + "---|" * len(row))
            lines.append("")
    return "\n".join(lines)


def _docx(title: str | None, content: list, path) -> None:
    document = docx.Document()
    if title:
        document.add_heading(title, level=0)
    for block in content:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Item):
            style = "List Number" if block.numbered else "List Bullet"
            document.add_paragraph(block.text, style=style if block.level == 0 else f"{style} {min(block.level + 1, 3)}")
        else:
            width = max(len(row) for row in block.rows)
            table = document.add_table(rows=len(block.rows), cols=width)
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                if len(row) < width - 1:  # a short row: its last cells merged into one, as people do
                    table.cell(r, len(row)).merge(table.cell(r, width - 1))
    document.save(str(path))


def _validate_schema_1(data: dict) -> None:
    """The JSON report's contract (SPEC section 6): keys, types and allowed values."""
    assert data["schema"] == 1
    assert isinstance(data["documents"], list)
    for doc in data["documents"]:
        assert {"path", "doc_type", "error", "findings"} <= set(doc)
        assert isinstance(doc["path"], str)
        assert doc["doc_type"] is None or doc["doc_type"] in DOC_TYPES
        assert doc["error"] is None or (isinstance(doc["error"], str) and doc["error"])
        if doc["error"]:
            assert doc["doc_type"] is None and doc["findings"] == []
        for finding in doc["findings"]:
            assert {"rule", "severity", "message", "target", "location", "hint"} <= set(finding)
            assert isinstance(finding["rule"], str) and finding["rule"]
            assert finding["severity"] in ("error", "warning", "info")
            assert isinstance(finding["message"], str) and finding["message"].strip()
            assert "{" not in finding["message"], "an unfilled placeholder"
            assert isinstance(finding["hint"], str) and finding["hint"].strip()
            assert finding["target"] is None or isinstance(finding["target"], str)
            location = finding["location"]
            assert location["section"] is None or isinstance(location["section"], str)
            for key in ("paragraph", "table", "row", "cell"):
                assert location[key] is None or (isinstance(location[key], int) and location[key] >= 0)


def _check_properties(path) -> None:
    report = check_path(path)
    assert report.error is None, report.error
    _validate_schema_1(json.loads(Report(documents=[report]).to_json()))
    document = read_document(path)
    for finding in report.findings:
        location = finding.location
        if location.paragraph is not None:
            assert location.paragraph < len(document.blocks), finding
            block = document.blocks[location.paragraph]
            if location.table is not None:
                assert (block.table, block.row, block.cell) == (location.table, location.row, location.cell), finding
    again = check_path(path)
    assert [f.model_dump() for f in again.findings] == [f.model_dump() for f in report.findings]
    assert again.doc_type == report.doc_type


@BOUNDED
@given(documents)
def test_generated_markdown_plans(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("md") / "suunnitelma.md"
    path.write_text(_markdown(*doc), encoding="utf-8")
    _check_properties(path)


@BOUNDED
@given(documents)
def test_generated_docx_plans(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("docx") / "suunnitelma.docx"
    _docx(*doc, path)
    _check_properties(path)
