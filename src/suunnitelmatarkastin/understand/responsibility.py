"""Responsibility statements: who answers for what, read from the dependency parse.

Constructions: "X vastaa Y:stä" (a responsibility verb and its subject), "Vastuu Y:stä on X:llä",
"vastuu siirtyy X:lle", "Y on X:n vastuulla", "X:n tehtävänä on …", "vastuuhenkilö on X",
"Vastuutaho: X", and a table column headed vastuu / vastuutaho. A passive or impersonal sentence
("toimintaa pyritään vakiinnuttamaan") names no owner. The owner phrase is classified as a person, a
named organisation, a role in one, project staff or the project itself, or vague (exit-plan model,
seed 003: "Kuka tai ketkä vastaavat juurruttamisen onnistumisesta?").
"""

from __future__ import annotations

from ..models import DocType, ResponsibilityFact
from .lexicon import any_phrase, part, phrase, section_keys, token_matches
from .nlp import Token
from .reading import Reading
from .rooting import negated, value_cells

_OWNER_CASES = {"Ade", "All"}
_MAX_OWNER_TOKENS = 8
# Dependents that are not part of an owner phrase (clauses, predicates, coordination).
_NOT_OWNER = frozenset(
    {"acl:relcl", "acl", "conj", "cc", "punct", "advcl", "obl", "parataxis", "nsubj", "nsubj:cop", "cop", "obj", "xcomp", "ccomp", "aux", "mark", "advmod"}
)


_lex = part("owners")


def _in(token: Token, name: str) -> bool:
    """Whether the token (its lemma or its last compound part) is a word of the lexicon."""
    for entry in _lex(name):
        words = phrase(entry)
        if len(words) == 1 and (token_matches(token, words[0], parts=False) or (token.parts and token.parts[-1] in words[0])):
            return True
    return False


def _subtree(tokens: list[Token], head: int) -> list[int]:
    """The owner phrase: the head and its modifiers, without relative clauses or coordination."""
    keep = {head}
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(tokens):
            if i not in keep and tok.head in keep and tok.head != i and tok.dep not in _NOT_OWNER:
                keep.add(i)
                changed = True
    ordered = sorted(keep)
    return ordered[:_MAX_OWNER_TOKENS] if ordered[0] == head else ordered[-_MAX_OWNER_TOKENS:]


def classify_owner(tokens: list[Token], head: int) -> tuple[str, str]:
    """(class, phrase) of an owner whose head token is `tokens[head]`."""
    indices = _subtree(tokens, head)
    words = [tokens[i] for i in indices]
    text = " ".join(t.text for t in words)
    main = tokens[head]
    names = [t for t in words if t.pos == "PROPN" and t.dep == "flat:name"]  # "Maija Virtanen"
    proper = [t for t in words if t.pos == "PROPN" or (t.text[:1].isupper() and t.idx > words[0].idx)]
    organisation = _in(main, "organisation") and not _in(main, "project")
    shared = _shared_modifiers(tokens, head)
    if not organisation and (any(_in(t, "project") for t in [*words, *shared]) or main.lemma == "me"):
        return "project", text  # "hankepäällikkö", "hankkeen koordinaattori Jere Salo", "me"
    if names:
        return "person", text
    if _in(main, "vague"):
        return "vague", text
    plural = main.morph.get("Number") == "Plur" and not (main.parts and _in(main, "plural_units"))  # "liikuntapalvelut" is one unit
    if _in(main, "organisation") or main.pos == "PROPN":
        if plural and not proper:
            return "vague", text
        return "organisation", text
    if _in(main, "role"):
        return "role", text
    return "vague", text


def _bare(tokens: list[Token], head: int) -> bool:
    """An owner named by its title alone ("ohjaaja"), with no organisation or name to it."""
    return not any(t.head == head and t.dep not in ("cc", "punct") for j, t in enumerate(tokens) if j != head)


