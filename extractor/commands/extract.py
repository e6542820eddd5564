"""``newsfacts extract``: inputs in, one record per article out, on the local engine
(``batch``) or on a Dask cluster (``dask``, the extra)."""
from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from .exit_status import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from .summary import Summary


def _progress(total: int):
    """A tqdm bar on stderr when a person watches it; none when stderr is piped or a file."""
    from tqdm import tqdm

    # no monitor thread: worker processes are forked after the bar exists
    tqdm.monitor_interval = 0
    return tqdm(total=total, unit="article", dynamic_ncols=True, disable=not sys.stderr.isatty())


def run_extract(args: argparse.Namespace) -> int:
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
        from . import dask as engine
    except ImportError as exc:  # the extra is not installed
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _run_on_dask(engine, args.paths, args.out, args.scheduler, args.glob, args.published,
                        n_workers=args.workers)


def _run_on_dask(engine, paths: list[str], out: str | None, scheduler: str | None, glob: str = "*.txt",
                 published: str | None = None, n_workers: int | None = None) -> int:
    """Run on the cluster, print the closing line, return the exit status (1 when some
    input became an error record, as with the local engine). Without a ``scheduler``, a
    local cluster of ``n_workers`` processes (default one per CPU)."""
    started = time.perf_counter()
    try:
        client, cluster = engine.start_client(scheduler, n_workers)
    except (OSError, TimeoutError) as exc:
        print(f"newsfacts: cannot reach the Dask scheduler at {scheduler}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        totals = engine.run(paths, out, client, glob=glob, published=published)
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary = Summary(articles=totals["articles"], errors=totals["errors"], meetings=totals["meetings"],
                      trade_stats=totals["trade_stats"], warned=totals["warned"])
    print(summary.line(time.perf_counter() - started)
          + f" on Dask ({totals['partitions']} partitions)", file=sys.stderr)
    return EXIT_FAILED if totals["errors"] else EXIT_OK
