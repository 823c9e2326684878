"""Rule packs: YAML files of rules, validated with pydantic before any document is read.

A rule says which fact kind it looks at (`each`), which facts must or must not exist (`exists`,
`none`), its Finnish message and hint with `{kind.field}` placeholders, its basis in the guidance,
and examples that must and must not fire. A malformed pack is a `RuleError` naming the file and the
rule, so a user adding a pack learns at once what to fix.
"""

from __future__ import annotations

import re
import string
import typing
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    Field,
    ValidationError,
    create_model,
    field_validator,
    model_validator,
)

from ..models import DOC_TYPES, UNKNOWN_TYPE, Fact, Severity
from ..safe_yaml import TooLarge, load_yaml
from .facts import DERIVED_MODELS, FACT_MODELS, PROJECT_FACT_MODELS

Operator = Literal["==", "!=", "<", "<=", ">", ">="]
SEVERITIES = tuple(s.value for s in Severity)


class RuleError(Exception):
    """A rule pack is malformed; the message is Finnish and names the file and the rule."""


class FactTest(BaseModel):
    """A fact kind and the tests its fields must pass."""

    fact: str
    where: dict[str, Any] = Field(default_factory=dict)

    model_config = {"extra": "forbid"}


class Condition(BaseModel):
    each: str | None = None
    where: dict[str, Any] = Field(default_factory=dict)
    exists: list[FactTest] = Field(default_factory=list)
    none: list[FactTest] = Field(default_factory=list)

    model_config = {"extra": "forbid"}


class ExampleDocument(BaseModel):
    """One document of a project example (a hanke.* rule's): its file name, type and text."""

    name: str
    type: str | None = None
    text: str

    model_config = {"extra": "forbid"}


