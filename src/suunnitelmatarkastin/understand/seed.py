"""The word analyses shipped with the tool, so that a first check on a new machine rarely waits for
pyvoikko.

pyvoikko takes about a second to load its dictionary and then about half a millisecond a word. Two
files in `data/` hold its analyses, in the form `lemmas` caches them:

- `sanaston_sanat.json`: every word the checker asks about before it reads any document (each entry
  of a shipped lexicon or a funder profile's lexicon, and the worker's warm-up text). It is text, one
  word a line, so that a lexicon edit changes a few lines; a test says when it must be rebuilt.
- `yleiset_sanat.sqlite3`: the commonest word forms of the spaCy model's own vocabulary (its
  word-probability table: general web Finnish, into which no checked or test document went). It
  changes only with pyvoikko.

Both are stamped with `lemmas.version()`; with any other pyvoikko, kfst or dictionary they are not
read, so they can only save time, never change an analysis. To rebuild (`--yleiset` also the second):

    .venv/bin/python -m suunnitelmatarkastin.understand.seed [--yleiset]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from . import lemmas

LEXICON_FILE = "sanaston_sanat.json"
COMMON_FILE = "yleiset_sanat.sqlite3"
COMMON_WORDS = 30_000  # of the 75 000 forms with a probability: the rest add 3 % coverage and 4 MB
_CHUNK = 500


def path(name: str) -> Path:
    return Path(str(resources.files("suunnitelmatarkastin.data").joinpath(name)))


@cache
def _lexicon_analyses() -> dict[str, str]:
    try:
        shipped = json.loads(path(LEXICON_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return shipped["analyses"] if shipped.get("version") == lemmas.version() else {}


@cache
def _common(pid: int) -> sqlite3.Connection | None:
    """The common words' file, read-only, once per process (a forked child opens its own); None
    when it is missing or was made with other versions than the ones installed."""
    try:
        connection = sqlite3.connect(f"{path(COMMON_FILE).as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        stamp = connection.execute("SELECT version FROM meta").fetchone()
    except (OSError, sqlite3.Error, ValueError):
        return None
    return connection if stamp and stamp[0] == lemmas.version() else None


def get_many(words: Iterable[str]) -> dict[str, str]:
    """The shipped analyses (as `lemmas` stores them) of those words that have one."""
    lexicon = _lexicon_analyses()
    found = {w: lexicon[w] for w in words if w in lexicon}
    rest = [w for w in words if w not in found] if found else list(words)
    connection = _common(os.getpid()) if rest else None
    if connection is None:
        return found
    try:
        for i in range(0, len(rest), _CHUNK):
            chunk = rest[i : i + _CHUNK]
            found.update(connection.execute(f"SELECT key, value FROM entry WHERE key IN ({','.join('?' * len(chunk))})", chunk))
    except sqlite3.Error:
        pass
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def lexicon_words() -> set[str]:
    """Every word written in a shipped lexicon or a profile's lexicon overlay, as `lexicon.phrase`
    asks about it (punctuation stripped; a hyphenated entry both whole and in parts)."""
    import yaml

    package = Path(str(resources.files("suunnitelmatarkastin")))
    words: set[str] = set()
    for file in [*(package / "data" / "lexicons").glob("*.yaml"), *(package / "profiles").glob("*/lexicons/*.yaml")]:
        for text in _strings(yaml.safe_load(file.read_text("utf-8"))):
            for word in re.split(r"[\s-]+", text) + text.split():
                word = word.strip(",.:;()")
                if word and not word.endswith("*"):
                    words.add(word)
    return words


def warm_up_words() -> set[str]:
    """The words of the text each worker checks before its first document (`batch`)."""
    from ..batch import _WARM_UP_TEXT
    from . import nlp

    return {token.text for token in nlp.pipeline().tokenizer(_WARM_UP_TEXT)}


def common_words(count: int = COMMON_WORDS) -> list[str]:
    """The model's most probable word forms, commonest first."""
    import spacy
    from spacy.lookups import Lookups

    from .nlp import MODEL

    model = spacy.util.get_package_path(MODEL)
    vocab = next(model.glob("*/vocab"))
    probabilities = Lookups().from_disk(vocab).get_table("lexeme_prob")
    strings = spacy.strings.StringStore().from_disk(vocab / "strings.json")
    ranked = sorted(probabilities.items(), key=lambda item: -item[1])
    return [strings[key] for key, _ in ranked if key in strings][:count]


def build_lexicon_file() -> int:
    """Write the analyses of the lexicons' and the warm-up's words; returns the number of words."""
    words = sorted(lexicon_words() | warm_up_words())
    analyses = {w: lemmas.encode(lemmas.analyse_word(w)) for w in words}
    text = json.dumps({"version": lemmas.version(), "analyses": analyses}, ensure_ascii=False, indent=0, sort_keys=True)
    path(LEXICON_FILE).write_text(text + "\n", encoding="utf-8")
    return len(words)


def build_common_file() -> int:
    """Write the analyses of the model's commonest words; returns the number of words."""
    target = path(COMMON_FILE)
    words = common_words()
    target.unlink(missing_ok=True)
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE meta (version TEXT NOT NULL)")
        connection.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        connection.execute("INSERT INTO meta VALUES (?)", (lemmas.version(),))
        connection.executemany("INSERT INTO entry VALUES (?, ?)", ((w, lemmas.encode(lemmas.analyse_word(w))) for w in words))
    with sqlite3.connect(target) as connection:
        connection.execute("VACUUM")
    return len(words)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Kirjoittaa tarkastimen mukana tulevat sanojen analyysit uudelleen.")
    parser.add_argument("--yleiset", action="store_true", help="myös yleisten sanojen tiedosto (vain pyvoikon päivityksen jälkeen)")
    if parser.parse_args().yleiset:
        print(f"{build_common_file()} yleistä sanaa: {path(COMMON_FILE)}")
    print(f"{build_lexicon_file()} sanaston sanaa: {path(LEXICON_FILE)}")
