"""The verdict and the audit block in words: one wording for every output.

The JSON `verdict`, the text and HTML reports, the CSV/XLSX column, the Word copy's properties and
the web page all take their words from here, so that an applicant reads the same sentence wherever
they look. Errors block ("2 virhettä korjattava ennen lähettämistä"); warnings do not ("Ei
korjattavaa – 1 varoitus kannattaa katsoa"); accepted findings (`tarkastin.toml`) are not counted.
"""

from __future__ import annotations

from datetime import datetime

from ..models import DocumentReport, Report

UNREAD = "Asiakirjaa ei voitu tarkastaa"
AUDIT_TITLE = "Tarkastuksen tiedot"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def verdict(document: DocumentReport) -> str | None:
    """The document's verdict as the JSON gives it; None for a document that could not be read."""
    if document.error:
        return None
    errors, warnings = document.count("error"), document.count("warning")
    if errors:
        return f"{plural(errors, 'virhe', 'virhettä')} korjattava ennen lähettämistä"
    if warnings:
        return f"Ei korjattavaa – {plural(warnings, 'varoitus', 'varoitusta')} kannattaa katsoa"
    return "Ei korjattavaa"


def verdict_text(document: DocumentReport) -> str:
    """The verdict a person reads first, also for a document that could not be read."""
    return verdict(document) or UNREAD


def batch_verdict(report: Report) -> str:
    """"3 asiakirjaa tarkastettu, korjattavaa 1:ssä, 1 ei voitu lukea": a batch in one line."""
    docs = report.documents
    failed = sum(1 for d in docs if d.error)
    to_fix = sum(1 for d in docs if not d.error and d.count("error"))
    parts = [f"{plural(len(docs), 'asiakirja', 'asiakirjaa')} tarkastettu", f"korjattavaa {inessive(to_fix)}"]
    if failed:
        parts.append(f"{failed} ei voitu lukea")
    return ", ".join(parts)


def _time(stamp: str) -> str:
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{when.day}.{when.month}.{when.year} klo {when.hour}.{when.minute:02d}"


def audit_rows(tool: dict | None, short: bool = False) -> list[tuple[str, str]]:
    """The audit block (`Report.tool`) as (label, value) rows in Finnish: the tool's version, the
    time, every pack and profile with its SHA-256 (`short`: its first 12 characters), and each
    setting that differs from the default."""
    if not tool:
        return []

    def digest(value: str) -> str:
        return f"SHA-256 {value[:12]}…" if short else f"SHA-256 {value}"

    rows = [("Tarkastin", f"{tool['name']} {tool['version']}"), ("Tarkastettu", _time(tool["time"]))]
    rows.append(("Säännöt", f"{tool['rules']['path']}, {digest(tool['rules']['sha256'])}"))
    for pack in tool.get("packs", []):
        label = f"Profiili {pack['profile']}" if pack.get("profile") else f"Sääntöpaketti {pack['path']}"
        rows.append((label, digest(pack["sha256"])))
    settings = tool.get("settings", {})
    if settings.get("file"):
        rows.append(("Asetustiedosto", settings["file"]))
    if settings.get("pois"):
        rows.append(("Pois käytöstä", ", ".join(settings["pois"])))
    if settings.get("vakavuus"):
        rows.append(("Vakavuus muutettu", ", ".join(f"{k} → {v}" for k, v in settings["vakavuus"].items())))
    if settings.get("kuitatut"):
        rows.append(("Kuitattuja havaintoja", ", ".join(f"{a['saanto']} ({a['syy']})" for a in settings["kuitatut"])))
    if settings.get("vain_virheet"):
        rows.append(("Näytetään", "vain virheet"))
    return rows


def audit_line(tool: dict | None) -> str:
    """The audit block on one line (a CSV cell, a Word property); hashes cut to 12 characters."""
    return "; ".join(f"{label}: {value}" for label, value in audit_rows(tool, short=True))


def inessive(count: int) -> str:
    """A number in the inessive as Finnish writes it: "1:ssä", "2:ssa", "10:ssä", "100:ssa"."""
    if count % 10:
        vowel = "a" if count % 10 in (2, 3, 6, 8) else "ä"
    elif count % 100:
        vowel = "ä"  # kymmenessä
    else:
        vowel = "a"  # sadassa, tuhannessa
    return f"{count}:ss{vowel}"
