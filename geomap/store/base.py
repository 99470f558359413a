"""The event-store interface and the query semantics every backend shares.

A query runs in two steps, and only the first differs between backends:

1. **Index prefilter** (backend): candidate events from a spatial index over the boxes of
   :func:`prefilter_boxes` (GeoPackage R-tree, PostGIS GiST ``&&``), plus any plain-SQL conditions that can
   only widen the answer. Radius queries also take area events (seas, regions) whose representative point
   lies in the radius's latitude band (:func:`radius_lat_band`), because the radius is measured to that
   point, which an area's envelope need not contain.
2. **Exact predicate** (here, once): :func:`exact_mask` decides on the candidates with numpy/shapely —
   bbox and region by geometry intersection, radius by haversine on R = 6371.0088 km, dates by overlap of
   inclusive day ranges — so every backend returns the same rows.

Query results (:meth:`EventStore.query`) are GeoDataFrames in EPSG:4326, one row per event, indexed by the
store's ``fid``, ordered by ``fid`` (ingest order), whose columns are the GeoJSON properties of
:meth:`geomap.model.Event.to_feature` (:data:`FEATURE_COLUMNS`), then :data:`GROUP_COLUMNS`, then ``geometry``. The list and dict
properties (:data:`JSON_COLUMNS`) are JSON-encoded strings, so the frame writes unchanged to GeoPackage,
CSV or Parquet; decode with ``json.loads`` or use :meth:`EventStore.events` for typed values.

**Grouping** (GDELT's NumSources / NumArticles): events that several articles report are one *group*, formed
at ingest by :func:`assign_groups` with one rule for every backend (:func:`same_event`). Every event row is
kept (provenance); result frames add :data:`GROUP_COLUMNS` after the feature columns: ``group_id`` (the
``fid`` of the group's first event), ``num_sources`` (distinct articles in the group) and ``sources`` (their
article ids, JSON list in ingest order). :meth:`EventStore.groups` gives one row per group.
"""

from __future__ import annotations

import abc
import contextlib
import gc
import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from geomap.distance import EARTH_RADIUS_KM
from geomap.errors import QueryError, StoreError
from geomap.store.query import Box, EventQuery

if TYPE_CHECKING:
    import geopandas
    import numpy as np
    import pandas

    from geomap.model import Article, Event

__all__ = [
    "EARTH_RADIUS_KM",
    "GROUP_COLUMNS",
    "GROUP_RADIUS_KM",
    "GroupKey",
    "assign_groups",
    "same_event",
    "FEATURE_COLUMNS",
    "RESULT_COLUMNS",
    "result_columns",
    "fetch_columns",
    "distinct_group_ids",
    "JSON_COLUMNS",
    "EventStore",
    "IngestResult",
    "haversine_km",
    "prefilter_boxes",
    "radius_lat_band",
    "wrap_region",
    "exact_mask",
    "candidate_columns",
    "classify_point_envelopes",
    "is_envelope_decidable",
]

#: The properties of ``Event.to_feature()``, in order: the columns of a query result.
FEATURE_COLUMNS: tuple[str, ...] = (
    "event_id", "event_type", "code", "trigger", "actors", "actor_countries", "actor_roles",
    "date_start", "date_end", "date_precision", "date_text", "location_name", "location_text",
    "location_id", "location_kind", "country", "geo_precision", "lat", "lon", "sentence", "mentions",
    "trigger_span", "location_span", "article_id", "published", "title", "url", "reasons",
)  # fmt: skip

#: Feature properties that are lists or dicts; JSON-encoded strings in query results.
JSON_COLUMNS: tuple[str, ...] = (
    "actors", "actor_countries", "actor_roles", "mentions", "trigger_span", "location_span", "reasons",
)  # fmt: skip


#: Columns a query result adds after :data:`FEATURE_COLUMNS` (``sources`` is a JSON list of article ids).
GROUP_COLUMNS: tuple[str, ...] = ("group_id", "num_sources", "sources")

#: Every column of a query result but the geometry, in order.
RESULT_COLUMNS: tuple[str, ...] = FEATURE_COLUMNS + GROUP_COLUMNS


def result_columns(columns: Sequence[str] | str | None) -> tuple[str, ...]:
    """The named result columns in result order (all of :data:`RESULT_COLUMNS` for ``None``)."""
    if columns is None:
        return RESULT_COLUMNS
    names = [columns] if isinstance(columns, str) else list(columns)
    unknown = [c for c in names if c not in RESULT_COLUMNS and c != "geometry"]
    if unknown:
        raise QueryError(f"unknown result column(s): {', '.join(map(repr, unknown))}; "
                         f"choose among {', '.join(RESULT_COLUMNS)}")  # fmt: skip
    return tuple(c for c in RESULT_COLUMNS if c in names)


