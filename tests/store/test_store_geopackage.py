"""The GeoPackage event store: every filter, idempotent ingest, round trips, GDAL compatibility, errors."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from geomap.errors import StoreError
from geomap.model import Actor, Article, DateRange, Event, Place
from geomap.store import FEATURE_COLUMNS, GROUP_COLUMNS, JSON_COLUMNS, EventQuery, EventStore, open_store
from geomap.store.base import haversine_km

D = dt.date
WESTERN_PACIFIC = shapely.Polygon([(120, -5), (180, -5), (180, 40), (140, 40), (120, 25)])


def _place(pid: str, name: str, lat: float, lon: float, iso3: str | None, kind: str = "city", **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, country_iso3=iso3, **kw)


VLADIVOSTOK = _place("gn:2013348", "Vladivostok", 43.10562, 131.87353, "RUS", country_iso2="RU", geonameid=2013348,
                     population=604901, admin1="Primorye", raw={"geonameid": 2013348, "alternatenames": ["Vlad"]})  # fmt: skip
ZHANJIANG = _place("gn:1791121", "Zhanjiang", 21.28145, 110.34271, "CHN", country_iso2="CN", geonameid=1791121)
BEIJING = _place("gn:1816670", "Beijing", 39.9075, 116.39723, "CHN", country_iso2="CN", feature_code="PPLC")
MOSCOW = _place("gn:524901", "Moscow", 55.75222, 37.61556, "RUS", country_iso2="RU")
SUVA = _place("gn:2198148", "Suva", -18.14161, 178.44149, "FJI")
NUKUALOFA = _place("gn:4032402", "Nuku'alofa", -21.13938, -175.2018, "TON")
WPAC = Place(id="region:western-pacific", name="western Pacific", kind="region", lat=20.0, lon=150.0,
             geometry=WESTERN_PACIFIC, source="curated", definition="Pacific west of 180°")  # fmt: skip


def _event(eid: str, etype: str, sentence: str, place: Place | None, date: DateRange | None, actors: list[Actor],
           *, article: str = "a1", precision: int | None = None, **kw) -> Event:  # fmt: skip
    return Event(event_id=eid, event_type=etype, trigger=sentence.split()[1], sentence=sentence, article_id=article,
                 actors=actors, date=date, place=place, geo_precision=precision, **kw)  # fmt: skip


def make_events() -> dict[str, Event]:
    rus, chn = Actor("Russia", "RUS"), Actor("China", "CHN", role="partner")
    events = [
        _event("vlad", "exercise", "Russian Navy held joint naval drills near Vladivostok with China.", VLADIVOSTOK,
               DateRange(D(2025, 8, 1), D(2025, 8, 5), "range", "from 1 to 5 August", "explicit range", (100, 118)),
               [Actor("Russian Navy", "RUS", start=0, end=12, reason="subject"), chn], precision=1,
               trigger_span=(13, 17), sentence_span=(0, 66), location_span=(48, 59), location_text="Vladivostok",
               mentions=["The drills began in Vladivostok."], reasons={"location": "nearest toponym", "date": "ok"},
               published=D(2025, 7, 31), title="Joint Sea", url="https://example.org/a1", code="SEIZE"),
        _event("zhan", "exercise", "The People's Liberation Army Navy trained off Zhanjiang.", ZHANJIANG,
               DateRange(D(2025, 7, 15), D(2025, 7, 15), "day"), [Actor("People's Liberation Army Navy", "CHN")],
               precision=1),
        _event("beij", "meeting", "Xi Jinping met Vladimir Putin in Beijing.", BEIJING,
               DateRange(D(2024, 5, 16), D(2024, 5, 16), "day"), [Actor("Xi Jinping", "CHN"),
               Actor("Vladimir Putin", "RUS", role="target")], precision=1),
        _event("mosc", "statement", "The Russian Defence Ministry said in Moscow that talks went well.", MOSCOW,
               DateRange(D(2025, 7, 31), D(2025, 7, 31), "day"), [Actor("Russian Defence Ministry", "RUS")],
               precision=1),
        _event("wpac", "patrol", "Russia and China will patrol the western Pacific.", WPAC,
               DateRange(D(2025, 8, 1), D(2025, 8, 31), "month", "in August"), [rus, chn], precision=3),
        _event("none", "statement", "Officials gave statements elsewhere.", None, None, [Actor("NATO", None)]),
        _event("suva", "visit", "Envoys visited Suva in January.", SUVA, DateRange(D(2023, 1, 10), D(2023, 1, 10), "day"),
               [Actor("Fiji", "FJI")], article="a2", precision=1),
        _event("tonga", "visit", "Envoys visited Nuku'alofa next.", NUKUALOFA,
               DateRange(D(2023, 1, 12), D(2023, 1, 12), "day"), [Actor("Tonga", "TON")], article="a2", precision=1),
    ]  # fmt: skip
    return {e.event_id: e for e in events}


BEIJING_VLAD_KM = haversine_km(39.9075, 116.39723, 43.10562, 131.87353)

ARTICLES = {
    "a1": Article(id="a1", text="China and Russia held drills. (article one)", published=D(2025, 7, 31), title="Joint Sea"),
    "a2": Article(id="a2", text="Pacific envoys travelled. (article two)", published=D(2023, 1, 13), source="wire"),
}


def _batch(events: dict[str, Event]) -> list[tuple[Article, list[Event]]]:
    return [(a, [e for e in events.values() if e.article_id == aid]) for aid, a in ARTICLES.items()]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("store") / "events.gpkg"
    events = make_events()
    with open_store(path) as store:
        result = store.add_articles(_batch(events))
        assert result.added == ["a1", "a2"] and result.events_added == len(events)
    store = open_store(path)
    yield store, events
    store.close()


def ids(store, **filters) -> set[str]:
    frame = store.query(**filters)
    typed = store.events(**filters)
    assert [e.event_id for e in typed] == list(frame["event_id"])  # both paths agree, in fid order
    return set(frame["event_id"])


ALL = {"vlad", "zhan", "beij", "mosc", "wpac", "none", "suva", "tonga"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ALL),
        ({"bbox": (110, 20, 135, 45)}, {"vlad", "zhan", "beij", "wpac"}),
        ({"bbox": (30, 50, 40, 60)}, {"mosc"}),
        ({"bbox": (170, -25, -170, -10)}, {"suva", "tonga"}),  # crosses the antimeridian
        ({"bbox": (-170, -25, 170, 0)}, {"wpac"}),  # W < E: the long way round, Suva and Tonga outside
        ({"near": (43.10562, 131.87353), "radius_km": 300}, {"vlad"}),
        ({"near": (39.9075, 116.39723), "radius_km": 1500}, {"beij", "vlad"}),
        ({"near": (39.9075, 116.39723), "radius_km": 1300}, {"beij"}),
        ({"near": (20.0, 150.5), "radius_km": 100}, {"wpac"}),  # radius reaches the region's point
        ({"near": (-18.14161, 178.44149), "radius_km": 800}, {"suva", "tonga"}),  # across the antimeridian
        ({"near": (-18.14161, 178.44149), "radius_km": 300}, {"suva"}),
        ({"region": shapely.box(105, 0, 125, 25)}, {"zhan", "wpac"}),
        ({"region": WESTERN_PACIFIC}, {"wpac"}),
        ({"region": shapely.box(170, -25, 190, -10)}, {"suva", "tonga"}),  # region past 180° wraps
        ({"country": "chn"}, {"zhan", "beij"}),
        ({"country": "RUS"}, {"vlad", "mosc"}),
        ({"actor": "RUS"}, {"vlad", "beij", "mosc", "wpac"}),
        ({"actor": "navy"}, {"vlad", "zhan"}),
        ({"actor": "Russ"}, set()),
        ({"actor": "vladimir  PUTIN"}, {"beij"}),
        ({"actor": "NATO"}, {"none"}),
        ({"event_type": "Exercise"}, {"vlad", "zhan"}),
        ({"since": "2025-08-01"}, {"vlad", "wpac"}),
        ({"since": "2025-08-05"}, {"vlad", "wpac"}),  # inclusive end day
        ({"since": "2025-08-06"}, {"wpac"}),
        ({"until": "2025-08-01"}, {"vlad", "wpac", "zhan", "mosc", "beij", "suva", "tonga"}),  # inclusive start
        ({"until": "2025-07-31"}, {"zhan", "mosc", "beij", "suva", "tonga"}),
        ({"since": "2025-07-31", "until": "2025-07-31"}, {"mosc"}),
        ({"since": "2023", "until": "2023"}, {"suva", "tonga"}),
        ({"text": "naval DRILLS"}, {"vlad"}),
        ({"text": "drill"}, set()),  # whole words only
        ({"text": "envoys visited"}, {"suva", "tonga"}),
        ({"bbox": (100, 0, 180, 60), "since": "2025-08-01", "actor": "china"}, {"vlad", "wpac"}),
        ({"country": "CHN", "near": (39.9075, 116.39723), "radius_km": 1500}, {"beij"}),
        # edges are inclusive and exact, although the R-tree holds float32 boxes about a metre wide
        ({"bbox": (131.87353, 43.10562, 140, 50)}, {"vlad"}),
        ({"bbox": (131.873531, 43.0, 140, 50)}, set()),
        ({"bbox": (120, 30, 131.87353, 43.10562)}, {"vlad", "wpac"}),
        ({"bbox": (120, 43.105621, 140, 50)}, set()),
        ({"region": shapely.box(37.61556, 55.0, 40, 56)}, {"mosc"}),
        ({"region": shapely.box(37.615561, 55.0, 40, 56)}, set()),
        ({"near": (39.9075, 116.39723), "radius_km": float(BEIJING_VLAD_KM) + 1e-6}, {"beij", "vlad"}),
        ({"near": (39.9075, 116.39723), "radius_km": float(BEIJING_VLAD_KM) - 1e-6}, {"beij"}),
    ],
)
def test_store_filter_returns_exact_event_ids(filled, filters: dict, expected: set[str]) -> None:
    store, _ = filled
    assert ids(store, **filters) == expected


def test_store_query_object_and_keywords_combine(filled) -> None:
    store, _ = filled
    q = EventQuery(country="CHN")
    assert set(store.query(q, event_type="meeting")["event_id"]) == {"beij"}


def test_store_query_rows_equal_event_features(filled) -> None:
    store, events = filled
    frame = store.query()
    assert list(frame.columns) == [*FEATURE_COLUMNS, *GROUP_COLUMNS, "geometry"]
    assert frame.crs.to_epsg() == 4326
    records = frame.drop(columns=["geometry", *GROUP_COLUMNS]).to_dict("records")
    for row, geometry in zip(records, frame.geometry):
        feature = events[row["event_id"]].to_feature()
        props = {c: (None if pd.isna(v) else v) if not isinstance(v, str) else v for c, v in row.items()}
        for c in JSON_COLUMNS:
            props[c] = json.loads(props[c]) if props[c] is not None else None
        assert props == feature["properties"], row["event_id"]
        if feature["geometry"] is None:
            assert geometry is None
        else:
            assert geometry.equals(shape(feature["geometry"]))
    assert frame.loc[frame["event_id"] == "wpac"].geometry.iloc[0].geom_type == "Polygon"


def test_store_events_round_trip_to_equal_events(filled) -> None:
    store, events = filled
    typed = store.events()
    assert [e.event_id for e in typed] == list(events)
    for got in typed:
        want = events[got.event_id]
        assert got == want, got.event_id
    vlad = next(e for e in typed if e.event_id == "vlad")
    assert vlad.place.raw == {"geonameid": 2013348, "alternatenames": ["Vlad"]}
    assert vlad.date.span == (100, 118) and vlad.actors[0].start == 0 and vlad.mentions
    assert next(e for e in typed if e.event_id == "wpac").place.geometry.equals(WESTERN_PACIFIC)


def test_store_ingest_is_idempotent_and_replace_reinserts(tmp_path: Path) -> None:
    events = make_events()
    with open_store(tmp_path / "s.gpkg") as store:
        first = store.add_articles(_batch(events))
        assert store.count() == 8 and store.article_count() == 2
        again = store.add_articles(_batch(events))
        assert again.added == [] and again.skipped == ["a1", "a2"] and again.events_added == 0
        assert store.count() == 8
        assert store.has_article(first.hashes["a1"]) and not store.has_article("0" * 64)
        # same article twice in one batch: stored once
        dup = store.add_articles([_batch(events)[0], _batch(events)[0]], replace=True)
        assert dup.replaced == ["a1"] and dup.skipped == ["a1"]
        assert store.count() == 8
        # replace with fewer, changed events
        changed = make_events()["zhan"]
        changed.event_type = "deployment"
        result = store.add_articles([(ARTICLES["a1"], [changed])], replace=True)
        assert result.replaced == ["a1"] and result.events_added == 1
        assert store.count() == 3
        assert set(store.query()["event_id"]) == {"zhan", "suva", "tonga"}
        assert set(store.query(event_type="deployment")["event_id"]) == {"zhan"}
        assert set(store.query(bbox=(110, 20, 135, 45))["event_id"]) == {"zhan"}  # old R-tree rows are gone
        conn = sqlite3.connect(tmp_path / "s.gpkg")
        assert conn.execute("SELECT count(*) FROM rtree_events_geom").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        assert conn.execute("SELECT event_count FROM articles WHERE article_id = 'a1'").fetchone()[0] == 1


def test_store_bulk_and_small_batches_index_alike(tmp_path: Path) -> None:
    """Small batches fill the R-tree through the GeoPackage trigger, large ones directly: same answers."""
    events = make_events()
    many = [(Article(id=f"b{i}", text=f"bulk article {i}"),
             [Event(event_id=f"b{i}", event_type="visit", trigger="visit", sentence="x", article_id=f"b{i}",
                    place=MOSCOW if i % 2 else BEIJING)]) for i in range(600)]  # fmt: skip
    with open_store(tmp_path / "s.gpkg") as store:
        store.add_articles(_batch(events))  # 8 events: trigger path
        store.add_articles(many)  # 600 events: direct path
        assert len(store.query(bbox=(30, 50, 40, 60))) == 301
        assert len(store.query(region=shapely.box(110, 20, 135, 45))) == 300 + 3 + 1
        conn = sqlite3.connect(tmp_path / "s.gpkg")
        trig = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'rtree_events_geom_insert'")
        assert trig.fetchone()[0] == 1  # re-created after the bulk insert
        assert conn.execute("SELECT count(*) FROM rtree_events_geom").fetchone()[0] == 607


def test_store_is_a_geopackage_gdal_reads(filled) -> None:
    import pyogrio

    store, _ = filled
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "GPKG: bad application_id"
        info = pyogrio.read_info(store.location, layer="events")
        frame = pyogrio.read_dataframe(store.location, layer="events", bbox=(110, 20, 135, 45))
    assert info["crs"] == "EPSG:4326" and info["features"] == 8
    assert set(frame["event_id"]) == {"vlad", "zhan", "beij", "wpac"}
    layers = {name for name, _ in pyogrio.list_layers(store.location)}
    assert {"events", "articles", "actors", "mentions", "places"} <= layers
    actors = pyogrio.read_dataframe(store.location, layer="actors")
    assert len(actors) == sum(len(e.actors) for e in make_events().values())
    assert set(actors.loc[actors["name"] == "Russian Navy", "country"]) == {"RUS"}


def test_store_open_rejects_files_that_are_not_stores(tmp_path: Path) -> None:
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database at all, just some words " * 10)
    with pytest.raises(StoreError, match="not a geomap event store.*new path"):
        open_store(text)
    import geopandas as gpd

    foreign = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(1, 2)], crs=4326).to_file(foreign, engine="pyogrio")
    before = foreign.read_bytes()
    with pytest.raises(StoreError, match="not a geomap event store"):
        open_store(foreign)
    assert foreign.read_bytes() == before  # left untouched
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://127.0.0.1:1/geomap")


def test_open_store_defaults_to_outputs_events_gpkg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        assert store.count() == 0
    assert (tmp_path / "outputs" / "events.gpkg").is_file()
    with open_store(tmp_path / "outputs" / "events.gpkg") as store:  # reopening an existing store
        assert store.article_count() == 0


def test_store_rejects_out_of_range_place(tmp_path: Path) -> None:
    bad = _place("user:x", "Nowhere", 95.0, 10.0, None)
    ev = Event(event_id="x", event_type="visit", trigger="t", sentence="s", article_id="x", place=bad)
    with open_store(tmp_path / "s.gpkg") as store:
        with pytest.raises(StoreError, match="outside"):
            store.add_articles([(Article(id="x", text="x"), [ev])])
        assert store.count() == 0 and store.article_count() == 0


def test_store_query_after_replace_sees_new_rows(tmp_path: Path) -> None:
    """A query, a replace, a query: the second sees the new rows (GDAL's reader in the same process did not)."""
    events = make_events()
    with open_store(tmp_path / "s.gpkg") as store:
        store.add_articles(_batch(events))
        assert len(store.query()) == 8
        store.add_articles([(ARTICLES["a1"], [events["zhan"]])], replace=True)
        assert set(store.query()["event_id"]) == {"zhan", "suva", "tonga"}
        store.add_articles([(ARTICLES["a1"], [events["beij"]])], replace=True)
        assert set(store.query()["event_id"]) == {"beij", "suva", "tonga"}


def random_point_articles(seed: int, *, odd: Place | None = None) -> tuple[list, np.ndarray, np.ndarray]:
    """150 articles of 10 events at 1500 random points over East Asia (every 97th event in the western Pacific,
    every 89th at ``odd`` if given), with varied sentences and actors; also the points' lon and lat arrays."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(100, 140, 1500).round(5), rng.uniform(10, 50, 1500).round(5)
    items = []
    for i in range(150):
        evs = []
        for k in range(10):
            j = i * 10 + k
            place = (WPAC if j % 97 == 0 else odd if odd is not None and j % 89 == 0 else
                     _place(f"p:{j}", f"P{j}", float(lat[j]), float(lon[j]), "CHN"))  # fmt: skip
            evs.append(Event(event_id=f"e{j}", event_type="visit", trigger="t", sentence=f"s {j % 7}",
                             article_id=f"r{i}", place=place, actors=[Actor(f"Unit {j % 5}", "CHN")]))  # fmt: skip
        items.append((Article(id=f"r{i}", text=f"random article {i}"), evs))
    return items, lon, lat


def test_store_rtree_fast_path_agrees_with_row_by_row_check(tmp_path: Path) -> None:
    """Spatial-only queries decided on R-tree boxes return what the exact check on every candidate returns."""
    items, lon, lat = random_point_articles(3)
    queries = [EventQuery(bbox=(float(lon[5]), float(lat[9]), 130.0, 40.0)),  # edges through stored points
               EventQuery(bbox=(110.5, 15.5, 125.25, 35.75)),
               EventQuery(near=(float(lat[3]), float(lon[3])), radius_km=800.0),
               EventQuery(near=(30.0, 120.0), radius_km=float(haversine_km(30.0, 120.0, lat[7], lon[7]))),
               EventQuery(region=shapely.Polygon([(105, 12), (float(lon[11]), float(lat[11])), (135, 45), (110, 40)])),
               EventQuery(region=WESTERN_PACIFIC.buffer(-3)),
               EventQuery(bbox=(100, 10, 140, 50), near=(35.0, 118.0), radius_km=1200)]  # fmt: skip
    with open_store(tmp_path / "r.gpkg") as store:
        store.add_articles(items)
        for q in queries:
            fast = store._matching_fids(q)
            exact = EventStore._matching_fids(store, q)
            assert fast == exact and len(exact) > 0, q


def test_store_point_between_its_rtree_box_centre_and_a_region_edge(filled) -> None:
    """The R-tree box centre is not the point: an edge passing between them must not fool the fast path."""
    store, _ = filled
    conn = sqlite3.connect(store.location)
    fid = conn.execute("SELECT fid FROM events WHERE event_id = 'mosc'").fetchone()[0]
    minx, maxx = conn.execute("SELECT minx, maxx FROM rtree_events_geom WHERE id = ?", (fid,)).fetchone()
    lon = MOSCOW.lon
    centre = (minx + maxx) / 2
    assert centre != lon
    edge = (lon + centre) / 2  # strictly between the true longitude and the box centre
    east_of_edge = shapely.box(edge, 55.0, 40.0, 56.0)
    west_of_edge = shapely.box(30.0, 55.0, edge, 56.0)
    expected_east = lon >= edge
    assert ids(store, region=east_of_edge) == ({"mosc"} if expected_east else set())
    assert ids(store, region=west_of_edge) == (set() if expected_east else {"mosc"})
    assert ids(store, bbox=(edge, 55.0, 40.0, 56.0)) == ({"mosc"} if expected_east else set())


def test_store_of_another_schema_version_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE geomap_meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match=r"schema version 2, this geomap reads version \d+; move .*old\.gpkg away"):
        open_store(path)


def _table_dump(path: Path) -> list[tuple]:
    """Every events row with the SQLite storage class of each value, in fid order."""
    conn = sqlite3.connect(path)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
        select = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
        return conn.execute(f"SELECT {select} FROM events ORDER BY fid").fetchall()
    finally:
        conn.close()


def _shift(date: DateRange | None, days: int) -> DateRange | None:
    """``date`` moved by ``days`` (copies of one event at other dates: not one big group)."""
    import dataclasses

    if date is None:
        return None
    return dataclasses.replace(date, start=date.start + dt.timedelta(days), end=date.end + dt.timedelta(days))


def test_store_staged_bulk_insert_writes_what_bound_inserts_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch large enough to go through the ADBC staging file stores the same values, of the same SQLite
    types, as value-by-value inserts, and leaves no staging file behind."""
    import dataclasses
    import tempfile

    from geomap.store import staging

    probe = staging.stage_rows([(1, "a"), (None, None)], 2)
    assert probe is not None, "adbc-driver-sqlite should be installed (a geomap dependency)"
    probe.cleanup()
    before = set(Path(tempfile.gettempdir()).glob("geomap-stage-*"))
    threshold = staging.MIN_STAGED_ROWS
    base = list(make_events().values())  # points, an area, no place, mentions, spans, NULL-heavy columns
    items = [(Article(id=f"x{i}", text=f"article number {i}", published=D(2025, 1, 1 + i % 28)),
              [dataclasses.replace(e, event_id=f"{e.event_id}-{i}", article_id=f"x{i}", date=_shift(e.date, 40 * i))
               for e in base])
             for i in range(threshold // 7 + 3)]  # 7 located events an article: the R-tree's rowid map is staged too
    with open_store(tmp_path / "staged.gpkg") as store:
        store.add_articles(items)
    monkeypatch.setattr(staging, "MIN_STAGED_ROWS", 10**9)
    with open_store(tmp_path / "bound.gpkg") as store:
        store.add_articles(items)
    staged, bound = _table_dump(tmp_path / "staged.gpkg"), _table_dump(tmp_path / "bound.gpkg")
    assert len(staged) == len(items) * len(base) >= 5_000
    assert staged == bound
    shadow = "SELECT * FROM rtree_events_geom_{} ORDER BY 1"
    with sqlite3.connect(tmp_path / "staged.gpkg") as one, sqlite3.connect(tmp_path / "bound.gpkg") as other:
        assert one.execute("SELECT count(*) FROM rtree_events_geom_rowid").fetchone()[0] >= threshold
        for part in ("node", "rowid", "parent"):
            assert one.execute(shadow.format(part)).fetchall() == other.execute(shadow.format(part)).fetchall()
        assert one.execute("SELECT rtreecheck('rtree_events_geom')").fetchone()[0] == "ok"
    assert set(Path(tempfile.gettempdir()).glob("geomap-stage-*")) == before
    with open_store(tmp_path / "staged.gpkg") as store:  # and it answers queries like the other
        assert len(store.query(region=WESTERN_PACIFIC)) == len(items)  # each article's western-Pacific patrol
        assert len(store.query(near=(39.9075, 116.39723), radius_km=50)) == len(items)  # and its Beijing meeting


def test_staging_removes_directories_of_processes_that_died(tmp_path: Path) -> None:
    """A bulk ingest killed with SIGKILL leaves its staging directory; the next staging deletes it, and leaves a
    live process's directory alone."""
    import os
    import subprocess
    import sys
    import tempfile

    from geomap.store import staging

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)  # fmt: skip
    root = Path(tempfile.gettempdir())
    orphan = root / f"geomap-stage-{int(dead.stdout)}-test"
    alive = root / f"geomap-stage-{os.getppid()}-test"  # pytest's parent: running
    for directory in (orphan, alive):
        directory.mkdir(exist_ok=True)
        (directory / "stage.sqlite").write_bytes(b"x")
    try:
        staged = staging.stage_rows([(1,)], 1)
        assert staged is not None
        staged.cleanup()
        assert not orphan.exists() and alive.exists()
    finally:
        import shutil

        shutil.rmtree(orphan, ignore_errors=True)
        shutil.rmtree(alive, ignore_errors=True)
