"""Round-33 date and actor fixes, on sentences of our own (real spaCy model and gazetteer)."""

from __future__ import annotations

import datetime as dt

HEADLINE_VERB = (
    "First relief barges in weeks reach Mopti as hunger spreads in central Mali\n\n"
    "MOPTI, Mali, May 13 (Reuters) - A convoy of barges carrying 300 tonnes of food reached the river port "
    "of Mopti on Sunday, the first delivery since fighting closed the Niger river route in the spring, the "
    "Red Cross said.\n\n"
    "Officials expect more trucks this month.")


def test_headline_verb_takes_lede_day_of_participant_nouns_verb(events_of):
    """A headline verb ("trucks reach ...") whose event the lede tells with a noun trigger as the subject of the
    same verb ("A convoy ... reached the town on Sunday"): the lede's day, not the publication day."""
    events = events_of(HEADLINE_VERB, published=dt.date(2026, 5, 13))
    head = [e for e in events if e.sentence.startswith("First relief barges")]
    assert head, [(e.event_type, e.trigger) for e in events]
    assert all((e.date.start, e.date.end) == (dt.date(2026, 5, 10), dt.date(2026, 5, 10)) for e in head), \
        [(e.trigger, e.date) for e in head]


def test_from_day_until_clause_day_is_a_range(events_of):
    """"blocked the road from Saturday night ... until police cleared it early on Sunday": both days."""
    text = ("Farmers in the nearby village blocked the highway with tractors and burning tyres from Saturday "
            "night, stopping trucks from reaching the market until police cleared the road early on Sunday.")
    ev = next(e for e in events_of(text, published=dt.date(2026, 4, 14)) if e.trigger == "blocked")
    assert (ev.date.start, ev.date.end) == (dt.date(2026, 4, 11), dt.date(2026, 4, 12)), ev.date


def test_conjoined_passive_shares_the_passive_subject(events_of):
    """"A Danish aid worker ... was freed in one capital and flown to another": the flight carries the aid
    worker (DNK), the passive subject of the verb it is conjoined with."""
    text = ("A Danish aid worker held by kidnappers for six months was freed in Mogadishu on Tuesday and "
            "flown to Oman, Denmark's foreign ministry said.")
    ev = next(e for e in events_of(text) if e.trigger == "flown")
    assert "DNK" in {a.country for a in ev.actors}, ev.actors
