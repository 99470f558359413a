"""Dates from round 61: what happened "on the eve of" an event happened the day before the event's day, not on
the day of the report that tells it; a headline's main verb with no day of its own tells the news of the lede's
main verb, on its day ("Court convicts ..." / "A court on Wednesday found ... guilty"); an undated event noun of
the lede happened on the day a later sentence tells a verb of its type at its place."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 22)  # a Monday

EVE_OF = [
    # the event's day from another mention of its type in the sentence
    ("Police arrested eight people suspected of handing out cash in villages near the border on the eve of the "
     "regional election, the ministry said on Monday, as results from Sunday's vote came in.", dt.date(2025, 9, 20)),
    # the event's day told in the sentence before
    ("Voters in the province went to the polls in a regional election on Sunday. Police arrested eight people "
     "suspected of handing out cash on the eve of the election, the ministry said on Monday.", dt.date(2025, 9, 20)),
    # negative: a day of the arrest's own is kept
    ("Police arrested eight people on Friday, on the eve of the regional election, the ministry said on Monday, "
     "as results from Sunday's vote came in.", dt.date(2025, 9, 19)),
]


@pytest.mark.parametrize(("text", "day"), EVE_OF)
def test_on_the_eve_of_an_event_is_the_day_before_it(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "arrest"]
    assert events and events[0].date.start == day


PUB_T = dt.date(2025, 9, 18)  # a Thursday

HEADLINE_OF_LEDE_ROOT = [
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - A court in Lima on "
     "Wednesday found three police officers guilty of murder over the killing of a student in 2021.",
     dt.date(2025, 9, 17)),
    # negative: a lede whose main verb reports gives the headline no day of its own
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - Three police officers "
     "were found guilty of murder over the killing of a student in 2021, prosecutors said on Wednesday.",
     PUB_T),
    # negative: the first day on the lede's main verb is the one, here publication's, not a later one on it
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - A court in Lima on "
     "Thursday found three police officers guilty of murder after a hearing late on Tuesday.", PUB_T),
]


@pytest.mark.parametrize(("text", "day"), HEADLINE_OF_LEDE_ROOT)
def test_headline_verb_takes_the_day_of_the_ledes_main_verb(events_of, text, day):
    events = [e for e in events_of(text, PUB_T) if e.trigger == "convicts"]
    assert events and events[0].date.start == day


LEDE_NOUN_DETAIL = [
    ("ACCRA, Sept 18 - Ghanaians voted on Tuesday in local elections after a campaign marred by a deadly shooting "
     "at a party office in Tamale, the electoral commission said on Wednesday.\n\nTwo gunmen opened fire on a "
     "party office in Tamale late on Sunday, killing a campaign worker, police said.", dt.date(2025, 9, 14)),
    # negative: a verb of its type at another place tells another event
    ("ACCRA, Sept 18 - Ghanaians voted on Tuesday in local elections after a campaign marred by a deadly shooting "
     "at a party office in Tamale, the electoral commission said on Wednesday.\n\nTwo gunmen opened fire on a "
     "party office in Kumasi late on Sunday, killing a campaign worker, police said.", dt.date(2025, 9, 16)),
]


@pytest.mark.parametrize(("text", "day"), LEDE_NOUN_DETAIL)
def test_lede_event_noun_takes_the_day_a_later_verb_of_its_type_at_its_place_tells(events_of, text, day):
    events = [e for e in events_of(text, PUB_T) if e.trigger == "shooting"]
    assert events and events[0].date.start == day
