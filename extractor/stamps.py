"""Date stamps that web pages print around an article: `12 March 2021 09:41 (UTC +03:00)`,
`2021.06.17 18:05`, `3/9/2022 11:52:30 PM`, `Updated: Mar 04, 2023 | 11:20 AM IST`,
`2021 Feb 3, 14:02, Islamabad [Pakistan]`.

A stamp is a short line that is a date and little else: a label (`Published`), a
weekday, a clock time, a time zone, a place, words of site chrome (`Print`, `Share`).
Reading the whole line, not a list of layouts, is what lets new sites' stamps through
while a date inside a sentence (`signed on 9 September, 2021 in the capital`) stays
content. Pure text in, ``Stamp`` out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import knowledge

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
MONTH_PATTERN = _MONTH   # a month's English name, abbreviated or not (the front matter's datelines use it too)
_ORD = r"(?:st|nd|rd|th)?"
_D = r"(?P<d>[0-3]?\d)" + _ORD
_Y = r"(?P<y>(?:19|20)\d\d)"

# the calendar part of a stamp, in the orders sites print it; numeric orders keep the
# separator so that `3/9/2022` (month first, as US sites write it with a 12-hour clock)
# and `05.06.2023` (day first) can be told apart
_DATE_RES = [
    re.compile(r"(?<!\d)" + _Y + r"(?P<sep>[-./])(?P<mn>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[-./])(?P<b>[0-3]?\d)(?P=sep)" + _Y + r"(?!\d)"),
    re.compile(r"(?<!\d)" + _D + r"[ \t]*[,\-]?[ \t]*(?P<m>" + _MONTH + r")[ \t]*[,\-]?[ \t]*" + _Y + r"(?!\d)", re.I),
    re.compile(r"\b(?P<m>" + _MONTH + r")[ \t]*(?P<d>[0-3]?\d)" + _ORD + r"[ \t]*,?[ \t]*" + _Y + r"(?!\d)", re.I),
    re.compile(r"(?<!\d)" + _Y + r"[ \t]*,?[ \t]*(?P<m>" + _MONTH + r")[ \t]*(?P<d>[0-3]?\d)" + _ORD + r"(?!\d)", re.I),
]
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?![\w])")
# `(UTC +03:00)`, `GMT+5`, `+0300`
_ZONE_RE = re.compile(r"\(?\b(?:UTC|GMT)[ \t]*(?:[+\-−][ \t]*\d{1,2}(?::?\d{2})?)?\)?|[+\-]\d{2}:?\d{2}\b")
_WORD_RE = re.compile(r"[^\W\d_]+")
# a stamp line is short: a sentence that happens to hold a date is not one
MAX_STAMP_CHARS = 90
# what sites put between the fields of a stamp line
_FIELD_SEPARATORS = ("|", "•", "·", "¦")


@dataclass(frozen=True)
class Stamp:
    day: date
    start: int          # the stamp line's characters, without surrounding white space
    end: int
    label: str | None   # `published`, `updated`... when the line says which
    byline: str | None = None   # `Published on 11/17/2024 - 17:40 By Renata Albuquerque - Reporter`: what follows `By`


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    data = knowledge.load("front_matter")
    chrome = frozenset(w.lower() for w in data["stamp_chrome_words"])
    labels = {w.lower(): kind for kind, words in data["stamp_labels"].items() for w in words}
    zones = frozenset(w.lower() for w in data["time_zones"])
    return chrome, labels, zones


def month_number(name: str) -> int:
    """`Sept.` -> 9: a month's number from any of its English names."""
    key = name.rstrip(".").lower()[:3]
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(key) + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _calendar_date(m: re.Match, twelve_hour: bool) -> date | None:
    g = m.groupdict()
    y = int(g["y"])
    if g.get("m"):
        return safe_date(y, month_number(g["m"]), int(g["d"]))
    if g.get("mn"):
        return safe_date(y, int(g["mn"]), int(g["d"]))
    a, b = int(g["a"]), int(g["b"])
    month_first = g["sep"] == "/" and twelve_hour
    if month_first:
        return safe_date(y, a, b) or safe_date(y, b, a)
    return safe_date(y, b, a) or safe_date(y, a, b)


def read_stamp(line: str, offset: int = 0) -> Stamp | None:
    """The date of ``line`` when the line is a date stamp, else None.

    ``offset`` is where the line starts in the article, for the stamp's range.
    """
    whole = line.strip()
    # a byline running on after the stamp (`Published on 11/17/2024 - 17:40 By Renata Albuquerque -
    # Reporter - Agência Brasil - Rio de Janeiro`): the stamp is what comes before `By`
    by = _RUN_ON_BYLINE_RE.search(whole)
    stripped = whole[:by.start()].rstrip(" \t-\u2013\u2014|") if by else whole
    if not stripped or len(stripped) > MAX_STAMP_CHARS:
        return None
    clock = _CLOCK_RE.search(stripped)
    twelve_hour = bool(clock and clock.group("ampm"))
    for rx in _DATE_RES:
        m = rx.search(stripped)
        if not m:
            continue
        day = _calendar_date(m, twelve_hour)
        if day is None:
            continue
        # a line of fields (`Source: Xinhua| 2023-06-30 21:14:08|Editor: huaxia`): the date's own field
        lo = max((stripped.rfind(sep, 0, m.start()) for sep in _FIELD_SEPARATORS), default=-1) + 1
        hi = min((i for i in (stripped.find(sep, m.end()) for sep in _FIELD_SEPARATORS) if i >= 0),
                 default=len(stripped))
        rest = stripped[lo:m.start()] + " " + stripped[m.end():hi]
        rest = _ZONE_RE.sub(" ", _CLOCK_RE.sub(" ", rest))
        label = _label_and_check(rest)
        if label is False:
            return None
        start = offset + len(line) - len(line.lstrip())
        if by and not _DATE_RES[0].search(whole, by.end()) and any(rx.search(stripped) for rx in _DATE_RES):
            return Stamp(day, start, start + len(whole), label or None, byline=whole[by.end():].strip())
        return Stamp(day, start, start + len(stripped), label or None)
    return None


_RUN_ON_BYLINE_RE = re.compile(r"[ \t]+By[ \t]+(?=[A-Z])")


def _label_and_check(rest: str) -> str | bool:
    """What is left of a line once its date, clock and zone are gone must be stamp words:
    a label, a weekday, a time zone, chrome words, a place or two. Returns the label
    (`''` for none), or False when the rest reads as prose."""
    chrome, labels, zones = _vocabulary()
    label = ""
    other = []
    for word in _WORD_RE.findall(rest):
        low = word.lower()
        if low in labels:
            label = label or labels[low]
        elif low in chrome or low in zones or low in _WEEKDAYS:
            continue
        else:
            other.append(word)
    # a place (`Islamabad [Pakistan]`), a site name or a view count may stay; a lower-case
    # word left over means a sentence (`signed on ... in the capital`)
    if len(other) > 3 or any(w[:1].islower() for w in other):
        return False
    return label


_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
thu thur thurs fri sat sun""".split())


def stamps_in(text: str, start: int, end: int) -> list[Stamp]:
    """Every stamp line between ``start`` and ``end`` (line boundaries inside)."""
    out = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # `# 12 March 2021 09:41`: a markdown heading mark left by the crawler
        lead = len(body) - len(body.lstrip(" \t#*"))
        stamp = read_stamp(body[lead:], pos + lead)
        if stamp is not None:
            out.append(stamp)
        pos += len(line)
    return out
