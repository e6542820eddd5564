"""Reading a figure's clause off the dependency parse: its metric, countries and status.

From the figure's head token we climb the parse (`$4.1 billion` -> `to` -> `amounted`),
look at the verb's subject noun phrase for the metric (`the trade turnover between A
and B`), and at `to` / `from` / `with` / `between` preps and possessives for direction.
Proximity in the sentence is only the fallback when the parse gives nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from ..spans import doc_text
from .trade_figures import Figure
from .trade_lexicon import lexicon

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "attr", "oprd")
PRONOUN_POS = ("PRON", "DET")
# words whose `to` is no direction of trade: `according to`, `compared to`, `due to`
NON_DIRECTION_HEADS = frozenset({"according", "compared", "due", "thanks", "owing", "relative", "prior", "close", "next"})
# words that open a new clause or phrase between a figure and what follows it
CLAUSE_BREAKS = frozenset({"and", "or", "but", "while", "whereas", "those", "that", "which", "its", "their"})


@dataclass
class Mention:
    """A country mention of the entity layer, placed on the parse."""
    start: int
    end: int
    code: str
    token: Token


@dataclass
class Clause:
    metric: Optional[str] = None
    metric_token: Optional[Token] = None
    verb: Optional[Token] = None
    non_trade: bool = False
    anaphoric: bool = False          # no metric named, but `it` / `this figure` stands for the last one
    own_phrase: Optional[Token] = None   # the anaphor's phrase: its countries come first


# ---------- metric ----------

def token_metric(tok: Token, depth: int = 0) -> Optional[tuple[str, Token]]:
    """The metric a token names, and the token whose phrase carries it (`volume` of `volume of trade`)."""
    lex = lexicon()
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN", "ADJ") or (tok.pos_ == "VERB" and low in lex.metric_nouns and tok.dep_ != "ROOT"):
        metric = lex.metric_nouns.get(low) or lex.metric_nouns.get(lemma)
        if metric and (lemma in lex.measure_nouns or low in lex.measure_nouns):
            # `export turnover`, `import turnover`: a flow's modifier says which flow the total measures
            # (both, `import-export turnover`, are the total itself)
            modifiers = [m for child in tok.lefts if child.dep_ in ("compound", "amod", "nmod")
                         for m in [child, *(g for g in child.lefts if g.dep_ in ("compound", "amod", "nmod"))]]
            flows = {f for m in modifiers for f in [lex.metric_nouns.get(m.lower_) or lex.metric_nouns.get(m.lemma_.lower())]
                     if f and f != metric}
            if {"exports", "imports"} <= flows:
                return metric, tok
            for child in tok.lefts:
                if child.dep_ in ("compound", "amod", "nmod"):
                    flow = lex.metric_nouns.get(child.lower_) or lex.metric_nouns.get(child.lemma_.lower())
                    if flow and flow != metric:
                        return flow, tok
        if metric:
            head = tok.head
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ in lex.non_figure_heads:
                return None                      # `trade partner`, `trade deficit`
            if tok.dep_ in ("compound", "amod", "nmod") and head != tok:
                if head.lower_ in lex.non_figure_heads or head.lemma_.lower() in lex.non_figure_heads:
                    return None
                if head.lemma_.lower() in lex.measure_nouns or head.lower_ in lex.measure_nouns:
                    return metric, head          # `trade exchanges`, `export volume`
            return metric, tok
        if depth < 3 and (lemma in lex.measure_nouns or low in lex.measure_nouns):
            for child in tok.children:
                if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
                    found = token_metric(child, depth + 1)
                    if found:
                        return found[0], tok
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = token_metric(pobj, depth + 1)
                            if found:
                                return found[0], tok
        if lemma in lex.shipment_nouns or low in lex.shipment_nouns:
            for child in tok.children:
                direction = lex.shipment_direction.get(child.lower_)
                if direction and child.i < tok.i:
                    return direction, tok
            # `Mongolian supplies to Russia`: goods going somewhere are the sender's exports; so are a
            # country's sales (`US$1.1 billion of Brazilian sales`)
            if any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children) or (
                    any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in tok.children)
                    and lemma == "sale"):
                return "exports", tok
            default = lex.shipment_default.get(low)
            if default and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
                return default, tok
    if tok.pos_ == "VERB":
        metric = lex.metric_verbs.get(lemma)
        # `A and B traded goods worth $25 billion`; not `shares traded at $5`
        wanted = ("dobj",) if metric == "turnover" else OBJECT_DEPS + ("prep",)
        if metric and any(c.dep_ in wanted for c in tok.children):
            return metric, tok
    return None


def _is_non_trade(tok: Token) -> bool:
    lex = lexicon()
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in lex.non_trade_verbs      # `invested`, not `projected`
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in lex.non_trade_money
                                              or tok.lemma_.lower() in lex.non_trade_money)


def _names_non_trade(noun: Token) -> bool:
    """`loans`, and a noun a non-trade word modifies: `credit lines`, `a loan agreement`."""
    return _is_non_trade(noun) or (noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("compound", "amod") and _is_non_trade(c) for c in noun.children))


def subjects_of(verb: Token, sent: Optional[SpacySpan] = None) -> list[Token]:
    """The verb's subjects; a conjoined or open-clause verb shares its head's (`increased ... and amounted`),
    within ``sent`` when given (a headline line the parser ran into the next one keeps to itself)."""
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subjects or tok.dep_ not in ("conj", "xcomp", "advcl", "acl") or tok.head == tok \
                or (sent is not None and not sent.start <= tok.head.i < sent.end):
            return subjects
        tok = tok.head
    return []


def _metric_in_phrase(tok: Token) -> Optional[tuple[str, Token]]:
    found = token_metric(tok)
    if found:
        return found
    lex = lexicon()
    if tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.change_sign or tok.lower_ in lex.change_sign):
        found = _metric_in_preps(tok)     # `the growth of turnover had stood at 23.8%`
        if found:
            return found
    for child in tok.children:           # `the two countries' trade`, `Total bilateral trade`
        if child.dep_ in ("compound", "amod") and child.i < tok.i:
            found = token_metric(child)
            if found:
                return found
    for conj in tok.conjuncts:           # `tea and coffee shipments to B`: the head noun is the last conjunct
        if conj.i > tok.i and conj.pos_ in ("NOUN", "PROPN"):
            found = token_metric(conj)
            if found:
                return found
    return None


def _nearest_conjunct(found: tuple[str, Token], fig: Figure) -> tuple[str, Token]:
    """A conjoined metric between the found one and the figure is the figure's own
    (`exports to B at $6.2 billion and imports at $8.5 billion`, both preps parsed on `exports`)."""
    metric, tok = found
    for conj in tok.conjuncts:
        if tok.i < conj.i < fig.anchor.i:
            other = token_metric(conj)
            if other and other[1].i > tok.i:
                metric, tok = other
    gapped = _gapped_metric(tok, fig)
    return gapped if gapped is not None else (metric, tok)


def _gapped_metric(found: Token, fig: Figure) -> Optional[tuple[str, Token]]:
    """`exports rose to $5.1 million and imports to $3.2 million`: the verb left out of the second
    clause, the parser hangs `imports` on the first verb or the first figure as their conjunct. A
    metric noun so hung between the found metric and this figure is this figure's own."""
    for tok in fig.anchor.doc[found.i + 1:fig.anchor.i]:
        if tok.dep_ == "conj" and tok.head.i < tok.i and (
                tok.head.like_num or tok.head.pos_ == "NUM"
                or (tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX"))):
            other = token_metric(tok)
            if other is not None:
                return other
    return None


def _metric_in_preps(tok: Token) -> Optional[tuple[str, Token]]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _metric_in_phrase(pobj)
                    if found:
                        return found
    return None


def noun_phrase_of(tok: Token) -> SpacySpan:
    """The largest noun phrase holding the token: `the annual growth rate for cross-border commerce`."""
    top = tok
    while top.head != top and (top.dep_ in ("pobj", "compound", "amod", "nmod", "poss")
                                   or (top.dep_ == "prep" and top.head.pos_ in ("NOUN", "PROPN"))):
        top = top.head
    return tok.doc[top.left_edge.i:top.right_edge.i + 1]


def find_clause(fig: Figure, sent: SpacySpan) -> Clause:
    """The metric of the figure's clause, climbing the parse from the figure's head."""
    clause = Clause()
    tok = fig.anchor
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lexicon().price_verbs:
        clause.non_trade = True     # `a tonne sells for about $1,150`: a price, no trade figure
        return clause
    # `$1 billion in aid`, `$2 billion of investment`: the figure's own phrase says what it is
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if _names_non_trade(pobj):
                    clause.non_trade = True       # `$2 billion in loans`, `R$12 billion in credit lines`
                    return clause
                found = _metric_in_phrase(pobj)       # `Dh4 trillion in foreign trade`
                if found:
                    clause.metric, clause.metric_token = found
                    return clause
    # `86 percent of China's exports`: the figure's own of-phrase names the metric
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found = _metric_in_phrase(pobj) if pobj.dep_ == "pobj" else None
                if found:
                    clause.metric, clause.metric_token = found
                    return clause
    # `US$10 billion trade`, `$75 billion investment`: the figure modifies its metric directly
    steps = 0
    # (not past the sentence: a headline line the parser ran into the next one is a clause of its own)
    while tok.head != tok and steps < 8 and sent.start <= tok.head.i < sent.end:
        tok = tok.head
        steps += 1
        found = token_metric(tok)
        if found:
            found = _nearest_conjunct(found, fig)
            clause.metric, clause.metric_token = found
            if tok.pos_ in ("VERB", "AUX"):
                clause.verb = tok
            return clause
        if _names_non_trade(tok):
            clause.non_trade = True     # `a $1 billion investment plan`, `a loan agreement of $50 million`
            return clause
        if tok.pos_ not in ("VERB", "AUX"):
            # `with exports to X worth $38.5 million`: a verbless clause (`worth`) with a subject of its own
            found = next((f for c in tok.children if c.dep_ in SUBJECT_DEPS for f in [_metric_in_phrase(c)] if f), None)
            if found:
                clause.metric, clause.metric_token = found
                return clause
        if tok.pos_ == "NOUN":
            # `a 14 per cent rise in farm exports`: the change noun's own phrase; `a trade target of
            # $2 billion`: the noun's own modifiers
            found = _metric_in_preps(tok) or _metric_in_phrase(tok)
            if found:
                clause.metric, clause.metric_token = found
                return clause
        if tok.pos_ in ("VERB", "AUX"):
            clause.verb = clause.verb or tok
            found = _with_absolute_subject(tok)
            if found:
                clause.metric, clause.metric_token = found
                return clause
            subjects = subjects_of(tok, sent)
            # objects first: `narrowing the trade deficit to $240 billion` is about the deficit
            # (only the sentence's own: the parser runs a headline into the line below it)
            objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS and sent.start <= c.i < sent.end]
            figure_is_object = any(fig.anchor in o.subtree for o in objects)
            for phrase in objects + subjects:
                if fig.anchor in phrase.subtree and phrase.dep_ in OBJECT_DEPS:
                    continue
                if figure_is_object and phrase.dep_ in OBJECT_DEPS and phrase.i > fig.anchor.i:
                    continue   # `exports reached $131.2 million, imports $72.3 million`: the later object is the next figure's
                found = _metric_in_phrase(phrase)
                if found:
                    # `boost exports and two-way trade to A$50 billion`: the conjunct nearest the figure
                    clause.metric, clause.metric_token = _nearest_conjunct(found, fig)
                    return clause
                if _is_non_trade(phrase):
                    clause.non_trade = True     # `narrowing the trade deficit to $240 billion`
                    return clause
                if _is_anaphor(phrase) and _is_figure_verb(tok):
                    clause.anaphoric = True     # `it increased by 14%`, `take this figure to $200 million`
                    clause.own_phrase = clause.own_phrase or phrase   # `those to China climbed 8.7%`
            # `set a target of $3 billion for exports to China`: the verb's `for` phrase names the flow
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "in", "on") and fig.anchor not in prep.subtree:
                    found = next((f for g in prep.children if g.dep_ == "pobj" for f in [_metric_in_phrase(g)] if f),
                                 None)
                    if found:
                        clause.metric, clause.metric_token = found
                        return clause
            own = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if any(s.pos_ not in PRONOUN_POS for s in own):
                # a clause of its own: about trade only if its subject may stand for a trade figure
                # (`this figure`, a country), not when it is about something else (`inflation rose 50%`)
                if not any(_may_stand_for_figure(s) for s in own):
                    return clause
                break
    return _nearest_metric(fig, sent, clause)


