"""Running many regular-expression rules over a text, each only near its key word.

Python's ``re`` tries a pattern at every position of the text: a date or period rule that
opens with optional groups or case-insensitive alternations costs 10-40 ms over a few
hundred articles even when it never matches. But every match of such a rule contains a key
word (a month name, a weekday, `quarter`, a four-digit year...): its *anchor*. One fast
scan finds the anchor's hits, and the rule runs only in windows around them.

The windowed scan returns exactly the matches of ``rule.pattern.finditer(text)`` when

1. every match of the rule contains a hit of its anchor (at the start of the rule's ``at``
   group, when it names one): this is what the rule's author states, and
   tests/test_rule_scan.py checks it; an anchor has no lookaround, so what it matches in a
   window it matches in the whole text too;
2. the rule repeats nothing but whitespace and hyphens (the *gap* characters) without
   bound. Then a match, with all it reads (lookaheads, word boundaries), holds a bounded
   number of other characters before and after the hit (``Rule.before``/``Rule.after``,
   counted from the pattern by `reach_around`), and a long run of spaces or newlines
   cannot push a match out of its window, which counts non-gap characters only.

So every match lies inside the window of the hit it contains, no match crosses the start
of a (merged) window: the scan there starts as fresh as the whole-text scan would, and
the end of a window (``endpos``, which lookaheads take for the end of the text) lies
beyond anything a match near a hit reads. Lookbehinds and ``\\b`` see the text before a
window as usual.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

try:   # the parser `re` compiles with: how far a rule reaches is read from its pattern
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:   # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

# characters a rule may repeat without bound; windows do not count them
_GAP_RE = re.compile(r"[\s\-]")

# characters a case-insensitive pattern matches to an ASCII letter although `str.lower()`
# does not give that letter (long s, dotless i), or which lower-case to two characters
# (capital I with dot): a text holding one has no lower-cased copy to search
FOLD_TRAPS = "\u0130\u0131\u017f"


@dataclass(frozen=True, eq=False)
class Anchor:
    """Key words every match of a rule contains: ``exact``, a regex without lookarounds or
    ``\\b``, searched in the text as written; ``folded``, lower-case words searched in the
    lower-cased text, for the rule's `(?i:...)` parts."""
    exact: Optional[str] = None
    folded: tuple[str, ...] = ()
    _exact_rx: Optional[re.Pattern] = field(init=False, repr=False, default=None)
    _ignorecase_rx: Optional[re.Pattern] = field(init=False, repr=False, default=None)

    def __post_init__(self):
        if self.exact:
            object.__setattr__(self, "_exact_rx", re.compile(self.exact))
        if self.folded:
            object.__setattr__(self, "_ignorecase_rx", re.compile("|".join(map(re.escape, self.folded)), re.I))

    def hits(self, found: TextHits) -> list[tuple[int, int]]:
        """(start, end) of the anchor's hits in ``found.text``, in text order."""
        text = found.text
        out: list[tuple[int, int]] = []
        if self._exact_rx is not None:
            out = [m.span() for m in self._exact_rx.finditer(text)]
        if self.folded:
            if found.lowered is None:
                out += [m.span() for m in self._ignorecase_rx.finditer(text)]
            else:
                for word in self.folded:
                    size = len(word)
                    out += [(i, i + size) for i in found.word(word)]
            if self._exact_rx is not None or len(self.folded) > 1:
                out.sort()
        return out


class TextHits:
    """What the scans of one text share: its lower-cased (None when FOLD_TRAPS make that
    unusable) and reversed copies, and the hits of every anchor and word found so far."""

    def __init__(self, text: str):
        self.text = text
        self.lowered = None if any(c in text for c in FOLD_TRAPS) else text.lower()
        self.reversed = text[::-1]
        self.anchors: dict[Anchor, list[tuple[int, int]]] = {}
        self._words: dict[str, list[int]] = {}

    def of(self, anchor: Anchor) -> list[tuple[int, int]]:
        hits = self.anchors.get(anchor)
        if hits is None:
            hits = self.anchors[anchor] = anchor.hits(self)
        return hits

    def word(self, word: str) -> list[int]:
        """Where the lower-case ``word`` starts in the lower-cased text (`str.find`: several
        times faster than `re` trying an alternation of words at every position)."""
        starts = self._words.get(word)
        if starts is None:
            starts = self._words[word] = []
            find = self.lowered.find
            i = find(word)
            while i >= 0:
                starts.append(i)
                i = find(word, i + 1)
        return starts


