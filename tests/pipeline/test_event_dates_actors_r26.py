"""Round-26 date/actor fixes: a dateline whose place word has an apostrophe, the lede's day of each kind of
event for a later undated mention and the headline, and those who stop a patrol taking part in it (own
sentences, real pipeline)."""

from __future__ import annotations

import datetime as dt


def _event(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return found[0]


def test_a_dateline_word_with_an_apostrophe_dates_no_event(events_of):
    events = events_of("Navy ship brings fuel to storm-hit islands\n\n"
                       "O'ROURKE, Sept 18 - A navy supply ship docked in the capital on Wednesday with fuel "
                       "and generators for the storm-hit islands.")
    date = _event(events, "docked").date
    assert (date.start, date.end) == (dt.date(2025, 9, 17), dt.date(2025, 9, 17))


LEDE_TWO_DAYS = ("Port shut after tanker runs aground, leaks oil\n\n"
                 "HARBOURTON, Sept 18 - The authorities closed the harbour to shipping on Wednesday after a "
                 "loaded tanker ran aground off the lighthouse late on Monday and began leaking oil.\n\n"
                 "The Panama-flagged Sea Breeze, carrying about 40,000 tonnes of diesel, struck a sandbank at the harbour mouth "
                 "in thick fog, the port authority said.")


def test_an_undated_later_mention_takes_the_lede_day_of_its_own_kind(events_of):
    date = _event(events_of(LEDE_TWO_DAYS), "struck").date
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


def test_a_headline_event_takes_the_lede_day_of_its_own_kind(events_of):
    date = _event(events_of(LEDE_TWO_DAYS), "runs").date
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


def test_those_who_stop_a_patrol_take_part_in_it(events_of):
    events = events_of("On Tuesday two Venezuelan navy boats stopped a Guyanese coast guard patrol near the "
                       "mouth of the river.")
    assert set(_event(events, "patrol").actor_countries) == {"VEN", "GUY"}
