"""Ingesting articles into the event store: read, extract in batches, store one transaction per batch."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from .model import Article, Event

if TYPE_CHECKING:
    from .store.base import EventStore, IngestResult

__all__ = ["IngestSummary", "ingest_articles", "split_stored"]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did."""

    store: str
    articles: int = 0
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def count(self, result: IngestResult) -> None:
        """Add what one :meth:`~geomap.store.base.EventStore.add_articles` call (or several) did."""
        self.added.extend(result.added)
        self.replaced.extend(result.replaced)
        self.skipped.extend(result.skipped)
        self.events += result.events_added

    def __str__(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.articles} article(s) read in {self.seconds:.1f} s ({rate:.1f} articles/s) into {self.store}",
            f"  added {len(self.added)}, replaced {len(self.replaced)}, skipped {len(self.skipped)} "
            f"(already stored; --replace re-extracts them); {self.events} event(s) stored",
        ]
        if self.skipped:
            shown = ", ".join(self.skipped[:5]) + (" ..." if len(self.skipped) > 5 else "")
            lines.append(f"  skipped: {shown}")
        return "\n".join(lines)


def ingest_articles(paths: Sequence[str], *, store: str, replace: bool = False, published: dt.date | None = None,
                    model: str, batch_size: int = 32,
                    progress: Callable[[Iterable, int], Iterable] | None = None) -> IngestSummary:
    """Read ``paths``, extract events and add them to ``store``; already-stored articles are skipped without
    being processed (unless ``replace``)."""
    from .articles import read_articles
    from .extract import iter_article_events
    from .store import open_store

    started = time.perf_counter()
    articles = list(read_articles(paths, published=published))
    from .store.postgis import redact_url

    summary = IngestSummary(store=redact_url(str(store)),
                            articles=len(articles))
    with open_store(store) as event_store:
        todo = articles
        if not replace:
            todo, stored = split_stored(articles, event_store)
            summary.skipped.extend(stored)
        results: Iterable[tuple[Article, list[Event]]] = iter_article_events(todo, model=model)
        if progress is not None:
            results = progress(results, len(todo))
        for batch in _batches_of_pairs(results, batch_size):
            summary.count(event_store.add_articles(batch, replace=replace))
    summary.seconds = time.perf_counter() - started
    return summary


def split_stored(articles: Iterable[Article], event_store: EventStore) -> tuple[list[Article], list[str]]:
    """The articles ``event_store`` does not hold yet (by content hash), and the ids of those it holds."""
    from .articles import content_hash

    todo: list[Article] = []
    stored: list[str] = []
    for article in articles:
        if event_store.has_article(content_hash(article)):
            stored.append(article.id)
        else:
            todo.append(article)
    return todo, stored


def _batches_of_pairs(pairs: Iterable[tuple[Article, list[Event]]],
                      size: int) -> Iterator[list[tuple[Article, list[Event]]]]:
    it = iter(pairs)
    while chunk := list(islice(it, size)):
        yield chunk
