"""Recognition filters and resolver evidence added for geoparsing accuracy (issue 4)."""

from __future__ import annotations

import pytest

from geomap.pipeline.resolver import WEIGHTS, ToponymResolver


def _names(nlp, text: str) -> dict[str, object]:
    return {t.text: t for t in nlp(text)._.toponyms}


@pytest.mark.parametrize("text, word", [
    ("Customers of Landmark Bank complained on Friday.", "Bank"),
    ("He spoke to a Police Officer outside the station.", "Officer"),
])
def test_small_town_name_ending_a_longer_name_is_not_a_place(geo_nlp, text, word):
    assert word not in _names(geo_nlp, text)


def test_prominent_place_inside_an_organisation_name_is_kept_as_embedded(geo_nlp):
    found = _names(geo_nlp, "Leaders met at the Shanghai Cooperation Organization summit.")
    assert found["Shanghai"].role == "embedded"
    assert found["Shanghai"].place is not None and found["Shanghai"].place.country_iso2 == "CN"


def test_abbreviation_with_split_period_resolves(geo_nlp):
    found = _names(geo_nlp, "The crash happened in Charleston, W.Va. on Monday.")
    abbr = next(t for name, t in found.items() if name.startswith("W.Va"))
    assert abbr.place is not None and abbr.place.name == "West Virginia"
    assert found["Charleston"].place.admin1 == "West Virginia"


def test_score_is_the_weighted_sum_of_named_features(geo_nlp, gazetteer):
    doc = geo_nlp("Flooding hit Paris, Texas, on Sunday.")
    paris = next(t for t in doc._.toponyms if t.text == "Paris")
    assert paris.place.country_iso2 == "US" and "Texas" in paris.reason
    place = gazetteer.lookup("Paris")[0]
    ctx = {"containers": [], "demonyms": [], "label": "GPE", "text": "Paris", "all_caps": False}
    features, reasons = ToponymResolver._features(place, 0, ctx, {}, {}, None)
    assert set(features) <= set(WEIGHTS)
    assert features["kind_city"] == 1.0 and features["log_pop"] > 6
    assert reasons and "city" in reasons[-1]
