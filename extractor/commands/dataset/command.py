"""``newsfacts dataset``, ``series`` and ``timeline``: arguments in, the dataset's answer
out (stdout: what was asked for; stderr: what was skipped and the closing line)."""
from __future__ import annotations

import argparse
import sys
from contextlib import closing

from ..exit_status import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from ..records_file import read_record_lines
from ..summary import plural
from .series import query_series
from .store import DatasetError, counts, load_records, open_dataset
from .tables import series_text, timeline_text, write_series_csv, write_timeline_csv


def run_dataset(args: argparse.Namespace) -> int:
    try:
        conn = open_dataset(args.db)
    except DatasetError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with closing(conn):
        report = load_records(conn, read_record_lines(args.records))
        rows = counts(conn)
    for line in report.notes:
        print(f"newsfacts: note: {line}", file=sys.stderr)
    for line in report.skipped:
        print(f"newsfacts: skipped {line}", file=sys.stderr)
    print(f"newsfacts: {args.db}: {plural(report.added, 'article')} added, {report.replaced} reloaded (their rows "
          f"replaced), {plural(len(report.skipped), 'line')} skipped; the dataset holds "
          f"{plural(rows['articles'], 'article')}, {rows['people']} people, {plural(rows['meetings'], 'meeting')}, "
          f"{plural(rows['trade_stats'], 'trade statistic')}", file=sys.stderr)
    return EXIT_FAILED if report.skipped else EXIT_OK


def _open_existing(path: str):
    try:
        return open_dataset(path, create=False)
    except DatasetError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return None


def run_series(args: argparse.Namespace) -> int:
    conn = _open_existing(args.db)
    if conn is None:
        return EXIT_USAGE
    with closing(conn):
        rows = query_series(conn, args.reporter, args.partner, metric=args.metric, status=args.status)
    if args.csv:
        write_series_csv(rows, sys.stdout)
    else:
        sys.stdout.write(series_text(rows))
    pair = f"{args.reporter}-{args.partner}" if args.partner else f"{args.reporter} with every partner"
    conflicts = sum(r.conflict for r in rows)
    articles = len({d for r in rows for d in r.doc_ids})
    print(f"newsfacts: {pair}: {plural(len(rows), 'figure')}, {conflicts} in conflict, from "
          f"{plural(articles, 'article')}", file=sys.stderr)
    if args.plot:
        from .plot import PlotUnavailable, plot_series

        try:
            drawn = plot_series(rows, args.plot, f"{pair} trade")
        except PlotUnavailable as exc:
            print(f"newsfacts: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"newsfacts: wrote {args.plot} ({drawn} of {len(rows)} figures: the others have no amount "
              f"or no period)", file=sys.stderr)
    return EXIT_OK


def run_timeline(args: argparse.Namespace) -> int:
    from .timeline import query_timeline

    conn = _open_existing(args.db)
    if conn is None:
        return EXIT_USAGE
    with closing(conn):
        events = query_timeline(conn, args.country)
    if args.csv:
        write_timeline_csv(events, sys.stdout)
    else:
        sys.stdout.write(timeline_text(events))
    reports = sum(len(e.reports) for e in events)
    print(f"newsfacts: {plural(len(events), 'meeting')} from {plural(reports, 'report')}", file=sys.stderr)
    return EXIT_OK
