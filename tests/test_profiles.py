"""Funder profiles and lexicon overlays: a pack adds sections and parameters without Python."""

from __future__ import annotations

import json
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin.check import check_text
from suunnitelmatarkastin.cli import main, tarkasta
from suunnitelmatarkastin.judge.docs import run_examples
from suunnitelmatarkastin.judge.rules import RuleError, load_rules
from suunnitelmatarkastin.profiles import ProfileError, pack_hash, profile_dirs, profile_names
from suunnitelmatarkastin.understand.lexicon import LexiconError, load, merge, overlays

SHIPPED = {"kaiku", "stea", "esr", "avi", "business-finland"}


def test_the_issue_profiles_are_shipped():
    assert set(profile_names()) >= SHIPPED


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_profile_examples_fire_and_pass(name):
    rules, results = run_examples(profile_dirs([name])[0])
    assert rules and all(len(r.examples.fire) >= 2 and len(r.examples.pass_) >= 2 for r in rules)
    assert [r for r in results if not r.ok] == []
    assert all("https://" in r.basis for r in rules)


def test_overlay_lists_extend_keys_override_and_sections_merge_by_key():
    base = {"words": ["a", "b"], "limit": 3, "sections": [{"key": "x", "required": False, "synonyms": ["x"]}]}
    extra = {"words": ["b", "c"], "limit": 2, "sections": [{"key": "x", "required": True}, {"key": "y", "synonyms": ["y"]}]}
    merged = merge(base, extra, "testi.yaml")
    assert merged["words"] == ["a", "b", "c"] and merged["limit"] == 2
    assert merged["sections"] == [{"key": "x", "required": True, "synonyms": ["x"]}, {"key": "y", "synonyms": ["y"]}]
    assert base["words"] == ["a", "b"]  # the shipped lexicon itself is untouched
    with pytest.raises(LexiconError, match="testi.yaml, kohta words pitää olla lista"):
        merge(base, {"words": "c"}, "testi.yaml")


def test_overlays_are_per_run_and_do_not_leak():
    avi, esr = profile_dirs(["avi", "esr"])
    assert load("report")["late_months"] == 3
    with overlays([avi]):
        assert load("report")["late_months"] == 2
        assert "talous" in [s["key"] for s in load("sections")["loppuraportti"]]
    with overlays([esr]):
        assert load("report")["late_months"] == 3
    assert "talous" not in [s["key"] for s in load("sections")["loppuraportti"]]

    def months(packs: tuple[str, ...]) -> int:
        with overlays(packs):
            return load("report")["late_months"]

    with ThreadPoolExecutor(4) as pool:  # threads (the web server's) each see their own packs
        assert list(pool.map(months, [(avi,), (), (avi,), ()] * 5)) == [2, 3, 2, 3] * 5


REPORT = """% Loppuraportti
# Taustatiedot
Hanke toteutettiin 1.1.2025–31.12.2025.
# Yhteystiedot
Laadittu 10.3.2026.
"""


def test_the_report_deadline_is_a_profile_parameter():
    generic = [f for f in check_text(REPORT, "loppuraportti") if f.rule == "raportti.myohassa"]
    avi = [f for f in check_text(REPORT, "loppuraportti", rule_dirs=profile_dirs(["avi"])) if f.rule == "raportti.myohassa"]
    assert generic == []
    assert len(avi) == 1 and "yli 2 kuukautta" in avi[0].message


FUNDER_SECTIONS = """
hankesuunnitelma:
  - key: saavutettavuus
    name: Saavutettavuus ja esteettömyys
    required: true
    synonyms: [saavutettavuus, esteettömyys, esteetön osallistuminen]
"""
FUNDER_RULE = """
rules:
  - id: saatio.saavutettavuus-ohut
    severity: warning
    types: [hankesuunnitelma]
    when:
      each: section
      where: {key: saavutettavuus, words: {"<": 15}}
    message: "Saavutettavuus on kuvattu vain {section.words} sanalla."
    hint: "Kerro, miten tilat, aineistot ja viestintä tehdään esteettömiksi."
    basis: "Säätiön hakuohje 2026, https://saatio.example.fi/hakuohje"
    doc: "Säätiö edellyttää saavutettavuuden kuvausta omana osionaan."
    examples:
      fire:
        - type: hankesuunnitelma
          text: |
            # Saavutettavuus
            Otetaan huomioon.
      pass:
        - type: hankesuunnitelma
          text: |
            # Saavutettavuus
            Kaikki tilaisuudet pidetään esteettömissä tiloissa, ja aineistot julkaistaan selkokielellä ja saavutettavina verkkosivuina.
"""
PLAN = """% Hankesuunnitelma
# Tavoitteet
- Kylän ikäihmiset tapaavat toisiaan viikoittain.
# Aikataulu
Hanke toteutetaan 1.1.2026–31.12.2027.
"""


