"""Goals and the activities and evaluation methods linked to each (SPEC section 3).

Where the document has a goal table, its rows are the goals: the table is the plan's own map of
goal → activity → evaluation. Without one, the goals are an online form's per-goal sub-forms
("Tavoite 1 / 3" and its fields), else the list items or numbered paragraphs of the goals section,
failing those its "tavoitteena on …" sentences. Links come from the goal's own
row, item or paragraph, from references by number elsewhere ("TP2: tavoitteet 2 ja 3"), and from
activity and evaluation passages that share the goal's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, BlockKind, DocType, GoalFact, Table
from ..read.builder import strip_list_marker
from .content import (
    by_modifier,
    content_lemmas,
    kin_of,
    manner_adverb,
    shared_words,
    speaking_words,
)
from .lexicon import any_phrase, load, part, per_overlay, section_keys
from .meaning import Nearness, key_nouns, listed_as_who, names_who
from .nlp import Analysis, Token
from .reading import Reading
from .sections import is_field_label, section_specs
from .templates import is_template_text, only_defers, placeholders_in


@dataclass
class _Goal:
    text: str
    block: int
    source: str
    number: int
    full: str = ""
    lemmas: set[str] = field(default_factory=set)  # the goal's own content words, for overlap links
    wholes: set[str] = field(default_factory=set)  # the same without compound parts
    activities: list[str] = field(default_factory=list)
    evaluations: list[str] = field(default_factory=list)
    blocks: set[int] = field(default_factory=set)
    means: dict[str, set[str]] = field(default_factory=dict)  # activity → its nouns, which its indicators may name
    shared: dict[str, set[str]] = field(default_factory=dict)  # an activity it shares with other goals → its nouns
    by_meaning: list[str] = field(default_factory=list)  # the activities and evaluations linked by word vectors only
    gaps: set[str] = field(default_factory=set)  # the roles whose own cells in its goal table's rows say nothing

    def add(self, role: str, text: str, tokens: list[Token] | None = None) -> None:
        """Record an activity or evaluation; `tokens` of an activity that plainly serves the goal
        (written in its own part, or sharing two of its words), whose nouns its indicators may name,
        unless it tells what is done when the project ends or after it (`after_project`)."""
        target = self.evaluations if role == "evaluation" else self.activities
        if text and text not in target:
            target.append(text)
        if tokens and role == "activity" and any_phrase(tokens, _lex("after_project")) is None:
            # when it is done ("syksyllä", "toukokuussa") is not what it does
            self.means[text] = _nouns_of_doing(tokens)

    def share(self, text: str, tokens: list[Token]) -> None:
        """Record an activity it shares with other goals, one that says what is done (not a line on
        whom the project is for, "Kohderyhmä: vanhemmat …"): which of them its indicator measures
        is told only by what else measures them (`_tied_means`)."""
        if "activity" in sentence_roles(tokens) and any_phrase(tokens, _lex("after_project")) is None:
            self.shared[text] = _nouns_of_doing(tokens)

    def means_besides(self, text: str, paragraph: frozenset[str] = frozenset()) -> set[str]:
        """The nouns of its activities other than `text`: a sentence does not measure a goal by
        its own words having made it the goal's activity; nor, outside the evaluation parts, by
        those of an activity of its own `paragraph` ("… järjestetään rekrytointitapahtumia.
        Tapahtumia pidetään kaksi vuodessa." goes on to tell of that activity)."""
        return set().union(*(nouns for activity, nouns in self.means.items() if activity != text and activity not in paragraph))


_lex = part("goals")


def _nouns_of_doing(tokens: list[Token]) -> set[str]:
    """An activity's nouns, without those that say when ("syksyllä", "toukokuussa"): what it does."""
    return content_lemmas([t for t in tokens if not _time_word(t)], nouns_only=True)


def _time_word(token: Token) -> bool:
    """A noun that says when ("syksy", "viikko", "toukokuu"), the timing lexicon's `time_nouns` or a month."""
    timing = load("timing")
    return token.lemma in timing["time_nouns"] or (len(token.parts) >= 2 and token.parts[-1] == timing["month_part"])


@dataclass(frozen=True)
class _Numbering:
    """The patterns that find goals by number in raw text, built from the goals lexicon's
    `numbering` words (so a pack's overlay may add another goal word or joiner)."""

    reference: re.Pattern[str]  # "tavoitteet 2 ja 3", "T2" anywhere in a text
    only_reference: re.Pattern[str]  # a cell that is nothing but a reference: "2", "T2", "Tavoite 2."
    lead: re.Pattern[str]  # the number opening a goal: "Tavoite 1:", "T1", "1."
    joiner: re.Pattern[str]  # what separates the numbers of a list
    slot: re.Pattern[str]  # a line that is nothing but a goal's number, opening a form's sub-form: "Tavoite 2/3"
    by_letter: re.Pattern[str]  # a lettered list's goal named by its letter: "Tavoite b:" is the second
    by_letters: re.Pattern[str]  # several such goals named at once: "tavoitteet b ja d", "tavoitteisiin a, c"


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@per_overlay
def goal_numbering() -> _Numbering:
    words = _lex("numbering")
    prefix = f"(?:{_alternatives(words['prefixes'])})?"
    stem, lead, letter = (_alternatives(words[k]) for k in ("stems", "lead", "letters"))
    joiners = _alternatives(words["joiners"])
    return _Numbering(
        # a target level after the goal word ("tavoite 1 200 kävijää", "tavoitteena 2,5 %") is a
        # figure, written with a thousands group or decimals, not a goal's number
        reference=re.compile(
            rf"\b{prefix}(?:{stem})\w*\s+((?:\d{{1,2}}\s*(?:,|{joiners}|–|-|&)\s*)*\d{{1,2}})\b(?!\s\d{{3}}\b|[.,]\d)|\b(?:{letter})\s?(\d{{1,2}})\b(?![.,]\d)",
            re.IGNORECASE,
        ),
        only_reference=re.compile(rf"^\s*+(?:{prefix}(?:{lead})|{letter})?\s*+(\d{{1,2}})\s*+[.:)]?\s*+$", re.IGNORECASE),
        # "1.–4.-luokkalaiset" opens with a range of numbers, not a goal's number
        lead=re.compile(rf"^\s*(?:{prefix}(?:{lead})\s*(\d{{1,2}})|(?:{letter})(\d{{1,2}})|(\d{{1,2}})[.)](?!\s*[–-]\s*\d))\s*[:.)–-]?\s*", re.IGNORECASE),
        joiner=re.compile(rf"\s*(?:,|{joiners}|&)\s*"),
        # a form's required-field mark is no part of the label: "Tavoite 2 *" opens the sub-form too
        slot=re.compile(rf"^\s*+{prefix}(?:{lead})\s*+(\d{{1,2}})\s*+(?:/\s*+\d{{1,2}}\s*+)?[.:)]?\s*+(?:\*\s*+)?$", re.IGNORECASE),
        by_letter=re.compile(rf"\b{prefix}(?:{lead})\s+([a-h])\s*[:.)]", re.IGNORECASE),
        by_letters=re.compile(
            rf"\b{prefix}(?:{stem})\w*\s+([a-h](?:(?:\s*,\s*|\s*&\s*|\s+(?:{joiners})\s+)[a-h])+)\b(?![-–])", re.IGNORECASE
        ),
    )


def column_role(tokens: list[Token]) -> str | None:
    """What a table column holds, from its heading: goal, activity, evaluation or result."""
    if any_phrase(tokens, _lex("evaluation_column"), parts=False):
        return "evaluation"
    if any_phrase(tokens, _lex("result_column"), parts=False):
        return "result"
    if _asks_means(tokens):
        return "activity"
    if any_phrase(tokens, _lex("goal_column")) and not _goal_only_modifies(tokens):
        return "goal"
    if any_phrase(tokens, _lex("activity_column")):
        return "activity"
    if any_phrase(tokens, _lex("evaluation_column")):
        return "evaluation"
    return None


def _goal_only_modifies(tokens: list[Token]) -> bool:
    """A heading whose head noun names activities or measures and whose goal words only modify it
    ("Toimet, joiden avulla tavoite saavutetaan", "Keinot tavoitteen saavuttamiseksi"): the column
    holds what its head names. A goal word that is the head, or coordinated with it ("Tavoite ja
    mittari"), names a goal column."""
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), None)
    if root is None or tokens[root].pos != "NOUN":
        return False
    head = [tokens[root]]
    if not (any_phrase(head, _lex("activity_column")) or any_phrase(head, _lex("evaluation_column"))):
        return False
    core = {root} | {i for i, t in enumerate(tokens) if t.dep == "conj" and t.head == root}
    return not any(i in core for i, t in enumerate(tokens) if any_phrase([t], _lex("goal_column")))


def _asks_means(tokens: list[Token]) -> bool:
    """A heading that asks how the goal is reached ("Miten tavoitteeseen pyritään?"): it opens with
    a question word of manner, so the column holds the means, whatever goal word follows."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    return bool(words) and words[0].text.lower() in _lex("means_questions")


def _cell_tokens(reading: Reading, table: Table, row: int, col: int) -> list[Token]:
    return reading.analyses[table.block_ids[row][col]].tokens


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_ARROWS = ("→", "->", "=>", "⇒")  # "Nuoret löytävät kavereita → pienryhmät": the goal, then how


def _goal_text(text: str) -> str:
    """A goal item's goal: without its number, and without what an arrow says is done for it."""
    for arrow in _ARROWS:
        before = text.split(arrow, 1)[0]
        text = before if before.strip() else text
    marked = strip_list_marker(text)
    text = marked[0] if marked and not marked[1] and marked[0].strip() else text  # "– Kävijät lisääntyvät."
    return _clip(goal_numbering().lead.sub("", text, count=1).strip() or text)


def _tables(reading: Reading) -> tuple[list[_Goal], list[tuple[Table, int, dict[int, str]]]]:
    """Goals from goal tables, and the tables that only refer to goals by number."""
    goals: list[_Goal] = []
    link_tables = []
    for table in reading.document.tables:
        if len(table.rows) < 2 or not table.block_ids[0] or reading.in_appendix(table.block_ids[0][0]):
            continue
        if table.within is not None:
            continue  # a table nested in a cell is part of that cell's text, which its table reads
        roles, depth = _header_roles(reading, table)
        goal_cols = [c for c, role in roles.items() if role == "goal"]
        if goal_cols and any(role in ("activity", "evaluation") for role in roles.values()):
            goal_col = goal_cols[0]
            cells = [row[goal_col] for row in table.rows[depth:] if goal_col < len(row) and row[goal_col]]
            if cells and all(goal_numbering().only_reference.match(cell) for cell in cells):
                link_tables.append((table, goal_col, roles))
                continue
            goals.extend(_goals_from_rows(reading, table, goal_col, roles, len(goals), depth))
        elif _is_goal_card(reading, table):
            goals.extend(_goals_from_card(reading, table, len(goals)))
    return goals, link_tables


def _header_roles(reading: Reading, table: Table) -> tuple[dict[int, str | None], int]:
    """The columns' roles and how many rows the heading takes. A two-storey heading has a goal
    cell merged down over both rows and a group cell merged across the columns above their own
    headings ("Tavoite" | "Miten edetään ja miten seurataan" over "Toimet" | "Mittari" |
    "Aikataulu"): its rows go on while the goal heading's cell goes on, and each column is what
    its lowest own heading names; the group cell above only speaks for a column without one."""
    width = len(table.rows[0])
    roles = {c: column_role(_cell_tokens(reading, table, 0, c)) for c in range(width)}
    goal_cols = [c for c, role in roles.items() if role == "goal"]
    depth = 1
    if goal_cols:
        top = table.block_ids[0][goal_cols[0]]
        while depth < len(table.rows) - 1 and goal_cols[0] < len(table.block_ids[depth]) and table.block_ids[depth][goal_cols[0]] == top:
            depth += 1
    for r in range(1, depth):
        for c in range(min(width, len(table.rows[r]))):
            if table.block_ids[r][c] != table.block_ids[r - 1][c] and table.rows[r][c].strip():
                roles[c] = column_role(_cell_tokens(reading, table, r, c))
    return roles, depth


def _goals_from_rows(reading: Reading, table: Table, goal_col: int, roles: dict[int, str | None], offset: int, depth: int = 1) -> list[_Goal]:
    goals: list[_Goal] = []
    for r in range(depth, len(table.rows)):
        row = table.rows[r]
        text = row[goal_col] if goal_col < len(row) else ""
        if text and _is_template_goal(text):
            continue
        if text and (not goals or text != goals[-1].full):
            goals.append(_Goal(_goal_text(text), table.block_ids[r][goal_col], "table", offset + len(goals) + 1, full=text))
            if "evaluation" in roles.values():
                goals[-1].gaps.add("evaluation")  # until one of its rows' evaluation cells says something
        if not goals:
            continue
        for c, cell in enumerate(row):
            goals[-1].blocks.add(table.block_ids[r][c])
            if roles.get(c) == "evaluation" and _says_something(cell):
                goals[-1].gaps.discard("evaluation")  # a cell that points elsewhere ("ks. luku 4") is no gap
            if roles.get(c) in ("activity", "evaluation") and _says_something(cell) and not only_defers(_cell_tokens(reading, table, r, c)):
                goals[-1].add(roles[c], _clip(cell))
                if roles[c] == "activity" and _evaluation_method(reading, _cell_tokens(reading, table, r, c)):
                    goals[-1].add("evaluation", _clip(cell))
    return goals


