"""Nopeus- ja muistimittaus: tulostaa luvut, ei ole testi.

Jokainen luku mitataan kokonaisina prosesseina niin kuin käyttäjä ohjelman ajaa, ja tarkastinta
verrataan lattiaan vuorotellen pari kerrallaan (tarkastin, lattia, tarkastin, lattia …). Jokaisesta
parista lasketaan suhde sekä seinäajasta että CPU-ajasta; tulostetaan suhteiden mediaani ja
vaihteluväli (pienin–suurin), ei nopeinta kierrosta, koska jaetun koneen kuorma vaihtelee kesken
ajon. Kuormitetulla koneella CPU-ajan suhde on vakaampi kuin seinäajan.

Lattiat:
- *koko spaCy*: pelkkä `spacy-fi-experimental-web-md` koko putkena (vain lemmatisoija pois, koska se
  vaatisi järjestelmän libvoikon), uutena prosessina, joka lukee samat kappaleet valmiiksi
  puretusta JSON-tiedostosta (lattia ei siis edes lue .docx-tiedostoa);
- *tarkastimen spaCy*: sama putki ilman niitä osia, joita tarkastin ei käytä
  (`understand.nlp.EXCLUDED`): se osa, jota tarkastin ei voi ohittaa muuten kuin välimuistilla.

Mitataan
1. yksi noin 1 400 sanan suunnitelma (.docx) kylmästä käynnistyksestä (`tarkasta --muoto json`):
   a) ensimmäinen kerta koneella: molemmat välimuistit tyhjinä jokaisella ajolla;
   b) uusi suunnitelma koneella, jolla on jo tarkastettu muita: sanojen välimuisti täytetty muilla
      korpuksen asiakirjoilla, kappaleiden välimuisti tyhjä;
   c) uudelleentarkastus, kun yhtä kappaletta on muokattu (kappaleiden välimuisti täynnä
      edellisestä tarkastuksesta);
2. erä: korpuksen eri asiakirjat (ei samoja kahdesti, ei sinetöityjä realistisia) komentorivin kautta
   (`tarkasta --rinnakkain 1` ja `2`, työprosessit mukana) tyhjin välimuistein, sekä `--rinnakkain 1`
   kun sanojen välimuisti on täytetty saman erän aiemmalla ajolla ja kappaleiden välimuisti
   tyhjennetty (yläraja sille, mitä sanojen välimuisti erälle antaa); lattiana koko spaCy samoille
   teksteille yhdessä prosessissa;
3. muistin tasaisuus: yksi prosessi tarkastaa N pientä eri asiakirjaa peräkkäin (välimuistit pois,
   jotta jokainen kulkee spaCyn läpi); muisti (RSS) 50 asiakirjan jälkeen ja lopussa;
4. tarkastimen oma Python-aika: erän asiakirjat tarkastetaan yhdessä prosessissa toiseen kertaan,
   kun kappaleet ja sanat ovat välimuistissa, ja mitataan prosessin CPU-aika (kuormitetullakin
   koneella vakaa luku, josta näkee lukemiskorjausten hinnan; `--vertaa` ajaa saman vuorotellen).

Huippumuisti on kaikkien prosessien (pääprosessi, työprosessit, spaCyn aliprosessit) yhteinen
PSS-muisti (jaetut sivut jaettuna prosessien kesken) /proc-tiedostoista 20 kertaa sekunnissa
näytteistettynä, sekä suurin yksittäinen RSS. CPU-aika on prosessin ja sen lasten käyttäjä- ja
järjestelmäaika (wait4).

`--vertaa KANSIO` lisää kylmiin mittauksiin (1a ja erän `--rinnakkain 1`) saman komennon toisesta
lähdepuusta (esimerkiksi `git archive HEAD src | tar -x -C /tmp/ennen` → `/tmp/ennen/src`) samoissa
vuoroissa: muutoksen vaikutus samalla kuormalla, ei eri päivien lukuja vertaamalla.

Käyttö:  python benchmarks/nopeus.py [--kierrokset 5] [--era-kierrokset 3] [--pienet 1000] [--oma-kierrokset 3] [--osat 1234] [--vertaa SRC]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
BIN = Path(sys.executable).parent
CACHE_ENV = "SUUNNITELMATARKASTIN_VALIMUISTI"
PLAN_WORDS = 1400
SUFFIXES = (".docx", ".md", ".txt")
Prepare = Callable[[], dict[str, str]]  # a run's environment, its cache folder made ready


@dataclass
class Run:
    wall: float
    cpu: float
    pss_mib: float  # peak of the summed PSS of the process tree
    rss_mib: float  # peak RSS of the largest single process


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(_children(current))
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in kB, or (0, 0) when it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def run(command: list[str], env: dict[str, str]) -> Run:
    """Run a command to its end, sampling the memory of its whole process tree. A run that did
    not do its work (a traceback, a document that could not be checked) stops the measurement."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        peaks = {"pss": 0, "rss": 0}
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                measured = [_memory(p) for p in _tree(process.pid)]
                peaks["pss"] = max(peaks["pss"], sum(m[0] for m in measured))
                peaks["rss"] = max(peaks["rss"], max((m[1] for m in measured), default=0))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        _check_run(command, process.returncode, out.read(), err.read().decode("utf-8", "replace"))
    return Run(wall, usage.ru_utime + usage.ru_stime, peaks["pss"] / 1024, peaks["rss"] / 1024)


