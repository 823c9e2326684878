"""click in Finnish: usage lines, help, parameter types and every usage error a user can make.

The users are project coordinators and funder officers, not programmers: the first thing they type
(nothing, a typo, a wrong choice) must answer in Finnish and say what to do. click writes its own
texts in English, so the command classes here subclass click's Command, Group, Context and
HelpFormatter, every parameter gets a Finnish type (its metavar and reasons), and `main` catches click's
usage errors and writes a Finnish message instead of click's. Exit status 2 for misuse, as click.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click
from click.exceptions import NoArgsIsHelpError, NoSuchCommand
from rich.console import Console
from rich.text import Text

from .report.safe_text import name_for_terminal
from .workers import available_cores

HELP_NAMES = ["-h", "--ohje", "--help"]
EXIT_MISUSE = 2
WORKER_MEMORY = 1024**3  # bytes one checking worker needs, with room (the pipeline takes about 0.7 GB)


class FiFormatter(click.HelpFormatter):
    """Usage line prefixed with "Käyttö:"."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Käyttö: " if prefix is None else prefix)


class FiContext(click.Context):
    formatter_class = FiFormatter


def _range_fi(low: float | None, high: float | None) -> str:
    """A range in words: "vähintään 1", "enintään 10", "1–65535"."""
    def number(value: float) -> str:
        return f"{value:g}".replace(".", ",")

    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if low is not None:
        return f"vähintään {number(low)}"
    return f"enintään {number(high)}" if high is not None else "mikä tahansa luku"


class FiChoice(click.Choice):
    name = "vaihtoehto"

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return f"”{value}” ei ole sallittu; vaihtoehdot: {', '.join(map(str, self.choices))}"

    def get_missing_message(self, param: click.Parameter, ctx: click.Context | None) -> str:
        return f"vaihtoehdot: {', '.join(map(str, self.choices))}"


class _FiRange:
    """Finnish reasons for a number out of range or not a number; a decimal comma is accepted."""

    kind = "luku"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        try:
            number = self._number_class(value)  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            self.fail(f"”{value}” ei ole {self.kind}", param, ctx)  # type: ignore[attr-defined]
        try:
            return super().convert(number, param, ctx)  # type: ignore[misc]
        except click.BadParameter:
            self.fail(f"{number:g} ei käy; arvon pitää olla {self._describe_range()}", param, ctx)  # type: ignore[attr-defined]

    def _describe_range(self) -> str:
        return _range_fi(self.min, self.max)  # type: ignore[attr-defined]


class FiIntRange(_FiRange, click.IntRange):
    name = "kokonaisluku"
    kind = "kokonaisluku"


class FiFloatRange(_FiRange, click.FloatRange):
    name = "luku"
    kind = "luku (esim. 30 tai 2,5)"


class FiPath(click.Path):
    """A path whose reasons and metavar are Finnish (TIEDOSTO, KANSIO, POLKU)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.name = "kansio" if not self.file_okay else "tiedosto" if not self.dir_okay else "polku"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            path = os.fspath(value)
            if not os.path.exists(path):
                reason = "ei löydy"
            elif os.path.isdir(path) and not self.dir_okay:
                reason = "on kansio; anna tiedosto"
            elif not os.path.isdir(path) and not self.file_okay:
                reason = "on tiedosto; anna kansio"
            else:
                reason = "ei ole käytettävissä (oikeudet puuttuvat)"
            self.fail(f"{self.name} ”{path}” {reason}", param, ctx)


class FiString(click.types.StringParamType):
    name = "teksti"


def finnish_type(kind: click.ParamType) -> click.ParamType:
    """The Finnish equivalent of one of click's parameter types (others are kept as they are)."""
    if isinstance(kind, (FiChoice, _FiRange, FiPath, FiString)):
        return kind
    if isinstance(kind, click.Choice):
        return FiChoice(kind.choices, kind.case_sensitive)
    if isinstance(kind, (click.IntRange, click.FloatRange)):
        finnish = FiIntRange if isinstance(kind, click.IntRange) else FiFloatRange
        return finnish(kind.min, kind.max, kind.min_open, kind.max_open, kind.clamp)
    if isinstance(kind, click.Path):
        return FiPath(
            exists=kind.exists, file_okay=kind.file_okay, dir_okay=kind.dir_okay, writable=kind.writable,
            readable=kind.readable, resolve_path=kind.resolve_path, allow_dash=kind.allow_dash, path_type=kind.type,
        )
    if isinstance(kind, click.types.StringParamType):
        return FiString()
    return kind


