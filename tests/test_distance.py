"""Tests for geomap.distance: the one great-circle distance the package shares."""

from __future__ import annotations

import math

import numpy as np
import pytest

from geomap.distance import EARTH_RADIUS_KM, haversine_km
from geomap.store.base import haversine_km as haversine_km_array

LONDON = (51.5074, -0.1278)
PARIS = (48.8566, 2.3522)


def test_haversine_london_paris_is_343_5_km():
    assert haversine_km(*LONDON, *PARIS) == pytest.approx(343.56, abs=0.05)
    assert haversine_km(*LONDON, *LONDON) == 0.0
    # half the circumference with R = 6371.0088 km
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM, abs=1e-6)
    assert EARTH_RADIUS_KM == 6371.0088


def test_store_array_version_agrees_with_the_scalar_one():
    lats = np.array([LONDON[0], 0.0, -33.87, 64.13])
    lons = np.array([LONDON[1], 179.5, 151.21, -21.9])
    got = haversine_km_array(PARIS[0], PARIS[1], lats, lons)
    want = [haversine_km(*PARIS, la, lo) for la, lo in zip(lats, lons)]
    assert got == pytest.approx(want, rel=1e-12)
