"""The embedded default event store: one GeoPackage file, written through Python's ``sqlite3``.

Why ``sqlite3`` rather than GDAL for writing: an article, its events, actors and mentions must land in one
transaction, and GDAL (through pyogrio) writes one layer per call. The file is still a standard GeoPackage
1.4 (``application_id`` GPKG, ``gpkg_*`` tables, GeoPackage geometry blobs, the ``gpkg_rtree_index``
extension with GDAL's triggers), so QGIS and ``pyogrio.read_dataframe(path, layer="events", bbox=...)``
open it. The R-tree triggers call ``ST_MinX``/``ST_IsEmpty``…, which GDAL provides and this module
registers on its own connections.

Tables (all in ``gpkg_contents``):

- ``events`` (features, geometry ``geom``, EPSG:4326): one row per event; the columns of
  ``Event.to_feature()`` properties (list/dict values as JSON text) plus ``article_ref`` → ``articles.id``
  (provenance), ``group_id`` (the fid of the first event of its group, see :func:`~geomap.store.base.assign_groups`),
  ``date_reason``, ``date_span``, ``sentence_span`` and ``is_area``. The geometry is the
  feature's: the place's point, or the sea/region polygon for area events.
- ``articles``: ``id``, content ``hash`` (unique), ``article_id``, ``title``, ``url``, ``source``,
  ``published``, ``path``, ``text``, ``ingested_at``, ``event_count``.
- ``actors`` (a view): one row per event actor (``event_fid``, ``ord``, ``name``, ``country``, ``role``,
  ``span_start``, ``span_end``, ``reason``), unpacked from ``events.actor_details``.
- ``mentions`` (a view): further sentences reporting an event (``event_fid``, ``ord``, ``sentence``),
  unpacked from ``events.mentions``. Views, not tables: two extra rows and index entries per event
  would add a fifth to bulk-load time, and a view cannot drift from its event.
- ``event_groups``: ``id`` (= ``group_id``), ``num_events``, ``num_sources``, ``sources`` (JSON list of article
  ids) for groups of more than one event; a group without a row is its one event (one source).
- ``places``: the places events are located at, by gazetteer id (last write wins), with WKB geometry and
  the raw record as JSON.
- ``geomap_meta``: ``schema_version`` and ``hash_method``; its presence marks a geomap store.

Durability: WAL journaling (readers work during a write; a killed writer leaves whole batches), a busy
timeout so concurrent writers queue instead of failing, ``synchronous=NORMAL`` (safe against a killed
process; the last commits may be lost on power failure).

Queries run in one read transaction. Spatial filters walk the R-tree's node table in numpy
(:func:`~geomap.store.rtree.search_rtree`): a region prunes the nodes it misses, and points in leaves inside it
match without a test of their own; other filters narrow candidates in SQL and :func:`~geomap.store.base.exact_mask`
decides. Big batches are packed into both R-trees (:func:`~geomap.store.rtree.pack_rtree`), and their rows are
copied from a staging file written in C (:mod:`geomap.store.staging`) rather than bound value by value.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sqlite3
import struct
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.errors import StoreError
from geomap.store.base import (
    FEATURE_COLUMNS,
    GROUP_COLUMNS,
    distinct_group_ids,
    fetch_columns,
    SCHEMA_VERSION,
    check_meta,
    EventStore,
    GroupKey,
    IngestResult,
    area_candidates,
    assign_groups,
    attribute_prefilters,
    candidate_columns,
    classify_point_envelopes,
    exact_mask,
    KeyColumns,
    group_summaries,
    is_envelope_decidable,
    paused_gc,
    prefilter_boxes,
    radius_lat_band,
    word_prefilters,
    wrap_region,
)
from geomap.store.query import EventQuery
from geomap.store.rtree import morton_keys, pack_rtree, search_rtree
from geomap.store.staging import insert_rows

if TYPE_CHECKING:
    import geopandas
    import pandas

    from geomap.model import Article, Event

__all__ = ["GeoPackageStore", "SCHEMA_VERSION"]

SRS_ID = 4326
_SQLITE_MAGIC = b"SQLite format 3\x00"
_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10400
_RTREE = "rtree_events_geom"
_BULK_ROWS = 500  # batches with at least this many events fill the R-tree directly
_GROUP_INDEX = "geomap_group_index"
_PLACE_MEMO = 200_000  # place rows remembered as written (to skip unchanged upserts)
_ORDINAL_1970 = dt.date(1970, 1, 1).toordinal()  # datetime64[D] counts days from here; the index holds ordinals

#: events columns after fid/geom/article_ref, in insert order.
_EVENT_COLUMNS: tuple[str, ...] = FEATURE_COLUMNS + (
    "actor_details", "date_reason", "date_span", "sentence_span", "is_area",
)  # fmt: skip
_EVENT_TYPES = {
    "geo_precision": "INTEGER", "lat": "REAL", "lon": "REAL", "is_area": "INTEGER NOT NULL DEFAULT 0",
    "event_id": "TEXT NOT NULL", "event_type": "TEXT NOT NULL",
}  # fmt: skip
_PLACE_COLUMNS = (
    "id", "name", "kind", "lat", "lon", "country_iso2", "country_iso3", "admin1", "admin1_code", "population",
    "geonameid", "feature_code", "definition", "source", "geometry", "raw",
)  # fmt: skip
_ARTICLE_COLUMNS = ("hash", "article_id", "title", "url", "source", "published", "path", "text", "ingested_at",
                    "event_count")  # fmt: skip

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _schema_sql() -> list[str]:
    event_cols = ",\n  ".join(f"{_q(c)} {_EVENT_TYPES.get(c, 'TEXT')}" for c in _EVENT_COLUMNS)
    geom_not_empty = "{0}.geom NOT NULL AND NOT ST_IsEmpty({0}.geom)"
    bounds = "ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)"
    attributes = ["articles", "places", "actors", "mentions", "event_groups", "geomap_meta"]
    return [
        "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
        " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
        " description TEXT)",
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES"
        " ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined Cartesian coordinate reference system'),"
        " ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),"
        f" ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84_WKT}',"
        " 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')",
        "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
        " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
        " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
        " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
        " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
        "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
        " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
        " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
        " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
        " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
        " definition TEXT NOT NULL, scope TEXT NOT NULL,"
        " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
        "CREATE TABLE IF NOT EXISTS geomap_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
        " hash TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, title TEXT, url TEXT, source TEXT, published TEXT,"
        " path TEXT, text TEXT, ingested_at TEXT NOT NULL, event_count INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS places (id TEXT PRIMARY KEY NOT NULL, name TEXT, kind TEXT, lat REAL, lon REAL,"
        " country_iso2 TEXT, country_iso3 TEXT, admin1 TEXT, admin1_code TEXT, population INTEGER,"
        " geonameid INTEGER, feature_code TEXT, definition TEXT, source TEXT, geometry BLOB, raw TEXT)",
        f"CREATE TABLE IF NOT EXISTS events (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY,"
        f"\n  article_ref INTEGER NOT NULL REFERENCES articles(id), group_id INTEGER,\n  {event_cols})",
        # members of a group other than its first event (whose fid is the group_id): few rows
        "CREATE INDEX IF NOT EXISTS events_group ON events(group_id) WHERE group_id <> fid",
        "CREATE TABLE IF NOT EXISTS event_groups (id INTEGER PRIMARY KEY NOT NULL, num_events INTEGER NOT NULL,"
        " num_sources INTEGER NOT NULL, sources TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS events_article_ref ON events(article_ref)",
        "CREATE INDEX IF NOT EXISTS events_country ON events(country)",
        # areas are indexed by envelope, but radius is measured to their representative point: find those
        # by latitude band (a small partial index: point events are not in it).
        "CREATE INDEX IF NOT EXISTS events_area_lat ON events(lat) WHERE is_area = 1",
        "CREATE VIEW IF NOT EXISTS actors AS SELECT e.fid * 1000 + j.key AS id, e.fid AS event_fid, j.key AS ord,"
        " json_extract(j.value, '$[0]') AS name, json_extract(j.value, '$[1]') AS country,"
        " json_extract(j.value, '$[2]') AS role, json_extract(j.value, '$[3]') AS span_start,"
        " json_extract(j.value, '$[4]') AS span_end, json_extract(j.value, '$[5]') AS reason"
        " FROM events e, json_each(e.actor_details) j",
        "CREATE VIEW IF NOT EXISTS mentions AS SELECT e.fid * 1000 + j.key AS id, e.fid AS event_fid,"
        " j.key AS ord, j.value AS sentence FROM events e, json_each(e.mentions) j",
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES"
        " ('events', 'features', 'events', 'geomap events', 4326)",
        *(
            f"INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) VALUES"
            f" ('{t}', 'attributes', '{t}', 'geomap {t}')"
            for t in attributes
        ),
        "INSERT OR IGNORE INTO gpkg_geometry_columns VALUES ('events', 'geom', 'GEOMETRY', 4326, 0, 0)",
        "INSERT OR IGNORE INTO gpkg_extensions VALUES ('events', 'geom', 'gpkg_rtree_index',"
        " 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_RTREE} USING rtree(id, minx, maxx, miny, maxy)",
        # GDAL's R-tree triggers (GeoPackage 1.4 rtree extension)
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_insert AFTER INSERT ON events"
        f" WHEN ({geom_not_empty.format('new')})"
        f" BEGIN INSERT OR REPLACE INTO {_RTREE} VALUES (NEW.fid, {bounds}); END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_update6 AFTER UPDATE OF geom ON events"
        f" WHEN OLD.fid = NEW.fid AND ({geom_not_empty.format('NEW')}) AND ({geom_not_empty.format('OLD')})"
        f" BEGIN UPDATE {_RTREE} SET minx = ST_MinX(NEW.geom), maxx = ST_MaxX(NEW.geom),"
        f" miny = ST_MinY(NEW.geom), maxy = ST_MaxY(NEW.geom) WHERE id = NEW.fid; END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_update7 AFTER UPDATE OF geom ON events"
        f" WHEN OLD.fid = NEW.fid AND ({geom_not_empty.format('NEW')}) AND (OLD.geom ISNULL OR ST_IsEmpty(OLD.geom))"
        f" BEGIN INSERT INTO {_RTREE} VALUES (NEW.fid, {bounds}); END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_update2 AFTER UPDATE OF geom ON events"
        f" WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))"
        f" BEGIN DELETE FROM {_RTREE} WHERE id = OLD.fid; END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_update5 AFTER UPDATE ON events"
        f" WHEN OLD.fid != NEW.fid AND ({geom_not_empty.format('NEW')})"
        f" BEGIN DELETE FROM {_RTREE} WHERE id = OLD.fid; INSERT OR REPLACE INTO {_RTREE} VALUES (NEW.fid, {bounds}); END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_update4 AFTER UPDATE ON events"
        f" WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))"
        f" BEGIN DELETE FROM {_RTREE} WHERE id IN (OLD.fid, NEW.fid); END",
        f"CREATE TRIGGER IF NOT EXISTS {_RTREE}_delete AFTER DELETE ON events WHEN old.geom NOT NULL"
        f" BEGIN DELETE FROM {_RTREE} WHERE id = OLD.fid; END",
        # grouping index: point events by place, days and type, so a new event finds its group's candidates
        # without reading the rows of every event nearby
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_GROUP_INDEX} USING rtree(id, minx, maxx, miny, maxy, min_day, max_day,"
        " min_type, max_type)",
        f"CREATE TRIGGER IF NOT EXISTS {_GROUP_INDEX}_delete AFTER DELETE ON events"
        f" BEGIN DELETE FROM {_GROUP_INDEX} WHERE id = OLD.fid; END",
    ]


# -- GeoPackage geometry blobs ---------------------------------------------------------------------------
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b0000_0001, SRS_ID)  # little-endian, no envelope
_AREA_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b0000_0011, SRS_ID)  # little-endian, xy envelope
_WKB_POINT = struct.Struct("<BIdd")


def _point_blob(lon: float, lat: float) -> bytes:
    return _POINT_HEADER + _WKB_POINT.pack(1, 1, lon, lat)


def _geometry_blob(geometry: Any) -> bytes:
    import shapely

    minx, miny, maxx, maxy = geometry.bounds
    return _AREA_HEADER + struct.pack("<4d", minx, maxx, miny, maxy) + shapely.to_wkb(geometry, byte_order=1)


def _blob_wkb_offset(blob: bytes) -> int:
    return 8 + 8 * _ENVELOPE_DOUBLES.get((blob[3] >> 1) & 0b111, 0)


def _blob_bounds(blob: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage blob, ``None`` if empty; for the R-tree triggers."""
    flags = blob[3]
    if flags & 0b1_0000:
        return None
    order = "<" if flags & 1 else ">"
    if (flags >> 1) & 0b111:
        return struct.unpack_from(order + "4d", blob, 8)
    wkb_order = "<" if blob[8] == 1 else ">"
    (gtype,) = struct.unpack_from(wkb_order + "I", blob, 9)
    if gtype % 1000 == 1:  # point (2D, Z, M or ZM)
        x, y = struct.unpack_from(wkb_order + "2d", blob, 13)
        if x != x:  # NaN: empty point
            return None
        return (x, x, y, y)
    import shapely

    geometry = shapely.from_wkb(blob[8:])
    if geometry.is_empty:
        return None
    minx, miny, maxx, maxy = geometry.bounds
    return (minx, maxx, miny, maxy)


