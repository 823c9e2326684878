"""Rooting (juurruttaminen): statements and their timing, the 4V stages, resources, follow-up, channels.

The 4V model (seed 002) says rooting starts when the application is written and runs through
communication (viestintä), tailoring for target groups (variointi), getting outsiders to try the
practice (valtavirtaistaminen) and making it permanent (vakiinnuttaminen). Words for each are data
(`rooting.yaml`), matched by lemma.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..models import (
    ChannelFact,
    DocType,
    Fact,
    FollowUpFact,
    Interval,
    PeriodFact,
    ResponsibilityFact,
    RootingFact,
    RootingPlanFact,
    RootingResourceFact,
    StageFact,
    Table,
)
from .lexicon import any_phrase, load, part, section_keys
from .nlp import Token
from .reading import Reading
from .timeexpr import add_months, find_time_expressions, relative_position
from .timing import delivers_report

_EARLY_ANCHORS = {"haku", "alku", "koko"}
_EARLY_POSITION = 0.25


_lex = part("rooting")


# "parataxis": a clause after a colon that its own word opens as a question lists what is discussed
# ("hallitus käy läpi: mikä on toiminut, mikä ei ole toiminut"), it takes back nothing.
_MODIFIER_CLAUSES = frozenset({"advcl", "acl", "acl:relcl", "parataxis"})


def negated(tokens: list[Token]) -> bool:
    """A sentence with the negative verb ("ei", "eikä", "emme") says something is not done: the
    morphology marks it (Polarity=Neg), whatever its person. A negative inside a clause that only
    modifies the sentence ("…, jotta malli ei riipu yhdestä ihmisestä", "seura, joka ei ole mukana,
    kokeilee …") takes back nothing the sentence plans."""
    return any(
        t.pos in ("AUX", "VERB")
        and t.morph.get("Polarity") == "Neg"
        and not _in_modifier_clause(tokens, i)
        and not _rules_out_an_alternative(tokens, i)
        for i, t in enumerate(tokens)
    )


def _rules_out_an_alternative(tokens: list[Token], i: int) -> bool:
    """Whether the negative verb at i only rules out an alternative coordinated with what is said
    ("työ tehdään osaksi kunnan palveluja eikä omaksi hankkeekseen", "malli jää seuralle eikä
    hankkeelle"): it stands with a coordinated noun or adjective of no clause of its own (no verb,
    no copula) and takes back that alternative, not the sentence's own plan."""
    tok = tokens[i]
    if tok.dep != "aux" or not 0 <= tok.head < len(tokens):
        return False
    alternative = tokens[tok.head]
    if alternative.dep != "conj" or alternative.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    return not any(t.head == tok.head and t.dep in ("cop", "nsubj", "nsubj:pass") for t in tokens)


def _in_modifier_clause(tokens: list[Token], i: int) -> bool:
    """Whether token i stands in an adverbial or relative clause, at any depth of the parse: a
    clause the parser attached as one and that its own word opens as one ("jotta", "jos", "joka");
    "joten" opens a consequence, which is said, not a modifier."""
    openers = set(_lex("modifier_clause_openers"))
    seen: set[int] = set()
    while 0 <= i < len(tokens) and i not in seen:
        seen.add(i)
        if tokens[i].dep in _MODIFIER_CLAUSES and any(t.head == i and t.lemma in openers for t in tokens):
            return True
        if tokens[i].dep == "ROOT":
            return False
        i = tokens[i].head
    return False


def negated_at(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the words tokens[start:end] stand where a negative verb rules them out: in the
    clause the negative belongs to, not in a clause coordinated with it ("mallia ei tehdä yhdellä
    kaavalla, vaan siitä tehdään oma versio kouluille": the version is made)."""
    for n, t in enumerate(tokens):
        if not (t.pos in ("AUX", "VERB") and t.morph.get("Polarity") == "Neg") or _in_modifier_clause(tokens, n):
            continue
        head = t.head if t.dep in ("aux", "cop") and 0 <= t.head < len(tokens) else n
        if any(_under(tokens, i, head) for i in range(start, end)):
            return True
    return False


def _under(tokens: list[Token], i: int, head: int) -> bool:
    """Whether token i is in the subtree of `head` without passing a coordinated clause of it."""
    seen: set[int] = set()
    while 0 <= i < len(tokens) and i not in seen:
        if i == head:
            return True
        seen.add(i)
        if (tokens[i].dep == "conj" and tokens[i].head == head) or tokens[i].dep == "ROOT":
            return False
        i = tokens[i].head
    return False


def is_rooting(tokens: list[Token]) -> bool:
    if writes_into_plan(tokens):
        return True
    handing = set(_lex("handover_verbs"))
    if _says(tokens, [w for w in _lex("rooting") if w not in handing]):
        return True
    return _says(tokens, _lex("handover_verbs")) and not _moves_things_only(tokens)


def _moves_things_only(tokens: list[Token]) -> bool:
    """Whether every verb of handing over in the sentence moves something into a thing or a place
    ("siirrämme kohteet siihen", "aineistot siirretään uuteen alustaan"): into an illative that is
    no organisation's work or practice (`handover_places`, or one an organisation or a role owns),
    with no one it is handed to (an allative: "seuralle") and nothing it is made (a translative:
    "pysyväksi tehtäväksi"). Such a move is the project's own work, not handing the work over."""
    owners = load("owners")
    keepers = owners["organisation"] + owners["role"]
    verbs = [i for i, t in enumerate(tokens) if any_phrase([t], _lex("handover_verbs")) is not None]
    for i in verbs:
        args = [j for j, t in enumerate(tokens) if t.head == i and j != i]
        if any(tokens[j].morph.get("Case") in ("All", "Tra") for j in args):
            return False
        into = [j for j in args if tokens[j].morph.get("Case") == "Ill"]
        if not into:
            return False
        for j in into:
            owned = any(t.head == j and t.morph.get("Case") == "Gen" and _names(t, keepers) for t in tokens)
            if owned or _names(tokens[j], keepers) or _names(tokens[j], _lex("handover_places")):
                return False
    return bool(verbs)


def writes_into_plan(tokens: list[Token]) -> bool:
    """A practice written into an organisation's own plan, budget or job description ("lukuhetket
    kirjataan kunnan opetussuunnitelmaan", "tehtävä lisätään sihteerin toimenkuvaan"): that makes
    it part of the organisation's structures, which is rooting in any words. It takes a verb that
    enters something into a document, not in the past ("kirjattiin" tells of what was done), an
    illative plan word or a part of one ("… opetussuunnitelman paikalliseen osaan", "osaksi kunnan
    strategiaa") that is not the project's own ("hankesuunnitelmaan"), and a genitive organisation
    or role whose plan it is. A sentence that the plan only relates to ("liittyy kunnan
    strategiaan") enters nothing, nor does one that enters the project itself or its money
    ("omarahoitus sisällytetään kunnan toimintasuunnitelmaan"): that funds the project, it roots nothing."""
    owners = load("owners")
    if not any(_enters_a_practice(tokens, i, owners["project"]) for i in range(len(tokens))):
        return False
    if not any(t.morph.get("Case") == "Gen" and _names(t, owners["organisation"] + owners["role"]) and not _names(t, owners["project"]) for t in tokens):
        return False
    return any(_into_plan(tokens, i) for i, t in enumerate(tokens) if t.morph.get("Case") == "Ill" or (t.morph.get("Case") == "Tra" and t.lemma in owners["part_of"]))


def _enters_a_practice(tokens: list[Token], i: int, project: list[str]) -> bool:
    """Whether token i is a verb that enters something into a document, not in the past, and what
    it enters is neither the project nor money or work (`resources`, also as a compound's part:
    "omarahoitusosuus")."""
    tok = tokens[i]
    verbs = _lex("plan_entry_verbs")
    # the verbal noun of an entering verb ("ottamista osaksi palveluvalikoimaa") enters it as well
    noun = tok.morph.get("Derivation") == "Minen" and any(a in verbs for a in tok.alternatives)
    if (tok.lemma not in verbs and not noun) or tok.morph.get("Tense") == "Past":
        return False
    entered = [t for j, t in enumerate(tokens) if t.head == i and j != i and t.dep in ("obj", "nsubj", "nsubj:pass")]
    money = _lex("resources")
    return not any(_names(t, project) or _names(t, money) or any(p in money for p in t.parts) for t in entered)


def _names(token: Token, words: list[str]) -> bool:
    """Whether the token is one of the words by its lemma or its compound's last part."""
    return any_phrase([token], words, parts=False) is not None or bool(token.parts and token.parts[-1] in words)


def _into_plan(tokens: list[Token], i: int) -> bool:
    """Whether the illative at i, or a genitive or partitive it governs, is an organisation's plan."""
    chain = {i}
    # "osaksi palveluvalikoimaa": the whole a part is made of follows the part word, wherever the
    # parser attached it
    if tokens[i].morph.get("Case") == "Tra" and i + 1 < len(tokens) and tokens[i + 1].pos == "NOUN":
        chain.add(i + 1)
    for _ in range(3):
        chain |= {j for j, t in enumerate(tokens) if t.head in chain and t.dep.startswith("nmod") and j != t.head}
    return any(
        _names(tokens[j], _lex("plan_words")) and not any(p in _lex("project_plan_parts") for p in tokens[j].parts[:-1])
        for j in chain
    )


def _says(tokens: list[Token], words: list[str]) -> bool:
    """A lexicon's words in the sentence as the tagger read it: a finite verb is not the adjective
    its other analysis gives ("pysyvät mukana" is "pysyä", not "pysyvä")."""
    if any_phrase(tokens, words) is None:
        return False
    tagged = [replace(t, alternatives=()) if t.morph.get("VerbForm") == "Fin" and t.alternatives else t for t in tokens]
    return any_phrase(tagged, words) is not None


def _says_positively(tokens: list[Token], words: list[str]) -> bool:
    """A lexicon's words in the sentence and not ruled out by a negative ("mallia ei tarjota
    muille kunnille" plans no spreading)."""
    if not _says(tokens, words):
        return False
    match = any_phrase(tokens, words)
    return match is None or not negated_at(tokens, match.start, match.end)


def first_quarter_end(period: PeriodFact) -> date:
    """The first day after the first quarter of the project period, counted in calendar months
    (a 24-month project's first quarter is its first six months)."""
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    return add_months(period.start, months // 4)


def _timing(sentence: str, period: PeriodFact | None) -> tuple[bool, bool, str, float | None]:
    """(timed, early, expression, position) for a rooting sentence; the position is where its
    earliest expression starts on the project timeline, where the period is known."""
    expressions = find_time_expressions(sentence)
    if not expressions:
        return False, False, "", None
    known = period is not None and period.valid and period.start and period.end
    span = Interval(start=period.start, end=period.end) if known else None
    placed = [(relative_position(e.interval, span) if span else None, e) for e in expressions]
    positions = [p for p, _ in placed if p is not None]
    position = min(positions) if positions else None
    for where, expression in placed:
        interval = expression.interval
        early = interval.anchor in _EARLY_ANCHORS or (
            known and interval.start is not None and interval.start < first_quarter_end(period)
        ) or (known and interval.start is None and where is not None and where < _EARLY_POSITION)
        if early:
            return True, True, expression.text, where
    earliest = min(placed, key=lambda pe: pe[0] if pe[0] is not None else 2.0)[1]
    return True, False, earliest.text, position


def rooting_statements(reading: Reading) -> list[RootingFact]:
    """Sentences that plan rooting: in a rooting section, or speaking of rooting anywhere. A
    paragraph that speaks of rooting is one plan: its sentence that says when the work began ("Jo
    hanketta suunniteltaessa sovimme seuran kanssa, että …") dates the rooting the others describe.
    The field the project period was read from ("Toteutusaika: 1.3.2026–28.2.2027") plans no
    rooting in its own words, even where a form's field runs into a part on rooting: its dates are
    the whole project's, they do not say that rooting starts early."""
    in_section = rooting_section_blocks(reading)
    sentences = list(reading.sentences(reading.body_blocks()))
    rooting_paragraphs = {b for b, _, tokens in sentences if is_rooting(tokens) and not negated(tokens)}
    period_block = reading.period.location.paragraph if reading.period is not None else None
    facts = []
    for b, sentence, tokens in sentences:
        if b not in in_section and not is_rooting(tokens) and not (b in rooting_paragraphs and _starts_early(sentence)):
            continue
        if b == period_block and not is_rooting(tokens):
            continue  # the project period's own field dates the project, not its rooting
        if b not in in_section and delivers_report(tokens):
            continue  # "loppuraportti toimitetaan hankkeen päätyttyä" reports on the project, it roots nothing
        if negated(tokens) and not is_rooting(tokens):
            continue
        timed, early, when, position = _timing(sentence, reading.period)
        facts.append(
            RootingFact(text=sentence[:300], timed=timed, early=early, when=when, position=position, location=reading.location(b))
        )
    return facts

def _role_or_heading_blocks(reading: Reading, role: str, heading_words: str) -> set[int]:
    """The blocks of the sections the type files under `role`, and of the sections whose own heading
    says the same in the words of the lexicon list `heading_words`, whatever key they have."""
    blocks = set(reading.blocks_with_keys(section_keys(role)))
    for section in reading.sections:
        heading = reading.analyses[section.heading_block].tokens
        if section.level and not section.appendix and any_phrase(heading, _lex(heading_words)) is not None:
            blocks.update(section.all_blocks)
    return blocks


def rooting_section_blocks(reading: Reading) -> set[int]:
    """The blocks of the parts on rooting: sections the type files under rooting, and sections whose
    own heading names rooting whatever key the type gives them (in an evaluation plan "Juurtuminen
    ja arviointi" is filed under the use of evaluation data, yet every sentence in it plans rooting)."""
    blocks = _role_or_heading_blocks(reading, "rooting", "rooting_headings")
    for section in reading.sections:
        if section.level and not section.appendix and _uses_the_results(reading.analyses[section.heading_block].tokens):
            blocks.update(section.all_blocks)
    return blocks


def _uses_the_results(heading: list[Token]) -> bool:
    """A heading on putting the project's own results to use ("Tulosten käyttö hankkeen jälkeen",
    "Miten tuloksia hyödynnetään?"): the part under it plans rooting in any document type, also
    where an evaluation plan files it under the use of evaluation data. The results of the
    evaluation ("Arvioinnin tulosten hyödyntäminen", "Arviointitulosten käyttö") are no rooting:
    they serve steering the project."""
    if any_phrase(heading, _lex("results_use_headings")) is None:
        return False
    return not any(t.lemma in _lex("evaluation_results") or any(p in _lex("evaluation_results") for p in t.parts[:-1]) for t in heading)


def _asks(sentence: str) -> bool:
    """A question, also a form's required one ("Missä tuloksista kerrotaan? *"): it asks, it says nothing."""
    return sentence.rstrip(" *").endswith("?")


def _starts_early(sentence: str) -> bool:
    """A time of the application stage or the project's start ("jo hakuvaiheessa", "heti alussa")."""
    return any(e.interval.anchor in _EARLY_ANCHORS - {"koko"} for e in find_time_expressions(sentence))


def rooting_plan(statements: list[RootingFact]) -> list[RootingPlanFact]:
    """The rooting plan as a whole, located at its earliest timed statement (or its first one)."""
    if not statements:
        return []
    timed = [s for s in statements if s.timed]
    first = min(timed, key=lambda s: s.position if s.position is not None else 2.0) if timed else statements[0]
    return [
        RootingPlanFact(
            early=any(s.early for s in statements),
            timed=bool(timed),
            earliest=f"”{first.when}”" if timed else "",
            location=first.location,
        )
    ]


def stages(reading: Reading, owners: list[ResponsibilityFact]) -> list[StageFact]:
    """Each 4V stage, addressed when a sentence of the document speaks of it. Tailoring, spreading
    and making permanent are stages of the results' rooting: a sentence counts for them where it
    speaks of the results or the model, or stands in the parts on rooting and results ("selkokieli"
    as a workshop topic tailors nothing). A stage marked `owned` (making permanent) is addressed
    also by a sentence in which a named owner outside the project carries the work on ("Hankkeen
    jälkeen kerhoista vastaa seuran puheenjohtaja"), in whatever words; a sentence in which the
    work goes on as an organisation's own practice speaks of the results wherever it stands."""
    found: dict[str, int] = {}
    specs = _lex("stages")
    in_section = set(reading.blocks_with_keys(section_keys("results"))) | rooting_section_blocks(reading)
    keepers = {o.location.paragraph for o in owners if o.named and not o.project}
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if _asks(sentence):
            continue  # a question asks ("Miten malli sopii muille kunnille?"): it plans no stage
        results = any_phrase(tokens, _lex("result_words")) is not None
        about_results = b in in_section or is_rooting(tokens) or results
        carries_on = b in keepers and _carries_on(sentence, tokens, reading.period)
        practised = _goes_on_as_practice(tokens)
        for key, spec in specs.items():
            if key in found or (spec.get("results_only") and not about_results and not carries_on and not practised):
                continue
            if _says_positively(tokens, spec["words"]) or _stage_by_reading(spec, tokens, carries_on, results, practised):
                found[key] = b
    return [
        StageFact(key=key, name=spec["name"], addressed=key in found, location=reading.location(found[key]) if key in found else reading.location(0))
        for key, spec in specs.items()
    ]


def _stage_by_reading(spec: dict, tokens: list[Token], carries_on: bool, results: bool, practised: bool) -> bool:
    """A stage addressed by what the sentence does rather than by a word of its own (the flags of
    the stage in `rooting.yaml`): combining the results, or joining a practice to another service
    ("malli yhdistetään kerhotoimintaan", "kerhon yhdistäminen iltapäivätoimintaan"; the project
    combining two kinds of work, "hanke yhdistää A:n ja B:n", varies no result), a named owner
    carrying the work on, results made for several groups or taken up in a form of their own, the
    model spread to all the organisations of an area, a practice written into an organisation's
    plan, or the work going on as an organisation's own practice."""
    return (
        (_says_positively(tokens, spec.get("combined", [])) and (results or _joined_to_another(tokens, spec["combined"])))
        or (spec.get("owned", False) and carries_on)
        or (spec.get("practised", False) and practised)
        or (spec.get("tailored", False) and _tailored_for_groups(tokens))
        or (spec.get("variant_form", False) and _taken_up_in_a_form(tokens))
        or (spec.get("fitted", False) and _fitted_to_a_group(tokens))
        or (spec.get("spread_to_all", False) and results and _spread_to_all(tokens))
        or (spec.get("planned", False) and writes_into_plan(tokens) and not negated(tokens))
    )


def _goes_on_as_practice(tokens: list[Token]) -> bool:
    """The work going on as an organisation's own practice: a verb of going on, not negated, with
    an essive or translative practice word that an organisation or a role owns by its genitive, or
    that is said to be its own ("seteliä jatketaan kuntien yhteisenä käytäntönä", "kerho jää koulun
    pysyväksi toiminnaksi", "ryhmä jatkuu omana toimintanaan"). That makes it permanent
    (vakiinnuttaminen) whether or not the word is used; the project's own activity ("jatkuu
    hankkeen toimintana") becomes no organisation's."""
    owners = load("owners")
    for i, verb in enumerate(tokens):
        if verb.pos != "VERB" or verb.lemma not in _lex("practice_continues") or negated_at(tokens, i, i + 1):
            continue
        for j, t in enumerate(tokens):
            if t.head != i or j == i or not _names(t, _lex("practice_words")):
                continue
            modifiers = [d for k, d in enumerate(tokens) if d.head == j and k != j]
            # an attribute agrees with its noun: "omana toimintanaan" is essive even where the
            # possessive suffix makes the tagger read the noun as an illative
            if not ({t.morph.get("Case")} | {d.morph.get("Case") for d in modifiers if d.dep == "amod"}) & {"Ess", "Tra"}:
                continue
            if any(d.lemma in _lex("own_practice") for d in modifiers) or any(
                d.morph.get("Case") == "Gen" and _names(d, owners["organisation"] + owners["role"]) and not _names(d, owners["project"])
                for d in modifiers
            ):
                return True
    return False


def _joined_to_another(tokens: list[Token], words: list[str]) -> bool:
    """A combining word with what it joins the thing to: an illative ("yhdistetään
    iltapäivätoimintaan") or a "kanssa" phrase ("yhdistetään kirjaston palvelujen kanssa")."""
    for i, t in enumerate(tokens):
        if any_phrase([t], words, parts=False) is None:
            continue
        for j, d in enumerate(tokens):
            if d.head == i and j != i and (
                d.morph.get("Case") == "Ill" or any(c.head == j and c.lemma in _lex("joined_with") for c in tokens)
            ):
                return True
    return False


def _taken_up_in_a_form(tokens: list[Token]) -> bool:
    """The model tried or used in a form of its own: a verb of trying or using with a result word
    as its object or subject and an essive beside it that says the form ("naapurikunta kokeilee
    mallia kesäleirinä", "malli otetaan käyttöön kevyempänä"). Adapting the results for another
    place or group is variointi whether or not the word is used; an essive that says it stays the
    same or becomes a part of something ("sellaisenaan", "osana palveluja") changes nothing."""
    results = _lex("result_words")
    for i, verb in enumerate(tokens):
        if verb.pos != "VERB" or verb.lemma not in _lex("variant_use_verbs"):
            continue
        models = {j for j, t in enumerate(tokens) if t.head == i and j != i and t.dep in ("obj", "nsubj", "nsubj:pass") and _names(t, results)}
        if not models:
            continue
        # the essive stands beside the verb ("kokeilee mallia kesäleirinä") or on the model itself
        beside = [(j, t) for j, t in enumerate(tokens) if t.head in models | {i} and j != t.head and t.dep in ("obl", "xcomp", "nmod")]
        if any(
            t.morph.get("Case") == "Ess" and t.pos in ("NOUN", "ADJ") and not _names(t, _lex("not_variant_forms"))
            and not negated_at(tokens, j, j + 1)
            for j, t in beside
        ):
            return True
        if verb.morph.get("Person") != "1" and any(_own_setting(tokens, j) for j, t in beside if t.head == i):
            return True
    return False


def _own_setting(tokens: list[Token], j: int) -> bool:
    """Whether the place at j is a setting of the takers' own: an inessive or adessive that "oma"
    modifies ("naapuriseura kokeilee mallia omilla leireillään"): others take the model into their
    own activities, where it takes their form (the project's own, "omissa ryhmissämme", is not others'). A place of practice ("omassa työssään", "omassa
    toiminnassaan") makes it part of their work instead (`handover_places`), varying nothing."""
    place = tokens[j]
    if place.morph.get("Case") not in ("Ine", "Ade") or place.pos != "NOUN" or place.morph.get("Person[psor]") == "1" or _names(place, _lex("handover_places")):
        return False
    return any(d.head == j and d.lemma in _lex("own_practice") for d in tokens)


def _fitted_to_a_group(tokens: list[Token]) -> bool:
    """Something made to fit a group: a translative or essive of a fitting word (`fitting_words`)
    with the group in the allative beside it or its verb ("ohjelma muutetaan nuoremmille
    sopivaksi", "aineisto tehdään ikäihmisille soveltuvaksi"). That adapts the work for its users
    (variointi) in whatever verb; a negated one ("ei sovi pienille") adapts nothing."""
    for j, t in enumerate(tokens):
        if t.morph.get("Case") not in ("Tra", "Ess") or not _names(t, _lex("fitting_words")) or negated_at(tokens, j, j + 1):
            continue
        if any(d.morph.get("Case") == "All" and d.pos in ("NOUN", "PRON", "PROPN") and d.head in (j, t.head) and k != j for k, d in enumerate(tokens)):
            return True
    return False


def _spread_to_all(tokens: list[Token]) -> bool:
    """Organisations of a whole area or all of them ("koko maakunnan koulujen", "kaikkien kuntien"):
    the model becoming theirs reaches beyond the project (valtavirtaistaminen)."""
    for i, t in enumerate(tokens):
        if t.morph.get("Number") != "Plur" or not _names(t, _lex("spread_targets")):
            continue
        near = {i} | {j for j, d in enumerate(tokens) if d.head == i and j != i}
        near |= {j for j, d in enumerate(tokens) if d.head in near and j != d.head}
        if any(tokens[j].lemma in _lex("spread_quantifiers") for j in near):
            return True
    return False


def _tailored_for_groups(tokens: list[Token]) -> bool:
    """Results made into separate forms, each for its own group: a thing said to be separate or
    their own (`tailoring_modifiers`: "erilliset tiivistelmät", "omat ohjeet") for two groups or
    more joined in the allative ("… opettajille ja huoltajille"). That tailors the results for
    their users (variointi) in any words; one recipient alone ("erillinen budjetti hankkeelle")
    does not."""
    if not any(t.dep == "amod" and t.lemma in _lex("tailoring_modifiers") for t in tokens):
        return False
    return any(t.dep == "conj" and t.morph.get("Case") == "All" and tokens[t.head].morph.get("Case") == "All" for t in tokens if 0 <= t.head < len(tokens))


def _carries_on(sentence: str, tokens: list[Token], period: PeriodFact | None) -> bool:
    """A sentence about the work going on after the project ("jatkaa", "ylläpitää", "hankkeen päätyttyä")."""
    return any_phrase(tokens, load("owners")["continuation"]) is not None or _after_project(sentence, period)


def _sets_aside(tokens: list[Token], committed_only: bool = False) -> bool:
    """An amount of money or work ("0,5 htv", "25 000 €"), a verb that sets resources aside, or
    one that reserves a count of the project's own sessions or days ("kolme tapaamista varataan"),
    or a share of work time or money ("työajasta neljännes");
    `committed_only`: only the verb with its money or work ("varaa 6 000 euroa"), since an amount
    alone ("71 prosenttia vastaajista") may be a result."""
    units = any_phrase(tokens, _lex("resource_units"), parts=False) is not None
    number = any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) for t in tokens)
    committed = any(
        any_phrase([t], _lex("resource_commitments"), parts=False) and t.morph.get("Mood") != "Cnd" for t in tokens
    )
    resource_word = any_phrase(tokens, _lex("resources"), parts=False) is not None
    # "Kevään kolme tapaamista on varattu …": a count of sessions reserved is time set aside
    # (in the conditional, "voitaisiin varata", it is only considered)
    reserved = (
        not committed_only
        and _counted(tokens)
        and any(any_phrase([t], _lex("resource_reservations"), parts=False) for t in tokens)
        and not any(t.morph.get("Mood") == "Cnd" for t in tokens)
    )
    # "työajasta kolmannes kuluu …": a share of the resource named as its source
    share = any_phrase(tokens, _lex("resource_shares"), parts=False) is not None and any(
        t.morph.get("Case") == "Ela" and any_phrase([t], _lex("resources"), parts=False) for t in tokens
    )
    return (((units and number) or share) and not committed_only) or (committed and (resource_word or (units and number))) or reserved


def _counted(tokens: list[Token]) -> bool:
    """A count ("kaksi", "3"), not a year or a date: how many of something."""
    return any(t.pos == "NUM" and (t.text.isalpha() or (t.text.isdigit() and len(t.text) < 4)) for t in tokens)


def resources(reading: Reading) -> list[RootingResourceFact]:
    """Rooting sentences that set aside time, staff or money, and filled resources columns. An exit
    plan is about rooting throughout: money or work it commits anywhere, in a sentence or in a
    resources column, serves the continuation; so does a sentence that goes on from a rooting
    sentence in its paragraph ("Hankkeen jälkeen kerho jatkuu seuran omana toimintana. Seura varaa
    sille 800 euroa vuodessa."). A budget sets money aside by listing it: there a line or a table
    row on rooting with an amount or its payer's budget is a resource (`_budget_line`). An exit
    plan's own part on resources or costs ("Vastuut ja resurssit") is the continuation's: the work
    time or money it states is set aside for rooting in whatever verb ("tarvitaan 6 tuntia
    viikossa", "on ehdotettu talousarvioon"), and so is a cost it gives a payer ("palkka maksetaan
    kunnan budjetista")."""
    in_section = rooting_section_blocks(reading)
    budget = budget_blocks(reading)
    exit_plan = reading.doc_type == DocType.exit_suunnitelma
    facts = []
    before: tuple[int, bool] = (-1, False)  # the previous sentence's block and whether it spoke of rooting
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if reading.document.blocks[b].table is not None:
            continue
        rooting = is_rooting(tokens)
        about_rooting = b in in_section or rooting or before == (b, True) or (exit_plan and b in budget)
        before = (b, rooting)
        if negated(tokens):
            continue
        if (
            ((about_rooting or exit_plan) and _sets_aside(tokens, committed_only=not about_rooting))
            or (rooting and b in budget and _budget_line(tokens, listed_only=True))
            or (exit_plan and b in budget and _budget_line(tokens))
        ):
            facts.append(RootingResourceFact(text=sentence[:300], location=reading.location(b)))
    for table in reading.document.tables:
        if not table.rows or reading.in_appendix(table.block_ids[0][0]):
            continue
        rooting_table = bool(reading.keys_at(table.block_ids[0][0]) & section_keys("rooting"))
        budget_table = table.block_ids[0][0] in budget or any(
            any_phrase(reading.analyses[b].tokens, _lex("budget_words")) for b in table.block_ids[0]
        )
        for block, label in value_cells(reading, table):
            resource_column = any_phrase(label, _lex("resource_column"))
            tokens = reading.analyses[block].tokens
            row = _row_tokens(reading, block) + tokens
            if not tokens or negated(tokens):
                continue
            rooting_row = is_rooting(row)
            if not ((exit_plan and resource_column) or rooting_table or rooting_row):
                continue
            if resource_column or _sets_aside(row) or (budget_table and rooting_row and _budget_line(row)):
                cell = reading.document.blocks[block]
                facts.append(RootingResourceFact(text=" | ".join(table.rows[cell.row or 0])[:300], location=reading.location(block)))
    return facts


def budget_blocks(reading: Reading) -> set[int]:
    """The blocks of the budget: sections the type files under the budget, and sections whose own
    heading names it ("Kustannukset", "Talousarvio") whatever key they have (an exit plan has no
    budget section of its own)."""
    return _role_or_heading_blocks(reading, "budget", "budget_words")


def _budget_line(tokens: list[Token], listed_only: bool = False) -> bool:
    """A budget's line (or table row) that sets money or work aside by listing it: an amount, a
    number that is no year or date ("Juurrutustyö: 4 000"), or the budget of the organisation that
    pays ("Materiaalien päivitys hankkeen jälkeen, kaupungin talousarvio"). `listed_only`: only a
    line without a finite verb, a listed item; a sentence in a budget says what it says
    ("Jatkon rahoitus ratkeaa myöhemmin")."""
    if listed_only and any(t.pos in ("VERB", "AUX") and t.morph.get("VerbForm") == "Fin" for t in tokens):
        return False
    if any(t.pos == "NUM" and _amount(t.text) for t in tokens):
        return True
    payer = any(any_phrase([t], load("owners")["organisation"]) is not None for t in tokens)
    return payer and any_phrase(tokens, _lex("resources")) is not None


def _amount(text: str) -> bool:
    """A number written as an amount ("8", "000", "0,2"), not a year ("2027") nor a date or a range."""
    digits = text.replace(",", "", 1).replace(".", "", 1)
    return digits.isdigit() and not (len(digits) == 4 and 1900 <= int(digits) <= 2100) and int(digits) > 0


def value_cells(reading: Reading, table: Table) -> list[tuple[int, list[Token]]]:
    """Each value cell of a table (its block) with the tokens of the label that heads it: the
    column's header, or, in a table of field labels whose first column names the fields row by row
    ("Vastuutaho | …", "Kustannukset | …", "Seuranta | …", often nested in another table's cell),
    the row's first cell. Such a table has no header row: its first row is a field like the rest."""
    rows = table.block_ids
    labels = [reading.analyses[row[0]].tokens for row in rows if len(row) > 1]
    if len(labels) == len(rows) >= 2 and all(_field_label(t) for t in labels):
        return [(block, reading.analyses[row[0]].tokens) for row in rows for block in dict.fromkeys(row[1:]) if block != row[0]]
    return [
        (rows[r][c], reading.analyses[rows[0][c]].tokens)
        for c in range(len(rows[0]))
        for r in range(1, len(rows))
        if c < len(rows[r])
    ]


def _field_label(tokens: list[Token]) -> bool:
    """A short verbless label naming a field of the continuation (its owner, resources, the
    decision on it or its follow-up): "Vastuuhenkilö", "Resurssit", "Päätös", "Seuranta"."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    return (
        0 < len(words) <= 4
        and not any(t.morph.get("VerbForm") == "Fin" for t in words)
        and any(
            any_phrase(words, words_list, parts=False) is not None
            for words_list in (load("owners")["owner_column"], _lex("resource_column"), _lex("decision_column"), _lex("follow_up"))
        )
    )


def _row_tokens(reading: Reading, block: int) -> list[Token]:
    """The tokens of the other cells in a table cell's row (empty for blocks outside tables)."""
    cell = reading.document.blocks[block]
    if cell.table is None:
        return []
    ids = reading.document.tables[cell.table].block_ids[cell.row]
    return [t for i in ids if i != block for t in reading.analyses[i].tokens]


def follow_ups(reading: Reading) -> list[FollowUpFact]:
    """Sentences (or table rows) saying how uptake or rooting will be followed after the project,
    in their own words or under a heading that says so."""
    facts = []
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        own = [
            t
            for i, t in enumerate(_as_adjectives(tokens))
            if not (_where_used(tokens, i) or _surveys_prospects(tokens, i) or _taught(tokens, i))
        ]
        context = own + _row_tokens(reading, b) + _heading_tokens(reading, b)
        reports = _reports_figures(own)
        if negated(tokens) or not (_follows_up(context) or _counts_uptake(own) or reports) or _within_project(sentence, reading.period):
            continue
        if _after_project(sentence, reading.period) or any_phrase(context, _lex("follow_up_context")) or (reports and _regularly(own)):
            facts.append(FollowUpFact(text=sentence[:300], location=reading.location(b)))
    return facts


def _where_used(tokens: list[Token], i: int) -> bool:
    """A word that only says where a result is put to use: the inessive or adessive of a verb of
    using ("lomake otetaan käyttöön asiakkaiden arvioinnissa", "mittaria käytetään kotikäyntien
    seurannassa"). The assessment there is the work the result serves, not a follow-up of the
    result's uptake after the project."""
    tok = tokens[i]
    if tok.morph.get("Case") not in ("Ine", "Ade") or tok.dep != "obl" or not 0 <= tok.head < len(tokens):
        return False
    return tokens[tok.head].lemma in _lex("use_verbs")


def _taught(tokens: list[Token], i: int) -> bool:
    """A word for what people are trained to do themselves ("kerhoja opastetaan mittaamaan
    lintukantoja", "vapaaehtoiset koulutetaan tekemään maastoseurantaa"): the object or
    infinitive under a verb of teaching is the skill the project passes on, the work the result
    is, not a follow-up of its uptake after the project. Staff trained to follow the uptake
    itself ("koulutetaan seuraamaan mallin käyttöä hankkeen jälkeen") do follow it up."""
    teaching = _lex("teaching_verbs")
    if any_phrase(tokens, _lex("follow_up_context")) is not None:
        return False
    j, seen = i, set()
    while 0 <= j < len(tokens) and j not in seen and len(seen) < 3:
        seen.add(j)
        if tokens[j].dep.split(":")[0] not in ("obj", "xcomp") or not 0 <= tokens[j].head < len(tokens):
            return False
        j = tokens[j].head
        if tokens[j].lemma in teaching:
            return True
    return False


def _surveys_prospects(tokens: list[Token], i: int) -> bool:
    """A verb whose object is an option still to be found ("uusia rahoituslähteitä kartoitetaan
    2028", "selvitetään yhteistyökumppaneita"): it looks ahead for further work, it does not follow
    the uptake of the results. A verb coordinated with another without an object of its own shares
    that one's ("vaihtoehtoja selvitetään ja kartoitetaan")."""
    prospects = _lex("prospects")
    tok = tokens[i]
    if tok.pos != "VERB":
        return False
    objects = [t for j, t in enumerate(tokens) if t.head == i and j != i and t.dep == "obj"]
    if not objects and tok.dep == "conj" and 0 <= tok.head < len(tokens) and tokens[tok.head].pos == "VERB":
        objects = [t for j, t in enumerate(tokens) if t.head == tok.head and j != tok.head and t.dep == "obj"]
    return any(t.lemma in prospects or (t.parts and t.parts[-1] in prospects) for t in objects)


def _as_adjectives(tokens: list[Token]) -> list[Token]:
    """An attribute the tagger reads as an adjective is that adjective, not the finite verb its
    other analysis gives: "seuraavat kulut" are the following ones ("seuraava"), nothing that
    follows up ("seurata": "they follow"). A participle that follows something ("lainauksia
    seuraavat työntekijät") the tagger reads as a verb, and it stays one."""
    return [replace(t, alternatives=()) if t.pos == "ADJ" and t.dep == "amod" and t.alternatives else t for t in tokens]


def _heading_tokens(reading: Reading, block: int) -> list[Token]:
    """The tokens of the heading a block stands under: under "Seuranta hankkeen jälkeen" every
    sentence tells how the follow-up is done, whatever its own words."""
    s_i = reading.owner[block]
    section = reading.sections[s_i] if s_i is not None else None
    return reading.analyses[section.heading_block].tokens if section is not None and section.level else []


def _follows_up(tokens: list[Token]) -> bool:
    """A follow-up word other than the project's own report: what is written into its final or an
    interim report ("kirjataan loppuraporttiin") is done within the project, not followed after it."""
    if any_phrase(tokens, _lex("follow_up")) is None:
        return False
    others = [t for t in tokens if any_phrase([t], _lex("project_reports"), parts=False) is None]
    return any_phrase(others, _lex("follow_up")) is not None


_CLAUSE_RELATIONS = ("ccomp", "conj", "acl:relcl", "advcl", "parataxis")  # a clause under a verb, by UD


def _counts_uptake(tokens: list[Token]) -> bool:
    """A follow-up told in everyday words: a verb of looking or going through whose clause asks how
    much or how many ("hallitus katsoo joka syksy, montako lainaa on tehty", "käydään läpi, kuinka
    moni perhe palvelua käytti"). What is counted is the uptake, whatever the verb; "katsoo, että
    …" is an opinion, and asks nothing. After a comma the parser may attach the question as a
    clause coordinated with the verb or as a relative clause ("käy läpi kahdesti vuodessa, montako
    asiakasta on käynyt"): a clause of the verb that asks is its question however it is attached."""
    match = any_phrase(tokens, _lex("looking_verbs"))
    if match is None:
        return False
    verb = match.start
    clauses = [j for j, t in enumerate(tokens) if t.head == verb and j != verb and t.dep in _CLAUSE_RELATIONS]
    words, askers = set(_lex("count_words")), set(_lex("count_askers"))
    for j, token in enumerate(tokens):
        if not any(_in_clause(tokens, j, c) for c in clauses) or token.lemma not in words:
            continue
        before = tokens[j - 1].lemma if j else ""
        if token.morph.get("Clitic") == "Ko" or before in askers or (j > 1 and before in words and tokens[j - 2].lemma in askers):
            return True
    return False


def _reports_figures(tokens: list[Token]) -> bool:
    """A report told in everyday words: a verb of taking or handing something over whose object is
    figures or information (`figure_words`, a compound by its last part: "kävijämäärä") and who gets
    them is an organisation's body or a role, in the allative ("sihteeri vie kävijämäärät
    johtokunnalle", "luvut toimitetaan lautakunnalle"). Figures moved into a thing ("luvut viedään
    taulukkoon") are filed, not reported to anyone."""
    owners = load("owners")
    receivers, figures = owners["organisation"] + owners["role"], _lex("figure_words")
    for i, t in enumerate(tokens):
        if t.pos != "VERB" or any_phrase([t], _lex("delivery_verbs"), parts=False) is None:
            continue
        args = [a for j, a in enumerate(tokens) if a.head == i and j != i]
        if any(a.dep.startswith("obj") or a.dep.startswith("nsubj:pass") for a in args if _names(a, figures)) and any(
            a.morph.get("Case") == "All" and _names(a, receivers) for a in args
        ):
            return True
    return False


def _regularly(tokens: list[Token]) -> bool:
    """A frequency per a unit of time ("kahdesti vuodessa", "kolme kertaa lukukaudessa"): an
    inessive unit after a multiplicative adverb or a count of times."""
    units = load("evaluation")["per_units"]
    return any(
        t.lemma in units and t.morph.get("Case") == "Ine" and i > 0
        and (tokens[i - 1].morph.get("Derivation") == "Sti" or tokens[i - 1].lemma in _lex("times_words"))
        for i, t in enumerate(tokens)
    )


def _in_clause(tokens: list[Token], j: int, head: int) -> bool:
    """Whether token `j` is `head` or depends on it, however far down, a clause coordinated with it
    included ("kuinka monta lainaa on tehty ja kuinka moni lainaaja on uusi")."""
    seen: set[int] = set()
    while 0 <= j < len(tokens) and j not in seen:
        if j == head:
            return True
        seen.add(j)
        j = tokens[j].head
    return False


def _within_project(sentence: str, period: PeriodFact | None) -> bool:
    """A sentence whose times all fall within the project ("raportoidaan ohjausryhmälle kevään 2026
    kokouksissa" in a project that ends in December 2026, "hankkeen loppuvaiheessa"): what it
    reports or follows is done during the project, not after it."""
    times = [e.interval for e in find_time_expressions(sentence)]
    if not times or _after_project(sentence, period):
        return False
    return all(
        i.anchor is not None  # an anchor other than "after the project" is on its own timeline
        or (period is not None and period.end is not None and i.end is not None and i.end <= period.end)
        for i in times
    )


def _after_project(sentence: str, period: PeriodFact | None) -> bool:
    """A time expression after the project: "hankkeen päätyttyä" or a date past its end."""
    for expression in find_time_expressions(sentence):
        interval = expression.interval
        if interval.anchor == "jalkeen":
            return True
        if period is not None and period.end is not None and interval.start is not None and interval.start > period.end:
            return True
    return False


def channels(reading: Reading) -> list[ChannelFact]:
    """Dissemination channels: strong ones anywhere, others where results are spread. A question
    names none: "Missä kanavissa tuloksista kerrotaan?" asks for the channels its answer names."""
    facts = []
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if negated(tokens) or _asks(sentence):
            continue
        match = any_phrase(tokens, _lex("channels"))
        if match is None and any_phrase(tokens, _lex("channel_context")):
            match = any_phrase(tokens, _lex("weak_channels"))
        if match is not None:
            name = " ".join(t.text for t in tokens[match.start : match.end])
            facts.append(ChannelFact(name=name, text=sentence[:300], location=reading.location(b)))
    return facts


def extract_rooting(reading: Reading, facts: list[Fact]) -> list[Fact]:
    statements = rooting_statements(reading)
    owners = [f for f in facts if isinstance(f, ResponsibilityFact)]
    return [
        *statements,
        *rooting_plan(statements),
        *stages(reading, owners),
        *resources(reading),
        *follow_ups(reading),
        *channels(reading),
    ]