def fetch_columns(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The stored columns to read for these result columns: the requested event columns, ``lat``/``lon``
    (the geometry of point events), ``group_id`` when a group column is wanted, and ``article_id`` for
    ``sources``."""
    need = set(columns) | {"lat", "lon"}
    if "sources" in need:
        need |= {"article_id"}
    return tuple(c for c in FEATURE_COLUMNS if c in need) + (("group_id",) if need & set(GROUP_COLUMNS) else ())


def distinct_group_ids(group_ids: Any) -> list[int]:
    """The distinct group ids among these (a sequence of ints and ``None``/NA), ascending."""
    import numpy as np

    try:
        values = np.array(group_ids, dtype=float) if len(group_ids) else np.empty(0)  # None → NaN
    except TypeError:  # pandas' NA
        import pandas as pd

        values = np.array([g for g in group_ids if g is not None and g is not pd.NA], dtype=float)
    return np.unique(values[~np.isnan(values)]).astype(np.int64).tolist()


#: Events of different articles whose places are at most this far apart (great-circle) may be one event.
GROUP_RADIUS_KM = 50.0


@dataclass(slots=True)
class IngestResult:
    """What :meth:`EventStore.add_articles` did, by article id (``hashes`` maps each id to its content hash)."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored (same content hash), left as they were
    replaced: list[str] = field(default_factory=list)  # already stored, events deleted and re-inserted
    events_added: int = 0
    hashes: dict[str, str] = field(default_factory=dict)

    def extend(self, other: IngestResult) -> None:
        """Add what another call did (``other``) to this result: several batches, one account."""
        self.added += other.added
        self.skipped += other.skipped
        self.replaced += other.replaced
        self.events_added += other.events_added
        self.hashes.update(other.hashes)


class EventStore(abc.ABC):
    """Where events are kept and queried. Backends implement the ``_``-prefixed hooks and the writers."""

    location: str

    # -- writing -------------------------------------------------------------------------------------
    @abc.abstractmethod
    def add_articles(
        self, batch: Sequence[tuple[Article, list[Event]]], *, replace: bool = False
    ) -> IngestResult:
        """Store articles with their events in one transaction, idempotently by content hash.

        An article whose hash is already stored is skipped (reported in ``IngestResult.skipped``); with
        ``replace=True`` its metadata is updated and its events deleted and re-inserted instead. New events
        are grouped with other articles' reports of the same event (:func:`assign_groups`); a replaced
        article's old groups are re-formed from their remaining events, as if those were ingested anew.
        """

    @abc.abstractmethod
    def has_article(self, content_hash: str) -> bool:
        """True if an article with this content hash is stored."""

    @abc.abstractmethod
    def count(self) -> int:
        """Number of stored events."""

    @abc.abstractmethod
    def article_count(self) -> int:
        """Number of stored articles."""

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        """Release the backend's connections."""

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------------
    def query(
        self, q: EventQuery | None = None, *, columns: Sequence[str] | None = None, **filters: Any
    ) -> geopandas.GeoDataFrame:
        """Events matching ``q`` and/or keyword filters (see :class:`EventQuery`) as a GeoDataFrame.

        ``columns`` names the result columns to read (default: all of :data:`FEATURE_COLUMNS` and
        :data:`GROUP_COLUMNS`); the geometry is always there. Reading fewer columns is faster on wide
        results: each value read costs about as much as the search itself.
        """
        query = EventQuery.build(q, **filters)
        names = result_columns(columns)
        with self._snapshot(), paused_gc():
            return self._features(self._matching_fids(query), names)

    def groups(self, q: EventQuery | None = None, **filters: Any) -> geopandas.GeoDataFrame:
        """One row per group with at least one event matching ``q``/``filters``.

        Each group is shown by its first event (the row whose ``fid`` is the ``group_id``, which may itself
        fall outside the filters), with the query-result columns plus ``num_events`` (rows in the group).
        """
        query = EventQuery.build(q, **filters)
        with self._snapshot(), paused_gc():
            fids = self._matching_fids(query)
            ids = sorted(set(self._group_ids(fids).values())) if fids is None or fids else []
            frame = self._features(ids, RESULT_COLUMNS)
            frame.insert(len(FEATURE_COLUMNS) + len(GROUP_COLUMNS), "num_events", self._group_sizes(frame.index))
        return frame

    def events(self, q: EventQuery | None = None, **filters: Any) -> list[Event]:
        """Events matching ``q`` and/or keyword filters, rebuilt as typed :class:`~geomap.model.Event`s."""
        query = EventQuery.build(q, **filters)
        with self._snapshot(), paused_gc():
            return self._events(self._matching_fids(query))

    def _snapshot(self) -> contextlib.AbstractContextManager[None]:
        """A context in which every read of one query sees the same version of the store."""
        return contextlib.nullcontext()

    def _matching_fids(self, query: EventQuery) -> list[int] | None:
        """fids of the matching events in ascending order, or ``None`` for "all" (an empty query)."""
        if query.is_empty:
            return None
        frame = self._candidates(query, candidate_columns(query))
        if frame.empty:
            return []
        mask = exact_mask(frame, query)
        return sorted(int(fid) for fid in frame.index[mask])

    @abc.abstractmethod
    def _candidates(self, query: EventQuery, columns: list[str]) -> pandas.DataFrame:
        """Index-prefiltered candidates, indexed by fid, with ``columns`` (see :func:`candidate_columns`).

        Must return every event that can match (a superset); :func:`exact_mask` decides.
        """

    @abc.abstractmethod
    def _features(self, fids: list[int] | None, columns: tuple[str, ...]) -> geopandas.GeoDataFrame:
        """The query-result frame for these fids (all events for ``None``), in fid order, with ``columns``
        (from :func:`result_columns`) and the geometry."""

    @abc.abstractmethod
    def _events(self, fids: list[int] | None) -> list[Event]:
        """Typed events for these fids (all events for ``None``), in fid order."""

    @abc.abstractmethod
    def _group_ids(self, fids: list[int] | None) -> dict[int, int]:
        """``{fid: group_id}`` of these events (all events for ``None``)."""

    @abc.abstractmethod
    def _summaries(self, group_ids: Any) -> dict[int, tuple[int, int, str]]:
        """``{group_id: (num_events, num_sources, sources JSON)}`` of the groups with more than one event."""

    def _group_sizes(self, group_ids: Any) -> list[int]:
        """Number of events in each of these groups (1 for a group of one), in order."""
        import pandas as pd

        summaries = self._summaries(pd.Series(list(group_ids), dtype=object))
        return [summaries[g][0] if g in summaries else 1 for g in group_ids]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a query reads rows or a batch of events is stored.

    Both allocate one object per value (tuples, strings, floats) and no reference cycles; each allocation burst
    sets off full collections that walk every live object: about a sixth of a 20,000-row query's time and of a
    200,000-event load. Reference counting still frees everything; the collector resumes (if it was on) when
    the block ends, whatever happens inside it. Usable as a decorator too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- shared semantics ----------------------------------------------------------------------------------
#: the layout both backends write; a store of another version is refused (there is no migration)
SCHEMA_VERSION = "3"  # 2: event groups; 3: the GeoPackage grouping index


def check_meta(meta: dict[str, str], *, store: str, advice: str) -> str:
    """Refuse a store of another schema version (saying ``advice``); return its article hash method."""
    version = meta.get("schema_version")
    if version != SCHEMA_VERSION:
        raise StoreError(f"{store} is a geomap store of schema version {version}, this geomap reads version "
                         f"{SCHEMA_VERSION}; {advice}")
    return meta.get("hash_method", "")

def like_escape(value: str) -> str:
    """``value`` with the LIKE wildcards (and the escape character, backslash) escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def attribute_prefilters(
    query: EventQuery, *, placeholder: str, type_match: str, iso_dates: bool
) -> tuple[list[str], list[Any]]:
    """SQL conditions for the ``country``, ``event_type``, ``until`` and ``since`` filters (the dates as ISO text
    with ``iso_dates``, else as ``date``s). ``placeholder`` is the backend's (``?`` or ``%s``); ``type_match`` its
    ASCII case-insensitive type test with one placeholder (non-ASCII types are left to :func:`exact_mask`)."""
    where: list[str] = []
    params: list[Any] = []
    if query.country is not None:
        where.append(f"country = {placeholder}")
        params.append(query.country)
    if query.event_type is not None and query.event_type.isascii():
        where.append(type_match)
        params.append(query.event_type)
    for column, op, value in (("date_start", "<=", query.until), ("date_end", ">=", query.since)):
        if value is not None:
            where.append(f"{column} {op} {placeholder}")
            params.append(value.isoformat() if iso_dates else value)  # type: ignore[union-attr]
    return where, params


def word_prefilters(query: EventQuery, *, ilike: str, like: str) -> tuple[list[str], list[Any]]:
    """SQL conditions for the ``text`` and ``actor`` filters that narrow candidates without excluding any match
    (case folding beyond ASCII is left to :func:`exact_mask`). ``ilike`` and ``like`` are the backend's
    case-insensitive and case-sensitive LIKE templates with ``{col}`` and its placeholder, e.g.
    ``"{col} LIKE ? ESCAPE '\\'"`` (SQLite) or ``"{col} ILIKE %s"`` (PostgreSQL)."""
    where: list[str] = []
    params: list[Any] = []
    if query.text is not None:
        for word in query.text.split():
            if word.isascii():
                where.append(ilike.format(col="sentence"))
                params.append(f"%{like_escape(word)}%")
    if query.actor is not None and query.actor.isascii() and not any(c in query.actor for c in '"\\'):
        _, code = actor_matcher(query.actor)
        condition = ilike.format(col="actors")
        params.append("%" + "%".join(like_escape(w) for w in query.actor.split()) + "%")
        if code is not None:
            condition += " OR " + like.format(col="actor_countries")
            params.append(f'%"{code}"%')
        where.append(f"({condition})")
    return where, params

def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> np.ndarray:
    """Great-circle distance in km (haversine, R = 6371.0088 km); arrays broadcast, NaN stays NaN."""
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat = p2 - p1
    dlon = np.radians(np.asarray(lon2, dtype=float) - np.asarray(lon1, dtype=float))
    a = np.sin(dlat / 2.0) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2.0) ** 2
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def split_bbox(bbox: Box) -> list[Box]:
    """A (W, S, E, N) box as one or two boxes that do not cross the antimeridian."""
    w, s, e, n = bbox
    if w <= e:
        return [(w, s, e, n)]
    return [(w, s, 180.0, n), (-180.0, s, e, n)]


def radius_lat_band(lat: float, radius_km: float) -> tuple[float, float]:
    """Latitudes (min, max) of every point within ``radius_km`` of a point at latitude ``lat``."""
    d = math.degrees(radius_km / EARTH_RADIUS_KM)
    return (max(-90.0, lat - d), min(90.0, lat + d))


def radius_boxes(lat: float, lon: float, radius_km: float) -> list[Box]:
    """Boxes covering every point within ``radius_km`` of (lat, lon), split at the antimeridian."""
    d = radius_km / EARTH_RADIUS_KM  # angular radius
    south, north = radius_lat_band(lat, radius_km)
    if d >= math.pi / 2 or north >= 90.0 or south <= -90.0:
        return [(-180.0, south, 180.0, north)]  # reaches a pole (or a quarter turn): every longitude
    dlon = math.degrees(math.asin(min(1.0, math.sin(d) / math.cos(math.radians(lat)))))
    west, east = lon - dlon, lon + dlon
    if west < -180.0:
        return [(west + 360.0, south, 180.0, north), (-180.0, south, east, north)]
    if east > 180.0:
        return [(west, south, 180.0, north), (-180.0, south, east - 360.0, north)]
    return [(west, south, east, north)]


def wrap_region(region: Any) -> Any:
    """``region`` with any part beyond ±180° of longitude moved onto the other side of the antimeridian."""
    import shapely
    from shapely.affinity import translate

    minx, _, maxx, _ = region.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return region
    parts = [shapely.clip_by_rect(region, -180.0, -90.0, 180.0, 90.0)]
    if maxx > 180.0:
        parts.append(translate(shapely.clip_by_rect(region, 180.0, -90.0, 540.0, 90.0), -360.0))
    if minx < -180.0:
        parts.append(translate(shapely.clip_by_rect(region, -540.0, -90.0, -180.0, 90.0), 360.0))
    return shapely.union_all([p for p in parts if not p.is_empty])


def region_boxes(region: Any) -> list[Box]:
    """Boxes covering ``region`` (after :func:`wrap_region`), two when it straddles the antimeridian."""
    import shapely

    minx, _, maxx, _ = region.bounds
    if minx >= -180.0 and maxx <= 180.0:
        return [tuple(region.bounds)]  # type: ignore[list-item]
    wrapped = wrap_region(region)
    boxes: list[Box] = []
    for lo, hi in ((0.0, 180.0), (-180.0, 0.0)):
        side = shapely.clip_by_rect(wrapped, lo, -90.0, hi, 90.0)
        if not side.is_empty:
            boxes.append(tuple(side.bounds))  # type: ignore[arg-type]
    return boxes


def prefilter_boxes(query: EventQuery) -> list[tuple[str, list[Box]]]:
    """``(filter, boxes)`` per spatial filter (``bbox``, ``radius``, ``region``).

    A candidate must hit some box of *every* group. For ``radius``, area events whose representative
    point lies in :func:`radius_lat_band` must be added to that group's candidates.
    """
    groups: list[tuple[str, list[Box]]] = []
    if query.bbox is not None:
        groups.append(("bbox", split_bbox(query.bbox)))
    if query.near is not None and query.radius_km is not None:
        groups.append(("radius", radius_boxes(query.near[0], query.near[1], query.radius_km)))
    if query.region is not None:
        groups.append(("region", region_boxes(query.region)))
    return groups


def candidate_columns(query: EventQuery) -> list[str]:
    """Columns :func:`exact_mask` needs for ``query``; ``geometry`` holds shapely geometries of area rows.

    Besides feature columns, ``is_area`` (bool: the event geometry is a polygon, not the point
    ``lat``/``lon``) and ``geometry`` (the area's geometry, ``None`` on point rows) are used.
    """
    columns: list[str] = []
    if query.is_spatial:
        columns += ["lat", "lon", "is_area", "geometry"]
    if query.country is not None:
        columns.append("country")
    if query.event_type is not None:
        columns.append("event_type")
    if query.since is not None or query.until is not None:
        columns += ["date_start", "date_end"]
    if query.actor is not None:
        columns += ["actors", "actor_countries"]
    if query.text is not None:
        columns.append("sentence")
    return columns


def is_envelope_decidable(query: EventQuery) -> bool:
    """True if :func:`classify_point_envelopes` can decide ``query`` (spatial filters only, polygonal region)."""
    if not query.is_spatial:
        return False
    if any(getattr(query, name) is not None for name in ("country", "actor", "event_type", "since", "until", "text")):
        return False
    return query.region is None or query.region.geom_type in ("Polygon", "MultiPolygon")


def classify_point_envelopes(
    query: EventQuery, minx: Any, maxx: Any, miny: Any, maxy: Any, *, in_region: Any = None
) -> tuple[np.ndarray, np.ndarray]:
    """``(sure, unsure)`` masks for *point* events known only by a box that contains each point.

    Spatial indexes store float32 boxes rounded outwards (SQLite R-tree), so a point's box is about a metre
    wide: ``sure`` rows match :func:`exact_mask` whatever the point inside the box, rows in neither mask
    cannot match, and ``unsure`` rows (a box across the filter's edge) need the exact check on their
    coordinates. Decides bbox, radius and polygonal region filters (see :func:`is_envelope_decidable`).
    ``in_region`` (optional mask) marks boxes already known to lie in the region's interior.
    """
    import numpy as np
    import shapely

    minx, maxx, miny, maxy = (np.asarray(v, dtype=float) for v in (minx, maxx, miny, maxy))
    n = len(minx)
    sure = np.ones(n, dtype=bool)
    possible = np.ones(n, dtype=bool)
    cx, cy = (minx + maxx) / 2.0, (miny + maxy) / 2.0
    diagonal_deg = np.hypot(maxx - minx, maxy - miny)
    if query.bbox is not None:
        inside = np.zeros(n, dtype=bool)
        touch = np.zeros(n, dtype=bool)
        for w, s, e, nn in split_bbox(query.bbox):
            inside |= (minx >= w) & (maxx <= e) & (miny >= s) & (maxy <= nn)
            touch |= (maxx >= w) & (minx <= e) & (maxy >= s) & (miny <= nn)
        sure &= inside
        possible &= touch
    if query.near is not None and query.radius_km is not None:
        d = haversine_km(query.near[0], query.near[1], cy, cx)
        margin = 2.0 * haversine_km(miny, minx, maxy, maxx) + 1e-6  # every point of the box is this close
        sure &= d + margin <= query.radius_km
        possible &= d - margin <= query.radius_km
    if query.region is not None:
        region = wrap_region(query.region)
        boundary = region.boundary
        shapely.prepare(region)
        shapely.prepare(boundary)
        known = np.zeros(n, dtype=bool) if in_region is None else np.asarray(in_region, dtype=bool)
        test = np.flatnonzero(~known)
        inside, near_edge = known.copy(), np.zeros(n, dtype=bool)
        inside[test] = shapely.contains_xy(region, cx[test], cy[test])
        near_edge[test] = shapely.dwithin(boundary, shapely.points(cx[test], cy[test]), 2.0 * diagonal_deg[test] + 1e-12)
        sure &= inside & ~near_edge
        possible &= inside | near_edge
    return sure, possible & ~sure


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def actor_matcher(value: str) -> tuple[re.Pattern[str], str | None]:
    """(name pattern, ISO3 code or None) for an ``actor=`` filter value."""
    code = value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else None
    return _phrase_pattern(value), code


def exact_mask(frame: pandas.DataFrame, query: EventQuery) -> np.ndarray:
    """Boolean mask of the rows of ``frame`` (see :func:`candidate_columns`) that match ``query`` exactly."""
    import numpy as np
    import shapely

    n = len(frame)
    mask = np.ones(n, dtype=bool)
    if query.is_spatial:
        lat = frame["lat"].to_numpy(dtype=float, na_value=np.nan)
        lon = frame["lon"].to_numpy(dtype=float, na_value=np.nan)
        is_area = frame["is_area"].to_numpy(dtype=bool)
        geoms = frame["geometry"].to_numpy(dtype=object)
        area_idx = np.flatnonzero(is_area)
        area_geoms = geoms[area_idx]
        point = ~is_area & ~np.isnan(lat) & ~np.isnan(lon)
        if query.bbox is not None:
            hit = np.zeros(n, dtype=bool)
            for w, s, e, nn in split_bbox(query.bbox):
                with np.errstate(invalid="ignore"):
                    hit |= point & (lon >= w) & (lon <= e) & (lat >= s) & (lat <= nn)
                if len(area_idx):
                    hit[area_idx] |= shapely.intersects(area_geoms, shapely.box(w, s, e, nn))
            mask &= hit
        if query.near is not None and query.radius_km is not None:
            with np.errstate(invalid="ignore"):
                dist = haversine_km(query.near[0], query.near[1], lat, lon)
                mask &= dist <= query.radius_km
        if query.region is not None:
            region = wrap_region(query.region)
            shapely.prepare(region)
            hit = np.zeros(n, dtype=bool)
            idx = np.flatnonzero(point & mask)
            if len(idx):
                hit[idx] = shapely.intersects_xy(region, lon[idx], lat[idx])
            if len(area_idx):
                hit[area_idx] = shapely.intersects(region, area_geoms)
            mask &= hit
    if query.country is not None:
        mask &= (frame["country"] == query.country).to_numpy(dtype=bool)
    if query.event_type is not None:
        wanted = query.event_type.casefold()
        mask &= np.fromiter(
            (isinstance(t, str) and t.casefold() == wanted for t in frame["event_type"]), dtype=bool, count=n
        )
    if query.since is not None or query.until is not None:
        starts = frame["date_start"].to_numpy(dtype=object)
        ends = frame["date_end"].to_numpy(dtype=object)
        has = np.fromiter((isinstance(s, str) and isinstance(e, str) for s, e in zip(starts, ends)), bool, n)
        mask &= has
        if query.until is not None:  # ISO dates compare as strings
            until = query.until.isoformat()  # type: ignore[union-attr]
            mask &= np.fromiter((ok and s <= until for ok, s in zip(has, starts)), bool, n)
        if query.since is not None:
            since = query.since.isoformat()  # type: ignore[union-attr]
            mask &= np.fromiter((ok and e >= since for ok, e in zip(has, ends)), bool, n)
    if query.actor is not None:
        pattern, code = actor_matcher(query.actor)
        idx = np.flatnonzero(mask)
        names = frame["actors"].to_numpy(dtype=object)
        countries = frame["actor_countries"].to_numpy(dtype=object)
        for i in idx:
            mask[i] = any(pattern.search(a) for a in _json_list(names[i])) or (
                code is not None and code in _json_list(countries[i])
            )
    if query.text is not None:
        patterns = [_phrase_pattern(w) for w in query.text.split()]
        sentences = frame["sentence"].to_numpy(dtype=object)
        for i in np.flatnonzero(mask):
            s = sentences[i] or ""
            mask[i] = all(p.search(s) for p in patterns)
    return mask


def _json_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return json.loads(value) or []
    return list(value)




# -- grouping --------------------------------------------------------------------------------------------
class GroupKey(NamedTuple):
    """What :func:`same_event` compares: an event's ``fid``, its article (store row id) and its keys.

    ``start``/``end`` are ISO dates (``None`` without a date); ``lat``/``lon`` the place's representative
    point (``None`` without a place); ``countries`` the actors' ISO3 codes.
    """

    fid: int
    article: int
    event_type: str
    countries: frozenset[str]
    start: str | None
    end: str | None
    place_id: str | None
    lat: float | None
    lon: float | None

    @classmethod
    def from_row(
        cls, fid: int, article: int, event_type: str, countries: Any, start: Any, end: Any,
        place_id: str | None, lat: float | None, lon: float | None,
    ) -> GroupKey:  # fmt: skip
        """A key from stored values (``countries`` as JSON text or a list; dates as ISO text or ``date``)."""
        return cls(
            int(fid), int(article), event_type, frozenset(_json_list(countries)),
            start if start is None or isinstance(start, str) else start.isoformat(),
            end if end is None or isinstance(end, str) else end.isoformat(),
            place_id, None if lat is None else float(lat), None if lon is None else float(lon),
        )  # fmt: skip

    @property
    def groupable(self) -> bool:
        """Only events with a date and a place can be matched to another article's."""
        return self.start is not None and self.end is not None and self.lat is not None and self.lon is not None


def same_event(a: GroupKey, b: GroupKey) -> bool:
    """True if ``a`` and ``b`` (of different articles) report the same event.

    Same ``event_type`` (case-insensitive); actor-country sets overlap, or both are empty; date ranges
    overlap (inclusive days); and the same place id, or representative points at most
    :data:`GROUP_RADIUS_KM` apart (haversine, R = 6371.0088 km). Events without a date or place never match.
    """
    if a.article == b.article or not (a.groupable and b.groupable):
        return False
    if a.event_type.casefold() != b.event_type.casefold():
        return False
    if (a.countries or b.countries) and not (a.countries & b.countries):
        return False
    if not (a.start <= b.end and b.start <= a.end):  # type: ignore[operator]
        return False
    if a.place_id is not None and a.place_id == b.place_id:
        return True
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    h = math.sin((p2 - p1) / 2.0) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2.0) ** 2  # type: ignore[operator]
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h))) <= GROUP_RADIUS_KM


