"""Trade statistics: turnover, exports and imports between countries.

For each sentence: its figures (``trade_figures``), the clause of each read off the
parse (``trade_clause``), its period (``trade_time``); countries the clause does not
name come from the previous statistic or the article's main pair. Then the same
figure repeated is merged and totals are checked against their parts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..doc import warn
from ..entities.countries import place_country
from ..doc_index import tokens_where
from ..records import TradeStat
from ..spans import doc_text, span_from_spacy
from .trade_clause import (Clause, Mention, PartnerRole, clause_mentions, clause_status, commodity_of, find_clause,
                           governing_tokens, mention_role, noun_phrase_of, partner_role, resolve_direction,
                           token_metric)
from .trade_figures import (COMPARED_BEFORE_RE, Figure, bare_amount_figures, change_figures, char_span, has_multiplier_word,
                            money_figures)
from .trade_lexicon import lexicon
from .trade_time import TimeExpr, is_anaphoric, is_comparison_base, time_expressions

STATUS_RANK = {"reported": 0, "forecast": 1, "target": 2}
_DIGIT_RE = re.compile(r"\d")
# a comparison figure dated relative to the main one
YEAR_EARLIER_RE = re.compile(r"\s*(?:in |during |for )?(?:a year (?:earlier|ago|before)|the previous year|the year before|"
                             r"(?:the )?(?:same|corresponding) period (?:a year (?:earlier|ago)|of the previous year))\b", re.I)
# `(a year earlier: 66.4 billion USD)`: the same, written as a label before the figure
YEAR_EARLIER_LABEL_RE = re.compile(r"(?:a year (?:earlier|ago|before)|the previous year|the year before|"
                                   r"same period (?:of )?last year)\s*[:\-\u2013]\s*\Z", re.I)


PREVIOUS_UNIT_RE = re.compile(r"(?:the |a |its )?(?:previous|preceding|prior) (quarter|month|year|half)\b", re.I)
UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def shift_year(iso: Optional[str], years: int) -> Optional[str]:
    if not iso:
        return None
    y, m, d = (int(x) for x in iso.split("-"))
    if m == 2 and d == 29:
        d = 28
    return f"{y + years:04d}-{m:02d}-{d:02d}"


@dataclass
class Candidate:
    """A trade figure being turned into a statistic."""
    fig: Figure
    clause: Clause
    sent_index: int
    sent: SpacySpan
    time: Optional[TimeExpr] = None
    period: tuple[Optional[str], Optional[str]] = (None, None)
    status: str = "reported"
    change: Optional["Candidate"] = None           # the growth rate stated with this amount
    change_amount: Optional[float] = None
    used: bool = False
    role: Optional[PartnerRole] = None             # `X remained Y's biggest export destination at $N`
    base: bool = False                             # the `from $X` of `grew 45%, from $X to $Y`
    continues: Optional[TradeStat] = None          # the statistic a breakdown or ranking goes on from


@dataclass
class Context:
    main_pair: tuple[Optional[str], Optional[str]]
    # the article is about the trade of its main pair (they are named together again and again),
    # not about one country's trade with the world and its many partners
    bilateral: bool = True
    home: Optional[str] = None      # the dateline's country: whose trade a clause naming no owner is
    last_pair: Optional[tuple[Optional[str], Optional[str]]] = None
    last_period: tuple[Optional[str], Optional[str]] = (None, None)
    last_reported_sent: int = -10
    last_reported_end: Optional[int] = None        # where the sentence of the last reported figure ends
    last_stat_sent: int = -10
    last_metrics: set[str] = field(default_factory=set)
    # the last statistic when it was one commodity's (`Exports of building materials rose to $8.7 billion`):
    # a next figure of other goods (`Chemicals came second with $8.1 billion`) continues the breakdown
    last_commodity_stat: Optional[TradeStat] = None
    last_stat: Optional[TradeStat] = None
    # the period of each sentence's main figure: a figure naming none continues the dominant one
    main_periods: list[tuple[Optional[str], Optional[str]]] = field(default_factory=list)
    published: Optional[str] = None
    prev_sent: Optional[tuple[int, int]] = None     # the character range of the sentence before

    def dominant_period(self) -> tuple[Optional[str], Optional[str]]:
        known = [p for p in self.main_periods if p[0]]
        if not known:
            return self.last_period
        counts = Counter(known)
        best = max(counts.values())
        return next(p for p in reversed(known) if counts[p] == best)


def find_trade_stats(doc: Doc) -> list[TradeStat]:
    front = doc._.front
    mentions = _country_mentions(doc)
    money = sorted((m for m in doc._.money or [] if not (front and front.is_metadata(m.start, m.end))),
                   key=lambda m: m.start)
    times = time_expressions(doc)
    published = front.published.isoformat() if front is not None and front.published else None
    ctx = Context(main_pair=_main_pair(mentions), published=published,
                  home=place_country(front.dateline_place) if front is not None else None)
    stats: list[TradeStat] = []
    # each sentence sees only its own slice of the article's mentions: linear in the article's length
    starts = {name: [x.start for x in items] for name, items in (("m", mentions), ("$", money), ("t", times))}
    sents = sentences(doc)
    ctx.bilateral = _about_a_pair(doc, sents, ctx.main_pair[0], mentions, starts)
    for si, sent in enumerate(sents):
        def inside(name, items):
            return items[bisect_left(starts[name], sent.start_char):bisect_left(starts[name], sent.end_char)]
        stats.extend(_sentence_stats(doc, si, sent, inside("m", mentions), inside("$", money), inside("t", times),
                                     times, ctx))
        ctx.prev_sent = (sent.start_char, sent.end_char)
    stats = merge_repeats(stats)
    check_totals(doc, stats)
    return stats


def sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, also split at line breaks: a headline or caption has no full stop."""
    # spaCy splits text at every whitespace change, so a line break is in a token of its own
    breaks = [i for i in tokens_where(doc, lambda text: "\n" in text) if doc[i].is_space]
    out = []
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, sent.start):bisect_left(breaks, sent.end)]:
            if i > start:
                out.append(doc[start:i])
            start = i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return out


def _country_mentions(doc: Doc) -> list[Mention]:
    front = doc._.front
    out = []
    for country in doc._.countries or []:
        for span in country.mentions:
            if front is not None and front.is_metadata(span.start, span.end):
                continue
            sp = char_span(doc, span.start, span.end)
            if sp is not None:
                out.append(Mention(span.start, span.end, country.code, sp.root))
    out.sort(key=lambda m: m.start)
    return out