def _with_absolute_subject(verb: Token) -> Optional[tuple[str, Token]]:
    """`..., with imports from B accounting for $395 million`: the noun of the `with` just before a
    subjectless participle is its subject (the parser hangs both on the main verb)."""
    if verb.dep_ not in ("advcl", "acl", "conj") or verb.tag_ != "VBG" or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    siblings = [c for c in verb.head.children if c.i < verb.i and c.dep_ != "punct"]
    if not siblings or siblings[-1].dep_ != "prep" or siblings[-1].lower_ != "with":
        return None
    for pobj in siblings[-1].children:
        if pobj.dep_ == "pobj":
            return _metric_in_phrase(pobj)
    return None


def _is_anaphor(phrase: Token) -> bool:
    """`it`, `this`, `this figure`: a phrase standing for the figure just given."""
    lex = lexicon()
    if phrase.lower_ in lex.anaphors:
        return True
    return (phrase.lemma_.lower() in lex.measure_nouns
            and any(c.dep_ == "det" and c.lower_ in ("this", "that", "the") for c in phrase.children))


def _is_figure_verb(verb: Token) -> bool:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    return lemma in lex.figure_verbs or lemma in lex.change_sign or verb.lower_ in lex.change_sign


def _may_stand_for_figure(subject: Token) -> bool:
    lex = lexicon()
    lemma = subject.lemma_.lower()
    return (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "NORP")
            or lemma in lex.measure_nouns or subject.lower_ in lex.measure_nouns
            or lemma in lex.period_nouns)        # `the previous quarter expanded 17.8%`


