"""Who did what, when and where: the ``geomap_events`` spaCy component.

For each sentence, event *triggers* (verbs and nominalisations from :data:`TRIGGERS`) are found in the parse.
Light verbs ("hold an exercise", "conduct a patrol", "carry out strikes", "the exercise will be held") lend the
nominal trigger their subject, dates and prepositional phrases. For each trigger:

- **actors**: subjects (and the agent of a passive), "with X" / "alongside X" partners, possessors ("Moscow's
  invasion"), "by X"; objects are kept as targets for attacks, criticism and visits. Each actor phrase gets an
  ISO 3166-1 alpha-3 country from a place name or demonym inside it ("Russian President Vladimir Putin" → RUS), an
  organisation table (NATO: no country), or light coreference within the article ("it", "he", "the two
  countries", "Xi" after "Chinese leader Xi Jinping", "the Air Force" after "the US Air Force");
- **date**: the date expression attached to the trigger's clause, resolved against the publication date
  (:mod:`geomap.dates`), else the publication date with a reason saying so;
- **location**: the most specific resolved place inside a locative phrase attached to the trigger ("in", "near",
  "off", "adjacent to", "across"; "to" for visits), else a locative phrase of the clause, else of the sentence
  (statements take no fallback: "X criticised drills in the Pacific" did not happen in the Pacific); the
  target of an attack or of a verb that takes places as objects ("shelled the town of X", "X was captured")
  beats a wider place attached to the trigger; "near that port" / "in the city" refer back to the last place
  of that kind; a place-name subject locates what it does at home ("Manila summoned ...");
  ``geo_precision`` 1 for a town, 2 near a town, 3 for a region, sea or country. The country of the place an
  exercise, patrol, deployment, meeting or visit is held in is a participant (role ``host``).
  On single sentences (:meth:`EventExtractor.locate_verb`, scored on EventLocation) a learned chooser
  (:mod:`.event_location`) picks among the spans these rules consider, the rules' own pick being one feature;
  :meth:`EventExtractor.rule_location` is the rules alone.
- **anaphora**: an event first named by a definite noun with no actor ("The air strike hit ...") takes the
  actors (and, if it has none, the date) of the last earlier event of its type.

Mentions of one event in several sentences ("would hold an exercise next month" … "the Joint Sea 2025 exercise
would be held near Vladivostok") are merged: same type, compatible actors and dates, and either a shared name or no
new actors or date of their own.

Taxonomy (type → PLOVER category / CAMEO root), documented in the README: military_exercise (MOBILIZE/15),
deployment (MOBILIZE/15), attack (ASSAULT/19), armed_conflict (ASSAULT/19), visit (CONSULT/04), meeting
(CONSULT/04), agreement (AGREE/05), aid (AID/07), protest (PROTEST/14), sanctions (SANCTION/16), arrest
(COERCE/17), statement_criticism (ACCUSE/11), statement_threat (THREATEN/13), diplomatic_summons (ACCUSE/111),
reduce_relations (SANCTION/161: "suspended its partnership with X"), protest also for labour strikes
(PROTEST/143), crime (–: robbery, kidnapping), election (–), natural_disaster (–), disease_outbreak (–).
Some words are triggers only in one sense (:meth:`EventExtractor._trigger`): "send"/"dispatch" with a force and
a destination, "fly" to a place, "suspend" with a relation as object, "war games", heavy rain, "due in X".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .component import GazetteerComponent
from .event_location import WEIGHTS_PATH, LocationScorer
from ..model import Actor, DateRange, Event, Place, Toponym


#: lemma → (event type, PLOVER/CAMEO code, allowed coarse POS)
TRIGGERS: dict[str, tuple[str, str, tuple[str, ...]]] = {}


def _add(event_type: str, code: str, pos: tuple[str, ...], *lemmas: str) -> None:
    for lemma in lemmas:
        TRIGGERS[lemma] = (event_type, code, pos)


NOUN = ("NOUN",)
VERB = ("VERB",)
BOTH = ("NOUN", "VERB")
_add("military_exercise", "MOBILIZE/150", NOUN, "exercise", "drill", "manoeuvre", "maneuver", "wargame",
     "war-game", "exercises", "drills", "maneuvers", "manoeuvres", "wargames")
_add("military_patrol", "MOBILIZE/150", BOTH, "patrol", "patrols")
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
_add("aid", "AID/070", NOUN, "aid", "assistance", "relief")
_add("aid", "AID/070", VERB, "donate")
_add("protest", "PROTEST/140", BOTH, "protest", "demonstration", "rally")
_add("protest", "PROTEST/140", NOUN, "protester", "protesters", "demonstrator", "demonstrators")
_add("attack", "ASSAULT/190", VERB, "fire")  # only with a weapon as object: see _trigger
_add("protest", "PROTEST/140", VERB, "demonstrate", "march")
_add("sanctions", "SANCTION/163", BOTH, "sanction", "sanctions", "embargo")
_add("arrest", "COERCE/173", BOTH, "arrest", "detain", "detention")
_add("statement_criticism", "ACCUSE/111", VERB, "criticize", "criticise", "condemn", "denounce", "accuse", "blame")
_add("statement_threat", "THREATEN/130", VERB, "warn", "threaten")
_add("election", "", NOUN, "election", "referendum", "vote")
_add("natural_disaster", "", BOTH, "earthquake", "quake", "flood", "flooding", "landfall", "hurricane", "typhoon",
     "cyclone", "storm", "wildfire", "tsunami", "eruption", "landslide", "drought", "tornado", "erupt")
_add("disease_outbreak", "", NOUN, "outbreak", "epidemic", "pandemic")
_add("natural_disaster", "", NOUN, "rain", "rainfall", "downpour", "blizzard", "snowstorm", "heatwave")
# "send troops / agents / warships to X" (only with a force as object: see _trigger)
_add("deployment", "MOBILIZE/150", VERB, "send", "dispatch")
# travel verbs are visits only with a destination ("flew to Jajarkot"): see _trigger
_add("visit", "CONSULT/042", VERB, "fly")
# "summoned the ambassador": a formal diplomatic complaint (CAMEO 111 criticize or denounce)
_add("diplomatic_summons", "ACCUSE/111", VERB, "summon")
# "suspended its partnership with X", "severed ties": CAMEO 16 reduce relations (PLOVER SANCTION)
_add("reduce_relations", "SANCTION/161", VERB, "suspend", "sever", "downgrade", "freeze")
_add("reduce_relations", "SANCTION/161", NOUN, "suspension")
# ordinary crime (no PLOVER/CAMEO category; ACLED would file it under violence against civilians)
_add("crime", "", BOTH, "rob", "robbery", "heist", "burglary", "kidnap", "kidnapping", "abduction", "abduct")
#: "war games" (a military exercise): "game" is a trigger only with the compound "war", see _trigger
_add("military_exercise", "MOBILIZE/150", NOUN, "game", "games")

#: types whose direct object is a participant (the attacked, the criticised, the visited, the met)
TARGETED_TYPES = frozenset({"attack", "statement_criticism", "statement_threat", "sanctions", "arrest", "meeting",
                            "visit", "diplomatic_summons", "reduce_relations", "crime"})
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
#: nouns that make "strike" a work stoppage, not an attack ("a transport strike", "a general strike")
LABOUR_STRIKE_WORDS = frozenset({"general", "transport", "labour", "labor", "hunger", "national", "nationwide",
                                 "workers", "worker", "teacher", "teachers", "doctor", "doctors", "rail", "union",
                                 "trucker", "truckers", "miner", "miners", "port", "dock", "taxi", "bus", "strikers",
                                 "student", "students", "nurse", "nurses", "pilot", "pilots"})
#: events whose participants are those who speak of them ("X told Y ... during a meeting")
COMMUNICATIVE_TYPES = frozenset({"meeting", "visit", "agreement"})
#: subjects whose "attack" is verbal ("the ambassador attacked China for ...")
SPEAKER_NOUNS = frozenset({"ambassador", "spokesperson", "spokesman", "spokeswoman", "minister", "official",
                           "officials", "senator", "lawmaker", "lawmakers", "critic", "critics", "president",
                           "diplomat", "secretary", "envoy", "leader", "chancellor", "premier", "mayor", "governor"})
#: head nouns of phrases that can act even without a name ("the military", "troops", "officials")
ACTOR_NOUNS = frozenset(
    {"military", "militaries", "force", "forces", "troops", "troop", "army", "armies", "navy", "navies",
     "government", "governments", "ministry", "official", "officials", "leader", "leaders", "president",
     "minister", "police", "rebel", "rebels", "militant", "militants", "protester", "protesters", "soldier",
     "soldiers", "authorities", "authority", "spokesperson", "spokesman", "spokeswoman", "ambassador",
     "diplomat", "diplomats", "coalition", "alliance", "country", "countries", "nation", "nations", "state",
     "states", "administration", "parliament", "regime", "fighter", "fighters", "insurgent", "insurgents", "guard",
     "guards", "marines", "jet", "jets", "warship", "warships", "ship", "ships", "aircraft", "vessel", "vessels",
     "resident", "residents", "worker", "workers", "student", "students", "demonstrator",
     "demonstrators", "militia", "militias", "party", "company", "agency", "court", "council",
     "delegation", "commander", "commanders", "general", "chief", "king", "queen", "envoy", "secretary", "mayor",
     "governor", "premier", "chancellor", "drone",
     "drones", "missile", "missiles", "gunmen", "attackers", "attacker", "bomber", "bombers", "militaries"}
)
#: places whose country an actor phrase takes ("Moscow's invasion" → RUS); not seas or regions ("Force Pacific")
ACTOR_PLACE_KINDS = frozenset({"country", "admin1", "admin2", "city"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "northeastern", "northwestern", "southeastern", "southwestern"})
#: nouns that call the name beside them a place ("the Aziziyah district", "the village of Buwa")
PLACE_NOUNS = frozenset({"village", "town", "city", "district", "neighborhood", "neighbourhood", "area", "province",
                         "governorate", "region", "camp", "suburb", "quarter", "street", "market", "county",
                         "municipality", "settlement", "locality", "valley", "mountain", "mountains", "hill",
                         "airport", "airbase", "base", "township", "prefecture", "state", "island", "port",
                         "square", "road", "highway", "bridge", "checkpoint", "crossing", "border", "countryside"})
#: objects that make an event verb figurative or sporting ("captured the title", "shot a film")
FIGURATIVE_OBJECTS = frozenset(
    {"title", "medal", "gold", "silver", "bronze", "wicket", "imagination", "attention", "heart", "spirit", "mood",
     "essence", "victory", "win", "crown", "championship", "tournament", "trophy", "prize", "award", "cup",
     "record", "video", "film", "footage", "scene", "photo", "picture", "image", "movie", "support", "ability",
     "popularity", "commitment", "interest", "lead", "game", "match", "race", "round", "set", "point", "goal",
     "glance", "look", "smile", "question", "share", "stake", "market", "headline", "role", "vibe",
     "crown", "mood", "feel", "flavour", "flavor", "eye", "fancy"})
#: "captured on video", "shot on camera": recorded, not seized or fired at
RECORDING_NOUNS = frozenset({"video", "camera", "film", "tape", "footage", "cctv", "cameras"})
#: trigger verbs whose rejection by :meth:`EventExtractor._trigger` means another sense ("fired the minister")
SENSE_FILTERED = frozenset({"fire", "demonstrate", "rally", "shoot", "strike", "attack"})
#: "near that port", "in the city": nouns that refer back to a place named before, and the kinds it may be
_TOWN_KINDS = frozenset({"city", "admin2", "user", "landmark"})
ANAPHORIC_PLACE_NOUNS = {"port": _TOWN_KINDS, "city": _TOWN_KINDS, "town": _TOWN_KINDS, "village": _TOWN_KINDS,
                         "capital": _TOWN_KINDS, "harbour": _TOWN_KINDS, "harbor": _TOWN_KINDS,
                         "province": frozenset({"admin1"}), "island": frozenset({"landmark", "admin1", "region"}),
                         "shoal": frozenset({"landmark", "region", "user"})}
#: events that a place-name subject holds at home ("Manila summoned ...", "Taiwan plans to hold war games")
METONYMIC_SUBJECT_TYPES = frozenset({"diplomatic_summons", "military_exercise", "election"})
#: events whose place's country is a participant (the host) besides the actors
HOSTED_TYPES = frozenset({"visit", "deployment", "military_exercise", "military_patrol", "meeting"})
STATEMENT_TYPES = frozenset({"statement_criticism", "statement_threat"})
#: verbs whose object names the event ("hold talks", "conduct drills", "the exercise was held")
LIGHT_VERBS = frozenset(
    {"hold", "conduct", "carry", "stage", "launch", "begin", "start", "host", "make", "pay", "take", "have",
     "organize", "organise", "attend", "join", "plan", "announce", "continue", "resume", "wage", "mount",
     "perform", "undertake", "complete", "end", "finish", "do", "occur", "happen", "impose", "stage", "sign",
     "reach", "lead", "order", "be", "due", "declare"}
)
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "off", "across", "around", "outside", "inside", "within", "over", "along", "into",
     "throughout", "beside", "nearby", "underneath", "above", "below", "beneath"}
)
#: objects of "fire" that make it an attack
WEAPON_NOUNS = frozenset({"missile", "rocket", "shot", "shell", "gas", "cannon", "round", "drone", "bullet",
                          "mortar", "artillery", "torpedo", "salvo", "grenade", "flare", "warning"})
#: institutions that act at home: with no country word, they take the country of the event's place
DOMESTIC_ACTORS = frozenset({"police", "army", "military", "base", "post", "garrison", "barracks", "government", "authorities", "authority", "officials",
                             "official", "ministry", "parliament", "court", "judge", "prosecutors", "officers",
                             "firefighters", "rescuers", "troops", "soldiers", "forces", "lawmakers", "mayor",
                             "governor", "president", "cabinet", "legislature", "junta"})
#: verbs whose direct object is where they happen ("captured Gaza", "stormed the village of X")
OBJECT_PLACE_VERBS = frozenset(
    {"capture", "enter", "seize", "storm", "raid", "attack", "hit", "target", "bomb", "shell", "overrun",
     "invade", "occupy", "besiege", "strike", "surround", "liberate", "retake", "recapture", "visit", "tour",
     "evacuate", "control", "reach", "cross", "bombard", "blockade", "infiltrate", "ambush", "loot", "burn",
     "patrol", "destroy", "flood", "ravage", "pound", "rob"}
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
     "activist", "emir", "deputy", "aide", "head", "editor", "reporter", "analyst", "expert", "observer"})
#: prepositions whose places locate an event from elsewhere in its clause or sentence
FALLBACK_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "across", "within", "around"})
NEAR_WORDS = ("near", "adjacent", "off ", "outside", "close to", "waters", "coast of", "outskirts", "north of",
              "south of", "east of", "west of")
#: prepositions that locate only some event types ("a visit to China", "a strike on the port")
DIRECTIONAL_PREPS = {"to": {"visit", "deployment"}, "on": {"attack"}, "against": {"attack"},
                     "through": {"natural_disaster", "attack", "protest"}}
NEAR_PREPS = frozenset({"near", "off", "outside", "around", "adjacent", "close", "nearby", "beside", "by"})
PARTNER_PREPS = frozenset({"with", "alongside", "between"})
KIND_SPECIFICITY = {"landmark": 4, "user": 6, "city": 5, "admin2": 4, "admin1": 3, "sea": 2, "region": 2,
                    "country": 1, "continent": 0}
PRONOUNS_SINGULAR = frozenset({"it", "he", "she", "its", "his", "her"})
PRONOUNS_PLURAL = frozenset({"they", "their", "them"})
PAIR_REASON = "the last two countries named"
PAIR_WORDS = re.compile(r"\b(two|both)\s+(countries|nations|sides|governments|militaries|states|leaders|armies|navies)\b",
                        re.I)


@dataclass(slots=True)
class _Mention:
    """One trigger occurrence before merging."""

    trigger: Token
    event_type: str
    code: str
    sent: Span
    anchors: list[Token] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    date: DateRange | None = None
    date_is_default: bool = True
    place: Place | None = None
    location: Toponym | None = None
    location_attached: bool = False  # found in a phrase attached to the trigger (not the clause or sentence)
    location_scope: str = ""  # "trigger", "clause" or "sentence": where the place was found
    geo_precision: int | None = None
    reasons: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # capitalised names of the event ("Joint Sea 2025")


class _ArticleMemory:
    """Light coreference state for one article."""

    def __init__(self) -> None:
        self.countries: list[str] = []  # countries in order of mention (actors and places)
        self.names: dict[str, str] = {}  # person / organisation words → country ISO3
        self.last_actor: Actor | None = None

    def note_country(self, iso3: str | None) -> None:
        if iso3:
            if iso3 in self.countries:
                self.countries.remove(iso3)
            self.countries.append(iso3)

    def last_two(self) -> list[str]:
        return self.countries[-2:]


def _org_country(org: Any) -> str | None:
    value = org.get("country_iso3") if isinstance(org, dict) else getattr(org, "country_iso3", None)
    return value or None


class EventExtractor(GazetteerComponent):
    """spaCy component that writes ``doc._.events`` (needs ``doc._.toponyms`` resolved)."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None = None,
                 merge_window: int = 12, sentence_fallback: bool = True, location_model: bool = True) -> None:
        super().__init__(name, gazetteer_path=gazetteer_path)
        self.sentence_fallback = sentence_fallback
        self.merge_window = merge_window
        self.location_model = location_model
        self.location_scorer: LocationScorer | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, gazetteer: Any = None) -> None:
        """Attach the gazetteer and, with ``location_model``, load the event-location weights."""
        super().initialize(get_examples, nlp=nlp, gazetteer=gazetteer)
        self._load_location_model()

    def _load_location_model(self) -> None:
        self.location_scorer = LocationScorer.load() if self.location_model and WEIGHTS_PATH.exists() else None

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        """Nothing to write: the event-location weights ship with the package (:data:`WEIGHTS_PATH`)."""

    def from_disk(self, path: Any, *, exclude: Any = ()) -> EventExtractor:
        """Load the event-location weights (the gazetteer is attached lazily or by :meth:`initialize`)."""
        self._load_location_model()
        return self

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.extract(doc)
        return doc

    # -----------------------------------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[Event]:
        from ..dates import default_date, find_dates

        published: dt.date = doc._.published or dt.date.today()
        article_id = doc._.article_id or "doc"
        toponyms: list[Toponym] = doc._.toponyms or []
        memory = _ArticleMemory()
        memory.names.update(self._person_countries(doc, toponyms))
        mentions: list[_Mention] = []
        top_index = {t.start: t for t in toponyms}
        for sent in doc.sents:
            sent_tops = [t for t in toponyms if sent.start_char <= t.start < sent.end_char]
            dates = find_dates(sent.text, published=published, offset=sent.start_char, tense=None)
            sent_mentions: list[_Mention] = []
            for tok in sent:
                hit = self._trigger(tok)
                if hit is None:
                    continue
                event_type, code = hit
                m = _Mention(trigger=tok, event_type=event_type, code=code, sent=sent)
                if event_type == "attack" and tok.pos_ == "VERB" and self._speaker_subject(tok):
                    m.event_type, m.code = "statement_criticism", TRIGGERS["criticize"][1]
                m.anchors = self._anchors(tok)
                m.actors = self._actors(tok, m.anchors, m.event_type, sent_tops, memory)
                self._locate(m, m.anchors, sent_tops, sent, article_tops=toponyms)
                m.names = self._event_names(tok, top_index)
                sent_mentions.append(m)
            self._assign_dates(sent_mentions, dates)
            mentions.extend(sent_mentions)
            # what this sentence named feeds coreference for the next one
            for t in sent_tops:
                if t.place is not None and t.role != "embedded" and t.place.kind in ("country",):
                    memory.note_country(t.place.country_iso3)
                elif t.role == "demonym" and t.place is not None:
                    memory.note_country(t.place.country_iso3)
        events = self._merge(mentions)
        self._borrow_actors(events)
        out: list[Event] = []
        for n, group in enumerate(events, start=1):
            out.append(self._to_event(group, doc, article_id, published, n, default_date))
        self._sidelines(out)
        return out

    @staticmethod
    def _borrow_actors(groups: list[list[_Mention]]) -> None:
        """"The air strike hit a market ..." after "a military air strike": an event first named by a definite
        noun, with no actor of its own, takes the actors of the last earlier event of its type that has some
        (without being merged with it: it may be a part of it at another place)."""
        for k, group in enumerate(groups):
            m = group[0]
            tok = m.trigger
            if tok.pos_ != "NOUN" or any(a.role == "actor" for g in group for a in g.actors) or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
                continue
            for prev in (p for g in reversed(groups[:k]) for p in g):
                if prev.event_type == m.event_type and prev.sent.start < m.sent.start and any(
                        a.role == "actor" for a in prev.actors):
                    m.actors = [Actor(a.name, a.country, a.role, a.start, a.end,
                                      f"'{tok.text}' refers back to '{prev.trigger.text}'; {a.reason}")
                                for a in prev.actors] + [a for a in m.actors if a.role != "actor"]
                    if all(g.date is None for g in group) and prev.date is not None:
                        m.date = prev.date  # "the exercise" is the one "on Tuesday"
                    break

    @staticmethod
    def _sidelines(events: list[Event]) -> None:
        """A meeting "on the sidelines" happens where the summit it is beside happens."""
        for k, event in enumerate(events):
            if event.place is not None or event.event_type != "meeting" or "sidelines" not in event.sentence.lower():
                continue
            host = next((e for e in reversed(events[:k]) if e.event_type == "meeting" and e.place is not None), None)
            if host is None:
                host = next((e for e in events[k + 1:] if e.event_type == "meeting" and e.place is not None), None)
            if host is not None:
                event.place = host.place
                event.geo_precision = host.geo_precision
                event.location_text = host.location_text
                event.reasons["location"] = f"on the sidelines of the meeting at {host.place.name} ({host.event_id})"

    @staticmethod
    def _person_countries(doc: Doc, toponyms: list[Toponym]) -> dict[str, str]:
        """People introduced with a country word before their name ("Russian President, Vladimir Putin",
        "Chinese leader Xi Jinping", "Russia's Foreign Minister Sergei Lavrov") → name words → ISO3."""
        by_end = {}
        for t in toponyms:
            if t.place is not None and t.place.country_iso3 and (t.role == "demonym" or t.place.kind == "country"):
                by_end[t.start] = t
        names: dict[str, str] = {}
        for ent in doc.ents:
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

    # -- triggers ------------------------------------------------------------------------------------
    @staticmethod
    def _trigger(tok: Token) -> tuple[str, str] | None:
        if tok.lower_ == "due" and tok.pos_ == "ADJ" and any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() != "court" for g in c.children) for c in tok.children):
            return "visit", TRIGGERS["visit"][1]  # "the envoy is due in Belgrade on Thursday"
        if tok.pos_ not in ("NOUN", "VERB") or tok.text[:1].isupper() and tok.pos_ != "NOUN":
            return None
        entry = TRIGGERS.get(tok.lemma_.lower()) or TRIGGERS.get(tok.lower_)
        if entry is None:
            return None
        event_type, code, pos = entry
        if tok.pos_ not in pos:
            return None
        if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC") and tok.ent_iob_ == "B":
            return None
        if event_type == "military_exercise" and tok.lemma_.lower() == "exercise" and tok.pos_ != "NOUN":
            return None
        if event_type == "agreement" and tok.lemma_.lower() == "deal" and tok.pos_ != "NOUN":
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and tok.dep_ == "compound":
            head_entry = TRIGGERS.get(tok.head.lemma_.lower()) or TRIGGERS.get(tok.head.lower_)
            if head_entry is None or head_entry[0] != event_type:
                return None  # a modifier, not an event: "a patrol ship", "protest leaders", "war games"
        if lemma in ("game", "games") and not any(c.lower_ in ("war", "military") for c in tok.children):
            return None  # only "war games"
        if lemma in ("send", "dispatch") and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in SENT_FORCES for c in tok.children):
            return None  # "send troops to", not "send a letter"
        if lemma == "fly" and (not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)):
            return None  # "the minister flew to Jajarkot", not "jets flew overhead" nor "he was flown to Quito"
        if lemma in ("send", "dispatch") and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children):
            return None  # a deployment has a destination: "send agents to Quito"
        if event_type == "reduce_relations" and tok.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELATION_NOUNS for c in tok.children):
            return None  # "suspended talks", not "suspended a player"
        if lemma == "rain" and not any(c.dep_ in ("amod", "compound") or c.lower_ == "of" for c in tok.children) \
                and not (tok.head.lower_ == "of" and tok.dep_ == "pobj"):
            return None  # "heavy rain", "inches of rain" are weather events; a bare "rain" is not
        if lemma == "storm" and (tok.pos_ == "VERB" or tok.lower_ == "storming"):
            return "attack", TRIGGERS["attack"][1]  # "stormed the parliament", "the storming of the base"
        if lemma == "strike" and tok.pos_ == "NOUN" and any(
                c.dep_ in ("amod", "compound") and c.lower_ in LABOUR_STRIKE_WORDS for c in tok.children):
            return "protest", "PROTEST/143"  # CAMEO 143: conduct strike or boycott
        if lemma == "fire" and not any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in tok.children):
            return None  # "fired the minister" is not an attack; "fired missiles at" is
        if lemma == "conference" and any(c.lower_ in ("press", "news") for c in tok.children):
            return None  # a press conference is where things are said, not an event of its own
        if tok.pos_ == "VERB" and event_type in ("protest", "meeting", "aid") and any(
                c.dep_ == "dobj" for c in tok.children) and lemma not in ("meet", "protest"):
            return None  # "demonstrate their ability", "rally support"
        if tok.pos_ == "VERB" and lemma in ("shoot", "strike", "attack") and any(
                c.dep_ == "dobj" and c.lemma_ in ("video", "film", "deal", "balance", "chord", "note", "idea")
                for c in tok.children):
            return None
        return event_type, code

    @staticmethod
    def _speaker_subject(verb: Token) -> bool:
        """Is the subject a person or a spokesperson ("the ambassador attacked China": words, not arms)?"""
        for child in verb.children:
            if child.dep_ == "nsubj":
                words = [child, *child.conjuncts, *(c for c in child.children if c.dep_ in ("appos", "compound"))]
                return any((w.ent_type_ == "PERSON" and w.pos_ == "PROPN") or w.lemma_.lower() in SPEAKER_NOUNS
                           for w in words)
        return False

    @staticmethod
    def _anchors(tok: Token) -> list[Token]:
        """The trigger plus the verbs that lend it arguments (light verb, relative clause, passive "be held")."""
        anchors = [tok]
        if tok.pos_ == "NOUN":
            head = tok.head
            if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "conj") and head.pos_ in ("VERB", "AUX"):
                if head.lemma_.lower() in LIGHT_VERBS or tok.dep_ in ("nsubjpass", "nsubj"):
                    anchors.append(head)
            for child in tok.children:
                if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB":
                    anchors.append(child)
            # "the exercise would be held" → "held"; "drills are due to take place" → "take"
            for child in list(anchors[-1].children) if len(anchors) > 1 else []:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    anchors.append(child)
        elif tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ == "xcomp" and child.lemma_ in ("take",):
                    anchors.append(child)
        elif tok.pos_ == "ADJ" and tok.head.pos_ in ("AUX", "VERB"):
            anchors.append(tok.head)  # "he is due in Belgrade": "is" holds the subject
        return anchors

    @staticmethod
    def _event_names(tok: Token, top_index: dict[int, Toponym]) -> set[str]:
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

    # -- actors --------------------------------------------------------------------------------------
    def _actors(self, tok: Token, anchors: list[Token], event_type: str, sent_tops: list[Toponym],
                memory: _ArticleMemory) -> list[Actor]:
        found: list[tuple[Token, str]] = []
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
            related.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        for a in anchors:
            for child in a.children:
                dep = child.dep_
                if dep == "nsubj" and a.pos_ in ("VERB", "AUX") and child != tok:
                    found.append((child, "actor"))
                elif dep == "agent":
                    found.extend((g, "actor") for g in child.children if g.dep_ == "pobj")
                elif dep == "poss" and a == tok:
                    found.append((child, "actor"))
                elif dep == "prep" and child.lower_ in PARTNER_PREPS:
                    found.extend((g, "partner") for g in child.children if g.dep_ == "pobj")
                elif dep == "prep" and child.lower_ == "by" and a == tok:
                    found.extend((g, "actor") for g in child.children if g.dep_ == "pobj")
                elif dep == "dobj" and a.pos_ == "VERB" and child != tok and event_type in TARGETED_TYPES:
                    found.append((child, "target"))
                    if event_type == "reduce_relations":  # "suspended its partnership with Georgia"
                        found.extend((g, "target") for p in child.children if p.dep_ == "prep"
                                     and p.lower_ in PARTNER_PREPS for g in p.children if g.dep_ == "pobj")
                elif dep == "prep" and child.lower_ in ("of", "on", "against", "at") and event_type in (
                        "attack", "sanctions") and (a == tok or child.lower_ != "of"):
                    found.extend((g, "target") for g in child.children if g.dep_ == "pobj")
                elif dep in ("amod", "compound") and a == tok and child.ent_type_ in ("NORP", "GPE", "ORG"):
                    found.append((child, "actor"))  # "Russian shelling"
        for v in related:
            if v in anchors:
                continue
            for child in v.children:
                if child.dep_ == "nsubj" and not any(r == "actor" for _, r in found):
                    found.append((child, "actor"))
                elif child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
                    found.extend((g, "partner") for g in child.children if g.dep_ == "pobj")
                elif child.dep_ == "dobj" and child != tok:
                    # "... and conduct a joint patrol with Russian forces": partners of the conjoined event
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
                            found.extend((g, "partner") for g in prep.children if g.dep_ == "pobj")
        if tok.pos_ == "NOUN" and len(verbs) == 0 and not any(r == "actor" for _, r in found):
            # a nominal trigger with no subject borrows the participants of the verbs that govern it
            # ("Xi told Russia's Foreign Minister ... during a meeting in Beijing")
            verb = tok.head
            for _ in range(4):
                while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                    verb = verb.head
                if verb.pos_ not in ("VERB", "AUX"):
                    break
                for child in verb.children:
                    if child.dep_ == "nsubj":
                        found.append((child, "actor"))
                    elif child.dep_ in ("dobj", "dative") and child != tok and child not in tok.ancestors:
                        found.append((child, "partner"))
                climb = ("ccomp", "xcomp", "conj", "advcl") if event_type in COMMUNICATIVE_TYPES else ("xcomp", "conj")
                if verb.head == verb or verb.dep_ not in climb:
                    break
                if any(r == "actor" for _, r in found) and event_type not in COMMUNICATIVE_TYPES:
                    break
                verb = verb.head
        if not any(r == "actor" for _, r in found) and event_type in ("attack", "arrest", "deployment"):
            # "a military air strike": with nobody named, the institution in the modifier acts
            found.extend((c, "actor") for c in tok.children
                         if c.dep_ in ("amod", "compound") and c.lemma_.lower() in DOMESTIC_ACTORS)
        actors: list[Actor] = []
        seen: set[tuple[str, str | None]] = set()
        for head, role in found:
            for member in [head, *self._conjuncts(head)]:
                if member == tok or tok in member.subtree and member.dep_ not in ("poss",):
                    continue
                for actor in self._actor_from(member, role, sent_tops, memory):
                    key = (actor.name.lower(), actor.country)
                    if key not in seen:
                        seen.add(key)
                        actors.append(actor)
        if any(a.country and a.role == "actor" and not a.reason.endswith(PAIR_REASON) for a in actors):
            # a named subject beats the guess for "the two countries"; partners ("with ships from Japan") do not
            actors = [a for a in actors if not a.reason.endswith(PAIR_REASON)]
        for actor in actors:
            if actor.role == "actor":
                memory.last_actor = actor
                break
        return actors

    @staticmethod
    def _conjuncts(tok: Token) -> list[Token]:
        return [c for c in tok.conjuncts if c.i > tok.i]

    @staticmethod
    def _phrase(head: Token) -> Span:
        """The actor phrase: the head with its left modifiers, "of X" and appositions; no relative clauses."""
        doc = head.doc
        left = head.i
        for child in head.lefts:
            left = min(left, child.left_edge.i)
        right = head.i + 1
        for child in head.rights:
            if child.dep_ in ("appos", "compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
                right = max(right, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in child.children):
                right = max(right, child.right_edge.i + 1)  # "Houthi forces in Yemen", "police in Springfield"
        span = doc[left:right]
        while len(span) > 1 and (span[0].is_punct or span[0].lower_ in ("the", "a", "an")):
            span = span[1:]
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]
        return span

    def _resolve_pronoun(self, head: Token, memory: _ArticleMemory) -> Actor | None:
        """"it" in "The Chinese military has announced that it would hold ..." → the subject of a governing verb,
        else the article's last actor."""
        verb = head.head
        for _ in range(4):
            if verb.head == verb:
                break
            verb = verb.head
            for child in verb.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON" and child != head:
                    span = self._phrase(child)
                    return Actor(span.text, None, "actor", span.start_char, span.end_char, "")
        return memory.last_actor

    def _actor_from(self, head: Token, role: str, sent_tops: list[Toponym],
                    memory: _ArticleMemory) -> list[Actor]:
        lower = head.lower_
        if lower in ("who", "which", "that") and head.head.dep_ == "relcl" and head.head.head.pos_ in (
                "NOUN", "PROPN"):
            head = head.head.head  # "President Noboa, who declared ...": the noun the clause is about
            lower = head.lower_
        if head.pos_ == "PRON":
            if lower in PRONOUNS_SINGULAR or lower in ("they", "them"):
                ref = self._resolve_pronoun(head, memory)
                if ref is not None and ref.country is None:
                    sent = head.sent
                    span = sent.doc.char_span(ref.start, ref.end) if ref.start is not None else None
                    if span is not None:
                        country, _ = self._phrase_country(span, sent_tops, memory)
                        ref = Actor(ref.name, country, role, ref.start, ref.end, ref.reason)
                if ref is not None:
                    return [Actor(ref.name, ref.country, role, head.idx, head.idx + len(head),
                                  f"'{head.text}' = {ref.name}")]
            return []
        span = self._phrase(head)
        text = span.text.strip(" ,")
        pair = PAIR_WORDS.search(text)
        if pair or (head.lemma_ in ("country", "nation", "side") and any(c.lower_ == "their" for c in head.children)):
            return [Actor(self._country_name(c), c, role, span.start_char, span.end_char,
                          f"'{text}' = {PAIR_REASON}") for c in memory.last_two()]
        countries = self._phrase_countries(span, sent_tops)
        if len(countries) > 1:
            # "China-Russia drills", "Chinese and Russian militaries"
            for iso3 in countries:
                memory.note_country(iso3)
            return [Actor(self._country_name(c), c, role, span.start_char, span.end_char,
                          f"'{text}' names {len(countries)} countries") for c in countries]
        country, reason = self._phrase_country(span, sent_tops, memory)
        if country is None and not self._named(span) and not {head.lemma_.lower(), head.lower_} & (
                ACTOR_NOUNS | DOMESTIC_ACTORS):
            return []  # "other partners", "specific dates": nobody a user could filter by
        actor = Actor(name=text, country=country, role=role, start=span.start_char, end=span.end_char,
                      reason=reason)
        if country:
            # remember names for later mentions ("Xi", "Zhang", "the Air Force")
            for ent in span.ents:
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

    @staticmethod
    def _named(span: Span) -> bool:
        """Does the phrase name someone (a person, an organisation)?"""
        return any(ent.label_ in ("PERSON", "ORG") for ent in span.ents)

    def _phrase_countries(self, span: Span, sent_tops: list[Toponym]) -> list[str]:
        """Distinct countries of the country names and demonyms inside a phrase, in order."""
        found: list[tuple[int, str]] = []
        for t in sent_tops:
            if span.start_char <= t.start and t.end <= span.end_char and t.place is not None:
                if (t.place.kind == "country" or t.role == "demonym") and t.place.country_iso3:
                    found.append((t.start, t.place.country_iso3))
        gaz = self.gazetteer
        for tok in span:
            if tok.text[:1].isupper() and not any(s <= tok.idx < s + 1 for s, _ in found):
                iso3 = gaz.demonym(tok.text)
                if iso3:
                    found.append((tok.idx, iso3))
        out: list[str] = []
        for _, iso3 in sorted(found):
            if iso3 not in out:
                out.append(iso3)
        return out


    def _known_country(self, iso3: str) -> bool:
        try:
            self.gazetteer.country(iso3)
            return True
        except LookupError:
            return False

    def _phrase_country(self, span: Span, sent_tops: list[Toponym],
                        memory: _ArticleMemory) -> tuple[str | None, str]:
        gaz = self.gazetteer
        # 1. an organisation the gazetteer knows (NATO, the SCO: no country; the Pentagon: USA)
        for ent in span.ents:
            if ent.label_ in ("ORG", "GPE", "NORP"):
                org = gaz.organization(ent.text)
                if org is not None:
                    iso3 = _org_country(org)
                    return iso3, f"organisation {ent.text}" + (f" ({iso3})" if iso3 else " (international)")
        # 2. a place or demonym inside the phrase
        for t in sent_tops:
            if t.start < span.end_char and span.start_char < t.end and t.place is not None:
                if t.place.country_iso3 and (t.role == "demonym" or t.place.kind in ACTOR_PLACE_KINDS):
                    return t.place.country_iso3, f"'{t.text}' in the phrase → {t.place.country_iso3}"
        for tok in span:
            iso3 = gaz.demonym(tok.text) if tok.text[:1].isupper() else None
            if iso3:
                return iso3, f"demonym '{tok.text}'"
        org = gaz.organization(span.text)
        if org is not None:
            iso3 = _org_country(org)
            return iso3, f"organisation {span.text}"
        # 3. names seen earlier in the article
        key = span.text.lower()
        for cand in (key, key.removeprefix("the ")):
            if cand in memory.names:
                return memory.names[cand], f"'{span.text}' named earlier with {memory.names[cand]}"
        words = " ".join(w.lower_ for w in span if w.text[:1].isupper())
        if words in memory.names:
            return memory.names[words], f"'{span.text}' named earlier with {memory.names[words]}"
        for ent in span.ents:
            if ent.label_ == "PERSON":
                for tok in reversed(ent):
                    if tok.lower_ in memory.names:
                        return memory.names[tok.lower_], f"'{tok.text}' named earlier with {memory.names[tok.lower_]}"
        return None, "no country cue"

    # -- dates ---------------------------------------------------------------------------------------
    @staticmethod
    def _clause_verbs(m: _Mention, anchors: list[Token]) -> set[int]:
        """Token indices of the verbs whose modifiers (dates) belong to this trigger."""
        verbs = {a.i for a in anchors}
        for a in anchors:
            if a.pos_ in ("VERB", "AUX"):
                if a.dep_ == "conj":
                    verbs.add(a.head.i)
                verbs.update(c.i for c in a.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        tok = m.trigger.head
        while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
            tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            verbs.add(tok.i)
            if tok.dep_ in ("ccomp", "xcomp", "conj"):
                verbs.add(tok.head.i)
        return verbs

    def _assign_dates(self, mentions: list[_Mention], dates: list[DateRange]) -> None:
        """Give each mention the date expression attached to its clause; a date attached to no trigger goes to
        the nearest undated trigger before it ("a planned visit to China ... beginning late August")."""
        if not dates or not mentions:
            return
        doc = mentions[0].sent.doc
        governors: list[int | None] = []
        for d in dates:
            span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand") if d.span else None
            gov = None
            if span is not None:
                tok = span.root
                for _ in range(8):
                    if tok.head == tok:
                        gov = tok.i
                        break
                    tok = tok.head
                    if tok.pos_ in ("VERB", "AUX") or tok.i in {mm.trigger.i for mm in mentions}:
                        gov = tok.i
                        break
            governors.append(gov)
        used: set[int] = set()
        for m in mentions:
            own = {a.i for a in m.anchors}
            clause = self._clause_verbs(m, m.anchors)
            # a date on the trigger's own words beats one on the verb that reports it ("said on Wednesday
            # that it would send agents next month")
            ranked = sorted(range(len(dates)), key=lambda k: governors[k] not in own)
            for k in ranked:
                d, gov = dates[k], governors[k]
                if gov is not None and gov in clause:
                    m.date = d
                    m.date_is_default = False
                    used.add(k)
                    break
        for k, d in enumerate(dates):
            if k in used or d.span is None:
                continue
            before = [m for m in mentions if m.date is None and m.trigger.idx < d.span[0]]
            if before:
                m = max(before, key=lambda mm: mm.trigger.idx)
                m.date = d
                m.date_is_default = False


    # -- location ------------------------------------------------------------------------------------
    def locate_verb(self, doc: Doc, verb: Token, *, learned: bool = True) -> Toponym | None:
        """The place where the event of ``verb`` (any verb, in a parsed doc with toponyms) happened, or
        ``None``; unresolved place names count (used to score on EventLocation). The learned chooser
        (:mod:`.event_location`) decides when its weights are loaded and ``learned``; else the rules."""
        scorer = self.location_scorer if learned else None
        if scorer is None:
            return self.rule_location(doc, verb)
        from .event_location import candidates

        best = scorer.choose(candidates(self, doc, verb))
        if best.span is None:
            return None
        start, end = best.span
        top = best.toponym
        if top is not None and (top.start, top.end) == best.span:
            return top
        return Toponym(start, end, doc.text[start:end], top.place if top is not None else None,
                       top.score if top is not None else 0.0, "chosen by the learned event-location scorer",
                       top.label if top is not None else "")

    def rule_location(self, doc: Doc, verb: Token) -> Toponym | None:
        """:meth:`locate_verb` by the hand-written rules alone (also a feature of the learned chooser)."""
        m = self.rule_mention(doc, verb)
        return self._name_only(doc, m.location) if m.location is not None else None

    def rule_mention(self, doc: Doc, verb: Token) -> _Mention:
        """A mention of ``verb``'s event located by the rules (no location when :meth:`_other_sense` says the
        verb names no event: "captured the title", "demonstrated their support", "prices shot up")."""
        hit = self._trigger(verb)
        event_type, code = hit if hit is not None else ("event", "")
        sent = verb.sent
        m = _Mention(trigger=verb, event_type=event_type, code=code, sent=sent, anchors=self._anchors(verb))
        if self._other_sense(verb, rejected=hit is None):
            m.reasons["location"] = "other sense"
            return m
        sent_tops = [t for t in (doc._.toponyms or []) if sent.start_char <= t.start < sent.end_char]
        self._locate(m, m.anchors, sent_tops, sent, require_place=False)
        return m

    @staticmethod
    def _other_sense(verb: Token, *, rejected: bool) -> bool:
        """Is ``verb`` an event word used in another sense: a lexicon entry that :meth:`_trigger` rejected
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

    @staticmethod
    def _name_only(doc: Doc, top: Toponym) -> Toponym:
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

    def _locate(self, m: _Mention, anchors: list[Token], sent_tops: list[Toponym], sent: Span, *,
                require_place: bool = True, article_tops: list[Toponym] | None = None) -> None:
        """Set ``m.location`` (and place, precision, reason): the place of a locative phrase attached to the
        trigger, else of its target, its governing verb, its clause, its sentence; else the place a phrase
        such as "near that port" refers back to (``article_tops``); else a place-name subject that acts at
        home ("Manila summoned ...")."""
        doc = sent.doc
        usable: list[Toponym] = []
        owners: list[Toponym] = []  # "Mecca's hospital": not where an event is, except inside its target
        for t in sent_tops:
            if require_place and t.place is None:
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if t.role != "literal" and not (t.role == "embedded" and span is not None and self._locative_object(
                    span.root)):
                continue  # a demonym, or a name inside an organisation's ("Shanghai Cooperation Organization")
            if span is not None and (span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].lower_ in (
                    "'s", "’s"))):
                owners.append(t)
                continue  # "Moscow's invasion": the owner, not where
            usable.append(t)
        # names the recogniser left out ("the Aziziyah district") count when a place is not required
        unnamed = [] if require_place else self._unrecognised_names(sent, sent_tops)
        if not usable and not article_tops and not unnamed and not owners:
            return

        def in_phrases(preps: list[Token], pool: list[Toponym] | None = None) -> list[tuple[Toponym, Token]]:
            out = []
            for prep in preps:
                lo, hi = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
                for t in (usable if pool is None else pool):
                    if lo <= t.start and t.end <= hi and not self._inside_other_event(t, prep, m.trigger):
                        out.append((t, prep))
            return out

        def locative_preps(anchor: Token) -> list[Token]:
            preps = []
            for child in anchor.children:
                word = child.lower_
                if child.dep_ == "prep" and (word in LOCATIVE_PREPS or m.event_type in DIRECTIONAL_PREPS.get(word, ())):
                    preps.append(child)
                elif child.dep_ in ("amod", "advmod", "acomp", "npadvmod") and (
                        child.lower_ in ("adjacent", "close", "near") or child.lower_ in COMPASS_WORDS):
                    # "adjacent to X", "shot in an ambush south of Baghdad"
                    preps.extend(c for c in child.children if c.dep_ == "prep")
                    preps.append(child)
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
            targets = in_phrases(objs, usable + owners)
            # a passive subject only as a whole: "Kisangani was captured", not "Hicks, from Adelaide, was"
            if m.trigger.lemma_.lower() in OBJECT_PLACE_VERBS:  # places are captured; people are shot
                targets += [(t, c) for c in m.trigger.children if c.dep_ == "nsubjpass" and m.trigger.pos_ == "VERB"
                            and c.ent_type_ != "PERSON" for t in usable + owners if self._names_head(doc, t, c)]
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
                targets = [(t, p) for t, p in self._object_names(m.trigger, sent_tops)
                           if lemma in PLACE_ONLY_OBJECT_VERBS or (p.dep_ == "dobj" and p.ent_type_ in (
                               "", "GPE", "LOC", "FAC"))]
            kinds = ("city", "admin1", "admin2", "country", "region", "landmark", "user") + (
                ("sea",) if m.event_type != "attack" else ())  # "patrolling the Persian Gulf"
            targets = [(t, p) for t, p in targets if t.place is None or t.place.kind in kinds]
            if targets:
                spec = self._specificity
                if not hits or max(spec(t) for t, _ in targets) >= max(spec(t) for t, _ in hits):
                    hits = targets
                    how = "the attack's target"
                    attached = True
        if not hits and m.trigger.pos_ == "VERB" and m.event_type not in STATEMENT_TYPES:
            # "attacked Damboa town, killing over 60": the verb this one depends on says where
            head = m.trigger
            for _ in range(2):
                if head.dep_ not in ("advcl", "conj", "xcomp") or head.head == head:
                    break
                head = head.head
                hits = in_phrases(locative_preps(head))
                if not hits and head.lemma_.lower() in OBJECT_PLACE_VERBS | {"attack"}:
                    hits = in_phrases([c for c in head.children if c.dep_ == "dobj"])
                if hits:
                    how = f"attached to '{head.text}', which this event belongs to"
                    attached = True
                    break
        if not hits and m.event_type not in STATEMENT_TYPES:
            clause = m.trigger
            while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl") and clause.head != clause:
                clause = clause.head
            # not inside the subject: "the conflict in Syria has killed ..." did not kill in Syria
            subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            preps = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in FALLBACK_PREPS
                     and t.i not in subject]
            preps = [p for p in preps if not self._role_place(p, m.trigger)]
            hits = in_phrases(preps, usable + named_places)
            how = "in the trigger's clause"
            if not hits and article_tops:
                hits = self._place_anaphora(attached_preps + preps, article_tops)
                how = "referred back to"
            if not hits and self.sentence_fallback:
                preps = [t for t in sent if t.dep_ == "prep" and t.lower_ in FALLBACK_PREPS
                         and not self._role_place(t, m.trigger)]
                hits = in_phrases(preps)
                how = "in the sentence"
        if not hits and m.event_type in METONYMIC_SUBJECT_TYPES:
            hits = self._place_subject(anchors, usable)
            how = "the subject names the place that acts"
        if not hits:
            return
        # the head of the phrase beats the places that modify it ("in Lucciana, in upper Corsica", "the Sharon
        # junction near Netanya, 30 km north of Tel Aviv"); then the most specific; then the first
        t, prep = min(hits, key=lambda h: (self._phrase_depth(doc, h[0], h[1]), -self._specificity(h[0]),
                                           h[0].start))
        m.location = t
        m.location_attached = attached
        m.location_scope = "trigger" if attached else (
            "clause" if how in ("in the trigger's clause", "referred back to") else "sentence")
        if t.place is None:
            m.reasons["location"] = f"'{t.text}' {how} ('{prep.text} …'); unresolved: {t.reason}"
            return
        m.place = t.place
        phrase_words = sent.text[prep.idx - sent.start_char:t.start - sent.start_char].lower()
        near = prep.lower_ in NEAR_PREPS or any(w in phrase_words for w in NEAR_WORDS)
        if t.place.kind in ("city", "landmark", "user", "admin2") and not t.place.has_area:
            m.geo_precision = 2 if near else 1
        else:
            m.geo_precision = 3
        m.reasons["location"] = f"'{t.text}' {how} ('{prep.text} …'); {t.reason}"


    @staticmethod
    def _names_head(doc: Doc, t: Toponym, head: Token) -> bool:
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

    @staticmethod
    def _phrase_depth(doc: Doc, t: Toponym, prep: Token) -> int:
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

    @staticmethod
    def _specificity(t: Toponym) -> int:
        return KIND_SPECIFICITY.get(t.place.kind if t.place else "city", 0)

    @staticmethod
    def _unrecognised_names(sent: Span, sent_tops: list[Toponym]) -> list[Toponym]:
        """Proper names of the sentence that no toponym covers ("shelled the Aziziyah district", tagged
        PERSON or ORG by the model): unresolved place candidates, used only inside a phrase attached to
        the trigger or its target."""
        out = []
        spans = [ent for ent in sent.ents if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "PRODUCT")]
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

    @staticmethod
    def _role_place(prep: Token, trigger: Token) -> bool:
        """Does ``prep`` say where someone serves or speaks from ("a military source in Aleppo said", "the
        al-Qaeda branch in Syria released ..."), someone who is not what the event happened to (the victim's
        place is the event's: "killed a tribal leader in Diyala")?"""
        noun = prep.head
        if noun.lemma_.lower() not in ROLE_NOUNS:
            return False
        for obj in trigger.children:
            if obj.dep_ in ("dobj", "nsubjpass") and noun in obj.subtree:
                return False
        return True

    @staticmethod
    def _object_names(verb: Token, sent_tops: list[Toponym]) -> list[tuple[Toponym, Token]]:
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

    @staticmethod
    def _locative_object(tok: Token) -> bool:
        """Is ``tok`` itself the object of a locative preposition ("around Paiporta and Catarroja"), so that a
        name the recogniser took for part of an organisation's is used as a place?"""
        if tok.dep_ == "conj":
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and tok.pos_ == "PROPN"

    @staticmethod
    def _place_anaphora(preps: list[Token], article_tops: list[Toponym]) -> list[tuple[Toponym, Token]]:
        """"near that port", "in the city": the last place of a fitting kind named before the phrase."""
        for prep in preps:
            for noun in prep.children:
                kinds = ANAPHORIC_PLACE_NOUNS.get(noun.lemma_.lower())
                if noun.dep_ != "pobj" or kinds is None or not any(
                        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children):
                    continue
                if any(c.dep_ in ("compound", "poss", "prep") or c.pos_ == "PROPN" for c in noun.children):
                    continue  # "the port of Hodeidah", "the Kherson city": a name of its own
                before = [t for t in article_tops if t.end <= noun.idx and t.role == "literal"
                          and t.place is not None and t.place.kind in kinds]
                if before:
                    return [(before[-1], prep)]
        return []

    @staticmethod
    def _place_subject(anchors: list[Token], usable: list[Toponym]) -> list[tuple[Toponym, Token]]:
        """"Manila summoned the ambassador", "Taiwan plans to hold war games": the subject names the place."""
        for a in anchors:
            verb = a
            for _ in range(3):
                if verb.pos_ not in ("VERB", "AUX"):
                    break
                for child in verb.children:
                    if child.dep_ == "nsubj" and child.pos_ == "PROPN":
                        for t in usable:
                            if t.start <= child.idx < t.end and t.place is not None and t.place.kind in (
                                    "country", "city", "admin1"):
                                return [(t, child)]
                if verb.dep_ != "xcomp":
                    break
                verb = verb.head
        return []

    def _inside_other_event(self, t: Toponym, prep: Token, trigger: Token) -> bool:
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
            if tok != trigger and tok != prep and tok.pos_ == "NOUN" and self._trigger(tok) is not None:
                return True
        return False

    # -- merging -------------------------------------------------------------------------------------
    def _merge(self, mentions: list[_Mention]) -> list[list[_Mention]]:
        groups: list[list[_Mention]] = []
        for m in mentions:
            candidates = []
            for g in reversed(groups):
                head = g[0]
                if head.event_type != m.event_type:
                    continue
                if m.sent.start - g[-1].sent.start > 40 * self.merge_window:
                    continue
                if self._compatible(g, m):
                    candidates.append(g)
            target = candidates[0] if candidates else None
            if m.date is None and len(candidates) > 1:
                # an undated follow-up ("rain fell around X") is about the news of the day, not about the
                # background event named last ("after the floods of October 2024")
                published = m.sent.doc._.published
                current = [g for g in candidates if published is None or all(
                    abs((gm.date.end - published).days) <= 14 for gm in g if gm.date is not None)]
                target = current[0] if current else target
            if target is None:
                groups.append([m])
            else:
                target.append(m)
        return groups

    @staticmethod
    def _compatible(group: list[_Mention], m: _Mention) -> bool:
        names = set().union(*(g.names for g in group))
        same_name = bool(names & m.names)
        dates = [g.date for g in group if g.date is not None]
        if m.date is not None and dates and not any(d.overlaps(m.date) for d in dates):
            return False
        countries = {a.country for g in group for a in g.actors if a.country}
        m_countries = {a.country for a in m.actors if a.country}
        places = [g.place for g in group if g.place is not None]
        if m.place is not None and m.location_attached and places and all(p.id != m.place.id for p in places):
            if not same_name:
                return False
        if m.trigger.i == group[-1].trigger.i:
            return False
        if same_name or m.sent.start == group[-1].sent.start:
            return True  # "arrived ... for a state visit": one sentence, one event of a type
        if m_countries and countries and not (m_countries <= countries or countries <= m_countries):
            return False
        if m.event_type in STATEMENT_TYPES:
            return False
        # a mention with nothing of its own (no actors, no date) refers back; so does one that only repeats
        # the same actors
        if not m.actors and m.date is None:
            return True
        if m_countries and m_countries <= countries and m.date is None:
            return True  # a later mention with some of the same actors and no date of its own refers back
        if m_countries and m_countries == countries and dates:
            return True
        return False

    # -- output --------------------------------------------------------------------------------------
    def _to_event(self, group: list[_Mention], doc: Doc, article_id: str, published: dt.date, n: int,
                  default_date) -> Event:
        first = group[0]
        actors: list[Actor] = []
        seen: set[tuple[str | None, str]] = set()
        for m in group:
            for a in m.actors:
                key = (a.country, a.name.lower()) if a.country is None else (a.country, "")
                if key not in seen:
                    seen.add(key)
                    actors.append(a)
        date = next((m.date for m in group if m.date is not None), None)
        located = [m for m in group if m.place is not None]
        # a location attached to a trigger beats one from the clause or sentence; then the most specific
        loc = max(located, key=lambda m: (m.location_attached, KIND_SPECIFICITY.get(m.place.kind, 0))) if located else None
        reasons: dict[str, str] = {}
        if date is None:
            date = default_date(published)
        reasons["date"] = date.reason or f"'{date.text}'"
        if loc is not None:
            reasons["location"] = loc.reasons.get("location", "")
        else:
            reasons["location"] = "no place attached to the event"
        if loc is not None and loc.place is not None and (first.event_type == "visit" or (
                first.event_type in HOSTED_TYPES and loc.location_scope in ("trigger", "clause"))):
            # the country an event is taken to or held in takes part in it ("drills around Taiwan",
            # "send agents to Quito", "a summit in Astana")
            host = loc.place.country_iso3
            if host and host not in {a.country for a in actors}:
                actors.append(Actor(name=self._country_name(host), country=host, role="host",
                                    reason=f"{first.event_type.replace('_', ' ')} in {loc.place.name}"))
        if loc is not None and loc.place is not None and loc.place.country_iso3:
            for k, a in enumerate(actors):
                if a.country is None and any(w in DOMESTIC_ACTORS for w in a.name.lower().split()):
                    home = f"no country word; acts at home in {loc.place.name}"
                    actors[k] = Actor(a.name, loc.place.country_iso3, a.role, a.start, a.end,
                                      f"{home} ({a.reason})" if "refers back" in a.reason else home)
        reasons["actors"] = "; ".join(f"{a.name}: {a.reason}" for a in actors) or "no actor found"
        sent = first.sent
        trigger = first.trigger
        event = Event(
            event_id=f"{article_id}:E{n}",
            event_type=first.event_type,
            code=first.code or None,
            trigger=trigger.text,
            sentence=sent.text.strip(),
            article_id=article_id,
            actors=actors,
            date=date,
            place=loc.place if loc else None,
            location_text=loc.location.text if loc and loc.location else None,
            geo_precision=loc.geo_precision if loc else None,
            published=published,
            title=doc._.title,
            url=doc._.url,
            trigger_span=(trigger.idx, trigger.idx + len(trigger)),
            sentence_span=(sent.start_char, sent.end_char),
            location_span=(loc.location.start, loc.location.end) if loc and loc.location else None,
            mentions=[m.sent.text.strip() for m in group[1:] if m.sent.start != sent.start],
            reasons=reasons,
        )
        if loc is not None and loc is not first:
            # show the sentence that says where it happened
            event.sentence = loc.sent.text.strip()
            event.sentence_span = (loc.sent.start_char, loc.sent.end_char)
            event.trigger = loc.trigger.text
            event.trigger_span = (loc.trigger.idx, loc.trigger.idx + len(loc.trigger))
            event.mentions = [m.sent.text.strip() for m in group if m.sent.start != loc.sent.start]
        return event

    def _country_name(self, iso3: str) -> str:
        try:
            return self.gazetteer.country(iso3).name
        except LookupError:
            return iso3


def _events_factory(nlp: Language, name: str, gazetteer_path: str | None, merge_window: int,
                    sentence_fallback: bool, location_model: bool) -> EventExtractor:
    return EventExtractor(nlp, name, gazetteer_path=gazetteer_path, merge_window=merge_window,
                          sentence_fallback=sentence_fallback, location_model=location_model)


for _ext in ("events", "published", "article_id", "title", "url"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

Language.factory(
    "geomap_events",
    assigns=["doc._.events"],
    requires=["doc._.toponyms", "token.dep", "token.lemma"],
    default_config={"gazetteer_path": None, "merge_window": 12, "sentence_fallback": True, "location_model": True},
    func=_events_factory,
)
