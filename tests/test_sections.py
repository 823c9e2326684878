"""Headings and lead-ins mapped to canonical section keys by lemmas; document type detection."""

from __future__ import annotations

import pytest

from suunnitelmatarkastin.read.builder import DocumentBuilder
from suunnitelmatarkastin.read.text_reader import read_text
from suunnitelmatarkastin.understand.doctype import detect_doc_type
from suunnitelmatarkastin.understand.nlp import analyse_texts
from suunnitelmatarkastin.understand.sections import classify_heading


def keys(heading: str, doc_type: str = "hankesuunnitelma") -> list[str]:
    [analysis] = analyse_texts([heading])
    tokens = [t for t in analysis.tokens if t.pos not in ("PUNCT", "NUM")]
    return classify_heading(tokens, doc_type)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Hankkeen tavoitteet ja kohderyhmä", ["tavoitteet", "kohderyhma"]),
        ("Kohderyhmät", ["kohderyhma"]),
        ("TAUSTA", ["tausta"]),
        ("Tavoitteiden toteutuminen", ["tulokset"]),
        ("Riskienhallinta", ["riskit"]),
        ("Viestintäsuunnitelma", ["viestinta"]),
        ("Toimintaympäristö ja tarve", ["tausta"]),
        ("Budjetti ja rahoitus", ["resurssit"]),
        ("Tulosten hyödyntäminen ja levittäminen", ["juurruttaminen"]),
        ("Työpaketit", ["toimenpiteet"]),
        ("Hankkeen aikataulu", ["aikataulu"]),
        ("Liitteet", []),
    ],
)
def test_plan_headings(heading, expected):
    assert keys(heading) == expected


@pytest.mark.parametrize(
    ("heading", "doc_type", "expected"),
    [
        ("1 OSMO-HANKKEEN TAUSTA, TAVOITTEET JA KOHDERYHMÄ", "arviointisuunnitelma", ["tavoitteet", "kohderyhma"]),
        ("Arviointitiedon käyttö ja hyvien käytäntöjen juurruttaminen", "arviointisuunnitelma", ["arviointitiedon-kaytto"]),
        ("Hyvien käytäntöjen levittäminen", "exit-suunnitelma", ["levittaminen"]),
        ("Kehittämistyön jatko", "exit-suunnitelma", ["jatko"]),
        ("Suositukset muille virastoille", "loppuraportti", ["suositukset"]),
        ("Tiivistelmä hankkeen tuloksista", "loppuraportti", ["tiivistelma", "tulokset"]),
    ],
)
def test_other_types(heading, doc_type, expected):
    assert keys(heading, doc_type) == expected


def _type_of(text: str) -> str:
    builder = DocumentBuilder("x.md", "md")
    read_text(text, builder, markdown=True)
    document = builder.build()
    return detect_doc_type(document, analyse_texts(b.text for b in document.blocks))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("% Nuorten polku -hankkeen hankesuunnitelma\n\nTeksti.", "hankesuunnitelma"),
        ("% OSMO OSALLISUUTTA MONIAMMATILLISESTI ARVIOINTISUUNNITELMA\n\nTeksti.", "arviointisuunnitelma"),
        ("% Exit-suunnitelma\n\nTeksti.", "exit-suunnitelma"),
        ("% Jatkuvuussuunnitelma 2026\n\nTeksti.", "exit-suunnitelma"),
        ("% Hankkeen loppuraportti\n\nTeksti.", "loppuraportti"),
        ("# Taustatiedot\n\nx\n\n# Kehitysajatukset\n\nx\n\n# Tiivistelmä\n\nx\n\n# Suositukset muille\n\nx", "loppuraportti"),
    ],
)
def test_doc_type(text, expected):
    assert _type_of(text) == expected
