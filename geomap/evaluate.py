"""Scoring geoparsing and event location against gold corpora, with the field's standard metrics.

Gold corpora are JSONL (``/work/shared/eval/README.md``): one document a line,
``{"id", "text", "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid", "type"}], "meta"}``.

Geoparsing (:func:`score_geoparsing`)
-------------------------------------
- **Recognition.** Per document, predicted and gold spans are matched one-to-one; two spans match only if
  they overlap by at least one character. Matching is greedy: all overlapping (gold, prediction) pairs are
  taken in order of largest overlap, then smallest union (so an exact match beats a longer prediction),
  then position; a pair is kept if neither side is matched yet. TP = matched pairs, FP = predictions
  left over, FN = gold left over; P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean (0 when a
  denominator is 0).
- **Resolution**, over matched gold toponyms that have coordinates: the great-circle (haversine,
  R = 6371.0088 km) error between gold and predicted points; a matched prediction without coordinates
  is an error of 20,039 km. acc@161 = share of errors *strictly under* 161 km; mean and median error;
  AUC as Gritta et al. 2018: sort errors, ``x_i = ln(1 + e_i)``,
  ``AUC = (Σx_i − (x_1 + x_N)/2) / ((N − 1)·ln 20039)`` (the trapezoid area under the sorted log-error
  curve, normalised to [0, 1]; lower is better). With N = 1 the curve is one flat value, so
  ``AUC = x_1 / ln 20039``; with N = 0 every resolution figure is ``None``.
- **End-to-end acc@161**: gold toponyms with coordinates that were matched *and* placed under 161 km, over
  all gold toponyms with coordinates. The headline figure.
- **By type**: recall and acc@161 per gold ``type`` (GeoWebNews' Literal/Metonymic/…, LGL's GeoNames
  ``class.code``; ``(none)`` when the gold has no type), and the N largest errors of 161 km or more, with
  the lists of all matches, misses and false positives, for error analysis.

Predictions are ``{doc_id: [prediction, ...]}``; a prediction is a :class:`PredToponym`, a tuple
``(start, end)`` or ``(start, end, lat, lon)``, or any object with ``start``/``end`` and either
``lat``/``lon`` or a ``place`` having them (so geomap's own ``Toponym`` works). A gold document missing
from the dict has no predictions.

Event location (:func:`score_event_location`)
---------------------------------------------
EventLocation records are single sentences, keyed by the record ``id``; ``meta.verbs`` names the event
verb (one per record, except a handful of records whose extra "verb" is a tagging error), so the gold is
per record: the span(s) of the place where that event happened (several when it happened in several
places), or none. A prediction is ``{record_id: (start, end) | None}`` (a missing id means ``None``). On
records with a gold location, the *exact* variant counts a prediction equal to any gold span, the
*overlap* variant one that overlaps any gold span. On records without one, a ``None`` is correct.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.distance import EARTH_RADIUS_KM, haversine_km
from geomap.errors import InputError

__all__ = [
    "EARTH_RADIUS_KM",
    "MAX_ERROR_KM",
    "ACCURACY_KM",
    "GoldToponym",
    "GoldDoc",
    "PredToponym",
    "Match",
    "ErrorCase",
    "TypeScores",
    "GeoparseScores",
    "EventLocationError",
    "EventLocationScores",
    "load_corpus",
    "haversine_km",
    "auc",
    "match_spans",
    "score_geoparsing",
    "score_event_location",
    "format_report",
]

#: The error charged for a matched toponym without coordinates, and the AUC's normaliser (Gritta et al.).
MAX_ERROR_KM = 20039.0
#: The accuracy threshold: 161 km = 100 miles.
ACCURACY_KM = 161.0

Span = tuple[int, int]


@dataclass(slots=True, frozen=True)
class GoldToponym:
    """One gold place mention; ``lat``/``lon`` are ``None`` when the annotators gave no coordinates."""

    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    type: str | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def point(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.has_coordinates else None  # type: ignore[return-value]


@dataclass(slots=True)
class GoldDoc:
    """One gold document: its text, gold toponyms and the corpus' own metadata."""

    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def verbs(self) -> list[tuple[int, int, str]]:
        """EventLocation's event verbs as ``(start, end, word)``; empty for other corpora."""
        return [(int(v["start"]), int(v["end"]), str(v.get("name", ""))) for v in self.meta.get("verbs") or []]


