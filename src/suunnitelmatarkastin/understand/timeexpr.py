"""Finnish time expressions read into intervals, and the project period found among them.

Plans date their work in many ways: "1.3.–31.12.2025", "syksyllä 2018", "loppuvuodesta 2019",
"Q3/2025", "jo hakuvaiheessa". The timing rules (juurrutus.alkaa-myohaan, aikataulu.ristiriita) need
them as dates, or as anchors on the project's own timeline. The forms are few and fixed, so regexes and
tables read them without the NLP pipeline; that keeps this module fast and testable on its own.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from suunnitelmatarkastin.models import Interval


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text: its surface, its span and what it means."""

    text: str
    start_char: int
    end_char: int
    interval: Interval


Reader = Callable[[re.Match[str]], Interval | None]

# --- Building blocks of the patterns -------------------------------------------------------------

_DASH = r"\s*[-–—‐−]\s*"
# Years 1990–2099 only: other four-digit numbers in plans are amounts, codes and counts.
_Y = r"(?<!\d)(?:199\d|20\d\d)(?!\d)"
_Y_END = rf"(?:{_Y}|\d\d(?!\d))"  # "2025–2027" or "2025–27"
_MONTHS: dict[str, int] = {
    "tammi": 1, "helmi": 2, "maalis": 3, "huhti": 4, "touko": 5, "kesä": 6,
    "heinä": 7, "elo": 8, "syys": 9, "loka": 10, "marras": 11, "joulu": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_KUU = r"(?:kuu(?:n|ta|ssa|sta|hun|lla|lta|lle|ksi|na)?(?!\w)|k\.)"
_IN_YEAR = r"\s+(?:vuo(?:nna|den)\s+)?"
# Seasons by the first three letters of the word; winter Y is Jan–Feb Y ("talvi Y–Y+1" is Dec–Feb).
_SEASONS: dict[str, tuple[int, int]] = {"kev": (3, 5), "kes": (6, 8), "syk": (9, 11), "tal": (1, 2)}
_SEASON = (
    r"(?:kev(?:ät|ään|äällä|äästä|ääseen|äälle|äältä|äänä)|kesä(?:n|llä|stä|än|lle|ltä|nä)?"
    r"|syksy(?:n|llä|stä|yn|lle|ltä|nä)?|talv(?:i|en|ella|esta|een|elle|elta|ena))(?!\w)"
)
# The start ("alku") and end ("loppu") of a year, as months.
_YEAR_PARTS: dict[str, tuple[int, int]] = {"alku": (1, 4), "loppu": (9, 12)}
_YEAR_PREFIX = (
    r"(?:vuo(?:nna|den|desta|teen|delle|sina|sien|sille|silta|det|si)|v\."
    r"|\w*kau(?:della|delle|deksi|den|si))\s*"
)
_ORDINALS: dict[str, int] = {"ens": 1, "toi": 2, "kol": 3, "nel": 4}
_ORDINAL = (
    r"(?:ensimmäi(?:nen|se\w*)|toi(?:nen|se\w*)|kolma(?:s|nne\w*)"
    r"|neljä(?:s|nne(?:n|llä|ssä|lle|ltä|stä|nä))(?!\w)|[1-4]\.)"
)
_QUARTER_NOUN = r"(?:vuosi)?neljänne(?:s|ks)\w*|kvartaal\w*"
_HALF_NOUN = r"(?:vuosi)?puolisk\w*|puolivuoti\w*|vuosipuolik\w*"
# Anchors on the project's own timeline, matched by stems so that inflected forms work too.
_OF_PROJECT = r"(?:(?:hankkeen|projektin)\s+)?"
_ANCHORS: dict[str, tuple[str, ...]] = {
    "haku": (
        r"(?:jo\s+)?(?:haku|(?:hanke)?hakemus)vaihe\w*(?:\s+alkaen)?",
        r"(?:hanke)?hakemu\w*\s+(?:laa?[dt]i|te[hk]|valmistel|kirjoit)\w*",
        # "hanketta valmisteltaessa", "projektia suunniteltaessa", "hankkeen suunnittelussa": the
        # passive's time form or the noun of the work; "hanke valmistelee …" is an activity
        r"(?:hanke|projekti|hankkee|hankeide)\w*\s+(?:valmistel|suunnitel|suunnittel|ideoi)\w*(?:taessa|täessä|ussa|ussä)",
        r"(?:(?:hankkeen|projektin|hakemuksen)\s+|hanke|projekti)valmistelu\w*",
        r"(?:valmistelu|suunnittelu|ideointi)vaihe\w*",
        r"ennen\s+(?:hankkeen|projektin)\s+(?:alkua|alkamista|käynnistymistä|aloittamista)",
    ),
    "alku": (
        r"(?:heti\s+)?(?:hankkeen|projektin|hankekauden|toiminnan)\s+(?:alu(?:ssa|sta)|alkuun"
        r"|alku(?:vaihe|puole)\w*|käynnisty(?:ttyä|essä)|alettua|alkaessa|aloitettua)(?:\s+alkaen)?",
        r"(?:käynnistys|aloitus|alku)vaihe\w*",
        _OF_PROJECT + r"ensimmäis\w*\s+(?:\w+\s+)?kuukau\w*",
        _OF_PROJECT + r"ensimmäis\w*\s+(?:toiminta|hanke)?vuo(?:nna|den|si|tena)",
    ),
    "koko": (
        r"(?:jatkuvasti\s+)?koko\s+(?:hankkeen|projektin)\s+(?:keston\s+)?(?:ajan|aikana|ajalla)",
        r"koko\s+(?:hanke|projekti|toiminta-?|toteutus)(?:aika\w*|aja\w*|kaude\w*|kausi)",
        r"läpi\s+(?:koko\s+)?(?:hankkeen|projektin)(?:\s+keston)?",
        r"jatkuvasti\s+(?:hankkeen|projektin)\s+(?:aikana|ajan)",
    ),
    "loppu": (
        r"(?:hankkeen|projektin|hankekauden|toiminnan)\s+(?:lopu(?:ssa|lla)"
        r"|loppu(?:vaihe|puole|puolisk)\w*|päättyessä|loppuessa)",
        r"(?:loppu|päättö|päätös|lopetus)vaihe\w*",
        r"loppukau(?:si|de\w*)",
        _OF_PROJECT + r"viimei\w*\s+(?:toiminta|hanke)?vuo(?:nna|den|si|tena)",
        _OF_PROJECT + r"viimei\w*\s+(?:\w+\s+)?(?:kuukau|puolisk)\w*",
    ),
    "jalkeen": (
        r"(?:hankkeen|projektin|hankekauden|(?:hanke)?rahoituksen)\s+(?:päätyttyä|jälkeen|loputtua"
        r"|päättymisen\s+jälkeen|päättymisestä\s+alkaen|jälkeisenä\s+aikana|jälkeisinä\s+vuosina)",
        # a time counted from the end: "vuoden kuluttua hankkeen päättymisestä", "projektin
        # loppumisesta kolmen kuukauden kuluttua"; "hankkeen päättymisestä kerrotaan" dates nothing
        r"kuluttua\s+(?:hankkeen|projektin|hankekauden|(?:hanke)?rahoituksen)\s+(?:päättymisestä|loppumisesta)",
        r"(?:hankkeen|projektin|hankekauden|(?:hanke)?rahoituksen)\s+(?:päättymisestä|loppumisesta)"
        r"\s+(?:\w+\s+){1,3}kuluttua",
    ),
}
# Fixed places of the anchors on the timeline (0 = project start, 1 = end).
_ANCHOR_POSITIONS: dict[str, float] = {"haku": -0.1, "alku": 0.0, "koko": 0.0, "loppu": 0.85, "jalkeen": 1.05}
# A four-digit number followed by these is an amount, a count, a code or a decade, not a year.
_NOT_A_YEAR_AFTER = re.compile(
    r"\s?\d{3}(?!\d)|/|\s*(?:€|e\b|eur|euro|mk\b|kpl|henk|hlö|asuk|%|prosent|tuntia|htv|h\b|-?lu[kv]u)",
    re.IGNORECASE,
)


# --- Calendar helpers ----------------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> date | None:
    """A date, or None for an impossible one such as 31.2."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int, keep_month_end: bool = False) -> date:
    """The same day `months` later, clipped to the month's length; with `keep_month_end` a month's
    last day goes to the last day of the later month (28.2. + 3 months = 31.5.)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month + 1)[1]
    if keep_month_end and day.day == calendar.monthrange(day.year, day.month)[1]:
        return date(year, month + 1, last)
    return date(year, month + 1, min(day.day, last))


