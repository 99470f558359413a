"""Who takes part in an event: actor phrases around a trigger, their countries, and light coreference.

Actors are subjects (and the agent of a passive), "with X" / "alongside X" partners, possessors ("Moscow's
invasion"), "by X"; objects are kept as targets for attacks, criticism and visits (:func:`find_actors`). Each
actor phrase gets an ISO 3166-1 alpha-3 country from a place name or demonym inside it ("Russian President
Vladimir Putin" → RUS), an organisation table (NATO: no country), or light coreference within the article
(:class:`ArticleMemory`: "it", "he", "the two countries", "Xi" after "Chinese leader Xi Jinping", "the Air Force"
after "the US Air Force", "the delegation" after "a Brazilian delegation", "Korean" after "South Korean").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Toponym
from .event_dates import dateline_place, datelines
from .parsed import entities, entities_in
from .event_triggers import SHADOW_VERBS, VEHICLE_NOUNS, find_trigger, passive_agents

if TYPE_CHECKING:
    from ..gazetteer import Gazetteer

#: types whose direct object is a participant (the attacked, the criticised, the visited, the met)
TARGETED_TYPES = frozenset({"attack", "statement_criticism", "statement_threat", "sanctions", "arrest", "meeting",
                            "visit", "diplomatic_summons", "reduce_relations", "crime", "seizure", "release",
                            "evacuation"})
#: types whose passive subject is what is moved, a participant ("the trawler was escorted into port")
MOVED_TYPES = frozenset({"vessel_movement"})
#: verbs of going somewhere that take no object there ("crossed into Finland", "arrived in X", "sailed to Y"):
#: a past participle of one on a subject noun is the parser's misreading of the past tense
MOTION_VERBS = frozenset({"cross", "arrive", "sail", "travel", "march", "move", "drive", "steam", "land"})
#: where such a verb goes
MOTION_PREPS = frozenset({"into", "to", "in", "at", "through", "across"})


def _misread_motion_participle(tok: Token) -> bool:
    """Is ``tok`` a verb of going the parse hung as a participle on the subject of a reporting verb, or on a
    noun left hanging on it ("A Swedish battalion of 600 soldiers crossed into Finland ..., the armed forces
    said": "crossed" a modifier of "battalion")? Then the noun goes: it is the actor, not something the verb
    was done to."""
    head = tok.head
    return (tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in MOTION_VERBS
            and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "dep") and head.head.pos_ == "VERB"
            and head.head.i > tok.i
            and not any(c.dep_ in ("dobj", "agent", "auxpass") for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ in MOTION_PREPS for c in tok.children))


#: events whose participants are those who speak of them ("X told Y ... during a meeting")
COMMUNICATIVE_TYPES = frozenset({"meeting", "visit", "agreement"})
#: head nouns of phrases that can act even without a name ("the military", "troops", "officials")
ACTOR_NOUNS = frozenset(
    {"military", "militaries", "force", "forces", "troops", "troop", "army", "armies", "navy", "navies",
     "government", "governments", "ministry", "official", "officials", "leader", "leaders", "president",
     "minister", "police", "gendarme", "gendarmes", "gendarmerie", "rebel", "rebels", "militant", "militants",
     "protester", "protesters", "soldier",
     "soldiers", "authorities", "authority", "spokesperson", "spokesman", "spokeswoman", "ambassador",
     "diplomat", "diplomats", "coalition", "alliance", "country", "countries", "nation", "nations", "state",
     "states", "administration", "parliament", "regime", "fighter", "fighters", "insurgent", "insurgents", "guard",
     "guards", "marines", "jet", "jets", "warship", "warships", "ship", "ships", "aircraft", "vessel", "vessels",
     "trawler", "trawlers", "tanker", "tankers", "freighter", "freighters",
     # fishing and small craft, taken back by a later "the boat" ("a Vietnamese fishing boat" ... "the boat was
     # escorted to X")
     "boat", "boats", "longliner", "longliners", "seiner", "seiners", "jigger", "jiggers", "dhow", "dhows",
     "skiff", "skiffs",
     "resident", "residents", "worker", "workers", "student", "students", "demonstrator",
     "demonstrators", "militia", "militias", "party", "company", "agency", "court", "council",
     "delegation", "commander", "commanders", "general", "chief", "king", "queen", "envoy", "secretary", "mayor",
     "governor", "premier", "chancellor", "drone",
     "drones", "missile", "missiles", "gunmen", "attackers", "attacker", "bomber", "bombers",
     # people held, freed or rescued, who take part without a name ("seven Iraqi fishermen" ... "the fishermen")
     "fisherman", "fishermen", "sailor", "sailors", "seafarer", "seafarers", "crewman", "crewmen", "hostage",
     "hostages", "prisoner", "prisoners", "detainee", "detainees", "driver", "drivers", "trucker", "truckers"}
)
#: words that make an actor noun another office ("prime minister" is not "the minister", "vice president" not
#: "the president")
OFFICE_MODIFIERS = frozenset({"prime", "vice", "deputy"})
#: ships and military units that are later named ("an Indian Navy frigate" ... "the frigate INS Trikand")
UNIT_NOUNS = frozenset({"frigate", "destroyer", "corvette", "cruiser", "warship", "submarine", "carrier", "tanker",
                        "cutter", "vessel", "ship", "patrol", "gunboat", "minesweeper", "battalion", "brigade",
                        "regiment", "division", "squadron", "unit", "company", "platoon", "fleet", "flotilla"})
#: places whose country an actor phrase takes ("Moscow's invasion" → RUS); not seas or regions ("Force Pacific")
ACTOR_PLACE_KINDS = frozenset({"country", "admin1", "admin2", "city"})
#: institutions that act at home: with no country word, they take the country of the event's place
DOMESTIC_ACTORS = frozenset({"police", "gendarme", "gendarmes", "gendarmerie", "army", "navy", "military", "base",
                             "post", "garrison", "barracks", "government", "authorities", "authority", "officials",
                             "official", "ministry", "parliament", "court", "judge", "prosecutors", "officers",
                             "firefighters", "rescuers", "troops", "soldiers", "forces", "lawmakers", "mayor",
                             "governor", "president", "cabinet", "legislature", "junta", "workers", "dockworkers",
                             "dockers", "strikers", "union", "unions", "employees", "staff",
                             # armed groups and crowds with no state: ACLED files them under the country where
                             # they act ("Unidentified Armed Group (Nigeria)"): "gunmen", "rival clans", "youths"
                             "gunman", "gunmen", "bandit", "bandits", "clan", "clans", "clansmen", "tribesmen",
                             "youths", "gang", "gangs", "gangsters", "kidnappers", "abductors", "assailants",
                             "rioters", "looters", "vigilantes", "militants", "insurgents", "jihadists",
                             # people taken or freed at home, with no country word of their own: civilians of the
                             # country it happens in ("45 pupils abducted from a school in Kagara")
                             "pupils", "schoolchildren", "schoolgirls", "schoolboys", "villagers"})
#: means of travel after "by" ("arrived by road", "flown in by helicopter"): no actor
TRAVEL_MEANS = frozenset({"road", "sea", "air", "land", "rail", "boat", "ship", "plane", "helicopter", "car", "bus",
                          "train", "truck", "foot", "ferry", "convoy", "phone", "telephone", "video", "email"})
#: prefixes of commissioned ships' and air forces' names and the country they belong to ("HMS Somerset")
SHIP_PREFIX_COUNTRIES = {"HMS": "GBR", "RAF": "GBR", "USS": "USA", "USNS": "USA", "USAF": "USA", "HMAS": "AUS",
                         "RAAF": "AUS", "HMCS": "CAN", "RCAF": "CAN", "HMNZS": "NZL", "ROKS": "KOR", "HNLMS": "NLD",
                         "HDMS": "DNK", "HNoMS": "NOR", "HSwMS": "SWE"}
#: verbs of a military patrol whose object is the vessel or aircraft watched, a participant
WATCH_VERBS = SHADOW_VERBS | {"intercept"}
#: verbs of stopping or confronting a patrol or crossing, whose subject takes part in it ("gunboats stopped a
#: coast guard patrol", "a frigate challenged the convoy")
CONFRONT_VERBS = frozenset({"stop", "block", "intercept", "challenge", "confront", "halt", "chase",
                            "harass", "obstruct", "detain", "board"})
#: verbs of rescuing whose subject takes part in the accident rescued from ("rescued the crew of a ship that sank")
RESCUE_VERBS = frozenset({"rescue", "save", "evacuate", "airlift", "winch"})
#: verbs of a participle clause whose object an attack harmed ("..., killing two soldiers")
HARM_OBJECT_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
#: verbs whose object does what their infinitive says ("forced the authority to suspend", "ordered X to leave")
BIDDING_VERBS = frozenset({"force", "order", "ask", "urge", "compel", "prompt", "push", "pressure", "pressurise",
                           "allow", "authorise", "authorize", "instruct", "tell", "cause", "require", "permit",
                           "oblige", "direct", "command", "lead"})
#: tags of relative pronouns ("which", "that", "who")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
#: prepositions whose gerund shares the subject of the verb they modify ("X reacted by summoning the envoy",
#: "the group freed 38 fishermen a week after seizing them", "was shot while patrolling")
MANNER_PREPS = frozenset({"by", "after", "before", "while", "upon"})
PARTNER_PREPS = frozenset({"with", "alongside", "between"})
#: "under escort of X", "under the protection of X": X goes along with the act
ESCORT_NOUNS = frozenset({"escort", "protection", "guard"})
#: diplomatic missions: a protest held at one is aimed at the state it represents ("outside the French embassy")
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates"})
#: prepositions that place a protest at a building ("rallied outside", "marched to", "in front of")
AT_PREPS = frozenset({"outside", "at", "near", "before", "to", "towards", "toward", "in", "opposite", "by"})
#: what a country shares with a neighbour ("crossings with X", "on the border with X"): closing it involves X
BORDER_NOUNS = frozenset({"border", "borders", "crossing", "crossings", "checkpoint", "checkpoints", "frontier",
                          "frontiers", "boundary"})
#: events a shared border's neighbour takes part in (a closure, a halt of traffic)
BORDER_TYPES = frozenset({"disruption"})
PRONOUNS_SINGULAR = frozenset({"it", "he", "she", "its", "his", "her"})
PRONOUNS_PLURAL = frozenset({"they", "their", "them"})
PAIR_REASON = "the last two countries named"
#: adjectives of groups of countries and their members ("the five Nordic and three Baltic countries", "Baltic
#: leaders"); only before a noun of states or their people (:data:`GROUP_HEADS`), not "the Baltic Sea"
COUNTRY_GROUPS = {"nordic": ("DNK", "FIN", "ISL", "NOR", "SWE"), "scandinavian": ("DNK", "NOR", "SWE"),
                  "baltic": ("EST", "LVA", "LTU"), "benelux": ("BEL", "NLD", "LUX")}
#: nouns a group adjective names countries with ("Nordic countries", "Baltic states", "Nordic leaders")
GROUP_HEADS = frozenset({"country", "state", "nation", "government", "leader", "minister", "premier", "president",
                         "neighbour", "neighbor", "member", "capital", "ally", "counterpart", "delegation"})
#: people named after the country or conflict they deal with ("the U.N. envoy for Yemen"): that country takes part
BRIEF_HEADS = frozenset({"envoy", "mediator", "representative", "coordinator", "rapporteur", "negotiator"})
PAIR_WORDS = re.compile(r"\b(two|both)\s+(?:(?:(?:foreign|defence|defense|prime|interior|top|coast|border|senior)\s+)?"
                        r"(countries|nations|sides|governments|militaries|states|leaders|armies|navies|ministers|"
                        r"presidents|delegations|premiers|envoys|capitals|neighbours|neighbors|allies|rivals)"
                        # (guards only with what they guard: "the two coast guards", not "two guards were hurt")
                        r"|(?:coast|border)\s+guards)\b", re.IGNORECASE)


class ArticleMemory:
    """Light coreference state for one article."""

    def __init__(self) -> None:
        self.countries: list[str] = []  # countries in order of mention (actors and places)
        self.names: dict[str, str] = {}  # person / organisation words → country ISO3
        self.last_actor: Actor | None = None
        self.heads: dict[str, tuple[str, str]] = {}  # head noun of the last actor phrase with a country
        self.head_roles: dict[str, str] = {}  # the role that phrase had: a subject's is not replaced by an object's
        # ships and units named with a country ("an Indian Navy frigate"): noun → (country, phrase, start, end)
        self.units: dict[str, list[tuple[str, str, int, int]]] = {}
        # the vessels or aircraft with a country that the last shadowing event watched ("shadowed a Russian
        # corvette"): a later hand-over of the watch is about them
        self.watched: list[Actor] = []
        # the countries on the sides of the last fighting told with two or more ("Pakistani and Afghan forces
        # exchanged fire"): the sides of "fighting spread" after it
        self.sides: list[Actor] = []
        # how many places of each country the sentences so far named (cities and regions too): the country an
        # article is about, which holds its elections
        self.place_counts: dict[str, int] = {}

    def note_country(self, iso3: str | None) -> None:
        if iso3:
            if iso3 in self.countries:
                self.countries.remove(iso3)
            self.countries.append(iso3)

    def note_places(self, sent_tops: list[Toponym]) -> None:
        """Note the countries a sentence named (country names and demonyms) for the sentences after it."""
        for t in sent_tops:
            if t.place is not None and (t.role == "demonym" or t.role != "embedded" and t.place.kind == "country"):
                self.note_country(t.place.country_iso3)
            if t.place is not None and t.place.country_iso3 and t.role != "embedded":
                self.place_counts[t.place.country_iso3] = self.place_counts.get(t.place.country_iso3, 0) + 1

    def last_two(self, sent_tops: list[Toponym] | None = None, before: int | None = None) -> list[str]:
        """The last two countries named, counting those named earlier in the current sentence ("Greece and
        Turkey traded accusations after vessels from the two countries collided")."""
        countries = list(self.countries)
        for t in sorted(sent_tops or [], key=lambda t: t.start):
            if before is not None and t.start < before and t.place is not None and t.place.country_iso3 and (
                    t.role == "demonym" or t.role != "embedded" and t.place.kind == "country"):
                if t.place.country_iso3 in countries:
                    countries.remove(t.place.country_iso3)
                countries.append(t.place.country_iso3)
        return countries[-2:]


def _org_country(org: Any) -> str | None:
    value = org.get("country_iso3") if isinstance(org, dict) else getattr(org, "country_iso3", None)
    return value or None


def _add_country(actors: list[Actor], gazetteer: Gazetteer, iso3: str, role: str, why: str) -> None:
    """Add the country ``iso3`` in ``role`` unless one of ``actors`` already has it."""
    if iso3 not in {a.country for a in actors}:
        actors.append(Actor(country_name(gazetteer, iso3), iso3, role, None, None, why))


def _add_from_heads(actors: list[Actor], heads: list[Token], role: str, why: str, sent_tops: list[Toponym],
                    memory: ArticleMemory, gazetteer: Gazetteer) -> None:
    """Add the actors the phrases of ``heads`` name, in ``role``, whose country no actor has yet, saying ``why``
    they take part ("acting for 'Russian military intelligence' (...)")."""
    for head in heads:
        for a in _actor_from(head, role, sent_tops, memory, gazetteer):
            if a.country and a.country not in {b.country for b in actors}:
                actors.append(Actor(a.name, a.country, role, a.start, a.end, f"{why} '{a.name}' ({a.reason})"))


def country_name(gazetteer: Gazetteer, iso3: str) -> str:
    """The gazetteer's name of a country, else its code."""
    try:
        return gazetteer.country(iso3).name
    except LookupError:
        return iso3


def person_countries(doc: Doc, toponyms: list[Toponym]) -> dict[str, str]:
    """People introduced with a country word before their name ("Russian President, Vladimir Putin",
    "Chinese leader Xi Jinping", "Russia's Foreign Minister Sergei Lavrov") → name words → ISO3."""
    by_end = {}
    for t in toponyms:
        if t.place is not None and t.place.country_iso3 and (t.role == "demonym" or t.place.kind == "country"):
            by_end[t.start] = t
    names: dict[str, str] = {}
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        j = ent.start - 1
        steps = 0
        while j >= ent.sent.start and steps < 8:
            tok = doc[j]
            hit = by_end.get(tok.idx)
            if hit is not None:
                for w in ent:
                    if w.text[:1].isupper() and len(w.text) > 1:
                        names.setdefault(w.lower_, hit.place.country_iso3)
                names.setdefault(ent.text.lower(), hit.place.country_iso3)
                break
            if not (tok.text[:1].isupper() or tok.text in (",", "'s", "’s") or tok.lower_ in (
                    "leader", "foreign", "prime", "deputy", "to", "of", "for", "the")):
                break  # "US Ambassador to NATO, Matthew Whitaker", "Minister of Defence of Japan, ..."
            j -= 1
            steps += 1
    return names


def _has_actor(found: list[tuple[Token, str]]) -> bool:
    """Whether ``found`` already holds an actor (not only partners or targets)."""
    return any(role == "actor" for _, role in found)


def find_actors(tok: Token, anchors: list[Token], event_type: str, sent_tops: list[Toponym],
                memory: ArticleMemory, *, gazetteer: Gazetteer) -> list[Actor]:
    """The actors, partners and targets of the event of trigger ``tok`` (with its ``anchors``)."""
    found: list[tuple[Token, str]] = []
    # a relative clause on a nominal trigger that reports what someone says of it ("an agreement that the
    # opposition says gave away too much"): the speaker need not have made it, so the trigger still borrows the
    # participants of the verb that governs it (unlike "the deal the two countries signed")
    reported = [a for a in anchors if a.dep_ == "relcl" and a.head == tok and tok.pos_ == "NOUN" and any(
        c.dep_ == "ccomp" for c in a.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS for c in a.children)]
    verbs = [a for a in anchors if a.pos_ in ("VERB", "AUX")]
    # verbs conjoined with an anchor ("would hold an exercise and conduct a patrol with Russian forces")
    # share its subject and its "with X" partners
    related = list(verbs)
    for v in verbs:
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            related.append(v.head)
        elif v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VB") and v.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            related.append(v.head)  # "staged drills ..., sending warships": the subject of "staged"
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in MANNER_PREPS \
                and v.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            related.append(v.head.head)  # "X responded by expelling two diplomats": the subject of "responded"
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        # a conjoined clause with a subject of its own and a subordinator of its own ("said the collision was a
        # provocation and that Athens would raise it with its allies") is about someone else
        related.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not (
            has_subject and any(g.dep_ == "mark" for g in c.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)))
    for a in anchors:
        for child in a.children:
            dep = child.dep_
            if dep == "nsubj" and a.pos_ in ("VERB", "AUX") and child != tok:
                found.append((child, "actor"))
                found.extend((b, "partner") for b in _backers(child))
            elif dep == "agent":
                found.extend((g, "actor") for g in child.children if g.dep_ == "pobj")
            elif dep == "poss" and a == tok:
                found.append((child, "actor"))
            elif dep == "prep" and child.lower_ in PARTNER_PREPS:
                found.extend((g, "partner") for g in child.children if g.dep_ == "pobj")
            elif dep == "prep" and child.lower_ == "under" and a.pos_ == "VERB":
                # "reached port under escort of a Togolese navy patrol boat": those escorting it take part
                found.extend((h, "partner") for g in child.children if g.dep_ == "pobj" and g.lemma_.lower()
                             in ESCORT_NOUNS for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                             for h in p.children if h.dep_ == "pobj")
            elif dep == "prep" and child.lower_ == "by" and a == tok:
                # "arrived by road from X", "by helicopter": the means of travel, no one acting
                found.extend((g, "actor") for g in child.children if g.dep_ == "pobj" and not (
                    g.lower_ in TRAVEL_MEANS and not any(c.dep_ in ("det", "poss", "nummod") for c in g.children)))
            elif dep == "dobj" and a.pos_ == "VERB" and child != tok and event_type in TARGETED_TYPES:
                found.append((child, "target"))
                if event_type == "reduce_relations":  # "suspended its partnership with Georgia"
                    found.extend((g, "target") for p in child.children if p.dep_ == "prep"
                                 and p.lower_ in PARTNER_PREPS for g in p.children if g.dep_ == "pobj")
            elif dep == "prep" and child.lower_ == "to" and a == tok and event_type == "release" and any(
                    c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
                # "the fishermen were handed over to Iraqi officials": those a release hands people over to
                found.extend((g, "partner") for g in child.children if g.dep_ == "pobj")
            elif dep == "prep" and child.lower_ in ("of", "on", "against", "at") and event_type in (
                    "attack", "sanctions") and (a == tok or child.lower_ != "of"):
                # (not "on the orders of X", "on behalf of X": who the act is for, see _sponsors)
                found.extend((g, "target") for g in child.children if g.dep_ == "pobj"
                             and g.lower_ not in SPONSOR_NOUNS.get(child.lower_, ()))
            elif dep == "nsubjpass" and a == tok and tok.pos_ == "VERB" and (
                    event_type in TARGETED_TYPES or event_type in MOVED_TYPES):
                # "a Bangladeshi patrol was hit by a bomb": what it was done to; "the trawler was escorted into
                # port": the vessel moved takes part in its movement
                found.append((child, "target"))
            elif dep in ("amod", "compound") and a == tok and child.text[:1].isupper() and (
                    child.ent_type_ in ("NORP", "GPE", "ORG") or any(
                        t.role == "demonym" and t.start <= child.idx < t.end for t in sent_tops)):
                found.append((child, "actor"))  # "Russian shelling", "a Bangladeshi patrol"; not "a solidarity
                # strike" tagged ORG
    for v in related:
        if v in anchors:
            continue
        for child in v.children:
            if child.dep_ == "nsubj" and not _has_actor(found) and not _in_dateline(child):
                # (not a dateline the parse took for a second subject: "COLOMBO, May 28 - Sri Lanka's navy
                # arrested ... and seized": the navy seized)
                found.append((child, "actor"))
            elif child.dep_ == "nsubjpass" and tok.dep_ == "conj" and v == tok.head and tok.pos_ == "VERB" \
                    and event_type in TARGETED_TYPES | MOVED_TYPES and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                # "an aid worker was freed in X and flown to Y": the passive subject shared with the verb it is
                # conjoined with is the one the conjoined event is done to too
                found.append((child, "target"))
            elif child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
                found.extend((g, "partner") for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "dobj" and child != tok:
                # "... and conduct a joint patrol with Russian forces": partners of the conjoined event
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
                        found.extend((g, "partner") for g in prep.children if g.dep_ == "pobj")
        if not _has_actor(found) and any(
                c.dep_ == "xcomp" and c in anchors for c in v.children):
            # "X is expected to travel", "X was due to fly": the passive subject of the raising verb acts;
            # with none, the subject of the verb it is conjoined with ("X visited ... and is expected to")
            subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
            if not subjects and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                subjects = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            found.extend((c, "actor") for c in subjects[:1])
    if not _has_actor(found) and tok.pos_ == "VERB" and tok.dep_ == "xcomp" \
            and tok.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "forcing the canal authority to suspend traffic", "ordered the army to withdraw": the object of the
        # verb of force or bidding does what its infinitive says
        found.extend((c, "actor") for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i)
    elif not _has_actor(found) and tok.pos_ == "VERB" and tok.dep_ == "acl" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in BIDDING_VERBS:
        # the same parsed as a noun's complement ("forcing [X's authority to suspend traffic]")
        found.append((tok.head, "actor"))
    if not _has_actor(found) and tok.pos_ == "VERB" and tok.dep_ == "xcomp" \
            and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp" and tok.head.head.pos_ in ("VERB", "AUX"):
        # "the minister ... was due to travel to Paris", "she is set to visit": the subject of "be"; with none,
        # of the verb it is conjoined with ("was in Geneva ... and was due to travel")
        be = tok.head.head
        subjects = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and be.dep_ == "conj" and be.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in be.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        found.extend((c, "actor") for c in subjects[:1])
    if not _has_actor(found) and event_type in ACCUSED_ACT_TYPES:
        # "accused Pakistan of carrying out air strikes", "X was blamed for the attack": the one accused did it,
        # not the accuser (before a nominal trigger borrows the accusing verb's subject below)
        accused = _accused_of(tok)
        found = [(h, r) for h, r in found if h not in accused] + [(c, "actor") for c in accused]
    subject_of_verbs = bool(verbs) and all(tok in v.children and tok.dep_ in ("nsubj", "nsubjpass") for v in verbs)
    # ("wrapped up a visit to X aimed at reducing ...": a reduced relative on the nominal trigger has no subject
    # of its own to lend it)
    own_verbs = [v for v in verbs if not (v.dep_ == "acl" and v.head == tok and v.tag_ == "VBN") and v not in reported]
    speakers = {c for v in reported for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    if tok.pos_ == "NOUN" and (len(own_verbs) == 0 or subject_of_verbs and event_type in COMMUNICATIVE_TYPES) \
            and not _has_actor([(h, r) for h, r in found if h not in speakers]):
        # ("talks with his counterpart had brought the two countries closer", the minister said): talks that
        # are the subject of their verb are held by those who report them
        # a nominal trigger with no subject borrows the participants of the verbs that govern it
        # ("Xi told Russia's Foreign Minister ... during a meeting in Beijing")
        verb = tok.head
        for _ in range(4):
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                break
            agents = passive_agents(verb)
            for child in verb.children:
                if child.dep_ == "nsubj":
                    found.append((child, "actor"))
                elif child.dep_ in ("dobj", "dative") and child != tok and child not in tok.ancestors:
                    found.append((child, "partner"))
                elif child.dep_ == "prep" and child.lower_ in ("on", "against", "at") and event_type == "attack" \
                        and tok.dep_ == "dobj" and tok.head == verb:
                    # "gunmen opened fire on a Guyana Defence Force patrol boat", "launched an attack on X": the
                    # parse hangs what is attacked on the light verb
                    found.extend((g, "target") for g in child.children if g.dep_ == "pobj"
                                 and g.lower_ not in SPONSOR_NOUNS.get(child.lower_, ()))
            if agents and not any(tok in a.subtree for a in agents):
                # "the text was finalised by the two countries' ministers at a meeting in X": those the passive
                # verb names did it, not whoever reports it ("..., officials said")
                found.extend((a, "actor") for a in agents)
                break
            climb = ("ccomp", "xcomp", "conj", "advcl") if event_type in COMMUNICATIVE_TYPES else ("xcomp", "conj")
            if verb.head == verb or verb.dep_ not in climb:
                break
            if _has_actor(found) and event_type not in COMMUNICATIVE_TYPES:
                break
            verb = verb.head
    if not _has_actor(found) and event_type in ("attack", "arrest") and tok.pos_ == "VERB" \
            and any(c.dep_ == "auxpass" for c in tok.children):
        # "two people were shot dead when security forces dispersed a crowd": with no agent, the subject of
        # the clause that says when it happened did it
        for clause in tok.children:
            if clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while")
                                              for c in clause.children):
                found.extend((c, "actor") for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON")
    if event_type == "attack" and tok.pos_ == "VERB":
        # "gunmen ambushed a patrol ..., killing one Moroccan soldier": those a participle clause of the attack
        # kills or wounds were attacked
        for clause in tok.children:
            if clause.dep_ in ("advcl", "conj", "xcomp") and clause.tag_ == "VBG" \
                    and clause.lemma_.lower() in HARM_OBJECT_VERBS:
                found.extend((c, "target") for c in clause.children if c.dep_ == "dobj")
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and event_type in TARGETED_TYPES \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        found.append((tok.head, "target"))  # "a French teacher detained in Isfahan": the one detained
    if not _has_actor(found) and _misread_motion_participle(tok):
        found.append((tok.head, "actor"))  # "A Swedish battalion ... crossed into Finland ..., the army said"
    if event_type == "accident" and tok.pos_ == "VERB":
        # "the navy rescued 12 crew members of a cargo ship that sank off X": those who rescue from an accident
        # take part in it
        for anc in list(tok.ancestors)[:5]:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in RESCUE_VERBS:
                found.extend((c, "partner") for c in anc.children if c.dep_ == "nsubj")
                found.extend((g, "partner") for g in passive_agents(anc))
                break
    if event_type == "accident" and tok.pos_ == "VERB" and tok.lemma_.lower() in COLLISION_VERBS:
        # "the ferry struck the side of a Maltese-flagged tanker", "a bus hit a car": the vehicle struck is in the
        # collision too (the craft itself, not the part of it that was hit)
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            whole = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"] if obj.lemma_.lower() in VEHICLE_PARTS else []
            found.extend((w, "target") for w in (whole[:1] or [obj]))
    if event_type == "military_patrol" and tok.pos_ == "VERB" and tok.lemma_.lower() in WATCH_VERBS:
        # "a frigate shadowed a Russian warship", "the corvette was shadowed by HMS X", "ships ..., shadowed by
        # HMS X": the vessel or aircraft watched takes part
        watched = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            watched.append(tok.head)
        found.extend((w, "target") for w in watched)
    if event_type in ("military_patrol", "vessel_movement") and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
            and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in CONFRONT_VERBS:
        # "two navy gunboats stopped a coast guard patrol near the river mouth": those who stop it take part
        found.extend((c, "partner") for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON")
    if event_type in INCURSION_TYPES and tok.pos_ == "VERB":
        # "a Russian helicopter entered Estonian airspace", "ships sailed into Japanese waters": the state whose
        # airspace or waters are entered takes part
        spaces = [c for c in tok.children if c.dep_ == "dobj"]
        spaces += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "in", "over", "through")
                   for g in c.children if g.dep_ == "pobj"]
        found.extend((c, "target") for c in spaces if c.lemma_.lower() in SOVEREIGN_SPACES)
    if event_type == "military_patrol" and tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") \
            and not _has_actor(found) and tok.head.pos_ == "VERB":
        # "jets were scrambled to intercept two aircraft": those scrambled intercept
        found.extend((c, "actor") for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if not _has_actor(found) and event_type in ("attack", "arrest", "deployment"):
        # "a military air strike": with nobody named, the institution in the modifier acts
        found.extend((c, "actor") for c in tok.children
                     if c.dep_ in ("amod", "compound") and c.lemma_.lower() in DOMESTIC_ACTORS)
    if not _has_actor(found):
        for v in verbs[:1]:
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                first = _subject_after_dateline(v)
                if first is not None:
                    found.append((first, "actor"))
    # "killing five drivers, including two Ugandans", "arrested 12 people near X, including three Kenyans": those
    # the people acted on include are acted on too (the parse may hang a far "including" on the verb)
    found.extend((g, "target") for h, r in list(found) if r == "target" and _person_group(h)
                 for p in [*h.children, *(h.head.children if h.dep_ == "dobj" else ())]
                 if p.dep_ == "prep" and p.lower_ in INCLUDING_PREPS
                 for g in p.children if g.dep_ == "pobj")
    found = _outside_dateline(found)
    # "a cutter carrying Kiribati fisheries officers detained ...": those the acting craft carries
    found.extend([(b, "partner") for h, r in found if r == "actor" for b in _carried(h)])
    after_dateline = next(((b, h) for h, r in found if r == "actor" for a, b in datelines(h.doc)
                           if b <= h.i < b + 4 and a <= h.head.i < b), None)
    actors: list[Actor] = []
    seen: set[tuple[str, str | None]] = set()
    for head, role in found:
        for member in [head, *_conjuncts(head)]:
            if member == tok or tok in member.subtree and member.dep_ not in ("poss",) and not (
                    tok.dep_ == "acl" and member == tok.head):
                continue
            brief = [Actor(name, c, "partner", None, None, f"'{member.text} for {name}': the country it is for")
                     for c, name in _brief_countries(member, sent_tops)]
            for actor in [*_actor_from(member, role, sent_tops, memory, gazetteer,
                                       flag_party=event_type in FLAG_PARTY_TYPES), *brief]:
                key = (actor.name.lower(), actor.country)
                if key not in seen:
                    seen.add(key)
                    actors.append(actor)
    def stateless_leader(a: Actor) -> bool:  # "Prime Minister X", met, with no country of their own
        return a.country is None and a.role == "partner" and bool(LEADER_TITLES & set(a.name.lower().split()))

    filed = dateline_place(tok.doc)
    host = filed.country_iso3 if filed is not None and any(
        stateless_leader(a) and a.start is not None for a in actors) else None
    if host is not None and any(a.country and a.country != host for a in actors) \
            and host not in {a.country for a in actors}:
        # "Wong held talks with Prime Minister X" under a FUNAFUTI dateline: a leader met abroad, named with no
        # country of their own, leads the country the story is filed from
        actors = [Actor(a.name, host, a.role, a.start, a.end, f"a leader met at the dateline's place ({host})")
                  if stateless_leader(a) else a for a in actors]
        # the leader's names keep that country later in the article ("Tebboune made a state visit to X")
        for a in actors:
            if a.reason.startswith("a leader met") and a.start is not None:
                span = tok.doc.char_span(a.start, a.end, alignment_mode="expand")
                for ent in entities_in(span) if span is not None else []:
                    if ent.label_ == "PERSON":
                        memory.names.setdefault(ent.text.lower(), host)
                        for w in ent:
                            if w.text[:1].isupper() and len(w.text) > 1:
                                memory.names.setdefault(w.lower_, host)
    if after_dateline is not None and not any(a.country for a in actors if a.role == "actor"):
        # the name after the dash that the tagger read into the dateline's date ("April 9 - Kazakhstan")
        # is no toponym of the sentence: a country's own name still says who acts
        b, head = after_dateline
        words = [t for t in tok.doc[b:head.right_edge.i + 1] if not t.is_punct]
        name = " ".join(t.text for t in words)
        hit = next(iter(gazetteer.lookup(name, kinds=["country"], limit=1)), None) if words else None
        if hit is not None and hit.country_iso3 and (hit.raw or {}).get("name_type") in ("primary", "ascii", "curated"):
            actors = [a for a in actors if not (a.role == "actor" and a.country is None)]
            actors.append(Actor(name, hit.country_iso3, "actor", words[0].idx, words[-1].idx + len(words[-1]),
                                f"'{name}' after the dateline: country {hit.country_iso3}"))
    if event_type in REPORTED_TYPES and not any(a.country for a in actors):
        # "Mauritania's health ministry said three people had tested positive in X": an outbreak or a disaster
        # with no country named is the business of the state whose authority reports it (not of the country a
        # namesake town across a border may resolve to)
        for head in _state_reporter(tok):
            actors.extend(a for a in _actor_from(head, "actor", sent_tops, memory, gazetteer) if a.country)
    if event_type in SPONSORED_TYPES:
        # "two men bombed a rail depot on the orders of Russian military intelligence", "set fire to warehouses
        # on Russian orders", "on behalf of Iran": the state the act is said to be done for directs it
        _add_from_heads(actors, _sponsors(tok), "actor", "acting for", sent_tops, memory, gazetteer)
    if event_type in COMMUNICATIVE_TYPES | {"release"}:
        # "X and Y signed an agreement in Doha ..., Qatari mediators said": who brokered it takes part
        _add_from_heads(actors, _mediators(tok), "partner", "mediators who report it:", sent_tops, memory,
                        gazetteer)
    if event_type in CONVEYED_TYPES:
        # "the first contingent landed ... on a Royal Australian Air Force flight", "flown home on a Togolese
        # government plane": the state whose aircraft or ship carries them takes part
        for head, iso3 in _conveyor_countries(anchors, sent_tops, memory, gazetteer):
            _add_country(actors, gazetteer, iso3, "partner",
                         f"carried on '{head.text}' of {country_name(gazetteer, iso3)}")
    if event_type in REQUESTED_TYPES:
        # "Dutch police detained three suspects at Belgium's request", "at the request of the Solomon Islands
        # government": the state that asked for the act takes part in it
        _add_from_heads(actors, _requesters(tok), "partner", "requested by", sent_tops, memory, gazetteer)
    if event_type == "release" and not any(a.country and a.role == "actor" for a in actors):
        # "seven Iraqi fishermen detained by Kuwait's coast guard ... The fishermen were handed over to Iraqi
        # officials": with no one named releasing them, those who held the people freed release them
        for head in _holders(tok, anchors):
            held_in = head.sent  # (the toponyms of the sentence that told the holding)
            tops = [t for t in (tok.doc._.toponyms or []) if held_in.start_char <= t.start < held_in.end_char]
            _add_from_heads(actors, [head], "actor", "held them before:", tops, memory, gazetteer)
    if event_type == "sanctions":
        # "sanctions Fujairah firms and tankers over Iranian oil transfers", "sanctions over Russia's invasion":
        # the state whose conduct or goods the sanctions are over is their target
        overs = [c for a in {*anchors, tok} for c in a.subtree if c.dep_ == "prep" and c.lower_ == "over"
                 and not any(x.dep_ in CLAUSE_BOUNDARIES | {"advcl", "acl"} for x in _path_up(c, a))]
        for prep in dict.fromkeys(overs):  # (the parse hangs "over" on the verb, the sanctions or their object)
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                span = obj.doc[obj.left_edge.i:obj.i + 1]
                found_countries = phrase_countries(span, sent_tops, gazetteer=gazetteer)
                if len(found_countries) == 1 and found_countries[0] not in {b.country for b in actors}:
                    iso3 = found_countries[0]
                    actors.append(Actor(country_name(gazetteer, iso3), iso3, "target", span.start_char,
                                        span.end_char, f"sanctions over '{span.text}'"))
    if event_type in ("arrest", "seizure") and tok.pos_ == "VERB":
        for iso3, why in _counted_group_next(tok, gazetteer):
            _add_country(actors, gazetteer, iso3, "target", why)
    if event_type == "protest":
        for head, iso3 in _mission_countries(anchors, sent_tops, gazetteer):
            _add_country(actors, gazetteer, iso3, "target",
                         f"protest at the '{head.text}' of {country_name(gazetteer, iso3)}")
    if event_type == "diplomatic_summons" and tok.pos_ == "VERB" and not any(
            a.country and a.role == "actor" for a in actors):
        # "X's charge d'affaires was summoned to the foreign ministry in <capital>": a state summons envoys to
        # its own capital, so the state of the capital named as where the summons took place summoned
        for iso3, name in _summoning_capital(tok, sent_tops):
            if iso3 not in {a.country for a in actors if a.role == "actor"}:
                actors.insert(0, Actor(country_name(gazetteer, iso3), iso3, "actor", None, None,
                                       f"summoned in its capital '{name}'"))
    if event_type in BORDER_TYPES:
        for head, iso3 in _border_countries(tok, anchors, sent_tops, gazetteer):
            _add_country(actors, gazetteer, iso3, "target",
                         f"'{head.text} with {country_name(gazetteer, iso3)}': the neighbour across it")
    if event_type == "military_patrol" and tok.pos_ == "VERB":
        watched = [a for a in actors if a.role == "target" and a.country]
        if watched and tok.lemma_.lower() in WATCH_VERBS:
            memory.watched = watched
        elif tok.lemma_.lower() == "hand" and not any(a.role == "target" for a in actors):
            # "the British frigate handed over the watch to a French patrol vessel": the watch over the ships
            # shadowed earlier in the article
            actors.extend(Actor(a.name, a.country, "target", None, None, f"'{a.name}' watched earlier in the article")
                          for a in memory.watched if a.country not in {b.country for b in actors})
    if event_type == "election" and not any(a.country for a in actors):
        # an election is the business of the state holding it: with no country in its phrases ("Thursday's
        # general election"), the country last named ("Zambian police ... as the country awaited results")
        actors.extend(Actor(country_name(gazetteer, c), c, "actor", None, None, f"the state holding the election: {why}")
                      for c, why in _election_holder(tok, sent_tops, memory))
    if event_type in FIGHTING_TYPES:
        sides = [a for a in actors if a.country and a.role in ("actor", "partner")]
        if len({a.country for a in sides}) >= 2:
            memory.sides = sides
        elif not any(a.country for a in actors) and memory.sides and _continued_fighting(tok):
            # "X and Y forces exchanged fire ..., and fighting spread on Wednesday to ...": the same sides
            actors.extend(Actor(a.name, a.country, a.role, None, None,
                                f"'{tok.text} {tok.head.text}': the fighting of '{a.name}' told before")
                          for a in memory.sides)
    if event_type == "evacuation" and tok.pos_ == "VERB" and tok.lemma_.lower() in CROSSING_VERBS:
        origin = _crossed_from(tok, actors, sent_tops, memory)
        if origin is not None:
            actors.append(Actor(country_name(gazetteer, origin[0]), origin[0], "partner", None, None,
                                f"crossed into {origin[1]}: from the last other country named"))
            if origin[2] not in {a.country for a in actors}:
                actors.append(Actor(country_name(gazetteer, origin[2]), origin[2], "host", None, None,
                                    f"the country of {origin[1]}, crossed into"))
    if event_type == "vessel_movement" and tok.pos_ == "VERB" and tok.lemma_.lower() in PORT_ARRIVAL_VERBS:
        home = {a.country for a in actors if a.country}
        port = _arrival_port(tok, sent_tops) if home else None
        if port is not None and port[0] not in home:
            # "a Russian frigate sailed into Havana harbour": the country whose port foreign ships call at
            actors.append(Actor(country_name(gazetteer, port[0]), port[0], "host", None, None,
                                f"foreign ships {tok.text} {'' if tok.lemma_.lower() in PORT_OBJECT_VERBS else 'into '}"
                                f"{port[1]}: the port's country"))
    if any(a.country and a.role == "actor" and not a.reason.endswith(PAIR_REASON) for a in actors):
        # a named subject beats the guess for "the two countries"; partners ("with ships from Japan") do not
        actors = [a for a in actors if not a.reason.endswith(PAIR_REASON)]
    for actor in actors:
        if actor.role == "actor":
            memory.last_actor = actor
            break
    return actors


#: events a state's own authority reports for its territory ("the health ministry said X cases were confirmed")
REPORTED_TYPES = frozenset({"disease_outbreak", "natural_disaster", "accident"})
REPORT_VERBS = frozenset({"say", "report", "confirm", "announce", "state", "add", "tell"})
#: authorities speaking for a state (with a country word of their own: "Mauritania's health ministry")
STATE_AUTHORITIES = frozenset({"ministry", "government", "authorities", "authority", "agency", "minister",
                               "ministries", "officials", "navy", "coastguard", "army", "police"})


#: acts a third party can order ("on the orders of X")
SPONSORED_TYPES = frozenset({"attack", "crime", "seizure"})
#: "on the orders of X", "on X's orders", "on behalf of X", "at the behest of X", "on instructions from X"
SPONSOR_NOUNS = {"on": frozenset({"order", "orders", "behalf", "instruction", "instructions"}),
                 "at": frozenset({"behest", "direction"})}
CLAUSE_BOUNDARIES = frozenset({"ccomp", "relcl", "parataxis", "conj"})


#: events of people or goods carried somewhere, whose carrier's state takes part ("landed on a RAAF flight")
CONVEYED_TYPES = frozenset({"deployment", "visit", "release", "evacuation", "aid"})
#: what people are carried on ("on a Togolese government plane", "aboard an Indian navy ship")
CONVEYANCE_NOUNS = frozenset({"flight", "flights", "plane", "planes", "aircraft", "jet", "airliner", "helicopter",
                              "helicopters", "ship", "vessel", "frigate", "warship", "airlift"})
#: prepositions of being carried on something
CONVEYANCE_PREPS = frozenset({"on", "aboard", "onboard"})
#: events done at another state's request ("at Belgium's request", "at the request of X", "at the invitation of X")
REQUESTED_TYPES = frozenset({"arrest", "deployment", "release", "seizure", "evacuation", "aid", "visit",
                             "military_patrol", "military_exercise", "vessel_movement"})
#: nouns of asking after "at" ("at the request of X", "at X's invitation")
REQUEST_NOUNS = frozenset({"request", "invitation"})


#: those who broker talks or a deal between others ("Qatari mediators said")
MEDIATOR_NOUNS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "broker", "brokers"})


def _mediators(tok: Token) -> list[Token]:
    """The subject of the verb reporting the clause of ``tok``, when it names mediators ("... signed an agreement
    in Doha on Friday, Qatari mediators said")."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ == "ccomp":
            break
        if clause.head == clause:
            return []
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORT_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in MEDIATOR_NOUNS]


def _conveyor_countries(anchors: list[Token], sent_tops: list[Toponym], memory: ArticleMemory,
                        gazetteer: Gazetteer) -> list[tuple[Token, str]]:
    """The states of the aircraft or ships an event's verbs carry people on, by the words before the noun only
    ("on a Royal Australian Air Force flight from Brisbane": Australia, not where the flight left from)."""
    out: list[tuple[Token, str]] = []
    for a in anchors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        # the parse often hangs the phrase on the place before it ("landed at X's airport on a ... flight")
        preps = [c for c in a.children if c.dep_ == "prep"]
        preps += [p for c in preps for g in c.children if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ not in CONVEYANCE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lower_ not in CONVEYANCE_NOUNS or obj.left_edge.i == obj.i:
                    continue
                span = obj.doc[obj.left_edge.i:obj.i + 1]
                countries = phrase_countries(span, sent_tops, gazetteer=gazetteer)
                if not countries:
                    iso3, _ = phrase_country(span, sent_tops, memory, gazetteer=gazetteer)
                    countries = [iso3] if iso3 else []
                if len(countries) == 1:
                    out.append((obj, countries[0]))
    return out


def _requesters(tok: Token) -> list[Token]:
    """Who asked for the act of ``tok``, in the act's own clause ("at Belgium's request": the possessor;
    "at the request of the X government": the noun after "of")."""
    verb = _act_verb(tok)
    heads: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in REQUEST_NOUNS:
                continue
            heads.extend(g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                         for g in c.children if g.dep_ == "pobj")
            heads.extend(c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON")
    return heads


#: participles that make the agent after them a partner of the one they modify ("troops backed by Rwandan forces")
BACKING_VERBS = frozenset({"back", "support", "assist", "aid", "accompany", "join", "help"})


def _backers(subject: Token) -> list[Token]:
    """"Mozambican troops backed by Rwandan forces", "police supported by soldiers": those the subject acts with."""
    return [g for acl in subject.children if acl.dep_ == "acl" and acl.lemma_.lower() in BACKING_VERBS
            and acl.tag_ == "VBN" for agent in acl.children if agent.dep_ == "agent"
            for g in agent.children if g.dep_ == "pobj"]


#: participles of a craft that carries people aboard ("a cutter carrying Kiribati fisheries officers")
CARRYING_VERBS = frozenset({"carry", "transport", "ferry"})


def _carried(subject: Token) -> list[Token]:
    """"A U.S. Coast Guard cutter carrying Kiribati fisheries officers detained a longliner", "a cutter with
    Kiribati officers aboard": officers, troops or officials a craft carries take part in what it does (not its
    cargo, nor "five men" with no standing)."""
    carried = [g for acl in subject.children if acl.dep_ == "acl" and acl.tag_ == "VBG"
               and acl.lemma_.lower() in CARRYING_VERBS for g in acl.children if g.dep_ == "dobj"]
    # (the parse hangs "aboard" on the officers or on the craft)
    aboard = any(c.lower_ in ("aboard", "onboard") for c in subject.children)
    carried += [g for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for g in prep.children if g.dep_ == "pobj" and (aboard or any(
                    c.lower_ in ("aboard", "onboard") for c in g.children))]
    return [g for g in carried if g.lower_ in ACTOR_NOUNS | DOMESTIC_ACTORS]


def _act_verb(tok: Token) -> Token:
    """The verb of the act ``tok`` names, in its own clause (an event noun's governing verb; the noun itself when
    a clause boundary comes first)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ not in CLAUSE_BOUNDARIES:
        verb = verb.head
    return verb