def _nearest_metric(fig: Figure, sent: SpacySpan, clause: Clause) -> Clause:
    """Fallback: the metric word nearest the figure, before it if any, else after it."""
    left = right = None
    for tok in sent:
        if fig.start <= tok.idx < fig.end:
            continue
        found = token_metric(tok)
        if not found:
            continue
        if tok.idx < fig.start:
            left = found
        elif right is None:
            right = found
    found = left or right
    if found:
        clause.metric, clause.metric_token = found
    return clause


# ---------- countries ----------

def mention_role(m: Mention, mentions: list[Mention]) -> str:
    """owner (`Azerbaijan's exports`), dest (`to B`), source (`from B`), with, first / second (`between A and B`), other."""
    lex = lexicon()
    tok = m.token
    doc = tok.doc
    after = doc_text(doc)[m.end:m.end + 2]
    if after.startswith(("'s", "’s", "' ", "’ ")) or tok.dep_ == "poss":
        return "owner"
    # `China-Russia trade`, `Azerbaijani-Belarus trade turnover`
    if after.startswith(("-", "–")) and any(o.start in (m.end + 1, m.end + 2) for o in mentions):
        return "owner"
    before = doc_text(doc)[max(0, m.start - 2):m.start]
    if before.endswith(("-", "–")) and any(o.end in (m.start - 1, m.start - 2) for o in mentions):
        return "with"
    # `imports of Kazakh wheat`, `exports of Kenyan tea`: the goods' origin
    for anc in (tok.ancestors if tok.dep_ in ("amod", "compound", "nmod") else ()):
        if anc.dep_ == "prep" and anc.lower_ == "of" and lexicon().metric_nouns.get(anc.head.lower_):
            return "source"
        if anc.pos_ in ("VERB", "AUX"):
            break
    # `bought Moroccan goods worth ...`: the bought goods' country is the one sold from
    if tok.dep_ in ("amod", "compound") and _bought_goods_of(tok):
        return "source"
    head = tok
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    # `according to Bangladesh Bank data`, `compared to Japan`: a `to` that points nowhere
    if head.dep_ in ("pobj", "compound") and tok.ent_type_ == "ORG" and tok.ent_iob_ != "O" and len(
            [t for t in tok.doc[max(0, tok.i - 3):tok.i + 4] if t.ent_type_ == "ORG"]) > 1:
        return "other"
    anchor = head if head.dep_ == "pobj" else head.head if head.dep_ == "compound" and head.head.dep_ == "pobj" else None
    if anchor is not None and anchor.head.head.lower_ in NON_DIRECTION_HEADS:
        return "other"
    after_np = doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(doc) else None
    if head.dep_ == "pobj" and head.head.lower_ == "with" and (any(
            (c.dep_ == "prep" and c.lower_ in ("among", "as")) or (c.dep_ == "acl" and c.tag_ == "VBG")
            for c in head.children) or (after_np is not None and after_np.lower_ == "among")):
        # `exports stood at $2bn, with India among the top destinations` / `with India accounting for a
        # fifth`: an absolute clause about one partner, not the figure's partner
        return "other"
    if head.dep_ == "pobj":
        role = lex.direction_preps.get(head.head.lower_)
        if role == "between":
            return "first" if head == tok else "second"
        if role:
            return role
    # `with Armenian exports of $38.9 million`: the adjective of a flow noun owns it, whatever precedes
    if tok.dep_ in ("amod", "compound", "nmod") and lex.metric_nouns.get(tok.head.lower_):
        return "owner"
    # a mis-parsed prep: fall back on the word before the mention
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "the" and tok.i > 1:
        prev = doc[tok.i - 2]
    if prev is not None:
        role = lex.direction_preps.get(prev.lower_)
        if role == "between":
            return "first"
        if role:
            return role
        if prev.lower_ == "and" and prev.i > 0:
            if any(_is_between_first(o, tok) for o in mentions):
                return "second"
            if tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS + ("compound", "amod", "nmod", "poss"):
                return "second"      # `A and B recorded a trade volume of ...`, `A and B trade`
            return "other"
    if tok.dep_ in SUBJECT_DEPS or tok.dep_ in ("amod", "compound", "nmod"):
        return "owner"
    if tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS:
        return "second"          # `A and B recorded a trade volume of ...`
    return "other"


