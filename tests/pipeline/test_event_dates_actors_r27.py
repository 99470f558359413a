"""Round-27 date/actor fixes: a day hung on a future or conditional verb ("would appear before a judge on
Monday") is not that of an earlier undated event of the sentence (own sentences, real pipeline)."""

from __future__ import annotations

import datetime as dt


def _event(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return found[0]


FUTURE_HEARING = ("Border guards hold two traders\n\n"
                  "RIVERTON, Sept 18 - Border guards detained two traders at a river crossing on Tuesday.\n\n"
                  "The interior ministry said the arrests were lawful and that the men would appear before a "
                  "judge in the provincial capital on Monday.")


def test_a_future_hearing_day_is_not_that_of_the_arrests(events_of):
    date = _event(events_of(FUTURE_HEARING), "arrests").date
    assert date.start <= dt.date(2025, 9, 18)


def test_a_relative_clause_of_a_dated_noun_takes_the_noun_day(events_of):
    events = events_of("Court jails rioters\n\n"
                       "HILLTOWN, Sept 18 - A court on Thursday sentenced 14 people to prison for arson during a "
                       "protest in the northern town late last month, in which a police station was burned down.")
    date = _event(events, "burned").date
    assert date.start >= dt.date(2025, 8, 1) and date.end <= dt.date(2025, 8, 31)


def test_the_trawler_refers_back_to_a_trawler_with_a_country(events_of):
    events = events_of("Coast guard holds foreign trawler\n\n"
                       "PORTHAVEN, Sept 18 - A Norwegian coast guard ship detained a Russian trawler off the northern "
                       "coast late on Monday on suspicion of illegal fishing.\n\n"
                       "The trawler reached the port of Hammerfest on Tuesday afternoon under escort.")
    assert "RUS" in {a.country for a in _event(events, "reached").actors}
