"""Date expressions in news text, resolved against the article's publication date.

``find_dates(text, published=P)`` returns a :class:`~geomap.model.DateRange` for every date expression in
``text`` (inclusive ``start``/``end``, a ``precision``, the words, their character ``span`` and a ``reason``);
``resolve_date(expression, published=P)`` resolves one expression; ``default_date(P)`` is the date of an
event that has no date words; ``parse_published(value)`` reads a publication date given by a user.

How it works: compiled regular expressions find candidate expressions (cheap; a sentence without any
date word is rejected by one pre-check), calendar arithmetic resolves them against P, the longest
non-overlapping candidates win, then ``since X`` and ``from X to Y`` / ``between X and Y`` / ``X - Y`` are
joined into ranges.

Rules (P = publication date; weeks are ISO weeks, Monday to Sunday):

* ``this/last/next week|month|year|quarter|decade|weekend``: the calendar unit containing P, before or
  after it. ``the past/last week``, ``the past 3 months``, ``recent weeks``, ``the coming weeks``: rolling
  spans ending (or starting) at P; without a number, plural units mean 7 days, 4 weeks, 3 months, 5 years.
  ``in recent years`` is 1 January of P.year-5 .. P.
* Modifiers: ``early``/``the beginning of`` = first third (days 1–10 of a month, January–April of a
  year, Monday–Tuesday of a week), ``mid``/``the middle of`` = second third (11–20, May–August,
  Wednesday–Thursday), ``late``/``the end of`` = last third (21–end, September–December, Friday–Sunday);
  ``earlier`` = start .. P and ``later`` = P .. end when the unit contains P, else the whole unit.
  The precision stays that of the unit named (``late August`` has precision ``month``).
* A month name without a year (``in July``, ``March 3``), a season (``in the spring``: northern
  hemisphere, meteorological: March–May, June–August, September–November, December–February) or a bare
  quarter: with ``tense="past"`` (the default) the most recent one starting no more than two months after
  P's month; with ``tense="future"`` the first one not yet over at P. ``last/next/this July`` is the one
  before P's month / after it / in P's year. ``July last year`` is July of P.year-1.
* A weekday: ``tense="past"`` → the most recent one on or before P; ``"future"`` → the first on or after
  P; ``last Friday`` → the most recent strictly before P; ``next Friday`` → the first strictly after P;
  ``this Friday`` → the one in P's week. ``Monday night``/``early Monday`` → that Monday.
  ``the weekend`` (and ``weekend`` before a plural noun: ``weekend protests``) follows the tense like a
  weekday; ``last/next weekend`` are those of the previous/next week. ``on the 14th`` (after on, since,
  until, by...; not ``the 14th floor``) is the latest 14th on or before P (past) or the first on or after it
  (future); ``Sunday, the 15th`` the latest such day that is a Sunday (within a year), else the plain day.
  ``tense=None`` guesses per sentence: ``future`` if it has a future cue (will, 'll, would, due to, set to,
  scheduled, upcoming, plans to, ...) outside quotations (a date inside a quotation reads the quotation's
  cues), else ``past``; a date after ``since`` is always read in the past.
* ``today``/``tonight``/``this morning``/``ongoing``/``currently``/``at present`` = P; ``yesterday`` and
  ``last night`` = P-1; ``overnight`` = P-1 .. P (precision ``day``). ``N days ago`` = that day, ``N weeks
  ago`` = the week containing it (``more than``/``over N days|weeks ago`` = the one unit before that day, up to
  it), ``N months ago`` = that calendar month, ``N years ago`` = that year.
* ``since X`` = start of X .. P; ``from X to Y``, ``between X and Y``, ``X-Y`` = start of X .. end of Y; a
  side without a year takes the other side's year. These have precision ``range``.
* Decades (``the 1990s``, ``the '90s``) have precision ``year``; quarters (``Q3 2024``, ``the third
  quarter``), halves (``the first half of 2024``) and seasons have precision ``month`` (the unit they are
  built of); weekends and overnight are ``day``.

What is *not* a date: month and weekday names must be capitalised (``may``/``march`` are verbs), and a
bare month name (``May``), year (``2025``) or season (``the summer``) counts only after a cue word (in,
since, until, by, from, during, through, between, for), with a modifier, or as part of a range -- so the
year in a name (``Joint Sea 2025``), ``Theresa May`` and ``80th anniversary`` are not dates. ``in its
fourth year``, narrative-relative words (``the previous week``, ``two days later``), times of day and
ambiguous numeric dates (``03/04/2025``) are skipped. Plain prepositions (on, in, at, during, by) are
not part of an expression's span; semantic ones (since, from, between) are.

Where dateparser serves and where it does not: an absolute date with day, month and year in any order
or punctuation (``March 3, 2024``, ``3rd of March 2024``, ``Monday, 3 March 2024``) and the
publication dates that users type are parsed with ``dateparser``. It is not used to *find* dates
(its ``search_dates`` turns modal ``may``, ``March`` the verb and numbers in names into dates), nor for
relative expressions: it resolves ``next month`` to a single day, not to the month's range, has no
precision, no ``early/late`` thirds, no week or season ranges, no ``since``/``from-to`` ranges and no
tense-aware choice of year; and it is slow (milliseconds a call), so it is called only on the few
matched absolute dates, with results cached.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from geomap.errors import DateError
from geomap.model import DateRange

__all__ = ["Tense", "find_dates", "resolve_date", "default_date", "parse_published"]

Tense = Literal["past", "future"]

_ONE_DAY = dt.timedelta(days=1)

# --------------------------------------------------------------------------------------------- vocabulary
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "couple": 2, "few": 3, "several": 4, "some": 3,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month
_PLURAL_DEFAULT = {"day": 7, "week": 4, "month": 3, "year": 5, "decade": 2, "hour": 24}

_MONTH_FULL = "(?:" + "|".join(n for n in _MONTHS) + ")"
_MONTH_ANY = r"(?:" + "|".join(_MONTHS) + r"|(?:" + "|".join(_MONTH_ABBR) + r")(?:\.(?!\w))?)"
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?!,\d{3})"
_DAY_SEP = r"\s*(?:-|–|—|to|and|through|until)\s*"
_YEAR = r"(?<![\w$£€.,'])(?:1[89]|20)\d{2}(?!\w|,\d|\.\d)"
_NUM = (
    r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty|thirty|few|several|some)"
)
_MOD = (
    r"(?:(?P<mod>earl(?:y|ier)|mid|late|later|(?:the\s+)?(?:beginning|start|middle|end)\s+of)"
    r"(?:\s*-\s*|\s+)(?:in\s+)?(?:the\s+)?)?"
)
_FLAGS = re.IGNORECASE

#: Words before a bare month name, year or season that make it a date ("in May", "since 2022").
_CUE = re.compile(
    r"\b(?:in|since|until|till|by|from|during|through|throughout|between|for)\s+(?:the\s+)?$", _FLAGS
)
_SKIP_PREFIX = re.compile(r"^(?:(?:on|in|at|during|over|by|around|about|for)\s+)+", _FLAGS)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", _FLAGS)
_FROM = re.compile(r"\b(?P<w>from|between)\s+$", _FLAGS)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", _FLAGS)
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|would|going\s+to|set\s+to|scheduled|slated|upcoming|planned"
    # "due to arrive" is a schedule; "due to the storm" a cause
    r"|due\s+to(?!\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|bad|heavy|poor|high|low|lack"
    r"|concerns?|\d)\b)"
    r"|plans?\s+to|intends?\s+to|expected\s+to|to\s+be\s+held|(?:is|are)\s+(?:due|expected)\s+(?:in|at|back))\b"
    r"|\w'll\b",
    _FLAGS,
)
_REPORTED = re.compile(
    r"\b(?:said|told|announced|reported|stated|added|confirmed|disclosed|declared|warned|wrote)\s+(?:on\s+)?$",
    _FLAGS,
)
_OF = re.compile(r"\s+of\b", _FLAGS)
#: a quotation in straight or curly double quotes
_QUOTATION = re.compile(r'"[^"\n]{3,}?"|\u201c[^\u201d\n]{3,}?\u201d')
#: words before a bare day of the month ("on the 14th") that make it a date
_DAY_OF_MONTH_CUE = re.compile(r"\b(?:on|since|until|till|by|before|after|from|through|to)\s+$", _FLAGS)
#: a part of the day before a bare day of the month: "on the night of the 12th", "in the early hours of the 3rd"
_DAY_PART_OF = re.compile(
    r"\b(?:night|morning|afternoon|evening|eve|early\s+hours|small\s+hours)\s+of\s+$", _FLAGS
)
#: words that may follow a bare day of the month; any other word makes it an ordinal ("the 14th floor")
_DAY_OF_MONTH_NEXT = frozenset(
    {"and", "or", "but", "when", "as", "after", "before", "at", "in", "on", "with", "while", "until", "till",
     "the", "a", "an", "to", "through", "into"}
)
#: common irregular past-tense verbs that may follow a bare day of the month ("which on the 14th brought ...")
_IRREGULAR_PAST = frozenset(
    {"brought", "began", "saw", "held", "took", "went", "came", "met", "left", "made", "gave", "led", "fell",
     "rose", "won", "lost", "drew", "struck", "sent", "told", "said", "became", "broke", "fought", "found",
     "threw", "shot", "stole", "hit", "swept", "spoke", "wrote", "ran", "sought", "got", "kept"}
)
#: nouns ending in -ed that are not past-tense verbs ("the 14th seed")
_ED_NOUNS = frozenset({"seed", "speed", "bed", "need", "creed", "reed", "breed", "feed", "hundred", "shed", "deed"})
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: the word right after a date expression (no punctuation between)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")
#: a verb in the past with its auxiliary right before a date: "were cancelled on", "had arrived late on"
_PAST_AUX_VERB = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:(?:late|early)\s+)?"
                            r"(?:on\s+)?$", _FLAGS)


def _past_verb_word(word: str) -> bool:
    """A lower-case word that reads as a past-tense verb ("brought", "marched"), not a noun like "seed"."""
    w = word.lower()
    if not word[0].islower() or w in _ED_NOUNS:
        return False
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


# ------------------------------------------------------------------------------------ calendar helpers
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_end(year, month)


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + n
    return idx // 12, idx % 12 + 1


def _add_months(day: dt.date, n: int) -> dt.date:
    year, month = _shift_month(day.year, day.month, n)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _span_months(year: int, month: int, count: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = _shift_month(year, month, count - 1)
    return dt.date(year, month, 1), _month_end(end_year, end_month)


_Span = tuple[dt.date, dt.date]


def _yearly(make: Callable[[int], _Span | None], p: dt.date, tense: str) -> _Span | None:
    """The same words (a month, a season, 3 March) in the year the tense rule picks (see module docstring).

    ``past``: the latest one starting at most two months after P's month; ``future``: the first one not
    over at P. ``None`` when no year near P has it (29 February).
    """
    candidates = [r for y in (p.year - 1, p.year, p.year + 1) if (r := make(y)) is not None]
    if tense == "future":
        return next((c for c in candidates if c[1] >= p), None)
    limit = p.year * 12 + p.month - 1 + 2
    fitting = [c for c in candidates if c[0].year * 12 + c[0].month - 1 <= limit]
    return fitting[-1] if fitting else None


def _safe(make: Callable[[int], tuple[dt.date, dt.date]]) -> Callable[[int], tuple[dt.date, dt.date] | None]:
    def wrapped(year: int) -> tuple[dt.date, dt.date] | None:
        try:
            return make(year)
        except ValueError:  # 29 February in a common year
            return None

    return wrapped


def _thirds(start: dt.date, end: dt.date, unit: str, which: int) -> tuple[dt.date, dt.date]:
    """First (0), middle (1) or last (2) third of a unit."""
    if unit == "month":
        bounds = [(1, 10), (11, 20), (21, end.day)][which]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    if unit == "year":
        return _span_months(start.year, 1 + 4 * which, 4)
    if unit == "week":
        first = start + dt.timedelta(days=2 * which)
        return first, end if which == 2 else first + _ONE_DAY
    if unit == "decade":
        first, last = [(0, 3), (4, 6), (7, 9)][which]
        return dt.date(start.year + first, 1, 1), dt.date(start.year + last, 12, 31)
    if unit in ("quarter", "season", "half"):
        months = (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
        size = max(1, months // 3)
        y, m = _shift_month(start.year, start.month, size * which)
        return _span_months(y, m, months - 2 * size if which == 2 else size)
    days = (end - start).days + 1
    size = max(1, days // 3)
    first = start + dt.timedelta(days=size * which)
    return first, end if which == 2 else first + dt.timedelta(days=size - 1)


_PRECISION = {"quarter": "month", "season": "month", "half": "month", "decade": "year", "weekend": "day"}
_MOD_WORDS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}


def _apply_mod(
    mod: str | None, start: dt.date, end: dt.date, unit: str, p: dt.date
) -> tuple[dt.date, dt.date, str]:
    """Narrow ``start..end`` by a modifier word; returns the range and a note for the reason."""
    if not mod:
        return start, end, ""
    word = mod.lower().split()[-2] if " of" in mod.lower() else mod.lower()
    if word == "earlier":
        return (start, p, "; 'earlier' = from its start to publication") if start <= p <= end else (start, end, "")
    if word == "later":
        return (p, end, "; 'later' = from publication to its end") if start <= p <= end else (start, end, "")
    if unit == "day":
        return start, end, ""
    which = _MOD_WORDS[word]
    first, last = _thirds(start, end, unit, which)
    return first, last, f"; '{mod.lower()}' = its {['first', 'middle', 'last'][which]} third"


# ------------------------------------------------------------------------------------------ candidates
@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    reason: str
    weak: bool = False
    has_year: bool = True
    rebuild: Callable[[int], tuple[dt.date, dt.date] | None] | None = None  # the same words in year Y
    that_year: bool = False  # "April of that year", "October that year": the year named before it in the text


@dataclass(slots=True)
class _Ctx:
    text: str
    p: dt.date
    tense: str | None
    whole: bool = False  # the text is one date expression (:func:`resolve_date`), not running text

    def tense_at(self, pos: int, end: int | None = None) -> str:
        if self.tense is not None:
            return self.tense
        text = self.text
        if end is not None:
            # "a storm surge in February flooded the village" in a sentence that also plans ("would go to"):
            # a past-tense verb right after the date dates its own clause in the past
            nxt = _NEXT_WORD.match(text, end)
            if nxt and _past_verb_word(nxt.group(1)):
                return "past"
        prev = _PAST_AUX_VERB.search(text, max(0, pos - 40), pos)
        if prev and _past_verb_word(prev.group(1)):
            # "trains were cancelled on Sunday, and services will start from ...": a date right after a verb in
            # the past with "was"/"were"/"had" dates its own clause in the past, whatever the sentence plans
            return "past"
        if _REPORTED.search(text, max(0, pos - 30), pos):
            return "past"  # "said on Friday (that it will...)"
        if _SINCE.search(text, max(0, pos - 12), pos):
            return "past"  # "arrested since Saturday ... would remain": since looks back
        begin = 0
        for m in _SENTENCE_END.finditer(text, 0, pos):
            begin = m.end()
        stop = _SENTENCE_END.search(text, pos)
        end = stop.start() if stop else len(text)
        # a quotation has a tense of its own: '"We will not allow ...," the minister told reporters after a
        # meeting on Sunday night' is last Sunday; words inside the quotation take the quotation's tense
        quotes = [q for q in _QUOTATION.finditer(text, begin, end)]
        inside = next((q for q in quotes if q.start() <= pos < q.end()), None)
        if inside is not None:
            sentence = inside.group(0)
        else:
            sentence = "".join(text[a:b] for a, b in _gaps(begin, end, [(q.start(), q.end()) for q in quotes]))
        return "future" if _FUTURE_CUE.search(sentence) else "past"


def _gaps(begin: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``begin..end`` outside ``spans`` (sorted, not overlapping)."""
    out, at = [], begin
    for a, b in spans:
        out.append((at, a))
        at = b
    out.append((at, end))
    return out


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _unit_range(unit: str, rel: str, p: dt.date) -> tuple[dt.date, dt.date]:
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "week":
        monday = _week_of(p)[0] + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        saturday = _week_of(p)[0] + dt.timedelta(weeks=step, days=5)
        return saturday, saturday + _ONE_DAY
    if unit == "month":
        return _month_range(*_shift_month(p.year, p.month, step))
    if unit == "quarter":
        q_month = (p.month - 1) // 3 * 3 + 1
        return _span_months(*_shift_month(p.year, q_month, 3 * step), 3)
    if unit == "decade":
        if rel == "last":  # "the last decade" is read as the past ten years
            return _add_months(p, -120), p
        first = p.year // 10 * 10 + 10 * step
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    return dt.date(p.year + step, 1, 1), dt.date(p.year + step, 12, 31)


