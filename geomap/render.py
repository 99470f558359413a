"""Layered, self-contained Folium maps of events.

:func:`render_map` draws one layer per actor (a country's ISO3 code or a named actor without a country;
events with no actor go to ``unattributed``), each coloured by a hash of the actor key so an actor keeps
its colour across maps. A time slider (folium's ``Timeline`` + ``TimelineSlider``) filters events by their
date range; points cluster when dense; events at a sea or region are drawn as that polygon. Popups show
the event type, actors, date and place with their precision, the source sentence with the trigger and
place words marked, and the article.

Large collections stay usable because the page carries data, not markup: one GeoJSON feature per event
(its properties are the popup fields), each actor layer a ``L.Timeline`` over the indexes of its events
(so an event with two actors is stored once), markers and popups built lazily in the browser, and each
sea/region polygon stored once for every event at that place.

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


def _geometry_json(geometry: Any, tolerance: float, digits: int = 4) -> str:
    """Simplified GeoJSON geometry text with coordinates rounded to ``digits`` decimals (4 ≈ 10 m)."""
    return _geometries_json([geometry], tolerance, digits)[0]


def _geometries_json(geometries: Sequence[Any], tolerance: float, digits: int) -> list[str]:
    """Vectorised :func:`_geometry_json`; Douglas-Peucker without topology repair (display only)."""
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


@dataclass(slots=True)
class _Layer:
    key: str
    label: str
    color: str
    features: list[int] = field(default_factory=list)  # indexes into the page's feature table


@dataclass(slots=True)
class _Page:
    """Everything the page needs, as JSON text ready for a ``<script>``."""

    layers: list[_Layer]
    features_json: str
    articles_json: str
    geoms_json: str
    bounds: list[list[float]] | None
    time_range: tuple[int, int] | None
    n_events: int
    n_unplaced: int


def _build_page(events: Sequence[Event], names: Mapping[str, str]) -> _Page:
    articles: dict[tuple[Any, ...], int] = {}
    article_rows: list[list[Any]] = []
    geoms: dict[str, int] = {}
    geom_rows: list[str] = []
    layers: dict[str, _Layer] = {}
    features: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    t_lo: int | None = None
    t_hi: int | None = None
    unplaced = 0
    for event in events:
        place = event.place
        if place is None:
            unplaced += 1
            continue
        precision = event.geo_precision or place.geo_precision
        props: dict[str, Any] = {
            "id": event.event_id,
            "et": event.event_type,
            "tr": event.trigger,
            "ac": [[a.name, a.country] + ([a.role] if a.role != "actor" else []) for a in event.actors],
            "pl": [place.name, place.kind, place.id, precision]
            + ([event.location_text] if event.location_text and event.location_text != place.name else []),
            "s": event.sentence,
        }
        if event.code:
            props["code"] = event.code
        spans = highlight_spans(event)
        if spans:
            props["hl"] = spans
        if event.date is not None:
            t0 = _ms(event.date.start)
            t1 = _ms(event.date.end) + _MS_PER_DAY - 1
            props["t0"], props["t1"] = t0, t1
            props["d"] = [event.date.precision, event.date.text] if event.date.text else [event.date.precision]
            t_lo = t0 if t_lo is None else min(t_lo, t0)
            t_hi = t1 if t_hi is None else max(t_hi, t1)
        url = _safe_url(event.url)
        art_key = (event.article_id, event.title, url, event.published)
        if art_key not in articles:
            articles[art_key] = len(article_rows)
            article_rows.append([event.article_id, event.title, url, event.published.isoformat() if event.published else None])
        props["a"] = articles[art_key]
        if _is_polygon_event(place):
            if place.id not in geoms:
                geoms[place.id] = len(geom_rows)
                geom_rows.append(_geometry_json(place.geometry, 0.01))
                minx, miny, maxx, maxy = place.geometry.bounds
                if maxx - minx <= 40 and maxy - miny <= 40:
                    lats += [miny, maxy]
                    lons += [minx, maxx]
            # an ocean-sized polygon would zoom the map out to half the world: fit its point instead
            lats.append(place.lat)
            lons.append(place.lon)
            props["g"] = geoms[place.id]
        else:
            lats.append(place.lat)
            lons.append(place.lon)
        feature = (
            '{"type":"Feature","geometry":{"type":"Point","coordinates":['
            f"{round(place.lon, 5)},{round(place.lat, 5)}"
            ']},"properties":' + json.dumps(props, ensure_ascii=False, separators=(",", ":")) + "}"
        )
        index = len(features)
        features.append(feature)
        for key in actor_layers(event):
            layer = layers.get(key)
            if layer is None:
                layer = layers[key] = _Layer(key, _layer_label(key, event, names), actor_color(key))
            layer.features.append(index)
    ordered = sorted(layers.values(), key=lambda lay: (lay.key == UNATTRIBUTED, -len(lay.features), lay.label.lower()))
    bounds = None
    if lats:
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    return _Page(
        layers=ordered,
        features_json=_escape_script_json("[" + ",".join(features) + "]"),
        articles_json=_script_json(article_rows),
        geoms_json=_escape_script_json("[" + ",".join(geom_rows) + "]"),
        bounds=bounds,
        time_range=(t_lo, t_hi) if t_lo is not None and t_hi is not None else None,
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
            ("markerclusterjs", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js"),
            ("timeline", "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js"),
            ("moment", "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js"),
        ]
        default_css = [
            ("markerclustercss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"),
            ("markerclusterdefaultcss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css"),
        ]
        _template = Template(
            """
            {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
            {% macro script(this, kwargs) %}
            window.geomap = {initialising: true, ready: false, timelines: [], t0: performance.now(),
                features: {{ this.features_json }},
                articles: {{ this.articles_json }}, geoms: {{ this.geoms_json }},
                precision: {{ this.precision_json }}};
            {{ this.js }}
            {% endmacro %}
            """
        )

        def __init__(self, page: _Page) -> None:
            super().__init__()
            self._name = "GeomapRuntime"
            self.features_json = page.features_json
            self.articles_json = page.articles_json
            self.geoms_json = page.geoms_json
            self.precision_json = _script_json({str(k): v for k, v in GEO_PRECISION.items()})
            self.css = _CSS
            self.js = _JS

    class ActorTimeline(Layer):
        """One actor's events: a ``L.Timeline`` whose visible features go into a marker cluster."""

        _template = Template(
            """
            {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geomapTimeline({{ this.indexes_json }}, {{ this.options_json }});
            {% endmacro %}
            """
        )

        def __init__(self, layer: _Layer) -> None:
            swatch = f'<span class="geomap-swatch" style="background:{layer.color}"></span>'
            super().__init__(name=f"{swatch}{html.escape(layer.label)} ({len(layer.features)})", overlay=True)
            self._name = "Timeline"
            self.indexes_json = "[" + ",".join(map(str, layer.features)) + "]"
            self.options_json = _script_json({"color": layer.color, "key": layer.key})

    class Basemap_(MacroElement):
        """Country and sea polygons in their own pane under everything, drawn on one canvas."""

        _template = Template(
            """
            {% macro script(this, kwargs) %}
            (function (map) {
              var pane = map.createPane("geomap-basemap");
              pane.style.zIndex = 150;
              pane.style.pointerEvents = "none";
              var renderer = L.canvas({pane: "geomap-basemap", padding: 0.5});
              L.geoJSON({{ this.seas_json }}, {pane: "geomap-basemap", renderer: renderer, interactive: false,
                style: {stroke: false, fillColor: "{{ this.sea_shape }}", fillOpacity: 0.45}}).addTo(map);
              L.geoJSON({{ this.countries_json }}, {pane: "geomap-basemap", renderer: renderer, interactive: false,
                style: {color: "{{ this.border }}", weight: 0.8, fillColor: "{{ this.land }}", fillOpacity: 1}}).addTo(map);
            })({{ this._parent.get_name() }});
            {% endmacro %}
            """
        )

        def __init__(self, basemap: Basemap) -> None:
            super().__init__()
            self._name = "GeomapBasemap"
            self.countries_json = self._collection(basemap.countries, 0.03)
            self.seas_json = self._collection(basemap.seas, 0.05)
            self.land, self.border, self.sea_shape = _LAND_COLOR, _BORDER_COLOR, _SEA_SHAPE_COLOR

        @staticmethod
        def _collection(shapes: list[BasemapShape], tolerance: float) -> str:
            geoms = [s.geometry for s in shapes if s.geometry is not None and not s.geometry.is_empty]
            parts = ['{"type":"Feature","properties":{},"geometry":' + g + "}" for g in _geometries_json(geoms, tolerance, 3)]
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
    fmap.options["maxZoom"] = 18  # MarkerCluster needs it when there is no tile layer
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
    timelines = [ActorTimeline(layer).add_to(fmap) for layer in page.layers]
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
.geomap-popup{font:12px/1.45 system-ui,sans-serif;max-width:380px}
.geomap-popup table{border-collapse:collapse;margin:4px 0}.geomap-popup th{text-align:left;padding-right:6px;vertical-align:top;color:#555}
.geomap-popup blockquote{margin:4px 0;padding:4px 6px;border-left:3px solid #bbb;background:#f7f7f7}
.geomap-popup mark.t{background:#ffe08a}.geomap-popup mark.p{background:#b9e3ff}
.leaflet-control-layers-overlays label{white-space:nowrap}
"""

_JS = r"""
function geomapEsc(value) {
  return String(value === null || value === undefined ? "" : value).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
  });
}
function geomapSentence(p) {
  var s = p.s || "", out = "", at = 0;
  (p.hl || []).forEach(function (h) {
    if (h[0] < at) return;
    out += geomapEsc(s.slice(at, h[0])) + '<mark class="' + (h[2] === "t" ? "t" : "p") + '">' +
      geomapEsc(s.slice(h[0], h[1])) + "</mark>";
    at = h[1];
  });
  return out + geomapEsc(s.slice(at));
}
function geomapPopup(p) {
  var rows = [], art = window.geomap.articles[p.a] || [], pl = p.pl || [];
  var actors = (p.ac || []).map(function (a) {
    return geomapEsc(a[0]) + (a[1] ? " (" + geomapEsc(a[1]) + ")" : "") + (a[2] && a[2] !== "actor" ? ", " + geomapEsc(a[2]) : "");
  });
  rows.push(["Actors", actors.length ? actors.join("; ") : "<i>none found</i>"]);
  if (p.d) {
    var d0 = new Date(p.t0).toISOString().slice(0, 10), d1 = new Date(p.t1).toISOString().slice(0, 10);
    var when = d0 === d1 ? d0 : d0 + " – " + d1;
    rows.push(["Date", when + " <small>(" + geomapEsc(p.d[0]) + (p.d[1] ? ': “' + geomapEsc(p.d[1]) + '”' : "") + ")</small>"]);
  } else {
    rows.push(["Date", "<i>unknown</i>"]);
  }
  var prec = window.geomap.precision[String(pl[3])] || "";
  rows.push(["Place", geomapEsc(pl[0]) + " <small>(" + geomapEsc(pl[1]) + ", precision " + geomapEsc(pl[3]) +
    (prec ? ": " + geomapEsc(prec) : "") + ")<br>id " + geomapEsc(pl[2]) +
    (pl[4] && pl[4] !== pl[0] ? ", written “" + geomapEsc(pl[4]) + "”" : "") + "</small>"]);
  var title = geomapEsc(art[1] || art[0] || "article");
  var link = art[2] ? '<a href="' + geomapEsc(art[2]) + '" target="_blank" rel="noopener noreferrer">' + title + "</a>" : title;
  rows.push(["Article", link + (art[3] ? " <small>(" + geomapEsc(art[3]) + ")</small>" : "")]);
  return '<div class="geomap-popup"><b>' + geomapEsc(p.et) + "</b>" + (p.code ? " <small>" + geomapEsc(p.code) + "</small>" : "") +
    (p.tr ? " — “" + geomapEsc(p.tr) + "”" : "") + "<table>" +
    rows.map(function (r) { return "<tr><th>" + r[0] + "</th><td>" + r[1] + "</td></tr>"; }).join("") +
    "</table><blockquote>" + geomapSentence(p) + "</blockquote></div>";
}
function geomapTooltip(p) {
  return geomapEsc(p.et) + " · " + geomapEsc((p.pl || [])[0]) + (p.d ? " · " + new Date(p.t0).toISOString().slice(0, 10) : "");
}
var geomapLatLngs = {};
L.GeomapTimeline = L.Timeline.extend({
  initialize: function (indexes, options) {
    var color = options.color, all = window.geomap.features;
    var data = {type: "FeatureCollection", features: indexes.map(function (i) { return all[i]; })};
    this._features = data.features;
    this._made = new Map();  // feature -> its layer here (a feature is shared by its actors' layers)
    this._shown = new Set();
    this._all = true;
    this._cluster = L.markerClusterGroup({
      maxClusterRadius: 45, showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true,
      iconCreateFunction: function (c) {
        return L.divIcon({html: '<div style="background:' + color + '">' + c.getChildCount() + "</div>",
          className: "geomap-cluster", iconSize: L.point(40, 40)});
      }
    });
    options.getInterval = function (f) {
      var p = f.properties;
      return p.t0 === undefined ? false : {start: p.t0, end: p.t1};
    };
    L.Timeline.prototype.initialize.call(this, data, options);
    window.geomap.timelines.push(this);
    this.updateDisplayedLayers();
  },
  onAdd: function (map) { map.addLayer(this._cluster); },
  onRemove: function (map) { map.removeLayer(this._cluster); },
  _layerFor: function (f) {
    var made = this._made.get(f);
    if (made) return made;
    var p = f.properties, color = this.options.color, layer;
    if (p.g !== undefined) {
      var g = window.geomap.geoms[p.g];
      if (!geomapLatLngs[p.g]) {
        geomapLatLngs[p.g] = L.GeoJSON.coordsToLatLngs(g.coordinates, g.type === "Polygon" ? 1 : 2);
      }
      layer = L.polygon(geomapLatLngs[p.g], {color: color, weight: 1.5, fillColor: color, fillOpacity: 0.15});
    } else {
      var c = f.geometry.coordinates, prec = p.pl && p.pl[3] ? p.pl[3] : "";
      layer = L.marker([c[1], c[0]], {icon: L.divIcon({className: "geomap-marker p" + prec,
        html: '<div style="background:' + color + '" data-event="' + geomapEsc(p.id) + '">' + geomapEsc(prec) + "</div>",
        iconSize: [20, 20]}),
        keyboard: false});
    }
    layer.feature = f;
    layer.bindPopup(function () { return geomapPopup(p); }, {maxWidth: 400});
    layer.bindTooltip(function () { return geomapTooltip(p); });
    this._made.set(f, layer);
    return layer;
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
    var want = new Set(this._all ? this._features : this.ranges.lookup(this.time)), add = [], remove = [], self = this;
    this._shown.forEach(function (f) { if (!want.has(f)) remove.push(self._made.get(f)); });
    want.forEach(function (f) { if (!self._shown.has(f)) add.push(self._layerFor(f)); });
    this._shown = want;
    if (remove.length) this._cluster.removeLayers(remove);
    if (add.length) this._cluster.addLayers(add);
  }
});
L.geomapTimeline = function (data, options) { return new L.GeomapTimeline(data, options); };
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
