"""Each text is parsed once: the project digest cuts its goals, indicators, promises and owners
out of the paragraphs the check already parsed, and a document not in Finnish is not parsed at all."""

from __future__ import annotations

import textwrap

import pytest

import suunnitelmatarkastin.project.digest as digest_module
import suunnitelmatarkastin.understand as understand
from suunnitelmatarkastin.check import check_text, check_texts
from suunnitelmatarkastin.understand.nlp import analyse_texts

PLAN = """\
% Hankesuunnitelma – Uimataito kaikille
Hankekoodi: S26114

# Tavoitteet
Tavoite 1. Alakoululaisten uimataito paranee.

Mittarit: 150 oppilasta suorittaa uimataitotestin; 8 opettajaa koulutetaan uinninopetukseen; palaute vähintään 4/5.

Tavoite 2. Perheet liikkuvat yhdessä uimahallissa.

Mittari: 40 perhettä käy perhevuoroilla kahdesti kuukaudessa.

# Toimenpiteet
Järjestämme koulujen uintitunteja (tavoite 1) ja perhevuoroja (tavoite 2).

# Aikataulu
Hanke toteutetaan 1.8.2026–31.7.2028.

# Juurruttaminen
Perhevuorojen toimintamalli vakiinnutetaan kaupungin liikuntapalveluihin hankkeen jälkeen.
"""

EXIT = """\
% Exit-suunnitelma – Uimataito kaikille
Hankekoodi: S26114

# Vastuut hankkeen jälkeen
| Toiminto | Vastuutaho | Alkaen |
|---|---|---|
| Perhevuorojen järjestäminen | Liikuntapalvelujen päällikkö Tiina Koskela, Järvelän kaupunki | 1.8.2028 |
| Uinninopetuksen koulutus | Opetuspalvelut, rehtori Mikko Aalto | Syksy 2028 |

# Tulosten levittäminen
Toimintamalli julkaistaan kaupungin verkkosivuilla.
"""


def _digests(monkeypatch: pytest.MonkeyPatch) -> tuple[list, list[str]]:
    """The plan's and the exit plan's digests, and every text the digest sent to the parser."""
    parsed: list[str] = []

    def spy(texts):
        texts = list(texts)
        parsed.extend(texts)
        return analyse_texts(texts)

    monkeypatch.setattr(digest_module, "analyse_texts", spy)
    reports, _ = check_texts([("suunnitelma.md", None, PLAN), ("exit.md", None, EXIT)])
    return [r._digest for r in reports], parsed


def test_the_digest_parses_no_text_a_paragraph_already_holds(monkeypatch):
    """Goals, indicators (parts of a sentence cut at semicolons), the promise and the owners of a
    table row (its cells joined) are all cut out of the paragraphs' analyses: nothing is parsed
    again, and the digest is the one a second parse of each text gives."""
    (plan, exit_plan), parsed = _digests(monkeypatch)
    assert parsed == []
    assert sorted(i.text for i in plan.indicators) == [
        "150 oppilasta suorittaa uimataitotestin", "8 opettajaa koulutetaan uinninopetukseen", "Mittari: 40 perhettä käy perhevuoroilla kahdesti kuukaudessa.",
    ]
    assert plan.promises and [o.owner for o in exit_plan.owners]

    monkeypatch.setattr(digest_module, "_from_paragraphs", lambda *_: None)  # as before: every text parsed on its own
    (plan_again, exit_again), parsed = _digests(monkeypatch)
    assert parsed  # the comparison is with real second parses
    assert plan_again.model_dump() == plan.model_dump()
    assert exit_again.model_dump() == exit_plan.model_dump()


def test_a_cut_counts_its_heads_from_its_own_first_token():
    """A text that starts inside a sentence is a sentence of its own, as its own parse would be:
    heads counted from the cut, a cut inside a word is no cut."""
    [paragraph] = analyse_texts(["Mittarit: kävijöitä on 300 vuodessa ja palautteen keskiarvo on vähintään 4."])
    tokens = digest_module._in_paragraph("kävijöitä on 300 vuodessa", paragraph)
    assert [t.text for t in tokens] == ["kävijöitä", "on", "300", "vuodessa"]
    assert tokens[0].sent_start and not paragraph.tokens[2].sent_start
    behind = 2  # "Mittarit", ":"
    assert [t.head for t in tokens] == [t.head - behind for t in paragraph.tokens[2:6]]
    assert digest_module._in_paragraph("kävijöitä on 300 vuode", paragraph) is None


def test_a_swedish_document_is_not_parsed(monkeypatch):
    """The language is told from the words alone; a document in another language gets its one
    notice without a single paragraph going through the Finnish pipeline."""

    def refuse(texts):
        raise AssertionError("ruotsinkielinen asiakirja jäsennettiin")

    monkeypatch.setattr(understand, "analyse_texts", refuse)
    text = textwrap.dedent(
        """\
        % Projektplan
        # Mål
        Målet är att fler barn ska lära sig simma och att deras föräldrar ska följa med till simhallen.
        Projektet genomförs under två år och det riktar sig till skolor som ligger långt från en
        simhall. Vi kommer att ordna simlektioner varje vecka och utbilda lärare som kan leda dem.
        """
    )
    assert [f.rule for f in check_text(text, None)] == ["asiakirja.kieli"]