def _sponsors(tok: Token) -> list[Token]:
    """The heads naming who an act was done for, in the act's own clause ("on the orders of X")."""
    verb = _act_verb(tok)
    heads: list[Token] = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in SPONSOR_NOUNS:
            continue
        nouns = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in SPONSOR_NOUNS[prep.lower_]]
        if not nouns:
            continue
        anc = prep.head
        while anc != verb and anc.dep_ not in CLAUSE_BOUNDARIES and anc.head != anc:
            anc = anc.head
        if anc != verb:
            continue  # inside another clause of the sentence ("..., which was carried out on ...")
        for noun in nouns:
            of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for g in c.children if g.dep_ == "pobj"]
            heads.extend(of or [noun])
    return heads


def _state_reporter(tok: Token) -> list[Token]:
    """The subject of the reporting verb whose complement clause holds ``tok``, when it is a state authority."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(2):
        if clause.dep_ != "ccomp" or clause.head == clause:
            break
        verb = clause.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORT_VERBS:
            return [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in STATE_AUTHORITIES
                    and any(g.dep_ in ("poss", "amod", "compound") and g.ent_type_ in ("GPE", "NORP")
                            for g in c.subtree)]
        clause = verb
    return []


#: verbs of ships reaching a port ("sailed into X harbour", "docked at X", "reached X")
PORT_ARRIVAL_VERBS = frozenset({"sail", "steam", "dock", "arrive", "berth", "anchor", "moor", "reach"})
#: of those, the verbs whose object is the port ("the trawler reached Klaksvik under escort")
PORT_OBJECT_VERBS = frozenset({"reach"})


def _arrival_port(tok: Token, sent_tops: list[Toponym]) -> tuple[str, str] | None:
    """The country and name of the city the ships of arrival verb ``tok`` reach ("into X harbour", "at X")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.lemma_.lower() in PORT_OBJECT_VERBS else []
    objects += [obj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("into", "in", "at")
                for obj in prep.children if obj.dep_ == "pobj"]
    for obj in objects:
        lo, hi = obj.left_edge.idx, obj.idx + len(obj.text)
        for t in sent_tops:
            if t.role == "literal" and t.place is not None and t.place.kind == "city" \
                    and t.place.country_iso3 and lo <= t.start and t.end <= hi:
                return t.place.country_iso3, t.text
    return None


