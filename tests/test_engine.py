"""The durable_rules engine: per-document sessions, repeatable results, no background threads."""

from __future__ import annotations

import threading

from suunnitelmatarkastin.check import engine
from suunnitelmatarkastin.read import read_document
from suunnitelmatarkastin.understand import read_facts

from .conftest import KAIKU, OSMO


def test_sessions_are_independent_and_repeatable():
    rules = engine(())
    osmo, kaiku = (read_facts(read_document(p)) for p in (OSMO, KAIKU))
    first = [(f.rule, f.target) for f in rules.judge(osmo)], [(f.rule, f.target) for f in rules.judge(kaiku)]
    for _ in range(25):  # interleaved sessions must not leak facts into each other
        assert [(f.rule, f.target) for f in rules.judge(kaiku)] == first[1]
        assert [(f.rule, f.target) for f in rules.judge(osmo)] == first[0]
    assert first[0] != first[1]


def test_engine_starts_no_background_threads():
    engine(())
    assert [t.name for t in threading.enumerate()] == [threading.current_thread().name]