def _goods_list_end(doc, last: int, value: set[int]) -> int:
    """`of gems and jewellery worth ...`: a list of goods runs on past a misattached conjunct."""
    i = last + 1
    while (i + 1 < len(doc) and doc[i].pos_ == "CCONJ" and doc[i + 1].pos_ in ("NOUN", "ADJ")
           and doc[i + 1].dep_ in ("conj", "compound", "amod") and i + 1 not in value):
        i += 2
        last = i - 1
        while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].dep_ in ("compound", "conj") and i not in value:
            last, i = i, i + 1
    return last


def _bought_goods_of(tok: Token) -> bool:
    """The token modifies the goods an import verb's object names (`bought €3 billion worth of Algerian goods`)."""
    node = tok.head
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in OBJECT_DEPS:
            return lexicon().metric_verbs.get(node.head.lemma_.lower()) == "imports"
        node = node.head
    return False


def _is_between_first(o: Mention, tok: Token) -> bool:
    doc = tok.doc
    return o.token.i < tok.i and o.token.i > 0 and doc[o.token.i - 1].lower_ == "between"


def clause_mentions(fig: Figure, clause: Clause, mentions: list[Mention], next_fig_start: int) -> list[tuple[str, Mention]]:
    """The country mentions of the figure's clause with their roles, in text order."""
    scope: set[int] = set()
    mt = clause.metric_token
    if mt is not None:
        if mt.pos_ == "VERB":
            scope.update(_verb_scope(mt))
        else:
            scope.update(t.i for t in mt.subtree)
            # (not another flow's own phrase coordinated with it: `exports of $Xm and imports from B of $Ym`)
            for other in mt.subtree:
                if other.i != mt.i and other.dep_ == "conj" and other.pos_ == "NOUN" \
                        and lexicon().metric_nouns.get(other.lower_) not in (None, lexicon().metric_nouns.get(mt.lower_)):
                    scope.difference_update(t.i for t in other.subtree)
            # `Mongolia increased the trade turnover with Japan`: subject of the verb owning the metric
            verb = mt.head
            if mt.dep_ in OBJECT_DEPS and verb.pos_ in ("VERB", "AUX"):
                scope.update(t.i for s in subjects_of(verb) for t in s.subtree)
    if clause.verb is not None:
        scope.update(_verb_scope(clause.verb, subjects=mt is None or mt.pos_ == "VERB"))
    chosen = [m for m in mentions if m.token.i in scope]
    chosen.sort(key=lambda m: m.start)
    if clause.own_phrase is not None:
        own = {t.i for t in clause.own_phrase.subtree}
        chosen = [m for m in mentions if m.token.i in own] + [m for m in chosen if m.token.i not in own]
    # `by 8 per cent with Brazil, 12 per cent with Egypt`: a prep right after the figure is its own
    doc = fig.anchor.doc
    for m in mentions:
        if fig.end <= m.start < next_fig_start:
            gap = doc_text(doc)[fig.end:m.start].split()
            # (not `rose 2% and those to Spain`: a new clause begins)
            if 0 < len(gap) <= 3 and gap[-1].lower() in lexicon().direction_preps and gap[-1].lower() != "between" \
                    and not any(w.lower() in CLAUSE_BREAKS for w in gap):
                chosen = [m] + [o for o in chosen if o is not m]
            break
    return [(mention_role(m, mentions), m) for m in chosen]