def _evaluation_method(reading: Reading, tokens: list[Token]) -> bool:
    """An evaluation plan's method cell that collects data ("Kysely huoltajille; lainaustilasto"):
    there the method is the goal's evaluation method as well as what is done for it."""
    return reading.doc_type == DocType.arviointisuunnitelma and "evaluation" in sentence_roles(tokens)


def _says_something(cell: str) -> bool:
    """A cell with a word or a figure in it; a dash ("–", "-") or a question mark only marks it empty."""
    return any(ch.isalnum() for ch in cell)


def _is_goal_card(reading: Reading, table: Table) -> bool:
    """A two-column form with labels in its first column: Tavoite / Toimenpiteet / Mittari."""
    if any(len(row) < 2 for row in table.rows):
        return False
    labels = [column_role(_cell_tokens(reading, table, r, 0)) for r in range(len(table.rows))]
    return "goal" in labels and any(label in ("activity", "evaluation") for label in labels)


def _goals_from_card(reading: Reading, table: Table, offset: int) -> list[_Goal]:
    goals: list[_Goal] = []
    for r, row in enumerate(table.rows):
        label = column_role(_cell_tokens(reading, table, r, 0))
        text = " ".join(cell for cell in row[1:] if cell)
        if label == "goal" and text:
            goals.append(_Goal(_goal_text(text), table.block_ids[r][1], "table", offset + len(goals) + 1))
        elif goals and label in ("activity", "evaluation") and _says_something(text) and not only_defers([t for c in range(1, len(row)) for t in _cell_tokens(reading, table, r, c)]):
            goals[-1].add(label, _clip(text))
        if goals:
            goals[-1].blocks.update(table.block_ids[r])
    return goals


def is_goal_sentence(tokens: list[Token], plain_wishes: bool = True) -> bool:
    """A sentence that states an aim: "tavoitteena on …", "päämäärämme on …", "tarkoituksena on …",
    "pyrimme …", "haluamme, että …"; with `plain_wishes` also a wish in the passive or with an
    infinitive (`_plain_wish`). Nouns and verbs come from the goals lexicon."""
    if sentence_roles(tokens) == {"evaluation"} and lead_in_tokens_of(tokens):
        return False  # "Mittari: …"
    nouns = set(_lex("goal_nouns"))
    for i, tok in enumerate(tokens):
        if tok.lemma in nouns or any(tok.lemma.endswith(n) for n in _lex("goal_noun_ends")):
            if tok.morph.get("Case") == "Ess":
                return True
            following = tokens[i + 1 : i + 2]
            possessed = "Person[psor]" in tok.morph  # "päämääränämme on", which the tagger may call a genitive
            if following and following[0].lemma in _lex("copula") and (tok.morph.get("Case") == "Nom" or possessed) and not _passive_perfect(tokens, i + 1):
                return True
        if tok.lemma in _lex("goal_verbs") and tok.morph.get("VerbForm") == "Fin" and not _pursues_goal_before(tokens, i):
            return True
        if tok.lemma in _lex("wish_verbs") and tok.morph.get("Person") == "1" and _that_clause(tokens, i) and not _wishes_for_process(tokens, i):
            return True
        if plain_wishes and _plain_wish(tokens, i):
            return True
    return False


def _plain_wish(tokens: list[Token], i: int) -> bool:
    """"Toivotaan, että …", "Haluamme vahvistaa …": the main verb at `i` a wish in the present, in
    the passive with its "että" clause, or in the first person or the passive with an infinitive of
    change of its own (`direction_words`, `aim_infinitives`); not a question ("Mitä haluamme saada aikaan?"), not what an evaluation wants
    to know ("Arvioinnilla halutaan …"), not one that tells what is done ("haluamme järjestää"),
    speaks to the reader ("haluamme kiittää") or wishes for the funding (`_wishes_for_process`)."""
    verb = tokens[i]
    if verb.lemma not in _lex("wish_verbs") or verb.dep != "ROOT" or verb.morph.get("VerbForm") != "Fin" or verb.morph.get("Tense") == "Past":
        return False
    asks = any(t.text == "?" for t in tokens) or any(t.morph.get("PronType") == "Int" for t in tokens[:i])
    if asks or _wishes_for_process(tokens, i) or "evaluation" in sentence_roles(tokens):
        return False
    passive = verb.morph.get("Voice") == "Pass"
    if passive and _that_clause(tokens, i):
        return True
    if not (passive or verb.morph.get("Person") == "1"):
        return False
    changes = {*_lex("direction_words"), *_lex("aim_infinitives")}
    return any(t.head == i and j != i and t.dep == "xcomp" and t.morph.get("InfForm") == "1" and t.lemma in changes for j, t in enumerate(tokens))


def _wishes_for_process(tokens: list[Token], i: int) -> bool:
    """A wish for the funding or about the application ("Toivomme, että avustus myönnetään"): the
    words after the wish verb name them (`process_words`)."""
    return any_phrase(tokens[i + 1 :], _lex("process_words")) is not None


def _passive_perfect(tokens: list[Token], copula: int) -> bool:
    """"Tavoitteet on kirjoitettu alle …", "tavoite on asetettu yhdessä": the copula begins a passive
    perfect, so the sentence tells what was done to the goals and states no aim itself."""
    after = tokens[copula + 1 : copula + 2]
    return bool(after) and after[0].morph.get("VerbForm") == "Part" and after[0].morph.get("Voice") == "Pass" and after[0].morph.get("PartForm") == "Past"


def _states_change(tokens: list[Token]) -> bool:
    """"Tapahtumien määrä kasvaa", "yrittäjät saavat uusia asiakkaita": the sentence's main verb is
    a verb of change or attainment (the goals lexicon's `change_verbs`), not in the past, not negated."""
    if any(t.morph.get("Polarity") == "Neg" for t in tokens):
        return False
    return any(
        t.dep == "ROOT" and t.lemma in _lex("change_verbs") and t.morph.get("VerbForm") == "Fin" and t.morph.get("Tense") != "Past"
        for t in tokens
    )


def _pursues_goal_before(tokens: list[Token], verb: int) -> bool:
    """"Tähän pyritään avaamalla …", "Siihen pyrimme kerhoilla": the aim verb points back to the goal
    before (a demonstrative) or names only its means (-malla), and states no aim of its own (no "että"
    clause, no "pyrkii vähentämään"): the sentence says how that goal is pursued, an activity."""
    deps = [t for j, t in enumerate(tokens) if t.head == verb and j != verb]
    if any(t.dep == "xcomp" for t in deps) or any(t.lemma in _lex("that_words") for t in tokens[verb + 1 :]):
        return False
    return any(t.morph.get("PronType") == "Dem" or (t.morph.get("InfForm") == "3" and t.morph.get("Case") == "Ade") for t in deps)


def _that_clause(tokens: list[Token], i: int) -> bool:
    """A wish verb followed by its "että" clause: "Haluamme, että nuoret …", also with words
    between ("Haluamme lisäksi myös, että …", "Toivomme hankkeen aikana, että …") or through an
    infinitive of its own ("haluamme nähdä, että …"): an "että" before any other finite verb,
    which would begin a clause the wish does not govern ("Haluamme kiittää niitä, jotka …"), and
    not after a word of manner ("haluaisimme kehittää pajaa niin, että …" tells how, not what is wished)."""
    for t in tokens[i + 1 :]:
        if t.lemma in _lex("that_words"):
            return True
        if t.morph.get("VerbForm") == "Fin" or t.text.lower() in _lex("how_words"):
            return False
    return False


def _is_template_goal(text: str) -> bool:
    """"Tavoite 1 tekstiä tähän": a goal slot of a template, not a goal."""
    return is_template_text(text) or bool(placeholders_in(text)) or len(goal_numbering().lead.sub("", text).split()) < 2


# A sub-form of another kind ("Työvaihe 1 / 3") and a numbered or lettered section heading ("3.
# Arvioinnin toteutus", "E2. TOIMINTAMUODOT") end a goal's sub-form.
_SUB_FORM = re.compile(r"^\s*+[^\W\d]++\s++\d{1,2}\s*+(?:/\s*+\d{1,2}\s*+)?$")
_NUMBERED_HEADING = re.compile(r"^\s*+(?:\d{1,2}(?:\.\d{1,2})*+\.?|[A-ZÅÄÖ]\d?\.)\s++\S")


def _form_goals(reading: Reading) -> list[_Goal]:
    """Goals written in an online form's per-goal sub-forms: a line that is nothing but a goal's
    number ("Tavoite 2", "Tavoite 1 / 3") opens one, and the fields after it, up to the next
    sub-form or numbered heading, are its own. The goal is the answer of its goal field
    ("Tavoitteen nimi *", then "Vastaus: …"), else its first answer; the answers of its activity
    and evaluation fields serve it, and other fields are read sentence by sentence."""
    blocks = reading.document.blocks
    slots = [
        b.index for b in blocks
        if b.kind in (BlockKind.heading, BlockKind.paragraph) and goal_numbering().slot.match(b.text) and not reading.in_appendix(b.index)
    ]
    goals: list[_Goal] = []
    for n, slot in enumerate(slots):
        goal = _Goal("", slot, "list", len(goals) + 1, blocks={slot})
        role: str | None = None  # the role of the field whose answer is being read
        for block in blocks[slot + 1 : slots[n + 1] if n + 1 < len(slots) else len(blocks)]:
            b = block.index
            if block.kind is BlockKind.heading and (block.level < blocks[slot].level or _SUB_FORM.match(block.text) or _NUMBERED_HEADING.match(block.text)):
                break
            goal.blocks.add(b)
            if block.kind is BlockKind.heading or is_field_label(reading.document, b):
                role = _field_role(reading.analyses[b].tokens)
                continue
            tokens = reading.analyses[b].tokens
            label = lead_in_tokens_of(tokens)
            inline = _field_role(label) if label and not _answer_lead(label) else None
            text = _answer_text(block.text) if not inline else block.text.partition(":")[2].strip()
            start = len(label) + 1 if label and (inline or _answer_lead(label)) else 0  # the answer after its label
            if not text or is_template_text(text) or start >= len(tokens):
                continue
            if not goal.text and (inline or role) in ("goal", None) and block.kind is not BlockKind.table_cell:
                _answer_goal(reading, goal, b, start)
            elif (inline or role) in ("activity", "evaluation"):
                if not only_defers(tokens[start:]):  # "Tarkennetaan myöhemmin." names no activity or measure
                    goal.add(inline or role, _clip(text), tokens[start:])  # type: ignore[arg-type]
            else:
                _classify_own(reading, goal, [b])
        if goal.text:
            goals.append(goal)
    return goals


def form_goal_fields(reading: Reading) -> set[int]:
    """The blocks of the fields of goals' sub-forms, below each goal's own line ("Tavoite 3 *",
    then "Miten tavoitteen toteutumista seurataan? *"): such a field is that goal's, and an empty
    one is the goal's gap, which the goal rules report, not an empty section of the plan."""
    return {b for goal in _form_goals(reading) for b in goal.blocks if b != min(goal.blocks)}


def _answer_goal(reading: Reading, goal: _Goal, block: int, start: int) -> None:
    """The goal is the first sentence of the answer that starts at token `start`; what the
    paragraph goes on to say is its own activity or evaluation."""
    analysis = reading.analyses[block]
    end = next((e for _, e in analysis.sentences() if e > start), len(analysis.tokens))
    words = analysis.tokens[start:end]
    goal.text = _clip(analysis.text[words[0].idx : words[-1].idx + len(words[-1].text)])
    goal.block, goal.lemmas, goal.wholes = block, content_lemmas(words), content_lemmas(words, parts=False)
    for s0, e in analysis.sentences():
        if s0 >= end:
            for role in sentence_roles(analysis.tokens[s0:e]):
                goal.add(role, _clip(analysis.sentence_text(s0, e)), analysis.tokens[s0:e])


def _field_role(tokens: list[Token]) -> str | None:
    """What a form field holds, from its label; a label with a clause after its noun ("Toimenpiteet,
    joihin arviointi kohdistuu *") is named by the words before the clause."""
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    return (column_role(tokens[:comma]) if comma else None) or column_role(tokens)


def _answer_lead(tokens: list[Token]) -> bool:
    """"Vastaus:" opening a form's answer field, as an online application prints it."""
    return len(tokens) == 1 and tokens[0].text.lower() in load("templates")["answer_leads"]


def _answer_text(text: str) -> str:
    lead, colon, rest = text.partition(":")
    return rest.strip() if colon and lead.strip().lower() in load("templates")["answer_leads"] else text.strip()


