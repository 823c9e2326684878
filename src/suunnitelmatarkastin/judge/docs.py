"""`suunnitelmatarkastin saannot`: every rule with its documentation, as Vale and ruff list theirs;
one rule explained with its own examples; a user pack's examples run (`--testaa`); the profiles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Literal, get_args, get_origin

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from ..models import SEVERITY_WORDS
from .facts import DERIVED_MODELS, FACT_MODELS, PROJECT_FACT_MODELS
from .rules import Example, Rule, load_pack, load_rules


def severity_words(rule: Rule) -> str:
    if rule.derives:
        return "ei havaintoa (johtaa faktan muille säännöille)"
    if rule.severities is not None:  # chosen by a fact field, e.g. error for a required section
        cases = ", ".join(f"{SEVERITY_WORDS.get(v, v)}, kun {rule.severities.by} on {str(k).lower()}" for k, v in rule.severities.cases.items())
        return f"{cases}; muuten {SEVERITY_WORDS.get(rule.severity, rule.severity)}"
    if rule.severity in SEVERITY_WORDS:
        return SEVERITY_WORDS[rule.severity]
    return "riippuu havainnosta (katso kuvaus)"  # a severity taken from the fact, e.g. {expected_section.severity}


def type_words(rule: Rule) -> str:
    """The document types a rule applies to, or that it compares a project's documents together."""
    return "hankkeen asiakirjat yhdessä" if rule.project else ", ".join(rule.types)


def print_rules(rules: list[Rule], console: Console) -> None:
    console.print(Text(f"Säännöt ({len(rules)})", style="bold"))
    for rule in sorted(rules, key=lambda r: r.id):
        body = [
            Text.assemble(("Vakavuus: ", "dim"), severity_words(rule)),
            Text.assemble(("Asiakirjat: ", "dim"), type_words(rule)),
        ]
        if rule.doc:
            body.append(Text(rule.doc.strip()))
        body.extend(_message_lines(rule))
        body.extend(Text.assemble((label, "dim"), text) for label, text in (("Korjausohje: ", rule.hint), ("Peruste: ", rule.basis)) if text)
        console.print(Panel(Group(*body), title=rule.id, title_align="left"))


def _message_lines(rule: Rule) -> list[Text]:
    """The rule's message, and each other message it chooses by a fact field, with when; for a rule
    that derives a fact, the fact it makes."""
    if rule.derives:
        return [Text.assemble(("Johtaa faktan: ", "dim"), f"{rule.derives} (kentät kuin faktalla {rule.when.each}); ei anna havaintoa")]
    lines = [Text.assemble(("Viesti: ", "dim"), rule.message)]
    if rule.messages is not None:
        for value, text in rule.messages.cases.items():
            lines.append(Text.assemble((f"Viesti, kun {rule.messages.by} on {str(value).lower()}: ", "dim"), text))
    return lines


def _example_text(example: Example) -> str:
    """The example's text; a project example's documents one after another under their names."""
    if example.documents:
        return "\n".join(f"[{d.name}, {d.type or 'tyyppi tunnistetaan'}]\n{d.text}" for d in example.documents)
    text = example.document()
    return text if len(text) < 1500 else text[:1500] + " …"  # a length rule's filler is not worth printing


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def print_rule(rule: Rule, console: Console, packs: tuple[str, ...] = ()) -> None:
    """One rule explained: what it checks, why (the guidance and its address), and a failing and
    a passing document from its own examples, with what the checker says of the failing one."""
    from ..check import fired_on

    said = fired_on(rule, rule.examples.fire[0], packs) if rule.examples.fire else []
    body = [
        Text.assemble(("Vakavuus: ", "dim"), severity_words(rule)),
        Text.assemble(("Asiakirjat: ", "dim"), type_words(rule)),
        Text.assemble(("Mitä tarkastetaan: ", "bold"), " ".join(rule.doc.split()) or _PLACEHOLDER.sub("…", rule.message)),
        *([Text.assemble(("Miksi: ", "bold"), rule.basis)] if rule.basis else []),
        *_message_lines(rule),
        *([Text.assemble(("Korjausohje: ", "dim"), rule.hint)] if rule.hint else []),
    ]
    for title, examples in (("Esimerkki, jossa sääntö huomauttaa", rule.examples.fire), ("Esimerkki, joka on kunnossa", rule.examples.pass_)):
        if examples:
            kind = f" ({examples[0].type})" if examples[0].type else " (hankkeen asiakirjat)" if examples[0].documents else ""
            body.append(Text.assemble((f"{title}{kind}:", "bold")))
            body.append(Text(_example_text(examples[0]).rstrip(), style="cyan"))
            if examples is rule.examples.fire and said:
                body.append(Text.assemble(("Tarkastin sanoo siitä: ", "dim"), said[0]))
    if rule.source:
        body.append(Text.assemble(("Tiedosto: ", "dim"), rule.source))
    console.print(Panel(Group(*body), title=rule.id, title_align="left"))


@dataclass
class ExampleResult:
    rule: str
    expected_fire: bool
    number: int  # 1-based within the rule's fire or pass examples
    ok: bool
    fired: list[str]  # the messages the rule gave (why a pass example failed)


