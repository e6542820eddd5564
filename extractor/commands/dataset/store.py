"""The SQLite file of the dataset: opening it (the schema is ``schema.sql``) and loading
records into it, idempotently by ``doc_id``.

Loading an article deletes every row it had and inserts its new ones in the same
transaction, so the same records loaded twice leave the same database, and a load that
stops half way leaves every article either as it was or as it is now. A line that is
not an article (broken JSON, an error record, a record that does not validate) is
skipped with its reason, and whatever the database already holds for that doc_id stays.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from pydantic import ValidationError

from ...records import Article, Span
from ..records_file import RecordLine

SCHEMA_VERSION = 1
# tables holding an article's rows, children first (the order rows are deleted in)
ARTICLE_TABLES = ("meeting_countries", "meeting_participants", "meetings", "trade_stats", "people", "articles")
# articles written per transaction: one commit per article would make a large load slow
# (a commit waits for the disk), and an article is never split between two transactions
ARTICLES_PER_TRANSACTION = 500


class DatasetError(Exception):
    """A database that cannot be used, with a message naming it."""


def schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def open_dataset(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the dataset at ``path``, its tables created when new. Raises
    ``DatasetError`` naming the file when it is not SQLite, was written by another
    schema version, or (``create=False``) does not exist."""
    path = Path(path)
    if not create and not path.is_file():
        raise DatasetError(f"{path}: no such database (create it with `newsfacts dataset RECORDS... --db {path}`)")
    try:
        conn = sqlite3.connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            conn.close()
            raise DatasetError(f"{path}: a dataset of schema version {version}; this newsfacts reads version "
                               f"{SCHEMA_VERSION}")
        if version == 0:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                conn.close()
                raise DatasetError(f"{path}: an SQLite database, but not a newsfacts dataset")
            with conn:
                conn.executescript(schema_sql())
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        raise DatasetError(f"{path}: cannot be used as a dataset: {exc}") from None
    conn.row_factory = sqlite3.Row
    return conn


# ---------------------------------------------------------------- records -> rows

def _span(span: Span | None) -> tuple[str | None, int | None, int | None]:
    return (span.text, span.start, span.end) if span is not None else (None, None, None)


def article_rows(article: Article, source: str) -> dict[str, list[tuple]]:
    """The rows of one article, table by table, in the column order of ``schema.sql``."""
    doc_id = article.doc_id
    rows: dict[str, list[tuple]] = {table: [] for table in ARTICLE_TABLES}
    rows["articles"].append((doc_id, article.published, article.publisher, json.dumps(article.authors),
                             json.dumps(article.warnings, ensure_ascii=False), source))
    for i, person in enumerate(article.people):
        first = person.mentions[0] if person.mentions else None
        rows["people"].append((doc_id, i, person.name, json.dumps(person.titles, ensure_ascii=False),
                               person.country, person.organization, *_span(first)))
    for i, meeting in enumerate(article.meetings):
        rows["meetings"].append((doc_id, i, meeting.kind, meeting.status, meeting.date, meeting.date_source,
                                 meeting.location, json.dumps(meeting.topics, ensure_ascii=False),
                                 *_span(meeting.evidence)))
        for k, p in enumerate(meeting.participants):
            rows["meeting_participants"].append((doc_id, i, k, p.name, p.title, p.country))
        for k, code in enumerate(meeting.countries):
            rows["meeting_countries"].append((doc_id, i, k, code))
    for i, stat in enumerate(article.trade_stats):
        rows["trade_stats"].append((doc_id, i, stat.metric, stat.reporter, stat.partner, stat.amount,
                                    stat.currency, int(stat.approximate), stat.change_pct, stat.change_amount,
                                    stat.period_start, stat.period_end, stat.commodity, stat.status,
                                    *_span(stat.evidence)))
    return rows


def as_article(line: RecordLine) -> tuple[Article | None, str | None]:
    """The article a line holds, or why it is skipped."""
    if line.record is None:
        return None, line.problem
    record = line.record
    if "error" in record:
        err = record["error"] if isinstance(record["error"], dict) else {}
        return None, (f"error record for {record['doc_id']} ({err.get('type', '?')}: "
                      f"{err.get('message', '?')}): no article to load")
    # fields added to the output after this version are not the dataset's: ignored
    known = {k: v for k, v in record.items() if k in Article.model_fields}
    try:
        return Article.model_validate(known), None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return None, f"not an article record of {record['doc_id']}: {where}: {first['msg']}{more}"


# ---------------------------------------------------------------- loading

@dataclass
class LoadReport:
    """What a load did: articles written (new or replacing their earlier rows), and every
    line skipped with its reason (``FILE:LINE: reason``)."""

    added: int = 0
    replaced: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # about the inputs, nothing skipped


def load_records(conn: sqlite3.Connection, lines: Iterable[RecordLine]) -> LoadReport:
    """Load the articles among ``lines`` into the dataset; see the module's docstring."""
    report = LoadReport()
    pending: list[tuple[Article, str]] = []
    for line in lines:
        if not line.lost:
            report.notes.append(f"{line.where}: {line.problem}")
            continue
        article, problem = as_article(line)
        if article is None:
            kept = " (its rows already in the database are kept)" if line.doc_id and _has(conn, line.doc_id) else ""
            report.skipped.append(f"{line.where}: {problem}{kept}")
            continue
        pending.append((article, line.where))
        if len(pending) >= ARTICLES_PER_TRANSACTION:
            _write(conn, pending, report)
            pending = []
    _write(conn, pending, report)
    return report


def _has(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc_id,)).fetchone() is not None


def _write(conn: sqlite3.Connection, articles: list[tuple[Article, str]], report: LoadReport) -> None:
    with conn:  # one transaction: every article in it is written whole, or none is
        for article, source in articles:
            existed = _has(conn, article.doc_id)
            for table in ARTICLE_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (article.doc_id,))
            for table, rows in article_rows(article, source).items():
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            if existed:
                report.replaced += 1
            else:
                report.added += 1


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table."""
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in reversed(ARTICLE_TABLES)}

