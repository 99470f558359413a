"""Layered, self-contained Folium maps of events.

:func:`render_map` draws one layer per actor (a country's ISO3 code or a named actor without a country;
events with no actor go to ``unattributed``), each coloured by a hash of the actor key so an actor keeps
its colour across maps. A time slider (folium's ``Timeline`` + ``TimelineSlider``) filters events by their
date range; points cluster when dense; events at a sea or region are drawn as that polygon. Popups show
the event type, actors, date and place with their precision, the source sentence with the trigger and
place words marked, and the article.

Large collections stay fast because the page carries data, not markup: event columns (ids, coordinates,
days, polygon refs, layer members) in one JSON block parsed on load, the popup fields in a second block
parsed only when a popup opens, and each sea/region polygon stored once. In the browser each actor layer
is an ``L.Timeline`` (so the slider drives it) that clusters its shown events for the current zoom and view
with a grid-indexed greedy pass (Supercluster's method, redone on every move, so it follows the slider);
cluster icons are written as one HTML string, and only single events become Leaflet markers. The view fits
the densest group of events and ignores ocean-sized areas; polygons split at ±180 are drawn continuously.

Everything that comes from an article reaches the page escaped: strings are JSON-encoded with ``<``, ``>``,
``&`` as ``\\u003c``-style escapes (so no ``</script>`` can close a tag), and the browser code escapes every
field before it goes into HTML. Offline (the default) the page inlines its libraries
(:mod:`geomap.assets`) and draws a basemap from the gazetteer's own country and sea polygons.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import tempfile
import zlib
from functools import lru_cache
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.errors import InputError, OutputError
from geomap.model import GEO_PRECISION, Event, Place

__all__ = [
    "Basemap",
    "BasemapShape",
    "PALETTE",
    "TILES",
    "UNATTRIBUTED",
    "actor_color",
    "actor_layers",
    "highlight_spans",
    "render_map",
    "write_atomic",
]

#: Accepted ``tiles=`` values.
TILES = ("offline", "openstreetmap")

#: Key and label of the layer for events without an actor.
UNATTRIBUTED = "unattributed"

#: Fixed palette the actor keys hash into (colour-blind-aware, distinct on a pale basemap).
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
    "#31a354", "#756bb1", "#636363", "#b5179e",
)
_UNATTRIBUTED_COLOR = "#7f7f7f"

_SEA_COLOR = "#c6dbef"
_LAND_COLOR = "#f2efe9"
_BORDER_COLOR = "#b8b3a8"
_SEA_SHAPE_COLOR = "#b3cde3"
_MS_PER_DAY = 86_400_000
#: Douglas-Peucker tolerance (degrees) of the built-in basemap's countries and seas: about 5 / 10 km, which is
#: below a pixel up to zoom 4 and keeps the page light (Natural Earth: 0.9 MB instead of 3 MB at 0.01).
_BASEMAP_TOLERANCE = 0.05
_BASEMAP_SEA_TOLERANCE = 0.1
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@dataclass(slots=True, frozen=True)
class BasemapShape:
    """One polygon of the built-in basemap: a country (``key`` = ISO3) or a sea."""

    name: str
    geometry: Any  # shapely Polygon / MultiPolygon
    key: str | None = None


@dataclass(slots=True)
class Basemap:
    """Country and sea polygons drawn under the events when there are no tiles.

    Build it from gazetteer places with :meth:`from_places`; country names also label actor layers.
    """

    countries: list[BasemapShape] = field(default_factory=list)
    seas: list[BasemapShape] = field(default_factory=list)

    @classmethod
    def from_places(cls, countries: Iterable[Place], seas: Iterable[Place] = ()) -> Basemap:
        """Basemap from gazetteer ``Place`` records; places without an area are skipped."""
        return cls(
            countries=[BasemapShape(p.name, p.geometry, p.country_iso3) for p in countries if p.has_area],
            seas=[BasemapShape(p.name, p.geometry) for p in seas if p.has_area],
        )

    def country_names(self) -> dict[str, str]:
        """ISO3 → country name for every country shape that has a key."""
        return {shape.key: shape.name for shape in self.countries if shape.key}


def actor_color(key: str) -> str:
    """Deterministic colour of an actor key (same key → same colour on every map)."""
    if key == UNATTRIBUTED:
        return _UNATTRIBUTED_COLOR
    return PALETTE[zlib.crc32(key.encode("utf-8")) % len(PALETTE)]


def _actor_key(name: str, country: str | None) -> str:
    return country.strip().upper() if country and country.strip() else " ".join(name.split())


def actor_layers(event: Event) -> list[str]:
    """Keys of the actor layers ``event`` belongs to (ISO3 or actor name; ``unattributed`` if none)."""
    keys: list[str] = []
    for actor in event.actors:
        key = _actor_key(actor.name, actor.country)
        if key and key not in keys:
            keys.append(key)
    return keys or [UNATTRIBUTED]


def _find(haystack: str, needle: str | None) -> tuple[int, int] | None:
    if not needle or not needle.strip():
        return None
    i = haystack.lower().find(needle.strip().lower())
    return (i, i + len(needle.strip())) if i >= 0 else None


def _from_span(sentence: str, span: tuple[int, int] | None, offset: int | None, word: str | None) -> tuple[int, int] | None:
    if span is None or offset is None:
        return None
    start, end = span[0] - offset, span[1] - offset
    if not 0 <= start < end <= len(sentence):
        return None
    if word and sentence[start:end].strip().lower() != word.strip().lower():
        return None  # offsets do not point at the word: the sentence was cleaned differently
    return (start, end)


def highlight_spans(event: Event) -> list[tuple[int, int, str]]:
    """Offsets in ``event.sentence`` of the trigger (``"t"``) and place (``"p"``) words, sorted.

    Uses the article offsets (``trigger_span``/``location_span`` minus ``sentence_span[0]``) and falls
    back to a case-insensitive search when they are missing or do not match the sentence.
    """
    sentence = event.sentence or ""
    offset = event.sentence_span[0] if event.sentence_span else None
    place_word = event.location_text or (event.place.name if event.place else None)
    found: list[tuple[int, int, str]] = []
    trig = _from_span(sentence, event.trigger_span, offset, event.trigger) or _find(sentence, event.trigger)
    if trig:
        found.append((trig[0], trig[1], "t"))
    loc = _from_span(sentence, event.location_span, offset, event.location_text) or _find(sentence, place_word)
    if loc and not (trig and loc[0] < trig[1] and trig[0] < loc[1]):
        found.append((loc[0], loc[1], "p"))
    return sorted(found)


def _ms(day: dt.date) -> int:
    return (day.toordinal() - _EPOCH_ORDINAL) * _MS_PER_DAY


def _safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) link (never ``javascript:`` and the like), else ``None``."""
    return url if url and url.lstrip()[:8].lower().startswith(("http://", "https://")) else None


