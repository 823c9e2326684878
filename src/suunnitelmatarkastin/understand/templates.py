"""Template text: questions a template asks, whether they are answered, and placeholders left.

An appendix that is itself a blank form for later use (a reporting form, a questionnaire) is part
of the plan, so its blanks are not placeholders and its questions are not unanswered questions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import BlockKind, PlaceholderFact, QuestionFact
from .content import content_lemmas
from .lemmas import focus_clitics, word_lemmas
from .lexicon import any_phrase, load, per_overlay
from .nlp import Token
from .reading import Reading

_MAX_QUESTION_WORDS = 45
_REQUIRED_MARK = re.compile(r"(?<!\s)\s*\(?\*+\)?$")  # (?<!\s): one try per run of spaces, not one per space
_BARE_WORDS = 4  # fewer words than this state nothing unless they state a fact
_SHORT_WORDS = 10  # a section shorter than this may only defer or restate its heading
_MIN_ANSWER_WORDS = 3  # or fewer, where the words state a fact
_QUESTION_SPLIT = re.compile(r"(?<=[?.!])\s+(?=\W*[A-ZÅÄÖ])")
_QUESTION_CLITIC = "ko"  # the dictionary's focus value for -ko/-kö ("onko", "montako"): Clitic=Ko


@per_overlay
def _placeholder_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in load("templates")["placeholders"])


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.lower()).split())


@per_overlay
def _prompts() -> frozenset[str]:
    return frozenset(_normal(p) for p in load("templates")["prompts"])


def is_question(text: str) -> bool:
    """A template question: a short block whose last sentence asks something, in question form; an
    instruction for one answer that follows it ("Onko …? Jos on, kuvaa …") is part of the question."""
    text = _REQUIRED_MARK.sub("", text.strip())  # a form's required field: "Kenelle hanke on? *"
    sentences = _QUESTION_SPLIT.split(text)
    while len(sentences) > 1 and not sentences[-1].endswith("?") and _conditional(sentences[-1]):
        sentences.pop()
    text = " ".join(sentences)
    if not text.endswith("?") or len(text.split()) > _MAX_QUESTION_WORDS:
        return False
    last = _QUESTION_SPLIT.split(text)[-1]
    return _opens_question(last) or _opens_question(last.partition(",")[2].rstrip("?"))  # "Jos poikkesi, miksi?"


def _conditional(sentence: str) -> bool:
    """A sentence that opens with a condition: "Jos on, kuvaa työnjako."."""
    first = sentence.split(maxsplit=1)
    return bool(first) and first[0].strip(",").lower() in load("templates")["conditions"]


def _opens_question(sentence: str) -> bool:
    first = re.sub(r"^([\W\d]+|[a-zåäö][).]\s+)+", "", sentence).split(maxsplit=1)
    return bool(first) and _asks(first[0].lower())


def _questions_in(text: str) -> list[str]:
    """The questions a block asks; a follow-up that opens with a condition ("Poikkesiko aikataulu?
    Jos poikkesi, miksi?") is part of the question before it: one gap, one finding."""
    questions: list[str] = []
    for sentence in _QUESTION_SPLIT.split(_REQUIRED_MARK.sub("", text.strip())):
        sentence = sentence.strip()
        if not sentence.endswith("?"):
            continue
        if questions and not _opens_question(sentence):
            questions[-1] += " " + sentence
        else:
            questions.append(sentence)
    return questions


def _asks(word: str) -> bool:
    """Finnish questions open with an interrogative word ("mitkä", "kenelle": the templates lexicon
    lists their base forms) or a word with the question clitic -ko/-kö ("onko", "saavutettiinko").
    The dictionary reads both from the word alone; the tagger, in context, marks too few of them
    (PronType=Int is missing on "miltä", "kenelle", "milloin"). Another focus clitic makes an
    interrogative indefinite: "kumpikin", "kenenkään" ask nothing."""
    focus = focus_clitics(word)
    if _QUESTION_CLITIC in focus:
        return True
    return not focus and any(base in load("templates")["question_words"] for base in word_lemmas(word))


def is_template_text(text: str) -> bool:
    """A question or a known template prompt: text that is not an answer."""
    return is_question(text) or _normal(text) in _prompts() or placeholders_in(text) == [text.strip()]


def placeholders_in(text: str) -> list[str]:
    """The placeholders left in a text, each once: where several patterns match the same gap
    ("xx.xx.20xx" is both a date and a year pattern), their spans are joined into one."""
    return list(_placeholders(text, _placeholder_patterns()))


@lru_cache(maxsize=4096)
def _placeholders(text: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    """`placeholders_in`, once per text and set of patterns: the sections, goals, evaluations and
    template checks ask it about the same blocks about four times a document, and the patterns'
    scan was a tenth of the extractors' time."""
    spans = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(text) if m.group(0).strip())
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1 and not text[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(text[start:end].strip() for start, end in merged)


def content_words(reading: Reading, blocks: list[int]) -> int:
    """Words of real content in the blocks: template questions, prompts and placeholders left out."""
    total = 0
    for b in blocks:
        block = reading.document.blocks[b]
        if block.kind is BlockKind.heading or is_template_text(block.text):
            continue
        text = block.text
        for placeholder in placeholders_in(text):
            text = text.replace(placeholder, " ")
        total += len(text.split())
    return total


def states_facts(reading: Reading, blocks: list[int]) -> bool:
    """Whether real content stands in the blocks however short: a sentence that gives a sum, a
    number, a date, a name or an organisation ("Kokonaisbudjetti 48 000 €.") is an answer, not a gap;
    a date the tagger gives no number tag ("1.3.2026–28.2.2028") still holds its figures."""
    for b in blocks:
        block = reading.document.blocks[b]
        if block.kind is BlockKind.heading or is_template_text(block.text) or placeholders_in(block.text):
            continue
        if any(t.pos in ("NUM", "PROPN") or t.text in ("€", "%") or any(ch.isdigit() for ch in t.text) for t in reading.analyses[b].tokens):
            return True
    return False


def only_defers(tokens: list[Token]) -> bool:
    """A short text that puts the matter off instead of saying it ("Tarkennetaan myöhemmin.",
    "Mittarit sovitaan ohjausryhmässä."): a deferral word, and no concrete method or number, nor a
    clause of its own that tells what is done ("Kerho kokoontuu viikoittain, ja ohjelmasta sovitaan
    myöhemmin." tells of the club meeting, whatever is still to be agreed)."""
    if len([t for t in tokens if t.pos != "PUNCT"]) >= _SHORT_WORDS or any(t.pos == "NUM" or t.text in ("€", "%") for t in tokens):
        return False
    deferrals = load("templates")["deferrals"]
    if any_phrase(tokens, deferrals) is None or any_phrase(tokens, load("goals")["concrete_methods"]) is not None:
        return False
    return not any(_clause_without_deferral(tokens, i, deferrals) for i in range(len(tokens)))


def _clause_without_deferral(tokens: list[Token], i: int, deferrals: list[str]) -> bool:
    """Whether token `i` is a main clause's own finite verb (the root, or a verb coordinated with
    it) and no word of its clause defers: that clause says something. The clause is the verb and
    the words that hang on it, without the verbs coordinated with it and their words."""
    verb = tokens[i]
    if verb.pos != "VERB" or verb.morph.get("VerbForm") != "Fin":
        return False
    if verb.dep != "ROOT" and not (verb.dep == "conj" and 0 <= verb.head < len(tokens) and tokens[verb.head].pos == "VERB"):
        return False

    def in_clause(j: int) -> bool:
        seen = set()
        while j != i and j not in seen and 0 <= j < len(tokens):
            seen.add(j)
            t = tokens[j]
            if (t.dep == "conj" and t.pos == "VERB") or t.head == j:
                return False  # another clause, or the sentence's root reached without the verb
            j = t.head
        return j == i

    return any_phrase([t for j, t in enumerate(tokens) if in_clause(j)], deferrals) is None


def written_later(tokens: list[Token]) -> bool:
    """A sentence that only says when the section will be written: a verb of writing in the passive
    with no object, subject or place of its own, only the time after which ("Lisätään
    syyskokouksen jälkeen.", "Täytetään, kun ohjausryhmä on kokoontunut."). The section's text is
    what is to be written; "Hankkeesta kirjoitetaan paikallislehteen" writes of something."""
    lex = load("templates")
    for i, verb in enumerate(tokens):
        if verb.dep != "ROOT" or verb.morph.get("Voice") != "Pass" or verb.morph.get("VerbForm") != "Fin":
            continue
        if any_phrase([verb], lex["writing_verbs"], parts=False) is None:
            continue
        own = [j for j, t in enumerate(tokens) if t.head == i and j != i and t.pos != "PUNCT"]
        if own and all(_marks_later(tokens, j, lex["later_marks"]) for j in own):
            return True
    return False


def _marks_later(tokens: list[Token], j: int, marks: list[str]) -> bool:
    """A dependent of the verb that gives only a later time: "myöhemmin", a phrase with "jälkeen"
    or "mennessä", a clause opened by "kun"."""
    if any_phrase([tokens[j]], marks, parts=False) is not None:
        return True
    return any(t.head == j and t.dep in ("case", "mark") and any_phrase([t], marks, parts=False) is not None for t in tokens)


def holds_no_content(reading: Reading, heading: int, blocks: list[int], words: int) -> bool:
    """Whether a section's text is no real content: nothing or template text; a line or two that
    only defers the matter ("Jatkosta sovitaan myöhemmin.") or restates the heading ("Arviointitietoa
    hyödynnetään." under "Arviointitiedon hyödyntäminen"); or a few words that state no fact. A
    short sentence that says something ("Kokonaisbudjetti 48 000 €.") is content."""
    if states_facts(reading, blocks):
        return False
    if is_question(reading.document.blocks[heading].text) and any(answers_yes_no(reading, b) for b in blocks):
        return False  # "Onko hankkeelle muuta rahoitusta?" answered "Ei." is answered, not empty
    if words < _BARE_WORDS:
        return True
    if words >= _SHORT_WORDS:
        return False
    said = [t for b in blocks for t in reading.analyses[b].tokens]
    deferral = only_defers(said) or any(written_later(tokens) for _, _, tokens in reading.sentences(blocks))
    told = content_lemmas(said)
    restated = bool(told) and len(told & content_lemmas(reading.analyses[heading].tokens)) * 2 >= len(told)
    return deferral or restated


def extract_questions(reading: Reading) -> list[QuestionFact]:
    """Template questions and whether an answer stands under each."""
    blocks = reading.document.blocks
    asked = [
        b.index
        for b in blocks
        if b.kind is not BlockKind.title and not reading.in_appendix(b.index) and is_question(b.text) and not _own_question(reading, b.index)
    ]
    contents = _contents_entries(reading)
    asked = [index for index in asked if index not in contents]
    one_by_one = _answers_one_by_one(reading, asked)
    facts = []
    for index in asked:
        block = blocks[index]
        if block.kind is BlockKind.table_cell:
            answered = _cell_answered(reading, index)
        else:
            answered = _answered_below(reading, index, one_by_one)
        for question in _questions_in(block.text):
            facts.append(QuestionFact(text=question, answered=answered, location=reading.location(index)))
    return facts


_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-zA-Z]\))\s+")
_PAGE_NUMBER = re.compile(r"[\s.…_·]*\d*\s*$")
_CONTENTS_RUN = 3  # lines in a row that repeat the headings below: a table of contents