def _verb_scope(verb: Token, subjects: bool = True) -> set[int]:
    lex = lexicon()
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in lex.direction_preps:
            out.update(t.i for t in child.subtree)
        elif subjects and child.dep_ in SUBJECT_DEPS:
            out.update(t.i for t in child.subtree)
        elif child.dep_ in OBJECT_DEPS:
            # `bought Algerian goods worth ...`, `bought €3 billion worth of Algerian goods`: the goods' country
            out.update(g.i for g in child.subtree if g.dep_ in ("amod", "compound") and g.head.pos_ == "NOUN")
            # `imported $45 billion worth of goods from Mexico`: the prep hangs on the object
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in lex.direction_preps:
                    out.update(t.i for t in prep.subtree)
    if subjects and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        out.update(t.i for s in subjects_of(verb) for t in s.subtree)
    return out


def resolve_direction(metric: str, roles: list[tuple[str, Mention]]) -> tuple[Optional[str], Optional[str]]:
    """(reporter, partner) from the roles of the clause's countries; either may stay None."""
    def first(*wanted: str) -> Optional[str]:
        for role, m in roles:
            if role in wanted:
                return m.code
        return None
    if metric == "exports":
        reporter = first("owner", "source", "first")   # `exports of Kenyan tea`: the origin is the exporter
        # (`with China the top buyer` is no partner; `second` only after `between A and`)
        partner = first("dest") or (first("second") if first("first") else None)
    elif metric == "imports":
        reporter = first("owner", "first")
        partner = first("source") or (first("second") if first("first") else None)
        if reporter is None and partner is not None:
            reporter = first("dest")
    else:
        reporter = first("owner", "first")
        partner = next((m.code for role, m in roles if role in ("with", "second", "dest", "source")
                        and m.code != reporter), None)
    if partner == reporter:
        partner = None
    if reporter is None and partner is None:
        others = [m.code for role, m in roles]
        if others:
            reporter = others[0]
            partner = next((c for c in others[1:] if c != reporter), None)
    return reporter, partner


