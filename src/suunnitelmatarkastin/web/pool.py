"""The web service's worker processes: the pipeline loaded once, a time limit per document.

The command line's pool (`workers.Pool`) lives for one batch; a service needs workers that outlive
requests and take jobs from many requests at once, each with its own document type. The pieces are
the batch's: the same process start method, the same warm-up, the same Finnish reasons for a
document that overran the limit or whose worker died. A job runs in a worker; the request waits for
it in a thread, so the event loop keeps serving. A worker that overruns the limit is killed and
replaced, so a pathological upload costs only its own request.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import anyio.to_thread

from .. import batch, workers
from ..models import DocumentReport, Finding, Report
from ..settings import Loaded, apply
from .luenta import Luenta, summarise

START_LIMIT = 300.0  # seconds for a new worker to load the pipeline; only a broken install takes this long


@dataclass
class Job:
    path: str
    doc_type: str | None
    annotate: bool  # also make the commented .docx copy
    profiles: tuple[str, ...] = ()  # funder profiles, checked before the job is made; their packs come before the service's
    settings: Loaded | None = None  # an uploaded tarkastin.toml, checked before the job is made
    only_errors: bool = False
    project: bool = False  # one of several files: the report also carries what the cross-document rules compare
    project_findings: tuple[Finding, ...] = ()  # the hanke.* findings that point into this file: comments too


@dataclass
class Outcome:
    report: DocumentReport
    luenta: Luenta | None = None
    annotated: bytes | None = None  # the .docx with the findings as Word comments
    note: str | None = None  # why there is no commented copy, in Finnish


def run_job(job: Job, rule_dirs: tuple[str, ...]) -> Outcome:
    """Check one uploaded file (and comment it); any failure becomes a Finnish reason."""
    from .. import check
    from ..profiles import profile_dirs

    packs = profile_dirs(job.profiles) + rule_dirs
    try:
        report, facts = check.check_document(job.path, job.doc_type, packs, project=job.project)
    except Exception as exc:  # one bad document must cost only its own result
        return Outcome(batch.failure_report(job.path, exc))
    outcome = Outcome(report, summarise(facts) if facts else None)
    apply(Report(documents=[report]), job.settings or Loaded(), job.only_errors)  # the Word comments follow the settings
    if job.annotate:
        outcome.annotated, outcome.note = _annotated(report, job, packs)
    return outcome


def _annotated(report: DocumentReport, job: Job, packs: tuple[str, ...]) -> tuple[bytes | None, str | None]:
    from ..read import ReadError
    from ..settings import audit

    if Path(report.path).suffix.lower() != ".docx":
        return None, "Kommentoitu kopio voidaan tehdä vain .docx-asiakirjasta."
    if report.error:
        return None, None
    try:
        from ..report.annotate import annotate

        tool = audit(job.settings or Loaded(), list(job.profiles), packs, job.only_errors)
        target, _ = annotate(report, tool=tool, project_findings=job.project_findings)
        return target.read_bytes(), None
    except ReadError as exc:
        return None, f"Kommentoitua kopiota ei voitu tehdä: {exc.reason}."
    except Exception as exc:
        return None, f"Kommentoitua kopiota ei voitu tehdä ({type(exc).__name__})."


def _give_back_memory() -> Callable[[], object]:
    """glibc's malloc_trim, where there is one: a long-lived worker otherwise keeps the heap of every
    document it has parsed (python-docx and lxml free it, but glibc does not return it), and the
    service's memory creeps up request by request."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return lambda *_: None


def _serve(conn: Connection, rule_dirs: tuple[str, ...]) -> None:
    """A worker: warm up, say so, then run each job sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and shutdown are the service's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from ..check import check_text

    try:
        check_text(workers.WARM_UP_TEXT, rule_dirs=rule_dirs)
    except Exception:  # a real fault shows up again, per document, with its reason
        traceback.print_exc()
    trim = _give_back_memory()
    try:
        conn.send(None)
        while (job := conn.recv()) is not None:
            conn.send(run_job(job, rule_dirs))
            trim(0)
    except (EOFError, BrokenPipeError, KeyboardInterrupt):  # the service has gone
        return


class CheckPool:
    """`size` worker processes shared by all requests; `run` checks one file in one of them."""

    def __init__(self, size: int, time_limit: float | None, rule_dirs: tuple[str, ...] = ()) -> None:
        self.size = size
        self.time_limit = time_limit or None
        self.rule_dirs = rule_dirs
        self._idle: asyncio.Queue[workers.Slot] = asyncio.Queue()
        self._all: list[workers.Slot] = []

    def _spawn(self) -> workers.Slot:
        parent, child = workers.CONTEXT.Pipe()
        process = workers.CONTEXT.Process(target=_serve, args=(child, self.rule_dirs), daemon=True)
        process.start()
        child.close()
        slot = workers.Slot(process, parent)
        self._all.append(slot)
        return slot

    async def start(self) -> None:
        """Load the pipeline here once, so that forked workers share it, then start the workers."""
        await anyio.to_thread.run_sync(self._preload)
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _preload(self) -> None:
        from ..check import check_text
        from ..understand import nlp

        nlp.pipeline()  # the analysis cache may answer the warm-up without the model; workers need it all the same
        check_text(workers.WARM_UP_TEXT, rule_dirs=self.rule_dirs)

    async def run(self, job: Job) -> Outcome:
        slot = await self._idle.get()
        return await anyio.to_thread.run_sync(self._run_on, slot, job, asyncio.get_running_loop())

    def _run_on(self, slot: workers.Slot, job: Job, loop: asyncio.AbstractEventLoop) -> Outcome:
        """Run `job` on `slot` (blocking, in a thread); the slot, or its replacement, goes back to the idle queue."""
        healthy = False
        try:
            outcome, healthy = self._exchange(slot, job)
        finally:  # also when the request is cancelled: the pool must not lose a worker
            if not healthy:
                self._stop(slot)
                slot = self._spawn()
            loop.call_soon_threadsafe(self._idle.put_nowait, slot)
        return outcome

    def _exchange(self, slot: workers.Slot, job: Job) -> tuple[Outcome, bool]:
        """Send the job and wait for its outcome; False when the worker must be replaced."""
        try:
            if not slot.ready:
                if not slot.conn.poll(START_LIMIT) or slot.conn.recv() is not None:
                    raise EOFError
                slot.ready = True
            slot.conn.send(job)
            if slot.conn.poll(self.time_limit):
                return slot.conn.recv(), True
            return Outcome(workers.timeout_report(job.path, self.time_limit or 0)), False
        except (EOFError, OSError):  # the worker died: a crash in native code, or killed
            slot.process.join(5)
            return Outcome(workers.crash_report(job.path, slot.process.exitcode)), False

    def _stop(self, slot: workers.Slot) -> None:
        if slot in self._all:
            self._all.remove(slot)
        with contextlib.suppress(OSError):
            workers.stop_worker(slot)

    def close(self) -> None:
        """Stop every worker; a job still running is abandoned (its request is over)."""
        for slot in list(self._all):
            with contextlib.suppress(OSError):
                slot.conn.send(None)
            self._stop(slot)

    def alive(self) -> int:
        """How many workers are running (for the health check)."""
        return sum(1 for slot in self._all if slot.process.is_alive())
