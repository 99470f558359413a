"""LocalGazetteer as a geopy geocoder: geocode, reverse, RateLimiter and geopandas.tools.geocode."""

from __future__ import annotations

import pytest

from geomap.gazetteer import LocalGazetteer


@pytest.fixture()
def coder(gaz):
    return LocalGazetteer(gazetteer=gaz)


def test_geocode_returns_location_with_place_fields(coder):
    loc = coder.geocode("Vladivostok")
    assert abs(loc.latitude - 43.1) < 0.2 and abs(loc.longitude - 131.9) < 0.2
    assert loc.raw["kind"] == "city" and loc.raw["country_iso3"] == "RUS" and loc.raw["id"].startswith("gn:")
    assert "Russia" in loc.address
    assert coder.geocode("qwxz no such place") is None


def test_geocode_many_and_filters(coder):
    locs = coder.geocode("Paris", exactly_one=False)
    assert len(locs) > 3 and locs[0].raw["country_iso2"] == "FR"
    texas = coder.geocode("Paris", country="US", kinds=("city",))
    assert texas.raw["country_iso2"] == "US"
    assert coder.geocode("Paris, United States").raw["country_iso2"] == "US"


def test_reverse_returns_most_specific_place(coder):
    assert coder.reverse((40.0, 135.0)).raw["id"] == "ne:sea-of-japan"
    loc = coder.reverse("23.13, 113.26", exactly_one=False)
    assert [hit.raw["kind"] for hit in loc] == ["admin1", "country"]


def test_works_with_geopy_rate_limiter(coder):
    from geopy.extra.rate_limiter import RateLimiter

    geocode = RateLimiter(coder.geocode, min_delay_seconds=0)
    assert geocode("Beijing").raw["country_iso2"] == "CN"


def test_works_with_geopandas_geocode(gaz):
    import geopandas.tools

    df = geopandas.tools.geocode(["Moscow", "Zhanjiang", "qwxz no such place"], provider=LocalGazetteer,
                                 gazetteer=gaz)
    assert df.crs.to_epsg() == 4326
    assert abs(df.geometry.iloc[0].y - 55.75) < 0.2
    assert abs(df.geometry.iloc[1].x - 110.4) < 0.3
    assert df.geometry.iloc[2].is_empty
