"""The project period and dated statements, from the time expressions of each sentence.

Not every date is a planned activity: a document's own date, a funding programme's years, budget
columns and background statistics are left out of the schedule check (SPEC section 4).
"""

from __future__ import annotations

import re
from datetime import date

from ..models import BlockKind, DatedStatementFact, DocType, Interval, PeriodFact
from .identity import identity
from .lexicon import any_phrase, load
from .nlp import Token
from .reading import Reading
from .timeexpr import TimeExpression, find_project_period, find_time_expressions

_FIELD_WORDS = 15  # a form's field: a label and its value
_LABEL_WORDS = 6  # a field's label on a line of its own


def find_period(reading: Reading) -> PeriodFact | None:
    """The project period: first from the schedule section, then from the rest of the document.

    A sentence may state it, or a short line whose label the parser split off as a sentence of its
    own ("Toteutusaika (alkaa – päättyy) *: 1.1.2026–31.12.2028"), or a form's two fields, one for
    the start and one for the end ("Hankkeen alkamispäivä: 1.3.2026" / "Päättymispäivä: 31.8.2027").
    """
    body = reading.body_blocks()
    # the schedule section first, then the others in the lexicon's order: a goal's "plan for the
    # years 2028–2035" must not be read as the period before the schedule says the project's own
    ordered = [[b for b in body if key in reading.keys_at(b)] for key in load("sections")["roles"]["period"]]
    # a plan's sentence told wholly in the past is about earlier work ("kylässä toteutettiin
    # vuosina 2018–2020 hanke, jossa …"): its years are another project's, read only as a last resort
    plan = reading.doc_type != DocType.loppuraportti
    name = _own_name(reading)
    for skip_past in (True, False) if plan else (False,):
        for blocks in (*ordered, body):
            for b, text, tokens in _period_texts(reading, blocks):
                if skip_past and told_in_past(tokens):
                    continue
                interval = find_project_period(text, name)
                if interval and interval.start and interval.end:
                    return _period(reading, b, interval, text)
    return _form_fields_period(reading, sorted(body + _filled_field_lines(reading)))


# A form's field printed with its answer on the label's own line, the required mark between
# them ("2.2 Alkamispäivä * 1.3.2026"): the typed number made the line a heading.
_FILLED_FIELD = re.compile(r"\w.*?\*\s*:?\s*\S")


def _filled_field_lines(reading: Reading) -> list[int]:
    """The heading lines that are a form's field and its answer (`_FILLED_FIELD`): an exported
    application's basic data, one field a line, each answer in a content control after the label."""
    return [
        b.index
        for b in reading.document.blocks
        if b.kind is BlockKind.heading and _FILLED_FIELD.match(b.text.strip()) and not reading.in_appendix(b.index)
    ]


def _own_name(reading: Reading) -> str | None:
    """The project's own name, as the title or the background data give it ("Iltatupa" of
    "Arviointisuunnitelma: Iltatupa – …"): a plan may call the project by it where it gives its time."""
    return identity(reading.document)[1]


def told_in_past(tokens) -> bool:
    """A sentence whose finite verbs are all in the past tense.

    The negation verb has no tense of its own: its verb tells it. A past participle ("ei ollut",
    "emme toteuttaneet") is the past; a connegative ("ei ole") is itself a present finite verb; an
    elided verb ("…, mutta ei kaikille") leaves the tense to the rest of the sentence.
    """
    tenses = []
    for t in tokens:
        if t.morph.get("VerbForm") != "Fin":
            continue
        if t.morph.get("Polarity") != "Neg":
            tenses.append(t.morph.get("Tense"))
        elif 0 <= t.head < len(tokens) and tokens[t.head].morph.get("PartForm") == "Past":
            tenses.append("Past")
    return bool(tenses) and all(tense == "Past" for tense in tenses)


