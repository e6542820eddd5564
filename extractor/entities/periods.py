"""Expressions naming an interval longer than a day, with inclusive start and end days.

Recognised phrasings (each a rule below):

- month ranges: `Jan-Sept 2022`, `January-November` (year from publication),
  `from January through September`, `April 2002-February 2003`, `the July-October period`;
- day ranges: `July 18-20`, `18-20 July`, `from March 21 until July 22`;
- year ranges and fiscal years: `2022-2026`, `1910-45`, `2023-24`, `fiscal year 2022-23`,
  `FY24`, `last fiscal`, `2002-03 (April-February)`;
- parts of a year: `the first nine months of 2022`, `the ten months of 2022`,
  `the first quarter`, `Q3 2024`, `H1 2023`, `in H1`, `the first half of the year`,
  `the June quarter` (named by its last month), `January-April of this year`,
  `July-January of the current fiscal year`;
- open ranges: `since the beginning of the year` (to publication), `so far this year`;
- back references: `the same period last year`, `the corresponding period of 2020`
  (the period last named, moved to that year), `the previous quarter`,
  `the four-month period`, `the nine months`, `the same four months (of 2021)` (the last
  period of that length, else the period last named), `the fiscal year` (the fiscal year
  last named, else the current one);
- the Iranian calendar: `the first seven months of the current Iranian year`
  (converted to Gregorian days; the year starts on 21 March).

A text with no publication date takes the year its lead states (`Q2 2024`) for the
parts of a year it names later without one.

Fiscal years follow the country the sentence (else, when one country dominates, the
article; else a sentence just before) is about, from
``data/periods_fiscal_years.json``; a text that writes a fiscal year and names no
listed country gets the file's default (India, April-March). A bare year is a
date, not a period (see dates.py).
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Optional

from convertdate import persian
from spacy.language import Language
from spacy.tokens import Doc

from .. import knowledge
from ..records import Period
from ..spans import doc_text, longest_first
from .countries import place_country
from .dates import (DAY, MONTH, MONTH_KEY, NUMBER, YEAR, YEAR_KEY, add_months, month_number, number_value,
                    safe_date, tense_at, text_hits)
from .rule_scan import Anchor, Rule, RuleMatch, TextHits, scan_rules

_FISCAL = knowledge.load("periods_fiscal_years")
FISCAL_STARTS: dict[str, dict] = _FISCAL["countries"]
DEFAULT_FISCAL = _FISCAL["default"]
IRANIAN_YEAR_OFFSET: int = _FISCAL["iranian_year_offset"]

_NAME_RE = re.compile(r"\b(" + "|".join(sorted(
    (re.escape(n) for c in FISCAL_STARTS.values() for n in c["names"]), key=len, reverse=True)) + r")\b")
_NAME_CODE = {n: code for code, c in FISCAL_STARTS.items() for n in c["names"]}
# `the current Ethiopian fiscal year`: the adjective names whose fiscal calendar is meant
_OWN_FISCAL = r"(?:(?P<fc>" + _NAME_RE.pattern[3:-3] + r")\s+)?"

Range = tuple[date, date]


def _i(pattern: str) -> str:
    return f"(?i:{pattern})"


FYEAR = r"(?:1[89]\d\d|20\d\d)\s?[\-–/]\s?(?:\d{4}|\d{2})(?![\d%])"
_THIS_YEAR = _i(r"the year|this year|the current year|the current calendar year|the ongoing year|the present year")
_LAST_YEAR = _i(r"last year|the last year|the previous year|the preceding year|the past year|the prior year")
_IRAN_YEAR = _i(r"the (?:current |present |ongoing |(?P<iprev>last |previous |past ))?(?:Iranian|Persian|solar) (?:calendar |fiscal )?year")
_FISCAL_YEAR = _i(r"the (?:current |present |ongoing |this )?(?:fiscal|financial)(?: year)?|this (?:fiscal|financial)(?: year)?")
# `fiscal year (FY) 2022/2023`: the abbreviation a text introduces may stand between
_FISCAL_WORD = _i(r"fiscal year|financial year|fiscal|FY") + r"(?:\s*\(FY\))?"
_RANGE_SEP = r"\s*(?:[\-–—]|\s(?:" + _i("to|through|thru|till|until|and") + r")\s)\s*"
_OF_WHEN = (rf"(?P<y>{YEAR})|(?P<fy>{FYEAR})|(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|(?P<iran>{_IRAN_YEAR})"
            rf"|(?P<fiscal>{_FISCAL_YEAR})|{_FISCAL_WORD}\s*(?P<fy2>{FYEAR}|{YEAR})|FY\s?'?(?P<fyy>\d\d)(?![\d\-–])")
_WHEN_GROUPS = ("y", "fy", "this", "last", "iran", "fiscal", "fy2", "fyy")
_ORD = _i(r"first|second|third|fourth|1st|2nd|3rd|4th|final|last")

# words after which a bare `H2` is a half-year (lookbehinds need a fixed width: one each)
_H2_AFTER = "(?:" + "|".join(rf"(?<=\b{w} )" for w in ("in", "In", "of", "during", "for", "over")) + ")"

# --- anchors: a key word every match of a rule contains, where the rule runs (rule_scan.py)
_FISCAL_KEY = Anchor(folded=("fiscal", "financial"))
_FISCAL_YEAR_KEY = Anchor(exact="FY", folded=("fiscal", "financial"))
_MONTH_WORD_KEY = Anchor(folded=("month",))
_MONTHS_WORD_KEY = Anchor(folded=("months",))
_QUARTER_KEY = Anchor(folded=("quarter",))
_Q_KEY = Anchor(exact="Q[1-4]")
_HALF_KEY = Anchor(folded=("half",))
_H_KEY = Anchor(exact="H[12]")
_NH_KEY = Anchor(exact="[12]H")
_NQ_KEY = Anchor(exact="[1-4]Q")
_SINCE_KEY = Anchor(folded=("beginning", "start", "outset", "so far", "to date", "to-date"))
_SAME_KEY = Anchor(folded=("same", "corresponding", "comparable", "equivalent", "like", "similar", "year-ago",
                           "year-earlier", "year ago"))
_IRAN_KEY = Anchor(folded=("iranian", "persian", "solar"))

_RULES: list[Rule] = [
    # `2002-03 (April-February)`: a fiscal year, narrowed to some of its months
    Rule("fy_months", re.compile(rf"(?<![\w$.,])(?P<fy>{FYEAR})\s*\((?P<m1>{MONTH})\s*[\-–]\s*(?P<m2>{MONTH})\)"),
        YEAR_KEY, at="fy"),
    # `from March 21 until July 22`, `July 18-20`, `May 30-June 2, 2018`
    Rule("days_md", re.compile(
        rf"(?:\b(?P<pre>{_i('from|between')})\s+)?\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,\s*(?P<y1>{YEAR}))?{_RANGE_SEP}"
        rf"(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"), MONTH_KEY, at="m1"),
    # `18-20 July`, `30 May - 2 June 2018`
    Rule("days_dm", re.compile(
        rf"(?:\b(?P<pre>{_i('from|between')})\s+)?(?<![\d\-–])\b(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?)?{_RANGE_SEP}"
        rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"), MONTH_KEY, at="m2"),
    # `Jan-Sept 2022`, `April 2002-February 2003`, `January through April 2022`,
    # `the July-October period`, `April-February in 2001-02`, `July-January (2021-22)`
    Rule("months", re.compile(
        rf"(?:\b(?P<pre>{_i('from|between|in|during|for|over')})\s+)?(?:\b(?P<the>{_i('the')})\s+)?\b(?P<m1>{MONTH})"
        rf"(?:,?\s+(?P<y1>{YEAR}))?{_RANGE_SEP}(?P<m2>{MONTH})"
        rf"(?:\s+(?:of\s+|in\s+)?(?P<fy>{FYEAR})|\s*\(\s*(?P<fyb>{FYEAR})\s*\)"
        # `July-March FY24`, `July-December of FY2023-24`, `July-May of fiscal year 2024`
        rf"|\s+(?:of\s+|in\s+)?(?:the\s+)?{_FISCAL_WORD}\s*(?:(?P<fyl>{FYEAR})|'?(?P<fyn>{YEAR}|\d\d)(?![\d\-–]))"
        rf"|,?\s+(?:of\s+)?(?P<y2>{YEAR})"
        rf"|\s+{_i('of|in')}\s+(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|(?P<fiscal>{_FISCAL_YEAR}))"
        # `January-February this year`, `January-June last year`
        rf"|\s+(?P<this_bare>{_i('this year')})|\s+(?P<last_bare>{_i('last year')}))?"
        # `the January-June period of 2023`
        rf"(?:\s+(?P<per>{_i('period|quarter')})(?:\s+{_i('of|in')}\s+(?P<per_y>{YEAR}))?)?"), MONTH_KEY, at="m1", min_hits=2),
    # `2022-2026`, `1910-45`, `2023-24`, `fiscal year 2022-23`, `from 2015 to 2020`
    Rule("years", re.compile(
        rf"(?:\b(?P<pre>{_i('from|between')})\s+)?(?:\b(?P<the>{_i('the')})\s+)?(?<![\w$€£.,\-–/])(?:(?P<fis>{_FISCAL_WORD})\s*)?"
        rf"(?P<y1>{YEAR})(?:\s?(?P<sep>[\-–—/])\s?|\s(?:{_i('to|through|until|and')})\s)(?P<y2>{YEAR}|\d{{2}})(?![\d%\-–]|[.,]\d)"
        rf"(?:\s+(?P<fis2>{_i('fiscal year|financial year|fiscal')})\b)?"), YEAR_KEY, at="y1"),
    # `fiscal year 2024`, `FY24`, `fiscal 2023`
    Rule("fiscal_year", re.compile(
        rf"\b(?:{_i('fiscal year|financial year|fiscal')}\s+(?P<y>{YEAR})|FY\s?'?(?P<yy>\d{{4}}|\d{{2}})(?![\d\-–]))"),
        _FISCAL_YEAR_KEY),
    # `last fiscal`, `the current fiscal year`, `next financial year`
    Rule("fiscal_rel", re.compile(_i(
        r"\b(?P<rel>last|this|next|the current|current|the previous|the preceding|the last|the next|the coming|the ongoing)"
        r"\s+") + _OWN_FISCAL + r"(?i:fiscal|financial)(?i:\s+year)?\b"), _FISCAL_KEY),
    # `the first nine months of 2022`, `the ten months of 2022`, `the first 11 months of the current year`,
    # `the first seven months of the current Iranian year`, `the four-month period`
    Rule("n_months", re.compile(
        rf"\b(?:{_i('the')}\s+)?(?:(?P<first>{_i('first|initial|opening')})\s+)?(?P<n>{_i(NUMBER)})[\s\-]"
        rf"{_i('months?')}(?:\s+(?P<per>{_i('period')}))?(?:\s+{_i('of|in')}\s+(?:{_OF_WHEN})"
        rf"|\s+{_i('to|through|ending|ending in|ended|ended in|until')}\s+(?P<endm>{MONTH})(?:,?\s+(?P<endy>{YEAR}))?)?"),
        _MONTH_WORD_KEY),
    # `the year to June 2024`, `the year ending June`, `the 12 months through March`: twelve months
    # closing with that month
    Rule("year_to", re.compile(
        rf"\b{_i('the')}\s+(?:{_i('year|12-month period|twelve-month period')})\s+"
        rf"{_i('to|through|ending|ending in|ended|ended in|until|till')}\s+(?P<endm>{MONTH})(?:,?\s+(?P<endy>{YEAR}))?"),
        Anchor(folded=("year", "12-month", "twelve-month"))),
    # `the same four months`, `the nine months`: a period of that length named before
    Rule("n_months_back", re.compile(
        rf"\b{_i('the')}\s+(?:(?P<same>{_i('same|corresponding')})\s+)?(?P<n>{_i(NUMBER)})\s+{_i('months')}\b"
        rf"(?:\s+(?:{_i('of|in')}\s+)?(?P<y>{YEAR})|\s+(?P<ago>{_i('a year (?:earlier|ago|before)|(?:of )?last year|of the previous year|of the preceding year')})"
        rf"|(?!\s+(?:{_i('of|in|to|through|ending|ended|until|since|after|before|ago|later|earlier|period')})\b))"),
        _MONTHS_WORD_KEY),
    # `the fiscal year`, `the financial year`: the fiscal year named last, else the current one;
    # `the fiscal year through March 2024`, `the financial year ended June 30, 2023`: the one ending then
    Rule("fiscal_the", re.compile(_i(r"\bthe\s+(?:(?:same|corresponding)\s+)?") + _OWN_FISCAL + _i(r"(?:fiscal|financial)\s+year\b") + rf"(?:\s+{_i('through|thru|to|ending|ended|that ended|which ended|ending in|ended in|that ended in|until')}"
                                  rf"\s+(?P<em>{MONTH})(?:(?:\s+\d{{1,2}})?,?\s+(?P<ey>{YEAR}))?)?"), _FISCAL_KEY),
    # `the period under review`, `the quarter under review`: the period just named
    Rule("review", re.compile(_i(r"\bthe\s+(?:period|quarter|month|months|year|half|half-year)\s+under\s+"
                                 r"(?:review|consideration)\b")),
         Anchor(folded=("review", "consideration"))),
    # `the March quarter`, `the June quarter`: a quarter named by its last month
    Rule("month_quarter", re.compile(
        rf"\b(?:{_i('the')}\s+)?(?P<qm>{_i('March|June|September|December')})(?:\s+(?P<y>{YEAR}))?\s+{_i('quarter')}\b"),
        _QUARTER_KEY),
    # `the third quarter of 2024`, `the first quarter`, `the final quarter of last year`
    Rule("quarter", re.compile(
        rf"\b(?:{_i('the')}\s+)?(?P<ord>{_ORD})\s+{_i('quarter')}(?:\s+{_i('of|in')}\s+(?:{_OF_WHEN}))?"),
        _QUARTER_KEY),
    # `Q3`, `Q1 2023`, `Q2'24`
    Rule("q", re.compile(rf"\b(?P<q>Q[1-4])(?:\s*(?:of\s+)?(?P<y>{YEAR})|\s?'(?P<yy>\d\d))?\b"),
        _Q_KEY, at="q"),
    # `the first half of 2024`, `the second half of the year`, `H1 2023`
    Rule("half", re.compile(
        rf"\b(?:{_i('the')}\s+)?(?P<ord>{_i('first|second|1st|2nd')})\s+{_i('half')}(?:\s+{_i('of|in')}\s+(?:{_OF_WHEN}))?"),
        _HALF_KEY),
    # `H1 2023`, `in H1`; (`H2` alone is as often hydrogen as a half-year: it needs a year
    # or a preposition before it)
    Rule("h", re.compile(rf"\b(?P<h>H[12])(?:\s*(?P<y>{YEAR})|\s?'(?P<yy>\d\d))\b"
                     rf"|(?:" + _H2_AFTER + r"(?P<h2>H2)|\b(?P<h1>H1))(?![\w\-])"), _H_KEY),
    # `1H 2023`, `3Q24`: the number first, as Malaysian and Japanese business papers write it
    # (only with a year: `1H` alone is no period)
    Rule("nh", re.compile(rf"\b(?P<n>[12])H(?:\s*(?P<y>{YEAR})|(?P<yy>\d\d))\b"), _NH_KEY),
    Rule("nq", re.compile(rf"\b(?P<n>[1-4])Q(?:\s*(?P<y>{YEAR})|(?P<yy>\d\d))\b"), _NQ_KEY),
    # `the previous quarter`, `the preceding quarter`, `last quarter`, `this quarter`
    Rule("quarter_rel", re.compile(_i(
        r"\b(?P<rel>the previous|the preceding|the prior|previous|preceding|last|this|the current|current|next|the next)"
        r"\s+quarter\b(?!\s+of)")), _QUARTER_KEY),
    # `fell 12 percent in the quarter`: the quarter just named
    Rule("the_quarter", re.compile("(?:" + "|".join(rf"(?<=\b{w} )" for w in ("in", "In", "during", "over", "for"))
                                   + ")" + _i(r"the\s+quarter\b(?!\s+(?:of|to|ending|ended|under))")),
         _QUARTER_KEY),
    # `since the beginning of the year`, `since the start of 2019`, `so far this year`
    # (`since June 2005` is a date: the day something began)
    Rule("since", re.compile(
        rf"\b{_i('since|from')}\s+(?:{_i('the')}\s+)?{_i('beginning|start|outset')}\s+of\s+(?:{_OF_WHEN})"
        rf"|\b{_i('so far this year|so far in the year|this year so far|year to date|year-to-date')}"),
        _SINCE_KEY),
    # `the same period last year`, `the corresponding period of 2020`, `the same period a year ago`,
    # `the year-ago period`
    Rule("same", re.compile(
        rf"\b(?:{_i('the')}\s+)?{_i('same|corresponding|comparable|equivalent|like|similar|year-ago|year-earlier|year ago')}\s+"
        rf"{_i('period|months?|quarter|time')}"
        rf"(?:\s+(?:{_i('of|in|during')}\s+)?(?:(?P<y>{YEAR})|(?:{_FISCAL_WORD}\s*)?(?P<fy>{FYEAR})|FY\s?'?(?P<fyy>\d\d)(?![\d\-–])"
        rf"|(?P<ago>{_i('a year (?:earlier|ago|before)|the year before|the previous year|the preceding year|the prior year|(?:of )?last year|of the previous year|of the preceding year|of the last year|(?:of )?(?:the )?(?:previous|last|preceding) (?:Iranian|Persian|solar) year|(?:of )?(?:the )?(?:last|previous) fiscal(?: year)?')})))?"),
        _SAME_KEY),
    # `the current Iranian year`, `the Iranian year 1401`
    Rule("iran_year", re.compile(rf"\b(?P<iran>{_IRAN_YEAR})(?:\s+\(?(?P<iy>1[34]\d\d))?"), _IRAN_KEY),
]
_PRIORITY = {rule.name: i for i, rule in enumerate(_RULES)}


# --- context ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Fiscal:
    """A fiscal calendar: first month and day, and the year `FY2024` names."""
    month: int = 1
    day: int = 1
    named_by: str = "end"

    def year_of(self, day: date) -> int:
        """The start year of the fiscal year holding ``day``."""
        return day.year if (day.month, day.day) >= (self.month, self.day) else day.year - 1

    def span(self, start_year: int) -> Range:
        """The fiscal year starting in ``start_year``."""
        start = date(start_year, self.month, self.day)
        y, m = add_months(start_year, self.month, 12)
        return start, date(y, m, self.day) - timedelta(days=1)

    def start_year_of_name(self, year: int) -> int:
        """`FY2024` -> the year it starts in."""
        if self.month == 1 and self.day == 1:
            return year
        return year - 1 if self.named_by == "end" else year


CALENDAR = Fiscal()


def fiscal_of(code: Optional[str]) -> Fiscal:
    """The fiscal calendar of a country (calendar year when not listed)."""
    entry = FISCAL_STARTS.get((code or "").upper())
    if not entry:
        return CALENDAR
    return Fiscal(entry["start"][0], entry["start"][1], entry["named_by"])


@dataclass
class _Context:
    anchor: Optional[date]
    fiscal: Fiscal = field(default_factory=lambda: fiscal_of(DEFAULT_FISCAL))
    reference: Optional[Range] = None   # the period the text last named
    tense: Optional[str] = None
    history: tuple[Range, ...] = ()     # every period named so far, oldest first
    fiscal_reference: Optional[Range] = None   # the fiscal year named last
    year_hint: Optional[int] = None     # a year the text states, for an undated article
    fiscal_named: bool = True           # the fiscal calendar is a country's of the text, not the default


# --- calendar helpers -------------------------------------------------------------------

def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m1: int, n: int) -> Range:
    """``n`` whole months starting with month ``m1`` of year ``y``."""
    ey, em = add_months(y, m1, n - 1)
    return date(y, m1, 1), month_end(ey, em)


def shift_years(r: Range, years: int) -> Range:
    """``r`` moved by whole years; a month's last day stays its last day (Feb 29 -> 28)."""
    def move(d: date, is_end: bool) -> date:
        y = d.year + years
        last = calendar.monthrange(y, d.month)[1]
        if is_end and d.day == calendar.monthrange(d.year, d.month)[1]:
            return date(y, d.month, last)
        return date(y, d.month, min(d.day, last))
    return move(r[0], False), move(r[1], True)


