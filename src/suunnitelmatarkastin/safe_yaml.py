"""YAML read safely: rule packs and lexicon overlays come from users, so an alias bomb or a
structure nested too deep is refused with a Finnish reason before it is built."""

from __future__ import annotations

from typing import Any

import yaml

MAX_YAML_NODES = 100_000  # a rule pack of hundreds of rules has some thousands


class TooLarge(Exception):
    """A YAML document that would expand beyond `MAX_YAML_NODES` (an alias bomb); Finnish message."""


def load_yaml(text: str) -> Any:
    """`yaml.safe_load`, but the node graph is measured first with aliases counted as the copies
    they become, so that an alias bomb ("billion laughs" in YAML) is refused before it is built."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml's parser: a third of a second less per start
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        sizes: dict[int, int] = {}

        def size(item: yaml.Node) -> int:
            if id(item) not in sizes:
                sizes[id(item)] = 0  # a node that contains itself counts once
                sizes[id(item)] = 1 + sum(size(child) for child in _children(item))
                if sizes[id(item)] > MAX_YAML_NODES:
                    raise TooLarge(f"YAML-rakenne laajenee viittauksineen (&/*) yli {MAX_YAML_NODES:,} osaksi; se voi olla ns. alias-pommi".replace(",", " "))
            return sizes[id(item)]

        size(node)
        return loader.construct_document(node)
    except RecursionError:
        raise TooLarge("YAML-rakenne on sisäkkäin liian syvä") from None
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
