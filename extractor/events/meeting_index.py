"""What the entity layer found, indexed by token, and the participants a noun phrase names.

The meeting finder reads the people, countries, places and dates records of the
entity layer; this module maps their character spans onto tokens once per doc so
the dependency parse can ask "which person is this token part of?".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Collection
from typing import Optional

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from .. import knowledge
from ..doc_index import tokens_in
from ..entities.countries import place_country
from ..records import Person

_VOCAB = knowledge.load("meetings")
TITLE_WORDS = frozenset(_VOCAB["title_words"])
TITLE_HEADS = frozenset(_VOCAB["title_heads"])
PORTFOLIO_WORDS = frozenset(_VOCAB["portfolio_words"])
TITLE_ABBREVIATIONS: dict[str, str] = _VOCAB["title_abbreviations"]
PAIR_WORDS = frozenset(("countries", "nations", "sides", "states"))
COUNTERPART_WORDS = frozenset(_VOCAB["counterpart_words"])
GUEST_WORDS = frozenset(_VOCAB["guest_words"])
DIPLOMAT_WORDS = frozenset(_VOCAB["diplomat_words"])
COLLECTIVES = _VOCAB["collective_participants"]
GROUP_HEADS = frozenset(_VOCAB["group_heads"])
COLLECTIVE_HEADS = frozenset(k.split()[-1] for k in _VOCAB["collective_participants"]) | {"sides", "parties"}
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# dependency labels that leave a noun phrase (the next item of a list, a clause)
_NP_STOP_DEPS = frozenset({"conj", "cc", "relcl", "acl", "advcl", "punct", "prep_with"})
# gap words allowed between two items of a list the parser did not coordinate
_LIST_GAP = frozenset({",", "and", "as", "well", "also", "the", "both"})


# `the two prime ministers` are no deputy prime ministers
_LOWER_RANKS = ("deputy ", "vice ", "vice-", "first deputy ", "assistant ")


def title_head(title: Optional[str]) -> str:
    """The head word of a title: `Minister of Development, Industry and Trade` -> `minister`,
    `Trade Minister` -> `minister`."""
    words = re.split(r"\s+(?:of|for|in charge of)\s+", (title or "").lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def holds_title(titles: list[str], title: str) -> bool:
    """One of the titles is this one (`Foreign Minister` for `ministers`), not a lower rank of it."""
    want = title.lower()
    for t in titles:
        low = t.lower()
        at = low.find(want)
        if at >= 0 and not (low[:at].endswith(_LOWER_RANKS) and not want.startswith(_LOWER_RANKS)):
            return True
    return False


@dataclass(frozen=True)
class Side:
    """One participant: a named person, or an unnamed official (title + country), or a group."""

    name: Optional[str] = None
    title: Optional[str] = None
    country: Optional[str] = None
    person_key: Optional[int] = None   # index into doc._.people
    collective: bool = False

    def same_as(self, other: "Side") -> bool:
        if self.person_key is not None and other.person_key is not None:
            return self.person_key == other.person_key
        if self.name and other.name:
            return _surname(self.name) == _surname(other.name)
        if self.name or other.name:
            # a named person and an unnamed official of the same country: the same side, unless
            # their titles differ (`Foreign Minister A` is not `the Prime Minister of X`)
            return bool(self.country) and self.country == other.country and titles_agree(self.title, other.title)
        return self.country == other.country and (self.title or "").lower() == (other.title or "").lower()


_TITLE_FILLER = frozenset(("of", "the", "and", "for", "on", "in", "affairs"))
_RANK_WORDS = frozenset(("vice", "deputy", "assistant", "former", "crown", "prime"))   # (a Minister is no Prime Minister)


def titles_agree(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two titles may name one post: one's words within the other's (`Prime Minister`,
    `Prime Minister of X`), or a title missing."""
    if not a or not b:
        return True
    wa = {w for w in a.lower().replace("-", " ").split() if w not in _TITLE_FILLER}
    wb = {w for w in b.lower().replace("-", " ").split() if w not in _TITLE_FILLER}
    # a rank word makes another post: a Vice President is not `the President of X`
    return (wa <= wb or wb <= wa) and not (wa ^ wb) & _RANK_WORDS


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


