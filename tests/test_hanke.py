"""One project's documents checked together (issue 16): the hanke.* rules, goal matching by meaning,
grouping by project code or name, the rule-pack extension for projects, reports and scoring.

The documents are written here for these tests: a youth employment project with four goals, its
evaluation plan, exit plan and final report, in agreeing and in flawed versions.
"""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path

import pytest

from suunnitelmatarkastin.check import check_texts
from suunnitelmatarkastin.judge.rules import RuleError, load_pack
from suunnitelmatarkastin.project.digest import Digest, identity
from suunnitelmatarkastin.project.grouping import found_groups, given_groups

PLAN = """\
% Hankesuunnitelma – Polku töihin
Hankekoodi: S25031

# Tausta
Kaupungissa on paljon nuoria, jotka eivät opiskele eivätkä ole töissä.

# Tavoitteet
1. Nuorten työllistyminen paranee ohjauksen avulla.
2. Yritysten rekrytointiosaaminen vahvistuu.
3. Nuorten mielenterveyden tuki saavutetaan matalalla kynnyksellä.
4. Ohjaamon ja työpajojen yhteistyö tiivistyy.

# Toimenpiteet
Järjestämme työvalmennusta ja yksilöohjausta (tavoite 1), yritysklinikoita (tavoite 2), matalan kynnyksen keskusteluapua (tavoite 3) sekä yhteisiä verkostotapaamisia (tavoite 4).

# Arviointi
Tavoitteen 1 mittari on työllistyneiden nuorten määrä. Tavoitteen 2 mittari on yrityskysely. Tavoitteen 3 mittari on keskusteluavun käyntimäärä. Tavoitteen 4 mittari on yhteistyökysely.

# Aikataulu
Hanke toteutetaan 1.1.2025–31.12.2026.

# Juurruttaminen
Yritysklinikoiden toimintamalli vakiinnutetaan kaupungin elinkeinopalveluihin hankkeen jälkeen.
"""

REPORT_SKIPS_ONE = """\
% Loppuraportti – Polku töihin
Hankekoodi: S25031

# Taustatiedot
Hanke toteutettiin 1.1.2025–31.12.2026.

# Tulokset ja vaikuttavuus
Ensimmäinen tavoitteemme toteutui hyvin: ohjauksen jälkeen 58 nuorta työllistyi.

Yhteistyö Ohjaamon ja työpajojen välillä tiivistyi selvästi, ja yhteistyökyselyn mukaan 90 % työntekijöistä koki sen sujuvan.

Yritysklinikoihin osallistui 34 yritystä, ja yrityskyselyn mukaan rekrytointiosaaminen vahvistui.
"""

# The same four goals in other words, in another order and under letters instead of numbers.
REPORT_PARAPHRASED = """\
% Loppuraportti – Polku töihin
Hankekoodi: S25031

# Taustatiedot
Hanke toteutettiin 1.1.2025–31.12.2026.

# Tulokset ja vaikuttavuus
## A. Yhteistyö tiivistyi
Ohjaamon ja työpajojen yhteistyö muuttui säännölliseksi: yhteistyökyselyn mukaan 90 % työntekijöistä koki sen sujuvan.

## B. Mielenterveyden tuki
Matalan kynnyksen keskusteluapua käytettiin 410 kertaa, joten tavoite saavutettiin.

## C. Nuoret työllistyivät
Ohjauksen jälkeen 58 nuorta työllistyi, ja tavoite toteutui.

## D. Yritykset
Yritysten rekrytointiosaaminen kasvoi: yrityskyselyyn vastanneista 80 % kertoi oppineensa uutta.
"""

EVALUATION = """\
% Arviointisuunnitelma – Polku töihin
Hankekoodi: S25031

# Tausta
Hankkeen toiminta-aika on 1.1.2025–31.12.2026.

# Tavoitteet
| Tavoite | Arviointimenetelmä |
|---|---|
| Ohjaamo ja työpajat tekevät tiiviimpää yhteistyötä | Yhteistyökysely kahdesti vuodessa |
| Nuoret työllistyvät ohjauksen tuella | Työllistyneiden määrä seurantarekisteristä |
| Yritysten osaaminen rekrytoinnissa vahvistuu | Yrityskysely klinikoiden jälkeen |
| Mielenterveyden matalan kynnyksen tuki on nuorten saatavilla | Keskusteluavun käyntitilasto |

# Arviointitiedon käyttö
Arviointitieto käsitellään ohjausryhmässä puolivuosittain.
"""

EXIT = """\
% Exit-suunnitelma – Polku töihin
Hankekoodi: S25031

# Juurruttaminen
Elinkeinopäällikkö Sari Lahtinen vastaa yritysklinikoiden toimintamallista 1.1.2027 alkaen.

# Tulosten levittäminen
Yritysklinikoiden malli julkaistaan Innokylässä.

# Kehittämistyön jatko
Ohjausryhmä kokoontuu vielä kerran syksyllä 2027.
"""


def _project(*documents: tuple[str, str]):
    """The project report of documents given as (file name, text); types are recognised."""
    reports, project = check_texts([(name, None, text) for name, text in documents])
    return reports, project


def _rules(project, rule: str) -> list:
    return [f for f in project.findings if f.rule == rule]


def test_a_final_report_that_skips_one_of_four_goals_gets_one_finding_naming_it():
    reports, project = _project(("suunnitelma.md", PLAN), ("loppuraportti.md", REPORT_SKIPS_ONE))
    assert [r.doc_type for r in reports] == ["hankesuunnitelma", "loppuraportti"]
    [finding] = _rules(project, "hanke.tavoite-raportoimatta")
    assert finding.target == "Nuorten mielenterveyden tuki saavutetaan matalalla kynnyksellä."
    assert "suunnitelma.md" in finding.message and "loppuraportti.md" in finding.message
    # its indicator, named by the goal's number in the plan, has no value in the report either
    [indicator] = _rules(project, "hanke.mittari-raportoimatta")
    assert indicator.target == "Tavoitteen 3 mittari on keskusteluavun käyntimäärä."
    assert finding.path == "suunnitelma.md" and finding.location.section == "Tavoitteet"
    assert [row.reported for row in project.goals] == [True, True, False, True]
    # each goal is credited with its own outcome, not with another goal's that shares a measure ("kysely")
    assert "Yritysklinikoihin" in project.goals[1].outcome_quote and "Ohjaamon" in project.goals[3].outcome_quote


