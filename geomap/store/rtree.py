"""Bulk loading of SQLite R-tree indexes (the GeoPackage spatial index) by packing, not by inserts.

SQLite's R-tree module inserts one entry at a time (choose a leaf, split, re-insert): about 40 µs an entry on
this class of machine, most of a bulk load. :func:`pack_rtree` writes the R-tree's shadow tables directly
instead, as GDAL's GeoPackage driver does when it builds an index in bulk:

- the new entries are sorted into Sort-Tile-Recursive order of their centres and packed into full leaves;
- the existing leaves are kept as they are (their entries are not touched), unless the tree already holds
  ``max_runs`` such packed batches and has doubled since it was last packed whole: then every entry is
  re-packed, so searches stay fast (doubling keeps the re-packing of a growing tree linear in its size;
  ``8 × max_runs`` runs force a re-pack whatever the size);
- every level above the leaves is rebuilt from all the leaves' bounding boxes, packed the same way, with the
  root as node 1.

The result is a valid R-tree in SQLite's own format (``rtreecheck()`` passes; later inserts, updates and deletes
through the module work on it), readable by any SQLite, GDAL or QGIS. Storage format, from SQLite's
``ext/rtree/rtree.c``: ``<name>_node(nodeno, data)`` holds one blob per node: a big-endian 16-bit tree depth
(root only; 0 elsewhere), a 16-bit cell count, then cells of a 64-bit rowid (child node number in inner
nodes) and the box as 32-bit floats (``minx, maxx, miny, maxy``, …), zero-padded to the node size;
``<name>_rowid(rowid, nodeno)`` maps entries to leaves and ``<name>_parent(nodeno, parentnode)`` nodes to
parents. Coordinates are rounded outwards to float32 (minimum down, maximum up), as the module does.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["pack_rtree", "search_rtree", "morton_keys", "float32_outward"]


def morton_keys(x: Any, y: Any) -> Any:
    """Z-order keys of lon/lat arrays (16 bits a coordinate), to put nearby places next to each other."""
    import numpy as np

    def spread(v: Any) -> Any:
        v = (v | (v << np.uint64(16))) & np.uint64(0x0000FFFF0000FFFF)
        v = (v | (v << np.uint64(8))) & np.uint64(0x00FF00FF00FF00FF)
        v = (v | (v << np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
        v = (v | (v << np.uint64(2))) & np.uint64(0x3333333333333333)
        return (v | (v << np.uint64(1))) & np.uint64(0x5555555555555555)

    xi = np.clip((np.asarray(x, dtype=float) + 180.0) / 360.0 * 65535.0, 0, 65535).astype(np.uint64)
    yi = np.clip((np.asarray(y, dtype=float) + 90.0) / 180.0 * 65535.0, 0, 65535).astype(np.uint64)
    return spread(xi) | (spread(yi) << np.uint64(1))


def float32_outward(boxes: Any) -> Any:
    """``(n, 2 × dims)`` float64 boxes ``min0, max0, min1, max1, …`` as float32, minima rounded down and maxima
    up (what the R-tree module stores)."""
    import numpy as np

    boxes = np.asarray(boxes, dtype=np.float64)
    out = boxes.astype(np.float32)
    wide = out.astype(np.float64)
    lo, hi = slice(0, None, 2), slice(1, None, 2)
    out[:, lo] = np.where(wide[:, lo] > boxes[:, lo], np.nextafter(out[:, lo], np.float32(-np.inf)), out[:, lo])
    out[:, hi] = np.where(wide[:, hi] < boxes[:, hi], np.nextafter(out[:, hi], np.float32(np.inf)), out[:, hi])
    return out


def _cell(width: int) -> Any:
    import numpy as np

    return np.dtype([("id", ">i8"), ("box", ">f4", width)])


def _order(boxes: Any, capacity: int) -> Any:
    """Sort-Tile-Recursive order of the boxes' centres in their first two dimensions (Leutenegger et al. 1997):
    vertical slices of about sqrt(nodes) nodes each, sorted by y within a slice, so that every run of
    ``capacity`` entries makes a compact tile (a Z-order curve jumps, and a node spanning a jump covers half the
    map: searches then visit many nodes)."""
    import numpy as np

    x = (boxes[:, 0] + boxes[:, 1]) / 2.0
    y = (boxes[:, 2] + boxes[:, 3]) / 2.0
    n = len(x)
    nodes = -(-n // capacity)
    per_slice = -(-nodes // max(1, int(np.ceil(np.sqrt(nodes))))) * capacity
    by_x = np.argsort(x, kind="stable")
    slice_of = np.empty(n, dtype=np.int64)
    slice_of[by_x] = np.arange(n) // per_slice
    return np.lexsort((y, slice_of))


def _blobs(ids: Any, boxes: Any, *, capacity: int, node_size: int) -> tuple[list[bytes], Any, Any]:
    """Pack ``ids``/``boxes`` (already in curve order) into nodes of ``capacity`` cells.

    Returns the node blobs, each node's bounding box, and for each entry the index of its node.
    """
    import numpy as np

    n, width = boxes.shape
    cell = _cell(width)
    n_nodes = -(-n // capacity)
    cells = np.zeros(n_nodes * capacity, dtype=cell)
    cells["id"][:n] = ids
    cells["box"][:n] = boxes
    raw = np.zeros((n_nodes, node_size), dtype=np.uint8)
    counts = np.full(n_nodes, capacity, dtype=">u2")
    counts[-1] = n - (n_nodes - 1) * capacity
    raw[:, 2:4] = counts.view(np.uint8).reshape(n_nodes, 2)
    raw[:, 4 : 4 + capacity * cell.itemsize] = cells.view(np.uint8).reshape(n_nodes, capacity * cell.itemsize)
    node_of = np.arange(n) // capacity
    starts = np.arange(0, n, capacity)
    bounds = np.empty((n_nodes, width), dtype=np.float32)
    for d in range(0, width, 2):
        bounds[:, d] = np.minimum.reduceat(boxes[:, d], starts)
        bounds[:, d + 1] = np.maximum.reduceat(boxes[:, d + 1], starts)
    return [row.tobytes() for row in raw], bounds, node_of


def _node_cells(conn: sqlite3.Connection, node_table: str, nodes: Any, width: int) -> tuple[Any, Any, Any]:
    """All cells held by these nodes, read and decoded in one pass (in no particular order): the number of the
    node holding each, its id and its float32 box of ``width`` coordinates. A leaf's cells are entries, an
    inner node's are its children."""
    import numpy as np

    rows = conn.execute(
        f"SELECT nodeno, data FROM {node_table} WHERE nodeno IN (SELECT value FROM json_each(?))",
        (json.dumps(list(map(int, nodes))),),
    ).fetchall()
    if not rows:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty((0, width), dtype=np.float32)
    size = len(rows[0][1])
    raw = np.frombuffer(b"".join(row[1] for row in rows), dtype=np.uint8).reshape(len(rows), size)
    counts = raw[:, 2:4].copy().view(">u2").ravel().astype(np.int64)
    cell = _cell(width)
    capacity = (size - 4) // cell.itemsize
    cells = raw[:, 4 : 4 + capacity * cell.itemsize].copy().view(cell).reshape(len(rows), capacity)
    keep = np.arange(capacity)[None, :] < counts[:, None]
    chosen = cells[keep]
    holder = np.repeat(np.array([row[0] for row in rows], dtype=np.int64), counts)
    return holder, chosen["id"].astype(np.int64), chosen["box"].astype(np.float32).reshape(-1, width)


