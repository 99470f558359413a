"""Word senses of event triggers (geomap.pipeline.event_triggers) with the real model: idioms and other senses
name no event, and deaths, warnings and journeys get the type of what they are.

Sentences are written for these tests; each pair shows the event sense next to the other one.
"""

from __future__ import annotations


import pytest

from geomap.pipeline.event_triggers import find_trigger


@pytest.fixture(scope="module")
def trigger_of(nlp):
    """The ``(type, code)`` :func:`find_trigger` gives the first token spelled ``word`` in ``text``, or ``None``."""

    def run(text: str, word: str):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return find_trigger(tok)

    return run


def _type(hit):
    return hit[0] if hit else None


@pytest.mark.parametrize(("text", "word"), [
    ("The accused, a 30-year-old man, was remanded in custody on Monday.", "accused"),
    ("A driver accused of causing the crash appeared in court in Leeds.", "accused"),
    ("The champion stormed to victory in the final race of the season.", "stormed"),
    ("The two firms set aside their competitive battles to lobby the ministry.", "battles"),
    ("The singer is locked in a legal battle with her former label.", "battle"),
    ("Shoppers can get a deal on winter coats at the market this week.", "deal"),
    ("The mayor signed a letter to residents about the new parking rules.", "signed"),
    ("The photographs may be reproduced only under appropriate license agreements.", "agreements"),
    ("The committee agreed that the current rules are not effective.", "agreed"),
    ("The governor rejects aid from the federal government.", "aid"),
    ("The historian gave a talk on the siege at the town library.", "talk"),
    ("Police arrived within minutes and sealed off the street.", "arrived"),
    ("The band cancelled the rest of its European tour after the theft.", "tour"),
    ("Five hundred trucks traveling the highway every day carry grain.", "traveling"),
    ("He was preparing for a long trip, his sister said.", "trip"),
    ("The heavy fighting threatened the harvest, farmers said.", "threatened"),
])
def test_another_sense_names_no_event(trigger_of, text, word):
    assert trigger_of(text, word) is None


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A man accused the mayor of corruption at a rally in Leeds.", "accused", "statement_criticism"),
    ("Rebels stormed the parliament building on Tuesday.", "stormed", "attack"),
    ("The battle for the town lasted three days.", "battle", "armed_conflict"),
    ("Both countries signed a trade agreement in Hanoi on Monday.", "signed", "agreement"),
    ("The county approved a licensing agreement with a software vendor.", "agreement", "agreement"),
    ("The ministers held talks in Geneva on Friday.", "talks", "meeting"),
    ("The foreign minister arrived in Hanoi on Monday for a three-day visit.", "arrived", "visit"),
    ("The prime minister began a tour of Central Asia on Sunday.", "tour", "visit"),
    ("North Korea warned that it would strike American bases.", "warned", "statement_threat"),
    ("Officials warned that the death toll could rise further.", "warned", "statement_warning"),
    ("The agency warned that residents should boil their drinking water.", "warned", "statement_warning"),
    ("Beijing warned of consequences if the ships entered its waters.", "warned", "statement_threat"),
    ("Air traffic control strikes caused delays at airports across France.", "strikes", "protest"),
    ("Strikes by controllers caused disruption to passengers across Europe.", "Strikes", "protest"),
    ("A team of experts arrived in Manila on Monday to assess the spill.", "arrived", "deployment"),
    ("Troops arrived in the border town on Friday.", "arrived", "deployment"),
    ("The deadly disease has struck in three districts of the province.", "struck", "disease_outbreak"),
    ("At least nine people were killed by cholera in the slum.", "killed", "disease_outbreak"),
])
def test_the_event_sense_and_its_type(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_person_who_murders_commits_an_attack_not_a_criticism(events_of):
    events = events_of("His mother said she believes the neighbour murdered her son in Leeds.")
    assert "statement_criticism" not in {e.event_type for e in events}
    assert any(e.event_type == "attack" and e.trigger == "murdered" for e in events)


def test_deaths_after_a_tsunami_are_the_disaster_not_an_attack(events_of):
    events = events_of("A tsunami struck the coast of Sumatra on Sunday. Rescue teams reached the worst-hit "
                       "villages on Monday. More than 300 were killed in Malaysia and Thailand.")
    assert "attack" not in {e.event_type for e in events}


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The measles outbreak has been blamed on low vaccination rates.", "blamed", None),
    ("The minister blamed the opposition for the unrest.", "blamed", "statement_criticism"),
    ("He was shot as he arrived to work on his third day on the job.", "arrived", None),
    ("The envoy arrived on the island of Cyprus on Monday.", "arrived", "visit"),
])
def test_causes_and_arrivals(trigger_of, text, word, expected):
    assert _type(trigger_of(text, word)) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Life-threatening calls will be answered first by the new service.", "threatening"),
    ("The union hopes to reach a negotiated settlement before the summer.", "negotiated"),
    ("The tenants fought a long battle with the courts over the eviction.", "battle"),
    ("The firm lost the battle to keep the lawsuit in a state court.", "battle"),
    ("The mayor vowed to wage war on litter in the town centre.", "war"),
    ("Fighting resumed after the outbreak of civil war in 2013.", "outbreak"),
    ("The former minister suffered a heart attack at his home on Sunday.", "attack"),
    ("Prices fell sharply when the banking crisis struck in 2008.", "struck"),
    ("Analysts say the region faces a perfect storm of debt and drought.", "storm"),
    ("The chairman said he had left the board of his own accord.", "accord"),
    ("A quiz night was held in aid of the local hospice.", "aid"),
    ("The cost of withholding aid would be high, diplomats said.", "aid"),
    ("An officer attempted to arrest a man who then ran off.", "arrest"),
    ("The boy had been visiting relatives in the city when he fell ill.", "visiting"),
    ("The pianist toured the country with his parents last summer.", "toured"),
    ("Emergency room visits grew from 1,200 visits in 2003 to 3,400 in 2007.", "visits"),
])
def test_a_figure_of_speech_or_a_private_trip_names_no_event(trigger_of, text, word):
    assert trigger_of(text, word) is None


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The two armies fought a long battle with heavy artillery near the river.", "battle", "armed_conflict"),
    ("The government declared a war on terror after the bombings.", "war", "armed_conflict"),
    ("An outbreak of cholera was confirmed in the camp on Monday.", "outbreak", "disease_outbreak"),
    ("Gunmen carried out an attack on a police station in the north.", "attack", "attack"),
    ("The bird flu virus H5N1 has killed two women in the province this week.", "killed", "disease_outbreak"),
    ("H5N1 has killed two more people, health officials said.", "killed", "disease_outbreak"),
    ("Thousands of police officers are patrolling crowded markets in the city.", "patrolling", "military_patrol"),
    ("The foreign minister is visiting Moscow for talks on the crisis.", "visiting", "visit"),
])
def test_the_event_sense_stays_beside_the_figure(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_later_definite_mention_joins_the_event_it_names_again(events_of):
    events = events_of("A roadside bomb killed a soldier near the town of Kirkuk on Tuesday. "
                       "Two other soldiers were wounded in the blast, officials said. "
                       "The blast that targeted the patrol happened close to a market.")
    attacks = [e for e in events if e.event_type == "attack"]
    assert len(attacks) == 1, [(e.trigger, e.sentence) for e in attacks]


def test_a_speaker_of_a_definite_mention_is_no_actor_of_the_event(events_of):
    events = events_of("China staged large drills around Taiwan on Tuesday. "
                       "Taiwan's president condemned the drills on Wednesday. "
                       "Taiwan plans to hold its own annual war games next month.")
    drills = [e for e in events if e.event_type == "military_exercise" and e.trigger == "drills"]
    games = [e for e in events if e.event_type == "military_exercise" and e.trigger == "games"]
    assert drills and games, [(e.trigger, e.sentence) for e in events]


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Poland expelled three Belarusian diplomats on Tuesday.", "expelled", "reduce_relations"),
    ("The ministry said an embassy attaché had been expelled.", "expelled", "reduce_relations"),
    ("Estonia declared a Russian diplomat persona non grata on Monday.", "declared", "reduce_relations"),
    ("The expulsion of two envoys angered the government.", "expulsion", "reduce_relations"),
    ("The school expelled two pupils after the fight.", "expelled", None),
    ("The club declared a profit for the season.", "declared", None),
    ("The minister handed the ambassador a note of protest.", "protest", None),
    ("Thousands joined a protest in the capital on Sunday.", "protest", "protest"),
    ("The village lies where the borders of three countries meet.", "meet", None),
    ("A farmer in the north has died of bird flu, the ministry said.", "died", "disease_outbreak"),
    ("Two children died from cholera in the camp last week.", "died", "disease_outbreak"),
    ("The actor died of old age at his home.", "died", None),
    ("The two leaders will meet in Geneva on Friday.", "meet", "meeting"),
])
def test_diplomats_expelled_and_notes_of_protest(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_an_expulsion_is_a_reduction_of_relations_between_both_countries(events_of):
    events = events_of("Latvia declared a Russian diplomat persona non grata on Tuesday and gave him 72 hours "
                       "to leave.")
    hits = [e for e in events if e.event_type == "reduce_relations"]
    assert hits and hits[0].code == "SANCTION/161", [(e.event_type, e.trigger) for e in events]
    assert {a.country for a in hits[0].actors} >= {"LVA", "RUS"}, hits[0].actors


def test_the_minister_is_not_the_prime_minister_named_beside_them(events_of):
    events = events_of("Japan's foreign minister and Peru's prime minister signed the agreement on Friday. "
                       "Earlier on Thursday, the minister flew to Cusco, where she opened a school.")
    trips = [e for e in events if e.event_type == "visit"]
    assert trips and trips[0].actors[0].country == "JPN", [(e.trigger, e.actors) for e in trips]


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # surveillance of a foreign military craft is a patrol, like shadowing it
    ("On Monday, a pair of F-16s from the base identified a foreign patrol aircraft flying along the coast.",
     "identified", "military_patrol"),
    ("A Danish frigate spotted two foreign warships off the coast on Sunday.", "spotted", "military_patrol"),
    ("Scientists identified a new species of frog in the forest.", "identified", None),
    ("Residents spotted a bear near the school.", "spotted", None),
    # a search at sea by military craft or a coast guard is a patrol; a search by police or a club is none
    ("The army said navy ships and aircraft had been searching the waters around the islands since Sunday.",
     "searching", "military_patrol"),
    ("The coast guard launched a search operation for the missing fishermen.", "search", "military_patrol"),
    ("Police searched the house of the suspect on Friday.", "searched", None),
    ("The club is searching for a new coach after the defeat.", "searching", None),
    # departures and arrivals suspended at an airport are a transport disruption
    ("The airport outside the capital suspended departures for about three hours.", "suspended", "disruption"),
    ("The federation suspended two players for doping.", "suspended", None),
    # a prison break is a crime
    ("Police were hunting for 13 inmates who escaped from a maximum-security prison at the weekend.", "escaped",
     "crime"),
    ("The breakout from the prison took place before dawn on Sunday.", "breakout", "crime"),
    ("Three prisoners broke out of the jail overnight, officials said.", "broke", "crime"),
    ("Officials blamed lax security for the jailbreak.", "jailbreak", "crime"),
    ("The family escaped the flames just in time.", "escaped", None),
    ("It was a breakout year for the young singer.", "breakout", None),
])
def test_surveillance_sea_searches_departures_and_prison_breaks(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_prison_break_is_an_event_where_the_prison_is(events_of):
    events = events_of("GUATEMALA CITY, Sept 18 - Twelve inmates escaped from a prison near Escuintla before dawn "
                       "on Wednesday after accomplices blew a hole in its wall, officials said.")
    hits = [e for e in events if e.event_type == "crime"]
    assert hits and hits[0].trigger == "escaped", [(e.event_type, e.trigger) for e in events]
    assert hits[0].date and hits[0].date.start.isoformat() == "2025-09-17", hits[0].date


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Fire broke out on the car deck of a ferry early on Friday.", "Fire", "accident"),
    ("A fire broke out aboard the tanker on Monday.", "fire", "accident"),
    ("A forest fire destroyed 200 homes on Monday.", "fire", "natural_disaster"),
    ("Fire broke out on a ferry's car deck. Tugs brought the blaze under control by Friday evening.", "blaze",
     "accident"),
    ("In 2014, fire swept through the ferry Star Queen off the coast, killing at least 11 people.", "killing",
     "accident"),
])
def test_a_fire_aboard_a_vessel_is_an_accident(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Gunmen seized five fishermen from a trawler off the coast late on Saturday.", "seized", "crime"),
    ("Police seized two suspects at the border on Monday.", "seized", "arrest"),
    ("Pirates seized the tanker and its 20 crew members on Monday.", "seized", "seizure"),
])
def test_people_seized_are_kidnapped_or_arrested(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A Russian military helicopter briefly entered Finnish airspace on Sunday evening.", "entered",
     "military_patrol"),
    ("Four foreign coast guard ships entered restricted waters south of the island on Tuesday.", "entered",
     "military_patrol"),
    ("Two Russian fighter jets violated Finnish airspace on Monday.", "violated", "military_patrol"),
    ("A Russian patrol boat crossed into Norwegian waters on Friday.", "crossed", "military_patrol"),
    ("The ministry reported an airspace violation on Monday.", "violation", "military_patrol"),
    ("The incursion by four coast guard ships lasted two hours.", "incursion", "military_patrol"),
    ("Troops entered the town on Monday.", "entered", "attack"),
    ("Rebels launched an incursion into the north on Monday.", "incursion", "attack"),
    ("A cruise ship entered Norwegian waters on Monday.", "entered", None),
    ("The company violated the law, the court said.", "violated", None),
    ("Refugees crossed the border on foot.", "crossed", None),
])
def test_craft_entering_foreign_airspace_or_waters_is_an_incursion(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The navy's newest aircraft carrier sailed north through the strait on Monday.", "sailed", "military_patrol"),
    ("A frigate sailed through the Strait of Hormuz on Monday.", "sailed", "military_patrol"),
    ("The yacht sailed through the night.", "sailed", None),
    ("The swollen river cut the road between the two towns on Thursday.", "cut", "disruption"),
    ("Floodwaters cut off three towns on Monday.", "cut", "disruption"),
    ("The government cut the road budget on Monday.", "cut", None),
    ("The river broke its banks near the city at the weekend.", "broke", "natural_disaster"),
    ("The minister pressed the government to do more to stop departures.", "stop", None),
    ("Farmers drove tractors into the city centre to protest against cuts, blocking the main bridge.", "blocking",
     "protest"),
])
def test_warship_transits_water_cutting_roads_and_aims(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_helicopter_entering_foreign_airspace_is_an_event_on_its_day(events_of):
    events = events_of("TALLINN, Sept 18 - A Russian military helicopter briefly entered Estonian airspace on "
                       "Sunday evening, the foreign ministry said.")
    hits = [e for e in events if e.trigger == "entered"]
    assert hits and hits[0].event_type == "military_patrol", [(e.event_type, e.trigger) for e in events]
    assert hits[0].date and hits[0].date.start.isoformat() == "2025-09-14", hits[0].date


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The suspects were taken into custody on Monday afternoon after officers stopped a car near the town.",
     "taken", "arrest"),
    ("Police took three men into custody on Sunday.", "took", "arrest"),
    ("The two children were taken into protective custody on Friday.", "taken", None),
    ("The new owners took the ship into their fleet on Friday.", "took", None),
    ("Investigators believe the same group carried out a smash-and-grab at a jewellery store in the town late "
     "last month.", "smash", "crime"),
    ("The armed hold-up at a bank in the city left two people injured.", "up", "crime"),
    ("There was a hold-up at the border crossing because of the new checks.", "up", None),
    ("The visitors snatched a smash-and-grab win in the final minute.", "smash", None),
    ("Hundreds gathered outside the town hall on Wednesday to demand information about the outbreak.", "gathered",
     "protest"),
    ("Thousands of workers gathered outside the factory on Monday, demanding unpaid wages.", "gathered", "protest"),
    ("European leaders gathered in Brussels on Monday to call for a ceasefire.", "gathered", None),
    ("Families gathered at the church to pray for the victims.", "gathered", None),
    ("Detectives gathered evidence at the scene on Monday.", "gathered", None),
])
def test_custody_robbery_compounds_and_demanding_crowds(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_crowd_gathered_to_demand_is_a_protest_event_on_its_day(events_of):
    events = events_of("MADRID, Sept 18 - On Wednesday evening several hundred residents gathered outside the town "
                       "hall to demand more information about the outbreak, accusing officials of keeping them in "
                       "the dark.")
    hits = [e for e in events if e.event_type == "protest"]
    assert hits and hits[0].trigger == "gathered", [(e.event_type, e.trigger) for e in events]
    assert hits[0].date and hits[0].date.start.isoformat() == "2025-09-17", hits[0].date


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The foreign minister visited Paris on Monday for talks.", "visited", "visit"),
    ("He visited Beijing in July, his office said.", "visited", "visit"),
    ("A Chinese delegation visited Hanoi on Tuesday.", "visited", "visit"),
    ("Two Chinese warships arrived in Colombo on Sunday for a port call.", "arrived", "visit"),
    ("Every time I visit Paris, the city surprises me.", "visit", None),
    ("The leadership class toured the library in Paris on Friday.", "toured", None),
    ("More than 75,000 flights arrived at Schiphol in 2017.", "arrived", None),
    ("Only one grandchild has visited Denver so far.", "visited", None),
    ("The freed man landed at Arlanda Airport outside Stockholm on Saturday evening.", "landed", "release"),
])
def test_a_visit_needs_a_visitor_of_standing(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # aid sent: relief goods or relief workers, not an armed force
    ("Chile sent a team of 30 rescuers and three trucks loaded with tents and blankets to Arequipa on Tuesday.",
     "sent", "aid"),
    ("The agency dispatched relief supplies to the flooded villages on Monday.", "dispatched", "aid"),
    ("Volunteers delivered food to the stranded families on Sunday.", "delivered", "aid"),
    ("The president delivered a speech to parliament on Sunday.", "delivered", None),
    ("The army sent troops and supplies to the border town on Monday.", "sent", "deployment"),
    ("The ministry sent a letter to the embassy on Monday.", "sent", None),
    ("Kenya sent 200 troops to the town on Tuesday, officials said.", "sent", "deployment"),  # "to" as dative
    # people who flee are moved out of danger; fighters who flee are not
    ("About 2,000 people fled across the river into the neighbouring country on Monday.", "fled", "evacuation"),
    ("Thousands of residents fled their homes as the fighting spread.", "fled", "evacuation"),
    ("The gunmen fled into the forest after the raid.", "fled", None),
    ("Hundreds of refugees have fled the war. About 500 people crossed the river into the next province on Monday.",
     "crossed", "evacuation"),
    ("About 500 tourists crossed the river into the next province on Monday.", "crossed", None),
    ("About 500 people crossed the street to watch the parade. Refugees fled the war.", "crossed", None),
    # a route or crossing closed is a disruption
    ("Authorities closed the main bridge between the two towns on Monday afternoon.", "closed", "disruption"),
    ("The border crossing has been closed since the weekend, traders said.", "closed", "disruption"),
    ("The closure of the crossing left hundreds of trucks stranded.", "closure", "disruption"),
    ("The company closed the deal on Monday.", "closed", None),
])
def test_aid_sent_people_who_flee_and_closed_crossings(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_people_who_cross_a_river_fleeing_are_an_evacuation_where_they_arrive(events_of):
    events = events_of("KAMPALA, Sept 18 - Thousands of people have fled fighting in eastern Congo. About 3,000 "
                       "people crossed the river into Kisoro on Monday and were sheltered in a school, officials said.")
    hits = [e for e in events if e.event_type == "evacuation"]
    assert hits and hits[0].location_text == "Kisoro", [(e.event_type, e.trigger, e.location_text) for e in events]


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # the voting of an election: "voting" that begins or is delayed, polling stations that open or close
    ("In the north, voting at three polling stations began two hours late on Sunday.", "voting", "election"),
    ("Long queues formed before polling stations opened at 7 a.m. on Sunday.", "stations", "election"),
    ("The polls closed at 6 p.m. and counting began at once.", "polls", "election"),
    ("Voting on the budget bill began in parliament on Monday.", "Voting", None),
    ("The new train station opened on Monday.", "station", None),
    # a vessel escorted or towed to a port is its voyage
    ("The seized boat was escorted to the harbour in the capital, where it arrived on Tuesday night.", "escorted",
     "vessel_movement"),
    ("A patrol boat towed the trawler into port on Monday.", "towed", "vessel_movement"),
    ("The tow truck towed the car away on Monday.", "towed", None),
    # stones and bottles thrown in a clash are an attack; a party thrown is not
    ("Supporters of the two parties threw stones and bottles at each other outside a campaign office.", "threw",
     "attack"),
    ("Youths pelted the police with rocks near the stadium.", "pelted", "attack"),
    ("She threw a party for her neighbours on Saturday.", "threw", None),
    # a bomb found, defused or made safe did not go off: no attack
    ("Construction workers found the 250-kg bomb on Monday afternoon.", "bomb", None),
    ("Late last month a 100-kg bomb was defused in the town.", "bomb", None),
    ("Experts made the bomb safe at 2:40 p.m.", "bomb", None),
    ("Experts defused a Soviet aircraft bomb from World War Two.", "bomb", None),
    ("A bomb exploded in the crowded market on Monday.", "bomb", "attack"),
    # a series of avalanches that struck is a natural disaster
    ("A series of avalanches struck the mountain pass late on Wednesday.", "struck", "natural_disaster"),
])
def test_voting_escorted_vessels_thrown_stones_and_unexploded_bombs(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # goods found aboard a vessel by a boarding team or guards: a boarding and seizure at sea
    ("On Friday a boarding team found 300 kg of cocaine on the trawler, the navy said.", "found", "seizure"),
    ("Coastguards found undeclared fish aboard the seiner off the coast.", "found", "seizure"),
    ("A rescue team found two survivors on the ferry.", "found", None),
    ("A team of scientists found plastic on the beach.", "found", None),
    # fishing vessels escorted to a port are a voyage
    ("The longliner and its 20 crew were escorted to the harbour, where they arrived on Monday.", "escorted",
     "vessel_movement"),
    # a standing treaty named by a place is no new agreement; one signed now is
    ("The court upheld the conviction for defying the envoy overseeing the Lisbon peace accords.", "accords", None),
    ("The two leaders signed the Lisbon peace accords on Monday.", "signed", "agreement"),
    ("The Lisbon accord signed on Monday ends the dispute.", "accord", "agreement"),
    # a war that is the topic of talks is no fighting reported
    ("The chancellor held talks with the king at the palace on the war in Yemen and regional security.", "war",
     None),
    ("The war in Yemen has killed thousands of people.", "war", "armed_conflict"),
])
def test_boarding_finds_fishing_vessels_named_treaties_and_talk_topics(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # "meet" a standard, a need or a baby is no meeting; leaders who meet are
    ("He moved back to the city to meet residency requirements for the post.", "meet", None),
    ("The new plant will help meet the growing demand for power.", "meet", None),
    ("The singer meets her best friend's new baby for the first time.", "meets", None),
    ("The foreign ministers will meet in Geneva on Monday.", "meet", "meeting"),
    ("The president met the families of the victims at the palace.", "met", "meeting"),
    # a sporting blast or shot is no attack; a bomb blast is
    ("It was a three-run blast that won the series for the home side.", "blast", None),
    ("He scored with a penalty shot in the final minute.", "shot", None),
    ("A bomb blast killed four people at the market.", "blast", "attack"),
    # "sanctioned" as an adjective is approval; a country that is sanctioned is a measure
    ("The books are sold only through government-sanctioned bodies.", "sanctioned", None),
    ("The European Union sanctioned five officials on Monday.", "sanctioned", "sanctions"),
    # an epidemic that is not infectious is no outbreak
    ("The bill addresses the obesity epidemic in the state.", "epidemic", None),
    ("Officials said the opioid epidemic had worsened.", "epidemic", None),
    ("A cholera epidemic has killed 40 people in the province.", "epidemic", "disease_outbreak"),
    # a hallway that floods with no storm is a leak; homes flooded by a storm are the disaster
    ("On Monday, when one of the hallways flooded, the caretaker had to tend to it.", "flooded", None),
    ("Hundreds of homes flooded after the storm dumped heavy rain on the town.", "flooded", "natural_disaster"),
    # conflict that goes with tensions over money, with no fighting, is social
    ("The control of the revenues has generated tensions and conflict in the villages.", "conflict", None),
    ("The conflict in the region has killed thousands of people.", "conflict", "armed_conflict"),
    # goods that land are no visit
    ("Air cargo would be shipped across the continent after landing in Halifax.", "landing", None),
])
def test_met_standards_sports_blasts_approvals_and_social_conflict(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # structure fires are accidents; a forest fire, or one that burns many homes, a natural disaster
    ("Fire damaged a two-story house on Seventh Street tonight.", "Fire", "accident"),
    ("Firefighters mop up after dousing a fire in the basement of this house.", "fire", "accident"),
    ("Two dogs were hurt in a house fire on Tuesday.", "fire", "accident"),
    ("A forest fire destroyed 200 homes on Monday.", "fire", "natural_disaster"),
    # vandals or mailed envelopes that strike or target are a crime, not an armed attack
    ("Vandals striking local businesses", "striking", "crime"),
    ("The envelopes, which were sent by post, targeted ten churches across the county.", "targeted", "crime"),
    ("Gunmen targeted a church in the north of the country.", "targeted", "attack"),
    # a board's majority vote is a decision, not an election
    ("The board approved the budget with a majority vote.", "vote", None),
    ("The vote for the new parliament will be held in May.", "vote", "election"),
])
def test_structure_fires_vandals_mailings_and_board_votes(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


def test_a_headline_injury_takes_the_story_fire(events_of):
    events = events_of("Fire damages house; two dogs injured. Fire damaged a two-story house on Seventh Street on "
                       "Tuesday night. The lone occupant of the house evacuated safely.")
    assert not [e for e in events if e.event_type in ("attack", "natural_disaster")]
    assert any(e.event_type == "accident" for e in events)


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a death from a disease the clause names is the outbreak's, a plain death no event
    ("A farmer who died at a clinic in the town on Monday was infected with the Nipah virus.", "died",
     "disease_outbreak"),
    ("A farmer died of Nipah at a hospital in the town on Monday.", "died", "disease_outbreak"),
    ("MANILA, May 2 - A farmer who died at a clinic in the town on Monday was infected with the rabies virus, "
     "officials said.", "died", "disease_outbreak"),  # the parser hangs the subject on the dateline
    ("The woman died after contracting cholera in the camp.", "died", "disease_outbreak"),
    ("The singer died at his home in the capital on Monday.", "died", None),
    ("Rabies, carried by stray dogs, kills thousands of people a year.", "kills", "disease_outbreak"),
    # a positive test is a case confirmed; a doping test is not
    ("The nurse tested positive for cholera on Thursday.", "tested", "disease_outbreak"),
    ("Her son tested positive on Thursday. The virus has no vaccine and measles spreads fast.", "tested",
     "disease_outbreak"),
    ("The sprinter tested positive for a banned substance in June.", "tested", None),
    # a containment zone or quarantine put in force is the outbreak's response; a state of emergency is not
    ("The district collector on Thursday declared containment zones in seven wards of the town.", "declared",
     "disease_outbreak"),
    ("The authorities imposed a quarantine on the village after two deaths.", "imposed", "disease_outbreak"),
    # (round 39: a declared state of emergency is a disruption, still no outbreak)
    ("The government declared a state of emergency in the province.", "declared", "disruption"),
    # the raid in which someone is detained is the arrest, not an attack
    ("Police detained the mayor in a dawn raid on his home on Tuesday.", "raid", None),
    ("Commandos killed five militants in a raid on a compound.", "raid", "attack"),
    # people ordered to move to refuges are evacuated; staff moved to new offices are not
    ("The government ordered 4,000 families to move to schools and churches in the lowlands.", "move",
     "evacuation"),
    ("The company ordered its staff to move to the new headquarters in the city.", "move", None),
])
def test_disease_deaths_positive_tests_containment_arrest_raids_and_ordered_moves(trigger_of, text, word,
                                                                                  event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a surveillance or reconnaissance aircraft that spots a foreign ship is on patrol; a tourist spotting a whale not
    ("A reconnaissance plane spotted two foreign warships near the island on Monday.", "spotted", "military_patrol"),
    ("On Friday a surveillance aircraft spotted the research vessel 40 km off the coast.", "spotted",
     "military_patrol"),
    ("A tourist spotted a whale near the island on Monday.", "spotted", None),
    # a ship's port call is a visit, like "docked in"; people who call at a rally or a house are no event
    ("The destroyer and a supply ship called at Valletta on Friday to take on fuel.", "called", "visit"),
    ("The British frigate Kent and the Dutch frigate Tromp called at Lisbon at the weekend to take on fuel.",
     "called", "visit"),
    ("The aircraft carrier made a port call in Manila last week.", "call", "visit"),
    ("The minister called at a rally for calm on Sunday.", "called", None),
    ("He called at his mother's house on Sunday.", "called", None),
    ("Port calls fell by a tenth last year.", "calls", None),
    # someone caught at a border or by the police is arrested; caught in the crossfire, on camera or a fish is not
    ("The third suspect, a Moldovan national, was caught at the border crossing as he tried to leave the country.",
     "caught", "arrest"),
    ("Two men were caught by border guards near the river on Tuesday.", "caught", "arrest"),
    ("Police caught the two suspects after a chase through the town.", "caught", "arrest"),
    ("Two villagers were caught in the crossfire on Tuesday.", "caught", None),
    ("The thief was caught on camera leaving the shop.", "caught", None),
    ("The boy caught a large fish in the river.", "caught", None),
    ("The warehouse caught fire on Tuesday night.", "caught", None),
    ("The men were caught by surprise when the storm hit.", "caught", None),
])
def test_surveillance_aircraft_port_calls_and_suspects_caught(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # arrivals at a court, an address or a restaurant, a counted crowd of nationals, a team after a win: no visit
    ("The former minister arrived at the district court on Monday for his trial.", "arrived", None),
    ("Two deputies arrived at the address shortly after midnight.", "arrived", None),
    ("It was his second visit to a burger restaurant that week.", "visit", None),
    ("More than 30,000 Haitians have arrived in Chile since last year.", "arrived", None),
    ("After a 3-1 win over the leaders, the team will arrive in the north full of confidence.", "arrive", None),
    ("The foreign minister arrived in Hanoi on Monday for talks.", "arrived", "visit"),
    # other senses: legal manoeuvres, a licence suspension, responders summoned or backing up, a body donation
    ("The defence won the delay through a series of procedural manoeuvres.", "manoeuvres", None),
    ("He was charged with driving under suspension.", "suspension", None),
    ("Police were summoned to the flat by a neighbour.", "summoned", None),
    ("Russia summoned the Danish ambassador on Tuesday.", "summoned", "diplomatic_summons"),
    ("The deputy answered a call for assistance from another officer.", "assistance", None),
    ("The blood was donated by students at the college.", "donated", None),
    ("The fair featured robot dogs on patrol.", "patrol", None),
    ("The eight teams in the conference play each other twice.", "conference", None),
    ("Every ticket equaled a vote for the charity queen.", "vote", None),
    ("In the novel a young doctor meets a stranger on the train.", "meets", None),
    ("The president will meet his French counterpart in Paris.", "meet", "meeting"),
    ("He shouted and warned other diners to leave the room.", "warned", None),
    ("It has been blamed for a wave of headaches in the town.", "blamed", None),
    ("Opposition leaders blamed the government for the crisis.", "blamed", "statement_criticism"),
    ("When you lose like that you can crawl back into the shell.", "shell", None),
    ("They read the Silver Storm Journal every week.", "Journal", None),
    ("The neighbour agreed to move his car.", "agreed", None),
])
def test_private_legal_and_sporting_senses(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize("text, word, event_type", [
    # a deportation with whom it deports is a coercive act; a modifier or a fear of it is none
    ("A court in the capital ordered their deportation on Friday.", "deportation", "arrest"),
    ("The authorities deported two activists last week.", "deported", "arrest"),
    ("Deportation flights resumed on Friday.", "Deportation", None),
    # a name for a state ("what they call detention") is no arrest
    ("Forty men held in what rights groups call political detention were moved on Friday.", "detention", None),
    ("Police announced the detention of two suspects on Friday.", "detention", "arrest"),
    # loadings at a terminal suspended halt its operations
    ("Loadings from the two remaining moorings have been suspended since Monday.", "suspended", "disruption"),
    # people landing after being freed: the release's homecoming, no visit
    ("Thirty-eight nationals landed in the capital on Saturday after being freed from prison.", "landed",
     "release"),
])
def test_deportation_detention_loading_and_freed_arrival(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize("text, word, event_type", [
    # "on strike" is a stoppage only in the singular; strikes commented on are the military's
    ("The air force rarely comments on strikes across the frontier.", "strikes", "attack"),
    ("Bus drivers went on strike on Monday.", "strike", "protest"),
    # a ship's crew reaching a port is the ship's voyage
    ("The surviving sailors steered the crippled freighter west and reached Dakar on Friday.", "reached",
     "vessel_movement"),
    ("The hikers reached Dakar on Friday.", "reached", None),
    # people moved out of villages are evacuated; a meeting moved out of a hall is not
    ("About 2,000 residents have been moved out of hamlets on the mountain's flank since Monday.", "moved",
     "evacuation"),
    ("The concert was moved out of the old hall.", "moved", None),
    # a volcano spewing ash erupts; a chimney belching smoke does not
    ("The volcano spewed a plume of ash 5 km high on Monday.", "spewed", "natural_disaster"),
    ("The old chimney belched smoke all night.", "belched", None),
    # explosions of gas are accidents, those at a volcano eruptions, others attacks
    ("A gas explosion ripped through a block of flats on Monday.", "explosion", "accident"),
    ("Officials said the explosion at dawn was the largest at the volcano in a decade.", "explosion",
     "natural_disaster"),
    ("The peak last erupted in 2010, when a series of explosions threw rocks across the valley.", "explosions",
     "natural_disaster"),
    ("The explosion at the checkpoint killed four soldiers.", "explosion", "attack"),
    # a criminal charge is legal action (CAMEO 173); a fee charged is none
    ("Three men were charged with smuggling and appeared in court on Friday.", "charged", "arrest"),
    ("The hotel charged guests a cleaning fee.", "charged", None),
])
def test_strike_voyage_evacuation_volcano_and_charge(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


@pytest.mark.parametrize("text", [
    "Cavalry charged the enemy lines with bayonets on Monday.",
    "The riot police charged at protesters with batons on Monday.",
])
def test_a_charge_with_weapons_is_no_criminal_charge(events_of, text):
    assert not [e for e in events_of(text) if e.event_type == "arrest"]


# -- round 22: retaking ground, ships in distress or wrecked, pipeline taps and explosions, no one harmed ----------
@pytest.mark.parametrize(("text", "word", "event_type"), [
    # "retook" is left as it is by the lemmatizer: ground taken back by force is an attack (CAMEO 192)
    ("Government troops retook the village by Friday morning, the army said.", "retook", "attack"),
    # a vessel that loses power or sends a mayday is in trouble at sea: an accident
    ("A cargo ship with 20 crew lost all engine power off the headland on Monday.", "lost", "accident"),
    ("The trawler issued a mayday call shortly after midnight.", "issued", "accident"),
    ("The yacht sent a distress signal as the storm built.", "sent", "accident"),
    ("The striker lost control of the ball near the line.", "lost", None),
    ("The council issued a call for volunteers.", "issued", None),
    # a ship that strikes a reef is wrecked, not attacked
    ("In 1971 the liner struck a reef at the mouth of the bay and sank.", "struck", "accident"),
    ("The fishing boat hit rocks off the point in thick fog.", "hit", "accident"),
    # taps on a pipeline found or sealed by soldiers: fuel theft uncovered (a crime); a found tap in a kitchen is none
    ("Marines had found and sealed four taps on the oil pipeline near the border, officials said.", "found",
     "crime"),
    ("Police discovered an illegal tap on a fuel pipeline outside the city.", "discovered", "crime"),
    ("The plumber found a leaking tap in the kitchen.", "found", None),
    # a pipeline rupture that explodes is an accident, not a bombing
    ("In March 2015 a pipeline rupture in the nearby village exploded, killing 40 people.", "exploded", "accident"),
    # no one harmed is no attack
    ("No one was injured, the operator said.", "injured", None),
    ("Nobody was killed in the incident.", "killed", None),
])
def test_round22_retake_distress_reef_taps_and_no_harm(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type


# -- round 23 (sample G): borrowed senses of war, deal, explosion, warning, exercise, threat, patrol, aid, vote ----
@pytest.mark.parametrize(("text", "word"), [
    # "wound" as the past of "wind"
    ("The crowd thinned out as the match wound down late in the evening.", "wound"),
    ("The old firm wound up its business last year.", "wound"),
    # a game called a battle, a thing named a war, a battle against a craze
    ("Both matches, hard fought battles and great for the crowd.", "battles"),
    ("The mayor spoke about unemployment and housing, both described by the paper as two wars.", "wars"),
    ("The clinic has been helping in the battle against the latest vaping craze.", "battle"),
    # trades counted in shares
    ("The bank's stock fell 2% on three deals totalling 12,500 shares.", "deals"),
    # a mass noun that grows
    ("Warm currents cause an explosion of plankton life every spring.", "explosion"),
    # a warning that modifies a noun
    ("Officials want to get the money for the tsunami warning system in place.", "warning"),
    # a civilian exercise
    ("Health staff are running a large contact-tracing exercise at the school.", "exercise"),
    # a thing that endangers a thing
    ("Scientists found that the new dams are threatening several trout runs.", "threatening"),
    # police on routine patrol; a person asked for help
    ("Officers on patrol answered a call about a burglary on the street.", "patrol"),
    ("The burglar asks the other suspect, who he called Max, for assistance.", "assistance"),
    ("The boy asked his friend for assistance with the box.", "assistance"),
    # a legislature's vote
    ("My vote against House Bill 12 was about other parts of the bill.", "vote"),
    ("Stale bills rarely die; they simply sit and wait for votes.", "votes"),
    # a travel record
    ("Trips to five islands and three states have shown the team's reach.", "Trips"),
])
def test_round23_borrowed_senses_name_no_event(trigger_of, text, word):
    assert trigger_of(text, word) is None, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Rebel fighters are losing the battles on the ground near the coast.", "battles", "armed_conflict"),
    ("Troops waged a long battle against the rebels in the hills.", "battle", "armed_conflict"),
    ("The two navies held a mine-clearing exercise in the bay on Monday.", "exercise", "military_exercise"),
    ("The annual spring exercise brought thousands of troops to the border.", "exercise", "military_exercise"),
    ("A gunman wounded two guards at the gate on Monday.", "wounded", "attack"),
    ("The explosion of a gas cylinder killed three people.", "explosion", "attack"),
    ("The militia threatened the villagers with death.", "threatened", "statement_threat"),
    ("Soldiers on patrol came under fire near the border.", "patrol", "military_patrol"),
    ("Voters cast their vote in the presidential election on Sunday.", "vote", "election"),
])
def test_round23_real_senses_stay(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word"), [
    ("He said the upcoming exercises would involve ten warships.", "exercises"),
    ("The minister criticized ongoing drills that the air force is conducting with its partners.", "drills"),
])
def test_round23_exercises_with_ing_adjectives_stay(trigger_of, text, word):
    assert _type(trigger_of(text, word)) == "military_exercise", text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Police said thieves used a tractor to rip a cash machine from the wall of a bank on Friday.", "rip", "crime"),
    ("Last year a gang used a loader to pull an ATM from a garage in the town.", "pull", "crime"),
    ("Two men stole an ATM from a supermarket overnight.", "stole", "crime"),
    ("Last year a gang used a loader to pull an ATM from a garage, one of six such raids in the county.", "raids",
     "crime"),
    ("The ferry Northern Star, which sailed from the port of Dover on Monday, carried 300 passengers.", "sailed",
     "vessel_movement"),
])
def test_t23_cash_machine_thefts_and_named_ships(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word"), [
    ("She pulled cash from an ATM at the station on Monday.", "pulled"),
    ("Mexico sailed through the group stage without a loss.", "sailed"),
])
def test_t23_cash_and_sailing_other_senses(trigger_of, text, word):
    assert _type(trigger_of(text, word)) not in ("crime", "vessel_movement"), text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The army sent armoured vehicles and hundreds of troops into the northern town of Ardmore on Monday.", "sent",
     "deployment"),
    ("On Friday the government dispatched dozens of police to the border region.", "dispatched",
     "deployment"),
    ("The army moved into the town on Tuesday after two days of clashes.", "moved", "deployment"),
    ("A speedboat carrying drugs rammed a coast guard patrol boat near the harbour, injuring two officers.",
     "rammed", "attack"),
    ("A driver rammed his car into a crowd of shoppers in the city centre on Saturday.", "rammed", "attack"),
])
def test_t24_deployments_and_ramming(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word"), [
    ("The company sent hundreds of letters to its customers on Monday.", "sent"),
    ("The family moved into a new house in the suburbs last year.", "moved"),
    ("The government rammed the bill through parliament on Monday.", "rammed"),
])
def test_t24_sending_moving_ramming_other_senses(trigger_of, text, word):
    assert _type(trigger_of(text, word)) not in ("deployment", "attack"), text