def test_documents_that_agree_give_no_project_finding_even_paraphrased_and_renumbered():
    _, project = _project(("suunnitelma.md", PLAN), ("arviointi.md", EVALUATION), ("exit.md", EXIT), ("loppuraportti.md", REPORT_PARAPHRASED))
    assert project.findings == []
    assert all(row.evaluated and row.reported and row.outcome_quote for row in project.goals)
    # the outcome quoted for each goal is the one written about it, whatever its order and letter
    outcomes = {row.goal: row.outcome_quote for row in project.goals}
    assert "58 nuorta" in outcomes["Nuorten työllistyminen paranee ohjauksen avulla."]
    assert "410 kertaa" in outcomes["Nuorten mielenterveyden tuki saavutetaan matalalla kynnyksellä."]


def test_restating_the_goals_in_the_final_report_is_not_reporting_them():
    restated = REPORT_PARAPHRASED.split("# Tulokset")[0] + "# Tavoitteet\nTavoitteena oli, että nuorten työllistyminen paranee ohjauksen avulla.\n"
    _, project = _project(("suunnitelma.md", PLAN), ("loppuraportti.md", restated))
    assert len(_rules(project, "hanke.tavoite-raportoimatta")) == 4


def test_a_restated_goal_reports_it_only_with_its_outcome():
    report = (
        "% Loppuraportti – Polku töihin\n\n# Tulokset\n"
        "Tavoitteena oli, että nuorten työllistyminen paranee ohjauksen avulla, ja tämä toteutui hyvin.\n\n"
        "Tavoitteenamme oli myös vahvistaa yritysten rekrytointiosaamista.\n"
    )
    _, project = _project(("suunnitelma.md", PLAN), ("loppuraportti.md", report))
    assert [row.reported for row in project.goals] == [True, False, False, False]


def test_an_evaluation_plan_missing_a_goal_and_an_exit_plan_without_an_owner():
    evaluation = "\n".join(line for line in EVALUATION.splitlines() if "Mielenterveyden" not in line)
    exit_plan = EXIT.replace("Elinkeinopäällikkö Sari Lahtinen vastaa yritysklinikoiden toimintamallista", "Yritysklinikoiden toimintamallia jatketaan")
    _, project = _project(("suunnitelma.md", PLAN), ("arviointi.md", evaluation), ("exit.md", exit_plan))
    [unevaluated] = _rules(project, "hanke.tavoite-arvioimatta")
    assert unevaluated.target == "Nuorten mielenterveyden tuki saavutetaan matalalla kynnyksellä."
    assert "arviointi.md" in unevaluated.message
    [no_owner] = _rules(project, "hanke.jatko-omistaja-puuttuu")
    assert "Yritysklinikoiden toimintamalli vakiinnutetaan" in no_owner.message and "Yritysklinikoiden toimintamallia jatketaan" in no_owner.message


def test_different_periods_quote_both_documents():
    _, project = _project(("suunnitelma.md", PLAN), ("loppuraportti.md", REPORT_PARAPHRASED.replace("31.12.2026", "30.6.2027")))
    [finding] = _rules(project, "hanke.aikataulu-eri")
    assert "1.1.2025–30.6.2027" in finding.message and "1.1.2025–31.12.2026" in finding.message
    assert finding.path == "loppuraportti.md"


def test_a_missing_document_type_is_noted_only_with_a_profile_that_expects_it():
    without = check_texts([("suunnitelma.md", None, PLAN)])[1]
    with_stea = check_texts([("suunnitelma.md", None, PLAN)], rule_dirs=_profile("stea"))[1]
    assert not _rules(without, "hanke.asiakirja-puuttuu")
    [finding] = _rules(with_stea, "hanke.asiakirja-puuttuu")
    assert finding.severity == "info" and finding.target == "arviointisuunnitelma"


def _profile(name: str) -> tuple[str, ...]:
    from suunnitelmatarkastin.profiles import profile_dirs

    return profile_dirs((name,))


# ---------------------------------------------------------------- project identity and grouping


def _digest(path: str, codes: list[str], name: str | None) -> Digest:
    return Digest(path=path, doc_type="hankesuunnitelma", codes=codes, name=name)


def test_identity_comes_from_the_code_the_label_or_the_title():
    from suunnitelmatarkastin.check import _document_of

    assert identity(_document_of(PLAN, True)) == (["S25031"], "Polku töihin")
    labelled = _document_of("% Loppuraportti\n\nHankkeen nimi: Kohtaamo\n\nHanke päättyi.\n", True)
    assert identity(labelled) == ([], "Kohtaamo")
    assert identity(_document_of("% Kohtaamo-hankkeen loppuraportti 2027\n\nTekstiä.\n", True))[1] == "Kohtaamo"
    assert identity(_document_of("% Hankesuunnitelma\n\nTekstiä.\n", True)) == ([], None)
    # a first heading that only names a section names no project: two such drafts are not one project
    assert identity(_document_of("# Tausta\n\nKylässä ei ole kirjastoa.\n\n# Tavoitteet\n\n- Lainaus kasvaa.\n", True)) == ([], None)
    assert identity(_document_of("# Lukupiiri-hankkeen loppuraportti\n\nTekstiä.\n", True))[1] == "Lukupiiri"