def _months(year1: int, month1: int, year2: int, month2: int) -> Interval | None:
    """From the first day of month1/year1 to the last day of month2/year2."""
    if not (1 <= month1 <= 12 and 1 <= month2 <= 12):
        return None
    return Interval(start=date(year1, month1, 1), end=date(year2, month2, calendar.monthrange(year2, month2)[1]))


def _end_year(first: int, text: str | None) -> int:
    """The closing year of a range: "2027", or "27" read in the century of the first year."""
    if text is None:
        return first
    return int(text) if len(text) == 4 else first // 100 * 100 + int(text)


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[text.lower()]


# --- Readers: one per pattern, each turning a match into an interval (or None to reject it) -----


def _read_named_date(m: re.Match[str]) -> Interval | None:
    """A date written with the month's name: "15. kesäkuuta 2026"."""
    day = _day(int(m["y2"]), _MONTHS[m["mname"].lower()], int(m["d2"]))
    return Interval(start=day, end=day) if day else None


def _read_dates(m: re.Match[str]) -> Interval | None:
    """Dates and ranges: "1.1.2018", "1.1.2018–30.4.2020", "1.3.–31.12.2025", "1.–15.3.2025", ISO forms."""
    end = _day(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    if m["d1"] is None or end is None:
        return Interval(start=end, end=end) if end else None
    start = _day(int(m["y1"] or end.year), int(m["m1"] or end.month), int(m["d1"]))
    if start is not None and m["y1"] is None and start > end:  # "1.12.–31.1.2026" starts the year before
        start = _day(start.year - 1, start.month, start.day)
    return Interval(start=start, end=end) if start else None


def _read_months(m: re.Match[str]) -> Interval | None:
    """Months: "maaliskuussa 2025", "kesä-elokuussa 2019", "3/2025", "10–12/2025"."""
    month2, year2 = _month_number(m["m2"]), int(m["y2"])
    if m["m1"] is None:
        return _months(year2, month2, year2, month2)
    month1 = _month_number(m["m1"])
    year1 = int(m["y1"]) if m["y1"] else year2 if month1 <= month2 else year2 - 1
    return _months(year1, month1, year2, month2)


def _read_season(m: re.Match[str]) -> Interval | None:
    """Seasons: "syksyllä 2018", "alkusyksystä 2018", "talvella 2025–2026" (Dec 2025–Feb 2026)."""
    first, last = _SEASONS[m["season"][:3].lower()]
    year1 = int(m["y1"])
    year2 = _end_year(year1, m["y2"])
    if first == 1 and m["y2"]:
        first = 12
    part = (m["part"] or "").lower()
    if part == "alku":
        last, year2 = first, year1
    elif part == "loppu":
        first, year1 = last, year2
    return _months(year1, first, year2, last)


def _read_season_span(m: re.Match[str]) -> Interval | None:
    """From one season to another: "syksy 2025 – kevät 2027", "kevät–kesä 2027". The span is one
    time, from the first season's start to the second's end; a winter that opens a span ending in
    a later year begins in December of its own year ("talvi 2025 – kevät 2027")."""
    year2 = int(m["y2"])
    year1 = int(m["y1"]) if m["y1"] else year2
    first = _SEASONS[m["s1"][:3].lower()][0]
    last = _SEASONS[m["s2"][:3].lower()][1]
    if first == 1 and year1 < year2:
        first = 12
    return _months(year1, first, year2, last)


def _read_term(m: re.Match[str]) -> Interval | None:
    """School and club terms: "syyslukukaudella 2026" (Aug–Dec), "kevätkaudella 2027" (Jan–May)."""
    first, last = (8, 12) if m["term"].lower().startswith("syys") else (1, 5)
    year = int(m["y1"])
    return _months(year, first, year, last)


def _read_years(m: re.Match[str]) -> Interval | None:
    """Years: "2025", "vuosina 2025–2027", "v. 2018-20"; not amounts, codes or diary numbers."""
    text = m.string
    if m["prefix"] is None and re.search(r"[\w/.,\-–]$|\d\s$", text[max(0, m.start() - 2) : m.start()]):
        return None
    if _NOT_A_YEAR_AFTER.match(text, m.end()):
        return None
    year1 = int(m["y1"])
    year2 = _end_year(year1, m["y2"])
    return _months(year1, 1, year2, 12) if year2 >= year1 else None


def _read_year_part(m: re.Match[str]) -> Interval | None:
    """Parts of a year: "alkuvuodesta 2020", "loppuvuoteen 2019", "vuoden 2019 loppupuolella"."""
    first, last = _YEAR_PARTS["alku" if m["part"].lower().startswith("al") else "loppu"]
    year = int(m["y1"])
    return _months(year, first, year, last)


def _read_quarter(m: re.Match[str]) -> Interval | None:
    """Quarters and half-years: "Q3/2025", "2025/Q3", "H1/2026", "Q1–Q2 2026", or "Q3" of the project."""
    kind, size = ("q", 3) if m["kind"].lower() == "q" else ("h", 6)
    first = int(m["n"])
    last = int(m.groupdict().get("n2") or first)
    if kind == "h" and (last > 2 or m["y"] is None):  # a bare "H1" is too ambiguous to read
        return None
    if m["y"] is None:
        return Interval(anchor=f"{kind}{first}")
    year = int(m["y"])
    return _months(year, (first - 1) * size + 1, year, last * size)


def _read_ordinal_part(m: re.Match[str]) -> Interval | None:
    """Quarters in words: "3. vuosineljännes 2025", "toisella vuosipuoliskolla 2025", "1. neljännes"."""
    word = m["ord"].lower()
    n = int(word[0]) if word[0].isdigit() else _ORDINALS[word[:3]]
    kind, size = ("q", 3) if m["quarter"] else ("h", 6)
    if kind == "h" and n > 2:
        return None
    year = m["y0"] or m["y"]
    if year is None:
        return Interval(anchor=f"{kind}{n}")
    return _months(int(year), (n - 1) * size + 1, int(year), n * size)


def _anchor_reader(anchor: str) -> Reader:
    def read(_: re.Match[str]) -> Interval:
        return Interval(anchor=anchor)

    return read


_FIN_DATE = r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>" + _Y + ")"
_ISO_DATE = r"(?P<y2>" + _Y + r")-(?P<m2>\d\d)-(?P<d2>\d\d)(?!\d)"
_YEARS = rf"(?P<y1>{_Y})(?:{_DASH}(?P<y2>{_Y_END}))?"
# Every pattern with its reader; where two matches overlap, the longer wins (then the earlier here).
_PATTERNS: list[tuple[str, Reader]] = [
    # 1.1.2018 | 1.1.2018–30.4.2020 | 1.3.–31.12.2025 | 1.–15.3.2025 | 19.10-31.10.2018
    (rf"(?<![\d.])(?:(?P<d1>\d{{1,2}})\.(?:(?P<m1>\d{{1,2}})\.?(?P<y1>{_Y})?)?{_DASH})?{_FIN_DATE}", _read_dates),
    # 15. kesäkuuta 2026 | 1. maaliskuuta 2025 (a date with the month's name)
    (rf"(?<![\d.])(?P<d2>\d{{1,2}})\.\s*(?P<mname>{_MONTH})kuuta\s+(?P<y2>{_Y})", _read_named_date),
    # 2025-03-01 | 2025-03-01–2025-04-30
    (rf"(?<![\d./])(?:(?P<y1>{_Y})-(?P<m1>\d\d)-(?P<d1>\d\d){_DASH})?{_ISO_DATE}", _read_dates),
    # maaliskuussa 2025 | kesä-elokuussa 2019 | joulukuu 2025 – helmikuu 2026
    (
        rf"(?<!\w)(?:(?P<m1>{_MONTH}){_KUU}?(?:\s+(?P<y1>{_Y}))?{_DASH})?"
        rf"(?P<m2>{_MONTH}){_KUU}{_IN_YEAR}(?P<y2>{_Y})",
        _read_months,
    ),
    # 3/2025 | 10–12/2025
    (
        rf"(?<![\d/.])(?:(?P<m1>\d{{1,2}})(?:/(?P<y1>{_Y}))?{_DASH})?(?P<m2>\d{{1,2}})/(?P<y2>{_Y})(?![\d/])",
        _read_months,
    ),
    # syksyllä 2018 | alkusyksystä 2018 | talvella 2025–2026
    (rf"(?<!\w)(?P<part>alku|loppu)?(?P<season>{_SEASON}){_IN_YEAR}{_YEARS}", _read_season),
    # syksy 2025 – kevät 2027 | kevät–kesä 2027
    (rf"(?<!\w)(?P<s1>{_SEASON})(?:\s+(?P<y1>{_Y}))?{_DASH}(?P<s2>{_SEASON}){_IN_YEAR}(?P<y2>{_Y})", _read_season_span),
    # syyslukukaudella 2026 | kevätkaudella 2027
    (
        r"(?<!\w)(?P<term>syys|kevät)(?:luku)?kau(?:si|den|della|delle|delta|desta|teen|tta|tena)"
        rf"{_IN_YEAR}(?P<y1>{_Y})",
        _read_term,
    ),
    # 2025 | vuonna 2025 | vuosina 2025–2027 | v. 2018-2020 | kaudella 2018-2020
    (rf"(?:(?<!\w)(?P<prefix>{_YEAR_PREFIX}))?{_YEARS}", _read_years),
    # alkuvuodesta 2020 | loppuvuoteen 2019
    (
        r"(?<!\w)(?P<part>alku|loppu)vuo(?:si|nna|desta|teen|den|delle|della|tta|tena)\s+"
        rf"(?:vuonna\s+)?(?P<y1>{_Y})",
        _read_year_part,
    ),
    # vuoden 2019 lopussa | vuoden 2026 alussa | vuoden 2019 loppupuolella
    (
        rf"(?<!\w)vuo(?:den|nna)\s+(?P<y1>{_Y})\s+"
        r"(?P<part>al(?:ussa|usta|kuun|kupuol\w*)|lo(?:pussa|pusta|ppuun|ppupuol\w*))",
        _read_year_part,
    ),
    # Q3/2025 | Q3 2025 | Q1–Q2 2026 | H1/2026 | Q3 (of the project)
    (
        rf"(?<!\w)(?P<kind>[QH])(?P<n>[1-4])(?:{_DASH}(?P=kind)?(?P<n2>[1-4])(?!\d))?"
        rf"(?:\s*[/-]?\s*(?P<y>{_Y}))?(?!\w)",
        _read_quarter,
    ),
    # 2025/Q3
    (rf"(?<![\w/.])(?P<y>{_Y})\s*[/-]?\s*(?P<kind>[QH])(?P<n>[1-4])(?!\w)", _read_quarter),
    # 3. vuosineljännes 2025 | toisella vuosipuoliskolla 2025 | ensimmäisellä puolivuotiskaudella
    (
        rf"(?<![\w.])(?:vuoden\s+(?P<y0>{_Y})\s+)?(?P<ord>{_ORDINAL})\s+"
        rf"(?:(?P<quarter>{_QUARTER_NOUN})|{_HALF_NOUN})(?:{_IN_YEAR}(?P<y>{_Y}))?",
        _read_ordinal_part,
    ),
    # jo hakuvaiheessa | hankkeen alussa | koko hankkeen ajan | loppuvaiheessa | hankkeen päätyttyä
    *((r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", _anchor_reader(a)) for a, forms in _ANCHORS.items()),
]
_COMPILED: list[tuple[re.Pattern[str], Reader]] = [(re.compile(p, re.IGNORECASE), r) for p, r in _PATTERNS]
# Readers whose patterns all contain a digit that must match (a day, a month, a year or Q1–Q4).
_READERS_OF_DIGITS = frozenset(
    {_read_dates, _read_named_date, _read_months, _read_season, _read_season_span, _read_term, _read_years, _read_year_part, _read_quarter}
)


@lru_cache(maxsize=20_000)  # several extractors read the same sentence
def _find_cached(text: str) -> tuple[TimeExpression, ...]:
    return tuple(_find(text))


def find_time_expressions(text: str) -> list[TimeExpression]:
    """All time expressions in a text, in order, non-overlapping (longest match wins)."""
    return list(_find_cached(text))


def _find(text: str) -> list[TimeExpression]:
    """The scan behind `find_time_expressions`: every pattern, overlaps resolved."""
    found: list[tuple[int, int, int, Interval]] = []
    digits = any(ch.isdigit() for ch in text)
    for order, (pattern, read) in enumerate(_COMPILED):
        if not digits and read in _READERS_OF_DIGITS:
            continue  # most sentences have no number: their patterns cannot match
        for m in pattern.finditer(text):
            interval = read(m)
            if interval is not None:
                found.append((m.start(), m.end(), order, interval))
    found.sort(key=lambda f: (f[0] - f[1], f[0], f[2]))
    taken: list[tuple[int, int, Interval]] = []
    for start, end, _, interval in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, interval))
    return [TimeExpression(text[s:e], s, e, interval) for s, e, interval in sorted(taken, key=lambda t: t[0])]


