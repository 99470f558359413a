"""The PostGIS event store answers every query exactly as the GeoPackage store does.

Needs a PostgreSQL + PostGIS server: ``$GEOMAP_TEST_PG`` (a URL) if set, else the URL that
``scripts/start_postgres.sh`` prints; tests that need it are skipped when none answers. Each test module run
works in its own PostgreSQL schemas, dropped afterwards.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import uuid
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
import shapely
import test_store_geopackage as gpkg_tests
from click.testing import CliRunner
from test_store_geopackage import (  # the GeoPackage tests' data and filter cases, shared on purpose
    ARTICLES,
    BEIJING,
    MOSCOW,
    WESTERN_PACIFIC,
    _batch,
    _place,
    make_events,
    random_point_articles,
)

from geomap.errors import QueryError, StoreError
from geomap.model import Article, Event, Place
from geomap.store import FEATURE_COLUMNS, GROUP_COLUMNS, EventQuery, EventStore, open_store
from geomap.store.base import haversine_km

DEFAULT_URL = "postgresql://geomap:geomap@127.0.0.1:5432/geomap_test"
GPKG_FILTERS: list[tuple[dict, set[str]]] = next(
    m.args[1] for m in gpkg_tests.test_store_filter_returns_exact_event_ids.pytestmark if m.name == "parametrize"
)
EXTRA_FILTERS: list[tuple[dict, set[str]]] = [
    ({"region": shapely.box(-190, -25, -170, -10)}, {"suva", "tonga"}),  # region past -180° wraps
    ({"near": (-21.13938, -175.2018), "radius_km": 500}, {"tonga"}),
    ({"near": (89.0, 0.0), "radius_km": 4000}, {"mosc"}),  # reaches the pole: every longitude
    ({"event_type": "EXERCISE", "until": "2025-07-20"}, {"zhan"}),
    ({"actor": "chn", "text": "in"}, {"beij"}),
    ({"country": "FJI", "bbox": (170, -25, -170, -10)}, {"suva"}),
    ({"actor": "people's liberation"}, {"zhan"}),
    ({"actor": "100%"}, set()),  # LIKE wildcards in a value are literal
    ({"text": "talks_went"}, set()),
]


# -- server and schemas ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pg_url() -> str:
    """A reachable PostGIS server's URL, or skip."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'psycopg[binary]'")
    url = os.environ.get("GEOMAP_TEST_PG") or DEFAULT_URL
    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
            postgis = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
    except psycopg.Error as err:
        pytest.skip(f"no PostgreSQL server at {url} ({' '.join(str(err).split())[:160]}); "
                    "run `export GEOMAP_TEST_PG=$(bash scripts/start_postgres.sh)`")  # fmt: skip
    if not postgis:
        pytest.skip(f"the database at {url} lacks PostGIS; run `bash scripts/start_postgres.sh`")
    return url


@pytest.fixture(scope="module")
def schemas(pg_url: str) -> Iterator[callable]:
    """A factory of fresh schema names for this module; every schema it made is dropped at the end."""
    import psycopg

    made: list[str] = []
    prefix = f"t_{os.getpid()}_{uuid.uuid4().hex[:6]}"

    def new(tag: str) -> str:
        name = f"{prefix}_{tag}_{len(made)}"
        made.append(name)
        return name

    yield new
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def _open(pg_url: str, schema: str, **kw) -> EventStore:
    sep = "&" if "?" in pg_url else "?"
    return open_store(f"{pg_url}{sep}schema={schema}") if not kw else _postgis(pg_url, schema, **kw)


def _postgis(pg_url: str, schema: str, **kw) -> EventStore:
    from geomap.store.postgis import PostGISStore

    return PostGISStore(pg_url, schema=schema, **kw)


@pytest.fixture(scope="module")
def both(pg_url: str, schemas, tmp_path_factory: pytest.TempPathFactory):
    """(GeoPackage store, PostGIS store), both holding the GeoPackage tests' events."""
    events = make_events()
    gpkg = open_store(tmp_path_factory.mktemp("store") / "events.gpkg")
    pg = _open(pg_url, schemas("filled"))
    for store in (gpkg, pg):
        result = store.add_articles(_batch(events))
        assert result.added == ["a1", "a2"] and result.events_added == len(events)
    yield gpkg, pg, events
    gpkg.close()
    pg.close()


