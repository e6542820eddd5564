"""The figures a sentence states: amounts of money and rates of change.

A figure is what may become a trade statistic: a money mention of the entity layer
(``doc._.money``), a bare scaled number beside one (``exports amounted to 2.5
billion, imports to $1.6 billion``), or a change (``up 14 percent``, ``2.3 times``).
Whether it is about trade is decided later (``trade_clause``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..doc_index import tokens_in
from ..records import Money
from ..spans import doc_text
from .trade_lexicon import lexicon

# `25 percent`, `12.5%`, `11.13 per cent`, `10.2-percent`; not `percentage points`
PERCENT_RE = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*-?\s*(?:%|percent(?!age)|per\s+cent|pct\b)")
# `2.3 times`, `a 2.3-fold increase`
TIMES_RE = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*-?\s*(?:times\b|fold\b)")
# a scaled number without currency: `2.5 billion`
BARE_AMOUNT_RE = re.compile(r"(?<![\w.$])(?P<num>\d+(?:[.,]\d+)?)\s*(?P<scale>thousand|million|mln|billion|bln|trillion|tln)\b")
BARE_NUMBER_RE = re.compile(r"[\d.,\s]+(?:thousand|million|mln|billion|bln|bn|trillion|tln|m)?", re.I)
SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "trillion": 1e12, "tln": 1e12}
# `243 billion yuan ($38.2 billion)`: the bracketed figure is the same one converted
OPEN_PAREN_RE = re.compile(r"\s*\(\s*(?:or|about|approx(?:imately)?\.?|around|some|nearly)?\s*$")
CLOSE_PAREN_RE = re.compile(r"\s*\)")


@dataclass
class Figure:
    kind: str                     # "money" or "change"
    start: int                    # characters in the doc text
    end: int
    anchor: Token                 # the syntactic head of the figure, for walking the parse
    amount: Optional[float] = None
    currency: Optional[str] = None
    approximate: bool = False
    change_pct: Optional[float] = None
    # a change continuing a list (`10 per cent with A, 15 per cent with B`) shares its clause
    coordinated_with: Optional["Figure"] = None


def char_span(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    return doc.char_span(start, end, alignment_mode="expand")


# `N907.11 to the dollar`, `R18.24/$`, `90 rubles per dollar`: the price of a currency, no trade figure
EXCHANGE_RATE_RE = re.compile(
    r"\s*(?:/\s*(?:\$|€|£|¥|US\$|USD|EUR)"
    r"|per\s+(?:one\s+|a\s+)?(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yuan|greenback|USD|EUR)\b"
    r"|(?:to|against)\s+(?:the|one|a)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yuan|greenback)\b)", re.I)


# the words that introduce the figure an exchange rate is compared with, right before it
COMPARED_BEFORE_RE = re.compile(
    r"\b(?:compared (?:with|to)|from|against|versus|vs\.?|than)\s+(?:(?:about|around|nearly|roughly|some)\s+)?$",
    re.I)


def money_figures(doc: Doc, sent: SpacySpan, money: list[Money]) -> list[Figure]:
    """The sentence's money mentions, a converted figure counted once (in the currency named first)."""
    inside = [m for m in money if sent.start_char <= m.start and m.end <= sent.end_char]
    figures: list[Figure] = []
    text = doc_text(doc)
    rate: Optional[Money] = None        # the last exchange rate of the sentence
    for m in inside:
        if figures and _is_conversion(text, figures[-1], m):
            continue
        if EXCHANGE_RATE_RE.match(text, m.end):
            rate = m
            continue
        if _unit_price_re().match(text, m.end):
            continue    # `a discount of $16 per barrel`: a price, no trade figure
        if rate is not None and m.currency == rate.currency and COMPARED_BEFORE_RE.search(text, rate.end, m.start):
            continue    # `closed at N907.11 to the dollar, compared with about N461 in June`: a rate too
        span = char_span(doc, m.start, m.end)
        if span is None or _counts_something_else(doc, span):
            continue
        figures.append(Figure("money", m.start, m.end, span.root, amount=m.amount,
                              currency=m.currency, approximate=m.approximate))
    return figures