# --- The project period --------------------------------------------------------------------------

# Words that name the project's own time outright (a grant's "käyttöaika" is its project's); the
# project itself, right before its dates
# ("STEA-rahoitteinen hanke 1.1.2023–31.12.2025"); and words that do so only about the project.
_PERIOD_WORDS = re.compile(
    # the time an application applies for ("Hankeavustus, haettu ajalle …") is the project's too
    r"(?<!\w)(?:(?P<strong>(?:hanke|projekti|toiminta-?|toteutus|käyttö|avustus)(?:aika(?!taulu)|aja|kau)\w*"
    # the same in two words, the project's genitive and its time ("Hankkeen aika on …")
    r"|(?:hankkeen|projektin)\s+(?:aika|ajan|ajalle|ajalla|kesto|kausi)(?!\w)"
    r"|ha(?:ettu|etaan|emme|ettava)\s+(?:ajalle|vuosille))"
    r"|(?P<noun>(?<![\w-])[\w-]*(?:hanke|projekti))"  # (?<![\w-]): one try per word, linear
    # the doers named: "Lukio ja opisto toteuttavat hankkeen …", "Toteutamme hankkeen …"
    r"|toteut(?:etaan|ettiin|uu|us|uks\w*|taa|tavat|amme)|kest(?:o|on|ää|i)|ajalla|ajalle|ajanjakso\w*|aikavälillä"
    r"|vuosina|vuosille)(?!\w)",
    re.IGNORECASE,
)
# "Toiminta" on its own is the funded activity itself in STEA's terms ("Toiminta kestää vuodet 2025–2027").
_PROJECT_WORD = re.compile(r"(?<!\w)(?:\w*(?:hanke|hankkee\w*|hanketta|hankkei\w*|projekt\w*)|toiminta|toiminnan|toimintaa)(?!\w)", re.IGNORECASE)
# Between a period word and the dates, these make the dates someone else's (a programme, a strategy).
_NOT_PROJECT = re.compile(r"ohjelm|strategi|rahoituskau|valtuustokau|tilast", re.IGNORECASE)
_START_MARK = re.compile(r"(?<!\w)(?:alka(?:a|vat|en)|alkoi|käynnisty\w*|aloite\w*)(?!\w)", re.IGNORECASE)
_END_MARK = re.compile(r"(?<!\w)(?:päätty\w*|päättää|loppuu|loppuvat)(?!\w)", re.IGNORECASE)
_FROM = re.compile(r"\s*alkaen(?!\w)", re.IGNORECASE)
_UNTIL = re.compile(r"\s*(?:asti|saakka)(?!\w)", re.IGNORECASE)
_DURATION = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})\s*(?P<unit>kk|kuuk\.|kuukau\w*|vuo(?:tta|den|si|deksi)|v\.)(?!\w)", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
_MAX_WORDS_BETWEEN = 5  # "Hanke toteutetaan yhteistyössä X:n kanssa 1.1.2025–…" still speaks of the project
# A part of the project's time between the period word and the dates: "Loppuseminaari toteutetaan
# hankkeen viimeisellä neljänneksellä loka–joulukuussa 2027" dates that part, not the project.
_PART_OF_PROJECT = re.compile(
    r"(?<!\w)(?:hankkeen|projektin|toiminnan)\s+(?:\w+\s+)?"
    r"(?:neljännek\w*|neljännes|puolisko\w*|puoliv[äa]li\w*|vaihee\w*|vaihe|loppu\w*|alku\w*|lopussa|alussa"
    r"|viimei\w*|ensimmäi\w*|toise\w*|toisena|kolma\w*|vuonna|vuotena|vuode\w*|kuukaude\w*|kuukautena|syksyllä|keväällä)(?!\w)",
    re.IGNORECASE,
)
_MAX_WORDS_AFTER_LABEL = 2
_LABEL = re.compile(r"\W*(?:\w+\s*:\s*)?")


