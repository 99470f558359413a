"""Extraction throughput: the bare spaCy model (the floor), geomap toponyms only, full extraction in one process,
and the Dask engine with N worker processes, on the same corpus (LGL texts repeated to --articles).

    python benchmarks/bench_throughput.py --articles 600
    python benchmarks/bench_throughput.py --articles 5000 --workers 2 --batch-size 32

Timed sections exclude model loading in the single-process modes (loads are printed separately); the Dask figure
is end to end (cluster start, per-worker pipeline load, extraction, Hilbert-partitioned GeoParquet writing).
Goals: full extraction within 1.3x the bare model's time; Dask >= 1.6x faster than full single-process.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LGL = REPO.parent / "shared" / "eval" / "LGL.jsonl"
PUBLISHED = "2025-07-31"


def write_corpus(path: Path, n: int, source: Path) -> list[str]:
    """``n`` articles (the source texts repeated, ids made unique) as one JSONL shard; returns the texts."""
    lines = source.read_text(encoding="utf-8").split("\n")  # not splitlines(): texts hold U+2028
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    chosen = list(itertools.islice(itertools.cycle(texts), n))
    with open(path, "w", encoding="utf-8") as f:
        for i, text in enumerate(chosen):
            f.write(json.dumps({"id": f"bench-{i:06d}", "text": text, "published": PUBLISHED}) + "\n")
    return chosen


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000, help="corpus size (LGL texts repeated)")
    ap.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (single-process modes)")
    ap.add_argument("--partition-size", type=int, default=500, help="articles per Dask partition (at most)")
    ap.add_argument("--source", type=Path, default=LGL, help="JSONL with a 'text' field per line")
    ap.add_argument("--skip", action="append", default=[], choices=["bare", "toponyms", "full", "dask"],
                    help="leave a mode out (repeatable)")
    args = ap.parse_args(argv)

    import spacy

    from geomap.articles import read_articles
    from geomap.extract import iter_article_events
    from geomap.pipeline import DEFAULT_MODEL, load
    from geomap.scale import extract_to_dataset

    tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    corpus = tmp / "corpus.jsonl"
    texts = write_corpus(corpus, args.articles, args.source)
    articles = list(read_articles([corpus]))
    n, words = len(articles), sum(len(a.text.split()) for a in articles)
    print(f"corpus: {n} articles, {words} words ({words / n:.0f} words/article), {os.cpu_count()} CPUs, "
          f"batch size {args.batch_size}", flush=True)
    rows: list[tuple[str, float, str]] = []

    if "bare" not in args.skip:
        nlp, load_s = timed(lambda: spacy.load(DEFAULT_MODEL))
        _, secs = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size)))
        rows.append(("bare spaCy nlp.pipe", secs, f"load {load_s:.1f} s"))
        print(f"  bare: {secs:.1f} s", flush=True)
        del nlp
    if "toponyms" not in args.skip:
        nlp, load_s = timed(lambda: load(DEFAULT_MODEL, events=False))
        _, secs = timed(lambda: sum(1 for _ in nlp.pipe((a.text for a in articles), batch_size=args.batch_size)))
        rows.append(("geomap toponyms only", secs, f"load {load_s:.1f} s"))
        print(f"  toponyms: {secs:.1f} s", flush=True)
    if "full" not in args.skip:
        _, load_s = timed(lambda: load(DEFAULT_MODEL))
        events, secs = timed(lambda: sum(len(e) for _, e in iter_article_events(articles, batch_size=args.batch_size)))
        rows.append(("full extraction, 1 process", secs, f"load {load_s:.1f} s; {events} events"))
        print(f"  full: {secs:.1f} s", flush=True)
    if "dask" not in args.skip:
        summary, secs = timed(lambda: extract_to_dataset([corpus], output=tmp / "events.parquet",
                                                         n_workers=args.workers, published=PUBLISHED,
                                                         partition_size=args.partition_size))
        rows.append((f"Dask engine, {args.workers} workers", secs,
                     f"end to end; {summary.events} events, {summary.partitions} partitions, {summary.files} files"))
        print(f"  dask: {secs:.1f} s", flush=True)

    base = {name: s for name, s, _ in rows}
    bare = base.get("bare spaCy nlp.pipe")
    full = base.get("full extraction, 1 process")
    print(f"\n{'mode':<30} {'seconds':>8} {'art/s':>8} {'words/s':>9} {'x bare':>7} {'x full':>7}  notes")
    for name, secs, note in rows:
        vs_bare = f"{secs / bare:.2f}" if bare else "-"
        vs_full = f"{full / secs:.2f}" if full else "-"
        print(f"{name:<30} {secs:>8.1f} {n / secs:>8.1f} {words / secs:>9.0f} {vs_bare:>7} {vs_full:>7}  {note}")
    print("  (x bare: time / bare model's time, goal <= 1.3 for full extraction; "
          "x full: speed-up over full single-process, goal >= 1.6 for Dask)")
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