def _period_texts(reading: Reading, blocks: list[int]):
    """Each sentence of the blocks, each short block as a whole, and a short block with the label
    on the line before it (a form's "Hankkeen kesto" and, below it, "1.4.2024–31.3.2025"), or a
    longer one whose first sentence is only its dates, each with the tokens that say its tense."""
    for b in blocks:
        sentences = [(text, tokens) for _, text, tokens in reading.sentences([b])]
        yield from ((b, text, tokens) for text, tokens in sentences)
        whole = reading.document.blocks[b].text
        label = reading.document.blocks[b - 1].text if b > 0 else ""
        if len(whole.split()) > _FIELD_WORDS:
            # a field's answer that opens with its dates and goes on: "Hankkeen toteutusaika" above
            # "Vastaus: 1.8.2026–31.7.2027. Kahvila avataan elokuussa …"
            if sentences and _only_a_time(sentences[0][0]):
                short = label if len(label.split()) <= _LABEL_WORDS else ""
                for name in filter(None, (short, reading.document.blocks[b].field)):
                    yield b, f"{name.rstrip(' *:')}: {sentences[0][0]}", sentences[0][1]
            continue
        tokens = reading.analyses[b].tokens
        if len(sentences) > 1:
            yield b, whole, tokens
        if label and len(label.split()) <= _LABEL_WORDS:
            yield b, f"{label.rstrip(' *:')}: {whole}", tokens
            if ending := _next_cell_in_row(reading, b):  # a row "Hankeaika | 1.3.2026 | 28.2.2028"
                yield b, f"{label.rstrip(' *:')}: {whole}–{ending}", tokens
        if field := reading.document.blocks[b].field:  # a filled form field named "Toteutusaika"
            yield b, f"{field.rstrip(' *:')}: {whole}", tokens


def _only_a_time(sentence: str) -> bool:
    """A sentence that is a time and nothing else, after an answer's label at most ("Vastaus:
    1.8.2026–31.7.2027.", "1.8.2026–31.7.2027"): a value, not a sentence that dates something."""
    expressions = find_time_expressions(sentence)
    if len(expressions) != 1:
        return False
    before, after = sentence[: expressions[0].start_char], sentence[expressions[0].end_char :]
    return bool(_ANSWER_LABEL.fullmatch(before)) and not after.strip(" .;")


# What may stand before a field's value: nothing, or the answer's one-word label ("Vastaus:").
_ANSWER_LABEL = re.compile(r"\W*(?:\w+\s*:\s*)?")


def _next_cell_in_row(reading: Reading, block: int) -> str | None:
    """The short text of the cell after a table cell in the same row: a row whose label is
    followed by a start cell and an end cell gives the two ends of one time."""
    cell, blocks = reading.document.blocks[block], reading.document.blocks
    if cell.table is None or block + 1 >= len(blocks):
        return None
    after = blocks[block + 1]
    if after.table != cell.table or after.row != cell.row or len(after.text.split()) > _LABEL_WORDS:
        return None
    return after.text.strip() or None


def _period(reading: Reading, block: int, interval: Interval, text: str) -> PeriodFact:
    return PeriodFact(
        start=interval.start,
        end=interval.end,
        text=text,
        valid=interval.start <= interval.end,  # type: ignore[operator]
        location=reading.location(block),
    )


def _form_fields_period(reading: Reading, blocks: list[int]) -> PeriodFact | None:
    """A start field and an end field, each a label and one date: a short line or cell each, or
    both on one line ("Alkamispäivä: 1.3.2026 Päättymispäivä: 31.8.2027", as a PDF's text or a
    form's row gives them), where each date's label is the text between it and the date before."""
    labels = load("timing")["period_fields"]
    found: dict[str, tuple[int, date, str]] = {}
    for b in blocks:
        text = reading.document.blocks[b].text
        if len(text.split()) > _FIELD_WORDS:
            continue
        for label_tokens, day, field_text in _dated_fields(text, reading.analyses[b].tokens):
            for end in ("start", "end"):
                if end not in found and any_phrase(label_tokens, labels[end]):
                    found[end] = (b, day, field_text)
    if "start" not in found or "end" not in found:
        return None
    start_block, start, start_text = found["start"]
    _, end, end_text = found["end"]
    text = start_text if start_text == end_text else f"{start_text} – {end_text}"
    return _period(reading, start_block, Interval(start=start, end=end), text)


