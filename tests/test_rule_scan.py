"""The windowed rule scan finds exactly what a scan of the whole text finds.

Dates and periods run their rules only in windows around key words (rule_scan.py); a
window too narrow, a wrong anchor or a wrong `at` group would silently lose mentions.
Each row below is a phrasing written for one rule (every rule has at least one), plus
texts that stress the windows: long runs of spaces, matches at the ends of the text,
upper case, characters that lower-case oddly. Hypothesis then assembles texts from
date-like fragments.
"""
import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.entities import dates, periods
from extractor.entities.rule_scan import FOLD_TRAPS, TextHits, reach_around, scan_rules, solid_reach, windows

RULES = {"dates": dates._RULES, "periods": periods._RULES}


def full_scan(text, rules):
    return [(r.name, m.span(), m.groups()) for r in rules for m in r.pattern.finditer(text)]


def windowed_scan(text, rules):
    return [(c.rule, (c.start, c.end), c.match.groups()) for c in scan_rules(text, rules)]


# (rule set, text, a rule that must match it)
CASES = [
    ("dates", "The talks ended on Monday, Oct. 26, 1998, after a week.", "weekday"),
    ("dates", "The treaty was signed on June 11,\n1993 in the capital.", "mdy"),
    ("dates", "She was born on the 26th of April, 2017 in a small town.", "dmy"),
    ("dates", "Filed 24.05.2023 and approved 2023-05-24.", "numeric"),
    ("dates", "Prices have doubled since the end of   June 2005.", "my"),
    ("dates", "The ministers met on Aug. 7 this year.", "md"),
    ("dates", "Voting runs from 1st of June that year.", "dm"),
    ("dates", "In late November, prices rose.", "month"),
    ("dates", "Sales fell before last Christmas Day.", "holiday"),
    ("dates", "The ministry said YESTERDAY that talks resume this morning.", "day"),
    ("dates", "The plant opened eleven months ago.", "ago"),
    ("dates", "The envoy arrived earlier this week.", "week"),
    ("dates", "Rates will be cut by the End Of the coming year.", "edge"),
    ("dates", "Output fell in the previous\n\nyear.", "rel"),
    ("dates", "A new line opens in mid-2023.", "modyear"),
    ("dates", "In 2021, output rose.", "year"),
    ("periods", "Output in 2002-03 (April-February) grew.", "fy_months"),
    ("periods", "The fair runs from March 21 until July 22.", "days_md"),
    ("periods", "The fair runs between 30 May and 2 June 2018.", "days_dm"),
    ("periods", "Exports grew over the July-October period.", "months"),
    ("periods", "Exports grew from the March-May period of 2022 and in June-July this year.", "months"),
    ("periods", "Tariffs were frozen from 2015 to 2020.", "years"),
    ("periods", "Profit doubled in FY24 after a flat fiscal 2023.", "fiscal_year"),
    ("periods", "Imports fell in the last fiscal year.", "fiscal_rel"),
    ("periods", "Trade grew in the first nine months of 2022.", "n_months"),
    ("periods", "That compares with the same four months a year earlier.", "n_months_back"),
    ("periods", "Spending rose during the financial year.", "fiscal_the"),
    ("periods", "Trade totalled $22.9 billion in the fiscal year through March 2024.", "fiscal_the"),
    ("periods", "Exports grew by 20% in the period under review.", "review"),
    ("periods", "Tanzania earned $2.41 billion in the year ending June 2024.", "year_to"),
    ("periods", "Margins narrowed in the MARCH quarter.", "month_quarter"),
    ("periods", "Growth slowed in the third quarter of 2024.", "quarter"),
    ("periods", "Shipments rose in Q2'24.", "q"),
    ("periods", "Prices eased in the second half of the year.", "half"),
    ("periods", "Sales peaked in H2 and fell in H1 2023.", "h"),
    ("periods", "Trade rose (1H 2023: RM73.2 billion) and fell in 2H24.", "nh"),
    ("periods", "Exports fell in January-March and beef fell during the quarter.", "the_quarter"),
    ("periods", "Exports fell in 3Q24 after a strong 2Q 2024.", "nq"),
    ("periods", "Exports beat the previous quarter.", "quarter_rel"),
    ("periods", "Imports are up 8% since the beginning of the year.", "since"),
    ("periods", "That is 5% above the same period last year.", "same"),
    ("periods", "Trade grew in the current Iranian year (1401).", "iran_year"),
    # windows under stress
    ("dates", "It was signed on June" + " " * 300 + "11, 1993.", "mdy"),
    ("dates", "It was signed on June\n" + "-" * 200 + "\n11.", "month"),
    ("dates", "Parliament meets in May", "month"),
    ("dates", "May 5", "md"),
    ("dates", "The vote is due in Sept", "month"),
    ("dates", "Ministers will meet again on May Day.", "holiday"),
    ("dates", "The new rules apply from 1 January 2024, 2 February 2024 and March 3, 2024.", "dmy"),
    ("periods", "Sales rose \u017fince the beginning of 2019 in \u0130stanbul.", "since"),
    ("periods", "Exports rose \u017fo far this year.", "since"),
    ("periods", "Between January, 2021 and February of the current calendar year period, trade grew.", "months"),
    ("periods", "Novruz fell in the first quarter of 2023 and March 2023-June 2023 was slow.", "months"),
]


@pytest.mark.parametrize("rule_set, text, rule", CASES)
def test_windowed_scan_finds_what_the_full_scan_finds(rule_set, text, rule):
    rules = RULES[rule_set]
    full = full_scan(text, rules)
    assert rule in {name for name, _, _ in full}
    assert windowed_scan(text, rules) == full


