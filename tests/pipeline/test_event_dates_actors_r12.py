"""Dates and actors from held-out round 12: a day counted from the event the sentence before is about, a
participle series dated with its clause, the day of a report is not an earlier event's, undated past events
after a dated lede, the state holding an election."""

from __future__ import annotations

import datetime as dt

from geomap.articles import article_from_text
from geomap.pipeline import process
from geomap.pipeline.event_dates import LEDE_DATED_KEY


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_days_earlier_counts_from_the_event_of_the_sentence_before(events_of):
    text = ("PORTVILLE, Sept 18 - A blaze destroyed a warehouse in the port of Gdansk on Monday, the fire "
            "brigade said.\n\nOn Wednesday the mayor visited the site.\n\n"
            "The blaze came at the worst time for the port. Two days earlier, dockworkers had gone on strike in "
            "Gdynia, halting the loading of ships.")
    strike = _by_trigger(events_of(text), "strike")
    assert strike and strike[0].date.start == dt.date(2025, 9, 13)  # two days before Monday's blaze


def test_participle_series_happens_when_its_clause_does(events_of):
    text = ("TASHKENT, Sept 18 - A fault on a power line cut electricity across the region on Tuesday evening, "
            "stopping trams, grounding flights and leaving thousands without light, officials said on Wednesday.")
    grounding = _by_trigger(events_of(text), "grounding")
    assert grounding and grounding[0].date.start == dt.date(2025, 9, 16)


def test_report_day_is_not_given_to_an_undated_event_before_it(events_of):
    text = ("A tanker carrying fuel oil capsized and sank off Limay on Monday, and an oil slick has since spread "
            "across the mouth of the bay, the coast guard said on Wednesday.")
    events = events_of(text)
    assert events and all(e.date.start != dt.date(2025, 9, 17) for e in events)  # Wednesday is the report's


def test_election_actor_is_the_state_holding_it(events_of):
    text = ("Malawian police fired tear gas at rival supporters on Wednesday as the country awaited results "
            "from Tuesday's general election.")
    election = [e for e in events_of(text) if e.event_type == "election"]
    assert election and "MWI" in {a.country for a in election[0].actors}


def test_undated_past_event_after_a_dated_lede_is_kept_with_the_lede_day(nlp):
    text = ("BISHKEK, Sept 18 - A storm cut power across the north of the country on Tuesday evening, "
            "officials said.\n\nIn the capital, metro trains stopped between stations and rescuers led "
            "passengers out through the tunnels, the city's emergency department said.")
    article = article_from_text(text, id="t", published=dt.date(2025, 9, 18))
    doc = next(process([article], nlp=nlp))[1]
    stopped = next(t for t in doc if t.text == "stopped")
    lede = doc.user_data.get(LEDE_DATED_KEY, {})
    assert stopped.i in lede and lede[stopped.i].start == dt.date(2025, 9, 16)
