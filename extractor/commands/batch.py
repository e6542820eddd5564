"""Batch extraction: inputs in, one record per article out, in input order.

The pieces, each usable alone (``extractor.commands.dask`` builds on them):

- ``InputItem``: one article to process, or an input that already failed (``error``).
- ``decode_bytes``: raw bytes -> ``InputItem`` (empty, whitespace-only, binary and
  non-UTF-8 input handled here, never by the pipeline).
- ``iter_inputs``: local files, folders (searched recursively) and JSONL files ->
  ``InputItem`` s, in a stable order.
- ``jsonl_items``: JSONL lines -> ``InputItem`` s, a broken line becomes an error item.
- ``process_items``: ``InputItem`` s -> record dicts (an ``Article`` or an
  ``ErrorRecord``), in input order; nothing raised by one article stops the batch.
- ``run_batch``: the same over N worker processes, each loading spaCy once.
- ``extract_long``: a text too long to be one Doc, extracted in pieces and merged.
- ``done_ids``: what an output file already holds, for ``--resume``.

Articles in == records out, always: every item yields exactly one record.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article_input import check_article_input, valid_date  # noqa: F401  (part of this module's API)
from ..long_text import CHUNK_CHARS, extract_long, merge_records, split_text  # noqa: F401
from ..records import Article, ErrorInfo, ErrorRecord

if TYPE_CHECKING:  # the pipeline (and spaCy) is imported only when something is extracted
    from ..pipeline import Extractor

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# binary detection looks at the start of the input only
_SNIFF_BYTES = 8192
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx/odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_UNICODE_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# control characters other than whitespace: a text has (almost) none, binary data many
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# an error message is for a person: long exception texts are cut
MESSAGE_CHARS = 500
NO_DATE_WARNING = ("no publication date: no header, timestamp or dateline gives one and none was "
                   "passed, so relative dates cannot be resolved")


@dataclass
class InputItem:
    """One article to extract, or an input that could not become one (``error`` set)."""

    doc_id: str
    text: str | None
    published: str | None = None
    error: ErrorInfo | None = None
    warnings: list[str] = field(default_factory=list)


def failed(doc_id: str, type_: str, message: str) -> InputItem:
    """An item that already failed: it becomes an error record, in its place."""
    return InputItem(doc_id=doc_id, text=None, error=ErrorInfo(type=type_, message=message))


def error_record(doc_id: str | None, type_: str, message: str) -> dict[str, Any]:
    return ErrorRecord(doc_id=doc_id, error=ErrorInfo(type=type_, message=message)).model_dump(mode="json")


# ---------------------------------------------------------------- decoding

def _binary_kind(raw: bytes) -> str | None:
    """What ``raw`` is when it is not text (a PDF, an image...), else None."""
    for signature, kind in _BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return "binary data (NUL bytes)"
    return None


def _mostly_control(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    return len(_CONTROL_RE.findall(sample)) > _MAX_CONTROL_SHARE * max(len(sample), 1)


def check_text(item: InputItem) -> InputItem:
    """``item`` with an error when its text cannot be an article (empty or blank)."""
    if item.error is None and item.text is not None and not item.text.strip():
        what = "empty" if not item.text else "whitespace only"
        item.error = ErrorInfo(type="EmptyInput", message=f"the text is {what}: no article to extract")
        item.text = None
    return item


def decode_bytes(raw: bytes, doc_id: str) -> InputItem:
    """The article in ``raw``: UTF-8, else a Unicode BOM, else the encoding charset-normalizer
    detects (with a warning on the record). Empty, blank, binary or undecodable input
    gives an error item."""
    if not raw:
        return failed(doc_id, "EmptyInput", "the file is empty (0 bytes)")
    warnings: list[str] = []
    text: str | None = None
    for bom, encoding in _UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                return failed(doc_id, "DecodeError", f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}")
            if encoding != "utf-8-sig":
                warnings.append(f"input was {encoding.upper()} (byte-order mark), not UTF-8")
            break
    if text is None:
        kind = _binary_kind(raw)
        if kind:
            return failed(doc_id, "BinaryInput", f"not a text: looks like {kind}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, encoding = _detect_and_decode(raw)
            if text is None:
                return failed(doc_id, "DecodeError",
                              f"not UTF-8 (byte {exc.start}: {exc.reason}) and no text encoding fits")
            warnings.append(f"input was not UTF-8: decoded as {encoding} (detected); "
                            f"spans are offsets into the decoded text")
    if _mostly_control(text):
        return failed(doc_id, "BinaryInput", "not a text: too many control characters")
    return check_text(InputItem(doc_id=doc_id, text=text, warnings=warnings))


def _detect_and_decode(raw: bytes) -> tuple[str | None, str | None]:
    """Decode non-UTF-8 bytes with the encoding charset-normalizer finds. English news that
    is not UTF-8 is nearly always Windows-1252, and short texts fit many code pages equally
    well, so cp1252 wins whenever it reads the bytes as cleanly as the best guess."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    western = from_bytes(raw, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos + 0.02):
        best = western
    if best is None:
        return None, None
    return str(best), best.encoding