@dataclass
class PartnerRole:
    """`China remained SA's biggest export destination`: the metric and the two countries."""
    metric: str
    reporter: Optional[str]      # the role noun's owner (`SA's`, `of Viet Nam`), when named
    partner: str                 # the copula's subject


def partner_role(fig: Figure, sent: SpacySpan, mentions: list[Mention]) -> Optional[PartnerRole]:
    """A figure stated of a country's part in another's trade: `X is/remained/continued to be
    Y's largest export market / source of imports / trading partner ... at $N / with $N`."""
    lex = lexicon()
    at = {m.token.i: m for m in mentions}
    for anc in fig.anchor.ancestors:
        if not (sent.start <= anc.i < sent.end):
            break
        role, verb = None, None
        if anc.pos_ in ("NOUN", "PROPN") and _role_metric(anc) and anc.dep_ in ("attr", "oprd", "acomp"):
            role, verb = anc, anc.head
        elif anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in lex.copular_verbs:
            verb = anc
            role = _copula_attr(anc)
        elif anc.pos_ == "VERB" and anc.lemma_.lower() in lex.ranking_verbs:
            # `Türkiye topped the list of importers of Egyptian goods with $2.9 billion`
            listed = [g for d in anc.children if d.dep_ == "dobj" and d.lemma_.lower() in lex.ranking_nouns
                      for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and _role_metric(g)]
            if listed:
                role, verb = listed[0], anc
        if role is None or verb is None or verb.lemma_.lower() not in lex.copular_verbs | lex.ranking_verbs \
                and not _copula_attr(verb):
            if anc.pos_ in ("VERB", "AUX"):
                break        # the figure's own clause has no such copula
            continue
        subjects = subjects_of(verb) or subjects_of(verb.head)
        partner = next((at[t.i] for s_ in subjects for t in s_.subtree if t.i in at), None)
        if partner is None:
            return None
        owner = next((at[t.i] for c in role.children if c.dep_ == "poss" for t in c.subtree if t.i in at), None)
        if owner is None:
            owner = next((at[t.i] for p in role.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                          for t in p.subtree if t.i in at), None)
        reporter = owner.code if owner is not None and owner.code != partner.code else None
        return PartnerRole(_role_metric(role), reporter, partner.code)
    return None


