"""Grounding helpers: every record points back at ``input[start:end]``."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .records import Span


# where doc_text keeps the text in Doc.user_data
_TEXT_KEY = "newsfacts.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from every token at each access,
    which made span_of cost more than the layers calling it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from, for ``doc_text``: spaCy's tokenizer loses no
    character, so it is ``doc.text`` without the rebuild."""
    doc.user_data[_TEXT_KEY] = text


def span_of(doc: Doc, start: int, end: int) -> Span:
    """The record Span for characters ``start:end`` of the doc's text."""
    return Span(text=doc_text(doc)[start:end], start=start, end=end)


def span_from_spacy(span: SpacySpan) -> Span:
    return Span(text=span.text, start=span.start_char, end=span.end_char)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class _Ranged(Protocol):
    start: int
    end: int


R = TypeVar("R", bound=_Ranged)


def longest_first(candidates: Iterable[R], rank: Callable[[R], int] = lambda c: 0) -> list[R]:
    """The candidates that survive when longer ones (then lower ``rank``, then earlier ones)
    win every overlap, in text order: `January-November 2021` beats `November 2021`."""
    chosen: list[R] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), rank(c), c.start)):
        if not any(overlaps(c.start, c.end, o.start, o.end) for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
