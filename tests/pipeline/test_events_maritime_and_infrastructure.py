"""Event triggers, types and actors of maritime, infrastructure and labour news (dev rounds 6-7 failure classes),
with the real model and gazetteer. Each test names one rule of geomap.pipeline.event_triggers / event_actors."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.articles import article_from_text
from geomap.pipeline import process

PUBLISHED = dt.date(2025, 9, 18)  # a Thursday


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(text: str, published: dt.date = PUBLISHED):
        article = article_from_text(text, id="t", published=published)
        return list(next(process([article], nlp=nlp))[1]._.events)

    return run


def _types(events):
    return {e.event_type for e in events}


def _of(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} event in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


def test_guards_boarding_a_vessel_is_a_seizure_but_passengers_boarding_is_not(events_of):
    event = _of(events_of("Norwegian coast guard officers boarded a trawler in the Barents Sea on Tuesday."), "seizure")
    assert event.trigger == "boarded" and "NOR" in event.actor_countries
    assert "seizure" not in _types(events_of("Hundreds of passengers boarded the ferry in Piraeus on Tuesday."))


def test_a_rescue_of_people_is_an_evacuation_and_the_rescuer_takes_part_in_the_sinking(events_of):
    events = events_of("The Greek navy rescued 30 migrants from a dinghy that sank off Crete on Tuesday.")
    assert "GRC" in _of(events, "evacuation").actor_countries
    assert "GRC" in _of(events, "accident").actor_countries  # the rescuer of the sunk dinghy
    assert "evacuation" not in _types(events_of("The central bank rescued the lender on Tuesday."))


def test_a_ship_that_runs_aground_is_an_accident(events_of):
    event = _of(events_of("A bulk carrier ran aground off the coast of Mauritius on Tuesday."), "accident")
    assert event.trigger == "ran"


def test_people_blocking_a_road_protest_and_a_blocked_bill_is_no_event(events_of):
    event = _of(events_of("Hundreds of farmers blocked the main highway outside Lyon on Tuesday."), "protest")
    assert event.trigger == "blocked"
    assert not [e for e in events_of("Senators blocked the bill on Tuesday.") if e.trigger == "blocked"]


def test_striking_workers_are_a_labour_protest_not_an_attack(events_of):
    events = events_of("Striking truck drivers blockaded the road to the port of Durban on Tuesday.")
    assert "attack" not in _types(events)
    assert _of(events, "protest").code.startswith("PROTEST/14")
    assert not events_of("The report drew a striking picture of the economy.")


def test_a_damaged_undersea_cable_is_a_disruption_and_cutting_taxes_is_no_event(events_of):
    event = _of(events_of("An undersea data cable between Sweden and Latvia was damaged on Tuesday."), "disruption")
    assert event.trigger == "damaged"
    assert "disruption" not in _types(events_of("The government cut taxes on Tuesday."))


def test_a_cyberattack_is_an_attack(events_of):
    event = _of(events_of("A cyberattack crippled the computer systems of the port of Rotterdam on Tuesday."),
                "attack")
    assert event.trigger == "cyberattack"


def test_a_ship_struck_by_a_wave_is_no_attack_and_a_boat_struck_by_a_trawler_a_collision(events_of):
    events = events_of("A cruise ship was struck by a huge wave near the Falkland Islands on Tuesday.")
    assert "attack" not in _types(events) and "natural_disaster" in _types(events)
    events = events_of("A fishing boat was struck by a trawler off Galle on Tuesday.")
    assert "attack" not in _types(events) and "accident" in _types(events)


def test_a_force_sent_at_a_governments_request_is_a_deployment(events_of):
    events = events_of("Australia said on Tuesday it would send 50 police officers at the request of the "
                       "Papua New Guinea government.")
    assert "AUS" in _of(events, "deployment").actor_countries


def test_planes_a_country_sent_are_its_own_where_they_land(events_of):
    events = events_of("Chile sent two firefighting planes that landed in Bariloche on Tuesday.")
    assert "CHL" in _of(events, "visit").actor_countries
    assert "CHL" in _of(events, "deployment").actor_countries


def test_a_flag_state_is_no_party_to_a_boarding_of_its_ship(events_of):
    event = _of(events_of("The Liberia-flagged tanker was boarded by Iranian commandos on Tuesday."), "seizure")
    assert "IRN" in event.actor_countries and "LBR" not in event.actor_countries
