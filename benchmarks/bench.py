"""Speed of newsfacts against bare spaCy, in one run over one corpus.

    .venv/bin/python benchmarks/bench.py [TEXT_DIR ...] [--repeat N] [--profile FILE]

Measures (each printed as a Markdown table row, ready for README ``## Performance``):

- start-up: a fresh ``python -c "from extractor import Extractor; Extractor()"``;
- bare ``nlp.pipe`` with the same spaCy pipeline (``extractor.model.load_spacy()``) vs
  full extraction (``Extractor.pipe`` + records), articles/s and words/s, best of
  ``--rounds`` alternated rounds (the machine is shared: alternating spreads the noise);
- time per layer: every pipeline component timed alone over the corpus;
- ``newsfacts extract --workers 1`` vs ``--workers 2`` wall time and peak RSS per worker
  (the CLI in a child process, its children's ``ru_maxrss``);
- with ``--profile``, a pyinstrument profile of the newsfacts layers (``pip install -e .[bench]``).

Default corpus: ``../shared/corpus/dev/text`` and ``../shared/corpus/timeml-aquaint/text``.
Nothing here is a test: run it on demand, on a quiet machine if you can.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [ROOT.parent / "shared" / "corpus" / "dev" / "text",
                   ROOT.parent / "shared" / "corpus" / "timeml-aquaint" / "text"]
BARS = {"full_vs_bare": 0.85, "speedup_2": 1.7, "startup_s": 2.0, "peak_mb": 600}


def load_texts(dirs: list[Path]) -> list[str]:
    texts = []
    for d in dirs:
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(d.rglob("*.txt")))
    return texts


def startup_seconds() -> tuple[float, float]:
    """Seconds to import + load in a fresh process, and for its first (sample) article,
    which pays for whatever the layers load lazily. Best of two runs."""
    code = ("import time; t = time.perf_counter()\n"
            "from extractor import Extractor; ex = Extractor(); t1 = time.perf_counter()\n"
            "ex.extract(open('samples/azernews-2022-11-16-azerbaijan-belarus.txt', encoding='utf-8').read())\n"
            "print(t1 - t, time.perf_counter() - t1)\n")
    runs = [subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True,
                           text=True).stdout.split() for _ in range(2)]
    return min(float(r[0]) for r in runs), min(float(r[1]) for r in runs)


def time_bare(nlp, texts: list[str]) -> float:
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t


def time_full(extractor, texts: list[str]) -> float:
    t = time.perf_counter()
    for article in extractor.pipe(texts):
        article.model_dump(mode="json")
    return time.perf_counter() - t


def time_layers(extractor, texts: list[str]) -> list[tuple[str, float]]:
    """Seconds per component over the corpus (spaCy's own ones batched, like nlp.pipe)."""
    from extractor.pipeline import to_article

    t = time.perf_counter()
    docs = [extractor.make_doc(text) for text in texts]
    rows = [("make_doc (tokenizer + front matter)", time.perf_counter() - t)]
    for name, proc in extractor.nlp.pipeline:
        t = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=16))
        else:
            docs = [proc(doc) for doc in docs]
        rows.append((name, time.perf_counter() - t))
    t = time.perf_counter()
    for doc in docs:
        to_article(doc).model_dump(mode="json")
    rows.append(("to_article + model_dump", time.perf_counter() - t))
    return rows


def cli_run(corpus_dirs: list[Path], workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of the busiest process of one CLI run."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
        "print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode)\n")
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "extractor", "extract",
           *map(str, corpus_dirs), "--out", os.devnull, "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout.splitlines()
    wall, peak = map(float, out[0].split())
    print(f"  --workers {workers}: {out[1]}", file=sys.stderr)  # the CLI's summary line
    return wall, peak


def repeated_corpus(dirs: list[Path], repeat: int, into: Path) -> list[Path]:
    """The corpus copied ``repeat`` times under ``into`` (for longer, steadier CLI runs)."""
    if repeat <= 1:
        return dirs
    for r in range(repeat):
        for i, d in enumerate(dirs):
            for p in d.rglob("*.txt"):
                target = into / f"r{r}" / f"c{i}" / p.relative_to(d)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(p.read_bytes())
    return [into]


