"""The filter value of an event-store query: :class:`EventQuery`, validated on construction.

Every filter is optional; the filters given are ANDed. Meanings (the exact checks live once in
:mod:`geomap.store.base`, so every backend answers alike):

- ``bbox=(W, S, E, N)`` in degrees (EPSG:4326): events whose geometry intersects the box, edges included.
  ``W > E`` is a box crossing the antimeridian (as in GeoJSON, RFC 7946 §5.2): ``(170, -10, -170, 10)`` is
  the 20°-wide box around 180°.
- ``near=(lat, lon)`` + ``radius_km``: events whose representative point (``lat``/``lon``) lies within
  ``radius_km`` great-circle kilometres of the centre (haversine, R = 6371.0088 km). Both must be given.
- ``region=<shapely geometry>`` (lon/lat): events whose geometry intersects it. A region reaching past
  ±180° of longitude is wrapped onto the other side.
- ``country="CHN"``: events located in that country, i.e. whose place's ``country_iso3`` is it. Events at
  sea or in a multi-country region have no country and never match; use ``region=`` for those.
- ``actor="Russian Navy"`` or ``actor="RUS"``: events with an actor whose name contains the words, as a
  whole-word case-insensitive phrase ("navy" matches "Russian Navy"; "Russ" does not), or, when the
  value is three letters, an actor whose country is that ISO 3166-1 alpha-3 code.
- ``event_type="exercise"``: case-insensitive equality.
- ``since`` / ``until`` (``date``, ``datetime`` or ISO ``YYYY[-MM[-DD]]`` strings; ``since="2025"`` means
  2025-01-01, ``until="2025-07"`` means 2025-07-31): events whose date range overlaps ``[since, until]``.
  Both ends are inclusive calendar days — equivalently half-open ``[start, end + 1 day)`` intervals. Events
  without a date never match a date filter.
- ``text="joint patrol"``: events whose sentence contains every word, as whole words, case-insensitively.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from geomap.errors import QueryError

__all__ = ["EventQuery", "Box"]

#: ``(W, S, E, N)`` in degrees.
Box = tuple[float, float, float, float]

_ISO3 = re.compile(r"^[A-Za-z]{3}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of an event query (all optional, ANDed); see the module docstring for their meanings.

    Values are normalised on construction: ``country`` upper-cased, dates parsed to ``date``, numbers to
    ``float``. Invalid values raise :class:`~geomap.errors.QueryError` saying what to pass instead.
    """

    bbox: tuple[float, float, float, float] | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    region: Any = None
    country: str | None = None
    actor: str | None = None
    event_type: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if self.bbox is not None:
            set_(self, "bbox", _check_bbox(self.bbox))
        if self.near is not None:
            set_(self, "near", _check_point(self.near))
        if self.radius_km is not None:
            set_(self, "radius_km", _check_radius(self.radius_km))
        if (self.near is None) != (self.radius_km is None):
            missing, given = ("near", "radius_km") if self.near is None else ("radius_km", "near")
            raise QueryError(
                f"{given} was given without {missing}; a radius query needs both, "
                "e.g. near=(43.1056, 131.8735), radius_km=300"
            )
        if self.region is not None:
            _check_region(self.region)
        if self.country is not None:
            if not isinstance(self.country, str) or not _ISO3.match(self.country.strip()):
                raise QueryError(
                    f"country must be an ISO 3166-1 alpha-3 code such as 'CHN', got {self.country!r}; "
                    "for a named area use region= with its geometry"
                )
            set_(self, "country", self.country.strip().upper())
        for name in ("actor", "event_type", "text"):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, str) or not value.split():
                raise QueryError(f"{name} must be a non-empty string, got {value!r}")
            set_(self, name, " ".join(value.split()))
        since = _check_date(self.since, "since", last=False) if self.since is not None else None
        until = _check_date(self.until, "until", last=True) if self.until is not None else None
        if since is not None and until is not None and since > until:
            raise QueryError(
                f"since ({since.isoformat()}) is after until ({until.isoformat()}); swap them or drop one"
            )
        set_(self, "since", since)
        set_(self, "until", until)

    @classmethod
    def build(cls, q: EventQuery | None = None, /, **filters: Any) -> EventQuery:
        """``q`` with ``filters`` applied on top (or a new query from ``filters``); unknown names are errors."""
        names = [f.name for f in fields(cls)]
        unknown = sorted(set(filters) - set(names))
        if unknown:
            raise QueryError(f"unknown filter(s) {', '.join(unknown)}; the filters are: {', '.join(names)}")
        if q is None:
            return cls(**filters)
        if not isinstance(q, EventQuery):
            raise QueryError(f"expected an EventQuery or keyword filters, got {type(q).__name__}")
        return replace(q, **filters) if filters else q

    @property
    def is_empty(self) -> bool:
        """True when no filter is set (the query returns every event)."""
        return all(getattr(self, f.name) is None for f in fields(self))

    @property
    def is_spatial(self) -> bool:
        return self.bbox is not None or self.near is not None or self.region is not None


