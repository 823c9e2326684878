"""pyvoikko lemmas chosen by part of speech and morphology, as spacy-fi's Voikko lemmatizer does."""

from __future__ import annotations

import pytest

from suunnitelmatarkastin.understand.lemmas import lemmatize
from suunnitelmatarkastin.understand.nlp import analyse_texts


@pytest.mark.parametrize(
    ("word", "pos", "case", "number", "lemma"),
    [
        ("tausta", "NOUN", "Nom", "Sing", "tausta"),  # not "taus"
        ("TAUSTA", "NOUN", "Nom", "Sing", "tausta"),  # upper case gives nothing in pyvoikko
        ("Kohderyhmät", "NOUN", "Nom", "Plur", "kohderyhmä"),  # capitalised compound
        ("periaatteet", "NOUN", "Nom", "Plur", "periaate"),  # seam "peri=aate" removed
        ("Tavoitteiden", "NOUN", "Gen", "Plur", "tavoite"),
        ("vastaa", "VERB", None, "Sing", "vastata"),  # verb, not the noun "vasta"
        ("Seinäjoen", "PROPN", "Gen", "Sing", "Seinäjoki"),  # a place name keeps its capital
        ("hankkeen", "NOUN", "Gen", "Sing", "hanke"),
    ],
)
def test_lemma_by_pos_and_morphology(word, pos, case, number, lemma):
    assert lemmatize(word, pos, case, number).base == lemma


def test_compound_parts():
    lemma = lemmatize("riskienhallinta", "NOUN", "Nom", "Sing")
    assert lemma.parts == ("riski", "hallinta")
    assert lemmatize("Viestintäsuunnitelma", "NOUN", "Nom", "Sing").parts[0] == "viestintä"


def test_pipeline_lemmas_in_context():
    [analysis] = analyse_texts(["Seinäjoen kaupunki vastaa toiminnan vakiinnuttamisesta hankkeen päätyttyä."])
    lemmas = [t.lemma for t in analysis.tokens]
    assert lemmas[:3] == ["Seinäjoki", "kaupunki", "vastata"]
    assert "hanke" in lemmas
