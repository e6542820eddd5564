"""The output records: the single source of truth for SPEC.md's article object.

Schema (``models/article.schema.json``), validation and JSON all come from these
models. Field names are the contract; new fields may be added, none renamed.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer


def _whole_if_integral(value: float | None) -> float | int | None:
    # amounts are whole units: 273100000, not 273100000.0, when nothing follows the point
    if value is not None and float(value).is_integer():
        return int(value)
    return value


Amount = Annotated[float, PlainSerializer(_whole_if_integral, return_type=Optional[int | float])]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A piece of the input: ``input[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Person(Record):
    name: str = Field(description="Full name as first given.")
    titles: list[str] = Field(default_factory=list, description="Most specific first.")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of the country the person represents.")
    organization: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list)


class Country(Record):
    code: str = Field(description="ISO 3166-1 alpha-2.")
    name: str = Field(description="Common English short name.")
    mentions: list[Span] = Field(default_factory=list)


class Location(Record):
    name: str
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 or null.")
    mentions: list[Span] = Field(default_factory=list)


class Organization(Record):
    name: str
    mentions: list[Span] = Field(default_factory=list)


class DateMention(Span):
    value: Optional[str] = Field(None, description="ISO 8601 at the text's precision: YYYY, YYYY-MM or YYYY-MM-DD.")


class Period(Span):
    start_date: Optional[str] = Field(None, description="YYYY-MM-DD, inclusive.")
    end_date: Optional[str] = Field(None, description="YYYY-MM-DD, inclusive.")


class Money(Span):
    amount: Optional[Amount] = Field(None, description="Whole units: '$273.1 million' -> 273100000.")
    currency: Optional[str] = Field(None, description="ISO 4217.")
    approximate: bool = False


class Participant(Record):
    name: Optional[str] = None
    title: Optional[str] = None
    country: Optional[str] = None


class Meeting(Record):
    kind: Literal["meeting", "talks", "visit", "call", "commission_session", "summit", "other"]
    status: Literal["held", "planned"]
    date: Optional[str] = None
    date_source: Optional[Literal["text", "published"]] = None
    location: Optional[str] = None
    participants: list[Participant] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    evidence: Span


class TradeStat(Record):
    metric: Literal["turnover", "exports", "imports"]
    reporter: Optional[str] = None
    partner: Optional[str] = None
    amount: Optional[Amount] = None
    currency: Optional[str] = None
    approximate: bool = False
    change_pct: Optional[float] = None
    change_amount: Optional[Amount] = Field(None, description="Absolute change, same currency as amount (not scored).")
    period_start: Optional[str] = None
    period_end: Optional[str] = None
    commodity: Optional[str] = None
    status: Literal["reported", "target", "forecast"] = "reported"
    evidence: Span


class Article(Record):
    doc_id: Optional[str] = None
    published: Optional[str] = Field(None, description="YYYY-MM-DD publication date.")
    publisher: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    countries: list[Country] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    trade_stats: list[TradeStat] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorInfo(Record):
    type: str
    message: str


class ErrorRecord(Record):
    """What a batch writes for an article it could not process, so none is lost."""

    doc_id: Optional[str] = None
    error: ErrorInfo
