"""Where an event happened by the rules (EventExtractor.rule_location), with the real model and gazetteer.

Each test names one location rule of geomap.pipeline.events and fails without it; the sentences are written
for these tests, not taken from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def where(nlp):
    extractor = nlp.get_pipe("geomap_events")

    def run(text: str, verb: str) -> str | None:
        doc = nlp(text)
        token = next(t for t in doc if t.text == verb)
        top = extractor.rule_location(doc, token)
        return None if top is None else doc.text[top.start:top.end]

    return run


# -- an apposition or a distance names a reference point, not the place --------------------------------
def test_compass_phrase_after_the_place_is_a_reference_point(where):
    # Baghdad (a city) is more specific than Diyala (a province), but it only says where Diyala is
    assert where("A roadside bomb exploded near a police patrol in Diyala province, north of Baghdad, on Sunday.",
                 "exploded") == "Diyala"


def test_apposition_with_a_distance_is_a_reference_point(where):
    assert where("Gunmen killed four people in Bago, a town 75 kilometres northeast of Yangon.", "killed") == "Bago"


# -- verbs whose object is a place, whatever the recogniser called the name -----------------------------
def test_stormed_name_is_the_place_even_when_not_a_toponym(where):
    assert where("Government troops stormed Tal Mahrouq at dawn.", "stormed") == "Tal Mahrouq"


def test_captured_person_is_not_a_place(where):
    assert where("Soldiers captured Ahmed Karim on Monday.", "captured") is None


def test_patrolled_sea_is_the_place(where):
    assert where("Destroyers have been patrolling the South China Sea since March.",
                 "patrolling") == "South China Sea"


# -- other senses give no place ------------------------------------------------------------------------
def test_captured_on_video_is_a_recording_not_a_capture(where):
    assert where("The robbery was captured on video by a shop camera in Leeds.", "captured") is None


# -- where a speaker or official serves is not where the event happened ---------------------------------
def test_place_of_a_source_does_not_locate_the_reported_event(where):
    assert where("A police source in Basra said the protesters marched peacefully.", "marched") is None


def test_place_of_a_victim_still_locates_the_event(where):
    assert where("Soldiers shot dead a rebel commander in Hebron on Saturday.", "shot") == "Hebron"


# -- a wider place right after a town only says where the town is ---------------------------------------
def test_town_beats_the_province_named_after_it(where):
    assert where("The flood forced the evacuation of 2,000 residents from Kelowna in southern British Columbia "
                 "on Sunday.", "evacuation") == "Kelowna"


def test_origin_of_an_arrival_and_its_country_are_not_where_it_arrived(where):
    assert where("The two frigates arrived from Lyon in France after a week at sea.", "arrived") is None


# -- what a trip is for happens where the trip goes ------------------------------------------------------
def test_talks_a_trip_is_for_are_where_the_trip_goes(where):
    assert where("The minister was in Madrid for a conference and was due to travel to Lisbon on Monday for "
                 "talks with Portuguese officials.", "talks") == "Lisbon"


# -- what is to be done is not where it was decided ------------------------------------------------------
def test_agreeing_to_hold_a_summit_somewhere_is_not_agreeing_there(where):
    assert where("The leaders agreed to hold next year's summit in Kenya.", "agreed") is None


# -- where a report is made is not where what it reports happened ---------------------------------------
def test_place_of_the_speaking_clause_does_not_locate_the_reported_event(where):
    assert where("Speaking in Oslo on Monday, the minister said the talks would resume soon.", "talks") is None


def test_place_before_the_reporting_verb_still_locates_the_reported_event(where):
    assert where("In the town of Jericho, hospital officials said soldiers shot dead a man during a gun battle.",
                 "shot") == "Jericho"


# -- an unnamed place attached to the trigger keeps other clauses' places out ---------------------------
def test_exercise_off_an_unnamed_coast_is_not_at_the_port_of_another_clause(where):
    assert where("Two warships docked in Durban on Friday, and the navies will hold an exercise off the "
                 "Mozambican coast next month, officials said.", "exercise") is None


# -- "the port" refers back to a place called a port, not to the last city named -------------------------
def test_the_port_refers_back_to_the_place_called_a_port(nlp):
    doc = nlp("Dockworkers at the port of Hamburg walked out on Monday over pay. Berlin has stayed out of the "
              "dispute, the labour ministry said. The last major strike in the port lasted five days.")
    strike = next(e for e in doc._.events if e.trigger == "strike")
    assert strike.location_text == "Hamburg"


# -- closures and departures happen at what is closed or left -------------------------------------------
@pytest.mark.parametrize(("text", "verb", "place"), [
    ("Authorities closed Catania airport on Monday as ash fell over Sicily.", "closed", "Catania"),
    ("The ferry left Piraeus on Friday evening and sank two hours later.", "left", "Piraeus"),
])  # fmt: skip
def test_a_closure_or_a_departure_is_at_its_object(where, text: str, verb: str, place: str):
    assert where(text, verb) == place


# -- a compass word is a direction, "from near X" is near X, and a meeting's partner is no mere role ----------
def test_a_missile_fired_from_near_a_town_off_its_east_coast_is_near_the_town(where):
    assert where("Pyongyang fired a ballistic missile from near Wonsan into the sea off its east coast on "
                 "Wednesday.", "fired") == "Wonsan"
    assert where("The navy fired a missile into the sea off its east coast on Wednesday.", "fired") is None


def test_a_meeting_with_a_minister_in_a_city_is_in_that_city(where):
    assert where("On Tuesday the president held a meeting with the prime minister in Tokyo.", "held") == "Tokyo"
    # the place of a speaker who is not whom the event is with is still only where the speaker serves
    assert where("The ambassador in Tokyo said the president held talks on Tuesday.", "held") is None


# -- a name the recogniser missed in one sentence is the place it was read as elsewhere in the article -------
def test_a_name_missed_in_a_phrase_takes_the_place_it_resolved_to_elsewhere(nlp):
    doc = nlp("Kyrgyz and Tajik border guards exchanged fire on Friday near the Tajik exclave of Vorukh. "
              "Shops in Vorukh stayed shut on Saturday.")
    tops = [t for t in doc._.toponyms if t.text == "Vorukh" and t.place is not None]
    assert tops and tops[0].start > doc.text.index("Shops")  # only the second mention was recognised
    fire = next(e for e in doc._.events if e.trigger == "fire")
    assert fire.location_text == "Vorukh"


# -- where a report is made is not where the reported event happened --------------------------------------
def test_the_place_a_minister_told_parliament_in_does_not_locate_the_quoted_event(where):
    assert where('"This is an attack on our farmers," the agriculture minister told parliament in Nairobi on '
                 "Tuesday.", "attack") is None
    # the place of a police force that reports an event is where it serves, not where the event was
    assert where("A boiler exploded at a textile factory late on Sunday, killing four workers, police in Punjab "
                 "said.", "exploded") is None


# -- residents of a place clash there ---------------------------------------------------------------------
def test_residents_of_a_town_clashing_with_troops_locate_the_clash(where):
    assert where("One man was killed when residents of Kisumu clashed with soldiers on Sunday.", "killed") \
        == "Kisumu"


# -- "the strait", "the channel": a feature noun refers back to the place named with that word ----------------
@pytest.mark.parametrize(("named", "noun"), [("the Strait of Hormuz", "strait"), ("the Mozambique Channel", "channel")])
def test_the_strait_refers_back_to_the_place_named_a_strait(nlp, named: str, noun: str):
    doc = nlp(f"A Greek tanker lost power in {named} on Monday. Late last month a cargo ship was struck by a "
              f"large wave in the {noun}, injuring four sailors.")
    struck = next(e for e in doc._.events if e.trigger == "struck")
    assert struck.location_text == named.removeprefix("the ")


# -- dates of events read in the article: days counted from another day, tense of a quotation ------------------
def test_two_days_earlier_counts_from_the_day_named_before(events_of):
    events = events_of("Gunmen attacked a police post in Kano on Sunday, the 14th. A second post was attacked "
                       "two days earlier near Kaduna, officials said.")
    first, second = sorted((e for e in events if e.event_type == "attack"), key=lambda e: e.trigger_span)
    assert (first.date.start, second.date.start) == (dt.date(2025, 9, 14), dt.date(2025, 9, 12))


def test_a_future_quotation_does_not_make_the_report_future(events_of):
    events = events_of('"We will not let this happen again," the minister told reporters after an emergency '
                       "security meeting in Lagos on Sunday night.")
    meeting = next(e for e in events if e.event_type == "meeting")
    assert meeting.date.start == dt.date(2025, 9, 14)


# -- "at the request of the X government" is no place ------------------------------------------------------
def test_a_request_of_a_government_does_not_locate_the_deployment(where):
    assert where("Canberra said on Sunday it would send 50 police officers at the request of the Fiji "
                 "government.", "send") is None


def test_an_event_in_a_when_clause_takes_the_date_of_its_main_clause(events_of):
    events = events_of("The market was burned again in March 2019, when rioters tried to storm the parliament.")
    storm = next(e for e in events if e.trigger == "storm")
    assert (storm.date.start, storm.date.end) == (dt.date(2019, 3, 1), dt.date(2019, 3, 31))


def test_a_date_before_the_reporting_verb_belongs_to_the_reported_events(events_of):
    # the parse hangs "on Saturday afternoon" on "said"; it is when the ship ran into the bank, not the report
    events = events_of("The 200-metre, Liberia-flagged vessel lost steering in strong winds on Saturday afternoon "
                       "and wedged its bow into the bank, blocking the channel, the port authority said.")
    blocking = next(e for e in events if e.trigger == "blocking")
    assert blocking.date.start == dt.date(2025, 9, 13)


# -- days counted from an event dated earlier in the article --------------------------------------------------
def test_an_event_the_news_came_days_after_is_counted_back_from_the_news(events_of):
    events = events_of("The army fired two rockets from near Aleppo on Sunday. The launch came two days after "
                       "rebel fighters staged a large exercise in the desert.")
    exercise = next(e for e in events if e.event_type == "military_exercise")
    assert exercise.date.start == dt.date(2025, 9, 12)


def test_an_event_days_before_the_news_is_counted_back_from_the_news(events_of):
    events = events_of("The army fired two rockets from near Aleppo on Sunday. Rebel fighters had staged a "
                       "large exercise in the desert two days before the launch.")
    exercise = next(e for e in events if e.event_type == "military_exercise")
    assert exercise.date.start == dt.date(2025, 9, 12)


def test_days_before_an_undated_noun_without_an_earlier_day_stay_undated(events_of):
    events = events_of("Rebel fighters staged a large exercise in the desert two days before the vote.")
    exercise = next(e for e in events if e.event_type == "military_exercise")
    assert "counted from" not in exercise.reasons["date"]


# -- a relative clause telling an earlier event about someone is not where this event happened ---------------
def test_a_release_is_not_at_the_place_the_hostages_were_kidnapped_from(where):
    assert where("Gunmen have freed 20 hostages who were kidnapped from a village near Kaduna, the police "
                 "said on Tuesday.", "freed") is None


def test_an_arrival_in_a_relative_clause_still_says_where_what_was_sent_went(where):
    assert where("Chile sent two firefighting planes that landed in Mendoza on Thursday.", "sent") == "Mendoza"


def test_a_release_with_no_country_named_is_the_business_of_the_country_it_happens_in(events_of):
    events = events_of("Kidnappers released 12 hostages in a forest near Kaduna on Monday, the police said.")
    release = next(e for e in events if e.event_type == "release")
    assert "NGA" in release.actor_countries


# -- the headline's event in a wider place is the lede's event in a town of it -------------------------------
def test_a_headline_event_in_a_province_merges_with_the_lede_in_a_town_of_it(nlp):
    from geomap.articles import article_from_text
    from geomap.pipeline import process

    text = ("Clashes kill 12 in Nigeria's Plateau state\n\nAt least 12 people have been killed in clashes "
            "between herders and farmers in villages outside Jos, the capital of Plateau state, since Sunday, "
            "police said on Thursday.")
    article = article_from_text(text, id="t", published=dt.date(2025, 9, 18),
                                title="Clashes kill 12 in Nigeria's Plateau state")
    events = [e for e in next(process([article], nlp=nlp))[1]._.events if e.place is not None]
    assert [e.location_text for e in events if e.trigger.lower().startswith("clash")] == ["Jos"]


# -- an event is where it strikes: the object of the event's verb, the place a blocked road leads to -----------
def _placed(events, event_type):
    return [(e.place.name if e.place else None, e.geo_precision) for e in events if e.event_type == event_type]


def test_event_noun_subject_strikes_the_object_place(events_of):
    events = events_of("A general strike called by the main unions brought Lagos to a standstill on Monday.")
    assert ("Lagos", 1) in _placed(events, "protest")


def test_event_noun_subject_of_a_verb_that_moves_no_place_is_not_placed_there(events_of):
    # "prompted Germany to ...": Germany is moved to act, not struck
    events = events_of("The attack on the convoy prompted Germany to recall its ambassador on Monday.")
    assert all(place != "Germany" for place, _ in _placed(events, "attack"))


def test_blocked_road_leads_to_the_place_nearby(events_of):
    events = events_of("Farmers protesting against fuel prices blocked the main roads to Rosario on Tuesday.")
    assert ("Rosario", 2) in _placed(events, "protest")


def test_a_route_closed_between_two_places_is_closed_at_the_first(events_of):
    events = events_of("The road between Bignona and the Gambian border was closed for several hours on Sunday.")
    assert ("Bignona", 2) in _placed(events, "disruption")
    events = events_of("Police blocked the highway between Cochabamba and Santa Cruz on Monday.")
    assert ("Cochabamba", 2) in _placed(events, "disruption")
    # the officials' town is where they spoke, not where the road is
    events = events_of("The road was closed for several hours on Sunday, officials in Bignona said.")
    assert _placed(events, "disruption") == [(None, None)]


def test_floodwaters_sweeping_into_a_town_are_a_flood_there(events_of):
    events = events_of("Floodwaters from the river swept into Kosti on Thursday, forcing thousands from their homes.")
    assert ("Kosti", 1) in _placed(events, "natural_disaster")
    assert not _placed(events_of("A wave of optimism swept into the markets on Thursday."), "natural_disaster")


def test_town_that_halts_its_own_service_is_the_place_of_the_disruption(events_of):
    assert ("Lyon", 1) in _placed(events_of("Lyon halted tram services on Monday after the storm."), "disruption")
    # a country stopping deliveries abroad is not the place of the disruption
    assert _placed(events_of("Russia suspended gas deliveries to Poland on Saturday."), "disruption") == [(None, None)]


def test_air_interception_over_a_sea_is_there(events_of):
    events = events_of("Norwegian fighter jets intercepted two Russian bombers over the Norwegian Sea on Wednesday, "
                       "as the Russian fleet began an exercise in the Barents Sea.")
    assert ("Norwegian Sea", 3) in _placed(events, "military_patrol")
    # the clause's "over" is no place for an exercise (the one of the sentence's other event)
    assert ("Barents Sea", 3) in _placed(events, "military_exercise")


def test_owner_of_a_place_noun_holds_it(events_of):
    events = events_of("Police fired tear gas at rival supporters in Lusaka's Matero township on Friday.")
    assert ("Lusaka", 1) in _placed(events, "attack")


def test_talks_over_a_place_are_about_it(events_of):
    assert _placed(events_of("Talks over Kashmir began on Monday."), "meeting") == [(None, None)]
    assert [place for place, _ in _placed(events_of("Talks over Kashmir began in Geneva on Monday."), "meeting")] \
        == ["Geneva"]


def test_country_naming_a_border_is_not_where_the_event_is(events_of):
    events = events_of("Nine Benin soldiers were killed on Tuesday in an attack on an army post near the Niger border.")
    assert all(place != "Niger" for place, _ in _placed(events, "attack"))
    assert all("NER" not in e.actor_countries for e in events)


def test_owner_of_a_named_district_holds_it(events_of):
    events = events_of("Police arrested the owner at his home in Dhaka's Gulshan on Tuesday.")
    assert ("Dhaka", 1) in _placed(events, "arrest")


def test_aid_sent_to_a_town_is_placed_there_with_its_country(events_of):
    event = next(e for e in events_of("Georgia sent a rescue team and relief supplies to Vanadzor on Wednesday.")
                 if e.event_type == "aid")
    assert event.place is not None and event.place.name == "Vanadzor" and "ARM" in event.actor_countries


def test_a_place_in_what_an_agreement_says_will_happen_is_not_where_it_was_signed(events_of):
    # "a memorandum under which companies will share storage at ports in X": X is the deal's content
    text = ("The two ministers signed a memorandum on Friday under which their companies will jointly buy "
            "hydrogen and share storage at ports in Ulsan and Kitakyushu.")
    signed = [e for e in events_of(text) if e.event_type == "agreement"]
    assert signed and all(e.place is None or e.place.name not in ("Ulsan", "Kitakyushu") for e in signed)
    # a past relative clause still says where the event's people were
    killed = [e for e in events_of("Soldiers killed 12 people who had gathered in Kunduz on Friday.")
              if e.event_type == "attack"]
    assert killed and killed[0].place is not None and "Kunduz" in killed[0].place.name


def test_a_facility_subject_is_at_the_place_it_was_named_with(events_of):
    text = ("Drones forced Vilnius airport to suspend flights on Wednesday, officials said. "
            "The airport halted all traffic for five hours late on Monday, when radar picked up dozens of objects.")
    halted = [e for e in events_of(text) if e.trigger == "halted"]
    assert halted and halted[0].place is not None and halted[0].place.name == "Vilnius"
    # with no facility named before, the subject says nothing of the place
    alone = [e for e in events_of("The airport halted all traffic for five hours late on Monday.")
             if e.trigger == "halted"]
    assert alone and alone[0].place is None


def test_the_place_inside_a_named_division_beats_the_division(events_of):
    text = ("A landslide buried a stretch of the highway near Puquio, in the neighbouring Ayacucho region, "
            "on Sunday, police said.")
    slides = [e for e in events_of(text) if e.event_type == "natural_disaster"]
    assert slides and slides[0].place is not None and slides[0].place.name == "Puquio"


def test_the_country_across_a_border_is_not_where_its_crossings_are_shut(events_of):
    shut = [e for e in events_of("Poland shut its last two road crossings with Belarus on Wednesday.")
            if e.event_type == "disruption"]
    assert shut and (shut[0].place is None or shut[0].place.country_iso3 != "BLR")


def test_a_place_after_a_particle_the_parser_read_for_a_preposition(events_of):
    capsized = [e for e in events_of("A fishing boat capsized off Coquimbo on Saturday.") if e.trigger == "capsized"]
    assert capsized and capsized[0].place is not None and capsized[0].place.name == "Coquimbo"
    assert capsized[0].geo_precision == 2  # off the town


def test_the_plural_feature_noun_refers_back_to_the_place_named_with_it(events_of):
    events = events_of("Fishing boats sheltered near the Faroe Islands on Monday. Officials met in Oslo on "
                       "Tuesday. British troops invaded the islands in April 1940.")
    invaded = next(e for e in events if e.trigger == "invaded")
    assert invaded.place is not None and "Faroe" in invaded.place.name


def test_a_patrol_or_voyage_through_waters_is_there(events_of):
    events = events_of("Two Chinese navy destroyers sailed north through the waters off Yonaguni on Tuesday, "
                       "Japan's Joint Staff said.")
    sailed = next(e for e in events if e.trigger == "sailed")
    assert sailed.place is not None and sailed.place.country_iso3 == "JPN"


def test_a_country_summons_in_its_capital_when_the_article_names_it(events_of):
    text = ("Suriname summons Guyana envoy over fishermen\n\nPARAMARIBO, Feb 6 - Suriname summoned Guyana's ambassador "
            "on Thursday to protest against the arrest of eight fishermen by Guyanese police.")
    summons = next(e for e in events_of(text) if e.event_type == "diplomatic_summons")
    assert summons.place is not None and summons.place.name == "Paramaribo"


@pytest.mark.parametrize("text, trigger, place", [
    pytest.param("Rebels attacked the town of Menaka on Monday, burning the market. Government troops retook the town "
                 "on Wednesday.", "retook", "Ménaka", id="a verb's bare definite object refers back to its kind"),
    pytest.param("ISLAMABAD, Jan 16 - The government released 40 prisoners from a Quetta prison on Wednesday and "
                 "handed them over at the border crossing near Peshawar on Thursday.", "released", "Quetta",
                 id="a release from a prison happens where the prison is"),
    pytest.param("The navy ship docked in Havana on Friday with 500 tonnes of food. The ARM Usumacinta, which sailed "
                 "from the port of Tampico on Monday, also carried generators.", "sailed", "Tampico",
                 id="a departure happens where it leaves from"),
    pytest.param("Police arrested two men in Galway on Monday after thieves used a digger to tear a cash machine from "
                 "the wall of a shop in the town of Athlone early on Sunday.", "tear", "Athlone",
                 id="a clause after a subordinator does not lend its place"),
    pytest.param("BAMAKO, May 22 - A court in Bamako on Thursday sentenced nine men to prison for arson during a riot "
                 "in the northern town of Gao last month.", "sentenced", "Bamako", id="a court acts where it sits"),
    # the parser makes the dateline the subject and the court its apposition
    pytest.param("AJACCIO, Corsica, March 19 - A criminal court in Ajaccio on Wednesday sentenced three young men to "
                 "between four and seven years in prison for setting fire to a villa in the hillside village of Calvi "
                 "last autumn.", "sentenced", "Ajaccio", id="a court after a dateline acts where it sits"),
])
def test_the_event_is_placed_where_the_rule_says(events_of, text, trigger, place):
    event = next(e for e in events_of(text) if e.trigger == trigger)
    assert event.place is not None and event.place.name == place


def test_an_event_told_twice_at_one_place_on_one_day_is_one_event(events_of):
    text = ("A crowd gathered after a man was killed around 5 p.m. on Wednesday in Nyeri. The police chief said "
            "officers had been called to the market. Officials say the 34-year-old was killed around 5 p.m. on "
            "Wednesday in Nyeri.")
    attacks = [e for e in events_of(text) if e.event_type == "attack"]
    assert len(attacks) == 1 and attacks[0].place.name == "Nyeri"


def test_the_harbour_refers_back_to_the_place_called_a_port(events_of):
    text = ("Protesters paddled into the channel of the coal port of Gladstone, north of Brisbane, on Saturday. "
            "The protest in the harbour ended on Sunday.")
    protest = next(e for e in events_of(text) if e.trigger == "protest")
    assert protest.place.name == "Gladstone"


def test_with_no_other_place_an_into_phrase_of_the_sentence_says_where(events_of):
    text = ("Police arrested 40 protesters on Sunday after they paddled kayaks into the shipping channel of the "
            "port of Gladstone, north of Brisbane, organisers said.")
    arrest = next(e for e in events_of(text) if e.event_type == "arrest")
    assert arrest.place is not None and arrest.place.name == "Gladstone"


@pytest.mark.parametrize("text, trigger, place", [
    ("Heavy fighting broke out on the outskirts of Goma on Monday.", "fighting", "Goma"),
    ("Police detained 12 students on the Rajshahi University campus on Wednesday night.", "detained", "Rajshahi"),
    ("A bomb exploded on the campus of Kabul University on Monday.", "bomb", "Kabul"),
])
def test_on_a_place_noun_and_a_site_named_after_its_town_say_where(events_of, text, trigger, place):
    # "on" says where only before a place noun ("on Monday" and "talks on trade" do not); a site named after its
    # town ("the X University campus") is in that town, though the name is an organisation's
    event = next(e for e in events_of(text) if e.trigger == trigger)
    assert event.place is not None and event.place.name == place


def test_a_site_named_after_a_person_or_named_in_another_clause_does_not_say_where(events_of):
    # "Munoz" opens no town's name here (the airport is named after a person); the airport's town is where
    # flights run, not where an eruption the same sentence mentions happens
    cancelled = next(e for e in events_of("At least 40 flights were cancelled at Luis Munoz Marin International "
                                          "Airport in Carolina on Monday.") if e.trigger == "cancelled")
    assert cancelled.place is not None and cancelled.place.country_iso3 == "PRI"
    text = ("Flights at Keflavik International Airport were operating normally on Tuesday, the operator said, "
            "adding that the eruption posed no threat to aviation.")
    eruption = next(e for e in events_of(text) if e.trigger == "eruption")
    assert eruption.place is None


def test_a_court_rules_where_it_sits_not_where_its_ruling_is_about(events_of):
    # the second verb of "the court in X declared ... and ordered" has the first one's subject; what a court
    # ruled ("that ... in Y") is not where it ruled; a country's court sits in its capital, named in the dateline
    text = ("MBABANE, May 21 (AFP) - Police fired tear gas on Wednesday at striking teachers in Manzini, a day after "
            "the Industrial Court in Mbabane declared their strike unlawful and ordered them back to class.")
    ordered = next(e for e in events_of(text) if e.trigger == "ordered")
    assert ordered.place is not None and ordered.place.name == "Mbabane"
    text = ("PANAMA CITY, April 23 (Reuters) - Panama's Supreme Court has ruled that the government acted "
            "unconstitutionally when it suspended civil liberties in the province of Bocas del Toro.")
    ruled = next(e for e in events_of(text) if e.trigger == "ruled")
    assert ruled.place is not None and ruled.place.name == "Panama City"


def test_on_the_lake_is_the_lake_named_before(events_of):
    events = events_of("A boat capsized on Lake Kivu on Monday. On Tuesday the rebels said they had suspended all "
                       "night sailings on the lake.")
    assert ("Lake Kivu", 3) in _placed(events, "disruption")
    # no lake named before: no place
    events = events_of("Floods hit Bukavu on Monday. On Tuesday the rebels suspended all night sailings on the lake.")
    assert ("Bukavu", 1) not in _placed(events, "disruption")


def test_troops_sent_to_a_place_parsed_as_a_dative_are_deployed_there(events_of):
    events = events_of("The spokesman told reporters in Cotonou on Wednesday that reinforcements had been sent to "
                       "Malanville and Kandi.")
    assert [p for p, _ in _placed(events, "deployment")] == ["Malanville"]


def test_a_heading_is_not_where_a_road_was_blocked(events_of):
    events = events_of("Residents blocked the highway north towards Baghdad with burning tyres on Sunday.")
    assert all(p != "Baghdad" for p, _ in _placed(events, "protest") + _placed(events, "disruption"))
    events = events_of("Two soldiers were killed in an ambush south of Baghdad on Sunday.")
    assert "Baghdad" in [p for p, _ in _placed(events, "attack")]


def test_a_town_s_facility_that_acts_is_in_that_town(events_of):
    events = events_of("Bhubaneswar's airport suspended all flights on Thursday as the cyclone approached.")
    assert [p for p, _ in _placed(events, "disruption")] == ["Bhubaneswar"]
    # a country's airports (plural, not a facility noun of a town) are placed nowhere
    events = events_of("India's airports suspended all flights on Thursday.")
    assert [p for p, _ in _placed(events, "disruption")] == [None]


def test_an_event_noun_framing_its_clause_is_not_where_the_clause_happens(events_of):
    events = events_of("Under one of the agreements, the agency will help develop farming in Malanje province.")
    assert [p for p, _ in _placed(events, "agreement")] == [None]
    events = events_of("The two presidents signed agreements on farming in Luanda on Wednesday.")
    assert [p for p, _ in _placed(events, "agreement")] == ["Luanda"]


def test_a_national_ministry_named_by_its_country_s_adjective_sits_in_the_capital(events_of):
    events = events_of("ATHENS, June 9 - The Greek foreign ministry summoned the Turkish ambassador on Tuesday.")
    assert [p for p, _ in _placed(events, "diplomatic_summons")] == ["Athens"]
    # the article names no capital of that country: no place
    events = events_of("The Greek foreign ministry summoned the Turkish ambassador on Tuesday.")
    assert [p for p, _ in _placed(events, "diplomatic_summons")] == [None]


def test_what_an_agreement_is_signed_to_do_is_not_where_it_was_signed(events_of):
    events = events_of("India and Sri Lanka signed an agreement on Friday to develop an energy hub in the port city of "
                       "Trincomalee.")
    assert "Trincomalee" not in [p for p, _ in _placed(events, "agreement")]
    events = events_of("India and Sri Lanka signed an agreement in Colombo on Friday to develop an energy hub.")
    assert [p for p, _ in _placed(events, "agreement")] == ["Colombo"]


def test_sanctions_and_expulsions_are_done_in_the_capital_of_the_government_that_acts(events_of):
    events = events_of("OTTAWA, June 18 - Canada imposed sanctions on Thursday on four gang leaders who control "
                       "neighbourhoods in Port-au-Prince, Haiti.")
    assert [p for p, _ in _placed(events, "sanctions")] == ["Ottawa"]
    events = events_of("CHISINAU, Feb 12 - Moldova expelled a Russian embassy attaché on Thursday after a drone "
                       "crashed near Giurgiulesti.")
    assert "Chisinau" in [p for p, _ in _placed(events, "reduce_relations")]
    # an international body has no capital here; a place attached to the trigger stays
    events = events_of("BRUSSELS, Jan 27 - European Union ministers adopted new sanctions against Belarus on Monday, "
                       "and Minsk vowed to respond.")
    assert "Minsk" not in [p for p, _ in _placed(events, "sanctions")]
    events = events_of("Japan announced sanctions on Russian banks in Osaka on Friday, a day after talks in Tokyo.")
    assert "Tokyo" not in [p for p, _ in _placed(events, "sanctions")]
    # a summons too, whatever it answers happened elsewhere
    events = events_of("LONDON, April 22 - Britain summoned Spain's ambassador on Wednesday after a Spanish patrol "
                       "boat entered waters off Gibraltar.")
    assert [p for p, _ in _placed(events, "diplomatic_summons")] == ["London"]


def test_a_court_acts_where_it_sits_whatever_its_ruling_s_phrases_name(events_of):
    events = events_of("A court in North Macedonia's capital on Thursday sentenced the owner of the nightclub in "
                       "Kocani where 62 people died to 14 years in prison.")
    assert [p for p, _ in _placed(events, "arrest")] == ["Skopje"]
    events = events_of("A court in Freetown on Monday sentenced three men to life in prison for a robbery in Makeni.")
    assert [p for p, _ in _placed(events, "arrest")] == ["Freetown"]


def test_that_port_is_the_last_one_named(events_of):
    text = ("The drills started off the Romanian port of Constanta on Monday. Russia's fleet has withdrawn to "
            "Novorossiysk on the eastern shore. On Wednesday a drone boat attack damaged a patrol ship near that port.")
    assert [p for p, _ in _placed(events_of(text), "attack")] == ["Novorossiysk"]
    # "the port" still takes the one called a port
    text = ("The drills started off the Romanian port of Constanta on Monday. Russia's fleet has withdrawn to "
            "Novorossiysk on the eastern shore. On Wednesday a drone boat attack damaged a tug near the port.")
    assert [p[:7] for p, _ in _placed(events_of(text), "attack")] == ["Constan"]


def test_a_bearing_from_a_place_in_the_clause_says_where(events_of):
    # "south of El Hierro" (an island with no division code) beats the division that holds it
    events = events_of("Spain's rescue service intercepted a boat carrying 180 migrants, including 30 children, "
                       "about 20 nautical miles south of El Hierro in the Canary Islands early on Sunday.")
    assert [p for p, _ in _placed(events, "seizure")] == ["El Hierro"]


def test_contains_reads_an_outline_when_the_inner_place_has_no_division_code(gazetteer):
    from geomap.pipeline.location_rules import contains

    canaries = next(p for p in gazetteer.lookup("Canary Islands") if p.kind == "admin1")
    hierro = next(p for p in gazetteer.lookup("El Hierro") if p.kind == "region")
    madrid = next(p for p in gazetteer.lookup("Madrid") if p.kind == "city")
    assert contains(canaries, hierro) and not contains(canaries, madrid)


def test_a_court_named_by_its_country_s_adjective_sits_in_the_capital_only_in_a_story_from_there(events_of):
    events = events_of("TOKYO, Sept 18 (Kyodo) - A Russian court on Friday ordered the captain of a Japanese fishing "
                       "boat held in custody for two months, as Moscow rejected Tokyo's protest.")
    assert "Moscow" not in [p for p, _ in _placed(events, "court_ruling") + _placed(events, "arrest")]
    events = events_of("MOSCOW, Sept 18 - A Russian court on Friday ordered the captain of a Japanese fishing boat "
                       "held in custody for two months.")
    assert "Moscow" in [p for p, _ in _placed(events, "court_ruling") + _placed(events, "arrest")]


# -- what is done on a trip is done where the trip went ----------------------------------------------------
def test_a_deal_signed_on_a_visit_to_a_city_is_signed_there(where):
    assert where("The Kenyan president, on a three-day visit to Lisbon, signed a trade deal with Portugal's "
                 "prime minister at the presidential palace.", "signed") == "Lisbon"


# -- what talks covered is not where anything happened ------------------------------------------------------
def test_what_talks_covered_is_neither_where_they_were_held_nor_where_a_deal_was_signed(where):
    text = ("The two envoys signed the accord at the ministry after talks that covered trade and the fighting "
            "in Darfur.")
    assert where(text, "signed") is None
    assert where(text, "talks") is None


# -- a vessel crossing waters meets its fate there -----------------------------------------------------------
def test_a_ferry_crossing_a_strait_sank_in_the_strait(where):
    assert where("A passenger boat crossing the Bali Strait capsized on Monday night.", "capsized") == "Bali Strait"


# -- a town's harbour is in the town -------------------------------------------------------------------------
def test_a_bearing_from_a_town_s_harbour_is_near_the_town(where):
    assert where("The trawler sank roughly two kilometres north of Valletta's harbour on Sunday.", "sank") \
        == "Valletta"


# -- what a "where" clause tells happens at the place it hangs on ------------------------------------------
def test_a_deal_signed_in_a_where_clause_is_signed_at_its_place(where):
    text = "The minister flew on to Hanoi, where he signed a trade deal and pledged aid for flood repairs in Laos."
    assert where(text, "signed") == "Hanoi"


# -- a statement's place before the reporting verb is where it was made ------------------------------------
def test_the_place_of_a_statement_before_the_reporting_verb_does_not_locate_the_reported_event(where):
    assert where("In a televised statement from Sanaa, a military spokesman said the group had targeted a tanker.",
                 "targeted") is None


# -- a place of another event's verb is that event's, not the sentence's ------------------------------------
def test_where_an_attack_sent_people_fleeing_is_not_where_the_attack_was(where):
    assert where("The attack late on Saturday sent hundreds of residents fleeing across the river into "
                 "neighbouring Assam.", "attack") is None
    # a visit says where the visitor then is
    assert where("The minister, who arrived in Tashkent on Monday, met the president on Tuesday morning.",
                 "met") == "Tashkent"


# -- a dateline is where the story is filed from, whatever the parse makes of it ----------------------------
def test_a_dateline_parsed_as_the_subject_is_not_what_was_evacuated(where):
    assert where("Ash cloud grounds flights\n\nPORT MORESBY, May 5 (AAP) - About 2,000 people have been evacuated "
                 "from the island after the volcano erupted early on Monday.", "evacuated") is None


# -- where a road leads is not where an attack on it was ----------------------------------------------------
def test_an_attack_on_the_road_to_a_town_is_not_at_the_town(where):
    assert where("Gunmen have targeted vehicles on the road to Garissa since March.", "targeted") is None


# -- a place of another event's verb in the clause is that event's, save a meeting's or a joined verb's ---------
@pytest.mark.parametrize(("text", "verb", "place"), [
    ("The government closed all border crossings on Saturday, two days after a soldier was killed near the town "
     "of Aranyaprathet.", "closed", None),
    ("The leaders agreed on Wednesday to resume trade talks, as they met in Seoul for their first summit in two "
     "years.", "agreed", "Seoul"),
    ("The navy arrested 15 fishermen and seized two trawlers off Mannar on Tuesday.", "arrested", "Mannar"),
])  # fmt: skip
def test_a_place_of_another_event_in_the_clause_is_that_event_s(where, text: str, verb: str, place: str | None):
    assert where(text, verb) == place


# -- what is sealed off is where an outbreak is contained ---------------------------------------------------
def test_a_town_sealed_off_after_a_plague_death_is_the_place(where):
    assert where("Health authorities have sealed off the town of Ulaangom after a herder died of plague there on "
                 "Tuesday.", "sealed") == "Ulaangom"


# -- a town that records a heat reading is where the heat is ------------------------------------------------
def test_a_town_recording_a_record_temperature_is_the_place(where):
    assert where("Sibi recorded 50.5 C on Tuesday, the highest temperature in the country this year, the weather "
                 "department said.", "recorded") == "Sibi"


# -- a locative preposition the parser read as an adverb with an object ---------------------------------------
def test_off_a_town_parsed_as_an_adverb_still_says_where(where):
    assert where("Days before the ruling, the Omani coast guard detained one of the listed ships, the Togo-flagged "
                 "Blue Lantern, off Khasab on Friday, according to a port official.", "detained") == "Khasab"


def test_a_road_blocked_in_a_where_clause_is_blocked_at_its_place_not_where_it_leads(where):
    assert where("Trouble began in the nearby village of Acora, where residents blocked the road to Ilave with "
                 "rocks and burning tyres.", "blocked") == "Acora"


# -- "on the road at X" is at X; "on the road to X" is not -----------------------------------------------------
@pytest.mark.parametrize(("text", "verb", "place"), [
    ("Hundreds of farmers sat down on the main road at Gampola, about 20 km south of Kandy, on Tuesday, stopping "
     "traffic for four hours.", "stopping", "Gampola"),
    ("Police fired tear gas at students on the main road at Rajshahi on Tuesday.", "fired", "Rajshahi"),
    ("The drivers were arrested on the main road to Damascus on Sunday.", "arrested", None),
])  # fmt: skip
def test_on_a_road_at_a_town_is_at_the_town_but_not_where_the_road_leads(where, text: str, verb: str,
                                                                         place: str | None):
    assert where(text, verb) == place
