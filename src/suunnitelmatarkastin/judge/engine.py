"""Compiles rules into a durable_rules ruleset and runs a document's facts through it.

Lessons paid for: durable_rules evaluates `none(...)` when the subject fact arrives, so all facts
are asserted first and a final "complete" fact (carrying the document type) is what every rule
joins on; every fact gets a unique id (an identical fact raises); each document has its own session,
deleted afterwards; an exception inside an action is swallowed into the session state, so the state
is checked after the run. A fact bound to one condition of a rule is not seen by that rule's
`none(...)`; so that a rule author need not know it, the compiler adds to each bound condition of
the same fact kind the negation of the `none` test ("any rooting statement" + "no early one" binds
only statements that are not early themselves), which makes the rule mean what it says.

durable_rules' global host starts two timer threads that call into the native engine every 0.2 s,
concurrently with our calls; together with `delete_state` that corrupts memory (seen as a segfault).
The engine therefore runs on a host of its own without those threads: every call is made from the
thread that judges, and actions run synchronously inside `assert_fact`.
"""

from __future__ import annotations

import itertools
from contextlib import suppress
from datetime import date
from functools import cache
from typing import Any

from durable import engine as durable_engine
from durable import lang as durable_lang
from durable.lang import c, m, none, ruleset, when_all

from ..models import SEVERITY_ORDER, Fact, Facts, Finding, Location
from .facts import DERIVED_MODELS
from .rules import PROJECT, Rule, RuleError, load_rules, render, subject_field

_OPERATORS = {
    "==": lambda field, value: field == value,
    "!=": lambda field, value: field != value,
    "<": lambda field, value: field < value,
    "<=": lambda field, value: field <= value,
    ">": lambda field, value: field > value,
    ">=": lambda field, value: field >= value,
}
_NEGATED = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_names = itertools.count()
_sessions = itertools.count()


