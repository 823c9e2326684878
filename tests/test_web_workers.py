"""The service's workers: a stuck or crashing upload costs only its own result, and leaves no file.

The checks are replaced by stand-ins that hang or crash on cue; the workers are forked from the
test process, so they run the stand-ins too.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from suunnitelmatarkastin import check, workers
from suunnitelmatarkastin.models import DocumentReport
from suunnitelmatarkastin.understand import nlp
from suunnitelmatarkastin.web.app import Settings, create_app

pytestmark = pytest.mark.skipif(workers.CONTEXT.get_start_method() != "fork", reason="the stand-ins reach workers only by fork")


def _stand_in(path, doc_type=None, rule_dirs=(), project=False):
    text = Path(path).read_text(encoding="utf-8")  # the worker reads the upload from the private folder
    if "jumittuu" in text:
        time.sleep(60)
    if "kaatuu" in text:
        faulthandler.disable()  # pytest's crash dump of the worker would only be noise here
        os.kill(os.getpid(), signal.SIGSEGV)
    return DocumentReport(path=str(path), doc_type="hankesuunnitelma"), None


@pytest.fixture
def service(monkeypatch, tmp_path):
    monkeypatch.setattr(check, "check_document", _stand_in)
    monkeypatch.setattr(check, "check_text", lambda *args, **kwargs: [])
    monkeypatch.setattr(nlp, "pipeline", lambda: None)
    app = create_app(Settings(workers=2, time_limit=1.5, temp_root=str(tmp_path)))
    with TestClient(app) as client:
        yield client, tmp_path


def _files(*texts: str) -> list:
    return [("tiedosto", (f"{n}.md", text.encode())) for n, text in enumerate(texts, start=1)]


def test_stuck_and_crashing_uploads_are_reported_and_the_rest_go_on(service):
    client, temp_root = service
    started = time.monotonic()
    response = client.post("/api/tarkasta", files=_files("hyvä", "jumittuu", "kaatuu", "hyvä taas"))
    assert time.monotonic() - started < 20
    documents = response.json()["documents"]
    assert [d["path"] for d in documents] == ["1.md", "2.md", "3.md", "4.md"], "results in upload order"
    assert documents[1]["error"] == "tarkastus keskeytettiin aikarajan (1,5 s) ylittyessä"
    assert documents[2]["error"] == "asiakirjan tarkastus kaatui odottamattomasti (tarkastusprosessi päättyi signaaliin SIGSEGV)"
    assert documents[0]["error"] is None and documents[3]["error"] is None
    assert list(temp_root.iterdir()) == [], "the upload folder is removed also after a worker is killed"
    assert client.get("/terveys").json() == {"tila": "ok", "tyoprosessit": 2}, "killed workers are replaced"
    again = client.post("/tarkasta", files=_files("hyvä"))
    assert again.status_code == 200 and "Ei korjattavaa" in again.text
    assert list(temp_root.iterdir()) == []


def test_requests_run_side_by_side_on_the_workers(service):
    client, _ = service
    from concurrent.futures import ThreadPoolExecutor

    def timed(text: str) -> tuple[dict, float]:
        started = time.monotonic()
        document = client.post("/api/tarkasta", files=_files(text)).json()["documents"][0]
        return document, time.monotonic() - started

    with ThreadPoolExecutor(2) as pool:
        stuck = pool.submit(timed, "jumittuu")
        time.sleep(0.3)  # the stuck one has its worker
        fine = pool.submit(timed, "hyvä")
        (stuck_doc, stuck_time), (fine_doc, fine_time) = stuck.result(), fine.result()
    assert stuck_doc["error"].startswith("tarkastus keskeytettiin") and stuck_time >= 1.5
    assert fine_doc["error"] is None and fine_time < 1.2, "the other worker served it meanwhile"
