"""Command line: `tarkasta` checks documents; `suunnitelmatarkastin` adds `saannot` and `arvioi`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from .batch import DEFAULT_TIME_LIMIT, run_batch
from .models import DOC_TYPES, DocumentReport, Report
from .read import REPORTED

FORMATS = ("teksti", "json", "html", "csv", "xlsx")
EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2


def collect_paths(paths: tuple[str, ...]) -> tuple[list[Path], list[DocumentReport]]:
    """Files named and the supported files inside named folders (recursively), in a stable order.

    A path that cannot be used becomes a report with a Finnish reason instead of stopping the batch.
    """
    files: list[Path] = []
    problems: list[DocumentReport] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.suffix.lower() in REPORTED and not p.name.startswith("~$"))
            except OSError as exc:
                problems.append(DocumentReport(path=raw, error=f"kansiota ei voitu käydä läpi ({exc.strerror or exc})"))
                continue
            files.extend(p for p in found if not p.name.endswith(".tarkastettu.docx") and not p.name.endswith(".expected.json"))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            problems.append(DocumentReport(path=raw, error="tiedostoa tai kansiota ei löydy"))
    return files, problems


def _fail(message: str) -> None:
    """A Finnish error on standard error and exit status 2 (the command could not do its job)."""
    Console(stderr=True).print(Text.assemble(("Virhe: ", "bold red"), message), highlight=False, soft_wrap=True)
    sys.exit(EXIT_FAILED)


def load_rules_or_exit(rule_dirs: tuple[str, ...]):
    """The rules with the added packs; a broken pack stops here, before any document is read."""
    from .judge.rules import RuleError, load_rules

    try:
        return load_rules(tuple(rule_dirs))
    except RuleError as exc:
        _fail(str(exc))


def exit_status(report: Report) -> int:
    if any(doc.error for doc in report.documents):
        return EXIT_FAILED
    if any(f.severity == "error" for doc in report.documents for f in doc.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _write(report: Report, fmt: str, output: str | None) -> None:
    if fmt == "json":
        _emit(report.to_json() + "\n", output)
    elif fmt == "teksti":
        from .report.text import render_text

        if output:
            with open(output, "w", encoding="utf-8") as handle:
                render_text(report, Console(file=handle, width=100, force_terminal=False))
        else:
            render_text(report, Console())
    else:
        from .report import exporters

        exporters.write(report, fmt, output)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@click.command(name="tarkasta", context_settings={"help_option_names": ["-h", "--ohje", "--help"]})
@click.argument("polut", nargs=-1, required=True, type=click.Path())
@click.option("--muoto", "--format", "muoto", type=click.Choice(FORMATS), default="teksti", show_default=True, help="Raportin muoto.")
@click.option("--tuloste", type=click.Path(dir_okay=False), help="Kirjoita raportti tiedostoon.")
@click.option("--tyyppi", type=click.Choice(DOC_TYPES), help="Asiakirjatyyppi (ohittaa tunnistuksen).")
@click.option("--saannot", multiple=True, type=click.Path(), help="Lisää sääntöpaketti (kansio); saman tunnisteen sääntö korvaa mukana tulevan.")
@click.option("--merkitse", is_flag=True, help="Kirjoita jokaisen .docx:n viereen NIMI.tarkastettu.docx, jossa havainnot ovat Word-kommentteina.")
@click.option("--rinnakkain", type=click.IntRange(min=1), default=1, show_default=True, help="Tarkasta N asiakirjaa rinnakkain.")
@click.option(
    "--aikaraja",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    metavar="SEKUNNIT",
    help="Keskeytä yhden asiakirjan tarkastus, jos se kestää tätä kauemmin (0 = ei aikarajaa).",
)
@click.option("--debug", is_flag=True, hidden=True)
def tarkasta(polut, muoto, tuloste, tyyppi, saannot, merkitse, rinnakkain, aikaraja, debug) -> None:
    """Tarkastaa hanke-, arviointi- ja exit-suunnitelmat sekä loppuraportit.

    POLUT ovat tiedostoja (.docx, .odt, .pdf, .md, .txt) tai kansioita, joista etsitään
    tiedostot alikansioineen.
    """
    load_rules_or_exit(saannot)
    files, problems = collect_paths(polut)
    reports = run_batch(files, tyyppi, tuple(saannot), rinnakkain, debug=debug, time_limit=aikaraja)
    report = Report(documents=reports + problems)
    if merkitse:
        from .report.annotate import annotate_all

        annotate_all(report, Console(stderr=True))
    try:
        _write(report, muoto, tuloste)
    except OSError as exc:
        _fail(f"raporttia ei voitu kirjoittaa tiedostoon {tuloste}: {exc.strerror or exc}")
    sys.exit(exit_status(report))


@click.group(context_settings={"help_option_names": ["-h", "--ohje", "--help"]})
def main() -> None:
    """Suunnitelmatarkastin: suomenkielisten hankeasiakirjojen tarkastin."""


main.add_command(tarkasta)


@main.command(name="saannot")
@click.option("--saannot", multiple=True, type=click.Path(), help="Näytä myös lisätyn sääntöpaketin säännöt.")
def saannot(saannot) -> None:
    """Listaa säännöt ohjeineen."""
    from .judge.docs import print_rules

    print_rules(load_rules_or_exit(saannot), Console())


@main.command(name="arvioi")
@click.argument("kansio", type=click.Path(exists=True, file_okay=False))
@click.option("--saannot", multiple=True, type=click.Path())
@click.option("--muoto", type=click.Choice(["teksti", "json"]), default="teksti")
def arvioi(kansio, saannot, muoto) -> None:
    """Mittaa tarkastimen tarkkuuden annotoiduilla asiakirjoilla (X.expected.json)."""
    from .scoring import print_scores, score_folder

    load_rules_or_exit(saannot)
    parts = score_folder(Path(kansio), tuple(saannot))
    if muoto == "json":
        sys.stdout.write(json.dumps({name: s.model_dump() for name, s in parts.items()}, ensure_ascii=False, indent=2) + "\n")
    else:
        console = Console()
        for name, scores in parts.items():
            print_scores(scores, console, name)


def tarkasta_main() -> None:
    """Entry point of the short command `tarkasta`."""
    tarkasta(prog_name="tarkasta")