def _about_project(text: str, signal: int, end: int) -> bool:
    """Whether a sentence speaks of the project: it names it, or it is a bare label that opens with
    the signal ("Kesto 18 kk (1.1.2025 alkaen)", "Aikataulu: vuosina 2025–2027") as a schedule
    table's cell is; "Koulutus kestää …" and "Vuosina 2023–2024 valmentajat …" are not."""
    if _PROJECT_WORD.search(text):
        return True
    return bool(_LABEL.fullmatch(text, 0, signal)) and len(_WORD.findall(text, end)) <= _MAX_WORDS_AFTER_LABEL


def _start_signal(text: str, expr: TimeExpression) -> int | None:
    """Where a start is marked for an expression: "alkaa 1.2.2025", "alkaen 1.2.2025", "1.2.2025 alkaen"."""
    window = max(0, expr.start_char - 30)
    marks = list(_START_MARK.finditer(text, window, expr.start_char))
    mark = marks[-1] if marks else None  # the mark nearest the expression
    if mark is not None:
        return mark.start()
    return expr.start_char if _FROM.match(text, expr.end_char) else None


def _is_span(expr: TimeExpression) -> bool:
    """A period is stated from one end to the other ("1.3.2025–28.2.2027", "2025–2027") or as whole
    years ("vuonna 2025"); a lone season or month is an activity's time, not the project's."""
    start, end = expr.interval.start, expr.interval.end
    assert start is not None and end is not None
    return bool(re.search(_DASH, expr.text)) or ((start.month, start.day, end.month, end.day) == (1, 1, 12, 31))


