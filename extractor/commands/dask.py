"""The Dask engine: the same extraction on a ``dask.distributed`` cluster.

Needs the extra: ``pip install 'newsfacts[dask]'`` (the default install never imports
this module). The command line is ``newsfacts extract PATH... --engine dask
[--scheduler ADDRESS] [--out DIR|FILE]``; from Python::

    from extractor.commands.dask import extract_bag
    bag = extract_bag(["s3://bucket/news/"], published="2024-05-01")  # dask.bag.Bag of dicts
    bag.filter(lambda r: r.get("trade_stats")).map(json.dumps).to_textfiles("out/*.jsonl")

How it works: the client lists the inputs (files, folders, JSONL; local or any fsspec
URL) and cuts them into partitions (``dask_inputs``) without reading an article. Each
partition is one task, which reads its bytes on the worker and runs
``batch.process_items`` there, with the pipeline each worker process loads once
(``worker_extractor``; the ``PipelineLoader`` plugin loads it when a worker starts, so
the first task does not wait for spaCy). The records are those of the local engine, in
the same order; an article that raises is an error record, and a task lost with its
worker is redone by Dask elsewhere.
"""
from __future__ import annotations

# absolute imports: this module is ``extractor.commands.dask``, ``dask`` below is the library
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from operator import add
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag as db
    import fsspec
    from dask.delayed import Delayed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError("the Dask engine needs the dask extra: pip install 'newsfacts[dask]'") from exc

from .batch import InputItem, error_record, process_items, to_line
from .dask_inputs import (FILES_PER_PARTITION, JSONL_BLOCKSIZE, Partition, count_newlines,
                          list_sources, make_partitions, read_partition)

if TYPE_CHECKING:
    from distributed import Client

    from ..pipeline import Extractor

MANIFEST = "manifest.json"

# ---------------------------------------------------------------- one pipeline per worker process

_EXTRACTORS: dict[str | None, Extractor] = {}
_EXTRACTORS_LOCK = threading.Lock()
_PIPELINE_LOCK = threading.Lock()


def worker_extractor(model: str | None = None) -> Extractor:
    """The pipeline of this process, loaded on first use and then kept: every task a
    worker runs shares it (the lock keeps the plugin and a first task from both loading)."""
    with _EXTRACTORS_LOCK:
        if model not in _EXTRACTORS:
            from ..pipeline import Extractor

            _EXTRACTORS[model] = Extractor(model)
        return _EXTRACTORS[model]


class PipelineLoader(WorkerPlugin):
    """Starts loading the pipeline when a worker starts (also one restarted after a crash).

    ``client.register_plugin(PipelineLoader())`` before computing an ``extract_bag``.
    The loading runs in a thread of its own: a worker that blocked on spaCy for seconds
    while it starts could miss its start-up deadlines on a busy machine; a first task that
    comes early waits for the loading on ``worker_extractor``'s lock."""

    name = "newsfacts-pipeline"

    def __init__(self, model: str | None = None):
        self.model = model

    def setup(self, worker) -> None:
        threading.Thread(target=worker_extractor, args=(self.model,), daemon=True,
                         name="newsfacts-pipeline-loader").start()


# ---------------------------------------------------------------- the tasks

def extract_partition(partition: Partition, first_lineno: int = 1, published: str | None = None,
                      model: str | None = None) -> list[dict[str, Any]]:
    """The records of one partition, in order (runs on a worker)."""
    return extract_items(read_items(partition, first_lineno, published), model)


def read_items(partition: Partition, first_lineno: int = 1, published: str | None = None) -> list[InputItem]:
    """The partition's items, read but not extracted."""
    return list(_with_published(read_partition(partition, first_lineno), published))


def extract_items(items: list[InputItem], model: str | None = None) -> list[dict[str, Any]]:
    """The records of ``items`` with this process's pipeline. A worker with several threads
    runs one extraction at a time (spaCy holds the GIL anyway, and one pipeline is not
    made to be run by two threads at once); reading, done before, overlaps with it."""
    extractor = worker_extractor(model)
    with _PIPELINE_LOCK:
        return list(process_items(extractor, items))


