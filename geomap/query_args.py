"""Turning the text of query options (``--bbox``, ``--near``, ``--radius``, ``--region``...) into an
:class:`~geomap.store.query.EventQuery`, resolving place names through the gazetteer, and writing results."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError, UnknownPlaceError

if TYPE_CHECKING:
    import geopandas

    from .store.query import EventQuery

__all__ = ["build_query", "parse_bbox", "parse_radius", "resolve_point", "resolve_region", "write_query_result"]

_RADIUS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(km|m|mi|nm)?\s*$", re.I)
_UNIT_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344, "nm": 1.852}
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = [p.strip() for p in text.split(",")]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4:
        raise QueryError(f"--bbox must be four numbers W,S,E,N (degrees), e.g. --bbox 100,0,150,50; got {text!r}.")
    return values  # type: ignore[return-value]


def parse_radius(text: str) -> float:
    m = _RADIUS.match(text)
    if not m:
        raise QueryError(f"--radius must be a distance such as 300km, 50mi or 20nm; got {text!r}.")
    return float(m.group(1)) * _UNIT_KM[(m.group(2) or "km").lower()]


def _suggest(name: str) -> str:
    from .gazetteer import get_gazetteer

    try:
        near = get_gazetteer().search(name, fuzzy=True, limit=5)
    except Exception:  # noqa: BLE001 - suggestions are a courtesy
        return ""
    names = list(dict.fromkeys(p.name for p in near))
    return f" Did you mean: {', '.join(names)}?" if names else ""


def resolve_point(text: str) -> tuple[float, float]:
    """``"43.1,131.9"`` or a gazetteer name → ``(lat, lon)``."""
    m = _LATLON.match(text)
    if m:
        return float(m.group(1)), float(m.group(2))
    from .gazetteer import get_gazetteer

    found = get_gazetteer().lookup(text)
    if not found:
        raise QueryError(f"Unknown place {text!r} for --near; give a gazetteer name or LAT,LON.{_suggest(text)}")
    return found[0].lat, found[0].lon


def resolve_region(text: str) -> Any:
    """A gazetteer name with an area (country, sea, region, user polygon) → its shapely geometry."""
    from .gazetteer import get_gazetteer

    gaz = get_gazetteer()
    try:
        candidates = [gaz.get(text)] if ":" in text else gaz.lookup(text)
    except UnknownPlaceError:
        candidates = []
    for place in candidates:
        geom = place.geometry if place.geometry is not None else gaz.geometry(place.id)
        if geom is not None:
            return geom
    if candidates:
        raise QueryError(f"{text!r} is in the gazetteer ({candidates[0].id}) but has no polygon; use --near "
                         f"{text!r} --radius 100km, or add a polygon with `geomap gazetteer add --polygon`.")
    raise QueryError(f"Unknown region {text!r}.{_suggest(text)}")


def build_query(*, bbox: str | None = None, near: str | None = None, radius: str | None = None,
                region: str | None = None, country: str | None = None, actor: str | None = None,
                event_type: str | None = None, since: str | None = None, until: str | None = None,
                text: str | None = None) -> EventQuery:
    from .store.query import EventQuery

    if radius is not None and near is None:
        raise QueryError("--radius needs a centre: add --near PLACE or --near LAT,LON.")
    if near is not None and radius is None:
        raise QueryError("--near needs a distance: add --radius, e.g. --radius 300km.")
    iso3 = None
    if country:
        iso3 = country.upper()
        if len(iso3) == 2 or len(iso3) > 3:
            from .gazetteer import get_gazetteer

            try:
                iso3 = get_gazetteer().country(country).country_iso3
            except UnknownPlaceError as err:
                raise QueryError(f"Unknown country {country!r}; give an ISO 3166-1 code such as CHN or CN.") from err
    return EventQuery(
        bbox=parse_bbox(bbox) if bbox else None,
        near=resolve_point(near) if near else None,
        radius_km=parse_radius(radius) if radius else None,
        region=resolve_region(region) if region else None,
        country=iso3,
        actor=actor,
        event_type=event_type,
        since=since,
        until=until,
        text=text,
    )


#: The columns ``--format table`` prints (a query for a table reads only these).
TABLE_COLUMNS: tuple[str, ...] = ("event_id", "event_type", "date_start", "date_end", "location_name",
                                  "actor_countries", "num_sources", "actors")  # fmt: skip


def write_query_result(gdf: geopandas.GeoDataFrame, *, fmt: str, output: str | None) -> str | None:
    """Write or format a query's rows; returns text for stdout when no output file is given."""
    import json

    from .errors import OutputError
    from .io import atomic_write

    if fmt in ("gpkg", "parquet"):
        if not output:
            raise OutputError(f"--format {fmt} writes a file: add -o FILE.{fmt}.")
        import os
        import tempfile

        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{fmt}", dir=path.parent)
        os.close(fd)
        os.unlink(tmp)
        frame = gdf.copy()
        for col in frame.columns:
            if frame[col].dtype == object and col != "geometry":
                frame[col] = frame[col].map(lambda v: json.dumps(v) if isinstance(v, (list, dict)) else v)
        try:
            if fmt == "gpkg":
                frame.to_file(tmp, driver="GPKG", layer="events")
            else:
                frame.to_parquet(tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return None
    if fmt == "geojson":
        text = gdf.to_json(ensure_ascii=False) + "\n" if len(gdf) else json.dumps(
            {"type": "FeatureCollection", "features": []}) + "\n"
    elif fmt == "csv":
        frame = gdf.drop(columns="geometry")
        text = frame.to_csv(index=False)
    else:
        cols = [c for c in TABLE_COLUMNS if c in gdf.columns]
        if not len(gdf):
            text = "no events match\n"
        else:
            frame = gdf[cols].copy()
            text = frame.to_string(index=False, max_colwidth=40) + f"\n({len(gdf)} event(s))\n"
    if output:
        atomic_write(output, text)
        return None
    return text
