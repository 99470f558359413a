"""Round-23 date fixes: "the previous evening", a "when" clause's day over the report's, and a day counted back
from a day still to come (own sentences, real pipeline)."""

from __future__ import annotations

import datetime as dt


def _dated(events, trigger: str):
    found = [e for e in events if e.trigger == trigger or trigger in (getattr(e, "triggers", None) or [])]
    assert found, [e.trigger for e in events]
    return found[0].date


def test_previous_evening_counts_back_from_the_day_named_before(events_of):
    events = events_of("Police said on Wednesday that officers had arrested a student at a flat in the port city "
                       "the previous evening.")
    date = _dated(events, "arrested")
    assert (date.start, date.end, date.precision) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16), "day")


def test_when_clause_day_beats_the_report_day(events_of):
    events = events_of("Three people were killed when soldiers fired on protesters in the capital on Monday "
                       "evening, a rights group said on Wednesday.")
    date = _dated(events, "killed")
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


def test_counted_back_from_a_future_day_uses_the_lede_day(events_of):
    events = events_of("ABUJA, Sept 18 - Officials freed 40 prisoners from a city jail on Tuesday, the ministry "
                       "said. The men are expected to reach their home towns at the weekend.\n\nTwo days earlier, "
                       "the navy had detained a fishing boat and its nine crew off the coast, officials said.")
    date = _dated(events, "detained")
    assert (date.start, date.end) == (dt.date(2025, 9, 14), dt.date(2025, 9, 14))
