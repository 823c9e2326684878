"""`tarkastin.toml`: what an officer or a funder decides once, without writing rules.

Profiles, rules switched off (`[saannot] pois`), severities changed (`[saannot] vakavuus`) and
findings accepted with a reason (`[[kuitatut]]`). The file is found in the checked folder or its
parents, or given with `--asetukset`; it is read (tomllib) and checked against the rules in use
before any document is read, and a fault names the file and the line. The settings in effect,
the packs with their hashes and the time go into every report's audit block (`tool`).
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from . import __version__
from .models import Finding, Report, Severity
from .report.verdict import verdict  # the one wording of the verdict, for every output

SETTINGS_NAME = "tarkastin.toml"


class SettingsError(Exception):
    """A malformed settings file; the Finnish message names the file and the line."""


class Accepted(BaseModel):
    """A finding accepted with a reason: it stays in the report, as accepted, not open."""

    saanto: str
    syy: str
    asiakirja: str | None = None  # a file name or a path ending; none: every document
    kohde: str | None = None  # the finding's target (a section key, a goal's text); none: any

    model_config = {"extra": "forbid"}

    def matches(self, finding: Finding, path: str) -> bool:
        if finding.rule != self.saanto or (self.kohde is not None and finding.target != self.kohde):
            return False
        if self.asiakirja is None:
            return True
        wanted, shown = Path(self.asiakirja).as_posix(), Path(path).as_posix()
        return shown == wanted or shown.endswith("/" + wanted)


class RuleSettings(BaseModel):
    pois: list[str] = Field(default_factory=list)
    vakavuus: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)

    model_config = {"extra": "forbid"}


class Settings(BaseModel):
    profiilit: list[str] = Field(default_factory=list)
    saannot: RuleSettings = Field(default_factory=RuleSettings)
    kuitatut: list[Accepted] = Field(default_factory=list)

    model_config = {"extra": "forbid"}


class Loaded(BaseModel):
    """The settings in effect and where they came from (for the error lines and the audit)."""

    settings: Settings = Field(default_factory=Settings)
    path: str | None = None
    text: str = ""


_WORDS = {
    "extra_forbidden": "tuntematon asetus; sallitut: profiilit, [saannot] pois ja vakavuus, [[kuitatut]] saanto, syy, asiakirja ja kohde",
    "missing": "pakollinen kenttä puuttuu",
    "literal_error": "vakavuus ei kelpaa; sallitut: error, warning, info",
    "string_type": "pitää olla merkkijono lainausmerkeissä",
    "list_type": "pitää olla lista, esim. [\"a\", \"b\"]",
    "dict_type": "pitää olla taulukko, esim. { \"saanto.id\" = \"warning\" }",
    "model_type": "pitää olla taulukko ([otsikko] tai [[otsikko]])",
}


def find_settings(paths: tuple[str, ...] | list[str]) -> Path | None:
    """The nearest `tarkastin.toml` in a checked path's folder or its parents (first path first)."""
    for given in paths:
        start = Path(given).resolve()
        folder = start if start.is_dir() else start.parent
        for candidate in (folder, *folder.parents):
            if (candidate / SETTINGS_NAME).is_file():
                return candidate / SETTINGS_NAME
    return None


def load_settings(file: str | None, paths: tuple[str, ...] | list[str]) -> Loaded:
    """The settings of `file`, or of the nearest `tarkastin.toml`, or none; a fault is a `SettingsError`."""
    path = Path(file) if file else find_settings(paths)
    if path is None:
        return Loaded()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"Asetustiedostoa {path} ei voitu lukea: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f", rivi {found.group(1)}" if found else ""
        raise SettingsError(f"Asetustiedosto {path}{where}: ei ole kelvollista TOML-muotoa ({str(exc).split(' (at ')[0]})") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        keys = [str(part) for part in error["loc"]]
        raise SettingsError(f"Asetustiedosto {path}{_line(text, keys)}: {'.'.join(keys)}: {_WORDS.get(error['type'], error['msg'])}") from None
    return Loaded(settings=settings, path=str(path), text=text)


def _line(text: str, keys: list[str]) -> str:
    """", rivi N": the line where the last named key (or value) is written, if it can be found."""
    for key in reversed(keys):
        if key.isdigit():
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(rf'(^|[\s"\[{{,]){re.escape(key)}("|\s*=|\s*\]|$)', line.split("#")[0]):
                return f", rivi {number}"
    return ""


def check_rule_ids(loaded: Loaded, known: set[str]) -> None:
    """Every rule id the settings name must exist among the rules in use (a typo would do nothing)."""
    s = loaded.settings
    for rule_id in [*s.saannot.pois, *s.saannot.vakavuus, *(a.saanto for a in s.kuitatut)]:
        if rule_id not in known:
            raise SettingsError(f"Asetustiedosto {loaded.path}{_line(loaded.text, [rule_id])}: sääntöä ”{rule_id}” ei ole tarkastimen säännöissä (luettelo: komento suunnitelmatarkastin saannot tai verkkopalvelun /api/saannot)")


def apply(report: Report, loaded: Loaded, only_errors: bool = False) -> Report:
    """The settings applied to the findings, and each document's verdict."""
    s = loaded.settings
    for document in report.documents:
        kept = []
        for finding in document.findings:
            if finding.rule in s.saannot.pois:
                continue
            if finding.rule in s.saannot.vakavuus:
                finding = finding.model_copy(update={"severity": Severity(s.saannot.vakavuus[finding.rule])})
            accepted = next((a for a in s.kuitatut if a.matches(finding, document.path)), None)
            if accepted:
                finding = finding.model_copy(update={"accepted": accepted.syy})
            if only_errors and finding.severity != "error":
                continue
            kept.append(finding)
        document.findings = kept
        document.verdict = verdict(document)
    return report


def audit(loaded: Loaded, profiles: list[str], packs: tuple[str, ...], only_errors: bool) -> dict:
    """The audit block: the tool's version, every pack and profile with a hash, the settings, the time."""
    from .judge.rules import shipped_rules_dir
    from .profiles import pack_hash, profile_dirs

    by_dir = dict(zip(profile_dirs(profiles), profiles))
    s = loaded.settings
    return {
        "name": "suunnitelmatarkastin",
        "version": __version__,
        "time": datetime.now().astimezone().isoformat(timespec="seconds"),
        "rules": {"path": "mukana tulevat säännöt", "sha256": pack_hash(shipped_rules_dir())},
        "packs": [{"path": pack, "profile": by_dir.get(pack), "sha256": pack_hash(pack)} for pack in packs],
        "profiles": profiles,
        "settings": {
            "file": loaded.path,
            "profiilit": profiles,
            "pois": s.saannot.pois,
            "vakavuus": s.saannot.vakavuus,
            "kuitatut": [a.model_dump(exclude_none=True) for a in s.kuitatut],
            "vain_virheet": only_errors,
        },
    }
