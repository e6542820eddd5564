"""Meeting mentions: one per trigger word (`met`, `talks`, `visit`, `telephone conversation`...).

A mention is what one sentence says about one meeting: its kind, status, who takes
part (read off the dependency parse: subject and object of the verb, `between X and
Y`, `with X`, `of X`), date, place. ``meeting_merge`` then folds the mentions of one
meeting into one record.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Optional

import numpy as np
from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Span as SpacySpan, Token

from .. import knowledge
from ..doc_index import tokens_in
from ..entities.countries import capital_of, country_code, country_name, place_country
from ..spans import doc_text
from .meeting_index import EntityIndex, Side, SideFinder, list_items, np_tokens

_V = knowledge.load("meetings")
VERB_TRIGGERS: dict[str, str] = _V["verb_triggers"]
WEAK_VERBS: dict[str, str] = _V["weak_verb_triggers"]
NOUN_TRIGGERS: dict[str, str] = _V["noun_triggers"]
WEAK_NOUNS = frozenset(_V["weak_noun_triggers"])
QUALIFIERS: dict[str, str] = _V["noun_qualifiers"]
CALL_VERBS = frozenset(_V["call_verbs"])
LEADER_TITLES = frozenset(_V["leader_titles"])
LEADER_WORDS = frozenset(_V["leader_words"])
CALL_PHRASE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _V["call_phrases"]) + r")\b", re.I)
PLANNED = frozenset(_V["planned_cues"])
RECALL = frozenset(_V["recall_cues"])
RELATIONAL = frozenset(_V["relational_preps"])
PLURAL_GENERIC = frozenset(_V["plural_generic_nouns"])
GENERIC_MODS = frozenset(_V["generic_modifiers"])
PATH_NOUNS = frozenset(_V["path_nouns"])
INVITATION_NOUNS = frozenset(_V["invitation_nouns"])
ACCEPTANCE_VERBS = frozenset(_V["acceptance_verbs"])
LIST_PREPS = frozenset(_V["list_preps"])
PARTICIPANT_VERBS = frozenset(_V["participant_verbs"])
NEEDS_PERSON_OBJECT = frozenset(_V["_verb_triggers_need_person_object"])
NEEDS_PLACE = frozenset(_V["_verb_triggers_need_place"])
ANAPHORIC_SUBJECTS = frozenset(_V["anaphoric_subjects"])
# `invite X to visit`: verbs whose object, not subject, does what their `to`-verb says
OBJECT_CONTROL = frozenset(_V["object_control_verbs"])
WEEKDAYS = frozenset(_V["weekdays"])
ASSERTING = frozenset(_V["light_verbs"]) | frozenset(_V["happen_verbs"])
BACKDROP = frozenset(_V["backdrop_words"])
TOPIC_VERBS = frozenset(_V["topic_verbs"])
TOPIC_FRAMES = frozenset(_V["topic_frames"])
CHAIR_VERBS = frozenset(_V["chair_verbs"])
ADDRESS_VERBS = frozenset(_V["address_verbs"])
CALL_CALLER_PREPS: dict[str, str] = _V["call_caller_preps"]
SCHEDULING = frozenset(_V["scheduling_words"])
BODIES: dict[str, str] = _V["meeting_bodies"]
DESTINATION_NOUNS: dict[str, str] = _V["noun_triggers_need_destination"]
HOSPITALITY = frozenset(_V["hospitality_nouns"])
EVENT_VERBS = frozenset(_V["event_verbs"])
BODY_SESSIONS = frozenset(_V["body_session_nouns"])
PLACE_NOUNS = frozenset(_V["place_nouns"])
VERB_PREPS: dict[str, str] = _V["verb_preposition_triggers"]
DECISION_VERBS = frozenset(_V["decision_verbs"])
SIDELINES = frozenset(_V["sidelines_words"])
FORMAT_NOUNS = frozenset(_V["format_nouns"])
ATTENDANCE_VERBS = frozenset(_V["attendance_verbs"])
PARTICIPATION_NOUNS = frozenset(_V["participation_nouns"])
OFFICIAL_GROUPS = frozenset(_V["official_groups"])
QUALIFIED_GROUPS = frozenset(_V["qualified_groups"])
GROUP_QUALIFIERS = frozenset(_V["official_group_qualifiers"])
SUBJ_DEPS = ("nsubj", "nsubjpass")
PLACE_ENTS = frozenset(("FAC", "GPE", "LOC", ""))
PLACE_HEADS = frozenset(_V["place_heads"])
DEADLINE_PREPS = frozenset(_V["deadline_preps"])


def body_kind(subj: Optional[Token]) -> Optional[str]:
    """The kind of session a body holds when it is the subject (`the joint commission will meet`)."""
    if subj is not None and subj.tag_ == "WDT" and subj.head.dep_ == "relcl":
        subj = subj.head.head   # `the commission, which last convened in X`
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    found = BODIES.get(subj.lemma_.lower()) or BODIES.get(subj.lower_)
    if found is None and subj.text.isupper() and len(subj.text) > 1:
        found = _acronym_body(subj)
    return found


def _acronym_body(acronym: Token) -> Optional[str]:
    """`the Permanent Joint Commission for Cooperation (PJCC)` ... `The PJCC will hold`: an acronym
    the article spelled out, in brackets, after a body's name is that body."""
    for t in reversed(acronym_expansion(acronym) or ()):
        kind = BODIES.get(t.lemma_.lower()) or BODIES.get(t.lower_)
        if kind is not None:
            return kind
    return None


def acronym_expansion(acronym: Token) -> Optional[SpacySpan]:
    """The words before the article's `(ACRONYM)`, up to ten: the name it stands for."""
    doc = acronym.doc
    at = doc_text(doc).find(f"({acronym.text})")
    if at < 0:
        return None
    span = doc.char_span(at, at + len(acronym.text) + 2, alignment_mode="expand")
    if span is None:
        return None
    return doc[max(span.sent.start, span.start - 10):span.start]


@dataclass
class Mention:
    trigger: Token
    kind: str
    weak: bool
    status: str = "held"
    subjects: list[Side] = field(default_factory=list)
    others: list[Side] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    location: Optional[str] = None
    location_country: Optional[str] = None
    date: Optional[str] = None
    anaphoric: bool = False
    main_eligible: bool = True
    sent_index: int = 0
    sent: Optional[SpacySpan] = None
    topics: list[str] = field(default_factory=list)
    asserted: bool = False
    definite: bool = False   # `the meeting`: may name a session or summit told before
    body: bool = False       # a body's session (`the working group will meet`): no people needed
    ongoing: bool = False    # a visit told in the present (`who is visiting Cairo`, `is in X on a visit`)
    side_of: Optional[int] = None   # the trigger of the meeting held on this one's sidelines
    attendance: bool = False  # `The meeting was attended by X`: X joins a meeting told before
    side_meeting: Optional["Mention"] = None   # `agreements reached between A and B on its sidelines`

    @property
    def sides(self) -> list[Side]:
        out: list[Side] = []
        for s in self.subjects + self.others:
            same = [i for i, o in enumerate(out) if s.same_as(o)]
            if not same:
                out.append(s)
            elif s.name and not out[same[0]].name:
                out[same[0]] = s   # `Italy's Undersecretary ... Anna Rossi` is Anna Rossi
        return out


# ---------- triggers ----------

def _qualifiers(tok: Token) -> set[str]:
    """Words that tell the kind of a meeting noun: its modifiers and what it is `of`."""
    words = set()
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            words.update(t.lower_ for t in c.subtree)
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in c.subtree:
                words.update(w for w in t.lower_.split("-"))
    # `a telephone conversation` / `the Intergovernmental Commission's session`
    for t in tok.lefts:
        words.update(w for w in t.lower_.split("-"))
    return words


