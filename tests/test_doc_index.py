"""doc_index: the per-Doc lookups the layers share instead of a Token per word."""
import pytest
from spacy.attrs import LEMMA, LOWER

from extractor.doc_index import entities, tokens_in, tokens_where


@pytest.mark.parametrize("text, words, attrs, expected", [
    # by word or lemma: `met` is found as `meet`, `Talks` as `talks`
    ("The ministers met and held Talks in Oslo.", {"meet", "talks"}, (LOWER, LEMMA), ["met", "Talks"]),
    ("Exports doubled while imports tripled.", {"double", "triple"}, (LEMMA,), ["doubled", "tripled"]),
    # by lowercase form only: the lemma does not count
    ("Exports doubled.", {"double"}, (LOWER,), []),
    ("VISIT, visit and Visit", {"visit"}, (LOWER,), ["VISIT", "visit", "Visit"]),
    ("", {"visit"}, (LOWER, LEMMA), []),
])
def test_tokens_in(extractor, text, words, attrs, expected):
    doc = extractor.parse(text, until="newsfacts_front_matter")
    assert [doc[i].text for i in tokens_in(doc, words, attrs)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Headline\nFirst line.\n\nSecond para.", ["\n", "\n\n"]),
    ("No line break at all.", []),
])
def test_tokens_where_finds_line_breaks(extractor, text, expected):
    doc = extractor.parse(text, until="newsfacts_front_matter")
    assert [doc[i].text for i in tokens_where(doc, lambda s: "\n" in s)] == expected


def test_entities_are_the_docs(extractor):
    doc = extractor.parse("Anna Kovac flew to Warsaw.", until="newsfacts_front_matter")
    assert [(e.text, e.label_) for e in entities(doc)] == [(e.text, e.label_) for e in doc.ents]