def _mission_countries(anchors: list[Token], sent_tops: list[Toponym],
                       gazetteer: Gazetteer) -> list[tuple[Token, str]]:
    """The states whose embassy or consulate a protest is held at ("rallied outside the Japanese embassy",
    "a protest at Russia's embassy in X", "in front of the US consulate"): the one country named before the
    mission noun in its phrase (not the city it stands in)."""
    out: list[tuple[Token, str]] = []
    for a in anchors:
        for prep in a.children:
            if prep.dep_ != "prep" or prep.lower_ not in AT_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ == "front" and prep.lower_ == "in":  # "in front of the embassy"
                    obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children if g.dep_ == "pobj"), obj)
                if obj.lower_ not in MISSION_NOUNS:
                    continue
                countries = phrase_countries(obj.doc[obj.left_edge.i:obj.i + 1], sent_tops, gazetteer=gazetteer)
                if len(countries) == 1:
                    out.append((obj, countries[0]))
    return out


#: clauses that hang on a noun and say more about it, not where it is ("the ministry, which accused X of ...")
NOUN_CLAUSES = frozenset({"relcl", "acl", "appos"})


def _phrase_end(prep: Token) -> int:
    """The character end of the phrase of ``prep`` without the clauses on its nouns ("to the ministry, which
    said ... accused <capital> of ...": the capital is no part of where the act took place)."""
    skip = {t.i for c in prep.subtree if c.dep_ in NOUN_CLAUSES and c != prep for t in c.subtree}
    last = max((t for t in prep.subtree if t.i not in skip and not t.is_punct), key=lambda t: t.i, default=prep)
    return last.idx + len(last)


