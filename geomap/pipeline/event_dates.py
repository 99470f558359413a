"""When an event happened: the date expressions of a sentence (:mod:`geomap.dates`) given to its triggers.

Each mention takes the date expression attached to its trigger's clause, resolved against the publication date
(:func:`assign_dates`); an event with no date takes the publication date with a reason saying so
(:func:`default_event_date`), unless its clause is a habitual or background past ("in the past, outbreaks have
triggered unrest", "have often clashed"), which takes an open range of years up to publication
(:func:`habitual_clause`).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..model import DateRange, Place
from .event_mentions import Mention, _in_headline
from .event_triggers import REPORTING_VERBS


#: subordinators of a clause whose event happened about when its main clause's did ("after talks broke down")
SAME_TIME_MARKS = frozenset({"after", "when", "as", "while", "once"})
#: subordinators of a clause whose event happened at another time than its main clause's ("trapped since a
#: tunnel collapsed", "evacuated before the storm hit", "closed until the dam is repaired")
OTHER_TIME_MARKS = frozenset({"since", "before", "until", "till", "because", "unless", "if", "though", "although"})


#: dashes that end a wire dateline ("MOMBASA, Kenya, Aug 4 - ...")
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: ``doc.user_data`` key of the datelines found in a document
DATELINES_KEY = "geomap_datelines"


#: a word in capitals opening a dateline, apostrophes and hyphens inside it allowed ("NUKU'ALOFA")
_CAPS_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u2018-][^\W\d_]+)*")


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the wire datelines of ``doc`` ("CATANIA, Italy, July 7 -"): a paragraph
    opening with a word in capitals that runs, in capitalised words, numbers and punctuation, to a dash set off
    by spaces. A dateline's date is the day of filing, not of any event, and its words are no one's actors."""
    cached = doc.user_data.get(DATELINES_KEY)
    if cached is not None:
        return cached
    found: list[tuple[int, int]] = []
    for first in doc:
        if not (first.is_upper and _CAPS_WORD.fullmatch(first.text) and (len(first) >= 3 or (
                # an abbreviated first word: "ST. GEORGE'S, Grenada, June 19 (AP) -"
                len(first) == 2 and first.i + 2 < len(doc) and doc[first.i + 1].text == "."
                and not first.whitespace_ and doc[first.i + 2].is_upper))):
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


#: ``doc.user_data`` key of the place a document's dateline names
_DATELINE_PLACE_KEY = "geomap_dateline_place"


def dateline_place(doc: Doc) -> Place | None:
    """The place the first wire dateline names ("FUNAFUTI, Sept 9 (AAP) -"): the first resolved toponym in it, or
    the same name resolved further on ("KAMPALA, ..." / "in Kampala"); ``None`` without one."""
    if _DATELINE_PLACE_KEY in doc.user_data:
        return doc.user_data[_DATELINE_PLACE_KEY]
    found = None
    lines = datelines(doc)
    if lines:
        a, b = lines[0]
        lo, hi = doc[a].idx, doc[b - 1].idx
        name = doc[a:b].text.split(",")[0].strip().lower()
        found = next((t.place for t in doc._.toponyms or [] if (lo <= t.start < hi or t.text.lower() == name)
                      and t.place is not None and t.place.country_iso3), None)
    doc.user_data[_DATELINE_PLACE_KEY] = found
    return found


def dateline_end(sent: Span) -> int:
    """Index of the first token of ``sent`` after a dateline that opens it (``sent.start`` when none does; a
    sentence that is all dateline gives ``sent.end``)."""
    for start, end in datelines(sent.doc):
        if start <= sent.start < end:
            return min(end, sent.end)
    return sent.start


#: ``doc.user_data`` key of the last day named before the sentence being read (the anchor of "two days earlier")
LAST_DAY_KEY = "geomap_last_day"
#: ``doc.user_data`` key of the last day named before the sentence being read that something happened on (not
#: a report's day, not the bound of a span): the anchor of a day counted back ("two days earlier")
EVENT_DAY_KEY = "geomap_last_event_day"
#: ``doc.user_data`` key: sentence start → the date expressions the sentence names (after any dateline)
SENT_DATES_KEY = "geomap_sentence_dates"
#: "two days earlier", "a week later", "hours after", "the previous day": a day counted from another day of the
#: narrative (hours count as the same day)
NARRATIVE_RELATIVE = re.compile(
    r"\b(?:(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)"
    r"|(?P<hours>(?:(?:a\s+few|several|two|three|four|five|six|\d{1,2})\s+)?hours))\s+"
    r"(?P<dir>earlier|later|before|after)|the\s+(?P<dir2>previous|next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<dir3>before|after))\b",
    re.IGNORECASE,
)
#: what "two days before/after" may not be followed by: then it counts from an event ("two days before the vote",
#: "a day after he left", "a week after Christmas"), not from a day
_FROM_EVENT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|i|being"
                         r"|having)\b|[A-Z0-9])")
