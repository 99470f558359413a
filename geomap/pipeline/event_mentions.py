"""Event mentions (one trigger occurrence each) and how the mentions of one event are merged.

Mentions of one event in several sentences ("would hold an exercise next month" … "the Joint Sea 2025 exercise
would be held near Vladivostok") are merged (:func:`merge_mentions`): same type, compatible actors and dates, and
either a shared name or no new actors or date of their own. An event first named by a definite noun with no
actor ("The air strike hit ...") takes the actors (and, if it has none, the date) of the last earlier event of
its type (:func:`borrow_actors`); an undated disaster after a dated one takes its date ("landslides" after
"an earthquake struck ... on Wednesday"). Disasters of another kind are other events (:func:`disaster_kind`).
A definite event noun with no contrast of its own ("the blast", "the outbreak", "wounded in the blast") joins the
event of its type told before (that word's, if any), whoever its sentence's actors are, and lends it none of
them; a repeat of the same trigger word at the same place with no date or new country joins too (a headline
repeated in the text). A harm verb joins the event that caused it in its sentence, wherever each is placed ("an air strike on X killed
12 people in Y"), and so does a verb that only says its event noun happened ("the offensive began"). A mention dated
only by the day a report was made ("Gunmen ambushed a convoy ..., officials said Saturday") is told again by a later
one with a day of its own shortly before ("The attack happened on Thursday"), and that day is the event's
(:func:`merged_date`); so is the day the next sentence gives the event's participant, named again with "the" by a
verb that is no trigger ("a mine shaft collapsed ..., officials said on Thursday. The shaft caved in on Tuesday
evening", :func:`date_retold_participant`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Actor, DateRange, Place, Toponym
from .event_triggers import REPORTING_VERBS, STATEMENT_TYPES, linked_trigger


@dataclass(slots=True)
class Mention:
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


def merge_mentions(mentions: list[Mention], *, merge_window: int) -> list[list[Mention]]:
    """Group the mentions of an article into events, in order of first mention."""
    groups: list[list[Mention]] = []
    told: set[str] = set()  # the types of the mentions so far after the headline
    for m in mentions:
        first = m.event_type not in told  # (the first mention of its type in the text after the headline)
        if not _in_headline(m.trigger):
            told.add(m.event_type)
        linked = _linked_group(groups, m)
        if linked is not None:
            linked.append(m)  # "an air strike killed 12 people": the killing is the strike's
            continue
        candidates = []
        for g in reversed(groups):
            head = g[0]
            if head.event_type != m.event_type:
                continue
            if m.sent.start - g[-1].sent.start > 40 * merge_window:
                continue
            if compatible(g, m, first_of_type=first):
                candidates.append(g)
        target = candidates[0] if candidates else None
        if m.date is None and len(candidates) > 1:
            # an undated follow-up ("rain fell around X") is about the news of the day, not about the
            # background event named last ("after the floods of October 2024")
            published = m.sent.doc._.published
            current = [g for g in candidates if published is None or all(
                abs((gm.date.end - published).days) <= 14 for gm in g if gm.date is not None)]
            target = current[0] if current else target
        anaphor = _anaphor(m.trigger)
        if anaphor is not None and len(candidates) > 1:
            # "the outbreak" is the last event named by that word, if any ("the outbreak, which started in
            # Mexico" ... "the epicentre of the outbreak"), not the cases confirmed in between
            same = [g for g in candidates if any(x.trigger.lemma_.lower() == anaphor.lemma_.lower() for x in g)]
            target = same[0] if same else target
        if target is None:
            groups.append([m])
        else:
            if anaphor is not None and m.sent.start != target[0].sent.start and not (
                    anaphor.head.pos_ == "VERB" and anaphor.head.lemma_.lower() in DOER_VERBS):
                # "Taiwan's president condemned the manoeuvres", "Moscow said it had no interest in the
                # protests": who speaks of the event again is none of its actors ("ISSP claimed the attack" is)
                m.actors = [a for a in m.actors if a.role != "actor"]
            target.append(m)
    return groups


def _linked_group(groups: list[list[Mention]], m: Mention) -> list[Mention] | None:
    """The group of the event ``m`` is one clause's second name for: the cause of a harm verb ("an air strike
    killed 12", "killed when a bomb exploded"), the event noun of a verb that says it happened ("the
    offensive began", "a bomb exploded"), or the reverse (the harm verb came first); links are followed on
    ("killed when a bomb exploded": the killing, the explosion and the bomb are one event)."""
    chain = _chain(m.trigger)
    for g in reversed(groups):
        if g[0].event_type != m.event_type:
            continue
        if any(x.sent.start == m.sent.start and (x.trigger.i in chain or m.trigger.i in _chain(x.trigger))
               for x in g):
            return g
    return None


def _chain(tok: Token) -> set[int]:
    """``tok`` and the triggers it is linked to, transitively (:func:`.event_triggers.linked_trigger`)."""
    found = {tok.i}
    for _ in range(4):
        tok = linked_trigger(tok)
        if tok is None or tok.i in found:
            break
        found.add(tok.i)
    return found


def compatible(group: list[Mention], m: Mention, *, first_of_type: bool = False) -> bool:
    """Can ``m`` be one more mention of the event of ``group``? (``first_of_type``: ``m`` is the first mention of its
    type after the headline.)"""
    names = set().union(*(g.names for g in group))
    same_name = bool(names & m.names)
    dates = [g.date for g in group if g.date is not None]
    if m.date is not None and dates and not any(days_agree(g, m) for g in group if g.date is not None):
        return False
    # a definite noun that named the event again ("condemned the manoeuvres") lends it none of its sentence's actors
    countries = {a.country for k, g in enumerate(group) for a in g.actors if a.country and (
        k == 0 or _anaphor(g.trigger) is None)}
    m_countries = {a.country for a in m.actors if a.country}
    places = [g.place for g in group if g.place is not None]
    if any(_agent_of(m.trigger, g.trigger) or _agent_of(g.trigger, m.trigger) for g in group):
        return True  # "a patrol was hit by a roadside bomb near X, in Y": the bomb is the hit, wherever each is
    if _anaphor(m.trigger) is m.trigger and states_where(m.trigger):
        return True  # "The attack took place near X": where the event told before happened, not another one
    if m.place is not None and m.location_attached and places and all(p.id != m.place.id for p in places) \
            and not same_name:
        return False
    if m.trigger.i == group[-1].trigger.i:
        return False
    if not same_name and any(c.dep_ == "amod" and c.lower_ in EARLIER_MODS for c in m.trigger.children):
        return False  # "the last presidential election, in March 2016": an earlier one than the event told
    if not dates and m.date is not None and m.place is not None and any(
            p.id == m.place.id or within(m.place, p) for p in places) and all(_in_headline(g.trigger) for g in group) \
            and not _in_headline(m.trigger):
        # "Indian warships dock in Mombasa" (the headline, undated) ... "a frigate and a tanker docked in
        # Mombasa on Saturday": the headline tells the lede's event, also in a wider place ("fighting kills 18
        # in X province" ... "killed in fighting outside Y, the capital of X province, since Sunday")
        return True
    if not dates and m.place is None and m_countries <= countries and all(_in_headline(g.trigger) for g in group) \
            and not _in_headline(m.trigger) and (_lede(m.sent) or first_of_type and _current(m)):
        # "Gunmen kill five truck drivers in ambush on X highway" (the headline) ... "Gunmen ambushed a convoy ...,
        # killing five drivers, officials said Saturday" (the lede, placed nowhere): the lede tells the headline's
        # event, with no place to set them apart; so does the text's first mention of its type further on, of the
        # days of the news ("seven held after clashes in Mindelo" ... "said they had arrested seven people after
        # supporters threw stones at each other late on Friday")
        return True
    if m.place is not None and not m.location_attached and m.location_scope == "clause" and (
            m.trigger.pos_ == "VERB" or m.trigger.dep_ == "dobj" and m.trigger.head.pos_ == "VERB") \
            and places and all(p.id != m.place.id for p in places) and not same_name \
            and m.sent.start != group[-1].sent.start and _place_governs(m):
        # "A third man died in Gagnoa after being attacked" after a shooting in Man: a verb whose own clause
        # names another place tells of another event (so does a light verb's noun: "opened fire on an office in
        # Kumasi" after a shooting in Tamale)
        return False
    if same_name or m.sent.start == group[-1].sent.start:
        return True  # "arrived ... for a state visit": one sentence, one event of a type
    if m.date is None and m.place is not None and m_countries <= countries and any(
            p.id == m.place.id for p in places) and any(
            g.trigger.lemma_.lower() == m.trigger.lemma_.lower() for g in group):
        return True  # "Hero soldier killed in Syria by Isis" repeated after "killed by a buried bomb ... in Syria"
    if _anaphor(m.trigger) is not None and (m.place is None or not places or any(
            p.id == m.place.id or within(m.place, p) or within(p, m.place) for p in places)):
        return True  # "five others were wounded in the blast", "the epicentre of the outbreak, Mexico": the event
        # named before, whoever the sentence's actors are
    if m_countries and countries and not (m_countries <= countries or countries <= m_countries):
        return False
    if m.event_type in STATEMENT_TYPES:
        return False
    if m.place is not None and m.date is not None and m.date.precision == "day" and any(
            g.place is not None and g.place.id == m.place.id and g.date is not None and g.date.precision == "day"
            and g.date.overlaps(m.date) for g in group):
        return True  # "a man was killed on Wednesday in X" told twice: one place, one day, one event of a type
    if m.event_type == "natural_disaster":
        kinds = {disaster_kind(g.trigger) for g in group} - {None}
        kind = disaster_kind(m.trigger)
        if kind is not None and kinds and kind not in kinds:
            return False  # landslides after an earthquake, floods after a storm: an impact of its own
    # a mention with nothing of its own (no actors, no date) refers back; so does one that only repeats
    # the same actors
    if not m.actors and m.date is None:
        return True
    if m_countries and m_countries <= countries and m.date is None:
        return True  # a later mention with some of the same actors and no date of its own refers back
    if not dates and m.date is not None and (
            (m_countries and m_countries == countries) or (not m.actors and _definite(m.trigger))):
        # an undated event dated by a later mention: "talks in Vienna" ... "the two ministers met on
        # Thursday"; "a tunnel collapsed" ... "the collapse happened early on Monday"
        return True
    return bool(m_countries and m_countries == countries and dates)


#: how many days before the day a report of it is made ("..., officials said Saturday") an event may have happened
#: and still be the one a later mention dates to a day of its own ("The attack happened on Thursday")
REPORT_LAG_DAYS = 7


def report_day(m: Mention) -> bool:
    """Is the mention's date only the day a report of its event was made ("Gunmen ambushed a convoy ..., officials
    said Saturday"): a day hung on a reporting verb other than the trigger, after that verb?"""
    d = m.date
    if d is None or d.span is None or d.precision != "day":
        return False
    doc = m.trigger.doc
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.dep_ == "prep" and head.i < span.start:
        head = head.head  # "said on Saturday"
    return head.i != m.trigger.i and head.pos_ == "VERB" and head.i < span.start \
        and head.lemma_.lower() in REPORTING_VERBS


