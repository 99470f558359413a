"""Dates and actors from held-out round 20: the name after a wire dateline's dash that the parse hung on the
dateline is the subject; the day of publication named in the sentence before dates the undated event that goes on
with it (not the lede's earlier day); "that robbery" refers back to the sentence before, not to the date of the
conviction it is the object of."""

from __future__ import annotations

import datetime as dt


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_country_after_the_dateline_dash_summons(events_of):
    text = ("Tanzania summons Kenyan envoy over detention\n\n"
            "DODOMA, Sept 18 - Tanzania summoned Kenya's charge d'affaires in Dodoma on Wednesday to protest "
            "against the detention of an opposition politician, the foreign ministry said.")
    summoned = _by_trigger(events_of(text), "summoned")
    assert summoned and any(a.country == "TZA" and a.role == "actor" for a in summoned[0].actors)


def test_publication_day_of_the_sentence_before_beats_the_ledes_day(events_of):
    text = ("LUSAKA, Sept 18 - Police arrested two opposition leaders in Lusaka on Tuesday, officials said.\n\n"
            "About 200 people, some carrying placards, gathered outside parliament in Lusaka on Thursday morning "
            "to demand that the government publish the charges. "
            "Police said the protest was peaceful.")
    protest = [e for e in events_of(text) if e.event_type == "protest"]
    assert protest and all(e.date.start == dt.date(2025, 9, 18) for e in protest)


def test_that_robbery_refers_back_to_the_sentence_before(events_of):
    text = ("In June last year, robbers in army uniforms stopped a bank van in Mombasa and took about $300,000. "
            "Four men were convicted of that robbery by the High Court in Mombasa in August.")
    robbery = _by_trigger(events_of(text), "robbery")
    assert robbery and robbery[0].date.start == dt.date(2024, 6, 1)


def test_an_acronym_owning_a_facility_is_a_company_not_a_party(events_of):
    # "CPC" is also the Communist Party of China; "the CPC oil terminal" is a pipeline company's
    attacks = [e for e in events_of("Sea drones attacked the CPC oil terminal near Novorossiysk on Monday.")
               if e.event_type == "attack"]
    assert attacks and "CHN" not in attacks[0].actor_countries
