"""Dates and actors from held-out round 13: an undated event takes the day of its "when" clause, groups of
countries named by an adjective ("the three Baltic states") are their members, an envoy "for" a country brings
that country in."""

from __future__ import annotations

import datetime as dt


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_undated_event_takes_the_day_of_its_when_clause(events_of):
    text = ("At least 12 people drowned when a fishing boat capsized off the coast of Mindoro at dawn on Tuesday, "
            "the coast guard said, as rescuers searched the shore for survivors over the weekend.")
    accidents = _by_type(events_of(text), "accident")
    assert accidents and all(e.date.start == dt.date(2025, 9, 16) == e.date.end for e in accidents)


def test_group_of_countries_names_its_members(events_of):
    text = "The prime ministers of the three Baltic states held a summit in Warsaw on Tuesday."
    summit = _by_type(events_of(text), "meeting")
    assert summit and {"EST", "LVA", "LTU"} <= set(summit[0].actor_countries)


def test_group_adjective_on_a_sea_is_no_group(events_of):
    text = "Two Polish warships patrolled the Baltic Sea on Tuesday."
    events = events_of(text)
    assert events and not any({"EST", "LVA", "LTU"} & set(e.actor_countries) for e in events)


def test_envoy_for_a_country_brings_that_country_in(events_of):
    text = "The UN special envoy for Syria held talks in Amman on Tuesday with Jordanian officials."
    talks = _by_type(events_of(text), "meeting")
    assert talks and {"SYR", "JOR"} <= set(talks[0].actor_countries)
