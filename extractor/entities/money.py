"""Monetary amounts in whole units with ISO 4217 currency codes.

A mention is a number with a currency form before it (``$273.1 million``,
``US$10 billion``, ``USD 5 mln``, ``Dh1.395 trillion``, ``Rs 5,000 crore``) or after it
(``5 million dollars``, ``1.5 trillion rubles``, ``20 million AZN``), plus an optional
scale word. The vocabularies are data: ``data/currencies.json`` (symbols, codes and
names -> ISO 4217) and ``data/scales.json`` (scale words, hedges).

Three steps:

1. ``scan_money`` (pure text): every number with its currency form, scale and hedge,
   plus *bare* scaled numbers (``2.5 billion``) that name no currency.
2. Shared forms (``$``, ``dollars``, ``Rs``, ``¥``, ``pounds``...) are resolved to one
   currency: the member of the family last named before the mention (SPEC: ``$`` alone
   is USD unless the text names another dollar), else the one the text names anywhere,
   else the one of the first country the article names, else the family default.
3. ``find_money`` (on the Doc): a bare scaled number counts as money when its sentence
   holds an explicit amount and nothing marks it as a count (``1.4 billion people``);
   it takes the currency of the nearest such amount (``exports amounted to 2.5 billion,
   while imports to $1.6 billion``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from spacy.language import Language
from spacy.tokens import Doc

from .. import knowledge
from ..patterns import trie_pattern
from ..records import Money
from ..spans import doc_text

_CURRENCIES = knowledge.load("currencies")
_SCALES = knowledge.load("scales")


@dataclass(frozen=True)
class Unit:
    """What a currency form denotes: one ISO code, or a family to resolve."""

    code: str | None = None
    family: str | None = None
    factor: Decimal = Decimal(1)   # 0.01 for cents, pence...
    # a letter prefix (`N`, `Sh`) that is money only where the article names its country
    needs_country: bool = False


@dataclass(frozen=True)
class MoneyMatch:
    """One amount found in the text, before its currency is settled."""

    start: int
    end: int
    amount: Decimal
    unit: Unit | None          # None: a bare scaled number
    approximate: bool = False
    currency: str | None = None
    # money only where the article names the currency's country (`N461`, `R18.24`)
    needs_country: bool = False


# ---------- lookups, built once ----------

def _add_symbols(symbols: list[str], unit: Unit, prefixes: dict[str, Unit], postfix_exact: dict[str, Unit]) -> None:
    """Symbols stand before the number; non-letter ones other than dollars may also follow it (500 €)."""
    for sym in symbols:
        prefixes[sym] = unit
        if not sym[0].isalpha() and "$" not in sym:
            postfix_exact[sym] = unit


def _build_lookups():
    prefixes: dict[str, Unit] = {}   # before the number, case-sensitive
    postfix_names: dict[str, Unit] = {}   # after the number, any case (keys lowercased)
    postfix_exact: dict[str, Unit] = {}   # after the number, case-sensitive (codes, symbols)
    namings: dict[str, str] = {}          # lowercased explicit name -> ISO code
    homonyms = {n.lower() for n in _CURRENCIES["homonym_names"]}
    for code, forms in _CURRENCIES["currencies"].items():
        unit = Unit(code=code)
        _add_symbols(forms["symbols"], unit, prefixes, postfix_exact)
        for c in forms["codes"]:
            prefixes[c] = unit
            postfix_exact[c] = unit
        for name in forms["names"]:
            postfix_names[name.lower()] = unit
            # `sum`, `sterling`, `won`... also say other things: they name no currency
            if name.lower() not in homonyms:
                namings[name.lower()] = code
    for family, spec in _CURRENCIES["families"].items():
        unit = Unit(family=family)
        _add_symbols(spec["symbols"], unit, prefixes, postfix_exact)
        for name in spec["names"]:
            postfix_names[name.lower()] = unit
        for sym in spec.get("letter_symbols", []):
            prefixes[sym] = Unit(family=family, needs_country=True)
        for sub in spec.get("subunits", []):
            postfix_names[sub.lower()] = Unit(family=family, factor=Decimal(str(_CURRENCIES["subunits"][sub])))
    return prefixes, postfix_names, postfix_exact, namings


PREFIXES, POSTFIX_NAMES, POSTFIX_EXACT, NAMINGS = _build_lookups()
FAMILIES = _CURRENCIES["families"]
NEEDS_SCALE = frozenset(_CURRENCIES["needs_scale"])
HOMONYMS = frozenset(n.lower() for n in _CURRENCIES["homonym_names"])

SCALE_WORDS = {w.lower(): Decimal(v) for w, v in _SCALES["scales"].items()}
ABBREVIATIONS = {w: Decimal(v) for w, v in _SCALES["abbreviations"].items()}
BIG_SCALES = frozenset(_SCALES["big_scales"])
NUMBER_WORDS = {w: Decimal(str(v)) for w, v in _SCALES["number_words"].items()}
COUNT_NOUNS = frozenset(_SCALES["count_nouns"])

_SP = r"[ \u00a0]"


def _alternation(forms, *, word_edges: bool) -> str:
    """Longest first, so ``US$`` wins over ``$`` and ``US dollars`` over ``dollars``."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        rx = re.escape(form).replace(r"\ ", _SP + "+")
        if word_edges and form[0].isalpha():
            rx = r"(?<![A-Za-z])" + rx
        parts.append(rx)
    return "|".join(parts)


