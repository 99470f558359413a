"""Event triggers, types and actors of maritime, infrastructure and labour news (dev rounds 6-7 failure classes),
with the real model and gazetteer. Each test names one rule of geomap.pipeline.event_triggers / event_actors."""

from __future__ import annotations


def _types(events):
    return {e.event_type for e in events}


def _of(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} event in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


def test_guards_boarding_a_vessel_is_a_seizure_but_passengers_boarding_is_not(events_of):
    event = _of(events_of("Norwegian coast guard officers boarded a trawler in the Barents Sea on Tuesday."), "seizure")
    assert event.trigger == "boarded" and "NOR" in event.actor_countries
    assert "seizure" not in _types(events_of("Hundreds of passengers boarded the ferry in Piraeus on Tuesday."))


def test_a_rescue_of_people_is_an_evacuation_and_the_rescuer_takes_part_in_the_sinking(events_of):
    events = events_of("The Greek navy rescued 30 migrants from a dinghy that sank off Crete on Tuesday.")
    assert "GRC" in _of(events, "evacuation").actor_countries
    assert "GRC" in _of(events, "accident").actor_countries  # the rescuer of the sunk dinghy
    assert "evacuation" not in _types(events_of("The central bank rescued the lender on Tuesday."))


def test_a_ship_that_runs_aground_is_an_accident(events_of):
    event = _of(events_of("A bulk carrier ran aground off the coast of Mauritius on Tuesday."), "accident")
    assert event.trigger == "ran"


def test_people_blocking_a_road_protest_and_a_blocked_bill_is_no_event(events_of):
    event = _of(events_of("Hundreds of farmers blocked the main highway outside Lyon on Tuesday."), "protest")
    assert event.trigger == "blocked"
    assert not [e for e in events_of("Senators blocked the bill on Tuesday.") if e.trigger == "blocked"]


def test_striking_workers_are_a_labour_protest_not_an_attack(events_of):
    events = events_of("Striking truck drivers blockaded the road to the port of Durban on Tuesday.")
    assert "attack" not in _types(events)
    assert _of(events, "protest").code.startswith("PROTEST/14")
    assert not events_of("The report drew a striking picture of the economy.")


def test_a_damaged_undersea_cable_is_a_disruption_and_cutting_taxes_is_no_event(events_of):
    event = _of(events_of("An undersea data cable between Sweden and Latvia was damaged on Tuesday."), "disruption")
    assert event.trigger == "damaged"
    assert "disruption" not in _types(events_of("The government cut taxes on Tuesday."))


def test_a_cyberattack_is_an_attack(events_of):
    event = _of(events_of("A cyberattack crippled the computer systems of the port of Rotterdam on Tuesday."),
                "attack")
    assert event.trigger == "cyberattack"


def test_a_ship_struck_by_a_wave_is_no_attack_and_a_boat_struck_by_a_trawler_a_collision(events_of):
    events = events_of("A cruise ship was struck by a huge wave near the Falkland Islands on Tuesday.")
    assert "attack" not in _types(events) and "natural_disaster" in _types(events)
    events = events_of("A fishing boat was struck by a trawler off Galle on Tuesday.")
    assert "attack" not in _types(events) and "accident" in _types(events)


def test_a_force_sent_at_a_governments_request_is_a_deployment(events_of):
    events = events_of("Australia said on Tuesday it would send 50 police officers at the request of the "
                       "Papua New Guinea government.")
    assert "AUS" in _of(events, "deployment").actor_countries


def test_planes_a_country_sent_are_its_own_where_they_land(events_of):
    events = events_of("Chile sent two firefighting planes that landed in Bariloche on Tuesday.")
    deployment = _of(events, "deployment")
    assert "CHL" in deployment.actor_countries and deployment.place.name.endswith("Bariloche")
    assert not [e for e in events if e.event_type == "visit"]  # planes pay no visit: their landing is the sending's


def test_a_flag_state_is_a_target_of_a_boarding_of_its_ship(events_of):
    event = _of(events_of("The Liberia-flagged tanker was boarded by Iranian commandos on Tuesday."), "seizure")
    assert "IRN" in event.actor_countries and "LBR" in event.actor_countries
    assert next(a for a in event.actors if a.country == "LBR").role == "target"


# --- dev rounds 8-9 failure classes: shadowing, domestic armed groups, "between" participants, disruption ---


