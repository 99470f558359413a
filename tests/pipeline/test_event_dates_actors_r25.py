"""Round-25 date/actor fixes: "the end of that month" after a month named before it, a headline-only event on
the lede's day, and the state summoning an envoy to its own capital (own sentences, real pipeline)."""

from __future__ import annotations

import datetime as dt


def _event(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return found[0]


def test_the_end_of_that_month_is_the_month_named_before(events_of):
    events = events_of("In March last year, clashes between army troops and rebels around the town killed at "
                       "least 10 people, before the two countries' defence ministers met in Cairo at the end of "
                       "that month and agreed to work on a truce.")
    date = _event(events, "met").date
    assert (date.start, date.end) == (dt.date(2024, 3, 21), dt.date(2024, 3, 31))


def test_a_headline_only_event_happened_on_the_day_of_the_lede(events_of):
    events = events_of("Freighter strikes bridge pier, closing river traffic\n\n"
                       "NEW ORLEANS, Sept 18 - A freighter hit a bridge pier on the river late on Tuesday, the "
                       "coast guard said on Thursday.")
    date = _event(events, "strikes").date
    assert (date.start, date.end) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16))


def test_a_headline_event_keeps_publication_when_the_lede_names_a_later_event_day(events_of):
    events = events_of("Freighter strikes bridge pier, closing river traffic\n\n"
                       "NEW ORLEANS, Sept 18 - A freighter hit a bridge pier on the river late on Tuesday, "
                       "forcing the closure of the channel for most of Thursday, the coast guard said.")
    date = _event(events, "strikes").date
    assert date.start != dt.date(2025, 9, 16)


def test_an_envoy_summoned_in_a_capital_was_summoned_by_its_state(events_of):
    events = events_of("The minister said Chile's charge d'affaires had been summoned to the foreign ministry in "
                       "Buenos Aires on Monday afternoon to receive a formal protest.")
    countries = [a.country for a in _event(events, "summoned").actors]
    assert "ARG" in countries and "CHL" in countries



def test_the_object_of_a_verb_of_force_does_what_its_infinitive_says(events_of):
    events = events_of("A container ship struck a wall at the locks on Saturday, forcing Egypt's canal authority to "
                       "suspend traffic through the locks, the authority said.")
    assert "EGY" in {a.country for a in _event(events, "suspend").actors}


def test_the_object_of_a_verb_of_force_with_an_infinitive_clause(events_of):
    events = events_of("A tanker ran aground in the channel on Saturday, forcing the Egyptian canal authority to "
                       "suspend traffic, officials said.")
    assert "EGY" in {a.country for a in _event(events, "suspend").actors}
