"""Throughput of the Dask engine on a LocalCluster of 1, 2, ... workers.

    python -m extractor.commands.dask_bench --articles 200 --workers 1 2

Writes ``--articles`` short synthetic news articles (made up here, no corpus text) to a
temporary folder, then for each worker count starts a LocalCluster, waits until every
worker has loaded the pipeline, and times ``extractor.commands.dask.run`` over the folder into one
ordered JSONL file. The local engine (one process, no Dask) is timed too, as the baseline.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

CITIES = [("Lisbon", "Portugal"), ("Nairobi", "Kenya"), ("Hanoi", "Vietnam"), ("Lima", "Peru"),
          ("Oslo", "Norway"), ("Accra", "Ghana"), ("Manila", "Philippines"), ("Tbilisi", "Georgia")]
PEOPLE = ["Maria Okafor", "Jonas Lindqvist", "Ana Duarte", "Kwame Mensah", "Thu Nguyen",
          "Carlos Rivera", "Elena Petrova", "Samuel Kiprop"]
TITLES = ["Foreign Minister", "Prime Minister", "Trade Minister", "President"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TEMPLATES = [
    "{city}, {month} {day} -- {title} {person} of {country} met her counterpart from {other} on "
    "Tuesday to discuss energy and transport. Trade between the two countries reached "
    "${amount} million in {year}, up {pct} percent from a year earlier, officials said.",
    "{title} {person} will visit {other_city} next week, the ministry of {country} said on "
    "{month} {day}, {year}. The two sides plan to sign an agreement worth about {amount} million "
    "euros.",
    "Exports from {country} to {other} rose to ${amount} million in the first half of {year}. "
    "{person}, the {title_lower}, said talks on a free trade zone would continue in {month}.",
    "The intergovernmental commission of {country} and {other} held its session in {city} on "
    "{month} {day}. Ministers agreed to raise trade turnover to ${amount} million by {later}.",
]


def synthetic_article(rng: random.Random, paragraphs: int = 1) -> str:
    """A short made-up news article (``paragraphs`` template sentences pairs)."""
    parts = []
    for _ in range(paragraphs):
        (city, country), (other_city, other) = rng.sample(CITIES, 2)
        title = rng.choice(TITLES)
        year = rng.randint(2015, 2023)
        parts.append(rng.choice(TEMPLATES).format(
            city=city, country=country, other_city=other_city, other=other, person=rng.choice(PEOPLE),
            title=title, title_lower=title.lower(), month=rng.choice(MONTHS), day=rng.randint(1, 28),
            year=year, later=year + rng.randint(1, 5), amount=rng.randint(5, 900), pct=rng.randint(2, 40)))
    text = "\n\n".join(parts)
    if rng.random() < 0.5:
        text = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2023)} By Staff Writer\n\n" + text
    return text + "\n"


def write_archive(root: Path, n: int, *, paragraphs: int = 1, seed: int = 5) -> Path:
    rng = random.Random(seed)
    for i in range(n):
        sub = root / f"desk{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"story-{i:05d}.txt").write_text(synthetic_article(rng, paragraphs), encoding="utf-8")
    return root


def time_local(folder: Path) -> float:
    from .batch import iter_inputs, process_items
    from ..pipeline import Extractor

    extractor = Extractor()
    started = time.perf_counter()
    for _ in process_items(extractor, iter_inputs([str(folder)])):
        pass
    return time.perf_counter() - started


def time_dask(folder: Path, workers: int, out: Path, files_per_partition: int) -> tuple[float, float]:
    """(seconds from nothing to done, seconds of the run once the workers are ready)."""
    from .dask import PipelineLoader, run, start_client, worker_extractor

    started = time.perf_counter()
    client, cluster = start_client(n_workers=workers)
    try:
        client.wait_for_workers(workers)
        client.register_plugin(PipelineLoader())
        client.run(worker_extractor)               # returns when every worker has loaded it
        ready = time.perf_counter()
        run([str(folder)], str(out), client, files_per_partition=files_per_partition,
            on_error=lambda line: None)
        done = time.perf_counter()
    finally:
        client.close()
        cluster.close()
    return done - started, done - ready


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--paragraphs", type=int, default=3, help="template paragraphs per article")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--files-per-partition", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_archive(Path(tmp) / "archive", args.articles, paragraphs=args.paragraphs)
        chars = sum(len(p.read_text()) for p in folder.rglob("*.txt"))
        print(f"{args.articles} synthetic articles, {chars / args.articles:.0f} characters each on average")
        seconds = time_local(folder)
        print(f"local engine, 1 process:    {args.articles / seconds:6.1f} articles/s ({seconds:.1f} s)")
        for n in args.workers:
            total, running = time_dask(folder, n, Path(tmp) / f"out-{n}.jsonl", args.files_per_partition)
            print(f"dask, {n} worker{'s' if n > 1 else ' '}:            {args.articles / running:6.1f} articles/s "
                  f"({running:.1f} s; {total:.1f} s with cluster start and pipeline loading)")


if __name__ == "__main__":
    main()
