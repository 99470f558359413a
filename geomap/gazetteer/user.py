"""The user layer: places a user adds, kept in ``<gazetteer dir>/user/entries.geojson``.

Entries are read when the gazetteer opens (no rebuild) and outrank base entries of the same name. Every write
re-reads the file under an exclusive ``fcntl`` lock and replaces it atomically (temporary file + ``os.replace``),
so concurrent writers in several processes never lose each other's entries. Invalid input raises
:class:`~geomap.errors.UserEntryError` and changes nothing.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import math
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from geomap.errors import UnknownPlaceError, UserEntryError
from geomap.gazetteer.names import normalize, slugify
from geomap.model import PLACE_KINDS, Place

if TYPE_CHECKING:
    from geomap.gazetteer.gazetteer import Gazetteer

__all__ = [
    "UserLayer",
    "add_user_place",
    "import_user_places",
    "remove_user_place",
    "list_places",
    "export_places",
]

ENTRIES = "entries.geojson"
LOCK = "entries.lock"


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    import fcntl

    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _as_polygon(polygon: Any) -> Any:
    """A shapely geometry from a shapely object, GeoJSON mapping, WKT string or ring of (lon, lat) pairs."""
    import shapely
    from shapely.geometry import Polygon, shape

    try:
        if hasattr(polygon, "geom_type"):
            geom = polygon
        elif isinstance(polygon, dict):
            geom = shape(polygon)
        elif isinstance(polygon, str):
            geom = shapely.from_wkt(polygon)
        else:
            geom = Polygon([(float(x), float(y)) for x, y in polygon])
    except (ValueError, TypeError, AttributeError, shapely.errors.GEOSException) as err:
        raise UserEntryError(
            f"The polygon cannot be read ({err}); give a shapely Polygon, a GeoJSON geometry, WKT, or a list of "
            "(lon, lat) pairs."
        ) from err
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise UserEntryError(f"The polygon is a {geom.geom_type}; give a Polygon or MultiPolygon.")
    if geom.is_empty:
        raise UserEntryError("The polygon is empty; give at least three distinct (lon, lat) corners.")
    if not geom.is_valid:
        from shapely.validation import explain_validity

        raise UserEntryError(
            f"The polygon is invalid: {explain_validity(geom)}. Fix the ring (no self-intersections, closed, "
            "at least three distinct corners) and try again."
        )
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx and maxx <= 180 and -90 <= miny and maxy <= 90):
        raise UserEntryError(
            f"The polygon's bounds {geom.bounds} leave lon ±180 / lat ±90; give coordinates as (lon, lat) degrees."
        )
    return geom


class UserLayer:
    """User entries of one gazetteer directory (in memory, mirrored to ``entries.geojson``)."""

    def __init__(self, directory: Path, gazetteer: Gazetteer) -> None:
        self.directory = directory
        self.path = directory / ENTRIES
        self._gaz = gazetteer
        self._places: dict[str, Place] = {}
        self._names: dict[str, list[str]] = {}
        self.max_tokens = 1
        self._mtime: float | None = None
        self.reload()

    # ---- reading -------------------------------------------------------------------------------------------
    def _read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise UserEntryError(
                f"{self.path} cannot be read ({err}); fix or remove that file (it holds your user entries)."
            ) from err
        return list(data.get("features") or [])

    def reload(self) -> None:
        """Re-read ``entries.geojson`` (called at open and after every write)."""
        self._set(self._read())

    def _set(self, features: list[dict[str, Any]]) -> None:
        places: dict[str, Place] = {}
        names: dict[str, list[str]] = {}
        max_tokens = 1
        for feat in features:
            place = self._feature_to_place(feat)
            places[place.id] = place
            for label in [place.name, *place.raw.get("aliases", [])]:
                norm = normalize(label)
                if norm:
                    names.setdefault(norm, [])
                    if place.id not in names[norm]:
                        names[norm].append(place.id)
                    max_tokens = max(max_tokens, len(norm.split()))
        self._places, self._names, self.max_tokens = places, names, max_tokens
        invalidate = getattr(self._gaz, "_invalidate", None)
        if invalidate is not None:
            invalidate()

    @staticmethod
    def _feature_to_place(feat: dict[str, Any]) -> Place:
        from shapely.geometry import shape

        props = dict(feat.get("properties") or {})
        geom = feat.get("geometry")
        polygon = shape(geom) if geom and geom.get("type") in ("Polygon", "MultiPolygon") else None
        return Place(id=props["id"], name=props["name"], kind=props.get("kind") or "user", lat=float(props["lat"]),
                     lon=float(props["lon"]), country_iso2=props.get("country_iso2"),
                     country_iso3=props.get("country_iso3"), feature_code="USER", source="user",
                     geometry=polygon, raw=props)

    @staticmethod
    def _place_to_feature(place: Place) -> dict[str, Any]:
        from shapely.geometry import mapping

        geometry = (mapping(place.geometry) if place.geometry is not None
                    else {"type": "Point", "coordinates": [place.lon, place.lat]})
        props = {k: v for k, v in place.raw.items() if k not in ("name_type", "prior")}
        props.update(id=place.id, name=place.name, kind=place.kind, lat=place.lat, lon=place.lon,
                     country_iso2=place.country_iso2, country_iso3=place.country_iso3)
        return {"type": "Feature", "id": place.id, "geometry": geometry, "properties": props}

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def ids_for(self, norm: str) -> list[str]:
        return self._names.get(norm, [])

    def places(self) -> list[Place]:
        return list(self._places.values())

    def search(self, norm: str) -> list[Place]:
        return [self._places[i] for n, ids in self._names.items() if norm in n for i in ids]

    # ---- validation ----------------------------------------------------------------------------------------
    def make_place(self, name: Any, *, lat: Any, lon: Any, polygon: Any = None, kind: str = "user",
                   country: str | None = None, aliases: Iterable[str] = (), where: str = "") -> Place:
        """Validate one entry and return it as a Place (nothing is written)."""
        at = f"{where}: " if where else ""
        label = str(name or "").strip()
        if not label or not normalize(label):
            raise UserEntryError(f"{at}the name is empty; give the place a name.")
        try:
            flat, flon = float(lat), float(lon)
        except (TypeError, ValueError) as err:
            raise UserEntryError(f"{at}lat/lon {lat!r}, {lon!r} are not numbers; give decimal degrees.") from err
        if not (math.isfinite(flat) and -90 <= flat <= 90):
            raise UserEntryError(f"{at}latitude {flat} is outside -90..90; give lat in decimal degrees "
                                 "(did you swap lat and lon?).")
        if not (math.isfinite(flon) and -180 <= flon <= 180):
            raise UserEntryError(f"{at}longitude {flon} is outside -180..180; give lon in decimal degrees.")
        if kind not in PLACE_KINDS:
            raise UserEntryError(f"{at}kind {kind!r} is unknown; use one of {', '.join(PLACE_KINDS)}.")
        geom = _as_polygon(polygon) if polygon is not None else None
        iso2 = iso3 = None
        if country:
            try:
                c = self._gaz.country(str(country))
            except UnknownPlaceError as err:
                raise UserEntryError(
                    f"{at}country {country!r} is unknown; give an ISO 3166 alpha-2 or alpha-3 code such as 'FR' "
                    "or 'FRA'."
                ) from err
            iso2, iso3 = c.country_iso2, c.country_iso3
        if isinstance(aliases, str):
            aliases = aliases.split("|")
        alias_list = [a.strip() for a in aliases if a and a.strip()]
        slug = slugify(label)
        if not slug:
            raise UserEntryError(f"{at}the name {label!r} has no letters or digits to build an id from.")
        raw = {"id": f"user:{slug}", "name": label, "kind": kind, "lat": flat, "lon": flon, "aliases": alias_list,
               "country_iso2": iso2, "country_iso3": iso3,
               "added": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        return Place(id=f"user:{slug}", name=label, kind=kind, lat=flat, lon=flon, country_iso2=iso2,
                     country_iso3=iso3, feature_code="USER", source="user", geometry=geom, raw=raw)

    # ---- writing -------------------------------------------------------------------------------------------
    def _write(self, features: list[dict[str, Any]]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(prefix=".entries.", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def _commit(self, new: list[Place], *, replace: bool) -> None:
        with _locked(self.directory):
            features = self._read()
            by_id = {f["properties"]["id"]: i for i, f in enumerate(features)}
            batch: set[str] = set()
            for place in new:
                if place.id in batch:
                    raise UserEntryError(f"{place.name!r} appears twice in this batch (id {place.id}); "
                                         "keep one of them.")
                batch.add(place.id)
                if place.id in by_id and not replace:
                    old = features[by_id[place.id]]["properties"]
                    raise UserEntryError(
                        f"A user entry {old['name']!r} ({place.id}, at {old['lat']}, {old['lon']}) already exists; "
                        "pass replace=True (--replace) to overwrite it, or choose another name."
                    )
            for place in new:
                feat = self._place_to_feature(place)
                if place.id in by_id:
                    features[by_id[place.id]] = feat
                else:
                    by_id[place.id] = len(features)
                    features.append(feat)
            self._write(features)
            self._set(features)

    def add(self, name: str, *, lat: float, lon: float, polygon: Any = None, kind: str = "user",
            country: str | None = None, aliases: Iterable[str] = (), replace: bool = False) -> Place:
        place = self.make_place(name, lat=lat, lon=lon, polygon=polygon, kind=kind, country=country,
                                aliases=aliases)
        self._commit([place], replace=replace)
        return self._places[place.id]

    def import_file(self, path: str | Path, *, replace: bool = False) -> list[Place]:
        p = Path(path)
        if not p.exists():
            raise UserEntryError(f"{p} does not exist; give a CSV (name,lat,lon[,kind,country,aliases]) or GeoJSON.")
        text = p.read_text(encoding="utf-8-sig")
        if p.suffix.lower() in (".geojson", ".json") or text.lstrip().startswith("{"):
            places = self._parse_geojson(text, p)
        else:
            places = self._parse_csv(text, p)
        if not places:
            raise UserEntryError(f"{p} holds no entries; nothing was imported.")
        self._commit(places, replace=replace)
        return [self._places[pl.id] for pl in places]

    def _parse_csv(self, text: str, path: Path) -> list[Place]:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in ("name", "lat", "lon") if c not in header]
        if missing:
            raise UserEntryError(f"{path} line 1: missing column(s) {', '.join(missing)}; the header must have "
                                 "name,lat,lon (optionally kind,country,aliases).")
        places = []
        for line_no, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else v
                   for k, v in row.items()}
            if None in row.values() or "" in (row.get("lat"), row.get("lon")):
                raise UserEntryError(f"{path} line {line_no}: missing value(s) for name, lat or lon; "
                                     "nothing was imported.")
            aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
            places.append(self.make_place(row.get("name"), lat=row.get("lat"), lon=row.get("lon"),
                                          kind=row.get("kind") or "user", country=row.get("country") or None,
                                          aliases=aliases, where=f"{path} line {line_no}"))
        return places

    def _parse_geojson(self, text: str, path: Path) -> list[Place]:

        try:
            data = json.loads(text)
        except ValueError as err:
            raise UserEntryError(f"{path} is not valid JSON ({err}); nothing was imported.") from err
        features = data.get("features") if data.get("type") == "FeatureCollection" else [data]
        places = []
        for i, feat in enumerate(features or []):
            props = feat.get("properties") or {}
            geom = feat.get("geometry") or {}
            where = f"{path} feature {i}"
            polygon = None
            if geom.get("type") == "Point":
                lon, lat = geom["coordinates"][:2]
            elif geom.get("type") in ("Polygon", "MultiPolygon"):
                polygon = _as_polygon(geom)
                rp = polygon.representative_point()
                lat, lon = props.get("lat", rp.y), props.get("lon", rp.x)
            else:
                raise UserEntryError(f"{where}: geometry must be a Point, Polygon or MultiPolygon.")
            aliases = props.get("aliases") or []
            if isinstance(aliases, str):
                aliases = aliases.split("|")
            places.append(self.make_place(props.get("name"), lat=lat, lon=lon, polygon=polygon,
                                          kind=props.get("kind") or "user",
                                          country=props.get("country") or props.get("country_iso2"),
                                          aliases=aliases, where=where))
        return places

    def remove(self, place_id: str) -> Place:
        with _locked(self.directory):
            features = self._read()
            keep = [f for f in features if f["properties"]["id"] != place_id]
            if len(keep) == len(features):
                known = ", ".join(f["properties"]["id"] for f in features[:10]) or "none"
                raise UserEntryError(f"No user entry {place_id!r}; user entries: {known}.")
            removed = self._feature_to_place(next(f for f in features if f["properties"]["id"] == place_id))
            self._write(keep)
            self._set(keep)
        return removed

    def export(self, places: list[Place], *, fmt: str = "geojson") -> str:
        if fmt == "geojson":
            return json.dumps({"type": "FeatureCollection", "features": [self._place_to_feature(p) for p in places]},
                              ensure_ascii=False, indent=1)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["id", "name", "lat", "lon", "kind", "country", "aliases"])
            for p in places:
                writer.writerow([p.id, p.name, p.lat, p.lon, p.kind, p.country_iso2 or "",
                                 "|".join(p.raw.get("aliases", []) if p.source == "user" else [])])
            return out.getvalue()
        raise UserEntryError(f"Unknown export format {fmt!r}; use 'geojson' or 'csv'.")


# ---- module-level helpers on the shared gazetteer -------------------------------------------------------------
def _gaz(gazetteer: Gazetteer | None) -> Gazetteer:
    from geomap.gazetteer.gazetteer import get_gazetteer

    return gazetteer if gazetteer is not None else get_gazetteer()


def add_user_place(name: str, *, lat: float, lon: float, polygon: Any = None, kind: str = "user",
                   country: str | None = None, aliases: Iterable[str] = (), replace: bool = False,
                   gazetteer: Gazetteer | None = None) -> Place:
    """Add a user entry to ``gazetteer`` (default: the shared one)."""
    return _gaz(gazetteer).add_user_place(name, lat=lat, lon=lon, polygon=polygon, kind=kind, country=country,
                                          aliases=aliases, replace=replace)


def import_user_places(path: str | Path, *, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Import a CSV or GeoJSON file of user entries, all or nothing."""
    return _gaz(gazetteer).import_user_places(path)


def remove_user_place(place_id: str, *, gazetteer: Gazetteer | None = None) -> Place:
    """Remove a user entry by id."""
    return _gaz(gazetteer).remove_user_place(place_id)


def list_places(user_only: bool = False, *, gazetteer: Gazetteer | None = None) -> list[Place]:
    """User entries (and, unless ``user_only``, base places with an area)."""
    return _gaz(gazetteer).list_places(user_only=user_only)


def export_places(fmt: str = "geojson", user_only: bool = True, *, gazetteer: Gazetteer | None = None) -> str:
    """Places as GeoJSON or CSV text."""
    return _gaz(gazetteer).export_places(fmt=fmt, user_only=user_only)