def _dated_fields(text: str, tokens: list[Token]) -> list[tuple[list[Token], date, str]]:
    """The fields of a short line that give one day each, with the tokens of their labels: the
    whole line for a line with one day ("Hankkeen alkamispäivä: 1.3.2026"), else for each day the
    words between it and the day before."""
    label, _, value = text.partition(":")
    dates = [e for e in find_time_expressions(value or text) if e.interval.start and e.interval.start == e.interval.end]
    if len(dates) == 1:
        return [(tokens, dates[0].interval.start, text)]  # type: ignore[list-item]
    expressions = find_time_expressions(text)
    days = [e for e in expressions if e.interval.start and e.interval.start == e.interval.end]
    if len(days) < 2 or len(days) != len(expressions):
        return []
    base = tokens[0].idx if tokens else 0
    fields, after = [], 0
    for day in days:
        label_tokens = [t for t in tokens if after <= t.idx - base < day.start_char]
        fields.append((label_tokens, day.interval.start, text))
        after = day.end_char
    return fields  # type: ignore[return-value]


def _whole_years(interval: Interval) -> bool:
    """A date given only as a year or years ("2024", "vuosina 2023–2024")."""
    start, end = interval.start, interval.end
    return bool(start and end) and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)  # type: ignore[union-attr]


def _is_activity(reading: Reading, block: int, tokens) -> bool:
    """Whether a dated sentence plans an activity (not a document date, programme or budget).
    A schedule row's time cell is read with the cells that name what is done then."""
    not_activity = load("timing")
    if reading.keys_at(block) & set(not_activity["sections"]):
        return False
    if _column_label(reading, block) or _document_date(reading, block, tokens) or delivers_report(tokens):
        return False
    if _lists_attachments(reading, block, tokens):
        return False
    named = [reading.analyses[cell].tokens for cell in (*_row_names(reading, block), *_row_label(reading, block))]
    return not any(any_phrase(words, not_activity["words"], parts=False) for words in (tokens, *named))


def _row_label(reading: Reading, block: int) -> list[int]:
    """The label cell of a dated value in a table of fields and values, a cover's or a form's
    ("Versio | 2.1 / 3.3.2026 (liite hakemukseen)", "Laadittu | 3.3.2026, kommentit lisätty"): two
    cells a row, each first cell a short label without a time. The label says what the date is,
    whatever else the value cell holds."""
    cell = reading.document.blocks[block]
    if cell.kind is not BlockKind.table_cell or cell.table is None or cell.row is None or not cell.cell:
        return []
    rows = reading.document.tables[cell.table].block_ids
    if len(rows) < 2 or any(len(dict.fromkeys(row)) != 2 or not _label_cell(reading.document.blocks[row[0]].text) for row in rows):
        return []
    first = rows[cell.row][0]
    return [first] if first != block else []


def _label_cell(text: str) -> bool:
    """A field's label: a few words and no time."""
    return bool(text.strip()) and len(text.split()) <= _LABEL_WORDS and not find_time_expressions(text)


def _lists_attachments(reading: Reading, block: int, tokens) -> bool:
    """A line that names an attachment ("Liite 3: kunnan päätös 4.9.2025"), a sentence whose
    predicate is the attachment word ("Hakemuksen liitteinä ovat …", "Liitteenä on …"), or any line
    under a heading that lists them ("Hakemuksen liitteet"): its dates are those of the documents."""
    words = load("timing")["attachment_words"]
    s_i = reading.owner[block]
    section = reading.sections[s_i] if s_i is not None else None
    heading = reading.analyses[section.heading_block].tokens if section is not None and section.level else []
    first = [t for t in tokens if t.pos != "PUNCT"][:1]
    predicate = [t for t in tokens if t.dep == "ROOT"]
    return any(any_phrase(part, words, parts=False) is not None for part in (first, predicate, heading))


