"""From merged mentions to :class:`~geomap.model.Event` records: actors, date, place and the reasons for each.

:func:`to_event` builds one event from the mentions of one event: the actors of all its mentions, the first
date, the best-located mention's place (a place attached to a trigger beats one from its clause or sentence),
the country of the place an exercise, patrol, deployment, meeting or visit is held in as a participant (role
``host``), and the country of that place for institutions with no country word ("police"); an event placed
no nearer than a country is shown at the dateline's town in that country. :func:`place_sidelines`
places a meeting "on the sidelines" where the summit beside it is.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..model import Actor, Event, Place
from .event_actors import ACTOR_NOUNS, DOMESTIC_ACTORS, country_name, flag_state_only, with_sovereigns
from .event_dates import dateline_place, datelines, default_event_date
from .event_mentions import Mention, merged_date, states_where, within
from .location_rules import KIND_SPECIFICITY

if TYPE_CHECKING:
    from ..gazetteer import Gazetteer

#: ``doc.user_data`` key: name words of actors placed at home by an earlier event → (ISO3, place name)
HOME_NAMES_KEY = "geomap_home_names"
#: capitalised words of actor phrases that are titles, not names
TITLE_WORDS = frozenset({"prime", "foreign", "defence", "defense", "interior", "deputy", "vice", "acting", "former",
                         "general", "colonel", "major", "captain", "admiral", "sheikh", "king", "queen", "prince",
                         "mr", "mrs", "ms", "dr", "the", "minister", "president", "state", "national", "federal",
                         "senator", "governor", "mayor", "chief", "head", "secretary"})
#: events of a lede that happen where the story is filed from when their sentence names no place: talks, deals,
#: statements, protests (not arrests: a capital's report of a raid elsewhere)
DATELINE_TYPES = frozenset({"agreement", "meeting", "diplomatic_summons", "sanctions", "reduce_relations",
                            "protest", "election", "statement_criticism", "statement_warning", "statement_threat"})
#: events whose place's country is a participant (the host) besides the actors
HOSTED_TYPES = frozenset({"visit", "deployment", "military_exercise", "military_patrol", "meeting", "aid",
                          # people freed where they are handed over or land ("freed prisoners landed in Guatemala
                          # City on a flight from Managua": Guatemala takes them in)
                          "release"})
#: events that, with no country named among their actors, are the business of the country they happen in (a
#: protest, an arrest; a flood, a crash, a closure, an evacuation, an outbreak: the state whose people are hit;
#: a ship towed into or docking at a port: the port's state)
HOME_TYPES = frozenset({"protest", "arrest", "release", "crime", "accident", "natural_disaster", "disruption",
                        "evacuation", "disease_outbreak", "vessel_movement"})
#: events whose place's country is a participant (the side attacked) besides the actors
TARGET_PLACE_TYPES = frozenset({"attack"})


def to_event(group: list[Mention], doc: Doc, article_id: str, published: dt.date, n: int, *,
             gazetteer: Gazetteer) -> Event:
    """The ``n``-th event of the article, from the mentions of one event (first mention first)."""
    first = group[0]
    actors: list[Actor] = []
    seen: set[tuple[str | None, str]] = set()
    for m in group:
        for a in m.actors:
            key = (a.country, a.name.lower()) if a.country is None else (a.country, "")
            if key not in seen:
                seen.add(key)
                actors.append(a)
    date = merged_date(group)
    located = [m for m in group if m.place is not None]
    # a location attached to a trigger beats one from the clause or sentence; then the most specific; then one
    # a sentence gives to say where the event happened ("the attack took place near X")
    def rank(m: Mention) -> tuple[bool, int, bool]:
        return m.location_attached, KIND_SPECIFICITY.get(m.place.kind, 0), states_where(m.trigger)

    loc = max(located, key=rank) if located else None
    if loc is not None:
        # another mention names a place inside the chosen wider one ("an exercise in the Arctic region" ... "the
        # drill at a range near Rovaniemi"): the narrower place says where in it
        inside = [m for m in located if m.place.kind not in ("country", "region") and (
            within(m.place, loc.place) or _at_edge(m.place, loc.place))]
        if inside:
            loc = max(inside, key=rank)
    reasons: dict[str, str] = {}
    if date is None:
        date = default_event_date(published, group)
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
            actors.append(Actor(name=country_name(gazetteer, host), country=host, role="host",
                                reason=f"{first.event_type.replace('_', ' ')} in {loc.place.name}"))
    if loc is not None and loc.place is not None and first.event_type in TARGET_PLACE_TYPES \
            and loc.location_scope in ("trigger", "clause"):
        # the country whose ground is hit takes part in an attack ("Ukrainian drones struck a refinery near
        # Ryazan": Russia is the attacked side, named or not)
        hit = loc.place.country_iso3
        if hit and hit not in {a.country for a in actors}:
            actors.append(Actor(name=country_name(gazetteer, hit), country=hit, role="target",
                                reason=f"{first.event_type.replace('_', ' ')} in {loc.place.name}"))
    # a leader placed at home in an earlier event of the article ("President Lula da Silva" at talks in
    # Brasília) keeps that country in later events ("Lula visited Johannesburg")
    known: dict[str, tuple[str, str]] = doc.user_data.setdefault(HOME_NAMES_KEY, {})
    for k, a in enumerate(actors):
        if a.country is None:
            hit = next((known[w] for w in _name_words(a.name) if w in known), None)
            if hit is not None:
                actors[k] = Actor(a.name, hit[0], a.role, a.start, a.end,
                                  f"'{a.name}' placed at home in {hit[1]} earlier in the article")
    # "a Navy patrol boat was shadowing it" in the Timor Sea (DARWIN, Australia): on waters of no country, an
    # institution with no country word is of the country the article is filed from and about
    home_iso3 = None if loc is None or loc.place is None else loc.place.country_iso3 or _article_country(doc)
    if home_iso3:
        for k, a in enumerate(actors):
            if a.country is None and any(w in DOMESTIC_ACTORS for w in a.name.lower().split()):
                home = f"no country word; acts at home in {loc.place.name}" if loc.place.country_iso3 else \
                    f"no country word; acts on {loc.place.name}, off the country the article is filed from"
                actors[k] = Actor(a.name, home_iso3, a.role, a.start, a.end,
                                  f"{home} ({a.reason})" if "refers back" in a.reason else home)
                for w in _name_words(a.name):
                    known.setdefault(w, (home_iso3, loc.place.name))
    if loc is not None and loc.place is not None and loc.place.country_iso3 and first.event_type in HOME_TYPES \
            and not any(a.country and a.role != "target" and not flag_state_only(a) for a in actors):
        # "hundreds of people protested outside the court", "six men were arrested in Hamburg": with no one
        # named, a protest or an arrest is the business of the country it happens in (also when only those
        # arrested have one: "a French teacher detained in Isfahan"; or only a ship's flag: "a Malta-flagged
        # tanker ran aground off Ventspils" is Latvia's business too)
        home = loc.place.country_iso3
        actors.append(Actor(name=country_name(gazetteer, home), country=home, role="host",
                            reason=f"no country named; {first.event_type} in {loc.place.name}"))
    # an event in an overseas territory or by its authorities is its sovereign's too ("gendarmes fired tear gas
    # in Dumbéa": New Caledonia and France)
    actors = with_sovereigns(actors, gazetteer)
    if loc is not None and loc.place is not None and not loc.place.country_iso3 and first.event_type in HOME_TYPES \
            and not any(a.country and a.role != "target" and not flag_state_only(a) for a in actors):
        # "A ferry carrying 62 people sank in the Bali Strait" (BANYUWANGI, Indonesia): an accident or a rescue on
        # waters of no country, in an article filed from and about one country, is that country's business
        home = _article_country(doc)
        if home is not None and home not in {a.country for a in actors}:
            actors.append(Actor(name=country_name(gazetteer, home), country=home, role="host",
                                reason=f"no country named; {first.event_type} in {loc.place.name}, off the "
                                       f"country the article is filed from and about"))
    reasons["actors"] = "; ".join(f"{a.name}: {a.reason}" for a in actors) or "no actor found"
    place = loc.place if loc else None
    if place is not None and place.kind in ("country", "admin1"):
        filed = dateline_place(doc)
        if filed is not None and filed.kind == "city" and filed.country_iso3 == place.country_iso3 and (
                place.kind == "country" or filed.admin1_code == place.admin1_code):
            # an event placed no nearer than a country or a province, in an article filed from one of its towns,
            # is shown there (kept at geo_precision 3, as ACLED shows a region's event at its capital): on the
            # dev set this was right more often than the country's or the province's own point
            reasons["location"] += f"; shown at {filed.name}, the dateline's town in it"
            place = filed
    geo_precision = loc.geo_precision if loc else None
    if place is None and first.event_type in DATELINE_TYPES and first.trigger.dep_ not in ("advcl", "acl"):
        # (not a clause hung on another event: "seized two trawlers off X, accusing them of fishing illegally")
        filed = dateline_place(doc)
        lede = datelines(doc)[:1]
        if filed is not None and filed.kind == "city" and lede and first.sent.start <= lede[0][1] < first.sent.end \
                and filed.country_iso3 in {a.country for a in actors}:
            # "LUANDA - Lula and Lourenco signed agreements on Wednesday": the lede's meeting, deal or ruling, placed
            # nowhere in its sentence, happens where the story is filed from, when that is a town of a country
            # that takes part
            place = filed
            geo_precision = 1
            reasons["location"] = f"the lede's {first.event_type.replace('_', ' ')}, placed nowhere in it: at " \
                                  f"{filed.name}, the dateline's town, in a country that takes part"
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
        place=place,
        location_text=loc.location.text if loc and loc.location else None,
        geo_precision=geo_precision,
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


def _article_country(doc: Doc) -> str | None:
    """The country of the dateline's place when two thirds of the article's places with a country are in it."""
    filed = dateline_place(doc)
    if filed is None or not filed.country_iso3:
        return None
    countries = [t.place.country_iso3 for t in doc._.toponyms or [] if t.role != "embedded" and t.place is not None
                 and t.place.country_iso3]
    if countries and 3 * countries.count(filed.country_iso3) >= 2 * len(countries):
        return filed.country_iso3
    return None


def _name_words(name: str) -> list[str]:
    """The capitalised words of an actor phrase that name someone ("Lula", "Silva"), not titles or
    institutions ("President", "Police")."""
    return [w.lower() for w in name.replace("'s", "").split() if w[:1].isupper() and len(w) > 2
            and w.lower() not in DOMESTIC_ACTORS | ACTOR_NOUNS | TITLE_WORDS]


#: how far (degrees) outside a vague region's drawn edge a place still counts as in it ("the Arctic region" for a
#: town a few km south of the Arctic Circle)
REGION_EDGE_DEGREES = 1.0


def _at_edge(inner: Place, outer: Place) -> bool:
    """Is ``inner`` just outside the drawn edge of the vague region ``outer`` (within :data:`REGION_EDGE_DEGREES`)?"""
    if outer.kind != "region" or outer.geometry is None:
        return False
    from shapely.geometry import Point

    return bool(outer.geometry.distance(Point(inner.lon, inner.lat)) <= REGION_EDGE_DEGREES)


def place_sidelines(events: list[Event]) -> None:
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
