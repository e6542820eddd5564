"""Meetings across articles, in date order, the same meeting reported by several articles
merged into one event with all its sources.

Two reports are the same meeting when they have the same date (as precise as the text
gives it: ``2022-11`` and ``2022-11-16`` are not compared) and the same named
participants, or the same countries. Two meetings of one article are never merged: the
article already told them apart (a visit and the talks held during it). Undated meetings
are never merged, and come last.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Report:
    """One article's meeting."""

    doc_id: str
    meeting_index: int
    published: str | None
    kind: str
    status: str
    date: str | None
    location: str | None
    participants: tuple[tuple[str | None, str | None, str | None], ...]   # (name, title, country)
    countries: tuple[str, ...]
    evidence_text: str
    evidence_start: int
    evidence_end: int

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name.casefold() for name, _, _ in self.participants if name)


@dataclass
class Event:
    """One meeting, as every article that reported it describes it."""

    date: str | None
    reports: list[Report] = field(default_factory=list)

    def _distinct(self, values: Iterable[Any]) -> list[Any]:
        return list(dict.fromkeys(v for v in values if v is not None))

    @property
    def kinds(self) -> list[str]:
        return self._distinct(r.kind for r in self.reports)

    @property
    def statuses(self) -> list[str]:
        return self._distinct(r.status for r in self.reports)

    @property
    def locations(self) -> list[str]:
        return self._distinct(r.location for r in self.reports)

    @property
    def countries(self) -> list[str]:
        return self._distinct(c for r in self.reports for c in r.countries)

    @property
    def participants(self) -> list[tuple[str | None, str | None, str | None]]:
        """Named participants once each (by name), then unnamed officials once each."""
        named: dict[str, tuple] = {}
        unnamed: dict[tuple, tuple] = {}
        for report in self.reports:
            for p in report.participants:
                if p[0]:
                    named.setdefault(p[0].casefold(), p)
                else:
                    unnamed.setdefault(p, p)
        return list(named.values()) + [p for p in unnamed.values() if p[1:] not in {q[1:] for q in named.values()}]

    @property
    def doc_ids(self) -> list[str]:
        return self._distinct(r.doc_id for r in self.reports)


def same_meeting(a: Report, b: Report) -> bool:
    """Whether two reports from different articles tell of the same meeting."""
    if a.date is None or a.date != b.date or a.doc_id == b.doc_id:
        return False
    if a.names and a.names == b.names:
        return True
    return bool(a.countries) and set(a.countries) == set(b.countries)


def merge_meetings(reports: Iterable[Report]) -> list[Event]:
    """Events in date order (undated last), each report in the event it matches. A report
    joins an event when it is the same meeting as one of its reports and the event holds
    nothing from its article yet; among several, the event with a report of its own kind
    wins (the talks of one article join the talks of another, not the visit around them)."""
    events: list[Event] = []
    by_date: dict[str, list[Event]] = {}
    for report in sorted(reports, key=lambda r: (r.date is None, r.date or "", r.doc_id, r.meeting_index)):
        candidates = [event for event in by_date.get(report.date, [])
                      if report.doc_id not in event.doc_ids
                      and any(same_meeting(report, other) for other in event.reports)]
        if candidates:
            best = max(candidates, key=lambda event: report.kind in event.kinds)  # first among equals
            best.reports.append(report)
            continue
        event = Event(report.date, [report])
        events.append(event)
        if report.date is not None:
            by_date.setdefault(report.date, []).append(event)
    return events


def query_timeline(conn: sqlite3.Connection, country: str | None = None) -> list[Event]:
    """The merged meetings of the dataset; with ``country``, those it took part in (among
    the meeting's countries, or a participant's)."""
    where, params = "", []
    if country is not None:
        where = ("WHERE EXISTS (SELECT 1 FROM meeting_countries c WHERE c.doc_id = m.doc_id "
                 "AND c.meeting_index = m.meeting_index AND c.country = ?) "
                 "OR EXISTS (SELECT 1 FROM meeting_participants p WHERE p.doc_id = m.doc_id "
                 "AND p.meeting_index = m.meeting_index AND p.country = ?)")
        params = [country, country]
    meetings = conn.execute(f"SELECT m.*, a.published FROM meetings m JOIN articles a USING (doc_id) {where}",
                            params).fetchall()
    participants: dict[tuple, list] = {}
    for p in conn.execute("SELECT * FROM meeting_participants ORDER BY doc_id, meeting_index, participant_index"):
        participants.setdefault((p["doc_id"], p["meeting_index"]), []).append((p["name"], p["title"], p["country"]))
    countries: dict[tuple, list] = {}
    for c in conn.execute("SELECT * FROM meeting_countries ORDER BY doc_id, meeting_index, country_index"):
        countries.setdefault((c["doc_id"], c["meeting_index"]), []).append(c["country"])
    reports = []
    for m in meetings:
        key = (m["doc_id"], m["meeting_index"])
        reports.append(Report(
            doc_id=m["doc_id"], meeting_index=m["meeting_index"], published=m["published"], kind=m["kind"],
            status=m["status"], date=m["date"], location=m["location"],
            participants=tuple(participants.get(key, ())), countries=tuple(countries.get(key, ())),
            evidence_text=m["evidence_text"], evidence_start=m["evidence_start"], evidence_end=m["evidence_end"]))
    return merge_meetings(reports)
