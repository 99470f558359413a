"""geomap: news text to geocoded events, an event store and layered offline maps."""

from __future__ import annotations

__version__ = "0.1.0"