NOWRUZ: dict[str, str] = _FISCAL["nowruz"]
# the days of the Solar Hijri months 1-11 (the 12th has what is left to the next Nowruz)
_IRANIAN_MONTH_DAYS = (31,) * 6 + (30,) * 5


@lru_cache(maxsize=None)   # outside the table, an astronomical computation (pymeeus): a few ms
def iranian_month_start(gregorian_year: int, month: int) -> date:
    """The first day of month ``month`` (1-12; 13 is the next year's first) of the Iranian
    year that begins in ``gregorian_year``. The Solar Hijri calendar is astronomical (its
    year starts on 20 or 21 March): its first days are a table convertdate computed
    (``data/periods_fiscal_years.json``), and convertdate itself outside it."""
    if month > 12:
        gregorian_year, month = gregorian_year + 1, month - 12
    known = NOWRUZ.get(str(gregorian_year))
    if known is None:
        return date(*persian.to_gregorian(gregorian_year - IRANIAN_YEAR_OFFSET, month, 1))
    nowruz = date(gregorian_year, int(known[:2]), int(known[3:]))
    return nowruz + timedelta(days=sum(_IRANIAN_MONTH_DAYS[:month - 1]))


def iranian_year_start(gregorian_year: int) -> date:
    """Nowruz of the Iranian year that begins in ``gregorian_year``."""
    return iranian_month_start(gregorian_year, 1)