# ---------------------------------------------------------------- inputs

def _file_doc_id(path: Path, root: Path | None) -> str:
    """SPEC: a file's path relative to the input folder, without its suffix."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def _read_file(path: Path, doc_id: str) -> InputItem:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return failed(doc_id, "UnreadableFile", f"cannot read {path}: {exc.strerror or exc}")
    return decode_bytes(raw, doc_id)


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


def list_files(root: Path, glob: str = "*.txt") -> list[Path]:
    """The files under ``root`` matching ``glob``, at any depth, in a stable order.

    Broken links are kept (they become ``UnreadableFile`` records, not silence)."""
    found = [p for p in root.rglob(glob) if not p.is_dir()]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def iter_inputs(paths: list[str], glob: str = "*.txt") -> Iterator[InputItem]:
    """The articles in ``paths``, in order: a folder gives its ``glob`` files (recursively,
    sorted by relative path), a ``.jsonl`` file one item per line, any other file one item."""
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            for f in list_files(path, glob):
                if _is_jsonl(f):
                    yield from _jsonl_file_items(f)
                else:
                    yield _read_file(f, _file_doc_id(f, path))
        elif _is_jsonl(path) and path.is_file():
            yield from _jsonl_file_items(path)
        elif path.exists() or path.is_symlink():
            yield _read_file(path, _file_doc_id(path, None))
        else:
            yield failed(_file_doc_id(path, None), "NotFound", f"no such file or folder: {raw_path}")


def count_inputs(paths: list[str], glob: str = "*.txt") -> int:
    """How many items ``iter_inputs`` will yield, without decoding anything (for progress)."""
    total = 0
    for raw_path in paths:
        path = Path(raw_path)
        files = list_files(path, glob) if path.is_dir() else [path]
        for f in files:
            if _is_jsonl(f) and f.is_file():
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _jsonl_file_items(path: Path) -> Iterator[InputItem]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield failed(path.stem, "UnreadableFile", f"cannot read {path}: {exc.strerror or exc}")
        return
    with fh:
        yield from jsonl_byte_lines(fh, path.name)


def jsonl_byte_lines(lines: Iterable[bytes], source: str, first_lineno: int = 1) -> Iterator[InputItem]:
    """One item per non-blank JSONL line given as bytes (blank lines are skipped but counted,
    so ids and messages name the real line); a line that is not UTF-8 is a BadJSONL error."""
    for lineno, raw in enumerate(lines, first_lineno):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield failed(f"{source}:{lineno}", "BadJSONL",
                         f"{source} line {lineno}: not UTF-8 (byte {exc.start}: {exc.reason})")
            continue
        yield _jsonl_item(line, source, lineno)


def jsonl_items(lines: Iterable[str], source: str) -> Iterator[InputItem]:
    """One item per non-blank line of ``{"id", "text", "published"?}`` objects; a line that
    is not such an object becomes an error item with doc_id ``source:lineno``."""
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            yield _jsonl_item(line, source, lineno)


def _jsonl_item(line: str, source: str, lineno: int) -> InputItem:
    where = f"{source} line {lineno}"
    fallback_id = f"{source}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return failed(fallback_id, "BadJSONL", f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return failed(fallback_id, "BadJSONL", f"{where}: expected an object with \"id\" and \"text\", got {type(obj).__name__}")
    doc_id = obj.get("id")
    if doc_id is None or isinstance(doc_id, (dict, list, bool)) or str(doc_id) == "":
        return failed(fallback_id, "BadJSONL", f"{where}: missing \"id\" (a string)")
    doc_id = str(doc_id)
    text = obj.get("text")
    if not isinstance(text, str):
        got = "missing" if text is None else f"a {type(text).__name__}"
        return failed(doc_id, "BadJSONL", f"{where}: \"text\" must be a string, is {got}")
    published = obj.get("published")
    if published is not None and not valid_date(published):
        return failed(doc_id, "BadJSONL", f"{where}: \"published\" must be YYYY-MM-DD, got {published!r}")
    return check_text(InputItem(doc_id=doc_id, text=text, published=published))


# ---------------------------------------------------------------- extraction

def article_record(article: Article, item: InputItem) -> dict[str, Any]:
    """The JSON-ready record of ``article``, with the item's input warnings on it."""
    record = article.model_dump(mode="json")
    warnings = list(item.warnings) + record.get("warnings", [])
    if record.get("published") is None:
        warnings.append(NO_DATE_WARNING)
    record["warnings"] = warnings
    return record


