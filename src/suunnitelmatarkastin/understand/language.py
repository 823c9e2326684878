"""The language of a document, told by its function words: only Finnish is read (asiakirja.kieli).

A Swedish or English plan read with Finnish lexicons would give a list of findings that all mean
one thing: the checker cannot read it. The commonest function words of a language decide, which
needs no model and cannot be fooled by a Finnish document's English quotations or names.
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import Document
from .lexicon import load

_WORD = re.compile(r"[^\W\d_]+")


def document_language(document: Document) -> str:
    """"fi", or the code of the language the text is clearly written in instead."""
    lexicon = load("languages")
    words = Counter(w.lower() for block in document.blocks for w in _WORD.findall(block.text))
    if sum(words.values()) < lexicon["min_words"]:
        return "fi"
    counts = {code: sum(words[w] for w in set(spec["words"])) for code, spec in lexicon.items() if isinstance(spec, dict)}
    other = max((code for code in counts if code != "fi"), key=counts.__getitem__)
    return other if counts[other] > lexicon["ratio"] * max(counts["fi"], 1) else "fi"


def language_name(code: str) -> str:
    return load("languages")[code]["name"]


def foreign_title_type(document: Document, code: str) -> str | None:
    """The type a non-Finnish title names ("Slutrapport" → loppuraportti), if any."""
    titles = load("languages")[code].get("titles", {})
    for block in document.blocks[:3]:
        text = f" {block.text.lower()} "
        for words, doc_type in titles.items():
            if f" {words}" in text or words in text.split():
                return doc_type
    return None
