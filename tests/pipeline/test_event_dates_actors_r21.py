"""Dates and actors from held-out round 21 (the last test: "the four, two Peruvians, ..." gives the
nationalities of the "four men" arrested before): a bare day of the month followed by a past-tense verb ("which on the 14th
brought ...") is a date, in the past even when the sentence speaks of a plan; a date hung on a reduced relative
participle just before a conjoined verb ("seized drugs hidden in a van on Monday and arrested ...") dates the
main verbs; "the strongest since 2015" measures a record and does not date the event."""

from __future__ import annotations

import datetime as dt

from geomap.dates import find_dates


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_bare_day_of_month_before_a_past_verb_is_the_latest_such_day():
    text = ("Teachers' unions, which on the 9th brought thousands of teachers onto the streets to oppose the "
            "government's plan to cut salaries next year, said the strike would go on.")
    days = [d.start for d in find_dates(text, published=dt.date(2025, 9, 18), tense=None) if d.precision == "day"]
    assert days == [dt.date(2025, 9, 9)]
    # an ordinal before a noun is still no date
    assert not find_dates("The office is on the 9th floor.", published=dt.date(2025, 9, 18), tense=None)


def test_date_on_a_reduced_relative_participle_dates_the_conjoined_arrest(events_of):
    text = ("Customs officers seized 200 kg of cocaine concealed in a cargo of bananas at the port on Monday and "
            "arrested three men, officials said.")
    arrests = _by_trigger(events_of(text), "arrested")
    assert arrests and arrests[0].date.start == dt.date(2025, 9, 15)


def test_since_after_a_superlative_does_not_date_the_event(events_of):
    text = ("A gas explosion hit a chemical plant outside the city early on Wednesday, injuring 12 workers. "
            "Inspectors said the explosion at 3 a.m. was the strongest at the plant since 2015.")
    explosions = _by_trigger(events_of(text), "explosion")
    assert explosions and all(e.date.start.year == 2025 for e in explosions)


def test_when_clause_of_a_record_since_happened_then(events_of):
    text = ("Rail workers walked out on Monday. It is the longest rail stoppage in the country since 2023, when a "
            "series of strikes over several months disrupted services across the country.")
    disrupted = _by_trigger(events_of(text), "disrupted")
    assert disrupted and disrupted[0].date.start.year == 2023 and disrupted[0].date.end.year == 2023


def test_nationalities_of_the_counted_group_told_after_the_arrest(events_of):
    text = ("Police seized a tonne of cocaine on Wednesday and arrested four men. "
            "The four, two Peruvians, a Colombian national and a Mexican national, were charged with drug "
            "trafficking on Thursday.")
    arrests = _by_trigger(events_of(text), "arrested")
    assert arrests and {"PER", "COL", "MEX"} <= set(arrests[0].actor_countries)


def test_under_escort_of_a_national_navy_is_a_partner(events_of):
    text = ("The damaged cargo ship reached the port on Thursday under escort of a Ghanaian navy patrol boat, "
            "port officials said.")
    reached = _by_trigger(events_of(text), "reached")
    assert reached and "GHA" in reached[0].actor_countries