def test_documents_are_grouped_by_code_then_by_name_and_the_rest_stay_alone():
    digests = [
        _digest("a.md", ["S24117"], "Kohtaamo"),
        _digest("b.md", [], "kohtaamo"),  # no code, but the name of the S24117 documents
        _digest("c.md", ["S24117"], None),
        _digest("d.md", [], "Lukupiiri"),
        _digest("e.md", [], "Lukupiiri"),
        _digest("f.md", [], None),
        None,  # unreadable
        _digest("g.md", ["S99999"], None),  # alone: not a project
    ]
    groups = found_groups(digests)
    assert [(g.name, g.basis, g.members) for g in groups] == [
        ("Kohtaamo (S24117)", "hankekoodi S24117", [0, 1, 2]),
        ("Lukupiiri", "hankkeen nimi Lukupiiri", [3, 4]),
    ]


def test_given_folders_are_one_project_each_and_given_files_one_together(tmp_path):
    for name in ("p1/a.md", "p1/b.md", "p2/c.md", "d.md", "e.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files = [tmp_path / n for n in ("p1/a.md", "p1/b.md", "p2/c.md", "d.md", "e.md")]
    paths = (str(tmp_path / "p1"), str(tmp_path / "p2"), str(tmp_path / "d.md"), str(tmp_path / "e.md"))
    groups = given_groups(paths, files)
    assert [(g.name, g.source, g.members) for g in groups] == [("p1", "annettu", [0, 1]), ("p2", "annettu", [2]), (tmp_path.name, "annettu", [3, 4])]


# ---------------------------------------------------------------- the rule-pack extension


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "hanke.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


PROJECT_RULE = """
rules:
  - id: oma.hanke-ilman-raporttia
    severity: info
    types: [hanke]
    when:
      each: project_goal
      none:
        - fact: goal_link
          where: {goal_id: "{project_goal.goal_id}", role: raportoitu}
    message: "Tavoitteesta ”{project_goal.text}” ei ole raporttia."
    hint: "Raportoi tavoite."
    basis: "Oma ohje."
    examples:
      fire:
        - documents:
            - {name: s.md, type: hankesuunnitelma, text: "# Tavoitteet\\n\\n- Kirjaston kävijämäärä kasvaa.\\n"}
      pass:
        - documents:
            - {name: s.md, type: hankesuunnitelma, text: "# Tavoitteet\\n\\n- Kirjaston kävijämäärä kasvaa.\\n"}
            - {name: r.md, type: loppuraportti, text: "# Tulokset\\n\\nKirjaston kävijämäärä kasvoi 3 000 käyntiin.\\n"}
"""


def test_a_users_project_rule_with_project_examples_runs(tmp_path):
    from suunnitelmatarkastin.judge.docs import run_examples

    _pack(tmp_path, PROJECT_RULE)
    rules, results = run_examples(tmp_path)
    assert [r.id for r in rules] == ["oma.hanke-ilman-raporttia"]
    assert [(r.expected_fire, r.ok) for r in results] == [(True, True), (False, True)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("types: [hanke]", "types: [hankesuunnitelma]"), "faktaa ”project_goal” voi käyttää vain säännöissä, joiden types on [hanke]"),
        (("types: [hanke]", "types: [hanke, loppuraportti]"), "ei yhdisty asiakirjatyyppeihin"),
        (('"{project_goal.goal_id}"', '"{goal_link.goal_id}"'), "viittaus voi nimetä vain each-faktan (project_goal) kentän"),
        (('"{project_goal.goal_id}"', '"{project_goal.tunnus}"'), "viittaus voi nimetä vain each-faktan"),
        (("      each: project_goal\n", '      each: project_goal\n      where: {goal_id: "{project_goal.goal_id}"}\n'), "ja vain exists- tai none-ehdossa"),
    ],
)
def test_a_malformed_project_rule_is_a_finnish_error(tmp_path, change, message):
    path = _pack(tmp_path, PROJECT_RULE.replace(*change))
    with pytest.raises(RuleError, match="oma.hanke-ilman-raporttia") as caught:
        load_pack(path)
    assert message in str(caught.value)


def test_an_example_has_a_text_or_documents_not_both(tmp_path):
    both = PROJECT_RULE.replace("      fire:\n        - documents:", "      fire:\n        - text: \"# Tavoitteet\"\n          documents:")
    with pytest.raises(RuleError, match="joko text"):
        load_pack(_pack(tmp_path, both))


# ---------------------------------------------------------------- command line, reports, scoring


