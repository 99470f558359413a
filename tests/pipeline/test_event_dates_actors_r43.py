"""Round 43/44 date fixes: a subordinate clause misparsed as a conjunct, a lede verb dated by its noun later."""

from __future__ import annotations

import datetime as dt


def _dates(events, trigger):
    return [e.date.start for e in events if e.trigger == trigger]


def test_day_after_clause_misparsed_as_conjunct(events_of):
    # (parsed "declared" as a conjunct of "fired", with "a day after" hung on it)
    text = ("LILONGWE, March 6 (AFP) - Police in Malawi fired tear gas and rubber bullets on Thursday to break up "
            "a march by thousands of striking nurses in the commercial hub Blantyre, a day after the Labour Court "
            "in Lilongwe declared their pay strike unlawful and ordered them back to work.")
    events = events_of(text, dt.date(2025, 3, 6))
    assert _dates(events, "fired") == [dt.date(2025, 3, 6)]
    assert _dates(events, "ordered") == [dt.date(2025, 3, 5)]


def test_lede_verb_dated_by_its_noun_in_the_next_sentence(events_of):
    text = ("LIMA, Sept 18 (Reuters) - Peru's Constitutional Court has ruled that the government acted unlawfully "
            "when it suspended civil liberties in the region during a strike last year.\n\n"
            "In a ruling published on Tuesday, the full court said the decree was disproportionate.")
    events = events_of(text)
    assert _dates(events, "ruled") == [dt.date(2025, 9, 16)]
