"""Dates from held-out round 47, the cases where a rule must not fire (the rows it must date are in
test_event_days.py): no "when" clause leaves the report's day alone, and a past-perfect relative clause happened
before the sentence-opening day."""

from __future__ import annotations

import datetime as dt

# (published 2025-09-18, a Thursday: Saturday = 13th, Tuesday = 16th)


def test_when_clause_negative_report_day_alone(events_of):
    # no "when" clause anywhere: the report's day is not replaced by another date
    text = "Two soldiers were killed and three wounded in the north, the army said on Tuesday."
    events = [e for e in events_of(text) if e.trigger.lower() == "killed"]
    assert events and events[0].date.start != dt.date(2025, 9, 13)


def test_fronted_day_negative_past_perfect(events_of):
    # an event told in the past perfect of a relative clause happened before the fronted day
    text = ("On Tuesday, police cleared a square that protesters had occupied, the city said.")
    events = [e for e in events_of(text) if e.trigger.lower() == "occupied"]
    assert not events or events[0].date.start != dt.date(2025, 9, 16)
