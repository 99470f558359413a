"""Dates and actors from held-out round 18: a date on the verb a chain of complements hangs from dates an event
of the chain's last clause ("agreed on Monday to X and to Y, at a summit in Z"); a protest at an embassy is
aimed at the state it represents; a closed border's neighbour takes part in the closure."""

from __future__ import annotations

import datetime as dt


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_summit_in_a_complement_chain_takes_the_date_of_its_head_verb(events_of):
    text = ("ARICA, Chile, Sept 18 - The presidents of Chile and Peru agreed on Monday to expand a joint fishing "
            "patrol and to share port data, at a summit in Arica that both governments praised.\n\n"
            "The two leaders first met at a regional summit in Lima last March.")
    summits = _by_trigger(events_of(text), "summit")
    assert summits and summits[0].date.start == dt.date(2025, 9, 15)


def test_protest_outside_an_embassy_targets_its_state(events_of):
    text = ("DAKAR, Sept 18 - Hundreds of students protested outside the French embassy in Dakar on Tuesday, "
            "demanding the return of looted artefacts.")
    protests = [e for e in events_of(text) if e.event_type == "protest"]
    assert protests and "FRA" in protests[0].actor_countries


def test_protest_in_front_of_a_consulate_targets_its_state(events_of):
    text = ("Several dozen activists rallied in front of the Chinese consulate in Munich on Tuesday, police said.")
    protests = [e for e in events_of(text) if e.event_type == "protest"]
    assert protests and "CHN" in protests[0].actor_countries


def test_closing_crossings_with_a_neighbour_involves_it(events_of):
    text = ("Finland shut its last two road crossings with Russia on Tuesday, citing a surge "
            "of migrants, the interior ministry said.")
    shut = [e for e in events_of(text) if e.event_type == "disruption"]
    assert shut and {"FIN", "RUS"} <= set(shut[0].actor_countries)


def test_closing_crossings_on_the_border_with_a_neighbour_involves_it(events_of):
    text = ("Hungary closed two crossings on the border with Serbia on Tuesday after a "
            "clash between migrants and police.")
    shut = [e for e in events_of(text) if e.event_type == "disruption"]
    assert shut and {"HUN", "SRB"} <= set(shut[0].actor_countries)


def test_date_on_a_raid_in_which_people_were_detained_dates_the_detention(events_of):
    text = ("Police detained the governor, a senior member of the ruling party, in a dawn raid on his home in "
            "Lagos on Monday, along with six aides, prosecutors said.")
    detained = _by_trigger(events_of(text), "detained")
    assert detained and detained[0].date.start == dt.date(2025, 9, 15)


def test_that_evening_is_the_day_named_before(events_of):
    text = ("Police detained the mayor of the city at his home on Tuesday, prosecutors said.\n\n"
            "That evening several thousand people rallied outside the town hall in Izmir, chanting slogans.")
    rallied = _by_trigger(events_of(text), "rallied")
    assert rallied and rallied[0].date.start == dt.date(2025, 9, 16)


def test_that_as_a_conjunction_before_evening_is_no_day(events_of):
    text = ("Police detained the mayor of the city at his home on Tuesday, prosecutors said.\n\n"
            "Officials said that evening curfews would be imposed in Izmir after protesters rallied.")
    # the rally (shown by whichever of its words, "rallied" or "protesters", carries its place)
    rallied = [e for e in events_of(text) if e.event_type == "protest"]
    assert rallied and rallied[0].date.start != dt.date(2025, 9, 16)
