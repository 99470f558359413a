"""Where an event happened, by hand-written rules over the parse (the learned chooser is :mod:`.event_location`).

:func:`locate` gives a mention the most specific resolved place inside a locative phrase attached to the trigger
("in", "near", "off", "adjacent to", "across"; "to" for visits), else a locative phrase of the clause, else of the
sentence (statements take no fallback: "X criticised drills in the Pacific" did not happen in the Pacific); the
target of an attack or of a verb that takes places as objects ("shelled the town of X", "X was captured") beats a
wider place attached to the trigger; "near that port" / "in the city" refer back to the last place of that kind;
a place-name subject locates what it does at home ("Manila summoned ..."). A wider place right after a town it
contains only says where the town is ("from Flin Flon in northern Manitoba"), wherever the parser attached it;
what a trip is for happens where the trip goes ("travel to Paris for talks"); the fallbacks skip what an intent
word says is to be done ("agreed to hold the summit in China"), the speaking clause of a report ("Speaking in
Oslo, X said ..."), and the rest of the sentence when the trigger's own phrase names an unnamed place ("off the
Kenyan coast"); "the port" refers back first to a place called a port. ``geo_precision`` is 1 for a town,
2 near a town, 3 for a region, sea or country.

On single sentences, :func:`rule_mention` / :func:`rule_location` locate any verb's event by these rules alone
(also a feature of the learned chooser), and :func:`name_only` trims a place span to the name itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..model import Place, Toponym
from .event_actors import BORDER_NOUNS, DOMESTIC_ACTORS
from .event_dates import dateline_place, datelines
from .event_mentions import Mention
from .parsed import entities_in
from .event_triggers import (
    HEAT_VERBS,
    REPORTING_VERBS,
    ROUTE_NOUNS,
    SPEAKER_NOUNS,
    STATEMENT_TYPES,
    find_trigger,
    other_sense,
    trigger_anchors,
)

COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "northeastern", "northwestern", "southeastern", "southwestern"})
#: nouns that call the name beside them a place ("the Aziziyah district", "the village of Buwa")
PLACE_NOUNS = frozenset({"village", "town", "city", "district", "neighborhood", "neighbourhood", "area", "province",
                         "governorate", "region", "camp", "suburb", "quarter", "street", "market", "county",
                         "municipality", "settlement", "locality", "valley", "mountain", "mountains", "hill",
                         "airport", "airbase", "base", "township", "prefecture", "state", "island", "port",
                         "square", "road", "highway", "bridge", "checkpoint", "crossing", "border", "countryside",
                         "exclave", "enclave"})
#: "near that port", "in the city": nouns that refer back to a place named before, and the kinds it may be
_TOWN_KINDS = frozenset({"city", "admin2", "user", "landmark"})
ANAPHORIC_PLACE_NOUNS = {"port": _TOWN_KINDS, "city": _TOWN_KINDS, "town": _TOWN_KINDS, "village": _TOWN_KINDS,
                         "capital": _TOWN_KINDS, "harbour": _TOWN_KINDS, "harbor": _TOWN_KINDS,
                         "province": frozenset({"admin1"}), "island": frozenset({"landmark", "admin1", "region"}),
                         "shoal": frozenset({"landmark", "region", "user"})}
#: "in the passage", "across the strait": nouns of a natural or built feature that refer back to the last place
#: named before whose own name has that word ("the X Passage", "the Gulf of X")
FEATURE_NOUNS = frozenset({"passage", "strait", "straits", "canal", "gulf", "river", "channel", "bay", "lake",
                           "sea", "peninsula", "desert", "lagoon", "estuary", "delta", "sound", "reservoir"})
#: nouns of the people living in a place: "residents of X clashed with troops" happened in X
INHABITANT_NOUNS = frozenset({"resident", "residents", "villager", "villagers", "inhabitant", "inhabitants",
                              "townspeople", "local", "locals", "people", "population", "community", "communities",
                              "youth", "youths", "farmers", "fishermen", "miners", "herders"})
#: nouns after a locative preposition that make the phrase no place: "at the request of the X government",
#: "at the invitation of", "in response to", "in the hands of", "in the name of"
NON_PLACE_PREP_NOUNS = frozenset({"request", "invitation", "behest", "urging", "initiative", "expense", "hands",
                                  "name", "response", "support", "favour", "favor", "memory", "honour", "honor",
                                  "wake", "interest", "interests", "aftermath", "light", "spite", "defiance"})
#: events that a place-name subject holds at home ("Manila summoned ...", "Taiwan plans to hold war games")
METONYMIC_SUBJECT_TYPES = frozenset({"diplomatic_summons", "military_exercise", "election"})
#: events whose "over X" is what they are about, not where ("talks over Kashmir", "sanctions over Crimea")
TOPIC_OVER_TYPES = STATEMENT_TYPES | {"meeting", "agreement", "sanctions", "reduce_relations", "diplomatic_summons",
                                      "protest", "visit"}
#: events that happen where they strike, when that place is named as an object (:func:`impact_places`)
IMPACT_TYPES = frozenset({"natural_disaster", "protest", "attack", "armed_conflict", "accident", "disruption",
                          "disease_outbreak"})
#: verbs whose object an event strikes ("the quake jolted X"), unlike those whose object it moves ("the attack
#: prompted France to ...")
IMPACT_VERBS = frozenset({"hit", "strike", "rock", "jolt", "shake", "batter", "lash", "pound", "ravage", "devastate",
                          "bring", "paralyse", "paralyze", "cripple", "grip", "sweep", "engulf", "swamp", "inundate",
                          "flood", "reach", "affect", "disrupt", "halt", "shut", "close", "block", "blockade",
                          "besiege", "hammer", "wreck", "destroy", "damage", "leave"})
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "off", "across", "around", "outside", "inside", "within", "over", "along", "into",
     "throughout", "beside", "nearby", "underneath", "above", "below", "beneath"}
)
#: verbs whose direct object is where they happen ("captured Gaza", "stormed the village of X", "sealed off the town
#: of X")
OBJECT_PLACE_VERBS = frozenset(
    {"capture", "enter", "seize", "storm", "raid", "attack", "hit", "target", "bomb", "shell", "overrun",
     "invade", "occupy", "besiege", "strike", "surround", "liberate", "retake", "recapture", "visit", "tour",
     "evacuate", "control", "reach", "cross", "bombard", "blockade", "infiltrate", "ambush", "loot", "burn",
     "patrol", "destroy", "flood", "ravage", "pound", "rob", "close", "shut", "reopen", "closure", "shutdown",
     "leave", "depart", "seal", "cordon", "quarantine"}
)
#: nouns of distance: "25 km from Algiers" names a reference point
DISTANCE_WORDS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"})
#: verbs whose object is a place whatever the recogniser called its name ("entered Tal Bizam", "patrolled
#: Kassa"); verbs that also take people ("captured Noriega"), whose PERSON-tagged objects are left out
PLACE_ONLY_OBJECT_VERBS = frozenset({"enter", "storm", "overrun", "occupy", "besiege", "liberate", "retake",
                                     "recapture", "invade", "infiltrate", "patrol", "shell", "bombard"})
PLACE_OR_PERSON_OBJECT_VERBS = frozenset({"capture", "seize", "target"})
#: nouns whose place is where someone serves or speaks from, not where an event is ("the group's leader in
#: Mosul was killed", "a military source in Aleppo said"): skipped outside the trigger's own phrases
ROLE_NOUNS = SPEAKER_NOUNS | frozenset(
    {"leader", "head", "commander", "chief", "member", "representative", "source", "branch", "correspondent",
     "activist", "emir", "deputy", "aide", "editor", "reporter", "analyst", "expert", "observer"})
#: prepositions whose places locate an event from elsewhere in its clause or sentence
#: locative prepositions the parser may read as a verb's particle before a name ("capsized off X")
PARTICLE_PREPS = frozenset({"off", "near", "outside", "around"})
FALLBACK_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "across", "within", "around"})
#: the same for a place anywhere in the sentence, with no other place: also where someone went "into" ("arrested
#: ... after they paddled into the channel of the port of X")
SENTENCE_PREPS = FALLBACK_PREPS | {"into"}
NEAR_WORDS = ("near", "adjacent", "off ", "outside", "close to", "waters", "coast of", "outskirts", "north of",
              "south of", "east of", "west of")
#: prepositions that locate only some event types ("a visit to China", "a strike on the port")
DIRECTIONAL_PREPS = {"to": {"visit", "deployment", "aid"}, "on": {"attack"}, "against": {"attack"},
                     "through": {"natural_disaster", "attack", "protest", "military_patrol", "vessel_movement"},
                     "from": {"evacuation", "release"},
                     # "intercepted bombers over the Norwegian Sea", "crashed over the sea"; not "talks over Kashmir"
                     "over": {"military_patrol", "accident"}}
#: events whose verb's clausal complement tells what was decided, not where ("ruled that ... in X")
CONTENT_TYPES = frozenset({"court_ruling"})
#: bodies that act where they sit: "a court in X sentenced", "the council in X voted"
SEAT_NOUNS = frozenset({"court", "tribunal", "parliament", "assembly", "council", "ministry", "legislature",
                        "prosecutor", "prosecutors", "judge", "magistrate", "commission"})
#: seats found in every town ("a Russian court", "prosecutors"), unlike a ministry or a parliament
LOCAL_SEAT_NOUNS = frozenset({"court", "tribunal", "prosecutor", "prosecutors", "judge", "magistrate", "council"})
#: words that make a court the country's own, sitting in its capital ("the Turkish Constitutional Court")
NATIONAL_COURT_WORDS = frozenset({"supreme", "constitutional", "high", "federal", "national"})
#: verbs of leaving a place: "from X" says where the departure happened ("the ship sailed from X on Monday")
DEPARTURE_VERBS = frozenset({"sail", "depart", "leave"})
#: events of moving somewhere: a relative clause telling one ("planes that came from X") is about this event's way
MOVEMENT_TYPES = frozenset({"visit", "deployment", "vessel_movement", "evacuation"})
#: verbs of going through a place: "a ferry crossing the strait", "a boat plying the channel"
CROSSING_VERBS = frozenset({"cross", "transit", "traverse", "navigate", "sail", "ply"})
#: verbs whose object is a subject matter ("talks that covered the situation in X", "discussed the war in X")
TOPIC_VERBS = frozenset({"cover", "discuss", "address", "concern", "examine", "review", "debate", "tackle"})
#: words whose infinitive says what is to be done, elsewhere or later ("agreed to hold the summit in X")
INTENT_WORDS = frozenset({"agree", "plan", "decide", "vow", "pledge", "promise", "threaten", "want", "hope", "seek",
                          "intend", "aim", "propose", "offer", "ask", "urge", "call", "expect", "agreement", "deal",
                          "decision", "proposal", "threat", "bid", "vote"})
#: nouns of a place left unnamed ("off the Kenyan coast", "along the border"): the event is there, not at a
#: place named elsewhere in the sentence
UNNAMED_PLACE_NOUNS = frozenset({"coast", "coasts", "coastline", "shore", "shores", "waters", "border", "frontier"})
NEAR_PREPS = frozenset({"near", "off", "outside", "around", "adjacent", "close", "nearby", "beside", "by"})
KIND_SPECIFICITY = {"landmark": 4, "user": 6, "city": 5, "admin2": 4, "admin1": 3, "sea": 2, "region": 2,
                    "country": 1, "continent": 0}


def departs(verb: Token) -> bool:
    """Does ``verb`` tell a departure, not a journey under way ("sailed from X on Monday", not "was sailing from X
    to Y when the fire broke out")?"""
    return verb.lemma_.lower() in DEPARTURE_VERBS and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward", "for") for c in verb.children)


def rule_location(doc: Doc, verb: Token, *, sentence_fallback: bool = True) -> Toponym | None:
    """The place where the event of ``verb`` (any verb, in a parsed doc with toponyms) happened by the rules
    alone, as the span of the name itself (:func:`name_only`), or ``None``."""
    m = rule_mention(doc, verb, sentence_fallback=sentence_fallback)
    return name_only(doc, m.location) if m.location is not None else None


def rule_mention(doc: Doc, verb: Token, *, sentence_fallback: bool = True) -> Mention:
    """A mention of ``verb``'s event located by the rules (no location when
    :func:`~.event_triggers.other_sense` says the verb names no event: "captured the title", "demonstrated
    their support", "prices shot up")."""
    hit = find_trigger(verb)
    event_type, code = hit if hit is not None else ("event", "")
    sent = verb.sent
    m = Mention(trigger=verb, event_type=event_type, code=code, sent=sent, anchors=trigger_anchors(verb))
    if other_sense(verb, rejected=hit is None):
        m.reasons["location"] = "other sense"
        return m
    sent_tops = [t for t in (doc._.toponyms or []) if sent.start_char <= t.start < sent.end_char]
    locate(m, m.anchors, sent_tops, sent, require_place=False, sentence_fallback=sentence_fallback)
    return m


def name_only(doc: Doc, top: Toponym) -> Toponym:
    """The toponym without the lower-case words at its edges ("Takhar province" → "Takhar", "south
    Lebanon" → "Lebanon"): the span of the name itself."""
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return top
    words = [w for w in span]
    while len(words) > 1 and not words[0].text[:1].isupper() and not words[0].like_num:
        words = words[1:]
    while len(words) > 1 and not words[-1].text[:1].isupper() and not words[-1].like_num:
        words = words[:-1]
    # the whole proper name the place word is part of: "Sabei Qusour Hospital", "South Darfur"
    while words[-1].i + 1 < len(doc) and words[-1].dep_ == "compound" and words[-1].head.i == words[-1].i + 1 \
            and words[-1].head.pos_ == "PROPN" and words[-1].head.text[:1].isupper():
        words.append(words[-1].head)
    while words[0].i > 0 and doc[words[0].i - 1].pos_ == "PROPN" and doc[words[0].i - 1].dep_ == "compound" \
            and doc[words[0].i - 1].head in words and doc[words[0].i - 1].text[:1].isupper() \
            and not doc[words[0].i - 1].ent_type_ in ("GPE", "NORP"):
        words.insert(0, doc[words[0].i - 1])
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    prefix = re.search(r"\b(?:[Aa]l|[Ee]l|[Aa][dnrst]h?)[-‑]$", doc.text[max(0, start - 4):start])
    if prefix:  # "Al-Balad", "al-Qanat Street": the article belongs to the name
        start -= len(prefix.group(0))
    if (start, end) == (top.start, top.end):
        return top
    return Toponym(start, end, doc.text[start:end], top.place, top.score, top.reason, top.label, top.role,
                   top.candidates)


def locate(m: Mention, anchors: list[Token], sent_tops: list[Toponym], sent: Span, *,
           sentence_fallback: bool = True, require_place: bool = True,
           article_tops: list[Toponym] | None = None) -> None:
    """Set ``m.location`` (and place, precision, reason): the place of a locative phrase attached to the
    trigger, else of its target, its governing verb, its clause, its sentence (with ``sentence_fallback``);
    else the place a phrase such as "near that port" refers back to (``article_tops``); else a place-name
    subject that acts at home ("Manila summoned ...")."""
    doc = sent.doc
    usable: list[Toponym] = []
    owners: list[Toponym] = []  # "Mecca's hospital": not where an event is, except inside its target
    sites: list[Toponym] = []  # the town a site is named after, inside the site's name
    filed_from = [(doc[a].idx, doc[b - 1].idx) for a, b in datelines(doc)]
    for t in sent_tops:
        if require_place and t.place is None:
            continue
        if any(lo <= t.start < hi for lo, hi in filed_from):
            continue  # "PORT MORESBY, May 5 (AAP) - About 2,000 people have been evacuated ...": where the story is
            # filed from, whatever the parse made of it (the events of a lede may be shown there, see to_event)
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if t.role != "literal" and not (t.role == "embedded" and span is not None and locative_object(span.root)):
            if t.role == "embedded" and span is not None and named_site(span.root):
                sites.append(t)  # "on the Rajshahi University campus": in the trigger's phrases and clause only
            else:
                continue  # a demonym, or a name inside an organisation's ("Shanghai Cooperation Organization")
        if span is not None and compass_only(t, span.root):
            continue  # "off its east coast": a direction, not the place called "East"
        if span is not None and span.end < len(doc) and doc[span.end].lower_ in WATER_NOUNS \
                and t.place is not None and t.place.kind != "sea":
            continue  # "the Maranon river": a river the gazetteer lacks, not the province of that name
        if span is not None and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.lemma_.lower() in (
                "border", "frontier", "boundary") and (t.place is None or t.place.kind == "country"):
            continue  # "an army post near the Niger border": which border, on either side of it
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("with", "into") \
                and span.root.head.head.lemma_.lower() in BORDER_NOUNS and (t.place is None or t.place.kind == "country"):
            continue  # "shut its crossings with Belarus": the country on the other side, not where they are shut
        if span is not None and (span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].lower_ in (
                "'s", "’s"))):
            if not (span.root.dep_ == "poss" and (span.root.head.lemma_.lower() in OWNED_PLACE_NOUNS or (
                    span.root.head.pos_ == "PROPN" and span.root.head.ent_type_ not in ("PERSON", "ORG")))):
                owners.append(t)
                continue  # "Moscow's invasion": the owner, not where
            # "in Lusaka's Matero township", "Iraq's Umm Qasr port", "in Dhaka's Gulshan": the owner of a place
            # holds it
        usable.append(t)
    # names the recogniser left out ("the Aziziyah district") count when a place is not required
    unnamed = [] if require_place else unrecognised_names(sent, sent_tops)
    if require_place and article_tops:
        # a name the recogniser missed here but resolved as a place elsewhere in the article ("near the exclave
        # of X" where another sentence read "X" as a place): that place
        known = {t.text: t for t in article_tops if t.place is not None and t.role == "literal"}
        for u in unrecognised_names(sent, sent_tops):
            if u.text in known:
                k = known[u.text]
                usable.append(Toponym(u.start, u.end, u.text, k.place, k.score, k.reason, k.label, role="literal"))
    if not usable and not article_tops and not unnamed and not owners:
        return

    def in_phrases(preps: list[Token], pool: list[Toponym] | None = None) -> list[tuple[Toponym, Token]]:
        out = []
        for prep in preps:
            lo, hi = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
            if prep.dep_ == "prt":  # "capsized off Coquimbo" parsed as a particle and an object
                obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i == prep.i + 1), None)
                if obj is None:
                    continue
                hi = obj.right_edge.idx + len(obj.right_edge)
            for t in (usable if pool is None else pool):
                if lo <= t.start and t.end <= hi and not inside_other_event(t, prep, m.trigger):
                    if prep.lower_ == "on" and route_destination(doc, t):
                        continue  # "crossings on the road to Kirundo": somewhere along it, not at its end
                    town = modified_place(doc, t, sent_tops)
                    if town is None:
                        out.append((t, prep))
                        continue
                    # "from Flin Flon in northern Manitoba": the phrase only says where the town is, wherever
                    # the parser attached it; the town is the place, or, when it is where this event came
                    # from ("arrived from Port Victoria in the Seychelles"), neither is
                    if lo <= town.start and town.end <= hi:
                        continue  # the town is in this phrase itself and is found on its own
                    span = doc.char_span(town.start, town.end, alignment_mode="expand")
                    own = span.root.head if span is not None and span.root.dep_ == "pobj" else None
                    if town not in usable or own is None:
                        continue
                    if own.lower_ in LOCATIVE_PREPS or m.event_type in DIRECTIONAL_PREPS.get(own.lower_, ()) \
                            or own.head not in anchors:
                        out.append((town, own))
        return out

    def locative_preps(anchor: Token) -> list[Token]:
        preps = []
        for child in anchor.children:
            word = child.lower_
            if child.dep_ == "prep" and non_place_phrase(child):
                continue  # "send officers at the request of the X government"
            if child.dep_ == "prep" and word == "over" and m.event_type in TOPIC_OVER_TYPES:
                continue  # "talks over Kashmir", "protests over Taiwan": what it is about
            if child.dep_ == "prep" and (word in LOCATIVE_PREPS or m.event_type in DIRECTIONAL_PREPS.get(word, ())
                                         or word == "from" and departs(anchor) or on_place(child)):
                preps.append(child)  # (a departure happens where it leaves: "sailed from the port of X")
            elif child.dep_ == "dative" and word == "to" and m.event_type in DIRECTIONAL_PREPS["to"] and any(
                    c.dep_ == "pobj" for c in child.children):
                preps.append(child)  # "troops were sent to X", parsed as a dative
            elif child.dep_ == "advmod" and word in PARTICLE_PREPS and any(c.dep_ == "pobj" for c in child.children):
                preps.append(child)  # "detained the tanker ..., off Khor Fakkan": the parser's adverb with an object
            elif child.dep_ == "prt" and word in PARTICLE_PREPS and anchor.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.i == child.i + 1 and c.pos_ == "PROPN" for c in anchor.children):
                preps.append(child)  # "a boat capsized off Coquimbo": the parser's particle is the preposition
            elif child.dep_ in ("amod", "advmod", "acomp", "npadvmod") and (
                    child.lower_ in ("adjacent", "close", "near") or child.lower_ in COMPASS_WORDS):
                # "adjacent to X", "shot in an ambush south of Baghdad"; not a heading ("blocked the highway
                # north towards Baghdad")
                if child.lower_ not in COMPASS_WORDS or any(c.dep_ == "prep" and c.lower_ == "of"
                                                             for c in child.children):
                    preps.extend(c for c in child.children if c.dep_ == "prep")
                    preps.append(child)
            if child.dep_ == "prep" and word == "from":
                # "fired a missile from near X": where it came from, a place close by
                preps.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS)
        # "on his first state visit to Jakarta, signed the accords" (the phrase on the verb or on its subject):
        # done where the trip went
        for head in [anchor, *(c for c in anchor.children if c.dep_ == "nsubj")]:
            preps.extend(trip_destinations(head))
        return preps

    attached_preps = [p for a in anchors for p in locative_preps(a)]
    named_places = [t for t in unnamed if t.label.endswith("+place-noun")]
    hits = in_phrases(attached_preps, usable + named_places) or in_phrases(attached_preps, unnamed)
    how = "attached to the trigger"
    attached = bool(hits)
    if m.event_type not in STATEMENT_TYPES and (
            m.event_type == "attack" or m.trigger.lemma_.lower() in OBJECT_PLACE_VERBS):
        # "the invasion of Ukraine", "attacks on Kharkiv", "captured Kisangani", "Kisangani was captured",
        # "patrolled the streets of Reynosa"; the target beats a wider place attached to the trigger
        # ("in Hama province, shelled the village of Mardes")
        objs = [c for c in m.trigger.children if (c.dep_ == "prep" and c.lower_ in ("of", "on", "against"))
                or (c.dep_ == "dobj" and m.trigger.pos_ == "VERB")]
        # not where a road struck on leads: "ambushed a van ... on the road to Plumtree" was not at Plumtree
        targets = [(t, p) for t, p in in_phrases(objs, usable + owners) if not route_destination(doc, t)]
        # a passive subject only as a whole: "Kisangani was captured", not "Hicks, from Adelaide, was"
        if m.trigger.lemma_.lower() in OBJECT_PLACE_VERBS:  # places are captured; people are shot
            targets += [(t, c) for c in m.trigger.children if c.dep_ == "nsubjpass" and m.trigger.pos_ == "VERB"
                        and c.ent_type_ != "PERSON" for t in usable + owners if names_head(doc, t, c)]
        lemma = m.trigger.lemma_.lower()
        if not targets:  # "stormed the village of Tal Rifa'at", "captured Knin": a name the gazetteer lacks
            targets = [(t, p) for t, p in in_phrases(objs, unnamed)
                       if t.label.endswith("+place-noun") or t.label in ("GPE", "LOC", "FAC")]
        if not targets and not hits and m.trigger.pos_ == "VERB" and (
                lemma in PLACE_ONLY_OBJECT_VERBS or lemma in PLACE_OR_PERSON_OBJECT_VERBS):
            # "entered Tal Bizam", "stormed Mar'e": what is entered or stormed is a place, whatever the
            # recogniser called the name (it tags many unknown names PERSON); what is captured is a place
            # only as an object the recogniser tagged a place or nothing ("captured Badme", not "Hicks
            # was captured")
            targets = [(t, p) for t, p in object_names(m.trigger, sent_tops)
                       if lemma in PLACE_ONLY_OBJECT_VERBS or (p.dep_ == "dobj" and p.ent_type_ in (
                           "", "GPE", "LOC", "FAC"))]
        kinds = ("city", "admin1", "admin2", "country", "region", "landmark", "user") + (
            ("sea",) if m.event_type != "attack" else ())  # "patrolling the Persian Gulf"
        targets = [(t, p) for t, p in targets if t.place is None or t.place.kind in kinds]
        if not targets and not hits and article_tops and m.trigger.pos_ == "VERB":
            # "retook the town", "shelled the port": the place of that kind named before
            targets = place_anaphora([m.trigger], article_tops, deps=("dobj",))
        if targets:
            spec = specificity
            if not hits or max(spec(t) for t, _ in targets) >= max(spec(t) for t, _ in hits):
                hits = targets
                how = "the attack's target"
                attached = True
    if not hits and m.event_type in IMPACT_TYPES:
        hits = impact_places(m.trigger, usable, in_phrases)
        if hits:
            how = "what the event struck" if hits[0][1].dep_ == "dobj" else "where the route it blocked leads"
            attached = True
        if how == "where the route it blocked leads" and where_clause_place(m.trigger, usable):
            # "the village of Pilcuyo, where residents blocked the road to Ilave": at the village
            hits, how, attached = where_clause_place(m.trigger, usable), "the place a 'where' clause hangs on", False
    if not hits and m.trigger.pos_ == "NOUN" and m.trigger.dep_ == "pobj" and m.trigger.head.lower_ == "for" \
            and m.event_type not in STATEMENT_TYPES:
        # "due to travel to Paris on Saturday for talks": what a trip is for happens where the trip goes
        trip = m.trigger.head.head
        kind = find_trigger(trip) if trip.pos_ == "VERB" else None
        if kind is not None and kind[0] in DIRECTIONAL_PREPS["to"]:
            hits = in_phrases([c for c in trip.children if c.dep_ == "prep" and (
                c.lower_ in LOCATIVE_PREPS or c.lower_ == "to")])
            if hits:
                how = f"where '{trip.text}', which it is for, goes"
                attached = True
    if not hits and m.trigger.pos_ == "VERB" and m.event_type not in STATEMENT_TYPES:
        # "attacked Damboa town, killing over 60": the verb this one depends on says where
        head = m.trigger
        for _ in range(2):
            if head.dep_ not in ("advcl", "conj", "xcomp") or head.head == head:
                break
            if head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
                break  # "arrested two men in X after thieves used a digger to tear ...": another event's place
            head = head.head
            hits = in_phrases(locative_preps(head))
            if not hits and head.lemma_.lower() in OBJECT_PLACE_VERBS | {"attack"}:
                hits = in_phrases([c for c in head.children if c.dep_ == "dobj"])
            if hits:
                how = f"attached to '{head.text}', which this event belongs to"
                attached = True
                break
    if hits and m.trigger.pos_ == "VERB" and m.event_type not in STATEMENT_TYPES:
        # "A court in Skopje sentenced the owner of the nightclub in Kocani": a court acts where it sits, whatever
        # the phrases of its ruling name
        seats = [p for c in m.trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in SEAT_NOUNS
                 for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
        seated = in_phrases(seats) if seats else []
        if seated:
            hits = seated
            how = "where the subject sits"
            attached = False
    if not hits and m.event_type not in STATEMENT_TYPES:
        clause = m.trigger
        while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl") and clause.head != clause:
            clause = clause.head
        # not inside the subject: "the conflict in Syria has killed ..." did not kill in Syria
        subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        def to_clauses(head: Token, deps: tuple[str, ...], after: int = -1) -> set[int]:
            return {t.i for c in head.children if c.dep_ in deps and c.i > after and c.pos_ in ("VERB", "AUX")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}

        # not what the trigger says is to be done: "agreed to hold next year's summit in China" was not agreed
        # in China
        planned = to_clauses(m.trigger, ("xcomp", "acl")) if m.trigger.lemma_.lower() in INTENT_WORDS else set()
        # "signed an agreement on Friday to develop a hub in X": the deal's purpose, on its noun or on the verb
        for o in (c for c in m.trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in INTENT_WORDS):
            planned |= to_clauses(o, ("xcomp", "acl")) | to_clauses(m.trigger, ("advcl",), after=o.i)
        if m.trigger.dep_ == "dobj" and m.trigger.lemma_.lower() in INTENT_WORDS:  # the noun is the trigger
            planned |= to_clauses(m.trigger.head, ("advcl",), after=m.trigger.i)
        # not what a thing the event concerns will or could do: "signed a memorandum under which companies will
        # share storage at ports in X" was not signed in X (a past relative clause stays: "killed people who had
        # gathered in X")
        other = {t.i for v in clause.subtree if v.dep_ in ("relcl", "acl") and v.head != m.trigger
                 and m.trigger not in v.subtree and any(a.dep_ == "aux" and a.lower_ in CONTENT_MODALS
                                                        for a in v.children) for t in v.subtree}
        # not what something was about: "signed the accords after talks that covered the situation in X" was
        # not signed, nor were the talks held, in X
        other.update(t.i for v in clause.subtree if v.pos_ == "VERB" and v.lemma_.lower() in TOPIC_VERBS
                     and m.trigger not in v.subtree for c in v.children if c.dep_ == "dobj" for t in c.subtree)
        if m.event_type in CONTENT_TYPES:
            # what a court ruled: "ruled that the government acted unconstitutionally when it suspended civil
            # liberties in X" was not ruled in X
            other.update(t.i for c in m.trigger.children if c.dep_ == "ccomp" for t in c.subtree)
        anchor_ids = {a.i for a in anchors}
        for v in sent:
            if v.dep_ in ("relcl", "acl") and v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD") and v != m.trigger \
                    and v.i not in anchor_ids and m.trigger not in v.subtree \
                    and v.head.pos_ in ("NOUN", "PROPN") and find_trigger(v.head) is None:
                kind = find_trigger(v)
                if kind is not None and kind[0] != m.event_type and kind[0] not in MOVEMENT_TYPES:
                    # not where a relative clause telling an earlier event of another kind says someone was
                    # taken from: "freed 38 pupils who were abducted from a school in X" were not freed in X
                    other.update(t.i for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                                 for t in c.subtree)
        preps = [t for t in clause.subtree if t.dep_ == "prep" and (
                    t.lower_ in FALLBACK_PREPS or inhabitants_of(t) or on_place(t) or (
                        t.lower_ == "over" and m.event_type in DIRECTIONAL_PREPS["over"]) or (
                        # "a boat carrying 180 migrants, about 20 miles south of X": a bearing from a place
                        t.lower_ == "of" and t.head.lower_ in COMPASS_WORDS and t.head.dep_ == "advmod"))
                 and t.i not in subject and t.i not in planned and t.i not in other]
        preps = [p for p in preps if not role_place(p, m.trigger) and not non_place_phrase(p)
                 and not other_event_phrase(p, m)]
        if _framing_phrase(m.trigger):
            preps = []  # "Under one of the agreements, Embrapa will develop farms in Malanje": what it provides
        hits = in_phrases(preps, usable + named_places)
        how = "in the trigger's clause"
        named = where_clause_place(m.trigger, usable)
        if named:
            # "visited Vilnius, where he signed an agreement ... and pledged money for repairs in Ukraine": what
            # the clause tells (its verbs, its subject) happens at the place it hangs on (not a reference point:
            # "in Adama, 100 km south-east of Addis Ababa, where police fired"), or at a place of its own inside
            # it ("visited Ukraine, where he met soldiers in Kharkiv")
            inside = [h for h in hits if h[0].place is not None and named[0][0].place is not None
                      and specificity(h[0]) > specificity(named[0][0]) and contains(named[0][0].place, h[0].place)]
            hits = inside or named
            how = "in the trigger's clause" if inside else "the place a 'where' clause hangs on"
        if not hits:
            # "a car ferry crossing the Strait of X collided with a tanker": where the subject was going through
            ways = [v for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for v in c.children
                    if v.dep_ == "acl" and v.tag_ == "VBG" and v.lemma_.lower() in CROSSING_VERBS]
            hits = in_phrases([c for v in ways for c in v.children if c.dep_ == "dobj" or (
                c.dep_ == "prep" and c.lower_ in ("in", "through", "across", "on"))], usable)
            how = "what the subject was crossing" if hits else how
        subjects = [c for a in anchors if a.pos_ == "VERB" for c in a.children if c.dep_ == "nsubj"]
        subjects += [c for a in anchors if a.pos_ == "VERB" and a.dep_ == "conj" and not subjects
                     for c in a.head.children if c.dep_ == "nsubj"]  # "the court in X declared ... and ordered"
        subjects += [x for c in subjects for x in c.children if x.dep_ == "appos"]  # "BASTIA, ... - A court in"
        seats = [p for c in subjects if c.lemma_.lower() in SEAT_NOUNS
                 for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
        seated = in_phrases(seats) if seats else []
        if seated:
            # "a High Court in Freetown sentenced 14 people for rioting in X": a court, a council or a ministry
            # acts where it sits (the subject's place, kept out of the clause search above)
            hits = seated
            how = "where the subject sits"
        elif not hits and article_tops:
            # "Panama's Supreme Court has ruled": a country's court or parliament sits in its capital, when the
            # article names it (a dateline)
            for c in (c for c in subjects if c.lemma_.lower() in SEAT_NOUNS):
                owner = next((t for t in owners for x in c.children if x.dep_ == "poss" and names_head(doc, t, x)
                              and t.place is not None and t.place.kind == "country"), None)
                by_adjective = owner is None
                if owner is None:  # "the Greek foreign ministry summoned ...": the country of its adjective
                    owner = next((t for t in sent_tops for x in c.children if x.dep_ in ("amod", "compound")
                                  and t.role == "demonym" and t.place is not None and t.place.kind == "country"
                                  and names_head(doc, t, x)), None)
                if owner is None:
                    continue
                capital = named_capital(article_tops, owner.place.country_iso3)
                if capital is not None and by_adjective and c.lemma_.lower() in LOCAL_SEAT_NOUNS and not any(
                        x.lower_ in NATIONAL_COURT_WORDS for x in c.children):
                    # "a Russian court ordered ..." may sit in any town: in the capital only when the story is
                    # filed from there ("MANILA - A Philippine court"; not "TOKYO - A Russian court", which sat
                    # in Yuzhno-Kurilsk)
                    filed = dateline_place(doc)
                    if filed is None or filed.id != capital.place.id:
                        capital = None
                if capital is not None:
                    hits = [(capital, c)]
                    how = f"the capital, where {owner.text}'s {c.text.lower()} sits"
                    break
        if not hits and article_tops:
            hits = place_anaphora(attached_preps + preps, article_tops)
            how = "referred back to"
        # "will hold a joint exercise off the Kenyan coast": the trigger's own phrase says where, without a
        # name; a place named in another clause of the sentence is another event's ("docked in Mombasa")
        if not hits and sentence_fallback and not unnamed_place(attached_preps) and not _framing_phrase(m.trigger):
            # "Speaking in Oslo, X said talks would ...": where the report is made is not where what it
            # reports happens
            speech = reporting_words(m.trigger) | speech_places(m.trigger, sent)
            preps = [t for t in sent if t.dep_ == "prep" and (t.lower_ in SENTENCE_PREPS or inhabitants_of(t))
                     and not role_place(t, m.trigger) and not non_place_phrase(t) and t.i not in planned
                     and t.i not in speech and t.i not in other and not other_event_phrase(t, m)]
            hits = in_phrases(preps, [t for t in usable if t not in sites])
            how = "in the sentence"
    if not hits and (m.event_type in METONYMIC_SUBJECT_TYPES or m.event_type == "disruption"):
        # "Manila summoned ..."; "Ipatinga suspended water intake": a town's own service
        hits = place_subject(anchors, usable,
                             kinds=("city",) if m.event_type == "disruption" else SUBJECT_PLACE_KINDS)
        how = "the subject names the place that acts"
        if hits and m.event_type == "diplomatic_summons" and hits[0][0].place.kind == "country" and article_tops:
            # "Suriname summoned Guyana's ambassador": at its foreign ministry, in the capital, when the article
            # names it (a dateline)
            capital = named_capital(article_tops, hits[0][0].place.country_iso3)
            if capital is not None:
                hits = [(capital, hits[0][1])]
                how = "the capital of the country that summons"
    if not hits and m.event_type == "natural_disaster" and m.trigger.lemma_.lower() in HEAT_VERBS:
        # "The town of Jacobabad recorded 51.5 C on Tuesday": the place that reached that temperature
        hits = [(t, c) for c in m.trigger.children if c.dep_ == "nsubj" for t in usable
                if t.place is not None and t.place.kind in ("city", "admin2", "landmark", "user")
                and names_head(doc, t, c)]
        how = "the subject names the place that recorded it"
    expulsion = m.event_type == "reduce_relations" and m.trigger.lemma_.lower() in EXPULSION_WORDS
    if (m.event_type in ("sanctions", "diplomatic_summons") or expulsion) and not attached and article_tops:
        # "Canada imposed sanctions on four gang leaders in Port-au-Prince", "Norway added trawlers based in
        # Kirkenes to its sanctions list", "Britain summoned Spain's ambassador after a stand-off off Gibraltar": a
        # government's act is done in its capital (when the article names it), not where its targets are or what
        # it answers happened; a place attached to the trigger stays ("announced sanctions in Tokyo"). The
        # country that acts, not an international body ("EU foreign ministers adopted sanctions against
        # Belarus") nor a noun's modifier, which may be the target ("new Belarus sanctions")
        modifiers = {t.idx for c in m.trigger.children if c.dep_ == "compound" for t in c.subtree}
        acting = [a for a in m.actors if a.role == "actor" and a.start not in modifiers]
        targets = {a.country for a in m.actors if a.role != "actor"}
        imposer = acting[0].country if acting and acting[0].country not in targets else None
        capital = named_capital(article_tops, imposer) if imposer else None
        if capital is not None:
            hits = [(capital, m.trigger)]
            how = "the capital of the government that acts"
    if not hits and m.event_type in FACILITY_SUBJECT_TYPES and article_tops:
        # "The airport halted all traffic" after "Vilnius airport": the facility's place
        hits = facility_subject(anchors, article_tops)
        how = "the subject is the facility named before with this place"
    if not hits:
        return
    # a place that holds another of the hits is not where it happened ("near Puquio, in the neighbouring Ayacucho
    # region"); then the head of the phrase beats the places that modify it ("in Lucciana, in upper Corsica", "the
    # Sharon junction near Netanya, 30 km north of Tel Aviv"); then the most specific; then the first
    places = [h[0].place for h in hits if h[0].place is not None]
    t, prep = min(hits, key=lambda h: (holds_another(h[0].place, places), phrase_depth(doc, h[0], h[1]),
                                       -specificity(h[0]), h[0].start))
    if attached and t.place is not None and t.place.kind in ("country", "admin1", "region"):
        # "buried a stretch of the highway near Puquio, in the Ayacucho region": a town that the phrases of the
        # word the division is attached to name inside the division says where
        inner = [h for h in in_phrases([p for p in prep.head.subtree if p.dep_ == "prep" and p.lower_ in NEAR_PREPS
                                        | {"in", "at", "outside"}])
                 if h[0].place is not None and h[0].place.kind not in ("country", "admin1", "region")
                 and contains(t.place, h[0].place)]
        if inner:
            t, prep = min(inner, key=lambda h: (phrase_depth(doc, h[0], h[1]), h[0].start))
    m.location = t
    m.location_attached = attached
    m.location_scope = "trigger" if attached else (
        "clause" if how in ("in the trigger's clause", "referred back to", "where the subject sits",
                            "what the subject was crossing", "the place a 'where' clause hangs on")
        else "sentence")
    if t.place is None:
        m.reasons["location"] = f"'{t.text}' {how} ('{prep.text} …'); unresolved: {t.reason}"
        return
    m.place = t.place
    phrase_words = sent.text[prep.idx - sent.start_char:t.start - sent.start_char].lower()
    near = prep.lower_ in NEAR_PREPS or any(w in phrase_words for w in NEAR_WORDS)
    if t.place.kind in ("city", "landmark", "user", "admin2") and not t.place.has_area:
        m.geo_precision = 2 if near or how == "where the route it blocked leads" else 1
    else:
        m.geo_precision = 3
    m.reasons["location"] = f"'{t.text}' {how} ('{prep.text} …'); {t.reason}"


#: words of a diplomat's expulsion, a government's act done in its capital like sanctions (a recalled envoy or
#: frozen talks are told from either side)
EXPULSION_WORDS = frozenset({"expel", "expulsion", "declare"})


def where_clause_place(trigger: Token, usable: list[Toponym]) -> list[tuple[Toponym, Token]]:
    """The place a "where" clause that tells the event (its verb, a verb joined to it, its subject) hangs on
    ("visited Vilnius, where he signed an agreement"), not a reference point ("in Adama, 100 km south-east of
    Addis Ababa, where police fired")."""
    clause = trigger
    while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl") and clause.head != clause:
        clause = clause.head
    where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    own = trigger == clause or trigger.head == clause and trigger.dep_ in ("conj", "nsubj", "nsubjpass")
    if where is None or clause.dep_ != "relcl" or not own:
        return []
    doc = trigger.doc
    return [(t, where) for t in usable if names_head(doc, t, clause.head)
            and phrase_depth(doc, t, trigger.sent.root) == 0]


#: nouns of a trip: what is done "on a visit to X" or "during a trip to X" is done in X
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stopover"})


def trip_destinations(head: Token) -> list[Token]:
    """The "to" phrases of a trip that ``head`` is "on" or "during" ("on his first state visit to Jakarta",
    "during a trip to Lisbon")."""
    return [c for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "during")
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in TRIP_NOUNS
            for c in o.children if c.dep_ == "prep" and c.lower_ == "to"]


#: prepositions that say where a route leads or runs: "the road to X", "the highway between X and Y"
ROUTE_PREPS = frozenset({"to", "into", "between"})


def impact_places(trigger: Token, usable: list[Toponym],
                  in_phrases: Callable[..., list[tuple[Toponym, Token]]]) -> list[tuple[Toponym, Token]]:
    """Where an event strikes, named as an object: the object of the verb whose subject the event is ("a general
    strike brought X to a standstill", "the storm battered X"), and the place a blocked route leads to, for the
    event verb or that verb ("protesters blocked the roads to X"). ``in_phrases(preps, pool)`` finds the places
    of phrases (see :func:`locate`)."""
    doc = trigger.doc
    verbs = [trigger] if trigger.pos_ == "VERB" else []
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB" \
            and trigger.head.lemma_.lower() in IMPACT_VERBS:
        verbs.append(trigger.head)
    hits: list[tuple[Toponym, Token]] = []
    for verb in verbs:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if verb is not trigger:
                hits += [(t, obj) for t in usable if names_head(doc, t, obj)]
            if obj.lower_ in ROUTE_NOUNS:  # "to X" on the road or, as parsed, on the verb
                hits += in_phrases([c for w in (obj, verb) for c in w.children
                                    if c.dep_ == "prep" and c.lower_ in ROUTE_PREPS], usable)
        # "the road between X and the border was closed", "the bridge to X was blocked": the route blocked
        # is the verb's passive subject
        for subj in (c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in ROUTE_NOUNS):
            hits += in_phrases([c for c in subj.children if c.dep_ == "prep" and c.lower_ in ROUTE_PREPS], usable)
    return hits


def route_destination(doc: Doc, t: Toponym) -> bool:
    """Is ``t`` where a route leads ("on the road to Plumtree", "the highway towards X"), not a place on it?"""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "towards", "toward") \
        and root.head.head.lemma_.lower() in ROUTE_NOUNS


