"""Dates from held-out round 35: a day named with a past perfect verb is in the past even when the sentence
speaks of the future ("had blocked the road on Wednesday to protest a plan which will ..."); an undated event of
the lede takes the day a later sentence tells the same act on (the lede sums up, the story tells in detail); a
reduced participle on the object of a dated verb ("refused bail on Thursday to students arrested in the
clashes") happened before that day, not on it."""

from __future__ import annotations

import datetime as dt

PUBLISHED = dt.date(2025, 9, 19)  # a Friday


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_past_perfect_day_is_in_the_past_beside_a_future_clause(events_of):
    text = ("Hundreds of farmers had blocked the main road outside the town on Wednesday to protest against a "
            "plan which they say will cut their water supply.")
    blocked = _by_trigger(events_of(text, PUBLISHED), "blocked")
    assert blocked and blocked[0].date.start == dt.date(2025, 9, 17)


def test_undated_lede_event_takes_the_day_the_story_tells_it_on(events_of):
    text = ("ACCRA, Sept 19 (Reuters) - Dozens of people were hurt when police fired tear gas at farmers blocking "
            "the main road into the city, officials said.\n\n"
            "Hundreds of farmers had blocked the road at the market on Wednesday to protest against new taxes.")
    blocking = _by_trigger(events_of(text, PUBLISHED), "blocking")
    assert blocking and blocking[0].date.start == dt.date(2025, 9, 17)


def test_participle_on_the_object_of_a_dated_verb_is_not_that_day(events_of):
    text = ("ACCRA, Sept 19 (Reuters) - A court on Thursday refused bail to 12 traders arrested in the riots, "
            "their lawyer said.\n\n"
            "The traders were detained at the market on Tuesday night, police said.")
    arrested = _by_trigger(events_of(text, PUBLISHED), "arrested")
    assert arrested and arrested[0].date.start == dt.date(2025, 9, 16)