def days_agree(first: Mention, later: Mention) -> bool:
    """Can the dated mention ``later`` tell the event of ``first`` again: their dates overlap, or ``first`` is
    dated only by the day a report was made and ``later`` gives a day of the event's own shortly before it
    ("ambushed a convoy ..., officials said Saturday" ... "The attack happened on Thursday afternoon")? Not the
    other way round: a report made days after an event tells a later event of its own ("elections on Saturday"
    ... "the commission said on Monday that the party had won")."""
    return first.date.overlaps(later.date) or _own_day_before(first, later)


def _own_day_before(first: Mention, later: Mention) -> bool:
    """Is ``first`` dated only by the day a report was made, and ``later`` by a day of its own shortly before it?"""
    return report_day(first) and not report_day(later) and later.date.end < first.date.start \
        and (first.date.start - later.date.start).days <= REPORT_LAG_DAYS


def merged_date(group: list[Mention]) -> DateRange | None:
    """The date of the event told by ``group``: its first date, unless that is only the day a report was made
    and a later mention gives the event a day of its own ("..., officials said Saturday" ... "The attack happened
    on Thursday afternoon": Thursday)."""
    dated = [m for m in group if m.date is not None]
    if not dated:
        return None
    first = dated[0]
    if report_day(first):
        own = next((m for m in dated[1:] if _own_day_before(first, m)), None)
        if own is not None:
            d = own.date
            return DateRange(start=d.start, end=d.end, precision=d.precision, text=d.text, span=d.span,
                             reason=f"{d.reason or repr(d.text)}, told by '{own.trigger.text}'; not the day of the "
                                    f"report ('{first.date.text}')")
    return first.date