def _st(index: int) -> Any:
    def function(blob: bytes | None) -> float | None:
        if blob is None:
            return None
        bounds = _blob_bounds(blob)
        return None if bounds is None else bounds[index]

    return function


def _st_is_empty(blob: bytes | None) -> int | None:
    if blob is None:
        return None
    return int(_blob_bounds(blob) is None)


# -- helpers ---------------------------------------------------------------------------------------------
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def _hash_function() -> tuple[Any, str]:
    """(function, method name): ``geomap.articles.content_hash`` when importable, else sha256 of the raw text."""
    try:
        from geomap.articles import content_hash
    except ImportError:  # pragma: no cover - fallback while geomap.articles is absent
        import hashlib

        def raw_hash(article: Article) -> str:
            return hashlib.sha256(article.text.encode("utf-8")).hexdigest()

        return raw_hash, "sha256-raw-text"
    return content_hash, "geomap.articles.content_hash"


# Memoised JSON and keys (functools.lru_cache): actor names, countries, roles, reasons, dates and types repeat
# a lot within an article and across articles.
@functools.lru_cache(maxsize=50_000)
def _json_tuple(values: tuple[Any, ...]) -> str:
    return _encode(list(values))


def _json_strings(values: list[Any]) -> str:
    """JSON of a short list of strings."""
    return _json_tuple(tuple(values))


