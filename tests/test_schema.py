import json

from extractor.commands.schema import SCHEMA_PATH, article_schema


def test_committed_schema_is_current():
    """models/article.schema.json must be regenerated (python -m extractor.commands.schema) when the models change."""
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == article_schema(), "stale schema: run `python -m extractor.commands.schema`"
