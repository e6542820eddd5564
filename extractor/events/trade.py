"""Trade statistics: turnover, exports and imports between countries."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import TradeStat


def find_trade_stats(doc: Doc) -> list[TradeStat]:
    return []


@Language.component("newsfacts_trade")
def trade_stats_component(doc: Doc) -> Doc:
    doc._.trade_stats = find_trade_stats(doc)
    return doc
