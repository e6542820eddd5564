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

from .exit_status import EXIT_FAILED, EXIT_OK
from .summary import plural


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


def _cmd_extract(args: argparse.Namespace) -> int:
    from .extract import run_extract

    return run_extract(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_fixtures

    results = validate_fixtures(args.fixtures, update=args.update)
    if not results:
        print(f"newsfacts: no fixtures (x.txt with x.json beside it) under {args.fixtures}", file=sys.stderr)
        return EXIT_FAILED
    differing = [r for r in results if r.differences]
    for result in differing:
        print(f"{result.name}: {plural(len(result.differences), 'difference')}"
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
