"""geomap's exception hierarchy.

Every error geomap raises on purpose derives from :class:`GeomapError`; each subclass also inherits
the matching built-in (as geopy's exceptions do), so ``except ValueError`` keeps working for callers
who do not know geomap. Messages say what went wrong *and* what to do about it; the CLI prints them as
one line without a traceback.
"""

from __future__ import annotations

__all__ = [
    "GeomapError",
    "InputError",
    "ArticleError",
    "DateError",
    "OutputError",
    "ModelError",
    "GazetteerError",
    "GazetteerNotBuiltError",
    "UnknownPlaceError",
    "UserEntryError",
    "StoreError",
    "QueryError",
]


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """Input given by the user is invalid (a bad option value, a malformed file)."""


class ArticleError(InputError):
    """An article cannot be read: missing, unreadable, not UTF-8 text, or empty."""


class DateError(InputError):
    """A date given by the user (``--published``, ``--since``) cannot be parsed."""


class OutputError(GeomapError, OSError):
    """An output file cannot be written, or an output format is unknown."""


class ModelError(GeomapError, ImportError):
    """The spaCy pipeline named by ``--model`` is not installed or cannot be loaded."""


class GazetteerError(GeomapError):
    """Base class for gazetteer problems."""


class GazetteerNotBuiltError(GazetteerError, FileNotFoundError):
    """The gazetteer artifacts are missing: run ``geomap gazetteer build``."""


class UnknownPlaceError(GazetteerError, LookupError):
    """A place name or id is not in the gazetteer."""


class UserEntryError(GazetteerError, ValueError):
    """A user gazetteer entry is invalid (bad coordinates, polygon, country, duplicate...)."""


class StoreError(GeomapError, RuntimeError):
    """The event store cannot be opened, read or written."""


class QueryError(InputError):
    """A query's filters are invalid (malformed bbox, radius without centre, since after until...)."""
