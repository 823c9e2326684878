"""Checking many documents: a progress bar at a terminal, worker processes, results in input order.

With a time limit (the default) every document is checked in a worker process, because only a
process can be stopped safely wherever it is stuck — in a regular expression, in the parser, inside
the rule engine's C code — and a worker that crashes outright takes only its own document with it.
Each worker loads the Finnish pipeline and the rules once and then checks document after document; a
worker that overruns the limit is killed and replaced, and its document is reported as interrupted.
A single document gets the same protection: it is checked in one worker. Each worker also has a
memory limit, so that a document that would take all memory is a Finnish reason, not a process the
system kills (the pool is `workers.py`, which says why it is our own). Only without a limit (`--aikaraja 0`) and with one worker are documents checked in
this process.

One document that fails never stops the others: its report carries a Finnish reason instead.
SIGTERM and SIGINT end the batch cleanly: the workers are stopped and `BatchInterrupted` says why.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
import threading
import traceback
from collections import Counter
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .models import DocumentReport
from .output_files import is_annotated_copy
from .read import REPORTED
from .report.safe_text import name_for_terminal
from .workers import WARM_UP_TEXT, Pool, available_cores

DEFAULT_TIME_LIMIT = 120.0  # seconds per document; a long real plan takes well under ten
SKIP_COPY = "aiemmin kommentoitu kopio"
SKIP_REPORT = "tarkastimen oma raportti"
SKIP_LOCK = "Wordin väliaikaistiedosto"


class BatchInterrupted(BaseException):
    """SIGTERM or SIGINT arrived: the workers have been stopped; the message is Finnish.

    Like KeyboardInterrupt it is not an `Exception`, so no per-document handler takes it for a fault."""


def collect_paths(paths: tuple[str, ...], skipped: Counter[str] | None = None) -> tuple[list[Path], list[DocumentReport]]:
    """Files named and the supported files inside named folders (recursively), in a stable order.

    A path that cannot be used becomes a report with a Finnish reason instead of stopping the batch
    or vanishing from it: an unreadable subfolder, and a link in a folder that leads outside it.
    `skipped` counts the files left out by reason (".xlsx", "aiemmin kommentoitu kopio", …); the
    tool's own reports and commented copies are never checked as plans, even when named.
    """
    from .output_files import is_our_report

    skipped = Counter() if skipped is None else skipped
    files: list[Path] = []
    problems: list[DocumentReport] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unusable = _walk(path, skipped)
            files.extend(found)
            problems.extend(unusable)
        elif is_annotated_copy(path.name):
            skipped[SKIP_COPY] += 1
        elif path.is_file() and is_our_report(path):
            skipped[SKIP_REPORT] += 1
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            problems.append(DocumentReport(path=raw, error="tiedostoa tai kansiota ei löydy"))
    return files, problems


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not checked, or None for a document to check."""
    from .output_files import is_our_report

    suffix = path.suffix.lower()
    if suffix not in REPORTED:
        return suffix or "ilman päätettä"
    if path.name.startswith("~$"):
        return SKIP_LOCK
    if is_annotated_copy(path.name):
        return SKIP_COPY
    if suffix in (".txt", ".md") and path.is_file() and not path.is_symlink() and is_our_report(path):
        return SKIP_REPORT
    return None


def _walk(folder: Path, skipped: Counter[str]) -> tuple[list[Path], list[DocumentReport]]:
    """The documents in `folder` and its subfolders (links to folders are not followed)."""
    root = Path(os.path.realpath(folder))
    found: list[Path] = []
    problems: list[DocumentReport] = []

    def unreadable(exc: OSError) -> None:
        reason = "kansion lukuoikeus puuttuu" if exc.errno in (errno.EACCES, errno.EPERM) else f"kansiota ei voitu käydä läpi ({exc.strerror or exc})"
        problems.append(DocumentReport(path=str(exc.filename), error=f"{reason}, joten sen asiakirjoja ei tarkastettu"))

    for directory, subfolders, names in os.walk(folder, onerror=unreadable):
        subfolders.sort()
        for name in subfolders + names:
            path = Path(directory) / name
            is_file = name in names
            if is_file and (reason := skip_reason(path)):
                skipped[reason] += 1
                continue
            if path.is_symlink() and not Path(os.path.realpath(path)).is_relative_to(root):
                kind = "tiedostoon" if is_file else "kansioon"
                problems.append(DocumentReport(path=str(path), error=f"linkki osoittaa kansion ulkopuolelle ({kind}), joten sitä ei lueta"))
            elif is_file:
                found.append(path)
    return sorted(found), sorted(problems, key=lambda p: p.path)


