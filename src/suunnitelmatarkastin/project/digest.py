"""What the cross-document stage reads of one document, computed where the document was checked.

A `Digest` holds, for one document, what the hanke.* rules compare with the project's other
documents: its project identity (code, name), its project period, the plan's goals, indicators and
promises of permanence, the exit plan's named owners, and the passages of a final report or an
evaluation plan with their content words. Words are kept as each content token's forms (lemma,
other analyses, compound parts; `understand.content`), so that the join runs without the Finnish
pipeline and a worker process can send the digest back with the document's report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pydantic import BaseModel, Field

from ..models import (
    BlockKind,
    Document,
    Facts,
    GoalFact,
    Location,
    PeriodFact,
    ResponsibilityFact,
    RootingFact,
)
from ..understand.content import content_lemmas
from ..understand.goals import (
    about_all_goals,
    goal_numbering,
    is_goal_sentence,
    names_method,
    referenced_goals,
    sentence_roles,
)
from ..understand.identity import identity
from ..understand.lexicon import any_phrase, load, part
from ..understand.nlp import Analysis, Token, analyse_texts
from ..understand.rooting import negated

Words = list[list[str]]  # one entry per content token: its forms

_lex = part("project")
_QUOTE_CHARS = 220


class Passage(BaseModel):
    """A sentence of a final report, an evaluation plan or an exit plan, with what it says."""

    quote: str
    location: Location  # its block
    words: Words
    context: Words = Field(default_factory=list)  # its heading, table row, lead line, its block's first sentence
    row: Words = Field(default_factory=list)  # the other cells of its table row
    anchor: Words = Field(default_factory=list)  # its row's first cell, or its block's first sentence, when not itself
    row_numbers: list[float] = Field(default_factory=list)  # the numbers of its whole table row ("Käynnit | 4 000 | 4 350")
    outcome: bool = False  # reports an outcome: past tense, not a goal statement, an outcome word, change or number
    number: bool = False  # the outcome sentence gives a number
    evaluation: bool = False  # describes evaluating, or asks an (evaluation) question
    all_goals: bool = False  # evaluates the goals together with a named method ("tavoitteiden toteutumista seurataan kyselyllä")


class GoalDigest(BaseModel):
    goal_id: int
    text: str
    words: Words
    location: Location
    evaluations: int = 0
    indicators: list[str] = Field(default_factory=list)
    indicator_words: Words = Field(default_factory=list)  # the words of its indicators, which may name the goal in other words


class Indicator(BaseModel):
    text: str
    words: Words
    goal_ids: list[int]  # the goals it measures: those it names by number, else those it is linked to
    location: Location
    counted: Words = Field(default_factory=list)  # what its target number counts ("15 koulutettua ohjaajaa")
    numbers: list[float] = Field(default_factory=list)  # its numbers: target, baseline ("lähtötasosta 35 tavoitteena 70")


class Statement(BaseModel):
    """A promise of permanence (plan) or a named owner (exit plan), with its words."""

    text: str
    words: Words
    location: Location
    owner: str = ""


class Digest(BaseModel):
    path: str
    doc_type: str
    title: str | None = None
    codes: list[str] = Field(default_factory=list)
    name: str | None = None  # the project's name as the document gives it, normalised
    period_start: date | None = None
    period_end: date | None = None
    period_text: str = ""
    period_location: Location = Field(default_factory=Location)
    goals: list[GoalDigest] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    promises: list[Statement] = Field(default_factory=list)
    owners: list[Statement] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)


def token_words(tokens: list[Token]) -> Words:
    """Each content token's forms (stop words and short parts left out), one entry per token."""
    return [sorted(forms) for t in tokens if (forms := content_lemmas([t]))]


_NUMBER = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?")


def numbers(text: str) -> list[float]:
    """The numbers a text gives, written the Finnish way: "4 000" is 4000, "4,3" is 4.3, "8/8" is 8 and 8."""
    return [float(re.sub(r"[ \u00a0]", "", n).replace(",", ".")) for n in _NUMBER.findall(text)]


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1].rstrip() + "…"


def _past(tokens: list[Token]) -> bool:
    return any(t.morph.get("Tense") == "Past" for t in tokens)


def _has_number(tokens: list[Token]) -> bool:
    return any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) for t in tokens)


