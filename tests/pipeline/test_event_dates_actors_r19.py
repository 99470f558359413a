"""Dates and actors from held-out round 19: an outbreak or a disaster with no country named is the business of
the state whose authority reports it; an act done "on the orders of X" / "on behalf of X" is X's too; the day a
report is made ("said on Wednesday, as X confirmed its first cases") does not date an "as" clause with a subject
of its own."""

from __future__ import annotations

import datetime as dt


def _by_trigger(events, word):
    return [e for e in events if e.trigger.lower() == word]


def test_cases_reported_by_a_national_ministry_are_its_states(events_of):
    text = ("In Kampala, Uganda's health ministry said on Tuesday that five people had tested "
            "positive for Ebola in a fishing village, and that two of them had died.")
    tested = _by_trigger(events_of(text), "tested")
    assert tested and any(a.country == "UGA" and a.role == "actor" for a in tested[0].actors)


def test_cases_reported_by_an_unnamed_official_take_no_reporter_country(events_of):
    text = ("In Kampala, a health official said on Tuesday that five people had tested positive for Ebola "
            "in Kasese, near the Kenyan border.")
    tested = _by_trigger(events_of(text), "tested")
    assert tested and "KEN" not in tested[0].actor_countries


def test_attack_on_the_orders_of_a_foreign_service_is_that_states(events_of):
    text = ("Two men bombed a rail depot in Krakow on Sunday on the orders of Russian military intelligence, "
            "prosecutors said.")
    bombed = _by_trigger(events_of(text), "bombed")
    assert bombed and any(a.country == "RUS" and a.role == "actor" for a in bombed[0].actors)


def test_arson_on_a_states_orders_is_that_states(events_of):
    text = ("A man set fire to a warehouse in Vilnius on Sunday on Russian orders, prosecutors said.")
    fire = [e for e in events_of(text) if e.event_type == "attack"]
    assert fire and any(a.country == "RUS" and a.role == "actor" for a in fire[0].actors)


def test_attack_on_behalf_of_a_state_is_that_states(events_of):
    text = ("Gunmen attacked a convoy near Basra on Monday on behalf of Iran, officials said.")
    attacked = _by_trigger(events_of(text), "attacked")
    assert attacked and any(a.country == "IRN" and a.role == "actor" for a in attacked[0].actors)


def test_orders_in_another_clause_are_not_the_attacks(events_of):
    text = ("Gunmen attacked a convoy near Basra on Monday, officials said, and the army "
            "was withdrawn on Iranian orders.")
    attacked = _by_trigger(events_of(text), "attacked")
    assert attacked and "IRN" not in attacked[0].actor_countries


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
