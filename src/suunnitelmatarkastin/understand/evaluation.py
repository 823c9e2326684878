"""Evaluation plans: self-evaluation, external evaluation, the target group's voice, and timing.

Headings count as well as sentences: a section headed "Ulkoinen arviointi" with content under it
plans an external evaluation even if no sentence repeats the words.
"""

from __future__ import annotations

from ..models import BlockKind, EvaluationFact
from .goals import counts
from .lexicon import any_phrase, load, part, section_keys
from .reading import Reading
from .rooting import negated
from .templates import is_template_text, placeholders_in
from .timeexpr import find_time_expressions
from .timing import told_in_past

_lex = part("evaluation")
_FIELD_LABEL_WORDS = 6  # a field's label before its colon is a few words, not a sentence


def _target_group_voice(tokens, own_people: frozenset[str] = frozenset()) -> bool:
    """A method that hears someone (feedback, survey, interview) and the target group as its people.
    A compound is the method its head names ("loppukysely" is a survey), and a compound that joins
    the two says both ("asiakashaastattelu", "asukaskysely": the clients are interviewed). The
    people may also be those the document names as its target group (`own_people`: "kysely
    marjanpoimijoille" where the target group part names the berry pickers)."""
    methods, people = set(_lex("voice_methods")), set(_lex("target_group"))
    if any(len(t.parts) > 1 and t.parts[-1] in methods and people.intersection(t.parts[:-1]) for t in tokens):
        return True
    method = any_phrase(tokens, _lex("voice_methods"))
    return method is not None and (any_phrase(tokens, _lex("target_group")) is not None or any(t.lemma in own_people for t in tokens))


def own_target_group(reading: Reading) -> frozenset[str]:
    """The people the document's own target-group part names, by nouns that name people by their
    ending ("maanomistaja", "kesäasukas"); methods ("työpaja") are no people. A part filed under
    other matters too ("Tausta, tavoitteet ja kohderyhmä", "Kuka tekee ja kenen kanssa?") names
    its target group only in the sentences that speak of it ("Kohderyhmänä ovat …", "Hanke on
    suunnattu …"): the partners its goals work with ("isännöitsijöiden ja kunnan yhteistyö
    tiivistyy") and the staff who run the project are not the people it is for, and hearing them
    is no voice of the target group."""
    endings = tuple(_lex("person_endings"))
    not_people = set(_lex("voice_methods")) | set(_lex("data_collection"))
    keys = set(section_keys("target_group"))
    cues = [w for key in keys for w in load("section_cues")["keys"].get(key, {}).get("cues", [])]
    own, shared = set(), set()
    for section in reading.sections:
        if keys.intersection(section.keys) and not section.appendix:
            (shared if set(section.keys) - keys else own).update(section.all_blocks)
    sentences = [
        tokens
        for b, _, tokens in reading.sentences(sorted(own | shared))
        if b in own or any_phrase(tokens, cues) is not None
    ]
    return frozenset(
        t.lemma
        for tokens in sentences
        for t in tokens
        if t.pos == "NOUN" and len(t.lemma) > 4 and (t.parts[-1] if t.parts else t.lemma).endswith(endings)
        and t.lemma not in not_people and not not_people.intersection(t.parts)
    )


def _collects(tokens) -> bool:
    """A way of collecting evaluation data, also as the head of a compound: "kuvakysely" is a
    survey, "ryhmähaastattelu" an interview (but "arviointisuunnitelma" is a plan, not an evaluation);
    counting is collecting too ("kävijät lasketaan", `goals.counts`)."""
    if any_phrase(tokens, _lex("data_collection"), parts=False) is not None or counts(tokens):
        return True
    words = set(_lex("data_collection"))
    return any(t.parts and t.parts[-1] in words for t in tokens)


def _collection_timed(sentence: str, tokens) -> bool:
    """Evaluation data collected at a stated time or frequency (the application stage is not one).
    A sentence that states an aim ("Tavoitteena on, että arvioinnista on hyötyä hankkeen jälkeen")
    says what is wanted, not when anything is collected; nor does a sentence told wholly in the past
    ("Kyselyyn vastasi vuonna 2024 yli sata asukasta"): that data is the background's, already in hand."""
    if not _collects(tokens) or _states_aim(tokens) or told_in_past(tokens):
        return False
    when = [e for e in find_time_expressions(sentence) if e.interval.anchor != "haku"]
    return bool(when) or any_phrase(tokens, _lex("frequency"), parts=False) is not None or _per_unit(tokens)


