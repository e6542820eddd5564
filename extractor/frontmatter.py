"""Front matter of a crawled article: crawl header, bylines, timestamps, datelines.

These set ``published``, ``publisher`` and ``authors`` and anchor relative dates;
they are metadata, not mentions, so their character ranges are reported in
``FrontMatter.metadata`` and every entity finder skips them.

Pure text in, ``FrontMatter`` out: this runs before spaCy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from . import doc as _doc_attrs  # noqa: F401  (declares Doc._.front)
from . import knowledge
from .stamps import MONTH_PATTERN as _MONTH
from .stamps import Stamp, month_number as _month, safe_date as _safe_date, stamps_in

# `14th February`, `February 14th`
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"

# ` date 2022-11-16 <byline or headline>` on the first line
HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*(.*)$", re.M)
# `By Fatima Hasanova`, `By Matanat Nasibova – Trend:`
BYLINE_RE = re.compile(r"^[ \t]*By[ \t]+([^\n]+?)[ \t]*$", re.M)
BYLINE_MAX_CHARS = 60
# `BAKU, Azerbaijan, Nov. 22` / `SEOUL, Dec. 15 (Yonhap) --` / `Baku. 26 April. REPORT.AZ/`
DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+)*)"
    r"(?:,[ \t](?P<country>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)*))?"
    r"(?:,|\.)[ \t](?:(?P<mon1>" + _MONTH + r")[ \t](?P<day1>\d{1,2})" + _ORDINAL_SUFFIX +
    r"|(?P<day2>\d{1,2})" + _ORDINAL_SUFFIX + r"[ \t](?P<mon2>" + _MONTH + r"))"
    r"(?:,[ \t](?P<year>\d{4}))?\.?"
    r"(?:[ \t]*\((?P<agency>[A-Za-z .\-]+)\)|[ \t]*/(?P<agency3>[A-Za-z .\-\"]{2,40})/\.?)?"   # `(Kabar)`, `/MONTSAME/.`
    r"(?:[ \t]*(?:--|—|–|-|_|\.|:)?[ \t]*(?P<agency2>[A-Z][A-Z.]+/)?)?",
    re.M)
_DATELINE_BYLINE_RE = re.compile(r"[ \t]*(?P<by>By)[ \t]+(?P<name>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){1,3})"
                                 r"[ \t]*[\-\u2013\u2014][ \t]*[A-Z][\w.]*:")
# `DUSHANBE, 18.08.2023 /NIAT "Khovar"/.`: the day written in figures, the agency between slashes
# `Addis Ababa, November 8/2023(ENA)`: the month in words, the year after a slash
NUMERIC_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+)*),[ \t]"
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:[ \t]*/[^/\n]{1,40}/)?\.?"
    r"|(?P<mon>" + _MONTH + r")[ \t](?P<d2>\d{1,2})/(?P<y2>\d{4})[ \t]*(?:\((?P<agency>[A-Za-z .\-]+)\))?)",
    re.M)
# `NAIROBI, Kenya (AP) _` / `TOKYO - ` / `NEW YORK: ` / `WASHINGTON _` : all-caps place opening a line
PLACE_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+)*)"
    r"(?:,[ \t][A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)*)?"
    r"(?:[ \t]*\((?P<agency>[A-Za-z .\-]+)\))?[ \t]*(?:--|—|–|-|_|:)(?=[ \t]|$)[ \t]*",
    re.M)
# `ISTANBUL` alone on its line: a dateline of one or two capitalised words
LONE_PLACE_RE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]+)?)(?P<agency>)[ \t]*$", re.M)
# `Trend:` / `Azernews reports` / `News.Az reports` / `REPORT.AZ/`: agency naming in the lead
AGENCY_RE = re.compile(r"(?:^|[ \t])(?P<agency>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)(?::[ \t]*$|[ \t]reports\b)", re.M)

# `(Xinhua News Agency August 23, 2003)`: a source line closing the article
TRAILER_RE = re.compile(r"\((?P<source>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,4})[ \t]+(?P<m>" + _MONTH +
                        r")[ \t](?P<d>\d{1,2}),?[ \t](?P<y>\d{4})\)[ \t]*\Z")
TRAILER_LIMIT = 200

# front matter lives near the top: bylines and datelines within this many characters...
FRONT_LIMIT = 600
# ...date stamps further down, past site chrome (menus, a headline printed twice, captions),
# up to the second paragraph of prose
STAMP_LIMIT = 2000
PROSE_WORDS = 25


@dataclass
class FrontMatter:
    published: date | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    # character ranges of the input that are metadata, not content
    metadata: list[tuple[int, int]] = field(default_factory=list)
    dateline_place: str | None = None
    # what the front matter left unsure (a dateline with no year and nothing else dating the article)
    warnings: list[str] = field(default_factory=list)

    def is_metadata(self, start: int, end: int) -> bool:
        return any(start < m_end and m_start < end for m_start, m_end in self.metadata)


def _publisher_name(raw: str) -> str | None:
    known = knowledge.load("front_matter")["known_publishers"]
    return known.get(raw.strip().rstrip(":").strip().lower())


def _looks_like_person(raw: str) -> bool:
    words = raw.split()
    if " ".join(words).lower() in knowledge.load("front_matter")["not_authors"]:
        return False
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and _publisher_name(raw) is None


def parse_front_matter(text: str, published: date | str | None = None) -> FrontMatter:
    """Read the header, bylines, timestamps and datelines at the top of ``text``.

    An explicit ``published`` wins over anything the text says.
    """
    fm = FrontMatter()
    header = HEADER_RE.match(text)
    # line-anchored patterns must also see what follows the header on its line
    # (` date 2021-04-13 GANJA, Azerbaijan, April 13.`): blank the header's prefix into a
    # line break plus spaces, which keeps every offset where it was
    scan = text
    if header:
        scan = "\n" + " " * (header.start(4) - 1) + text[header.start(4):] if header.start(4) else text
    head = scan[:FRONT_LIMIT]

    if header:
        fm.published = _safe_date(int(header.group(1)), int(header.group(2)), int(header.group(3)))
        rest = header.group(4)
        rest_start = header.start(4)
        by = re.match(r"By[ \t]+(.+?)[ \t]*$", rest)
        if by:
            # `By Azernews` is the outlet, `By Ayya Lmahamad` a person
            _read_byline(fm, by.group(1))
            fm.metadata.append((header.start(), header.end()))
        else:
            # the rest of the line is a headline: content
            fm.metadata.append((header.start(), rest_start))

    front_end = _front_end(scan)
    # `(Xinhua News Agency August 23, 2003)` closing a short article is no stamp line
    trailer = TRAILER_RE.search(text, max(0, len(text) - TRAILER_LIMIT))
    if trailer:
        fm.metadata.append((trailer.start(), trailer.end()))
    for m in BYLINE_RE.finditer(head):
        if header and m.start() < header.end():
            continue
        if len(m.group(1)) > BYLINE_MAX_CHARS:
            continue   # `By 2030, the two sides...`: a sentence, not a byline
        _read_byline(fm, m.group(1))
        fm.metadata.append((m.start(), m.end()))

    # a byline may carry the stamp too (`By JT - May 20,2023 - Last updated at May 20,2023`)
    stamps = [s for s in stamps_in(scan, 0, front_end)
              if not (header and s.start < header.start(4) and s.end > header.start())
              and not (trailer and s.end > trailer.start())]
    fm.metadata.extend((s.start, s.end) for s in stamps)
    if fm.published is None:
        fm.published = _article_day(stamps)
    if not fm.authors:
        for s in stamps:
            if s.byline:
                _read_byline(fm, s.byline)
            else:
                _read_stamp_author(fm, scan[s.start:s.end])
    for s in stamps:
        # `Published - March 05, 2025 09:48 pm IST - NEW DELHI`: the stamp closes with the dateline
        place = re.search(r"[ \t][\-\u2013\u2014|][ \t]*(?P<place>[A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]+)?)[ \t]*\Z",
                          scan[s.start:s.end])
        if place and fm.dateline_place is None and _publisher_name(place.group("place")) is None:
            fm.dateline_place = place.group("place")

    for m in NUMERIC_DATELINE_RE.finditer(scan[:front_end]):
        if not _at_line_or_header_start(scan, m.start(), header) or fm.is_metadata(*_trimmed(m)):
            continue
        fm.dateline_place = m.group("place")
        fm.metadata.append(_trimmed(m))
        if fm.published is None and m.group("y"):
            fm.published = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif fm.published is None:
            fm.published = _safe_date(int(m.group("y2")), _month(m.group("mon")), int(m.group("d2")))
        if m.group("agency") and fm.publisher is None:
            fm.publisher = _publisher_name(m.group("agency")) or m.group("agency")
    yearless = None
    for m in DATELINE_RE.finditer(scan[:front_end]):
        if not _at_line_or_header_start(scan, m.start(), header) or fm.is_metadata(*_trimmed(m)):
            continue
        fm.dateline_place = m.group("place")
        fm.metadata.append(_trimmed(m))
        # `BAKU, Azerbaijan, March 12. By Aytaj Karimli – Trend:`: the byline runs on after the dateline
        by = _DATELINE_BYLINE_RE.match(scan, m.end())
        if by:
            _read_byline(fm, by.group("name"))
            fm.metadata.append((by.start("by"), by.end()))
        agency = m.group("agency") or (m.group("agency2") or "").strip("/")
        if agency and fm.publisher is None:
            fm.publisher = _publisher_name(agency) or agency
        if fm.published is None:
            mon = m.group("mon1") or m.group("mon2")
            day = int(m.group("day1") or m.group("day2"))
            if m.group("year"):
                fm.published = _safe_date(int(m.group("year")), _month(mon), day)
            elif yearless is None:
                yearless = m
    if fm.published is None and yearless is not None:
        # the year is not the machine's, nor a guess from the years the text names (they are as often
        # the years compared with): no anchor, and the user is told
        fm.warnings.append(f"the dateline {yearless.group().strip()!r} gives no year and no stamp dates the "
                           "article: published left null")
    for m in [*PLACE_DATELINE_RE.finditer(scan[:front_end]), *LONE_PLACE_RE.finditer(scan[:front_end])]:
        if not _at_line_or_header_start(scan, m.start(), header) or fm.is_metadata(*_trimmed(m)):
            continue
        if _publisher_name(m.group("place")) is not None:
            # a line `PTI`: the agency's credit, no place
            fm.metadata.append(_trimmed(m))
            fm.publisher = fm.publisher or _publisher_name(m.group("place"))
            continue
        fm.dateline_place = m.group("place")
        fm.metadata.append(_trimmed(m))
        if m.group("agency") and fm.publisher is None:
            fm.publisher = _publisher_name(m.group("agency")) or m.group("agency")

    # a site stamp may also close the article (`Published on: 16 Sep 2024, 10:15 AM`)
    closing = [s for s in stamps_in(text, front_end, len(text)) if s.label and not fm.is_metadata(s.start, s.end)]
    if closing:
        fm.metadata.extend((s.start, s.end) for s in closing)
        if fm.published is None:
            fm.published = _article_day(closing)

    if trailer:
        d = _safe_date(int(trailer.group("y")), _month(trailer.group("m")), int(trailer.group("d")))
        if fm.published is None:
            fm.published = d
        if fm.publisher is None:
            fm.publisher = _publisher_name(trailer.group("source").split()[0]) or trailer.group("source")

    if fm.publisher is None:
        for m in AGENCY_RE.finditer(text[:FRONT_LIMIT * 2]):
            name = _publisher_name(m.group("agency"))
            if name:
                fm.publisher = name
                break

    fm.metadata.extend(_teaser_lines(text))

    if published is not None:
        fm.published = published if isinstance(published, date) else date.fromisoformat(str(published))
    fm.metadata = sorted(set(fm.metadata))
    return fm


def _teaser_lines(text: str) -> list[tuple[int, int]]:
    """`Read also: <another article's headline>`: a link to another story, anywhere in the page."""
    labels = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                      for w in knowledge.load("front_matter")["teaser_labels"])
    return [(m.start(1), m.end(1)) for m in re.finditer(rf"^[ \t]*((?i:{labels})[ \t]*[:\-\u2013\u2014|>][^\n]*?)[ \t]*$",
                                                         text, re.M)]


def _read_stamp_author(fm: FrontMatter, line: str) -> None:
    """`Imran Hashmi Published August 9, 2023`: a name opening a stamp line, right before
    its label, is the byline without its `By`."""
    labels = "|".join(map(re.escape, knowledge.load("front_matter")["stamp_labels"]["published"]))
    m = re.match(rf"((?:[A-Z][\w.'-]*\s+){{1,3}}?[A-Z][\w.'-]*)\s+(?i:{labels})\b", line)
    # (`Tuesday Jan Published ...`: a day and a month are no name)
    if m and _looks_like_person(m.group(1)) and not re.search(rf"\b(?:{_MONTH}|\w+day)\b", m.group(1), re.I):
        fm.authors.append(" ".join(m.group(1).split()))


def _article_day(stamps: list[Stamp]) -> date | None:
    """The article's own day among the stamps of its page.

    A page prints the day it was crawled (a site-wide stamp at the top), the article's
    publication and its updates, and none of them is earlier than the publication: the
    earliest stamp is the article's, a stamp labelled `Published` first of all.
    """
    published = [s.day for s in stamps if s.label == "published"]
    days = published or [s.day for s in stamps]
    return min(days) if days else None


def _front_end(text: str) -> int:
    """Where the front matter ends at the latest: the end of the second paragraph of
    prose, or STAMP_LIMIT characters."""
    pos, prose = 0, 0
    for line in text[:STAMP_LIMIT].splitlines(keepends=True):
        pos += len(line)
        if len(line.split()) >= PROSE_WORDS:
            prose += 1
            if prose == 2:
                return pos
    return min(len(text), STAMP_LIMIT)


def _trimmed(m: re.Match) -> tuple[int, int]:
    """The match's character range without its surrounding white space."""
    raw = m.group()
    return m.start() + len(raw) - len(raw.lstrip()), m.end() - len(raw) + len(raw.rstrip())


