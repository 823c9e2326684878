"""The code passes the project's linter (pyproject's `[tool.ruff]`): CI runs the tests, not a
separate lint step, so a lint fault (an unsorted import, a test defined twice and never run)
turns CI red instead of waiting for someone to run ruff by hand."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing_in_the_code_and_the_tests():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff ei ole asennettu (se tulee testikirjastojen mukana: pip install \".[testit]\")")
    done = subprocess.run([ruff, "check", "--no-cache", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
