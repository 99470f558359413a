"""Round-22 date fixes: a day counted back from an event named with a possessive ("a day before his arrival"),
and "two days earlier" counted from the last day something happened on, not from a report's day ("said on
Wednesday") or the bound of a span ("since Wednesday", "by Wednesday morning")."""

from __future__ import annotations

import datetime as dt


def _dated(events, etype):
    return [e.date.start for e in events if e.event_type == etype and e.date is not None]


def test_day_before_his_arrival_counts_from_the_visit(events_of):
    text = ("MANILA, Sept 18 - Japan's prime minister held talks with the Philippine president in Manila on "
            "Wednesday. A day before his arrival, hundreds of students protested outside the Japanese embassy, "
            "organisers said.")
    assert dt.date(2025, 9, 16) in _dated(events_of(text), "protest")


def test_two_days_earlier_skips_the_day_of_a_report(events_of):
    text = ("NAIROBI, Sept 18 - Gunmen attacked a police post in the town of Garissa late on Monday, killing four "
            "officers, officials said on Wednesday.\n\nSoldiers had arrested two suspects near the town two days "
            "earlier, the army said.")
    assert _dated(events_of(text), "arrest") == [dt.date(2025, 9, 13)]


def test_two_days_earlier_skips_the_bound_of_a_span(events_of):
    text = ("GOMA, Sept 18 - Rebels attacked the town of Beni on Tuesday night, killing nine civilians. Troops "
            "retook the town by Wednesday morning, the army said.\n\nAid agencies said hundreds of families had "
            "fled since Wednesday.\n\nTwo days earlier, the rebels ambushed a convoy on the road north of Beni, "
            "killing three drivers.")
    assert dt.date(2025, 9, 14) in [e.date.start for e in events_of(text) if e.trigger == "ambushed"]


def test_forces_backing_the_subject_are_partners(events_of):
    events = events_of("Government troops backed by Chadian forces retook the town of Menaka on Thursday.")
    retook = next(e for e in events if e.trigger == "retook")
    assert "TCD" in retook.actor_countries
    assert any(a.country == "TCD" and a.role == "partner" for a in retook.actors)


def test_the_minister_refers_back_to_the_minister_who_acted_not_the_one_met(events_of):
    text = ("KATHMANDU, Aug 7 - Indian Foreign Minister Arjun Rao arrived in Kathmandu on Thursday for two days of "
            "talks. Rao met Nepal's foreign minister on Thursday.\n\nThe minister is due to travel to the southern "
            "city of Pokhara on Saturday to visit a temple.")
    travel = next(e for e in events_of(text) if e.trigger == "travel")
    assert next(a for a in travel.actors if a.role == "actor").country == "IND"