def _started_and_ended(text: str, exprs: list[TimeExpression]) -> Interval | None:
    """Start and end marked: "Hanke alkaa 1.2.2025 ja päättyy 31.1.2027", "1.1.2025 alkaen 31.12.2026 asti"."""
    for i, first in enumerate(exprs):
        signal = _start_signal(text, first)
        if signal is None:
            continue
        for last in exprs[i + 1 :]:
            marked = _END_MARK.search(text, first.end_char, last.start_char) or _UNTIL.match(text, last.end_char)
            if marked and _about_project(text, signal, last.end_char):
                return Interval(start=first.interval.start, end=last.interval.end)
    return None


def _named_period(text: str, exprs: list[TimeExpression]) -> Interval | None:
    """A span of time after a period word: "toiminta-aika on …", "Hanke toteutetaan …", "vuosina …"."""
    for expr in exprs:
        if not _is_span(expr):
            continue
        words = list(_PERIOD_WORDS.finditer(text, 0, expr.end_char))
        if not words:
            continue
        word = words[-1]
        between = len(_WORD.findall(text, word.end(), expr.start_char))
        if between > (0 if word["noun"] else _MAX_WORDS_BETWEEN):
            continue
        if _NOT_PROJECT.search(text, word.end(), expr.end_char):
            continue
        if not word["strong"] and not word["noun"] and _PART_OF_PROJECT.search(text, word.end(), expr.start_char):
            continue  # "… toteutetaan hankkeen viimeisellä neljänneksellä …": a part's time, not the project's
        if word["strong"] or word["noun"] or _about_project(text, word.start(), expr.end_char):
            return expr.interval
    return None