def _check_run(command: list[str], code: int, output: bytes, errors: str) -> None:
    failed = code not in (0, 1) or "Traceback" in errors  # 1: a document has findings of severity error
    if not failed and Path(command[0]).name == "tarkasta":
        documents = json.loads(output or b"{}").get("documents", [])
        failed = not documents or any(d.get("error") for d in documents)
    if failed:
        raise SystemExit(f"Komento ei tehnyt työtään ({code}): {' '.join(command)}\n{errors[-2000:]}")


def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    """The median and the range, e.g. '1.23 s (1.10–1.40)'."""
    fmt = f"{{:.{digits}f}}"
    return f"{fmt.format(statistics.median(values))}{unit} ({fmt.format(min(values))}–{fmt.format(max(values))})"


BLIND_PARTS = frozenset({"realistiset", "hankkeet"})  # blind sets, opened only for scoring: never read here


def documents() -> list[Path]:
    """Distinct annotated corpus documents, none from the blind folders."""
    return sorted(
        p
        for p in CORPORA.rglob("*")
        if p.suffix in SUFFIXES and not BLIND_PARTS.intersection(p.relative_to(CORPORA).parts) and p.with_suffix(".expected.json").exists()
    )


def paragraphs(path: Path) -> list[str]:
    from suunnitelmatarkastin.read import read_document

    return [block.text for block in read_document(path).blocks]


def floor_command(texts_file: Path, exclude: tuple[str, ...]) -> list[str]:
    """A process that loads the pipeline and runs the texts through it, nothing else."""
    from suunnitelmatarkastin.understand.nlp import MODEL

    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({MODEL!r}, exclude={list(exclude)!r})\n"
        "for doc in json.load(open(sys.argv[1], encoding='utf-8')):\n"
        "    for _ in nlp.pipe(doc, batch_size=64): pass\n"
    )
    return [sys.executable, "-c", code, str(texts_file)]


def environment(cache: Path | str, source: Path | None = None) -> dict[str, str]:
    """A run's environment: its cache folder, and with `source` the tool imported from that tree."""
    env = {**os.environ, CACHE_ENV: str(cache)}
    if source:
        env["PYTHONPATH"] = str(source)
    return env


def pick_plan(paths: list[Path]) -> tuple[Path, int]:
    """The .docx plan whose length is nearest to PLAN_WORDS words."""
    counted = [(abs(sum(len(t.split()) for t in paragraphs(p)) - PLAN_WORDS), p) for p in paths if p.suffix == ".docx"]
    _, plan = min(counted)
    return plan, sum(len(t.split()) for t in paragraphs(plan))


def edited_copy(plan: Path, folder: Path) -> Path:
    """The plan with one paragraph's wording changed, as an applicant revises a draft."""
    import docx

    document = docx.Document(str(plan))
    target = max((p for p in document.paragraphs if len(p.text.split()) > 12), key=lambda p: len(p.text))
    target.runs[0].text = "Tarkennettu: " + target.runs[0].text
    edited = folder / f"muokattu-{plan.name}"
    document.save(str(edited))
    return edited


def alternate(commands: dict[str, tuple[list[str], Prepare]], rounds: int, warm_up: bool = True) -> dict[str, list[Run]]:
    """Each command in turn, round after round; `prepare()` gives each run its environment. The
    warm-up run of each fills the operating system's disk cache, never the tool's caches."""
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for command, prepare in commands.values() if warm_up else ():
        run(command, prepare())
    for _ in range(rounds):
        for name, (command, prepare) in commands.items():
            results[name].append(run(command, prepare()))
    return results