def assert_same_rows(gpkg: EventStore, pg: EventStore, q: EventQuery) -> pd.DataFrame:
    """Both stores return the same frame for ``q``: fids, every feature column, geometries, typed events."""
    a, b = gpkg.query(q), pg.query(q)
    assert list(a.index) == list(b.index), q
    assert list(a.columns) == list(b.columns) == [*FEATURE_COLUMNS, *GROUP_COLUMNS, "geometry"]
    pd.testing.assert_frame_equal(pd.DataFrame(a.drop(columns="geometry")), pd.DataFrame(b.drop(columns="geometry")))
    assert list(a.geometry.isna()) == list(b.geometry.isna())
    present = ~a.geometry.isna()
    assert a.geometry[present].geom_equals_exact(b.geometry[present], tolerance=0).all()
    assert b.crs.to_epsg() == 4326
    assert [e.event_id for e in pg.events(q)] == list(b["event_id"])
    return b


# -- every filter, both backends --------------------------------------------------------------------------
@pytest.mark.parametrize(("filters", "expected"), GPKG_FILTERS + EXTRA_FILTERS)
def test_postgis_filter_matches_geopackage_row_for_row(both, filters: dict, expected: set[str]) -> None:
    gpkg, pg, _ = both
    frame = assert_same_rows(gpkg, pg, EventQuery(**filters))
    assert set(frame["event_id"]) == expected


def test_postgis_random_points_agree_with_geopackage(pg_url, schemas, tmp_path) -> None:
    """1500 random points (edges through stored points included): same fids from both backends."""
    # an area whose representative point lies outside its envelope: only the latitude band finds it
    odd = Place(id="region:odd", name="Odd", kind="region", lat=30.0, lon=120.0, geometry=shapely.box(60, 60, 62, 62))
    items, lon, lat = random_point_articles(11, odd=odd)
    j, k = (int(np.flatnonzero((lon < 125) & (lat < 35))[i]) for i in (0, 1))  # edges through stored points
    queries = [EventQuery(bbox=(float(lon[j]), float(lat[k]), 130.0, 40.0)),
               EventQuery(bbox=(110.5, 15.5, 125.25, 35.75)),
               EventQuery(near=(float(lat[3]), float(lon[3])), radius_km=800.0),
               EventQuery(near=(30.0, 120.0), radius_km=float(haversine_km(30.0, 120.0, lat[7], lon[7]))),
               EventQuery(region=shapely.Polygon([(105, 12), (float(lon[11]), float(lat[11])), (135, 45), (110, 40)])),
               EventQuery(region=WESTERN_PACIFIC.buffer(-3)),
               EventQuery(bbox=(100, 10, 140, 50), near=(35.0, 118.0), radius_km=1200, actor="unit 3"),
               EventQuery(text="s 4", region=shapely.box(float(lon[20]), 10, 140, float(lat[20])))]  # fmt: skip
    with open_store(tmp_path / "r.gpkg") as gpkg, _open(pg_url, schemas("random")) as pg:
        gpkg.add_articles(items)
        pg.add_articles(items)
        for q in queries:
            frame = assert_same_rows(gpkg, pg, q)
            assert len(frame) > 0, q
        assert "region:odd" in set(pg.query(near=(30.0, 120.0), radius_km=1.0)["location_id"])


# -- typed events, ingest -----------------------------------------------------------------------------------
def test_postgis_events_round_trip_to_equal_events(both) -> None:
    gpkg, pg, events = both
    typed = pg.events()
    assert [e.event_id for e in typed] == list(events)
    for got in typed:
        assert got == events[got.event_id], got.event_id
    assert typed == gpkg.events()
    vlad = next(e for e in typed if e.event_id == "vlad")
    assert vlad.place.raw == {"geonameid": 2013348, "alternatenames": ["Vlad"]}
    assert next(e for e in typed if e.event_id == "wpac").place.geometry.equals(WESTERN_PACIFIC)


