"""Choosing the place each mention refers to: the ``geomap_resolver`` spaCy component.

Every candidate the gazetteer offers for a mention gets a score from evidence, and the decision keeps a short
reason. The evidence, in order of strength:

- user entries first (a user who added "Springfield" means theirs);
- the containing context in the text: "Paris, Texas", "Springfield, Missouri", "south China's Guangdong
  Province", "Zhanjiang in Guangdong", "the Russian port city of Vladivostok" (a demonym just before); a
  container named beside one mention holds for the name's other mentions; in a list of places two states
  joined by a comma are two items ("Ohio, Oregon, South Carolina"), not a town and its state;
- the countries and first-level divisions the article names elsewhere (a two-pass vote: mentions that resolve
  without doubt vote for their country and admin-1, then every mention is resolved again; after the first round
  of joint reading, a name whose reading changed withdraws its vote, and votes again if it now reads as a state);
- the items of a list of places are of one kind: "Utah, Washington and Wisconsin" are states;
- the joint reading of the article's names (names inside organisation names included): a candidate gains from
  each other name that has a plausible reading in the same first-level division, and more from one with a reading
  nearby ("Athens" beside "Clarke County" and "Augusta" is Athens, Georgia; "Paris" beside "Henry County" is
  Paris, Tennessee), in two rounds so that a reading chosen for its neighbours supports them in turn; big cities
  support their state only weakly, and a small town named like a state of its own country ("California",
  Pennsylvania) takes no help from the article's divisions;
- the prior: kind (country, capital, admin-1, sea, region), population, and how exactly the name matched (a
  primary name beats an alternate name).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..distance import haversine_km
from ..gazetteer.names import normalize
from ..model import Place, Toponym
from .component import GazetteerComponent
from .toponyms import FACILITY_NOUNS, FEATURE_NOUNS, GENERIC_FEATURES, SETTLEMENT_NOUNS, WATER_HEADS

KIND_PRIOR = {
    "country": 4.0,
    "continent": 3.5,
    "region": 3.2,
    "sea": 3.0,
    "admin1": 2.6,
    "admin2": 0.8,
    "city": 0.0,
    "landmark": 0.0,
    "user": 0.0,
}
NAME_TYPE_PRIOR = {"user": 8.0, "primary": 0.6, "ascii": 0.6, "curated": 0.8, "alias": 0.3, "alternate": -1.2}
CONTEXT_WEIGHT = 8.0
DEMONYM_WEIGHT = 3.0
COUNTRY_VOTE_WEIGHT = 3.0
ADMIN1_VOTE_WEIGHT = 3.0
#: "<Texas> town of <Paris>", "<Guangdong> port city of <Zhanjiang>"
_CONTAINER_PHRASE = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}(?:town|city|village|port|county|district|province|capital|suburb|municipality|"
    r"region|state|island|borough|community|hamlet)\s+of\s*$")
#: "X, a town in Y", "X, the main settlement on Y", "X, the capital of Y": an apposition that says what holds X
#: (also after the division word the name is given with: "Bulgan soum, a remote district of Khovd province")
_APPOSITIVE_CONTAINER = re.compile(
    r"(?:\s+(?:soum|raion|rayon|woreda|upazila|tehsil|taluk|municipality|district|county|province))?"
    r"\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:town|city|village|port|district|capital|suburb|municipality|"
    r"island|borough|community|hamlet|settlement|neighbourhood|neighborhood|township)\s+(?:in|of|on)\s+(?:the\s+)?")
#: country-level coherence (0.3 per same-country name) is weak evidence: it pulled London, Cambridge and the
#: Atlantic onto small US towns in US-heavy articles; first-level divisions carry the joint evidence instead
COHERENCE_WEIGHT = 1.0
SAME_COUNTRY_AFFINITY = 0.3
#: a country and a place inside it support each other as much as two places in one province do
COUNTRY_AFFINITY = 0.5
COHERENCE_CAP = 3.0
#: only candidates whose evidence-free score is within this of the best one get coherence
COHERENCE_WINDOW = 5.0
#: joint reading ("Athens" with "Clarke County" and "Augusta": all Georgia): each other distinct name supports a
#: candidate through its best reading in the candidate's first-level division, discounted by exp(-gap / LOCAL_TAU)
#: where gap is how far that reading's score is below the name's best
LOCAL_FIT_WEIGHT = 3.0
LOCAL_TAU = 0.5
#: candidates this far below their name's best reading (before article evidence) get no joint support
LOCAL_WINDOW = 5.0
#: rounds of joint inference: each round re-reads the article's names from the previous round's scores (a second
#: round: e2e LGL +.006, GeoVirus +.002, GeoWebNews ±0; a third gains nothing)
JOINT_ROUNDS = 2
#: a big city says little about where a story happens (any US story may mention Atlanta): its reading supports
#: its division at this fraction
BIG_CITY_SUPPORT = 0.25
BIG_CITY_POPULATION = 200_000
#: a reading within a neighbouring grid cell of another name's reading (cells of NEAR_CELL degrees, about 55 km)
#: gains this much more per supporting name: "Paris" beside "Henry County" is Paris, Tennessee, the county seat
NEAR_WEIGHT = 0.5
NEAR_CELL = 0.5
#: how far a name's best reading must be ahead of its next to be read without doubt
SURE_MARGIN = 1.0
#: items of a list of at least LIST_MIN names are read as places of one kind (states with states)
LIST_WEIGHT = 3.0
LIST_MIN = 3
#: "Cavite province", "Jajarkot district": the common noun after a mention says it is a division; only the
#: division readings of that mention are kept when there are any (capitalised, "Columbia State" and "San Diego
#: State" are universities)
#: The words between a place's name and another name of it: "Kiritimati, also known as Christmas Island",
#: "Dnipro, formerly Dnipropetrovsk", "Myanmar (also called Burma)".
_ALIAS_BETWEEN = re.compile(
    r"\s*[,(]?\s*(?:(?:also|better|formerly|previously|once|locally|widely|now)\s+)?(?:known\s+as|called|named|renamed)\s+"
    r"|\s*[,(]\s*(?:formerly|previously|once)\s+", re.IGNORECASE)
_DIVISION_AFTER = re.compile(r"\s+(?:state|province|district|county|prefecture|governorate|oblast|(region))\b")
#: "the province of X", "the state of X": the mention is a division, not its town of that name
_DIVISION_BEFORE = re.compile(r"\b(?:state|province|district|county|prefecture|governorate|oblast|department)\s+of\s+$",
                              re.IGNORECASE)
#: "the Texas border", "the Kenya frontier": the name before a border is a country's or a division's, not a town's
#: ("the Rafah border crossing" is the town's crossing)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:crossing|post|checkpoint|point|gate|town|city|village|"
                           r"bridge|terminal|station|market|camp)s?\b)", re.IGNORECASE)
#: "the town of X", "the port city of X": the mention is a town, not a division of that name
_TOWN_BEFORE = re.compile(r"\b(?:town|city|village|port|hamlet|township|settlement)\s+of\s+$", re.IGNORECASE)
#: designations a division's name may be given without ("Morowali" for "Morowali Regency"): tried, in this
#: order, for a name the gazetteer lacks
ADMIN_SUFFIXES = ("Regency", "District", "Province", "Governorate", "Prefecture", "County", "Region",
                  "Department", "Oblast", "Municipality", "Division", "Parish")
#: the last word of a water body's name ("the Red Sea"): such a name is the water, not a division named after it
_WATER_NAME = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Passage|Sound|Bight)$")
#: a lower-case "river" after a name the tagger took alone: "across the Yalu river"
_RIVER_AFTER = re.compile(r"\s+river\b")
#: the words before a river's bare name: "on the St. Lawrence", "across the Mekong", "downstream on the Amazon"
_RIVER_FRAME = re.compile(r"\b(?:on|along|across|up|down|upstream|downstream|crossing|crossed)\s+the\s+$",
                          re.IGNORECASE)
#: a word that says a name is a water body's
_WATER_WORD = re.compile(r"\b(?:Sea|Ocean|Gulf|Golfo|Golfe|Strait|Straits|Channel|Passage|Sound|Bight|Bay|Bahía|"
                         r"Lake|Lagoon|Reef|Harbou?r|Fjord|Firth|Estuary|Entrance)\b", re.IGNORECASE)
#: a mention that is only a generic feature noun ("Sea") is no place, whatever alternate name a town has
_GENERIC_FEATURES = frozenset({"sea", "seas", "ocean", "oceans", "river", "rivers", "gulf", "strait", "straits",
                               "bay", "island", "islands", "lake", "lakes", "mountain", "mountains", "channel",
                               "sound", "passage", "coast", "peninsula", "cape", "harbour", "harbor", "canal",
                               "the sea", "the ocean", "the gulf", "the river", "the bay", "the lake"})


def _water_of(words: list[str]) -> bool:
    """Are these the words of a water body's "X of Y" name ("Strait of Dover", "Gulf of Aden")?"""
    return len(words) > 2 and words[0].lower() in WATER_HEADS and words[1].lower() == "of"


