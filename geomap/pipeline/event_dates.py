"""When an event happened: the date expressions of a sentence (:mod:`geomap.dates`) given to its triggers.

Each mention takes the date expression attached to its trigger's clause, resolved against the publication date
(:func:`assign_dates`); an event with no date takes the publication date with a reason saying so
(:func:`default_event_date`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from ..model import DateRange
from .event_mentions import Mention


#: subordinators of a clause whose event happened about when its main clause's did ("after talks broke down")
SAME_TIME_MARKS = frozenset({"after", "when", "as", "while", "once"})
#: subordinators of a clause whose event happened at another time than its main clause's ("trapped since a
#: tunnel collapsed", "evacuated before the storm hit", "closed until the dam is repaired")
OTHER_TIME_MARKS = frozenset({"since", "before", "until", "till", "because", "unless", "if", "though", "although"})


#: dashes that end a wire dateline ("MOMBASA, Kenya, Aug 4 - ...")
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: ``doc.user_data`` key of the datelines found in a document
DATELINES_KEY = "geomap_datelines"


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the wire datelines of ``doc`` ("CATANIA, Italy, July 7 -"): a paragraph
    opening with a word in capitals that runs, in capitalised words, numbers and punctuation, to a dash set off
    by spaces. A dateline's date is the day of filing, not of any event, and its words are no one's actors."""
    cached = doc.user_data.get(DATELINES_KEY)
    if cached is not None:
        return cached
    found: list[tuple[int, int]] = []
    for first in doc:
        if not (first.is_alpha and first.is_upper and len(first) >= 3):
            continue
        if first.i > 0 and "\n" not in doc[first.i - 1].whitespace_ + doc[first.i - 1].text:
            continue
        for tok in doc[first.i + 1:first.i + 16]:
            if tok.text in DATELINE_DASHES and tok.whitespace_ and doc[tok.i - 1].whitespace_:
                found.append((first.i, tok.i + 1))
                break
            if "\n" in tok.text or (tok.is_alpha and not tok.text[:1].isupper()):
                break
    doc.user_data[DATELINES_KEY] = found
    return found


def dateline_end(sent: Span) -> int:
    """Index of the first token of ``sent`` after a dateline that opens it (``sent.start`` when none does; a
    sentence that is all dateline gives ``sent.end``)."""
    for start, end in datelines(sent.doc):
        if start <= sent.start < end:
            return min(end, sent.end)
    return sent.start


def sentence_dates(sent: Span, *, published: dt.date) -> list[DateRange]:
    """The date expressions of ``sent``, resolved against ``published``, with article offsets."""
    from ..dates import find_dates

    return find_dates(sent.text, published=published, offset=sent.start_char, tense=None)


def default_event_date(published: dt.date) -> DateRange:
    """The date of an event whose sentences give none: the publication date, with a reason saying so."""
    from ..dates import default_date

    return default_date(published)


def clause_verbs(m: Mention, anchors: list[Token]) -> set[int]:
    """Token indices of the verbs whose modifiers (dates) belong to this trigger."""
    verbs = {a.i for a in anchors}
    for a in anchors:
        if a.pos_ in ("VERB", "AUX"):
            if a.dep_ == "conj":
                verbs.add(a.head.i)
            verbs.update(c.i for c in a.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    trig = m.trigger
    if trig.pos_ == "VERB" and (trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in trig.children) or (
            trig.dep_ == "acl" and trig.head.dep_ == "pobj" and trig.head.head.lower_ in OTHER_TIME_MARKS)):
        # ("since a tunnel collapsed" is also parsed as "since" + a noun with a reduced relative clause)
        return verbs  # "trapped since a tunnel collapsed": the clause has a time of its own, not its head's
    tok = m.trigger.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        verbs.add(tok.i)
        if tok.dep_ in ("ccomp", "xcomp", "conj"):
            verbs.add(tok.head.i)
    return verbs


def _verb_tense(d: DateRange, verb: Token | None, published: dt.date) -> DateRange:
    """The date read in the tense of the verb it belongs to, when the sentence's guess says otherwise: "the
    governor visited the site on Tuesday evening and promised that no resource would be spared" is last
    Tuesday although the sentence has "would"."""
    from ..dates import resolve_date

    if verb is None or not d.text or verb.pos_ not in ("VERB", "AUX"):
        return d
    if "(future tense)" in d.reason and verb.tag_ == "VBD" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        tense = "past"
    elif "(past tense)" in d.reason and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                                           for c in verb.children):
        tense = "future"
    else:
        return d
    again = resolve_date(d.text, published=published, tense=tense)
    if again is None:
        return d
    again.span = d.span
    return again


def _other_time_clause(verb: Token) -> bool:
    """Is ``verb`` (no trigger) the head of a clause set at another time ("before returning home at the
    weekend", "until the dam is repaired")?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in OTHER_TIME_MARKS


def assign_dates(mentions: list[Mention], dates: list[DateRange]) -> None:
    """Give each mention the date expression attached to its clause; a date attached to no trigger goes to
    the nearest undated trigger before it ("a planned visit to China ... beginning late August")."""
    if not dates or not mentions:
        return
    doc = mentions[0].sent.doc
    start = dateline_end(mentions[0].sent)
    if start > mentions[0].sent.start:
        cut = doc[start].idx if start < len(doc) else len(doc.text)
        dates = [d for d in dates if d.span is None or d.span[0] >= cut]  # the dateline's date is the filing day
        if not dates:
            return
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
    published = doc._.published
    if published is not None:
        dates = [_verb_tense(d, doc[gov] if gov is not None else None, published) for d, gov in zip(dates, governors)]
    used: set[int] = set()
    for m in mentions:
        own = {a.i for a in m.anchors}
        clause = clause_verbs(m, m.anchors)
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
    # "extended the strike on Thursday after talks broke down": an undated event in a temporal clause of a
    # dated verb happened about then, not on the day of publication
    for m in mentions:
        if m.date is not None:
            continue
        for verb in (a for a in m.anchors if a.pos_ in ("VERB", "AUX")):
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_TIME_MARKS for c in verb.children):
                k = next((k for k, gov in enumerate(governors) if gov == verb.head.i), None)
                if k is not None:
                    m.date = dates[k]
                    m.date_is_default = False
                    used.add(k)
                    break
    for k, d in enumerate(dates):
        if k in used or d.span is None:
            continue
        if governors[k] is not None and _other_time_clause(doc[governors[k]]):
            continue  # "talks ... before returning home at the weekend": the weekend is the return's
        before = [m for m in mentions if m.date is None and m.trigger.idx < d.span[0]]
        if before:
            m = max(before, key=lambda mm: mm.trigger.idx)
            m.date = d
            m.date_is_default = False
        elif governors[k] is None or doc[governors[k]].pos_ not in ("VERB", "AUX"):
            # a date the parse hangs on no verb ("A court in X on Thursday sentenced ...", with "sentenced"
            # read as an adjective) goes to the next undated trigger
            after = [m for m in mentions if m.date is None and m.trigger.idx > d.span[0]]
            if after:
                m = min(after, key=lambda mm: mm.trigger.idx)
                m.date = d
                m.date_is_default = False
