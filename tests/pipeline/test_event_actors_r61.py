"""Actors from round 61: the flag state of a ship seized, boarded, fired on, rescued or towed takes part as a
target (not the flag of a ship whose crew or owner acts, nor of a sanctioned ship)."""

from __future__ import annotations

import pytest


def _of(events, etype):
    return next(e for e in events if e.event_type == etype)


FLAG_TARGETS = [
    ("The coast guard seized a Liberian-flagged tanker off Aden on Monday.", "seizure", "LBR"),
    ("Gunmen in a skiff fired on a Marshall Islands-flagged bulk carrier in the Red Sea on Monday.", "attack", "MHL"),
    ("The Maltese-flagged tanker was towed to Valletta on Monday.", "vessel_movement", "MLT"),
]


@pytest.mark.parametrize(("text", "etype", "flag"), FLAG_TARGETS)
def test_the_flag_state_of_a_ship_acted_on_is_a_target(events_of, text, etype, flag):
    event = _of(events_of(text), etype)
    assert any(a.country == flag and a.role == "target" for a in event.actors)


FLAG_NO_PARTY = [
    # a sanctioned ship's flag state is no party to the sanctions
    ("The United States imposed sanctions on two Panama-flagged tankers on Monday.", "sanctions", "PAN"),
    # the flag of the ship the crew or owner belongs to is not theirs
    ("The crew of the Panama-flagged tanker attacked three guards in Basra on Monday.", "attack", "PAN"),
    ("The owner of the Maltese-flagged tanker was detained in Athens on Monday.", "arrest", "MLT"),
]


@pytest.mark.parametrize(("text", "etype", "flag"), FLAG_NO_PARTY)
def test_a_flag_state_is_no_party_to_what_is_not_done_to_its_ship(events_of, text, etype, flag):
    assert flag not in _of(events_of(text), etype).actor_countries


def test_a_ship_that_acts_keeps_its_flag(events_of):
    assert "DNK" in _of(events_of("A Danish-registered plane crashed near Kaunas on Monday."), "accident").actor_countries


TERRITORY_EVENTS = [
    ("Police arrested six protesters in Saint-Denis on Réunion on Monday.", "arrest", {"REU", "FRA"}),
    ("A cruise ship ran aground off Nuuk, Greenland, on Monday.", "accident", {"GRL", "DNK"}),
]


@pytest.mark.parametrize(("text", "etype", "countries"), TERRITORY_EVENTS)
def test_an_event_of_an_overseas_territory_is_its_sovereigns_too(events_of, text, etype, countries):
    assert countries <= set(_of(events_of(text), etype).actor_countries)


def test_a_sovereign_is_not_added_without_its_territory(events_of):
    assert "FRA" not in _of(events_of("Police arrested six protesters in Dakar on Monday."), "arrest").actor_countries


@pytest.mark.parametrize("text", ["Gendarmes fired tear gas at protesters in Agadez on Sunday.",
                                  "The gendarmerie fired tear gas at protesters in Agadez on Sunday."])
def test_gendarmes_act_at_home_like_police(events_of, text):
    event = _of(events_of(text), "attack")
    assert any(a.role == "actor" and a.country == "NER" for a in event.actors)


CARRIED = [
    ("A Coast Guard cutter carrying Tongan fisheries officers detained a Chinese longliner off Tarawa on Monday.",
     "arrest", "TON"),
    ("A navy ship with Fijian officers aboard detained a Chinese longliner off Tarawa on Monday.", "arrest", "FJI"),
]


@pytest.mark.parametrize(("text", "etype", "country"), CARRIED)
def test_officers_a_craft_carries_take_part_in_what_it_does(events_of, text, etype, country):
    assert country in _of(events_of(text), etype).actor_countries


def test_cargo_a_craft_carries_takes_no_part(events_of):
    event = _of(events_of("A coast guard cutter carrying Fijian fish detained a Chinese longliner off Tarawa on "
                          "Monday."), "arrest")
    assert "FJI" not in event.actor_countries


