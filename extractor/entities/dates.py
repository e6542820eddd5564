"""Calendar expressions of day, month or year granularity, resolved against the publication date.

A mention's ``value`` is ISO 8601 at the precision the text gives (``2022``,
``2022-05``, ``2022-06-01``). Partial and relative expressions (``June 1``,
``in May``, ``last year``, ``Friday``) are resolved against ``doc._.front.published``
with the rules of SPEC.md:

- a month or month/day without a year takes the publication year, the previous
  year when a past-tense event would land after publication, the next year when a
  planned (future-tense) event would land before it;
- a weekday is the latest such day on or before publication for a past event,
  the next one on or after it for a planned event;
- ``the previous year`` / ``that year`` count from the year the text last named.

Everything is regular expressions over the text plus the tense of the governing
verb from spaCy's parse: no per-mention parsing library calls. ``resolve_date``
is the same machinery for one phrase, for the other components.

Spans inside periods (``July 18-20``, ``January-November 2021``, ``2023-24``) and
metadata ranges are not dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import knowledge
from ..records import DateMention
from ..spans import doc_text, longest_first, overlaps
from .rule_scan import Anchor, Rule, RuleMatch, TextHits, scan_rules

_KB = knowledge.load("dates")
MONTHS: dict[str, int] = _KB["months"]
WEEKDAYS: dict[str, int] = _KB["weekdays"]
NUMBER_WORDS: dict[str, Optional[int]] = _KB["numbers"]
DAY_OFFSETS: dict[str, int] = _KB["day_offsets"]
RELATIVE_OFFSETS: dict[str, int] = _KB["relative_offsets"]
REFERENCE_OFFSETS: dict[str, int] = _KB["reference_offsets"]
HOLIDAYS: dict[str, dict] = _KB["holidays"]
MAY_PREPOSITIONS = frozenset(_KB["prepositions_before_may"])
NOT_YEAR_NOUNS = frozenset(_KB["not_year_nouns"])
APPROXIMATORS = frozenset(_KB["approximators"])

# --- building blocks (shared with periods.py) -------------------------------------------
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# capitalised month name or abbreviation (`Sept.`), never inside a longer word
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER = r"(?:\d{1,2}|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("several", "few")), key=len, reverse=True)) + ")"


def month_number(name: str) -> int:
    """`Sept.` -> 9, `January` -> 1."""
    return MONTHS[name.strip(" .").lower()[:3]]


def number_value(word: str) -> Optional[int]:
    """`11` -> 11, `nine` -> 9."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after (y, m)."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


# --- rules ------------------------------------------------------------------------------
_I = r"(?i:{})"  # a case-insensitive piece inside a case-sensitive pattern

# `... this year`, `... next year`, `... that year` after a month (and day)
_YEAR_WORD = r"\s+(?:of\s+)?(?P<rel>" + _I.format("this|last|next|that|the same|the following|the previous") + r")\s+" + \
    _I.format("year") + r"\b"

