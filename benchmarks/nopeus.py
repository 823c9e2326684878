"""Nopeus- ja muistimittaus: tulostaa luvut, ei ole testi.

Mittaa
- eräajon: asiakirjoja ja sanoja sekunnissa koko tarkastukselle (luku → ymmärrys → säännöt)
  sekä pelkälle spaCy-putkelle samoilla teksteillä (lattia, jota lukeminen ei voi alittaa), ja
  niiden suhteen;
- yhden noin 10-sivuisen suunnitelman tarkastuksen kylmästä käynnistyksestä (`tarkasta` uutena
  prosessina);
- huippumuistin (maxrss) kylmän käynnistyksen prosessissa;
- `--rinnakkain 1` ja `--rinnakkain 2` saman erän seinäkelloajan.

Käyttö:  python benchmarks/nopeus.py [--kierrokset N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
BIN = Path(sys.executable).parent


def corpus_documents() -> list[Path]:
    return sorted(p for p in CORPORA.rglob("*") if p.suffix in (".docx", ".md", ".txt") and "lahteet" not in p.parts and p.name != "README.md")


def ten_page_plan(folder: Path) -> Path:
    """A 10-page plan: about 4 000 words (400 words a page), good corpus plans one after another."""
    from suunnitelmatarkastin.read import read_document

    parts, words = ["% Pitkä hankesuunnitelma\n"], 0
    for path in corpus_documents():
        if "hankesuunnitelma" not in path.name and "hankehakemus" not in path.name:
            continue
        for block in read_document(path).blocks:
            prefix = "# " if block.kind.value == "heading" else "- " if block.kind.value == "list_item" else ""
            parts.append(prefix + block.text + "\n")
            words += len(block.text.split())
        if words >= 4000:
            break
    plan = folder / "kymmenen-sivua.md"
    plan.write_text("\n".join(parts), encoding="utf-8")
    return plan


def batch_figures(rounds: int) -> None:
    from suunnitelmatarkastin.check import check_path, engine
    from suunnitelmatarkastin.read import read_document
    from suunnitelmatarkastin.understand.nlp import pipeline

    paths = corpus_documents()
    texts = [[b.text for b in read_document(p).blocks] for p in paths]
    words = sum(len(t.split()) for doc in texts for t in doc)
    nlp = pipeline()
    engine(())
    check_path(paths[0])  # warm up caches of the first document only

    # Rounds alternate between the floor and the whole check, and the fastest round of each counts:
    # a virtual machine's neighbours slow single rounds down, not the programs.
    floor_rounds, whole_rounds = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for doc in texts:
            list(nlp.pipe(doc, batch_size=64))
        floor_rounds.append(time.perf_counter() - start)
        start = time.perf_counter()
        for path in paths:
            check_path(path)
        whole_rounds.append(time.perf_counter() - start)
    floor, whole = min(floor_rounds) * rounds, min(whole_rounds) * rounds

    docs = len(paths) * rounds
    print(f"Erä: {len(paths)} asiakirjaa × {rounds} kierrosta (nopein kierros × {rounds}), {words} sanaa kierroksella")
    print(f"  koko tarkastus:  {docs / whole:6.1f} asiakirjaa/s  {words * rounds / whole:8.0f} sanaa/s  ({whole:.1f} s)")
    print(f"  pelkkä spaCy:    {docs / floor:6.1f} asiakirjaa/s  {words * rounds / floor:8.0f} sanaa/s  ({floor:.1f} s)")
    print(f"  suhde spaCy-lattiaan: {whole / floor:.2f}x (tavoite ≤ 1.3x)")


def cold_start(plan: Path, runs: int = 3) -> None:
    command = [str(BIN / "tarkasta"), "--muoto", "json", str(plan)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    words = len(plan.read_text(encoding="utf-8").split())
    print(f"Kylmä käynnistys, yksi {words} sanan (~10 sivua) suunnitelma: mediaani {statistics.median(times):.2f} s, paras {min(times):.2f} s ({runs} ajoa; tavoite < 4 s)")
    print(f"Huippumuisti (maxrss): {peak:.0f} MiB (tavoite < 1024 MiB)")


def parallel(folder: Path) -> None:
    batch = folder / "era"
    batch.mkdir()
    for n, path in enumerate(corpus_documents() * 2):
        shutil.copy(path, batch / f"{n:03d}-{path.name}")
    for workers in (1, 2):
        command = [str(BIN / "tarkasta"), "--muoto", "json", "--rinnakkain", str(workers), str(batch)]
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
        print(f"--rinnakkain {workers}: {len(list(batch.iterdir()))} asiakirjaa {time.perf_counter() - start:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kierrokset", type=int, default=3)
    args = parser.parse_args()
    print(f"Kone: {os.cpu_count()} ydintä, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cold_start(ten_page_plan(folder))
        parallel(folder)
    batch_figures(args.kierrokset)


if __name__ == "__main__":
    main()