def _section_goals(reading: Reading) -> list[_Goal]:
    """Goals from the goals section: list items, else numbered paragraphs, else goal sentences.
    Where several parts count as the goals section, the lists and sentences are read from those
    whose heading names goals (the sentences from the others only when those state none): "Taustaa lyhyesti" may count as one (an evaluation plan's "Tausta ja tavoitteet"),
    but its bullets are the background, and the goals are the list under "Tavoitteet"."""
    blocks = [b for b in reading.blocks_with_keys(section_keys("goals")) if reading.document.blocks[b].kind is not BlockKind.table_cell]
    doc_blocks = reading.document.blocks
    listed = _under_goal_headings(reading, blocks) or blocks
    items = [b for b in listed if doc_blocks[b].kind is BlockKind.list_item]
    if items:
        top = min(doc_blocks[b].level for b in items)
        heads = [b for b in items if doc_blocks[b].level == top]
    else:
        heads = [b for b in listed if doc_blocks[b].kind is BlockKind.paragraph and goal_numbering().lead.match(doc_blocks[b].text)]
        heads = _outline_tops(doc_blocks, heads) or _typed_items(reading, listed)
    heads = [b for b in heads if not _is_template_goal(doc_blocks[b].text)]
    continued = {b for prev, b in zip(heads, heads[1:]) if _continues(doc_blocks[prev], doc_blocks[b])}
    heads = [b for b in heads if b not in continued]
    goals: list[_Goal] = []
    if heads:
        for n, head in enumerate(heads):
            nxt = heads[n + 1] if n + 1 < len(heads) else None
            own = [b for b in blocks if b >= head and (nxt is None or b < nxt) and reading.owner[b] == reading.owner[head]]
            own = [b for b in own if b == head or b in continued or doc_blocks[b].kind is not BlockKind.list_item or doc_blocks[b].level > doc_blocks[head].level or not items]
            lines = [head, *(b for b in own if b in continued)]
            goal = _Goal(_goal_text(_first_sentence(reading.analyses[head])), head, "list", n + 1, blocks=set(own))
            if len(lines) > 1:  # the item's words are those of all its lines
                goal.text = _goal_text(" ".join(doc_blocks[b].text for b in lines))
                tokens = [t for b in lines for t in reading.analyses[b].tokens]
                goal.lemmas, goal.wholes = content_lemmas(tokens), content_lemmas(tokens, parts=False)
            _classify_own(reading, goal, own)
            goals.append(goal)
        return goals
    # goal sentences, too, first from the parts headed by the goal noun: a results part that asks what
    # its results aim at ("Mitä vaikutuksia tavoitellaan?") tells hoped-for impacts beside the goals
    for scope in dict.fromkeys((tuple(listed), tuple(blocks))):
        goals = _goal_sentences(reading, list(scope)) or _goal_sentences(reading, list(scope), changes=True)
        if goals:
            return goals
    # Without a goals section (or with one that states none), an aim stated anywhere outside the
    # parts that describe activities, evaluation or results is a goal.
    elsewhere = set(_lex("not_goal_sections"))
    body = [b for b in reading.body_blocks() if not reading.keys_at(b) & elsewhere and reading.document.blocks[b].kind is not BlockKind.table_cell]
    # a plain wish in the background ("Haluamme vahvistaa …" after the problem) tells why, not the plan's aims
    background = {b for b in body if reading.keys_at(b) & set(_lex("background_sections"))}
    return _goal_sentences(reading, body, background=background)


_OUTLINE = re.compile(r"^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?(?!\d)")  # "2.1", "2.1.3": a number under a number


def _outline_tops(doc_blocks: list[Block], heads: list[int]) -> list[int]:
    """Of goals numbered by hand as an outline ("1. Kylän nuoret liikkuvat enemmän." / "1.1 Kerho
    kokoontuu viikoittain." / "2. …"), the top-numbered ones: a paragraph numbered under a goal is
    that goal's sub-item, as a word processor's indented list item is, and stays in its part."""
    tops = [b for b in heads if not _OUTLINE.match(doc_blocks[b].text)]
    return tops if tops and len(tops) < len(heads) else heads


def _typed_items(reading: Reading, blocks: list[int]) -> list[int]:
    """Paragraphs that open with a typed list marker ("– Kävijät lisääntyvät.", "• …"), where the
    writer typed the list by hand instead of using the word processor's list: two or more of them
    are the goals list, the line that leads to them ("Tavoitteet ovat:") is none of its goals."""
    doc_blocks = reading.document.blocks
    typed = []
    for b in blocks:
        marked = doc_blocks[b].kind is BlockKind.paragraph and strip_list_marker(doc_blocks[b].text)
        if marked and not marked[1]:  # a bullet or a dash; a typed number is the numbered paragraphs' own
            typed.append(b)
    return typed if len(typed) >= 2 else []


def _continues(previous: Block, block: Block) -> bool:
    """Whether a list item only goes on with the item before it, a line broken mid-sentence (a
    wrapped line pasted from a PDF or an e-mail: "Tavoite 2. Kylän kosteikot kunnostetaan" /
    "talkoilla ja lahjoituksin."): the item before it starts as a sentence does, in capitals or
    with its number, and ends without a sentence's end, and this one starts in lower case. Where
    every item starts in lower case (items that end a lead-in: "Tavoitteena on" / "kylätalo
    korjataan"), each is an item of its own."""
    text, before = block.text.lstrip(), previous.text.strip()
    return (
        block.index == previous.index + 1
        and block.level == previous.level
        and text[:1].islower()
        and (before[:1].isupper() or before[:1].isdigit())
        and not before.endswith((".", "!", "?", ":", ";", ")"))
    )


def _under_goal_headings(reading: Reading, blocks: list[int]) -> list[int]:
    """The blocks whose section's heading names goals ("Tavoitteet", "Hankkeen osatavoitteet").
    A heading that only points at a goal by its number ("Työvaihe 2: kerhot (tavoite 2)") names
    the work done for that goal, not the goals: its part holds no goals list."""
    found = []
    for b in blocks:
        s_i = reading.owner[b]
        section = reading.sections[s_i] if s_i is not None else None
        if section is not None and section.level and any_phrase(_without_references(reading.analyses[section.heading_block]), _lex("goal_nouns")):
            found.append(b)
    return found


def _without_references(analysis: Analysis) -> list[Token]:
    """The tokens of a text outside its goal references ("tavoite 2", "tavoitteet 1 ja 3")."""
    spans = [m.span() for m in goal_numbering().reference.finditer(analysis.text)]
    return [t for t in analysis.tokens if not any(start <= t.idx < end for start, end in spans)]


def _goal_sentences(reading: Reading, blocks: list[int], changes: bool = False, background: set[int] | None = None) -> list[_Goal]:
    """Each sentence that states an aim is a goal; the sentences after it in its paragraph are its own.
    With `changes`, so is a sentence that states an expected change (`_states_change`): how a goals
    section that marks none of its sentences as aims says its goals. In the `background` blocks
    only an aim named as one is a goal, not a plain wish (`_plain_wish`)."""
    goals: list[_Goal] = []
    overall: list[bool | None] = []  # None: only wished so far, the overall aim if an aim named with a goal noun follows it
    seen: list[tuple[set[str], list[Token]]] = []  # each goal's own words and sentence, as first stated
    for b in blocks:
        analysis = reading.analyses[b]
        current: _Goal | None = None  # the goal whose own paragraph the next sentences continue
        for start, end in analysis.sentences():
            tokens = analysis.tokens[start:end]
            text = analysis.sentence_text(start, end)
            # an expected change counted on after the aims ("Kolmanneksi … yhteistyö tiivistyy") is the next goal
            counted_on = bool(goals) and _counts_by_ordinal(tokens) and _states_change(tokens)
            if (is_goal_sentence(tokens, plain_wishes=not background or b not in background) or ((changes or counted_on) and _states_change(tokens))) and not _is_template_goal(text):
                lemmas = content_lemmas(tokens)
                if current is not None and (_narrows(tokens) or _elaborates_counted(tokens, current, b, goals, seen)):
                    current.lemmas |= lemmas  # the goal before, said more exactly: its words are the goal's
                    current.wholes |= content_lemmas(tokens, parts=False)
                    continue
                restated = next((g for g, (words, said) in zip(goals, seen) if _restates(lemmas, words) or _says_again(tokens, said)), None)
                if restated is not None:  # a restatement of a goal is the same goal, and what follows it is that goal's own
                    restated.lemmas |= lemmas
                    restated.wholes |= content_lemmas(tokens, parts=False)
                    current = restated
                    continue
                if current is not None and current is goals[-1] and overall[-1] is None and _names_aim(tokens):
                    overall[-1] = True  # "Haluamme, että … . Tavoitteenamme on …": the wish is the aim its goals serve
                # only a wish that opens its paragraph may be the aim the goals after it serve; one that
                # follows a stated aim ("Tavoitteenamme on … . Haluamme myös, että …") is a goal of its own
                opens = current is None
                if _counts_first(tokens) and not any(_counts_first(said) for _, said in seen):
                    overall = [True] * len(overall)  # "Päämääränä on … . Tavoitteenamme on ensinnäkin …": what came before is above the counted goals
                seen.append((lemmas, tokens))
                current = _Goal(_clip(_answer_text(text)), b, "sentence", len(goals) + 1, blocks={b})  # without "Vastaus:"
                current.lemmas, current.wholes = lemmas, content_lemmas(tokens, parts=False)
                goals.append(current)
                # a wish that counts itself as the first goal ("Haluamme ensinnäkin, että …") opens the goals, it is not above them
                overall.append(True if any(t.lemma in _lex("overall_aim_words") for t in tokens) else None if opens and not _names_aim(tokens) and not _counts_first(tokens) else False)
            elif current is not None:
                if current is goals[-1]:
                    overall[-1] = bool(overall[-1])  # a wish with sentences of its own is a goal
                roles = sentence_roles(tokens) | ({"activity"} if _means_of_goal(tokens) else set())
                for role in roles:
                    current.add(role, _clip(analysis.sentence_text(start, end)), tokens)
    return _without_overall_aim(goals, [bool(o) for o in overall])


def _elaborates_counted(tokens: list[Token], current: _Goal, block: int, goals: list[_Goal], seen: list[tuple[set[str], list[Token]]]) -> bool:
    """"Ensinnäkin tavoitteena on, että … . Haluamme, että …": where the writer counts the goals
    ("Ensinnäkin", "Toiseksi"), a plain wish that follows a counted goal in its own paragraph, itself
    neither counted nor added to it ("Haluamme myös …"), says that goal more exactly: the count
    opens each goal, so the wish is no goal of its own."""
    if current is not goals[-1] or current.block != block or not seen:
        return False
    opening = seen[-1][1]
    if not (_counts_first(opening) or _counts_by_ordinal(opening)):
        return False
    return not (_counts_another(tokens) or _counts_first(tokens) or _names_aim(tokens))


def _names_aim(tokens: list[Token]) -> bool:
    """An aim stated with a goal noun ("tavoitteenamme on …"), not only wished ("haluamme, että …")."""
    return any(t.lemma in _lex("goal_nouns") or any(t.lemma.endswith(n) for n in _lex("goal_noun_ends")) for t in tokens)


def _narrows(tokens: list[Token]) -> bool:
    """"Erityisesti haluamme, että …": the sentence opens with a word that narrows the aim before it."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    match = any_phrase(words[:2], _lex("narrowing_words"), parts=False)
    return match is not None and match.start == 0


def _without_overall_aim(goals: list[_Goal], overall: list[bool]) -> list[_Goal]:
    """An overall aim ("perimmäisenä päämääränä on …", "yleistavoitteena on …") stated beside at
    least two goals of its own is pursued through them: those goals are the plan's goals, numbered
    as the text counts them ("Ensimmäinen tavoitteemme …" is goal 1)."""
    rest = [g for g, o in zip(goals, overall) if not o]
    if len(rest) == len(goals) or len(rest) < 2:
        return goals
    for number, goal in enumerate(rest, 1):
        goal.number = number
    return rest


def _means_of_goal(tokens: list[Token]) -> bool:
    """A sentence with an aim verb that only says how the goal before it is pursued."""
    return any(t.lemma in _lex("goal_verbs") and _pursues_goal_before(tokens, i) for i, t in enumerate(tokens))


def _restates(lemmas: set[str], earlier: set[str]) -> bool:
    """Most of a goal's content words already make up an earlier goal."""
    return bool(lemmas) and len(lemmas & earlier) >= max(2, int(0.7 * len(lemmas)))


def _says_again(tokens: list[Token], earlier: list[Token]) -> bool:
    """An aim that says an earlier goal again, in other forms of its words (compound parts, word
    families): it names all that goal's subject words and adds only detail ("… oppivat uimaan" and
    "jokainen kylän lapsi oppii uimaan ennen kouluikää"), or says only part of it, sharing two
    words at least. An aim that counts itself as another ("Haluamme myös, että …", "Toiseksi …")
    names a goal of its own however many words it shares."""
    if _counts_another(tokens):
        return False
    new, old = _subject_words(tokens), _subject_words(earlier)
    said_before = speaking_words(tokens, content_lemmas(earlier)) & new
    said_now = speaking_words(earlier, content_lemmas(tokens)) & old
    return len(said_before) >= 2 and (said_now == old or said_before == new)


def _subject_words(tokens: list[Token]) -> set[str]:
    """The content words of an aim without those that only say it is an aim ("haluta", "päämäärä")
    or which way its subject should go ("lisätä", "vähenee"): "vähentää yksinäisyyttä" and
    "yksinäisyys vähenee" speak of one thing."""
    skip = {*_lex("goal_nouns"), *_lex("goal_verbs"), *_lex("wish_verbs"), *_lex("direction_words"), *_lex("stop_lemmas")}
    return {t.lemma for t in tokens if content_lemmas([t]) and t.lemma not in skip}


def _counts_another(tokens: list[Token]) -> bool:
    """An aim opening with a word that adds it to the ones before ("myös", "lisäksi") or an ordinal
    ("Toiseksi", "Kolmas tavoitteemme")."""
    words = [t for t in tokens if t.pos != "PUNCT"][:3]
    return any(t.morph.get("NumType") == "Ord" or t.text.lower() in _lex("another_aim_words") for t in words)


def _counts_by_ordinal(tokens: list[Token]) -> bool:
    """A sentence opening with an ordinal that counts it among the goals ("Toiseksi", "Kolmanneksi",
    "Kolmas tavoitteemme"), not with a word that only adds ("Lisäksi" opens many activities)."""
    words = [t for t in tokens if t.pos != "PUNCT"][:3]
    return any(t.morph.get("NumType") == "Ord" and t.pos != "NUM" for t in words)


