"""The fact kinds rules may name, taken from the fact models themselves."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Literal, get_args, get_origin

from .. import models
from ..models import Fact
from ..project import facts as project_facts


def _registry(*modules) -> dict[str, type[Fact]]:
    found: dict[str, type[Fact]] = {}
    for module in modules:
        for name in dir(module):
            cls = getattr(module, name)
            if isinstance(cls, type) and issubclass(cls, Fact) and cls is not Fact:
                found[cls.model_fields["kind"].default] = cls
    return found


FACT_MODELS: dict[str, type[Fact]] = _registry(models)
# the facts of one project's documents together, which only the hanke.* rules (types: [hanke]) see
PROJECT_FACT_MODELS: dict[str, type[Fact]] = _registry(project_facts)
FACT_MODELS.update(PROJECT_FACT_MODELS)
# the kinds rules derive for other rules (`derives:`), added as rule packs are loaded
DERIVED_MODELS: dict[str, type[Fact]] = {}


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
    from .rules import load_rules

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
