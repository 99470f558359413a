"""Name normalisation shared by the gazetteer build and its run-time lookups.

Both sides must agree byte for byte: a name is stored under ``normalize(name)`` and looked up the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zlib import crc32

__all__ = ["normalize", "slugify", "is_latin", "bloom_indexes", "BLOOM_HASHES"]

#: Hash functions of the name Bloom filter the build writes and ``Gazetteer.has_name`` reads.
BLOOM_HASHES = 7

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
                              "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                       "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"})
#: Abbreviated name words, expanded so "Mt. Pleasant" = "Mount Pleasant" and "St. Louis" = "Saint Louis".
_ABBREVIATIONS = {"mt.": "mount", "mt": "mount", "st.": "saint", "st": "saint", "ste.": "sainte", "ft.": "fort",
                  "ft": "fort", "pt.": "point"}
_SPACES = re.compile(r"\s+")
_SLUG = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Case- and accent-folded form of ``name``: curly quotes straightened, leading "the " dropped.

    >>> normalize("  The Sea of Japan ")
    'sea of japan'
    >>> normalize("Zürich")
    'zurich'
    """
    text = name.translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    tokens = text.casefold().split()
    if len(tokens) > 1 and tokens[0] == "the":
        del tokens[0]
    for i, tok in enumerate(tokens):
        if tok in _ABBREVIATIONS:
            tokens[i] = _ABBREVIATIONS[tok]
    return " ".join(tokens)


def slugify(name: str) -> str:
    """Id slug: lowercase, every run of non-alphanumerics replaced by "-" ("Sea of Japan" → "sea-of-japan")."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _SLUG.sub("-", text).strip("-")


def is_latin(name: str) -> bool:
    """True when ``name`` uses only Latin letters (accents allowed), digits, spaces and punctuation."""
    for ch in normalize(name):
        if ord(ch) < 128:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def bloom_indexes(norm: str, bits: int) -> list[int]:
    """Bit positions of ``norm`` in a Bloom filter of ``bits`` bits (double hashing over two CRC-32s)."""
    data = norm.encode("utf-8")
    h1 = crc32(data)
    h2 = crc32(data, 0x5BD1E995) | 1
    return [(h1 + i * h2) % bits for i in range(BLOOM_HASHES)]