def _number(value: Any, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise QueryError(f"{what} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise QueryError(f"{what} must be a finite number, got {value!r}")
    return number


def _check_bbox(bbox: Any) -> tuple[float, float, float, float]:
    try:
        values = tuple(bbox)
    except TypeError:
        values = ()
    if len(values) != 4:
        raise QueryError(f"bbox must be four numbers (W, S, E, N) in degrees, got {bbox!r}")
    w, s, e, n = (_number(v, f"bbox {name}") for v, name in zip(values, "WSEN"))
    for value, name in ((w, "W"), (e, "E")):
        if not -180.0 <= value <= 180.0:
            raise QueryError(f"bbox {name} (longitude) must be within [-180, 180], got {value}; bbox is (W, S, E, N)")
    for value, name in ((s, "S"), (n, "N")):
        if not -90.0 <= value <= 90.0:
            raise QueryError(
                f"bbox {name} (latitude) must be within [-90, 90], got {value}; bbox is (W, S, E, N), "
                "longitude first"
            )
    if s > n:
        raise QueryError(f"bbox S ({s}) is north of N ({n}); bbox is (W, S, E, N)")
    if w == e:
        raise QueryError(
            f"bbox W and E are both {w}: the box has no width; give (W, S, E, N) with W < E "
            "(or W > E for a box crossing the antimeridian)"
        )
    return (w, s, e, n)


def _check_point(near: Any) -> tuple[float, float]:
    try:
        values = tuple(near)
    except TypeError:
        values = ()
    if len(values) != 2:
        raise QueryError(f"near must be two numbers (lat, lon), got {near!r}")
    lat, lon = _number(values[0], "near latitude"), _number(values[1], "near longitude")
    if not -90.0 <= lat <= 90.0:
        raise QueryError(f"near latitude must be within [-90, 90], got {lat}; near is (lat, lon), latitude first")
    if not -180.0 <= lon <= 180.0:
        raise QueryError(f"near longitude must be within [-180, 180], got {lon}")
    return (lat, lon)


def _check_radius(radius: Any) -> float:
    if isinstance(radius, bool):
        raise QueryError(f"radius_km must be a number of kilometres, got {radius!r}")
    value = _number(radius, "radius_km")
    if value <= 0:
        raise QueryError(f"radius_km must be greater than 0 km, got {value}")
    return value


def _check_region(region: Any) -> None:
    import shapely

    if not isinstance(region, shapely.Geometry):
        raise QueryError(
            f"region must be a shapely geometry in lon/lat degrees, got {type(region).__name__}; "
            "resolve a region name to its geometry first (the CLI does this through the gazetteer)"
        )
    if region.is_empty:
        raise QueryError("region is an empty geometry; pass a polygon or other non-empty geometry")
    if not region.is_valid:
        raise QueryError(
            f"region is not a valid geometry ({shapely.is_valid_reason(region)}); "
            "repair it with shapely.make_valid(region)"
        )
    minx, miny, maxx, maxy = region.bounds
    if miny < -90.0 or maxy > 90.0:
        raise QueryError(
            f"region latitudes span {miny}..{maxy}, outside [-90, 90]; coordinates must be (lon, lat) "
            "in EPSG:4326 — were lat and lon swapped?"
        )
    if minx < -540.0 or maxx > 540.0 or maxx - minx > 360.0:
        raise QueryError(f"region longitudes span {minx}..{maxx}; they must lie within one turn around [-180, 180]")


def _check_date(value: Any, name: str, *, last: bool) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _PARTIAL_DATE.match(value.strip())
        if match:
            year = int(match.group(1))
            month = int(match.group(2)) if match.group(2) else (12 if last else 1)
            try:
                if match.group(3):
                    return dt.date(year, month, int(match.group(3)))
                day = calendar.monthrange(year, month)[1] if last else 1
                return dt.date(year, month, day)
            except ValueError as err:
                raise QueryError(f"{name}={value!r} is not a valid date ({err}); use YYYY-MM-DD") from None
    raise QueryError(f"{name} must be a date or an ISO date string like '2025-07-31', '2025-07' or '2025'; got {value!r}")
