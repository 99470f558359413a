"""Dates from held-out round 57: an "as" clause the parse hangs on a purpose infinitive happens on the day of the
verb the infinitive completes ("signed a deal on Friday to build X, as Y held talks"); an undated arrest whose
object's pluperfect relative clause ends the sentence with a day took place that day."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 20)  # a Saturday

AS_THROUGH_INFINITIVE = [
    ("Kenya and Uganda signed an accord on Thursday to jointly build a rail link across the border, as the "
     "Kenyan foreign minister held talks in Kampala with President Yoweri Museveni.", "meeting", dt.date(2025, 9, 18)),
    # negative: no day on the verb the infinitive completes leaves the talks undated by it
    ("Kenya and Uganda agreed to jointly build a rail link across the border, as the Kenyan foreign minister "
     "held talks in Kampala with President Yoweri Museveni.", "meeting", PUB),
]


@pytest.mark.parametrize(("text", "etype", "day"), AS_THROUGH_INFINITIVE)
def test_as_clause_through_purpose_infinitive(events_of, text, etype, day):
    events = [e for e in events_of(text, PUB) if e.event_type == etype]
    assert events and events[0].date.start == day


PLUPERFECT_OBJECT_DAY = [
    ("Police arrested 20 farmers who had blocked a motorway and burned tyres late on Wednesday.",
     dt.date(2025, 9, 17)),
    # negative: a day before the end of the sentence is the relative clause's own
    ("Police arrested 20 farmers who had blocked a motorway on Wednesday, a spokesman for the force said.", PUB),
]


@pytest.mark.parametrize(("text", "day"), PLUPERFECT_OBJECT_DAY)
def test_sentence_final_day_of_pluperfect_object_clause(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "arrest"]
    assert events and events[0].date.start == day