def _failure_record(item: InputItem, exc: BaseException) -> dict[str, Any]:
    message = str(exc)
    if len(message) > MESSAGE_CHARS:
        message = message[:MESSAGE_CHARS - 3] + "..."
    return error_record(item.doc_id, "ExtractionError", f"{type(exc).__name__}: {message}{_where(exc)}")


def _where(exc: BaseException) -> str:
    """`` (at extractor/x.py:12)``: the last line of ours the exception passed, for the fix."""
    package = Path(__file__).resolve().parents[1]  # extractor/
    last = None
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename)
        if package in path.parents:
            last = f"{path.relative_to(package.parent).as_posix()}:{frame.lineno}"
    return f" (at {last})" if last else ""


def _extract_one(extractor: Extractor, item: InputItem) -> dict[str, Any]:
    try:
        if len(item.text) > min(CHUNK_CHARS, extractor.nlp.max_length):
            article = extract_long(extractor, item.text, published=item.published, doc_id=item.doc_id)
        else:
            article = extractor.extract(item.text, published=item.published, doc_id=item.doc_id)
    except Exception as exc:  # one bad article must not stop the batch
        return _failure_record(item, exc)
    return article_record(article, item)


def process_items(extractor: Extractor, items: Iterable[InputItem], *,
                  batch_size: int | None = None) -> Iterator[dict[str, Any]]:
    """One record dict per item, in input order: the article, or ``{"doc_id", "error"}``.

    Ordinary texts go through ``nlp.pipe`` in batches; when a batch raises, its items
    are redone one by one so only the article at fault becomes an error record."""
    size = batch_size or extractor.batch_size
    iterator = iter(items)
    while True:
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield from _process_batch(extractor, batch)


