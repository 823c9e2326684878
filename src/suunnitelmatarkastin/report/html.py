"""The HTML report: one self-contained file a funder officer can open, sort, share and print.

Everything is inline (no network, no CDN) so the file works offline and as an e-mail attachment.
Every text that comes from a document or a finding is escaped: a plan is untrusted input. A URL
fragment such as `#lajittele=virheet` opens the summary sorted by that column, so a sorted view can
be shared as a link.
"""

from __future__ import annotations

from pathlib import Path

from datetime import date
from html import escape as _escape

from ..models import SEVERITY_ORDER, DocumentReport, Finding, Report
from .safe_text import for_xml, rendered
from .text import SEVERITY_LABELS, place


def escape(text: str) -> str:
    """Document text and file names as HTML text: escaped, undecodable bytes and C0 controls replaced."""
    return _escape(for_xml(text))

SEVERITIES = tuple(SEVERITY_ORDER)  # error, warning, info: the order a reader wants them
# Summary columns: (key used in #lajittele=…, header, numeric)
COLUMNS = (
    ("asiakirja", "Asiakirja", False),
    ("tyyppi", "Tyyppi", False),
    ("virheet", SEVERITY_LABELS["error"], True),
    ("varoitukset", SEVERITY_LABELS["warning"], True),
    ("huomiot", SEVERITY_LABELS["info"], True),
)

_CSS = """
:root { --virhe: #b3261e; --varoitus: #8a5a00; --huomio: #0b5cad; --ok: #1e6b35; --reuna: #d0d4da; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.laadittu, .tyyppi, .meta { color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border-bottom: 1px solid var(--reuna); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
td:first-child { overflow-wrap: anywhere; }
td + td { white-space: nowrap; }
td.luku, th.luku { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " ↕"; color: #8c959f; }
th[aria-sort="ascending"] button::after { content: " ▲"; color: inherit; }
th[aria-sort="descending"] button::after { content: " ▼"; color: inherit; }
tbody tr:hover { background: #f3f5f8; }
.asiakirja { border: 1px solid var(--reuna); border-left: 6px solid var(--ok); border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.asiakirja.on-virhe { border-left-color: var(--virhe); }
.asiakirja.on-varoitus { border-left-color: var(--varoitus); }
.error h3, .lukuvirhe { color: var(--virhe); }
.warning h3 { color: var(--varoitus); }
.info h3 { color: var(--huomio); }
.error .havainnot li { border-left-color: var(--virhe); }
.warning .havainnot li { border-left-color: var(--varoitus); }
.info .havainnot li { border-left-color: var(--huomio); }
.ok { color: var(--ok); font-weight: 600; }
ul.havainnot { list-style: none; margin: 0; padding: 0; }
ul.havainnot li { padding: .5rem 0 .5rem .75rem; border-left: 3px solid var(--reuna); margin-bottom: .5rem; break-inside: avoid; }
.viesti { font-weight: 600; }
.korjaa { color: var(--ok); }
code { font-size: .85em; }
a { color: var(--huomio); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  th button::after, .takaisin { display: none; }
  .asiakirja { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
"""

# Sorting by a header click or by #lajittele=KEY[&suunta=nouseva|laskeva] on load. Numbers sort
# largest first by default (the documents with most errors are what a screener looks at first);
# text sorts A–Ö with Finnish collation; empty values (an unreadable document) always go last. The
# sorting itself is shared with the web page, which serves the same file (report/assets/lajittelu.js).
SORT_JS = (Path(__file__).parent / "assets" / "lajittelu.js").read_text(encoding="utf-8")
_JS = SORT_JS + """
(function () {
  var table = document.getElementById("yhteenveto");
  if (!table) return;
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function sortBy(index, ascending) { lajitteleTaulukko(table, index, ascending); }
  function natural(index) { return headers[index].dataset.numero !== "1"; }
  headers.forEach(function (th, index) {
    th.querySelector("button").addEventListener("click", function () {
      var current = th.getAttribute("aria-sort");
      var ascending = current ? current !== "ascending" : natural(index);
      sortBy(index, ascending);
      history.replaceState(null, "", "#lajittele=" + th.dataset.avain + "&suunta=" + (ascending ? "nouseva" : "laskeva"));
    });
  });
  var params = new URLSearchParams(location.hash.slice(1));
  var key = params.get("lajittele");
  var index = headers.findIndex(function (th) { return th.dataset.avain === key; });
  if (index >= 0) {
    var direction = params.get("suunta");
    sortBy(index, direction ? direction === "nouseva" : natural(index));
  }
})();
"""


