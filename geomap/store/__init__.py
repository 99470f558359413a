"""The event store: where events are kept and queried.

>>> store = open_store("outputs/events.gpkg")            # doctest: +SKIP
>>> store.add_articles([(article, events)])              # doctest: +SKIP
>>> store.query(bbox=(100, 0, 180, 60), since="2025")   # doctest: +SKIP

One interface (:class:`EventStore`), one filter value (:class:`EventQuery`), query semantics defined once in
:mod:`geomap.store.base`; the embedded default backend is a GeoPackage file
(:class:`~geomap.store.geopackage.GeoPackageStore`).
"""

from __future__ import annotations

from pathlib import Path

from geomap.store.base import (
    EARTH_RADIUS_KM,
    FEATURE_COLUMNS,
    GROUP_COLUMNS,
    GROUP_RADIUS_KM,
    JSON_COLUMNS,
    EventStore,
    IngestResult,
)
from geomap.store.query import EventQuery

__all__ = [
    "EARTH_RADIUS_KM",
    "FEATURE_COLUMNS",
    "GROUP_COLUMNS",
    "GROUP_RADIUS_KM",
    "JSON_COLUMNS",
    "EventQuery",
    "EventStore",
    "IngestResult",
    "open_store",
]

DEFAULT_STORE = Path("outputs") / "events.gpkg"


def open_store(location: str | Path | None = None) -> EventStore:
    """Open (creating if needed) the event store at ``location``.

    ``None`` means ``outputs/events.gpkg`` under the current directory; a file path opens a GeoPackage
    store; a ``postgresql://USER:PASSWORD@HOST:PORT/DB[?schema=NAME]`` URL opens the PostGIS store
    (:class:`~geomap.store.postgis.PostGISStore`, needs the ``psycopg`` package). An unreachable server is a
    :class:`~geomap.errors.StoreError` saying how to start one.
    """
    if location is None:
        location = Path.cwd() / DEFAULT_STORE
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from geomap.store.postgis import PostGISStore

        return PostGISStore(text)
    from geomap.store.geopackage import GeoPackageStore

    return GeoPackageStore(Path(location))