def _heading_key(text: str) -> str:
    """A heading's words without its number or a contents line's page number and leader dots
    ("2 Miksi hanketta tarvitaan? ..... 4" and "2 MIKSI HANKETTA TARVITAAN?" are the same)."""
    return " ".join(_PAGE_NUMBER.sub("", _NUMBERING.sub("", text)).lower().split())


def _contents_entries(reading: Reading) -> set[int]:
    """The lines of a table of contents typed by hand (not a field the reader leaves out): a run of
    short lines before the headings that each repeat a heading below. A question heading listed
    there is answered under the heading itself, not under its contents line."""
    blocks = reading.document.blocks
    later: dict[str, int] = {}
    for b in blocks:
        if b.kind is BlockKind.heading and (key := _heading_key(b.text)):
            later[key] = b.index  # the last heading of that text: a contents line stands before it
    entries: set[int] = set()
    run: list[int] = []
    for b in [*blocks, None]:
        listed = b is not None and b.kind in (BlockKind.paragraph, BlockKind.list_item) and later.get(_heading_key(b.text), -1) > b.index
        if listed:
            run.append(b.index)  # type: ignore[union-attr]
            continue
        if b is not None and b.kind in (BlockKind.paragraph, BlockKind.list_item) and len(b.text.split()) <= _BARE_WORDS and run:
            continue  # a contents line the document has no heading for ("Liitteet" as plain text)
        if len(run) >= _CONTENTS_RUN:
            entries.update(run)
        run = []
    return entries


