"""A broken rule pack (`--saannot DIR`) is a clear Finnish error naming the file and the rule,
given before any document is read."""

from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from suunnitelmatarkastin import cli
from suunnitelmatarkastin.judge.rules import RuleError, load_rules

RULE = """\
  - id: {id}
    severity: warning
    types: [hankesuunnitelma]
    when:
      each: goal
      where: {{evaluations: 0}}
      exists:
        - fact: period
          where: {{valid: true}}
    message: "{message}"
    hint: "Lisää mittari."
    basis: "Oma ohje."
"""


def _pack(folder, name: str, *rules: dict, raw: str | None = None):
    body = raw if raw is not None else "rules:\n" + "".join(RULE.format(**{"id": "oma.testi", "message": "Tavoite {goal.text}", **r}) for r in rules)
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"message": "Tavoite {goal.otsikko}"}, "faktalla ”goal” ei ole kenttää ”otsikko”"),
        ({"message": "Tavoite {rooting.text}"}, "faktaa ”rooting” ei ole tämän säännön käytössä"),
        ({"message": "Tavoite {goal.text"}, "muotoilu on rikki"),
        ({"message": "Tavoite {goal.text!x}"}, "tuntematon muunnos !x"),
        ({"message": "Tavoite {goal.goal_id:%d.%m.%Y}"}, "paikkamerkin {goal.goal_id} muotoilu kentässä message ei kelpaa"),
    ],
)
def test_bad_placeholder(tmp_path, rule, expected):
    path = _pack(tmp_path, "paketti.yaml", rule)
    with pytest.raises(RuleError) as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value) and "oma.testi" in str(error.value)
    assert expected in str(error.value)


def test_date_format_in_placeholder_is_accepted(tmp_path):
    raw = RULE.format(id="oma.paivays", message="Hanke alkaa {period.start:%-d.%-m.%Y}")
    raw = raw.replace("each: goal", "each: period").replace("where: {evaluations: 0}", "where: {valid: true}")
    _pack(tmp_path, "paketti.yaml", raw="rules:\n" + raw)
    assert any(rule.id == "oma.paivays" for rule in load_rules((str(tmp_path),)))


@pytest.mark.parametrize(
    ("find", "replace", "expected"),
    [
        ("where: {valid: true}", "where: {voimassa: true}", "faktalla ”period” ei ole kenttää ”voimassa”"),
        ("where: {evaluations: 0}", "where: {evaluations: {'~=': 0}}", "tuntematon vertailu ~="),
        ("fact: period", "fact: aikajakso", "tuntematon fakta ”aikajakso”"),
    ],
)
def test_unknown_fact_or_field(tmp_path, find, replace, expected):
    path = _pack(tmp_path, "paketti.yaml", {})
    path.write_text(path.read_text(encoding="utf-8").replace(find, replace), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value) and "oma.testi" in str(error.value)
    assert expected in str(error.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("rules: [\n  - id: x\n", "ei ole kelvollista YAMLia"),
        ("rules:\n\t- id: x\n", "ei ole kelvollista YAMLia"),
        ("", "pitää olla lista rules"),
        ("rules:\n  - vain tekstiä\n", "sääntö #1 on virheellinen"),
    ],
)
def test_malformed_yaml(tmp_path, raw, expected):
    path = _pack(tmp_path, "rikki.yaml", raw=raw)
    with pytest.raises(RuleError) as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value) and expected in str(error.value)


def test_pack_not_in_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("rules: []\n# Sääntö\n".encode("latin-1"))
    with pytest.raises(RuleError, match="ei voitu lukea") as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value)


def test_duplicate_id_in_one_file_and_across_files(tmp_path):
    one = tmp_path / "yksi"
    one.mkdir()
    path = _pack(one, "a.yaml", {}, {})
    with pytest.raises(RuleError, match="sääntö oma.testi on kahteen kertaan") as error:
        load_rules((str(one),))
    assert str(path) in str(error.value)
    two = tmp_path / "kaksi"
    two.mkdir()
    first, second = _pack(two, "a.yaml", {}), _pack(two, "b.yaml", {})
    with pytest.raises(RuleError, match="sääntö oma.testi on kahteen kertaan") as error:
        load_rules((str(two),))
    assert str(first) in str(error.value) and str(second) in str(error.value)


def test_same_id_in_another_pack_overrides(tmp_path):
    for name in ("eka", "toka"):
        (tmp_path / name).mkdir()
        _pack(tmp_path / name, "paketti.yaml", {"message": f"Tavoite {{goal.text}} ({name})"})
    rules = {rule.id: rule for rule in load_rules((str(tmp_path / "eka"), str(tmp_path / "toka")))}
    assert rules["oma.testi"].message.endswith("(toka)")


def test_command_line_stops_before_reading_any_document(tmp_path, monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("a document was read although the rule pack is broken")

    monkeypatch.setattr(cli, "run_batch", must_not_run)
    pack = tmp_path / "saannot"
    pack.mkdir()
    path = _pack(pack, "paketti.yaml", {"message": "Tavoite {goal.otsikko}"})
    (tmp_path / "a.md").write_text("# Tavoitteet\n\n- Yksi\n", encoding="utf-8")
    result = CliRunner().invoke(cli.tarkasta, ["--saannot", str(pack), str(tmp_path / "a.md")])
    assert result.exit_code == 2
    assert str(path) in result.output and "oma.testi" in result.output and "otsikko" in result.output
    assert "Traceback" not in result.output


def _choice_pack(tmp_path, choice: str):
    raw = RULE.format(id="oma.valinta", message="Tavoite {goal.text}") + textwrap.indent(textwrap.dedent(choice), "    ")
    return _pack(tmp_path, "paketti.yaml", raw="rules:\n" + raw)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("messages:\n  by: goal.text\n  cases: {a: x}\n", "messages.by ”goal.text” ei kelpaa"),
        ("messages:\n  by: '{goal.otsikko}'\n  cases: {a: x}\n", "messages.by {goal.otsikko}: kenttää ei ole"),
        ("messages:\n  by: '{rooting.text}'\n  cases: {a: x}\n", "messages.by {rooting.text}: kenttää ei ole"),
        ("messages:\n  by: '{goal.source}'\n  cases: {ehkä: x}\n", "ei voi saada arvoa ”ehkä”"),
        ("messages:\n  by: '{goal.source}'\n  cases: {table: 'Tavoite {goal.otsikko}'}\n", "faktalla ”goal” ei ole kenttää ”otsikko”"),
    ],
)
def test_bad_message_choice(tmp_path, choice, expected):
    """A message chosen by a fact field names a field the rule has, values that field can take, and
    placeholders it can fill; a mistake is found when the pack loads."""
    path = _choice_pack(tmp_path, choice)
    with pytest.raises(RuleError) as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value) and "oma.valinta" in str(error.value)
    assert expected in str(error.value)