def _summoning_capital(tok: Token, sent_tops: list[Toponym]) -> list[tuple[str, str]]:
    """The country of a national capital a summons verb places itself in ("summoned to the foreign ministry in
    X", "summoned in X"): the phrase of "to"/"in" on the verb, or of "in" on its object there, when the verb has no
    agent ("by ...")."""
    if any(c.dep_ == "agent" for c in tok.children):
        return []
    spans: list[tuple[int, int]] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "to"):
            spans.append((prep.idx, _phrase_end(prep)))
    # on its object: "summoned X's ambassador in <capital>", "... X's ambassador to the foreign ministry in
    # <capital>" (the "in" inside the "to" phrase, not "the ambassador to <capital>": his post)
    for obj in tok.children:
        if obj.dep_ != "dobj":
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "to"):
                continue
            ins = [prep] if prep.lower_ == "in" else \
                [t for t in prep.subtree if t.dep_ == "prep" and t.lower_ == "in" and t.i > prep.i]
            spans.extend((p.idx, _phrase_end(p)) for p in ins)
    out: list[tuple[str, str]] = []
    for t in sent_tops:
        if t.place is None or t.place.feature_code != "PPLC" or not t.place.country_iso3 or t.role != "literal":
            continue
        if any(b <= t.start and t.end <= e for b, e in spans) and t.place.country_iso3 not in {c for c, _ in out}:
            out.append((t.place.country_iso3, t.text))
    return out[:1]