@dataclass
class EntityIndex:
    doc: Doc
    person_at: dict[int, int] = field(default_factory=dict)       # token -> people index
    person_first: dict[int, int] = field(default_factory=dict)    # people index -> first token
    person_tokens: list[tuple[int, int]] = field(default_factory=list)  # (token, people index), in order
    country_at: dict[int, str] = field(default_factory=dict)      # token -> alpha-2
    location_at: dict[int, tuple[str, Optional[str], int]] = field(default_factory=dict)  # token -> (name, country, first token)
    dates: list[tuple[int, int, Optional[str], str]] = field(default_factory=list)  # (tok start, tok end, value, text)

    _places: Optional[frozenset[int]] = None

    @property
    def people(self) -> list[Person]:
        return self.doc._.people or []

    @property
    def place_tokens(self) -> frozenset[int]:
        """Tokens of country and place mentions."""
        if self._places is None:
            self._places = frozenset(self.country_at) | frozenset(self.location_at)
        return self._places


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def build_index(doc: Doc) -> EntityIndex:
    """Token maps of the entity layer's records (metadata ranges are skipped)."""
    front = doc._.front
    meta = front.is_metadata if front is not None else (lambda s, e: False)
    idx = EntityIndex(doc)
    for pi, person in enumerate(doc._.people or []):
        for m in person.mentions:
            if meta(m.start, m.end):
                continue
            for ti in _token_range(doc, m.start, m.end):
                idx.person_at.setdefault(ti, pi)
                idx.person_tokens.append((ti, pi))
                idx.person_first.setdefault(pi, ti)
    idx.person_tokens.sort()
    for country in doc._.countries or []:
        for m in country.mentions:
            if meta(m.start, m.end):
                continue
            for ti in _token_range(doc, m.start, m.end):
                idx.country_at.setdefault(ti, country.code)
    for loc in doc._.locations or []:
        for m in loc.mentions:
            if meta(m.start, m.end):
                continue
            toks = _token_range(doc, m.start, m.end)
            country = loc.country or place_country(loc.name) or place_country(m.text)
            for ti in toks:
                idx.location_at.setdefault(ti, (m.text, country, toks.start))
    for d in doc._.dates or []:
        if meta(d.start, d.end):
            continue
        toks = _token_range(doc, d.start, d.end)
        idx.dates.append((toks.start, toks.stop, d.value, d.text))
    for p in doc._.periods or []:
        if meta(p.start, p.end) or not p.start_date:
            continue
        toks = _token_range(doc, p.start, p.end)
        # a meeting over a day range is dated by its first day
        if p.end_date and p.start_date[:7] == p.end_date[:7]:
            idx.dates.append((toks.start, toks.stop, p.start_date, p.text))
        elif p.end_date and p.start_date[:4] == p.end_date[:4]:
            # `will hold the next session in the second half of 2025`: a time within that year
            idx.dates.append((toks.start, toks.stop, p.start_date[:4], p.text))
    idx.dates.sort()
    return idx


# ---------- noun phrases -> participants ----------

def np_tokens(head: Token) -> list[Token]:
    """The tokens of ``head``'s own noun phrase: not the next list item, not its clauses."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            # the head's own `and B` is the next list item; `the Russian and US presidents` is one phrase
            if c.dep_ in ("conj", "cc") and t == head or c.dep_ in ("relcl", "acl", "advcl", "punct"):
                continue
            if c.dep_ == "prep" and c.lower_ not in ("of",):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def list_items(root: Token) -> list[Token]:
    """``root`` and the items coordinated with it (``A, B and C``)."""
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"))
    return sorted(out, key=lambda t: t.i)


def title_of(tokens: list[Token], head: Token, places: Collection[int] = ()) -> Optional[str]:
    """The title words of an unnamed official's phrase: `the Deputy Prime Minister of X` -> Deputy Prime Minister."""
    words = [t for t in tokens if t.i <= head.i and t.lower_ in TITLE_WORDS]
    if not words or head.lower_ not in TITLE_WORDS:
        return None
    # the contiguous run of title words ending at the head
    run = [head]
    i = head.i - 1
    while i >= tokens[0].i and (head.doc[i].lower_ in TITLE_WORDS or head.doc[i].lower_ in PORTFOLIO_WORDS):
        run.insert(0, head.doc[i])
        i -= 1
    text = " ".join(TITLE_ABBREVIATIONS.get(t.lower_, t.text) for t in run)
    return _singular_title(text) + _portfolio_of(head, places)


