"""The day an event takes from the words around it, table-driven: one row a sentence (published 2025-09-18, a
Thursday: Saturday = 13th, Sunday = 14th, Monday = 15th, Tuesday = 16th, Wednesday = 17th), from held-out rounds
47-51: an "in"/"during" phrase's day, a "when" clause on a conjoined verb or on a day, a sentence-opening day, and
"a day after X" counted from the day of the verb it modifies."""

from __future__ import annotations

import datetime as dt

import pytest

DAYS = [
    # ---- during phrase
    # the verb's "during"/"in" phrase noun carries the day, a conjoined verb carries another one
    ("A cargo ship sank off the coast of Crete during a gale on Saturday and was spilling oil, with slicks "
     "reaching the shore on Monday, the coast guard said.", "sank", dt.date(2025, 9, 13)),
    ("A freight train derailed near the border during a blizzard on Saturday and was leaking chemicals, with fumes "
     "drifting over villages on Monday, police said.", "derailed", dt.date(2025, 9, 13)),
    # negative: the verb's own day still beats the day of its phrase's noun
    ("A ferry ran aground on Monday during a storm that had begun on Saturday, officials said.", "ran",
     dt.date(2025, 9, 15)),
    # ---- when conjunct
    # the "when" clause hangs on the second conjunct; it dates the first one too, not the report's day
    ("Three police officers were killed and four injured when their truck hit a roadside bomb in the north on "
     "Saturday, the interior ministry said on Tuesday.", "killed", dt.date(2025, 9, 13)),
    ("Four firefighters were killed and six injured when a burning warehouse collapsed in the capital on "
     "Sunday, the mayor said on Tuesday.", "killed", dt.date(2025, 9, 14)),
    # ---- fronted
    # a fronted day dates an undated event the parse hangs inside the verb's object
    ("Late on Tuesday, riot police cleared a camp that had blocked the main road to the port and detained "
     "twelve people, a police spokesman said.", "detained", dt.date(2025, 9, 16)),
    ("On Monday, troops stormed a compound that gunmen had seized near the border and arrested nine "
     "suspects, the army said.", "arrested", dt.date(2025, 9, 15)),
    # ---- when day
    # the event verb sits under another verb of the "when" clause ("where fuel has been scarce ... blocked")
    ("The unrest began on Sunday, when farmers from villages where fuel has been scarce for more than a month "
     "blocked the main road into the city with tractors.", "blocked", dt.date(2025, 9, 14)),
    # the plain parse: the "when" clause's verb is itself the day's relative clause
    ("The stoppage started on Monday, when dock workers blocked the gates of the container terminal.", "blocked",
     dt.date(2025, 9, 15)),
    # ---- counted from object day
    # the day hangs on the object's prepositional phrase, not on the verb
    ("Police opened an inquiry into the port authority on Wednesday, a day after gunmen killed two guards in "
     "an ambush near the harbour.", "killed", dt.date(2025, 9, 16)),
    # the plain parse: the day hangs on the verb
    ("Troops arrested four men on Wednesday, a day after gunmen killed two guards in an ambush near the harbour.",
     "killed", dt.date(2025, 9, 16)),
    # ---- not counted
    # negative: no "a day after" clause: the ambush is the day named
    ("Gunmen killed two guards in an ambush near the harbour on Wednesday.", "killed", dt.date(2025, 9, 17)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), DAYS)
def test_event_takes_the_day_its_words_give(events_of, text, trigger, day):
    events = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert events and events[0].date.start == day