def _process_batch(extractor: Extractor, batch: list[InputItem]) -> list[dict[str, Any]]:
    limit = min(CHUNK_CHARS, extractor.nlp.max_length)
    plain = [it for it in batch if it.error is None and len(it.text) <= limit]
    articles: dict[int, dict[str, Any]] = {}
    try:
        contexts = ((it.text, {"published": it.published, "doc_id": it.doc_id}) for it in plain)
        for it, article in zip(plain, extractor.pipe(contexts, as_tuples=True, batch_size=len(batch))):
            articles[id(it)] = article_record(article, it)
    except Exception:
        articles = {}  # redone one by one below, to find the article at fault
    records = []
    for it in batch:
        if it.error is not None:
            records.append(ErrorRecord(doc_id=it.doc_id, error=it.error).model_dump(mode="json"))
        elif id(it) in articles:
            records.append(articles[id(it)])
        else:
            records.append(_extract_one(extractor, it))
    return records


# ---------------------------------------------------------------- workers

_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(model: str | None) -> None:
    """Runs once in each worker process: load the pipeline there, once."""
    global _WORKER_EXTRACTOR
    # Ctrl-C is the parent's to handle: it stops the pool; workers must not print tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..pipeline import Extractor

    _WORKER_EXTRACTOR = Extractor(model)


def _work(batch: list[InputItem]) -> list[dict[str, Any]]:
    return _process_batch(_WORKER_EXTRACTOR, batch)


def _pool_context():
    # fork starts workers in milliseconds with spaCy already imported; elsewhere, spawn
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_batch(items: Iterable[InputItem], *, workers: int = 1, model: str | None = None,
              batch_size: int = 8, extractor: Extractor | None = None) -> Iterator[dict[str, Any]]:
    """``process_items`` over ``workers`` processes (a pool whose initializer loads the
    pipeline once per process); records come out in input order, the same as with one."""
    if workers <= 1:
        if extractor is None:
            from ..pipeline import Extractor

            extractor = Extractor(model)
        yield from process_items(extractor, items)
        return
    yield from _run_pool(iter(items), workers, model, batch_size)


def _new_pool(workers: int, model: str | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_pool_context(), initializer=_init_worker, initargs=(model,))


def _run_pool(items: Iterator[InputItem], workers: int, model: str | None,
              batch_size: int) -> Iterator[dict[str, Any]]:
    in_flight = workers * 3  # enough queued work to keep every worker busy, not the whole input
    pool = _new_pool(workers, model)
    pending: deque = deque()
    try:
        while True:
            while len(pending) < in_flight:
                batch = list(islice(items, batch_size))
                if not batch:
                    break
                pending.append((batch, pool.submit(_work, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                yield from future.result()
                continue
            except BrokenProcessPool:
                pass
            # a worker died (out of memory, a crash in native code) and took the pool with it:
            # every batch in flight is redone in a fresh pool one article per task, so only
            # the article that kills a worker again is lost, as an error record
            lost = [it for b in [batch] + [b for b, _ in pending] for it in b]
            pending.clear()
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _new_pool(workers, model)
            for it in lost:
                try:
                    records = pool.submit(_work, [it]).result()
                except BrokenProcessPool:
                    records = [error_record(it.doc_id, "WorkerCrashed",
                                            "the worker process died while extracting this article "
                                            "(out of memory, or a crash in native code)")]
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _new_pool(workers, model)
                yield from records
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- output and resume

def done_ids(out_path: str | os.PathLike) -> set[str]:
    """The doc_ids already in an output file, for ``--resume``. A trailing partial line
    (the run was killed mid-write) is cut off the file first, so appending starts clean."""
    path = Path(out_path)
    if not path.exists():
        return set()
    with path.open("r+b") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            fh.truncate(keep)
            data = data[:keep]
    ids = set()
    for line in data.splitlines():
        try:
            doc_id = json.loads(line).get("doc_id")
        except (ValueError, AttributeError):
            continue
        if doc_id is not None:
            ids.add(doc_id)
    return ids


def to_line(record: dict[str, Any]) -> str:
    """One record as one JSONL line (with its newline)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


__all__ = [
    "InputItem", "decode_bytes", "iter_inputs", "jsonl_items", "process_items", "run_batch",
    "extract_long", "split_text", "merge_records", "check_article_input", "done_ids", "to_line", "error_record", "count_inputs",
]