def _participant(m: Mention) -> Token | None:
    """The noun the event of ``m`` happens to, as the next sentence may name it again: the subject of a verb
    trigger ("a disused mine shaft collapsed"), the "of" object of a noun trigger ("the robbery of a security van")."""
    t = m.trigger
    if t.pos_ == "VERB":
        return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


#: prepositions of the thing a seizure or find was made in ("found cocaine hidden in a container")
_CONTAINER_PREPS = frozenset({"in", "inside", "aboard", "on", "under"})


def _participants(m: Mention) -> list[Token]:
    """The nouns the next sentence may name again to date the event of ``m``: its :func:`_participant` and, for a
    verb trigger reported on a later day, the noun of what it found or seized something in, through its object
    ("authorities found cocaine hidden in a shipping container, the ministry said on Friday. Officers opened
    the container on Wednesday")."""
    first = _participant(m)
    found = [first] if first is not None else []
    t = m.trigger
    if t.pos_ != "VERB" or not report_day(m):
        return found
    # the object, the noun of its "of" phrase and a participle on either ("2.1 tonnes of cocaine hidden in ...")
    holders = [c for c in t.children if c.dep_ == "dobj"]
    holders += [g for h in list(holders) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for h in [t] + holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _CONTAINER_PREPS:
                found += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return found


def _after_clause_day(m: Mention) -> bool:
    """Is the mention's date one it takes from the clause its "after" clause hangs on ("sent troops to the border
    on Monday after a soldier was shot dead", "searching on Monday for tourists missing after a boat
    capsized")? What happened before that clause's event may have a day of its own told in the next sentence."""
    t, d = m.trigger, m.date
    if d is None or d.span is None or d.precision != "day" or t.pos_ != "VERB":
        return False
    after = t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children) or (
        t.dep_ == "pcomp" and t.head.lower_ == "after")
    if not after:
        return False
    sub = list(t.subtree)
    return not (sub[0].idx <= d.span[0] < sub[-1].idx + len(sub[-1]))