def check_one(path: str, doc_type: str | None, rule_dirs: tuple[str, ...], debug: bool = False, project: bool = False) -> DocumentReport:
    """Check one document; an unexpected failure becomes a report with a Finnish reason. With
    `project` the report carries the digest the cross-document rules compare (`project.digest`)."""
    from .check import check_document, check_path

    try:
        return check_document(path, doc_type, rule_dirs, project=True)[0] if project else check_path(path, doc_type, rule_dirs)
    except Exception as exc:  # one bad document must not stop the batch
        if debug and not isinstance(exc, MemoryError):
            traceback.print_exc()
        return failure_report(path, exc)


def _warm_up(rule_dirs: tuple[str, ...], serve_words: bool = False) -> None:
    """A worker's first check, so the pipeline and the rules are loaded before the first document.
    With `serve_words` (the batch's only worker, a core to spare) new words are analysed by a
    child of the worker from now on (`lemmas.serve_words`), started before the pipeline loads."""
    from .check import check_text

    if serve_words:
        from .understand import lemmas

        lemmas.serve_words()
    check_text(WARM_UP_TEXT, rule_dirs=rule_dirs)


def failure_report(path: str, exc: Exception) -> DocumentReport:
    """The Finnish report of a document whose check failed unexpectedly (also used by the web service)."""
    if isinstance(exc, MemoryError):
        return DocumentReport(path=path, error="asiakirja on liian suuri tarkastettavaksi (muisti loppui)")
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
    project: bool = False,
) -> list[DocumentReport]:
    """Check every file; the reports come back in the order of `files`.

    `time_limit` is seconds per document (None or 0: no limit); with `project` each report also
    carries its document's digest for the cross-document rules.
    """
    paths = [str(p) for p in files]
    if len(paths) == 1:  # a cold single check: new words are analysed while spaCy parses (the worker inherits this)
        from .understand import lemmas

        lemmas.look_ahead_once()
    progress = _progress(len(paths))
    results: list[DocumentReport | None] = [None] * len(paths)
    with progress or contextlib.nullcontext():
        task = progress.add_task("", total=len(paths)) if progress else None

        def done(index: int, report: DocumentReport) -> None:
            results[index] = report
            if progress:
                progress.update(task, advance=1, description=escape(name_for_terminal(Path(paths[index]).name)))

        with _signals_interrupt():
            if paths and (time_limit or workers > 1):
                job = partial(check_one, doc_type=doc_type, rule_dirs=rule_dirs, debug=debug, project=project)
                size = min(workers, len(paths))
                serve = size == 1 and len(paths) > 1 and available_cores() > 1  # a single check looks ahead instead
                Pool(size, job, partial(_warm_up, rule_dirs, serve), time_limit or None, debug).run(paths, done)
            else:
                for index, path in enumerate(paths):
                    done(index, check_one(path, doc_type, rule_dirs, debug, project))
    return [r for r in results if r is not None]


@contextlib.contextmanager
def _signals_interrupt():
    """Turn SIGTERM and SIGINT into `BatchInterrupted`, so that the pool's cleanup runs."""

    def stop(number: int, _frame) -> None:
        raise BatchInterrupted(
            f"tarkastus keskeytettiin (signaali {signal.Signals(number).name}); raporttia ei kirjoitettu, ja aiempi raportti on ennallaan"
        )

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
