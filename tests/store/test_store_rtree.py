"""R-tree bulk packing (geomap.store.rtree): a valid SQLite R-tree that answers like one built by inserts."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from geomap.store.rtree import float32_outward, pack_rtree, search_rtree


def _boxes(rng: np.random.Generator, n: int, first_id: int) -> list[tuple[int, float, float, float, float]]:
    x, y = rng.uniform(-180, 176, n), rng.uniform(-60, 75, n)
    size = rng.uniform(0, 3, n) * (rng.random(n) < 0.1)  # one in ten is an area
    return [(first_id + i, x[i], x[i] + size[i], y[i], y[i] + size[i]) for i in range(n)]


def _search(conn: sqlite3.Connection, box: tuple[float, float, float, float]) -> set[int]:
    w, s, e, n = box
    sql = "SELECT id FROM r WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"
    return {row[0] for row in conn.execute(sql, (e, w, n, s))}


@pytest.fixture()
def trees() -> tuple[sqlite3.Connection, sqlite3.Connection, list]:
    """The same entries in two R-trees: one packed in batches of mixed sizes, one filled by inserts."""
    rng = np.random.default_rng(3)
    packed, inserted = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    entries: list = []
    for conn in (packed, inserted):
        conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    for n in (3, 40, 5_000, 1, 12_000):  # a root leaf, a root that must split, packs over existing leaves
        batch = _boxes(rng, n, len(entries) + 1)
        pack_rtree(packed, "r", batch)
        inserted.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", batch)
        entries += batch
    return packed, inserted, entries


def test_packed_tree_passes_sqlite_integrity_check(trees) -> None:
    packed, _, entries = trees
    assert packed.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    # five packed batches with max_runs=4: the fourth re-packed the whole tree, the fifth is one new run
    assert packed.execute("SELECT runs FROM geomap_rtree_runs WHERE name = 'r'").fetchone()[0] == 2
    assert packed.execute("SELECT count(*) FROM r").fetchone()[0] == len(entries)


def test_growing_tree_is_re_packed_whole_only_when_it_has_doubled() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    rng = np.random.default_rng(4)
    history = []
    for i in range(16):
        pack_rtree(conn, "r", _boxes(rng, 2_000, i * 2_000 + 1), max_runs=2)
        history.append(conn.execute("SELECT runs, packed FROM geomap_rtree_runs WHERE name = 'r'").fetchone())
    sizes = sorted({packed for _, packed in history})
    assert sizes == [2_000, 4_000, 8_000, 16_000, 32_000]  # whole packings at each doubling, not every 2 runs
    assert max(runs for runs, _ in history) == 8  # runs pile up between doublings
    assert conn.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM r").fetchone()[0] == 32_000


def test_packed_tree_answers_like_an_inserted_one(trees) -> None:
    packed, inserted, _ = trees
    rng = np.random.default_rng(11)
    for _ in range(60):
        w, e = sorted(rng.uniform(-180, 180, 2))
        s, n = sorted(rng.uniform(-60, 75, 2))
        assert _search(packed, (w, s, e, n)) == _search(inserted, (w, s, e, n))
    # a box touching exactly one stored point still finds it (float32 rounding outwards)
    fid, minx, _, miny, _ = packed.execute("SELECT * FROM r WHERE id = 4321").fetchone()
    assert fid in _search(packed, (minx, miny, minx, miny))


def test_search_walks_packed_and_inserted_trees_like_the_module(trees) -> None:
    rng = np.random.default_rng(5)
    for conn in trees[:2]:
        for _ in range(40):
            w, e = sorted(rng.uniform(-180, 180, 2))
            s, n = sorted(rng.uniform(-60, 75, 2))
            boxes = [(w, s, e, n), (w - 30, s, w - 20, s + 5)]
            ids, cells, inside = search_rtree(conn, "r", boxes)
            assert set(ids.tolist()) == _search(conn, boxes[0]) | _search(conn, boxes[1])
            assert len(ids) == len(set(ids.tolist())) and not inside.any()
            stored = dict((row[0], row[1:]) for row in conn.execute("SELECT * FROM r WHERE id IN (%s)" % ",".join(
                map(str, ids[:50].tolist())) or "0"))  # fmt: skip
            assert all(tuple(cells[i]) == stored[fid] for i, fid in enumerate(ids[:50].tolist()))


def test_search_within_a_polygon_keeps_every_entry_it_meets(trees) -> None:
    import shapely

    rng = np.random.default_rng(8)
    for conn in trees[:2]:
        for _ in range(10):
            cx, cy = rng.uniform(-150, 150), rng.uniform(-40, 50)
            angles = np.sort(rng.uniform(0, 2 * np.pi, 12))
            radii = rng.uniform(25, 40, 12)  # a star-shaped polygon, most of it thick
            polygon = shapely.Polygon(np.c_[cx + radii * np.cos(angles), cy + radii * np.sin(angles)])
            ids, cells, inside = search_rtree(conn, "r", [polygon.bounds], within=polygon)
            rows = conn.execute("SELECT * FROM r").fetchall()
            all_boxes = shapely.box(*np.array([r[1:] for r in rows]).T[[0, 2, 1, 3]])
            meeting = {rows[i][0] for i in np.flatnonzero(shapely.intersects(polygon, all_boxes))}
            assert meeting <= set(ids.tolist())  # nothing the polygon meets is pruned
            assert set(ids.tolist()) <= _search(conn, polygon.bounds)
            # an entry marked inside lies in the polygon, and the cover needs tests at its edge only
            assert shapely.contains(polygon, shapely.box(*cells[inside].astype(float).T[[0, 2, 1, 3]])).all()
            assert inside.any()


def test_module_inserts_updates_and_deletes_keep_working_on_a_packed_tree(trees) -> None:
    packed, _, entries = trees
    packed.execute("INSERT INTO r VALUES (10000000, 1, 2, 3, 4)")
    packed.execute("UPDATE r SET minx = 0.5 WHERE id = 10000000")
    packed.execute("DELETE FROM r WHERE id <= 2000")
    assert packed.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert packed.execute("SELECT count(*) FROM r").fetchone()[0] == len(entries) - 2000 + 1
    assert 10000000 in _search(packed, (0.6, 3.5, 0.6, 3.5))


def test_packing_is_all_or_nothing_inside_a_transaction(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    pack_rtree(conn, "r", _boxes(np.random.default_rng(1), 500, 1))
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError):  # an id already in the tree
        pack_rtree(conn, "r", _boxes(np.random.default_rng(2), 100, 451))
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM r").fetchone()[0] == 500
    assert conn.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def test_float32_rounding_is_outwards() -> None:
    boxes = np.array([[0.1, 0.1, -0.3, -0.3], [1e-10, 179.99999999, -89.9999999, 45.123456789]])
    out = float32_outward(boxes).astype(np.float64)
    assert (out[:, [0, 2]] <= boxes[:, [0, 2]]).all()
    assert (out[:, [1, 3]] >= boxes[:, [1, 3]]).all()


def test_four_dimensional_tree_packs_and_answers_like_inserts() -> None:
    """The grouping index is 4-D (lon, lat, day, type bucket): same checks as for 2-D."""
    rng = np.random.default_rng(5)
    packed, inserted = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for conn in (packed, inserted):
        conn.execute("CREATE VIRTUAL TABLE g USING rtree(id, x0, x1, y0, y1, d0, d1, t0, t1)")
    rows = []
    for n in (7, 3_000, 9_000):
        x, y = rng.uniform(-180, 180, n), rng.uniform(-60, 75, n)
        day = rng.integers(738_000, 741_650, n).astype(float)
        span = rng.integers(0, 7, n)
        kind = rng.integers(0, 65_536, n).astype(float)
        batch = [(len(rows) + i + 1, x[i], x[i], y[i], y[i], day[i], day[i] + span[i], kind[i], kind[i])
                 for i in range(n)]  # fmt: skip
        pack_rtree(packed, "g", batch)
        inserted.executemany("INSERT INTO g VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        rows += batch
    assert packed.execute("SELECT rtreecheck('g')").fetchone()[0] == "ok"
    sql = ("SELECT id FROM g WHERE x0 <= ? AND x1 >= ? AND y0 <= ? AND y1 >= ? AND d0 <= ? AND d1 >= ?"
           " AND t0 <= ? AND t1 >= ?")  # fmt: skip
    for _ in range(40):
        w, e = sorted(rng.uniform(-180, 180, 2))
        s, n = sorted(rng.uniform(-60, 75, 2))
        d = float(rng.integers(738_000, 741_650))
        t = rows[int(rng.integers(0, len(rows)))][7]
        args = (e, w, n, s, d + 30, d, t, t)
        assert {r[0] for r in packed.execute(sql, args)} == {r[0] for r in inserted.execute(sql, args)}
    # a day-exact probe finds its entry (day numbers are exact in float32)
    fid, x0, _, y0, _, d0, d1, t0, _ = rows[5000]
    assert fid in {r[0] for r in packed.execute(sql, (x0, x0, y0, y0, d1, d0, t0, t0))}
