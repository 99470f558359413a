"""A learned chooser of the place where one event happened, over the spans the rules already consider.

For an event verb, :func:`candidates` lists the spans of its sentence that could name the event's place: the
recogniser's toponyms (every role), the model's named entities (places, organisations, persons, …), runs of
proper nouns, each also as its whole proper name (:func:`.location_rules.name_only`), and the rules' own pick.
Each candidate gets sparse string features (dependency path to the verb, the preposition that governs it and where
that preposition attaches, entity label, gazetteer kind, distance, whether the rules chose it, …); "no location"
is one more option with features of its own (verb, event type, whether the rules found a place).

:class:`LocationScorer` is a conditional logit over those options: one weight per feature, a softmax over the
options of one verb, the best option wins. Its weights are a small JSON file (:data:`WEIGHTS_PATH`) loaded when
the events component is initialised; ``scripts/train_event_location.py`` retrains it (and reports held-out fold
scores), with :func:`fit` here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Toponym
from .parsed import entities_in
from .location_rules import (
    COMPASS_WORDS,
    DISTANCE_WORDS,
    KIND_SPECIFICITY,
    LOCATIVE_PREPS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    inside_other_event,
    name_only,
    phrase_depth,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .events import EventExtractor

#: the shipped weights (retrain with ``scripts/train_event_location.py``)
WEIGHTS_PATH = Path(__file__).with_name("event_location_weights.json")
NONE = "NONE"
_ENT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})


@dataclass
class Candidate:
    """One option for the event's place: a character span (``None`` for "no location") and its features."""

    span: tuple[int, int] | None
    features: set[str] = field(default_factory=set)
    toponym: Toponym | None = None
    #: for comparing candidates: token distance to the verb, dependency path length, the token the governing
    #: preposition attaches to (-1: none), the root token
    distance: int = 0
    path_length: int = 0
    attached_to: int = -1
    root: int = -1


# -- candidates --------------------------------------------------------------------------------------------
def _propn_runs(sent: Span) -> list[Span]:
    """Maximal runs of proper nouns ("Jabal al-Sayyid", "Dahiyat Al-Assad"), hyphens inside a word included."""
    runs, start = [], None
    doc = sent.doc
    for tok in sent:
        inside = tok.pos_ == "PROPN" or (start is not None and tok.text in ("-", "‑") and not tok.whitespace_
                                         and tok.i + 1 < sent.end and doc[tok.i + 1].pos_ == "PROPN")
        if inside and start is None:
            start = tok.i
        elif not inside and start is not None:
            runs.append(doc[start:tok.i])
            start = None
    if start is not None:
        runs.append(doc[start:sent.end])
    return runs


def _base_spans(doc: Doc, sent: Span) -> list[tuple[int, int, str, Toponym | None]]:
    """``(start, end, source, toponym)`` for each span of ``sent`` that could name a place."""
    out: list[tuple[int, int, str, Toponym | None]] = []
    for t in doc._.toponyms or []:
        if sent.start_char <= t.start < sent.end_char:
            out.append((t.start, t.end, f"top:{t.role}", t))
    for ent in entities_in(sent):
        if ent.label_ in _ENT_LABELS:
            out.append((ent.start_char, ent.end_char, f"ent:{ent.label_}", None))
    for run in _propn_runs(sent):
        out.append((run.start_char, run.end_char, "propn", None))
    return out


def _name_variant(doc: Doc, start: int, end: int) -> tuple[int, int]:
    t = name_only(doc, Toponym(start, end, doc.text[start:end]))
    return t.start, t.end


def candidates(ex: EventExtractor, doc: Doc, verb: Token) -> list[Candidate]:
    """The options for the place of ``verb``'s event, "no location" first, each with its features; "no location"
    alone when the verb is used in a sense that names no event (:func:`.event_triggers.other_sense`)."""
    m = ex.rule_mention(doc, verb)
    sent, event_type, anchors = m.sent, m.event_type, m.anchors
    if m.reasons.get("location") == "other sense":  # "prices shot up", "captured the title": no event, no place
        return [Candidate(None, _none_features(verb, event_type, None, True, 0))]
    rule = name_only(doc, m.location) if m.location is not None else None
    rule_span = (rule.start, rule.end) if rule is not None else None

    by_span: dict[tuple[int, int], Candidate] = {}

    def add(span: tuple[int, int], feats: set[str], top: Toponym | None) -> None:
        c = by_span.setdefault(span, Candidate(span))
        c.features |= feats
        if top is not None and (c.toponym is None or c.toponym.place is None):
            c.toponym = top

    for start, end, source, top in _base_spans(doc, sent):
        add((start, end), {f"src:{source}"}, top)
        variant = _name_variant(doc, start, end)
        if variant != (start, end):
            add(variant, {f"src:{source}:name"}, top)
    if rule_span is not None:
        add(rule_span, {"rule:pick", f"rule:scope:{m.location_scope}"}, rule)

    cands = [c for c in by_span.values() if c.span is not None and c.span[1] > c.span[0]]
    for c in cands:
        _span_features(doc, verb, anchors, c, rule_span, event_type)
    _relative_features(cands, rule_span)
    _context_features(doc, sent, verb, cands)
    none = Candidate(None, _none_features(verb, event_type, rule_span, False, len(cands)))
    _competition_features(doc, verb, cands, none)
    return [none, *cands]


