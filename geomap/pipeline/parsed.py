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
    """``doc.ents``, read once per document, each cut at its line breaks: the small model runs a headline's last
    name into the dateline below it ("... in Bass Strait\n\nHOBART" one place)."""
    cached = doc.user_data.get(ENTS_KEY)
    if cached is None:
        cached = doc.user_data[ENTS_KEY] = [part for ent in doc.ents for part in _lines_of(ent)]
    return cached


def _lines_of(ent: Span) -> list[Span]:
    """The parts of ``ent`` between its line-break tokens (``[ent]`` when it has none)."""
    breaks = [tok.i for tok in ent if tok.is_space and "\n" in tok.text]
    if not breaks:
        return [ent]
    doc, parts, start = ent.doc, [], ent.start
    for i in [*breaks, ent.end]:
        if i > start:
            parts.append(Span(doc, start, i, label=ent.label))
        start = i + 1
    return parts


def entities_in(span: Span) -> list[Span]:
    """``span.ents``: the document's entities that lie wholly inside ``span``."""
    start, end = span.start, span.end
    return [ent for ent in entities(span.doc) if start <= ent.start and ent.end <= end]
