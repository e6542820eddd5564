"""The Dask engine gives the local engine's records, in order, on a 2-worker LocalCluster,
and loses no article to a broken input, a raising article or a killed worker."""
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("fsspec")

from extractor.commands.batch import iter_inputs, process_items  # noqa: E402
from extractor.commands.dask_bench import synthetic_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")

# ---------------------------------------------------------------- synthetic articles

N_ARTICLES = 200


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A folder of short synthetic articles in subfolders, a few broken files, and (in
    desk2) a JSONL file of more articles, some lines broken."""
    rng = random.Random(5)
    root = tmp_path_factory.mktemp("archive")
    for i in range(N_ARTICLES):
        sub = root / f"desk{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"story-{i:04d}.txt").write_text(synthetic_article(rng), encoding="utf-8")
    (root / "desk0" / "empty.txt").write_bytes(b"")
    (root / "desk1" / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (root / "desk2" / "legacy.txt").write_bytes(synthetic_article(rng).replace("--", "\u2013").encode("cp1252"))
    (root / "desk2" / "notes.md").write_text("not matched by the glob", encoding="utf-8")
    lines = []
    for i in range(60):
        if i % 13 == 4:
            lines.append('{"id": "cut-short", "text": "The minister')
        elif i % 17 == 8:
            lines.append("")
        else:
            lines.append(json.dumps({"id": f"wire-{i}", "text": synthetic_article(rng),
                                     **({"published": "2022-06-01"} if i % 2 else {})}))
    (root / "desk2" / "wire.jsonl").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return root


_LOCAL: dict = {}


def local_records(extractor, paths, glob="*.txt", published=None):
    """What the local engine writes for ``paths`` (computed once per input)."""
    key = (tuple(paths), glob, published)
    if key not in _LOCAL:
        _LOCAL[key] = _local_records(extractor, paths, glob, published)
    return _LOCAL[key]


def _local_records(extractor, paths, glob, published):
    def items():
        for item in iter_inputs(paths, glob):
            if item.published is None:
                item.published = published
            yield item
    return list(process_items(extractor, items()))


# ---------------------------------------------------------------- the cluster

def _local_client():
    from distributed import Client, LocalCluster

    from extractor.commands.dask import PipelineLoader

    import dask

    # a task that killed one worker is tried once more, not 3 times: the crash tests run faster
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=":0", silence_logs=50) as cluster, Client(cluster) as c:
        c.register_plugin(PipelineLoader())
        yield c


@pytest.fixture(scope="module")
def client():
    yield from _local_client()


@pytest.fixture
def crash_client():
    """A cluster of its own for a test that kills workers: a cluster whose workers were killed
    by an earlier test (and are being restarted) is no fair start, and has hung a run."""
    yield from _local_client()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------- inputs and partitions (no cluster)

@pytest.mark.parametrize("blocksize", [40, 333, 4096, 10**7])
def test_jsonl_blocks_read_as_the_whole_file(generated, blocksize):
    """Cut anywhere, the blocks of a JSONL file give the items (and the ``file:line``
    doc_ids of broken lines) that reading the whole file gives."""
    from extractor.commands.dask import plan
    from extractor.commands.dask_inputs import count_newlines, read_partition

    path = str(generated / "desk2" / "wire.jsonl")
    parts = plan([path], blocksize=blocksize)
    items, before = [], 0
    for part in parts:
        block = part.jsonl
        items += read_partition(part, 1 if block.offset == 0 else before + 2)
        before += count_newlines(part.fs, block)
    expected = list(iter_inputs([path]))
    assert [(i.doc_id, i.text, i.published, i.error) for i in items] == \
           [(i.doc_id, i.text, i.published, i.error) for i in expected]
    assert any(i.doc_id == "wire.jsonl:5" for i in items)  # a broken line keeps its line number


@pytest.mark.parametrize("files_per_partition, sizes", [
    (64, [64, 64, 64, 12, 1]),    # 204 files then the JSONL file on its own
    (100, [100, 100, 4, 1]),
    (1000, [204, 1]),
])
def test_files_are_grouped_in_order(generated, files_per_partition, sizes):
    from extractor.commands.dask import plan

    parts = plan([str(generated)], "*", files_per_partition=files_per_partition)
    assert [len(p.sources) if p.jsonl is None else 1 for p in parts] == sizes
    ids = [s.doc_id for p in parts if p.jsonl is None for s in p.sources]
    local = [i.doc_id for i in iter_inputs([str(generated)], "*") if not i.doc_id.startswith("wire")]
    assert ids == local


@pytest.mark.parametrize("out, is_dir", [
    ("results/", True),         # trailing slash
    ("results", True),          # no suffix
    ("results.jsonl", False),
    ("memory://bucket/run-7/", True),    # object storage URLs as well
    ("memory://bucket/run-7.jsonl", False),
])
def test_out_names_a_folder_or_a_file(tmp_path, monkeypatch, out, is_dir):
    from extractor.commands.dask import is_directory_output

    monkeypatch.chdir(tmp_path)
    assert is_directory_output(out) is is_dir


def test_reads_from_an_object_store(extractor, generated):
    """Any fsspec filesystem: here the in-memory one, which stands for S3 or GCS (it lives
    in this process, so the bag runs on the synchronous scheduler)."""
    import fsspec

    from extractor.commands.dask import extract_bag

    store = fsspec.filesystem("memory")
    local = generated / "desk1"
    for path in sorted(local.iterdir()):
        store.pipe_file(f"/bucket/news/{path.name}", path.read_bytes())
    try:
        records = extract_bag("memory://bucket/news", files_per_partition=30).compute(scheduler="sync")
    finally:
        store.rm("/bucket", recursive=True)
    assert records == local_records(extractor, [str(local)])


def test_existing_folder_with_a_suffix_is_a_folder(tmp_path):
    from extractor.commands.dask import is_directory_output

    (tmp_path / "run.2024").mkdir()
    assert is_directory_output(str(tmp_path / "run.2024"))


def test_an_article_that_raises_is_an_error_record(extractor, generated, monkeypatch):
    """In the task, as in the local engine, an exception in one article becomes that
    article's error record and the others are kept."""
    import extractor.commands.dask as engine

    class Exploding:
        """The real pipeline, except that it fails on articles that mention Oslo."""

        def __init__(self, real):
            self.nlp, self.batch_size, self.real = real.nlp, real.batch_size, real

        def extract(self, text, **context):
            if "Oslo" in text:
                raise RuntimeError("component failed")
            return self.real.extract(text, **context)

        def pipe(self, texts, **kwargs):
            return (self.extract(text, **context) for text, context in texts)

    exploding = Exploding(extractor)
    monkeypatch.setattr(engine, "worker_extractor", lambda model=None: exploding)
    paths = [str(generated / "desk1")]
    records = engine.extract_bag(paths, files_per_partition=16).compute(scheduler="sync")
    expected = list(process_items(exploding, iter_inputs(paths)))
    assert records == expected
    failed = [r for r in records if r.get("error", {}).get("type") == "ExtractionError"]
    assert failed and len(failed) < len(records) - 1
    assert all("component failed" in r["error"]["message"] for r in failed), failed


