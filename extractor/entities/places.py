"""Locations (cities, regions: places that are not countries) and organizations."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Location, Organization


def find_locations(doc: Doc) -> list[Location]:
    return []


def find_organizations(doc: Doc) -> list[Organization]:
    return []


@Language.component("newsfacts_places")
def places_component(doc: Doc) -> Doc:
    doc._.locations = find_locations(doc)
    doc._.organizations = find_organizations(doc)
    return doc
