"""Dates from held-out round 16: a bare day of the month ("on the 14th") is read in the tense of its verb, not of
the sentence's other words ("had been scheduled"); an undated simple past goes on with the day of the sentence
right before it; an event told in the present perfect and reported on a day ("has seized ..., the ministry said
on Wednesday") happened in the days up to the report, not on its day."""

from __future__ import annotations

import datetime as dt


def test_bare_day_of_month_in_a_past_clause_is_before_publication(events_of):
    text = ("The navy held its own exercises off the southern coast on the 14th, though it said these had been "
            "scheduled for months.")
    drills = [e for e in events_of(text) if e.trigger == "exercises"]
    assert drills and drills[0].date.start == dt.date(2025, 9, 14) == drills[0].date.end


def test_undated_past_goes_on_with_the_day_of_the_sentence_before(events_of):
    text = ("Police said they had arrested seven people after supporters of two rival parties threw stones at each "
            "other outside a campaign office late on Friday. Two officers were slightly injured.")
    injured = [e for e in events_of(text) if e.trigger == "injured"]
    assert injured and injured[0].date.start == dt.date(2025, 9, 12) == injured[0].date.end


def test_undated_past_after_a_report_day_is_not_given_it(events_of):
    text = "Police said on Wednesday that the protest had ended. Two officers were slightly injured."
    injured = [e for e in events_of(text) if e.trigger == "injured"]
    assert injured and injured[0].date.start == dt.date(2025, 9, 18)


def test_present_perfect_reported_on_a_day_is_the_days_up_to_the_report(events_of):
    text = "The coast guard has seized a foreign fishing boat near the reef, the ministry said on Wednesday."
    seized = [e for e in events_of(text) if e.trigger == "seized"]
    assert seized and seized[0].date.end == dt.date(2025, 9, 17) and seized[0].date.start < dt.date(2025, 9, 17)


def test_simple_past_reported_on_a_day_keeps_that_day(events_of):
    text = "The coast guard seized a foreign fishing boat near the reef, the ministry said on Wednesday."
    seized = [e for e in events_of(text) if e.trigger == "seized"]
    assert seized and seized[0].date.start == dt.date(2025, 9, 17) == seized[0].date.end
