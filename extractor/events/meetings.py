"""Meetings, talks, visits, calls, commission sessions and summits.

Built on the entity layer: participants are the people records (``doc._.people``)
the dependency parse puts around a meeting word, unnamed officials (`the Prime
Minister of Belarus`) come from a title and a country mention, dates and places are
the ``doc._.dates`` / ``doc._.locations`` / ``doc._.countries`` mentions of the
meeting's own clause. Steps: find trigger words (``meeting_mentions``), read one
mention per trigger, fold mentions of one meeting into one record
(``meeting_merge``), finish dates (`published` for the main event reported without
one) and output ``records.Meeting``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..doc import warn
from ..entities.known_people import known_country
from ..records import Meeting, Participant
from ..records import Span
from ..spans import doc_text
from .meeting_index import EntityIndex, build_index, holds_title, title_head, titles_agree
from .meeting_merge import (Record, inherit, is_meeting, merge, place_of_ongoing_visit, settings_of_side_meetings,
                            stops_of_visits, visit_place_from_meetings)
from .meeting_mentions import (ANAPHORIC_SUBJECTS, BODY_SESSIONS, CHAIR_VERBS, LEADER_TITLES, LEADER_WORDS, LemmaPositions, Mention, MentionReader,
                               noun_kind,
                               subject_of, within,
                               trigger_candidates, verb_kind)

# how many sentences back a `visit` makes `X was in Brussels on July 18` a visit
VISIT_CONTEXT = 2
SIDE_GROUPS = frozenset(("delegation", "side"))


def _triggers(sent: SpacySpan, is_meta, candidates: set[int]) -> dict[int, tuple[str, bool]]:
    found: dict[int, tuple[str, bool]] = {}
    doc = sent.doc
    for i in sorted(candidates.intersection(range(sent.start, sent.end))):
        t = doc[i]
        if is_meta(t.idx, t.idx + len(t)):
            continue
        kind = verb_kind(t) if t.tag_.startswith("VB") else noun_kind(t) if t.pos_ in ("NOUN", "PROPN") else None
        if kind is not None:
            found[t.i] = kind
    # `hosted talks`, `held a meeting`: the noun is the meeting, not the verb
    for i in list(found):
        t = sent.doc[i]
        if t.tag_.startswith("VB") and any(c.i in found and c.dep_ in ("dobj", "attr") for c in t.children):
            # but `travel to X to co-chair the meeting` (a split `co-chair` leaves the meeting
            # on `travel`) is a visit and a meeting
            if found[i][0] == "visit" and all(found[c.i][0] != "visit" for c in t.children if c.i in found):
                continue
            del found[i]
    # `the leaders will meet at a summit`, `arrived on a visit`: the noun is the meeting
    for i in list(found):
        t = sent.doc[i]
        if t.tag_.startswith("VB") and not any(c.dep_ in ("dobj",) or c.lower_ == "with" for c in t.children) \
                and any(g.i in found and (found[g.i][0] == found[i][0] or found[g.i][0] == "summit")
                        for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
            del found[i]
    # `met ... and discussed`: the discussion is that meeting
    if any(not weak for _, weak in found.values()):
        found = {i: k for i, k in found.items() if not k[1]}
    return found


# adjectives that make `the session` one of a series told before (`the previous session`)
SERIES_ADJECTIVES = frozenset(("previous", "last", "next", "upcoming", "forthcoming", "first", "second", "third",
                               "fourth", "fifth", "latest", "current", "following", "prior", "earlier"))


def _sessions_told_before(sent: SpacySpan, found: dict[int, tuple[str, bool]], kind: str) -> dict[int, tuple[str, bool]]:
    """`The previous session took place in New Delhi`, right after a commission's session: a session
    of that body."""
    out = {}
    for t in sent:
        if t.i in found or t.lemma_.lower() not in BODY_SESSIONS or t.pos_ != "NOUN":
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and any(
                c.dep_ == "amod" and c.lower_ in SERIES_ADJECTIVES for c in t.children):
            out[t.i] = (kind, False)
    return out


def _be_in_visits(sent: SpacySpan, reader: MentionReader, si: int, words: LemmaPositions) -> list[Mention]:
    """`The Foreign Minister was in Vienna on March 4-6, and in Tbilisi on April 22`.
    ``words``: the positions of the doc's forms of `be`."""
    out: list[Mention] = []
    idx = reader.idx
    doc = sent.doc
    for verb in (doc[i] for i in within(words, sent)):
        if verb.lemma_ != "be" or not verb.tag_.startswith("VB"):
            continue
        subj = subject_of(verb)
        if subj is None:
            continue
        preps = [c for c in verb.subtree if c.dep_ in ("prep", "conj") and c.lower_ == "in"
                 and (c.head.i == verb.i or c.head.head.i == verb.i)]
        places = []
        for p in preps:
            for g in p.children:
                if g.dep_ == "pobj" and (g.i in idx.location_at or g.i in idx.country_at):
                    places.append(g)
        if not places:
            continue
        subjects, subj_countries = [], []
        reader._collect([subj], subjects, subj_countries)
        if not any(s.name or s.title for s in subjects):
            continue
        for n, place in enumerate(places):
            end = places[n + 1].i if n + 1 < len(places) else sent.end
            value = next((v for s, e, v, _ in idx.dates if place.i < s and e <= end and v), None)
            if place.i in idx.location_at:
                name, country, _ = idx.location_at[place.i]
            else:
                name, country = reader._country_text(place), idx.country_at[place.i]
            m = Mention(trigger=place, kind="visit", weak=False, status="held", subjects=list(subjects),
                        countries=list(subj_countries), location=name, location_country=country,
                        date=value, sent_index=si, sent=sent)
            out.append(m)
    return out


