"""What the people layer reads off a doc's tokens: the vocabulary of ``data/titles.json``
and per-doc token columns, kept in ``doc.user_data`` and shared by the name code
(``names``), the title code (``titles``) and the people finder (``people``).

The per-token passes select their few candidate tokens on the doc's attribute array
(one C call) and build ``Token`` objects only there: a Python Token per token of the doc
costs more than all the rules run at the candidates. So each token has its word
kinds as bits (``token_kinds``: title word, honorific, possessive ...), its character
offsets (``char_offsets``) and its sentence bounds (``sentence_bounds``), each computed
once per doc; and the countries layer's mentions are indexed by character
(``country_index``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy import attrs
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import knowledge
from ..spans import doc_text


@dataclass
class Vocabulary:
    heads: dict[str, list[tuple[str, ...]]]       # first word -> head phrases, longest first
    head_needs_of: frozenset[str]
    modifiers: frozenset[str]
    portfolios: frozenset[str]
    institutions: frozenset[str]
    relational: frozenset[str]
    abbreviations: dict[str, str]
    honorifics: frozenset[str]
    particles: frozenset[str]
    surname_words: frozenset[str]
    org_words: frozenset[str]
    title_words: frozenset[str]
    headline_words: frozenset[str]


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", phrase.lower()) if w)


@lru_cache(maxsize=None)
def vocabulary() -> Vocabulary:
    """The title vocabulary of ``data/titles.json``, indexed for token matching."""
    data = knowledge.load("titles")
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["heads"]:
        words = phrase_words(phrase)
        heads.setdefault(words[0], []).append(words)
    for phrases in heads.values():
        phrases.sort(key=len, reverse=True)
    title_words = {w for p in data["heads"] for w in phrase_words(p)} | {w.lower() for w in data["modifiers"]}
    return Vocabulary(
        heads=heads,
        head_needs_of=frozenset(data["head_needs_of"]),
        modifiers=frozenset(data["modifiers"]),
        portfolios=frozenset(data["portfolios"]),
        institutions=frozenset(data["institution_words"]),
        relational=frozenset(w for p in data["relational"] for w in phrase_words(p)),
        abbreviations=dict(data["abbreviations"]),
        honorifics=frozenset(data["honorifics"]),
        particles=frozenset(data["name_particles"]),
        surname_words=frozenset(data["surname_words"]),
        org_words=frozenset(data["org_words"]),
        title_words=frozenset(title_words),
        headline_words=frozenset(data["headline_words"]),
    )


def token_range(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens ``start:end``: a ``doc[start:end]`` Span costs more to make than the
    few tokens the rules read off it."""
    return [doc[k] for k in range(start, end)]


def char_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """(first character, end character) of every token, as lists built once per doc:
    the rules ask for many tokens' ``idx`` without needing the Token itself."""
    offsets = doc.user_data.get("newsfacts_people_offsets")
    if offsets is None:
        table = attributes(doc)
        starts = table[:, IDX]
        offsets = doc.user_data["newsfacts_people_offsets"] = (starts.tolist(), (starts + table[:, LENGTH]).tolist())
    return offsets


def range_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Characters of the (non-empty) tokens ``start:end``, as ``doc[start:end].start_char/end_char``."""
    starts, ends = char_offsets(doc)
    return starts[start], ends[end - 1]


def range_text(doc: Doc, start: int, end: int) -> str:
    """The text of the (non-empty) tokens ``start:end``, as ``doc[start:end].text``."""
    start_char, end_char = range_chars(doc, start, end)
    return doc_text(doc)[start_char:end_char]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token bounds of each token's sentence, built once per doc
    (``Token.sent`` recomputes the sentence at every access)."""
    bounds = doc.user_data.get("newsfacts_sentence_bounds")
    if bounds is None:
        bounds = []
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
        else:
            bounds = [(0, len(doc))] * len(doc)
        doc.user_data["newsfacts_sentence_bounds"] = bounds
    return bounds


def sentence_start(doc: Doc, i: int) -> int:
    return sentence_bounds(doc)[i][0]


def sentence_end(doc: Doc, i: int) -> int:
    return sentence_bounds(doc)[i][1]


def sentence_chars(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) characters of token ``i``'s sentence, as ``Span.start_char/end_char``."""
    start, end = sentence_bounds(doc)[i]
    return range_chars(doc, start, end)


def country_starting_at(doc: Doc, char: int) -> tuple[int, str] | None:
    """(end, code) of the country mention starting at character ``char``."""
    starts = doc.user_data.get("newsfacts_country_starts")
    if starts is None:
        starts = {s: (e, code) for s, e, code in country_index(doc)}
        if doc._.countries is not None:
            doc.user_data["newsfacts_country_starts"] = starts
    return starts.get(char)


def country_index(doc: Doc) -> list[tuple[int, int, str]]:
    index = doc.user_data.get("newsfacts_country_index")
    if index is None:
        index = sorted((m.start, m.end, c.code) for c in (doc._.countries or []) for m in c.mentions)
        if doc._.countries is not None:
            # cached only once the countries layer has run
            doc.user_data["newsfacts_country_index"] = index
    return index


# the columns of ``attributes``
LOWER, ORTH, POS, DEP, ENT_TYPE, ENT_IOB, IDX, LENGTH = range(8)
_ENT_INSIDE, _ENT_BEGIN = 1, 3      # spaCy's ENT_IOB codes for I and B


def attributes(doc: Doc) -> np.ndarray:
    """The doc's token attributes as one array (rows are tokens, columns ``LOWER`` ...), built once per doc."""
    table = doc.user_data.get("newsfacts_people_attributes")
    if table is None:
        table = doc.user_data["newsfacts_people_attributes"] = doc.to_array(
            [attrs.LOWER, attrs.ORTH, attrs.POS, attrs.DEP, attrs.ENT_TYPE, attrs.ENT_IOB, attrs.IDX, attrs.LENGTH])
    return table