def _lasting_period(text: str, exprs: list[TimeExpression]) -> Interval | None:
    """A start and a length: "24 kuukautta alkaen 1.3.2025", "kesto 18 kk (1.1.2025 alkaen)"."""
    duration = _DURATION.search(text)
    if duration is None:
        return None
    months = int(duration["n"]) * (12 if duration["unit"].lower().startswith("v") else 1)
    first_word = _PERIOD_WORDS.search(text)
    opening = min(duration.start(), first_word.start() if first_word else len(text))
    for expr in exprs:
        signal = _start_signal(text, expr)
        about = signal is not None and _about_project(text, min(signal, opening), max(expr.end_char, duration.end()))
        if about and expr.interval.start:
            return Interval(start=expr.interval.start, end=add_months(expr.interval.start, months) - timedelta(days=1))
    return None


# A form's date format shown in its field label ("Toteutusaika (pp.kk.vvvv–pp.kk.vvvv)", "kk/vvvv"):
# it tells how to write the date, it says nothing of the time and is not a word between label and date.
_MASK_PART = r"(?:pp|dd|kk|mm|vvvv|vv|yyyy|yy)"
_FORMAT_MASK = re.compile(
    rf"\(?(?<!\w){_MASK_PART}(?:[./]{_MASK_PART})+(?:{_DASH}{_MASK_PART}(?:[./]{_MASK_PART})+)?(?!\w)\)?", re.IGNORECASE
)