def _counts_first(tokens: list[Token]) -> bool:
    """An aim opening with a word that counts it as the first of the goals ("Haluamme ensinnäkin,
    että …", "Ennen kaikkea toivomme …"; written words, so "ensi vuonna" is no count)."""
    opening = " ".join(t.text.lower() for t in tokens if t.pos != "PUNCT").split()[:4]
    said = f" {' '.join(opening)} "
    return any(f" {word} " in said for word in _lex("first_aim_words"))


def _first_sentence(analysis: Analysis) -> str:
    sentences = analysis.sentences()
    if not sentences:
        return analysis.text
    text = analysis.sentence_text(*sentences[0])
    # a lead-in "Tavoite 1:" alone is not the goal: take the sentence after it
    if len(goal_numbering().lead.sub("", text).split()) < 2 and len(sentences) > 1:
        text = analysis.sentence_text(sentences[0][0], sentences[1][1])
    return text


def sentence_roles(tokens: list[Token]) -> set[str]:
    """Whether a sentence describes an evaluation, an activity, both ("ryhmä suunnittelee ja arvioi
    käyntejä") or neither. A lead-in ("Mittari: …") decides alone."""
    lead = lead_in_tokens_of(tokens)
    if lead:
        role = column_role(lead)
        if role in ("activity", "evaluation"):
            return {role}
    roles = set()
    if _records_the_work(tokens):
        return {"activity"}
    if any_phrase(_without_estimates(tokens), _lex("evaluation_words")) or counts(tokens) or _names_indicator(tokens):
        roles.add("evaluation")
    if any_phrase(tokens, _lex("activity_words")) or _passive_action(tokens):
        roles.add("activity")
    return roles


def _names_indicator(tokens: list[Token]) -> bool:
    """An indicator written as a noun phrase, without a verb, the way a list of what is followed
    puts it ("tapahtumien määrä ja kävijämäärät kylittäin"): its head noun is a count (`indicator_heads`,
    whole or as a compound's last part, "kävijämäärä"), so the line says what is counted. With a
    verb the count is what the sentence tells of ("kävijöiden määrä kasvaa" is an aim)."""
    if any(t.morph.get("VerbForm") == "Fin" for t in tokens):
        return False
    heads = set(_lex("indicator_heads"))
    return any(t.dep == "ROOT" and t.pos == "NOUN" and (t.lemma in heads or (t.parts and t.parts[-1] in heads)) for t in tokens)


def _records_the_work(tokens: list[Token]) -> bool:
    """A sentence whose only sign of evaluation is a recording verb done by the people at work, one
    of their verbs of doing ("lapset keräävät kasveja ja kirjaavat lajit vihkoon"): writing down
    the work's own content is part of the activity, not a measure of it. A recording verb counts
    still when what it records is a count or people ("kirjaavat käynnit", "merkitsevät
    osallistujat"), and a sentence that also evaluates in other words is judged by them."""
    recording = [
        i for i, t in enumerate(tokens)
        if t.lemma in _lex("recording_verbs") and t.dep == "conj" and t.morph.get("Voice") == "Act" and t.morph.get("Person") == "3"
        and 0 <= t.head < len(tokens) and tokens[t.head].pos == "VERB" and tokens[t.head].morph.get("VerbForm") == "Fin"
        and not _counting(tokens, i)
        and not any(o.head == i and o.dep == "obj" and names_who(o) for o in tokens)
    ]
    if not recording:
        return False
    rest = [t for i, t in enumerate(tokens) if i not in recording]
    return any_phrase(_without_estimates(rest), _lex("evaluation_words")) is None and not counts(tokens)


def _without_estimates(tokens: list[Token]) -> list[Token]:
    """The sentence without the verbs that estimate rather than evaluate: "arvioidaan osallistuvan
    noin 40", "määrän arvioidaan kasvavan" (a verb with a participle clause of its own); nor the
    skills a verb of learning or teaching takes as its matter (`_taught`); nor an active relative
    clause's verb with a subject of its own ("Facebook-sivu, jota seuraavat omaiset": they follow
    the page, nobody measures anything; "mittari, jota tiimi seuraa" still names its measure)."""
    estimating = {t.head for t in tokens if t.dep == "xcomp:ds" and t.morph.get("VerbForm") == "Part"} | _taught(tokens)
    estimating |= {
        t.head for t in tokens
        if t.dep.startswith("nsubj") and t.pos in ("NOUN", "PROPN") and 0 <= t.head < len(tokens) and tokens[t.head].dep == "acl:relcl" and tokens[t.head].morph.get("Voice") != "Pass"
    }
    return [t for i, t in enumerate(tokens) if i not in estimating] if estimating else tokens


def _taught(tokens: list[Token]) -> set[int]:
    """The words a verb of learning or teaching takes as its matter, with those coordinated with
    them: in "kurssilla opiskellaan laitteiden asennusta, säätöä ja mittaamista" measuring is a
    skill the course teaches, not how the project measures."""
    verbs = {i for i, t in enumerate(tokens) if t.pos == "VERB" and t.lemma in _lex("learning_verbs")}
    taught = {i for i, t in enumerate(tokens) if t.head in verbs and i not in verbs and t.dep.startswith(("obj", "xcomp", "obl"))}
    grown = bool(taught)
    while grown:
        more = {i for i, t in enumerate(tokens) if t.dep == "conj" and t.head in taught and i not in taught}
        taught |= more
        grown = bool(more)
    return taught


def _passive_action(tokens: list[Token]) -> bool:
    """Plans say what will be done in the passive: "Kohtaamo avataan helmikuussa"."""
    return any(
        t.dep == "ROOT" and t.pos == "VERB" and t.morph.get("Voice") == "Pass" and t.morph.get("VerbForm") == "Fin"
        and not any_phrase([t], _lex("evaluation_words"))  # "kulutusta seurataan" measures, it does not act
        and not _counting(tokens, i)  # nor does "kävijät lasketaan"
        for i, t in enumerate(tokens)
    )


def counts(tokens: list[Token]) -> bool:
    """A sentence that measures by counting: "laskemme osallistujat", "kävijät lasketaan ovella",
    "käyntikerrat kirjataan" (`_counting`), or by asking how many in a statement (`_asks_how_many`)."""
    return any(_counting(tokens, i) for i in range(len(tokens))) or _asks_how_many(tokens)


def _asks_how_many(tokens: list[Token]) -> bool:
    """An indirect question of quantity after a main clause, in a sentence that is no question:
    "onnistumista kuvaa se, kuinka moni kurssilainen saa työpaikan" says what is counted. A
    question ("Kuinka moni osallistuu?") or a clause that opens the sentence asks, it does not measure."""
    if any(t.text == "?" for t in tokens):
        return False
    match = any_phrase(tokens, _lex("quantity_questions"), parts=False)
    return match is not None and match.start > 0 and any(t.text == "," for t in tokens[: match.start])


def _counting(tokens: list[Token], i: int) -> bool:
    """Whether the token at `i` is a finite verb that counts. A verb of counting (`counting_verbs`)
    counts in the passive, in the first person or with what is counted as its object or a clause
    ("kuinka monta …"); intransitive in the third person it says what decreases ("työttömyys
    laskee", "kustannukset laskevat": a result or an aim, not a measure); with an "että" clause it
    reckons ("laskemme, että …"); with money as its object it is a budget's arithmetic
    ("palkkakustannukset lasketaan sivukuluineen", `not_counted`). A verb of recording
    (`recording_verbs`) counts when what it records is a count ("käyntikerrat", "talkootunnit",
    `count_words`): "toimintamalli kirjataan käsikirjaan" documents, it does not measure."""
    verb = tokens[i]
    recording = verb.lemma in _lex("recording_verbs")
    if verb.morph.get("VerbForm") != "Fin" or not (recording or verb.lemma in _lex("counting_verbs")):
        return False
    deps = [j for j, t in enumerate(tokens) if t.head == i and j != i]
    objects = [tokens[j] for j in deps if tokens[j].dep == "obj"]
    if recording:
        into = [tokens[j] for j in deps if tokens[j].dep.startswith("obl") and tokens[j].morph.get("Case") == "Ill"]
        if any(any_phrase([t], _lex("documented_in")) is not None for t in into):
            return False  # written into a guideline as a practice, not counted
        return any(any_phrase([o], _lex("count_words")) is not None for o in objects)
    clauses = [j for j in deps if tokens[j].dep.startswith("ccomp")]
    if any(t.lemma in _lex("that_words") and t.head in clauses for t in tokens):
        return False
    if any(any_phrase([o], _lex("not_counted")) is not None for o in objects):
        return False
    return verb.morph.get("Voice") == "Pass" or verb.morph.get("Person") == "1" or bool(objects or clauses)


def lead_in_tokens_of(tokens: list[Token]) -> list[Token]:
    for i, tok in enumerate(tokens[:6]):
        if tok.text == ":":
            return tokens[:i]
    return []


def _classify_own(reading: Reading, goal: _Goal, own: list[int]) -> None:
    """Activities and evaluations written in the goal's own item, sub-items and paragraphs."""
    for b in own:
        analysis = reading.analyses[b]
        for s_i, (start, end) in enumerate(analysis.sentences()):
            if b == goal.block and s_i == 0:
                _means_after_arrow(goal, analysis.text, analysis.tokens[start:end])
                continue
            for role in sentence_roles(analysis.tokens[start:end]):
                goal.add(role, _clip(analysis.sentence_text(start, end)), analysis.tokens[start:end])


def _means_after_arrow(goal: _Goal, text: str, tokens: list[Token]) -> None:
    """What a goal item writes after an arrow ("… → viikoittainen kerho") is how the goal is pursued."""
    arrow = next((i for i, t in enumerate(tokens) if t.text in _ARROWS), None)
    means = tokens[arrow + 1 :] if arrow is not None and arrow > 0 else []
    if any(t.pos != "PUNCT" for t in means):
        goal.add("activity", _clip(text[means[0].idx : means[-1].idx + len(means[-1].text)]), means)


def referenced_goals(text: str, count: int, letters: bool | dict[int, int] = True) -> set[int]:
    """The goals (1 … `count`) a text names; a letter ("tavoite b:") names the goal in that place
    only where the goals are not numbered by figures (`letters`, see `_lettered`), or, where the
    goals carry letters of their own, the goal of that letter (`letters` maps letter to goal)."""
    numbers: set[int] = set()
    numbering = goal_numbering()
    for match in numbering.reference.finditer(text):
        if match.group(1):
            parts = numbering.joiner.split(match.group(1))
            for part in parts:
                if re.match(r"^\d+\s*[–-]\s*\d+$", part):
                    low, high = (int(x) for x in re.split(r"[–-]", part))
                    numbers.update(range(low, high + 1))
                elif part.strip().isdigit():
                    numbers.add(int(part))
        elif match.group(2):
            numbers.add(int(match.group(2)))
    if letters:
        named = {ord(m.group(1).lower()) - ord("a") + 1 for m in numbering.by_letter.finditer(text)} | _letters_listed(text)
        numbers.update(named if letters is True else {letters[n] for n in named if n in letters})
    return {n for n in numbers if 1 <= n <= count}


def _letters_listed(text: str) -> set[int]:
    """The lettered goals a text names together after the goal word in any inflection, their
    letters joined as the numbers of a list are ("työpaja (tavoitteet b ja c)", "palvelee
    tavoitteita a, b ja d"): each letter names the goal in its place, as "tavoite b:" does. A
    letter alone after an inflected goal word is no such list; only the pattern of letters and
    joiners is, which a word of the sentence ("tavoitteet ajaa") is not."""
    found: set[int] = set()
    for match in goal_numbering().by_letters.finditer(text):
        found.update(ord(part.strip().lower()) - ord("a") + 1 for part in re.findall(r"\b[a-h]\b", match.group(1), re.IGNORECASE))
    return found


def _lettered(reading: Reading, goals: list[_Goal]) -> dict[int, int]:
    """The goal each letter reference names (letter's place → goal number), none when the goals
    themselves are numbered by figures ("Tavoite 1: …", "2. …"), where "tavoite b:" is some other
    list's item. Goals that carry letters of their own ("A) …", "B) …", below an unlettered main
    goal) are named by those letters; other goals by their place."""
    lead = goal_numbering().lead
    if any(lead.match(reading.analyses[g.block].text) or lead.match(g.full) for g in goals):
        return {}
    own = {}
    for g in goals:
        if match := _OWN_LETTER.match(g.full or g.text):
            own.setdefault(ord(match.group(1).lower()) - ord("a") + 1, g.number)
    if len(own) >= 2 and len(set(own.values())) == len(own):
        return own
    return {g.number: g.number for g in goals}


# A goal's own letter where it opens: "B) …", "b. …", "C: …".
_OWN_LETTER = re.compile(r"^\s*([a-hA-H])\s*[).:]\s")


def _pursued_through_lettered(reading: Reading, goals: list[_Goal]) -> None:
    """A first goal without a letter above goals lettered A, B, … (a table's main-aim row over
    its sub-goals' rows: "Keskeyttäneitä on vähemmän" over "A) Tunnistaminen", "B) Tuki") is the
    aim those sub-goals serve: what is done for them is done for it, when nothing names it alone."""
    lettered = _lettered(reading, goals)
    if len(goals) < 3 or goals[0].activities or goals[0].number in lettered.values() or len(lettered) < 2:
        return
    if set(lettered.values()) != {g.number for g in goals[1:]}:
        return
    for g in goals[1:]:
        for text in g.activities:
            goals[0].add("activity", text)


def _cell_reference(cell: str, count: int) -> set[int]:
    """The goal a link table's goal cell names: "2", "T2" or "Tavoite 2." (every goal cell of such a table is one)."""
    match = goal_numbering().only_reference.match(cell)
    number = int(match.group(1)) if match else 0
    return {number} if 1 <= number <= count else set()