# --- anchors: a key word every match of a rule contains, where the rule runs (rule_scan.py)
# every month name and abbreviation starts with one of these (shared with periods.py)
MONTH_KEY = Anchor(exact=r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
YEAR_KEY = Anchor(exact=r"(?:1[89]|20)\d\d")
_WEEKDAY_KEY = Anchor(exact=WEEKDAY)
_HOLIDAY_KEY = Anchor(exact="|".join(re.escape(h) for h in HOLIDAYS))
_DAY_KEY = Anchor(folded=tuple(w.lower() for w in DAY_OFFSETS))
_AGO_KEY = Anchor(folded=("ago",))
_WEEK_KEY = Anchor(folded=("week",))
_EDGE_KEY = Anchor(folded=("end", "beginning", "start", "close"))
_REL_KEY = Anchor(folded=("year", "month"))

_RULES: list[Rule] = [
    # `Monday`, `last Friday`, `Thursday morning`, `Monday, Oct. 26`, `Friday, Oct. 23, 1998`
    Rule("weekday", re.compile(
        rf"\b(?:(?P<wmod>{_I.format('last|next|this|past|coming')})\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"
        rf"(?:,?\s+(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,\s*(?P<y>{YEAR}))?)?"), _WEEKDAY_KEY, at="wd"),
    # `June 11, 1993`, `Aug. 7, 1998`
    Rule("mdy", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"), MONTH_KEY, at="m"),
    # `11 June 1993`, `26th of April, 2017`
    Rule("dmy", re.compile(rf"(?<![\d\-–])\b(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})"),
        MONTH_KEY, at="m"),
    # `24.05.2023`, `24/05/2023` (day first, as the sources that write them do), `2023-05-24`
    Rule("numeric", re.compile(rf"(?<![\w.,/\-])(?:(?P<d>\d{{1,2}})(?P<sep>[./])(?P<mm>\d{{1,2}})(?P=sep)(?P<y>{YEAR})"
                           rf"|(?P<iy>{YEAR})-(?P<im>\d\d)-(?P<id>\d\d))(?![\w/\-]|[.,]\d)"), YEAR_KEY),
    # `June 2005`, `late November 1999`, `the end of June 2005`
    Rule("my", re.compile(
        rf"\b(?:(?P<mod>{_I.format('early|late|mid|the end of|the beginning of|the start of|the middle of')})[\s\-]+)?"
        rf"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})"), MONTH_KEY, at="m"),
    # `June 1`, `Aug. 7` (not a day range `July 18-20`)
    Rule("md", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})(?!\s*[\-–]\s*\d)(?:,?{_YEAR_WORD})?"),
        MONTH_KEY, at="m"),
    # `26 April`, `1st of June` (not the end of a day range `18-20 July`)
    Rule("dm", re.compile(rf"(?<![\d\-–])(?<![\d][\-–]\s)\b(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:,?{_YEAR_WORD})?"),
        MONTH_KEY, at="m"),
    # `May`, `in September`, `late November`, `last October`, `the end of May`
    Rule("month", re.compile(
        rf"\b(?:(?P<mod>{_I.format('early|late|mid|last|next|this|the end of|the beginning of|the start of|the middle of')})[\s\-]+)?"
        rf"(?P<m>{MONTH_FULL}|Sept\.?)(?![a-z])(?:{_YEAR_WORD})?"), MONTH_KEY, at="m"),
    # `Thanksgiving Day`, `last Christmas`, `Election Day`
    Rule("holiday", re.compile(
        rf"\b(?:(?P<wmod>{_I.format('last|next|this')})\s+)?"
        r"(?P<hol>" + "|".join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True)) + r")(?![\w'’])"),
        _HOLIDAY_KEY, at="hol"),
    # `today`, `yesterday`, `last night`, `tomorrow`, `tonight`
    Rule("day", re.compile(_I.format(r"\b(?P<rel>" + "|".join(sorted(DAY_OFFSETS, key=len, reverse=True)) + r")\b")),
        _DAY_KEY, at="rel"),
    # `two months ago`, `a year ago`, `11 days ago`
    Rule("ago", re.compile(_I.format(rf"\b(?P<n>{NUMBER})\s+(?P<unit>year|month|week|day)s?\s+ago\b")),
        _AGO_KEY),
    # `last week`, `this week`, `next week`: no day is named, so the month the week falls in
    # (a week is no ISO precision of the output; its month is the finest true value)
    Rule("week", re.compile(_I.format(r"\b(?:(?:earlier|later)\s+(?=this\b))?(?P<rel>this|last|next|the coming)\s+week\b(?![\-–])")),
        _WEEK_KEY),
    # `the end of 2022`, `the end of this year`, `the beginning of next year`
    Rule("edge", re.compile(_I.format(
        rf"\b(?:the\s+)?(?P<edge>end|beginning|start|close)\s+of\s+(?:(?P<rel>this|last|next|the current|the coming|the)\s+"
        rf"(?P<unit>year|month)|(?P<y>{YEAR}))")), _EDGE_KEY, at="edge"),
    # `this year`, `last month`, `the previous year`, `that year`
    Rule("rel", re.compile(_I.format(
        r"\b(?:(?:earlier|later)\s+(?=this\b))?"   # `earlier this month`: the side stays in the mention
        r"(?P<rel>the current|the coming|the previous|the preceding|the prior|the following|the next|the same|"
        r"this|current|last|next|that)\s+(?P<unit>year|month)\b(?![\-–])")), _REL_KEY, at="unit"),
    # `early 2023`, `mid-2023`, `post-1959`
    Rule("modyear", re.compile(_I.format(rf"\b(?P<mod>early|late|mid|post|pre|end)[\s\-](?P<y>{YEAR})(?![\w'’])")),
        YEAR_KEY, at="y"),
    # `2021`, `in 2021`
    # a year stands alone: after a space, a bracket or a quote, not glued to an id (`9417**2052`) or a sign
    Rule("year", re.compile(rf"(?<![^\s(\[{{\"'“‘«])(?P<y>{YEAR})(?![\w%]|[.,]\d|\s*[\-–/]\s*\d|'s)"),
        YEAR_KEY, at="y"),
]
_PRIORITY = {rule.name: i for i, rule in enumerate(_RULES)}
# the rules whose value depends on the tense of the clause (`_year_for`, `_weekday`,
# `_holiday`): the parse is walked for these only
_TENSED = frozenset({"weekday", "md", "dm", "month", "holiday"})

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "going", "must", "should", "could", "can",
                         "may", "might", "ca"})