def report(results: dict[str, list[Run]], floors: tuple[str, ...]) -> None:
    for name, runs in results.items():
        print(
            f"  {name:<44} seinäaika {spread([r.wall for r in runs], ' s')}, CPU {spread([r.cpu for r in runs], ' s')}, "
            f"muisti yhteensä {spread([r.pss_mib for r in runs], ' MiB', 0)}"
        )
    for name in results:
        if name in floors:
            continue
        for floor in floors:
            ratio(results, name, floor)


def ratio(results: dict[str, list[Run]], name: str, other: str) -> None:
    """The ratios of one command's runs to another's, pair by pair."""
    pairs = list(zip(results[name], results[other]))
    walls, cpus = [a.wall / b.wall for a, b in pairs], [a.cpu / b.cpu for a, b in pairs]
    print(f"    {name} / {other}: seinäaika {spread(walls, '×')}, CPU {spread(cpus, '×')}  (pareittain, {len(pairs)} paria)")


def single(folder: Path, paths: list[Path], rounds: int, compared: Path | None = None) -> None:
    from suunnitelmatarkastin.understand.nlp import EXCLUDED

    plan, words = pick_plan(paths)
    texts = folder / "suunnitelma.json"
    texts.write_text(json.dumps([paragraphs(plan)], ensure_ascii=False), encoding="utf-8")
    check = [str(BIN / "tarkasta"), "--muoto", "json", str(plan)]

    lemmas_known = folder / "sanat-tunnettu"  # other documents checked before: their words are known
    others = folder / "muut"
    others.mkdir()
    for n, path in enumerate(p for p in paths if p != plan):
        shutil.copy(path, others / f"{n:03d}-{path.name}")
    run([str(BIN / "tarkasta"), "--muoto", "json", str(others)], environment(lemmas_known))
    for stale in lemmas_known.glob("kappaleet.sqlite3*"):
        stale.unlink()

    edited = edited_copy(plan, folder)
    checked_once = folder / "tarkastettu-kerran"
    run(check, environment(checked_once))
    recheck = [str(BIN / "tarkasta"), "--muoto", "json", str(edited)]

    counter = iter(range(10**6))

    def fresh() -> dict[str, str]:
        return environment(folder / f"tyhja-{next(counter)}")

    def fresh_compared() -> dict[str, str]:
        return environment(folder / f"tyhja-{next(counter)}", compared)

    def copy_of(source: Path) -> Prepare:
        def prepare() -> dict[str, str]:
            target = folder / f"kopio-{next(counter)}"
            shutil.copytree(source, target)
            return environment(target)

        return prepare

    print(f"\n1. Yksi {words} sanan suunnitelma ({plan.name}) kylmästä käynnistyksestä, {rounds} kierrosta vuorotellen")
    results = alternate(
        {
            "a) tarkastin, välimuistit tyhjät": (check, fresh),
            **({f"a) vertailupuu {compared}, välimuistit tyhjät": (check, fresh_compared)} if compared else {}),
            "b) tarkastin, sanat tunnettu, kappaleet ei": (check, copy_of(lemmas_known)),
            "c) uudelleentarkastus, yksi kappale muokattu": (recheck, copy_of(checked_once)),
            "koko spaCy": (floor_command(texts, ("lemmatizer",)), fresh),
            "tarkastimen spaCy": (floor_command(texts, EXCLUDED), fresh),
        },
        rounds,
    )
    report(results, ("koko spaCy", "tarkastimen spaCy"))
    if compared:
        ratio(results, "a) tarkastin, välimuistit tyhjät", f"a) vertailupuu {compared}, välimuistit tyhjät")


