"""Sentence boundaries the layout fixes before the parser runs.

Line starts are sentence starts, a bracket is never cut (`(1H 2023: RM73.23 billion)`
split after its colon left the figure without its label), and the stop of an abbreviated
honorific ends no sentence (`the Minister of Ghana, Hon. Kwabena Mensah`).

Crawled pages put the header, headline, byline, dateline and each paragraph on lines of
their own, and none of them ends with a full stop the parser could see: left alone, the
parser runs a headline into the first sentence below it (`Headline here` + `Russia-Kazakhstan
trade reached ...` parsed as one clause whose subject is the header's `date`). A line break
is therefore marked as a sentence start before the parser runs; the parser keeps preset
boundaries and places the others itself. The word after a line start is kept in its
sentence: given the first boundary, the parser would otherwise sometimes cut again one word
later (`Azerbaijan` | `and Belarus have discussed ...`), and no line starts with a sentence
of one word followed by more words on the same line.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from . import knowledge

_LINE_START_RE = re.compile(r"\n\s*(?=\S)")


# a bracket longer than this is rather a parenthetical sentence or an unclosed one
_MAX_BRACKET_TOKENS = 40


def mark_line_starts(doc: Doc, text: str) -> Doc:
    """Set ``is_sent_start`` on the first token of every line but the first."""
    for m in _LINE_START_RE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            after = span.start + 1
            if after < len(doc) and not doc[after].is_space and "\n" not in doc[span.start].whitespace_:
                doc[after].is_sent_start = False
    return doc


def keep_brackets_whole(doc: Doc) -> Doc:
    """No sentence starts inside a short bracket closed on the same line, nor at its `)`."""
    opened: list[int] = []
    for t in doc:
        if "\n" in t.text:
            opened = []
        elif t.text == "(":
            opened.append(t.i)
        elif t.text == ")" and opened:
            start = opened.pop()
            if t.i - start <= _MAX_BRACKET_TOKENS:
                for k in range(start + 1, t.i + 1):
                    if not doc[k].is_sent_start:
                        doc[k].is_sent_start = False
    return doc


def _abbreviated_honorifics() -> frozenset[str]:
    """`hon`, `engr`, `amb`...: the honorifics of the title data that are written with a stop."""
    words = knowledge.load("titles")["honorifics"]
    return frozenset(w.lower().rstrip(".") for w in words if w.endswith(".") and " " not in w)


def keep_honorifics_with_names(doc: Doc) -> Doc:
    """No sentence starts at the capitalised word after `Hon.`, `Engr.`, `Amb.`."""
    abbreviated = _abbreviated_honorifics()
    for t in doc[:-2]:
        stop = doc[t.i + 1]
        after = doc[t.i + 2]
        if t.lower_ in abbreviated and t.text[:1].isupper() and stop.text == "." and not t.whitespace_ and after.is_title \
                and not after.is_sent_start:
            stop.is_sent_start = False
            after.is_sent_start = False
    for t in doc[:-1]:
        # (`Dr.` kept whole by the tokenizer)
        after = doc[t.i + 1]
        if t.text.endswith(".") and t.text[:1].isupper() and t.lower_.rstrip(".") in abbreviated and after.is_title \
                and not after.is_sent_start:
            after.is_sent_start = False
    return doc