def modified_place(doc: Doc, t: Toponym, tops: list[Toponym]) -> Toponym | None:
    """"from Flin Flon in northern Manitoba", "from Port Victoria in the Seychelles": the more specific place
    right before the phrase "in ``t``" that ``t`` contains, which the phrase locates (whatever the parser
    attached the phrase to), or ``None``."""
    if t.place is None or t.place.kind not in ("country", "admin1", "admin2", "region"):
        return None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "in":
        return None
    prep = span.root.head
    if prep.i == 0 or span.start - prep.i > 3:
        return None
    last = doc[prep.i - 1]
    for x in tops:
        if x is t or x.place is None or not (x.start <= last.idx < x.end) or x.end > prep.idx:
            continue
        if specificity(x) > specificity(t) and contains(t.place, x.place):
            return x
    return None


def contains(outer: Place, inner: Place) -> bool:
    """Does the gazetteer put ``inner`` inside ``outer`` (same country; same first-level division; inside a
    region's outline, or a division's when ``inner`` has no division code: an island in "the Canary Islands")?"""
    same_country = inner.country_iso2 is not None and inner.country_iso2 == outer.country_iso2
    if outer.kind == "country":
        return same_country
    if same_country and outer.kind in ("admin1", "admin2") and outer.admin1_code is not None \
            and inner.admin1_code is not None:
        return inner.admin1_code == outer.admin1_code
    if outer.kind in ("region", "admin1", "admin2") and outer.geometry is not None:
        from shapely.geometry import Point
        return bool(outer.geometry.contains(Point(inner.lon, inner.lat)))
    return False