def _states_aim(tokens) -> bool:
    """An aim as the essive of a goal noun: "tavoitteena on", "tarkoituksena on"."""
    nouns = set(load("goals")["goal_nouns"])
    return any(t.lemma in nouns and t.morph.get("Case") == "Ess" for t in tokens)


def _per_unit(tokens) -> bool:
    """"kerran kuukaudessa", "joka lukukausi": a unit of time as a frequency. A unit after a
    counted noun ("2 000 käyntiä vuodessa") is a rate of how much there is, not a time of collection."""
    units, every = set(_lex("per_units")), set(_lex("every"))
    return any(
        t.lemma in units and ((t.morph.get("Case") == "Ine" and not _counted_before(tokens, i)) or (i > 0 and tokens[i - 1].lemma in every))
        for i, t in enumerate(tokens)
    )


def _counted_before(tokens, i: int) -> bool:
    """Whether the word before token i is a noun counted by a number ("300 asiakasta")."""
    return i >= 2 and tokens[i - 1].pos == "NOUN" and tokens[i - 1].morph.get("Case") == "Par" and tokens[i - 2].pos == "NUM"


def _taken_back(reading: Reading, heading: int, kind: str) -> bool:
    """Whether the text under a heading says the kind of evaluation it names is not done, or says
    nothing at all: a field that holds only its placeholder ("[Kirjoita tähän.]") says nothing."""
    section = next((s for s in reading.sections if s.heading_block == heading), None)
    if section is None or not any(_filled(reading.document.blocks[b].text) for b in section.blocks):
        return True
    words = _lex(kind) + _lex(f"{kind}_doer")
    return any((negated(tokens) or dropped(tokens)) and any_phrase(tokens, words) is not None for _, _, tokens in reading.sentences(section.blocks))


def _unfilled_label(reading: Reading, block: int, tokens) -> bool:
    """A table cell that only names a kind of evaluation ("Ulkoinen arviointi", no verb) is a label:
    it plans what the cells it labels say, and nothing when they hold only a placeholder or a
    template prompt ("[täytä: Kirjoita tekstiä tähän.]") or nothing at all. A row's first cell labels
    the rest of its row, a header cell its column."""
    cell = reading.document.blocks[block]
    if cell.table is None or any(t.pos in ("VERB", "AUX") for t in tokens):
        return False
    rows = reading.document.tables[cell.table].block_ids
    if cell.row == 0:
        labelled = [row[cell.cell] for row in rows[1:] if cell.cell < len(row)]
    else:
        labelled = [i for i in rows[cell.row] if i != block]
    return not any(_filled(reading.document.blocks[i].text) for i in labelled)


def _unfilled_field(reading: Reading, block: int, tokens) -> bool:
    """A form's field and its value on one line ("Arvioijan nimi: [Kirjoita tähän.]", or the label
    run together with its placeholder when a text export joins the lines): the label before the
    colon or the placeholder, with no verb in it, plans what the value after it says, and nothing
    when the value is only a placeholder, a template prompt or nothing at all."""
    text = reading.document.blocks[block].text
    label, colon, value = text.partition(":")
    gaps = placeholders_in(text)
    if not colon and gaps:
        label, value = text[: text.index(gaps[0])], text[text.index(gaps[0]) :]
    if not (colon or gaps) or not label.strip() or len(label.split()) > _FIELD_LABEL_WORDS:
        return False
    in_label = [t for t in tokens if t.idx < len(label)]
    return not any(t.pos in ("VERB", "AUX") for t in in_label) and not _filled(value)


def dropped(tokens) -> bool:
    """A sentence whose main verb takes the work it names out of the plan ("Ulkoisesta arvioinnista
    on luovuttu", "ulkoisen arvioinnin kulut on poistettu budjetista", "… jätettiin pois"): it says
    the work is not done, as a negative verb does. A side clause's verb ("…, jotta turhat vaiheet
    poistetaan") takes back nothing the sentence plans."""
    words = [w.split() for w in _lex("dropped")]

    def main(t) -> bool:
        return t.dep == "ROOT" or t.dep == "conj" and 0 <= t.head < len(tokens) and tokens[t.head].dep == "ROOT"

    for i, t in enumerate(tokens):
        if t.pos not in ("VERB", "AUX") or not main(t):
            continue
        forms = {t.lemma.lower(), *(a.lower() for a in t.alternatives)}
        for word in words:
            if word[0] in forms and all(any(c.head == i and c.lemma.lower() == rest for c in tokens) for rest in word[1:]):
                return True
    return False


