"""geomap: news text to geocoded events, an event store and layered offline maps."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract_events", "extract_articles", "geoparse", "EventCollection", "load", "GeomapError"]


def __getattr__(name: str):
    """Import the heavy parts (spaCy, geopandas) only when used."""
    if name in ("extract_events", "extract_articles", "geoparse", "iter_article_events"):
        from . import extract

        return getattr(extract, name)
    if name == "EventCollection":
        from .collection import EventCollection

        return EventCollection
    if name == "load":
        from .pipeline import load

        return load
    if name == "GeomapError":
        from .errors import GeomapError

        return GeomapError
    if name == "LocalGazetteer":
        from .gazetteer import LocalGazetteer

        return LocalGazetteer
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