def holds_another(place: Place | None, places: list[Place]) -> bool:
    """Is ``place`` a country, first-level division or region that holds another of ``places``?"""
    return place is not None and place.kind in ("country", "admin1", "region") and any(
        p.id != place.id and p.kind != place.kind and contains(place, p) for p in places)


def unnamed_place(preps: list[Token]) -> bool:
    """Does one of ``preps`` name a place without a name ("off the Kenyan coast", "along the border")?"""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in UNNAMED_PLACE_NOUNS and c.pos_ == "NOUN"
               for p in preps if p.lower_ in LOCATIVE_PREPS for c in p.children)


#: what a report is made in ("said in a statement", "told a briefing in X"): where it was made is not the news's
MEDIUM_NOUNS = frozenset({"statement", "interview", "briefing", "speech", "conference", "post", "message",
                          "broadcast", "address", "communique", "communiqué", "letter", "report", "tweet"})


def reporting_words(trigger: Token) -> set[int]:
    """The words of the verb that reports the clause ``trigger`` is in ("Speaking in Oslo, the minister said
    on Monday (that) ..."), leaving out that clause and the reporter (whose place may be the event's:
    "residents of X said ..."); empty when ``trigger`` is not in a reported clause."""
    tok = trigger
    while tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in REPORTING_VERBS:
            # the speaking clause ("Speaking in Oslo, ...") and the audience ("told reporters in Gode");
            # the verb's own phrases may be the reported event's that the parser attached to it ("In the town
            # of Jericho, officials said soldiers shot ...")
            # and the medium, before the verb or after it ("In a televised statement from X, a spokesman said",
            # "said in a statement from its headquarters in X")
            return {t.i for c in tok.head.children if c != tok and (c.dep_ in ("advcl", "dobj", "dative") or (
                c.dep_ == "prep" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in MEDIUM_NOUNS for o in c.children))) for t in c.subtree}
        tok = tok.head
    return set()


