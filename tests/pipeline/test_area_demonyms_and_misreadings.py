"""Recognition of continent and region adjectives, and of names the small model misreads as persons, money or
pathogens (issue 4)."""

from __future__ import annotations

import pytest



def _names(nlp, text: str) -> dict[str, object]:
    return {t.text: t for t in nlp(text)._.toponyms}


@pytest.mark.parametrize("text, word, place_id", [
    ("European leaders met in Brussels on Monday.", "European", "continent:europe"),
    ("Ministers discussed the African economy in Addis Ababa.", "African", "continent:africa"),
    ("He is a celebrated Latin American writer.", "Latin American", "region:latin-america"),
])
def test_continent_and_region_adjectives_resolve_to_their_area(geo_nlp, text, word, place_id):
    found = _names(geo_nlp, text)
    assert word in found, sorted(found)
    t = found[word]
    assert t.role == "demonym" and t.place is not None and t.place.id == place_id
    assert t.place.geometry is not None


def test_a_demonym_matched_after_the_article_leaves_the_article_out(geo_nlp):
    found = _names(geo_nlp, "The European Commission said it was providing aid.")
    assert "European" in found and "The European" not in found


def test_a_pathogen_named_after_a_place_is_no_place_anywhere_in_the_text(geo_nlp):
    text = ("The Marburg virus killed two people. Officials said it was an isolated case of imported Marburg. "
            "Monkeys were shipped to Reston, Virginia, where the Reston virus was found.")
    found = [(t.text, t.start) for t in geo_nlp(text)._.toponyms]
    assert not any(name == "Marburg" for name, _ in found), found
    assert ("Reston", text.index("Reston, Virginia")) in found  # given with its state: the place


def test_a_prominent_place_stays_a_place_beside_its_namesake_pathogen(geo_nlp):
    found = [t.text for t in geo_nlp("The Hong Kong virus spread. Hong Kong closed its schools.")._.toponyms]
    assert "Hong Kong" in found


@pytest.mark.parametrize("text, word", [
    ("Tamil Nadu accused the Centre of refusing to act.", "Tamil Nadu"),
    ("The hotel was designed by the prominent Slovak architect Ivan Matusik.", "Slovak"),
    ("The board fined him one million US dollars.", "US"),
    ("In Klamath Falls, Oregon, a brewery heats its tanks with the spring water.", "Klamath Falls"),
])
def test_names_the_model_reads_as_a_person_or_money_are_found(geo_nlp, text, word):
    found = _names(geo_nlp, text)
    assert word in found and found[word].place is not None, sorted(found)


@pytest.mark.parametrize("text, word", [
    ("The Federal Ministry of Health issued a statement.", "Federal"),
    ("She was treated at the Royal Free Hospital.", "Free"),
])
def test_organisation_adjectives_are_no_places(geo_nlp, text, word):
    assert word not in _names(geo_nlp, text)
