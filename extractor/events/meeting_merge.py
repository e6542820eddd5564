"""Fold the mentions of one meeting into one record, then finish the records.

One meeting is often reported in several sentences (`X met Y in Baku.` ... `During the
meeting, ...` ... `The talks focused on ...`). A mention joins an earlier record when
their kinds, participants, dates and places agree; a meeting with new participants,
another date or another place is another meeting. A visit and the meetings held
during it stay apart (SPEC convention 8).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from ..entities.countries import country_code
from .meeting_index import Side, title_head
from .meeting_mentions import Mention

TALKS_LIKE = frozenset({"meeting", "talks"})
# kinds a `discussed` mention may fold into: not visits or summits, which hold meetings of their own
WEAK_HOSTS = frozenset({"meeting", "talks", "call", "commission_session"})


@dataclass
class Record:
    kind: str
    weak_only: bool
    status: str
    sides: list[Side]
    countries: list[str]
    location: Optional[str]
    location_country: Optional[str]
    date: Optional[str]
    main_eligible: bool
    sentences: set[int]
    first: Mention
    anaphoric_only: bool
    topics: list[str] = field(default_factory=list)
    date_source: Optional[str] = None
    asserted: bool = False
    lead: Optional[Mention] = None   # the mention that reports it (the first not only `discussed`): its evidence
    triggers: set[int] = field(default_factory=set)   # the trigger tokens of its mentions
    side_hosts: set[int] = field(default_factory=set)   # triggers of meetings held on its sidelines

    @property
    def evidence_mention(self) -> Mention:
        return self.lead or self.first


def split_mention(m: Mention) -> list[Mention]:
    """`X held meetings with A of one country and B of another`: one meeting per counterpart."""
    subj_people = [s for s in m.subjects if (s.name or s.title) and not s.collective]   # `officials said after talks ...`
    named_others = [s for s in m.others if not any(s.same_as(x) for x in subj_people)]
    if len(subj_people) != 1 or len(named_others) < 2:
        return [m]
    countries = {s.country for s in named_others if s.country}
    separately = any(c.lower_ == "separately" for c in m.trigger.children)
    # `bilateral meetings with A and B` whose countries the article does not give
    series = (m.trigger.lower_ in ("meetings", "talks") or m.weak) and len(countries) <= 1 \
        and any(not s.country for s in named_others)
    # `met A and B of X` (one country) stays one meeting
    if not (separately or len(countries) >= 2 or series):
        return [m]
    out = []
    for other in named_others:
        piece = Mention(**{**m.__dict__})
        piece.others = [other]
        piece.countries = [c for c in m.countries if c in (subj_people[0].country, other.country)]
        out.append(piece)
    return out


def _named(sides: list[Side]) -> list[Side]:
    return [s for s in sides if not s.collective]


def _subset(a: list[Side], b: list[Side]) -> bool:
    return all(any(x.same_as(y) for y in b) for x in a)


def _described_by(unnamed: list[Side], named: list[Side]) -> bool:
    """`Saudi, Egyptian commerce ministers meet` and the ministers the body names: every unnamed official
    is someone of that country with a post of the same head (minister, president)."""
    return bool(unnamed) and all(not x.name and x.country and any(
        y.name and y.country == x.country and title_head(y.title) == title_head(x.title) for y in named)
        for x in unnamed)


def _overlap(a: list[Side], b: list[Side]) -> int:
    return sum(1 for x in a if any(x.same_as(y) for y in b))


def _dates_agree(a: Optional[str], b: Optional[str]) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def _places_agree(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _within(m: Mention, r: Record) -> bool:
    """`a visit to Japan` and `the visit` in Tokyo: a place inside the country the other names."""
    countries = {country_code(x) for x in (m.location, r.location) if x}
    return r.kind == "visit" and m.kind == "visit" and bool(m.location_country) \
        and m.location_country == r.location_country and len(countries - {None}) == 1


def _same_session(r: Record, m: Mention) -> bool:
    """`joint commission meets in Hanoi ... at the 19th meeting of the Joint Commission held in
    Hanoi` (a headline run into the lead): one body's session named twice, at one place."""
    return m.kind == r.kind and m.kind in ("commission_session", "summit") and bool(m.location) \
        and bool(r.location) and _places_agree(m.location, r.location)


