"""Bulk rows through a private staging file: Arrow columns written by the ADBC SQLite driver, in C.

Python's ``sqlite3`` binds every value of an ``executemany`` in Python: about 0.6 µs a value, so 20–30 µs for an
event row of 37 columns, the largest single cost of a bulk load. For a large batch the GeoPackage store
instead turns its rows into Arrow columns (``pyarrow``), has the ADBC SQLite driver (``adbc-driver-sqlite``,
Apache Arrow) write them into a table of a new file in a private temporary directory, and copies them with one
``INSERT … SELECT`` from that file, attached to its own connection inside its write transaction: the same
rows, values and types, at about half the cost.

Only the staging file is ever opened by the ADBC driver's SQLite library, and it is closed before the store's
connection attaches it: two SQLite libraries never share a file (their POSIX locks would not see each other).
The store file is written by the store's own connection only, so atomicity and locking are unchanged.
If the driver is not installed, or Arrow cannot type a column (e.g. text mixed with numbers), :func:`stage_rows`
returns ``None`` and the caller binds the rows itself.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["STAGE_TABLE", "StagedRows", "stage_rows"]

#: The table each staging file holds.
STAGE_TABLE = "rows"


class StagedRows:
    """A staging file holding rows; :meth:`cleanup` deletes it (and its directory)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "stage.sqlite"

    def cleanup(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def stage_rows(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> StagedRows | None:
    """Write ``rows`` (sequences of values for ``names``) to table :data:`STAGE_TABLE` of a new staging file.

    Returns ``None``, having written nothing, when ``adbc-driver-sqlite`` is missing or a column does not
    convert to one Arrow type; the caller then inserts the rows through ``sqlite3``.
    """
    try:
        import adbc_driver_sqlite.dbapi as adbc_sqlite
        import pyarrow as pa
    except ImportError:
        return None
    try:
        columns = list(zip(*rows)) if rows else [()] * len(names)
        table = pa.table({name: pa.array(values) for name, values in zip(names, columns)})
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return None
    staged = StagedRows(Path(tempfile.mkdtemp(prefix="geomap-stage-")))
    try:
        with contextlib.closing(adbc_sqlite.connect(str(staged.path), autocommit=True)) as conn:
            with contextlib.closing(conn.cursor()) as cursor:
                cursor.execute("PRAGMA journal_mode = OFF")  # a scratch file: no journal, no syncs
                cursor.execute("PRAGMA synchronous = OFF")
                cursor.adbc_ingest(STAGE_TABLE, table, mode="create")
    except BaseException:
        staged.cleanup()
        raise
    return staged