def batch(folder: Path, paths: list[Path], rounds: int, compared: Path | None = None) -> None:
    era = folder / "era"
    era.mkdir()
    for n, path in enumerate(paths):
        shutil.copy(path, era / f"{n:03d}-{path.name}")
    texts = folder / "era.json"
    all_texts = [paragraphs(p) for p in paths]
    texts.write_text(json.dumps(all_texts, ensure_ascii=False), encoding="utf-8")
    words = sum(len(t.split()) for doc in all_texts for t in doc)
    counter = iter(range(10**6))

    def fresh() -> dict[str, str]:
        return environment(folder / f"era-tyhja-{next(counter)}")

    def fresh_compared() -> dict[str, str]:
        return environment(folder / f"era-tyhja-{next(counter)}", compared)

    one_worker = [str(BIN / "tarkasta"), "--muoto", "json", "--rinnakkain", "1", str(era)]
    words_known = folder / "era-sanat-tunnettu"  # the same batch run once, its paragraphs forgotten
    run(one_worker, environment(words_known))
    asked = _words_asked(words_known)
    for stale in words_known.glob("kappaleet.sqlite3*"):
        stale.unlink()

    def known() -> dict[str, str]:
        target = folder / f"era-kopio-{next(counter)}"
        shutil.copytree(words_known, target)
        return environment(target)

    print(f"\n2. Erä: {len(paths)} eri asiakirjaa, {words} sanaa, {rounds} kierrosta vuorotellen")
    print(f"  pyvoikolta kysytyt sanat tyhjin välimuistein (mukana tulevat analyysit eivät kattaneet niitä): {asked}")
    results = alternate(
        {
            "tarkasta --rinnakkain 1, välimuistit tyhjät": (one_worker, fresh),
            **({f"vertailupuu {compared}, --rinnakkain 1, välimuistit tyhjät": (one_worker, fresh_compared)} if compared else {}),
            "tarkasta --rinnakkain 2, välimuistit tyhjät": ([*one_worker[:-2], "2", str(era)], fresh),
            "tarkasta --rinnakkain 1, sanat tunnettu": (one_worker, known),
            "koko spaCy": (floor_command(texts, ("lemmatizer",)), fresh),
        },
        rounds,
        warm_up=False,  # each run is a minute long: its first seconds warm the disk cache
    )
    report(results, ("koko spaCy",))
    if compared:
        ratio(results, "tarkasta --rinnakkain 1, välimuistit tyhjät", f"vertailupuu {compared}, --rinnakkain 1, välimuistit tyhjät")
    one, two = results["tarkasta --rinnakkain 1, välimuistit tyhjät"], results["tarkasta --rinnakkain 2, välimuistit tyhjät"]
    print(f"    --rinnakkain 1 / --rinnakkain 2: {spread([a.wall / b.wall for a, b in zip(one, two)], '×')}")


def _words_asked(cache: Path) -> str:
    """How many words a run that started with empty caches had to ask pyvoikko: those its word
    cache learnt (a call count, steadier on a loaded machine than any time)."""
    import sqlite3

    connection = sqlite3.connect(cache / "lemmat.sqlite3")
    try:
        total, known = connection.execute("SELECT count(*), sum(value != '[]') FROM entry").fetchone()
    finally:
        connection.close()
    return f"{total} ({known or 0} pyvoikon tuntemaa)"


MEMORY_PROBE = """
import resource, sys
from pathlib import Path
from suunnitelmatarkastin.check import check_path
paths = sorted(Path(sys.argv[1]).iterdir())
def rss():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024
marks = {}
for n, path in enumerate(paths, 1):
    check_path(path)
    if n in (50, len(paths)) or n % 250 == 0:
        marks[n] = rss()
print(" ".join(f"{n}:{v:.0f}" for n, v in marks.items()))
"""


def memory(folder: Path, paths: list[Path], count: int) -> None:
    """Small distinct documents: windows of corpus paragraphs, each with a number of its own."""
    pool = [t for p in paths if p.suffix in (".md", ".txt", ".docx") for t in paragraphs(p) if len(t.split()) > 3]
    small = folder / "pienet"
    small.mkdir()
    for n in range(count):
        start = (n * 7) % max(1, len(pool) - 12)
        body = "\n\n".join(pool[start : start + 12])
        (small / f"{n:04d}.md").write_text(f"# Hankesuunnitelma {n}\n\nAsiakirja numero {n}.\n\n{body}\n", encoding="utf-8")
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(small)], env=environment("pois"), capture_output=True, text=True, check=True
    )
    marks = dict(item.split(":") for item in probe.stdout.split())
    first, last = float(marks["50"]), float(marks[str(count)])
    print(f"\n3. Muisti: yksi prosessi, {count} pientä eri asiakirjaa, välimuistit pois")
    print("  RSS asiakirjan n jälkeen: " + ", ".join(f"{n}: {v} MiB" for n, v in marks.items()))
    print(f"  kasvu 50. asiakirjasta loppuun: {100 * (last - first) / first:+.1f} % (tavoite ≤ 10 %)")