def compatible(r: Record, m: Mention) -> bool:
    if m.kind == r.kind or {m.kind, r.kind} <= TALKS_LIKE:
        pass
    elif m.definite and m.kind in TALKS_LIKE and r.kind in ("commission_session", "summit"):
        pass   # `the meeting` of a commission told before
    elif m.weak and r.kind in WEAK_HOSTS:
        pass
    elif r.weak_only and m.kind in WEAK_HOSTS:
        pass
    else:
        return False
    # (who `attended` the meeting told before joins it: no side of its own to compare)
    a, b = _named(m.sides) if not m.attendance else [], _named(r.sides)
    if (m.sent_index in r.sentences or m.sent_index - 1 in r.sentences) and not a and _same_session(r, m):
        # (a headline's session and the lead's, on lines of their own)
        return _dates_agree(m.date, r.date) and m.status == r.status
    if m.sent_index in r.sentences and not m.anaphoric and not m.weak and not a:
        # `After the meeting of A and B, negotiations took place`: two meetings in one sentence
        return False
    if a and b:
        if not (_subset(a, b) or _subset(b, a) or _described_by(b, a) or _described_by(a, b)) \
                or (_overlap(a, b) == 0 and not (_described_by(b, a) or _described_by(a, b))):
            return False
    elif not a and not m.anaphoric and not m.weak:
        # no participants of its own: the same meeting only if it names the same sides
        if m.kind != r.kind and not r.weak_only:
            return False
        if not m.countries or not set(m.countries) <= set(r.countries) | {s.country for s in r.sides}:
            return False
    elif a and not b:
        have = set(r.countries)
        if have and not {s.country for s in a if s.country} <= have:
            return False
    if not _dates_agree(m.date, r.date) or not (_places_agree(m.location, r.location) or _within(m, r)):
        return False
    if m.status != r.status and (not m.anaphoric or m.date is not None):
        # (`The ministers will meet in Kashgar on Tuesday`: a plan with a day of its own is not
        # the talks just held)
        return False
    return True


def absorb(r: Record, m: Mention) -> None:
    if r.weak_only and not m.weak:
        r.kind, r.weak_only, r.lead = m.kind, False, m
    elif r.kind == "meeting" and m.kind == "talks" and not m.anaphoric:
        r.kind = "talks"
    for s in m.sides:
        for i, have in enumerate(r.sides):
            if s.same_as(have):
                if s.name and not have.name:
                    # a name beats `the President of X`; the title stays when the name came without one
                    r.sides[i] = s if s.title else replace(s, title=have.title)
                elif have.name and not s.name and not have.title and s.title:
                    r.sides[i] = replace(have, title=s.title)
                break
        else:
            r.sides.append(s)
    r.countries += [c for c in m.countries if c not in r.countries]
    if not r.location and m.location:
        r.location, r.location_country = m.location, m.location_country
    if not r.date and m.date:
        r.date = m.date
    r.main_eligible = r.main_eligible or (m.main_eligible and not m.anaphoric)
    r.sentences.add(m.sent_index)
    r.anaphoric_only = r.anaphoric_only and m.anaphoric
    r.topics += [t for t in m.topics if t not in r.topics]
    r.asserted = r.asserted or m.asserted
    r.triggers.add(m.trigger.i)
    if m.side_of is not None:
        # `... gathered in Astana for the summit. A and B met on the sidelines of the summit`
        r.side_hosts.add(m.side_of)


