"""Who did what, when and where: the ``geomap_events`` spaCy component.

For each sentence, event *triggers* (verbs and nominalisations from :data:`TRIGGERS`) are found in the parse.
Light verbs ("hold an exercise", "conduct a patrol", "carry out strikes", "the exercise will be held") lend the
nominal trigger their subject, dates and prepositional phrases. For each trigger:

- **trigger and type** (:mod:`.event_triggers`): the lexicon and taxonomy, the senses a word is an event in, and
  the verbs that lend a trigger their arguments;
- **actors** (:mod:`.event_actors`): subjects, partners, possessors, targets, each with a country from a place
  name, demonym or organisation inside the phrase, or from light coreference within the article;
- **date** (:mod:`.event_dates`): the date expression attached to the trigger's clause, resolved against the
  publication date (:mod:`geomap.dates`), else the publication date with a reason saying so;
- **location** (:mod:`.location_rules`): the most specific resolved place inside a locative phrase attached to
  the trigger, else of its target, clause or sentence, with ``geo_precision``; on single sentences
  (:meth:`EventExtractor.locate_verb`, scored on EventLocation) a learned chooser (:mod:`.event_location`) picks
  among the spans these rules consider, the rules' own pick being one feature;
  :meth:`EventExtractor.rule_location` is the rules alone.

Mentions of one event in several sentences are merged, an event with no day of its own takes the day the next
sentence gives its participant ("The shaft caved in on Tuesday evening"), and an event first named by a definite noun
with no actor borrows the actors of the last earlier event of its type (:mod:`.event_mentions`); each merged event becomes an
:class:`~geomap.model.Event` (:mod:`.event_assembly`), the country of the place an exercise, patrol, deployment,
meeting or visit is held in being a participant (role ``host``).

This module keeps the component, its factory and the public names of the modules above.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Event, Toponym
from .component import GazetteerComponent
from .event_actors import (
    ACTOR_NOUNS,
    ACTOR_PLACE_KINDS,
    COMMUNICATIVE_TYPES,
    DOMESTIC_ACTORS,
    PAIR_REASON,
    PAIR_WORDS,
    PARTNER_PREPS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    TARGETED_TYPES,
    ArticleMemory,
    find_actors,
    person_countries,
)
from .event_assembly import HOSTED_TYPES, place_sidelines, to_event
from .event_dates import assign_dates, sentence_dates
from .event_factuality import non_factual
from .event_location import WEIGHTS_PATH, LocationScorer
from .event_mentions import (
    Mention,
    borrow_actors,
    date_retold_participant,
    merge_mentions,
)
from .event_triggers import (
    BOTH,
    FIGURATIVE_OBJECTS,
    LABOUR_STRIKE_WORDS,
    LIGHT_VERBS,
    NOUN,
    RECORDING_NOUNS,
    RELATION_NOUNS,
    SENSE_FILTERED,
    SENT_FORCES,
    SPEAKER_NOUNS,
    STATEMENT_TYPES,
    TRIGGERS,
    VERB,
    WEAPON_NOUNS,
    event_names,
    find_trigger,
    speaker_subject,
    trigger_anchors,
)
from .location_rules import (
    ANAPHORIC_PLACE_NOUNS,
    COMPASS_WORDS,
    DIRECTIONAL_PREPS,
    DISTANCE_WORDS,
    FALLBACK_PREPS,
    KIND_SPECIFICITY,
    LOCATIVE_PREPS,
    METONYMIC_SUBJECT_TYPES,
    NEAR_PREPS,
    NEAR_WORDS,
    OBJECT_PLACE_VERBS,
    PLACE_NOUNS,
    PLACE_ONLY_OBJECT_VERBS,
    PLACE_OR_PERSON_OBJECT_VERBS,
    ROLE_NOUNS,
    locate,
    rule_location,
    rule_mention,
)

#: the component and the public names of the modules it is made of (importable from here as before)
__all__ = [
    "ACTOR_NOUNS",
    "ACTOR_PLACE_KINDS",
    "ANAPHORIC_PLACE_NOUNS",
    "BOTH",
    "COMMUNICATIVE_TYPES",
    "COMPASS_WORDS",
    "DIRECTIONAL_PREPS",
    "DISTANCE_WORDS",
    "DOMESTIC_ACTORS",
    "FALLBACK_PREPS",
    "FIGURATIVE_OBJECTS",
    "HOSTED_TYPES",
    "KIND_SPECIFICITY",
    "LABOUR_STRIKE_WORDS",
    "LIGHT_VERBS",
    "LOCATIVE_PREPS",
    "METONYMIC_SUBJECT_TYPES",
    "NEAR_PREPS",
    "NEAR_WORDS",
    "NOUN",
    "OBJECT_PLACE_VERBS",
    "PAIR_REASON",
    "PAIR_WORDS",
    "PARTNER_PREPS",
    "PLACE_NOUNS",
    "PLACE_ONLY_OBJECT_VERBS",
    "PLACE_OR_PERSON_OBJECT_VERBS",
    "PRONOUNS_PLURAL",
    "PRONOUNS_SINGULAR",
    "RECORDING_NOUNS",
    "RELATION_NOUNS",
    "ROLE_NOUNS",
    "SENSE_FILTERED",
    "SENT_FORCES",
    "SPEAKER_NOUNS",
    "STATEMENT_TYPES",
    "TARGETED_TYPES",
    "TRIGGERS",
    "VERB",
    "WEAPON_NOUNS",
    "EventExtractor",
]


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
        """The events of ``doc``, numbered in order of first mention."""
        published: dt.date = doc._.published or dt.date.today()
        article_id = doc._.article_id or "doc"
        toponyms: list[Toponym] = doc._.toponyms or []
        memory = ArticleMemory()
        memory.names.update(person_countries(doc, toponyms))
        mentions: list[Mention] = []
        top_index = {t.start: t for t in toponyms}
        for sent in doc.sents:
            sent_tops = [t for t in toponyms if sent.start_char <= t.start < sent.end_char]
            dates = sentence_dates(sent, published=published)
            sent_mentions: list[Mention] = []
            for tok in sent:
                hit = find_trigger(tok)
                if hit is None or non_factual(tok):  # negated, hypothetical or generic: no event
                    continue
                event_type, code = hit
                m = Mention(trigger=tok, event_type=event_type, code=code, sent=sent)
                if event_type == "attack" and tok.pos_ == "VERB" and speaker_subject(tok):
                    m.event_type, m.code = "statement_criticism", TRIGGERS["criticize"][1]
                m.anchors = trigger_anchors(tok)
                m.actors = find_actors(tok, m.anchors, m.event_type, sent_tops, memory, gazetteer=self.gazetteer)
                locate(m, m.anchors, sent_tops, sent, sentence_fallback=self.sentence_fallback,
                       article_tops=toponyms)
                m.names = event_names(tok, top_index)
                sent_mentions.append(m)
            assign_dates(sent_mentions, dates)
            mentions.extend(sent_mentions)
            memory.note_places(sent_tops)  # what this sentence named feeds coreference for the next one
        events = merge_mentions(mentions, merge_window=self.merge_window)
        date_retold_participant(events)
        borrow_actors(events)
        out: list[Event] = []
        for n, group in enumerate(events, start=1):
            out.append(to_event(group, doc, article_id, published, n, gazetteer=self.gazetteer))
        place_sidelines(out)
        return out

    # -- location of one verb's event (scored on EventLocation) ---------------------------------------
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
        return rule_location(doc, verb, sentence_fallback=self.sentence_fallback)

    def rule_mention(self, doc: Doc, verb: Token) -> Mention:
        """A mention of ``verb``'s event located by the rules (:func:`.location_rules.rule_mention`)."""
        return rule_mention(doc, verb, sentence_fallback=self.sentence_fallback)


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
