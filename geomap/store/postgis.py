"""The server event store: PostgreSQL + PostGIS, through ``psycopg`` (3).

>>> store = open_store("postgresql://geomap:geomap@127.0.0.1:5432/geomap_test")   # doctest: +SKIP

``bash scripts/start_postgres.sh`` starts a local server and prints such a URL. A ``schema=NAME`` query
parameter (``...?schema=news``) picks the PostgreSQL schema the tables live in (default ``geomap``), so one
database can hold several stores.

Tables (in that schema; geometry ``geometry(Geometry, 4326)``):

- ``events``: one row per event, ``fid`` (ingest order) and the columns of the GeoPackage store
  (:mod:`geomap.store.geopackage`): the ``Event.to_feature()`` properties, list/dict values as the same JSON
  text, ``date_start``/``date_end``/``published`` as ``date``; ``geom`` (the place's point, or the
  sea/region polygon for area events) with a GiST index; a ``(date_start, date_end)`` index.
- ``event_groups``: summaries of groups of several events, as in the GeoPackage store; ``events.group_id``
  is the fid of the group's first event (:func:`~geomap.store.base.assign_groups`).
- ``articles``: ``id``, content ``hash`` (unique), metadata, text, ``event_count``.
- ``places``: the places events are located at (last write wins), ``raw`` as ``jsonb``.
- ``actors`` and ``mentions``: views unpacking ``events.actor_details`` / ``events.mentions``.
- ``geomap_meta``: ``schema_version`` and ``hash_method``.

Queries follow :mod:`geomap.store.base`: the boxes of :func:`~geomap.store.base.prefilter_boxes` become
``geom && ST_MakeEnvelope(...)`` conditions (GiST), then :func:`~geomap.store.base.exact_mask` decides in
Python, so both backends return the same rows. Each :meth:`PostGISStore.add_articles` batch is one
transaction; writers take a lock on ``articles`` in turn (readers are never blocked).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from geomap.errors import StoreError
from geomap.store.base import (
    KeyColumns,
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
    group_summaries,
    paused_gc,
    prefilter_boxes,
    radius_lat_band,
    word_prefilters,
)
from geomap.store.geopackage import (
    _EVENT_COLUMNS,
    _PLACE_COLUMNS,
    _blob_wkb_offset,
    _event_row,
    _frame_from_rows,
    _group_key,
    _hash_function,
    _span,
)
from geomap.store.query import EventQuery

if TYPE_CHECKING:
    import geopandas
    import pandas

    from geomap.model import Article, Event

__all__ = ["SCHEMA_VERSION", "PostGISStore", "redact_url"]

SRID = 4326
DEFAULT_SCHEMA = "geomap"
START_HINT = (
    "start a local server with `bash scripts/start_postgres.sh` (it prints the URL to use), or point the store "
    "at a running PostGIS database: postgresql://USER:PASSWORD@HOST:PORT/DBNAME"
)

_DATE_COLUMNS = ("date_start", "date_end", "published")
_TYPES = {
    "event_id": "text NOT NULL", "event_type": "text NOT NULL", "geo_precision": "integer",
    "lat": "double precision", "lon": "double precision", "is_area": "boolean NOT NULL DEFAULT false",
    **{c: "date" for c in _DATE_COLUMNS},
}  # fmt: skip
_ARTICLE_COLUMNS = ("id", "hash", "article_id", "title", "url", "source", "published", "path", "text",
                    "ingested_at", "event_count")  # fmt: skip
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_EWKB_POINT = struct.Struct("<BIIdd")
_EWKB_POINT_TYPE = 0x20000001  # point with SRID


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (for messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def _split_schema(url: str) -> tuple[str, str | None]:
    """(URL for libpq, schema from a ``schema=`` query parameter or ``None``)."""
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in params if k == "schema"), None)
    rest = [(k, v) for k, v in params if k != "schema"]
    return urlunsplit(parts._replace(query=urlencode(rest))), schema


def _ewkb_hex_point(lon: float, lat: float) -> str:
    return _EWKB_POINT.pack(1, _EWKB_POINT_TYPE, SRID, lon, lat).hex()


def _ewkb_hex(geometry: Any) -> str:
    import shapely

    return shapely.to_wkb(shapely.set_srid(geometry, SRID), hex=True, include_srid=True, byte_order=1)


def _schema_sql(s: str) -> list[str]:
    """DDL for a store in schema ``s`` (already quoted)."""
    event_cols = ",\n  ".join(f"{_q(c)} {_TYPES.get(c, 'text')}" for c in _EVENT_COLUMNS)
    return [
        f"CREATE SCHEMA IF NOT EXISTS {s}",
        f"CREATE TABLE {s}.geomap_meta (key text PRIMARY KEY, value text NOT NULL)",
        f"CREATE TABLE {s}.articles (id bigserial PRIMARY KEY, hash text NOT NULL UNIQUE, article_id text NOT NULL,"
        " title text, url text, source text, published date, path text, text text, ingested_at timestamptz NOT NULL,"
        " event_count integer NOT NULL DEFAULT 0)",
        f"CREATE TABLE {s}.places (id text PRIMARY KEY, name text, kind text, lat double precision,"
        " lon double precision, country_iso2 text, country_iso3 text, admin1 text, admin1_code text,"
        " population bigint, geonameid bigint, feature_code text, definition text, source text,"
        f" geometry geometry(Geometry, {SRID}), raw jsonb)",
        f"CREATE TABLE {s}.events (fid bigserial PRIMARY KEY, geom geometry(Geometry, {SRID}),"
        f"\n  article_ref bigint NOT NULL REFERENCES {s}.articles(id), group_id bigint,\n  {event_cols})",
        f"CREATE INDEX events_group ON {s}.events (group_id) WHERE group_id <> fid",
        f"CREATE TABLE {s}.event_groups (id bigint PRIMARY KEY, num_events integer NOT NULL,"
        " num_sources integer NOT NULL, sources text NOT NULL)",
        f"CREATE INDEX events_geom_gist ON {s}.events USING gist (geom)",
        f"CREATE INDEX events_dates ON {s}.events (date_start, date_end)",
        f"CREATE INDEX events_article_ref ON {s}.events (article_ref)",
        f"CREATE INDEX events_country ON {s}.events (country)",
        # radius is measured to an area's representative point, which its envelope need not contain
        f"CREATE INDEX events_area_lat ON {s}.events (lat) WHERE is_area",
        f"CREATE VIEW {s}.actors AS SELECT e.fid * 1000 + j.ord - 1 AS id, e.fid AS event_fid, j.ord - 1 AS ord,"
        " j.value ->> 0 AS name, j.value ->> 1 AS country, j.value ->> 2 AS role,"
        " (j.value ->> 3)::integer AS span_start, (j.value ->> 4)::integer AS span_end, j.value ->> 5 AS reason"
        f" FROM {s}.events e, jsonb_array_elements(e.actor_details::jsonb) WITH ORDINALITY AS j(value, ord)",
        f"CREATE VIEW {s}.mentions AS SELECT e.fid * 1000 + j.ord - 1 AS id, e.fid AS event_fid, j.ord - 1 AS ord,"
        f" j.value AS sentence FROM {s}.events e, jsonb_array_elements_text(e.mentions::jsonb)"
        " WITH ORDINALITY AS j(value, ord)",
    ]


class PostGISStore(EventStore):
    """Events in a PostgreSQL + PostGIS database (tables created on first open). See the module docstring.

    ``schema`` overrides a ``schema=`` URL parameter; ``timeout`` (seconds) bounds connecting and waiting
    for another writer.
    """

    def __init__(self, url: str, *, schema: str | None = None, timeout: float = 60.0) -> None:
        try:
            import psycopg
        except ImportError as err:
            raise ImportError(
                "the PostGIS event store needs the package psycopg: pip install 'psycopg[binary]'"
            ) from err
        self._psycopg = psycopg
        self.location = redact_url(url)
        conninfo, url_schema = _split_schema(url)
        self.schema = schema or url_schema or DEFAULT_SCHEMA
        if not _IDENTIFIER.match(self.schema):
            raise StoreError(
                f"schema {self.schema!r} is not a plain PostgreSQL identifier; use letters, digits and _ "
                "(e.g. ?schema=geomap_news)"
            )
        self.timeout = timeout
        self._s = _q(self.schema)
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=max(1, int(min(timeout, 10))))
        except psycopg.Error as err:
            reason = " ".join(str(err).split())
            raise StoreError(f"cannot connect to the PostGIS event store {self.location}: {reason}; {START_HINT}") from err
        try:
            self._open_or_create()
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"PostGISStore({self.location!r}, schema={self.schema!r})"

    # -- set-up ----------------------------------------------------------------------------------------
    def _open_or_create(self) -> None:
        psycopg = self._psycopg
        conn = self._conn
        try:
            has_postgis = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
            if not has_postgis:
                try:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except psycopg.Error as err:
                    raise StoreError(
                        f"the database {self.location} lacks the PostGIS extension and this role cannot add it "
                        f"({' '.join(str(err).split())}); as a superuser run `CREATE EXTENSION postgis;` in that "
                        "database (scripts/start_postgres.sh does)"
                    ) from err
            if conn.execute("SELECT to_regclass(%s)", (f"{self._s}.geomap_meta",)).fetchone()[0] is None:
                self._create_schema()
            meta = dict(conn.execute(f"SELECT key, value FROM {self._s}.geomap_meta").fetchall())
        except psycopg.Error as err:
            raise StoreError(f"cannot open the event store {self.location} (schema {self.schema}): {err}") from err
        self.hash_method = check_meta(meta, store=f"{self.location} schema {self.schema}",
                                      advice="re-ingest the articles into a new schema (?schema=NAME)")

    def _create_schema(self) -> None:
        conn = self._conn
        _, method = _hash_function()
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"geomap schema {self.schema}",))
            if conn.execute("SELECT to_regclass(%s)", (f"{self._s}.geomap_meta",)).fetchone()[0] is not None:
                return  # another process created it meanwhile
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = %s", (self.schema,)
            ).fetchone()[0]
            if tables:
                raise StoreError(
                    f"schema {self.schema} of {self.location} holds tables but is not a geomap event store (no "
                    "geomap_meta table); pick another schema with ?schema=NAME so geomap does not write into it"
                )
            for statement in _schema_sql(self._s):
                conn.execute(statement)
            conn.cursor().executemany(
                f"INSERT INTO {self._s}.geomap_meta VALUES (%s, %s)",
                [("schema_version", SCHEMA_VERSION), ("hash_method", method),
                 ("created", dt.datetime.now(dt.UTC).isoformat())],
            )  # fmt: skip

    def close(self) -> None:
        self._conn.close()

    # -- small reads -----------------------------------------------------------------------------------
    def _read(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except self._psycopg.Error as err:
            raise StoreError(f"cannot read the event store {self.location} (schema {self.schema}): {err}") from err

    def has_article(self, content_hash: str) -> bool:
        return bool(self._read(f"SELECT 1 FROM {self._s}.articles WHERE hash = %s", (content_hash,)))

    def count(self) -> int:
        return int(self._read(f"SELECT count(*) FROM {self._s}.events")[0][0])

    def article_count(self) -> int:
        return int(self._read(f"SELECT count(*) FROM {self._s}.articles")[0][0])

    # -- writing ---------------------------------------------------------------------------------------
    @paused_gc()  # building rows allocates millions of objects and no cycles
    def add_articles(
        self, batch: Sequence[tuple[Article, list[Event]]], *, replace: bool = False
    ) -> IngestResult:
        result = IngestResult()
        if not batch:
            return result
        content_hash, method = _hash_function()
        if method != self.hash_method:
            raise StoreError(
                f"{self.location} (schema {self.schema}) identifies articles by {self.hash_method!r} but this geomap "
                f"uses {method!r}, so re-ingested articles would be stored twice; ingest into a new schema"
            )
        # Rows are built before the transaction: the same values as the GeoPackage store's.
        places: dict[str, tuple[Any, ...]] = {}
        prepared = []
        for article, events in batch:
            rows: list[Any] = []
            for ev in events:
                row = _event_row(ev, places)
                blob = row[0]
                if blob is None:
                    geom = None
                elif row[-1]:  # area: decode the polygon from the GeoPackage blob
                    import shapely

                    geom = _ewkb_hex(shapely.from_wkb(blob[_blob_wkb_offset(blob):]))
                else:
                    geom = _ewkb_hex_point(row[_LON], row[_LAT])
                rows.append((geom, *row[2:-1], bool(row[-1])))
            prepared.append((content_hash(article), article, list(zip(rows, events))))
        now = dt.datetime.now(dt.UTC)
        psycopg = self._psycopg
        s = self._s
        try:
            with self._conn.transaction():
                conn = self._conn
                conn.execute(f"SET LOCAL lock_timeout = '{int(self.timeout * 1000)}ms'")
                try:  # one writer at a time (readers are not blocked by this mode)
                    conn.execute(f"LOCK TABLE {s}.articles IN SHARE ROW EXCLUSIVE MODE")
                except psycopg.errors.LockNotAvailable as err:
                    raise StoreError(
                        f"the event store {self.location} stayed locked by another writer for {self.timeout:g} s; "
                        "retry when the other ingest has finished"
                    ) from err
                hashes = [p[0] for p in prepared]
                stored = dict(conn.execute(
                    f"SELECT hash, id FROM {s}.articles WHERE hash = ANY(%s)", (hashes,)).fetchall())  # fmt: skip
                todo = []
                seen: set[str] = set()
                for digest, article, rows in prepared:
                    result.hashes[article.id] = digest
                    if digest in seen or (digest in stored and not replace):
                        result.skipped.append(article.id)
                        continue
                    seen.add(digest)
                    todo.append((digest, article, rows))
                new = [t for t in todo if t[0] not in stored]
                ids = [r[0] for r in conn.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                    (f"{s}.articles", len(new))).fetchall()] if new else []  # fmt: skip
                refs = dict(zip((t[0] for t in new), ids))
                replaced = [stored[t[0]] for t in todo if t[0] in stored]
                cur = conn.cursor()
                n_new = sum(len(rows) for _, _, rows in todo)
                fids = [r[0] for r in conn.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'fid')) FROM generate_series(1, %s)",
                    (f"{s}.events", n_new)).fetchall()] if n_new else []  # fmt: skip
                keys: list[GroupKey] = []
                fid_iter = iter(fids)
                for digest, _, rows in todo:
                    ref = stored.get(digest) or refs[digest]
                    keys += [_group_key(next(fid_iter), ref, ev) for _, ev in rows]
                regroup: list[GroupKey] = []
                affected: set[int] = set()
                if replaced:
                    affected = {g for (g,) in conn.execute(
                        f"SELECT DISTINCT group_id FROM {s}.events WHERE article_ref = ANY(%s)", (replaced,))}  # fmt: skip
                    cur.execute(f"DELETE FROM {s}.events WHERE article_ref = ANY(%s)", (replaced,))
                    regroup = self._group_members(affected)
                    cur.execute(f"UPDATE {s}.events SET group_id = NULL WHERE fid = ANY(%s)", ([k.fid for k in regroup],))
                    cur.executemany(
                        f"UPDATE {s}.articles SET article_id = %s, title = %s, url = %s, source = %s, published = %s,"
                        " path = %s, text = %s, ingested_at = %s, event_count = %s WHERE id = %s",
                        [(a.id, a.title, a.url, a.source, a.published, a.path, a.text, now, len(rows), stored[d])
                         for d, a, rows in todo if d in stored],
                    )  # fmt: skip
                if new:
                    with cur.copy(f"COPY {s}.articles ({', '.join(_ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                        for (digest, a, rows), ref in zip(new, ids):
                            copy.write_row((ref, digest, a.id, a.title, a.url, a.source, a.published, a.path,
                                            a.text, now, len(rows)))  # fmt: skip
                for digest, article, rows in todo:
                    (result.replaced if digest in stored else result.added).append(article.id)
                    result.events_added += len(rows)
                if places and n_new:
                    cols = ", ".join(_PLACE_COLUMNS)
                    values = ", ".join(["%s"] * (len(_PLACE_COLUMNS) - 2) + [f"ST_GeomFromWKB(%s, {SRID})", "%s::jsonb"])
                    updates = ", ".join(f"{c} = excluded.{c}" for c in _PLACE_COLUMNS[1:])
                    cur.executemany(
                        f"INSERT INTO {s}.places ({cols}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {updates}",
                        sorted(places.values()),  # a fixed order: concurrent upserts cannot deadlock
                    )
                by_fid, touched = self._assign_groups(regroup, keys, affected)
                cols = ", ".join(_q(c) for c in ("fid", "geom", "article_ref", "group_id", *_EVENT_COLUMNS))
                fid_iter = iter(fids)
                with cur.copy(f"COPY {s}.events ({cols}) FROM STDIN") as copy:
                    for digest, _, rows in todo:
                        ref = stored.get(digest) or refs[digest]
                        for row, _ in rows:
                            fid = next(fid_iter)
                            copy.write_row((fid, row[0], ref, by_fid[fid], *row[1:]))
                if touched:
                    self._store_group_summaries(touched)
        except psycopg.Error as err:
            raise StoreError(f"cannot write the event store {self.location} (schema {self.schema}): {err}") from err
        return result

    # -- grouping (inside add_articles' transaction) ---------------------------------------------------
    def _assign_groups(
        self, regroup: list[GroupKey], keys: list[GroupKey], affected: set[int]
    ) -> tuple[dict[int, int], set[int]]:
        """(``{fid: group_id}`` of the new ``keys``, group ids whose summaries must be rewritten)."""
        todo = sorted(regroup + keys, key=lambda k: k.fid)
        touched = set(affected)
        if not todo:
            return {}, touched
        s = self._s
        has_stored = self._conn.execute(f"SELECT 1 FROM {s}.events WHERE group_id IS NOT NULL LIMIT 1").fetchone()
        columns = KeyColumns.of(todo)
        gids = assign_groups(todo, self._group_candidates(todo, columns) if has_stored else [], columns=columns)
        by_fid = dict(zip((k.fid for k in todo), gids))
        for k in regroup:
            touched.add(by_fid[k.fid])
        if regroup:
            self._conn.cursor().executemany(
                f"UPDATE {s}.events SET group_id = %s WHERE fid = %s", [(by_fid[k.fid], k.fid) for k in regroup]
            )
        touched.update(by_fid[k.fid] for k in keys if by_fid[k.fid] != k.fid)
        return by_fid, touched

    def _group_candidates(self, keys: list[GroupKey], columns: KeyColumns) -> list[tuple[int, GroupKey, int]]:
        """Grouped stored events near each key: point events through GiST (same type, dates overlapping), area
        events read whole and matched by their point in memory (:func:`~geomap.store.base.area_candidates`;
        joining every probe to every area event cost areas × probes comparisons a batch)."""
        index, boxes = columns.search_boxes()
        if not len(index):
            return []
        columns = [index.tolist(), *boxes.T.tolist()]
        types = [keys[i].event_type.lower() if keys[i].event_type.isascii() else None for i in columns[0]]
        starts = [dt.date.fromisoformat(keys[i].start) for i in columns[0]]  # type: ignore[arg-type]
        ends = [dt.date.fromisoformat(keys[i].end) for i in columns[0]]  # type: ignore[arg-type]
        probe = (
            "unnest(%s::integer[], %s::float8[], %s::float8[], %s::float8[], %s::float8[], %s::text[], %s::date[],"
            " %s::date[]) AS p(k, w, s, e, n, t, ds, de)"
        )
        stored = ("{e}fid, {e}article_ref, {e}event_type, {e}actor_countries, to_char({e}date_start, 'YYYY-MM-DD'),"
                  " to_char({e}date_end, 'YYYY-MM-DD'), {e}location_id, {e}lat, {e}lon, {e}group_id")  # fmt: skip
        cols = "p.k, " + stored.format(e="e.")
        same = ("e.group_id IS NOT NULL AND (p.t IS NULL OR lower(e.event_type) = p.t)"
                " AND e.date_start <= p.de AND e.date_end >= p.ds")  # fmt: skip
        params = [list(c) for c in columns] + [types, starts, ends]
        rows = self._conn.execute(
            f"SELECT {cols} FROM {probe} JOIN {self._s}.events e ON e.geom && ST_MakeEnvelope(p.w, p.s, p.e, p.n,"
            f" {SRID}) WHERE {same} AND NOT e.is_area",
            params,
        ).fetchall()
        areas = self._conn.execute(
            f"SELECT {stored.format(e='')} FROM {self._s}.events"
            " WHERE is_area AND lat IS NOT NULL AND group_id IS NOT NULL"
        ).fetchall()
        return [(r[0], GroupKey.from_row(*r[1:10]), r[10]) for r in rows] + area_candidates(index, boxes, areas)

    def _group_members(self, group_ids: set[int]) -> list[GroupKey]:
        if not group_ids:
            return []
        cols = ("fid, article_ref, event_type, actor_countries, to_char(date_start, 'YYYY-MM-DD'),"
                " to_char(date_end, 'YYYY-MM-DD'), location_id, lat, lon")  # fmt: skip
        ids = sorted(group_ids)
        rows = self._conn.execute(
            f"SELECT {cols} FROM {self._s}.events WHERE fid = ANY(%s) AND group_id = fid UNION ALL"
            f" SELECT {cols} FROM {self._s}.events WHERE group_id = ANY(%s) AND group_id <> fid",
            (ids, ids),
        ).fetchall()
        return sorted((GroupKey.from_row(*r) for r in rows), key=lambda k: k.fid)

    def _store_group_summaries(self, group_ids: set[int]) -> None:
        s, ids = self._s, sorted(group_ids)
        conn = self._conn
        conn.execute(f"DELETE FROM {s}.event_groups WHERE id = ANY(%s)", (ids,))
        cols = f"e.group_id, e.fid, e.article_ref, a.article_id FROM {s}.events e JOIN {s}.articles a ON a.id = e.article_ref"
        rows = conn.execute(
            f"SELECT {cols} WHERE e.fid = ANY(%s) AND e.group_id = e.fid"
            f" UNION ALL SELECT {cols} WHERE e.group_id = ANY(%s) AND e.group_id <> e.fid",
            (ids, ids),
        ).fetchall()
        values = [(gid, *summary) for gid, summary in group_summaries(rows).items() if summary[0] > 1]
        if values:
            conn.cursor().executemany(f"INSERT INTO {s}.event_groups VALUES (%s, %s, %s, %s)", values)

    # -- reading ---------------------------------------------------------------------------------------
    def _summaries(self, group_ids: Any) -> dict[int, tuple[int, int, str]]:
        ids = distinct_group_ids(group_ids)
        if not ids:
            return {}
        rows = self._read(
            f"SELECT id, num_events, num_sources, sources FROM {self._s}.event_groups WHERE id = ANY(%s)", (ids,)
        )
        return {r[0]: r[1:] for r in rows}

    def _group_ids(self, fids: list[int] | None) -> dict[int, int]:
        where, params = self._fid_clause(fids)
        return {f: g for f, g in self._read(f"SELECT fid, group_id FROM {self._s}.events{where}", params)}

    def _candidates(self, query: EventQuery, columns: list[str]) -> pandas.DataFrame:
        import pandas as pd

        where, params = _prefilter_sql(query)
        select = ["fid"]
        for c in columns:
            if c == "geometry":
                select.append("CASE WHEN is_area THEN ST_AsBinary(geom) END")
            elif c in _DATE_COLUMNS:
                select.append(f"to_char({_q(c)}, 'YYYY-MM-DD')")
            else:
                select.append(_q(c))
        sql = f"SELECT {', '.join(select)} FROM {self._s}.events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._read(sql, params)
        frame = pd.DataFrame(rows, columns=["fid", *columns], dtype=object).set_index("fid")
        if "geometry" in columns:
            frame["geometry"] = _from_wkb(frame["geometry"].to_numpy(dtype=object))
        if "is_area" in columns:
            frame["is_area"] = frame["is_area"].astype(bool)
        return frame

    @staticmethod
    def _fid_clause(fids: list[int] | None) -> tuple[str, tuple[Any, ...]]:
        if fids is None:
            return "", ()
        return " WHERE fid = ANY(%s)", (fids,)

    def _select(self, columns: Sequence[str]) -> str:
        return ", ".join(f"to_char({_q(c)}, 'YYYY-MM-DD')" if c in _DATE_COLUMNS else _q(c) for c in columns)

    def _features(self, fids: list[int] | None, columns: tuple[str, ...]) -> geopandas.GeoDataFrame:
        where, params = self._fid_clause(fids)
        names = fetch_columns(columns)
        rows = self._read(
            f"SELECT fid, {self._select(names)}, is_area, CASE WHEN is_area THEN ST_AsBinary(geom) END"
            f" FROM {self._s}.events{where} ORDER BY fid",
            params,
        )
        return _frame_from_rows(rows, names, columns, self._summaries, _from_wkb)

    def _events(self, fids: list[int] | None) -> list[Event]:
        from geomap.model import Actor, DateRange, Event

        where, params = self._fid_clause(fids)
        cols = ("fid", "article_ref", *_EVENT_COLUMNS)
        rows = self._read(f"SELECT {self._select(cols)} FROM {self._s}.events{where} ORDER BY fid", params)
        loc = cols.index("location_id")
        places = self._places(sorted({r[loc] for r in rows if r[loc]}))
        events = []
        for row in rows:
            r = dict(zip(cols, row))
            date = None
            if r["date_start"]:
                date = DateRange(
                    start=dt.date.fromisoformat(r["date_start"]), end=dt.date.fromisoformat(r["date_end"]),
                    precision=r["date_precision"], text=r["date_text"] or "", reason=r["date_reason"] or "",
                    span=_span(r["date_span"]),
                )  # fmt: skip
            events.append(
                Event(
                    event_id=r["event_id"], event_type=r["event_type"], trigger=r["trigger"], sentence=r["sentence"],
                    article_id=r["article_id"],
                    actors=[
                        Actor(name=n, country=c, role=role, start=start, end=end, reason=reason or "")
                        for n, c, role, start, end, reason in json.loads(r["actor_details"] or "[]")
                    ],
                    date=date, place=places.get(r["location_id"]) if r["location_id"] else None,
                    location_text=r["location_text"], geo_precision=r["geo_precision"], code=r["code"],
                    published=dt.date.fromisoformat(r["published"]) if r["published"] else None,
                    title=r["title"], url=r["url"], trigger_span=_span(r["trigger_span"]),
                    sentence_span=_span(r["sentence_span"]), location_span=_span(r["location_span"]),
                    mentions=json.loads(r["mentions"]) if r["mentions"] else [],
                    reasons=json.loads(r["reasons"]) if r["reasons"] else {},
                )
            )  # fmt: skip
        return events

    def _places(self, ids: list[str]) -> dict[str, Any]:
        from geomap.model import Place

        if not ids:
            return {}
        import shapely

        cols = [c if c != "geometry" else "ST_AsBinary(geometry)" for c in _PLACE_COLUMNS]
        rows = self._read(f"SELECT {', '.join(cols)} FROM {self._s}.places WHERE id = ANY(%s)", (ids,))
        places = {}
        for row in rows:
            r = dict(zip(_PLACE_COLUMNS, row))
            r["geometry"] = shapely.from_wkb(bytes(r["geometry"])) if r["geometry"] is not None else None
            r["raw"] = r["raw"] or {}
            r["population"] = r["population"] or 0
            places[r["id"]] = Place(**r)
        return places


#: Positions of lat/lon in the rows of geopackage._event_row (blob, bounds, *_EVENT_COLUMNS).
_LAT = 2 + _EVENT_COLUMNS.index("lat")
_LON = 2 + _EVENT_COLUMNS.index("lon")


def _from_wkb(values: Any) -> Any:
    """shapely geometries (object array) from WKB ``bytes``/``memoryview``; ``None`` stays ``None``."""
    import numpy as np
    import shapely

    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        out[i] = None if value is None else shapely.from_wkb(bytes(value))
    return out


def _prefilter_sql(query: EventQuery) -> tuple[list[str], list[Any]]:
    """SQL conditions that narrow candidates without excluding any match (GiST ``&&`` for the spatial part)."""
    where: list[str] = []
    params: list[Any] = []
    for kind, boxes in prefilter_boxes(query):
        parts = []
        for w, s, e, n in boxes:
            parts.append(f"geom && ST_MakeEnvelope(%s, %s, %s, %s, {SRID})")
            params += [w, s, e, n]
        if kind == "radius" and query.near is not None:
            south, north = radius_lat_band(query.near[0], query.radius_km or 0.0)
            parts.append("(is_area AND lat BETWEEN %s AND %s)")
            params += [south, north]
        where.append(f"({' OR '.join(parts)})")
    attrs, attr_params = attribute_prefilters(query, placeholder="%s", type_match="lower(event_type) = lower(%s)",
                                              iso_dates=False)  # lower() is not casefold() beyond ASCII; fmt: skip
    where += attrs
    params += attr_params
    words, word_params = word_prefilters(query, ilike="{col} ILIKE %s", like="{col} LIKE %s")
    where += words
    params += word_params
    return where, params
