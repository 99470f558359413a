"""Event extraction scored against the hand-annotated dev set: must-event recall, precision, toponym recall.

    python scripts/eval_events.py                      # tests/devset
    python scripts/eval_events.py seeds --gold-dir ../shared/seeds
    python scripts/eval_events.py --details            # also list missed gold events and wrong events
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geomap.devset import format_devset, score_devset
from geomap.errors import GeomapError
from geomap.pipeline import DEFAULT_MODEL

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", default=str(REPO / "tests" / "devset"),
                    help="directory of articles with <stem>.gold.json files (default: tests/devset)")
    ap.add_argument("--gold-dir", help="directory holding the gold files, if not beside the articles")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    ap.add_argument("--details", action="store_true", help="list missed gold events and wrong located events")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON instead of the table")
    args = ap.parse_args(argv)
    try:
        scores = score_devset(args.directory, model=args.model, gold_dir=args.gold_dir)
    except GeomapError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(scores.summary(), indent=2))
    else:
        print(format_devset(scores, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