def test_t24_conjoined_handover_of_released_captives(events_of):
    events = events_of("Officials said the government released 40 fishermen from a prison in the capital on "
                       "Wednesday and handed them over to border officials at a crossing on Thursday.")
    assert {e.trigger for e in events if e.event_type == "release"} >= {"released", "handed"}
    assert not [e for e in events_of("The clerk took the keys and handed them over to the new owners on Friday.")
                if e.event_type == "release"]


def test_t25_vessel_striking_a_wall_after_a_dateline_is_an_accident(events_of):
    events = events_of("HARBOUR CITY, June 15 - A container ship struck a guide wall at the locks late on Saturday, "
                       "forcing the authority to suspend traffic.")
    assert [e.event_type for e in events if e.trigger == "struck"] == ["accident"]


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The government recalled its ambassador from the capital on Monday.", "recalled", "reduce_relations"),
    ("Their envoy was recalled for consultations after the vote.", "recalled", "reduce_relations"),
])
def test_t25_recalled_envoys(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


def test_t25_recall_in_other_senses(trigger_of):
    assert _type(trigger_of("The ambassador recalled that the talks had failed.", "recalled")) is None
    assert _type(trigger_of("The carmaker recalled 40,000 vehicles on Monday.", "recalled")) is None


def test_t25_death_in_hospital_in_an_outbreak_report(events_of):
    text = ("Two villagers have died of suspected anthrax, officials said. A farmer died at the regional hospital "
            "on Saturday and a woman died at home on Tuesday.")
    died = [e for e in events_of(text) if e.trigger == "died" and "hospital" in e.sentence]
    assert died and all(e.event_type == "disease_outbreak" for e in died)
    assert not [e for e in events_of("A farmer died at the regional hospital on Saturday.") if e.trigger == "died"]
    shot = ("Two villagers have died of suspected anthrax. A policeman was shot on Friday and died at the hospital "
            "on Saturday.")
    assert not [e for e in events_of(shot) if e.event_type == "disease_outbreak" and "policeman" in e.sentence]


def test_t25_fire_set_by_an_attack_is_no_disaster(events_of):
    events = events_of("Officials said drones struck grain storage in the port overnight, starting a fire that "
                       "burned for several hours and injuring two dock workers.")
    assert not [e for e in events if e.event_type == "natural_disaster"]
    assert [e for e in events if e.trigger == "struck" and e.event_type == "attack"]
    lightning = events_of("Lightning started a fire that burned for several days and destroyed ten homes.")
    assert [e for e in lightning if e.event_type == "natural_disaster"]


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The envoy was summoned to the ministry on Monday to receive a formal protest.", "protest", None),
    ("Thousands staged a protest outside the embassy on Monday.", "protest", "protest"),
])
def test_t25_protest_received_is_no_event(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Burglars broke into the town's library early on Saturday and took two paintings.", "broke", "crime"),
    ("Robbers broke into a jewellery shop on the high street overnight.", "broke", "crime"),
    ("The crowd broke into applause when the mayor arrived.", "broke", None),
    ("The singer's new album broke into the top ten last week.", "broke", None),
])
def test_t26_break_in_is_a_crime(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("An Indian Air Force transport plane landed at Kandor's airstrip with medical supplies.", "landed", "visit"),
    ("An Indian Air Force transport plane landed safely on Monday.", "landed", None),
    ("The minister landed in Kandor on Monday.", "landed", "visit"),
    ("The company landed a large contract on Monday.", "landed", None),
])
def test_t26_landing_at_a_named_airstrip(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Since Monday the disaster agency has been moving about 80 sick residents from the outer islands to Kandor.",
     "moving", "evacuation"),
    ("The agency moved the meeting from Tuesday to Friday.", "moved", None),
    ("The club moved its offices from Kandor to Vell last year.", "moved", None),
])
def test_t26_people_moved_from_one_place_to_another(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The country's southern coasts are hit by wildfires almost every summer.", "hit", None),
    ("The region is often hit by floods during the rainy season.", "hit", None),
    ("Wildfires hit the southern coast on Wednesday, forcing 1,200 people from their homes.", "hit",
     "natural_disaster"),
])
def test_t26_recurring_disasters_are_no_event(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("By the time a patrol from the next village reached the shop, the robbers had fled.", None),
    ("A naval patrol reached the disputed reef on Monday.", "military_patrol"),
])
def test_t26_arriving_patrol_unit_is_no_military_patrol(trigger_of, text, event_type):
    assert _type(trigger_of(text, "patrol")) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The health ministry declared a dengue fever outbreak on the island of Vell on Monday.", "outbreak",
     "disease_outbreak"),
    ("The ministry declared a cholera outbreak in the capital on Monday.", "outbreak", "disease_outbreak"),
])
def test_t27_declared_outbreak_parsed_as_verb(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("On Wednesday the captain accepted a fine of 1.2 million crowns at the district court in Kandor.", "fine",
     "arrest"),
    ("Inspectors detain foreign trawler, captain fined in Kandor", "fined", "arrest"),
    ("Police detain Russian trawler north of islands, captain fined in Kandor", "fined", "arrest"),
    ("A magistrate fined the skipper 5,000 dollars on Tuesday.", "fined", "arrest"),
    ("The weather was fine on Tuesday.", "fine", None),
    ("The company said it would pay a fine to settle the dispute.", "fine", None),
])
def test_t27_court_fine_is_legal_action(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Since Wednesday, the coast guard has kept two patrol boats at the mouth of the river off Kandor.", "kept",
     "military_patrol"),
    ("The navy has kept a frigate near the disputed reef since Monday.", "kept", "military_patrol"),
    ("The fishermen kept two boats at the harbour over the winter.", "kept", None),
    ("The coast guard kept two patrol boats ready.", "kept", None),
])
def test_t27_craft_kept_on_station_is_a_patrol(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A Paraguayan cattle rancher kidnapped more than five weeks ago was freed late on Sunday outside the town of "
     "Kandor.", "freed", "release"),
    ("A villager abducted last month was freed on Sunday near the town.", "freed", "release"),
    ("The engineer kidnapped by gunmen in May was released on Friday.", "released", "release"),
    ("The album recorded last year was released on Friday.", "released", None),
])
def test_t28_kidnapped_person_freed_is_a_release(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A fourth victim was killed by a falling wall in Kandor.", "killed", "accident"),
    ("Two miners were injured by falling rocks on Monday.", "injured", "accident"),
    ("A fourth victim was killed by a gunman in Kandor.", "killed", "attack"),
])
def test_t28_killed_by_falling_structure_is_no_attack(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Gimenez had been seized by armed men at his ranch near the town on March 21 and taken into the forest.",
     "seized", "crime"),
    ("Alvarez was seized by gunmen outside his home on Friday.", "seized", "crime"),
])
def test_t28_named_person_seized_by_armed_men_is_a_kidnapping(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Container handling at Kandor port fell by about 40 percent on Tuesday.", "fell", "disruption"),
    ("Cargo traffic at the airport plunged on Monday as the strike spread.", "plunged", "disruption"),
    ("Exports fell by about 40 percent on Tuesday.", "fell", None),
    ("Traffic fell silent as the parade passed.", "fell", None),
])
def test_t28_port_traffic_drop_is_a_disruption(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Giménez had been seized by armed men at his ranch near Kandor on March 21 and taken into the forest.",
     "seized", "crime"),
    ("The Eagle was seized by armed men off the coast on Friday.", "seized", "seizure"),
])
def test_t28_name_tagged_org_seized_by_armed_men(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A concrete canopy at the station collapsed on Monday, killing 16 people.", "killing", "accident"),
    ("A concrete canopy at the station collapsed on Monday, killing 16 people.", "collapsed", "accident"),
    ("Gunmen stormed the station on Monday, killing 16 people.", "killing", "attack"),
])
def test_t29_structure_collapse_deaths_are_an_accident(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A fault at the power plant triggered a blackout across the island on Monday.", "blackout", "disruption"),
    ("The outage began on Monday afternoon.", "outage", "disruption"),
    ("The government imposed a media blackout on Tuesday.", "blackout", None),
])
def test_t29_power_blackout_is_a_disruption(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Troops have been firing artillery and rockets since Monday in the largest live-fire exercise in the region.",
     "firing", "military_exercise"),
    ("Police fired tear gas at protesters on Monday.", "fired", "attack"),
])
def test_t29_firing_in_an_exercise_is_the_drill(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Fuel oil from the wreck washed ashore near the town on Wednesday.", "washed", "accident"),
    ("The ship sank on Tuesday and oil from its tanks washed up on beaches on Wednesday.", "washed", "accident"),
    ("The body of a fisherman washed up on the beach.", "washed", None),
    ("Officials closed the beaches on Monday.", "closed", "disruption"),
    ("Officials closed the meeting on Monday.", "closed", None),
])
def test_t29_oil_ashore_and_closed_beaches(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Patients at a public hospital were moved to private clinics after a generator failed on Tuesday.", "moved",
     "evacuation"),
    ("Patients were transferred from the hospital on Monday.", "transferred", "evacuation"),
    ("The injured patient was moved to a hospital in the capital.", "moved", None),
])
def test_t29_patients_moved_out_of_a_hospital(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A Swedish artillery battalion of about 600 soldiers crossed into Finland at the weekend.", "crossed",
     "deployment"),
    ("A patrol boat crossed into Norwegian waters.", "crossed", "military_patrol"),
    ("The hikers crossed into Poland on Monday.", "crossed", None),
])
def test_t29_a_force_crossing_into_a_country_is_a_deployment(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Hundreds of people left the valley after a rockfall on Thursday.", "rockfall", "natural_disaster"),
    ("Two rockfalls hit the mountain road on Friday.", "rockfalls", "natural_disaster"),
])
def test_t31_a_rockfall_is_a_natural_disaster(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("The sergeant was on patrol near the river on Sunday when shots were fired at him.", None),
    ("A corporal on patrol near the border was wounded by gunmen on Sunday.", None),
    ("Navy ships were on patrol in the strait on Monday.", "military_patrol"),
    ("Troops on patrol along the border exchanged fire with smugglers.", "military_patrol"),
])
def test_t31_one_soldier_on_patrol_is_no_patrol_event(trigger_of, text, event_type):
    assert _type(trigger_of(text, "patrol")) == event_type, text