def _present_verb(tokens: list[Token]) -> bool:
    return any(t.morph.get("VerbForm") == "Fin" and t.morph.get("Tense") == "Pres" for t in tokens)


def outcome_sentence(tokens: list[Token]) -> bool:
    """A sentence that reports how something turned out: not a statement of a goal ("tavoitteena
    oli …"), with an outcome word ("toteutui osittain", "saavutimme"), a verb of change in the past
    tense ("yksinäisyys väheni") or a number ("osallistujia oli 72"), in the past tense or without
    a finite verb at all (a table cell "Osittain: 48 nuorta") or beside its target in the present
    tense; not how the results were evaluated."""
    if is_goal_sentence(tokens):  # "Tavoitteena oli …" restates; "…, ja se toteutui hyvin" also reports
        verbs = set(_lex("outcome_verbs"))
        return any(t.lemma in verbs and t.morph.get("Tense") == "Past" for t in tokens)
    if not (_past(tokens) or not _present_verb(tokens) or _against_target(tokens)):
        return False
    if not _has_number(tokens) and any(t.morph.get("VerbForm") == "Fin" and t.lemma in _lex("evaluating_verbs") for t in tokens):
        return False  # "Tuloksia arvioitiin kyselyllä" tells how, not what came of it
    return bool(any_phrase(tokens, _lex("outcome_words")) or _changed(tokens) or _has_number(tokens))


def _against_target(tokens: list[Token]) -> bool:
    """A number beside its target ("Ryhmiä on nyt 14 (tavoite 12)"): a value reported in the
    present tense, as things stand at the end."""
    targets = set(_lex("target_words"))
    return _has_number(tokens) and any({t.lemma, *t.parts} & targets for t in tokens)


def _changed(tokens: list[Token]) -> bool:
    """A verb of change in the past tense ("väheni", "on vahvistunut"), not in the infinitive of
    an aim ("tavoitteena oli vahvistaa")."""
    verbs = set(_lex("change_verbs"))
    return any(t.morph.get("Tense") == "Past" and {t.lemma, *t.alternatives} & verbs for t in tokens)


def _opening(sentences: list[tuple[str, list[Token]]]) -> int:
    """How many of a block's first sentences state the goal it opens with: "Tavoite 2: …" (with
    the next sentence when the label stands alone) or a statement of a goal; 0 for none."""
    if not sentences:
        return 0
    text, tokens = sentences[0]
    if found := goal_numbering().lead.match(text):
        return 2 if not text[found.end() :].strip() and len(sentences) > 2 else 1
    return 1 if is_goal_sentence(tokens) else 0


def _contact(text: str) -> bool:
    """A line of contact details ("puh. 040 …", an e-mail address): its numbers report nothing."""
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in load("project")["contact_patterns"])


def _sentences(analysis: Analysis) -> list[tuple[str, list[Token]]]:
    return [(analysis.sentence_text(s, e), analysis.tokens[s:e]) for s, e in analysis.sentences()]


def _passages(document: Document, analyses: list[Analysis]) -> list[Passage]:
    """Every sentence of the content blocks, with its context: the heading above it, the other
    cells of its table row, a short lead line just before its block ("Tavoite 2: …" above
    "Tavoite toteutui osittain.") and the first sentence of its own block. Its anchor is what
    opens its row (a table's goal column) or its block when that opens with a goal ("Tavoite 2:
    Kirjasto …. Mittari: …"): where it names a plan goal, the rest of the row or block speaks of it."""
    heading: int | None = None
    rows: dict[tuple[int, int], list[int]] = {}
    for block in document.blocks:
        if block.table is not None and block.row is not None:
            rows.setdefault((block.table, block.row), []).append(block.index)
    passages = []
    previous: int | None = None
    for block in document.blocks:
        if block.kind in (BlockKind.heading, BlockKind.title):
            heading, previous = block.index, None
            continue
        cells = [b for b in rows.get((block.table, block.row), []) if b != block.index] if block.table is not None else []
        around = list(cells)
        if heading is not None:
            around.append(heading)
        if previous is not None and len(document.blocks[previous].text.split()) <= 25:
            around.append(previous)
        context = [w for b in around for w in token_words(analyses[b].tokens)]
        row = [w for b in cells for w in token_words(analyses[b].tokens)]
        row_numbers = [n for b in sorted([*cells, block.index]) for n in numbers(document.blocks[b].text)] if cells else []
        first_cell = token_words(analyses[cells[0]].tokens) if cells and cells[0] < block.index else []
        location = document.location(block.index, document.blocks[heading].text if heading is not None else None)
        sentences = _sentences(analyses[block.index])
        opens = _opening(sentences)
        opening = [w for _, tokens in sentences[:opens] for w in token_words(tokens)]
        for number, (text, tokens) in enumerate(sentences):
            outcome = outcome_sentence(tokens) and not _contact(text)
            passages.append(
                Passage(
                    quote=_clip(text),
                    location=location,
                    words=token_words(tokens),
                    context=context + (token_words(sentences[0][1]) if number else []),
                    row=row,
                    anchor=opening if number >= opens and opening else first_cell,
                    row_numbers=row_numbers,
                    outcome=outcome,
                    number=outcome and _has_number(tokens),
                    evaluation="evaluation" in sentence_roles(tokens) or text.rstrip().endswith("?"),
                    all_goals=about_all_goals(tokens) and names_method(tokens),
                )
            )
        previous = block.index
    return passages