def noun_kind(tok: Token) -> Optional[tuple[str, bool]]:
    """(kind, weak) of a meeting noun, or None when the noun is no meeting here."""
    low = tok.lower_
    lemma = tok.lemma_.lower()
    # `a business mission to Tokyo`, also with `to Tokyo` hung on the verb (`lead a mission to Tokyo`)
    if lemma in DESTINATION_NOUNS and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
            or lemma in DESTINATION_NOUNS and tok.dep_ == "dobj" \
            and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i for c in tok.head.children):
        return DESTINATION_NOUNS[lemma], False
    base = NOUN_TRIGGERS.get(low) or (NOUN_TRIGGERS.get(lemma) if lemma not in ("talk",) else None)
    if base is None or tok.dep_ == "compound":
        return None
    if base in ("summit", "visit"):
        return base, False
    quals = _qualifiers(tok)
    for q, kind in QUALIFIERS.items():
        if q not in quals:
            continue
        if q == "joint" and lemma not in ("conference", "briefing", "statement", "session"):
            continue
        if q == "courtesy" and lemma != "call":
            continue
        if kind == "summit" and lemma not in ("session", "summit", "meeting"):
            continue
        return kind, False
    # `a session of the X-Y Coordination Council`: a body's session has the kind of its sessions
    body = next((body_kind(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and body_kind(g)), None)
    if body is not None and lemma in BODY_SESSIONS:
        return body, False
    if lemma in BODY_SESSIONS and tok.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # `the commission is expected to hold its next session`: the session of the body holding it
        body = body_kind(subject_of(tok.head))
        if body is not None:
            return body, False
    key = lemma if lemma in WEAK_NOUNS else low
    if key in WEAK_NOUNS or lemma in WEAK_NOUNS:
        if lemma == "discussion":
            return "meeting", True
        if lemma in HOSPITALITY and any(c.dep_ == "prep" and c.lower_ in ("for", "with", "in") for c in tok.children):
            return "meeting", False   # `hosted a reception for X` (checked for a person below)
        if lemma in ("call",) and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
            return "call", False
        if lemma == "gathering":
            return "meeting", False
        return None
    return base, False


# every word (or lemma) noun_kind or verb_kind can call a trigger, and the words a call
# phrase ends on (`by phone`): the gate that spares a Token for every other word
_TRIGGER_WORDS = frozenset(VERB_TRIGGERS) | frozenset(WEAK_VERBS) | frozenset(NOUN_TRIGGERS) | frozenset(DESTINATION_NOUNS)
_CALL_PHRASE_ENDS = tuple(sorted({p.split()[-1].lower() for p in _V["call_phrases"]}))


def trigger_candidates(doc: Doc) -> set[int]:
    """Indices of the tokens that may be meeting triggers (``noun_kind``/``verb_kind`` still
    decide): those whose lowercase form or lemma is trigger vocabulary, and every verb of a
    sentence that holds a call phrase's last word (`congratulated X by phone`)."""
    out = set(tokens_in(doc, _TRIGGER_WORDS))
    text = doc_text(doc).lower()
    if any(end in text for end in _CALL_PHRASE_ENDS):
        for sent in doc.sents:
            if any(end in text[sent.start_char:sent.end_char] for end in _CALL_PHRASE_ENDS):
                out.update(t.i for t in sent if t.tag_.startswith("VB"))
    return out


def visit_preps(tok: Token) -> list[Token]:
    """The preposition of a verb that, with it, meets the one it names (`called on the
    Prime Minister`), unless the verb asks that one to act (`called on firms to invest`)."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children):
        return []   # (`called X on Thursday` is a phone call)
    return [c for c in tok.children if c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in VERB_PREPS
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)]


def verb_kind(tok: Token) -> Optional[tuple[str, bool]]:
    if not tok.tag_.startswith("VB") or tok.dep_ in ("amod", "compound"):
        return None
    lemma = tok.lemma_.lower()
    if tok.lower_ == "visiting" and tok.dep_ in ("xcomp", "advcl", "acl") and tok.head.lemma_.lower() in VERB_TRIGGERS:
        return None     # `received visiting Thai Deputy Minister X`, misparsed: the guest's adjective
    if CALL_PHRASE_RE.search(" ".join(" ".join(t.text for t in c.subtree)
                                      for c in tok.children if c.dep_ in ("prep", "agent", "advmod"))):
        # `spoke by phone`, and any `congratulated X by phone` (checked for a person below)
        return "call", False
    visited = visit_preps(tok)
    if visited:
        return VERB_PREPS[f"{lemma} {visited[0].lower_}"], False
    if lemma in VERB_TRIGGERS:
        return VERB_TRIGGERS[lemma], False
    if lemma in WEAK_VERBS:
        return WEAK_VERBS[lemma], True
    return None


class LemmaPositions:
    """Positions of the tokens with given lemmas (`be`, the chair verbs, the topic verbs),
    read from the attribute array on first use: the steps that look for such a verb in a
    sentence visit those tokens only, not every token of it."""

    def __init__(self, doc: Doc, lemmas: frozenset[str]):
        # (a lemma keeps the case of a sentence's first word: `Was`, `Co-chaired`)
        self.doc, self._found = doc, None
        self.hashes = [hash_string(v) for w in lemmas for v in (w, w.capitalize())]

    @property
    def positions(self) -> list[int]:
        if self._found is None:
            lemmas = _lemma_array(self.doc)
            hit = lemmas == self.hashes[0]
            for h in self.hashes[1:]:
                hit |= lemmas == h
            self._found = np.flatnonzero(hit).tolist()
        return self._found


def _lemma_array(doc: Doc) -> np.ndarray:
    lemmas = doc.user_data.get(_LEMMAS_KEY)
    if lemmas is None:
        lemmas = doc.user_data[_LEMMAS_KEY] = doc.to_array(LEMMA)
    return lemmas


_LEMMAS_KEY = "newsfacts_meeting_lemmas"


def within(words: "LemmaPositions", sent: SpacySpan) -> list[int]:
    """The positions of ``words`` inside ``sent``, in order."""
    positions = words.positions
    lo = bisect_left(positions, sent.start)
    return positions[lo:bisect_left(positions, sent.end, lo)]



# ---------- the parse around a trigger ----------

def _is_meta(t: Token) -> bool:
    front = t.doc._.front
    return front is not None and front.is_metadata(t.idx, t.idx + len(t))


def _verb_lemma(verb: Token) -> str:
    """The lemma of a verb, `co-chair` for one the tokenizer split into `co`, `-`, `chair`."""
    doc = verb.doc
    if verb.lower_ == "co" and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
        return "co-" + doc[verb.i + 2].lemma_.lower()
    return verb.lemma_.lower()


def _content_head(t: Token) -> Optional[Token]:
    """A subject that is metadata (a header or dateline the parser ran into the first
    sentence, `date ... By X DUBAI: The Minister ... received`) hides the real subject
    in its subtree: the first noun there that is content and hangs from metadata."""
    if not _is_meta(t):
        return t
    for w in t.subtree:
        if w.pos_ in ("NOUN", "PROPN") and _is_meta(w.head) and not _is_meta(w):
            return w
    return None


def subject_of(verb: Token) -> Optional[Token]:
    """The subject of ``verb``, looking through `and`, `to`-infinitives, participles,
    prepositions (`is in the process of arranging`) and relative clauses."""
    cur = verb
    for _ in range(6):
        subjects = [h for c in cur.children if c.dep_ in SUBJ_DEPS for h in [_content_head(c)] if h is not None]
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - cur.i))
            if subject.lower_ == "they" and cur.dep_ == "advcl" and cur.head.tag_.startswith("VB"):
                # `The two presidents discussed trade when they met in May`: they are the main clause's subject
                outer = subject_of(cur.head)
                if outer is not None and outer.pos_ != "PRON":
                    return outer
            return _coordination_of(cur) if subject.tag_ == "WP" and _reciprocal(cur) else subject
        if cur.dep_ == "relcl":
            return _coordination_of(cur) if _reciprocal(cur) else cur.head
        if cur.dep_ == "pcomp" and cur.head.lower_ == "for":
            # `thanked X for visiting`: the visitor is not the one who thanks
            return None
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in INVITATION_NOUNS \
                and cur.head.head.lemma_.lower() in ACCEPTANCE_VERBS and cur.head.head != cur.head:
            cur = cur.head.head      # `accepted an invitation to visit Muscat`: who accepts visits
            continue
        if cur.dep_ == "xcomp" and cur.head.lemma_ in OBJECT_CONTROL:
            # `invited X to visit Lisbon`: the one invited visits, not the one who invites
            objects = [h for c in cur.head.children if c.dep_ == "dobj" for h in [_content_head(c)] if h is not None]
            if objects:
                return objects[0]
        if cur.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "prep", "pobj", "acomp") and cur.head != cur \
                or cur.dep_ == "dep" and cur.head.lower_ == "co":   # a split `co - chair`
            cur = cur.head
            continue
        break
    if cur.i != verb.i and cur.lower_ == "co":
        verb = cur
    if verb.tag_.startswith("VB"):
        # a broken parse: the people before the verb are its subject (`A and B discussed ...`,
        # `A and B co-chaired` with the subject hung on a split `co`)
        for c in verb.lefts:
            inner = [t for t in c.subtree if t.dep_ in SUBJ_DEPS and not _is_meta(t)]
            if inner:
                return inner[0]
        for c in verb.lefts:
            if c.dep_ in ("csubj", "dep", "npadvmod", "nmod") and any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in c.subtree):
                return c
        # `He said Prime Minister X, during his visit to Y, met Z`: the parser made X the object of
        # `said` and left the reported verb without a subject
        if verb.dep_ == "ccomp":
            for c in verb.head.children:
                if c.dep_ == "dobj" and c.i < verb.i and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
                    return c
    return None


def _reciprocal(verb: Token) -> bool:
    """A relative clause's verb that names no one else met (`who met in May`, not `who met X`)."""
    # (`A and B, who arrived on a working visit`: a journey is one person's, not the pair's)
    return verb.dep_ == "relcl" and verb.lemma_.lower() not in ("arrive", "come", "travel", "fly", "land", "visit") \
        and not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "dobj" and c.pos_ == "PROPN"
                    for c in verb.children)


