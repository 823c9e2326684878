"""The persistent caches (word analyses, paragraph analyses) and the per-document memos.

Every test points the caches at its own temporary folder (`SUUNNITELMATARKASTIN_VALIMUISTI`).
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from suunnitelmatarkastin.understand import cache, lexicon, nlp
from suunnitelmatarkastin.understand.cache import Store


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    return tmp_path


def _rows(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM entry").fetchone()[0]


def test_a_store_keeps_values_across_instances(cache_dir):
    first = Store("koe", "v1", limit=100)
    first.put("sana", "arvo")
    assert first.get_many(["sana"]) == {"sana": "arvo"}  # before the flush, from what is pending
    first.flush()
    assert Store("koe", "v1", limit=100).get_many(["sana", "muu"]) == {"sana": "arvo"}


def test_another_version_empties_the_store(cache_dir):
    old = Store("koe", "v1", limit=100)
    old.put("sana", "vanha analyysi")
    old.flush()
    assert Store("koe", "v2", limit=100).get_many(["sana"]) == {}


def test_a_store_is_bounded_and_drops_the_least_recently_used(cache_dir):
    store = Store("koe", "v1", limit=10)
    for n in range(10):
        store.put(f"vanha{n}", "x")
    store.flush()
    store.get_many(["vanha9"])  # used again: it is kept
    store.flush()
    for n in range(5):
        store.put(f"uusi{n}", "x")
        store.flush()
    kept = store.get_many([f"vanha{n}" for n in range(10)] + [f"uusi{n}" for n in range(5)])
    assert _rows(cache_dir / "koe.sqlite3") <= 10
    assert "vanha9" in kept and all(f"uusi{n}" in kept for n in range(5))
    assert "vanha0" not in kept


def test_switched_off_the_caches_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, "pois")
    store = Store("koe", "v1", limit=10)
    store.put("sana", "arvo")
    store.flush()
    assert store.get_many(["sana"]) == {}
    assert cache.folder() is None


def _write_keys(prefix: str) -> None:
    store = Store("jaettu", "v1", limit=10_000)
    for batch in range(20):
        for n in range(10):
            store.put(f"{prefix}-{batch}-{n}", "x")
        store.flush()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork-käynnistystä ei ole")
def test_workers_write_the_same_store_at_once(cache_dir):
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_keys, args=(name,)) for name in ("a", "b", "c")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    assert _rows(cache_dir / "jaettu.sqlite3") == 600


def test_a_later_process_lemmatises_without_pyvoikko(cache_dir):
    """The first run pays for pyvoikko's dictionary; a later process reads the words from the cache."""
    words = ["kaupungit", "vastaavat", "hankkeen", "juurruttamisesta", "Innokylässä"]
    script = textwrap.dedent(
        f"""
        import sys
        from suunnitelmatarkastin.understand import lemmas
        lemmas.prefetch({words!r})
        lemmas.flush()
        print("pyvoikko" in sys.modules, [lemmas.lemmatize(w).base for w in {words!r}])
        """
    )
    def run() -> str:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ, check=True).stdout

    first, second = run(), run()
    assert first.startswith("True")  # a new machine: the words had to be analysed
    assert second.startswith("False")  # every later run: pyvoikko is not even imported
    assert first.split(" ", 1)[1] == second.split(" ", 1)[1]
    assert "kaupunki" in second and "hanke" in second


def test_lexicon_indexes_live_on_their_lists_not_in_a_registry():
    """A lexicon's index hangs on its own list; a list built by a caller is indexed by its
    contents, so a thousand calls with fresh equal lists build one index."""
    loaded = lexicon.load("owners")["vague"]
    assert isinstance(loaded, lexicon.Entries)
    lexicon.any_phrase([], loaded)
    assert loaded.index is not None
    before = len(lexicon._built)
    for _ in range(1000):
        lexicon.any_phrase([], ["kaikki toimijat", "kunnat yhdessä"])
    assert len(lexicon._built) <= before + 1


