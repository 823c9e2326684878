"""Funder profiles: shipped rule packs in `profiles/NAME/`, chosen with `--profiili NIMI`.

A profile is an ordinary rule pack (its `*.yaml` rules, its `lexicons/*.yaml` overlays that add
sections and parameters) plus `profiili.toml`, which names the funder and its public guidance.
Nothing in a profile is Python: a funder writes its own the same way and uses `--saannot`.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml


class ProfileError(Exception):
    """An unknown profile; the Finnish message lists the shipped ones."""


@dataclass
class Profile:
    name: str
    path: Path
    title: str
    description: str
    guidance: list[str] = field(default_factory=list)


def profiles_dir() -> Path:
    return Path(str(resources.files("suunnitelmatarkastin").joinpath("profiles")))


def profile_names() -> list[str]:
    return sorted(p.name for p in profiles_dir().iterdir() if (p / "profiili.toml").is_file())


def profile(name: str) -> Profile:
    """The shipped profile of this name, or a `ProfileError` naming the ones there are."""
    path = profiles_dir() / name
    if name not in profile_names():
        raise ProfileError(f"Profiilia ”{name}” ei ole; mukana tulevat profiilit: {', '.join(profile_names())} (komento suunnitelmatarkastin profiilit kertoo, mitä kukin lisää)")
    data = tomllib.loads((path / "profiili.toml").read_text(encoding="utf-8"))
    return Profile(name, path, data["nimi"], " ".join(data["kuvaus"].split()), list(data.get("ohjeet", [])))


def profile_dirs(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The pack folders of these profiles, in the order given (a later one overrides)."""
    return tuple(str(profile(name).path) for name in dict.fromkeys(names))


def added_sections(path: Path) -> list[tuple[str, str, str, bool]]:
    """What a pack's sections overlay adds or changes: (document type, key, name, required)."""
    overlay = Path(path) / "lexicons" / "sections.yaml"
    if not overlay.is_file():
        return []
    data = yaml.safe_load(overlay.read_text(encoding="utf-8")) or {}
    return [
        (doc_type, spec["key"], spec.get("name", spec["key"]), bool(spec.get("required", False)))
        for doc_type, specs in data.items()
        if isinstance(specs, list)
        for spec in specs
        if isinstance(spec, dict) and "key" in spec
    ]


def expected_documents(path: Path) -> dict[str, list[str]]:
    """The document types a pack's project overlay expects of a project, by stage (`hakuvaihe`,
    `loppuvaihe`): what `hanke.asiakirja-puuttuu` asks for, shown by `profiilit`."""
    overlay = Path(path) / "lexicons" / "project.yaml"
    if not overlay.is_file():
        return {}
    wanted = (yaml.safe_load(overlay.read_text(encoding="utf-8")) or {}).get("expected_documents") or {}
    return {stage: [str(t) for t in types] for stage, types in wanted.items() if isinstance(types, list)}


def parameters(path: Path) -> dict[str, object]:
    """The scalar parameters a pack's overlays set (e.g. the report lexicon's `late_months`)."""
    found: dict[str, object] = {}
    for overlay in sorted((Path(path) / "lexicons").glob("*.yaml")):
        data = yaml.safe_load(overlay.read_text(encoding="utf-8")) or {}
        found.update({f"{overlay.stem}.{k}": v for k, v in data.items() if isinstance(v, (int, float, str, bool))})
    return found


def pack_hash(path: str | Path) -> str:
    """A SHA-256 over a pack's files (names and contents), so that a report records exactly
    which version of a pack or profile judged it."""
    digest = hashlib.sha256()
    root = Path(path)
    for file in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()
