"""Persistent caches shared by every process of every run: word analyses and paragraph analyses.

The first check on a new machine pays for pyvoikko and spaCy; later checks read what was already
worked out. Each cache is an SQLite file in the user's cache folder (`~/.cache/suunnitelmatarkastin`,
`$XDG_CACHE_HOME` or `%LOCALAPPDATA%`), relocated by `SUUNNITELMATARKASTIN_VALIMUISTI=KANSIO` and
switched off by `SUUNNITELMATARKASTIN_VALIMUISTI=pois`. SQLite in WAL mode lets a batch's workers
read and write the same file at once. Every cache is stamped with the versions its entries were made
with (`version`); a different stamp empties it, so an upgrade never reads stale analyses. A cache
that cannot be opened or written (read-only disk, corrupt file) is skipped: it only costs time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

ENV = "SUUNNITELMATARKASTIN_VALIMUISTI"
_OFF = "pois"
_CHUNK = 500  # SQLite's limit on parameters is 999 in old builds


def folder() -> Path | None:
    """Where the caches live, or None when they are switched off."""
    environ = os.environ
    return _folder(environ.get(ENV, ""), environ.get("XDG_CACHE_HOME"), environ.get("LOCALAPPDATA"), environ.get("HOME"))


@lru_cache(maxsize=16)
def _folder(chosen: str, xdg: str | None, local: str | None, _home: str | None) -> Path | None:
    """`folder` for these settings (`_home`: what `~` and `Path.home()` read), made once: it is
    asked for every new word a store learns."""
    chosen = chosen.strip()
    if chosen.lower() == _OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = xdg or local or Path.home() / ".cache"
    return Path(base) / "suunnitelmatarkastin"


def fingerprint(*parts: str | bytes) -> str:
    """A short stable digest of the given versions and contents."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


class Store:
    """One persistent key → text table, bounded to `limit` entries (the least recently used go).

    Look-ups are batched (`get_many`) and writes are collected and written in one transaction
    (`flush`), so a document costs a few SQLite statements, not one per word.
    """

    def __init__(self, name: str, version: str, limit: int) -> None:
        self.name, self.version, self.limit = name, version, limit
        self._connection: sqlite3.Connection | None = None
        self._opened_for: Path | None = None
        self._pid = -1
        self._pending: dict[str, str] = {}
        self._used: set[str] = set()

    def _connect(self) -> sqlite3.Connection | None:
        where = folder()
        if where is None:
            return None
        if self._connection is not None and self._opened_for == where and os.getpid() == self._pid:
            return self._connection
        self._connection, self._opened_for, self._pid = None, where, os.getpid()  # a forked child opens its own
        try:
            where.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(where / f"{self.name}.sqlite3", timeout=10, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("CREATE TABLE IF NOT EXISTS meta (version TEXT NOT NULL)")
            connection.execute("CREATE TABLE IF NOT EXISTS entry (key TEXT PRIMARY KEY, value TEXT NOT NULL, used REAL NOT NULL)")
            connection.execute("CREATE INDEX IF NOT EXISTS entry_used ON entry (used)")
            stamp = connection.execute("SELECT version FROM meta").fetchone()
            if stamp is None or stamp[0] != self.version:
                with connection:
                    connection.execute("BEGIN IMMEDIATE")
                    # asked again inside the lock: another worker may have stamped it and written since
                    stamp = connection.execute("SELECT version FROM meta").fetchone()
                    if stamp is None or stamp[0] != self.version:
                        connection.execute("DELETE FROM entry")
                        connection.execute("DELETE FROM meta")
                        connection.execute("INSERT INTO meta VALUES (?)", (self.version,))
        except (OSError, sqlite3.Error):
            return None
        self._connection = connection
        return connection

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """The stored values of those keys that are stored."""
        connection = self._connect()
        keys = list(dict.fromkeys(keys))
        found: dict[str, str] = {k: self._pending[k] for k in keys if k in self._pending}
        if connection is None:
            return found
        wanted = [k for k in keys if k not in found]
        try:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                found.update(connection.execute(f"SELECT key, value FROM entry WHERE key IN ({marks})", chunk).fetchall())
        except sqlite3.Error:
            return found
        self._used.update(k for k in wanted if k in found)
        return found

    def put(self, key: str, value: str) -> None:
        """Remember a value; it is written at the next `flush`."""
        if folder() is not None:
            self._pending[key] = value

    def flush(self) -> None:
        """Write what was learnt, mark what was used, and drop the oldest entries over the limit."""
        connection = self._connect()
        pending, used = self._pending, self._used
        self._pending, self._used = {}, set()
        if connection is None or not (pending or used):
            return
        now = time.time()
        try:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany("INSERT OR REPLACE INTO entry VALUES (?, ?, ?)", ((k, v, now) for k, v in pending.items()))
                connection.executemany("UPDATE entry SET used = ? WHERE key = ?", ((now, k) for k in used))
                if pending:
                    (count,) = connection.execute("SELECT count(*) FROM entry").fetchone()
                    if count > self.limit:  # down to 90 %, so that the next documents need not evict again
                        connection.execute(
                            "DELETE FROM entry WHERE key IN (SELECT key FROM entry ORDER BY used LIMIT ?)",
                            (count - self.limit * 9 // 10,),
                        )
        except sqlite3.Error:
            return