def _node_entries(conn: sqlite3.Connection, node_table: str, nodes: Any, width: int) -> tuple[Any, Any]:
    """The ids and boxes of :func:`_node_cells`."""
    _, ids, boxes = _node_cells(conn, node_table, nodes, width)
    return ids, boxes


def search_rtree(
    conn: sqlite3.Connection, name: str, boxes: Sequence[tuple[float, float, float, float]], *, within: Any = None
) -> tuple[Any, Any, Any]:
    """Entries of the 2-D R-tree ``name`` whose box meets one of ``boxes`` (west, south, east, north) and, if
    given, the shapely geometry ``within``: ``(ids, float32 boxes (minx, maxx, miny, maxy), inside)``.

    The tree is walked level by level in numpy (one query a level), not through the virtual table, whose
    per-row column calls cost more than the search. With ``within``, nodes whose box misses it are skipped,
    and ``inside`` marks entries whose leaf lies in its interior: every point in such a leaf is in ``within``
    without a test of its own (the cover of a country polygon then needs point tests at its edge only).
    Run inside a read transaction, so that the levels come from one version of the tree.
    """
    import numpy as np
    import shapely

    node_table = f'"{name}_node"'
    root = conn.execute(f"SELECT data FROM {node_table} WHERE nodeno = 1").fetchone()
    if root is None:
        raise sqlite3.DatabaseError(f"R-tree {name} has no root node")
    query = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    if within is not None:
        shapely.prepare(within)

    def box_hits(cells: Any) -> Any:
        """Cells (minx, maxx, miny, maxy) meeting some query box."""
        hit = np.zeros(len(cells), dtype=bool)
        for w, s, e, n in query.tolist():
            hit |= (cells[:, 0] <= e) & (cells[:, 1] >= w) & (cells[:, 2] <= n) & (cells[:, 3] >= s)
        return hit

    def classify(cells: Any) -> tuple[Any, Any]:
        """``(meets, inside)``: cells meeting a query box and ``within``, and those inside ``within``."""
        hit = box_hits(cells)
        inside = np.zeros(len(cells), dtype=bool)
        if within is not None and hit.any():
            tested = np.flatnonzero(hit)
            c = cells[tested].astype(np.float64)
            shapes = shapely.box(c[:, 0], c[:, 2], c[:, 1], c[:, 3])
            hit[tested] = shapely.intersects(within, shapes)
            inside[tested] = shapely.contains(within, shapes)
        return hit, inside

    edge = np.array([1], dtype=np.int64)  # nodes to test further
    inner = np.empty(0, dtype=np.int64)  # nodes inside ``within``: all their entries are taken
    for _ in range(int.from_bytes(root[0][:2], "big")):
        holder, ids, cells = _node_cells(conn, node_table, np.concatenate([edge, inner]), 4)
        keep = np.isin(holder, inner)
        inside = keep.copy()
        keep[~inside], inside[~inside] = classify(cells[~inside])
        inner, edge = ids[keep & inside], ids[keep & ~inside]
    holder, ids, cells = _node_cells(conn, node_table, np.concatenate([edge, inner]), 4)
    inside = np.isin(holder, inner)
    keep = inside.copy()
    keep[~inside] = box_hits(cells[~inside])  # entries near the edge: the caller tests them
    return ids[keep], cells[keep], inside[keep]


