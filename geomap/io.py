"""Writing files so that a failure never leaves a half-written one: a temporary file, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError

__all__ = ["atomic_write"]


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` atomically (temporary file in the same folder + ``os.replace``).

    Parent folders are created. Raises :class:`~geomap.errors.OutputError` naming the path when it cannot be
    written; the previous content (if any) is then left untouched.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise OutputError(f"Cannot write {path}: {err.strerror or err}. Choose a writable output path with -o.") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode(encoding) if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"Cannot write {path}: {err.strerror or err}. Choose a writable output path with -o.") from err
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