#: "that evening", "later that day", "the same night": the day named last before it
SAME_DAY = re.compile(r"\b(?P<det>that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
#: "at the end of that month", "later that year", "the same year": the month or year named last before it in the
#: sentence, or a third of it
SAME_PERIOD = re.compile(r"\b(?:the\s+(?P<part>end|beginning|start|middle)\s+of\s+)?(?P<det>that|the\s+same)\s+"
                         r"(?P<unit>month|year)\b", re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def sentence_dates(sent: Span, *, published: dt.date) -> list[DateRange]:
    """The date expressions of ``sent``, resolved against ``published``, with article offsets; a day counted
    from another ("two days earlier", "the next day") counts from the last day named before it in the sentence
    or, failing that, in the sentences before (read in order), else from publication; one that only restates
    the day right before it ("on Saturday, two days earlier") adds nothing."""
    from ..dates import find_dates

    doc = sent.doc
    text = sent.text  # built once: a span builds its text from its tokens at every call
    found = find_dates(text, published=published, offset=sent.start_char, tense=None)
    start = dateline_end(sent)
    cut = doc[start].idx if start < len(doc) else len(doc.text)
    narrative = [d for d in found if d.span is None or d.span[0] >= cut]
    out = list(found)
    for m in NARRATIVE_RELATIVE.finditer(text):
        begin, end = m.start() + sent.start_char, m.end() + sent.start_char
        if begin < cut:
            continue
        if _FROM_EVENT.match(text, m.end()) or _opens_event(doc, m, sent.start_char):
            counted = _counted_from_host(sent, m, narrative, published) if any(
                d.precision == "day" for d in narrative) else _counted_from_event(sent, m, published)
            if counted is not None:
                out.append(counted)
            continue
        before = [d for d in narrative if d.span is not None and d.span[1] <= begin]
        if before and re.fullmatch(r"[\s,]*", doc.text[before[-1].span[1]:begin]):
            continue  # "on Saturday, two days earlier": the same day said twice
        back = (m.group("dir") or m.group("dir2") or m.group("dir3")).lower() in ("earlier", "before", "previous")
        # counted back ("two days earlier"), a day from the sentences before is one something happened on, not
        # the day a report was made ("said on Monday") nor the bound of a span ("since Thursday")
        anchor = before[-1] if before else (_previous_event_day(sent) or (
            doc.user_data.get(EVENT_DAY_KEY) if back else None) or doc.user_data.get(LAST_DAY_KEY))
        if back and not before and anchor is not None and anchor.start > published:
            # "expected to arrive at the weekend. Two days earlier, police had detained ...": a day still to
            # come is no anchor for what had happened; count from the day of the lede's news
            anchor = doc.user_data.get(LEDE_DAY_KEY)
        if anchor is not None and anchor.precision != "day":
            continue  # "last month, two days later": no day to count from
        base = anchor.start if anchor is not None else published
        if m.group("num") or m.group("hours"):
            days = _counted_days(m)
            sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
        else:
            days, sign = 1, -1 if (m.group("dir2") or m.group("dir3")).lower() in ("previous", "before") else 1
        day = base + dt.timedelta(days=sign * days)
        if day > published and sign < 0:
            continue
        what = f"'{anchor.text}' ({base})" if anchor is not None else f"publication ({base})"
        first, last = _hours_span(day, m, sign, published)
        out.append(DateRange(start=first, end=last, precision="day", text=m.group(0),
                             reason=f"'{m.group(0)}' = counted from {what}", span=(begin, end)))
    since_when = _since_when(sent, text, narrative, published)
    out.extend(since_when)
    for m in SAME_DAY.finditer(text):
        begin, end = m.start() + sent.start_char, m.end() + sent.start_char
        if begin < cut or any(d.span is not None and d.span[0] < end and begin < d.span[1] for d in out):
            continue
        that = doc.char_span(m.start("det") + sent.start_char, m.end("det") + sent.start_char)
        if that is None or len(that) != 1 or that[0].dep_ != "det":
            continue  # "said that evening prayers were cancelled": no day referred to
        before = [d for d in narrative if d.span is not None and d.span[1] <= begin]
        anchor = before[-1] if before else doc.user_data.get(LAST_DAY_KEY)
        if anchor is None or anchor.precision != "day" or anchor.start > published:
            continue
        out.append(DateRange(start=anchor.start, end=anchor.end, precision="day", text=m.group(0),
                             reason=f"'{m.group(0)}' = the day named before ('{anchor.text}', {anchor.start})",
                             span=(begin, end)))
    for m in SAME_PERIOD.finditer(text):
        period = _same_period(sent, m, narrative, out, cut, published)
        if period is not None:
            out.append(period)
    out.sort(key=lambda d: d.span[0] if d.span else -1)
    doc.user_data.setdefault(SENT_DATES_KEY, {})[sent.start] = [
        d for d in out if d.span is not None and d.span[0] >= cut]
    # (a "since X, when ..." day is no day later words count from: "Two days earlier" goes on from the news)
    days = [d for d in out if d.precision == "day" and d.span is not None and d.span[0] >= cut
            and d not in since_when]
    if days:
        doc.user_data[LAST_DAY_KEY] = days[-1]
    happened = [d for d in days if not _frame_day(doc, d)]
    if happened:
        doc.user_data[EVENT_DAY_KEY] = happened[-1]
    if doc.user_data.get(LEDE_PENDING_KEY):
        _lede_noun_day(sent, days, published)
    if _lede(sent):
        _lede_root_day(sent, out)
    return out


#: "since X" followed by a "when" clause on X ("since May 2013, when a ship struck the tower")
_SINCE_WORD = re.compile(r"^(?:ever\s+)?since\s+", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _since_when(sent: Span, text: str, narrative: list[DateRange], published: dt.date) -> list[DateRange]:
    """"... has been a sensitive issue since May 2013, when a cargo ship struck the control tower": the "when"
    clause on the date a span starts from tells what happened then, in May 2013, not all the time since. The
    date itself, given the "when" word's span so that the parse hangs it on the clause's verb."""
    from ..dates import resolve_date

    out: list[DateRange] = []
    doc = sent.doc
    for d in narrative:
        if d.span is None or d.precision != "range":
            continue
        since = _SINCE_WORD.match(d.text)
        after = _WHEN_AFTER.match(text, d.span[1] - sent.start_char)
        if since is None or after is None:
            continue
        when = doc.char_span(sent.start_char + after.end() - 4, sent.start_char + after.end())
        if when is None or when[0].head.pos_ not in ("VERB", "AUX"):
            continue
        point = resolve_date(d.text[since.end():], published=published, tense="past")
        if point is None or point.start > published:
            continue
        out.append(DateRange(start=point.start, end=point.end, precision=point.precision, text=point.text,
                             reason=f"'{d.text}, when …' = {point.reason or point.text}: what the clause tells "
                                    "happened then", span=(when.start_char, when.end_char)))
    return out


def _lede_noun_day(sent: Span, days: list[DateRange], published: dt.date) -> None:
    """An undated verb of the lede ("the Supreme Court has ruled that ...") happened on the day a later sentence
    gives its own noun ("In a ruling published on Wednesday, the court said ..."): the noun of the verb's lemma
    ("ruling" of "rule") with a day on it or on a participle of it."""
    doc = sent.doc
    pending = doc.user_data[LEDE_PENDING_KEY]
    for d in days:
        if d.start >= published:
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj" or span.root.head.dep_ != "prep":
            continue
        host = span.root.head.head
        if host.dep_ == "acl" and host.tag_ == "VBN":
            host = host.head
        if host.pos_ != "NOUN":
            continue
        noun = host.lemma_.lower()
        _settle_pending(pending, [p for p in pending if p.date is None and p.trigger.pos_ == "VERB" and noun in (
            p.trigger.lemma_.lower() + "ing", p.trigger.lemma_.lower()[:-1] + "ing")], d,
            f"no date words; the day a later sentence gives the '{host.text}' ('{d.text}', {d.start})")


def _settle_pending(pending: list[Mention], settled: list[Mention], day: DateRange, reason: str) -> None:
    """Date the ``settled`` mentions of the lede's ``pending`` undated ones to ``day`` and stop waiting for them."""
    for p in settled:
        p.date = DateRange(start=day.start, end=day.end, precision="day", text="", reason=reason)
        p.date_is_default = False
        pending.remove(p)


def _same_period(sent: Span, m: re.Match, narrative: list[DateRange], out: list[DateRange], cut: int,
                 published: dt.date) -> DateRange | None:
    """"(at) the end of that month", "that year": the month or year of the last date named before it in the
    sentence (of a month or finer for "month"), or the third of it the words name; None when there is none."""
    doc = sent.doc
    begin, end = m.start() + sent.start_char, m.end() + sent.start_char
    if begin < cut or any(d.span is not None and d.span[0] < end and begin < d.span[1] for d in out):
        return None
    that = doc.char_span(m.start("det") + sent.start_char, m.end("det") + sent.start_char)
    if that is None or len(that) != 1 or that[0].dep_ != "det":
        return None
    unit = m.group("unit").lower()
    before = [d for d in narrative if d.span is not None and d.span[1] <= begin
              and d.precision in (("day", "month") if unit == "month" else ("day", "month", "year"))
              and d.start.year == d.end.year and (unit == "year" or d.start.month == d.end.month)]
    if not before or before[-1].start > published:
        return None
    anchor = before[-1]
    if unit == "month":
        first = anchor.start.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        thirds = [(first, first.replace(day=10)), (first.replace(day=11), first.replace(day=20)),
                  (first.replace(day=21), last)]
    else:
        first, last = dt.date(anchor.start.year, 1, 1), dt.date(anchor.start.year, 12, 31)
        thirds = [(first, dt.date(first.year, 4, 30)), (dt.date(first.year, 5, 1), dt.date(first.year, 8, 31)),
                  (dt.date(first.year, 9, 1), last)]
    part = (m.group("part") or "").lower()
    start, stop = {"beginning": thirds[0], "start": thirds[0], "middle": thirds[1], "end": thirds[2]}.get(
        part, (first, last))
    text = m.group(0)
    return DateRange(start=start, end=stop, precision=unit, text=text,
                     reason=f"'{text}' = the {unit} named before ('{anchor.text}', {anchor.start})",
                     span=(begin, end))


#: words before a day that make it the bound of a span ("since Thursday", "by Thursday morning")
_BOUND_WORDS = frozenset({"since", "by", "until", "till"})


def _frame_day(doc: Doc, d: DateRange) -> bool:
    """Is ``d`` a day nothing is told to happen on: the day a report is made ("officials said on Monday") or
    the bound of a span ("fled since Thursday", "retook the town by Thursday morning")?"""
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand") if d.span is not None else None
    if span is None or len(span) == 0:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _BOUND_WORDS:
        return True
    head = span.root.head
    if head.dep_ == "prep" and head.i < span.start:
        head = head.head
    return head.pos_ == "VERB" and head.i < span.start and head.lemma_.lower() in REPORTING_VERBS


def _previous_event_day(sent: Span) -> DateRange | None:
    """The day of the event the sentence before ``sent`` is about, when that sentence names no day of its own
    and its subject refers back to a dated event ("The fire came at the height of the season. Two days earlier,
    a strike ...": two days before the fire, not before the last day named)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    last = doc.user_data.get(LAST_DAY_KEY)
    if last is not None and last.span is not None and last.span[0] >= prev.start_char:
        return None  # the sentence before named a day: that is the anchor
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return None
    day = _event_day(subj)
    if day is None:
        return None
    return DateRange(start=day.start, end=day.end, precision="day", text=f"the {subj.text}",
                     reason=f"the {subj.text} of {day.start}", span=day.span)


def _opens_event(doc: Doc, m: re.Match, offset: int) -> bool:
    """Does the "before"/"after" of "two days after" open a clause or take an object ("two days after rebel
    fighters staged drills"), so that it counts from an event rather than from the last day named?"""
    if not m.group("dir") or m.group("dir").lower() not in ("before", "after"):
        return False
    word = doc.char_span(m.start("dir") + offset, m.end("dir") + offset)
    if word is None or len(word) != 1:
        return False
    tok = word[0]
    return tok.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


#: possessive pronouns that refer a noun back to an event told before ("a day before his arrival")
_POSS_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: verbs that only place their subject (an event) in time against another: "the launch came two days after ..."
_CAME_VERBS = frozenset({"come", "happen", "occur", "follow", "take"})


def _counted_from_event(sent: Span, m: re.Match, published: dt.date) -> DateRange | None:
    """A day counted from an event the article has already dated, for the clause or phrase it belongs to:

    * "The launch came two days after jets staged drills": the clause after "after"/"before" is counted
      back/forward from the subject's event, the last day named before this sentence;
    * "jets staged drills two days before the launch": the clause is counted from the event a definite noun
      refers back to ("the launch", "the attack"), again the last day named before this sentence.

    Only when the sentence names no day of its own and an earlier sentence named one; the date is given the
    span of the preposition or subordinator, so it goes to the clause it opens or modifies, not to the
    subject's."""
    if not (m.group("num") or m.group("hours")):
        return None
    doc = sent.doc
    tok = _direction_word(sent, m)
    if tok is None:
        return None
    d_begin = tok.idx
    direction = m.group("dir").lower()
    if direction not in ("before", "after"):
        return None
    days = _counted_days(m)
    nouns: list[Token] = []
    if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") and tok.head.dep_ == "advcl" \
            and tok.head.head.lemma_.lower() in _CAME_VERBS:
        # "the launch came two days after X happened": X is that much before the launch
        sign = -1 if direction == "after" else 1
        span = (d_begin, d_begin + len(tok))
        nouns = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    elif tok.dep_ == "prep" and (tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ == "npadvmod"
                                 and tok.head.i < tok.i and tok.head.head.pos_ in ("VERB", "AUX")):
        # ("a day before his arrival, students protested": "before" hangs on the "day" that modifies the verb)
        # "staged drills two days before the launch": counted from the event the noun refers back to
        sign = -1 if direction == "before" else 1
        span = (m.start() + sent.start_char, m.end() + sent.start_char)
        nouns = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                 and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that")
                         or g.dep_ == "poss" and g.lower_ in _POSS_PRONOUNS for g in c.children)]
    if not nouns:
        return None
    # a noun with a modifier of its own ("the attack on the post") names one event: it must be one told with
    # the same word, not merely the last of its type
    specific = any(g.dep_ in ("prep", "acl", "relcl") for g in nouns[0].children)
    anchor = _event_day(nouns[0], same_word=specific)
    if anchor is None:
        return None
    what = f"{'before' if sign < 0 else 'after'} the {nouns[0].text} of {anchor.start}"
    day = anchor.start + dt.timedelta(days=sign * days)
    if day > published:
        return None
    if tok.dep_ == "prep":
        # the noun counted from ("the attack on the post") is the earlier event, not one on the day counted
        doc.user_data.setdefault(REFERRED_KEY, set()).add(nouns[0].i)
    first, last = _hours_span(day, m, sign, published)
    return DateRange(start=first, end=last, precision="day", text=m.group(0),
                     reason=f"'{m.group(0)}' = counted from '{anchor.text}', {what}", span=span)


def _counted_days(m: re.Match) -> int:
    """The days a :data:`NARRATIVE_RELATIVE` count spans ("two weeks": 14; "hours": 0, the same day)."""
    if m.group("hours"):
        return 0
    n = int(m.group("num")) if m.group("num").isdigit() else _COUNTS[m.group("num").lower()]
    return n * (7 if m.group("unit").lower().startswith("week") else 1)


def _hours_span(day: dt.date, m: re.Match, sign: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """The days a count lands on: ``day`` itself, or for a count in hours that day and the one before or after
    it ("declared an emergency on Sunday, hours after gunmen opened fire at a dance": the shooting may have been
    late on Saturday night), not past publication."""
    if not m.group("hours"):
        return day, day
    other = day + dt.timedelta(days=sign)
    first, last = min(day, other), max(day, other)
    return first, min(last, max(published, first))


def _direction_word(sent: Span, m: re.Match) -> Token | None:
    """The token of the match's "before"/"after" word, when it is exactly one token."""
    begin = m.start("dir") + sent.start_char
    word = sent.doc.char_span(begin, m.end("dir") + sent.start_char)
    return word[0] if word is not None and len(word) == 1 else None


def _counted_from_host(sent: Span, m: re.Match, narrative: list[DateRange], published: dt.date) -> DateRange | None:
    """"arrested four men on Sunday, a day after a speedboat rammed a patrol boat": the clause opened by
    "after"/"before" is counted from the day of the verb it modifies, named in the same sentence; the date gets
    the span of the subordinator, so it goes to that clause."""
    if not (m.group("num") or m.group("hours")) or (m.group("dir") or "").lower() not in ("before", "after"):
        return None
    doc = sent.doc
    tok = _direction_word(sent, m)
    if tok is None:
        return None
    d_begin = tok.idx
    clause = tok.head
    noun = _counted_noun(tok)
    if noun is not None:
        host = clause
    else:
        if tok.dep_ == "prep" and clause.dep_ == "npadvmod" and clause.i < tok.i and clause.head.i > tok.i:
            clause = clause.head  # "a day after a speedboat ... rammed": parsed "day" + "after the speedboat"
        elif tok.dep_ != "mark":
            return None
        # "launchers fired on the 14th, the military said, a day after paratroopers jumped": the clause misparsed
        # as the sentence's root, with the clause before it as its complement
        # (not the report put between them)
        before = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                  and c.i < tok.i and c.lemma_.lower() not in REPORTING_VERBS] \
            if tok.dep_ == "mark" and clause.dep_ == "ROOT" else []
        if before:
            host = before[-1]
        elif clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "advcl" and not (
                # "fired ... on Wednesday, a day after the court declared ...": the clause misparsed as a conjunct
                clause.dep_ == "conj" and tok.dep_ == "mark" and clause.head.i < tok.i
                and clause.head.pos_ in ("VERB", "AUX")):
            return None
        else:
            host = clause.head
    # "arrived on Tuesday and signed ..., a day after X": the day named for the verb the host is coordinated with
    hosts = {host, host.head} if host.dep_ == "conj" and host.head.pos_ in ("VERB", "AUX") else {host}
    own = _host_days(doc, narrative, hosts, d_begin)
    if not own and host.dep_ in ("ccomp", "xcomp") and host.head.pos_ in ("VERB", "AUX"):
        if host.head.lemma_.lower() not in REPORTING_VERBS:
            # "demanded on Thursday that the ship leave, a day after it summoned an envoy": a clause the parse
            # hangs on the demand's undated complement is counted from the demand's day (not from a report's)
            own = _host_days(doc, narrative, {host.head}, d_begin)
    if not own:
        return None
    anchor = own[-1]
    days = _counted_days(m)
    sign = -1 if m.group("dir").lower() == "after" else 1
    day = anchor.start + dt.timedelta(days=sign * days)
    if day > published:
        return None
    first, last = _hours_span(day, m, sign, published)
    counted = DateRange(start=first, end=last, precision="day", text=m.group(0),
                        reason=f"'{m.group(0)}' = counted from '{anchor.text}' ({anchor.start}) of the verb it modifies",
                        span=(d_begin, d_begin + len(tok)))
    if noun is not None:
        # the day is the noun's alone: kept aside for it (:func:`_assign_dates`), not offered to the clause
        doc.user_data.setdefault(COUNTED_NOUNS_KEY, {})[noun.i] = counted
        return None
    return counted


#: ``doc.user_data`` key: token index of an event noun counted from the day of the verb its "after"/"before"
#: phrase modifies ("arrested three men on Saturday, two days after an armed robbery") → its day
COUNTED_NOUNS_KEY = "geomap_counted_nouns"


def _counted_noun(tok: Token) -> Token | None:
    """The event noun of a counted "after"/"before" phrase that modifies a verb before it ("arrested three men on
    Saturday, two days after an armed robbery at a shop"), or ``None``: the noun's event is that many days from
    the verb's, not on its day."""
    from .event_triggers import find_trigger

    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i > tok.i:
        return None
    return next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and find_trigger(c) is not None),
                None)


