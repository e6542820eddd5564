"""Command line: ``newsfacts extract|validate|schema`` (also ``python -m extractor``).

    newsfacts extract PATH... [--out FILE|-] [--workers N] [--resume] [--published YYYY-MM-DD]
    newsfacts validate FIXTURES_DIR [--update]
    newsfacts schema
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


@dataclass
class Summary:
    """What a batch produced, for the closing line on stderr."""

    articles: int = 0
    errors: int = 0
    meetings: int = 0
    trade_stats: int = 0
    warned: int = 0
    skipped: int = 0

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            self.errors += 1
            return
        self.articles += 1
        self.meetings += len(record.get("meetings") or ())
        self.trade_stats += len(record.get("trade_stats") or ())
        self.warned += bool(record.get("warnings"))

    def line(self, seconds: float) -> str:
        done = self.articles + self.errors
        rate = done / seconds if seconds > 0 else 0.0
        parts = [f"{self.articles} articles", _plural(self.errors, "error"),
                 _plural(self.meetings, "meeting"), _plural(self.trade_stats, "trade statistic"),
                 f"{self.warned} with warnings"]
        text = f"newsfacts: {', '.join(parts)} in {seconds:.1f} s ({rate:.2f} articles/s)"
        if self.skipped:
            text += f"; {self.skipped} skipped (already in the output)"
        return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _date_arg(value: str) -> str:
    from ..article_input import valid_date

    if not valid_date(value):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return value


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of workers cannot be negative")
    return n or (os.cpu_count() or 1)


def _progress(total: int):
    """A tqdm bar on stderr when a person watches it; none when stderr is piped or a file."""
    from tqdm import tqdm

    # no monitor thread: worker processes are forked after the bar exists
    tqdm.monitor_interval = 0
    return tqdm(total=total, unit="article", dynamic_ncols=True, disable=not sys.stderr.isatty())


def _cmd_extract(args: argparse.Namespace) -> int:
    if getattr(args, "engine", "local") == "dask" or getattr(args, "scheduler", None):
        return _extract_on_dask(args)
    from . import batch

    to_stdout = args.out in (None, "-")
    if args.resume and to_stdout:
        print("newsfacts: --resume needs --out FILE (it reads what that file already holds)", file=sys.stderr)
        return EXIT_USAGE
    summary = Summary()
    done = batch.done_ids(args.out) if args.resume else set()
    bar = _progress(batch.count_inputs(args.paths, args.glob))

    def todo():
        for item in batch.iter_inputs(args.paths, args.glob):
            if item.doc_id in done:
                summary.skipped += 1
                bar.update()
                continue
            if item.published is None:
                item.published = args.published
            yield item

    started = time.perf_counter()
    out: TextIO = sys.stdout if to_stdout else open(args.out, "a" if args.resume else "w", encoding="utf-8")
    try:
        for record in batch.run_batch(todo(), workers=args.workers or 1):
            # one whole line per write, flushed: a killed run never leaves half a record
            out.write(batch.to_line(record))
            out.flush()
            summary.add(record)
            if "error" in record:
                err = record["error"]
                bar.write(f"newsfacts: {record['doc_id']}: {err['type']}: {err['message']}", file=sys.stderr)
            bar.update()
    except KeyboardInterrupt:
        bar.close()
        print(f"newsfacts: interrupted after {summary.articles + summary.errors} records; "
              f"run again with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, like any Unix filter
        sys.stderr.close()
        return EXIT_FAILED
    finally:
        bar.close()
        if not to_stdout:
            out.close()
    print(summary.line(time.perf_counter() - started), file=sys.stderr)
    return EXIT_FAILED if summary.errors else EXIT_OK


def _extract_on_dask(args: argparse.Namespace) -> int:
    """``--engine dask``: the same records, computed on a Dask cluster (``extractor.commands.dask``)."""
    if args.engine != "dask":
        print("newsfacts: --scheduler is for --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if args.resume:
        print("newsfacts: --resume is for the local engine", file=sys.stderr)
        return EXIT_USAGE
    if args.workers and args.scheduler:
        # a running cluster has the workers it has: saying how many would be ignored
        print("newsfacts: --workers sizes the local Dask cluster; with --scheduler the cluster "
              "decides", file=sys.stderr)
        return EXIT_USAGE
    try:
        from .dask import run_cli
    except ImportError as exc:  # the extra is not installed
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run_cli(args.paths, args.out, args.scheduler, args.glob, args.published, n_workers=args.workers)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_fixtures

    results = validate_fixtures(args.fixtures, update=args.update)
    if not results:
        print(f"newsfacts: no fixtures (x.txt with x.json beside it) under {args.fixtures}", file=sys.stderr)
        return EXIT_FAILED
    differing = [r for r in results if r.differences]
    for result in differing:
        print(f"{result.name}: {_plural(len(result.differences), 'difference')}"
              + (" (fixture updated)" if args.update else ""))
        for line in result.differences:
            print(f"  {line}")
    print(f"{len(results)} fixtures, {len(differing)} differ" + (", rewritten" if args.update and differing else ""))
    return EXIT_OK if args.update or not differing else EXIT_FAILED


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import article_schema

    print(json.dumps(article_schema(), indent=2))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from files, folders or JSONL")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="a text file, a folder (searched recursively) or a JSONL file of "
                         '{"id", "text", "published"?} objects')
    ex.add_argument("--out", default="-", help="output JSONL file, or - for stdout (default)")
    ex.add_argument("--glob", default="*.txt", help="file pattern inside folders (default *.txt)")
    ex.add_argument("--published", default=None, type=_date_arg, metavar="YYYY-MM-DD",
                    help="publication date for inputs that do not carry their own")
    ex.add_argument("--workers", default=None, type=_workers_arg, metavar="N",
                    help="worker processes, each loading spaCy once (0: one per CPU; default 1, "
                         "and with --engine dask the size of the local cluster, default one per CPU)")
    ex.add_argument("--resume", action="store_true",
                    help="append to --out, skipping the doc_ids it already holds")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: processes on this machine (default); dask: a Dask cluster "
                         "(pip install 'newsfacts[dask]'), where --out DIR gets one JSONL per "
                         "partition and a manifest")
    ex.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="with --engine dask: the scheduler, e.g. tcp://HOST:8786 (default: "
                         "a local cluster of one worker per CPU)")
    ex.set_defaults(func=_cmd_extract)

    va = sub.add_parser("validate", help="extract fixtures (x.txt beside x.json) and report differences")
    va.add_argument("fixtures", metavar="FIXTURES_DIR")
    va.add_argument("--update", action="store_true", help="rewrite each x.json with what is extracted now")
    va.set_defaults(func=_cmd_validate)

    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.set_defaults(func=_cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
