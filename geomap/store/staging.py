"""Bulk rows through a private staging file: Arrow columns written by the ADBC SQLite driver, in C.

Python's ``sqlite3`` binds every value of an ``executemany`` in Python: about 0.6 µs a value, so 20–30 µs for an
event row of 37 columns, the largest single cost of a bulk load. For a large batch the GeoPackage store
instead turns the rows into Arrow columns (``pyarrow``), has the ADBC SQLite driver (``adbc-driver-sqlite``,
Apache Arrow) write them into a new file in a private temporary directory, and copies them with one
``INSERT … SELECT`` from that file, attached to the store's own connection inside its write transaction: the
same rows, values and types, at about half the cost (a third for narrow rows such as an R-tree's rowid map).

Only the staging file is ever opened by the ADBC driver's SQLite library, and it is closed before the store's
connection attaches it: two SQLite libraries never share a file (their POSIX locks would not see each other).
The store file is written by the store's own connection only, so atomicity and locking are unchanged. A
staging file stays attached until the transaction ends (SQLite cannot detach a database a transaction has
read); :func:`insert_rows` hands the caller a callback that detaches and deletes it. A process killed meanwhile
leaves its staging directory behind; the next staging removes those of processes that no longer run.
If the driver is not installed, or Arrow cannot type a column (e.g. text mixed with numbers), the rows are
bound through ``sqlite3`` as usual.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["MIN_STAGED_ROWS", "insert_rows", "stage_rows", "StagedRows"]

#: Fewer rows than this are bound directly (staging has a fixed cost of a few milliseconds).
MIN_STAGED_ROWS = 5_000

_TABLE = "rows"
_PREFIX = "geomap-stage-"  # + pid + "-" + random: the directory of one staging file
_aliases = itertools.count()


class StagedRows:
    """A staging file holding rows in table ``rows``, columns ``c0``, ``c1``, …; :meth:`cleanup` deletes it."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "stage.sqlite"

    def cleanup(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def stage_rows(rows: Sequence[Sequence[Any]], width: int) -> StagedRows | None:
    """Write ``rows`` (``width`` values each) to a new staging file.

    Returns ``None``, having written nothing, when ``adbc-driver-sqlite`` is missing or a column does not
    convert to one Arrow type.
    """
    try:
        import adbc_driver_sqlite.dbapi as adbc_sqlite
        import pyarrow as pa
    except ImportError:
        return None
    try:
        columns = list(zip(*rows)) if rows else [()] * width
        table = pa.table({f"c{k}": pa.array(values) for k, values in enumerate(columns)})
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return None
    _remove_orphans()
    staged = StagedRows(Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-")))
    try:
        with contextlib.closing(adbc_sqlite.connect(str(staged.path), autocommit=True)) as conn:
            with contextlib.closing(conn.cursor()) as cursor:
                cursor.execute("PRAGMA journal_mode = OFF")  # a scratch file: no journal, no syncs
                cursor.execute("PRAGMA synchronous = OFF")
                cursor.adbc_ingest(_TABLE, table, mode="create")
    except BaseException:
        staged.cleanup()
        raise
    return staged


def _remove_orphans() -> None:
    """Delete staging directories left by processes that no longer run (an ingest killed with SIGKILL)."""
    for directory in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*-*"):
        pid = directory.name[len(_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(directory, ignore_errors=True)
        except OSError:  # alive, owned by someone else
            pass


def insert_rows(
    conn: sqlite3.Connection, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]],
    *, after_transaction: list[Callable[[], None]],
) -> None:  # fmt: skip
    """``INSERT INTO table (names) VALUES …`` for every row, in order, inside ``conn``'s open transaction.

    Large batches go through a staging file (see the module docstring); the callback that detaches and deletes
    it is appended to ``after_transaction``, which the caller runs once the transaction has ended.
    """
    cols = ", ".join('"' + n.replace('"', '""') + '"' for n in names)
    staged = stage_rows(rows, len(names)) if len(rows) >= MIN_STAGED_ROWS else None
    if staged is None:
        conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(names))})", rows)
        return
    alias = f"geomap_stage_{next(_aliases)}"
    after_transaction.append(lambda: _detach(conn, alias, staged))
    conn.execute(f"ATTACH DATABASE ? AS {alias}", (str(staged.path),))
    values = ", ".join(f"c{k}" for k in range(len(names)))
    conn.execute(f"INSERT INTO {table} ({cols}) SELECT {values} FROM {alias}.{_TABLE} ORDER BY rowid")


def _detach(conn: sqlite3.Connection, alias: str, staged: StagedRows) -> None:
    with contextlib.suppress(sqlite3.Error):  # not attached: the ATTACH itself failed
        conn.execute(f"DETACH DATABASE {alias}")
    staged.cleanup()