def _none_features(verb: Token, event_type: str, rule_span: tuple[int, int] | None, other_sense: bool,
                   n: int) -> set[str]:
    f = {NONE, f"{NONE}:type:{event_type}", f"{NONE}:lemma:{verb.lemma_.lower()}", f"{NONE}:pos:{verb.pos_}",
         f"{NONE}:dep:{verb.dep_}", f"{NONE}:n:{min(n, 6)}", f"{NONE}:tag:{verb.tag_}"}
    f.add(f"{NONE}:rule_none" if rule_span is None else f"{NONE}:rule_some")
    if other_sense:
        f.add(f"{NONE}:other_sense")
    for head in list(verb.ancestors)[:3]:
        if head.pos_ == "VERB":
            f.add(f"{NONE}:under:{head.lemma_.lower()}")
            break
    return f


def _path(root: Token, verb: Token) -> tuple[list[Token], list[Token]]:
    """Tokens from ``root`` up to (not including) the lowest common ancestor with ``verb``, and from ``verb`` up
    to it."""
    verb_chain = [verb, *verb.ancestors]
    up: list[Token] = []
    tok = root
    while tok not in verb_chain:
        up.append(tok)
        if tok.head == tok:
            break
        tok = tok.head
    down = verb_chain[:verb_chain.index(tok)] if tok in verb_chain else verb_chain
    return up, down


