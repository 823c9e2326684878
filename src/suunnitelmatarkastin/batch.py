"""Checking many documents: a progress bar at a terminal, worker processes, results in input order.

Each worker process loads the Finnish pipeline and the rules once and checks many documents. One
document that fails never stops the others: its report carries a Finnish reason instead.
"""

from __future__ import annotations

import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .models import DocumentReport


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


def run_batch(files: list[Path], doc_type: str | None, rule_dirs: tuple[str, ...], workers: int = 1, debug: bool = False) -> list[DocumentReport]:
    """Check every file; the reports come back in the order of `files`."""
    paths = [str(p) for p in files]
    progress = _progress(len(paths))
    results: list[DocumentReport | None] = [None] * len(paths)
    with progress or _Null():
        task = progress.add_task("", total=len(paths)) if progress else None
        if workers > 1 and len(paths) > 1:
            with ProcessPoolExecutor(max_workers=min(workers, len(paths))) as pool:
                futures = {pool.submit(check_one, p, doc_type, rule_dirs, debug): i for i, p in enumerate(paths)}
                from concurrent.futures import as_completed

                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    if progress:
                        progress.update(task, advance=1, description=Path(paths[futures[future]]).name)
        else:
            for i, path in enumerate(paths):
                if progress:
                    progress.update(task, description=Path(path).name)
                results[i] = check_one(path, doc_type, rule_dirs, debug)
                if progress:
                    progress.advance(task)
    return [r for r in results if r is not None]


class _Null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None