# a number: `5`, `273.1`, `5,000`, `5,00,000`, `1.234,5`, `5 000 000`
NUM_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,])(?:[.,]\d+)?|\d+(?:[.,]\d+)*)")
WORD_NUM_RE = re.compile(
    r"(?<![A-Za-z])(?:" + trie_pattern(NUMBER_WORDS, space=_SP + "+") + r")(?=(?:" + _SP + r"|-)(?i:"
    + _alternation(SCALE_WORDS, word_edges=False) + r")(?![A-Za-z]))", re.I)
# a currency form ending right before the number (searched with endpos = number start)
# (two tries, not one alternation of ~170 forms: searched before every number)
PREFIX_RE = re.compile(r"(?:(?<![A-Za-z])" + trie_pattern({f for f in PREFIXES if f[0].isalpha()}, space=_SP + "+")
                       + "|" + trie_pattern({f for f in PREFIXES if not f[0].isalpha()}, space=_SP + "+")
                       + r")" + _SP + r"?\Z")
# one or two scale words after the number: `million`, `bn`, `lakh crore`, `-trillion`
_SCALE_ALT = "(?i:" + _alternation(SCALE_WORDS, word_edges=False) + ")"
SCALE_RE = re.compile(
    _SP + r"?-?" + _SP + r"?(?P<s1>" + _SCALE_ALT + "|" + _alternation(ABBREVIATIONS, word_edges=False) + r")"
    r"(?:" + _SP + r"(?P<s2>" + _SCALE_ALT + r"))?(?![A-Za-z\d])")
# a currency form right after the number or its scale
POSTFIX_RE = re.compile(
    r"(?:" + _SP + r"+|-|" + _SP + r"?-" + _SP + r"?)?"
    r"(?:(?P<name>(?i:" + _alternation(POSTFIX_NAMES, word_edges=False) + r"))"
    r"|(?P<exact>" + _alternation(POSTFIX_EXACT, word_edges=False) + r"))(?![A-Za-z])")
# every explicit naming of a currency in the text, for resolving `$`, `rupees`...
# hundreds of currency names: a trie, not an alternation (see patterns.py)
NAMING_RE = re.compile(r"(?<![A-Za-z])(?i:" + trie_pattern({n.lower() for n in NAMINGS}, space=_SP + "+") + r")(?![A-Za-z])")
HEDGE_RE = re.compile(
    r"(?<![A-Za-z])(?i:" + _alternation(_SCALES["approximators"], word_edges=False) + r")" + _SP + r"+\Z")