def _own_question(reading: Reading, index: int) -> bool:
    """The document's own questions, which it sets out to answer ("Arviointikysymykset", "Arvioinnilla
    haetaan vastauksia seuraaviin kysymyksiin:"), are content, not a template's questions to fill in:
    their section's heading, or the line that introduces their list, names them as questions."""
    words = load("templates")["own_questions"]
    s_i = reading.owner[index]
    if s_i is not None and any_phrase(reading.analyses[reading.sections[s_i].heading_block].tokens, words):
        return True
    blocks = reading.document.blocks
    before = index - 1
    while before >= 0 and blocks[before].kind is blocks[index].kind and is_question(blocks[before].text):
        before -= 1
    intro = blocks[before] if before >= 0 else None
    return intro is not None and intro.text.rstrip().endswith(":") and any_phrase(reading.analyses[before].tokens, words) is not None


def _answer_after(reading: Reading, index: int) -> tuple[str, int | None]:
    """What follows a question, up to the next heading: ("answer", block), ("question", block),
    ("asked", block) for a paragraph that asks and answers a question of its own, or ("nothing",
    None). A sub-heading under a question heading belongs to its answer."""
    blocks = reading.document.blocks
    question = blocks[index]
    for block in blocks[index + 1 :]:
        if block.kind in (BlockKind.heading, BlockKind.title):
            if question.kind is BlockKind.heading and block.level > question.level:
                continue
            return "nothing", None
        if is_template_text(block.text):
            if is_question(block.text):
                return "question", block.index
            continue
        if block.kind is BlockKind.paragraph and _asks_and_answers(block.text):
            return "asked", block.index
        if _is_answer(reading, block.index):
            return "answer", block.index
    return "nothing", None


