"""Tests for geomap.evaluate: hand-computed figures, edge cases, and the real gold corpora."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.evaluate import (
    MAX_ERROR_KM,
    GoldDoc,
    GoldToponym,
    PredToponym,
    auc,
    format_report,
    load_corpus,
    match_spans,
    score_event_location,
    score_geoparsing,
)
from geomap.model import Place, Toponym

EVAL = Path("/work/shared/eval")

LONDON = (51.5074, -0.1278)
PARIS = (48.8566, 2.3522)
BERLIN = (52.52, 13.405)
SYDNEY = (-33.8688, 151.2093)


def _gold(text: str, name: str, point: tuple[float, float] | None, type_: str | None, *, at: int = 0) -> GoldToponym:
    start = text.index(name, at)
    lat, lon = point if point else (None, None)
    return GoldToponym(start, start + len(name), name, lat, lon, None, type_)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture()
def hand_made() -> tuple[list[GoldDoc], dict[str, list]]:
    t1 = "Officials from London, Paris and Berlin met in Rome."
    t2 = "Sydney is far away."
    gold = [
        GoldDoc(
            "d1",
            t1,
            [
                _gold(t1, "London", LONDON, "Literal"),
                _gold(t1, "Paris", PARIS, "Literal"),
                _gold(t1, "Berlin", BERLIN, "Metonymic"),
                _gold(t1, "Rome", None, "Literal"),  # no coordinates: counts for recognition only
            ],
        ),
        GoldDoc("d2", t2, [_gold(t2, "Sydney", SYDNEY, None)]),
    ]
    predicted = {
        "d1": [
            (*_span(t1, "London"), *PARIS),  # right span, placed in Paris: 343.56 km
            (*_span(t1, "Paris"), *PARIS),  # exact: 0 km
            _span(t1, "Berlin met"),  # overlapping span, no coordinates: 20,039 km
            (*_span(t1, "Rome"), 41.9, 12.5),  # gold has no coordinates
            (*_span(t1, "Officials"), 0.0, 0.0),  # spurious
            (*_span(t1, "met"), 1.0, 1.0),  # spurious
        ],
        # d2: nothing predicted, so Sydney is missed
    }
    return gold, predicted


def test_score_geoparsing_matches_hand_computed_figures(hand_made):
    gold, predicted = hand_made
    s = score_geoparsing(gold, predicted)
    # Recognition: gold 5 (London, Paris, Berlin, Rome, Sydney); predicted 6; matched 4 (London, Paris,
    # Berlin via "Berlin met", Rome); FP 2 (Officials, met); FN 1 (Sydney).
    # P = 4/6 = 0.6667, R = 4/5 = 0.8, F1 = 2·0.6667·0.8 / 1.4667 = 0.72727.
    assert (s.gold, s.predicted, s.tp, s.fp, s.fn) == (5, 6, 4, 2, 1)
    assert s.precision == pytest.approx(4 / 6, abs=1e-3)
    assert s.recall == pytest.approx(0.8, abs=1e-3)
    assert s.f1 == pytest.approx(0.72727, abs=1e-3)
    # Resolution over matched gold with coordinates: London 343.557 km, Paris 0 km, Berlin 20,039 km
    # (no coordinates predicted); Rome has no gold point. N = 3.
    # acc@161 = 1/3; mean = (343.557 + 0 + 20039)/3 = 6794.186; median = 343.557.
    assert s.resolved == 3
    assert s.acc_at_161 == pytest.approx(1 / 3, abs=1e-3)
    assert s.mean_km == pytest.approx(6794.186, abs=1e-3)
    assert s.median_km == pytest.approx(343.557, abs=1e-3)
    # AUC: x = sorted ln(1+e) = [0, ln 344.557 = 5.842258, ln 20040 = 9.905486]; Σx = 15.747744;
    # Σx − (x1 + xN)/2 = 15.747744 − 4.952743 = 10.795001; / ((3−1)·ln 20039 = 19.810872) = 0.544903.
    assert s.auc == pytest.approx(0.544903, abs=1e-3)
    # End-to-end: gold with coordinates = London, Paris, Berlin, Sydney = 4; found and < 161 km: Paris → 1/4.
    assert s.gold_with_coordinates == 4
    assert s.end_to_end_acc_at_161 == pytest.approx(0.25, abs=1e-3)


def test_score_geoparsing_breaks_down_by_gold_type(hand_made):
    s = score_geoparsing(*hand_made)
    literal, metonymic, untyped = s.by_type["Literal"], s.by_type["Metonymic"], s.by_type["(none)"]
    # Literal: London, Paris, Rome all found; resolved London (343 km) and Paris (0 km) → acc 1/2.
    assert (literal.gold, literal.found, literal.recall, literal.resolved) == (3, 3, 1.0, 2)
    assert literal.acc_at_161 == pytest.approx(0.5)
    assert literal.end_to_end_acc_at_161 == pytest.approx(0.5)
    assert (metonymic.found, metonymic.acc_at_161) == (1, 0.0)
    assert (untyped.gold, untyped.found, untyped.recall, untyped.acc_at_161, untyped.end_to_end_acc_at_161) == (
        1, 0, 0.0, None, 0.0,
    )


def test_worst_errors_are_sorted_and_leave_out_correct_ones(hand_made):
    s = score_geoparsing(*hand_made, worst=5)
    assert [(e.gold_name, round(e.error_km, 1)) for e in s.worst] == [("Berlin", MAX_ERROR_KM), ("London", 343.6)]
    berlin, london = s.worst
    assert berlin.predicted_point is None and berlin.predicted_text == "Berlin met"
    assert london.predicted_point == PARIS and london.gold_point == LONDON and london.doc_id == "d1"
    assert [t.name for _, t in s.misses] == ["Sydney"]
    assert sorted(p.name for _, p in s.false_positives) == ["Officials", "met"]


def test_no_predictions_scores_zero_and_leaves_resolution_undefined(hand_made):
    gold, _ = hand_made
    s = score_geoparsing(gold, {})
    assert (s.tp, s.fp, s.fn) == (0, 0, 5)
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    assert (s.resolved, s.acc_at_161, s.mean_km, s.median_km, s.auc) == (0, None, None, None, None)
    assert s.end_to_end_acc_at_161 == 0.0
    assert "—" in format_report(s)


def test_prediction_without_coordinates_is_a_20039_km_error():
    text = "Riots in Lagos."
    gold = [GoldDoc("a", text, [_gold(text, "Lagos", (6.45, 3.39), None)])]
    s = score_geoparsing(gold, {"a": [PredToponym(*_span(text, "Lagos"))]})
    assert s.tp == 1 and s.mean_km == MAX_ERROR_KM and s.acc_at_161 == 0.0
    assert s.auc == pytest.approx(math.log1p(MAX_ERROR_KM) / math.log(MAX_ERROR_KM))  # N == 1: a flat curve


def test_two_predictions_overlapping_one_gold_match_only_once():
    text = "Flooding hit New York City overnight."
    gold = [GoldDoc("a", text, [_gold(text, "New York", (40.71, -74.01), None)])]
    preds = [(*_span(text, "York City"), 40.71, -74.01), (*_span(text, "New York"), 40.0, -74.0)]
    s = score_geoparsing(gold, {"a": preds})
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    # the larger overlap (the exact "New York") is the one matched
    assert s.matches[0].pred.name == "New York"
    assert s.false_positives[0][1].name == "York City"


def test_overlapping_but_not_identical_spans_match():
    text = "The mayor of Greater Manchester spoke."
    gold = [GoldDoc("a", text, [_gold(text, "Greater Manchester", (53.48, -2.24), None)])]
    s = score_geoparsing(gold, {"a": [(*_span(text, "Manchester spoke"), 53.48, -2.24)]})
    assert (s.tp, s.fp, s.fn, s.acc_at_161) == (1, 0, 0, 1.0)


def test_match_spans_is_greedy_by_largest_overlap_and_one_to_one():
    # prediction [5, 12) overlaps gold A [0, 10) by 5 and gold B [8, 20) by 4: it goes to A.
    assert match_spans([(0, 10), (8, 20)], [(5, 12)]) == [(0, 0)]
    # with a second prediction B is matched too
    assert match_spans([(0, 10), (8, 20)], [(5, 12), (12, 20)]) == [(0, 0), (1, 1)]
    # touching spans do not overlap
    assert match_spans([(0, 5)], [(5, 9)]) == []
    assert match_spans([], [(0, 3)]) == [] and match_spans([(0, 3)], []) == []


def test_auc_definition_and_edge_cases():
    assert auc([]) is None
    assert auc([0.0, 0.0]) == 0.0
    # the worst case is ln(20040)/ln(20039), a hair over 1, as in Gritta et al.'s formula
    assert auc([MAX_ERROR_KM, MAX_ERROR_KM]) == pytest.approx(1.0, abs=1e-4)
    # x = [ln 11, ln 101, ln 1001]: (Σx − (x1 + x3)/2) / (2 ln 20039)
    xs = [math.log(11), math.log(101), math.log(1001)]
    expected = (sum(xs) - (xs[0] + xs[2]) / 2) / (2 * math.log(20039))
    assert auc([1000, 10, 100]) == pytest.approx(expected, abs=1e-9)


def test_geomap_toponyms_are_accepted_as_predictions():
    text = "Talks in Vladivostok."
    gold = [GoldDoc("a", text, [_gold(text, "Vladivostok", (43.1056, 131.8735), None)])]
    start, end = _span(text, "Vladivostok")
    place = Place(id="gn:2013348", name="Vladivostok", kind="city", lat=43.10562, lon=131.87353)
    s = score_geoparsing(gold, {"a": [Toponym(start, end, "Vladivostok", place=place)]})
    assert s.tp == 1 and s.acc_at_161 == 1.0 and s.mean_km < 1.0
    with pytest.raises(InputError, match="Cannot read the prediction"):
        score_geoparsing(gold, {"a": ["Vladivostok"]})


def test_unknown_prediction_ids_are_reported(hand_made):
    gold, predicted = hand_made
    s = score_geoparsing(gold, {**predicted, "nope": [(0, 3)]})
    assert s.unknown_docs == ["nope"] and s.predicted == 6
    assert "nope" in format_report(s)


def test_format_report_shows_the_figures(hand_made):
    report = format_report(score_geoparsing(*hand_made), title="hand-made")
    for needle in ("hand-made", "0.667", "0.800", "0.727", "0.333", "6794.2", "343.6", "0.545", "0.250",
                   "Metonymic", "Berlin"):
        assert needle in report


def test_load_corpus_reads_the_real_gold_files():
    docs = load_corpus(EVAL / "GeoWebNews.jsonl")
    assert len(docs) == 200
    assert sum(len(d.toponyms) for d in docs) == 2718
    assert sum(t.has_coordinates for d in docs for t in d.toponyms) == 2599
    t = docs[0].toponyms[0]
    assert docs[0].text[t.start : t.end] == t.name
    assert len(load_corpus(EVAL / "LGL.jsonl", limit=7)) == 7


def test_gold_as_prediction_scores_perfectly_on_lgl():
    docs = load_corpus(EVAL / "LGL.jsonl")
    perfect = {d.id: [(t.start, t.end, t.lat, t.lon) for t in d.toponyms] for d in docs}
    s = score_geoparsing(docs, perfect)
    assert (s.f1, s.acc_at_161, s.auc, s.end_to_end_acc_at_161) == (1.0, 1.0, 0.0, 1.0)
    assert s.gold_with_coordinates == 4462 and s.worst == []


def test_load_corpus_errors_name_file_and_line(tmp_path):
    with pytest.raises(InputError, match="No gold corpus"):
        load_corpus(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    good = {"id": "x", "text": "In Paris.", "toponyms": [{"start": 3, "end": 8, "name": "Paris"}], "meta": {}}
    bad.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl line 2"):
        load_corpus(bad)
    shifted = dict(good, toponyms=[{"start": 2, "end": 7, "name": "Paris"}])
    bad.write_text(json.dumps(shifted) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1 .*not 'Paris'"):
        load_corpus(bad)


# ------------------------------------------------------------------------------------ event location


def _ev(doc_id: str, text: str, places: list[str]) -> GoldDoc:
    return GoldDoc(doc_id, text, [_gold(text, p, None, "event_location") for p in places])


def test_score_event_location_hand_made():
    a = _ev("a", "Troops shelled Homs and Hama on Monday.", ["Homs", "Hama"])
    b = _ev("b", "Police raided a house in East Jerusalem.", ["East Jerusalem"])
    c = _ev("c", "Rebels attacked Aleppo, officials in Damascus said.", ["Aleppo"])
    d = _ev("d", "The minister condemned the attack.", [])
    e = _ev("e", "Officials in Kabul met the envoy.", [])
    predicted = {
        "a": _span(a.text, "Hama"),  # exact: equals one of the two gold spans
        "b": _span(b.text, "Jerusalem"),  # overlap only
        "c": _span(c.text, "Damascus"),  # wrong
        "d": None,  # correct "no location"
        "e": _span(e.text, "Kabul"),  # wrong: gold has no location
    }
    s = score_event_location([a, b, c, d, e], predicted)
    # with location: a, b, c → exact 1/3, overlap 2/3; without: d, e → none 1/2
    assert (s.records, s.with_location, s.without_location) == (5, 3, 2)
    assert (s.exact_correct, s.overlap_correct, s.none_correct) == (1, 2, 1)
    assert s.exact_accuracy == pytest.approx(1 / 3) and s.overlap_accuracy == pytest.approx(2 / 3)
    assert s.none_accuracy == pytest.approx(0.5)
    # 4 locations predicted (a, b, c, e): exact precision 1/4, overlap 2/4; overall exact (1+1)/5, overlap (2+1)/5
    assert s.predicted_locations == 4
    assert (s.exact_precision, s.overlap_precision) == (0.25, 0.5)
    assert (s.overall_exact_accuracy, s.overall_overlap_accuracy) == (pytest.approx(0.4), pytest.approx(0.6))
    assert [err.doc_id for err in s.errors] == ["b", "c", "e"]
    report = format_report(s)
    assert "0.333" in report and "0.667" in report and "0.500" in report
    with pytest.raises(InputError, match="give \\(start, end\\) or None"):
        score_event_location([a], {"a": "Hama"})


def test_event_location_real_file_keys_and_verbs():
    docs = load_corpus(EVAL / "EventLocation-dev.jsonl")
    assert len(docs) == 5030 and len({d.id for d in docs}) == 5030
    first = docs[0]
    start, end, word = first.verbs[0]
    assert first.text[start:end] == word == "murdered"
    s = score_event_location(docs, {})  # predicting "no location" everywhere
    assert (s.with_location, s.exact_correct, s.none_accuracy) == (2872, 0, 1.0)
    assert s.overall_exact_accuracy == pytest.approx(2158 / 5030)
