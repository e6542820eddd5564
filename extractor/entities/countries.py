"""Countries referred to by name, short form or adjective, with ISO 3166-1 alpha-2 codes.

One compiled alternation of every surface form (pycountry names plus the short forms,
adjectives and demonyms of ``data/countries.json``) is run over the text, longest form
first, so ``South Korean`` beats ``Korean`` and ``Papua New Guinea`` beats ``Guinea``.
What the gold counts: names and adjectives, also inside organization names
(``Ministry of Economy of Azerbaijan``) and hyphen compounds (``Russia-China``,
``German-Azerbaijani``, ``Sino-Russian``). What it does not count: a capital alone
(``Baku``), regions (``Asia``, ``EU``), currency names (``US dollars``) and places
named after a country (``Korean Peninsula``, ``Indian Ocean``).

Lookup helpers for the other layers: ``country_code``, ``country_name``,
``capital_country``, ``capital_of``, ``place_country``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc

from .. import knowledge
from ..doc_index import entities
from ..patterns import trie_pattern
from ..records import Country
from ..spans import doc_text, span_of

_APOSTROPHES = "'’"


def _data() -> dict:
    return knowledge.load("countries")


def _pycountry_forms() -> dict[str, str]:
    """pycountry's names that read as running text (not ``Korea, Republic of``)."""
    forms: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                forms[value] = c.alpha_2
    return forms


@lru_cache(maxsize=None)
def surface_forms() -> dict[str, str]:
    """Every case-sensitive surface form of a country -> alpha-2 (data wins over pycountry)."""
    forms = _pycountry_forms()
    for code, entry in _data()["countries"].items():
        for form in entry["names"]:
            forms[form] = code
            # ALL-CAPS headlines: `AZERBAIJAN`
            if len(form) >= 4 and form.replace(" ", "").isalpha():
                forms.setdefault(form.upper(), code)
        for form in entry["adjectives"]:
            forms[form] = code
    for form in list(forms):
        if form.startswith("the "):
            forms.setdefault(form[4:], forms[form])
    return forms


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = _data()
    forms = surface_forms()
    country_re = re.compile(r"(?<!\w)(?:" + trie_pattern(forms) + r")(?![\w])")
    blocked_re = re.compile(r"(?<!\w)(?:" + _alternation(data["not_countries"]) + r")(?!\w)")
    # `US dollars`, `US$2 billion`, `US $4.7 million`: part of a currency's name
    currency_re = re.compile(r"(?:\s+(?:" + _alternation(data["currency_words"]) + r")\b|[ \t]?\$)")
    prefix_re = re.compile(r"(?<![\w\-])(" + _alternation(data["prefixes"]) + r")-(?=[A-Z])")
    return country_re, blocked_re, currency_re, prefix_re


@lru_cache(maxsize=None)
def _lower_forms() -> dict[str, str]:
    # acronyms (`US`, `UAE`) only in capitals: `us` is a pronoun
    return {form.casefold(): code for form, code in surface_forms().items()
            if not (form.replace(".", "").isupper() and len(form) <= 6)}


@lru_cache(maxsize=None)
def _places() -> tuple[dict[str, str], dict[str, str]]:
    capitals, places = {}, {}
    for code, entry in _data()["countries"].items():
        for city in entry["cities"]:
            places.setdefault(city.casefold(), code)
        for city in entry["capitals"]:
            capitals[city.casefold()] = code
            places[city.casefold()] = code
    return capitals, places


def _clean(text: str) -> str:
    text = " ".join(text.split())
    for apos in _APOSTROPHES:
        if text.endswith(apos + "s"):
            text = text[:-2]
        text = text.rstrip(apos)
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def without_country_words(text: str) -> str:
    """``text`` with every country name and adjective blanked (`India Bangladesh` -> ` `)."""
    return _patterns()[0].sub(" ", text)


def country_code(text: str | None) -> str | None:
    """Alpha-2 for a country name, short form, adjective or demonym (`Belarusian` -> BY), else None."""
    if not text:
        return None
    text = _clean(text)
    forms = surface_forms()
    if text in forms:
        return forms[text]
    return _lower_forms().get(text.casefold())