def _asks_and_answers(text: str) -> bool:
    """A paragraph led by a question of its own and its answer ("Miten kerhoa mainostetaan?
    Ilmoitamme kirjaston seinällä."): what it says answers that question, not the one before it."""
    first, _, rest = _REQUIRED_MARK.sub("", text.strip()).partition("?")
    return bool(rest.strip()) and not _QUESTION_SPLIT.search(first) and is_question(first + "?") and not is_question(text)


def _is_answer(reading: Reading, index: int) -> bool:
    """Real content: a few words, or a short line that states a fact ("Nuoret 16–29 v.", "Ei.")."""
    block = reading.document.blocks[index]
    words = len(block.text.split())
    return words >= _MIN_ANSWER_WORDS or (block.kind is BlockKind.table_cell and words > 0) or states_facts(reading, [index]) or answers_yes_no(reading, index)


def answers_yes_no(reading: Reading, index: int) -> bool:
    """A block that answers a yes/no question in a word or two ("Ei.", "Kyllä, kaksi.", "Vastaus:
    Emme hae."): its first word after a form's answer lead ("Vastaus:") is a negation or an
    affirmation. The lead is the form's, not the writer's: "Vastaus: Ei." says "Ei"."""
    text = reading.document.blocks[index].text
    lead, colon, _ = text.partition(":")
    start = len(lead) + 1 if colon and lead.strip().lower() in load("templates")["answer_leads"] else 0
    tokens = [t for t in reading.analyses[index].tokens if t.idx >= start and t.pos != "PUNCT"]
    if not tokens:
        return False
    first = tokens[0]
    return first.morph.get("Polarity") == "Neg" or first.text.lower() in load("templates")["affirmations"]