def _coordination_of(relcl: Token) -> Token:
    """`A and his counterpart B, who met in May`: who met is A and B, not B alone."""
    head = relcl.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head


def header_subjects(verb: Token, chosen: Optional[Token]) -> list[Token]:
    """Subjects recovered from a header the parser ran into the sentence, beside the one
    ``subject_of`` chose (`<dateline> -- A and B held talks`, parsed with two subjects)."""
    out = [h for c in verb.children if c.dep_ in SUBJ_DEPS and _is_meta(c)
           for h in [_content_head(c)] if h is not None and (chosen is None or h.i != chosen.i)]
    if chosen is not None:
        # `A and B held talks` parsed as two subjects side by side: the one joined by `and` too
        out += [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i != chosen.i and not _is_meta(c)
                and c not in out and any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i in (c.i, chosen.i)
                                         for t in verb.doc[min(c.i, chosen.i):max(c.i, chosen.i)])]
        # a headline's `Rathore, Kaya meet`: the name before the comma is misread as a modifier
        out += [c for c in verb.children if c.i + 2 == chosen.i and verb.doc[c.i + 1].text == ","
                and c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "nmod", "appos", "dep", "nsubj", "advcl") and c not in out]
    return out


def governing(tok: Token) -> tuple[Optional[Token], bool, list[Token]]:
    """The verb a meeting noun hangs from, whether a relational word (`after`, `on the
    sidelines of`) lies between them, and the path of tokens."""
    relational = False
    path = [tok]
    cur = tok
    while cur.dep_ == "conj":
        cur = cur.head
        path.append(cur)
    for _ in range(10):
        if cur.dep_ == "ROOT" and not cur.tag_.startswith("VB"):
            return None, relational, path
        head = cur.head
        if head == cur:
            return None, relational, path
        if cur.dep_ in ("pobj", "pcomp") and head.lower_ in RELATIONAL:
            relational = True
        path.append(head)
        if (head.tag_.startswith("VB") or cur.dep_ in SUBJ_DEPS) and cur.dep_ not in ("pobj",):
            return head, relational, path
        if head.tag_.startswith("VB"):
            return None, relational, path
        if head.pos_ in ("NOUN", "PROPN") and head != tok:
            if head.lower_ in RELATIONAL:
                relational = True
            elif relational and (head.lower_ in NOUN_TRIGGERS or head.lemma_.lower() in NOUN_TRIGGERS):
                pass
            elif head.pos_ == "PROPN" and head.ent_type_ and head.i < tok.i <= head.i + 4:
                pass   # `the Group of 20 summit` parsed as `Group` of `20 summit`: the summit's own name
            elif head.lemma_.lower() not in PATH_NOUNS:
                return None, relational, path
        cur = head
    return None, relational, path


_DAY_RANGE_RE = re.compile(r"\d\s*[-\u2013]\s*\d|\d\s+(?:to|and|through)\s+\d")


def _is_other_trigger(t: Token, me: Token, triggers: set[int]) -> bool:
    return t.i in triggers and t.i != me.i


def region(tok: Token, triggers: set[int], gov: Optional[Token], path: list[Token]) -> list[Token]:
    """Tokens whose dates and places belong to this meeting: its own phrase or clause,
    and the clause of the verb it hangs from, without the other meetings' phrases."""
    out: list[Token] = []
    seen: set[int] = set()

    def walk(t: Token, skip_conj: bool) -> None:
        # (`The Kazan summit, hosted by Russia on October 22-24`: a participle on the meeting noun describes it)
        if t.i in seen or _is_other_trigger(t, tok, triggers) and not _backdrop(t) and not _scheduled(t) \
                and not (t.dep_ == "acl" and t.head.i == tok.i and t.tag_ == "VBN"):
            return
        if t.dep_ in ("ccomp", "relcl") and t.head.i != tok.i and t.i != tok.i \
                and not (t.dep_ == "relcl" and t.lemma_.lower() in EVENT_VERBS
                         and any(c.dep_ in SUBJ_DEPS and c.tag_ == "WDT" for c in t.children)):
            return
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if skip_conj and c.dep_ == "conj" and c.head.i == tok.i:
                continue
            if c.dep_ in ("ccomp",) or (c.dep_ == "conj" and c.tag_.startswith("VB")):
                continue
            walk(c, skip_conj)

    walk(tok, True)
    # `a summit due to be held in X on Y` that the parser hung elsewhere: the words right after
    last = max(t.i for t in out)
    j = last + 1
    while j < tok.sent.end and tok.doc[j].is_punct:
        j += 1
    if j < tok.sent.end and tok.doc[j].lower_ in SCHEDULING and j not in seen:
        walk(tok.doc[j], True)
    if gov is not None and gov.i != tok.i:
        for c in gov.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in ASSERTING:
                walk(c, False)   # `is scheduled to take place in X`
                continue
            if c.dep_ in ("ccomp", "conj", "relcl", "xcomp", "punct", "cc") or c.dep_ in SUBJ_DEPS:
                continue
            if c.dep_ == "advcl" and not any(t.i == c.i for t in path):
                continue
            walk(c, False)
    return out


