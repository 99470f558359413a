"""The local offline gazetteer: build, lookups, geopy geocoder and the user layer.

>>> from geomap.gazetteer import Gazetteer
>>> gaz = Gazetteer.open()            # doctest: +SKIP
>>> gaz.lookup("Vladivostok")[0].id    # doctest: +SKIP
'gn:2013348'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "Gazetteer",
    "LocalGazetteer",
    "ReverseResult",
    "Organization",
    "default_gazetteer_dir",
    "get_gazetteer",
    "build_gazetteer",
    "normalize",
]

if TYPE_CHECKING:
    from geomap.gazetteer.build import build_gazetteer
    from geomap.gazetteer.gazetteer import (
        Gazetteer,
        Organization,
        ReverseResult,
        default_gazetteer_dir,
        get_gazetteer,
    )
    from geomap.gazetteer.geocoder import LocalGazetteer
    from geomap.gazetteer.names import normalize

_LAZY = {
    "Gazetteer": "geomap.gazetteer.gazetteer",
    "ReverseResult": "geomap.gazetteer.gazetteer",
    "Organization": "geomap.gazetteer.gazetteer",
    "default_gazetteer_dir": "geomap.gazetteer.gazetteer",
    "get_gazetteer": "geomap.gazetteer.gazetteer",
    "LocalGazetteer": "geomap.gazetteer.geocoder",
    "build_gazetteer": "geomap.gazetteer.build",
    "normalize": "geomap.gazetteer.names",
}


def __getattr__(name: str) -> Any:
    """Import submodules lazily so ``import geomap.gazetteer`` stays cheap (geopy only for LocalGazetteer)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap.gazetteer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
