"""Fixtures shared by the pipeline tests (the session-wide ``nlp`` and gazetteer come from ``tests/conftest.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.articles import article_from_text
from geomap.pipeline import process

#: the publication date the event tests resolve dates against (a Thursday)
PUBLISHED = dt.date(2025, 9, 18)


@pytest.fixture(scope="module")
def events_of(nlp):
    """The events the real pipeline extracts from ``text`` published on ``published``."""

    def run(text: str, published: dt.date = PUBLISHED):
        article = article_from_text(text, id="t", published=published)
        return list(next(process([article], nlp=nlp))[1]._.events)

    return run
