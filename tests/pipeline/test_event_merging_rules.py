"""How the mentions of one event are merged and which date the merged event takes (geomap.pipeline.event_mentions),
on sentences of our own with the real spaCy model and gazetteer: a lede dated only by the day of its report and a
later sentence that gives the event's own day, and a headline told again by a lede that names no place.

The dates the tests pass are named after their weekday (the ``events_of`` fixture's default is Thursday
2025-09-18)."""

from __future__ import annotations

import datetime as dt

from geomap.articles import article_from_text
from geomap.pipeline import process

SAT_2025_09_20 = dt.date(2025, 9, 20)  # Thursday before = 18th
TUE_2025_09_23 = dt.date(2025, 9, 23)  # Saturday before = 20th, Monday = 22nd
SAT_2025_10_18 = dt.date(2025, 10, 18)


def _of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


# "Gunmen ambushed a convoy ..., officials said Saturday" dates the ambush by the day of the report only; "The attack
# happened on Thursday afternoon" tells the same event again with its own day: one event, on Thursday
def test_retelling_with_its_own_day_merges_with_a_lede_dated_by_its_report(events_of):
    text = ("Gunmen ambushed a convoy of trucks on a highway near Kumasi, killing three drivers, officials said "
            "Saturday.\n\n"
            "The attack happened on Thursday afternoon near the town, a police spokesman said.")
    attacks = _of_type(events_of(text, SAT_2025_09_20), "attack")
    assert [(e.date.start, e.date.end) for e in attacks] == [(dt.date(2025, 9, 18), dt.date(2025, 9, 18))]
    assert "not the day of the report" in attacks[0].reasons["date"]


# not the other way round: a report made days after an event, of something that followed it, is no retelling of it
# ("Saturday's elections" ... "the commission said on Monday that the party had won the elections")
def test_report_days_after_an_event_with_its_own_day_is_another_event(events_of):
    text = ("Rival supporters fought outside a polling station in Tamale during Saturday's municipal elections, "
            "police said.\n\n"
            "The electoral commission said on Monday that the ruling party had won the elections.")
    elections = _of_type(events_of(text, TUE_2025_09_23), "election")
    assert sorted(e.date.start for e in elections) == [dt.date(2025, 9, 20), dt.date(2025, 9, 22)]


# a period that only spans the report's day ("earlier this month") is no day of the event's own: the report's day stays
def test_period_overlapping_the_report_day_does_not_replace_it(events_of):
    text = ("South Korea's coast guard seized a Chinese fishing boat and detained its crew, officials said on "
            "Saturday.\n\n"
            "Earlier this month, South Korea's coast guard seized a Chinese fishing boat for fishing without a "
            "permit.")
    seized = [e for e in events_of(text, SAT_2025_10_18) if e.trigger == "seized"]
    assert seized and (seized[0].date.start, seized[0].date.end) == (SAT_2025_10_18, SAT_2025_10_18)


def _titled_events(nlp, title, body, published):
    article = article_from_text(f"{title}\n\n{body}", id="t", published=published, title=title)
    return list(next(process([article], nlp=nlp))[1]._.events)


# the lede tells the headline's event even when it names no place of its own to match the headline's
def test_headline_event_merges_with_a_lede_that_names_no_place(nlp):
    events = _titled_events(nlp, "Gunmen kill five drivers in ambush on highway in Ghana",
                            "ACCRA, Sept 20 (AFP) - Gunmen ambushed a convoy of fuel trucks on the main highway, "
                            "killing five drivers and setting four vehicles ablaze, officials said on Saturday.",
                            SAT_2025_09_20)
    attacks = _of_type(events, "attack")
    assert len(attacks) == 1 and attacks[0].date.start == SAT_2025_09_20


# the next sentence names the event's participant again, with "the", as the subject or object of a verb that is no
# trigger, with a day of its own: the event (undated, or dated only by its report) happened that day
def test_participant_told_again_with_a_day_dates_the_event_reported_on_another(events_of):
    text = ("At least nine miners were killed when a disused mine shaft collapsed near Kwekwe, officials said on "
            "Thursday.\n\n"
            "The shaft caved in on Tuesday evening after days of heavy rain, the civil protection unit said.")
    accidents = _of_type(events_of(text), "accident")
    assert [(e.date.start, e.date.end) for e in accidents] == [(dt.date(2025, 9, 16), dt.date(2025, 9, 16))]


def test_object_of_an_event_noun_told_again_with_a_day_dates_the_undated_event(events_of):
    text = ("Police have arrested five men over the armed robbery of a security van near Francistown.\n\n"
            "The gang stopped the van with a fake roadblock on the road outside the town late on Monday, a police "
            "spokesman said.")
    robberies = _of_type(events_of(text), "crime")
    assert [(e.date.start, e.date.end) for e in robberies] == [(dt.date(2025, 9, 15), dt.date(2025, 9, 15))]


# a day after the report's is what happened to the participant since, not the event's day
def test_participant_told_again_after_the_report_day_keeps_the_report_day(events_of):
    text = ("At least nine miners were killed when a disused mine shaft collapsed near Kwekwe, officials said on "
            "Tuesday.\n\n"
            "The shaft was sealed on Wednesday, the civil protection unit said.")
    accidents = _of_type(events_of(text), "accident")
    assert [(e.date.start, e.date.end) for e in accidents] == [(dt.date(2025, 9, 16), dt.date(2025, 9, 16))]


ELECTION_LEDE = ("ACCRA, Sept 22 - Ghanaians voted on Sunday in a parliamentary election seen as a close contest "
                 "between the two main parties.\n\n"
                 "The electoral commission said turnout was about 54 percent.\n\n")


# the text's first mention of the headline event's type, further on than the lede, placed nowhere and of the days of
# the news, tells the headline's event; a background event of its type is another one
def test_headline_event_merges_with_the_first_current_mention_of_its_type(nlp):
    events = _titled_events(nlp, "Ghana votes in tight race; seven held after clashes in Tamale",
                            ELECTION_LEDE + "Police said they had arrested seven people after supporters of the two "
                            "main parties threw stones at each other outside a campaign office late on Friday.",
                            dt.date(2025, 9, 22))
    assert [(e.trigger, e.date.start, e.place.name) for e in _of_type(events, "attack")] == [
        ("clashes", dt.date(2025, 9, 19), "Tamale")]


def test_headline_event_does_not_merge_with_a_background_event_of_its_type(nlp):
    events = _titled_events(nlp, "Ghana votes in tight race; seven held after clashes in Tamale",
                            ELECTION_LEDE + "In 2020, supporters of the two main parties threw stones at each other "
                            "outside a campaign office.", dt.date(2025, 9, 22))
    assert sorted(e.date.start.year for e in _of_type(events, "attack")) == [2020, 2025]


# an event first told in the headline and again, undated, further on keeps the headline's day (that of the lede's
# main clause), not the day of publication
def test_headline_event_told_again_undated_keeps_the_headline_day(nlp):
    events = _titled_events(nlp, "Court convicts three police officers over killing of student",
                            "LIMA, Sept 18 - A court in Lima on Wednesday found three police officers guilty of "
                            "murder over the killing of a student in 2021.\n\n"
                            "The officers were sentenced to 30 years in prison.", dt.date(2025, 9, 18))
    arrests = _of_type(events, "arrest")
    assert [(e.date.start, e.date.end) for e in arrests] == [(dt.date(2025, 9, 17), dt.date(2025, 9, 17))]