def _border_countries(tok: Token, anchors: list[Token], sent_tops: list[Toponym],
                      gazetteer: Gazetteer) -> list[tuple[Token, str]]:
    """The neighbours a closure or halt of a border names ("shut its crossings with X", "the crossings on the
    border with X were closed", "closed the border with X"): the countries of the "with" phrase of a border
    noun that is the trigger, its object or subject, or in one of its prepositional phrases."""
    nouns: list[Token] = []
    for a in {tok, *anchors}:
        if a.lower_ in BORDER_NOUNS:
            nouns.append(a)
        for c in a.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in BORDER_NOUNS:
                nouns.append(c)
    for n in list(nouns) + [a for a in {tok, *anchors}]:
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "at", "along", "across", "of"):
                nouns.extend(g for g in p.children if g.dep_ == "pobj" and g.lower_ in BORDER_NOUNS)
    out: list[tuple[Token, str]] = []
    for n in nouns:
        for p in n.children:
            if p.dep_ != "prep" or p.lower_ != "with":
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                for member in (g, *_conjuncts(g)):
                    span = member.doc[member.left_edge.i:member.i + 1]
                    for iso3 in phrase_countries(span, sent_tops, gazetteer=gazetteer):
                        if (n, iso3) not in out:
                            out.append((n, iso3))
    return out


def _election_holder(tok: Token, sent_tops: list[Toponym], memory: ArticleMemory) -> list[tuple[str, str]]:
    """The state holding an election none of whose phrases names a country: that of the first place in its
    phrase ("a repeat of the vote at three polling stations in X, on the border with Y"), else the country whose
    places the article has named most so far, the first named on a tie ("Zambian police ... as the country
    awaited results"); not merely the last country named (a neighbour, the kin state of a minority)."""
    phrase = tok
    while phrase.dep_ in ("pobj", "prep") and phrase.head.pos_ in ("NOUN", "ADP"):
        phrase = phrase.head  # "a repeat of the vote at polling stations in X": the noun phrase it heads
    lo, hi = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
    inside = sorted((t for t in sent_tops if lo <= t.start < hi and t.start > tok.idx and t.place is not None
                     and t.place.country_iso3 and t.place.kind != "country" and t.role == "literal"),
                    key=lambda t: t.start)
    if inside:
        return [(inside[0].place.country_iso3, f"the country of {inside[0].place.name}, where it is held")]
    counts = dict(memory.place_counts)  # in the order first named
    for t in sent_tops:
        if t.start < tok.idx and t.place is not None and t.place.country_iso3 and t.role != "embedded":
            counts[t.place.country_iso3] = counts.get(t.place.country_iso3, 0) + 1
    if not counts:
        return [(c, "the last country named") for c in memory.last_two(sent_tops, tok.idx)[-1:]]
    first = {c: i for i, c in enumerate(counts)}
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return [(best, "the country whose places the article names most")]


#: verbs that charge someone with an act ("accused X of carrying out strikes", "blamed X for the attack")
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})
#: events whose doer an accusation names
ACCUSED_ACT_TYPES = frozenset({"attack", "armed_conflict", "seizure", "crime", "arrest", "deployment",
                               "military_patrol"})
#: light verbs that carry a nominal act ("carrying out strikes", "launching an attack")
LIGHT_ACT_VERBS = frozenset({"carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "order",
                             "orchestrate", "plan", "organise", "organize"})


def _accused_of(tok: Token) -> list[Token]:
    """Those an accusation charges with the act of ``tok``: the object (or passive subject) of "accuse"/"blame"
    whose "of"/"for" phrase holds the act ("accused Pakistan of (carrying out) air strikes", "Pakistan was
    accused of bombing", "blamed the rebels for the attack"), or the object of "on" after "blamed the attack"."""
    node = tok
    if node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in LIGHT_ACT_VERBS:
        node = node.head  # "of carrying out air strikes": the light verb carries the act
    if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep" and node.head.lower_ in ("of", "for"):
        verb = node.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSE_VERBS:
            return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() == "blame":
        # "blamed the attack on the rebels" (the parse may hang "on the rebels" on the attack or a noun in it:
        # the last "on" of the phrase)
        ons = [c for c in [*tok.head.children, *tok.subtree] if c.dep_ == "prep" and c.lower_ == "on"]
        return [g for g in max(ons, key=lambda c: c.i).children if g.dep_ == "pobj"] if ons else []
    return []


#: events that can cross into another state's space
INCURSION_TYPES = frozenset({"military_patrol", "vessel_movement", "deployment"})
#: what a state holds in the air or at sea ("Estonian airspace", "Japanese territorial waters")
SOVEREIGN_SPACES = frozenset({"airspace", "waters", "territory"})
#: verbs of people crossing a border in flight ("3,000 people crossed the river into X")
CROSSING_VERBS = frozenset({"cross", "flee", "escape", "pour", "stream", "spill"})


def _crossed_from(tok: Token, actors: list[Actor], sent_tops: list[Toponym],
                  memory: ArticleMemory) -> tuple[str, str, str] | None:
    """The country people crossing "into" a place of another country came from, when no actor names one: the
    last other country the article named ("jets bombed X in Myanmar ... 3,000 people crossed the river into Mae
    Sot district": Myanmar); (ISO3, the destination's text, its ISO3) or ``None``."""
    dest = None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "into":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            dest = next((t for t in sent_tops if obj.left_edge.idx <= t.start and t.end <= obj.right_edge.idx
                         + len(obj.right_edge) and t.place is not None and t.place.country_iso3
                         and t.role in ("literal", "demonym")), None)
            if dest is None:
                # a name the sentence's toponyms missed but the article resolved elsewhere ("into Mae Sot
                # district" after "MAE SOT, Thailand" and "near Mae Sot")
                words = obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text
                dest = next((t for t in (tok.doc._.toponyms or []) if t.role == "literal" and t.place is not None
                             and t.place.country_iso3 and len(t.text) > 3
                             and re.search(rf"\b{re.escape(t.text)}\b", words)), None)
    if dest is None:
        return None
    home = dest.place.country_iso3
    if any(a.country and a.country != home for a in actors):
        return None
    others = [c for c in memory.last_two(sent_tops, tok.idx) if c != home]
    return (others[-1], dest.text, home) if others else None


#: events with sides that fight each other
FIGHTING_TYPES = frozenset({"attack", "armed_conflict"})
#: verbs that carry fighting already told on in place or time ("fighting spread to", "clashes continued")
CONTINUE_VERBS = frozenset({"spread", "continue", "resume", "escalate", "intensify", "rage", "persist", "spill",
                            "extend", "widen"})


def _continued_fighting(tok: Token) -> bool:
    """Is ``tok`` a noun of fighting with no one named, the subject of a verb that carries it on ("fighting
    spread on Wednesday to X", "the clashes continued")?"""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in CONTINUE_VERBS and not any(
            c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children)


