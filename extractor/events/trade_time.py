"""Which period a figure is for: the entity layer's periods and dates, placed on the figure's clause."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from .trade_lexicon import lexicon


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    start_date: Optional[str]
    end_date: Optional[str]
    year: Optional[int]          # the year named, for targets `by 2030`
    is_period: bool
    precision: str = "period"    # period, year or month


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def date_range(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """`2021` -> the full year, `2024-07` -> the month; a day is no period for a statistic."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        if len(parts) == 2:
            month = int(parts[1])
            return f"{year:04d}-{month:02d}-01", _month_end(year, month)
    except ValueError:
        pass
    return None, None


def time_expressions(doc: Doc) -> list[TimeExpr]:
    """Periods, and dates of year or month precision, outside front matter, in text order."""
    front = doc._.front
    out: list[TimeExpr] = []
    for p in doc._.periods or []:
        if front is not None and front.is_metadata(p.start, p.end):
            continue
        year = int(p.end_date[:4]) if p.end_date else None
        out.append(TimeExpr(p.start, p.end, p.text, p.start_date, p.end_date, year, True))
    for d in doc._.dates or []:
        if front is not None and front.is_metadata(d.start, d.end):
            continue
        if any(t.start < d.end and d.start < t.end for t in out):
            continue               # a date inside a period: the period says more
        if d.value and len(d.value) > 7:
            continue               # a day
        start, end = date_range(d.value)
        year = int(d.value[:4]) if d.value else None
        precision = "month" if d.value and len(d.value) == 7 else "year"
        out.append(TimeExpr(d.start, d.end, d.text, start, end, year, False, precision))
    out.sort(key=lambda t: t.start)
    return out


def is_comparison_base(doc: Doc, t: TimeExpr) -> bool:
    """`compared to the same period last year`, `growth over the previous year`: not the figure's own period."""
    lex = lexicon()
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    before = [tok.lower_ for tok in doc[max(span.sent.start, span.start - 5):span.start]]
    if before and before[-1] in lex.comparison_over:
        if before[-1] == "from" and _after_change(before[:-1]):
            return True     # `rose 8 percent from 2021`: the year compared with
        return t.text.lower().startswith(lex.earlier_period_starts)
    # the first content word before it: `compared to 2017`, `than in 2022`, `as against ... in 2001-02`
    while before and before[-1] in ("with", "to", "the", "as", "a", "of", "in", "during", "for"):
        before.pop()
    return bool(before) and before[-1] in lex.comparison_cues


def _after_change(words: list[str]) -> bool:
    """The words just before end a change: `up 8 percent`, `rose 8%`, `declined`."""
    lex = lexicon()
    tail = words[-3:]
    return any(w in ("percent", "%", "cent", "percentage") or w in lex.change_sign for w in tail)


def is_anaphoric(text: str) -> bool:
    low = text.lower()
    return any(a in low for a in lexicon().anaphoric_periods)
