"""Monetary amounts in whole units with ISO 4217 currency codes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Money


def find_money(doc: Doc) -> list[Money]:
    return []


@Language.component("newsfacts_money")
def money_component(doc: Doc) -> Doc:
    doc._.money = find_money(doc)
    return doc
