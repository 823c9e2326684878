"""Finnish time expressions: dates, months, seasons, years, quarters, project anchors, the period."""

from __future__ import annotations

from datetime import date

import pytest

from suunnitelmatarkastin.models import Interval
from suunnitelmatarkastin.understand.timeexpr import (
    find_project_period,
    find_time_expressions,
    relative_position,
)

D = date

# (text, the one expression's surface, first day, last day)
DATED = [
    ("Raportti on laadittu 15. kesäkuuta 2026.", "15. kesäkuuta 2026", date(2026, 6, 15), date(2026, 6, 15)),
    ("Päiväys: 3. maaliskuuta 2025", "3. maaliskuuta 2025", date(2025, 3, 3), date(2025, 3, 3)),
    # dates and date ranges
    ("Seminaari pidetään 1.1.2018.", "1.1.2018", D(2018, 1, 1), D(2018, 1, 1)),
    ("1.1.2018–30.4.2020", "1.1.2018–30.4.2020", D(2018, 1, 1), D(2020, 4, 30)),
    ("välillä 1.1.2018 – 30.4.2020 toimitaan", "1.1.2018 – 30.4.2020", D(2018, 1, 1), D(2020, 4, 30)),
    ("ajalla 1.1.2018 - 30.4.2020", "1.1.2018 - 30.4.2020", D(2018, 1, 1), D(2020, 4, 30)),
    ("Kurssi 1.3.–31.12.2025", "1.3.–31.12.2025", D(2025, 3, 1), D(2025, 12, 31)),
    ("Kurssi 1.–15.3.2025", "1.–15.3.2025", D(2025, 3, 1), D(2025, 3, 15)),
    ("Kysely 19.10-31.10.2018", "19.10-31.10.2018", D(2018, 10, 19), D(2018, 10, 31)),
    ("Talvijakso 1.12.–31.1.2026", "1.12.–31.1.2026", D(2025, 12, 1), D(2026, 1, 31)),
    ("ISO 2025-03-01 alkaen", "2025-03-01", D(2025, 3, 1), D(2025, 3, 1)),
    ("2025-03-01–2025-04-30", "2025-03-01–2025-04-30", D(2025, 3, 1), D(2025, 4, 30)),
    # months
    ("Aloitamme maaliskuussa 2025.", "maaliskuussa 2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("Maaliskuu 2025: kick-off", "Maaliskuu 2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("maaliskuun 2025 aikana", "maaliskuun 2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("syyskuussa vuonna 2024", "syyskuussa vuonna 2024", D(2024, 9, 1), D(2024, 9, 30)),
    ("Kesäkuussa 2018 pidetään", "Kesäkuussa 2018", D(2018, 6, 1), D(2018, 6, 30)),
    ("kesä-elokuussa 2019", "kesä-elokuussa 2019", D(2019, 6, 1), D(2019, 8, 31)),
    ("tammi–helmikuussa 2026", "tammi–helmikuussa 2026", D(2026, 1, 1), D(2026, 2, 28)),
    ("marras–tammikuussa 2026", "marras–tammikuussa 2026", D(2025, 11, 1), D(2026, 1, 31)),
    ("Kysely 3/2025.", "3/2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("Kysely 03/2025.", "03/2025", D(2025, 3, 1), D(2025, 3, 31)),
    ("Pilotti 10–12/2025.", "10–12/2025", D(2025, 10, 1), D(2025, 12, 31)),
    # seasons
    ("kevät 2019", "kevät 2019", D(2019, 3, 1), D(2019, 5, 31)),
    ("Keväällä 2019 kerätään", "Keväällä 2019", D(2019, 3, 1), D(2019, 5, 31)),
    ("kevään 2020 aikana", "kevään 2020", D(2020, 3, 1), D(2020, 5, 31)),
    ("keväästä 2021 alkaen", "keväästä 2021", D(2021, 3, 1), D(2021, 5, 31)),
    ("kevääseen 2022 mennessä", "kevääseen 2022", D(2022, 3, 1), D(2022, 5, 31)),
    ("keväälle 2023", "keväälle 2023", D(2023, 3, 1), D(2023, 5, 31)),
    ("kesällä 2018", "kesällä 2018", D(2018, 6, 1), D(2018, 8, 31)),
    ("kesän 2019 aikana", "kesän 2019", D(2019, 6, 1), D(2019, 8, 31)),
    ("Syksyllä 2018 koulutetaan", "Syksyllä 2018", D(2018, 9, 1), D(2018, 11, 30)),
    ("syksyn 2019 aikana", "syksyn 2019", D(2019, 9, 1), D(2019, 11, 30)),
    ("syksystä 2020 alkaen", "syksystä 2020", D(2020, 9, 1), D(2020, 11, 30)),
    ("syksyyn 2021 mennessä", "syksyyn 2021", D(2021, 9, 1), D(2021, 11, 30)),
    ("talvella 2025", "talvella 2025", D(2025, 1, 1), D(2025, 2, 28)),
    ("talven 2024 aikana", "talven 2024", D(2024, 1, 1), D(2024, 2, 29)),
    ("talvella 2025–2026", "talvella 2025–2026", D(2025, 12, 1), D(2026, 2, 28)),
    ("alkusyksystä 2018", "alkusyksystä 2018", D(2018, 9, 1), D(2018, 9, 30)),
    ("loppukeväästä 2019", "loppukeväästä 2019", D(2019, 5, 1), D(2019, 5, 31)),
    ("loppusyksyllä 2024", "loppusyksyllä 2024", D(2024, 11, 1), D(2024, 11, 30)),
    # years
    ("vuonna 2025", "vuonna 2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("vuoden 2025 aikana", "vuoden 2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("Raportti 2025.", "2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("vuosina 2025–2027", "vuosina 2025–2027", D(2025, 1, 1), D(2027, 12, 31)),
    ("vuosina 2025–27", "vuosina 2025–27", D(2025, 1, 1), D(2027, 12, 31)),
    ("v. 2018-2020", "v. 2018-2020", D(2018, 1, 1), D(2020, 12, 31)),
    ("kaudella 2018-2020", "kaudella 2018-2020", D(2018, 1, 1), D(2020, 12, 31)),
    ("alkuvuodesta 2020", "alkuvuodesta 2020", D(2020, 1, 1), D(2020, 4, 30)),
    ("loppuvuodesta 2019", "loppuvuodesta 2019", D(2019, 9, 1), D(2019, 12, 31)),
    ("loppuvuoteen 2019 mennessä", "loppuvuoteen 2019", D(2019, 9, 1), D(2019, 12, 31)),
    ("alkuvuonna 2020", "alkuvuonna 2020", D(2020, 1, 1), D(2020, 4, 30)),
    ("vuoden 2019 lopussa", "vuoden 2019 lopussa", D(2019, 9, 1), D(2019, 12, 31)),
    ("vuoden 2026 alussa", "vuoden 2026 alussa", D(2026, 1, 1), D(2026, 4, 30)),
    ("vuoden 2019 loppupuolella", "vuoden 2019 loppupuolella", D(2019, 9, 1), D(2019, 12, 31)),
    # quarters and half-years with a year
    ("Q3/2025", "Q3/2025", D(2025, 7, 1), D(2025, 9, 30)),
    ("Q3 2025", "Q3 2025", D(2025, 7, 1), D(2025, 9, 30)),
    ("2025/Q3", "2025/Q3", D(2025, 7, 1), D(2025, 9, 30)),
    ("Q1–Q2 2026", "Q1–Q2 2026", D(2026, 1, 1), D(2026, 6, 30)),
    ("3. vuosineljännes 2025", "3. vuosineljännes 2025", D(2025, 7, 1), D(2025, 9, 30)),
    ("kolmannella vuosineljänneksellä 2025", "kolmannella vuosineljänneksellä 2025", D(2025, 7, 1), D(2025, 9, 30)),
    ("vuoden 2025 neljännellä neljänneksellä", "vuoden 2025 neljännellä neljänneksellä", D(2025, 10, 1), D(2025, 12, 31)),
    ("toisella vuosipuoliskolla 2025", "toisella vuosipuoliskolla 2025", D(2025, 7, 1), D(2025, 12, 31)),
    ("H1/2026", "H1/2026", D(2026, 1, 1), D(2026, 6, 30)),
]


@pytest.mark.parametrize(("text", "surface", "start", "end"), DATED)
def test_dated_expression(text: str, surface: str, start: date, end: date) -> None:
    [expr] = find_time_expressions(text)
    assert (expr.text, expr.interval.start, expr.interval.end, expr.interval.anchor) == (surface, start, end, None)
    assert text[expr.start_char : expr.end_char] == surface


# (text, the one expression's surface, anchor): relative to the project, so no dates.
ANCHORED = [
    ("Tämä tehdään jo hakuvaiheessa.", "jo hakuvaiheessa", "haku"),
    ("hakuvaiheesta alkaen", "hakuvaiheesta alkaen", "haku"),
    ("hakemusta laadittaessa", "hakemusta laadittaessa", "haku"),
    ("Hankehakemusta tehdessä", "Hankehakemusta tehdessä", "haku"),
    ("hankevalmistelussa", "hankevalmistelussa", "haku"),
    ("valmisteluvaiheessa", "valmisteluvaiheessa", "haku"),
    ("suunnitteluvaiheessa", "suunnitteluvaiheessa", "haku"),
    ("ennen hankkeen alkua", "ennen hankkeen alkua", "haku"),
    ("ideointivaiheessa", "ideointivaiheessa", "haku"),
    ("hankkeen alussa", "hankkeen alussa", "alku"),
    ("Hankkeen alusta alkaen", "Hankkeen alusta alkaen", "alku"),
    ("heti hankkeen käynnistyttyä", "heti hankkeen käynnistyttyä", "alku"),
    ("käynnistysvaiheessa", "käynnistysvaiheessa", "alku"),
    ("aloitusvaiheessa", "aloitusvaiheessa", "alku"),
    ("ensimmäisinä kuukausina", "ensimmäisinä kuukausina", "alku"),
    ("ensimmäisenä toimintavuonna", "ensimmäisenä toimintavuonna", "alku"),
    ("hankkeen ensimmäisen vuoden aikana", "hankkeen ensimmäisen vuoden", "alku"),
    ("koko hankkeen ajan", "koko hankkeen ajan", "koko"),
    ("koko hankeajan", "koko hankeajan", "koko"),
    ("koko projektin ajan", "koko projektin ajan", "koko"),
    ("läpi hankkeen", "läpi hankkeen", "koko"),
    ("jatkuvasti hankkeen aikana", "jatkuvasti hankkeen aikana", "koko"),
    ("loppuvaiheessa", "loppuvaiheessa", "loppu"),
    ("hankkeen lopussa", "hankkeen lopussa", "loppu"),
    ("viimeisenä toimintavuonna", "viimeisenä toimintavuonna", "loppu"),
    ("hankkeen viimeisellä puoliskolla", "hankkeen viimeisellä puoliskolla", "loppu"),
    ("loppukaudella", "loppukaudella", "loppu"),
    ("päättövaiheessa", "päättövaiheessa", "loppu"),
    ("hankkeen päätyttyä", "hankkeen päätyttyä", "jalkeen"),
    ("hankkeen jälkeen", "hankkeen jälkeen", "jalkeen"),
    ("hankkeen päättymisen jälkeen", "hankkeen päättymisen jälkeen", "jalkeen"),
    ("rahoituksen loputtua", "rahoituksen loputtua", "jalkeen"),
    ("Kysely tehdään Q3.", "Q3", "q3"),
    ("1. neljännes", "1. neljännes", "q1"),
    ("ensimmäisellä puolivuotiskaudella", "ensimmäisellä puolivuotiskaudella", "h1"),
    ("hankkeen toisella puoliskolla", "toisella puoliskolla", "h2"),
]


@pytest.mark.parametrize(("text", "surface", "anchor"), ANCHORED)
def test_anchored_expression(text: str, surface: str, anchor: str) -> None:
    [expr] = find_time_expressions(text)
    assert (expr.text, expr.interval.anchor, expr.interval.start, expr.interval.end) == (surface, anchor, None, None)


NOT_TIME = [
    "Päivämäärä xx.xx.20xx",
    "pp.kk.20xx",
    "Kunnassa on 2 264 asukasta.",
    "Budjetti on 2025 euroa.",
    "yhteensä 2025 € ja 2030 e",
    "VM/1260/02.07.00/2018",
    "Dnro 123/2019",
    "Aloitamme maaliskuussa.",
    "syksyllä järjestetään",
    "2020-luvulla",
    "31.2.2025",
    "klo 9.30–11.00",
    "Asiakkaita oli 1850.",
    "H1",
    "koko hankkeen henkilöstö",
]


@pytest.mark.parametrize("text", NOT_TIME)
def test_not_time(text: str) -> None:
    assert find_time_expressions(text) == []


def test_several_in_order_without_overlap() -> None:
    text = "Kyselyt keväällä 2025 ja syksyllä 2025, raportti 31.12.2025 ja jo hakuvaiheessa 1.3.–31.5.2024."
    found = find_time_expressions(text)
    assert [e.text for e in found] == [
        "keväällä 2025",
        "syksyllä 2025",
        "31.12.2025",
        "jo hakuvaiheessa",
        "1.3.–31.5.2024",
    ]
    assert all(a.end_char <= b.start_char for a, b in zip(found, found[1:], strict=False))


PERIODS = [
    ("Hankkeen toiminta-aika on 1.1.2018-30.4.2020.", D(2018, 1, 1), D(2020, 4, 30)),
    ("Hanke toteutetaan 1.3.2025–28.2.2027.", D(2025, 3, 1), D(2027, 2, 28)),
    ("hankeaika: 1.9.2024–31.8.2026", D(2024, 9, 1), D(2026, 8, 31)),
    ("Hanke toteutetaan vuosina 2025–2027.", D(2025, 1, 1), D(2027, 12, 31)),
    ("vuosina 2025–2027", D(2025, 1, 1), D(2027, 12, 31)),
    ("24 kuukautta alkaen 1.3.2025", D(2025, 3, 1), D(2027, 2, 28)),
    ("kesto 18 kk (1.1.2025 alkaen)", D(2025, 1, 1), D(2026, 6, 30)),
    ("Hankkeen kesto on 2 vuotta alkaen 1.9.2025.", D(2025, 9, 1), D(2027, 8, 31)),
    ("Hanke alkaa 1.2.2025 ja päättyy 31.1.2027.", D(2025, 2, 1), D(2027, 1, 31)),
    ("Hanke alkaa maaliskuussa 2025 ja päättyy helmikuussa 2027.", D(2025, 3, 1), D(2027, 2, 28)),
    ("Hanke toteutetaan 1.1.2025 alkaen 31.12.2026 asti.", D(2025, 1, 1), D(2026, 12, 31)),
    ("Projekti toteutetaan ajalla 1.1.2018 - 30.4.2020", D(2018, 1, 1), D(2020, 4, 30)),
    ("Hankkeen toteutusaika on 1.3.–31.12.2025.", D(2025, 3, 1), D(2025, 12, 31)),
    ("Omaishoitajat Satakunta ry | STEA-rahoitteinen hanke 1.1.2023–31.12.2025", D(2023, 1, 1), D(2025, 12, 31)),
    ("Aikataulu: vuosina 2025–2027", D(2025, 1, 1), D(2027, 12, 31)),
    ("Hanke toteutetaan yhteistyössä Kajaanin ammattikorkeakoulun kanssa 1.1.2025–31.12.2026.", D(2025, 1, 1), D(2026, 12, 31)),
    ("Rahoitusohjelma 2021–2027 rahoittaa hanketta, joka toteutetaan 1.1.2025–31.12.2026.", D(2025, 1, 1), D(2026, 12, 31)),
    # a period that ends before it starts is kept as stated, for aikataulu.ristiriita
    ("Hanke toteutetaan 1.1.2020–31.12.2018.", D(2020, 1, 1), D(2018, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "start", "end"), PERIODS)
def test_project_period(sentence: str, start: date, end: date) -> None:
    assert find_project_period(sentence) == Interval(start=start, end=end)


NOT_PERIODS = [
    "Laadittu 12.5.2025",
    "rahoitusohjelma 2021–2027",
    "Hanke toteutetaan osana rahoitusohjelmaa 2021–2027.",
    "Hanke toteutetaan ohjelmakaudella 2021–2027.",
    "Hanke toteutetaan osana maakuntastrategiaa 2022–2025.",
    "Hankkeen toiminta-aika tarkentuu, kun rahoittajan päätös saadaan ja väestötiedot 2015–2020 on koottu.",
    "Työttömyys kasvoi vuosina 2015–2020.",
    "Vuosina 2023–2024 työhönvalmentajat tapasivat asiakkaita viikoittain.",
    "Koulutukset toteutetaan 1.3.–31.5.2025.",
    "Koulutus kestää 3 kk alkaen 1.3.2025.",
    "Hanke järjestää seminaarin 1.–15.3.2025.",
    "Hankkeen kesto on 24 kuukautta.",
    "Hankkeen budjetti on 2025 euroa.",
    "Hankekauden aikana järjestetään seminaari keväällä 2025.",
    "Toteutusaikataulu: kevät 2025",
    "Hanke toteutetaan koko hankeajan.",
]


@pytest.mark.parametrize("sentence", NOT_PERIODS)
def test_not_a_project_period(sentence: str) -> None:
    assert find_project_period(sentence) is None


PERIOD = Interval(start=D(2025, 1, 1), end=D(2026, 12, 31))  # 729 days from start to end

POSITIONS = [
    (Interval(anchor="haku"), -0.1),
    (Interval(anchor="alku"), 0.0),
    (Interval(anchor="koko"), 0.0),
    (Interval(anchor="loppu"), 0.85),
    (Interval(anchor="jalkeen"), 1.05),
    (Interval(start=D(2025, 1, 1), end=D(2025, 3, 31)), 0.0),
    (Interval(start=D(2026, 12, 31), end=D(2026, 12, 31)), 1.0),
    (Interval(start=D(2026, 1, 1), end=D(2026, 3, 31)), 365 / 729),
    (Interval(start=D(2024, 9, 1), end=D(2024, 11, 30)), -122 / 729),
    (Interval(start=D(2027, 3, 1), end=D(2027, 5, 31)), 789 / 729),
    (Interval(anchor="q1"), 0.0),
    (Interval(anchor="q2"), 90 / 729),
    (Interval(anchor="h2"), 181 / 729),
]


@pytest.mark.parametrize(("interval", "position"), POSITIONS)
def test_relative_position(interval: Interval, position: float) -> None:
    assert relative_position(interval, PERIOD) == pytest.approx(position)


@pytest.mark.parametrize(
    ("interval", "period"),
    [
        (Interval(), PERIOD),
        (Interval(anchor="q2"), Interval(start=D(2025, 1, 1))),
        (Interval(start=D(2025, 5, 1), end=D(2025, 5, 31)), Interval(end=D(2026, 12, 31))),
        (Interval(start=D(2025, 5, 1), end=D(2025, 5, 31)), Interval(start=D(2026, 1, 1), end=D(2025, 1, 1))),
    ],
)
def test_relative_position_unknowable(interval: Interval, period: Interval) -> None:
    assert relative_position(interval, period) is None


def test_position_of_a_read_expression() -> None:
    """End to end: an early anchor and a first-quarter date both read as early in the project."""
    period = find_project_period("Hanke toteutetaan 1.1.2025–31.12.2026.")
    assert period is not None
    early = [relative_position(e.interval, period) for e in find_time_expressions("jo hakuvaiheessa ja Q1/2025")]
    assert early == [-0.1, 0.0]
