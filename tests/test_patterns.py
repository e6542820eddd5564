"""patterns.trie_pattern: the same matches as a longest-first alternation of the words."""
import re

import pytest

from extractor.patterns import trie_pattern

_SP = r"[ \u00a0]+"


def _alternation(words, space=None):
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        rx = re.escape(w)
        parts.append(rx.replace(r"\ ", space) if space else rx)
    return "|".join(parts)


def _both(words, text, *, edges=r"(?<!\w)(?:{})(?!\w)", space=None, flags=0):
    trie = re.compile(edges.format(trie_pattern(words, space=space)), flags)
    alt = re.compile(edges.format(_alternation(words, space)), flags)
    return [m.group(0) for m in trie.finditer(text)], [m.group(0) for m in alt.finditer(text)]


@pytest.mark.parametrize("words, text, expected", [
    (["Delhi", "New Delhi"], "flights from New Delhi to Delhi Cantt", ["New Delhi", "Delhi"]),
    (["Sao Paulo", "Sao Tome", "Sao Tome and Principe"], "Sao Tome and Principe, not Sao Paulo",
     ["Sao Tome and Principe", "Sao Paulo"]),
    # the longer word fails its right edge, the shorter one is taken
    (["Georgia", "Georgia Tech"], "Georgia Technology and Georgia Tech", ["Georgia", "Georgia Tech"]),
    (["Georgia", "Georgian"], "Georgian wine from Georgia", ["Georgian", "Georgia"]),
    (["Niger", "Nigeria"], "Nigeria and Niger", ["Nigeria", "Niger"]),
    (["US$", "US", "$"], "US$ 5 and $ 6 in the US", ["US$", "$", "US"]),
    (["a.b", "a"], "a.b axb a", ["a.b", "a"]),
    ([], "nothing to find", []),
])
def test_trie_finds_what_a_longest_first_alternation_finds(words, text, expected):
    edges = r"(?<![\w$])(?:{})(?![\w\-])" if "$" not in "".join(words) else r"(?:{})(?![\w\-])"
    if not words:
        assert trie_pattern(words) == ""
        return
    trie, alt = _both(words, text, edges=edges)
    assert trie == alt == expected


@pytest.mark.parametrize("words, text, expected", [
    (["us dollars", "dollars", "us dollar"], "paid in US\u00a0dollars and in dollars", ["US\u00a0dollars", "dollars"]),
    (["a quarter of a", "a", "a half"], "A quarter of a million; a half", ["A quarter of a", "a half"]),
    (["saudi riyals", "riyals"], "Saudi   Riyals", ["Saudi   Riyals"]),
])
def test_space_stands_for_a_run_of_spaces_case_insensitively(words, text, expected):
    trie, alt = _both(words, text, edges=r"(?<![A-Za-z])(?i:{})(?![A-Za-z])", space=_SP)
    assert trie == alt == expected
