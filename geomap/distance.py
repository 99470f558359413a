"""Great-circle distance on the mean Earth sphere: the one definition the gazetteer, the resolver, the evaluation
and the store share (the store's array version in :mod:`geomap.store.base` uses the same radius)."""

from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

#: IUGG mean Earth radius, km
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in degrees (haversine, R = 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