def _anchor(number: int) -> str:
    return f"asiakirja-{number}"


def _header(key: str, label: str, numeric: bool) -> str:
    align = ' class="luku"' if numeric else ""
    return (
        f'<th scope="col" data-avain="{key}" data-numero="{int(numeric)}"{align}>'
        f'<button type="button" title="Lajittele sarakkeen mukaan">{label}</button></th>'
    )


def _summary(report: Report) -> str:
    head = "".join(_header(key, label, numeric) for key, label, numeric in COLUMNS)
    rows = []
    for number, doc in enumerate(report.documents, start=1):
        name = f'<td data-arvo="{escape(doc.path)}"><a href="#{_anchor(number)}">{escape(doc.path)}</a></td>'
        if doc.error:
            kind = '<td data-arvo="" class="lukuvirhe">ei voitu lukea</td>'
            counts = '<td class="luku" data-arvo="">–</td>' * len(SEVERITIES)
        else:
            kind = f'<td data-arvo="{escape(doc.doc_type or "")}">{escape(doc.doc_type or "")}</td>'
            counts = "".join(f'<td class="luku" data-arvo="{doc.count(s)}">{doc.count(s)}</td>' for s in SEVERITIES)
        rows.append(f"<tr>{name}{kind}{counts}</tr>")
    return (
        '<table id="yhteenveto"><caption class="meta">Yhteenveto – lajittele napsauttamalla sarakkeen otsikkoa</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _finding(finding: Finding) -> str:
    return (
        f'<li><div class="viesti">{escape(finding.message)}</div>'
        f'<div class="meta">{escape(place(finding.location))} · <code>{escape(finding.rule)}</code></div>'
        f'<div class="korjaa">Korjaa: {escape(finding.hint)}</div></li>'
    )


def _document(number: int, doc: DocumentReport, back_link: bool) -> str:
    if doc.error:
        body = f'<p class="lukuvirhe">Asiakirjaa ei voitu tarkastaa: {escape(doc.error)}</p>'
        state = "on-virhe"
    else:
        counts = ", ".join(f"{SEVERITY_LABELS[s].lower()} {doc.count(s)}" for s in SEVERITIES)
        parts = [f'<p class="tyyppi">Asiakirjatyyppi: {escape(doc.doc_type or "")} · {counts}</p>']
        if not doc.findings:
            parts.append('<p class="ok">Ei huomautettavaa. ✓</p>')
        for severity in SEVERITIES:
            found = [f for f in doc.findings if f.severity == severity]
            if found:
                items = "".join(_finding(f) for f in found)
                parts.append(
                    f'<section class="{severity}"><h3>{SEVERITY_LABELS[severity]} ({len(found)})</h3>'
                    f'<ul class="havainnot">{items}</ul></section>'
                )
        body = "".join(parts)
        state = "on-virhe" if doc.count("error") else "on-varoitus" if doc.count("warning") else ""
    back = '<p class="takaisin"><a href="#yhteenveto">↑ Takaisin yhteenvetoon</a></p>' if back_link else ""
    return f'<article class="asiakirja {state}" id="{_anchor(number)}"><h2>{escape(doc.path)}</h2>{body}{back}</article>'


def render_html(report: Report) -> str:
    """The whole report as one HTML page; a batch gets a sortable summary table first."""
    batch = len(report.documents) > 1
    documents = "".join(rendered(doc, lambda d, n=n: _document(n, d, batch)) for n, doc in enumerate(report.documents, start=1))
    summary = _summary(report) if batch else ""
    made = date.today()
    count = len(report.documents)
    return (
        '<!DOCTYPE html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Suunnitelmatarkastimen raportti</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        "<header><h1>Suunnitelmatarkastimen raportti</h1>"
        f'<p class="laadittu">Laadittu {made.day}.{made.month}.{made.year} · {count} asiakirja{"" if count == 1 else "a"}</p></header>\n'
        f"<main>{summary}{documents}</main>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
