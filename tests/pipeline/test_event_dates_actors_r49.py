"""Dates from held-out round 49: a "when" clause hung on a day's noun ("began on Sunday, when ...") tells what
happened that day, also when the parser hangs its verb under another verb of the clause."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.pipeline.event_dates import _when_day_verb

# (published 2025-09-18, a Thursday: Saturday = 13th, Sunday = 14th, Monday = 15th, Tuesday = 16th)

WHEN_DAY = [
    # the event verb sits under another verb of the "when" clause ("where fuel has been scarce ... blocked")
    ("The unrest began on Sunday, when farmers from villages where fuel has been scarce for more than a month "
     "blocked the main road into the city with tractors.", "blocked", dt.date(2025, 9, 14)),
    # the plain parse: the "when" clause's verb is itself the day's relative clause
    ("The stoppage started on Monday, when dock workers blocked the gates of the container terminal.", "blocked",
     dt.date(2025, 9, 15)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), WHEN_DAY)
def test_when_clause_of_a_day_takes_that_day(events_of, text, trigger, day):
    events = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert events and events[0].date.start == day


NOT_WHEN_DAY = [
    # negative: a relative clause of the day without "when" is no "when" clause of it
    ("The mine was shut on Tuesday, which workers had demanded for weeks.", "demanded"),
    # negative: a "when" clause hung on a verb, not on a day's noun
    ("Police detained six men when they blocked the road.", "blocked"),
]


@pytest.mark.parametrize(("text", "word"), NOT_WHEN_DAY)
def test_when_day_verb_needs_a_when_clause_of_a_day(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert _when_day_verb(tok) is None