def iranian_months(start: date, n: int) -> Range:
    """The first ``n`` months of the Iranian year starting on ``start``."""
    return start, iranian_month_start(start.year, n + 1) - timedelta(days=1)


def _full_year(y1: int, y2_text: str) -> int:
    if len(y2_text) == 4:
        return int(y2_text)
    y2 = y1 // 100 * 100 + int(y2_text)
    return y2 + 100 if y2 < y1 else y2


def _fy_start_year(text: str) -> int:
    """`2001-02` -> 2001."""
    return int(re.match(r"\d{4}", text).group())


def _year_now(ctx: _Context, start_month: int = 1, start_day: int = 1) -> Optional[int]:
    """The year of a part of a year the text names without one (`the first quarter`):
    the publication year when that part has begun by publication, else the year before;
    a planned event keeps the publication year."""
    a = ctx.anchor
    if a is None:
        return ctx.year_hint   # an undated text that stated a year (`Q2 2024`) keeps it
    if ctx.tense == "future" or (start_month, start_day) <= (a.month, a.day):
        return a.year
    return a.year - 1


def _when_year(g: dict, ctx: _Context) -> tuple[Optional[int], Optional[str]]:
    """(year, kind) of an `of ...` phrase: kind is "year", "fiscal", "iran", or None when absent."""
    a = ctx.anchor
    if g.get("y"):
        return int(g["y"]), "year"
    if g.get("fy") or g.get("fy2"):
        raw = g.get("fy") or g.get("fy2")
        if re.fullmatch(r"\d{4}", raw):
            return ctx.fiscal.start_year_of_name(int(raw)), "fiscal"
        return _fy_start_year(raw), "fiscal"
    if g.get("fyy"):
        return ctx.fiscal.start_year_of_name(2000 + int(g["fyy"])), "fiscal"
    if g.get("this"):
        return (a.year if a else None), "year"
    if g.get("last"):
        return (a.year - 1 if a else None), "year"
    if g.get("iran"):
        if a is None:
            return None, "iran"
        y = a.year if a >= iranian_year_start(a.year) else a.year - 1
        return y - (1 if g.get("iprev") else 0), "iran"
    if g.get("fiscal"):
        return (ctx.fiscal.year_of(a) if a else None), "fiscal"
    return None, None