def _bucket(n: int, edges: Sequence[int] = (0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _span_features(doc: Doc, verb: Token, anchors: list[Token], c: Candidate,
                   rule_span: tuple[int, int] | None, event_type: str) -> None:
    assert c.span is not None
    f = c.features
    span = doc.char_span(*c.span, alignment_mode="expand")
    if span is None or len(span) == 0:
        f.add("bad_span")
        return
    root = span.root
    c.root = root.i
    top = c.toponym
    if top is not None and (top.start, top.end) != c.span:
        f.add("top:partial")
    kind = top.place.kind if top is not None and top.place is not None else "none"
    f.add(f"kind:{kind}")
    f.add(f"ent:{root.ent_type_ or '-'}")
    f.add(f"ntok:{min(len(span), 4)}")
    if not span.text[:1].isupper():
        f.add("lower")
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        f.add("prev:the")
    if rule_span is not None and c.span == rule_span:
        f.add(f"lemma:{verb.lemma_.lower()}|rule:pick")
    if rule_span is not None and c.span != rule_span and c.span[0] < rule_span[1] and rule_span[0] < c.span[1]:
        f.add("rule:overlap")
    if rule_span is None:
        f.add("rule:none_picked")
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        f.add("poss")
    if nxt is not None and nxt.lemma_.lower() in PLACE_NOUNS:
        f.add("next:placenoun")
        f.add(f"next:{nxt.lemma_.lower()}")
    if any(w.lemma_.lower() in PLACE_NOUNS for w in span[1:]):
        f.add("has:placenoun")
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lemma_.lower() in PLACE_NOUNS:
        f.add("of:placenoun")
    if span.start > 1 and doc[span.start - 1].lower_ in ("of", "from") and (
            doc[span.start - 2].lower_ in COMPASS_WORDS | DISTANCE_WORDS):
        f.add("reference_point")
    # dependency path to the verb
    up, down = _path(root, verb)
    deps = [t.dep_ for t in up]
    f.add(f"dep:{root.dep_}")
    f.add(f"up:{'/'.join(deps[:3])}")
    f.add(f"uplen:{_bucket(len(up))}")
    f.add(f"downlen:{_bucket(len(down))}")
    f.add(f"path:{'/'.join(deps[:2])}|{len(down)}")
    c.path_length = len(up) + len(down)
    lca = up[-1].head if up else root
    if lca == verb:
        f.add("lca:verb")
    elif lca in anchors:
        f.add("lca:anchor")
    f.add(f"type:{event_type}|up:{'/'.join(deps[:2])}")
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head == verb for t in up):
        f.add("in_subject")
    if any(t.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in up):
        f.add("other_clause")
    if any(t.dep_ == "appos" for t in up):
        f.add("appos")
    preps = [t for t in up if t.dep_ in ("prep", "agent")]
    if preps:
        prep = preps[0]
        word = prep.lower_
        where = "verb" if prep.head == verb else "anchor" if prep.head in anchors else prep.head.pos_
        f.add(f"prep:{word}")
        f.add(f"prep:{word}@{where}")
        f.add(f"prep:{'loc' if word in LOCATIVE_PREPS else 'other'}@{where}")
        f.add(f"type:{event_type}|prep:{word}")
        f.add(f"lemma:{verb.lemma_.lower()}|prep:{word}@{where}")
        head = prep.head.lemma_.lower()
        c.attached_to = prep.head.i
        if head in PLACE_NOUNS:
            f.add("prephead:placenoun")
            f.add(f"prephead:{head}")
        if head in ROLE_NOUNS:
            f.add("prephead:role")
        if head in COMPASS_WORDS | DISTANCE_WORDS:
            f.add("prephead:compass")
        if top is not None:
            f.add(f"depth:{min(phrase_depth(doc, top, prep), 3)}")
        if inside_other_event(top or Toponym(*c.span, span.text), prep, verb):
            f.add("inside_other_event")
    else:
        f.add("prep:-")
    dist = root.i - verb.i
    c.distance = abs(dist)
    f.add(f"dist:{'+' if dist > 0 else '-'}{_bucket(abs(dist))}")


def _context_features(doc: Doc, sent: Span, verb: Token, cands: list[Candidate]) -> None:
    """Conjunctions of the verb with each candidate's construction (entity label, governing preposition, path up
    from the candidate), of the gazetteer kind with the preposition, of the number of place-like candidates with the
    preposition; the candidate's own head role, and whether it sits inside a longer name (a person's, an
    organisation's: "the Syrian Army", "Vladimir V. Putin")."""
    lemma = verb.lemma_.lower()
    place_like = [c for c in cands if any(f.startswith("src:top:") for f in c.features)
                  or {"ent:GPE", "ent:LOC", "ent:FAC"} & c.features]
    ents = [e for e in entities_in(sent) if e.label_ in _ENT_LABELS]
    for c in cands:
        f = c.features
        assert c.span is not None
        s, e = c.span
        for ent in ents:
            if ent.start_char <= s and e <= ent.end_char and (ent.start_char, ent.end_char) != (s, e):
                f.add(f"inside_ent:{ent.label_}")
        label = next((x[4:] for x in f if x.startswith("ent:") and x.count(":") == 1), "-")
        kind = next((x[5:] for x in f if x.startswith("kind:")), "none")
        prep = next((x for x in f if x.startswith(("prep:loc@", "prep:other@"))), "prep:-")
        word = next((x[5:] for x in f if x.startswith("prep:") and "@" not in x), "-")
        up = next((x[3:] for x in f if x.startswith("up:")), "")
        f.add(f"lemma:{lemma}|ent:{label}")
        f.add(f"lemma:{lemma}|{prep}")
        f.add(f"lemma:{lemma}|up:{up}")
        f.add(f"kind:{kind}|{word}")
        f.add(f"ent:{label}|{prep}")
        f.add(f"nplace:{min(len(place_like), 4)}|{prep}")
        if c.root >= 0:
            root = doc[c.root]
            f.add(f"head:{root.head.pos_}|{root.dep_}")
            if root.head.ent_type_:
                f.add(f"head_ent:{root.head.ent_type_}")


def _rank(cands: list[Candidate], key, name: str) -> None:
    values = sorted({key(c) for c in cands})
    for c in cands:
        c.features.add(f"{name}:{min(values.index(key(c)), 3)}")


def _relative_features(cands: list[Candidate], rule_span: tuple[int, int] | None) -> None:
    """Features that compare a candidate with the others: nesting, rank by distance, path length and
    specificity, a place that modifies another candidate ("at Olangur in Villupuram district")."""
    def spec(c: Candidate) -> int:
        t = c.toponym
        return KIND_SPECIFICITY.get(t.place.kind, 0) if t is not None and t.place is not None else -1

    best = max((spec(c) for c in cands), default=-1)
    for c in cands:
        assert c.span is not None
        s, e = c.span
        if any(o.span != c.span and o.span[0] <= s and e <= o.span[1] for o in cands if o.span):
            c.features.add("nested:inside")
        if any(o.span != c.span and s <= o.span[0] and o.span[1] <= e for o in cands if o.span):
            c.features.add("nested:contains")
        if spec(c) >= 0 and spec(c) == best:
            c.features.add("most_specific")
        if c.attached_to >= 0 and any(o is not c and o.root == c.attached_to for o in cands):
            c.features.add("modifies_candidate")
        if any(o is not c and o.attached_to == c.root and c.root >= 0 for o in cands):
            c.features.add("modified_by_candidate")
        if rule_span is not None and c.span != rule_span:
            if s <= rule_span[0] and rule_span[1] <= e:
                c.features.add("rule:inside")
            elif rule_span[0] <= s and e <= rule_span[1]:
                c.features.add("rule:contains")
    _rank(cands, lambda c: c.distance, "distrank")
    _rank(cands, lambda c: c.path_length, "pathrank")
    if len(cands) == 1:
        cands[0].features.add("only")


def _place_like(c: Candidate) -> bool:
    return any(f.startswith("src:top:") for f in c.features) or bool({"ent:GPE", "ent:LOC", "ent:FAC"} & c.features)


def _feature(c: Candidate, prefix: str, default: str) -> str:
    return next((x[len(prefix):] for x in sorted(c.features) if x.startswith(prefix)), default)


def _prep_where(c: Candidate) -> str:
    """The candidate's governing preposition and what it attaches to ("in@verb", "of@NOUN"), "-" for none."""
    return next((x[5:] for x in sorted(c.features) if x.startswith("prep:") and "@" in x
                 and not x.startswith(("prep:loc@", "prep:other@"))), "-")


def _competition_features(doc: Doc, verb: Token, cands: list[Candidate], none: Candidate) -> None:
    """Features that describe the candidate among its competitors, and the competitors for "no location".

    A candidate: its rank by distance among the place-like candidates (recognised toponyms, GPE/LOC/FAC), whether
    it is the only one, the first or the last in the sentence, on which side of the verb; its preposition and
    attachment conjoined with its entity label, its gazetteer kind, the verb and the side; the chain of
    prepositions on its path up to the verb ("in" under "of" under the verb). "No location": whether a place-like
    candidate hangs off the verb (or its anchor) by a locative preposition, the preposition and attachment of the
    nearest place-like candidate, how many there are, each conjoined with the verb lemma; the verb's voice; a
    deictic "here"/"there" on the verb. And for a candidate under a preposition that attaches to a noun, that
    noun's relation ("the town of X" as object of the verb: ``prephead_dep:dobj|of|verb``)."""
    lemma = verb.lemma_.lower()
    places = [c for c in cands if _place_like(c) and c.root >= 0]
    by_dist = sorted(places, key=lambda c: (c.distance, c.span))
    by_pos = sorted(places, key=lambda c: c.span)
    for c in cands:
        f = c.features
        label = next((x[4:] for x in f if x.startswith("ent:") and x.count(":") == 1 and "|" not in x), "-")
        kind = _feature(c, "kind:", "none")
        where = _prep_where(c)
        side = "-" if c.root < 0 else ("after" if c.root > verb.i else "before")
        place = c in places
        f.add(f"place:{place}|prep:{where}")
        f.add(f"ent:{label}|prep:{where}")
        f.add(f"kind:{kind}|prep:{where}")
        f.add(f"side:{side}|prep:{where}")
        f.add(f"lemma:{lemma}|side:{side}")
        if place:
            rank = by_dist.index(c)
            f.add(f"placerank:{min(rank, 3)}")
            f.add(f"placerank:{min(rank, 3)}|prep:{where}")
            f.add(f"lemma:{lemma}|placerank:{min(rank, 2)}")
            if len(places) == 1:
                f.add("only_place")
            if by_pos[0] is c:
                f.add("first_place")
            if by_pos[-1] is c:
                f.add("last_place")
        if c.root >= 0:
            chain, tok = [], doc[c.root]
            while tok != verb and tok.head != tok and len(chain) < 4:
                if tok.dep_ in ("prep", "agent"):
                    chain.append(tok.lower_)
                tok = tok.head
            f.add(f"chain:{'<'.join(chain[:3]) or '-'}{'|verb' if tok == verb else ''}")
        if c.attached_to >= 0 and c.attached_to != verb.i:
            head = doc[c.attached_to]
            word = where.split("@")[0]
            f.add(f"prephead_dep:{head.dep_}|{word}")
            f.add(f"prephead_dep:{head.dep_}|{word}|{'verb' if head.head == verb else 'far'}")
    nf = none.features
    if any(t.lower_ in ("here", "there") and t.dep_ == "advmod" and (t.head == verb or t.head in verb.children)
           for t in verb.sent):
        nf.add(f"{NONE}:deictic")  # "marched on the mission here Wednesday": the place is the unnamed dateline
    loc_at_verb = [c for c in places if "prep:loc@verb" in c.features or "prep:loc@anchor" in c.features]
    nf.add(f"{NONE}:nplaces:{min(len(places), 4)}")
    nf.add(f"{NONE}:loc_at_verb:{bool(loc_at_verb)}")
    nf.add(f"{NONE}:lemma:{lemma}|loc_at_verb:{bool(loc_at_verb)}")
    nf.add(f"{NONE}:lemma:{lemma}|nplaces:{min(len(places), 2)}")
    if by_dist:
        near = by_dist[0]
        where = _prep_where(near)
        nf.add(f"{NONE}:nearest:{where}")
        nf.add(f"{NONE}:lemma:{lemma}|nearest:{where}")
        nf.add(f"{NONE}:nearest_dist:{_bucket(near.distance)}")
    passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in verb.children)
    nf.add(f"{NONE}:passive:{passive}")
    nf.add(f"{NONE}:lemma:{lemma}|passive:{passive}")


