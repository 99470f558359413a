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

from geomap.errors import StoreError
from geomap.store.base import EARTH_RADIUS_KM, FEATURE_COLUMNS, JSON_COLUMNS, EventStore, IngestResult
from geomap.store.query import EventQuery

__all__ = [
    "open_store",
    "EventStore",
    "EventQuery",
    "IngestResult",
    "EARTH_RADIUS_KM",
    "FEATURE_COLUMNS",
    "JSON_COLUMNS",
]

DEFAULT_STORE = Path("outputs") / "events.gpkg"


def open_store(location: str | Path | None = None) -> EventStore:
    """Open (creating if needed) the event store at ``location``.

    ``None`` means ``outputs/events.gpkg`` under the current directory; a file path opens a GeoPackage
    store. ``postgresql://`` URLs are reserved for the PostGIS backend.
    """
    if location is None:
        location = Path.cwd() / DEFAULT_STORE
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            "PostGIS backend not available yet; use a GeoPackage file instead, e.g. outputs/events.gpkg"
        )
    from geomap.store.geopackage import GeoPackageStore

    return GeoPackageStore(Path(location))