HEDGE_AFTER_RE = re.compile(r"(?i:" + _alternation(_SCALES["approximators_after"], word_edges=False) + r")(?![A-Za-z\d])")
# `$5-6 billion`, `5 to 6 million dollars`, `between $2 and $3 billion`
RANGE_RE = re.compile(_SP + r"?(?:-|–|—)" + _SP + r"?|" + _SP + r"+(?:to|and)" + _SP + r"+")
OPEN_BRACKET_RE = re.compile(r"\([^()\n]*\Z")
CLOSE_BRACKET_RE = re.compile(r"[^()\n]*\)")
COMPOUND_RE = re.compile(_SP + r"+(?:and" + _SP + r"+)?")
BETWEEN_RE = re.compile(r"(?i:between|from)" + _SP + r"+\S*\Z")
# `in 2015 dollars`: a price level, not an amount
PRICE_LEVEL_RE = re.compile(r"(?i:\bin|constant|current|real)" + _SP + r"+\Z")
# `weighs 1 million pounds`: words before a homonym name that make it a unit
HOMONYM_BLOCKER_RE = re.compile(r"(?<![A-Za-z])(?i:" + _alternation(_CURRENCIES["homonym_blockers"], word_edges=False)
                                + r")(?![A-Za-z])")
YEAR_RE = re.compile(r"(?:19|20)\d\d\Z")
# an all-capital code glued to a one- or two-digit integer (`COP28`, `EUR7`-style names): a
# name; amounts written glued carry a scale (`USD5m`) or more digits (`USD500`)
PROPER_NOUN_CODE_RE = re.compile(r"[A-Z]{3,}\d{1,2}")
WORD_RE = re.compile(r"[A-Za-z]+")

_WINDOW = 24   # characters before a number that may hold its currency form or hedge


# ---------- numbers ----------

def parse_number(raw: str) -> Decimal | None:
    """``'5,000'`` -> 5000, ``'273.1'`` -> 273.1, ``'5,00,000'`` -> 500000, ``'1.234,5'`` -> 1234.5.

    English separators unless the number can only be read otherwise: one dot is a
    decimal point (``1.395 trillion``), several are thousands (``1.234.567``).
    """
    raw = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    if "," in raw and "." in raw:
        decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        raw = raw.replace(thousands, "").replace(decimal_sep, ".")
    elif "," in raw:
        groups = raw.split(",")
        # `12,5` / `1,5 billion` (one comma, not three digits after it) is a decimal comma;
        # `5,000`, `5,00,000` (Indian grouping) are thousands
        raw = ".".join(groups) if len(groups) == 2 and len(groups[1]) != 3 else "".join(groups)
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _hedged(text: str, start: int, end: int) -> bool:
    return bool(HEDGE_RE.search(text, max(0, start - _WINDOW), start) or HEDGE_AFTER_RE.match(text, end))


# ---------- step 1: scanning ----------

@dataclass
class _Raw:
    start: int           # of the currency form before the number, or of the number
    num_start: int
    num_end: int
    end: int
    value: Decimal       # the number, before scaling
    scale: Decimal | None
    prefix: Unit | None
    postfix: Unit | None
    word_number: bool = False


def _scan_one(text: str, num_start: int, num_end: int, value: Decimal, word_number: bool) -> _Raw | None:
    prefix = None
    start = num_start
    if not word_number:
        pm = PREFIX_RE.search(text, max(0, num_start - 8), num_start)
        if pm:
            form = pm.group(0).rstrip(" \u00a0")
            prefix = PREFIXES.get(form) or PREFIXES.get(re.sub(r"[ \u00a0]+", " ", form))
            start = pm.start()
    pos = num_end
    scale = None
    sm = SCALE_RE.match(text, pos)
    if sm:
        s1 = sm.group("s1")
        if s1.lower() in SCALE_WORDS:
            scale = SCALE_WORDS[s1.lower()]
        elif prefix is not None or POSTFIX_RE.match(text, sm.end()):
            # `$5m`, `5m euros` yes; `5m` alone (metres) no
            scale = ABBREVIATIONS.get(s1)
        if scale is not None:
            if sm.group("s2"):
                scale *= SCALE_WORDS[sm.group("s2").lower()]
            pos = sm.end()
    postfix = None
    end = pos
    if prefix is None:
        qm = POSTFIX_RE.match(text, pos)
        if qm is None and scale is not None and text[pos:pos + 1] == "." and len(sm.group("s1")) <= 4:
            qm = POSTFIX_RE.match(text, pos + 1)   # `5 mln. manats`: the abbreviation's dot
        if qm:
            if qm.group("name"):
                name = re.sub(r"[ \u00a0]+", " ", qm.group("name")).lower()
                postfix = POSTFIX_NAMES.get(name)
                # `500 pounds (225 kilograms)`, `5 million pounds of beef`: weight, not money
                if name in HOMONYMS and (scale is None or re.match(_SP + r"+of\b", text[qm.end():qm.end() + 4])
                                         or HOMONYM_BLOCKER_RE.search(text, max(0, num_start - 40), num_start)):
                    postfix = None
            else:
                postfix = POSTFIX_EXACT.get(qm.group("exact"))
            if postfix is not None:
                end = qm.end()
    if word_number and (scale is None or postfix is None):
        return None
    # `a billion-dollar industry` describes a size, it reports no amount
    if word_number and text[pos:pos + 1] == "-":
        return None
    if prefix is not None and scale is None:
        form = text[start:num_start].strip(" \u00a0")
        if form in NEEDS_SCALE:
            # `R5` alone is no amount, unless the article turns out to be about the rand's country
            prefix = replace(prefix, needs_country=True)
        # `euro 2020`, `USD 2021`: a letter form before a year is no amount
        if form[:1].isalpha() and YEAR_RE.match(text[num_start:num_end]) and num_end - num_start == 4:
            return None
        # `COP28`, `G20`: a letter code glued to an integer and capitalised like a name is
        # a proper noun (a summit, a group), not an amount; `Rs500`, `Dh1,000`, `USD5m` stay
        if PROPER_NOUN_CODE_RE.fullmatch(text, start, num_end):
            return None
    if postfix is not None and scale is None and YEAR_RE.match(text[num_start:num_end]) \
            and num_end - num_start == 4 and PRICE_LEVEL_RE.search(text, max(0, num_start - 10), num_start):
        return None
    return _Raw(start, num_start, num_end, end, value, scale, prefix, postfix, word_number)