def _role_by_place(reading: Reading, block: int, tokens: list[Token], label: bool = False) -> set[str]:
    """The role of a line that names goals and says no role: an activity, or in the evaluation part
    an evaluation ("Tavoite 4: mukaan tulleiden kuntien määrä"); a `label` (a paragraph's opening
    "Tavoite 3 – vapaaehtoiset." before what it says of the goal) serves nothing itself."""
    if label:
        return set()
    if reading.keys_at(block) & section_keys("evaluation") or sentence_roles(tokens) == {"evaluation"}:
        return {"evaluation"}
    return {"activity"}


def _asked_by_its_people(reading: Reading, block: int, tokens: list[Token], goals: list[_Goal]) -> bool:
    """In the activities part (not the evaluation part), a sentence whose only sign of evaluation is
    a verb of asking done, in the active, by the people its goal itself names (or that verb's noun): when the goal is
    that pupils and their grandparents do things together, "oppilaat haastattelevat isovanhempiaan
    kylän vanhoista ajoista" is that doing, not a measure of it. Who evaluates asks in the passive
    or the first person ("osallistujia haastatellaan", "kysymme"), or is not the goal's people."""
    keys = reading.keys_at(block)
    if not keys & section_keys("activity") or keys & section_keys("evaluation") or counts(tokens):
        return False
    people = set().union(*(g.lemmas or content_lemmas(reading.analyses[g.block].tokens) for g in goals)) if goals else set()
    of_asking = kin_of(set(_lex("evaluation_words")))  # "haastatella" of "haastattelu"

    def asking(i: int) -> bool:
        t = tokens[i]
        return (
            t.pos == "VERB" and t.morph.get("Voice") == "Act" and t.morph.get("Person") == "3"
            and (any_phrase([t], _lex("evaluation_words")) is not None or of_asking(t.lemma))
            and any(s.head == i and s.dep.startswith("nsubj") and s.lemma in people and names_who(s) for s in tokens)
        )

    verbs = [t.lemma for i, t in enumerate(tokens) if asking(i)]
    if not verbs:
        return False
    theirs = kin_of(set(verbs))  # the verb and its nouns ("haastatteluista kootaan kirja": the interviews they made)
    return any_phrase([t for t in tokens if not theirs(t.lemma)], _lex("evaluation_words")) is None


def _link_references(reading: Reading, goals: list[_Goal], link_tables) -> None:
    owned = set().union(*(g.blocks for g in goals)) if goals else set()
    by_number = {g.number: g for g in goals}
    cells_done: set[int] = set()
    letters = _lettered(reading, goals)
    for table, goal_col, roles in link_tables:
        for r in range(1, len(table.rows)):
            numbers = _cell_reference(table.rows[r][goal_col], len(goals))
            for c, cell in enumerate(table.rows[r]):
                cells_done.add(table.block_ids[r][c])
                if cell and roles.get(c) in ("activity", "evaluation"):
                    for n in numbers:
                        by_number[n].add(roles[c], _clip(cell))
    for b in reading.body_blocks():
        if b in owned or b in cells_done:
            continue
        analysis = reading.analyses[b]
        numbers = referenced_goals(analysis.text, len(goals), letters)
        if not numbers:
            continue
        found = False
        named: set[int] = set()  # a sentence serves the goals it names, else those named before it
        sentences = analysis.sentences()
        for s_i, (start, end) in enumerate(sentences):
            text, tokens = analysis.sentence_text(start, end), analysis.tokens[start:end]
            own = referenced_goals(text, len(goals), letters)
            named = own or named or numbers
            label = s_i == 0 and len(sentences) > 1 and bool(goal_numbering().lead.match(text))
            # a sentence that names its goal serves it even where its words say no role: its place decides
            roles = sentence_roles(tokens)
            if "evaluation" in roles and _asked_by_its_people(reading, b, tokens, [by_number[n] for n in named]):
                roles = {"activity"}
            for role in roles or (_role_by_place(reading, b, tokens, label) if own else set()):
                found = True
                for n in named:
                    by_number[n].add(role, _clip(text))
        if not found:  # a bare work package line ("TP2 Yritysklinikat (tavoite 2)"): its place decides
            for n in numbers:
                for role in _role_by_place(reading, b, analysis.tokens):
                    by_number[n].add(role, _clip(analysis.text))


def _link_by_overlap(reading: Reading, goals: list[_Goal]) -> None:
    """Activity and evaluation passages written elsewhere that speak of a goal in other words.

    A passage serves a goal when it shares at least two content words (lemmas, compound parts or
    words of one family) with that goal, one of them the goal's own; a passage that so speaks of
    two goals serves both; a passage about the goals together ("tavoitteiden toteutumista
    seurataan kyselyllä") serves every goal; where there is one goal, every such passage serves it.
    Passages are the sentences of the activity and evaluation sections; for activities, with goals
    written in prose or as a list, also what the goals part says the project does; for evaluation,
    any sentence that reads as one wherever it stands. A paragraph that names its goal by number
    serves that goal as the reference read it. An evaluation speaks of a goal also when it names the
    things of the activities that plainly serve it ("the network's meetings are counted" for a goal
    pursued by a network). An evaluation that so speaks of one goal also serves another whose own
    noun it measures, named whole (`_names_own_subject`). An evaluation plan, which has no activity
    part, tells its activities where it tells how the goals are followed. A result told in the
    evaluation part ("Tuloksena on …") is no evaluation.
    """
    if not goals:
        return
    owned = set().union(*(g.blocks for g in goals))
    goal_lemmas = [g.lemmas or content_lemmas(reading.analyses[g.block].tokens) for g in goals]
    wholes = [g.wholes or content_lemmas(reading.analyses[g.block].tokens, parts=False) for g in goals]
    things = [_said_of_things(reading, g) for g in goals]
    changing = [_changing(reading, g) for g in goals]
    # a word another goal has only as what its people are like ("yksinäisiä ikäihmisiä") leaves a goal's subject its own
    distinctive = _distinctive(_without_name_parts(reading, goal_lemmas, wholes), things)
    places = {"activity": section_keys("activity"), "evaluation": section_keys("evaluation")}
    background = set(_lex("background_sections"))
    letters = _lettered(reading, goals)
    ties: list[tuple[str, list[int]]] = []  # evaluations that name, as much, the activities of two goals or more
    for role, keys in places.items():
        placed = set(reading.blocks_with_keys(keys)) - owned
        # goals written in prose or as a list: what the goals part goes on to say the project does
        # ("Hankkeessa ohjaaja vetää ryhmiä …") is how it pursues them
        told_keys = section_keys("goals")
        opening: set[int] = set()
        if reading.doc_type == DocType.arviointisuunnitelma:
            # an evaluation plan has no activity part: it tells what is done where it tells how each
            # goal is followed, and in the untitled opening that describes the project
            told_keys = told_keys | section_keys("evaluation")
            opening = _untitled_opening(reading)
        told = (set(reading.blocks_with_keys(told_keys)) | opening) - owned - placed if role == "activity" and all(g.source != "table" for g in goals) else set()
        anywhere = {b for b in reading.body_blocks() if not reading.keys_at(b) & background} - owned if role == "evaluation" else set()
        for b in sorted(placed | anywhere | told):
            if referenced_goals(reading.analyses[b].text, len(goals), letters):
                continue  # a paragraph that names its goal by number serves it as the reference read it
            labelled = b in placed and _labelled_paragraph(reading.document.blocks[b].text)
            by_label = _goal_of_label(reading.analyses[b].tokens, distinctive) if labelled else None
            if by_label is not None:
                for _, text, tokens in reading.sentences([b]):
                    roles = sentence_roles(tokens)
                    if role in roles or not roles:
                        goals[by_label].add(role, _clip(text), tokens if role == "activity" else None)
                continue
            first: str | None = None
            previous: str | None = None  # the sentence before, in this paragraph
            for _, text, tokens in reading.sentences([b]):
                before, previous = previous, _clip(text)
                if labelled and _labelled_paragraph(text):
                    first = None  # a line of its own label ("Ohjaus: …") opens the next activity
                if labelled and first is not None:
                    # "Kerhot: perustamme kolme kerhoa. Kerhoja vetävät ohjaajat.": the paragraph its
                    # label opens is one activity; what follows the first sentence continues it
                    lead = [g for g in goals if first in g.activities]
                    if lead:
                        for goal in lead:
                            goal.add(role, _clip(text), tokens)
                        continue
                first = first or _clip(text)
                roles = sentence_roles(tokens)
                if b in told and (not _tells_of_doing(tokens, roles) or only_defers(tokens)):
                    continue
                # in its own part a sentence that says no other role serves it; a passive verb alone
                # ("käyttäjämäärät lasketaan kuukausittain") is how an evaluation part tells of measuring
                passive_only = roles == {"activity"} and any_phrase(tokens, _lex("activity_words")) is None
                if role not in roles and (b not in placed | told or (roles and not (role == "evaluation" and passive_only))):
                    continue
                if role == "evaluation" and not roles and reading.keys_at(b) & places["activity"]:
                    continue  # a part that is the activities' too: a line that says no role is no evaluation
                if b not in placed | told and not _measures(tokens):
                    continue
                if role == "evaluation" and not roles and _tells_result(tokens):
                    continue  # "Tuloksena on …" under an evaluation heading says what comes out, not how it is measured
                back = [g for g in goals if before in g.activities or before in g.evaluations] if role == "evaluation" and before and _refers_back(tokens) else []
                if back:  # "… kohtaamopiste on auki iltaisin. Tätä seuraamme laskemalla käynnit": the sentence before is what it measures
                    for goal in back:
                        goal.add(role, _clip(text))
                    continue
                if role == "evaluation":
                    tokens = _without_reviewers(tokens)
                if (about_all_goals(tokens) and names_method(tokens)) or (len(goals) == 1 and b in placed | told):
                    for goal in goals:
                        goal.add(role, _clip(text))
                    continue
                clip = _clip(text)
                apart = _measured_apart(tokens, [gl | g.means_besides(clip) for gl, g in zip(goal_lemmas, goals)]) if role == "evaluation" else []
                if apart:
                    for chosen in apart:
                        goals[chosen].add(role, clip)
                    continue
                if role == "evaluation" and not _names_two_subjects(tokens, wholes, distinctive) and _rests_on_how(tokens, goal_lemmas, distinctive):
                    # "kuinka moni käy säännöllisesti" links a goal by how often, not by what: the
                    # things of the activities it names (the sessions attended) say first whose it is
                    found, _ = _by_activities(reading, goals, tokens, clip, b, placed, role)
                    if found is not None:
                        goals[found[0]].add(role, clip)
                        continue
                each = _speaks_of_each(tokens, goal_lemmas, distinctive)
                if each and role == "evaluation":  # what it measures, named whole, is that goal's own too
                    each += [i for i in range(len(goals)) if i not in each and _names_own_subject(tokens, goal_lemmas[i], distinctive[i], measured=True, whole=wholes[i])]
                    each = _measuring_own(tokens, each, goal_lemmas, distinctive)
                if len(each) > 1 and roles <= {role}:  # one that also tells of another role serves the goal it is closest to
                    for chosen in each:
                        goals[chosen].add(role, clip)
                        if role == "activity":
                            goals[chosen].share(clip, tokens)
                    continue
                if len(each) == 1:
                    goals[each[0]].add(role, clip, tokens)
                    continue
                found = _speaks_of(tokens, goal_lemmas, distinctive, role, goal_words=True)
                if found is None and role == "activity":
                    found = _arranged_for(tokens, goal_lemmas, changing)
                if found is None and role == "evaluation" and not _names_two_subjects(tokens, wholes, distinctive):  # what the goal's activities do
                    found, subject = _by_activities(reading, goals, tokens, clip, b, placed, role)
                    if found is None:
                        tied = _tied_means(subject, goals, clip)
                        if tied:
                            ties.append((clip, tied))
                if found is not None:
                    chosen, shared = found
                    # an activity that plainly speaks of the goal is its own: its indicators serve the goal
                    goals[chosen].add(role, clip, tokens if shared >= 2 else None)
                elif role == "evaluation":
                    for chosen in _measures_shared_subject(tokens, goal_lemmas, things):
                        goals[chosen].add(role, clip)
    # an indicator of an activity two goals share ("harjoituksiin osallistuvista pidetään kirjaa"),
    # when no goal took it, measures the one of them that nothing else measures
    for clip, tied in ties:
        unmeasured = [i for i in tied if not goals[i].evaluations]
        if len(unmeasured) == 1 and not any(clip in g.evaluations for g in goals):
            goals[unmeasured[0]].add("evaluation", clip)


def _by_activities(reading: Reading, goals: list[_Goal], tokens: list[Token], clip: str, block: int, placed: set[int], role: str) -> tuple[tuple[int, int] | None, list[Token]]:
    """(the goal, words shared) an evaluation speaks of by the things of the goals' activities it
    names, or None; and the words of it that may name them."""
    paragraph = frozenset() if block in placed else frozenset(_clip(t) for _, t, _ in reading.sentences([block]))
    means = [g.means_besides(clip, paragraph) for g in goals]
    # a method both do ("työpaja") is how it evaluates, not what: it names no activity;
    # nor does the body that does the evaluating ("ohjausryhmä käy tiedot läpi"), nor
    # the data it gathers ("tieto täydennetään lomakkeelle", `data_nouns`); nor a
    # listed body where it is decided ("sovitaan ohjausryhmässä", `_decided_in`)
    data = set(_lex("data_nouns"))
    subject = [
        t for t in tokens
        if not _measure_word(t) and t.lemma not in data and not data.intersection(t.parts) and not (t.dep.startswith("nsubj") and names_who(t))
        and not _decided_in(t)
    ]
    return _speaks_of(subject, means, _distinctive(means), role), subject


