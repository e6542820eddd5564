"""Meetings, talks, visits, calls, commission sessions and summits."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Meeting


def find_meetings(doc: Doc) -> list[Meeting]:
    return []


@Language.component("newsfacts_meetings")
def meetings_component(doc: Doc) -> Doc:
    doc._.meetings = find_meetings(doc)
    return doc