@pytest.mark.parametrize(("text", "word", "factual"), [
    ("Elections in the province have a long history of violence.", "Elections", False),
    ("Protests in the capital have a history of turning violent.", "Protests", False),
    ("Elections in the province were held on Sunday amid violence.", "Elections", True),
])
def test_t31_events_that_have_a_history_are_generic(nlp, text, word, factual):
    from geomap.pipeline.event_factuality import non_factual

    tok = next(t for t in nlp(text) if t.text == word)
    assert find_trigger(tok) is not None, text
    assert (non_factual(tok) is None) == factual, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("Navy shadows a foreign warship escorting two tankers through the strait.", "military_patrol"),
    ("A Russian corvette escorting two tankers sailed through the strait on Wednesday.", "military_patrol"),
    ("Police officers escorting the suspect were attacked on Monday.", None),
])
def test_t31_a_warship_escorting_vessels_is_a_patrol(trigger_of, text, event_type):
    assert _type(trigger_of(text, "escorting")) == event_type, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("In June a dredger struck a moored bunker vessel at the terminal, spilling oil.", "accident"),
    ("Gunmen struck a police convoy near the town on Monday.", "attack"),
])
def test_t31_a_dredger_striking_a_vessel_is_an_accident(trigger_of, text, event_type):
    assert _type(trigger_of(text, "struck")) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Voting was suspended in the highland town on Sunday after a crowd stormed a school.", "Voting", "election"),
    ("Residents went to the polls on Sunday to choose a new president.", "polls", "election"),
    ("The results of the opinion polls were published on Sunday.", "polls", None),
])
def test_t33_voting_and_going_to_the_polls_is_an_election(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("About 60 activists gathered outside the gates of the base on Saturday, banging pots and carrying banners.",
     "protest"),
    ("Families gathered in the square on Saturday, carrying flowers and candles.", None),
])
def test_t33_a_gathering_with_banners_is_a_protest(trigger_of, text, event_type):
    assert _type(trigger_of(text, "gathered")) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Since Monday the agency has resumed airdrops of sorghum, beans and oil over the county.", "airdrops", "aid"),
    ("The army airdrops of paratroopers over the zone began at dawn.", "airdrops", None),
    ("Some 300 paratroopers jumped over a drop zone on Wednesday during the annual drills.", "jumped",
     "military_exercise"),
    ("Share prices jumped on Wednesday after the annual drills.", "jumped", None),
])
def test_t33_airdrops_of_food_and_exercise_jumps(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The country sent troops to the border and began digging a trench along the frontier.", "digging",
     "deployment"),
    ("Farmers dug a ditch near the border to water their fields.", "dug", None),
    ("Rescuers dug through the rubble to find survivors.", "dug", None),
    ("The drilling rig was towed into position near the gas field on Tuesday.", "towed", "vessel_movement"),
    ("The broken-down truck was towed into position behind the barrier.", "towed", None),
])
def test_t33_border_trench_and_rig_towed(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("He said a foreign surveillance ship had been tracked in the sea since Sunday.", "tracked", "military_patrol"),
    ("A foreign warship entered the strait and a navy patrol boat was shadowing it.", "shadowing",
     "military_patrol"),
    ("The stolen car had been tracked to a garage.", "tracked", None),
    ("Police said the suspect was followed and a patrol car was shadowing it.", "shadowing", None),
])
def test_t33_a_foreign_ship_tracked_is_a_patrol(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "event_type"), [
    ("Observers warned that the 2018 peace deal is at risk of collapse.", None),
    ("The rebels and the government signed the 2018 peace deal in the capital.", "agreement"),
])
def test_t33_an_agreement_named_by_its_year_is_no_new_agreement(trigger_of, text, event_type):
    assert _type(trigger_of(text, "deal")) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A spent rocket stage crashed into hills near a village on Friday evening.", "crashed", "accident"),
    ("Minutes later a booster fell on a hillside outside the village.", "fell", "accident"),
    ("The stage crashed during the concert and the band stopped playing.", "crashed", None),
    ("Share prices fell on Monday after the report.", "fell", None),
])
def test_t35_spent_rocket_parts_that_crash_are_an_accident(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Residents of the drop zone had been moved out the day before.", "moved", "evacuation"),
    ("The family moved out of the flat last year.", "moved", None),
    ("The government on Tuesday added three fishing companies to its sanctions list.", "added", "sanctions"),
    ("She added two names to the guest list.", "added", None),
    ("The trawler was refused entry to the port on Tuesday evening.", "refused", "vessel_movement"),
    ("The journalist was refused entry to the country.", "refused", None),
])
def test_t35_moved_out_sanctions_list_and_ship_refused_entry(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A fire broke out late on Monday on an offshore platform in the gulf, killing two workers.", "killing",
     "accident"),
    ("Last year a fire on the drilling rig killed two workers.", "fire", "accident"),
    ("A forest fire killed two people near the town.", "fire", "natural_disaster"),
])
def test_t35_a_fire_on_an_offshore_platform_is_an_accident(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Thousands of tea workers strike over wages in the hills.", "strike", "protest"),
    ("A drone struck the depot overnight.", "struck", "attack"),
    ("Gunmen stopped a convoy of fuel trucks on the road and set fire to six vehicles.", "convoy", None),
    ("A convoy carrying food and medicine crossed into the town on Monday.", "convoy", "aid"),
])
def test_t35_workers_who_strike_and_a_convoy_held_up(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A regional court ruled on Monday that officers used excessive force at the march.", "ruled", "court_ruling"),
    ("The judge ruled on Monday that the contract was void, and ordered the firm to repay the money.", "ordered",
     "court_ruling"),
    ("The appeals court overturned the verdict on Friday.", "overturned", "court_ruling"),
    ("The ruling party won most of the seats.", "ruling", None),
    ("The judge ruled out a retrial.", "ruled", None),
    ("The king ruled the country for twenty years.", "ruled", None),
    ("The general ordered his troops to advance.", "ordered", None),
])
def test_t37_a_court_ruling(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Supporters of the two rival parties scuffled outside the school around noon, officers said.", "scuffled",
     "attack"),
    ("Customs officers found 300 kg of heroin hidden in a lorry at the border post.", "found", "seizure"),
    ("Researchers found traces of cocaine in the river water.", "found", None),
    ("The utility has cut water supply to parts of the town since Monday as a precaution.", "cut", "disruption"),
    ("The town cut water use by ten percent.", "cut", None),
    ("A sixth suspect was stopped at a police roadblock the next morning with a bag of cash.", "stopped", "arrest"),
    ("The bus was stopped at a police checkpoint for an hour.", "stopped", None),
    ("The frigate and a supply ship left port on Monday. The two vessels passed through the Strait of Gibraltar "
     "on Tuesday.", "passed", "military_patrol"),
    ("The ferry operator said two ships left port. The two vessels passed through the Strait of Gibraltar on "
     "Tuesday.", "passed", None),
])
def test_t37_scuffles_drugs_found_supply_cut_roadblock_and_warships_passing(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("An orbital rocket built by a startup crashed into the sea about 40 seconds after lifting off on Wednesday.",
     "crashed", "accident"),
    ("The rocket exploded on the launch pad during a test on Tuesday.", "exploded", "accident"),
    ("A rocket fired by militants crashed into a house in the town.", "crashed", None),
    ("The town declared a local state of emergency on Tuesday after fuel was found in the water.", "declared",
     "disruption"),
    ("The president declared victory on Tuesday.", "declared", None),
    ("Soldiers began pumping and purifying water for residents on Monday.", "purifying", "aid"),
    ("Engineers pumped water out of the flooded mine on Monday.", "pumped", None),
])
def test_t39_launch_failure_state_of_emergency_and_water_for_residents(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The mayor immediately shot down rumors that he would resign.", "shot", None),
    ("The boy suffered hundreds of epileptic seizures a week until he tried the oil.", "seizures", None),
    ("Guards seized a tanker in the strait, and the seizure was condemned.", "seizure", "seizure"),
    ("Critics questioned the ramification of the whole exercise.", "exercise", None),
    ("The chief of staff has clashed with the president's son-in-law over policy.", "clashed", None),
    ("Police clashed with protesters outside the parliament on Monday.", "clashed", "attack"),
    ("A soldier clashed with a gunman near the border post.", "clashed", "attack"),
    ("The Speaker moved the House for the no-confidence vote on Tuesday.", "vote", None),
])
def test_t39_other_senses_rumors_fits_undertakings_quarrels_and_confidence_votes(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Woman accused of attacking people with box cutter.", "accused", None),
    ("The opposition accused the army of shelling the village.", "accused", "statement_criticism"),
])
def test_t39_headline_passive_accused(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A provincial court on Monday suspended the environmental licence of a gold mining project.", "suspended",
     "court_ruling"),
    ("The judge suspended the hearing until Friday.", "suspended", None),
    ("About 300 residents of nearby apartment blocks were moved to a school on Monday.", "moved", "evacuation"),
    ("The students were moved to a new school last year.", "moved", None),
    ("An explosion tore through a covered market on Sunday, killing seven people, blaming a leak from a gas pipe.",
     "explosion", "accident"),
    ("An explosion tore through a market on Sunday, killing seven people; police said it was a bomb.", "explosion",
     "attack"),
])
def test_t41_court_suspends_people_moved_to_school_and_gas_leak_blast(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A court sentenced the owner of the nightclub in the town where 62 people died in a fire. The fire broke out "
     "at night.", "broke", "accident"),
    ("Villagers in the valley where two people died in a fire last year fled. The fire broke out at night.", "broke",
     "natural_disaster"),
])
def test_t41_fire_in_a_building_named_in_a_where_clause(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The electoral commission said on Monday that the ruling party had won a majority of the municipal councils.",
     "won", "election"),
    ("The party won praise for its plan.", "won", None),
    ("The team won the cup.", "won", None),
])
def test_t41_party_wins_a_majority(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("A cargo ship lost about 30 containers overboard off the coast in heavy seas on Friday.", "lost", "accident"),
    ("The shipping line lost market share last year.", "lost", None),
    ("Officials said a farmer died there of bubonic plague on Monday.", "died", "disease_outbreak"),
    ("Police have sealed off the village after a boy died of cholera on Sunday.", "sealed", "disease_outbreak"),
    ("The company sealed off the envelope.", "sealed", None),
    ("Ten of the injured were taken by helicopter to hospitals in the capital.", "taken", "evacuation"),
    ("The documents were taken by courier to the office.", "taken", None),
    ("The rebels released four aid employees on Monday who had been held for a year.", "released", "release"),
])
def test_t43_lost_cargo_plague_death_sealed_off_air_evacuation_and_held_employees(trigger_of, text, word,
                                                                                   event_type):
    assert _type(trigger_of(text, word)) == event_type, text


