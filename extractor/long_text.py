"""Texts too long to be one spaCy ``Doc``: extracted in pieces, records merged.

Below the pipeline (``Extractor.extract`` and the batch engine send long texts here): it
needs an extractor's ``pipe`` and its spaCy ``max_length``, named by ``PiecePipeline``,
and never imports the pipeline that imports it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from .article_input import check_article_input
from .frontmatter import parse_front_matter
from .records import Article


class _Limits(Protocol):
    max_length: int


class PiecePipeline(Protocol):
    """What ``extract_long`` uses of an ``Extractor``: its spaCy limit and its ``pipe``."""

    nlp: _Limits

    def pipe(self, texts: Iterable[tuple[str, dict[str, Any]]], *, as_tuples: bool,
             batch_size: int | None = None) -> Iterator[Article]: ...

# texts longer than this are not one article (or not only one): spaCy's parser needs
# memory in proportion to the length of one Doc, and some layers time more than that...
CHUNK_CHARS = 50_000
# ... and such texts are extracted in pieces of this size (see ``extract_long``), about
# a long article each, so the cost stays linear in the length
PIECE_CHARS = 10_000


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it, each
    ending at a line break when there is one (else at a space), so no token is cut."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n")
        if cut < size // 2:
            cut = max(cut, window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


# entity lists whose items are one thing mentioned many times: pieces' items merge by key
_ENTITY_KEYS = {"people": "name", "countries": "code", "locations": "name", "organizations": "name"}


def extract_long(extractor: PiecePipeline, text: str, *, published: str | None = None,
                 doc_id: str | None = None, chunk_chars: int = PIECE_CHARS) -> Article:
    """Extract a text too long to be one article: it is cut at line breaks into pieces of
    at most ``chunk_chars`` characters, each extracted like an article (anchored on the
    whole text's publication date), and the records are merged with offsets into ``text``.

    Cost stays linear in the length, whatever a layer does per document; the price is
    that nothing links mentions across two pieces but equal names."""
    check_article_input(text, published)
    front = parse_front_matter(text, published)
    pieces = split_text(text, min(chunk_chars, extractor.nlp.max_length))
    contexts = [(piece, {"published": front.published, "doc_id": doc_id}) for piece in pieces]
    # small batches: a long text is many pieces, and memory grows with the batch
    records = [a.model_dump(mode="json") for a in extractor.pipe(contexts, as_tuples=True, batch_size=4)]
    offsets = [0]
    for piece in pieces[:-1]:
        offsets.append(offsets[-1] + len(piece))
    merged = merge_records([_shift_spans(r, off) for r, off in zip(records, offsets)])
    merged["warnings"].insert(0, f"long text ({len(text):,} characters): extracted in {len(pieces)} "
                                 f"pieces, entities merged by name")
    return Article.model_validate(merged)


def _shift_spans(value: Any, offset: int) -> Any:
    """``value`` with every span (a dict with text, start, end) moved by ``offset``."""
    if isinstance(value, list):
        return [_shift_spans(v, offset) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _shift_spans(v, offset) for k, v in value.items()}
    if "text" in out and isinstance(out.get("start"), int) and isinstance(out.get("end"), int):
        out["start"] += offset
        out["end"] += offset
    return out


def merge_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """One article record from the records of its consecutive pieces: header fields from
    the first, entity lists merged by key (mentions joined, first values kept, blanks
    filled), everything else concatenated in text order."""
    merged = dict(records[0])
    for field_name, key in _ENTITY_KEYS.items():
        by_key: dict[Any, dict[str, Any]] = {}
        items = []
        for record in records:
            for entity in record.get(field_name, []):
                seen = by_key.get(entity.get(key))
                if seen is None:
                    seen = by_key[entity.get(key)] = dict(entity, mentions=list(entity.get("mentions", [])))
                    items.append(seen)
                    continue
                seen["mentions"] += entity.get("mentions", [])
                for name, value in entity.items():
                    if seen.get(name) in (None, []) and value not in (None, []):
                        seen[name] = value
        merged[field_name] = items
    for field_name in ("dates", "periods", "money", "meetings", "trade_stats"):
        merged[field_name] = [item for record in records for item in record.get(field_name, [])]
    merged["warnings"] = list(dict.fromkeys(w for record in records for w in record.get("warnings", [])))
    return merged