@dataclass(slots=True, frozen=True)
class PredToponym:
    """A predicted place mention; ``lat``/``lon`` ``None`` when it was found but not resolved."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None
    name: str = ""

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def point(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.has_coordinates else None  # type: ignore[return-value]


@dataclass(slots=True, frozen=True)
class Match:
    """A matched gold/prediction pair; ``error_km`` is ``None`` when the gold has no coordinates."""

    doc_id: str
    gold: GoldToponym
    pred: PredToponym
    error_km: float | None


@dataclass(slots=True, frozen=True)
class ErrorCase:
    """One resolution error, for error analysis."""

    doc_id: str
    gold_name: str
    predicted_text: str
    predicted_point: tuple[float, float] | None
    gold_point: tuple[float, float]
    error_km: float


@dataclass(slots=True, frozen=True)
class TypeScores:
    """Recall and resolution figures for the gold toponyms of one ``type``."""

    type: str
    gold: int
    found: int
    recall: float
    resolved: int  # matched gold toponyms with coordinates
    acc_at_161: float | None
    gold_with_coordinates: int
    end_to_end_acc_at_161: float | None


@dataclass(slots=True)
class GeoparseScores:
    """Recognition, resolution and end-to-end scores of one run over a corpus."""

    docs: int
    gold: int
    predicted: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    resolved: int  # N of the resolution metrics: matched gold toponyms with coordinates
    acc_at_161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    gold_with_coordinates: int
    end_to_end_acc_at_161: float | None
    by_type: dict[str, TypeScores] = field(default_factory=dict)
    worst: list[ErrorCase] = field(default_factory=list)
    unknown_docs: list[str] = field(default_factory=list)  # predicted ids not in the gold
    matches: list[Match] = field(default_factory=list, repr=False)
    misses: list[tuple[str, GoldToponym]] = field(default_factory=list, repr=False)
    false_positives: list[tuple[str, PredToponym]] = field(default_factory=list, repr=False)

    def summary(self) -> dict[str, float | int | None]:
        """The headline figures as a flat dict (for JSON output and comparisons)."""
        names = (
            "docs gold predicted tp fp fn precision recall f1 resolved acc_at_161 mean_km median_km auc "
            "gold_with_coordinates end_to_end_acc_at_161"
        ).split()
        return {name: getattr(self, name) for name in names}


@dataclass(slots=True, frozen=True)
class EventLocationError:
    """A record whose predicted event location was wrong (exact variant)."""

    doc_id: str
    text: str
    gold: tuple[Span, ...]
    predicted: Span | None
    overlaps: bool


@dataclass(slots=True)
class EventLocationScores:
    """Event-location accuracy on records with and without a gold location."""

    records: int
    with_location: int
    without_location: int
    exact_correct: int
    overlap_correct: int
    exact_accuracy: float | None  # over records with a gold location
    overlap_accuracy: float | None
    none_correct: int
    none_accuracy: float | None  # share of records without a gold location predicted as None
    predicted_locations: int
    exact_precision: float | None  # exact hits / records where a location was predicted
    overlap_precision: float | None
    overall_exact_accuracy: float  # every record: exact hit, or correct None
    overall_overlap_accuracy: float
    unknown_docs: list[str] = field(default_factory=list)
    errors: list[EventLocationError] = field(default_factory=list, repr=False)

    def summary(self) -> dict[str, float | int | None]:
        """The headline figures as a flat dict."""
        names = (
            "records with_location without_location exact_correct overlap_correct exact_accuracy "
            "overlap_accuracy none_correct none_accuracy predicted_locations exact_precision overlap_precision "
            "overall_exact_accuracy overall_overlap_accuracy"
        ).split()
        return {name: getattr(self, name) for name in names}


# ------------------------------------------------------------------------------------------- loading


def load_corpus(path: str | Path, *, limit: int | None = None) -> list[GoldDoc]:
    """The gold documents of a corpus JSONL file (the first ``limit`` when given).

    Raises :class:`~geomap.errors.InputError` naming the file and line when a line is malformed or a
    toponym's offsets do not give its name.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"No gold corpus at {p}: pass a JSONL file such as /work/shared/eval/LGL.jsonl.")
    docs: list[GoldDoc] = []
    with p.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            try:
                docs.append(_gold_doc(json.loads(line)))
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(
                    f"{p} line {lineno} is not a gold document ({err}): each line must be "
                    '{"id", "text", "toponyms": [{"start", "end", "name", "lat", "lon", ...}], "meta"}.'
                ) from err
    return docs


