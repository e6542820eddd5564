"""Locations (cities, regions: places that are not countries) and organizations.

Locations are spaCy's GPE/LOC/FAC entities that are not countries, plus capitals and
major cities from ``data/countries.json`` that the small model mislabels (it often
tags `Tbilisi` or `Yerevan` as a person); each gets its country when the data knows
the place. Organizations are ORG entities. Both are deduplicated by name with every
mention kept; metadata (bylines, datelines), the publisher's own name, bare
countries and numbers are dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .. import knowledge
from ..records import Location, Organization
from ..doc_index import entities, tokens_where
from ..patterns import trie_pattern
from ..spans import doc_text, span_of
from .countries import country_code, place_country, without_country_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_EDGE_WORDS = frozenset({"the", "of", "and", "&", "in", "at", "for", "'s", "’s", "-", ",", "."})
_HAS_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=None)
def _known_places_re() -> re.Pattern:
    names = set()
    for entry in knowledge.load("countries")["countries"].values():
        names.update(entry["capitals"])
        names.update(entry["cities"])
    # a trie, longest first: `New Delhi` before `Delhi`
    return re.compile(r"(?<![\w\-])(?:" + trie_pattern(names) + r")(?![\w\-])")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without edge connectors and possessives, cut at the first line break."""
    for k in range(start, end):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            end = k + 1 if "\n" in doc[k].whitespace_ and "\n" not in doc[k].text else k
            break
    while start < end and doc[start].lower_ in _EDGE_WORDS:
        start += 1
    while end > start and doc[end - 1].lower_ in _EDGE_WORDS:
        end -= 1
    return start, end


def _clean_name(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=None)
def _junk_words() -> frozenset[str]:
    return frozenset(knowledge.load("places")["junk_words"])


@lru_cache(maxsize=None)
def _title_heads() -> frozenset[str]:
    return frozenset(w for phrase in knowledge.load("titles")["heads"] for w in phrase.split() if len(phrase.split()) == 1)


@lru_cache(maxsize=None)
def _generic_words() -> frozenset[str]:
    titles = knowledge.load("titles")
    return frozenset(titles["portfolios"]) | frozenset(titles["modifiers"]) | _title_heads()


def _is_junk(text: str) -> bool:
    """Numbers, page furniture (`File Photo`), non-Latin text, lone generic words (`Cabinet`)."""
    if not _HAS_LETTER.search(text) or len(text) < 2 or not re.search(r"[A-Za-z]", text):
        return True
    words = text.lower().split()
    if all(w in _junk_words() for w in words):
        return True
    return len(words) == 1 and words[0] in _generic_words()


def _titled_person(text: str) -> bool:
    """`Ruler of Dubai`, `Kyrgyz President Ali-Bek Osmonov`: a title, not a body."""
    words = text.lower().split()
    org_words = knowledge.load("titles")["org_words"]
    return any(w in _title_heads() for w in words) and not any(w in org_words for w in words)


def _only_countries(text: str) -> bool:
    """`India Bangladesh`, `Azerbaijan's`: nothing but country words."""
    return not re.sub(r"[\s\-–,'’s]+", "", without_country_words(text))


def _content_ents(doc: Doc, labels) -> list[tuple[SpacySpan, int, int]]:
    front = doc._.front
    out = []
    for ent in entities(doc):
        if ent.label_ not in labels:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if end <= start:
            continue
        span = doc[start:end]
        if front is not None and front.is_metadata(span.start_char, span.end_char):
            continue
        out.append((span, span.start_char, span.end_char))
    return out


def _name_like(tok) -> bool:
    titles = knowledge.load("titles")
    low = tok.lower_
    return (tok.text[:1].isupper() and tok.is_alpha and not tok.text.isupper() and low not in titles["org_words"]
            and low not in titles["portfolios"] and country_code(tok.text) is None and place_country(tok.text) is None)