#: lower-case compass adjectives that, right before a name, speak of a part of an area ("central Washington")
AREA_PART_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                             "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                             "south-eastern", "south-western", "upstate", "downstate"})
#: the kinds of place that have parts a compass adjective names
AREA_KINDS = frozenset({"country", "admin1", "admin2", "region", "sea", "continent"})
PART_OF_AREA_WEIGHT = 3.0
#: what follows a town in a wire dateline that names no country or state: the date or the agency ("WELLINGTON,
#: April 11 (AFP) -", "SYDNEY (Reuters) -"); wire style gives a country after any town not known the world over
_BARE_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\(|[-–—]\s)")
#: a city a bare dateline may name: a capital or one at least this populous
DATELINE_CITY_POPULATION = 100_000
DATELINE_WEIGHT = 3.0
#: a small country's capital, by its own name, in an article that names the country by another name: "Stanley"
#: in a story about the Falkland Islands is their capital, not Stanley in County Durham (a capital named like its
#: country, "Kuwait" for Kuwait City, is not named by the country's name; a big capital needs no help, and
#: "Washington" beside "the US" may still be the state)
NAMED_CAPITAL_WEIGHT = 1.0
#: a town or division in a country that its own sentence names, for a name with no reading known the world over
#: (no country, region or sea, no town of 100,000): "In neighbouring Belize, authorities ordered residents of
#: Corozal to move to shelters" is Corozal, Belize, in a story from Mexico that has a Corozal too
SENTENCE_COUNTRY_WEIGHT = 2.5
#: Weight of each evidence feature (see ``ToponymResolver._features``); a candidate's score is the weighted sum.
WEIGHTS: dict[str, float] = {
    **{f"kind_{k}": v for k, v in KIND_PRIOR.items()},
    **{f"name_{k}": v for k, v in NAME_TYPE_PRIOR.items()},
    "user": NAME_TYPE_PRIOR["user"],
    "log_pop": 0.45,
    "loc_natural": 2.0,
    "abbreviation": -6.0,
    "capital": 2.5,
    "rank": -0.02,
    "container": CONTEXT_WEIGHT,
    "demonym": DEMONYM_WEIGHT,
    "country_vote": COUNTRY_VOTE_WEIGHT,
    "admin1_vote": ADMIN1_VOTE_WEIGHT,
    "coherence": COHERENCE_WEIGHT,
    "local_fit": LOCAL_FIT_WEIGHT,
    "list_kind": LIST_WEIGHT,
    # "the Red Sea" is the sea, not Red Sea State: the water reading of a name ending in Sea, Gulf, Strait...
    "water_name": CONTEXT_WEIGHT,
    # "central Washington", "eastern Georgia": a lower-case compass adjective before the name reads an area
    "part_of_area": PART_OF_AREA_WEIGHT,
    "dateline_city": DATELINE_WEIGHT,
    "named_capital": NAMED_CAPITAL_WEIGHT,
    "sentence_country": SENTENCE_COUNTRY_WEIGHT,
    # computed for inspection and for fitting; a conditional-logit fit on the gold corpora (5 document folds)
    # gave them no held-out gain, so they carry no weight
    "log_pop_area": 0.0,
    "country_voted": 0.0,
    "loc_city": 0.0,
    "exact_name": 0.0,
}
#: the most candidates considered for one mention
MAX_CANDIDATES = 60


@dataclass(slots=True)
class _Scored:
    place: Place
    score: float
    reasons: list[str]
    features: dict[str, float] | None = None


#: names of headlands and other landforms that small towns elsewhere are named after ("Cape Horn", British
#: Columbia)
_HEADLAND = re.compile(r"^(?:the\s+)?(?:Cape|Cabo|Cap|Point|Punta|Mount|Mt\.?)\s", re.IGNORECASE)
#: the same, with the landform word after the name ("Pelican Point", "Beachy Head")
_HEADLAND_END = re.compile(r"\s(?:Point|Head|Headland|Bluff)$")
#: evidence from the article that a reading is the one meant, with the least value that counts (a country that
#: a quarter of the article's sure names vote for; a town beside it; a weak coherence does not count)
_ARTICLE_EVIDENCE = {"container": 0.5, "demonym": 0.5, "user": 0.5, "admin1_vote": 0.01, "list_kind": 0.5,
                     "country_vote": 0.25, "coherence": 0.5, "local_fit": 0.5}
#: the reason given to a feature's name whose only reading is a namesake
FEATURE_NAMESAKE = "a cape's or a feature's name"
#: a town at least this large is known by its name alone
_KNOWN_TOWN = 100_000


#: a facility named after a place, right after the name ("the Dorra offshore gas field", "the X oil terminal"):
#: the name is the facility's, read like a feature's ("King George Island")
_FACILITY_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:field|oilfield|gasfield|terminal|refinery|mine|dam|"
                             r"reactor|platform|pipeline)s?\b")


def _stray_namesake(text: str, best: _Scored, *, by_feature: bool) -> bool:
    """Is the mention a headland's name ("Cape Horn") or a feature the gazetteer lacks, placed by the name before
    its noun (``by_feature``: "King George Island"), whose best reading is only a namesake that nothing in the
    article supports (not its country, not a place beside it)? A small town named after a cape, or a town named
    like an island's namesake, is likely thousands of kilometres off: the mention is left unresolved. A feature
    named after a prominent place keeps it ("Suez Canal", "Manila Bay" in a story from there)."""
    if by_feature:
        if best.place.kind in ("country", "admin1", "sea", "region", "continent"):
            return False
    elif not (_HEADLAND.match(text) or _HEADLAND_END.search(text)) or best.place.kind != "city" \
            or best.place.population >= _KNOWN_TOWN:
        return False
    features = best.features or {}
    return not any(features.get(k, 0.0) >= least for k, least in _ARTICLE_EVIDENCE.items())


def _stray_other_name(text: str, best: _Scored, votes: Counter) -> bool:
    """Is the best reading a town's other name (not its own, nor one that holds it: "New Delhi", "Dublin City")
    that nothing in the article supports, in an article whose places are in another country ("Manam", a volcano
    the gazetteer lacks, read as Manama in a story about Papua New Guinea; "VA" as Wa, Ghana, in a US story)? A
    misspelt or foreign form of a far town is likelier a place the gazetteer lacks. A town in a country the
    article names elsewhere ("Hodeidah" beside "Yemen") is supported."""
    if best.place.kind != "city" or (best.place.raw or {}).get("name_type") != "alternate" or not votes \
            or normalize(best.place.name).replace("-", " ") in normalize(text).replace("-", " "):
        return False
    top, n = votes.most_common(1)[0]
    if top == best.place.country_iso2 or n < 2 or votes[best.place.country_iso2] >= 1:
        return False
    features = best.features or {}
    return not any(features.get(k, 0.0) >= least for k, least in _ARTICLE_EVIDENCE.items())


#: a town smaller than this, in a country that nothing else in the article is in, is likelier a place the gazetteer
#: lacks than a namesake abroad
STRAY_TOWN_POPULATION = 15_000


def _stray_small_town(best: _Scored, votes: Counter) -> bool:
    """Is the best reading a town smaller than :data:`STRAY_TOWN_POPULATION` in a country that none of the
    article's sure places is in, while several are in another ("Heping", "Nan'ao", villages in China, for
    places in a story from Hualien, Taiwan, that the gazetteer lacks)?"""
    p = best.place
    if not _small_town(p) or not votes:
        return False
    top, n = votes.most_common(1)[0]
    return n >= 2 and top != p.country_iso2 and votes[p.country_iso2] == 0


def _small_town(p: Place) -> bool:
    """A town smaller than :data:`STRAY_TOWN_POPULATION`, drawn as a point."""
    return p.kind == "city" and p.population < STRAY_TOWN_POPULATION and not p.has_area


def _drop_namesake_waters(found: list[Place]) -> list[Place]:
    """A water reading whose name has no water word and is the own name of a big town or a division ("Kaliningrad",
    the city, its oblast and a marine area named after them) yields to the land: the bare name means the town."""
    land = {p.name.lower() for p in found if (p.raw or {}).get("name_type") != "alternate" and (
        p.kind in ("country", "admin1") or (p.kind == "city" and p.population >= _KNOWN_TOWN))}
    if not land:
        return found
    return [p for p in found if not (p.kind == "sea" and p.name.lower() in land and not _WATER_WORD.search(p.name))]


#: a city at least this share of its first-level division's population is what the division's name means
#: unless the text marks the division (Geneva, Basra, Zurich, Kherson; not Quebec City, 6% of Quebec)
SEAT_SHARE = 0.1


def _seat_over_division(text: str, ranked: list[_Scored]) -> _Scored:
    """"Police fired tear gas in Geneva": a first-level division read for a name that is also the primary name of a
    big city inside it gives way to the city (not "New York" for New York City, nor "Oklahoma" for Oklahoma City).
    A division the text marks ("Murmansk oblast") has no city among its candidates."""
    best = ranked[0]
    division = best.place
    if division.kind != "admin1" or not division.population or normalize(division.name) != normalize(text):
        return best
    for s in ranked[1:6]:
        p = s.place
        if p.kind == "city" and normalize(p.name) == normalize(text) and p.country_iso2 == division.country_iso2 and (
                _inside(p, division) and p.population >= SEAT_SHARE * division.population):
            return _Scored(p, s.score, [*s.reasons, f"the big city of {division.name}, which shares its name"],
                           s.features)
    return best


