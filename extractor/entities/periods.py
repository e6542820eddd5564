"""Expressions naming an interval longer than a day."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Period


def find_periods(doc: Doc) -> list[Period]:
    return []


@Language.component("newsfacts_periods")
def periods_component(doc: Doc) -> Doc:
    doc._.periods = find_periods(doc)
    return doc
