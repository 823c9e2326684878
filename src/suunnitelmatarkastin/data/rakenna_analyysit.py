"""Rebuilds the word analyses shipped with the tool (`understand.seed`): after a lexicon is edited
(a test says when), and with `--yleiset` also the common words' file, after a pyvoikko upgrade.
The common words come partly from `wordfreq`, needed only here (`pip install -e .[rakennus]`);
a check never imports it.

    .venv/bin/python -m suunnitelmatarkastin.data.rakenna_analyysit [--yleiset]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ..understand import lemmas
from ..understand.seed import COMMON_FILE, LEXICON_FILE, path
from ..voikko import analyse

MODEL_WORDS = 30_000  # of the 75 000 forms with a probability: the rest add 3 % coverage and 4 MB
FREQUENT_WORDS = 200_000  # of wordfreq's 730 000 Finnish forms: see docs/nopeus.md for coverage and size
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, hyphens between them: no number, no clitic apostrophe


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


_PATTERN = re.compile(r"[\\\[\]{}|?*+^$<>]")


def lexicon_words() -> set[str]:
    """Every word written in a shipped lexicon or a profile's lexicon overlay, as `lexicon.phrase`
    asks about it (punctuation stripped; a hyphenated entry both whole and in parts)."""
    import yaml

    package = Path(str(resources.files("suunnitelmatarkastin")))
    words: set[str] = set()
    for file in [*(package / "data" / "lexicons").glob("*.yaml"), *(package / "profiles").glob("*/lexicons/*.yaml")]:
        for text in _strings(yaml.safe_load(file.read_text("utf-8"))):
            for word in re.split(r"[\s-]+", text) + text.split():
                word = word.strip(",.:;()")
                if word and not _PATTERN.search(word):  # a stem ("Innokyl*") or a regular expression is no word
                    words.add(word)
    return words


def warm_up_words() -> set[str]:
    """The words of the text each worker checks before its first document (`batch`)."""
    from ..understand import nlp
    from ..workers import WARM_UP_TEXT as _WARM_UP_TEXT

    return {token.text for token in nlp.pipeline().tokenizer(_WARM_UP_TEXT)}


def model_words(count: int = MODEL_WORDS) -> list[str]:
    """The model's most probable word forms, commonest first."""
    import spacy
    from spacy.lookups import Lookups

    from ..understand.nlp import MODEL

    model = spacy.util.get_package_path(MODEL)
    vocab = next(model.glob("*/vocab"))
    probabilities = Lookups().from_disk(vocab).get_table("lexeme_prob")
    strings = spacy.strings.StringStore().from_disk(vocab / "strings.json")
    ranked = sorted(probabilities.items(), key=lambda item: -item[1])
    return [strings[key] for key, _ in ranked if key in strings][:count]


def frequent_words(count: int = FREQUENT_WORDS) -> list[str]:
    """wordfreq's commonest Finnish word forms (lower-case, inflected as written), commonest first."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        raise SystemExit("Yleisten sanojen tiedosto tehdään wordfreq-paketin sanalistasta: asenna se komennolla pip install -e '.[rakennus]'") from None
    return [w for w in top_n_list("fi", count, wordlist="large") if _WORD.fullmatch(w)]


def _compact(parses: tuple[lemmas.Parse, ...]) -> str:
    """`lemmas.encode` without its spaces (the values a tenth smaller); `lemmas.decode` reads both."""
    return json.dumps(parses, ensure_ascii=False, separators=(",", ":"))


def common_entries(words: list[str]) -> Iterator[tuple[str, str, str | None]]:
    """(word, its analyses, its capitalised spelling's analyses where they differ) of each word
    pyvoikko knows in either spelling: an unknown word costs pyvoikko little (a lookup that fails
    at once), so it is not shipped."""
    for word in dict.fromkeys(words):
        parses = lemmas.analyse_word(word)
        capital = word.capitalize()
        # pyvoikko knows hardly any capitalised spelling, and one it does not know is the lower-case word's
        same = capital == word or (capital.lower() == word and not analyse(capital))
        capitalised = parses if same else lemmas.analyse_word(capital)
        if parses or capitalised:
            yield word, _compact(parses), None if capitalised == parses else _compact(capitalised)


def build_lexicon_file() -> int:
    """Write the analyses of the lexicons' and the warm-up's words; returns the number of words."""
    words = sorted(lexicon_words() | warm_up_words())
    analyses = {w: lemmas.encode(lemmas.analyse_word(w)) for w in words}
    text = json.dumps({"version": lemmas.version(), "analyses": analyses}, ensure_ascii=False, indent=0, sort_keys=True)
    path(LEXICON_FILE).write_text(text + "\n", encoding="utf-8")
    return len(words)


def build_common_file() -> int:
    """Write the analyses of the model's and wordfreq's commonest words; returns the number of entries."""
    target = path(COMMON_FILE)
    building = target.with_name(f"{target.name}.kesken")  # renamed into place when whole
    building.unlink(missing_ok=True)
    connection = sqlite3.connect(building)
    with connection:
        connection.execute("CREATE TABLE meta (version TEXT NOT NULL)")
        connection.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value TEXT NOT NULL, capital TEXT) WITHOUT ROWID")
        connection.execute("INSERT INTO meta VALUES (?)", (lemmas.version(),))
        connection.executemany("INSERT INTO entry VALUES (?, ?, ?)", common_entries(model_words() + frequent_words()))
    connection.execute("VACUUM")
    (count,) = connection.execute("SELECT count(*) FROM entry").fetchone()
    connection.close()
    building.replace(target)
    return count


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Kirjoittaa tarkastimen mukana tulevat sanojen analyysit uudelleen.")
    parser.add_argument("--yleiset", action="store_true", help="myös yleisten sanojen tiedosto (vain pyvoikon päivityksen jälkeen)")
    if parser.parse_args().yleiset:
        print(f"{build_common_file()} yleistä sanaa: {path(COMMON_FILE)}")
    print(f"{build_lexicon_file()} sanaston sanaa: {path(LEXICON_FILE)}")