#: a city at least this many times as populous as a first-level division of its name elsewhere is what the bare
#: name means when nothing in the article speaks for the division ("Manchester", not Jamaica's parish)
BIG_CITY_RATIO = 3.0


def _big_city_over_small_division(text: str, best: _Scored, ranked: list[_Scored]) -> _Scored:
    """A first-level division read (``best``) for a bare name, with no article evidence for it, gives way to a big
    city of that own name that is :data:`BIG_CITY_RATIO` times as populous (and at least :data:`_KNOWN_TOWN`)."""
    division = best.place
    if division.kind != "admin1" or normalize(division.name) != normalize(text) or any(
            (best.features or {}).get(k, 0.0) >= least for k, least in _ARTICLE_EVIDENCE.items()):
        return best
    for s in ranked[:6]:
        p = s.place
        if p.kind == "city" and normalize(p.name) == normalize(text) and (p.raw or {}).get("name_type") != "alternate" \
                and p.population >= max(_KNOWN_TOWN, BIG_CITY_RATIO * (division.population or 0)):
            return _Scored(p, s.score, [*s.reasons, f"the big city, not the smaller {division.name} "
                                                    f"({division.country_iso2})"], s.features)
    return best


#: nouns a demonym before a place name may describe and still say where the place is ("the Russian port city of X")
_PLACE_HEADS = SETTLEMENT_NOUNS | FEATURE_NOUNS | FACILITY_NOUNS | {"capital", "border", "coast", "waters", "side"}


def _describes_a_thing(doc: Doc, demonym: Toponym) -> bool:
    """Does the demonym describe a common noun that is no place ("a Chinese dredger", "Russian troops")? Then
    it says nothing about where a place named after it is."""
    span = doc.char_span(demonym.start, demonym.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return span.root.dep_ in ("amod", "compound") and head.pos_ == "NOUN" and (
        head.lemma_.lower() not in _PLACE_HEADS and head.lower_ not in _PLACE_HEADS)


def _outside_named_container(best: _Scored, ranked: list[_Scored], containers: list[Place], *,
                             owned: bool = False) -> bool:
    """"near Koya in Iraq's Kurdistan Region" when the gazetteer knows only a Koya in Japan: the text says where
    the place is, and no reading of the name lies there, so the best reading is a namesake elsewhere (a town, a
    district or a landmark), when every reading of the container is a country (the codes of divisions are not
    reliable enough: "the Cathedral in Decatur" reads a Decatur County), or, for a possessive (``owned``:
    "Florida's Big Bend"), a country or a first-level division."""
    if not containers or best.place.kind not in ("city", "admin2", "landmark"):
        return False
    if owned:  # a possessive is a country's or a division's, not a namesake county's
        containers = [c for c in containers if c.kind in ("country", "admin1")]
    if not containers or not all(c.kind == "country" or owned for c in containers):
        return False  # a division's reading may be a namesake county ("the Cathedral in Decatur"): only countries
    return not any(_inside(s.place, c) or owned and _near_division(s.place, c) for s in ranked for c in containers)


#: a town this near a first-level division's point, in its country, may be inside it when their codes disagree
#: (Taiwan's towns keep the old province's code: "Hualien's Xiulin township")
NEAR_DIVISION_KM = 150.0


def _near_division(place: Place, division: Place) -> bool:
    """Is ``place`` in the country of the first-level ``division`` and within :data:`NEAR_DIVISION_KM` of its
    point?"""
    return division.kind == "admin1" and place.country_iso2 == division.country_iso2 and \
        haversine_km(place.lat, place.lon, division.lat, division.lon) <= NEAR_DIVISION_KM


def _affinity(a: Place, b: Place) -> float:
    """How strongly two readings support each other: same first-level division, or one inside the other: 1;
    otherwise same country: 0.3."""
    if a.id == b.id or not a.country_iso2 or a.country_iso2 != b.country_iso2:
        return 0.0
    if a.kind == "country" or b.kind == "country":
        return COUNTRY_AFFINITY
    if a.admin1_code and a.admin1_code == b.admin1_code:
        return 1.0
    if (a.kind == "admin1" and b.admin1 == a.name) or (b.kind == "admin1" and a.admin1 == b.name):
        return 1.0
    return SAME_COUNTRY_AFFINITY


def _big_city(place: Place) -> bool:
    """A city of BIG_CITY_POPULATION or more."""
    return place.kind == "city" and place.population >= BIG_CITY_POPULATION


def _apply_stated_aliases(text: str, toponyms: list[Toponym]) -> None:
    """A name the text gives as another name of a place ("Kiritimati, also known as Christmas Island") is that
    place wherever the article uses it (a headline's "Christmas Island" too), not a namesake elsewhere. The name
    given first is trusted when both are resolved."""
    literal = [t for t in toponyms if t.role == "literal"]
    for a, b in zip(literal, literal[1:]):
        if b.start - a.end > 40 or not _ALIAS_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        known, alias = (a, b) if a.place is not None else (b, a)
        place = known.place
        if place is None or alias.place is not None and alias.place.id == place.id:
            continue
        key = _name_key(alias.text)
        for t in literal:
            if _name_key(t.text) == key:
                t.place = place
                t.reason = f"another name of {known.text}, as the text says ({text[a.end:b.start].strip(' ,(')!r})"


#: lower-case words that join the parts of a town's name ("Santiago de Cuba", "Frankfurt an der Oder")
NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "el",
                            "al", "an", "am", "im", "in", "en", "y", "e"})
#: how far a short name's own reading may lie from the longer name's place and still be kept ("Santiago" after
#: "Santiago de Cuba" is that city, not Santiago in Chile)
SHORT_NAME_KM = 50.0


def _apply_short_names(toponyms: list[Toponym]) -> None:
    """A name that is the first words of a town's longer name in the same article ("Santiago" after "Santiago
    de Cuba", "Rio" with "Rio de Janeiro") is that town, unless its own reading is a wider place (a country or
    a division) or near it anyway."""
    literal = [t for t in toponyms if t.role == "literal"]
    towns = {}
    for t in literal:
        if t.place is not None and t.place.kind == "city" and " " in t.text.strip():
            towns.setdefault(t.text.strip(), t)
    if not towns:
        return
    for t in literal:
        short = t.text.strip()
        # only a name that goes on with a lower-case particle ("Santiago de Cuba", "Rio de Janeiro"): a name that
        # goes on with another name ("Springfield Township", "Dublin City") is another place
        longer = [u for name, u in towns.items() if name.startswith(short + " ")
                  and name[len(short) + 1:].split(" ", 1)[0] in NAME_PARTICLES]
        if len(longer) != 1 or len(short) < 3:
            continue
        town = longer[0]
        place = town.place
        if t.place is not None and (t.place.kind not in ("city", "admin2") or t.place.id == place.id
                                    or haversine_km(t.place.lat, t.place.lon, place.lat, place.lon) <= SHORT_NAME_KM):
            continue
        t.place = place
        t.reason = f"short for {town.text}, named in the article"


def _feature_of(feature: str, name: str) -> bool:
    """Is ``feature`` named after ``name``: "Delft Island", "Gulf of Fonseca", "Lake Perucac"?"""
    return feature.startswith(name + " ") or (feature.endswith(" " + name) and
                                              feature.split(" ", 1)[0].lower() in GENERIC_FEATURES)


def _apply_lacking_features(toponyms: list[Toponym]) -> None:
    """A town's name that is the first words of a feature named in the article whose only reading was a namesake
    ("Delft" in a headline, "Delft Island" in the story, and the gazetteer knows only Delft in the Netherlands) is
    that feature: left unresolved like it (not a town known by its name alone: "Las Vegas" beside "the Las Vegas
    Valley")."""
    lacking = [u.text.strip() for u in toponyms if u.place is None and u.role == "literal"
               and u.reason.startswith(FEATURE_NAMESAKE)]
    for t in toponyms:
        if t.place is None or t.place.kind != "city" or t.place.population >= _KNOWN_TOWN:
            continue
        feature = next((name for name in lacking if _feature_of(name, t.text.strip())), None)
        if feature is not None:
            t.reason = f"short for {feature}, a feature the gazetteer lacks (not {t.place.name}, " \
                       f"{t.place.country_iso2})"
            t.place = None