def speech_places(trigger: Token, sent: Span) -> set[int]:
    """The words that say where a report was made, for an event the report is about: the phrases after the
    object or audience of a reporting verb ("told parliament in X", "told reporters in X after ...") and the
    place of an institution that speaks ("police in X said"), unless ``trigger`` is in them or is the verb's
    own phrase ("told reporters in X after a meeting" leaves the meeting where it is)."""
    skip: set[int] = set()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS or verb == trigger:
            continue
        reported = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        if trigger.i in {t.i for t in verb.subtree} and trigger.i not in reported:
            continue  # the trigger hangs on the reporting verb itself
        audience = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        if audience:
            for c in verb.children:
                if c.dep_ == "prep" and c.i > max(a.i for a in audience) and trigger not in c.subtree:
                    skip.update(t.i for t in c.subtree if t.dep_ == "prep")
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and trigger not in c.subtree):
            if subj.lemma_.lower() in DOMESTIC_ACTORS | ROLE_NOUNS or subj.lower_ in DOMESTIC_ACTORS:
                skip.update(c.i for c in subj.children if c.dep_ == "prep")
    return skip


def other_event_phrase(prep: Token, m: Mention) -> bool:
    """Is ``prep`` a phrase of another clause's verb that tells an event of another kind ("the attack sent
    residents fleeing into neighbouring Assam", "X frees four hostages; they land in Madrid"), not a visit or a
    meeting, which say where the people then are ("the minister, who arrived in X on Monday, met ...", "agreed
    ... after their ministers met in X"), nor a verb joined to the trigger ("arrested 15 fishermen and seized two
    trawlers off X")?"""
    verb = prep.head
    if verb.pos_ != "VERB" or verb in m.anchors or m.trigger in verb.subtree:
        return False
    if verb.dep_ == "conj" and verb.head == m.trigger or m.trigger.dep_ == "conj" and m.trigger.head == verb:
        return False
    kind = find_trigger(verb)
    return kind is not None and kind[0] not in (m.event_type, "visit", "meeting")


