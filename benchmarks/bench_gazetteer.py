"""Gazetteer benchmark: open + first lookup in a new process, lookup and has_name latency, resident memory.

Usage: ``python benchmarks/bench_gazetteer.py [--n 20000]``. Goals: open + first lookup < 0.5 s, median
(cached) lookup < 20 µs, resident memory < 300 MB. Names come from the gold corpora if present (surface forms
of real news toponyms), else from the gazetteer itself.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLD = """
import time, resource
t = time.perf_counter()
from geomap.gazetteer import Gazetteer
g = Gazetteer.open()
g.lookup("Vladivostok")
dt = time.perf_counter() - t
print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def names_sample(n: int) -> list[str]:
    names: list[str] = []
    for corpus in ("GeoWebNews", "LGL", "GeoVirus"):
        path = Path("/work/shared/eval") / f"{corpus}.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                names += [t["name"] for t in json.loads(line)["toponyms"]]
    if not names:
        names = ["Paris", "Beijing", "Moscow", "Sea of Japan", "Zhanjiang", "Texas", "Lagos", "Kyiv"]
    rng = random.Random(0)
    return [rng.choice(names) for _ in range(n)]


def timed(fn, items) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter_ns()
        fn(item)
        out.append((time.perf_counter_ns() - t) / 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args(argv)

    colds = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split()
        colds.append((float(out[0]), float(out[1])))
    print(f"open + first lookup (new process): {min(c[0] for c in colds):.3f} s best of 3, "
          f"{statistics.median(c[0] for c in colds):.3f} s median (goal < 0.5 s); "
          f"resident after it {colds[0][1]:.0f} MB")

    from geomap.gazetteer import Gazetteer

    g = Gazetteer.open()
    sample = names_sample(args.n)
    distinct = list(dict.fromkeys(sample))
    cold = timed(g.lookup, distinct)  # first sight of each name: SQLite
    warm = timed(g.lookup, sample)  # realistic stream: repeated names hit the LRU cache
    has = timed(g.has_name, [f"{a} {b}" for a, b in zip(sample, sample[1:])])
    print(f"lookup, first sight of {len(distinct)} distinct names: median {statistics.median(cold):.1f} µs, "
          f"p95 {statistics.quantiles(cold, n=20)[-1]:.1f} µs")
    print(f"lookup, stream of {len(sample)} names (LRU): median {statistics.median(warm):.1f} µs (goal < 20 µs), "
          f"p95 {statistics.quantiles(warm, n=20)[-1]:.1f} µs")
    print(f"has_name on {len(has)} bigrams: median {statistics.median(has):.1f} µs")
    t = time.perf_counter()
    for lat, lon in [(40.0, 135.0), (23.1, 113.3), (48.85, 2.35), (0.0, -30.0)]:
        g.reverse(lat, lon)
    print(f"reverse: first call (loads geometries) + 3 more: {time.perf_counter() - t:.2f} s")
    print(f"resident memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          "(goal < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