FLAG_REFERRED_BACK = [
    ("The coast guard seized a Chinese-flagged squid jigger off Rawson on Saturday. The jigger was escorted into "
     "Puerto Madryn on Sunday.", True),
    # negative: another ship noun is not the flagged one
    ("The coast guard seized a Chinese-flagged squid jigger off Rawson on Saturday. The tanker was escorted into "
     "Puerto Madryn on Sunday.", False),
]


@pytest.mark.parametrize(("text", "chinese"), FLAG_REFERRED_BACK)
def test_a_flagged_ship_taken_back_by_its_noun_keeps_its_flag(events_of, text, chinese):
    assert ("CHN" in _of(events_of(text), "vessel_movement").actor_countries) == chinese


def test_a_ship_name_cut_from_its_noun_keeps_the_nouns_country(events_of):
    # the parse makes "Bretagne" the subject of "called" apart from "the French frigate"
    event = _of(events_of("The Danish frigate Peter Willemoes and the French frigate Bretagne called at Reykjavik "
                          "at the weekend to take on fuel and supplies."), "visit")
    assert "FRA" in event.actor_countries


MANHUNTS = [
    ("Paraguayan and Brazilian police were hunting on Tuesday for 14 inmates who escaped from a jail in Encarnacion.",
     True),
    ("Police launched a manhunt for the gunmen in Kano on Monday.", True),
    # negative: no police or troops hunting people on the run
    ("Shoppers were hunting for bargains in Asuncion on Monday.", False),
]


@pytest.mark.parametrize(("text", "found"), MANHUNTS)
def test_police_hunting_people_on_the_run_is_an_arrest_operation(events_of, text, found):
    assert any(e.event_type == "arrest" for e in events_of(text)) == found


FLAG_TOLD_NEXT = [
    ("An oil tanker ran aground near the port of Klaipeda during a storm on Saturday, officials said.\n\n"
     "The Malta-flagged tanker, which was arriving in ballast, was pushed onto a sandbank, the coast guard said.",
     "accident", "MLT"),
    ("A cargo plane crashed into a field near Kaunas airport late on Thursday, officials said.\n\n"
     "The Danish-registered turboprop came down about two kilometres from the runway.", "accident", "DNK"),
]


@pytest.mark.parametrize(("text", "etype", "flag"), FLAG_TOLD_NEXT)
def test_a_craft_takes_the_flag_the_next_sentence_tells(events_of, text, etype, flag):
    event = _of(events_of(text), etype)
    assert flag in event.actor_countries
    # the flag is no reason to forget whose waters or ground it happened on
    assert "LTU" in event.actor_countries


def test_a_flag_told_next_of_another_subject_is_not_the_crafts(events_of):
    event = _of(events_of("An oil tanker ran aground near the port of Klaipeda during a storm on Saturday.\n\n"
                          "Officials said the Malta-flagged ferry was not affected."), "accident")
    assert "MLT" not in event.actor_countries


def test_a_flag_told_with_an_event_of_its_own_is_that_events(events_of):
    events = events_of("The port was closed on Wednesday after a loaded tanker ran aground off the lighthouse late "
                       "on Monday.\n\nThe Panama-flagged Sea Breeze struck a sandbank at the harbour mouth in thick "
                       "fog, the port authority said.")
    assert any(e.trigger == "struck" and "PAN" in e.actor_countries for e in events)


def test_what_fire_is_opened_on_is_attacked(events_of):
    event = _of(events_of("On Monday gunmen on the river bank opened fire on a Guyana Defence Force patrol boat, "
                          "wounding two soldiers, the army said."), "attack")
    assert any(a.country == "GUY" and a.role == "target" for a in event.actors)


PICKED_UP = [
    ("Passengers were put into lifeboats and picked up by a Greek coast guard patrol boat off Corfu on Friday.", True),
    ("Forty migrants were picked up by a Maltese patrol boat south of Lampedusa on Friday.", True),
    # negative: picked up by police, or by a bus
    ("The two suspects were picked up by police in Lyon on Monday.", False),
]