def _self_compound(tokens) -> bool:
    """A compound some of whose parts, read together, are a self-evaluation ("itsearviointityöpaja",
    "itsearviointikeskustelu"): the workshop or talk is the self-evaluation done. The analyser
    splits the compound into its smallest parts ("itse", "arviointi", "työ", "paja"), so runs of
    them are read joined."""
    words = {w for w in _lex("self") if " " not in w and not w.endswith("+")}
    return any(
        "".join(t.parts[i:j]) in words
        for t in tokens
        if len(t.parts) > 2
        for i in range(len(t.parts))
        for j in range(i + 2, len(t.parts) + 1)
    )


def _done_ourselves(tokens) -> bool:
    """An evaluation the writers do by themselves ("Arvioinnin teemme itse", "arvioimme
    toimintaa omin voimin", "arviointi tehdään itse"): "itse" on a verb that evaluates or that
    has the evaluation as its object or subject, done by us, in the passive or by the project's
    own people. What participants assess themselves ("osallistujat arvioivat itse jaksamistaan")
    is their voice, not the project's self-evaluation; choosing the evaluator ourselves ("arvioijan
    valitsemme itse") is none either."""
    match = any_phrase(tokens, _lex("by_ourselves"), parts=False)
    if match is None:
        return False
    verb = tokens[match.end - 1].head
    if not 0 <= verb < len(tokens) or tokens[verb].pos not in ("VERB", "AUX"):
        return False
    evaluations, doers = _lex("evaluating"), _lex("self_doer")
    children = [t for i, t in enumerate(tokens) if t.head == verb and i != verb]
    evaluates = any_phrase([tokens[verb]], evaluations) is not None or any(
        t.dep.split(":")[0] in ("obj", "nsubj") and any_phrase([t], evaluations) is not None for t in children
    )
    morph = tokens[verb].morph
    ours = morph.get("Person") == "1" or morph.get("Voice") == "Pass" or any(
        t.dep == "nsubj" and any_phrase([t], doers) is not None for t in children
    )
    return evaluates and ours


def _external_assessment(tokens) -> bool:
    """"riippumaton arvio": one assessment by an outsider is an evaluation, though "arvio" alone
    is as often an estimate ("arviolta 50 kävijää") and names none."""
    return any_phrase(tokens, _lex("assessment"), parts=False) is not None and any_phrase(tokens, _lex("external")) is not None


def _filled(text: str) -> bool:
    return bool(text.strip()) and not is_template_text(text)


def extract_evaluations(reading: Reading) -> list[EvaluationFact]:
    evaluation_words = load("goals")["evaluation_words"]
    blocks = [
        b.index
        for b in reading.document.blocks
        if b.kind is not BlockKind.title and not reading.in_appendix(b.index)
    ]
    facts = []
    own_people = own_target_group(reading)
    # a form's field label standing for a heading ("Ulkoinen arviointi" above its field) heads its field
    labels = {s.heading_block for s in reading.sections if s.label}
    for b, sentence, tokens in reading.sentences(blocks):
        if any_phrase(tokens, evaluation_words) is None and not counts(tokens) and not _external_assessment(tokens):
            continue
        heading = reading.document.blocks[b].kind is BlockKind.heading or b in labels
        # "oma henkilöstö ei tee erillistä itsearviointia", "ulkoisesta arvioinnista on luovuttu"
        planned = not negated(tokens) and not dropped(tokens)
        self_evaluation = planned and (any_phrase(tokens, _lex("self")) is not None or _self_compound(tokens) or _done_ourselves(tokens))
        external = planned and any_phrase(tokens, _lex("external")) is not None
        if heading:  # a heading plans what its text does not take back ("… arvioijaa ei käytetä")
            self_evaluation = self_evaluation and not _taken_back(reading, b, "self")
            external = external and not _taken_back(reading, b, "external")
        elif _unfilled_label(reading, b, tokens) or _unfilled_field(reading, b, tokens):
            self_evaluation = external = False
        # a heading names a topic; whose voice is heard, and when, only a sentence can say
        voice = planned and not heading and _target_group_voice(tokens, own_people)
        timed = planned and not heading and _collection_timed(sentence, tokens)
        facts.append(
            EvaluationFact(
                text=sentence[:300],
                self_evaluation=self_evaluation,
                external=external,
                target_group=voice,
                timed=timed,
                location=reading.location(b),
            )
        )
    return facts