@lru_cache(maxsize=None)
def _unit_price_re() -> re.Pattern:
    units = sorted(lexicon().price_units, key=len, reverse=True)
    return re.compile(r"\s*(?:per|a|an|/)\s*(?:%s)\b" % "|".join(re.escape(u) for u in units), re.I)


def _counts_something_else(doc: Doc, span: SpacySpan) -> bool:
    """A number without currency that counts a unit: `2 million tons of grain`."""
    if not BARE_NUMBER_RE.fullmatch(span.text) or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_currency


def _is_conversion(text: str, first: Figure, second: Money) -> bool:
    between = text[first.end:second.start]
    after = text[second.end:second.end + 3]
    return (bool(OPEN_PAREN_RE.fullmatch(between)) and bool(CLOSE_PAREN_RE.match(after))
            and second.currency != first.currency)


def bare_amount_figures(doc: Doc, sent: SpacySpan, figures: list[Figure], money: list[Money]) -> list[Figure]:
    """Scaled numbers with no currency, in a sentence whose money names one: they share it."""
    if not figures:
        return []
    out = []
    for m in BARE_AMOUNT_RE.finditer(_sent_text(doc, sent)):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(f.start <= start < f.end or start <= f.start < end for f in money):
            continue
        nearest = min(figures, key=lambda f: abs(f.start - start))
        span = char_span(doc, start, end)
        if span is None or nearest.currency is None or _counts_something_else(doc, span):
            continue
        amount = float(m.group("num").replace(",", "")) * SCALES[m.group("scale")]
        out.append(Figure("money", start, end, span.root, amount=amount, currency=nearest.currency))
    return out


def change_figures(doc: Doc, sent: SpacySpan, money: list[Figure]) -> list[Figure]:
    """Rates of change: `increased by 25 percent` -> 25, `fell 3%` -> -3, `2.3 times` -> 130."""
    found: list[tuple[int, int, float, bool]] = []
    for regex, is_times in ((PERCENT_RE, False), (TIMES_RE, True)):
        for m in regex.finditer(_sent_text(doc, sent)):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if any(f.start <= start < f.end for f in money):
                continue
            found.append((start, end, float(m.group("num")), is_times))
    found.sort()
    figures: list[Figure] = _multiplier_figures(sent, found)
    previous: Optional[tuple[Figure, int]] = None
    for start, end, number, is_times in found:
        span = char_span(doc, start, end)
        if span is None:
            continue
        sign = change_sign(doc, span, sent)
        coordinated = previous is not None and _coordinated(doc, previous[0], span)
        if sign is None and coordinated:
            sign = previous[1]       # `by 10 per cent with A, 15 per cent with B`
        if sign is None:
            continue
        if is_times:
            value = (number - 1) * 100 if sign > 0 else (1 / number - 1) * 100 if number else None
            if value is None:
                continue
        else:
            value = sign * number
        fig = Figure("change", start, end, span.root, change_pct=round(value, 4),
                     coordinated_with=previous[0] if coordinated else None)
        figures.append(fig)
        previous = (fig, sign)
    return figures


def _sent_text(doc: Doc, sent: SpacySpan) -> str:
    # `sent.text` would join the sentence's tokens anew
    return doc_text(doc)[sent.start_char:sent.end_char]


_MULTIPLIER_KEY = "newsfacts_trade_multiplier_words"


