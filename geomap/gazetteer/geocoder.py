"""``LocalGazetteer``: the offline gazetteer as a geopy geocoder.

It plugs into code written for geopy: ``RateLimiter(LocalGazetteer().geocode)``,
``geopandas.tools.geocode(names, provider=LocalGazetteer)`` (geopandas instantiates the class with the extra
keyword arguments, so ``path=`` passes through). No network is ever used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.gazetteer.gazetteer import Gazetteer, get_gazetteer
from geomap.model import Place

__all__ = ["LocalGazetteer"]


def _fields(place: Place) -> dict[str, Any]:
    raw = {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "lat": place.lat,
        "lon": place.lon,
        "country_iso2": place.country_iso2,
        "country_iso3": place.country_iso3,
        "admin1": place.admin1,
        "admin1_code": place.admin1_code,
        "population": place.population,
        "geonameid": place.geonameid,
        "feature_code": place.feature_code,
        "definition": place.definition,
        "source": place.source,
        "name_type": place.raw.get("name_type"),
        "prior": place.raw.get("prior"),
        "place": place,
    }
    return raw


def _address(place: Place, gaz: Gazetteer) -> str:
    parts = [place.name]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.kind != "country" and place.country_iso2:
        try:
            parts.append(gaz.country(place.country_iso2).name)
        except LookupError:
            parts.append(place.country_iso2)
    return ", ".join(parts)


class LocalGazetteer(Geocoder):
    """geopy geocoder over the local gazetteer.

    ``LocalGazetteer()`` uses the shared gazetteer; ``LocalGazetteer(path=...)`` opens another directory;
    ``LocalGazetteer(gazetteer=gaz)`` wraps an open one. ``Location.raw`` holds the place's fields and the
    :class:`~geomap.model.Place` itself under ``"place"``.
    """

    def __init__(self, *, path: str | Path | None = None, gazetteer: Gazetteer | None = None,
                 user_agent: str | None = None, **kwargs: Any) -> None:
        super().__init__(user_agent=user_agent or "geomap-local-gazetteer", **kwargs)
        if gazetteer is not None:
            self.gazetteer = gazetteer
        elif path is not None:
            self.gazetteer = Gazetteer.open(path)
        else:
            self.gazetteer = get_gazetteer()

    def _location(self, place: Place) -> Location:
        return Location(_address(place, self.gazetteer), Point(place.lat, place.lon), _fields(place))

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None,
                kinds: Iterable[str] | None = None, country: str | None = None,
                limit: int | None = None) -> Location | list[Location] | None:
        """The best place (``exactly_one``) or all places called ``query``; ``None`` when nothing matches.

        A query "Name, Country" is tried whole first, then as the name filtered by that country.
        """
        if not isinstance(query, str) or not query.strip():
            return None
        places = self.gazetteer.lookup(query, kinds=kinds, country=country, limit=1 if exactly_one else limit)
        if not places and "," in query:
            name, _, rest = query.partition(",")
            cc = country
            if cc is None:
                try:
                    cc = self.gazetteer.country(rest.strip()).country_iso2
                except LookupError:
                    cc = None
            places = self.gazetteer.lookup(name, kinds=kinds, country=cc, limit=1 if exactly_one else limit)
        if not places:
            return None
        locations = [self._location(p) for p in places]
        return locations[0] if exactly_one else locations

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: float | None = None,
                language: Any = None) -> Location | list[Location] | None:
        """The most specific place at a point (sea, else admin-1, else country); ``None`` when nothing is there."""
        point = self._coerce_point_to_string(query)  # validates like every geopy geocoder
        lat_s, lon_s = point.split(",")
        result = self.gazetteer.reverse(float(lat_s), float(lon_s))
        places = [p for p in (result.sea, result.admin1, result.country) if p is not None]
        if not places:
            return None
        locations = [self._location(p) for p in places]
        return locations[0] if exactly_one else locations
