"""The run-time gazetteer: name lookups, ids, search, reverse geocoding and area queries over the built SQLite file.

Opening is cheap (a read-only SQLite connection and the small user layer); geometries load on first use.
Build-only source packages are never imported here.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import geomap
from geomap.distance import haversine_km
from geomap.errors import GazetteerError, GazetteerNotBuiltError, InputError, UnknownPlaceError
from geomap.gazetteer.names import bloom_indexes, normalize
from geomap.model import Place

__all__ = ["Gazetteer", "ReverseResult", "Organization", "default_gazetteer_dir", "repo_gazetteer_dir", "get_gazetteer"]

DB_NAME = "geomap.sqlite"
USER_PRIOR = 1000.0
_PLACE_COLS = ("id, name, kind, feature, country_iso2, country_iso3, admin1_code, admin1, population, lat, lon, "
               "geonameid, is_capital, definition, source, raw")
_AREA_KINDS = ("country", "sea", "region", "continent", "admin1")


def repo_gazetteer_dir() -> Path:
    """The repository's ``gazetteer/`` directory (curated files live there)."""
    return Path(geomap.__file__).resolve().parents[1] / "gazetteer"


def default_gazetteer_dir() -> Path:
    """``$GEOMAP_HOME`` if set, else the repository's ``gazetteer/``."""
    home = os.environ.get("GEOMAP_HOME")
    return Path(home).expanduser() if home else repo_gazetteer_dir()


@dataclass(slots=True, frozen=True)
class ReverseResult:
    """What lies at a point: the country, its admin-1 unit and the sea (each ``None`` when nothing)."""

    country: Place | None
    admin1: Place | None
    sea: Place | None


@dataclass(slots=True, frozen=True)
class Organization:
    """A curated organization: ``country_iso3`` is ``None`` for international bodies (NATO, UN)."""

    name: str
    kind: str | None
    country_iso3: str | None
    aliases: tuple[str, ...] = ()