def _how_done(tokens: list[Token]) -> set[int]:
    """The adverbs of manner that say how often or how someone does a thing ("kuinka moni käy
    säännöllisesti"): on a verb, not on those counted ("säännöllisesti käyvien määrä" names the
    quality of what is measured, `_counts_own_kind`)."""
    return {
        i for i, t in enumerate(tokens)
        if manner_adverb(t) and 0 <= t.head < len(tokens) and tokens[t.head].pos in ("VERB", "AUX") and not _counted_doer(tokens, t.head)
    }


def _rests_on_how(tokens: list[Token], lemmas: list[set[str]], distinctive: list[set[str]]) -> bool:
    """Whether the goals an evaluation speaks of by its words are other without its adverbs that
    say how a thing is done (`_how_done`): such an adverb links by its adjective ("ennakoivasti"),
    but more weakly than a noun."""
    how = _how_done(tokens)
    if not how:
        return False
    return (
        _speaks_of_each(tokens, lemmas, distinctive) != _speaks_of_each(tokens, lemmas, distinctive, skip=how)
        or _speaks_of(tokens, lemmas, distinctive, "evaluation", goal_words=True) != _speaks_of(tokens, lemmas, distinctive, "evaluation", goal_words=True, skip=how)
    )


def _decided_in(token: Token) -> bool:
    """An adverbial naming a body the lexicons list by a compound ("ohjausryhmässä", "johtoryhmän
    kokouksessa"): where a thing is decided, not a thing of the activities an evaluation measures,
    though an activity shares the body's first part ("ohjauskoulutus"). A plain group ("ryhmiin
    osallistuvat") may be the activity itself."""
    return token.dep.startswith("obl") and len(token.parts) >= 2 and listed_as_who(token)


def _tied_means(tokens: list[Token], goals: list[_Goal], clip: str) -> list[int]:
    """The two goals that share the one activity an evaluation names by two of its nouns or more,
    when it names no other activity of theirs so: that activity is what it measures, for either."""
    activities: dict[str, set[str]] = {}
    holders: dict[str, list[int]] = {}
    for i, goal in enumerate(goals):
        for activity, nouns in goal.shared.items():
            if activity != clip:
                activities[activity] = nouns
                holders.setdefault(activity, []).append(i)
    named = [a for a, nouns in activities.items() if shared_words(tokens, nouns, nouns_only=True) >= 2]
    if len(named) != 1 or len(holders[named[0]]) != 2:
        return []
    return holders[named[0]]


def _refers_back(tokens: list[Token]) -> bool:
    """An evaluation that opens by pointing back at the sentence before ("Tätä seuraamme …",
    "Tämän toteutumista mitataan …"): a demonstrative of the goals lexicon's `back_words` as its
    first word, not one that points ahead to a clause ("Sitä, onko …, kysymme")."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    if not words or words[0].lemma not in _lex("back_words"):
        return False
    after = tokens[tokens.index(words[0]) + 1] if tokens.index(words[0]) + 1 < len(tokens) else None
    return after is None or after.text != ","


def _without_reviewers(tokens: list[Token]) -> list[Token]:
    """An evaluation whose main verb's object is the results or the data gathered ("työntekijät ja
    vapaaehtoisten arviointiryhmä käyvät tulokset läpi") tells who reviews them: its subject names
    the reviewers, not what is measured, so the goals' words are looked for outside it."""
    reviewed = set(_lex("reviewed_nouns")) | set(_lex("data_nouns"))
    roots = [i for i, t in enumerate(tokens) if t.dep == "ROOT"]
    if not roots or not any(t.dep == "obj" and t.head == roots[0] and t.lemma in reviewed for t in tokens):
        return tokens
    subject = set()
    for i, t in enumerate(tokens):
        if t.dep.startswith("nsubj") and t.head == roots[0]:
            subject |= _subtree(tokens, i)
    return [t for i, t in enumerate(tokens) if i not in subject] if subject else tokens


_LABEL_WORDS = 6  # an activity's label before its colon is a few words, not a sentence
_LABEL_LEAD = re.compile(r"^\s*+([^\W\d][^.:;!?\d]{0,60}?)\s*+(?:\([^()]{1,40}\))?\s*+:\s++\S")


def _goal_of_label(tokens: list[Token], distinctive: list[set[str]]) -> int | None:
    """The goal a labelled paragraph or list item of the activity or evaluation part names by its
    label ("Verkkokauppa: avaamme kaupan …", "Kalastajat: luvat ja saaliit …"): the label is a few
    words on the subject that its text, an activity or a line of indicators, is about, so when its
    nouns speak of one goal's own words alone, the text is that goal's, whatever words its
    sentences share with other goals. A label that speaks of no goal, or of several, decides nothing;
    nor does a lead-in that is a clause of its own ("Kävijöistä pidämme kirjaa: …"), not a label."""
    label = lead_in_tokens_of(tokens)
    if any(t.pos in ("VERB", "AUX") for t in label):
        return None
    named = [i for i, own in enumerate(distinctive) if label and shared_words(label, own, nouns_only=True)]
    return named[0] if len(named) == 1 else None


def _labelled_paragraph(text: str) -> bool:
    """A paragraph opened by a short label and a colon ("Matalan kynnyksen kerhot: …", "Työpaketti
    B (varaukset): …"): the label names one activity, which the paragraph's sentences describe. A
    form's answer lead ("Vastaus: …") names none."""
    found = _LABEL_LEAD.match(text)
    if found is None or _answer_text(text) != text.strip():
        return False
    return len(found[1].split()) <= _LABEL_WORDS


def _changing(reading: Reading, goal: _Goal) -> set[str]:
    """The words naming whose change a goal is: its subject in the nominative and that subject's
    genitive ("nuorten harrastaminen lisääntyy" is the young people's), with their compound parts;
    not what the change is done to ("kuntien valmiudet ohjata nuoria" is the municipalities'; the
    tagger may take such a partitive object for a subject)."""
    found: set[str] = set()

    def subject(t: Token) -> bool:
        return t.dep.startswith("nsubj") and t.morph.get("Case") in ("Nom", None)

    for _, text, tokens in reading.sentences([goal.block]):
        if text.strip() not in goal.text and goal.text not in text:
            continue
        for t in tokens:
            # the tagger tells a deverbal noun's genitive subject from its object poorly: any genitive
            genitive = t.dep in ("nmod:poss", "nmod:gsubj", "nmod:gobj") and 0 <= t.head < len(tokens) and subject(tokens[t.head])
            if t.pos in ("NOUN", "PROPN") and (subject(t) or genitive):
                found |= content_lemmas([t])
    return found


def _arranged_for(tokens: list[Token], lemmas: list[set[str]], changing: list[set[str]]) -> tuple[int, int] | None:
    """(the goal, words shared) an activity serves by the people it is arranged for, when its words
    tie between goals: "Vanhemmille järjestetään iltoja" (allative) serves, of the goals that share
    the most words with it, the one whose change is the parents' own, not one where the parents are
    only whom others reach. None when that names no goal or several."""
    score = [shared_words(tokens, gl) for gl in lemmas]
    top = max(score, default=0)
    recipients = {w for t in tokens if t.pos in ("NOUN", "PROPN") and t.morph.get("Case") == "All" for w in content_lemmas([t], parts=False)}
    chosen = [i for i, words in enumerate(changing) if top and score[i] == top and any(kin_of(words)(w) for w in recipients)]
    return (chosen[0], top) if len(chosen) == 1 else None


def _said_of_things(reading: Reading, goal: _Goal) -> set[str]:
    """A goal's whole words without those that only describe its people: in "ohjata yksinäisiä
    ikäihmisiä" loneliness says whom the staff guide, not what the goal changes."""
    tokens = reading.analyses[goal.block].tokens
    describing = {i for i, t in enumerate(tokens) if t.dep == "amod" and 0 <= t.head < len(tokens) and names_who(tokens[t.head])}
    return content_lemmas([t for i, t in enumerate(tokens) if i not in describing], parts=False) & (goal.wholes or content_lemmas(tokens, parts=False))


def _measures_shared_subject(tokens: list[Token], lemmas: list[set[str]], wholes: list[set[str]]) -> list[int]:
    """The goals an evaluation serves that measures a subject several goals name and no other word
    tells apart ("yksinäisyyttä kysytään" where one goal is that the old feel less lonely and another
    that the staff recognise loneliness): of the goals that share the most words with it, tied,
    those that write the thing it measures (its subject or object, or their genitive; not a measure,
    a method or a word for people) as a word of their own, or a word of its family, not only as
    what their people are like (`wholes`, `_said_of_things`). Not every goal: a subject all the
    goals name tells none of them."""
    score = [shared_words(tokens, gl) for gl in lemmas]
    top = max(score)
    tied = [i for i, s in enumerate(score) if s == top]
    if not top or len(tied) < 2 or len(tied) == len(lemmas) or "evaluation" not in sentence_roles(tokens):
        return []
    # a measure's compound says what it measures by its first parts ("yksinäisyyskysymys");
    # a word every goal has in some form ("kylä" of "kyläyhdistys") tells none of them
    subjects = {
        w for t in tokens if t.pos == "NOUN" and _is_measured(tokens, t) and not names_who(t)
        for w in ((t.parts[:-1] if len(t.parts) > 1 else ()) if _measure_word(t) else (t.lemma, *t.parts))
        if not all(kin_of(gl)(w) for gl in lemmas)
    }
    return [i for i in tied if any(kin_of(wholes[i])(w) for w in subjects)]


def _measured_apart(tokens: list[Token], words: list[set[str]]) -> list[int]:
    """The two goals an evaluation serves that measures two things at once, one for each goal:
    "laskemme kerhojen osallistujat ja näyttelyiden kävijät", where one goal is pursued by clubs and
    another speaks of exhibitions. Each coordinated measured thing is read alone, with the words
    written on its side of the conjunction, by each goal's words and its activities' (`words`); a
    part that speaks of two goals serves the one the other part does not. Nothing when the parts
    do not so fall to two goals."""
    parts = _coordinated_measures(tokens)
    if len(parts) != 2:
        return []
    speaks = [{i for i, w in enumerate(words) if shared_words([t for t in part if not _measure_word(t)], w, nouns_only=True)} for part in parts]
    chosen = []
    for mine, other in ((speaks[0], speaks[1]), (speaks[1], speaks[0])):
        own = mine - other if len(mine) > 1 else mine
        if len(own) != 1:
            return []
        chosen.append(next(iter(own)))
    return chosen if chosen[0] != chosen[1] else []


def _coordinated_measures(tokens: list[Token]) -> list[list[Token]]:
    """The two sides of a coordinated object or subject ("kerhojen osallistujat ja näyttelyiden
    kävijät"), split where the second conjunct begins: the parser hangs words shared or written
    after the second conjunct ("… ja kävijämäärät esityksissä") on the first, so the sides are read
    by their place in the sentence, not by the tree."""
    for c, conj in enumerate(tokens):
        head = conj.head
        if conj.dep != "conj" or conj.pos != "NOUN" or not (0 <= head < c) or tokens[head].pos != "NOUN" or not tokens[head].dep.startswith(("obj", "nsubj")):
            continue
        span = _subtree(tokens, head)
        second = min(_subtree(tokens, c))
        return [tokens[min(span) : second], tokens[second : max(span) + 1]]
    return []


def _subtree(tokens: list[Token], root: int) -> set[int]:
    """The indices of a token and of every token that depends on it."""
    inside = {root}
    grown = True
    while grown:
        grown = False
        for j, t in enumerate(tokens):
            if j not in inside and t.head in inside and t.head != j:
                inside.add(j)
                grown = True
    return inside


def _without_name_parts(reading: Reading, lemmas: list[set[str]], wholes: list[set[str]]) -> list[set[str]]:
    """The goals' words without the parts of the project's name, a compound its title writes with a
    capital ("Iltakoulu – arviointisuunnitelma"): a goal that names the project ("… Iltakoulun
    kautta") does not speak of evenings, so "ilta" stays the own word of the goal that does. A part
    the goal also writes as a word of its own stays."""
    title = next((b for b in reading.document.blocks[:3] if b.text == reading.document.title), None)
    if title is None:
        return lemmas
    types = load("sections")["doc_types"]
    names = {
        t.lemma: set(t.parts) for t in reading.analyses[title.index].tokens
        if len(t.parts) >= 2 and t.text[:1].isupper() and not any(any_phrase([t], words) for words in types.values())
    }
    return [gl - {p for name, parts in names.items() if name in wh for p in parts if p not in wh} for gl, wh in zip(lemmas, wholes)]


def _untitled_opening(reading: Reading) -> set[int]:
    """The paragraphs which no section key claims: before the first part the plan names, where a
    plan opens by saying what the project is and does ("Pidämme kerhoa auki …" under its title),
    and in a part of its own that an evaluation plan's checklist does not name ("Mitä hankkeessa
    tehdään?" between its goals and its methods). The paragraphs of a named part are its own."""
    if not any(s.keys for s in reading.sections):
        return set()
    blocks = reading.document.blocks
    return {b for b in reading.body_blocks() if blocks[b].kind is BlockKind.paragraph and not reading.keys_at(b)}