def help_record(param: click.Option, ctx: click.Context) -> tuple[str, str] | None:
    """An option's help row with its default, range and whether it is required, in Finnish."""
    record = param.get_help_record(ctx)
    if record is None:
        return None
    extra = param.get_help_extra(ctx)
    items = []
    if "default" in extra:
        default = extra["default"]
        if isinstance(param.type, _FiRange):
            default = f"{float(default):g}".replace(".", ",")
        items.append(f"oletus: {default}")
    if "range" in extra and isinstance(param.type, _FiRange):
        items.append(param.type._describe_range())
    if "required" in extra:
        items.append("pakollinen")
    text = param.help or ""
    if items:
        text = f"{text}  [{'; '.join(items)}]" if text else f"[{'; '.join(items)}]"
    return record[0], text


def _suggestion(name: str, candidates: Sequence[str], fallback: str) -> str:
    """"Tarkoititko --muoto?" for a near miss; else where the list is."""
    near = difflib.get_close_matches(name, [c for c in candidates if c != "--help"], n=3, cutoff=0.6)
    return f"Tarkoititko {' tai '.join(near)}?" if near else fallback


def _option_names(ctx: click.Context | None) -> list[str]:
    if ctx is None:
        return list(HELP_NAMES)
    names = [name for param in ctx.command.get_params(ctx) if isinstance(param, click.Option) for name in (*param.opts, *param.secondary_opts)]
    return [n for n in names if n.startswith("--")]


def _hint(param: click.Parameter | None, fallback: str | None) -> str:
    """How the message names a parameter: `--tyyppi`, or `POLUT` for an argument."""
    if isinstance(param, click.Option):
        return param.opts[0] if not any(o.startswith("--") for o in param.opts) else next(o for o in param.opts if o.startswith("--"))
    if param is not None:
        return param.human_readable_name
    return (fallback or "arvo").strip("'\"")


_PARSER_MESSAGES = [
    (re.compile(r"Got unexpected extra arguments? \((.*)\)"), "Ylimääräinen argumentti: {0}."),
    (re.compile(r"Missing command\."), "Komento puuttuu."),
    (re.compile(r"Option '(.*)' does not take a value\."), "Valinta {0} ei ota arvoa."),
    (re.compile(r"Option '(.*)' requires (an argument|\d+ arguments)\."), "Valinta {0} tarvitsee arvon."),
    (re.compile(r"Argument '(.*)' takes \d+ values\."), "Argumentille {0} pitää antaa useampi arvo."),
    (re.compile(r"No such option: (.*)"), "Tuntematon valinta {0}."),
]


def finnish_message(exc: click.ClickException) -> str:
    """click's error in Finnish, naming the option or argument and saying what to do."""
    ctx = getattr(exc, "ctx", None)
    prog = ctx.command_path if ctx else "tarkasta"
    if isinstance(exc, click.NoSuchOption):
        return f"Tuntematon valinta {exc.option_name}. " + _suggestion(
            exc.option_name, exc.possibilities or _option_names(ctx), f"Valinnat näet komennolla {prog} --ohje."
        )
    if isinstance(exc, NoSuchCommand):
        commands = list(getattr(ctx.command, "commands", {})) if ctx else []
        name = exc.command_name
        return f"Tuntematon komento ”{name}”. " + _suggestion(name, commands, f"Komennot näet komennolla {prog} --ohje.")
    if isinstance(exc, click.MissingParameter):
        if isinstance(exc.param, click.Argument):
            if exc.param.name == "polut":
                return f"Anna ainakin yksi tarkastettava tiedosto tai kansio, esimerkiksi: {prog} suunnitelma.docx"
            return f"Puuttuva argumentti {exc.param.human_readable_name}."
        return f"Valinta {_hint(exc.param, exc.param_hint)} on pakollinen."
    if isinstance(exc, click.BadParameter):
        return f"{_hint(exc.param, exc.param_hint)}: {exc.message}"
    message = exc.format_message() if not isinstance(exc, click.UsageError) else exc.message
    for pattern, finnish in _PARSER_MESSAGES:
        if found := pattern.fullmatch(message):
            return finnish.format(*found.groups())
    return message


def show_error(exc: click.ClickException) -> None:
    """A usage error as a Finnish usage line, where to find help and the reason; exit status 2."""
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        help_name = next(iter(ctx.command.get_help_option_names(ctx)), "--ohje")
        help_name = "--ohje" if "--ohje" in ctx.command.get_help_option_names(ctx) else help_name
        click.echo(ctx.get_usage(), err=True)
        click.echo(f"Ohje: {ctx.command_path} {help_name}\n", err=True)
    click.secho("Virhe: ", fg="red", bold=True, err=True, nl=False)
    click.echo(finnish_message(exc), err=True)


