"""Worker processes with a deadline per document: the batch's (and the web service's) own pool.

Why not `concurrent.futures` or `pebble`: the standard pools cannot stop one stuck task (a
regular expression, the parser or the rule engine's C code may never return), and a crashed
worker breaks the whole `ProcessPoolExecutor`. `pebble` can time a task out, but it forks a new
process per task or replaces the worker with a fresh one started from its own state, so each
replacement would load the Finnish pipeline again (seconds) and its workers would not share the
pipeline this process loaded before forking. Here each worker loads once (or inherits it by
fork), checks document after document, and only a worker that overruns its deadline or dies is
replaced; the reasons a user reads (interrupted, crashed, out of memory) are Finnish.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from .models import DocumentReport

MEMORY_LIMIT = 4 * 1024**3  # bytes of address space per worker; the pipeline takes about 0.7 GB
WARM_UP_TEXT = "# Tausta\n\nHanke alkaa 1.1.2025 ja päättyy 31.12.2026.\n"
# fork (Linux, macOS): a worker starts from this process's memory, so a pipeline already loaded here
# is reused; the command-line process loads no pipeline and starts no threads before forking.
CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")

Job = Callable[[str], DocumentReport]  # checks the document at a path; never raises


def _worker(conn: Connection, job: Job, warm_up: Callable[[], object], debug: bool) -> None:
    """A worker process: warm up, say so, then run `job` on each path sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    with contextlib.suppress(ValueError, OSError):  # a hard limit below ours stays in force
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, resource.getrlimit(resource.RLIMIT_AS)[1]))
    try:
        warm_up()
    except Exception:  # a real fault shows up again, per document, with its reason
        if debug:
            traceback.print_exc()
    try:
        conn.send(None)
        while (message := conn.recv()) is not None:
            index, path = message
            conn.send((index, job(path)))
    except (EOFError, BrokenPipeError):  # the parent has gone
        return


def available_cores() -> int:
    """Cores this process may use (a container's or `taskset`'s limit counts)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def die_with_parent() -> None:
    """Linux: the kernel ends this worker if its parent dies (even by SIGKILL), so none is orphaned."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() == 1:  # the parent died before the call
        os._exit(0)


@dataclass
class Slot:
    """One worker process and the document it is checking, if any."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    job: tuple[int, str] | None = None
    deadline: float = float("inf")


def stop_worker(slot: Slot) -> None:
    """Kill the worker if it still runs, and close its pipe."""
    if slot.process.is_alive():
        slot.process.kill()
    slot.process.join()
    slot.conn.close()


class Pool:
    """`size` workers running `job` with a deadline per document; a stuck or crashed worker is replaced."""

    def __init__(self, size: int, job: Job, warm_up: Callable[[], object], time_limit: float | None, debug: bool = False) -> None:
        self.args = (job, warm_up, debug)
        self.time_limit = time_limit
        self.size = size

    def _start(self) -> Slot:
        parent, child = CONTEXT.Pipe()
        process = CONTEXT.Process(target=_worker, args=(child, *self.args), daemon=True)
        process.start()
        child.close()
        return Slot(process, parent)

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
                        done(index, timeout_report(path, self.time_limit))
                        self._replace(slot, slots)
        finally:
            for slot in slots:
                self._stop(slot)

    def _receive(self, slot: Slot, slots: list[Slot], pending: deque, done) -> None:
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
                done(index, crash_report(path, code))
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
            done(index, DocumentReport(path=path, error=f"tarkastusprosessi ei käynnistynyt ({exit_reason(code)})"))

    def _replace(self, slot: Slot, slots: list[Slot]) -> None:
        self._stop(slot)
        slots[slots.index(slot)] = self._start()

    @staticmethod
    def _stop(slot: Slot) -> None:
        stop_worker(slot)


def timeout_report(path: str, time_limit: float) -> DocumentReport:
    """The report of a document whose check was stopped at the time limit."""
    seconds = f"{time_limit:g}".replace(".", ",")  # Finnish decimal comma
    return DocumentReport(path=path, error=f"tarkastus keskeytettiin aikarajan ({seconds} s) ylittyessä")


def crash_report(path: str, code: int | None) -> DocumentReport:
    """The report of a document whose worker process died under it."""
    return DocumentReport(path=path, error=f"asiakirjan tarkastus kaatui odottamattomasti ({exit_reason(code)})")


def exit_reason(code: int | None) -> str:
    if code == -signal.SIGKILL:
        return "käyttöjärjestelmä lopetti tarkastusprosessin, luultavasti muistin loputtua"
    if code is not None and code < 0:
        try:
            return f"tarkastusprosessi päättyi signaaliin {signal.Signals(-code).name}"
        except ValueError:
            return f"tarkastusprosessi päättyi signaaliin {-code}"
    return f"tarkastusprosessi päättyi paluukoodilla {code}"