def new_record(m: Mention) -> Record:
    return Record(kind=m.kind, weak_only=m.weak, status=m.status, sides=list(m.sides), countries=list(m.countries),
                  location=m.location, location_country=m.location_country, date=m.date,
                  main_eligible=m.main_eligible, sentences={m.sent_index}, first=m,
                  anaphoric_only=m.anaphoric, topics=list(m.topics), asserted=m.asserted,
                  triggers={m.trigger.i}, side_hosts={m.side_of} - {None})


def merge(mentions: list[Mention]) -> list[Record]:
    records: list[Record] = []
    for mention in mentions:
        for m in split_mention(mention):
            cands = [(i, r) for i, r in enumerate(records) if compatible(r, m)]
            if not cands:
                records.append(new_record(m))
                continue
            a = _named(m.sides)

            def rank(item):
                i, r = item
                return (-_overlap(a, _named(r.sides)), r.kind != m.kind, i)
            _, best = min(cands, key=rank)
            absorb(best, m)
    return _fold_forward_references(records)


def _fold_forward_references(records: list[Record]) -> list[Record]:
    """`X, who is in Rio for the summit, said ...` before the article tells the summit: a record of
    definite references only joins the first record of its kind told after it (at the same place)."""
    out: list[Record] = []
    for k, r in enumerate(records):
        later = None
        if r.anaphoric_only and r.kind in ("summit", "commission_session"):
            first = min(r.sentences)
            later = next((e for e in records[k + 1:] if e.kind == r.kind and not e.anaphoric_only
                          and min(e.sentences) > first and _places_agree(r.location, e.location)
                          and _dates_agree(r.date, e.date)), None)
        if later is None:
            out.append(r)
            continue
        for s in r.sides:
            if not any(s.same_as(x) for x in later.sides):
                later.sides.append(s)
        later.countries += [c for c in r.countries if c not in later.countries]
        later.sentences |= r.sentences
        later.triggers |= r.triggers
        later.side_hosts |= r.side_hosts
    return out


# ---------- finishing ----------

def side_count(r: Record) -> int:
    """How many distinct sides (countries, or people of unknown country) a record names."""
    countries = set(r.countries)
    loose = 0
    alone = all(s.collective for s in r.sides)
    for s in r.sides:
        if s.country:
            countries.add(s.country)
        elif s.name or (s.collective and alone):
            # `business leaders` beside a named official are no other side
            loose += 1
    return len(countries) + loose


def is_meeting(r: Record, sentence_countries: list[str]) -> bool:
    if r.anaphoric_only and not r.sides:
        return False
    if r.sides and all(s.collective for s in r.sides) and r.kind != "other" and not r.weak_only:
        return True
    if r.kind in ("summit", "commission_session") or r.first.body:
        return True
    if r.kind == "visit":
        # a minister touring a factory at home is no meeting between countries
        home = {s.country for s in r.sides} or set(r.countries)   # `a Turkish team visited X`
        if r.location_country and home == {r.location_country}:
            return False
        return bool(r.sides) or bool(r.location)
    if side_count(r) >= 2:
        return True
    if not r.weak_only and r.kind != "other" and len(sentence_countries) >= 2 and r.asserted \
            and not r.first.trigger.tag_.startswith("VB"):
        # `consultations were then held in an enlarged format`: the sides are the sentence's countries
        r.countries += [c for c in sentence_countries if c not in r.countries]
        return True
    return False


def stops_of_visits(records: list[Record]) -> list[Record]:
    """`X, who began a visit to Vietnam on Tuesday, will travel to Ho Chi Minh City`: a trip
    within the country one is visiting, told with that visit, is part of it."""
    out = []
    for r in records:
        visitors = [s for s in r.sides if s.name]
        part_of = r.kind == "visit" and r.location_country and visitors and any(
            e is not r and e.kind == "visit" and e.status == "held" and e.location_country == r.location_country
            and e.sentences & r.sentences and _overlap(visitors, e.sides) and e.location != r.location
            for e in records)
        if not part_of:
            out.append(r)
    return out


