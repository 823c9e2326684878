"""Goals and their links to activities and evaluation methods, from tables, lists, references and prose."""

from __future__ import annotations

from suunnitelmatarkastin.read import read_document
from suunnitelmatarkastin.read.builder import DocumentBuilder
from suunnitelmatarkastin.read.text_reader import read_text
from suunnitelmatarkastin.understand import read_facts

from .conftest import OSMO


def goals_of(text: str, doc_type: str = "hankesuunnitelma"):
    builder = DocumentBuilder("x.md", "md")
    read_text(text, builder, markdown=True)
    return read_facts(builder.build(), doc_type).of_kind("goal")


def test_osmo_table_goals():
    goals = read_facts(read_document(OSMO)).of_kind("goal")
    assert [g.text for g in goals] == [
        "Etelä-Pohjanmaan monialainen yhteistoimintamalli",
        "Asiakasosallisuuden edistäminen",
        "Palvelutarpeen tunnistamisen kehittäminen",
        "Työntekijöiden osaamisen ja ammattikulttuurin kehittäminen monialaisena yhteistoimintana",
        "Sosiaalisen kuntoutuksen kehittäminen",
    ]
    assert all(g.activities >= 1 and g.evaluations >= 1 for g in goals)
    assert all(g.location.table is not None for g in goals)


def test_list_goals_with_own_lead_ins():
    goals = goals_of(
        "# Tavoitteet\n\n"
        "- Nuorten työllistyminen paranee. Keinot: valmennusryhmät. Mittari: työllistyneiden määrä.\n"
        "- Yritysten rekrytointiosaaminen vahvistuu.\n"
        "  - Toimenpiteet: yritysklinikat kerran kuussa.\n"
    )
    assert [(g.text, g.activities, g.evaluations) for g in goals] == [
        ("Nuorten työllistyminen paranee.", 1, 1),
        ("Yritysten rekrytointiosaaminen vahvistuu.", 1, 0),
    ]


def test_work_packages_link_goals_by_number():
    goals = goals_of(
        "# Tavoitteet\n\n1. Asukkaiden digitaidot paranevat.\n2. Kirjastojen opastus vakiintuu.\n3. Vapaaehtoisverkosto syntyy.\n\n"
        "# Toimenpiteet\n\nTP1 Digiopastukset (tavoitteet 1 ja 2): viikoittaiset opastustuokiot.\n\n"
        "TP2 Vapaaehtoisten koulutus palvelee tavoitetta 3.\n\n"
        "# Arviointi\n\n| Tavoite | Mittari |\n|---|---|\n| 1 | Osallistujakysely |\n| 3 | Vapaaehtoisten määrä |\n"
    )
    assert [(g.activities, g.evaluations) for g in goals] == [(1, 1), (1, 0), (1, 1)]


def test_goal_sentences_and_overlap_links():
    goals = goals_of(
        "# Tavoitteet\n\nHankkeen tavoitteena on vähentää ikäihmisten yksinäisyyttä Pohjois-Savossa. "
        "Lisäksi tavoitteena on kouluttaa vapaaehtoisia ystävätoimintaan.\n\n"
        "# Toteutus\n\nIkäihmisten yksinäisyyttä vähennetään vertaisryhmillä ja kotikäynneillä.\n\n"
        "# Arviointi ja seuranta\n\nVapaaehtoisten koulutusten määrä tilastoidaan, ja ystävätoimintaan koulutetuilta kerätään palaute.\n"
    )
    assert len(goals) == 2
    assert (goals[0].activities, goals[0].evaluations) == (1, 0)
    assert (goals[1].activities, goals[1].evaluations) == (0, 1)


def test_goal_table_rows_are_the_goals_even_with_a_goal_list():
    goals = goals_of(
        "# Tavoitteet\n\n- Yksi asia\n- Toinen asia\n- Kolmas asia\n\n"
        "| Tavoite | Toimenpiteet | Arviointimenetelmä |\n|---|---|---|\n| Nuoret liikkuvat enemmän | Liikuntakerhot | Liikuntapäiväkirja |\n"
    )
    assert [g.text for g in goals] == ["Nuoret liikkuvat enemmän"]
