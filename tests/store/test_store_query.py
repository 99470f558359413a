"""EventQuery validation and the shared query semantics of geomap.store.base (no store needed)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
import shapely

from geomap.errors import QueryError
from geomap.store.base import EARTH_RADIUS_KM, haversine_km, radius_boxes, region_boxes, split_bbox, wrap_region
from geomap.store.query import EventQuery

VLADIVOSTOK = (43.10562, 131.87353)
BEIJING = (39.9075, 116.39723)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"bbox": (1, 2, 3)}, "four numbers"),
        ({"bbox": (100, 95, 120, 50)}, "latitude"),
        ({"bbox": (-200, 0, 10, 10)}, "longitude"),
        ({"bbox": (100, 40, 120, 30)}, "north of N"),
        ({"bbox": (100, 10, 100, 30)}, "no width"),
        ({"bbox": (100, "x", 120, 30)}, "must be a number"),
        ({"near": VLADIVOSTOK}, "without radius_km"),
        ({"radius_km": 300}, "without near"),
        ({"near": VLADIVOSTOK, "radius_km": -5}, "greater than 0"),
        ({"near": VLADIVOSTOK, "radius_km": float("nan")}, "finite"),
        ({"near": (131.9, 43.1), "radius_km": 10}, "latitude first"),
        ({"since": "2025-08-01", "until": "2025-07-01"}, "is after until"),
        ({"since": "last week"}, "ISO date"),
        ({"until": "2025-02-30"}, "not a valid date"),
        ({"country": "China"}, "alpha-3"),
        ({"region": "western Pacific"}, "shapely geometry"),
        ({"region": shapely.Polygon()}, "empty"),
        ({"region": shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])}, "not a valid geometry"),
        ({"region": shapely.box(10, 100, 20, 110)}, "swapped"),
        ({"text": "   "}, "non-empty"),
        ({"actor": 5}, "non-empty string"),
    ],
)
def test_query_invalid_filters_raise_query_error(filters: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        EventQuery(**filters)


def test_query_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        EventQuery(radius_km=10)


def test_query_build_rejects_unknown_filter_and_merges() -> None:
    with pytest.raises(QueryError, match="unknown filter.*bounding"):
        EventQuery.build(bounding=(0, 0, 1, 1))
    base = EventQuery(country="chn")
    merged = EventQuery.build(base, since="2025")
    assert merged.country == "CHN" and merged.since == dt.date(2025, 1, 1)
    assert EventQuery.build(None).is_empty


def test_query_partial_dates_cover_whole_periods() -> None:
    q = EventQuery(since="2025-07", until="2025")
    assert q.since == dt.date(2025, 7, 1) and q.until == dt.date(2025, 12, 31)
    assert EventQuery(until="2024-02").until == dt.date(2024, 2, 29)
    assert EventQuery(since=dt.datetime(2025, 7, 31, 14, 5)).since == dt.date(2025, 7, 31)


def test_haversine_matches_known_distance_and_radius() -> None:
    # Beijing–Vladivostok great-circle distance, computed independently with the spherical law of cosines
    p1, p2 = map(math.radians, (BEIJING[0], VLADIVOSTOK[0]))
    dl = math.radians(VLADIVOSTOK[1] - BEIJING[1])
    expected = EARTH_RADIUS_KM * math.acos(math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl))
    assert float(haversine_km(*BEIJING, *VLADIVOSTOK)) == pytest.approx(expected, rel=1e-9)
    assert 1300 < expected < 1400
    assert float(haversine_km(0, 0, 0, 180)) == pytest.approx(math.pi * 6371.0088)


def test_radius_boxes_cover_the_circle_and_split_at_antimeridian() -> None:
    (box,) = radius_boxes(*VLADIVOSTOK, 300)
    w, s, e, n = box
    assert w < VLADIVOSTOK[1] < e and s < VLADIVOSTOK[0] < n
    # points on the circle at 0/90/180/270 degrees bearing are inside the box
    for bearing in range(0, 360, 15):
        d = 299.0 / EARTH_RADIUS_KM
        lat1, lon1, b = math.radians(VLADIVOSTOK[0]), math.radians(VLADIVOSTOK[1]), math.radians(bearing)
        lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(b))
        lon2 = lon1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
        assert w <= math.degrees(lon2) <= e and s <= math.degrees(lat2) <= n
    suva = (-18.14161, 178.44149)
    boxes = radius_boxes(*suva, 800)
    assert len(boxes) == 2 and boxes[0][2] == 180.0 and boxes[1][0] == -180.0
    assert radius_boxes(85.0, 10.0, 1000) == [(-180.0, radius_boxes(85.0, 10.0, 1000)[0][1], 180.0, 90.0)]


def test_bbox_and_region_wrap_across_the_antimeridian() -> None:
    assert split_bbox((170, -25, -170, -10)) == [(170, -25, 180.0, -10), (-180.0, -25, -170, -10)]
    region = shapely.box(170, -25, 190, -10)
    wrapped = wrap_region(region)
    assert wrapped.intersects(shapely.Point(-175.2018, -21.13938))
    assert sorted(region_boxes(region)) == [(-180.0, -25.0, -170.0, -10.0), (170.0, -25.0, 180.0, -10.0)]
