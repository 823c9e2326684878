"""Checking many documents: a progress bar at a terminal, worker processes, results in input order.

With a time limit (the default) every document is checked in a worker process, because only a
process can be stopped safely wherever it is stuck — in a regular expression, in the parser, inside
the rule engine's C code — and a worker that crashes outright takes only its own document with it.
Each worker loads the Finnish pipeline and the rules once and then checks document after document; a
worker that overruns the limit is killed and replaced, and its document is reported as interrupted.
Without a limit (`--aikaraja 0`) and with one worker, documents are checked in this process, and so
is a single document: the limit is there so that one file cannot hold up a batch, and a person
checking one document can stop it themselves, while a worker would only add to the wait.

One document that fails never stops the others: its report carries a Finnish reason instead.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .models import DocumentReport

DEFAULT_TIME_LIMIT = 120.0  # seconds per document; a long real plan takes well under ten
_WARM_UP_TEXT = "# Tausta\n\nHanke alkaa 1.1.2025 ja päättyy 31.12.2026.\n"
# fork (Linux, macOS): a worker starts from this process's memory, so a pipeline already loaded here
# is reused; the command-line process loads no pipeline and starts no threads before forking.
_CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def check_one(path: str, doc_type: str | None, rule_dirs: tuple[str, ...], debug: bool = False) -> DocumentReport:
    """Check one document; an unexpected failure becomes a report with a Finnish reason."""
    from .check import check_path

    try:
        return check_path(path, doc_type, rule_dirs)
    except MemoryError:
        return DocumentReport(path=path, error="asiakirja on liian suuri tarkastettavaksi (muisti loppui)")
    except Exception as exc:  # one bad document must not stop the batch
        if debug:
            traceback.print_exc()
        return DocumentReport(path=path, error=f"asiakirjan tarkastus epäonnistui odottamattomasti ({type(exc).__name__})")


def _progress(total: int) -> Progress | None:
    if total < 2 or not sys.stderr.isatty():
        return None
    return Progress(
        TextColumn("Tarkastetaan"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    )


def run_batch(
    files: list[Path],
    doc_type: str | None,
    rule_dirs: tuple[str, ...],
    workers: int = 1,
    debug: bool = False,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> list[DocumentReport]:
    """Check every file; the reports come back in the order of `files`.

    `time_limit` is seconds per document (None or 0: no limit).
    """
    paths = [str(p) for p in files]
    progress = _progress(len(paths))
    results: list[DocumentReport | None] = [None] * len(paths)
    with progress or _Null():
        task = progress.add_task("", total=len(paths)) if progress else None

        def done(index: int, report: DocumentReport) -> None:
            results[index] = report
            if progress:
                progress.update(task, advance=1, description=Path(paths[index]).name)

        if len(paths) > 1 and (time_limit or workers > 1):
            _Pool(min(workers, len(paths)), doc_type, rule_dirs, debug, time_limit or None).run(paths, done)
        else:
            for index, path in enumerate(paths):
                done(index, check_one(path, doc_type, rule_dirs, debug))
    return [r for r in results if r is not None]


def _worker(conn: Connection, doc_type: str | None, rule_dirs: tuple[str, ...], debug: bool) -> None:
    """A worker process: load the pipeline, say so, then check each path sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from .check import check_text

    try:
        check_text(_WARM_UP_TEXT, rule_dirs=rule_dirs)
    except Exception:  # a real fault shows up again, per document, with its reason
        if debug:
            traceback.print_exc()
    try:
        conn.send(None)
        while (job := conn.recv()) is not None:
            index, path = job
            conn.send((index, check_one(path, doc_type, rule_dirs, debug)))
    except (EOFError, BrokenPipeError):  # the parent has gone
        return


@dataclass
class _Slot:
    """One worker process and the document it is checking, if any."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    job: tuple[int, str] | None = None
    deadline: float = float("inf")


class _Pool:
    """Worker processes with a deadline per document; a stuck or crashed worker is replaced."""

    def __init__(self, size: int, doc_type: str | None, rule_dirs: tuple[str, ...], debug: bool, time_limit: float | None) -> None:
        self.args = (doc_type, rule_dirs, debug)
        self.time_limit = time_limit
        self.size = size

    def _start(self) -> _Slot:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=_worker, args=(child, *self.args), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def run(self, paths: list[str], done) -> None:
        """Check `paths`, calling `done(index, report)` as each finishes."""
        pending = deque(enumerate(paths))
        slots = [self._start() for _ in range(self.size)]
        try:
            while pending or any(slot.job for slot in slots):
                for slot in slots:
                    if slot.ready and slot.job is None and pending:
                        slot.job = pending.popleft()
                        slot.deadline = time.monotonic() + self.time_limit if self.time_limit else float("inf")
                        with contextlib.suppress(OSError):  # it has just died: `_receive` reports it
                            slot.conn.send(slot.job)
                timeout = max(0.0, min(slot.deadline for slot in slots) - time.monotonic())
                for conn in wait([slot.conn for slot in slots], timeout=None if timeout == float("inf") else timeout):
                    slot = next(s for s in slots if s.conn is conn)
                    self._receive(slot, slots, pending, done)
                now = time.monotonic()
                for slot in list(slots):
                    if slot.job and now >= slot.deadline:
                        index, path = slot.job
                        seconds = f"{self.time_limit:g}".replace(".", ",")  # Finnish decimal comma
                        done(index, DocumentReport(path=path, error=f"tarkastus keskeytettiin aikarajan ({seconds} s) ylittyessä"))
                        self._replace(slot, slots)
        finally:
            for slot in slots:
                self._stop(slot)

    def _receive(self, slot: _Slot, slots: list[_Slot], pending: deque, done) -> None:
        """Take a worker's message: ready, a report, or (end of pipe) news that it died."""
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):  # the worker died: a crash in native code, or killed
            slot.process.join(5)
            code = slot.process.exitcode
            if not slot.ready:  # it died while starting; a new one would too, so it is not replaced
                slots.remove(slot)
                self._stop(slot)
                if not slots:
                    self._fail_all(pending, done, code)
                return
            if slot.job is not None:
                index, path = slot.job
                done(index, DocumentReport(path=path, error=f"asiakirjan tarkastus kaatui odottamattomasti ({_exit_reason(code)})"))
            self._replace(slot, slots)
            return
        if message is None:
            slot.ready = True
        else:
            index, report = message
            done(index, report)
            slot.job, slot.deadline = None, float("inf")

    def _fail_all(self, pending: deque, done, code: int | None) -> None:
        while pending:
            index, path = pending.popleft()
            done(index, DocumentReport(path=path, error=f"tarkastusprosessi ei käynnistynyt ({_exit_reason(code)})"))

    def _replace(self, slot: _Slot, slots: list[_Slot]) -> None:
        self._stop(slot)
        slots[slots.index(slot)] = self._start()

    @staticmethod
    def _stop(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join()
        slot.conn.close()


def _exit_reason(code: int | None) -> str:
    if code == -signal.SIGKILL:
        return "käyttöjärjestelmä lopetti tarkastusprosessin, luultavasti muistin loputtua"
    if code is not None and code < 0:
        try:
            return f"tarkastusprosessi päättyi signaaliin {signal.Signals(-code).name}"
        except ValueError:
            return f"tarkastusprosessi päättyi signaaliin {-code}"
    return f"tarkastusprosessi päättyi paluukoodilla {code}"


class _Null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None