@dataclass(frozen=True, eq=False)
class Rule:
    """A named pattern and its anchor. ``at`` names a group that starts with a hit of the
    anchor in every match (when there is one): the windows then hold what a match reads
    before and after that group's start rather than a whole match's reach both ways.
    ``min_hits``: the hits of the anchor every match holds (`January-March`: two months),
    so that a window with fewer is not scanned. ``before`` and ``after`` are computed from
    the pattern."""
    name: str
    pattern: re.Pattern
    anchor: Anchor
    at: Optional[str] = None
    min_hits: int = 1
    before: int = field(init=False)
    after: int = field(init=False)

    def __post_init__(self):
        before, after = reach_around(self.pattern, self.at)
        object.__setattr__(self, "before", before)
        object.__setattr__(self, "after", after)


@dataclass
class RuleMatch:
    """A rule's match in the text; start/end may be trimmed by the caller."""
    start: int
    end: int
    rule: str
    match: re.Match


def solid_reach(pattern: re.Pattern) -> int:
    """The most non-gap characters a match of ``pattern`` reads: its own, those its
    lookaheads and word boundaries read, counted generously (a lookahead or a boundary as
    wide as it can read, wherever it stands). Raises ValueError when the pattern repeats
    anything but gap characters without bound: its matches could not be windowed."""
    return _width(_sre_parse.parse(pattern.pattern, pattern.flags), {})


def reach_around(pattern: re.Pattern, group: Optional[str] = None) -> tuple[int, int]:
    """(before, after): the most non-gap characters a match reads from its start to the
    start of ``group``, and from there on (a whole match's reach both ways when no group is
    named)."""
    items = _sre_parse.parse(pattern.pattern, pattern.flags)
    widths: dict[int, int] = {}
    whole = _width(items, widths)
    if group is None:
        return whole, whole
    split = _split(items, pattern.groupindex[group], widths)
    if split is None:
        raise ValueError(f"no group {group!r} in the pattern")
    return split


def _split(items, gid: int, widths: dict[int, int]) -> Optional[tuple[int, int]]:
    """(before, after) around the start of group ``gid`` in ``items``, or None when it is
    not there."""
    for i, (op, av) in enumerate(items):
        inner = None
        if op is _sre.SUBPATTERN:
            if av[0] == gid:
                inner = (0, _width(av[-1], dict(widths)))
            else:
                inner = _split(av[-1], gid, widths)
        elif op is _sre.BRANCH:
            found = [r for r in (_split(b, gid, widths) for b in av[1]) if r]
            if found:       # a match holding the group took one of these branches
                inner = (max(b for b, _ in found), max(a for _, a in found))
        elif op in _REPEATS:
            inner = _split(av[2], gid, widths)
            if inner and av[1] != 1:
                raise ValueError("the anchor group is repeated")
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _split(av[1], gid, widths):
                raise ValueError("the anchor group is inside a lookaround")
        if inner:
            scratch = dict(widths)
            return (_width(items[:i], scratch) + inner[0], inner[1] + _width(items[i + 1:], scratch))
    return None


def _width(items, groups: dict[int, int]) -> int:
    """The non-gap characters ``items`` read at most (see `solid_reach`); the width of each
    group goes into ``groups``, for back references."""
    total = 0
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            total += 1
        elif op is _sre.SUBPATTERN:
            width = _width(av[-1], groups)
            if av[0] is not None:
                groups[av[0]] = width
            total += width
        elif op is _sre.BRANCH:
            total += max(_width(branch, groups) for branch in av[1])
        elif op in _REPEATS:
            low, high, item = av
            if high is _sre.MAXREPEAT:
                if not _gap_only(item):
                    raise ValueError(f"unbounded repeat of non-gap characters: {item}")
            else:
                total += high * _width(item, groups)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            direction, item = av
            if direction > 0:            # (a lookbehind reads before the match: always visible)
                total += _width(item, groups)
        elif op is _sre.AT:
            total += 1                   # `\b` reads the character after it
        elif op is _sre.GROUPREF:
            total += groups[av]
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            total += _width(av, groups)
        else:
            raise ValueError(f"no reach known for {op}")
    return total