def _counted_group_next(tok: Token, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """"arrested four men. The four, two Fijians and a Chinese national, were charged ...": the nationalities
    one of the next sentences gives the same counted group (its subject "the four" in apposition)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    counts = {g.lower_ for o in objs for g in o.children if g.dep_ == "nummod" and g.pos_ == "NUM"}
    if not counts:
        return []
    doc = tok.doc
    end = tok.sent.end
    following: list[Token] = []
    for _ in range(3):  # the sentences right after it ("the four" is seldom told much later)
        if end >= len(doc):
            break
        following.extend(doc[end].sent)
        end = doc[end].sent.end
    for subj in following:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "The four, two Fijians, ...": a subject opening on "the" + the count and a comma (the parse heads it on
        # the count or on the first group after it)
        first = subj.left_edge
        if first.lower_ not in ("the", "all", "these") or first.i + 2 > subj.right_edge.i:
            continue
        count, comma = doc[first.i + 1], doc[first.i + 2]
        if count.lower_ not in counts or comma.text != ",":
            continue
        span = doc[comma.i + 1:subj.right_edge.i + 1]
        return [(iso3, f"'the {count.text}' told later: {span.text}")
                for iso3 in phrase_countries(span, [], gazetteer=gazetteer)]
    return []


def _group_members(span: Span) -> list[str]:
    """The member countries of the groups of countries a phrase names ("prime ministers of the five Nordic and
    three Baltic countries", "Nordic and Baltic leaders"): a group adjective (:data:`COUNTRY_GROUPS`) on, or
    conjoined with a word on, a noun of states or their people (:data:`GROUP_HEADS`)."""
    out: list[str] = []
    for tok in span:
        members = COUNTRY_GROUPS.get(tok.lower_)
        if members is None or not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN"):
            continue
        head = tok
        for _ in range(3):
            if head.dep_ not in ("amod", "compound", "conj", "nmod") or head.head == head:
                break
            head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_HEADS and head.tag_ == "NNS":
            out.extend(c for c in members if c not in out)
    return out


def _brief_countries(head: Token, sent_tops: list[Toponym]) -> list[tuple[str, str]]:
    """The country an envoy or mediator is for ("the U.N. special envoy for Yemen"): (ISO3, name) of a country
    named after "for" on the head."""
    if head.lemma_.lower() not in BRIEF_HEADS:
        return []
    out: list[tuple[str, str]] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for t in sent_tops:
                if t.start <= obj.idx < t.end and t.place is not None and t.place.kind == "country" \
                        and t.place.country_iso3:
                    out.append((t.place.country_iso3, t.text))
    return out


#: titles of a head of state or government ("Prime Minister X", "President Y")
LEADER_TITLES = frozenset({"president", "premier", "prime", "king", "queen", "emir", "sultan", "chancellor"})


def _outside_dateline(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """Actor heads moved out of a wire dateline the parser took for the subject ("CATANIA, Italy, July 7 -
    Mount Etna erupted": "CATANIA" heads the subject; the words after the dash are the real subject)."""
    if not found:
        return found
    lines = datelines(found[0][0].doc)
    if not lines:
        return found
    out: list[tuple[Token, str]] = []
    for head, role in found:
        line = next(((a, b) for a, b in lines if a <= head.i < b), None)
        if line is None:
            out.append((head, role))
        elif head.right_edge.i >= line[1]:
            out.append((head.doc[line[1]:head.right_edge.i + 1].root, role))
        elif role == "actor" and _subject_after_dateline(head.head) is not None:
            out.append((_subject_after_dateline(head.head), role))
    return out


def _subject_after_dateline(verb: Token) -> Token | None:
    """The name right after a wire dateline's dash that the parse hung on the dateline ("ASTANA, April 9 -
    Kazakhstan summoned ...": "Kazakhstan" a conjunct of "April", the capitals or nothing the subject): the
    real subject of ``verb``, which follows it."""
    for a, b in datelines(verb.doc):
        if b < len(verb.doc) and verb.i > b:
            first = verb.doc[b]
            if first.pos_ in ("PROPN", "NOUN") and a <= first.head.i < b and first.right_edge.i < verb.i \
                    and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[b:verb.i]):
                return first
    return None


def _in_dateline(tok: Token) -> bool:
    """Is ``tok`` a word of a wire dateline whose phrase ends inside it ("CATANIA, Italy, July 7 -")?"""
    return any(a <= tok.i < b and tok.right_edge.i < b for a, b in datelines(tok.doc))


def _conjuncts(tok: Token) -> list[Token]:
    return [c for c in tok.conjuncts if c.i > tok.i]


def actor_phrase(head: Token) -> Span:
    """The actor phrase: the head with its left modifiers, "of X" and appositions; no relative clauses."""
    doc = head.doc
    left = head.i
    for child in head.lefts:
        left = min(left, child.left_edge.i)
    right = head.i + 1
    for child in head.rights:
        if child.dep_ in ("appos", "compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            right = max(right, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.pos_ == "PROPN" or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(n.dep_ == "pobj" and n.pos_ == "PROPN"
                                                                 for n in p.children) for p in g.children))
                for g in child.children):
            # "Houthi forces in Yemen", "police in Springfield", "dockworkers at the port of Rotterdam"
            right = max(right, child.right_edge.i + 1)
    for start, end in datelines(doc):
        if left < end <= head.i:
            left = end  # "MOMBASA, Kenya, Aug 4 - An Indian Navy frigate": the dateline is not the frigate's
    span = doc[left:right]
    while len(span) > 1 and (span[0].is_punct or span[0].lower_ in ("the", "a", "an")):
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _counted_referent(span: Span) -> str | None:
    """"The four were travelling as tourists": the country of the people counted with the same number word
    earlier in the article ("four Spanish citizens"); only for a bare "the" + number phrase."""
    words = [t for t in span if t.lower_ not in ("the", ",")]
    if len(words) != 1 or words[0].pos_ != "NUM" or not words[0].is_alpha:
        return None
    doc, num = span.doc, words[0].lower_
    tops = [t for t in (doc._.toponyms or []) if t.role == "demonym" and t.place is not None
            and t.place.country_iso3 and t.end <= span.start_char]
    found = None
    for tok in doc[:span.start]:
        if tok.lower_ == num and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
            noun = tok.head
            lo, hi = noun.left_edge.idx, noun.idx + len(noun.text)
            hit = next((t.place.country_iso3 for t in tops if lo <= t.start and t.end <= hi), None)
            if hit is not None:
                found = hit
    return found


def _resolve_pronoun(head: Token, memory: ArticleMemory) -> Actor | None:
    """"it" in "The Chinese military has announced that it would hold ..." → the subject of a governing verb,
    else the article's last actor; an object pronoun is the object of a governing verb ("freed 38 fishermen a
    week after seizing them": the fishermen, not the group that seized them)."""
    if head.dep_ == "dobj" and head.lower_ in ("them", "him", "her", "it"):
        verb = head.head
        for _ in range(3):
            if verb.head == verb:
                break
            verb = verb.head
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
            if head.lower_ == "it":
                # "a Chinese ship had been tracked ... and a patrol boat was shadowing it": the thing the clause
                # it is conjoined with is about, object or passive subject
                objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]
            if objects and not ({objects[0].lower_, objects[0].lemma_.lower()} & (ACTOR_NOUNS | DOMESTIC_ACTORS)
                                or objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
                break  # "switched off their transponders before meeting them": no one who can act
            if objects:
                obj = objects[0]
                if (obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)) == (
                        head.lower_ == "them"):
                    span = actor_phrase(obj)
                    return Actor(span.text, None, "actor", span.start_char, span.end_char, "")
                break
    verb = head.head
    for _ in range(4):
        if verb.head == verb:
            break
        verb = verb.head
        if verb.i > head.i and any(c.dep_ == "nsubj" and c.i > head.i for c in verb.children):
            break  # "It agreed on Saturday ..., the world body said": the one reporting is someone else
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON" and child != head:
                span = actor_phrase(child)
                return Actor(span.text, None, "actor", span.start_char, span.end_char, "")
    previous = _previous_subject(head)
    if previous is not None and (memory.last_actor is None or memory.last_actor.start is None
                                 or memory.last_actor.start < previous.start_char):
        return Actor(previous.text, None, "actor", previous.start_char, previous.end_char, "")
    return memory.last_actor


def _previous_subject(pron: Token) -> Span | None:
    """For a pronoun that opens its sentence as a subject ("It agreed on Saturday to ..."), the subject of the
    previous sentence's main verb when it can act and agrees in number ("The government in X had closed
    the crossing ... It agreed ...")."""
    sent = pron.sent
    if sent.start == 0 or pron.dep_ != "nsubj" or pron.i != sent.start:
        return None
    prev = pron.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if subj.lemma_.lower() not in ACTOR_NOUNS | DOMESTIC_ACTORS and subj.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if (pron.lower_ in PRONOUNS_PLURAL) != plural:
        return None
    return actor_phrase(subj)