def _gold_doc(obj: dict[str, Any]) -> GoldDoc:
    text = obj["text"]
    toponyms = []
    for t in obj.get("toponyms") or []:
        start, end = int(t["start"]), int(t["end"])
        name = t.get("name", text[start:end])
        if text[start:end] != name:
            raise ValueError(f"text[{start}:{end}] is {text[start:end]!r}, not {name!r}")
        lat, lon = t.get("lat"), t.get("lon")
        gid = t.get("geonameid")
        toponyms.append(
            GoldToponym(
                start=start,
                end=end,
                name=name,
                lat=None if lat is None else float(lat),
                lon=None if lon is None else float(lon),
                geonameid=None if gid is None else int(gid),
                type=t.get("type"),
            )
        )
    return GoldDoc(id=str(obj["id"]), text=text, toponyms=toponyms, meta=dict(obj.get("meta") or {}))


# ----------------------------------------------------------------------------------------- geometry


def auc(errors_km: Iterable[float]) -> float | None:
    """Gritta et al. (2018)'s area under the sorted log-error curve, in [0, 1]; lower is better.

    ``x_i = ln(1 + e_i)`` sorted; ``(Σx_i − (x_1 + x_N)/2) / ((N − 1)·ln 20039)``. N = 1 gives
    ``x_1 / ln 20039`` (a flat curve); N = 0 gives ``None``.
    """
    xs = sorted(math.log1p(min(max(e, 0.0), MAX_ERROR_KM)) for e in errors_km)
    if not xs:
        return None
    norm = math.log(MAX_ERROR_KM)
    if len(xs) == 1:
        return xs[0] / norm
    return (math.fsum(xs) - (xs[0] + xs[-1]) / 2) / ((len(xs) - 1) * norm)