def _shared_modifiers(tokens: list[Token], head: int) -> list[Token]:
    """The genitives before the first of coordinated nouns, which a bare later conjunct shares:
    in "yhdistyksen sihteeri ja rahastonhoitaja" both are the association's. A conjunct with
    modifiers of its own ("hankkeen koordinaattori ja kunnan sihteeri") shares none."""
    main = tokens[head]
    first = main.head
    if main.dep != "conj" or not 0 <= first < head or not _bare(tokens, head):
        return []
    return [t for j, t in enumerate(tokens) if t.head == first and j < first and t.dep == "nmod:poss" and t.morph.get("Case") == "Gen"]


def _owner_heads(tokens: list[Token]) -> list[int]:
    """Owner head tokens of the responsibility constructions in one sentence."""
    heads: list[int] = []
    for i, tok in enumerate(tokens):
        if _answers_to(tokens, i):
            continue  # "hanke vastaa tarpeeseen": it meets a need, nobody answers for anything
        if _describes_its_antecedent(tokens, i):
            continue  # "malli, jossa vapaaehtoiset järjestävät tuokiot": how the model works, not its owner
        if tok.pos in ("VERB", "AUX") and _finite(tokens, i) and tok.morph.get("Voice") != "Pass" and any_phrase([tok], _lex("verbs")):
            subjects = [j for j, t in enumerate(tokens) if t.head == i and t.dep.startswith("nsubj") and j != i]
            if not subjects:
                subjects = _subject_after(tokens, i)
            heads.extend(j for j in subjects if not any_phrase([tokens[j]], _lex("nouns")))
            for j in subjects:  # "Vastuu siirtyy X:lle", "Vastuu on X:llä"
                if any_phrase([tokens[j]], _lex("nouns")):
                    heads.extend(k for k, t in enumerate(tokens) if t.head == i and t.morph.get("Case") in _OWNER_CASES and k != i)
        if tok.morph.get("VerbForm") == "Fin" and any_phrase([tok], _lex("transfer_verbs")):
            # "Toimintamalli siirtyy kaupungin nuorisopalveluille": where the work goes is its owner
            heads.extend(k for k, t in enumerate(tokens) if t.head == i and t.morph.get("Case") == "All" and t.pos in ("NOUN", "PROPN") and k != i)
        if _decides_on_continuation(tokens, i):
            heads.extend(j for j, t in enumerate(tokens) if t.head == i and t.dep == "nsubj" and j != i and t.pos in ("NOUN", "PROPN"))
        if tok.morph.get("VerbForm") == "Part" and tok.dep == "acl" and tok.lemma in _lex("respond_verbs") and tok.head != i:
            heads.append(tok.head)  # "jatkosta vastaava kaupunki": the participle's noun is the owner
        if any_phrase([tok], _lex("nouns")) and tok.pos == "NOUN":
            heads.extend(_noun_owner(tokens, i))
        if _becomes_work_of(tokens, i):
            # "osana kaupungin nuorisopalvelujen perustyötä": whose basic work it becomes owns it
            heads.extend(j for j, t in enumerate(tokens) if t.head == i and t.dep == "nmod:poss" and t.morph.get("Case") == "Gen" and j != i)
    heads.extend(j for j, t in enumerate(tokens) if t.dep == "conj" and t.head in heads and t.pos in ("NOUN", "PROPN"))
    return sorted(set(heads))