@pytest.mark.parametrize(("text", "rescue"), PICKED_UP)
def test_people_picked_up_by_a_craft_are_rescued(events_of, text, rescue):
    assert any(e.event_type == "evacuation" for e in events_of(text)) == rescue


DENIED = [
    # the parse makes the sentence the complement of the relative clause "his family denied"
    ("He had been detained by Taliban intelligence in Herat in May and accused of taking photographs of a military "
     "building, a charge his family denied.", True),
    # negative: a denial of the clause itself
    ("The ministry denied that police had detained two journalists in Herat in May.", False),
]


@pytest.mark.parametrize(("text", "found"), DENIED)
def test_a_charge_denied_in_an_appended_clause_does_not_deny_the_event(events_of, text, found):
    assert any(e.event_type == "arrest" for e in events_of(text)) == found


def test_a_headline_passive_without_was_tows_its_subject(events_of):
    events = events_of("Spirit of Tasmania ferry towed back to Devonport after losing power\n\n"
                       "The operator said no one was hurt.")
    assert any(e.event_type == "vessel_movement" and e.trigger == "towed" for e in events)


def test_a_dateline_before_a_towed_ship_is_not_what_was_towed(events_of):
    # the parse may hang the dateline on the passive subject: "HOBART" heads "A Spirit of Tasmania ferry"
    events = events_of("HOBART, April 18 (AAP) - A Spirit of Tasmania ferry carrying more than 600 passengers was "
                       "towed back to Devonport on Saturday after losing propulsion in rough seas in Bass Strait "
                       "overnight, its operator said.")
    assert any(e.event_type == "vessel_movement" for e in events)


TAKEN_OFF = [
    ("Forty-five workers were taken off the platform by boat and helicopter on Tuesday morning.", True),
    ("The tourists were taken off the island by boat on Tuesday.", True),
    # negative: no people, no craft
    ("The fine was taken off the bill by the manager on Tuesday.", False),
]


@pytest.mark.parametrize(("text", "found"), TAKEN_OFF)
def test_people_taken_off_a_platform_by_boat_are_evacuated(events_of, text, found):
    assert any(e.event_type == "evacuation" for e in events_of(text)) == found


SEA_HOME = [
    ("BANYUWANGI, Indonesia, March 13 (AP) - A ferry carrying 62 people sank in the Bali Strait late on Thursday, "
     "officials said. The ferry had left Ketapang port in Banyuwangi, on Java, bound for Gilimanuk on Bali.", True),
    # negative: no dateline says where the story is from
    ("A ferry carrying 62 people sank in the Bali Strait late on Thursday, officials said. The ferry had left "
     "Ketapang port in Banyuwangi, on Java, bound for Gilimanuk on Bali.", False),
]


@pytest.mark.parametrize(("text", "indonesia"), SEA_HOME)
def test_an_accident_on_waters_of_no_country_is_the_article_countrys(events_of, text, indonesia):
    event = _of(events_of(text), "accident")
    assert ("IDN" in event.actor_countries) == indonesia


def test_firms_based_in_a_place_are_of_its_country(events_of):
    event = _of(events_of("The United States on Thursday imposed sanctions on four companies based in the emirate "
                          "of Fujairah, the Treasury Department said."), "sanctions")
    assert "ARE" in event.actor_countries


SANCTIONS_OVER = [
    ("The European Union imposed sanctions on five officials over Russia's invasion of Ukraine on Monday.", "RUS"),
    # negative: a country named in a clause on the sanctioned is not what they are over
    ("The United States imposed sanctions on nine tankers it accused of moving Iranian crude over the border on "
     "Monday.", None),
]


@pytest.mark.parametrize(("text", "country"), SANCTIONS_OVER)
def test_the_state_sanctions_are_over_is_their_target(events_of, text, country):
    event = _of(events_of(text), "sanctions")
    if country is None:
        assert "IRN" not in event.actor_countries
    else:
        assert any(a.country == country and a.role == "target" for a in event.actors)