def test_default_install_never_imports_dask():
    code = ("import sys, extractor, extractor.commands.cli, extractor.commands.batch; "
            "print(sorted(m for m in ('dask', 'distributed', 'fsspec') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_dask_is_an_extra_not_a_dependency():
    tomllib = pytest.importorskip("tomllib")

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not any(dep.lower().startswith(("dask", "distributed")) for dep in project["dependencies"])
    assert any(dep.startswith("dask[distributed]") for dep in project["optional-dependencies"]["dask"])


# ---------------------------------------------------------------- on the cluster

# each row: the paths given to the Dask engine, and the same inputs as local paths
@pytest.mark.parametrize("paths, glob, published, options", [
    (lambda g: ([SAMPLES], [SAMPLES]), "*.txt", None, {}),
    (lambda g: ([str(g)],) * 2, "*.txt", None, {"files_per_partition": 32}),
    (lambda g: ([str(g / "desk2"), str(g / "desk2" / "wire.jsonl")],) * 2, "*.txt", "2023-01-15", {"blocksize": 2048}),
    (lambda g: (["file://" + str(g / "desk0"), str(g / "missing.txt")],
                [str(g / "desk0"), str(g / "missing.txt")]), "*.txt", None, {}),
], ids=["samples", "generated-folder", "folder-and-jsonl-blocks", "url-and-missing"])
def test_bag_gives_the_local_records(client, extractor, generated, paths, glob, published, options):
    from extractor.commands.dask import extract_bag

    paths, local_paths = paths(generated)
    bag = extract_bag(paths, glob=glob, published=published, **options)
    assert bag.compute() == local_records(extractor, local_paths, glob, published)


def test_run_to_file_is_ordered_and_to_folder_has_a_manifest(client, extractor, generated, tmp_path):
    from extractor.commands.dask import run

    paths = [str(generated)]
    expected = local_records(extractor, paths)
    errors = []
    totals = run(paths, str(tmp_path / "all.jsonl"), client, files_per_partition=40, on_error=errors.append)
    assert read_jsonl(tmp_path / "all.jsonl") == expected
    assert totals["records"] == len(expected)
    assert totals["errors"] == len(errors) == sum("error" in r for r in expected) > 0

    # a folder of text files, a JSONL file and a non-.txt one: a part file per partition
    paths = [str(generated / "desk2")]
    expected = local_records(extractor, paths, "*")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "part-00999.jsonl").write_text("{}\n")   # from an earlier, longer run
    run(paths, str(tmp_path / "parts"), client, glob="*", files_per_partition=40, blocksize=4096)
    assert not (tmp_path / "parts" / "part-00999.jsonl").exists()
    manifest = json.loads((tmp_path / "parts" / "manifest.json").read_text())
    records = [r for p in manifest["partitions"] for r in read_jsonl(tmp_path / "parts" / p["file"])]
    assert records == expected
    assert len(manifest["partitions"]) > 3
    assert manifest["records"] == len(expected)
    assert [p["records"] for p in manifest["partitions"]] == \
           [len(read_jsonl(tmp_path / "parts" / p["file"])) for p in manifest["partitions"]]