_PAST_AUX = frozenset({"has", "have", "had", "did", "was", "were", "'ve", "'d"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
# a verb of intent makes the event it governs a planned one (`plan to hold talks on Monday`)
_INTENT = frozenset(_KB["intent_words"])
# ... and these also when they take the event as object (`scheduled a news conference Thursday`)
_PLAN = frozenset(_KB["plan_words"])
# `the upcoming visit ... in October`: the noun's own adjective places its event ahead
_UPCOMING = frozenset(_KB["upcoming_words"])
# `postponed until Tuesday`, `as early as Tuesday`: a time ahead
_FUTURE_BEFORE_RE = re.compile(
    r"(?:\buntil|\btill|\bas (?:early|soon) as|\bnext|\bupcoming|\bcoming|\bahead of)\s*\Z")


@dataclass
class _Context:
    anchor: Optional[date]
    tense: Optional[str] = None           # "past", "future" or None (unknown)
    reference_year: Optional[int] = None  # the year the text last named
    reference_month: Optional[tuple[int, int]] = None   # the month the text last named (`October 2023`)


def _candidates(text: str, hits: Optional[TextHits] = None) -> list[RuleMatch]:
    """Non-overlapping matches, longest first, then by rule priority, in text order
    (``hits``: what earlier scans found in the text, see `text_hits`)."""
    return longest_first(scan_rules(text, _RULES, hits), lambda c: _PRIORITY[c.rule])


def text_hits(doc: Doc) -> TextHits:
    """The anchor hits found in the doc's text so far: the dates and the periods rules
    scan the same text, and share anchors (months, years) and key words."""
    hits = doc.user_data.get(_TEXT_HITS_KEY)
    if hits is None:
        hits = doc.user_data[_TEXT_HITS_KEY] = TextHits(doc_text(doc))
    return hits


_TEXT_HITS_KEY = "newsfacts_text_hits"


# --- resolution -------------------------------------------------------------------------

_FUTURE_SLACK_DAYS = 31
_UNKNOWN_TENSE_AHEAD_MONTHS = 6


def _months_apart(anchor: date, month: int) -> int:
    """How many months ``month`` of the anchor's year lies after the anchor's month."""
    return month - anchor.month


def _year_for(month: int, day: Optional[int], ctx: _Context) -> Optional[int]:
    """The year of a month (and day) the text gives without one."""
    a = ctx.anchor
    if a is None:
        return None
    later = (month, day or 1) > (a.month, a.day if day else 1)
    earlier = (month, day or 1) < (a.month, a.day if day else 1)
    if ctx.tense == "past" and later:
        return a.year - 1
    if ctx.tense in (None, "present") and later and _months_apart(a, month) > _UNKNOWN_TENSE_AHEAD_MONTHS:
        # news rarely names a day half a year ahead without saying it is planned
        return a.year - 1
    if ctx.tense == "future" and earlier:
        # a planned day a few weeks before publication is a deadline reported late or a
        # misread tense, not next year's
        if day and (a - (safe_date(a.year, month, day) or a)).days <= _FUTURE_SLACK_DAYS:
            return a.year
        return a.year + 1
    return a.year


def _weekday(wd: int, ctx: _Context, mod: Optional[str]) -> Optional[date]:
    a = ctx.anchor
    if a is None:
        return None
    mod = (mod or "").lower()
    back = (a.weekday() - wd) % 7
    ahead = (wd - a.weekday()) % 7
    if mod in ("last", "past"):
        return a - timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return a + timedelta(days=ahead or 7)
    if ctx.tense in ("future", "present"):
        # a weekday with the present tense is a schedule (`the summit opens on Wednesday`)
        return a + timedelta(days=ahead)
    return a - timedelta(days=back)


def holiday_in(rule: dict, year: int) -> Optional[date]:
    """The day a holiday rule from dates.json falls on in ``year``."""
    if "day" in rule:
        return safe_date(year, rule["month"], rule["day"])
    m, wd, nth = rule["month"], rule["weekday"], rule["nth"]
    if nth < 0:
        last = date(year, m % 12 + 1, 1) - timedelta(days=1) if m < 12 else date(year, 12, 31)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    first = date(year, m, rule.get("from_day", 1))
    return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))