def _adjective_country(idx: EntityIndex, pi: int) -> Optional[str]:
    """The country adjective in front of a person's title (`Australian Trade Minister X`), if any."""
    doc = idx.doc
    for ti, p in idx.person_tokens:
        if p != pi or (ti - 1 >= 0 and idx.person_at.get(ti - 1) == pi):
            continue
        # walk back over the title words (capitalised, or `of`/`for`/`and`) to an adjective;
        # the mention itself may hold the title
        j = ti
        while j + 1 < len(doc) and idx.person_at.get(j + 1) == pi:
            j += 1
        while j >= max(doc[ti].sent.start, ti - 10):
            t = doc[j]
            if j in idx.country_at:
                return idx.country_at[j]
            if idx.person_at.get(j) != pi and (
                    not (t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "'s")) or t.is_punct):
                break
            j -= 1
    return None


def repair_home_countries(records: list[Record], idx: EntityIndex) -> None:
    """Two named officials of one country, one of them marked foreign by an adjective
    (`X held talks with Australian Trade Minister Y`), is a people-layer error on X, not
    a domestic meeting: X takes the article's leading other country. The repair holds
    for every record X is in (his visit too)."""
    counts: dict[str, int] = {}
    # the countries of the places named count too (`hosted X in Wellington`)
    for code in list(idx.country_at.values()) + [c for _, c, _ in idx.location_at.values() if c]:
        counts[code] = counts.get(code, 0) + 1
    fixed: dict[int, str] = {}
    _host_of_unnamed(records, counts)
    for r in records:
        # an unnamed official's country is always the text's own (`the Chinese ambassador`)
        named = [s for s in r.sides if not s.collective and (s.person_key is not None or s.country)]
        if r.kind == "visit" or len(named) < 2 or len({s.country for s in named}) != 1 or not named[0].country:
            continue
        home = named[0].country
        # (a known official's country is no people-layer guess: `President Xi Jinping`)
        marked = [s for s in named if s.person_key is None or _adjective_country(idx, s.person_key) == home
                  or (s.name and known_country(s.name) == home)]
        unmarked = [s for s in named if s not in marked and _adjective_country(idx, s.person_key) is None]
        others = sorted((c for c in counts if c != home), key=lambda c: -counts[c])
        if len(marked) != 1 or not unmarked or not others:
            continue
        for s in unmarked:
            fixed[s.person_key] = others[0]
    if not fixed:
        return
    for r in records:
        r.sides = [replace(s, country=fixed[s.person_key]) if s.person_key in fixed else s for s in r.sides]
        for s in r.sides:
            if s.country and s.country not in r.countries:
                r.countries.append(s.country)


def _host_of_unnamed(records: list[Record], counts: dict[str, int]) -> None:
    """`X met with the Speaker of the House of Representatives`: an unnamed official the
    text gives no country is the host's: the country X is visiting, else the article's
    leading country other than X's."""
    for i, r in enumerate(records):
        loose = [s for s in r.sides if s.title and not s.name and not s.country and not s.collective]
        homes = {s.country for s in r.sides if s.country and not s.collective}
        if r.kind == "visit" or not loose or len(homes) != 1:
            continue
        home = next(iter(homes))
        keys = {s.person_key for s in r.sides if s.person_key is not None}
        visits = [e for e in reversed(records[:i]) if e.kind == "visit" and e.location_country
                  and e.location_country != home and keys & {s.person_key for s in e.sides}]
        host = r.location_country if r.location_country and r.location_country != home else \
            visits[0].location_country if visits else \
            next(iter(sorted((c for c in counts if c != home), key=lambda c: -counts[c])), None)
        if host is None:
            continue
        r.sides = [replace(s, country=host) if s in loose else s for s in r.sides]
        if host not in r.countries:
            r.countries.append(host)


