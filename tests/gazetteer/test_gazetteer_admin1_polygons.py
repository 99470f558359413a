"""Admin-1 polygons (Natural Earth via Debian qgis-common) joined to admin-1 units, and the build's fallbacks."""

from __future__ import annotations

import json

import pytest
import shapely

from geomap.errors import GazetteerError
from geomap.gazetteer.build import ADMIN1_GPKG_ENV, _Builder, _resolve_admin1_gpkg


def _needs_polygons(gaz):
    info = json.loads(gaz.metadata.get("admin1_polygons", "{}"))
    if not info.get("joined"):
        pytest.skip("this gazetteer was built without admin-1 polygons (qgis-common not fetched)")
    return info


def test_build_records_join_rate(gaz):
    info = _needs_polygons(gaz)
    assert info["rate"] >= 0.7 and info["joined"] > 2500
    assert info["ne_used"] <= info["ne_polygons"] == 4556


def test_guangdong_lookup_has_polygon_holding_its_cities(gaz):
    _needs_polygons(gaz)
    top = gaz.lookup("Guangdong")[0]
    assert top.kind == "admin1" and top.has_area
    assert top.geometry.contains(shapely.Point(113.26, 23.13))  # Guangzhou
    assert not top.geometry.contains(shapely.Point(110.35, 20.02))  # Haikou, Hainan
    names = {p.name for p in gaz.within(top.geometry, kinds=("city",), limit=40)}
    assert {"Guangzhou", "Shenzhen"} <= names
    assert all(top.geometry.contains(shapely.Point(p.lon, p.lat))
               for p in gaz.within(top.geometry, kinds=("city",), limit=200))


def test_england_is_union_of_counties_and_excludes_scotland(gaz):
    _needs_polygons(gaz)
    england = gaz.lookup("England", kinds=("admin1",))[0]
    assert england.has_area
    assert england.geometry.contains(shapely.Point(-0.12, 51.5))  # London
    assert not england.geometry.contains(shapely.Point(-3.19, 55.95))  # Edinburgh


@pytest.mark.parametrize(
    ("lat", "lon", "admin1"),
    [(23.13, 113.26, "Guangdong"), (36.17, -115.14, "Nevada"), (-33.87, 151.21, "New South Wales"),
     (55.95, -3.19, "Scotland")],
)
def test_reverse_uses_admin1_polygons(gaz, lat, lon, admin1):
    _needs_polygons(gaz)
    hit = gaz.reverse(lat, lon)
    assert hit.admin1 is not None and hit.admin1.name.startswith(admin1)
    assert hit.admin1.country_iso2 == hit.country.country_iso2


def test_region_query_resolves_admin1_polygon(gaz, monkeypatch):
    _needs_polygons(gaz)
    import geomap.gazetteer.gazetteer as mod
    from geomap.query_args import resolve_region

    monkeypatch.setattr(mod, "_shared", gaz)
    geom = resolve_region("Guangdong")
    assert geom.contains(shapely.Point(114.06, 22.54))  # Shenzhen


def test_admin1_union_regions(gaz):
    darfur = gaz.lookup("Darfur")[0]
    assert darfur.id == "region:darfur" and darfur.country_iso2 == "SD"
    if darfur.has_area:
        assert darfur.geometry.contains(shapely.Point(25.35, 13.63))  # El Fasher
    assert gaz.lookup("Sumatra")[0].id == "region:sumatra"


def test_missing_admin1_gpkg_path_is_an_error_that_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv(ADMIN1_GPKG_ENV, raising=False)
    b = _Builder(curated_dir=tmp_path, progress=False)
    with pytest.raises(GazetteerError, match="apt-get download qgis-common"):
        _resolve_admin1_gpkg(b, tmp_path / "nope.gpkg", True, tmp_path)


def test_no_fetch_warns_and_leaves_admin1_point_only(tmp_path, monkeypatch):
    monkeypatch.delenv(ADMIN1_GPKG_ENV, raising=False)
    monkeypatch.setattr("geomap.gazetteer.build.ADMIN1_GPKG_MEMBER", "no/such/world_map.gpkg")
    b = _Builder(curated_dir=tmp_path, progress=False)
    assert _resolve_admin1_gpkg(b, None, False, tmp_path) is None
    assert any("point-only" in w for w in b.warnings)
    b.load_admin1_polygons(None)
    assert b.admin1_join == {}


def test_failed_fetch_warns(tmp_path, monkeypatch):
    monkeypatch.delenv(ADMIN1_GPKG_ENV, raising=False)
    monkeypatch.setattr("geomap.gazetteer.build.ADMIN1_GPKG_MEMBER", "no/such/world_map.gpkg")
    monkeypatch.setattr("geomap.gazetteer.build.ADMIN1_DEB", "geomap-no-such-package-xyz")
    monkeypatch.setenv("PATH", str(tmp_path))  # no apt-get on PATH: the build must still go on
    b = _Builder(curated_dir=tmp_path, progress=False)
    assert _resolve_admin1_gpkg(b, None, True, tmp_path) is None
    assert any("no admin-1 polygons" in w and "--admin1-gpkg" in w for w in b.warnings)
