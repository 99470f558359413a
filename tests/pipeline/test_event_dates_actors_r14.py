"""Dates and actors from held-out round 14: a day counted from an event named with a modifier of its own ("two
days before the attack on the post"), people handed over to someone, and people referred back to by their noun
("the fishermen" after "five Iranian fishermen")."""

from __future__ import annotations

import datetime as dt


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_day_counted_from_an_event_with_a_modifier(events_of):
    text = ("Gunmen attacked an army post near the border on Tuesday, killing four soldiers. Two days before the "
            "attack on the post, two soldiers died when their truck struck a roadside bomb on a track nearby, "
            "the army said.")
    bomb = [e for e in events_of(text) if e.sentence.startswith("Two days before")]
    assert bomb and all(e.date.start == dt.date(2025, 9, 14) == e.date.end for e in bomb)


def test_modified_noun_needs_an_event_told_with_the_same_word(events_of):
    text = ("Troops shelled the town on Tuesday. Two days before the attack on the embassy, two soldiers died when "
            "their truck struck a roadside bomb, the army said.")
    bomb = [e for e in events_of(text) if e.trigger in ("struck", "bomb")]
    assert bomb and not any(e.date.start == dt.date(2025, 9, 14) for e in bomb)


def test_people_handed_over_to_officials_bring_their_country(events_of):
    text = "The two sailors were handed over to Turkish officials at the border crossing on Saturday."
    release = _by_type(events_of(text), "release")
    assert release and "TUR" in release[0].actor_countries


def test_people_referred_back_to_by_their_noun_keep_their_country(events_of):
    text = "Coast guards detained five Iranian fishermen on Monday. The fishermen were released on Wednesday."
    release = _by_type(events_of(text), "release")
    assert release and "IRN" in release[0].actor_countries
