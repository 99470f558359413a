"""Dates from round 61: what happened "on the eve of" an event happened the day before the event's day, not on
the day of the report that tells it."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 22)  # a Monday

EVE_OF = [
    # the event's day from another mention of its type in the sentence
    ("Police arrested eight people suspected of handing out cash in villages near the border on the eve of the "
     "regional election, the ministry said on Monday, as results from Sunday's vote came in.", dt.date(2025, 9, 20)),
    # the event's day told in the sentence before
    ("Voters in the province went to the polls in a regional election on Sunday. Police arrested eight people "
     "suspected of handing out cash on the eve of the election, the ministry said on Monday.", dt.date(2025, 9, 20)),
    # negative: a day of the arrest's own is kept
    ("Police arrested eight people on Friday, on the eve of the regional election, the ministry said on Monday, "
     "as results from Sunday's vote came in.", dt.date(2025, 9, 19)),
]


@pytest.mark.parametrize(("text", "day"), EVE_OF)
def test_on_the_eve_of_an_event_is_the_day_before_it(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "arrest"]
    assert events and events[0].date.start == day
