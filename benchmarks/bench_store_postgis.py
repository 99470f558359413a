"""PostGIS event-store benchmark: the workload of ``bench_store.py`` (same generator, same queries).

    export GEOMAP_TEST_PG=$(bash scripts/start_postgres.sh)
    python benchmarks/bench_store_postgis.py --events 1000000      # the reference run
    python benchmarks/bench_store_postgis.py --events 100000 --keep

Loads into a fresh schema of ``$GEOMAP_TEST_PG`` (default: the URL start_postgres.sh prints), dropped at the
end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import bulk_load, time_queries

from geomap.store.postgis import PostGISStore

DEFAULT_URL = "postgresql://geomap:geomap@127.0.0.1:5432/geomap_test"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=50_000, help="events per add_articles call")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--url", default=os.environ.get("GEOMAP_TEST_PG") or DEFAULT_URL)
    parser.add_argument("--schema", default=f"bench_{os.getpid()}")
    parser.add_argument("--keep", action="store_true", help="keep the schema")
    args = parser.parse_args(argv)

    store = PostGISStore(args.url, schema=args.schema)
    try:
        if store.count() == 0:
            load, gen_time = bulk_load(store, events=args.events, batch_size=args.batch)
            store._conn.execute(f'ANALYZE "{args.schema}".events')
            size = store._read("SELECT pg_total_relation_size(%s)", (f'"{args.schema}".events',))[0][0] / 1e6
            print(f"load {store.count():,} events: {load:.1f} s in add_articles (+{gen_time:.1f} s generating); "
                  f"events table with indexes {size:.0f} MB")  # fmt: skip
        time_queries(store, repeat=args.repeat)
    finally:
        if not args.keep:
            store._conn.execute(f'DROP SCHEMA IF EXISTS "{args.schema}" CASCADE')
        else:
            print(f"kept schema {args.schema} in {store.location}")
        store.close()


if __name__ == "__main__":
    main()