def test_the_split_waits_for_a_free_core(monkeypatch):
    long = ["sana " * 5000]  # 25 000 characters: long enough to split
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.9, 1.9, 1.9))  # another process has the other core
    assert nlp._processes(long) == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (0.9, 0.9, 0.9))  # only this one runs
    assert nlp._processes(long) == (2 if "fork" in multiprocessing.get_all_start_methods() else 1)
    assert nlp._processes(["lyhyt kappale"]) == 1


PLAN = """# Hankesuunnitelma: Liikkuva kylä

## Tausta

Kylän lapset liikkuvat liian vähän, ja harrastuksiin on pitkä matka.

## Tavoitteet

- Lapset liikkuvat joka päivä tunnin.
- Vanhemmat osallistuvat kerhojen järjestämiseen.

## Toimenpiteet

Järjestämme koulun jälkeen liikuntakerhon kolmesti viikossa.

Kerhoja ohjaavat vapaaehtoiset, jotka koulutetaan syksyllä 2026.

## Jatkuvuus

Liikuntakerhon jatkosta vastaa Pohjalan kunnan vapaa-aikatoimi hankkeen päätyttyä.

Yhteyshenkilö on vapaa-aikasihteeri Maija Virtanen.
"""


@pytest.mark.slow
def test_a_recheck_after_editing_one_paragraph_analyses_only_that_paragraph(cache_dir):
    from suunnitelmatarkastin.check import check_text

    def check(text: str) -> tuple[int, list]:
        before = nlp.counts["analysed"]
        findings = check_text(text)
        return nlp.counts["analysed"] - before, sorted((f.rule, f.target or "") for f in findings)

    first, _ = check(PLAN)
    edited = PLAN.replace("kolmesti viikossa", "neljästi viikossa")
    again, findings = check(edited)
    assert first >= 12
    assert again == 1  # only the edited paragraph went through spaCy
    (cache_dir / "kappaleet.sqlite3").unlink()
    for extra in ("-wal", "-shm"):
        (cache_dir / f"kappaleet.sqlite3{extra}").unlink(missing_ok=True)
    nlp._store.cache_clear()
    fresh, uncached = check(edited)
    assert fresh >= 12
    assert findings == uncached  # analyses read from the cache give the same findings


def _document(text: str):
    from suunnitelmatarkastin.read.builder import DocumentBuilder
    from suunnitelmatarkastin.read.text_reader import read_text

    builder = DocumentBuilder("<teksti>", "md")
    read_text(text, builder, markdown=True)
    return builder.build()


@pytest.mark.slow
def test_names_are_read_without_the_entity_recogniser(cache_dir):
    """Owners and contacts come from the parts of speech and the `flat:name` relation."""
    from suunnitelmatarkastin.understand import read_facts

    assert "ner" not in nlp.pipeline().pipe_names
    facts = read_facts(_document(PLAN), "hankesuunnitelma").facts
    assert {f.owner_class for f in facts if f.kind == "responsibility" and f.continuation} == {"organisation"}
    person = read_facts(_document("# Jatkuvuus\n\nJatkosta vastaa kehittämispäällikkö Maija Virtanen.\n"), "hankesuunnitelma").facts
    assert [f.owner_class for f in person if f.kind == "responsibility"] == ["person"]
    report = read_facts(_document("# Yhteystiedot\n\nLisätietoja antaa hankepäällikkö Maija Virtanen.\n"), "loppuraportti").facts
    assert [f.name for f in report if f.kind == "contact"] == ["Maija Virtanen"]


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "tiedosto"
    blocked.write_text("ei kansio")  # the cache folder's place is taken by a file
    monkeypatch.setenv(cache.ENV, str(blocked / "valimuisti"))
    store = Store("koe", "v1", limit=10)
    store.put("sana", "arvo")
    store.flush()
    assert store.get_many(["sana"]) == {}