class KeyColumns(NamedTuple):
    """The fields of many :class:`GroupKey`s as arrays (one transposition, no per-key attribute access)."""

    fid: np.ndarray
    article: np.ndarray
    event_type: list[str]
    lat: np.ndarray  # NaN without a place
    lon: np.ndarray
    start: np.ndarray  # datetime64[D], NaT without a date
    end: np.ndarray
    groupable: np.ndarray  # bool: a date and a place (GroupKey.groupable)

    @classmethod
    def of(cls, keys: Sequence[GroupKey]) -> KeyColumns:
        import numpy as np

        if not len(keys):
            empty = np.empty(0)
            return cls(empty.astype(np.int64), empty.astype(np.int64), [], empty, empty,
                       empty.astype("datetime64[D]"), empty.astype("datetime64[D]"), empty.astype(bool))  # fmt: skip
        fid, article, event_type, _, start, end, _, lat, lon = zip(*keys)
        lat_a, lon_a = np.array(lat, dtype=float), np.array(lon, dtype=float)  # None → NaN
        start_a, end_a = np.array(start, dtype="datetime64[D]"), np.array(end, dtype="datetime64[D]")  # None → NaT
        ok = ~(np.isnan(lat_a) | np.isnan(lon_a) | np.isnat(start_a) | np.isnat(end_a))
        return cls(np.array(fid, dtype=np.int64), np.array(article, dtype=np.int64), list(event_type), lat_a, lon_a,
                   start_a, end_a, ok)  # fmt: skip

    def search_boxes(self) -> tuple[np.ndarray, np.ndarray]:
        """:func:`group_search_boxes` of these keys."""
        import numpy as np

        ok = self.groupable
        return search_boxes(np.flatnonzero(ok), self.lat[ok], self.lon[ok])