def non_place_phrase(prep: Token) -> bool:
    """Is ``prep`` a locative preposition used for no place ("at the request of X", "in response to X")?"""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in NON_PLACE_PREP_NOUNS for c in prep.children)


def inhabitants_of(prep: Token) -> bool:
    """Is ``prep`` the "of" of the people living in a place ("residents of X", "villagers of X")?"""
    return prep.lower_ == "of" and prep.head.lower_ in INHABITANT_NOUNS and prep.head.pos_ == "NOUN"


def names_head(doc: Doc, t: Toponym, head: Token) -> bool:
    """Does ``t`` name ``head`` itself ("Kisangani", "the village of Abadam", "the capital, Kabul",
    "Mexico's police chief"), not a modifier of it ("Hicks, from Adelaide")?"""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok == head:
            return True
        if tok.dep_ in ("compound", "appos", "conj", "poss") or (tok.dep_ == "pobj" and tok.head.lower_ == "of") \
                or (tok.dep_ == "prep" and tok.lower_ == "of"):
            tok = tok.head
        else:
            return False
    return tok == head


def phrase_depth(doc: Doc, t: Toponym, prep: Token) -> int:
    """How far ``t`` sits from the head of the phrase of ``prep``: one for each apposition or distance on the
    way, which name a reference point, not the place ("in Lucciana, in upper Corsica", "in Bago, a town 75
    km northeast of Yangon", "near Larba, 25 km from Algiers", "in Diyala province, north of Baghdad")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return 9
    tok, depth = span.root, 0
    for _ in range(12):
        if tok == prep or tok.head == tok:
            break
        if tok.dep_ in ("appos", "advmod", "npadvmod", "acl", "relcl") or (
                tok.dep_ == "prep" and tok.head.lower_ in COMPASS_WORDS | DISTANCE_WORDS):
            depth += 1
        tok = tok.head
    if prep.lower_ in ("of", "from") and prep.head.lower_ in COMPASS_WORDS | DISTANCE_WORDS:
        depth += 1  # "(800 km) west of Kathmandu": a reference point, not the place
    return depth


def specificity(t: Toponym) -> int:
    """How specific the place of ``t`` is (:data:`KIND_SPECIFICITY`; an unresolved name counts as a town)."""
    return KIND_SPECIFICITY.get(t.place.kind if t.place else "city", 0)


def unrecognised_names(sent: Span, sent_tops: list[Toponym]) -> list[Toponym]:
    """Proper names of the sentence that no toponym covers ("shelled the Aziziyah district", tagged
    PERSON or ORG by the model): unresolved place candidates, used only inside a phrase attached to
    the trigger or its target."""
    out = []
    spans = [ent for ent in entities_in(sent) if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "PRODUCT")
             and any(c.isupper() for c in ent.text)]  # not "its east coast", tagged LOC: no name
    for tok in sent:  # "the Aziziyah district", "the village of Buwa", with no entity label
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i + 1 < sent.end and sent.doc[tok.i + 1].pos_ == "PROPN":
            continue
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
        if tok.dep_ in ("compound", "pobj") and head.lemma_.lower() in PLACE_NOUNS:
            start = tok.i
            while start > sent.start and sent.doc[start - 1].pos_ == "PROPN" and not sent.doc[start - 1].ent_type_:
                start -= 1
            span = sent.doc[start:tok.i + 1]
            span.label_ = "NAME"
            spans.append(span)
    for ent in spans:
        if any(t.start < ent.end_char and ent.start_char < t.end for t in sent_tops):
            continue
        root = ent.root
        if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN":
            root = root.head  # "the Aziziyah district"
        if root.dep_ == "conj":
            root = root.head
        place_noun = root.lemma_.lower() in PLACE_NOUNS or (
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and place_noun:
            root = root.head.head  # "the village of Tal Rifa'at"
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS | {"of", "on", "to"} or root.dep_ in (
                "dobj", "nsubjpass"):
            out.append(Toponym(ent.start_char, ent.end_char, ent.text, None, 0.0,
                               f"{ent.label_} entity in a locative phrase (not in the gazetteer)",
                               ent.label_ + ("+place-noun" if place_noun else "")))
    return out


def role_place(prep: Token, trigger: Token) -> bool:
    """Does ``prep`` say where someone serves or speaks from ("a military source in Aleppo said", "the
    al-Qaeda branch in Syria released ..."), someone who is not what the event happened to (the victim's
    place is the event's: "killed a tribal leader in Diyala")?"""
    noun = prep.head
    if noun.lemma_.lower() not in ROLE_NOUNS:
        return False
    for obj in trigger.children:
        if (obj.dep_ in ("dobj", "nsubjpass") or (obj.dep_ == "prep" and obj.lower_ == "with")) and (
                noun in obj.subtree):
            return False  # also whom the event is with: "a meeting with the prime minister in X"
    return True


def compass_only(t: Toponym, root: Token) -> bool:
    """Is ``t`` a bare compass word that names a direction, not a place: lower-case ("its east coast") or
    modifying a coast or border noun ("off its East coast")?"""
    if t.text.lower() not in COMPASS_WORDS:
        return False
    return t.text.islower() or (root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in (
        UNNAMED_PLACE_NOUNS | {"side", "bank", "flank", "part", "edge"}))


def object_names(verb: Token, sent_tops: list[Toponym]) -> list[tuple[Toponym, Token]]:
    """The proper names that are the object (or passive subject) of a verb whose object is always a place
    ("entered Dahiyat Al-Assad", "Jaffna was captured"), as unresolved place candidates."""
    out = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ != "PROPN":
            continue
        words = [w for w in obj.subtree if w.i <= obj.i and (w.pos_ == "PROPN" or w.dep_ in ("compound", "flat"))
                 and w.text[:1].isupper() or w.i == obj.i]
        if not words or any(w.i != words[0].i + k for k, w in enumerate(words)):
            continue
        start, end = words[0].idx, obj.idx + len(obj)
        if any(t.start < end and start < t.end for t in sent_tops):
            continue
        out.append((Toponym(start, end, verb.doc.text[start:end], None, 0.0,
                            f"the name '{verb.lemma_}' takes as object (not in the gazetteer)", "NAME"), obj))
    return out


def locative_object(tok: Token) -> bool:
    """Is ``tok`` itself the object of a locative preposition ("around Paiporta and Catarroja"), so that a
    name the recogniser took for part of an organisation's is used as a place?"""
    if tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and tok.pos_ == "PROPN"


#: nouns of sites named after the town they are in: an event "on the X University campus" or "at X International
#: Airport" happens in X
SITE_NOUNS = frozenset({"campus", "university", "airport", "port", "harbour", "harbor", "base", "airbase", "hospital",
                        "stadium", "station", "courthouse", "refinery", "terminal", "prison", "mine", "plant",
                        "building", "headquarters", "hall"})


def named_site(tok: Token) -> bool:
    """Is ``tok`` the first word of a site's name that a locative phrase holds ("on the Rajshahi University
    campus", "at Keflavik International Airport", "on the campus of Kabul University"), so that the town the site
    is named after says where?"""
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN":
        return False  # "Luis Munoz Marin airport": named after a person, not a town
    site = False
    while tok.dep_ in ("compound", "nmod") and tok.head is not tok:
        tok = tok.head
        site = site or tok.lemma_.lower() in SITE_NOUNS
    if site and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
            SITE_NOUNS | ON_PLACE_NOUNS):
        tok = tok.head.head  # "on the campus of X University"
    return site and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS | {"on"}


