"""An event with no country among its actors is the business of the country it happens in (event_assembly.HOME_TYPES)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type, iso3", [
    ("Floodwaters swept into Kosti on Thursday, forcing thousands from their homes.", "natural_disaster", "SDN"),
    ("A freight train derailed near Fort Wayne on Monday.", "accident", "USA"),
    ("Residents were evacuated from Valparaiso on Sunday as the fire spread.", "evacuation", "CHL"),
    ("Two tugs towed the crippled ferry into Napier port early on Sunday.", "vessel_movement", "NZL"),
])
def test_hit_country_is_the_host_when_no_country_is_named(events_of, text, event_type, iso3):
    event = next(e for e in events_of(text) if e.event_type == event_type)
    host = [a for a in event.actors if a.role == "host"]
    assert [a.country for a in host] == [iso3]


def test_a_named_country_leaves_no_host(events_of):
    event = next(e for e in events_of("Chilean firefighters evacuated residents from Valparaiso on Sunday.")
                 if e.event_type == "evacuation")
    assert event.actor_countries == ["CHL"] and not [a for a in event.actors if a.role == "host"]


@pytest.mark.parametrize("text, place", [
    ("Swedish and Norwegian troops began a winter exercise in the Arctic region on Monday. About 2,000 soldiers are "
     "taking part in the drill at a range outside Kiruna.", "Kiruna"),
])
def test_a_mention_naming_a_place_inside_the_wider_one_says_where_the_event_is(events_of, text, place):
    event = next(e for e in events_of(text) if e.event_type == "military_exercise")
    assert event.place is not None and event.place.name == place


def test_a_town_just_outside_a_vague_region_s_drawn_edge_counts_as_in_it(gazetteer):
    from geomap.pipeline.event_assembly import _at_edge

    arctic = next(p for p in gazetteer.lookup("Arctic") if p.kind == "region")
    rovaniemi = next(p for p in gazetteer.lookup("Rovaniemi") if p.kind == "city")  # 7 km south of the Circle
    helsinki = next(p for p in gazetteer.lookup("Helsinki") if p.kind == "city")
    assert _at_edge(rovaniemi, arctic) and not _at_edge(helsinki, arctic)
    assert not _at_edge(arctic, rovaniemi)  # only a region has a vague edge


def test_an_event_placed_only_at_a_country_is_shown_at_the_dateline_s_town_in_it(events_of):
    text = ("MAPUTO, May 4 (Reuters) - Police in Mozambique arrested six men on Monday over a bank robbery, a "
            "spokesman said.")
    event = next(e for e in events_of(text) if e.place is not None)
    assert event.place.name == "Maputo" and event.geo_precision == 3
    assert "dateline" in event.reasons["location"]
    # a dateline town in another country leaves the country's point
    event = next(e for e in events_of(text.replace("MAPUTO", "JOHANNESBURG")) if e.place is not None)
    assert event.place.kind == "country"


def test_a_court_s_ruling_with_no_country_named_is_the_business_of_the_country_it_sits_in(events_of):
    # a court acts at home (DOMESTIC_ACTORS), where it sits
    ruling = next(e for e in events_of("An appeals court in Temuco ruled on Monday that the dismissal of three "
                                       "teachers was unlawful.") if e.event_type == "court_ruling")
    assert ruling.place.name == "Temuco" and ruling.actor_countries == ["CHL"]


def test_an_event_placed_only_at_a_province_is_shown_at_the_dateline_s_town_in_it(events_of):
    text = ("SAN SALVADOR DE JUJUY, Argentina, March 12 (AP) - The highest court in Argentina's northern province "
            "of Jujuy on Wednesday overturned the convictions of 14 protesters.")
    ruling = next(e for e in events_of(text) if e.event_type == "court_ruling")
    assert ruling.place.name == "San Salvador de Jujuy" and ruling.geo_precision == 3


@pytest.mark.parametrize("text, event_type, place", [
    # the lede's deal, placed nowhere in its sentence, is signed where the story is filed from
    ("LUANDA, Feb 11 (Reuters) - Brazilian President Luiz Inacio Lula da Silva and Angolan President Joao Lourenco "
     "signed agreements on agriculture and energy on Wednesday.", "agreement", "Luanda"),
    # not when the dateline's country takes no part
    ("LONDON, Feb 11 (Reuters) - Brazil and Angola signed agreements on agriculture and energy on Wednesday.",
     "agreement", None),
    # not an arrest: a capital's report of a raid somewhere else
    ("AMMAN, April 20 (Reuters) - Jordanian security forces detained five suspected smugglers on Monday, the army "
     "said.", "arrest", None),
    # not a clause hung on another event
    ("KARACHI, April 14 (AP) - Pakistan's navy seized three Iranian trawlers on Sunday, accusing them of fishing "
     "illegally in Pakistani waters.", "statement_criticism", None),
])
def test_the_lede_s_talks_and_deals_happen_at_the_dateline(events_of, text, event_type, place):
    events = [e for e in events_of(text) if e.event_type == event_type]
    assert events and all((e.place.name if e.place else None) == place for e in events)
