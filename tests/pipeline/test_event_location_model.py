"""The learned event-location chooser (geomap.pipeline.event_location): its training, its shipped weights, and
locate_verb with it on sentences written for these tests (not taken from a corpus)."""

from __future__ import annotations

import json

import pytest

from geomap.pipeline.event_location import NONE, WEIGHTS_PATH, Candidate, LocationScorer, candidates, fit


def test_fit_learns_which_feature_marks_the_right_option():
    # the right option carries "good", a distractor "bad"; "no location" is right when neither is offered
    groups = [([{NONE}, {"good", "x"}, {"bad", "x"}], [1])] * 20 + [([{NONE}, {"bad"}], [0])] * 20
    scorer = LocationScorer(fit(groups, l2=0.1, min_count=1))
    assert scorer.choose([Candidate(None, {NONE}), Candidate((0, 1), {"bad", "x"}),
                          Candidate((2, 3), {"good", "x"})]).span == (2, 3)
    assert scorer.choose([Candidate(None, {NONE}), Candidate((0, 1), {"bad"})]).span is None


def test_shipped_weights_are_a_small_file_loaded_by_the_component(nlp):
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert 100 < len(data["weights"]) < 20_000
    assert WEIGHTS_PATH.stat().st_size < 1_000_000
    scorer = nlp.get_pipe("geomap_events").location_scorer
    assert scorer is not None and scorer.weights == pytest.approx(data["weights"])


def test_candidates_put_no_location_first_and_mark_the_rules_pick(nlp):
    doc = nlp("Gunmen killed five people in Kabul on Monday.")
    verb = next(t for t in doc if t.text == "killed")
    options = candidates(nlp.get_pipe("geomap_events"), doc, verb)
    assert options[0].span is None and NONE in options[0].features
    picked = [c for c in options if "rule:pick" in c.features]
    assert [doc.text[c.span[0]:c.span[1]] for c in picked] == ["Kabul"]
    assert any(f.startswith("prep:in@") for f in picked[0].features)


def test_other_sense_offers_only_no_location(nlp):
    doc = nlp("Crude oil prices shot up in New York on Tuesday.")
    verb = next(t for t in doc if t.text == "shot")
    options = candidates(nlp.get_pipe("geomap_events"), doc, verb)
    assert [c.span for c in options] == [None]


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Gunmen killed five people in Kabul on Monday.", "killed", "Kabul"),
        ("Thousands of people protested in Lagos on Saturday against fuel prices.", "protested", "Lagos"),
        ("A car bomb exploded near a market in the village of Tal Baydar, north of Hasakah.", "exploded",
         "Tal Baydar"),
        ("The minister said on Tuesday that the talks had been useful.", "said", None),
        ("She captured the title in Paris on Sunday.", "captured", None),
    ],
)
def test_locate_verb_with_the_learned_chooser(nlp, text, verb, expected):
    extractor = nlp.get_pipe("geomap_events")
    assert extractor.location_scorer is not None
    doc = nlp(text)
    top = extractor.locate_verb(doc, next(t for t in doc if t.text == verb))
    assert (None if top is None else doc.text[top.start:top.end]) == expected


def _options(nlp, text, verb):
    doc = nlp(text)
    options = candidates(nlp.get_pipe("geomap_events"), doc, next(t for t in doc if t.text == verb))
    return doc, options


def _by_text(doc, options):
    return {doc.text[c.span[0]:c.span[1]]: c.features for c in options if c.span is not None}


def test_competition_features_rank_the_place_candidates_and_describe_them_to_no_location(nlp):
    doc, options = _options(nlp, "Gunmen killed five people in Kabul on Monday.", "killed")
    kabul = _by_text(doc, options)["Kabul"]
    assert {"only_place", "first_place", "last_place", "placerank:0", "chain:in|verb"} <= kabul
    assert {f"{NONE}:loc_at_verb:True", f"{NONE}:nplaces:1", f"{NONE}:nearest:in@verb",
            f"{NONE}:passive:False"} <= options[0].features

    doc, options = _options(nlp, "Two soldiers were wounded in Herat and a third was flown to Kabul.", "wounded")
    feats = _by_text(doc, options)
    assert "placerank:0" in feats["Herat"] and "placerank:1" in feats["Kabul"]
    assert "first_place" in feats["Herat"] and "last_place" in feats["Kabul"]
    assert f"{NONE}:passive:True" in options[0].features and f"{NONE}:nplaces:2" in options[0].features


def test_no_location_sees_a_deictic_here_and_a_place_under_the_verbs_object(nlp):
    doc, options = _options(nlp, "About 300 students marched on the parliament here on Wednesday.", "marched")
    assert f"{NONE}:deictic" in options[0].features
    assert f"{NONE}:loc_at_verb:False" in options[0].features

    doc, options = _options(nlp, "Rebels captured the town of Bakwa last month.", "captured")
    assert "prephead_dep:dobj|of|verb" in _by_text(doc, options)["Bakwa"]
