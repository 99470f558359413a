"""Which words tell an event and of what type (geomap.pipeline.event_triggers), on sentences of our own with the
real spaCy model and gazetteer: accidents and disasters (rail vehicles leaving the tracks, extreme heat), rescues
and evacuations (people picked up from the sea or taken off by boat), vessels towed, manhunts and orders to the
public.

Unless a test passes another publication date, the texts are published on Thursday 2025-09-18 (the ``events_of``
fixture's default); the dates the tests pass are named after their weekday."""

from __future__ import annotations

import datetime as dt

import pytest

#: the publication date the tests pass explicitly (the fixture's default is the Thursday)
SAT_2025_09_20 = dt.date(2025, 9, 20)


# ---- accidents and disasters

OFF_THE_RAILS = [
    ("At the weekend, six empty grain cars left the tracks in a rail yard near Fort Wayne, Indiana.", True),
    ("A freight train jumped the rails near Lyon on Tuesday.", True),
    ("Two wagons came off the tracks near Leeds on Monday.", True),
    # negative: a plan has no rails to leave
    ("The peace plan came off the rails last week.", False),
]


@pytest.mark.parametrize(("text", "accident"), OFF_THE_RAILS)
def test_rail_vehicles_leaving_the_tracks_derail(events_of, text, accident):
    assert any(e.event_type == "accident" for e in events_of(text, SAT_2025_09_20)) == accident


def test_tripping_a_power_plant_is_no_trip(events_of):
    text = ("The imbalance spread through the power system within minutes, tripping power plants in Almaty and "
            "Tashkent.")
    assert not [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "visit"]


EXTREME_HEAT = [
    ("Temperatures hit 48C in Phalodi on Friday.", True),
    ("The mercury touched 49 degrees Celsius in Delhi on Monday.", True),
    ("Temperatures soared to 118 degrees Fahrenheit in Phoenix on Sunday.", True),
    # negatives: a warm day; an oven is no weather
    ("Temperatures hit 31C in London on Tuesday.", False),
    ("The oven reached 200C before the bread went in.", False),
]


@pytest.mark.parametrize(("text", "heat"), EXTREME_HEAT)
def test_a_heatwave_temperature_reached_is_a_disaster(events_of, text, heat):
    assert any(e.event_type == "natural_disaster" for e in events_of(text, SAT_2025_09_20)) == heat


NAMED_SHIP_STRUCK = [
    # a ship's name with its kind before it is the ship: the collision is an accident, not an attack
    ("The ferry Aurora struck a fishing boat off Split on Friday.", "accident"),
    ("The tanker Nordic Star hit a pier in Gdansk on Friday.", "accident"),
    # negative: a named warship that strikes is still an attack
    ("The destroyer Halsey struck a radar site near Hodeidah on Friday.", "attack"),
]


@pytest.mark.parametrize(("text", "etype"), NAMED_SHIP_STRUCK)
def test_a_named_ship_that_strikes_a_vessel_collides(events_of, text, etype):
    events = events_of(text, SAT_2025_09_20)
    assert [e.event_type for e in events if e.trigger in ("struck", "hit")] == [etype]


COURT_NAMED_WITH_ITS_COUNTRY = [
    # a country name with "and" that the parse splits ("Trinidad" and "Court") still leaves a court that rules
    ("Trinidad and Tobago's High Court ruled on Thursday that police acted unlawfully.", True),
    # negative: a government that rules the country is no court
    ("Trinidad and Tobago's government ruled out talks on Thursday.", False),
]


@pytest.mark.parametrize(("text", "ruling"), COURT_NAMED_WITH_ITS_COUNTRY)
def test_a_court_named_after_a_country_with_and_rules(events_of, text, ruling):
    assert any(e.event_type == "court_ruling" for e in events_of(text, SAT_2025_09_20)) == ruling


# ---- rescues and evacuations

PICKED_UP_FROM_THE_SEA = [
    ("All 20 crew members were picked up from a life raft by a Spanish navy patrol boat on Tuesday.", True),
    ("Fishermen picked up two survivors from the sea off Malta on Friday.", True),
    # negative: a parcel is no one in danger
    ("The courier picked up the parcel from the sorting office on Monday.", False),
]


@pytest.mark.parametrize(("text", "rescue"), PICKED_UP_FROM_THE_SEA)
def test_people_picked_up_from_the_sea_are_rescued(events_of, text, rescue):
    assert any(e.event_type == "evacuation" for e in events_of(text, SAT_2025_09_20)) == rescue


