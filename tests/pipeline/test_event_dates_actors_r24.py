"""Round-24 date/actor fixes: a date closing a reduced relative participle's phrase before the host's own
participle clause (own sentences, real pipeline)."""

from __future__ import annotations

import datetime as dt


def _dated(events, trigger: str):
    found = [e for e in events if e.trigger == trigger or trigger in (getattr(e, "triggers", None) or [])]
    assert found, [e.trigger for e in events]
    return found[0].date


def test_date_after_an_ing_participle_phrase_belongs_to_its_host(events_of):
    events = events_of("A fire broke out aboard a tanker waiting at the anchorage outside the harbour on Sunday "
                       "night, forcing the evacuation of its crew, officials said on Tuesday.")
    date = _dated(events, "fire")
    assert (date.start, date.end) == (dt.date(2025, 9, 14), dt.date(2025, 9, 14))


def _actor_countries(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return {a.country for a in found[0].actors}


def test_reduced_relative_on_a_nominal_trigger_keeps_the_governing_subject(events_of):
    events = events_of("Germany's foreign minister wrapped up a two-day visit to Hanoi aimed at reducing his "
                       "country's reliance on Chinese suppliers.")
    assert "DEU" in _actor_countries(events, "visit")


def test_the_same_office_refers_back_to_its_earlier_holder(events_of):
    events = events_of("Canada's trade minister ended a three-day visit to the Mexican capital. The trade minister, "
                       "who arrived on Monday, met the Mexican president on Tuesday.")
    assert "CAN" in _actor_countries(events, "met")


def test_a_day_after_clause_counts_back_from_the_day_of_its_verb(events_of):
    events = events_of("Police arrested four men in the coastal town on Sunday, a day after a speedboat rammed a "
                       "patrol boat at the mouth of the river, injuring two officers, the ministry said on Monday.")
    found = [e for e in events if e.trigger in ("rammed", "injuring")]
    assert found, [e.trigger for e in events]
    assert (found[0].date.start, found[0].date.end) == (dt.date(2025, 9, 13), dt.date(2025, 9, 13))


def test_as_clause_takes_the_day_hung_on_the_object_of_its_verb(events_of):
    events = events_of("Chile and Ghana signed an agreement on Tuesday to explore and process copper, gold and "
                       "bauxite, as Chile's foreign minister wrapped up a two-day visit to Accra.")
    date = _dated(events, "visit")
    assert (date.start, date.end) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16))
