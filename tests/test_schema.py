import json

from extractor.schema import SCHEMA_PATH, article_schema


def test_committed_schema_is_current():
    """models/article.schema.json must be regenerated (python -m extractor.schema) when the models change."""
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == article_schema(), "stale schema: run `python -m extractor.schema`"
