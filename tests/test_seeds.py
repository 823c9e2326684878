"""The two seeds rebuilt as .docx: OSMO (an evaluation plan) and the blank Kaiku report template."""

from __future__ import annotations


def test_osmo_is_an_evaluation_plan_with_five_linked_goals(osmo_report):
    assert osmo_report.error is None
    assert osmo_report.doc_type == "arviointisuunnitelma"
    fired = {f.rule for f in osmo_report.findings}
    assert not {r for r in fired if r.startswith(("tavoite.", "rakenne."))}


def test_kaiku_template_is_empty_and_unanswered(kaiku_report):
    assert kaiku_report.doc_type == "loppuraportti"
    empty = {f.target for f in kaiku_report.findings if f.rule == "rakenne.osio-tyhja"}
    assert empty == {"taustatiedot", "tavoitteet", "toteutus", "tulokset", "kehitysajatukset", "suositukset", "tiivistelma", "yhteystiedot"}
    questions = [f for f in kaiku_report.findings if f.rule == "rakenne.kysymys-vastaamatta"]
    assert len(questions) == 11
    assert "Miten kustannusarvio toteutui?" in {f.target for f in questions}
    assert not [f for f in kaiku_report.findings if f.rule == "rakenne.osio-puuttuu"]