def _with_published(items: Iterator[InputItem], published: str | None) -> Iterator[InputItem]:
    # as the local CLI: --published is for the inputs that do not carry their own date
    for item in items:
        if item.published is None:
            item.published = published
        yield item


def _first_linenos(partitions: list[Partition]) -> list[Any]:
    """For each partition, the file line number of its first line: 1, or for a JSONL block
    after the first a delayed sum of the line ends before it (counted on the workers, in
    parallel, so the client never reads the file)."""
    linenos: list[Any] = []
    before: Any = 0        # line ends in the current JSONL file before the current block
    for i, part in enumerate(partitions):
        block = part.jsonl
        if block is None or block.offset == 0:
            linenos.append(1)
            before = 0
        else:
            # read_block starts a block after the first line end at or after its offset:
            # one more line end before it, and its first line is the next one
            linenos.append(dask.delayed(add, pure=True)(before, 2))
        following = partitions[i + 1].jsonl if i + 1 < len(partitions) else None
        if block is not None and following is not None and following.path == block.path and following.offset:
            before = dask.delayed(add, pure=True)(before, dask.delayed(count_newlines, pure=True)(part.fs, block))
    return linenos


def plan(paths: list[str], glob: str = "*.txt", *, storage_options: dict | None = None,
         files_per_partition: int = FILES_PER_PARTITION,
         blocksize: int = JSONL_BLOCKSIZE) -> list[Partition]:
    """The partitions of ``paths`` (listing only, nothing is read)."""
    sources = list_sources(list(paths), glob, storage_options=storage_options, blocksize=blocksize)
    return make_partitions(sources, files_per_partition)


def partition_tasks(partitions: list[Partition], *, published: str | None = None,
                    model: str | None = None, linenos: list[Any] | None = None) -> list[Any]:
    """One ``dask.delayed`` list of records per partition."""
    linenos = linenos if linenos is not None else _first_linenos(partitions)
    return [dask.delayed(extract_partition, pure=True)(
                part, lineno, published, model,
                dask_key_name=f"newsfacts-extract-{part.index:05d}-{dask.base.tokenize(part, published, model)}")
            for part, lineno in zip(partitions, linenos)]


def extract_bag(paths: list[str] | str, *, glob: str = "*.txt", published: str | None = None,
                model: str | None = None, storage_options: dict | None = None,
                files_per_partition: int = FILES_PER_PARTITION,
                blocksize: int = JSONL_BLOCKSIZE) -> db.Bag:
    """A ``dask.bag.Bag`` of the records (dicts, as the local engine's JSONL lines) of the
    articles in ``paths``: files, folders (``glob`` files at any depth) and JSONL files,
    local or fsspec URLs. One partition per group of ``files_per_partition`` files or per
    JSONL block of about ``blocksize`` bytes; the bag's order is the input order."""
    if isinstance(paths, str):
        paths = [paths]
    partitions = plan(paths, glob, storage_options=storage_options,
                      files_per_partition=files_per_partition, blocksize=blocksize)
    if not partitions:
        return db.from_sequence([], npartitions=1)
    return db.from_delayed(partition_tasks(partitions, published=published, model=model))


# ---------------------------------------------------------------- writing

def counts(records: list[dict[str, Any]]) -> dict[str, int]:
    """What a partition produced, for the manifest and the closing line."""
    errors = sum("error" in r for r in records)
    return {
        "records": len(records),
        "articles": len(records) - errors,
        "errors": errors,
        "meetings": sum(len(r.get("meetings") or ()) for r in records),
        "trade_stats": sum(len(r.get("trade_stats") or ()) for r in records),
        "warned": sum(bool(r.get("warnings")) for r in records if "error" not in r),
    }