class FiCommand(click.Command):
    """A command whose help, usage and errors are Finnish."""

    context_class = FiContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["context_settings"] = {"help_option_names": HELP_NAMES, **(kwargs.get("context_settings") or {})}
        kwargs.setdefault("options_metavar", "[VALINNAT]")
        super().__init__(*args, **kwargs)
        for param in self.params:
            param.type = finnish_type(param.type)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "Näytä tämä ohje ja lopeta."
        return option

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [r for p in self.get_params(ctx) if isinstance(p, click.Option) and (r := help_record(p, ctx))]
        if rows:
            with formatter.section("Valinnat"):
                formatter.write_dl(rows)

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [p.get_help_record(ctx) for p in self.get_params(ctx) if isinstance(p, click.Argument) and p.help]
        if rows:
            with formatter.section("Argumentit"):
                formatter.write_dl(rows)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        """click's main; in standalone mode its errors are written in Finnish (exit status 2)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help(), err=True)
            sys.exit(EXIT_MISUSE)
        except click.ClickException as exc:
            show_error(exc)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Keskeytetty.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


class FiGroup(FiCommand, click.Group):
    """A command group with Finnish help; its subcommands are `FiCommand`s."""

    command_class = FiCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "KOMENTO [ARGUMENTIT]...")
        super().__init__(*args, **kwargs)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        FiCommand.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, cmd) for name in self.list_commands(ctx) if (cmd := self.get_command(ctx, name)) and not cmd.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section("Komennot"):
                formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in commands])


FiGroup.group_class = FiGroup


TARKASTA_EPILOG = """\b
Esimerkkejä:
  tarkasta suunnitelma.docx                 luonnoksen tarkastus, raportti näytölle
  tarkasta --merkitse suunnitelma.docx      myös kopio, jossa havainnot ovat Word-kommentteina
  tarkasta hakemukset/                      koko kansio alikansioineen, lopussa yhteenveto
  tarkasta --muoto xlsx --tuloste haku.xlsx hakemukset/    taulukko lajiteltavaksi
  tarkasta --muoto csv --csv yhteenveto hakemukset/ > yhteenveto.csv
  tarkasta --muoto json hakemukset/         koneluettava raportti (schema 1)
  tarkasta --hanke hanke/                   yhden hankkeen asiakirjat myös yhdessä

\b
Paluukoodit:
  0  tarkastettu; virheitä ei löytynyt (varoituksia ja huomioita voi olla)
  1  tarkastettu; ainakin yhdessä asiakirjassa on virhe
  2  jotakin asiakirjaa ei voitu lukea, tarkastettavaa ei löytynyt tai komento oli
     virheellinen (tuntematon valinta, väärä arvo, raporttia ei voi kirjoittaa)

Säännöt ja niiden korjausohjeet: suunnitelmatarkastin saannot.
"""


def default_workers() -> int:
    """How many documents to check at once by default: one per core, as long as each worker has
    about a gigabyte of free memory, at most 8. Measured (docs/nopeus.md): 112
    documents on two cores took 40,3 s with one worker and 22,7 s with two."""
    by_cores = min(available_cores(), 8)
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_AVPHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return by_cores
    return max(1, min(by_cores, memory // WORKER_MEMORY))


def workers_note() -> str:
    """What the default of `--rinnakkain` is on this machine and why, for `--ohje`."""
    cores = available_cores()
    return (
        f"Oletus tällä koneella: {default_workers()} ({cores} {'ydin' if cores == 1 else 'ydintä'}; yksi tarkastus "
        "ydintä kohden, kun kullekin on noin 1 Gt vapaata muistia, enintään 8)."
    )


def skipped_line(skipped: Counter[str]) -> str:
    """"Ohitettiin 3 tiedostoa: 2 .xlsx, 1 aiemmin kommentoitu kopio." — what a folder held but was not checked."""
    total = sum(skipped.values())
    parts = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items(), key=lambda item: (-item[1], item[0])))
    return f"Ohitettiin {total} {'tiedosto' if total == 1 else 'tiedostoa'}: {parts}."


def nothing_to_check(paths: Sequence[str], skipped: Counter[str]) -> str:
    """Why nothing was checked, and what the tool can read."""
    named = ", ".join(f"”{name_for_terminal(p)}”" for p in paths)
    found = f" ({skipped_line(skipped)[0].lower()}{skipped_line(skipped)[1:-1]})" if skipped else ""
    return (
        f"polusta {named} ei löytynyt tarkastettavia asiakirjoja{found}. Tarkastin lukee .docx-, .odt-, .pdf-, .md- "
        "ja .txt-tiedostoja; tarkista polku tai tallenna asiakirja jossakin näistä muodoista."
    )


@contextlib.contextmanager
def working(files: Sequence[Path]) -> Iterator[None]:
    """A spinner on a terminal while a single document is read and checked (a batch has its bar)."""
    console = Console(stderr=True)
    if len(files) != 1 or not console.is_terminal:
        yield
        return
    with console.status(Text(f"Luetaan ja tarkastetaan {name_for_terminal(files[0].name)}…")):
        yield
