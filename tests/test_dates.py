"""Tests of geomap.dates: date expressions resolved against a publication date."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from geomap.dates import default_date, find_dates, parse_published, resolve_date
from geomap.errors import DateError, GeomapError
from geomap.model import DateRange

D = dt.date
P = D(2025, 7, 31)  # a Thursday: the seed article's publication date
P_MONDAY = D(2025, 3, 3)
P_JANUARY = D(2025, 1, 15)  # a Wednesday

# expression, expected start, end, precision -- all against P = 2025-07-31 (Thursday)
CASES_P = [
    ("next month", D(2025, 8, 1), D(2025, 8, 31), "month"),
    ("last month", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("this month", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("earlier this month", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("later this month", D(2025, 7, 31), D(2025, 7, 31), "month"),
    ("earlier in the month", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("the end of the month", D(2025, 7, 21), D(2025, 7, 31), "month"),
    ("July last year", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("In July last year", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("in July", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("in September", D(2025, 9, 1), D(2025, 9, 30), "month"),  # two months ahead: still this year
    ("in October", D(2024, 10, 1), D(2024, 10, 31), "month"),  # three ahead: last year's (past tense)
    ("last July", D(2024, 7, 1), D(2024, 7, 31), "month"),
    ("next July", D(2026, 7, 1), D(2026, 7, 31), "month"),
    ("earlier in July", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("early July", D(2025, 7, 1), D(2025, 7, 10), "month"),
    ("mid-July", D(2025, 7, 11), D(2025, 7, 20), "month"),
    ("late August", D(2025, 8, 21), D(2025, 8, 31), "month"),
    ("the end of February 2024", D(2024, 2, 21), D(2024, 2, 29), "month"),
    ("March 2024", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("mid-2024", D(2024, 5, 1), D(2024, 8, 31), "year"),
    ("early 2024", D(2024, 1, 1), D(2024, 4, 30), "year"),
    ("late last year", D(2024, 9, 1), D(2024, 12, 31), "year"),
    ("earlier this year", D(2025, 1, 1), D(2025, 7, 31), "year"),
    ("next week", D(2025, 8, 4), D(2025, 8, 10), "week"),
    ("last week", D(2025, 7, 21), D(2025, 7, 27), "week"),
    ("this week", D(2025, 7, 28), D(2025, 8, 3), "week"),
    ("earlier this week", D(2025, 7, 28), D(2025, 7, 31), "week"),
    ("on Friday", D(2025, 7, 25), D(2025, 7, 25), "day"),
    ("Thursday", D(2025, 7, 31), D(2025, 7, 31), "day"),
    ("last Tuesday", D(2025, 7, 29), D(2025, 7, 29), "day"),
    ("next Tuesday", D(2025, 8, 5), D(2025, 8, 5), "day"),
    ("on Monday night", D(2025, 7, 28), D(2025, 7, 28), "day"),
    ("yesterday", D(2025, 7, 30), D(2025, 7, 30), "day"),
    ("today", D(2025, 7, 31), D(2025, 7, 31), "day"),
    ("tomorrow", D(2025, 8, 1), D(2025, 8, 1), "day"),
    ("overnight", D(2025, 7, 30), D(2025, 7, 31), "day"),
    ("the weekend", D(2025, 7, 26), D(2025, 7, 27), "day"),
    ("next weekend", D(2025, 8, 9), D(2025, 8, 10), "day"),
    ("on March 3", D(2025, 3, 3), D(2025, 3, 3), "day"),
    ("December 25", D(2024, 12, 25), D(2024, 12, 25), "day"),
    ("Dec. 25", D(2024, 12, 25), D(2024, 12, 25), "day"),
    ("March 3, 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("3 March 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("the 3rd of March 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("Monday, March 3, 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("2024-03-03", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("in 2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("this year", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("next year", D(2026, 1, 1), D(2026, 12, 31), "year"),
    ("in recent years", D(2020, 1, 1), D(2025, 7, 31), "year"),
    ("ongoing", D(2025, 7, 31), D(2025, 7, 31), "day"),
    ("currently", D(2025, 7, 31), D(2025, 7, 31), "day"),
    ("since 2022", D(2022, 1, 1), D(2025, 7, 31), "range"),
    ("since February 2022", D(2022, 2, 1), D(2025, 7, 31), "range"),
    ("since February 24, 2022", D(2022, 2, 24), D(2025, 7, 31), "range"),
    ("from March 3 to March 5", D(2025, 3, 3), D(2025, 3, 5), "range"),
    ("between May 1 and May 3", D(2025, 5, 1), D(2025, 5, 3), "range"),
    ("March 3-5", D(2025, 3, 3), D(2025, 3, 5), "range"),
    ("3-5 March 2024", D(2024, 3, 3), D(2024, 3, 5), "range"),
    ("from March 3 to March 5, 2024", D(2024, 3, 3), D(2024, 3, 5), "range"),
    ("between 2020 and 2022", D(2020, 1, 1), D(2022, 12, 31), "range"),
    ("two days ago", D(2025, 7, 29), D(2025, 7, 29), "day"),
    ("three weeks ago", D(2025, 7, 7), D(2025, 7, 13), "week"),
    ("more than three weeks ago", D(2025, 7, 3), D(2025, 7, 10), "week"),
    ("over two days ago", D(2025, 7, 28), D(2025, 7, 29), "day"),
    ("two months ago", D(2025, 5, 1), D(2025, 5, 31), "month"),
    ("a year ago", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("in the coming weeks", D(2025, 7, 31), D(2025, 8, 28), "week"),
    ("in recent weeks", D(2025, 7, 3), D(2025, 7, 31), "week"),
    ("over the past two years", D(2023, 7, 31), D(2025, 7, 31), "year"),
    ("the past 24 hours", D(2025, 7, 30), D(2025, 7, 31), "day"),
    ("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("the late 1990s", D(1997, 1, 1), D(1999, 12, 31), "year"),
    ("the '90s", D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("Q3 2024", D(2024, 7, 1), D(2024, 9, 30), "month"),
    ("the third quarter", D(2025, 7, 1), D(2025, 9, 30), "month"),
    ("the fourth quarter of last year", D(2024, 10, 1), D(2024, 12, 31), "month"),
    ("the first half of 2024", D(2024, 1, 1), D(2024, 6, 30), "month"),
    ("in the spring", D(2025, 3, 1), D(2025, 5, 31), "month"),
    ("in the winter", D(2024, 12, 1), D(2025, 2, 28), "month"),
    ("last summer", D(2024, 6, 1), D(2024, 8, 31), "month"),
    ("the summer of 2024", D(2024, 6, 1), D(2024, 8, 31), "month"),
    ("the last week of July", D(2025, 7, 25), D(2025, 7, 31), "week"),
    # a day of the month left unnamed: the latest one not after publication
    ("on the 14th", D(2025, 7, 14), D(2025, 7, 14), "day"),
    ("on the 31st", D(2025, 7, 31), D(2025, 7, 31), "day"),
    ("on Sunday, the 27th", D(2025, 7, 27), D(2025, 7, 27), "day"),
    ("on Friday the 13th", D(2025, 6, 13), D(2025, 6, 13), "day"),  # the latest 13th that was a Friday
    ("at the weekend", D(2025, 7, 26), D(2025, 7, 27), "day"),
    ("since Monday", D(2025, 7, 28), D(2025, 7, 31), "range"),
    ("late last month", D(2025, 6, 21), D(2025, 6, 30), "month"),
    ("on Sunday night", D(2025, 7, 27), D(2025, 7, 27), "day"),
    # a day of a month named relative to publication
    ("on the 14th of last month", D(2025, 6, 14), D(2025, 6, 14), "day"),
    ("on the 3rd of next month", D(2025, 8, 3), D(2025, 8, 3), "day"),
]

CASES_OTHER = [
    # a Monday: week boundaries
    (P_MONDAY, "last week", D(2025, 2, 24), D(2025, 3, 2), "week"),
    (P_MONDAY, "this week", D(2025, 3, 3), D(2025, 3, 9), "week"),
    (P_MONDAY, "earlier this week", D(2025, 3, 3), D(2025, 3, 3), "week"),
    (P_MONDAY, "on Friday", D(2025, 2, 28), D(2025, 2, 28), "day"),
    (P_MONDAY, "on Monday", D(2025, 3, 3), D(2025, 3, 3), "day"),
    (P_MONDAY, "last Monday", D(2025, 2, 24), D(2025, 2, 24), "day"),
    (P_MONDAY, "next Monday", D(2025, 3, 10), D(2025, 3, 10), "day"),
    (P_MONDAY, "the weekend", D(2025, 3, 1), D(2025, 3, 2), "day"),
    (P_MONDAY, "yesterday", D(2025, 3, 2), D(2025, 3, 2), "day"),
    (P_MONDAY, "last month", D(2025, 2, 1), D(2025, 2, 28), "month"),
    # January: year roll-over
    (P_JANUARY, "last month", D(2024, 12, 1), D(2024, 12, 31), "month"),
    (P_JANUARY, "next month", D(2025, 2, 1), D(2025, 2, 28), "month"),
    (P_JANUARY, "last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    (P_JANUARY, "in December", D(2024, 12, 1), D(2024, 12, 31), "month"),
    (P_JANUARY, "in March", D(2025, 3, 1), D(2025, 3, 31), "month"),
    (P_JANUARY, "in April", D(2024, 4, 1), D(2024, 4, 30), "month"),
    (P_JANUARY, "December 25", D(2024, 12, 25), D(2024, 12, 25), "day"),
    (P_JANUARY, "last week", D(2025, 1, 6), D(2025, 1, 12), "week"),
    (P_JANUARY, "the fourth quarter", D(2024, 10, 1), D(2024, 12, 31), "month"),
    (P_JANUARY, "this winter", D(2024, 12, 1), D(2025, 2, 28), "month"),
    (P_JANUARY, "last summer", D(2024, 6, 1), D(2024, 8, 31), "month"),
    (P_JANUARY, "from December 20 to January 5", D(2024, 12, 20), D(2025, 1, 5), "range"),
    (P_JANUARY, "early next year", D(2026, 1, 1), D(2026, 4, 30), "year"),
    (P_JANUARY, "late last month", D(2024, 12, 21), D(2024, 12, 31), "month"),
]


@pytest.mark.parametrize(("expression", "start", "end", "precision"), CASES_P)
def test_resolve_date_against_seed_publication_date(expression, start, end, precision):
    found = resolve_date(expression, published=P)
    assert found is not None, expression
    assert (found.start, found.end, found.precision) == (start, end, precision)
    assert found.reason.startswith(f"'{found.text}' = ")


@pytest.mark.parametrize(("published", "expression", "start", "end", "precision"), CASES_OTHER)
def test_resolve_date_against_other_publication_dates(published, expression, start, end, precision):
    found = resolve_date(expression, published=published)
    assert found is not None, expression
    assert (found.start, found.end, found.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("expression", "tense", "start", "end"),
    [
        ("on Friday", "future", D(2025, 8, 1), D(2025, 8, 1)),
        ("on Thursday", "future", D(2025, 7, 31), D(2025, 7, 31)),
        ("in June", "past", D(2025, 6, 1), D(2025, 6, 30)),
        ("in June", "future", D(2026, 6, 1), D(2026, 6, 30)),
        ("in July", "future", D(2025, 7, 1), D(2025, 7, 31)),
        ("the weekend", "future", D(2025, 8, 2), D(2025, 8, 3)),
        ("March 3", "future", D(2026, 3, 3), D(2026, 3, 3)),
        ("on the 14th", "future", D(2025, 8, 14), D(2025, 8, 14)),
        ("on the 31st", "future", D(2025, 7, 31), D(2025, 7, 31)),
        # the bare words re-read in the tense of their verb (the pipeline passes "the 14th" alone)
        ("the 14th", "past", D(2025, 7, 14), D(2025, 7, 14)),
        ("the 14th", "future", D(2025, 8, 14), D(2025, 8, 14)),
    ],
)
def test_tense_chooses_past_or_future_reading(expression, tense, start, end):
    found = resolve_date(expression, published=P, tense=tense)
    assert found is not None and (found.start, found.end) == (start, end)


def test_tense_none_guesses_from_the_sentence():
    future = find_dates("Elections will be held in October.", published=P, tense=None)
    assert [(d.start, d.end) for d in future] == [(D(2025, 10, 1), D(2025, 10, 31))]
    reported = find_dates("The ministry said on Friday it will hold drills on Monday.", published=P, tense=None)
    assert [(d.text, d.start) for d in reported] == [("Friday", D(2025, 7, 25)), ("Monday", D(2025, 8, 4))]


@pytest.mark.parametrize(
    "sentence, start",
    [
        ("The envoy is due in Belgrade on Monday.", D(2025, 8, 4)),  # "is due in": an arrival to come
        ("The minister is expected in Kyiv on Friday.", D(2025, 8, 1)),
        ("He is due to arrive on Friday.", D(2025, 8, 1)),
        ("Flights were cancelled due to the storm on Friday.", D(2025, 7, 25)),  # cause, not schedule
        ("The match was delayed due to heavy rain on Friday.", D(2025, 7, 25)),
    ],
)
def test_tense_none_tells_a_schedule_from_a_cause(sentence, start):
    found = find_dates(sentence, published=P, tense=None)
    assert [d.start for d in found] == [start]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a future inside a quotation is the speaker's, not the report's
        ('"We will not allow this to happen again," the minister told reporters after a meeting on Sunday night.',
         [("Sunday night", D(2025, 7, 27))]),
        # "since" looks back whatever the rest of the sentence plans
        ("He said 37 people had been arrested since Saturday and that a curfew would remain until Monday.",
         [("since Saturday", D(2025, 7, 26)), ("Monday", D(2025, 8, 4))]),
        ('"The talks will resume on Monday," he said.', [("Monday", D(2025, 8, 4))]),
        ("Police dispersed weekend protests in the capital.", [("weekend", D(2025, 7, 26))]),
        ("On the 14th, supporters of a candidate blocked the main road.", [("the 14th", D(2025, 7, 14))]),
        ("Traffic stopped shortly after 3 a.m. on Sunday, the 27th.", [("Sunday, the 27th", D(2025, 7, 27))]),
        # a part of the day "of the 12th" is a cue too, and the later full date does not take its place
        ("Rebels burned the depot on the night of the 12th, ahead of the August 3 vote.",
         [("the 12th", D(2025, 7, 12)), ("August 3", D(2025, 8, 3))]),
        ("Gunmen raided the village in the early hours of the 9th.", [("the 9th", D(2025, 7, 9))]),
        # "overnight" is the night before a named morning, or after a named evening; else before publication
        ("Debris was found on Tuesday morning, hours after drones hit the port overnight.",
         [("Tuesday morning", D(2025, 7, 29)), ("overnight", D(2025, 7, 28))]),
        ("The tanker caught fire late on Monday and burned overnight.",
         [("Monday", D(2025, 7, 28)), ("overnight", D(2025, 7, 28))]),
        ("The fire broke out on Tuesday afternoon and spread overnight.",
         [("Tuesday afternoon", D(2025, 7, 29)), ("overnight", D(2025, 7, 29))]),
        ("Shelling continued overnight, officials said.", [("overnight", D(2025, 7, 30))]),
        ("Drones struck the port overnight Monday into Tuesday.", [("overnight Monday into Tuesday", D(2025, 7, 28))]),
        # a past-tense verb right after a bare month dates its clause in the past, whatever else the sentence plans
        ("The fund would repair the dyke at the village, where a storm surge in November flooded dozens of homes.",
         [("November", D(2024, 11, 1))]),
        ("The fund would repair the dyke before the storms in November.", [("November", D(2025, 11, 1))]),
        # a verb in the past with its auxiliary right before a day dates it in the past, whatever else is planned
        ("Ferries were suspended on Sunday, and a new service will start from the northern port.",
         [("Sunday", D(2025, 7, 27))]),
        ("The ferries will be suspended on Sunday.", [("Sunday", D(2025, 8, 3))]),
    ],
)
def test_tense_none_reads_quotations_since_and_days_of_the_month(sentence, expected):
    found = find_dates(sentence, published=P, tense=None)
    assert [(d.text, d.start) for d in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Their office is on the 14th floor.",
        "The 14th Dalai Lama spoke on Friday the 13th anniversary of the accord.",
        "The weekend was quiet.",
        "He spoke on the morning of the 14th floor tour.",
    ],
)
def test_ordinals_and_weekends_that_are_not_dates(sentence):
    texts = [d.text for d in find_dates(sentence, published=P, tense=None)]
    assert not any(t.startswith("the 1") or t == "weekend" for t in texts), texts


def test_reason_explains_the_resolution():
    found = resolve_date("next month", published=P)
    assert found.reason == "'next month' = the month after publication 2025-07-31"


SEED_SENTENCES = [
    (
        "The Chinese military has announced that it would hold an annual naval exercise and conduct a maritime "
        "joint patrol with Russian forces next month.",
        [("next month", D(2025, 8, 1), D(2025, 8, 31), "month")],
    ),
    (
        "In July last year, the two countries’ militaries also held joint exercises in the waters and airspace "
        "adjacent to Zhanjiang, located in south China’s Guangdong Province.",
        [("July last year", D(2024, 7, 1), D(2024, 7, 31), "month")],
    ),
    (
        "Xi told Russia’s Foreign Minister earlier in July that their countries should “strengthen mutual "
        "support” during a meeting in Beijing.",
        [("earlier in July", D(2025, 7, 1), D(2025, 7, 31), "month")],
    ),
    (
        "Japan’s Defense Ministry said in an annual report earlier this month that China’s growing military "
        "cooperation with Russia poses serious security concerns.",
        [("earlier this month", D(2025, 7, 1), D(2025, 7, 31), "month")],
    ),
    (
        "The Joint Sea 2025 drills are due to take place ahead of a planned visit to China by Russian President, "
        "Vladimir Putin beginning late August.",
        [("late August", D(2025, 8, 21), D(2025, 8, 31), "month")],
    ),
    (
        "European leaders asked China again last week to use its influence to pressure Russia to end the war, "
        "now in its fourth year, but there was no sign that Beijing would do so.",
        [("last week", D(2025, 7, 21), D(2025, 7, 27), "week")],
    ),
    (
        "Talks were held from March 3 to March 5 in Geneva, and resumed on Monday night after a pause since "
        "February 2022.",
        [
            ("from March 3 to March 5", D(2025, 3, 3), D(2025, 3, 5), "range"),
            ("Monday night", D(2025, 7, 28), D(2025, 7, 28), "day"),
            ("since February 2022", D(2022, 2, 1), D(2025, 7, 31), "range"),
        ],
    ),
    (
        # "of that year": the year named before it in the sentence, not the one nearest publication
        "The vote in March 2019 was followed by clashes in early April of that year.",
        [
            ("March 2019", D(2019, 3, 1), D(2019, 3, 31), "month"),
            ("early April of that year", D(2019, 4, 1), D(2019, 4, 10), "month"),
        ],
    ),
    (
        "Rebels shelled the town overnight, two days ago and again between May 1 and May 3, in the 1990s style.",
        [
            ("overnight", D(2025, 7, 30), D(2025, 7, 31), "day"),
            ("two days ago", D(2025, 7, 29), D(2025, 7, 29), "day"),
            ("between May 1 and May 3", D(2025, 5, 1), D(2025, 5, 3), "range"),
            ("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "year"),
        ],
    ),
    (
        "In June and August 2023, floods hit the coast.",
        [("June", D(2023, 6, 1), D(2023, 6, 30), "month"), ("August 2023", D(2023, 8, 1), D(2023, 8, 31), "month")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_SENTENCES)
def test_find_dates_in_sentences_gives_words_spans_and_ranges(sentence, expected):
    found = find_dates(sentence, published=P)
    assert [(d.text, d.start, d.end, d.precision) for d in found] == expected
    for date in found:
        assert sentence[date.span[0] : date.span[1]] == date.text


def test_find_dates_shifts_spans_by_offset():
    article = "Intro line.\nTroops arrived yesterday in the north."
    offset = article.index("Troops")
    found = find_dates(article[offset:], published=P, offset=offset)
    assert len(found) == 1
    assert article[found[0].span[0] : found[0].span[1]] == "yesterday"


def test_find_dates_in_seed_article_finds_no_name_years():
    text = open_seed()
    found = find_dates(text, published=P)
    words = [d.text for d in found]
    assert "2025" not in words
    assert {"next month", "July last year", "earlier this month", "late August", "last week", "earlier in July"} <= set(
        words
    )
    for date in found:
        assert text[date.span[0] : date.span[1]] == date.text


def open_seed() -> str:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_a871b5494525aa74.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "sentence",
    [
        "the Joint Sea 2025 exercise",
        "the 80th anniversary of the end of World War II",
        "You may go",
        "troops march on",
        "May I ask a question?",
        "Theresa May spoke to reporters.",
        "The war, now in its fourth year, continues.",
        "Russia’s more than three-year military war",
        "He scored in the Summer Olympics.",
        "The fall of Kabul shocked the world.",
        "Vision 2030 is a plan; so is Expo 2025.",
        "He paid $2025 for 3 tickets.",
        "The last days of the war were grim.",
        "Fridays are market days.",
    ],
)
def test_find_dates_ignores_words_that_are_not_dates(sentence):
    assert find_dates(sentence, published=P) == []


def test_a_year_with_a_cue_is_a_date_but_not_inside_a_name():
    found = find_dates("Vision 2030 aims to diversify the economy by 2030.", published=P)
    assert [(d.text, d.span) for d in found] == [("2030", (45, 49))]


def test_resolve_date_rejects_non_dates_and_partial_matches():
    assert resolve_date("in its fourth year", published=P) is None
    assert resolve_date("the exercise next month near Vladivostok", published=P) is None
    assert resolve_date("February 30", published=P) is None


def test_leap_day_without_a_year_takes_the_nearest_leap_year_or_none():
    assert resolve_date("February 29", published=P).start == D(2024, 2, 29)
    assert resolve_date("February 29", published=D(2027, 7, 31)) is None


def test_default_date_is_the_publication_day():
    assert default_date(P) == DateRange(P, P, "day", text="", reason="no date words; publication date")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-31", P),
        ("2025-07-31T09:30:00Z", P),
        ("2025-07-31 23:59:00+02:00", P),
        ("Thu, 31 Jul 2025 09:30:00 GMT", P),
        ("July 31, 2025", P),
        ("31 July 2025", P),
        ("31/07/2025", P),
        (P, P),
        (dt.datetime(2025, 7, 31, 12, 0), P),
        (None, None),
        ("", None),
    ],
)
def test_parse_published_accepts_common_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "relative"),
        ("2025-13-45", "2025-07-31"),
        ("03/04/2025", "ambiguous"),
        ("July 2025", "2025-07-31"),
        ("banana", "2025-07-31"),
        (20250731, "int"),
    ],
)
def test_parse_published_rejects_bad_values_with_a_helpful_message(value, message):
    with pytest.raises(DateError) as info:
        parse_published(value)
    assert message in str(info.value)
    assert repr(value) in str(info.value)
    assert isinstance(info.value, (GeomapError, ValueError))


def test_find_dates_needs_a_valid_publication_date():
    with pytest.raises(DateError, match="published"):
        find_dates("next month", published=None)
    with pytest.raises(DateError, match="ambiguous"):
        find_dates("next month", published="03/04/2025")
    with pytest.raises(DateError, match="tense"):
        find_dates("next month", published=P, tense="present")


def test_sentences_without_date_words_are_fast():
    sentence = (
        "Defense Ministry Spokesperson Zhang Xiaogang disclosed that the exercise would be held in the air and "
        "seas near the Russian port city of Vladivostok, which lies across the sea from Japan’s west coast."
    )
    assert find_dates(sentence, published=P) == []
    runs = 2000
    began = time.perf_counter()
    for _ in range(runs):
        find_dates(sentence, published=P)
    per_call_ms = (time.perf_counter() - began) * 1000 / runs
    assert per_call_ms < 0.5, per_call_ms


THAT_YEAR_WITHOUT_OF = [
    # "October that year" refers to the year named just before it, not the publication year
    ("A storm hit the coast in March 2023 and kept the bridge closed until October that year.",
     "October that year", dt.date(2023, 10, 1), dt.date(2023, 10, 31)),
    ("The mine was flooded in 2019; it reopened in July the same year.",
     "July the same year", dt.date(2019, 7, 1), dt.date(2019, 7, 31)),
    # negative: "that year" not right after a month is no month of the year before it
    ("Sales fell in October, and that year the firm cut 200 jobs.", "October", dt.date(2025, 10, 1),
     dt.date(2025, 10, 31)),
]


@pytest.mark.parametrize(("sentence", "text", "start", "end"), THAT_YEAR_WITHOUT_OF)
def test_month_that_year_takes_the_year_named_before(sentence, text, start, end):
    found = {d.text: d for d in find_dates(sentence, published=dt.date(2026, 4, 16))}
    assert text in found and (found[text].start, found[text].end) == (start, end)