def _holiday(rule: dict, ctx: _Context, mod: Optional[str]) -> Optional[date]:
    a = ctx.anchor
    if a is None:
        return None
    mod = (mod or "").lower()
    this_year = holiday_in(rule, a.year)
    if mod == "last" or (mod != "next" and ctx.tense == "past"):
        return this_year if this_year < a or (this_year == a and mod != "last") else holiday_in(rule, a.year - 1)
    if mod == "next" or ctx.tense == "future":
        return this_year if this_year > a or (this_year == a and mod != "next") else holiday_in(rule, a.year + 1)
    return this_year


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _value(c: RuleMatch, ctx: _Context) -> Optional[str]:
    """The ISO value of one candidate, or None when it needs an anchor there is not."""
    g = c.match.groupdict()
    a = ctx.anchor
    rule = c.rule
    if rule in ("mdy", "dmy"):
        d = safe_date(int(g["y"]), month_number(g["m"]), int(re.match(r"\d+", g["d"]).group()))
        return d.isoformat() if d else None
    if rule == "numeric":
        if g.get("iy"):
            d = safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        else:
            day, month = int(g["d"]), int(g["mm"])
            if month > 12 >= day:   # `05/24/2023` can only be month first
                day, month = month, day
            d = safe_date(int(g["y"]), month, day)
        return d.isoformat() if d else None
    if rule == "my":
        return _iso_month(int(g["y"]), month_number(g["m"]))
    if rule in ("md", "dm"):
        m, d = month_number(g["m"]), int(re.match(r"\d+", g["d"]).group())
        y = _named_year(g["rel"], ctx) if g.get("rel") else _year_for(m, d, ctx)
        day = safe_date(y, m, d) if y else None
        return day.isoformat() if day else None
    if rule == "weekday":
        if g.get("m"):
            return _dated_weekday(g, ctx)
        day = _weekday(WEEKDAYS[g["wd"].lower()], ctx, g.get("wmod"))
        return day.isoformat() if day else None
    if rule == "month":
        m = month_number(g["m"])
        mod = (g.get("mod") or "").lower()
        if a is None:
            return None
        if mod == "last":
            return _iso_month(a.year if m < a.month else a.year - 1, m)
        if mod == "next":
            return _iso_month(a.year if m > a.month else a.year + 1, m)
        if mod == "this":
            return _iso_month(a.year, m)
        if g.get("rel"):   # `October this year`, `April next year`, `May that year`
            return _iso_month(_named_year(g["rel"], ctx), m)
        return _iso_month(_year_for(m, None, ctx), m)
    if rule == "holiday":
        day = _holiday(HOLIDAYS[g["hol"]], ctx, g.get("wmod"))
        return day.isoformat() if day else None
    if rule == "day":
        if a is None:
            return None
        return (a + timedelta(days=DAY_OFFSETS[" ".join(g["rel"].lower().split())])).isoformat()
    if rule == "ago":
        n = number_value(g["n"])
        if a is None or n is None:
            return None
        unit = g["unit"].lower()
        if unit == "year":
            return f"{a.year - n:04d}"
        if unit == "month":
            return _iso_month(*add_months(a.year, a.month, -n))
        if unit == "week":
            back = a - timedelta(days=7 * n)
            return _iso_month(back.year, back.month)
        return (a - timedelta(days=n)).isoformat()
    if rule == "week":
        if a is None:
            return None
        day = a + timedelta(days=7 * RELATIVE_OFFSETS[" ".join(g["rel"].lower().split())])
        return _iso_month(day.year, day.month)
    if rule == "edge":
        if g.get("y"):
            y = int(g["y"])
            return _iso_month(y, 1 if g["edge"].lower() in ("beginning", "start") else 12)
        ym = _relative_unit(g["rel"] or "this", "month" if g["unit"].lower() == "month" else "year", ctx)
        if ym is None:
            return None
        if g["unit"].lower() == "month":
            return _iso_month(*ym)
        return _iso_month(ym[0], 1 if g["edge"].lower() in ("beginning", "start") else 12)
    if rule == "rel":
        ym = _relative_unit(g["rel"], g["unit"].lower(), ctx)
        if ym is None:
            return None
        return _iso_month(*ym) if g["unit"].lower() == "month" else f"{ym[0]:04d}"
    if rule == "modyear" and g["mod"].lower() == "end":
        return _iso_month(int(g["y"]), 12)     # `end-2023` is `the end of 2023`
    if rule in ("modyear", "year"):
        return g["y"]
    return None