def delivers_report(tokens) -> bool:
    """The project's own report as what the main clause is about ("Loppuselvitys lähetetään
    rahoittajalle helmikuussa 2027"), not a report mentioned on the way ("seminaari, jossa
    loppuraportin tulokset esitellään", which is an activity)."""
    reports = load("timing")["reports"]
    return any(
        t.dep in ("nsubj", "nsubj:pass", "obj") and 0 <= t.head < len(tokens) and tokens[t.head].dep == "ROOT" and any_phrase([t], reports, parts=False)
        for t in tokens
    )


def _column_label(reading: Reading, block: int) -> bool:
    """A table cell that holds nothing but a time ("Q1/2026", "2027", "syksy 2025") labels a column
    of a schedule or budget table in its first row, or a row of figures; the activity, if any, is
    in the cells it labels. Below the first row, in a row whose other cells name something
    ("Kesäkiertue | 6–8/2027", "Q3/2026 | Rekrytointi"), it is the time of what they name."""
    cell = reading.document.blocks[block]
    return _only_time(cell.text) and (cell.kind is BlockKind.table_cell) and not _row_names(reading, block)


def _only_time(text: str) -> bool:
    """Whether a text is nothing but times: no letters outside its time expressions."""
    expressions = find_time_expressions(text)
    rest = text
    for expression in expressions:
        rest = rest.replace(expression.text, " ")
    return bool(expressions) and not any(ch.isalpha() for ch in rest)


def _row_names(reading: Reading, block: int) -> list[int]:
    """The cells that name what a time cell below a table's first row dates: the other cells of
    its row with words in them, not times themselves (empty when the cell is not such a time)."""
    cell = reading.document.blocks[block]
    if cell.kind is not BlockKind.table_cell or cell.table is None or not cell.row or not _only_time(cell.text):
        return []
    row = reading.document.tables[cell.table].block_ids[cell.row]
    others = dict.fromkeys(b for b in row if b != block)  # a merged cell stands at each position it covers
    return [b for b in others if any(ch.isalpha() for ch in reading.document.blocks[b].text) and not _only_time(reading.document.blocks[b].text)]


def _document_date(reading: Reading, block: int, tokens) -> bool:
    """A paragraph with a date and no verb outside the parts that plan work is the document's own
    date, version or signature, or a list of documents ("Luonnos 3.3.2025", "Helsingissä 12.5.2025",
    "Liitteet: tilinpäätös 2024; pöytäkirjaote 19.5.2025"): it plans nothing."""
    kind = reading.document.blocks[block].kind
    if kind is not BlockKind.paragraph or reading.keys_at(block) & set(load("timing")["activity_sections"]):
        return False
    return not any(t.pos in ("VERB", "AUX") for t in tokens)


def _dates_document(tokens: list[Token], expression: TimeExpression) -> bool:
    """A date written straight after a document it dates ("(tarjous 14.1.2026)", "päätös 3.2.2025
    § 12") is that document's date, and one after a reference value ("lähtötaso 1/2025") is the
    time the measure is compared with: neither is when the work the sentence plans is done."""
    base = tokens[0].idx if tokens else 0
    before = [t for t in tokens if t.pos != "PUNCT" and t.idx - base + len(t.text) <= expression.start_char]
    if not before:
        return False
    lexicon = load("timing")
    documents = [*lexicon["dated_documents"], *lexicon["reference_values"]]
    last = before[-1]  # a compound names a document when its last part does: "aiesopimus", not "päätösseminaari"
    return any_phrase([last], documents, parts=False) is not None or bool(last.parts) and last.parts[-1] in documents


