"""Build helpers that need no built gazetteer."""

from __future__ import annotations

from geomap.gazetteer.build import _rings_to_geometry, _sea_english_forms, _sea_feature


def _ring(x0, y0, x1, y1):
    pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return ((x0, y0, x1, y1), pts)


def test_even_odd_rings_make_holes_and_islands():
    geom = _rings_to_geometry([_ring(0, 0, 10, 10), _ring(2, 2, 8, 8), _ring(20, 20, 21, 21)])
    assert geom.geom_type == "MultiPolygon"
    assert abs(geom.area - (100 - 36 + 1)) < 1e-9
    assert not geom.contains(__import__("shapely").Point(5, 5))


def test_sea_feature_classes():
    assert _sea_feature("Sea of Japan") == "sea"
    assert _sea_feature("Strait of Malacca") == "strait"
    assert _sea_feature("Gulf of Aden") == "gulf"
    assert _sea_feature("North Pacific Ocean") == "ocean"


def test_sea_names_in_another_language_get_english_forms():
    assert _sea_english_forms("Bahía de Campeche") == ["Bay of Campeche", "Campeche Bay"]
    assert _sea_english_forms("Golfo San Jorge") == ["Gulf of San Jorge", "San Jorge Gulf"]
    assert _sea_english_forms("Selat Bali") == ["Bali Strait", "Strait of Bali"]
    assert _sea_english_forms("Gulf of Mexico") == [] and _sea_english_forms("Bosporus") == []


def test_admin1_polygon_join_by_name_and_by_city_votes(tmp_path):
    """A tiny real GeoPackage: one polygon joins by name, two unnamed ones join one coarser unit by city votes,
    and a same-named polygon that misses the unit's cities is rejected by the city check."""
    import geopandas as gpd
    import shapely

    from geomap.gazetteer.build import _Builder, _Rec

    boxes = [shapely.box(0, 0, 1, 1), shapely.box(2, 0, 3, 1), shapely.box(3, 0, 4, 1), shapely.box(10, 10, 11, 11)]
    frame = gpd.GeoDataFrame({"iso_a2": ["XA"] * 4, "adm0_a3": ["XAA"] * 4,
                              "name": ["Alpha", "Somewhere", "Elsewhere", "Gamma"],
                              "gn_name": [None, None, None, None], "woe_name": [None] * 4, "fips": [None] * 4},
                             geometry=[shapely.MultiPolygon([b]) for b in boxes], crs="EPSG:4326")
    gpkg = tmp_path / "world_map.gpkg"
    frame.to_file(gpkg, layer="states_provinces", driver="GPKG")
    b = _Builder(curated_dir=tmp_path, progress=False)
    b.iso3_by_iso2 = {"XA": "XAA"}
    b.city_points = {}
    cities = {"XA.01": [(0.5, 0.5), (0.2, 0.3), (0.7, 0.8)],
              "XA.02": [(0.5, 2.5), (0.2, 2.2), (0.3, 2.7), (0.6, 3.5), (0.4, 3.3), (0.1, 3.9)],
              "XA.03": [(5.5, 5.5), (5.2, 5.3), (5.1, 5.6)]}
    for i, (code, name) in enumerate([("XA.01", "Alpha"), ("XA.02", "Beta"), ("XA.03", "Gamma")]):
        rec = _Rec(id=f"gn:{i}", name=name, kind="admin1", lat=0.5, lon=0.5, feature="ADM1", source="t",
                   country_iso2="XA", admin1_code=code)
        rec.add_name(name, "primary")
        b.recs[rec.id] = rec
        b.admin1_by_gncode[code] = rec
        b.city_points[code] = [(lat, lon, 1000) for lat, lon in cities[code]]
    b.load_admin1_polygons(gpkg)
    alpha, beta, gamma = b.recs["gn:0"], b.recs["gn:1"], b.recs["gn:2"]
    assert alpha.geometry is not None and alpha.geometry.contains(shapely.Point(0.5, 0.5))
    assert "name" in alpha.raw["polygon_source"]
    assert beta.geometry is not None and abs(beta.geometry.area - 2.0) < 1e-6  # two boxes joined by votes
    assert gamma.geometry is None  # named "Gamma" but holds none of Gamma's cities
    assert b.admin1_join["joined"] == 2 and b.admin1_join["rejected"] == 1