# an article whose figures name this many partners of its main country is about that country's
# trade with the world: a flow it states without a country is with the world, not with one partner
WORLD_PARTNERS = 3
_FIGURE_WORDS_RE = re.compile(r"%|\bper ?cent\b", re.I)


def _about_a_pair(doc: Doc, sents: list[SpacySpan], home: Optional[str], mentions: list[Mention],
                  starts: dict) -> bool:
    """Whether the article is about the trade of a pair of countries, not about one country's trade
    with the world: its first figure names two countries (or `bilateral`, `the two countries`), and its
    figures name fewer than WORLD_PARTNERS partners of the main country (a figure naming no country
    leaves the question to the next one)."""
    text = doc_text(doc)
    lex = lexicon()
    first: Optional[bool] = None
    partners: set[str] = set()
    for sent in sents:
        has_money = bisect_left(starts["$"], sent.start_char) < bisect_left(starts["$"], sent.end_char)
        if not has_money and not _FIGURE_WORDS_RE.search(text, sent.start_char, sent.end_char):
            continue
        codes = {m.code for m in mentions[bisect_left(starts["m"], sent.start_char):
                                           bisect_left(starts["m"], sent.end_char)]}
        low = text[sent.start_char:sent.end_char].lower()
        if first is None and (codes or any(p in low for p in lex.pair_cues)):
            first = len(codes) >= 2 or any(p in low for p in lex.pair_cues)
        partners.update(codes - {home})
    # no figure names a country: the article's pair, when it names two
    return (first if first is not None else home is not None) and len(partners) < WORLD_PARTNERS


def _main_pair(mentions: list[Mention]) -> tuple[Optional[str], Optional[str]]:
    """The article's two most named countries, the first named first."""
    counts = Counter(m.code for m in mentions)
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.code, m.start)
    top = sorted(counts, key=lambda c: (-counts[c], first_seen[c]))[:2]
    top.sort(key=lambda c: first_seen[c])
    return (top[0] if top else None, top[1] if len(top) > 1 else None)


# ---------- one sentence ----------

def _sentence_stats(doc: Doc, si: int, sent: SpacySpan, sent_mentions: list[Mention], money, sent_times: list[TimeExpr],
                    times: list[TimeExpr], ctx: Context) -> list[TradeStat]:
    if not money and not _DIGIT_RE.search(doc_text(doc), sent.start_char, sent.end_char) \
            and not has_multiplier_word(sent):
        return []       # no amount, no rate, no `doubled`: most sentences, settled at once
    monies = money_figures(doc, sent, money)
    monies += bare_amount_figures(doc, sent, monies, money)
    monies.sort(key=lambda f: f.start)
    changes = change_figures(doc, sent, monies)
    figures = sorted(monies + changes, key=lambda f: f.start)
    if not figures:
        return []
    cands: list[Candidate] = []
    change_amounts: list[tuple[Figure, int]] = []
    non_trade_end: Optional[int] = None     # where the last figure that is no trade figure ends
    for fig in figures:
        if fig.kind == "money":
            sign = _change_amount_sign(doc, fig)
            if sign:
                change_amounts.append((fig, sign))
                continue
        if non_trade_end is not None and fig.kind == "money" \
                and COMPARED_BEFORE_RE.search(doc_text(doc), non_trade_end, fig.start):
            non_trade_end = fig.end
            continue    # `sells for $1,150, compared with $900 a year ago`: the price it is compared with
        clause = find_clause(fig, sent)
        if clause.non_trade:
            non_trade_end = fig.end
        role = partner_role(fig, sent, sent_mentions) if not clause.non_trade else None
        if role is not None and (clause.metric_token is None or clause.metric_token.lemma_.lower() in
                                 lexicon().measure_nouns or clause.metric_token.lower_ in lexicon().measure_nouns):
            # a total or no metric named: the role says the flow (`... market with a turnover of $80 billion`)
            clause = Clause(role.metric, clause.metric_token, clause.verb)
        elif role is not None and clause.metric != role.metric:
            role = None
        if clause.metric is None and fig.coordinated_with is not None:
            lead = next((c for c in cands if c.fig is fig.coordinated_with), None)
            if lead is not None:
                clause = Clause(lead.clause.metric, lead.clause.metric_token, lead.clause.verb)
        if clause.metric is None and cands and RANKING_RE.search(doc_text(doc), max(sent.start_char, fig.start - 60),
                                                                 fig.start):
            # `..., followed by the US at $615 million`: the next in a ranking of the flow just given
            lead = cands[-1]
            clause = Clause(lead.clause.metric, lead.clause.metric_token, lead.clause.verb)
            if lead.role is not None and role is None:
                # (`Türkiye topped the list of importers of Egyptian goods ..., followed by Saudi Arabia at`:
                # the same reporter, the partner named with the figure)
                role = replace(lead.role, partner=None)
        if clause.metric is None and clause.anaphoric and ctx.last_metrics and ctx.last_stat_sent >= si - 1:
            # `it increased by another 14%`: the figure just given; after exports and imports, their total
            clause.metric = next(iter(ctx.last_metrics)) if len(ctx.last_metrics) == 1 else "turnover"
            if clause.own_phrase is not None and clause.own_phrase.lemma_.lower() in lexicon().sum_anaphors:
                clause.metric = "turnover"      # `the total is short of the target`: both flows together
        breakdown = ctx.last_stat if ctx.last_stat is not None and ctx.last_stat_sent >= si - 1 and \
            sent.text.lstrip().lower().startswith(lexicon().breakdown_cues) else None
        if clause.metric is None and not clause.non_trade and (ctx.last_commodity_stat or breakdown) is not None \
                and ctx.last_stat_sent >= si - 1 and _goods_subject(clause.verb) and not _names_a_flow(sent):
            # `Chemicals and fertilisers came second with $8.1 billion, while food products grew 21 percent`,
            # `Of which, electronics reached US$46.7 billion`
            last = breakdown or ctx.last_commodity_stat
            clause = Clause(last.metric, None, clause.verb)
            role = PartnerRole(last.metric, last.reporter, last.partner)
        else:
            last = None
        if clause.non_trade or clause.metric is None:
            continue
        cands.append(Candidate(fig, clause, si, sent, role=role, continues=last))
    if not cands:
        return []
    _distribute_respectively(sent, cands)
    for c in cands:
        c.status = _status(doc, c, cands)
    _assign_periods(doc, cands, sent_times, times, ctx)
    _past_bases(doc, cands, ctx)
    for c in cands:
        if c.status != "reported" and c.time is not None and not c.time.is_period and c.time.year:
            # a target `by 2030` / `by the end of this year` is for that whole year
            c.period = (f"{c.time.year:04d}-01-01", f"{c.time.year:04d}-12-31")
    _pair_changes(cands)
    for fig, sign in change_amounts:
        owner = _nearest_amount(cands, fig)
        if owner is not None and fig.amount is not None:
            owner.change_amount = sign * fig.amount
    out = []
    for c in cands:
        if c.used:
            continue
        stat = _to_stat(doc, c, sent_mentions, cands, ctx)
        if stat is not None:
            out.append(stat)
    if any(t.lower_ == "respectively" for t in sent) and any(s.partner for s in out):
        # `exports to and imports from B ... respectively`: the coordinated flows share the partner
        pair = next((s.reporter, s.partner) for s in out if s.partner)
        out = [s if s.partner or s.reporter != pair[0] else s.model_copy(update={"partner": pair[1]}) for s in out]
    return out


