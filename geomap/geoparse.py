"""Geoparsing corpora: toponym records in the ``../shared/eval/`` format, and ``geomap eval``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .model import Toponym

__all__ = ["toponym_record", "evaluate_corpus", "predict_corpus", "evaluate_event_locations"]


def toponym_record(t: Toponym) -> dict[str, Any]:
    """One toponym as a JSON-ready record (``start``, ``end``, ``name``, ``lat``, ``lon`` and the gazetteer's
    id, kind and country, with the recogniser's role and the resolver's reason)."""
    p = t.place
    return {
        "start": t.start,
        "end": t.end,
        "name": t.text,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "place_id": p.id if p else None,
        "geonameid": p.geonameid if p else None,
        "place_name": p.name if p else None,
        "kind": p.kind if p else None,
        "country": p.country_iso3 if p else None,
        "role": t.role,
        "source": t.label,
        "reason": t.reason,
    }


def predict_corpus(texts: Iterable[str], *, model: str, roles: set[str],
                   progress: Callable[[Iterable, int], Iterable] | None = None, total: int = 0) -> list[list[Toponym]]:
    """Toponyms of each text, keeping only the given roles (literal, embedded, demonym)."""
    from .extract import geoparse_texts

    results = geoparse_texts(texts, model=model)
    if progress is not None:
        results = progress(results, total)
    return [[t for t in tops if t.role in roles] for tops in results]


def evaluate_corpus(path: str | Path, *, model: str, limit: int | None = None,
                    roles: set[str] = frozenset({"literal", "embedded", "demonym"}), worst: int = 20,
                    progress: Callable[[Iterable, int], Iterable] | None = None) -> str:
    """Geoparse a gold corpus's texts (never its annotations) and return the scored report as text."""
    from .evaluate import format_report, load_corpus, score_geoparsing

    gold = load_corpus(path, limit=limit)
    predictions = predict_corpus((d.text for d in gold), model=model, roles=set(roles), progress=progress,
                                 total=len(gold))
    predicted = {doc.id: tops for doc, tops in zip(gold, predictions)}
    scores = score_geoparsing(gold, predicted, worst=worst)
    return format_report(scores, title=f"{Path(path).name} ({len(gold)} documents, roles: {', '.join(sorted(roles))})")


def evaluate_event_locations(path: str | Path, *, model: str, limit: int | None = None, rules: bool = False,
                             progress: Callable[[Iterable, int], Iterable] | None = None) -> str:
    """For each sentence of an EventLocation corpus, the place of the event of its verb (``meta.verbs``), scored
    as exact and overlapping spans, and "no location" where the gold has none.

    By default the learned chooser decides where its weights are installed; ``rules`` scores the hand-written
    rules alone. The chooser was trained on EventLocation-dev, so on that corpus the report says so and quotes
    the held-out fold scores stored with the weights (``scripts/train_event_location.py`` recomputes them).
    """
    from .evaluate import format_report, load_corpus, score_event_location
    from .pipeline import load

    gold = load_corpus(path, limit=limit)
    nlp = load(model)
    extractor = nlp.get_pipe("geomap_events")
    docs = nlp.pipe(d.text for d in gold)
    if progress is not None:
        docs = progress(docs, len(gold))
    predicted: dict[str, tuple[int, int] | None] = {}
    for g, doc in zip(gold, docs):
        verb = event_verb(g, doc)
        top = extractor.locate_verb(doc, verb, learned=not rules) if verb is not None else None
        predicted[g.id] = (top.start, top.end) if top is not None else None
    scores = score_event_location(gold, predicted)
    title = f"{Path(path).name} ({len(gold)} sentences, {_chooser_note(extractor, path, rules=rules)})"
    return format_report(scores, title=title)


def event_verb(gold: Any, doc: Any) -> Any:
    """The token of an EventLocation record's (first) event verb in its parsed ``doc``, or ``None``."""
    if not gold.verbs:
        return None
    start, end, _ = gold.verbs[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _chooser_note(extractor: Any, corpus: str | Path, *, rules: bool) -> str:
    """Which locator was scored, and a warning when the learned one is scored on its own training corpus."""
    scorer = extractor.location_scorer
    if rules or scorer is None:
        return "hand-written rules"
    trained_on = scorer.meta.get("trained_on")
    if trained_on != Path(corpus).name:
        return f"learned chooser, trained on {trained_on}"
    held = scorer.meta.get("held_out", {}).get("mean_model", {})
    return (f"learned chooser TRAINED ON THIS CORPUS: these are training-set figures; its held-out 5-fold mean is "
            f"exact {held.get('exact', float('nan')):.3f}, overlap {held.get('overlap', float('nan')):.3f}, "
            f"no location {held.get('none', float('nan')):.3f} (scripts/train_event_location.py); --rules scores "
            "the rules alone")