def _finite(tokens: list[Token], i: int) -> bool:
    """A finite verb, or the third person plural the parser took for the present participle it is
    spelt like ("Mallin ylläpidosta huolehtivat kunnan ohjaajat", "-vat/-vät"): a nominative
    plural active participle that is the sentence's root, has a subject of its own or hangs on a
    singular noun after it (an attribute would agree: "huolehtivat ohjaajat", "huolehtiva ohjaaja",
    so "huolehtivat sihteeri ja ohjaaja" is a verb and its subject) is a predicate."""
    tok = tokens[i]
    if tok.morph.get("VerbForm") == "Fin":
        return True
    morph = tok.morph
    if not (morph.get("VerbForm") == "Part" and morph.get("PartForm") == "Pres" and morph.get("Voice") == "Act" and morph.get("Number") == "Plur" and morph.get("Case") == "Nom"):
        return False
    if tok.dep == "acl" and i < tok.head < len(tokens) and tokens[tok.head].morph.get("Number") == "Sing" and tokens[tok.head].morph.get("Case") == "Nom":
        return True
    return tok.dep == "ROOT" or any(t.head == i and t.dep.startswith("nsubj") for j, t in enumerate(tokens) if j != i)


def _subject_after(tokens: list[Token], i: int) -> list[int]:
    """The subject of a responsibility verb put after it, what it answers for first ("Kerhon
    ohjauksesta vastaa Ylämaan kunnan nuorisosihteeri"), where the parser lost it: the verb hung on
    its subject as a modifier, or the subject hung on a word after it. Only a verb with an elative
    (what it answers for) and in the third person: the first nominative noun after the verb, before
    the next clause, is who answers."""
    verb = tokens[i]
    if verb.morph.get("Person") in ("1", "2") or not any(t.head == i and t.morph.get("Case") == "Ela" for j, t in enumerate(tokens) if j != i):
        return []
    if verb.dep == "acl" and i < verb.head < len(tokens) and tokens[verb.head].morph.get("Case") == "Nom" and tokens[verb.head].pos in ("NOUN", "PROPN"):
        return [verb.head]  # "… vastaa kunnan päällikkö" parsed as a noun phrase "päällikkö" with a clause on it
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        if t.morph.get("VerbForm") == "Fin" or t.pos in ("PUNCT", "CCONJ", "SCONJ"):
            return []
        if t.pos in ("NOUN", "PROPN") and t.morph.get("Case") == "Nom":
            return [j]
    return []


def _decides_on_continuation(tokens: list[Token], i: int) -> bool:
    """An active finite verb by which its subject decides on the continuation ("lautakunta päättää
    jatkosta") or puts its money into a budget ("esihenkilö esittää kustannukset talousarvioon"):
    whoever decides or proposes the funding owns what goes on after the project, named by a job
    title or a body, whatever the verb."""
    tok = tokens[i]
    if tok.pos != "VERB" or tok.morph.get("VerbForm") != "Fin" or tok.morph.get("Voice") == "Pass":
        return False
    dependents = [t for j, t in enumerate(tokens) if t.head == i and j != i]
    if tok.lemma in _lex("decision_verbs"):
        return any(t.morph.get("Case") == "Ela" and any_phrase([t], _lex("continuation")) for t in dependents)
    if tok.lemma in _lex("budget_verbs"):
        return any(t.morph.get("Case") == "Ill" and any_phrase([t], _lex("budget_targets")) for t in dependents)
    return False


def _becomes_work_of(tokens: list[Token], i: int) -> bool:
    """An organisation's basic work that something becomes or goes on as: "jatkuu osana kunnan
    perustyötä", "vakiintuu seuran perustoiminnaksi" (not "yhdistyksen perustoimintaa ovat …",
    which only says what that work is)."""
    tok = tokens[i]
    if tok.pos != "NOUN" or not any_phrase([tok], _lex("work_nouns"), parts=False):
        return False
    if any(t.morph.get("Voice") == "Pass" and t.morph.get("VerbForm") == "Fin" for t in tokens):
        return False  # "pyritään vakiinnuttamaan osaksi kunnan palveluja": an aim nobody has taken on
    head = tokens[tok.head] if 0 <= tok.head < len(tokens) and tok.head != i else None
    return tok.morph.get("Case") in ("Ess", "Tra") or (head is not None and any_phrase([head], _lex("part_of"), parts=False) is not None)