def _scalar(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _test(kind: str, where: dict[str, Any]):
    """A durable_rules expression: the fact's kind and every field test. A value naming a field of
    the rule's subject ("{project_goal.goal_id}") compares with that field of the bound subject:
    a join across facts (and, for a project, across documents)."""
    expression = m.kind == kind
    for field, wanted in where.items():
        tests = wanted.items() if isinstance(wanted, dict) else [("==", wanted)]
        for op, value in tests:
            joined = subject_field(value)
            other = getattr(c.subject, joined) if joined else _scalar(value)
            expression = expression & _OPERATORS[op](getattr(m, field), other)
    return expression


def _bound(kind: str, where: dict[str, Any], absent: list) -> Any:
    """A bound condition's expression, which also fails every `none` test of its own kind: durable_rules
    does not show a bound fact to the rule's `none(...)`, so without this "a statement" and "no early
    statement" would fire on a document whose only statement is early. A `none` test that joins with
    the subject is left to the engine (the subject is not bound yet inside its own condition)."""
    expression = _test(kind, where)
    for test in absent:
        if test.fact != kind or any(subject_field(v) for w in test.where.values() for v in (w.values() if isinstance(w, dict) else [w])):
            continue
        failing = None
        for field, wanted in test.where.items():
            for op, value in wanted.items() if isinstance(wanted, dict) else [("==", wanted)]:
                one = _OPERATORS[_NEGATED[op]](getattr(m, field), _scalar(value))
                failing = one if failing is None else failing | one
        expression = expression & failing
    return expression


def _durable_fact(fact: Fact, fact_id: int, sid: str) -> dict[str, Any]:
    """The fact's scalar fields (lists and locations stay on the Python side)."""
    data = {"sid": sid, "id": fact_id}
    for key, value in fact.model_dump(exclude={"location"}).items():
        if isinstance(value, str):  # a file name's undecodable bytes are lone surrogates, which the C engine refuses
            data[key] = value.encode("utf-8", "replace").decode("utf-8")
        elif isinstance(value, (int, float, bool)) or value is None:
            data[key] = value
        elif isinstance(value, date):
            data[key] = value.isoformat()
    return {k: v for k, v in data.items() if v is not None}


class _SingleThreadHost(durable_engine.Host):
    """A durable_rules host without the background dispatch threads (see the module docstring)."""

    def _run(self) -> None:
        return None


def _stages(derivations: list[Rule]) -> list[list[Rule]]:
    """The deriving rules in stages: each stage uses only kinds made by earlier ones, so that one
    engine run per stage sees every fact it needs. A derivation whose kinds never come is refused."""
    made = {rule.derives for rule in derivations}
    stages: list[list[Rule]] = []
    ready: set[str | None] = set()
    left = list(derivations)
    while left:
        stage = [r for r in left if not ({r.when.each, *(t.fact for t in r.when.exists + r.when.none)} & made) - ready]
        if not stage:
            raise RuleError(f"johdetut faktat riippuvat kehässä toisistaan: {', '.join(sorted(r.id for r in left))}")
        stages.append(stage)
        ready |= {r.derives for r in stage}
        left = [r for r in left if r not in stage]
    return stages


@cache
def compiled(rule_dirs: tuple[str, ...] = ()) -> RuleEngine:
    """The compiled rules, once per process and set of rule packs."""
    return RuleEngine(load_rules(rule_dirs))


class RuleEngine:
    """The compiled rules; `judge` runs one document's facts in a session of its own. Rules that
    derive facts (`derives:`) run first, stage by stage, and the facts they make join the rest."""

    def __init__(self, rules: list[Rule]) -> None:
        derivations = [rule for rule in rules if rule.derives]
        self._derivers = [_Ruleset(stage) for stage in _stages(derivations)]
        self._reporter = _Ruleset([rule for rule in rules if not rule.derives])
        self.rules = self._reporter.rules

    def judge(self, facts: Facts) -> list[Finding]:
        """The findings of every rule that fires on one document's facts, in document order."""
        all_facts = self._derive(facts.document.doc_type, [facts.document, *facts.facts])
        fired, by_id = self._reporter.run(facts.document.doc_type, all_facts)
        return [finding for finding, _ in _findings(fired, by_id, facts.document)]

    def judge_project(self, facts: list[Fact]) -> list[tuple[Finding, Fact | None]]:
        """The findings of the project rules (types: [hanke]) on the facts of one project's
        documents together, each with its subject fact (which names the document it stands in)."""
        fired, by_id = self._reporter.run(PROJECT, self._derive(PROJECT, facts))
        return _findings(fired, by_id, None)

    def derived(self, facts: Facts) -> list[Fact]:
        """The facts the deriving rules make from one document's facts (rule examples, `faktat`)."""
        given = [facts.document, *facts.facts]
        return self._derive(facts.document.doc_type, given)[len(given):]

    def _derive(self, doc_type: str, facts: list[Fact]) -> list[Fact]:
        """`facts` and every fact the deriving rules make from them: the subject's fields under the new kind."""
        for stage in self._derivers:
            fired, by_id = stage.run(doc_type, facts)
            made = {(rule.derives, subject_id): by_id[subject_id] for rule, subject_id in fired if subject_id is not None}
            facts = [*facts, *(DERIVED_MODELS[kind].model_validate({**dict(subject), "kind": kind}) for (kind, _), subject in made.items())]
        return facts


class _Ruleset:
    """One durable_rules ruleset on its own host; `run` asserts one document's facts in one session."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        # the fact kinds some rule names: only these are asserted (a fact no rule looks at costs a round trip)
        self.kinds = {kind for rule in rules for kind in (rule.when.each, *(t.fact for t in rule.when.exists + rule.when.none)) if kind}
        self.name = f"suunnitelmatarkastin_{next(_names)}"
        self._fired: dict[str, list[tuple[Rule, int | None]]] = {}
        definition = ruleset(self.name)
        with definition:
            for rule in rules:
                self._compile(rule)
        durable_lang._rulesets.pop(self.name, None)  # keep it off durable's global host
        self.host = _SingleThreadHost()
        self.sid = f"s{next(_sessions)}"
        self.host.register_rulesets(dict([definition.define()]))

    def _compile(self, rule: Rule) -> None:
        condition = rule.when
        type_test = None
        for doc_type in rule.types:
            one = m.doc_type == doc_type
            type_test = one if type_test is None else (type_test | one)
        # The "complete" fact comes first: durable_rules ignores a rule that starts with none().
        parts = [c.done << ((m.kind == "complete") & type_test)]
        if condition.each:
            parts.append(c.subject << _bound(condition.each, condition.where, condition.none))
        for number, test in enumerate(condition.exists):
            parts.append(getattr(c, f"exists{number}") << _bound(test.fact, test.where, condition.none))
        for test in condition.none:
            parts.append(none(_test(test.fact, test.where)))
        when_all(*parts)(self._action(rule))

    def _action(self, rule: Rule):
        """The action of one rule: remember which rule fired on which subject fact."""
        has_subject = bool(rule.when.each)

        def action(context) -> None:
            subject = context.subject.id if has_subject else None
            self._fired[context.s.sid].append((rule, subject))

        return action

    def run(self, doc_type: str, all_facts: list[Fact]) -> tuple[list[tuple[Rule, int | None]], dict[int, Fact]]:
        """Every rule that fires on these facts, with its subject's id.

        Every document uses the engine's one session, emptied afterwards by retracting what was
        asserted ("complete" first, so that no rule can fire while the rest go): durable_rules'
        `delete_state` frees memory twice now and then (a crash seen in about one process in ten),
        and sessions that are never deleted fill its fixed state cache.
        """
        sid = self.sid
        self._fired[sid] = []
        by_id: dict[int, Fact] = {}
        asserted: list[dict[str, Any]] = []
        complete = {"sid": sid, "id": 0, "kind": "complete", "doc_type": doc_type}
        try:
            for fact_id, fact in enumerate(all_facts, start=1):
                if fact.kind not in self.kinds:
                    continue
                by_id[fact_id] = fact
                durable_fact = _durable_fact(fact, fact_id, sid)
                asserted.append(durable_fact)
                with suppress(durable_engine.MessageNotHandledException):  # no rule looks at this fact
                    self.host.assert_fact(self.name, durable_fact)
            with suppress(durable_engine.MessageNotHandledException):
                self.host.assert_fact(self.name, complete)
            state = self.host.get_state(self.name, sid)
            if state and state.get("exception"):
                self.sid = f"s{next(_sessions)}"  # that session keeps its error; start a clean one
                raise RuntimeError(f"sääntömoottorin virhe: {state['exception']}")
            fired = self._fired[sid]
        finally:
            self._fired.pop(sid, None)
            for durable_fact in [complete, *asserted]:
                with suppress(durable_engine.MessageNotHandledException):
                    self.host.retract_fact(self.name, durable_fact)
        return fired, by_id



def _findings(fired, by_id: dict[int, Fact], document: Fact | None) -> list[tuple[Finding, Fact | None]]:
    """The findings in document order, each with its subject fact."""
    seen: set[tuple[str, int | None]] = set()
    made = []
    for rule, subject_id in fired:
        if (rule.id, subject_id) in seen:
            continue
        seen.add((rule.id, subject_id))
        subject = by_id.get(subject_id) if subject_id is not None else None
        kind = rule.when.each
        severity = render(rule.severity_for(subject, document), subject, kind, document)
        target = render(rule.target, subject, kind, document) if rule.target else None
        place = subject.location if subject is not None else document.location if document is not None else None
        finding = Finding(
            rule=rule.id,
            severity=severity,  # type: ignore[arg-type]
            message=render(rule.message_for(subject, document), subject, kind, document),
            target=target,
            location=place or Location(),
            hint=render(rule.hint, subject, kind, document),
        )
        made.append((finding, subject))
    return sorted(made, key=lambda pair: _order(pair[0]))


def _order(finding: Finding) -> tuple:
    paragraph = finding.location.paragraph if finding.location.paragraph is not None else -1
    return (paragraph, SEVERITY_ORDER[finding.severity], finding.rule)
