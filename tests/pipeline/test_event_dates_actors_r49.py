"""Dates from held-out round 49, where the rule must not fire (the rows it must date are in test_event_days.py): a
"when" clause hung on a day's noun ("began on Sunday, when ...") tells what happened that day; a relative clause
without "when", or a "when" clause on a verb, is no such clause."""

from __future__ import annotations

import pytest

from geomap.pipeline.event_dates import _when_day_verb

NOT_WHEN_DAY = [
    # negative: a relative clause of the day without "when" is no "when" clause of it
    ("The mine was shut on Tuesday, which workers had demanded for weeks.", "demanded"),
    # negative: a "when" clause hung on a verb, not on a day's noun
    ("Police detained six men when they blocked the road.", "blocked"),
]


@pytest.mark.parametrize(("text", "word"), NOT_WHEN_DAY)
def test_when_day_verb_needs_a_when_clause_of_a_day(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert _when_day_verb(tok) is None
