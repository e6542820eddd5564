"""Countries referred to by name, short form or adjective, with ISO 3166-1 alpha-2 codes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Country


def find_countries(doc: Doc) -> list[Country]:
    return []


@Language.component("newsfacts_countries")
def countries_component(doc: Doc) -> Doc:
    doc._.countries = find_countries(doc)
    return doc
