"""Finnish language knowledge lives in `data/lexicons/*.yaml`, not in Python (issue 10).

A word list in code cannot be extended by a funder's rule pack (`lexicons/*.yaml` overlays) and
hides what the tool knows of Finnish. This test reads every string literal in `understand/` and
fails on one that contains a Finnish word. What counts as a Finnish word: a lower-case or
capitalised run of at least three letters that Voikko, the tool's own dictionary, recognises
("tavoite", "sekä", "olla", "Mitkä"); parts of regexes count too ("(?:osa|pää)?tavoite").

Not looked at: docstrings (they explain, with Finnish examples), messages of a `raise` or a
`print` (Finnish text for the user), file names ("sanat.sqlite3"), `timeexpr.py` (the time-expression grammar spells out its
forms by design) and the tables of Voikko's own tag names in `lemmas.py`. Everything else that
Voikko reads as Finnish must be in `ALLOWED` below with the reason it is not language knowledge.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from suunnitelmatarkastin.voikko import is_word

UNDERSTAND = Path(__file__).parents[1] / "src" / "suunnitelmatarkastin" / "understand"
SKIPPED_FILES = {"timeexpr.py"}  # the time-expression grammar: its Finnish forms are its rules
# Voikko's tag names ("nimisana", "omanto") in lemmas.py: the dictionary's API, not words of text.
TAG_TABLES = {("lemmas.py", "_CLASSES_FOR_POS"), ("lemmas.py", "_NAME_CLASSES"), ("lemmas.py", "_CASE_NAMES")}

# English identifiers, Universal Dependencies tags and SQL that Voikko also knows as Finnish words.
IDENTIFIERS = {"Person", "person", "Ade", "data", "version", "stop", "web", "mark", "main"}
_FILE_NAME = re.compile(r"[\w.-]+\.[a-z0-9]{2,7}")  # "voikko.kfst": a name, not a word

# String literals (an f-string with "{}" for each value) that contain Finnish words but are not
# language knowledge, by file, with the reason.
ALLOWED: dict[str, dict[str, str]] = {
    "__init__.py": {
        "annettu": "a value of DocumentFact.doc_type_source (the model's vocabulary)",
        "tunnistettu": "a value of DocumentFact.doc_type_source (the model's vocabulary)",
    },
    "lexicon.py": {"{}, kohta {}": "the place in a LexiconError's message"},
    "cache.py": {"pois": "the value of SUUNNITELMATARKASTIN_VALIMUISTI that switches the caches off"},
    "nlp.py": {"kappaleet": "the name of a cache store"},
    "lemmas.py": {"lemmat": "the name of a cache store"},
    "evaluation.py": {"haku": "an Interval.anchor name, defined by the time-expression grammar"},
    "timing.py": {"haku": "an Interval.anchor name, defined by the time-expression grammar"},
    "rooting.py": {
        "haku": "an Interval.anchor name, defined by the time-expression grammar",
        "alku": "an Interval.anchor name, defined by the time-expression grammar",
        "koko": "an Interval.anchor name, defined by the time-expression grammar",
    },
}

_LETTERS = re.compile(r"[A-Za-zÅÄÖåäö]+")


def finnish_words(text: str) -> list[str]:
    """The words of `text` that Voikko reads as Finnish (lower-case or capitalised, ≥ 3 letters)."""
    words = [w for w in _LETTERS.findall(text) if len(w) >= 3 and (w.islower() or (w[0].isupper() and w[1:].islower()))]
    return [w for w in words if w not in IDENTIFIERS and is_word(w)]


def _literal(node: ast.AST) -> str:
    """A string constant's text; an f-string's constant parts with "{}" for each value."""
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
    return node.value  # type: ignore[attr-defined]


def _unlooked(tree: ast.Module, name: str) -> set[int]:
    """The ids of nodes not to look into: docstrings, raise and print, Voikko's tag tables, and the
    parts of f-strings (the f-string is looked at whole)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                skipped.add(id(first.value))
        targets = [t.id for t in getattr(node, "targets", [getattr(node, "target", None)]) if isinstance(t, ast.Name)]
        printed = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
        if isinstance(node, ast.Raise) or printed or (isinstance(node, (ast.Assign, ast.AnnAssign)) and any((name, t) in TAG_TABLES for t in targets)):
            skipped.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(n) for n in ast.walk(node) if n is not node)
    return skipped


def finnish_literals(source: str, name: str) -> list[tuple[int, str, list[str]]]:
    """(line, literal, its Finnish words) for every literal of a module's source not allowed."""
    tree = ast.parse(source)
    skipped = _unlooked(tree, name)
    found = []
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))
        if not is_text or id(node) in skipped:
            continue
        text = _literal(node)
        words = finnish_words(text)
        if words and text not in ALLOWED.get(name, {}) and not _FILE_NAME.fullmatch(text):
            found.append((node.lineno, text, words))
    return found


def test_the_check_catches_finnish_words_in_code():
    """The heuristic finds the kinds of literal issue 10 moved out, and leaves code alone."""
    source = '''
import re
_LEAD = re.compile(r"^(?:(?:osa|pää)?tavoite\\s*(\\d{1,2}))", re.I)
def f(cell, tok):
    """Tavoite 1: a docstring may say anything."""
    if tok.lemma == "olla" and tok.morph.get("Case") == "Ess":
        return "tavoite " + cell
    raise ValueError(f"tavoite {cell} puuttuu")
'''
    found = {word for _, _, words in finnish_literals(source, "example.py") for word in words}
    assert {"tavoite", "olla", "osa", "pää"} <= found
    assert found.isdisjoint({"Case", "Ess", "puuttuu"})  # a tag, a tag, a raised message


def test_finnish_words_in_understand_are_in_the_lexicons():
    """No Finnish word literal in `understand/` outside the time-expression grammar: move it to
    `data/lexicons/*.yaml` and read it through `lexicon.part(name)`."""
    problems = []
    for path in sorted(UNDERSTAND.glob("*.py")):
        if path.name in SKIPPED_FILES:
            continue
        for line, text, words in finnish_literals(path.read_text(encoding="utf-8"), path.name):
            problems.append(f"{path.name}:{line}: {text!r} ({', '.join(words)})")
    assert not problems, "Finnish words in code; move them to data/lexicons/*.yaml:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_every_allowed_literal_is_still_there(name):
    """An exception that no longer matches a literal is removed from ALLOWED, so the list stays true."""
    tree = ast.parse((UNDERSTAND / name).read_text(encoding="utf-8"))
    literals = {_literal(n) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, str))}
    assert set(ALLOWED[name]) <= literals
