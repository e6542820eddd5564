"""The trade vocabulary of ``data/trade.json`` as lookup sets, built once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import knowledge


@dataclass(frozen=True)
class TradeLexicon:
    metric_nouns: dict[str, str]        # word -> metric
    metric_verbs: dict[str, str]        # verb lemma -> metric
    measure_nouns: frozenset[str]
    shipment_nouns: frozenset[str]
    shipment_direction: dict[str, str]
    non_figure_heads: frozenset[str]
    non_trade_money: frozenset[str]
    non_trade_verbs: frozenset[str]
    price_verbs: frozenset[str]
    direction_preps: dict[str, str]
    pair_cues: tuple[str, ...]
    world_cues: tuple[str, ...]
    global_cues: tuple[str, ...]
    change_sign: dict[str, int]         # word -> +1 / -1
    share_words: frozenset[str]
    target_cues: frozenset[str]
    effort_verbs: frozenset[str]
    price_units: tuple[str, ...]
    soft_world_modifiers: frozenset[str]
    ranking_verbs: frozenset[str]
    ranking_nouns: frozenset[str]
    breakdown_cues: tuple[str, ...]
    forecast_cues: frozenset[str]
    comparison_cues: frozenset[str]
    comparison_over: frozenset[str]
    earlier_period_starts: tuple[str, ...]
    anaphoric_periods: tuple[str, ...]
    commodity_skip: frozenset[str]
    hedges: frozenset[str]
    period_nouns: frozenset[str]
    anaphors: frozenset[str]
    change_after: dict[str, int]
    figure_verbs: frozenset[str]
    raising_verbs: frozenset[str]
    shipment_default: dict[str, str]
    multiplier_verbs: dict[str, float]  # verb lemma -> change in percent
    economy_cues: tuple[str, ...]
    sum_anaphors: frozenset[str]
    soft_world_cues: tuple[str, ...]
    aim_preps: frozenset[str]
    outlook_preps: frozenset[str]
    partner_role_nouns: dict[str, str]  # noun -> metric: `export destination`, `source of imports`
    copular_verbs: frozenset[str]


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: key for key, words in groups.items() for word in words}


@lru_cache(maxsize=None)
def lexicon() -> TradeLexicon:
    data = knowledge.load("trade")
    sign = {w: 1 for w in data["change_up"]}
    sign.update({w: -1 for w in data["change_down"]})
    return TradeLexicon(
        metric_nouns=_invert(data["metric_nouns"]),
        metric_verbs=_invert(data["metric_verbs"]),
        measure_nouns=frozenset(data["measure_nouns"]),
        shipment_nouns=frozenset(data["shipment_nouns"]),
        shipment_direction=dict(data["shipment_direction"]),
        non_figure_heads=frozenset(data["non_figure_heads"]),
        non_trade_money=frozenset(data["non_trade_money"]),
        non_trade_verbs=frozenset(data["non_trade_verbs"]),
        price_verbs=frozenset(data["price_verbs"]),
        direction_preps=dict(data["direction_preps"]),
        pair_cues=tuple(data["pair_cues"]),
        world_cues=tuple(data["world_cues"]),
        global_cues=tuple(data["global_cues"]),
        change_sign=sign,
        share_words=frozenset(data["share_words"]),
        target_cues=frozenset(data["target_cues"]),
        effort_verbs=frozenset(data["effort_verbs"]),
        price_units=tuple(data["price_units"]),
        soft_world_modifiers=frozenset(data["soft_world_modifiers"]),
        ranking_verbs=frozenset(data["ranking_verbs"]),
        ranking_nouns=frozenset(data["ranking_nouns"]),
        breakdown_cues=tuple(data["breakdown_cues"]),
        forecast_cues=frozenset(data["forecast_cues"]),
        comparison_cues=frozenset(data["comparison_cues"]),
        comparison_over=frozenset(data["comparison_over"]),
        earlier_period_starts=tuple(data["earlier_period_starts"]),
        anaphoric_periods=tuple(data["anaphoric_periods"]),
        commodity_skip=frozenset(data["commodity_skip"]),
        hedges=frozenset(data["hedges"]),
        period_nouns=frozenset(data["period_nouns"]),
        anaphors=frozenset(data["anaphors"]),
        change_after=dict(data["change_after"]),
        figure_verbs=frozenset(data["figure_verbs"]),
        raising_verbs=frozenset(data["raising_verbs"]),
        shipment_default=dict(data["shipment_default"]),
        multiplier_verbs=dict(data["multiplier_verbs"]),
        economy_cues=tuple(data["economy_cues"]),
        sum_anaphors=frozenset(data["sum_anaphors"]),
        soft_world_cues=tuple(data["soft_world_cues"]),
        aim_preps=frozenset(data["aim_preps"]),
        outlook_preps=frozenset(data["outlook_preps"]),
        partner_role_nouns=dict(data["partner_role_nouns"]),
        copular_verbs=frozenset(data["copular_verbs"]),
    )