def _goods_subject(verb: Optional[Token]) -> bool:
    """The clause's subject is goods (a common noun, not a country, person, organisation or money
    of another kind) whose value or growth the verb states (`came second with`, `grew 21 percent to`)."""
    lex = lexicon()
    if verb is None or not (verb.lemma_.lower() in lex.figure_verbs or verb.lemma_.lower() in lex.change_sign
                            or verb.lower_ in lex.change_sign):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and not token_metric(s)
                                  and s.lemma_.lower() not in lex.anaphors and s.lower_ not in lex.non_trade_money
                                  and s.lemma_.lower() not in lex.non_trade_money for s in subjects)


def _names_a_flow(sent: SpacySpan) -> bool:
    return any(token_metric(t) for t in sent if t.pos_ in ("NOUN", "PROPN"))


def _distribute_respectively(sent: SpacySpan, cands: list[Candidate]) -> None:
    """`exports and imports amounted to $1 billion and $500 million, respectively`: in order."""
    if not any(t.lower_ == "respectively" for t in sent):
        return
    amounts = [c for c in cands if c.fig.kind == "money"]
    first = min((c.fig.start for c in amounts), default=None)
    metrics: list[tuple[str, Token]] = []
    for tok in sent:
        if first is not None and tok.idx >= first:
            break
        found = token_metric(tok)
        if found and (not metrics or metrics[-1][0] != found[0]):
            metrics.append(found)
    if len(metrics) >= 2 and len(metrics) == len(amounts):
        for c, (metric, tok) in zip(amounts, metrics):
            c.clause = Clause(metric, tok, c.clause.verb)


def _change_amount_sign(doc: Doc, fig: Figure) -> int:
    """`increased by $279.9 million`, `an increase by`, `up by`: an absolute change, not a level."""
    span = char_span(doc, fig.start, fig.end)
    if span is None or span.start == 0:
        return 0
    prev = doc[span.start - 1]
    if prev.lower_ != "by":
        return 0
    signs = lexicon().change_sign
    for tok in doc[max(span.sent.start, span.start - 4):span.start - 1]:
        s = signs.get(tok.lower_, signs.get(tok.lemma_.lower()))
        if s:
            return s
    return 0


def _nearest_amount(cands: list[Candidate], fig: Figure) -> Optional[Candidate]:
    amounts = [c for c in cands if c.fig.kind == "money"]
    after = [c for c in amounts if c.fig.start > fig.start]
    if after:
        return after[0]
    return amounts[-1] if amounts else None


# ---------- periods ----------

def _assign_periods(doc: Doc, cands: list[Candidate], sent_times: list[TimeExpr], all_times: list[TimeExpr], ctx: Context) -> None:
    usable = [t for t in sent_times if not is_comparison_base(doc, t)]
    claimed: dict[int, Candidate] = {}
    for c in cands:
        # `against $1.2 billion during July-January (2020-21)`: a period written right after a figure is
        # that figure's, also when it is the base another figure is compared with; so is one written as
        # its label (`(January-July 2023: $104.2 million)`)
        t = _written_next_to(doc, c, sent_times) or _labelled_by(doc, c, sent_times)
        if t is not None and id(t) not in claimed:
            c.time = t
            claimed[id(t)] = c
    for c in cands:
        if c.time is not None:
            continue
        t = _adjacent_right(doc, c, cands, [u for u in usable if id(u) not in claimed])
        if t is not None:
            c.time = t
            claimed[id(t)] = c
    for c in cands:
        if c.time is not None:
            continue
        # not a time inside another figure's brackets (`exports at $5m ($4m in 2016)`), nor in a clause
        # about something else (`Imports from Russia, which became India's top supplier in 2022, fell to`)
        left = [t for t in usable if t.end <= c.fig.start and not _in_other_brackets(doc_text(doc), t, c, cands)
                and not _in_side_clause(doc, t, c)]
        if c.status != "reported":
            # a target is for the future: not the month it was said in, nor a past period
            left = [t for t in left if (t.is_period or t.precision == "year")
                    and not (ctx.published and t.end_date and t.end_date < ctx.published)]
        unclaimed = [t for t in left if id(t) not in claimed]
        if unclaimed:
            c.time = unclaimed[-1]
        elif left:
            c.time = left[0]        # the main figure's period, not a comparison's: `..., while imports fell 5%`
        else:
            right = [t for t in usable if t.start >= c.fig.end and id(t) not in claimed
                     and _nearest_figure(cands, t) is c and not _in_side_clause(doc, t, c)]
            if right:
                c.time = right[0]
    for c in cands:
        if c.time is not None:
            c.time = _narrowest(doc, c.time, usable)
    sent = cands[0].sent
    main = next((c for c in cands if c.time is not None and c.time.start_date), None)
    for c in cands:
        if main is not None and c is not main and (YEAR_EARLIER_RE.match(doc_text(doc), c.fig.end)
                                                   or YEAR_EARLIER_LABEL_RE.search(doc_text(doc), max(0, c.fig.start - 40),
                                                                                   c.fig.start)):
            # `..., compared with $1.1 billion a year earlier`: the main figure's period, a year back
            c.period = (shift_year(main.time.start_date, -1), shift_year(main.time.end_date, -1))
        elif c.time is not None:
            c.period = (c.time.start_date, c.time.end_date)
        elif c.continues is not None:
            c.period = (c.continues.period_start, c.continues.period_end)   # `Of which, X reached $Y`
        elif is_anaphoric(doc_text(doc)[sent.start_char:sent.end_char]):
            # `over the said period`, `in the reporting period`: the period of the figures just given
            # (not a year-earlier base they were compared with), else the last period the article named
            before = [t for t in all_times if t.is_period and t.end <= sent.start_char and t.start_date]
            c.period = ctx.last_period if ctx.last_period[0] else \
                (before[-1].start_date, before[-1].end_date) if before else (None, None)
        elif _continues_figures(ctx, c, all_times) and c.status == "reported" and ctx.last_period[0]:
            c.period = ctx.dominant_period()   # `Imports too declined to ...`: continues the figures before
        elif c.status == "reported" and (before := _previous_sentence_period(doc, all_times, ctx)):
            c.period = before   # `... in H1 2023. Exports rose to $1.2 billion while imports ...`
    _previous_unit_of_main(cands)
    _from_to_bases(doc, cands)


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|roughly|some|just|over|under)\s+)?$", re.I)