#: prepositions whose event noun frames its clause ("under the agreement, X will ..."): the clause's places are
#: what the event provides for, not where it happened
FRAME_PREPS = frozenset({"under", "through", "via", "per"})


def _framing_phrase(trigger: Token) -> bool:
    """Is the event noun inside a framing phrase of its clause's verb ("Under one of the agreements, ...")?"""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    for anc in trigger.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return False
        if anc.dep_ == "prep" and anc.lower_ in FRAME_PREPS:
            return True
    return False


#: water nouns after a name that make it a river's or a lake's ("a tributary of the Maranon river")
WATER_NOUNS = frozenset({"river", "lake", "creek", "stream", "rivers", "lakes"})
#: nouns whose "on" says where: "on the outskirts of X", "on the X University campus", "on the coast of X", "on the
#: lake" (the lake named before), "on the main road at X" (not where the road leads: "on the road to X")
ON_PLACE_NOUNS = frozenset({"outskirts", "outskirt", "edge", "edges", "fringes", "campus", "coast", "shore", "shores",
                            "bank", "banks", "slopes", "premises", "grounds", "island", "islands", "peninsula",
                            "lake", "river", "canal", "reservoir", "lagoon", "road", "highway", "street"})


def on_place(prep: Token) -> bool:
    """Is ``prep`` an "on" whose object is a place noun ("on the outskirts of Goma"), not a day or a topic?"""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lemma_.lower() in ON_PLACE_NOUNS
                                       for c in prep.children)


