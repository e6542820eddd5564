"""Per-Doc lookups that several layers read, built once per Doc and kept in ``user_data``.

spaCy builds a fresh Python object at every access to ``doc.ents`` (a tuple of Spans) and
``doc[i]`` (a Token); a layer that walks the whole Doc to find a handful of words pays
for every token. These indexes are built from spaCy's attribute arrays in one pass, so
the layers can jump to the few positions they care about.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

_ENTS_KEY = "newsfacts_ents"


def entities(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, built once per Doc (no layer changes the entities)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def tokens_where(doc: Doc, test: Callable[[str], bool], attrs: Sequence[int] = (ORTH,)) -> list[int]:
    """Indices of the tokens for which ``test`` holds on the string of any of ``attrs``
    (spaCy attribute ids). Each distinct string of the Doc is tested once."""
    strings = doc.vocab.strings
    values = doc.to_array(list(attrs))
    hits = [h for h in np.unique(values).tolist() if test(strings[h])]
    found = np.isin(values, hits)
    if found.ndim == 2:
        found = found.any(axis=1)
    return np.flatnonzero(found).tolist()


def tokens_in(doc: Doc, words: Collection[str], attrs: Sequence[int] = (LOWER, LEMMA)) -> list[int]:
    """Indices of the tokens whose ``attrs`` (any of them), lowercased, is one of ``words``:
    with the default, the tokens whose word or lemma is in the list (`met` for `meet`)."""
    return tokens_where(doc, lambda s: s.lower() in words, attrs)
