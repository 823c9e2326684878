"""A short run of the load test (benchmarks/kuormitus.py) through the real service: no errors,
bounded latency and memory. The full run (200 requests, 8 at a time) gives the figures in docs/verkkopalvelu.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_mixed_load_has_no_errors_and_bounded_memory():
    if not Path(sys.executable).with_name("suunnitelmatarkastin").exists():
        pytest.skip("komento suunnitelmatarkastin puuttuu: asenna paketti (pip install .)")
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kuormitus.py"), "--pyynnot", "33", "--rinnakkain", "4", "--ilman-vertailua", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["virheet"] == 0, figures["virheiden_syyt"]
    assert figures["hyvia"] and figures["vihamielisia"]
    assert figures["p95_s"] < 60
    assert figures["huippumuisti_pss_mib"] < 2048
    _, half, _, last = figures["rss_neljanneksittain_mib"]  # by half-time every kind of file has been seen
    assert last <= half * 1.25, "memory must not keep growing"