def _script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&`` or JS line separators survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _escape_script_json(text)


def _escape_script_json(text: str) -> str:
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _geometries_json(geometries: Sequence[Any], tolerance: float, digits: int) -> list[str]:
    """GeoJSON geometry texts, simplified and rounded to ``digits`` decimals; Douglas-Peucker without topology repair (display only)."""
    import numpy as np
    import shapely

    array = np.asarray(list(geometries), dtype=object)
    if not len(array):
        return []
    if tolerance > 0:
        simple = shapely.simplify(array, tolerance, preserve_topology=False)
        array = np.where(shapely.is_empty(simple), array, simple)
    array = shapely.transform(array, lambda coords: np.round(coords, digits))
    return list(shapely.to_geojson(array))


def _is_polygon_event(place: Place) -> bool:
    return place.kind in ("sea", "region") and place.has_area


#: A place whose area spans more than this many degrees (either way) is "ocean-sized": it never decides the view.
_OCEAN_SIZED_DEG = 40.0
#: Grid cell (degrees) of the coarse clustering that finds the densest group of events for the initial view.
_FIT_CELL_DEG = 15.0
#: The densest group decides the view when it holds at least this share of the events; else all of them do.
_FIT_MIN_SHARE = 0.5


@dataclass(slots=True)
class _Layer:
    key: str
    label: str
    color: str
    features: list[int] = field(default_factory=list)  # indexes into the page's event columns


@dataclass(slots=True)
class _Page:
    """Everything the page needs, as JSON text ready for ``<script type="application/json">``.

    ``data_json`` (coordinates, days, polygons, layer members) is parsed when the page opens;
    ``details_json`` (popup fields) only when the first marker or popup needs it.
    """

    layers: list[_Layer]
    data_json: str
    details_json: str
    bounds: list[list[float]] | None
    time_range: tuple[int, int] | None
    n_events: int
    n_unplaced: int


def _place_is_ocean_sized(place: Place) -> bool:
    if not place.has_area:
        return False
    minx, miny, maxx, maxy = place.geometry.bounds
    return maxx - minx > _OCEAN_SIZED_DEG or maxy - miny > _OCEAN_SIZED_DEG


