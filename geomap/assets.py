"""Make a rendered folium page self-contained.

folium writes ``<script src="https://cdn...">`` and ``<link rel="stylesheet" href="https://cdn...">`` tags.
The ``folium-offline`` package (module ``offlinefolium``) carries the exact files behind every URL that
folium 0.20 uses, keyed by URL; :func:`inline_assets` swaps each tag for the embedded file so the page
opens with no network. A URL the package does not know is an error at render time, never a broken page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.errors import OutputError

__all__ = ["inline_assets", "remote_references"]

_SCRIPT_TAG = re.compile(r"""<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>\s*</script>""", re.I)
_LINK_TAG = re.compile(r"""<link\b[^>]*?\brel\s*=\s*["']stylesheet["'][^>]*?\bhref\s*=\s*["']([^"']+)["'][^>]*>""", re.I)
_REMOTE_REF = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)["']""", re.I)


@lru_cache(maxsize=1)
def _embedded() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as err:  # pragma: no cover - a packaging problem
        raise OutputError(
            "cannot build an offline map: the package 'folium-offline' is not installed; "
            "run `pip install folium-offline==0.20.0.2` or render with tiles='openstreetmap' online"
        ) from err
    return _res


def _asset(url: str) -> str:
    try:
        return _embedded()[url]
    except KeyError:
        raise OutputError(
            f"cannot build an offline map: folium asset {url!r} is not embedded in folium-offline; "
            "pin folium and folium-offline to matching versions (folium==0.20.0, folium-offline==0.20.0.2)"
        ) from None


def _inline_script(match: re.Match[str]) -> str:
    # "</script" inside the library would end the inline element early; "<\/" is the same in JS.
    code = re.sub(r"</(script)", r"<\\/\1", _asset(match.group(1)), flags=re.I)
    return f"<script>{code}</script>"


def _inline_style(match: re.Match[str]) -> str:
    css = re.sub(r"</(style)", r"<\\/\1", _asset(match.group(1)), flags=re.I)
    return f"<style>{css}</style>"


def inline_assets(html: str) -> str:
    """Replace every external ``<script src>``/stylesheet ``<link>`` in ``html`` by the embedded file.

    Raises :class:`~geomap.errors.OutputError` naming the URL when ``folium-offline`` lacks one.
    """
    html = _SCRIPT_TAG.sub(_inline_script, html)
    html = _LINK_TAG.sub(_inline_style, html)
    left = remote_references(html)
    if left:
        raise OutputError(
            f"cannot build an offline map: the page still references {left[0]!r}; "
            "only assets embedded in folium-offline can be inlined"
        )
    return html


def remote_references(html: str) -> list[str]:
    """URLs that tags in ``html`` would fetch (``<script src>``, ``<link href>``, ``<img src>``, ``<iframe src>``)."""
    return _REMOTE_REF.findall(html)
