"""Command line: `tarkasta` checks documents; `suunnitelmatarkastin` adds `saannot` and `arvioi`."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from . import __version__
from .batch import DEFAULT_TIME_LIMIT, BatchInterrupted, collect_paths, run_batch
from .cli_fi import (
    TARKASTA_EPILOG,
    FiCommand,
    FiGroup,
    default_workers,
    nothing_to_check,
    skipped_line,
    workers_note,
    working,
)
from .models import DOC_TYPES, Report
from .output_files import OutputRefused, check_output, shown, write_reason
from .report.writers import OUTPUT_FORMATS, write

FORMATS = tuple(OUTPUT_FORMATS)
EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2


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
    if any(f.severity == "error" and not f.accepted for doc in [*report.documents, *report.projects] for f in doc.findings):
        return EXIT_FINDINGS
    return EXIT_OK


@click.command(name="tarkasta", cls=FiCommand, epilog=TARKASTA_EPILOG, context_settings={"help_option_names": ["-h", "--ohje", "--help"]})
@click.version_option(__version__, "--versio", message="suunnitelmatarkastin %(version)s", help="Näytä versio.")
@click.argument("polut", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--muoto", "--format", "muoto", type=click.Choice(FORMATS), default="teksti", show_default=True, help="Raportin muoto.")
@click.option("--tuloste", type=click.Path(dir_okay=False), help="Kirjoita raportti tiedostoon.")
@click.option("--csv", "csv_layout", type=click.Choice(("havainnot", "yhteenveto")), default="havainnot", show_default=True, help="CSV:n rivit: yksi havaintoa (asiakirjan tiedot joka rivillä) tai yksi asiakirjaa kohden.")
@click.option("--korvaa", is_flag=True, help="Salli --tuloste-tiedoston korvaaminen, vaikka se ei ole tarkastimen aiempi raportti.")
@click.option("--tyyppi", type=click.Choice(DOC_TYPES), help="Asiakirjatyyppi (ohittaa tunnistuksen).")
@click.option("--saannot", multiple=True, type=click.Path(), help="Lisää sääntöpaketti (kansio); saman tunnisteen sääntö korvaa mukana tulevan.")
@click.option("--profiili", multiple=True, metavar="NIMI", help="Rahoittajan profiili (voi toistaa); suunnitelmatarkastin profiilit listaa ne.")
@click.option("--asetukset", type=click.Path(dir_okay=False), help="Asetustiedosto (oletus: lähin tarkastin.toml tarkastettavan kansiossa tai sen yläkansioissa).")
@click.option("--vain-virheet", is_flag=True, help="Näytä vain virheet (ei varoituksia eikä huomioita).")
@click.option(
    "--hanke",
    is_flag=True,
    help="Tarkasta asiakirjat myös yhdessä yhden hankkeen asiakirjoina: jokainen annettu kansio on yksi hanke, ja annetut tiedostot ovat yhdessä yksi hanke. Ilman valintaa useat asiakirjat ryhmitellään hankkeiksi niiden hankekoodin tai -nimen mukaan.",
)
@click.option("--merkitse", is_flag=True, help="Kirjoita jokaisen .docx:n viereen NIMI.tarkastettu.docx, jossa havainnot ovat Word-kommentteina.")
@click.option("--rinnakkain", type=click.IntRange(min=1), default=default_workers, metavar="N", help=f"Tarkasta N asiakirjaa rinnakkain. {workers_note()}")
@click.option(
    "--aikaraja",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    metavar="SEKUNNIT",
    help="Keskeytä yhden asiakirjan tarkastus, jos se kestää tätä kauemmin (0 = ei aikarajaa).",
)
@click.option("--debug", is_flag=True, hidden=True)
def tarkasta(polut, muoto, tuloste, csv_layout, korvaa, tyyppi, saannot, profiili, asetukset, vain_virheet, hanke, merkitse, rinnakkain, aikaraja, debug) -> None:
    """Tarkastaa hanke-, arviointi- ja exit-suunnitelmat sekä loppuraportit.

    POLUT ovat tiedostoja (.docx, .odt, .pdf, .md, .txt) tai kansioita, joista etsitään
    tiedostot alikansioineen.
    """
    loaded, profiles, packs = _settings_or_exit(asetukset, polut, profiili, saannot)
    target = OUTPUT_FORMATS[muoto].target(tuloste)
    try:
        if target:
            check_output(target, polut, korvaa)
        skipped: Counter[str] = Counter()
        files, problems = collect_paths(polut, skipped)
        if not files and not problems:
            _fail(nothing_to_check(polut, skipped))
        if skipped:
            Console(stderr=True).print(Text(skipped_line(skipped), style="dim"), highlight=False, soft_wrap=True)
        together = hanke or len(files) > 1  # documents of one project are also checked together
        with working(files):
            reports = run_batch(files, tyyppi, packs, rinnakkain, debug=debug, time_limit=aikaraja, project=together)
    except (OutputRefused, BatchInterrupted) as exc:
        _fail(str(exc))
    if together:
        from .project import build_projects
    projects = build_projects(polut, files, reports, hanke, packs) if together else []
    report = _settled(Report(documents=reports + problems, projects=projects), loaded, profiles, packs, vain_virheet)
    unwritten = 0
    if merkitse:
        from .report.annotate import annotate_all

        unwritten = annotate_all(report, Console(stderr=True))
    try:
        write(report, muoto, tuloste, csv_layout)
    except OSError as exc:
        _fail(f"raporttia ei voitu kirjoittaa tiedostoon {shown(target or '')}: {write_reason(exc)}; aiempi tiedosto on ennallaan")
    sys.exit(EXIT_FAILED if unwritten else exit_status(report))


@click.group(cls=FiGroup, context_settings={"help_option_names": ["-h", "--ohje", "--help"]})
@click.version_option(__version__, "--versio", message="suunnitelmatarkastin %(version)s", help="Näytä versio.")
def main() -> None:
    """Suunnitelmatarkastin: suomenkielisten hankeasiakirjojen tarkastin."""


main.add_command(tarkasta)


@main.command(name="saannot")
@click.argument("saanto", required=False)
@click.option("--saannot", multiple=True, type=click.Path(), help="Näytä myös lisätyn sääntöpaketin säännöt.")
@click.option("--profiili", multiple=True, metavar="NIMI", help="Näytä profiilin säännöt.")
@click.option("--testaa", type=click.Path(), metavar="KANSIO", help="Aja sääntöpaketin omat esimerkit ja kerro, mitkä epäonnistuvat.")
def saannot(saanto, saannot, profiili, testaa) -> None:
    """Listaa säännöt ohjeineen; SAANTO näyttää yhden säännön esimerkkeineen."""
    from .judge import docs

    packs = _profile_dirs_or_exit(profiili) + tuple(saannot)
    if testaa:
        load_rules_or_exit((*packs, testaa))
        rules, results = docs.run_examples(testaa, packs)
        sys.exit(EXIT_FINDINGS if docs.print_example_results(rules, results, Console()) else EXIT_OK)
    rules = load_rules_or_exit(packs)
    if saanto:
        by_id = {rule.id: rule for rule in rules}
        if saanto not in by_id:
            import difflib

            near = difflib.get_close_matches(saanto, list(by_id), n=3, cutoff=0.5)
            _fail(f"sääntöä ”{saanto}” ei ole" + (f"; tarkoititko {', '.join(near)}?" if near else "; suunnitelmatarkastin saannot listaa säännöt"))
        docs.print_rule(by_id[saanto], Console(), packs)
        return
    if profiili:
        own = {d for d in _profile_dirs_or_exit(profiili)}
        rules = [rule for rule in rules if str(Path(rule.source).parent) in own]
    docs.print_rules(rules, Console())


@main.command(name="faktat")
def faktat() -> None:
    """Luettelee faktat ja niiden kentät, joihin säännön ehdot voivat viitata."""
    from .judge.docs import fact_table

    click.echo(fact_table())


@main.command(name="profiilit")
def profiilit() -> None:
    """Listaa rahoittajien profiilit ja sen, mitä kukin lisää yleisiin sääntöihin."""
    from .judge.docs import print_profiles

    print_profiles(Console())


def _profile_dirs_or_exit(names: tuple[str, ...]) -> tuple[str, ...]:
    from .profiles import ProfileError, profile_dirs

    try:
        return profile_dirs(names)
    except ProfileError as exc:
        _fail(str(exc))


def _settings_or_exit(file, paths, profiles, rule_dirs):
    """Settings, profiles and packs, all checked before any document is read: (loaded settings,
    profile names, pack folders in order: the profiles, then `--saannot`)."""
    from .settings import SettingsError, check_rule_ids, load_settings

    try:
        loaded = load_settings(file, paths)
    except SettingsError as exc:
        _fail(str(exc))
    names = tuple(dict.fromkeys((*loaded.settings.profiilit, *profiles)))
    packs = _profile_dirs_or_exit(names) + tuple(rule_dirs)
    rules = load_rules_or_exit(packs)
    try:
        check_rule_ids(loaded, {rule.id for rule in rules})
    except SettingsError as exc:
        _fail(str(exc))
    return loaded, list(names), packs


def _settled(report: Report, loaded, profiles: list[str], packs: tuple[str, ...], only_errors: bool) -> Report:
    """The settings applied, each document's verdict, and the audit block (every output shows it:
    the text report under "Tarkastuksen tiedot", the JSON in `tool`)."""
    from .project import settle
    from .settings import apply, audit

    report = apply(report, loaded, only_errors)
    settle(report, loaded, only_errors)
    report.tool = audit(loaded, profiles, packs, only_errors)
    return report


@main.command(name="arvioi")
@click.argument("kansio", type=click.Path(exists=True, file_okay=False))
@click.option("--saannot", multiple=True, type=click.Path())
@click.option("--muoto", type=click.Choice(["teksti", "json"]), default="teksti")
@click.option("--sinetoity", is_flag=True, help="Mittaa myös sinetöity erä (vain sen lukema, ei yksittäisiä virheitä).")
def arvioi(kansio, saannot, muoto, sinetoity) -> None:
    """Mittaa tarkastimen tarkkuuden annotoiduilla asiakirjoilla (X.expected.json)."""
    from .scoring import print_scores, score_folder

    load_rules_or_exit(saannot)
    parts = score_folder(Path(kansio), tuple(saannot), sealed=sinetoity)
    if muoto == "json":
        sys.stdout.write(json.dumps({name: s.model_dump() for name, s in parts.items()}, ensure_ascii=False, indent=2) + "\n")
    else:
        console = Console()
        for name, scores in parts.items():
            print_scores(scores, console, name)


@main.command(name="palvelin")
@click.option("--osoite", default="127.0.0.1", show_default=True, help="Osoite, jossa palvelu kuuntelee (0.0.0.0 = kaikki verkot).")
@click.option("--portti", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Portti.")
@click.option("--tyoprosessit", type=click.IntRange(min=1), default=2, show_default=True, help="Tarkastavien työprosessien määrä.")
@click.option("--aikaraja", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True, metavar="SEKUNNIT", help="Yhden asiakirjan aikaraja (0 = ei aikarajaa).")
@click.option("--saannot", multiple=True, type=click.Path(), help="Lisää sääntöpaketti (kansio).")
@click.option("--avaa", is_flag=True, help="Avaa sivu selaimessa, kun palvelu on käynnissä.")
def palvelin(osoite, portti, tyoprosessit, aikaraja, saannot, avaa) -> None:
    """Käynnistää verkkopalvelun: tarkastussivu ja rajapinta (katso README, Verkkopalvelu)."""
    from .web.server import serve

    load_rules_or_exit(saannot)
    serve(osoite, portti, tyoprosessit, aikaraja, tuple(saannot), avaa)


def tarkasta_main() -> None:
    """Entry point of the short command `tarkasta`."""
    tarkasta(prog_name="tarkasta")
