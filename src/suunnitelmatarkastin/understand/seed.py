"""The word analyses shipped with the tool, so that a first check on a new machine rarely waits for
pyvoikko.

pyvoikko takes about a second to load its dictionary and then about half a millisecond a word. Two
files in `data/` hold its analyses, in the form `lemmas` caches them:

- `sanaston_sanat.json`: every word the checker asks about before it reads any document (each entry
  of a shipped lexicon or a funder profile's lexicon, and the worker's warm-up text). It is text, one
  word a line, so that a lexicon edit changes a few lines; a test says when it must be rebuilt.
- `yleiset_sanat.sqlite3`: common Finnish word forms: those of the spaCy model's own vocabulary
  (its word-probability table) and the commonest inflected forms of `wordfreq`'s Finnish list
  (subtitles, Wikipedia, news, web text), general Finnish into which no checked or test document
  went. `wordfreq` forms are lower-case; a form's `capital` column holds the analyses of its
  capitalised spelling ("Ohjausryhmä", a sentence's first word) where they differ, so one row
  serves both. It changes only with pyvoikko.

Both are stamped with `lemmas.version()`; with any other pyvoikko, kfst or dictionary they are not
read, so they can only save time, never change an analysis. To rebuild (`--yleiset` also the second):

    .venv/bin/python -m suunnitelmatarkastin.data.rakenna_analyysit [--yleiset]
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

LEXICON_FILE = "sanaston_sanat.json"
COMMON_FILE = "yleiset_sanat.sqlite3"
_CHUNK = 500


def path(name: str) -> Path:
    return Path(str(resources.files("suunnitelmatarkastin.data").joinpath(name)))


@cache
def _lexicon_analyses(version: str) -> dict[str, str]:
    try:
        shipped = json.loads(path(LEXICON_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return shipped["analyses"] if shipped.get("version") == version else {}


@cache
def _common(pid: int, version: str) -> sqlite3.Connection | None:
    """The common words' file, read-only, once per process (a forked child opens its own); None
    when it is missing or was made with other versions than the ones installed."""
    try:
        connection = sqlite3.connect(f"{path(COMMON_FILE).as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        stamp = connection.execute("SELECT version FROM meta").fetchone()
    except (OSError, sqlite3.Error, ValueError):
        return None
    return connection if stamp and stamp[0] == version else None


def get_many(words: Iterable[str], version: str) -> dict[str, str]:
    """The shipped analyses (as `lemmas` stores them) of those words that have one, if the files
    were made with `version` (`lemmas.version()`: the pyvoikko, kfst and dictionary installed)."""
    lexicon, words = _lexicon_analyses(version), list(words)
    found = {w: lexicon[w] for w in words if w in lexicon}
    rest = [w for w in words if w not in found]
    connection = _common(os.getpid(), version) if rest else None
    if connection is None:
        return found
    try:
        found.update(_select(connection, "SELECT key, value", rest))
        capitalised = {w.lower(): w for w in rest if w not in found and w != w.lower() and w == w.lower().capitalize()}
        for key, value in _select(connection, "SELECT key, coalesce(capital, value)", list(capitalised)):
            found[capitalised[key]] = value
    except sqlite3.Error:
        pass
    return found


def _select(connection: sqlite3.Connection, columns: str, keys: list[str]) -> Iterator[tuple[str, str]]:
    """`columns` of the entries of `keys`, a chunk of keys a query."""
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        yield from connection.execute(f"{columns} FROM entry WHERE key IN ({','.join('?' * len(chunk))})", chunk)