def _past_bases(doc: Doc, cands: list[Candidate], ctx: Context) -> None:
    """`agreed to raise trade to $15bn within five years, from about $6.6bn in 2023`: the figure a
    target starts from, in a period already over, is reported, not aimed at."""
    text = doc_text(doc)
    for prev, c in zip(cands, cands[1:]):
        if c.status == "reported" or prev.status == "reported" or not c.period[1] or not ctx.published:
            continue
        if c.period[1] < ctx.published and _FROM_BEFORE_RE.search(text, prev.fig.end, c.fig.start):
            c.status = "reported"


def _from_to_bases(doc: Doc, cands: list[Candidate]) -> None:
    """`grew by 45.6 percent, from $8.91 billion to $12.97 billion`: the `from` figure is the same flow
    a year before the `to` figure's period, unless a period is written next to it."""
    amounts = [c for c in cands if c.fig.kind == "money"]
    for a, b in zip(amounts, amounts[1:]):
        if _word_before(doc, a.fig) != "from" or _word_before(doc, b.fig) != "to" \
                or a.clause.metric != b.clause.metric:
            continue
        a.base = True
        if (a.time is None or a.time is b.time) and b.period[0]:
            a.period = (shift_year(b.period[0], -1), shift_year(b.period[1], -1))


def _word_before(doc: Doc, fig: Figure) -> str:
    words = doc_text(doc)[max(0, fig.start - 12):fig.start].split()
    return words[-1].lower() if words else ""


def _continues_figures(ctx: Context, c: Candidate, times: list[TimeExpr]) -> bool:
    """The figures just before (the previous sentence's, or the one before when the sentence between
    names no time: `... in H1 2023. B is A's second partner. Exports to B were ...`) go on here."""
    if ctx.last_reported_sent >= c.sent_index - 1:
        return True
    if ctx.last_reported_sent != c.sent_index - 2 or ctx.last_reported_end is None:
        return False
    i = bisect_left([t.start for t in times], ctx.last_reported_end)
    return i >= len(times) or times[i].start >= c.sent.start_char


def _previous_sentence_period(doc: Doc, times: list[TimeExpr], ctx: Context) -> Optional[tuple[str, str]]:
    """The period the sentence just before names (its last one that is no comparison base)."""
    if ctx.prev_sent is None:
        return None
    start, end = ctx.prev_sent
    found = [t for t in times if start <= t.start < end and t.is_period and t.start_date and t.end_date
             and not is_comparison_base(doc, t)]
    return (found[-1].start_date, found[-1].end_date) if found else None


def _previous_unit_of_main(cands: list[Candidate]) -> None:
    """`rose 2.7%, down from 15.3% in the previous quarter`: the quarter before the main figure's,
    which only this layer knows (the entity layer resolves it against the text before it)."""
    main = cands[0]
    if main.time is not None and PREVIOUS_UNIT_RE.match(main.time.text):
        return
    if not (main.period[0] and main.period[1]):
        return
    start, end = date.fromisoformat(main.period[0]), date.fromisoformat(main.period[1])
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    for c in cands[1:]:
        m = PREVIOUS_UNIT_RE.match(c.time.text) if c.time is not None else None
        if m is None or start.day != 1 or UNIT_MONTHS[m.group(1).lower()] != months:
            continue
        new_start = _add_months(start, -months)
        c.period = (new_start.isoformat(), (start - timedelta(days=1)).isoformat())


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _narrowest(doc: Doc, t: TimeExpr, times: list[TimeExpr]) -> TimeExpr:
    """`April-September of the current fiscal`, `January-April of this year`: the inner, narrower one."""
    for o in times:
        if o is t or not (o.start_date and o.end_date and t.start_date and t.end_date):
            continue
        gap = doc_text(doc)[min(o.end, t.end):max(o.start, t.start)].strip().lower()
        if gap not in ("", "of", "in", ",", "(", ")", "of the", "in the"):
            continue
        if t.start_date <= o.start_date and o.end_date <= t.end_date and (o.start_date, o.end_date) != (t.start_date, t.end_date):
            return o
    return t


def _in_side_clause(doc: Doc, t: TimeExpr, c: Candidate) -> bool:
    """The time sits in a relative clause the figure is not in."""
    span = char_span(doc, t.start, t.end)
    if span is None:
        return False
    figure_line = {c.fig.anchor.i, *(a.i for a in c.fig.anchor.ancestors)}
    tok = span.root
    while tok.i not in figure_line and tok.head != tok:
        # (`the $8 billion goal both governments set for 2026`: a clause on the figure's own noun is its own)
        if tok.dep_ == "relcl" and tok.head.i not in figure_line:
            return True
        tok = tok.head
    return False


def _in_other_brackets(text: str, t: TimeExpr, c: Candidate, cands: list[Candidate]) -> bool:
    """The time is in brackets that also hold another figure: `($4m in 2016)`."""
    open_at = text.rfind("(", 0, t.start)
    close_at = text.find(")", t.end)
    if open_at < 0 or close_at < 0 or text.rfind(")", 0, t.start) > open_at:
        return False
    return any(o is not c and open_at < o.fig.start < close_at for o in cands)