def test_every_rule_has_a_phrasing():
    for rule_set, rules in RULES.items():
        covered = {rule for s, _, rule in CASES if s == rule_set}
        assert covered == {r.name for r in rules}


SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


@pytest.mark.parametrize("rule_set", sorted(RULES))
def test_anchor_hits_stand_in_the_at_group(rule_set):
    """Every match holds `min_hits` hits of its rule's anchor, and the rule's `at` group is
    set in every match and starts with one: the windows are measured from there."""
    texts = [text for s, text, _ in CASES if s == rule_set] + [p.read_text() for p in SAMPLES]
    checked = 0
    for text in texts:
        found = TextHits(text)
        for rule in RULES[rule_set]:
            hits = found.of(rule.anchor)
            for m in rule.pattern.finditer(text):
                inside = [(s, e) for s, e in hits if m.start() <= s < m.end()]
                assert len(inside) >= rule.min_hits, (rule.name, m.group())
                if rule.at:
                    assert m.group(rule.at) is not None, (rule.name, m.group())
                    assert any(s <= m.start(rule.at) < e for s, e in hits), (rule.name, m.group())
                checked += 1
    assert checked > len(RULES[rule_set])


FRAGMENTS = [
    "January", "Jan.", "Sept", "Sept.", "May", "March", "Mar", "December", "june", "Monday", "Friday",
    "2021", "1998", "2023-24", "2022-2026", "24.05.2023", "11", "3rd", "26th", "nine", "a", "eleven",
    "the", "of", "in", "from", "between", "and", "to", "through", "since", "so far", "this", "last", "next",
    "year", "years", "month", "months", "week", "ago", "today", "night", "morning", "end", "beginning",
    "first", "second", "third", "quarter", "QUARTER", "half", "H1", "H2", "Q3", "FY24", "FY", "fiscal",
    "financial", "period", "same", "corresponding", "Iranian", "current", "previous", "early", "mid",
    "Christmas", "Day", "May Day", "Thanksgiving", "(", ")", "-", "–", ",", ".", "'", "\u017f",
]
SEPARATORS = ["", " ", " ", " ", "-", "\n", "  \n\n ", "\t", " " * 40, ", "]


@st.composite
def texts(draw):
    words = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_windowed_scan_on_assembled_texts(text):
    for rules in RULES.values():
        assert windowed_scan(text, rules) == full_scan(text, rules)


@pytest.mark.parametrize("pattern, reach", [
    (r"June\s+\d{1,2}", 6),                 # gaps are free, bounded repeats count in full
    (r"\bMay(?![a-z])", 5),                 # a boundary and a lookahead read one character each
    (r"(?<=in )H2", 2),                     # a lookbehind reads before the match: never cut off
    (r"(?P<sep>[./])\d(?P=sep)", 3),        # a back reference is as wide as its group
    (r"(?:the\s+)?(?:first|second)\s+half", 13),
])
def test_solid_reach(pattern, reach):
    assert solid_reach(re.compile(pattern)) == reach


@pytest.mark.parametrize("pattern", [r"[A-Z][a-z]+day", r"\d+", r"(?:ab\s)*c"])
def test_unbounded_repeats_of_words_cannot_be_windowed(pattern):
    with pytest.raises(ValueError):
        solid_reach(re.compile(pattern))


@pytest.mark.parametrize("pattern, group, around", [
    (r"(?:early\s+)?(?P<m>May)\s+\d\d", "m", (5, 5)),
    (r"\d\d\s+(?P<m>May)", "m", (2, 3)),
    (r"(?:(?P<m>May)|x(?P<y>20\d\d))!", "y", (1, 5)),
    (r"(?:(?P<m>May)|x(?P<y>20\d\d))!", None, (6, 6)),
])
def test_reach_around_a_group(pattern, group, around):
    assert reach_around(re.compile(pattern), group) == around


@pytest.mark.parametrize("text, hits, before, after, expected", [
    # counts are rounded up to a multiple of 4: 2 + 1 -> 4 back, 5 + 2 -> 8 ahead
    ("abcdefghij" + "X" + "klmnopqrst", [(10, 11)], 2, 5, [(6, 19)]),
    ("a b c d e f g h X", [(16, 17)], 2, 3, [(8, 17)]),                # spaces are not counted
    ("abcdeXfghijklmnopqXrstuvwxyz", [(5, 6), (18, 19)], 1, 1, [(1, 10), (14, 23)]),  # apart
    ("abcdeXfghijXklmnopq", [(5, 6), (11, 12)], 1, 1, [(1, 16)]),     # overlapping: one window
])
def test_windows(text, hits, before, after, expected):
    assert windows(text, hits, before, after) == expected


def test_windows_with_too_few_hits_are_left_out():
    text = "abcdeXfghijXklmnopqrstuvwxyzXabc"
    assert windows(text, [(5, 6), (11, 12), (28, 29)], 1, 1, min_hits=2) == [(1, 16)]


def test_fold_traps_are_all_the_characters_lower_case_misplaces():
    """Folded anchors search ``text.lower()``: only these characters make a case-insensitive
    match of an ASCII letter that lower-casing misses, or change the text's length."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    traps = {c for c in everything if len(c.lower()) != 1}
    for letter in string.ascii_lowercase:
        traps |= {c for c in re.findall(letter, everything, re.I) if c.lower() != letter}
    assert traps == set(FOLD_TRAPS)