def write_partition(records: list[dict[str, Any]], fs: Any, path: str) -> dict[str, Any]:
    """Write one partition's JSONL file (on the worker) and return its counts and error
    lines: the records themselves never travel back to the client."""
    with fs.open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(to_line(record))
    return {
        **counts(records),
        "first_doc_id": records[0].get("doc_id") if records else None,
        "last_doc_id": records[-1].get("doc_id") if records else None,
        "error_lines": [_error_line(r) for r in records if "error" in r],
    }


def _error_line(record: dict[str, Any]) -> str:
    err = record["error"]
    return f"newsfacts: {record.get('doc_id')}: {err['type']}: {err['message']}"


def rescue_partition(client: Client, partition: Partition, first_lineno: Any, published: str | None,
                     model: str | None) -> list[dict[str, Any]]:
    """The records of a partition whose task killed its worker each time Dask tried it (an
    article that crashes spaCy, or needs more memory than a worker has): its articles are
    extracted again one per task, so only an article that still kills its worker is lost,
    as a ``WorkerCrashed`` error record in its place, as with the local engine."""
    from distributed import KilledWorker
    from distributed import TimeoutError as ResultTimeout   # asyncio's on Python 3.10, the builtin after

    if isinstance(first_lineno, Delayed):
        first_lineno = client.compute(first_lineno).result(timeout=RESCUE_TIMEOUT)
    # read here, on the client: a cluster busy restarting its workers need not run this too
    items = read_items(partition, first_lineno, published)
    futures = client.map(extract_items, [[item] for item in items], model=model, pure=False)
    per_item: list[list[dict[str, Any]] | None] = []
    for future in futures:
        try:
            per_item.append(future.result(timeout=RESCUE_TIMEOUT))
        except (KilledWorker, ResultTimeout):
            per_item.append(None)
    # Dask blames every task queued on a worker that dies, so an innocent article waiting
    # behind the killer can be marked too: each one is tried again alone, one at a time
    for k, item in enumerate(items):
        if per_item[k] is not None:
            continue
        try:
            per_item[k] = client.submit(extract_items, [item], model=model, pure=False).result(timeout=RESCUE_TIMEOUT)
        except KilledWorker:
            per_item[k] = [error_record(item.doc_id, "WorkerCrashed",
                                        "the worker process died each time it extracted this article "
                                        "(a crash in native code, or out of memory)")]
        except ResultTimeout:
            # no worker came back to take it (a cluster that lost them all): said, not waited on forever
            per_item[k] = [error_record(item.doc_id, "WorkerCrashed",
                                        f"no worker extracted this article within {RESCUE_TIMEOUT} s after "
                                        "its partition killed a worker")]
    return [record for records in per_item for record in records]


# how long the rescue of a partition waits for one article before it gives the article an error record
RESCUE_TIMEOUT = 600
# how long a partition may run before it is taken for lost (its workers gone and not back) and rescued
# article by article: a partition of 64 articles takes seconds, of very long ones minutes
PARTITION_TIMEOUT = 3600


def is_directory_output(out: str) -> bool:
    """``--out`` names a folder (one JSONL per partition and a manifest) when it ends with
    a slash, is an existing folder, or has no suffix; otherwise it is one JSONL file."""
    if out.endswith("/") or out.endswith(os.sep):
        return True
    fs, path = fsspec.core.url_to_fs(out)
    if fs.isdir(path):
        return True
    return not PurePosixPath(path).suffix


# ---------------------------------------------------------------- running

