"""Title phrases and the country or body their holder represents.

The title vocabulary (``data/titles.json``) is exposed for the event layer:
``match_title(doc, i)`` parses a title phrase starting at token ``i``
(`Deputy Prime Minister`, `Minister of Foreign Affairs`, `Emir of Qatar`,
`Ambassador to Azerbaijan`, `counterpart`), with the country from a possessive or
adjective just before (`Azerbaijan's`, `Uzbek`, `the country's`) or from `of <country>`
after, the host country of an ambassador (`to Azerbaijan`: where, not whom, they
serve) and the body named in or just before it (`UN Secretary-General`);
``find_titles(doc)`` lists every title phrase with its country, named or not
(`the Prime Minister of Belarus`), and ``is_international(org)`` tells bodies
whose officials represent no country.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import knowledge
from ..spans import doc_text
from .countries import country_code, place_country, surface_forms
from .names import given_name_head, name_token
from .people_index import (HEAD_WORD, LOWER, PREFIX_WORD, RELATIONAL, TITLE_START, TITLE_WORD, attributes, country_index,
                           id_lists, kind_list, phrase_words, range_chars, range_text, sentence_end, token_kinds,
                           token_range, vocabulary)


_POSSESSIVE_RE = re.compile(r"\s*(?:['’]s|['’])?\s*\Z")
_COUNTRY_WORD_RE = re.compile(r"\bthe (?:country|nation)['’]s\s*\Z")


@dataclass
class TitleMatch:
    """A title phrase: tokens ``start:end`` of the doc (tail included)."""

    start: int
    end: int
    title: str
    head: str                       # the last head word: `minister`, `president`
    country: str | None = None      # the country the holder represents
    organization: str | None = None
    host: str | None = None         # `Ambassador to Azerbaijan`: where, not whom, they serve
    relational: bool = False        # `counterpart`: the title is lent by another official
    chunk_start: int | None = None  # first token of the `of/at/to ...` chunk, if any
    country_span: tuple[int, int] | None = None  # characters of the words that gave the country
    host_span: tuple[int, int] | None = None
    start_char: int = 0
    end_char: int = 0


def match_head(doc: Doc, i: int, limit: int, qualified: bool = False) -> tuple[int, tuple[str, ...]] | None:
    """The head title starting at token ``i``: (end token, canonical words).

    ``qualified``: portfolio words precede it, so a bare `chief` or `head` is a title
    (`foreign policy chief`) without the `of ...` it otherwise needs."""
    if not kind_list(doc)[i] & HEAD_WORD:
        return None
    vocab = vocabulary()
    tok = doc[i]
    if tok.text in vocab.abbreviations:
        # `HM King Mohammed VI`: before a title of its own the capitals are an honorific
        # (His Majesty), not the title they abbreviate (Home Minister)
        if i + 1 < limit and doc[i + 1].lower_ in vocab.heads:
            return None
        return i + 1, phrase_words(vocab.abbreviations[tok.text])
    # the phrases' words compared by string id, on the id lists: no Token per word tried
    lowers, texts = id_lists(doc)
    dash, of = _HEAD_IDS["-"], _HEAD_IDS["of"]
    for words in vocab.heads.get(tok.lower_, ()):
        k, ok = i, True
        for w in words:
            while k < limit and texts[k] == dash:
                k += 1
            if k >= limit or lowers[k] != _HEAD_IDS[w]:
                ok = False
                break
            k += 1
        if ok:
            if (words[-1] in vocab.head_needs_of and len(words) == 1 and not qualified
                    and not (k < limit and lowers[k] == of)):
                continue
            return k, words
    return None


class _StringIds(dict):
    """String -> string-store id (its hash), computed on first use."""

    def __missing__(self, word: str) -> int:
        self[word] = get_string_id(word)
        return self[word]


_HEAD_IDS = _StringIds()


def prefix_word(tok: Token) -> bool:
    vocab = vocabulary()
    return tok.lower_ in vocab.modifiers or tok.lower_ in vocab.portfolios


def title_case(words: list[str]) -> str:
    small = {"of", "the", "and", "for", "to", "at", "in", "charge"}   # `in charge of`
    out = []
    for w in words:
        if w in small and out:
            out.append(w)
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _chunk_end(doc: Doc, i: int, limit: int) -> int:
    """End of a capitalised chunk (`the Executive Council of the Kingdom of Eswatini`)."""
    k = i
    country_ends = {e for _, e, _ in country_index(doc)}
    while k < limit:
        tok = doc[k]
        if tok.is_space or tok.text in (",", ";", ":", "(", ")", '"', "“", "”"):
            break
        if tok.text[:1].isupper():
            k += 1
            # `of China Li Qiang`: a name after the country ends the chunk
            if tok.idx + len(tok) in country_ends and k < limit and name_token(doc[k]):
                break
            continue
        if tok.lower_ in ("the", "of", "'s", "’s", "-", "for", "at"):
            k += 1
            continue
        if k > i and tok.pos_ in ("NOUN", "ADJ") and not tok.is_stop:
            # `the East Africa import desk at the Export Development Agency of Kenya`
            k += 1
            continue
        if tok.lower_ in ("and", "&") and k + 1 < limit:
            # `and Ruler of Dubai`: another title, not more of the chunk
            if match_head(doc, k + 1, limit) or not doc[k + 1].text[:1].isupper():
                break
            k += 1
            continue
        break
    while k > i and (doc[k - 1].lower_ in ("the", "of", "and", "&", "-", "for", "at", "'s", "’s")
                     or not doc[k - 1].text[:1].isupper()):
        k -= 1
    return k


def _countries_in(doc: Doc, start_char: int, end_char: int) -> list[str]:
    return [code for s, e, code in country_index(doc) if start_char <= s and e <= end_char]


def country_mention_before(doc: Doc, char: int) -> tuple[str, int, int] | None:
    """(code, start, end) of the country word that qualifies what starts at ``char``."""
    text = doc_text(doc)
    index = country_index(doc)
    # mentions starting at or after ``char`` also end after it: the scan starts before them
    for s, e, code in reversed(index[:bisect_left(index, (char,))]):
        if e <= char:
            if e >= char - 4 and _POSSESSIVE_RE.match(text, e, char):
                return code, s, e
            break
    if _COUNTRY_WORD_RE.search(text[max(0, char - 20):char]):
        # `the country's President`: the country last named
        before = [(code, s, e) for s, e, code in country_index(doc) if e <= char]
        return before[-1] if before else None
    return None


def _organization_before(doc: Doc, i: int) -> str | None:
    """The organization entity (or acronym) ending right before token ``i``."""
    if i == 0:
        return None
    k = i - 1
    tok = doc[k]
    if tok.ent_type_ == "ORG":
        while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == "ORG":
            k -= 1
        org = range_text(doc, k, i)
        return org[4:] if org.lower().startswith("the ") else org
    if tok.text.isupper() and 2 <= len(tok.text) <= 6 and tok.is_alpha and tok.text not in surface_forms():
        return tok.text
    return None


@lru_cache(maxsize=None)
def _international_re() -> re.Pattern:
    bodies = sorted(knowledge.load("titles")["international_bodies"], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(b) for b in bodies) + r")(?![\w])")


def is_international(organization: str | None) -> bool:
    """An intergovernmental body (`UN`, `Organization of Turkic States`): its officials represent no country."""
    return bool(organization) and _names_international_body(organization)


@lru_cache(maxsize=4096)
def _names_international_body(organization: str) -> bool:
    # the same few organizations come back article after article; the pattern is a long alternation
    return _international_re().search(organization) is not None


def match_title(doc: Doc, i: int, limit: int | None = None) -> TitleMatch | None:
    """Parse a title phrase starting at token ``i`` (not past token ``limit``).

    `Deputy Prime Minister`, `Commerce and Industry Minister`, `Vice President and
    Prime Minister of the UAE`, `Minister of Foreign Affairs`, `Emir of Qatar`,
    `Ambassador to Azerbaijan`, `counterpart`. The country comes from a possessive or
    adjective just before (`Belarus's`, `German`) or from `of <country>` after.
    """
    vocab = vocabulary()
    if limit is None:
        limit = sentence_end(doc, i)
    limit = min(limit, len(doc))
    # the word kinds of the tokens: cheap tests before any Token is built
    kinds = kind_list(doc)
    if i >= limit or not kinds[i] & TITLE_WORD:
        # a title phrase opens with a title word
        return None
    k, head_end, head_words = i, None, None
    relational = False
    while k < limit:
        kind = kinds[k]
        if kind & RELATIONAL and head_end is None and k == i + _prefix_len(doc, i, k):
            head_end, head_words, relational = k + 1, (doc[k].lower_,), True
            break
        head = (match_head(doc, k, limit, qualified=k > i and doc[k - 1].lower_ in vocab.portfolios)
                if kind & HEAD_WORD else None)
        if head and head_end == k and given_name_head(doc, k):
            # `Minister Amir Hakim`: a head word right after a title, before a name, is a given name
            break
        if head:
            head_end, head_words = head
            k = head_end
            continue
        if kind & PREFIX_WORD:
            k += 1
            continue
        tok = doc[k]
        if tok.lower_ in ("and", "&") and k > i and k + 1 < limit and (
                prefix_word(doc[k + 1]) or match_head(doc, k + 1, limit)):
            k += 1
            continue
        if tok.text == "-" and k > i:
            k += 1
            continue
        break
    if head_end is None:
        return None
    words = [vocab.abbreviations.get(t.text, t.text) for t in token_range(doc, i, head_end) if t.text != "-"]
    end = head_end
    match = TitleMatch(start=i, end=end, title="", head=head_words[-1], relational=relational)
    # `Minister of Economy`, `Minister for Foreign Affairs`: a portfolio belongs to the title
    if not relational and end + 1 < limit and doc[end].lower_ in ("of", "for"):
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        tail_start = k
        # `of Investments, Industry and Trade`: a list of portfolios
        while k < limit and (doc[k].lower_ in vocab.portfolios or (doc[k].lower_ in ("and", ",") and k > tail_start
                                                                   and k + 1 < limit and doc[k + 1].lower_ in vocab.portfolios | {"and"})):
            k += 1
        while k > tail_start and doc[k - 1].lower_ in ("and", ","):
            k -= 1
        tail = [t.lower_ for t in token_range(doc, tail_start, k) if t.text != ","]
        # `of the International Market Research Institute`: the words start an organization's name
        org_follows = k < limit and doc[k].text[:1].isupper() and any(
            t.lower_ in vocab.org_words for t in token_range(doc, k, _chunk_end(doc, k, limit)))
        if tail and not set(tail) & vocab.institutions and not org_follows:
            words += [doc[end].lower_] + range_text(doc, tail_start, k).split()
            end = k
    # `Minister of Economy and Finance in charge of Industry`, `Deputy Prime Minister in charge of
    # the Economy`: the portfolio a post is charged with belongs to the title
    if not relational and end + 3 < limit and [t.lower_ for t in doc[end:end + 3]] == ["in", "charge", "of"]:
        k = tail_start = end + 3 + (doc[end + 3].lower_ == "the")
        while k < limit and (doc[k].lower_ in vocab.portfolios or (doc[k].lower_ in ("and", ",") and k > tail_start
                                                                   and k + 1 < limit and doc[k + 1].lower_ in vocab.portfolios)):
            k += 1
        if k > tail_start:
            words += ["in", "charge", "of"] + range_text(doc, tail_start, k).split()
            end = k
    # `of Qatar`, `to Azerbaijan`, `of the State Council of ...`, `at the Ministry of ...`
    if not relational and end + 1 < limit and doc[end].lower_ in ("of", "to", "at", "in"):
        prep = doc[end].lower_
        chunk_start = end + 1
        chunk_end = _chunk_end(doc, chunk_start, limit)
        if chunk_end > chunk_start:
            match.chunk_start = chunk_start
            chunk_text = range_text(doc, chunk_start, chunk_end)
            chunk_chars = range_chars(doc, chunk_start, chunk_end)
            code = country_code(chunk_text)
            if code:
                if prep == "to":
                    match.host = code
                    match.host_span = chunk_chars
                else:
                    match.country = code
                    match.country_span = chunk_chars
            elif place_country(chunk_text) and prep != "to":
                match.country = place_country(chunk_text)
                match.country_span = chunk_chars
                words += [prep] + [t.text for t in token_range(doc, chunk_start, chunk_end)]
            else:
                org = chunk_text[4:] if chunk_text.lower().startswith("the ") else chunk_text
                match.organization = org
                inside = _countries_in(doc, *chunk_chars)
                if inside and prep != "to":
                    match.country = inside[-1] if prep == "of" and len(inside) > 1 else inside[0]
                    match.country_span = chunk_chars
            end = chunk_end
    match.end = end
    match.title = title_case([w for w in words])
    match.start_char, match.end_char = range_chars(doc, i, end)
    before = country_mention_before(doc, match.start_char)
    if before:
        match.country, match.country_span = before[0], (before[1], before[2])
    elif match.organization is None:
        # `UN Secretary-General`, `IMF Managing Director`: the body named just before
        match.organization = _organization_before(doc, i)
    return match


def title_at(doc: Doc, i: int, limit: int) -> TitleMatch | None:
    """``match_title`` memoized per doc: the layer's passes ask again about the same tokens.
    (The matches are shared between passes, which only read them.)"""
    memo = doc.user_data.setdefault("newsfacts_people_title_at", {})
    key = (i, min(limit, len(doc)))
    if key not in memo:
        memo[key] = match_title(doc, i, limit)
    return memo[key]


def _prefix_len(doc: Doc, i: int, k: int) -> int:
    return sum(1 for t in token_range(doc, i, k) if prefix_word(t))


def find_titles(doc: Doc) -> list[TitleMatch]:
    """Every title phrase of the content of ``doc`` (named or not), left to right."""
    vocab = vocabulary()
    front = doc._.front
    lowers = attributes(doc)[:, LOWER]
    strings = doc.vocab.strings
    at = np.flatnonzero(token_kinds(doc) & TITLE_START)
    # the vocabulary test on the candidates' words: `MoS` is an abbreviation (read off the
    # exact text by `match_head`), but a title starts at words whose uppercase is one
    starts = [i for i, lower in zip(at.tolist(), lowers[at].tolist())
              if (word := strings[lower]) in vocab.modifiers or word in vocab.portfolios or word in vocab.heads
              or word.upper() in vocab.abbreviations]
    out, covered_to = [], 0
    for i in starts:
        if i < covered_to:
            continue
        m = title_at(doc, i, sentence_end(doc, i))
        if m and not (front and front.is_metadata(m.start_char, m.end_char)) and not m.relational:
            out.append(m)
            covered_to = m.end
    return out


def doc_titles(doc: Doc) -> list[TitleMatch]:
    """``find_titles`` once per doc for this layer's several passes."""
    titles = doc.user_data.get("newsfacts_people_titles")
    if titles is None:
        titles = doc.user_data["newsfacts_people_titles"] = find_titles(doc)
    return titles