# --- rules: each returns (start, end) or None -------------------------------------------

def _r_fy_months(g, ctx):
    return _months_in_fiscal(month_number(g["m1"]), month_number(g["m2"]), _fy_start_year(g["fy"]), ctx.fiscal)


def _months_in_fiscal(m1: int, m2: int, fy_start: int, fiscal: Fiscal) -> Range:
    fm = fiscal.month if fiscal != CALENDAR else 4
    if (m1 - fm) % 12 > (m2 - fm) % 12:
        # `April-January 2023-24` cannot run backwards within a July-June year: the months say the
        # fiscal year begins no later than the first of them (April-March here)
        fm = m1
    y1 = fy_start if m1 >= fm else fy_start + 1
    y2 = fy_start if m2 >= fm else fy_start + 1
    return date(y1, m1, 1), month_end(y2, m2)


def _r_days(g, ctx):
    m1 = month_number(g["m1"] or g["m2"])
    m2 = month_number(g["m2"]) if g.get("m2") else m1
    d1, d2 = int(re.match(r"\d+", g["d1"]).group()), int(re.match(r"\d+", g["d2"]).group())
    if g.get("y"):
        y2 = int(g["y"])
    else:
        if ctx.anchor is None:
            return None
        a = ctx.anchor
        y2 = a.year
        first = (m1, d1)
        if ctx.tense == "past" and first > (a.month, a.day):
            y2 -= 1
        elif ctx.tense == "future" and (m2, d2) < (a.month, a.day):
            y2 += 1
    if g.get("y1"):
        y1 = int(g["y1"])
        y2 = int(g["y"]) if g.get("y") else y1 + (1 if (m1, d1) > (m2, d2) else 0)
    else:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    s, e = safe_date(y1, m1, d1), safe_date(y2, m2, d2)
    return (s, e) if s and e and s < e else None


