"""Round-28 date/actor fixes (own sentences, real pipeline): a lede split from its dateline still dates the
undated events after it; a date after a name the tagger read as a verb; a vessel moved in the passive takes
part; a short country name after the long one; "more than N weeks ago"."""

from __future__ import annotations

import datetime as dt


def _event(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, e.event_type) for e in events]
    return found[0]


def test_a_lede_split_from_its_agency_dateline_dates_later_undated_events(events_of):
    events = events_of("Strong quake shakes coastal towns\n\n"
                       "LIMA, Sept 18 (AP) - A magnitude 6.5 earthquake struck near the coastal town of Chimbote "
                       "late on Tuesday, killing two people, authorities said.\n\n"
                       "The quake hit at 10:40 p.m. at a depth of 20 km. Two of the dead were in the nearby "
                       "district of Casma, where mud-brick houses collapsed on sleeping families.")
    assert _event(events, "collapsed").date.start == dt.date(2025, 9, 16)


def test_a_date_after_a_name_read_as_a_verb_dates_the_main_verb(events_of):
    events = events_of("Navy seizes trawler\n\n"
                       "Brazil's navy seized a trawler fishing without a licence off the island of Ile Be "
                       "at the weekend, the fisheries ministry said on Thursday.")
    date = _event(events, "seized").date
    assert (date.start, date.end) == (dt.date(2025, 9, 13), dt.date(2025, 9, 14))


def test_a_vessel_escorted_in_the_passive_takes_part(events_of):
    events = events_of("Coast guard holds Russian trawler\n\n"
                       "PORTHAVEN, Sept 18 - Norway's coast guard detained a Russian trawler off the northern coast "
                       "late on Monday on suspicion of illegal fishing.\n\n"
                       "The trawler was escorted into the port of Hammerfest on Tuesday.")
    assert "RUS" in {a.country for a in _event(events, "escorted").actors}


def test_a_short_country_name_is_that_of_the_long_name_in_the_article(events_of):
    events = events_of("Talks resume\n\n"
                       "NAIROBI, Sept 18 - Democratic Republic of Congo's government and rebels met in Nairobi on "
                       "Wednesday.\n\n"
                       "Congo and Rwanda signed a peace agreement in Washington in June.")
    countries = {a.country for a in _event(events, "agreement").actors}
    assert "COD" in countries and "COG" not in countries


def test_more_than_weeks_ago_reaches_before_that_week(events_of):
    events = events_of("Rancher freed\n\n"
                       "ASUNCION, Sept 18 - A cattle rancher kidnapped more than five weeks ago was freed "
                       "on Tuesday, police said.")
    date = _event(events, "kidnapped").date
    assert date.end == dt.date(2025, 8, 14) and date.start == dt.date(2025, 8, 7)