def run_examples(pack: str | Path, extra: tuple[str, ...] = ()) -> tuple[list[Rule], list[ExampleResult]]:
    """Run every example of a pack's own rules with the pack (and its lexicon overlays) in use,
    as `semgrep --test` runs a rule's test cases; `extra` packs go first (a profile it builds on)."""
    from ..check import fired_on

    packs = (*extra, str(pack))
    own = {rule.id for path in _pack_files(Path(pack)) for rule in load_pack(path)}
    rules = [rule for rule in load_rules(packs) if rule.id in own]
    results = []
    for rule in rules:
        for expected, examples in ((True, rule.examples.fire), (False, rule.examples.pass_)):
            for number, example in enumerate(examples, start=1):
                fired = fired_on(rule, example, packs)
                results.append(ExampleResult(rule.id, expected, number, bool(fired) == expected, fired))
    return rules, results


def _pack_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def print_example_results(rules: list[Rule], results: list[ExampleResult], console: Console) -> int:
    """The outcome of `saannot --testaa`; returns how many examples failed."""
    failed = [r for r in results if not r.ok]
    for result in failed:
        word = "laueta" if result.expected_fire else "olla laukeamatta"
        what = "huomautusesimerkki" if result.expected_fire else "kunnossa-esimerkki"
        detail = "" if result.expected_fire else f": sääntö sanoi ”{result.fired[0]}”"
        console.print(Text.assemble(("VIRHE ", "bold red"), f"{result.rule}, {what} {result.number}: säännön piti {word}{detail}"))
    for rule in rules:
        if not rule.examples.fire or not rule.examples.pass_:
            console.print(Text.assemble(("HUOM ", "bold yellow"), f"{rule.id}: säännöltä puuttuu {'huomautus' if not rule.examples.fire else 'kunnossa'}-esimerkki (examples: fire/pass)"))
    console.print(Text(f"{len(rules)} sääntöä, {len(results)} esimerkkiä, {len(failed)} epäonnistui.", style="bold red" if failed else "bold green"))
    return len(failed)


def print_profiles(console: Console) -> None:
    """`suunnitelmatarkastin profiilit`: each shipped profile and what it adds to the generic rules."""
    from ..profiles import added_sections, expected_documents, parameters, profile, profile_names
    from ..understand.lexicon import load

    for name in profile_names():
        prof = profile(name)
        rules = [rule for path in _pack_files(prof.path) for rule in load_pack(path)]
        body = [Text(prof.description)]
        body.append(Text.assemble(("Säännöt: ", "dim"), ", ".join(r.id for r in rules)))
        sections = added_sections(prof.path)
        if sections:
            shown = "; ".join(f"{name_} ({doc_type}, {'pakollinen' if required else 'suositeltu'})" for doc_type, _, name_, required in sections)
            body.append(Text.assemble(("Osiot: ", "dim"), shown))
        stages = load("project")["stage_names"]
        for stage, types in expected_documents(prof.path).items():
            shown = ", ".join(types) or "ei yhtään"
            body.append(Text.assemble((f"Hankkeen asiakirjat {stages.get(stage, stage)}: ", "dim"), shown))
        params = parameters(prof.path)
        if params:
            body.append(Text.assemble(("Parametrit: ", "dim"), ", ".join(f"{k} = {v}" for k, v in params.items())))
        for guidance in prof.guidance:
            body.append(Text.assemble(("Ohje: ", "dim"), guidance))
        console.print(Panel(Group(*body), title=f"{name} – {prof.title}", title_align="left"))


_TYPE_WORDS = {bool: "totuusarvo", int: "kokonaisluku", float: "luku", str: "teksti", date: "päivämäärä"}


def _type_name(annotation) -> str:
    """A field's type in Finnish: "teksti", "päivämäärä tai tyhjä", "yksi arvoista a, b"."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is Literal:
        return "yksi arvoista " + ", ".join(map(str, get_args(annotation)))
    if isinstance(annotation, type) and issubclass(annotation, Enum):  # Severity, DocType
        return "yksi arvoista " + ", ".join(member.value for member in annotation)
    if args and len(args) < len(get_args(annotation)):  # Optional
        return " / ".join(_type_name(a) for a in args) + " tai tyhjä"
    if args:
        return " / ".join(_type_name(a) for a in args)
    return _TYPE_WORDS.get(annotation, getattr(annotation, "__name__", str(annotation)))


def fact_table() -> str:
    """The fact kinds and their fields as Markdown, for `suunnitelmatarkastin faktat` and docs/saannot.md:
    generated from the models, so the list cannot drift from what rules may name."""
    from ..understand import EXTRACTORS
    stage = {kind: e.name for e in EXTRACTORS for kind in e.assigns} | {kind: "hanke" for kind in PROJECT_FACT_MODELS}
    lines = ["| fakta | vaihe | kentät |", "| --- | --- | --- |"]
    for kind, model in sorted(FACT_MODELS.items()):
        if kind in DERIVED_MODELS:
            continue
        fields = ", ".join(
            f"`{name}` ({_type_name(field.annotation)})" for name, field in model.model_fields.items() if name not in ("kind", "location")
        )
        lines.append(f"| `{kind}` | {stage.get(kind, 'asiakirja')} | {fields} |")
    for rule in sorted((r for r in load_rules() if r.derives), key=lambda r: r.derives or ""):
        lines.append(f"| `{rule.derives}` | johdettu säännöllä `{rule.id}` | samat kentät kuin faktalla `{rule.when.each}` |")
    return "\n".join(lines)