def test_postgis_tables_views_and_indexes(both) -> None:
    _, pg, events = both
    s = f'"{pg.schema}"'
    assert pg._read(f"SELECT Find_SRID('{pg.schema}', 'events', 'geom')")[0][0] == 4326
    indexes = {name: sql for name, sql in pg._read("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s",
                                                   (pg.schema,))}  # fmt: skip
    assert "USING gist (geom)" in indexes["events_geom_gist"]
    assert "(date_start, date_end)" in indexes["events_dates"]
    actors = pg._read(f"SELECT e.event_id, a.name, a.country, a.role FROM {s}.actors a JOIN {s}.events e"
                      " ON e.fid = a.event_fid ORDER BY a.id")  # fmt: skip
    assert len(actors) == sum(len(e.actors) for e in events.values())
    assert ("vlad", "Russian Navy", "RUS", "actor") in actors and ("beij", "Vladimir Putin", "RUS", "target") in actors
    assert pg._read(f"SELECT sentence FROM {s}.mentions") == [("The drills began in Vladivostok.",)]
    assert pg._read(f"SELECT count(*) FROM {s}.places")[0][0] == 7
    # the GiST index answers a bbox query on the events table
    plan = "\n".join(r[0] for r in pg._read(
        f"EXPLAIN SELECT fid FROM {s}.events WHERE geom && ST_MakeEnvelope(110, 20, 135, 45, 4326)"))  # fmt: skip
    assert "events_geom_gist" in plan or "Seq Scan" in plan  # 8 rows: the planner may prefer a scan
    pg._conn.execute("SET enable_seqscan = off")
    try:
        plan = "\n".join(r[0] for r in pg._read(
            f"EXPLAIN SELECT fid FROM {s}.events WHERE geom && ST_MakeEnvelope(110, 20, 135, 45, 4326)"))  # fmt: skip
    finally:
        pg._conn.execute("RESET enable_seqscan")
    assert "events_geom_gist" in plan


def test_postgis_ingest_is_idempotent_and_replace_reinserts(pg_url, schemas) -> None:
    events = make_events()
    with _open(pg_url, schemas("idem")) as store:
        first = store.add_articles(_batch(events))
        assert store.count() == 8 and store.article_count() == 2
        again = store.add_articles(_batch(events))
        assert again.added == [] and again.skipped == ["a1", "a2"] and again.events_added == 0
        assert again.hashes == first.hashes and store.count() == 8
        assert store.has_article(first.hashes["a1"]) and not store.has_article("0" * 64)
        dup = store.add_articles([_batch(events)[0], _batch(events)[0]], replace=True)
        assert dup.replaced == ["a1"] and dup.skipped == ["a1"] and store.count() == 8
        changed = make_events()["zhan"]
        changed.event_type = "deployment"
        result = store.add_articles([(ARTICLES["a1"], [changed])], replace=True)
        assert result.replaced == ["a1"] and result.events_added == 1
        assert store.count() == 3 and store.article_count() == 2
        assert set(store.query()["event_id"]) == {"zhan", "suva", "tonga"}
        assert set(store.query(event_type="deployment")["event_id"]) == {"zhan"}
        assert set(store.query(bbox=(110, 20, 135, 45))["event_id"]) == {"zhan"}
        s = f'"{store.schema}"'
        assert store._read(f"SELECT count(*) FROM {s}.actors")[0][0] == 3
        assert store._read(f"SELECT count(*) FROM {s}.mentions")[0][0] == 0
        assert store._read(f"SELECT event_count FROM {s}.articles WHERE article_id = 'a1'")[0][0] == 1
    with _open(pg_url, store.schema) as reopened:  # reopening finds the same store
        assert reopened.count() == 3


def test_postgis_failed_batch_leaves_nothing(pg_url, schemas) -> None:
    bad = _place("user:x", "Nowhere", 95.0, 10.0, None)
    good = Event(event_id="g", event_type="visit", trigger="t", sentence="s", article_id="g", place=MOSCOW)
    ev = Event(event_id="x", event_type="visit", trigger="t", sentence="s", article_id="x", place=bad)
    with _open(pg_url, schemas("bad")) as store:
        with pytest.raises(StoreError, match="outside"):
            store.add_articles([(Article(id="g", text="good"), [good]), (Article(id="x", text="x"), [ev])])
        assert store.count() == 0 and store.article_count() == 0


# -- concurrency --------------------------------------------------------------------------------------------
def _writer(url: str, schema: str, prefix: str, n: int) -> None:
    items = [(Article(id=f"{prefix}{i}", text=f"{prefix} article {i} (shared text {i % 3})"),
              [Event(event_id=f"{prefix}{i}:{k}", event_type="patrol", trigger="t", sentence="s",
                     article_id=f"{prefix}{i}", place=BEIJING if k else MOSCOW) for k in range(3)])
             for i in range(n)]  # fmt: skip
    with _postgis(url, schema) as store:
        for k in range(0, n, 5):
            store.add_articles(items[k : k + 5])


