"""The cheap pre-check before phrase matching (`lexicon.may_match`) may skip an entry only when no
token could match it: otherwise a heading or a sentence would lose a match to a speed-up."""

from __future__ import annotations

import pytest

from suunnitelmatarkastin.understand.lexicon import (
    ANY_PART,
    find_phrase,
    match_forms,
    may_match,
    token_matches,
)
from suunnitelmatarkastin.understand.nlp import Token


def _token(text: str, lemma: str, parts: tuple[str, ...] = (), alternatives: tuple[str, ...] = ()) -> Token:
    return Token(text, lemma, parts, "NOUN", "obj", 0, {}, False, 0, alternatives)


TOKENS = [
    _token("Nuorisotyötä", "nuorisotyö", ("nuoriso", "työ")),
    _token("Innokylässä", "Innokylä"),
    _token("tuloksista", "tulos", alternatives=("tulo",)),
    _token("kehitetään", "kehittää"),
]
WORDS = [
    frozenset({"nuoriso+"}),  # a modifier: any part of a compound
    frozenset({"nuoriso"}),  # a plain part: only with ANY_PART
    frozenset({"työ"}),  # the compound's head
    frozenset({"innokyl*"}),  # a stem
    frozenset({"innokylä"}),  # a proper noun's lemma, compared without case
    frozenset({"tulo"}),  # another analysis of the word
    frozenset({"tuloksista"}),  # the written form
    frozenset({"kissa", "kissat"}),  # in no token
    frozenset({"kehittäminen"}),  # a near miss
]


@pytest.mark.parametrize("parts", [False, True, ANY_PART])
@pytest.mark.parametrize("word", WORDS, ids=lambda w: "/".join(sorted(w)))
def test_precheck_never_drops_a_match(word: frozenset[str], parts: bool | str) -> None:
    matched = any(token_matches(t, word, parts) for t in TOKENS)
    if matched:
        assert may_match(match_forms(TOKENS), word)
    if not may_match(match_forms(TOKENS), word):
        assert find_phrase(TOKENS, (word,), parts) is None


def test_precheck_skips_what_no_token_has() -> None:
    forms = match_forms(TOKENS)
    assert not may_match(forms, frozenset({"kissa", "kissat"}))
    assert not may_match(forms, frozenset({"kehittäminen"}))
    assert may_match(forms, frozenset({"nuoriso+"}))


def test_part_keys_add_the_compound_parts() -> None:
    token = TOKENS[0]
    assert token.part_keys == token.keys | {"nuoriso", "työ"}
    assert token_matches(token, frozenset({"nuoriso"}), parts=True) == 0  # a plain part is not the head
    assert token_matches(token, frozenset({"nuoriso"}), parts=ANY_PART) == 1