def _speaks_of(tokens: list[Token], lemmas: list[set[str]], distinctive: list[set[str]], role: str, goal_words: bool = False, skip: set[int] | None = None) -> tuple[int, int] | None:
    """(the goal, words shared) a passage speaks of by the goals' words `lemmas`, or None.

    It shares at least two words with that goal alone, one of them the goal's own; or, by one
    noun no other goal has: for an evaluation that noun must be its subject, named whole, not a
    measure ("osallistujamäärä" recurs across goals) nor a compound that only shares a part
    ("toiminnanohjaaja"). On a tie, the goal whose words the passage uses whole wins:
    "torikauppias" speaks of the goal that says "torikauppiaat" before the one that says "tori";
    for an evaluation, first among the things it measures, then by the first part of its compound,
    the part that says what it is about ("verkkoneuvonnan onnistumista mitataan" speaks of the goal
    on answers "verkossa" before the one on booking "neuvonta-aikoja"), then anywhere in it (not
    "… ilman siirtoa neuvojalle" before those).
    A compound made wholly of one goal's words names it whole too: "kyläohjaaja" is the goal's
    "kylän ohjaajat", however many goals say "kylä". An activity may also speak of a goal by two
    words that other goals have only one at a time: "energy audits of the five halls" serves the
    goal on the halls' energy use, though one other goal speaks of energy and another of the halls.
    With `goal_words` (`lemmas` are the goals' own words, not their activities' nouns), an
    evaluation may so speak of a goal by two things it names whole (`_names_pair_whole`); the
    people an activity names ("opettajat ja taiteilijat") are whom an evaluation asks, not a goal.
    The tokens at `skip` are not read as shared words.
    """
    skip = skip or set()
    measured = _measured_things(tokens) if role == "evaluation" else []
    score = [
        (shared_words(tokens, gl, skip=skip), sum(_names_whole(t, gl) for t in measured), by_modifier(tokens, own) if measured else False, sum(_names_whole(t, gl) for t in tokens))
        for gl, own in zip(lemmas, distinctive)
    ]
    top = max(score)
    best, chosen = top[0], score.index(top)
    if not best or score.count(top) > 1:
        return None
    own = distinctive[chosen]
    if role == "activity":
        strong = shared_words(tokens, own, nouns_only=True) > 0 or (best >= 2 and _pair_of_one(tokens, lemmas, chosen))
    else:
        strong = (
            _names_own_subject(tokens, lemmas[chosen], own) or by_modifier(tokens, own) or _counts_own_kind(tokens, own)  # "digitupa" ~ "digitaidot"
            or (goal_words and _names_pair_whole(tokens, lemmas, chosen))
        )
    return (chosen, best) if (best >= 2 and shared_words(tokens, own, skip=skip)) or strong else None


def _names_own_subject(tokens: list[Token], lemmas: set[str], own: set[str], measured: bool = False, whole: set[str] | None = None) -> bool:
    """An evaluation names a goal's subject when one of its nouns is the goal's own (`own`: no
    other goal has it), named whole and not a measure; `measured`: that noun is also what is
    measured, the sentence's subject or object or their genitive ("uimahallin käyntejä seurataan"
    speaks of the goal on the village hall, though it shares two compound parts with another
    goal), not an adverbial ("kysely saameksi" is in that language, not about it). With `whole` (the
    goal's words without compound parts) the noun must be one the goal writes as a word of its own:
    "tapahtumien osuus" does not name the goal on skills in "tapahtumatuotanto"."""
    named = own if whole is None else own & whole
    return any(
        t.pos in ("NOUN", "PROPN") and (t.lemma in named or _names_whole(t, lemmas) and own.intersection(t.parts)) and not _measure_word(t)
        and (not measured or _is_measured(tokens, t))
        for t in tokens
    )


def _measuring_own(tokens: list[Token], each: list[int], lemmas: list[set[str]], distinctive: list[set[str]]) -> list[int]:
    """Of the goals an evaluation speaks of, those whose own word (or one of its family, or a part
    of its compound: "energiankulutus" of "energia") is a thing it measures (`_measured_things`),
    when some are: "seurojen valmiuksia mitataan
    markkinointivalmiuksien itsearviolla" measures the goal on the clubs' readiness, not the goal
    on their cooperation in marketing, which the method's compound only touches. Each goal whose
    own thing is measured stays ("seurataan liikkumista ja neuvonnan vakiintumista")."""
    if len(each) < 2:
        return each
    measured = _measured_things(tokens)
    named = [i for i in each if any(any(map(kin_of(distinctive[i]), (t.lemma, *t.parts))) for t in measured)]
    return named or each


def _measured_things(tokens: list[Token]) -> list[Token]:
    """The nouns a sentence's main verb measures: its subject or object, a word coordinated with
    one, their genitive and what they are about in the elative ("kokemuksia turvallisuudesta
    kysytään"), also in a main clause coordinated with it; not the objects of a side clause
    ("haastattelemalla nuoria": whom it asks)."""
    def head_of(t: Token) -> Token | None:
        return tokens[t.head] if 0 <= t.head < len(tokens) and tokens[t.head] is not t else None

    def argument(t: Token) -> bool:
        head = head_of(t)
        if t.dep == "conj":
            return head is not None and argument(head)
        return t.dep.startswith(("nsubj", "obj")) and head is not None and main(head)

    def main(verb: Token) -> bool:  # the main clause's verb, or that of a main clause coordinated with it
        head = head_of(verb)
        return verb.dep == "ROOT" or verb.dep == "conj" and verb.pos in ("VERB", "AUX") and head is not None and head.dep == "ROOT"

    def measured(t: Token) -> bool:
        head = head_of(t)
        if argument(t):
            return True
        if head is None or not argument(head) and not (head.dep == "conj" and measured(head)):
            return False
        return t.dep in ("nmod:poss", "nmod:gsubj", "nmod:gobj", "conj") or t.dep == "nmod" and t.morph.get("Case") == "Ela"

    return [t for t in tokens if t.pos in ("NOUN", "PROPN") and not _measure_word(t) and measured(t)]


def _counts_own_kind(tokens: list[Token], own: set[str]) -> bool:
    """An evaluation that counts things of the kind a goal alone names by its adjective: "vähintään
    kolme viikoittaista kerhokertaa" measures the goal that weekly activity arises, though the goal's
    noun ("toiminta") is too common a word to link by. The adjective qualifies a noun counted by a number;
    or, as an adverb of manner, it says how those counted do what they do: "säännöllisesti käyvien
    määrä" measures the goal that people get regular things to do, "viikoittain harrastavien määrä"
    the goal on weekly hobbies."""
    def counted(i: int) -> bool:
        return any(t.head == i and t.dep == "nummod" and t.pos == "NUM" for t in tokens)

    manner = tuple(_lex("derived_adverb_endings"))
    return any(
        t.lemma in own and 0 <= t.head < len(tokens)
        and (
            t.pos == "ADJ" and t.dep == "amod" and tokens[t.head].pos == "NOUN" and counted(t.head)
            or t.pos == "ADV" and t.dep == "advmod" and t.text.lower().endswith(manner) and _counted_doer(tokens, t.head)
        )
        for t in tokens
    )


def _counted_doer(tokens: list[Token], i: int) -> bool:
    """"säännöllisesti käyvien määrä": the participle names those who do it so, counted."""
    doer = tokens[i]
    return (
        doer.pos == "VERB" and doer.morph.get("VerbForm") == "Part" and doer.dep == "nmod:poss"
        and 0 <= doer.head < len(tokens) and any_phrase([tokens[doer.head]], _lex("indicator_heads")) is not None
    )


def _names_two_subjects(tokens: list[Token], wholes: list[set[str]], distinctive: list[set[str]]) -> bool:
    """An evaluation that names the own subjects of two goals or more, each a noun the goal itself
    writes as a word of its own ("sovelluksen tilastot: kyytien määrä" where one goal speaks of the
    app and another of rides), is as near each of them by its own words: a word it shares with one
    goal's activities does not make it that goal's measure alone (the other goal's activities may
    simply be written in fewer words). A noun a goal has only inside a compound ("matka" of
    "asiointimatka") is not that goal's subject named."""
    named = [
        any(t.pos in ("NOUN", "PROPN") and t.lemma in own & whole and not _measure_word(t) for t in tokens)
        for whole, own in zip(wholes, distinctive)
    ]
    return sum(named) >= 2


def _is_measured(tokens: list[Token], token: Token) -> bool:
    """The word is a subject or an object, or the genitive of one."""
    core = ("nsubj", "obj")
    if token.dep.startswith(core):
        return True
    return token.dep == "nmod:poss" and 0 <= token.head < len(tokens) and tokens[token.head].dep.startswith(core)


def _tells_result(tokens: list[Token]) -> bool:
    """A sentence led by a result noun in the essive ("Tuloksena on …", "Työn tuloksena valmistuu …")."""
    return any(t.morph.get("Case") == "Ess" and any_phrase([t], _lex("result_column"), parts=False) is not None for t in tokens)


def _pair_of_one(tokens: list[Token], lemmas: list[set[str]], chosen: int) -> bool:
    """Whether the words a passage shares with the chosen goal are, together, that goal's alone:
    no other goal's words speak of them all."""
    words = speaking_words(tokens, lemmas[chosen])
    return not any(words <= speaking_words(tokens, other) for i, other in enumerate(lemmas) if i != chosen)


def _names_pair_whole(tokens: list[Token], lemmas: list[set[str]], chosen: int) -> bool:
    """An evaluation that names whole two things of the chosen goal that no other goal names whole
    together: "laskuvelan määrää seurataan neuvonnan alussa ja lopussa" measures the goal that
    indebted tenants get advice before the debt grows, though another goal speaks of advice and a
    third of the debt (and a fourth has "laskutus" only as a part of its compound). Measures and
    methods ("määrä", "kysely") are not things named."""
    def named(gl: set[str]) -> set[str]:
        return {t.lemma for t in tokens if t.pos in ("NOUN", "PROPN") and not _measure_word(t) and _names_whole(t, gl)}

    own = named(lemmas[chosen])
    return len(own) >= 2 and not any(own <= named(other) for i, other in enumerate(lemmas) if i != chosen)


def _names_whole(token: Token, lemmas: set[str]) -> bool:
    """The word is one of `lemmas`, or a compound of them only ("kyläohjaaja" of "kylä", "ohjaaja")."""
    return token.lemma in lemmas or (len(token.parts) >= 2 and all(part in lemmas for part in token.parts))


def _tells_of_doing(tokens: list[Token], roles: set[str]) -> bool:
    """In the goals part, a sentence that says what the project does, in the present: not an aim,
    not an expected change ("kävijät lisääntyvät"), not a measure, not the past."""
    if "evaluation" in roles or is_goal_sentence(tokens) or _states_change(tokens):
        return False
    return any(t.dep == "ROOT" and t.pos == "VERB" and t.morph.get("VerbForm") == "Fin" and t.morph.get("Tense") != "Past" for t in tokens)


def _speaks_of_each(tokens: list[Token], lemmas: list[set[str]], distinctive: list[set[str]], skip: set[int] | None = None) -> list[int]:
    """The goals a passage speaks of each by two of its words, one of them the goal's own: a
    passage about two goals ("seurataan liikkumista ja neuvonnan vakiintumista") serves both
    (the tokens at `skip` not read)."""
    skip = skip or set()
    return [i for i, (gl, own) in enumerate(zip(lemmas, distinctive)) if shared_words(tokens, gl, skip=skip) >= 2 and shared_words(tokens, own, skip=skip)]


def _distinctive(lemmas: list[set[str]], wholes: list[set[str]] | None = None) -> list[set[str]]:
    """Each goal's words that no other goal has; with `wholes` (the goals' words without compound
    parts), nor a word of their family: "jännittäminen" is not one goal's own when another says
    "jännittää", but "päivittäinen" is when another has "päivä" only inside "iltapäivä"."""
    found = []
    for i, gl in enumerate(lemmas):
        other = set().union(*(o for j, o in enumerate(lemmas) if j != i))
        kin = kin_of(set().union(*(o for j, o in enumerate(wholes) if j != i))) if wholes else None
        found.append({w for w in gl - other if not (kin and kin(w))})
    return found


def _measure_word(token: Token) -> bool:
    """A word that names a measure or a method ("osallistujamäärä", "palautekysely"), not a subject."""
    return any_phrase([token], _lex("evaluation_words")) is not None or any_phrase([token], _lex("concrete_methods")) is not None