def test_two_guards_are_not_the_two_countries(events_of):
    event = _of(events_of("Iraq and Kuwait held talks in Basra on Monday. On Tuesday gunmen attacked two guards at a "
                          "checkpoint near Safwan."), "attack")
    assert "KWT" not in event.actor_countries


HELD_BEFORE = [
    ("Talks resolved a dispute over seven Iraqi fishermen detained by Kuwait's coast guard on October 24. The "
     "fishermen were handed over to Iraqi officials at the Safwan border crossing at the weekend.", True),
    # negative: those who release them are named
    ("Talks resolved a dispute over seven Iraqi fishermen detained by Kuwait's coast guard on October 24. The "
     "fishermen were freed by Saudi mediators at the Safwan border crossing at the weekend.", False),
]


@pytest.mark.parametrize(("text", "kuwait"), HELD_BEFORE)
def test_those_who_held_people_release_them(events_of, text, kuwait):
    event = _of(events_of(text), "release")
    assert any(a.country == "KWT" and a.role == "actor" for a in event.actors) == kuwait


def test_it_shadowed_is_the_ship_tracked_not_the_speaker(events_of):
    event = _of(events_of("Defence Minister Richard Marles said on Monday that a Chinese surveillance ship had been "
                          "tracked in the Timor Sea since Sunday and that a patrol boat was shadowing it."),
                "military_patrol")
    assert not any("Marles" in a.name for a in event.actors)


def test_a_navy_with_no_country_on_open_waters_is_the_articles_countrys(events_of):
    event = _of(events_of("DARWIN, Australia, July 13 (AAP) - A Navy patrol boat shadowed a Chinese surveillance "
                          "ship in the Timor Sea on Sunday, officials in Darwin and Canberra said."), "military_patrol")
    assert any(a.country == "AUS" and a.role == "actor" for a in event.actors)


TOLD_NOT_TO = [
    ("Authorities in Flint told residents not to drink tap water on Monday.", True),
    # negative: no public, or the forbidden act is an event of its own, or only advice
    ("The minister told reporters not to expect a deal on Monday.", False),
    ("Officials told residents not to protest in Flint on Monday.", False),
    ("Officials advised residents not to drink tap water in Flint on Monday.", False),
]


@pytest.mark.parametrize(("text", "found"), TOLD_NOT_TO)
def test_the_public_ordered_not_to_do_something_is_a_restriction(events_of, text, found):
    assert any(e.event_type == "disruption" for e in events_of(text)) == found


OPERATED_BY = [
    ("A cargo plane owned by a Kenyan firm crashed near Juba on Friday.", "accident", "KEN"),
    ("A tanker operated by a Greek company ran aground off Aden on Friday.", "accident", "GRC"),
]


@pytest.mark.parametrize(("text", "etype", "country"), OPERATED_BY)
def test_a_craft_is_of_the_firm_that_owns_or_runs_it(events_of, text, etype, country):
    assert country in _of(events_of(text), etype).actor_countries


def test_the_country_freed_people_are_taken_to_takes_part(events_of):
    events = events_of("GUATEMALA CITY, June 8 - Thirty-eight Nicaraguans held in political detention landed in "
                       "Guatemala City on a chartered flight from Managua on Saturday, after being freed from prison, "
                       "the foreign ministry said.")
    event = _of(events, "release")
    assert {"NIC", "GTM"} <= set(event.actor_countries)


def test_its_crew_are_the_crew_of_the_craft_taken_before(events_of):
    event = _of(events_of("South Korea's coast guard seized a Chinese fishing boat and detained its 11 crew in the "
                          "Yellow Sea on Friday."), "arrest")
    assert any(a.country == "CHN" and a.role == "target" for a in event.actors)
    assert not any(a.country == "KOR" and a.role == "target" for a in event.actors)
