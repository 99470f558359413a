"""Dates and actors from held-out round 53: what a verb in the present (perfect) calls someone "to" ("has
invited both unions to talks on Friday") is still to come; an undated act "after the <event> of <month/year>"
shares that period; a leader placed in the dateline's country keeps it when named again later."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 18)  # a Thursday: Friday before = 12th, Friday after = 19th

CALLED_TO = [
    # present perfect / present passive: the talks are the coming Friday
    ("The labour ministry has invited both unions to talks in Lima on Friday.", "meeting", dt.date(2025, 9, 19)),
    ("Both unions are summoned to a meeting at the ministry in Lima on Friday.", "meeting",
     dt.date(2025, 9, 19)),
    # negative: told in the simple past, the day is the last Friday
    ("The labour ministry invited both unions to talks in Lima on Friday.", "meeting", dt.date(2025, 9, 12)),
    # negative: no event called to, the present perfect verb's own clause keeps the past
    ("Police arrested four men in Lima on Friday.", "arrest", dt.date(2025, 9, 12)),
]


@pytest.mark.parametrize(("text", "etype", "day"), CALLED_TO)
def test_event_called_to_is_still_to_come(events_of, text, etype, day):
    events = [e for e in events_of(text, PUB) if e.event_type == etype]
    assert events and events[0].date.start == day


AFTER_PERIOD = [
    ("Japan sent doctors and aid to Nepal after the earthquake of April 2015 that killed thousands.",
     dt.date(2015, 4, 1), dt.date(2015, 4, 30)),
    # negative: a day named for the event after which it came is no day of its own
    ("France sent aid to Morocco after the earthquake on Tuesday.", PUB, PUB),
]


@pytest.mark.parametrize(("text", "start", "end"), AFTER_PERIOD)
def test_after_the_event_of_a_month(events_of, text, start, end):
    events = [e for e in events_of(text, PUB) if e.event_type == "aid"]
    assert events and (events[0].date.start, events[0].date.end) == (start, end)


LEADER_LATER = [
    ("NAIROBI, Sept 18 (Reuters) - Indian Prime Minister Narendra Modi held talks with President William Ruto "
     "at State House on Thursday.\n\nRuto made a state visit to New Delhi in December 2023.", True),
    # negative: no leader met under the dateline, so nothing gives Ruto a country
    ("Ruto made a state visit to New Delhi in December 2023.", False),
]


@pytest.mark.parametrize(("text", "has_home"), LEADER_LATER)
def test_leader_met_at_dateline_keeps_country(events_of, text, has_home):
    visits = [e for e in events_of(text, PUB) if e.event_type == "visit" and e.date.start.year == 2023]
    assert visits and ("KEN" in visits[0].actor_countries) == has_home