def _scan_raw(text: str) -> list[_Raw]:
    raws = []
    for m in NUM_RE.finditer(text):
        value = parse_number(m.group(0))
        if value is None:
            continue
        raw = _scan_one(text, m.start(), m.end(), value, word_number=False)
        if raw:
            raws.append(raw)
    for m in WORD_NUM_RE.finditer(text):
        words = re.sub(r"[ \u00a0]+", " ", m.group(0)).lower()
        raw = _scan_one(text, m.start(), m.end(), NUMBER_WORDS[words], word_number=True)
        if raw:
            raws.append(raw)
    raws.sort(key=lambda r: r.start)
    return raws


def _join_compounds(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``2 billion 300 million dollars``: one amount written as two scaled parts."""
    out: list[_Raw] = []
    for r in raws:
        prev = out[-1] if out else None
        if (prev is not None and prev.scale is not None and r.scale is not None and r.scale < prev.scale
                and prev.postfix is None and r.prefix is None
                and COMPOUND_RE.fullmatch(text, prev.end, r.start)):
            out[-1] = replace(prev, end=r.end, num_end=r.num_end, value=prev.value * prev.scale + r.value * r.scale,
                              scale=Decimal(1), postfix=r.postfix)
            continue
        out.append(r)
    return out


_YEAR_BOUND_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_PREP_RE = re.compile(r"\b(?:in|since|by|until|of|for|during)\s+\Z", re.I)


def _link_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``$5-6 billion``: the first bound borrows the scale and currency of the second."""
    out = list(raws)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.scale is not None or a.postfix is not None or (b.scale is None and b.postfix is None):
            continue
        if a.prefix is None and _YEAR_BOUND_RE.fullmatch(text, a.start, a.num_end) \
                and _YEAR_PREP_RE.search(text, max(0, a.start - 12), a.start):
            continue   # `87.7 billion USD in 2022 to 79.4 billion USD`: a year, not a bound
        sep = RANGE_RE.fullmatch(text, a.num_end, b.start)
        if not sep:
            continue
        if sep.group(0).strip() == "and" and not BETWEEN_RE.search(text, max(0, a.start - 20), a.start):
            continue
        unit = a.prefix or b.prefix or b.postfix
        if unit is None:
            continue
        out[i] = replace(a, scale=b.scale, postfix=a.postfix or (None if a.prefix else b.postfix))
        if b.prefix is None and b.postfix is None:
            out[i + 1] = replace(b, prefix=unit, start=b.start)
    return out


def scan_money(text: str) -> list[MoneyMatch]:
    """Every amount in ``text``: explicit ones with a ``Unit``, bare scaled ones with ``unit=None``.

    Currencies are not resolved yet (see ``resolve_currencies``).
    """
    out = []
    for r in _link_ranges(text, _join_compounds(text, _scan_raw(text))):
        unit = r.prefix or r.postfix
        if unit is None:
            # a number naming no currency: only a scaled one may still be money
            sm = SCALE_RE.match(text, r.num_end)
            if r.scale is None or r.word_number or not sm or sm.group("s1").lower() not in BIG_SCALES:
                continue
        amount = r.value * (r.scale or 1) * (unit.factor if unit else 1)
        out.append(MoneyMatch(start=r.start, end=r.end, amount=amount, unit=unit,
                              approximate=_hedged(text, r.start, r.end),
                              currency=unit.code if unit else None,
                              needs_country=bool(unit and unit.needs_country)))
    return _drop_overlaps(out)


def _drop_overlaps(matches: list[MoneyMatch]) -> list[MoneyMatch]:
    """When two readings overlap (`a hundred million` vs `hundred million`) keep the longer."""
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[MoneyMatch] = []
    for m in matches:
        if out and m.start < out[-1].end:
            if m.unit is not None and out[-1].unit is None or (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


# ---------- step 2: shared forms -> one currency ----------

def _namings(text: str, matches: list[MoneyMatch]) -> list[tuple[int, str]]:
    """(position, ISO code) of every explicit naming of a currency: amounts and bare names."""
    found = [(m.start, m.currency) for m in matches if m.currency]
    found += [(m.start(), NAMINGS[re.sub(r"[ \u00a0]+", " ", m.group(0)).lower()]) for m in NAMING_RE.finditer(text)]
    found.sort()
    return found


def resolve_currencies(text: str, matches: list[MoneyMatch], countries: list[str] = ()) -> list[MoneyMatch]:
    """Settle ``$``, ``dollars``, ``Rs``, ``¥``... to one ISO code each (see the module doc)."""
    if not any(m.unit and m.unit.family for m in matches):
        return matches
    namings = _namings(text, matches)
    out: list[MoneyMatch] = []
    for m in matches:
        if m.unit is None or m.unit.code:
            out.append(m)
            continue
        default = FAMILIES[m.unit.family]["default"]
        if out and out[-1].unit is not None and out[-1].unit.code and out[-1].currency != default \
                and out[-1].currency in FAMILIES[m.unit.family]["members"] \
                and CONVERSION_OPEN_RE.fullmatch(text, out[-1].end, m.start):
            # `287 billion Australian dollars ($184 billion)`: the bracket restates a named local
            # dollar in the family's reference one, not in the local one again
            out.append(replace(m, currency=default))
            continue
        out.append(replace(m, currency=_resolve_family(m.unit.family, m.start, namings, countries,
                                                       default=not m.needs_country)))
    return out


# the opening of a bracketed conversion: ` (`, ` (about `, ` (or roughly `
CONVERSION_OPEN_RE = re.compile(r"\s*\(\s*(?:(?:or|about|around|approximately|roughly|some|nearly)\s+)*", re.I)


def _resolve_family(family: str, position: int, namings: list[tuple[int, str]], countries, *,
                    default: bool = True) -> str | None:
    """The member of ``family`` the text means at ``position``; the family's default only
    when ``default`` (a letter prefix like `N` has none: no country of its own, no money)."""
    spec = FAMILIES[family]
    members = spec["members"]
    for strategy in spec["resolve"]:
        if strategy == "preceding":
            before = [code for pos, code in namings if pos < position and code in members]
            if before:
                return before[-1]
        elif strategy == "text":
            named = [code for _, code in namings if code in members]
            if named:
                return named[0]
        elif strategy == "country":
            by_country = {cc: code for code, cc in members.items() if cc}
            for cc in countries:
                if cc in by_country:
                    return by_country[cc]
    return spec["default"] if default else None


# ---------- public helpers ----------

def _whole(amount: Decimal) -> float:
    """A float without binary noise: the scaling was exact (Decimal), one rounding here."""
    return float(amount)


def parse_money(text: str) -> tuple[float, str | None] | None:
    """``'$273.1 million'`` -> ``(273100000.0, 'USD')``; the first amount in ``text``.

    A scaled number naming no currency (``'2.5 billion'``) gives ``(2500000000.0, None)``;
    no number at all gives None. Pure: shared forms resolve from ``text`` alone.
    """
    matches = [m for m in resolve_currencies(text, scan_money(text)) if not m.needs_country]
    explicit = [m for m in matches if m.unit is not None]
    best = explicit[0] if explicit else (matches[0] if matches else None)
    if best is None:
        return None
    return _whole(best.amount), best.currency


# ---------- step 3: the Doc ----------

def _country_order(doc: Doc) -> list[str]:
    countries = doc._.countries or []
    firsts = []
    for c in countries:
        first = min((s.start for s in c.mentions), default=10 ** 9)
        firsts.append((first, c.code))
    return [code for _, code in sorted(firsts)]


def _is_count(doc: Doc, token_starts: list[int], m: MoneyMatch) -> bool:
    """``1.4 billion people``, ``a population of 1.4 billion``: the number counts things."""
    text = doc_text(doc)
    before = WORD_RE.findall(text[max(0, m.start - 40):m.start])[-3:]
    if any(w.lower() in COUNT_NOUNS for w in before):
        return True
    nxt = WORD_RE.match(text, m.end + (len(text[m.end:]) - len(text[m.end:].lstrip(" \u00a0"))))
    if nxt is None:
        return False
    if nxt.group(0).lower() in COUNT_NOUNS:
        return True
    i = bisect_left(token_starts, nxt.start())
    if i < len(token_starts) and token_starts[i] == nxt.start():
        # `2.5 billion cubic metres`, `5 million barrels`: a unit or counted noun follows
        return doc[i].pos_ in ("NOUN", "PROPN")
    return False


def _in_brackets(text: str, m: MoneyMatch) -> bool:
    """``243 billion yuan ($38.2 billion)``: the bracketed amount converts the one before."""
    return bool(OPEN_BRACKET_RE.search(text, max(0, m.start - 30), m.start)
                and CLOSE_BRACKET_RE.match(text, m.end, m.end + 30))


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text(doc))]