def country_name(code: str | None) -> str | None:
    """Common English short name of an alpha-2 code (`RU` -> `Russia`)."""
    if not code:
        return None
    entry = _data()["countries"].get(code.upper())
    if entry:
        return entry["name"]
    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return None
    return getattr(c, "common_name", None) or c.name


def capital_country(place: str | None) -> str | None:
    """The country whose capital ``place`` is (`Baku` -> AZ), else None."""
    if not place:
        return None
    return _places()[0].get(_clean(place).casefold())


def capital_of(code: str | None) -> str | None:
    """The capital of a country (`TJ` -> `Dushanbe`), else None."""
    entry = _data()["countries"].get((code or "").upper())
    return entry["capitals"][0] if entry and entry.get("capitals") else None


def place_country(place: str | None) -> str | None:
    """The country of a known capital, major city or region (`Dubai` -> AE), else None."""
    if not place:
        return None
    return _places()[1].get(_clean(place).casefold())


def _inside_person_name(doc: Doc, start: int, end: int) -> bool:
    """`Michael Jordan`, `Chad Smith`: a given-name country word next to another name word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON":
        return False
    ent = next((e for e in entities(doc) if e.start <= span.start and span.end <= e.end), None)
    if ent is None:
        return False
    neighbours = [doc[i] for i in (span.start - 1, span.end) if ent.start <= i < ent.end]
    titles = _title_words()
    return any(t.text[:1].isupper() and t.is_alpha and t.lower_ not in titles
               and t.text not in surface_forms() for t in neighbours)


@lru_cache(maxsize=None)
def _title_words() -> frozenset[str]:
    try:
        titles = knowledge.load("titles")
    except FileNotFoundError:
        return frozenset()
    words = set()
    for key in ("titles", "modifiers"):
        for phrase in titles.get(key, []):
            words.update(phrase.lower().split())
    return frozenset(words)


def country_matches(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of every country mention in the content of ``doc``."""
    text = doc_text(doc)
    country_re, blocked_re, currency_re, prefix_re = _patterns()
    forms = surface_forms()
    given_names = set(_data()["given_names"])
    front = doc._.front
    blocked = [(m.start(), m.end()) for m in blocked_re.finditer(text)]
    found: list[tuple[int, int, str]] = []
    for m in country_re.finditer(text):
        start, end, form = m.start(), m.end(), m.group(0)
        if front is not None and front.is_metadata(start, end):
            continue
        if any(b_start <= start and end <= b_end for b_start, b_end in blocked):
            continue
        if currency_re.match(text, end):
            continue
        if form in given_names and _inside_person_name(doc, start, end):
            continue
        found.append((start, end, forms[form]))
    starts = {start for start, _, _ in found}
    prefixes = knowledge.load("countries")["prefixes"]
    for m in prefix_re.finditer(text):
        # `Sino-Russian`: a combining form counts when a country word follows the hyphen
        if (m.end() in starts or m.group(1) == "Sino") and not (front and front.is_metadata(m.start(), m.end())):
            found.append((m.start(1), m.end(1), prefixes[m.group(1)]))
    found.extend(_shared_abbreviations(text, found, front))
    found.sort()
    return found


def _shared_abbreviations(text: str, found: list[tuple[int, int, str]], front) -> list[tuple[int, int, str]]:
    """`SA's exports` in an article that names South Africa (and not Saudi Arabia first)."""
    out = []
    named = [code for _, _, code in sorted(found)]
    for abbr, codes in _data()["shared_abbreviations"].items():
        code = next((c for c in named if c in codes), None)
        if code is None:
            continue
        for m in re.finditer(r"(?<![\w.\-])" + re.escape(abbr) + r"(?![\w\-]|\.\w)", text):
            if not (front is not None and front.is_metadata(m.start(), m.end())):
                out.append((m.start(), m.end(), code))
    return out


def find_countries(doc: Doc) -> list[Country]:
    by_code: dict[str, Country] = {}
    for start, end, code in country_matches(doc):
        country = by_code.get(code)
        if country is None:
            country = by_code[code] = Country(code=code, name=country_name(code) or code, mentions=[])
        country.mentions.append(span_of(doc, start, end))
    return list(by_code.values())


@Language.component("newsfacts_countries")
def countries_component(doc: Doc) -> Doc:
    doc._.countries = find_countries(doc)
    return doc