#: overseas territories and their sovereign state: an event in a territory or by its authorities is the
#: sovereign's business too ("gendarmes fired tear gas in Dumbéa", New Caledonia: France as well)
TERRITORY_SOVEREIGNS = {
    **dict.fromkeys(("GLP", "MTQ", "GUF", "REU", "MYT", "NCL", "PYF", "SPM", "WLF", "BLM", "MAF", "ATF"), "FRA"),
    **dict.fromkeys(("GRL", "FRO"), "DNK"),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"), "USA"),
    **dict.fromkeys(("GIB", "BMU", "CYM", "VGB", "TCA", "AIA", "MSR", "FLK", "SHN", "PCN", "IOT", "SGS"), "GBR"),
    **dict.fromkeys(("ABW", "CUW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("CXR", "CCK", "NFK", "HMD"), "AUS"),
    "TKL": "NZL", "SJM": "NOR",
}


def with_sovereigns(actors: list[Actor], gazetteer: Gazetteer) -> list[Actor]:
    """``actors`` and, after each one of an overseas territory, its sovereign state in the same role, when not
    there already ("police in Saint-Denis", Réunion: France too); the territory's own code is kept."""
    out: list[Actor] = []
    have = {a.country for a in actors}
    for a in actors:
        out.append(a)
        sovereign = TERRITORY_SOVEREIGNS.get(a.country or "")
        if sovereign and sovereign not in have:
            have.add(sovereign)
            out.append(Actor(country_name(gazetteer, sovereign), sovereign, a.role, None, None,
                             f"{a.country} is an overseas territory of {sovereign}"))
    return out


#: types whose target ship's flag state takes part: the state whose ship is seized, boarded, attacked, fired on,
#: rescued, towed or escorted away ("the coast guard seized a Liberian-flagged tanker": Liberia); not the
#: sanctioned or the criticised
FLAG_PARTY_TYPES = frozenset({"attack", "seizure", "arrest", "crime", "release", "evacuation", "vessel_movement",
                              "military_patrol", "accident"})


def _actor_from(head: Token, role: str, sent_tops: list[Toponym], memory: ArticleMemory,
                gazetteer: Gazetteer, *, flag_party: bool = False) -> list[Actor]:
    lower = head.lower_
    if lower in ("who", "which", "that") and head.head.dep_ == "relcl" and head.head.head.pos_ in (
            "NOUN", "PROPN"):
        head = head.head.head  # "President Noboa, who declared ...": the noun the clause is about
        lower = head.lower_
    if head.pos_ == "PRON":
        if lower in PRONOUNS_SINGULAR or lower in ("they", "them"):
            ref = _resolve_pronoun(head, memory)
            if ref is not None and ref.country is None:
                sent = head.sent
                span = sent.doc.char_span(ref.start, ref.end) if ref.start is not None else None
                if span is not None:
                    tops = sent_tops if span.start >= sent.start else [  # a subject in an earlier sentence
                        t for t in (sent.doc._.toponyms or []) if span.start_char <= t.start < span.end_char]
                    country, _ = phrase_country(span, tops, memory, gazetteer=gazetteer)
                    if country is None:
                        country = _counted_referent(span)
                    ref = Actor(ref.name, country, role, ref.start, ref.end, ref.reason)
            if ref is not None:
                return [Actor(ref.name, ref.country, role, head.idx, head.idx + len(head),
                              f"'{head.text}' = {ref.name}")]
        return []
    span = actor_phrase(head)
    prev = head.doc[span.start - 1] if span.start > head.sent.start else None
    if head.pos_ == "PROPN" and prev is not None and prev.lower_ in UNIT_NOUNS and prev.head != head \
            and prev.left_edge.i < prev.i:
        # "the French frigate Bretagne called at Nuuk": a ship's name the parse cut from its noun is still the
        # ship the noun's modifiers describe
        span = head.doc[prev.left_edge.i:span.end]
        while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
    text = span.text.strip(" ,")
    pair = PAIR_WORDS.search(text)
    if pair or (head.lemma_ in ("country", "nation", "side") and any(c.lower_ == "their" for c in head.children)):
        return [Actor(country_name(gazetteer, c), c, role, span.start_char, span.end_char,
                      f"'{text}' = {PAIR_REASON}") for c in memory.last_two(sent_tops, span.start_char)]
    countries = phrase_countries(span, sent_tops, gazetteer=gazetteer)
    owner = _possessor_subject(head) if not countries else None
    if owner is not None and PAIR_WORDS.search(owner.text):
        # "the two countries said their navies would carry out a joint patrol": the navies of both
        return [Actor(country_name(gazetteer, c), c, role, span.start_char, span.end_char,
                      f"'{text}' of '{owner.text}' = {PAIR_REASON}")
                for c in memory.last_two(sent_tops, owner.start_char)]
    group = _group_members(span)
    if group:
        countries += [c for c in group if c not in countries]
    if len(countries) > 1:
        # "China-Russia drills", "Chinese and Russian militaries"
        for iso3 in countries:
            memory.note_country(iso3)
        return [Actor(country_name(gazetteer, c), c, role, span.start_char, span.end_char,
                      f"'{text}' names {len(countries)} countries") for c in countries]
    country, reason = phrase_country(span, sent_tops, memory, gazetteer=gazetteer)
    flag = country is not None and _flag_only(span, sent_tops, gazetteer)
    if flag and not _flag_on_head(head):
        # "the crew of a Panama-flagged tanker attacked the guards", "the owner of the Maltese-flagged ship was
        # detained": a ship's flag is its own, not its crew's or owner's
        country, reason = None, "flag of the ship only"
    elif flag and role == "target" and not flag_party:
        # "sanctions on five Panama-flagged tankers": the registry of a ship others sanction or criticise is no
        # party to it; a ship seized, boarded or fired on is its flag state's ("the Marshall Islands-flagged
        # vessel was boarded by commandos": the Marshall Islands), as is a ship's own accident ("a
        # Danish-registered plane crashed")
        country, reason = None, "flag state only"
    elif flag:
        reason = f"{FLAG_STATE} of the ship: {reason}"
    if country is None and owner is not None:
        # "Japan said its coast guard would ...": the subject the possessive refers to
        owned, why = phrase_country(owner, sent_tops, memory, gazetteer=gazetteer)
        if owned is not None:
            country, reason = owned, f"'{text}' of '{owner.text}' ({why})"
    if country is None:
        country, reason = _sender_country(head, sent_tops, memory, gazetteer, (country, reason))
    if country is None:
        country, reason = _origin_country(head, sent_tops, gazetteer, (country, reason))
    if country is None and (role == "actor" or flag_party):
        country, reason = _flag_told_next(head, gazetteer, (country, reason))
    if country is None:
        country, reason = _based_in(head, sent_tops, (country, reason))
    if country is None:
        country, reason = _operator_country(head, sent_tops, memory, gazetteer, (country, reason))
    if country is None and not _named(span) and not {head.lemma_.lower(), head.lower_} & (
            ACTOR_NOUNS | DOMESTIC_ACTORS):
        return []  # "other partners", "specific dates": nobody a user could filter by
    actor = Actor(name=text, country=country, role=role, start=span.start_char, end=span.end_char,
                  reason=reason)
    key = _head_key(head)
    if country and head.lemma_.lower() in ACTOR_NOUNS and reason != "no country cue" and "refers back" not in reason \
            and (role == "actor" or memory.head_roles.get(key) != "actor"):
        # "the delegation" after "a South Korean delegation"; "the minister" after "Indian Foreign Minister X
        # arrived ... X met Nepal's foreign minister" is the one who acts, not the one met
        # (a later "the tanker" after "a Panama-flagged tanker" keeps the mark of a flag)
        memory.heads[key] = (country, f"{text} ({FLAG_STATE})" if flag else text)
        memory.head_roles[key] = role
    if country and role == "actor" and head.pos_ == "PROPN" and reason != "no country cue" \
            and "refers back" not in reason:
        # "Indian Foreign Minister Arjun Rao arrived": the title is a head a later "the minister" refers back to
        for title in (t for t in span if t.dep_ == "compound" and t.head == head and t.lemma_.lower() in ACTOR_NOUNS):
            memory.heads[_head_key(title)] = (country, text)
            memory.head_roles[_head_key(title)] = role
    if country and "refers back" not in reason and "named earlier" not in reason:
        for w in _unit_words(span):
            memory.units.setdefault(w, []).append((country, text, span.start_char, span.end_char))
    if flag:
        # a flag is the ship's own: a later "the jigger" or "the tanker" is that ship ("a Chinese-flagged squid
        # jigger" ... "the jigger was escorted into port": China), but its country is no name's or pair's
        return [actor]
    if country:
        # remember names for later mentions ("Xi", "Zhang", "the Air Force")
        for ent in entities_in(span):
            if ent.label_ in ("PERSON", "ORG"):
                memory.names[ent.text.lower().removeprefix("the ")] = country
            if ent.label_ == "PERSON":  # "Xi" after "Chinese leader Xi Jinping"
                for w in ent:
                    if w.text[:1].isupper() and len(w.text) > 1:
                        memory.names.setdefault(w.lower_, country)
        # "the Air Force" after "the US Air Force": the name without its country words
        words = [w for w in span if w.text[:1].isupper() and w.ent_type_ not in ("GPE", "NORP")
                 and not any(t.start <= w.idx < t.end for t in sent_tops)]
        if len(words) >= 2:
            memory.names.setdefault(" ".join(w.lower_ for w in words), country)
        memory.note_country(country)
    return [actor]


#: what the reason of an actor whose country is only a ship's flag says: the place's own country still hosts the
#: ship's accident (see event_assembly)
FLAG_STATE = "flag state"


def flag_state_only(actor: Actor) -> bool:
    """Is the actor's country only the flag of a ship ("a Malta-flagged tanker ran aground off Ventspils")?"""
    return FLAG_STATE in actor.reason


#: words after a country that say where a ship or aircraft is registered ("a Panama-flagged tanker")
FLAG_WORDS = frozenset({"flagged", "registered", "flag"})


#: ships and craft whose flag a later sentence may tell ("an oil tanker ran aground" ... "The Malta-flagged X")
FLAGGED_CRAFT = VEHICLE_NOUNS | frozenset({"turboprop", "longliner", "trawler", "jigger", "seiner", "bulker",
                                           "carrier", "freighter", "tanker", "cutter"})


def _flag_told_next(head: Token, gazetteer: Gazetteer,
                    default: tuple[str | None, str]) -> tuple[str | None, str]:
    """"An oil tanker ran aground near Ventspils ... The Malta-flagged Aegean Pearl, which was arriving in ballast,
    was pushed onto a sandbank": a craft first told without a country ("a"/"an") takes the flag the next sentence
    gives the definite craft that is its subject, as news tells a ship's details after the lede (when that
    sentence tells no event of the craft's own, which has the flag itself)."""
    if head.lemma_.lower() not in FLAGGED_CRAFT or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return default
    doc = head.doc
    nxt = doc[head.sent.end].sent if head.sent.end < len(doc) else None
    while nxt is not None and not nxt.text.strip() and nxt.end < len(doc):
        nxt = doc[nxt.end].sent  # (a blank line between paragraphs)
    if nxt is None:
        return default
    # the sentence's first subject ("The Malta-flagged X, ..., was pushed onto a sandbank, the coast guard said")
    for subj in [t for t in nxt if t.dep_ in ("nsubj", "nsubjpass")][:1]:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.subtree if c.i < subj.i) \
                or not _flag_on_head(subj):
            continue
        if find_trigger(subj.head) is not None:
            continue  # "The Panama-flagged Sea Breeze ... struck a sandbank": an event told with its own flag
        flag = next(t for t in doc[subj.left_edge.i:subj.i] if t.lower_.lstrip("-") in FLAG_WORDS)
        # the words before the flag word only (not a ship's name read as a town: "the Malta-flagged Aegean Pearl")
        span = doc[subj.left_edge.i:flag.i]
        tops = [t for t in (doc._.toponyms or []) if span.start_char <= t.start < span.end_char]
        countries = phrase_countries(span, tops, gazetteer=gazetteer)
        if len(countries) == 1:
            return countries[0], f"{FLAG_STATE} of '{doc[subj.left_edge.i:subj.i + 1].text}' told next"
    return default


def _flag_on_head(head: Token) -> bool:
    """Is a flag word among the head's own modifiers ("the Liberian-flagged tanker"), not in an "of" phrase on it
    ("the crew of a Liberian-flagged tanker")?"""
    for tok in head.subtree:
        if tok.lower_.lstrip("-") in FLAG_WORDS:
            t = tok
            while t != head and t.dep_ not in ("prep", "pobj", "relcl", "acl") and t.head != t:
                t = t.head
            if t == head:
                return True
    return False


def _flag_only(span: Span, sent_tops: list[Toponym], gazetteer: Gazetteer) -> bool:
    """Are all the country words of the phrase a flag ("a Uruguayan-flagged fishing vessel", "the Marshall
    Islands-flagged tanker", "a Danish-registered plane")?"""
    flag_chars: list[tuple[int, int]] = []
    for tok in span:
        text = tok.lower_.lstrip("-")
        if text in FLAG_WORDS and tok.i > span.start and (tok.lower_.startswith("-") or tok.doc[tok.i - 1].text in (
                "-", "–")) and (tok.lower_ != "flag" or tok.i + 1 < span.end):
            end = tok.doc[tok.i - 1].idx if not tok.lower_.startswith("-") else tok.idx
            j = tok.i - 1 if not tok.lower_.startswith("-") else tok.i
            while j > span.start and tok.doc[j - 1].text[:1].isupper():
                j -= 1
            flag_chars.append((tok.doc[j].idx, end))
    if not flag_chars:
        return False
    cues = [t for t in sent_tops if t.start < span.end_char and span.start_char < t.end and t.place is not None
            and t.place.country_iso3 and (t.role == "demonym" or t.place.kind in ACTOR_PLACE_KINDS)]
    cues_chars = [(t.start, t.end) for t in cues]
    cues_chars += [(w.idx, w.idx + len(w)) for w in span if w.text[:1].isupper() and gazetteer.demonym(w.text)]
    return bool(cues_chars) and all(any(a < e <= b for a, b in flag_chars) for _, e in cues_chars)


#: prepositions that name some of a group ("five drivers, including two Ugandans")
INCLUDING_PREPS = frozenset({"including"})


def _person_group(head: Token) -> bool:
    """Is ``head`` a group of people, counted or plural ("five drivers", "12 people", "the passengers")?"""
    return head.pos_ == "NOUN" and head.tag_ == "NNS"


#: verbs of a collision whose object is the other vehicle ("the ferry struck a tanker", "a truck hit a bus")
COLLISION_VERBS = frozenset({"strike", "hit", "ram"})
#: parts of a ship or vehicle that a collision hits ("struck the side of the tanker"): the craft is the one hit
VEHICLE_PARTS = frozenset({"side", "bow", "stern", "hull", "rear", "back", "front", "flank", "port", "starboard"})


#: verbs whose object belongs to their subject ("Chile sent two planes": the planes are Chile's)
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "despatch", "lend", "provide", "offer", "contribute"})


def _sender_country(head: Token, sent_tops: list[Toponym], memory: ArticleMemory, gazetteer: Gazetteer,
                    default: tuple[str | None, str]) -> tuple[str | None, str]:
    """The country of whoever sent the force or craft ``head`` names, when it has none of its own ("Chile sent two
    firefighting planes that landed in Esquel": the planes are Chile's, not the host's)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING_VERBS:
        return default
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return default
    country, reason = phrase_country(actor_phrase(subj), sent_tops, memory, gazetteer=gazetteer)
    if country is None:
        return default
    return country, f"sent by '{actor_phrase(subj).text}' ({reason})"


#: the people of a craft ("its crew", "its captain")
CREW_NOUNS = frozenset({"crew", "crewman", "crewmen", "captain", "skipper", "master", "passenger", "sailor",
                        "fisherman", "pilot"})


def _possessor_subject(head: Token) -> Span | None:
    """The phrase "their"/"its" before ``head`` refers to: the subject of the verb that reports or governs the
    clause ``head`` is in ("the two countries said that their navies would ...", "Japan said its coast guard
    had ..."), agreeing in number; ``None`` when there is no such possessive or subject."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("their", "its")), None)
    if poss is None:
        return None
    if poss.lower_ == "its" and head.lemma_.lower() in CREW_NOUNS and head.head.dep_ == "conj":
        # "seized a Chinese fishing boat and detained its 11 crew": the crew of the craft the verb before took
        craft = next((c for c in head.head.head.children if c.dep_ in ("dobj", "nsubjpass")
                      and c.lemma_.lower() in FLAGGED_CRAFT), None)
        if craft is not None:
            return actor_phrase(craft)
    verb = head.head
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX") or verb.head == verb:
            break
        if head.dep_ in ("nsubj", "nsubjpass") and head.head == verb or verb == head.head:
            verb = verb.head  # the possessive's own clause: its subject is the phrase itself
            continue
        break
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or poss in subj.subtree:
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if plural != (poss.lower_ == "their"):
        return None
    return actor_phrase(subj)


#: verbs of coming over from another country ("gunmen who had crossed from Afghanistan")
ORIGIN_VERBS = frozenset({"cross", "come", "infiltrate", "sneak", "slip", "enter"})


def _origin_country(head: Token, sent_tops: list[Toponym], gazetteer: Gazetteer,
                    default: tuple[str | None, str]) -> tuple[str | None, str]:
    """The country people with no country word of their own came over from, by a relative clause on them
    ("gunmen who crossed from Afghan territory", "militants who it said had infiltrated from X")."""
    for clause in head.children:
        if clause.dep_ != "relcl":
            continue
        verbs = [clause] + [c for c in clause.children if c.dep_ == "ccomp" and clause.lemma_.lower() in REPORT_VERBS]
        for verb in verbs:
            if verb.lemma_.lower() not in ORIGIN_VERBS:
                continue
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ != "from":
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    span = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
                    countries = phrase_countries(span, sent_tops, gazetteer=gazetteer)
                    if len(countries) == 1:
                        return countries[0], f"came over from '{span.text}' → {countries[0]}"
    return default


def _demonym_tail(tok: Token, gazetteer: Gazetteer) -> str | None:
    """The country of a word no demonym table gives ("Korean") but that ends a demonym named earlier in the
    article ("South Korean") — one country only, and not a continent's adjective ("African")."""
    if gazetteer.demonym(tok.text) or gazetteer.area_demonym(tok.text) is not None:
        return None
    found = {t.place.country_iso3 for t in (tok.doc._.toponyms or []) if t.start < tok.idx and t.role == "demonym"
             and t.place is not None and t.place.country_iso3 and " " in t.text.strip()
             and t.text.split()[-1] == tok.text}
    return found.pop() if len(found) == 1 else None


def _named(span: Span) -> bool:
    """Does the phrase name someone (a person, an organisation)?"""
    return any(ent.label_ in ("PERSON", "ORG") for ent in entities_in(span))


