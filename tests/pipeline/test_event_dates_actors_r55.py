"""Actors from held-out round 55: a gerund after "by" shares the subject of the verb it modifies ("X reacted by
summoning ..."); a capital inside a relative clause on the summons' ministry is not where the summons took place;
a relative clause reporting what someone says of a nominal event ("an agreement that critics say ...") gives the
speaker no part in it."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 9, 18)

BY_GERUND = [
    ("Tehran responded on Monday by summoning the head of the EU delegation.", "IRN", True),
    ("Tehran reacted on Monday by summoning the head of the EU delegation to the foreign ministry, which "
     "accused Paris of lying.", "IRN", True),
    # negative: the capital in the relative clause on the ministry did not summon anyone
    ("Tehran reacted on Monday by summoning the head of the EU delegation to the foreign ministry, which "
     "accused Paris of lying.", "FRA", False),
    # negative: a capital named as where the summons took place still says who summoned
    ("The head of the EU delegation was summoned to the foreign ministry in Tehran on Monday.", "IRN", True),
]


@pytest.mark.parametrize(("text", "iso3", "present"), BY_GERUND)
def test_by_gerund_shares_subject(events_of, text, iso3, present):
    events = [e for e in events_of(text, PUB) if e.event_type == "diplomatic_summons"]
    assert events and (iso3 in events[0].actor_countries) == present


REPORTED_RELATIVE = [
    ("Serbian President Aleksandar Vucic initialled an agreement in Brussels that critics say concedes too much.",
     "SRB"),
    # negative: a relative clause with its own signer (no report) still names who made the agreement
    ("Critics said the agreement that Kosovo signed in Brussels concedes too much.", "XKX"),
    # negative: the speaker of the relative clause keeps its part when it has one
    ("Thousands of soldiers took part in the annual agreement talks, which Kenya said opened in Nairobi on Monday.",
     "KEN"),
]


@pytest.mark.parametrize(("text", "iso3"), REPORTED_RELATIVE)
def test_reported_relative_clause_is_not_the_actor(events_of, text, iso3):
    events = [e for e in events_of(text, PUB) if e.event_type in ("agreement", "meeting")]
    assert events and iso3 in events[0].actor_countries
