"""What ``extract`` accepts: checks that name the problem with an input."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

_DATE_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


def valid_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_article_input(text: Any, published: Any = None) -> None:
    """Raise a ``TypeError``/``ValueError`` naming what ``extract`` cannot take."""
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("the article must be a str, got bytes: decode it first "
                        "(extractor.commands.batch.decode_bytes detects the encoding)")
    if not isinstance(text, str):
        raise TypeError(f"the article must be a str, got {type(text).__name__}")
    if published is not None and not isinstance(published, date) and not valid_date(published):
        raise ValueError(f"published must be a datetime.date or a 'YYYY-MM-DD' string, got {published!r}")
