"""The day an event takes from the words around it (geomap.pipeline.event_dates), on sentences of our own with the
real spaCy model and gazetteer: days counted from other events ("two days earlier", "a day after X", "hours after"),
days named by reference ("that evening", "on the eve of"), periods ("the end of that month", "more than five weeks
ago"), the tense a day is read in, the day of a report, "when"/"as"/"during" clauses, relative and participle
clauses, days hung on another word of the clause, undated events that go on with the sentence before, ledes and
headlines, and datelines.

Unless a test passes another publication date, the texts are published on Thursday 2025-09-18 (the ``events_of``
fixture's default); the dates the tests pass are named after their weekday. The table-driven rows for the "in"/
"during" phrase, the "when" clause and the sentence-opening day are in test_event_days.py."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.articles import article_from_text
from geomap.dates import find_dates
from geomap.pipeline import process
from geomap.pipeline.event_dates import LEDE_DATED_KEY, NARRATIVE_RELATIVE, _counted_days, _when_day_verb
from event_lookup import by_trigger as _by_trigger, by_type as _by_type, event_by_trigger as _event
from event_lookup import next_by_trigger as _next_by_trigger

#: publication dates the tests pass explicitly (the fixture's default is the Thursday)
THU_2025_09_18 = dt.date(2025, 9, 18)  # Friday before = 12th, Sunday = 14th, Tuesday = 16th, Wednesday = 17th
FRI_2025_09_19 = dt.date(2025, 9, 19)
SAT_2025_09_20 = dt.date(2025, 9, 20)
MON_2025_09_22 = dt.date(2025, 9, 22)


def _starts_of_type(events, etype):
    return [e.date.start for e in events if e.event_type == etype and e.date is not None]


def _starts(events, trigger):
    return [e.date.start for e in events if e.trigger == trigger]


def _spans(events, word):
    return [(e.date.start, e.date.end) for e in events if e.trigger == word]


def _dated(events, trigger: str):
    found = [e for e in events if e.trigger == trigger or trigger in (getattr(e, "triggers", None) or [])]
    assert found, [e.trigger for e in events]
    return found[0].date


# ---- counted days: "two days earlier", "a day before/after X"

# a day counted from the event the sentence before is about
def test_days_earlier_counts_from_the_event_of_the_sentence_before(events_of):
    text = ("PORTVILLE, Sept 18 - A blaze destroyed a warehouse in the port of Gdansk on Monday, the fire "
            "brigade said.\n\nOn Wednesday the mayor visited the site.\n\n"
            "The blaze came at the worst time for the port. Two days earlier, dockworkers had gone on strike in "
            "Gdynia, halting the loading of ships.")
    strike = _by_trigger(events_of(text), "strike")
    assert strike and strike[0].date.start == dt.date(2025, 9, 13)  # two days before Monday's blaze


# "two days earlier" is counted from the last day something happened on, not from a report's day ("said on Wednesday")
# or the bound of a span ("since Wednesday", "by Wednesday morning")
def test_two_days_earlier_skips_the_day_of_a_report(events_of):
    text = ("NAIROBI, Sept 18 - Gunmen attacked a police post in the town of Garissa late on Monday, killing four "
            "officers, officials said on Wednesday.\n\nSoldiers had arrested two suspects near the town two days "
            "earlier, the army said.")
    assert _starts_of_type(events_of(text), "arrest") == [dt.date(2025, 9, 13)]


def test_two_days_earlier_skips_the_bound_of_a_span(events_of):
    text = ("GOMA, Sept 18 - Rebels attacked the town of Beni on Tuesday night, killing nine civilians. Troops "
            "retook the town by Wednesday morning, the army said.\n\nAid agencies said hundreds of families had "
            "fled since Wednesday.\n\nTwo days earlier, the rebels ambushed a convoy on the road north of Beni, "
            "killing three drivers.")
    assert dt.date(2025, 9, 14) in [e.date.start for e in events_of(text) if e.trigger == "ambushed"]


# a day counted back from a day still to come
def test_counted_back_from_a_future_day_uses_the_lede_day(events_of):
    events = events_of("ABUJA, Sept 18 - Officials freed 40 prisoners from a city jail on Tuesday, the ministry "
                       "said. The men are expected to reach their home towns at the weekend.\n\nTwo days earlier, "
                       "the navy had detained a fishing boat and its nine crew off the coast, officials said.")
    date = _dated(events, "detained")
    assert (date.start, date.end) == (dt.date(2025, 9, 14), dt.date(2025, 9, 14))


# a day counted from an event named with a modifier of its own ("two days before the attack on the post")
def test_day_counted_from_an_event_with_a_modifier(events_of):
    text = ("Gunmen attacked an army post near the border on Tuesday, killing four soldiers. Two days before the "
            "attack on the post, two soldiers died when their truck struck a roadside bomb on a track nearby, "
            "the army said.")
    bomb = [e for e in events_of(text) if e.sentence.startswith("Two days before")]
    assert bomb and all(e.date.start == dt.date(2025, 9, 14) == e.date.end for e in bomb)


def test_modified_noun_needs_an_event_told_with_the_same_word(events_of):
    text = ("Troops shelled the town on Tuesday. Two days before the attack on the embassy, two soldiers died when "
            "their truck struck a roadside bomb, the army said.")
    bomb = [e for e in events_of(text) if e.trigger in ("struck", "bomb")]
    assert bomb and not any(e.date.start == dt.date(2025, 9, 14) for e in bomb)


# a day counted back from an event named with a possessive ("a day before his arrival")
def test_day_before_his_arrival_counts_from_the_visit(events_of):
    text = ("MANILA, Sept 18 - Japan's prime minister held talks with the Philippine president in Manila on "
            "Wednesday. A day before his arrival, hundreds of students protested outside the Japanese embassy, "
            "organisers said.")
    assert dt.date(2025, 9, 16) in _starts_of_type(events_of(text), "protest")


def test_a_day_after_clause_counts_back_from_the_day_of_its_verb(events_of):
    events = events_of("Police arrested four men in the coastal town on Sunday, a day after a speedboat rammed a "
                       "patrol boat at the mouth of the river, injuring two officers, the ministry said on Monday.")
    found = [e for e in events if e.trigger in ("rammed", "injuring")]
    assert found, [e.trigger for e in events]
    assert (found[0].date.start, found[0].date.end) == (dt.date(2025, 9, 13), dt.date(2025, 9, 13))


def test_day_after_counts_from_the_day_of_the_coordinated_verb(events_of):
    # "on Wednesday" hangs on "arrived"; the "a day after" clause hangs on the coordinated "signed"
    events = events_of("The foreign minister arrived in the capital on Wednesday and signed an agreement for 20 "
                       "million dollars of aid to rebuild schools in the north, a day after a drone strike near the "
                       "border killed two men.")
    tuesday = dt.date(2025, 9, 16)
    assert _spans(events, "strike") == [(tuesday, tuesday)]


# a subordinate clause misparsed as a conjunct
def test_day_after_clause_misparsed_as_conjunct(events_of):
    # (parsed "declared" as a conjunct of "fired", with "a day after" hung on it)
    text = ("LILONGWE, March 6 (AFP) - Police in Malawi fired tear gas and rubber bullets on Thursday to break up "
            "a march by thousands of striking nurses in the commercial hub Blantyre, a day after the Labour Court "
            "in Lilongwe declared their pay strike unlawful and ordered them back to work.")
    events = events_of(text, dt.date(2025, 3, 6))
    assert _starts(events, "fired") == [dt.date(2025, 3, 6)]
    assert _starts(events, "ordered") == [dt.date(2025, 3, 5)]


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
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "crime"]
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
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "diplomatic_summons"]
    assert events and events[0].date.start == day


COUNTED_CLAUSE_PARSED_AS_ROOT = [
    # the parse makes "marched" the root and "fired" its complement: still a day before the firing
    ("Troops fired on a crowd in the town of Tarra on the 18th, the army said, a day after some 3,000 protesters "
     "marched through the streets of Belmo.", dt.date(2025, 9, 17)),
]


@pytest.mark.parametrize(("text", "day"), COUNTED_CLAUSE_PARSED_AS_ROOT)
def test_counted_clause_parsed_as_the_root(events_of, text, day):
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "protest"]
    assert events and events[0].date.start == day


# ---- counted hours: "hours after", "a few hours later"

# "hours after/later" counts as the same day as what it is counted from
HOURS = [
    ("Hours after the assault, the army said", 0),
    ("a few hours later, police", 0),
    ("two days after the vote", 2),
    ("a week earlier", 7),
]


@pytest.mark.parametrize(("text", "days"), HOURS)
def test_counted_days(text, days):
    m = NARRATIVE_RELATIVE.search(text)
    assert m is not None and _counted_days(m) == days


NOT_HOURS = [
    # negative: hours not counted before/after anything
    "The talks lasted for hours.",
    "Rescuers worked for hours in the rain.",
]


@pytest.mark.parametrize("text", NOT_HOURS)
def test_hours_alone_is_no_count(text):
    assert NARRATIVE_RELATIVE.search(text) is None


def test_hours_after_an_event_takes_its_day(events_of):
    text = ("Militants attacked an army post near the border before dawn on Sunday, officials said.\n\n"
            "Hours after the assault, the air force said it had carried out an airstrike on the militants.")
    # (dated to publication it would stand as a second event of its own)
    attacks = [e for e in events_of(text, THU_2025_09_18) if e.event_type == "attack"]
    assert attacks and all(e.date.start == dt.date(2025, 9, 14) for e in attacks)


# a day counted in hours from another ("on Sunday, hours after gunmen opened fire") may be the day before it
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
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == etype]
    assert events and (events[0].date.start, events[0].date.end) == span


# ---- days named by reference: "that evening", "the previous evening", "on the eve of"

def test_that_evening_is_the_day_named_before(events_of):
    text = ("Police detained the mayor of the city at his home on Tuesday, prosecutors said.\n\n"
            "That evening several thousand people rallied outside the town hall in Izmir, chanting slogans.")
    rallied = _by_trigger(events_of(text), "rallied")
    assert rallied and rallied[0].date.start == dt.date(2025, 9, 16)


def test_that_as_a_conjunction_before_evening_is_no_day(events_of):
    text = ("Police detained the mayor of the city at his home on Tuesday, prosecutors said.\n\n"
            "Officials said that evening curfews would be imposed in Izmir after protesters rallied.")
    # the rally (shown by whichever of its words, "rallied" or "protesters", carries its place)
    rallied = [e for e in events_of(text) if e.event_type == "protest"]
    assert rallied and rallied[0].date.start != dt.date(2025, 9, 16)


def test_previous_evening_counts_back_from_the_day_named_before(events_of):
    events = events_of("Police said on Wednesday that officers had arrested a student at a flat in the port city "
                       "the previous evening.")
    date = _dated(events, "arrested")
    assert (date.start, date.end, date.precision) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16), "day")


# what happened "on the eve of" an event happened the day before the event's day, not on the day of the report that
# tells it
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
    events = [e for e in events_of(text, MON_2025_09_22) if e.event_type == "arrest"]
    assert events and events[0].date.start == day


# ---- periods: months, weeks ago, records "since", "from ... until"

# "the end of that month" after a month named before it
def test_the_end_of_that_month_is_the_month_named_before(events_of):
    events = events_of("In March last year, clashes between army troops and rebels around the town killed at "
                       "least 10 people, before the two countries' defence ministers met in Cairo at the end of "
                       "that month and agreed to work on a truce.")
    date = _event(events, "met").date
    assert (date.start, date.end) == (dt.date(2024, 3, 21), dt.date(2024, 3, 31))


def test_more_than_weeks_ago_reaches_before_that_week(events_of):
    events = events_of("Rancher freed\n\n"
                       "ASUNCION, Sept 18 - A cattle rancher kidnapped more than five weeks ago was freed "
                       "on Tuesday, police said.")
    date = _event(events, "kidnapped").date
    assert date.end == dt.date(2025, 8, 14) and date.start == dt.date(2025, 8, 7)


# an undated act "after the <event> of <month/year>" shares that period
AFTER_PERIOD = [
    ("Japan sent doctors and aid to Nepal after the earthquake of April 2015 that killed thousands.",
     dt.date(2015, 4, 1), dt.date(2015, 4, 30)),
    # negative: a day named for the event after which it came is no day of its own
    ("France sent aid to Morocco after the earthquake on Tuesday.", THU_2025_09_18, THU_2025_09_18),
]


@pytest.mark.parametrize(("text", "start", "end"), AFTER_PERIOD)
def test_after_the_event_of_a_month(events_of, text, start, end):
    events = [e for e in events_of(text, THU_2025_09_18) if e.event_type == "aid"]
    assert events and (events[0].date.start, events[0].date.end) == (start, end)


# "the strongest since 2015" measures a record and does not date the event
def test_since_after_a_superlative_does_not_date_the_event(events_of):
    text = ("A gas explosion hit a chemical plant outside the city early on Wednesday, injuring 12 workers. "
            "Inspectors said the explosion at 3 a.m. was the strongest at the plant since 2015.")
    explosions = _by_trigger(events_of(text), "explosion")
    assert explosions and all(e.date.start.year == 2025 for e in explosions)


def test_when_clause_of_a_record_since_happened_then(events_of):
    text = ("Rail workers walked out on Monday. It is the longest rail stoppage in the country since 2023, when a "
            "series of strikes over several months disrupted services across the country.")
    disrupted = _by_trigger(events_of(text), "disrupted")
    assert disrupted and disrupted[0].date.start.year == 2023 and disrupted[0].date.end.year == 2023


# "since X, when ...": the "when" clause on the start of a span tells what happened at X, not all the time since
SINCE_WHEN = [
    ("Safety at the port has been a sensitive issue since May 2013, when a cargo ship struck the control tower.",
     "struck", dt.date(2013, 5, 1), dt.date(2013, 5, 31)),
    ("Troops have patrolled the town since Monday, when gunmen attacked a border post near Kidal.",
     "attacked", dt.date(2025, 9, 15), dt.date(2025, 9, 15)),
]


@pytest.mark.parametrize(("text", "trigger", "start", "end"), SINCE_WHEN)
def test_a_when_clause_on_since_happened_at_its_date(events_of, text, trigger, start, end):
    date = _event(events_of(text), trigger).date
    assert (date.start, date.end) == (start, end)


def test_from_day_until_clause_day_is_a_range(events_of):
    """"blocked the road from Saturday night ... until police cleared it early on Sunday": both days."""
    text = ("Farmers in the nearby village blocked the highway with tractors and burning tyres from Saturday "
            "night, stopping trucks from reaching the market until police cleared the road early on Sunday.")
    ev = next(e for e in events_of(text, published=dt.date(2026, 4, 14)) if e.trigger == "blocked")
    assert (ev.date.start, ev.date.end) == (dt.date(2026, 4, 11), dt.date(2026, 4, 12)), ev.date


# ---- tense: past days beside plans, days still to come

# a bare day of the month ("on the 14th") is read in the tense of its verb, not of the sentence's other words ("had
# been scheduled")
def test_bare_day_of_month_in_a_past_clause_is_before_publication(events_of):
    text = ("The navy held its own exercises off the southern coast on the 14th, though it said these had been "
            "scheduled for months.")
    drills = [e for e in events_of(text) if e.trigger == "exercises"]
    assert drills and drills[0].date.start == dt.date(2025, 9, 14) == drills[0].date.end


# a bare day of the month followed by a past-tense verb ("which on the 14th brought ...") is a date, in the past even
# when the sentence speaks of a plan
def test_bare_day_of_month_before_a_past_verb_is_the_latest_such_day():
    text = ("Teachers' unions, which on the 9th brought thousands of teachers onto the streets to oppose the "
            "government's plan to cut salaries next year, said the strike would go on.")
    days = [d.start for d in find_dates(text, published=dt.date(2025, 9, 18), tense=None) if d.precision == "day"]
    assert days == [dt.date(2025, 9, 9)]
    # an ordinal before a noun is still no date
    assert not find_dates("The office is on the 9th floor.", published=dt.date(2025, 9, 18), tense=None)


# a past-tense verb right after a bare month reads it in the past in a sentence that also plans
def test_a_bare_month_before_a_past_verb_is_the_last_one_in_a_sentence_that_plans(events_of):
    events = events_of("Kenya pledges funds for flood defences\n\n"
                       "NAIROBI, Sept 18 - The government said part of the money would go to repairing dykes "
                       "in Kisumu, where floods in December destroyed hundreds of homes.")
    date = _event(events, "floods").date if any(e.trigger == "floods" for e in events) \
        else _event(events, "destroyed").date
    assert date.start == dt.date(2024, 12, 1), date


# a day named with a past perfect verb is in the past even when the sentence speaks of the future ("had blocked the
# road on Wednesday to protest a plan which will ...")
def test_past_perfect_day_is_in_the_past_beside_a_future_clause(events_of):
    text = ("Hundreds of farmers had blocked the main road outside the town on Wednesday to protest against a "
            "plan which they say will cut their water supply.")
    blocked = _by_trigger(events_of(text, FRI_2025_09_19), "blocked")
    assert blocked and blocked[0].date.start == dt.date(2025, 9, 17)


def test_past_passive_day_is_past_in_a_sentence_that_also_plans(events_of):
    events = events_of("All passenger trains were cancelled on Sunday, and services to the coast will start from "
                       "the northern station until the line is cleared, the company said.")
    sunday = dt.date(2025, 9, 14)
    assert _spans(events, "cancelled") == [(sunday, sunday)]


# a day hung on a future or conditional verb ("would appear before a judge on Monday") is not that of an earlier
# undated event of the sentence
FUTURE_HEARING = ("Border guards hold two traders\n\n"
                  "RIVERTON, Sept 18 - Border guards detained two traders at a river crossing on Tuesday.\n\n"
                  "The interior ministry said the arrests were lawful and that the men would appear before a "
                  "judge in the provincial capital on Monday.")


def test_a_future_hearing_day_is_not_that_of_the_arrests(events_of):
    date = _event(events_of(FUTURE_HEARING), "arrests").date
    assert date.start <= dt.date(2025, 9, 18)


# what a verb in the present (perfect) calls someone "to" ("has invited both unions to talks on Friday") is still to
# come
CALLED_TO = [
    # present perfect / present passive: the talks are the coming Friday
    ("The labour ministry has invited both unions to talks in Lima on Friday.", "meeting", dt.date(2025, 9, 19)),
    ("Both unions are summoned to a meeting at the ministry in Lima on Friday.", "meeting",
     dt.date(2025, 9, 19)),
    # negative: told in the simple past, the day is the last Friday
    ("The labour ministry invited both unions to talks in Lima on Friday.", "meeting", dt.date(2025, 9, 12)),
    # negative: no event called to, the present perfect verb's own clause keeps the past
    ("Police arrested four men in Lima on Friday.", "arrest", dt.date(2025, 9, 12)),
]


@pytest.mark.parametrize(("text", "etype", "day"), CALLED_TO)
def test_event_called_to_is_still_to_come(events_of, text, etype, day):
    events = [e for e in events_of(text, THU_2025_09_18) if e.event_type == etype]
    assert events and events[0].date.start == day


# ---- report days: "..., the ministry said on Wednesday"

def test_report_day_is_not_given_to_an_undated_event_before_it(events_of):
    text = ("A tanker carrying fuel oil capsized and sank off Limay on Monday, and an oil slick has since spread "
            "across the mouth of the bay, the coast guard said on Wednesday.")
    events = events_of(text)
    assert events and all(e.date.start != dt.date(2025, 9, 17) for e in events)  # Wednesday is the report's


# an event told in the present perfect and reported on a day ("has seized ..., the ministry said on Wednesday")
# happened in the days up to the report, not on its day
def test_present_perfect_reported_on_a_day_is_the_days_up_to_the_report(events_of):
    text = "The coast guard has seized a foreign fishing boat near the reef, the ministry said on Wednesday."
    seized = [e for e in events_of(text) if e.trigger == "seized"]
    assert seized and seized[0].date.end == dt.date(2025, 9, 17) and seized[0].date.start < dt.date(2025, 9, 17)


def test_simple_past_reported_on_a_day_keeps_that_day(events_of):
    text = "The coast guard seized a foreign fishing boat near the reef, the ministry said on Wednesday."
    seized = [e for e in events_of(text) if e.trigger == "seized"]
    assert seized and seized[0].date.start == dt.date(2025, 9, 17) == seized[0].date.end


def test_report_day_hung_on_the_reported_clause_gives_way_to_the_clause_own_day(events_of):
    # the parse reads "on Monday" as the arrest's; the arrest's own day is "Sunday evening"
    events = events_of("Police said on Monday they had arrested a man at his home on Sunday evening.")
    sunday = dt.date(2025, 9, 14)
    assert _spans(events, "arrested") == [(sunday, sunday)]


def test_report_day_still_dates_a_reported_clause_with_no_day_of_its_own(events_of):
    events = events_of("Police said on Monday they had arrested a man at his home.")
    monday = dt.date(2025, 9, 15)
    assert _spans(events, "arrested") == [(monday, monday)]


# the day a report is made ("said on Wednesday, as X confirmed its first cases") does not date an "as" clause with a
# subject of its own
def test_report_day_does_not_date_an_as_clause_with_its_own_subject(events_of):
    text = ("An outbreak of cholera has killed nine people in western Kenya since the start of the month, "
            "the health ministry said on Wednesday, as neighbouring Uganda confirmed its first cases in the "
            "border town of Busia.\n\n"
            "In Kampala, Uganda's health ministry said on Tuesday that three people had tested positive "
            "in the town, and that one of them had died.")
    events = events_of(text)
    cases = [e for e in events if "UGA" in e.actor_countries]
    assert cases and all(e.date.start != dt.date(2025, 9, 17) for e in cases)


def test_an_as_clause_without_a_subject_of_its_own_keeps_the_report_day(events_of):
    text = ("Police detained six men on Wednesday as they tried to cross the border near Narva, officials said.")
    detained = _by_trigger(events_of(text), "detained")
    assert detained and detained[0].date.start == dt.date(2025, 9, 17)


# ---- "when", "as" and "during" clauses

def test_undated_event_takes_the_day_of_its_when_clause(events_of):
    text = ("At least 12 people drowned when a fishing boat capsized off the coast of Mindoro at dawn on Tuesday, "
            "the coast guard said, as rescuers searched the shore for survivors over the weekend.")
    accidents = _by_type(events_of(text), "accident")
    assert accidents and all(e.date.start == dt.date(2025, 9, 16) == e.date.end for e in accidents)


def test_when_clause_day_beats_the_report_day(events_of):
    events = events_of("Three people were killed when soldiers fired on protesters in the capital on Monday "
                       "evening, a rights group said on Wednesday.")
    date = _dated(events, "killed")
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


def test_when_clause_dated_by_its_during_phrase(events_of):
    # the day hangs on the noun of the "when" clause's "during" phrase, not on a verb
    text = ("DAKAR, Sept 18 (AFP) - A man was killed and four people were injured when rival supporters fought "
            "outside a polling station in Thies during Tuesday's municipal elections, the ministry said.")
    killed = _next_by_trigger(events_of(text), "killed")
    assert killed.date.start == dt.date(2025, 9, 16)


# where a rule must not fire (the rows it must date are in test_event_days.py; published 2025-09-18, a Thursday:
# Saturday = 13th, Tuesday = 16th): no "when" clause leaves the report's day alone
def test_when_clause_negative_report_day_alone(events_of):
    # no "when" clause anywhere: the report's day is not replaced by another date
    text = "Two soldiers were killed and three wounded in the north, the army said on Tuesday."
    events = [e for e in events_of(text) if e.trigger.lower() == "killed"]
    assert events and events[0].date.start != dt.date(2025, 9, 13)


# a "when" clause hung on a day's noun ("began on Sunday, when ...") tells what happened that day (the rows it must
# date are in test_event_days.py); a relative clause without "when", or a "when" clause on a verb, is no such clause
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


def test_during_phrase_of_dated_verb_takes_its_day(events_of):
    """"signed an agreement on Tuesday during a state visit by ...": the visit went on that Tuesday, not on
    the day of publication."""
    text = "Kenya and Malawi signed an agreement on Tuesday during a state visit by Malawian President Peter Banda."
    ev = next(e for e in events_of(text, published=dt.date(2026, 9, 10)) if e.event_type == "visit")
    assert (ev.date.start, ev.date.end) == (dt.date(2026, 9, 8), dt.date(2026, 9, 8))


def test_as_clause_takes_the_day_hung_on_the_object_of_its_verb(events_of):
    events = events_of("Chile and Ghana signed an agreement on Tuesday to explore and process copper, gold and "
                       "bauxite, as Chile's foreign minister wrapped up a two-day visit to Accra.")
    date = _dated(events, "visit")
    assert (date.start, date.end) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16))


# an "as" clause the parse hangs on a purpose infinitive happens on the day of the verb the infinitive completes
# ("signed a deal on Friday to build X, as Y held talks")
AS_THROUGH_INFINITIVE = [
    ("Kenya and Uganda signed an accord on Thursday to jointly build a rail link across the border, as the "
     "Kenyan foreign minister held talks in Kampala with President Yoweri Museveni.", "meeting", dt.date(2025, 9, 18)),
    # negative: no day on the verb the infinitive completes leaves the talks undated by it
    ("Kenya and Uganda agreed to jointly build a rail link across the border, as the Kenyan foreign minister "
     "held talks in Kampala with President Yoweri Museveni.", "meeting", SAT_2025_09_20),
]


@pytest.mark.parametrize(("text", "etype", "day"), AS_THROUGH_INFINITIVE)
def test_as_clause_through_purpose_infinitive(events_of, text, etype, day):
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == etype]
    assert events and events[0].date.start == day


# ---- relative clauses and participles

# a killing told in a relative clause ("riots in which five people were killed") happened when the clause its noun
# belongs to did
def test_relative_clause_killing_takes_the_day_of_its_clause(events_of):
    text = ("Authorities imposed a curfew in the town on Tuesday evening after protests against the verdict turned "
            "into riots in which at least five people were killed, police said.")
    killed = [e for e in events_of(text) if e.trigger == "killed"]
    assert killed and killed[0].date.start == dt.date(2025, 9, 16) == killed[0].date.end


def test_pluperfect_relative_clause_is_not_given_the_day_of_its_clause(events_of):
    text = ("Authorities imposed a curfew in the town on Tuesday evening after protests against the verdict turned "
            "into riots like those in which police had killed five people, officials said.")
    killed = [e for e in events_of(text) if e.trigger == "killed"]
    assert not killed or killed[0].date.start != dt.date(2025, 9, 16)


def test_a_relative_clause_of_a_dated_noun_takes_the_noun_day(events_of):
    events = events_of("Court jails rioters\n\n"
                       "HILLTOWN, Sept 18 - A court on Thursday sentenced 14 people to prison for arson during a "
                       "protest in the northern town late last month, in which a police station was burned down.")
    date = _event(events, "burned").date
    assert date.start >= dt.date(2025, 8, 1) and date.end <= dt.date(2025, 8, 31)


# a date in a relative clause is not the sentence's event's
def test_a_date_in_a_relative_clause_does_not_date_the_headline_deal(events_of):
    events = events_of("Kenya signs water deal with Uganda\n\n"
                       "NAIROBI, Sept 18 (Reuters) - Kenya signed a $40 million water agreement with Uganda in "
                       "Nairobi on Thursday.\n\n"
                       "The deal extends the Lake Basin Irrigation Programme, under which about 300 wells were "
                       "dug in Kisumu by 2019.")
    deals = [e for e in events if e.event_type == "agreement"]
    assert deals and all(e.date.start.year == 2025 for e in deals), [(e.trigger, e.date) for e in deals]


# an undated arrest whose object's pluperfect relative clause ends the sentence with a day took place that day
PLUPERFECT_OBJECT_DAY = [
    ("Police arrested 20 farmers who had blocked a motorway and burned tyres late on Wednesday.",
     dt.date(2025, 9, 17)),
    # negative: a day before the end of the sentence is the relative clause's own
    ("Police arrested 20 farmers who had blocked a motorway on Wednesday, a spokesman for the force said.",
     SAT_2025_09_20),
]


@pytest.mark.parametrize(("text", "day"), PLUPERFECT_OBJECT_DAY)
def test_sentence_final_day_of_pluperfect_object_clause(events_of, text, day):
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "arrest"]
    assert events and events[0].date.start == day


# where a rule must not fire (the rows it must date are in test_event_days.py): a past-perfect relative clause
# happened before the sentence-opening day
def test_fronted_day_negative_past_perfect(events_of):
    # an event told in the past perfect of a relative clause happened before the fronted day
    text = ("On Tuesday, police cleared a square that protesters had occupied, the city said.")
    events = [e for e in events_of(text) if e.trigger.lower() == "occupied"]
    assert not events or events[0].date.start != dt.date(2025, 9, 16)


def test_participle_series_happens_when_its_clause_does(events_of):
    text = ("TASHKENT, Sept 18 - A fault on a power line cut electricity across the region on Tuesday evening, "
            "stopping trams, grounding flights and leaving thousands without light, officials said on Wednesday.")
    grounding = _by_trigger(events_of(text), "grounding")
    assert grounding and grounding[0].date.start == dt.date(2025, 9, 16)


# a date hung on a reduced relative participle just before a conjoined verb ("seized drugs hidden in a van on Monday
# and arrested ...") dates the main verbs
def test_date_on_a_reduced_relative_participle_dates_the_conjoined_arrest(events_of):
    text = ("Customs officers seized 200 kg of cocaine concealed in a cargo of bananas at the port on Monday and "
            "arrested three men, officials said.")
    arrests = _by_trigger(events_of(text), "arrested")
    assert arrests and arrests[0].date.start == dt.date(2025, 9, 15)


# a date closing a reduced relative participle's phrase before the host's own participle clause
def test_date_after_an_ing_participle_phrase_belongs_to_its_host(events_of):
    events = events_of("A fire broke out aboard a tanker waiting at the anchorage outside the harbour on Sunday "
                       "night, forcing the evacuation of its crew, officials said on Tuesday.")
    date = _dated(events, "fire")
    assert (date.start, date.end) == (dt.date(2025, 9, 14), dt.date(2025, 9, 14))


# a reduced participle on the object of a dated verb ("refused bail on Thursday to students arrested in the clashes")
# happened before that day, not on it
def test_participle_on_the_object_of_a_dated_verb_is_not_that_day(events_of):
    text = ("ACCRA, Sept 19 (Reuters) - A court on Thursday refused bail to 12 traders arrested in the riots, "
            "their lawyer said.\n\n"
            "The traders were detained at the market on Tuesday night, police said.")
    arrested = _by_trigger(events_of(text, FRI_2025_09_19), "arrested")
    assert arrested and arrested[0].date.start == dt.date(2025, 9, 16)


# ---- days hung on another word of the clause: complements, conjuncts, objects

# a date on the verb a chain of complements hangs from dates an event of the chain's last clause ("agreed on Monday to
# X and to Y, at a summit in Z")
def test_summit_in_a_complement_chain_takes_the_date_of_its_head_verb(events_of):
    text = ("ARICA, Chile, Sept 18 - The presidents of Chile and Peru agreed on Monday to expand a joint fishing "
            "patrol and to share port data, at a summit in Arica that both governments praised.\n\n"
            "The two leaders first met at a regional summit in Lima last March.")
    summits = _by_trigger(events_of(text), "summit")
    assert summits and summits[0].date.start == dt.date(2025, 9, 15)


def test_date_on_a_raid_in_which_people_were_detained_dates_the_detention(events_of):
    text = ("Police detained the governor, a senior member of the ruling party, in a dawn raid on his home in "
            "Lagos on Monday, along with six aides, prosecutors said.")
    detained = _by_trigger(events_of(text), "detained")
    assert detained and detained[0].date.start == dt.date(2025, 9, 15)


# a date after a name the tagger read as a verb
def test_a_date_after_a_name_read_as_a_verb_dates_the_main_verb(events_of):
    events = events_of("Navy seizes trawler\n\n"
                       "Brazil's navy seized a trawler fishing without a licence off the island of Ile Be "
                       "at the weekend, the fisheries ministry said on Thursday.")
    date = _event(events, "seized").date
    assert (date.start, date.end) == (dt.date(2025, 9, 13), dt.date(2025, 9, 14))


def test_conjunct_takes_the_day_hung_on_its_hosts_object(events_of):
    # ("on Monday" is parsed on "talks", the object of "held"; "signed" is a conjunct of "held")
    text = ("RIGA, Sept 18 (Reuters) - Latvia's defence minister held talks in Riga on Monday with his Polish "
            "counterpart and signed a pact to buy air defence systems together, the ministry said.")
    events = events_of(text)
    assert _starts(events, "signed") == [dt.date(2025, 9, 15)]


def test_a_relative_clause_on_the_object_of_a_purpose_infinitive_takes_the_main_verbs_day(events_of):
    events = events_of("Police break up protest\n\n"
                       "KISUMU, Sept 18 - On Tuesday, police fired tear gas to disperse hundreds of students who "
                       "burned tyres and blocked the main road through Kisumu. Shops stayed shut on Wednesday.")
    assert _event(events, "blocked").date.start == dt.date(2025, 9, 16)


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
    events = [e for e in events_of(text, SAT_2025_09_20) if e.trigger == "fired"]
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
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "natural_disaster"]
    assert events and events[0].date.start == day


# ---- undated events: going on with the sentence before, referring back

# an undated simple past goes on with the day of the sentence right before it
def test_undated_past_goes_on_with_the_day_of_the_sentence_before(events_of):
    text = ("Police said they had arrested seven people after supporters of two rival parties threw stones at each "
            "other outside a campaign office late on Friday. Two officers were slightly injured.")
    injured = [e for e in events_of(text) if e.trigger == "injured"]
    assert injured and injured[0].date.start == dt.date(2025, 9, 12) == injured[0].date.end


def test_undated_past_after_a_report_day_is_not_given_it(events_of):
    text = "Police said on Wednesday that the protest had ended. Two officers were slightly injured."
    injured = [e for e in events_of(text) if e.trigger == "injured"]
    assert injured and injured[0].date.start == dt.date(2025, 9, 18)


# the day of publication named in the sentence before dates the undated event that goes on with it (not the lede's
# earlier day)
def test_publication_day_of_the_sentence_before_beats_the_ledes_day(events_of):
    text = ("LUSAKA, Sept 18 - Police arrested two opposition leaders in Lusaka on Tuesday, officials said.\n\n"
            "About 200 people, some carrying placards, gathered outside parliament in Lusaka on Thursday morning "
            "to demand that the government publish the charges. "
            "Police said the protest was peaceful.")
    protest = [e for e in events_of(text) if e.event_type == "protest"]
    assert protest and all(e.date.start == dt.date(2025, 9, 18) for e in protest)


def test_the_attack_told_again_without_a_date_takes_the_day_it_refers_back_to(events_of):
    text = ("Drone strike sets gas field ablaze\n\nA drone struck a gas field in northern Iraq late on Tuesday, "
            "setting a storage tank on fire, officials said.\n\nNo one was hurt in the attack, which hit the field "
            "near Mosul shortly before midnight, the operator said.")
    attacks = [e for e in events_of(text) if e.event_type == "attack"]
    assert attacks and all(e.date.start == dt.date(2025, 9, 16) == e.date.end for e in attacks)


# "that robbery" refers back to the sentence before, not to the date of the conviction it is the object of
def test_that_robbery_refers_back_to_the_sentence_before(events_of):
    text = ("In June last year, robbers in army uniforms stopped a bank van in Mombasa and took about $300,000. "
            "Four men were convicted of that robbery by the High Court in Mombasa in August.")
    robbery = _by_trigger(events_of(text), "robbery")
    assert robbery and robbery[0].date.start == dt.date(2024, 6, 1)


# ---- ledes and headlines

def test_undated_past_event_after_a_dated_lede_is_kept_with_the_lede_day(nlp):
    text = ("BISHKEK, Sept 18 - A storm cut power across the north of the country on Tuesday evening, "
            "officials said.\n\nIn the capital, metro trains stopped between stations and rescuers led "
            "passengers out through the tunnels, the city's emergency department said.")
    article = article_from_text(text, id="t", published=dt.date(2025, 9, 18))
    doc = next(process([article], nlp=nlp))[1]
    stopped = next(t for t in doc if t.text == "stopped")
    lede = doc.user_data.get(LEDE_DATED_KEY, {})
    assert stopped.i in lede and lede[stopped.i].start == dt.date(2025, 9, 16)


# a lede split from its dateline still dates the undated events after it
def test_a_lede_split_from_its_agency_dateline_dates_later_undated_events(events_of):
    events = events_of("Strong quake shakes coastal towns\n\n"
                       "LIMA, Sept 18 (AP) - A magnitude 6.5 earthquake struck near the coastal town of Chimbote "
                       "late on Tuesday, killing two people, authorities said.\n\n"
                       "The quake hit at 10:40 p.m. at a depth of 20 km. Two of the dead were in the nearby "
                       "district of Casma, where mud-brick houses collapsed on sleeping families.")
    assert _event(events, "collapsed").date.start == dt.date(2025, 9, 16)


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
     "the town of Belmo shut down for the day, union officials said.", SAT_2025_09_20),
]


@pytest.mark.parametrize(("text", "day"), LEDE_WITHOUT_DATELINE)
def test_lede_of_a_text_without_dateline(events_of, text, day):
    events = [e for e in events_of(text, SAT_2025_09_20) if e.trigger == "shut"]
    assert events and events[0].date.start == day


# an undated event of the lede takes the day a later sentence tells the same act on (the lede sums up, the story tells
# in detail)
def test_undated_lede_event_takes_the_day_the_story_tells_it_on(events_of):
    text = ("ACCRA, Sept 19 (Reuters) - Dozens of people were hurt when police fired tear gas at farmers blocking "
            "the main road into the city, officials said.\n\n"
            "Hundreds of farmers had blocked the road at the market on Wednesday to protest against new taxes.")
    blocking = _by_trigger(events_of(text, FRI_2025_09_19), "blocking")
    assert blocking and blocking[0].date.start == dt.date(2025, 9, 17)


def test_lede_verb_dated_by_its_noun_in_the_next_sentence(events_of):
    text = ("LIMA, Sept 18 (Reuters) - Peru's Constitutional Court has ruled that the government acted unlawfully "
            "when it suspended civil liberties in the region during a strike last year.\n\n"
            "In a ruling published on Tuesday, the full court said the decree was disproportionate.")
    events = events_of(text)
    assert _starts(events, "ruled") == [dt.date(2025, 9, 16)]


# an undated event noun of the lede happened on the day a later sentence tells a verb of its type at its place
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
    events = [e for e in events_of(text, THU_2025_09_18) if e.trigger == "shooting"]
    assert events and events[0].date.start == day


# an anaphoric "the attack" after several undated headline mentions still takes the day of the lede's news
def test_anaphoric_attack_after_several_headline_mentions_takes_the_lede_day(events_of):
    text = ("Gunmen kill five in market attack; police say two suspects killed\n\n"
            "OSLO, Sept 18 - Armed men opened fire on a crowded market on Tuesday, killing five shoppers, "
            "officials said.\n\n"
            "The attack took place near the harbour, the mayor told reporters.")
    attacks = [e for e in events_of(text) if e.event_type == "attack"]
    assert attacks and all(e.date.start == dt.date(2025, 9, 16) for e in attacks)


def test_a_headline_only_event_happened_on_the_day_of_the_lede(events_of):
    events = events_of("Freighter strikes bridge pier, closing river traffic\n\n"
                       "NEW ORLEANS, Sept 18 - A freighter hit a bridge pier on the river late on Tuesday, the "
                       "coast guard said on Thursday.")
    date = _event(events, "strikes").date
    assert (date.start, date.end) == (dt.date(2025, 9, 16), dt.date(2025, 9, 16))


def test_a_headline_event_keeps_publication_when_the_lede_names_a_later_event_day(events_of):
    events = events_of("Freighter strikes bridge pier, closing river traffic\n\n"
                       "NEW ORLEANS, Sept 18 - A freighter hit a bridge pier on the river late on Tuesday, "
                       "forcing the closure of the channel for most of Thursday, the coast guard said.")
    date = _event(events, "strikes").date
    assert date.start != dt.date(2025, 9, 16)


# the lede's day of each kind of event, for a later undated mention and for the headline
LEDE_TWO_DAYS = ("Port shut after tanker runs aground, leaks oil\n\n"
                 "HARBOURTON, Sept 18 - The authorities closed the harbour to shipping on Wednesday after a "
                 "loaded tanker ran aground off the lighthouse late on Monday and began leaking oil.\n\n"
                 "The Panama-flagged Sea Breeze, carrying about 40,000 tonnes of diesel, struck a sandbank at the "
                 "harbour mouth in thick fog, the port authority said.")


def test_an_undated_later_mention_takes_the_lede_day_of_its_own_kind(events_of):
    date = _event(events_of(LEDE_TWO_DAYS), "struck").date
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


def test_a_headline_event_takes_the_lede_day_of_its_own_kind(events_of):
    date = _event(events_of(LEDE_TWO_DAYS), "runs").date
    assert (date.start, date.end) == (dt.date(2025, 9, 15), dt.date(2025, 9, 15))


HEADLINE_SUBJECT = (
    "Protesters shut two copper mines in northern Chile\n\n"
    "ANTOFAGASTA, Chile, March 5 (Reuters) - Truck drivers demanding lower fuel prices shut the two largest "
    "copper mines in northern Chile on Tuesday, while a fire at a warehouse in the port of Antofagasta killed "
    "two workers overnight.\n\n"
    "The mines stayed closed on Wednesday, officials said.")


def test_headline_subject_noun_takes_lede_day_of_its_verb(events_of):
    """A headline's participant noun ("Protesters shut ...") with no event of its kind in the lede: the lede's
    day of the verb it is the subject of (Tuesday), not the publication day."""
    events = events_of(HEADLINE_SUBJECT, published=dt.date(2026, 3, 5))
    protest = next(e for e in events if e.event_type == "protest")
    assert (protest.date.start, protest.date.end) == (dt.date(2026, 3, 3), dt.date(2026, 3, 3))


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


def test_headline_event_told_undated_in_a_one_day_lede_takes_that_day(events_of):
    # the lede's "divert" has no day of its own; the lede dates all its news to Tuesday
    events = events_of("Warships hold live-fire drills at sea; flights diverted, frigate shadows\n\n"
                       "OSLO, Sept 18 (AFP) - A naval task group held live-fire drills in the Baltic Sea on Tuesday, "
                       "forcing airlines to divert several flights between Norway and Finland, the Norwegian defence "
                       "force said on Thursday.")
    tuesday = dt.date(2025, 9, 16)
    assert [(e.date.start, e.date.end) for e in events if e.event_type == "disruption"] == [(tuesday, tuesday)]


# a headline's main verb with no day of its own tells the news of the lede's main verb, on its day ("Court convicts
# ..." / "A court on Wednesday found ... guilty")
HEADLINE_OF_LEDE_ROOT = [
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - A court in Lima on "
     "Wednesday found three police officers guilty of murder over the killing of a student in 2021.",
     dt.date(2025, 9, 17)),
    # negative: a lede whose main verb reports gives the headline no day of its own
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - Three police officers "
     "were found guilty of murder over the killing of a student in 2021, prosecutors said on Wednesday.",
     THU_2025_09_18),
    # negative: the first day on the lede's main verb is the one, here publication's, not a later one on it
    ("Court convicts three police officers over killing of student\n\nLIMA, Sept 18 - A court in Lima on "
     "Thursday found three police officers guilty of murder after a hearing late on Tuesday.", THU_2025_09_18),
]


@pytest.mark.parametrize(("text", "day"), HEADLINE_OF_LEDE_ROOT)
def test_headline_verb_takes_the_day_of_the_ledes_main_verb(events_of, text, day):
    events = [e for e in events_of(text, THU_2025_09_18) if e.trigger == "convicts"]
    assert events and events[0].date.start == day


# ---- datelines

# a dateline whose place word has an apostrophe
def test_a_dateline_word_with_an_apostrophe_dates_no_event(events_of):
    events = events_of("Navy ship brings fuel to storm-hit islands\n\n"
                       "O'ROURKE, Sept 18 - A navy supply ship docked in the capital on Wednesday with fuel "
                       "and generators for the storm-hit islands.")
    date = _event(events, "docked").date
    assert (date.start, date.end) == (dt.date(2025, 9, 17), dt.date(2025, 9, 17))


ABBREVIATED_DATELINE = [
    # "ST. JOHN'S, ..., Sept 12 (AP) -" is a dateline: its day is the filing's, not the clash's
    ("ST. JOHN'S, Antigua, Sept 12 (AP) - Rival supporters clashed outside a polling station in the town of "
     "Tarra, police said.", SAT_2025_09_20),
    # the same day in the story dates the clash
    ("Rival supporters clashed outside a polling station in the town of Tarra on Sept 12, police said.",
     dt.date(2025, 9, 12)),
]


@pytest.mark.parametrize(("text", "day"), ABBREVIATED_DATELINE)
def test_dateline_opening_with_an_abbreviation(events_of, text, day):
    events = [e for e in events_of(text, SAT_2025_09_20) if e.event_type == "attack"]
    assert events and events[0].date.start == day


# ---- the day the next sentence gives the participant of an event dated by another clause or by a report

RETOLD_PARTICIPANT = [
    # an "after" clause takes its main clause's day only until the next sentence tells its own (with a copula and
    # "late on")
    ("Police sealed off the village on Wednesday after a farmer was shot dead by unknown gunmen, officials said.\n\n"
     "The farmer was working in his field late on Monday when the gunmen arrived on motorbikes.",
     "shot", dt.date(2025, 9, 15)),
    # the participle the parse reads as a reduced relative clause on the noun told again
    ("Navy divers were searching on Thursday for three fishermen missing after a trawler capsized off the port of "
     "Mombasa, officials said.\n\nThe trawler, carrying eight crew, overturned early on Tuesday about 10 km "
     "offshore, the coast guard said in a statement.", "capsized", dt.date(2025, 9, 16)),
    # the container a find reported on a later day was made in
    ("Customs officers seized 400 kg of heroin hidden in a refrigerated container at the port of Mombasa, the "
     "revenue authority said on Thursday.\n\nOfficers opened the container on Tuesday after a sniffer dog alerted "
     "them.", "seized", dt.date(2025, 9, 16)),
    # negative: the main clause's day stands when the next sentence gives the participant none
    ("Police sealed off the village on Wednesday after a farmer was shot dead by unknown gunmen, officials said.\n\n"
     "The farmer was working in his field when the gunmen arrived on motorbikes.",
     "shot", dt.date(2025, 9, 17)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), RETOLD_PARTICIPANT)
def test_participant_told_again_dates_an_after_clause_or_a_reported_find(events_of, text, trigger, day):
    date = _dated(events_of(text), trigger)
    assert (date.start, date.end) == (day, day)


# ---- conjoined clauses: a conjunct with a subject of its own keeps its day; one sharing the subject lends its own

CONJOINED_CLAUSES = [
    # the "during" phrase of the verb conjoined with the trigger dates both; the day of the conjunct with a subject
    # of its own ("soldiers arrested ... the following day") is that conjunct's alone
    ("Armed men killed three voters and burned ballot papers at a school near Gao during Sunday's election, and "
     "soldiers arrested five suspects in Gao the following day, the army said.",
     {"killed": dt.date(2025, 9, 14), "arrested": dt.date(2025, 9, 15)}),
    # (each conjunct with a day of its own keeps it)
    ("Rebels shot dead two guards in the town of Beni on Sunday, and troops recaptured the town the following day.",
     {"shot": dt.date(2025, 9, 14), "recaptured": dt.date(2025, 9, 15)}),
    # the day of a conjunct with a subject of its own is not the undated first one's (here: publication's)
    ("More than 40 people were killed in two weeks of riots, and the government set the vote for October 5.",
     {"killed": THU_2025_09_18, "vote": dt.date(2025, 10, 5)}),
]


@pytest.mark.parametrize(("text", "days"), CONJOINED_CLAUSES)
def test_a_conjunct_with_its_own_subject_lends_the_first_no_day(events_of, text, days):
    events = events_of(text)
    assert {t: (_dated(events, t).start, _dated(events, t).end) for t in days} == {
        t: (d, d) for t, d in days.items()}


# "were killed and 17 wounded when police opened fire ... as Mali voted on Sunday": the "when" clause of a verb
# conjoined with the trigger, and the "as" clause of that one, date it
def test_a_when_clause_of_a_conjunct_and_its_as_clause_date_the_trigger(events_of):
    events = events_of("Two people were killed and at least 17 wounded when police opened fire during a clash at a "
                       "polling centre in Gao as Mali voted on Sunday in its first election since the coup that "
                       "ousted the president last August, officials said.")
    date = _dated([e for e in events if e.event_type == "attack"], "killed")
    assert (date.start, date.end) == (dt.date(2025, 9, 14), dt.date(2025, 9, 14))


# "The incident happened on Tuesday evening": a noun that names any event again, as the subject of a verb that only
# dates it, dates the event the sentence before told with the day of another clause
INCIDENT_RETOLD = [
    ("The incident happened on Tuesday evening about two miles off the island, the foreign ministry said.",
     dt.date(2025, 9, 16)),
    # negative: a verb that tells something else of the incident dates that, not the entry
    ("The incident was reported to the foreign ministry on Tuesday evening.", THU_2025_09_18),
]


@pytest.mark.parametrize(("second", "day"), INCIDENT_RETOLD)
def test_the_incident_happened_on_a_day_dates_an_after_clause(events_of, second, day):
    events = events_of("Greece summoned Turkey's ambassador on Thursday after a Turkish coast guard vessel entered "
                       "waters off the island of Lesbos and tried to stop a fishing boat.\n\n" + second)
    date = _dated(events, "entered")
    assert (date.start, date.end) == (day, day)
