"""The trade series of a country (and a partner) across articles: one row per figure,
the same figure reported by several articles merged with all its sources, figures that
disagree flagged as a conflict (never averaged).

Every statistic is read from the side of the country asked about (the *reporter* of the
series): a flow has two ends, so Belarus' exports to Azerbaijan are Azerbaijan's imports
from Belarus, and both count as the same row of Azerbaijan's series (turnover is the same
from either side). A row is one (metric, partner, period, status, commodity); its sources
keep the statistic as the article put it (``as_reported``). Two sources agree when they
give the same amount and currency (and, when both give one, the same change); any other
difference is a conflict, shown with each figure and who reported it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# the other end of a flow: A's exports to B are B's imports from A
MIRRORED_METRIC = {"exports": "imports", "imports": "exports", "turnover": "turnover"}
METRIC_ORDER = {"turnover": 0, "exports": 1, "imports": 2}


@dataclass(frozen=True)
class Source:
    """One article's statistic behind a series row."""

    doc_id: str
    published: str | None
    amount: float | None
    currency: str | None
    approximate: bool
    change_pct: float | None
    as_reported: str              # e.g. "BY exports to AZ": the statistic as the article has it
    evidence_text: str
    evidence_start: int
    evidence_end: int

    @property
    def figure(self) -> tuple[float | None, str | None]:
        return self.amount, self.currency


@dataclass
class SeriesRow:
    metric: str
    reporter: str
    partner: str | None           # None: trade with the whole world
    period_start: str | None
    period_end: str | None
    status: str
    commodity: str | None
    sources: list[Source] = field(default_factory=list)

    @property
    def figures(self) -> list[tuple[float, str | None]]:
        """The distinct amounts the sources give (amount, currency), in order of first report."""
        return list(dict.fromkeys(s.figure for s in self.sources if s.amount is not None))

    @property
    def changes(self) -> list[float]:
        return list(dict.fromkeys(s.change_pct for s in self.sources if s.change_pct is not None))

    @property
    def conflict(self) -> bool:
        return len(self.figures) > 1 or len(self.changes) > 1

    @property
    def amount(self) -> float | None:
        """The amount all sources agree on; None when none gives one or they disagree."""
        return self.figures[0][0] if len(self.figures) == 1 else None

    @property
    def currency(self) -> str | None:
        return self.figures[0][1] if len(self.figures) == 1 else None

    @property
    def change_pct(self) -> float | None:
        return self.changes[0] if len(self.changes) == 1 else None

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(s.doc_id for s in self.sources))


def oriented(stat: dict[str, Any], reporter: str) -> tuple[str, str | None, str]:
    """``(metric, partner, as_reported)`` of a statistic seen from ``reporter``'s side.
    The statistic must involve ``reporter`` (as its reporter or its partner)."""
    as_reported = describe(stat)
    if stat["reporter"] == reporter:
        return stat["metric"], stat["partner"], as_reported
    if stat["partner"] == reporter:
        return MIRRORED_METRIC[stat["metric"]], stat["reporter"], as_reported
    raise ValueError(f"the statistic {as_reported!r} does not involve {reporter}")


def describe(stat: dict[str, Any]) -> str:
    """A statistic as the article has it: ``AZ exports to BY``, ``AZ-BY turnover``."""
    reporter = stat["reporter"] or "?"
    partner = stat["partner"] or "the world"
    if stat["metric"] == "turnover":
        return f"{reporter}-{partner} turnover" if stat["partner"] else f"{reporter} turnover with the world"
    preposition = "to" if stat["metric"] == "exports" else "from"
    return f"{reporter} {stat['metric']} {preposition} {partner}"


def merge_series(stats: Iterable[dict[str, Any]], reporter: str) -> list[SeriesRow]:
    """Series rows of ``reporter`` from statistic rows (the ``trade_stats`` columns and the
    article's ``published``): merged by (metric, partner, period, status, commodity) from
    ``reporter``'s side, sorted by partner, metric, period."""
    rows: dict[tuple, SeriesRow] = {}
    for stat in stats:
        metric, partner, as_reported = oriented(stat, reporter)
        key = (metric, partner, stat["period_start"], stat["period_end"], stat["status"], stat["commodity"])
        row = rows.get(key)
        if row is None:
            row = rows[key] = SeriesRow(metric, reporter, partner, stat["period_start"], stat["period_end"],
                                        stat["status"], stat["commodity"])
        row.sources.append(Source(
            doc_id=stat["doc_id"], published=stat.get("published"), amount=stat["amount"],
            currency=stat["currency"], approximate=bool(stat["approximate"]), change_pct=stat["change_pct"],
            as_reported=as_reported, evidence_text=stat["evidence_text"],
            evidence_start=stat["evidence_start"], evidence_end=stat["evidence_end"]))
    return sorted(rows.values(), key=_row_order)


def _row_order(row: SeriesRow) -> tuple:
    # undated figures last; a period's start first, then the shorter period first
    return (row.partner or "~", METRIC_ORDER.get(row.metric, 9), row.period_start is None, row.period_start or "",
            row.period_end or "", row.status, row.commodity or "")


def query_series(conn: sqlite3.Connection, reporter: str, partner: str | None = None,
                 metric: str | None = None, status: str | None = None) -> list[SeriesRow]:
    """The series of ``reporter`` with ``partner`` (every partner, the world included, when
    None), optionally one metric (from the reporter's side) or one status."""
    if partner is None:
        where, params = "(t.reporter = ? OR t.partner = ?)", [reporter, reporter]
    else:
        where, params = ("((t.reporter = ? AND t.partner = ?) OR (t.reporter = ? AND t.partner = ?))",
                         [reporter, partner, partner, reporter])
    if status is not None:
        where += " AND t.status = ?"
        params.append(status)
    stats = conn.execute(
        f"SELECT t.*, a.published FROM trade_stats t JOIN articles a USING (doc_id) WHERE {where} "
        f"ORDER BY a.published, t.doc_id, t.stat_index", params).fetchall()
    rows = merge_series((dict(s) for s in stats), reporter)
    return [row for row in rows if metric is None or row.metric == metric]