def _portfolio_of(head: Token, places: Collection[int]) -> str:
    """` of Economy`, ` of the House of Representatives`: the capitalised `of` phrase that
    belongs to the title (not ` of Belarus`, ` of the two countries`; ` of Foreign Affairs`
    of ` of Foreign Affairs of Peru`)."""
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        words = [t for t in c.subtree if t.i > c.i]
        place = next((k for k, t in enumerate(words) if t.i in places or t.ent_type_ in ("GPE", "NORP")), None)
        if place is not None:
            # cut before the `of`/`in` that leads to the place
            cut = max((k for k in range(place) if words[k].lower_ in ("of", "in")), default=None)
            words = words[:cut] if cut is not None else []
        content = [t for t in words if t.lower_ not in ("the", "and", "of", "for", ",")]
        if not content or any(not t.text[:1].isupper() or t.ent_type_ in ("GPE", "NORP", "PERSON") for t in content):
            return ""
        if all(words[k].i == words[0].i + k for k in range(len(words))):
            return " of " + " ".join(t.text for t in words)
    return ""


def _singular_title(text: str) -> str:
    words = text.split()
    last = words[-1]
    if last.lower().endswith("ies"):
        last = last[:-3] + "y"
    elif last.lower().endswith("s") and last.lower() not in ("affairs",):
        last = last[:-1]
    words[-1] = last
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)