def _dated_things(tokens: list[Token], expressions: list[TimeExpression]) -> set[int]:
    """The expressions that date a thing the sentence refers to, not its own work: a genitive
    before a noun that is not a time ("vertaamme vuoden 2024 tilastoihin syksyllä 2026", "kevään
    2025 kyselyn pohjalta") when another expression says when the work is done. Alone, such a
    genitive is the work's own time ("syksyn 2027 seminaarissa esitellään …")."""
    base = tokens[0].idx if tokens else 0
    time_nouns = set(load("timing")["time_nouns"])
    found = set()
    for n, expression in enumerate(expressions):
        first = next((t for t in tokens if t.idx - base == expression.start_char), None)
        if first is None or first.dep != "nmod:poss" or not 0 <= first.head < len(tokens):
            continue
        head = tokens[first.head]
        if head.pos == "NOUN" and head.idx - base >= expression.start_char + len(expression.text) and head.lemma not in time_nouns:
            found.add(n)
    return found if len(found) < len(expressions) else set()


def _history(reading: Reading, block: int, tokens, interval: Interval, period: PeriodFact | None) -> bool:
    """A past-tense sentence about the time before the project is background or preparation
    ("vuonna 2019 tehdyssä kartoituksessa todettiin …", "valmistelukokous pidettiin …"). A plan
    plans the future, so that holds in any of its parts; a final report tells the past, so there
    only outside the parts that report what was done."""
    if period is None or interval.end is None or interval.end >= period.start:
        return False
    if reading.doc_type == DocType.loppuraportti and reading.keys_at(block) & set(load("timing")["activity_sections"]):
        return False
    return _past(tokens)


def _preparation(expressions: list[TimeExpression], interval: Interval, period: PeriodFact | None) -> bool:
    """A date before the project in a sentence that sets its work at the application stage ("jo
    hakuvaiheessa: kuntien kanssa keväällä 2025 …", "hakemusta valmisteltaessa") dates that
    preparation, which comes before the project by definition, whatever tense the verbs have (a
    narrative present, or a past form the tagger misreads as present)."""
    if period is None or interval.end is None or interval.end >= period.start:
        return False
    return any(e.interval.anchor == "haku" for e in expressions)


def _continuation(reading: Reading, block: int, tokens, interval: Interval, period: PeriodFact | None) -> bool:
    """A date after the project's end where the document speaks of what continues after it is the
    continuation, not an activity late: in the parts on rooting, continuation and development ideas,
    as a state from that date on ("palvelu on vakinainen 1.1.2025 alkaen"), or where the sentence
    speaks of the work going on ("lautakunta päättää toiminnan jatkamisesta keväällä 2029"). A
    final report tells its work in the past tense, so a sentence of its without a past-tense verb
    dated after the end speaks of what follows ("yhdistys voi avata toisen toimipisteen 2027")."""
    if period is None or interval.start is None or period.end is None or interval.start <= period.end:
        return False
    lexicon = load("timing")
    return (
        bool(reading.keys_at(block) & set(lexicon["continuation_sections"]))
        or (reading.doc_type == DocType.loppuraportti and not _past(tokens))
        or any_phrase(tokens, lexicon["from_on_words"], parts=False) is not None
        or any_phrase(tokens, lexicon["continuation_words"]) is not None
    )


def _past(tokens) -> bool:
    """Whether a sentence has a verb in the past tense or a past participle."""
    return any(t.morph.get("Tense") == "Past" or t.morph.get("PartForm") == "Past" for t in tokens)