def _named_year(rel: str, ctx: _Context) -> Optional[int]:
    """The year of `this year`, `next year`, `that year` (the year last named)..."""
    ym = _relative_unit(rel, "year", ctx)
    return ym[0] if ym else None


def _relative_unit(rel: str, unit: str, ctx: _Context) -> Optional[tuple[int, int]]:
    """(year, month) of `last year`, `next month`, `the previous year`..."""
    rel = " ".join(rel.lower().split())
    a = ctx.anchor
    if rel == "the":
        rel = "this"
    if rel in REFERENCE_OFFSETS and unit == "year" and ctx.reference_year is not None:
        return ctx.reference_year + REFERENCE_OFFSETS[rel], 1
    if rel in REFERENCE_OFFSETS and unit == "month" and ctx.reference_month is not None:
        # `exports in October ... compared to the previous month`: the month before October
        return add_months(*ctx.reference_month, REFERENCE_OFFSETS[rel])
    offset = RELATIVE_OFFSETS.get(rel, REFERENCE_OFFSETS.get(rel))
    if a is None or offset is None:
        return None
    if unit == "year":
        return a.year + offset, a.month
    return add_months(a.year, a.month, offset)


def _dated_weekday(g: dict, ctx: _Context) -> Optional[str]:
    """`Monday, Oct. 26`: the year whose Oct. 26 is a Monday, near the anchor."""
    m, d = month_number(g["m"]), int(re.match(r"\d+", g["d"]).group())
    if g.get("y"):
        day = safe_date(int(g["y"]), m, d)
        return day.isoformat() if day else None
    y = _year_for(m, d, ctx)
    if y is None:
        return None
    wd = WEEKDAYS[g["wd"].lower()]
    for cand in (y, y - 1, y + 1):
        day = safe_date(cand, m, d)
        if day and day.weekday() == wd:
            return day.isoformat()
    day = safe_date(y, m, d)
    return day.isoformat() if day else None


