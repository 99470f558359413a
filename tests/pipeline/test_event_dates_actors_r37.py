"""Round-37 date fixes: the day of a report the parse hangs on the reported clause, and a past day in a
sentence that also plans."""

from __future__ import annotations

import datetime as dt


def _dates(events, word):
    return [(e.date.start, e.date.end) for e in events if e.trigger == word]


def test_report_day_hung_on_the_reported_clause_gives_way_to_the_clause_own_day(events_of):
    # the parse reads "on Monday" as the arrest's; the arrest's own day is "Sunday evening"
    events = events_of("Police said on Monday they had arrested a man at his home on Sunday evening.")
    sunday = dt.date(2025, 9, 14)
    assert _dates(events, "arrested") == [(sunday, sunday)]


def test_report_day_still_dates_a_reported_clause_with_no_day_of_its_own(events_of):
    events = events_of("Police said on Monday they had arrested a man at his home.")
    monday = dt.date(2025, 9, 15)
    assert _dates(events, "arrested") == [(monday, monday)]


def test_past_passive_day_is_past_in_a_sentence_that_also_plans(events_of):
    events = events_of("All passenger trains were cancelled on Sunday, and services to the coast will start from "
                       "the northern station until the line is cleared, the company said.")
    sunday = dt.date(2025, 9, 14)
    assert _dates(events, "cancelled") == [(sunday, sunday)]
