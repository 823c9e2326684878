"""The fact kinds rules may name, taken from the fact models themselves."""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args, get_origin

from .. import models
from ..models import Fact


def _registry() -> dict[str, type[Fact]]:
    found: dict[str, type[Fact]] = {}
    for name in dir(models):
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, Fact) and cls is not Fact:
            found[cls.model_fields["kind"].default] = cls
    return found


FACT_MODELS: dict[str, type[Fact]] = _registry()


_TYPE_WORDS = {bool: "totuusarvo", int: "kokonaisluku", float: "luku", str: "teksti", date: "päivämäärä"}


def _type_name(annotation) -> str:
    """A field's type in Finnish: "teksti", "päivämäärä tai tyhjä", "yksi arvoista a, b"."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is Literal:
        return "yksi arvoista " + ", ".join(map(str, get_args(annotation)))
    if args and len(args) < len(get_args(annotation)):  # Optional
        return " / ".join(_type_name(a) for a in args) + " tai tyhjä"
    if args:
        return " / ".join(_type_name(a) for a in args)
    return _TYPE_WORDS.get(annotation, getattr(annotation, "__name__", str(annotation)))


def fact_table() -> str:
    """The fact kinds and their fields as Markdown, for `suunnitelmatarkastin faktat` and docs/saannot.md:
    generated from the models, so the list cannot drift from what rules may name."""
    from ..understand import EXTRACTORS

    stage = {kind: e.name for e in EXTRACTORS for kind in e.assigns}
    lines = ["| fakta | vaihe | kentät |", "| --- | --- | --- |"]
    for kind, model in sorted(FACT_MODELS.items()):
        fields = ", ".join(
            f"`{name}` ({_type_name(field.annotation)})" for name, field in model.model_fields.items() if name not in ("kind", "location")
        )
        lines.append(f"| `{kind}` | {stage.get(kind, 'asiakirja')} | {fields} |")
    return "\n".join(lines)