def test_t43_a_call_for_a_release_is_no_release(events_of):
    text = "The agency welcomed the move on Tuesday, calling for the release of all remaining detainees."
    assert not [e for e in events_of(text) if e.event_type == "release"]


def test_t43_the_injured_of_an_earthquake_are_no_attack(trigger_of):
    text = ("A strong earthquake struck the province on Friday, injuring 68 people. Thirteen of the injured were "
            "later moved to the capital.")
    assert _type(trigger_of(text, "injured")) != "attack", text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The new container ship arrived at Lorenport at the weekend on its maiden voyage.", "arrived", "vessel_movement"),
    ("The trawler arrived in port on Sunday.", "arrived", "vessel_movement"),
    ("The foreign minister arrived at Lorenport on Monday.", "arrived", "visit"),
    ("Border guards pulled the buoys marking the frontier out of the river overnight.", "pulled", "seizure"),
    ("Last year the guards removed 20 of about 40 buoys placed near the town.", "removed", "seizure"),
    ("Port workers removed the buoys from the harbour for the winter.", "removed", None),
    ("A cloud of black graphite dust settled over the village on Friday, coating cars.", "settled", "accident"),
    ("Coal dust rained on the village on Tuesday.", "rained", "accident"),
    ("A cloud of desert dust settled over the capital on Friday.", "settled", None),
    ("On Monday about 400 villagers marched the 15 kilometres to the town carrying banners.", "marched", "protest"),
])
def test_t45_ship_arrival_buoys_removed_industrial_dust_and_march_distance(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The governor imposed a dusk-to-dawn curfew on the port city on Tuesday.", "curfew", "disruption"),
    ("Officials lifted the lockdown in the northern province on Friday.", "lockdown", "disruption"),
    ("The mines inspectorate issued a stop-work order at the quarry on Monday.", "order", "disruption"),
    ("The judge issued an order on Monday barring the sale of the land.", "order", None),
    ("People living near the refinery were told to stay indoors after the fire.", "stay", "disruption"),
    ("She stayed indoors all weekend to finish the novel.", "stayed", None),
    ("Border officials began screening travellers arriving from the north for fever.", "screening", "disruption"),
    ("The festival screened a documentary about the fishing fleet on Friday.", "screened", None),
    ("Soldiers launched a sweep of the forest villages after the ambush on Tuesday.", "sweep", "military_patrol"),
    ("The opposition made a clean sweep of the seats in the capital.", "sweep", None),
    ("The bloc announced the suspension of trade talks with the neighbouring state.", "suspension",
     "reduce_relations"),
    ("The intruders forced the suspension of live-fire drills at the range.", "suspension", None),
])
def test_t47_curfews_orders_screening_sweeps_and_suspended_drills(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "kept"), [
    ("The island's east coast is regularly hit by cyclones from the Bay of Bengal.", False),
    ("Landslides often block the mountain highway during the monsoon.", False),
    ("A cyclone hit the island's east coast on Monday, flattening homes.", True),
])
def test_t47_habitual_subject_or_agent_is_no_event(events_of, text, kept):
    found = [e for e in events_of(text) if e.event_type == "natural_disaster"]
    assert bool(found) == kept, (text, found)