def _r_months(g, ctx):
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    sep = g.get("pre") or ""
    if g["m1"] == g["m2"]:
        return None
    if g.get("fy") or g.get("fyb") or g.get("fyl"):
        return _months_in_fiscal(m1, m2, _fy_start_year(g.get("fy") or g.get("fyb") or g["fyl"]), ctx.fiscal)
    if g.get("fyn"):
        named = int(g["fyn"]) if len(g["fyn"]) == 4 else 2000 + int(g["fyn"])
        return _months_in_fiscal(m1, m2, ctx.fiscal.start_year_of_name(named), ctx.fiscal)
    g = {**g, "this": g.get("this") or g.get("this_bare"), "last": g.get("last") or g.get("last_bare"),
         "y2": g.get("y2") or g.get("per_y")}
    if g.get("this") or g.get("last") or g.get("fiscal"):
        year, kind = _when_year({k: g.get(k) for k in ("this", "last", "fiscal")}, ctx)
        if year is None:
            return None
        if kind == "fiscal":
            return _months_in_fiscal(m1, m2, year, ctx.fiscal)
        g = {**g, "y2": str(year)}
    if g.get("y2"):
        y2 = int(g["y2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
    elif g.get("y1"):
        return None   # `May 2005 and June`: not a range
    else:
        y1 = _year_now(ctx, m1)
        if y1 is None:
            return None
        y2 = y1 if m1 <= m2 else y1 + 1
        # figures are reported for months that are over: `January-September` said in February is last year's
        if ctx.anchor and month_end(y2, m2) > ctx.anchor and ctx.tense != "future" \
                and (m1 > m2 or y2 == ctx.anchor.year and m2 > ctx.anchor.month):
            y1, y2 = y1 - 1, y2 - 1
    if (y1, m1) >= (y2, m2):
        return None
    del sep
    return date(y1, m1, 1), month_end(y2, m2)


def _r_years(g, ctx):
    y1 = int(g["y1"])
    y2 = _full_year(y1, g["y2"])
    if y2 <= y1 or y2 - y1 > 100:
        return None
    consecutive = y2 == y1 + 1
    fiscal = ctx.fiscal
    # `2023/24`, `2023/2024`, `fiscal 2023-24`: in a country whose year starts in another month, its fiscal year
    if consecutive and (g.get("fis") or g.get("fis2") or len(g["y2"]) == 2 or g.get("sep") == "/" and ctx.fiscal_named) \
            and fiscal != CALENDAR:
        return fiscal.span(y1)[0], fiscal.span(y2 - 1)[1]
    return date(y1, 1, 1), date(y2, 12, 31)


def _r_fiscal_year(g, ctx):
    raw = g.get("y") or g.get("yy")
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    return ctx.fiscal.span(ctx.fiscal.start_year_of_name(year))


_REL_OFFSET = {"last": -1, "the last": -1, "the previous": -1, "the preceding": -1, "previous": -1,
               "preceding": -1, "the prior": -1, "this": 0, "the current": 0, "current": 0,
               "the ongoing": 0, "next": 1, "the next": 1, "the coming": 1}


def _r_fiscal_rel(g, ctx):
    rel = " ".join(g["rel"].lower().split())
    if rel in ("the previous", "the preceding") and ctx.fiscal_reference:
        # `in 2022-23, from $3.79 billion in the previous fiscal`: the one before the fiscal year named
        # (in that year's own calendar, whatever country the sentence also names)
        return shift_years(ctx.fiscal_reference, -1)
    if ctx.anchor is None:
        return None
    fiscal = fiscal_of(_NAME_CODE[g["fc"]]) if g.get("fc") else ctx.fiscal
    return fiscal.span(fiscal.year_of(ctx.anchor) + _REL_OFFSET[rel])


def _r_n_months(g, ctx):
    n = number_value(g["n"])
    if not n or n > 12:
        return None
    if g.get("endm"):
        # `the nine months to September`: n months closing with that month
        em = month_number(g["endm"])
        ey = int(g["endy"]) if g.get("endy") else _year_now(ctx, em)
        if ey is None:
            return None
        sy, sm = add_months(ey, em, 1 - n)
        return date(sy, sm, 1), month_end(ey, em)
    year, kind = _when_year(g, ctx)
    if kind is None:
        if g.get("per") and not g.get("first"):
            # `the four-month period`: the last period of that length, else the one just named
            same_length = [r for r in ctx.history if _months_in(r) == n]
            return same_length[-1] if same_length else ctx.reference
        if not g.get("first"):
            return None                    # `11 months`: a duration
        year = _year_now(ctx)
        kind = "year"
        a = ctx.anchor
        if a is not None and year == a.year and n > a.month and ctx.tense != "future":
            # `the first seven months` said in February: not this calendar year's (not over yet), but
            # the current fiscal year's where it starts in July, else last year's
            if ctx.fiscal_named and ctx.fiscal != CALENDAR and _months(ctx.fiscal.year_of(a), ctx.fiscal.month, n)[1] <= a:
                year, kind = ctx.fiscal.year_of(a), "fiscal"
            else:
                year -= 1
    if year is None:
        return None
    if kind == "iran":
        return iranian_months(iranian_year_start(year), n)
    if kind == "fiscal":
        start = ctx.fiscal.span(year)[0]
        ey, em = add_months(start.year, start.month, n)
        return start, date(ey, em, start.day) - timedelta(days=1)
    return _months(year, 1, n)


_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4, "last": 4}


def _part(g, ctx, index: int, size: int) -> Optional[Range]:
    """Part ``index`` (1-based) of ``size`` months of the year the match names or implies."""
    year, kind = _when_year(g, ctx)
    first_month = 1 + (index - 1) * size
    if kind is None:
        year = _year_now(ctx, first_month)
        kind = "year"
    if year is None:
        return None
    if kind == "fiscal":
        start = ctx.fiscal.span(year)[0]
        sy, sm = add_months(start.year, start.month, (index - 1) * size)
        ey, em = add_months(sy, sm, size)
        s = date(sy, sm, start.day)
        return s, date(ey, em, start.day) - timedelta(days=1)
    if kind == "iran":
        return (iranian_month_start(year, (index - 1) * size + 1),
                iranian_month_start(year, index * size + 1) - timedelta(days=1))
    return _months(year, first_month, size)


def _r_quarter(g, ctx):
    ordinal = g["ord"].lower()
    if ordinal == "last" and not any(g.get(k) for k in _WHEN_GROUPS):
        return _relative_quarter(-1, ctx)   # `in the last quarter`: the one before publication
    return _part(g, ctx, _ORDINAL[ordinal], 3)


def _r_q(g, ctx):
    y = int(g["y"]) if g.get("y") else (2000 + int(g["yy"]) if g.get("yy") else None)
    index = int(g["q"][1])
    return _part({"y": str(y)} if y else {}, ctx, index, 3)


def _r_half(g, ctx):
    return _part(g, ctx, _ORDINAL[g["ord"].lower()], 6)


def _r_h(g, ctx):
    y = int(g["y"]) if g.get("y") else (2000 + int(g["yy"]) if g.get("yy") else None)
    half = g.get("h") or g.get("h1") or g.get("h2")
    return _part({"y": str(y)} if y else {}, ctx, int(half[1]), 6)


def _r_number_first(size: int):
    """`1H 2023` (size 6), `3Q24` (size 3)."""
    def resolve(g, ctx):
        y = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
        return _part({"y": str(y)}, ctx, int(g["n"]), size)
    return resolve


def _months_in(r: Range) -> int:
    """Months ``r`` spans: whole calendar months, else (Iranian months, `March 20-August 21`)
    its days in average months, when that comes out whole."""
    whole = _months_long(r)
    if whole:
        return whole
    days = (r[1] - r[0]).days + 1
    n = round(days / 30.44)
    return n if n and abs(days - n * 30.44) <= 3 else 0


def _months_long(r: Range) -> int:
    """Whole calendar months ``r`` spans (0 when it does not run from a 1st to a month end)."""
    if r[0].day != 1 or r[1] != month_end(r[1].year, r[1].month):
        return 0
    return (r[1].year - r[0].year) * 12 + r[1].month - r[0].month + 1


def _r_n_months_back(g, ctx):
    n = number_value(g["n"])
    if not n or n > 12:
        return None
    base = next((r for r in reversed(ctx.history) if _months_in(r) == n), None)
    if base is None and g.get("same"):
        # `the same four months` with none of four before: the year's first four months,
        # when they are over by publication
        year = _year_now(ctx)
        base = _months(year, 1, n) if year else None
        if base and ctx.anchor and base[1] > ctx.anchor and not (g.get("y") or g.get("ago")):
            return None
    if base is None:
        return None
    if g.get("y"):      # `the same four months of 2021`: moved to that year
        return shift_years(base, int(g["y"]) - base[0].year)
    if g.get("ago"):    # `the same four months last year`
        return shift_years(base, -1)
    return base


def _r_fiscal_the(g, ctx):
    if g.get("em"):
        # `the fiscal year through June`: the twelve months to that month, its last passed one
        # when no year is written
        em = month_number(g["em"])
        ey = int(g["ey"]) if g.get("ey") else _year_now(ctx, em)
        return _year_ending(month_end(ey, em)) if ey else None
    if ctx.fiscal_reference:
        return ctx.fiscal_reference
    if ctx.anchor is None:
        return None
    fiscal = fiscal_of(_NAME_CODE[g["fc"]]) if g.get("fc") else ctx.fiscal
    return fiscal.span(fiscal.year_of(ctx.anchor))


def _year_ending(end: date) -> Range:
    """The twelve months ending on ``end`` (a month's last day)."""
    y, m = add_months(end.year, end.month, -11)
    return date(y, m, 1), end


def _r_year_to(g, ctx):
    em = month_number(g["endm"])
    ey = int(g["endy"]) if g.get("endy") else _year_now(ctx, em)
    return _year_ending(month_end(ey, em)) if ey else None


def _r_review(g, ctx):
    return ctx.reference


def _r_month_quarter(g, ctx):
    last = month_number(g["qm"])
    first = last - 2
    year = int(g["y"]) if g.get("y") else _year_now(ctx, first)
    return _months(year, first, 3) if year else None


def _relative_quarter(offset: int, ctx: _Context, base: Optional[date] = None) -> Optional[Range]:
    base = base or ctx.anchor
    if base is None:
        return None
    y, m = add_months(base.year, (base.month - 1) // 3 * 3 + 1, 3 * offset)
    return _months(y, m, 3)


def _is_quarter(r: Range) -> bool:
    return r[0].day == 1 and r[0].month in (1, 4, 7, 10) and r[1] == _months(r[0].year, r[0].month, 3)[1]


def _r_quarter_rel(g, ctx):
    rel = " ".join(g["rel"].lower().split())
    offset = _REL_OFFSET[rel]
    if offset == -1 and rel != "last" and ctx.reference and _is_quarter(ctx.reference):
        return _relative_quarter(-1, ctx, ctx.reference[0])   # the quarter before the one just named
    return _relative_quarter(offset, ctx)


def _r_the_quarter(g, ctx):
    return ctx.reference if ctx.reference and _is_quarter(ctx.reference) else None


def _r_since(g, ctx):
    a = ctx.anchor
    if a is None:
        return None
    year, kind = _when_year(g, ctx)
    if kind is None:
        year, kind = a.year, "year"
    if kind == "fiscal":
        start = ctx.fiscal.span(year)[0]
    elif kind == "iran":
        start = iranian_year_start(year)
    else:
        start = date(year, 1, 1)
    return (start, a) if start <= a else None


def _r_same(g, ctx):
    ref = ctx.reference
    if ref is None:
        return None
    if g.get("y"):
        return shift_years(ref, int(g["y"]) - ref[0].year)
    if g.get("fy"):
        return shift_years(ref, _fy_start_year(g["fy"]) - ctx.fiscal.year_of(ref[0]))
    if g.get("fyy"):
        # `the same period of FY23`: those months of that fiscal year
        return shift_years(ref, ctx.fiscal.start_year_of_name(2000 + int(g["fyy"])) - ctx.fiscal.year_of(ref[0]))
    if g.get("ago") or g.get("compared"):
        return _year_before(ref)        # `compared with the same period`: a year before
    return ref                          # `imports fell during the same period`: the period just named


def _year_before(ref: Range) -> Range:
    """The same span a year earlier; one that starts at an Iranian new year keeps its Iranian
    months (`the first seven months of 1403` -> of 1402), whose Gregorian days move."""
    if ref[0] == iranian_year_start(ref[0].year):
        start = iranian_year_start(ref[0].year - 1)
        return start, start + (ref[1] - ref[0])
    return shift_years(ref, -1)


def _r_iran_year(g, ctx):
    if g.get("iy"):
        start = iranian_year_start(int(g["iy"]) + IRANIAN_YEAR_OFFSET)
    else:
        year, _ = _when_year({"iran": g["iran"], "iprev": g.get("iprev")}, ctx)
        if year is None:
            return None
        start = iranian_year_start(year)
    return start, iranian_year_start(start.year + 1) - timedelta(days=1)


_RESOLVERS: dict[str, Callable[[dict, _Context], Optional[Range]]] = {
    "fy_months": _r_fy_months, "days_md": _r_days, "days_dm": _r_days, "months": _r_months,
    "years": _r_years, "fiscal_year": _r_fiscal_year, "fiscal_rel": _r_fiscal_rel, "n_months": _r_n_months,
    "quarter": _r_quarter, "q": _r_q, "half": _r_half, "h": _r_h, "nh": _r_number_first(6), "nq": _r_number_first(3), "quarter_rel": _r_quarter_rel, "the_quarter": _r_the_quarter,
    "since": _r_since, "same": _r_same, "iran_year": _r_iran_year,
    "n_months_back": _r_n_months_back, "fiscal_the": _r_fiscal_the, "month_quarter": _r_month_quarter,
    "review": _r_review, "year_to": _r_year_to,
}
# rules whose year depends on whether the text reports or plans (`could weigh on revenue in the second half`)
_TENSED_RULES = frozenset({"days_md", "days_dm", "months", "half", "h", "quarter", "q", "n_months"})
# rules whose period refers back to another: they never become the reference themselves
_BACK_REFERENCES = frozenset({"same", "quarter_rel", "the_quarter", "n_months_back", "fiscal_the", "review"})
# rules that name a whole fiscal year: `the fiscal year` later points back to them
_FISCAL_RULES = frozenset({"fiscal_year", "fiscal_rel", "fiscal_the"})


# --- spans ------------------------------------------------------------------------------

def _span(c: RuleMatch) -> tuple[int, int]:
    """The mention's characters: a leading `in`/`during` or a `the` without `period` stays out."""
    g = c.match.groupdict()
    start = c.start
    if c.rule == "months":
        m = c.match
        # `from` / `between` belong to a range said in words (`from March to July`), not to
        # one written with a dash (`grew from the January-June period of 2023`)
        dashed = not re.search(r"[A-Za-z]", m.string[m.end("y1") if g.get("y1") else m.end("m1"):m.start("m2")])
        if g.get("pre") and (g["pre"].lower() in ("in", "during", "for", "over") or dashed):
            start = c.match.start("the") if g.get("the") and g.get("per") else c.match.start("m1")
        elif g.get("the") and not g.get("per") and not g.get("pre"):
            start = c.match.start("m1")
    if c.rule == "years" and g.get("the") and not g.get("fis2"):
        start = c.match.start("fis") if g.get("fis") else c.match.start("y1")
    return start, c.end


def _valid(c: RuleMatch) -> bool:
    g = c.match.groupdict()
    if c.rule == "same" and re.search(r"time\Z", c.match.group(), re.I):
        return False   # `at the same time` is no period; `the same time last year` is
    if c.rule == "n_months":
        # `six months` is a duration; `the first six months`, `the ten months of 2022`,
        # `the four-month period` name a period
        return bool(g.get("first") or g.get("per") or g.get("endm") or any(g.get(k) for k in _WHEN_GROUPS))
    sep = c.match.group()
    if c.rule in ("months", "days_md", "days_dm", "years") and re.search(r"\sand\s", sep, re.I):
        # `X and Y` is a range only after `between`
        return bool(g.get("pre")) and g["pre"].lower() == "between"
    if c.rule in ("months", "days_md", "days_dm", "years") and re.search(r"\s(?:to|until|till|through|thru)\s", sep, re.I):
        return True
    return True


def _candidates(text: str, hits: Optional[TextHits] = None) -> list[RuleMatch]:
    found: list[RuleMatch] = []
    for c in scan_rules(text, _RULES, hits):
        if _valid(c):
            c.start, c.end = _span(c)
            found.append(c)
    return longest_first(found, lambda c: _PRIORITY[c.rule])


# --- fiscal country ---------------------------------------------------------------------

def _country_mentions(doc: Doc) -> list[tuple[int, str]]:
    """(offset, alpha-2) of every country mention, from the countries layer or, when it
    found none, from the names in the fiscal-year file."""
    out = [(s.start, c.code) for c in (doc._.countries or []) for s in c.mentions]
    if not out:
        out = [(m.start(), _NAME_CODE[m.group(1)]) for m in _NAME_RE.finditer(doc_text(doc))]
    out.sort()
    return out


_FISCAL_LOOKBACK = 3   # sentences


def _fiscal_counts(doc: Doc, mentions: list[tuple[int, str]]) -> dict[str, int]:
    """How often the article names each country that keeps a fiscal year, other than as a trade
    partner (`exports to Japan` names Japan as the partner of the article's own country)."""
    counts: dict[str, int] = {}
    for pos, code in mentions:
        if code in FISCAL_STARTS and _word_role(doc, pos) != "partner":
            counts[code] = counts.get(code, 0) + 1
    return counts


def _fiscal_for(doc: Doc, start: int, mentions: list[tuple[int, str]], sentences: list[tuple[int, int]],
                counts: dict[str, int]) -> Optional[Fiscal]:
    """The fiscal calendar for a mention: that of the country its sentence is about (one that keeps
    a non-calendar fiscal year and is not only a trade partner, `to Australia`, `from the US`;
    the article's most named first), else the article's most mentioned such country, else the default.
    ``counts``: ``_fiscal_counts`` of the article."""
    i = bisect.bisect_right([s for s, _ in sentences], start) - 1
    ranked = sorted(counts, key=lambda k: (counts[k], k == DEFAULT_FISCAL), reverse=True)
    lo, hi = sentences[i] if i >= 0 else (0, len(doc_text(doc)))
    own = _sentence_fiscal_country(doc, mentions, lo, hi, counts)
    if own:
        return fiscal_of(own)
    # the country of the dateline, when the article names it (`DHAKA -` ... `exports stood at $55.56
    # billion in FY23`): its own reports' fiscal years need no name
    home = _dateline_country(doc)
    if home in counts:
        return fiscal_of(home)
    # an article clearly about one such country keeps its calendar over a passing
    # mention of another in a nearby sentence
    if ranked and (len(ranked) == 1 or counts[ranked[0]] >= _DOMINANCE * counts[ranked[1]]):
        return fiscal_of(ranked[0])
    # else that of the nearest sentence before naming one
    for j in range(i - 1, max(-1, i - _FISCAL_LOOKBACK - 1), -1):
        code = _sentence_fiscal_country(doc, mentions, *(sentences[j] if j >= 0 else (0, len(doc_text(doc)))),
                                        counts)
        if code:
            return fiscal_of(code)
    if ranked:
        return fiscal_of(ranked[0])
    return None     # no listed country: the caller falls back on the default


_DOMINANCE = 2   # times the mentions of the runner-up that make a country the article's own


def _dateline_country(doc: Doc) -> Optional[str]:
    front = doc._.front
    return place_country(front.dateline_place) if front is not None and front.dateline_place else None


_PARTNER_PREPS = frozenset({"to", "from", "with", "into"})


def _sentence_fiscal_country(doc: Doc, mentions: list[tuple[int, str]], lo: int, hi: int,
                             counts: dict[str, int]) -> Optional[str]:
    """The country of the sentence whose fiscal year its periods are in: of those that keep one,
    not a partner after `to`/`from`/`with` when another is named, the one the article names most."""
    found = [(pos, code) for pos, code in mentions if lo <= pos < hi and code in FISCAL_STARTS]
    if not found:
        return None
    roles = [(_word_role(doc, pos), code) for pos, code in found]
    if any(role == "between" for role, _ in roles):
        return next(code for role, code in roles if role == "between")   # `between India and Australia`
    owners = [code for role, code in roles if role != "partner"]
    if not owners:
        return None     # only a partner (`imports from Australia`): the article's country decides
    return max(owners, key=lambda code: counts.get(code, 0))   # a tie keeps the first named


def _word_role(doc: Doc, pos: int) -> Optional[str]:
    """"partner" for the object of a direction preposition (`imports from Australia`), "between" for
    the first of `between A and B`, else None."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "amod") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "between":
        return "between"
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return "partner" if tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPS else None


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence ranges, also cut at line breaks (headlines and captions run into the text)."""
    text = doc_text(doc)
    bounds = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
    out = []
    for lo, hi in bounds:
        for line in _LINE_RE.finditer(text, lo, hi):
            out.append((line.start(), line.end()))
    return out or [(0, len(text))]


_LINE_RE = re.compile(r"[^\n]+")


# --- finding ----------------------------------------------------------------------------

def find_periods(doc: Doc) -> list[Period]:
    """The period mentions of ``doc`` in text order, metadata excluded."""
    text = doc_text(doc)
    front = doc._.front
    anchor = front.published if front is not None else None
    found = [c for c in _candidates(text, text_hits(doc))
             if not (front is not None and front.is_metadata(c.start, c.end))]
    if not found:
        return []
    mentions = _country_mentions(doc)
    sentences = _sentences(doc)
    out: list[Period] = []
    reference: Optional[Range] = None
    fiscal_reference: Optional[Range] = None
    history: list[Range] = []
    stated_year = _stated_year(text) if anchor is None else None
    sentence_starts = [lo for lo, _ in sentences]
    reference_sentence, reference_end = -1, 0
    fiscal_counts: Optional[dict[str, int]] = None
    for c in found:
        if fiscal_counts is None:
            fiscal_counts = _fiscal_counts(doc, mentions)
        fiscal = _fiscal_for(doc, c.start, mentions, sentences, fiscal_counts)
        ctx = _Context(anchor, fiscal or fiscal_of(DEFAULT_FISCAL), reference,
                       tense_at(doc, c.start, c.end) if c.rule in _TENSED_RULES else None,
                       tuple(history), fiscal_reference,
                       stated_year, fiscal_named=fiscal is not None)
        groups = c.match.groupdict()
        if c.rule == "same":
            groups["compared"] = bool(_COMPARED_RE.search(text, max(0, c.start - 40), c.start))
        r = _RESOLVERS[c.rule](groups, ctx)
        if r is None and c.rule in ("n_months_back", "review", "the_quarter"):
            continue   # `the 11 months (April-February)`, `the period under review`: nothing named before
        out.append(Period(text=text[c.start:c.end], start=c.start, end=c.end,
                          start_date=r[0].isoformat() if r else None, end_date=r[1].isoformat() if r else None))
        sentence = bisect.bisect_right(sentence_starts, c.start)
        # `$35.6 billion in FY2022/23, compared with $36.1 billion in FY2021/22`: the base compared
        # with is no period a later `the same period` points to
        base = (sentence == reference_sentence and _COMPARISON_RE.search(text, reference_end, c.start)) \
            or bool(_COMPARED_RE.search(text, max(0, c.start - 40), c.start)) \
            or _bracket_label(text, c.start, c.end)   # `(January-July 2023: $104.2 million)`
        # (`the commission met on November 20-21`: a few days are an event's, not a span of figures)
        # (`the fiscal year through June` names its year: no back reference)
        back = c.rule in _BACK_REFERENCES and not (c.rule == "fiscal_the" and groups.get("em"))
        if r and not back and not base and (r[1] - r[0]).days >= _SHORTEST_REFERENCE_DAYS:
            reference = r
            reference_sentence, reference_end = sentence, c.end
            history.append(r)
            if c.rule in _FISCAL_RULES or _is_fiscal_year_span(c, r, ctx.fiscal):
                fiscal_reference = r
        elif r and back and not base:
            # `exports were N10.92 trillion in the quarter under review, up from N6.09 trillion in
            # the third quarter of 2022`: the period pointed back to is the sentence's own, so what
            # it is compared with is a base
            reference_sentence, reference_end = sentence, c.end
    return out


def _bracket_label(text: str, start: int, end: int) -> bool:
    """The period labels a comparison figure in brackets: `$127.9 million (January-July 2023: $104.2 million)`."""
    return text[max(0, start - 2):start].strip() == "(" and bool(re.match(r"\s*[:=]", text[end:end + 3]))


# a period shorter than this is the days of an event, never what `the same period` points back to
_SHORTEST_REFERENCE_DAYS = 6
# words before a period that make it the base of a comparison
_COMPARED_RE = re.compile(_i(r"\b(?:compared\s+(?:with|to)|comparison\s+(?:with|to)|than(?:\s+(?:in|during))?|against|versus"
                               r"|vs\.?|from)\s+\Z"))
# a comparison between a period and a later one in its sentence: the later one is the base
# (also `rose to $1.45bn in FY23 from $1.18bn in FY22`: the amount a rise started from)
_COMPARISON_RE = re.compile(_i(r"\b(?:compared|comparison|than|against|versus|vs)\b|\bfrom\s+(?:about\s+|around\s+)?\S{0,4}\d"))
_STATED_YEAR_RE = re.compile(r"\b" + YEAR)
# an undated article states the year it is about in its headline or lead, if anywhere;
# a year further down is as often a comparison (`up from the first quarter of 2021`)
_LEAD_LIMIT = 300


def _stated_year(text: str) -> Optional[int]:
    """The year an undated text is about: the first year its lead writes."""
    m = _STATED_YEAR_RE.search(text, 0, _LEAD_LIMIT)
    return int(m.group()[:4]) if m else None


def _is_fiscal_year_span(c: RuleMatch, r: Range, fiscal: Fiscal) -> bool:
    """A `2023-24` or `the 2021-22 fiscal year` read as one whole fiscal year."""
    return c.rule == "years" and fiscal != CALENDAR and r == fiscal.span(r[0].year)


@lru_cache(maxsize=4096)
def resolve_period(text: str, anchor: Optional[date], *, country: Optional[str] = None,
                   reference: Optional[Range] = None, future: bool = False) -> Optional[Range]:
    """(start, end) days of one period expression, or None.

    ``anchor`` is the publication date; ``country`` (alpha-2) picks the fiscal
    calendar (default: India-style); ``reference`` is the period a back reference
    (`the same period last year`) points to.
    """
    found = _candidates(text)
    if not found:
        return None
    best = max(found, key=lambda c: c.end - c.start)
    fiscal = fiscal_of(country) if country else fiscal_of(DEFAULT_FISCAL)
    ctx = _Context(anchor, fiscal, reference, "future" if future else "past")
    return _RESOLVERS[best.rule](best.match.groupdict(), ctx)


@Language.component("newsfacts_periods", assigns=["doc._.periods"])
def periods_component(doc: Doc) -> Doc:
    doc._.periods = find_periods(doc)
    return doc
