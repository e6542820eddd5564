"""The closing line of a batch on stderr, the same for the local and the Dask engine."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Summary:
    """What a batch produced, for the closing line on stderr."""

    articles: int = 0
    errors: int = 0
    meetings: int = 0
    trade_stats: int = 0
    warned: int = 0
    skipped: int = 0

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            self.errors += 1
            return
        self.articles += 1
        self.meetings += len(record.get("meetings") or ())
        self.trade_stats += len(record.get("trade_stats") or ())
        self.warned += bool(record.get("warnings"))

    def line(self, seconds: float) -> str:
        done = self.articles + self.errors
        rate = done / seconds if seconds > 0 else 0.0
        parts = [f"{self.articles} articles", plural(self.errors, "error"),
                 plural(self.meetings, "meeting"), plural(self.trade_stats, "trade statistic"),
                 f"{self.warned} with warnings"]
        text = f"newsfacts: {', '.join(parts)} in {seconds:.1f} s ({rate:.2f} articles/s)"
        if self.skipped:
            text += f"; {self.skipped} skipped (already in the output)"
        return text


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
