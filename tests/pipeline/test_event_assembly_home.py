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