def test_a_warship_shadowing_a_foreign_vessel_is_a_patrol_with_both_sides(events_of):
    event = _of(events_of("A Dutch navy frigate shadowed a Chinese destroyer through the Skagerrak on Tuesday."),
                "military_patrol")
    assert event.trigger == "shadowed" and {"NLD", "CHN"} <= set(event.actor_countries)
    event = _of(events_of("The Chinese destroyer was escorted by a Danish navy corvette off Skagen on Tuesday."),
                "military_patrol")
    assert {"DNK", "CHN"} <= set(event.actor_countries)


def test_monitoring_and_tracking_are_patrols_only_with_a_vessel_watched_by_a_military_craft(events_of):
    event = _of(events_of("The patrol ship HMS Tyne has been monitoring a Russian research vessel off Aberdeen "
                          "since Monday."), "military_patrol")
    assert {"GBR", "RUS"} <= set(event.actor_countries)  # "HMS" names a British ship
    assert "military_patrol" not in _types(events_of("Analysts in Oslo monitored the markets on Tuesday."))
    assert "military_patrol" not in _types(events_of("Police in Lyon tracked the suspect for weeks."))


def test_jets_scrambled_to_intercept_aircraft_is_a_patrol_and_a_boat_intercepted_a_seizure(events_of):
    events = events_of("Norwegian F-35 jets were scrambled on Tuesday to intercept two Russian bombers north of "
                       "Tromsø.")
    event = _of(events, "military_patrol")
    assert event.trigger == "intercept" and {"NOR", "RUS"} <= set(event.actor_countries)
    assert len([e for e in events if e.event_type == "military_patrol"]) == 1  # not also "scrambled"
    events = events_of("The coast guard intercepted a boat carrying 60 migrants off Lesbos on Tuesday.")
    assert "seizure" in _types(events) and "military_patrol" not in _types(events)
    assert "military_patrol" not in _types(events_of("Fans scrambled for tickets in Madrid on Tuesday."))


def test_warships_transiting_a_strait_and_a_hand_over_of_the_watch_are_patrols(events_of):
    event = _of(events_of("Two Russian warships transited the Bosphorus on Tuesday."), "military_patrol")
    assert "RUS" in event.actor_countries
    events = events_of("A Royal Navy frigate shadowed a Russian corvette past Dover on Saturday. On Sunday the "
                       "British frigate handed over the watch to a Belgian navy patrol vessel off Ostend.")
    event = next(e for e in events if e.trigger == "handed")
    assert event.event_type == "military_patrol"
    assert {"GBR", "BEL", "RUS"} <= set(event.actor_countries)  # the corvette watched earlier
    events = events_of("The rebels handed over the hostages to the Red Cross in Goma on Tuesday.")
    assert "release" in _types(events) and "military_patrol" not in _types(events)


def test_a_warship_sailing_from_a_port_is_a_voyage_and_ships_meeting_hold_no_talks(events_of):
    events = events_of("HMS Kent sailed from Plymouth on Tuesday and met the Chinese task group in the Bay of "
                       "Biscay.")
    assert "GBR" in _of(events, "vessel_movement").actor_countries
    assert "meeting" not in _types(events)


def test_gunmen_and_clans_take_the_country_where_they_act(events_of):
    event = _of(events_of("Gunmen killed nine farmers near Maiduguri on Tuesday."), "attack")
    assert "NGA" in event.actor_countries
    event = _of(events_of("Fighting between rival clans near Beledweyne has killed at least 12 people since "
                          "Sunday, police said on Tuesday."), "armed_conflict")
    assert "SOM" in event.actor_countries  # the clans, named in the "between" phrase, act in Somalia


def test_soldiers_arriving_with_police_are_deployed(events_of):
    event = _of(events_of("About 200 soldiers and police officers arrived in Bunia by road on Tuesday."),
                "deployment")
    assert "COD" in event.actor_countries
    assert not any(a.name.startswith("road") for a in event.actors)  # "by road" is how they came, not who
    assert "deployment" not in _types(events_of("Police officers arrived at the scene within minutes."))


def test_suspended_operations_and_water_intake_are_disruptions_and_staff_flown_out_an_evacuation(events_of):
    event = _of(events_of("The city of Cuiabá suspended drinking water intake from the river on Tuesday."),
                "disruption")
    assert event.trigger == "suspended"
    events = events_of("The mining company suspended operations at its mine near Kolwezi on Tuesday and flew "
                       "non-essential staff out.")
    assert "disruption" in _types(events) and _of(events, "evacuation").trigger == "flew"
    assert "disruption" not in _types(events_of("The league suspended the player for three matches on Tuesday."))