# what a token's word may be, one bit each (``token_kinds``)
TRIGGER = 1         # where people's `_candidate_mentions` looks: title and honorific words, possessives, commas
TITLE_WORD = 2      # a title phrase may open here (`match_title`): head, modifier, portfolio, relational word, abbreviation
TITLE_START = 4     # `find_titles` tries a title here (by the lowercase word)
PLURAL_HEAD = 8     # a plural one-word title (`presidents`)
HEAD_WORD = 16      # a head title may start here (`match_head`): its first word, or an abbreviation
PREFIX_WORD = 32    # a modifier or portfolio word (`prefix_word`)
RELATIONAL = 64     # `counterpart`
TITLE_END = 128     # a title phrase may end in this word (a capitalised word too, see people's `_find_title_before`)


@lru_cache(maxsize=None)
def _kind_tables() -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """(by lowercase id, by exact-text id) lookup tables of the word kinds: sorted ids, their bits."""
    vocab = vocabulary()
    by_lower = {
        TRIGGER: set(vocab.heads) | vocab.honorifics | vocab.relational | {"'s", "’s"},
        TITLE_WORD: set(vocab.heads) | set(vocab.modifiers) | vocab.portfolios | vocab.relational,
        TITLE_START: set(vocab.modifiers) | vocab.portfolios | set(vocab.heads) | {a.lower() for a in vocab.abbreviations},
        PLURAL_HEAD: {w + "s" for w, phrases in vocab.heads.items() if (w,) in phrases},
        HEAD_WORD: set(vocab.heads),
        PREFIX_WORD: set(vocab.modifiers) | vocab.portfolios,
        RELATIONAL: set(vocab.relational),
        TITLE_END: vocab.title_words | vocab.portfolios | vocab.relational,
    }
    by_text = {TRIGGER: set(vocab.abbreviations) | {","}, TITLE_WORD: set(vocab.abbreviations),
               HEAD_WORD: set(vocab.abbreviations), TITLE_END: set(vocab.abbreviations)}
    return _kind_table(by_lower), _kind_table(by_text)


def string_ids(words) -> np.ndarray:
    """The string-store ids of ``words``: a string's id is its hash, the same in every vocab."""
    return np.array([get_string_id(w) for w in words], dtype=np.uint64)


def _kind_table(words_by_kind: dict[int, set[str]]) -> tuple[np.ndarray, np.ndarray]:
    bits: dict[int, int] = {}
    for kind, words in words_by_kind.items():
        for w in words:
            # a string's id is its hash: the same in every vocab, present or not
            key = get_string_id(w)
            bits[key] = bits.get(key, 0) | kind
    ids = sorted(bits)
    return np.array(ids, dtype=np.uint64), np.array([bits[i] for i in ids], dtype=np.uint8)


def _kinds_of(column: np.ndarray, table: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    ids, bits = table
    at = np.minimum(np.searchsorted(ids, column), len(ids) - 1)
    return np.where(ids[at] == column, bits[at], 0)


def token_kinds(doc: Doc) -> np.ndarray:
    """Per token, the bits of the word kinds it is (a binary search per column, once per doc);
    proper-noun subjects outside every entity are ``TRIGGER``s too."""
    kinds = doc.user_data.get("newsfacts_people_kinds")
    if kinds is None:
        table = attributes(doc)
        by_lower, by_text = _kind_tables()
        kinds = _kinds_of(table[:, LOWER], by_lower) | _kinds_of(table[:, ORTH], by_text)
        subject = ((table[:, DEP] == get_string_id("nsubj")) & (table[:, POS] == get_string_id("PROPN"))
                   & (table[:, ENT_TYPE] == 0))
        kinds[subject] |= TRIGGER
        doc.user_data["newsfacts_people_kinds"] = kinds
    return kinds


def kind_positions(doc: Doc, kind: int) -> list[int]:
    """The tokens of word kind ``kind``, in order."""
    return np.flatnonzero(token_kinds(doc) & kind).tolist()


def text_positions(doc: Doc, text: str) -> list[int]:
    """The tokens whose text is exactly ``text``, in order."""
    return np.flatnonzero(attributes(doc)[:, ORTH] == get_string_id(text)).tolist()


def person_entities(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) tokens of the PERSON entities, as ``doc.ents`` would give them
    (an entity runs from its B token over the I tokens after it) without building a
    ``Span`` for every entity of the doc."""
    table = attributes(doc)
    iob = table[:, ENT_IOB]
    starts = np.flatnonzero((iob == _ENT_BEGIN) & (table[:, ENT_TYPE] == get_string_id("PERSON")))
    if not len(starts):
        return []
    outside = np.flatnonzero(iob != _ENT_INSIDE)
    after = np.searchsorted(outside, starts, side="right")
    ends = np.append(outside, len(doc))[after]
    return list(zip(starts.tolist(), ends.tolist()))


def id_lists(doc: Doc) -> tuple[list[int], list[int]]:
    """(lowercase ids, text ids) of the tokens as lists, for rules that compare words one token at a time."""
    lists = doc.user_data.get("newsfacts_people_id_lists")
    if lists is None:
        table = attributes(doc)
        lists = doc.user_data["newsfacts_people_id_lists"] = (table[:, LOWER].tolist(), table[:, ORTH].tolist())
    return lists


def kind_list(doc: Doc) -> list[int]:
    """``token_kinds`` as a list, for the rules that test one token at a time."""
    kinds = doc.user_data.get("newsfacts_people_kind_list")
    if kinds is None:
        kinds = doc.user_data["newsfacts_people_kind_list"] = token_kinds(doc).tolist()
    return kinds
