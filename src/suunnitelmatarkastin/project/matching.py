"""Matching by meaning across documents: which plan goal a passage of another document speaks of.

The single-document reading links a passage to a goal when they share content words (lemmas or
compound parts, `understand.content`); across documents the same goal is often written in other
words, so a word also matches another of the same derivational family, taken as a shared beginning
of `PREFIX` letters ("osallisuus" ~ "osallistuminen", "yksinäisyys" ~ "yksinäinen"). A passage
speaks of the goal that shares the most words with it, when no other goal shares as many and it
shares a word that goal alone has, and it shares at least two words (one, for a goal of one word).
Two compounds that share only a short last part name different things ("ohjausryhmä" and
"johtoryhmä": the first part says which group), so such a part alone is no shared word; a longer
one names a kind of its own ("vertaisliikuttaja" ~ "kotiliikuttaja"), and a shared first part
is a shared word ("yksinäisyyskysely" ~ "yksinäisyys"). Which parts are short tails is the
single-document reading's rule (`content.short_tails`).
"""

from __future__ import annotations

from ..understand.content import short_tails, whole_form
from .digest import Words

PREFIX = 7


class Forms(set):
    """A word set that also knows which of its forms are only the last part of a compound."""

    heads: frozenset[str] = frozenset()


def forms(words: Words) -> Forms:
    found = Forms(form for entry in words for form in entry)
    found.heads = frozenset(set().union(*(short_tails(e) for e in words)) - {whole_form(e) for e in words}) if words else frozenset()
    return found


def _prefixes(target: set[str]) -> set[str]:
    return {w[:PREFIX] for w in target if len(w) >= PREFIX}


def score(words: Words, target: set[str]) -> int:
    """How many of the passage's words speak of the target's words (a compound counts once)."""
    prefixes = _prefixes(target)
    heads = getattr(target, "heads", frozenset())
    hits = set()
    for entry in words:
        shared = {f for f in entry if f in target or (len(f) >= PREFIX and f[:PREFIX] in prefixes)}
        if shared and not shared <= (heads & short_tails(entry)):
            hits.add(frozenset(entry))
    return len(hits)


class GoalSet:
    """The plan's goals as word sets, with the words each one alone has."""

    def __init__(self, goals: list[Words]) -> None:
        self.sizes = [len(g) for g in goals]
        self.words = [forms(g) for g in goals]
        self.distinctive = []
        for i, own in enumerate(goals):
            others = set().union(*(w for j, w in enumerate(self.words) if j != i))
            self.distinctive.append(forms([entry for entry in own if score([entry], others) == 0]))

    def __len__(self) -> int:
        return len(self.words)

    def best(self, words: Words) -> int | None:
        """The index of the goal these words speak of, or None (no goal, or two alike)."""
        if not self.words or not words:
            return None
        shared = [score(words, target) for target in self.words]
        top = max(shared)
        index = shared.index(top)
        if top == 0 or shared.count(top) > 1 or top < min(2, self.sizes[index]):
            return None
        return index if score(words, self.distinctive[index]) else None

    def of_passage(self, words: Words, context: Words, anchor: Words | None = None) -> int | None:
        """A passage's goal by what opens its row or block (`anchor`: the goal it is written
        under), else by its own words, else with its heading, row and lead line."""
        for found in (self.best(anchor) if anchor else None, self.best(words)):
            if found is not None:
                return found
        return self.best(words + context)

    def nearest(self, index: int, candidates: list[tuple[Words, str]]) -> str | None:
        """The candidate text sharing most words with the goal (at least one), for the message."""
        scored = [(score(words, self.words[index]), text) for words, text in candidates]
        top = max(scored, default=(0, None), key=lambda pair: pair[0])
        return top[1] if top[0] else None
