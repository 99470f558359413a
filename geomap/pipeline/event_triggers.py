"""Which words name an event: the trigger lexicon (the event taxonomy) and trigger detection in a parse.

Taxonomy (type → PLOVER category / CAMEO root), documented in the README: military_exercise (MOBILIZE/15),
deployment (MOBILIZE/15), attack (ASSAULT/19), armed_conflict (ASSAULT/19), visit (CONSULT/04), meeting
(CONSULT/04), agreement (AGREE/05), aid (AID/07), protest (PROTEST/14), sanctions (SANCTION/16), arrest
(COERCE/17), statement_criticism (ACCUSE/11), statement_threat (THREATEN/13: the speaker says it would act),
statement_warning (–/012: a warning of harm the speaker does not threaten), diplomatic_summons (ACCUSE/111),
reduce_relations (SANCTION/161: "suspended its partnership with X"), protest also for labour strikes
(PROTEST/143), crime (–: robbery, kidnapping), court_ruling (–: a court, judge or tribunal that rules, orders,
upholds, overturns or acquits; a sentence or conviction stays an arrest), election (–), natural_disaster (–: also named storms, "the
earthquake struck", fires that burn), disease_outbreak (–), evacuation (–: "evacuate", "airlifted residents"),
accident (–: a vessel that capsizes or sinks, a spill, a collision, a crash of a vehicle, a structure
that collapses or bursts), seizure (COERCE/171: a ship or goods taken by force, a vessel intercepted at sea),
release (CONCEDE/0841: captives freed, exchanged or handed over), disruption (–: transport cut: "the airport was
closed", "flights were cancelled or diverted"; also normal life stopped by an order, like a state of emergency: a
curfew, a lockdown, a stop-work or stay-indoors order, travellers screened at a port; people moved "into
shelters" are an evacuation). A disaster that is only forecast or warned of ("warned of heavy rain", "forecasters expect heavy rain") is no event; "a cyclone is
expected to make landfall on Friday" is a future one. "Erupt" / "break out" follow their subject: violence and
clashes are an attack, fighting an armed conflict, a volcano a natural disaster, anger nothing. vessel_movement
(–: a ship or boat that leaves or reaches a place, "the boat left Nouadhibou"; a ship's port call is a visit). Weapons that hit or damage something attack it; an aid convoy that moves is aid.
Conflict verbs (PLOVER ASSAULT): killing, wounding and arson (CAMEO 190/180), murder and executions of captives
(180), assassination (186), bombings ("detonated", "exploded", "blew up": 183), weapons launched (195), ground
taken or entered by force (192: "captured the town"; captured people are a detention, captured tanks a seizure).
A harm verb is the event that caused it in its clause (:func:`cause_of`: "an air strike killed 12" is the strike,
"the earthquake killed 12" the disaster), and "began", "occurred", "broke out", "erupted" are their event noun.
Some words are triggers only in one sense (:func:`find_trigger`): "send"/"dispatch" with a force and a
destination, "fly" to a place, "suspend" with a relation as object, "war games", heavy rain, "due in X".
Maritime and infrastructure words: a vessel boarded by guards is a seizure, people rescued an evacuation, a ship
that runs aground (or is refloated) an accident, a damaged cable or a link's fault a disruption, a road blocked by
people a protest (by anything else a disruption); "striking drivers" are on a labour strike, a ship "struck by a
wave" meets a natural force and one struck by a trawler a collision. Naval and air shadowing is a military patrol
(:func:`_shadowing`): a warship or military aircraft that shadows, escorts, monitors, tracks or intercepts a vessel
or aircraft, warships that transit, jets scrambled, a hand-over of the watch.
Other senses and types (:func:`_word_sense`): "the accused", "storm to the title", "a legal battle", "get a deal",
"a statement he signed", a warning that threatens nothing, a band's tour or police arriving at a scene are no
event; a team that flies somewhere is deployed, a disease that strikes is an outbreak, and a killing with no doer
belongs to the disaster or outbreak nearest before it (:func:`_context_cause`).
Aid sent (:func:`_aid_sent`): "sent rescuers and relief supplies to X", "flew in supplies", "delivered food" are
aid (CAMEO 073, also rescue teams sent abroad); troops sent with it make it a deployment. People who flee ("3,000
people fled across the river into X"; "crossed into X" in an article about fleeing) are an evacuation
(:func:`_people_fled`); a bridge, border crossing or road closed is a disruption.
People "taken into custody" are arrested, "a smash-and-grab" and an armed "hold-up" are robberies (crime), and
a crowd that gathers "to demand" something is a protest (not "gathered evidence", not leaders who gather).
Light verbs ("hold an exercise", "the exercise will be held") lend a nominal trigger their arguments
(:func:`trigger_anchors`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..model import Toponym

#: lemma → (event type, PLOVER/CAMEO code, allowed coarse POS)
TRIGGERS: dict[str, tuple[str, str, tuple[str, ...]]] = {}


def _add(event_type: str, code: str, pos: tuple[str, ...], *lemmas: str) -> None:
    for lemma in lemmas:
        # one entry per lemma: a second would silently replace the first (its type or its parts of speech)
        if lemma in TRIGGERS:
            raise ValueError(f"trigger {lemma!r} is listed twice")
        TRIGGERS[lemma] = (event_type, code, pos)


NOUN = ("NOUN",)
VERB = ("VERB",)
BOTH = ("NOUN", "VERB")
_add("military_exercise", "MOBILIZE/150", NOUN, "exercise", "drill", "manoeuvre", "maneuver", "wargame",
     "war-game", "exercises", "drills", "maneuvers", "manoeuvres", "wargames")
_add("military_patrol", "MOBILIZE/150", BOTH, "patrol", "patrols")
# naval and air shadowing: a warship that shadows, escorts, monitors or tracks a foreign vessel, warships that
# transit a strait, jets scrambled to intercept aircraft, a frigate that hands over the watch (only with a
# warship, a military aircraft or a force as the one watching and a vessel or aircraft watched, see
# :func:`_shadowing`; "a journalist monitored the news" is no event)
_add("military_patrol", "MOBILIZE/150", VERB, "shadow", "escort", "monitor", "track", "tail", "trail", "transit",
     "scramble")
# surveillance of a foreign craft: "F-35s identified a Russian patrol aircraft", "a frigate spotted two warships"
# (like shadowing: only with a military craft watching a vessel or aircraft, see :func:`_shadowing`)
_add("military_patrol", "MOBILIZE/150", VERB, "identify", "spot", "sight", "detect")
# a sea or air search by military craft: "navy ships and aircraft searched the waters", "the coast guard launched a
# search operation" (a patrol of an area, CAMEO 150; people found and taken out of danger are a rescue, an
# evacuation; only with such searchers, see :func:`_military_search`; "police searched the house" is no event)
_add("military_patrol", "MOBILIZE/150", BOTH, "search")
_add("deployment", "MOBILIZE/150", BOTH, "deploy", "deployment", "mobilize", "mobilise", "mobilization")
_add("attack", "ASSAULT/190", BOTH, "attack", "strike", "airstrike", "air strike", "bombing", "bomb", "shelling",
     "shell", "raid", "assault", "ambush", "invade", "invasion", "offensive", "bombard", "bombardment", "clash",
     "massacre", "shoot", "shooting", "explosion", "blast", "incursion")
_add("armed_conflict", "ASSAULT/190", NOUN, "war", "fighting", "conflict", "battle", "insurgency")
_add("visit", "CONSULT/042", BOTH, "visit", "trip", "tour")
_add("visit", "CONSULT/042", VERB, "travel", "arrive")
_add("meeting", "CONSULT/040", NOUN, "meeting", "talk", "talks", "summit", "negotiation", "conference")
_add("meeting", "CONSULT/040", VERB, "meet", "negotiate")
_add("agreement", "AGREE/057", NOUN, "agreement", "treaty", "accord", "deal", "pact")
_add("agreement", "AGREE/057", VERB, "sign")
# "agreed to reopen the crossing", "agreed on a ceasefire": only with what is agreed, see find_trigger
_add("agreement", "AGREE/057", VERB, "agree")
_add("aid", "AID/070", NOUN, "aid", "assistance", "relief")
_add("aid", "AID/070", VERB, "donate")
# "an aid convoy reached X", "a convoy carrying food crossed into X": only with aid as its load, see find_trigger
_add("aid", "AID/070", NOUN, "convoy")
_add("protest", "PROTEST/140", BOTH, "protest", "demonstration", "rally")
_add("protest", "PROTEST/140", NOUN, "protester", "protesters", "demonstrator", "demonstrators")
_add("attack", "ASSAULT/190", VERB, "fire")  # only with a weapon as object: see find_trigger
# "a speedboat rammed a patrol boat", "a car rammed into the crowd": only a vessel, vehicle or people hit, see
# :func:`_rammed`
_add("attack", "ASSAULT/190", VERB, "ram")
# "supporters of the two parties scuffled outside", "a scuffle at the polling station": a brawl, like a clash
_add("attack", "ASSAULT/190", BOTH, "scuffle", "scuffles")
_add("protest", "PROTEST/140", VERB, "demonstrate")
# "marched to parliament", "police broke up a march", "arrested during the march" (the month is a proper noun:
# "in March")
_add("protest", "PROTEST/140", BOTH, "march", "marches")
_add("sanctions", "SANCTION/163", BOTH, "sanction", "sanctions", "embargo")
_add("arrest", "COERCE/173", BOTH, "arrest", "detain", "detention")
# a manhunt for people on the run: "police were hunting for 14 escaped inmates", "a manhunt for the gunmen" (CAMEO
# 173 arrest; only police or troops hunting wanted people, see :func:`_manhunt`; not "hunting for bargains")
_add("arrest", "COERCE/173", VERB, "hunt")
_add("arrest", "COERCE/173", NOUN, "manhunt", "manhunts")
# a court's punishment (CAMEO 173 "arrest, detain, or charge with legal action"): "sentenced him to six years"
_add("arrest", "COERCE/173", VERB, "sentence", "convict", "jail", "imprison")
# "were remanded in custody": held by order of a court until trial (CAMEO 173); not "the appeals court remanded
# the case to a lower court" (see find_trigger)
_add("arrest", "COERCE/173", VERB, "remand")
# people expelled from a country by its authorities (CAMEO 174 "expel or deport individuals"): "the court ordered
# their deportation", "deported two activists"; only with whom it deports, see :func:`_deportation`
_add("arrest", "COERCE/174", BOTH, "deport", "deportation")
# "a frigate docked in Mombasa": a ship's port call is a visit (only with where it docked, see find_trigger)
_add("visit", "CONSULT/042", VERB, "dock")
# "were charged with drug trafficking": CAMEO 173 "charge with legal action" (only a charge "with" an offence,
# see find_trigger; not "charged the enemy lines" nor "charged a fee")
_add("arrest", "COERCE/173", VERB, "charge")
# "the volcano spewed a column of ash": a volcano's eruption (only with a volcano as subject, see find_trigger)
_add("natural_disaster", "", VERB, "spew", "belch")
_add("statement_criticism", "ACCUSE/111", VERB, "criticize", "criticise", "condemn", "denounce", "accuse", "blame")
_add("statement_threat", "THREATEN/130", VERB, "warn", "threaten")
_add("election", "", NOUN, "election", "referendum", "vote")
_add("natural_disaster", "", BOTH, "earthquake", "quake", "flood", "flooding", "landfall", "hurricane", "typhoon",
     "cyclone", "storm", "wildfire", "tsunami", "eruption", "landslide", "drought", "tornado", "erupt")
# "after a rockfall late on Thursday": a mass of rock falling from a slope, like a landslide
_add("natural_disaster", "", NOUN, "rockfall", "rockfalls", "rockslide", "rockslides")
_add("disease_outbreak", "", NOUN, "outbreak", "epidemic", "pandemic")
_add("natural_disaster", "", NOUN, "rain", "rainfall", "downpour", "blizzard", "snowstorm", "heatwave")
# "a cloudburst over the valley killed five": a sudden, very heavy downpour over a small area
_add("natural_disaster", "", NOUN, "cloudburst", "cloudbursts")
# "send troops / agents / warships to X" (only with a force as object: see find_trigger)
_add("deployment", "MOBILIZE/150", VERB, "send", "dispatch")
# travel verbs are visits only with a destination ("flew to Jajarkot"): see find_trigger
_add("visit", "CONSULT/042", VERB, "fly")
# "summoned the ambassador": a formal diplomatic complaint (CAMEO 111 criticize or denounce)
_add("diplomatic_summons", "ACCUSE/111", VERB, "summon")
# "suspended its partnership with X", "severed ties": CAMEO 16 reduce relations (PLOVER SANCTION)
_add("reduce_relations", "SANCTION/161", VERB, "suspend", "sever", "downgrade", "freeze")
_add("reduce_relations", "SANCTION/161", NOUN, "suspension")
# a curfew or lockdown imposed on a place: normal life stopped by an order, a disruption like a declared state of
# emergency (the place's own authorities act, so it takes the place's country): "the prefect imposed a night-time
# curfew", "a curfew from 10 p.m. will apply in X"
#: disruption nouns that are an order on a place by themselves (no airport, route or flights needed)
ORDERED_STOPS = frozenset({"curfew", "curfews", "lockdown", "lockdowns"})
_add("disruption", "", NOUN, *sorted(ORDERED_STOPS))
# diplomats expelled or declared persona non grata (CAMEO 161, as reduce_relations elsewhere): only with a diplomat as
# the one expelled, see :func:`_expelled_diplomat` ("expelled from school" is no event)
_add("reduce_relations", "SANCTION/161", BOTH, "expel", "expulsion")
# ordinary crime (no PLOVER/CAMEO category; ACLED would file it under violence against civilians)
_add("crime", "", BOTH, "rob", "robbery", "heist", "burglary", "kidnap", "kidnapping", "abduction", "abduct")
# labour: a walkout is a strike (CAMEO 143)
_add("protest", "PROTEST/143", NOUN, "walkout", "walkouts")
# gunfire: "exchange of fire" and the like (the noun "fire" itself: see find_trigger)
_add("attack", "ASSAULT/190", NOUN, "gunfire", "shellfire", "firing")
_add("natural_disaster", "", NOUN, "blaze", "bushfire", "firestorm")
# people moved out of danger (no PLOVER/CAMEO category)
_add("evacuation", "", BOTH, "evacuate", "evacuation")
_add("evacuation", "", VERB, "airlift")  # only with people as object: see find_trigger
# accidents (no PLOVER/CAMEO category): "sink" and "crash" only with a vessel or vehicle: see find_trigger
_add("accident", "", VERB, "capsize", "sink", "collide", "derail")
_add("accident", "", NOUN, "collision", "derailment", "spill", "shipwreck", "slick")
_add("accident", "", BOTH, "crash")  # one entry for both: a later NOUN-only entry would hide the verb
# a structure that gives way ("a tunnel collapsed", "the dam burst"): only with a structure, see find_trigger
_add("accident", "", BOTH, "collapse")
_add("accident", "", VERB, "burst", "breach")
# "missiles hit a power plant", "debris damaged a substation": harm verbs are attacks only with a weapon as
# subject (see find_trigger)
_add("attack", "ASSAULT/190", VERB, "hit", "damage", "destroy", "pound")
#: "war games" (a military exercise): "game" is a trigger only with the compound "war", see find_trigger
_add("military_exercise", "MOBILIZE/150", NOUN, "game", "games")
# taking a ship, an aircraft or goods by force (CAMEO 171 seize or damage property; PLOVER COERCE): "the
# Guards seized a tanker", "the seizure of a vessel"; not "seized the opportunity" (see find_trigger)
_add("seizure", "COERCE/171", VERB, "seize", "hijack", "commandeer", "impound")
_add("seizure", "COERCE/171", NOUN, "seizure", "hijacking")
# captives set free or traded (CAMEO 0841 return, release persons; PLOVER CONCEDE): "freed two soldiers",
# "exchanged prisoners", "a prisoner swap", "handed over the hostages"; only with captives, see find_trigger
_add("release", "CONCEDE/0841", VERB, "free", "hand")
_add("release", "CONCEDE/0841", BOTH, "release", "exchange", "swap")
_add("release", "CONCEDE/0841", NOUN, "handover", "hand-over")
# disruption of transport (no PLOVER/CAMEO category): "the airport was closed", "the closure of the airport",
# "flights were cancelled or diverted"; only with an airport, port, airspace or flights, see :func:`_disruption`
_add("disruption", "", VERB, "close", "shut", "cancel", "divert", "ground", "wash")
_add("disruption", "", NOUN, "closure", "shutdown", "cancellation", "cancellations")
# "the coast guard intercepted a boat": a vessel stopped at sea (CAMEO 171, PLOVER COERCE; only with a vessel as
# object, see find_trigger; not "intercepted a missile")
_add("seizure", "COERCE/171", VERB, "intercept", "interdict")
_add("seizure", "COERCE/171", NOUN, "interception", "interdiction")
# a vessel that leaves or reaches a port (no PLOVER/CAMEO category): "the boat left Nouadhibou", "a second boat
# reached the harbour"; only with a vessel as subject and a place, see :func:`_vessel_voyage` ("arrive" is a visit)
_add("vessel_movement", "", VERB, "leave", "depart", "reach", "sail")
# "the seized boat was escorted to X harbour", "towed into port": a vessel taken to a port (only so, see
# :func:`_vessel_taken_to`; a warship that escorts a vessel it watches is a patrol)
_add("vessel_movement", "", VERB, "tow")
# "supporters threw stones and bottles at each other", "youths hurled petrol bombs at police": missiles thrown in
# a clash (only with such missiles thrown, see :func:`_thrown_missiles`; "threw a party" is no event)
_add("attack", "ASSAULT/190", VERB, "throw", "hurl", "pelt")
# "moved 700,000 people into shelters": people moved out of danger (only so, see find_trigger)
_add("evacuation", "", VERB, "move", "relocate", "shift", "transfer")
# "the first cholera cases were confirmed in X": cases of a disease (only so, see find_trigger)
_add("disease_outbreak", "", NOUN, "case", "cases")
# "opened a cholera treatment centre in X", "set up field hospitals": relief facilities (see find_trigger)
_add("aid", "AID/070", VERB, "open", "establish", "set")
# "was greeted at the airport by the minister": a reception (only with where, see find_trigger)
_add("visit", "CONSULT/042", VERB, "greet")
# "the plane landed in X": an arrival, like "arrive" (only with where it landed, see find_trigger)
_add("visit", "CONSULT/042", VERB, "land")
# aid sent or delivered ("sent rescuers and relief supplies to X", "dispatched aid", "flew in supplies",
# "delivered food to X"): "send", "dispatch", "fly" and "airlift" are aid with aid or relief workers as their load
# (see :func:`_aid_sent`; troops sent are a deployment, "flew to X" a visit, "airlifted residents" an evacuation)
_add("aid", "AID/070", VERB, "deliver")
# people who flee ("3,000 people fled across the river into X", "thousands fled their homes") move out of danger:
# an evacuation, like people moved into shelters (only with people as subject, see :func:`_people_fled`; "the
# gunmen fled" is no event); people who "crossed into" a country are one only in an article about fleeing
_add("evacuation", "", VERB, "flee")

# core verbs of conflict news (PLOVER ASSAULT; CAMEO 18 assault / 19 fight), each with a sense guard in
# :func:`_conflict_verb`. Harm verbs ("killed", "wounded", "destroyed") that an event in their clause caused
# ("an air strike killed 12", "killed in an explosion", "shelled the town, killing five") are that event
# (:func:`cause_of`); "the earthquake killed 12" is the disaster. Alone they are an attack ("gunmen killed two").
_add("attack", "ASSAULT/190", VERB, "kill", "wound", "injure", "target")
# murder and executions of captives: CAMEO 180 (unconventional violence); assassination CAMEO 186
_add("attack", "ASSAULT/180", VERB, "murder", "execute", "behead", "lynch")
_add("attack", "ASSAULT/186", VERB, "assassinate")
# bombings: CAMEO 183 ("detonated a car bomb", "a device exploded", "blew up a bridge")
_add("attack", "ASSAULT/183", VERB, "detonate", "explode", "blow")
# weapons launched at a target: CAMEO 195 (aerial weapons); "launched an offensive" is the offensive's verb
_add("attack", "ASSAULT/195", VERB, "launch")
# territory taken by force: CAMEO 192 occupy territory ("rebels captured the town", "troops entered X");
# captives taken are a detention, vehicles and weapons a seizure (see :func:`_capture`)
_add("attack", "ASSAULT/192", VERB, "capture", "recapture", "retake", "overrun", "occupy", "liberate", "enter")
# arson: "burned homes", "villages were torched"
_add("attack", "ASSAULT/180", VERB, "burn", "torch")
# "the offensive began", "clashes broke out", "the attack occurred in X": the verb of an event noun is that
# event (joined to it when mentions are merged)
# "a man drowned": a death by water, part of a flood or storm in the article, else an accident (see find_trigger)
_add("natural_disaster", "", VERB, "drown")
# "floodwaters poured into the town", "floodwaters swept into X", "the river broke through a wall": water moving
# where it should not, only with water as subject (see :func:`_water_surge`)
_add("natural_disaster", "", VERB, "pour", "surge", "inundate", "swamp", "submerge", "overflow", "overtop", "sweep",
     "engulf")
# "made an emergency landing": a forced landing (only with such a modifier, see find_trigger)
_add("accident", "", NOUN, "landing")
_add("event_verb", "", VERB, "begin", "start", "continue", "occur", "happen", "resume", "break")
# "border guards boarded a tanker": a vessel boarded at sea by a force or officials (CAMEO 171, PLOVER COERCE;
# only with a vessel as object and such a subject, see :func:`_boarded_vessel`; not "passengers boarded a ferry")
_add("seizure", "COERCE/171", VERB, "board")
# "the navy rescued 22 crew members": people taken out of danger (only with people rescued, see find_trigger)
_add("evacuation", "", VERB, "rescue")
# "tugs refloated the ship": the end of a grounding, part of the accident (a ship that "ran aground" is one:
# see find_trigger)
_add("accident", "", VERB, "refloat")
# "protesters blocked the main road", "striking truck drivers blockaded the road": a route blocked by people is
# a protest, by a ship or a landslide a disruption (only with a route as object, see :func:`_blocked_route`)
_add("protest", "PROTEST/140", VERB, "block", "blockade", "barricade")
# computer intrusions (PLOVER ASSAULT, mode cyber): "a cyberattack crippled the terminals"
_add("attack", "ASSAULT/190", NOUN, "cyberattack", "cyber-attack", "cyberattacks", "cyber-attacks")
# "traffic on the link stopped", "convoys were halted", "the cable was cut": transport or a link cut (only with
# such a thing as subject or object, see :func:`_disruption` and :func:`_cable_cut`)
_add("disruption", "", VERB, "stop", "halt", "disrupt", "cut", "rupture")
# "a power cable developed a fault": a link that fails (only so, see find_trigger)
_add("disruption", "", NOUN, "fault")
# "a fault triggered an island-wide blackout", "the outage began on Monday": a power or network supply cut (only
# a supply's, see :data:`NON_SUPPLY_BLACKOUT`: not a "media blackout" or a "blackout period")
_add("disruption", "", NOUN, "blackout", "blackouts", "outage", "outages")
# an incursion of military or state craft into another state's airspace or waters, a show of force (CAMEO 150,
# like a patrol): "a Russian military helicopter entered Estonian airspace", "jets violated the airspace", "a
# patrol boat crossed into Norwegian waters", "an airspace violation" (only so, see :func:`_incursion`)
_add("military_patrol", "MOBILIZE/150", VERB, "violate", "cross")
_add("military_patrol", "MOBILIZE/150", NOUN, "violation", "violations")

#: people who are held and set free or traded ("freed two soldiers", "exchanged prisoners")
CAPTIVE_NOUNS = frozenset({"prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive",
                           "captives", "soldier", "soldiers", "journalist", "journalists", "crew", "sailor",
                           "sailors", "man", "men", "woman", "women", "national", "nationals", "citizen",
                           "citizens", "worker", "workers", "activist", "activists", "fisherman", "fishermen",
                           "pilot", "pilots", "seaman", "seamen", "captain", "officer", "officers", "body",
                           "bodies", "people", "civilian", "civilians", "child", "children", "teacher", "student",
                           "students", "tourist", "tourists", "missionary", "missionaries", "POW", "POWs"})
#: objects that make "seize" figurative ("seized the opportunity", "seized the initiative")
SEIZE_FIGURATIVE = frozenset({"opportunity", "chance", "initiative", "moment", "momentum", "occasion", "day",
                              "advantage", "imagination", "attention", "headline", "headlines", "spotlight", "lead"})
#: objects of "land" that make it no arrival ("landed a contract", "landed in jail")
LANDING_NOT_PLACES = frozenset({"jail", "prison", "hospital", "trouble", "court", "debt", "dock", "hot", "water"})
#: words for a disease or its cases ("cholera cases", "cases of measles", "new cases were confirmed")
DISEASE_WORDS = frozenset({"cholera", "measles", "dengue", "malaria", "ebola", "mpox", "monkeypox", "polio",
                           "covid", "covid-19", "coronavirus", "influenza", "flu", "typhoid", "diphtheria", "plague",
                           "anthrax", "yellow", "meningitis", "hepatitis", "tuberculosis", "zika", "marburg",
                           "lassa", "chikungunya", "virus", "infection", "disease", "suspected", "confirmed",
                           "nipah", "rabies", "sars", "mers", "smallpox", "encephalitis", "hantavirus", "norovirus",
                           "rotavirus", "pertussis", "rubella", "mumps", "leptospirosis", "listeria", "salmonella",
                           "legionnaires", "shigella", "h5n1"})
#: modifiers of "cases" that count the sick ("the first cases", "new cases", "suspected cases")
CASE_COUNT_WORDS = frozenset({"first", "new", "suspected", "confirmed", "more", "further", "additional", "fresh",
                              "daily", "total", "local", "imported", "probable", "severe", "fatal", "recent"})
#: verbs that make "cases" a count of the sick when the article names an outbreak ("cases were confirmed")
CASE_VERBS = frozenset({"confirm", "record", "report", "detect", "register", "diagnose", "identify", "rise",
                        "climb", "reach", "double", "surge"})
#: facilities whose opening is relief ("a treatment centre", "field hospitals", "a feeding centre") and the
#: modifiers that make them so
RELIEF_FACILITIES = frozenset({"centre", "center", "hospital", "hospitals", "clinic", "clinics", "camp", "camps",
                               "shelter", "shelters", "centres", "centers", "kitchen", "kitchens", "unit", "units"})
RELIEF_MODIFIERS = frozenset({"treatment", "field", "feeding", "relief", "evacuation", "isolation", "emergency",
                              "mobile", "vaccination", "distribution", "displacement", "refugee", "aid", "cholera",
                              "humanitarian", "soup", "nutrition", "stabilisation", "stabilization", "bed"})
#: statements: they happen where they are said, not where what they are about happens; never merged
STATEMENT_TYPES = frozenset({"statement_criticism", "statement_threat", "statement_warning"})
#: verbs that report what someone said ("Speaking in Oslo, the minister said ...", "officials said on Monday"); used
#: by the date, merging and location rules
REPORTING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "declare", "claim", "confirm", "report",
                             "insist", "note", "explain", "write", "stress", "warn", "allege", "argue"})
#: objects of "send" / "dispatch" that make it a deployment ("send troops", not "send a letter")
SENT_FORCES = frozenset({"troop", "troops", "soldier", "force", "agent", "officer", "police", "warship", "ship",
                         "vessel", "jet", "aircraft", "plane", "drone", "marine", "peacekeeper", "adviser",
                         "advisor", "reinforcement", "personnel", "team", "unit", "battalion", "brigade",
                         "destroyer", "carrier", "submarine", "frigate", "bomber", "fighter", "expert",
                         "investigator", "rescuer", "firefighter", "medic"})
#: objects of "suspend" / "sever" that make it a cut in relations ("suspended talks", not "suspended a player")
RELATION_NOUNS = frozenset({"partnership", "talk", "talks", "relation", "relations", "tie", "ties", "cooperation",
                            "aid", "agreement", "treaty", "deal", "membership", "negotiation", "negotiations",
                            "dialogue", "flight", "flights", "trade", "import", "imports", "export", "exports",
                            "assistance", "accord", "pact", "contact", "contacts", "funding", "access"})
#: words for a storm that, before a name, make the name an event ("Cyclone Shakti", "Hurricane Lena")
STORM_TITLES = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "tornado"})
#: words that may come before a storm's title in its name ("Super Typhoon Haiyan", "Severe Tropical Cyclone X")
STORM_TITLE_PREFIXES = frozenset({"super", "severe", "post-tropical", "subtropical", "extratropical", "major",
                                  "category"})
#: subjects that make "struck" a disaster, not an attack ("the earthquake struck", "the storm hit")
DISASTER_SUBJECTS = frozenset({"earthquake", "quake", "tremor", "aftershock", "storm", "cyclone", "hurricane",
                               "typhoon", "tornado", "flood", "floods", "flooding", "tsunami", "wildfire", "fire",
                               "landslide", "avalanche", "drought", "heatwave", "blizzard", "lightning", "wave",
                               "cloudburst", "cloudbursts"})
#: modifiers and verbs that make the noun "fire" gunfire ("artillery fire", "opened fire", "exchanged fire")
GUNFIRE_WORDS = frozenset({"artillery", "mortar", "gun", "machine", "machine-gun", "sniper", "tank", "rocket",
                           "small", "small-arms", "heavy", "live", "cross", "return", "automatic", "hostile",
                           "cannon", "naval", "rifle", "anti-aircraft", "warning"})
GUNFIRE_VERBS = frozenset({"open", "exchange", "trade", "return", "draw", "direct", "come", "hold", "cease"})
#: things that burn: "a forest fire", "the fire destroyed ..."
FIRE_VERBS = frozenset({"destroy", "burn", "spread", "rage", "engulf", "sweep", "threaten", "jump", "gut",
                        "damage", "break", "start", "reach", "consume", "scorch", "fight", "battle", "contain",
                        "tackle", "extinguish", "douse", "control", "come", "force", "kill"})
FIRE_KINDS = frozenset({"forest", "bush", "brush", "grass", "house", "factory", "warehouse", "building", "market",
                        "hotel", "hospital", "apartment", "tower", "chemical", "plant", "refinery", "peat", "crop"})
#: subjects that make "sink", "capsize" and "crash" an accident ("the tanker sank", not "prices sank")
VEHICLE_NOUNS = frozenset({"ship", "vessel", "boat", "ferry", "tanker", "freighter", "trawler", "barge", "yacht",
                           "tug", "dinghy", "canoe", "submarine", "carrier", "plane", "aircraft", "jet", "airliner",
                           "helicopter", "chopper", "train", "bus", "truck", "lorry", "car", "vehicle", "coach",
                           "minibus", "van", "drone", "craft", "cargo", "liner", "steamer", "dhow", "raft"})
#: objects that make "airlift" an evacuation ("airlifted residents", not "airlifted supplies")
PEOPLE_NOUNS = frozenset({"people", "resident", "residents", "patient", "patients", "civilian", "civilians",
                          "citizen", "citizens", "national", "nationals", "evacuee", "evacuees", "villager",
                          "villagers", "tourist", "tourists", "child", "children", "family", "families",
                          "worker", "workers", "survivor", "survivors", "refugee", "refugees", "person", "persons",
                          "student", "students", "passenger", "passengers", "elderly"})
#: nouns that make "strike" a work stoppage, not an attack ("a transport strike", "a general strike")
LABOUR_STRIKE_WORDS = frozenset({"general", "transport", "labour", "labor", "hunger", "national", "nationwide",
                                 "workers", "worker", "teacher", "teachers", "doctor", "doctors", "rail", "union",
                                 "trucker", "truckers", "miner", "miners", "port", "dock", "taxi", "bus", "strikers",
                                 "student", "students", "nurse", "nurses", "pilot", "pilots", "solidarity",
                                 "sympathy", "wildcat", "dockworker", "dockworkers", "docker", "dockers", "staff",
                                 "employee", "employees", "unions", "lasher", "lashers", "driver", "drivers"})
#: structures whose collapse or bursting is an accident ("a tunnel collapsed", "the collapse of a bridge")
STRUCTURE_NOUNS = frozenset({"tunnel", "mine", "shaft", "building", "bridge", "dam", "levee", "dyke", "dike",
                             "embankment", "roof", "ceiling", "wall", "house", "tower", "block", "school", "stadium",
                             "factory", "hotel", "hospital", "mall", "overpass", "flyover", "pit", "gallery",
                             "scaffolding", "crane", "reservoir", "pipeline", "apartment", "structure", "church",
                             "mosque", "temple", "market", "warehouse", "stand", "platform", "pier", "jetty",
                             "canopy", "awning", "balcony", "grandstand", "footbridge", "staircase"})
#: subjects that make "hit", "damage", "destroy" an attack ("missiles hit", "debris from a drone damaged")
WEAPON_SUBJECTS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "airstrike", "strike", "projectile",
                             "mortar", "artillery", "shelling", "bombardment", "warplane", "bomber", "grenade",
                             "torpedo", "salvo", "barrage", "debris", "shrapnel", "munition", "explosive"})
#: verbs whose subject "strike" is an attack ("the strike hit a hospital")
HARM_VERBS = frozenset({"kill", "hit", "destroy", "damage", "injure", "wound", "target", "level", "flatten",
                        "strike", "demolish"})
#: what a work stoppage is over or for ("a strike over pay", "a strike for higher wages")
LABOUR_DISPUTE_NOUNS = frozenset({"pay", "wage", "wages", "salary", "salaries", "bonus", "bonuses", "pension",
                                  "pensions", "overtime", "layoff", "layoffs", "redundancies", "payrise", "pay-rise"})
#: durations that make "strike" a work stoppage ("a 24-hour strike", "a three-day strike")
STRIKE_DURATIONS = frozenset({"hour", "day", "week", "hours", "days", "weeks", "indefinite", "open-ended"})
#: modifiers that keep "strike" an attack even in an article about a labour strike
MILITARY_STRIKE_WORDS = frozenset({"air", "airstrike", "missile", "drone", "military", "artillery", "rocket",
                                   "precision", "retaliatory", "nuclear", "preemptive", "pre-emptive", "naval",
                                   "aerial", "deadly", "lethal", "surgical", "targeted"})
#: subjects whose "attack" is verbal ("the ambassador attacked China for ...")
SPEAKER_NOUNS = frozenset({"ambassador", "spokesperson", "spokesman", "spokeswoman", "minister", "official",
                           "officials", "senator", "lawmaker", "lawmakers", "critic", "critics", "president",
                           "diplomat", "secretary", "envoy", "leader", "chancellor", "premier", "mayor", "governor"})
#: objects that make an event verb figurative or sporting ("captured the title", "shot a film")
FIGURATIVE_OBJECTS = frozenset(
    {"title", "medal", "gold", "silver", "bronze", "wicket", "imagination", "attention", "heart", "spirit", "mood",
     "essence", "victory", "win", "crown", "championship", "tournament", "trophy", "prize", "award", "cup",
     "record", "video", "film", "footage", "scene", "photo", "picture", "image", "movie", "support", "ability",
     "popularity", "commitment", "interest", "lead", "game", "match", "race", "round", "set", "point", "goal",
     "glance", "look", "smile", "question", "share", "stake", "market", "headline", "role", "vibe",
     "feel", "flavour", "flavor", "eye", "fancy"})
#: "captured on video", "shot on camera": recorded, not seized or fired at
RECORDING_NOUNS = frozenset({"video", "camera", "film", "tape", "footage", "cctv", "cameras"})
#: trigger verbs whose rejection by :func:`find_trigger` means another sense ("fired the minister")
SENSE_FILTERED = frozenset({"fire", "demonstrate", "rally", "shoot", "strike", "attack"})
#: verbs whose object names the event ("hold talks", "conduct drills", "the exercise was held")
LIGHT_VERBS = frozenset(
    {"hold", "conduct", "carry", "stage", "launch", "begin", "start", "host", "make", "pay", "take", "have",
     "organize", "organise", "attend", "join", "plan", "announce", "continue", "resume", "wage", "mount",
     "perform", "undertake", "complete", "end", "finish", "do", "occur", "happen", "impose", "sign",
     "reach", "lead", "order", "be", "due", "declare", "exchange", "extend", "call"}
)
#: prepositions that make an intransitive "fire" an attack ("fired on Armenian positions", "fired at a boat")
FIRED_AT_PREPS = frozenset({"on", "at", "upon", "into", "across", "towards", "toward"})
#: loads that make a convoy an aid delivery
AID_CARGO = frozenset({"aid", "humanitarian", "relief", "food", "medicine", "medicines", "medical", "supplies",
                       "flour", "grain", "wheat", "water", "tent", "tents", "blanket", "blankets", "vaccine",
                       "vaccines", "fuel", "dose", "doses"})
#: words before "to/towards" that make an agreement a prospect ("a step towards a deal", "closer to a treaty")
PROSPECT_WORDS = frozenset({"step", "steps", "progress", "path", "road", "way", "move", "moves", "closer", "nearer",
                            "close", "near", "work", "push", "bid", "effort", "efforts", "route"})
#: what is closed or cut in a transport disruption ("the airport was closed", "flights were cancelled")
DISRUPTED_THINGS = frozenset({"airport", "airports", "airspace", "runway", "runways", "port", "ports", "harbour",
                              "harbor", "terminal", "terminals", "flight", "flights", "ferry", "ferries", "train",
                              "trains", "railway", "traffic", "rail", "service", "services", "track", "tracks",
                              "line", "plant", "plants", "factory", "factories", "refinery", "mine", "mines",
                              "canal", "waterway", "shipping", "navigation", "transit", "transits", "cable",
                              "cables", "production", "operations", "departures", "arrivals", "sailing",
                              "sailings"})  # plural: flights; "cancelled all its sailings" (ferries)
#: routes and crossings whose closing is a disruption ("closed the Friendship Bridge", "the border crossing has
#: been closed since the weekend", "the closure of the crossing")
CLOSED_ROUTES = frozenset({"bridge", "bridges", "crossing", "crossings", "border", "borders", "road", "roads",
                           "highway", "highways", "motorway", "motorways", "tunnel", "tunnels", "checkpoint",
                           "checkpoints", "route", "routes", "border-crossing", "beach", "beaches"})
#: water that floods ("floodwaters poured into", "the river broke through a wall")
WATER_SUBJECTS = frozenset({"floodwater", "floodwaters", "water", "waters", "river", "flood", "floods", "sea",
                            "torrent", "torrents", "mudslide", "mud", "wave", "waves", "surge", "tide"})
#: modifiers that make a "landing" a forced one ("an emergency landing", "a crash landing")
FORCED_LANDING = frozenset({"emergency", "forced", "crash", "hard", "belly"})
#: verbs that say an agreement was not reached or fell through ("a pact that stalled", "the deal collapsed")
FAILED_VERBS = frozenset({"stall", "collapse", "fail", "founder", "falter", "unravel"})
#: vessels that are intercepted at sea ("intercepted a boat carrying migrants"; not a missile or a drone)
INTERCEPTED_VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers",
                                 "freighter", "trawler", "dhow", "dinghy", "canoe", "raft", "yacht", "barge",
                                 "skiff", "speedboat", "speedboats", "ferry", "cargo", "trawlers", "longliner",
                                 "longliners", "seiner", "seiners", "gillnetter", "gillnetters", "dhows", "junk",
                                 "jigger", "jiggers"})
#: places of refuge that people are moved into ("moved 700,000 people into cyclone shelters")
#: buildings that house people moved out of danger ("residents were moved to a school", "to a sports hall")
MAKESHIFT_SHELTERS = frozenset({"school", "schools", "gym", "gymnasium", "hall", "halls", "stadium", "church",
                                "churches", "mosque", "mosques", "hotel", "hotels", "shelter"})
#: people whose move to a school is a transfer, not a refuge
SCHOOL_GOERS = frozenset({"student", "students", "child", "children", "pupil", "pupils"})
REFUGE_NOUNS = frozenset({"shelter", "shelters", "safety", "camp", "camps", "centre", "centres", "center", "centers",
                          "refuge", "ground", "lowland", "lowlands"})
#: words of a forecast or a warning: a disaster they are about has not happened ("warned of heavy rain",
#: "forecasters expect heavy rain"; "a cyclone is expected to make landfall on Friday" is a future event with
#: a verb of its own, kept)
FORECAST_VERBS = frozenset({"warn", "forecast", "predict", "expect", "anticipate", "fear", "caution", "alert"})
FORECAST_NOUNS = frozenset({"warning", "warnings", "alert", "alerts", "forecast", "forecasts", "watch", "risk",
                            "threat", "prediction", "predictions", "outlook", "advisory", "chance", "possibility",
                            "likelihood", "prospect"})
#: subjects of "erupt" / "break out" that are violence: its event ("violence erupted", "clashes broke out"); a
#: volcano erupts ("Mount Etna erupted"); anger or a row is no event
UNREST_SUBJECTS = {**dict.fromkeys(("violence", "unrest", "clash", "clashes", "riot", "riots", "rioting", "gunfire",
                                    "shooting", "shootings", "skirmish", "skirmishes", "brawl", "battle", "battles"),
                                   "attack"),
                   **dict.fromkeys(("fighting", "hostilities", "war", "conflict", "insurgency", "combat"),
                                   "armed_conflict")}
#: subjects that make "erupt" a volcano's
VOLCANO_WORDS = frozenset({"volcano", "volcanoes", "mount", "mountain", "crater", "craters", "vent", "vents",
                           "caldera", "lava", "magma", "geyser", "stratovolcano"})
#: undersea and overland links whose damage or cutting is a disruption ("a data cable was damaged")
CABLE_NOUNS = frozenset({"cable", "cables", "pipeline", "pipelines", "interconnector", "interconnectors"})
#: verbs that damage or cut a link ("the cable was damaged", "severed a pipeline")
CABLE_HARM_VERBS = frozenset({"damage", "cut", "sever", "rupture", "break"})
#: verbs with which a link fails ("the cable developed a fault")
FAULT_VERBS = frozenset({"develop", "suffer", "sustain", "report", "detect"})
#: routes that people or things block ("blocked the main road", "blocking the canal")
ROUTE_NOUNS = frozenset({"road", "roads", "highway", "highways", "street", "streets", "motorway", "bridge",
                         "bridges", "border", "crossing", "crossings", "entrance", "entrances", "junction", "route",
                         "routes", "railway", "rail", "track", "tracks", "port", "ports", "gate", "gates", "avenue",
                         "intersection", "roundabout", "canal", "waterway", "strait", "channel", "harbour", "harbor",
                         "runway", "airport", "terminal", "terminals", "checkpoint", "pass", "expressway",
                         "thoroughfare", "artery", "line", "lines"})
#: people who block a road in protest ("supporters of a defeated candidate", "hundreds of workers")
BLOCKER_NOUNS = frozenset({"supporter", "supporters", "farmer", "farmers", "youth", "youths", "mob", "mobs",
                           "fisherman", "fishermen", "local", "locals", "trader", "traders", "vendor", "vendors",
                           "villager", "villagers", "crowd", "crowds", "hundreds", "thousands", "dozens", "scores"})
#: subjects that board a vessel by force or with authority ("border guards boarded a tanker")
BOARDING_FORCES = frozenset({"guard", "guards", "coastguard", "coastguards", "police", "officer", "officers",
                             "agent", "agents", "official", "officials", "authorities", "customs", "pirate",
                             "pirates", "commando", "commandos", "team", "teams", "navy", "marine", "marines",
                             "sailor", "sailors", "personnel", "seal", "seals", "inspector", "inspectors",
                             "boarding", "special"})
#: objects of "rescue" that are people ("rescued 22 crew members", "rescued 180 migrants")
RESCUED_PEOPLE = frozenset({"migrant", "migrants", "survivor", "survivors", "hiker", "hikers", "swimmer",
                            "swimmers", "climber", "climbers", "miner", "miners", "passenger", "passengers",
                            "occupant", "occupants", "diver", "divers", "castaway", "castaways", "member", "members"})
#: objects of "fire" that make it an attack
WEAPON_NOUNS = frozenset({"missile", "rocket", "shot", "shell", "gas", "cannon", "round", "drone", "bullet",
                          "mortar", "artillery", "torpedo", "salvo", "grenade", "flare", "warning"})


#: lines and ways that "meet" without talks ("where the borders of three countries meet")
MEETING_LINES = frozenset({"border", "frontier", "boundary", "line", "road", "highway", "street", "river",
                           "railway", "track", "path", "route", "coast", "coastline", "edge", "end", "sea", "ocean",
                           "mountain", "range", "valley", "sky", "eye", "eyes", "demand", "expectation",
                           "target", "standard", "requirement", "criterion", "deadline"})
#: documents a government delivers in protest ("a note of protest", "a letter of protest")
PROTEST_DOCUMENTS = frozenset({"note", "letter", "démarche", "demarche", "notice", "memorandum"})
#: people whose expulsion is a diplomatic act ("expelled a Russian attaché", "the expulsion of two diplomats")
DIPLOMAT_NOUNS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attaché",
                            "attache", "attachés", "attaches", "consul", "consuls", "chargé", "charge",
                            "counsellor", "counselor", "secretary", "embassy", "consulate", "mission"})


def _diplomat_word(w: Token) -> bool:
    return w.lemma_.lower() in DIPLOMAT_NOUNS or w.lower_ in DIPLOMAT_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("embassy", "consular", "diplomatic") for c in w.children)


def _expelled_diplomat(tok: Token) -> bool:
    """"Moldova expelled a Russian diplomat", "an embassy attaché had been expelled", "the expulsion of two
    envoys"; not "expelled from school", "the expulsion of migrants"."""
    if tok.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "nsubjpass") and _diplomat_word(c) for c in tok.children) or (
            tok.dep_ in ("acl", "relcl") and _diplomat_word(tok.head))  # "the diplomat expelled last week"
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_diplomat_word(g) for g in c.children)
               for c in tok.children) or any(c.dep_ in ("compound", "amod", "poss") and _diplomat_word(c)
                                             for c in tok.children)


def _persona_non_grata(tok: Token) -> bool:
    """"declared a Russian diplomat persona non grata" (the parser may read "persona" as the object)."""
    words = [w.lower_ for w in tok.subtree]
    return "grata" in words and any(_diplomat_word(w) or w.lower_ in PERSONAL_PRONOUNS for w in tok.subtree
                                    if w.dep_ in ("dobj", "compound", "nsubjpass", "oprd", "ccomp"))


#: envoys whose recall lowers relations ("recalled its ambassador"; not "recalled the secretary's words")
RECALLED_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "chargé",
                             "charge", "consul", "consuls", "emissary", "emissaries", "representative"})


def _envoy_recalled(tok: Token) -> bool:
    """Is an envoy recalled: the object or passive subject of the verb ("recalled its ambassador from X", "the
    envoy was recalled for consultations") or the "of" object of the noun ("the recall of its ambassador")?"""
    if tok.pos_ == "VERB":
        recalled = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        recalled = _prep_objects(tok, ("of",))
    return any(w.lemma_.lower() in RECALLED_ENVOYS or w.lower_ in RECALLED_ENVOYS for w in recalled)


#: what a charge at someone is made with (an assault, not a criminal charge)
CHARGE_WEAPONS = frozenset({"bayonet", "baton", "sword", "knife", "spear", "club", "stick", "truncheon", "gas",
                            "shield", "horse", "machete", "rifle", "gun", "weapon", "tank"})


#: premises thieves "break into" (a burglary); not "broke into tears", "broke into a run", "broke into the top ten"
BURGLED_PLACES = frozenset({"museum", "museums", "house", "houses", "home", "homes", "shop", "shops", "store",
                            "stores", "bank", "banks", "office", "offices", "building", "buildings", "church",
                            "churches", "warehouse", "warehouses", "apartment", "apartments", "flat", "flats",
                            "gallery", "galleries", "vault", "vaults", "safe", "jewellery", "jewelry", "jeweller",
                            "jeweler", "pharmacy", "school", "schools", "temple", "mosque", "villa", "premises",
                            "residence", "depot", "garage", "car", "cars", "vehicle", "vehicles", "castle",
                            "cathedral", "monastery", "library", "archive", "showroom", "boutique", "kiosk"})
#: where an aircraft lands when the place name is a possessive ("landed at X's airstrip")
LANDING_SITES = frozenset({"airstrip", "airstrips", "airport", "airfield", "airbase", "base", "runway", "helipad",
                           "aerodrome", "harbour", "harbor", "port"})


def _broke_into(tok: Token) -> bool:
    """"Thieves broke into the museum", "burglars broke into a house": a break-in, a crime."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "break" and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "into" and any(
            g.dep_ == "pobj" and _word_in(g, BURGLED_PLACES) for g in c.children) for c in tok.children)


def _moved_between_places(verb: Token) -> bool:
    """People moved "from the outer islands to the main town": taken out of where they live (an evacuation);
    not "moved the meeting to Friday", prisoners "transferred from X to Y" (no people noun), "moved to a new
    job"."""
    people = [a for a in _args(verb) if _word_in(a, PEOPLE_NOUNS - {"worker", "workers", "student", "students",
                                                                   "passenger", "passengers"})]
    if not people:
        return False
    froms = [c for h in (verb, *people) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    src = [g for c in froms for g in c.children if g.dep_ == "pobj" and (_place_word(g) or g.pos_ == "PROPN")]
    # "to" on the verb or, as the parser often has it, on "from" ("from the outer islands to X")
    dst = [g for h in (verb, *froms) for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
           for g in c.children if g.dep_ == "pobj" and (_place_word(g) or g.pos_ == "PROPN")]
    return bool(src and dst)


def _landed_at_site(tok: Token) -> bool:
    """"The plane landed at X's airstrip": a place name in the possessive of a landing site."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and any(
        g.dep_ == "pobj" and _word_in(g, LANDING_SITES) and any(
            m.dep_ in ("poss", "compound") and m.pos_ == "PROPN" for m in g.children)
        for g in c.children) for c in tok.children)


#: adverbs of frequency that make a present-tense disaster verb a climate fact ("are often hit by floods")
RECURRENCE_ADVERBS = frozenset({"often", "frequently", "regularly", "routinely", "usually", "typically",
                                "commonly", "periodically", "annually", "seasonally", "repeatedly", "sometimes"})
#: time nouns that, with "every"/"each", make a clause habitual ("almost every summer", "each year")
RECURRENCE_PERIODS = frozenset({"year", "summer", "winter", "spring", "autumn", "fall", "season", "month",
                                "monsoon", "decade"})


def _recurring_present(verb: Token) -> bool:
    """A simple-present verb said of every year or season ("coasts are hit by wildfires almost every summer",
    "typhoons regularly strike the islands"): what usually happens there, no event."""
    if not (verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() != "have"
            for c in verb.children)):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in RECURRENCE_ADVERBS for c in verb.children) or any(
        c.dep_ in ("npadvmod", "obl") and c.lemma_.lower() in RECURRENCE_PERIODS and any(
            d.dep_ in ("det", "nummod") and d.lower_ in ("every", "each") for d in c.children)
        for c in verb.children)


#: parts of speech that never name an event (checked first: half the tokens of a text are these)
NO_EVENT_POS = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "SPACE", "SYM", "PART", "INTJ"})


def find_trigger(tok: Token) -> tuple[str, str] | None:
    """``(event type, code)`` if ``tok`` names an event in this sense, else ``None``."""
    if tok.pos_ in NO_EVENT_POS or _people_named_by_participle(tok):
        return None
    found = _find_trigger(tok)
    if found is not None and found[0] == "natural_disaster" and tok.pos_ == "VERB" and _recurring_present(tok):
        return None  # "the coast is hit by wildfires almost every summer": a climate fact, not an event
    return found


#: the slots of a noun phrase, where "the wounded" are people (the parser tags the participle a verb)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _people_named_by_participle(tok: Token) -> bool:
    """Is ``tok`` a participle used as a noun for people ("The wounded were flown to hospital", "among the
    injured")? Not "the wounded soldiers" (an adjective) nor "were wounded" (the event)."""
    return tok.tag_ == "VBN" and tok.dep_ in NOMINAL_DEPS and any(
        c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - 1 for c in tok.children)


#: what a patrol as a unit does on a call-out ("a patrol reached the museum"), not an act of patrolling
PATROL_UNIT_VERBS = frozenset({"reach", "arrive", "find", "discover", "respond", "rush", "attend", "catch",
                               "chase", "pursue", "come", "get"})
#: modifiers that keep a patrol that arrives military ("a naval patrol reached the area")
MILITARY_PATROL_WORDS = frozenset({"naval", "navy", "military", "army", "coastguard", "coast", "guard", "air",
                                   "border", "warship", "maritime", "joint", "combat", "armed", "troop", "soldier"})


#: verbs of a sharp drop ("handling fell by 40 percent", "traffic plunged")
DROP_VERBS = frozenset({"fall", "drop", "plunge", "plummet", "slump", "tumble", "collapse"})
#: what a port or airport moves ("container handling", "cargo traffic", "throughput")
PORT_FLOW_NOUNS = frozenset({"handling", "throughput", "traffic", "volume", "volumes", "movements"})
#: words that make such a flow a port's or airport's ("container handling", "traffic at the port")
PORT_FLOW_CUES = frozenset({"container", "cargo", "port", "freight", "terminal", "airport", "shipping"})


def _port_traffic_drop(tok: Token) -> bool:
    """Is ``tok`` a drop verb whose subject is a port's or airport's flow ("container handling at the port
    fell by about 40 percent")? Not prices or sales ("exports fell"), nor a flow with no port word."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DROP_VERBS:
        return False
    for s in tok.children:
        if s.dep_ == "nsubj" and s.lower_ in PORT_FLOW_NOUNS and any(
                (c.dep_ in ("compound", "amod") and c.lower_ in PORT_FLOW_CUES) or (
                    c.dep_ == "prep" and c.lower_ in ("at", "through", "in") and any(
                        g.dep_ == "pobj" and g.lower_ in PORT_FLOW_CUES for g in c.children))
                for c in s.children):
            return True
    return False


#: one serving person whose being "on patrol" is the setting of what befell them ("a corporal on patrol was
#: shot"), not a patrol event
PATROLLING_PERSONS = frozenset({"soldier", "corporal", "sergeant", "private", "trooper", "officer", "policeman",
                                "policewoman", "constable", "guard", "ranger", "sentry", "marine", "agent",
                                "lieutenant", "captain", "gendarme", "conscript", "reservist", "serviceman"})


def _patrol_unit(tok: Token) -> bool:
    """"By the time a patrol from the next village reached the museum": a (police) patrol as a unit arriving,
    not a military patrol; "the soldier was on patrol when shots were fired", "a policeman shot while on
    patrol": one person's duty at the time, not a patrol event."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "patrol":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return _one_person_on_patrol(tok.head.head)
    return tok.dep_ == "nsubj" and (
        tok.head.lemma_.lower() in PATROL_UNIT_VERBS) and not any(
        t.lemma_.lower() in MILITARY_PATROL_WORDS for t in tok.lefts)


def _one_person_on_patrol(w: Token) -> bool:
    """Is ``w`` (what "on patrol" hangs on) one serving person, or a clause whose subject is one ("the soldier was
    on patrol", "a corporal on patrol", "an officer was killed while on patrol")?"""
    if w.pos_ in ("NOUN", "PROPN"):
        subjects = [w]
    else:
        subjects = [c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ == "NN" and s.lemma_.lower() in PATROLLING_PERSONS and not any(
        c.dep_ == "conj" for c in s.children) for s in subjects)


#: kinds of order that restrict what people in a place may do ("a stop-work order", "a stay-at-home order")
RESTRICTION_ORDERS = frozenset({"stop-work", "stay-at-home", "stay-home", "shelter-in-place", "curfew", "lockdown",
                                "work-stoppage"})
#: verbs that give an order to people ("residents were told to stay indoors", "ordered to remain inside")
ORDERING_VERBS = frozenset({"tell", "order", "instruct", "advise", "direct", "ask", "require"})
#: people checked on arrival by a health or border measure ("began screening passengers arriving by boat")
SCREENED_TRAVELLERS = frozenset({"passenger", "passengers", "traveller", "travellers", "traveler", "travelers",
                                 "arrival", "arrivals", "visitor", "visitors", "migrant", "migrants", "truckers"})
#: body readings taken of travellers at a border ("began checking the temperatures of arriving passengers")
BODY_CHECKS = frozenset({"temperature", "temperatures"})
#: verbs that take a body reading ("checking the temperatures of", "took travellers' temperatures")
BODY_CHECK_VERBS = frozenset({"check", "take", "measure", "test", "scan", "screen", "monitor", "record"})
#: verbs that begin or carry out an operation ("troops began a sweep", "police carried out a sweep")
OPERATION_VERBS = frozenset({"begin", "start", "launch", "conduct", "carry", "mount", "continue", "undertake"})


def _restriction_order(tok: Token) -> bool:
    """"issued a stop-work order", "a stay-at-home order for the city": an order that restricts a place (a
    modifier of "order" spelled like one of :data:`RESTRICTION_ORDERS`)."""
    if tok.lemma_.lower() != "order" or tok.pos_ != "NOUN":
        return False
    doc = tok.doc
    return any(doc[c.left_edge.i:c.right_edge.i + 1].text.lower().replace(" ", "") in RESTRICTION_ORDERS
               for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nmod", "amod"))


def _told_to_stay_indoors(tok: Token) -> bool:
    """"residents were told to stay indoors", "were ordered to remain inside": people ordered to shelter in place
    (not "she stayed indoors all day", no order); the public told not to do something ("told residents not to
    draw water from the river"; not "told reporters not to expect a deal", no public)."""
    doc = tok.doc
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("tell", "order", "instruct", "direct") and any(
            c.dep_ == "neg" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and _word_in(c, TOLD_PUBLIC) for c in tok.head.children):
        return True  # "told residents of X not to draw water from the river": an activity forbidden to the public
    return (tok.lemma_.lower() in ("stay", "remain", "shelter") and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in ORDERING_VERBS and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in ("indoors", "inside", "home"))


#: the public an authority tells not to do something ("told residents not to drink tap water")
TOLD_PUBLIC = frozenset({"resident", "residents", "people", "public", "inhabitant", "inhabitants", "villager",
                         "villagers", "locals", "population", "households", "citizens", "farmers", "fishermen"})


def _travellers_screened(tok: Token) -> bool:
    """"health officials began screening passengers arriving by boat", "checking the temperatures of travellers":
    travellers checked at a port or border (not "the festival screened a film", "screened children for
    malnutrition", "checked the temperature of the water")."""
    if tok.pos_ != "VERB":
        return False
    lemma, args = tok.lemma_.lower(), _args(tok)
    if lemma == "screen" and any(_word_in(w, SCREENED_TRAVELLERS) for w in args):
        return True
    return lemma in BODY_CHECK_VERBS and any(  # "checking the temperatures of travellers", "travellers' temperatures"
        _word_in(a, BODY_CHECKS) and any(_word_in(w, SCREENED_TRAVELLERS) for w in _with_conjuncts(
            [*_prep_objects(a, ("of",)), *(c for c in a.children if c.dep_ == "poss")])) for a in args)


def _armed_sweep(tok: Token) -> bool:
    """"troops began a sweep of villages", "the army launched a sweep around X", "a military sweep": a search
    operation by armed forces (not "a clean sweep", "a sweep of the polls")."""
    if tok.lemma_.lower() != "sweep" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ("military", "army", "security", "counter-insurgency",
                                                           "counterinsurgency") for c in tok.children):
        return True
    verb = tok.head
    return (tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in OPERATION_VERBS
            and _armed_subject(verb))


#: people whose expulsion from a country is a deportation ("expelled 1,200 migrants", "the expulsion of
#: foreigners"), not a diplomatic act; a nationality noun ("expelled hundreds of Afghans") counts too
EXPELLED_PEOPLE = frozenset({"migrant", "migrants", "foreigner", "foreigners", "immigrant", "immigrants", "refugee",
                             "refugees", "asylum-seeker", "asylum-seekers", "seeker", "seekers", "national",
                             "nationals", "citizen", "citizens", "people", "family", "families", "deportee",
                             "deportees"})
#: what one is expelled from that makes it no deportation ("expelled from the party", "from school")
EXPELLED_FROM_BODIES = frozenset({"school", "schools", "university", "college", "party", "club", "league", "union",
                                  "parliament", "assembly", "church", "team", "competition", "tournament", "group",
                                  "association", "academy", "council", "congress", "chamber", "movement"})
#: lava and what flows from a volcano: what it does to a road or a village is the eruption ("lava crossed the
#: coastal road", "the lava flow buried houses")
LAVA_WORDS = frozenset({"lava", "magma", "pyroclastic"})
#: verbs of a lava flow reaching or covering something
LAVA_VERBS = frozenset({"cross", "cut", "bury", "reach", "engulf", "destroy", "swallow", "cover", "block", "pour",
                        "flow", "advance", "threaten", "hit", "damage", "burn", "surround", "close", "sever"})


def _expelled_people(tok: Token) -> bool:
    """Are people deported by "expel" / "expulsion" ("Algeria expelled 1,200 migrants", "migrants expelled by
    the authorities", "the expulsion of more than 1,000 migrants"); not "expelled from the party"?"""
    def people(w: Token) -> bool:
        return _word_in(w, EXPELLED_PEOPLE) or (w.ent_type_ == "NORP" and w.tag_ in ("NNS", "NNPS")) or (
            _word_in(w, SENT_QUANTITIES) and any(people(g) for g in _prep_objects(w, ("of",))))
    if tok.pos_ == "VERB":
        if any(_word_in(g, EXPELLED_FROM_BODIES) for g in _prep_objects(tok, ("from",))):
            return False
        return any(people(w) for w in _with_conjuncts(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))) \
            or (tok.dep_ in ("acl", "relcl") and people(tok.head))
    return any(people(g) for g in _prep_objects(tok, ("of",)))


#: people whom a state turns back at its border ("turned back the migrants", "pushed back a group")
TURNED_BACK_PEOPLE = EXPELLED_PEOPLE | frozenset({"group", "groups", "traveller", "travellers", "traveler",
                                                  "travelers", "boat", "boats", "hundreds", "thousands", "dozens"})
#: migrants by name: turned back anywhere, this is border enforcement ("turned back 300 migrants")
MIGRANT_WORDS = frozenset({"migrant", "migrants", "refugee", "refugees", "asylum-seeker", "asylum-seekers",
                           "immigrant", "immigrants", "seeker", "seekers"})
#: where people are turned back ("at the border post", "at the crossing", "from the frontier")
BORDER_POSTS = frozenset({"border", "borders", "frontier", "frontiers", "crossing", "crossings", "checkpoint",
                          "checkpoints", "post", "posts", "coast", "coastline"})


def _turned_back_at_border(verb: Token) -> bool:
    """"Police turned back the group at the border post", "pushed back 300 migrants": people kept out at a
    border (migrants by name, or people with a border word in the clause); not "turned back the clock", "pushed
    back the deadline", nor police turning back marchers in a city."""
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    people = _with_conjuncts(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    people = [x for w in people for x in (w, *_prep_objects(w, ("of",)))]  # "a group of 400 migrants"
    if any(_word_in(w, MIGRANT_WORDS) for w in people):
        return True
    if not any(_word_in(w, TURNED_BACK_PEOPLE) or (w.ent_type_ == "NORP" and w.tag_ in ("NNS", "NNPS"))
               for w in people):
        return False
    places = [x for g in _prep_objects(verb, ("at", "from", "on", "to", "near"))
              for x in (g, *(c for c in g.children if c.dep_ == "compound"))]
    return any(_word_in(w, BORDER_POSTS) for w in places)


#: people a convoy moves out or home ("a convoy carrying 2,000 refugees", "a convoy of evacuees")
CONVOY_PEOPLE = frozenset({"refugee", "refugees", "migrant", "migrants", "evacuee", "evacuees", "returnee",
                           "returnees", "civilian", "civilians", "resident", "residents", "family", "families",
                           "people", "displaced", "villager", "villagers", "survivor", "survivors", "wounded"})
#: what a convoy does when it moves ("left Aswan", "reached the border", "set off for X")
CONVOY_MOVES = frozenset({"leave", "depart", "reach", "arrive", "cross", "set", "head", "enter", "pass", "roll",
                          "travel", "move"})


def _people_convoy(tok: Token) -> bool:
    """Is ``tok`` a convoy that moves people ("a convoy of 42 buses carrying 2,000 Sudanese left X", "a convoy
    of evacuees reached Y")? Not a convoy of fuel, troops or aid (aid convoys are aid), nor one that is attacked."""
    if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in CONVOY_MOVES:
        return False
    load = [w for w in tok.subtree if w.i != tok.i]
    if any(w.lemma_.lower() in AID_CARGO for w in load):
        return False
    return any(_word_in(w, CONVOY_PEOPLE) or (w.ent_type_ == "NORP" and w.dep_ in ("dobj", "pobj")) for w in load)


#: verbs of state vessels seen or staying off a place ("were spotted near", "remained off the coast")
CRAFT_PRESENCE_VERBS = frozenset({"spot", "sight", "detect", "observe", "see", "remain", "stay", "linger",
                                  "loiter"})
#: where such vessels are ("near the shoal", "off the coast", "around the island")
NEAR_PREPS = ("near", "off", "around", "outside", "nearby")


def _state_craft_near(verb: Token) -> bool:
    """"Two coast guard vessels were spotted near the exercise area", "four Chinese warships remained near the
    shoal": military or coast-guard vessels (the seen or staying subject) off a place; not fishing boats, not
    a watcher that spots ("a frigate spotted two warships" is shadowing), nor "remained in port"."""
    lemma = verb.lemma_.lower()
    if lemma in ("remain", "stay", "linger", "loiter"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        if not any(c.dep_ == "auxpass" for c in verb.children) or passive_agents(verb):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    subjects = _with_conjuncts(subjects)
    if not any(_craft(w) and military_craft(w) and not _word_in(w, ARMED_NOUNS - MILITARY_CRAFT) for w in subjects):
        return False
    return bool(_prep_objects(verb, NEAR_PREPS))


def _lava_flow(verb: Token) -> bool:
    """Is the subject of a verb of reaching or covering lava ("lava crossed the road", "the lava flow buried
    three houses", "a flow of lava cut the highway")? The flow is part of the eruption."""
    if verb.lemma_.lower() not in LAVA_VERBS:
        return False
    for s in _doers(verb, borrow_from=("conj",)):
        words = [s, *(c for c in s.children if c.dep_ in ("compound", "amod", "nmod")), *_prep_objects(s, ("of",))]
        if any(w.lower_ in LAVA_WORDS or w.lemma_.lower() in LAVA_WORDS for w in words):
            return True
    return False


#: verbs of a temperature reading reached ("Jacobabad recorded 51.5 C", "the mercury touched 49 degrees")
HEAT_VERBS = frozenset({"record", "hit", "reach", "touch", "top", "exceed", "soar", "climb", "rise", "peak"})
#: what reaches a temperature in the weather: the air's readings and places ("temperatures hit 48C in X")
HEAT_SUBJECTS = frozenset({"temperature", "temperatures", "mercury", "thermometer", "thermometers", "heat",
                           "town", "city", "village", "district", "province", "region", "country", "state",
                           "capital", "area", "station"})
#: the lowest reading in degrees Celsius (Fahrenheit) that is extreme heat: a heatwave event, not a warm day
HEAT_MIN_CELSIUS = 45.0
HEAT_MIN_FAHRENHEIT = 113.0
_READING = re.compile(r"^(\d+(?:\.\d+)?)\s*°?\s*([CF])$")


def _reading(tok: Token) -> tuple[float, str] | None:
    """A temperature written as one token ("48C", "51.5°C") or as a number on a unit ("51.5 C", "49 degrees
    Celsius", "120 F"): (value, "C" or "F")."""
    m = _READING.match(tok.text)
    if m:
        return float(m.group(1)), m.group(2)
    unit = {"c": "C", "°c": "C", "celsius": "C", "centigrade": "C", "f": "F", "°f": "F", "fahrenheit": "F",
            "degrees": "C", "degree": "C"}.get(tok.lower_)
    if unit is None:
        return None
    if tok.lower_ in ("degrees", "degree") and any(c.lower_ in ("fahrenheit", "f") for c in tok.head.subtree):
        unit = "F"
    nums = [c for c in (*tok.children, *(g for c in tok.children if c.lower_ in ("degrees", "degree")
                                         for g in c.children)) if c.dep_ == "nummod" and c.like_num]
    try:
        return (float(nums[0].text.replace(",", "")), unit) if nums else None
    except ValueError:
        return None


def _extreme_heat(verb: Token) -> bool:
    """Does a place or the air reach a heatwave's temperature ("the town of Jacobabad recorded 51.5 C",
    "temperatures hit 48C in Phalodi", "the mercury touched 49 degrees Celsius")? Not a warm 30C, nor an oven
    that reached 200C (no place nor weather as subject)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in HEAT_SUBJECTS or s.lower_ in HEAT_SUBJECTS or s.ent_type_ in ("GPE", "LOC")
               for s in subjects):
        return False
    readings = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
    readings += _prep_objects(verb, ("to", "above", "over"))
    for r in readings:
        got = _reading(r)
        if got is not None:
            value, unit = got
            return value >= (HEAT_MIN_CELSIUS if unit == "C" else HEAT_MIN_FAHRENHEIT)
    return False


#: rolling stock that can leave the rails ("six empty grain cars left the tracks")
RAIL_VEHICLES = frozenset({"train", "car", "wagon", "carriage", "coach", "locomotive", "engine", "tram", "railcar",
                           "tanker", "boxcar", "hopper"})
#: what a derailed vehicle leaves ("left the tracks", "jumped the rails", "came off the line")
RAIL_WORDS = frozenset({"track", "tracks", "rail", "rails", "line"})


def _off_the_rails(verb: Token) -> bool:
    """Is the verb a train or its cars leaving the rails ("six grain cars left the tracks", "the train jumped the
    rails", "two wagons came off the line")? Not a figurative "came off the rails" of a plan (no rail vehicle)."""
    lemma = verb.lemma_.lower()
    if lemma in ("leave", "jump"):
        left = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in ("come", "go"):
        left = [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "off" for g in c.children
                if g.dep_ == "pobj"]
    else:
        return False
    if not any(w.lower_ in RAIL_WORDS and any(d.lower_ == "the" for d in w.children) for w in left):
        return False
    return any(s.lemma_.lower() in RAIL_VEHICLES for s in _doers(verb, borrow_from=("conj",)))


def _forces_ordered_to(verb: Token) -> bool:
    """Is "order" sending a force to a place ("ordered 300 soldiers to the border", "ordered troops into the
    city")? Not "ordered troops to withdraw" (an infinitive), nor "ordered the arrest of"."""
    forces = _with_conjuncts(c for c in verb.children if c.dep_ == "dobj")
    if not any(_force_word(w) for w in forces):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") and any(
        g.dep_ == "pobj" for g in c.children) for c in (*verb.children, *(
            c for w in forces for c in w.children)))


def _diplomat_called_in(verb: Token) -> bool:
    """Is "call in" a summons of a diplomat ("called in a senior diplomat from the embassy", "called the
    ambassador in")? The parser takes "in" for a preposition or a particle."""
    if not any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in verb.children):
        return False
    called = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    called += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
               if g.dep_ == "pobj"]
    return any(_diplomat_word(w) for w in _with_conjuncts(called))


#: bodies of a state whose "protest" is an official complaint ("the foreign ministry protested", "the Kremlin")
STATE_BODIES = frozenset({"government", "governments", "ministry", "ministries", "embassy", "embassies", "kremlin",
                          "administration", "cabinet", "consulate", "presidency"})


def _state_word(w: Token) -> bool:
    """Is ``w`` a state: a country or a capital standing for its government ("Moscow"), or a state body?"""
    return (w.pos_ == "PROPN" and w.ent_type_ == "GPE") or _word_in(w, STATE_BODIES)


def _state_protest(tok: Token) -> bool:
    """Does a state protest ("Moscow protests", "the foreign ministry protested the sale", a headline's "...;
    Bolivia protests" read as a noun with the country its compound)? An official complaint, not people
    protesting; "protesters in Moscow", "Kenya protests turn deadly" stay a protest. ("lodged a protest" keeps
    the noun's own sense: it is placed where it is lodged.)"""
    if tok.pos_ == "VERB":
        subj = _subject(tok)
        return subj is not None and _state_word(subj)
    last = tok.i + 1 >= tok.sent.end or tok.doc[tok.i + 1].is_space  # the headline ends with it
    return tok.lower_ == "protests" and tok.dep_ in ("dep", "parataxis") and last and any(
        c.dep_ == "compound" and c.i == tok.i - 1 and _state_word(c) for c in tok.children)


def _summons_reason(tok: Token) -> bool:
    """Is the verb "protest" the purpose of a summons ("summoned the envoy to protest against", "called in a
    diplomat to protest")? The complaint is the summons itself, no protest by people."""
    head = tok.head
    return tok.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB" and head.i != tok.i and (
        head.lemma_.lower() == "summon" or (head.lemma_.lower() == "call" and _diplomat_called_in(head)))


def _find_trigger(tok: Token) -> tuple[str, str] | None:
    lem, tag = tok.lemma_.lower(), tok.pos_  # read once: each read looks the string up again
    if _patrol_unit(tok):
        return None
    if _broke_into(tok):
        return "crime", ""  # "thieves broke into the museum"
    if tok.lower_ == "due" and tag == "ADJ" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and g.lemma_.lower() != "court" for g in c.children) for c in tok.children):
        return "visit", TRIGGERS["visit"][1]  # "the envoy is due in Belgrade on Thursday"
    if tag == "PROPN" and tok.dep_ != "compound" and any(
            c.dep_ == "compound" and c.lower_ in STORM_TITLES and c.i < tok.i for c in tok.children) and not any(
            c.dep_ == "compound" and c.i < tok.i and c.lower_ not in STORM_TITLES | STORM_TITLE_PREFIXES
            and c.text[:1].isupper() for t in (tok, *tok.children) if t.dep_ == "compound" or t.i == tok.i
            for c in t.children):
        return "natural_disaster", ""  # a named storm: "Cyclone Shakti slammed into the coast"; not a title
        # inside another name ("the Green Storm Blog", a blog's name)
    if tag == "NOUN" and lem == "fire":
        return _fire_noun(tok)
    if tag == "VERB" and _lava_flow(tok):
        return "natural_disaster", ""  # "lava crossed the coastal road", "the lava flow buried houses"
    if tag == "VERB" and lem in HEAT_VERBS and _extreme_heat(tok):
        return "natural_disaster", ""  # "Jacobabad recorded 51.5 C", "temperatures hit 48C in Phalodi": a heatwave
    if tag == "VERB" and _off_the_rails(tok):
        return "accident", TRIGGERS["derail"][1]  # "six grain cars left the tracks": a derailment
    if lem == "order" and tag == "VERB" and _forces_ordered_to(tok):
        return "deployment", TRIGGERS["send"][1]  # "the president ordered 300 soldiers to the border"
    if lem == "call" and tag == "VERB" and _diplomat_called_in(tok):
        return "diplomatic_summons", TRIGGERS["summon"][1]  # "the ministry called in a Chinese diplomat"
    if lem == "fly" and tag == "VERB" and any(
            _word_in(a, PEOPLE_NOUNS | STAFF_NOUNS | RESCUED_PEOPLE) for a in _args(tok)) and (
            any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)) and any(
            _craft(s) or _word_in(s, MILITARY_CRAFT) for s in _doers(tok, borrow_from=())):
        return "evacuation", ""  # "two helicopters flew 120 tourists from the valley to X": an airlift
    if _port_traffic_drop(tok):
        return "disruption", ""  # "container handling at the port fell by 40 percent": port operations cut
    if lem in MARKER_REMOVAL_VERBS and tag == "VERB" and _border_markers_removed(tok):
        return "seizure", "COERCE/171"  # "border guards pulled the buoys marking the frontier out of the river":
        # a state's forces take away another's border property (CAMEO 171, seize or damage property)
    if lem in DUST_FALL_VERBS and tag == "VERB" and _industrial_dust_fall(tok):
        return "accident", ""  # "a cloud of graphite dust settled over the village": an industrial release
    if lem == "arrive" and tag == "VERB" and _vessel_arrival(tok):
        return "vessel_movement", ""  # "the container ship arrived at X on its maiden voyage": a ship reaches a
        # port ("arrive" is otherwise a visit, see _visit_sense)
    if lem in ("turn", "push") and tag == "VERB" and _turned_back_at_border(tok):
        return "arrest", TRIGGERS["deport"][1]  # "police turned back the group at the border post": people kept
        # out of the country, typed like "expelled 1,200 migrants" (CAMEO 174)
    if lem in CONVOY_MOVES and tag == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "convoy" and _people_convoy(c) for c in tok.children):
        return "evacuation", ""  # "a convoy of buses carrying 2,000 refugees left X for Y": people moved out or
        # home (the verb, which holds where from and where to)
    if lem in CRAFT_PRESENCE_VERBS and tag == "VERB" and _state_craft_near(tok):
        return TRIGGERS["patrol"][:2]  # "coast guard ships were spotted near the shoal", "two warships remained
        # off the coast": state vessels present off a place, a patrol (CAMEO 150)
    if tag in ("VERB", "AUX") and lem in ("run", "go", "be") and any(
            c.lower_ == "aground" and c.dep_ in ("advmod", "prt", "acomp") for c in tok.children):
        return "accident", ""  # "a container ship ran aground", "went aground off X"
    if tok.lower_ == "fighting" and tag == "VERB" and tok.dep_ in ("nsubj", "nsubjpass") and (any(
            c.dep_ == "prep" and c.lower_ in ("between", "among") and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children) or tok.head.lemma_.lower() in CONSEQUENCE_VERBS):
        return "armed_conflict", TRIGGERS["fighting"][1]  # "Fighting between rival clans has killed 12", a
        # gerund subject the parser reads as a verb
    if lem == "die" and tag == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
                g.dep_ == "pobj" and (_word_in(g, DISEASE_WORDS) or any(
                    m.dep_ in ("compound", "amod") and _word_in(m, DISEASE_WORDS) for m in g.children))
                for g in c.children) for c in (*tok.children, *(
                    g for a in tok.children if a.dep_ == "advmod" and a.lower_ in ("there", "here")
                    for g in a.children))):
        return "disease_outbreak", ""  # "a girl has died of H5N1 bird flu", "died from cholera", "died there of
        # plague" (the parser hangs "of" on "there")
    if lem == "die" and tag == "VERB" and _infected_death(tok):
        return "disease_outbreak", ""  # "a man who died at a hospital was infected with the virus", "died after
        # testing positive for cholera"
    if lem == "die" and tag == "VERB" and _died_in_care(tok) and _names_outbreak(tok.doc):
        return "disease_outbreak", ""  # "a farmer died at the regional hospital on Saturday" in an anthrax report
    if lem in ("die", "find") and tag == "VERB" and _flood_death(tok):
        return "natural_disaster", ""  # "a man was found dead in a flooded underpass", "died in the floodwaters":
        # a death by the flood is the flood's (as "drowned" is)
    if lem == "test" and tag == "VERB" and _tested_positive(tok):
        return "disease_outbreak", ""  # "his nephew tested positive for Nipah": a case confirmed
    if lem in CONTAINMENT_VERBS and tag == "VERB" and _containment_order(tok):
        return "disease_outbreak", ""  # "declared containment zones in seven wards", "imposed a quarantine on X":
        # the outbreak's public-health response where it is (no transport closed, so no disruption)
    if lem == "seal" and tag == "VERB" and _sealed_off_area(tok) and _names_outbreak(tok.doc):
        return "disease_outbreak", ""  # "authorities sealed off the district after a herder died of plague": a
        # quarantine of the place, the outbreak's public-health response
    if lem == "declare" and tag == "VERB" and _persona_non_grata(tok):
        return "reduce_relations", "SANCTION/161"  # "declared a Russian diplomat persona non grata"
    if lem == "recall" and tag in ("NOUN", "VERB") and _envoy_recalled(tok):
        return "reduce_relations", "SANCTION/161"  # "Colombia recalled its ambassador", "the recall of its envoy"
    if lem in ESCAPE_WORDS and tag in ("NOUN", "VERB") and _prison_escape(tok):
        return "crime", ""  # "13 inmates escaped from a prison", "the breakout from the prison", "a jailbreak"
    if lem == "take" and tag == "VERB" and _taken_into_custody(tok):
        return "arrest", TRIGGERS["arrest"][1]  # "the suspects were taken into custody", "took two men into custody"
    if lem in ("take", "fly", "carry", "transfer", "move") and tag == "VERB" and _taken_by_air_to_care(tok):
        return "evacuation", ""  # "13 of the injured were taken by helicopter to hospitals in X": a medical
        # evacuation
    if lem == "catch" and tag == "VERB" and _caught_suspect(tok):
        return "arrest", TRIGGERS["arrest"][1]  # "he was caught at the border crossing", "police caught two men"
    if lem == "call" and tag in ("VERB", "NOUN") and _port_call(tok):
        return "visit", TRIGGERS["visit"][1]  # "two frigates called at X to take on fuel", "a port call in X"
    if tag in ("NOUN", "VERB", "ADJ") and _robbery_compound(tok):
        return "crime", ""  # "carried out a smash-and-grab at a store", "an armed hold-up at a bank"
    if lem in ("dig", "excavate") and tag == "VERB" and _border_trench(tok):
        return "deployment", TRIGGERS["deploy"][1]  # "troops began digging a trench along the frontier": a
        # border fortified by the army (CAMEO 15, force posture)
    if lem in ("jump", "parachute") and tag == "VERB" and _exercise_jump(tok):
        return "military_exercise", TRIGGERS["exercise"][1]  # "paratroopers jumped over a drop zone" in drills
    if lem in ("airdrop", "air-drop") and tag in ("NOUN", "VERB") and _aid_airdrop(tok):
        return "aid", TRIGGERS["aid"][1]  # "resumed airdrops of sorghum and oil", "airdropped food to the town"
    if lem in GATHER_VERBS and tag == "VERB" and _gathered_to_demand(tok):
        return "protest", TRIGGERS["protest"][1]  # "hundreds gathered outside the town hall to demand answers"
    if lem in ("vote", "voting", "poll", "station") and tag in ("NOUN", "VERB") and _polling(tok):
        return "election", ""  # "voting at two polling stations began late", "polling stations opened at 7 a.m."
    if (lem in ("pull", "pluck", "lift", "winch", "haul", "drag") or lem == "pick" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) and tag == "VERB" and _pulled_to_safety(tok):
        return "evacuation", ""  # "volunteers in boats pulled 60 people from rooftops", "pulled survivors from the
        # rubble", "the crew were picked up from a life raft": people taken out of danger, a rescue
    if lem == "sweep" and tag == "VERB" and _swept_away(tok):
        return "natural_disaster", ""  # "a pickup truck was swept off a flooded road", "two hikers were swept away
        # by floodwaters": a flood's victims
    if lem == "find" and tag == "VERB" and _found_aboard(tok):
        return "seizure", TRIGGERS["seize"][1]  # "a boarding team found 400 kg of cocaine on the trawler"
    if lem in ("lose", "issue", "send", "broadcast", "make", "radio") and tag == "VERB" and (
            _vessel_in_distress(tok)):
        return "accident", ""  # "the ferry lost all engine power", "the ship issued a mayday call"
    if lem in ("strike", "hit") and tag == "VERB" and _struck_hazard(tok):
        return "accident", ""  # "the ferry struck a reef", "the trawler hit rocks": a vessel wrecked, no attack
    if lem in TAP_FOUND_VERBS and tag == "VERB" and _illegal_tap_found(tok):
        return "crime", ""  # "soldiers found and sealed three illegal taps on the pipeline": fuel theft uncovered
    if lem in CASH_THEFT_VERBS and tag == "VERB" and _cash_machine_theft(tok):
        return "crime", ""  # "thieves used a digger to tear a cash machine from a shop wall", "stole an ATM"
    if lem == "raid" and tag == "NOUN" and _cash_machine_raid(tok):
        return "crime", ""  # "one of a dozen such raids" after an ATM pulled from a shop, "ATM raids"
    if tok.lower_ in ("outbreak", "outbreaks") and tag == "VERB" and _mistagged_outbreak(tok):
        return "disease_outbreak", ""  # "declared a dengue fever outbreak on X": the noun parsed as a verb
    if (lem == "fine" or tok.lower_ == "fined") and tag in ("NOUN", "VERB") and _court_fine(tok):
        return "arrest", TRIGGERS["arrest"][1]  # "the captain was fined by the court", "accepted a fine at the
        # district court": a court's punishment, like "sentenced" (CAMEO 173 legal action)
    if lem == "win" and tag == "VERB" and _party_wins_seats(tok):
        return "election", ""  # "the ruling party had won a majority of the municipal councils": a poll's result
    if lem in COURT_RULING_VERBS and tag == "VERB" and _court_ruling(tok, lem):
        return "court_ruling", ""  # "the court ruled that police used excessive force", "the judge ordered the
        # state to pay compensation", "the appeals court overturned the verdict"
    if lem in SUPPLY_CUT_VERBS and tag == "VERB" and _supply_cut(tok) and cause_of(tok) is None and not (
            tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp")):
        return "disruption", ""  # "the utility has cut water supply to parts of the city", "cut off power to X";
        # a strike "cutting electricity to 80,000 homes" is the strike's harm
    if lem in FIND_VERBS and tag == "VERB" and _drugs_found(tok):
        return "seizure", TRIGGERS["seize"][1]  # "customs officers found 2 tonnes of cocaine in a container"
    if lem == "pass" and tag == "VERB" and _warship_transit(tok):
        return TRIGGERS["patrol"][:2]  # "two destroyers passed through the strait": a transit, like "sail"
    if lem == "stop" and tag == "VERB" and _stopped_at_checkpoint(tok):
        return "arrest", TRIGGERS["arrest"][1]  # "a fifth suspect was stopped at a police roadblock"
    if lem in ("keep", "maintain", "station", "position") and tag == "VERB" and (
            _kept_on_station(tok)):
        return "military_patrol", "MOBILIZE/150"  # "the coast guard has kept two patrol boats off X"
    if lem == "add" and tag == "VERB" and _added_to_sanctions_list(tok):
        return "sanctions", TRIGGERS["sanction"][1]  # "added three firms to its sanctions list"
    if lem in ("refuse", "deny") and tag == "VERB" and _vessel_refused_entry(tok):
        return "vessel_movement", ""  # "the trawler was refused entry to the port": a ship turned away from port
    if lem == "fall" and tag == "VERB" and _space_debris_subject(tok):
        return "accident", ""  # "a rocket booster fell on a hillside"
    if lem in EMERGENCY_DECLARE_VERBS and tag == "VERB" and _emergency_declared(tok):
        return "disruption", ""  # "the town declared a local state of emergency": normal life suspended
    if lem in WATER_AID_VERBS and tag == "VERB" and _water_for_people(tok):
        return TRIGGERS["aid"][:2]  # "soldiers began purifying water for residents": water supplied as aid
    if lem in LAUNCH_FAILURE_VERBS and tag == "VERB" and _launch_vehicle_subject(tok):
        return "accident", ""  # "an orbital rocket crashed into the sea seconds after liftoff": a launch failure
    if _restriction_order(tok) or tag == "VERB" and (_told_to_stay_indoors(tok) or _travellers_screened(tok)):
        return "disruption", ""  # "issued a stop-work order", "told to stay indoors", "began screening
        # passengers": a measure imposed on a place, like a curfew
    if _armed_sweep(tok):
        return TRIGGERS["patrol"][:2]  # "troops began a sweep of villages": a search operation by armed forces
    if tag not in ("NOUN", "VERB") or tok.text[:1].isupper() and tag != "NOUN":
        return None
    if tok.lower_ == "wound" and tag == "VERB" and (lem == "wind" or any(
            c.dep_ == "prt" and c.lower_ in ("down", "up") for c in tok.children)):
        return None  # "as the game wound down", "wound up in court": the past of "wind", no one injured
    lemma = LEMMA_REPAIRS.get(tok.lower_, lem)
    entry = TRIGGERS.get(lemma) or TRIGGERS.get(tok.lower_)
    if entry is None:
        return None
    event_type, code, allowed = entry
    if tag not in allowed:
        return None
    if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC") and tok.ent_iob_ == "B":
        return None
    if event_type == "military_exercise" and lem == "exercise" and tag != "NOUN":
        return None
    if event_type == "agreement" and lem == "deal" and tag != "NOUN":
        return None
    if lem == "convoy" and not (
            any(w.lemma_.lower() in AID_CARGO for w in tok.subtree if w.i != tok.i)
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB"):
        return None  # "a convoy carrying food crossed into", "sent an aid convoy"; not a military convoy, nor
        # the convoys that residents "depend on"
    if lem == "convoy" and tok.dep_ in ("nsubjpass", "dobj") and (
            tok.head.lemma_.lower() in HARM_VERBS | CONVOY_STOPPING_VERBS):
        return None  # "the convoy was hit by roadside bombs", "ambushed a convoy", "gunmen stopped a convoy of
        # fuel trucks": the attack or hold-up is the event, not aid
    if event_type == "agreement" and tag == "NOUN" and (any(
            c.dep_ == "relcl" and c.lemma_.lower() in FAILED_VERBS for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "for", "about") and (
                TRIGGERS.get(tok.head.head.lemma_.lower(), ("",))[0] == "meeting"))):
        return None  # "a pact that stalled in 2019", "negotiations on a trade pact": no agreement (yet)
    if event_type == "agreement" and tag == "NOUN" and _named_past_agreement(tok):
        return None  # "the envoy overseeing the Oslo peace accords": a standing treaty named, not one made now
    if event_type == "armed_conflict" and tag == "NOUN" and _talks_topic(tok):
        return None  # "held talks on the war in Syria": the subject of the talks, not fighting reported here
    if lem == "raid" and tag == "NOUN" and _arrest_raid(tok):
        return None  # "police detained the mayor in a dawn raid": the raid is the arrest, not an attack
    if lem == "landing" and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in FORCED_LANDING for c in tok.children):
        return None  # "made an emergency landing"; not a plain landing
    if lem == "drown" and tag == "VERB":
        flood = any(t.lemma_.lower() in DISASTER_SUBJECTS or t.lower_ in ("flooded", "floodwaters")
                    for t in tok.doc if t.i != tok.i)
        return ("natural_disaster", "") if flood else ("accident", "")  # a death by water: the flood's, else
        # an accident ("a man drowned when his car was swept off a flooded road")
    if event_type == "natural_disaster" and tag == "VERB" and lem in (
            "pour", "surge", "inundate", "swamp", "submerge", "overflow", "overtop", "sweep", "engulf") \
            and not _water_surge(tok):
        return None  # "floodwaters poured into the town"; not "money poured in", "crowds surged"
    if lem == "suspend" and tag == "VERB" and (_disruption(tok) or (any(
            _word_in(a, SUSPENDED_SERVICES) for a in _args(tok)) and not _armed_subject(tok))):
        return "disruption", ""  # "rail traffic was suspended", "suspended drinking water intake"; "suspended
        # talks" reduces relations
    if lem == "fly" and tag == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and any(
            _word_in(a, PEOPLE_NOUNS | STAFF_NOUNS) for a in _args(tok)):
        return "evacuation", ""  # "flew non-essential staff out", "staff were flown out": people taken out of
        # danger, like "airlifted residents"
    if lem == "meet" and tag == "VERB" and (subj := _subject(tok)) is not None and (
            _naval_vessel(subj)):
        return None  # "HMS Iron Duke met the Russian flotilla": ships meeting at sea hold no talks
    if lem == "meet" and tag == "VERB" and (subj := _subject(tok)) is not None and (
            subj.lemma_.lower() in MEETING_LINES):
        return None  # "where its borders meet those of Romania", "the road meets the river": lines, not talks
    if lem == "meet" and tag == "VERB" and _met_no_meeting(tok):
        return None  # "to meet residency requirements", "meets her friend's new baby": no talks held
    if lem == "agree" and not (any(c.dep_ == "xcomp" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "to") and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children)):
        return None  # "agreed to restore the ceasefire", "agreed on a truce"; not "analysts agree that"
    if event_type == "agreement" and tag == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in (
            "to", "towards", "toward") and (tok.head.head.tag_ in ("JJR", "RBR") or tok.head.head.lemma_.lower()
                                             in PROSPECT_WORDS):
        return None  # "closer than ever to a peace treaty", "a step towards a deal": not (yet) an agreement
    if lemma in AID_SEND_VERBS and tag == "VERB":
        if _aid_sent(tok):
            return TRIGGERS["aid"][:2]  # "sent a rescue team and relief supplies to X", "flew in supplies"
        if lemma == "deliver":
            return None  # only aid delivered ("delivered a speech" is no event)
    if lemma in ("flee", "cross") and tag == "VERB":
        if _people_fled(tok, lemma):
            return "evacuation", ""  # "3,000 people fled across the river into X": people out of danger
        if lemma == "flee":
            return None  # "the gunmen fled", "the suspect fled the scene": no displacement
    if lemma == "cross" and tag == "VERB" and _force_crosses_into(tok):
        return "deployment", TRIGGERS["send"][1]  # "an artillery battalion crossed into Finland": a troop movement
    if lemma in ("enter", "violate", "cross", "violation", "violations") or (
            lemma == "incursion" and tag == "NOUN"):
        incursion = _incursion(tok, lemma)
        if incursion is not None:
            return incursion or None  # "a military helicopter entered Estonian airspace"; "troops entered the town"
            # is an attack (below), "violated the law" and "crossed the street" no event
    if lemma == "sail" and tag == "VERB" and _warship_transit(tok):
        return TRIGGERS["patrol"][:2]  # "the aircraft carrier sailed north through the strait", like "transit"
    if lemma in ("break", "burst") and tag == "VERB" and _water_surge(tok) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("bank", "banks") for c in tok.children):
        return "natural_disaster", ""  # "the river broke its banks near X": a flood
    if lemma == "cut" and tag == "VERB" and _water_cut(tok):
        return "disruption", ""  # "the swollen river cut the road between X and Y", "floodwaters cut off two towns"
    if event_type == "disruption" and tag == "VERB" and _unrealised(tok):
        return None  # "pressed Tunis to do more to stop departures": an aim, nothing stopped
    sense = _word_sense(tok, lemma, event_type)
    if sense is not None:
        return sense or None  # a sense guard decided: another sense (no event) or another event type
    if lemma in ("throw", "hurl", "pelt") and tag == "VERB":
        return TRIGGERS["throw"][:2] if _thrown_missiles(tok) else None  # "threw stones at police"
    if lemma in ("escort", "tow") and tag == "VERB" and _vessel_taken_to(tok):
        return "vessel_movement", ""  # "the seized boat was escorted to X harbour", "towed the trawler to port"
    if lemma == "tow":
        return None  # "towed the car away"
    if tag == "VERB" and (lemma in SHADOW_VERBS | {"transit", "scramble", "hand", "intercept"}):
        watch = _shadowing(tok, lemma)
        if watch is not None:
            return watch or None  # "a frigate shadowed a Russian warship"; not "analysts monitored the news"
    if lemma == "strike" and tag == "VERB" and tok.dep_ == "amod":
        # "striking truck drivers", "striking dockers": workers on strike (CAMEO 143); "a striking image" no event
        head = tok.head
        if _word_in(head, LABOUR_STRIKE_WORDS | PEOPLE_NOUNS) or head.lemma_.lower().endswith("worker"):
            return "protest", "PROTEST/143"
        return None
    if lemma == "strike" and tag == "VERB" and _workers_strike(tok):
        return "protest", "PROTEST/143"  # "tea workers strike over wages", "nurses struck for a week"
    if tag == "VERB" and lemma in CABLE_HARM_VERBS and _cable_cut(tok) and not _weapon_subject(tok) and (
            cause_of(tok) is None):
        return "disruption", ""  # "a data cable was damaged", "the pipeline was cut"; a missile's hit is an attack
    if lemma == "cut" and tag == "VERB" and any(
            c.dep_ == "nsubjpass" and _word_in(c, CLOSED_ROUTES | ROUTE_NOUNS) for c in tok.children):
        return "disruption", ""  # "the road was cut in four places" (by a flood, a slide, a blockade)
    if lemma in ("cut", "rupture") and tag == "VERB":
        return None  # only a link cut ("cut taxes", "cut off" are no event)
    if lemma in ("blackout", "blackouts", "outage", "outages"):
        if tok.dep_ == "compound" or any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in NON_SUPPLY_BLACKOUT for c in tok.children):
            return None  # "a media blackout", "a news blackout": information withheld, no supply cut
        return "disruption", ""  # "a fault triggered a blackout", "the outage began on Monday"
    if lemma == "fault" and _machine_fault(tok):
        return "accident", ""  # "the ferry suffered an engine-room fault": a vessel disabled at sea
    if lemma == "fault":
        return ("disruption", "") if _link_fault(tok) else None  # "the cable developed a fault"; not "our fault"
    if lemma == "board" and not _boarded_vessel(tok):
        return None  # "border guards boarded a tanker"; not "passengers boarded the ferry", "boarded a flight"
    if lemma == "search":
        return (event_type, code) if _military_search(tok) else None
    if lemma == "hunt":
        return (event_type, code) if _manhunt(tok) else None
    if lemma == "blaze" and tag == "NOUN" and (_vehicle_fire_before(tok) or _structure_fire(
            tok, [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]) or _structure_fire_before(tok)):
        return "accident", ""  # "fire broke out on a ferry ... tugs brought the blaze under control"
    if lemma == "rescue" and not any(_rescued(a) for a in _args(tok)):
        return None  # "rescued 22 crew members"; not "rescued the bank", "rescued the talks"
    if lemma == "refloat" and not any(_word_in(a, VEHICLE_NOUNS | INTERCEPTED_VESSELS) for a in _args(tok)):
        return None  # "tugs refloated the ship"
    if lemma == "ground" and tag == "VERB" and _vessel_grounded(tok):
        return "accident", ""  # "the freighter grounded on a reef", "the ship was grounded off X"
    if event_type == "protest" and lemma in ("block", "blockade", "barricade"):
        return _blocked_route(tok)
    if tag == "NOUN" and tok.dep_ == "compound":
        head_entry = TRIGGERS.get(tok.head.lemma_.lower()) or TRIGGERS.get(tok.head.lower_)
        if head_entry is None or head_entry[0] != event_type or tok.head.lemma_.lower() == "convoy":
            return None  # a modifier, not an event: "a patrol ship", "protest leaders", "war games"
    if lemma in ("game", "games") and not any(c.lower_ in ("war", "military") for c in tok.children):
        return None  # only "war games"
    if lemma == "ram" and not _rammed(tok):
        return None  # "rammed a patrol boat"; not "rammed the bill through", "rammed home the point"
    if lemma in ("send", "dispatch") and not _sent_force(tok):
        return None  # "send troops to", not "send a letter"
    if lemma == "fly" and (not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)):
        return None  # "the minister flew to Jajarkot", not "jets flew overhead" nor "he was flown to Quito"
    if lemma == "dock" and not any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return None  # "the frigate docked in Mombasa"; not "docked pay", nor a ship "docked" with no port
    if lemma in ("case", "cases") and not _disease_cases(tok):
        return None  # "cholera cases", "new cases were confirmed" in an outbreak; not a court case
    if event_type == "aid" and lemma in ("open", "establish", "set") and not (
            (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELIEF_FACILITIES and any(
                    g.dep_ in ("compound", "amod") and g.lemma_.lower() in RELIEF_MODIFIERS for g in c.children)
                for c in tok.children)):
        return None  # "opened a treatment centre", "set up field hospitals"; not "opened talks", "set a date"
    if lemma == "greet" and not any(c.dep_ == "prep" and c.lower_ in ("at", "in") for c in tok.children):
        return None  # "was greeted at the airport by the minister"; not "greeted the decision"
    if lemma == "remand" and not any(c.dep_ == "prep" and c.lower_ in ("in", "into", "to") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in REMAND_PLACES for g in c.children) for c in tok.children):
        return None  # "were remanded in custody", "remanded to jail"; not "remanded the case for a new trial"
    if event_type == "release" and lemma in ("hand", "handover", "hand-over") and _weapons_handed_over(tok):
        return "release", "CONCEDE/0873"  # "the factions handed over their weapons", "the first handover of arms":
        # disarmament (CAMEO 0873 demobilize armed forces)
    if event_type == "release" and not _captive_cue(tok):
        return None  # "freed two soldiers", "a prisoner swap"; not "released a statement", "free trade"
    if lemma == "seize" and tag == "VERB" and (seized := _args(tok)) and all(
            _captive(a) or _word_in(a, frozenset({"suspect", "suspects"})) for a in seized) and not any(
            _word_in(a, SEIZED_THINGS | INTERCEPTED_VESSELS) for a in seized):
        # people seized: by officers an arrest, by gunmen or pirates a kidnapping ("gunmen seized five fishermen")
        doers = _with_conjuncts(_doers(tok, borrow_from=("conj", "xcomp")))
        if any(_word_in(d, STATE_CAPTORS) for d in doers):
            return "arrest", TRIGGERS["arrest"][1]
        return "crime", ""
    if lemma == "seize" and tag == "VERB" and (seized := _args(tok)) and all(
            a.pos_ == "PROPN" and a.ent_type_ in ("", "PERSON", "ORG") and not any(
                c.dep_ == "det" for c in a.children) for a in seized) and any(
            _kidnapper(d) for d in _with_conjuncts(_doers(tok, borrow_from=("conj", "xcomp")))):
        return "crime", ""  # "Mr X had been seized by armed men at his ranch": a kidnapping
    if event_type == "seizure" and (any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SEIZE_FIGURATIVE
                                        for c in tok.children) or (tag == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("power", "land", "asset") for c in tok.children))):
        return None  # "seized the opportunity"; "a power seizure" is a coup, "asset seizures" a court's
    if event_type == "vessel_movement" and not _vessel_voyage(tok):
        return None  # "the boat left Nouadhibou"; not "the minister left Paris", "talks reached a deal"
    if event_type == "natural_disaster" and tag == "NOUN" and _forecast(tok):
        return None  # "warned of heavy rain", "forecasters expect heavy rain", "no rain fell": nothing happened
    if lemma == "warn" and _weather_warning(tok):
        return None  # "the weather service warned of heavy rain": a forecast, not a threat
    if lemma == "wash" and tag == "VERB" and _pollutant_ashore(tok):
        return "accident", ""  # "oil from the wreck washed up on beaches": a spill reaching the coast
    if event_type == "disruption" and lemma not in ORDERED_STOPS and not _disruption(tok):
        return None  # "the airport was closed", "flights were cancelled"; not "closed the meeting"
    if lemma in ("intercept", "interdict", "interception", "interdiction") and not _intercepted_vessel(tok):
        return None  # "intercepted a boat carrying migrants"; not "intercepted a missile", "intercepted calls"
    if lemma == "charge" and (not any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in CHARGE_WEAPONS for g in c.children) for c in tok.children)
            or any(c.dep_ == "prep" and c.lower_ in ("at", "into", "toward", "towards") for c in tok.children)):
        return None  # "were charged with drug trafficking"; not "charged a fee", "charged the phone", "charged
        # the enemy lines with bayonets", "charged at protesters with batons"
    if lemma in ("spew", "belch") and not (
            (subj := _subject(tok)) is not None and (_word_in(subj, VOLCANO_WORDS) or any(
                c.dep_ == "compound" and _word_in(c, VOLCANO_WORDS) for c in subj.children))):
        return None  # "the volcano spewed ash"; not "the chimney belched smoke"
    if event_type == "attack" and tag == "NOUN" and lemma in ("explosion", "blast"):
        kind = _explosion_kind(tok)
        if kind is not None:
            return kind
    if lemma == "move" and tag == "VERB" and _force_moves_in(tok):
        return "deployment", TRIGGERS["send"][1]  # "the army moved into the city", "troops move into X"
    if event_type == "evacuation" and lemma in ("move", "relocate", "shift", "transfer") and not (
            _moved_to_refuge(tok) or _moved_between_places(tok) or _people_moved_out(tok)):
        return None  # "moved 700,000 people into cyclone shelters"; not "moved the meeting to Friday"
    if lemma == "land" and (_weapon_subject(tok) or any(c.dep_ == "dobj" for c in tok.children) or not any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC")
                                      or _word_in(g, PLACE_NOUNS | LANDING_SITES))
                and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in LANDING_NOT_PLACES
                for g in c.children) for c in tok.children) and not _landed_at_site(tok)):
        return None  # "the freed man landed at Arlanda Airport"; not "a missile landed in", "landed a deal"
    if lemma in ("send", "dispatch") and not any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in tok.children) and not (
            _requested(tok)) and not _sent_arrives(tok):
        return None  # a deployment has a destination: "send agents to Quito", a force sent "at the request of"
        # a government, or one that "landed in X"
    if lemma == "protest" and tag == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in PROTEST_DOCUMENTS):
        return None  # "handed him a note of protest": a diplomatic note, not people protesting
    if lemma == "protest" and tag == "NOUN" and _protest_received(tok):
        return None  # "summoned to receive a formal protest": the summons' complaint, no event of its own
    if lemma in ("expel", "expulsion"):
        if _expelled_diplomat(tok):
            return event_type, code
        return ("arrest", TRIGGERS["deport"][1]) if _expelled_people(tok) else None  # "expelled 1,200 migrants": a
        # deportation (CAMEO 174); not "expelled from the party"
    if lemma == "protest" and tag == "VERB" and _summons_reason(tok):
        return None  # "summoned the envoy to protest against the expulsion": the summons is the event
    if lemma == "protest" and _state_protest(tok):
        return "statement_criticism", "ACCUSE/114"  # "Moscow protests", "China lodged a protest with Manila":
        # a government complains officially (CAMEO 114), no street protest
    if event_type == "arrest" and tag == "NOUN" and tok.dep_ in ("dobj", "oprd", "attr") and (
            tok.head.lemma_.lower() in NAMING_VERBS):
        return None  # "held in what rights groups call political detention": a name for a state, no arrest
    if lemma in ("deport", "deportation") and not _deportation(tok):
        return None  # "deported two activists", "ordered their deportation"; not "deportation flights"
    if event_type == "reduce_relations" and tag == "VERB" and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELATION_NOUNS for c in tok.children):
        return None  # "suspended talks", not "suspended a player"
    if event_type == "reduce_relations" and tag == "NOUN" and (suspended := _with_conjuncts(_prep_objects(
            tok, ("of",)))) and not any(_word_in(w, RELATION_NOUNS) for w in suspended):
        return None  # "the suspension of talks", not "the suspension of live-fire drills" or "of a player"
    if lemma == "rain" and not any(c.dep_ in ("amod", "compound") or c.lower_ == "of" for c in tok.children) \
            and not (tok.head.lower_ == "of" and tok.dep_ == "pobj"):
        return None  # "heavy rain", "inches of rain" are weather events; a bare "rain" is not
    if lemma == "storm" and (tag == "VERB" or tok.lower_ == "storming"):
        return "attack", TRIGGERS["attack"][1]  # "stormed the parliament", "the storming of the base"
    if lemma == "strike" and tag == "NOUN" and labour_strike(tok):
        return "protest", "PROTEST/143"  # CAMEO 143: conduct strike or boycott
    if event_type == "attack" and tag == "VERB" and lemma in CONSEQUENCE_VERBS and _falling_object_agent(tok):
        return "accident", ""  # "killed by a falling wall": a structure's collapse, not an attack
    if tag == "VERB" and (lemma in CONFLICT_VERBS or event_type == "event_verb"):
        return _conflict_verb(tok, lemma, event_type, code)
    if event_type == "attack" and tag == "VERB" and _disaster_subject(tok):
        if lemma in CONSEQUENCE_VERBS and (cause := cause_of(tok)) is not None and cause[1][0] == "accident":
            return cause[1]  # "fire damaged a two-story house": the house fire's accident
        return "natural_disaster", ""  # "the earthquake struck", "Cyclone Mocha, which struck the coast"
    if lemma in ("strike", "hit") and tag == "VERB" and _vehicle_doer(tok):
        return "accident", ""  # "his boat was struck by an Indian trawler", "a bus hit a car": a collision
    if lemma == "firing" and any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            g.lemma_.lower() in WEAPON_NOUNS for g in c.children) for c in tok.children):
        return None  # "the firing of the coach" is a dismissal
    if lemma == "airlift" and not any(c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE_NOUNS for c in tok.children):
        return None  # "airlifted residents", not "airlifted supplies"
    if event_type == "accident" and lemma in ("sink", "crash") and not _vehicle_subject(tok) and not (
            lemma == "crash" and _space_debris_subject(tok)):
        return None  # "the tanker sank", "a plane crashed"; not "prices sank"
    if lemma == "crash" and tag == "NOUN" and not any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in VEHICLE_NOUNS for c in tok.children):
        return None  # "a plane crash", not "a market crash"
    if lemma == "fire" and tag == "VERB" and _fired_in_exercise(tok):
        return "military_exercise", "MOBILIZE/150"  # "troops fired rockets in a live-fire exercise": a drill
    if lemma == "fire" and not any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in tok.children) \
            and not (not any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in FIRED_AT_PREPS and any(g.dep_ == "pobj" for g in c.children)
                for c in tok.children)):
        return None  # "fired the minister" is not an attack; "fired missiles at", "fired on positions" are
    if lemma in ("hit", "damage", "destroy", "pound") and tag == "VERB" and not _weapon_subject(tok):
        cause = cause_of(tok) if lemma in ("damage", "destroy") else None
        if cause is not None:
            return cause[1]  # "homes destroyed in an air strike", "the blast damaged a mosque"
        if lemma == "destroy" and _armed_subject(tok):
            return event_type, code  # "militants destroyed a bridge"
        return None  # "missiles hit a power plant"; not "prices hit a record" nor "the storm damaged homes"
    if event_type == "accident" and lemma in ("collapse", "burst", "breach") and not _structure_cue(tok):
        return None  # "a tunnel collapsed", "the collapse of a bridge"; not "talks collapsed"
    if lemma == "conference" and any(c.lower_ in ("press", "news") for c in tok.children):
        return None  # a press conference is where things are said, not an event of its own
    if tag == "VERB" and event_type in ("protest", "meeting", "aid") and any(
            c.dep_ == "dobj" and not (lemma == "march" and c.lemma_.lower() in DISTANCE_UNITS) for c in tok.children
    ) and lemma not in ("meet", "protest", "open", "establish", "set"):
        return None  # "demonstrate their ability", "rally support"
    if tag == "VERB" and lemma in ("shoot", "strike", "attack") and any(
            c.dep_ == "dobj" and c.lemma_ in ("video", "film", "deal", "balance", "chord", "note", "idea")
            for c in tok.children):
        return None
    if event_type == "visit":
        sense = _visit_sense(tok, lemma)
        if sense is not None:
            return sense or None  # no official visit, or a team's deployment (see :func:`_visit_sense`)
    return event_type, code


#: conflict verbs handled by :func:`_conflict_verb`
CONFLICT_VERBS = frozenset({"kill", "wound", "injure", "target", "murder", "execute", "behead", "lynch",
                            "assassinate", "detonate", "explode", "blow", "launch", "capture", "recapture", "retake",
                            "overrun", "occupy", "liberate", "enter", "burn", "torch", "erupt"})
#: harm verbs: an event in their clause that did it is their event ("the strike killed 12")
#: modifiers of "blackout" / "outage" that make it no cut in a supply ("media blackout", "blackout period")
NON_SUPPLY_BLACKOUT = frozenset({"media", "news", "information", "press", "reporting", "period", "election",
                                 "electoral", "campaign", "total-news", "tv", "television", "broadcast"})
CONSEQUENCE_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "burn"})
#: events that kill, wound or destroy (not statements, talks or sanctions)
CAUSE_TYPES = frozenset({"attack", "armed_conflict", "natural_disaster", "accident", "disease_outbreak", "crime",
                         "protest", "seizure", "arrest"})
#: objects that make "kill" figurative ("killed the bill", "kill time")
KILL_FIGURATIVE = frozenset({"bill", "legislation", "measure", "proposal", "plan", "deal", "idea", "project",
                             "programme", "program", "story", "time", "engine", "light", "lights", "switch", "process",
                             "motion", "amendment", "momentum", "hope", "hopes", "chance", "chances", "joke", "mood",
                             "buzz", "competition", "pain", "germ", "germs", "bacteria", "weed", "weeds", "app",
                             "feature", "service", "product", "conversation", "talks", "job", "jobs", "it", "reform",
                             "initiative", "merger", "bid", "game", "show", "series", "vibe", "effort"})
#: body parts: "injured his knee" is no attack
BODY_PARTS = frozenset({"knee", "ankle", "hamstring", "shoulder", "back", "wrist", "hand", "foot", "leg", "arm",
                        "elbow", "groin", "calf", "thigh", "neck", "hip", "finger", "toe", "muscle"})
#: subjects who fight: "troops entered the town", "rebels captured the base", "militants destroyed a bridge"
ARMED_NOUNS = frozenset({"troop", "troops", "force", "forces", "army", "military", "soldier", "soldiers", "militant",
                         "militants", "rebel", "rebels", "insurgent", "insurgents", "gunman", "gunmen", "attacker",
                         "attackers", "fighter", "fighters", "militia", "militias", "jihadist", "jihadists",
                         "warplane", "warplanes", "jet", "jets", "drone", "drones", "tank", "tanks", "unit", "units",
                         "battalion", "brigade", "division", "commando", "commandos", "paratrooper", "paratroopers",
                         "marine", "marines", "guerrilla", "guerrillas", "bomber", "bombers", "assailant",
                         "assailants", "terrorist", "terrorists", "navy", "artillery", "airforce", "mob", "mobs",
                         "insurgency", "group", "groups", "faction", "factions", "junta", "separatist",
                         "separatists", "extremist", "extremists", "raider", "raiders", "bandit", "bandits"})
#: places that are taken, entered or targeted ("captured the town", "targeted a checkpoint")
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "base", "bases", "airport",
                         "airfield", "airbase", "territory", "territories", "area", "areas", "position", "positions",
                         "hill", "hills", "district", "districts", "province", "region", "stronghold", "strongholds",
                         "port", "bridge", "checkpoint", "checkpoints", "outpost", "outposts", "settlement",
                         "settlements", "road", "highway", "crossing", "capital", "field", "oilfield", "dam",
                         "garrison", "headquarters", "compound", "camp", "camps", "post", "posts", "barracks",
                         "neighbourhood", "neighborhood", "suburb", "suburbs", "island", "valley", "border",
                         "frontline", "front", "enclave", "county", "municipality", "locality", "hamlet", "station",
                         "building", "buildings", "palace", "parliament", "ministry", "embassy", "office", "mine"})
#: what an attack is aimed at besides places ("targeted a convoy", "targeted civilians")
TARGET_NOUNS = PLACE_NOUNS | frozenset({
    "convoy", "patrol", "vehicle", "vehicles", "ship", "ships", "vessel", "vessels", "tanker", "hospital", "school",
    "market", "mosque", "church", "infrastructure", "facility", "facilities", "plant", "refinery", "depot", "pipeline",
    "grid", "substation", "police", "troops", "soldiers", "civilians", "worshippers", "residents", "villagers",
    "protesters", "demonstrators", "forces", "fighters", "militants", "rebels", "army", "home", "homes", "house",
    "houses", "warehouse", "bus", "train", "aircraft", "plane", "helicopter", "drone", "drones", "headquarters",
    "leader", "leaders", "commander", "commanders", "official", "officials", "journalist", "journalists", "hideout",
    "hideouts", "tunnel", "tunnels", "launcher", "launchers", "arsenal", "shelter", "shelters", "crowd"})
#: objects of "target" that are economic or figurative ("target inflation", "targeted ads")
TARGET_FIGURATIVE = frozenset({"inflation", "rate", "rates", "growth", "deficit", "audience", "voter", "voters",
                               "consumer", "consumers", "customer", "customers", "investor", "investors", "market",
                               "markets", "emission", "emissions", "spending", "tax", "taxes", "revenue", "sale",
                               "sales", "ad", "ads", "advertising", "demographic", "segment", "buyer", "buyers",
                               "export", "exports", "import", "imports", "bank", "banks", "sector", "industry",
                               "company", "companies", "firm", "firms", "individual", "individuals", "entity",
                               "entities", "asset", "assets", "oligarch", "oligarchs", "producer", "producers",
                               "exporter", "exporters", "manufacturer", "manufacturers", "supplier", "suppliers",
                               "shipper", "shippers", "insurer", "insurers", "trader", "traders"})
#: weapons launched ("launched missiles at", "launched a drone attack")
LAUNCHED_WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones", "projectile",
                              "projectiles", "salvo", "barrage", "torpedo", "torpedoes", "mortar", "mortars",
                              "grenade", "grenades", "shell", "shells", "munition", "munitions", "bomb", "bombs"})
#: what explodes or is detonated in a bombing
EXPLOSIVE_NOUNS = WEAPON_SUBJECTS | frozenset({"device", "devices", "ied", "ieds", "mine", "mines", "landmine",
                                               "landmines", "explosive", "explosives", "bomb", "bombs", "vest",
                                               "charge", "charges", "car", "grenade", "grenades", "ordnance",
                                               "booby", "trap", "suicide", "bomber", "vbied"})
#: things whose explosion is an accident ("a gas cylinder exploded")
ACCIDENT_EXPLOSIVES = frozenset({"gas", "cylinder", "cylinders", "boiler", "tanker", "pipeline", "plant",
                                 "factory", "transformer", "reactor", "tank", "furnace", "stove", "battery", "boat",
                                 "fireworks", "firework", "warehouse", "depot", "refinery", "well", "mine"})
#: vehicles and weapons taken: a capture of property, a seizure
SEIZED_THINGS = VEHICLE_NOUNS | frozenset({"weapon", "weapons", "arm", "arms", "ammunition", "tank", "tanks",
                                           "equipment", "rifle", "rifles", "gun", "guns", "cache", "drug", "drugs",
                                           "vehicle", "vehicles", "boat", "boats", "ships", "vessels"})
#: people who take to the streets: their occupation of a building is a protest
PROTEST_NOUNS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "activist", "activists",
                           "student", "students", "worker", "workers", "farmer", "farmers", "crowd", "crowds"})
#: what an arsonist burns ("burned homes", "villages were torched")
BURNT_THINGS = STRUCTURE_NOUNS | PLACE_NOUNS | frozenset({"home", "homes", "houses", "car", "cars", "vehicle",
                                                          "vehicles", "shop", "shops", "office", "offices",
                                                          "tyre", "tyres", "tire", "tires", "bus", "buses",
                                                          "crop", "crops", "field", "fields", "hut", "huts",
                                                          "store", "stores", "property", "properties"})
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "us", "me", "himself", "herself",
                               "themselves", "who", "whom"})


def _args(verb: Token) -> list[Token]:
    """The verb's object or passive subject, with their conjuncts."""
    # (a passive subject the parse hung a wire dateline on is the words after it: "HOBART, April 18 (AAP) - A
    # Spirit of Tasmania ferry ... was towed back")
    words = [_after_dateline(c) if c.dep_ == "nsubjpass" else c for c in verb.children
             if c.dep_ in ("dobj", "nsubjpass")]
    if not words and verb.dep_ == "acl" and verb.tag_ == "VBN":
        words = [verb.head]  # "the town captured by rebels"
    return _with_conjuncts(words)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("a team *of* rescuers", "pelted *with* rocks")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj"]


def passive_agents(verb: Token) -> list[Token]:
    """The agents of a passive verb ("was hit *by a drone*", "were caught *by border guards*")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _with_conjuncts(words: Iterable[Token]) -> list[Token]:
    """Each word followed by its conjuncts ("stones and bottles")."""
    return [x for w in words for x in (w, *w.conjuncts)]


#: verbs that put a name on something ("what rights groups call political detention")
NAMING_VERBS = frozenset({"call", "term", "dub", "label", "describe", "characterize", "characterise"})
#: verbs whose object is a decided deportation ("ordered their deportation", "approved the deportation of")
DEPORTATION_ORDER_VERBS = frozenset({"order", "approve", "authorize", "authorise", "rule", "decree", "carry",
                                     "announce", "uphold"})


def _deportation(tok: Token) -> bool:
    """A deportation of people: the verb with whom it deports ("deported two activists", "were deported"), the
    noun as what is ordered or with whom ("ordered their deportation", "the deportation of 38 prisoners"); not
    a modifier or a policy ("deportation flights", "fears of deportation")."""
    if tok.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    if tok.dep_ == "compound":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in DEPORTATION_ORDER_VERBS:
        return True
    return any(c.dep_ == "poss" for c in tok.children) or any(
        g.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for g in _prep_objects(tok, ("of",)))


def _word_in(w: Token, words: frozenset[str]) -> bool:
    return w.lemma_.lower() in words or w.lower_ in words


def _place_word(w: Token) -> bool:
    return _word_in(w, PLACE_NOUNS) or (w.ent_type_ in ("GPE", "LOC", "FAC") and w.pos_ == "PROPN")


def _person_word(w: Token) -> bool:
    return _captive(w) or _word_in(w, PEOPLE_NOUNS | ARMED_NOUNS | PROTEST_NOUNS) or w.lower_ in PERSONAL_PRONOUNS \
        or w.like_num or _word_in(w, frozenset({"suspect", "suspects", "member", "members", "leader", "leaders",
                                                "commander", "commanders", "militant", "militants"}))


#: counting words whose "of" object is what was sent ("hundreds of troops", "a contingent of police")
SENT_QUANTITIES = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                             "contingent", "detachment", "company", "squad", "number", "handful", "column",
                             "convoy", "fleet", "flotilla", "squadron"})
#: modifiers that make a vehicle a military one ("armoured vehicles", "military trucks")
ARMOURED_MODS = frozenset({"armoured", "armored", "military", "army", "combat", "tactical"})
#: vehicles that are a force when armoured ("sent armoured vehicles into the city")
ARMOURED_VEHICLES = frozenset({"vehicle", "vehicles", "car", "cars", "truck", "trucks", "carrier", "carriers"})


def _force_word(w: Token) -> bool:
    """Is ``w`` a force that is sent ("troops", "police", "armoured vehicles", "hundreds of troops")?"""
    if w.lemma_.lower() in SENT_FORCES or w.lower_ in SENT_FORCES:
        return True
    if _word_in(w, ARMOURED_VEHICLES) and any(
            c.dep_ in ("amod", "compound") and c.lower_ in ARMOURED_MODS for c in w.children):
        return True
    return _word_in(w, SENT_QUANTITIES) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in SENT_FORCES or g.lower_ in SENT_FORCES) for g in c.children)
        for c in w.children)


#: what is rammed besides vessels and vehicles ("rammed into the crowd", "rammed a checkpoint")
RAMMED_TARGETS = frozenset({"crowd", "crowds", "checkpoint", "checkpoints", "gate", "gates", "barrier", "barriers",
                            "pedestrian", "pedestrians", "protester", "protesters", "officer", "officers"})


def _rammed(verb: Token) -> bool:
    """Is what "ram" hits (its object, passive subject or "into" object) a vessel, vehicle, people or a
    guarded post ("rammed a patrol boat", "rammed into the crowd", "the car was rammed")?"""
    hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    hit += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "against")
            for g in c.children if g.dep_ == "pobj"]
    return any(_word_in(w, VEHICLE_NOUNS | PEOPLE_NOUNS | RAMMED_TARGETS) for w in hit)


def _sent_force(verb: Token) -> bool:
    """Is what ``verb`` ("send", "dispatch") sends a force, with the objects' conjuncts ("sent armoured
    vehicles and hundreds of troops")?"""
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not sent:
        sent = [c for c in verb.children if c.dep_ == "dative"]  # "sent the landing ship X to Y", parsed as a
        # dative when a name follows the object
    return any(_force_word(w) for w in _with_conjuncts(sent))  # "police were sent to the island"


def _force_moves_in(verb: Token) -> bool:
    """"The army moved into the city": a force (the subject) moving "into" a place, a deployment."""
    subj = _subject(verb)
    return subj is not None and _word_in(subj, DEPLOYED_TRAVELLERS) and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children)


def _force_crosses_into(verb: Token) -> bool:
    """"A battalion of 600 soldiers crossed into Finland": a force (the subject, or the noun a reduced relative
    clause hangs on) crossing "into" a named country or region, a troop movement like "moved into"."""
    subj = _subject(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        subj = verb.head  # "a battalion of 600 soldiers crossed into X" parsed as a reduced relative clause
    return subj is not None and _word_in(subj, DEPLOYED_TRAVELLERS) and any(
        g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC") for g in _prep_objects(verb, ("into",)))


def _armed_subject(verb: Token) -> bool:
    """Is the subject (or a passive's agent) a fighting force or a weapon ("rebels captured", "drones
    targeted", "was overrun by militants")?"""
    words = [_after_dateline(s) for s in _doers(verb, borrow_from=("conj", "xcomp"))]
    words = _with_conjuncts(words)
    return any(_word_in(w, ARMED_NOUNS | WEAPON_SUBJECTS) for w in words)


def _doers(verb: Token, *, borrow_from: tuple[str, ...]) -> list[Token]:
    """The verb's subjects and a passive's agents; with none, the subjects of the verb it hangs on as one of
    ``borrow_from`` ("shelled the town and destroyed a bridge")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += passive_agents(verb)
    if not subjects and verb.dep_ in borrow_from and verb.head.pos_ == "VERB":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def cause_of(verb: Token, _depth: int = 0) -> tuple[Token, tuple[str, str]] | None:
    """The event that did what a harm verb says, in its clause: its subject or agent ("an air strike killed
    12", "killed by a roadside bomb"), "in"/"during" an event ("killed in an explosion"), the verb of which it
    is a participle or conjunct ("shelled the town, killing five"), or a "when" clause ("killed when a bomb
    exploded"); with the trigger's ``(type, code)``."""
    if _depth > 3 or verb.pos_ != "VERB" or verb.lemma_.lower() not in CONSEQUENCE_VERBS:
        return None
    cands: list[Token] = []
    subj = _subject(verb)
    if subj is not None and subj.i != verb.i:
        cands.append(subj)
        cands += [a for a in subj.children if a.dep_ == "appos"]  # "a magnitude 6.4 earthquake killed 51":
        # the parser makes "magnitude" the subject and the quake its apposition
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "amid", "from")):
            cands += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children):
            cands.append(c)
    if verb.dep_ in ("advcl", "conj", "xcomp", "acl") and verb.head.i != verb.i and (
            verb.tag_ == "VBG" or verb.dep_ == "conj"):
        cands.append(verb.head)
    for c in cands:
        if c.pos_ not in ("NOUN", "VERB", "PROPN"):
            continue
        if c.pos_ == "NOUN" and _word_in(c, DISEASE_CAUSES) and not find_trigger(c):
            return c, ("disease_outbreak", "")  # "killed by cholera", "died of the disease"
        if c.pos_ == "VERB" and c.lemma_.lower() in CONSEQUENCE_VERBS:
            hit = cause_of(c, _depth + 1)
            hit = hit[1] if hit is not None else None
        else:
            hit = find_trigger(c)
        if hit is None and c.pos_ == "VERB" and c.i == verb.head.i and (subj := _subject(c)) is not None and (
                subj.pos_ == "NOUN"):
            c, hit = subj, find_trigger(subj)  # "fire swept through the ferry, killing 11": the fire did it
        if hit is not None and hit[0] in CAUSE_TYPES:
            return c, hit
    return None


def linked_trigger(tok: Token) -> Token | None:
    """The trigger this one is a part of in its clause, one event named twice: the cause of a harm verb
    ("an air strike killed 12"), or the event noun of a verb that only says it happened ("the offensive
    began", "launched an offensive")."""
    if tok.pos_ != "VERB":
        return None
    cause = cause_of(tok)
    if cause is not None:
        return cause[0]
    noun = _event_noun(tok)
    return noun[0] if noun is not None else None


def _event_noun(verb: Token) -> tuple[Token, tuple[str, str]] | None:
    """An event noun that is the subject of "begin", "occur", "break out", "erupt" ("clashes erupted"), or
    the object of "launch" / "begin" / "resume" ("launched an offensive")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("begin", "start", "continue", "occur", "happen", "resume", "break", "erupt", "launch",
                     "explode", "detonate"):
        return None
    if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None  # "fighting broke out"; not "broke the record"
    deps = ("nsubj", "nsubjpass") if lemma in ("occur", "happen", "break", "erupt", "explode") else (
        ("dobj", "nsubjpass") if lemma in ("launch", "detonate") else ("nsubj", "nsubjpass", "dobj"))
    for c in verb.children:
        if c.dep_ in deps and c.pos_ == "NOUN":
            c = _after_dateline(c) if c.dep_ == "nsubj" else c
            hit = find_trigger(c)
            if hit is not None and hit[0] not in STATEMENT_TYPES and not (lemma == "erupt" and hit[0] == (
                    "natural_disaster")):
                return c, hit
    return None


def _conflict_verb(tok: Token, lemma: str, event_type: str, code: str) -> tuple[str, str] | None:
    """The sense guards of the conflict verbs (``CONFLICT_VERBS``) and of verbs that say an event happened."""
    if lemma in ("detonate", "explode", "blow") and any(t.lower_ in ("controlled", "test", "tests")
                                                        for t in tok.sent):
        return None  # a controlled detonation by a bomb squad, a weapons test
    noun = _event_noun(tok)
    if noun is not None:
        return noun[1]  # "the offensive began", "clashes erupted in X", "launched an air strike"
    if lemma in ("erupt", "break") and (lemma == "erupt" or any(c.dep_ == "prt" and c.lower_ == "out"
                                                                for c in tok.children)):
        subj = _subject(tok)
        kind = UNREST_SUBJECTS.get(subj.lemma_.lower()) or UNREST_SUBJECTS.get(subj.lower_) if subj is not None \
            else None
        if kind is not None:
            return kind, TRIGGERS["attack"][1]  # "violence erupted", "fighting broke out"
    if lemma == "erupt":
        # a volcano erupts ("the volcano erupted", "Mount Etna erupted", "it erupted"); "anger erupted" is no event
        subj = _subject(tok)
        if subj is None or subj.pos_ in ("PROPN", "PRON") or _word_in(subj, VOLCANO_WORDS) or any(
                _word_in(c, VOLCANO_WORDS) for c in subj.children if c.dep_ in ("compound", "amod")):
            return TRIGGERS["erupt"][:2]
        return None
    if lemma == "break" and any(c.lower_ == "through" and c.dep_ in ("prep", "prt", "advmod")
                                for c in tok.children) and _water_surge(tok):
        return "natural_disaster", ""  # "the river broke through a protective wall"
    if event_type == "event_verb":
        return None
    args = _args(tok)
    if lemma in CONSEQUENCE_VERBS and _nobody_harmed(tok):
        return None  # "no one was injured", "nobody was killed"
    if lemma in CONSEQUENCE_VERBS:
        if any(_word_in(a, KILL_FIGURATIVE | BODY_PARTS | FIGURATIVE_OBJECTS) for a in args):
            return None  # "killed the bill", "injured his knee"
        cause = cause_of(tok)
        if cause is not None:
            return cause[1]  # the event that killed: "the earthquake killed 12" is the disaster
        if _disaster_subject(tok):
            if _fire_set_by_attack(tok):
                return None  # "drones struck the port, starting a fire that burned for hours": the strike's fire
            return "natural_disaster", ""
        reduced = tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in tok.children)
        if lemma != "burn" and (reduced or not _doers(tok, borrow_from=("conj",))) and (tok.dep_ not in (
                "nsubj", "nsubjpass", "dobj", "pobj") or (reduced and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children))):  # also "13 of the injured"  # a clause's verb; not "the most badly injured were flown";
            # a headline's passive without "were" ("two dogs injured") has its victims as the subject
            context = _context_cause(tok)
            if context is not None:
                return context  # "More than 300 were killed in Malaysia" after the tsunami, by cholera
        if lemma == "burn":
            if _disaster_subject(tok) or not any(_word_in(a, BURNT_THINGS) or _person_word(a) for a in args):
                return None  # "the fire burned", "burned calories"
            if any(c.dep_ == "nsubj" and _word_in(c, PROTEST_NOUNS) for c in tok.children):
                return "protest", TRIGGERS["protest"][1]  # "protesters burned tyres"
        return event_type, code
    if lemma in ("torch",):
        return (event_type, code) if any(_word_in(a, BURNT_THINGS) for a in args) else None
    if lemma in ("murder", "assassinate", "behead", "lynch"):
        return event_type, code
    if lemma == "execute":
        if args and all(_person_word(a) for a in args):
            return event_type, code  # "executed two prisoners"; not "executed a plan", "executed a warrant"
        return None
    if lemma in ("detonate", "explode", "blow"):
        if lemma == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            return None  # "blew up a bridge"; not "the wind blew"
        if any(t.lemma_.lower() == "test" or t.lower_ in ("controlled", "tests", "test") for t in tok.sent):
            return None  # a weapons test, a controlled detonation by a bomb squad
        subj = _subject(tok)
        if lemma == "explode":
            if subj is not None and _word_in(subj, EXPLOSIVE_NOUNS) or any(
                    _word_in(c, EXPLOSIVE_NOUNS) for c in (subj.children if subj is not None else ())
                    if c.dep_ in ("compound", "amod")):
                return event_type, code  # "a roadside bomb exploded", "a car bomb exploded"
            if subj is not None and (_word_in(subj, ACCIDENT_EXPLOSIVES) or any(
                    _word_in(w, ACCIDENT_EXPLOSIVES) for c in subj.children
                    for w in ((c,) if c.dep_ == "compound" else (g for g in c.children if g.dep_ == "pobj")
                              if c.dep_ == "prep" and c.lower_ in ("on", "of", "in") else ()))):
                return "accident", ""  # "a gas cylinder exploded", "a pipeline rupture exploded", "a tap on a
                # gasoline pipeline exploded"
            return None  # "the population exploded"
        if lemma == "blow" and not args and not (subj is not None and _word_in(subj, ARMED_NOUNS)):
            return None  # "the talks blew up"
        return event_type, code
    if lemma == "launch":
        if any(_word_in(a, LAUNCHED_WEAPONS) for a in args) and not any(
                t.lemma_.lower() in ("test", "satellite") for t in tok.sent):
            return event_type, code  # "launched missiles at", not a missile test nor "launched a website"
        return None
    if lemma == "target":
        if _figurative_target(tok):
            return None  # "target inflation", "sanctions targeting banks"
        subj = _subject(tok)
        if subj is not None and (hit := find_trigger(subj)) is not None:
            return hit if hit[0] in ("attack", "armed_conflict") else None  # "the strike targeted a depot"
        if tok.dep_ == "acl" and (hit := find_trigger(tok.head)) is not None:
            return hit if hit[0] in ("attack", "armed_conflict") else None  # "sanctions targeting X"
        if _armed_subject(tok) or any(_word_in(a, TARGET_NOUNS) for a in args):
            return event_type, code
        return None
    # taking or entering ground: capture, recapture, retake, overrun, occupy, liberate, enter
    if tok.dep_ == "amod" or tok.tag_ == "JJ":
        return None  # "the occupied territories"
    if lemma in ("capture", "recapture") and args:
        if any(_word_in(a, SEIZED_THINGS) for a in args) and not any(_place_word(a) for a in args):
            return "seizure", TRIGGERS["seize"][1]  # "captured two tanks", "captured a ship"
        if all(_person_word(a) and not _place_word(a) for a in args):
            return "arrest", TRIGGERS["arrest"][1]  # "captured the suspects", "captured two soldiers"
    if lemma == "occupy" and any(c.dep_ == "nsubj" and _word_in(c, PROTEST_NOUNS) for c in tok.children):
        return "protest", TRIGGERS["protest"][1]  # "students occupied the university"
    if lemma == "enter":
        if _armed_subject(tok) and (any(_place_word(a) for a in args) or any(
                c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)):
            return event_type, code  # "troops entered the town"; not "entered talks", "entered into force"
        return None
    if any(_place_word(a) for a in args) or (lemma in ("overrun",) and args):
        return event_type, code  # "rebels captured the town", "the base was overrun"
    return None


# -- word senses: event words used in a sense that names no event of theirs ---------------------------------
#: verbs that can attack in words ("the ambassador attacked China", "hit out at", "targeted the president in a
#: speech"); a person who murders, wounds or shoots does it with arms (:func:`speaker_subject`)
VERBAL_ATTACK_VERBS = frozenset({"attack", "hit", "target", "strike", "slam", "blast", "assail", "lash"})
#: modifiers that make a war, battle, fight or conflict one of words, courts or markets ("a legal battle",
#: "our competitive battles", "a price war", "a custody fight")
NONMILITARY_CONFLICT_MODS = frozenset(
    {"legal", "court", "courtroom", "judicial", "political", "competitive", "custody", "price", "pricing", "trade",
     "tariff", "currency", "bidding", "ratings", "culture", "cultural", "budget", "media", "propaganda", "pr",
     "electoral", "boardroom", "takeover", "patent", "copyright", "branding", "marketing", "personal",
     "verbal", "rhetorical", "ideological", "jurisdictional", "regulatory", "bureaucratic", "diplomatic", "tax",
     "zoning", "tug", "uphill"})
#: what one storms to in sport or politics ("stormed to victory", "storm to the lead")
SPORTING_GOALS = frozenset({"victory", "victories", "win", "wins", "lead", "triumph", "success", "fame", "power",
                            "top", "pole", "podium", "final", "finals", "semi-final", "semifinal", "landslide"})
#: what one "battles" or "fights" that is no enemy ("a battle against cancer", "the war on drugs" stays)
AILMENT_NOUNS = frozenset({"cancer", "illness", "disease", "addiction", "obesity", "depression", "leukemia",
                           "leukaemia", "tumour", "tumor", "dementia", "alcoholism", "injury", "injuries"})
#: verbs whose object "deal" is a bargain or a hope, not an agreement reached ("get a deal on used books")
BARGAIN_VERBS = frozenset({"get", "find", "score", "snag", "grab", "snap", "land", "shop", "hunt"})
#: modifiers of "deal" that make it a quantity or a bargain ("a great deal of damage", "a good deal")
DEAL_QUANTITY_MODS = frozenset({"great", "good", "better", "best", "raw", "big", "fair"})
#: what is signed in an agreement ("signed a treaty", "signed 11 deals", "a memorandum was signed")
SIGNED_AGREEMENTS = frozenset(
    {"agreement", "agreements", "treaty", "treaties", "accord", "accords", "deal", "deals", "pact", "pacts",
     "memorandum", "memoranda", "memorandums", "mou", "mous", "contract", "contracts", "protocol", "protocols",
     "convention", "charter", "declaration", "declarations", "communique", "communiqué", "ceasefire", "truce",
     "armistice", "roadmap", "framework", "partnership", "alliance", "arrangement", "arrangements",
     "understanding", "compact", "covenant", "settlement", "instrument", "instruments", "cooperation"})
#: modifiers that make an agreement a private contract or boilerplate ("license agreements", "a user agreement"),
#: also a labour contract in force ("the collective agreement covering 55,000 workers", "a wage agreement")
CONTRACT_MODS = frozenset({"license", "licence", "licensing", "user", "end-user", "service", "terms", "confidentiality",
                           "non-disclosure", "nondisclosure", "rental", "lease", "tenancy", "employment", "prenuptial",
                           "subscription", "franchise", "privacy", "usage", "collective", "bargaining", "wage"})
#: verbs that turn aid down ("rejects aid", "refused assistance"): no aid given
REFUSAL_VERBS = frozenset({"reject", "refuse", "decline", "spurn", "rebuff", "withhold", "deny", "shun", "forgo"})
#: words that make "strike" a work stoppage (with :data:`LABOUR_STRIKE_WORDS`): air traffic control staff
CONTROLLER_WORDS = frozenset({"atc", "controller", "controllers", "air-traffic"})
#: what labour strikes cause ("strikes cause disruption to passengers", "delays")
STRIKE_EFFECTS = frozenset({"disruption", "disruptions", "delay", "delays", "cancellation", "cancellations",
                            "chaos", "misery", "inconvenience"})
#: verbs of naval and air shadowing (with :func:`_shadowing`): "shadowed a Russian warship", "escorted them"
SHADOW_VERBS = frozenset({"shadow", "escort", "monitor", "track", "tail", "trail", "identify", "spot", "sight",
                          "detect"})
#: group words whose "of" names the craft ("a pair of F-35s", "a flight of two jets")
CRAFT_GROUPS = frozenset({"pair", "couple", "flight", "formation", "group", "trio"})
#: military aircraft designations ("F-35s", "Tu-95", "MiG-31", "Il-38", "P-8A")
AIRCRAFT_DESIGNATION = re.compile(r"^(?:[A-Z][a-z]?|MiG|Yak)-\d{1,3}[A-Z]?s?$")
#: warships (with :data:`INTERCEPTED_VESSELS` the subjects of a voyage)
NAVAL_VESSELS = frozenset({"warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "corvette",
                           "corvettes", "cruiser", "cruisers", "submarine", "submarines", "gunboat", "gunboats",
                           "minesweeper", "minesweepers", "cutter", "cutters", "flotilla", "flotillas"})
#: warships, military aircraft and the services that sail or fly them
MILITARY_CRAFT = NAVAL_VESSELS | {"navy", "navies", "coastguard", "jet", "jets", "warplane", "warplanes", "fighter",
                                  "fighters", "bomber", "bombers", "fleet", "squadron", "squadrons"}
#: vessels and aircraft that can be watched ("two Tu-142 maritime patrol aircraft", "the Russian flotilla")
CRAFT_NOUNS = frozenset({"aircraft", "plane", "planes", "airplane", "airplanes", "helicopter", "helicopters",
                         "drone", "drones", "group", "convoy", "convoys", "carrier", "carriers"})
#: prefixes of air forces, not ships
AIR_PREFIXES = frozenset({"RAF", "RAAF", "RCAF", "USAF"})
#: people a company takes out of danger ("flew non-essential staff out")
STAFF_NOUNS = frozenset({"staff", "employee", "employees", "worker", "workers", "personnel", "expatriate",
                         "expatriates", "contractor", "contractors", "diplomat", "diplomats", "national", "nationals"})
#: what is suspended that halts a service or a works ("suspended operations", "suspended drinking water intake")
SUSPENDED_SERVICES = frozenset({"intake", "supply", "supplies", "pumping", "distribution", "output", "drilling",
                                "mining", "extraction", "exports", "imports", "activity", "activities", "work",
                                "works", "sailing", "sailings", "crossing", "crossings", "deliveries",
                                "loading", "loadings", "shipment", "shipments"})
#: aircraft that military jets intercept in the air (not missiles or drones shot down)
AIRCRAFT = frozenset({"aircraft", "plane", "planes", "airplane", "airplanes", "helicopter", "helicopters", "bomber",
                      "bombers", "jet", "jets", "fighter", "fighters", "warplane", "warplanes", "airliner"})
#: modifiers that make a vessel or an aircraft a military one ("a patrol ship", "naval vessels")
MILITARY_MODIFIERS = frozenset({"naval", "navy", "military", "patrol", "coastguard", "coast", "air", "warship",
                                "fighter", "landing", "amphibious", "missile", "aircraft", "surveillance",
                                "reconnaissance"})  # "an aircraft carrier"
#: prefixes of commissioned ships' and air forces' names ("HMS Somerset", "USS Ford", "RAF jets")
SHIP_PREFIXES = frozenset({"HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "RAF", "RAAF", "RCAF", "USAF", "ROKS",
                           "HNLMS", "HDMS", "HNoMS", "HSwMS"})
#: what is handed over from one warship to another ("handed over the watch", "handed over the escort")
WATCH_NOUNS = frozenset({"watch", "escort", "shadowing", "surveillance", "monitoring", "patrol", "duty"})
#: travellers who are no official visitors: responders at a scene, ordinary people on the move, things that
#: arrive ("police arrived within minutes", "refugees travel", "trucks travelling", "the cards arrived")
NON_VISITORS = frozenset(
    {"police", "policeman", "policemen", "officer", "officers", "ambulance", "ambulances", "paramedic", "paramedics",
     "firefighter", "firefighters", "fireman", "firemen", "deputy", "deputies", "trooper", "troopers", "cop", "cops",
     "people", "resident", "residents", "refugee", "refugees", "migrant", "migrants", "tourist", "tourists",
     "visitor", "visitors", "passenger", "passengers", "commuter", "commuters", "traveler", "travelers",
     "traveller", "travellers", "student", "students", "fan", "fans", "shopper", "shoppers", "customer",
     "customers", "guest", "guests", "child", "children", "family", "families", "patient", "patients",
     "truck", "trucks", "lorry", "lorries", "car", "cars", "bus", "buses", "vehicle", "vehicles", "van", "vans",
     "train", "trains", "card", "cards", "letter", "letters", "package", "packages", "parcel", "parcels", "mail",
     "shipment", "shipments", "goods", "supplies", "cargo", "money", "rain", "storm", "wave", "waves", "news",
     "band", "bands", "singer", "singers", "musician", "musicians", "orchestra", "choir", "artist", "artists",
     "troupe", "comedian", "player", "players", "squad", "athlete", "athletes"})
#: travellers sent to do a job: their arrival is a deployment ("a team of experts arrived in Manila",
#: "troops arrived in X"); ships keep their port call (a visit)
DEPLOYED_TRAVELLERS = (ARMED_NOUNS - {"group", "groups", "faction", "factions", "mob", "mobs", "jet", "jets",
                                      "drone", "drones", "warplane", "warplanes", "bomber", "bombers", "tank",
                                      "tanks"}) | frozenset({
    "team", "teams", "expert", "experts", "investigator", "investigators", "specialist", "specialists", "rescuer",
    "rescuers", "inspector", "inspectors", "monitor", "monitors", "observer", "observers", "engineer", "engineers",
    "peacekeeper", "peacekeepers", "personnel", "reinforcement", "reinforcements", "contingent", "detachment",
    "adviser", "advisers", "advisor", "advisors", "agent", "agents"})
#: kinds of trip or tour that are private, professional or a show ("a business trip", "a world tour")
PRIVATE_TRIP_MODS = frozenset(
    {"business", "school", "field", "road", "fishing", "camping", "shopping", "hunting", "ski", "skiing",
     "family", "honeymoon", "holiday", "vacation", "sightseeing", "birthday", "weekend", "college", "campus",
     "class", "concert", "world", "book", "farewell", "reunion", "promotional", "stadium", "arena", "comeback",
     "headline", "headlining", "virtual", "walking", "bus", "golf", "music", "musical", "comedy", "club",
     "pleasure", "guided", "ghost", "bike", "cycling", "boat", "train", "coach", "package", "fundraising"})
#: kinds of visit that are private or routine ("a family visit", "her next quarterly visit", "a home visit")
PRIVATE_VISIT_MODS = frozenset({"family", "home", "hospital", "doctor", "dental", "clinic", "conjugal", "quarterly",
                                "monthly", "weekly", "daily", "personal", "social", "house"})
#: what one "arrives" at or on that is no destination ("arrived within minutes", "arrived to work on his ninth
#: day", "arrived at a decision", "arrived at the scene")
ARRIVAL_NOT_PLACES = frozenset({"time", "minute", "hour", "moment", "day", "morning", "afternoon", "evening", "night",
                                "week", "weekend", "month", "year", "occasion", "job", "duty", "shift", "work",
                                "scene", "conclusion", "decision", "agreement", "consensus", "verdict", "total",
                                "figure", "number", "estimate", "solution", "compromise", "understanding"})
#: prepositions that give a trip or a tour where it goes ("a trip to Beijing", "a tour of Central Asia")
DESTINATION_PREPS = frozenset({"to", "of", "through", "around", "across", "in", "into", "at"})
#: what someone is warned of that the warner would do ("warned of retaliation", "warned of consequences")
THREAT_CONSEQUENCES = frozenset(
    {"consequence", "consequences", "retaliation", "reprisal", "reprisals", "response", "action", "actions",
     "measure", "measures", "countermeasure", "countermeasures", "punishment", "repercussion", "repercussions",
     "force", "war", "strike", "strikes", "attack", "attacks", "sanction", "sanctions", "revenge", "retribution"})
#: verbs in a warned clause that say the warner will act ("warned it would retaliate", "warned that exercises
#: would follow if ...")
THREAT_VERBS = frozenset({"retaliate", "respond", "strike", "attack", "act", "hit", "punish", "react", "use",
                          "destroy", "crush", "annihilate", "sanction", "follow", "pay", "suffer", "face", "take",
                          "hold", "shoot", "fire", "invade", "launch", "cut", "expel", "impose"})
#: diseases: deaths from them are the outbreak's, not an attack ("killed by cholera", "the disease has struck")
DISEASE_CAUSES = DISEASE_WORDS - frozenset({"suspected", "confirmed", "yellow"}) | frozenset(
    {"outbreak", "epidemic", "pandemic", "illness", "fever"})

#: kinds of "attack" that are a bout of illness ("a heart attack", "an asthma attack", "a panic attack")
MEDICAL_ATTACK_MODS = frozenset({"heart", "asthma", "asthmatic", "panic", "anxiety", "cardiac", "allergic", "migraine",
                                 "epileptic", "gout", "sickle", "coughing", "seizure", "angina"})
#: an opponent in a court of law: "a battle with the courts", "the battle to keep the case out of court"
LEGAL_NOUNS = frozenset({"court", "courts", "case", "cases", "lawsuit", "lawsuits", "suit", "trial", "appeal",
                         "appeals", "judge", "judges", "tribunal", "litigation", "ruling", "verdict", "injunction",
                         "extradition", "deportation", "custody", "prosecutor", "prosecutors", "regulator",
                         "regulators", "insurer", "insurers", "lawyer", "lawyers", "council", "authority"})
#: what a "war on X" is waged against that is still fought with arms ("the war on terror", "the war on drugs")
ARMED_WAR_TARGETS = frozenset({"terror", "terrorism", "terrorist", "terrorists", "drug", "drugs", "cartel", "cartels",
                               "gang", "gangs", "insurgency", "insurgent", "insurgents", "militancy", "extremism",
                               "extremist", "extremists", "jihadist", "jihadists", "piracy", "pirate", "pirates",
                               "rebel", "rebels", "militant", "militants", "poacher", "poachers", "trafficker",
                               "traffickers", "smuggler", "smugglers"})
#: subjects that "strike" or "hit" with no arms or force of nature ("the financial crisis struck")
ABSTRACT_STRIKERS = frozenset({"crisis", "recession", "downturn", "slump", "crash", "crunch", "meltdown", "depression",
                               "tragedy", "misfortune", "inflation", "unemployment", "bankruptcy", "inspiration",
                               "idea", "reality", "realisation", "realization", "boredom", "panic"})
#: modifiers of "storm" that make it a figure of speech ("a perfect storm", "a political storm")
FIGURATIVE_STORM_MODS = frozenset({"perfect", "political", "media", "diplomatic", "social", "twitter", "online",
                                   "financial", "economic", "legal", "public", "fresh", "brewing"})
#: what a storm is "of" when it is weather ("a storm of sand"); "a storm of criticism" is no weather
WEATHER_NOUNS = frozenset({"rain", "snow", "hail", "dust", "sand", "wind", "winds", "ice", "lightning", "thunder",
                           "sleet", "fire"})
#: kin and friends: a visit to them or a tour with them is private ("visiting relatives", "toured with his parents")
KIN_NOUNS = frozenset({"relative", "relatives", "family", "families", "friend", "friends", "parent", "parents",
                       "mother", "father", "mum", "mom", "dad", "son", "sons", "daughter", "daughters", "grandmother",
                       "grandfather", "grandparent", "grandparents", "grandchildren", "grandson", "granddaughter",
                       "brother", "brothers", "sister", "sisters", "sibling", "siblings", "wife", "husband",
                       "girlfriend", "boyfriend", "fiance", "fiancee", "cousin", "cousins", "aunt", "uncle",
                       "nephew", "niece", "in-laws"})
#: words that make a visit a count of routine visits to a service ("emergency room visits", "patient visits")
SERVICE_VISIT_MODS = frozenset({"room", "er", "care", "patient", "patients", "office", "site", "website", "page", "clinic",
                                "emergency-room", "outpatient", "inpatient", "prenatal", "vet", "gp", "nurse"})
#: verbs of a count that changes ("visits grew from 17,709 to 33,760")
CHANGE_VERBS = frozenset({"rise", "grow", "increase", "fall", "drop", "decline", "double", "triple", "climb", "jump",
                          "soar", "decrease", "total", "number", "reach", "average"})
#: verbs above an infinitive whose act may have failed ("attempted to arrest a pedestrian" who broke free)
ATTEMPT_VERBS = frozenset({"attempt", "try", "seek"})
#: what is "met" without a meeting: a standard or a need fulfilled ("to meet residency requirements")
MET_STANDARDS = frozenset({"requirement", "requirements", "standard", "standards", "criterion", "criteria",
                           "target", "targets", "deadline", "deadlines", "demand", "demands", "need", "needs",
                           "goal", "goals", "expectation", "expectations", "obligation", "obligations", "condition",
                           "conditions", "qualification", "qualifications", "threshold", "thresholds", "quota",
                           "quotas", "benchmark", "benchmarks", "cost", "costs", "payroll", "rule", "rules",
                           "guideline", "guidelines", "specification", "specifications", "test", "eligibility"})
#: whom meeting is a private matter ("a singer meets her friend's new baby"): a baby, or fans
PRIVATE_MET = frozenset({"baby", "babies", "newborn", "newborns", "infant", "infants", "puppy", "puppies", "fan",
                         "fans", "grandbaby"})
#: goods carried by air or sea, which land or arrive without visiting ("air cargo ... after landing in X")
CARGO_NOUNS = frozenset({"cargo", "cargoes", "freight", "goods", "shipment", "shipments", "consignment",
                         "consignments", "container", "containers", "package", "packages", "parcel", "parcels",
                         "mail", "produce", "exports", "imports", "merchandise"})
#: one's own kin met in private ("met his father"); not "met the families of the victims"
PRIVATE_KIN = KIN_NOUNS - {"family", "families", "relative", "relatives", "friend", "friends"}
#: modifiers of a sporting "blast", "shot", "strike" or "attack" ("a three-run blast", "a penalty shot")
SPORT_MODS = frozenset({"run", "homer", "solo", "walk-off", "walkoff", "grand-slam", "slam", "penalty", "free-kick",
                        "kick", "goal", "three-point", "jump", "corner", "tee", "putt", "long-range", "game-winning",
                        "match-winning", "buzzer", "buzzer-beater", "half-court", "two-run", "three-run",
                        "basket", "foul", "trick", "home-run", "counter", "set-piece"})
#: verbs a sporting shot does ("a blast that won the series")
SPORT_RESULT_VERBS = frozenset({"win", "clinch", "seal", "tie", "level", "score", "equalise", "equalize"})
#: epidemics that are no infectious outbreak ("the obesity epidemic", "the opioid epidemic")
NONINFECTIOUS_EPIDEMICS = frozenset({"obesity", "opioid", "opioids", "opiate", "opiates", "drug", "drugs",
                                     "overdose", "overdoses", "loneliness", "gun", "violence", "addiction",
                                     "diabetes", "heroin", "fentanyl", "meth", "methamphetamine", "vaping", "suicide",
                                     "homelessness", "crime", "cancer", "smoking", "alcohol", "alcoholism",
                                     "prescription", "painkiller", "painkillers", "pregnancy", "divorce", "bullying",
                                     "depression", "anxiety", "autism", "asthma", "allergy", "allergies", "dementia",
                                     "stress", "burnout", "misinformation", "disinformation", "plagiarism", "fraud",
                                     "shooting", "shootings", "incarceration", "eviction", "evictions", "foreclosure",
                                     "foreclosures", "inactivity", "sedentary", "screen", "hypertension", "heart"})
#: rooms and parts of a building; water in one is a leak, not a flood disaster ("one of the hallways flooded")
INTERIOR_ROOMS = frozenset({"hallway", "hallways", "corridor", "corridors", "room", "rooms", "basement",
                            "basements", "cellar", "cellars", "kitchen", "kitchens", "bathroom", "bathrooms",
                            "restroom", "restrooms", "toilet", "toilets", "classroom", "classrooms", "gym",
                            "gymnasium", "locker", "lobby", "attic", "closet", "laundry", "office", "offices",
                            "ward", "wards", "auditorium", "cafeteria", "hall", "stairwell", "garage", "shower"})
#: weather and water that make a flooding a disaster ("basements flooded after the storm")
FLOOD_CAUSES = DISASTER_SUBJECTS | WEATHER_NOUNS | frozenset({"rainfall", "downpour", "downpours", "deluge",
                                                              "river", "rivers", "surge", "rainstorm", "rains"})
#: strife that is social, not armed ("tensions and conflict in the villages")
SOCIAL_STRIFE = frozenset({"tension", "tensions", "dispute", "disputes", "division", "divisions", "friction",
                           "rivalry", "rivalries", "mistrust", "distrust", "resentment", "discontent", "disagreement",
                           "disagreements", "acrimony", "animosity", "grievance", "grievances", "jealousy",
                           "competition", "controversy", "debate", "polarisation", "polarization"})
#: words of fighting that make a conflict armed
FIGHTING_WORDS = ARMED_NOUNS | frozenset({"fight", "fighting", "kill", "killed", "killing", "clash", "clashes",
                                          "violence", "violent", "armed", "weapon", "weapons", "gun", "guns", "war",
                                          "attack", "attacks", "dead", "death", "deaths", "wounded", "bloody",
                                          "battle", "shelling", "gunfire", "insurgency", "rebel", "rebels"})
#: doers whose "strike" or "target" is a crime, not an armed attack ("vandals striking local businesses")
CRIMINAL_DOERS = frozenset({"vandal", "vandals", "burglar", "burglars", "thief", "thieves", "robber", "robbers",
                            "shoplifter", "shoplifters", "pickpocket", "pickpockets", "arsonist", "arsonists",
                            "scammer", "scammers", "fraudster", "fraudsters", "hacker", "hackers", "tagger",
                            "taggers", "graffiti", "prankster", "pranksters", "hoaxer", "hoaxers", "poacher",
                            "poachers", "looter", "looters", "carjacker", "carjackers", "swindler", "swindlers"})
#: things sent by post or wire; what they "target" is a mailing, not an armed attack ("envelopes of powder
#: targeted ten churches")
MAILED_THINGS = frozenset({"envelope", "envelopes", "letter", "letters", "package", "packages", "parcel", "parcels",
                           "mail", "mailing", "mailings", "email", "emails", "e-mail", "e-mails", "call", "calls",
                           "message", "messages", "text", "texts", "spam", "robocall", "robocalls", "postcard",
                           "postcards", "flyer", "flyers", "leaflet", "leaflets"})
#: a decision a body takes by votes, not an election ("approved the budget by a majority vote")
DECISION_VOTE_MODS = frozenset({"majority", "unanimous", "split", "voice", "roll-call", "narrow", "party-line",
                                "simple", "two-thirds", "3-2", "4-1", "5-4", "2-1", "4-3", "5-2", "6-1",
                                # a legislature's vote on a government ("the no-confidence vote", "a censure vote")
                                "confidence", "no-confidence", "censure", "impeachment"})
DECISION_VERBS = frozenset({"approve", "pass", "adopt", "reject", "endorse", "ratify", "decide", "defeat",
                            "accept", "confirm", "amend", "override", "authorize", "authorise", "carry", "uphold"})
#: buildings a fire is an accident in ("a house fire", "fire damaged a two-story house")
STRUCTURE_FIRE_KINDS = frozenset({"house", "houses", "home", "factory", "warehouse", "building", "market", "hotel",
                                  "hospital", "apartment", "apartments", "tower", "chemical", "plant", "refinery",
                                  "store", "shop", "restaurant", "school", "church", "mosque", "temple", "garage",
                                  "barn", "kitchen", "basement", "residence", "dwelling", "condo", "flat", "mill",
                                  "office", "club", "nightclub", "bar", "mall", "hostel", "dormitory", "dorm",
                                  "prison", "jail", "theatre", "theater", "museum", "cathedral", "workshop",
                                  "structure", "duplex", "bungalow", "cottage", "shed", "attic", "room"})


def _word_sense(tok: Token, lemma: str, event_type: str) -> tuple[str, str] | tuple[()] | None:
    """Sense guards of event words that also have a sense naming no event of their type: ``()`` for another
    sense (no event), an ``(event type, code)`` for another event, ``None`` when no guard applies.

    - "the accused" (a defendant) and "a gunman accused of killing" (a charge with no accuser) are no
      statement; criticism needs someone who accuses;
    - "stormed the parliament" is an attack, "would storm to the title" no event;
    - a war, battle or conflict of courts, markets or words ("our competitive battles", "a legal battle", "a
      battle against cancer", "a conflict of interest") is no armed conflict;
    - "get a deal on used books", "a great deal of": no agreement; signing is an agreement only when what is
      signed is one ("signed a treaty"; not "a statement he signed", "signed a pass"), and a license or user
      agreement with no party ("with X") is boilerplate; "agreed that X is Y" is an opinion;
    - an event "blamed on" a cause ("the outbreak was blamed on poor sanitation") criticises no one;
    - aid that is rejected or refused is not given; a singular "talk" is a lecture unless held "with" someone;
    - a strike by air traffic controllers, or strikes that cause disruption or delays, are labour strikes;
    - a visit is an official or diplomatic one (:func:`_visit_sense`);
    - a warning is a threat only when the warner says it would do harm itself (:func:`_threat_warning`); "felt
      threatened" is a state of mind;
    - a disease that "struck" is an outbreak;
    - a verbless fragment that is only an event noun with a name ("The Porsche invasion.") says nothing
      locatable.
    """
    everyday = _everyday_sense(tok, lemma, event_type)
    if everyday is not None:
        return everyday
    borrowed = _borrowed_sense(tok, lemma, event_type)
    if borrowed is not None:
        return borrowed
    if lemma in ("bomb", "bombs", "shell", "shells") and tok.pos_ == "NOUN" and _unexploded(tok):
        return ()  # "workers found a WWII bomb", "the bomb was defused": ordnance that did not go off
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and event_type in ("attack", "armed_conflict") and not any(
            c.dep_ == "prep" for c in tok.children) and sum(not t.is_punct for t in tok.sent) <= 4 and not any(
            t.pos_ in ("VERB", "AUX") for t in tok.sent):
        return ()  # "The Porsche invasion." (a verbless fragment in a feature); not "Air strike on X."
    if lemma == "accuse" and tok.pos_ == "VERB":
        if any(c.dep_ in ("det", "poss") for c in tok.children) or (
                tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and tok.tag_ == "VBN"):
            return ()  # "The accused, named as ...": the defendant
        if ((tok.dep_ == "acl" and tok.tag_ == "VBN") or any(c.dep_ == "auxpass" for c in tok.children)) and not any(
                c.dep_ == "agent" for c in tok.children):
            return ()  # "a gunman accused of killing eight", "is accused of ordering": a charge, no accuser
        if not any(c.dep_ in ("dobj", "agent", "ccomp") for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return ()  # a headline's passive without "is": "Woman accused of attacking people with box cutter"
    if lemma == "storm" and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) \
            and (any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "off", "away") for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ in ("to", "towards", "into") and any(
                    g.dep_ == "pobj" and _word_in(g, FIGURATIVE_OBJECTS | SPORTING_GOALS) for g in c.children)
                for c in tok.children)):
        return ()  # "would storm to the title", "stormed out of the meeting"; "stormed the parliament" stays
    if event_type == "armed_conflict" and tok.pos_ == "NOUN" or (lemma in ("battle", "fight") and tok.pos_ == "VERB"):
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(_word_in(m, NONMILITARY_CONFLICT_MODS) for m in mods) and not any(
                m.lower_ in ("armed", "military", "bloody", "deadly") for m in mods):
            return ()  # "a legal battle", "our competitive battles", "a price war"
        if any(c.dep_ == "prep" and c.lower_ in ("against", "with", "of") and any(
                g.dep_ == "pobj" and (_word_in(g, AILMENT_NOUNS) or (c.lower_ == "of" and g.lemma_.lower() in (
                    "interest", "interests", "words", "wits", "wills", "sexes", "ideas", "laws")))
                for g in c.children) for c in tok.children):
            return ()  # "a battle against cancer", "a conflict of interest", "a war of words"
    if lemma == "deal" and tok.pos_ == "NOUN":
        if any(c.dep_ == "amod" and c.lower_ in DEAL_QUANTITY_MODS for c in tok.children):
            return ()  # "a great deal of damage", "a good deal"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BARGAIN_VERBS:
            return ()  # "get a deal on used books": a bargain, or a deal sought, not one reached
    if event_type == "agreement" and tok.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod", "nmod") and _word_in(c, CONTRACT_MODS) for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return ()  # "used only under license agreements": boilerplate; "a licensing agreement with X" is one
    if lemma == "sign" and tok.pos_ == "VERB":
        if any(c.dep_ == "prt" and c.lower_ in ("up", "on", "off", "in", "out") for c in tok.children):
            return ()  # "signed up for", "signed off on"
        signed = _args(tok) or ([tok.head] if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN" else [])
        signed = _with_conjuncts(signed)
        if signed and not any(_word_in(w, SIGNED_AGREEMENTS) or w.ent_type_ == "LAW" or any(
                _word_in(c, SIGNED_AGREEMENTS) for c in w.children if c.dep_ in ("compound", "nmod"))
                for w in signed):
            return ()  # "signed a treaty", "11 deals were signed"; not "a statement he signed", "signed a pass"
    if lemma == "blame" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children) \
            and any(a.pos_ == "NOUN" and (find_trigger(a) is not None or _word_in(a, DISEASE_CAUSES | DISASTER_SUBJECTS))
                    for a in _args(tok)):
        return ()  # "the outbreak has been blamed on poor sanitation": a cause named, no one criticised
    if lemma == "agree" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and not any(
            c.dep_ == "xcomp" for c in tok.children):
        return ()  # "agreed that airline representation is not effective": an opinion
    if event_type == "aid" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and (
            tok.head.lemma_.lower() in REFUSAL_VERBS or (tok.head.lemma_.lower() == "turn" and any(
                c.dep_ == "prt" and c.lower_ == "down" for c in tok.head.children))):
        return ()  # "rejects aid", "assistance was refused": none given
    if lemma == "talk" and tok.pos_ == "NOUN" and tok.lower_ == "talk" and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return ()  # "to illustrate talk", "gave a talk on": a lecture; talks are held with someone
    if lemma == "strike" and tok.pos_ == "NOUN" and not any(
            c.lower_ in MILITARY_STRIKE_WORDS for c in tok.children) and (
            any(c.dep_ in ("compound", "amod", "nmod") and _word_in(c, CONTROLLER_WORDS) for c in tok.children)
            or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "cause" and any(
                c.dep_ == "dobj" and _word_in(c, STRIKE_EFFECTS) for c in tok.head.children))):
        return "protest", "PROTEST/143"  # "ATC strikes", "strikes cause disruption to passengers": labour
    if lemma == "warn" and event_type == "statement_threat" and not _threat_warning(tok):
        # "officials warned the toll may be higher", "the UN warned that civilians should ...": a statement, no
        # threat (CAMEO 012, a pessimistic comment); "warned of more heavy rain" is a forecast, no event
        return () if _weather_warning(tok) else ("statement_warning", "/012")
    if lemma == "threaten" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in (
            "feel", "seem", "appear", "look", "become", "get", "remain"):
        return ()  # "felt threatened"
    if lemma == "threaten" and tok.pos_ == "VERB" and (subj := _subject(tok)) is not None and subj.pos_ == "NOUN" and (
            find_trigger(subj) is not None or _word_in(subj, DISASTER_SUBJECTS | WATER_SUBJECTS)):
        return ()  # "the attacks threatened global trade", "floods threaten the town": no one threatens
    if event_type == "attack" and tok.pos_ == "VERB" and lemma in ("strike", "hit", "kill") and _disease_subject(tok):
        return "disease_outbreak", ""  # "the deadly disease has struck in Ituri", "H5N1 has killed two women"
    if event_type == "attack" and tok.pos_ == "VERB" and lemma in ("strike", "hit", "target", "attack", "terrorize",
                                                                    "terrorise") and _criminal_doer(tok) and not (
            lemma == "target" and _figurative_target(tok)):
        return "crime", ""  # "vandals striking local businesses", "envelopes of powder targeted ten churches"
    return _other_sense(tok, lemma, event_type)


def _met_no_meeting(verb: Token) -> bool:
    """Is "meet" fulfilling a standard or need ("to meet residency requirements", "the deadline was met"), or
    meeting a baby, fans or one's own kin ("meets her friend's new baby", "met his father"): no talks held?"""
    met = _with_conjuncts([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")])
    if any(_word_in(w, MET_STANDARDS) for w in met):
        return True
    return any(_word_in(w, PRIVATE_MET) or (_word_in(w, PRIVATE_KIN) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in w.children))
               for w in met)


def _decision_vote(vote: Token) -> bool:
    """Is "vote" a body's decision ("approved the budget with a majority vote", "by a unanimous vote")?"""
    return any(c.dep_ in ("compound", "amod", "nmod") and _word_in(c, DECISION_VOTE_MODS) for c in vote.children) or (
        vote.dep_ == "pobj" and vote.head.lower_ in ("by", "with", "in") and vote.head.head.pos_ == "VERB"
        and vote.head.head.lemma_.lower() in DECISION_VERBS)


def _figurative_target(verb: Token) -> bool:
    """Is what "target" aims at economic or figurative, its objects and the conjuncts of their appositions
    included ("sanctions targeting banks", "the package targets the producer X and two shipping firms")?"""
    args = _args(verb)
    args += _with_conjuncts(c for a in args for c in a.children if c.dep_ == "appos")
    return any(_word_in(a, TARGET_FIGURATIVE) for a in args)


def _criminal_doer(verb: Token) -> bool:
    """Is the doer of an attack verb a criminal ("vandals striking local businesses") or a thing sent by post
    ("the envelopes ... targeted 10 churches"): a crime or a mailing, not an armed attack? A letter bomb stays."""
    doer = _subject(verb)
    if doer is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        doer = verb.head  # "Vandals striking local businesses"
    if doer is None or doer.dep_ == "nsubjpass" and doer.head == verb:
        return False
    if _word_in(doer, CRIMINAL_DOERS):
        return True
    return _word_in(doer, MAILED_THINGS) and not any(
        _word_in(c, EXPLOSIVE_NOUNS) for c in doer.children if c.dep_ in ("compound", "amod", "nmod"))


#: what is "shot down" in words, not in the air ("shot down rumors that he would resign")
DISMISSED_NOTIONS = frozenset({"rumor", "rumour", "rumors", "rumours", "report", "reports", "speculation", "idea",
                               "suggestion", "suggestions", "claim", "claims", "notion", "proposal", "proposals",
                               "talk", "theory", "allegation", "allegations"})
#: words of illness that make "seizures" fits ("epileptic seizures", "a child with epilepsy")
SEIZURE_ILLNESS_WORDS = frozenset({"epilepsy", "epileptic", "febrile", "convulsion", "convulsions", "seizure-free",
                                   "anticonvulsant", "neurologist", "neurological", "cannabidiol", "cbd"})
#: modifiers that make "exercise" an undertaking ("the whole exercise", "a pointless exercise")
WHOLE_UNDERTAKING_MODS = frozenset({"whole", "entire", "pointless", "futile", "academic", "costly", "cynical",
                                    "cosmetic", "bureaucratic", "political", "useful", "worthwhile"})
#: modifiers that keep "exercise" a drill ("the whole military exercise")
MILITARY_EXERCISE_MODS = frozenset({"military", "naval", "army", "joint", "live-fire", "war", "air", "drill"})
#: single people whose "clash" with another single person is a quarrel (with PERSON names)
QUARREL_PEOPLE = frozenset({"chief", "minister", "president", "son-in-law", "adviser", "advisor", "secretary",
                            "mayor", "governor", "senator", "speaker", "leader", "chairman", "director", "coach",
                            "manager", "aide", "official", "spokesman", "spokeswoman", "executive", "ceo", "son",
                            "daughter", "wife", "husband", "brother", "sister", "father", "mother"})


def _single_person(w: Token, named: bool = False) -> bool:
    """Is ``w`` one person (a PERSON name or an office); with ``named``, also any other singular name that is no
    place or nationality (the model may tag a surname ORG)."""
    return w.tag_ in ("NNP", "NN") and (w.ent_type_ == "PERSON" or _word_in(w, QUARREL_PEOPLE) or (
        named and w.tag_ == "NNP" and w.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")))


def _personal_quarrel(verb: Token) -> bool:
    """Has one person "clashed with" another ("Kelly has clashed with Kushner over access"): both sides single
    people, named or by office, with no fighting words in the sentence; not "police clashed with protesters"."""
    subj = _subject(verb)
    if subj is None or not _single_person(subj, True) or any(c.dep_ == "conj" for c in subj.children):
        return False
    others = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj"]
    sides = [subj, *others]
    return bool(others) and all(_single_person(g, True) and not any(c.dep_ == "conj" for c in g.children)
                                for g in others) and any(_single_person(g) for g in sides) and not any(
        _word_in(t, FIGHTING_WORDS) for t in verb.sent if t.i != verb.i)


def _other_sense(tok: Token, lemma: str, event_type: str) -> tuple[str, str] | tuple[()] | None:
    """More senses that name no event of their type (``()``) or another one:

    - a sporting "blast", "shot", "strike" or "attack" ("a three-run blast that won the series", "a penalty shot");
    - "sanctioned" as an adjective: approved ("government-sanctioned bodies"), or a state, not a new measure;
    - an epidemic that is not infectious ("the obesity epidemic", "the opioid epidemic");
    - a room or hallway that floods with no storm or rain named (a leak, not a flood disaster);
    - conflict that goes with tensions or disputes and no fighting words ("tensions and conflict in the
      villages" over revenues): social, not armed;
    - a board's "majority vote" on a budget: a decision, not an election;
    - "shot down rumors", epileptic "seizures", "the whole exercise" (an undertaking), and one person who "has
      clashed with" another (a quarrel, not a fight).
    """
    if lemma == "shoot" and event_type == "attack" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _word_in(c, DISMISSED_NOTIONS) for c in tok.children):
        return ()  # "he shot down rumors that he would resign": a denial
    if lemma == "seizure" and event_type == "seizure" and tok.pos_ == "NOUN" and any(
            _word_in(t, SEIZURE_ILLNESS_WORDS) for t in tok.sent):
        return ()  # "the boy's epileptic seizures stopped": a fit, not goods taken
    if lemma == "exercise" and event_type == "military_exercise" and tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in WHOLE_UNDERTAKING_MODS for c in tok.children) and not any(
            c.dep_ in ("compound", "amod") and _word_in(c, MILITARY_EXERCISE_MODS) for c in tok.children):
        return ()  # "the ramification of the whole exercise": an undertaking, not a drill
    if lemma == "clash" and event_type == "attack" and tok.pos_ == "VERB" and _personal_quarrel(tok):
        return ()  # "the chief of staff has clashed with the president's son-in-law": a quarrel
    if event_type == "attack" and tok.pos_ == "NOUN" and lemma in ("blast", "shot", "strike", "attack", "shooting") and (
            any(c.dep_ in ("compound", "amod", "nmod") and (_word_in(c, SPORT_MODS) or c.lower_.endswith("-run"))
                for c in tok.children) or any(
                c.dep_ == "relcl" and c.lemma_.lower() in SPORT_RESULT_VERBS for c in tok.children)):
        return ()  # "a three-run blast that won the series", "a penalty shot", "a counter attack"
    if lemma == "sanction" and tok.pos_ == "VERB" and tok.dep_ == "amod":
        return ()  # "government-sanctioned bodies", "an officially sanctioned event": approved
    if event_type == "disease_outbreak" and tok.pos_ == "NOUN" and (any(
            c.dep_ in ("compound", "amod", "nmod") and _word_in(c, NONINFECTIOUS_EPIDEMICS) for c in tok.children)
            or any(g.dep_ == "pobj" and _word_in(g, NONINFECTIOUS_EPIDEMICS) for g in _prep_objects(tok, ("of",)))):
        return ()  # "the obesity epidemic", "an epidemic of loneliness"
    if lemma == "flood" and event_type == "natural_disaster" and tok.pos_ == "VERB" and (
            subj := _subject(tok)) is not None:
        rooms = [subj, *_prep_objects(subj, ("of",))]  # "one of the hallways flooded"
        if any(_word_in(w, INTERIOR_ROOMS) for w in rooms) and not any(
                _word_in(t, FLOOD_CAUSES) for t in tok.sent if t.i != tok.i):
            return ()  # "one of the hallways flooded": a leak; "basements flooded after the storm" stays
    if lemma == "conflict" and event_type == "armed_conflict" and tok.pos_ == "NOUN" and any(
            _word_in(w, SOCIAL_STRIFE) for w in [*tok.conjuncts, *(
                c for c in tok.children if c.dep_ in ("amod", "compound"))]) and not any(
            _word_in(t, FIGHTING_WORDS) for t in tok.sent if t.i != tok.i):
        return ()  # "tensions and conflict in the villages" over revenues: social strife, no fighting
    if lemma == "vote" and tok.pos_ == "NOUN" and event_type == "election" and (_decision_vote(tok) or (
            any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children) and any(
                t.i < tok.i and t.lower_ == "vote" and t.pos_ == "NOUN" and _decision_vote(t) for t in tok.doc))):
        return ()  # "the board approved the budget with a majority vote", then "his doubts after the vote": a
        # decision, not an election
    return _figurative_sense(tok, lemma, event_type)


#: legal, political and other non-military manoeuvres ("a series of procedural maneuvers")
NONMILITARY_MANEUVER_MODS = NONMILITARY_CONFLICT_MODS | frozenset(
    {"procedural", "parliamentary", "financial", "accounting", "fiscal", "corporate", "backroom", "tactical",
     "delaying", "stalling", "last-minute", "clever", "deft", "cynical"})
#: responders whose call "for assistance" is backup, and who are "summoned" to a scene
RESPONDER_NOUNS = frozenset({"police", "policeman", "policemen", "officer", "officers", "ambulance", "ambulances",
                             "paramedic", "paramedics", "firefighter", "firefighters", "fireman", "firemen", "deputy",
                             "deputies", "trooper", "troopers", "cop", "cops", "medic", "medics", "emt", "emts",
                             "patrolman", "patrolmen", "sheriff"})
#: private individuals, whose consent is no agreement between parties ("the tenant agreed to turn down the music")
PRIVATE_PERSONS = frozenset({"tenant", "tenants", "neighbour", "neighbours", "neighbor", "neighbors", "driver",
                             "drivers", "customer", "customers", "landlord", "landlords", "homeowner", "homeowners",
                             "owner", "owners", "man", "woman", "boy", "girl", "teen", "teenager", "resident",
                             "residents", "patient", "patients", "passenger", "passengers", "student", "students",
                             "motorist", "motorists", "shopper", "shoppers", "client", "clients"})
#: what a person gives of their own body ("blood donated", "donated a kidney", "breast milk donated")
BODY_DONATIONS = frozenset({"blood", "milk", "plasma", "organ", "organs", "kidney", "kidneys", "liver", "marrow",
                            "sperm", "egg", "eggs", "hair", "tissue", "cornea", "corneas", "platelets", "body"})
#: those that belong to a league or athletic conference ("the nine schools in the conference")
LEAGUE_MEMBERS = frozenset({"school", "schools", "team", "teams", "college", "colleges", "university",
                            "universities", "club", "clubs", "program", "programs", "member", "members", "rival",
                            "rivals", "opponent", "opponents"})
#: verbs of worth: "a vote" as a unit ("each dollar equaled a vote")
WORTH_VERBS = frozenset({"equal", "equate", "represent", "count", "amount", "cost", "buy", "earn", "mean"})
#: things that cannot be criticised: pronouns standing for a thing ("it has been blamed for a mass illness")
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})


def _everyday_sense(tok: Token, lemma: str, event_type: str) -> tuple[str, str] | tuple[()] | None:
    """Everyday, legal and private senses of event words (``()``: no event; ``None``: no guard applies):

    - manoeuvres that are procedural, legal or political ("a series of mostly procedural maneuvers");
    - driving "under suspension" (a licence's): a status, no reduction of relations;
    - responders summoned to a scene ("police were summoned back to the address"), and a call for assistance
      from a responder (backup): no diplomatic summons, no aid;
    - donating one's blood, milk or organs: a private gift, no aid;
    - something "on patrol" that is no force ("robot dogs on patrol" at a trade show);
    - the members "in the conference" (a league), "a vote" as a unit of worth ("each dollar equaled a vote");
    - meeting a single person named by an indefinite noun ("had to meet a client", "meets a young Kurd"): a
      private encounter, no talks;
    - warning one's peers ("warned other patrons to stop eating"): a private exclamation;
    - a thing "blamed for" a harm ("it has been blamed for a mass illness"): a cause, no one criticised;
    - "go back into the shell", "come out of one's shell": a figure of speech.
    """
    if lemma in ("maneuver", "manoeuvre", "maneuvers", "manoeuvres") and tok.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound", "nmod") and _word_in(c, NONMILITARY_MANEUVER_MODS) for c in tok.children):
        return ()  # "a series of mostly procedural maneuvers"
    if lemma == "suspension" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and not any(
            c.dep_ in ("det", "poss", "prep") for c in tok.children):
        return ()  # "driving under suspension"
    if lemma == "summon" and tok.pos_ == "VERB" and any(
            _word_in(w, RESPONDER_NOUNS) for w in _with_conjuncts(
                [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")])):
        return ()  # "police were summoned back to the address", "neighbours summoned an ambulance"
    if event_type == "aid" and tok.pos_ == "NOUN" and any(
            _word_in(w, RESPONDER_NOUNS) or any(_word_in(c, RESPONDER_NOUNS) for c in w.children if c.dep_ == "compound")
            for w in _prep_objects(tok, ("from",)) + (_prep_objects(tok.head.head, ("from",)) if (
                tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN") else [])):
        return ()  # "a call for assistance from another police officer": backup
    if lemma == "donate" and tok.pos_ == "VERB" and any(
            _word_in(w, BODY_DONATIONS) for w in _with_conjuncts(
                [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")])):
        return ()  # "the breast milk was donated by fifteen women", "donated a kidney"
    if event_type == "military_patrol" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and (
            not any(True for _ in tok.children)) and (
            tok.head.head.pos_ in ("NOUN", "PROPN")) and not (
            _word_in(tok.head.head, ARMED_NOUNS | SENT_FORCES | MILITARY_CRAFT) or _craft(tok.head.head)):
        return ()  # "robot dogs on patrol"; not "warships on patrol"
    if lemma == "conference" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and (
            _word_in(tok.head.head, LEAGUE_MEMBERS)):
        return ()  # "the nine schools in the conference": an athletic league
    if lemma == "vote" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in WORTH_VERBS:
        return ()  # "each dollar equaled a vote"
    if lemma == "meet" and tok.pos_ == "VERB" and (met := [c for c in tok.children if c.dep_ == "dobj"]) and all(
            any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in w.children) and not w.conjuncts
            and w.tag_ in ("NN", "NNP") and not _word_in(w, OFFICIAL_VISITORS | SPEAKER_NOUNS | DIPLOMAT_NOUNS)
            for w in met):
        return ()  # "had to meet a client in her car", "meets a young Kurd": one person met in passing
    if lemma == "warn" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and any(d.dep_ == "amod" and d.lower_ in ("other", "fellow") for d in c.children)
            for c in tok.children):
        return ()  # "warned other patrons to stop eating": a private exclamation to one's peers
    if lemma == "blame" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and (
            blamed := [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]) and all(
            w.lower_ in THING_PRONOUNS or (w.pos_ == "NOUN" and (find_trigger(w) is not None or _word_in(
                w, DISEASE_CAUSES | DISASTER_SUBJECTS | WEATHER_NOUNS | PATHOGEN_NOUNS))) for w in blamed) and not any(
            (find_trigger(g) or ("",))[0] in ("attack", "armed_conflict", "crime") for g in _prep_objects(tok, ("for",))):
        return ()  # "it has been blamed for a mass illness", "the heat was blamed for the deaths": a cause, not
        # a culprit ("it was blamed for the bombing" stays)
    if lemma == "agree" and tok.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in tok.children) and (
            agreer := _subject(tok) or (_subject(tok.head) if tok.dep_ == "conj" and tok.head.pos_ == "AUX" else None)
    ) is not None and agreer.pos_ == "NOUN" and _word_in(agreer, PRIVATE_PERSONS):
        return ()  # "the tenant was cooperative and agreed to turn down the music": a private consent
    if lemma in ("shell", "shells") and tok.pos_ == "NOUN" and tok.lower_ == "shell" and tok.dep_ == "pobj" and (
            tok.head.lower_ in ("into", "of", "in")) and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "my", "his", "her", "its", "their", "our", "your")
            for c in tok.children):
        return ()  # "go back into the shell", "come out of her shell"
    return None


#: what is traded on a market in counted lots ("two deals totalling 12,000 shares")
SECURITIES = frozenset({"share", "shares", "stock", "stocks", "bond", "bonds", "lot", "lots", "unit", "units",
                        "contract", "contracts", "option", "options", "warrant", "warrants"})
#: bills and motions a legislature votes on ("my vote against Senate Bill 12"); not ballot measures
LEGISLATIVE_NOUNS = frozenset({"bill", "bills", "legislation", "amendment", "amendments", "ordinance", "ordinances",
                               "motion", "motions", "resolution", "resolutions", "statute", "statutes"})
#: things that do explode ("an explosion of a gas cylinder"); a mass noun otherwise grows ("an explosion of life")
EXPLODING_THINGS = EXPLOSIVE_NOUNS | ACCIDENT_EXPLOSIVES | VOLCANO_WORDS | VEHICLE_NOUNS | STRUCTURE_NOUNS | frozenset(
    {"dust", "methane", "firedamp", "fuel", "oil", "gasoline", "petrol", "propane", "ammonium", "nitrate",
     "fireworks", "firework", "grenade", "grenades", "ammunition", "munitions", "depot", "tank", "tanks"})


def _asking_verb(w: Token) -> Token:
    """The verb a "for" phrase belongs to, past a relative clause on its object that the parser hung it on
    ("asks the other suspect, who he referred to as Carlos, for assistance")."""
    if w.dep_ == "relcl" and w.head.dep_ == "dobj":
        return w.head.head
    return w


def _borrowed_sense(tok: Token, lemma: str, event_type: str) -> tuple[str, str] | tuple[()] | None:
    """Event words borrowed for a sense with no event of their type (``()``), else ``None``:

    - a battle or war that is a game, or a name given to something ("both matches were hard-fought battles";
      "described as two wars"), or fought "against" a thing that bears no arms ("the battle against the latest
      drug craze"; "the battle against the rebels", "the war on drugs" stay);
    - deals counted in shares or other securities (market trades);
    - "an explosion of plant life": a mass noun that grows, not a blast;
    - a "warning" that modifies another noun ("the flood warning system");
    - an exercise whose modifier is a civilian activity, a gerund with its object ("a contact-tracing
      exercise") or a gerund noun ("a mapping exercise"); not "the upcoming exercises", "a mine-clearing exercise";
    - a thing threatening a thing ("water operations are threatening salmon runs"): endangering, no threat made;
    - police "on patrol" (routine duty), a person asked "for assistance" (help, no aid);
    - a vote on a bill or in a sentence about bills: a legislative vote, not an election;
    - bare plural trips or visits as a subject ("Trips to X, Y and Z have put an emphasis on"): a record.
    """
    pos = tok.pos_
    if event_type == "armed_conflict" and pos == "NOUN":
        if tok.dep_ in ("appos", "attr", "conj") and _word_in(tok.head, SPORT_WORDS):
            return ()  # "both matches were hard-fought battles"
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in NAMING_VERBS:
            return ()  # "both described as two wars": a name given to a thing
        if lemma in ("battle", "fight", "struggle") and any(
                c.dep_ == "prep" and c.lower_ == "against" and any(
                    g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and not _word_in(
                        g, ARMED_NOUNS | ARMED_WAR_TARGETS | PERSONAL_PRONOUNS) and not _person_word(g)
                    and not _place_word(g) for g in c.children) for c in tok.children):
            return ()  # "the battle against the new drug craze"; "the battle against the rebels" stays
    if event_type == "agreement" and pos == "NOUN" and any(
            w.i != tok.i and _word_in(w, SECURITIES) and any(d.dep_ == "nummod" for d in w.children)
            for c in tok.children if c.dep_ in ("acl", "prep") for w in c.subtree):
        return ()  # "two deals totalling 12,000 shares": trades on a market
    if lemma in ("explosion", "explosions") and pos == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.tag_ == "NN" and not any(d.dep_ in ("det", "poss", "nummod") for d in g.children)
                and not _word_in(g, EXPLODING_THINGS) and not any(
                    _word_in(d, EXPLODING_THINGS) for d in g.children if d.dep_ in ("compound", "amod"))
                for g in c.children) for c in tok.children):
        return ()  # "an explosion of plant life", "an explosion of interest"; not "an explosion of gas"
    if event_type in STATEMENT_TYPES and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return ()  # "the flood warning system", "warning signs": a kind of thing, no statement
    if event_type == "military_exercise" and pos == "NOUN" and any(
            c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_.endswith("ing") and (
                (c.tag_ == "VBG" and any(True for _ in c.children)) or (c.tag_ == "NN" and len(c.lower_) >= 7)) and (
                c.lower_ not in (
                "training", "firing", "landing", "shooting", "bombing", "sailing", "morning", "evening")) and not any(
                _word_in(w, MILITARY_MODIFIERS | EXPLOSIVE_NOUNS | ARMED_NOUNS | MILITARY_CRAFT | WEAPON_NOUNS)
                for w in c.subtree) for c in tok.children):
        return ()  # "a contact-tracing exercise", "a mapping exercise"; not "a mine-clearing exercise"
    if lemma == "threaten" and pos == "VERB" and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children) and (
            subj := _subject(tok)) is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and not (
            _person_word(subj) or _word_in(subj, ARMED_NOUNS | SPEAKER_NOUNS | PROTEST_NOUNS | CRIMINAL_DOERS)) and (
            objs := [c for c in tok.children if c.dep_ == "dobj"]) and all(
            w.pos_ == "NOUN" and not w.ent_type_ and not _person_word(w) for w in objs):
        return ()  # "state water operations are threatening other salmon runs": a risk, no threat made
    if event_type == "military_patrol" and pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and (
            _word_in(tok.head.head, RESPONDER_NOUNS)):
        return ()  # "officers on patrol responded to a call": a police officer's routine duty
    if event_type == "aid" and pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            asker := _asking_verb(tok.head.head)).pos_ == "VERB" and asker.lemma_.lower() in (
            "ask", "beg", "call", "plead") and any(
            c.dep_ == "dobj" and (c.lower_ in PERSONAL_PRONOUNS or (not c.ent_type_ and (
                _person_word(c) or _word_in(c, PRIVATE_PERSONS | KIN_NOUNS))))
            for c in asker.children):
        return ()  # "He asks the other suspect ... for assistance": help from a person, no aid
    if lemma == "vote" and pos == "NOUN" and event_type == "election" and (any(
            c.dep_ == "prep" and c.lower_ in ("against", "on", "for") and any(
                g.dep_ == "pobj" and (g.ent_type_ == "LAW" or _word_in(g, LEGISLATIVE_NOUNS)) for g in c.children)
            for c in tok.children) or any(t.pos_ == "NOUN" and _word_in(t, LEGISLATIVE_NOUNS) for t in tok.sent)):
        return ()  # "my vote against Senate Bill 12", "old bills ... wait for votes": a legislature's vote
    if event_type == "visit" and pos == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "nsubj" and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children):
        return ()  # "Trips to X, Y and Z have put an emphasis on": a travel record, no one visit
    return None


def _figurative_sense(tok: Token, lemma: str, event_type: str) -> tuple[str, str] | tuple[()] | None:
    """Figures of speech and fixed phrases built on event words (``()``: no event; ``None``: no guard applies):

    - a "-threatening" adjective ("life-threatening emergencies"), a "negotiated settlement", "patrolling" as a
      noun's modifier;
    - a battle, war or fight at law ("a battle with the courts", "lost the battle to keep the case out of
      court"), a "war on" something that is fought with no arms ("wage war on graffiti"; not "the war on
      terror"), the "outbreak" of a war (the war is the event, not a disease);
    - an illness's "attack" ("a heart attack"), a crisis that "struck", a "perfect storm" or "a storm of
      criticism", one's "own accord", "in aid of" (for the benefit of), aid withheld;
    - an arrest only attempted ("attempted to arrest a pedestrian", who broke free).
    """
    if lemma == "threaten" and tok.dep_ == "amod" and any(c.dep_ == "npadvmod" for c in tok.children):
        return ()  # "life-threatening emergencies"
    if lemma == "negotiate" and tok.dep_ == "amod":
        return ()  # "reaching negotiated solutions"
    if event_type == "military_patrol" and tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.i > 0 and (
            prev := tok.doc[tok.i - 1]).pos_ in ("NOUN", "PROPN") and not _word_in(prev, ARMED_NOUNS | SENT_FORCES):
        return ()  # "graffiti squads patrolling streets" parsed as a modifier: no patrol of a force ("troops are
        # patrolling crowded markets", also parsed so, stays)
    if event_type == "armed_conflict" and lemma in ("battle", "fight", "war", "conflict", "struggle"):
        preps = [c for c in tok.children if c.dep_ == "prep"]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            preps += [c for c in tok.head.children if c.dep_ == "prep"]  # "wage war on graffiti"
        opponents = [g for c in preps if c.lower_ in ("with", "against", "on", "over") for g in c.children
                     if g.dep_ == "pobj"]
        if any(_word_in(g, LEGAL_NOUNS) for g in opponents) or any(
                c.dep_ in ("acl", "relcl") and any(_word_in(w, LEGAL_NOUNS) for w in c.subtree) for c in tok.children) or (
                tok.dep_ == "dobj" and any(c.dep_ in ("advcl", "xcomp") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                    _word_in(w, LEGAL_NOUNS) for w in c.subtree) for c in tok.head.children)):
            return ()  # "a battle with the courts", "lost the battle to keep the case out of court"
        if lemma == "war" and any(
                c.lower_ in ("on", "against") and any(
                    g.dep_ == "pobj" and (g.pos_ == "NOUN" or (g.pos_ == "PROPN" and g.text.islower()))
                    and not g.ent_type_ and not _word_in(
                        g, ARMED_NOUNS | ARMED_WAR_TARGETS) for g in c.children) for c in preps):
            return ()  # "wage war on graffiti", "a war on waste"; not "the war on terror"
    if lemma in ("outbreak", "eruption") and event_type in ("disease_outbreak", "natural_disaster") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and ((TRIGGERS.get(g.lemma_.lower()) or ("",))[0] in (
                    "armed_conflict", "attack", "protest") or g.lemma_.lower() in UNREST_SUBJECTS)
                for g in c.children) for c in tok.children):
        return ()  # "the outbreak of civil war": the war is the event
    if lemma == "attack" and tok.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod", "nmod") and _word_in(c, MEDICAL_ATTACK_MODS) for c in tok.children):
        return ()  # "suffered a heart attack"
    if event_type == "attack" and tok.pos_ == "VERB" and lemma in ("strike", "hit") and (
            subj := _subject(tok)) is not None and _word_in(subj, ABSTRACT_STRIKERS):
        return ()  # "before the financial crisis struck"
    if lemma == "storm" and tok.pos_ == "NOUN" and (any(
            c.dep_ in ("amod", "compound") and _word_in(c, FIGURATIVE_STORM_MODS) for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and not _word_in(g, WEATHER_NOUNS) for g in c.children) for c in tok.children)):
        return ()  # "a perfect storm", "a storm of criticism"
    if lemma == "accord" and tok.pos_ == "NOUN" and (any(c.lower_ == "own" for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children))):
        return ()  # "resigned on his own accord", "in accord with"
    if event_type == "aid" and tok.pos_ == "NOUN":
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return ()  # "a swap held in aid of a hospice": for the benefit of
        if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in REFUSAL_VERBS or c.lower_.endswith("ing") and (
                c.lower_[:-3] in REFUSAL_VERBS or c.lower_[:-3] + "e" in REFUSAL_VERBS)) for c in tok.children):
            return ()  # "the cost of withholding aid"
    if event_type == "arrest" and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPT_VERBS:
        return ()  # "attempted to arrest a drunk pedestrian" (who broke free)
    return None


def _disease_subject(verb: Token) -> bool:
    """Is the verb's subject a disease or a pathogen ("the virus has killed", "H5N1 struck")?"""
    subj = _subject(verb)
    return subj is not None and _disease_word(subj)


#: pathogens as the doer of a harm verb ("the virus has killed", "the bacteria struck")
PATHOGEN_NOUNS = frozenset({"virus", "viruses", "bacteria", "bacterium", "pathogen", "strain", "parasite", "bug",
                            "germ", "germs", "superbug", "fungus"})
#: influenza strain names ("H5N1", "H1N1", "H7N9")
_STRAIN = re.compile(r"[Hh]\d{1,2}[Nn]\d{1,2}")


def _visitor(tok: Token) -> Token | None:
    """Who travels: the verb's subject (through "who" in a relative clause), the noun's possessor or compound,
    or the subject of the verb the noun is the object of ("the band cancelled its tour")."""
    if tok.pos_ == "VERB":
        subj = _subject(tok)
        if subj is None and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "a tourist visiting Mexico"
        return _after_dateline(subj) if subj is not None else None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    head = tok.head
    while head.dep_ in ("pobj", "dobj") or (head.dep_ == "prep" and head.head.pos_ == "NOUN"):
        head = head.head  # "the rest of its tour"
    if tok.dep_ in ("dobj", "pobj") and head.pos_ == "VERB":
        subj = _subject(head)
        while subj is None and head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            head = head.head  # "the band has been forced to cancel its tour"
            subj = _subject(head)
        return subj if subj is not None and subj.pos_ != "PRON" else None
    return None


#: people whose arrival is the end of a captivity ("the hostages landed in Doha")
FREED_PEOPLE = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})
#: holders of office and bodies whose travel is an official visit, besides :data:`SPEAKER_NOUNS`
OFFICIAL_VISITORS = frozenset({
    "director", "directors", "chief", "chiefs", "commissioner", "commissioners", "king", "queen", "prince",
    "princess", "emperor", "pope", "general", "generals", "commander", "commanders", "head", "heads", "chairman",
    "chairwoman", "chair", "mission", "missions", "team", "teams", "representative", "representatives", "negotiator",
    "negotiators", "inspector", "inspectors", "monitor", "monitors", "observer", "observers", "expert", "experts",
    "prosecutor", "prosecutors", "judge", "judges", "councillor", "councilor", "congressman", "congresswoman",
    "mp", "mps", "legislator", "legislators", "parliamentarian", "parliamentarians", "lawmaker", "ministers",
    "presidents", "leaders", "diplomats", "envoys", "ambassadors", "senators", "secretaries", "governors", "mayors",
    "counterpart", "counterparts", "administrator", "administration", "government", "governments", "ministry",
    "authorities", "agency", "committee", "panel", "council", "board", "chancellor", "premier", "monarch", "sheikh",
    "emir", "sultan", "crown", "vice", "deputy", "deputies", "adviser", "advisers", "advisor", "advisors", "aide",
    "aides", "staff", "officer", "officers", "dignitary", "dignitaries", "statesman", "figure", "figures"})


def _visitor_of_standing(visitor: Token, words: list[Token]) -> bool:
    """May ``visitor`` (with its conjuncts, compounds and "of" members in ``words``) pay a visit of state: a
    named person, country or body; a third-person pronoun (the official named before); a holder of office or an
    official body; a ship or aircraft (a port call) or a force (deployed)? Not a first- or second-person pronoun
    ("every time I visit") nor any other common noun ("the class toured", "flights arrived", "a grandchild")."""
    if visitor.pos_ == "PRON":
        return visitor.lower_ not in ("i", "we", "you", "me", "us", "one")
    for w in words:
        if w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or w.text[:1].isupper():
            return True
        if _word_in(w, OFFICIAL_VISITORS | SPEAKER_NOUNS | DEPLOYED_TRAVELLERS | NAVAL_VESSELS) or _craft(w) and (
                not _word_in(w, frozenset({"flight", "flights", "aircraft", "plane", "planes", "airliner"}))):
            return True
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ in ("GPE", "NORP", "ORG") or (
                c.pos_ == "PROPN")) for c in w.children):
            return True  # "a Chinese delegation", "the Kuwaiti foreign minister", "Japan's envoy"
    return False


#: venues an arrival at is no visit of state: a court hearing, a call-out, a private outing, a hospital stay
ARRIVAL_VENUES = frozenset({"court", "courts", "courthouse", "courtroom", "tribunal", "address", "scene", "hospital",
                            "clinic", "restaurant", "cafe", "café", "bar", "pub", "store", "shop", "supermarket",
                            "mall", "home", "house", "apartment", "flat", "residence", "hearing", "trial", "funeral",
                            "wedding"})
#: venues a visit to or trip to is a private outing ("her first visit to a burger restaurant")
PRIVATE_VENUES = frozenset({"restaurant", "restaurants", "cafe", "café", "bar", "bars", "pub", "pubs", "store",
                            "stores", "shop", "shops", "supermarket", "mall", "dentist", "doctor", "salon",
                            "cinema", "theater", "theatre", "gym", "casino", "nightclub", "club", "zoo", "beach"})
#: what makes a sentence about sport: its fixtures and results
SPORT_WORDS = frozenset({"match", "matches", "game", "games", "fixture", "fixtures", "goal", "goals", "defeat",
                         "defeats", "draw", "league", "tournament", "season", "playoff", "playoffs", "semi-final",
                         "semifinal", "final", "derby", "stadium", "kick-off", "kickoff", "relegation", "promotion"})
_SCORELINE = re.compile(r"\d{1,2}-\d{1,2}")
#: nouns of a number or a flow of people ("the number of Haitians", "thousands of Syrians")
PEOPLE_COUNTS = frozenset({"number", "numbers", "thousands", "hundreds", "millions", "dozens", "influx", "wave",
                           "waves", "flow", "flows", "stream", "exodus", "tide"})


def _counted_nationals(w: Token) -> bool:
    """Is ``w`` a counted plural of a nationality ("50,000 Haitians", "the number of Syrians"): people of a
    nation on the move, not its delegation?"""
    if w.ent_type_ != "NORP" or w.tag_ not in ("NNPS", "NNS") and not (w.pos_ == "PROPN" and w.lower_.endswith("s")):
        return False
    return any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in w.children) or (
        w.dep_ == "pobj" and w.head.lower_ == "of" and _word_in(w.head.head, PEOPLE_COUNTS))


def _sport_context(tok: Token) -> bool:
    """Is the sentence about a sports result or fixture: a scoreline ("4-1", "1 - 0") with a word of sport?"""
    sent = tok.sent
    words = list(sent)
    score = any(_SCORELINE.fullmatch(t.text) for t in words) or any(
        t.like_num and t.i + 2 < sent.end and t.nbor(1).text in ("-", "–") and t.nbor(2).like_num
        and len(t.text) <= 2 and len(t.nbor(2).text) <= 2 for t in words)
    return score and any(_word_in(t, SPORT_WORDS) or t.lemma_.lower() in ("beat", "win", "sweep", "score", "draw")
                         for t in words)


def _visit_sense(tok: Token, lemma: str) -> tuple[str, str] | tuple[()] | None:
    """An official or diplomatic visit (CAMEO 042) needs a visitor of standing and a destination: police or an
    ambulance arriving at a scene, cards that arrive, people, refugees or trucks travelling, a band's tour, a
    business trip, a routine visit to a doctor are no visit; a team, experts or troops that arrive or fly
    somewhere are deployed ("a team of experts arrived in Manila"); ships keep their port call."""
    visitor = _visitor(tok)
    if visitor is None and tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "advcl"):
        host = tok.head.head if tok.dep_ == "pcomp" else tok.head  # "air cargo shipped ... after landing in X"
        visitor = _subject(host) if host.pos_ in ("VERB", "AUX") else None
        if visitor is not None and (visitor.pos_ == "PRON" or not _word_in(visitor, CARGO_NOUNS)):
            visitor = None  # only goods carried take the place of the traveller here
    words = [visitor, *visitor.conjuncts, *(c for c in visitor.children if c.dep_ == "compound")] if (
        visitor is not None) else []
    # "a team of eight experts", "a group of doctors": the people the group is made of
    words += [g for w in list(words) for g in _prep_objects(w, ("of",))]
    standing = any(_word_in(w, SPEAKER_NOUNS | frozenset({"delegation", "delegations"})) for w in words)
    troops = any(_word_in(w, ARMED_NOUNS) and not _word_in(w, NON_VISITORS) for w in words)
    if visitor is not None and tok.pos_ == "VERB" and (_word_in(visitor, FREED_PEOPLE) or any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("freed", "released") for c in visitor.children) or any(
            (c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ == "after")) and any(
                v.lemma_.lower() in ("free", "release") and v.tag_ == "VBN" for v in (c, *c.children))
            for c in tok.children)):
        return "release", TRIGGERS["release"][1]  # "the freed man landed at Arlanda", "38 Nicaraguans landed in X
        # after being freed": the release's homecoming
    if not standing and not troops and any(_word_in(w, NON_VISITORS) for w in words):
        return ()  # "police arrived within minutes", "800 trucks traveling", "the band's European tour"
    venues = ARRIVAL_VENUES if lemma == "arrive" else PRIVATE_VENUES
    if any(_word_in(g, venues) for g in _prep_objects(tok, ("at", "to", "into"))) or (
            lemma != "arrive" and any(c.dep_ == "dobj" and _word_in(c, PRIVATE_VENUES) for c in tok.children)):
        return ()  # "the former president arrived at the high court", "police arrived at the address", "her first visit to a
        # restaurant": a hearing, a call-out, an outing, no visit of state
    if any(_counted_nationals(w) for w in words):
        return ()  # "more than 50,000 Haitians have arrived in X", "the number of Haitians arriving":
        # people of a nation on the move (migration), no visit
    if not standing and not troops and _sport_context(tok):
        return ()  # "they will arrive in X" after a 4-1 win: a team's away match
    if visitor is not None and not standing and not troops and not _visitor_of_standing(visitor, words):
        return ()  # "every time I visit", "the class toured the library", "75,000 flights arrived", "a grandchild
        # visited": no one who visits on a state's, a body's or a public office's behalf
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod") and (
            _word_in(c, PRIVATE_VISIT_MODS | SERVICE_VISIT_MODS if lemma == "visit" else PRIVATE_TRIP_MODS))
            for c in tok.children):
        return ()  # "a business trip", "a world tour", "her next quarterly visit", "emergency room visits"
    if lemma == "visit" and tok.pos_ == "NOUN" and (any(
            c.dep_ == "nummod" and c.like_num and _count(c) >= 100 for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
            for c in tok.children)):
        return ()  # "grew from 17,709 visits in 2003", "ER visits of 84,500": a statistic of routine visits
    if lemma == "visit" and tok.pos_ == "NOUN" and (first := _with_conjuncts_head(tok)).dep_ == "nsubj" and (
            first.head.lemma_.lower() in CHANGE_VERBS):
        return ()  # "urgent care visits rose from 145,000 in fiscal 2007": a statistic
    visited = [c for c in tok.children if c.dep_ == "dobj"] + _prep_objects(tok, ("to", "with"))
    if any(_word_in(w, KIN_NOUNS) for w in visited):
        return ()  # "visiting relatives in Texas", "toured Ireland with his parents": a private trip
    if lemma == "trip" and tok.pos_ == "VERB":
        return ()  # "tripping power plants in all three countries", "tripped over a cable": no journey
    if lemma in ("trip", "tour") and tok.pos_ == "NOUN" and not any(
            c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in (
                "GPE", "NORP", "LOC", "PERSON") or "-nation" in c.lower_ or "nation" in c.lower_)
            for c in tok.children):
        return ()  # "preparing for a long trip": a trip with no destination and no one of standing
    if lemma == "travel" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "through", "across", "around", "into") for c in tok.children):
        return ()  # "travelled to São Paulo"; not "traveling 87 million miles"
    if lemma == "fly" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
        return ()  # "would fly 60 of the migrants to", "flying fuel to": carrying, no visit
    if lemma == "arrive" and not any(
            (c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "from", "to", "into") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in ARRIVAL_NOT_PLACES
                for g in c.children))
            or (c.dep_ == "advmod" and c.lower_ in ("here", "there", "home")) for c in tok.children):
        return ()  # "arrived in Pristina"; not "police arrived within minutes", "arrived to work"
    members = [visitor, *_prep_objects(visitor, ("of",))] if visitor is not None else []
    if tok.pos_ == "VERB" and lemma in ("arrive", "fly", "travel", "land") and any(
            _word_in(w, DEPLOYED_TRAVELLERS) for w in members) and not standing:
        return "deployment", TRIGGERS["deploy"][1]  # "a team of experts arrived in Manila", "troops arrived"
    return None


def _count(num: Token) -> float:
    """The value of a numeral token ("17,709" → 17709), 0 when it is not a plain number."""
    try:
        return float(num.text.replace(",", ""))
    except ValueError:
        return 0.0


def _threat_warning(verb: Token) -> bool:
    """Is "warn" a threat: the warner says it would do harm or act ("warned it would retaliate", "warned that
    more exercises would follow if Taiwan continued", "warned of consequences"), or warns a party off
    ("warned Washington not to interfere", "warned Iran against ...")? An appeal or a caution ("warned that the
    toll may be higher", "warned that civilians should be informed") is no threat."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            if any(g.dep_ == "pobj" and _word_in(g, THREAT_CONSEQUENCES) for g in c.children):
                return True
        elif c.dep_ == "prep" and c.lower_ == "against" and any(
                d.dep_ == "dobj" for d in verb.children):
            return True  # "warned Iran against any attack"
        elif c.dep_ == "dobj" and _word_in(c, THREAT_CONSEQUENCES):
            return True
        elif c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) and any(
                d.dep_ == "dobj" for d in verb.children):
            return True  # "warned Washington not to interfere"
        elif c.dep_ == "ccomp":
            modal = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll", "wo", "could", "may",
                                                         "might", "can", "ca") for a in c.children)
            cond = any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)
                       for a in c.children)
            subj = _subject(c)
            own = subj is not None and (subj.lower_ in ("it", "we", "they", "he", "she", "i") or (
                _subject(verb) is not None and subj.lemma_.lower() == _subject(verb).lemma_.lower()))
            if (modal and (cond or own) or own and c.tag_ in ("VBZ", "VBP")) and c.lemma_.lower() in THREAT_VERBS:
                return True  # "warned that exercises would follow if ...", "warned it could strike American bases"
            if modal and subj is not None and (_word_in(subj, THREAT_CONSEQUENCES) or (
                    (TRIGGERS.get(subj.lemma_.lower()) or ("",))[0] in ("attack", "military_exercise", "sanctions"))):
                return True  # "warned that a strike would come", "more exercises would follow"
    return False


def _context_cause(verb: Token) -> tuple[str, str] | None:
    """The disaster, outbreak or accident that a harm verb with no doer ("at least nine people were killed",
    "more than 300 were killed in Malaysia") belongs to: the nearest event word in its sentence, then in the
    three sentences before it, then in the article's first two (its lead); ``None`` when that nearest event is
    an attack, a conflict or a crime, or there is none (the killing stays an attack)."""
    sents = list(verb.doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= verb.i < s.end), 0)
    sent = sents[here]
    order = sorted((t for t in sent if t.i != verb.i), key=lambda t: abs(t.i - verb.i))
    for s in reversed(sents[max(0, here - 3):here]):
        order += sorted(s, key=lambda t: -t.i)
    order += [t for s in sents[:min(2, max(0, here - 3))] for t in s]
    if here == 0:
        order += [t for s in sents[1:3] for t in s]  # a headline's victims: the story's lede tells what hurt them
    for t in order:
        if t.pos_ not in ("NOUN", "VERB", "PROPN") or t.lemma_.lower() in CONSEQUENCE_VERBS:
            continue
        entry = TRIGGERS.get(t.lemma_.lower()) or TRIGGERS.get(t.lower_)
        if entry is not None and entry[0] in ("attack", "armed_conflict", "crime") and (
                t.pos_ == "NOUN" and t.lemma_.lower() != "fire" or t.tag_ == "VBG"):  # (a fire noun is typed below)
            return None  # "11 killed in bus bombing" even when the parse hides the bombing from find_trigger
        hit = find_trigger(t)
        if hit is None and t.pos_ == "NOUN" and _word_in(t, DISEASE_CAUSES):
            hit = ("disease_outbreak", "")
        if hit is None:
            continue
        if hit[0] in ("natural_disaster", "disease_outbreak", "accident"):
            return hit
        if hit[0] in ("attack", "armed_conflict", "crime", "protest"):
            return None
    return None


def _with_conjuncts_head(tok: Token) -> Token:
    """The first conjunct of a coordination ``tok`` is in ("heavy rain and flash floods" → "rain")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == tok.pos_:
        tok = tok.head
    return tok


def _forecast(tok: Token) -> bool:
    """Is a disaster noun only forecast or warned of: with "no" ("no rain fell"), the object of a forecast verb
    ("forecasters expect heavy rain", "heavy rain is expected"; not "a cyclone is expected to make landfall",
    which has a verb of its own), or the "of"/"about"/"for" object of a forecast verb or noun ("warned of heavy
    rain and flash floods", "a warning for heavy rain")?"""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    first = _with_conjuncts_head(tok)
    head = first.head
    if first.dep_ == "dobj" and head.lemma_.lower() in FORECAST_VERBS:
        return True
    if first.dep_ == "nsubjpass" and head.lemma_.lower() in FORECAST_VERBS and not any(
            c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return True
    return first.dep_ == "pobj" and head.lower_ in ("of", "about", "for") and (
        head.head.lemma_.lower() in FORECAST_VERBS or head.head.lower_ in FORECAST_NOUNS)


def _weather_warning(verb: Token) -> bool:
    """Is "warn" a weather forecast: a disaster as what is warned of ("warned of heavy rain") or forecasters
    and weather services as who warns ("the weather service warned that ...")?"""
    for c in verb.children:
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if (
            c.dep_ == "prep" and c.lower_ in ("of", "about")) else []
        if any((TRIGGERS.get(o.lemma_.lower()) or TRIGGERS.get(o.lower_) or ("",))[0] == "natural_disaster"
               for o in objs):
            return True
    subj = _subject(verb)
    if subj is None:
        return False
    words = [subj, *(c for c in subj.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in ("forecaster", "meteorologist", "weather", "meteorological", "met",
                                     "hydrometeorological", "climatologist") for w in words)


def _water_surge(verb: Token) -> bool:
    """Is the subject of ``verb`` flood water ("floodwaters poured into", "the river broke through")?"""
    subj = _subject(verb)
    return subj is not None and (_word_in(subj, WATER_SUBJECTS) or any(
        c.dep_ == "compound" and _word_in(c, WATER_SUBJECTS) for c in subj.children))


def military_craft(w: Token) -> bool:
    """Is ``w`` a warship, a military aircraft or a force ("a Royal Navy frigate", "RAF Typhoon jets", "the patrol
    ship HMS Mersey", "HMS Somerset", "a naval vessel", "troops")?"""
    words = [w, *(c for c in w.children if c.dep_ in ("compound", "amod", "appos", "nmod"))]
    if any(_word_in(x, MILITARY_CRAFT | ARMED_NOUNS) for x in words):
        return True
    if any(x.text in SHIP_PREFIXES for x in words):
        return True  # a commissioned ship's name: "HMS Somerset", "USS Ford"
    if any(AIRCRAFT_DESIGNATION.match(x.text) for x in words if x.pos_ in ("NOUN", "PROPN")) and (
            w.pos_ in ("NOUN", "PROPN")):
        return True  # a military aircraft's designation: "F-35s", "two Su-30 fighters"
    return _word_in(w, INTERCEPTED_VESSELS | CRAFT_NOUNS) and any(
        c.dep_ in ("compound", "amod") and (c.lower_ in MILITARY_MODIFIERS or c.lower_ == "guard" and any(
            g.dep_ == "compound" and g.lower_ == "coast" for g in c.children)) for c in w.children)
    # "coast guard ships": the two-word "coastguard"


def _naval_vessel(w: Token) -> bool:
    """Is ``w`` a warship ("the frigate", "HMS Iron Duke", "a Russian corvette")?"""
    return _word_in(w, NAVAL_VESSELS) or any(
        x.text in SHIP_PREFIXES - AIR_PREFIXES for x in (w, *(c for c in w.children if c.dep_ == "compound")))


def _craft(w: Token) -> bool:
    """Is ``w`` a vessel or an aircraft (the one watched: "a Russian oceanographic vessel", "two Tu-142
    aircraft", "the Russian flotilla")?"""
    return _word_in(w, INTERCEPTED_VESSELS | CRAFT_NOUNS | MILITARY_CRAFT) or military_craft(w) and not _word_in(
        w, ARMED_NOUNS - MILITARY_CRAFT)


def _watchers(verb: Token) -> list[Token]:
    """Who watches: the subjects and agents of the verb, of the verb it is conjoined with or of the verb whose
    purpose it is ("jets were scrambled to intercept"), with their conjuncts."""
    doers = [_after_dateline(s) for s in _doers(verb, borrow_from=("conj", "advcl"))]
    if not doers and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":
        doers = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        doers += passive_agents(verb.head)
    if not doers and (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBG") and verb.head.pos_ in (
            "NOUN", "PROPN"):
        doers = [verb.head]  # "a warship that escorted", "a Russian warship escorting two tankers"
    # "a pair of F-35s": the craft the group is made of
    doers += [g for d in doers if d.lemma_.lower() in CRAFT_GROUPS for g in _prep_objects(d, ("of",))]
    return _with_conjuncts(doers)


#: services that search the sea or an area from ships and aircraft ("the coast guard", "navy ships")
SEARCH_FORCES = MILITARY_CRAFT | frozenset({"guard", "guards", "coastguards"})
#: what a search is for or over: people lost or taken, and the sea ("searched the waters", "search for the crew")
SEARCHED_AREAS = frozenset({"water", "waters", "sea", "seas", "area", "areas", "coast", "coastline", "island",
                            "islands", "archipelago", "strait", "gulf", "bay", "ocean", "channel"})


def _searchers_ok(words: list[Token]) -> bool:
    """Are the searchers military craft or a coast guard ("navy ships and aircraft", "the coast guard")?"""
    return any((_craft(w) and military_craft(w)) or _word_in(w, MILITARY_CRAFT) or (
        w.lemma_.lower() in ("guard", "guards") and any(c.lower_ == "coast" for c in w.children)) for w in words)


#: people on the run whom police or troops hunt ("hunting for 14 escaped inmates")
WANTED_PEOPLE = frozenset({"inmate", "inmates", "prisoner", "prisoners", "escapee", "escapees", "fugitive",
                           "fugitives", "convict", "convicts", "suspect", "suspects", "gunman", "gunmen", "attacker",
                           "attackers", "killer", "killers", "kidnapper", "kidnappers", "abductor", "abductors",
                           "raider", "raiders", "assailant", "assailants", "militant", "militants", "culprit",
                           "culprits", "perpetrator", "perpetrators", "bomber", "bombers"})
#: who hunts them
HUNTING_FORCES = frozenset({"police", "policeman", "policemen", "officer", "officers", "troop", "troops", "soldier",
                            "soldiers", "force", "forces", "army", "guard", "guards", "agent", "agents",
                            "authorities", "gendarme", "gendarmes", "reservist", "reservists"})


def _manhunt(verb: Token) -> bool:
    """Police or troops hunting (for) people on the run: "Paraguayan and Brazilian police were hunting on Tuesday
    for 14 inmates", "soldiers hunted the gunmen"; not "shoppers hunting for bargains", "hunting deer"."""
    if verb.pos_ != "VERB":
        return False
    wanted = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ("for",))
    hunters = _doers(verb, borrow_from=("conj", "xcomp"))
    return any(_word_in(w, WANTED_PEOPLE) for w in wanted) and any(_word_in(h, HUNTING_FORCES) for h in hunters)


def _military_search(tok: Token) -> bool:
    """A sea or air search by military craft or a coast guard (a patrol, CAMEO 150): "navy ships and aircraft
    had been searching the waters around X", "the coast guard searched for the missing crew", "the navy launched
    a search operation"; not "police searched the house", "a search for a new coach"."""
    if tok.pos_ == "VERB":
        over = [c for c in tok.children if c.dep_ == "dobj"]
        over += _prep_objects(tok, ("for",))
        if not any(_word_in(w, SEARCHED_AREAS) or _person_word(w) or _craft(w) for w in over):
            return False
        return _searchers_ok(_watchers(tok))
    noun = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in ("operation", "mission", "effort") \
        else tok
    if any(c.dep_ in ("compound", "amod") and _word_in(c, SEARCH_FORCES | frozenset({"naval", "air"}))
           for c in noun.children if c.i != tok.i):
        return True  # "a naval search", "a navy search operation"
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in LIGHT_VERBS and (
        _searchers_ok(_watchers(verb)))


def _shadowing(verb: Token, lemma: str) -> tuple[str, str] | tuple[()] | None:
    """Naval and air shadowing (a military patrol, CAMEO 150): a warship, a military aircraft or a force that
    shadows, escorts, monitors, tracks or intercepts a vessel or an aircraft ("a Royal Navy frigate shadowed a
    Russian warship", "HMS Mersey has been monitoring a Russian vessel", "jets were scrambled to intercept two
    Russian aircraft", "the corvette was shadowed by HMS Iron Duke"), warships that transit a strait, jets
    scrambled, a frigate that hands over the watch or the escort to another ship. ``()`` for another sense (no
    event), ``None`` when the word's other senses decide ("intercepted a boat carrying migrants" is a seizure,
    "handed over the hostages" a release)."""
    patrol = TRIGGERS["patrol"][:2]
    if lemma == "hand":
        if any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WATCH_NOUNS for c in verb.children):
            return patrol  # "handed over the watch to a French patrol vessel"
        return None
    watchers = _watchers(verb)
    if lemma == "scramble":
        craft = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or watchers
        if not any(military_craft(c) for c in craft):
            return ()  # "jets were scrambled", "scrambled fighters"; not "scrambled to find seats"
        if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in SHADOW_VERBS | {"intercept"}
               and _shadowing(c, c.lemma_.lower()) for c in verb.children):
            return ()  # the interception it was scrambled for is the event
        return patrol
    if lemma == "transit":
        if not any(_word_in(w, INTERCEPTED_VESSELS | MILITARY_CRAFT) or military_craft(w) for w in watchers):
            return ()  # "ships transit the strait"; not "data transits the network"
        return patrol if any(military_craft(w) for w in watchers) else ("vessel_movement", "")
    watched = _args(verb)
    watched = [x for w in watched for x in (w, *(c for c in w.children if c.dep_ == "appos"))]
    if lemma == "intercept":
        if any(military_craft(w) for w in watchers) and any(_word_in(w, AIRCRAFT) for w in watched):
            return patrol  # "jets scrambled to intercept two Russian aircraft"
        return None  # "intercepted a boat carrying migrants" is a seizure; "intercepted a missile" no event
    if not watchers and lemma in ("track", "shadow", "monitor", "tail", "trail") and verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children) and any(
            w.dep_ == "nsubjpass" and military_craft(w) and _craft(w) for w in watched):
        return patrol  # "a Chinese surveillance ship had been tracked in the sea": no agent, the navy's watch
    if not any(military_craft(w) for w in watchers if w not in watched) or not any(
            _craft(w) or w.lower_ == "them" or (w.lower_ == "it" and w.dep_ == "dobj" and any(
                _craft(x) and x.i < w.i and x not in watchers for x in w.sent if x.pos_ in ("NOUN", "PROPN")))
            for w in watched):
        return ()  # "analysts monitored the news", "police are tracking the suspect"
    return patrol


#: officers whose seizing of people is an arrest ("police seized two suspects"; "gunmen seized" kidnap)
STATE_CAPTORS = frozenset({"police", "policeman", "policemen", "officer", "officers", "agent", "agents", "authorities",
                           "troops", "soldiers", "army", "military", "guard", "guards", "coastguard", "customs",
                           "forces", "force", "navy", "marines", "government", "court", "prosecutors"})
#: words of a prison break ("inmates escaped", "the breakout", "a jailbreak", "a prison break", "broke out of jail";
#: a crime, like a robbery: no PLOVER/CAMEO category), each only with a prison or prisoners (:func:`_prison_escape`)
ESCAPE_WORDS = frozenset({"escape", "breakout", "jailbreak", "jailbreaks", "prison-break", "break", "jail-break"})
#: places people are held in ("escaped from a maximum-security prison", "escaped from custody")
PRISON_NOUNS = frozenset({"prison", "prisons", "jail", "jails", "gaol", "penitentiary", "custody", "detention",
                          "lockup", "jailhouse", "penal", "correctional", "reformatory"})
#: people held in one ("17 inmates escaped", "the escape of three prisoners")
PRISONER_NOUNS = frozenset({"inmate", "inmates", "prisoner", "prisoners", "convict", "convicts", "detainee",
                            "detainees", "escapee", "escapees", "jailbird", "fugitive", "fugitives"})


def _prison_word(w: Token, words: frozenset[str]) -> bool:
    return _word_in(w, words) or any(c.dep_ in ("compound", "amod") and _word_in(c, words) for c in w.children)


def _prison_escape(tok: Token) -> bool:
    """Is ``tok`` a prison break: "17 inmates escaped", "who escaped from a maximum-security prison", "prisoners
    broke out of the jail", "the breakout from the prison", "the escape of three detainees", "a jailbreak"; not
    "escaped the flames", "a breakout year", "a lunch break"."""
    lemma = tok.lemma_.lower()
    froms = _prep_objects(tok, ("from", "of", "out"))
    froms += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "out" for p in c.children
              if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]  # "broke out of jail" (parsed so)
    if tok.pos_ == "NOUN":
        if lemma == "break" and tok.lower_ not in ("break", "breaks"):
            return False
        if tok.lower_ in ("jailbreak", "jailbreaks", "prison-break", "jail-break"):
            return True
        return any(c.dep_ in ("compound", "amod") and _word_in(c, PRISON_NOUNS) for c in tok.children) or any(
            _prison_word(g, PRISON_NOUNS | PRISONER_NOUNS) for g in froms)  # "prison break", "breakout from"
    if lemma == "break" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children):
        return False  # "broke out of prison"; not "broke the record"
    subj = _subject(tok)
    if lemma == "break" and not froms and (subj is None or not _prison_word(subj, PRISONER_NOUNS)):
        return False  # "inmates broke out"; not "fighting broke out"
    return any(_prison_word(g, PRISON_NOUNS) for g in froms) or (
        subj is not None and _prison_word(subj, PRISONER_NOUNS) and not any(
            c.dep_ == "dobj" for c in tok.children))  # "inmates escaped"; not "prisoners escaped punishment"


def _taken_into_custody(tok: Token) -> bool:
    """Is "take" an arrest: "were taken into custody", "police took three men into police custody"; not children
    "taken into protective custody" (welfare) nor "took custody of the ship"."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "custody" and not any(
            m.dep_ in ("amod", "compound") and m.lower_ in ("protective", "foster", "state") for m in g.children)
        for g in c.children) for c in tok.children)


#: hyphenated nouns naming a robbery ("a smash-and-grab", "an armed hold-up", "a stick-up")
ROBBERY_COMPOUND = re.compile(r"(?:smash-and-grab|hold-?ups?|stick-?ups?)\b", re.IGNORECASE)
#: the tokens such a compound is made of
ROBBERY_WORDS = frozenset({"smash", "and", "grab", "hold", "holdup", "holdups", "stick", "stickup", "stickups", "up",
                           "ups", "-", "hold-up", "hold-ups", "stick-up", "stick-ups", "smash-and-grab"})
#: "hold-up" is a robbery only with an armed or thieving cue in its sentence ("a hold-up in the talks" is a delay)
HOLDUP_CUES = frozenset({"armed", "gun", "guns", "gunpoint", "gunman", "gunmen", "knife", "knifepoint", "robber",
                         "robbers", "robbery", "thief", "thieves", "masked", "steal", "stole", "stolen", "loot",
                         "cash", "bank", "jeweller", "jewellery", "jewelry", "store", "shop", "till"})


#: verbs that take a cash machine or a safe away ("tore a cash machine from the wall", "stole an ATM")
CASH_THEFT_VERBS = frozenset({"tear", "rip", "pull", "wrench", "yank", "drag", "prise", "prize", "haul", "steal",
                              "rob", "ram", "loot", "smash", "break", "take", "lift", "winch"})
#: the machines such thieves take ("ATM", "cash machine", "cashpoint")
CASH_MACHINES = frozenset({"atm", "atms", "cashpoint", "cashpoints", "cash-machine", "cash-machines"})
#: verbs whose taking is theft on their own, with no "from" ("stole an ATM", "robbed a cash machine")
THEFT_ONLY_VERBS = frozenset({"steal", "rob", "loot"})


def _cash_machine(w: Token) -> bool:
    """Is ``w`` a cash machine: "an ATM", "a cash machine", "the cashpoint"?"""
    return _word_in(w, CASH_MACHINES) or (w.lemma_.lower() == "machine" and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "cash" for c in w.children))


def _cash_machine_theft(verb: Token) -> bool:
    """Is ``verb`` a cash machine taken: torn, ripped or pulled *from* a wall or shop ("used a digger to tear a cash
    machine from the wall of a shop", "an ATM was ripped from a garage"), or stolen or robbed ("stole an ATM"); not
    "pulled cash from an ATM", "took money out of the cash machine", "the bank removed its ATMs" (no "from")?"""
    if not any(_cash_machine(w) for w in _args(verb)):
        return False
    if verb.lemma_.lower() in THEFT_ONLY_VERBS:
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("from", "off", "out") for c in verb.children) or any(
        c.dep_ == "prt" and c.lower_ in ("out", "off", "away") for c in verb.children) and (
        verb.lemma_.lower() in ("rip", "tear", "wrench", "yank", "prise", "prize", "winch"))


def _cash_machine_raid(raid: Token) -> bool:
    """Is the noun "raid" a cash-machine theft: "ATM raids", or "such raids" in a sentence telling of one ("a
    gang used a digger to pull an ATM from a shop, one of a dozen such raids")? Only the raid's sentence is read."""
    if any(c.dep_ in ("compound", "amod", "nmod") and _cash_machine(c) for c in raid.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in ("such", "similar") for c in raid.children) and any(
        t.lemma_.lower() in CASH_THEFT_VERBS and t.pos_ == "VERB" and _cash_machine_theft(t) for t in raid.sent)


#: prepositions after "was caught" of another sense ("caught in the crossfire", "caught on camera", "caught off
#: guard", "caught up in", "caught between two fires", "caught short")
CAUGHT_OTHER_PREPS = frozenset({"in", "on", "off", "up", "out", "between", "without", "short", "unawares", "under"})


def _caught_suspect(verb: Token) -> bool:
    """Is "catch" an arrest: someone caught where they were or at what they did ("a Belarusian national was caught
    at the border crossing as he tried to leave", "two men were caught by police", "police caught the suspect");
    not "caught in the crossfire", "caught on camera", "caught fire", "caught cholera", "caught a fish"."""
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in CAUGHT_OTHER_PREPS and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)) for c in verb.children):
        return False  # (a date is no other sense: "caught on Tuesday", "caught in March")
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        subj = passive[0]
        if not any(_person_word(x) or x.ent_type_ in ("ORDINAL", "NORP") for x in (
                subj, *(c for c in subj.children if c.dep_ == "appos"))):
            return False  # "the third, a Belarusian national, was caught"; not "the fish was caught"
        agents = passive_agents(verb)
        if agents:
            return any(_word_in(a, STATE_CAPTORS | frozenset({"guard", "guards", "service", "services"}))
                       for a in agents)  # "caught by border guards"; not "caught by surprise"
        return any((c.dep_ == "prep" and c.lower_ in ("at", "near", "with", "trying", "smuggling")) or (
            c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB") or c.lower_ == "red-handed" for c in verb.children)
    caught = [c for c in verb.children if c.dep_ == "dobj"]
    doers = _doers(verb, borrow_from=("conj",))
    return bool(caught) and all(_person_word(c) and c.lower_ not in ("it", "its") for c in caught) and any(
        _word_in(d, STATE_CAPTORS | frozenset({"guard", "guards"})) for d in doers)


def _vessel_word(w: Token) -> bool:
    """Is ``w`` a ship, or a ship's name with its kind ("the frigate Peter Willemoes", "HMS Kent")?"""
    return _word_in(w, INTERCEPTED_VESSELS | NAVAL_VESSELS) or _naval_vessel(w) or any(
        c.dep_ in ("compound", "appos") and _word_in(c, INTERCEPTED_VESSELS | NAVAL_VESSELS) for c in w.children)


def _port_call(tok: Token) -> bool:
    """A ship's port call, a visit like "docked in": a vessel that calls at or into a named place or a port ("the
    frigates called at X to take on fuel", "the destroyer called into port"), or a "port call" somewhere ("made a
    port call in X"); not "called at a rally for calm", "called for talks", "port calls fell"."""
    if tok.pos_ == "NOUN":
        if not any(c.dep_ == "compound" and c.lower_ == "port" for c in tok.children):
            return False
        holders = (tok, tok.head) if tok.dep_ in ("dobj", "pobj") else (tok,)
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and any(
            g.dep_ == "pobj" for g in c.children) for h in holders for c in h.children)
    if not any(c.dep_ == "prep" and c.lower_ in ("at", "into") and any(
            g.dep_ == "pobj" and (_word_in(g, PORT_NOUNS) or g.pos_ == "PROPN") for g in c.children)
            for c in tok.children):
        return False
    callers = [s for s in (_subject(tok),) if s is not None]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        callers.append(tok.head)  # "the frigate X and the frigate Y called at": the parser hangs Y's verb on X
    return any(_vessel_word(w) for w in _with_conjuncts(callers))


def _robbery_compound(tok: Token) -> bool:
    """Is ``tok`` the head of a hyphenated robbery noun: "carried out a smash-and-grab at a store", "an armed
    hold-up at a bank"; not "a smash-and-grab win" (sport), "a hold-up in the talks", nor the modifier of a noun
    that is itself the event ("a smash-and-grab robbery": the robbery)?"""
    if tok.lower_ not in ROBBERY_WORDS:
        return False  # cheap: most tokens are none of these words
    doc = tok.doc
    start = tok
    while start.i > 0 and not doc[start.i - 1].whitespace_ and (
            doc[start.i - 1].text == "-" or doc[start.i - 1].lower_ in ("smash", "and", "hold", "stick")):
        start = doc[start.i - 1]
    window = doc[start.i:min(len(doc), start.i + 8)]  # not doc.text: spaCy joins every token each time
    m = ROBBERY_COMPOUND.match(window.text)
    end = start.idx + m.end() if m is not None else -1
    if m is None or not (start.idx <= tok.idx < end):
        return False
    span = doc.char_span(start.idx, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if tok.i != root.i:
        return False  # one trigger per compound: its syntactic head
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i not in range(span.start, span.end) and (
            root.head.lemma_.lower() in TRIGGERS or _word_in(root.head, SPORTING_GOALS | frozenset(
                {"win", "victory", "goal", "draw", "raid", "robbery", "heist", "attack"}))):
        return False  # "a smash-and-grab robbery" (the robbery is the event), "a smash-and-grab win"
    if m.group(0).lower().startswith(("hold", "stick")):
        return any(t.lower_ in HOLDUP_CUES or t.lemma_.lower() in HOLDUP_CUES for t in tok.sent)
    return True


#: verbs of people coming together that are a protest with a demanding purpose ("gathered to demand answers")
GATHER_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass", "rally"})
#: purposes that make a gathering a protest ("to demand", "demanding", "to call for", "chanting")
DEMAND_VERBS = frozenset({"demand", "call", "denounce", "decry", "chant", "press", "voice", "vent", "oppose",
                          "urge", "insist", "object"})
#: what a gathering protesting carries or bangs ("banging pots and carrying banners", "waving placards")
PROTEST_GEAR_VERBS = frozenset({"carry", "wave", "hold", "brandish", "bang", "beat", "raise", "unfurl"})
PROTEST_GEAR = frozenset({"banner", "banners", "placard", "placards", "pots", "pans", "saucepans", "signs"})
#: who comes together to protest (people, crowds and counts of them; not leaders or ministers)
CROWD_NOUNS = PEOPLE_NOUNS | BLOCKER_NOUNS | PROTEST_NOUNS | frozenset(
    {"hundred", "thousand", "dozen", "score", "parent", "parents", "relative", "relatives", "neighbour",
     "neighbours", "neighbor", "neighbors", "employee", "employees", "member", "members", "union", "unions",
     "woman", "women", "man", "men", "mother", "mothers", "victim", "victims", "fan", "fans"})


def _gathered_to_demand(tok: Token) -> bool:
    """Is a gathering a protest: people or crowds who "gathered outside the town hall to demand answers",
    "assembled in the square demanding wages", "rallied to call for his release"; not "gathered evidence" (an
    object), leaders who gather to call for a truce (a meeting), nor "gathered to pray"."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return False
    subj = _subject(tok)
    if subj is None or not (_word_in(subj, CROWD_NOUNS) or (subj.like_num and subj.dep_ != "nummod") or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_word_in(g, CROWD_NOUNS) for g in c.children)
            for c in subj.children)):
        return False  # "hundreds gathered", "a crowd of residents gathered"
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB" and c.lemma_.lower() in DEMAND_VERBS
           and (c.dep_ != "conj" or c.tag_ == "VBG") for c in tok.children):
        return True
    acts = [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
    acts += [g for a in acts for g in a.children if g.dep_ == "conj" and g.tag_ == "VBG"]
    return any(a.lemma_.lower() in PROTEST_GEAR_VERBS and any(
        g.dep_ == "dobj" and g.lower_ in PROTEST_GEAR for g in a.children) for a in acts)


def _disruption(tok: Token) -> bool:
    """Is a closing or a cancelling a transport disruption: an airport, port, airspace or flights as what is
    closed or cancelled ("the airport was closed", "flights were cancelled or diverted", "the closure of the
    airport", "flight cancellations")?"""
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() == "shut" and not any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in tok.children):
            return False
        words = _args(tok)
        if not words and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            words = _args(tok.head)  # "flights were cancelled or diverted"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
            words = [tok.head]  # "92 flights cancelled on Monday"
        if not words and tok.lemma_.lower() == "shut" and any(
                c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            words = [c for c in tok.children if c.dep_ == "nsubj"]  # "the plants shut down"
            words += [g for c in tok.children if c.dep_ == "csubj" and c.tag_ == "VBG" for g in c.children
                      if g.dep_ == "dobj"]  # "meatpacking plants shut down", a modifier parsed as a gerund
        if not words and tok.lemma_.lower() in ("stop", "halt"):
            words = [c for c in tok.children if c.dep_ == "nsubj"]  # "traffic on the link stopped"
        if tok.lemma_.lower() == "wash" and not any(c.dep_ == "prt" and c.lower_ == "away" for c in tok.children):
            return False  # "the track was washed away"
        words += [g for w in words if w.lemma_.lower() in ("section", "stretch", "part", "length")
                  for g in _prep_objects(w, ("of",))]
    else:
        if tok.dep_ == "compound":
            return False
        words = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod")]
        words += _prep_objects(tok, ("of",))
    words = _with_conjuncts(words)
    closed = DISRUPTED_THINGS | CLOSED_ROUTES if tok.lemma_.lower() in ("close", "shut", "closure", "wash") \
        else DISRUPTED_THINGS
    return any(_word_in(w, closed) for w in words)


def _cable_cut(verb: Token) -> bool:
    """Is a cable or pipeline what is damaged or cut ("a data cable was damaged", "severed the pipeline", "the
    cable linking X and Y was cut")?"""
    if verb.lemma_.lower() == "break" and not verb.tag_ == "VBN":
        return False  # "the cable was broken"; not "broke the record", "fighting broke out"
    words = _args(verb)
    if not words and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        words = _args(verb.head)
    words = [x for w in words for x in (w, *w.conjuncts, *(c for c in w.children if c.dep_ == "appos"))]
    return any(_word_in(w, CABLE_NOUNS) for w in words)


def _link_fault(tok: Token) -> bool:
    """Is "fault" a link's failure: the object of "develop" / "suffer" whose subject is a cable, a line or a
    pipeline ("a power cable developed a fault")?"""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in FAULT_VERBS:
        return False
    subj = _subject(tok.head)
    if subj is None:
        return False
    words = [subj, *subj.conjuncts, *(c for c in subj.children if c.dep_ in ("appos", "compound"))]
    return any(_word_in(w, CABLE_NOUNS | DISRUPTED_THINGS) for w in words)


def _boarded_vessel(verb: Token) -> bool:
    """Is a vessel boarded by a force or officials ("Finnish border guards boarded a tanker", "the ship was
    boarded by commandos", "the tanker was boarded on Monday")?"""
    if not any(_word_in(a, INTERCEPTED_VESSELS) for a in _args(verb)):
        return False
    doers = [_after_dateline(s) for s in _doers(verb, borrow_from=("conj", "xcomp"))]
    if not doers:
        return any(c.dep_ == "nsubjpass" for c in verb.children)  # "the tanker was boarded on Monday"
    words = [x for d in doers for x in (d, *d.conjuncts, *(c for c in d.children if c.dep_ == "compound"))]
    return any(_word_in(w, BOARDING_FORCES | ARMED_NOUNS) for w in words)


def _rescued(w: Token) -> bool:
    """Is ``w`` people rescued ("22 crew members", "180 migrants", "12 fishermen", "22")?"""
    words = [w, *w.conjuncts, *(c for c in w.children if c.dep_ == "compound")]
    return w.like_num or any(_word_in(x, PEOPLE_NOUNS | RESCUED_PEOPLE) or _captive(x) for x in words)


def _vessel_grounded(verb: Token) -> bool:
    """Is "ground" a vessel's running aground ("the freighter grounded on a reef"; "flights were grounded" is a
    disruption)?"""
    subj = _subject(verb)
    return subj is not None and _word_in(subj, INTERCEPTED_VESSELS)


def _blocked_route(verb: Token) -> tuple[str, str] | None:
    """A road, bridge or waterway blocked: by people a protest ("supporters blocked the main road", "hundreds of
    workers blocked the road"), by anything else (a ship, a landslide, an unnamed hand) a disruption ("the vessel
    wedged its bow into the bank, blocking the canal"); no event when what is blocked is no route ("blocked the
    bill") or armed men block it."""
    words = _args(verb)
    words += [g for w in list(words) if w.lemma_.lower() in ("section", "stretch", "part", "length", "entrance")
              for g in _prep_objects(w, ("of",))]
    if not any(_word_in(w, ROUTE_NOUNS) for w in words):
        return None
    doers = [_after_dateline(s) for s in _doers(verb, borrow_from=("conj", "xcomp", "advcl"))]
    head = verb
    for _ in range(2):  # "farmers drove tractors into the centre to protest ..., blocking the main bridge"
        if doers or head.dep_ not in ("advcl", "conj", "xcomp") or head.head.pos_ != "VERB":
            break
        head = head.head
        if head.lemma_.lower() in ("protest", "demonstrate", "march", "rally"):
            return TRIGGERS["protest"][:2]  # "took to the streets to protest ..., blocking the road"
        subj = _subject(head)
        doers = [subj] if subj is not None else []
    people = [x for d in doers for x in (d, *d.conjuncts, *(g for c in d.children if c.dep_ == "prep"
                                                             and c.lower_ == "of" for g in c.children))]
    if any(_word_in(p, ARMED_NOUNS) for p in people):
        return None  # "rebels blockaded the town": not a protest
    if any(_word_in(p, PROTEST_NOUNS | PEOPLE_NOUNS | LABOUR_STRIKE_WORDS | BLOCKER_NOUNS)
           or p.lemma_.lower().endswith("worker") or (p.tag_ == "VBG" and p.lemma_.lower() == "strike")
           for p in people):
        return TRIGGERS["protest"][:2]
    return "disruption", ""


#: verbs that send aid ("sent relief supplies", "dispatched aid", "flew in tents", "airlifted food", "delivered")
AID_SEND_VERBS = frozenset({"send", "dispatch", "fly", "airlift", "deliver"})
#: people sent as relief ("sent 40 rescuers", "dispatched doctors")
AID_HELPERS = frozenset({"rescuer", "rescuers", "firefighter", "firefighters", "medic", "medics", "paramedic",
                         "paramedics", "doctor", "doctors", "nurse", "nurses"})
#: teams and carriers that are aid when a relief word modifies them ("a rescue team", "relief flights")
AID_CARRIERS = frozenset({"team", "teams", "crew", "crews", "worker", "workers", "convoy", "convoys", "truck",
                          "trucks", "lorry", "lorries", "plane", "planes", "aircraft", "flight", "flights", "shipment",
                          "shipments", "consignment", "consignments", "package", "packages", "kit", "kits", "cargo",
                          "unit", "units", "volunteer", "volunteers", "personnel", "staff", "boat", "boats",
                          "helicopter", "helicopters", "mission", "missions"})
#: modifiers that make a team or carrier a relief one ("rescue team", "medical staff", "aid flights")
AID_MODS = AID_CARGO | frozenset({"rescue", "search-and-rescue", "emergency", "aid"})
#: loads that are aid when they are the head of what is sent ("sent food", "relief supplies"; not "water cannon")
AID_LOADS = AID_CARGO - frozenset({"humanitarian", "medical"})
#: people who flee ("3,000 people", "thousands of residents", "a group of about 800")
FLEEING_PEOPLE = (PEOPLE_NOUNS - frozenset({"patient", "patients", "passenger", "passengers", "student",
                                            "students", "worker", "workers"})) | frozenset(
    {"thousand", "thousands", "hundred", "hundreds", "dozens", "many", "group", "groups", "household",
     "households", "migrant", "migrants", "inhabitant", "inhabitants", "woman", "women", "man", "men",
     "asylum-seeker", "asylum-seekers"})
#: lines that fleeing people cross ("crossed the river", "crossed the border")
CROSSED_LINES = frozenset({"river", "border", "frontier", "boundary", "bridge", "mountains", "sea", "strait", "line"})
#: prepositions of where people flee to or from ("fled into X", "fled across the river", "fled from the town")
FLED_PREPS = frozenset({"into", "to", "across", "towards", "toward", "over", "from", "out"})


def _aid_sent(verb: Token) -> bool:
    """Is what is sent, flown in, airlifted or delivered aid: relief goods or relief workers and no armed force
    ("Georgia sent a team of 40 rescuers and two trucks loaded with tents to X", "dispatched a navy ship loaded
    with relief supplies", "aid was flown in", "flew in supplies")? Sent aid needs where it goes ("to X"),
    except when flown in or delivered."""
    lemma = verb.lemma_.lower()
    things, loaders = _sent_things(verb)
    if not things or any(_word_in(w, ARMED_NOUNS - {"unit", "units", "group", "groups"} | {"police", "gendarme",
                                                                                          "gendarmes"})
                         for w in things):
        return False  # "sent troops and aid": a deployment
    if lemma == "airlift" and any(_word_in(w, PEOPLE_NOUNS | STAFF_NOUNS) for w in things):
        return False  # "airlifted residents": an evacuation

    def relief(w: Token) -> bool:
        if w.dep_ in ("compound", "amod"):
            return False
        if _word_in(w, AID_LOADS | AID_HELPERS):
            return True
        return _word_in(w, AID_CARRIERS) and any(
            m.dep_ in ("compound", "amod", "nmod") and _word_in(m, AID_MODS) for m in w.children)

    if not any(relief(w) for w in things):
        return False
    if lemma in ("fly", "airlift", "deliver"):
        return True  # "aid was flown in", "delivered food to X"
    if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in ("fly", "airlift") for c in verb.children):
        return True  # "sent 150,000 vaccine doses on Wednesday, flown in on an air force plane"
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" for g in c.children) for h in (verb, *loaders) for c in h.children)  # "to X", also on
    # "loaded" in the object ("sent trucks loaded with tents to X")


def _sent_things(verb: Token) -> tuple[list[Token], list[Token]]:
    """What a verb of sending sends ("a team of 40 rescuers and two trucks loaded with tents": team, rescuers,
    trucks, tents) and the participles that tell a load ("loaded")."""
    things: list[Token] = []
    for w in _args(verb):
        things.append(w)
        things += _prep_objects(w, ("of", "with"))  # "a team of rescuers", "trucks of tents"
    things = _with_conjuncts(things)
    loaders = [a for w in things for a in w.children if a.dep_ == "acl" and a.lemma_.lower() in (
        "load", "carry", "pack", "fill", "laden")]
    loads = [g for a in loaders for c in a.children for g in (
        [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    things += _with_conjuncts(loads)  # "trucks loaded with tents and blankets"
    return things, loaders


def _people_fled(verb: Token, lemma: str) -> bool:
    """Did people flee somewhere or from something ("3,000 people fled across the river into X", "thousands fled
    their homes", "sending thousands of people fleeing into X")? "Crossed into X" is fleeing only for people in an
    article about fleeing ("about 3,000 people crossed the river into X" after "thousands flee into X")."""
    subj = _subject(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        subj = verb.head  # "thousands of people fleeing across the river"
    if subj is None:
        return False
    people = [subj, *subj.conjuncts]
    people += [g for w in people for g in _prep_objects(w, ("of",))]  # "thousands of people", "a group of 800"
    if not any(_word_in(w, FLEEING_PEOPLE) or (w.like_num and w.dep_ in ("nsubj", "pobj")) for w in people):
        return False
    if any(_word_in(w, ARMED_NOUNS - {"group", "groups"}) for w in people):
        return False  # "the gunmen fled into the forest"
    if lemma == "cross":
        if not any((c.dep_ == "prep" and c.lower_ in ("into", "in", "to", "over")) or (
                c.dep_ == "dobj" and _word_in(c, CROSSED_LINES)) for c in verb.children):
            return False  # "crossed the river into X", "crossed in Y district"; not "crossed the street"
        own = {t.i for w in people for t in w.subtree} | {verb.i}  # the crossers' own words do not count
        return any(t.lemma_.lower() in ("flee", "refugee", "displace") for t in verb.doc if t.i not in own)
    return any(c.dep_ == "dobj" or (c.dep_ in ("prep", "prt", "advmod") and c.lower_ in FLED_PREPS)
               for c in verb.children)


def _requested(verb: Token) -> bool:
    """Is a force sent "at the request of" a government (the host's invitation names where it goes)?"""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "following", "after") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("request", "invitation", "appeal") for g in c.children)
        for c in verb.children)


def _sent_arrives(verb: Token) -> bool:
    """Does the force sent arrive somewhere in a relative clause ("Chile sent two planes that landed in
    Esquel")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SENT_FORCES | {"plane", "planes", "helicopter", "aircraft"}
               and any(r.dep_ == "relcl" and r.lemma_.lower() in ("land", "arrive", "reach", "dock") and any(
                   p.dep_ == "prep" and p.lower_ in ("in", "at") for p in r.children) for r in c.children)
               for c in verb.children)


def _intercepted_vessel(tok: Token) -> bool:
    """Is a vessel what is intercepted ("intercepted a boat carrying 180 migrants", "the interception of a
    tanker")?"""
    if tok.pos_ == "VERB":
        words = _args(tok)
    else:
        words = _prep_objects(tok, ("of",)) + [c for c in tok.children if c.dep_ in ("compound", "nmod")]
    words = _with_conjuncts(words)
    return any(_word_in(w, INTERCEPTED_VESSELS) for w in words)


def _vessel_voyage(verb: Token) -> bool:
    """Does a vessel leave or reach a place: a ship or boat as subject and a named place or a port as object
    ("the boat left Nouadhibou", "a boat reached the port") or after "from" / "for" / "to" ("sailed from X")?"""
    subj = _subject(verb)
    if subj is None and verb.dep_ == "conj":
        subj = _subject(verb.head)  # "the crew sailed the vessel north and reached X"
    if subj is None or not (_word_in(subj, INTERCEPTED_VESSELS) or _naval_vessel(subj) or _named_vessel(subj) or (
            verb.lemma_.lower() in ("reach", "sail") and _word_in(subj, CREW_NOUNS)) or _named_sailer(verb, subj)):
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += _prep_objects(verb, ("from", "for", "to", "into"))
    return any(_place_word(p) or p.pos_ == "PROPN" or _word_in(p, frozenset({"harbour", "harbor", "coast", "shore"}))
               for p in places)


#: verbs of taking away markers ("removed 17 buoys", "pulled the buoys out of the river", "lifted the buoys")
MARKER_REMOVAL_VERBS = frozenset({"remove", "pull", "lift", "dismantle", "uproot", "take"})
#: what marks a border or channel in place ("buoys marking the frontier", "border markers")
BORDER_MARKERS = frozenset({"buoy", "buoys", "marker", "markers", "beacon", "beacons"})


def _border_markers_removed(verb: Token) -> bool:
    """Do guards or forces take away buoys or border markers ("Russian border guards removed 24 of the
    buoys", "pulled navigation buoys out of the river")? Not workers who remove buoys for the winter: the doer
    must be a guard, police or armed force."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for o in objs if o.pos_ == "NUM" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]  # "removed 24 of about 50 buoys"
    if not any(_word_in(o, BORDER_MARKERS) for o in objs):
        return False
    doers = _with_conjuncts(_doers(verb, borrow_from=("conj", "xcomp")))
    return any(_word_in(d, BOARDING_FORCES | ARMED_NOUNS) for d in doers)


#: verbs of dust coming down on a place ("settled over the village", "rained down on the town")
DUST_FALL_VERBS = frozenset({"settle", "fall", "rain", "descend", "blanket", "coat"})
#: materials that make a dust an industrial release ("graphite dust", "coal dust"), not a desert or volcano's
INDUSTRIAL_DUSTS = frozenset({"graphite", "coal", "coke", "cement", "iron", "metal", "chemical", "toxic", "lead",
                              "asbestos", "slag", "ore", "industrial"})


def _industrial_dust_fall(verb: Token) -> bool:
    """Does industrial dust come down on a place ("a cloud of black graphite dust settled over X", "coal dust
    rained on the town")? The subject (or a cloud "of" it) must be dust or soot named by an industrial material,
    and a place after "over" / "on" / "onto"; "Saharan dust settled over X" is weather, not an accident."""
    subj = verb.head if verb.dep_ == "acl" else _subject(verb)  # "a cloud of dust settled" read as a clause
    if subj is None:
        return False
    dusts = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
    if not any(d.lemma_.lower() in ("dust", "soot", "particle", "particles") and any(
            m.dep_ in ("compound", "amod") and m.lower_ in INDUSTRIAL_DUSTS for m in d.children) for d in dusts):
        return False
    return any(_place_word(p) or p.pos_ == "PROPN" for p in _prep_objects(verb, ("over", "on", "onto")))


#: units of a distance walked ("marched the 15 kilometres to X": the march's length, not its object)
DISTANCE_UNITS = frozenset({"kilometre", "kilometer", "km", "mile", "metre", "meter"})


def _vessel_arrival(verb: Token) -> bool:
    """Does a vessel arrive at a named place or a port ("the container ship arrived at X", "the trawler
    arrived in port")? A civilian ship or boat as subject, a name or a port word after "at" / "in"."""
    subj = _subject(verb)
    if subj is None or not _word_in(subj, INTERCEPTED_VESSELS) or _naval_vessel(subj):
        return False  # warships that arrive make a port call: a visit
    return any(_place_word(p) or p.pos_ == "PROPN" or _word_in(p, frozenset({"harbour", "harbor", "port"}))
               for p in _prep_objects(verb, ("at", "in")))


def _named_vessel(subj: Token) -> bool:
    """Is ``subj`` a ship's name with its kind before it ("the survey ship Oruc Reis", "the tanker Volga Pride"):
    the parser makes the name the head and the kind its compound."""
    return subj.pos_ == "PROPN" and subj.ent_type_ not in ("GPE", "NORP", "LOC") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and _word_in(c, INTERCEPTED_VESSELS | NAVAL_VESSELS)
        for c in subj.children)


def _named_sailer(verb: Token, subj: Token) -> bool:
    """Is ``subj`` a name that "sailed" ("the ARM Papaloapan, which sailed from the port of X", "the Ocean
    Viking sailed from X"): only ships and sailors sail from a port, so a name (not a country, people or a
    place) is taken for the ship; the voyage's place is still checked."""
    return verb.lemma_.lower() == "sail" and subj.pos_ == "PROPN" and subj.ent_type_ not in ("GPE", "NORP", "LOC")


#: a ship's crew, whose voyage to a port is the ship's ("the remaining crew sailed on and reached X")
CREW_NOUNS = frozenset({"crew", "crews", "sailor", "sailors", "seaman", "seamen", "mariner", "mariners"})
#: modifiers of an explosion that make it an accident ("a methane explosion", "a gas blast")
ACCIDENT_BLAST_MODS = frozenset({"gas", "methane", "boiler", "dust", "chemical", "firedamp", "pipeline",
                                 "cylinder", "tanker", "fuel", "industrial"})
#: words of a volcano's explosion ("the explosion was the strongest at the volcano")
#: an escape of gas or fuel named as an explosion's cause ("blaming a leak from a gas pipe")
LEAK_WORDS = frozenset({"leak", "leakage"})
VOLCANIC_WORDS = frozenset({"volcano", "volcanoes", "volcanic", "crater", "craters", "caldera", "lava", "magma",
                            "stratovolcano"})


def _explosion_kind(tok: Token) -> tuple[str, str] | None:
    """An explosion that is no attack: a gas or methane explosion is an accident ("a methane explosion tore
    through a coal mine"), one at a volcano named in its clause a natural disaster ("the explosion was the
    strongest at the volcano"), or one in a clause about an eruption ("it last erupted in 2015, when a series
    of explosions showered ash")."""
    if any(c.dep_ in ("compound", "amod", "nmod") and _word_in(c, ACCIDENT_BLAST_MODS) for c in tok.children):
        return "accident", ""
    if any(t.lemma_.lower() in LEAK_WORDS and any(_word_in(x, ACCIDENT_BLAST_MODS) for x in (*t.subtree, *(
            x for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from" for x in c.subtree)))
           for t in tok.sent):
        return "accident", ""  # "an explosion tore through a market ..., blaming a leak from a gas pipe"
    scope = tok
    while scope.dep_ == "pobj" and scope.head.dep_ == "prep" and scope.head.head.pos_ == "NOUN":
        scope = scope.head.head  # "a series of explosions"
    scope = scope.head if scope.dep_ in ("nsubj", "nsubjpass") else scope
    if any(_word_in(t, VOLCANIC_WORDS) for t in scope.subtree) or any(
            a.lemma_.lower() in ("erupt", "eruption") for a in scope.ancestors):
        return "natural_disaster", ""
    return None


#: where a vessel is taken ("escorted to Malakal Harbor", "towed into port")
PORT_NOUNS = frozenset({"port", "harbour", "harbor", "dock", "docks", "quay", "pier", "jetty", "wharf", "base",
                        "anchorage", "marina", "coast", "shore"})
#: destinations that, bare, only a vessel is escorted or towed into ("was towed into port", "escorted into
#: harbour"), whatever names the vessel; not "dock" (a courtroom's), "base", "shore", nor "the port"
VESSEL_ONLY_PORTS = frozenset({"port", "harbour", "harbor", "anchorage", "marina"})


#: offshore structures towed to a field ("a drilling rig was towed into position")
TOWED_RIGS = frozenset({"rig", "rigs", "platform", "platforms", "jack-up", "jackup"})


def _vessel_taken_to(verb: Token) -> bool:
    """Is a vessel escorted or towed to a port or a named place ("the seized boat was escorted to X Harbor",
    "a patrol boat towed the trawler into port"): the vessel's voyage, not a patrol's shadowing."""
    args = _args(verb)
    # "A Spirit of Tasmania ferry": what a ship's name is, in apposition
    args += [c for a in args if a.pos_ == "PROPN" for c in a.children if c.dep_ == "appos"]
    if not args and verb.tag_ in ("VBD", "VBN"):
        # a headline's passive without "was", parsed as an active verb with no object ("Spirit of Tasmania ferry
        # towed back to Devonport"): its subject is what is towed or escorted
        args = [w for c in verb.children if c.dep_ == "nsubj" for w in c.subtree if w.pos_ in ("NOUN", "PROPN")]
    if not any(_word_in(a, INTERCEPTED_VESSELS) for a in args):
        if not any(_person_word(a) or a.ent_type_ in ("PERSON", "NORP") for a in args) and any(
                c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
                g.dep_ == "pobj" and _word_in(g, VESSEL_ONLY_PORTS) and not any(d.dep_ in ("det", "poss") for d in
                                                                                 g.children)
                for g in c.children) for c in verb.children):
            return True  # "the catamaran was towed into port"; not "escorted the fans to the port"
        if verb.lemma_.lower() == "tow" and any(_word_in(a, TOWED_RIGS) for a in args):
            return any(c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
                g.dep_ == "pobj" and g.lower_ in ("position", "place", "site") or g.pos_ == "PROPN"
                for g in c.children) for c in verb.children)  # "the drilling rig was towed into position"
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward") and any(
        g.dep_ == "pobj" and (_word_in(g, PORT_NOUNS) or g.pos_ == "PROPN") for g in c.children)
        for c in (*verb.children, *(g for a in verb.children if a.dep_ == "advmod" and a.lower_ == "back"
                                    for g in a.children)))  # "towed back to Devonport": "to" hangs on "back"


#: searchers who board a vessel ("a boarding team", "an inspection team"); a plain "team" may be rescuers
BOARDING_TEAM_MODS = frozenset({"boarding", "inspection", "search", "customs", "coastguard", "navy", "naval",
                                "police", "guard", "guards"})
#: what is found aboard that is no contraband ("found the bodies of two fishermen on the boat")
FOUND_NOT_CONTRABAND = frozenset({"body", "bodies", "remains", "survivor", "survivors", "nothing", "damage"})


def _found_aboard(verb: Token) -> bool:
    """Do guards or a boarding team find goods on a vessel ("a boarding team found 400 kg of undeclared fins on
    the longliner", "coastguards found cocaine aboard the yacht"): a boarding and seizure at sea; not "rescuers
    found survivors on the ferry", "a team found that ..."."""
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "aboard", "onboard", "in") and any(
            g.dep_ == "pobj" and _word_in(g, INTERCEPTED_VESSELS) for g in c.children) for c in verb.children):
        return False
    found = [c for c in verb.children if c.dep_ == "dobj"]
    if not found or any(_word_in(w, FOUND_NOT_CONTRABAND | PEOPLE_NOUNS | RESCUED_PEOPLE) or _captive(w)
                        for f in found for w in (f, *(g for c in f.children if c.dep_ == "prep"
                                                      for g in c.children if g.dep_ == "pobj"))):
        return False
    subj = _subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in ("team", "teams", "party", "unit", "crew"):
        return any(c.dep_ in ("compound", "amod") and _word_in(c, BOARDING_TEAM_MODS) for c in subj.children)
    return _word_in(subj, BOARDING_FORCES - {"team", "teams", "pirate", "pirates", "boarding", "special"})


#: past forms the lemmatizer leaves as they are ("retook" for "retake")
LEMMA_REPAIRS = {"retook": "retake", "overtook": "overtake"}
#: what a vessel in distress loses ("lost all engine power", "lost propulsion", "lost steering")
#: a ship's load lost at sea ("the ship lost 40 containers overboard", "the barge lost its cargo")
LOST_CARGO = frozenset({"container", "cargo", "load", "deck"})
DISTRESS_LOSSES = frozenset({"power", "propulsion", "steering", "engine", "engines", "rudder", "control"})
#: distress calls ("issued a mayday", "sent a distress signal", "a mayday call")
DISTRESS_CALLS = frozenset({"mayday", "maydays", "sos"})
DISTRESS_CALL_NOUNS = frozenset({"call", "calls", "signal", "signals", "alert", "alerts", "message", "beacon"})
#: what a vessel runs onto ("struck a reef", "hit rocks", "hit an iceberg")
SHIP_HAZARDS = frozenset({"reef", "reefs", "rock", "rocks", "iceberg", "icebergs", "sandbank", "sandbanks", "shoal",
                          "shoals", "sandbar", "sandbars", "breakwater", "seawall", "pier", "jetty", "wharf",
                          "quay", "shore", "seabed", "bottom"})
#: finding or closing an illegal tap on a pipeline ("soldiers found and sealed three taps on the pipeline")
TAP_FOUND_VERBS = frozenset({"find", "discover", "detect", "locate", "seal", "plug", "close", "dismantle",
                             "uncover", "shut"})
TAP_NOUNS = frozenset({"tap", "taps", "offtake", "offtakes"})
PIPE_NOUNS = frozenset({"pipeline", "pipelines", "pipe", "pipes", "duct", "ducts"})
#: words of no one ("no one was injured", "nobody was killed")
NOBODY_WORDS = frozenset({"nobody", "none"})


def _nobody_harmed(verb: Token) -> bool:
    """Is the victim of a harm verb no one ("no one was injured", "nobody was killed")? Then it reports no harm, and
    no attack (a negated verb is left to :mod:`.event_factuality`: "if a guard hadn't wounded the gunman")."""
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj") and (c.lower_ in NOBODY_WORDS or (c.lower_ == "one" and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children))):
            return True
    return False


#: places of danger that people are pulled or plucked from ("from rooftops", "from the rubble", "from the water")
DANGER_PLACES = frozenset({"rooftop", "rooftops", "roof", "roofs", "rubble", "wreckage", "debris", "water",
                           "waters", "floodwater", "floodwaters", "river", "sea", "sinking", "flames", "fire",
                           "mud", "attic", "attics", "tree", "trees", "car", "cars", "vehicle", "vehicles",
                           # what castaways cling to ("picked up from a life raft", "pulled from a lifeboat")
                           "raft", "rafts", "liferaft", "liferafts", "lifeboat", "lifeboats", "dinghy", "hull"})


def _pulled_to_safety(verb: Token) -> bool:
    """Are people pulled, plucked or winched from a place of danger ("pulled more than 60 people from rooftops",
    "survivors were pulled from the rubble", "a helicopter winched two men from the sea"); not "pulled troops from
    the region", "pulled the ad from the site"?"""
    people = [a for a in _args(verb) if _word_in(a, PEOPLE_NOUNS | RESCUED_PEOPLE | FLEEING_PEOPLE)]
    if not people and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "passengers were put into lifeboats and picked up by ...": the passive subject shared with the verb before
        people = [a for a in _with_conjuncts([c for c in verb.head.children if c.dep_ == "nsubjpass"])
                  if _word_in(a, PEOPLE_NOUNS | RESCUED_PEOPLE | FLEEING_PEOPLE)]
    if people and verb.lemma_.lower() == "pick" and any(
            _word_in(g, RESCUE_CRAFT) for a in passive_agents(verb) for g in (a, *a.conjuncts)):
        return True  # "passengers were put into lifeboats and picked up by a coast guard patrol boat"
    return bool(people) and any(_word_in(g, DANGER_PLACES) for w in (verb, *people)
                                for g in _prep_objects(w, ("from", "out", "off")))  # "from" may hang on the people


#: craft whose picking up of people is a rescue at sea ("picked up by a Greek coast guard patrol boat, an Italian
#: navy frigate and two passing cargo ships"; not "picked up by police", "by a bus")
RESCUE_CRAFT = frozenset({"boat", "boats", "ship", "ships", "vessel", "vessels", "frigate", "frigates", "cutter",
                          "cutters", "lifeboat", "lifeboats", "helicopter", "helicopters", "tug", "tugs", "trawler",
                          "trawlers", "warship", "warships", "corvette", "corvettes", "destroyer", "destroyers",
                          "tanker", "tankers", "freighter", "freighters", "ferry", "ferries"})


#: what a vehicle or person is swept off ("swept off a flooded road", "swept off a bridge")
SWEPT_OFF = frozenset({"road", "roads", "bridge", "bridges", "highway", "street", "crossing", "causeway", "ford"})


def _swept_away(verb: Token) -> bool:
    """Is a vehicle or a person swept away, or off a road, by water ("the truck was swept off a flooded road", "a
    car was swept away by floodwaters"); not "swept off her feet", "the party was swept from power"?"""
    swept = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not any(_word_in(w, VEHICLE_NOUNS | PEOPLE_NOUNS | FLEEING_PEOPLE | RESCUED_PEOPLE) or _person_word(w)
               for w in swept):
        return False
    if any(_word_in(g, WATER_SUBJECTS) for g in passive_agents(verb)):
        return True
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children) and any(
        _word_in(t, WATER_SUBJECTS) or t.lower_ in ("flooded", "swollen", "current", "currents") for t in verb.sent
    ) or any(_word_in(g, SWEPT_OFF) for g in _prep_objects(verb, ("off", "from", "into"))) or any(
        c.dep_ == "prt" and c.lower_ == "off" and _word_in(next((
            t for t in verb.doc[c.i + 1:verb.sent.end] if t.pos_ in ("NOUN", "PROPN")), c), SWEPT_OFF)
        for c in verb.children)  # "swept off a flooded road" with "off" a particle: the first noun after it


def _governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a subjectless gerund hangs on ("the ferry was towed back after losing
    propulsion": the ferry lost it; "sank after hitting a reef")."""
    if verb.tag_ != "VBG":
        return None
    gov = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else (
        verb.head if verb.dep_ == "advcl" else None)
    return _subject(gov) if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.i != verb.i else None


#: parts of a vehicle whose fault or failure disables it ("an engine fault", "a steering failure")
MACHINE_PARTS = frozenset({"engine", "engines", "engine-room", "steering", "propulsion", "rudder", "gearbox",
                           "mechanical", "electrical", "hydraulic", "turbine", "propeller"})


def _machine_fault(tok: Token) -> bool:
    """Is ``tok`` an engine or steering fault that a vessel or vehicle suffers ("the ferry suffered an engine-room
    fault", "the Ocean Star developed a steering fault"): a vehicle disabled, an accident; not "a power cable
    developed a fault" (a link's: a disruption) nor "the ferry suffered a fault in its booking system"."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in FAULT_VERBS:
        return False
    if not any(_word_in(m, MACHINE_PARTS) for m in tok.subtree if m.i < tok.i):
        return False
    subj = _subject(tok.head) or _governing_subject(tok.head)
    return subj is not None and (_word_in(subj, VEHICLE_NOUNS | INTERCEPTED_VESSELS) or subj.pos_ == "PROPN")


def _vessel_in_distress(verb: Token) -> bool:
    """Does a vessel lose power or steering ("the ferry lost all engine power"), or does someone send a distress
    call ("issued a mayday call", "sent a distress signal")? A ship in trouble at sea: an accident."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "lose":
        subj = _subject(verb) or _governing_subject(verb)
        return subj is not None and _word_in(subj, VEHICLE_NOUNS | INTERCEPTED_VESSELS) and any(
            o.lemma_.lower() in LOST_CARGO or any(c.lower_ == "overboard" for c in verb.children) or
            o.lemma_.lower() in DISTRESS_LOSSES and (o.lemma_.lower() not in ("control", "engine", "engines") or any(
                g.dep_ in ("compound", "amod") or g.lower_ == "of" for g in o.children)) for o in objs)
    return any(_word_in(o, DISTRESS_CALLS) or (_word_in(o, DISTRESS_CALL_NOUNS) and any(
        g.dep_ in ("compound", "amod", "nmod") and (_word_in(g, DISTRESS_CALLS) or g.lower_ == "distress")
        for g in o.children)) for o in objs)


def _struck_hazard(verb: Token) -> bool:
    """Does a vessel (or the subject of a clause about one) strike a reef, rocks or an iceberg ("the ferry struck a
    reef", "the trawler hit rocks off the coast")? A wreck, not an attack."""
    if not any(c.dep_ == "dobj" and _word_in(c, SHIP_HAZARDS) for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_word_in(s, VEHICLE_NOUNS | INTERCEPTED_VESSELS) or s.pos_ in ("PROPN", "PRON") for s in subjects)


def _illegal_tap_found(verb: Token) -> bool:
    """Are taps on a pipeline found or sealed ("soldiers found and sealed three illegal taps on the pipeline",
    "an illegal tap was discovered")? Fuel theft uncovered: a crime. The taps may be the object of a verb joined to
    this one ("found and sealed": the first verb is the trigger)."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in TAP_FOUND_VERBS:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    taps = [g for v in verbs for g in v.children if g.dep_ in ("dobj", "nsubjpass") and _word_in(g, TAP_NOUNS)]
    if not taps:
        return False
    on_pipe = any(c.dep_ == "prep" and c.lower_ in ("on", "in", "into", "along") and any(
        g.dep_ == "pobj" and _word_in(g, PIPE_NOUNS) for g in c.children) for w in (*verbs, *taps) for c in w.children)
    return on_pipe or any(c.dep_ in ("amod", "compound") and (
        c.lower_ in ("illegal", "clandestine", "unauthorised", "unauthorized") or _word_in(c, PIPE_NOUNS))
        for t in taps for c in t.children)


#: verbs that make or change an agreement now ("signed the Oslo accords", "ratified the Paris agreement")
AGREEMENT_MAKING_VERBS = frozenset({"sign", "reach", "conclude", "ink", "seal", "strike", "agree", "approve",
                                    "ratify", "finalise", "finalize", "broker", "negotiate", "clinch", "endorse",
                                    "adopt", "initial", "renew", "extend", "amend", "revise", "join", "quit",
                                    "withdraw", "leave", "abandon", "suspend", "scrap", "violate", "breach"})


#: earthworks that fortify a border ("a trench along the frontier", "a ditch three metres deep")
FORTIFICATION_NOUNS = frozenset({"trench", "trenches", "ditch", "ditches", "berm", "berms", "moat",
                                 "fortification", "fortifications", "anti-tank"})
#: words of a state frontier
BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def _border_trench(verb: Token) -> bool:
    """Is the digging an army's fortification of a border ("began digging a trench along the frontier", "army
    engineers started excavating the first section of a ditch" in a report on a border); not "rescuers dug
    through the rubble", "farmers dug a ditch"?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs if o.lemma_.lower() in ("section", "stretch", "part", "length", "kilometre",
                                                     "kilometer", "mile") for g in _prep_objects(o, ("of",))]
    if not any(o.lower_ in FORTIFICATION_NOUNS for o in objs):
        return False
    subj = _subject(verb) or (_subject(verb.head) if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" else None)
    if subj is not None and _word_in(subj, PEOPLE_NOUNS | PROTEST_NOUNS):
        return False  # "farmers dug a ditch near the border"
    if any(t.lower_ in BORDER_WORDS for t in verb.subtree):
        return True  # "a trench along the frontier"
    return any(_word_in(t, ARMED_NOUNS) or t.lower_ in ("engineers", "sappers") for t in verb.sent) and any(
        t.lower_ in BORDER_WORDS for t in verb.doc)


#: who jumps from aircraft ("paratroopers jumped over a drop zone")
JUMPERS = frozenset({"paratrooper", "paratroopers", "parachutist", "parachutists", "paratroops"})
#: words that make an article one about a military exercise
EXERCISE_WORDS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames"})


def _exercise_jump(tok: Token) -> bool:
    """Is a jump paratroopers' jump in a military exercise the article reports ("some 300 paratroopers jumped over
    a drop zone" in a report on drills); not an airborne assault, nor "prices jumped"?"""
    subj = _subject(tok)
    if subj is None or not _word_in(subj, JUMPERS):
        return False
    return any(t.lower_ in EXERCISE_WORDS for t in tok.doc)


#: staple foods dropped or delivered as relief ("airdrops of sorghum, pulses and oil")
FOOD_STAPLES = frozenset({"sorghum", "maize", "rice", "pulses", "beans", "lentils", "oil", "rations", "flour",
                          "grain", "biscuits", "nutrition", "foodstuffs", "provisions"})


def _aid_airdrop(tok: Token) -> bool:
    """Is an airdrop one of relief: of food, supplies or aid ("airdrops of sorghum, pulses and oil", "aid airdrops",
    "airdropped food and water"); not airdrops of troops, weapons or crypto tokens?"""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "dobj", "nsubjpass")]
    words += _prep_objects(tok, ("of",))
    words = _with_conjuncts(words)
    return any(w.lower_ in AID_LOADS or w.lower_ in FOOD_STAPLES or w.lower_ in AID_MODS for w in words)


def _named_past_agreement(tok: Token) -> bool:
    """Is ``tok`` a standing treaty named by a place or person ("the envoy overseeing the Dayton peace accords",
    "under the Oslo accords") that nothing in the clause makes, changes or breaks?"""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children) and not any(
            c.dep_ in ("nummod", "compound", "amod") and c.i < tok.i and len(c.text) == 4 and c.text.isdigit()
            and 1900 <= int(c.text) <= 2100 for c in tok.children):
        return False  # "the Dayton accords", "the 2018 peace deal": an agreement named by place or year
    if any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return False  # "the Doha agreement signed on Monday", "the Geneva accord, which took effect today"
    head = tok.head
    while head.dep_ in ("prep", "pobj", "conj") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() not in AGREEMENT_MAKING_VERBS and not head.lemma_.lower().startswith(
        ("sign", "ratif"))


def _talks_topic(tok: Token) -> bool:
    """Is the war the topic of talks ("held talks on the war in Gaza", "a meeting about the conflict")?"""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "over", "about", "concerning", "regarding"):
        return False
    w = tok.head.head
    for _ in range(4):
        if TRIGGERS.get(w.lemma_.lower(), ("",))[0] == "meeting" or w.lemma_.lower() in (
                "discuss", "discussion", "discussions", "debate", "summit", "conference"):
            return True
        if w.dep_ not in ("pobj", "prep") or w.head.i == w.i:
            return False
        w = w.head
    return False


#: what is thrown in a clash or riot ("threw stones", "hurled petrol bombs", "pelted police with rocks")
THROWN_MISSILES = frozenset({"stone", "stones", "rock", "rocks", "bottle", "bottles", "brick", "bricks", "molotov",
                             "cocktail", "cocktails", "firebomb", "firebombs", "grenade", "grenades", "projectile",
                             "projectiles", "missile", "missiles", "bomb", "bombs", "teargas", "firecracker",
                             "firecrackers", "explosive", "explosives"})


def _thrown_missiles(verb: Token) -> bool:
    """Are stones, bottles, petrol bombs or grenades thrown ("threw stones and bottles at each other", "petrol
    bombs were hurled at police", "pelted the convoy with rocks"); not "threw a party", "threw his support"?"""
    words = _args(verb) + _prep_objects(verb, ("with",))
    words = _with_conjuncts(words)
    return any(_word_in(w, THROWN_MISSILES) for w in words)


#: the phases of a poll whose subject is the voting ("voting began", "voting was delayed")
POLL_PHASE_VERBS = frozenset({"begin", "start", "open", "close", "end", "resume", "continue", "proceed", "delay",
                              "postpone", "extend", "suspend", "halt", "get", "go", "run", "finish"})
#: what a legislature votes on ("voting on the bill began"): no election
MOTION_NOUNS = frozenset({"bill", "bills", "motion", "motions", "resolution", "resolutions", "law", "amendment",
                          "amendments", "proposal", "measure", "budget", "text", "draft", "reform", "nomination",
                          "nominee", "treaty", "deal", "agreement", "plan", "package", "article", "articles",
                          "impeachment", "confidence", "censure", "legislation", "candidacy"})


#: what is done to a bomb that has not gone off ("found a bomb", "the bomb was defused", "made the bomb safe")
UNEXPLODED_VERBS = frozenset({"find", "discover", "defuse", "disarm", "uncover", "unearth", "locate", "dispose",
                              "remove", "neutralise", "neutralize", "dig", "excavate", "recover"})
#: modifiers of a bomb that has lain unexploded ("an unexploded bomb", "a wartime bomb", "a WWII bomb")
UNEXPLODED_MODS = frozenset({"unexploded", "dud", "wartime", "wwii", "ww2", "war-era"})


def _unexploded(tok: Token) -> bool:
    """Is the bomb ``tok`` one found, defused or made safe, or an old unexploded one ("construction workers found
    a 250-kg bomb", "a bomb was defused in X", "a Soviet bomb from World War Two"); not "a bomb exploded", "the
    bomb killed 12"."""
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in UNEXPLODED_MODS for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ == "war" for g in c.subtree)
            for c in tok.children):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("lie", "remain", "fit") and (
            tok.head.pos_ == "VERB"):
        return True  # "bombs fitted with delayed-action fuses still lie under the town"
    if tok.head.lower_ in ("safe", "harmless") and tok.head.head.lemma_.lower() in ("make", "render"):
        return True  # "experts made the bomb safe" (the parse may make the bomb the subject of "safe")
    if tok.dep_ not in ("dobj", "nsubjpass", "conj"):
        return False
    head = tok.head if tok.dep_ != "conj" else tok.head.head
    lemma = head.lemma_.lower()
    return head.pos_ == "VERB" and (lemma in UNEXPLODED_VERBS or (lemma in ("make", "render") and any(
        c.lower_ in ("safe", "harmless") for c in head.children)))


def _polling(tok: Token) -> bool:
    """Is ``tok`` the voting of an election: the gerund "voting" as the subject of a poll's phase ("voting at two
    polling stations began three hours late", "voting was delayed"), or polls or polling stations that open or
    close ("polling stations opened at 7 a.m.", "the polls closed"); not "voting on the bill began", "the train
    station opened"."""
    lemma = tok.lemma_.lower()
    if lemma == "voting":
        lemma = "vote"  # a sentence-initial "Voting" the model lemmatises as itself
    if lemma == "poll" and tok.lower_ == "polls" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
            tok.head.head.lemma_.lower() in ("go", "head", "flock", "return")) and tok.head.head.pos_ == "VERB":
        return True  # "Peruvians went to the polls to choose a president"
    if tok.dep_ not in ("nsubj", "nsubjpass", "csubj", "csubjpass") or tok.head.lemma_.lower() not in (
            POLL_PHASE_VERBS):
        return False
    if lemma == "vote":
        return tok.lower_ == "voting" and not any(c.dep_ in ("xcomp", "dobj") for c in tok.children) and not any(
            c.dep_ == "prep" and any(_word_in(g, MOTION_NOUNS) for g in c.children) for c in tok.children)
    if tok.head.lemma_.lower() not in ("open", "close", "reopen"):
        return False
    if lemma == "poll":
        return tok.lower_ == "polls"
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ("polling", "voting", "ballot") for c in tok.children)


#: areas a foreign craft may not enter ("Estonian airspace", "restricted waters", "the exclusion zone")
INCURSION_AREAS = frozenset({"airspace", "waters", "zone", "zones", "territory", "territories"})
#: what an area's modifier makes forbidden to others ("restricted waters", "territorial waters")
FORBIDDEN_AREA_MODS = frozenset({"restricted", "territorial", "prohibited", "exclusion", "closed", "sovereign",
                                 "no-fly", "contiguous"})
#: services whose vessels and aircraft are the state's ("coast guard ships", "border guard boats")
STATE_CRAFT_MODS = frozenset({"guard", "coastguard", "police", "border", "government", "state", "customs"})
#: verbs whose infinitive names an aim, not a deed ("pressed Tunis to do more to stop departures")
AIM_VERBS = frozenset({"do", "press", "urge", "call", "ask", "help", "try", "seek", "attempt", "aim", "work", "vow",
                       "pledge", "promise", "want", "need", "act", "step", "plan", "threaten", "push", "demand"})
#: what the water cuts off ("floodwaters cut off three towns")
CUT_OFF_PLACES = frozenset({"town", "towns", "village", "villages", "city", "cities", "community", "communities",
                            "area", "areas", "district", "districts", "region", "island", "islands", "settlement",
                            "settlements", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"})


def _national(w: Token) -> bool:
    """Does ``w`` carry a nation's name ("Chinese ships", "Russia's jets", "Estonian airspace")?"""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE") or (
        c.pos_ == "PROPN" and c.dep_ == "poss")) for c in w.children)


def _state_craft(w: Token) -> bool:
    """Is ``w`` a warship, a military aircraft or a vessel of a state service ("a Russian military helicopter",
    "coast guard ships", "a patrol boat"; not troops, which invade)?"""
    if not _craft(w):
        return False
    if military_craft(w):
        return True
    mods = [c for c in w.children if c.dep_ in ("compound", "amod")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod")]
    return any(_word_in(m, STATE_CRAFT_MODS) for m in mods)


def _incursion(tok: Token, lemma: str) -> tuple[str, str] | tuple[()] | None:
    """An incursion of military or state craft into another state's airspace or waters (a show of force, CAMEO
    150, typed like a patrol): "a Russian military helicopter entered Estonian airspace", "Chinese ships entered the
    restricted zone", "jets violated Finnish airspace", "a patrol boat crossed into Norwegian waters", "an airspace
    violation", "the incursion by four coast guard ships". ``()`` for another sense, ``None`` when the word's
    other senses decide ("troops entered the town" is an attack)."""
    patrol = TRIGGERS["patrol"][:2]
    if tok.pos_ == "NOUN":
        if lemma == "incursion":
            cues = [c for c in tok.children if c.dep_ in ("compound", "amod")]
            cues += _prep_objects(tok, ("by", "of", "into"))
            if any(_word_in(c, INCURSION_AREAS | frozenset({"air", "naval", "maritime", "sea"})) or _craft(c)
                   and not _word_in(c, ARMED_NOUNS) for c in cues):
                return patrol  # "an air incursion", "the incursion by four coast guard ships"
            if any(_word_in(t, frozenset({"airspace", "waters"})) for t in tok.sent) and any(
                    _state_craft(t) for t in tok.sent):
                return patrol  # "drove four coast guard ships out of restricted waters, the third such incursion"
            return None
        if tok.dep_ == "compound":
            return ()
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        mods += _prep_objects(tok, ("of",))
        return patrol if any(_word_in(m, INCURSION_AREAS) for m in mods) else ()  # "an airspace violation"
    areas = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma != "violate":
        areas += _prep_objects(tok, ("into",))
    areas = [a for a in areas if _word_in(a, INCURSION_AREAS)]
    if lemma == "violate":
        return patrol if areas else ()  # "violated Estonian airspace"; not "violated the ceasefire"
    subj = _subject(tok)
    if subj is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = tok.head  # "a Russian patrol boat that crossed into Norwegian waters"
    craft = [x for x in ((subj, *subj.conjuncts) if subj is not None else ()) if _craft(x)]
    if not areas or not craft:
        return None if lemma == "enter" else ()
    if any(_state_craft(c) for c in craft) or (any(_national(c) for c in craft) and any(
            _national(a) or any(_word_in(m, FORBIDDEN_AREA_MODS) for m in a.children if m.dep_ in (
                "amod", "compound")) for a in areas)):
        return patrol  # "Chinese ships entered the restricted zone"; not "a cruise ship entered the waters"
    return None if lemma == "enter" else ()


def _warship_transit(verb: Token) -> bool:
    """Does a warship sail through a strait or a named sea ("the aircraft carrier sailed north through the
    strait", "two destroyers sailed through the Strait of Hormuz"; a transit, like "transit")?"""
    if not any(c.dep_ == "prep" and c.lower_ in ("through", "across") and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or _word_in(g, SEARCHED_AREAS)) for g in c.children)
            for c in verb.children):
        return False
    subj = _subject(verb) or (verb.head if verb.dep_ == "acl" else None)  # "the vessels passed through X, a
    # spokesman said" read as a reduced relative
    if subj is None:
        return False
    if any(_craft(x) and military_craft(x) and not _word_in(x, ARMED_NOUNS) for x in (subj, *subj.conjuncts)):
        return True
    # "the two vessels passed through the channel" after "the frigate and a supply ship left port": the
    # warships named before, referred back to with a definite article
    return _word_in(subj, GENERIC_SHIPS) and any(c.lower_ == "the" for c in subj.children) and any(
        _naval_vessel(t) for t in verb.doc[:verb.sent.start])  # (any tag: "frigate" is misread as a verb)


#: words a report uses to refer back to ships it named ("the two vessels", "the ships")
GENERIC_SHIPS = frozenset({"vessel", "vessels", "ship", "ships", "warships"})


def _water_cut(verb: Token) -> bool:
    """Does flood water cut a route or cut off a place ("the swollen river cut the road between X and Y",
    "floodwaters cut off three towns")?"""
    if not _water_surge(verb):
        return False
    args = _args(verb)
    if any(_word_in(a, ROUTE_NOUNS) for a in args):
        return True
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and any(
        _word_in(a, CUT_OFF_PLACES) or a.pos_ == "PROPN" for a in args)


def _unrealised(verb: Token) -> bool:
    """Is ``verb`` an infinitive that names an aim ("pressed Tunis to do more to stop departures", "urged the
    company to halt flights")?"""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() in AIM_VERBS


def _moved_to_refuge(verb: Token) -> bool:
    """Are people moved into a place of refuge ("moved 700,000 people into cyclone shelters", "relocated
    residents to safety")?"""
    moved = _args(verb)
    if not moved and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ORDER_VERBS:
        moved = _with_conjuncts(c for c in verb.head.children if c.dep_ == "dobj")  # "ordered 4,000 families to
        # move to the lowlands"
    people = [a for a in moved if _word_in(a, PEOPLE_NOUNS) or any(
        c.dep_ == "compound" and _word_in(c, PEOPLE_NOUNS) for c in a.children)]
    if _patients_moved_out(verb, moved):
        return True  # "patients at a hospital were moved to private clinics": a failing hospital emptied
    if not people:
        return False
    if any(c.dep_ == "nsubjpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "out" and any(
                g.dep_ == "prep" and g.lower_ == "of" and any(
                    p.dep_ == "pobj" and (_place_word(p) or p.pos_ == "PROPN") for p in g.children)
                for g in c.children) for c in verb.children):
        return True  # "3,500 people have been moved out of villages near the volcano": taken out of danger
    if any(c.dep_ == "nsubjpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
                g.dep_ == "pobj" and _word_in(g, MAKESHIFT_SHELTERS) for g in c.children) for c in verb.children) and (
            not any(_word_in(p, SCHOOL_GOERS) for p in people)):
        return True  # "300 residents were moved to a school": housed in a hall for the night; not pupils moved
        # to a new school
    return any(c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
        g.dep_ == "pobj" and (_word_in(g, REFUGE_NOUNS) or any(
            _word_in(x, REFUGE_NOUNS) for h in (g, *g.conjuncts) for x in _prep_objects(h, ("in", "on"))))
        for g in c.children) for c in verb.children)  # "to shelters", "to schools and churches in the lowlands"


def _patients_moved_out(verb: Token, moved: list[Token]) -> bool:
    """Are a hospital's patients moved out of it ("patients at a public hospital were moved to private clinics",
    "patients were transferred from the hospital")? A patient taken *to* hospital is no evacuation."""
    patients = [a for a in moved if a.lemma_.lower() == "patient"]
    if not patients:
        return False

    def care_place_after(w: Token, preps: tuple[str, ...]) -> bool:
        return any(_word_in(g, CARE_PLACES) for g in _prep_objects(w, preps))

    return any(care_place_after(a, ("at", "in", "of", "from")) for a in patients) or care_place_after(
        verb, ("from",))


#: verbs of an order given to people ("ordered families to move", "told residents to relocate")
ORDER_VERBS = frozenset({"order", "tell", "instruct", "direct", "urge", "force", "ask", "advise"})
#: verbs that put a public-health control in force ("declared containment zones", "imposed a quarantine")
CONTAINMENT_VERBS = frozenset({"declare", "impose", "enforce", "set", "establish", "announce", "order", "place", "put"})
#: what a test is positive for when it is no disease ("tested positive for a banned substance")
NON_DISEASE_TESTS = frozenset({"substance", "substances", "drug", "drugs", "steroid", "steroids", "alcohol",
                               "doping", "stimulant", "cocaine", "cannabis", "marijuana", "amphetamine", "diuretic",
                               "explosive", "explosives", "residue"})
#: verbs of catching a disease ("was infected with the virus", "contracted cholera", "was diagnosed with")
INFECTION_VERBS = frozenset({"infect", "contract", "diagnose", "catch", "test"})


def _disease_word(w: Token) -> bool:
    """A disease, a pathogen or a flu strain, or a noun with one as modifier ("the Nipah virus", "bird flu",
    "the H5N1 strain")."""
    return _word_in(w, DISEASE_CAUSES | PATHOGEN_NOUNS) or _STRAIN.fullmatch(w.text) is not None or any(
        c.dep_ in ("compound", "amod") and (_word_in(c, DISEASE_CAUSES) or _STRAIN.fullmatch(c.text) is not None)
        for c in w.children)


def _infection_cue(verb: Token) -> bool:
    """Does ``verb`` say someone caught a disease ("infected with the virus", "contracted cholera", "tested
    positive for Nipah")?"""
    lemma = verb.lemma_.lower()
    if lemma == "test":
        return _tested_positive(verb)
    return lemma in INFECTION_VERBS and any(_disease_word(w) for w in (
        *(c for c in verb.children if c.dep_ == "dobj"), *_prep_objects(verb, ("with", "by"))))


def _infected_death(verb: Token) -> bool:
    """Is the death of "die" one of a disease the clause names: the one who died was infected ("a man who died
    at a hospital was infected with the virus") or died after catching it ("died after contracting cholera")?"""
    if verb.dep_ == "relcl":
        person = verb.head
        while person.dep_ == "appos" and person.head.i != person.i:
            person = person.head  # "BANGKOK, May 2 - A man who died ... was infected": the parser hangs the
            # subject on the dateline
        if person.dep_ in ("nsubj", "nsubjpass") and _infection_cue(person.head):
            return True
    return any(_infection_cue(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"
               for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB")


#: where the sick die ("died at the regional hospital", "died at home")
CARE_PLACES = frozenset({"hospital", "hospitals", "home", "clinic", "clinics", "ward", "centre", "center",
                         "infirmary"})
#: words in a death's sentence that give it another cause ("died in hospital of gunshot wounds")
OTHER_DEATH_CAUSES = frozenset({"wound", "wounds", "wounded", "injury", "injuries", "injured", "shot", "shoot",
                                "stab", "stabbed", "beaten", "attack", "crash", "accident", "blast", "explosion",
                                "burn", "burns", "fire", "bomb", "gunshot", "custody", "police", "hunger", "strike"})
#: the doc-level cache key of :func:`_names_outbreak`
OUTBREAK_DOC_KEY = "geomap_names_outbreak"


def _protest_received(tok: Token) -> bool:
    """Is the noun "protest" a complaint someone receives or is handed ("summoned to receive a formal protest",
    "was handed a protest")? It is the summons' reason, not people protesting (one lodged stays an event)."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() == "receive"


#: verbs that set a fire ("starting a fire", "sparked a blaze")
FIRE_SETTING_VERBS = frozenset({"start", "spark", "cause", "ignite", "set", "trigger"})


def _fire_set_by_attack(verb: Token) -> bool:
    """Does the verb say what a fire did that an attack set ("drones struck the port, starting a fire that burned
    for several hours", "the shelling started a blaze that burned")? The fire is the attack's, no disaster."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "a fire that burned for hours and injured two"
    fire = verb.head if verb.dep_ == "relcl" else _subject(verb)
    if fire is None or not _word_in(fire, frozenset({"fire", "fires", "blaze", "blazes"})) or fire.dep_ != "dobj":
        return False
    setter = fire.head
    if setter.lemma_.lower() not in FIRE_SETTING_VERBS:
        return False
    words = [*(c for c in setter.children if c.dep_ == "nsubj")]
    if setter.dep_ in ("advcl", "conj", "xcomp"):
        words += [setter.head, *(c for c in setter.head.children if c.dep_ == "nsubj")]
    return any(TRIGGERS.get(w.lemma_.lower(), ("",))[0] == "attack" or w.lemma_.lower() in WEAPON_SUBJECTS
               for w in words)


def _died_in_care(verb: Token) -> bool:
    """Does someone die "at"/"in" a hospital or at home with no cause given ("a farmer died at the regional
    hospital on Saturday", "a woman died at home on Tuesday")? Only :func:`_names_outbreak` makes it the disease's."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(c.lower_ in ("of", "from", "after", "when", "during") for c in preps):
        return False  # a cause is given: left to the rules above
    if not any(c.lower_ in ("at", "in") and any(g.dep_ == "pobj" and _care_place(g) for g in c.children)
               for c in preps):
        return False
    return not any(t.lower_ in OTHER_DEATH_CAUSES or t.lemma_.lower() in OTHER_DEATH_CAUSES for t in verb.sent)


#: words of flood water that make a death in the same clause the flood's ("in a flooded underpass")
FLOOD_DEATH_WORDS = frozenset({"flood", "floods", "flooded", "flooding", "floodwater", "floodwaters", "flash-flood"})
#: clause links below a verb that start another clause, not the death's own place or cause
OTHER_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "relcl"})


def _flood_death(verb: Token) -> bool:
    """Does someone "die" or is someone "found dead" with flood water in the clause ("was found dead in his car in
    a flooded underpass", "died when floodwaters swept the car away")? Not "found dead" in a clause without one."""
    if verb.lemma_.lower() == "find" and not any(
            c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "dobj") for c in verb.children):
        return False

    def clause(w: Token):
        yield w
        for c in w.children:
            if c.dep_ not in OTHER_CLAUSE_DEPS:
                yield from clause(c)

    return any(_word_in(t, FLOOD_DEATH_WORDS) for t in clause(verb) if t.i != verb.i)


#: links inside a name that the parser may hang a hospital's last word on ("the X Teaching and Referral Hospital
#: in Y city": "city" read as the object, "Hospital" a conjunct of its modifier)
NAME_PART_DEPS = frozenset({"compound", "nmod", "conj", "amod"})


def _care_place(w: Token, _depth: int = 0) -> bool:
    """Is ``w`` a care place, or a name whose parts (not a prepositional phrase) include one?"""
    if _word_in(w, CARE_PLACES):
        return True
    return _depth < 3 and any(c.dep_ in NAME_PART_DEPS and _care_place(c, _depth + 1) for c in w.children)


def _names_outbreak(doc) -> bool:
    """Does the article name a disease by name or an outbreak or epidemic (once per doc, cached)?"""
    cached = doc.user_data.get(OUTBREAK_DOC_KEY)
    if cached is None:
        generic = {"suspected", "confirmed", "disease", "infection", "virus", "yellow"}
        cached = any(t.lemma_.lower() in ("outbreak", "epidemic", "pandemic") or t.lower_ in DISEASE_WORDS - generic
                     for t in doc)
        doc.user_data[OUTBREAK_DOC_KEY] = cached
    return cached


def _tested_positive(verb: Token) -> bool:
    """"tested positive for cholera", or "tested positive" with no "for" in an article that names a disease;
    not "tested positive for a banned substance"."""
    if not any(c.lower_ == "positive" and c.dep_ in ("acomp", "oprd", "advmod", "dobj", "xcomp")
               for c in verb.children):
        return False
    tested_for = _prep_objects(verb, ("for",))
    if tested_for:
        return any(_disease_word(w) for w in tested_for) and not any(_word_in(w, NON_DISEASE_TESTS)
                                                                     for w in tested_for)
    return any(_word_in(t, DISEASE_CAUSES - {"fever", "illness", "disease", "infection"}) or t.lemma_.lower() in
               ("outbreak", "epidemic", "pandemic") for t in verb.doc)


def _arrest_raid(raid: Token) -> bool:
    """Is the raid the way an arrest was made ("detained the mayor in a dawn raid", "were arrested during a
    raid on their homes")?"""
    if raid.dep_ != "pobj" or raid.head.lower_ not in ("in", "during", "after") or raid.head.dep_ != "prep":
        return False
    verb = raid.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("arrest", "detain", "apprehend", "round", "nab")


#: words that make a fine a court's ("fined by a magistrate", "a fine at the district court")
COURT_WORDS = frozenset({"court", "courts", "judge", "judges", "magistrate", "magistrates", "tribunal", "tribunals",
                         "prosecutor", "prosecutors"})
#: verbs whose object "fine" is a penalty taken or given ("accepted a fine", "imposed a fine of X")
FINE_VERBS = frozenset({"accept", "pay", "impose", "levy", "hand", "receive", "order", "issue", "agree"})
#: naval and guard craft that a force keeps on station ("two patrol boats", "a frigate")
STATION_PREPS = frozenset({"at", "off", "near", "in", "along", "outside", "around"})


#: a court's decisions ("ruled that", "ordered the state to pay", "upheld / overturned the verdict", "acquitted
#: him"); a court's sentence or conviction stays an arrest (CAMEO 173)
COURT_RULING_VERBS = frozenset({"rule", "order", "uphold", "overturn", "acquit", "quash", "suspend", "annul", "revoke",
                                "block", "halt"})
#: verbs by which a court stops what others do ("the court suspended the mine's licence", "a judge blocked the
#: deportation"); a court that suspends its own hearing only adjourns
COURT_STOP_VERBS = frozenset({"suspend", "annul", "revoke", "block", "halt"})
#: a court's own proceedings, whose suspension is no ruling ("the judge suspended the hearing")
COURT_OWN_PROCEEDINGS = frozenset({"hearing", "hearings", "trial", "trials", "session", "sessions", "proceedings",
                                   "sitting", "deliberations", "case"})
#: who rules: a court, a judge, a tribunal (not prosecutors, who ask)
RULING_BODIES = COURT_WORDS - {"prosecutor", "prosecutors"} | {"jury", "juries", "justice", "justices"}


#: who wins an election's seats ("the ruling party", "the opposition coalition")
PARTY_WORDS = frozenset({"party", "parties", "coalition", "bloc", "alliance", "opposition", "candidate",
                         "candidates"})
#: what a party wins in a poll ("a majority of the councils", "60 seats")
POLL_PRIZES = frozenset({"majority", "plurality", "seat", "seats", "council", "councils", "mandate", "mandates",
                         "municipality", "municipalities", "vote", "votes", "election", "elections", "poll", "polls"})


def _party_wins_seats(verb: Token) -> bool:
    """Does a party win seats, councils or a majority ("the ruling party had won a majority of the municipal
    councils", "the opposition won 60 seats"); not "the team won the cup", "the party won praise"?"""
    subj = _subject(verb)
    if subj is None or not _word_in(subj, PARTY_WORDS):
        return False
    return any(c.dep_ == "dobj" and _word_in(c, POLL_PRIZES) for c in verb.children)


def _court_ruling(verb: Token, lemma: str) -> bool:
    """Does a court, judge or tribunal rule, order, uphold, overturn or acquit ("the court ruled that police used
    excessive force", "a judge ordered the state to compensate them", "the court overturned the verdict"); not
    "the ruling party", "ruled out talks", "ruled the country for 20 years", "the general ordered troops in"?"""
    subj = _subject(verb)
    # (with its conjuncts: "Trinidad and Tobago's High Court ruled" is parsed as "Trinidad" and "Court")
    doers = [subj, *subj.conjuncts] if subj is not None else passive_agents(verb)
    if not any(_word_in(d, RULING_BODIES) for d in doers):
        return False
    if lemma == "rule":
        return not any(c.dep_ in ("dobj", "prt") for c in verb.children)  # "ruled out", "ruled the country"
    if lemma in COURT_STOP_VERBS:
        return any(c.dep_ == "dobj" and not _word_in(c, COURT_OWN_PROCEEDINGS) for c in verb.children)
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or lemma == "acquit"


SUPPLY_CUT_VERBS = frozenset({"cut", "disconnect", "interrupt", "suspend"})
#: supplies whose cut is a disruption ("cut water supply to parts of the city", "cut off power to X")
SUPPLY_NOUNS = frozenset({"supply", "supplies", "water", "power", "electricity", "gas"})
SUPPLY_KINDS = frozenset({"water", "power", "electricity", "gas"})


def _supply_cut(verb: Token) -> bool:
    """Is water, power or gas supply cut to a place or people ("has cut water supply to parts of the city",
    "power was cut to 20,000 homes"); not "cut water use by 10 percent", "cut the budget"?"""
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False
    for a in _args(verb):
        if not _word_in(a, SUPPLY_NOUNS):
            continue
        if _word_in(a, SUPPLY_KINDS) or any(c.dep_ in ("compound", "amod") and _word_in(c, SUPPLY_KINDS)
                                            for c in a.children):
            return True
    return False


FIND_VERBS = frozenset({"find", "discover", "uncover"})
#: illegal drugs found by officers ("found 2.1 tonnes of cocaine in a container")
DRUG_WORDS = frozenset({"cocaine", "heroin", "methamphetamine", "meth", "cannabis", "marijuana", "fentanyl",
                        "narcotics", "hashish", "opium", "captagon", "ketamine", "ecstasy", "drugs"})
#: modifiers that make goods contraband ("stolen vehicles", "smuggled cigarettes", "counterfeit goods")
CONTRABAND_MODS = frozenset({"stolen", "smuggled", "counterfeit", "contraband", "illegal", "illicit", "undeclared"})


def _contraband_goods(w: Token) -> bool:
    """Are ``w`` stolen, smuggled or counterfeit goods ("58 stolen vehicles", "smuggled cigarettes")?"""
    return not _person_word(w) and w.lower_ not in ("migrants", "people", "persons") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in CONTRABAND_MODS for c in w.children)


#: who finds drugs in a seizure
DRUG_FINDERS = frozenset({"customs", "officer", "officers", "police", "authorities", "agents", "agent",
                          "coastguard", "navy", "guards", "inspectors", "officials", "prefecture", "troops",
                          "soldiers", "army"})


def _drugs_found(verb: Token) -> bool:
    """Do officers find drugs or stolen goods ("customs officers found 2.1 tonnes of cocaine hidden in a
    container", "police discovered 300 kg of heroin in a truck", "border agents found 40 stolen cars in shipping
    containers"); not "researchers found that", "found drugs in his blood" (no finder of the law)?"""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_word_in(f, DRUG_WORDS) or _contraband_goods(f) or any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (_word_in(g, DRUG_WORDS) or _contraband_goods(g)) for g in c.children)
            for c in f.children) for f in found):
        return False
    subj = _subject(verb)
    return subj is not None and any(_word_in(x, DRUG_FINDERS) for x in (subj, *subj.conjuncts))


#: where a suspect is stopped ("stopped at a police roadblock", "at a checkpoint")
CHECKPOINT_NOUNS = frozenset({"roadblock", "roadblocks", "checkpoint", "checkpoints"})


def _stopped_at_checkpoint(verb: Token) -> bool:
    """Is a suspect stopped at a police roadblock ("a fifth suspect was stopped at a police roadblock with a bag
    of stones"); not a convoy or a bus stopped at a checkpoint, nor "the gang stopped the van with a fake
    roadblock"?"""
    stopped = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not stopped or _word_in(stopped[0], VEHICLE_LIKE):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.dep_ == "pobj" and _word_in(g, CHECKPOINT_NOUNS) and any(
            m.dep_ in ("compound", "amod") and m.lower_ in ("police", "army", "military", "security")
            for m in g.children) for g in c.children) for c in verb.children)


VEHICLE_LIKE = frozenset({"convoy", "convoys", "bus", "buses", "truck", "trucks", "lorry", "lorries", "car", "cars",
                          "vehicle", "vehicles", "train", "trains", "traffic", "van", "vans"})


def _mistagged_outbreak(tok: Token) -> bool:
    """"Declared a dengue fever outbreak": "outbreak" read as a verb, with a disease for its subject or modifier."""
    return any(c.dep_ in ("nsubj", "amod", "compound", "nmod") and (_word_in(c, DISEASE_WORDS | {"fever"}) or any(
        m.dep_ in ("compound", "amod") and _word_in(m, DISEASE_WORDS) for m in c.children)) for c in tok.children)


def _court_fine(tok: Token) -> bool:
    """A fine a court imposes on someone: the verb "fined" with a court in its sentence or a person fined, or the
    noun "fine" taken or given ("accepted a fine") with a court in its sentence; not the adjective "fine"."""
    court = any(_word_in(w, COURT_WORDS) for w in tok.sent)
    if tok.pos_ == "VERB":
        return court or any(c.dep_ in ("nsubjpass", "dobj") and _fined_one(c) for c in tok.children) or (
            tok.dep_ == "acl" and _fined_one(tok.head)) or (  # "captain fined in X" (a headline)
            not any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "nsubj" and _fined_one(c) for c in tok.children))  # the same read as a subject
    return court and tok.dep_ == "dobj" and tok.head.lemma_.lower() in FINE_VERBS


def _fined_one(w: Token) -> bool:
    """Someone a court fines: a person, or a ship's master or crew ("the captain was fined")."""
    return _person_word(w) or _word_in(w, frozenset({"captain", "captains", "skipper", "skippers", "master",
                                                     "owner", "owners", "driver", "drivers", "crew"}))


def _kept_on_station(verb: Token) -> bool:
    """"The coast guard has kept two patrol boats at the mouth of the river": a force holding naval or guard craft
    at a place, which is a patrol of it."""
    return any(c.dep_ == "dobj" and (_word_in(c, NAVAL_VESSELS) or _word_in(c, VEHICLE_NOUNS | {"boats", "ships",
               "vessels"}) and any(m.dep_ in ("compound", "amod") and _word_in(m, MILITARY_MODIFIERS)
                                   for m in c.children)) for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in STATION_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children)


#: what a quarantine seals off ("sealed off the district", "sealed off two villages")
SEALED_AREAS = frozenset({"district", "districts", "village", "villages", "town", "towns", "city", "area", "areas",
                          "county", "counties", "province", "region", "neighbourhood", "neighborhood", "farm", "farms",
                          "soum", "commune", "ward", "wards", "zone", "settlement", "camp", "compound", "hospital"})


def _sealed_off_area(verb: Token) -> bool:
    """Is "seal" a place sealed off ("sealed off the district", "the village was sealed off"): a named place or a
    settlement word as its object or passive subject?"""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (_word_in(c, SEALED_AREAS) or c.ent_type_ in ("GPE", "LOC", "FAC"))
               for c in verb.children)


#: craft that carry the hurt to care ("taken by helicopter to hospital")
CARE_CRAFT = frozenset({"helicopter", "helicopters", "air", "plane", "planes", "aircraft", "airlift", "air-ambulance",
                        "boat", "boats"})


def _taken_by_air_to_care(verb: Token) -> bool:
    """Are people carried by helicopter, plane or boat to hospital ("were taken by helicopter to hospitals in X",
    "flown by helicopter to a hospital")? A medical evacuation."""
    by_craft = any(g.dep_ == "pobj" and _word_in(g, CARE_CRAFT) for c in verb.children
                   if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children)
    if verb.lemma_.lower() == "take":
        # "45 workers were taken off the platform by boat and helicopter": people taken off to safety (the parse
        # may read "off" as a particle and the platform as an object, with "by boat" hung on it)
        posts = _prep_objects(verb, ("off",))
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            posts += [c for c in verb.children if c.dep_ == "dobj"]
        posts = [p for p in posts if _word_in(p, OFFSHORE_POSTS)]
        people = [c for c in verb.children if c.dep_ == "nsubjpass" and _person_word(c)]
        if posts and people and (by_craft or any(_word_in(g, CARE_CRAFT) for p in posts
                                                 for g in _prep_objects(p, ("by",)))):
            return True
    return by_craft and any(_word_in(g, frozenset({"hospital", "hospitals", "clinic", "clinics", "safety"}))
                            for g in _prep_objects(verb, ("to",)))


#: places at sea people are taken off of ("taken off the platform by helicopter")
OFFSHORE_POSTS = frozenset({"platform", "platforms", "rig", "rigs", "ship", "ships", "vessel", "vessels", "ferry",
                            "tanker", "island", "islands", "islet", "atoll", "wreck"})


def _containment_order(verb: Token) -> bool:
    """A public-health control put in force: "declared containment zones", "imposed a quarantine", "placed
    the village under quarantine"."""
    objs = _args(verb)
    if any(_word_in(o, frozenset({"zone", "zones", "area", "areas"})) and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "containment" for c in o.children) for o in objs):
        return True
    if any(_word_in(o, frozenset({"quarantine", "quarantines"})) for o in objs):
        return True
    return verb.lemma_.lower() in ("place", "put") and any(
        _word_in(g, frozenset({"quarantine"})) for g in _prep_objects(verb, ("under", "in", "into")))


def _disease_cases(tok: Token) -> bool:
    """Is the noun "case(s)" a count of the sick: a disease word as modifier or "of" object ("cholera cases",
    "cases of measles"), or the subject or object of a reporting verb ("new cases were confirmed") in an
    article that names an outbreak or epidemic?"""
    if tok.dep_ == "compound":
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += _prep_objects(tok, ("of",))
    if any(m.lemma_.lower() in DISEASE_WORDS - {"suspected", "confirmed"} for m in mods):
        return True
    if not (tok.dep_ in ("nsubjpass", "dobj", "nsubj") and tok.head.lemma_.lower() in CASE_VERBS):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and not c.like_num and c.lemma_.lower() not in CASE_COUNT_WORDS
           for c in tok.children):
        return False  # "the court case was reported", "a criminal case"; "new cases", "the first cases" count
    return any(t.lemma_.lower() in ("outbreak", "epidemic", "pandemic") or t.lower_ in DISEASE_WORDS - {
        "suspected", "confirmed", "disease", "infection", "virus"} for t in tok.doc)


#: things that fall and harm ("killed by falling debris", "crushed by a collapsing roof")
FALLING_OBJECTS = STRUCTURE_NOUNS | frozenset({"debris", "rubble", "masonry", "tree", "trees", "rock", "rocks",
                                               "boulder", "boulders", "beam", "beams", "slab", "slabs"})


#: the nouns of a military drill (the military_exercise triggers)
EXERCISE_NOUNS = frozenset(lemma for lemma, (kind, _, _) in TRIGGERS.items() if kind == "military_exercise")


def _fired_in_exercise(verb: Token) -> bool:
    """Is "fire" done in a drill: an exercise noun in the verb's own phrase ("have been firing artillery in the
    largest live-fire exercise", "fired rockets during the drill")? Only the verb's subtree is read."""
    return any(w.i != verb.i and w.pos_ == "NOUN" and w.lemma_.lower() in EXERCISE_NOUNS and w.dep_ != "compound"
               for w in verb.subtree)


#: what a spill puts in the sea ("oil washed ashore", "tar balls washed up on the beach")
POLLUTANT_NOUNS = frozenset({"oil", "fuel", "diesel", "crude", "tar", "slick", "sludge", "bunker", "petroleum"})


def _pollutant_ashore(verb: Token) -> bool:
    """Is "wash" a pollutant reaching the shore: its subject oil or fuel (or their compound) and the verb
    "up" or "ashore" ("oil from its fuel tanks washed up on beaches", "fuel washed ashore")?"""
    if not any((c.dep_ == "prt" and c.lower_ == "up") or (c.dep_ in ("advmod", "prt") and c.lower_ == "ashore")
               for c in verb.children):
        return False
    subj = _subject(verb)
    if subj is not None:
        return _word_in(subj, POLLUTANT_NOUNS) or any(
            c.dep_ == "compound" and _word_in(c, POLLUTANT_NOUNS) for c in subj.children)
    # a subject the parser lost ("sank on Tuesday and oil from its tanks washed up"): the noun phrase just
    # before the verb, up to six words back and no verb or punctuation between
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 7) - 1, -1):
        w = verb.doc[i]
        if w.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
            break
        if w.pos_ == "NOUN" and _word_in(w, POLLUTANT_NOUNS):
            return True
    return False


def _falling_object_agent(verb: Token) -> bool:
    """Is the doer of a harm verb something falling or collapsing ("killed by a falling wall", "injured by
    collapsing masonry")?"""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj" and _word_in(g, FALLING_OBJECTS) and any(
                        m.dep_ in ("amod", "compound") and m.lemma_.lower() in ("fall", "collapse", "falling",
                                                                                 "collapsing", "collapsed")
                        for m in g.children):
                    return True
                if g.dep_ == "pcomp" and g.lemma_.lower() in ("fall", "collapse") and any(
                        o.dep_ == "dobj" and _word_in(o, FALLING_OBJECTS) for o in g.children):
                    return True  # "injured by falling rocks", parsed as a gerund and its object
    return False


def _captive(w: Token) -> bool:
    """Is ``w`` someone held captive: a captive noun ("prisoners", "two soldiers"), a person's name, or such
    a noun's conjunct ("the pilot and two crew members")?"""
    words = [w, *w.conjuncts, *(c for c in w.children if c.dep_ == "compound")]
    if w.pos_ == "NUM" or _word_in(w, PARTITIVE_WORDS):
        words += _prep_objects(w, ("of",))  # "freed 12 of the hostages", "some of the captives"
    return any(_word_in(x, CAPTIVE_NOUNS) or (x.ent_type_ == "PERSON" and x.pos_ == "PROPN") for x in words)


#: quantity words whose "of" object is whom they count ("most of the hostages", "some of the prisoners")
PARTITIVE_WORDS = frozenset({"some", "most", "all", "many", "several", "half", "none", "dozens", "hundreds", "rest",
                             "remainder", "majority", "one", "two", "three", "four", "five", "six", "seven", "eight",
                             "nine", "ten", "dozen"})


#: verbs that make their participle's noun a captive ("a rancher kidnapped in March was freed")
CAPTURE_VERBS = frozenset({"kidnap", "abduct", "seize", "capture", "detain", "hold", "snatch", "take"})


#: doers whose seizing of a named person is a kidnapping ("seized by gunmen", "seized by armed men")
KIDNAPPER_NOUNS = frozenset({"gunman", "gunmen", "kidnapper", "kidnappers", "abductor", "abductors"})


def _kidnapper(w: Token) -> bool:
    """Is ``w`` a kidnapper: gunmen, kidnappers, or men described as armed or masked ("armed men")?"""
    return _word_in(w, KIDNAPPER_NOUNS) or (w.lower_ in ("men", "man", "assailants", "attackers") and any(
        c.dep_ == "amod" and c.lower_ in ("armed", "masked", "hooded") for c in w.children))


def _held_captive(w: Token) -> bool:
    """Is ``w`` described by a participle of capture ("the engineer kidnapped by gunmen", "a villager
    abducted last month")?"""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CAPTURE_VERBS for c in w.children) or any(
        c.dep_ == "relcl" and c.tag_ == "VBN" and c.lemma_.lower() in CAPTURE_VERBS and any(
            a.dep_ == "auxpass" for a in c.children) for c in w.children)  # "six employees who had been held"


#: where a court remands a suspect ("remanded in custody", "remanded to prison")
REMAND_PLACES = frozenset({"custody", "prison", "jail", "detention", "gaol", "cell", "cells"})
#: arms given up in a disarmament ("handed over their weapons", "a handover of arms")
HANDED_WEAPONS = frozenset({"weapon", "weapons", "arm", "arms", "gun", "guns", "rifle", "rifles", "ammunition",
                            "arsenal", "arsenals", "munitions", "explosives"})


def _weapons_handed_over(tok: Token) -> bool:
    """Are weapons handed over ("the militia handed over 300 rifles", "weapons were handed over to the army",
    "the first handover of weapons", "a weapons handover"): disarmament; not "handed over the keys", "the
    handover of power"."""
    if tok.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
            _word_in(a, HANDED_WEAPONS) for a in _args(tok))
    return any(c.dep_ in ("compound", "nmod") and _word_in(c, HANDED_WEAPONS) for c in tok.children) or any(
        g.dep_ == "pobj" and _word_in(g, HANDED_WEAPONS) for g in _prep_objects(tok, ("of",)))


def _captive_cue(tok: Token) -> bool:
    """Release words are events only with captives: the verb's object or passive subject ("freed two
    soldiers", "the hostages were released", "handed over the men"; "hand" only with "over"), the noun's
    modifier or "of" object ("a prisoner swap", "the release of the hostages")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma == "hand" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
            return False
        if lemma == "free" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False  # "freed of debt"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_captive(c) or _held_captive(c) for c in objects):
            return True
        if not objects and any(c.dep_ == "auxpass" for c in tok.children) and tok.head.i != tok.i and (
                tok.head.lemma_.lower() in CAPTURE_VERBS):
            return True  # "a rancher kidnapped weeks ago was freed", parsed with "freed" below "kidnapped"
        return tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(
            c.lower_ in PERSONAL_PRONOUNS for c in objects) and (
            TRIGGERS.get(tok.head.lemma_.lower()) or ("",))[0] == "release" and _captive_cue(tok.head)
        # "released 67 fishermen and handed them over to officials": the pronoun is the conjoined verb's captives
    if tok.dep_ == "compound":
        return False  # "a release date", "exchange rate"
    return any(c.dep_ in ("compound", "nmod", "amod") and _captive(c) for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pobj" and _captive(g) for g in c.children)
        for c in tok.children)


def labour_strike(tok: Token) -> bool:
    """Is the noun "strike" a work stoppage: a labour word or a duration as modifier ("a dock strike", "a
    24-hour strike"), "on strike", workers as the subject of its verb ("dockworkers extended their strike"),
    or, with no military modifier, an article in which another strike is one of these ("the strike")?"""
    if _labour_cue(tok):
        return True
    if any(c.lower_ in MILITARY_STRIKE_WORDS for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in HARM_VERBS:
        return False  # "the strike killed 12 people" is an attack even beside a general strike
    return any(t.i != tok.i and t.pos_ == "NOUN" and (t.lemma_.lower() in ("walkout", "walkouts") or (
        t.lemma_.lower() == "strike" and _labour_cue(t))) for t in tok.doc)


def _labour_cue(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (
                _word_in(c, LABOUR_STRIKE_WORDS) or c.lemma_.lower().endswith("worker")
                or c.lemma_.lower() in STRIKE_DURATIONS):
            return True
    if tok.dep_ == "pobj" and tok.lower_ == "strike" and tok.head.lower_ == "on" and tok.head.head.pos_ in (
            "VERB", "AUX") and not any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return True  # "went on strike", "are on strike"; not "commented on the refinery strike"
    if any(_word_in(g, LABOUR_DISPUTE_NOUNS) for g in _prep_objects(tok, ("over", "for"))):
        return True  # "as a strike over pay entered its fifth day", "a strike for higher wages"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and (_word_in(c, LABOUR_STRIKE_WORDS) or c.lemma_.lower().endswith("worker"))
                   for c in tok.head.children)
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``; for "which" / "that" in a relative clause, the noun the clause is about."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        from .event_dates import datelines  # (event_dates imports the mentions, which import this module)

        spans = datelines(verb.doc)
        inside = [c for c in subjects if any(s <= c.i and c.right_edge.i < e for s, e in spans)]
        subjects = [c for c in subjects if c not in inside] or subjects  # "VILNIUS, Dec 5 - A plane crashed"
    for c in subjects:
        if c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            return verb.head
        return _after_dateline(c)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "capsized and sank": the subject of "capsized"
    return None


def _after_dateline(subj: Token) -> Token:
    """The subject with a wire dateline the parser took for its head left out ("ATHENS, Greece, Sept 18 - An
    earthquake struck ...": "ATHENS" heads the subject, "earthquake" is the real one)."""
    from .event_dates import datelines  # (event_dates imports the mentions, which import this module)

    for start, end in datelines(subj.doc):
        if start <= subj.i < end and subj.right_edge.i >= end:
            return subj.doc[end:subj.right_edge.i + 1].root
    return subj


#: nouns that count a series of things ("a series of avalanches", "a wave of attacks")
SERIES_NOUNS = frozenset({"series", "string", "spate", "wave", "succession", "number", "couple", "pair", "swarm",
                          "cluster", "sequence", "set"})


def _disaster_subject(verb: Token) -> bool:
    subj = _subject(verb)
    if subj is None:
        return False
    # the parser sometimes splits "a magnitude 5.9 earthquake" into two subjects
    subjects = [subj, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != subj)]
    # a natural force as the agent of a passive: "the cruise ship was struck by a large wave"
    subjects += passive_agents(verb)
    # "a series of avalanches struck the pass", "a string of earthquakes hit the region"
    subjects += [g for s in subjects if s.lemma_.lower() in SERIES_NOUNS for g in _prep_objects(s, ("of",))]
    return any(_word_in(s, DISASTER_SUBJECTS) or any(
        c.dep_ == "compound" and c.lower_ in STORM_TITLES for c in s.children) for s in subjects)


def _weapon_subject(verb: Token) -> bool:
    """Is the subject (or the agent of a passive) a weapon or its debris ("missiles hit", "debris from a
    downed drone damaged", "the plant was hit by drones")?"""
    words = [w for s in _doers(verb, borrow_from=("conj",)) for w in (s, *s.conjuncts)]
    # "debris from a drone", "fragments of a missile": the weapon in the subject's own phrase
    words += [g for w in list(words) for p in w.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
              for g in p.children if g.dep_ == "pobj"]
    return any(_word_in(w, WEAPON_SUBJECTS) for w in words)


def _structure_cue(tok: Token) -> bool:
    """Is a structure what collapses: the subject of the verb, the noun's "of" object or modifier, or (for
    "the collapse") another collapse of a structure in the article?"""
    def structure(w: Token) -> bool:
        return _word_in(w, STRUCTURE_NOUNS)

    def own_cue(t: Token) -> bool:
        if t.pos_ == "VERB":
            subj = _subject(t)
            if subj is None and t.dep_ == "acl" and t.head.pos_ == "NOUN":
                subj = t.head  # "since a tunnel collapsed" parsed as a reduced relative clause
            return subj is not None and structure(subj)
        return any(c.dep_ in ("compound", "nmod") and structure(c) for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(structure(g) for g in c.children) for c in t.children)

    if own_cue(tok):
        return True
    if tok.pos_ == "VERB" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "talks collapsed", "the collapse of talks"
    return any(t.i != tok.i and t.lemma_.lower() == "collapse" and own_cue(t) for t in tok.doc)


#: vehicles whose striking something is a collision, not an attack (no drones, jets or warships)
COLLIDING_VEHICLES = (INTERCEPTED_VESSELS | frozenset({"train", "bus", "truck", "lorry", "car", "van", "minibus",
                                                       "coach", "tram", "trawlers", "trucks", "buses", "cars",
                                                       "dredger", "dredgers", "tugboat", "tugboats"})) - {
    "cargo"}


def _vehicle_doer(verb: Token) -> bool:
    """Is the subject or agent of "strike" / "hit" a civilian vehicle ("the boat was struck by a trawler", "a
    train hit a bus"): a collision?"""
    doers = [_after_dateline(s) for s in _doers(verb, borrow_from=("conj",))]
    doers = [d for d in doers if not _inside_dateline(d)] or doers  # "PANAMA CITY, June 15 - A ship struck ..."
    # (a ship's name with its kind is the ship: "the ferry Cariddi struck the side of a tanker")
    return bool(doers) and all(_word_in(d, COLLIDING_VEHICLES) or _named_vessel(d) for d in doers)


def _inside_dateline(w: Token) -> bool:
    """Do ``w`` and all its words lie in a wire dateline ("PANAMA CITY, June 15 -" parsed as a second subject)?"""
    from .event_dates import datelines  # (event_dates imports the mentions, which import this module)

    return any(start <= w.left_edge.i and w.right_edge.i < end for start, end in datelines(w.doc))


#: spent parts of a space launch that fall back to earth ("a spent rocket stage crashed", "a booster fell")
SPACE_DEBRIS = frozenset({"booster", "boosters", "stage", "stages", "capsule", "satellite", "fairing"})
#: what makes "stage" a rocket's ("a spent rocket stage", "the first stage"), not a theatre's
ROCKET_STAGE_MODS = frozenset({"rocket", "spent", "first", "second", "third", "upper", "core", "launcher"})
#: lists a country adds firms or people to as a sanction
SANCTIONS_LISTS = frozenset({"sanction", "sanctions", "blacklist", "blacklists", "embargo"})
ENTRY_NOUNS = frozenset({"entry", "access", "berth", "docking", "permission"})


#: what is done to a convoy that makes it no aid delivery ("ambushed a convoy", "gunmen stopped a convoy")
CONVOY_STOPPING_VERBS = frozenset({"attack", "ambush", "strike", "shell", "bomb", "raid", "stop", "halt", "seize",
                                   "hijack", "loot", "waylay", "intercept"})
#: people who stop work ("workers strike over wages"), with nouns in -worker and :data:`LABOUR_STRIKE_WORDS`
STRIKING_PEOPLE = frozenset({"worker", "workers", "employee", "employees", "staff", "teacher", "teachers",
                             "doctor", "doctors", "nurse", "nurses", "driver", "drivers", "docker", "dockers",
                             "miner", "miners", "union", "unions", "pilot", "pilots", "trucker", "truckers"})


STRIKE_GRIEVANCES = frozenset({"pay", "wage", "wages", "salary", "salaries", "pension", "pensions"})


def _workers_strike(verb: Token) -> bool:
    """Is the verb "strike" a work stoppage: workers as subject, nothing struck ("tea workers strike over
    wages"; not "the quake struck", "a drone struck the depot")?"""
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in STRIKE_GRIEVANCES for c in verb.children):
        return False  # (a grievance parsed as object: "drivers strike over pay")
    subj = _subject(verb)
    if subj is not None and subj.lemma_.lower() in SENT_QUANTITIES:
        subj = next(iter(_prep_objects(subj, ("of",))), subj)  # "thousands of workers"
    return subj is not None and (_word_in(subj, STRIKING_PEOPLE | LABOUR_STRIKE_WORDS)
                                 or subj.lemma_.lower().endswith("worker"))


def _space_debris_subject(verb: Token) -> bool:
    """Is the subject of ``verb`` a spent piece of a rocket ("a spent rocket stage crashed into hills")?"""
    subj = _subject(verb)
    if subj is None or subj.lemma_.lower() not in SPACE_DEBRIS:
        return False
    mods = {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod", "nmod")}
    return subj.lemma_.lower() not in ("stage", "stages") or bool(mods & ROCKET_STAGE_MODS)


#: verbs that put a place under a state of emergency ("declared a state of emergency", "imposed an emergency")
EMERGENCY_DECLARE_VERBS = frozenset({"declare", "proclaim", "impose"})
#: verbs of making water drinkable for people ("purifying water for residents")
WATER_AID_VERBS = frozenset({"purify", "pump", "desalinate", "chlorinate", "filter"})


def _emergency_declared(verb: Token) -> bool:
    """"declared a (local) state of emergency", "declared an emergency"; not "declared war", "declared victory"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lower_ == "emergency":
                return True
            if c.lower_ == "state" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    g.lower_ == "emergency" for g in p.children) for p in c.children):
                return True
    return False


def _water_for_people(verb: Token) -> bool:
    """"purifying water for residents", "pumped clean water for the villagers": drinking water supplied to
    people; not "pumped water out of the mine"."""
    return any(c.dep_ == "dobj" and c.lower_ == "water" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_word_in(g, PEOPLE_NOUNS) for g in c.children)
        for c in verb.children)


#: what a launch vehicle does when a launch fails ("the rocket crashed into the sea", "exploded on the pad")
LAUNCH_FAILURE_VERBS = frozenset({"crash", "explode", "fail", "disintegrate"})
#: vehicles that carry payloads to space ("rocket" only with a space launch named, see :func:`_launch_vehicle_subject`)
LAUNCH_VEHICLES = frozenset({"rocket", "launcher", "spacecraft", "spaceship"})
#: words that make a rocket a space launcher, not a weapon ("an orbital rocket", "after liftoff", "the launch pad")
SPACE_LAUNCH_WORDS = frozenset({"orbital", "suborbital", "orbit", "space", "liftoff", "lift-off", "blastoff",
                                "launchpad", "spaceport", "payload", "satellite", "satellites", "carrier"})


def _launch_vehicle_subject(verb: Token) -> bool:
    """Is the subject of ``verb`` a space launcher ("an orbital rocket crashed into the sea 40 seconds after
    lifting off", "the rocket exploded on the launch pad")? A rocket is one only with a space launch in the
    sentence ("a rocket fired by militants crashed into a house" is an attack's)."""
    subj = _subject(verb)
    if subj is None or subj.lemma_.lower() not in LAUNCH_VEHICLES:
        return False
    if subj.lemma_.lower() != "rocket":
        return True
    return any(t.lower_ in SPACE_LAUNCH_WORDS or (t.lemma_.lower() in ("lift", "blast") and any(
        c.lower_ == "off" for c in t.children)) or (t.lower_ == "launch" and t.head.lower_ == "pad")
        for t in verb.sent)


def _added_to_sanctions_list(verb: Token) -> bool:
    """"added three companies to its sanctions list", "added to the blacklist": a sanction imposed."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in ("blacklist", "blacklists") or (
                        g.lemma_.lower() in ("list", "lists") and any(
                            m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in SANCTIONS_LISTS
                            for m in g.children))):
                    return True
    return False


def _vessel_refused_entry(verb: Token) -> bool:
    """"the trawler was refused entry to Kirkenes", "denied the tanker access to the port": a vessel turned away."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ENTRY_NOUNS for c in verb.children):
        return False
    vessels = VEHICLE_NOUNS | INTERCEPTED_VESSELS
    return any(c.dep_ in ("nsubjpass", "dative") and _word_in(c, vessels) for c in verb.children)


def _people_moved_out(verb: Token) -> bool:
    """"residents of the drop zone had been moved out", "moved the villagers out": people taken from a danger
    zone (not "the family moved out", people who move house)."""
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and _word_in(c, PEOPLE_NOUNS) for c in verb.children)


def _vehicle_subject(tok: Token) -> bool:
    subj = _subject(tok) if tok.pos_ == "VERB" else None
    return subj is not None and _word_in(subj, VEHICLE_NOUNS)


def _fire_noun(tok: Token) -> tuple[str, str] | None:
    """The noun "fire": gunfire ("artillery fire", "opened fire", "exchanged fire") is an attack; a fire that
    burns ("a forest fire", "the fire destroyed cabins", "firefighters battled the fire") a disaster."""
    if tok.dep_ in ("compound", "amod", "nmod") or (tok.ent_type_ and tok.ent_iob_ == "B"):
        return None  # a modifier ("live-fire drills", "fire service") or a name ("Fire Department")
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [g for c in mods for g in c.conjuncts]
    head = tok.head
    if any(c.lemma_.lower() in GUNFIRE_WORDS | WEAPON_NOUNS for c in mods):
        return "attack", TRIGGERS["attack"][1]
    if tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in GUNFIRE_VERBS | {"under"}:
        if head.lemma_.lower() in ("hold", "cease", "under", "come"):
            return None  # "hold fire", "came under fire from critics": no event of its own
        return "attack", TRIGGERS["attack"][1]
    if tok.dep_ == "dobj" and head.lemma_.lower() == "set":
        return "attack", TRIGGERS["attack"][1]  # "set fire to a mosque": arson
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and _attack_caused(head):
        return None  # "missiles hit the plant, starting a fire": the attack's damage, not a fire of its own
    if any(c.lemma_.lower() in FIRE_KINDS for c in mods) or (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in FIRE_VERBS):
        if _vehicle_fire(tok, mods) or _vehicle_fire_before(tok) or _structure_fire(tok, mods) or (
                _structure_fire_before(tok)):
            return "accident", ""
        return "natural_disaster", ""
    return None


def _structure_fire_before(tok: Token) -> bool:
    """Is a definite "the fire" / "the blaze" (with no forest or bush of its own) one in a building named earlier
    in the text ("a fire swept through the building ... The blaze broke out on the fourth floor")?"""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or any(
            c.lemma_.lower() in FIRE_KINDS - STRUCTURE_FIRE_KINDS for c in tok.children):
        return False
    return any(t.i < tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in ("fire", "blaze") and t.dep_ not in (
        "compound", "amod", "nmod") and _structure_fire(t, [c for c in t.children if c.dep_ in (
            "amod", "compound", "nmod")]) for t in tok.doc)


def _structure_fire(fire: Token, mods: list[Token]) -> bool:
    """Is a fire one in a building ("a house fire", "fire damaged a two-story house", "a fire in the basement of
    this house"): an accident, not a natural disaster? A forest or bush fire, or one that burns many homes
    ("the fire destroyed dozens of homes"), stays a disaster."""
    if any(c.lemma_.lower() in FIRE_KINDS - STRUCTURE_FIRE_KINDS for c in mods):
        return False  # "a forest fire", "a grass fire"
    if any(_word_in(c, STRUCTURE_FIRE_KINDS) for c in mods):
        return True
    where = _prep_objects(fire, ("in", "at", "inside"))
    if fire.dep_ == "dobj":
        where += _prep_objects(fire.head, ("in", "at", "inside"))  # "dousing a fire in the basement of this house"
    where += [g for w in where for g in _prep_objects(w, ("of",))]
    if any(_word_in(w, STRUCTURE_FIRE_KINDS) and w.tag_ in ("NN", "NNP") for w in where):
        return True  # "a fire in the basement of this house"
    if fire.dep_ == "pobj" and fire.head.lower_ in ("in", "at") and fire.head.head.dep_ == "relcl" and (
            _in_building(fire.head.head.head)):
        return True  # "the owner of the nightclub in X where 62 people died in a fire": the building's fire
    if fire.dep_ == "nsubj" and fire.head.pos_ == "VERB":
        burnt = _with_conjuncts([c for c in fire.head.children if c.dep_ == "dobj"])
        return bool(burnt) and all(_word_in(w, STRUCTURE_FIRE_KINDS) and w.tag_ == "NN" and not any(
            c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of" for c in w.children) for w in burnt)
    return False  # "fire damaged a two-story house"; not "the fire destroyed 200 homes"


def _in_building(place: Token) -> bool:
    """Is ``place`` (what a "where" clause hangs on) a building, or a town right after one ("the nightclub in X
    where ...", however the parser attaches "in X")?"""
    if _word_in(place, STRUCTURE_FIRE_KINDS) and place.pos_ == "NOUN":
        return True
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ == "in" and prep.i > 0 and (
        before := place.doc[prep.i - 1]).pos_ == "NOUN" and _word_in(before, STRUCTURE_FIRE_KINDS)


def _vehicle_fire_before(tok: Token) -> bool:
    """Is a definite "the fire" / "the blaze" one aboard a vessel or vehicle named earlier in the text ("fire
    broke out on the car deck of a ferry ... tugs brought the blaze under control")?"""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return False
    return any(t.i < tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in ("fire", "blaze") and _vehicle_fire(
        t, [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]) for t in tok.doc)


#: installations at sea where a fire is an accident like one aboard a ship ("a fire on an offshore platform")
OFFSHORE_INSTALLATIONS = frozenset({"platform", "platforms", "rig", "rigs"})


def _vehicle_fire(fire: Token, mods: list[Token]) -> bool:
    """Is a fire one aboard a vessel or a vehicle ("fire broke out on the car deck of a ferry", "a fire aboard
    the tanker", "a ferry fire"): an accident, not a natural disaster?"""
    vehicles = VEHICLE_NOUNS | INTERCEPTED_VESSELS | OFFSHORE_INSTALLATIONS
    if any(_word_in(c, vehicles) for c in mods):
        return True
    holders = [fire, fire.head] if fire.dep_ in ("nsubj", "nsubjpass") else [fire]
    preps = ("on", "aboard", "onboard", "in", "through")
    where = [g for h in holders for g in _prep_objects(h, preps)]
    where += [c for w in where for c in w.children if c.dep_ == "compound"]  # "the ferry Norman Atlantic"
    for _ in range(2):  # "on the car deck of a ferry"
        where += [g for w in where for g in _prep_objects(w, ("of",)) if g not in where]
    return any(_word_in(w, vehicles) or _word_in(w, frozenset({"deck", "hold", "cabin", "bridge", "hull"}))
               and any(_word_in(x, vehicles) for x in w.subtree) for w in where)


def _attack_caused(verb: Token) -> bool:
    """Did an attack do what ``verb`` says: a weapon or an attack as its subject ("shelling started a fire"),
    or an attack verb it depends on ("missiles hit the plant, starting a fire")?"""
    subj = _subject(verb)
    if subj is not None and (subj.lemma_.lower() in WEAPON_SUBJECTS or (
            TRIGGERS.get(subj.lemma_.lower(), ("",))[0] == "attack" and subj.pos_ == "NOUN")):
        return True
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        hit = find_trigger(verb.head)
        return hit is not None and hit[0] == "attack"
    return False


def speaker_subject(verb: Token) -> bool:
    """Is the subject a person or a spokesperson ("the ambassador attacked China": words, not arms)? Only verbs
    that can attack in words ("attacked", "hit out", "targeted"); "she believes Boken murdered her" is a killing."""
    if verb.lemma_.lower() not in VERBAL_ATTACK_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "NOUN" and child.lemma_.lower() not in SPEAKER_NOUNS:
                return False  # "Azerbaijani troops" even when the tagger reads the demonym as a person
            words = [child, *child.conjuncts, *(c for c in child.children if c.dep_ in ("appos", "compound"))]
            return any((w.ent_type_ == "PERSON" and w.pos_ == "PROPN") or w.lemma_.lower() in SPEAKER_NOUNS
                       for w in words)
    return False


def other_sense(verb: Token, *, rejected: bool) -> bool:
    """Is ``verb`` an event word used in another sense: a lexicon entry that :func:`find_trigger` rejected
    ("fired the minister", "demonstrated their ability"), an object that makes it figurative ("captured
    the title", "shot a film"), or a particle that does ("prices shot up")?"""
    lemma = verb.lemma_.lower()
    if rejected and lemma in SENSE_FILTERED and verb.pos_ in TRIGGERS[lemma][2]:
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURATIVE_OBJECTS for c in verb.children):
        return True
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("on", "by") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in RECORDING_NOUNS for g in c.children) for c in verb.children):
        return True  # "was captured on video", "captured by surveillance cameras"
    return lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "past", "through", "back")
                                    for c in verb.children)


def trigger_anchors(tok: Token) -> list[Token]:
    """The trigger plus the verbs that lend it arguments (light verb, relative clause, passive "be held")."""
    found = [tok]
    if tok.pos_ in ("NOUN", "PROPN"):  # PROPN: a named storm ("Cyclone Shakti slammed into ...")
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "conj") and head.pos_ in ("VERB", "AUX") and (
                light_verb(head) or tok.dep_ in ("nsubjpass", "nsubj")):
            found.append(head)
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB":
                found.append(child)
        # "the exercise would be held" → "held"; "drills are due to take place" → "take"
        for child in list(found[-1].children) if len(found) > 1 else []:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                found.append(child)
    elif tok.pos_ == "VERB":
        for child in tok.children:
            if child.dep_ == "xcomp" and child.lemma_ in ("take",):
                found.append(child)
        if tok.lemma_.lower() in AID_SEND_VERBS:
            # "sent two trucks loaded with tents to X": the load's participle holds where it goes
            found += [a for a in _sent_things(tok)[1] if a not in found]
    elif tok.pos_ == "ADJ" and tok.head.pos_ in ("AUX", "VERB"):
        found.append(tok.head)  # "he is due in Belgrade": "is" holds the subject
    return found


def light_verb(verb: Token) -> bool:
    """Is ``verb`` a light verb, also when the tagger gave it a wrong lemma ("staged" → "stag")?"""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS:
        return True
    word = verb.lower_
    stems = {word[:-1], word[:-2], word[:-3], word[:-3] + "e"} if word.endswith(("ed", "es", "ing")) else set()
    if word.endswith("s"):
        stems.add(word[:-1])
    return bool({s for s in stems if len(s) >= 3} & LIGHT_VERBS)


def event_names(tok: Token, top_index: dict[int, Toponym]) -> set[str]:
    """Proper names attached to the trigger ("the Joint Sea 2025 exercise", "Resolute Force Pacific")."""
    names = set()
    left = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod") and (c.text[:1].isupper() or c.like_num)]
    if left:
        start = min(c.left_edge.i for c in left)
        span = tok.doc[start:tok.i]
        words = [w.text for w in span if w.text[:1].isupper() or w.like_num]
        if len(words) >= 2:
            names.add(" ".join(words).lower())
    return names
