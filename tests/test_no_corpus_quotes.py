"""No sentence of a corpus document is quoted in the code, its comments or its lexicons: the
checker must read better, not recognise its test documents (issue: be right on realistic drafts).

Any run of eight words within one sentence of a corpus document that also stands in a source file is
a quote (a run across a sentence end is not: two template questions one after the other make a run
that no one wrote), unless it is the public guidance's own text (a funder's template's questions, which documents written in
that template repeat and which the checker must know): the seed texts in `../shared/seeds/`.
"""

from __future__ import annotations

import re

import pytest

from suunnitelmatarkastin.read import ReadError, read_document
from suunnitelmatarkastin.scoring import annotated_documents

from .conftest import CORPORA, ROOT

_WORDS = re.compile(r"[^\W\d_]+")  # words, not numbers: dates and sums recur by chance
_RUN = 8
SEEDS = ROOT.parent / "shared" / "seeds"
_SOURCES = [
    *(p for p in (ROOT / "src" / "suunnitelmatarkastin").rglob("*") if p.suffix in (".py", ".yaml", ".html", ".js", ".css")),
    *(ROOT / "tests").glob("*.py"),
    *(ROOT / "benchmarks").glob("*.py"),
]


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _runs(text: str) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for sentence in _SENTENCE_END.split(text):
        words = [w.lower() for w in _WORDS.findall(sentence)]
        runs |= {tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}
    return runs


@pytest.mark.slow
def test_no_source_file_quotes_a_corpus_document():
    if not SEEDS.is_dir():
        pytest.skip(f"siemenaineistoa ei löydy ({SEEDS}): pohjan omia tekstejä ei voi erottaa lainauksista")
    guidance = set().union(*(_runs(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    corpus: set[tuple[str, ...]] = set()
    for document, _ in annotated_documents(CORPORA):
        try:
            corpus |= _runs("\n".join(b.text for b in read_document(document).blocks))
        except ReadError:
            continue
    quoted = {
        str(path.relative_to(ROOT)): " ".join(next(iter(found)))
        for path in _SOURCES
        if (found := (_runs(path.read_text(encoding="utf-8", errors="replace")) & corpus) - guidance)
    }
    assert not quoted, quoted
