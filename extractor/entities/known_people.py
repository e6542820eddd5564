"""Public officials the article may name without saying whose they are (`President Xi Jinping`),
from ``data/known_people.json``: heads of state and government, foreign, trade and economy
ministers, central bank governors, 2000-2026.

Three uses: the country such a person represents when the text names none; their names
found in the text when the entity recogniser missed them (`Presidents Sadyr Japarov and
Shavkat Mirziyoyev`); and a surname alone that only one country's officials bear (`Erdogan,
Putin hold phone call`, a headline). What the text says always wins over the list.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import knowledge


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


_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[str, ...]]:
    """Each name of the list under its first word, longest first (looked up at that word's tokens:
    a regex of 4,700 names would cost a second to compile in every process)."""
    by_word: dict[str, list[str]] = {}
    for person in knowledge.load("known_people")["people"]:
        for name in [person["name"], *person["variants"]]:
            first = _FIRST_WORD_RE.match(name)
            if first:
                by_word.setdefault(first.group(), []).append(" ".join(name.split()))
    return {w: tuple(sorted(set(names), key=len, reverse=True)) for w, names in by_word.items()}


def known_names_in(doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Where ``doc`` names the list's officials: the character ranges of their full names, written
    exactly (case included), and the token indices of the surnames of ``known_surnames`` (one
    scan of the Doc's strings for both)."""
    from ..doc_index import tokens_where
    from ..spans import doc_text

    by_word, surnames = _names_by_first_word(), _surnames()
    text = doc_text(doc)
    names, lone = [], []
    for i in tokens_where(doc, lambda word: word in by_word or word in surnames):
        word = doc[i].text
        if word in surnames:
            lone.append(i)
        start = doc[i].idx
        for name in by_word.get(word, ()):
            end = start + len(name)
            if text.startswith(name, start) and not text[end:end + 1].isalnum():
                names.append((start, end))
                break
    return names, lone


# entity labels under which a capitalised word is no person (`Meta`, a company)
_NOT_PERSON = frozenset(("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"))
MIN_SURNAME = 4


def known_surnames() -> dict[str, str]:
    """Surname -> country, for the surnames the officials of one country alone bear."""
    return _surnames()


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """Surnames (last words of the list's names) that the officials of one country alone bear."""
    countries: dict[str, set[str]] = {}
    for person in knowledge.load("known_people")["people"]:
        for name in [person["name"], *person["variants"]]:
            countries.setdefault(name.split()[-1], set()).add(person["country"])
    return {s: next(iter(c)) for s, c in countries.items() if len(c) == 1 and len(s) >= MIN_SURNAME}


def lone_surname(tok, excluded: frozenset[str] = frozenset()) -> bool:
    """``tok`` is a known official's surname standing alone (`Tokayev:`), not part of a longer name,
    a company or a calendar word (``excluded``, lower case)."""
    # (the small model tags a name opening a headline as a noun or a place: `Tokayev:`, `Erdogan, Putin`)
    if tok.text not in _surnames() or tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in _NOT_PERSON \
            or tok.is_stop or tok.lower_ in excluded:
        return False
    doc = tok.doc
    neighbours = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    if any(n.text[:1].isupper() and n.is_alpha and n.pos_ == "PROPN" for n in neighbours):
        return False
    # where a person stands: who acts or is met (`Erdogan, Putin hold`, `met with Putin`, `Tokayev:`),
    # not `in English`
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (tok.dep_ in _PERSON_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in _PERSON_PREPS)
            or (nxt is not None and nxt.text in (":", "'s", "’s")))


_PERSON_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "conj", "appos", "poss", "agent", "attr", "npadvmod"))
_PERSON_PREPS = frozenset(("with", "by", "between", "and", "to", "from", "for", "of"))
