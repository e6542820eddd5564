"""What the review page marks in an article's text: every span of the record, typed
(people, countries, places, organizations, dates, periods, money), and for each meeting
and trade statistic the spans it was built from.

A record does not say which mentions a statistic came from; they are found in its
evidence sentence by value: the money of its amount, the period (or the date) of its
period, the countries of its reporter and partner; for a meeting its participants, its
countries, its place and its date. Pure functions of the record dict.
"""
from __future__ import annotations

from typing import Any

# the types, in legend order: (key, record field, legend label)
TYPES = [
    ("person", "people", "people"),
    ("country", "countries", "countries"),
    ("place", "locations", "places"),
    ("organization", "organizations", "organizations"),
    ("date", "dates", "dates"),
    ("period", "periods", "periods"),
    ("money", "money", "money"),
]


def _money_label(item: dict[str, Any]) -> str:
    amount = item.get("amount")
    if amount is None:
        return "money (amount not read)"
    shown = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,}"
    return ("about " if item.get("approximate") else "") + f"{shown} {item.get('currency') or '?'}"


def _entity_label(kind: str, item: dict[str, Any]) -> str:
    if kind == "person":
        details = ", ".join(x for x in ((item.get("titles") or [None])[0], item.get("country"),
                                        item.get("organization")) if x)
        return item["name"] + (f" ({details})" if details else "")
    if kind == "country":
        return f"{item['name']} ({item['code']})"
    if kind == "place":
        return item["name"] + (f" ({item['country']})" if item.get("country") else "")
    return item["name"]


def mentions(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of the record as ``{id, type, start, end, label, key}``, in text order;
    ``key`` is what links a span to records (a person's name, a country's code, a date's
    value...)."""
    found = []
    for kind, field_name, _ in TYPES:
        for item in record.get(field_name) or []:
            if "mentions" in item:   # an entity named one or more times
                key = item.get("code") or item.get("name")
                for span in item["mentions"]:
                    found.append({"type": kind, "start": span["start"], "end": span["end"],
                                  "label": _entity_label(kind, item), "key": key})
            elif kind == "date":
                found.append({"type": kind, "start": item["start"], "end": item["end"],
                              "label": f"date {item.get('value') or '(unresolved)'}", "key": item.get("value")})
            elif kind == "period":
                key = [item.get("start_date"), item.get("end_date")]
                found.append({"type": kind, "start": item["start"], "end": item["end"],
                              "label": f"period {key[0] or '?'}..{key[1] or '?'}", "key": key})
            else:
                found.append({"type": kind, "start": item["start"], "end": item["end"],
                              "label": _money_label(item), "key": item.get("amount")})
    found.sort(key=lambda m: (m["start"], -m["end"]))
    for i, mention in enumerate(found):
        mention["id"] = i
    return found


def _inside(mention: dict[str, Any], evidence: dict[str, Any]) -> bool:
    return evidence["start"] <= mention["start"] and mention["end"] <= evidence["end"]


def _date_within(value: str | None, start: str | None, end: str | None) -> bool:
    # `in 2021` (a date) gives a statistic the period 2021-01-01..2021-12-31
    return bool(value and start and end and start.startswith(value) and end.startswith(value))


def trade_links(stat: dict[str, Any], found: list[dict[str, Any]]) -> list[int]:
    """The ids of the spans a trade statistic was built from, inside its evidence."""
    ev = stat["evidence"]
    amounts = {stat.get("amount"), stat.get("change_amount")} - {None}
    period = [stat.get("period_start"), stat.get("period_end")]
    codes = {stat.get("reporter"), stat.get("partner")} - {None}
    links = []
    for m in found:
        if not _inside(m, ev):
            continue
        if (m["type"] == "money" and m["key"] in amounts
                or m["type"] == "period" and m["key"] == period
                or m["type"] == "date" and _date_within(m["key"], *period)
                or m["type"] == "country" and m["key"] in codes):
            links.append(m["id"])
    return links


def meeting_links(meeting: dict[str, Any], found: list[dict[str, Any]]) -> list[int]:
    """The ids of the spans a meeting was built from, inside its evidence."""
    ev = meeting["evidence"]
    names = {p.get("name") for p in meeting.get("participants", [])} - {None}
    codes = set(meeting.get("countries", [])) | ({p.get("country") for p in meeting.get("participants", [])} - {None})
    date = meeting.get("date")
    links = []
    for m in found:
        if not _inside(m, ev):
            continue
        if (m["type"] == "person" and m["key"] in names
                or m["type"] == "country" and m["key"] in codes
                or m["type"] == "place" and m["key"] == meeting.get("location")
                or m["type"] == "date" and date is not None and m["key"] == date
                or m["type"] == "period" and date is not None and m["key"][0] == date):
            links.append(m["id"])
    return links


def misplaced(record: dict[str, Any], text: str) -> list[str]:
    """The spans of ``record`` that are not where they say in ``text`` (the text given
    beside the records is not the one they were extracted from), as short descriptions."""
    wrong = []

    def check(span: dict[str, Any], where: str) -> None:
        if text[span["start"]:span["end"]] != span["text"]:
            wrong.append(f"{where} {span['text']!r} at {span['start']}-{span['end']}")

    for _, field_name, _ in TYPES:
        for i, item in enumerate(record.get(field_name) or []):
            for span in item.get("mentions", [item]):
                check(span, f"{field_name}[{i}]")
    for field_name in ("meetings", "trade_stats"):
        for i, item in enumerate(record.get(field_name) or []):
            check(item["evidence"], f"{field_name}[{i}].evidence")
    return wrong
