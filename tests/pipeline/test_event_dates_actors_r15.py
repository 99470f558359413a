"""Dates and actors from held-out round 15: the one an accusation charges with an attack is its actor ("accused X
of carrying out air strikes"), and a killing told in a relative clause ("riots in which five people were killed")
happened when the clause its noun belongs to did."""

from __future__ import annotations

import datetime as dt


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_accused_of_carrying_out_strikes_is_the_actor(events_of):
    text = ("The interior ministry accused Turkey of carrying out air strikes on Tuesday night near a village in "
            "the north of the country.")
    attacks = [e for e in _by_type(events_of(text), "attack") if e.trigger == "strikes"]
    assert attacks and "TUR" in attacks[0].actor_countries


def test_accused_passive_of_a_participle_act(events_of):
    text = "Greece was accused of shelling a border post on Monday, the army said."
    attacks = [e for e in _by_type(events_of(text), "attack") if e.trigger == "shelling"]
    assert attacks and "GRC" in attacks[0].actor_countries


def test_blamed_an_attack_on_someone(events_of):
    text = "Officials blamed the bombing of the market on Syrian rebels."
    attacks = [e for e in _by_type(events_of(text), "attack") if e.trigger == "bombing"]
    assert attacks and any(a.country == "SYR" and a.role == "actor" for a in attacks[0].actors)


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


def test_fighting_that_spreads_keeps_the_sides_told_before(events_of):
    text = ("Indian and Chinese troops exchanged fire along the border on Monday, killing three soldiers, and "
            "fighting spread on Wednesday to a second valley further east, officials said.")
    fighting = [e for e in events_of(text) if e.trigger == "fighting"]
    assert fighting and {"IND", "CHN"} <= set(fighting[0].actor_countries)


def test_fighting_of_its_own_does_not_take_earlier_sides(events_of):
    text = ("Indian and Chinese troops exchanged fire along the border on Monday. Separately, fighting between "
            "rival clans spread to a market town on Wednesday, police said.")
    fighting = [e for e in events_of(text) if e.trigger == "fighting"]
    assert fighting and not {"IND", "CHN"} & set(fighting[0].actor_countries)


def test_conjoined_verb_skips_a_dateline_taken_for_its_subject(events_of):
    text = ("ROME, May 28 - Italy's coast guard arrested 12 Tunisian fishermen and seized two boats off the coast "
            "late on Tuesday, officials said.")
    seized = [e for e in events_of(text) if e.trigger == "seized"]
    assert seized and "ITA" in seized[0].actor_countries


def test_airspace_entered_brings_its_state(events_of):
    text = ("Finland summoned the Russian ambassador on Monday after a Russian military helicopter briefly entered "
            "Finnish airspace near the coast, the ministry said.")
    entered = [e for e in events_of(text) if e.trigger == "entered"]
    assert entered and {"RUS", "FIN"} <= set(entered[0].actor_countries)


def test_people_fleeing_into_a_country_come_from_the_last_other_one_named(events_of):
    text = ("Sudanese army jets bombed the town of Geneina on Sunday, killing nine people. About 3,000 people fled "
            "into Chad on Monday, carrying children on their backs, aid workers said.")
    fled = [e for e in events_of(text) if e.trigger == "fled"]
    assert fled and {"SDN", "TCD"} <= set(fled[0].actor_countries)


def test_the_attack_told_again_without_a_date_takes_the_day_it_refers_back_to(events_of):
    text = ("Drone strike sets gas field ablaze\n\nA drone struck a gas field in northern Iraq late on Tuesday, "
            "setting a storage tank on fire, officials said.\n\nNo one was hurt in the attack, which hit the field "
            "near Mosul shortly before midnight, the operator said.")
    attacks = [e for e in events_of(text) if e.event_type == "attack"]
    assert attacks and all(e.date.start == dt.date(2025, 9, 16) == e.date.end for e in attacks)
