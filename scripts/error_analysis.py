"""Error analysis for geoparsing: misses and false positives on a gold corpus (development aid).

    python scripts/error_analysis.py ../shared/eval/GeoWebNews.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import collections

from geomap.evaluate import load_corpus, score_geoparsing
from geomap.geoparse import predict_corpus
from geomap.pipeline import DEFAULT_MODEL


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--roles", default="literal,embedded")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    gold = load_corpus(args.corpus, limit=args.limit)
    preds = predict_corpus((d.text for d in gold), model=DEFAULT_MODEL, roles=set(args.roles.split(",")))
    by_id = {d.id: tops for d, tops in zip(gold, preds)}
    scores = score_geoparsing(gold, by_id, worst=args.show)
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in scores.summary().items()})
    fp = collections.Counter(p.name for _, p in scores.false_positives)
    fn = collections.Counter((t.name, t.type) for _, t in scores.misses)
    print("\nFALSE POSITIVES", sum(fp.values()))
    for name, n in fp.most_common(args.show):
        print(f"  {n:3d} {name}")
    print("\nMISSES", sum(fn.values()))
    for (name, typ), n in fn.most_common(args.show):
        print(f"  {n:3d} {name} [{typ}]")
    wrong = collections.Counter()
    for m in scores.matches:
        if m.error_km is not None and m.error_km >= 161:
            wrong[(m.gold.name, m.pred.name, m.pred.lat is not None)] += 1
    print("\nWRONG PLACE", sum(wrong.values()))
    for (g, p, has), n in wrong.most_common(args.show):
        print(f"  {n:3d} {g!r} -> {p!r} {'' if has else '(unresolved)'}")


if __name__ == "__main__":
    main()