# ----------------------------------------------------------------------------------------- matching


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one ``(gold_index, predicted_index)`` pairs of overlapping spans (see the module docstring)."""
    order = sorted(range(len(predicted)), key=lambda j: predicted[j][0])
    pairs: list[tuple[int, int, int, int, int]] = []
    for i, (gs, ge) in enumerate(gold):
        for j in order:
            ps, pe = predicted[j]
            if ps >= ge:
                break
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                union = max(ge, pe) - min(gs, ps)
                pairs.append((-overlap, union, gs, ps, i * len(predicted) + j))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result: list[tuple[int, int]] = []
    for *_, key in pairs:
        i, j = divmod(key, len(predicted))
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        result.append((i, j))
    return sorted(result)


def _as_pred(obj: Any) -> PredToponym:
    if isinstance(obj, PredToponym):
        return obj
    if isinstance(obj, (tuple, list)):
        if len(obj) == 2:
            return PredToponym(int(obj[0]), int(obj[1]))
        if len(obj) == 4:
            lat, lon = obj[2], obj[3]
            return PredToponym(int(obj[0]), int(obj[1]), _opt_float(lat), _opt_float(lon))
    elif hasattr(obj, "start") and hasattr(obj, "end"):
        lat, lon = getattr(obj, "lat", None), getattr(obj, "lon", None)
        place = getattr(obj, "place", None)
        if (lat is None or lon is None) and place is not None:
            lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
        name = getattr(obj, "text", None) or getattr(obj, "name", "") or ""
        return PredToponym(int(obj.start), int(obj.end), _opt_float(lat), _opt_float(lon), str(name))
    raise InputError(
        f"Cannot read the prediction {obj!r}: give a PredToponym, (start, end), (start, end, lat, lon), "
        "or an object with start/end and lat/lon (or a place)."
    )


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


# ------------------------------------------------------------------------------------------ scoring


def score_geoparsing(
    gold: Sequence[GoldDoc],
    predicted: Mapping[str, Iterable[Any]],
    *,
    worst: int = 20,
) -> GeoparseScores:
    """Recognition P/R/F1, resolution acc@161/mean/median/AUC, end-to-end acc@161, per-type figures and
    the ``worst`` largest errors of ``predicted`` against ``gold`` (definitions in the module docstring)."""
    gold_ids = {doc.id for doc in gold}
    unknown = sorted(str(k) for k in predicted if k not in gold_ids)
    matches: list[Match] = []
    misses: list[tuple[str, GoldToponym]] = []
    false_pos: list[tuple[str, PredToponym]] = []
    n_pred = 0
    for doc in gold:
        preds = [_as_pred(p) for p in predicted.get(doc.id, ())]
        n_pred += len(preds)
        pairs = match_spans([(t.start, t.end) for t in doc.toponyms], [(p.start, p.end) for p in preds])
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, j in pairs:
            g, p = doc.toponyms[i], preds[j]
            if not p.name:
                p = PredToponym(p.start, p.end, p.lat, p.lon, doc.text[p.start : p.end])
            err = None
            if g.has_coordinates:
                err = MAX_ERROR_KM
                if p.has_coordinates:
                    err = haversine_km(g.lat, g.lon, p.lat, p.lon)  # type: ignore[arg-type]
            matches.append(Match(doc.id, g, p, err))
        misses.extend((doc.id, t) for i, t in enumerate(doc.toponyms) if i not in matched_gold)
        false_pos.extend(
            (doc.id, p if p.name else PredToponym(p.start, p.end, p.lat, p.lon, doc.text[p.start : p.end]))
            for j, p in enumerate(preds)
            if j not in matched_pred
        )

    n_gold = sum(len(doc.toponyms) for doc in gold)
    tp = len(matches)
    fp, fn = n_pred - tp, n_gold - tp
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    errors = [m.error_km for m in matches if m.error_km is not None]
    with_coords = sum(t.has_coordinates for doc in gold for t in doc.toponyms)
    close = sum(e < ACCURACY_KM for e in errors)

    wrong = [m for m in matches if m.error_km is not None and m.error_km >= ACCURACY_KM]
    wrong.sort(key=lambda m: (-m.error_km, m.doc_id, m.gold.start))  # type: ignore[operator]
    worst_cases = wrong[: max(worst, 0)]
    return GeoparseScores(
        docs=len(gold),
        gold=n_gold,
        predicted=n_pred,
        tp=tp,
        fp=fp,
        fn=fn,
        precision=precision,
        recall=recall,
        f1=f1,
        resolved=len(errors),
        acc_at_161=_ratio(close, len(errors)),
        mean_km=statistics.fmean(errors) if errors else None,
        median_km=statistics.median(errors) if errors else None,
        auc=auc(errors),
        gold_with_coordinates=with_coords,
        end_to_end_acc_at_161=_ratio(close, with_coords),
        by_type=_by_type(gold, matches),
        worst=[
            ErrorCase(m.doc_id, m.gold.name, m.pred.name, m.pred.point, m.gold.point, m.error_km)  # type: ignore[arg-type]
            for m in worst_cases
        ],
        unknown_docs=unknown,
        matches=matches,
        misses=misses,
        false_positives=false_pos,
    )


def _type_key(toponym: GoldToponym) -> str:
    return toponym.type if toponym.type else "(none)"


def _by_type(gold: Sequence[GoldDoc], matches: Sequence[Match]) -> dict[str, TypeScores]:
    totals: dict[str, list[int]] = {}  # type -> [gold, with coordinates]
    for doc in gold:
        for t in doc.toponyms:
            row = totals.setdefault(_type_key(t), [0, 0])
            row[0] += 1
            row[1] += t.has_coordinates
    found: dict[str, int] = {}
    errs: dict[str, list[float]] = {}
    for m in matches:
        key = _type_key(m.gold)
        found[key] = found.get(key, 0) + 1
        if m.error_km is not None:
            errs.setdefault(key, []).append(m.error_km)
    result = {}
    for key, (n, n_coords) in sorted(totals.items(), key=lambda kv: (-kv[1][0], kv[0])):
        e = errs.get(key, [])
        close = sum(x < ACCURACY_KM for x in e)
        result[key] = TypeScores(
            type=key,
            gold=n,
            found=found.get(key, 0),
            recall=found.get(key, 0) / n,
            resolved=len(e),
            acc_at_161=_ratio(close, len(e)),
            gold_with_coordinates=n_coords,
            end_to_end_acc_at_161=_ratio(close, n_coords),
        )
    return result


def _as_span(value: Any, doc_id: str) -> Span | None:
    if value is None:
        return None
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return (int(value[0]), int(value[1]))
    raise InputError(f"The event-location prediction for {doc_id!r} is {value!r}: give (start, end) or None.")


def score_event_location(
    gold: Sequence[GoldDoc],
    predicted: Mapping[str, Span | None],
) -> EventLocationScores:
    """Exact and overlap accuracy of predicted event-location spans, and accuracy of "no location"."""
    gold_ids = {doc.id for doc in gold}
    unknown = sorted(str(k) for k in predicted if k not in gold_ids)
    with_loc = exact = overlap = none_ok = n_pred = pred_exact = pred_overlap = 0
    errors: list[EventLocationError] = []
    for doc in gold:
        spans = tuple((t.start, t.end) for t in doc.toponyms)
        pred = _as_span(predicted.get(doc.id), doc.id)
        n_pred += pred is not None
        if spans:
            with_loc += 1
            is_exact = pred is not None and pred in spans
            is_overlap = pred is not None and any(min(e, pred[1]) > max(s, pred[0]) for s, e in spans)
            exact += is_exact
            overlap += is_overlap
            pred_exact += is_exact
            pred_overlap += is_overlap
            if not is_exact:
                errors.append(EventLocationError(doc.id, doc.text, spans, pred, is_overlap))
        elif pred is None:
            none_ok += 1
        else:
            errors.append(EventLocationError(doc.id, doc.text, spans, pred, False))
    n = len(gold)
    return EventLocationScores(
        records=n,
        with_location=with_loc,
        without_location=n - with_loc,
        exact_correct=exact,
        overlap_correct=overlap,
        exact_accuracy=_ratio(exact, with_loc),
        overlap_accuracy=_ratio(overlap, with_loc),
        none_correct=none_ok,
        none_accuracy=_ratio(none_ok, n - with_loc),
        predicted_locations=n_pred,
        exact_precision=_ratio(pred_exact, n_pred),
        overlap_precision=_ratio(pred_overlap, n_pred),
        overall_exact_accuracy=(exact + none_ok) / n if n else 0.0,
        overall_overlap_accuracy=(overlap + none_ok) / n if n else 0.0,
        unknown_docs=unknown,
        errors=errors,
    )


# ------------------------------------------------------------------------------------------ reports


def _f(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _pt(point: tuple[float, float] | None) -> str:
    return "(none)" if point is None else f"{point[0]:.3f},{point[1]:.3f}"


def format_report(scores: GeoparseScores | EventLocationScores, *, title: str | None = None) -> str:
    """A plain-text table of ``scores`` (either kind), for the terminal or a log."""
    lines = [title, "=" * len(title)] if title else []
    if isinstance(scores, EventLocationScores):
        s = scores
        lines += [
            f"Records {s.records}: {s.with_location} with a gold location, {s.without_location} without",
            f"{'':24}{'correct':>9}{'accuracy':>10}",
            f"{'location, exact span':24}{s.exact_correct:>9}{_f(s.exact_accuracy):>10}",
            f"{'location, overlap':24}{s.overlap_correct:>9}{_f(s.overlap_accuracy):>10}",
            f"{'no location':24}{s.none_correct:>9}{_f(s.none_accuracy):>10}",
            f"Overall accuracy: exact {_f(s.overall_exact_accuracy)}, overlap {_f(s.overall_overlap_accuracy)}; "
            f"precision of {s.predicted_locations} predicted locations: exact {_f(s.exact_precision)}, "
            f"overlap {_f(s.overlap_precision)}",
        ]
        if s.unknown_docs:
            lines.append(f"Ignored {len(s.unknown_docs)} predicted ids not in the gold.")
        return "\n".join(lines)

    s = scores
    lines += [
        f"Documents {s.docs}   gold toponyms {s.gold} ({s.gold_with_coordinates} with coordinates)   "
        f"predicted {s.predicted}",
        "",
        f"{'Recognition':<13}{'TP':>7}{'FP':>7}{'FN':>7}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'':<13}{s.tp:>7}{s.fp:>7}{s.fn:>7}{_f(s.precision):>8}{_f(s.recall):>8}{_f(s.f1):>8}",
        "",
        f"{'Resolution':<13}{'N':>7}{'acc@161':>9}{'mean km':>10}{'median km':>11}{'AUC':>7}",
        f"{'':<13}{s.resolved:>7}{_f(s.acc_at_161):>9}{_f(s.mean_km, 1):>10}{_f(s.median_km, 1):>11}{_f(s.auc):>7}",
        "",
        f"End-to-end acc@161: {_f(s.end_to_end_acc_at_161)}",
    ]
    if s.by_type:
        width = max(12, *(len(k) for k in s.by_type)) + 2
        header = f"{'By gold type':<{width}}{'gold':>6}{'found':>7}{'recall':>8}{'N':>6}{'acc@161':>9}{'end-to-end':>12}"
        lines += ["", header]
        for key, t in s.by_type.items():
            lines.append(
                f"{key:<{width}}{t.gold:>6}{t.found:>7}{_f(t.recall):>8}{t.resolved:>6}"
                f"{_f(t.acc_at_161):>9}{_f(t.end_to_end_acc_at_161):>12}"
            )
    if s.worst:
        header = f"{'km':>9}  {'doc':<22}{'gold name':<24}{'gold point':<18}predicted"
        lines += ["", f"Worst {len(s.worst)} errors (161 km or more)", header]
        for e in s.worst:
            pred = f"{e.predicted_text!r} at {_pt(e.predicted_point)}"
            lines.append(f"{e.error_km:>9.1f}  {e.doc_id[:21]:<22}{e.gold_name[:23]:<24}{_pt(e.gold_point):<18}{pred}")
    if s.unknown_docs:
        shown = ", ".join(s.unknown_docs[:5])
        lines += ["", f"Ignored predictions for {len(s.unknown_docs)} ids not in the gold: {shown}"]
    return "\n".join(lines)