def _host_days(doc: Doc, narrative: list[DateRange], hosts: set[Token], before: int) -> list[DateRange]:
    """The days named before character ``before`` that the parse hangs on one of the verbs ``hosts`` (or on
    their objects)."""
    own = []
    for d in narrative:
        if d.precision != "day" or d.span is None or d.span[1] > before:
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.head.dep_ == "prep" and root.head.head in hosts or root.head in hosts and root.dep_ == "npadvmod":
            own.append(d)
        elif root.head.dep_ == "prep" and _nominal_host(root.head.head) in hosts:
            # "began an exercise at the base on Wednesday, a day after X": the day hung on the verb's object
            own.append(d)
    return own


def _nominal_host(tok: Token) -> Token | None:
    """The verb whose object (or an object's modifier) ``tok`` is, up a chain of nouns and prepositions."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr") or tok.head == tok:
            return None
        tok = tok.head
    return None


#: ``doc.user_data`` key: (event type, trigger lemma, date) of the mentions dated so far, in order
DATED_KEY = "geomap_dated_mentions"
#: ``doc.user_data`` key: token indices of the nouns a day is counted from ("two days before the attack on the
#: post"): they refer back to an event told before and do not take that day
REFERRED_KEY = "geomap_referred_events"


def _event_day(noun: Token, *, same_word: bool = False) -> DateRange | None:
    """The day of the last event dated before ``noun``'s sentence that ``noun`` refers back to: one with the
    same trigger word ("the attack" ... "the attack"), else one of the event type the noun names ("troops
    clashed" ... "the fighting"), else, for a noun of no event type ("the launch", "the incident"), the first
    dated event of the article; ``None`` unless it was dated to a day. With ``same_word`` only the first."""
    from .event_triggers import find_trigger

    dated = noun.doc.user_data.get(DATED_KEY, [])
    lemma = noun.lemma_.lower()
    if same_word:
        d = next((d for _, lem, d in reversed(dated) if lem == lemma), None)
        return d if d is not None and d.precision == "day" else None
    hit = find_trigger(noun)
    for same in (lambda t, lem: lem == lemma, lambda t, lem: hit is not None and t == hit[0]):
        for etype, lem, d in reversed(dated):
            if same(etype, lem):
                return d if d.precision == "day" else None
    if hit is None and dated:
        # a noun that names no event type of its own ("the launch", "the incident") refers back to the
        # article's news, its first dated event
        d = dated[0][2]
        return d if d.precision == "day" else None
    return None


def default_event_date(published: dt.date, group: list[Mention] | None = None) -> DateRange:
    """The date of an event whose sentences give none: the day of the lede's news when its first mention is
    told in the simple past after a lede dated to an earlier day (:func:`_date_from_lede`), else the
    publication date, with a reason saying so."""
    from ..dates import default_date

    if group:
        lede = group[0].sent.doc.user_data.get(LEDE_DATED_KEY, {})
        # the first mention kept a day aside for; the undated headline mentions before it have none ("Drone
        # strike sets gas field ablaze" ... "No one was hurt in the attack"; "Gunmen kill six in bus attack" ...
        # "The attack took place near X")
        for k, m in enumerate(group):
            if m.trigger.i in lede:
                return lede[m.trigger.i]
            if not (_in_headline(m.trigger) or _title_line(m.trigger)):
                # a headline's news told again, undated, in a lede that dates all its news to one day ("flights
                # diverted" / "held drills on Friday, forcing airlines to divert flights"): that day
                day = m.sent.doc.user_data.get(HEADLINE_DAY_KEY)
                if k and day is not None and day.span is not None \
                        and m.sent.start_char <= day.span[0] < m.sent.end_char \
                        and not any(_headline_future(h.trigger) for h in group[:k]):
                    return DateRange(start=day.start, end=day.end, precision="day", text="",
                                     reason=f"no date words; told in the lede of one day ('{day.text}', {day.start})")
                # the headline mentions before it, if any, date the event as they would alone ("Court convicts
                # four officers" / "A court on Thursday found four officers guilty" ... "The judge sentenced the
                # officers to 40 years": the day of the lede's main clause, not publication)
                group = group[:k]
                break
        if group:
            # only headline mentions ("Container ship strikes canal lock wall"): the headline tells the lede's
            # news, so it happened on the lede's day when the lede dates it before publication
            day = group[0].sent.doc.user_data.get(HEADLINE_DAY_KEY)
            what = "the lede's news"
            if day is None:
                day = group[0].sent.doc.user_data.get(HEADLINE_TYPE_DAYS_KEY, {}).get(group[0].event_type)
                what = f"the lede's {group[0].event_type}"
            if day is None and group[0].trigger.dep_ in ("nsubj", "nsubjpass"):
                head = group[0].trigger.head
                day = group[0].sent.doc.user_data.get(HEADLINE_LEMMA_DAYS_KEY, {}).get(head.lemma_.lower())
                what = f"the lede's '{head.lemma_.lower()}'"
            if day is None and group[0].trigger.pos_ == "VERB":
                lemma = group[0].trigger.lemma_.lower()
                day = group[0].sent.doc.user_data.get(HEADLINE_LEMMA_DAYS_KEY, {}).get(lemma)
                what = f"the lede's '{lemma}'"
            if day is None and group[0].trigger.dep_ == "ROOT" and group[0].trigger.pos_ == "VERB":
                # the headline's main verb tells the news of the lede's main verb ("Court convicts four officers" /
                # "A court on Thursday found four officers guilty")
                day = group[0].sent.doc.user_data.get(LEDE_ROOT_DAY_KEY)
                what = "the lede's main clause"
            if day is not None and not any(_headline_future(m.trigger) for m in group):
                return DateRange(start=day.start, end=day.end, precision="day", text="",
                                 reason=f"no date words; headline of {what} ('{day.text}', {day.start})")
    return default_date(published)


def _headline_future(trig: Token) -> bool:
    """Does a headline trigger look ahead ("Leaders to meet", "will vote", "set to strike")?"""
    head = trig
    for _ in range(3):
        if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in head.children):
            return True
        if head.head is head:
            break
        head = head.head
    return False


def _title_line(tok: Token) -> bool:
    """Is ``tok`` in a first line set off by a blank line (a headline with no title given)?"""
    text = tok.doc.text
    lead = len(text) - len(text.lstrip())
    cut = text.find("\n\n", lead)
    return cut > 0 and "\n" not in text[lead:cut] and tok.idx < cut


def clause_verbs(m: Mention, anchors: list[Token]) -> set[int]:
    """Token indices of the verbs whose modifiers (dates) belong to this trigger."""
    near, far = _clause_levels(m, anchors)
    return near | far


def _clause_levels(m: Mention, anchors: list[Token]) -> tuple[set[int], set[int]]:
    """The verbs of :func:`clause_verbs`: those of the trigger's own clause, and those further up a chain of
    complements and conjuncts sharing its subject ("agreed on Friday to build X and to double Y, at a summit
    in Z": the summit is dated by "agreed"), whose dates rank after the clause's own."""
    far: set[int] = set()
    verbs = {a.i for a in anchors}
    for a in anchors:
        if a.pos_ in ("VERB", "AUX"):
            if a.dep_ == "conj":
                verbs.add(a.head.i)
            # (not a conjunct with a subject of its own: "Gunmen killed two officials during Sunday's election, and
            # police arrested 11 people the following day")
            verbs.update(c.i for c in _shared_subject_conjuncts(a))
    trig = m.trigger
    if trig.pos_ == "VERB" and (trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in trig.children) or (
            trig.dep_ == "acl" and trig.head.dep_ == "pobj" and trig.head.head.lower_ in OTHER_TIME_MARKS)):
        # ("since a tunnel collapsed" is also parsed as "since" + a noun with a reduced relative clause)
        return verbs, far  # "trapped since a tunnel collapsed": the clause has a time of its own, not its head's
    day_verb = _when_day_verb(trig)
    if day_verb is not None:
        verbs.add(day_verb.i)
    tok = m.trigger.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        verbs.add(tok.i)
        if tok.dep_ in ("ccomp", "xcomp", "conj") and not (tok.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in tok.children)):
            # (not "fired on Wednesday, a day after the court declared X and ordered Y": a subordinate clause
            # misparsed as a conjunct has a time of its own)
            verbs.add(tok.head.i)
            up = tok.head
            if tok.dep_ != "ccomp":
                for _ in range(3):
                    if up.dep_ not in ("xcomp", "conj") or up.head == up or up.head.pos_ not in ("VERB", "AUX") \
                            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in up.children):
                        break
                    up = up.head
                    if up.i not in verbs:
                        far.add(up.i)
        # "cut power on Tuesday evening, stopping trams, grounding flights": a participle clause (and its
        # conjuncts) happens when the clause it hangs on does
        part = tok
        while part.dep_ == "conj" and part.head.pos_ in ("VERB", "AUX") and part.head.tag_ == "VBG":
            part = part.head
        if part.tag_ == "VBG" and part.dep_ == "advcl" and part.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("mark", "nsubj", "nsubjpass") for c in part.children):
            verbs.update((part.i, part.head.i))
    return verbs, far - verbs


