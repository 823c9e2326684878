"""Shared paths: the annotated corpora shipped in the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

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
