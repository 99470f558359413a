"""Finding place mentions: the ``geomap_toponyms`` spaCy component.

Three sources are merged into ``doc._.toponyms`` (a list of :class:`~geomap.model.Toponym`, unresolved):

1. the model's GPE / LOC / FAC entities, with leading articles ("the", "a") trimmed and the longest part that the
   gazetteer knows kept ("the Asia-Pacific region" → "Asia-Pacific");
2. a gazetteer matcher over capitalised n-grams (and "western Pacific"-style lower-case directions before a
   name) for what the small model misses: seas, straits, regions, all-caps datelines;
3. NORP entities that are demonyms ("Russian" → role ``demonym``), which the event stage uses for actors, and
   continent and region adjectives ("European", "Latin American"; ``gazetteer/curated/area_demonyms.csv``).

Filters: a place inside an organisation's name ("Shanghai" in "Shanghai Cooperation Organization") gets role
``embedded``; a name inside a person's name ("Florence" in "Florence Pugh") is dropped, as are gazetteer matches on
sentence-initial common words ("May", "Will"). Metonymic uses ("Beijing warned") stay ordinary toponyms.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .component import GazetteerComponent
from .parsed import entities
from ..gazetteer.names import normalize
from ..model import Place, Toponym


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that block a gazetteer match overlapping them (the span is something else).
BLOCKING_LABELS = frozenset(
    {"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY",
     "ORDINAL", "CARDINAL", "PERCENT"}
)
#: prepositions after which a proper noun that is no entity of another kind is taken for a place name
PATTERN_PREPS = frozenset({"in", "near", "outside", "at", "from", "into", "towards", "toward"})
#: words after a place name that make it a pathogen's name
DISEASE_WORDS = frozenset({"virus", "viruses", "ebolavirus", "fever", "disease", "flu", "influenza", "encephalitis",
                           "strain", "variant", "syndrome", "virus-like", "hemorrhagic", "haemorrhagic"})
#: of those, the words that name a pathogen after its place outright: such a name, once seen before one, is the
#: pathogen everywhere in the text ("Marburg virus" ... "imported Marburg"), unless it is a prominent place
PATHOGEN_WORDS = frozenset({"virus", "viruses", "ebolavirus", "fever", "hemorrhagic", "haemorrhagic"})
#: "the village of X", "the town of X"
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "district", "province", "region", "county", "municipality", "neighbourhood",
     "neighborhood", "suburb", "governorate", "prefecture", "state", "island", "port", "area", "camp", "township",
     "hamlet", "settlement", "valley", "countryside", "outskirts"}
)
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
     "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "upper",
     "lower", "greater", "inner", "outer", "mainland"}
)
LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "its", "their"})
#: Words after a name that describe it and may be dropped to find it in the gazetteer.
TRAILING_WORDS = frozenset({"region", "area", "regions", "areas", "side", "territory", "waters", "coast"})
#: Capitalised words that are place names somewhere but, at the start of a sentence or alone, are usually not.
COMMON_CAPITALISED = frozenset(
    {"may", "will", "can", "so", "but", "and", "or", "this", "that", "they", "he", "she", "we", "it", "i", "you",
     "his", "her", "mr", "mrs", "ms", "dr", "president", "minister", "mayor", "governor", "police", "city", "county",
     "state", "university", "school", "church", "hospital", "street", "road", "avenue", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
     "july", "august", "september", "october", "november", "december", "news", "today", "read", "also", "more",
     "said", "says", "one", "two", "victoria", "god", "christmas", "easter", "republican", "democrat", "democrats",
     "republicans", "senate", "house", "congress", "court", "justice", "north", "south", "east", "west", "union",
     "independence", "liberty", "obama", "trump", "biden", "bush", "clinton", "commerce", "energy", "defense",
     "aid", "health", "hope", "unity", "progress", "freedom", "sun", "star", "post", "times", "globe", "mirror",
     # generic geographic nouns: parts of names, not names ("the Joint Sea 2025 exercise")
     "sea", "seas", "ocean", "river", "lake", "bay", "gulf", "strait", "island", "islands", "mountain",
     "mountains", "valley", "park", "port", "coast", "beach", "desert", "forest", "joint", "central", "capital",
     "maritime", "coastal", "marine", "naval",  # organisations' adjectives; Togo's Maritime region is "Maritime"
     "airport", "bridge", "harbor", "harbour", "canal", "field", "hill", "hills", "border", "region", "district",
     "province", "village", "town", "world", "earth", "national", "international", "global", "western",
     "eastern", "northern", "southern", "force", "air", "army", "navy", "general", "major", "minor",
     # adjectives of organisation names ("Federal Ministry", "Royal Free Hospital", "Free Trade Agreement")
     "federal", "free"}
)
#: a town at least this large is known by its bare name even where it could be a word of another name
PROMINENT_POPULATION = 100_000
#: the Arabic article as news writes it before a name ("al-Shihr", "el-Arish", "ash-Shajara")
ARABIC_ARTICLES = ("al", "el", "ash", "as", "ad", "an", "ar", "az", "at", "ath", "adh")
ARABIC_ARTICLE = re.compile(rf"(?:{'|'.join(ARABIC_ARTICLES)})-[A-Z]")
#: an apposition that says what a name is: "Weno, the main island of Chuuk state", "Sindian, a village near ..."
PLACE_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:town|city|village|port|capital|suburb|municipality|island|"
    r"borough|hamlet|settlement|district|province|county|region)\s+(?:in|of|on|near|north|south|east|west)\b")
#: nouns after an unknown name that make it the name of an event, not of a place ("the Balikatan exercises")
EVENT_NAME_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "summit", "games", "festival",
                              "offensive", "operation", "manoeuvres", "maneuvers", "war"})
#: words that name a storm with the name after them ("Typhoon Maemi", "Tropical Storm Alberto")
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical", "supertyphoon"})
#: an aircraft's or a weapon's designation before its name ("an HC-130 Hercules", "MQ-9 Reaper drones")
DESIGNATION_BEFORE = re.compile(r"(?:^|\s)[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?\s+$")
#: particles inside names, shared by unrelated names ("al-Dhabba" and "al-Shihr")
NAME_PARTICLES = frozenset(ARABIC_ARTICLES) | {"bin", "ibn", "abu", "de", "del", "da", "di", "van", "von", "la", "le"}
#: prepositions whose object, tagged a person by the small model, reads as a place when the gazetteer knows it
#: well ("sank off Mariveles", "died in Rakhine")
LOCATIVE_PREPS = PATTERN_PREPS | {"off", "across", "throughout", "around"}
#: prepositions whose object, tagged another kind of entity by the small model (a person, a product, an
#: organisation), is read as a place when the gazetteer has the whole text as a place's own name ("north of
#: Auki", "around Gizo", "the road through Halba"); "to" and "from" take people too ("wrote to Johnson"), so
#: after them a person-tagged name must be a prominent place
RECOVERY_PREPS = LOCATIVE_PREPS | {"through", "along", "via", "to", "from", "including", "beyond", "inside",
                                   "within", "on"}
PERSONAL_PREPS = frozenset({"to", "from", "on", "including"})
#: words whose "to" or "from" takes a person or an organisation, not a destination ("according to", "spoke to",
#: "a letter from", "support from")
PERSONAL_HEADS = frozenset(
    {"according", "speak", "spoke", "talk", "say", "said", "write", "wrote", "tell", "told", "reply", "replied",
     "respond", "listen", "report", "explain", "complain", "appeal", "apologize", "apologise", "turn", "letter",
     "message", "call", "email", "statement", "comment", "note", "word", "words", "answer", "offer", "lose",
     "lost", "win", "belong", "marry", "married", "close", "related", "loyal", "thanks", "support", "help", "aid",
     "request", "order", "orders", "signal", "sign", "pass", "passed", "give", "gave", "hand", "handed", "sell",
     "sold", "loan", "donation", "gift", "challenge", "threat", "response",
     "reaction", "criticism", "pressure", "praise", "opposition", "resistance", "approval", "permission",
     "invitation", "answer", "testimony", "evidence", "quote", "remarks", "pledge", "promise"})
#: entity labels whose name the recovery may read as a place
#: the words that join the two halves of a place's name ("Port of Spain", "Trinidad and Tobago")
JOINING_WORDS = frozenset({"of", "and", "&"})
RECOVERABLE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW"})
#: words before a name that make it a person's ("President Jordan", "Mr Lincoln")
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "minister", "gen",
                    "general", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "justice", "king",
                    "queen", "prince", "princess", "sir", "lord", "lady", "pope", "chief", "coach", "captain",
                    "capt", "col", "colonel", "lt", "sgt", "officer", "detective", "mr.", "mrs.", "ms.", "dr.",
                    "gen.", "sen.", "rep.", "gov.", "st.", "saint", "father", "sister", "brother", "uncle",
                    "aunt", "pastor", "rev", "rev.", "reverend", "rabbi", "imam", "sheikh", "emir", "sultan"})
#: nouns of natural and built features named after a place ("Suez Canal", "Hudson River", "Delft Island")
FEATURE_NOUNS = frozenset({"canal", "river", "lake", "island", "islands", "peninsula", "valley", "basin", "delta",
                           "bay", "harbour", "harbor", "dam", "reservoir", "mountains", "hills", "plateau", "desert",
                           "lagoon", "estuary", "creek", "falls", "glacier", "volcano", "reef", "atoll"})
#: common nouns of water bodies and landforms: a name that is only such a word ("Sea", "the Ocean") is no place
GENERIC_FEATURES = frozenset({"sea", "seas", "ocean", "oceans", "river", "rivers", "gulf", "strait", "straits",
                              "bay", "island", "islands", "lake", "lakes", "mountain", "mountains", "channel",
                              "sound", "passage", "coast", "peninsula", "cape", "harbour", "harbor", "canal",
                              "desert", "valley", "hill", "hills", "creek", "lagoon", "reef", "delta", "basin"})
#: the head words of water bodies' "X of Y" names ("the Strait of Dover", "the Gulf of Aden")
WATER_HEADS = frozenset({"sea", "gulf", "strait", "straits", "bay", "channel", "sound", "bight"})
#: nouns of facilities named after the place they are in ("Umm Qasr port", "the Porgera gold mine", "X air base")
FACILITY_NOUNS = frozenset({"port", "mine", "field", "airport", "airfield", "base", "refinery", "terminal",
                            "harbour", "harbor", "dam", "oilfield", "gasfield", "camp", "prison", "barracks",
                            "crossing", "checkpoint", "airstrip", "post"})
#: of those, facilities often named after a person or a namesake elsewhere ("Kennedy airport", "Camp David", an
#: air base named after a distant village): their name is read as a place only when the place is well known
NAMED_FACILITIES = frozenset({"airport", "airfield", "base", "camp", "prison", "barracks"})
#: lower-case words that may come between such a name and its facility noun ("gold mine", "air base")
FACILITY_MODIFIERS = frozenset({"gold", "copper", "coal", "iron", "nickel", "diamond", "uranium", "gas", "oil",
                                "air", "naval", "military", "army", "international", "container", "grain",
                                "oil-field", "refugee", "power", "nuclear", "border", "frontier", "police"})
#: nouns of movement or violence whose "to" or "on" takes a place ("crossings to", "an attack on")
MOTION_HEADS = frozenset({"crossing", "crossings", "route", "routes", "road", "roads", "ferry", "ferries",
                          "flight", "flights", "journey", "trip", "voyage", "return", "move", "march", "advance",
                          "attack", "attacks", "assault", "raid", "raids", "strike", "strikes", "offensive",
                          "shelling", "bombing", "push", "access", "link", "service", "services", "passage",
                          "evacuation", "deployment", "highway", "railway", "sail", "sailed", "drove", "travel",
                          "travelled", "traveled", "fled", "flee", "moved", "headed", "returned", "deported"})
#: nouns that, after a name, make it a division's name ("Cavite province", "Rakhine State"): people and
#: towns are not named so
DIVISION_NOUNS = frozenset({"state", "province", "district", "region", "county", "prefecture", "governorate",
                            "oblast", "division", "municipality", "department"})
#: capitalised heads of a street's or a square's name, whatever place word comes before them
STREET_HEADS = frozenset({"Square", "Street", "Avenue", "Boulevard", "Stadium", "Road", "Lane", "Drive"})
#: classes of ship whose name follows them ("the frigate Bretagne")
VESSEL_NOUNS = frozenset({"frigate", "destroyer", "corvette", "cruiser", "carrier", "submarine", "tanker", "freighter",
                          "vessel", "ship", "trawler", "ferry", "yacht", "icebreaker", "cutter", "warship", "tug",
                          "longliner", "dredger", "liner", "barge", "boat", "supertanker", "bulker", "schooner"})
DIVISION_PLURALS = frozenset({"states", "provinces", "districts", "regions", "counties", "prefectures",
                              "governorates", "oblasts", "divisions", "municipalities", "departments"})


#: the hyphens that join the words of a name written as one ("Basse-Terre")
HYPHENS = frozenset({"-", "‐", "‑"})


def _own_name(p: Place) -> bool:
    """Is the gazetteer reading found by the place's own name, not by an alternate spelling or an alias?"""
    return (p.raw or {}).get("name_type") not in ("alternate", "alias")