def date_retold_participant(groups: list[list[Mention]]) -> None:
    """An event with no day of its own (undated, dated only by the day a report was made, or by the clause its
    "after" clause hangs on) whose participant the next sentence names again, with "the", as the subject or object
    of a verb that is no trigger and has a day of its own before publication, happened that day: "killed when a
    disused mine shaft collapsed ..., officials said on Thursday. The shaft caved in on Tuesday evening"; "the
    armed robbery of a security van ... The gang stopped the van ... late on Monday"; "sent troops on Monday after a
    soldier was shot dead. The soldier was on patrol late on Sunday when ..."."""
    if not groups:
        return
    from .event_dates import SENT_DATES_KEY

    doc = groups[0][0].sent.doc
    published = doc._.published
    sent_dates = doc.user_data.get(SENT_DATES_KEY, {})
    triggers = {m.trigger.i for g in groups for m in g}
    for group in groups:
        dated = [m for m in group if m.date is not None]
        if any(not (report_day(m) or _after_clause_day(m)) for m in dated):
            continue
        for m in group:
            if m.sent.end >= len(doc):
                continue
            nxt = doc[m.sent.end].sent
            # (and a noun that names any event again, as the subject of a verb that only dates it: "summoned the
            # ambassador on Wednesday after a patrol boat entered the waters ... The incident happened on Tuesday")
            lemmas = {p.lemma_.lower() for p in _participants(m)} | (
                INCIDENT_NOUNS if m.sent.start == group[0].sent.start and m.date is not None else set())
            # the verb the noun told again is the subject or object of (also a copula: "The soldier was on patrol
            # late on Sunday"), or a participle the parse hangs on it ("The boat, carrying 39 people, overturned
            # early on Saturday ..., the governorate said", read as a reduced relative clause)
            found = next(((q, d) for q in nxt if q.lemma_.lower() in lemmas and q.pos_ == "NOUN"
                          and q.dep_ in ("nsubj", "nsubjpass", "dobj")
                          and (q.lemma_.lower() not in INCIDENT_NOUNS or states_where(q))
                          and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in q.children)
                          for v in [q.head] + [c for c in q.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
                          if v.pos_ in ("VERB", "AUX") and v.i not in triggers
                          for d in sent_dates.get(nxt.start, []) if _own_day_of(doc, d, v, published, dated)),
                         None)
            if found is None:
                continue
            p, day = found
            target = dated[0] if dated else m
            target.date = DateRange(start=day.start, end=day.end, precision="day", text=day.text, span=day.span,
                                    reason=f"{day.reason or repr(day.text)}: the day the next sentence gives the "
                                           f"{p.text} of '{m.trigger.text}'")
            target.date_is_default = False
            break


