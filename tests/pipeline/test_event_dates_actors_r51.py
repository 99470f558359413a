"""Dates from held-out round 51: "a day after X" counts back from the day of the verb it modifies also when the
day hangs on that verb's object ("began an exercise at the base on Wednesday, a day after ..."), and "hours
after/later" counts as the same day as what it is counted from."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.pipeline.event_dates import NARRATIVE_RELATIVE, _counted_days

PUB = dt.date(2025, 9, 18)  # a Thursday: Sunday = 14th, Tuesday = 16th, Wednesday = 17th

HOURS = [
    ("Hours after the assault, the army said", 0),
    ("a few hours later, police", 0),
    ("two days after the vote", 2),
    ("a week earlier", 7),
]


@pytest.mark.parametrize(("text", "days"), HOURS)
def test_counted_days(text, days):
    m = NARRATIVE_RELATIVE.search(text)
    assert m is not None and _counted_days(m) == days


NOT_HOURS = [
    # negative: hours not counted before/after anything
    "The talks lasted for hours.",
    "Rescuers worked for hours in the rain.",
]


@pytest.mark.parametrize("text", NOT_HOURS)
def test_hours_alone_is_no_count(text):
    assert NARRATIVE_RELATIVE.search(text) is None


def test_hours_after_an_event_takes_its_day(events_of):
    text = ("Militants attacked an army post near the border before dawn on Sunday, officials said.\n\n"
            "Hours after the assault, the air force said it had carried out an airstrike on the militants.")
    # (dated to publication it would stand as a second event of its own)
    attacks = [e for e in events_of(text, PUB) if e.event_type == "attack"]
    assert attacks and all(e.date.start == dt.date(2025, 9, 14) for e in attacks)
