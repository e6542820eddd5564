"""Named persons with their titles and the country they represent.

Names come from spaCy's PERSON entities, repaired where the small model errs: a
title before capitalised words (`Kyrgyz President Ali-Bek Osmonov`), an
appositive title after them (`Henrietta Fore, the Executive Director of ...`), and a
bare surname whose full form hides inside another entity. Later surname-only mentions
(`Petrishenko said`, `Mr. Sharma`) join the person first named in full.

Titles and countries are read off the constructions around each mention, in this order:
  * before the name:  `Azerbaijan's Prime Minister X`, `Uzbek Foreign Minister X`,
    `Emir of Qatar X`, `the Prime Minister of the Netherlands, X`,
    `Chinese ambassador to Azerbaijan X` (an ambassador represents the adjective's
    country, not the host), `his Vietnamese counterpart X` (title lent by the
    official he meets);
  * after it: `X, the Minister of Economy of Y`, `President X of Niger`,
    `X resigned as Prime Minister`;
  * an unnamed official just before (`the Indian commerce minister said ...
    Minister X said`), coordination (`Armenian President X and Speaker Y`), a plural
    title over the named pair's countries (`the Presidents of A and B`);
  * otherwise the countries of the sentence, then of the article, that no other
    person was seen to represent; never for officials of intergovernmental bodies
    (`UN Secretary-General X`), and never an ambassador's host country.

This module finds the mentions, groups them into people and reads their context; the
parts it builds on sit below it: ``titles`` parses title phrases (``match_title``,
``find_titles``, ``is_international``), ``names`` tells name tokens and name runs,
and ``people_index`` holds the vocabulary and the per-doc token columns they share.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import knowledge
from ..records import Person
from ..spans import doc_text, span_of
from .countries import place_country
from .known_people import known_country, known_names_in, known_surnames, lone_surname
from .names import MAX_NAME_TOKENS, given_name_head, is_honorific, name_run_end, name_token, skip_honorifics
from .people_index import (LOWER, PLURAL_HEAD, TITLE_END, TITLE_WORD, TRIGGER, attributes, char_offsets, country_index,
                           country_starting_at, kind_list, kind_positions, person_entities, phrase_words, range_chars,
                           range_text, sentence_bounds, sentence_chars, sentence_end, sentence_start, string_ids,
                           text_positions, token_range, vocabulary)
from .titles import (TitleMatch, country_mention_before, doc_titles, is_international, match_head, prefix_word, title_at,
                     title_case)

# how far back from a name a title phrase may start (`Premier of the State Council of ...`)
MAX_TITLE_TOKENS = 16
# entity labels that rule a capitalised run out as a person's name
_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "MONEY",
                                "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TIME", "LANGUAGE"})


# ---------- candidate mentions ----------

@dataclass
class _Mention:
    start: int           # tokens
    end: int
    tokens: tuple[str, ...]
    triggered: bool      # a title or honorific vouches for a single-token name


@dataclass
class _PersonDraft:
    name: str
    tokens: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    organization: str | None = None
    heads: list[str] = field(default_factory=list)
    needs_lender: bool = False      # `counterpart`: title lent by another official
    consumed: list[tuple[int, int]] = field(default_factory=list)  # country words read as theirs
    hosts: set[str] = field(default_factory=set)   # `Ambassador to Azerbaijan`: countries they serve in
    first_char: int = 0


def _norm_tokens(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(t.text.lower() for t in token_range(doc, start, end) if t.text != "-")


def _candidate_mentions(doc: Doc) -> list[_Mention]:
    vocab = vocabulary()
    front = doc._.front
    found: dict[tuple[int, int], _Mention] = {}

    def add(start: int, end: int, triggered: bool) -> None:
        if end <= start:
            return
        prev = found.get((start, end))
        if prev is not None:
            # the same words found by another rule: checked when first found
            prev.triggered = prev.triggered or triggered
            return
        start_char, end_char = range_chars(doc, start, end)
        # `Havana`, `Tbilisi` tagged as persons: a known place alone is not a name
        if place_country(doc_text(doc)[start_char:end_char]) is not None:
            return
        if front is not None and front.is_metadata(start_char, end_char):
            return
        found[(start, end)] = _Mention(start, end, _norm_tokens(doc, start, end), triggered)

    # spaCy's PERSON entities, trimmed of titles, countries and honorifics around the name
    for ent_start, ent_end in person_entities(doc):
        # `..., Trade and Services, Eduardo Tavares Lins`: given names the recogniser left in the
        # ministry's entity before it, compounds of the name in the parse
        while ent_start > 0 and doc[ent_start - 1].dep_ == "compound" and \
                ent_start <= doc[ent_start - 1].head.i < ent_end and name_token(doc[ent_start - 1]):
            ent_start -= 1
        k = ent_start
        best = None
        while k < ent_end:
            if name_token(doc[k]) or doc[k].lower_ in vocab.particles:
                e = name_run_end(doc, k, ent_end)
                if e > k:
                    best = (k, e)
                    k = e
                    continue
            k += 1
        if best is None:
            continue
        start, end = best
        # `Karl Marx Theater`, `... Suburban Hospital`: a place or body named after someone
        if any(t.lower_ in vocab.org_words for t in token_range(doc, end, ent_end)):
            continue
        # `Miami Gonzalez`: a known city glued to a name by the entity recogniser
        while end - start > 1 and place_country(doc[start].text) is not None:
            start += 1
        honorific = start > 0 and is_honorific(doc, start - 1)
        add(start, end, honorific)

    for i in kind_positions(doc, TRIGGER):
        tok = doc[i]
        low = tok.lower_
        # a title (or honorific) right before capitalised words: `President Odhiambo`, `Mr. Sharma`
        if low in vocab.heads or tok.text in vocab.abbreviations or is_honorific(doc, i) or low in vocab.relational:
            limit = sentence_end(doc, i)
            head = match_head(doc, i, limit)
            if head:
                k = head[0]
                m = title_at(doc, i, limit)
                if m is not None and not m.relational:
                    # past `of Azerbaijan`, `to Azerbaijan`, `for Trade`
                    k = max(k, m.end)
                    run = _name_ending_chunk(doc, m)
                    if run:
                        add(run[0], run[1], True)
            elif is_honorific(doc, i) or low in vocab.relational:
                k = i + 1
            else:
                continue
            if k < limit and doc[k].text == ",":
                k += 1
            k = skip_honorifics(doc, k, limit)
            if k < limit and name_token(doc[k]):
                e = name_run_end(doc, k, limit)
                add(k, e, True)
            elif k + 1 < limit and head and given_name_head(doc, k):
                # `Minister Amir Hakim`: a title word as the given name
                add(k, name_run_end(doc, k + 1, limit), True)
        # a country's possessive before a full name the model missed: `Poland's Tomasz Nowicki`
        if low in ("'s", "’s") and i + 2 < len(doc) and name_token(doc[i + 1]) and _ends_country(doc, doc[i - 1]):
            e = name_run_end(doc, i + 1, sentence_end(doc, i))
            run = token_range(doc, i + 1, e)
            if 2 <= len(run) <= 4 and all(t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PERSON_LABELS for t in run):
                add(i + 1, e, False)
        # an appositive title after capitalised words: `Henrietta Fore, the Executive Director of`
        if tok.text == "," and i >= 2:
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
                j += 1
            if j < len(doc) and _title_follows(doc, j):
                s = i
                while s > 0 and i - s < MAX_NAME_TOKENS and (name_token(doc[s - 1], inner=True) or doc[s - 1].text == "-"):
                    s -= 1
                while s < i and not name_token(doc[s]):
                    s += 1
                if i - s >= 2:
                    add(s, i, True)
        # a bare capitalised subject the model missed (`Ferri praised`), when its full
        # form stands elsewhere in the text (`... Lucia Ferri met`)
        if (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not tok.ent_type_ and name_token(tok)
                and (i == 0 or not name_token(doc[i - 1], inner=True)) and (i + 1 >= len(doc) or not name_token(doc[i + 1]))):
            m = _Mention(i, i + 1, (tok.lower_,), False)
            if _full_name_elsewhere(doc, m) is not None:
                add(i, i + 1, False)
    # known officials the entity recogniser missed (`Presidents Sadyr Japarov and Shavkat Mirziyoyev`)
    known_names, surnames = known_names_in(doc)
    for start_char, end_char in known_names:
        span = doc.char_span(start_char, end_char)
        if span is not None:
            add(span.start, span.end, True)
    # ... and a surname that only one country's officials bear, alone (`Erdogan, Putin hold phone call`)
    if surnames:
        country_chars = [(s, e) for s, e, _ in country_index(doc)]
        for i in surnames:
            tok = doc[i]
            if any(s < tok.idx + len(tok) and tok.idx < e for s, e in country_chars):
                continue     # a country word, not a name
            if lone_surname(tok, _calendar_words()):
                add(i, i + 1, True)
    # a name found twice, once cut short (`Moon Jae` of `Moon Jae-in` by the entity
    # recogniser): the longer reading stands
    kept: list[_Mention] = []
    for m in sorted(found.values(), key=lambda m: (m.start, -m.end)):
        if kept and kept[-1].start <= m.start and m.end <= kept[-1].end:
            kept[-1].triggered = kept[-1].triggered or m.triggered
            continue
        kept.append(m)
    return kept


def _ends_country(doc: Doc, tok: Token) -> bool:
    """``tok`` ends a country mention (`Poland` of `Poland's`)."""
    start, end = tok.idx, tok.idx + len(tok)
    return any(s <= start and end == e for s, e, _ in country_index(doc))


def _name_ending_chunk(doc: Doc, m: TitleMatch) -> tuple[int, int] | None:
    """`Speaker of the Milli Majlis Sahiba Gafarova`: the model often runs the holder's
    name into the organization; the trailing name words after an organization word are it."""
    if m.organization is None or m.chunk_start is None:
        return None
    p = m.end
    while p > m.chunk_start and (name_token(doc[p - 1], inner=p < m.end) or doc[p - 1].text == "-"):
        p -= 1
    while p < m.end and not name_token(doc[p]):
        p += 1
    if p <= m.chunk_start or m.end - p < 2:
        return None
    if m.end - p > 2 and doc[p].ent_type_ != "PERSON" and not any(
            t.lower_ in vocabulary().particles for t in token_range(doc, p, m.end)):
        # `Ministry of Transport Elena Rossi`: a given name and a surname
        p = m.end - 2
    elif doc[p - 1].lower_ in ("the", "of"):
        # `of the Milli Majlis`: the capitalised words are the body's own name
        return None
    return p, m.end


def _past_country(doc: Doc, j: int, limit: int) -> int:
    """The token after a country word (and its `'s`) starting at token ``j``, else ``j``."""
    found = country_starting_at(doc, doc[j].idx)
    if found:
        end = found[0]
        while j < limit and doc[j].idx < end:
            j += 1
        if j < limit and doc[j].lower_ in ("'s", "’s"):
            j += 1
    return j


def _title_follows(doc: Doc, j: int) -> bool:
    limit = sentence_end(doc, j)
    # skip a country word before the title: `Ali Asadov, Azerbaijan's Prime Minister`
    j = _past_country(doc, j, limit)
    if j >= limit or not kind_list(doc)[j] & TITLE_WORD:
        return False
    m = title_at(doc, j, limit)
    return m is not None and not m.relational and not _names_someone(doc, m, limit)


# ---------- titles and countries around a mention ----------

def _title_before(doc: Doc, mention: _Mention) -> TitleMatch | None:
    """A title phrase ending right before the name (honorifics and one comma between),
    memoized per doc (read for the mention's context, then again for coordination)."""
    memo = doc.user_data.setdefault("newsfacts_people_title_before", {})
    key = (mention.start, mention.end)
    if key not in memo:
        memo[key] = _find_title_before(doc, mention)
    return memo[key]


def _find_title_before(doc: Doc, mention: _Mention) -> TitleMatch | None:
    sent_start = sentence_start(doc, mention.start)
    j = mention.start
    while j > sent_start and is_honorific(doc, j - 1):
        j -= 1
    if j > sent_start and doc[j - 1].text == ",":
        # `the Prime Minister of the Netherlands, Pieter Jansen`; but not
        # `With the Maldivian president, Sharma discussed` (a surname opening a clause)
        if mention.end - mention.start < 2:
            return None
        j -= 1
    kinds = kind_list(doc)
    # a title phrase ends in a title word (`minister`, `PM`, `counterpart`), a portfolio
    # (`of Foreign Affairs`) or a capitalised word (`of Belarus`): else none ends here
    if j <= sent_start or not (kinds[j - 1] & TITLE_END or doc[j - 1].text[:1].isupper()):
        return None
    best = None
    for s in range(j - 1, max(sent_start, j - MAX_TITLE_TOKENS) - 1, -1):
        if not kinds[s] & TITLE_WORD:
            continue
        m = title_at(doc, s, j)
        if m is not None and m.end == j:
            best = m
    return best


def _title_after(doc: Doc, mention: _Mention) -> TitleMatch | None:
    """`X, the Minister of Economy of Y` / `X, Azerbaijan's Prime Minister`."""
    limit = sentence_end(doc, mention.start)
    j = mention.end
    if j < limit and doc[j].lower_ in ("'s", "’s"):
        return None
    if not (j < limit and doc[j].text == ","):
        return None
    j += 1
    if j < limit and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    if j < limit:
        j = _past_country(doc, j, limit)
    if j >= limit:
        return None
    m = title_at(doc, j, limit)
    return None if m is None or m.relational or _names_someone(doc, m, limit) else m


def _names_someone(doc: Doc, m: TitleMatch, limit: int) -> bool:
    """`..., Colombian President Ivan Duque`: a title right before a name is that person's."""
    k = skip_honorifics(doc, m.end, limit)
    return k < limit and name_token(doc[k])


def _possessive_country_before(doc: Doc, char: int) -> tuple[str, int, int] | None:
    """`Poland's` right before a bare name."""
    found = country_mention_before(doc, char)
    if found and re.match(r"['’]s?\s", doc_text(doc)[found[2]:char + 1]):
        return found
    return None


def _country_after(doc: Doc, mention: _Mention) -> tuple[str, int, int] | None:
    """`President Issoufou Mahamadou of Niger`: (code, start, end)."""
    j = mention.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        k = j + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        found = country_starting_at(doc, doc[k].idx)
        if found:
            return found[1], doc[k].idx, found[0]
    return None


def _honorifics_start(doc: Doc, mention: _Mention) -> int:
    j = mention.start
    while j > 0 and is_honorific(doc, j - 1):
        j -= 1
    return j


def _title_as(doc: Doc, mention: _Mention) -> TitleMatch | None:
    """`X resigned as Prime Minister`, `X, who took office as President`."""
    limit = sentence_end(doc, mention.start)
    start = mention.end
    if start + 1 < limit and doc[start].text == "," and doc[start + 1].lower_ == "who":
        start += 2
    for k in range(start, min(limit - 1, start + 12)):
        tok = doc[k]
        low = tok.lower_
        if low == "as":
            j = k + 1
            if doc[j].lower_ in ("the", "a"):
                j += 1
            if j < limit:
                m = title_at(doc, j, limit)
                if m and not m.relational and (m.end >= limit or not name_token(doc[m.end])):
                    return m
            return None
        # the clause ends, or another person enters it
        if tok.is_punct or tok.ent_type_ == "PERSON" or low in ("and", "but", "while", "said"):
            return None
    return None


# ---------- assembling people ----------

def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    vocab = vocabulary()
    ca = [t for t in a if t not in vocab.particles]
    cb = [t for t in b if t not in vocab.particles]
    if not ca or not cb:
        return False
    if ca[-1] != cb[-1]:
        # `Juan Miguel` and `Juan Miguel Gonzalez`: a given-name prefix
        short, long_ = (ca, cb) if len(ca) < len(cb) else (cb, ca)
        return len(short) >= 2 and long_[:len(short)] == short
    return set(ca) <= set(cb) or set(cb) <= set(ca)


def _is_author(tokens: tuple[str, ...], authors: list[str]) -> bool:
    for author in authors:
        at = tuple(w.lower() for w in author.split())
        if at and (_same_person(tokens, at) or (len(tokens) == 1 and tokens[0] == at[-1])):
            return True
    return False


def _drafts(doc: Doc, mentions: list[_Mention]) -> list[_PersonDraft]:
    vocab = vocabulary()
    starts = char_offsets(doc)[0]
    drafts: list[_PersonDraft] = []
    is_multi = [len([t for t in m.tokens if t not in vocab.particles]) >= 2 for m in mentions]
    multi = [m for m, full in zip(mentions, is_multi) if full]
    single = [m for m, full in zip(mentions, is_multi) if not full]
    for m in multi:
        owner = next((d for d in drafts if _same_person(d.tokens, m.tokens)), None)
        if owner is None:
            text = range_text(doc, m.start, m.end)
            owner = _PersonDraft(name=text, tokens=m.tokens, first_char=starts[m.start])
            drafts.append(owner)
        elif len(m.tokens) > len(owner.tokens) and m.tokens[:len(owner.tokens)] == owner.tokens:
            # `Juan Miguel` first, `Juan Miguel Gonzalez` later: the full name names the person
            owner.name, owner.tokens = range_text(doc, m.start, m.end), m.tokens
        owner.mentions.append(m)
    # a bare surname (or given name: `Sheikh Mohammed`) joins the full name it belongs to
    for m in single:
        token = m.tokens[-1]
        owners = [d for d in drafts if d.tokens[-1] == token or token in d.tokens
                  or d.tokens[-len(m.tokens):] == m.tokens]
        if owners:
            # the surname match, else the nearest person named before
            owners.sort(key=lambda d: (d.tokens[-1] != token, abs(starts[m.start] - _last_before(doc, d, m))))
            owners[0].mentions.append(m)
            continue
        full = _full_name_elsewhere(doc, m)
        if full is not None:
            owner = next((d for d in drafts if _same_person(d.tokens, full.tokens)), None)
            if owner is None:
                owner = _PersonDraft(name=range_text(doc, full.start, full.end), tokens=full.tokens, first_char=starts[full.start])
                owner.mentions.append(full)
                drafts.append(owner)
            owner.mentions.append(m)
            continue
        if not m.triggered or not _plausible_lone_name(doc, m):
            continue
        owner = next((d for d in drafts if d.tokens == m.tokens), None)
        if owner is None:
            owner = _PersonDraft(name=range_text(doc, m.start, m.end), tokens=m.tokens, first_char=starts[m.start])
            drafts.append(owner)
        owner.mentions.append(m)
    for d in drafts:
        d.mentions.sort(key=lambda m: m.start)
        d.first_char = starts[d.mentions[0].start]
    drafts.sort(key=lambda d: d.first_char)
    return drafts


def _plausible_lone_name(doc: Doc, m: _Mention) -> bool:
    """A surname known only from `President Odhiambo`: in a Title Case headline
    (`PM Meets Belarus Deputy PM`) the word after a title is not necessarily a name,
    so there it needs a second occurrence."""
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.is_space or not nxt.text[:1].isupper():
        return True
    return len(text_positions(doc, doc[m.end - 1].text)) >= 2


def _place_object(doc: Doc, m: _Mention) -> bool:
    """`a blending plant in Mato Grosso`: a name no title introduces, the object of `in`/`at`,
    is a place the entity recogniser took for a person."""
    last = doc[m.end - 1]
    return not m.triggered and last.dep_ == "pobj" and last.head.lower_ in ("in", "at") \
        and _title_before(doc, m) is None


def _credited(doc: Doc, m: _Mention) -> bool:
    """`Reporting by John Smith`, `Photo by ...`: staff credits, not people of the story."""
    start = char_offsets(doc)[0][m.start]
    before = doc_text(doc)[max(0, start - 40):start].lower()
    before = before.rsplit("\n", 1)[-1].rstrip(" (")
    last = before.rsplit(" ", 1)[-1]
    if last and last in vocabulary().honorifics:
        before = before[:-len(last)].rstrip()     # `Editor: Sri Haryati`
    # `EFE/Sebastiao Moreira`, `(Xinhua/Chen Sihan)`: a photographer credited after the agency
    return before.endswith(_credit_phrases()) or bool(_AGENCY_SLASH_RE.search(before))


_AGENCY_SLASH_RE = re.compile(r"(?:^|[\s(])[a-z][a-z.]+\s?/\s?$")   # on the lower-cased text


@lru_cache(maxsize=None)
def _credit_phrases() -> tuple[str, ...]:
    return tuple(knowledge.load("titles")["credits"])


def _last_before(doc: Doc, draft: _PersonDraft, m: _Mention) -> int:
    starts = char_offsets(doc)[0]
    before = [starts[x.start] for x in draft.mentions if x.start < m.start]
    return before[-1] if before else starts[draft.mentions[0].start] + 10 ** 6


def _full_name_elsewhere(doc: Doc, m: _Mention) -> _Mention | None:
    """`Rossi` whose full form `Elena Rossi` sits inside another entity earlier on."""
    surname = doc[m.end - 1].text
    front = doc._.front
    for i in text_positions(doc, surname):
        tok = doc[i]
        if tok.i > 0 and tok.i != m.end - 1:
            prev = doc[tok.i - 1]
            if name_token(prev) and prev.pos_ == "PROPN" and not tok.whitespace_ == "\n":
                if front is not None and front.is_metadata(prev.idx, tok.idx + len(tok)):
                    continue
                return _Mention(tok.i - 1, tok.i + 1, _norm_tokens(doc, tok.i - 1, tok.i + 1), True)
    return None


def _apply_title(draft: _PersonDraft, m: TitleMatch | None) -> None:
    if m is None:
        return
    if m.relational:
        draft.needs_lender = True
        if m.country and draft.country is None:
            draft.country = m.country
            if m.country_span:
                draft.consumed.append(m.country_span)
        return
    if m.host:
        draft.hosts.add(m.host)
        draft.consumed.append(m.host_span)
    if m.title and m.title.lower() not in (t.lower() for t in draft.titles):
        draft.titles.append(m.title)
        draft.heads.append(m.head)
    if m.country and draft.country is None:
        draft.country = m.country
        if m.country_span:
            draft.consumed.append(m.country_span)
    if m.organization and draft.organization is None:
        draft.organization = m.organization


def _read_context(doc: Doc, drafts: list[_PersonDraft]) -> None:
    for d in drafts:
        for m in d.mentions:
            before = _title_before(doc, m)
            if before and any(x.start <= before.start < x.end for x in d.mentions):
                before = None   # `Amir` of `Minister Amir Hakim` is the given name
            _apply_title(d, before)
            _apply_title(d, _title_after(doc, m))
            if d.country is None:
                # `Poland's Aleksander Kwasniewski`, `President X of Niger`, `a Belarusian
                # delegation led by Deputy Minister X`
                opening = before.start_char if before else doc[_honorifics_start(doc, m)].idx
                found = (None if before else _possessive_country_before(doc, opening)) \
                    or _country_after(doc, m) or _led_group_country(doc, opening)
                if found:
                    d.country = found[0]
                    d.consumed.append((found[1], found[2]))
        if not d.titles:
            for m in d.mentions:
                _apply_title(d, _title_as(doc, m))
                if d.titles:
                    break


_LED_GROUP_MAX_GAP = 60   # characters from the adjective to the title: `Belarusian government delegation led by the`


@lru_cache(maxsize=None)
def _led_group_re() -> re.Pattern:
    groups = knowledge.load("titles")["led_groups"]
    return re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:%s)\s*,?\s+(?:%s)\s+by\s+(?:the\s+)?\Z" % (
        "|".join(map(re.escape, groups["nouns"])), "|".join(map(re.escape, groups["verbs"]))), re.IGNORECASE)


