"""Regular expressions built from word lists (place names, currency names, country forms).

Python's ``re`` tries an alternation ``a|b|c|...`` one branch after the other at every
position of the text, so a list of a thousand names costs a thousand attempts per
position. Folded into a character trie, the same list costs one step per character that
can still lead to a name: the difference is an order of magnitude on news texts.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional


def trie_pattern(words: Iterable[str], *, space: Optional[str] = None) -> str:
    """A regex matching exactly the strings in ``words``, as a character trie.

    Where several words match at a position the longest wins, as with a longest-first
    alternation: the optional tails are greedy, and a following lookahead that fails
    backtracks to the next shorter word. ``space``, when given, is the regex a space in a
    word stands for (e.g. ``[ \\u00a0]+`` to accept runs of no-break spaces). For a
    case-insensitive match, pass lowercase words and wrap the pattern in ``(?i:...)``.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def piece(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    def build(node: dict) -> str:
        end = "" in node
        branches = [piece(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)