def _at_line_or_header_start(text: str, pos: int, header: re.Match | None) -> bool:
    if header and pos == header.start(4):
        return True
    return pos == 0 or text[pos - 1] == "\n"


def _read_byline(fm: FrontMatter, raw: str) -> None:
    # `Matanat Nasibova – Trend:`: a person, then the agency; `Kavya Menon and Rohit Bhalla`: two people
    parts = [p.strip(" :") for p in re.split(r"[ \t]+[–—-][ \t]+|,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*", raw)
             if p.strip(" :")]
    roles = knowledge.load("front_matter")["staff_roles"]
    for k, part in enumerate(parts):
        if " ".join(part.split()).lower() in knowledge.load("front_matter")["not_authors"]:
            continue   # `By Staff Writer`: neither a person nor the outlet
        if " ".join(part.split()).lower() in roles:
            continue
        if k > 0 and " ".join(parts[k - 1].split()).lower() in roles:
            # `- Reporter - Agência Brasil`: what follows the role is the outlet
            fm.publisher = fm.publisher or _publisher_name(part) or part
            break
        if _publisher_name(part):
            fm.publisher = fm.publisher or _publisher_name(part)
        elif _looks_like_person(part):
            fm.authors.append(part)
        elif fm.publisher is None and len(part.split()) <= 3:
            fm.publisher = part


@Language.component("newsfacts_front_matter")
def front_matter_component(doc: Doc) -> Doc:
    """Reads the front matter when the caller did not (``nlp(text)`` called directly)."""
    if doc._.front is None:
        doc._.front = parse_front_matter(doc.text)
    return doc