def _nearest_figure(cands: list[Candidate], t: TimeExpr) -> Candidate:
    return min(cands, key=lambda o: min(abs(o.fig.start - t.end), abs(t.start - o.fig.end)))


_NEXT_TO_WORDS = frozenset({"in", "during", "for", "of", "over", "the", "in the", "for the", "during the", "over the"})


def _written_next_to(doc: Doc, c: Candidate, times: list[TimeExpr]) -> Optional[TimeExpr]:
    """The time expression that directly follows the figure, with at most a preposition between,
    or the figure's own participle (`the US$339.7 billion recorded in 2023`)."""
    text = doc_text(doc)
    for t in times:
        if t.start < c.fig.end:
            continue
        # `287 billion Australian dollars ($184 billion) in 2022`: past the figure's conversion
        words = _strip_parentheses(text[c.fig.end:t.start]).replace("(", " ").split()
        own = [w for w in c.fig.anchor.children if w.dep_ == "acl" and w.tag_ in ("VBN", "VBD")]
        if words and own and words[0] == own[0].text:
            words = words[1:]
        return t if " ".join(words).lower() in _NEXT_TO_WORDS else None
    return None


_LABEL_GAPS = frozenset({":", "-", "\u2013", "\u2014", "=", "("})


def _labelled_by(doc: Doc, c: Candidate, times: list[TimeExpr]) -> Optional[TimeExpr]:
    """The time written as the figure's label: `(January-July 2023: $104.2 million)`, `2022 - $1.9bn`,
    `up 12.4% compared to 2022 (1.94 billion USD)`."""
    text = doc_text(doc)
    before = [t for t in times if t.end <= c.fig.start]
    if before and text[before[-1].end:c.fig.start].strip() in _LABEL_GAPS:
        return before[-1]
    return None


def _adjacent_right(doc: Doc, c: Candidate, cands: list[Candidate], usable: list[TimeExpr]) -> Optional[TimeExpr]:
    """A time expression right after the figure (`$84.4 million for Jan-Sept 2022`), before any other figure."""
    for t in usable:
        if t.start < c.fig.end:
            continue
        blockers = [o for o in cands if o is not c and c.fig.end <= o.fig.start < t.start
                    and (o.fig.kind == "money" or c.fig.kind == "change")]
        if blockers:
            return None
        gap = _strip_parentheses(doc_text(doc)[c.fig.end:t.start])
        gap_span = char_span(doc, c.fig.end, t.start) if t.start > c.fig.end else None
        has_verb = gap_span is not None and any(
            tok.pos_ in ("VERB", "AUX") and not _in_brackets(doc_text(doc), c.fig.end, tok.idx) for tok in gap_span)
        has_break = gap_span is not None and any(
            tok.dep_ == "mark" or tok.pos_ == "SCONJ" or (tok.dep_ == "cc" and tok.head.pos_ in ("VERB", "AUX"))
            for tok in gap_span)
        limit = 6 if c.status == "reported" else 10      # `the target of $2 trillion in exports of goods and services by 2030`
        if len(gap.split()) <= limit and not any(p in gap for p in ";:…!?") and not has_verb and not has_break:
            return t
        return None
    return None


def _in_brackets(text: str, start: int, pos: int) -> bool:
    between = text[start:pos]
    return between.count("(") > between.count(")")