def _chaired_by(sent: SpacySpan, reader: MentionReader, si: int, before: list[Mention],
                words: LemmaPositions) -> list[Mention]:
    """`The session was held in X. It was co-chaired by A and B.`: A and B take part in the
    meeting of the sentence before."""
    if not before:
        return []
    out: list[Mention] = []
    doc = sent.doc
    for verb in (doc[i] for i in within(words, sent)):
        if verb.lemma_.lower().replace("co-", "") not in CHAIR_VERBS or not verb.tag_.startswith("VB"):
            continue
        subj = subject_of(verb)
        if subj is None:
            # `The session was co-chaired by`: a split `co-` leaves the subject on the auxiliary
            subj = next((t for t in sent if t.i < verb.i and t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lower_ in ANAPHORIC_SUBJECTS or _sides_group(subj) or (
                subj.lemma_.lower() in ("session", "meeting", "talks", "commission", "committee")
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children))):
            continue
        agents = [g for a in verb.subtree if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if not agents:
            continue
        if _sides_group(subj):
            # `The Chilean delegation was led by A, and the Peruvian delegation by B`
            agents += [g for c in verb.children if c.dep_ == "conj" and _sides_group(c)
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
                       for g in p.children if g.dep_ == "pobj"]
        last = before[-1]
        m = Mention(trigger=verb, kind=last.kind, weak=False, status=last.status, anaphoric=True,
                    sent_index=si, sent=sent)
        reader._collect(agents, m.others, m.countries, extend=True)
        if m.others:
            out.append(m)
    return out


_CHAIR_LEMMAS = frozenset(CHAIR_VERBS | {"co-" + w for w in CHAIR_VERBS})


def _sides_group(t: SpacySpan) -> bool:
    """`the Chilean delegation`, `the Peruvian side`: one side of a meeting told before."""
    return t.lower_ in SIDE_GROUPS and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _section_heading(sent: SpacySpan) -> bool:
    """`Summit`, `Trade talks` on a line of their own between paragraphs: a page's section
    heading names a topic, not a meeting."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    text = doc_text(sent.doc)
    alone = text[max(0, sent.start_char - 1):sent.start_char] in ("", "\n") and \
        (sent.text.rstrip(" \t").endswith("\n") or text[sent.end_char:sent.end_char + 1] in ("", "\n"))
    return 0 < len(words) <= 2 and alone and not any(t.pos_ in ("VERB", "AUX") for t in words)


def find_meetings(doc: Doc) -> list[Meeting]:
    front = doc._.front
    is_meta = front.is_metadata if front is not None else (lambda s, e: False)
    idx = build_index(doc)
    reader = MentionReader(doc, idx)
    mentions: list[Mention] = []
    sentences = list(doc.sents)
    candidates = trigger_candidates(doc)
    be_words, chair_words = LemmaPositions(doc, frozenset(("be",))), LemmaPositions(doc, _CHAIR_LEMMAS)
    visit_seen_at = -10
    sentence_countries: dict[int, list[str]] = {}
    for si, sent in enumerate(sentences):
        if is_meta(sent.start_char, sent.end_char) and all(is_meta(t.idx, t.idx + len(t)) for t in sent):
            continue
        if _section_heading(sent):
            continue
        found = _triggers(sent, is_meta, candidates)
        body_before = next((m for m in reversed(mentions) if m.sent_index >= si - 2
                            and m.kind in ("commission_session",)), None)
        anaphoric_sessions = _sessions_told_before(sent, found, body_before.kind) if body_before is not None else {}
        found.update(anaphoric_sessions)
        triggers = set(found)
        here: list[Mention] = []
        for i in sorted(found):
            kind, weak = found[i]
            m = reader.read(doc[i], kind, weak, triggers, si)
            if m is not None:
                if body_before is not None and i in anaphoric_sessions and not m.countries and not m.sides:
                    # `The previous session took place in X`: another session of the body just told
                    m.countries, m.anaphoric = list(body_before.countries), False
                here.append(m)
                if m.side_meeting is not None:
                    here.append(m.side_meeting)
        if not any(m.kind == "commission_session" or m.body for m in here):
            # (`The session was co-chaired by A and B, who arrived on a working visit`: the visit is
            # B's, the session the one told before)
            here += _chaired_by(sent, reader, si, [m for m in mentions if m.sent_index == si - 1], chair_words)
        if any(k == "visit" for k, _ in found.values()):
            visit_seen_at = si
        elif si - visit_seen_at <= VISIT_CONTEXT:
            here += _be_in_visits(sent, reader, si, be_words)
        mentions += here
        sentence_countries[si] = list(dict.fromkeys(idx.country_at[i] for i in range(sent.start, sent.end) if i in idx.country_at))
    records = merge(mentions)
    repair_home_countries(records, idx)
    records = [r for r in records if is_meeting(r, sentence_countries.get(r.first.sent_index, []))]
    records = stops_of_visits(records)
    _countries_of_bodies_told_before(records)
    settings_of_side_meetings(records)
    for r in records:
        r.date_source = "text" if r.date else None
    inherit(records)
    visit_place_from_meetings(records)
    place_of_ongoing_visit(records)
    published = front.published if front is not None else None
    for r in records:
        if r.date is None and r.status == "held" and r.main_eligible and published is not None:
            r.date, r.date_source = published.isoformat(), "published"
    _name_the_described(records, doc._.people or [])
    text = doc_text(doc)
    return [_to_meeting(r, text) for r in records]


def _countries_of_bodies_told_before(records: list[Record]) -> None:
    """`agreed to hold the 22nd session of the Joint Committee in Tehran`: a session of a body
    the article named before (`the Omani-Iranian Joint Committee`) is that body's, however far back."""
    for i, r in enumerate(records):
        if r.kind != "commission_session" or r.countries or any(s.country for s in r.sides):
            continue
        before = [o for o in records[:i] if o.kind == "commission_session" and o.countries]
        if before:
            r.countries = list(before[-1].countries)


def _name_the_described(records: list[Record], people: list) -> None:
    """`The Iranian minister also accepted an invitation to visit Muscat`: an official described by
    country and a bare title is the one person of that country the article names with such a title."""
    for r in records:
        for k, s in enumerate(r.sides):
            if s.name or not s.title or not s.country or s.collective:
                continue
            head = s.title.lower()
            if head in LEADER_WORDS:
                # `the Belarusian leader's state visit`: the one Belarusian the article names as its
                # president, prime minister, king...
                named = [(i, p) for i, p in enumerate(people) if p.country == s.country
                         and any(t.lower() in LEADER_TITLES for t in p.titles)]
            elif len(head.split()) == 1:
                named = [(i, p) for i, p in enumerate(people) if p.country == s.country
                         and any(title_head(t) == head for t in p.titles)
                         and holds_title(p.titles, head)]   # (a Vice President is not `the president`)
            else:
                # `Kazakh Foreign Minister Holds Talks with ...`, `the Vietnamese Deputy Prime Minister`
                named = [(i, p) for i, p in enumerate(people) if p.country == s.country
                         and any(title_head(t) == title_head(s.title) and titles_agree(t, s.title) for t in p.titles)]
            if len(named) == 1 and not any(o.person_key == named[0][0] for o in r.sides):
                i, p = named[0]
                r.sides[k] = replace(s, name=p.name, title=p.titles[0], person_key=i)


def _to_meeting(r: Record, text: str) -> Meeting:
    sides = r.sides
    if any(not s.collective for s in sides):
        sides = [s for s in sides if not s.collective]
    participants = [Participant(name=s.name, title=s.title, country=s.country) for s in sides]
    countries: list[str] = []
    for c in [s.country for s in sides] + r.countries + ([r.location_country] if r.kind == "visit" else []):
        if c and c not in countries:
            countries.append(c)
    # a call is held over the line: a place near it is where someone was, not where the call was
    location = None if r.kind == "call" else r.location
    return Meeting(kind=r.kind, status=r.status, date=r.date, date_source=r.date_source, location=location,
                   participants=participants, countries=countries, topics=r.topics[:3],
                   evidence=_evidence(r.evidence_mention.sent, text))


def _evidence(sent: SpacySpan, text: str) -> Span:
    """The sentence, without the header, byline or dateline the parser ran into it."""
    start, end = sent.start_char, sent.end_char
    front = sent.doc._.front
    if front is not None:
        for m_start, m_end in front.metadata:
            if m_start <= start < m_end or (start <= m_start < end and not text[start:m_start].strip()):
                start = max(start, m_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        start, end = sent.start_char, sent.end_char
    return Span(text=text[start:end], start=start, end=end)


@Language.component("newsfacts_meetings")
def meetings_component(doc: Doc) -> Doc:
    try:
        doc._.meetings = find_meetings(doc)
    except Exception as exc:  # one odd parse must not cost the article its other records
        doc._.meetings = []
        warn(doc, f"meetings: {type(exc).__name__}: {exc}")
    return doc