def dated_statements(reading: Reading, period: PeriodFact | None) -> list[DatedStatementFact]:
    facts = []
    if period is not None and not period.valid:
        facts.append(
            DatedStatementFact(
                text=period.text[:300],
                expression=period.text[:80],
                start=period.start,
                end=period.end,
                conflict=True,
                conflict_kind="reversed",
                location=period.location,
            )
        )
    conflicting: set[tuple] = set()  # one finding per activity date, however often it is mentioned
    years = _column_years(reading)
    read_cells: set[int] = set()
    for b, sentence, tokens in reading.sentences(reading.body_blocks()):
        if b in read_cells:
            continue
        if b in years:  # "heinä–elokuu" in the column headed "2028": the whole cell, read once
            read_cells.add(b)
            sentence, tokens = reading.document.blocks[b].text, reading.analyses[b].tokens
            expressions = find_time_expressions(f"{sentence} {years[b]}")
        else:
            expressions = find_time_expressions(sentence)
        if not expressions:
            continue
        planned = _is_activity(reading, b, tokens)
        things = _dated_things(tokens, expressions)
        for n, expression in enumerate(expressions):
            interval = expression.interval
            if period is not None and sentence == period.text:
                continue
            activity = (
                planned
                and n not in things
                and not _dates_document(tokens, expression)
                and not _history(reading, b, tokens, interval, period)
                and not _preparation(expressions, interval, period)
                and not _continuation(reading, b, tokens, interval, period)
            )
            conflict = activity and not _whole_years(interval) and _outside(_open_ended(sentence, expression), period)
            if conflict:
                conflict = (interval.start, interval.end) not in conflicting
                conflicting.add((interval.start, interval.end))
            facts.append(
                DatedStatementFact(
                    text=_with_row_names(reading, b, sentence)[:300],
                    expression=expression.text,
                    start=interval.start,
                    end=interval.end,
                    anchor=interval.anchor,
                    activity=activity,
                    conflict=conflict,
                    conflict_kind="outside" if conflict else "",
                    period_start=period.start if conflict and period else None,
                    period_end=period.end if conflict and period else None,
                    location=reading.location(b),
                )
            )
    return facts


def _with_row_names(reading: Reading, block: int, sentence: str) -> str:
    """A schedule row's time with what the row names ("Kesäkiertue: 6–8/2027"), so that a finding
    quotes the activity, not the bare time."""
    names = [reading.document.blocks[b].text for b in _row_names(reading, block)]
    return f"{' | '.join(names)}: {sentence}" if names else sentence


def _column_years(reading: Reading) -> dict[int, int]:
    """The year of each cell under a schedule column headed by one year alone ("2027"): a cell
    there that names months without a year ("touko–syyskuu") means those months of that year."""
    found: dict[int, int] = {}
    for table in reading.document.tables:
        for c, header in enumerate(table.rows[0] if table.rows else []):
            expressions = find_time_expressions(header)
            if len(expressions) != 1 or expressions[0].text.strip() != header.strip() or not _whole_years(expressions[0].interval):
                continue
            interval = expressions[0].interval
            if interval.start is None or interval.end is None or interval.start.year != interval.end.year:
                continue
            for r in range(1, len(table.rows)):
                if c < len(table.block_ids[r]) and table.rows[r][c].strip() and not find_time_expressions(table.rows[r][c]):
                    found[table.block_ids[r][c]] = interval.start.year
    return found


_NEXT_WORD = re.compile(r"\s*(\w+)")


def _open_ended(sentence: str, expression: TimeExpression) -> Interval:
    """The time a sentence gives from or until a date: "1.1.2025 alkaen" runs on from that day and
    "31.3.2026 asti" up to it (`timing.yaml`, `open_ended`), so a state or work that begins before
    the project and goes on (or goes on to a day after its end) overlaps the period."""
    interval = expression.interval
    following = _NEXT_WORD.match(sentence, expression.end_char)
    word = following[1].lower() if following else ""
    words = load("timing")["open_ended"]
    if word in words["from_on"]:
        return interval.model_copy(update={"end": date.max})
    if word in words["until"]:
        return interval.model_copy(update={"start": date.min})
    return interval


def _outside(interval: Interval, period: PeriodFact | None) -> bool:
    """Wholly outside the period; an interval that overlaps it is fine."""
    if period is None or not period.valid or interval.start is None or interval.end is None:
        return False
    return interval.end < period.start or interval.start > period.end