_LABEL = re.compile(r"^[^\W\d][\w -]{1,30}:\s+")


def measures(text: str) -> list[str]:
    """The measures an indicator line lists, each its own indicator: "Mittarit: 12 ryhmää;
    kävijöitä 300; palaute vähintään 4/5" → three (its label left out); a line of one is kept whole."""
    items = [item.strip(" .;…") for item in _LABEL.sub("", text, count=1).split(";")]
    items = [item for item in items if item]
    return items if len(items) > 1 else [text]


def _whole(text: str, blocks: list[str]) -> str:
    """An evaluation text cut at a semicolon ("Mittarit: odotusaika lyhenee 90 päivästä 45:een;")
    continued to its full stop in the block that holds it: the rest lists more measures."""
    if not text.rstrip().endswith(";"):
        return text
    for block in blocks:
        if (at := block.find(text.rstrip())) >= 0:
            rest = block[at:]
            end = re.search(r"\.(\s|$)", rest)
            return rest[: end.start() + 1] if end else rest
    return text


def _parsed(texts: list[tuple[str, Location | None]], analyses: list[Analysis] | None) -> list[list[Token]]:
    """Each text's tokens, cut from the analysis of a paragraph that holds it (the very parse the
    facts came from, not a second one): the paragraph it was read from first, then any other (an
    indicator is a part of a sentence, a table row's text its cells joined). Only a text that no
    paragraph holds (one clipped inside a word, "…") is analysed now, all such together."""
    found = [_from_paragraphs(text, where, analyses) for text, where in texts]
    missing = [i for i, tokens in enumerate(found) if tokens is None]
    for i, analysis in zip(missing, analyse_texts([texts[i][0] for i in missing])):
        found[i] = analysis.tokens
    return found  # type: ignore[return-value]


_CELLS = " | "  # how a table row's cells are joined into one fact's text (`responsibility`)


def _from_paragraphs(text: str, where: Location | None, analyses: list[Analysis] | None) -> list[Token] | None:
    """The tokens of `text` in the paragraph it was read from, else in the first other that holds
    it, else its table row's cells in turn; None when no paragraph holds it."""
    if not analyses:
        return None
    own = where.paragraph if where is not None and where.paragraph is not None and 0 <= where.paragraph < len(analyses) else None
    for paragraph in ([analyses[own]] if own is not None else []) + [a for i, a in enumerate(analyses) if i != own]:
        if (tokens := _in_paragraph(text, paragraph)) is not None:
            return tokens
    if _CELLS in text:
        cells = [_from_paragraphs(cell, where, analyses) if cell.strip() else [] for cell in text.split(_CELLS)]
        if all(cell is not None for cell in cells):
            return [t for cell in cells for t in cell]  # type: ignore[union-attr]
    return None


def _in_paragraph(text: str, paragraph: Analysis) -> list[Token] | None:
    """The paragraph's tokens of `text`: the whole paragraph, one of its sentences (or its first
    300 characters, as a fact quotes a long one) or a run of whole tokens."""
    if paragraph.text == text:
        return paragraph.tokens
    if text not in paragraph.text:
        return None
    for start, end in paragraph.sentences():
        if paragraph.sentence_text(start, end)[:300] == text:
            return paragraph.tokens[start:end]
    at = paragraph.text.find(text)
    while at >= 0:
        if (tokens := _cut(paragraph.tokens, at, at + len(text))) is not None:
            return tokens
        at = paragraph.text.find(text, at + 1)
    return None