def start_client(scheduler: str | None = None, n_workers: int | None = None):
    """A ``Client`` of the cluster at ``scheduler``, or of a new ``LocalCluster`` of one
    single-threaded worker process per CPU (spaCy work is CPU bound and holds the GIL).
    Returns ``(client, cluster or None)``; close both when done."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    workers = n_workers or _cpus()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def run(paths: list[str], out: str | None, client: Client, *, glob: str = "*.txt",
        published: str | None = None, model: str | None = None, storage_options: dict | None = None,
        files_per_partition: int = FILES_PER_PARTITION, blocksize: int = JSONL_BLOCKSIZE,
        on_error=None) -> dict[str, Any]:
    """Extract ``paths`` on ``client``'s cluster into ``out``: a folder gets
    ``part-NNNNN.jsonl`` per partition and ``manifest.json``; a file (or ``-``/None:
    stdout) gets every record in input order. Returns the totals (the manifest's)."""
    partitions = plan(paths, glob, storage_options=storage_options,
                      files_per_partition=files_per_partition, blocksize=blocksize)
    linenos = _first_linenos(partitions)
    tasks = partition_tasks(partitions, published=published, model=model, linenos=linenos)
    client.register_plugin(PipelineLoader(model))
    on_error = on_error or (lambda line: print(line, file=sys.stderr))

    def rescue(i: int) -> list[dict[str, Any]]:
        return rescue_partition(client, partitions[i], linenos[i], published, model)

    to_dir = out not in (None, "-") and is_directory_output(out)
    if to_dir:
        return _run_to_folder(paths, out, client, partitions, tasks, rescue, on_error, glob, published)
    return _run_to_file(out, client, tasks, rescue, on_error)


def _run_to_file(out: str | None, client: Client, tasks: list[Any], rescue, on_error) -> dict[str, Any]:
    from distributed import KilledWorker
    from distributed import TimeoutError as ResultTimeout

    totals = counts([])
    futures = client.compute(tasks)
    stream = sys.stdout if out in (None, "-") else fsspec.open(out, "w", encoding="utf-8").open()
    try:
        for i, future in enumerate(futures):
            try:
                records = future.result(timeout=PARTITION_TIMEOUT)
            except (KilledWorker, ResultTimeout):
                # a partition lost with its workers, or never finished: its articles one by one
                future.cancel()
                records = rescue(i)
            futures[i] = None  # the worker may drop it now
            future.release()
            for record in records:
                stream.write(to_line(record))
                if "error" in record:
                    on_error(_error_line(record))
            stream.flush()
            for key, value in counts(records).items():
                totals[key] += value
    finally:
        client.cancel([f for f in futures if f is not None])
        if stream is not sys.stdout:
            stream.close()
    totals["partitions"] = len(tasks)
    return totals


def _run_to_folder(paths, out, client, partitions, tasks, rescue, on_error, glob, published) -> dict[str, Any]:
    from distributed import KilledWorker
    from distributed import TimeoutError as ResultTimeout

    fs, root = fsspec.core.url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    root = root.rstrip("/")
    names = [f"part-{part.index:05d}.jsonl" for part in partitions]
    targets = [f"{root}/{name}" for name in names]
    # the manifest of an earlier run goes first: until this run's is written, none claims
    # the folder is complete; part files of an earlier, longer run go too
    stale = [p for p in fs.glob(f"{root}/part-*.jsonl") if PurePosixPath(p).name not in set(names)]
    for path in stale + ([f"{root}/{MANIFEST}"] if fs.exists(f"{root}/{MANIFEST}") else []):
        fs.rm(path)
    writes = [dask.delayed(write_partition, pure=True)(task, fs, target,
                                                      dask_key_name=f"newsfacts-write-{name}-{task.key}")
              for task, name, target in zip(tasks, names, targets)]
    results = []
    for i, future in enumerate(client.compute(writes)):
        try:
            results.append(future.result(timeout=PARTITION_TIMEOUT))
        except (KilledWorker, ResultTimeout):
            future.cancel()
            results.append(write_partition(rescue(i), fs, targets[i]))
    totals = counts([])
    entries = []
    for part, name, result in zip(partitions, names, results):
        for line in result.pop("error_lines"):
            on_error(line)
        for key in totals:
            totals[key] += result[key]
        entries.append({"file": name, "source": part.describe(), **result})
    manifest = {"engine": "dask", "inputs": list(paths), "glob": glob, "published": published,
                **totals, "partitions": entries}
    # written last: a manifest means every partition file listed in it is complete
    with fs.open(f"{root}/{MANIFEST}", "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    totals["partitions"] = len(tasks)
    return totals


__all__ = ["extract_bag", "extract_partition", "plan", "partition_tasks", "run",
           "start_client", "worker_extractor", "PipelineLoader", "write_partition"]
