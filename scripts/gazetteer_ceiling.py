"""Gazetteer ceiling: the share of gold toponyms some ``lookup()`` candidate places within 161 km of the gold point.

Usage: ``python scripts/gazetteer_ceiling.py [--eval-dir /work/shared/eval] [--worst 25]``. This measures the
gazetteer only (names and points), never the resolver: ranking is ignored, any candidate counts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

from geomap.gazetteer import Gazetteer

CORPORA = {"GeoWebNews": 0.97, "LGL": 0.95, "GeoVirus": 0.95}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin(math.radians(lat2 - lat1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def ceiling(gaz: Gazetteer, path: Path) -> tuple[int, int, Counter, Counter]:
    """(hits, total, missed names with no candidate, missed names whose candidates are all too far)."""
    hits = total = 0
    no_name: Counter = Counter()
    too_far: Counter = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for t in doc["toponyms"]:
                if t.get("lat") is None or t.get("lon") is None:
                    continue
                total += 1
                cands = gaz.lookup(t["name"])
                if any(haversine_km(t["lat"], t["lon"], c.lat, c.lon) <= 161 for c in cands):
                    hits += 1
                elif cands:
                    too_far[f"{t['name']} [{t.get('type')}]"] += 1
                else:
                    no_name[f"{t['name']} [{t.get('type')}]"] += 1
    return hits, total, no_name, too_far


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", default="/work/shared/eval")
    parser.add_argument("--gazetteer", default=None, help="gazetteer directory (default: the default one)")
    parser.add_argument("--worst", type=int, default=20)
    args = parser.parse_args(argv)
    gaz = Gazetteer.open(args.gazetteer)
    print(f"{'corpus':<12} {'toponyms':>8} {'ceiling':>8} {'goal':>6}  no-name  too-far")
    reports = {}
    t0 = time.perf_counter()
    for name, goal in CORPORA.items():
        path = Path(args.eval_dir) / f"{name}.jsonl"
        if not path.exists():
            print(f"{name:<12} missing {path}")
            continue
        hits, total, no_name, too_far = ceiling(gaz, path)
        reports[name] = (no_name, too_far)
        share = hits / total if total else 0.0
        print(f"{name:<12} {total:>8} {share:>8.3f} {goal:>6.2f}  {sum(no_name.values()):>7}  "
              f"{sum(too_far.values()):>7}  {'ok' if share >= goal else 'below goal'}")
    print(f"({time.perf_counter() - t0:.1f} s)")
    for name, (no_name, too_far) in reports.items():
        print(f"\n{name}: most-missed names with no candidate: "
              + ", ".join(f"{n} x{c}" for n, c in no_name.most_common(args.worst)))
        print(f"{name}: most-missed names whose candidates are all > 161 km: "
              + ", ".join(f"{n} x{c}" for n, c in too_far.most_common(args.worst)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
