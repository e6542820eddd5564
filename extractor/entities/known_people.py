"""Public officials the article may name without saying whose they are (`President Xi Jinping`),
from ``data/known_people.json``: heads of state and government, foreign, trade and economy
ministers, central bank governors, 2000-2026.

Two uses: the country such a person represents when the text names none, and their names
found in the text when the entity recogniser missed them (`Presidents Sadyr Japarov and
Shavkat Mirziyoyev`). What the text says always wins over the list.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import knowledge
from ..patterns import trie_pattern


def _fold(name: str) -> str:
    """Case, accents and spacing folded: `Recep Tayyip Erdoğan` ~ `recep tayyip erdogan`."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.replace("’", "'").casefold().split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    out: dict[str, str] = {}
    for person in knowledge.load("known_people")["people"]:
        for name in [person["name"], *person["variants"]]:
            out[_fold(name)] = person["country"]
    return out


def known_country(name: str) -> str | None:
    """The country of the official ``name`` is, when the list knows them."""
    return _countries().get(_fold(name))


@lru_cache(maxsize=1)
def _names_re() -> re.Pattern:
    names = set()
    for person in knowledge.load("known_people")["people"]:
        names.update([person["name"], *person["variants"]])
    return re.compile(r"(?<![\w\-])(?:" + trie_pattern(names, space=r"[ \u00a0]+") + r")(?![\w\-])")


def known_names_in(text: str) -> list[tuple[int, int]]:
    """Character ranges of the list's names, written exactly (case included), in ``text``."""
    return [(m.start(), m.end()) for m in _names_re().finditer(text)]