def _verb_tense(d: DateRange, verb: Token | None, published: dt.date) -> DateRange:
    """The date read in the tense of the verb it belongs to, when the sentence's guess says otherwise: "the
    governor visited the site on Tuesday evening and promised that no resource would be spared" is last
    Tuesday although the sentence has "would"."""
    from ..dates import resolve_date

    if verb is not None and d.text and "(past tense)" in d.reason and _goal_of_present(verb, d):
        tense = "future"
    elif verb is None or not d.text or verb.pos_ not in ("VERB", "AUX"):
        return d
    elif "(future tense)" in d.reason and ((verb.tag_ == "VBD" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)) or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children))):
        # (also the past perfect: "had blocked the highway on Wednesday to protest a plan which will ...")
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


#: auxiliaries of a verb told in the present or present perfect ("has summoned", "are invited")
_PRESENT_AUX = frozenset({"has", "have", "'s", "'ve", "is", "are", "am", "'re"})


def _goal_of_present(tok: Token, d: DateRange) -> bool:
    """Is ``d`` the day of an event that a verb in the present or present perfect calls someone "to" ("has
    summoned both sides to talks on Thursday", "are invited to a meeting on Friday"), hung on that event or on
    the verb after it? What one is called to is still to come, so its day is the next one, not the last (a
    present perfect takes no past day of its own)."""
    from .event_triggers import find_trigger

    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok
    if verb.pos_ != "VERB" or d.span is None or not (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in verb.children)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.idx < d.span[0] and find_trigger(g) is not None
        for g in c.children) for c in verb.children)


def _reported_before(verb: Token, d: DateRange) -> bool:
    """Is ``d`` hung by the parse on a reporting verb that comes after it ("The vessel lost steering on Saturday
    afternoon ..., blocking the canal, the authority said")? A report's own date follows the verb ("said on
    Monday"); one before it belongs to what is reported."""
    return verb.lemma_.lower() in REPORTING_VERBS and d.span is not None and d.span[1] <= verb.idx and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _report_date(verb: Token, d: DateRange) -> bool:
    """Is ``d`` the day a reporting verb says something on ("officials said on Wednesday"): hung on the verb
    and after it? In a sentence that names the day of what is reported too ("sank on Thursday, and a slick
    has since spread, the coast guard said on Tuesday") it dates the report, not an undated event before it."""
    return verb.lemma_.lower() in REPORTING_VERBS and d.span is not None and d.span[0] > verb.idx


#: how far back an event told in the present perfect and reported on a day reaches ("has seized a boat, the
#: ministry said on Wednesday"): the week up to the report
PERFECT_DAYS = 7


def _perfect_reported(trig: Token, verb: Token, d: DateRange) -> bool:
    """Is ``d`` the day a report is made ("the ministry said on Wednesday") of an event told in the present
    perfect ("Palau has seized a boat ..."), which happened some time before the report, not on its day (the
    story tells when further on: "intercepted the vessel at dawn on Saturday")?"""
    if not _report_date(verb, d):
        return False
    verbs = _clause_verb(trig)
    if not verbs or verbs[0].i == verb.i or verbs[0].tag_ != "VBN":
        return False
    v = verbs[0]
    for tok in (v, v.head) if v.dep_ == "conj" else (v,):
        if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in tok.children):
            return True
    return False


def _clause_verb(trig: Token) -> list[Token]:
    """The verb of the clause ``trig`` is in, through the verbs it completes ("tried to storm") and from a noun
    to the verb it is the subject or object of ("protesters tried"); empty when there is none."""
    tok = trig
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp",):
            return [tok]
        if tok.pos_ not in ("VERB", "AUX") and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return []
        if tok.head == tok:
            return [tok] if tok.pos_ in ("VERB", "AUX") else []
        tok = tok.head
    return []


def _relative_host_verb(trig: Token) -> list[Token]:
    """For a trigger heading a relative clause in the past ("riots in which five people were killed"), the verb
    of the clause its noun is part of ("after protests turned into riots in which ..."): the relative clause
    happened when that one did. Not a pluperfect ("the square where police had killed five"), told as earlier."""
    if trig.dep_ != "relcl" or trig.pos_ != "VERB" or any(
            c.dep_ == "aux" and c.lemma_.lower() in ("have", "will", "shall") for c in trig.children):
        return []
    tok = trig.head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    return [tok] if tok.pos_ in ("VERB", "AUX") else []


_MODALS = frozenset({"will", "would", "shall", "'ll", "could", "might", "may", "should"})


