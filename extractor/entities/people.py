"""Named persons with their titles and the country they represent."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Person


def find_people(doc: Doc) -> list[Person]:
    return []


@Language.component("newsfacts_people")
def people_component(doc: Doc) -> Doc:
    doc._.people = find_people(doc)
    return doc
