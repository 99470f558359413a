"""Round-41/42 date fixes, on sentences of our own (published on Thursday 2025-09-18)."""

from __future__ import annotations

import datetime as dt


def _event(events, trigger):
    return next(e for e in events if e.trigger.lower() == trigger)


def test_when_clause_dated_by_its_during_phrase(events_of):
    # the day hangs on the noun of the "when" clause's "during" phrase, not on a verb
    text = ("DAKAR, Sept 18 (AFP) - A man was killed and four people were injured when rival supporters fought "
            "outside a polling station in Thies during Tuesday's municipal elections, the ministry said.")
    killed = _event(events_of(text), "killed")
    assert killed.date.start == dt.date(2025, 9, 16)


def test_foreign_warships_sailing_into_a_port_add_its_country(events_of):
    text = ("MOMBASA, Sept 18 (Reuters) - A Chinese navy destroyer and a supply ship sailed into Mombasa harbour "
            "on Wednesday for a four-day port call, the Kenyan navy said.")
    sailed = _event(events_of(text), "sailed")
    countries = {a.country for a in sailed.actors}
    assert {"CHN", "KEN"} <= countries


def test_the_counted_people_keep_their_country(events_of):
    text = ("LISBON, Sept 18 (Reuters) - Angola released three Portuguese engineers on Wednesday, the foreign "
            "ministry said.\n\nThe three were working on a dam when they were detained by police in March "
            "near Huambo.")
    detained = _event(events_of(text), "detained")
    assert "PRT" in {a.country for a in detained.actors}
