"""The JSON Schema of the records, generated from the pydantic models."""
from __future__ import annotations

import json
from pathlib import Path

from ..records import Article

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "models" / "article.schema.json"


def article_schema() -> dict:
    return Article.model_json_schema(mode="serialization")


def schema_text() -> str:
    return json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    # python -m extractor.commands.schema: regenerate models/article.schema.json
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
