"""A list of events with the views users ask for: GeoJSON, a GeoDataFrame, ACLED-like CSV, JSONL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError
from .io import atomic_write
from .model import Event

if TYPE_CHECKING:
    import geopandas

__all__ = ["EventCollection", "EXPORT_FORMATS", "ACLED_COLUMNS"]

EXPORT_FORMATS = ("geojson", "jsonl", "csv")
#: CSV columns, named as ACLED names them where a column has an ACLED twin.
ACLED_COLUMNS = (
    "event_id", "event_date", "date_end", "time_precision", "event_type", "code", "actor1", "actor2",
    "actor1_country", "actor2_country", "country", "location", "location_id", "latitude", "longitude",
    "geo_precision", "source", "source_url", "published", "notes",
)
_TIME_PRECISION = {"day": 1, "week": 2, "month": 2, "range": 2, "year": 3}


class EventCollection(Sequence[Event]):
    """Events from one or more articles."""

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._events = list(events)

    def __getitem__(self, i):  # type: ignore[override]
        return self._events[i]

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __repr__(self) -> str:
        return f"EventCollection({len(self)} events)"

    @property
    def located(self) -> list[Event]:
        return [e for e in self._events if e.place is not None]

    # -- views ---------------------------------------------------------------------------------------
    def to_geojson(self, *, located_only: bool = False) -> dict[str, Any]:
        """A GeoJSON FeatureCollection, one Feature per event (geometry ``null`` where no place was found)."""
        events = self.located if located_only else self._events
        return {"type": "FeatureCollection", "features": [e.to_feature() for e in events]}

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """Located events as a GeoDataFrame in EPSG:4326 (list properties kept as lists)."""
        import geopandas

        features = self.to_geojson(located_only=True)["features"]
        if not features:
            return geopandas.GeoDataFrame({"event_id": []}, geometry=[], crs="EPSG:4326")
        gdf = geopandas.GeoDataFrame.from_features(features, crs="EPSG:4326")
        return gdf

    def acled_rows(self) -> list[dict[str, Any]]:
        rows = []
        for e in self._events:
            actors = [a for a in e.actors if a.role in ("actor", "partner", "host")] or list(e.actors)
            others = [a for a in e.actors if a not in actors[:1]]
            a1 = actors[0] if actors else None
            a2 = others[0] if others else None
            rows.append({
                "event_id": e.event_id,
                "event_date": e.date.start.isoformat() if e.date else "",
                "date_end": e.date.end.isoformat() if e.date else "",
                "time_precision": _TIME_PRECISION.get(e.date.precision, 3) if e.date else "",
                "event_type": e.event_type,
                "code": e.code or "",
                "actor1": a1.name if a1 else "",
                "actor2": a2.name if a2 else "",
                "actor1_country": (a1.country or "") if a1 else "",
                "actor2_country": (a2.country or "") if a2 else "",
                "country": e.place.country_iso3 or "" if e.place else "",
                "location": e.place.name if e.place else "",
                "location_id": e.place.id if e.place else "",
                "latitude": e.place.lat if e.place else "",
                "longitude": e.place.lon if e.place else "",
                "geo_precision": e.geo_precision or "",
                "source": e.article_id,
                "source_url": e.url or "",
                "published": e.published.isoformat() if e.published else "",
                "notes": e.sentence,
            })
        return rows

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.acled_rows())
        return buf.getvalue()

    def to_jsonl(self) -> str:
        return "".join(json.dumps(e.to_feature()["properties"] | {"geometry": e.to_feature()["geometry"]},
                                  ensure_ascii=False) + "\n" for e in self._events)

    def dumps(self, fmt: str) -> str:
        """The collection serialised as ``fmt`` (one of :data:`EXPORT_FORMATS`)."""
        if fmt == "geojson":
            return json.dumps(self.to_geojson(), ensure_ascii=False, indent=1) + "\n"
        if fmt == "jsonl":
            return self.to_jsonl()
        if fmt == "csv":
            return self.to_csv()
        raise OutputError(f"Unknown output format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}.")

    def write(self, path: str | Path, *, fmt: str | None = None) -> Path:
        """Write atomically; the format defaults to the file's extension."""
        path = Path(path)
        fmt = fmt or path.suffix.lstrip(".").lower()
        return atomic_write(path, self.dumps(fmt))