def _modal_verb(verb: Token) -> bool:
    """Is ``verb`` (no trigger) told in the future or as a possibility ("the men would appear before a judge on
    Monday")? Its day is its own, not that of an undated event told before it in the sentence."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


#: how many heads up from a "when" clause's verb the relative clause of the day it tells of may hang
_WHEN_DEPTH = 3


def _when_day_verb(trig: Token) -> Token | None:
    """The verb a day hangs on, for a trigger in a "when" clause about that day ("The protests began on Sunday,
    when residents [where taps have been dry] blocked the highway"): the clause tells what happened that day,
    also when the parser hangs the trigger under a verb of the clause's own ("been" here)."""
    if trig.pos_ != "VERB":
        return None
    tok = trig
    for _ in range(_WHEN_DEPTH):
        if tok.dep_ == "relcl" and tok.head.ent_type_ in ("DATE", "TIME") and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
            up = tok.head.head
            while up.pos_ not in ("VERB", "AUX") and up.head != up:
                up = up.head
            return up if up.pos_ in ("VERB", "AUX") else None
        if tok.head == tok or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        tok = tok.head
    return None


def _other_time_clause(verb: Token) -> bool:
    """Is ``verb`` (no trigger) the head of a clause set at another time ("before returning home at the
    weekend", "until the dam is repaired")?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in OTHER_TIME_MARKS


#: adverbials of a habitual or background past ("in the past, outbreaks have triggered unrest", "previously")
HABITUAL_ADVERBS = frozenset({"previously", "repeatedly", "often", "frequently", "regularly", "historically",
                              "traditionally", "usually", "sometimes", "periodically", "routinely", "occasionally",
                              "formerly", "typically"})
#: how far back a habitual or background past reaches (an open range ending at publication, not the day itself)
HABITUAL_YEARS = 10


def habitual_clause(m: Mention) -> str | None:
    """The words that set the trigger's clause in a habitual or background past, or ``None``: "in the past"
    or a frequency adverb ("have often triggered", "previously") on its verb or a verb its clause is part of."""
    trig = m.trigger
    verb = trig if trig.pos_ == "VERB" else trig.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the clause and the clauses it is part of, up to the sentence or a reported clause ("In the past, outbreaks
    # have triggered unrest, with residents attacking health workers")
    chain = [verb]
    while chain[-1].dep_ not in ("ROOT", "ccomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for c in (c for v in chain if v.pos_ in ("VERB", "AUX") for c in v.children):
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
            return c.text
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ == "past" and not any(x.dep_ in ("amod", "nummod") for x in g.children)
                for g in c.children):
            return "in the past"  # not "in the past week", which is a date
    # (a present perfect with a bare plural alone is not enough: "floods have displaced thousands" is today's news)
    return None


def _date_habitual(mentions: list[Mention]) -> None:
    """An undated event in a habitual or background past (:func:`habitual_clause`) happened at some time
    before publication, not on the day: an open range of :data:`HABITUAL_YEARS` years up to publication."""
    published = mentions[0].sent.doc._.published if mentions else None
    if published is None:
        return
    for m in mentions:
        if m.date is not None:
            continue
        words = habitual_clause(m)
        if words is None:
            continue
        start = published.replace(year=published.year - HABITUAL_YEARS, day=min(published.day, 28))
        m.date = DateRange(start=start, end=published, precision="range", text="",
                           reason=f"habitual or background past ('{words}'): some time before publication")
        m.date_is_default = False


def assign_dates(mentions: list[Mention], dates: list[DateRange]) -> None:
    """Give each mention the date expression attached to its clause; a date attached to no trigger goes to
    the nearest undated trigger before it ("a planned visit to China ... beginning late August"). The dated
    mentions are noted for the sentences after ("two days after the launch", :func:`_event_day`)."""
    _assign_dates(mentions, dates)
    _eve_of(mentions)
    _date_from_lede(mentions, dates)
    _date_referred_back(mentions)
    _lede_detail_day(mentions)
    if mentions:
        mentions[0].sent.doc.user_data.setdefault(DATED_KEY, []).extend(
            (m.event_type, m.trigger.lemma_.lower(), m.date) for m in mentions
            if m.date is not None and not m.date_is_default)


def _eve_of(mentions: list[Mention]) -> None:
    """"Police detained 12 people on the eve of the election, the ministry said on Monday, as counting from
    Sunday's vote showed ...": what happened on the eve of an event happened the day before the event's day
    (that of its mention or another of its type in the sentence, or of the event told before that the noun names
    again), not on the day of a report. The phrase dates the nearest trigger above it, unless that one has a day
    of its own ("detained on Saturday, on the eve of ...")."""
    from .event_triggers import find_trigger

    if not mentions:
        return
    sent = mentions[0].sent
    doc = sent.doc
    by_token = {m.trigger.i: m for m in mentions}
    for eve in sent:
        if eve.lower_ != "eve" or eve.dep_ != "pobj" or eve.head.lower_ != "on":
            continue
        noun = next((g for c in eve.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        if noun is None or find_trigger(noun) is None:
            continue  # "on the eve of Independence Day": no event of the article's
        own = by_token.get(noun.i)
        # its mention's day, or that of another mention of its type in the sentence, which names the same event
        # ("the eve of Bulgaria's election, ... as counting from Sunday's vote showed"), else the event's told before
        day = next((x.date for x in [own] + mentions if own is not None and x.event_type == own.event_type
                    and x.date is not None and not x.date_is_default), None) or _event_day(noun)
        if day is None or day.precision != "day" or day.start != day.end:
            continue
        host = eve.head.head
        while host.i not in by_token and host.head != host:
            host = host.head
        m = by_token.get(host.i)
        if m is None or m is own or (m.date is not None and not m.date_is_default and not _frame_day(doc, m.date)):
            continue
        eve_day = day.start - dt.timedelta(days=1)
        m.date = DateRange(start=eve_day, end=eve_day, precision="day", text=f"the eve of the {noun.text}",
                           reason=f"'on the eve of' the {noun.text} = the day before it ('{day.text}', {day.start})")
        m.date_is_default = False


#: ``doc.user_data`` key: the lede's undated mentions told in the past, waiting for the day the story gives further on
LEDE_PENDING_KEY = "geomap_lede_pending"


#: event types whose several verbs name one act ("arrested" ... "were detained"), unlike an attack's ("launched" ...
#: "killing") or an accident's ("refloated" ... "sank")
_ONE_ACT_TYPES = frozenset({"arrest"})


def _lede_detail_day(mentions: list[Mention]) -> None:
    """An undated event of the lede told in the past ("... at students blocking the highway, officials said")
    happened on the day a later sentence dates the same verb to, before publication ("Students had blocked the
    highway at the campus gate on Wednesday"): the lede sums up the news the story then tells in detail. So does
    an undated event noun of the lede, on the day a later sentence dates a verb of its type at its place ("after a
    campaign marred by a fatal shooting at a party office in Beliatta" ... "opened fire on the campaign office in
    Beliatta late on Thursday, killing a party worker")."""
    if not mentions:
        return
    sent = mentions[0].sent
    doc = sent.doc
    published = doc._.published
    if published is None:
        return
    if _lede(sent):
        pending = [m for m in mentions if m.date is None and m.trigger.tag_ in ("VBD", "VBN", "VBG", "NN", "NNS")
                   and habitual_clause(m) is None and m.trigger.i not in doc.user_data.get(LEDE_DATED_KEY, {})]
        if pending:
            doc.user_data[LEDE_PENDING_KEY] = pending
        return
    pending = doc.user_data.get(LEDE_PENDING_KEY)
    if not pending:
        return
    for m in mentions:
        d = m.date
        if d is None or m.date_is_default or d.precision != "day" or d.start >= published \
                or m.trigger.pos_ != "VERB":
            continue
        lemma = m.trigger.lemma_.lower()
        _settle_pending(pending, [p for p in pending if p.date is None and (
            p.trigger.lemma_.lower() == lemma and p.trigger.pos_ == "VERB"
            or p.event_type == m.event_type in _ONE_ACT_TYPES and p.trigger.pos_ == "VERB"
            or p.trigger.pos_ == "NOUN" and p.event_type == m.event_type and p.place is not None
            and m.place is not None and p.place.id == m.place.id)], d,
            f"no date words; the day a later sentence tells '{m.trigger.text}' on ('{d.text}', {d.start})")


#: nouns of events that last (a war, a crisis): "the war" names no one day told before
DURATIVE_NOUNS = frozenset({"war", "conflict", "crisis", "campaign", "insurgency", "occupation", "unrest",
                            "violence", "fighting", "blockade", "siege", "offensive", "dispute", "standoff",
                            "outbreak", "epidemic", "pandemic", "drought", "famine", "rebellion", "uprising",
                            "strike", "shutdown", "closure", "curfew", "operation", "operations", "talks"})


def _date_referred_back(mentions: list[Mention]) -> None:
    """An undated event named by a definite noun that refers back to an event told and dated before ("A drone
    struck the gas field late on Tuesday ... No one was hurt in the attack, which hit the field near X"): the
    day of that event (:func:`_event_day`), not the day of publication, kept aside for
    :func:`default_event_date`."""
    referred = mentions[0].sent.doc.user_data.get(REFERRED_KEY, set()) if mentions else set()
    for m in mentions:
        trig = m.trigger
        if m.date is not None or trig.i in referred or trig.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children) or any(
                c.dep_ in ("amod", "compound", "poss", "nummod") for c in trig.children) \
                or trig.lemma_.lower() in DURATIVE_NOUNS:
            continue
        day = _event_day(trig, same_word=False)
        if day is None or day.precision != "day":
            continue
        # kept aside like the lede's day (:func:`_date_from_lede`): the mention still merges as undated with
        # the event it refers back to, and an event it starts takes this day instead of publication's
        trig.doc.user_data.setdefault(LEDE_DATED_KEY, {})[trig.i] = DateRange(
            start=day.start, end=day.end, precision="day", text="",
            reason=f"no date words; 'the {trig.text}' refers back to the event of {day.start}")


#: ``doc.user_data`` key: the day the lede (the sentence after the dateline) dates its news to
LEDE_DAY_KEY = "geomap_lede_day"
#: the lede's day when all the lede's events happened on it: the day of a headline-only event
HEADLINE_DAY_KEY = "geomap_headline_day"
#: ``doc.user_data`` key: event type → the day the lede dates its event of that type to
LEDE_TYPE_DAYS_KEY = "geomap_lede_type_days"
#: ``doc.user_data`` key: event type → the lede's day of it, for a headline's event (lede all before publication)
HEADLINE_TYPE_DAYS_KEY = "geomap_headline_type_days"
#: the lede's day of each verb lemma it dates (for a headline's subject noun: "Protesters shut ...")
HEADLINE_LEMMA_DAYS_KEY = "geomap_headline_lemma_days"
#: ``doc.user_data`` key: the day the lede's main verb is told on, when it reports nothing (for the headline's)
LEDE_ROOT_DAY_KEY = "geomap_lede_root_day"
#: ``doc.user_data`` key: trigger index → the lede's day, for undated mentions told in the simple past
LEDE_DATED_KEY = "geomap_lede_dated"


#: ``doc.user_data`` key: sentence start → whether the sentence is the lede (:func:`_lede` is asked per mention)
LEDE_KEY = "geomap_lede"


def _lede(sent: Span) -> bool:
    """Is ``sent`` the lede: the sentence a wire dateline opens (also when the parser ends a sentence at the
    dateline's dash: "MEXICO CITY, Feb 20 (AP) -"), or in a text with no dateline, the first sentence after any
    title line ("A general strike brought Montevideo to a standstill on Tuesday, ...")?"""
    known = sent.doc.user_data.setdefault(LEDE_KEY, {})
    if sent.start not in known:
        known[sent.start] = _is_lede(sent)
    return known[sent.start]


def _is_lede(sent: Span) -> bool:
    doc = sent.doc
    lines = datelines(doc)
    if lines:
        return dateline_end(sent) > sent.start or any(end == sent.start for _, end in lines)
    opening = _first_line(doc)
    if opening is None:
        return False
    first, line = opening
    # a title line ends with no sentence-final stop ("Strike shuts Montevideo"), a lede with one
    title = line[-1:] not in (".", "!", "?", '"', "\u201d")
    if sent.start <= first.i:
        return not title  # the text opens with the lede
    prev = doc[sent.start - 1].sent
    # the first sentence after the title line
    return title and prev.start <= first.i and prev.end_char >= first.idx + len(line) and _title_line(first)


#: ``doc.user_data`` key: the text's first token and first line (:func:`_first_line`)
FIRST_LINE_KEY = "geomap_first_line"


def _first_line(doc: Doc) -> tuple[Token, str] | None:
    """The text's first token that is no space and the line it opens (read once per document: spaCy joins the
    tokens each time ``doc.text`` is asked)."""
    if FIRST_LINE_KEY not in doc.user_data:
        first = next((t for t in doc if not t.is_space), None)
        if first is None:
            doc.user_data[FIRST_LINE_KEY] = None
        else:
            text = doc.text
            cut = text.find("\n", first.idx)
            doc.user_data[FIRST_LINE_KEY] = (first.i, text[first.idx:cut if cut >= 0 else len(text)].rstrip())
    found = doc.user_data[FIRST_LINE_KEY]
    return None if found is None else (doc[found[0]], found[1])


def _paragraph_break(prev: Span, sent: Span) -> bool:
    """Is there a line break between the sentence ``prev`` and the sentence ``sent`` after it (read from the
    tokens: ``doc.text`` joins every token of the document)?"""
    doc = sent.doc
    last = doc[prev.end - 1]
    between = last.text[-1:] + last.whitespace_ + "".join(t.text_with_ws for t in doc[prev.end:sent.start])
    return "\n" in between


def _told_before(trig: Token) -> DateRange | None:
    """The date of the sentence right before, in the same paragraph, for an event noun with a demonstrative
    "that"/"those" ("In March last year, robbers stopped a cash van ... Five men were convicted of that
    robbery in January"): the event was told there, and the date of its own sentence is another event's."""
    if trig.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in trig.children):
        return None
    sent = trig.sent
    doc = trig.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    dates = doc.user_data.get(SENT_DATES_KEY, {}).get(prev.start)
    if not dates or _paragraph_break(prev, sent):
        return None
    return dates[0] if len(dates) == 1 else None


def _past_clause(trig: Token) -> bool:
    """Is the trigger's clause in the simple past ("metro trains stopped", "were evacuated")?"""
    verbs = _clause_verb(trig)
    if not verbs:
        return False
    v = verbs[0]
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBD" and not aux:
        return True
    return v.tag_ == "VBN" and bool(aux) and all(c.lower_ in ("was", "were") for c in aux)


def _date_from_lede(mentions: list[Mention], dates: list[DateRange]) -> None:
    """An undated event told in the simple past, in a sentence naming no time of its own, after a lede that
    dates the news to a day before publication ("BISHKEK, Jan 28 - A fault cut power ... on Tuesday evening
    ... In Almaty, metro trains stopped between stations") happened that day, not on the day of publication."""
    if not mentions:
        return
    sent = mentions[0].sent
    doc = sent.doc
    # (the lede also when the parser ends a sentence at the dateline's dash: "MEXICO CITY, Feb 20 (AP) -")
    if _lede(sent):
        # (not the day of a report: "Police said on Wednesday that the protest had ended")
        day = next((m.date for m in mentions if m.date is not None and not m.date_is_default
                    and m.date.precision == "day" and not _frame_day(doc, m.date)), None)
        if day is not None and doc._.published is not None and day.start < doc._.published:
            doc.user_data[LEDE_DAY_KEY] = day
            # the lede's day of each kind of event it tells ("closed the port on Wednesday after a carrier ran
            # aground late on Tuesday"): an undated event of that kind told after it goes on with it
            by_type = doc.user_data.setdefault(LEDE_TYPE_DAYS_KEY, {})
            for m in mentions:
                if m.date is not None and not m.date_is_default and m.date.precision == "day" \
                        and m.date.start < doc._.published:
                    by_type.setdefault(m.event_type, m.date)
            # a headline's event on the lede's day of its kind, when the lede dates all its news before
            # publication ("Port shut after carrier runs aground" / "closed the port on Wednesday after a
            # carrier ran aground late on Tuesday"), not when it runs on to a later day ("for most of Thursday")
            if all(m.date is None or m.date_is_default or m.date.start < doc._.published for m in mentions) \
                    and not _other_lede_day(sent, day, doc._.published):
                doc.user_data[HEADLINE_TYPE_DAYS_KEY] = dict(by_type)
                # and of each verb it dates: a headline's participant noun ("Protesters shut oil terminals")
                # goes with the lede's day of the verb it is the subject of
                lemma_days = doc.user_data.setdefault(HEADLINE_LEMMA_DAYS_KEY, {})
                for m in mentions:
                    if m.date is not None and not m.date_is_default and m.date.precision == "day":
                        lemma_days.setdefault(m.trigger.lemma_.lower(), m.date)
                        # and the verb of a participant noun ("A convoy of barges reached the city on Sunday"):
                        # the headline's own verb ("Barges reach city") goes with it
                        if m.trigger.dep_ in ("nsubj", "nsubjpass") and m.trigger.head.pos_ == "VERB":
                            lemma_days.setdefault(m.trigger.head.lemma_.lower(), m.date)
            # every event of the lede on that one day ("struck a wall late on Saturday, forcing the authority to
            # suspend traffic"): the headline's news too, not when the lede dates another to a later day
            # ("erupted on Sunday, forcing the closure of the airport for most of Monday")
            if all(m.date is None or m.date_is_default or (m.date.start, m.date.end) == (day.start, day.end)
                   for m in mentions) and not _other_lede_day(sent, day):
                doc.user_data[HEADLINE_DAY_KEY] = day
        return
    if dates:
        return
    day, what = _previous_sentence_day(sent), "the day of the sentence before"
    if day is None:
        day, what = doc.user_data.get(LEDE_DAY_KEY), "the day of the lede's news"
    if day is None:
        return
    by_type = doc.user_data.get(LEDE_TYPE_DAYS_KEY, {}) if what != "the day of the sentence before" else {}
    for m in mentions:
        if m.date is None and habitual_clause(m) is None and _past_clause(m.trigger) \
                and not _under_modal(m.trigger):
            own, why = (by_type[m.event_type], f"the day of the lede's {m.event_type}") \
                if m.event_type in by_type else (day, what)
            # kept aside, not given to the mention: an undated mention still merges as undated
            doc.user_data.setdefault(LEDE_DATED_KEY, {})[m.trigger.i] = DateRange(
                start=own.start, end=own.end, precision="day", text="",
                reason=f"no date words; {why} ('{own.text}', {own.start})")


def _lede_root_day(sent: Span, dates: list[DateRange]) -> None:
    """Note the day the lede's main verb is told on, before publication, when that verb reports nothing ("MANILA,
    Oct 9 - A court in Quezon City on Thursday found four police officers guilty ..."): the headline's main verb
    tells the same news ("Philippine court convicts four police officers"), even when the lede's verb names no
    event of its own."""
    doc = sent.doc
    root = sent.root
    published = doc._.published
    if published is None or root.pos_ != "VERB" or root.lemma_.lower() in REPORTING_VERBS:
        return
    start = dateline_end(sent)
    cut = doc[start].idx if start < len(doc) else len(doc.text)
    for d in dates:
        if d.span is None or d.span[0] < cut or d.precision != "day" or d.start != d.end or _frame_day(doc, d):
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        tok = span.root if span is not None else None
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
            tok = tok.head
        if tok is not None and tok.i == root.i:
            # the first day on it (not "spent a second night away on Saturday after a rockfall late on Thursday")
            if d.start < published:
                doc.user_data[LEDE_ROOT_DAY_KEY] = d
            return


def _under_modal(trig: Token) -> bool:
    """Is the trigger's clause part of one told as a plan or possibility ("officials said curfews would be
    imposed after protesters rallied")? Such a sentence does not go on with the lede's narrative."""
    tok = trig
    for _ in range(8):
        if _modal_verb(tok):
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _other_lede_day(sent: Span, day: DateRange, not_before: dt.date | None = None) -> bool:
    """Does the lede ``sent`` name another day than ``day`` that is not a report's ("forcing the closure of the
    airport for most of Monday", not "the authority said on Monday")?"""
    doc = sent.doc
    for d in doc.user_data.get(SENT_DATES_KEY, {}).get(sent.start, []):
        if d.precision != "day" or (d.start, d.end) == (day.start, day.end) or d.span is None:
            continue
        if not_before is not None and d.start < not_before:
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        head = span.root if span is not None else None
        for _ in range(3):
            if head is None or head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if head is None or head.lemma_.lower() not in REPORTING_VERBS:
            return True
    return False


def _previous_sentence_day(sent: Span) -> DateRange | None:
    """The day the sentence right before ``sent``, in the same paragraph, dates what it tells to ("... threw
    stones at each other late on Friday. Two officers were slightly injured."): the undated simple past that
    goes on with it happened then (also the day of publication: "gathered outside parliament on Friday
    morning. Police said the protest was peaceful" is not the lede's earlier day). Not the day of a report
    ("said on Monday"), which dates no event."""
    doc = sent.doc
    last = doc.user_data.get(LAST_DAY_KEY)
    if sent.start == 0 or last is None or last.span is None or last.precision != "day":
        return None
    prev = doc[sent.start - 1].sent
    if not (prev.start_char <= last.span[0] < prev.end_char) or _paragraph_break(prev, sent):
        return None
    published = doc._.published
    if published is None or last.start > published:
        return None
    span = doc.char_span(last.span[0], last.span[1], alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(3):
        if tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_.lower() in REPORTING_VERBS and last.span[0] > tok.idx:
                return None  # "police said on Monday": the day of the report
            break
    return last


def _superlative_since(doc: Doc, d: DateRange) -> bool:
    """"was the strongest since 2015", "the worst flooding since 1998": "since" measures a record against the
    past, it does not date the event."""
    if d.span is None or not d.text.lower().startswith("since"):
        return False
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
    if span is None or span[0].lower_ != "since":
        return False
    head = span[0].head
    return head.tag_ in ("JJS", "RBS") or (head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod") and c.tag_ in ("JJS", "RBS") for c in head.children))


def _date_record_clause(mentions: list[Mention], records: list[DateRange]) -> None:
    """"the longest stoppage since 2023, when strikes disrupted services": the clause hung on the record's
    "since" happened at the time it names (2023), not from then to publication."""
    from ..dates import resolve_date

    doc = mentions[0].sent.doc
    published = doc._.published
    for d in records:
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        since = span[0]
        inside = {t.i for t in since.subtree} - {t.i for t in span}
        point = resolve_date(d.text[len("since"):].strip(), published=published or d.end) if published else None
        if point is None:
            continue
        for m in mentions:
            if m.date is None and m.trigger.i in inside:
                m.date = DateRange(start=point.start, end=point.end, precision=point.precision, text=d.text,
                                   reason=f"in the clause of the record's '{d.text}': {point.reason}", span=d.span)
                m.date_is_default = False


def _participle_host(gov: Token, span: Span, triggers: set[int]) -> int:
    """The verb a date hung on a reduced relative participle belongs to when that participle's phrase ends
    just before a conjoined verb: "seized drugs hidden in a container at a warehouse on Wednesday and arrested
    four men" dates the seizure (and the arrest), not the hiding."""
    if gov.i in triggers or gov.dep_ != "acl" or gov.tag_ not in ("VBN", "VBG") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in gov.children):
        return gov.i
    host = gov.head
    for _ in range(6):
        if host.pos_ in ("VERB", "AUX") or host.head == host:
            break
        host = host.head
    if host.pos_ not in ("VERB", "AUX") or gov.i not in {t.i for t in host.subtree} or host.i > gov.i:
        return gov.i
    if gov.right_edge.i != span.end - 1:
        return gov.i  # the date is not the end of the participle's phrase
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > span.end - 1 for c in host.children):
        return host.i
    # "a fire broke out aboard a ship waiting at the anchorage on Sunday night, forcing the evacuation of its
    # crew": a date closing a participle's phrase just before a comma and the host's own participle clause
    nxt = span.end
    if gov.tag_ == "VBG" and nxt + 1 < len(gov.doc) and gov.doc[nxt].text == "," and any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == nxt + 1 for c in host.children):
        return host.i
    return gov.i


