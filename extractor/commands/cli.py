"""Command line: ``newsfacts extract|review|dataset|series|timeline|validate|schema`` (also
``python -m extractor``).

    newsfacts extract PATH... [--out FILE|-] [--workers N] [--resume] [--published YYYY-MM-DD]
    newsfacts review PATH... --out FILE.html [--records FILE.jsonl]
    newsfacts dataset RECORDS... --db FILE.sqlite
    newsfacts series --db FILE.sqlite --reporter AZ [--partner BY] [--metric M] [--csv] [--plot FILE.png]
    newsfacts timeline --db FILE.sqlite [--country AZ] [--csv]
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


def _country_arg(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"expected an ISO 3166-1 alpha-2 country code such as AZ, got {value!r}")
    return code


def _cmd_dataset(args: argparse.Namespace) -> int:
    from .dataset.command import run_dataset

    return run_dataset(args)


def _cmd_series(args: argparse.Namespace) -> int:
    from .dataset.command import run_series

    return run_series(args)


def _cmd_timeline(args: argparse.Namespace) -> int:
    from .dataset.command import run_timeline

    return run_timeline(args)


def _cmd_review(args: argparse.Namespace) -> int:
    from .review.command import run_review

    return run_review(args)


def _add_review_command(sub) -> None:
    rv = sub.add_parser("review", help="an HTML page to check the extraction by eye, one article at a time")
    rv.add_argument("paths", nargs="*", metavar="PATH",
                    help="the articles, as extract takes them: extracted now, or with --records only "
                         "read for their texts (found by doc_id)")
    rv.add_argument("--records", nargs="+", metavar="RECORDS",
                    help="records extracted before (JSONL files or Dask output folders) instead of extracting")
    rv.add_argument("--out", required=True, metavar="FILE.html", help="the page to write")
    rv.add_argument("--glob", default="*.txt", help="file pattern inside folders (default *.txt)")
    rv.add_argument("--published", default=None, type=_date_arg, metavar="YYYY-MM-DD",
                    help="publication date for inputs that do not carry their own")
    rv.add_argument("--workers", default=None, type=_workers_arg, metavar="N", help="worker processes")
    rv.set_defaults(func=_cmd_review)


def _add_dataset_commands(sub) -> None:
    ds = sub.add_parser("dataset", help="load records (JSONL files, Dask output folders) into an SQLite dataset")
    ds.add_argument("records", nargs="+", metavar="RECORDS",
                    help="a JSONL file of records, or a folder of part-NNNNN.jsonl files (--engine dask)")
    ds.add_argument("--db", required=True, metavar="FILE.sqlite", help="the dataset (created when missing)")
    ds.set_defaults(func=_cmd_dataset)

    se = sub.add_parser("series", help="a country's trade figures across articles, merged, conflicts flagged")
    se.add_argument("--db", required=True, metavar="FILE.sqlite")
    se.add_argument("--reporter", required=True, type=_country_arg, metavar="CC",
                    help="the country whose side the series is read from (alpha-2)")
    se.add_argument("--partner", type=_country_arg, metavar="CC",
                    help="the other country (default: every partner, and the world)")
    se.add_argument("--metric", choices=("turnover", "exports", "imports"),
                    help="one metric, from the reporter's side")
    se.add_argument("--status", choices=("reported", "target", "forecast"), help="one status")
    se.add_argument("--csv", action="store_true", help="CSV on stdout, one line per source")
    se.add_argument("--plot", metavar="FILE.png", help="also draw the series (pip install 'newsfacts[plot]')")
    se.set_defaults(func=_cmd_series)

    tl = sub.add_parser("timeline", help="meetings across articles in date order, the same meeting merged")
    tl.add_argument("--db", required=True, metavar="FILE.sqlite")
    tl.add_argument("--country", type=_country_arg, metavar="CC", help="only meetings this country took part in")
    tl.add_argument("--csv", action="store_true", help="CSV on stdout, one line per report")
    tl.set_defaults(func=_cmd_timeline)


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

    _add_review_command(sub)
    _add_dataset_commands(sub)

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