def _own_day_of(doc: Doc, d: DateRange, verb: Token, published: dt.date | None, dated: list[Mention]) -> bool:
    """Is ``d`` a day hung on ``verb``, before publication and, for an event dated by a report, within
    :data:`REPORT_LAG_DAYS` before the report's day?"""
    if d.precision != "day" or d.span is None or (published is not None and d.end > published):
        return False
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.dep_ == "advmod" and head.lower_ in ("late", "early"):
        head = head.head  # "was on patrol late on Sunday"
    if head.i != verb.i:
        return False
    return not dated or (d.end < dated[0].date.start and (dated[0].date.start - d.start).days <= REPORT_LAG_DAYS)


#: modifiers of an event noun that name an earlier event of its kind ("the previous election", "the last summit")
EARLIER_MODS = frozenset({"last", "previous", "prior", "earlier", "former", "past"})
#: verbs whose subject is the doer of the event noun they govern ("ISSP claimed the attack", "staged the drills")
DOER_VERBS = frozenset({"claim", "carry", "launch", "conduct", "stage", "hold", "mount", "perform", "organise",
                        "organize", "lead", "order", "execute", "undertake", "host"})
#: modifiers of a definite event noun that make it another event than the last one ("the second blast", "the
#: previous outbreak", "the other attack")
CONTRASTIVE_MODS = frozenset({"first", "second", "third", "fourth", "last", "latest", "previous", "earlier", "prior",
                              "new", "another", "other", "next", "fresh", "further", "separate", "similar", "later",
                              "subsequent", "following", "former", "past", "same-day", "deadliest", "worst",
                              "biggest", "largest", "original", "initial", "upcoming", "forthcoming", "coming"})


def _anaphor(tok: Token) -> Token | None:
    """The definite event noun that names again an event told before: the trigger itself ("the blast that
    targeted coalition forces", "the epicentre of the outbreak") or the event its harm verb is linked to
    ("wounded in the blast"); not one set apart by an ordinal, a contrast, a number, a date or a name ("the
    second blast", "the 2010 earthquake", "the Vietnam war"), nor one with an "of" complement of its own."""
    nouns = [tok] if tok.pos_ == "NOUN" else [
        t for t in (tok.doc[i] for i in _chain(tok) if i != tok.i) if t.pos_ == "NOUN" and t.sent == tok.sent]
    for n in nouns:
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in n.children):
            continue
        if any((c.dep_ in ("amod", "compound", "nmod", "nummod", "poss", "npadvmod") and (
                c.lower_ in CONTRASTIVE_MODS or c.pos_ in ("PROPN", "NUM") or c.ent_type_ or c.like_num))
               or (c.dep_ == "prep" and c.lower_ in ("of", "on", "in", "against", "at")) for c in n.children):
            continue
        return n
    return None


#: verbs whose subject event they only locate or date ("the attack took place near X", "the crash happened at")
HAPPEN_VERBS = frozenset({"happen", "occur", "unfold"})
#: nouns that name any event again ("The incident happened on Tuesday afternoon")
INCIDENT_NOUNS = frozenset({"incident", "episode", "encounter"})


def states_where(tok: Token) -> bool:
    """Is the event noun ``tok`` the subject of a verb that only says where or when it happened ("the attack
    took place near X", "the blast occurred at 9 am")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    lemma = head.lemma_.lower()
    return lemma in HAPPEN_VERBS or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)


def within(inner: Place, outer: Place) -> bool:
    """Is ``inner`` a place inside the wider ``outer`` (a province, a country)?"""
    from .location_rules import contains

    return outer.kind in ("country", "admin1", "admin2", "region") and inner.kind not in ("country",) and contains(
        outer, inner)


def _agent_of(noun: Token, verb: Token) -> bool:
    """Is ``noun`` the agent of the passive ``verb`` ("was hit by a bomb"): one event named twice?"""
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i


#: ``doc.user_data`` key: (the title, the character offset where the headline the text opens with ends, or -1)
HEADLINE_END_KEY = "geomap_headline_end"


def _in_headline(tok: Token) -> bool:
    """Is ``tok`` in the article's headline (the title the text opens with)?"""
    doc = tok.doc
    title = (doc._.title or "").strip() if doc.has_extension("title") else ""
    if not title:
        return False
    known = doc.user_data.get(HEADLINE_END_KEY)
    if known is None or known[0] != title:
        # once per document: spaCy joins the tokens each time ``doc.text`` is asked, and this is asked per mention
        text = doc.text
        lead = len(text) - len(text.lstrip())
        known = (title, lead + len(title) if text.startswith(title, lead) else -1)
        doc.user_data[HEADLINE_END_KEY] = known
    return tok.idx < known[1]