def test_the_shipped_analyses_are_pyvoikkos_own():
    """The shipped analyses are made with the installed pyvoikko and give exactly its analyses; when
    this fails after an upgrade, rebuild them: python -m suunnitelmatarkastin.data.rakenna_analyysit --yleiset."""
    from suunnitelmatarkastin.understand import lemmas, seed

    connection = sqlite3.connect(f"{seed.path(seed.COMMON_FILE).as_uri()}?mode=ro", uri=True)
    assert connection.execute("SELECT version FROM meta").fetchone()[0] == lemmas.version()
    common = [w for (w,) in connection.execute("SELECT key FROM entry ORDER BY key")][::150]
    connection.close()
    lexicon = sorted(seed._lexicon_analyses(lemmas.version()))[::20]
    assert len(common) > 150 and len(lexicon) > 40
    # a sentence's first word: the capitalised spelling of a lower-case entry, shipped in the same row
    capitalised = [w.capitalize() for w in common if w.islower() and w.capitalize() != w][::3]
    shipped = seed.get_many(iter(common + lexicon + capitalised), lemmas.version())  # any iterable, as `lemmas` passes a generator
    words = common + lexicon + capitalised
    assert len(capitalised) > 50 and {w: lemmas.decode(shipped[w]) for w in words} == {w: lemmas.analyse_word(w) for w in words}


def test_every_lexicon_word_is_shipped_analysed():
    """A new machine's worker is ready without pyvoikko only if every lexicon word is in
    `data/sanaston_sanat.json`: after editing a lexicon, run python -m suunnitelmatarkastin.data.rakenna_analyysit."""
    from suunnitelmatarkastin.data import rakenna_analyysit
    from suunnitelmatarkastin.understand import lemmas, seed

    words = rakenna_analyysit.lexicon_words() | rakenna_analyysit.warm_up_words()
    assert sorted(words - set(seed.get_many(words, lemmas.version()))) == []


def _fresh_process(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=os.environ, check=True).stdout


def test_a_worker_warms_up_without_pyvoikko_on_a_new_machine(cache_dir):
    """The lexicons and the warm-up text need only the shipped analyses, so a new machine's worker
    is ready without loading pyvoikko's dictionary."""
    out = _fresh_process(
        """
        import sys
        from suunnitelmatarkastin.workers import WARM_UP_TEXT as _WARM_UP_TEXT
        from suunnitelmatarkastin.check import check_text
        check_text(_WARM_UP_TEXT)
        print("pyvoikko" in sys.modules)
        """
    )
    assert out.strip() == "False"


@pytest.mark.slow
def test_a_single_check_analyses_new_words_in_another_process(cache_dir, tmp_path):
    """One document's words that are neither cached nor shipped are analysed by a forked child while
    spaCy parses; the lemmas and findings are the same as when this process analyses them."""
    from suunnitelmatarkastin.understand import lemmas, seed

    rare = ["juurruttamisesta", "Innokylässä", "kotikuntoutusmallin"]
    assert not seed.get_many(rare, lemmas.version())  # the case under test: words a new machine does not know
    plan = tmp_path / "suunnitelma.md"
    plan.write_text(PLAN + "\n\nKotikuntoutusmallin juurruttamisesta kerrotaan Innokylässä.\n", encoding="utf-8")
    code = f"""
        import sys
        from pathlib import Path
        from suunnitelmatarkastin.batch import run_batch
        from suunnitelmatarkastin.understand import lemmas, nlp
        {{}}
        [report] = run_batch([Path({str(plan)!r})], None, (), workers=1, time_limit=0)
        print("pyvoikko" in sys.modules, [lemmas.lemmatize(w).base for w in {rare!r}], sorted((f.rule, f.target or "") for f in report.findings))
        """
    ahead = _fresh_process(code.format(""))
    for stale in cache_dir.glob("*.sqlite3*"):
        stale.unlink()
    here = _fresh_process(code.format("lemmas.may_look_ahead = lambda: False"))
    assert ahead.startswith("False ")  # this process never loaded pyvoikko
    assert here.startswith("True ")
    assert ahead.split(" ", 1)[1] == here.split(" ", 1)[1]
    assert "kotikuntoutusmalli" in ahead


