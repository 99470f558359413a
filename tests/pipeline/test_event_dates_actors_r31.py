"""Round-31 date and actor fixes, on sentences of our own (real spaCy model and gazetteer)."""

from __future__ import annotations

import datetime as dt

HEADLINE_SUBJECT = (
    "Protesters shut two copper mines in northern Chile\n\n"
    "ANTOFAGASTA, Chile, March 5 (Reuters) - Truck drivers demanding lower fuel prices shut the two largest "
    "copper mines in northern Chile on Tuesday, while a fire at a warehouse in the port of Antofagasta killed "
    "two workers overnight.\n\n"
    "The mines stayed closed on Wednesday, officials said.")


def test_headline_subject_noun_takes_lede_day_of_its_verb(events_of):
    """A headline's participant noun ("Protesters shut ...") with no event of its kind in the lede: the lede's
    day of the verb it is the subject of (Tuesday), not the publication day."""
    events = events_of(HEADLINE_SUBJECT, published=dt.date(2026, 3, 5))
    protest = next(e for e in events if e.event_type == "protest")
    assert (protest.date.start, protest.date.end) == (dt.date(2026, 3, 3), dt.date(2026, 3, 3))


def test_summons_in_capital_on_the_envoys_phrase(events_of):
    """"summoned X's ambassador to the foreign ministry in <capital>" (the phrase parsed on the object): the
    state of that capital summoned, beside the envoy's state."""
    text = ("Foreign Minister Ana Castro said on Friday she had summoned Chile's ambassador to the foreign "
            "ministry in Lima to explain the remarks.")
    ev = next(e for e in events_of(text) if e.event_type == "diplomatic_summons")
    assert {"PER", "CHL"} <= {a.country for a in ev.actors}
    assert any(a.country == "PER" and a.role == "actor" for a in ev.actors)


def test_town_named_like_a_persons_surname_is_no_country_cue(events_of):
    """A person's surname that is also a town's name ("President Jane Mary Florence", later "Florence" alone)
    gives the person no country of that town."""
    text = ("Kenyan President William Ruto arrived in Lilongwe on Monday evening for a two-day visit and held "
            "talks with President Jane Mary Florence at State House on Tuesday morning.\n\n"
            "Chinese Premier Li Qiang, Ruto and Florence signed a first memorandum on the ferry line in Beijing "
            "in May 2024.\n")
    ev = next(e for e in events_of(text) if e.event_type == "agreement")
    assert "ITA" not in {a.country for a in ev.actors}


def test_during_phrase_of_dated_verb_takes_its_day(events_of):
    """"signed an agreement on Tuesday during a state visit by ...": the visit went on that Tuesday, not on
    the day of publication."""
    text = "Kenya and Malawi signed an agreement on Tuesday during a state visit by Malawian President Peter Banda."
    ev = next(e for e in events_of(text, published=dt.date(2026, 9, 10)) if e.event_type == "visit")
    assert (ev.date.start, ev.date.end) == (dt.date(2026, 9, 8), dt.date(2026, 9, 8))