def _multiplier_words(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma is a multiplier verb (`double`), once per doc."""
    found = doc.user_data.get(_MULTIPLIER_KEY)
    if found is None:
        found = doc.user_data[_MULTIPLIER_KEY] = tokens_in(doc, lexicon().multiplier_verbs, attrs=(LEMMA,))
    return found


def has_multiplier_word(sent: SpacySpan) -> bool:
    """The sentence holds a verb of growth without a number (`doubled`)."""
    words = _multiplier_words(sent.doc)
    return bisect_left(words, sent.start) < bisect_left(words, sent.end)


def _multiplier_figures(sent: SpacySpan, numbers: list[tuple[int, int, float, bool]]) -> list[Figure]:
    """`trade doubled`, `exports tripled to $90 million`, and as an aim or outlook `to double`, `doubling
    bilateral trade by 2026`, `could double` (the clause's words give the status): a change with no
    number. Not when the clause states its rate in figures."""
    out = []
    doc = sent.doc
    words = _multiplier_words(doc)
    for i in words[bisect_left(words, sent.start):bisect_left(words, sent.end)]:
        tok = doc[i]
        pct = lexicon().multiplier_verbs.get(tok.lemma_.lower())
        if pct is None or not tok.tag_.startswith("VB"):
            continue
        if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and (c.lower_ == "to" or c.tag_ == "MD")
                                                 for c in tok.children):
            # an aim or outlook (`to double trade`, `could double`): only of a flow the verb itself names
            # (not `investments ... could double` beside a trade figure)
            lex = lexicon()
            if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                    c.lower_ in lex.metric_nouns or c.lemma_.lower() in lex.metric_nouns
                    or c.lemma_.lower() in lex.measure_nouns) for c in tok.children):
                continue
        if any(tok.left_edge.idx <= start < tok.right_edge.idx + len(tok.right_edge) for start, *_ in numbers):
            continue
        out.append(Figure("change", tok.idx, tok.idx + len(tok), tok, change_pct=float(pct)))
    return out


def _coordinated(doc: Doc, previous: Figure, span: SpacySpan) -> bool:
    """The figure continues a list started by the previous change (no verb in between)."""
    between = doc[previous.anchor.i + 1:span.start]
    return len(between) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in between)


def change_sign(doc: Doc, span: SpacySpan, sent: SpacySpan) -> Optional[int]:
    """+1 / -1 from the words of change around a percentage, None when it is no change (`70 percent of`)."""
    signs = lexicon().change_sign
    after = [t for t in doc[span.end:min(span.end + 3, sent.end)] if not t.is_punct or t.text == "-"]
    if after and after[0].lower_ in lexicon().share_words:
        return None
    # `rose to 35 percent`, `stood at 5 percent`: a level, not a change
    before = [t for t in doc[max(sent.start, span.start - 4):span.start] if t.lower_ not in lexicon().hedges]
    if before and before[-1].lower_ in ("to", "at"):
        # ... unless what stands there is a change (`the growth of turnover had stood at 23.8%`)
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        return _sign_of(subject, signs) if subject is not None and subject.pos_ == "NOUN" else None
    # `a 15.3 percent increase`, `a 10.2-percent expansion`
    for tok in after[:2]:
        if tok.text == "-":
            continue
        if _sign_of(tok, signs) is not None:
            return _sign_of(tok, signs)
        if tok.lower_ in lexicon().change_after:
            return lexicon().change_after[tok.lower_]
        break
    # `declined 1.1 percent`, `growth ... was 15.4%`
    tok = span.root
    for _ in range(4):
        if tok.head == tok:
            break
        tok = tok.head
        s = _sign_of(tok, signs)
        if s is not None:
            return s
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    for t in child.subtree:
                        if _sign_of(t, signs) is not None:
                            return _sign_of(t, signs)
            break
    # `up by $2.8 billion, or 24 percent`: a rate coordinated with an absolute change shares its sign
    root = span.root
    if root.dep_ == "conj" and root.head.i < root.i:
        for tok in reversed(doc[max(sent.start, root.head.left_edge.i - 4):root.head.left_edge.i]):
            s = _sign_of(tok, signs)
            if s is not None:
                return s
    # `down 14 percent`, `a surge of about 28 percent`
    for tok in reversed(doc[max(sent.start, span.start - 5):span.start]):
        if tok.is_punct and tok.text not in ("-",):
            break
        if tok.like_num:
            break
        s = _sign_of(tok, signs)
        if s is not None:
            return s
    return None


def _sign_of(tok: Token, signs: dict[str, int]) -> Optional[int]:
    return signs.get(tok.lower_, signs.get(tok.lemma_.lower()))