#: "X, about 40 km south-west of Y", "X, 25 miles from Y": the distance the text gives between two places
_STATED_DISTANCE = re.compile(
    r"\s*,?\s*(?:\(\s*)?(?:about|some|around|roughly|nearly|almost|approximately|just|only|over|under|more than"
    r"|less than|up to)?\s*(\d{1,4}(?:[.,]\d+)?)\s*(km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b\s*"
    r"(?:\(\s*[\d.,]+\s*(?:miles|mi|km)\s*\)\s*)?(?:to the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


#: "the port of X, near Y", "X, just outside Y": the text puts X beside the town Y with no distance
_STATED_NEAR = re.compile(r"\s*,\s*(?:just\s+|very\s+)?(?:near|outside|close to|not far from|next to)\s+",
                          re.IGNORECASE)
#: the distance "near" stands for, generously: a reading beyond max(3x, x + 100 km) = 300 km of the town named is
#: a namesake (a reading nearer than that is kept: it may be the gazetteer's best stand-in for a hamlet it lacks)
STATED_NEAR_KM = 100.0
#: places with a point a distance can be stated from (not a country's or a sea's centre)
POINT_KINDS = frozenset({"city", "admin2"})


def _apply_stated_distances(text: str, toponyms: list[Toponym], ranked_by: list[list[_Scored]]) -> None:
    """A place the text puts a stated distance from another ("near Figtree, about 40 km south-west of Bulawayo",
    or "the port of Moin, near Limon": about :data:`STATED_NEAR_KM`) is within about that distance of it: a
    reading far beyond it is a namesake, replaced by the best-ranked
    reading within reach, else left unresolved (the gazetteer lacks the place meant)."""
    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        if a.place is None or b.place is None or a.role != "literal" or b.start - a.end > 60:
            continue
        m = _STATED_DISTANCE.fullmatch(text, a.end, b.start)
        if m is not None and b.role == "literal" and b.place.kind in POINT_KINDS:
            # from a town; not "30 km from the Russian border" nor "50 km from Lake Chad", whose points are
            # a country's or a water's centre
            km = float(m.group(1).replace(",", "")) * (1.609 if m.group(2).lower().startswith("mi") else 1.0)
            stated = f"within the stated {m.group(1)} {m.group(2)} of {b.text}"
        elif (a.place.kind in POINT_KINDS and b.place.kind in POINT_KINDS and b.role == "literal"
              and _STATED_NEAR.fullmatch(text, a.end, b.start)):
            km, stated = STATED_NEAR_KM, f"near {b.text}, which the text puts it beside"
        else:
            continue
        reach = max(3.0 * km, km + 100.0)
        if haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= reach:
            continue
        near = [r for r in ranked_by[i] if haversine_km(r.place.lat, r.place.lon, b.place.lat, b.place.lon) <= reach]
        _rule_out_namesake(a, toponyms, near, fits=stated, missing=stated)


def _apply_stated_divisions(text: str, toponyms: list[Toponym], ranked_by: list[list[_Scored]]) -> None:
    """"Trenton, Ontario": a town named with a first-level division of its country, outside a list, lies in it;
    a reading elsewhere is a namesake, replaced by a reading in the division, else left unresolved (the
    gazetteer lacks the town meant). Read after the joint inference, when the division's own reading is known."""
    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        if a.place is None or b.place is None or a.role != "literal" or b.role != "literal" \
                or b.place.kind != "admin1" or a.place.kind not in ("city", "admin2") or text[a.end:b.start] != ", ":
            continue
        if a.place.country_iso2 == b.place.country_iso2 and a.place.admin1_code == b.place.admin1_code:
            continue
        if any(r.place.kind == "admin1" for r in ranked_by[i]):
            continue  # "Quebec, Ontario": two divisions, not a town in one
        after = toponyms[i + 2] if i + 2 < len(toponyms) else None
        its_country = after is not None and after.place is not None and after.place.kind == "country" \
            and after.place.country_iso2 == b.place.country_iso2
        if i > 0 and text[toponyms[i - 1].end:a.start] in (", ", ", and ") or after is not None and text[
                b.end:after.start] in (", ", ", and ") and not its_country:
            continue  # a list of places ("Stroud, Ontario, Canada" is none)
        inside = [r for r in ranked_by[i] if r.place.country_iso2 == b.place.country_iso2
                  and r.place.admin1_code == b.place.admin1_code and r.place.kind in ("city", "admin2")]
        _rule_out_namesake(a, toponyms, inside, fits=f"in {b.text}, named beside it",
                           missing=f"in {b.place.name}, which the text names beside it,")


def _rule_out_namesake(a: Toponym, toponyms: list[Toponym], fitting: list[_Scored], *, fits: str,
                       missing: str) -> None:
    """The text rules out the reading of ``a``: the best of the ``fitting`` readings replaces it ("; ``fits``"),
    else ``a`` is left unresolved ("no X ``missing`` in the gazetteer"); the name's other mentions with the same
    reading ("near Mount X" in the headline, "back to Grantville") mean the same place."""
    namesake = a.place
    if fitting:
        a.place = fitting[0].place
        a.reason = f"{', '.join(fitting[0].reasons)}; {fits}"
    else:
        a.reason = (f"no {a.text} {missing} in the gazetteer; its reading {namesake.name} "
                    f"({namesake.country_iso2}) is a namesake")
        a.place = None
    for t in toponyms:
        if t is not a and t.place is not None and t.place.id == namesake.id and t.role == "literal" \
                and _name_key(t.text) == _name_key(a.text):
            t.place, t.reason = a.place, f"as its mention at {a.start}: {a.reason}"


def _name_key(text: str) -> str:
    """Mentions of one name share a key ("The Athens" and "Athens"): a name neither votes for nor supports
    itself."""
    key = text.lower().removeprefix("the ")
    head, _, noun = key.rpartition(" ")
    # "Delft Island" read by "Delft" is that name again: it must not support "Delft"
    if head and noun in FEATURE_NOUNS:
        return head
    # so is "Gulf of Fonseca" read by "Fonseca", "Lake Perucac" by "Perucac"
    first, _, rest = key.partition(" ")
    if rest and first in GENERIC_FEATURES:
        return rest.removeprefix("of ")
    return key


def _cell(place: Place) -> tuple[int, int]:
    """The grid cell of a point (NEAR_CELL degrees): readings in the same or a neighbouring cell are near."""
    return (math.floor(place.lat / NEAR_CELL), math.floor(place.lon / NEAR_CELL))


def _region_key(place: Place) -> str | None:
    """The first-level division a reading lies in (an admin-1 unit is its own), or ``None``."""
    if place.kind in ("country", "continent", "region", "sea") or not place.country_iso2:
        return None
    return place.admin1_code or (f"{place.country_iso2}:{place.admin1}" if place.admin1 else None)


def _shadowed(place: Place, seen: set[str]) -> bool:
    """Does a better reading of the same name shadow this one for the joint reading? A town or county ranked
    below a state of the same name in the same country: "California" the town in Missouri, after California the
    state (in a list of states, the towns of Missouri would otherwise support each other). ``seen`` collects the
    countries of the admin-1 readings met so far, best first. (A country does not shadow its namesakes:
    Palestine, Texas is a real town of Anderson County.)"""
    if place.kind == "admin1":
        if place.country_iso2:
            seen.add(place.country_iso2)
        return False
    return place.kind in ("city", "admin2") and bool(place.country_iso2) and place.country_iso2 in seen


#: how far from a second-level division's point a town of its state may lie and be taken to be inside it
COUNTY_KM = 40.0


def _inside(place: Place, container: Place) -> bool:
    """Is ``place`` within ``container`` (a country or an admin-1 unit), by codes (a town in a county: by
    :data:`COUNTY_KM`; in a region, a sea or a continent: by its area)?"""
    if container.id == place.id:
        return False
    if container.kind == "country":
        return bool(place.country_iso2) and place.country_iso2 == container.country_iso2
    if container.kind == "admin1":
        if not place.country_iso2 or place.country_iso2 != container.country_iso2:
            return False
        if place.admin1_code and container.admin1_code and place.admin1_code == container.admin1_code:
            return True
        return bool(place.admin1) and place.admin1 == container.name
    if container.kind == "admin2" and place.kind in ("city", "landmark"):
        # a county or district has no area in the gazetteer, and its towns no code of it: a town of its state near
        # its point ("near Jackson, in Breathitt County": not the Jackson 120 km away in Anderson County)
        return bool(place.country_iso2) and place.country_iso2 == container.country_iso2 and (
            not container.admin1_code or place.admin1_code == container.admin1_code) and \
            haversine_km(place.lat, place.lon, container.lat, container.lon) <= COUNTY_KM
    if container.geometry is not None and container.kind in ("region", "sea", "continent"):
        from shapely import contains_xy

        return bool(contains_xy(container.geometry, place.lon, place.lat))
    return False


def _share_containers(toponyms: list[Toponym], contexts: list[dict[str, Any]]) -> None:
    """One sense per discourse: a container named beside one mention of a name ("Louisville, Ky.") holds for
    the name's other mentions in the article ("Indianapolis, Louisville and Denver")."""
    shared: dict[str, list[Place]] = {}
    for t, ctx in zip(toponyms, contexts):
        if t.role == "literal":  # not from inside a name: "China's Taiwan Affairs Office" places no Taiwan in China
            shared.setdefault(_name_key(t.text), []).extend(ctx["containers"])
    for t, ctx in zip(toponyms, contexts):
        if t.role != "demonym" and not ctx["containers"]:
            ctx["containers"] = shared.get(_name_key(t.text), [])


#: what joins the items of a list of places: "Utah, Washington and Wisconsin"
_LIST_JOINS = (",", "and", ", and", "or", ", or", ";")


def _list_runs(text: str, toponyms: list[Toponym]) -> list[list[int]]:
    """The lists of places in the text, as runs of LIST_MIN or more literal mentions joined only by commas, "and"
    or "or" ("Utah, Washington and Wisconsin"), each a list of indexes into ``toponyms``."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, t in enumerate(toponyms):
        joined = bool(run) and t.role == "literal" and text[toponyms[run[-1]].end:t.start].strip() in _LIST_JOINS
        if joined:
            run.append(i)
            continue
        if len(run) >= LIST_MIN:
            runs.append(run)
        run = [i] if t.role == "literal" else []
    if len(run) >= LIST_MIN:
        runs.append(run)
    return runs


def _list_kind(place: Place) -> tuple[str, str | None]:
    """What the items of a list share: the kind, and for divisions the country ("Utah, Washington and Wisconsin"
    are states of the US; "Chicago, Atlanta and London" are cities of any country)."""
    return place.kind, place.country_iso2 if place.kind in ("admin1", "admin2") else None


def _list_kinds(toponyms: list[Toponym], runs: list[list[int]], first: list[list[_Scored]],
                contexts: list[dict[str, Any]]) -> None:
    """Items of one list are places of one kind: "Utah, Washington and Wisconsin" are states, "Armenia, Georgia
    and Azerbaijan" countries. Each listed mention gets ``ctx["list_kinds"]``: the share of the list's other
    names whose first reading is of each :func:`_list_kind`."""
    for items in runs:
        kinds: dict[str, tuple[str, str | None]] = {}
        for k in items:
            if first[k]:
                p = first[k][0].place
                kinds.setdefault(_name_key(toponyms[k].text), _list_kind(p))
        for k in items:
            own = _name_key(toponyms[k].text)
            others = [v for name, v in kinds.items() if name != own]
            if others:
                contexts[k]["list_kinds"] = {v: c / len(others) for v, c in Counter(others).items()}


def _countries_read(doc: Doc, toponyms: list[Toponym], first: list[list[_Scored]],
                    contexts: list[dict[str, Any]]) -> None:
    """Each mention's ``ctx["named_countries"]`` (for :data:`NAMED_CAPITAL_WEIGHT`) and
    ``ctx["sentence_countries"]`` (for :data:`SENTENCE_COUNTRY_WEIGHT`): the countries that the article's other
    names, and those of its sentence, read as by their first reading."""
    sentences = _sentence_indices(doc, toponyms)
    # (sentence, name, country) of the names read as countries
    read = [(k, _name_key(t.text), ranked[0].place.country_iso2) for t, ranked, k in zip(toponyms, first, sentences)
            if t.role == "literal" and ranked and ranked[0].place.kind == "country" and ranked[0].place.country_iso2]
    for t, ranked, k, ctx in zip(toponyms, first, sentences, contexts):
        key = _name_key(t.text)
        ctx["named_countries"] = {iso2 for _, name, iso2 in read if name != key}
        if k is None:
            continue
        # a name with a reading known the world over is read by it, whatever country its sentence names ("China"
        # and "Paris" beside "the United States" are no towns of Texas)
        ctx["known_reading"] = any(r.place.kind in ("country", "continent", "region", "sea") or (
            r.place.kind == "city" and r.place.population >= _KNOWN_TOWN) for r in ranked)
        ctx["sentence_countries"] = {iso2 for j, name, iso2 in read if j == k and name != key}


def _sentence_indices(doc: Doc, toponyms: list[Toponym]) -> list[int | None]:
    """The index of each mention's sentence (``None`` for all when the document has no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return [None] * len(toponyms)
    starts = [s.start_char for s in doc.sents]
    return [bisect.bisect_right(starts, t.start) for t in toponyms]


def _sure_votes(toponyms: list[Toponym], ranked_by: list[list[_Scored]], *, kinds: tuple[str, ...] | None = None,
                min_margin: float = 1.0) -> dict[str, tuple[str | None, tuple[str, str] | None, float]]:
    """The votes of the names resolved without doubt (best reading ahead of the next by 1 or more): each
    distinct name's country and first-level division (a division 1, a city's division 0.5)."""
    votes: dict[str, tuple[str | None, tuple[str, str] | None, float]] = {}
    small: set[str] = set()
    for t, ranked in zip(toponyms, ranked_by):
        key = _name_key(t.text)
        if not ranked or key in votes:
            continue
        best = ranked[0]
        margin = best.score - ranked[1].score if len(ranked) > 1 else 10.0
        if margin < min_margin:
            continue
        p = best.place
        if kinds is not None and p.kind not in kinds:
            continue
        admin1 = None
        weight = 0.0
        if p.kind == "admin1" and p.country_iso2:
            admin1, weight = (p.country_iso2, p.admin1_code or p.name), 1.0
        elif p.kind == "city" and p.country_iso2 and p.admin1_code:
            admin1, weight = (p.country_iso2, p.admin1_code), 0.5
        votes[key] = (p.country_iso2, admin1, weight)
        if _small_town(p):
            small.add(key)
    # small towns in a country that no larger place of the article is in, while several are in another, do not
    # vote: namesakes in one country must not prop each other up ("Heping", "Nan'ao", villages in China, for
    # places in a story from Hualien, Taiwan, that the gazetteer lacks)
    strong = Counter(v[0] for k, v in votes.items() if k not in small and v[0])
    if strong and strong.most_common(1)[0][1] >= 2:
        votes = {k: v for k, v in votes.items() if k not in small or strong[v[0]] > 0}
    return votes


def _revote(toponyms: list[Toponym], votes: dict[str, tuple[str | None, tuple[str, str] | None, float]],
            first: list[list[_Scored]], ranked_by: list[list[_Scored]]
            ) -> dict[str, tuple[str | None, tuple[str, str] | None, float]]:
    """The votes after a round of joint reading. A name whose best reading changed withdraws its first vote, and
    votes anew if it is now read as a state: the article's other places moved it there ("Georgia" beside
    "Atlanta", "Texas" and "America" is the state, and anchors the article in it). A name now read without doubt
    as a state or a country votes too. Towns do not vote anew: their readings come from the joint reading itself,
    and would only reinforce it."""
    def best(ranked_lists: list[list[_Scored]]) -> dict[str, str]:
        return {_name_key(t.text): r[0].place.id for t, r in zip(toponyms, ranked_lists) if r}

    now, then = best(ranked_by), best(first)
    kept = {k: v for k, v in votes.items() if now.get(k) == then.get(k)}
    moved = _sure_votes(toponyms, ranked_by, kinds=("admin1",), min_margin=0.0)
    kept.update({k: v for k, v in moved.items() if now.get(k) != then.get(k)})
    kept.update(_sure_votes(toponyms, ranked_by, kinds=("admin1", "country")))
    return kept


class ToponymResolver(GazetteerComponent):
    """spaCy component that sets ``Toponym.place``, ``score`` and ``reason`` on ``doc._.toponyms``."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None = None,
                 resolve_embedded: bool = True) -> None:
        super().__init__(name, gazetteer_path=gazetteer_path)
        self.resolve_embedded = resolve_embedded

    def __call__(self, doc: Doc) -> Doc:
        toponyms = doc._.toponyms
        if toponyms is None:
            raise ValueError("geomap_resolver needs geomap_toponyms before it in the pipeline")
        self.resolve(doc, toponyms)
        return doc

    # -----------------------------------------------------------------------------------------------
    def candidates(self, text: str, *, countries: frozenset[str] = frozenset()) -> list[Place]:
        """The gazetteer's readings of ``text`` by prior, at most :data:`MAX_CANDIDATES`, and as many again of the
        less likely ones in ``countries`` (ISO alpha-2, the article's named countries): "Santa Cruz" beside "the
        Philippines" keeps all its Philippine towns, the small one in Davao del Sur among them."""
        found = self._all_candidates(text)
        extra = [p for p in found[MAX_CANDIDATES:] if p.country_iso2 in countries] if countries else []
        return found[:MAX_CANDIDATES] + extra[:MAX_CANDIDATES]

    def _named_countries(self, toponyms: list[Toponym]) -> frozenset[str]:
        """The countries the article names, by name or adjective (any reading of the name that is a country)."""
        out: set[str] = set()
        for t in toponyms:
            if t.role == "demonym":
                place = self.gazetteer.demonym_place(t.text)
                found = [place] if place is not None else []
            else:
                found = self.gazetteer.lookup(t.text)[:3]
            out.update(p.country_iso2 for p in found if p.kind == "country" and p.country_iso2)
        return frozenset(out)

    def _all_candidates(self, text: str) -> list[Place]:
        gaz = self.gazetteer
        found = gaz.lookup(text)
        if not found:
            # "Guangdong province" in lower case, "the West Bank area" → "West Bank"
            words = text.split()
            if len(words) > 1 and words[-1].lower() in ("region", "area", "province", "state", "county", "city"):
                found = gaz.lookup(" ".join(words[:-1]))
            elif _water_of(words):
                # "Strait of Dover": a water body the gazetteer lacks, placed by "Dover Strait" or by its name
                found = [p for p in gaz.lookup(" ".join(words[2:] + words[:1])) if p.kind == "sea"] or \
                    gaz.lookup(" ".join(words[2:]))
            elif len(words) > 1 and words[-1].lower() in FEATURE_NOUNS:
                # "Suez Canal": a feature the gazetteer lacks, placed by the place it is named after
                found = gaz.lookup(" ".join(words[:-1]))
            elif "." in text and not text.endswith("."):
                # an abbreviation whose final period the tokenizer split off: "W.Va" → "W.Va."
                found = gaz.lookup(text + ".")
            if not found and text[:1].isupper():
                # a division named without its designation: "Morowali" for "Morowali Regency"
                found = [p for suffix in ADMIN_SUFFIXES for p in gaz.lookup(f"{text} {suffix}")
                         if p.kind in ("admin1", "admin2") and p.name.lower().endswith(suffix.lower())]
        return found

    def _by_feature(self, text: str) -> bool:
        """Is the mention a feature the gazetteer lacks ("Suez Canal", "Strait of Dover"), read by the name
        before its noun (or after its "of")?"""
        words = text.split()
        featured = (len(words) > 1 and words[-1].lower() in FEATURE_NOUNS) or _water_of(words)
        return featured and not self.gazetteer.lookup(text)

    def _sea_after_article(self, text: str, t: Toponym, found: list[Place]) -> list[Place]:
        """"the Baltic", "the Adriatic": a name after "the" that, with "Sea" or "Ocean", is a sea's name, and
        alone is no area and no known town, is the sea; a name before a lower-case "river" ("the Yalu river") is
        the river."""
        name = t.text
        if _RIVER_AFTER.match(text, t.end):
            # "across the Yalu river", "a town on the Shabelle river": the river, whatever else has its name (the
            # Congo river is no country), when the gazetteer knows it as "X River"
            rivers = [p for p in self.gazetteer.lookup(f"{name.removeprefix('the ')} River")[:3] if p.kind == "sea"]
            if rivers:
                return rivers
        if _RIVER_FRAME.search(text, max(0, t.start - 20), t.start) and not any(
                normalize(p.name) == normalize(name) and (p.kind in ("country", "admin1", "sea", "region", "continent")
                                                          or p.kind == "city" and p.population >= _KNOWN_TOWN)
                for p in found[:8]):
            # "a container on the St. Lawrence", "downstream on the Amazon": a river, when no area or known town
            # has the name as its own (San Lawrenz, Malta, is "St. Lawrence" only in another language)
            rivers = [p for p in self.gazetteer.lookup(f"{name} River")[:3] if p.kind == "sea"]
            if rivers:
                return rivers
        if name.lower().startswith("the "):
            name = name[4:]  # "The Baltic Fleet": the matcher kept the article
        elif not re.search(r"\bthe\s+$", text[max(0, t.start - 5):t.start], re.IGNORECASE):
            return found
        if " " in name:
            return found
        if any(p.kind in ("country", "admin1", "sea", "region", "continent")
               or (p.kind == "city" and p.population >= _KNOWN_TOWN) for p in found[:8]):
            return found
        seas = [p for suffix in ("Sea", "Ocean") for p in self.gazetteer.lookup(f"{name} {suffix}")[:3]
                if p.kind == "sea"]
        return seas or found

    def resolve(self, doc: Doc, toponyms: list[Toponym]) -> None:
        gaz = self.gazetteer
        text = doc.text  # once: spaCy joins the tokens each time it is asked
        named = self._named_countries(toponyms)
        cands = [_drop_namesake_waters(self._sea_after_article(text, t, self.candidates(t.text, countries=named)))
                 if t.text.lower() not in _GENERIC_FEATURES else [] for t in toponyms]
        # "Cavite province": the mention is a division (its other mentions may be the town: "Los Angeles")
        for k, (t, c) in enumerate(zip(toponyms, cands)):
            after = _DIVISION_AFTER.match(text, t.end)
            if after:
                # "the Ayacucho region" is the first-level division; "the Houston region" is the city's area
                # (by its own name: "the Salinas Valley region" is no division called Salinas)
                kinds = ("admin1",) if after.group(1) else ("admin1", "admin2")
                kept = [p for p in c if p.kind in kinds and (
                    not after.group(1) or p.name.casefold().startswith(t.text.casefold()))]
                if kept:
                    cands[k] = kept
            elif _BORDER_AFTER.match(text, t.end):
                # "about 100 km from the Texas border" is the state's border, not a Mexican village's
                kept = [p for p in c if p.kind in ("country", "admin1", "region")]
                if kept:
                    cands[k] = kept
            elif _TOWN_BEFORE.search(text, max(0, t.start - 30), t.start):
                # "the town of Nsanje" is the town, not the district named after it
                kept = [p for p in c if p.kind == "city"]
                if kept:
                    cands[k] = kept
            elif _DIVISION_BEFORE.search(text, max(0, t.start - 30), t.start):
                # "the eastern province of Arauca" is the province, not its capital of that name
                kept = [p for p in c if p.kind in ("admin1", "admin2")]
                if kept:
                    cands[k] = kept
        for t, c in zip(toponyms, cands):
            t.candidates = len(c)
        runs = _list_runs(text, toponyms)
        listed = {i for run in runs for i in run}
        contexts = [self._context(text, toponyms, i, listed=i in listed, doc=doc) for i in range(len(toponyms))]
        _share_containers(toponyms, contexts)

        # pass 1: prior + local context
        first = [self._rank(c, ctx, Counter(), Counter()) for c, ctx in zip(cands, contexts)]
        # votes from names resolved without doubt: one vote per distinct name, and a name never votes for itself
        # (ten mentions of "Georgia" must not make Georgia the country more likely). Names inside other names vote
        # too: "the Edgar County Sheriff's Office" says where a local story happens (LGL e2e +.015 with the
        # joint reading below)
        votes = _sure_votes(toponyms, first)
        # pass 2: with the article's votes, how each candidate fits the other names' likely readings (coherence,
        # from pass 1) and the joint reading of their divisions (local fit), which is re-read from each round's
        # scores: a reading chosen for its neighbours supports them in turn ("Paris" beside "Henry County": Paris,
        # Tennessee, then Henry County, Tennessee)
        support = self._coherence(toponyms, first)
        _list_kinds(toponyms, runs, first, contexts)
        _countries_read(doc, toponyms, first, contexts)
        ranked_by = list(first)
        for round_ in range(max(1, JOINT_ROUNDS)):
            local = self._local_fit(toponyms, ranked_by, first)
            if round_:
                votes = _revote(toponyms, votes, first, ranked_by)
            ranked_by = [
                self._rank(ranked_c, ctx, *self._votes(votes, _name_key(t.text)), support=support.get(id(t), {}),
                           local=local.get(id(t), {}))
                if self._ranks(t) else previous
                for t, ranked_c, ctx, previous in zip(toponyms, cands, contexts, ranked_by)]
        for t, ranked, ctx in zip(toponyms, ranked_by, contexts):
            if t.role == "embedded" and not self.resolve_embedded:
                continue
            if t.role == "demonym":
                place = gaz.demonym_place(t.text)  # "Russian" → Russia, "European" → Europe
                if place is not None:
                    t.place = place
                    t.score = 10.0
                    t.reason = f"demonym of {place.name}"
                continue
            if t.label == "capital":
                self._resolve_capital(t)
                continue
            if not ranked:
                t.reason = "no gazetteer entry"
                continue
            best = _big_city_over_small_division(t.text, _seat_over_division(t.text, ranked), ranked)
            if _outside_named_container(best, ranked, ctx["stated"], owned=ctx["owned"]):
                t.reason = (f"no {t.text} inside {ctx['stated'][0].name}, which the text names beside it, in the "
                            f"gazetteer; its reading {best.place.name} ({best.place.country_iso2}) is a namesake")
                continue
            # a facility's name counts as a feature's only where the article's other names vote for some country
            # (a lone "the Porgera gold mine" keeps its town)
            facility = bool(_FACILITY_AFTER.match(text, t.end)) and bool(
                self._votes(votes, _name_key(t.text))[0])
            if _stray_namesake(t.text, best, by_feature=self._by_feature(t.text) or facility):
                t.reason = f"{FEATURE_NAMESAKE}; its reading {best.place.name} " \
                           f"({best.place.country_iso2}) is a namesake that nothing in the article supports"
                continue
            country_votes = self._votes(votes, _name_key(t.text))[0]
            if _stray_small_town(best, country_votes):
                t.reason = (f"its reading {best.place.name} ({best.place.country_iso2}) is a small town in a country "
                            f"no other place in the article is in (they are in {country_votes.most_common(1)[0][0]})")
                continue
            if _stray_other_name(t.text, best, country_votes):
                t.reason = (f"only another name of {best.place.name} ({best.place.country_iso2}), which nothing in "
                            f"the article supports, among places in {country_votes.most_common(1)[0][0]}")
                continue
            t.place = best.place
            t.score = round(best.score, 3)
            alt = f"; next: {ranked[1].place.name} ({ranked[1].place.country_iso2 or '-'})" if len(ranked) > 1 else ""
            t.reason = ", ".join(best.reasons) + alt
        _apply_stated_aliases(text, toponyms)
        _apply_short_names(toponyms)
        _apply_lacking_features(toponyms)
        _apply_stated_distances(text, toponyms, ranked_by)
        _apply_stated_divisions(text, toponyms, ranked_by)

    def _ranks(self, t: Toponym) -> bool:
        """Is ``t`` resolved by ranking candidates (not a demonym, a "the Kazakh capital", or a skipped name)?"""
        skipped = t.role == "embedded" and not self.resolve_embedded
        return not (t.role == "demonym" or t.label == "capital" or skipped)

    @staticmethod
    def _votes(votes: dict[str, tuple[str | None, tuple[str, str] | None, float]],
               key: str) -> tuple[Counter, Counter]:
        """The country and admin-1 votes of every distinct name but ``key`` (a name never votes for itself)."""
        country_votes: Counter[str] = Counter()
        admin1_votes: Counter[tuple[str, str]] = Counter()
        for name, (country, admin1, weight) in votes.items():
            if name == key:
                continue
            if country:
                country_votes[country] += 1
            if admin1:
                admin1_votes[admin1] += weight
        return country_votes, admin1_votes

    def _resolve_capital(self, t: Toponym) -> None:
        """"the Kazakh capital", "North Macedonia's capital" → the capital city of the country the adjective or
        the possessive names."""
        gaz = self.gazetteer
        owner = re.match(r"(.+?)['’]s capital$", t.text)
        if owner is not None:
            iso3 = next((p.country_iso3 for p in gaz.lookup(owner.group(1))[:3] if p.kind == "country"), None)
        else:
            iso3 = gaz.demonym(t.text.split()[0])
        try:
            country = gaz.country(iso3) if iso3 else None
        except LookupError:
            country = None
        name = (country.raw or {}).get("capital") if country is not None else None
        if not name:
            t.reason = "capital of an unknown country"
            return
        found = gaz.lookup(name, country=country.country_iso2, kinds=["city"]) or gaz.lookup(
            name, country=country.country_iso2)
        if found:
            t.place = found[0]
            t.score = 10.0
            t.reason = f"the capital of {country.name}"

    # -----------------------------------------------------------------------------------------------
    def _context(self, text: str, toponyms: list[Toponym], i: int, *, listed: bool = False,
                 doc: Doc | None = None) -> dict[str, Any]:
        """Local evidence: containers named next to the mention and a demonym just before it (with ``doc``, not
        one that describes another thing: "a Chinese dredger off Nangan"). ``listed``: the mention is an item of
        a list of places."""
        gaz = self.gazetteer
        t = toponyms[i]
        containers: list[Place] = []
        stated: list[Place] = []  # said outright, in no list: "X in Y", "X (Y)", "Y's X"
        owned = False  # stated by a possessive: "Florida's Big Bend"
        # "X, Y" / "X (Y)" / "X in Y": the next toponym right after a comma, bracket or "in"
        if i + 1 < len(toponyms):
            nxt = toponyms[i + 1]
            between = text[t.end:nxt.start].strip()
            if between in (",", "(", "in", ", in") and nxt.role != "embedded":
                containers.extend(self._containers_of(t.text, nxt.text, listed=listed and between == ","))
                if between in ("(", "in", ", in") and not listed:
                    stated.extend(containers)
            elif nxt.role != "embedded" and _APPOSITIVE_CONTAINER.fullmatch(text, t.end, nxt.start):
                containers.extend(self._container_candidates(nxt.text))
                stated.extend(containers)
        # "Y's X" / "south China's Guangdong Province" / "the Texas town of Paris"; "Y, X" only when nothing
        # after X contains it ("Louisville, Ky., New Haven, Conn.": New Haven is in Connecticut)
        if i > 0:
            prev = toponyms[i - 1]
            between = text[prev.end:t.start]
            if between.strip() in ("'s", "’s") or _CONTAINER_PHRASE.match(between):
                owner = self._container_candidates(prev.text)
                containers.extend(owner)
                if not listed:
                    stated.extend(owner)  # not a comma's container after the name ("Y's X, Z"): Z is no statement
                    owned = between.strip() in ("'s", "’s")
            elif between.strip() == "," and not containers:
                containers.extend(self._containers_of(t.text, prev.text, listed=listed))
        # a demonym within the few words before: "the Russian port city of Vladivostok"
        demonym_countries: list[str] = []
        window_start = max(0, t.start - 60)
        for j in range(i - 1, -1, -1):
            prev = toponyms[j]
            if prev.end < window_start:
                break
            if prev.role == "demonym" and not (doc is not None and _describes_a_thing(doc, prev)):
                iso3 = gaz.demonym(prev.text)
                if iso3:
                    demonym_countries.append(iso3)
        # "central Washington", "northern Mexico": a part of an area, not a town
        before = text[max(0, t.start - 20):t.start].split()
        part_of_area = bool(before) and before[-1] in AREA_PART_WORDS
        # "WELLINGTON, April 11 (AFP) -": a dateline with no country after the town names a well-known one
        dateline = t.text.isupper() and (t.start == 0 or text[t.start - 1] == "\n") and bool(
            _BARE_DATELINE_AFTER.match(text, t.end))
        return {"containers": containers, "stated": stated, "owned": owned, "demonyms": demonym_countries,
                "label": t.label,
                "text": t.text, "all_caps": t.text.isupper() and len(t.text) > 1, "part_of_area": part_of_area,
                "dateline": dateline}

    def _containers_of(self, text: str, other: str, *, listed: bool) -> list[Place]:
        """The readings of ``other`` that may contain the mention ``text``. In a list of places, two names
        joined by a comma that are both first-level divisions of one country are two items, not a town and its
        state: "Ohio, Oregon, South Carolina" ("The plant in Oregon, Ohio, closed" is the town), nor are two
        countries ("Guinea, Mali and Sudan")."""
        found = self._container_candidates(other)
        if not listed:
            return found
        own = self.candidates(text)
        own_states = {p.country_iso2 for p in own if p.kind in ("admin1", "country")}
        a_country = any(p.kind == "country" for p in own)  # "Guinea, Mali and Sudan": three countries
        return [p for p in found if not (p.kind == "admin1" and p.country_iso2 in own_states)
                and not (p.kind == "country" and a_country)]

    def _container_candidates(self, text: str) -> list[Place]:
        gaz = self.gazetteer
        out = []
        for p in gaz.lookup(text)[:10]:
            if p.kind in ("country", "admin1", "admin2", "region", "continent"):
                out.append(p)
        iso3 = gaz.demonym(text)
        if iso3:
            try:
                out.append(gaz.country(iso3))
            except LookupError:
                pass
        return out

    def _coherence(self, toponyms: list[Toponym], first: list[list[_Scored]]) -> dict[int, dict[str, float]]:
        """For each mention and candidate id: the summed affinity with the other distinct names' top readings,
        each weighted by how likely that reading is (a softmax over its pass-1 scores)."""
        readings: dict[str, list[tuple[Place, float]]] = {}
        for t, ranked in zip(toponyms, first):
            key = _name_key(t.text)
            if key in readings or not ranked:
                continue
            top = ranked[:3]
            m = top[0].score
            weights = [math.exp(r.score - m) for r in top]
            total = sum(weights)
            readings[key] = [(r.place, w / total) for r, w in zip(top, weights)]
        out: dict[int, dict[str, float]] = {}
        for t, ranked in zip(toponyms, first):
            key = _name_key(t.text)
            scores: dict[str, float] = {}
            best = ranked[0].score if ranked else 0.0
            for cand in ranked[:MAX_CANDIDATES]:
                # coherence may choose between plausible readings, not raise an implausible one: "China" in a
                # story from Maine is still China; "Mexico" is not Mexico City (an alias match)
                if best - cand.score > COHERENCE_WINDOW or (cand.place.raw or {}).get("name_type") in (
                        "alias", "alternate"):
                    continue
                total = 0.0
                for other, options in readings.items():
                    if other == key:
                        continue
                    total += sum(w * _affinity(cand.place, p) for p, w in options)
                scores[cand.place.id] = total
            out[id(t)] = scores
        return out

    def _local_fit(self, toponyms: list[Toponym], ranked_by: list[list[_Scored] | None],
                   first: list[list[_Scored]]) -> dict[int, dict[str, float]]:
        """For each mention and candidate id: how many of the article's other distinct names have a plausible
        reading in the same first-level division ("Athens" with "Clarke County" and "Augusta": Georgia), each
        counted by its best such reading, discounted by how far that reading is below the name's best; plus
        ``NEAR_WEIGHT`` times the names with a reading in a neighbouring grid cell (towns and counties only)."""
        # name -> division code (str) or grid cell (tuple) -> the name's support there
        by_name: dict[str, dict[Any, float]] = {}
        for t, ranked in zip(toponyms, ranked_by):
            key = _name_key(t.text)
            if key in by_name or not ranked or t.role == "demonym":
                continue
            best = ranked[0].score
            regions: dict[Any, float] = {}
            shadowed: set[str] = set()
            for r in ranked:
                gap = best - r.score
                if gap > COHERENCE_WINDOW:
                    continue
                if _shadowed(r.place, shadowed):
                    continue
                if (r.place.raw or {}).get("name_type") in ("alias", "alternate"):
                    # a reading by another name supports nothing, but a town read so without doubt is still there
                    # for the places near it: "Frankfurt", surely Frankfurt (Oder), is beside Slubice in Lubusz,
                    # not the village of Mazovia
                    if r is ranked[0] and r.place.kind == "city" and (
                            len(ranked) == 1 or r.score - ranked[1].score >= SURE_MARGIN):
                        near = BIG_CITY_SUPPORT if _big_city(r.place) else 1.0
                        regions[_cell(r.place)] = max(regions.get(_cell(r.place), 0.0), near)
                    continue
                region = _region_key(r.place)
                if region is None:
                    continue
                w = math.exp(-gap / LOCAL_TAU)
                if _big_city(r.place):
                    w *= BIG_CITY_SUPPORT
                if w > regions.get(region, 0.0):
                    regions[region] = w
                if r.place.kind in ("city", "admin2", "landmark"):
                    cell = _cell(r.place)
                    if w > regions.get(cell, 0.0):
                        regions[cell] = w
            by_name[key] = regions
        totals: Counter[Any] = Counter()
        for regions in by_name.values():
            totals.update(regions)
        out: dict[int, dict[str, float]] = {}
        for t, ranked in zip(toponyms, first):
            if not ranked:
                continue
            key = _name_key(t.text)
            fits: dict[str, float] = {}
            best = ranked[0].score
            own = by_name.get(key, {})
            shadowed = set()
            for r in ranked:
                if best - r.score > LOCAL_WINDOW:
                    break
                if _shadowed(r.place, shadowed):
                    continue
                region = _region_key(r.place)
                if region is None:
                    continue
                total = totals.get(region, 0.0) - own.get(region, 0.0)  # a name never supports itself
                if r.place.kind in ("city", "admin2", "landmark"):
                    cy, cx = _cell(r.place)
                    near = max(totals.get((cy + dy, cx + dx), 0.0) - own.get((cy + dy, cx + dx), 0.0)
                               for dy in (-1, 0, 1) for dx in (-1, 0, 1))
                    total += NEAR_WEIGHT * near
                if total > 0.05:
                    fits[r.place.id] = total
            out[id(t)] = fits
        return out

    def _rank(self, candidates: list[Place], ctx: dict[str, Any], country_votes: Counter,
              admin1_votes: Counter, *, support: dict[str, float] | None = None,
              local: dict[str, float] | None = None) -> list[_Scored]:
        scored: list[_Scored] = []
        # a small town named like a state of its own country ("California", Pennsylvania; "Florida", New York)
        # takes no evidence from the article's divisions: those are the state's (the state reading shadows it)
        states = {p.country_iso2 for p in candidates if p.kind == "admin1"}
        for rank, p in enumerate(candidates):
            if p.kind in ("city", "admin2") and p.country_iso2 in states and not _big_city(p):
                features, reasons = self._features(p, rank, ctx, country_votes, Counter(), None, None)
            else:
                features, reasons = self._features(p, rank, ctx, country_votes, admin1_votes, support, local)
            score = sum(WEIGHTS.get(k, 0.0) * v for k, v in features.items())
            scored.append(_Scored(p, score, reasons, features))
        scored.sort(key=lambda s: -s.score)
        return scored

    @staticmethod
    def _features(p: Place, rank: int, ctx: dict[str, Any], country_votes: Counter, admin1_votes: Counter,
                  support: dict[str, float] | None,
                  local: dict[str, float] | None = None) -> tuple[dict[str, float], list[str]]:
        """The evidence for one candidate as named feature values (the score is their weighted sum, with
        :data:`WEIGHTS`), and the reasons a reader is shown."""
        f: dict[str, float] = {}
        reasons: list[str] = []
        name_type = (p.raw or {}).get("name_type", "primary")
        f[f"kind_{p.kind}"] = 1.0
        f[f"name_{name_type}"] = 1.0
        if p.id.startswith("user:") or p.source == "user":
            f["user"] = 1.0
            reasons.append("user entry")
        if p.population and p.kind in ("city", "country", "landmark", "user"):
            # admin units' populations are totals of an area: they say nothing about how often a name means it
            f["log_pop"] = math.log10(p.population + 1)
        elif p.population and p.kind in ("admin1", "admin2"):
            f["log_pop_area"] = math.log10(p.population + 1)
        if ctx.get("label") == "LOC" and p.kind in ("sea", "region", "continent"):
            f["loc_natural"] = 1.0
            reasons.append("LOC entity: a natural feature or region")
        if p.kind == "sea" and _WATER_NAME.search(ctx.get("text") or ""):
            f["water_name"] = 1.0
            reasons.append("named as a water body")
        if ctx.get("label") == "LOC" and p.kind == "city":
            f["loc_city"] = 1.0
        if ctx.get("part_of_area") and p.kind in AREA_KINDS:
            f["part_of_area"] = 1.0
            reasons.append("a part of it named (an area)")
        if p.name == ctx.get("text"):
            f["exact_name"] = 1.0
        if ctx.get("all_caps") and p.name.upper() != p.name and len(ctx["text"]) <= 4:
            # "US", "UN", "IT": an abbreviation, not the village "Us"
            f["abbreviation"] = 1.0
            reasons.append("abbreviation in the text")
        if (p.raw or {}).get("is_capital"):
            f["capital"] = 1.0
            if p.country_iso2 in ctx.get("named_countries", ()) and name_type not in ("alias", "alternate") \
                    and p.population < _KNOWN_TOWN:
                f["named_capital"] = 1.0
                reasons.append(f"the capital of {p.country_iso2}, which the article names")
        if p.country_iso2 in ctx.get("sentence_countries", ()) and p.kind in ("city", "admin2", "admin1") \
                and not ctx.get("known_reading"):
            f["sentence_country"] = 1.0
            reasons.append(f"{p.country_iso2} named in its sentence")
        if ctx.get("dateline") and p.kind == "city" and (
                (p.raw or {}).get("is_capital") or (p.population or 0) >= DATELINE_CITY_POPULATION):
            f["dateline_city"] = 1.0
            reasons.append("a dateline with no country names a well-known city")
        f["rank"] = float(rank)  # the gazetteer's own prior breaks ties
        reasons.append(f"{p.kind} {name_type} name" + (f", pop {p.population:,}" if p.population else ""))
        list_kinds = ctx.get("list_kinds")
        if list_kinds:
            share = list_kinds.get(_list_kind(p), 0.0)
            if share:
                f["list_kind"] = share
                reasons.append(f"listed among places of its kind ({share:.0%})")
        for container in ctx["containers"]:
            if container.kind == "admin2" and not any(c is container for c in ctx["stated"]):
                # a county holds a town the text says it does ("near Jackson, in Breathitt County"), not one it is
                # listed with ("Butler, Clark, Hamilton, Madison or Warren counties": no town of Madison County)
                continue
            if _inside(p, container):
                f["container"] = 1.0
                reasons.append(f"in {container.name} (named beside it)")
                break
        if p.country_iso3 and p.country_iso3 in ctx["demonyms"] and p.kind != "country":
            f["demonym"] = 1.0
            reasons.append(f"{p.country_iso3} adjective before it")
        if p.country_iso2 and country_votes:
            share = country_votes.get(p.country_iso2, 0) / (sum(country_votes.values()) or 1)
            if share:
                f["country_vote"] = share
                f["country_voted"] = 1.0
                reasons.append(f"article's places in {p.country_iso2} ({share:.0%})")
        if p.country_iso2 and p.admin1_code and admin1_votes and p.kind not in ("country", "admin1"):
            share = admin1_votes.get((p.country_iso2, p.admin1_code), 0) / (sum(admin1_votes.values()) or 1)
            if share:
                f["admin1_vote"] = share
                reasons.append(f"article's places in {p.admin1 or p.admin1_code} ({share:.0%})")
        if support:
            fit = min(support.get(p.id, 0.0), COHERENCE_CAP)
            if fit > 0.05:
                f["coherence"] = fit
                reasons.append(f"fits the article's other places ({fit:.1f})")
        if local:
            fit = min(local.get(p.id, 0.0), COHERENCE_CAP)
            if fit > 0.05:
                f["local_fit"] = fit
                reasons.append(f"other names read in {p.admin1 or p.name} ({fit:.1f})")
        return f, reasons


def _resolver_factory(nlp: Language, name: str, gazetteer_path: str | None,
                      resolve_embedded: bool) -> ToponymResolver:
    return ToponymResolver(nlp, name, gazetteer_path=gazetteer_path, resolve_embedded=resolve_embedded)


Language.factory(
    "geomap_resolver",
    assigns=["doc._.toponyms"],
    requires=["doc._.toponyms"],
    default_config={"gazetteer_path": None, "resolve_embedded": True},
    func=_resolver_factory,
)