# -- the model ---------------------------------------------------------------------------------------------
class LocationScorer:
    """Linear scores over candidate features; the best option of a verb wins."""

    def __init__(self, weights: dict[str, float], *, meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        #: what the weights file says about itself (``trained_on``, ``held_out`` fold scores, …)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path = WEIGHTS_PATH) -> LocationScorer:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        weights = data.pop("weights")
        return cls({k: float(v) for k, v in weights.items()}, meta=data)

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in c.features)

    def choose(self, options: list[Candidate]) -> Candidate:
        """The best option (the first, "no location", on ties)."""
        return max(options, key=self.score)


def fit(groups: Sequence[tuple[list[set[str]], list[int]]], *, l2: float = 1.0, epochs: int = 300,
        lr: float = 0.1, min_count: int = 2) -> dict[str, float]:
    """Weights of a conditional logit: ``groups`` are ``(option features, indices of the correct options)``;
    maximises the log of the correct options' summed probability, minus ``l2``/2 · ‖w‖² (full-batch Adam)."""
    import numpy as np

    counts: dict[str, int] = {}
    for options, _ in groups:
        for feats in options:
            for name in feats:
                counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, k in counts.items() if k >= min_count)
    index = {n: i for i, n in enumerate(names)}
    rows, cols, group_of, gold = [], [], [], []
    r = 0
    for g, (options, correct) in enumerate(groups):
        for k, feats in enumerate(options):
            for name in feats:
                if name in index:
                    rows.append(r)
                    cols.append(index[name])
            group_of.append(g)
            gold.append(k in correct)
            r += 1
    rows_a, cols_a = np.array(rows), np.array(cols)
    group_a, gold_a = np.array(group_of), np.array(gold, dtype=float)
    n_rows, n_groups = r, len(groups)
    w = np.zeros(len(names))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, epochs + 1):
        s = np.bincount(rows_a, weights=w[cols_a], minlength=n_rows)
        s -= np.maximum.reduceat(s, _starts(group_a))[group_a]
        e = np.exp(s)
        p = e / np.bincount(group_a, weights=e, minlength=n_groups)[group_a]
        ge = e * gold_a
        q = ge / np.maximum(np.bincount(group_a, weights=ge, minlength=n_groups)[group_a], 1e-300)
        grad = np.bincount(cols_a, weights=(p - q)[rows_a], minlength=len(w)) / n_groups + l2 * w / n_groups
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad ** 2
        w -= lr * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    return {n: round(float(v), 4) for n, v in zip(names, w) if abs(v) >= 1e-4}


def _starts(group_a):
    import numpy as np

    return np.flatnonzero(np.r_[True, group_a[1:] != group_a[:-1]])
