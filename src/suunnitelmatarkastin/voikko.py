"""The one door into Voikko (pyvoikko): readers and the lemmatiser ask it, nobody imports pyvoikko.

pyvoikko loads its dictionary (most of a second) when imported, so it is imported on the first
question only; `understand.lemmas` keeps a persistent cache in front of it, so later runs on the
same machine usually never open this door at all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def analyse(word: str) -> list[Any]:
    """pyvoikko's analyses of one word, as pyvoikko gives them (empty for a word it does not know)."""
    from pyvoikko import analyse as voikko_analyse  # imported on the first question only

    return voikko_analyse(word)


@lru_cache(maxsize=4096)
def is_word(word: str) -> bool:
    """Whether Voikko knows the word (in lower case); a lone letter is an abbreviation to Voikko."""
    return len(word) > 1 and bool(analyse(word.lower()))
