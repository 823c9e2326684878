"""The HTML report: one self-contained file a funder officer can open, sort, share and print.

It is drawn from the same Jinja2 templates as the web page (`report/templates/`: the findings by
severity, the verdict, "Mitä tarkastin luki", the officer's summary, "Tarkastuksen tiedot") and
styled by the same stylesheet (`report/assets/`). The file embeds its styles and script, so it
works offline and as an e-mail attachment; the web page serves the same files. Every text that
comes from a document or a finding is data: autoescaped, with undecodable bytes and the control
characters XML forbids removed. A URL fragment such as `#lajittele=virheet` opens the summary
sorted by that column, so a sorted view can be shared as a link.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader
from markupsafe import Markup

from ..models import SEVERITY_ORDER, Location, Report
from .safe_text import for_xml, rendered
from .text import SEVERITY_LABELS, place
from .verdict import audit_rows, batch_verdict, plural, verdict_text

ASSETS = Path(__file__).parent / "assets"
SEVERITIES = tuple(SEVERITY_ORDER)  # error, warning, info: the order a reader wants them
SORT_KEYS = {"error": "virheet", "warning": "varoitukset", "info": "huomiot"}  # #lajittele=… column keys
DOC_TYPE_NAMES = {
    "hankesuunnitelma": "Hankesuunnitelma",
    "arviointisuunnitelma": "Arviointisuunnitelma",
    "exit-suunnitelma": "Exit- eli jatkuvuussuunnitelma",
    "loppuraportti": "Loppuraportti",
}
# Embedded in the file: the shared stylesheet, the file's own page layout, the shared sorting and
# the file's link-to-a-sorted-view script.
_CSS = ("raportti.css", "tiedosto.css")
_JS = ("lajittelu.js", "raportti.js")


def _finalize(value: Any) -> Any:
    """Every value a template prints: text as XML can hold it (then autoescaped as usual)."""
    return for_xml(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _place(location: Location) -> str:
    return place(location)  # looked up at each call, so a test may replace `place`


def type_name(doc_type: str | None) -> str:
    return DOC_TYPE_NAMES.get(doc_type or "", doc_type or "ei tunnistettu")


def environment(*loaders: BaseLoader) -> Environment:
    """A Jinja2 environment with autoescape over the shared templates (after `loaders`, e.g. the
    web page's own), and the words both the page and the report use."""
    env = Environment(
        loader=ChoiceLoader([*loaders, PackageLoader("suunnitelmatarkastin.report", "templates")]),
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        place=_place,
        verdict=verdict_text,
        plural=plural,
        type_name=type_name,
        severity_labels=SEVERITY_LABELS,
        severities=SEVERITIES,
        sort_keys=SORT_KEYS,
    )
    return env


@cache
def _environment() -> Environment:
    return environment()


def asset(*names: str) -> Markup:
    """Package files (our own styles and scripts, never document text) to embed as they are."""
    return Markup("\n".join((ASSETS / name).read_text(encoding="utf-8") for name in names))


def _rules(report: Report) -> dict:
    """The rules that judged the report (shipped ones and the packs in its audit block), for each
    finding's explanation; without them (a pack moved away) the findings still show, unexplained."""
    from ..judge.rules import RuleError, load_rules

    packs = tuple(p["path"] for p in (report.tool or {}).get("packs", []))
    try:
        return {rule.id: rule for rule in load_rules(packs)}
    except (RuleError, OSError):
        return {rule.id: rule for rule in load_rules(())}


def render_html(report: Report, readings: Sequence[Any | None] | None = None, rules: dict | None = None) -> str:
    """The whole report as one HTML page; a batch gets a sortable summary table first.

    `readings` gives each document's "Mitä tarkastin luki" (the web page has them); `rules` the
    rules by id for the explanations (default: the rules the report names)."""
    env = _environment()
    rules = _rules(report) if rules is None else rules
    card = env.get_template("_asiakirja.html").module.card
    several = len(report.documents) > 1
    readings = list(readings or []) + [None] * len(report.documents)
    articles = [
        rendered(doc, lambda d, n=n: card(d, n, rules, several, readings[n - 1]))
        for n, doc in enumerate(report.documents, start=1)
    ]
    made = date.today()
    title = batch_verdict(report) if several else verdict_text(report.documents[0]) if report.documents else "Ei asiakirjoja"
    return env.get_template("raportti.html").render(
        title=title,
        made=f"{made.day}.{made.month}.{made.year}",
        documents=report.documents,
        several=several,
        articles=articles,
        projects=report.projects,
        rules=rules,
        audit_rows=audit_rows(report.tool),
        css=asset(*_CSS),
        js=asset(*_JS),
    )