def _copula_attr(verb: Token) -> Optional[Token]:
    """The role noun a copula states (`remained SA's biggest export destination`), also through
    `continued to be`."""
    for child in verb.children:
        if child.dep_ in ("attr", "oprd", "acomp") and _role_metric(child):
            return child
        if child.dep_ == "xcomp" and child.lemma_.lower() in lexicon().copular_verbs:
            found = _copula_attr(child)
            if found is not None:
                return found
    return None


def _role_metric(noun: Token) -> Optional[str]:
    """`export destination` -> exports, `import market` -> imports, `trading partner` -> turnover,
    `source of imports` -> imports; None for a noun that names no part in trade."""
    lex = lexicon()
    default = lex.partner_role_nouns.get(noun.lemma_.lower()) or lex.partner_role_nouns.get(noun.lower_)
    if default is None:
        return None
    for child in noun.children:
        words = [child] if child.dep_ in ("compound", "amod", "nmod") else \
            [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "of" else []
        for w in words:
            metric = lex.metric_nouns.get(w.lower_) or lex.metric_nouns.get(w.lemma_.lower()) \
                or ("turnover" if w.lower_ in ("trading", "trade") else None)
            if metric:
                return metric
    # `partner` alone is anyone's partner; `destination`, `market`, `supplier` say the flow
    return default if default != "turnover" or any(
        c.lower_ in ("trading", "trade") for c in noun.children) else None


# ---------- status, commodity ----------

def governing_tokens(anchor: Token, sent: SpacySpan) -> list[Token]:
    """The figure's head chain within the sentence, with the modals, negations and subjects
    of its verbs and the modifiers of its nouns: the words that say how the figure is meant."""
    # a figure that is a verb itself (`can triple`, `to double`) has its own modals
    out: list[Token] = [c for c in anchor.children if c.dep_ in ("aux", "auxpass") or c.dep_ in SUBJECT_DEPS] \
        if anchor.pos_ in ("VERB", "AUX") else []
    tok = anchor
    while tok.head != tok and sent.start <= tok.head.i < sent.end:
        tok = tok.head
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass", "neg", "amod") or child.dep_ in SUBJECT_DEPS:
                out.append(child)
                if child.dep_ in SUBJECT_DEPS:
                    out.extend(c for c in child.children if c.dep_ in ("amod", "compound"))
    return out


def clause_status(tokens: list[Token]) -> str:
    """target (`aim to bring trade to`), forecast (`is expected to reach`, `can exceed`) or reported.

    ``tokens`` run from the figure up its head chain: the nearest word that states an aim or
    an outlook decides (`has the potential to raise trade to` is an outlook, `the target of $30
    billion that trade is expected to reach` an aim). A raising verb in the infinitive (`to
    increase trade to $1 billion`) states an aim only when nothing nearer says otherwise.
    """
    lex = lexicon()
    raising = False
    for t in tokens:
        low, lemma = t.lower_, t.lemma_.lower()
        if (low in lex.target_cues or lemma in lex.target_cues) and t.pos_ not in ("ADP", "SCONJ", "ADV"):
            return "target"
        if lemma in lex.effort_verbs and t.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in t.children):
            return "target"     # `will push to expand trade to $10 billion`
        if low in lex.forecast_cues or lemma in lex.forecast_cues:
            return "forecast"
        if t.pos_ in ("VERB", "AUX") and any(
                f"{prep.lower_} {pobj.lower_}" in lex.outlook_preps for prep in t.children if prep.dep_ == "prep"
                for pobj in prep.children if pobj.dep_ == "pobj"):
            return "forecast"   # `is on track to hit $10 billion`
        if t.pos_ == "VERB" and lemma in lex.raising_verbs and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                or (t.tag_ == "VBG" and t.head.lower_ in lex.aim_preps)):
            raising = True      # `to increase trade to`, `work towards lifting trade to`, `aimed at boosting`
    return "target" if raising else "reported"