_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


def _gap_only(items) -> bool:
    """Whether every character ``items`` matches is a gap character."""
    for op, av in items:
        if op is _sre.LITERAL:
            if not _GAP_RE.match(chr(av)):
                return False
        elif op is _sre.IN:
            for kind, value in av:
                if not ((kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE)
                        or (kind is _sre.LITERAL and _GAP_RE.match(chr(value)))):
                    return False
        elif op is _sre.SUBPATTERN:
            if not _gap_only(av[-1]):
                return False
        elif op is _sre.BRANCH:
            if not all(_gap_only(branch) for branch in av[1]):
                return False
        else:
            return False
    return True


# `[gaps]*+[non-gap]` written out ``count`` times: twice as fast as a repeated group
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""


def _stride(count: int) -> re.Pattern:
    """Matches at least ``count`` non-gap characters, and the gaps before each (the count
    is rounded up to a multiple of 4, so that few patterns are compiled)."""
    return _unrolled(-(-count // 4) * 4)


@lru_cache(maxsize=None)
def _unrolled(count: int) -> re.Pattern:
    return re.compile((r"[\s\-]*" + _POSSESSIVE + r"[^\s\-]") * count)


def windows(text: str, hits: list[tuple[int, int]], before: int, after: int,
            reversed_text: Optional[str] = None, min_hits: int = 1) -> list[tuple[int, int]]:
    """Merged (lo, hi) ranges around the hits: from (at least) the ``before + 1``-th non-gap
    character before a hit (a match may start with gaps) to the ``after + 2``-th after it
    (a repeat of gaps reads the character that ends it), or to the ends of the text; those
    holding fewer than ``min_hits`` hits are left out (a match lies in the window of each of
    its hits, so all its hits are in one merged window). ``hits`` are in text order;
    ``reversed_text`` is ``text[::-1]``, to count back."""
    back = _stride(before + 1).match
    ahead = _stride(after + 2).match
    rev = text[::-1] if reversed_text is None else reversed_text
    n = len(text)

    def start_of(start: int) -> int:
        m = back(rev, n - start)
        return n - m.end() if m else 0

    def end_of(end: int) -> int:
        m = ahead(text, end)
        return m.end() if m else n

    # [lo, hi, the hit end hi counts from, the farthest hit end, hits]
    out: list[list[int]] = []
    for start, end in hits:
        if out:
            last = out[-1]
            if start < last[1]:            # inside the window: it may only reach further
                last[3] = max(last[3], end)
                last[4] += 1
                continue
            if last[3] > last[2]:          # its end counted from an earlier hit: count again
                last[1], last[2] = end_of(last[3]), last[3]
                if start < last[1]:
                    last[3] = max(last[3], end)
                    last[4] += 1
                    continue
            lo = start_of(start)
            if lo <= last[1]:              # windows that touch are one (no scan restarts inside a match)
                last[3] = max(last[3], end)
                last[4] += 1
                continue
        else:
            lo = start_of(start)
        out.append([lo, end_of(end), end, end, 1])
    for w in out:
        if w[3] > w[2]:
            w[1] = end_of(w[3])
    return [(w[0], w[1]) for w in out if w[4] >= min_hits]


def scan_rules(text: str, rules: list[Rule], found: Optional[TextHits] = None) -> list[RuleMatch]:
    """Every rule's matches in ``text``, exactly those of a scan of the whole text, rule by
    rule in the given order, each rule's in text order. ``found`` holds the hits earlier
    scans of this same text found (filled in here): rule sets that share anchors or words
    find them once."""
    if found is None or found.text is not text:
        found = TextHits(text)
    ranges: dict[tuple[Anchor, int, int, int], list[tuple[int, int]]] = {}
    matches: list[RuleMatch] = []
    for rule in rules:
        key = (rule.anchor, rule.before, rule.after, rule.min_hits)
        spans = ranges.get(key)
        if spans is None:
            hits = found.of(rule.anchor)
            spans = ranges[key] = (windows(text, hits, rule.before, rule.after, found.reversed, rule.min_hits)
                                   if len(hits) >= rule.min_hits else [])
        finditer = rule.pattern.finditer
        name = rule.name
        for lo, hi in spans:
            for m in finditer(text, lo, hi):
                matches.append(RuleMatch(m.start(), m.end(), name, m))
    return matches