def find_project_period(text: str, name: str | None = None) -> Interval | None:
    """A project period stated in a sentence, or None.

    Only when the words around the dates speak of the project's own time (toiminta-aika, hankeaika,
    toteutetaan, kesto, alkaa…päättyy, vuosina…) or the project, called by its own `name`, runs
    over them (`_name_runs`); a document's date or a funding programme's years are not a period. A
    period that ends before it starts is returned as it stands, for the rules. A date format in the
    label (`_FORMAT_MASK`) is blanked out, keeping every other character where it is.
    """
    text = _FORMAT_MASK.sub(lambda mask: " " * len(mask[0]), text)
    exprs = [e for e in find_time_expressions(text) if e.interval.start and e.interval.end]
    found = (
        _started_and_ended(text, exprs) or _named_period(text, exprs) or _lasting_period(text, exprs) or _name_runs(text, exprs, name)
        or _labelled_period(text, exprs)
    )
    return _exact_dates(text, found, exprs) if found else None


# A verb of running with its dates straight after it: "… toimii 1.3.2026–28.2.2029".
_RUNS = re.compile(r"\s+(?:toimii|toimivat|pyörii|on\s+käynnissä)\s+", re.IGNORECASE)


# The project word as the subject of the running verb, alone or ending its name ("Hanke toimii …",
# "Iltatupa-hanke toimii …", "Iltatupa -projekti on käynnissä …").
_PROJECT_RUNS = re.compile(r"(?<![\w-])[\w-]*(?:hanke|projekti)(?!\w)", re.IGNORECASE)