def _describes_its_antecedent(tokens: list[Token], i: int) -> bool:
    """A relative clause opened by a place-like relative ("toimintatapa, jossa kylän vapaaehtoiset
    järjestävät tuokiot") tells what is done within the thing it describes, not who carries it on.
    A clause that says what someone answers for keeps its owner: the elative is that thing
    ("kerho, josta vastaa rehtori", "malli, jossa kunta huolehtii tiloista"), and an organisation
    as the antecedent ("kunta, jossa nuorisotoimi vetää …") names a unit."""
    tok = tokens[i]
    if tok.dep != "acl:relcl" or not 0 <= tok.head < len(tokens) or tok.head == i:
        return False
    dependents = [t for t in tokens if t.head == i and t is not tok]
    opened_by_place = any(t.morph.get("PronType") == "Rel" and t.dep in ("obl", "advmod") for t in dependents)
    answers_for = any(t.morph.get("Case") == "Ela" for t in dependents)
    return opened_by_place and not answers_for and not _in(tokens[tok.head], "organisation")


def _answers_to(tokens: list[Token], i: int) -> bool:
    """"Vastata johonkin" (to meet a need, to answer a question) is not "vastata jostakin" (to be
    responsible for): the verb with an illative and no elative dependent. A sentence opened by a
    temporal participle ("Hankkeen päätyttyä kerhon ohjauksesta vastaa Ylämaan kunnan
    nuorisosihteeri") may have its elative hung on that participle, and a place name's genitive
    may be tagged an illative: the elative there is still what the verb's subject answers for."""
    if not any_phrase([tokens[i]], _lex("respond_verbs")):
        return False
    dependents = [j for j, t in enumerate(tokens) if t.head == i and j != i]
    participles = {j for j in dependents if tokens[j].dep == "advcl" and tokens[j].morph.get("VerbForm") == "Part"}
    cases = {tokens[j].morph.get("Case") for j in dependents}
    cases |= {t.morph.get("Case") for j, t in enumerate(tokens) if t.head in participles and j != t.head}
    return "Ill" in cases and "Ela" not in cases


def _noun_owner(tokens: list[Token], i: int) -> list[int]:
    """Owners around a responsibility noun.

    "X:n vastuulla", "X:n tehtävänä": the genitive is the owner. "vastuuhenkilö on X", "mallin
    omistajana on X", "vastuuhenkilönä toimii X": the subject or predicate is. "Vastuutaho: X": what
    follows the colon is. "vastuu siirtyy X:lle", "vastuu on X:llä": the adessive or allative is.
    """
    tok = tokens[i]
    found: list[int] = []
    children = [j for j, t in enumerate(tokens) if t.head == i and j != i]
    if any(tokens[j].dep == "case" for j in children):
        return []  # "suunniteltu yhdessä hyvinvointialueen vastuualueen kanssa": a partner, a unit's name
    if any_phrase([tok], _lex("genitive_owner_nouns")):
        found.extend(j for j in children if tokens[j].dep == "nmod:poss" and tokens[j].morph.get("Case") == "Gen" and not any_phrase([tokens[j]], _lex("continuation")))
    found.extend(j for j in children if tokens[j].dep.startswith("nsubj"))  # "omistajana on X"
    if tok.dep == "nsubj:cop" and tok.head != i:  # "vastuuhenkilö on X"
        found.append(tok.head)
    head = tok.head
    if tok.morph.get("Case") == "Ess" and head != i:  # "vastuuhenkilönä toimii X"
        found.extend(j for j, t in enumerate(tokens) if t.head == head and t.dep.startswith("nsubj") and j != i)
    if tok.dep in ("nsubj", "obj") and head != i:  # "vastuu siirtyy X:lle", "vastuu on X:llä"
        found.extend(j for j, t in enumerate(tokens) if t.head == head and t.morph.get("Case") in _OWNER_CASES and j not in (i, head))
    colon = _label_colon(tokens, i)
    if colon is not None:
        found.append(_phrase_head(tokens, colon + 1))
    return [j for j in found if tokens[j].pos in ("NOUN", "PROPN", "PRON")]