# --- filters ----------------------------------------------------------------------------
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s\-]*\Z")


def _is_count(text: str, c: RuleMatch) -> bool:
    """A bare four-digit number that counts something (`2000 tons`, `some 1500`), not a year."""
    after = _WORD_AFTER.match(text, c.end)
    if after and after.group(1).lower() in NOT_YEAR_NOUNS:
        return True
    before = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    return bool(before) and before.group(1).lower() in APPROXIMATORS


def _is_modal_may(text: str, c: RuleMatch) -> bool:
    """`May` alone is a month only after a preposition or modifier (`in May`, `late May`)."""
    if c.match.group("m") != "May" or c.match.groupdict().get("mod"):
        return False
    before = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    return not (before and before.group(1).lower() in MAY_PREPOSITIONS)


# `the March for Life`, `the March of the ...`: a name, not a month
_NAME_BEFORE_RE = re.compile(r"\b(?:the|annual)\s+[`'\"\u201c\u2018]*\Z", re.I)
_NAME_AFTER_RE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")


# `Turkmenistan Today`, `China Daily Today`: a name, not the day
_NAME_TODAY_RE = re.compile(r"[A-Z][\w.&'-]*[ \t]+\Z")


def _keep(text: str, c: RuleMatch) -> bool:
    if c.rule == "day" and text[c.start:c.end] == "Today" and _NAME_TODAY_RE.search(text, max(0, c.start - 40), c.start):
        return False
    if c.rule == "year":
        return not _is_count(text, c)
    if c.rule == "month":
        if _NAME_BEFORE_RE.search(text, max(0, c.start - 10), c.start) and _NAME_AFTER_RE.match(text, c.end):
            return False
        return not _is_modal_may(text, c)
    return True


# --- tense from the parse ---------------------------------------------------------------

def tense_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """"past", "future", "present" or None: how the clause around ``doc.text[start:end]`` places it.

    Planned events (`will meet on Monday`, `plan to hold talks on Monday`, `due to be
    held on July 16`, `is scheduled for Friday`, `postponed until Tuesday`) are
    "future"; reported ones (`met on Monday`, `said Friday`, `the ruling issued
    Thursday`, `Wednesday's ruling`) "past"; a plain present (`comes on Wednesday`) "present", a schedule;
    no verb gives None.
    Walks up the dependency tree from the expression through participles and
    infinitives to the verb that decides.
    """
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first, last = span[0], span[-1]
    # the three tokens before, as a slice of the text (a Span's text is rebuilt token by
    # token); the whitespace after them is ignored by the pattern anyway
    lead = max(0, first.i - 3)
    before = doc_text(doc)[doc[lead].idx:first.idx].lower() if lead < first.i else ""
    if _FUTURE_BEFORE_RE.search(before):
        return "future"
    if last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "POS":
        return None            # `Wednesday's ruling`: the clause's tense is not the day's
    tok = span.root
    infinitive = False
    participle = False         # a reduced relative (`the injunction issued Thursday`) reports the past
    during = False             # `agreed to raise trade during a meeting on Tuesday`: the agreeing's time
    for _ in range(12):
        lemma = tok.lemma_
        during = during or tok.lower_ == "during"
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _UPCOMING for c in tok.children):
            return "future"
        intent = lemma in _INTENT
        # a word with an auxiliary is a verb, whatever its tag (`will on Monday travel`: travel/NN)
        if intent or tok.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            words = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            tag = tok.tag_
            if intent and during and tag == "VBD" and not words:
                return "past"
            if intent and (infinitive or lemma in _PLAN or words & _PRESENT_BE or tag in ("VBP", "VBZ", "JJ")):
                return "future"
            if participle and "to" not in words:
                return "past"
            if words & _FUTURE_AUX:
                return "future"
            if "to" in words and tok.dep_ == "acl":
                return "future"              # `the Leaders' Week, to be held in Lima from November 10`
            if "to" in words:
                infinitive = True            # decided by the verb it depends on
            elif tag == "VBD" or words & _PAST_AUX:
                return "past"
            elif tag == "VBN" and tok.dep_ in ("acl", "amod", "advcl", "relcl") and not words:
                participle = True
            elif tag == "VBN" and "being" in words:
                pass                         # `due to start being repaid in June`: the verb above decides
            elif tag == "VBN" and not words & _PRESENT_BE:
                return "past"
            elif tag in ("VBP", "VBZ") and not infinitive and not words:
                return "present"     # `comes on Wednesday`, `before X meets Y on Friday`: a schedule
            elif tag in ("VBP", "VBZ", "VB", "VBN") and not infinitive:
                return None
        head = tok.head
        if head.i == tok.i:
            break
        tok = head
    return "past" if participle else None