#: how many days before publication an event is still the news a headline tells
NEWS_DAYS = 7


def _current(m: Mention) -> bool:
    """Is ``m`` undated or dated to the :data:`NEWS_DAYS` before publication (not a background event)?"""
    published = m.sent.doc._.published
    return m.date is None or published is None or 0 <= (published - m.date.end).days <= NEWS_DAYS


def _lede(sent: Span) -> bool:
    """Is ``sent`` the lede (:func:`.event_dates._lede`)?"""
    from .event_dates import _lede as lede

    return lede(sent)


def _place_governs(m: Mention) -> bool:
    """Is the mention's place in its trigger's clause or a clause above it ("died in Gagnoa after being
    attacked"), not in a clause below it ("kept attacking ships until the war in Gaza ended")?"""
    if m.location is None:
        return False
    doc = m.trigger.doc
    span = doc.char_span(m.location.start, m.location.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok == m.trigger or tok in m.trigger.ancestors


def _definite(tok: Token) -> bool:
    """Is the trigger a noun with a definite determiner ("the collapse", "this attack")?"""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                      for c in tok.children)


#: kinds of natural disaster: a later mention of another kind is another event (landslides after a quake)
DISASTER_KINDS = {
    **dict.fromkeys(("earthquake", "quake", "tremor", "aftershock"), "quake"),
    **dict.fromkeys(("storm", "cyclone", "hurricane", "typhoon", "tornado", "landfall", "blizzard", "snowstorm"),
                    "storm"),
    **dict.fromkeys(("rain", "rainfall", "downpour"), "rain"),
    **dict.fromkeys(("flood", "floods", "flooding"), "flood"),
    **dict.fromkeys(("landslide", "mudslide"), "landslide"),
    **dict.fromkeys(("wildfire", "fire", "blaze", "bushfire", "firestorm"), "fire"),
    **dict.fromkeys(("eruption", "erupt"), "eruption"),
    "tsunami": "tsunami", "drought": "drought", "heatwave": "heat",
}


def disaster_kind(tok: Token) -> str | None:
    """The kind of disaster a trigger names: its own word, a storm's name ("Cyclone Shakti") or the subject
    of a verb ("the earthquake struck"); ``None`` when unknown."""
    kind = DISASTER_KINDS.get(tok.lemma_.lower()) or DISASTER_KINDS.get(tok.lower_)
    if kind is not None:
        return kind
    if tok.pos_ == "PROPN":
        return "storm"  # a named storm
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            kind = DISASTER_KINDS.get(c.lemma_.lower()) or DISASTER_KINDS.get(c.lower_)
            if kind is not None:
                return kind
            if c.lower_ in ("which", "that") and tok.dep_ == "relcl" and tok.head.pos_ == "PROPN":
                return "storm"
    return None


def borrow_actors(groups: list[list[Mention]]) -> None:
    """"The air strike hit a market ..." after "a military air strike": an event first named by a definite
    noun, with no actor of its own, takes the actors of the last earlier event of its type that has some
    (without being merged with it: it may be a part of it at another place)."""
    published = groups[0][0].sent.doc._.published if groups else None
    for k, group in enumerate(groups):
        m = group[0]
        if m.event_type == "natural_disaster" and all(g.date is None for g in group):
            # "villages cut off by landslides" after "an earthquake struck ... on Wednesday": an undated impact
            # happened with the current disaster before it, not on the day of publication
            prev = next((p for g in reversed(groups[:k]) for p in g if p.event_type == m.event_type
                         and p.date is not None and p.sent.start < m.sent.start and (
                             published is None or abs((p.date.end - published).days) <= 14)), None)
            if prev is not None:
                m.date = prev.date
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