def _strip_parentheses(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


# ---------- status, growth rates ----------

def _status(doc: Doc, c: Candidate, cands: list[Candidate]) -> str:
    """From the words governing the figure: its head chain, their modals and subjects
    (`aiming to double trade to $10 billion`, `Our target is to achieve`, `can exceed`)."""
    if any(t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") for t in c.fig.anchor.children):
        return "reported"   # `exceeding the US$339.7 billion recorded in 2023`: a figure stated as done
    return clause_status(governing_tokens(c.fig.anchor, c.sent))


def _pair_changes(cands: list[Candidate]) -> None:
    """A growth rate and an amount of the same clause are one statistic (the newer figure's)."""
    changes = [c for c in cands if c.fig.kind == "change"]
    amounts = [c for c in cands if c.fig.kind == "money"]
    for ch in changes:
        options = []
        for a in amounts:
            if a.change is not None or a.clause.metric != ch.clause.metric or a.status != ch.status or a.base:
                continue
            if _separate_phrases(a.clause.metric_token, ch.clause.metric_token):
                continue    # `A's overall trade grew 5%, while its trade with B reached $40 billion`
            lo, hi = sorted((a.fig.start, ch.fig.start))
            if any(o is not ch and o.fig.kind == "change" and lo < o.fig.start < hi for o in changes):
                continue
            options.append(a)
        if not options:
            continue
        best = max(options, key=lambda a: (a.period[1] or "", -abs(a.fig.start - ch.fig.start)))
        best.change = ch
        ch.used = True


def _separate_phrases(a: Optional[Token], b: Optional[Token]) -> bool:
    """Two metric nouns that are subjects of verbs of their own and name different flows (`A's overall
    trade` / `its trade with B`): two statistics; `trade grew 12%, and the turnover reached $3 billion` is one."""
    if a is None or b is None or a == b or a.pos_ == "VERB" or b.pos_ == "VERB":
        return False
    if not (a.dep_ in ("nsubj", "nsubjpass") and b.dep_ in ("nsubj", "nsubjpass") and a.head != b.head):
        return False
    oa, ob = _owner_words(a), _owner_words(b)
    if oa and ob and oa != ob:
        return True     # `Saudi exports ... were worth $211 million, while Uzbek exports ... jumped 27 percent`
    ma, mb = _flow_markers(a), _flow_markers(b)
    return bool(ma) and bool(mb) and ma != mb


def _owner_words(tok: Token) -> frozenset[str]:
    """The country words that own a metric noun: `Saudi exports`, `Uzbekistan's exports`."""
    return frozenset(c.lower_ for c in tok.children
                     if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE"))


def _flow_markers(tok: Token) -> frozenset[str]:
    """The direction preps (`with`, `to`) of a metric noun and whether it has an owner (`A's`)."""
    preps = lexicon().direction_preps
    return frozenset(c.lower_ if c.dep_ == "prep" else "owner" for c in tok.children
                     if (c.dep_ == "prep" and c.lower_ in preps) or c.dep_ == "poss")


# ---------- the statistic ----------

def _to_stat(doc: Doc, c: Candidate, sent_mentions: list[Mention], cands: list[Candidate], ctx: Context) -> Optional[TradeStat]:
    lex = lexicon()
    fig, clause = c.fig, c.clause
    next_start = min((o.fig.start for o in cands if o.fig.start > fig.start), default=c.sent.end_char)
    roles = clause_mentions(fig, clause, sent_mentions, next_start)
    reporter, partner = resolve_direction(clause.metric, roles)
    if c.role is not None:
        reporter, partner = c.role.reporter, c.role.partner
    named = _country_named_with(doc, fig, sent_mentions)
    if named is not None and named.code != reporter \
            and mention_role(named, sent_mentions) in PARTNER_ROLES.get(clause.metric, ()) + ("other",):
        # `to India (N1.83 trillion), Spain (N1.21 trillion)`, `followed by the US at $615 million`:
        # the country the figure is given for
        partner = named.code
    phrase = _metric_phrase(c).lower()
    wide_phrase = noun_phrase_of(clause.metric_token).text.lower() if clause.metric_token is not None else ""
    if any(g in wide_phrase.split() or g in wide_phrase for g in lex.global_cues):
        return None
    sent_text = _text_outside_names(doc, c.sent)
    if any(g in phrase for g in lex.global_cues):
        return None
    pair_cue = any(p in phrase for p in lex.pair_cues) or (clause.anaphoric and clause.metric_token is None)
    # `overall trade` is the country's with the world, `overall trade between them` the pair's
    # (a cue inside another figure's own phrase is that figure's: `total trade with B rose to $X,
    # with exports at $Y`)
    other_phrases = [noun_phrase_of(o.clause.metric_token).text.lower() for o in cands
                     if o is not c and o.clause.metric_token is not None and o.clause.metric_token is not clause.metric_token]
    world_words = [w for w in lex.world_cues
                   if w in phrase or (w in sent_text and not any(w in op for op in other_phrases))]
    mt = clause.metric_token
    if mt is not None and mt.pos_ == "NOUN" and any(
            ch.dep_ in ("amod", "compound") and ch.lower_ in lex.soft_world_modifiers for ch in mt.children) \
            and not any(ch.dep_ == "prep" and ch.lower_ in lex.direction_preps for ch in mt.children):
        # `Oman's total non-oil exports stood at ...`: a total with no direction is the world's (a total of
        # trade right after a pair's figures may be their sum: a soft cue, as `total trade` is)
        world_words.append(next(iter(lex.soft_world_cues)) if clause.metric == "turnover" else "total")
    world = bool(world_words) and not partner and not pair_cue
    if world and not sent_mentions and all(w in lex.soft_world_cues for w in world_words) \
            and _continues_pair(ctx, ctx.main_pair[0], c.sent_index) and ctx.last_stat_sent < c.sent_index:
        # `Overall trade was up 4%` right after the pair's figures, naming no country: their sum
        world, pair_cue = False, True
    if not (world or pair_cue or sent_mentions or partner) and any(e in sent_text for e in lex.economy_cues):
        world = True    # `exports are expected to grow 5% as the economy recovers`: the economy as a whole
    context_pair = _context_pair(ctx, pair_cue, c.sent_index)
    # countries of the sentence that no other figure's clause claims (`According to ... of A, trade with B`)
    claimed = {id(m) for o in cands if o is not c and o is not c.change for _, m in clause_mentions(
        o.fig, o.clause, sent_mentions, c.sent.end_char)}
    free = [m for m in sent_mentions if id(m) not in claimed and m not in [x for _, x in roles]]
    if reporter is None and partner is None:
        others = [m.code for m in free]
        if world:
            reporter = others[0] if others else ctx.main_pair[0]   # `our foreign trade`
        elif _open_direction(clause, sent_mentions) and all(context_pair) and ctx.last_stat_sent == c.sent_index:
            # `..., while imports from the Asian country dropped 34%`: the pair just given, its partner
            # described (a country of the goods, `Chinese-made electronics`, owns no flow)
            reporter, partner = context_pair
        elif others and not pair_cue:
            directed = [m.code for m in free if mention_role(m, sent_mentions) in PARTNER_ROLES.get(clause.metric, ())]
            if directed and len(set(others)) == 1:
                # `Exports to China drop 14%` with `to China` parsed on another word: still the destination
                partner = directed[0]
                reporter = next((x for x in context_pair if x and x != partner), None) or ctx.home
            elif _partner_of_world_trader(ctx, free, sent_mentions):
                # `Switzerland ranked third with $1.1 billion in turnover` in an article about A's
                # trade with the world: a country named without owning the flow is A's partner
                reporter, partner = ctx.main_pair[0], others[0]
            else:
                reporter = others[0]
                partner = next((x for x in others[1:] if x != reporter), None)
                if partner is None and clause.metric == "turnover" and reporter in context_pair:
                    # `Mr Umarov, Uzbekistan's Deputy Prime Minister, said trade could reach $1bn`:
                    # trade is two countries', the pair's other one
                    partner = next((x for x in context_pair if x and x != reporter), None)
        elif c.status == "forecast" and clause.metric != "turnover" and not pair_cue and not clause.anaphoric:
            # `Exports are expected to grow 5%`: an outlook of one flow naming no country nor the pair is
            # the country's trade with the world (`trade is expected to reach` stays the pair's)
            world = True
            reporter = ctx.main_pair[0]
        else:
            reporter, partner = context_pair
    elif reporter is None:
        reporter = next((x for x in context_pair if x and x != partner), None)
        if reporter is None:
            reporter = next((x for x in (m.code for m in free) if x != partner), None)
        if reporter is None and ctx.home != partner:
            reporter = ctx.home     # `ISLAMABAD: ... exports to Japan stood at $61 million`
    elif partner is None and not world and (free_partner := _free_partner(clause.metric, reporter, free, sent_mentions)):
        partner = free_partner      # `Imports from Japan grew 4%, accounting for $395 million of A's purchases`
    elif partner is None and not world and (pair_cue or clause.anaphoric or _open_direction(clause, sent_mentions)
                                            or _pair_told(sent_text, other_phrases)
                                            or (ctx.bilateral and _continues_pair(ctx, reporter, c.sent_index))
                                            or _continues_pair(ctx, reporter, c.sent_index, same_sentence=True)):
        # `imports from its neighbour`, `their bilateral trade`, `India's exports were ...` right after
        # the India-Sri Lanka figure: the partner is the pair's other country
        partner = next((x for x in _context_pair(ctx, True, c.sent_index) if x and x != reporter), None)
    if partner is None and not world and reporter is not None and _open_direction(clause, sent_mentions):
        # `Imports from the Southeast Asian country rose ..., Malaysian data showed`: the reporter came from
        # elsewhere in the sentence, the described partner is the pair's other country
        partner = next((x for x in _context_pair(ctx, True, c.sent_index) if x and x != reporter), None)
    if world:
        partner = None
    if reporter is None:
        return None
    change = c.change
    amount = fig.amount if fig.kind == "money" else None
    currency = fig.currency if fig.kind == "money" else None
    change_pct = fig.change_pct if fig.kind == "change" else (change.fig.change_pct if change else None)
    period = c.period
    if period == (None, None) and change is not None:
        period = change.period
    status = c.status
    if status == "reported" and period[0] and ctx.published and period[0] > ctx.published:
        # `Zim, Belarus eye US$1bn trade by 2030` (a headline the parser could not read): a figure for a
        # period still to come is not reported; an aim when the sentence says so, else an outlook
        words = {t.lower_ for t in c.sent} | {t.lemma_.lower() for t in c.sent}
        status = "target" if words & lex.target_cues else "forecast"
    stat = TradeStat(
        metric=clause.metric, reporter=reporter, partner=partner, amount=amount, currency=currency,
        approximate=fig.approximate, change_pct=change_pct, change_amount=c.change_amount,
        period_start=period[0], period_end=period[1], commodity=commodity_of(clause, sent_mentions),
        status=status, evidence=span_from_spacy(c.sent),
    )
    ctx.last_pair = (reporter, partner)
    ctx.last_stat = stat
    ctx.last_commodity_stat = stat if stat.commodity and status == "reported" else (
        ctx.last_commodity_stat if c.role is not None and ctx.last_commodity_stat is not None else None)
    if ctx.last_stat_sent != c.sent_index:
        ctx.last_metrics = set()
    ctx.last_metrics.add(clause.metric)
    ctx.last_stat_sent = c.sent_index
    if c.status == "reported" and ctx.last_reported_sent != c.sent_index:
        # the sentence's first figure is its main one; later ones are often comparisons
        ctx.last_period = period
        ctx.last_reported_sent = c.sent_index
        ctx.last_reported_end = c.sent.end_char
        ctx.main_periods.append(period)
    return stat


def _text_outside_names(doc: Doc, sent: SpacySpan) -> str:
    """The sentence in lower case with organisation names blanked: `the Korea International Trade
    Association` is no sign of `international trade`."""
    text = doc_text(doc)[sent.start_char:sent.end_char].lower()
    for ent in sent.ents:
        if ent.label_ == "ORG":
            a, b = ent.start_char - sent.start_char, ent.end_char - sent.start_char
            text = text[:a] + " " * (b - a) + text[b:]
    return text


PARTNER_ROLES = {"imports": ("source",), "exports": ("dest",), "turnover": ("with", "second")}
# `followed by`, `ahead of`: the next entries of a ranking
RANKING_RE = re.compile(r"\b(?:followed\s+by|ahead\s+of|then\s+by|next\s+came)\b[^.;]*\Z", re.I)
# between a country and the figure given for it: `Spain (N1.21 trillion)`, `the US at $615 million`
_NAMED_WITH_RE = re.compile(r"\s*(?:\(\s*|,?\s+(?:at|with)\s+(?:about\s+|some\s+|around\s+)?|:\s*)\Z", re.I)


def _country_named_with(doc: Doc, fig: Figure, mentions: list[Mention]) -> Optional[Mention]:
    """The country mention written right before the figure it is given for."""
    before = [m for m in mentions if m.end <= fig.start]
    if not before:
        return None
    m = before[-1]
    return m if _NAMED_WITH_RE.match(doc_text(doc)[m.end:fig.start]) else None


def _partner_of_world_trader(ctx: Context, free: list[Mention], mentions: list[Mention]) -> bool:
    """The article is about its main country's trade with the world, and the sentence names other
    countries only, none of them owning a flow (`A's exports`)."""
    main = ctx.main_pair[0]
    return (not ctx.bilateral and main is not None and all(m.code != main for m in mentions)
            and all(mention_role(m, mentions) != "owner" or _ranked(m.token) for m in free))


def _ranked(tok: Token) -> bool:
    """The subject of a copula (`Switzerland ranked third`, `Japan was next`): ranked, not trading."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lexicon().copular_verbs


def _free_partner(metric: str, reporter: str, free: list[Mention], mentions: list[Mention]) -> Optional[str]:
    """A country of the sentence outside the figure's phrase, in the role a partner takes for this flow."""
    return next((m.code for m in free if m.code != reporter
                 and mention_role(m, mentions) in PARTNER_ROLES.get(metric, ())), None)


def _pair_told(sent_text: str, other_phrases: list[str]) -> bool:
    """`the two countries were on track to meet the target of $5bn in annual trade`: the sentence
    speaks of the pair (outside another figure's own phrase)."""
    low = sent_text.lower()
    return any(p in low and not any(p in o for o in other_phrases) for p in lexicon().pair_cues
               if " " in p)


def _continues_pair(ctx: Context, reporter: str, sent_index: int, same_sentence: bool = False) -> bool:
    """The previous sentence's figure (with ``same_sentence``: an earlier figure of this
    sentence, `A's trade with B rose to $X, with exports at $Y`) was this country's trade
    with a partner."""
    return (ctx.last_stat_sent >= sent_index - (0 if same_sentence else 1) and ctx.last_pair is not None
            and ctx.last_pair[1] is not None and reporter in ctx.last_pair)


def _open_direction(clause: Clause, mentions: list[Mention]) -> bool:
    """A `to` / `from` / `with` whose object is no country (`from the Central Asian country`)."""
    lex = lexicon()
    heads = [t for t in (clause.metric_token, clause.verb) if t is not None]
    # `imported $1.8 billion worth of goods from its neighbour`: also the verb's objects' preps
    heads += [o for h in list(heads) if h.pos_ == "VERB" for o in h.children if o.dep_ in ("dobj", "attr")]
    heads += [o for h in list(heads) for o in h.children if o.lower_ == "worth"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.direction_preps:
                continue
            for pobj in prep.children:
                # (`rose to R177.6bn`: the `to` of an amount points at no country)
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and not any(ch.isdigit() for ch in pobj.text) \
                        and not any(m.token.i in {t.i for t in pobj.subtree} for m in mentions):
                    return True
    return False


def _metric_phrase(c: Candidate) -> str:
    mt = c.clause.metric_token
    if mt is None:
        return ""
    if mt.pos_ == "VERB":
        return mt.text
    doc = mt.doc
    return doc[mt.left_edge.i:mt.right_edge.i + 1].text


def _context_pair(ctx: Context, pair_cue: bool, sent_index: int) -> tuple[Optional[str], Optional[str]]:
    """The countries of a figure whose clause names none. `the two countries`: the pair of the last
    statistic. Otherwise the statistic just before (one sentence may stand between) goes on; else the
    article's pair when it is about a pair, else the article's country with the world."""
    if pair_cue:
        return ctx.last_pair if ctx.last_pair and all(ctx.last_pair) else ctx.main_pair
    if ctx.last_pair and ctx.last_pair[0] and ctx.last_stat_sent >= sent_index - 2:
        # in an article about one country's many partners, only its own trade goes on
        return ctx.last_pair if ctx.bilateral else (ctx.last_pair[0], None)
    return ctx.main_pair if ctx.bilateral else (ctx.main_pair[0], None)


# ---------- whole article ----------

def _flow_key(s: TradeStat) -> tuple:
    if s.metric == "turnover":
        return ("turnover",) + tuple(sorted(x or "" for x in (s.reporter, s.partner)))
    if s.metric == "imports":
        return ("exports", s.partner, s.reporter)
    return ("exports", s.reporter, s.partner)


def _value_key(s: TradeStat) -> tuple:
    if s.amount is not None:
        return (s.currency, round(s.amount, -3))
    return ("%", s.change_pct)


def merge_repeats(stats: list[TradeStat]) -> list[TradeStat]:
    """The same figure repeated is one statistic; the same figure for another period is another."""
    out: list[TradeStat] = []
    for s in stats:
        twin = next((o for o in out if _flows_compatible(o, s) and _periods_compatible(o, s)
                     and (_value_key(o) == _value_key(s) or _same_change(o, s) or _rounded_alike(o, s))), None)
        if twin is None:
            out.append(s)
            continue
        updates = {}
        if _rounded_alike(twin, s) and _significant_digits(s.amount) > _significant_digits(twin.amount):
            updates["amount"] = s.amount     # the body's exact figure over the headline's rounded one
        for name in ("amount", "currency", "period_start", "period_end", "change_pct", "change_amount", "commodity"):
            if getattr(twin, name) is None and getattr(s, name) is not None:
                updates[name] = getattr(s, name)
        if twin.partner is None and s.partner is not None:
            updates.update(reporter=s.reporter, partner=s.partner, metric=s.metric)
        if STATUS_RANK[s.status] > STATUS_RANK[twin.status]:
            updates["status"] = s.status
        if updates:
            out[out.index(twin)] = twin.model_copy(update=updates)
    return out


def _flows_compatible(a: TradeStat, b: TradeStat) -> bool:
    """The same flow, or one naming only a country of the other (a headline's `A, B eye $20 billion trade`)."""
    if _flow_key(a) == _flow_key(b):
        return True
    if a.metric != b.metric or (a.partner is not None and b.partner is not None):
        return False
    lone, full = (a, b) if a.partner is None else (b, a)
    return full.partner is not None and lone.reporter in (full.reporter, full.partner)


ROUNDING_SHARE = 0.02   # a rounded figure differs from the exact one by no more than this share


def _rounded_alike(a: TradeStat, b: TradeStat) -> bool:
    """A headline's `tops 5.5 trln rubles in 2023` and the body's `5.52 trillion rubles in 2023`: one
    amount written rounded to fewer digits is the other, for the same period and status."""
    if a.amount is None or b.amount is None or a.currency != b.currency or a.amount == b.amount \
            or a.status != b.status or abs(a.amount - b.amount) > ROUNDING_SHARE * max(a.amount, b.amount) \
            or a.period_start is None or (a.period_start, a.period_end) != (b.period_start, b.period_end):
        return False
    coarse, fine = sorted((a.amount, b.amount), key=_significant_digits)
    if _significant_digits(coarse) >= _significant_digits(fine):
        return False
    step = 10 ** (len(str(int(coarse))) - _significant_digits(coarse))
    return round(fine / step) * step == int(coarse)


def _significant_digits(amount: float) -> int:
    return len(str(int(amount)).rstrip("0")) if amount >= 1 else 99


def _same_change(a: TradeStat, b: TradeStat) -> bool:
    """A headline's `trade rises 14%` and the body's `reached $X, up 14%` are one statistic."""
    if a.change_pct is None or b.change_pct is None or (a.amount is not None and b.amount is not None):
        return False
    return abs(a.change_pct - b.change_pct) < 0.05


def _periods_compatible(a: TradeStat, b: TradeStat) -> bool:
    if a.period_start is None or b.period_start is None:
        return True
    return (a.period_start, a.period_end) == (b.period_start, b.period_end)


def check_totals(doc: Doc, stats: list[TradeStat]) -> None:
    """Warn when a turnover is not the sum of the exports and imports reported with it (within 1%)."""
    for t in stats:
        if t.metric != "turnover" or t.amount is None or not t.partner:
            continue
        a, b = t.reporter, t.partner
        same = [s for s in stats if s is not t and s.amount is not None and s.currency == t.currency
                and (s.period_start, s.period_end) == (t.period_start, t.period_end) and s.status == t.status]
        out_flow = next((s for s in same if _flow_key(s) == ("exports", a, b)), None)
        in_flow = next((s for s in same if _flow_key(s) == ("exports", b, a)), None)
        if out_flow is None or in_flow is None:
            continue
        total = out_flow.amount + in_flow.amount
        if abs(total - t.amount) > 0.01 * t.amount:
            warn(doc, f"trade figures do not add up: {a}-{b} turnover {t.amount:,.0f} {t.currency} "
                      f"for {t.period_start}..{t.period_end}, but exports + imports = {total:,.0f}")


@Language.component("newsfacts_trade")
def trade_stats_component(doc: Doc) -> Doc:
    doc._.trade_stats = find_trade_stats(doc)
    return doc