def _led_group_country(doc: Doc, char: int) -> tuple[str, int, int] | None:
    """(code, start, end) of the country adjective of a group the person at ``char`` leads:
    `a Belarusian delegation led by ...`, `the Chilean trade mission, headed by ...`."""
    index = country_index(doc)
    k = bisect_left(index, (char,)) - 1
    if k < 0 or char - index[k][1] > _LED_GROUP_MAX_GAP:
        return None
    start, end, code = index[k]
    return (code, start, end) if _led_group_re().match(doc_text(doc), end, char) else None



def _lend_titles(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """`his Armenian counterpart X`: X holds the title of the official he meets."""
    for d in drafts:
        if not d.needs_lender or d.titles:
            continue
        m = d.mentions[0]
        sent_start, sent_end = sentence_bounds(doc)[m.start]
        others = [(o, x) for o in drafts if o is not d and o.titles for x in o.mentions]
        same = [(o, x) for o, x in others if sent_start <= x.start < sent_end]
        before = [(o, x) for o, x in others if x.start < m.start]
        pool = (sorted([p for p in same if p[1].start < m.start], key=lambda p: -p[1].start)
                + sorted([p for p in same if p[1].start > m.start], key=lambda p: p[1].start)
                + sorted(before, key=lambda p: -p[1].start))
        if pool:
            lent = pool[0][0].titles[0]
            lent = knowledge.load("titles")["counterpart_titles"].get(lent, lent)
            d.titles.append(lent)
            d.heads.append(phrase_words(lent)[-1])


def _coordinated(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """`Armenian President X and Parliament Speaker Y`: Y shares X's country."""
    ends = {}
    for o in drafts:
        if o.country:
            for x in o.mentions:
                ends[x.end] = o.country
    for d in drafts:
        if d.country:
            continue
        for m in d.mentions:
            t = _title_before(doc, m)
            start = t.start if t else m.start
            if start >= 2 and doc[start - 1].lower_ == "and" and ends.get(start - 1):
                d.country = ends[start - 1]
                break


def _unnamed_before(doc: Doc, drafts: list[_PersonDraft], titles: list[TitleMatch]) -> None:
    """`the Indian commerce minister said ... Minister X said`: the unnamed official is X."""
    starts = char_offsets(doc)[0]
    named_ranges = [(starts[x.start], starts[x.end - 1]) for d in drafts for x in d.mentions]
    for d in drafts:
        if d.country and d.titles:
            continue
        first = doc[d.mentions[0].start]
        sent_start = sentence_start(doc, first.i)
        prev_start = sentence_start(doc, sent_start - 1) if sent_start > 0 else sent_start
        sent_start_char = doc[sent_start].idx
        for t in titles:
            if not (doc[prev_start].idx <= t.start_char < first.idx):
                continue
            if t.start > 0 and doc[t.start - 1].lower_ not in ("the", "an", "a") and not t.country:
                continue
            # a title right before someone else's name is theirs
            if any(t.end_char <= s and s - t.end_char <= 3 for s, _ in named_ranges):
                continue
            if d.heads and t.head != d.heads[0]:
                continue
            # `called on the Prime Minister of B and greeted Prime Minister X`: in one
            # sentence, an unnamed official beside a titled name is someone else
            if d.titles and t.start_char >= sent_start_char:
                continue
            if not d.titles:
                d.titles.append(t.title)
                d.heads.append(t.head)
            if d.country is None and t.country:
                d.country = t.country
            if d.organization is None and t.organization:
                d.organization = t.organization
            break


# `visit to China`, `would visit Islamabad`, `arrived in Astana`: the traveller comes from elsewhere
_DESTINATION_CUE_RE = re.compile(
    r"\b(?:visits?|visited|trip|tour|travel(?:s|led|ed)?|arriv(?:e|es|ed|ing) in|came to|comes? to|heading to)"
    r"(?:\s+to)?(?:\s+the)?\s+\Z", re.IGNORECASE)


def _traveller_exclusions(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """A country (or a place of one) a person travels to is one they do not represent:
    `President X's state visit to China`, `Vice Premier Y would visit Islamabad`.
    The traveller is the person whose possessive opens the visit, else the sentence's
    first person before it (the subject)."""
    text = doc_text(doc)
    targets = [(s, code) for s, _, code in country_index(doc)]
    targets += [(m.start, loc.country) for loc in (doc._.locations or []) if loc.country for m in loc.mentions]
    if not targets:
        return
    firsts = sorted((*range_chars(doc, x.start, x.end), d)
                    for d in drafts for x in d.mentions)
    for s, code in targets:
        cue = _DESTINATION_CUE_RE.search(text, max(0, s - 40), s)
        if cue is None:
            continue
        tok = doc.char_span(s, s + 1, alignment_mode="expand")
        if tok is None:
            continue
        sent_start = doc[sentence_start(doc, tok.start)].idx
        before = [(ms, me, d) for ms, me, d in firsts if sent_start <= ms and me <= cue.start()]
        if not before:
            continue
        possessive = [(ms, me, d) for ms, me, d in before if re.match(r"['’]s\b", text[me:me + 2])]
        subject = _subject_of_cue(doc, cue.start())
        by_subject = [x for x in before if subject is not None and x[0] <= subject < x[1]]
        traveller = (possessive[-1] if possessive else by_subject[0] if by_subject else before[0])[2]
        if traveller.country is None:
            traveller.hosts.add(code)


def _subject_of_cue(doc: Doc, char: int) -> int | None:
    """The first character of the subject of the clause a travel word stands in (`X said, as
    Y is on a visit to Ankara`: Y), when the parse gives one."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return None
    tok = span[0]
    for _ in range(6):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                # `X received Y, who is on a visit to Z`: the relative pronoun stands for Y
                return tok.head.idx
            return subj.idx
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# words between two people of one sentence that make them the two sides of a meeting
_MEETING_RE = re.compile(r"\b(?:with|met|meets?|meeting|received|receives?|hosted|hosts?|called on|calls on|talks)\b",
                         re.IGNORECASE)


def _interlocutors(doc: Doc, d: _PersonDraft, drafts: list[_PersonDraft]) -> set[str]:
    """Countries of the people ``d`` meets in a sentence (`X held talks with Swiss President Y`)."""
    text = doc_text(doc)
    bounds = sentence_bounds(doc)
    own_sents = {bounds[x.start] for x in d.mentions}
    out = set()
    for o in drafts:
        if o is d or not o.country or own_sents.isdisjoint(bounds[y.start] for y in o.mentions):
            continue
        for x in d.mentions:
            x_sent = bounds[x.start]
            for y in o.mentions:
                if bounds[y.start] != x_sent:
                    continue
                a, b = sorted((x, y), key=lambda m: m.start)
                if b.start - a.end <= 15 and _MEETING_RE.search(text, doc[a.end - 1].idx, doc[b.start].idx):
                    out.add(o.country)
    return out


def _dateline_country(doc: Doc) -> str | None:
    front = doc._.front
    return place_country(front.dateline_place) if front is not None else None


@lru_cache(maxsize=None)
def _other_party_re() -> re.Pattern:
    """After a country word: a noun of the other party (`Japanese guest`, `Korean business partners`)."""
    nouns = knowledge.load("titles")["other_party_nouns"]
    return re.compile(r"\s+(?:[\w\-]+\s+)?(?:%s)\b" % "|".join(map(re.escape, nouns)), re.IGNORECASE)


def _fallback_countries(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """Officials whose country the text does not state, most likely first:
      * the dateline's country (`ISLAMABAD -`) when the article is about it (among its
        two most named): home officials need no adjective; unless they travel there, or
        someone with the same title, or whom they meet, represents it;
      * a country of their sentence that is not the adjective of another (unnamed)
        official (`met the Chinese ambassador`), preferably one that no one they are
        named beside represents, the most named first;
      * the article's countries that no one else represents, in order of appearance.
    Never a country the person is said to travel to, nor an ambassador's host."""
    index = country_index(doc)
    if not index:
        return
    text = doc_text(doc)
    freq = Counter(code for _, _, code in index)
    first_seen: dict[str, int] = {}
    for s, _, code in index:
        first_seen.setdefault(code, s)
    home = _dateline_country(doc)
    if home not in [code for code, _ in freq.most_common(2)]:
        # a dateline abroad (`NEW YORK:` at a summit) is a venue, not the story's home
        home = None
    rank = lambda code: (code != home, -freq[code], first_seen[code])
    explicit = {d.country for d in drafts if d.country}
    inferred: dict[tuple[str, str], str] = {}
    # countries that qualify a title phrase belong to its holder, named or not
    titles = [t for t in doc_titles(doc) if t.country_span]
    title_spans = [t.country_span for t in titles]
    _traveller_exclusions(doc, drafts)
    bounds = sentence_bounds(doc)
    title_sents = [(bounds[t.start][0], t.country) for t in titles]
    # the sentences each person is named in (their mentions are settled by now)
    sents_of = {id(o): {bounds[x.start][0] for x in o.mentions} for o in drafts}
    for d in drafts:
        if d.country:
            continue
        # `Executive Director of UNICEF`: an international body's official represents no country
        if is_international(d.organization):
            continue
        m = d.mentions[0]
        sent_start_char, sent_end_char = sentence_chars(doc, m.start)
        # the sentence's country words that no one else's title or name consumed
        consumed = [r for o in drafts if o is not d for r in o.consumed] + title_spans
        sentence_mentions = index[bisect_left(index, (sent_start_char,)):bisect_left(index, (sent_end_char,))]
        in_sentence = {code for s, e, code in sentence_mentions if not any(cs <= s < ce for cs, ce in consumed)}
        # one country has one President: two people with the same title are of two countries
        head = d.titles[0].lower() if d.titles else ""
        taken = {code for (h, code), _ in inferred.items() if h == head} | d.hosts
        # preferably not a country someone else beside them represents (`... with Premier of
        # China X`, `co-chaired by X and Indian Commerce Secretary Y`)
        own_sents = sents_of[id(d)]
        claimed_here = {o.country for o in drafts if o is not d and o.country
                        and not own_sents.isdisjoint(sents_of[id(o)])}
        # the other side: an unnamed official beside them (`called on the President of B`),
        # or one they meet (`held talks with Swiss President Y`)
        other_side = {country for start, country in title_sents if start in own_sents} | _interlocutors(doc, d, drafts)
        # `hosted a lunch for the Japanese guest`: a country of the other party, never theirs
        other_party = {code for s, e, code in sentence_mentions if _other_party_re().match(text, e)}
        other_side |= other_party
        in_sentence -= other_party
        claimed_here |= other_side
        same_title = {o.country for o in drafts if o is not d and o.country and head
                      and o.titles[:1] and o.titles[0].lower() == head}
        candidates = []
        if home and home not in taken | same_title | other_side:
            # `ISLAMABAD - Finance Minister X said China ...`: a home official needs no adjective
            candidates = [home]
        if not candidates:
            # never the country of someone they meet (`X holds talks with Australian Minister Y`)
            candidates = sorted((in_sentence - taken - claimed_here) or (in_sentence - taken - other_side), key=rank)
        if not candidates:
            # the article's countries in order of appearance (agency reports name their own
            # first) that no one else represents, else that no one with the same title does;
            # never the other party's (`for the Japanese guest`)
            candidates = sorted((set(freq) - explicit - other_side - taken)
                                or (set(freq) - same_title - taken - other_party), key=lambda code: first_seen[code])
        if not candidates:
            continue
        d.country = candidates[0]
        inferred[(head, d.country)] = d.name


def _plural_titles(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """`the Presidents of Uzbekistan and Tajikistan` / `the Azerbaijani and Kazakh foreign
    ministers`: untitled people of those countries hold that title."""
    untitled = [d for d in drafts if not d.titles and d.country]
    if not untitled:
        return
    vocab = vocabulary()
    index = country_index(doc)
    for i in kind_positions(doc, PLURAL_HEAD):
        tok = doc[i]
        low = tok.lower_
        if not (low.endswith("s") and low[:-1] in vocab.heads and (low[:-1],) in vocab.heads[low[:-1]]):
            continue
        start = tok.i
        if start > 0 and (doc[start - 1].lower_, low[:-1]) in vocab.heads.get(doc[start - 1].lower_, ()):
            start -= 1      # `prime ministers`
        while start > 0 and prefix_word(doc[start - 1]):
            start -= 1
        title = title_case([t.text for t in token_range(doc, start, tok.i)] + [tok.text[:-1]])
        sent_start, sent_end = sentence_bounds(doc)[tok.i]
        # the countries named right before (`Azerbaijani and Kazakh ministers`) or after (`of A and B`)
        window_start = doc[max(sent_start, start - 6)].idx
        last = doc[min(sent_end, tok.i + 8) - 1]
        window_end = last.idx + len(last)
        codes = {code for s, e, code in index if window_start <= s and e <= window_end}
        # (only people told near the phrase: not an economist quoted paragraphs later)
        near_end = doc[min(len(doc) - 1, sentence_end(doc, min(len(doc) - 1, sentence_end(doc, tok.i))))].idx
        near_start = doc[sentence_start(doc, max(0, sentence_start(doc, tok.i) - 1))].idx
        for d in untitled:
            near = any(near_start <= doc[x.start].idx <= near_end for x in d.mentions)
            if d.country in codes and len(codes) >= 2 and near:
                d.titles.append(title)
                d.heads.append(phrase_words(title)[-1])
        untitled = [d for d in untitled if not d.titles]
        if not untitled:
            return


def find_people(doc: Doc) -> list[Person]:
    front = doc._.front
    authors = list(front.authors) if front is not None else []
    mentions = [m for m in _candidate_mentions(doc) if not _credited(doc, m) and not _place_object(doc, m)]
    drafts = [d for d in _drafts(doc, mentions) if not _is_author(d.tokens, authors)]
    if not drafts:
        return []
    _read_context(doc, drafts)
    _lend_titles(doc, drafts)
    _coordinated(doc, drafts)
    _unnamed_before(doc, drafts, doc_titles(doc))
    placed_by_text = {id(d) for d in drafts if d.country}
    _fallback_countries(doc, drafts)
    for d in drafts:
        # `President Xi Jinping`: a known official the text does not place keeps their country,
        # over what the fallback guessed from the countries around them
        if id(d) not in placed_by_text and not is_international(d.organization):
            d.country = known_country(d.name) or (known_surnames().get(d.name) if len(d.tokens) == 1 else None) \
                or d.country
    _plural_titles(doc, drafts)
    _add_surname_mentions(doc, drafts)
    people = []
    for d in drafts:
        # the longest (most specific) title first; a title of two posts as written (what a reader
        # quotes), then each of its posts in the order written (what a search by post finds)
        titles = list(dict.fromkeys(post for title in sorted(d.titles, key=lambda t: -len(t.split()))
                                    for post in _with_posts(title)))
        spans = [span_of(doc, *range_chars(doc, m.start, m.end)) for m in d.mentions]
        people.append(Person(name=_display_name(d.name), titles=titles, country=d.country,
                             organization=d.organization, mentions=spans))
    return people


def _with_posts(title: str) -> list[str]:
    posts = split_posts(title)
    return posts if len(posts) == 1 else [title, *posts]


def split_posts(title: str) -> list[str]:
    """`Deputy Prime Minister and Foreign Minister` -> the two posts; `Minister of Industry and Trade`
    and `Trade and Industry Minister` stay one (a post begins where a part holds a head word of its
    own, and the first part must hold one too); a head phrase with `and` (`President and CEO`) too."""
    parts = title.split(" and ")
    if len(parts) == 1 or not _has_head(parts[0]) or _has_head(title, whole=True):
        return [title]
    posts: list[str] = []
    for part in parts:
        if posts and not _has_head(part):
            posts[-1] += " and " + part
        else:
            posts.append(part)
    return posts


def _has_head(text: str, whole: bool = False) -> bool:
    """``text`` holds a title head (`minister`, `prime minister`), or is one when ``whole``."""
    heads = vocabulary().heads
    words = text.lower().replace(",", " ").split()
    if whole:
        return bool(words) and tuple(words) in heads.get(words[0], ())
    return any(tuple(words[k:k + len(h)]) == h for k, w in enumerate(words) for h in heads.get(w, ()))


def _display_name(name: str) -> str:
    name = " ".join(name.split())
    for apos in ("'s", "’s"):
        if name.endswith(apos):
            name = name[:-2]
    return name


def _add_surname_mentions(doc: Doc, drafts: list[_PersonDraft]) -> None:
    """Later bare surnames the entity recogniser missed (`Sharma` tagged as a place)."""
    covered = {i for d in drafts for m in d.mentions for i in range(m.start, m.end)}
    front = doc._.front
    by_surname: dict[str, _PersonDraft] = {}
    for d in drafts:
        # the family name: last, or first in an East Asian name (`Li Qiang` -> `Li`)
        surnames = [d.tokens[-1]]
        if len(d.tokens) >= 2 and d.tokens[0] in _family_names_first():
            surnames.append(d.tokens[0])
        for surname in surnames:
            # two-letter surnames (`Li`, `Xi`) too, but never an English word (`He`, `As`)
            if (len(surname) >= 3 or (len(surname) == 2 and surname not in _SHORT_WORDS)) and surname not in by_surname:
                by_surname[surname] = d
    if not by_surname:
        return
    lowers = attributes(doc)[:, LOWER]
    for i in np.flatnonzero(np.isin(lowers, string_ids(by_surname))).tolist():
        tok = doc[i]
        d = by_surname[tok.lower_]
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        if front is not None and front.is_metadata(tok.idx, tok.idx + len(tok)):
            continue
        d.mentions.append(_Mention(tok.i, tok.i + 1, (tok.lower_,), False))
    for d in drafts:
        d.mentions.sort(key=lambda m: m.start)


@lru_cache(maxsize=None)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names: `May` is no surname standing alone."""
    dates = knowledge.load("dates")
    return frozenset(w.lower() for key in ("months", "weekdays") for w in dates[key])


@lru_cache(maxsize=None)
def _family_names_first() -> frozenset[str]:
    return frozenset(knowledge.load("titles")["family_name_first"])


# two-letter words that are English, never taken for a surname standing alone
_SHORT_WORDS = frozenset("""a an as at be by do go he hi if in is it me my no of oh on or ok so to up us we
am pm mr ms dr jr sr st vs""".split())


@Language.component("newsfacts_people")
def people_component(doc: Doc) -> Doc:
    doc._.people = find_people(doc)
    return doc