def profile(extractor, texts: list[str], path: str) -> None:
    """A pyinstrument profile of the newsfacts layers only: spaCy's own components run
    first, unprofiled, so the tree shows where our code spends its time."""
    from pyinstrument import Profiler

    from extractor.pipeline import COMPONENTS, to_article

    docs = [extractor.make_doc(text) for text in texts]
    for name, proc in extractor.nlp.pipeline:
        if name not in COMPONENTS:
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for doc in docs:
        for name in COMPONENTS:
            doc = extractor.nlp.get_pipe(name)(doc)
        to_article(doc).model_dump(mode="json")
    profiler.stop()
    Path(path).write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    print(f"\nprofile of the newsfacts layers written to {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--rounds", type=int, default=3, help="alternated bare/full rounds (best is kept)")
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus for the CLI runs")
    parser.add_argument("--profile", metavar="FILE", help="write a pyinstrument text profile here")
    parser.add_argument("--no-cli", action="store_true", help="skip the --workers 1/2 CLI runs")
    args = parser.parse_args()

    texts = load_texts(args.dirs)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words, {sum(map(len, texts)):,} characters "
          f"({', '.join(str(d) for d in args.dirs)})")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")

    startup = startup_seconds()

    from extractor import Extractor
    from extractor.model import load_spacy

    bare_nlp = load_spacy()
    extractor = Extractor()
    bare_nlp.pipe(texts[:2])  # warm both (lazy tables, caches) before timing
    time_full(extractor, texts[:5])
    bare = full = float("inf")
    for _ in range(args.rounds):
        bare = min(bare, time_bare(bare_nlp, texts))
        full = min(full, time_full(extractor, texts))
    layers = time_layers(extractor, texts)

    rows = [("start-up: import + load, fresh process", f"{startup[0]:.2f} s", f"<= {BARS['startup_s']} s"),
            ("first article after start-up (lazy loading)", f"{startup[1]:.2f} s", ""),
            ("bare spaCy nlp.pipe", f"{len(texts) / bare:.1f} articles/s, {words / bare:,.0f} words/s", ""),
            ("full extraction", f"{len(texts) / full:.1f} articles/s, {words / full:,.0f} words/s", ""),
            ("full / bare speed", f"{bare / full:.2f}x", f">= {BARS['full_vs_bare']}x")]
    if not args.no_cli:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = repeated_corpus(args.dirs, args.repeat, Path(tmp))
            n = len(texts) * max(args.repeat, 1)
            wall1, rss1 = cli_run(corpus, 1)
            wall2, rss2 = cli_run(corpus, 2)
        rows += [(f"CLI --workers 1 ({n} articles, wall incl. start-up)", f"{wall1:.1f} s, {n / wall1:.1f} articles/s", ""),
                 (f"CLI --workers 2 ({n} articles, wall incl. start-up)", f"{wall2:.1f} s, {n / wall2:.1f} articles/s", ""),
                 ("speed-up, 2 workers vs 1", f"{wall1 / wall2:.2f}x", f">= {BARS['speedup_2']}x"),
                 ("peak RSS per worker (1 / 2 workers)", f"{rss1:.0f} MB / {rss2:.0f} MB", f"<= {BARS['peak_mb']} MB")]
    print("| measure | value | bar |\n| --- | --- | --- |")
    for name, value, bar in rows:
        print(f"| {name} | {value} | {bar} |")
    total = sum(s for _, s in layers)
    print("\n| layer | seconds | share |\n| --- | --- | --- |")
    for name, seconds in layers:
        print(f"| {name} | {seconds:.2f} | {100 * seconds / total:.1f}% |")
    ours = sum(s for name, s in layers if name.startswith("newsfacts_") or name.startswith("to_article"))
    print(f"\nnewsfacts layers {ours:.2f} s = {100 * ours / (total - ours):.1f}% of spaCy's {total - ours:.2f} s "
          f"(tokenizer and front matter counted as spaCy's)")
    if args.profile:
        profile(extractor, texts, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
