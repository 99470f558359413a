"""Round-39 date fixes: a day counted from the day of a coordinated verb, a headline event told undated in a
one-day lede."""

from __future__ import annotations

import datetime as dt


def _dates(events, word):
    return [(e.date.start, e.date.end) for e in events if e.trigger == word]


def test_day_after_counts_from_the_day_of_the_coordinated_verb(events_of):
    # "on Wednesday" hangs on "arrived"; the "a day after" clause hangs on the coordinated "signed"
    events = events_of("The foreign minister arrived in the capital on Wednesday and signed an agreement for 20 "
                       "million dollars of aid to rebuild schools in the north, a day after a drone strike near the "
                       "border killed two men.")
    tuesday = dt.date(2025, 9, 16)
    assert _dates(events, "strike") == [(tuesday, tuesday)]


def test_headline_event_told_undated_in_a_one_day_lede_takes_that_day(events_of):
    # the lede's "divert" has no day of its own; the lede dates all its news to Tuesday
    events = events_of("Warships hold live-fire drills at sea; flights diverted, frigate shadows\n\n"
                       "OSLO, Sept 18 (AFP) - A naval task group held live-fire drills in the Baltic Sea on Tuesday, "
                       "forcing airlines to divert several flights between Norway and Finland, the Norwegian defence "
                       "force said on Thursday.")
    tuesday = dt.date(2025, 9, 16)
    assert [(e.date.start, e.date.end) for e in events if e.event_type == "disruption"] == [(tuesday, tuesday)]

