"""Crash safety and concurrency of the GeoPackage store, with real processes."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from geomap.model import Actor, Article, DateRange, Event, Place
from geomap.store import open_store

CITIES = [
    Place(id="gn:2013348", name="Vladivostok", kind="city", lat=43.10562, lon=131.87353, country_iso3="RUS"),
    Place(id="gn:1791121", name="Zhanjiang", kind="city", lat=21.28145, lon=110.34271, country_iso3="CHN"),
    Place(id="gn:1816670", name="Beijing", kind="city", lat=39.9075, lon=116.39723, country_iso3="CHN"),
    Place(id="gn:524901", name="Moscow", kind="city", lat=55.75222, lon=37.61556, country_iso3="RUS"),
]
PER_ARTICLE = 3


def articles(prefix: str, n: int) -> list[tuple[Article, list[Event]]]:
    """``n`` small articles of PER_ARTICLE events each, distinct by text."""
    import datetime as dt

    out = []
    for i in range(n):
        aid = f"{prefix}{i}"
        article = Article(id=aid, text=f"Report {aid}: ships sailed from port number {i}.")
        events = [
            Event(event_id=f"{aid}:{k}", event_type="patrol", trigger="sailed", sentence=article.text, article_id=aid,
                  actors=[Actor("Navy", "RUS")], place=CITIES[(i + k) % len(CITIES)], geo_precision=1,
                  date=DateRange(dt.date(2025, 1, 1) + dt.timedelta(days=i % 300), dt.date(2025, 1, 1)
                                 + dt.timedelta(days=i % 300), "day"))  # fmt: skip
            for k in range(PER_ARTICLE)
        ]
        out.append((article, events))
    return out


def _ingest(path: str, prefix: str, n: int, batch: int, started=None) -> None:  # noqa: ANN001
    items = articles(prefix, n)
    with open_store(path) as store:
        for k in range(0, n, batch):
            if started is not None:
                started.set()
            store.add_articles(items[k : k + batch])


def check_consistent(path: Path) -> tuple[int, int]:
    """Whole articles only: every stored article has all its events, indexes match. Returns (articles, events)."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert n_events == PER_ARTICLE * n_articles
    bad = conn.execute(
        "SELECT count(*) FROM articles a WHERE event_count != (SELECT count(*) FROM events e WHERE e.article_ref = a.id)"
    ).fetchone()[0]
    assert bad == 0
    assert conn.execute("SELECT count(*) FROM rtree_events_geom").fetchone()[0] == n_events
    assert conn.execute("SELECT count(DISTINCT event_id) FROM events").fetchone()[0] == n_events
    assert conn.execute("SELECT count(*) FROM actors").fetchone()[0] == n_events
    conn.close()
    return n_articles, n_events


@pytest.fixture
def ctx():
    return mp.get_context("fork")


def test_store_killed_writer_leaves_whole_articles_and_rerun_completes(tmp_path: Path, ctx) -> None:
    path = tmp_path / "events.gpkg"
    open_store(path).close()
    n, batch = 1200, 150
    started = ctx.Event()
    writer = ctx.Process(target=_ingest, args=(str(path), "k", n, batch, started))
    writer.start()
    with open_store(path) as store:  # wait until some batches are committed, then kill mid-ingest
        deadline = time.monotonic() + 30
        while store.article_count() < 2 * batch and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.05)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    assert writer.exitcode == -signal.SIGKILL
    stored, _ = check_consistent(path)
    assert 0 < stored < n and stored % batch == 0  # whole batches only
    with open_store(path) as store:  # readable through the API and GDAL
        assert len(store.query(country="RUS")) > 0
    import pyogrio

    assert len(pyogrio.read_dataframe(path, layer="events", columns=["event_id"])) == stored * PER_ARTICLE
    _ingest(str(path), "k", n, 600)  # rerun everything: the stored articles are skipped
    assert check_consistent(path) == (n, n * PER_ARTICLE)


def test_store_two_concurrent_ingests_both_land(tmp_path: Path, ctx) -> None:
    path = tmp_path / "events.gpkg"
    procs = [ctx.Process(target=_ingest, args=(str(path), prefix, 400, 40)) for prefix in ("p", "q")]
    procs.append(ctx.Process(target=_ingest, args=(str(path), "p", 400, 100)))  # overlaps the first one
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert check_consistent(path) == (800, 800 * PER_ARTICLE)


def test_store_readers_work_during_a_write(tmp_path: Path, ctx) -> None:
    path = tmp_path / "events.gpkg"
    _ingest(str(path), "r", 100, 100)
    started = ctx.Event()
    writer = ctx.Process(target=_ingest, args=(str(path), "w", 2000, 2000, started))
    writer.start()
    started.wait(20)
    seen = set()
    queried_while_locked = 0
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    with open_store(path) as store:
        store._conn.execute("PRAGMA busy_timeout = 200")  # a blocked reader would fail fast
        while writer.is_alive():
            try:  # is the writer inside its transaction right now?
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
                locked = False
            except sqlite3.OperationalError:
                locked = True
            t0 = time.perf_counter()
            seen.add(len(store.query(bbox=(100, 10, 140, 50))))
            assert time.perf_counter() - t0 < 5
            queried_while_locked += locked
    probe.close()
    assert queried_while_locked > 0
    writer.join()
    assert writer.exitcode == 0
    total_in_box = len(open_store(path).query(bbox=(100, 10, 140, 50)))
    assert seen <= {225, total_in_box}  # before or after the one transaction, never in between
    assert 225 in seen
