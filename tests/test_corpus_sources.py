"""The corpus's .docx files are what their `lahteet/*.docx.md` sources build (`corpora/rakenna.py`).

The sources are read by the checker's own Markdown reader, so a change to the reader that would
change a corpus document shows here as a .docx that no longer matches its committed bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

CORPORA = Path(__file__).parents[1] / "corpora"


def _rakenna():
    spec = importlib.util.spec_from_file_location("rakenna", CORPORA / "rakenna.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["rakenna"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_every_corpus_docx_is_what_its_source_builds(tmp_path):
    rakenna = _rakenna()
    sources = rakenna.kaikki_lahteet()
    assert len(sources) > 20
    differing = []
    for source in sources:
        built = tmp_path / "rakennettu.docx"
        built.unlink(missing_ok=True)
        tila, lohkot = rakenna.jasenna(source.read_text(encoding="utf-8"))
        rakenna.tallenna_vakaasti(rakenna.rakenna_dokumentti(tila, lohkot), built)
        if built.read_bytes() != rakenna.kohdepolku(source).read_bytes():
            differing.append(source.name)
    assert not differing, f"rebuild with corpora/rakenna.py, or the reader changed how these read: {differing}"