def _function_word(tok: Token) -> bool:
    """A lower-case preposition, conjunction or article: no word of a name ("Macomia in", "the Sea on")."""
    return tok.is_lower and tok.pos_ in ("ADP", "CCONJ", "DET")


def _span_key(span: Span | tuple[int, int]) -> tuple[int, int]:
    return (span.start, span.end) if isinstance(span, Span) else span


class ToponymRecognizer(GazetteerComponent):
    """spaCy component that writes ``doc._.toponyms``."""

    def __init__(self, nlp: Language, name: str, *, max_ngram: int = 5, use_gazetteer_matcher: bool = True,
                 min_population: int = 15000, use_patterns: bool = True,
                 gazetteer_path: str | None = None) -> None:
        super().__init__(name, gazetteer_path=gazetteer_path)
        self.use_patterns = use_patterns
        self.min_population = min_population
        self.max_ngram = max_ngram
        self.use_gazetteer_matcher = use_gazetteer_matcher

    # -- the work -----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc._.toponyms = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Toponym]:
        ents = entities(doc)  # once per document: spaCy builds the entity spans again at every read
        gaz = self.gazetteer
        found: dict[tuple[int, int], Toponym] = {}
        taken = [False] * len(doc)
        blocked = [False] * len(doc)
        in_org: list[Span | None] = [None] * len(doc)
        # how often the model tags each text a place and a person: a word it tags a place more often is a place
        place_texts = Counter(ent.text for ent in ents if ent.label_ in PLACE_LABELS)
        place_texts.subtract(ent.text for ent in ents if ent.label_ == "PERSON")
        # words of multi-word person names ("Michael Jordan"): such a word alone is that person
        # (less those misread as places themselves: "Rakhine State")
        misread = {(ent.start, ent.end) for ent in ents if len(ent) > 1 and self._misread_person(ent, place_texts)}
        # words of persons' longer names, with the number of such names each is in
        name_words = Counter(w.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
                             and (ent.start, ent.end) not in misread for w in set(ent))
        misread |= {(ent.start, ent.end) for ent in ents
                    if len(ent) == 1 and self._misread_person(ent, place_texts, name_words)}
        # entities of another kind that are a known place by their grammar or fame ("north of Auki" tagged a
        # product, "Canberra said" tagged a person): added as places after the model's own place entities
        recovered = [self._joined_name(span) or self._extend(span) for span in (
            self._misread_entity(ent, name_words) for ent in ents) if span]
        # one sense per text: the name's other mentions of another label are the place too ("towed to the port of
        # Kalymnos" ... "fishermen from Kalymnos"), but not after a title
        texts = {span.text for span in recovered}
        keys = {(span.start, span.end) for span in recovered}
        for ent in ents:
            span = self._trim(ent) if ent.label_ in RECOVERABLE_LABELS else None
            if span is not None and span.text in texts and (span.start, span.end) not in keys and not (
                    span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in TITLES):
                recovered.append(span)
        misread |= {(span.start, span.end) for span in recovered}
        misread |= {(ent.start, ent.end) for ent in ents for span in recovered
                    if ent.start <= span.start and span.end <= ent.end}
        # names the text itself marks as a division ("in Cavite province"): known places even when small
        anchored, designated = self._division_names(doc)
        for ent in ents:
            if ent.label_ in BLOCKING_LABELS and (ent.start, ent.end) not in misread and not (
                    ent.label_ == "LANGUAGE" and self._starts_water_name(ent)):
                end = ent.end
                if ent.label_ == "DATE":
                    # a wire dateline's date ends at its dash: "ASTANA, April 9 - Kazakhstan summoned ..." tagged
                    # "April 9 - Kazakhstan" a date
                    end = next((i for i in range(ent.start + 1, ent.end) if doc[i].text in ("-", "–", "—")), end)
                for i in range(ent.start, end):
                    # a currency's country stays open: "one million US dollars", "50 Hong Kong dollars"
                    blocked[i] = not (ent.label_ == "MONEY" and doc[i].text[:1].isupper())
            elif ent.label_ == "ORG":
                for i in range(ent.start, ent.end):
                    in_org[i] = ent

        def add(span: Span, label: str, role: str = "literal") -> None:
            while len(span) > 1 and span[-1].is_space:  # "Christmas Island" of a headline, not its line breaks
                span = span.doc[span.start:span.end - 1]
            if any(taken[i] for i in range(span.start, span.end)):
                return
            for i in range(span.start, span.end):
                taken[i] = True
            found[(span.start, span.end)] = Toponym(
                start=span.start_char, end=span.end_char, text=span.text, label=label, role=role)

        # 1. the model's place entities (a part of one only when that part is a well-known place)
        cased = _is_cased(doc)
        for ent in ents:
            if ent.label_ in PLACE_LABELS and len(ent) == 1 and ent[0].lower_ in DIRECTIONS:
                continue  # "the West", "the South": not a gazetteer place
            if ent.label_ in PLACE_LABELS and cased and not any(c.isupper() for c in ent.text):
                continue  # "in woodland north of X" tagged GPE: in cased text a name has a capital
            if ent.label_ in PLACE_LABELS and gaz.organization(ent.text) is not None:
                continue  # "NATO" tagged GPE
            if ent.label_ in PLACE_LABELS and self._demonym(ent.text):
                add(ent, "NORP", role="demonym")  # "Japanese" tagged GPE in "the Japanese embassy"
                continue
            if ent.label_ in PLACE_LABELS:
                joined = self._joined_name(ent)
                if joined is not None:
                    add(joined, ent.label_)  # "Port" + "of" + "Spain" tagged apart: the town of Port of Spain
                    continue
                compound = self._compound_of(ent)
                if compound is not None:
                    # "Chakan" of "Chakan-da-Bagh": the whole compound is the name
                    if not gaz.has_name(compound.text) and self._name_like(compound):
                        add(compound, ent.label_)
                        continue
                    ent = compound
                generic = self._generic_only(ent)
                if generic is not None:
                    # "Sea" of "Sea of Japan" tagged alone: grown to the gazetteer's name, else no place
                    grown = self._grow_generic(generic)
                    if grown is not None:
                        add(grown, ent.label_)
                    continue
                water = self._water_of_name(ent)
                if water is not None:
                    add(water, ent.label_)  # "the Strait of Dover": the strait, not Dover
                    continue
                span = self._known_part(ent)
                if span is not None:
                    span = self._with_article(self._extend(span))
                    span = self._with_feature_noun(ent, span)
                    add(span, ent.label_, role="embedded" if self._names_a_building(ent, span) else "literal")
                else:
                    # a place the gazetteer lacks ("Barclays Center", "Al-Zara"): kept, unresolved; a LOC only
                    # when it reads as a name ("the Joint Sea 2025" does not)
                    trimmed = self._trim(ent)
                    if trimmed is not None and trimmed.text[:1].isupper() and (
                            ent.label_ != "LOC" or self._name_like(trimmed)) and not (
                            trimmed.end < len(doc) and doc[trimmed.end].lower_ in EVENT_NAME_NOUNS):
                        add(trimmed, ent.label_)  # (not "the annual Balikatan exercises": an event's name)

        for span in recovered:
            add(span, "gazetteer")

        # "the Ukrainian capital", "the Kazakh capital": the capital city, named by its country's adjective
        for i in range(1, len(doc)):
            if doc[i].lower_ == "capital" and not taken[i] and not taken[i - 1] and gaz.demonym(doc[i - 1].text) \
                    and doc[i - 1].text[:1].isupper():
                add(doc[i - 1:i + 1], "capital")

        # 2. the gazetteer matcher, longest match first
        if self.use_gazetteer_matcher:
            n = len(doc)
            i = 0
            while i < n:
                tok = doc[i]
                if taken[i] or blocked[i] or not self._may_start(tok, doc, i):
                    i += 1
                    continue
                match = None
                for length in range(min(self.max_ngram, n - i), 0, -1):
                    j = i + length
                    if any(taken[k] or blocked[k] for k in range(i, j)):
                        continue
                    span = doc[i:j]
                    if not self._plausible(span):
                        continue
                    if span[0].lower_ in LEADING_WORDS and not self._article_in_name(span):
                        # "The Central" of "The Central Election Commission": the name is "Central", which
                        # must pass the one-word checks from the next word on ("The Hague" keeps its article)
                        continue
                    if gaz.has_name(span.text) and (self._well_known(span) or span.text.lower() in anchored) and (
                            self._demonym(span.text) or self._plausible_alone(span) or span.end in designated
                            or self._speaking_capital(span, name_words)):
                        match = span
                        break
                if match is None:
                    i += 1
                    continue
                if gaz.organization(match.text) is not None or self._head_of_longer_name(match) or \
                        self._compound_of(match) is not None:
                    # "Line" of "the Line of Control", "Chakan" of "Chakan-da-Bagh": a word of a longer name
                    # that the gazetteer lacks
                    i = match.end
                    continue
                org = in_org[match.start]
                role = "literal" if self._standalone(match) else "embedded"
                if role == "embedded" and len(match) == 1 and not self._prominent(match):
                    # the last word of a longer name ("Landmark Bank", "Police Officer", "Lake Superior") that
                    # is only a small town's name somewhere: the name's head noun, not a place mention
                    i = match.end
                    continue
                if self._demonym(match.text):
                    add(self._trim(match) or match, "gazetteer", role="demonym")  # "The European" → "European"
                    i = match.end
                    continue
                if len(match) == 1 and self._starts_longer_name(match) and not self._prominent(match):
                    role = "embedded"  # "Abu" of "Abu Sayyaf", "Suffolk" of "the Suffolk Times": a name's first word
                if org is not None and not self._org_is_possessive_place(org, match) and not self._org_is_place(org, match):
                    role = "embedded"
                add(match, "gazetteer", role=role)
                i = match.end

        # 3. names the model and the gazetteer both miss, by their grammar: "the village of Shurifah", "in
        #    Al-Zara", "near Sheikh Miskeen" (proper nouns after a locative preposition or a settlement noun)
        if self.use_patterns:
            for span in self._pattern_names(doc, taken, blocked, in_org):
                add(span, "pattern")

        # 4. demonyms, after the matcher so that "Tamil Nadu" is not cut into "Tamil" + "Nadu"
        for ent in ents:
            if ent.label_ == "NORP" and self._demonym(ent.text):
                add(ent, "NORP", role="demonym")

        # a name that is also a word of a person's name in this text ("Buhari", "Yulia") is that person,
        # unless it is a well-known place
        # (not a "person" with a common noun in it, "Sentosa beaches", nor one word that some mention puts in a
        # place's slot: "on Sentosa", "Sentosa island")
        slotted = {ent.text for ent in ents if len(ent) == 1 and (self._locative_object(ent) or (
            ent.root.dep_ == "compound" and ent.root.head.lower_ in FEATURE_NOUNS | SETTLEMENT_NOUNS))
            and gaz.has_name(ent.text)}
        person_words = {w.lower_ for ent in ents if ent.label_ == "PERSON" and (ent.start, ent.end) not in misread
                        and all(t.text[:1].isupper() or t.is_punct or t.lower_ in ("'s", "’s") for t in ent)
                        and not (len(ent) == 1 and ent.text in slotted) and not self._route_name(ent) for w in ent}
        for key, top in list(found.items()):
            s, e = key
            if e - s == 1 and doc[s].lower_ in person_words and not self._well_known(doc[s:e]):
                del found[key]

        # a place name that names a pathogen ("West Nile virus", "Reston ebolavirus", "Rift Valley fever")
        self._drop_pathogens(doc, found)
        # a ship's name after its class ("the French frigate Bretagne", "the tanker Stena Impero"), not "the
        # tanker Iran seized" (the subject of a clause about the ship)
        for key in [k for k in found if k[0] > 0 and doc[k[0] - 1].lower_ in VESSEL_NOUNS
                    and doc[k[0] - 1].text.islower()]:
            root = doc[key[0]:key[1]].root
            if not (root.dep_ == "nsubj" and root.head.dep_ in ("relcl", "acl") and root.head.head.i == key[0] - 1):
                del found[key]

        # a storm's name ("Typhoon Maemi", "Hurricane Georgia", "Cyclone Idai") after a capitalised storm word, in
        # the name or before it (not a known place whose name starts with one: "Storm Lake")
        def storm_word(i: int) -> bool:
            return doc[i].lower_ in STORM_WORDS and doc[i].text[:1].isupper()

        def storm_name(s: int, e: int) -> bool:
            if storm_word(s) and e - s > 1:
                return not gaz.has_name(doc[s:e].text)
            return s > 0 and storm_word(s - 1)

        for key in [k for k in found if storm_name(*k)]:
            del found[key]

        # an aircraft's or a missile's name after its designation ("an HC-130 Hercules", "a C-130 Hercules")
        text = doc.text  # once: spaCy joins the tokens each time it is asked
        for key in [k for k in found
                    if DESIGNATION_BEFORE.search(text, max(0, doc[k[0]].idx - 24), doc[k[0]].idx)]:
            del found[key]

        # "in North Macedonia's capital": the capital city, named by its country's possessive (not when the text
        # names the city too: "St Helier, Jersey's capital", "Mali's capital Bamako", "Zimbabwe's capital of
        # Harare", where the country is a name the others are read by)
        for (s, e), top in list(found.items()):
            if e + 1 < len(doc) and doc[e].lower_ in ("'s", "’s") and doc[e + 1].lower_ == "capital" \
                    and (s == 0 or doc[s - 1].text != ",") and (e + 2 == len(doc) or (
                        doc[e + 2].pos_ != "PROPN" and doc[e + 2].lower_ not in (",", "of", "city"))) \
                    and top.role == "literal" and any(p.kind == "country" for p in gaz.lookup(top.text)[:3]):
                del found[(s, e)]
                span = doc[s:e + 2]
                found[(s, e + 2)] = Toponym(start=span.start_char, end=span.end_char, text=span.text, label="capital")

        # ORG-internal NER places are embedded too ("Bank of America" tagged GPE inside an ORG is rare, but the
        # model sometimes emits both); mark any literal toponym fully inside an ORG entity.
        for (s, e), top in found.items():
            org = in_org[s]
            if top.role == "literal" and org is not None and top.label not in ("gazetteer", "capital"):
                if not self._org_is_possessive_place(org, doc[s:e]) and not self._org_is_place(org, doc[s:e]):
                    top.role = "embedded"
        return sorted(found.values(), key=lambda t: t.start)

    # -- helpers ------------------------------------------------------------------------------------
    def _demonym(self, text: str) -> bool:
        """A country's demonym ("Russian") or a continent's or region's ("European", "Latin American")."""
        gaz = self.gazetteer
        return gaz.demonym(text) is not None or gaz.area_demonym(text) is not None

    def _misread_person(self, ent: Span, place_texts: Counter[str], name_words: Counter[str] | None = None) -> bool:
        """A PERSON entity that the small model misread: only a demonym ("prominent Slovak architect"), only the
        name of a country or first-level division ("Tamil Nadu said", "Belarus was admitted"; a single word only
        when it is no word of a longer person's name in the text), a division's name with its designation
        ("Rakhine State"), a gazetteer name that the model tags a place more often than a person in the text
        ("Samos"), the object of a locative preposition that the gazetteer knows well ("sank off Mariveles"), or
        a town given with its state ("Klamath Falls, Oregon")."""
        if ent.label_ != "PERSON":
            return False
        if self._demonym(ent.text):
            return True
        if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in TITLES:
            return False  # "President Jordan"
        gaz = self.gazetteer
        if place_texts[ent.text] > 0 and gaz.has_name(ent.text):
            return True
        if place_texts[ent.text] == 0 and ent.text in place_texts and gaz.has_name(ent.text) and any(
                self._locative_object(e) or self._conjoined_with_place(e, place_texts)
                for e in entities(ent.doc) if e.text == ent.text):
            return True  # tagged a place as often as a person, and in a place's slot somewhere ("Shashamane and X")
        if self._before_facility(ent) and any(_own_name(p) for p in gaz.lookup(ent.text)[:8]):
            return True  # "Umm Qasr port": the facility's place
        readings = gaz.lookup(ent.text)[:3]
        single_ok = len(ent) > 1 or name_words is None or ent[0].lower_ not in name_words
        if single_ok and any(
                p.kind in ("country", "admin1")
                and (p.raw or {}).get("name_type") in ("primary", "ascii", "curated", "form")
                for p in readings):
            return True
        if len(ent) > 1 and ent[-1].lower_ in DIVISION_NOUNS and any(p.kind in ("admin1", "admin2")
                                                                      for p in readings):
            return True
        if single_ok and self._locative_object(ent) and gaz.has_name(ent.text) and self._well_known(ent):
            return True
        return self._given_with_container(ent)

    def _misread_entity(self, ent: Span, name_words: Counter[str]) -> Span | None:
        """The place name an entity of another label is, or ``None``: its whole text (less an article) is a
        gazetteer place's own name (no alternate spelling, no organisation, no demonym), and it is either a
        prominent place (a country, a first-level division, a sea, a region, a capital or a city of
        :data:`PROMINENT_POPULATION`: "Canberra said", "visited Montevideo") or the object of a locative
        preposition ("north of Auki", "around Gizo", "the port of Primorsk"). Never when a title comes before
        it ("President Jordan"), when a word of it is a word of a person's longer name in the text ("Michael
        Jordan" ... "Jordan"), or when a person-tagged name of several words is not in a locative slot."""
        if ent.label_ not in RECOVERABLE_LABELS:
            return None
        span = self._trim(ent)
        # "near al-Shihr": an Arabic name with its article, written lower-case and often only an alternate
        # spelling in the gazetteer ("Ash Shihr")
        arabic = span is not None and ARABIC_ARTICLE.match(span.text) is not None
        if span is None or not (span[0].text[:1].isupper() or arabic) or len(span.text) < 3:
            return None
        if span.text.lower() in COMMON_CAPITALISED or span[0].lower_ in DIRECTIONS or self._demonym(span.text):
            return None
        if any(t.like_num or t.is_punct and t.text not in ("-", ".") for t in span):
            return None
        gaz = self.gazetteer
        if gaz.organization(span.text) is not None:
            return None
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (before.lower_ in TITLES or before.lower_.rstrip(".") in TITLES):
            return None
        own_words = {w.lower_ for w in ent} if ent.label_ == "PERSON" and len(ent) > 1 else set()
        if any(name_words[t.lower_] > (t.lower_ in own_words) and not (t.is_punct or t.lower_ in NAME_PARTICLES)
               for t in span):
            return None  # "Michael Jordan" ... "Jordan"; not its own words, nor the "al" of another "al-" name
        if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") and ent.label_ == "PERSON":
            return None  # "Jordan's coach": a person's possessive
        readings = gaz.lookup(span.text)[:8]
        own = [p for p in readings if arabic or _own_name(p)]
        if own and PLACE_APPOSITION.match(doc.text, span.end_char):
            return span  # "left Weno, the main island of Chuuk state": the text says what the name is
        if not own:
            # a large city known here only by another spelling ("the road to Hawassa" for Awasa), in a place's
            # slot; never a small place's alternate name ("Mika", a village's other name, is a person)
            if any(p.kind == "city" and p.population >= PROMINENT_POPULATION for p in readings) \
                    and (self._locative_object(span) or self._locative_object(span, RECOVERY_PREPS)
                         and self._place_context(span)):
                return span
            if self._locative_object(span) and any(p.kind == "city" and near_spelling(span.text, p.name)
                                                   for p in readings):
                return span  # "in Thessaloniki, Serres and Alexandroupolis" (Alexandroupoli): a spelling of it
            if any(p.kind == "city" for p in readings) and self._before_facility(span):
                return span  # "at the Cinkasse border post" (Sinkassé): a facility says its name is a place's
            return None
        if self._before_facility(span):
            return span  # "Umm Qasr port", "the Porgera gold mine": the facility's place
        if self._before_division_noun(span):
            return span  # "Istanbul's Kadikoy district", "in Bududa, Bulambuli and Namisindwa districts"
        locative = self._locative_object(span, RECOVERY_PREPS)
        prep = self._preposition(span)
        if prep in ("to", "from") and span[-1].head.head.lower_ in PERSONAL_HEADS:
            return None  # "spoke to Lincoln", "a letter from Johnson"
        if locative and ent.label_ == "PERSON" and prep in PERSONAL_PREPS and not self._place_context(span):
            locative = False
        if prep == "between" and self._place_context(span):
            locative = True  # "the road between Tampere and X", "between Rovaniemi (a place) and X"
        prominent = any(p.kind in ("country", "admin1", "continent", "region", "sea")
                        or (p.kind == "city" and (p.population >= PROMINENT_POPULATION
                                                  or (p.raw or {}).get("is_capital")))
                        for p in own)
        if ent.label_ == "PERSON" and len(span) > 1 and not locative:
            return None
        if len(span) == 1 and span.text.isupper() and len(span.text) <= 4 and not prominent:
            return None  # "our partners at the OPP": an organisation's acronym, not the town of Opp
        if ent.label_ == "NORP" and not locative:
            return None
        return span if (locative or prominent) else None

    @staticmethod
    def _generic_only(ent: Span) -> Span | None:
        """The entity less its article when every word of it is a generic feature noun ("Sea", "the Ocean")."""
        start = ent.start
        doc = ent.doc
        while start < ent.end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct):
            start += 1
        end = ent.end
        while end > start and _function_word(doc[end - 1]):
            end -= 1  # "the Sea on": the recogniser took the next word
        span = doc[start:end]
        if len(span) and all(t.lower_ in GENERIC_FEATURES for t in span):
            return span
        return None

    def _grow_generic(self, span: Span) -> Span | None:
        """"Sea" → "Sea of Japan": the longest name of up to four more words (capitalised, or "of") that the
        gazetteer has."""
        doc = span.doc
        best = None
        for extra in range(1, 5):
            end = span.end + extra
            if end > len(doc) or not (doc[end - 1].text[:1].isupper() or doc[end - 1].lower_ == "of"):
                break
            cand = doc[span.start:end]
            if cand[-1].text[:1].isupper() and self.gazetteer.has_name(cand.text):
                best = cand
        return best

    def _water_of_name(self, ent: Span) -> Span | None:
        """"the Strait of Dover": a water body's name of the form "<Strait|Gulf|Sea|...> of <Name>" that the
        model tagged a place; kept whole (the resolver places it by its own name or by the name after "of")."""
        span = self._trim(ent)
        if span is None or len(span) < 3 or span[0].lower_ not in WATER_HEADS or not span[0].text[:1].isupper():
            return None
        if span[1].lower_ != "of" or not all(t.text[:1].isupper() for t in span[2:]):
            return None
        return span

    def _starts_water_name(self, ent: Span) -> bool:
        """A language's name that begins a water body's name ("the English Channel")."""
        doc = ent.doc
        end = ent.end
        if end >= len(doc) or not doc[end].text[:1].isupper() or doc[end].lower_ not in GENERIC_FEATURES:
            return False
        return any(p.kind == "sea" for p in self.gazetteer.lookup(doc[ent.start:end + 1].text)[:5]) or any(
            p.kind == "sea" for p in self.gazetteer.lookup(self._trim(doc[ent.start:end + 1]).text)[:5])

    @staticmethod
    def _before_division_noun(span: Span) -> bool:
        """Is the name followed by a lower-case division noun, directly or through a list of names ("Kadikoy
        district", "Bulambuli and Namisindwa districts")?"""
        doc = span.doc
        k = span.end
        while k < len(doc) and k - span.end <= 6 and (doc[k].text in (",", "and", "&") or (
                doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN")):
            k += 1
        if k >= len(doc) or not doc[k].text.islower():
            return False
        word = doc[k].lower_
        return word in DIVISION_NOUNS or word in DIVISION_PLURALS

    def _before_facility(self, span: Span) -> bool:
        """Does a facility noun follow the name, with at most two modifiers between ("Umm Qasr port", "the
        Porgera gold mine")? Before an airport or a base, only a well-known place's name counts."""
        doc = span.doc
        k = span.end
        possessive = k < len(doc) and doc[k].lower_ in ("'s", "’s") and span[0].ent_type_ != "PERSON"
        k += possessive  # "Pangai's airstrip": the place's own facility, whatever its name
        for _ in range(3):
            if k >= len(doc):
                return False
            tok = doc[k]
            if tok.lower_ in FACILITY_NOUNS and tok.text.islower():
                return possessive or tok.lower_ not in NAMED_FACILITIES or self._well_known(span)
            if tok.lower_ not in FACILITY_MODIFIERS or not tok.text.islower():
                return False
            k += 1
        return False

    @staticmethod
    def _place_context(span: Span) -> bool:
        """Does the text itself say that a name after "to"/"from"/"on"/"between" is a place: a noun of movement
        or attack before the preposition ("crossings to Calais", "an attack on Kenscoff"), a named place it is
        coordinated with ("between Rovaniemi and X"), or an appositive settlement noun after it ("Kenscoff, a
        hillside town")?"""
        doc = span.doc
        tok = span[-1]
        if tok.dep_ == "conj" and tok.head.ent_type_ in ("GPE", "LOC") or any(
                c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for c in tok.children):
            return True  # coordinated with a named place ("between Rovaniemi and X")
        obj = tok
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head  # "the road between X and Y": Y's preposition is X's
        if obj.dep_ == "pobj" and (obj.head.head.lower_ in MOTION_HEADS or obj.head.head.lemma_.lower() in
                                   MOTION_HEADS):
            return True
        if obj.dep_ == "pobj" and obj.head.lower_ in ("to", "from") and any(
                c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i != obj.head.i and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in c.children)
                for c in obj.head.head.children):
            return True  # "from Split to X": the other end of a route is a named place
        k = span.end
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the"):
            for j in range(k + 2, min(k + 6, len(doc))):
                if doc[j].lower_ in SETTLEMENT_NOUNS and doc[j].head.i == tok.i:
                    return True  # the appositive's head ("a hillside town"), not "the state governor"
                if doc[j].is_punct:
                    break
        return False

    @staticmethod
    def _preposition(span: Span) -> str:
        """The preposition the span's last word is the object of (through conjuncts), lower-cased, or ""."""
        tok = span[-1]
        for _ in range(3):
            if tok.dep_ != "conj":
                break
            tok = tok.head
        return tok.head.lower_ if tok.dep_ == "pobj" else ""

    def _conjoined_with_place(self, span: Span, place_texts: Counter[str]) -> bool:
        """Is the span's head coordinated with a name tagged a place here, or more often a place than a person
        in the text, or that the gazetteer has by its own name ("Shashamane and X were among the towns")?"""
        root = span.root
        others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
        doc = span.doc
        for o in others:
            if span.start <= o.i < span.end or o.pos_ != "PROPN":
                continue
            if o.ent_type_ in PLACE_LABELS:
                return True
            ent = next((e for e in entities(doc) if e.start <= o.i < e.end), None) if o.ent_type_ else None
            if ent is not None and (place_texts[ent.text] > 0 or any(
                    _own_name(p) for p in self.gazetteer.lookup(ent.text)[:8])):
                return True
        return False

    @staticmethod
    def _locative_object(span: Span, preps: frozenset[str] = LOCATIVE_PREPS) -> bool:
        """Is the span's last word the object of a locative preposition ("in Rakhine", "off Mariveles", "south of
        Valencia", "the capital of Rakhine"), or a conjunct of one ("in Limay and Mariveles", "in Thessaloniki,
        Serres, Kilkis, Komotini and Alexandroupolis")?"""
        tok = span[-1]
        for _ in range(8):
            if tok.dep_ != "conj":
                break
            tok = tok.head
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in preps:
            return True
        return prep.lower_ == "of" and (prep.head.lower_ in DIRECTIONS or prep.head.lower_ == "capital"
                                        or prep.head.lemma_.lower() in SETTLEMENT_NOUNS
                                        or prep.head.lower_ in SETTLEMENT_NOUNS)

    def _division_names(self, doc: Doc) -> tuple[set[str], set[int]]:
        """Names (lower-cased) that the text marks as a division by the noun after them ("Cavite province",
        "Jajarkot district") and that the gazetteer has as a division; and the token indexes of those nouns
        (a name right before one is a name even where the tagger reads an adjective)."""
        gaz = self.gazetteer
        out: set[str] = set()
        nouns: set[int] = set()
        for tok in doc:
            if tok.lower_ not in DIVISION_NOUNS or tok.i == 0:
                continue
            for start in range(max(0, tok.i - 3), tok.i):
                span = doc[start:tok.i]
                if not all(t.text[:1].isupper() for t in span):
                    continue
                if any(p.kind in ("admin1", "admin2") for p in gaz.lookup(span.text)[:5]):
                    out.add(span.text.lower())
                    nouns.add(tok.i)
                    break
        return out, nouns

    def _given_with_container(self, ent: Span) -> bool:
        """"Klamath Falls, Oregon": the name is a town of the country or first-level division named right after
        its comma."""
        doc = ent.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        nxt = next((e for e in entities(doc) if e.start == ent.end + 1 and e.label_ in PLACE_LABELS), None)
        if nxt is None:
            return False
        gaz = self.gazetteer
        containers = [c for c in gaz.lookup(nxt.text)[:5] if c.kind in ("country", "admin1")]
        return any(p.kind == "city" and p.country_iso2 == c.country_iso2
                   and (c.kind == "country" or p.admin1 == c.name or bool(p.admin1_code) and p.admin1_code ==
                        c.admin1_code)
                   for p in gaz.lookup(ent.text)[:20] for c in containers)

    def _drop_pathogens(self, doc: Doc, found: dict[tuple[int, int], Toponym]) -> None:
        """Drop names used as a pathogen's: before a disease word ("West Nile virus", "Rift Valley fever"), and
        elsewhere in the text a name once seen before a pathogen word ("Marburg virus" ... "cases of Marburg"),
        unless it is a demonym, a prominent place ("Hong Kong flu" leaves Hong Kong a place) or given with its
        container ("Reston, Virginia")."""
        for key in [k for k in found if k[1] < len(doc) and doc[k[1]].lower_ in DISEASE_WORDS]:
            del found[key]
        pathogens: set[str] = set()
        for tok in doc:
            if tok.lower_ not in PATHOGEN_WORDS:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].text[:1].isupper():
                start -= 1
            pathogens.update(doc[k:tok.i].text.lower() for k in range(start, tok.i))  # "The Ebola virus"
        if not pathogens:
            return
        starts = {s for s, _ in found}
        for (s, e), top in list(found.items()):
            if top.text.lower() not in pathogens or top.role == "demonym" or self._prominent(doc[s:e]):
                continue
            if e + 1 < len(doc) and doc[e].text == "," and e + 1 in starts:
                continue  # "Reston, Virginia": the place
            del found[(s, e)]

    @staticmethod
    def _name_like(span: Span) -> bool:
        """Capitalised words (or name particles such as al-, de, el), no digits."""
        return not any(t.like_num or any(c.isdigit() for c in t.text) for t in span) and all(
            t.text[:1].isupper() or t.is_punct or t.lower_ in ("al", "el", "de", "del", "la", "le", "of", "bin",
                                                              "ibn", "abu", "von", "van", "da", "do", "dos")
            for t in span)

    @staticmethod
    def _pattern_names(doc: Doc, taken: list[bool], blocked: list[bool], in_org: list[Span | None]) -> list[Span]:
        out = []
        for tok in doc:
            if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or taken[tok.i] or in_org[tok.i]:
                continue
            head = tok.head
            settlement = head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENT_NOUNS
            if not (settlement or head.lower_ in PATTERN_PREPS):
                continue
            # a person's or a date's name blocks, except after "the town of"
            if (blocked[tok.i] or (tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS)) and not (
                    settlement and tok.ent_type_ == "PERSON"):
                continue
            # the proper-noun run ending at tok ("Sheikh Miskeen", "Al-Zara")
            start = tok.i
            while start > 0 and not taken[start - 1] and (doc[start - 1].pos_ == "PROPN" or (
                    doc[start - 1].text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN")):
                start -= 1
            span = doc[start:tok.i + 1]
            if not span.text[:1].isupper() or span.text.lower() in COMMON_CAPITALISED or len(span.text) < 3:
                continue
            if start > 0 and taken[start - 1] and doc[start - 1].pos_ == "PROPN" and doc[start - 1].whitespace_:
                continue  # "Palace" after "Planalto": the tail of a name already taken
            if any(taken[i] or in_org[i] for i in range(start, tok.i + 1)):
                continue
            out.append(span)
        return out

    @staticmethod
    def _trim(span: Span) -> Span | None:
        start, end = span.start, span.end
        doc = span.doc
        while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")
                               or _function_word(doc[end - 1])):
            end -= 1  # "Macomia in" (a recogniser's span that took the next word): the name only
        return doc[start:end] if end > start else None

    def _extend(self, span: Span) -> Span:
        """Grow a known name by a word on either side when the longer name is known too: "Pacific" → "western
        Pacific", "Taiwan" → "Taiwan Strait"."""
        gaz = self.gazetteer
        doc = span.doc
        best = span
        start, end = span.start, span.end
        before = doc[start - 1] if start > 0 else None
        if (before is not None and (before.lower_ in DIRECTIONS or before.is_title) and not before.is_sent_start
                and before.lower_ not in LEADING_WORDS and not before.is_punct):
            cand = doc[start - 1:end]
            if gaz.has_name(cand.text) and not (before.is_lower and self._direction_to_name(cand)):
                best = cand
        for extra in (1, 2):
            if end + extra <= len(doc) and all(t.is_title for t in doc[end:end + extra]):
                cand = doc[best.start:end + extra]
                if self._plausible(cand) and gaz.has_name(cand.text):
                    best = cand
        # "Mato Grosso" of "Mato Grosso do Sul", "Santiago" of "Santiago de Compostela": a particle and a name
        if best.end == end and end + 2 <= len(doc) and doc[end].is_lower and doc[end].is_alpha \
                and len(doc[end]) <= 3 and doc[end + 1].is_title:
            for extra in (2, 3):
                cand = doc[best.start:end + extra]
                if end + extra <= len(doc) and all(t.is_title for t in doc[end + 1:end + extra]) \
                        and gaz.has_name(cand.text):
                    best = cand
                    break
        # "Basse" of "Basse-Terre", "Terre" of it: a hyphenated name written as one word
        if best.end + 1 < len(doc) and doc[best.end].text in HYPHENS and not doc[best.end - 1].whitespace_ \
                and not doc[best.end].whitespace_ and doc[best.end + 1].text[:1].isupper() \
                and gaz.has_name(doc[best.start:best.end + 2].text):
            best = doc[best.start:best.end + 2]
        if best.start >= 2 and doc[best.start - 1].text in HYPHENS and not doc[best.start - 2].whitespace_ \
                and not doc[best.start - 1].whitespace_ and doc[best.start - 2].text[:1].isupper() \
                and gaz.has_name(doc[best.start - 2:best.end].text):
            best = doc[best.start - 2:best.end]
        return best

    def _with_feature_noun(self, ent: Span, span: Span) -> Span:
        """"Suez Canal", "Hudson River": a known name followed, inside the model's place entity, only by a
        capitalised noun of a natural or built feature is named with it (the resolver places the feature by the
        name before the noun when the gazetteer lacks the whole)."""
        trimmed = self._trim(ent)
        if trimmed is None or span.start != trimmed.start or span.end >= trimmed.end:
            return span
        rest = trimmed.doc[span.end:trimmed.end]
        if all(t.text[:1].isupper() and t.lower_ in FEATURE_NOUNS for t in rest):
            return trimmed
        return span

    def _direction_to_name(self, longer: Span) -> bool:
        """Would a lower-case direction before a name make another place's proper name, no area's ("over south
        Georgia" is the south of the state, not South Georgia in the Atlantic; "the western Pacific" is a region,
        "the southern Red Sea" a part of the sea: see :meth:`_water_to_division`)?"""
        if not _is_cased(longer.doc):
            return False
        areas = ("sea", "region", "continent")
        return not any(p.kind in areas for p in self.gazetteer.lookup(longer.text)[:8]) \
            or self._water_to_division(longer[1:], longer)

    def _water_to_division(self, span: Span, longer: Span) -> bool:
        """Would a lower-case direction turn a sea or a region into a division of that name ("the southern Red
        Sea" is a part of the sea, not Eritrea's Southern Red Sea region)?"""
        areas = ("sea", "region", "continent")
        gaz = self.gazetteer
        return (any(p.kind in areas for p in gaz.lookup(span.text)[:8])
                and not any(p.kind in areas for p in gaz.lookup(longer.text)[:8]))

    def _known_part(self, ent: Span) -> Span | None:
        """The longest part of an entity that the gazetteer knows (trimmed of articles and trailing nouns)."""
        gaz = self.gazetteer
        span = self._trim(ent)
        if span is None:
            return None
        if len(span) > 1 and span[0].is_lower and span[0].lower_ in DIRECTIONS and gaz.has_name(span[1:].text) \
                and self._direction_to_name(span):
            return span[1:]  # "south Georgia" tagged whole: Georgia, in part
        if gaz.has_name(span.text):
            return span
        doc = span.doc
        # below: parts of an entity, accepted only when well known ("Royal Street" is not the town Royal)
        end = span.end
        while end - 1 > span.start and doc[end - 1].lower_ in TRAILING_WORDS:
            end -= 1
            if gaz.has_name(doc[span.start:end].text) and self._well_known(doc[span.start:end]):
                return doc[span.start:end]
        # longest sub-span
        for length in range(span.end - span.start - 1, 0, -1):
            for s in range(span.start, span.end - length + 1):
                sub = doc[s:s + length]
                if sub[0].is_title or sub[0].is_upper or sub[0].lower_ in DIRECTIONS:
                    if sub.end < span.end and doc[sub.end].lower_ == "of":
                        continue  # "Line" of "the Line of Control": the head noun of a longer name
                    if self._plausible(sub) and gaz.has_name(sub.text) and self._well_known(sub):
                        return sub
        return None

    def _with_article(self, span: Span) -> Span:
        """"The Hague": a capitalised article before a name is part of it when the gazetteer's name has it."""
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].text != "The":
            return span
        best = self.gazetteer.lookup(span.text)[:1]
        if best and best[0].name.lower() == f"the {span.text.lower()}":
            return doc[span.start - 1:span.end]
        return span

    def _names_a_building(self, ent: Span, span: Span) -> bool:
        """Is the known part a name that a building or facility takes from a place that is not prominent ("the
        Planalto Palace", "the Alachua County Sheriff's Office")? It is kept, as ``embedded``: the building's
        place is that town's only when a reader would know the town by that name."""
        if span.end >= ent.end or not ent[-1].text[:1].isupper():
            return False
        if ent[-1].text in STREET_HEADS:
            return True  # "Sukhbaatar Square", "Kossuth Street": a square in a city, named after a hero or a town
        if ent.label_ != "FAC":
            return False
        return not self._prominent(span)

    def _head_of_longer_name(self, span: Span) -> bool:
        """Is the span the head of an "X of Y" name ("Line" in "Line of Control")? The matcher tries the longer
        name first, so it is unknown to the gazetteer. A country or a big city is itself ("the Nice of Russia")."""
        doc = span.doc
        if not (span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].text[:1].isupper()):
            return False
        return not any((p.raw or {}).get("name_type") != "alternate" and (
            p.kind == "country" or (p.kind == "city" and p.population >= PROMINENT_POPULATION))
            for p in self.gazetteer.lookup(span.text)[:5])

    def _route_name(self, ent: Span) -> bool:
        """Two place names joined by a hyphen ("the Split-Supetar line"): a route, not a person."""
        return len(ent) == 3 and ent[1].text == "-" and all(self.gazetteer.has_name(t.text) for t in (ent[0], ent[2]))

    def _joined_name(self, ent: Span) -> Span | None:
        """The "X of Y" or "X and Y" name a place entity is one half of, when the model tagged the halves apart
        ("Port" and "Spain" in "Port of Spain", "SPAIN" in the dateline "PORT OF SPAIN", "Trinidad" of "Trinidad
        and Tobago"): the whole is a gazetteer country's, division's or town's own name, each half one or two
        capitalised words."""
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].lower_ in JOINING_WORDS:
            for start in (ent.start - 2, ent.start - 3):
                if start >= 0 and all(t.text[:1].isupper() for t in doc[start:ent.start - 1]):
                    span = self._own_joined_name(doc[start:ent.end])
                    if span is not None:
                        return span
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ in JOINING_WORDS:
            for end in (ent.end + 2, ent.end + 3):
                if end <= len(doc) and all(t.text[:1].isupper() for t in doc[ent.end + 1:end]):
                    span = self._own_joined_name(doc[ent.start:end])
                    if span is not None:
                        return span
        return None

    def _own_joined_name(self, span: Span) -> Span | None:
        """``span`` when the gazetteer has it as a country's, division's or town's own name."""
        if not self.gazetteer.has_name(span.text):
            return None
        return span if any(_own_name(p) and p.kind in ("country", "city", "admin1", "admin2")
                           for p in self.gazetteer.lookup(span.text)[:5]) else None

    @staticmethod
    def _compound_of(span: Span) -> Span | None:
        """The hyphenated compound name the span is a part of ("Chakan" in "Chakan-da-Bagh"): words joined by
        hyphens without spaces, the first and last capitalised and a lower-case particle between. ``None`` when
        there is none ("India-Pakistan" and "Kashmir-based" are not)."""
        doc = span.doc

        def joined(k: int) -> bool:  # doc[k] and doc[k + 1] are written together
            return k + 1 < len(doc) and not doc[k].whitespace_

        start, end = span.start, span.end
        while start >= 2 and doc[start - 1].text == "-" and joined(start - 2) and joined(start - 1):
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and joined(end - 1) and joined(end):
            end += 2
        if (start, end) == (span.start, span.end):
            return None
        words = [t for t in doc[start:end] if t.text != "-"]
        if not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
            return None
        if not any(w.text[:1].islower() for w in words[1:-1]):
            return None
        return doc[start:end]

    @staticmethod
    def _standalone(span: Span) -> bool:
        """Is a one-word name found by the gazetteer alone more than the end of a longer capitalised name
        ("Landmark Bank", "County Superior Court", "Taco Bell")? Those are kept as ``embedded``."""
        if len(span) > 1:
            return True
        tok = span[0]
        doc = tok.doc
        before = doc[tok.i - 1] if tok.i > 0 else None
        return not (before is not None and before.text[:1].isupper() and not before.is_sent_start
                    and not before.is_punct and before.lower_ not in LEADING_WORDS
                    and before.lower_ not in DIRECTIONS)

    @staticmethod
    def _starts_longer_name(span: Span) -> bool:
        """Is the span followed, in the same run of capitalised words, by a proper noun that is no place word
        (feature, facility, division, settlement) nor a title ("Abu Sayyaf", not "Kabul Airport", "Gaza Strip",
        "Ukraine President")?"""
        doc = span.doc
        if span.end >= len(doc) or not span[-1].whitespace_:
            return False
        nxt = doc[span.end]
        word = nxt.lower_
        return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.is_upper and not (
            word in FEATURE_NOUNS or word in GENERIC_FEATURES or word in FACILITY_NOUNS or word in DIVISION_NOUNS
            or word in SETTLEMENT_NOUNS or word in TRAILING_WORDS or word.rstrip(".") in TITLES
            or word in DIRECTIONS)

    @staticmethod
    def _plausible_alone(span: Span) -> bool:
        """Not an adjective ("Jewish"), not someone speaking ("Walker said")."""
        if len(span) > 1:
            return True
        tok = span[0]
        if tok.pos_ == "ADJ":
            return False
        return not (tok.dep_ == "nsubj" and tok.head.lemma_ in ("say", "tell", "add", "explain", "note", "write",
                                                                "ask"))

    def _speaking_capital(self, span: Span, name_words: Counter[str]) -> bool:
        """A prominent place as the subject of "said" ("Canberra said on Sunday"): a government by its capital
        (metonymy, still a place name), unless a title comes before it or it is a word of a person's longer
        name in the text."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in TITLES:
            return False
        return span[0].lower_ not in name_words and span[0].pos_ == "PROPN" and self._prominent(span)

    def _well_known(self, span: Span) -> bool:
        """Is the name, found without the model's help, a place a reader would know by this name? An area
        (country, first-level division, sea, region, continent), a town of at least :attr:`min_population`, or
        a multi-word name; never only an alternate spelling ("Centre", "Bank" and "Secretary" are all villages
        somewhere under some alternate name)."""
        for place in self.gazetteer.lookup(span.text)[:8]:
            name_type = (place.raw or {}).get("name_type")
            if name_type == "user":
                return True
            if name_type == "alternate" and len(span) == 1:
                continue
            if place.kind in ("country", "admin1", "continent", "region", "sea"):
                return True
            if place.kind == "city" and place.population >= self.min_population:
                return True
            if len(span) > 1 and name_type != "alternate":
                return True
        return False

    def _prominent(self, span: Span) -> bool:
        """Is the name, by its primary name or an alias, an area (country, first-level division, sea, region,
        continent) or a city of at least :data:`PROMINENT_POPULATION`? Stricter than :meth:`_well_known`."""
        for place in self.gazetteer.lookup(span.text)[:8]:
            name_type = (place.raw or {}).get("name_type")
            if name_type == "user":
                return True
            if name_type == "alternate":
                continue
            if place.kind in ("country", "admin1", "continent", "region", "sea"):
                return True
            if place.kind == "city" and place.population >= PROMINENT_POPULATION:
                return True
        return False

    def _article_in_name(self, span: Span) -> bool:
        """Does a place called ``span`` have its first word, an article, in its name ("The Hague")?"""
        word = span[0].lower_ + " "
        return any(p.name.lower().startswith(word) for p in self.gazetteer.lookup(span.text)[:8])

    @staticmethod
    def _may_start(tok, doc: Doc, i: int) -> bool:
        if tok.is_punct or tok.is_space or tok.like_num:
            return False
        if tok.text[:1].isupper():
            return True
        if tok.lower_ in DIRECTIONS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            return True
        return False

    @staticmethod
    def _plausible(span: Span) -> bool:
        """Cheap checks before a gazetteer look-up."""
        last = span[-1]
        if last.is_punct or last.lower_ in ("'s", "’s") or span[0].is_punct:
            return False
        if not (last.text[:1].isupper() or last.is_upper):
            return False
        if len(span) == 1:
            tok = span[0]
            lower = tok.lower_
            if len(tok.text) < 3 and not tok.is_upper:
                return False
            if lower in COMMON_CAPITALISED or lower in DIRECTIONS:
                return False
            # a capitalised common word at the start of a sentence ("Hope", "Split"); not a dateline's town
            # ("HOBART, April 18 (AAP) -", tagged a noun)
            dateline = tok.is_upper and len(tok.text) >= 3 and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ","
            if tok.is_sent_start and (tok.is_stop or tok.pos_ not in ("PROPN",)) and not dateline:
                return False
            if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "X") and not tok.is_upper:
                return False
            if tok.is_upper and len(tok.text) <= 3 and tok.pos_ != "PROPN":
                return False
        else:
            # every capitalised-word span must be mostly proper nouns or name-like words
            if any(t.is_sent_start and t.i != span.start for t in span):
                return False
        return True

    @staticmethod
    def _org_is_place(org: Span, match: Span) -> bool:
        """The small model sometimes tags a bare place name as ORG ("protests in Nyeri"): the whole entity
        (less an article) is the name."""
        start = org.start + (1 if org[0].lower_ == "the" else 0)
        return match.start <= start and match.end >= org.end

    @staticmethod
    def _org_is_possessive_place(org: Span, match: Span) -> bool:
        """True for "Japan's Defense Ministry": the place owns the organisation and is a mention of its own."""
        after = match.end
        doc = match.doc
        return match.start == org.start and after < org.end and doc[after].lower_ in ("'s", "’s")


class NewlineSentencizer:
    """Marks a sentence start after every line break (headlines, bylines, quote attributions), so that the
    parser never joins lines that the article keeps apart. Runs before the parser, which respects it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i, tok in enumerate(doc[:-1]):
            if "\n" in tok.text or "\n" in tok.whitespace_:
                nxt = doc[i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
                elif i + 2 < len(doc):
                    doc[i + 2].is_sent_start = True
        return doc


Language.factory("geomap_newline_sentences", func=lambda nlp, name: NewlineSentencizer(nlp, name))


def _toponyms_factory(nlp: Language, name: str, max_ngram: int, use_gazetteer_matcher: bool,
                      min_population: int, use_patterns: bool, gazetteer_path: str | None) -> ToponymRecognizer:
    return ToponymRecognizer(nlp, name, max_ngram=max_ngram, use_gazetteer_matcher=use_gazetteer_matcher,
                             min_population=min_population, use_patterns=use_patterns,
                             gazetteer_path=gazetteer_path)


if not Doc.has_extension("toponyms"):
    Doc.set_extension("toponyms", default=None)

Language.factory(
    "geomap_toponyms",
    assigns=["doc._.toponyms"],
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
    default_config={"max_ngram": 5, "use_gazetteer_matcher": True, "min_population": 15000, "use_patterns": True,
                    "gazetteer_path": None},
    func=_toponyms_factory,
)


def near_spelling(a: str, b: str, *, least: float = 0.85) -> bool:
    """Are two names spellings of one ("Alexandroupolis" and "Alexandroupoli", "Wad Madani" and "Wad Medani"),
    not two names ("Mika" and "Mehkar")? Compared as the gazetteer stores names (:func:`normalize`), hyphens
    aside."""
    def plain(s: str) -> str:
        return normalize(s).replace("-", " ")

    return difflib.SequenceMatcher(None, plain(a), plain(b)).ratio() >= least


def _is_cased(doc: Doc) -> bool:
    """Does the text capitalise names (at least 3% of its words start with a capital)? Lower-case text (some
    feeds, transcripts) does not, and there a lower-case entity may still be a place."""
    words = [t for t in doc if t.is_alpha]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= 0.03 * len(words)