def _inherit(doc: Doc, matches: list[MoneyMatch]) -> list[MoneyMatch]:
    """A bare scaled number takes the currency of the nearest explicit amount in its sentence."""
    if all(m.unit is not None for m in matches):
        return matches
    bounds = _sentence_bounds(doc)
    sent_starts = [s for s, _ in bounds]
    token_starts = [t.idx for t in doc]

    def sentence_of(pos: int) -> int:
        return max(0, bisect_left(sent_starts, pos + 1) - 1)

    out = []
    for m in matches:
        if m.unit is not None:
            out.append(m)
            continue
        sent = sentence_of(m.start)
        peers = [p for p in matches if p.unit is not None and p.currency and sentence_of(p.start) == sent]
        if not peers or _is_count(doc, token_starts, m):
            continue
        # a converted figure in brackets is the second reading: the currency named first wins
        main = [p for p in peers if not _in_brackets(doc_text(doc), p)] or peers
        nearest = min(main, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
        out.append(replace(m, currency=nearest.currency))
    return out


def currency_country(code: str) -> str | None:
    """The country of an ISO 4217 code: its first two letters, but for a currency union's (EUR, XOF)."""
    return None if code[:1] == "X" or code == "EUR" else code[:2]


def _fits_country(m: MoneyMatch, countries: list[str]) -> bool:
    """A letter prefix trusted only in its country's articles: `N461` in a Nigerian one."""
    if not m.needs_country:
        return True
    return m.currency is not None and currency_country(m.currency) in countries


def find_money(doc: Doc) -> list[Money]:
    """Every monetary amount in the article's content (never in its front matter)."""
    text = doc_text(doc)
    front = doc._.front
    matches = scan_money(text)
    if front is not None:
        matches = [m for m in matches if not front.is_metadata(m.start, m.end)]
    countries = _country_order(doc)
    matches = [m for m in resolve_currencies(text, matches, countries) if _fits_country(m, countries)]
    matches = _inherit(doc, matches)
    return [Money(text=text[m.start:m.end], start=m.start, end=m.end, amount=_whole(m.amount),
                  currency=m.currency, approximate=m.approximate) for m in matches]


@Language.component("newsfacts_money")
def money_component(doc: Doc) -> Doc:
    doc._.money = find_money(doc)
    return doc
