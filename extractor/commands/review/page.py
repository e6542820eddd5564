"""The review page: one self-contained HTML file (inline CSS and JavaScript, the articles
and their records embedded as JSON; no server, no network) that shows one article at a
time with its spans highlighted and its meetings and trade statistics beside it.

Article text never becomes markup: the JSON block escapes ``<``, ``>`` and ``&`` (so an
article holding ``</script>`` cannot end the block), and the script puts text in the
page with ``textContent`` only. A Content-Security-Policy allows no network and no script
but the page's own (by its hash), so even a mistake there could not run an article's.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .marks import TYPES, meeting_links, mentions, misplaced, trade_links


@dataclass
class ReviewEntry:
    """One article to review: its record (an article or an error record) and its text,
    when there is one."""

    doc_id: str
    record: dict[str, Any]
    text: str | None
    notes: list[str] = field(default_factory=list)   # what the review itself doubted


def article_payload(entry: ReviewEntry) -> dict[str, Any]:
    """What the page's script needs for one article: the record, the text, the typed
    spans and, per meeting and trade statistic, the spans it was built from."""
    record, text, notes = entry.record, entry.text, list(entry.notes)
    found: list[dict[str, Any]] = []
    links: dict[str, list[list[int]]] = {"meetings": [], "trade_stats": []}
    if "error" not in record and text is not None:
        wrong = misplaced(record, text)
        if wrong:
            notes.append(f"the text found for this record is not the one it was extracted from: "
                         f"{len(wrong)} spans do not match it (first: {wrong[0]}); spans are not marked")
        else:
            found = mentions(record)
            links["meetings"] = [meeting_links(m, found) for m in record.get("meetings", [])]
            links["trade_stats"] = [trade_links(s, found) for s in record.get("trade_stats", [])]
    elif text is None and "error" not in record:
        notes.append("no text was found for this record: its spans cannot be shown")
    return {"doc_id": entry.doc_id, "text": text, "record": record, "mentions": found, "links": links,
            "notes": notes}


def json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or
    ``&`` appears literally (``\\u003c``... are the same JSON), nor the two line
    separators some parsers end a line at."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def build_page(entries: list[ReviewEntry], title: str = "newsfacts review") -> str:
    """The whole HTML page."""
    css, script = _asset("review.css"), _asset("review.js")
    data = {"types": [{"key": key, "label": label} for key, _, label in TYPES],
            "articles": [article_payload(e) for e in entries]}
    policy = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
              f"img-src data:; base-uri 'none'; form-action 'none'")
    values = {"policy": policy, "title": _escape_html(title), "css": css, "data": json_for_script(data),
              "script": script}
    # one pass over the template: what is put in (an article's text) is never read again
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("review.html"))


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