def test_killed_worker_loses_no_article(crash_client, extractor, generated, tmp_path, short_waits):
    client = crash_client
    """SIGKILL one worker process while the run is going: Dask redoes its tasks (and
    the results it held) on the other worker and the restarted one."""
    from extractor.commands.dask import run

    paths = [str(generated)]
    out = tmp_path / "all.jsonl"
    done: dict = {}
    runner = threading.Thread(target=lambda: done.update(
        run(paths, str(out), client, files_per_partition=6, on_error=lambda line: None)))
    runner.start()
    deadline = time.monotonic() + 60
    busy = []
    while not busy and time.monotonic() < deadline:
        busy = [addr for addr, keys in client.processing().items() if keys]
        time.sleep(0.05)
    assert busy, "no task started"
    pids = client.run(os.getpid, workers=busy[:1])
    os.kill(pids[busy[0]], signal.SIGKILL)
    assert runner.is_alive(), "the run ended before the worker was killed"
    runner.join(timeout=180)
    assert not runner.is_alive()
    assert read_jsonl(out) == local_records(extractor, paths)
    assert done["records"] == N_ARTICLES + 3


@pytest.mark.parametrize("out, exit_status", [
    ("all.jsonl", 1),    # one ordered file; 1: an input (the PDF) became an error record
    ("parts/", 1),       # a folder: part files and a manifest
])
def test_command_line_engine_dask(client, extractor, generated, tmp_path, capsys, out, exit_status):
    from extractor.commands.cli import main

    desk = str(generated / "desk1")
    status = main(["extract", desk, "--engine", "dask", "--scheduler", client.scheduler.address,
                   "--out", str(tmp_path / out)])
    assert status == exit_status
    if out.endswith("/"):
        manifest = json.loads((tmp_path / out / "manifest.json").read_text())
        records = [r for p in manifest["partitions"] for r in read_jsonl(tmp_path / out / p["file"])]
    else:
        records = read_jsonl(tmp_path / out)
    assert records == local_records(extractor, [desk])
    assert "1 error" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
    (["--engine", "dask", "--resume", "--out", "x.jsonl"], "--resume is for the local engine"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"],
     "--workers sizes the local Dask cluster"),
])
def test_command_line_refuses_mixed_flags(tmp_path, capsys, argv, message):
    from extractor.commands.cli import main

    assert main(["extract", str(tmp_path)] + argv) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("argv, n_workers", [
    (["--workers", "3"], 3),
    ([], None),          # one per CPU, decided by start_client
])
def test_workers_size_the_local_cluster(tmp_path, monkeypatch, argv, n_workers):
    import extractor.commands.dask as nf_dask
    from extractor.commands.cli import main

    asked = []

    def no_cluster(scheduler=None, n=None):
        asked.append((scheduler, n))
        raise OSError("no cluster in this test")

    monkeypatch.setattr(nf_dask, "start_client", no_cluster)
    assert main(["extract", str(tmp_path), "--engine", "dask"] + argv) == 2
    assert asked == [(None, n_workers)]


