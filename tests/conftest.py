"""Shared paths: the annotated corpora shipped in the repository."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The tests never write to the user's own cache: one empty cache folder for the session, unless
# the developer points SUUNNITELMATARKASTIN_VALIMUISTI somewhere (a kept folder makes reruns fast).
if "SUUNNITELMATARKASTIN_VALIMUISTI" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="tarkastin-valimuisti-")
    os.environ["SUUNNITELMATARKASTIN_VALIMUISTI"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
OSMO = CORPORA / "osmo-arviointisuunnitelma.docx"
KAIKU = CORPORA / "kaiku-loppuraporttipohja.docx"


@pytest.fixture(scope="session")
def osmo_report():
    from suunnitelmatarkastin.check import check_path

    return check_path(OSMO)


@pytest.fixture(scope="session")
def kaiku_report():
    from suunnitelmatarkastin.check import check_path

    return check_path(KAIKU)