def _fit_bounds(lats: Sequence[float], lons: Sequence[float], ocean: Sequence[bool],
                extra: Sequence[tuple[int, float, float, float, float]] = ()) -> list[list[float]] | None:
    """View bounds ``[[s, w], [n, e]]`` for event points: the densest group, never ocean-sized places.

    Points of ocean-sized places count only when there are no others. Points are grouped by
    connected ``_FIT_CELL_DEG`` grid cells (longitude wraps); the largest group decides when it holds at
    least ``_FIT_MIN_SHARE`` of the points, else every point does. ``extra`` adds ``(point index, minx,
    miny, maxx, maxy)`` boxes of small polygons whose point is kept. Longitudes may exceed 180 when the
    chosen group straddles the antimeridian.
    """
    import numpy as np

    if not len(lats):
        return None
    lat, lon, big = np.asarray(lats, float), np.asarray(lons, float), np.asarray(ocean, bool)
    keep = ~big if (~big).any() else np.ones(len(lat), bool)
    ncols = round(360 / _FIT_CELL_DEG)
    cx = np.clip(((lon + 180) // _FIT_CELL_DEG).astype(int), 0, ncols - 1)
    cy = np.clip(((lat + 90) // _FIT_CELL_DEG).astype(int), 0, int(180 / _FIT_CELL_DEG) - 1)
    cells, counts = np.unique(np.stack([cx[keep], cy[keep]], axis=1), axis=0, return_counts=True)
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {(int(x), int(y)): i for i, (x, y) in enumerate(cells)}
    for (x, y), i in index.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                j = index.get(((x + dx) % ncols, y + dy))
                if j is not None:
                    parent[root(i)] = root(j)
    totals: dict[int, int] = {}
    for i, n in enumerate(counts):
        totals[root(i)] = totals.get(root(i), 0) + int(n)
    best = max(totals, key=lambda r: totals[r])
    if totals[best] >= _FIT_MIN_SHARE * int(keep.sum()):
        chosen = {(int(x), int(y)) for i, (x, y) in enumerate(cells) if root(i) == best}
        member = np.array([(int(a), int(b)) in chosen for a, b in zip(cx, cy)]) & keep
    else:
        member = keep
    lon = lon.copy()
    cols = {int(c) for c in cx[member]}
    wraps = 0 in cols and ncols - 1 in cols and len(cols) < ncols
    if wraps:  # the group straddles the antimeridian: measure it in one continuous frame
        lon[lon < 0] += 360
    s, n, w, e = lat[member].min(), lat[member].max(), lon[member].min(), lon[member].max()
    for i, minx, miny, maxx, maxy in extra:
        if member[i]:
            shift = 360 if wraps and minx < 0 else 0
            s, n, w, e = min(s, miny), max(n, maxy), min(w, minx + shift), max(e, maxx + shift)
    return [[float(s), float(w)], [float(n), float(e)]]


def _unwrap_antimeridian(geometry: Any, *, east: bool) -> Any:
    """A polygon split at ±180 made continuous: its western parts shifted by +360 (``east``) or vice versa."""
    import shapely

    minx, _, maxx, _ = geometry.bounds
    if geometry.geom_type != "MultiPolygon" or minx > -179.0 or maxx < 179.0:
        return geometry
    parts = []
    for part in geometry.geoms:
        x = part.centroid.x
        if east and x < 0:
            part = shapely.transform(part, lambda c: c + (360.0, 0.0))
        elif not east and x > 0:
            part = shapely.transform(part, lambda c: c - (360.0, 0.0))
        parts.append(part)
    return shapely.MultiPolygon(parts)


def _build_page(events: Sequence[Event], names: Mapping[str, str]) -> _Page:
    articles: dict[tuple[Any, ...], int] = {}
    article_rows: list[list[Any]] = []
    places: dict[tuple[Any, ...], int] = {}
    place_rows: list[list[Any]] = []
    geoms: dict[str, int] = {}
    geom_shapes: list[Any] = []
    layers: dict[str, _Layer] = {}
    xs: list[float] = []
    ys: list[float] = []
    days_lo: list[int | None] = []
    days_hi: list[int | None] = []
    geom_of: list[int] = []  # 0: a point, else polygon index + 1
    rows: list[list[Any]] = []
    ids: list[str] = []
    precisions: list[int | None] = []
    ocean: list[bool] = []
    small_boxes: list[tuple[int, float, float, float, float]] = []
    t_lo: int | None = None
    t_hi: int | None = None
    unplaced = 0
    for event in events:
        place = event.place
        if place is None:
            unplaced += 1
            continue
        index = len(rows)
        precision = event.geo_precision or place.geo_precision
        place_key = (place.id, place.name, place.kind)
        if place_key not in places:
            places[place_key] = len(place_rows)
            place_rows.append([place.name, place.kind, place.id])
        url = _safe_url(event.url)
        art_key = (event.article_id, event.title, url, event.published)
        if art_key not in articles:
            articles[art_key] = len(article_rows)
            article_rows.append([event.article_id, event.title, url, event.published.isoformat() if event.published else None])
        date_info: Any = 0
        if event.date is not None:
            lo = event.date.start.toordinal() - _EPOCH_ORDINAL
            hi = event.date.end.toordinal() - _EPOCH_ORDINAL
            days_lo.append(lo)
            days_hi.append(hi)
            date_info = [event.date.precision, event.date.text] if event.date.text else [event.date.precision]
            t_lo = lo if t_lo is None else min(t_lo, lo)
            t_hi = hi if t_hi is None else max(t_hi, hi)
        else:
            days_lo.append(None)
            days_hi.append(None)
        # one compact row per event; 0 marks an absent optional field (see geomapPopup)
        ids.append(event.event_id)
        precisions.append(precision)
        rows.append([
            event.event_type,
            event.trigger or 0,
            [[a.name, a.country] + ([a.role] if a.role != "actor" else []) for a in event.actors],
            places[place_key],
            precision,
            event.location_text if event.location_text and event.location_text != place.name else 0,
            event.sentence or "",
            [list(s) for s in highlight_spans(event)] or 0,
            event.code or 0,
            date_info,
            articles[art_key],
        ])
        if _is_polygon_event(place):
            if place.id not in geoms:
                geoms[place.id] = len(geom_shapes)
                geom_shapes.append(place.geometry)
            if not _place_is_ocean_sized(place):
                small_boxes.append((index, *place.geometry.bounds))
            geom_of.append(geoms[place.id] + 1)
        else:
            geom_of.append(0)
        ocean.append(_is_polygon_event(place) and _place_is_ocean_sized(place))
        xs.append(round(place.lon, 5))
        ys.append(round(place.lat, 5))
        for key in actor_layers(event):
            layer = layers.get(key)
            if layer is None:
                layer = layers[key] = _Layer(key, _layer_label(key, event, names), actor_color(key))
            layer.features.append(index)
    ordered = sorted(layers.values(), key=lambda lay: (lay.key == UNATTRIBUTED, -len(lay.features), lay.label.lower()))
    bounds = _fit_bounds(ys, xs, ocean, small_boxes)
    east = bounds is None or (bounds[0][1] + bounds[1][1]) / 2 >= 0  # the view's side of the antimeridian
    shapes = [_unwrap_antimeridian(g, east=east) for g in geom_shapes]
    data = {"id": ids, "pr": precisions, "x": xs, "y": ys, "lo": days_lo, "hi": days_hi, "g": geom_of, "layers": [lay.features for lay in ordered]}
    data_text = _script_json(data)
    geoms_text = _escape_script_json("[" + ",".join(_geometries_json(shapes, 0.01, 4)) + "]")
    return _Page(
        layers=ordered,
        data_json=data_text[:-1] + ',"geoms":' + geoms_text + "}",
        details_json=_script_json({"ev": rows, "places": place_rows, "articles": article_rows}),
        bounds=bounds,
        time_range=(t_lo * _MS_PER_DAY, (t_hi + 1) * _MS_PER_DAY - 1) if t_lo is not None and t_hi is not None else None,
        n_events=len(events),
        n_unplaced=unplaced,
    )


def _layer_label(key: str, event: Event, names: Mapping[str, str]) -> str:
    if key == UNATTRIBUTED:
        return UNATTRIBUTED
    for actor in event.actors:
        if actor.country and _actor_key(actor.name, actor.country) == key:
            name = names.get(key)
            return f"{key} · {name}" if name else key
    return key


def _padded(bounds: list[list[float]], minimum: float = 2.0) -> list[list[float]]:
    (s, w), (n, e) = bounds
    if n - s < minimum:
        mid = (n + s) / 2
        s, n = mid - minimum / 2, mid + minimum / 2
    if e - w < minimum:
        mid = (e + w) / 2
        w, e = mid - minimum / 2, mid + minimum / 2
    return [[max(s, -85.0), w], [min(n, 85.0), e]]


def render_map(
    events: Sequence[Event],
    *,
    title: str = "geomap",
    basemap: Basemap | None = None,
    tiles: str = "offline",
    output: str | Path | None = None,
    country_names: Mapping[str, str] | None = None,
) -> str:
    """Render ``events`` as a self-contained HTML map and return the HTML.

    ``basemap`` polygons are drawn under the events (the only background when ``tiles="offline"``);
    ``tiles="openstreetmap"`` adds OSM tiles on top and needs a network when viewed. ``country_names``
    (ISO3 → name) labels country layers; the basemap's countries are used when it is not given.
    When ``output`` is given the page is also written there atomically (parents are created).
    """
    if tiles not in TILES:
        raise InputError(f"Got tiles={tiles!r}; `tiles` must be one of {TILES}.")
    names: dict[str, str] = basemap.country_names() if basemap else {}
    names.update(country_names or {})
    page = _build_page(events, names)
    page_html = _render_folium(page, title=title, basemap=basemap, tiles=tiles)
    if output is not None:
        write_atomic(output, page_html)
    return page_html


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            tmp_name = handle.name
            handle.write(text)
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as err:
        reason = err.strerror or str(err)
        raise OutputError(
            f"cannot write the map to {str(target)!r}: {reason}; choose a writable file path (its folder "
            "must be a directory you can write to)"
        ) from err
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------------------------------
# folium elements


@lru_cache(maxsize=1)
def _elements():  # noqa: C901 - folium is imported lazily, so the element classes are built here
    import folium
    from branca.element import MacroElement
    from folium.elements import JSCSSMixin
    from folium.map import Layer
    from folium.template import Template

    class Runtime(JSCSSMixin, MacroElement):
        """The page's shared code: escaping, popups, markers and the clustered timeline layer."""

        default_js = [
            ("timeline", "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js"),
            ("moment", "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js"),
        ]
        _template = Template(
            """
            {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
            {% macro html(this, kwargs) %}
            <script type="application/json" id="geomap-data">{{ this.data_json }}</script>
            <script type="application/json" id="geomap-details">{{ this.details_json }}</script>
            {% endmacro %}
            {% macro script(this, kwargs) %}
            window.geomap = {initialising: true, ready: false, timelines: [], t0: performance.now(),
                precision: {{ this.precision_json }}};
            {{ this.js }}
            {% endmacro %}
            """
        )

        def __init__(self, page: _Page) -> None:
            super().__init__()
            self._name = "GeomapRuntime"
            self.data_json = page.data_json
            self.details_json = page.details_json
            self.precision_json = _script_json({str(k): v for k, v in GEO_PRECISION.items()})
            self.css = _CSS
            self.js = _JS

    class ActorTimeline(Layer):
        """One actor's events: a ``L.Timeline`` drawn as clusters, markers and polygons for the current view."""

        _template = Template(
            """
            {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geomapTimeline({{ this.layer_no }}, {{ this.options_json }});
            {% endmacro %}
            """
        )

        def __init__(self, layer: _Layer, layer_no: int) -> None:
            swatch = f'<span class="geomap-swatch" style="background:{layer.color}"></span>'
            super().__init__(name=f"{swatch}{html.escape(layer.label)} ({len(layer.features)})", overlay=True)
            self._name = "Timeline"
            self.layer_no = layer_no
            self.options_json = _script_json({"color": layer.color, "key": layer.key})

    class Basemap_(MacroElement):
        """Country and sea polygons in their own pane under everything, drawn on one canvas."""

        _template = Template(
            """
            {% macro html(this, kwargs) %}
            <script type="application/json" id="geomap-basemap">{{ this.shapes_json }}</script>
            {% endmacro %}
            {% macro script(this, kwargs) %}
            (function (map) {
              var shapes = JSON.parse(document.getElementById("geomap-basemap").textContent);
              var pane = map.createPane("geomap-basemap");
              pane.style.zIndex = 150;
              pane.style.pointerEvents = "none";
              var renderer = L.canvas({pane: "geomap-basemap", padding: 0.5});
              L.geoJSON(shapes.seas, {pane: "geomap-basemap", renderer: renderer, interactive: false,
                style: {stroke: false, fillColor: "{{ this.sea_shape }}", fillOpacity: 0.45}}).addTo(map);
              L.geoJSON(shapes.countries, {pane: "geomap-basemap", renderer: renderer, interactive: false,
                style: {color: "{{ this.border }}", weight: 0.8, fillColor: "{{ this.land }}", fillOpacity: 1}}).addTo(map);
            })({{ this._parent.get_name() }});
            {% endmacro %}
            """
        )

        def __init__(self, basemap: Basemap) -> None:
            super().__init__()
            self._name = "GeomapBasemap"
            countries = self._collection(basemap.countries, _BASEMAP_TOLERANCE)
            seas = self._collection(basemap.seas, _BASEMAP_SEA_TOLERANCE)
            self.shapes_json = '{"countries":' + countries + ',"seas":' + seas + "}"
            self.land, self.border, self.sea_shape = _LAND_COLOR, _BORDER_COLOR, _SEA_SHAPE_COLOR

        @staticmethod
        def _collection(shapes: list[BasemapShape], tolerance: float) -> str:
            geoms = [s.geometry for s in shapes if s.geometry is not None and not s.geometry.is_empty]
            parts = ['{"type":"Feature","properties":{},"geometry":' + g + "}" for g in _geometries_json(geoms, tolerance, 2)]
            return _escape_script_json('{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}")

    class Finish(MacroElement):
        """Runs last: shows every event (all dates) until the slider is moved, then marks the page ready."""

        _template = Template(
            """
            {% macro script(this, kwargs) %}
            geomapFinish({{ this._parent.get_name() }}, {{ this.slider_name }});
            {% endmacro %}
            """
        )

        def __init__(self, slider_name: str) -> None:
            super().__init__()
            self._name = "GeomapFinish"
            self.slider_name = slider_name

    return folium, Runtime, ActorTimeline, Basemap_, Finish


def _render_folium(page: _Page, *, title: str, basemap: Basemap | None, tiles: str) -> str:
    from branca.element import Element
    from folium.plugins import TimelineSlider

    from geomap.assets import inline_assets

    folium, Runtime, ActorTimeline, BasemapElement, Finish = _elements()
    fmap = folium.Map(location=(20, 0), zoom_start=2, tiles=None, control_scale=True, world_copy_jump=True)
    # Only Leaflet itself: markers are divIcons, so Bootstrap, jQuery and the icon fonts stay out.
    fmap.default_js = [js for js in fmap.default_js if js[0] == "leaflet"]
    fmap.default_css = [css for css in fmap.default_css if css[0] == "leaflet_css"]
    fmap.options["maxZoom"] = 18  # the clustering and fitBounds need it when there is no tile layer
    fmap.options["minZoom"] = 1
    root = fmap.get_root()
    root.title = html.escape(title)
    root.header.add_child(Element(f"<style>.leaflet-container.folium-map {{ background: {_SEA_COLOR}; }}</style>"), name="geomap_bg")
    if basemap is not None:
        BasemapElement(basemap).add_to(fmap)
    if tiles == "openstreetmap":
        folium.TileLayer("OpenStreetMap", control=False).add_to(fmap)
    if page.bounds:  # before the layers, without animation: no re-clustering on load
        fit = folium.map.FitBounds(_padded(page.bounds), padding=(30, 30))
        fit.options["animate"] = False
        fit.add_to(fmap)
    Runtime(page).add_to(fmap)
    timelines = [ActorTimeline(layer, i).add_to(fmap) for i, layer in enumerate(page.layers)]
    slider = TimelineSlider(auto_play=False, date_options="YYYY-MM-DD", show_ticks=True, enable_keyboard_controls=False)
    if page.time_range:
        slider.options["start"], slider.options["end"] = page.time_range
    slider.add_timelines(*timelines).add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    Finish(slider.get_name()).add_to(fmap)
    root.html.add_child(Element(_title_html(title)), name="geomap_title")
    root.html.add_child(Element(_legend_html(page)), name="geomap_legend")
    return inline_assets(root.render())


def _title_html(title: str) -> str:
    return f'<div class="geomap-title">{html.escape(title)}</div>'


def _legend_html(page: _Page) -> str:
    rows = [
        f'<div><span class="geomap-swatch" style="background:{layer.color}"></span>{html.escape(layer.label)}</div>'
        for layer in page.layers
    ]
    badges = "".join(
        f'<div><span class="geomap-badge">{level}</span>{html.escape(text)}</div>' for level, text in GEO_PRECISION.items()
    )
    note = ""
    if page.n_unplaced:
        note = f'<div class="geomap-note">{page.n_unplaced} of {page.n_events} events have no place and are not shown</div>'
    return (
        '<div class="geomap-legend"><b>Actors</b>' + "".join(rows)
        + '<b>Place precision</b>' + badges
        + '<div><span class="geomap-area"></span>sea or region (area)</div>'
        + '<button type="button" class="geomap-all" onclick="geomapShowAll()">show all dates</button>'
        + note + "</div>"
    )


_CSS = """
.geomap-title{position:fixed;top:10px;left:50%;transform:translateX(-50%);z-index:1000;background:rgba(255,255,255,.92);
 padding:4px 14px;border-radius:4px;font:600 16px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:60%;
 overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.geomap-legend{position:fixed;right:10px;bottom:125px;z-index:1000;background:rgba(255,255,255,.92);padding:6px 10px;
 border-radius:4px;font:12px/1.5 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-height:40%;overflow:auto}
.geomap-legend b{display:block;margin-top:2px}
.geomap-swatch{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px;border:1px solid #fff}
.geomap-area{display:inline-block;width:14px;height:10px;margin-right:5px;background:rgba(120,120,120,.2);border:1.5px solid #666}
.geomap-badge{display:inline-block;width:16px;height:16px;line-height:14px;border-radius:50%;margin-right:5px;text-align:center;
 background:#555;color:#fff;font-weight:700;font-size:10px;border:1px solid #fff}
.geomap-note{color:#666;margin-top:4px}
.geomap-all{margin-top:4px;font-size:11px}
.geomap-marker div{box-sizing:border-box;width:20px;height:20px;border-radius:50%;border:2px solid #fff;
 box-shadow:0 0 2px rgba(0,0,0,.6);color:#fff;font:700 11px/1 system-ui,sans-serif;display:flex;align-items:center;justify-content:center}
.geomap-marker.p2 div{border-style:dashed}.geomap-marker.p3 div{border-radius:3px}
.geomap-cluster div{width:30px;height:30px;margin:5px;border-radius:50%;color:#fff;font:700 12px/30px system-ui,sans-serif;
 text-align:center;opacity:.85;box-shadow:0 0 0 4px rgba(255,255,255,.5)}
.geomap-clusters{position:absolute;left:0;top:0}
.geomap-cluster{cursor:pointer;width:40px;height:40px}
.geomap-popup{font:12px/1.45 system-ui,sans-serif;max-width:380px}
.geomap-list{max-height:320px;overflow:auto;padding-right:4px}.geomap-list hr{border:0;border-top:1px solid #ccc}
.geomap-list-head{font:600 12px system-ui,sans-serif;margin-bottom:4px}
.geomap-popup table{border-collapse:collapse;margin:4px 0}.geomap-popup th{text-align:left;padding-right:6px;vertical-align:top;color:#555}
.geomap-popup blockquote{margin:4px 0;padding:4px 6px;border-left:3px solid #bbb;background:#f7f7f7}
.geomap-popup mark.t{background:#ffe08a}.geomap-popup mark.p{background:#b9e3ff}
.leaflet-control-layers-overlays label{white-space:nowrap}
"""

_JS = r"""
(function (G) {
  var data = JSON.parse(document.getElementById("geomap-data").textContent), n = data.x.length, DAY = 86400000;
  G.ids = data.id; G.pr = data.pr; G.lon = data.x; G.lat = data.y; G.g = data.g; G.layers = data.layers; G.geoms = data.geoms; G.latlngs = {};
  G.px = new Float64Array(n); G.py = new Float64Array(n); G.lo = new Float64Array(n); G.hi = new Float64Array(n);
  for (var i = 0; i < n; i++) {  // Web Mercator in world units (0..1), and each event's interval in ms
    var s = Math.max(Math.min(Math.sin(data.y[i] * Math.PI / 180), 0.9999), -0.9999);
    G.px[i] = data.x[i] / 360 + 0.5;
    G.py[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    G.lo[i] = data.lo[i] === null ? NaN : data.lo[i] * DAY;
    G.hi[i] = data.hi[i] === null ? NaN : (data.hi[i] + 1) * DAY - 1;
  }
})(window.geomap);
function geomapDetails() {  // popup fields, parsed on first use
  var G = window.geomap;
  if (!G.details) G.details = JSON.parse(document.getElementById("geomap-details").textContent);
  return G.details;
}
function geomapEsc(value) {
  return String(value === null || value === undefined ? "" : value).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
  });
}
function geomapDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
function geomapSentence(s, hl) {
  var out = "", at = 0;
  (hl || []).forEach(function (h) {
    if (h[0] < at) return;
    out += geomapEsc(s.slice(at, h[0])) + '<mark class="' + (h[2] === "t" ? "t" : "p") + '">' +
      geomapEsc(s.slice(h[0], h[1])) + "</mark>";
    at = h[1];
  });
  return out + geomapEsc(s.slice(at));
}
// row: [type, trigger, actors, place, precision, written, sentence, highlights, code, date, article]
function geomapPopup(i) {
  var G = window.geomap, D = geomapDetails(), r = D.ev[i], rows = [];
  var pl = D.places[r[3]] || [], art = D.articles[r[10]] || [];
  var actors = (r[2] || []).map(function (a) {
    return geomapEsc(a[0]) + (a[1] ? " (" + geomapEsc(a[1]) + ")" : "") + (a[2] && a[2] !== "actor" ? ", " + geomapEsc(a[2]) : "");
  });
  rows.push(["Actors", actors.length ? actors.join("; ") : "<i>none found</i>"]);
  if (r[9]) {
    var d0 = geomapDay(G.lo[i]), d1 = geomapDay(G.hi[i]);
    rows.push(["Date", (d0 === d1 ? d0 : d0 + " – " + d1) + " <small>(" + geomapEsc(r[9][0]) +
      (r[9][1] ? ': “' + geomapEsc(r[9][1]) + '”' : "") + ")</small>"]);
  } else {
    rows.push(["Date", "<i>unknown</i>"]);
  }
  var prec = G.precision[String(r[4])] || "";
  rows.push(["Place", geomapEsc(pl[0]) + " <small>(" + geomapEsc(pl[1]) + ", precision " + geomapEsc(r[4]) +
    (prec ? ": " + geomapEsc(prec) : "") + ")<br>id " + geomapEsc(pl[2]) +
    (r[5] && r[5] !== pl[0] ? ", written “" + geomapEsc(r[5]) + "”" : "") + "</small>"]);
  var title = geomapEsc(art[1] || art[0] || "article");
  var link = art[2] ? '<a href="' + geomapEsc(art[2]) + '" target="_blank" rel="noopener noreferrer">' + title + "</a>" : title;
  rows.push(["Article", link + (art[3] ? " <small>(" + geomapEsc(art[3]) + ")</small>" : "")]);
  return '<div class="geomap-popup"><b>' + geomapEsc(r[0]) + "</b>" + (r[8] ? " <small>" + geomapEsc(r[8]) + "</small>" : "") +
    (r[1] ? " — “" + geomapEsc(r[1]) + "”" : "") + "<table>" +
    rows.map(function (x) { return "<tr><th>" + x[0] + "</th><td>" + x[1] + "</td></tr>"; }).join("") +
    "</table><blockquote>" + geomapSentence(r[6] || "", r[7]) + "</blockquote></div>";
}
var GEOMAP_LIST_MAX = 20;
function geomapListPopup(members) {  // several events at one spot or area
  if (members.length === 1) return geomapPopup(members[0]);
  var head = '<div class="geomap-list-head">' + members.length + " events" +
    (members.length > GEOMAP_LIST_MAX ? " (first " + GEOMAP_LIST_MAX + "; move the time slider or untick layers to narrow)" : "") + "</div>";
  return '<div class="geomap-list">' + head + members.slice(0, GEOMAP_LIST_MAX).map(geomapPopup).join("<hr>") + "</div>";
}
function geomapTooltip(i) {
  var G = window.geomap, D = geomapDetails(), r = D.ev[i], pl = D.places[r[3]] || [];
  return geomapEsc(r[0]) + " · " + geomapEsc(pl[0]) + (r[9] ? " · " + geomapDay(G.lo[i]) : "");
}
function geomapLatLngs(g) {
  var G = window.geomap, geom = G.geoms[g];
  if (!G.latlngs[g]) G.latlngs[g] = L.GeoJSON.coordsToLatLngs(geom.coordinates, geom.type === "Polygon" ? 1 : 2);
  return G.latlngs[g];
}
function geomapUnproject(x, y) {
  return L.latLng((2 * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - Math.PI / 2) * 180 / Math.PI, (x - 0.5) * 360);
}
var GEOMAP_RADIUS = 60;  // px: points closer than this at the current zoom share a cluster
L.GeomapTimeline = L.Timeline.extend({
  initialize: function (layerNo, options) {
    var G = window.geomap, idx = G.layers[layerNo], points = [], polys = new Map(), times = new Set();
    idx.forEach(function (i) {
      if (G.g[i]) {
        var list = polys.get(G.g[i] - 1);
        if (!list) polys.set(G.g[i] - 1, list = []);
        list.push(i);
      } else {
        points.push(i);
      }
      if (!isNaN(G.lo[i])) { times.add(G.lo[i]); times.add(G.hi[i]); }
    });
    L.Timeline.prototype.initialize.call(this, null, options);
    this.times = Array.from(times).sort(function (a, b) { return a - b; });
    this.start = this.times.length ? this.times[0] : Infinity;
    this.end = this.times.length ? this.times[this.times.length - 1] : -Infinity;
    this.time = this.start;
    this._points = points;
    this._polys = polys;
    this._all = true;
    this._group = L.layerGroup();
    this._markers = new Map();  // key -> marker or cluster icon on the map
    this._areas = new Map();  // polygon index -> its layer on the map
    this._clusters = new L.GeomapClusters(this);
    G.timelines.push(this);
    this._filter();
  },
  onAdd: function (map) {
    map.addLayer(this._group);
    this._group.addLayer(this._clusters);
    map.on("moveend", this._redraw, this);
    this._redraw();
  },
  onRemove: function (map) {
    map.off("moveend", this._redraw, this);
    map.removeLayer(this._group);
    this._group.clearLayers();
    this._markers.clear();
    this._areas.clear();
  },
  _filter: function () {  // the events shown at the current time (or all of them)
    var G = window.geomap, t = this.time, all = this._all;
    var keep = function (i) { return all || (t >= G.lo[i] && t <= G.hi[i]); };
    this._shown = all ? this._points : this._points.filter(keep);
    var areas = new Map();
    this._polys.forEach(function (list, g) {
      var members = all ? list : list.filter(keep);
      if (members.length) areas.set(g, members);
    });
    this._shownAreas = areas;
  },
  setTime: function (time) {
    this.time = typeof time === "number" ? time : new Date(time).getTime();
    if (window.geomap.initialising) return;  // the page opens with every date shown
    this._all = false;
    this.updateDisplayedLayers();
    this.fire("change");
  },
  showAll: function () {
    this._all = true;
    this.updateDisplayedLayers();
    this.fire("change");
  },
  updateDisplayedLayers: function () {
    this._filter();
    this._redraw();
  },
  _redraw: function () {
    if (!this._map) return;
    this._drawAreas();
    this._drawPoints();
  },
  _drawAreas: function () {
    var areas = this._areas, shown = this._shownAreas, group = this._group, color = this.options.color;
    areas.forEach(function (layer, g) { if (!shown.has(g)) { group.removeLayer(layer); areas.delete(g); } });
    shown.forEach(function (members, g) {
      var layer = areas.get(g);
      if (!layer) {
        layer = L.polygon(geomapLatLngs(g), {color: color, weight: 1.5, fillColor: color, fillOpacity: 0.15});
        layer.bindPopup(function () { return geomapListPopup(layer._members); }, {maxWidth: 420});
        layer.bindTooltip(function () {
          var m = layer._members;
          return m.length === 1 ? geomapTooltip(m[0]) : m.length + " events · " + geomapTooltip(m[0]).split(" · ")[1];
        });
        areas.set(g, layer);
        group.addLayer(layer);
      }
      layer._members = members;
    });
  },
  _drawPoints: function () {
    // Grid-indexed greedy clustering (as Supercluster does per zoom) of the shown points in and near the view.
    var G = window.geomap, map = this._map, z = map.getZoom(), scale = 256 * Math.pow(2, z), r = GEOMAP_RADIUS / scale;
    var b = map.getPixelBounds(), padX = (b.max.x - b.min.x) / 10, padY = (b.max.y - b.min.y) / 10;
    var x0 = (b.min.x - padX) / scale, x1 = (b.max.x + padX) / scale, y0 = (b.min.y - padY) / scale, y1 = (b.max.y + padY) / scale;
    var ids = [], xs = [], ys = [], shifts = [], grid = new Map(), shown = this._shown;
    for (var k = 0; k < shown.length; k++) {
      var i = shown[k], y = G.py[i];
      if (y < y0 || y > y1) continue;
      var x = G.px[i], shift = 0;
      if (x < x0) shift = Math.ceil(x0 - x); else if (x > x1) shift = -Math.ceil(x - x1);
      x += shift;  // a copy of the world that is in view (the map may be centred across ±180)
      if (x < x0 || x > x1) continue;
      var key = Math.floor(x / r) * 1e7 + Math.floor(y / r), cell = grid.get(key);
      if (!cell) grid.set(key, cell = []);
      cell.push(ids.length);
      ids.push(i); xs.push(x); ys.push(y); shifts.push(shift);
    }
    var done = new Uint8Array(ids.length), want = new Map(), clusters = [], r2 = r * r;
    for (var j = 0; j < ids.length; j++) {
      if (done[j]) continue;
      done[j] = 1;
      var members = [j], cx = Math.floor(xs[j] / r), cy = Math.floor(ys[j] / r);
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var near = grid.get((cx + dx) * 1e7 + cy + dy);
          if (!near) continue;
          for (var q = 0; q < near.length; q++) {
            var o = near[q], ex = xs[o] - xs[j], ey = ys[o] - ys[j];
            if (!done[o] && ex * ex + ey * ey <= r2) { done[o] = 1; members.push(o); }
          }
        }
      }
      if (members.length === 1) {
        want.set("e" + ids[j] + "@" + shifts[j], {i: ids[j], shift: shifts[j]});
      } else {
        var sx = 0, sy = 0;
        members.forEach(function (o) { sx += xs[o]; sy += ys[o]; });
        clusters.push({members: members.map(function (o) { return ids[o]; }), shift: shifts[j],
          at: geomapUnproject(sx / members.length, sy / members.length)});
      }
    }
    var markers = this._markers, group = this._group, self = this;
    markers.forEach(function (layer, key) { if (!want.has(key)) { group.removeLayer(layer); markers.delete(key); } });
    want.forEach(function (spec, key) {
      if (markers.has(key)) return;
      var layer = self._marker(spec.i, spec.shift);
      markers.set(key, layer);
      group.addLayer(layer);
    });
    this._clusters.draw(clusters);
  },
  _marker: function (i, shift) {
    var G = window.geomap, prec = G.pr[i] || "";
    var layer = L.marker([G.lat[i], G.lon[i] + 360 * shift], {keyboard: false, icon: L.divIcon({
      className: "geomap-marker p" + geomapEsc(prec), iconSize: [20, 20],
      html: '<div style="background:' + this.options.color + '" data-event="' + geomapEsc(G.ids[i]) + '">' + geomapEsc(prec) + "</div>"})});
    layer.bindPopup(function () { return geomapPopup(i); }, {maxWidth: 400});
    layer.bindTooltip(function () { return geomapTooltip(i); });
    return layer;
  },
  _openCluster: function (spec) {
    var G = window.geomap, map = this._map;
    var bounds = L.latLngBounds(spec.members.map(function (i) { return [G.lat[i], G.lon[i] + 360 * spec.shift]; }));
    var z = map.getZoom(), spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest());
    if (z < map.getMaxZoom() && spread > 1) {  // zoom in until the cluster splits
      var target = Math.max(z + 1, map.getBoundsZoom(bounds.pad(0.2)));
      map.setView(bounds.getCenter(), Math.min(target, map.getMaxZoom()));
    } else {  // one spot: list its events
      L.popup({maxWidth: 420}).setLatLng(spec.at).setContent(geomapListPopup(spec.members)).openOn(map);
    }
  }
});
// A timeline's cluster icons: one element whose HTML is rebuilt in one go per view (thousands of
// cluster markers as separate Leaflet markers take seconds); clicks are delegated.
L.GeomapClusters = L.Layer.extend({
  initialize: function (timeline) { this._timeline = timeline; this._specs = []; },
  onAdd: function (map) {
    this._el = L.DomUtil.create("div", "geomap-clusters leaflet-zoom-hide", map.getPane("markerPane"));
    L.DomEvent.on(this._el, "click", this._onClick, this);
    L.DomEvent.disableClickPropagation(this._el);
    this.draw(this._specs);
  },
  onRemove: function () {
    L.DomEvent.off(this._el, "click", this._onClick, this);
    L.DomUtil.remove(this._el);
    this._el = null;
  },
  draw: function (specs) {
    this._specs = specs;
    if (!this._el) return;
    var map = this._map, color = this._timeline.options.color, parts = [];
    specs.forEach(function (spec, k) {
      var p = map.latLngToLayerPoint(spec.at);
      parts.push('<div class="leaflet-marker-icon geomap-cluster leaflet-interactive" data-k="' + k +
        '" style="transform:translate3d(' + Math.round(p.x - 20) + "px," + Math.round(p.y - 20) + 'px,0)"><div style="background:' +
        color + '">' + spec.members.length + "</div></div>");
    });
    this._el.innerHTML = parts.join("");
  },
  _onClick: function (e) {
    var target = e.target.closest ? e.target.closest(".geomap-cluster") : null;
    if (target) this._timeline._openCluster(this._specs[+target.getAttribute("data-k")]);
  }
});
L.geomapTimeline = function (layerNo, options) { return new L.GeomapTimeline(layerNo, options); };
function geomapShowAll() {
  window.geomap.timelines.forEach(function (t) { t.showAll(); });
  var slider = window.geomap.slider;
  if (slider && slider._output) slider._output.innerHTML = "all dates";
}
function geomapFinish(map, slider) {
  window.geomap.slider = slider;
  window.geomap.map = map;
  slider.pause();
  window.geomap.initialising = false;
  if (slider._output) slider._output.innerHTML = "all dates";
  window.geomap.ready = true;
  window.geomap.readyMs = performance.now() - window.geomap.t0;
}
"""
