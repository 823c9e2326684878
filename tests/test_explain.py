"""Findings that explain themselves: public guidance in every rule, `saannot RULE`, `saannot --testaa`."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin.cli import main
from suunnitelmatarkastin.judge.rules import load_pack, load_rules
from suunnitelmatarkastin.profiles import profile_dirs, profile_names

ROOT = Path(__file__).resolve().parents[1]
INTERNAL = re.compile(r"\bseed\w*|\bSPEC\b|siemen\w*", re.IGNORECASE)
ALL_RULES = [*load_rules(), *(r for d in profile_dirs(profile_names()) for f in sorted(Path(d).glob("*.yaml")) for r in load_pack(f))]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: f"{Path(r.source).parent.name}:{r.id}")
def test_rule_texts_cite_public_guidance_only(rule):
    for name in ("message", "hint", "basis", "doc", "target"):
        text = getattr(rule, name) or ""
        assert not INTERNAL.search(text), f"{rule.id}.{name} mentions an internal document: {text}"
    assert re.search(r"https://\S+\.\w{2,}", rule.basis), f"{rule.id}: basis names no address a user can look up"


def test_readme_user_text_has_no_internal_documents():
    assert not INTERNAL.search((ROOT / "README.md").read_text(encoding="utf-8"))


def test_one_rule_is_explained_with_its_guidance_and_examples():
    result = CliRunner().invoke(main, ["saannot", "raportti.tiivistelma-liian-pitka"], terminal_width=200)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Miksi:" in out and "valtiokonttori.fi" in out
    assert "Esimerkki, jossa sääntö huomauttaa" in out and "Esimerkki, joka on kunnossa" in out
    assert "Tarkastin sanoo siitä: Tiivistelmä" in out  # the checker's own words on the failing example
    assert "juurrutus.puuttuu" not in out  # one rule, not the list


def test_an_unknown_rule_is_a_finnish_error_with_suggestions():
    result = CliRunner().invoke(main, ["saannot", "raportti.myohasa"])
    assert result.exit_code == 2
    assert "ei ole" in result.output and "raportti.myohassa" in result.output


PACK = """
rules:
  - id: oma.ei-budjettia
    severity: error
    types: [hankesuunnitelma]
    when:
      none:
        - fact: section
          where: {key: resurssit}
    message: "Hankesuunnitelmasta puuttuu budjetti."
    hint: "Lisää budjetti."
    basis: "Oma ohje, https://esimerkki.fi/ohje"
    examples:
      fire:
        - type: hankesuunnitelma
          text: |
            # Tavoitteet
            Nuoret liikkuvat enemmän.
      pass:
        - type: hankesuunnitelma
          text: |
            # Budjetti
            Henkilöstökulut 40 000 euroa.
        - type: hankesuunnitelma
          text: |
            # Tavoitteet
            Tässä ei ole budjettia, joten tämä esimerkki on väärin.
"""


def test_a_users_pack_is_tested_and_its_failing_example_named(tmp_path):
    (tmp_path / "oma.yaml").write_text(textwrap.dedent(PACK), encoding="utf-8")
    result = CliRunner().invoke(main, ["saannot", "--testaa", str(tmp_path)], terminal_width=200)
    assert result.exit_code == 1, result.output
    assert "VIRHE oma.ei-budjettia, kunnossa-esimerkki 2" in result.output
    assert "3 esimerkkiä, 1 epäonnistui" in result.output


def test_a_users_pack_whose_examples_hold_passes(tmp_path):
    fixed = textwrap.dedent(PACK).split("        - type: hankesuunnitelma\n          text: |\n            # Tavoitteet\n            Tässä")[0]
    (tmp_path / "oma.yaml").write_text(fixed, encoding="utf-8")
    result = CliRunner().invoke(main, ["saannot", "--testaa", str(tmp_path)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "2 esimerkkiä, 0 epäonnistui" in result.output
