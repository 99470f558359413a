"""Dates from round 59: a day counted in hours from another ("on Sunday, hours after gunmen opened fire") may be
the day before it."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 20)  # a Saturday

HOURS_AFTER = [
    # the shooting "hours after" which the emergency was declared on Thursday may have been late on Wednesday
    ("The government declared a state of emergency in the province on Thursday, hours after gunmen opened fire "
     "on a wedding party in the town of Kirra, killing six people.", "attack",
     (dt.date(2025, 9, 17), dt.date(2025, 9, 18))),
    # negative: a count in days lands on one day
    ("The government declared a state of emergency in the province on Thursday, two days after gunmen opened "
     "fire on a wedding party in the town of Kirra, killing six people.", "attack",
     (dt.date(2025, 9, 16), dt.date(2025, 9, 16))),
]


@pytest.mark.parametrize(("text", "etype", "span"), HOURS_AFTER)
def test_hours_after_reach_the_day_before(events_of, text, etype, span):
    events = [e for e in events_of(text, PUB) if e.event_type == etype]
    assert events and (events[0].date.start, events[0].date.end) == span


COUNTED_NOUN = [
    # the robbery is two days before the arrests, not on their day
    ("Police arrested two men in the town of Tarra on Friday, two days after an armed robbery at a jewellery "
     "shop in the market of Belmo.", dt.date(2025, 9, 17)),
    # negative: "after" with no count says nothing of how long before
    ("Police arrested two men in the town of Tarra on Friday after an armed robbery at a jewellery shop in the "
     "market of Belmo.", dt.date(2025, 9, 19)),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_NOUN)
def test_event_noun_counted_from_the_verb_it_follows(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "crime"]
    assert events and events[0].date.start == day


AFTER_NOUN_DAY = [
    # both days hang on "spent"; the one right after "landslide" is the landslide's
    ("About 300 residents of the village of Tarra spent a third night away from their homes on Saturday after a "
     "landslide late on Wednesday and warnings from engineers that the slope above the village could give way.",
     dt.date(2025, 9, 17)),
    # negative: one day only, the verb's, is the landslide's too (nothing says when else)
    ("About 300 residents of the village of Tarra spent a third night away from their homes on Saturday after a "
     "landslide and warnings from engineers that the slope above the village could give way.", dt.date(2025, 9, 20)),
]


@pytest.mark.parametrize(("text", "day"), AFTER_NOUN_DAY)
def test_day_right_after_the_noun_of_an_after_phrase(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "natural_disaster"]
    assert events and events[0].date.start == day


PURPOSE_OBJECT_DAY = [
    # the tear gas was fired at the youths on the day they fought, not on the day of the report
    ("Police fired tear gas to disperse groups of youths who fought with stones in the town of Tarra on Friday, "
     "police said on Saturday.", dt.date(2025, 9, 19)),
    # negative: a past perfect relative clause is told as earlier; the report's day stands
    ("Police fired tear gas to disperse groups of youths who had fought with stones in the town of Tarra on "
     "Friday, police said on Saturday.", dt.date(2025, 9, 20)),
]


@pytest.mark.parametrize(("text", "day"), PURPOSE_OBJECT_DAY)
def test_day_of_the_people_a_purpose_infinitive_acts_on(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.trigger == "fired"]
    assert events and events[0].date.start == day


LEDE_WITHOUT_DATELINE = [
    # a text with no dateline opens with its lede: an undated simple past further on happened on the lede's day
    ("A general strike brought the port city of Tarra to a standstill on Thursday, halting buses and closing "
     "schools.\n\nOutside the capital, meatpacking plants in the town of Belmo shut down for the day, union "
     "officials said.", dt.date(2025, 9, 18)),
    # so does the first sentence after a title line
    ("Strike halts Tarra\n\nA general strike brought the port city of Tarra to a standstill on Thursday, halting "
     "buses and closing schools.\n\nOutside the capital, meatpacking plants in the town of Belmo shut down for "
     "the day, union officials said.", dt.date(2025, 9, 18)),
    # negative: a dated sentence that is not the first one is no lede
    ("Unions have long opposed the pension plan.\n\nA general strike brought the port city of Tarra to a "
     "standstill on Thursday, halting buses and closing schools.\n\nOutside the capital, meatpacking plants in "
     "the town of Belmo shut down for the day, union officials said.", PUB),
]


@pytest.mark.parametrize(("text", "day"), LEDE_WITHOUT_DATELINE)
def test_lede_of_a_text_without_dateline(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.trigger == "shut"]
    assert events and events[0].date.start == day


ABBREVIATED_DATELINE = [
    # "ST. JOHN'S, ..., Sept 12 (AP) -" is a dateline: its day is the filing's, not the clash's
    ("ST. JOHN'S, Antigua, Sept 12 (AP) - Rival supporters clashed outside a polling station in the town of "
     "Tarra, police said.", PUB),
    # the same day in the story dates the clash
    ("Rival supporters clashed outside a polling station in the town of Tarra on Sept 12, police said.",
     dt.date(2025, 9, 12)),
]


@pytest.mark.parametrize(("text", "day"), ABBREVIATED_DATELINE)
def test_dateline_opening_with_an_abbreviation(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "attack"]
    assert events and events[0].date.start == day


COUNTED_FROM_THE_DEMAND = [
    # the "a day after" clause hangs on the demand's complement ("leave"), which has no day: the demand's counts
    ("Tarra demanded on Friday that a foreign survey vessel and its escorts leave waters off its northern coast, "
     "a day after it summoned an embassy official in the capital over what it called a serious violation.",
     dt.date(2025, 9, 18)),
    # negative: a report's day is not counted from ("said on Friday that ..., a day after ...")
    ("Tarra said on Friday that a foreign survey vessel and its escorts must leave waters off its northern coast, "
     "a day after it summoned an embassy official in the capital over what it called a serious violation.",
     dt.date(2025, 9, 19)),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_FROM_THE_DEMAND)
def test_counted_clause_of_an_undated_complement(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "diplomatic_summons"]
    assert events and events[0].date.start == day


COUNTED_CLAUSE_PARSED_AS_ROOT = [
    # the parse makes "marched" the root and "fired" its complement: still a day before the firing
    ("Troops fired on a crowd in the town of Tarra on the 18th, the army said, a day after some 3,000 protesters "
     "marched through the streets of Belmo.", dt.date(2025, 9, 17)),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_CLAUSE_PARSED_AS_ROOT)
def test_counted_clause_parsed_as_the_root(events_of, text, day):
    events = [e for e in events_of(text, PUB) if e.event_type == "protest"]
    assert events and events[0].date.start == day