OWN_PROBE = """
import sys, time
from pathlib import Path
from suunnitelmatarkastin.check import check_path
paths = sorted(Path(sys.argv[1]).iterdir())
for path in paths:  # spaCy and pyvoikko: their analyses go to the caches
    check_path(path)
start = time.process_time()
for path in paths:  # the same documents again: reading, the tool's own extractors and rules
    check_path(path)
print(time.process_time() - start)
"""


def own_python(folder: Path, paths: list[Path], rounds: int, compared: Path | None = None) -> None:
    """The tool's own work without spaCy and pyvoikko: the CPU time of checking the batch again
    once its paragraphs and words are cached. CPU time of one process, so a loaded machine
    disturbs it little: what catches a regression in the extractors, which the minute-long batch
    runs cannot see through their spread."""
    era = folder / "oma"
    era.mkdir()
    for n, path in enumerate(paths):
        shutil.copy(path, era / f"{n:03d}-{path.name}")
    trees = {"tarkastin": None, **({f"vertailupuu {compared}": compared} if compared else {})}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for round_ in range(rounds):
        for name, source in trees.items():
            cache = folder / f"oma-{round_}-{len(times[name])}-{name[:5]}"
            probe = subprocess.run(
                [sys.executable, "-c", OWN_PROBE, str(era)], env=environment(cache, source), capture_output=True, text=True, check=True
            )
            times[name].append(float(probe.stdout.split()[-1]))
    print(f"\n4. Tarkastimen oma Python-aika: {len(paths)} asiakirjaa toiseen kertaan (kappaleet ja sanat välimuistissa), {rounds} kierrosta vuorotellen")
    for name, values in times.items():
        print(f"  {name:<44} CPU {spread(values, ' s')}")
    if compared:
        ratios = [a / b for a, b in zip(*times.values())]
        print(f"    tarkastin / vertailupuu: CPU {spread(ratios, '×')}  (pareittain, {len(ratios)} paria)")


def shipped_state() -> str:
    """Whether the analyses shipped with the tool cover every lexicon word: a lexicon edited
    after they were made costs a cold check pyvoikko's load before any document is read."""
    from suunnitelmatarkastin.data.rakenna_analyysit import lexicon_words
    from suunnitelmatarkastin.understand import lemmas, seed

    words = lexicon_words()
    missing = sorted(words - set(seed.get_many(words, lemmas.version())))
    return f"kaikki {len(words)} sanaston sanaa" if not missing else f"{len(missing)} sanaston sanaa puuttuu ({', '.join(missing[:5])}{' …' if len(missing) > 5 else ''})"


def compile_bytecode(*sources: Path) -> None:
    """Compile the tool's modules as `pip install` does: in a development tree (here with
    PYTHONDONTWRITEBYTECODE set) every run would otherwise compile each edited module again,
    a cost (about 0.3 s) that no installed copy pays."""
    import compileall

    import suunnitelmatarkastin

    for source in (Path(suunnitelmatarkastin.__file__).parent, *sources):
        compileall.compile_dir(str(source), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kierrokset", type=int, default=5, help="yhden suunnitelman parit")
    parser.add_argument("--era-kierrokset", type=int, default=3, help="erän parit")
    parser.add_argument("--pienet", type=int, default=1000, help="muistimittauksen asiakirjat (0 = ohita)")
    parser.add_argument("--osat", default="1234", help="mitattavat osat: 1 yksi suunnitelma, 2 erä, 3 muisti, 4 oma Python-aika")
    parser.add_argument("--oma-kierrokset", type=int, default=3, help="oman Python-ajan parit")
    parser.add_argument("--vertaa", type=Path, metavar="SRC", help="toisen lähdepuun src-kansio, joka ajetaan kylmissä mittauksissa samoissa vuoroissa")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"Kone: {os.cpu_count()} ydintä, Python {sys.version.split()[0]}, kuorma alussa {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}")
    print(f"Mukana tulevat sanojen analyysit alussa: {shipped_state()}")
    paths = documents()
    compile_bytecode(*([args.vertaa] if args.vertaa else []))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "1" in args.osat:
            single(folder, paths, args.kierrokset, args.vertaa)
        if "2" in args.osat:
            batch(folder, paths, args.era_kierrokset, args.vertaa)
        if "3" in args.osat and args.pienet:
            memory(folder, paths, args.pienet)
        if "4" in args.osat:
            own_python(folder, paths, args.oma_kierrokset, args.vertaa)
    load = os.getloadavg()
    print(f"Kuorma lopussa {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}; mukana tulevat sanojen analyysit lopussa: {shipped_state()}")


if __name__ == "__main__":
    main()
