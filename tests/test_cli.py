"""The command line end to end: JSON schema 1, exit status, options, folders, rule listing."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from suunnitelmatarkastin.cli import main, tarkasta

from .conftest import KAIKU, OSMO


def run(*args: str):
    return CliRunner().invoke(tarkasta, list(args), catch_exceptions=False)


def test_json_report_follows_schema_one(tmp_path):
    result = run("--muoto", "json", str(KAIKU))
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    [document] = data["documents"]
    assert document["path"] == str(KAIKU) and document["doc_type"] == "loppuraportti" and document["error"] is None
    finding = document["findings"][0]
    assert set(finding) == {"rule", "severity", "message", "target", "location", "hint", "accepted"}
    errors = sum(f["severity"] == "error" for f in document["findings"])
    assert finding["accepted"] is None
    expected = f"{errors} {'virhe' if errors == 1 else 'virhettä'} korjattava ennen lähettämistä" if errors else "Ei korjattavaa"
    assert document["verdict"].startswith(expected)
    assert data["tool"]["version"] and data["tool"]["settings"]["profiilit"] == []
    assert finding["severity"] in {"error", "warning", "info"}
    assert {"section", "paragraph"} <= set(finding["location"])


def test_exit_status_and_batch_goes_on(tmp_path):
    folder = tmp_path / "hakemukset" / "ala"
    folder.mkdir(parents=True)
    shutil.copy(OSMO, folder / "osmo.docx")
    (folder.parent / "rikki.docx").write_bytes(b"ei ole word-tiedosto")
    result = run("--muoto", "json", str(folder.parent))
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    by_name = {d["path"].rsplit("/", 1)[-1]: d for d in data["documents"]}
    assert by_name["rikki.docx"]["error"] and by_name["rikki.docx"]["doc_type"] is None
    assert by_name["osmo.docx"]["doc_type"] == "arviointisuunnitelma"
    assert run(str(tmp_path / "eiole.docx")).exit_code == 2


def test_exit_one_on_errors_and_forced_type(tmp_path):
    plan = tmp_path / "suunnitelma.md"
    plan.write_text("% Hankesuunnitelma\n\n# Tausta\n\nAlueella on paljon työttömiä nuoria ja palvelut ovat hajallaan eri puolilla kuntaa.\n", encoding="utf-8")
    result = run("--muoto", "json", str(plan))
    assert result.exit_code == 1
    forced = json.loads(run("--muoto", "json", "--tyyppi", "exit-suunnitelma", str(plan)).stdout)
    assert forced["documents"][0]["doc_type"] == "exit-suunnitelma"


def test_text_report_and_output_file(tmp_path):
    out = tmp_path / "raportti.txt"
    result = run("--tuloste", str(out), str(KAIKU))
    assert result.exit_code in (0, 1)
    text = out.read_text(encoding="utf-8")
    assert "Varoitukset" in text and "Korjaa:" in text and "Miten kustannusarvio toteutui?" in text


def test_bad_rule_pack_is_a_usage_error_before_reading(tmp_path):
    (tmp_path / "rikki.yaml").write_text("rules:\n  - id: x\n    severity: error\n", encoding="utf-8")
    result = run("--saannot", str(tmp_path), str(OSMO))
    assert result.exit_code == 2
    assert "rikki.yaml" in result.output and "x" in result.output


def test_rules_command_documents_every_rule():
    result = CliRunner().invoke(main, ["saannot"], terminal_width=200)
    assert result.exit_code == 0
    for rule_id in ("rakenne.osio-puuttuu", "tavoite.ei-arviointia", "aikataulu.ristiriita"):
        assert rule_id in result.output
    assert "Korjausohje" in result.output and "Peruste" in result.output


def test_parallel_workers_give_the_same_report_in_input_order(tmp_path):
    """`--rinnakkain 2` checks in worker processes; the report must equal the sequential one."""
    from .conftest import CORPORA

    names = ["kaiku-loppuraporttipohja.docx", "osmo-arviointisuunnitelma.docx", "purkutori-hankesuunnitelma.docx", "sysma-kyytipiste-hankesuunnitelma.md"]
    for name in names:
        shutil.copy(CORPORA / name, tmp_path / name)
    reports = [json.loads(run("--muoto", "json", "--rinnakkain", workers, str(tmp_path)).stdout) for workers in ("1", "2")]
    for report in reports:
        report["tool"].pop("time")  # the audit block's time of the check differs, nothing else may
    assert reports[0] == reports[1]
    assert [d["path"].rsplit("/", 1)[-1] for d in reports[1]["documents"]] == sorted(names)