def _report_verb_day(gov: Token, span: Span) -> int:
    """The verb a date belongs to when the parse hangs a reporting verb's date on its reported clause ("Police
    said on Monday they had arrested a man on Sunday evening", with "on Monday" read as the arrest's): a date
    between the reporting verb and the reported clause's subject is the report's, unless the clause plans."""
    head = gov.head
    if gov.dep_ != "ccomp" or head.i >= span.start or head.pos_ != "VERB" or _modal_verb(gov):
        return gov.i  # ("said on Thursday it will meet them next week": a plan is dated by its announcement)
    if head.lemma_.lower() not in REPORTING_VERBS:
        return gov.i
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i < span.end or subj.i > gov.i:
        return gov.i
    return head.i


def _name_word(tok: Token) -> bool:
    """Is a token tagged as a verb really the last word of a capitalised name ("off the island of Nosy Be at the
    weekend", with "Be" read as a verb): capitalised inside the sentence right after a proper noun (its compound
    or not), with no subject of its own (not "Navy Seizes Trawler" in a title-case headline)."""
    if tok.i <= tok.sent.start or not tok.text[:1].isupper() or tok.dep_ == "ROOT":
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children)


def _when_dates(m: Mention, governors: list[int | None]) -> list[int]:
    """The dates hung on a "when"/"as"/"while" clause of the verbs of ``m``'s own words."""
    # (and of a verb conjoined with them: "two were killed and three wounded when a mine exploded on Saturday")
    verbs = _verbs_and_conjuncts(m)
    verbs += [a.head for a in verbs if a.dep_ == "conj" and a.head.pos_ in ("VERB", "AUX")]
    whens = {c.i for a in verbs for c in _same_time_clauses(a)}
    return [k for k, gov in enumerate(governors) if gov in whens]


