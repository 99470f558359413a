"""Dates from held-out round 47: the day of the noun of an "in"/"during" phrase of the trigger's verb beats a
conjunct's day, a "when" clause of a conjoined verb dates both conjuncts against a report's day, and a day that
opens the sentence dates the undated events of its verb's words."""

from __future__ import annotations

import datetime as dt

import pytest

# (published 2025-09-18, a Thursday: Saturday = 13th, Sunday = 14th, Monday = 15th, Tuesday = 16th)

DURING_PHRASE = [
    # the verb's "during"/"in" phrase noun carries the day, a conjoined verb carries another one
    ("A cargo ship sank off the coast of Crete during a gale on Saturday and was spilling oil, with slicks "
     "reaching the shore on Monday, the coast guard said.", "sank", dt.date(2025, 9, 13)),
    ("A freight train derailed near the border during a blizzard on Saturday and was leaking chemicals, with fumes "
     "drifting over villages on Monday, police said.", "derailed", dt.date(2025, 9, 13)),
    # negative: the verb's own day still beats the day of its phrase's noun
    ("A ferry ran aground on Monday during a storm that had begun on Saturday, officials said.", "ran",
     dt.date(2025, 9, 15)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), DURING_PHRASE)
def test_day_of_in_or_during_phrase_noun(events_of, text, trigger, day):
    events = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert events and events[0].date.start == day


WHEN_CONJUNCT = [
    # the "when" clause hangs on the second conjunct; it dates the first one too, not the report's day
    ("Three police officers were killed and four injured when their truck hit a roadside bomb in the north on "
     "Saturday, the interior ministry said on Tuesday.", "killed", dt.date(2025, 9, 13)),
    ("Four firefighters were killed and six injured when a burning warehouse collapsed in the capital on "
     "Sunday, the mayor said on Tuesday.", "killed", dt.date(2025, 9, 14)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), WHEN_CONJUNCT)
def test_when_clause_of_conjoined_verb_beats_report_day(events_of, text, trigger, day):
    events = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert events and events[0].date.start == day


def test_when_clause_negative_report_day_alone(events_of):
    # no "when" clause anywhere: the report's day is not replaced by another date
    text = "Two soldiers were killed and three wounded in the north, the army said on Tuesday."
    events = [e for e in events_of(text) if e.trigger.lower() == "killed"]
    assert events and events[0].date.start != dt.date(2025, 9, 13)


FRONTED = [
    # a fronted day dates an undated event the parse hangs inside the verb's object
    ("Late on Tuesday, riot police cleared a camp that had blocked the main road to the port and detained "
     "twelve people, a police spokesman said.", "detained", dt.date(2025, 9, 16)),
    ("On Monday, troops stormed a compound that gunmen had seized near the border and arrested nine "
     "suspects, the army said.", "arrested", dt.date(2025, 9, 15)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), FRONTED)
def test_fronted_day_dates_undated_events_of_its_verb(events_of, text, trigger, day):
    events = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert events and events[0].date.start == day


def test_fronted_day_negative_past_perfect(events_of):
    # an event told in the past perfect of a relative clause happened before the fronted day
    text = ("On Tuesday, police cleared a square that protesters had occupied, the city said.")
    events = [e for e in events_of(text) if e.trigger.lower() == "occupied"]
    assert not events or events[0].date.start != dt.date(2025, 9, 16)