def _verb_between(t: Token, top: Token) -> bool:
    """Whether another verb lies between ``t`` and its ancestor ``top``."""
    a = t.head
    while a.i != top.i and a.head != a:
        if a.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        a = a.head
    return a.i != top.i


def _definite_group(t: Token, finder: SideFinder) -> bool:
    """`the ministers`, `the leaders`: people told of before, not new participants."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children):
        return False
    sides, _ = finder.item_sides(t)
    return bool(sides) and all(s.collective for s in sides)


def _chairs(tok: Token) -> list[Token]:
    """`the session, held under the co-chairmanship of A and B`: A and B."""
    return [r for u in tok.subtree if u.dep_ == "prep" and u.lower_ == "under"
            for c in u.children if c.dep_ == "pobj" and c.lemma_.lower().endswith("chairmanship")
            for r in _role_roots(c, ("of",))]


def _official_group(t: Token) -> bool:
    """`a Turkish delegation`, `a Turkish technical team`: a country's official group (not
    `the Cuban group`, `the Brazilian team` of a match)."""
    low = t.lower_
    if low in OFFICIAL_GROUPS:
        return True
    return low in QUALIFIED_GROUPS and any(c.dep_ in ("amod", "compound") and c.lower_ in GROUP_QUALIFIERS
                                           for c in t.children)


def _body_chairs(body: Token) -> list[Token]:
    """`the commission, co-chaired by A and B`: A and B."""
    return [g for c in body.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower().replace("co-", "") in CHAIR_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _participation(t: Token) -> list[Token]:
    """`held in Lima with the participation of the energy ministers of both countries`."""
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PARTICIPATION_NOUNS
            for g in _role_roots(p, ("of",))]


def _is_definite(t: Token) -> bool:
    """`the talks`, `their meeting`: a meeting the article may have told before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               or c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)


def _scheduled(t: Token) -> bool:
    """`the session of the commission, scheduled to convene in Astana next month`: the verb tells
    when and where the meeting it hangs from takes place, it is no meeting of its own."""
    return t.dep_ == "xcomp" and t.tag_.startswith("VB") and t.head.lower_ in SCHEDULING and t.head.dep_ == "acl"


def _backdrop(t: Token) -> bool:
    """A meeting noun that is the setting of another (`on the sidelines of the X session`)."""
    return any(a.lower_ in BACKDROP for a in list(t.ancestors)[:3])


