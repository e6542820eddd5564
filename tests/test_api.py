"""The Python API a user calls: extract, Extractor.extract / pipe / parse."""
import pytest

from extractor import Article, Extractor, extract

TEXT = (" date 2023-03-09 By Staff\n\n"
        "Kazakh Foreign Minister Aliya Temirbek met her Georgian counterpart in Tbilisi on Tuesday. "
        "Trade between the two countries reached $512.4 million in 2022.")


def test_extract_returns_an_article_whose_dump_is_the_spec_object():
    article = extract(TEXT, doc_id="kz-ge")
    assert isinstance(article, Article)
    record = article.model_dump(mode="json")
    assert record["doc_id"] == "kz-ge"
    assert record["published"] == "2023-03-09"
    assert {"people", "countries", "dates", "periods", "money", "meetings", "trade_stats", "warnings"} <= set(record)


def test_explicit_published_wins_over_the_header():
    assert extract(TEXT, published="2023-03-10").published == "2023-03-10"


def test_pipe_gives_what_extract_gives(extractor):
    one = extractor.extract(TEXT, doc_id="a").model_dump()
    [piped] = extractor.pipe([(TEXT, {"doc_id": "a"})], as_tuples=True)
    assert piped.model_dump() == one


def test_parse_until_a_component_skips_the_later_layers(extractor):
    doc = extractor.parse(TEXT, until="newsfacts_people")
    assert [p.name for p in doc._.people] == ["Aliya Temirbek"]
    assert doc._.meetings is None and doc._.trade_stats is None


def test_parse_names_an_unknown_component(extractor):
    with pytest.raises(ValueError, match="newsfacts_nothing"):
        extractor.parse(TEXT, until="newsfacts_nothing")


@pytest.mark.parametrize("bad, error", [
    (b"bytes, not text", TypeError),
    (None, TypeError),
    (42, TypeError),
])
def test_bad_text_is_a_clear_error(bad, error):
    with pytest.raises(error, match="str"):
        extract(bad)


def test_bad_published_is_a_clear_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract("Some text.", published="March 3")


def test_the_pipeline_is_loaded_once_per_process():
    assert Extractor().nlp is Extractor().nlp