@pytest.mark.slow
def test_a_single_worker_has_its_new_words_analysed_by_a_child(cache_dir, tmp_path):
    """The one worker of a batch hands new words to a child that keeps pyvoikko loaded
    (`lemmas.serve_words`): the worker itself never loads pyvoikko, and the lemmas and findings
    are the same as when it analyses the words itself. When the child dies, the worker analyses
    the next words itself and the check goes on."""
    from suunnitelmatarkastin.understand import lemmas, seed

    rare = ["juurruttamisesta", "Innokylässä", "kotikuntoutusmallin", "työpajasarjan"]
    assert not seed.get_many(rare, lemmas.version())
    plans = []
    for number, words in enumerate((rare[:2], rare[2:])):
        plan = tmp_path / f"suunnitelma{number}.md"
        plan.write_text(PLAN + "\n\n" + " ".join(words).capitalize() + " kerrotaan.\n", encoding="utf-8")
        plans.append(str(plan))
    code = f"""
        import os, signal, sys
        from suunnitelmatarkastin.check import check_path
        from suunnitelmatarkastin.understand import lemmas
        {{}}
        first = check_path({plans[0]!r})
        loaded = "pyvoikko" in sys.modules
        {{}}
        second = check_path({plans[1]!r})
        found = [sorted((f.rule, f.target or "") for f in r.findings) for r in (first, second)]
        print(loaded, [lemmas.lemmatize(w).base for w in {rare!r}], found)
        """
    served = _fresh_process(code.format("lemmas.serve_words()", "os.kill(lemmas._server.pid, signal.SIGKILL); os.waitpid(lemmas._server.pid, 0)"))
    for stale in cache_dir.glob("*.sqlite3*"):
        stale.unlink()
    here = _fresh_process(code.format("", ""))
    assert served.startswith("False ")  # the worker did not load pyvoikko for the first document
    assert here.startswith("True ")
    assert served.split(" ", 1)[1] == here.split(" ", 1)[1]
    assert "kotikuntoutusmalli" in served and "työpajasarja" in served


def test_numbers_and_signs_are_not_asked_from_the_dictionary(monkeypatch):
    """A token without letters ("2026", "1.3.2025", "–") is its own base form: pyvoikko is not
    asked (a tenth of a batch's new words were such tokens)."""
    from suunnitelmatarkastin.understand import lemmas

    asked = []
    monkeypatch.setattr(lemmas, "analyse_word", lambda word: asked.append(word) or ())
    for token in ("20261", "14.3.20277", "–", "3/2029"):
        assert lemmas.lemmatize(token, "NUM").base == token
    assert asked == []


def test_spacy_is_imported_without_its_command_line():
    """spaCy's own command line (typer, requests, jinja2) is a third of its import and no check
    needs it; after the pipeline is loaded, `spacy.cli` and `spacy.info` still work."""
    out = _fresh_process(
        """
        import sys
        from suunnitelmatarkastin.understand import nlp
        names = nlp.pipeline().pipe_names
        print(sorted(m for m in ("spacy.cli", "typer", "requests", "jinja2") if m in sys.modules), names)
        import spacy, spacy.cli
        print(hasattr(spacy.cli, "download"), "spaCy version" in spacy.info(markdown=True))
        """
    )
    loaded, works = out.splitlines()
    assert loaded.startswith("[] ") and "parser" in loaded
    assert works == "True True"


def test_a_cache_entry_in_another_shape_is_analysed_anew(monkeypatch):
    """A stored analysis the running version cannot decode (a damaged cache, or one written by a
    development build) is a miss, never a crash of the check."""
    from suunnitelmatarkastin.understand import lemmas, seed

    class OldStore:
        def get_many(self, words):
            return {w: '[["kissa", "nimisana", "nimento", "singular", []]]' for w in words}

        def put(self, word, value):
            pass

    monkeypatch.setattr(lemmas, "_store", lambda: OldStore())
    monkeypatch.setattr(seed, "get_many", lambda words, version: {})
    lemmas._memo.pop("kissalle", None)
    assert lemmas._recall(["kissalle"]) == ["kissalle"]