# --- finding ----------------------------------------------------------------------------

def find_dates(doc: Doc, periods: Iterable) -> list[DateMention]:
    """The date mentions of ``doc``, in text order, metadata and periods excluded.

    ``periods`` are the doc's period records: a date inside a period (`July 18-20`,
    `January-November 2021`) is part of it.
    """
    text = doc_text(doc)
    front = doc._.front
    anchor = front.published if front is not None else None
    taken = [(p.start, p.end) for p in periods]
    # years the periods name count as the year last named too (`January-November 2021 ... the previous year`)
    period_years = sorted((p.end, int(p.end_date[:4])) for p in periods if p.end_date)
    out: list[DateMention] = []
    reference_year: Optional[int] = None
    reference_month: Optional[tuple[int, int]] = None
    next_period = 0
    for c in _candidates(text, text_hits(doc)):
        while next_period < len(period_years) and period_years[next_period][0] <= c.start:
            reference_year = period_years[next_period][1]
            next_period += 1
        if front is not None and front.is_metadata(c.start, c.end):
            continue
        if any(overlaps(c.start, c.end, s, e) for s, e in taken) or not _keep(text, c):
            continue
        tense = tense_at(doc, c.start, c.end) if c.rule in _TENSED else None
        ctx = _Context(anchor, tense, reference_year, reference_month)
        value = _value(c, ctx)
        if value is None and anchor is not None:
            continue   # no such day (`February 30`): not a date after all
        out.append(DateMention(text=text[c.start:c.end], start=c.start, end=c.end, value=value))
        if c.rule in ("year", "mdy", "dmy", "my", "modyear", "numeric") and value:
            reference_year = int(value[:4])
        elif value and len(value) == 4:
            # `reached $2.19 billion last year, up 3.4 percent from the previous year`: the year
            # `last year` named is the one the previous year steps back from
            reference_year = int(value)
        if value and len(value) == 7 and c.rule not in ("rel",):
            reference_month = (int(value[:4]), int(value[5:7]))
    return out


@lru_cache(maxsize=4096)
def resolve_date(text: str, anchor: Optional[date], *, future: bool = False,
                 reference_year: Optional[int] = None) -> Optional[str]:
    """The ISO value of one date expression (`June 1`, `last year`, `Friday`), or None.

    ``anchor`` is the publication date; ``future=True`` reads the expression as a
    planned event (`will meet on Friday`), else as a reported one.
    """
    found = _candidates(text)
    found = [c for c in found if _keep(text, c)]
    if not found:
        return None
    best = max(found, key=lambda c: c.end - c.start)
    return _value(best, _Context(anchor, "future" if future else "past", reference_year))


@Language.component("newsfacts_dates", requires=["doc._.periods"], assigns=["doc._.dates"])
def dates_component(doc: Doc) -> Doc:
    # periods are built on this module's patterns and found first: their dates are left out here
    if doc._.periods is None:
        raise ValueError("newsfacts_dates needs doc._.periods: run newsfacts_periods before it")
    doc._.dates = find_dates(doc, doc._.periods)
    # the scans are done: the text's lower-cased and reversed copies need not live on
    doc.user_data.pop(_TEXT_HITS_KEY, None)
    return doc