def _cut(tokens: list[Token], start: int, end: int) -> list[Token] | None:
    """The tokens of the characters [start, end) of their text, or None when a token crosses
    either end. The cut opens a sentence, as a parse of its text alone would: the tokens of the
    parser's sentence it cuts into count their heads from its first token (a head before it falls
    outside the cut). The tokens keep their offsets in the paragraph."""
    first = next((i for i, t in enumerate(tokens) if t.idx >= start), len(tokens))
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].idx < end), -1)
    if first > last or tokens[first].idx != start or tokens[last].idx + len(tokens[last].text) != end:
        return None
    cut = tokens[first : last + 1]
    opened = next(i for i in range(first, -1, -1) if tokens[i].sent_start or i == 0)
    if opened == first:
        return cut
    closed = next((i for i in range(first + 1, len(tokens)) if tokens[i].sent_start), len(tokens)) - first
    cut[:closed] = [replace(t, head=t.head - (first - opened), sent_start=n == 0) for n, t in enumerate(cut[:closed])]
    return cut


def _goals(goals: list[GoalFact], blocks: list[str], analyses: list[Analysis] | None) -> tuple[list[GoalDigest], list[Indicator]]:
    """The goals with their words, and the plan's indicators: each measure of a goal's short
    evaluation texts."""
    limit = int(load("project")["indicator_words"])
    generic = set(_lex("indicator_generic"))
    own = {g.goal_id: [m for t in g.evaluation_texts for m in measures(_whole(t, blocks)) if len(m.split()) <= limit] for g in goals}
    indicators = sorted({m for items in own.values() for m in items})
    analysed = dict(zip([g.text for g in goals] + indicators, _parsed([(g.text, g.location) for g in goals] + [(m, None) for m in indicators], analyses)))
    digests = [
        GoalDigest(
            goal_id=g.goal_id, text=g.text, words=token_words(analysed[g.text]), location=g.location, evaluations=g.evaluations,
            indicators=list(dict.fromkeys(own[g.goal_id])), indicator_words=[w for m in dict.fromkeys(own[g.goal_id]) for w in token_words(analysed[m])],
        )
        for g in goals
    ]
    found = []
    for text in indicators:
        owners = [g for g in goals if text in own[g.goal_id]]
        named = referenced_goals(text, max(g.goal_id for g in goals))  # "Tavoitteen 3 mittari on …"
        owners = [g for g in owners if g.goal_id in named] or owners
        words = [kept for forms in token_words(analysed[text]) if (kept := sorted(set(forms) - generic))]
        if words and _measure(analysed[text], [analysed[g.text] for g in owners]):
            found.append(
                Indicator(
                    text=text, words=words, goal_ids=[g.goal_id for g in owners], location=owners[0].location,
                    counted=_counted(analysed[text]), numbers=numbers(text),
                )
            )
    return digests, found


def _measure(tokens: list[Token], goals: list[list[Token]]) -> bool:
    """An evaluation text that is a measure, not what was done before ("kyselyyn vastasi 87",
    past tense), what is done to evaluate ("palaute kerätään kursseilta", "mittarit seurataan
    ohjausryhmässä": a passive verb, or a verb of gathering data with its doer named, "ohjaajat
    kirjaavat käynnit", and nothing counted) or the goal itself restated."""
    if _past(tokens):
        return False
    recording = set(_lex("recording_verbs"))
    finite = [t for t in tokens if t.morph.get("VerbForm") == "Fin"]
    if any(t.morph.get("Voice") == "Pass" or t.lemma in recording for t in finite) and not _counted(tokens):
        return False
    own = {form for entry in token_words(tokens) for form in entry}
    return not any(own and own <= {form for entry in token_words(goal) for form in entry} for goal in goals)