@functools.lru_cache(maxsize=50_000)
def _json_reasons(items: tuple[tuple[str, str], ...]) -> str:
    """JSON object of ``reasons`` items."""
    return _encode(dict(items))


@functools.lru_cache(maxsize=50_000)
def _json_rows(items: tuple[tuple[Any, ...], ...]) -> str:
    """JSON list of lists (``actor_details``)."""
    return _encode([list(item) for item in items])


def _json_span(span: tuple[int, int] | None) -> str | None:
    return None if span is None else f"[{int(span[0])},{int(span[1])}]"


def _event_row(ev: Event, places: dict[str, tuple[Any, ...]]) -> tuple[Any, ...]:
    """(geometry blob, R-tree bounds or None, *_EVENT_COLUMNS values) for one event.

    The values are ``Event.to_feature()``'s properties, computed here without building the feature (twice as
    fast on bulk loads); ``tests/store`` checks they stay equal. Adds the event's place row to ``places``.
    """
    place = ev.place
    blob = bounds = None
    is_area = 0
    if place is not None:
        lat, lon = place.lat, place.lon
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise StoreError(
                f"event {ev.event_id!r}: place {place.id!r} has coordinates lat={lat}, lon={lon} outside "
                "[-90, 90] × [-180, 180]; fix the gazetteer record before storing"
            )
        geometry = ev.to_feature()["geometry"] if place.has_area else None
        if geometry is None or geometry["type"] == "Point":
            blob = _point_blob(lon, lat)
            bounds = (lon, lon, lat, lat)
        else:
            from shapely.geometry import shape

            shp = shape(geometry)
            blob = _geometry_blob(shp)
            minx, miny, maxx, maxy = shp.bounds
            bounds = (minx, maxx, miny, maxy)
            is_area = 1
        if place.id not in places:
            places[place.id] = _place_row(place)
    else:
        lat = lon = None
    date = ev.date
    actors = ev.actors
    return (
        blob, bounds, ev.event_id, ev.event_type, ev.code, ev.trigger,
        _json_strings([a.name for a in actors]), _json_strings(ev.actor_countries),
        _json_strings([a.role for a in actors]),
        date.start.isoformat() if date else None, date.end.isoformat() if date else None,
        date.precision if date else None, date.text if date else None,
        place.name if place else None, ev.location_text, place.id if place else None,
        place.kind if place else None, place.country_iso3 if place else None, ev.geo_precision, lat, lon,
        ev.sentence, _encode(list(ev.mentions)) if ev.mentions else "[]", _json_span(ev.trigger_span),
        _json_span(ev.location_span), ev.article_id, ev.published.isoformat() if ev.published else None,
        ev.title, ev.url, _json_reasons(tuple(ev.reasons.items())) if ev.reasons else "{}",
        _json_rows(tuple((a.name, a.country, a.role, a.start, a.end, a.reason) for a in actors)) if actors else "[]",
        date.reason if date else None, _json_span(date.span) if date else None, _json_span(ev.sentence_span),
        is_area,
    )  # fmt: skip


#: Positions in the rows of :func:`_event_row` (blob, bounds, *_EVENT_COLUMNS).
_START, _END, _PLACE_ID, _LAT, _LON, _COUNTRIES = (
    2 + _EVENT_COLUMNS.index(c) for c in ("date_start", "date_end", "location_id", "lat", "lon", "actor_countries")
)
@functools.lru_cache(maxsize=50_000)
def _country_set(actor_countries: str) -> frozenset[str]:
    """The set of an event's actor countries from its ``actor_countries`` JSON (few distinct sets)."""
    return frozenset(json.loads(actor_countries))


def _group_key(fid: int, article: int, ev: Event) -> GroupKey:
    place, date = ev.place, ev.date
    return GroupKey(
        fid, article, ev.event_type, frozenset(a.country for a in ev.actors if a.country),
        date.start.isoformat() if date else None, date.end.isoformat() if date else None,
        place.id if place else None, place.lat if place else None, place.lon if place else None,
    )  # fmt: skip


def _fill_rtree(conn: sqlite3.Connection, name: str, rows: list[tuple[Any, ...]], *, insert: Any) -> None:
    """Add ``(id, min0, max0, …)`` rows to an R-tree: packed when the batch is large next to the tree (packing
    rewrites its inner levels; ``insert`` writes its rows), else inserted in Z-order (each insert descends into
    pages the previous used)."""
    if not rows:
        return
    nodes = conn.execute(f"SELECT count(*) FROM {name}_node").fetchone()[0]
    if len(rows) >= _BULK_ROWS and len(rows) * 10 >= nodes:
        pack_rtree(conn, name, rows, insert=insert)
        return
    import numpy as np

    box = np.array([r[1:5] for r in rows], dtype=float).reshape(-1, 4)
    order = np.argsort(morton_keys((box[:, 0] + box[:, 1]) / 2.0, (box[:, 2] + box[:, 3]) / 2.0), kind="stable")
    width = len(rows[0])
    conn.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * width)})", [rows[i] for i in order.tolist()])