def _funder_pack(folder: Path) -> Path:
    (folder / "lexicons").mkdir(parents=True)
    (folder / "lexicons" / "sections.yaml").write_text(textwrap.dedent(FUNDER_SECTIONS), encoding="utf-8")
    (folder / "saatio.yaml").write_text(textwrap.dedent(FUNDER_RULE), encoding="utf-8")
    return folder


def test_a_funders_pack_adds_a_required_section_and_a_rule_without_python(tmp_path):
    pack = _funder_pack(tmp_path / "saatio")
    plan = tmp_path / "hakemus.md"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(tarkasta, ["--saannot", str(pack), "--muoto", "json", str(plan)])
    document = json.loads(result.output)["documents"][0]
    missing = [f for f in document["findings"] if f["rule"] == "rakenne.osio-puuttuu" and f["target"] == "saavutettavuus"]
    assert len(missing) == 1 and missing[0]["severity"] == "error"
    assert "Saavutettavuus ja esteettömyys" in missing[0]["message"]

    plan.write_text(PLAN + "# Esteettömyys\nOtetaan huomioon.\n", encoding="utf-8")
    result = CliRunner().invoke(tarkasta, ["--saannot", str(pack), "--muoto", "json", str(plan)])
    rules = [f["rule"] for f in json.loads(result.output)["documents"][0]["findings"]]
    assert "saatio.saavutettavuus-ohut" in rules  # its heading word found it, and the rule judged it
    assert not any(f == "rakenne.osio-puuttuu" and t == "saavutettavuus" for f, t in [(f["rule"], f["target"]) for f in json.loads(result.output)["documents"][0]["findings"]])

    explained = CliRunner().invoke(main, ["saannot", "saatio.saavutettavuus-ohut", "--saannot", str(pack)], terminal_width=200)
    assert explained.exit_code == 0
    assert "https://saatio.example.fi/hakuohje" in explained.output and "Tarkastin sanoo siitä: Saavutettavuus on kuvattu vain" in explained.output

    alone = [f for f in check_text(PLAN, "hankesuunnitelma") if f.target == "saavutettavuus"]
    assert alone == []  # the same process without the pack: nothing of it leaks


def test_a_malformed_overlay_stops_before_any_document(tmp_path):
    pack = _funder_pack(tmp_path / "saatio")
    (pack / "lexicons" / "sections.yaml").write_text("hankesuunnitelma: saavutettavuus\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"sections.yaml, kohta hankesuunnitelma pitää olla lista"):
        load_rules((str(pack),))
    (pack / "lexicons" / "sections.yaml").unlink()
    (pack / "lexicons" / "osiot.yaml").write_text("a: 1\n", encoding="utf-8")
    with pytest.raises(RuleError, match="osiot.yaml ei ole vastinetta"):
        load_rules((str(pack),))


def test_profiles_are_listed_and_an_unknown_one_is_a_finnish_error(tmp_path):
    listed = CliRunner().invoke(main, ["profiilit"], terminal_width=200)
    assert listed.exit_code == 0
    assert all(name in listed.output for name in SHIPPED)
    assert "Sukupuolten tasa-arvo (hankesuunnitelma, pakollinen)" in listed.output
    assert "report.late_months = 2" in listed.output
    assert "Hankkeen asiakirjat hakuvaiheessa: hankesuunnitelma, arviointisuunnitelma" in listed.output
    with pytest.raises(ProfileError, match="Profiilia ”steaa” ei ole; mukana tulevat profiilit: .*stea"):
        profile_dirs(["steaa"])
    plan = tmp_path / "a.md"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(tarkasta, ["--profiili", "steaa", str(plan)])
    assert result.exit_code == 2 and "Profiilia ”steaa” ei ole" in result.output


def test_a_profiles_rules_are_listed_alone():
    result = CliRunner().invoke(main, ["saannot", "--profiili", "esr"], terminal_width=200)
    assert result.exit_code == 0
    assert "esr.tasa-arvo-ohut" in result.output and "juurrutus.puuttuu" not in result.output


def test_pack_hash_changes_with_content(tmp_path):
    pack = _funder_pack(tmp_path / "saatio")
    before = pack_hash(pack)
    (pack / "saatio.yaml").write_text(textwrap.dedent(FUNDER_RULE).replace("15", "20"), encoding="utf-8")
    assert pack_hash(pack) != before and len(before) == 64