def _purpose_object_dates(m: Mention, governors: list[int | None]) -> list[int]:
    """The dates hung on a relative clause in the simple past on the object of a purpose infinitive of the verbs
    of ``m``'s own words ("fired tear gas to disperse youths who blocked the road on Sunday"): what the people
    acted on were doing then is what the verb answered, at the time."""
    objects = []
    for a in m.anchors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        for inf in a.children:
            if not _purpose_infinitive(inf) or inf.head.i != a.i:
                continue
            for o in inf.children:
                if o.dep_ == "dobj":
                    # ("groups of supporters who fought": the relative clause hangs on the noun of "of")
                    objects.append(o)
                    objects += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"]
    rels = {c.i for o in objects for c in o.children if c.dep_ == "relcl" and c.tag_ == "VBD"
            and not any(g.dep_ == "aux" for g in c.children)}
    return [k for k, gov in enumerate(governors) if gov in rels]


#: precisions of a date on the noun of an undated verb's "after" phrase that the verb's event shares
AFTER_PRECISIONS = frozenset({"month", "year"})


def _assign_dates(mentions: list[Mention], dates: list[DateRange]) -> None:
    if not mentions:
        return
    if not dates:
        _date_habitual(mentions)
        return
    doc = mentions[0].sent.doc
    start = dateline_end(mentions[0].sent)
    if start > mentions[0].sent.start:
        cut = doc[start].idx if start < len(doc) else len(doc.text)
        dates = [d for d in dates if d.span is None or d.span[0] >= cut]  # the dateline's date is the filing day
        if not dates:
            _date_habitual(mentions)
            return
    records = [d for d in dates if _superlative_since(doc, d)]
    if records:
        _date_record_clause(mentions, records)
        dates = [d for d in dates if d not in records]
        if not dates:
            _date_habitual(mentions)
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
                if (tok.pos_ in ("VERB", "AUX") and not _name_word(tok)) or tok.i in {mm.trigger.i for mm in mentions}:
                    gov = tok.i
                    break
            if gov is not None and span is not None:
                gov = _participle_host(doc[gov], span, {mm.trigger.i for mm in mentions})
                gov = _report_verb_day(doc[gov], span)
        governors.append(gov)
    _after_noun_days(doc, dates, governors, {mm.trigger.i for mm in mentions})
    published = doc._.published
    if published is not None:
        dates = [_verb_tense(d, doc[gov] if gov is not None else None, published) for d, gov in zip(dates, governors)]
    used: set[int] = set()
    referred = doc.user_data.get(REFERRED_KEY, set())
    counted = doc.user_data.get(COUNTED_NOUNS_KEY, {})
    for m in mentions:
        if m.trigger.i in referred:
            continue  # "two days before the attack on the post": the attack was told (and dated) before
        if m.trigger.i in counted:
            # "arrested three men on Saturday, two days after an armed robbery": the robbery's day is counted
            m.date = counted[m.trigger.i]
            m.date_is_default = False
            continue
        told = _told_before(m.trigger)
        if told is not None:
            m.date = DateRange(start=told.start, end=told.end, precision=told.precision, text="",
                               reason=f"'that {m.trigger.text}' refers back to the sentence before ('{told.text}')")
            m.date_is_default = False
            continue
        own = {a.i for a in m.anchors}
        near, far = _clause_levels(m, m.anchors)
        clause = near | far
        if m.trigger.dep_ == "relcl" and m.trigger.pos_ == "VERB" and m.trigger.head.pos_ == "NOUN":
            # "during a protest late last month, in which a police station was burned": the day of its noun
            own.add(m.trigger.head.i)
            clause.add(m.trigger.head.i)
        # a date on the trigger's own words beats one on the verb that reports it ("said on Wednesday
        # that it would send agents next month"); one of its own clause beats one further up its chain
        # ("ran aground during a storm on Saturday": the day of the noun of an "in"/"during" phrase of its verb)
        # (also of a verb conjoined with the trigger that shares its subject: "Gunmen killed two officials and set
        # fire to ballot boxes during Sunday's election")
        shared = own | {c.i for a in m.anchors if a.pos_ in ("VERB", "AUX") for c in _shared_subject_conjuncts(a)}
        during = {gov for gov in governors if gov is not None and doc[gov].pos_ == "NOUN" and doc[gov].dep_ == "pobj"
                  and doc[gov].head.lower_ in ("in", "during") and doc[gov].head.dep_ == "prep"
                  and doc[gov].head.head.i in shared and doc[gov].head.head.pos_ in ("VERB", "AUX")}
        clause |= during
        ranked = sorted(range(len(dates)), key=lambda k: (governors[k] not in own, governors[k] not in during,
                                                          governors[k] in far))
        for k in ranked:
            d, gov = dates[k], governors[k]
            if gov is not None and gov not in own and _perfect_reported(m.trigger, doc[gov], d):
                m.date = DateRange(start=d.start - dt.timedelta(days=PERFECT_DAYS - 1), end=d.end, precision="range",
                                   text="", reason=f"present perfect reported on '{d.text}' ({d.start}): in the "
                                   f"{PERFECT_DAYS} days up to the report")
                m.date_is_default = False
                break
            if gov is not None and gov in clause:
                if gov not in own and m.trigger.tag_ == "VBN" and m.trigger.dep_ == "acl" \
                        and m.trigger.head.pos_ in ("NOUN", "PROPN", "NUM") and gov != m.trigger.head.i \
                        and m.trigger.head.dep_ in ("dobj", "pobj", "dative"):
                    # "a court on Thursday refused bail to 12 students arrested in the clashes": arrested before
                    # (and the day is the refusal's, for no undated trigger before it)
                    used.add(k)
                    continue
                if gov not in own and _modal_verb(doc[gov]) and not any(
                        v.i == gov or _modal_verb(v) for v in _clause_verb(m.trigger)):
                    continue  # "the arrests were lawful and the men would appear in court on Monday"
                if gov not in own and _report_date(doc[gov], d):
                    # "two were killed when police fired on Sunday evening, a group said on Tuesday": the day
                    # of its "when" clause, not that of the report
                    # or of the people its purpose infinitive acts on ("police fired tear gas to disperse
                    # supporters who fought with stones on Sunday, police said on Monday")
                    k = next((k2 for k2 in _when_dates(m, governors) + _purpose_object_dates(m, governors)
                              if dates[k2].precision == "day"), k)
                    d = dates[k]
                m.date = d
                m.date_is_default = False
                used.add(k)
                break
    # "police detained the mayor in a dawn raid on his home on Tuesday": the date the parse hangs on a nominal
    # trigger ("raid") in an "in"/"during" phrase of an undated verb's clause is that verb's too; so is a month
    # or year hung on the noun of its "after" phrase ("sent aid after the earthquake of February 2023": the
    # response follows within the period named, while "after the attack on Tuesday" is no day of its own)
    for m in mentions:
        if m.date is not None:
            continue
        verbs = {a.i for a in m.anchors if a.pos_ in ("VERB", "AUX")}
        noun = m.trigger
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "sent teams and aid": the verb "aid" is the object of
        objects = {v.i for v in _clause_verb(noun)} if noun.pos_ == "NOUN" else set()
        k = next((k for k, gov in enumerate(governors) if gov is not None and doc[gov].pos_ == "NOUN"
                  and doc[gov].dep_ == "pobj" and doc[gov].head.dep_ == "prep" and (
                      doc[gov].head.lower_ in ("in", "during") and doc[gov].head.head.i in verbs
                      or doc[gov].head.lower_ == "after" and dates[k].precision in AFTER_PRECISIONS
                      and doc[gov].head.head.i in verbs | objects)), None)
        if k is not None:
            m.date = dates[k]
            m.date_is_default = False
            used.add(k)
    # "held talks in X on Tuesday with Y and signed an agreement": the day the parse hangs on the object of the
    # verb a conjoined trigger shares its subject with is the conjunct's too
    for m in mentions:
        host = m.trigger.head
        if m.date is not None or m.trigger.pos_ != "VERB" or m.trigger.dep_ != "conj" \
                or host.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in m.trigger.children):
            continue
        k = next((k for k, gov in enumerate(governors) if gov is not None and dates[k].precision == "day"
                  and doc[gov].pos_ == "NOUN" and doc[gov].dep_ == "dobj" and doc[gov].head.i == host.i), None)
        if k is not None:
            m.date = dates[k]
            m.date_is_default = False
            used.add(k)
    # "signed an agreement on Tuesday during a state visit by ...": the event the dated verb's "during" phrase
    # names went on that day
    for m in mentions:
        trig = m.trigger
        if m.date is not None or trig.dep_ != "pobj" or trig.head.lower_ != "during" or trig.head.dep_ != "prep":
            continue
        verb = trig.head.head
        # (the date on the verb, or on its object the parse hangs it on: "signed an agreement on Tuesday")
        k = next((k for k, gov in enumerate(governors) if gov is not None and dates[k].precision == "day"
                  and verb.pos_ in ("VERB", "AUX") and (gov == verb.i or (
                      doc[gov].head.i == verb.i and doc[gov].dep_ in ("dobj", "nsubj", "nsubjpass")))), None)
        if k is not None:
            d = dates[k]
            m.date = DateRange(start=d.start, end=d.end, precision="day", text=d.text, span=d.span,
                               reason=f"'during' phrase of '{doc[governors[k]].text}' ({d.reason})")
            m.date_is_default = False
            used.add(k)
    # "extended the strike on Thursday after talks broke down": an undated event in a temporal clause of a
    # dated verb happened about then, not on the day of publication
    for m in mentions:
        if m.date is not None:
            continue
        for verb in [a for a in m.anchors if a.pos_ in ("VERB", "AUX")] + _clause_verb(m.trigger) + \
                _relative_host_verb(m.trigger):
            # ("when" is parsed as an adverb of the clause: "burned again in 2021, when protesters tried to
            # storm parliament")
            if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKS
                                            for c in verb.children):
                # (or on its object: "signed an agreement on Tuesday ..., as the minister wrapped up a visit";
                # or on the verb a purpose infinitive the parse hangs the clause on completes: "signed a deal on
                # Friday to build a port, as the minister held talks")
                hosts = [verb.head]
                while _purpose_infinitive(hosts[-1]) and len(hosts) < 3:
                    hosts.append(hosts[-1].head)
                k = next((k for host in hosts for k, gov in enumerate(governors) if gov == host.i), None)
                if k is None:
                    k = next((k for host in hosts for k, gov in enumerate(governors) if gov is not None
                              and doc[gov].pos_ == "NOUN" and doc[gov].dep_ == "dobj" and doc[gov].head.i == host.i
                              and dates[k].precision == "day"), None)
                if k is not None and _report_date(verb.head, dates[k]) and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    # "the ministry said on Wednesday, as Mauritania confirmed its first cases": the day of a
                    # report is not that of a clause with a subject of its own beside it (told further on)
                    break
                if k is not None:
                    m.date = dates[k]
                    m.date_is_default = False
                    used.add(k)
                    break
    # "police detained 14 people who had blocked the road and set tyres on fire late on Tuesday": a day that ends
    # the sentence, hung by the parse on a pluperfect relative clause of an undated past trigger's object, is
    # the trigger's too (the clause tells what came just before it; the adverbial is the main clause's)
    for m in mentions:
        trig = m.trigger
        if m.date is not None or trig.tag_ != "VBD" or trig.pos_ != "VERB":
            continue
        k = next((k for k, gov in enumerate(governors) if gov is not None and dates[k].precision == "day"
                  and _object_pluperfect(doc[gov], trig) and _ends_sentence(doc, dates[k], m.sent)), None)
        if k is not None:
            m.date = dates[k]
            m.date_is_default = False
    # "19 people drowned when a boat sank off X at dawn on Sunday": an undated event happened when the event of
    # its "when"/"as"/"while" clause did
    for m in mentions:
        if m.date is not None:
            continue
        # (also of a verb conjoined with its own: "two were killed and 17 wounded when police opened fire")
        for verb in _verbs_and_conjuncts(m):
            whens = _same_time_clauses(verb)
            # and of the clause set at the time of that one ("when police opened fire during a clash as Nepal
            # voted on Thursday")
            whens += [c for w in whens for c in _same_time_clauses(w)]
            k = next((k for k, gov in enumerate(governors) for c in whens if gov == c.i), None)
            if k is None:
                # "killed when supporters fought ... during Saturday's elections": the day hung on the noun of
                # the clause's "during"/"in" phrase (a trigger of its own, so the parse stops there)
                k = next((k for k, gov in enumerate(governors) for c in whens if gov is not None
                          and dates[k].precision == "day" and doc[gov].dep_ == "pobj"
                          and doc[gov].head.lower_ in ("in", "during") and doc[gov].head.head.i == c.i), None)
            if k is not None:
                m.date = dates[k]
                m.date_is_default = False
                used.add(k)
                break
    # "police fired tear gas on Wednesday to disperse youths who blocked the road": the people a purpose
    # infinitive acts on were doing what its relative clause tells then
    for m in mentions:
        if m.date is not None:
            continue
        trig = m.trigger
        rel = trig.head if trig.dep_ == "conj" and trig.head.dep_ == "relcl" else trig
        for host in _relative_host_verb(rel) if trig.tag_ == "VBD" else []:
            if host.tag_ == "VB" and host.dep_ in ("advcl", "xcomp") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in host.children):
                k = next((k for k, gov in enumerate(governors) if gov == host.head.i), None)
                if k is not None and dates[k].precision == "day" and not _report_date(host.head, dates[k]):
                    m.date = dates[k]
                    m.date_is_default = False
                    used.add(k)
    # "Late on Thursday, police cleared a camp that had blocked a road and detained six people": a day that
    # opens the sentence is that of the undated events of its verb's words (not of a past perfect)
    for k, d in enumerate(dates):
        gov = governors[k]
        if gov is None or not _fronted_date(doc, d, doc[gov]):
            continue
        g = doc[gov]
        for m in mentions:
            if m.date is None and g.left_edge.i <= m.trigger.i <= g.right_edge.i and not any(
                    c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in m.trigger.children):
                m.date = d
                m.date_is_default = False
                used.add(k)
    _date_habitual(mentions)
    for k, d in enumerate(dates):
        if k in used or d.span is None:
            continue
        if governors[k] is not None and _other_time_clause(doc[governors[k]]):
            continue  # "talks ... before returning home at the weekend": the weekend is the return's
        if len(dates) > 1 and governors[k] is not None and _report_date(doc[governors[k]], d):
            continue  # "cut power on Tuesday, ..., officials said on Wednesday": the day of the report
        if governors[k] is not None and _modal_verb(doc[governors[k]]):
            continue  # "the arrests were lawful and the men would appear before a judge on Monday"
        before = [m for m in mentions if m.date is None and m.trigger.idx < d.span[0]]
        if governors[k] is not None:
            before = [m for m in before if not _perfect_reported(m.trigger, doc[governors[k]], d)]
            g = doc[governors[k]]
            if g.dep_ == "relcl" and g.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "prep" and any(w.dep_ == "pobj" and w.lower_ in ("which", "whom") for w in c.children)
                    for c in g.children):
                # "The deal extends the project, under which land was reclaimed by 2024": the date of a relative
                # clause opened by a preposition is its own verb's, or its noun's ("the protest, in which a post was
                # burned on Sunday"), not the sentence's
                before = [m for m in before if m.trigger.i == g.head.i
                          or g.left_edge.i <= m.trigger.i <= g.right_edge.i]
        if before:
            m = max(before, key=lambda mm: mm.trigger.idx)
            m.date = d
            m.date_is_default = False
        elif governors[k] is None or doc[governors[k]].pos_ not in ("VERB", "AUX") or _reported_before(
                doc[governors[k]], d):
            # a date the parse hangs on no verb ("A court in X on Thursday sentenced ...", with "sentenced"
            # read as an adjective) goes to the next undated trigger
            after = [m for m in mentions if m.date is None and m.trigger.idx > d.span[0]]
            if after:
                m = min(after, key=lambda mm: mm.trigger.idx)
                m.date = d
                m.date_is_default = False
    _from_until(mentions, dates, governors)