def bare_definite(noun: Token, *, modifiers: tuple[str, ...] = ("compound", "poss", "prep", "amod")) -> bool:
    """"the port", "that city": a noun with a definite determiner and no name or owner of its own (no proper
    noun and no child of the ``modifiers`` dependencies: "the Kaunas airport", "the city's port")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children) and not any(
        c.dep_ in modifiers or c.pos_ == "PROPN" for c in noun.children)


def named_capital(article_tops: list[Toponym], iso3: str | None) -> Toponym | None:
    """The first mention in the article of the capital city of the country ``iso3``, if it names it."""
    return next((t for t in article_tops if t.role == "literal" and t.place is not None and t.place.kind == "city"
                 and t.place.country_iso3 == iso3 and (t.place.raw or {}).get("is_capital")), None)


def place_anaphora(preps: list[Token], article_tops: list[Toponym], *,
                   deps: tuple[str, ...] = ("pobj",)) -> list[tuple[Toponym, Token]]:
    """"near that port", "in the city": the last place of a fitting kind named before the phrase. With
    ``deps=("dobj",)`` and a verb for ``preps``: its object ("retook the town")."""
    for prep in preps:
        for noun in prep.children:
            kinds = ANAPHORIC_PLACE_NOUNS.get(noun.lemma_.lower())
            feature = noun.lower_ if noun.lower_ in FEATURE_NOUNS and noun.text.islower() else None
            if noun.dep_ in deps and kinds is None and feature is not None and bare_definite(noun):
                # "in the passage" after "the Drake Passage": the last place named with that word
                named = [t for t in article_tops if t.end <= noun.idx and t.role == "literal" and t.place is not None
                         and feature in t.text.lower().split()]
                if named:
                    return [(named[-1], prep)]
                continue
            if noun.dep_ not in deps or kinds is None:
                continue
            if not bare_definite(noun, modifiers=("compound", "poss", "prep")):
                continue  # "the port of Hodeidah", "the Kherson city": a name of its own ("the northern city" is fine)
            before = [t for t in article_tops if t.end <= noun.idx and t.role == "literal"
                      and t.place is not None and t.place.kind in kinds]
            # a place called by the same noun before ("the port of Rotterdam"), else the last place that was
            # not a subject ("Brussels has stayed out of the dispute" speaks of a government, not a place)
            roots = [root_of(prep.doc, t) for t in before]
            named = [t for t, r in zip(before, roots) if r is not None and called(r, noun.lemma_.lower())]
            # a place whose own name has the word, of any kind ("the islands" after "the Falkland Islands")
            named = named or [t for t in article_tops if t.end <= noun.idx and t.role == "literal"
                              and t.place is not None and noun.lower_ in t.text.lower().split()]
            literal = [t for t, r in zip(before, roots) if r is None or r.dep_ != "nsubj"]
            if any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in noun.children) and literal:
                # "near that port": a demonstrative points at the last one named ("withdrawn to Novorossiysk"),
                # even past one called a port earlier ("the Romanian port of Constanta")
                return [(max(named[-1:] + literal[-1:], key=lambda t: t.start), prep)]
            if named or literal:
                return [((named or literal)[-1], prep)]
    return []


def root_of(doc: Doc, t: Toponym) -> Token | None:
    """The syntactic head word of the name of ``t``."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return None if span is None else span.root


