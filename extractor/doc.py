"""The ``Doc._`` attributes the newsfacts components read and write.

Declared once here so every layer agrees on them. Lists are filled by the
component named beside them; ``front`` is set by ``Extractor.make_doc``.
"""
from __future__ import annotations

from spacy.tokens import Doc

ATTRIBUTES = {
    "front": None,          # frontmatter.FrontMatter
    "doc_id": None,
    "countries": None,      # newsfacts_countries: list[records.Country]
    "locations": None,      # newsfacts_places: list[records.Location]
    "organizations": None,  # newsfacts_places: list[records.Organization]
    "people": None,         # newsfacts_people: list[records.Person]
    "dates": None,          # newsfacts_dates: list[records.DateMention]
    "periods": None,        # newsfacts_periods: list[records.Period]
    "money": None,          # newsfacts_money: list[records.Money]
    "meetings": None,       # newsfacts_meetings: list[records.Meeting]
    "trade_stats": None,    # newsfacts_trade: list[records.TradeStat]
    "warnings": None,       # any component: list[str]
}

for _name, _default in ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def warn(doc: Doc, message: str) -> None:
    """Record something the pipeline doubted on the article's ``warnings``."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)
