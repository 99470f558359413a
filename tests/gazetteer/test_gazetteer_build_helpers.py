"""Build helpers that need no built gazetteer."""

from __future__ import annotations

from geomap.gazetteer.build import _rings_to_geometry, _sea_feature


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