def settings_of_side_meetings(records: list[Record]) -> None:
    """`A met B on the sidelines of the G20 summit in Rio`: A and B attended the summit, and their
    meeting was where and when the summit was. A series of meetings on its sidelines (`held
    meetings with A and B`) tells only that the one who met them all attended."""
    for r in records:
        hosts_at = r.side_hosts
        hosts = [h for h in records if h is not r and h.triggers & hosts_at]
        if not hosts:
            continue
        for s in hosts[0].sides:
            if all(any(s.same_as(x) for x in h.sides) for h in hosts[1:]) and not any(s.same_as(x) for x in r.sides):
                r.sides.append(s)
        if len(hosts) == 1:
            r.countries += [c for c in hosts[0].countries if c not in r.countries]
            if r.location is None and hosts[0].location:
                r.location, r.location_country = hosts[0].location, hosts[0].location_country
        # (``r`` is the summit, ``hosts`` the meetings held on its sidelines)
        if r.status == "planned" and r.date is None and any(h.status == "held" for h in hosts):
            # a meeting on its sidelines took place: so did the summit (`agreed to keep trade stable,
            # in talks on the sidelines of the summit`: the plan is the agreement's, not the summit's)
            r.status = "held"
        for h in hosts:
            if h.location is None and r.location:
                h.location, h.location_country = r.location, r.location_country
            if h.date is None and r.date and h.status == r.status:
                h.date = r.date   # `who met on the sidelines of the summit in Rio last November`


def place_of_ongoing_visit(records: list[Record]) -> None:
    """`A met B, who is visiting Cairo`: a meeting told with the visit its participant is on
    now is held where that visit is."""
    for r in records:
        if r.kind == "visit" or r.location or r.status != "held":
            continue
        for e in records:
            if e.kind == "visit" and e.first.ongoing and e.location and e.sentences & r.sentences \
                    and _overlap([s for s in e.sides if s.name or s.title], r.sides):
                r.location, r.location_country = e.location, e.location_country
                break


def visit_place_from_meetings(records: list[Record]) -> None:
    """`The delegation arrived on Sunday for a working visit` says no place: the visit is
    where its visitor was met that month in another country (`hosted X in Ankara on Monday`)."""
    for r in records:
        if r.kind != "visit" or r.location or r.status != "held":
            continue
        visitors = [s for s in r.sides if s.name]
        home = {s.country for s in visitors}
        for e in records:
            if e is r or e.kind == "visit" or e.status != "held" or not e.location or not e.location_country \
                    or e.location_country in home or not _overlap(visitors, [s for s in e.sides if s.name]):
                continue
            if r.date and e.date and r.date[:7] != e.date[:7]:
                continue
            r.location, r.location_country = e.location, e.location_country
            if e.location_country not in r.countries:
                r.countries.append(e.location_country)
            break


def inherit(records: list[Record]) -> None:
    """A meeting held during a visit or a series (`also met with ...`) without its own date
    or place takes those of the earlier meeting of the same person."""
    for i, r in enumerate(records):
        named = [s for s in r.sides if s.name]
        # the meetings of a series first, then the visit they were held during
        earlier = [e for e in reversed(records[:i]) if e.kind != "visit"] + \
                  [e for e in reversed(records[:i]) if e.kind == "visit"]
        for e in earlier:
            # (`will attend the summit next week, where she is to meet X`: planned from planned)
            if e.status != r.status or not _overlap(named, [s for s in e.sides if s.name]):
                continue
            if r.date is None and e.date and e.date_source == "text" and r.main_eligible:
                r.date, r.date_source = e.date, "text"
            if r.location is None and e.location and r.date is not None and r.date == e.date:
                r.location = e.location
                if r.kind == "visit":
                    r.location_country = e.location_country
            if r.date is not None:
                break
