"""The fact kinds rules may name, taken from the fact models themselves."""

from __future__ import annotations

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
