"""Time limit and crash isolation in batches: a stuck or crashing document is reported, the rest go on.

The checks are replaced by stand-ins that hang or crash on cue; worker processes are forked, so they
run the stand-ins too.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import time

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin import batch, check, cli, workers
from suunnitelmatarkastin.models import DocumentReport

pytestmark = pytest.mark.skipif(workers.CONTEXT.get_start_method() != "fork", reason="the stand-ins reach workers only by fork")


def _stand_in(path, doc_type=None, rule_dirs=()):
    if "jumittuu" in str(path):
        time.sleep(60)
    if "kaatuu" in str(path):
        faulthandler.disable()  # pytest's crash dump of the worker would only be noise here
        os.kill(os.getpid(), signal.SIGSEGV)
    return DocumentReport(path=str(path), doc_type="hankesuunnitelma")


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch):
    monkeypatch.setattr(check, "check_path", _stand_in)
    monkeypatch.setattr(check, "check_text", lambda *args, **kwargs: [])


@pytest.mark.parametrize("workers", [1, 2])
def test_stuck_document_is_interrupted_and_the_rest_go_on(workers):
    files = ["a.md", "jumittuu.md", "b.md", "kaatuu.md", "c.md"]
    started = time.monotonic()
    reports = batch.run_batch(files, None, (), workers=workers, time_limit=1.5)
    assert time.monotonic() - started < 20
    assert [r.path for r in reports] == files, "reports come back in input order"
    by_path = {r.path: r for r in reports}
    assert by_path["jumittuu.md"].error == "tarkastus keskeytettiin aikarajan (1,5 s) ylittyessä"
    assert by_path["kaatuu.md"].error == "asiakirjan tarkastus kaatui odottamattomasti (tarkastusprosessi päättyi signaaliin SIGSEGV)"
    assert all(by_path[name].error is None and by_path[name].doc_type for name in ("a.md", "b.md", "c.md"))


def test_without_limit_one_worker_checks_in_process(monkeypatch):
    monkeypatch.setattr(batch, "Pool", None)  # would fail if used
    reports = batch.run_batch(["a.md", "b.md"], None, (), workers=1, time_limit=0)
    assert [r.error for r in reports] == [None, None]


def test_command_line_passes_the_limit(monkeypatch, tmp_path):
    seen = {}

    def fake_run_batch(files, doc_type, rule_dirs, workers, debug=False, time_limit=None, project=False):
        seen["time_limit"] = time_limit
        return [DocumentReport(path=str(f)) for f in files]

    monkeypatch.setattr(cli, "run_batch", fake_run_batch)
    (tmp_path / "a.md").write_text("# Tausta\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli.tarkasta, ["--muoto", "json", str(tmp_path / "a.md")]).exit_code == 0
    assert seen["time_limit"] == batch.DEFAULT_TIME_LIMIT
    assert runner.invoke(cli.tarkasta, ["--muoto", "json", "--aikaraja", "5", str(tmp_path / "a.md")]).exit_code == 0
    assert seen["time_limit"] == 5
    result = runner.invoke(cli.tarkasta, ["--aikaraja", "-1", str(tmp_path / "a.md")])
    assert result.exit_code == 2
