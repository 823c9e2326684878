"""Rule packs: every rule's own examples fire or pass; malformed packs are clear errors; ids override."""

from __future__ import annotations

import textwrap

import pytest

from suunnitelmatarkastin.check import check_text, fired_on
from suunnitelmatarkastin.judge.rules import RuleError, load_pack, load_rules

RULES = load_rules()
EXAMPLES = [
    pytest.param(rule.id, example, should_fire, id=f"{rule.id}-{'fire' if should_fire else 'pass'}{n}")
    for rule in RULES
    for should_fire, examples in ((True, rule.examples.fire), (False, rule.examples.pass_))
    for n, example in enumerate(examples, start=1)
]
CATALOGUE = {
    "rakenne.osio-puuttuu", "rakenne.osio-tyhja", "rakenne.kysymys-vastaamatta", "rakenne.pohjateksti",
    "tavoite.ei-tavoitteita", "tavoite.ei-toimenpidetta", "tavoite.ei-arviointia",
    "aikataulu.puuttuu", "aikataulu.ristiriita",
}


def test_issue_two_catalogue_is_shipped():
    assert {rule.id for rule in RULES} >= CATALOGUE


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_is_documented_with_examples(rule):
    assert (rule.message and rule.hint and rule.basis) if not rule.derives else rule.doc
    assert len(rule.examples.fire) >= 2 and len(rule.examples.pass_) >= 2


@pytest.mark.parametrize(("rule_id", "example", "should_fire"), EXAMPLES)
def test_rule_examples(rule_id, example, should_fire):
    """A reporting rule's fire examples give its finding; a deriving rule's make its fact."""
    rule = next(r for r in RULES if r.id == rule_id)
    said = fired_on(rule, example)
    assert bool(said) == should_fire, said


def _pack(tmp_path, body: str):
    path = tmp_path / "paketti.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD_RULE = """
rules:
  - id: oma.testi
    severity: warning
    types: [hankesuunnitelma]
    when:
      each: goal
      where: {evaluations: 0}
    message: "Tavoite {goal.text}"
    hint: "Lisää mittari."
    basis: "Oma ohje."
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("rules: [\n  - id: x\n", "YAML"),
        (GOOD_RULE.replace("evaluations: 0", "mittarit: 0"), "ei ole kenttää ”mittarit”"),
        (GOOD_RULE.replace("{goal.text}", "{goal.otsikko}"), "{goal.otsikko}"),
        (GOOD_RULE.replace("{goal.text}", "{rooting.text}"), "{rooting.text}"),
        (GOOD_RULE.replace("each: goal", "each: tavoite"), "tuntematon fakta"),
        (GOOD_RULE.replace("severity: warning", "severity: vakava"), "vakava"),
        (GOOD_RULE.replace("types: [hankesuunnitelma]", "types: [hakemus]"), "hakemus"),
        (GOOD_RULE + GOOD_RULE.split("rules:")[1], "kahteen kertaan"),
        (GOOD_RULE.replace('    basis: "Oma ohje."\n', ""), "basis"),
    ],
)
def test_malformed_packs_name_file_and_rule(tmp_path, body, expected):
    path = _pack(tmp_path, body)
    with pytest.raises(RuleError) as error:
        load_pack(path)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_user_pack_overrides_by_id(tmp_path):
    _pack(tmp_path, GOOD_RULE.replace("oma.testi", "tavoite.ei-arviointia").replace("severity: warning", "severity: info"))
    rules = {rule.id: rule for rule in load_rules((str(tmp_path),))}
    assert rules["tavoite.ei-arviointia"].severity == "info"
    assert len(rules) == len(RULES)
    findings = check_text("# Tavoitteet\n\n- Lapset liikkuvat enemmän.\n", "hankesuunnitelma", rule_dirs=(str(tmp_path),))
    assert [f.severity for f in findings if f.rule == "tavoite.ei-arviointia"] == ["info"]


NONE_OF_ITS_KIND = """
rules:
  - id: oma.ei-yhtaan-mittaria
    severity: warning
    types: [hankesuunnitelma]
    when:
      each: goal
      none:
        - fact: goal
          where: {evaluations: {">": 0}}
    message: "Yhdelläkään tavoitteella ei ole mittaria (esim. {goal.text})"
    hint: "Lisää mittari."
    basis: "Oma ohje."
"""


def test_exists_and_none_of_one_kind_mean_what_they_say(tmp_path):
    """"Any goal" and "no goal with an indicator": a document whose only goal has an indicator gets
    nothing, though durable_rules does not show a rule's bound fact to its own none()."""
    _pack(tmp_path, NONE_OF_ITS_KIND)
    packs = (str(tmp_path),)
    measured = "# Tavoitteet\n\n| Tavoite | Mittari |\n| --- | --- |\n| Kirjaston lainaus kasvaa. | Lainojen määrä kuukausittain |\n"
    unmeasured = "# Tavoitteet\n\n- Kirjaston lainaus kasvaa.\n"

    def fired(text: str) -> int:
        return sum(f.rule == "oma.ei-yhtaan-mittaria" for f in check_text(text, "hankesuunnitelma", rule_dirs=packs))

    assert fired(measured) == 0
    assert fired(unmeasured) == 1


