"""The Business Finland profile on whole plans: goal count, measurable goals, vision and next steps."""

from __future__ import annotations

from suunnitelmatarkastin.check import check_text
from suunnitelmatarkastin.profiles import profile_dirs

PACK = profile_dirs(["business-finland"])

GOOD = """% Projektisuunnitelma: Kasvua Baltiasta
# Yrityksen visio ja projektin rooli
Haluamme olla vuonna 2030 Itämeren alueen johtava kierrätysmuovisten kalusteiden valmistaja. Projekti
rakentaa vientiliiketoiminnan, jota visio edellyttää.
# Tausta
Valmistamme puutarhakalusteita kierrätysmuovista Salossa; liikevaihto oli 1,2 miljoonaa euroa vuonna 2025.
# Tavoitteet
1. Yrityksellä on kahdeksan jälleenmyyjää Virossa ja Latviassa kesäkuuhun 2027 mennessä.
2. Viennin osuus liikevaihdosta on 20 %.
3. Uusi verkkotilausjärjestelmä on otettu käyttöön.
# Toteutus ja aikataulu
Projekti toteutetaan 1.2.2026–31.1.2027. Myyntipäällikkö Aino Virtanen vastaa jälleenmyyjäverkosta
ja ostamme markkinaselvityksen konsultilta.
# Kohderyhmä
Baltian puutarhamyymälät ja rautakauppaketjut.
# Budjetti
Kokonaisbudjetti on 180 000 euroa, josta henkilöstökuluja 110 000 euroa.
# Seuranta
Seuraamme jälleenmyyjien määrää ja vientimyyntiä kuukausittain myyntiraportista.
# Seuraavat askeleet projektin jälkeen
Projektin jälkeen laajennamme myynnin Puolaan ja palkkaamme vientimyyjän; tulokset hyödynnetään
seuraavan kolmen vuoden kasvusuunnitelmassa.
"""


def _rules(text: str) -> list[tuple[str, str | None]]:
    return [(f.rule, f.target) for f in check_text(text, "hankesuunnitelma", rule_dirs=PACK)]


def _profile_rules(text: str) -> list[tuple[str, str | None]]:
    return [(r, t) for r, t in _rules(text) if r.startswith("business-finland.") or (r == "rakenne.osio-puuttuu" and t in {"visio", "juurruttaminen"})]


def test_a_plan_that_meets_the_guidance_has_no_profile_finding():
    assert _profile_rules(GOOD) == []


def test_a_vague_goal_is_named_and_the_measurable_ones_are_not():
    text = GOOD.replace("2. Viennin osuus liikevaihdosta on 20 %.", "2. Yrityksen tunnettuus Baltiassa paranee.")
    findings = check_text(text, "hankesuunnitelma", rule_dirs=PACK)
    vague = [f for f in findings if f.rule == "business-finland.tavoite-ei-mitattava"]
    assert len(vague) == 1 and "tunnettuus" in vague[0].message


def test_a_plan_without_vision_or_next_steps_misses_both_sections():
    start, end = GOOD.index("# Yrityksen visio"), GOOD.index("# Tausta")
    text = GOOD[:start] + GOOD[end:]
    text = text[: text.index("# Seuraavat askeleet")]
    missing = {t for r, t in _rules(text) if r == "rakenne.osio-puuttuu"}
    assert {"visio", "juurruttaminen"} <= missing


def test_seven_goals_are_too_many_and_one_is_too_few():
    many = GOOD.replace(
        "3. Uusi verkkotilausjärjestelmä on otettu käyttöön.",
        "3. Uusi verkkotilausjärjestelmä on otettu käyttöön.\n4. Asiakkaita on 40.\n5. Tuotteita on 12.\n"
        "6. Messuja on kolme.\n7. Vientimyyjä on palkattu 1/2027.",
    )
    assert ("business-finland.tavoitteita-liian-paljon", None) in _rules(many)
    one = GOOD.replace("2. Viennin osuus liikevaihdosta on 20 %.\n", "").replace("3. Uusi verkkotilausjärjestelmä on otettu käyttöön.\n", "")
    assert ("business-finland.tavoitteita-liian-vahan", None) in _rules(one)


def test_without_the_profile_none_of_its_rules_run():
    text = GOOD.replace("2. Viennin osuus liikevaihdosta on 20 %.", "2. Yrityksen tunnettuus Baltiassa paranee.")
    assert not [f for f in check_text(text, "hankesuunnitelma") if f.rule.startswith("business-finland.")]