def _counted(tokens: list[Token]) -> Words:
    """What a target level counts: the words after its first number up to the first noun
    ("40 koulutettua ohjaajaa" → koulutettu, ohjaaja); none when the number ends it ("palaute
    vähintään 4/5"), names a scale, or is a unit or a frequency ("35 henkilöä", "kaksi kertaa
    vuodessa", `count_units`): the measure itself names what is counted. A share ("70 %
    osallistujista") counts no noun: its noun is the group the share is of, which a report may
    call otherwise ("nuorista") or leave out."""
    start = next((i for i, t in enumerate(tokens) if t.pos == "NUM" or any(ch.isdigit() for ch in t.text)), None)
    if start is None or _share(tokens[start:]):
        return []
    following: list[Token] = []
    for t in tokens[start + 1 :]:
        if t.pos in ("NUM", "PUNCT", "SYM") or any(ch.isdigit() for ch in t.text):
            if following:
                break
            continue
        following.append(t)
        if t.pos in ("NOUN", "PROPN"):  # a counted noun is in the partitive or elative: not "4,0 asteikolla"
            if t.morph.get("Case") not in ("Par", "Ela") or set(content_lemmas([t])) & set(_lex("count_units")):
                return []
            return token_words(following)
    return []


def _share(tokens: list[Token]) -> bool:
    """A number given as a percentage ("60 %", "60 prosenttia", "60%")."""
    first = tokens[0].text
    following = tokens[1] if len(tokens) > 1 else None
    return first.endswith("%") or (following is not None and (following.text == "%" or following.lemma == "prosentti"))


def _rooting_words() -> set[str]:
    """The words of rooting itself ("vakiinnuttaa", "pysyvä", "jatkua"): they say that a result is
    made permanent, not which one, so a promise and its owner are matched without them."""
    rooting = load("rooting")
    phrases = [*rooting["rooting"], *rooting["stages"]["vakiinnuttaminen"]["words"]]
    return {word for phrase in phrases for word in str(phrase).lower().split()}


def _statements(facts: list, owners: bool, analyses: list[Analysis] | None) -> list[Statement]:
    """Promises (not negated) or owners, each with its words less the words of rooting itself."""
    generic = _rooting_words()
    found = []
    for f, tokens in zip(facts, _parsed([(f.text, f.location) for f in facts], analyses)):
        if not owners and negated(tokens):
            continue
        words = [entry for entry in token_words(tokens) if not set(entry) & generic]
        if words:
            found.append(Statement(text=_clip(f.text), words=words, location=f.location, owner=getattr(f, "owner", "") if owners else ""))
    return found


def _permanent(rooting: list[RootingFact], analyses: list[Analysis] | None) -> list[RootingFact]:
    """The plan's rooting statements that promise to make something permanent (the 4V stage vakiinnuttaminen)."""
    words = load("rooting")["stages"]["vakiinnuttaminen"]["words"]
    analysed = _parsed([(f.text, f.location) for f in rooting], analyses)
    return [f for f, tokens in zip(rooting, analysed) if any_phrase(tokens, words)]


def digest(document: Document, facts: Facts, path: str) -> Digest:
    """Read what the cross-document rules compare, from the facts and the block analyses of the same check."""
    doc_type = facts.document.doc_type
    codes, name = identity(document)
    result = Digest(path=path, doc_type=doc_type, title=document.title, codes=codes, name=name)
    period = next((f for f in facts.facts if isinstance(f, PeriodFact)), None)
    if period is not None and period.valid and period.start and period.end:
        result.period_start, result.period_end, result.period_text, result.period_location = period.start, period.end, period.text, period.location
    goals = [f for f in facts.facts if isinstance(f, GoalFact)]
    analyses = facts._analyses
    if doc_type == "hankesuunnitelma":
        result.goals, result.indicators = _goals(goals, [b.text for b in document.blocks], analyses)
        promises = _permanent([f for f in facts.facts if isinstance(f, RootingFact)], analyses)
        result.promises = _statements(promises, owners=False, analyses=analyses)
    elif doc_type == "arviointisuunnitelma":
        result.goals = _goals(goals, [b.text for b in document.blocks], analyses)[0]
    if doc_type == "exit-suunnitelma":
        named = [f for f in facts.facts if isinstance(f, ResponsibilityFact) and f.named and not f.project]
        result.owners = _statements(named, owners=True, analyses=analyses)
    if doc_type in ("loppuraportti", "arviointisuunnitelma", "exit-suunnitelma"):
        result.passages = _passages(document, facts._analyses or analyse_texts(b.text for b in document.blocks))
    return result