def group_search_boxes(keys: Sequence[GroupKey]) -> tuple[np.ndarray, np.ndarray]:
    """``(index, boxes)``: (W, S, E, N) rows holding every point within :data:`GROUP_RADIUS_KM` of each key.

    Only groupable keys get boxes; antimeridian-crossing boxes are split in two (both with the key's index);
    a box reaching a pole spans every longitude (as :func:`radius_boxes`). Backends find stored candidates
    with them (their spatial index) and :func:`assign_groups` decides.
    """
    return KeyColumns.of(keys).search_boxes()


def search_boxes(idx: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`group_search_boxes` for the points ``lat``/``lon`` of the keys at positions ``idx``."""
    import numpy as np

    d = GROUP_RADIUS_KM / EARTH_RADIUS_KM
    south, north = np.maximum(-90.0, lat - math.degrees(d)), np.minimum(90.0, lat + math.degrees(d))
    polar = (north >= 90.0) | (south <= -90.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        dlon = np.degrees(np.arcsin(np.minimum(1.0, math.sin(d) / np.cos(np.radians(lat)))))
    west = np.where(polar, -180.0, lon - dlon)
    east = np.where(polar, 180.0, lon + dlon)
    low, high = west < -180.0, east > 180.0
    boxes = np.column_stack([np.where(low, west + 360.0, west), south, np.where(high, 180.0, east), north])
    extra = np.column_stack([np.full(len(idx), -180.0), south, np.where(low, east, east - 360.0), north])
    wrap = low | high
    boxes[low, 2] = 180.0
    return np.concatenate([idx, idx[wrap]]), np.concatenate([boxes, extra[wrap]]).reshape(-1, 4)


def area_candidates(index: np.ndarray, boxes: np.ndarray, rows: Sequence[tuple[Any, ...]]) -> list[tuple[int, GroupKey, int]]:
    """``(key index, stored key, group_id)`` for stored area events whose representative point lies in a search
    box of :func:`group_search_boxes` (``index``, ``boxes``).

    Spatial indexes hold an area's envelope, not the point grouping measures from, and area events (seas,
    regions) are few: backends read all grouped ones (``rows``: the nine :meth:`GroupKey.from_row` values, then
    ``group_id``) and match them here, in memory, whatever the number of probes.
    """
    if not rows or not len(index):
        return []
    import shapely

    keys = [GroupKey.from_row(*r[:9]) for r in rows]
    tree = shapely.STRtree(shapely.points([k.lon for k in keys], [k.lat for k in keys]))
    src, hit = tree.query(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]))
    return [(int(index[b]), keys[a], rows[a][9]) for b, a in zip(src.tolist(), hit.tolist())]


def assign_groups(
    keys: Sequence[GroupKey], stored: Sequence[tuple[int, GroupKey, int]], *, columns: KeyColumns | None = None
) -> list[int]:
    """The ``group_id`` of each key, in fid order: the rule of every backend.

    Events are taken in ``fid`` (ingest) order; each joins the oldest group (lowest ``group_id``) holding an
    earlier event of *another* article that :func:`same_event` accepts, else it starts a group whose id is
    its own fid. ``keys`` are the events to (re)assign, in ascending fid order; ``stored`` holds
    ``(key index, candidate key, its group_id)`` for already-grouped stored events near each key (found with
    :func:`group_search_boxes`; a superset is fine). Earlier ``keys`` are candidates of later ones.

    Each key's candidates are tried in ascending group id and the first that :func:`same_event` accepts
    decides, so a story many articles report (hundreds of events at one place and date) costs about one
    test per event, not one per pair. ``columns``: ``KeyColumns.of(keys)`` when the caller has it already.
    """
    import numpy as np

    groups = np.array([k.fid for k in keys], dtype=np.int64)
    from_store: dict[int, list[tuple[int, GroupKey]]] = {}
    for i, cand, gid in stored:
        if cand.fid < keys[i].fid:
            from_store.setdefault(i, []).append((gid, cand))
    in_batch: dict[int, np.ndarray] = {}  # key index → earlier keys near it, of another article, type, dates
    if columns is None:
        columns = KeyColumns.of(keys)
    ok = np.flatnonzero(columns.groupable)
    if len(ok) > 1:
        import shapely

        lat, lon = columns.lat[ok], columns.lon[ok]
        tree = shapely.STRtree(shapely.points(lon, lat))
        probe, boxes = search_boxes(np.arange(len(ok)), lat, lon)
        src, hit = tree.query(shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]))
        a, b = probe[src], hit  # positions in ``ok``: pairs (a, b) with b near a
        keep = b < a  # keys are in fid order: only earlier events are candidates
        a, b = a[keep], b[keep]
        # what same_event rejects most often, decided on arrays first: same article, another type, apart in time
        article, start, end = columns.article[ok], columns.start[ok], columns.end[ok]
        folded = {t: t.casefold() for t in set(columns.event_type)}
        codes = {f: c for c, f in enumerate(sorted(set(folded.values())))}
        kind = np.array([codes[folded[t]] for t in columns.event_type], dtype=np.int64)[ok]
        keep = (article[a] != article[b]) & (kind[a] == kind[b]) & (start[a] <= end[b]) & (start[b] <= end[a])
        pairs = np.unique(np.column_stack([ok[a[keep]], ok[b[keep]]]), axis=0)  # split boxes repeat pairs
        if len(pairs):
            cuts = np.flatnonzero(np.diff(pairs[:, 0])) + 1
            for chunk in np.split(pairs, cuts):
                in_batch[int(chunk[0, 0])] = chunk[:, 1]
    for i in sorted(from_store.keys() | in_batch.keys()):
        gid = None
        for cand_gid, cand in sorted(from_store.get(i, ()), key=lambda item: item[0]):
            if same_event(keys[i], cand):
                gid = cand_gid
                break
        earlier = in_batch.get(i)
        if earlier is not None:
            earlier = earlier[np.argsort(groups[earlier], kind="stable")]
            for j, cand_gid in zip(earlier.tolist(), groups[earlier].tolist()):
                if gid is not None and cand_gid >= gid:
                    break
                if same_event(keys[i], keys[j]):
                    gid = cand_gid
                    break
        if gid is not None:
            groups[i] = gid
    return groups.tolist()


def group_summaries(rows: Sequence[tuple[int, int, int, str]]) -> dict[int, tuple[int, int, str]]:
    """``{group_id: (num_events, num_sources, sources JSON)}`` from ``(group_id, fid, article, article_id)`` rows.

    Sources are the distinct articles in fid order (their ``article_id``s); ``num_sources`` counts them.
    """
    members: dict[int, list[tuple[int, int, str]]] = {}
    for gid, fid, article, article_id in rows:
        members.setdefault(int(gid), []).append((int(fid), int(article), article_id))
    out: dict[int, tuple[int, int, str]] = {}
    for gid, items in members.items():
        items.sort()
        seen: dict[int, str] = {}
        for _, article, article_id in items:
            seen.setdefault(article, article_id)
        out[gid] = (len(items), len(seen), json.dumps(list(seen.values()), ensure_ascii=False))
    return out
