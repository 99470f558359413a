"""The seed article, end to end, in a real browser: `geomap map seeds/` → a page that opens offline and shows
the events at Vladivostok, Zhanjiang, Beijing and the western Pacific, each with a popup quoting its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli

try:
    from tests.test_browser import CHROMIUM, OUTPUTS, Opened, browser  # noqa: F401  (fixture)
except ImportError:  # pragma: no cover - run from inside tests/
    from test_browser import CHROMIUM, OUTPUTS, Opened, browser  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> tuple[Path, list]:
    from geomap.articles import read_article
    from geomap.extract import iter_article_events

    out = tmp_path_factory.mktemp("seedmap") / "seed.html"
    result = CliRunner().invoke(cli, ["map", str(seed_path), "-o", str(out), "--no-store"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    events = next(iter_article_events([read_article(seed_path)]))[1]
    return out, events


def test_seed_map_opens_offline_with_popups_quoting_sentences(browser, seed_map) -> None:
    path, events = seed_map
    page = Opened(browser, path)
    try:
        assert page.errors == [] and page.requests == []
        located = {e.event_id: e for e in events if e.place is not None}
        names = {e.place.name for e in located.values()}
        assert {"Vladivostok", "Zhanjiang", "Beijing"} <= names
        assert any(e.place.kind in ("sea", "region") and "Pacific" in e.place.name for e in located.values())
        markers, polygons = page.count()
        assert markers + polygons + page.page.locator(".geomap-cluster").count() > 0
        vlad = next(e for e in located.values() if e.place.name == "Vladivostok")
        text = page.open_popup(vlad.event_id)
        assert "Vladivostok" in text and "Joint Sea 2025" in text
        page.page.wait_for_timeout(300)
        OUTPUTS.mkdir(exist_ok=True)
        page.page.screenshot(path=str(OUTPUTS / "seed-map.png"))
    finally:
        page.page.close()


def test_seed_map_slider_on_july_2024_shows_only_the_zhanjiang_exercise(browser, seed_map) -> None:
    import datetime as dt

    path, events = seed_map
    july_2024 = [e for e in events if e.place is not None and e.date.start <= dt.date(2024, 7, 15) <= e.date.end]
    assert [e.place.name for e in july_2024] == ["Zhanjiang"]
    page = Opened(browser, path)
    try:
        page.slide_to(dt.date(2024, 7, 15))
        page.page.wait_for_timeout(200)
        shown = page.page.locator("div[data-event]")
        ids = {shown.nth(i).get_attribute("data-event") for i in range(shown.count())}
        assert ids == {july_2024[0].event_id}, ids
        assert page.count()[1] == 0  # no sea or region polygon in July 2024
        assert page.errors == []
    finally:
        page.page.close()
