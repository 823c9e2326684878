"""Verkkopalvelun kuormitusmittaus silmukkaosoitteessa: tulostaa luvut, ei ole testi.

Käynnistää `suunnitelmatarkastin palvelin` -komennon vapaaseen porttiin ja lähettää rajatun määrän
pyyntöjä (oletus 200, 8 kerrallaan) rajapintaan POST /api/tarkasta: hyviä korpuksen asiakirjoja ja
vihamielisiä tiedostoja sekaisin. Tulostaa
- läpäisyn (pyyntöä sekunnissa ja asiakirjaa tunnissa),
- viiveen mediaanin (p50) ja 95. persentiilin (p95),
- virheet: HTTP-virhe, yhteysvirhe tai väärä tulos (hyvä asiakirja ei lukenut, vihamielinen luki);
  näitä pitää olla 0,
- palvelun muistin (pääprosessi ja työprosessit yhteensä): PSS ennen kuormaa ja huippu, sekä RSS
  kunkin neljänneksen lopussa, jotta kasvu ajon aikana näkyy (RSS ei kasva siitä, että haarautettu
  työprosessi kirjoittaa palvelun kanssa jakamalleen sivulle, PSS kasvaa),
- ellei `--ilman-vertailua`: noin 10-sivuisen suunnitelman lämpimän tarkastuksen rajapinnan kautta
  verrattuna komentorivin kylmään käynnistykseen.

Käyttö:  python benchmarks/kuormitus.py [--pyynnot 200] [--rinnakkain 8] [--tyoprosessit 2] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"  # only the top level: the folders below it are not for measuring
BIN = Path(sys.executable).parent


def good_files() -> list[tuple[str, bytes]]:
    """The corpus's own documents, one of each format where there is one."""
    paths = sorted(p for p in CORPORA.glob("*") if p.suffix in (".docx", ".md", ".txt") and p.name != "README.md")
    chosen = [p for p in paths if p.suffix == ".docx"][:4] + [p for p in paths if p.suffix == ".md"][:1] + [p for p in paths if p.suffix == ".txt"][:1]
    return [(p.name, p.read_bytes()) for p in chosen]


def hostile_files() -> list[tuple[str, bytes]]:
    """Files the service must refuse with a reason, as the command line does."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<a>" + "x" * 20_000_000 + "</a>")
    good_docx = next(data for name, data in good_files() if name.endswith(".docx"))
    return [
        ("vanha.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)),
        ("satunnainen.docx", os.urandom(4000)),
        ("pommi.docx", bomb.getvalue()),
        ("tyhja.md", b""),
        ("katkaistu.docx", good_docx[: len(good_docx) // 2]),
    ]


def ten_page_plan() -> tuple[str, bytes, int]:
    """About 4 000 words (400 a page): the corpus's plans one after another, as Markdown."""
    from suunnitelmatarkastin.read import read_document

    plans = [p for p in sorted(CORPORA.glob("*.docx")) if "hankesuunnitelma" in p.name or "hankehakemus" in p.name]
    parts, words = ["% Pitkä hankesuunnitelma\n"], 0
    for path in itertools.cycle(plans):  # the plans again if they are not 4 000 words together
        for block in read_document(path).blocks:
            prefix = "# " if block.kind.value == "heading" else "- " if block.kind.value == "list_item" else ""
            parts.append(prefix + block.text + "\n")
            words += len(block.text.split())
        if words >= 4000:
            break
    return "kymmenen-sivua.md", "\n".join(parts).encode("utf-8"), words


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (the service and its worker processes)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # the process has just ended
                queue.extend(int(child) for child in task.read_text().split())
    return found


def memory(pid: int) -> tuple[int, int]:
    """Bytes used by the service, summed over its processes: PSS (shared pages counted once: what
    the machine spends) and RSS (shared pages counted in each: grows only when a process allocates,
    not when a forked worker merely writes to a page it shares with the service)."""
    pss = rss = 0
    for member in _tree(pid):
        with contextlib.suppress(OSError):  # the process has just ended
            fields = dict(line.split(":", 1) for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines()[1:])
            pss += int(fields["Pss"].split()[0]) * 1024
            rss += int(fields["Rss"].split()[0]) * 1024
    return pss, rss


