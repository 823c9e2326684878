"""`suunnitelmatarkastin saannot`: every rule with its documentation, as Vale and ruff list theirs."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from ..models import SEVERITY_WORDS
from .rules import Rule


def severity_words(rule: Rule) -> str:
    if rule.severity in SEVERITY_WORDS:
        return SEVERITY_WORDS[rule.severity]
    return "riippuu havainnosta (katso kuvaus)"  # a severity taken from the fact, e.g. {expected_section.severity}


def print_rules(rules: list[Rule], console: Console) -> None:
    console.print(Text(f"Säännöt ({len(rules)})", style="bold"))
    for rule in sorted(rules, key=lambda r: r.id):
        body = [
            Text.assemble(("Vakavuus: ", "dim"), severity_words(rule)),
            Text.assemble(("Asiakirjat: ", "dim"), ", ".join(rule.types)),
        ]
        if rule.doc:
            body.append(Text(rule.doc.strip()))
        body.append(Text.assemble(("Viesti: ", "dim"), rule.message))
        body.append(Text.assemble(("Korjausohje: ", "dim"), rule.hint))
        body.append(Text.assemble(("Peruste: ", "dim"), rule.basis))
        console.print(Panel(Group(*body), title=rule.id, title_align="left"))
