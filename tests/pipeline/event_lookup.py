"""Small lookups over extracted events, shared by the rule tests of tests/pipeline (not a test module)."""

from __future__ import annotations


def by_trigger(events, word):
    """The events whose trigger is ``word`` (any case)."""
    return [e for e in events if e.trigger.lower() == word]


def next_by_trigger(events, trigger):
    """The first event whose trigger is ``trigger`` (any case)."""
    return next(e for e in events if e.trigger.lower() == trigger)


def by_type(events, event_type):
    """The events of ``event_type``."""
    return [e for e in events if e.event_type == event_type]


def event_by_trigger(events, trigger: str):
    """The first event whose trigger is exactly ``trigger``; the assertion lists the events there are."""
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, e.event_type) for e in events]
    return found[0]
