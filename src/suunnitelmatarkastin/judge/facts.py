"""The fact kinds rules may name, taken from the fact models themselves."""

from __future__ import annotations

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
