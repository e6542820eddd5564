"""``newsfacts review``: the review page of articles extracted now (``PATH...``, as
``extract`` takes them), or of records extracted before (``--records FILE.jsonl`` or a
Dask output folder), their texts read from ``PATH...`` by doc_id."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..exit_status import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from ..records_file import read_record_lines
from .page import ReviewEntry, build_page


def entries_from_extraction(paths: list[str], glob: str, published: str | None,
                            workers: int) -> list[ReviewEntry]:
    """Extract ``paths`` (the local engine) and pair each record with its text."""
    from .. import batch

    items = list(batch.iter_inputs(paths, glob))
    for item in items:
        if item.published is None:
            item.published = published
    records = batch.run_batch(iter(items), workers=workers)
    return [ReviewEntry(item.doc_id, record, item.text) for item, record in zip(items, records)]


def entries_from_records(records: list[str], paths: list[str], glob: str) -> tuple[list[ReviewEntry], list[str]]:
    """Records read back, each with the text of its doc_id among ``paths`` (read and
    decoded as ``extract`` reads them, so the spans point where they did), and notes
    about the inputs. A line that is not a record is shown as an error entry named by
    its FILE:LINE."""
    from .. import batch

    texts = {item.doc_id: item.text for item in batch.iter_inputs(paths, glob)} if paths else {}
    entries, notes = [], []
    for line in read_record_lines(records):
        if not line.lost:
            notes.append(f"{line.where}: {line.problem}")
            continue
        if line.record is None:
            entries.append(ReviewEntry(line.where, {"doc_id": line.where,
                                                    "error": {"type": "BadRecordLine", "message": line.problem}}, None))
            continue
        doc_id = line.record["doc_id"]
        entries.append(ReviewEntry(doc_id, line.record, texts.get(doc_id)))
    return entries, notes


def run_review(args: argparse.Namespace) -> int:
    if not args.paths and not args.records:
        print("newsfacts: review needs PATH... to extract, or --records FILE (and PATH... for the texts)",
              file=sys.stderr)
        return EXIT_USAGE
    notes: list[str] = []
    if args.records:
        entries, notes = entries_from_records(args.records, args.paths, args.glob)
    else:
        entries = entries_from_extraction(args.paths, args.glob, args.published, args.workers or 1)
    Path(args.out).write_text(build_page(entries, title=f"newsfacts review: {len(entries)} articles"),
                              encoding="utf-8")
    for note in notes:
        print(f"newsfacts: note: {note}", file=sys.stderr)
    errors = [e for e in entries if "error" in e.record]
    for entry in errors:
        err = entry.record["error"]
        print(f"newsfacts: {entry.doc_id}: {err['type']}: {err['message']}", file=sys.stderr)
    warned = sum(bool(e.record.get("warnings") or e.notes) for e in entries if "error" not in e.record)
    print(f"newsfacts: wrote {args.out}: {len(entries)} articles, {len(errors)} error records, "
          f"{warned} with warnings", file=sys.stderr)
    return EXIT_FAILED if errors else EXIT_OK