def _executemany(conn: sqlite3.Connection, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)


def pack_rtree(
    conn: sqlite3.Connection, name: str, entries: Sequence[tuple[Any, ...]], *, max_runs: int = 4,
    insert: Callable[[sqlite3.Connection, str, Sequence[str], Sequence[Sequence[Any]]], None] | None = None,
) -> None:
    """Add ``entries`` ``(id, min0, max0, min1, max1, …)`` to the R-tree virtual table ``name`` in bulk.

    The tree's dimensions are the entries' (2 to 5, without auxiliary columns); the packing tiles the first two.
    Each call packs its entries into new leaves (a "run") and rebuilds the levels above; leaves of different
    runs overlap, so a search visits a few leaves per run. After ``max_runs`` runs, once the tree holds twice
    the entries it held at its last whole packing, the whole tree is re-packed from all its entries (runs and
    that size are kept in the table ``geomap_rtree_runs``). Ids must not be in the tree
    yet (``sqlite3.IntegrityError`` otherwise). Run inside the caller's transaction: on error nothing is
    half-written. Costs about two microseconds an entry, so callers use it for batches that are large next to
    the tree; smaller ones go through the module's own inserts. ``insert(conn, table, names, rows)`` writes
    the entry → leaf map (one row an entry; the default binds them with ``executemany``).
    """
    import numpy as np

    if not entries:
        return
    node_table, rowid_table, parent_table = (f'"{name}_{suffix}"' for suffix in ("node", "rowid", "parent"))
    root = conn.execute(f"SELECT data FROM {node_table} WHERE nodeno = 1").fetchone()
    if root is None:
        raise sqlite3.DatabaseError(f"R-tree {name} has no root node")
    new = np.array(entries, dtype=np.float64)
    ids = new[:, 0].astype(np.int64)
    boxes = float32_outward(new[:, 1:])
    width = boxes.shape[1]
    node_size = len(root[0])
    capacity = (node_size - 4) // _cell(width).itemsize
    depth = int.from_bytes(root[0][:2], "big")
    conn.execute("CREATE TABLE IF NOT EXISTS geomap_rtree_runs (name TEXT PRIMARY KEY, runs INTEGER NOT NULL,"
                 " packed INTEGER NOT NULL DEFAULT 0)")  # fmt: skip
    if "packed" not in {r[1] for r in conn.execute("PRAGMA table_info(geomap_rtree_runs)")}:  # an older store
        conn.execute("ALTER TABLE geomap_rtree_runs ADD COLUMN packed INTEGER NOT NULL DEFAULT 0")
    row = conn.execute("SELECT runs, packed FROM geomap_rtree_runs WHERE name = ?", (name,)).fetchone()
    runs, packed = row if row else (0, 0)
    total = int(conn.execute(f"SELECT count(*) FROM {rowid_table}").fetchone()[0]) + len(entries)

    # Walk the inner levels down to the leaves' parents: leaf numbers and boxes, inner node numbers.
    leaf_nodes = np.empty(0, dtype=np.int64)
    leaf_boxes = np.empty((0, width), dtype=np.float32)
    inner: list[int] = []
    if depth == 0:  # the root is a leaf: re-pack its entries with the new ones
        old_ids, old_boxes = _node_entries(conn, node_table, [1], width)
    else:
        level: Any = [1]
        for height in range(depth, 0, -1):
            children, child_boxes = _node_entries(conn, node_table, level, width)
            inner += list(map(int, level))
            if height == 1:
                leaf_nodes, leaf_boxes = children, child_boxes
            else:
                level = children
        old_ids = np.empty(0, dtype=np.int64)
        if (runs + 1 >= max_runs and total >= 2 * packed) or runs + 1 >= 8 * max_runs:  # re-pack everything
            old_ids, old_boxes = _node_entries(conn, node_table, leaf_nodes, width)
            inner += leaf_nodes.tolist()
            leaf_nodes = np.empty(0, dtype=np.int64)
            leaf_boxes = np.empty((0, width), dtype=np.float32)
    rebuilt = len(old_ids) > 0 or depth == 0
    if len(old_ids):
        ids, boxes = np.concatenate([old_ids, ids]), np.concatenate([old_boxes, boxes])
        conn.execute(f"DELETE FROM {rowid_table}")  # every entry moves to a new leaf
    stale = [n for n in inner if n != 1]
    if stale:
        conn.execute(f"DELETE FROM {node_table} WHERE nodeno IN (SELECT value FROM json_each(?))", (json.dumps(stale),))
    next_node = int(conn.execute(f"SELECT max(nodeno) FROM {node_table}").fetchone()[0]) + 1

    # New leaves (ids must be new: INSERT raises IntegrityError on a duplicate).
    order = _order(boxes, capacity)
    ids, boxes = ids[order], boxes[order]
    blobs, bounds, node_of = _blobs(ids, boxes, capacity=capacity, node_size=node_size)
    new_leaves = np.arange(next_node, next_node + len(blobs), dtype=np.int64)
    next_node += len(blobs)
    conn.executemany(f"INSERT INTO {node_table} (nodeno, data) VALUES (?, ?)", zip(new_leaves.tolist(), blobs))
    by_id = np.argsort(ids, kind="stable")
    (insert or _executemany)(conn, rowid_table, ("rowid", "nodeno"),
                             list(zip(ids[by_id].tolist(), new_leaves[node_of][by_id].tolist())))

    # Rebuild every level above the leaves, the root last as node 1.
    nodes = np.concatenate([leaf_nodes, new_leaves])
    node_boxes = np.concatenate([leaf_boxes, bounds])
    parents: list[tuple[int, int]] = []
    height = 0
    while True:
        height += 1
        order = _order(node_boxes, capacity)
        nodes, node_boxes = nodes[order], node_boxes[order]
        if len(nodes) <= capacity:  # they fit in the root
            blob, _, _ = _blobs(nodes, node_boxes, capacity=capacity, node_size=node_size)
            root_blob = bytearray(blob[0])
            root_blob[0:2] = height.to_bytes(2, "big")
            conn.execute(f"UPDATE {node_table} SET data = ? WHERE nodeno = 1", (bytes(root_blob),))
            parents += [(int(n), 1) for n in nodes.tolist()]
            break
        blobs, bounds, node_of = _blobs(nodes, node_boxes, capacity=capacity, node_size=node_size)
        level = np.arange(next_node, next_node + len(blobs), dtype=np.int64)
        next_node += len(blobs)
        conn.executemany(f"INSERT INTO {node_table} (nodeno, data) VALUES (?, ?)", zip(level.tolist(), blobs))
        parents += list(zip(nodes.tolist(), level[node_of].tolist()))
        nodes, node_boxes = level, bounds
    conn.execute(f"DELETE FROM {parent_table}")
    conn.executemany(f"INSERT INTO {parent_table} (nodeno, parentnode) VALUES (?, ?)", sorted(parents))
    conn.execute("INSERT OR REPLACE INTO geomap_rtree_runs (name, runs, packed) VALUES (?, ?, ?)",
                 (name, 1, total) if rebuilt else (name, runs + 1, packed))  # fmt: skip