class Example(BaseModel):
    """A short document a rule must (fire) or must not (pass) fire on; run by the tests.

    A hanke.* rule's example is a project instead: `documents` lists its documents (each with a
    name, a type and a text), which are checked on their own and then together, and `profile`
    names a profile whose parameters the example needs (the document types a project must have)."""

    type: str | None = None  # the type the example is checked as; none: recognised from its text
    text: str = ""
    format: Literal["md", "txt"] = "md"
    filler_words: int = 0  # replaces "{täyte}" in the text: for length rules
    documents: list[ExampleDocument] = Field(default_factory=list)
    profile: str | None = None

    model_config = {"extra": "forbid"}

    @model_validator(mode="after")
    def _one_kind(self) -> Example:
        if bool(self.text) == bool(self.documents):
            raise ValueError("esimerkillä pitää olla joko text (yksi asiakirja) tai documents (hankkeen asiakirjat)")
        return self

    def document(self) -> str:
        words = (_FILLER * (self.filler_words // len(_FILLER) + 1))[: self.filler_words]
        return self.text.replace("{täyte}", " ".join(words))


_FILLER = ["Hanke", "kehitti", "uusia", "toimintatapoja", "yhdessä", "kuntien", "asukkaiden", "ja", "järjestöjen", "kanssa."]


class Examples(BaseModel):
    fire: list[Example] = Field(default_factory=list)
    pass_: list[Example] = Field(default_factory=list, alias="pass")

    model_config = {"extra": "forbid", "populate_by_name": True}


class Choice(BaseModel):
    """Several messages (or severities) for one rule, chosen by a field of its subject fact: the
    extractor records which case it found (`conflict_kind: reversed`), the rule says it in Finnish.
    A value without a case gets the rule's own `message` (or `severity`)."""

    by: str  # "{kind.field}" of the rule's subject (`each`) fact or of `document`
    cases: dict[str | bool, str]

    model_config = {"extra": "forbid"}

    def field(self) -> tuple[str, str]:
        kind, _, attr = self.by.strip("{}").partition(".")
        return kind, attr


class Rule(BaseModel):
    id: str
    types: list[str]
    when: Condition
    # a rule that derives a fact for other rules instead of reporting: each subject it fires on
    # becomes a fact of this new kind, with the subject's fields ("a goal that is measurable")
    derives: str | None = None
    severity: str = ""
    message: str = ""
    messages: Choice | None = None  # the message chosen by a fact field; `message` otherwise
    severities: Choice | None = None  # the severity chosen by a fact field; `severity` otherwise
    hint: str = ""
    basis: str = ""
    target: str | None = None
    # what the target names: a canonical key (a section or a 4V stage), scored per key (SPEC
    # section 7), or free text such as a goal's or a question's wording
    target_is_key: bool = False
    doc: str = ""
    examples: Examples = Field(default_factory=Examples)
    source: str = ""

    model_config = {"extra": "forbid"}

    @field_validator("types")
    @classmethod
    def _known_types(cls, types: list[str]) -> list[str]:
        if PROJECT in types:  # a rule over a project's documents together (hanke.*)
            if types != [PROJECT]:
                raise ValueError(f"tyyppi {PROJECT} (hankkeen asiakirjat yhdessä) ei yhdisty asiakirjatyyppeihin")
            return types
        if "all" in types:  # every type; "tuntematon" (not recognised) only when named as well
            types = [*DOC_TYPES, *(t for t in types if t not in (*DOC_TYPES, "all"))]
        unknown = [t for t in types if t not in (*DOC_TYPES, UNKNOWN_TYPE)]
        if unknown:
            raise ValueError(f"tuntematon asiakirjatyyppi {', '.join(unknown)}; sallitut: {', '.join(DOC_TYPES)}, {UNKNOWN_TYPE} tai all")
        return types

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if self.derives is not None:
            _check_derivation(self)
        else:
            missing = [name for name in ("severity", "message", "hint", "basis") if not getattr(self, name)]
            if missing:
                raise ValueError(f"säännöltä puuttuu {', '.join(missing)} (vain faktan johtava sääntö, derives, on ilman niitä)")
        if not self.derives and self.severity not in SEVERITIES and not _is_placeholder(self.severity):
            raise ValueError(f"vakavuus ”{self.severity}” ei kelpaa; sallitut: {', '.join(SEVERITIES)} tai {{fakta.kenttä}}")
        if self.when.each:
            _check_test(FactTest(fact=self.when.each, where=self.when.where), self.when.each, self.project, subject=True)
        for test in self.when.exists + self.when.none:
            _check_test(test, self.when.each, self.project)
        if not self.when.each and not self.when.exists and not self.when.none:
            raise ValueError("ehdossa (when) ei ole yhtään faktaa: anna each, exists tai none")
        bound = {self.when.each, *(t.fact for t in self.when.exists)}
        for test in self.when.none:
            if test.fact in bound and not test.where:
                raise ValueError(f"ehto ei voi koskaan täyttyä: sama fakta {test.fact} vaaditaan (each/exists) ja kielletään (none) ilman ehtoja (where)")
        scope = {"document"} | ({self.when.each} if self.when.each else set())
        for name, text in (("message", self.message), ("hint", self.hint), ("target", self.target or ""), ("severity", self.severity)):
            _check_placeholders(name, text, scope)
        if self.messages is not None:
            _check_choice("messages", self.messages, scope)
        if self.severities is not None:
            _check_choice("severities", self.severities, scope)
            bad = [str(v) for v in self.severities.cases.values() if v not in SEVERITIES]
            if bad:
                raise ValueError(f"severities: vakavuus ”{bad[0]}” ei kelpaa; sallitut: {', '.join(SEVERITIES)}")
        return self

    def message_for(self, subject: Fact | None, document: Fact | None) -> str:
        """The message template for this finding: the case its subject's field names, or `message`."""
        return _chosen(self.messages, subject, document, self.message)

    def severity_for(self, subject: Fact | None, document: Fact | None) -> str:
        """The severity (template) for this finding: the case its subject's field names, or `severity`."""
        return _chosen(self.severities, subject, document, self.severity)


    @property
    def project(self) -> bool:
        """A rule over one project's documents together, judged by `RuleEngine.judge_project`."""
        return self.types == [PROJECT]


PROJECT = "hanke"  # the `types` of a rule over a project's documents together
_SUBJECT_FIELD = re.compile(r"^\{(\w+)\.(\w+)\}$")


def subject_field(value: Any) -> str | None:
    """The field of the rule's subject (`each`) fact that a test's value names ("{project_goal.goal_id}"),
    which makes the test a join; None for a constant."""
    found = _SUBJECT_FIELD.match(value) if isinstance(value, str) else None
    return found.group(2) if found else None


def _is_placeholder(text: str) -> bool:
    return text.startswith("{") and text.endswith("}")


def _check_test(test: FactTest, each: str | None, project: bool, subject: bool = False) -> None:
    """A fact test names a known fact and its fields; a value "{each-fakta.kenttä}" joins it with the
    rule's subject, which only an `exists` or `none` test may do."""
    model = FACT_MODELS.get(test.fact)
    if model is None:
        raise ValueError(f"tuntematon fakta ”{test.fact}”; tunnetut: {', '.join(sorted(FACT_MODELS))}")
    if (test.fact in PROJECT_FACT_MODELS) != project:
        where = "vain säännöissä, joiden types on [hanke]" if project is False else "vain yhden asiakirjan säännöissä"
        raise ValueError(f"faktaa ”{test.fact}” voi käyttää {where}")
    for field, value in test.where.items():
        if field not in model.model_fields or field in ("kind", "location"):
            raise ValueError(f"faktalla ”{test.fact}” ei ole kenttää ”{field}”")
        if isinstance(value, dict):
            bad = [op for op in value if op not in ("==", "!=", "<", "<=", ">", ">=")]
            if bad:
                raise ValueError(f"tuntematon vertailu {bad[0]} kentässä ”{field}”")
        for wanted in value.values() if isinstance(value, dict) else [value]:
            joined = subject_field(wanted)
            if joined is None:
                continue
            kind = wanted[1:].partition(".")[0]
            if subject or kind != each or joined not in FACT_MODELS[each].model_fields:
                raise ValueError(f"vertailu {wanted} kentässä ”{field}”: viittaus voi nimetä vain each-faktan ({each or 'ei annettu'}) kentän, ja vain exists- tai none-ehdossa")


_DERIVED_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_derivation(rule: Rule) -> None:
    """A deriving rule names a subject (`each`), makes a kind of its own, and says nothing to the user."""
    if not rule.when.each:
        raise ValueError("faktan johtavalla säännöllä (derives) pitää olla each: fakta, jonka kentät uusi fakta saa")
    if not _DERIVED_NAME.match(rule.derives or ""):
        raise ValueError(f"johdetun faktan nimi ”{rule.derives}” ei kelpaa: pienet kirjaimet a–z, numerot ja _")
    said = [name for name in ("severity", "message", "hint", "target") if getattr(rule, name)]
    said += [name for name in ("messages", "severities") if getattr(rule, name) is not None]
    if said:
        raise ValueError(f"faktan johtava sääntö (derives) ei anna havaintoa, joten sillä ei ole kenttiä {', '.join(said)}")


def register_derived(raw_rules: list[Any]) -> None:
    """Make each fact kind that rules in `raw_rules` derive known (with its subject's fields), so
    that rules anywhere in the pack may name it; in order, so a derivation may build on another."""
    for raw in raw_rules:
        if not isinstance(raw, dict) or not isinstance(raw.get("derives"), str):
            continue
        kind, each = raw["derives"], (raw.get("when") or {}).get("each") if isinstance(raw.get("when"), dict) else None
        base = FACT_MODELS.get(each) if isinstance(each, str) else None
        if base is None or not _DERIVED_NAME.match(kind):
            continue  # the rule's own validation says what is wrong
        if kind in FACT_MODELS and kind not in DERIVED_MODELS:
            raise ValueError(f"johdettu fakta ”{kind}” on jo tarkastimen oma faktalaji; anna toinen nimi")
        DERIVED_MODELS[kind] = create_model(f"Derived_{kind}", __base__=base, kind=(Literal[kind], kind))  # type: ignore[call-overload,valid-type]
        FACT_MODELS[kind] = DERIVED_MODELS[kind]
        if each in PROJECT_FACT_MODELS:
            PROJECT_FACT_MODELS[kind] = DERIVED_MODELS[kind]


def _chosen(choice: Choice | None, subject: Fact | None, document: Fact | None, default: str) -> str:
    if choice is None:
        return default
    kind, attr = choice.field()
    fact = document if kind == "document" else subject
    return choice.cases.get(getattr(fact, attr, None), default)


def _check_choice(name: str, choice: Choice, scope: set[str]) -> None:
    """`by` names a field of a fact the rule has, each case is a value that field can take, and each
    case's text has placeholders the rule can fill."""
    if not _SUBJECT_FIELD.match(choice.by):
        raise ValueError(f"{name}.by ”{choice.by}” ei kelpaa: anna kenttä muodossa {{fakta.kenttä}}")
    kind, attr = choice.field()
    model = FACT_MODELS.get(kind) if kind in scope else None
    if model is None or attr not in model.model_fields:
        raise ValueError(f"{name}.by {choice.by}: kenttää ei ole tämän säännön faktoissa (käytössä: {', '.join(sorted(scope))})")
    annotation = model.model_fields[attr].annotation
    allowed = (True, False) if annotation is bool else typing.get_args(annotation) if typing.get_origin(annotation) is Literal else None
    for value, text in choice.cases.items():
        if allowed is not None and value not in allowed:
            raise ValueError(f"{name}.cases: kenttä {choice.by} ei voi saada arvoa ”{value}”; mahdolliset: {', '.join(map(str, allowed))}")
        _check_placeholders(f"{name} ({value})", text, scope)


def _check_placeholders(name: str, text: str, scope: set[str]) -> None:
    try:
        parsed = [(f, spec, conversion) for _, f, spec, conversion in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise ValueError(f"kentän {name} muotoilu on rikki: {exc}") from None
    for field, spec, conversion in parsed:
        kind, _, attr = field.partition(".")
        if kind not in scope:
            raise ValueError(f"paikkamerkki {{{field}}} kentässä {name}: faktaa ”{kind}” ei ole tämän säännön käytössä (käytössä: {', '.join(sorted(scope))})")
        model = FACT_MODELS[kind]
        if not attr or attr not in model.model_fields:
            raise ValueError(f"paikkamerkki {{{field}}} kentässä {name}: faktalla ”{kind}” ei ole kenttää ”{attr}”")
        _check_format(name, field, spec, conversion, model.model_fields[attr].annotation)


_SAMPLES = (date(2020, 1, 31), 1, 1.5, "teksti", True)


MAX_FORMAT_WIDTH = 200  # characters: a message is a sentence; "{x:999999999}" would take all memory
_NUMBERS = re.compile(r"\d+")


def _check_format(name: str, field: str, spec: str, conversion: str | None, annotation: Any) -> None:
    """Try a placeholder's format ("{report_date.report_date:%-d.%-m.%Y}") on a sample of the
    field's type now, so that a bad one fails when the pack is loaded, not when the rule fires.
    A width or precision (any number in the format) over `MAX_FORMAT_WIDTH` is refused before trying."""
    types = typing.get_args(annotation) or (annotation,)
    try:
        if conversion not in (None, "r", "s", "a"):
            raise ValueError(f"tuntematon muunnos !{conversion}")
        widest = max((int(n) if len(n) < 6 else 10**6 for n in _NUMBERS.findall(spec)), default=0)
        if widest > MAX_FORMAT_WIDTH:
            raise ValueError(f"leveys tai tarkkuus {widest if widest < 10**6 else 'yli 999 999'} on liian suuri (enintään {MAX_FORMAT_WIDTH} merkkiä)")
        for sample in (s for s in _SAMPLES if type(s) in types):
            format(sample, spec)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"paikkamerkin {{{field}}} muotoilu kentässä {name} ei kelpaa: {exc}") from None


def render(template: str, subject: Fact | None, kind: str | None, document: Fact) -> str:
    """Fill `{kind.field}` placeholders from the subject fact and the document fact."""
    values = {"document": document}
    if subject is not None and kind:
        values[kind] = subject
    return template.format_map(values)


def load_pack(path: Path) -> list[Rule]:
    """Load one YAML file of rules; any fault is a RuleError naming the file and the rule."""
    return _load_files([path])[path]


def _load_files(paths: list[Path]) -> dict[Path, list[Rule]]:
    """Load a pack's files together: the fact kinds any of them derive are known to all."""
    raw = {path: _read_pack(path) for path in paths}
    for path, rules in raw.items():
        try:
            register_derived(rules)
        except ValueError as exc:
            raise RuleError(f"Sääntötiedostossa {path}: {exc}") from None
    return {path: _validate_pack(path, rules) for path, rules in raw.items()}


def _read_pack(path: Path) -> list[Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"Sääntötiedostoa {path} ei voitu lukea: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"Sääntötiedosto {path} ei ole kelvollista YAMLia: {exc}") from None
    except TooLarge as exc:
        raise RuleError(f"Sääntötiedostoa {path} ei lueta: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(f"Sääntötiedostossa {path} pitää olla lista rules: [...]")
    return data["rules"]


def _validate_pack(path: Path, raw_rules: list[Any]) -> list[Rule]:
    rules = []
    for number, raw in enumerate(raw_rules, start=1):
        rule_id = raw.get("id", f"#{number}") if isinstance(raw, dict) else f"#{number}"
        try:
            rules.append(Rule.model_validate({**raw, "source": str(path)}))
        except (ValidationError, TypeError) as exc:
            raise RuleError(f"Sääntötiedoston {path} sääntö {rule_id} on virheellinen: {_explain(exc)}") from None
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"Sääntötiedostossa {path} sääntö {rule.id} on kahteen kertaan")
        seen.add(rule.id)
    return rules


def _explain(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            parts.append(f"{where}: {message}" if where else message)
        return "; ".join(parts)
    return str(exc)


def shipped_rules_dir() -> Path:
    return Path(str(resources.files("suunnitelmatarkastin").joinpath("rules")))


@cache
def _shipped() -> tuple[Rule, ...]:
    return tuple(rule for rules in _load_files(sorted(shipped_rules_dir().glob("*.yaml"))).values() for rule in rules)


def load_rules(extra_dirs: tuple[str, ...] = ()) -> list[Rule]:
    """The shipped rules, then each added pack in order; a rule with the same id overrides."""
    by_id: dict[str, Rule] = {rule.id: rule for rule in _shipped()}
    for folder in extra_dirs:
        directory = Path(folder)
        if not directory.is_dir():
            raise RuleError(f"Sääntökansiota {folder} ei löydy")
        files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
        if not files:
            raise RuleError(f"Sääntökansiossa {folder} ei ole yhtään .yaml-tiedostoa")
        pack: dict[str, Rule] = {}
        for path, rules in _load_files(files).items():
            for rule in rules:
                if rule.id in pack:
                    raise RuleError(f"Sääntökansiossa {folder} sääntö {rule.id} on kahteen kertaan: tiedostoissa {pack[rule.id].source} ja {path}")
                pack[rule.id] = rule
        _check_lexicons(directory)
        by_id.update(pack)
    return list(by_id.values())


def _check_lexicons(directory: Path) -> None:
    """A pack's lexicon overlays (`lexicons/*.yaml`) are checked with its rules, before any document."""
    from ..understand.lexicon import LexiconError, check_overlays

    try:
        check_overlays([directory])
    except LexiconError as exc:
        raise RuleError(str(exc)) from None