def test_postgis_concurrent_writers_all_land(pg_url, schemas) -> None:
    schema = schemas("conc")
    with _open(pg_url, schema) as store:  # create the schema first
        ctx = mp.get_context("fork")
        procs = [ctx.Process(target=_writer, args=(pg_url, schema, p, 40)) for p in ("a", "b", "c")]
        for p in procs:
            p.start()
        seen = []
        while any(p.is_alive() for p in procs):
            seen.append(len(store.query(bbox=(30, 30, 120, 60))))  # reads during the writes work
        for p in procs:
            p.join(60)
            assert p.exitcode == 0
        assert store.article_count() == 120 and store.count() == 360
        assert seen == sorted(seen) and len(store.query(bbox=(30, 30, 120, 60))) == 360
        counts = store._read(f'SELECT event_count, count(e.fid) FROM "{schema}".articles a'
                             f' JOIN "{schema}".events e ON e.article_ref = a.id GROUP BY a.id')  # fmt: skip
        assert all(c == 3 and n == 3 for c, n in counts)  # whole batches only


def test_postgis_same_article_from_two_writers_is_stored_once(pg_url, schemas) -> None:
    schema = schemas("same")
    with _open(pg_url, schema) as store:
        ctx = mp.get_context("fork")
        procs = [ctx.Process(target=_writer, args=(pg_url, schema, "x", 30)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
            assert p.exitcode == 0
        assert store.article_count() == 30 and store.count() == 90


def test_postgis_reader_works_while_a_writer_holds_the_lock(pg_url, schemas) -> None:
    import psycopg

    events = make_events()
    schema = schemas("lock")
    with _open(pg_url, schema) as store, psycopg.connect(pg_url) as other:
        store.add_articles(_batch(events)[:1])
        other.execute(f'LOCK TABLE "{schema}".articles IN SHARE ROW EXCLUSIVE MODE')  # as a writer mid-batch
        with _postgis(pg_url, schema, timeout=0.5) as impatient:
            assert len(impatient.query(country="RUS")) == 2  # readers are not blocked
            with pytest.raises(StoreError, match="locked by another writer"):
                impatient.add_articles(_batch(events)[1:])
        other.rollback()
        assert store.add_articles(_batch(events)[1:]).added == ["a2"]


# -- opening and errors ---------------------------------------------------------------------------------------
def test_postgis_unreachable_server_is_a_clear_store_error() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as info:
        open_store("postgresql://geomap:s3cret@127.0.0.1:1/x")
    message = str(info.value)
    assert "s3cret" not in message and "postgresql://geomap:***@127.0.0.1:1/x" in message
    assert "cannot connect" in message and "refused" in message.lower()
    assert "scripts/start_postgres.sh" in message


def test_cli_query_unreachable_postgis_prints_error_without_traceback() -> None:
    pytest.importorskip("psycopg")
    from geomap.cli import cli

    result = CliRunner().invoke(cli, ["query", "--store", "postgresql://127.0.0.1:1/x"])
    assert result.exit_code == 1, result.output
    assert "Error: cannot connect to the PostGIS event store postgresql://127.0.0.1:1/x" in result.output
    assert "start_postgres.sh" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_postgis_missing_psycopg_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(ImportError, match=r"psycopg.*pip install 'psycopg\[binary\]'"):
        open_store("postgresql://127.0.0.1:1/x")


def test_postgis_refuses_foreign_and_bad_schemas(pg_url, schemas) -> None:
    import psycopg

    schema = schemas("foreign")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        conn.execute(f'CREATE TABLE "{schema}".events (x int)')
    with pytest.raises(StoreError, match="not a geomap event store"):
        _open(pg_url, schema)
    with pytest.raises(StoreError, match="plain PostgreSQL identifier"):
        _open(pg_url, "bad-name; drop")


@pytest.mark.parametrize(
    "columns", [("event_id",), ("sources", "event_type", "lat"), ("num_sources", "geometry"), ("date_start", "url")]
)
def test_postgis_selected_columns_match_geopackage_and_the_full_result(both, columns: tuple[str, ...]) -> None:
    gpkg, pg, _ = both
    q = EventQuery(bbox=(100.0, 0.0, 150.0, 60.0))
    full = gpkg.query(q)
    expected = [c for c in (*FEATURE_COLUMNS, *GROUP_COLUMNS) if c in columns] + ["geometry"]
    for store in (gpkg, pg):
        part = store.query(q, columns=columns)
        assert list(part.columns) == expected
        pd.testing.assert_frame_equal(pd.DataFrame(part.drop(columns="geometry")),
                                      pd.DataFrame(full[expected[:-1]]))  # fmt: skip
        assert part.geometry.geom_equals_exact(full.geometry, tolerance=0).all()


def test_unknown_result_column_is_a_query_error(both) -> None:
    gpkg, pg, _ = both
    for store in (gpkg, pg):
        with pytest.raises(QueryError, match="unknown result column.*'colour'.*choose among event_id"):
            store.query(columns=["event_id", "colour"])