class Gazetteer:
    """A read-only view of the built gazetteer plus the user layer. Open with :meth:`Gazetteer.open`."""

    def __init__(self, directory: Path, con: sqlite3.Connection) -> None:
        from geomap.gazetteer.user import UserLayer

        self.directory = directory
        self._con = con
        self._lock = threading.RLock()
        meta = dict(con.execute("SELECT key, value FROM metadata"))
        self.metadata: dict[str, str] = meta
        self._base_max_tokens = int(meta.get("max_name_tokens", "6"))
        self._geoms: dict[str, Any] | None = None
        self._tree: Any = None
        self._pool: tuple[list[str], list[str]] | None = None
        try:
            self._bloom_bits, self._bloom = con.execute("SELECT bits, data FROM bloom").fetchone()
        except sqlite3.DatabaseError:
            self._bloom_bits, self._bloom = 0, b""
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        #: gazetteers built before area_demonyms.csv existed have no such table: no area demonyms then
        self._has_area_demonyms = "area_demonyms" in tables
        self._geom_cache = lru_cache(maxsize=8_192)(self._load_geom)
        self._place_cache = lru_cache(maxsize=65_536)(self._load_place)
        self._lookup_cache = lru_cache(maxsize=65_536)(self._lookup_norm)
        self._has_cache = lru_cache(maxsize=262_144)(self._has_norm)
        self.user = UserLayer(directory / "user", self)

    # ---- opening -------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None) -> Gazetteer:
        """Open the gazetteer in ``path`` (a directory or the ``.sqlite`` file), default the default dir."""
        p = Path(path).expanduser() if path is not None else default_gazetteer_dir()
        db = p if p.suffix == ".sqlite" else p / DB_NAME
        directory = db.parent
        if not db.exists():
            raise GazetteerNotBuiltError(
                f"No gazetteer at {db}: run `geomap gazetteer build` (or `python -m geomap.gazetteer.build"
                f"{'' if path is None else f' --out-dir {directory}'}`) first."
            )
        try:
            con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                  check_same_thread=False)
            con.execute("SELECT 1 FROM metadata LIMIT 1")
        except sqlite3.DatabaseError as err:
            raise GazetteerError(
                f"{db} is not a readable gazetteer ({err}); rebuild it with `geomap gazetteer build`."
            ) from err
        return cls(directory, con)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def max_name_tokens(self) -> int:
        """Longest name in tokens (base and user entries): the recognizer's n-gram limit."""
        return max(self._base_max_tokens, self.user.max_tokens)

    def _invalidate(self) -> None:
        """Forget cached answers after the user layer changed."""
        self._lookup_cache.cache_clear()
        self._has_cache.cache_clear()
        self._tree = None

    # ---- records -------------------------------------------------------------------------------------------
    def _row_to_place(self, row: tuple) -> Place:
        (pid, name, kind, feature, iso2, iso3, a1code, a1, pop, lat, lon, gnid, cap, definition, source,
         raw) = row
        raw_d = json.loads(raw) if raw else {}
        raw_d["is_capital"] = bool(cap)
        geom = None
        if kind in _AREA_KINDS:
            geom = self.geometry(pid)
        return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, country_iso2=iso2, country_iso3=iso3,
                     admin1=a1, admin1_code=a1code, population=pop or 0, geonameid=gnid, feature_code=feature,
                     definition=definition, source=source, geometry=geom, raw=raw_d)

    def _load_place(self, place_id: str) -> Place | None:
        with self._lock:
            row = self._con.execute(f"SELECT {_PLACE_COLS} FROM places WHERE id = ?", (place_id,)).fetchone()
        return self._row_to_place(row) if row else None

    def get(self, place_id: str) -> Place:
        """The place with this id; :class:`UnknownPlaceError` (with close names) if there is none."""
        user = self.user.get(place_id)
        if user is not None:
            return user
        place = self._place_cache(place_id)
        if place is None:
            hint = place_id.split(":", 1)[-1].replace("-", " ")
            close = [f"{p.name} ({p.id})" for p in self.search(hint, fuzzy=True, limit=5)]
            raise UnknownPlaceError(
                f"No place with id {place_id!r} in the gazetteer"
                + (f"; close names: {', '.join(close)}" if close else "")
                + ". Use `geomap gazetteer search NAME` to find ids."
            )
        return replace(place, raw=dict(place.raw))

    # ---- names ---------------------------------------------------------------------------------------------
    def _lookup_norm(self, norm: str) -> tuple[Place, ...]:
        with self._lock:
            rows = self._con.execute(
                "SELECT place_id, name_type, prior FROM names WHERE norm = ? ORDER BY prior DESC", (norm,)
            ).fetchall()
        hits = [(pid, "user", USER_PRIOR) for pid in self.user.ids_for(norm)] + rows
        out = []
        for pid, name_type, prior in hits:
            place = self.user.get(pid) if name_type == "user" else self._place_cache(pid)
            if place is None:
                continue
            raw = dict(place.raw)
            raw["name_type"] = name_type
            raw["prior"] = prior
            out.append(replace(place, raw=raw))
        return tuple(out)

    def lookup(self, name: str, *, kinds: Iterable[str] | None = None, country: str | None = None,
               limit: int | None = None) -> list[Place]:
        """Every place called ``name``, best first (user entries, then primary names, kind and population).

        Matching ignores case, accents and a leading "the ". ``raw["name_type"]`` says how the name matched,
        ``raw["prior"]`` the ranking score. ``country`` (ISO2 or ISO3) and ``kinds`` filter. Returned places
        are shared with the lookup cache: treat them as read-only (``dataclasses.replace`` to change one).
        """
        hits = self._lookup_cache(normalize(name))
        if kinds is None and country is None:
            return list(hits if limit is None else hits[:limit])
        kind_set = set(kinds) if kinds else None
        cc = country.upper() if country else None
        out: list[Place] = []
        for place in hits:
            if kind_set is not None and place.kind not in kind_set:
                continue
            if cc is not None and cc not in (place.country_iso2, place.country_iso3):
                continue
            out.append(place)
            if limit is not None and len(out) >= limit:
                break
        return out

    def _has_norm(self, norm: str) -> bool:
        if self.user.ids_for(norm):
            return True
        if self._bloom_bits:
            bloom = self._bloom
            for i in bloom_indexes(norm, self._bloom_bits):
                if not bloom[i >> 3] >> (i & 7) & 1:
                    return False
        with self._lock:
            return self._con.execute("SELECT 1 FROM names WHERE norm = ? LIMIT 1", (norm,)).fetchone() is not None

    def has_name(self, name: str) -> bool:
        """True when some place is called ``name`` (same matching as :meth:`lookup`)."""
        return self._has_cache(normalize(name))

    def search(self, text: str, *, fuzzy: bool = False, limit: int = 10) -> list[Place]:
        """Places whose name starts with ``text`` (then contains it); ``fuzzy=True`` ranks by rapidfuzz similarity."""
        norm = normalize(text)
        if not norm:
            return []
        seen: dict[str, Place] = {}
        for place in self.user.search(norm):
            seen.setdefault(place.id, place)
        with self._lock:
            rows = self._con.execute(
                "SELECT place_id, MAX(prior) AS p FROM names WHERE norm >= ? AND norm < ? "
                "GROUP BY place_id ORDER BY p DESC LIMIT ?", (norm, norm + "\uffff", limit * 4)).fetchall()
            if len(rows) < limit and len(norm) >= 3:
                rows += self._con.execute(
                    "SELECT place_id, MAX(prior) AS p FROM names WHERE instr(norm, ?) > 0 "
                    "GROUP BY place_id ORDER BY p DESC LIMIT ?", (norm, limit * 4)).fetchall()
        for pid, _p in rows:
            place = self._place_cache(pid)
            if place is not None:
                seen.setdefault(pid, place)
        if fuzzy:
            from rapidfuzz import fuzz, process

            with self._lock:
                pool, pool_ids = self._fuzzy_pool()
            matches = process.extract(norm, pool, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=80)
            for _choice, _score, key in matches:
                place = self._place_cache(pool_ids[key])
                if place is not None:
                    seen.setdefault(place.id, place)
        results = list(seen.values())
        if fuzzy:
            from rapidfuzz import fuzz

            results.sort(key=lambda p: (-fuzz.WRatio(norm, normalize(p.name)), -p.population))
        return results[:limit]

    def _fuzzy_pool(self) -> tuple[list[str], list[str]]:
        """Primary names of larger places, for fuzzy search and suggestions (built once)."""
        if self._pool is None:
            rows = self._con.execute(
                "SELECT norm, place_id FROM names WHERE name_type IN ('primary', 'curated') "
                "AND prior >= 4.0").fetchall()
            self._pool = ([r[0] for r in rows], [r[1] for r in rows])
        return self._pool

    # ---- countries, demonyms, organizations ----------------------------------------------------------------
    def country(self, code: str) -> Place:
        """The country with this ISO2 or ISO3 code or name; :class:`UnknownPlaceError` if none."""
        key = code.strip()
        with self._lock:
            row = None
            if len(key) in (2, 3) and key.isalpha():
                col = "country_iso2" if len(key) == 2 else "country_iso3"
                row = self._con.execute(
                    f"SELECT id FROM places WHERE kind = 'country' AND {col} = ?", (key.upper(),)).fetchone()
        if row:
            return self.get(row[0])
        found = self.lookup(key, kinds=("country",), limit=1)
        if found:
            return found[0]
        raise UnknownPlaceError(
            f"No country {code!r}: give an ISO 3166 alpha-2 or alpha-3 code (e.g. 'CN', 'CHN') or a country name."
        )

    def demonym(self, word: str) -> str | None:
        """ISO3 of the country a demonym names ("Russian" → "RUS"), else ``None``."""
        with self._lock:
            row = self._con.execute("SELECT iso3 FROM demonyms WHERE norm = ?", (normalize(word),)).fetchone()
        return row[0] if row else None

    def area_demonym(self, word: str) -> Place | None:
        """The continent or region a continent/region adjective names ("European" → Europe, "Latin American" →
        Latin America; ``gazetteer/curated/area_demonyms.csv``), else ``None``. Country demonyms are
        :meth:`demonym`'s."""
        if not self._has_area_demonyms:
            return None
        with self._lock:
            row = self._con.execute("SELECT place_id FROM area_demonyms WHERE norm = ?",
                                    (normalize(word),)).fetchone()
        return self.get(row[0]) if row else None

    def demonym_place(self, word: str) -> Place | None:
        """The place a demonym names: its country ("Russian" → Russia), or its continent or region ("European"
        → Europe), else ``None``."""
        iso3 = self.demonym(word)
        if iso3:
            try:
                return self.country(iso3)
            except LookupError:
                return None
        return self.area_demonym(word)

    def organization(self, name: str) -> Organization | None:
        """The curated organization called ``name`` or one of its aliases ("NATO", "the Pentagon"), else ``None``."""
        with self._lock:
            row = self._con.execute(
                "SELECT name, kind, country_iso3, aliases FROM organizations WHERE norm = ?",
                (normalize(name),)).fetchone()
        if not row:
            return None
        return Organization(name=row[0], kind=row[1] or None, country_iso3=row[2] or None,
                            aliases=tuple(a for a in (row[3] or "").split("|") if a))

    def countries(self, with_geometry: bool = True) -> list[Place]:
        """All countries (with their polygons when ``with_geometry``), for basemaps and region queries."""
        with self._lock:
            ids = [r[0] for r in self._con.execute("SELECT id FROM places WHERE kind = 'country' ORDER BY name")]
        places = [self.get(i) for i in ids]
        if with_geometry:
            return [p for p in places if p.geometry is not None]
        return places

    def seas(self) -> list[Place]:
        """All sea/ocean/strait/gulf records that have a polygon."""
        with self._lock:
            ids = [r[0] for r in self._con.execute("SELECT id FROM places WHERE kind = 'sea' ORDER BY name")]
        return [p for p in (self.get(i) for i in ids) if p.geometry is not None]

    # ---- geometry ------------------------------------------------------------------------------------------
    def _load_geoms(self) -> dict[str, Any]:
        if self._geoms is None:
            import shapely

            with self._lock:
                rows = self._con.execute("SELECT place_id, wkb FROM geometry").fetchall()
            geoms = shapely.from_wkb([r[1] for r in rows])
            self._geoms = dict(zip((r[0] for r in rows), geoms))
        return self._geoms

    def _load_geom(self, place_id: str) -> Any:
        """One geometry straight from SQLite (a lookup need not load every polygon)."""
        with self._lock:
            row = self._con.execute("SELECT wkb FROM geometry WHERE place_id = ?", (place_id,)).fetchone()
        if row is None:
            return None
        import shapely

        return shapely.from_wkb(row[0])

    def geometry(self, place_id: str) -> Any:
        """The shapely geometry of a place with an area (country, admin-1, sea, region, continent), else ``None``."""
        user = self.user.get(place_id)
        if user is not None:
            return user.geometry
        if self._geoms is not None:
            return self._geoms.get(place_id)
        return self._geom_cache(place_id)

    def _strtree(self) -> tuple[Any, list[str], list[Any]]:
        if self._tree is None:
            import shapely

            geoms = dict(self._load_geoms())
            for p in self.user.places():
                if p.geometry is not None:
                    geoms[p.id] = p.geometry
            ids = list(geoms)
            arr = [geoms[i] for i in ids]
            self._tree = (shapely.STRtree(arr), ids, arr)
        return self._tree

    def _kind_of(self, pid: str) -> str | None:
        place = self.user.get(pid) or self._place_cache(pid)
        return place.kind if place else None

    def reverse(self, lat: float, lon: float) -> ReverseResult:
        """Country, admin-1 unit and sea at a point.

        The admin-1 unit is the one whose polygon holds the point; where no polygon does (units without one, or a
        point just off a simplified coast) it is the unit of the country with the nearest point.
        """
        from shapely.geometry import Point

        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"({lat}, {lon}) is not a valid latitude/longitude: lat must be within ±90 and "
                                 "lon within ±180.")
        tree, ids, arr = self._strtree()
        pt = Point(lon, lat)
        country = sea = admin1 = None
        sea_area = admin1_area = math.inf
        for i in tree.query(pt, predicate="intersects"):
            pid = ids[i]
            kind = self._kind_of(pid)
            if kind == "country" and country is None:
                country = self.get(pid)
            elif kind == "sea" and arr[i].area < sea_area:
                sea, sea_area = self.get(pid), arr[i].area
            elif kind == "admin1" and arr[i].area < admin1_area:
                admin1, admin1_area = self.get(pid), arr[i].area
        if admin1 is not None and country is None and admin1.country_iso2:
            try:  # on land by the admin-1 polygon though just off the (differently drawn) country polygon
                country = self.country(admin1.country_iso2)
            except UnknownPlaceError:
                country = None
        if admin1 is not None and country is not None and admin1.country_iso2 != country.country_iso2:
            admin1 = None  # borders drawn differently by the two sources: trust the country
        if admin1 is None and country is not None:
            with self._lock:
                rows = self._con.execute(
                    "SELECT id, lat, lon FROM places WHERE kind = 'admin1' AND country_iso2 = ?",
                    (country.country_iso2,)).fetchall()
            if rows:
                best = min(rows, key=lambda r: haversine_km(lat, lon, r[1], r[2]))
                admin1 = self.get(best[0])
        return ReverseResult(country=country, admin1=admin1, sea=sea)

    def within(self, geometry: Any, *, kinds: Iterable[str] | None = None, limit: int | None = None) -> list[Place]:
        """Places whose point lies inside ``geometry`` (a shapely geometry in EPSG:4326), most populous first."""
        import shapely

        if geometry is None or geometry.is_empty:
            return []
        kind_list = list(kinds) if kinds else None
        minx, miny, maxx, maxy = geometry.bounds
        sql = (f"SELECT {_PLACE_COLS} FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
        args: list[Any] = [miny, maxy, minx, maxx]
        if kind_list:
            sql += f" AND kind IN ({','.join('?' * len(kind_list))})"
            args += kind_list
        with self._lock:
            rows = self._con.execute(sql, args).fetchall()
        if rows:
            mask = shapely.contains_xy(geometry, [r[10] for r in rows], [r[9] for r in rows])
            rows = [r for r, keep in zip(rows, mask) if keep]
        places = [self._row_to_place(r) for r in rows]
        for p in self.user.places():
            if (kind_list is None or p.kind in kind_list) and shapely.contains_xy(geometry, p.lon, p.lat):
                places.append(p)
        places.sort(key=lambda p: (-p.population, p.name))
        return places[:limit] if limit is not None else places

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.directory)!r})"

    # ---- user layer (delegates to geomap.gazetteer.user) ----------------------------------------------------
    def add_user_place(self, name: str, *, lat: float, lon: float, polygon: Any = None, kind: str = "user",
                       country: str | None = None, aliases: Iterable[str] = (), replace: bool = False) -> Place:
        """Add (or with ``replace=True`` overwrite) a user entry; it outranks base entries of the same name."""
        return self.user.add(name, lat=lat, lon=lon, polygon=polygon, kind=kind, country=country,
                             aliases=aliases, replace=replace)

    def import_user_places(self, path: str | Path) -> list[Place]:
        """Import user entries from a CSV (name,lat,lon[,kind,country,aliases]) or GeoJSON file, all or nothing."""
        return self.user.import_file(path)

    def remove_user_place(self, place_id: str) -> Place:
        """Remove a user entry by id; returns the removed place."""
        return self.user.remove(place_id)

    def list_places(self, user_only: bool = False) -> list[Place]:
        """User entries, plus (``user_only=False``) every base place with an area."""
        places = self.user.places()
        if not user_only:
            with self._lock:
                ids = [r[0] for r in self._con.execute("SELECT place_id FROM geometry ORDER BY place_id")]
            places = places + [self.get(i) for i in ids]
        return places

    def export_places(self, fmt: str = "geojson", user_only: bool = True) -> str:
        """The places of :meth:`list_places` as GeoJSON or CSV text."""
        return self.user.export(self.list_places(user_only=user_only), fmt=fmt)


_shared: Gazetteer | None = None
_shared_lock = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide shared gazetteer (opened on first call from :func:`default_gazetteer_dir`)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Gazetteer.open()
        return _shared
