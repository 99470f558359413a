"""The library's front door: text or articles in, typed toponyms and events out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from .collection import EventCollection
from .model import Article, Event, Toponym
from .pipeline import DEFAULT_MODEL, load, process

__all__ = ["extract_events", "extract_articles", "iter_article_events", "geoparse", "geoparse_texts"]


def extract_events(text: str, *, published: dt.date | str | None = None, model: str = DEFAULT_MODEL,
                   article_id: str = "doc", title: str | None = None) -> list[Event]:
    """The events reported in ``text``; relative dates resolve against ``published`` (default: today).

    >>> events = extract_events("Russian forces shelled Kharkiv on Friday.", published="2025-07-31")
    """
    from .articles import article_from_text

    if isinstance(published, str):
        from .dates import parse_published

        published = parse_published(published)
    article = article_from_text(text, id=article_id, published=published, title=title)
    return list(iter_article_events([article], model=model))[0][1]


def iter_article_events(articles: Iterable[Article], *, model: str = DEFAULT_MODEL,
                        batch_size: int = 16) -> Iterator[tuple[Article, list[Event]]]:
    """``(article, events)`` pairs, articles processed in batches through ``nlp.pipe``."""
    nlp = load(model)
    for article, doc in process(articles, nlp=nlp, batch_size=batch_size):
        yield article, list(doc._.events)


def extract_articles(articles: Iterable[Article], *, model: str = DEFAULT_MODEL) -> EventCollection:
    """All events of all ``articles`` as one :class:`EventCollection`."""
    events: list[Event] = []
    for _, found in iter_article_events(articles, model=model):
        events.extend(found)
    return EventCollection(events)


def geoparse(text: str, *, model: str = DEFAULT_MODEL) -> list[Toponym]:
    """The place mentions in ``text``, each resolved against the gazetteer (``place`` is ``None`` if not)."""
    return next(geoparse_texts([text], model=model))


def geoparse_texts(texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 32) -> Iterator[list[Toponym]]:
    """Toponyms for each text, in order, through ``nlp.pipe`` (the event component is left out; long texts are
    processed in parts, offsets always refer to the whole text)."""
    nlp = load(model, events=False)
    articles = (Article(id=str(i), text=text) for i, text in enumerate(texts))
    for _, doc in process(articles, nlp=nlp, batch_size=batch_size):
        yield list(doc._.toponyms)
