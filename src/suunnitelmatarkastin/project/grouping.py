"""Which documents form a project: given with `--hanke`, or found by the project code or name the
documents give (the title or the background data: "S24117", "Hankkeen nimi: Kohtaamo").

Found groups are kept simple and predictable: documents with the same project code are one
project; a document without a code joins the project whose documents carry the same name, and
documents with only a name are grouped by it. A group needs at least two documents; a document
without a project identity stays ungrouped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .digest import Digest


@dataclass
class Group:
    name: str
    source: Literal["annettu", "tunnistettu"]
    basis: str | None = None  # what the documents share: "hankekoodi S24117", "hankkeen nimi Kohtaamo"
    members: list[int] = field(default_factory=list)  # indices into the batch's documents


def given_groups(paths: tuple[str, ...], files: list[Path]) -> list[Group]:
    """`--hanke`: each folder named is one project (the documents under it), and the files named
    together are one project."""
    groups: list[Group] = []
    loose: list[int] = []
    taken: set[int] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = os.path.realpath(path)
            members = [i for i, f in enumerate(files) if i not in taken and os.path.realpath(f).startswith(root + os.sep)]
            taken.update(members)
            if members:
                groups.append(Group(name=path.resolve().name or str(path), source="annettu", members=members))
    for i, f in enumerate(files):
        if i not in taken and any(os.path.realpath(f) == os.path.realpath(raw) for raw in paths):
            loose.append(i)
    if loose:
        parent = os.path.commonpath([os.path.dirname(os.path.abspath(files[i])) for i in loose])
        groups.append(Group(name=Path(parent).name or "hanke", source="annettu", members=loose))
    return groups


def found_groups(digests: list[Digest | None]) -> list[Group]:
    """Projects found from the documents' own codes and names (see the module docstring)."""
    by_code: dict[str, list[int]] = {}
    for i, d in enumerate(digests):
        if d is not None and d.codes:
            by_code.setdefault(d.codes[0], []).append(i)
    names_of_code = {code: {digests[i].name.lower() for i in members if digests[i].name} for code, members in by_code.items()}  # type: ignore[union-attr]
    by_name: dict[str, list[int]] = {}
    for i, d in enumerate(digests):
        if d is None or d.codes or not d.name:
            continue
        codes = [code for code, names in names_of_code.items() if d.name.lower() in names]
        if len(codes) == 1:
            by_code[codes[0]].append(i)
        else:
            by_name.setdefault(d.name.lower(), []).append(i)
    groups = []
    for code, members in by_code.items():
        if len(members) > 1:
            named = next((digests[i].name for i in members if digests[i].name), None)  # type: ignore[union-attr]
            groups.append(Group(name=f"{named} ({code})" if named else code, source="tunnistettu", basis=f"hankekoodi {code}", members=sorted(members)))
    for members in by_name.values():
        if len(members) > 1:
            name = digests[members[0]].name or ""  # type: ignore[union-attr]
            groups.append(Group(name=name, source="tunnistettu", basis=f"hankkeen nimi {name}", members=members))
    return sorted(groups, key=lambda g: g.members[0])