def _measures(tokens: list[Token]) -> bool:
    """A sentence outside the evaluation parts counts as an evaluation only when it plainly measures
    something ("mitataan", "mittarina", "tavoitetaso") or names a method, in the present or future.
    The questions it quotes in brackets ("palautekysely (mitä jäi puuttumaan?)") are not its tense."""
    if any(t.morph.get("Tense") == "Past" for t in _outside_brackets(tokens)):
        return False
    return any_phrase(_without_estimates(tokens), _lex("measure_words")) is not None or names_method(tokens) or counts(tokens)


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens of a sentence outside its brackets ("(oliko apua, mitä jäi puuttumaan)")."""
    depth, kept = 0, []
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(t)
    return kept


def names_method(tokens: list[Token]) -> bool:
    """A concrete way to collect evaluation data ("kysely", "haastattelut"), not a promise of
    per-goal measures to come ("tavoitekohtaisilla mittareilla")."""
    if any(part in t.parts or t.lemma.endswith(part) for part in _lex("per_goal_parts") for t in tokens):
        return False
    return any_phrase(tokens, _lex("concrete_methods")) is not None


def about_all_goals(tokens: list[Token]) -> bool:
    """A sentence about the goals in the plural with no goal numbered: "tavoitteiden toteutumista"."""
    words = set(_lex("reference_words"))
    plural = any(t.lemma in words and t.morph.get("Number") == "Plur" for t in tokens)
    return plural and not any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) for t in tokens)


def _link_by_heading(reading: Reading, goals: list[_Goal]) -> None:
    """A part of the document headed by a goal in other words ("### 2. Talkoot ja mittausryhmä"
    under "Miten tavoitteisiin päästään?") is that goal's own: its activities and evaluations serve it.
    The heading must share a noun with one goal alone, one the other goals do not have; a heading
    about the goals together names none of them. The deepest headings claim their text first."""
    if len(goals) < 2:
        return
    owned = set().union(*(g.blocks for g in goals))
    goal_lemmas = [g.lemmas or content_lemmas(reading.analyses[g.block].tokens) for g in goals]
    distinctive = _distinctive(goal_lemmas)
    claimed: set[int] = set()
    for section in sorted(reading.sections, key=lambda s: -s.level):
        if section.appendix or section.heading_block in owned or owned & set(section.all_blocks):
            continue
        tokens = reading.analyses[section.heading_block].tokens
        if about_all_goals(tokens) or set(section.keys) & section_keys("goals"):
            continue  # a heading of the goals or a vision ("Yrityksen visio") states aims, not one goal's part
        if set(section.keys) & set(_lex("running_sections")):
            continue  # who runs the project, and with what, serves all its goals ("Hallinto ja yhteistyö")
        if set(section.keys) & set(_lex("background_sections")):
            continue  # the situation before the project ("Lähtötilanne" of a goal on the "tila") is no goal's part
        shared = [shared_words(_without_part_names(reading, section.keys, tokens), d, nouns_only=True) for d in distinctive]
        if max(shared) == 0 or shared.count(max(shared)) > 1:
            continue
        goal = goals[shared.index(max(shared))]
        for b in sorted(set(section.all_blocks) - claimed):
            for _, text, sentence in reading.sentences([b]):
                for role in sentence_roles(sentence) if not is_goal_sentence(sentence) else ():
                    goal.add(role, _clip(text))
        claimed.update(section.all_blocks)


def _without_part_names(reading: Reading, keys: list[str], tokens: list[Token]) -> list[Token]:
    """A heading's words without those that name its canonical part ("Toteutus", "Työpaketit"):
    the activity part's own name says what kind of part it is, not which goal it serves, though
    it is of one family with a goal's verb ("toteuttaa", "tehdä"). Whole words only: the goal's
    word in a compound ("Kalastustoiminta") still names that goal."""
    naming = [w for spec in section_specs(reading.doc_type) if spec["key"] in keys for w in spec["synonyms"]]
    return [t for t in tokens if any_phrase([t], naming, parts=False) is None] if naming else tokens


def _unclaimed(reading: Reading, goals: list[_Goal], role: str):
    """The sentences of a role's own part (activities or evaluation) that no goal has claimed: not in
    a goal's blocks, in no paragraph that names its goal, not linked yet, and neither template text,
    a placeholder, a goal sentence nor a passage about the goals together. Gives (clip, tokens)."""
    owned = set().union(*(g.blocks for g in goals))
    letters = _lettered(reading, goals)
    linked = {t for g in goals for t in (g.evaluations if role == "evaluation" else g.activities)}
    for b in reading.blocks_with_keys(section_keys(role)):
        if b in owned or referenced_goals(reading.analyses[b].text, len(goals), letters):
            continue
        for _, text, tokens in reading.sentences([b]):
            clip = _clip(text)
            if clip in linked or is_template_text(text) or placeholders_in(text) or is_goal_sentence(tokens) or about_all_goals(tokens):
                continue
            yield clip, tokens


def _link_leftover(reading: Reading, goals: list[_Goal]) -> None:
    """Where every goal but one has its activities, an activity of the activity part that speaks of
    no goal at all (no word shared with any, not about the goals together) is how the plan pursues
    the one left: the reader divides the activities among the goals ("iltakurssit aikuisille" for the
    goal on new members, when the other goals' activities speak of the children). Goals in a table
    are not so divided: a row's own activity cell is where its activities are, empty or not."""
    lacking = [g for g in goals if not g.activities]
    if len(goals) < 2 or len(lacking) != 1 or any(g.source == "table" for g in goals):
        return
    goal_lemmas = [g.lemmas or content_lemmas(reading.analyses[g.block].tokens) for g in goals]
    for clip, tokens in list(_unclaimed(reading, goals, "activity")):
        # only a sentence that names what is done ("järjestetään"), not "asiaa mietitään"
        if any_phrase(tokens, _lex("activity_words")) is None or only_defers(tokens) or any(shared_words(tokens, gl) for gl in goal_lemmas):
            continue
        lacking[0].add("activity", clip)
    for clip, tokens in _told_unclaimed(reading, goals) if not lacking[0].activities else ():
        if not only_defers(tokens) and not any(shared_words(tokens, gl) for gl in goal_lemmas):
            lacking[0].add("activity", clip)


def _told_unclaimed(reading: Reading, goals: list[_Goal]):
    """An evaluation plan's sentences that tell, in the present, what the project does in a part
    its checklist does not name ("Mitä tehdään": "Kerho kokoontuu joka torstai …"), no goal having
    claimed them: (clip, tokens). Such a plan has no activity part of its own to divide."""
    if reading.doc_type != DocType.arviointisuunnitelma:
        return
    owned = set().union(*(g.blocks for g in goals))
    letters = _lettered(reading, goals)
    linked = {t for g in goals for t in g.activities}
    for b in sorted(_untitled_opening(reading) - owned):
        if referenced_goals(reading.analyses[b].text, len(goals), letters):
            continue
        for _, text, tokens in reading.sentences([b]):
            clip = _clip(text)
            if clip in linked or is_template_text(text) or placeholders_in(text) or about_all_goals(tokens):
                continue
            if _tells_of_doing(tokens, sentence_roles(tokens)) and not only_defers(tokens):
                yield clip, tokens


def _link_by_meaning(reading: Reading, goals: list[_Goal]) -> None:
    """An activity or evaluation that speaks of a goal's subject in other words serves it
    ("kaverisuhteet" for a goal on loneliness): where a goal has none of a role, each sentence of
    that role's own part that no goal claimed links to the goal whose key nouns are nearest its
    own by the model's word vectors (`meaning`), when that nearness is clearly high (the goals
    lexicon's `meaning.threshold`) and clearly nearer than any other goal's (`meaning.margin`):
    one passage does not serve every goal. The sentence must say its role in its own words (a
    line on the steering group's work is near a goal on training by its vector, and is none of
    its activities); a template line, a restated goal or a passage about the goals together is
    never such a link; measure and method words, and words for people, name no subject."""
    if len(goals) < 2:
        return  # one goal already has every passage of its activity and evaluation parts
    lacking = {role: [i for i, g in enumerate(goals) if not (g.evaluations if role == "evaluation" else g.activities)] for role in ("activity", "evaluation")}
    if not any(lacking.values()):
        return
    settings = _lex("meaning")

    def skip(tokens: list[Token]) -> set[str]:
        return {w for t in tokens if _measure_word(t) for w in t.lemmas}

    goal_nouns = []
    for g in goals:
        nouns = {w: p for _, _, sentence in reading.sentences([g.block]) for w, p in key_nouns(sentence, skip(sentence)).items()}
        goal_nouns.append({w: p for w, p in nouns.items() if not g.lemmas or w in g.lemmas})
    candidates = []
    for role, indices in lacking.items():
        for clip, tokens in _unclaimed(reading, goals, role) if indices else ():
            roles = sentence_roles(tokens)
            passive_only = roles == {"activity"} and any_phrase(tokens, _lex("activity_words")) is None
            if role not in roles and not (role == "evaluation" and passive_only):
                continue  # meaning alone is too weak a sign for a sentence that says no role
            candidates.append((role, indices, clip, key_nouns(tokens, skip(tokens))))
    if not candidates:
        return
    nearness = Nearness(w for nouns in [*goal_nouns, *(c[3] for c in candidates)] for w in nouns)
    for role, indices, clip, nouns in candidates:
        near = [nearness.between(gn, nouns) for gn in goal_nouns]
        best = max(range(len(goals)), key=near.__getitem__)
        second = max(n for i, n in enumerate(near) if i != best)
        if best in indices and near[best] >= settings["threshold"] and near[best] - second >= settings["margin"]:
            goals[best].add(role, clip)
            goals[best].by_meaning.append(clip)


def _restated(reading: Reading, goals: list[_Goal]) -> bool:
    """Whether an evaluation or exit plan restates the project plan's goals: the goals' heading or
    the text that leads to them names that plan ("Tavoitteet ovat samat kuin
    hankesuunnitelmassa:", "Hakemuksessa mainitut tavoitteet"), or the heading calls them the
    project's goals ("Hankkeen tavoitteet"): a plan that evaluates or continues the project does not
    set its goals. A goal table is the plan's own map, never this."""
    if not goals or reading.doc_type == DocType.hankesuunnitelma or any(g.source == "table" for g in goals):
        return False
    first = min(g.block for g in goals)
    s_i = reading.owner[first]
    if s_i is None:
        return False
    section = reading.sections[s_i]
    lead = [section.heading_block, *(b for b in section.blocks if b < first)]
    names = load("sections")["doc_types"][DocType.hankesuunnitelma]
    if any_phrase(reading.analyses[section.heading_block].tokens, _lex("project_goals_heading")) is not None:
        return True
    return any(any_phrase(reading.analyses[b].tokens, names) is not None for b in lead)


def _link_ability_questions(reading: Reading, goals: list[_Goal]) -> None:
    """A question of ability that the evaluation part puts to those served ("Neuvonnan jälkeen
    kysytään: 'Osaatko nyt maksaa laskun itse?'") measures a goal whose people learn, in the active
    (a learning verb with its subject: "asukkaat oppivat …", not "vapaaehtoisia koulutetaan"): the
    one such goal, or of several the one that alone shares the question's words, a word for doing it
    oneself (`self_words`) among them. It links only a goal nothing else measures, and only a
    sentence no goal has claimed; the question's own words are too plain ("tehdä", "asia") for a link
    by overlap."""
    if not any(not g.evaluations for g in goals):
        return
    ability, selfs = set(_lex("ability_verbs")), set(_lex("self_words"))

    def learns(tokens: list[Token]) -> bool:
        return any(
            t.lemma in _lex("learning_verbs") and t.morph.get("Voice") == "Act" and any(s.head == i and s.dep.startswith("nsubj") for s in tokens)
            for i, t in enumerate(tokens)
        )

    def words(tokens: list[Token]) -> set[str]:
        return content_lemmas(tokens) | {t.lemma for t in tokens if t.lemma in selfs}

    goal_sentences = [[tokens for _, _, tokens in reading.sentences([g.block])] for g in goals]
    goal_tokens = [[t for tokens in sentences for t in tokens] for sentences in goal_sentences]
    learning = [i for i, sentences in enumerate(goal_sentences) if any(map(learns, sentences))]
    for clip, tokens in list(_unclaimed(reading, goals, "evaluation")) if learning else ():
        asks = any(t.lemma in ability and (t.morph.get("Clitic") == "Ko" or any(q.text == "?" for q in tokens)) for t in tokens)
        if not asks:
            continue
        shared = [len(words(tokens) & words(goal_tokens[i])) for i in learning]
        best = max(shared)
        chosen = learning[shared.index(best)] if len(learning) == 1 or (best and shared.count(best) == 1) else None
        if chosen is not None and not goals[chosen].evaluations:
            goals[chosen].add("evaluation", clip)


def _keep_row_gaps(reading: Reading, goals: list[_Goal], named: list[set[str]]) -> None:
    """A goal table's row whose evaluation cell is left empty ("–", or nothing) is the plan's own
    word that the goal has no measure: a passage elsewhere that only touches the goal's subject by a
    word or two ("asiakkaiden ääni" for a goal on serving customers, "tietoa kerätään" for a goal on
    knowledge) does not fill it. What names the goal by number still does, and so does a passage
    that speaks of two of its own words, no other goal's ("henkilökunnan selko-osaamista
    mitataan kyselyllä" for the goal that the staff master plain language)."""
    gapped = [i for i, g in enumerate(goals) if "evaluation" in g.gaps]
    if not gapped:
        return
    distinctive = _distinctive([g.lemmas or content_lemmas(reading.analyses[g.block].tokens) for g in goals])
    said = {_clip(text): tokens for _, text, tokens in reading.sentences(range(len(reading.document.blocks)))}
    for i in gapped:
        goal = goals[i]
        # the goal's own words, one entry per word it writes (a compound's parts, a word's other readings with it)
        words = [w for w in ({*t.lemmas, *t.alternatives} & distinctive[i] for t in reading.analyses[goal.block].tokens) if w]
        kept = [e for e in goal.evaluations if e in named[i] or sum(shared_words(said.get(e, []), w) > 0 for w in words) >= 2]
        goal.by_meaning = [m for m in goal.by_meaning if m in kept or m in goal.activities]
        goal.evaluations = kept


def extract_goals(reading: Reading) -> list[GoalFact]:
    goals, link_tables = _tables(reading)
    if not goals:
        goals = _form_goals(reading) or _section_goals(reading)
    _link_references(reading, goals, link_tables)
    named = [set(g.evaluations) for g in goals]  # its own rows' and those that name it by number
    _link_by_heading(reading, goals)
    _link_by_overlap(reading, goals)
    _link_leftover(reading, goals)
    _link_by_meaning(reading, goals)
    _link_ability_questions(reading, goals)
    _pursued_through_lettered(reading, goals)
    _keep_row_gaps(reading, goals, named)
    restated = _restated(reading, goals)
    return [
        GoalFact(
            goal_id=g.number,
            text=g.text,
            source=g.source,  # type: ignore[arg-type]
            activities=len(g.activities),
            evaluations=len(g.evaluations),
            activity_texts=g.activities,
            evaluation_texts=g.evaluations,
            meaning_texts=g.by_meaning,
            restated=restated,
            location=reading.location(g.block),
        )
        for g in goals
    ]
