"""The seed article against its gold annotation (read here, in the test; never by the system)."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.articles import read_article
from geomap.devset import event_matches as matches
from geomap.extract import iter_article_events
from geomap.pipeline import process


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from geomap.distance import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_path):
    article = read_article(seed_path)
    return next(process([article], nlp=nlp))[1]


@pytest.fixture(scope="module")
def seed_events(seed_doc):
    return list(seed_doc._.events)


def test_seed_metadata_comes_from_the_sidecar(seed_path):
    article = read_article(seed_path)
    assert article.published == dt.date(2025, 7, 31)
    assert "READ ALSO" not in article.text and "Unibank" not in article.text


@pytest.mark.parametrize("gold_id", ["E1", "E2", "E3", "E4", "E5"])
def test_seed_must_event_is_found(seed_events, seed_gold, gold_id):
    gold = next(e for e in seed_gold["events_must"] if e["id"] == gold_id)
    found = [e for e in seed_events if matches(e, gold)]
    assert found, f"{gold_id} ({gold['summary']}) not found among: " + "; ".join(
        f"{e.event_type} {e.actor_countries} {e.date.start}..{e.date.end} @ {e.place.name if e.place else None}"
        for e in seed_events)


def test_seed_located_events_are_mostly_gold_events(seed_events, seed_gold):
    located = [e for e in seed_events if e.place is not None]
    golds = seed_gold["events_must"] + seed_gold["events_optional"]
    good = [e for e in located if any(matches(e, g) for g in golds)]
    assert len(located) >= 5
    assert len(good) / len(located) >= 0.8, [(e.event_type, e.place.name, e.actor_countries) for e in located]


def test_seed_places_resolve_within_gold_distance(seed_doc, seed_gold):
    toponyms = [t for t in seed_doc._.toponyms if t.role == "literal" and t.place is not None]
    for gold in seed_gold["toponyms_must"]:
        cands = [t for t in toponyms if t.text.lower().removeprefix("the ") == gold["name"].lower()
                 or gold["name"].lower() in t.text.lower()]
        assert cands, f"{gold['name']} not recognised"
        best = min(km(t.place.lat, t.place.lon, gold["lat"], gold["lon"]) for t in cands)
        assert best <= gold["max_km"], f"{gold['name']} resolved {best:.0f} km off"


def test_seed_forbidden_strings_are_not_places(seed_doc, seed_events, seed_gold):
    literal = {t.text for t in seed_doc._.toponyms if t.role == "literal"}
    located_at = {e.location_text for e in seed_events if e.location_text}
    for item in seed_gold["toponyms_forbidden"]:
        assert not any(item["name"] in name for name in literal | located_at), item


def test_extract_events_api_on_plain_text(gazetteer):
    from geomap import extract_events

    events = extract_events("Russian forces shelled the city of Kharkiv on Friday, officials said.",
                            published="2025-07-31")
    attack = next(e for e in events if e.event_type == "attack")
    assert attack.place is not None and attack.place.name == "Kharkiv"
    assert "RUS" in attack.actor_countries
    assert attack.date.start == dt.date(2025, 7, 25) and attack.date.precision == "day"


def test_iter_article_events_batches_keep_article_order(gazetteer):
    from geomap.articles import article_from_text

    arts = [article_from_text(t, id=f"a{i}", published=dt.date(2025, 1, 10)) for i, t in enumerate([
        "Protesters rallied in Nairobi on Tuesday.",
        "An earthquake struck near Kathmandu yesterday.",
    ])]
    out = list(iter_article_events(arts))
    assert [a.id for a, _ in out] == ["a0", "a1"]
    assert out[0][1][0].place.name == "Nairobi" and out[1][1][0].event_type == "natural_disaster"