def _without_trailing_name(doc: Doc, span: SpacySpan, person_words: set[str]) -> tuple[SpacySpan, int, int]:
    """`Ministry of Transport Elena Rossi` -> `Ministry of Transport`:
    the entity recogniser runs the official's name (a known person's surname) into the body's."""
    if len(span) < 3 or not (_name_like(span[-1]) and _name_like(span[-2])):
        return span, span.start_char, span.end_char
    # the surname is a person's elsewhere: tagged so, or standing alone again (`Ferri said`)
    surname = span[-1].text
    alone_again = any(not span.start <= i < span.end for i in tokens_where(doc, lambda text: text == surname))
    if span[-1].lower_ in person_words or alone_again:
        cut = span[:-2]
        start, end = _trim(doc, cut.start, cut.end)
        if end > start:
            cut = doc[start:end]
            return cut, cut.start_char, cut.end_char
    return span, span.start_char, span.end_char


def _person_words(doc: Doc) -> set[str]:
    """Last words of multi-word PERSON entities (`Qureshi` of `Tariq Aziz Qureshi`)."""
    return {ent[-1].lower_ for ent in entities(doc) if ent.label_ == "PERSON" and len(ent) >= 2}


def find_locations(doc: Doc) -> list[Location]:
    front = doc._.front
    found: dict[str, Location] = {}
    seen: set[tuple[int, int]] = set()
    person_words = _person_words(doc)

    def add(name: str, start: int, end: int) -> None:
        if (start, end) in seen or any(s <= start and end <= e for s, e in seen):
            return
        key = name.casefold()
        loc = found.get(key)
        if loc is None:
            loc = found[key] = Location(name=name, country=place_country(name), mentions=[])
        loc.mentions.append(span_of(doc, start, end))
        seen.add((start, end))

    for span, start, end in _content_ents(doc, PLACE_LABELS):
        name = _clean_name(span.text)
        if _is_junk(name) or country_code(name) or _only_countries(name):
            continue
        # `UNGA` tagged as a place: acronyms are organizations unless the data knows them
        if name.isupper() and len(name) <= 5 and place_country(name) is None:
            continue
        # `Sharma` tagged as a place here and as a person elsewhere
        if len(span) == 1 and span[0].lower_ in person_words and place_country(name) is None:
            continue
        add(name, start, end)
    # capitals and cities the model mislabelled (`Tbilisi` as a person)
    for m in _known_places_re().finditer(doc_text(doc)):
        if front is not None and front.is_metadata(m.start(), m.end()):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in seen):
            continue
        add(m.group(0), m.start(), m.end())
    locations = list(found.values())
    for loc in locations:
        loc.mentions.sort(key=lambda s: s.start)
    locations.sort(key=lambda loc: loc.mentions[0].start)
    return locations


def find_organizations(doc: Doc) -> list[Organization]:
    front = doc._.front
    publisher = (front.publisher or "").casefold() if front is not None else ""
    person_words = _person_words(doc)
    # surnames the model saw as persons anywhere, alone or in full (`Rossi said`)
    person_surnames = {ent[-1].lower_ for ent in entities(doc) if ent.label_ == "PERSON"}
    found: dict[str, Organization] = {}
    for span, start, end in _content_ents(doc, {"ORG"}):
        name = _clean_name(span.text)
        if _is_junk(name) or country_code(name) or _only_countries(name):
            continue
        if publisher and name.casefold() == publisher:
            continue
        span, start, end = _without_trailing_name(doc, span, person_surnames)
        name = _clean_name(span.text)
        if _is_junk(name) or _titled_person(name) or place_country(name):
            continue
        # `Qureshi` tagged ORG in one place and PERSON in another: a person
        if len(span) <= 2 and span[-1].lower_ in person_words:
            continue
        key = name.casefold()
        org = found.get(key)
        if org is None:
            org = found[key] = Organization(name=name, mentions=[])
        org.mentions.append(span_of(doc, start, end))
    return list(found.values())


@Language.component("newsfacts_places")
def places_component(doc: Doc) -> Doc:
    doc._.locations = find_locations(doc)
    doc._.organizations = find_organizations(doc)
    return doc