@pytest.mark.parametrize("text, word, event_type", [
    ("The wounded were flown by helicopter to the regional hospital on Monday.", "wounded", None),
    ("Doctors said the injured included two children.", "injured", None),
    ("Three soldiers were wounded in the ambush on Monday.", "wounded", "attack"),
    ("The wounded soldiers were flown to the capital.", "wounded", None),
])
def test_participle_naming_people_is_no_event(trigger_of, text, word, event_type):
    # "the wounded" are people; "were wounded" is the attack
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # people expelled from a country are deported; a diplomat's expulsion lowers relations
    ("The authorities expelled about 900 migrants to the northern border last month.", "expelled", "arrest"),
    ("Rights groups condemned the expulsion of hundreds of refugees to the frontier.", "expulsion", "arrest"),
    ("The senator was expelled from the party after the vote.", "expelled", None),
    ("The government expelled two Russian diplomats on Friday.", "expelled", "reduce_relations"),
    # a labour strike over pay is a stoppage; an air strike over a town an attack
    ("Police detained eleven people as a strike over wages entered its third week.", "strike", "protest"),
    ("The air strike over the town destroyed a school.", "strike", "attack"),
    # a cloudburst is a downpour: its deaths are the disaster
    ("A cloudburst over the hills killed three villagers on Sunday.", "killed", "natural_disaster"),
    # a road cut or washed away is a disruption; a cut budget is none
    ("The highway to the pass was cut in several places by mudslides.", "cut", "disruption"),
    ("Two bridges were washed away by the torrent on Tuesday.", "washed", "disruption"),
    ("Funding for the clinic was cut in the spring budget.", "cut", None),
    # ferry sailings cancelled are a transport disruption
    ("The operator cancelled all sailings to the islands because of the gale.", "cancelled", "disruption"),
    ("The organisers cancelled the concert because of the gale.", "cancelled", None),
    # troops ordered to a place or sent there (also passive) are deployed
    ("The prime minister ordered 500 troops to the northern province on Monday.", "ordered", "deployment"),
    ("The general ordered the troops to withdraw from the hills.", "ordered", None),
    ("Hundreds of police were sent to the island after the riot.", "sent", "deployment"),
    # lava reaching or covering things is part of the eruption
    ("Lava crossed the coastal highway early on Wednesday.", "crossed", "natural_disaster"),
    ("The lava flow buried a dozen houses overnight.", "buried", "natural_disaster"),
    ("The rescuers crossed the coastal highway early on Wednesday.", "crossed", None),
    # an airlift of people by helicopter or military aircraft is an evacuation
    ("Two army helicopters flew 80 hikers from the glacier to the valley town.", "flew", "evacuation"),
    ("The airline flew four million passengers last year.", "flew", None),
    # calling in a diplomat is a summons, and the protest is its reason
    ("The foreign ministry called in the Russian ambassador to protest against the detention.", "called",
     "diplomatic_summons"),
    ("The foreign ministry called in the Russian ambassador to protest against the detention.", "protest", None),
    ("The coach called in two young players for the match.", "called", None),
    ("Thousands of farmers marched to protest against the new tax.", "protest", "protest"),
])
def test_t49_expulsions_pay_strikes_cut_roads_orders_lava_airlifts_and_summons(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a vessel that loses propulsion (also in an "after ..." clause) or suffers an engine fault is an accident
    ("The cargo ship was towed into port on Monday after losing propulsion off the cape.", "losing", "accident"),
    ("The runner was taken to hospital after losing consciousness near the finish.", "losing", None),
    ("The ferry suffered an engine-room fault shortly after leaving the harbour.", "fault", "accident"),
    ("A subsea power cable developed a fault on Tuesday.", "fault", "disruption"),
    ("The minister said the delay was not the ferry operator's fault.", "fault", None),
    # a disabled vessel towed back to port
    ("The trawler was towed back to Falmouth by a lifeboat.", "towed", "vessel_movement"),
    ("The broken-down car was towed back to the garage.", "towed", None),
    # people pulled from a place of danger are rescued
    ("Volunteers in boats pulled dozens of people from rooftops overnight.", "pulled", "evacuation"),
    ("Rescuers pulled two survivors from the rubble of the hotel.", "pulled", "evacuation"),
    ("The government pulled its troops from the region last year.", "pulled", None),
    # a vehicle or people swept away or off a road by water are a flood's victims
    ("A car carrying four people was swept off a flooded road near the village.", "swept", "natural_disaster"),
    ("Two fishermen were swept away by floodwaters on Sunday.", "swept", "natural_disaster"),
    ("The singer was swept off her feet by the applause.", "swept", None),
    # vaccine doses sent and flown in are aid
    ("The ministry sent 80,000 doses of cholera vaccine on Monday, flown in on a military plane.", "sent", "aid"),
    ("The ministry sent a letter to the mayor on Monday.", "sent", None),
    # stolen goods found by officers are a seizure
    ("Customs officers found 35 stolen cars in containers bound for West Africa.", "found", "seizure"),
    ("Researchers found 35 rare beetles in the containers.", "found", None),
    # suspects remanded in custody are detained; a case remanded to a lower court is not
    ("Four men appeared in court and were remanded in custody until next month.", "remanded", "arrest"),
    ("The supreme court remanded the case to the lower court.", "remanded", None),
    # weapons handed over are disarmament; power handed over is no event
    ("The armed group handed over 200 rifles to the army on Thursday.", "handed", "release"),
    ("The first handover of weapons took place at the camp on Thursday.", "handover", "release"),
    ("The outgoing president handed over power to his successor.", "handed", None),
    # a collective agreement in force is a labour contract, no agreement event
    ("The strike was called over a stalled collective agreement covering 20,000 workers.", "agreement", None),
    ("The two governments signed an agreement on fishing rights.", "agreement", "agreement"),
])
def test_t50_disabled_ships_rescues_swept_vehicles_contraband_remands_and_disarmament(trigger_of, text, word,
                                                                                       event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a harm whose subject is an earthquake, even when parsed as an apposition, is the disaster
    ("The town was devastated in 2016, when a magnitude 6.2 earthquake killed 300 people.", "killed",
     "natural_disaster"),
    ("The town was devastated in 2016, when a gunman killed 30 people.", "killed", "attack"),
])
def test_t50_quake_deaths_are_the_disaster(nlp, text, word, event_type):
    from geomap.pipeline.event_triggers import cause_of

    tok = next(t for t in nlp(text) if t.text == word)
    cause = cause_of(tok)
    assert (cause[1][0] if cause else _type(find_trigger(tok))) == event_type, text


