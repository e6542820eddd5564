"""Series and timelines as text for a person (one block per row, its sources beneath) and
as CSV (one line per source, so every source and its evidence survives the export)."""
from __future__ import annotations

import csv
from typing import TextIO

from .series import SeriesRow, Source
from .timeline import Event, Report

# evidence is quoted on the terminal up to this length; the CSV has it whole
QUOTE_CHARS = 110


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def money(amount: float | None, currency: str | None, approximate: bool = False) -> str:
    if amount is None:
        return "-"
    return ("~" if approximate else "") + f"{_number(amount)} {currency or '(no currency)'}"


def change(pct: float | None) -> str:
    return "" if pct is None else f"{pct:+g}%"


def period(start: str | None, end: str | None) -> str:
    if start is None and end is None:
        return "period unknown"
    return f"{start or '?'}..{end or '?'}"


def quote(text: str) -> str:
    text = " ".join(text.split())
    return '"' + (text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 3] + "...") + '"'


def _figure(row: SeriesRow) -> str:
    if row.conflict:
        figures = [money(a, c) for a, c in row.figures] + [change(p) for p in row.changes if len(row.changes) > 1]
        return "CONFLICT: " + " vs ".join(figures)
    parts = [money(row.amount, row.currency) if row.figures else "", change(row.change_pct)]
    return " ".join(p for p in parts if p) or "-"


def _source_line(source: Source) -> str:
    figure = " ".join(p for p in (money(source.amount, source.currency, source.approximate)
                                  if source.amount is not None else "", change(source.change_pct)) if p)
    return (f"    {figure or '-'}  {source.doc_id} [{source.evidence_start}:{source.evidence_end}] "
            f"({source.as_reported}) {quote(source.evidence_text)}")


def series_text(rows: list[SeriesRow]) -> str:
    lines = []
    for row in rows:
        partner = row.partner or "world"
        what = row.metric + (f" ({row.commodity})" if row.commodity else "")
        n = len(row.doc_ids)
        lines.append(f"{row.reporter}-{partner}  {what:<12} {period(row.period_start, row.period_end):<22}  "
                     f"{row.status:<8}  {_figure(row)}  [{n} source{'s' if n != 1 else ''}]")
        lines.extend(_source_line(s) for s in row.sources)
    return "\n".join(lines) + ("\n" if lines else "")


SERIES_COLUMNS = ["metric", "reporter", "partner", "period_start", "period_end", "status", "commodity",
                  "amount", "currency", "change_pct", "conflict", "doc_id", "published", "source_amount",
                  "source_currency", "source_approximate", "source_change_pct", "as_reported",
                  "evidence_start", "evidence_end", "evidence_text"]


def write_series_csv(rows: list[SeriesRow], out: TextIO) -> None:
    """One line per (row, source); the row's merged figure repeats on each of its lines
    (empty when the sources disagree: ``conflict`` is then 1)."""
    writer = csv.writer(out)
    writer.writerow(SERIES_COLUMNS)
    for row in rows:
        for s in row.sources:
            writer.writerow([row.metric, row.reporter, row.partner or "", row.period_start or "",
                             row.period_end or "", row.status, row.commodity or "", _csv_num(row.amount),
                             row.currency or "", _csv_num(row.change_pct), int(row.conflict), s.doc_id,
                             s.published or "", _csv_num(s.amount), s.currency or "", int(s.approximate),
                             _csv_num(s.change_pct), s.as_reported, s.evidence_start, s.evidence_end,
                             s.evidence_text])


def _csv_num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _participant(p: tuple[str | None, str | None, str | None]) -> str:
    name, title, country = p
    detail = ", ".join(x for x in (title if name else None, country) if x)
    who = name or title or "an official"
    return f"{who} ({detail})" if detail else who


def _report_line(report: Report) -> str:
    return (f"    {report.kind}, {report.status}  {report.doc_id} [{report.evidence_start}:{report.evidence_end}] "
            f"{quote(report.evidence_text)}")


def timeline_text(events: list[Event]) -> str:
    lines = []
    for event in events:
        n = len(event.doc_ids)
        lines.append(f"{event.date or 'undated':<10}  {'/'.join(event.kinds):<10} {'/'.join(event.statuses):<7} "
                     f"{', '.join(event.countries) or '-':<8} {' / '.join(event.locations) or '-'}  "
                     f"[{n} source{'s' if n != 1 else ''}]")
        people = "; ".join(_participant(p) for p in event.participants)
        if people:
            lines.append(f"    with {people}")
        lines.extend(_report_line(r) for r in event.reports)
    return "\n".join(lines) + ("\n" if lines else "")


TIMELINE_COLUMNS = ["event", "date", "kinds", "countries", "locations", "participants", "doc_id", "published",
                    "kind", "status", "evidence_start", "evidence_end", "evidence_text"]


def write_timeline_csv(events: list[Event], out: TextIO) -> None:
    """One line per (event, report): ``event`` numbers the merged meetings."""
    writer = csv.writer(out)
    writer.writerow(TIMELINE_COLUMNS)
    for number, event in enumerate(events, 1):
        for r in event.reports:
            writer.writerow([number, event.date or "", "/".join(event.kinds), " ".join(event.countries),
                             " / ".join(event.locations), "; ".join(_participant(p) for p in event.participants),
                             r.doc_id, r.published or "", r.kind, r.status, r.evidence_start, r.evidence_end,
                             r.evidence_text])