def _write(folder: Path, documents: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(*args: str):
    from click.testing import CliRunner

    from suunnitelmatarkastin.cli import tarkasta

    return CliRunner().invoke(tarkasta, ["--aikaraja", "0", "--rinnakkain", "1", *args])


@pytest.mark.slow
def test_hanke_option_json_keeps_every_key_and_adds_projects(tmp_path):
    folder = _write(tmp_path / "polku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE})
    alone = json.loads(_run("--muoto", "json", str(folder / "suunnitelma.md")).stdout)
    together = _run("--muoto", "json", "--hanke", str(folder))
    assert together.exit_code == 1  # the project's error counts
    data = json.loads(together.stdout)
    assert set(alone) <= set(data) and "projects" in data and alone["projects"] == []
    plan = next(d for d in data["documents"] if d["path"].endswith("suunnitelma.md"))
    assert set(plan) == set(alone["documents"][0])
    assert set(plan["findings"][0]) == set(alone["documents"][0]["findings"][0])
    [project] = data["projects"]
    assert project["name"] == "polku" and project["source"] == "annettu" and len(project["documents"]) == 2
    [finding] = [f for f in project["findings"] if f["rule"] == "hanke.tavoite-raportoimatta"]
    assert set(finding) == set(plan["findings"][0]) | {"path"}
    assert [g["reported"] for g in project["goals"]] == [True, True, False, True]


@pytest.mark.slow
def test_a_folder_is_grouped_by_project_code_and_the_text_report_shows_it(tmp_path):
    folder = _write(tmp_path / "haku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE, "muu.md": "% Hankesuunnitelma\n\n# Tausta\n\nToinen hanke.\n"})
    result = _run(str(folder))
    assert "Hanke: Polku töihin (S25031)" in result.stdout
    assert "ryhmitelty: hankekoodi S25031" in result.stdout
    assert "hanke.tavoite-raportoimatta" in result.stdout and "muu.md" not in result.stdout.split("Hanke: Polku")[1].split("╰")[0]


@pytest.mark.slow
def test_xlsx_has_a_sheet_per_project(tmp_path):
    from openpyxl import load_workbook

    folder = _write(tmp_path / "polku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE})
    _run("--muoto", "xlsx", "--tuloste", str(tmp_path / "r.xlsx"), "--hanke", str(folder))
    sheet = load_workbook(tmp_path / "r.xlsx")["Hanke polku"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("laji", "tavoite", "arvioitu", "arviointisuunnitelmassa", "raportoitu", "loppuraportissa")
    assert rows[3][:2] == ("tavoite", "Nuorten mielenterveyden tuki saavutetaan matalalla kynnyksellä.") and rows[3][4] == "ei"
    assert any(r[0] == "havainto" and r[7] == "hanke.tavoite-raportoimatta" for r in rows)


@pytest.mark.slow
def test_csv_findings_table_carries_the_project_findings(tmp_path):
    import csv

    folder = _write(tmp_path / "polku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE})
    result = _run("--muoto", "csv", "--hanke", str(folder))
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    [row] = [r for r in rows if r["sääntö"] == "hanke.tavoite-raportoimatta"]
    assert row["tyyppi"] == "hanke" and row["tuomio"] == "Hanke polku"
    assert row["polku"].endswith(".md") and row["viesti"] and row["korjausohje"]
    assert all(r["tyyppi"] != "hanke" for r in rows[: len(rows) - sum(r["tyyppi"] == "hanke" for r in rows)])


def _as_docx(text: str, path: Path) -> Path:
    """A Word file of a test text: "% " lines are the title, "# " lines headings, the rest paragraphs."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.startswith("% "):
            document.add_paragraph(line[2:], style="Title")
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.strip():
            document.add_paragraph(line)
    document.save(path)
    return path


@pytest.mark.slow
def test_word_comments_carry_the_project_findings_of_their_document(tmp_path):
    import zipfile

    from suunnitelmatarkastin.report.annotate import annotated_path

    folder = tmp_path / "polku"
    folder.mkdir()
    files = [_as_docx(PLAN, folder / "suunnitelma.docx"), _as_docx(REPORT_SKIPS_ONE, folder / "loppuraportti.docx")]
    data = json.loads(_run("--muoto", "json", "--hanke", str(folder)).stdout)
    [finding] = [f for f in data["projects"][0]["findings"] if f["rule"] == "hanke.tavoite-raportoimatta"]
    _run("--merkitse", "--hanke", str(folder))
    comments = {
        f.name: zipfile.ZipFile(annotated_path(f)).read("word/comments.xml").decode("utf-8") for f in files
    }
    pointed = Path(finding["path"]).name
    assert "hanke.tavoite-raportoimatta" in comments[pointed]
    assert all("hanke.tavoite-raportoimatta" not in text for name, text in comments.items() if name != pointed)


@pytest.mark.slow
def test_project_folders_are_scored_as_parts_of_their_own(tmp_path):
    from collections import Counter

    from suunnitelmatarkastin.scoring import (
        PROJECT_DOCS_PART,
        PROJECT_PART,
        WHOLE,
        keyed_rules,
        score_folder,
    )

    project = _write(tmp_path / "hankkeet" / "polku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE})
    reports, _ = check_texts([("suunnitelma.md", None, PLAN), ("loppuraportti.md", None, REPORT_SKIPS_ONE)])
    for report in reports:  # each document's annotation is what it gets on its own
        keyed = [{"rule": f.rule, "target": f.target} for f in report.findings if f.rule in keyed_rules()]
        counted = Counter(f.rule for f in report.findings if f.rule not in keyed_rules())
        annotation = {"doc_type": report.doc_type, "findings": keyed + [{"rule": r, "count": n} for r, n in counted.items()]}
        (project / report.path.replace(".md", ".expected.json")).write_text(json.dumps(annotation), encoding="utf-8")
    expected = {"findings": [{"rule": "hanke.tavoite-raportoimatta", "count": 1}, {"rule": "hanke.mittari-raportoimatta"}, {"rule": "hanke.aikataulu-eri"}]}
    (project / "hanke.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    parts = score_folder(tmp_path)
    assert parts[WHOLE].documents == 0
    assert parts[PROJECT_DOCS_PART].documents == 2 and parts[PROJECT_DOCS_PART].total.f1 == 1.0
    scores = parts[PROJECT_PART]
    assert scores.documents == 1
    assert scores.per_rule["hanke.tavoite-raportoimatta"].tp == 1
    assert scores.per_rule["hanke.aikataulu-eri"].fn == 1  # expected, but the periods agree
    assert (scores.total.tp, scores.total.fp, scores.total.fn) == (2, 0, 1)


@pytest.mark.slow
def test_settings_apply_to_project_findings(tmp_path):
    folder = _write(tmp_path / "polku", {"suunnitelma.md": PLAN, "loppuraportti.md": REPORT_SKIPS_ONE.replace("31.12.2026", "30.6.2027")})
    (tmp_path / "tarkastin.toml").write_text(
        '[saannot]\npois = ["hanke.aikataulu-eri"]\nvakavuus = { "hanke.tavoite-raportoimatta" = "info" }\n', encoding="utf-8"
    )
    [project] = json.loads(_run("--muoto", "json", "--hanke", str(folder)).stdout)["projects"]
    assert {f["rule"]: f["severity"] for f in project["findings"]} == {"hanke.tavoite-raportoimatta": "info", "hanke.mittari-raportoimatta": "warning"}


def _docx(path: Path, title: str, parts: list[tuple[str, list[str] | list[list[str]]]]) -> Path:
    """A Word document: a title, then (heading, paragraphs) or (heading, table rows) parts."""
    from docx import Document as Word

    word = Word()
    word.add_heading(title, level=0)
    for heading, body in parts:
        word.add_heading(heading, level=1)
        if body and isinstance(body[0], list):
            table = word.add_table(rows=len(body), cols=len(body[0]))
            for r, row in enumerate(body):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            for text in body:
                word.add_paragraph(text)
    word.save(path)
    return path


@pytest.mark.slow
def test_word_documents_with_goal_tables_are_compared(tmp_path):
    folder = tmp_path / "Lukulamppu"
    folder.mkdir()
    _docx(folder / "hakemus.docx", "Lukulamppu – hankesuunnitelma", [
        ("Tausta", ["Kirjastojen lasten lukuharrastus on vähentynyt."]),
        ("Tavoitteet", [
            ["Tavoite", "Toimenpiteet", "Mittari"],
            ["Lasten lukuinto kasvaa", "Lukudiplomit ja satutunnit", "Lainausmäärä"],
            ["Vanhemmat lukevat lapsilleen useammin", "Perheiden lukuillat", "Vanhempien kysely"],
            ["Koulujen ja kirjaston yhteistyö vakiintuu", "Yhteinen vuosikello", "Yhteistyökokousten määrä"],
        ]),
        ("Aikataulu", ["Hanke toteutetaan 1.8.2025–31.7.2027."]),
    ])
    _docx(folder / "loppuraportti.docx", "Lukulamppu – loppuraportti", [
        ("Taustatiedot", ["Hankkeen toteutusaika oli 1.8.2025–31.7.2027."]),
        ("Tulokset ja vaikuttavuus", [
            ["Tavoite", "Miten tavoite toteutui"],
            ["Kirjaston ja koulujen yhteistyöstä tuli pysyvää", "Toteutui: yhteistyökokouksia pidettiin 14."],
            ["Lapset innostuivat lukemaan", "Lainausmäärä kasvoi 22 prosenttia."],
        ]),
    ])
    data = json.loads(_run("--muoto", "json", str(folder)).stdout)
    [project] = data["projects"]
    assert project["basis"] == "hankkeen nimi Lukulamppu" and project["source"] == "tunnistettu"
    findings = {(f["rule"], f["target"]) for f in project["findings"]}
    assert ("hanke.tavoite-raportoimatta", "Vanhemmat lukevat lapsilleen useammin") in findings
    assert ("hanke.mittari-raportoimatta", "Vanhempien kysely") in findings
    assert not [f for f in findings if f[1] in ("Lasten lukuinto kasvaa", "Koulujen ja kirjaston yhteistyö vakiintuu", "Lainausmäärä")]
    [unreported] = [f for f in project["findings"] if f["rule"] == "hanke.tavoite-raportoimatta"]
    assert unreported["path"].endswith("hakemus.docx") and unreported["location"]["table"] == 0


def test_a_part_of_projects_is_printed_as_projects():
    import io

    from rich.console import Console

    from suunnitelmatarkastin.scoring import PROJECT_PART, Counts, Scores, print_scores

    out = io.StringIO()
    print_scores(Scores(documents=6, total=Counts(tp=5, fp=1, fn=2)), Console(file=out, width=200), PROJECT_PART)
    assert "Hankkeita 6: tarkkuus (precision) 0.833, saanti (recall) 0.714" in out.getvalue()
    assert "asiakirjatyyppi" not in out.getvalue()


def test_the_html_report_has_a_project_card_with_the_goal_table():
    from suunnitelmatarkastin.models import Report
    from suunnitelmatarkastin.report.html import render_html

    reports, project = _project(("suunnitelma.md", PLAN), ("loppuraportti.md", REPORT_SKIPS_ONE.replace("58 nuorta", "58 <nuorta>")))
    page = render_html(Report(documents=reports, projects=[project]))
    card = page.split('id="hanke-1"')[1].split("</article>")[0]
    assert "Hanke: hanke" in card and "Hankesuunnitelman tavoite" in card and "Toteutuminen loppuraportissa" in card
    rows = card.split("<tr>")[2:]
    assert len(rows) == 4
    assert "Nuorten mielenterveyden tuki" in rows[2] and 'class="puuttuu">ei<' in rows[2]
    assert "58 &lt;nuorta&gt;" in rows[0]  # document text is escaped
    assert "hanke.tavoite-raportoimatta" in card and "suunnitelma.md:" in card  # the finding names its document


def test_goals_match_by_shared_words_and_word_families_and_never_on_a_tie():
    from suunnitelmatarkastin.project.matching import GoalSet

    goals = GoalSet([
        [["nuori"], ["osallisuus"], ["vahvistua"]],
        [["nuori"], ["työllistyminen"], ["parantua"]],
    ])
    assert goals.best([["nuori"], ["osallistuminen"], ["lisääntyä"]]) == 0  # osallis- is one family
    assert goals.best([["nuori"], ["työllistyä"]]) == 1
    assert goals.best([["nuori"], ["kunta"]]) is None  # one shared word, and the other goal has it too
    assert goals.best([["osallisuus"], ["työllistyminen"]]) is None  # as much of both: a tie


# --- Reading the documents of a project better (tuned on the project corpus; own examples) ---------
# A swimming project for schoolchildren and newly arrived families: a plan whose indicators are
# listed per goal after "Mittarit:", an evaluation plan that names the goals in other words and
# gives the period as school years with the exact dates beside them, and a final report.

SWIM_PLAN = """\
% Hankesuunnitelma – Vesivarma
Hankekoodi: S26114

# Hankkeen tavoitteet
Tavoite 1. Alakoululaisten uimataito paranee.

Mittarit: 150 oppilasta suorittaa uimataitotestin; 8 opettajaa koulutettu.

Tavoite 2. Maahan muuttaneet perheet harrastavat vesiliikuntaa omatoimisesti.

Mittarit: 40 perhettä käy perhevuoroilla; 25 uutta hallikorttia.

# Toimenpiteet
Järjestämme koulujen uintitunteja (tavoite 1) ja perhevuoroja tulkin kanssa (tavoite 2).

# Aikataulu
Hankeaika: 1.8.2026–31.7.2028.
"""

SWIM_REPORT = """\
% Loppuraportti – Vesivarma
Hankekoodi: S26114

# Taustatiedot
Hankeaika: 1.8.2026–31.7.2028.

# Tulokset
## Uimataito
Uimataitotestin suoritti 162 oppilasta (tavoite 150). Koulutuspäiviä pidettiin kaksi, ja palaute oli hyvää.

## Perheet
Perhevuoroilla kävi 47 perhettä.

Uusia hallikortteja on nyt 31 (tavoite 25).

# Yhteystiedot
Yhteyshenkilö: koordinaattori Aino Laine, puh. 040 123 4567, aino.laine@example.fi
"""

SWIM_EVALUATION = """\
% Arviointisuunnitelma – Vesivarma
Hankekoodi: S26114

# Tausta
Hankeaika: lukuvuodet 2026–2027 ja 2027–2028 (1.8.2026–31.7.2028).

# Arvioitavat tavoitteet
| Tavoite | Mittarit | Tiedonkeruu |
|---|---|---|
| Koululaiset oppivat uimaan | 150 oppilasta suorittaa uimataitotestin; 8 opettajaa koulutettu | Testitulokset kouluittain |
| Perheet uivat myös vapaa-aikana | 40 perhettä käy perhevuoroilla; 25 uutta hallikorttia | Kävijälaskenta perhevuoroilla |
"""


def test_an_indicator_line_lists_measures_and_a_target_gets_a_value_only_of_what_it_counts():
    """"Mittarit: A; B" are two indicators; "kaksi koulutuspäivää" under the same goal is no value
    for "8 opettajaa koulutettu"; "on nyt 31 (tavoite 25)" reports a value in the present tense;
    a contact line's numbers report nothing."""
    reports, project = _project(("suunnitelma.md", SWIM_PLAN), ("loppuraportti.md", SWIM_REPORT))
    plan = reports[0]._digest
    assert sorted(i.text for i in plan.indicators) == [
        "150 oppilasta suorittaa uimataitotestin", "25 uutta hallikorttia", "40 perhettä käy perhevuoroilla", "8 opettajaa koulutettu",
    ]
    assert [f.target for f in _rules(project, "hanke.mittari-raportoimatta")] == ["8 opettajaa koulutettu"]
    assert not _rules(project, "hanke.tavoite-raportoimatta")
    passages = {p.quote: p for p in reports[1]._digest.passages}
    assert passages["Uusia hallikortteja on nyt 31 (tavoite 25)."].outcome
    assert not next(p for q, p in passages.items() if q.startswith("Yhteyshenkilö")).outcome


def test_an_evaluation_plan_goal_in_other_words_is_known_by_its_indicators_and_exact_dates_decide():
    """"Koululaiset oppivat uimaan" shares too little with "Alakoululaisten uimataito paranee", but
    its indicators are the plan goal's; school years given with exact dates are those dates."""
    reports, project = _project(("suunnitelma.md", SWIM_PLAN), ("arviointisuunnitelma.md", SWIM_EVALUATION))
    evaluation = reports[1]._digest
    assert (evaluation.period_start.isoformat(), evaluation.period_end.isoformat()) == ("2026-08-01", "2028-07-31")
    assert not _rules(project, "hanke.aikataulu-eri")
    assert not _rules(project, "hanke.tavoite-arvioimatta")
    # each plan goal is the evaluation plan's goal of the same indicators
    assert [row.evaluation_quote for row in project.goals] == ["Koululaiset oppivat uimaan", "Perheet uivat myös vapaa-aikana"]


def test_what_opens_a_row_or_a_paragraph_decides_which_goal_the_rest_speaks_of():
    """A paragraph "Tavoite 2: …. Mittarit: …" and a table row under its goal cell speak of that
    goal, even where a later sentence's own words lean to another goal."""
    from suunnitelmatarkastin.project.matching import GoalSet

    text = """\
% Arviointisuunnitelma – Vesivarma

Tavoite 2: Perheet uivat yhdessä. Mittarit: 40 perhettä alakoululaisten uimataitoilloissa.

| Tavoite | Mittari |
|---|---|
| Perheet uivat yhdessä | Alakoululaisten uimataitoillat |
"""
    reports, _ = check_texts([("arviointi.md", "arviointisuunnitelma", text)])
    passages = {p.quote: p for p in reports[0]._digest.passages}
    sentence = passages["Mittarit: 40 perhettä alakoululaisten uimataitoilloissa."]
    cell = passages["Alakoululaisten uimataitoillat"]
    goals = GoalSet([
        [["alakoululainen", "ala", "koululainen"], ["uimataito", "uima", "taito"], ["parantua"]],
        [["perhe"], ["uida"]],
    ])
    for passage in (sentence, cell):
        assert goals.best(passage.words) == 0  # its own words lean to the schoolchildren's goal
        assert goals.of_passage(passage.words, passage.context, passage.anchor) == 1


def test_compounds_sharing_only_a_short_last_part_are_different_things():
    from suunnitelmatarkastin.project.matching import forms, score

    board = forms([["johto", "johtoryhmä", "ryhmä"]])
    assert score([["ohjaus", "ohjausryhmä", "ryhmä"]], board) == 0  # a steering group is not the board
    assert score([["ryhmä"]], board) == 1  # the word itself is shared
    assert score([["koti", "kotivalmentaja", "valmentaja"]], forms([["vertais", "vertaisvalmentaja", "valmentaja"]])) == 1
    assert score([["uima", "uimataito", "taito"]], forms([["uima", "uimahalli", "halli"]])) == 1  # a shared first part


def test_a_plan_indicator_is_a_measure_not_a_method_a_restated_goal_or_what_was_done_before():
    text = """\
% Hankesuunnitelma – Vesivarma

# Tavoitteet
Tavoite 1. Alakoululaisten uimataito paranee.

Mittarit: 150 oppilasta suorittaa uimataitotestin. Palaute kerätään jokaisen uintijakson jälkeen. Kyselyyn vastasi viime keväänä 64 huoltajaa.

# Toimenpiteet
Järjestämme koulujen uintitunteja (tavoite 1).
"""
    reports, _ = check_texts([("suunnitelma.md", "hankesuunnitelma", text)])
    assert [i.text for i in reports[0]._digest.indicators] == ["Mittarit: 150 oppilasta suorittaa uimataitotestin."]
    from suunnitelmatarkastin.project.digest import measures

    assert measures("Mittarit: 12 ryhmää; kävijöitä 300; palaute vähintään 4/5.") == ["12 ryhmää", "kävijöitä 300", "palaute vähintään 4/5"]
    assert measures("Tavoitteen 2 mittari on kävijämäärä.") == ["Tavoitteen 2 mittari on kävijämäärä."]


def test_how_the_results_were_evaluated_is_no_outcome():
    text = """\
% Loppuraportti – Vesivarma

# Tulokset
Tuloksia arvioitiin huoltajakyselyllä ja opettajien haastatteluilla.

Huoltajakyselyyn vastasi 88 huoltajaa.
"""
    reports, _ = check_texts([("loppuraportti.md", "loppuraportti", text)])
    outcome = {p.quote: p.outcome for p in reports[0]._digest.passages}
    assert outcome == {"Tuloksia arvioitiin huoltajakyselyllä ja opettajien haastatteluilla.": False, "Huoltajakyselyyn vastasi 88 huoltajaa.": True}


def test_the_funded_activity_on_its_own_states_the_period():
    """In STEA's terms "toiminta" is the funded activity itself: "Toiminta kestää vuodet …" gives
    the period, as "Hanke kestää …" does; a compound ("Kerhotoiminta kestää …") does not."""
    from suunnitelmatarkastin.understand.timeexpr import find_project_period

    stated = find_project_period("Toiminta kestää vuodet 2026–2028 (1.1.2026–31.12.2028).")
    assert stated is not None and (stated.start.isoformat(), stated.end.isoformat()) == ("2026-01-01", "2028-12-31")
    assert find_project_period("Kerhotoiminta kestää vuodet 2026–2028.") is None


def test_bold_labelled_field_lines_of_markdown_are_fields_of_their_own():
    """"**Hakija\\*:** …" lines one under another are a form's fields, each a block, with the
    escaped asterisk as a plain one; the period field is then read."""
    text = """\
% Hankesuunnitelma – Rantasauna

**Hakija\\*:** Kivijärven sauna- ja uintiseura ry
**Toteutusaika\\*:** 1.5.2026–30.4.2027

# Tavoitteet
1. Kylän yhteinen rantasauna on auki kesäisin kolmena iltana viikossa.
"""
    reports, _ = check_texts([("suunnitelma.md", "hankesuunnitelma", text)])
    from suunnitelmatarkastin.read.builder import DocumentBuilder
    from suunnitelmatarkastin.read.text_reader import read_text

    builder = DocumentBuilder("suunnitelma.md", "md")
    read_text(text, builder, markdown=True)
    blocks = [b.text for b in builder.build().blocks]
    assert blocks[1:3] == ["Hakija*: Kivijärven sauna- ja uintiseura ry", "Toteutusaika*: 1.5.2026–30.4.2027"]
    assert "aikataulu.puuttuu" not in {f.rule for f in reports[0].findings}


def test_years_with_the_exact_dates_in_brackets_are_those_dates():
    from suunnitelmatarkastin.understand.timeexpr import find_project_period

    school_years = find_project_period("Hankeaika: lukuvuodet 2027–2028 ja 2028–2029 (1.8.2027–31.7.2029).")
    assert school_years is not None and (school_years.start.isoformat(), school_years.end.isoformat()) == ("2027-08-01", "2029-07-31")
    # dates of something else in brackets leave the years as they are
    other = find_project_period("Hanke toteutetaan vuosina 2027–2028 (kurssi 1.3.2027–30.4.2027).")
    assert other is not None and (other.start.isoformat(), other.end.isoformat()) == ("2027-01-01", "2028-12-31")


def test_offering_the_model_to_other_villages_is_mainstreaming_and_a_question_is_not():
    """"Malli esitellään muille kylille kokeiltavaksi" spreads the result beyond the project, as
    "muille kunnille" does: the 4V stage valtavirtaistaminen is addressed; asking whether the
    model would suit other villages plans nothing."""
    from suunnitelmatarkastin.check import check_text

    plan = """\
% Hankesuunnitelma – Rantasauna

# Tavoitteet
1. Kylän yhteinen rantasauna on auki kesäisin kolmena iltana viikossa.

# Toimenpiteet
Saunavuorot järjestetään talkoovoimin (tavoite 1).

# Aikataulu
Hanke toteutetaan 1.5.2026–30.4.2027.

# Juurruttaminen
Sauna- ja uintiseuran hallitus vastaa saunavuoroista pysyvästi hankkeen jälkeen.
Saunavuorojen toimintamalli esitellään seutukunnan kyläpäivillä muille kylille kokeiltavaksi.
"""

    def stages(text: str) -> set[str]:
        return {f.target for f in check_text(text, "hankesuunnitelma") if f.rule == "juurrutus.4v-vaihe-puuttuu"}

    assert "valtavirtaistaminen" not in stages(plan)
    asked = plan.replace("Saunavuorojen toimintamalli esitellään seutukunnan kyläpäivillä muille kylille kokeiltavaksi.", "Sopisiko toimintamalli muille kylille?")
    assert "valtavirtaistaminen" in stages(asked)


GARDEN_PLAN = """\
% Hankesuunnitelma – Yhteinen puutarha
Hankekoodi: S27114

# Tavoitteet
Tavoite 1. Lähiön asukkaat viljelevät yhdessä.

Mittarit: lähtötasosta 12 henkilöä tavoitteena 40 viljelijää palstoilla; vähintään 80 % kurssilaisista kokee taitonsa karttuneen.

Tavoite 2. Palstatoiminnasta tulee pysyvää.

Mittarit: 4 taloyhtiötä sopii palstojen hoidosta. Puutarhurit kirjaavat talkoovuorot vihkoon. Asukkailta kysytään palautetta kolme kertaa vuodessa.

# Toimenpiteet
Järjestämme viljelykursseja (tavoite 1) ja palstojen hoitosopimuksia (tavoite 2).
"""

GARDEN_REPORT = """\
% Loppuraportti – Yhteinen puutarha
Hankekoodi: S27114

# Tulokset

| Mittari | Tavoite | Toteutunut |
|---|---|---|
| Palstaviljelijät (lähtötaso 12) | 40 | 46 |
| Kurssilla taitonsa karttuneeksi kokeneet | vähintään 80 % | 85 % |
| Palstojen hoidosta sopineet taloyhtiöt | 4 | 4 |
"""


def test_a_target_counts_no_unit_share_or_frequency_and_a_named_doer_recording_data_is_a_method():
    """"12 henkilöä" counts whoever the measure names (the report's row says "Palstaviljelijät"),
    "80 % kurssilaisista" is a share of a group the report leaves unnamed, "kolme kertaa vuodessa"
    says how often; "puutarhurit kirjaavat talkoovuorot" is how data is gathered, not a measure."""
    reports, project = _project(("suunnitelma.md", GARDEN_PLAN), ("loppuraportti.md", GARDEN_REPORT))
    plan = reports[0]._digest
    texts = [i.text for i in plan.indicators]
    assert not any("kirjaavat" in t or "kertaa" in t for t in texts)
    assert all(not i.counted for i in plan.indicators if "henkilöä" in i.text or "%" in i.text)
    assert not _rules(project, "hanke.mittari-raportoimatta")
    assert not _rules(project, "hanke.tavoite-raportoimatta")


GARDEN_EVALUATION = """\
% Arviointisuunnitelma – Yhteinen puutarha
Hankekoodi: S27114

# Arvioitavat tavoitteet
Tavoite 1. Asukkaat viljelevät lähiön palstoilla yhdessä. Arviointi: viljelijöiden määrä palstarekisteristä ja kurssipalaute.

# Arvioinnin järjestäminen
Tavoitteiden toteutumista seurataan puolivuosittain asukaskyselyllä.
"""


def test_a_sentence_about_the_goals_together_evaluates_only_the_goals_the_evaluation_plan_lists():
    """"Tavoitteiden toteutumista seurataan" speaks of the goals the evaluation plan itself lists:
    the plan's goal it leaves out stays unevaluated; with no goals listed it covers every goal."""
    _, project = _project(("suunnitelma.md", GARDEN_PLAN), ("arviointisuunnitelma.md", GARDEN_EVALUATION))
    assert [f.target for f in _rules(project, "hanke.tavoite-arvioimatta")] == ["Palstatoiminnasta tulee pysyvää."]
    unlisted = GARDEN_EVALUATION.replace("Tavoite 1. Asukkaat viljelevät lähiön palstoilla yhdessä. Arviointi: viljelijöiden määrä palstarekisteristä ja kurssipalaute.\n", "")
    _, project = _project(("suunnitelma.md", GARDEN_PLAN), ("arviointisuunnitelma.md", unlisted))
    assert not _rules(project, "hanke.tavoite-arvioimatta")


JOBS_PLAN = """\
% Hankesuunnitelma – Uusi alku
Hankekoodi: S28207

# Tavoitteet
Tavoite 1. Pitkään työttömänä olleet pääsevät kiinni työelämään.

Mittarit: 120 kurssilaista aloittaa työnhakuvalmennuksen; 40 % kurssilaisista työllistyy valmennuksen jälkeen.

# Toimenpiteet
Järjestämme työnhakuvalmennusta (tavoite 1).
"""

JOBS_REPORT = """\
% Loppuraportti – Uusi alku
Hankekoodi: S28207

# Tulokset

| Mittari | Tavoite | Toteutunut |
|---|---|---|
| Työnhakuvalmennuksen aloittaneet kurssilaiset | 120 | 131 |
"""


def test_a_results_row_gives_a_value_only_to_the_indicator_whose_target_it_states():
    """The row "aloittaneet kurssilaiset | 120 | 131" shares words with the share of the employed,
    but its target is the other indicator's: the share stays unreported."""
    _, project = _project(("suunnitelma.md", JOBS_PLAN), ("loppuraportti.md", JOBS_REPORT))
    assert [f.target for f in _rules(project, "hanke.mittari-raportoimatta")] == ["40 % kurssilaisista työllistyy valmennuksen jälkeen"]
    from suunnitelmatarkastin.project.digest import numbers

    assert numbers("Kävijät | 4 000 | 4 350 (8/8 kylää), arvosana 4,3") == [4000, 4350, 8, 8, 4.3]
