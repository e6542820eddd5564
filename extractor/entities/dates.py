"""Calendar expressions of day, month or year granularity, resolved against the publication date."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import DateMention


def find_dates(doc: Doc) -> list[DateMention]:
    return []


@Language.component("newsfacts_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.dates = find_dates(doc)
    return doc