def _label_colon(tokens: list[Token], i: int) -> int | None:
    """The colon that ends a label opened by the responsibility noun at i: right after it
    ("Vastuutaho: X") or after what the responsibility is for ("Vastuu mallin ylläpidosta hankkeen
    jälkeen: X"). A label whose noun the colon does not follow at once is a line without a finite
    verb, its owner a name after the colon; a colon after a clause ("vastuu on jaettu näin: …") or
    before one ("Tehtävä keväällä: hanke kartoittaa …") ends no such label."""
    colon = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ":"), None)
    if colon is None or colon + 1 >= len(tokens):
        return None
    if colon > i + 1 and any(t.morph.get("VerbForm") == "Fin" for t in tokens):
        return None
    return colon


def _phrase_head(tokens: list[Token], start: int) -> int:
    """The head of the phrase that begins at `start` (for "Vastuutaho: Kuopion kaupunki")."""
    j = start
    while tokens[j].head != j and start <= tokens[j].head < len(tokens) and tokens[j].head > j:
        j = tokens[j].head
    return j


def _is_continuation(reading: Reading, block: int, tokens: list[Token]) -> bool:
    if reading.doc_type == DocType.exit_suunnitelma:
        return True
    return bool(reading.keys_at(block) & section_keys("rooting")) or any_phrase(tokens, _lex("continuation")) is not None


def _fact(reading: Reading, block: int, sentence: str, owner_class: str, owner: str, continuation: bool) -> ResponsibilityFact:
    return ResponsibilityFact(
        text=sentence[:300],
        owner=owner,
        owner_class=owner_class,  # type: ignore[arg-type]
        named=owner_class in ("person", "organisation", "role"),
        project=owner_class == "project",
        continuation=continuation,
        location=reading.location(block),
    )


