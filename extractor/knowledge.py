"""Load the knowledge files in ``extractor/data/`` (titles, adjectives, currencies...).

Knowledge is data: the pipeline's vocabularies live in JSON files beside the code,
read once per process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The parsed contents of ``extractor/data/<name>.json``."""
    path = resources.files("extractor") / "data" / f"{name}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