def phrase_countries(span: Span, sent_tops: list[Toponym], *, gazetteer: Gazetteer) -> list[str]:
    """Distinct countries of the country names and demonyms inside a phrase, in order."""
    found: list[tuple[int, str]] = []
    for t in sent_tops:
        if span.start_char <= t.start and t.end <= span.end_char and t.place is not None and (
                t.place.kind == "country" or t.role == "demonym") and t.place.country_iso3:
            found.append((t.start, t.place.country_iso3))
    for tok in span:
        if tok.text[:1].isupper() and not any(s <= tok.idx < s + 1 for s, _ in found):
            iso3 = gazetteer.demonym(tok.text)
            if iso3:
                found.append((tok.idx, iso3))
    out: list[str] = []
    for _, iso3 in sorted(found):
        if iso3 not in out:
            out.append(iso3)
    return out


#: things a company's acronym names as their owner ("the CPC oil terminal", "the BTC pipeline"): such an acronym
#: is that company's, not a party's or a body's of the same letters
OWNED_FACILITIES = frozenset({"terminal", "pipeline", "plant", "refinery", "field", "oilfield", "mine", "port",
                              "facility", "station", "tanker", "platform", "depot", "warehouse", "factory"})


def _acronym_names_a_facility(ent: Span) -> bool:
    """Is the entity a short acronym modifying a facility noun ("CPC oil terminal")?"""
    if not (ent.text.isupper() and len(ent.text) <= 5 and len(ent) == 1):
        return False
    tok = ent.root
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in OWNED_FACILITIES:
            return True
    return False


def phrase_country(span: Span, sent_tops: list[Toponym], memory: ArticleMemory, *,
                   gazetteer: Gazetteer) -> tuple[str | None, str]:
    """The country of an actor phrase and the reason: an organisation, a place or demonym inside it, or a name
    seen earlier in the article; ``(None, "no country cue")`` otherwise."""
    gaz = gazetteer
    # words of a clause on a noun of the phrase say what it does, not who it is ("six Yemeni nationals working
    # for UNICEF" are Yemenis, not the UN agency)
    clause = {t.i for c in span if c.dep_ in ("acl", "relcl") and c.tag_ != "VBN" and c != span.root
              and span.start <= c.head.i < span.end for t in c.subtree}
    # 1. an organisation the gazetteer knows (NATO, the SCO: no country; the Pentagon: USA)
    for ent in entities_in(span):
        if ent.label_ in ("ORG", "GPE", "NORP") and ent.start not in clause:
            org = gaz.organization(ent.text) if not _acronym_names_a_facility(ent) else None
            if org is not None:
                iso3 = _org_country(org)
                return iso3, f"organisation {ent.text}" + (f" ({iso3})" if iso3 else " (international)")
    # 2. a place or demonym inside the phrase
    for t in sent_tops:
        if t.start < span.end_char and span.start_char < t.end and t.place is not None and t.place.country_iso3 \
                and (t.role == "demonym" or t.place.kind in ACTOR_PLACE_KINDS):
            if t.role != "demonym" and t.place.kind != "country" and t.text in _person_surnames(span.doc):
                continue  # a town of a person's surname ("President Samia Suluhu Hassan"): no country cue
            longer = _long_form_country(t, span.doc)
            if longer is not None:
                return longer[0], f"'{t.text}' short for '{longer[1]}' named in the article → {longer[0]}"
            return t.place.country_iso3, f"'{t.text}' in the phrase → {t.place.country_iso3}"
    for tok in span:
        iso3 = gaz.demonym(tok.text) if tok.text[:1].isupper() else None
        if iso3:
            return iso3, f"demonym '{tok.text}'"
    for tok in span:
        iso3 = _demonym_tail(tok, gaz) if tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN") else None
        if iso3:
            return iso3, f"'{tok.text}' after the demonym that ends in it earlier in the article → {iso3}"
    org = gaz.organization(span.text)
    if org is not None:
        iso3 = _org_country(org)
        return iso3, f"organisation {span.text}"
    based = _base_town(span, sent_tops, gaz)
    if based is not None:
        return based
    for tok in span:
        if tok.text in SHIP_PREFIX_COUNTRIES:  # "HMS Somerset", "RAF Typhoon jets"
            return SHIP_PREFIX_COUNTRIES[tok.text], f"name prefix '{tok.text}' → {SHIP_PREFIX_COUNTRIES[tok.text]}"
    # 3. names seen earlier in the article
    head = span.root
    if head.lemma_.lower() in ACTOR_NOUNS and _head_key(head) in memory.heads and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        iso3, phrase = memory.heads[_head_key(head)]
        # ("the foreign minister" after "Japan's foreign minister": a modifier the earlier phrase had too)
        said = {w.lower() for w in phrase.split()}
        if not any(c.dep_ in ("amod", "compound", "poss") and c.lower_ not in OFFICE_MODIFIERS and not (
                c.dep_ in ("amod", "compound") and c.text.islower() and c.lower_ in said) for c in head.children):
            return iso3, f"'{span.text}' refers back to '{phrase}'"
    key = span.text.lower()
    for cand in (key, key.removeprefix("the ")):
        if cand in memory.names:
            return memory.names[cand], f"'{span.text}' named earlier with {memory.names[cand]}"
    words = " ".join(w.lower_ for w in span if w.text[:1].isupper())
    if words in memory.names:
        return memory.names[words], f"'{span.text}' named earlier with {memory.names[words]}"
    for ent in entities_in(span):
        if ent.label_ == "PERSON":
            for tok in reversed(ent):
                if tok.lower_ in memory.names:
                    return memory.names[tok.lower_], f"'{tok.text}' named earlier with {memory.names[tok.lower_]}"
    # 4. a named ship or unit ("the frigate INS Trikand") after the same noun with a country ("an Indian Navy
    # frigate"), only when that is the one earlier use of the noun in the article (one candidate)
    if any(w.pos_ == "PROPN" for w in span):
        for w in _unit_words(span):
            earlier = [t for t in span.doc[:span.start] if t.lower_ in (w, w + "s") or t.lemma_.lower() == w]
            seen = memory.units.get(w, [])
            if len(earlier) == 1 and len(seen) == 1 and seen[0][2] <= earlier[0].idx < seen[0][3]:
                iso3, phrase = seen[0][0], seen[0][1]
                return iso3, f"'{span.text}' is the {w} named earlier as '{phrase}'"
    return None, "no country cue"


#: participles after a town's name that say where a firm or group has its seat ("Hodeidah-based companies")
BASED_WORDS = frozenset({"based", "headquartered"})
#: verbs of holding people, whose agent later releases them ("detained by Kuwait's coast guard")
HOLDING_VERBS = frozenset({"detain", "seize", "hold", "arrest", "kidnap", "abduct", "capture", "take"})


def _holders(tok: Token, anchors: list[Token]) -> list[Token]:
    """Who held the people a release frees: the agent of a holding participle on the same noun earlier in the
    article ("seven Iraqi fishermen detained by Kuwait's coast guard" ... "the fishermen were handed over")."""
    freed = [c for a in anchors if a.pos_ == "VERB" for c in a.children if c.dep_ in ("nsubjpass", "dobj")
             and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in c.children)]
    doc = tok.doc
    for noun in freed:
        lemma = noun.lemma_.lower()
        start = doc[max(0, tok.sent.start - 1)].sent.start  # this sentence and the one before
        for earlier in doc[start:noun.i]:
            if earlier.lemma_.lower() != lemma or earlier.i == noun.i:
                continue
            for acl in earlier.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in HOLDING_VERBS:
                    agents = passive_agents(acl)
                    if agents:
                        return agents
    return []


def _path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to ``top`` (``top`` left out; all ancestors if ``top`` is not one)."""
    path = []
    while tok != top and tok.head != tok:
        path.append(tok)
        tok = tok.head
    return path


#: participles that name who runs a craft or a plant ("a rocket built by German startup X", "a ferry operated by an
#: Italian company")
OPERATOR_VERBS = frozenset({"build", "operate", "own", "make", "manufacture", "run", "charter", "develop"})


def _operator_country(head: Token, sent_tops: list[Toponym], memory: ArticleMemory, gazetteer: Gazetteer,
                      default: tuple[str | None, str]) -> tuple[str | None, str]:
    """"An orbital rocket built by German startup Isar Aerospace crashed into the sea": a craft with no country of
    its own is of the state of the firm that built, runs or owns it."""
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in OPERATOR_VERBS:
            continue
        for agent in passive_agents(acl):
            iso3, why = phrase_country(actor_phrase(agent), sent_tops, memory, gazetteer=gazetteer)
            if iso3 is not None:
                return iso3, f"'{head.text} {acl.text} by {agent.text}': {why}"
    return default


def _based_in(head: Token, sent_tops: list[Toponym], default: tuple[str | None, str]) -> tuple[str | None, str]:
    """"four companies based in the emirate of Fujairah", "a charity headquartered in Geneva": the country of the
    place a participle clause on the noun says it has its seat in."""
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lower_ not in BASED_WORDS:
            continue
        for prep in acl.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
            hits = {t.place.country_iso3 for t in sent_tops if lo <= t.start < hi and t.place is not None
                    and t.place.country_iso3 and t.role != "demonym"}
            if len(hits) == 1:
                iso3 = next(iter(hits))
                return iso3, f"'{head.text} {acl.text} in ...': seated in {iso3}"
    return default


#: the least population of a town read from "<town>-based" alone when no toponym covers it (the big city of
#: the name: firms are based in cities)
BASED_MIN_POPULATION = 100_000


def _base_town(span: Span, sent_tops: list[Toponym], gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The country of the town a phrase says its firms are based in ("three Hodeidah-based companies"), when the
    recogniser took the name for something else: the most populous city of that name, if a big one."""
    for tok in span:
        if tok.dep_ != "npadvmod" or tok.head.lower_ not in BASED_WORDS or tok.pos_ != "PROPN" \
                or not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"):
            continue
        name = tok.doc[tok.left_edge.i:tok.i + 1]
        if any(t.start < name.end_char and name.start_char < t.end for t in sent_tops):
            continue  # a toponym the resolver read (or chose not to)
        hit = next(iter(gazetteer.lookup(name.text, kinds=["city"], limit=1)), None)
        if hit is not None and hit.country_iso3 and (hit.population or 0) >= BASED_MIN_POPULATION:
            return hit.country_iso3, f"'{name.text}-based': the city {hit.name} → {hit.country_iso3}"
    return None


_SURNAMES_KEY = "geomap_person_surnames"


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's names of people of two words or more, the word before a capitalised name
    of the person too ("Samia Suluhu Hassan" → "Hassan", also when the town's name is split off the name as an
    entity of its own): a town of that name in an actor phrase is the person's name, also when named alone
    later ("Hichilema and Hassan")."""
    names = doc.user_data.get(_SURNAMES_KEY)
    if names is None:
        found = set()
        for e in entities(doc):
            if e.label_ == "PERSON" and e.end >= 2:
                before = doc[e.end - 2]  # the name's word before its last
                if before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
                    found.add(e[-1].text)
        names = frozenset(found)
        doc.user_data[_SURNAMES_KEY] = names
    return names


def _long_form_country(top: Toponym, doc: Doc) -> tuple[str, str] | None:
    """The other country of a longer country name ending in a country's short name, named in the article
    ("Democratic Republic of Congo" ... "Congo and Rwanda signed"): the short name is that country's. ``None``
    when there is no such name, or longer names of more than one country (or of the short name's own)."""
    if top.place is None or top.place.kind != "country" or top.role == "demonym":
        return None
    short = " " + top.text.lower()
    found = {t.place.country_iso3: t.text for t in (doc._.toponyms or [])
             if t.place is not None and t.place.kind == "country" and t.place.country_iso3
             and (" " + t.text.lower()).endswith(short) and len(t.text) > len(top.text)}
    if len(found) != 1 or top.place.country_iso3 in found:
        return None
    return next(iter(found.items()))


def _head_key(head: Token) -> str:
    """The memory key of an actor head: "prime minister" is another office than "minister" ("Australia's foreign
    minister and Vanuatu's prime minister signed ... the minister flew to X" is the foreign minister)."""
    mods = sorted(c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in OFFICE_MODIFIERS)
    return " ".join([*mods, head.lemma_.lower()])


def _unit_words(span: Span) -> list[str]:
    """The ship or unit nouns of an actor phrase: its head, or a common noun naming what a name is ("the
    frigate INS Trikand", "INS Trikand, a frigate")."""
    head = span.root
    words = [head] if head.pos_ == "NOUN" else []
    # the tagger reads "frigate" before a name as an adjective: "The/DET frigate/ADJ INS/PROPN Trikand/PROPN"
    words += [w for w in span if w.pos_ in ("NOUN", "ADJ") and w.head.i == head.i and head.pos_ == "PROPN"
              and w.dep_ in ("compound", "amod", "nmod", "appos")]
    return sorted({w.lower_ for w in words if w.lower_ in UNIT_NOUNS})