def _owner_label(tokens: list[Token]) -> bool:
    """A short label that asks for an owner and leaves the answer to the next paragraph:
    "Ylläpidon vastuutaho:", "Kuka vastaa ylläpidosta?"."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    return (
        bool(words) and len(words) <= 8 and tokens[-1].text in (":", "?")
        and (any_phrase(tokens, _lex("nouns")) is not None or any_phrase(tokens, _lex("owner_column")) is not None)
    )


def _noun_phrase(tokens: list[Token]) -> bool:
    """An answer written as a name, not a sentence: no finite verb ("Kirjastonhoitaja, Ylämaan kunta")."""
    return any(t.pos != "PUNCT" for t in tokens) and not any(t.morph.get("VerbForm") == "Fin" for t in tokens)


def _passive(tokens: list[Token]) -> bool:
    return any(t.morph.get("Voice") == "Pass" and t.morph.get("VerbForm") == "Fin" for t in tokens)


def _first_person(tokens: list[Token]) -> bool:
    """"Vastaamme juurruttamisesta": the writers, i.e. the project team, with no subject word."""
    return any(
        t.morph.get("Person") == "1" and t.morph.get("Number") == "Plur" and any_phrase([t], _lex("verbs"))
        and not any(s.head == i and s.dep.startswith("nsubj") for s in tokens)
        for i, t in enumerate(tokens)
    )


def _table_owners(reading: Reading) -> list[ResponsibilityFact]:
    """Cells of a column headed vastuu / vastuutaho / vastuuhenkilö, or beside such a row label in a
    table of field labels (`value_cells`)."""
    facts = []
    for table in reading.document.tables:
        if not table.rows or reading.in_appendix(table.block_ids[0][0]):
            continue
        for block, label in value_cells(reading, table):
            if not any_phrase(label, _lex("owner_column")):
                continue
            tokens = [t for t in reading.analyses[block].tokens if t.pos not in ("PUNCT",)]
            if not tokens:
                continue
            head = _phrase_head(tokens, 0)
            owner_class, owner = classify_owner(tokens, head)
            r = reading.document.blocks[block].row or 0
            row = [t for i in table.block_ids[r] for t in reading.analyses[i].tokens]
            facts.append(_fact(reading, block, " | ".join(table.rows[r]), owner_class, owner, _is_continuation(reading, block, row)))
    return facts


_LOCATIVES = frozenset({"Ine", "Ill", "Ade", "All"})


def _project_staff(reading: Reading) -> set[str]:
    """Roles the document names as the project's own staff: the subject or object of a verb of
    working or hiring with the project in a locative ("Hankkeessa työskentelevät koordinaattori ja
    ohjaaja", "hankkeeseen palkataan sihteeri"). A bare such role named as an owner ends with the
    project, whatever its title."""
    staff: set[str] = set()
    for _b, _sentence, tokens in reading.sentences(reading.body_blocks()):
        for i, tok in enumerate(tokens):
            if tok.pos != "VERB" or tok.lemma not in _lex("staff_verbs") or not _finite(tokens, i):
                continue
            dependents = [j for j, t in enumerate(tokens) if t.head == i and j != i]
            if not any(tokens[j].morph.get("Case") in _LOCATIVES and _in(tokens[j], "project") for j in dependents):
                continue
            people = [j for j in dependents if tokens[j].dep.startswith("nsubj") or tokens[j].dep == "obj"]
            if tok.dep == "acl" and tok.morph.get("VerbForm") == "Part":
                people.append(tok.head)  # "Hankkeessa työskentelevät sihteeri ja ohjaaja" parsed as an attribute
            people += [j for j, t in enumerate(tokens) if t.dep == "conj" and t.head in people and j != t.head]
            staff.update(tokens[j].lemma for j in people if tokens[j].pos == "NOUN" and _in(tokens[j], "role"))
    return staff


def extract_responsibilities(reading: Reading) -> list[ResponsibilityFact]:
    facts = _table_owners(reading)
    staff = _project_staff(reading)
    label: tuple[int, list[Token]] | None = None  # the last owner label ("Vastuuhenkilö:") and its block
    previous = -1
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        answered, previous = label if label is not None and b == label[0] + 1 and b != previous else None, b
        if _owner_label(tokens):
            label = (b, tokens)
        elif label is not None and b == label[0]:
            label = None  # the label's own paragraph goes on: it was a sentence, not a label
        if reading.document.blocks[b].table is not None and facts and any(f.location.paragraph == b for f in facts):
            continue
        continuation = _is_continuation(reading, b, tokens)
        heads = _owner_heads(tokens)
        if answered is not None and not heads and _noun_phrase(tokens):
            # "Vastuutaho:" on its own line, the answer in the next paragraph or text box
            start = next(i for i, t in enumerate(tokens) if t.pos != "PUNCT")
            owner_class, owner = classify_owner(tokens, _phrase_head(tokens, start))
            both = [*answered[1], *tokens]
            facts.append(_fact(reading, b, sentence, owner_class, owner, continuation or _is_continuation(reading, answered[0], both)))
            continue
        if negated(tokens):
            continue
        for head in heads:
            owner_class, owner = classify_owner(tokens, head)
            if owner_class == "role" and tokens[head].lemma in staff and _bare(tokens, head):
                owner_class = "project"  # "Jatkosta vastaa ohjaaja", the ohjaaja hired by the project
            facts.append(_fact(reading, b, sentence, owner_class, owner, continuation))
        if not heads and _first_person(tokens):
            facts.append(_fact(reading, b, sentence, "project", "", continuation))  # "we": the project itself
        elif not heads and _passive(tokens) and any_phrase(tokens, _lex("continuation")):
            facts.append(_fact(reading, b, sentence, "passive", "", continuation))
    return facts
