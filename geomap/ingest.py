"""Ingesting articles into the event store: read, extract in batches, store one transaction per batch."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from .model import Article, Event

__all__ = ["IngestSummary", "ingest_articles"]


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
    from .articles import content_hash, read_articles
    from .extract import iter_article_events
    from .store import open_store

    started = time.perf_counter()
    articles = list(read_articles(paths, published=published))
    from .store.postgis import redact_url

    summary = IngestSummary(store=redact_url(str(store)),
                            articles=len(articles))
    with open_store(store) as event_store:
        todo = articles if replace else [a for a in articles if not event_store.has_article(content_hash(a))]
        summary.skipped.extend(a.id for a in articles if a not in todo)
        results: Iterable[tuple[Article, list[Event]]] = iter_article_events(todo, model=model)
        if progress is not None:
            results = progress(results, len(todo))
        for batch in _batches_of_pairs(results, batch_size):
            result = event_store.add_articles(batch, replace=replace)
            summary.added.extend(result.added)
            summary.replaced.extend(result.replaced)
            summary.skipped.extend(result.skipped)
            summary.events += result.events_added
    summary.seconds = time.perf_counter() - started
    return summary


def _batches_of_pairs(pairs: Iterable[tuple[Article, list[Event]]],
                      size: int) -> Iterator[list[tuple[Article, list[Event]]]]:
    it = iter(pairs)
    while chunk := list(islice(it, size)):
        yield chunk