class SideFinder:
    """Turns noun phrases into participants, resolving pronouns, bare titles and `counterpart`."""

    def __init__(self, idx: EntityIndex):
        self.idx = idx
        self.doc = idx.doc

    def person_side(self, pi: int) -> Side:
        p = self.idx.people[pi]
        return Side(name=p.name, title=(p.titles[0] if p.titles else None), country=p.country, person_key=pi)

    def persons_in(self, tokens: list[Token]) -> list[int]:
        seen: list[int] = []
        for t in tokens:
            pi = self.idx.person_at.get(t.i)
            if pi is not None and pi not in seen:
                seen.append(pi)
        return seen

    def countries_in(self, tokens: list[Token]) -> list[str]:
        seen: list[str] = []
        for t in tokens:
            c = self.idx.country_at.get(t.i)
            if c and c not in seen:
                seen.append(c)
        return seen

    def leading_countries(self, before: int) -> list[str]:
        """The two countries mentioned most before token ``before``."""
        counts: dict[str, int] = {}
        for ti, code in self.idx.country_at.items():
            if ti < before:
                counts[code] = counts.get(code, 0) + 1
        return sorted(counts, key=lambda c: -counts[c])[:2] if len(counts) >= 2 else []

    def clause_subject_person(self, head: Token) -> Optional[int]:
        """`X held talks with Y ..., as part of his visit`: `his` is the subject of the clause
        it hangs in (X), not the person named last (Y)."""
        for verb in head.ancestors:
            if not verb.pos_ in ("VERB", "AUX"):
                continue
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
            if subj:
                found = self.persons_in(np_tokens(max(subj, key=lambda c: c.i)))   # the nearest
                return found[0] if len(found) == 1 else None
            # `During his visit to Lima, X signed ...`: a fronted phrase's `his` is the subject after it
            after = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i]
            if after and self.recent_person(head.i) is None:
                found = self.persons_in(np_tokens(min(after, key=lambda c: c.i)))
                return found[0] if len(found) == 1 else None
        return None

    def clause_subject_people(self, head: Token) -> list[int]:
        """The people named in the subject of the clause ``head`` hangs in (`A and B`)."""
        for verb in head.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return self.persons_in([t for item in list_items(subj[0]) for t in np_tokens(item)])
        return []

    def recent_person(self, before: int, *, title: Optional[str] = None) -> Optional[int]:
        """The person mentioned last before token ``before``; with a title (`The President
        said`), the first person the article gave that title: its protagonist."""
        best = None
        for ti, pi in self.idx.person_tokens:
            if ti >= before:
                break
            if title is not None:
                titles = [x.lower() for x in self.idx.people[pi].titles]
                if any(title.lower() == x or x.endswith(" " + title.lower()) for x in titles):
                    return pi
                continue
            best = pi
        return best

    def sides(self, root: Token) -> tuple[list[Side], list[str]]:
        """Participants and countries named by ``root`` and the items listed with it."""
        sides: list[Side] = []
        countries: list[str] = []
        bare: list[str] = []
        for item in list_items(root):
            s, c = self.item_sides(item)
            if not s:
                bare += c
            sides += [x for x in s if not any(x.same_as(y) and x.name == y.name for y in sides)]
            countries += [x for x in c if x not in countries]
        # `the Kazakh and German foreign ministers` parsed as `Kazakh` + `German foreign ministers`
        titled = [x for x in sides if x.title and not x.name and not x.collective and x.country]
        if bare and titled and root.lower_ not in COUNTERPART_WORDS:
            sides = [self.unnamed(titled[0].title, c) for c in bare if c not in {x.country for x in sides}] + sides
        return sides, countries

    def item_sides(self, head: Token) -> tuple[list[Side], list[str]]:
        toks = np_tokens(head)
        if head.tag_ in ("NNS", "NNPS") and head.lower_ in TITLE_WORDS:
            # `Turkish, Egyptian trade ministers meet`: a headline's list of adjectives the parser hung elsewhere
            k = min(t.i for t in toks) - 1
            while k >= 1 and self.doc[k].text == "," and k - 1 in self.idx.country_at:
                toks = [self.doc[k - 1]] + toks
                k -= 2
        persons = self.persons_in(toks)
        if not persons and head.lower_ in TITLE_WORDS:
            # `Spain's Undersecretary at the Ministry of X Carmen Ortega`: the name closes a longer phrase
            inside = self.persons_in([t for t in head.subtree if t.dep_ != "conj" or t.head != head])
            persons = inside[:1]
        if persons:
            return [self.person_side(pi) for pi in persons], []
        low = head.lower_
        pair = self.the_two(head)
        if pair:
            return pair, []
        if low in GROUP_HEADS:
            # `the delegation led by X`: X
            led = [g for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"]
            for g in led:
                s, c = self.sides(g)
                if s:
                    return s, c + self.countries_in(toks)
            if not led and any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in toks):
                # `The delegation arrived on Sunday`: the delegation led by X told before
                earlier = self._earlier_group(head)
                if earlier is not None:
                    return earlier
        if low in PRONOUNS and head.dep_ != "poss" or (low in ("his", "her") and head.dep_ == "poss"):
            pi = self.clause_subject_person(head) if head.dep_ == "poss" else None
            pi = pi if pi is not None else self.recent_person(head.i)
            return ([self.person_side(pi)] if pi is not None else []), []
        if low == "their" and head.dep_ == "poss":
            # `Since their first meeting in 2019, A and B have ...`: the people of the clause's subject
            people = self.clause_subject_people(head)
            if len(people) >= 2:
                return [self.person_side(pi) for pi in people], []
            officials = self._officials_of_clause(head)
            if len(officials) == 2:
                return officials, []
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.item_sides(head.head.head)
        phrase = " ".join(t.lower_ for t in toks if t.dep_ not in ("det", "poss", "case") or t.i == head.i)
        countries = self.countries_in(toks)
        title = title_of(toks, head, self.idx.place_tokens)
        if title and countries and low not in COUNTERPART_WORDS:
            if len(countries) == 1 and head.tag_ in ("NN", "NNP") and any(
                    t.dep_ == "det" and t.lower_ == "the" for t in toks):
                # `The Vietnamese Deputy PM` after `Deputy Prime Minister Tran Hung`: Tran Hung
                pi = self._titled_before(head.i, title, countries[0])
                if pi is not None:
                    return [self.person_side(pi)], []
            # `the Kazakh and German foreign ministers`: one official of each country
            return [self.unnamed(title, c) for c in countries], countries
        if title and not countries and self._of_the_two(toks):
            # `the trade ministers of the two countries`, `the two countries' foreign ministers`:
            # one official of each country of the pair the article is about
            pair = self.leading_countries(head.i)
            if pair:
                return [self.unnamed(title, c) for c in pair], pair
        for key, label in COLLECTIVES.items():
            if head.lower_ in TITLE_WORDS and head.lower_ not in key.split():
                continue   # `the Speaker of the House of Representatives` is one official
            if phrase == key or phrase.endswith(" " + key) or phrase.startswith(key + " "):
                countries = self.countries_in(toks)
                return [Side(title=_collective_title(toks, head, label), collective=True)], countries
        countries = self.countries_in(toks)
        if low in COUNTERPART_WORDS or low in GUEST_WORDS and countries:
            return self.counterpart(head, countries), []
        title = title_of(toks, head, self.idx.place_tokens)
        if title is None:
            # a country standing for its side (`Chile and Peru plan to hold talks`)
            return [], countries
        if countries:
            return [self.unnamed(title, c) for c in countries], countries
        # a bare title (`The President held talks`) is the person with that title named last
        has_det = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in toks)
        if has_det:
            pi = self.recent_person(head.i, title=title)
            if pi is not None:
                return [self.person_side(pi)], []
        named_next = self.idx.person_at.get(max(t.i for t in toks) + 1)
        if named_next is None and head.dep_ == "conj" and head.head.lower_ in TITLE_WORDS:
            # `Deputy Prime Minister and Minister of Foreign Affairs of X Tariq Chaudhry`: the name hangs on
            # the first post
            first = self.persons_in([t for t in head.head.subtree if t.i > head.i])
            named_next = first[0] if first else None
        if named_next is not None:
            # `Deputy Prime Minister and Foreign Minister X`, parsed as two conjuncts: the second
            # post is X's, not a second official's
            return [self.person_side(named_next)], []
        return [Side(title=title)], []

    def _titled_before(self, before: int, title: str, country: str) -> Optional[int]:
        """The person of that country named last before ``before`` with that title."""
        found = None
        for ti, pi in self.idx.person_tokens:
            if ti >= before:
                break
            p = self.idx.people[pi]
            if p.country == country and any(t.lower() == title.lower() for t in p.titles):
                found = pi
        return found

    def _earlier_group(self, head: Token) -> Optional[tuple[list[Side], list[str]]]:
        """The people of the last group of that name led by someone before ``head``."""
        for i in reversed([i for i in tokens_in(self.doc, (head.lower_,), (LOWER,)) if i < head.i]):
            g = self.doc[i]
            led = [p for c in g.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                   for p in a.children if p.dep_ == "pobj"]
            for p in led:
                s, c = self.sides(p)
                if s:
                    return s, c + self.countries_in(np_tokens(g))
        return None

    @staticmethod
    def _of_the_two(toks: list[Token]) -> bool:
        return any(t.lower_ in PAIR_WORDS and any(c.lower_ in ("two", "both") for c in t.children) for t in toks)

    def the_two(self, head: Token) -> list[Side]:
        """`the two presidents`, `both leaders`: the last two people of different countries
        named before (with that title, when the phrase gives one)."""
        numbered = any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in head.children)
        # `The leaders last met in July`: with `the` alone, only when the people named before
        # are of two countries
        bare = not numbered and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and any(True for _ in head.children)
        # (`the two Prime Ministers`: a capitalised plural the tagger may call singular)
        plural = head.tag_ in ("NNS", "NNPS") or (numbered and head.lower_.endswith("s"))
        if not plural or not (numbered or bare):
            return []
        if head.lower_ not in TITLE_WORDS and head.lower_ not in COLLECTIVE_HEADS:
            return []
        # `the two prime ministers`: the title with its compound words, not `Minister` alone
        words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
        title = _singular_title(" ".join(t.text for t in words)) if head.lower_ in TITLE_HEADS else None
        if bare:
            if head.lower_ not in TITLE_WORDS:
                return []   # `the sides`, `the parties` are the countries, not two people
            before = {self.idx.people[pi].country for ti, pi in self.idx.person_tokens if ti < head.i
                      and (not title or holds_title(self.idx.people[pi].titles, title))}
            if len(before) != 2 or None in before:
                return []
        # the two countries named last; of each, its person the article names most (`Minister A
        # co-chaired with B ... conveyed greetings from Prime Minister C ... The two sides`: A and B)
        sides: list[object] = []
        mentions: dict[int, int] = {}
        last: dict[int, int] = {}
        for ti, pi in reversed(self.idx.person_tokens):
            if ti >= head.i:
                continue
            person = self.idx.people[pi]
            if title and not holds_title(person.titles, title):
                continue
            side = person.country or pi
            if side not in sides:
                sides.append(side)
            if pi not in last:
                last[pi] = ti
            mentions[pi] = mentions.get(pi, 0) + (0 if ti > 0 and self.idx.person_at.get(ti - 1) == pi else 1)
        if len(sides) == 1 and title and isinstance(sides[0], str):
            # `the two presidents` with one of them named: the other is the president of the
            # country the article names most after his
            other = self._other_country(sides[0])
            if other is None:
                return []
            pi = max((pi for pi in mentions), key=lambda pi: (mentions[pi], last[pi]))
            return [self.person_side(pi), self.unnamed(title, other)]
        if not sides and title and numbered:
            # `The two presidents are expected to meet` with neither named: the presidents of the
            # two countries the article is about
            pair = self.leading_countries(head.i)
            return [self.unnamed(title, c) for c in pair]
        if len(sides) < 2:
            return []
        picked = []
        for side in sides[:2]:
            people = [pi for pi in mentions if (self.idx.people[pi].country or pi) == side]
            picked.append(max(people, key=lambda pi: (mentions[pi], last[pi])))
        return [self.person_side(p) for p in sorted(picked, key=lambda pi: self.idx.person_first.get(pi, 0))]

    def _officials_of_clause(self, head: Token) -> list[Side]:
        """`conveyed greetings from the Prime Minister of A to the President of B, recalling their
        meeting`: `their` is the two unnamed officials of different countries the clause names."""
        verbs = [v for v in head.ancestors if v.pos_ in ("VERB", "AUX")]
        if not verbs:
            return []
        clause = verbs[-1] if len(verbs) < 3 else verbs[1]
        mine = {t.i for t in head.head.subtree}
        found: list[Side] = []
        for t in clause.subtree:
            if t.i in mine or t.i > head.i or t.lower_ not in TITLE_WORDS or t.dep_ not in ("pobj", "dobj"):
                continue
            if any(a.i in mine for a in t.ancestors):
                continue
            sides, _ = self.item_sides(t)
            found += [x for x in sides if not x.name and x.title and x.country
                      and not any(x.country == y.country for y in found)]
        return found

    def _other_country(self, country: str) -> Optional[str]:
        """The country the article names most, other than this one (the first named on a tie)."""
        counts: dict[str, int] = {}
        for code in self.idx.country_at.values():
            if code != country:
                counts[code] = counts.get(code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def unnamed(self, title: str, country: str) -> Side:
        return Side(title=title, country=country)

    def counterpart(self, head: Token, countries: list[str]) -> list[Side]:
        """`his Armenian counterpart`: the person of that country the article names."""
        if countries:
            candidates = [pi for pi, p in enumerate(self.idx.people) if p.country == countries[0]]
            # one's counterpart or guest is not the one named before it in the same sentence
            # (`X hosted a lunch for the Japanese guest`, X taken for Japanese)
            sent = head.sent
            others = [pi for pi in candidates
                      if not any(sent.start <= ti < head.i for ti, pj in self.idx.person_tokens if pj == pi)]
            candidates = others or candidates
            # an ambassador is no minister's counterpart (`will travel for talks with his Chinese
            # counterpart` while the Chinese ambassador is the only Chinese the article names)
            owner = self.recent_person(head.i)
            owner_titles = self.idx.people[owner].titles if owner is not None else []
            if head.lower_ in COUNTERPART_WORDS:
                candidates = [pi for pi in candidates if _same_rank(owner_titles, self.idx.people[pi].titles)]
            if len(candidates) == 1:
                return [self.person_side(candidates[0])]
            # the one the article already called a counterpart (`his Armenian counterpart Nikol X`)
            named = [pi for pi in candidates if self._called_counterpart(pi)]
            if named:
                return [self.person_side(named[0])]
            if candidates:
                # several: the one named nearest after the phrase, else the last before it
                after = [pi for pi in candidates if self.idx.person_first.get(pi, -1) > head.i]
                return [self.person_side(after[0] if after else candidates[-1])]
            if head.lower_ in GUEST_WORDS:
                return []
            # unnamed: the counterpart holds the title of the one whose counterpart he is
            return [Side(title=owner_titles[0] if owner_titles else "Counterpart", country=countries[0])]
        return []


    def _called_counterpart(self, pi: int) -> bool:
        for ti, pj in self.idx.person_tokens:
            if pj == pi and any(self.doc[k].lower_ in COUNTERPART_WORDS for k in range(max(0, ti - 3), ti)):
                return True
        return False


def _is_diplomat(titles: list[str]) -> bool:
    return any(w in DIPLOMAT_WORDS for t in titles[:1] for w in t.lower().split())


def _same_rank(a: list[str], b: list[str]) -> bool:
    """Whether holders of titles ``a`` and ``b`` can be counterparts: a diplomat only of a diplomat."""
    return not a or not b or _is_diplomat(a) == _is_diplomat(b)


def _collective_title(toks: list[Token], head: Token, label: str) -> str:
    # keep a qualifier the article gives (`trade officials`, `European representatives`)
    mods = [t.text for t in toks if t.i < head.i and t.dep_ in ("compound", "amod") and t.lower_ not in TITLE_WORDS]
    return " ".join(mods + [label]) if mods and len(label.split()) == 1 else label