def _answers_one_by_one(reading: Reading, asked: list[int]) -> set[int | None]:
    """The sections where the writer answers question by question: a question answered at once is
    followed by another question. There a question followed straight by the next is unanswered;
    elsewhere a run of questions is answered by what follows the run ("Kenelle? Miten? — …")."""
    found: set[int | None] = set()
    for index in asked:
        kind, after = _answer_after(reading, index)
        if kind == "answer" and after is not None and _answer_after(reading, after)[0] in ("question", "asked"):
            found.add(reading.owner[index])
    return found


def _answered_below(reading: Reading, index: int, one_by_one: set[int | None]) -> bool:
    """An answer is real content after the question, before the next heading; a question followed
    by another shares the answer after their run unless its section answers one by one. A
    paragraph that asks and answers its own question answers none before it."""
    kind, after = _answer_after(reading, index)
    if kind != "question" or reading.owner[index] in one_by_one:
        return kind == "answer"
    while kind == "question" and after is not None:
        kind, after = _answer_after(reading, after)
    return kind == "answer" and after is not None and _speaks_to(reading, index, after)


def _speaks_to(reading: Reading, question: int, answer: int) -> bool:
    """Whether the text after a run of questions answers this one of them: it shares a content
    word with it ("Millaisia ongelmia ilmeni?" — "Ongelmia ei juuri ollut")."""
    asked = content_lemmas(reading.analyses[question].tokens)
    blocks = reading.document.blocks
    told: set[str] = set()
    for block in blocks[answer:]:
        if block.kind in (BlockKind.heading, BlockKind.title) or is_question(block.text):
            break
        told |= content_lemmas(reading.analyses[block.index].tokens)
    return bool(asked & told)


def _cell_answered(reading: Reading, index: int) -> bool:
    """A question in a table cell is answered by the cell beside it or below it, or beside it on a
    row that continues the question's row: a row below whose cells up to the question's column are
    empty has no question of its own, so what it holds answers the question above (a writer who
    typed the answer one row too low, or split it over rows). A question cell merged down over
    rows stands in each of them and continues its row as well."""
    block = reading.document.blocks[index]
    table = reading.document.tables[block.table]
    beside = table.rows[block.row][block.cell + 1 :]
    below = [row[block.cell] for row in table.rows[block.row + 1 : block.row + 2] if block.cell < len(row)]
    for row, ids in zip(table.rows[block.row + 1 :], table.block_ids[block.row + 1 :]):
        if len(row) <= block.cell + 1 or any(cell.strip() and i != index for cell, i in zip(row[: block.cell + 1], ids)):
            break
        beside += row[block.cell + 1 :]
    return any(cell and not is_template_text(cell) for cell in beside + below)


def extract_placeholders(reading: Reading) -> list[PlaceholderFact]:
    facts = []
    for block in reading.document.blocks:
        if reading.in_appendix(block.index):
            continue
        for found in placeholders_in(block.text):
            facts.append(PlaceholderFact(text=found, location=reading.location(block.index)))
    return facts
