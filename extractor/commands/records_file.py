"""Records read back: the JSONL that ``newsfacts extract`` writes (one file from the local
engine or the Dask engine's ``--out FILE``, or a Dask output folder of ``part-NNNNN.jsonl``
files with a ``manifest.json``), line by line.

Every non-blank line becomes a ``RecordLine``: the record it holds (an article or an error
record), or the reason it holds none. Nothing is dropped without a reason, and every
reason names its ``FILE:LINE``; what to do with error records is the caller's choice
(the dataset skips them, the review page shows them).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"   # the Dask engine writes it last, once every part file is complete


@dataclass(frozen=True)
class RecordLine:
    where: str                          # FILE:LINE, or the path given when it cannot be read
    record: dict[str, Any] | None       # the parsed object, None when the line is not a record
    problem: str | None = None          # why it is not a record
    lost: bool = True                   # False for a note about the input that loses nothing

    @property
    def doc_id(self) -> str | None:
        return None if self.record is None else self.record.get("doc_id")

    @property
    def is_error(self) -> bool:
        return self.record is not None and "error" in self.record


def record_files(path: Path) -> tuple[list[Path], list[str]]:
    """The JSONL files a records path stands for, in order, and notes about it for the user.

    A file is itself. A folder is a Dask output: the part files its manifest lists, in
    the manifest's order; without a manifest (a run that did not finish, or a folder of
    JSONL files) its ``*.jsonl`` files sorted by name, and a note saying so."""
    if not path.is_dir():
        return [path], []
    manifest = path / MANIFEST
    if manifest.is_file():
        try:
            entries = json.loads(manifest.read_text(encoding="utf-8"))["partitions"]
            return [path / entry["file"] for entry in entries], []
        except (ValueError, KeyError, TypeError) as exc:
            note = f"its {MANIFEST} is not a newsfacts manifest ({exc.__class__.__name__}: {exc}); reading every *.jsonl"
            return sorted(path.glob("*.jsonl")), [note]
    files = sorted(path.glob("*.jsonl"))
    note = (f"no {MANIFEST}, so the run that wrote it may not have finished; "
            f"reading its {len(files)} *.jsonl files")
    return files, [note]


def read_record_lines(paths: Iterable[str | Path]) -> Iterator[RecordLine]:
    """Every line of every records file under ``paths``, as ``RecordLine`` s, in order.
    A path that cannot be read comes as a line with a problem and no record; a note about a
    folder (no manifest) as one with ``lost`` False."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield RecordLine(str(given), None, "no such file or folder")
            continue
        files, notes = record_files(path)
        for note in notes:
            yield RecordLine(str(path), None, note, lost=False)
        for file in files:
            yield from _file_lines(file)


def _file_lines(file: Path) -> Iterator[RecordLine]:
    try:
        fh = file.open("rb")
    except OSError as exc:
        yield RecordLine(str(file), None, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if raw.strip():
                yield parse_record_line(raw, f"{file}:{lineno}")


def parse_record_line(raw: bytes | str, where: str) -> RecordLine:
    """One JSONL line as a record, or the reason it is none (not UTF-8, not JSON, not an
    object, no ``doc_id``)."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        return RecordLine(where, None, f"not UTF-8 (byte {exc.start}: {exc.reason})")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        cut = "" if text.endswith("\n") else " (a cut-off last line: the run was killed while writing?)"
        return RecordLine(where, None, f"not valid JSON ({exc.msg} at column {exc.colno}){cut}")
    if not isinstance(obj, dict):
        return RecordLine(where, None, f"expected a record (a JSON object), got {type(obj).__name__}")
    if not isinstance(obj.get("doc_id"), str) or not obj["doc_id"]:
        return RecordLine(where, None, 'no "doc_id": a record without one cannot be told apart from others')
    return RecordLine(where, obj)