class Dying:
    """The pipeline of a worker process that dies, as a crash in native code would, on
    articles that mention Atlantis."""

    def __init__(self, real):
        self.nlp, self.batch_size, self.real = real.nlp, real.batch_size, real

    def extract(self, text, **context):
        if "Atlantis" in text:
            os._exit(1)
        return self.real.extract(text, **context)

    def pipe(self, texts, **kwargs):
        return (self.extract(text, **context) for text, context in texts)


def _poison_plugin():
    from distributed.diagnostics.plugin import WorkerPlugin

    class PoisonArticles(WorkerPlugin):
        name = "newsfacts-test-poison"

        def setup(self, worker):
            import extractor.commands.dask as engine

            self.original = original = engine.worker_extractor
            engine.worker_extractor = lambda model=None: Dying(original(model))

        def teardown(self, worker):
            import extractor.commands.dask as engine

            engine.worker_extractor = self.original

    return PoisonArticles()


@pytest.fixture
def short_waits(monkeypatch):
    """A cluster that lost its workers is noticed in minutes, not an hour: a crash test never hangs."""
    import extractor.commands.dask as engine

    monkeypatch.setattr(engine, "PARTITION_TIMEOUT", 180)
    monkeypatch.setattr(engine, "RESCUE_TIMEOUT", 180)


def test_article_that_kills_its_worker_is_an_error_record(crash_client, extractor, tmp_path, short_waits):
    client = crash_client
    """An article that kills every worker that tries it costs that article only: its
    partition is redone one article per task, and it becomes a WorkerCrashed record."""
    import cloudpickle

    from extractor.commands.dask import run

    rng = random.Random(11)
    folder = tmp_path / "poisoned"
    folder.mkdir()
    for i in range(6):
        text = synthetic_article(rng)
        if i == 2:
            text += "The delegation then flew on to Atlantis.\n"
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    expected = local_records(extractor, [str(folder)])
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests
    client.register_plugin(_poison_plugin())
    try:
        run([str(folder)], str(tmp_path / "out.jsonl"), client, files_per_partition=3,
            on_error=lambda line: None)
    finally:
        client.unregister_worker_plugin("newsfacts-test-poison")
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["doc_id"] for r in records] == [f"a{i}" for i in range(6)]
    assert records[2]["error"]["type"] == "WorkerCrashed"
    assert records[:2] + records[3:] == expected[:2] + expected[3:]


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    import dask

    from extractor.commands.cli import main

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(["extract", str(tmp_path), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


def test_worker_threads_share_one_pipeline_safely(extractor, generated):
    """Workers started with several threads (``dask worker --nthreads 4``) give the same
    records: here Dask's threaded scheduler, 4 threads, one pipeline in this process."""
    from extractor.commands.dask import extract_bag

    paths = [str(generated / "desk0")]
    records = extract_bag(paths, files_per_partition=8).compute(scheduler="threads", num_workers=4)
    assert records == local_records(extractor, paths)
