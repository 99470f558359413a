"""Views of a parsed document that spaCy rebuilds at every request, kept once per document.

``Doc.ents`` (and ``Span.ents``, which filters it) builds every entity span again from the tokens each time it
is read: the toponym finder and the event rules, which ask for the entities of a phrase hundreds of times an
article, read this copy. Both run after the entity recogniser and neither sets ``doc.ents``, so the entities no
longer change once read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: ``doc.user_data`` key of the document's entities
ENTS_KEY = "geomap_ents"


def entities(doc: Doc) -> list[Span]:
    """``doc.ents``, read once per document."""
    cached = doc.user_data.get(ENTS_KEY)
    if cached is None:
        cached = doc.user_data[ENTS_KEY] = list(doc.ents)
    return cached


def entities_in(span: Span) -> list[Span]:
    """``span.ents``: the document's entities that lie wholly inside ``span``."""
    start, end = span.start, span.end
    return [ent for ent in entities(span.doc) if start <= ent.start and ent.end <= end]
