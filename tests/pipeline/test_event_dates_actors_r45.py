"""Round 45/46 actor fixes: held people named later by their bare noun ("the drivers")."""

from __future__ import annotations

import datetime as dt


def _actors(events, trigger):
    return [sorted(a.country for a in e.actors if a.country) for e in events if e.trigger == trigger]


def test_the_drivers_refers_back_to_demonym_drivers(events_of):
    text = ("TIRANA, Oct 3 (Reuters) - Greek police on Thursday released nine Albanian bus drivers who had been "
            "held for a week, Albania's foreign ministry said.\n\n"
            "The drivers were arrested on September 25 by Greek police at a checkpoint near Kakavia after officers "
            "said they found smuggled cigarettes in their buses.")
    events = events_of(text, dt.date(2025, 10, 3))
    arrests = _actors(events, "arrested")
    assert arrests and "ALB" in arrests[0]


def _dates(events, trigger):
    return [e.date.start for e in events if e.trigger == trigger]


def test_conjunct_takes_the_day_hung_on_its_hosts_object(events_of):
    # ("on Monday" is parsed on "talks", the object of "held"; "signed" is a conjunct of "held")
    text = ("RIGA, Sept 18 (Reuters) - Latvia's defence minister held talks in Riga on Monday with his Polish "
            "counterpart and signed a pact to buy air defence systems together, the ministry said.")
    events = events_of(text)
    assert _dates(events, "signed") == [dt.date(2025, 9, 15)]
