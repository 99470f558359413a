"""Typed values that flow between geomap's stages.

``Article`` → ``Toponym`` (with its resolved ``Place``) → ``Event`` (with ``Actor``s, a ``DateRange`` and a
``Place``). All are dataclasses with slots; none is a bare dict. ``Event.to_feature()`` gives the GeoJSON
Feature that every export and the map use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Article",
    "Place",
    "Toponym",
    "Actor",
    "DateRange",
    "Event",
    "PLACE_KINDS",
    "GEO_PRECISION",
]

#: Kinds of gazetteer records. ``sea`` covers seas, straits, gulfs, bays, channels and oceans (``feature``
#: in ``raw`` keeps Natural Earth's finer class); ``region`` is a curated vague region; ``user`` is used
#: only when a user entry gives no better kind.
PLACE_KINDS = (
    "continent",
    "region",
    "country",
    "admin1",
    "admin2",
    "city",
    "sea",
    "landmark",
    "user",
)

#: ACLED-style geographic precision: 1 the town itself, 2 near a town or part of a region, 3 a region,
#: admin-1 unit, sea or country.
GEO_PRECISION = {1: "town", 2: "near a town / part of a region", 3: "region or country"}


@dataclass(slots=True)
class Article:
    """One news article, boilerplate already stripped from ``text``."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(slots=True)
class Place:
    """A gazetteer record: what a name resolves to.

    ``id`` is stable across builds (``gn:<geonameid>`` for GeoNames records, ``ne:<slug>`` for Natural
    Earth seas, ``region:<slug>`` for curated regions, ``user:<slug>`` for user entries). ``geometry`` is a
    shapely geometry for records that have an area (countries, seas, regions, user polygons), else ``None``;
    ``lat``/``lon`` is always a representative point. ``raw`` keeps the whole source record.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country_iso2: str | None = None
    country_iso3: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    population: int = 0
    geonameid: int | None = None
    feature_code: str | None = None
    definition: str | None = None
    source: str | None = None
    geometry: Any = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)`` of the representative point."""
        return (self.lat, self.lon)

    @property
    def has_area(self) -> bool:
        return self.geometry is not None and self.geometry.geom_type in ("Polygon", "MultiPolygon")

    @property
    def geo_precision(self) -> int:
        """ACLED precision of an event located *at* this place (1 town, 3 area)."""
        return 1 if self.kind in ("city", "landmark", "user") and not self.has_area else 3


@dataclass(slots=True)
class Toponym:
    """A place mention in a text, with the place it was resolved to (``None`` if unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    reason: str = ""
    label: str = ""  # where the mention came from: NER label or "gazetteer"
    #: "literal" (a place mention, metonymic uses included), "embedded" (inside an organisation's name, e.g.
    #: "Shanghai" in "Shanghai Cooperation Organization") or "demonym" ("Russian" → Russia).
    role: str = "literal"
    candidates: int = 0

    @property
    def name(self) -> str:
        return self.text


@dataclass(slots=True)
class Actor:
    """Who took part in an event. ``country`` is ISO 3166-1 alpha-3, ``None`` for international bodies."""

    name: str
    country: str | None = None
    role: str = "actor"  # "actor" (subject), "target" (object), "partner" (with/alongside)
    start: int | None = None
    end: int | None = None
    reason: str = ""


@dataclass(slots=True)
class DateRange:
    """An inclusive date range with its precision and the words it came from."""

    start: dt.date
    end: dt.date
    precision: str  # "day", "week", "month", "year", "range"
    text: str = ""
    reason: str = ""
    span: tuple[int, int] | None = None

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(slots=True)
class Event:
    """Who did what, when and where, with the words each field came from."""

    event_id: str
    event_type: str
    trigger: str
    sentence: str
    article_id: str
    actors: list[Actor] = field(default_factory=list)
    date: DateRange | None = None
    place: Place | None = None
    location_text: str | None = None
    geo_precision: int | None = None
    code: str | None = None  # PLOVER / CAMEO code where one fits
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    trigger_span: tuple[int, int] | None = None  # character offsets in the article text
    sentence_span: tuple[int, int] | None = None
    location_span: tuple[int, int] | None = None
    mentions: list[str] = field(default_factory=list)  # further sentences reporting the same event
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def actor_countries(self) -> list[str]:
        seen: list[str] = []
        for actor in self.actors:
            if actor.country and actor.country not in seen:
                seen.append(actor.country)
        return seen

    def to_feature(self) -> dict[str, Any]:
        """This event as a GeoJSON Feature (geometry ``None`` when it has no place)."""
        from shapely.geometry import mapping

        geometry = None
        lat = lon = None
        if self.place is not None:
            lat, lon = self.place.lat, self.place.lon
            if self.place.has_area and (self.geo_precision or 3) >= 3 and self.place.kind in ("sea", "region"):
                geometry = mapping(self.place.geometry)
            else:
                geometry = {"type": "Point", "coordinates": [lon, lat]}
        properties = {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "code": self.code,
            "trigger": self.trigger,
            "actors": [a.name for a in self.actors],
            "actor_countries": self.actor_countries,
            "actor_roles": [a.role for a in self.actors],
            "date_start": self.date.start.isoformat() if self.date else None,
            "date_end": self.date.end.isoformat() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "date_text": self.date.text if self.date else None,
            "location_name": self.place.name if self.place else None,
            "location_text": self.location_text,
            "location_id": self.place.id if self.place else None,
            "location_kind": self.place.kind if self.place else None,
            "country": self.place.country_iso3 if self.place else None,
            "geo_precision": self.geo_precision,
            "lat": lat,
            "lon": lon,
            "sentence": self.sentence,
            "mentions": list(self.mentions),
            "trigger_span": list(self.trigger_span) if self.trigger_span else None,
            "location_span": list(self.location_span) if self.location_span else None,
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "reasons": dict(self.reasons),
        }
        return {"type": "Feature", "id": self.event_id, "geometry": geometry, "properties": properties}