def _name_runs(text: str, exprs: list[TimeExpression], name: str | None) -> Interval | None:
    """The project called by its own name (the title's, "Iltatupa – …") or by its project word
    ("Hanke", "Iltatupa-hanke", "Iltatupa -hanke") that runs over a span from one date to another:
    "Iltatupa toimii 1.3.2026–28.2.2029" and "Iltatupa -hanke toimii …" state the project's time as
    "Hanke toteutetaan …" does. The dates must follow the verb at once and be exact days: an
    activity's season or a programme's years are not so written of the project, and "Kerho toimii
    …" is another thing's time."""
    named = re.finditer(rf"(?<!\w){re.escape(name)}\w*", text, re.IGNORECASE) if name else ()
    for found in (*named, *_PROJECT_RUNS.finditer(text)):
        runs = _RUNS.match(text, found.end())
        after = next((e for e in exprs if runs and e.start_char == runs.end()), None)
        if after is not None and _EXACT_SPAN.fullmatch(after.text.strip()):
            return after.interval
    return None


# A line labelled as the project that names it and ends in its dates: "Hanke: Kylätalo kuntoon (1.1.2026–31.12.2027)".
_PROJECT_LABEL = re.compile(r"\W*(?:hanke|projekti|hankkeen nimi|projektin nimi)\s*:\s*[^.:;!?]{1,120}?[(,–—-]\s*$", re.IGNORECASE)


def _labelled_period(text: str, exprs: list[TimeExpression]) -> Interval | None:
    """A line that labels the project and closes with its exact dates, in brackets or after a
    comma or dash, names the project's own time: the label says whose the dates are."""
    if not exprs:
        return None
    last = exprs[-1]
    rest = text[last.end_char :].strip()
    if rest not in ("", ")", ")."):
        return None
    if not _EXACT_SPAN.fullmatch(last.text.strip()) or not _PROJECT_LABEL.fullmatch(text, 0, last.start_char):
        return None
    return last.interval


_EXACT_SPAN = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4})?\s*[–—-]\s*\d{1,2}\.\d{1,2}\.\d{4}")


def _exact_dates(text: str, found: Interval, exprs: list[TimeExpression]) -> Interval:
    """Years or school years with the exact dates beside them in brackets ("lukuvuodet 2026–2027
    ja 2027–2028 (1.8.2026–31.7.2028)", "vuodet 2025–2027 (1.3.2025–28.2.2027)"): the dates decide."""
    for expr in exprs:
        start = expr.interval.start
        bracketed = text[: expr.start_char].rstrip().endswith("(")
        if bracketed and _EXACT_SPAN.fullmatch(expr.text.strip()) and found.start and start and start.year == found.start.year:
            return expr.interval
    return found


def relative_position(interval: Interval, period: Interval) -> float | None:
    """Where an interval starts on the project timeline: 0.0 = project start, 1.0 = end.

    Negative is before the project (the application stage), above 1 after it. Anchors have fixed
    places; a project quarter or half-year ("q2", "h2") is placed by the period's length.
    """
    if interval.start is None and interval.anchor in _ANCHOR_POSITIONS:
        return _ANCHOR_POSITIONS[interval.anchor]
    if period.start is None or period.end is None or period.end <= period.start:
        return None
    when = interval.start
    part = re.fullmatch(r"([qh])([1-4])", interval.anchor or "")
    if when is None and part is not None:
        when = add_months(period.start, (int(part[2]) - 1) * (3 if part[1] == "q" else 6))
    if when is None:
        return None
    return (when - period.start).days / (period.end - period.start).days