#: prepositions whose event noun happened at another time than the verb they modify ("after a rockfall")
_SEQUENCE_PREPS = frozenset({"after", "following", "before"})
#: words that may stand between an event noun and the day that follows it ("a rockfall late on Thursday")
_DAY_LEAD_WORDS = frozenset({"late", "early", "on", "in", "at", "during", "the"})


def _after_noun_days(doc: Doc, dates: list[DateRange], governors: list[int | None], triggers: set[int]) -> None:
    """"spent a second night away on Saturday after a rockfall late on Thursday": when the parse hangs two days on
    one verb, the one right after the event noun of the verb's "after"/"before" phrase is the noun's (its
    governor becomes the noun); the verb keeps the other."""
    for k, d in enumerate(dates):
        gov = governors[k]
        if gov is None or d.span is None or doc[gov].pos_ not in ("VERB", "AUX") or not any(
                g == gov and j != k for j, g in enumerate(governors)):
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None:
            continue
        noun = span.start - 1
        while noun > doc[gov].i and doc[noun].lower_ in _DAY_LEAD_WORDS:
            noun -= 1
        tok = doc[noun]
        if noun in triggers and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _SEQUENCE_PREPS \
                and tok.head.head.i == gov and span.start - noun <= 3:
            governors[k] = noun


def _verbs_and_conjuncts(m: Mention) -> list[Token]:
    """The verbs of ``m``'s own words and the verbs conjoined with them ("two were killed and 17 wounded")."""
    verbs = [a for a in m.anchors if a.pos_ in ("VERB", "AUX")]
    return verbs + [c for a in verbs for c in a.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def _shared_subject_conjuncts(verb: Token) -> list[Token]:
    """The verbs conjoined with ``verb`` that have no subject of their own ("killed two officials and set fire to
    ballot boxes"; not "..., and police arrested 11 people")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _same_time_clauses(verb: Token) -> list[Token]:
    """The "when"/"as"/"while" clauses of ``verb`` (not "after"/"once": what they tell came first)."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ in ("mark", "advmod") and g.lower_ in SAME_TIME_MARKS - {"after", "once"} for g in c.children)]


def _purpose_infinitive(verb: Token) -> bool:
    """Is ``verb`` a purpose infinitive hung on a verb ("signed a deal to build a port")?"""
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _object_pluperfect(verb: Token, trig: Token) -> bool:
    """Is ``verb`` (or the clause it is conjoined to) a pluperfect relative clause on the object of ``trig``
    ("detained people who had blocked the road and set tyres on fire")?"""
    rel = verb
    while rel.dep_ == "conj" and rel.head.pos_ in ("VERB", "AUX"):
        rel = rel.head
    return rel.dep_ == "relcl" and rel.head.dep_ == "dobj" and rel.head.head.i == trig.i and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in rel.children)


def _ends_sentence(doc: Doc, d: DateRange, sent: Span) -> bool:
    """Does the date ``d`` end its sentence (only punctuation after it)?"""
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand") if d.span else None
    return span is not None and all(t.is_punct for t in doc[span.end:sent.end])


def _fronted_date(doc: Doc, d: DateRange, gov: Token) -> bool:
    """Whether the day ``d`` opens its sentence, before the clause of its verb ``gov`` ("On Thursday, ...")."""
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand") if d.span else None
    if span is None or gov.pos_ not in ("VERB", "AUX") or d.precision != "day" or gov.i < span.end:
        return False
    lead = [t for t in doc[span.sent.start:span.start] if not t.is_punct]
    return all(t.lower_ in ("on", "late", "early", "by", "at", "in") for t in lead) and len(lead) <= 2


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _from_until(mentions: list[Mention], dates: list[DateRange], governors: list[int | None]) -> None:
    """An event dated by a "from" day whose end a later "until" clause dates ("blocked the road from Saturday
    night, ... until police cleared it early on Sunday"): it ran over both days, not the first alone."""
    if len(dates) < 2:
        return
    doc = mentions[0].sent.doc
    ends = [k for k, d in enumerate(dates) if d.span is not None and d.precision == "day" and governors[k] is not None
            and doc[governors[k]].dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till") for c in doc[governors[k]].children)]
    if not ends:
        return
    text = doc.text  # once: spaCy joins every token of the document at each read
    for m in mentions:
        d = m.date
        if d is None or d.span is None or d.precision != "day" \
                or not _FROM_BEFORE.search(text[max(0, d.span[0] - 16):d.span[0]]):
            continue
        for k in ends:
            e = dates[k]
            if e.span[0] > d.span[1] and d.end < e.start <= d.end + dt.timedelta(days=7):
                m.date = DateRange(start=d.start, end=e.end, precision="range", text=d.text, span=d.span,
                                   reason=f"from '{d.text}' ({d.start}) until '{e.text}' ({e.end})")
                break