_REL_WORDS = {"last": "before", "this": "of", "next": "after"}


def _h_relative(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    rel = (m.group("rel") or "").lower()
    mod = m.group("mod")
    unit = m.group("unit").lower()
    if not rel:
        if not mod:
            return None  # "the year" alone
        rel = "this"
    first, last = _unit_range(unit, rel, ctx.p)
    first, last, note = _apply_mod(mod, first, last, unit, ctx.p)
    what = "ten years" if unit == "decade" and rel == "last" else unit
    reason = f"the {what} {_REL_WORDS[rel]} publication {_iso(ctx.p)}{note}"
    return _Atom(m.start(), m.end(), first, last, _PRECISION.get(unit, unit), reason)


def _count(word: str | None, unit: str) -> tuple[int, int]:
    """A number word as (low, high): 'a few' is 2..5, 'several' 3..7."""
    if word is None:
        return _PLURAL_DEFAULT[unit], _PLURAL_DEFAULT[unit]
    w = [part for part in word.lower().split() if part not in ("a", "of")][-1:] or ["a"]
    w = w[0]
    if w.isdigit():
        return int(w), int(w)
    if w == "few":
        return 2, 5
    if w in ("several", "some"):
        return 3, 7
    return _NUMBERS[w], _NUMBERS[w]


def _back(p: dt.date, unit: str, n: int) -> dt.date:
    if unit in ("day", "hour"):
        return p - dt.timedelta(days=n if unit == "day" else -(-n // 24))
    if unit == "week":
        return p - dt.timedelta(weeks=n)
    return _add_months(p, -n * {"month": 1, "year": 12, "decade": 120}[unit])


def _h_rolling(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    p = ctx.p
    direction = m.group("dir").lower()
    unit = m.group("unit").lower().rstrip("s")
    num = m.group("num")
    plural = m.group("unit").lower().endswith("s") and unit != m.group("unit").lower()
    the = m.group(0).lower().startswith(("the", "this"))
    if direction in ("last", "next") and not num and not the:
        return None  # "next week" is a calendar unit
    if not num and _OF.match(ctx.text, m.end()):
        return None  # "the last days of the war"
    if not plural and num and _count(num, unit)[1] != 1:
        return None
    high = _count(num, unit)[1] if (num or plural) else 1
    precision = {"hour": "day", "decade": "year"}.get(unit, unit)
    if direction in ("coming", "next", "upcoming"):
        first, last = p, _back(p, unit, -high) if unit != "hour" else p + _ONE_DAY
        return _Atom(m.start(), m.end(), first, last, precision, f"{high} {unit}(s) from publication {_iso(p)}")
    if direction == "recent" and unit == "year":
        first = dt.date(p.year - high, 1, 1)
        return _Atom(m.start(), m.end(), first, p, "year", f"1 January {p.year - high} to publication {_iso(p)}")
    first = _back(p, unit, high)
    return _Atom(m.start(), m.end(), first, p, precision, f"{high} {unit}(s) up to publication {_iso(p)}")


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    p = ctx.p
    unit = m.group("unit").lower().rstrip("s")
    num = m.group("num")
    if unit == "minute":
        unit = "hour"
    low, high = _count(num, unit) if num else _count("few", unit)
    if unit == "hour":
        first, last = _back(p, "hour", high), p
        return _Atom(m.start(), m.end(), first, last, "day", f"hours before publication {_iso(p)}")
    a, b = _back(p, unit, high), _back(p, unit, low)
    if m.group("more") and num and unit in ("day", "week"):
        # "more than five weeks ago": before that day, within one more unit ("kidnapped more than five weeks
        # ago" of a kidnapping five weeks and three days before publication)
        first = _back(p, unit, high + 1)
        return _Atom(m.start(), m.end(), first, b, unit,
                     f"more than {low} {unit}(s) before publication {_iso(p)}: up to one {unit} earlier")
    if unit == "week":
        a, b = _week_of(a)[0], _week_of(b)[1]
    elif unit == "month":
        a, b = a.replace(day=1), _month_end(b.year, b.month)
    elif unit in ("year", "decade"):
        a, b = dt.date(a.year, 1, 1), dt.date(b.year, 12, 31)
        unit = "year"
    count = str(low) if low == high else f"{low}-{high}"
    return _Atom(m.start(), m.end(), a, b, unit, f"{count} {unit}(s) before publication {_iso(p)}")


_DAY_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "ongoing": 0, "currently": 0, "at present": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def _h_dayword(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    words = re.sub(r"\s+", " ", m.group(0).lower())
    p = ctx.p
    if m.group(0)[0].isupper() and m.group(0).startswith("Today") and _after_capitalised_word(ctx.text, m.start()):
        return None  # "Russia Today", "USA Today"
    if words == "overnight":
        anchored = _night_of_sentence_day(m, ctx)
        if anchored is not None:
            return anchored
        return _Atom(m.start(), m.end(), p - _ONE_DAY, p, "day", f"the night before publication {_iso(p)}")
    day = p + dt.timedelta(days=_DAY_WORDS[words])
    what = {0: "the publication date", -1: "the day before publication", 1: "the day after publication"}
    reason = what.get(_DAY_WORDS[words], f"{_DAY_WORDS[words]:+d} days from publication") + f" {_iso(p)}"
    return _Atom(m.start(), m.end(), day, day, "day", reason)


_DAY_WITH_PART = re.compile(
    rf"\b(?P<late>late\s+(?:on\s+)?)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _FLAGS
)


def _night_of_sentence_day(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    """"overnight" in a sentence naming one day with a part of it: the night before "Tuesday morning",
    the night after "late on Tuesday", "Tuesday afternoon" or "Tuesday evening"; ``None`` if the
    sentence names no such day (or several days)."""
    text = ctx.text
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    begin = starts[-1] if starts else 0
    stop = _SENTENCE_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    days = [d for d in _DAY_WITH_PART.finditer(text, begin, end) if d.group("wd")[0].isupper()]
    if len({d.group("wd").lower() for d in days}) != 1:
        return None
    cued = [d for d in days if d.group("late") or d.group("part")]
    if not cued:
        return None
    d = cued[0]
    day, _how = _weekday_date(_WEEKDAYS[d.group("wd").lower()], ctx.tense_at(d.start()), ctx.p)
    if d.group("part") and d.group("part").lower() == "morning" and not d.group("late"):
        first, last, how = day - _ONE_DAY, day, "the night before"
    else:
        first, last, how = day, day + _ONE_DAY, "the night after"
    return _Atom(m.start(), m.end(), first, last, "day", f"{how} '{text[d.start():d.end()]}' ({_iso(day)})")


def _h_night_span(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    """"overnight Monday into Tuesday", "on the night of Monday to Tuesday": two consecutive days."""
    wd, wd2 = m.group("wd"), m.group("wd2")
    if not (wd[0].isupper() and wd2[0].isupper()):
        return None
    if (_WEEKDAYS[wd2.lower()] - _WEEKDAYS[wd.lower()]) % 7 != 1:
        return None
    second, how = _weekday_date(_WEEKDAYS[wd2.lower()], ctx.tense_at(m.start()), ctx.p)
    return _Atom(m.start(), m.end(), second - _ONE_DAY, second, "day",
                 f"the night into {wd2.capitalize()}, {how} publication {_iso(ctx.p)}")


def _after_capitalised_word(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos]
    found = re.search(r"([A-Za-z][\w.]*)\s+$", before)
    if not found or not found.group(1)[0].isupper():
        return False
    return not re.search(r"[.!?:\"“]\s*$", before[: found.start()])  # not a sentence start


def _sentence_start(text: str, pos: int) -> bool:
    return re.search(r"(?:^|[.!?:\"“]\s*|\n)$", text[max(0, pos - 3) : pos]) is not None


def _weekday_date(wd: int, rel: str, p: dt.date) -> tuple[dt.date, str]:
    if rel == "past":
        return p - dt.timedelta(days=(p.weekday() - wd) % 7), "the most recent on or before"
    if rel == "future":
        return p + dt.timedelta(days=(wd - p.weekday()) % 7), "the first on or after"
    if rel == "last":
        return p - dt.timedelta(days=(p.weekday() - wd - 1) % 7 + 1), "the most recent before"
    if rel == "next":
        return p + dt.timedelta(days=(wd - p.weekday() - 1) % 7 + 1), "the first after"
    return _week_of(p)[0] + dt.timedelta(days=wd), "the one in the week of"


def _rel_word(rel: str | None, ctx: _Ctx, pos: int) -> str:
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    return {"this past": "last", "this coming": "next", "": ctx.tense_at(pos), "the": ctx.tense_at(pos)}.get(rel, rel)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    name = m.group("wd")
    if not name[0].isupper():
        return None
    rel = _rel_word(m.group("rel"), ctx, m.start())
    day, how = _weekday_date(_WEEKDAYS[name.lower()], rel, ctx.p)
    reason = f"{how} publication {_iso(ctx.p)}" + (f" ({rel} tense)" if rel in ("past", "future") else "")
    return _Atom(m.start(), m.end(), day, day, "day", reason)


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    p = ctx.p
    rel = _rel_word(m.group("rel"), ctx, m.start())
    if rel in ("last", "this", "next"):
        first, last = _unit_range("weekend", rel, p)
        reason = f"the weekend of the week {_REL_WORDS[rel]} publication {_iso(p)}"
        return _Atom(m.start(), m.end(), first, last, "day", reason)
    if rel == "past":
        sunday = p + dt.timedelta(days=6 - p.weekday()) if p.weekday() >= 5 else p - dt.timedelta(days=p.weekday() + 1)
        how = "the most recent weekend up to"
    else:
        sunday = p + dt.timedelta(days=6 - p.weekday())
        how = "the first weekend not over at"
    return _Atom(m.start(), m.end(), sunday - _ONE_DAY, sunday, "day", f"{how} publication {_iso(p)} ({rel})")


def _h_day_of_month(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    """"on the 14th", "on Sunday, the 15th": a day of a month left unnamed, the latest one not after
    publication (past tense) or the first not before it (future), on the weekday named if one is."""
    wd = m.group("wd")
    if wd and not wd[0].isupper():
        return None
    if m.group("mrel"):  # "on the 14th of last month": the month is named relative to publication
        step = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[m.group("mrel").split()[-1].lower()]
        y, mo = _shift_month(ctx.p.year, ctx.p.month, step)
        try:
            d = dt.date(y, mo, int(m.group("day")))
        except ValueError:
            return None
        reason = f"day {d.day} of {m.group('mrel').lower()} month ({calendar.month_name[mo]} {y}; publication {_iso(ctx.p)})"
        return _Atom(m.start(), m.end(), d, d, "day", reason)
    if not wd and not (ctx.whole and not ctx.text[:m.start()].strip()) and not _DAY_OF_MONTH_CUE.search(
            ctx.text, max(0, m.start() - 10), m.start()) and not (
            _DAY_PART_OF.search(ctx.text, max(0, m.start() - 20), m.start())):
        return None  # "the 14th Dalai Lama", "the 20th century": only "on the 14th" and the like are dates
    after = re.match(r"\s*([A-Za-z]+)", ctx.text[m.end():])
    # "which on the 14th brought thousands onto the streets": a past-tense verb after the day dates it, past
    past_verb = bool(after and not wd and _DAY_OF_MONTH_CUE.search(ctx.text, max(0, m.start() - 10), m.start())
                     and _past_verb_word(after.group(1)))
    if after and not past_verb and not re.match(r"\s*[,;:.!?)\u2013\u2014-]", ctx.text[m.end():]) and (
            after.group(1).lower() not in _DAY_OF_MONTH_NEXT or after.group(1)[0].isupper()):
        return None  # "on the 14th floor", "the 15th anniversary"
    p = ctx.p
    day = int(m.group("day"))
    tense = "past" if past_verb else ctx.tense_at(m.start())
    step = 1 if tense == "future" else -1
    months = [_shift_month(p.year, p.month, step * k) for k in range(25)]
    found = []
    for y, mo in months:
        try:
            d = dt.date(y, mo, day)
        except ValueError:
            continue
        if (tense == "future" and d >= p) or (tense != "future" and d <= p):
            found.append(d)
    if not found:
        return None
    pick, what = found[0], f"day {day} of a month"
    if wd:
        weekday = _WEEKDAYS[wd.lower()]
        same = [d for d in found[:13] if d.weekday() == weekday]
        if same:
            pick, what = same[0], f"day {day} of a month that is a {wd.capitalize()}"
    how = "the first on or after" if tense == "future" else "the latest on or before"
    reason = f"{what}: {how} publication {_iso(p)} ({tense} tense)"
    return _Atom(m.start(), m.end(), pick, pick, "day", reason)


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return _MONTHS.get(w) or _MONTH_ABBR[w]


def _h_month(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    name = m.group("mon")
    if not name[0].isupper():
        return None
    p = ctx.p
    month = _month_number(name)
    mod, rel, year, yrel = m.group("mod"), m.group("rel"), m.group("year"), m.group("yrel")
    words = calendar.month_name[month]
    weak = False
    if year:
        y = int(year)
        first, last = _month_range(y, month)
        reason = f"{words} {y}"
    elif yrel:
        y = p.year + {"last": -1, "this": 0, "next": 1}[yrel.lower()]
        first, last = _month_range(y, month)
        reason = f"{words} of {yrel.lower()} year ({y})"
    elif rel:
        rel = rel.lower()
        p_idx = p.year * 12 + p.month - 1
        y = p.year
        if rel == "last":
            y = p.year if month - 1 < p_idx - p.year * 12 else p.year - 1
        elif rel == "next":
            y = p.year if month - 1 > p_idx - p.year * 12 else p.year + 1
        first, last = _month_range(y, month)
        reason = f"{rel} {words} = {words} {y} (publication {_iso(p)})"
    else:
        tense = ctx.tense_at(m.start(), m.end())
        first, last = _yearly(lambda yy: _month_range(yy, month), p, tense)
        reason = f"{words} {first.year}: {_TENSE_RULE[tense].format(p=_iso(p))}"
        weak = not mod
    first, last, note = _apply_mod(mod, first, last, "month", p)
    atom = _Atom(m.start(), m.end(), first, last, "month", reason + note, weak=weak, has_year=bool(year or yrel))
    if not (year or yrel or rel):
        atom.rebuild = lambda yy: _apply_mod(mod, *_month_range(yy, month), "month", p)[:2]
        if m.group("ythat"):
            atom.weak, atom.that_year = False, True
            atom.reason = f"{words} of the year named before it" + note
    return atom


_TENSE_RULE = {
    "past": "the most recent one starting at most two months after publication {p}",
    "future": "the first one not over at publication {p}",
}


def _h_day(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    name = m.group("mon")
    if not name[0].isupper():
        return None
    if m.group("wd") and not m.group("wd")[0].isupper():
        return None
    p = ctx.p
    month = _month_number(name)
    day = int(re.match(r"\d+", m.group("day")).group(0))
    if m.group("year"):
        parsed = _parse_absolute(m.group(0))
        if parsed is None:
            return None
        return _Atom(m.start(), m.end(), parsed, parsed, "day", f"an absolute date, parsed as {_iso(parsed)}")
    make = _safe(lambda yy: (dt.date(yy, month, day),) * 2)
    if make(2024) is None:  # 31 April, 30 February
        return None
    tense = ctx.tense_at(m.start(), m.end())
    found = _yearly(make, p, tense)
    if found is None:
        return None
    reason = f"year {found[0].year}: {_TENSE_RULE[tense].format(p=_iso(p))}"
    return _Atom(m.start(), m.end(), found[0], found[1], "day", reason, has_year=False, rebuild=make)


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    name = m.group("mon")
    if not name[0].isupper():
        return None
    if (m.group("from") or "").lower() == "between" and not re.search(r"\band\b", m.group(0), _FLAGS):
        return None
    p = ctx.p
    month = _month_number(name)
    d1, d2 = (int(re.match(r"\d+", m.group(g)).group(0)) for g in ("d1", "d2"))
    if d2 <= d1:
        return None
    make = _safe(lambda yy: (dt.date(yy, month, d1), dt.date(yy, month, d2)))
    if m.group("year"):
        found = make(int(m.group("year")))
        reason = "days of one month"
    else:
        tense = ctx.tense_at(m.start())
        found = _yearly(make, p, tense)
        reason = f"year chosen as {_TENSE_RULE[tense].format(p=_iso(p))}"
    if found is None:
        return None
    return _Atom(m.start(), m.end(), found[0], found[1], "range", reason, has_year=bool(m.group("year")), rebuild=make)


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return _Atom(m.start(), m.end(), day, day, "day", "an ISO 8601 date")


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    y = int(m.group("year"))
    mod = m.group("mod")
    first, last, note = _apply_mod(mod, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ctx.p)
    return _Atom(m.start(), m.end(), first, last, "year", f"the year {y}{note}", weak=not mod)


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    text = m.group("dec")
    if text.startswith("'"):
        short = int(text[1])
        first = 2000 + short * 10
        if first > ctx.p.year:
            first -= 100
    else:
        first = int(text[:4])
    start, end, note = _apply_mod(m.group("mod"), dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", ctx.p)
    return _Atom(m.start(), m.end(), start, end, "year", f"the decade {first}-{first + 9}{note}")


def _season_range(season: str, year: int) -> tuple[dt.date, dt.date]:
    return _span_months(year, _SEASONS[season], 3)


def _h_season(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    word = m.group("season")
    season = word.lower()
    p = ctx.p
    rel = (m.group("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    year, mod = m.group("year"), m.group("mod")
    if not year and _OF.match(ctx.text, m.end()):
        return None  # "the fall of Kabul"
    if word[0].isupper() and not year and not _sentence_start(ctx.text, m.start("season")):
        return None  # "Arab Spring", "the Summer Olympics"
    months = _SEASONS[season]
    weak = False
    if year:
        y = int(year)
        first, last = _season_range(season, y)
        reason = f"{season} {y} (northern hemisphere, {'December-February' if months == 12 else 'three months'})"
    elif rel in ("this past", "last", "this coming", "next", "this"):
        seasons = [_season_range(season, yy) for yy in range(p.year - 2, p.year + 2)]
        if rel in ("last", "this past"):
            first, last = [s for s in seasons if s[1] < p][-1]
        elif rel in ("next", "this coming"):
            first, last = next(s for s in seasons if s[0] > p)
        else:
            current = [s for s in seasons if s[0] <= p <= s[1]]
            first, last = current[0] if current else _season_range(season, p.year)
        reason = f"{rel} {season} relative to publication {_iso(p)} (northern hemisphere)"
    else:
        tense = ctx.tense_at(m.start())
        first, last = _yearly(lambda yy: _season_range(season, yy), p, tense)
        reason = f"{season} {first.year}: {_TENSE_RULE[tense].format(p=_iso(p))} (northern hemisphere)"
        weak = not mod
    first, last, note = _apply_mod(mod, first, last, "season", p)
    return _Atom(m.start(), m.end(), first, last, "month", reason + note, weak=weak)


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    p = ctx.p
    q, qord, h, hord = m.group("q"), m.group("qord"), m.group("h"), m.group("hord")
    year, yrel = m.group("year"), (m.group("yrel") or "").lower()
    if (q and q[0] != "Q") or (h and h[0] != "H"):
        return None
    if (h or hord) and not (year or yrel):
        return None  # "the second half" of a match
    if q or qord:
        word = (q or qord).lower()
        n = 4 if word in ("final", "last") else int(word[1]) if word.startswith("q") else _ORDINALS[word]
        size, first_month, unit = 3, 3 * (n - 1) + 1, "quarter"
    else:
        n = int(h[1]) if h else _ORDINALS[hord.lower()]
        size, first_month, unit = 6, 6 * (n - 1) + 1, "half"
    if year or yrel:
        y = int(year) if year else p.year + {"last": -1, "next": 1}.get(yrel, 0)
        first, last = _span_months(y, first_month, size)
        reason = f"{unit} {n} of {y}"
    else:
        tense = ctx.tense_at(m.start())
        first, last = _yearly(lambda yy: _span_months(yy, first_month, size), p, tense)
        reason = f"{unit} {n} of {first.year}: {_TENSE_RULE[tense].format(p=_iso(p))}"
    return _Atom(m.start(), m.end(), first, last, "month", reason)


def _h_nth_week(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    name = m.group("mon")
    if not name[0].isupper():
        return None
    p = ctx.p
    month = _month_number(name)
    ordinal = m.group("ord").lower()

    def make(yy: int) -> tuple[dt.date, dt.date]:
        if ordinal in ("last", "final"):
            end = _month_end(yy, month)
            return end - dt.timedelta(days=6), end
        start = dt.date(yy, month, 7 * (_ORDINALS[ordinal] - 1) + 1)
        return start, start + dt.timedelta(days=6)

    if m.group("year"):
        first, last = make(int(m.group("year")))
    else:
        first, last = _yearly(make, p, ctx.tense_at(m.start()))
    reason = f"the {ordinal} seven days of {calendar.month_name[month]} {first.year}"
    return _Atom(m.start(), m.end(), first, last, "week", reason)


class _Renamed:
    """A match whose alternative named groups (``mon2``, ``day2``...) read as the first ones."""

    def __init__(self, m: re.Match[str], names: dict[str, str]) -> None:
        self._m, self._names = m, names

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, str) and self._m.group(name) is None and name in self._names:
            return self._m.group(self._names[name])
        return self._m.group(name)

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _h_day_any(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    return _h_day(_Renamed(m, {"mon": "mon2", "day": "day2", "year": "year2"}), ctx)  # type: ignore[arg-type]


def _h_day_range_any(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    renamed = _Renamed(m, {"mon": "mon2", "d1": "e1", "d2": "e2", "year": "year2"})
    return _h_day_range(renamed, ctx)  # type: ignore[arg-type]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_Handler = Callable[[re.Match[str], _Ctx], "_Atom | None"]

#: Each rule: a pattern, its handler, and words of which the lower-cased text must contain one before
#: the pattern is tried at all (substring tests cost far less than a regex scan).
_RULES: list[tuple[re.Pattern[str], _Handler]] = [
    (_c(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w])"), _h_iso),
    (
        _c(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<mon>{_MONTH_ANY})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
            rf"|(?:the\s+)?(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MONTH_ANY})(?:,?\s+(?P<year2>{_YEAR}))?)(?!\w)"
        ),
        _h_day_any,
    ),
    (
        _c(
            rf"(?:\b(?P<from>from|between)\s+)?(?:\b(?P<mon>{_MONTH_ANY})\s+(?P<d1>{_DAY}){_DAY_SEP}"
            rf"(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?|\b(?P<e1>{_DAY}){_DAY_SEP}(?P<e2>{_DAY})\s+"
            rf"(?:of\s+)?(?P<mon2>{_MONTH_ANY})(?:,?\s+(?P<year2>{_YEAR}))?)(?!\w)"
        ),
        _h_day_range_any,
    ),
    (
        _c(
            rf"(?<!\w){_MOD}(?:(?P<rel>last|this|next)\s+)?\b(?P<mon>{_MONTH_FULL})\b"
            rf"(?:(?:\s+of)?,?\s+(?P<year>{_YEAR})|\s+(?P<yrel>last|this|next)\s+year\b"
            r"|\s+(?:of\s+)?(?P<ythat>that|the\s+same)\s+year\b)?"
        ),
        _h_month,
    ),
    (_c(rf"(?<!\w){_MOD}(?P<year>{_YEAR})"), _h_year),
    (_c(rf"(?<![\w-])(?:the\s+)?{_MOD}(?P<dec>(?:18|19|20)\d0s|'\d0s)\b"), _h_decade),
    (
        _c(rf"(?<!\w){_MOD}(?:(?P<rel>this|last|next)\s+)?\b(?P<unit>week|month|year|quarter|decade)\b(?!-)"),
        _h_relative,
    ),
    (
        _c(
            rf"\b(?:the\s+|this\s+)?(?P<dir>past|last|coming|next|recent|upcoming)\s+(?:(?P<num>{_NUM})\s+)?"
            r"(?P<unit>days?|weeks?|months?|years?|decades?|hours)\b"
        ),
        _h_rolling,
    ),
    (
        _c(rf"\b(?:(?P<more>more\s+than|over)\s+)?(?:(?P<num>{_NUM})\s+)?"
           r"(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+ago\b"),
        _h_ago,
    ),
    (
        _c(
            rf"\b(?:overnight\s+(?:on\s+|from\s+)?|(?:on\s+)?the\s+night\s+of\s+)(?P<wd>{_WEEKDAY})"
            rf"(?:\s+night)?\s+(?:into|to|and)\s+(?P<wd2>{_WEEKDAY})\b"
        ),
        _h_night_span,
    ),
    (
        _c(
            r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier\s+|later\s+)?today"
            r"|tonight|tomorrow|yesterday|overnight|last\s+night|this\s+(?:morning|afternoon|evening)"
            r"|ongoing|currently|at\s+present)\b"
        ),
        _h_dayword,
    ),
    (
        _c(
            rf"\b(?:(?P<rel>last|this\s+past|this\s+coming|this|next)\s+|(?:early|late)\s+)?(?P<wd>{_WEEKDAY})\b"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        _h_weekday,
    ),
    (_c(r"\b(?P<rel>the|this\s+past|this\s+coming|this|last|next)\s+weekend\b"), _h_weekend),
    # "weekend gunfights", "weekend protests": the weekend as a modifier of a plural noun
    (_c(r"(?<![\w'’-])(?P<rel>)weekend(?=\s+(?!(?:is|was|has|as|us|this|plus|its|his)\b)[a-z]+s\b)"), _h_weekend),
    (
        _c(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
           r"(?:\s+of\s+(?P<mrel>last|this|next|the\s+previous|the\s+following)\s+month\b)?"
           rf"(?!\s*(?:of\b|-|\u2013|{_MONTH_ANY}\b))"),
        _h_day_of_month,
    ),
    (
        _c(
            rf"(?<!\w){_MOD}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the)\s+)?"
            r"\b(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?"
        ),
        _h_season,
    ),
    (
        _c(
            r"\b(?:the\s+)?(?:(?P<q>Q[1-4])|(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter"
            r"|(?P<h>H[12])|(?P<hord>first|second)\s+half)\b"
            rf"(?:(?:\s+of)?,?\s+(?P<year>{_YEAR})|\s+of\s+(?P<yrel>this|last|next|the)\s+year\b)?"
        ),
        _h_quarter,
    ),
    (
        _c(
            rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{_MONTH_FULL})\b"
            rf"(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        _h_nth_week,
    ),
]


_DIGITS = tuple("0123456789")
#: Month and weekday names must be capitalised, so their gates are tested on the text as written.
_MONTH_KEYS = tuple(k for m in calendar.month_abbr[1:] for k in (m, m.upper()))
_WEEKDAY_KEYS = tuple(k for d in calendar.day_abbr for k in (d, d.upper()))
_CASED = {_MONTH_KEYS, _WEEKDAY_KEYS}
_GATES: dict[_Handler, tuple[str, ...]] = {
    _h_iso: _DIGITS,
    _h_day_any: _MONTH_KEYS,
    _h_day_range_any: _MONTH_KEYS,
    _h_month: _MONTH_KEYS,
    _h_year: _DIGITS,
    _h_decade: ("0s",),
    _h_relative: ("week", "month", "year", "quarter", "decade"),
    _h_rolling: ("past", "last", "coming", "next", "recent", "upcoming"),
    _h_ago: ("ago",),
    _h_dayword: ("today", "tonight", "tomorrow", "yesterday", "overnight", "night", "morning", "afternoon",
                 "evening", "ongoing", "currently", "present"),
    _h_weekday: _WEEKDAY_KEYS,
    _h_night_span: ("night",),
    _h_weekend: ("weekend",),
    _h_day_of_month: _DIGITS,
    _h_season: ("spring", "summer", "autumn", "fall", "winter"),
    _h_quarter: ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
    _h_nth_week: ("week",),
}  # fmt: skip
_LOW_GATES = tuple(sorted({word for words in _GATES.values() if words not in _CASED for word in words}))
_CASED_GATES = tuple(sorted({word for words in _CASED for word in words}))


def _gate(words: tuple[str, ...], text: str, low: str) -> bool:
    target = text if words in _CASED else low
    return any(word in target for word in words)


@lru_cache(maxsize=4096)
def _parse_absolute(words: str) -> dt.date | None:
    """An absolute day-month-year date, via dateparser (imported on first use)."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    cleaned = re.sub(r"^(?:the\s+)", "", words.strip(), flags=_FLAGS)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


# -------------------------------------------------------------------------------------------- scanning
def _as_date(published: dt.date | dt.datetime | str | None) -> dt.date:
    parsed = parse_published(published)
    if parsed is None:
        raise DateError(
            "A publication date is needed to resolve relative dates such as 'next month'; "
            "pass published=datetime.date(2025, 7, 31) or an ISO string such as '2025-07-31'."
        )
    return parsed


def _candidates(ctx: _Ctx) -> list[_Atom]:
    found: list[_Atom] = []
    low = ctx.text.lower()
    for pattern, handler in _RULES:
        if not _gate(_GATES[handler], ctx.text, low):
            continue
        for m in pattern.finditer(ctx.text):
            atom = handler(m, ctx)
            if atom is not None and atom.end > atom.start:
                found.append(atom)
    chosen: list[_Atom] = []
    for atom in sorted(found, key=lambda a: (a.start - a.end, a.start)):  # longest first
        if all(atom.end <= c.start or atom.start >= c.end for c in chosen):
            chosen.append(atom)
    chosen.sort(key=lambda a: a.start)
    year = None
    for i, atom in enumerate(chosen):
        if atom.that_year and year is not None:
            moved = _with_year(atom, year)
            if moved is not None:
                moved.reason += f" ({year})"
                chosen[i] = moved
        elif atom.has_year and atom.precision in ("month", "year", "day"):
            year = atom.first.year
    return chosen


def _cued(text: str, atom: _Atom) -> bool:
    return _CUE.search(text, max(0, atom.start - 30), atom.start) is not None


def _with_year(atom: _Atom, year: int) -> _Atom | None:
    if atom.rebuild is None:
        return None
    found = atom.rebuild(year)
    if found is None:
        return None
    return _Atom(atom.start, atom.end, found[0], found[1], atom.precision, atom.reason, atom.weak, True, atom.rebuild)


def _join(a: _Atom, b: _Atom) -> tuple[_Atom, _Atom] | None:
    """Give a side without a year the other side's year; ``None`` if the range runs backwards."""
    if not a.has_year and b.has_year:
        moved = _with_year(a, b.first.year)
        if moved is not None and moved.first > b.first:
            moved = _with_year(a, b.first.year - 1)
        a = moved or a
    elif a.has_year and not b.has_year:
        moved = _with_year(b, a.first.year)
        if moved is not None and moved.last < a.first:
            moved = _with_year(b, a.first.year + 1)
        b = moved or b
    elif b.last < a.first and b.rebuild is not None:
        b = _with_year(b, b.first.year + 1) or b
    return (a, b) if a.first <= b.last else None


def _combine(text: str, atoms: list[_Atom], p: dt.date, *, whole: bool) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and (gap := _RANGE_GAP.fullmatch(text, a.end, b.start)):
            opener = _FROM.search(text, max(0, a.start - 12), a.start)
            word = gap.group(0).strip().lower()
            ok = (word != "and" or (opener and opener.group("w").lower() == "between")) and (
                not (a.weak or b.weak) or whole or _cued(text, a)
            )
            joined = _join(a, b) if ok else None
            if joined is not None:
                a, b = joined
                start = opener.start() if opener else a.start
                reason = (
                    f"from the start of '{text[a.start : a.end]}' ({_iso(a.first)})"
                    f" to the end of '{text[b.start : b.end]}' ({_iso(b.last)})"
                )
                out.append(_Atom(start, b.end, a.first, b.last, "range", reason))
                i += 2
                continue
        if a.weak and not whole and not _cued(text, a):
            i += 1
            continue
        since = _SINCE.search(text, max(0, a.start - 12), a.start)
        if since and a.first <= p:
            reason = f"from the start of '{text[a.start:a.end]}' ({_iso(a.first)}) to publication {_iso(p)}"
            out.append(_Atom(since.start(), a.end, a.first, p, "range", reason))
        else:
            out.append(a)
        i += 1
    return out


def _scan(text: str, p: dt.date, tense: str | None, *, whole: bool) -> list[_Atom]:
    if tense not in ("past", "future", None):
        raise DateError(f"Got tense={tense!r}; `tense` must be 'past', 'future' or None (guess per sentence).")
    low = text.lower()
    if not any(word in low for word in _LOW_GATES) and not any(word in text for word in _CASED_GATES):
        return []
    ctx = _Ctx(text, p, tense, whole)
    return _combine(text, _candidates(ctx), p, whole=whole)


def _to_range(text: str, atom: _Atom, offset: int) -> DateRange:
    words = text[atom.start : atom.end]
    return DateRange(
        start=atom.first,
        end=atom.last,
        precision=atom.precision,
        text=words,
        reason=f"'{words}' = {atom.reason}",
        span=(atom.start + offset, atom.end + offset),
    )


# ------------------------------------------------------------------------------------------ public API
def find_dates(
    text: str,
    *,
    published: dt.date | dt.datetime | str,
    offset: int = 0,
    tense: Tense | None = "past",
) -> list[DateRange]:
    """Every date expression in ``text``, resolved against ``published``, in text order.

    ``span`` is the expression's character offsets in ``text`` plus ``offset`` (pass a sentence's start
    offset to get article offsets). ``tense`` chooses between past and future readings of words such as
    ``Friday`` or ``in July`` (see the module docstring); ``None`` guesses it per sentence.

    Example:
        >>> [d.start.isoformat() for d in find_dates("Drills begin next month.", published=dt.date(2025, 7, 31))]
        ['2025-08-01']
    """
    p = _as_date(published)
    out = [_to_range(text, atom, offset) for atom in _scan(text, p, tense, whole=False)]
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.precision != "month" or b.precision != "month" or a.span is None or b.span is None \
                or not re.fullmatch(r"[A-Za-z]+\.?", a.text) or not re.search(r"\b\d{4}$", b.text) \
                or not re.fullmatch(r"\s+(?:and|or|to|through)\s+", text[a.span[1] - offset:b.span[0] - offset]) \
                or a.start.month > b.start.month or a.start.year == b.start.year:
            continue
        # "in May and June 2024": the year named for the second month is the first's too
        start = a.start.replace(year=b.start.year)
        end = dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
        out[k] = DateRange(start=start, end=end, precision="month", text=a.text,
                           reason=f"'{a.text}' = {a.text} {start.year}: the year of '{b.text}' after it",
                           span=a.span)
    return out


def resolve_date(
    expression: str, *, published: dt.date | dt.datetime | str, tense: Tense | None = "past"
) -> DateRange | None:
    """One date expression (``"next month"``, ``"in July"``, ``"2023"``) resolved, or ``None`` if it is not one.

    The whole expression must be a date (a leading ``on``/``in``/``during``... is allowed); a bare month
    name or year counts here, unlike inside running text. ``span`` is relative to ``expression``.
    """
    p = _as_date(published)
    stripped = expression.rstrip(" \t\n,.;:")
    lead = len(stripped) - len(stripped.lstrip())
    prefix = _SKIP_PREFIX.match(stripped, lead)
    begin = prefix.end() if prefix else lead
    atoms = _scan(stripped, p, tense, whole=True)
    if len(atoms) != 1 or atoms[0].end != len(stripped):
        return None
    if atoms[0].start > begin:
        return None
    return _to_range(stripped, atoms[0], 0)


def default_date(published: dt.date | dt.datetime | str) -> DateRange:
    """The date of an event whose sentence has no date words: the publication day."""
    p = _as_date(published)
    return DateRange(start=p, end=p, precision="day", text="", reason="no date words; publication date")


_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|today|tonight|yesterday|tomorrow|now|last|next|this)\b", _FLAGS
)
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\s*$")


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A publication date from a user or a feed: ISO 8601 date/datetime, RFC 2822, or a common form.

    ``None`` and the empty string give ``None``. Accepted: ``2025-07-31``, ``2025-07-31T09:30:00Z``,
    ``Thu, 31 Jul 2025 09:30:00 GMT``, ``July 31, 2025``, ``31 July 2025``, ``31/07/2025``. Raises
    :class:`~geomap.errors.DateError` for anything else (relative words, no day, ambiguous ``03/04/2025``).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError(
            f"Got published={value!r} ({type(value).__name__}); "
            "give a date, a datetime or a string such as '2025-07-31'."
        )
    text = value.strip()
    if not text:
        return None
    example = "an ISO date such as '2025-07-31' (or 'July 31, 2025')"
    for parse in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
        try:
            return parse(text)
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    numeric = _NUMERIC.match(text)
    if numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        year = int(numeric.group(3))
        year += 2000 if year < 100 else 0
        if a <= 12 and b <= 12 and a != b:
            raise DateError(f"Got published={value!r}: day and month are ambiguous; give {example}.")
        day, month = (a, b) if a > 12 else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError as err:
            raise DateError(f"Got published={value!r}, which is not a calendar date; give {example}.") from err
    if _RELATIVE_WORDS.search(text):
        raise DateError(f"Got published={value!r}, a relative date; give an absolute one, {example}.")
    if not re.search(r"\d", text):
        raise DateError(f"Got published={value!r}, which has no day or year; give {example}.")
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        raise DateError(f"Got published={value!r}, which is not a date with day, month and year; give {example}.")
    return parsed.date()