def commodity_of(clause: Clause, mentions: list[Mention]) -> Optional[str]:
    """What is traded, from the metric's modifiers: `non-oil exports`, `exports of agricultural products`."""
    mt = clause.metric_token
    if mt is None or mt.pos_ == "VERB":
        return None
    lex = lexicon()
    words: list[str] = []
    left = [c for c in mt.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if left:
        doc = mt.doc
        for t in doc[min(c.left_edge.i for c in left):mt.i]:
            if (any(m.start <= t.idx < m.end for m in mentions) or t.lower_ in lex.commodity_skip
                    or t.dep_ in ("poss", "case", "det", "cc") or t.pos_ == "CCONJ"):
                continue
            if t.lower_ in lex.metric_nouns or t.lower_ in lex.measure_nouns or t.lower_ in lex.shipment_direction:
                continue
            words.append(t.text)
    for child in mt.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                # `shipments of tea worth $300 million`: the value phrase is not the goods
                value = {t.i for w in pobj.subtree if w.lower_ == "worth" for t in w.subtree}
                if not token_metric(pobj) and not any(
                        (t.like_num or t.is_currency) and t.i not in value for t in pobj.subtree):
                    last = max([pobj.i] + [c.i for c in pobj.conjuncts if c.i not in value])   # `of gems and jewellery`
                    last = _goods_list_end(pobj.doc, last, value)
                    words = [t.text for t in pobj.doc[pobj.left_edge.i:last + 1] if t.dep_ != "det" and t.i not in value
                             and not any(m.start <= t.idx < m.end for m in mentions)]
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip(" -–")
    return text.lower() or None