@pytest.mark.parametrize(("text", "word", "factual"), [
    ("Police closed the road, the route most often targeted by bandit ambushes.", "ambushes", False),
    ("Police closed the road, the route targeted by an ambush on Tuesday.", "ambush", True),
])
def test_t50_a_route_often_targeted_is_a_habit(nlp, text, word, factual):
    from geomap.pipeline.event_factuality import non_factual

    tok = next(t for t in nlp(text) if t.text == word)
    assert find_trigger(tok) is not None, text
    assert (non_factual(tok) is None) == factual, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a death in hospital in an outbreak report, also when the hospital's long name is misparsed
    ("The cholera outbreak spread to the capital, where a woman died on Monday at the St Mary Mission and District"
     " Hospital in Ruiru town, officials said.", "died", "disease_outbreak"),
    ("A farmer died on Monday at the Mission and District Hospital in Ruiru town, officials said.", "died", None),
    # a death in flood water is the flood's; a body found elsewhere is no event
    ("A 64-year-old woman was found dead in her car in a flooded tunnel outside Valencia.", "found",
     "natural_disaster"),
    ("Two fishermen died in the floodwaters near the river mouth on Sunday.", "died", "natural_disaster"),
    ("A 64-year-old woman was found dead in her flat outside Valencia.", "found", None),
    ("Engineers found flooded cellars in the old town on Tuesday.", "found", None),
    # a ship named after its kind leaves a port
    ("The research vessel Sea Falcon left the port of Valletta on Tuesday evening.", "left", "vessel_movement"),
    ("The singer Maria Lopez left the port of Valletta on Tuesday evening.", "left", None),
    # a state's protest is an official complaint, people's protest stays a protest
    ("Beijing protests the arms sale to the island.", "protests", "statement_criticism"),
    ("The foreign ministry protested the detention of two fishermen.", "protested", "statement_criticism"),
    ("Thousands of workers protested outside the parliament on Monday.", "protested", "protest"),
    ("Students staged a protest outside the ministry on Monday.", "protest", "protest"),
])
def test_t4_hospital_and_flood_deaths_named_ships_and_state_protests(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "factual"), [
    # disasters described by what they do each year are a kind of event, no event
    ("The archipelago lies in the path of the storms that form over the Bay of Bengal each year.", "storms", False),
    ("The valley sits in the path of many of the floods that often hit the region.", "floods", False),
    ("The island lies in the path of many of the typhoons that form in the Pacific each year.", "typhoons", False),
    ("The island was in the path of the typhoon that formed in the Pacific on Monday.", "typhoon", True),
    ("The town lies in the path of the flood that hit the region last week.", "flood", True),
])
def test_t4_disasters_described_by_a_habit_are_no_event(nlp, text, word, factual):
    from geomap.pipeline.event_factuality import non_factual

    tok = next(t for t in nlp(text) if t.text == word)
    assert find_trigger(tok) is not None, text
    assert (non_factual(tok) is None) == factual, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a headline's "; Country protests" is the state's complaint; "Country protests" as a subject are street protests
    ("Navy seizes fishing boats near disputed reef; Vietnam protests", "protests", "statement_criticism"),
    ("Kenya protests turn deadly as police fire tear gas in Nairobi", "protests", "protest"),
    # a protest lodged keeps its sense (it is placed where it is lodged)
    ("Tokyo lodged a protest through its embassy in Beijing on Sunday.", "protest", "protest"),
])
def test_t4_headline_state_protests(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # people turned back at a border: a border enforcement act, typed like "expelled 300 migrants"
    ("Border guards turned back a group of travellers at the crossing on Monday.", "turned", "arrest"),
    ("The navy pushed back 200 migrants who tried to land on the island.", "pushed", "arrest"),
    ("The mayor turned back the clock on the city's parking rules.", "turned", None),
    ("Police turned back the marchers before they reached the square.", "turned", None),
    # a convoy moving people (returnees, evacuees) is a movement out or home; a fuel convoy is none
    ("A convoy of 30 buses carrying about 1,500 refugees left the camp on Tuesday for the border.", "left",
     "evacuation"),
    ("A convoy of fuel trucks left the depot on Tuesday for the capital.", "left", None),
    # a force sent, the object read as a dative before a ship's name
    ("The navy sent the patrol ship Aegis to the island on Friday.", "sent", "deployment"),
    ("The ministry sent the families a letter about the new rules.", "sent", None),
    # captives counted by a partitive ("12 of the hostages") are freed captives
    ("Soldiers freed eight of the hostages in a raid on a forest camp.", "freed", "release"),
    ("The new law freed eight of the companies from the tax.", "freed", None),
    # state vessels seen or staying off a place are a patrol; fishing boats are not
    ("Three Chinese coast guard ships remained near the reef on Saturday.", "remained", "military_patrol"),
    ("Two Russian warships were spotted off the coast on Sunday.", "spotted", "military_patrol"),
    ("Dozens of fishing boats remained near the reef on Saturday.", "remained", None),
    ("A frigate was spotted in the harbour by a tourist.", "spotted", None),
    # sanctions that "target" firms named by an apposition aim at no one with arms
    ("The package also targets the steel producer Zenit Metal and three trading firms.", "targets", None),
    ("Envelopes of white powder targeted ten churches in the city.", "targeted", "crime"),
])
def test_t5_borders_convoys_ships_and_partitive_captives(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text


@pytest.mark.parametrize(("text", "word", "factual"), [
    # a subject with "no" negates its verb's event
    ("No ferries left the port on Friday because of the strike.", "left", False),
    ("Two ferries left the port on Friday despite the strike.", "left", True),
    # what a demand or appeal wants ended is not reported as happening there
    ("Hundreds marched through the capital, demanding an end to the military exercises.", "exercises", False),
    ("Church leaders called for a halt to the bombing of the city.", "bombing", False),
    ("The army brought the exercises to an end on Friday.", "exercises", True),
])
def test_t5_negated_subjects_and_demanded_ends(nlp, text, word, factual):
    from geomap.pipeline.event_factuality import non_factual

    tok = next(t for t in nlp(text) if t.text == word)
    assert find_trigger(tok) is not None, text
    assert (non_factual(tok) is None) == factual, text


@pytest.mark.parametrize(("text", "word", "event_type"), [
    # a body reading taken of travellers at a border is screening
    ("Nurses began checking the temperatures of passengers arriving at the airport on Monday.", "checking",
     "disruption"),
    ("Port health staff checked the travellers' temperatures at the ferry terminal.", "checked", "disruption"),
    ("Divers checked the temperature of the water near the reef on Monday.", "checked", None),
    ("Officers checked the passports of travellers at the crossing.", "checked", None),
    # a vessel, however named, escorted or towed into (bare) port; a squid jigger is a fishing vessel
    ("The seized jigger was escorted to the harbour at the naval base on Sunday.", "escorted", "vessel_movement"),
    ("The stricken catamaran was towed into port late on Friday.", "towed", "vessel_movement"),
    ("Police escorted the visiting fans to the port after the match.", "escorted", None),
    ("Guards escorted the minister into the port of the capital.", "escorted", None),
    # a weather service's warning of rain is a forecast; an authority warning people is a statement
    ("The national weather service warned of more heavy rain through the weekend.", "warned", None),
    ("Forecasters warned that more snow was expected in the mountains.", "warned", None),
    ("The fire service warned residents near the dam to be ready to leave.", "warned", "statement_warning"),
])
def test_t6_temperature_checks_vessels_into_port_and_weather_warnings(trigger_of, text, word, event_type):
    assert _type(trigger_of(text, word)) == event_type, text
