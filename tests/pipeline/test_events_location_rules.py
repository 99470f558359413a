"""Where an event happened by the rules (EventExtractor.rule_location), with the real model and gazetteer.

Each test names one location rule of geomap.pipeline.events and fails without it; the sentences are written
for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def where(nlp):
    extractor = nlp.get_pipe("geomap_events")

    def run(text: str, verb: str) -> str | None:
        doc = nlp(text)
        token = next(t for t in doc if t.text == verb)
        top = extractor.rule_location(doc, token)
        return None if top is None else doc.text[top.start:top.end]

    return run


# -- an apposition or a distance names a reference point, not the place --------------------------------
def test_compass_phrase_after_the_place_is_a_reference_point(where):
    # Baghdad (a city) is more specific than Diyala (a province), but it only says where Diyala is
    assert where("A roadside bomb exploded near a police patrol in Diyala province, north of Baghdad, on Sunday.",
                 "exploded") == "Diyala"


def test_apposition_with_a_distance_is_a_reference_point(where):
    assert where("Gunmen killed four people in Bago, a town 75 kilometres northeast of Yangon.", "killed") == "Bago"


# -- verbs whose object is a place, whatever the recogniser called the name -----------------------------
def test_stormed_name_is_the_place_even_when_not_a_toponym(where):
    assert where("Government troops stormed Tal Mahrouq at dawn.", "stormed") == "Tal Mahrouq"


def test_captured_person_is_not_a_place(where):
    assert where("Soldiers captured Ahmed Karim on Monday.", "captured") is None


def test_patrolled_sea_is_the_place(where):
    assert where("Destroyers have been patrolling the South China Sea since March.",
                 "patrolling") == "South China Sea"


# -- other senses give no place ------------------------------------------------------------------------
def test_captured_on_video_is_a_recording_not_a_capture(where):
    assert where("The robbery was captured on video by a shop camera in Leeds.", "captured") is None


# -- where a speaker or official serves is not where the event happened ---------------------------------
def test_place_of_a_source_does_not_locate_the_reported_event(where):
    assert where("A police source in Basra said the protesters marched peacefully.", "marched") is None


def test_place_of_a_victim_still_locates_the_event(where):
    assert where("Soldiers shot dead a rebel commander in Hebron on Saturday.", "shot") == "Hebron"