PICKED_UP_BY_A_CRAFT = [
    ("Passengers were put into lifeboats and picked up by a Greek coast guard patrol boat off Corfu on Friday.", True),
    ("Forty migrants were picked up by a Maltese patrol boat south of Lampedusa on Friday.", True),
    # negative: picked up by police, or by a bus
    ("The two suspects were picked up by police in Lyon on Monday.", False),
]


@pytest.mark.parametrize(("text", "rescue"), PICKED_UP_BY_A_CRAFT)
def test_people_picked_up_by_a_craft_are_rescued(events_of, text, rescue):
    assert any(e.event_type == "evacuation" for e in events_of(text)) == rescue


TAKEN_OFF = [
    ("Forty-five workers were taken off the platform by boat and helicopter on Tuesday morning.", True),
    ("The tourists were taken off the island by boat on Tuesday.", True),
    # negative: no people, no craft
    ("The fine was taken off the bill by the manager on Tuesday.", False),
]


@pytest.mark.parametrize(("text", "found"), TAKEN_OFF)
def test_people_taken_off_a_platform_by_boat_are_evacuated(events_of, text, found):
    assert any(e.event_type == "evacuation" for e in events_of(text)) == found


# ---- vessels towed

def test_a_headline_passive_without_was_tows_its_subject(events_of):
    events = events_of("Spirit of Tasmania ferry towed back to Devonport after losing power\n\n"
                       "The operator said no one was hurt.")
    assert any(e.event_type == "vessel_movement" and e.trigger == "towed" for e in events)


def test_a_dateline_before_a_towed_ship_is_not_what_was_towed(events_of):
    # the parse may hang the dateline on the passive subject: "HOBART" heads "A Spirit of Tasmania ferry"
    events = events_of("HOBART, April 18 (AAP) - A Spirit of Tasmania ferry carrying more than 600 passengers was "
                       "towed back to Devonport on Saturday after losing propulsion in rough seas in Bass Strait "
                       "overnight, its operator said.")
    assert any(e.event_type == "vessel_movement" for e in events)


# ---- manhunts and orders to the public

MANHUNTS = [
    ("Paraguayan and Brazilian police were hunting on Tuesday for 14 inmates who escaped from a jail in Encarnacion.",
     True),
    ("Police launched a manhunt for the gunmen in Kano on Monday.", True),
    # negative: no police or troops hunting people on the run
    ("Shoppers were hunting for bargains in Asuncion on Monday.", False),
]


@pytest.mark.parametrize(("text", "found"), MANHUNTS)
def test_police_hunting_people_on_the_run_is_an_arrest_operation(events_of, text, found):
    assert any(e.event_type == "arrest" for e in events_of(text)) == found


TOLD_NOT_TO = [
    ("Authorities in Flint told residents not to drink tap water on Monday.", True),
    # negative: no public, or the forbidden act is an event of its own, or only advice
    ("The minister told reporters not to expect a deal on Monday.", False),
    ("Officials told residents not to protest in Flint on Monday.", False),
    ("Officials advised residents not to drink tap water in Flint on Monday.", False),
]


@pytest.mark.parametrize(("text", "found"), TOLD_NOT_TO)
def test_the_public_ordered_not_to_do_something_is_a_restriction(events_of, text, found):
    assert any(e.event_type == "disruption" for e in events_of(text)) == found


# ---- protests

MARCHES = [
    ("Police fired tear gas to break up a march by about 2,000 teachers in Nairobi on Tuesday.", True),
    ("About 2,000 teachers marched to parliament in Nairobi on Tuesday.", True),  # the verb stays a trigger
    ("The elections in Kenya are due in March.", False),  # the month
]


@pytest.mark.parametrize(("text", "protest"), MARCHES)
def test_a_march_is_a_protest(events_of, text, protest):
    assert any(e.event_type == "protest" for e in events_of(text, SAT_2025_09_20)) == protest


def test_no_trigger_is_listed_twice():
    # a second _add of a lemma would replace the first silently ("march" as a noun dropped the verb)
    from geomap.pipeline import event_triggers

    with pytest.raises(ValueError, match="listed twice"):
        event_triggers._add("protest", "PROTEST/140", event_triggers.NOUN, "march")
