"""Sections: headings (and lead-ins such as "Tavoitteet:") mapped to canonical keys by lemmas.

A heading may cover several keys ("Hankkeen tavoitteet ja kohderyhmä"); longer synonyms are matched
first and claim their words, so "Tavoitteiden toteutuminen" is a results heading, not a goals one.
Where a form's export gives its section headings and its field labels one heading style, the
headings' own form ranks them (`heading_ranks`), so that a section owns the fields below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, BlockKind, Document
from .lexicon import (
    ANY_PART,
    Entries,
    Phrase,
    any_phrase,
    find_phrase,
    load,
    match_forms,
    may_match,
    per_overlay,
    phrase,
)
from .nlp import Analysis, Token

_LEAD_IN = re.compile(r"^([^:.!?]{2,60}):(\s|$)")
_NUMBERING = re.compile(r"^\s*(\d{1,2}[.)]?)+\s*")
_REQUIRED = re.compile(r"\*\s*:?\s*$")  # a required field's mark: "Hankkeen kohderyhmät *"
_FILLED_FIELD = re.compile(r"\S\s*\*\s*:?\s+\S")  # a required mark with the answer after it on the line
_LABEL_WORDS = 12
_SHORT_LABEL_WORDS = 8
_FORM_LABELS = 2
_LEAD_IN_TEXT_WORDS = 4  # a lead-in's own sentence, not a deferral ("Riskit: arvioidaan myöhemmin")
# A section heading of a form: typed numbering ("2.", "5.1", "B.", "E2.") or capitals.
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*\.?|[A-ZÅÄÖ]\d{0,2}\.)\s+\S")
# The heading of one of a form's repeated sub-forms: a noun or two and its number ("Tavoite 2/3").
_SUB_FORM = re.compile(r"^\s*[^\W\d_]+(\s+[^\W\d_]+)?\s+\d{1,2}(\s*/\s*\d{1,2})?\s*\*?\s*$")
_RANK_EVIDENCE = 2  # section headings followed straight by a field heading: the form shows its ranks


@dataclass
class Section:
    """A heading and the blocks under it; `all_blocks` adds the blocks of its sub-sections."""

    heading_block: int
    heading: str
    level: int
    keys: list[str]
    blocks: list[int] = field(default_factory=list)
    all_blocks: list[int] = field(default_factory=list)
    lead_in: bool = False
    label: bool = False  # a form's field label standing for a heading
    ranked: bool = False  # a heading styled as its section's but read as a field under it (`heading_ranks`)
    appendix: bool = False
    parent: int | None = None  # index of the enclosing section

    @property
    def key(self) -> str | None:
        return self.keys[0] if self.keys else None


def section_specs(doc_type: str) -> list[dict]:
    return load("sections")[doc_type]


def covered_by_content(reading, key: str, fact_kinds: set[str]) -> bool:
    """Whether the document covers a canonical section without a heading naming it: a fact of the
    kind the section holds was found, or enough sentences outside the appendices speak of it."""
    cues = load("section_cues")
    spec = cues["keys"].get(key, {})
    if fact_kinds & set(spec.get("facts", [])) or _led_in(reading, key):
        return True
    words = spec.get("cues", [])
    if not words:
        return False
    hits = _fields_naming(reading, words)
    if hits >= cues["sentences"]:
        return True
    for _, _, tokens in reading.sentences(reading.body_blocks()):
        if _states_aim(tokens, spec.get("aims", [])):
            return True
        if (match := any_phrase(tokens, words)) is not None and not _exposure(tokens, match.start, spec.get("exposures", [])):
            hits += 1
            if hits >= cues["sentences"] or _defines(tokens, spec.get("defines", [])) or _lists(tokens, spec.get("lists", {})) or _states_aim(tokens, spec.get("intends", [])):
                return True
    return False


def _fields_naming(reading, words: list[str]) -> int:
    """The fields of a form whose labels use the key's words, each as one sentence on it: an online
    form printed out asks its basic facts field by field ("Toteuttajan nimi *", "Hankkeen nimi *",
    each with "Vastaus: …" below) under no heading of their own, and its labels are no sentences."""
    blocks = reading.document.blocks
    found = 0
    for section in reading.sections:
        b = section.heading_block
        if section.appendix or not section.level:
            continue
        following = blocks[b + 1].text if b + 1 < len(blocks) else ""
        if not (_REQUIRED.search(blocks[b].text) or _opens_answer(following)):
            continue
        if any_phrase(_heading_tokens(reading.analyses[b]), words) is not None:
            found += 1
    return found


def _exposure(tokens: list[Token], at: int, words: list[str]) -> bool:
    """A cue word with an infinitive after it ("nuoret, joilla on riski keskeyttää") names what
    may befall the people the plan serves, which is who they are, not a risk to the plan."""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return tokens[at].lemma in words and after is not None and after.morph.get("VerbForm") == "Inf"


def _led_in(reading, key: str) -> bool:
    """A paragraph that a lead-in naming the key opens, with a sentence after it ("**Riskit:** Jos
    urakoitsija ei ehdi, …"), covers the key also where the document has headings, though there the
    lead-in opens no section of its own (`build_sections`)."""
    for b in reading.body_blocks():
        block = reading.document.blocks[b]
        if block.kind is not BlockKind.paragraph or len(block.text.partition(":")[2].split()) < _LEAD_IN_TEXT_WORDS:
            continue
        tokens = lead_in_tokens(reading.analyses[b])
        if tokens and key in classify_heading(tokens, reading.doc_type):
            return True
    return False


def _states_aim(tokens: list[Token], verbs: list[str]) -> bool:
    """A sentence in which the writers say what they set out to do: one of `verbs` in the first
    person with an infinitive depending on it ("Halusimme kokeilla …", "Pyrimme vähentämään …")."""
    if not verbs:
        return False
    for i, token in enumerate(tokens):
        if token.morph.get("Person") != "1" or any_phrase([token], verbs, parts=False) is None:
            continue
        if any(t.head == i and t.dep == "xcomp" and t.morph.get("VerbForm") == "Inf" for t in tokens):
            return True
        # the parser may hang the verb on the infinitive as its auxiliary ("Aiomme kehittää …")
        if token.dep == "aux" and 0 <= token.head < len(tokens) and tokens[token.head].morph.get("VerbForm") == "Inf":
            return True
    return False


def _lists(tokens: list[Token], spec: dict) -> bool:
    """A sentence that does the section's matter (`with`) and names two or more of its means at once
    lays it out in one go ("Tiedotamme kerhoista koulun verkkosivuilla, Facebookissa ja
    paikallislehdessä"); means named alone may be where results are published. Telling of the
    work there ("Kerromme kerhoista …") lays it out too, telling of the results does not."""
    if not spec:
        return False
    tells = any_phrase(tokens, spec.get("tells", [])) is not None and any_phrase(tokens, spec.get("results", [])) is None
    if not tells and any_phrase(tokens, spec["with"]) is None:
        return False
    return sum(any_phrase(tokens, [w]) is not None for w in spec["means"]) >= 2


def _defines(tokens: list[Token], words: list[str]) -> bool:
    """A sentence that says what the section's matter is: one of `words` in the essive or as the
    subject or predicate of "olla" ("Kohderyhmänä ovat alueen yrittäjät", "Kohderyhmä on …")."""
    match = any_phrase(tokens, words, parts=False) if words else None
    if match is None:
        return False
    i = match.end - 1
    word = tokens[i]
    copula = any(t.dep == "cop" and t.head == i for t in tokens)
    return word.morph.get("Case") == "Ess" or word.dep == "nsubj:cop" or copula


@per_overlay
def _heading_candidates(doc_type: str) -> list[tuple[int, str, Phrase]]:
    """Every synonym of the type's sections as a phrase, longest first: built once per type."""
    candidates = []
    for spec in section_specs(doc_type):
        for synonym in spec["synonyms"]:
            entry = phrase(synonym)
            candidates.append((len(entry), spec["key"], entry))
    candidates.sort(key=lambda c: -c[0])
    return candidates


def classify_heading(tokens: list[Token], doc_type: str) -> list[str]:
    """The canonical keys a heading names, in the order they appear in it. Words that two sections
    both list name both ("Mitä hankkeesta jää?" asks what the project leaves, its results, and what
    of it carries on, its rooting): the words one claims are the other's too. A verb a form asks
    with, in the imperative ("Kerro …"), asks for a part and names none (`requests`)."""
    candidates = _heading_candidates(doc_type)
    claimed: dict[int, tuple[int, int, Phrase]] = {}  # each claimed word's match and the words it matched
    found: list[tuple[int, str]] = []
    forms = match_forms(tokens)
    requests = load("sections")["requests"]
    for strength in (2, 1):  # whole-word matches first, then compound parts
        for _, key, entry in candidates:
            if not may_match(forms, entry[0]):  # no word of the heading can start it
                continue
            match = find_phrase(tokens, entry, parts=ANY_PART if strength == 1 else False)
            if match is None:
                continue
            span = (match.start, match.end, entry)
            if any(i in claimed and claimed[i] != span for i in range(match.start, match.end)):
                continue
            if match.end - match.start == 1 and tokens[match.start].morph.get("Mood") == "Imp" and any_phrase(tokens[match.start : match.end], requests) is not None:
                continue
            claimed.update(dict.fromkeys(range(match.start, match.end), span))
            if key not in [k for _, k in found]:
                found.append((match.start, key))
    return [key for _, key in sorted(found, key=lambda f: f[0])]


def _heading_tokens(analysis: Analysis) -> list[Token]:
    return [t for t in analysis.tokens if t.pos not in ("PUNCT", "NUM", "SYM") and not t.text.isdigit()]


def lead_in_tokens(analysis: Analysis) -> list[Token] | None:
    """The tokens of a lead-in ("Tavoitteet: …"), or None when the block has no lead-in."""
    match = _LEAD_IN.match(analysis.text)
    if not match or len(match.group(1).split()) > 4 or any(ch.isdigit() for ch in match.group(1)):
        return None
    end = match.end(1)
    tokens = [t for t in _heading_tokens(analysis) if t.idx < end]
    if any(t.morph.get("VerbForm") == "Fin" for t in tokens):
        return None  # "Kysymme osallistujilta: …" is a sentence, not a lead-in
    return tokens


def is_appendix(text: str) -> bool:
    words = _NUMBERING.sub("", text).lower().split()
    return bool(words) and words[0].strip(":.") in load("sections")["appendix"]


def build_sections(document: Document, analyses: list[Analysis], doc_type: str) -> list[Section]:
    """Split the document into sections by its headings and by lead-ins that name a section."""
    sections: list[Section] = []
    stack: list[int] = []
    # Lead-ins ("Tavoitteet: …") stand for headings only in a document written without headings.
    lead_ins = sum(1 for b in document.blocks if b.kind is BlockKind.heading) < 2
    # A form (an online application exported) marks its fields; there a short line that names a
    # section, with no sentence in it, is a field label too ("Hankkeen organisointi"). So is such a
    # line typed in bold anywhere (a text box's title "Pähkinänkuoressa" above the box's text).
    form = sum(1 for b in document.blocks if is_field_label(document, b.index)) >= _FORM_LABELS
    ranks = heading_ranks(document)
    answering = False  # within the lines below a field's answer lead alone on its line ("Vastaus:")
    for block, analysis in zip(document.blocks, analyses):
        if block.kind is BlockKind.heading and _answer_lead_only(block.text) and stack:
            _add_block(sections, stack, block)  # "Vastaus:" on its own line opens the answer of the field above
            answering = True
            continue
        is_title = block.kind is BlockKind.title or (
            block.index < 3 and ((block.text == document.title and _reads_as_title(analysis)) or (not sections and _titled_by_type(block, analysis)))
        )
        field = is_field_label(document, block.index)
        # a short line below "Vastaus:" alone on its line is the answer's own line ("Projektipäällikkö
        # 50 %, koko hankeajan"), not a label, though its words name a section: the answer runs to the
        # next label; after an answer given on the lead's own line a short line may be a label again
        label = field or ((form or block.bold) and not answering and not _answers_field(document, block.index) and _names_section(block, analysis, doc_type))
        if field or block.kind in (BlockKind.heading, BlockKind.title):
            answering = False
        elif stack and _opens_answer(block.text):
            answering = _answer_lead_only(block.text)
        if block.kind in (BlockKind.heading, BlockKind.title) or label or (lead_ins and _starts_lead_in(block, analysis, doc_type)):
            lead = block.kind not in (BlockKind.heading, BlockKind.title) and not label
            tokens = lead_in_tokens(analysis) if lead else _heading_tokens(analysis)
            level = 0 if is_title else (block.level or 1)
            if lead or label:
                level = (_heading_level(sections, stack) + 1) if stack else 1
            above = _open_section(sections, stack) if block.index in ranks else None
            ranked = above is not None
            if above is not None:  # a field nests under the form's section it stands in
                level = _field_level(sections, stack, above, ranks[block.index], block.text)
            while stack and sections[stack[-1]].level >= level:
                stack.pop()
            parent_appendix = bool(stack) and sections[stack[-1]].appendix
            section = Section(
                heading_block=block.index,
                heading=block.text,
                level=level,
                keys=classify_heading(tokens or [], doc_type) if not is_title else [],
                lead_in=lead,
                label=label,
                ranked=ranked,
                appendix=parent_appendix or is_appendix(block.text),
                parent=stack[-1] if stack else None,
            )
            sections.append(section)
            stack.append(len(sections) - 1)
            if lead:
                _add_block(sections, stack, block)
            continue
        if stack:
            _add_block(sections, stack, block)
    return sections


_BRACKETED = re.compile(r"\(([^()]*)\)")


def marked_optional(heading: str) -> bool:
    """A heading the form marks as optional in brackets ("Lisätiedot (vapaaehtoinen)"): left
    empty, the part is what the form allows, not a gap."""
    marks = load("templates")["optional_marks"]
    return any(inner.strip().lower() in marks for inner in _BRACKETED.findall(heading))


def _opens_answer(text: str) -> bool:
    """A paragraph that starts with a form's answer lead ("Vastaus:", alone or with the answer):
    it ends the answer of the field before it."""
    lead, colon, _ = text.strip().partition(":")
    return bool(colon) and lead.strip().lower() in load("templates")["answer_leads"]


def _answer_lead_only(text: str) -> bool:
    """A line that is nothing but a form's answer lead ("Vastaus:"), however a reader styled it."""
    lead, colon, rest = text.strip().partition(":")
    return bool(colon) and not rest.strip() and lead.strip().lower() in load("templates")["answer_leads"]


def heading_rank(text: str) -> int:
    """How far below a form's section headings a heading stands by its form: 0 a numbered or
    all-capital section heading ("3. KOHDERYHMÄ"), 1 a repeated sub-form ("Tavoite 2/3"), 2 any
    other heading, a field's label ("Kuvaa lähtötilanne *", "Miten tarve on todettu?")."""
    letters = [ch for ch in text if ch.isalpha()]
    if _SECTION_NUMBER.match(text) or (len(letters) >= 4 and all(ch.isupper() for ch in letters)):
        return 0
    return 1 if _SUB_FORM.match(text) else 2


def heading_ranks(document: Document) -> dict[int, int]:
    """The rank (`heading_rank`) of each heading below a section heading of the same style level,
    in a document whose styles give its section headings and its field labels one level (an
    online application exported to Word or .odt). The form shows this when a section heading is
    followed straight by a field heading of the same level, more than once, or once by a field
    that bears a form's required mark ("1. Perustiedot", then "Hakijan nimi *"); a document that
    only leaves a section empty now and then keeps the levels its styles give."""
    headings = [b for b in document.blocks if b.kind is BlockKind.heading]
    rank = {b.index: heading_rank(b.text) for b in headings}
    evidence: dict[int, int] = {}
    for block, after in zip(document.blocks, document.blocks[1:]):
        if block.kind is after.kind is BlockKind.heading and block.level == after.level and rank[block.index] == 0 < rank[after.index]:
            required = _REQUIRED.search(after.text) is not None
            evidence[block.level] = evidence.get(block.level, 0) + (_RANK_EVIDENCE if required else 1)
    levels = {level for level, seen in evidence.items() if seen >= _RANK_EVIDENCE}
    return {b.index: rank[b.index] for b in headings if b.level in levels and rank[b.index]}


def _field_level(sections: list[Section], stack: list[int], above: int, rank: int, text: str) -> int:
    """The level of a ranked heading under the form's section `above`: a sub-form one below it,
    a field two below within a sub-form, else one below. A field belongs to the open sub-form
    unless earlier sub-forms of the series had other fields: after "Työpaketti 3/3" the form's
    next own field ("Hankkeen aikataulu *") ends the series instead of joining the last one."""
    base = sections[above].level
    if rank == 1:
        return base + 1
    inner = stack[stack.index(above) + 1 :]
    sub = inner[0] if inner and heading_rank(sections[inner[0]].heading) == 1 else None
    if sub is None:
        return base + 1
    earlier = {i for i, s in enumerate(sections[:sub]) if s.parent == above and heading_rank(s.heading) == 1}
    seen = {_field_name(s.heading) for s in sections if s.parent in earlier}
    return base + 2 if not seen or _field_name(text) in seen else base + 1


def _field_name(text: str) -> str:
    """A field's label as the sub-forms of a series repeat it, its required mark left out."""
    return text.rstrip(" *:").strip().lower()


def _open_section(sections: list[Section], stack: list[int]) -> int | None:
    """The innermost open section headed by a form's section heading (not a field, not the title)."""
    for s_i in reversed(stack):
        section = sections[s_i]
        if section.level and not (section.ranked or section.label or section.lead_in) and heading_rank(section.heading) == 0:
            return s_i
    return None


def is_field_label(document: Document, index: int) -> bool:
    """A form's field label on a line of its own, the answer below it: an online application
    exported to Word or text ("Hankkeen kohderyhmät *", then "Vastaus: …"). Such a label heads its
    answer as a sub-heading does."""
    block = document.blocks[index]
    text = block.text.strip()
    if block.kind is not BlockKind.paragraph or not text or len(text.split()) > _LABEL_WORDS:
        return False
    following = document.blocks[index + 1].text.strip() if index + 1 < len(document.blocks) else ""
    required = bool(_REQUIRED.search(text))
    lead = following.partition(":")[0].strip().lower()
    answered = ":" in following and lead in load("templates")["answer_leads"]
    # a help text in brackets ("(Kuvaa lyhyesti …)") between the label and the answer is no label
    return (required or answered) and not text.rstrip("*: ").endswith(".") and not (text.startswith("(") and text.endswith(")"))


def _answers_field(document: Document, index: int) -> bool:
    """A line straight below a required field's label, itself no label, is that field's answer
    ("Vastuuhenkilö *", then "Toiminnanjohtaja Eeva Lahti, Kylän Nuorisoseura ry"), though its
    words name a section (here "toiminta"): a form's printout gives each answer on the lines under
    its label. A line the form marks optional ("Lisätiedot (valinnainen)") is the next field's
    label: the required field above it was left empty."""
    if index == 0:
        return False
    block = document.blocks[index]
    above = document.blocks[index - 1]
    if above.kind is not BlockKind.paragraph or not _REQUIRED.search(above.text) or not is_field_label(document, index - 1):
        return False
    return not _REQUIRED.search(block.text) and not marked_optional(block.text)


def _names_section(block: Block, analysis: Analysis, doc_type: str) -> bool:
    """A short line without a sentence in it that names a canonical section."""
    text = block.text.strip()
    if block.kind is not BlockKind.paragraph or len(text.split()) > _SHORT_LABEL_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    if _FILLED_FIELD.search(text):
        return False  # "Hakijaorganisaatio * Kylän yhdistys ry": the field with its answer, not a label
    if any(t.morph.get("VerbForm") == "Fin" for t in analysis.tokens):
        return False
    return bool(classify_heading(_heading_tokens(analysis), doc_type))


def _heading_level(sections: list[Section], stack: list[int]) -> int:
    """The level of the innermost real heading open (a field label nests under it, not under the
    label before it)."""
    for s_i in reversed(stack):
        if not sections[s_i].label:
            return sections[s_i].level
    return 0


@per_overlay
def _doc_type_names() -> Entries:
    """The names of every document type, one lexicon (and so one index) for all calls."""
    return Entries([n for names in load("sections")["doc_types"].values() for n in names])


def _reads_as_title(analysis: Analysis) -> bool:
    """A first line is the document's title, not a section, if it names a document type or is long."""
    return len(analysis.tokens) >= 5 or any_phrase(analysis.tokens, _doc_type_names()) is not None


_TYPE_THEN_NAME = re.compile(r"^\s*[^\W\d_][\w-]*\s*(:|\s[–—-])\s*\S")  # "Hankehakemus: …", "Loppuraportti – …"


def _titled_by_type(block: Block, analysis: Analysis) -> bool:
    """A first heading that opens with the document's type and then gives its name ("Hankehakemus:
    Kylän kaveri – …") is the document's title, though an export's banner line above it was read as
    the title: the words of the plan's name ("ystävätoiminta") name no section of it."""
    if block.kind is not BlockKind.heading or not _TYPE_THEN_NAME.match(block.text):
        return False
    words = [t for t in analysis.tokens if t.pos != "PUNCT"]
    return bool(words) and any_phrase(words[:1], _doc_type_names(), parts=False) is not None


def _starts_lead_in(block: Block, analysis: Analysis, doc_type: str) -> bool:
    if block.kind not in (BlockKind.paragraph,):
        return False
    tokens = lead_in_tokens(analysis)
    return bool(tokens) and bool(classify_heading(tokens, doc_type))


def _add_block(sections: list[Section], stack: list[int], block: Block) -> None:
    sections[stack[-1]].blocks.append(block.index)
    for index in stack:
        sections[index].all_blocks.append(block.index)


def section_of_block(sections: list[Section], count: int) -> list[int | None]:
    """For each block index, the index of the innermost section holding it (or its heading)."""
    owner: list[int | None] = [None] * count
    for s_i, section in enumerate(sections):
        owner[section.heading_block] = s_i
        for b in section.blocks:
            owner[b] = s_i
    return owner


def part_of_same_section(sections: list[Section], s_i: int) -> bool:
    """Whether a section stands within a section that names the same key (a form's field under its
    section heading, "Tiedonkeruun aikataulu" under "Miten arvioimme?"): the enclosing section,
    whose text includes this one's, is then full or empty as a whole. One gap is one finding: an
    empty field in a section with content is an unanswered question or a missing detail, which
    their own rules report, not a second empty section."""
    section = sections[s_i]
    if section.key is None:
        return False
    parent = section.parent
    while parent is not None:
        if section.key in sections[parent].keys:
            return True
        parent = sections[parent].parent
    return False


def headed_again(sections: list[Section], s_i: int) -> bool:
    """Whether a heading with nothing under it is followed straight by a heading that names the
    same section ("Milloin?", then a text box titled "Aikataulu"): the two head the same text, so
    the first is not empty; the second is judged by what stands under it."""
    section = sections[s_i]
    if section.all_blocks or s_i + 1 >= len(sections):
        return False
    after = sections[s_i + 1]
    return after.heading_block == section.heading_block + 1 and bool(set(section.keys) & set(after.keys))


def keys_of(sections: list[Section], s_i: int | None) -> set[str]:
    """The keys of a section and of every section enclosing it."""
    keys: set[str] = set()
    while s_i is not None:
        keys.update(sections[s_i].keys)
        s_i = sections[s_i].parent
    return keys