@functools.lru_cache(maxsize=10_000)
def _type_bucket(event_type: str) -> int:
    """A 16-bit code of the case-folded event type (types compare case-insensitively; collisions only add
    candidates, which :func:`~geomap.store.base.same_event` rejects)."""
    return zlib.crc32(event_type.casefold().encode("utf-8")) & 0xFFFF


def _group_index_rows(columns: KeyColumns | None, fids: list[int]) -> list[tuple[Any, ...]]:
    """The grouping-index entries of the groupable keys among ``columns`` whose fid is in ``fids`` (the new
    point events): point, days, type bucket."""
    import numpy as np

    if columns is None or not fids:
        return []
    sel = np.flatnonzero(columns.groupable & np.isin(columns.fid, np.array(fids, dtype=np.int64)))
    if not len(sel):
        return []
    bucket = [_type_bucket(columns.event_type[i]) for i in sel.tolist()]
    lon, lat = columns.lon[sel].tolist(), columns.lat[sel].tolist()
    first = (columns.start[sel].astype(np.int64) + _ORDINAL_1970).tolist()
    last = (columns.end[sel].astype(np.int64) + _ORDINAL_1970).tolist()
    return list(zip(columns.fid[sel].tolist(), lon, lon, lat, lat, first, last, bucket, bucket))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _span(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    start, end = json.loads(value)
    return (start, end)


_CRS: Any = None


def _crs() -> Any:
    global _CRS
    if _CRS is None:
        from pyproj import CRS

        _CRS = CRS.from_epsg(4326)
    return _CRS


# -- the store -------------------------------------------------------------------------------------------
class GeoPackageStore(EventStore):
    """Events in one GeoPackage file (created on first open). See the module docstring for the layout."""

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self.timeout = timeout
        self._written_places: dict[str, tuple[Any, ...]] = {}  # place rows this store has committed, by id
        self._after_transaction: list[Any] = []  # callables run when the current write transaction has ended
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory; give the store a file path such as {self.path / 'events.gpkg'}")
        if self.path.exists() and self.path.stat().st_size > 0:
            with self.path.open("rb") as fh:
                magic = fh.read(16)
            if magic != _SQLITE_MAGIC:
                raise StoreError(
                    f"{self.path} exists but is not a geomap event store (not a GeoPackage/SQLite file); "
                    "give a new path (e.g. outputs/events.gpkg) or move that file away"
                )
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create the folder for the store {self.path}: {err}") from err
        try:
            self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open the event store {self.path}: {err}; check the path and permissions") from err
        conn = self._conn
        for name, index in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
            conn.create_function(name, 1, _st(index), deterministic=True)
        conn.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
        try:
            self._open_or_create()
        except BaseException:
            conn.close()
            raise

    def _open_or_create(self) -> None:
        conn = self._conn
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path} exists but is not a geomap event store ({err}); "
                "give a new path (e.g. outputs/events.gpkg) or move that file away"
            ) from err
        if tables and "geomap_meta" not in tables:
            raise StoreError(
                f"{self.path} is a SQLite/GeoPackage file but not a geomap event store (it has no geomap_meta "
                "table); give a new path (e.g. outputs/events.gpkg) so geomap does not write into it"
            )
        self._execute_pragmas()
        if "geomap_meta" not in tables:
            self._create_schema()
            # GDAL reads application_id from the file header, not through SQL: move page 1 out of the WAL.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        meta = dict(conn.execute("SELECT key, value FROM geomap_meta"))
        self.hash_method = check_meta(meta, store=str(self.path), advice=(
            f"move {self.path} away (or pass --store NEW.gpkg) and ingest the articles again: there is no migration"))

    def _execute_pragmas(self) -> None:
        conn = self._conn
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
        conn.execute("PRAGMA mmap_size = 1073741824")

    def _create_schema(self) -> None:
        conn = self._conn
        _, method = _hash_function()
        with self._transaction():
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geomap_meta'").fetchone():
                return  # another process created it meanwhile
            conn.execute(f"PRAGMA application_id = {_GPKG_APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {_GPKG_USER_VERSION}")
            for statement in _schema_sql():
                conn.execute(statement)
            conn.executemany(
                "INSERT INTO geomap_meta VALUES (?, ?)",
                [("schema_version", SCHEMA_VERSION), ("hash_method", method), ("created", _now())],
            )

    class _Tx:
        def __init__(self, store: GeoPackageStore) -> None:
            self.store = store

        def __enter__(self) -> sqlite3.Connection:
            self.store._after_transaction = []
            try:
                self.store._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as err:
                raise StoreError(
                    f"the event store {self.store.path} stayed locked by another writer for "
                    f"{self.store.timeout:g} s ({err}); retry when the other ingest has finished"
                ) from err
            return self.store._conn

        def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
            try:
                self._end(exc_type, exc)
            finally:
                callbacks, self.store._after_transaction = self.store._after_transaction, []
                for callback in callbacks:
                    callback()

        def _end(self, exc_type: Any, exc: Any) -> None:
            conn = self.store._conn
            if exc_type is None:
                try:
                    conn.execute("COMMIT")
                    return
                except sqlite3.Error as err:
                    conn.execute("ROLLBACK")
                    raise StoreError(f"cannot commit to the event store {self.store.path}: {err}") from err
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write the event store {self.store.path}: {exc}") from exc

    def _transaction(self) -> GeoPackageStore._Tx:
        return GeoPackageStore._Tx(self)

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read transaction for a whole query: every read sees the same version of the file (a writer
        may commit meanwhile; WAL keeps this version until the transaction ends)."""
        conn = self._conn
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as err:
            raise StoreError(f"cannot read the event store {self.path}: {err}") from err
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()

    def __repr__(self) -> str:
        return f"GeoPackageStore({self.location!r})"

    # -- writing ---------------------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return self._conn.execute("SELECT 1 FROM articles WHERE hash = ?", (content_hash,)).fetchone() is not None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM events").fetchone()[0])

    def article_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    @paused_gc()  # building rows allocates millions of objects and no cycles
    def add_articles(
        self, batch: Sequence[tuple[Article, list[Event]]], *, replace: bool = False
    ) -> IngestResult:
        result = IngestResult()
        if not batch:
            return result
        # Build every row before taking the write lock.
        prepared: list[tuple[str, Article, list[tuple[Any, ...]], list[Event]]] = []
        places: dict[str, tuple[Any, ...]] = {}
        content_hash, method = _hash_function()
        if method != self.hash_method:
            raise StoreError(
                f"{self.path} identifies articles by {self.hash_method!r} but this geomap uses {method!r}, so "
                "re-ingested articles would be stored twice; ingest into a new store file"
            )
        for article, events in batch:
            digest = content_hash(article)
            rows = [_event_row(ev, places) for ev in events]
            prepared.append((digest, article, rows, list(events)))
        now = _now()
        hashes = [p[0] for p in prepared]
        with self._transaction() as conn:
            stored = dict(
                conn.execute(
                    "SELECT hash, id FROM articles WHERE hash IN (SELECT value FROM json_each(?))", (json.dumps(hashes),)
                )
            )
            next_article = self._next_id(conn, "articles")
            next_fid = self._next_id(conn, "events")
            seen: set[str] = set()
            article_rows: list[tuple[Any, ...]] = []
            update_rows: list[tuple[Any, ...]] = []
            event_rows: list[list[Any]] = []
            rtree_rows: list[tuple[Any, ...]] = []
            point_fids: list[int] = []  # point events (areas are not in the grouping index)
            replaced_refs: list[int] = []
            keys: list[GroupKey] = []
            for digest, article, rows, events in prepared:
                result.hashes[article.id] = digest
                meta = (article.id, article.title, article.url, article.source, _iso(article.published),
                        article.path, article.text, now, len(rows))  # fmt: skip
                if digest in seen or (digest in stored and not replace):
                    result.skipped.append(article.id)
                    continue
                seen.add(digest)
                if digest in stored:
                    ref = stored[digest]
                    replaced_refs.append(ref)
                    update_rows.append((*meta, ref))
                    result.replaced.append(article.id)
                else:
                    ref = next_article
                    next_article += 1
                    article_rows.append((ref, digest, *meta))
                    result.added.append(article.id)
                for row, ev in zip(rows, events):
                    fid = next_fid
                    next_fid += 1
                    event_rows.append([fid, row[0], ref, fid, *row[2:]])
                    if row[1] is not None:
                        rtree_rows.append((fid, *row[1]))
                    key = GroupKey(fid, ref, ev.event_type, _country_set(row[_COUNTRIES]), row[_START], row[_END],
                                   row[_PLACE_ID], row[_LAT], row[_LON])  # fmt: skip
                    keys.append(key)
                    if not row[-1]:
                        point_fids.append(fid)
                result.events_added += len(rows)
            regroup: list[GroupKey] = []
            affected: set[int] = set()
            if replaced_refs:
                refs = json.dumps(replaced_refs)
                affected = {g for (g,) in conn.execute(
                    "SELECT DISTINCT group_id FROM events WHERE article_ref IN (SELECT value FROM json_each(?))", (refs,))}  # fmt: skip
                conn.execute("DELETE FROM events WHERE article_ref IN (SELECT value FROM json_each(?))", (refs,))
                regroup = self._group_members(conn, affected)
                conn.execute(
                    "UPDATE events SET group_id = NULL WHERE fid IN (SELECT value FROM json_each(?))",
                    (json.dumps([k.fid for k in regroup]),),
                )
                conn.executemany(
                    "UPDATE articles SET article_id = ?, title = ?, url = ?, source = ?, published = ?, path = ?,"
                    " text = ?, ingested_at = ?, event_count = ? WHERE id = ?",
                    update_rows,
                )
            touched, columns = self._assign_groups(conn, regroup, keys, event_rows, affected)
            if article_rows:
                cols = ", ".join(("id",) + _ARTICLE_COLUMNS)
                conn.executemany(
                    f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * (len(_ARTICLE_COLUMNS) + 1))})",
                    article_rows,
                )
            written: list[tuple[Any, ...]] = []
            if event_rows:
                # rows this store wrote before, unchanged, need no upsert (places recur across articles)
                written = [row for pid, row in places.items() if self._written_places.get(pid) != row]
                if written:
                    cols = ", ".join(_PLACE_COLUMNS)
                    updates = ", ".join(f"{c} = excluded.{c}" for c in _PLACE_COLUMNS[1:])
                    conn.executemany(
                        f"INSERT INTO places ({cols}) VALUES ({', '.join('?' * len(_PLACE_COLUMNS))})"
                        f" ON CONFLICT(id) DO UPDATE SET {updates}",
                        written,
                    )
                self._insert_events(conn, event_rows, rtree_rows, _group_index_rows(columns, point_fids))
            if touched:
                self._store_group_summaries(conn, touched)
            if rtree_rows:
                extent = (min(r[1] for r in rtree_rows), min(r[3] for r in rtree_rows),
                          max(r[2] for r in rtree_rows), max(r[4] for r in rtree_rows))  # fmt: skip
                conn.execute(
                    "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),"
                    " max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4), last_change = ?5"
                    " WHERE table_name = 'events'",
                    (*extent, now),
                )
        if len(self._written_places) + len(written) > _PLACE_MEMO:
            self._written_places.clear()
        self._written_places.update((row[0], row) for row in written)  # committed
        return result

    # -- grouping --------------------------------------------------------------------------------------
    def _assign_groups(
        self, conn: sqlite3.Connection, regroup: list[GroupKey], keys: list[GroupKey],
        event_rows: list[list[Any]], affected: set[int],
    ) -> tuple[set[int], KeyColumns | None]:  # fmt: skip
        """Group ``regroup`` (stored, group unset) and the new ``keys``; set ``group_id`` in ``event_rows``.

        Returns the group ids whose summaries must be rewritten, and the keys' columns (``None`` without keys).
        """
        todo = sorted(regroup + keys, key=lambda k: k.fid)
        if not todo:
            return affected, None
        columns = KeyColumns.of(todo)
        has_stored = conn.execute("SELECT 1 FROM events WHERE group_id IS NOT NULL LIMIT 1").fetchone()
        stored = self._group_candidates(conn, todo, columns) if has_stored else []
        gids = assign_groups(todo, stored, columns=columns)
        by_fid = dict(zip((k.fid for k in todo), gids))
        touched = set(affected)
        for k in regroup:
            touched.add(by_fid[k.fid])
        conn.executemany("UPDATE events SET group_id = ? WHERE fid = ?", [(by_fid[k.fid], k.fid) for k in regroup])
        for row in event_rows:
            gid = by_fid[row[0]]
            if gid != row[0]:
                row[3] = gid
                touched.add(gid)
        return touched, columns

    def _group_candidates(
        self, conn: sqlite3.Connection, keys: list[GroupKey], columns: KeyColumns
    ) -> list[tuple[int, GroupKey, int]]:
        """Grouped stored events near each key, of the same type, with overlapping dates (a superset).

        Point events come from the grouping index (an R-tree over place, days and type bucket; probes in
        Morton order, so neighbouring probes reuse its pages); area events, few, are all read and matched by
        their representative point in memory.
        """
        import numpy as np

        index, boxes = columns.search_boxes()
        if not len(index):
            return []
        order = np.argsort(morton_keys((boxes[:, 0] + boxes[:, 2]) / 2.0, (boxes[:, 1] + boxes[:, 3]) / 2.0), kind="stable")
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS geomap_probe (k INTEGER, w REAL, s REAL, e REAL, n REAL, t INTEGER,"
            " ds INTEGER, de INTEGER)"
        )
        conn.execute("DELETE FROM temp.geomap_probe")
        idx = index[order]
        bucket = np.array([_type_bucket(t) for t in columns.event_type], dtype=np.int64)
        first, last = (columns.start.astype(np.int64) + _ORDINAL_1970, columns.end.astype(np.int64) + _ORDINAL_1970)
        conn.executemany(
            "INSERT INTO temp.geomap_probe VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            zip(idx.tolist(), *boxes[order].T.tolist(), bucket[idx].tolist(), first[idx].tolist(), last[idx].tolist()),
        )
        hits = conn.execute(
            f"SELECT p.k, e.fid, e.group_id FROM temp.geomap_probe p CROSS JOIN {_GROUP_INDEX} g CROSS JOIN events e"
            " WHERE g.minx <= p.e AND g.maxx >= p.w AND g.miny <= p.n AND g.maxy >= p.s AND g.min_day <= p.de"
            " AND g.max_day >= p.ds AND g.min_type <= p.t AND g.max_type >= p.t AND e.fid = g.id"
            " AND e.group_id IS NOT NULL"
        ).fetchall()
        conn.execute("DELETE FROM temp.geomap_probe")
        cols = "fid, article_ref, event_type, actor_countries, date_start, date_end, location_id, lat, lon"
        areas = conn.execute(
            f"SELECT {cols}, group_id FROM events INDEXED BY events_area_lat"
            " WHERE is_area = 1 AND lat IS NOT NULL AND group_id IS NOT NULL"
        ).fetchall()
        out = area_candidates(index, boxes, areas)
        if hits:
            keys_of = {r[0]: GroupKey.from_row(*r) for r in conn.execute(
                f"SELECT {cols} FROM events WHERE fid IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({h[1] for h in hits})),))}  # fmt: skip
            out += [(k, keys_of[fid], gid) for k, fid, gid in hits]
        return out

    @staticmethod
    def _group_members(conn: sqlite3.Connection, group_ids: set[int]) -> list[GroupKey]:
        if not group_ids:
            return []
        ids = json.dumps(sorted(group_ids))
        cols = "fid, article_ref, event_type, actor_countries, date_start, date_end, location_id, lat, lon"
        rows = conn.execute(
            f"SELECT {cols} FROM events WHERE fid IN (SELECT value FROM json_each(?1)) AND group_id = fid"
            f" UNION ALL SELECT {cols} FROM events WHERE group_id IN (SELECT value FROM json_each(?1))"
            " AND group_id <> fid",
            (ids,),
        ).fetchall()
        return sorted((GroupKey.from_row(*r) for r in rows), key=lambda k: k.fid)

    @staticmethod
    def _store_group_summaries(conn: sqlite3.Connection, group_ids: set[int]) -> None:
        ids = json.dumps(sorted(group_ids))
        conn.execute("DELETE FROM event_groups WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        cols = "e.group_id, e.fid, e.article_ref, a.article_id FROM events e JOIN articles a ON a.id = e.article_ref"
        rows = conn.execute(
            f"SELECT {cols} WHERE e.fid IN (SELECT value FROM json_each(?1)) AND e.group_id = e.fid"
            f" UNION ALL SELECT {cols} WHERE e.group_id IN (SELECT value FROM json_each(?1)) AND e.group_id <> e.fid",
            (ids,),
        ).fetchall()
        conn.executemany(
            "INSERT INTO event_groups VALUES (?, ?, ?, ?)",
            [(gid, *summary) for gid, summary in group_summaries(rows).items() if summary[0] > 1],
        )

    def _insert_events(
        self, conn: sqlite3.Connection, event_rows: list[list[Any]], rtree_rows: list[tuple[Any, ...]],
        group_rows: list[tuple[Any, ...]],
    ) -> None:  # fmt: skip
        """Insert event rows; large batches fill the R-tree directly, with its trigger off.

        The GeoPackage trigger computes each bounding box through four Python ``ST_*`` calls; dropping it and
        re-creating it inside the same transaction (SQLite DDL is transactional) halves bulk-load time
        and leaves the file exactly as the trigger would have. Batches large next to the index are packed
        into it (:func:`geomap.store.rtree.pack_rtree`, twenty times faster than the module's inserts).
        Large batches of rows (events, R-tree rowid maps) are copied from a staging file written in C
        (:mod:`geomap.store.staging`) instead of bound value by value.
        """
        trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{_RTREE}_insert",)
        ).fetchone()
        bulk = trigger is None or len(event_rows) >= _BULK_ROWS
        if bulk and trigger is not None:
            conn.execute(f"DROP TRIGGER {_RTREE}_insert")
        insert = functools.partial(insert_rows, after_transaction=self._after_transaction)
        insert(conn, "events", ("fid", "geom", "article_ref", "group_id", *_EVENT_COLUMNS), event_rows)
        if bulk:
            _fill_rtree(conn, _RTREE, rtree_rows, insert=insert)
            if trigger is not None:
                conn.execute(trigger[0])
        _fill_rtree(conn, _GROUP_INDEX, group_rows, insert=insert)

    @staticmethod
    def _next_id(conn: sqlite3.Connection, table: str) -> int:
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        return max(seq[0] if seq else 0, top or 0) + 1

    # -- reading ---------------------------------------------------------------------------------------
    def _matching_fids(self, query: EventQuery) -> list[int] | None:
        """Spatial-only queries are decided on the R-tree's boxes, reading events only for edge cases.

        Point events whose float32 box is surely in or out of the filter need no row read (the rows are
        scattered over the file; reading them was half the query time); area events and points on an edge
        go through :func:`~geomap.store.base.exact_mask` like every other query.
        """
        if not is_envelope_decidable(query):
            return super()._matching_fids(query)
        import numpy as np

        (_, boxes), *_ = prefilter_boxes(query)  # any one filter's boxes bound the candidates
        region = wrap_region(query.region) if query.region is not None else None
        fids, envelopes, in_region = search_rtree(self._conn, _RTREE, boxes, within=region)
        areas = np.array([fid for (fid,) in self._read("SELECT fid FROM events WHERE is_area = 1")], dtype=np.int64)
        recheck: set[int] = set()
        if query.near is not None:  # areas are measured by their point, which the R-tree does not hold
            south, north = radius_lat_band(query.near[0], query.radius_km or 0.0)
            recheck.update(f for (f,) in self._read(
                "SELECT fid FROM events WHERE is_area = 1 AND lat BETWEEN ? AND ?", (south, north)))  # fmt: skip
        is_area = np.isin(fids, areas)
        recheck.update(fids[is_area].tolist())
        points = ~is_area
        fids, envelopes, in_region = fids[points], envelopes[points].astype(np.float64), in_region[points]
        sure, unsure = classify_point_envelopes(query, *envelopes.T, in_region=in_region)
        matched = fids[sure].tolist()
        recheck.update(fids[unsure].tolist())
        if recheck:
            frame = self._candidates(query, candidate_columns(query), fids=sorted(recheck))
            matched += [int(fid) for fid in frame.index[exact_mask(frame, query)]]
        return sorted(set(matched))

    def _candidates(
        self, query: EventQuery, columns: list[str], *, fids: list[int] | None = None
    ) -> pandas.DataFrame:
        import pandas as pd

        where, params = _prefilter_sql(query) if fids is None else ([], [])
        if fids is not None:
            where.append("fid IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(fids))
        select = ["fid"]
        for c in columns:
            if c == "geometry":
                select.append("CASE WHEN is_area = 1 THEN geom END")
            else:
                select.append(_q(c))
        sql = f"SELECT {', '.join(select)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._read(sql, params)
        frame = pd.DataFrame(rows, columns=["fid", *columns], dtype=object).set_index("fid")
        if "geometry" in columns:
            frame["geometry"] = _decode_blobs(frame["geometry"].to_numpy(dtype=object))
        return frame

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"cannot read the event store {self.path}: {err}") from err

    @staticmethod
    def _fid_clause(fids: list[int] | None) -> tuple[str, tuple[Any, ...]]:
        if fids is None:
            return "", ()
        return " WHERE fid IN (SELECT value FROM json_each(?))", (json.dumps(fids),)

    def _features(self, fids: list[int] | None, columns: tuple[str, ...]) -> geopandas.GeoDataFrame:
        """Through ``sqlite3``, not GDAL: a second SQLite library in the process (GDAL's) releases this
        connection's POSIX locks when it closes the file, which showed stale rows and "disk I/O error"."""
        where, params = self._fid_clause(fids)
        names = fetch_columns(columns)
        rows = self._read(
            f"SELECT fid, {', '.join(map(_q, names))}, is_area, CASE WHEN is_area = 1 THEN geom END FROM events{where}"
            " ORDER BY fid",
            params,
        )
        return _frame_from_rows(rows, names, columns, self._summaries, _decode_blobs)

    def _summaries(self, group_ids: Any) -> dict[int, tuple[int, int, str]]:
        """``{group_id: (num_events, num_sources, sources)}`` of the groups of more than one event among these."""
        ids = distinct_group_ids(group_ids)
        if not ids:
            return {}
        rows = self._read(
            "SELECT id, num_events, num_sources, sources FROM event_groups WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return {r[0]: r[1:] for r in rows}

    def _group_ids(self, fids: list[int] | None) -> dict[int, int]:
        where, params = self._fid_clause(fids)
        return {f: g for f, g in self._read(f"SELECT fid, group_id FROM events{where}", params)}

    def _events(self, fids: list[int] | None) -> list[Event]:
        from geomap.model import Actor, DateRange, Event

        where, params = self._fid_clause(fids)
        cols = ("fid", "article_ref", *_EVENT_COLUMNS)
        rows = self._read(f"SELECT {', '.join(_q(c) for c in cols)} FROM events{where} ORDER BY fid", params)
        place_ids = sorted({r[cols.index("location_id")] for r in rows if r[cols.index("location_id")]})
        places = self._places(place_ids)
        events = []
        for row in rows:
            r = dict(zip(cols, row))
            date = None
            if r["date_start"]:
                date = DateRange(
                    start=dt.date.fromisoformat(r["date_start"]),
                    end=dt.date.fromisoformat(r["date_end"]),
                    precision=r["date_precision"],
                    text=r["date_text"] or "",
                    reason=r["date_reason"] or "",
                    span=_span(r["date_span"]),
                )
            events.append(
                Event(
                    event_id=r["event_id"],
                    event_type=r["event_type"],
                    trigger=r["trigger"],
                    sentence=r["sentence"],
                    article_id=r["article_id"],
                    actors=[
                        Actor(name=n, country=c, role=role, start=start, end=end, reason=reason or "")
                        for n, c, role, start, end, reason in json.loads(r["actor_details"] or "[]")
                    ],
                    date=date,
                    place=places.get(r["location_id"]) if r["location_id"] else None,
                    location_text=r["location_text"],
                    geo_precision=r["geo_precision"],
                    code=r["code"],
                    published=_date(r["published"]),
                    title=r["title"],
                    url=r["url"],
                    trigger_span=_span(r["trigger_span"]),
                    sentence_span=_span(r["sentence_span"]),
                    location_span=_span(r["location_span"]),
                    mentions=json.loads(r["mentions"]) if r["mentions"] else [],
                    reasons=json.loads(r["reasons"]) if r["reasons"] else {},
                )
            )
        return events

    def _places(self, ids: list[str]) -> dict[str, Any]:
        from geomap.model import Place

        if not ids:
            return {}
        import shapely

        rows = self._read(
            f"SELECT {', '.join(_PLACE_COLUMNS)} FROM places WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        places = {}
        for row in rows:
            r = dict(zip(_PLACE_COLUMNS, row))
            r["geometry"] = shapely.from_wkb(r["geometry"]) if r["geometry"] is not None else None
            r["raw"] = json.loads(r["raw"]) if r["raw"] else {}
            r["population"] = r["population"] or 0
            places[r["id"]] = Place(**r)
        return places


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _place_row(place: Any) -> tuple[Any, ...]:
    import shapely

    geometry = shapely.to_wkb(place.geometry) if place.geometry is not None else None
    return (
        place.id, place.name, place.kind, place.lat, place.lon, place.country_iso2, place.country_iso3,
        place.admin1, place.admin1_code, place.population, place.geonameid, place.feature_code,
        place.definition, place.source, geometry, _encode(place.raw) if place.raw else None,
    )  # fmt: skip


def _frame_from_rows(
    rows: list[tuple[Any, ...]], names: tuple[str, ...], columns: tuple[str, ...], summaries_of: Any, decode: Any
) -> geopandas.GeoDataFrame:
    """The query-result frame (``columns`` and the geometry) from ``(fid, *names, is_area, area geometry)`` rows
    (``names`` from :func:`~geomap.store.base.fetch_columns`)."""
    values = list(zip(*rows)) if rows else [()] * (len(names) + 3)
    return _frame_from_columns(dict(zip(("fid", *names, "is_area", "area"), values)), columns, summaries_of, decode)


def _frame_from_columns(
    fetched: dict[str, Any], columns: tuple[str, ...], summaries_of: Any, decode: Any
) -> geopandas.GeoDataFrame:
    """The query-result frame from stored columns by name (``fid``, event columns, ``group_id``, ``is_area``,
    ``area``: the blobs of area events).

    Built column by column (no object frame, no ``astype``): text columns use pandas' default string dtype
    (missing values are NA), ``lat``/``lon`` float64, ``geo_precision``, ``group_id`` and ``num_sources``
    nullable Int64, geometry EPSG:4326 (points from ``lat``/``lon``; areas through ``decode``).
    ``summaries_of(group_ids)`` gives the groups of several events; other rows are their own group.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    index = pd.Index(np.array(fetched["fid"], dtype="int64"), name="fid")
    text = pd.StringDtype(na_value=float("nan"))
    data: dict[str, Any] = {}
    lat = np.array(fetched["lat"], dtype=float)  # None → NaN
    lon = np.array(fetched["lon"], dtype=float)
    for name in columns:
        if name in GROUP_COLUMNS:
            continue
        values = fetched[name]
        if name == "lat":
            data[name] = lat
        elif name == "lon":
            data[name] = lon
        elif name == "geo_precision":
            data[name] = pd.array(values, dtype="Int64")
        else:
            data[name] = _text_array(values, text)
    if set(columns) & set(GROUP_COLUMNS):
        group_ids = fetched["group_id"]
        summaries = summaries_of(pd.Series(group_ids, dtype=object))
        num_sources = np.ones(len(group_ids), dtype=np.int64)
        sources: list[str] = []
        if "sources" in columns:
            encoded = {aid: _json_one(aid) for aid in dict.fromkeys(fetched["article_id"])}
            sources = [encoded[aid] for aid in fetched["article_id"]]
        if summaries:
            gids = np.array(group_ids, dtype=float)  # None → NaN
            for i in np.flatnonzero(np.isin(gids, np.array(list(summaries), dtype=float))).tolist():
                _, num_sources[i], listed = summaries[group_ids[i]]
                if sources:
                    sources[i] = listed
        if "group_id" in columns:
            data["group_id"] = pd.array(group_ids, dtype="Int64")
        if "num_sources" in columns:
            data["num_sources"] = pd.array(num_sources, dtype="Int64")
        if "sources" in columns:
            data["sources"] = _text_array(sources, text)
    geometry = shapely.points(lon, lat)  # NaN coordinates → empty points, replaced below
    geometry[np.isnan(lat) | np.isnan(lon)] = None
    area = np.array(fetched["is_area"], dtype=bool)
    if area.any():
        geometry[area] = decode(np.array(fetched["area"], dtype=object)[area])
    frame = pd.DataFrame(data, index=index, columns=list(columns))
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, index=index, crs=_crs()), crs=_crs())


def _json_one(article_id: Any) -> str:
    """``sources`` of an event in no group of several: the JSON list of its one article id."""
    if isinstance(article_id, str) and article_id.isprintable() and not ('"' in article_id or "\\" in article_id):
        return f'["{article_id}"]'
    return json.dumps([article_id], ensure_ascii=False)


def _text_array(values: Any, dtype: Any) -> Any:
    """A pandas string array of ``values`` (``str`` or ``None``), built by Arrow in one pass when pandas stores
    strings in Arrow (ten times faster than ``pd.array``, which checks every value in Python first)."""
    import pandas as pd

    if getattr(dtype, "storage", None) == "pyarrow":
        import pyarrow as pa

        try:
            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=dtype)
        except (pa.ArrowException, TypeError):  # a value that is not text: let pandas convert it
            pass
    return pd.array(values, dtype=dtype)


def _decode_blobs(blobs: Any) -> Any:
    """shapely geometries (object array) from GeoPackage blobs; ``None`` stays ``None``."""
    import numpy as np
    import shapely

    out = np.empty(len(blobs), dtype=object)
    for i, blob in enumerate(blobs):
        out[i] = None if blob is None else shapely.from_wkb(blob[_blob_wkb_offset(blob) :])
    return out



def _prefilter_sql(query: EventQuery) -> tuple[list[str], list[Any]]:
    """SQL conditions that narrow candidates without excluding any match (the R-tree does the spatial part)."""
    where: list[str] = []
    params: list[Any] = []
    box_sql = f"SELECT id FROM {_RTREE} WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"
    for kind, boxes in prefilter_boxes(query):
        parts = []
        for w, s, e, n in boxes:
            parts.append(box_sql)
            params += [e, w, n, s]
        if kind == "radius" and query.near is not None:
            south, north = radius_lat_band(query.near[0], query.radius_km or 0.0)
            parts.append("SELECT fid FROM events WHERE is_area = 1 AND lat BETWEEN ? AND ?")
            params += [south, north]
        where.append(f"fid IN ({' UNION ALL '.join(parts)})")
    attrs, attr_params = attribute_prefilters(query, placeholder="?", type_match="event_type = ? COLLATE NOCASE",
                                              iso_dates=True)  # NOCASE folds ASCII only; fmt: skip
    where += attrs
    params += attr_params
    # SQLite's LIKE folds ASCII case only
    words, word_params = word_prefilters(query, ilike="{col} LIKE ? ESCAPE '\\'", like="{col} LIKE ?")
    where += words
    params += word_params
    return where, params
