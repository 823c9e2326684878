"""The declared understanding pipeline: stages run in an order that gives each what it requires,
and each extractor's facts for a short text are pinned as JSON, so the fact fields user rule packs
program against cannot change unnoticed. Regenerate with `PAIVITA_KULTA=1 pytest tests/test_extractors.py`
after a deliberate change, and read the diff."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from suunnitelmatarkastin.read.builder import DocumentBuilder
from suunnitelmatarkastin.read.text_reader import read_text
from suunnitelmatarkastin.understand import EXTRACTORS, Extractor, check_order, read_facts

GOLDEN = Path(__file__).parent / "golden" / "extractors.json"

TEXTS = {
    "hankesuunnitelma": """\
        % Hankesuunnitelma: Kylän kerhot
        # Tausta
        Vuonna 2024 kylässä asui 120 lasta. Luonnos 2.2.2026
        # Tavoitteet
        1. Lapset liikkuvat enemmän iltapäivisin.
        2. Vanhemmat tutustuvat toisiinsa.
        # Toimenpiteet
        Kerhot kokoontuvat koululla kahdesti viikossa (tavoite 1). Vanhempainiltoja järjestetään neljä (tavoite 2).
        Päätösjuhla pidetään toukokuussa 2028.
        # Aikataulu
        Hanke toteutetaan 1.3.2026–28.2.2028.
        # Arviointi
        Lasten liikkumista mitataan askelmittarilla syksyllä 2026.
        # Juurruttaminen
        Juurruttaminen alkaa jo hakuvaiheessa. Kerhot siirtyvät 1.3.2028 alkaen kunnan vapaa-aikapalveluille,
        jotka varaavat niihin 0,2 htv. Tuloksista kerrotaan kunnan verkkosivuilla.
        Miten malli sopii muille kylille?
        # Yhteystiedot
        Yhteyshenkilö Maija Mallikas, puh. XXX XXX XXXX.
        """,
    "loppuraportti": """\
        % Loppuraportti
        # Taustatiedot
        Diaarinumero VN/1234/2025. Hanke toteutettiin 1.1.2025–31.12.2025.
        # Yhteystiedot
        Raportti laadittu 15.2.2026. Yhteyshenkilö on projektipäällikkö Pekka Esimerkki.
        """,
}


def _facts(doc_type: str) -> dict[str, list[dict]]:
    builder = DocumentBuilder("<teksti>", "md")
    read_text(textwrap.dedent(TEXTS[doc_type]), builder, markdown=True)
    facts = read_facts(builder.build(), doc_type)
    by_kind: dict[str, list[dict]] = {}
    for fact in facts.facts:
        by_kind.setdefault(fact.kind, []).append(fact.model_dump(mode="json", exclude={"location"}))
    return by_kind


@pytest.fixture(scope="module")
def produced() -> dict[str, dict[str, list[dict]]]:
    return {doc_type: _facts(doc_type) for doc_type in TEXTS}


def test_every_stage_gets_what_it_requires():
    check_order(EXTRACTORS)
    bad = [Extractor("a", lambda r, f: [], ("x",), ("y",))]
    with pytest.raises(ValueError, match="tarvitsee"):
        check_order(bad)


def test_each_fact_kind_comes_from_one_declared_stage(produced):
    declared = {kind for extractor in EXTRACTORS for kind in extractor.assigns}
    made = {kind for by_kind in produced.values() for kind in by_kind}
    assert made <= declared, made - declared
    assert {"section", "goal", "question", "placeholder", "period", "dated", "rooting", "stage", "responsibility", "channel", "expected_section"} <= made


def test_extractor_facts_are_pinned(produced):
    if os.environ.get("PAIVITA_KULTA"):
        GOLDEN.write_text(json.dumps(produced, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for doc_type, by_kind in golden.items():
        for kind, facts in by_kind.items():
            assert produced[doc_type].get(kind) == facts, f"{doc_type}: {kind}"
    assert set(produced) == set(golden) and all(set(produced[d]) == set(golden[d]) for d in golden)


def test_the_rule_guides_fact_list_is_the_generated_one():
    from suunnitelmatarkastin.judge.docs import fact_table

    guide = (Path(__file__).parents[1] / "docs" / "saannot.md").read_text(encoding="utf-8")
    listed = guide.split("<!-- faktat: alku -->\n", 1)[1].split("\n<!-- faktat: loppu -->", 1)[0]
    assert listed == fact_table(), "aja: suunnitelmatarkastin faktat ja päivitä docs/saannot.md"