#: nouns of a place its owner holds: "in Lusaka's Matero township", "two kilometres north of Messina's harbour"
OWNED_PLACE_NOUNS = PLACE_NOUNS | {"harbour", "harbor"}


#: nouns that call one place the same thing ("the coal port of X" ... "the protest in the harbour")
SAME_PLACE_NOUNS = {"harbour": {"port", "harbor"}, "harbor": {"port", "harbour"}, "port": {"harbour", "harbor"}}


def called(root: Token, noun: str) -> bool:
    """Is the name headed by ``root`` called a ``noun`` or its synonym ("the port of X", "X port", "the port city
    of X"; "the coal port of X" for "the harbour")?"""
    nouns = {noun} | SAME_PLACE_NOUNS.get(noun, set())
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        head = root.head.head
        return head.lemma_.lower() in nouns or any(c.dep_ == "compound" and c.lemma_.lower() in nouns
                                                   for c in head.children)
    return root.dep_ in ("compound", "appos", "nmod") and root.head.lemma_.lower() in nouns


#: kinds of place a subject acting at home may name ("Manila summoned", "Taiwan plans")
SUBJECT_PLACE_KINDS = ("country", "city", "admin1")


def place_subject(anchors: list[Token], usable: list[Toponym], *,
                  kinds: tuple[str, ...] = SUBJECT_PLACE_KINDS) -> list[tuple[Toponym, Token]]:
    """"Manila summoned the ambassador", "Taiwan plans to hold war games": the subject names the place (one of
    ``kinds``)."""
    for a in anchors:
        verb = a
        for _ in range(3):
            if verb.pos_ not in ("VERB", "AUX"):
                break
            for child in verb.children:
                if child.dep_ == "nsubj" and child.pos_ == "PROPN":
                    for t in usable:
                        if t.start <= child.idx < t.end and t.place is not None and t.place.kind in kinds:
                            return [(t, child)]
            if verb.dep_ != "xcomp":
                break
            verb = verb.head
    return []


#: events whose subject may be a facility that stops or fails ("the airport halted traffic", "the mine flooded")
FACILITY_SUBJECT_TYPES = frozenset({"disruption", "accident"})
#: facility nouns a subject may refer back with
SUBJECT_FACILITY_NOUNS = frozenset({"airport", "port", "harbour", "harbor", "mine", "refinery", "terminal", "plant",
                                    "dam", "station", "bridge", "crossing", "factory", "hospital"})


def facility_subject(anchors: list[Token], article_tops: list[Toponym]) -> list[tuple[Toponym, Token]]:
    """"The airport halted all traffic", "the refinery shut down": the place whose facility of that noun the
    article named before ("Vilnius airport", "the Baiji refinery"), the last such; "X's airport": X."""
    for a in anchors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        for noun in a.children:
            if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lower_ not in SUBJECT_FACILITY_NOUNS \
                    or not noun.text.islower():
                continue
            doc = noun.doc
            owner = next((t for c in noun.children if c.dep_ == "poss" for t in article_tops
                          if t.place is not None and t.role == "literal" and names_head(doc, t, c)), None)
            if owner is not None:
                return [(owner, noun)]  # "Bhubaneswar's airport suspended flights": the owner's
            if not bare_definite(noun):
                continue  # "the Kaunas airport", "the city's airport": a name or owner of its own
            named = []
            for t in article_tops:
                if t.end > noun.idx or t.place is None or t.role == "demonym":
                    continue
                span = doc.char_span(t.start, t.end, alignment_mode="expand")
                if span is not None and span.end < len(doc) and doc[span.end].lower_ == noun.lower_:
                    named.append(t)
            if named:
                return [(named[-1], noun)]
    return []


#: modals of a relative clause that tells what a thing will or may do, not what happened
CONTENT_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "shall", "must", "wo", "ca"})


def inside_other_event(t: Toponym, prep: Token, trigger: Token) -> bool:
    """"sanctions over Moscow's invasion of Ukraine": Ukraine is where the invasion is, not the sanctions;
    a place inside a clause of the phrase belongs to that clause."""
    span = t and prep.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok != prep and tok.head != tok:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp") and tok.head != trigger:
            return True  # "in October, which was rigged with help from Moscow": another clause's place
        tok = tok.head
        if tok != trigger and tok != prep and tok.pos_ == "NOUN" and find_trigger(tok) is not None:
            return True
    return False