def test_requiring_and_forbidding_the_same_fact_unconditionally_is_an_error(tmp_path):
    path = _pack(tmp_path, NONE_OF_ITS_KIND.replace('          where: {evaluations: {">": 0}}\n', ""))
    with pytest.raises(RuleError, match="ei voi koskaan täyttyä"):
        load_pack(path)


@pytest.mark.parametrize(
    ("text", "rule", "said"),
    [
        (
            "% Hankesuunnitelma\n# Aikataulu\nHanke toteutetaan 1.9.2027–31.8.2026.\n",
            "aikataulu.ristiriita",
            "hankeaika päättyy (31.8.2026) ennen kuin se alkaa (1.9.2027)",
        ),
        (
            "% Hankesuunnitelma\n# Aikataulu\nHanke toteutetaan 1.9.2026–31.8.2027.\n"
            "# Toimenpiteet\nKerhot kokoontuvat ensimmäisen kerran 15.1.2025.\n",
            "aikataulu.ristiriita",
            "päivämäärä on kokonaan hankeajan 1.9.2026–31.8.2027 ulkopuolella",
        ),
        (
            "% Hankesuunnitelma\n# Aikataulu\nHanke toteutetaan 1.9.2026–31.8.2027.\n"
            "# Juurruttaminen\nKerhomalli juurrutetaan kunnan nuorisotyön osaksi.\n",
            "juurrutus.alkaa-myohaan",
            "juurruttamiselle ei ole kerrottu ajankohtaa",
        ),
    ],
)
def test_message_chosen_by_the_case_the_extractor_found(text, rule, said):
    """The extractor records which case it found, the rule's `messages` says it in Finnish."""
    messages = [f.message for f in check_text(text, "hankesuunnitelma") if f.rule == rule]
    assert messages and said in messages[0]


DERIVING_PACK = """
rules:
  - id: oma.mitattava
    derives: measured_goal
    types: [hankesuunnitelma]
    when:
      each: goal
      where: {evaluations: {">": 0}}
  - id: oma.ei-yhtaan-mitattavaa
    severity: warning
    types: [hankesuunnitelma]
    when:
      exists:
        - fact: goal
      none:
        - fact: measured_goal
    message: "Yhdelläkään tavoitteella ei ole mittaria."
    hint: "Anna vähintään yhdelle tavoitteelle mittari."
    basis: "Oma ohje."
"""


def test_a_rule_derives_a_fact_another_rule_tests(tmp_path):
    """A pack's deriving rule makes a fact kind of its own ("a goal that is measured"), and another
    rule of the pack asks for it: no finding while one goal has an indicator, one when none has."""
    _pack(tmp_path, DERIVING_PACK)
    packs = (str(tmp_path),)
    measured = "# Tavoitteet\n\n| Tavoite | Mittari |\n|---|---|\n| Lapset liikkuvat | Liikuntapäiväkirja |\n| Perheet ulkoilevat | |\n"
    unmeasured = "# Tavoitteet\n\n- Lapset liikkuvat enemmän.\n- Perheet ulkoilevat yhdessä.\n"
    rule_of = lambda text: [f for f in check_text(text, "hankesuunnitelma", rule_dirs=packs) if f.rule == "oma.ei-yhtaan-mitattavaa"]  # noqa: E731
    assert not rule_of(measured)
    assert len(rule_of(unmeasured)) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("  - id: oma.x\n    derives: Iso-Nimi\n    types: [all]\n    when: {each: goal}\n", "johdetun faktan nimi ”Iso-Nimi” ei kelpaa"),
        ("  - id: oma.x\n    derives: goal\n    types: [all]\n    when: {each: goal}\n", "on jo tarkastimen oma faktalaji"),
        ("  - id: oma.x\n    derives: oma_fakta\n    types: [all]\n    when: {none: [{fact: goal}]}\n", "pitää olla each"),
        ("  - id: oma.x\n    derives: oma_fakta\n    types: [all]\n    when: {each: goal}\n    message: Hei\n", "ei anna havaintoa"),
        ("  - id: oma.x\n    types: [all]\n    when: {each: goal}\n", "säännöltä puuttuu severity, message, hint, basis"),
    ],
)
def test_deriving_rule_mistakes_are_clear(tmp_path, body, expected):
    path = _pack(tmp_path, "rules:\n" + body)
    with pytest.raises(RuleError) as error:
        load_rules((str(tmp_path),))
    assert str(path) in str(error.value) and expected in str(error.value)


def test_severity_chosen_by_a_fact_field():
    """`severities` picks a finding's severity from its subject: a missing required section is an
    error, a missing recommended one a warning (the lexicon says which is which)."""
    from suunnitelmatarkastin.understand.sections import section_specs

    findings = [f for f in check_text("% Hankesuunnitelma\n# Tausta\nKylässä on kerho.\n", "hankesuunnitelma") if f.rule == "rakenne.osio-puuttuu"]
    required = {spec["key"]: spec["required"] for spec in section_specs("hankesuunnitelma")}
    assert findings and {True, False} <= set(required.values())
    for finding in findings:
        assert finding.severity == ("error" if required[finding.target] else "warning"), finding
