"""Inputs that must not crash the pipeline, with offsets that still point at the right characters."""

from __future__ import annotations

import datetime as dt

from geomap.articles import article_from_text
from geomap.extract import geoparse_texts
from geomap.pipeline import load, process, split_text


def test_split_text_covers_the_text_and_respects_the_limit():
    text = ("Troops massed near Kharkiv. " * 40 + "\n") * 30
    parts = split_text(text, 2_000)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 2_000 for _, p in parts)
    assert all(text[off:off + len(p)] == p for off, p in parts)


def test_long_article_in_parts_keeps_offsets_into_the_whole_text(gazetteer):
    paragraph = "Protesters gathered in Nairobi on Tuesday. Police fired tear gas in Mombasa.\n"
    text = paragraph * 60
    article = article_from_text(text, id="long", published=dt.date(2025, 3, 6))
    _, merged = next(process([article], nlp=load(), chunk_chars=1_000))
    toponyms = merged._.toponyms
    assert len([t for t in toponyms if t.text == "Nairobi"]) == 60
    assert all(text[t.start:t.end] == t.text for t in toponyms)
    events = merged._.events
    assert len({e.event_id for e in events}) == len(events)
    assert all(text[e.trigger_span[0]:e.trigger_span[1]] == e.trigger for e in events)


def test_odd_inputs_do_not_crash_and_offsets_hold(gazetteer):
    texts = [
        "",
        "No places at all are named in this sentence, only ideas.",
        "Control\x00characters\x07 and\x1b[31m escapes near Lagos\x0b and Abuja.",
        "Mixed scripts: 北京 (Beijing), Москва (Moscow) and القاهرة (Cairo) signed a deal.",
        "\n\n   \t",
    ]
    results = list(geoparse_texts(texts))
    assert len(results) == len(texts)
    assert results[0] == [] and results[1] == [] and results[4] == []
    for text, toponyms in zip(texts, results):
        assert all(text[t.start:t.end] == t.text for t in toponyms)
    assert {"Lagos", "Abuja"} <= {t.text for t in results[2]}
    assert {"Beijing", "Moscow", "Cairo"} <= {t.text for t in results[3]}