class Sampler(threading.Thread):
    """Memory every 0.2 s while the load runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.samples, self.stop = pid, [], threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            self.samples.append(memory(self.pid))


def start_service(workers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(BIN / "suunnitelmatarkastin"), "palvelin", "--portti", str(port), "--tyoprosessit", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("palvelu ei käynnistynyt")
        try:
            if httpx.get(url + "/terveys", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("palvelu ei vastannut 120 sekunnissa")


def check(client: httpx.Client, url: str, name: str, data: bytes, hostile: bool) -> tuple[float, str | None]:
    """One request: its latency, and what was wrong with it (None: as expected)."""
    started = time.monotonic()
    try:
        response = client.post(url + "/api/tarkasta", files=[("tiedosto", (name, data))], timeout=300)
    except httpx.HTTPError as exc:
        return time.monotonic() - started, f"{name}: {type(exc).__name__}"
    elapsed = time.monotonic() - started
    if response.status_code != 200:
        return elapsed, f"{name}: HTTP {response.status_code}"
    error = response.json()["documents"][0]["error"]
    if hostile != bool(error):
        return elapsed, f"{name}: {'luettiin, vaikka ei pitänyt' if hostile else error}"
    return elapsed, None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load(url: str, pid: int, requests: int, concurrency: int) -> dict:
    mix = [(n, d, False) for n, d in good_files()] + [(n, d, True) for n, d in hostile_files()]
    jobs = [mix[i % len(mix)] for i in range(requests)]
    sampler = Sampler(pid)
    sampler.samples.append(memory(pid))
    sampler.start()
    started = time.monotonic()
    with httpx.Client() as client, ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda job: check(client, url, *job), jobs))
    wall = time.monotonic() - started
    sampler.stop.set()
    sampler.join()
    samples = sampler.samples
    tenth = max(1, len(samples) // 10)
    rss = [r for _, r in samples]
    quarters = [round(statistics.mean(rss[max(0, q * len(rss) // 4 - tenth) : q * len(rss) // 4 or 1]) / 2**20) for q in (1, 2, 3, 4)]
    latencies = [latency for latency, _ in results]
    problems = [problem for _, problem in results if problem]
    return {
        "pyynnot": requests,
        "rinnakkain": concurrency,
        "hyvia": sum(1 for job in jobs if not job[2]),
        "vihamielisia": sum(1 for job in jobs if job[2]),
        "kesto_s": round(wall, 2),
        "pyyntoa_s": round(requests / wall, 2),
        "asiakirjaa_tunnissa": round(requests / wall * 3600),
        "hyvia_tunnissa": round(sum(1 for job in jobs if not job[2]) / wall * 3600),
        "p50_s": round(statistics.median(latencies), 2),
        "p95_s": round(percentile(latencies, 0.95), 2),
        "virheet": len(problems),
        "virheiden_syyt": problems[:10],
        "rss_neljanneksittain_mib": quarters,
        "huippumuisti_pss_mib": round(max(p for p, _ in samples) / 2**20),
        "muisti_ennen_pss_mib": round(samples[0][0] / 2**20),
    }


def warm_against_cold(url: str, runs: int = 3) -> dict:
    """A 10-page plan through the running service (warm) and with `tarkasta` as a new process (cold)."""
    name, data, words = ten_page_plan()
    with httpx.Client() as client:
        check(client, url, name, data, False)  # the first one warms the worker's caches
        warm = [check(client, url, name, data, False)[0] for _ in range(runs)]
    cold = []
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder, name)
        plan.write_bytes(data)
        for _ in range(runs):
            started = time.monotonic()
            subprocess.run([str(BIN / "tarkasta"), "--muoto", "json", str(plan)], capture_output=True, check=False)
            cold.append(time.monotonic() - started)
    return {"sanoja": words, "lammin_api_s": round(statistics.median(warm), 2), "kylma_komento_s": round(statistics.median(cold), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pyynnot", type=int, default=200)
    parser.add_argument("--rinnakkain", type=int, default=8)
    parser.add_argument("--tyoprosessit", type=int, default=2)
    parser.add_argument("--ilman-vertailua", action="store_true", help="älä mittaa lämmintä ja kylmää 10-sivuista")
    parser.add_argument("--json", action="store_true", help="tulosta luvut JSON-muodossa")
    args = parser.parse_args()
    process, url = start_service(args.tyoprosessit)
    try:
        figures = load(url, process.pid, args.pyynnot, args.rinnakkain)
        figures["tyoprosessit"] = args.tyoprosessit
        if not args.ilman_vertailua:
            figures["kymmenen_sivua"] = warm_against_cold(url)
    finally:
        process.terminate()
        process.wait(30)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    f = figures
    print(f"{f['pyynnot']} pyyntöä, {f['rinnakkain']} kerrallaan, {f['tyoprosessit']} työprosessia: {f['hyvia']} hyvää ja {f['vihamielisia']} vihamielistä tiedostoa")
    print(f"kesto {f['kesto_s']} s, läpäisy {f['pyyntoa_s']} pyyntöä/s = {f['asiakirjaa_tunnissa']} asiakirjaa tunnissa (hyviä {f['hyvia_tunnissa']}/h)")
    print(f"viive p50 {f['p50_s']} s, p95 {f['p95_s']} s; virheitä {f['virheet']}")
    for problem in f["virheiden_syyt"]:
        print(f"  {problem}")
    quarters = " / ".join(str(q) for q in f["rss_neljanneksittain_mib"])
    print(f"muisti (palvelu ja työprosessit): ennen kuormaa {f['muisti_ennen_pss_mib']} MiB, huippu {f['huippumuisti_pss_mib']} MiB (PSS); RSS neljännesten lopussa {quarters} MiB")
    if "kymmenen_sivua" in f:
        t = f["kymmenen_sivua"]
        print(f"{t['sanoja']} sanan (~10 sivua) suunnitelma: rajapinnan kautta lämpimänä {t['lammin_api_s']} s, komentoriviltä kylmänä {t['kylma_komento_s']} s (mediaanit)")


if __name__ == "__main__":
    main()
