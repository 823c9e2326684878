"""tarkastin.toml: profiles, rules off, severities, accepted findings, verdicts and the audit block."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin.cli import tarkasta
from suunnitelmatarkastin.models import DocumentReport, Finding
from suunnitelmatarkastin.settings import verdict

PLAN = """% Hankesuunnitelma
# Tausta
Kylän ikäihmiset ovat yksinäisiä, ja kerhotoiminta on loppunut.
# Tavoitteet
| Tavoite | Toimenpiteet | Mittari |
|---|---|---|
| Ikäihmiset tapaavat toisiaan viikoittain | Viikkokerho kylätalolla | Osallistujamäärät ja palautekysely |
# Aikataulu
Hanke toteutetaan 1.1.2026–31.12.2029.
"""
SETTINGS = """
profiilit = ["stea"]

[saannot]
pois = ["juurrutus.4v-vaihe-puuttuu"]
vakavuus = { "rakenne.osio-puuttuu" = "warning" }

[[kuitatut]]
saanto = "stea.hankeaika-yli-kolme-vuotta"
asiakirja = "hakemus.md"
syy = "Neljäs vuosi rahoitetaan kunnan omalla rahoituksella."
"""


def _run(folder: Path, *options: str) -> tuple[int, dict]:
    result = CliRunner().invoke(tarkasta, ["--muoto", "json", *options, str(folder / "hakemus.md")])
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "hakemus.md").write_text(PLAN, encoding="utf-8")
    return tmp_path


def test_settings_file_in_the_folder_is_found_and_applied(folder):
    _, plain = _run(folder)
    plain_rules = {f["rule"] for f in plain["documents"][0]["findings"]}
    assert "juurrutus.4v-vaihe-puuttuu" in plain_rules and "stea.hankeaika-yli-kolme-vuotta" not in plain_rules

    (folder / "tarkastin.toml").write_text(SETTINGS, encoding="utf-8")
    status, data = _run(folder)
    findings = data["documents"][0]["findings"]
    rules = {f["rule"] for f in findings}
    assert "juurrutus.4v-vaihe-puuttuu" not in rules  # switched off
    assert {f["severity"] for f in findings if f["rule"] == "rakenne.osio-puuttuu"} == {"warning"}
    long = [f for f in findings if f["rule"] == "stea.hankeaika-yli-kolme-vuotta"]  # the profile from the file
    assert len(long) == 1 and long[0]["accepted"] == "Neljäs vuosi rahoitetaan kunnan omalla rahoituksella."
    assert all(f["accepted"] is None for f in findings if f["rule"] != "stea.hankeaika-yli-kolme-vuotta")
    open_errors = [f for f in findings if f["severity"] == "error" and not f["accepted"]]
    count = len(open_errors)
    expected = f"{count} {'virhe' if count == 1 else 'virhettä'} korjattava ennen lähettämistä" if count else "Ei korjattavaa"
    assert data["documents"][0]["verdict"].startswith(expected)
    assert status == (1 if open_errors else 0)
    settings = data["tool"]["settings"]
    assert settings["file"] == str(folder / "tarkastin.toml") and settings["profiilit"] == ["stea"]
    assert settings["pois"] == ["juurrutus.4v-vaihe-puuttuu"] and settings["kuitatut"][0]["asiakirja"] == "hakemus.md"
    assert [p["profile"] for p in data["tool"]["packs"]] == ["stea"] and len(data["tool"]["packs"][0]["sha256"]) == 64
    assert data["tool"]["version"] and data["tool"]["time"]


def test_only_errors(folder):
    _, data = _run(folder, "--vain-virheet")
    findings = data["documents"][0]["findings"]
    assert findings and {f["severity"] for f in findings} == {"error"}
    assert data["tool"]["settings"]["vain_virheet"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('profiilit = ["stea"\n[saannot]\n', r"tarkastin.toml, rivi 2: ei ole kelvollista TOML-muotoa"),
        ('[saannot]\npois = ["juurrutus.4v-vaihe-puuttuu"]\nvakavuus = { "rakenne.osio-puuttuu" = "kova" }\n', r"tarkastin.toml, rivi 3: saannot.vakavuus.rakenne.osio-puuttuu: vakavuus ei kelpaa"),
        ('\n[saannot]\npois = ["juurrutus.4v-vaihe"]\n', r"tarkastin.toml, rivi 3: sääntöä ”juurrutus.4v-vaihe” ei ole"),
        ('[[kuitatut]]\nsaanto = "exit.ei-omistajaa"\n', r"tarkastin.toml.*kuitatut.0.syy: pakollinen kenttä puuttuu"),
        ('profiili = ["stea"]\n', r"tarkastin.toml, rivi 1: profiili: tuntematon asetus"),
    ],
)
def test_a_malformed_settings_file_is_a_finnish_error_before_any_document(tmp_path, text, expected):
    (tmp_path / "tarkastin.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(tarkasta, ["--muoto", "json", str(tmp_path / "puuttuu.md")])
    assert result.exit_code == 2
    assert result.stdout == ""  # no report: nothing was read
    assert re.search(expected, " ".join(result.stderr.split())), result.stderr


def test_settings_given_with_asetukset(tmp_path, folder):
    settings = tmp_path / "muualla.toml"
    settings.write_text('[saannot]\npois = ["juurrutus.4v-vaihe-puuttuu"]\n', encoding="utf-8")
    _, data = _run(folder, "--asetukset", str(settings))
    assert "juurrutus.4v-vaihe-puuttuu" not in {f["rule"] for f in data["documents"][0]["findings"]}
    assert data["tool"]["settings"]["file"] == str(settings)


def test_verdict_words():
    error = Finding(rule="a", severity="error", message="m", hint="h")
    assert verdict(DocumentReport(path="a")) == "Ei korjattavaa"
    assert verdict(DocumentReport(path="a", findings=[error])) == "1 virhe korjattava ennen lähettämistä"
    assert verdict(DocumentReport(path="a", findings=[error, error, error.model_copy(update={"accepted": "syy"})])) == "2 virhettä korjattava ennen lähettämistä"
    assert verdict(DocumentReport(path="a", findings=[error.model_copy(update={"severity": "warning"})])) == "Ei korjattavaa – 1 varoitus kannattaa katsoa"
    assert verdict(DocumentReport(path="a", error="ei voitu lukea")) is None


def test_version_is_printed():
    from suunnitelmatarkastin import __version__

    result = CliRunner().invoke(tarkasta, ["--versio"])
    assert result.exit_code == 0 and result.output.strip() == f"suunnitelmatarkastin {__version__}"