def _role_roots(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions ``preps`` on ``tok`` (also behind `including`)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out += [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if c.lower_ == "between":
                # `talks between A and visiting B` parsed as `talks between A` and `visiting B`
                out += [x for x in tok.children if x.dep_ == "conj" and x.tag_ in ("VBG", "VBN", "JJ")]
        elif c.dep_ == "prep" and c.lower_ in LIST_PREPS:
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    out += [x for x in g.children if x.dep_ == "pobj"]
                elif g.dep_ == "pobj":
                    out.append(g)
    return out


class MentionReader:
    def __init__(self, doc: Doc, idx: EntityIndex):
        self.doc = doc
        self.idx = idx
        self.sides = SideFinder(idx)
        front = doc._.front
        self.published: Optional[date] = front.published if front is not None else None
        self.dateline = front.dateline_place if front is not None else None
        self.topic_words = LemmaPositions(doc, TOPIC_VERBS | {"view", "opinion"})

    # participants --------------------------------------------------------
    def _collect(self, roots: list[Token], into: list[Side], countries: list[str], *, extend: bool = False) -> None:
        for r in roots:
            s, c = self._sides_with_lists(r)
            if extend:
                s += self._list_tail(r, s)
            for x in s:
                same = [i for i, y in enumerate(into) if x.same_as(y)]
                if not same:
                    into.append(x)
                elif x.name and not into[same[0]].name:
                    into[same[0]] = x if x.title else replace(x, title=into[same[0]].title)
            countries += [x for x in c if x not in countries]

    def _sides_with_lists(self, root: Token) -> tuple[list[Side], list[str]]:
        sides, countries = self.sides.sides(root)
        # `several heads of government, including A, B and C`: the listed people
        for item in list_items(root):
            for t in np_tokens(item):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                        for g in c.children:
                            if g.dep_ == "pobj":
                                s, cc = self.sides.sides(g)
                                named = [x for x in s if x.name]
                                if named:
                                    sides = [x for x in sides if not x.collective and x.name] + named
                                    sides += self._list_tail(g, named)
                                countries += [x for x in cc if x not in countries]
        return sides, countries

    def _list_tail(self, root: Token, have: list[Side]) -> list[Side]:
        """People listed after ``root`` that the parser did not coordinate with it."""
        items = list_items(root)
        last = max(t.i for it in items for t in np_tokens(it))
        sent_end = root.sent.end
        out: list[Side] = []
        i = last + 1
        while i < sent_end:
            t = self.doc[i]
            pi = self.idx.person_at.get(i)
            if pi is not None:
                side = self.sides.person_side(pi)
                if not any(side.same_as(x) for x in have + out):
                    out.append(side)
                while i < sent_end and self.idx.person_at.get(i) == pi:
                    i += 1
                continue
            if t.is_punct and t.text in (",", ";") or t.lower_ in ("and", "as", "well", "the", "of") \
                    or t.i in self.idx.country_at or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ")):
                i += 1
                continue
            break
        return out

    # one mention ---------------------------------------------------------
    def read(self, tok: Token, kind: str, weak: bool, triggers: set[int], sent_index: int) -> Optional[Mention]:
        m = Mention(trigger=tok, kind=kind, weak=weak, sent_index=sent_index, sent=tok.sent)
        is_verb = tok.tag_.startswith("VB")
        subj_countries: list[str] = []
        other_countries: list[str] = []
        gov, relational, path = (tok, False, [tok]) if is_verb else governing(tok)
        if is_verb:
            subj = subject_of(tok)
            if subj is not None:
                self._collect([subj] + header_subjects(tok, subj), m.subjects, subj_countries)
                if subj.lower_ in ANAPHORIC_SUBJECTS or " ".join(t.lower_ for t in subj.subtree) in ANAPHORIC_SUBJECTS:
                    m.anaphoric = True
            objs = _role_roots(tok, ("with", "between", "by")) + \
                [g for p in visit_preps(tok) for g in p.children if g.dep_ == "pobj"]
            if weak and not objs:
                # `discussed X with Y`: the parser often hangs `with Y` on X
                objs = [g for w in tok.subtree if w.dep_ == "prep" and w.lower_ == "with" and not _verb_between(w, tok)
                        for g in w.children if g.dep_ == "pobj" and self.sides.persons_in(np_tokens(g))]
            if not weak:
                objs += [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "dative") and c.i not in triggers]
                # (`received visiting X`, parsed as `received` + `visiting X`)
                objs += [g for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.lower_ == "visiting"
                         for g in c.children if g.dep_ == "dobj"]
            self._collect(objs, m.others, other_countries, extend=True)
            lemma = tok.lemma_.lower()
            loose_call = kind == "call" and lemma not in VERB_TRIGGERS and lemma not in CALL_VERBS
            people_subjects = [x for x in m.subjects if x.name or x.title]
            if (lemma in NEEDS_PERSON_OBJECT or loose_call) and not any(s.name or s.title for s in m.others) \
                    and len(people_subjects) < 2:
                return None   # `A and his counterpart B spoke by phone` has both sides in the subject
            coordinated = [it for it in list_items(subj) if it.i in self.idx.country_at] if subj is not None else []
            body = body_kind(subj) if kind == "meeting" and lemma in VERB_TRIGGERS else None
            chairs = _body_chairs(subj) if subj is not None and body is None and body_kind(subj) else []
            if chairs and _is_definite(subj):
                # `The commission, co-chaired by A and B, discussed ...`: the session told before, and its chairs
                m.kind, m.anaphoric = body_kind(subj), True
                self._collect(chairs, m.others, other_countries, extend=True)
            elif body is not None:
                # `the commission, which last convened in Baku, will meet in Izmir`: its sessions
                m.kind, m.anaphoric, m.body = body, False, True
                m.subjects = [s for s in m.subjects if not s.collective]
                # `the commission met under the chairmanship of A and B`, `the commission, co-chaired
                # by A and B, met in X`
                self._collect(_chairs(tok) + _participation(tok) + _body_chairs(subj), m.others, other_countries,
                              extend=True)
            elif not m.sides and not m.anaphoric and len(coordinated) < 2 and not (
                    kind == "visit" and subj is not None and _official_group(subj) and subj_countries):
                # `the plan met with approval`: no one meets (`A and B discussed` do, and
                # `a Turkish technical team visited Baghdad`: a country's delegation visits)
                return None
        else:
            # `the 18th meeting of the commission ..., co-chaired by A and B`
            own_agents = [g for a in tok.sent if a.dep_ == "agent" and a.i > tok.i
                          and a.head.lemma_.lower().replace("co-", "") in CHAIR_VERBS
                          and not any(i in triggers for i in range(tok.i + 1, a.i))
                          for g in a.children if g.dep_ == "pobj"]
            own_agents += _chairs(tok) + _participation(tok) + (_participation(gov) if gov is not None else [])
            own = own_agents + _role_roots(tok, ("between", "with", "of", "by", "among", "for", "on")
                              if tok.lemma_.lower() in HOSPITALITY or tok.lemma_.lower() == "call" else ("between", "with", "of", "by", "among"))
            # `the telephone conversation held in March between A and B`: the sides on the noun's participle
            own += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for g in _role_roots(c, ("between", "with"))]
            # `talks in a narrow format with X`: the `with` of the meeting's manner
            own += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                    for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in FORMAT_NOUNS
                    for g in _role_roots(p, ("with",))]
            poss = [c for c in tok.children if c.dep_ == "poss"]
            # `the Osmonov-Becker talks`: the names in the compound
            # (and a name the parser hung on the noun when it misread `held` as an adjective:
            # `Minister Ahn Duk-geun held talks with ...`)
            poss += [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
                     and self.sides.persons_in(list(c.subtree))]
            self._collect(poss, m.subjects, subj_countries)
            self._collect(own, m.others, other_countries, extend=True)
            glemma = _verb_lemma(gov) if gov is not None else ""
            # `In a phone call, A and B discussed ...`, `A and B agreed in a call to ...`: who acts
            # in a meeting takes part in it; in `the talks` (told before) only who discusses
            inside = gov is not None and len(path) > 2 and path[1].lower_ in ("in", "during", "at") \
                and path[1].head.i == gov.i and glemma != "be" and (glemma in WEAK_VERBS or not _is_definite(tok))
            if gov is not None and (glemma in PARTICIPANT_VERBS or glemma in VERB_TRIGGERS or inside):
                subj = subject_of(gov)
                if subj is not None and subj.i not in triggers and not any(t.i == subj.i for t in path) \
                        and not _definite_group(subj, self.sides):
                    self._collect([subj] + header_subjects(gov, subj), m.subjects, subj_countries)
                    low = " ".join(t.lower_ for t in subj.subtree)
                    if glemma == "be" and (subj.lower_ in ANAPHORIC_SUBJECTS or low in ANAPHORIC_SUBJECTS):
                        m.anaphoric = True
                # (`held talks with Y as part of his visit`: Y is met during the visit, not visiting)
                if (glemma in PARTICIPANT_VERBS or inside) and not relational and kind != "visit":
                    self._collect(_role_roots(gov, ("with",)), m.others, other_countries, extend=True)
                if m.kind == "call" and glemma in CALL_CALLER_PREPS and not relational:
                    # `received a phone call from X`, `made a call to X`: the other side of the call
                    prep = (CALL_CALLER_PREPS[glemma],)
                    self._collect(_role_roots(gov, prep) + _role_roots(tok, prep), m.others, other_countries,
                                  extend=True)
                if glemma in ADDRESS_VERBS and not relational:
                    # `told X in a phone call`, `expressed condolences to X during the call`
                    objs = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
                    if kind in ("call", "meeting", "talks"):
                        objs += [r for o in [gov] + [c for c in gov.children if c.dep_ == "dobj"]
                                 for r in _role_roots(o, ("to",))]
                    self._collect([o for o in objs if self.sides.persons_in(np_tokens(o))], m.others, other_countries)
            body = body_kind(subject_of(gov)) if gov is not None and m.kind in ("meeting", "commission_session") \
                and glemma in ASSERTING else None
            if body is None and m.kind == "meeting":
                # `the next meeting of the Supreme Interstate Council`
                body = next((body_kind(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj" and body_kind(g)), None)
            if body is not None:
                m.kind, m.body = body, True   # `the joint committee will hold its next meeting in X`
                holder = subject_of(gov) if gov is not None else None
                if holder is not None:
                    # `the commission, which is co-chaired by A and B, will hold its next session`
                    self._collect(_body_chairs(holder), m.others, other_countries, extend=True)
                    # `The PJCC will hold ...`: the countries of the name the acronym stands for
                    expansion = acronym_expansion(holder) if holder.text.isupper() else None
                    other_countries += [c for t in expansion or () for c in [self.idx.country_at.get(t.i)]
                                        if c and c not in other_countries]
                if body == "meeting" and self._bilateral_body(tok, subj_countries):
                    m.kind = "commission_session"
            has_det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
            has_pron_poss = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            m.definite = has_det or has_pron_poss
            if gov is not None and tok.dep_ in SUBJ_DEPS:
                # `The meeting was co-chaired by A and B` (the agent may hang on a split `co-chaired`)
                clause = gov.head if gov.dep_ in ("aux", "auxpass") else gov
                agents = [g for a in clause.subtree if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                agent_tokens = {t.i for g in agents for t in g.subtree}
                m.attendance = bool(agents) and clause.lemma_.lower() in ATTENDANCE_VERBS and m.definite \
                    and not m.subjects and all(o.i in agent_tokens for o in own)
                self._collect(agents, m.others, other_countries, extend=True)
            if m.definite and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in (
                    "be", "arrive", "come", "travel", "fly", "go", "gather", "stay"):
                # `X, who is in Rio for the summit`: X attends the summit told elsewhere
                m.attendance = True
            # `the Shanghai Cooperation Organization summit`: a named event, not one told before
            named_event = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in self.idx.country_at
                              for c in tok.children)
            if (has_det or has_pron_poss) and (not own and not m.sides or m.attendance) and body is None \
                    and not named_event:
                m.anaphoric = True
            if (tok.lemma_.lower() in ("conference", "briefing") or tok.lemma_.lower() in HOSPITALITY) and not any(x.name or x.title for x in m.others) \
                    and len([x for x in m.subjects if x.name or x.title]) < 2:
                return None   # a press conference is a meeting only when held with someone
            # `negotiations took place`, `held talks`: the article asserts the meeting itself
            m.asserted = gov is not None and not relational and path[1:2] == [gov] and \
                gov.lemma_.lower() in ASSERTING
            if tok.lower_ in PLURAL_GENERIC and not m.sides:
                return None
            if any(c.dep_ == "amod" and c.lower_ in GENERIC_MODS for c in tok.children):
                return None
        # the meeting's own words name the sides (`a Russian-US summit`, `Azerbaijan-Kazakhstan commission`)
        own_countries = [self.idx.country_at[t.i] for t in (tok.subtree if not is_verb else [])
                         if t.i in self.idx.country_at and t.i < tok.i]
        reg = region(tok, triggers, None if relational else gov, path)
        # `discussed a plant in Ganja`, `met ..., discussing the peace process in the South Caucasus`:
        # what is discussed is no place or time of the meeting
        topic_heads = [v for v in reg if v.i != tok.i and v.tag_.startswith("VB") and v.lemma_.lower() in TOPIC_VERBS]
        if is_verb and weak:
            topic_heads.append(tok)
        topic = {t.i for v in topic_heads for c in v.children if c.dep_ == "dobj" for t in c.subtree}
        if topic:
            reg = [t for t in reg if t.i not in topic]
        m.date = self._date(tok, reg)
        if m.date is None and not is_verb:
            m.date = self._date_after_phrase(tok)
        if m.date is None and relational and gov is not None and any(t.lower_ in SIDELINES for t in path):
            # `will meet on the sidelines of the summit later this month`: the summit is then too
            # (a day is the side meeting's, not the first of a summit's days)
            side_date = self._date(tok, region(tok, triggers, gov, path))
            m.date = side_date if side_date and len(side_date) < 10 else None
        if relational and any(t.lower_ in SIDELINES for t in path):
            # `A met B on the sidelines of the summit`: the summit is the setting of that meeting
            m.side_of = next((t.i for t in path[1:] if t.i in triggers), None)
            if m.side_of is None and gov is not None:
                # `the talks between A and B in New Delhi, on the sidelines of the summit`, the
                # sidelines hung on the clause's verb: the meeting told last before them
                edge = min(t.i for t in path if t.lower_ in SIDELINES)
                before = [i for i in triggers if i < edge and gov.left_edge.i <= i <= gov.right_edge.i]
                m.side_of = max(before, default=None)
            if m.side_of is None and gov is not None:
                # `agreements reached between A and B on the sidelines of the summit`: A and B met there
                side = Mention(trigger=gov, kind="meeting", weak=False, sent_index=sent_index, sent=tok.sent)
                holders = [gov] + [c for c in gov.children if c.dep_ in SUBJ_DEPS + ("dobj",)] \
                    + ([gov.head] if gov.dep_ in ("acl", "relcl") else [])
                self._collect([r for h in holders for r in _role_roots(h, ("between",))], side.others, side.countries,
                              extend=True)
                if len({x.country for x in side.others if x.country}) >= 2:
                    side.status = m.status
                    side_date = self._date(tok, region(tok, triggers, gov, path))
                    side.date = side_date if side_date and len(side_date) == 10 else None
                    m.side_of, m.side_meeting = gov.i, side
        if m.attendance:
            # (`attended by X, Ambassador of A to the UAE`: what follows `by` describes the
            # attendees, however the parser hung it; a place there is no meeting's)
            by = min((a.i for a in reg if a.dep_ == "agent"), default=None)
            reg = [t for t in reg if by is None or t.i < by]
        m.location, m.location_country = self._location(tok, reg, kind)
        where = _where_clause(tok)
        if where is not None and m.location is None:
            # `to Bangkok in May, where the sixth meeting of the JTC will be held`: the place `where` stands
            # for, and the time told with it
            word = next(c for c in where.children if c.lower_ == "where")
            places = [t for t in tok.sent if t.i < word.i and t.dep_ in ("pobj", "dobj")
                      and (t.i in self.idx.location_at or t.i in self.idx.country_at)]
            m.location, m.location_country = self._location(tok, places[-1:], "meeting")
            if m.date is None:
                m.date = self._date(tok, [t for t in where.head.head.subtree if t.i < word.i])
        if is_verb and kind == "visit" and m.location is None:
            place = [c for c in tok.children if c.dep_ == "dobj"]
            if place and self._thing(place[0]):
                return None   # `will also tour the port`, `visited a factory`: a stop, not a visit
            if place and place[0].lemma_.lower() in PLACE_NOUNS:
                m.location = self._region_name(place[0])   # `visited the Chui region`
            if place and place[0].lemma_.lower() == "country" and tok.lemma_.lower() == "visit" \
                    and any(c.lower_ == "the" for c in place[0].children) \
                    and not any(c.dep_ in ("conj", "cc") for c in place[0].children):
                # `is expected to visit the country`: the other country named last
                m.location, m.location_country = self._country_before(place[0].i, {s.country for s in m.subjects})
        if is_verb and tok.lemma_.lower() in NEEDS_PLACE and (
                not m.location_country or m.location_country in {s.country for s in m.subjects}):
            return None   # `arrived` is a visit only when the article says in which other country
        m.status = self._status(tok, path, m.date)
        if not is_verb and _ahead_of(tok) and not own_countries:
            # `ministers meet in Rio ahead of G20 summit`: the backdrop of what the clause reports, an
            # event the article tells (if at all) elsewhere; the clause's people are not its participants
            return None
        if kind == "visit":
            verb = gov if gov is not None else tok
            m.ongoing = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        if m.status == "planned" and m.date and _past_verb(gov if gov is not None else tok) \
                and self._status(tok, path, None) == "held":
            # `a goal set at a summit in June` (told in February): last year's June
            earlier = self._year_before(reg, m.date)
            if earlier is not None:
                m.date, m.status = earlier, "held"
        if not is_verb:
            self._hosted_by(tok, m)
        if m.status == "planned" and m.date:
            m.date = self._forward_weekday(tok, reg, m.date)
        # `had visited Lima a month earlier`: the pluperfect tells a meeting before the news, not of its day
        pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in (gov if gov is not None else tok).children)
        m.main_eligible = (is_verb or gov is not None) and not relational and not self._recalled(tok, path) \
            and not pluperfect
        if is_verb:
            m.asserted = True
        for c in subj_countries + other_countries + own_countries:
            if c not in m.countries:
                m.countries.append(c)
        m.topics = self._topics(tok, gov)
        return m

    def _bilateral_body(self, tok: Token, subj_countries: list[str]) -> bool:
        """`the X-Y Coordination Council`, `their new trade council` (of two countries): a
        council of two countries holds commission sessions; `the Supreme Interstate Council`
        (of many) holds meetings."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ != "pobj" or not body_kind(g):
                        continue
                    phrase = np_tokens(g)
                    if len(self.sides.countries_in(phrase)) >= 2:
                        return True
                    if any(t.dep_ == "poss" and t.lower_ == "their" for t in phrase) and len(subj_countries) >= 2:
                        return True
        return False

    def _date(self, tok: Token, reg: list[Token]) -> Optional[str]:
        ids = {t.i for t in reg}
        best = None
        for s, e, value, _text in self.idx.dates:
            # `a target of $20 billion by 2026`, `their first encounter since August`: not the meeting's date
            if self.doc[s].head.lower_ in DEADLINE_PREPS and self.doc[s].head.i < s:
                continue
            if value and all(i in ids for i in range(s, e)):
                dist = abs(s - tok.i)
                if best is None or dist < best[0]:
                    best = (dist, value)
        return best[1] if best else None

    def _date_after_phrase(self, tok: Token) -> Optional[str]:
        """`the summit in Arusha on November 30`, the date hung by the parser on the verb: a
        date the meeting's noun phrase runs straight into (`on`/`in` + date) is its date."""
        end = max(t.i for t in tok.subtree) + 1
        if end + 1 >= tok.sent.end or self.doc[end].lower_ not in ("on", "in") \
                or self.doc[end].head.i == tok.i:
            return None
        found = next(((value, text) for s, e, value, text in self.idx.dates if s == end + 1 and value), None)
        if found is None:
            return None
        # a summit on whose sidelines others met: one day is the side meeting's (the summit
        # may span several), a month or a range of days (`on November 18-19`) the summit's
        on_sidelines = any(a.lower_ in SIDELINES for a in list(tok.ancestors)[:3])
        one_day = len(found[0]) == 10 and not _DAY_RANGE_RE.search(found[1])
        return None if on_sidelines and one_day else found[0]

    def _year_before(self, reg: list[Token], value: str) -> Optional[str]:
        """The value a year earlier, when the text gave the month or day without its year."""
        ids = {t.i for t in reg}
        for s, e, v, text in self.idx.dates:
            if v == value and s in ids and not _YEAR_RE.search(text) and len(v) >= 7:
                return f"{int(v[:4]) - 1:04d}{v[4:]}"
        return None

    def _forward_weekday(self, tok: Token, reg: list[Token], value: str) -> str:
        """A weekday of a planned meeting is the next such day, not the last one."""
        if self.published is None or len(value) != 10:
            return value
        ids = {t.i for t in reg}
        for s, e, v, text in self.idx.dates:
            if v == value and s in ids and text.lower().strip(".") in WEEKDAYS:
                d = date.fromisoformat(v)
                while d < self.published:
                    d += timedelta(days=7)
                return d.isoformat()
        return value

    def _location(self, tok: Token, reg: list[Token], kind: str) -> tuple[Optional[str], Optional[str]]:
        found: list[tuple[int, str, Optional[str]]] = []
        for t in reg:
            prep = t.head if t.dep_ == "pobj" else None
            where = prep is not None and prep.lower_ in ("in", "at", "to")
            if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS \
                    and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("in", "at", "to"):
                # `in the Russian city of Kazan`: the place the noun names
                prep, where = prep.head.head, True
            direct = t.dep_ == "dobj" and t.head.i == tok.i and kind == "visit"
            if t.lower_ in ("here",) and t.dep_ == "advmod" and self.dateline:
                found.append((1, _nice_place(self.dateline), None))
                continue
            if t.lower_ in ("country", "republic") and where and any(c.lower_ == "our" for c in t.children):
                # `a state visit to our country` in a state agency's report: the country of its dateline
                home = place_country(self.dateline)
                if home:
                    found.append((0 if kind == "visit" else 1, country_name(home), home))
                continue
            if t.dep_ == "compound" and t.head.i == tok.i and t.i in self.idx.location_at and t.i not in self.idx.country_at:
                # `the Kazan summit`: a city naming the meeting is where it is held
                name, country, _ = self.idx.location_at[t.i]
                if country:     # (not a region: `the Korea-Central Asia summit`)
                    found.append((1, name, country))
                continue
            if not (where or direct):
                # `held in Baku`: the place may be the last word of a longer pobj
                if not (t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "at", "to") and t.dep_ == "compound"):
                    continue
            rank = 0 if (kind == "visit" and (direct or (prep is not None and prep.lower_ == "to"))) else 1
            outer = prep if prep is not None else t.head.head if t.head.dep_ == "pobj" else None
            if outer is not None and outer.head.pos_ == "NOUN" and outer.head.i != tok.i \
                    and outer.head.lemma_.lower() not in NOUN_TRIGGERS and outer.head.lemma_.lower() != "capital":
                rank = 2    # `a summit clouded by claims in the South China Sea`: the place of something else
            capital = self._capital_named(t)
            if capital is not None:
                found.append((rank, *capital))
            elif t.i in self.idx.location_at:
                name, country, first = self.idx.location_at[t.i]
                found.append((rank, name, country))
            elif t.i in self.idx.country_at:
                span = self._country_text(t)
                found.append((rank, span, self.idx.country_at[t.i]))
            elif direct and t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP") \
                    and t.i not in self.idx.person_at and not any(c.dep_ == "compound" for c in t.children) \
                    and not self._thing(t):
                # `will visit Córdoba`: a name visited is a place, known to the gazetteer or not
                found.append((rank, t.text, None))
        if not found:
            return self._named_place(reg), None
        found.sort(key=lambda f: f[0])
        best = found[0]
        if best[1] and country_code(best[1]) is not None:
            # `arrived in Astana for a state visit to Kazakhstan`: the city in that country says more
            city = next((f for f in found[1:] if f[2] == best[2] and country_code(f[1]) is None), None)
            if city is not None:
                best = city
        return best[1], best[2]

    def _capital_named(self, t: Token) -> Optional[tuple[str, str]]:
        """`in the Tajik capital`, `in the capital of Tajikistan`: the city, by the country's capital."""
        if t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
            return None
        owners = [c for c in t.children if c.dep_ in ("amod", "compound", "poss") and c.i in self.idx.country_at]
        owners += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.i in self.idx.country_at]
        if len(owners) != 1:
            return None
        code = self.idx.country_at[owners[0].i]
        city = capital_of(code)
        return (city, code) if city else None

    def _hosted_by(self, tok: Token, m: Mention) -> None:
        """`the summit, which Kazakhstan will host next year`: the host country is the place,
        and the relative clause tells the time."""
        for rel in tok.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() != "host":
                continue
            subj = [c for c in rel.children if c.dep_ in SUBJ_DEPS]
            if not subj or (subj[0].i not in self.idx.country_at and subj[0].i not in self.idx.location_at):
                continue
            if m.location is None:
                if subj[0].i in self.idx.location_at:
                    m.location, m.location_country, _ = self.idx.location_at[subj[0].i]
                else:
                    m.location, m.location_country = self._country_text(subj[0]), self.idx.country_at[subj[0].i]
            sub = list(rel.subtree)
            m.date = m.date or self._date(rel, sub)
            if any(c.dep_ == "aux" and c.lower_ in PLANNED for c in rel.children) or m.date and self.published \
                    and m.date[:4] > self.published.isoformat()[:4]:
                m.status = "planned"

    def _country_before(self, i: int, exclude: set) -> tuple[Optional[str], Optional[str]]:
        before = [j for j, c in self.idx.country_at.items() if j < i and c not in exclude]
        if not before:
            return None, None
        j = max(before)
        return self._country_text(self.doc[j]), self.idx.country_at[j]

    def _thing(self, t: Token) -> bool:
        """A common noun that is no place, person or country (`the port`, `a factory`)."""
        return t.pos_ == "NOUN" and t.lemma_.lower() not in PLACE_NOUNS and t.i not in self.idx.location_at \
            and t.i not in self.idx.country_at and t.i not in self.idx.person_at and not self.sides.persons_in(np_tokens(t))

    def _region_name(self, t: Token) -> Optional[str]:
        """`the Chui region` -> `Chui region`: the capitalised words before a place noun."""
        names = [c for c in t.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        if not names or any(c.i in self.idx.country_at for c in names):
            return None
        return self.doc[names[0].i:t.i + 1].text

    def _named_place(self, reg: list[Token]) -> Optional[str]:
        """`at the Kremlin`, `at Ak Orda`, `in the Presidential Palace`: a capitalised place
        phrase after `at`/`in` that is no location record is still where the meeting was."""
        for t in reg:
            if t.dep_ != "pobj" or t.head.lower_ not in ("at", "in") or t.pos_ != "PROPN" \
                    or (t.ent_type_ not in PLACE_ENTS and t.lower_ not in PLACE_HEADS) or t.i in self.idx.person_at \
                    or _is_meta(t):
                continue
            words = [w for w in t.subtree if w.dep_ not in ("det", "punct") and w.i <= t.i]
            if any(w.i in self.idx.person_at or w.i in self.idx.country_at or not w.text[:1].isupper() for w in words):
                continue
            if words and all(w.i == words[0].i + k for k, w in enumerate(words)):
                return self.doc[words[0].i:t.i + 1].text
        return None

    def _country_text(self, t: Token) -> str:
        code = self.idx.country_at[t.i]
        i, j = t.i, t.i
        while i - 1 >= t.sent.start and self.idx.country_at.get(i - 1) == code:
            i -= 1
        while j + 1 < t.sent.end and self.idx.country_at.get(j + 1) == code:
            j += 1
        return self.doc[i:j + 1].text

    def _status(self, tok: Token, path: list[Token], value: Optional[str]) -> str:
        if _ahead_of(tok) and not (value and self.published is not None and value < self.published.isoformat()[:len(value)]):
            return "planned"   # `ministers meet in Rio ahead of G20 summit`: the summit is still to come
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in INVITATION_NOUNS and not value \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return "planned"   # `accepted an invitation to visit Mongolia at a convenient time`
        heads = [tok] + path[1:2]
        while heads[-1].dep_ == "conj" and heads[-1].head != heads[-1]:
            heads.append(heads[-1].head)   # `X to make state visit to Y, hold summit with Z`
        if any(t.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in heads):
            return "planned"   # a headline's `X to visit Y`, `X to make state visit to Y`
        chain = list(path)
        cur = path[-1]
        for _ in range(3):
            # a relative clause tells its own time, and so does a past participle clause (`a goal
            # first set at a summit`: not what the sentence's `agreed` plans)
            if cur.dep_ in ("ccomp", "relcl") or cur.head == cur or cur.dep_ == "acl" and cur.tag_ == "VBN":
                break
            if cur.dep_ == "advcl" and (cur.tag_ == "VBD" or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in cur.children)):
                break   # `agreed to expand trade as the session was held here`: the clause's own past
            cur = cur.head
            chain.append(cur)
        # `agreed to cut tariffs at the meeting`, `agreed to keep trade stable, in talks on the
        # sidelines`: the meeting is where they agreed, not a plan
        setting = len(path) > 2 and path[1].lower_ in ("at", "during", "in")
        prev: Optional[Token] = None
        for t in chain:
            if t.lemma_.lower() in _SPEECH and t != tok:
                break
            if setting and t.lemma_.lower() in DECISION_VERBS and t.i != path[2].i and not any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in PLANNED for c in t.children):
                break
            aux = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass", "amod", "acomp")]
            # `agreed to X and set a target at the meeting`: a verb the meeting only sets the scene of,
            # or a verb beside it or whose subject holds it, plans nothing
            own = [] if prev is not None and prev.dep_ in ("prep", "conj", "nsubj", "appos") and prev.head == t and t.pos_ in ("VERB", "AUX") \
                else [t.lemma_.lower(), t.lower_]
            words = own + aux
            prev = t
            if any(w in PLANNED for w in words):
                return "planned"
        if value and self.published is not None:
            pub = self.published.isoformat()
            if value[:len(pub)] > pub[:len(value)]:
                return "planned"
        return "held"

    def _recalled(self, tok: Token, path: list[Token]) -> bool:
        for t in list(path) + list(tok.ancestors):
            if t.lemma_.lower() in RECALL:
                return True
        return any(c.dep_ == "amod" and c.lower_ in RECALL for c in tok.children)

    def _topics(self, tok: Token, gov: Optional[Token]) -> list[str]:
        """Short noun phrases of what was discussed (`trade and economic cooperation`)."""
        out: list[str] = []
        doc = tok.doc
        for t in (doc[i] for i in sorted(set(within(self.topic_words, tok.sent)) | {tok.i})):
            lemma = t.lemma_.lower()
            if lemma in TOPIC_VERBS and t.tag_.startswith("VB"):
                roots = [c for c in t.children if c.dep_ == "dobj" and c.lower_ not in ("views", "opinions")]
            elif t.i == tok.i or lemma in TOPIC_VERBS or t.lower_ in ("views", "opinions"):
                roots = []
            else:
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "about", "over"):
                    roots += [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            roots = [r for r in roots if r.lower_ not in BACKDROP and r.lower_ not in NOUN_TRIGGERS
                     and r.lemma_.lower() not in NOUN_TRIGGERS and r.ent_type_ not in ("DATE", "TIME")]
            for r in roots:
                if r.lemma_.lower() in TOPIC_FRAMES:
                    # `ways to improve trade ties`: the topic is what is improved
                    inner = [g for c in r.children if c.dep_ in ("relcl", "acl") for g in c.children if g.dep_ == "dobj"]
                    r = inner[0] if inner else r
                phrase = self._topic_phrase(r)
                if phrase and phrase not in out:
                    out.append(phrase)
        return out[:3]

    def _topic_phrase(self, root: Token) -> Optional[str]:
        # leave out clauses and the counterpart (`with X`), time and place
        cut: set[int] = set()
        for w in root.subtree:
            if w.i != root.i and w.i not in cut and (w.dep_ in ("relcl", "acl", "advcl") or (
                    w.dep_ == "prep" and w.lower_ in ("with", "between", "during", "in"))):
                cut.update(x.i for x in w.subtree)
        words = [w for w in root.subtree if w.i not in cut and not _is_meta(w) and w.ent_type_ not in ("DATE", "TIME")]
        words = [w for w in words if w.dep_ not in ("det", "poss", "case") and not w.is_punct and not w.is_space]
        # `the expansion of X`, `prospects for X`: the topic is X
        while len(words) > 2 and words[0].lemma_.lower() in TOPIC_FRAMES and words[1].lower_ in ("of", "for", "to", "in"):
            words = words[2:]
        if not words or len(words) > 8 or not any(w.is_lower and w.is_alpha for w in words):
            return None
        if len(words) == 1 and words[0].lemma_.lower() in TOPIC_FRAMES:
            return None
        return " ".join(w.text for w in words)


_SPEECH = frozenset(_V["speech_verbs"])
_YEAR_RE = re.compile(r"\d{4}|\b(?:year|'\d\d)\b", re.I)


def _past_verb(verb: Token) -> bool:
    """A verb in the past (`set`, `was held`), not a plan (`will be held`, `to be set`)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO", "VB", "VBZ", "VBP")
                                          for c in verb.children)


_AHEAD_RE = re.compile(r"(?:\bahead of|\bon the eve of|\bin the run-up to|\bin preparation for|\bbefore)\s+(?:the\s+|this\s+|next\s+)?\Z",
                       re.IGNORECASE)


def _ahead_of(tok: Token) -> bool:
    """The meeting noun is what something happens before: `ahead of the summit`, `on the eve of the visit`."""
    if tok.dep_ != "pobj" and not (tok.dep_ == "compound" and tok.head.dep_ == "pobj"):
        return False
    head = tok if tok.dep_ == "pobj" else tok.head
    start = min(t.idx for t in head.subtree)
    doc = tok.doc
    return bool(_AHEAD_RE.search(doc_text(doc), max(0, start - 30), start))


def _where_clause(tok: Token) -> Optional[Token]:
    """The `where` relative clause the meeting word stands in (`Bangkok, where the meeting will be held`)."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "relcl":
            return a if any(c.lower_ == "where" and c.tag_ == "WRB" for c in a.children) else None
    return None


def _nice_place(name: str) -> str:
    return name.title() if name.isupper() else name
