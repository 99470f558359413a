"""Recognition filters and resolver evidence added for geoparsing accuracy (issue 4)."""

from __future__ import annotations

import pytest

from geomap.pipeline.resolver import WEIGHTS, ToponymResolver


def _names(nlp, text: str) -> dict[str, object]:
    return {t.text: t for t in nlp(text)._.toponyms}


@pytest.mark.parametrize("text, word", [
    ("Customers of Landmark Bank complained on Friday.", "Bank"),
    ("He spoke to a Police Officer outside the station.", "Officer"),
])
def test_small_town_name_ending_a_longer_name_is_not_a_place(geo_nlp, text, word):
    assert word not in _names(geo_nlp, text)


def test_prominent_place_inside_an_organisation_name_is_kept_as_embedded(geo_nlp):
    found = _names(geo_nlp, "Leaders met at the Shanghai Cooperation Organization summit.")
    assert found["Shanghai"].role == "embedded"
    assert found["Shanghai"].place is not None and found["Shanghai"].place.country_iso2 == "CN"


def test_abbreviation_with_split_period_resolves(geo_nlp):
    found = _names(geo_nlp, "The crash happened in Charleston, W.Va. on Monday.")
    abbr = next(t for name, t in found.items() if name.startswith("W.Va"))
    assert abbr.place is not None and abbr.place.name == "West Virginia"
    assert found["Charleston"].place.admin1 == "West Virginia"


def test_score_is_the_weighted_sum_of_named_features(geo_nlp, gazetteer):
    doc = geo_nlp("Flooding hit Paris, Texas, on Sunday.")
    paris = next(t for t in doc._.toponyms if t.text == "Paris")
    assert paris.place.country_iso2 == "US" and "Texas" in paris.reason
    place = gazetteer.lookup("Paris")[0]
    ctx = {"containers": [], "demonyms": [], "label": "GPE", "text": "Paris", "all_caps": False}
    features, reasons = ToponymResolver._features(place, 0, ctx, {}, {}, None)
    assert set(features) <= set(WEIGHTS)
    assert features["kind_city"] == 1.0 and features["log_pop"] > 6
    assert reasons and "city" in reasons[-1]


# -- fresh-news failures: words of longer names, articles, misread persons ------------------------------------

def test_head_word_of_an_unknown_x_of_y_name_is_not_a_place(geo_nlp):
    found = _names(geo_nlp, "Patrols moved along the Line of Contact overnight, officials said.")
    assert "Line" not in found
    assert not any(t.place is not None and t.text.startswith("Line") for t in found.values())


def test_a_big_city_before_of_is_still_the_city(geo_nlp):
    found = _names(geo_nlp, "The mayor said the resort could become the Nice of Russia.")
    assert "Nice" in found and found["Nice"].place.country_iso2 == "FR"


def test_capitalised_article_that_the_gazetteer_name_has_is_kept(geo_nlp):
    found = _names(geo_nlp, "Negotiators met in The Hague on Friday to settle the dispute.")
    assert "The Hague" in found and found["The Hague"].place.country_iso2 == "NL"


def test_part_of_a_hyphenated_compound_name_is_not_a_place(geo_nlp):
    found = _names(geo_nlp, "Officers met at the Multan-da-Lahore crossing point on Tuesday.")
    assert "Lahore" not in found and "Multan" not in found
    pair = _names(geo_nlp, "Tension rose along the India-Pakistan border on Tuesday.")
    assert "India" in pair and "Pakistan" in pair


def test_compound_detection_needs_a_lower_case_particle(geo_nlp):
    from geomap.pipeline.toponyms import ToponymRecognizer

    doc = geo_nlp.make_doc("at the Foo-da-Bar crossing, a Kashmir-based group and India-Pakistan talks")
    foo = next(i for i, t in enumerate(doc) if t.text == "Foo")
    assert ToponymRecognizer._compound_of(doc[foo:foo + 1]).text == "Foo-da-Bar"
    kashmir = next(i for i, t in enumerate(doc) if t.text == "Kashmir")
    india = next(i for i, t in enumerate(doc) if t.text == "India")
    assert ToponymRecognizer._compound_of(doc[kashmir:kashmir + 1]) is None
    assert ToponymRecognizer._compound_of(doc[india:india + 1]) is None


def test_small_town_naming_a_building_is_embedded_not_literal(geo_nlp):
    doc = geo_nlp("The ceremony took place at the Planalto Palace on Monday.")
    tops = {t.text: t for t in doc._.toponyms}
    assert "Palace" not in tops
    assert all(t.role != "literal" or t.place is None for name, t in tops.items() if "Planalto" in name)


@pytest.mark.parametrize("text, name, iso2", [
    ("Belarus was formally admitted as the bloc's tenth member.", "Belarus", "BY"),
    ("Spanish officials said heavy rain flooded towns south of Valencia on Sunday.", "Valencia", "ES"),
    ("A tanker capsized and sank off Mariveles on Thursday.", "Mariveles", "PH"),
])
def test_place_misread_as_a_person_is_recovered(geo_nlp, text, name, iso2):
    found = _names(geo_nlp, text)
    assert name in found and found[name].role == "literal" and found[name].place.country_iso2 == iso2


def test_word_of_a_longer_person_name_stays_a_person(geo_nlp):
    doc = geo_nlp("Michael Jordan scored 30 points. Jordan said he was tired after the game.")
    assert not any(t.text == "Jordan" and t.role == "literal" for t in doc._.toponyms)


def test_name_followed_by_a_division_noun_is_the_division(geo_nlp):
    found = _names(geo_nlp, "Fishermen in Cavite province reported oil on their nets.")
    assert "Cavite" in found
    assert found["Cavite"].place.kind in ("admin1", "admin2")


# -- places the small model tags as another kind of entity (dev rounds 6-7) -----------------------------------

@pytest.mark.parametrize("text, name, iso2", [
    ("Rebels burned a police truck on the road north of Auki on Tuesday.", "Auki", "SB"),  # tagged PRODUCT
    ("Voting was delayed by storms around Gizo, officials said.", "Gizo", "SB"),  # tagged ORG
    ("The suspects were taken to Takoradi and charged on Monday.", "Takoradi", "GH"),  # tagged PERSON
    ("The tanker left the Russian port of Primorsk on Saturday.", "Primorsk", "RU"),  # tagged PRODUCT
    ("Bogotá said on Monday it would close the border crossing.", "Bogotá", "CO"),  # a capital speaking, PERSON
])
def test_known_place_tagged_as_another_entity_is_recovered(geo_nlp, monkeypatch, text, name, iso2):
    from geomap.pipeline.toponyms import ToponymRecognizer

    found = _names(geo_nlp, text)
    assert name in found and found[name].role == "literal" and found[name].place.country_iso2 == iso2
    monkeypatch.setattr(ToponymRecognizer, "_misread_entity", lambda self, ent, words: None)
    monkeypatch.setattr(ToponymRecognizer, "_speaking_capital", lambda self, span, words: False)
    assert name not in _names(geo_nlp, text)  # without the recovery the model's label wins


def test_a_prominent_place_saying_something_is_a_place(geo_nlp):
    # "Canberra said": a government by its capital (metonymy); the model leaves such a subject untagged at times,
    # and the gazetteer matcher otherwise drops the subject of "said" as someone speaking
    recognizer = geo_nlp.get_pipe("geomap_toponyms")
    doc = geo_nlp("Canberra said on Sunday it would send police officers.")
    assert recognizer._speaking_capital(doc[0:1], set())
    assert not recognizer._speaking_capital(doc[0:1], {"canberra"})  # a word of a person's name in the text
    titled = geo_nlp("Governor Canberra said on Sunday it would send police officers.")
    assert not recognizer._speaking_capital(titled[1:2], set())
    small = geo_nlp("Auki said on Sunday it would send police officers.")
    assert not recognizer._speaking_capital(small[0:1], set())  # a small town: not a known government


@pytest.mark.parametrize("text, name", [
    ("President Jordan said on Monday the talks had failed.", "Jordan"),  # a title before the name
    ("A letter from Johnson arrived on Monday.", "Johnson"),  # "from" of a letter takes a person
    ("Michael Jordan scored 30 points. Jordan said he was tired.", "Jordan"),  # a word of a person's name
])
def test_recovery_leaves_people_alone(geo_nlp, name, text):
    assert not any(t.text == name and t.role == "literal" for t in geo_nlp(text)._.toponyms)


def test_direction_before_a_sea_does_not_make_it_a_division(geo_nlp):
    found = _names(geo_nlp, "Houthi forces fired missiles at a tanker in the southern Red Sea on Monday.")
    sea = next(t for name, t in found.items() if name.endswith("Red Sea"))
    assert sea.place is not None and sea.place.kind == "sea"


def test_a_recovered_name_is_the_place_at_its_other_mentions(geo_nlp, monkeypatch):
    from geomap.pipeline import toponyms as T

    text = ("No one was hurt, and the boat was towed to the port of Kalymnos overnight. "
            "Fishermen from Kalymnos say they have been chased from the waters twice this month.")
    found = [t for t in geo_nlp(text)._.toponyms if t.text == "Kalymnos"]
    assert len(found) == 2 and all(t.role == "literal" and t.place.country_iso2 == "GR" for t in found)
    monkeypatch.setattr(T, "RECOVERABLE_LABELS", frozenset())
    # the model reads a person, twice: only "the port of" still names the first mention a place
    assert [t.start for t in geo_nlp(text)._.toponyms if t.text == "Kalymnos"] == [text.index("Kalymnos")]


# -- generic feature words, facilities named after their place, water bodies (dev rounds 8-9) ------------------

def test_a_bare_generic_feature_word_grows_to_the_gazetteer_name(geo_nlp):
    found = _names(geo_nlp, "Missile lands in Sea of Japan after launch")  # the model tags only "Sea"
    assert "Sea" not in found
    assert found["Sea of Japan"].place is not None and found["Sea of Japan"].place.kind == "sea"


def test_a_bare_generic_feature_word_alone_is_no_place(geo_nlp, gazetteer):
    from geomap.model import Toponym

    text = "The ships sailed into the Sea on Monday."
    doc = geo_nlp(text)
    assert not any(t.text == "Sea" for t in doc._.toponyms)
    assert gazetteer.has_name("Sea")  # a town's alternate name somewhere: the resolver must not take it
    start = text.index("Sea")
    top = Toponym(start=start, end=start + 3, text="Sea", label="LOC", role="literal")
    geo_nlp.get_pipe("geomap_resolver").resolve(doc, [top])
    assert top.place is None


@pytest.mark.parametrize("text, name, country", [
    ("Protesters blocked the roads to Umm Qasr port on Monday.", "Umm Qasr", "IQ"),  # tagged PERSON
    ("The operator of the Porgera gold mine said it had suspended work.", "Porgera", "PG"),  # tagged NORP
    # only another spelling (Sinkassé), before a facility noun
    ("The traders were handed to Togolese officials at the Cinkasse border post on Monday.", "Cinkasse", "TG"),
])
def test_a_place_naming_a_facility_is_a_place(geo_nlp, text, name, country):
    found = _names(geo_nlp, text)
    assert found[name].role == "literal" and found[name].place.country_iso2 == country


def test_a_small_namesake_before_an_air_base_or_airport_is_not_recovered(geo_nlp):
    from geomap.pipeline.toponyms import ToponymRecognizer

    recognizer = geo_nlp.get_pipe("geomap_toponyms")
    doc = geo_nlp("Jets flew from the Porgera air base and the Porgera gold mine.")
    assert isinstance(recognizer, ToponymRecognizer)
    assert not recognizer._before_facility(doc[4:5])  # a village of 1,600 before "air base": maybe a namesake
    assert recognizer._before_facility(doc[9:10])  # before "gold mine": the mine's place


def test_a_water_body_after_a_language_tag_is_found(geo_nlp, monkeypatch):
    from geomap.pipeline import toponyms as T

    text = "The tanker drifted west along the English Channel towards the Atlantic after its engine failed."
    found = _names(geo_nlp, text)  # "English" tagged LANGUAGE
    assert found["English Channel"].place.kind == "sea"
    monkeypatch.setattr(T, "GENERIC_FEATURES", frozenset())
    assert "English Channel" not in _names(geo_nlp, text)


def test_a_strait_of_a_town_is_the_strait_placed_by_the_town(geo_nlp):
    found = _names(geo_nlp, "British patrol boats off London watched the ferries in the Strait of Dover.")
    assert "Dover" not in found
    assert found["Strait of Dover"].place.country_iso2 == "GB"


@pytest.mark.parametrize("text, name, country", [
    ("Ferry crossings to Calais were suspended on Monday.", "Calais", "FR"),  # a motion noun before "to"
    ("Gangs launched an attack on Kenscoff, a hillside town above Port-au-Prince.", "Kenscoff", "HT"),
])
def test_a_person_tagged_place_after_to_or_on_is_kept_when_the_text_says_place(geo_nlp, text, name, country):
    found = _names(geo_nlp, text)
    assert found[name].place.country_iso2 == country


def test_a_person_tagged_name_after_to_stays_a_person_without_such_support(geo_nlp):
    assert "Calais" not in _names(geo_nlp, "The letter to Calais was signed by the mayor.")


def test_an_appositive_of_a_person_is_no_settlement(geo_nlp):
    from geomap.pipeline.toponyms import ToponymRecognizer

    doc = geo_nlp("He sent a letter to Smith, the state governor, on Monday.")
    assert not ToponymRecognizer._place_context(doc[5:6])  # "state" modifies "governor"


def test_small_town_name_starting_a_longer_name_is_embedded(geo_nlp):
    found = _names(geo_nlp, "Soldiers killed two suspected Abu Sayyaf members outside Jolo on Sunday.")
    assert found["Abu"].role == "embedded" and found["Jolo"].role == "literal"
    # a place word after the name leaves it a place
    assert _names(geo_nlp, "Flights resumed at Kabul Airport on Sunday.")["Kabul"].role == "literal"


def test_name_starting_a_longer_name_is_not_where_an_event_is(events_of):
    events = events_of("Soldiers killed two suspected Abu Sayyaf members in the hills on Sunday.")
    assert all(e.place is None for e in events)


def test_lower_case_entity_is_no_place_in_cased_text(geo_nlp):
    found = _names(geo_nlp, "The fire broke out on Tuesday afternoon in woodland north of the town and spread.")
    assert "woodland" not in found
    # lower-case text keeps its lower-case places
    assert "paris" in _names(geo_nlp, "the fire broke out on tuesday in woodland north of paris.")


@pytest.mark.parametrize("name, kind", [("Geneva", "city"), ("Zurich", "city"), ("Texas", "admin1"),
                                        ("Quebec", "admin1")])
def test_division_named_like_its_big_city_is_the_city(geo_nlp, name, kind):
    # Geneva and Zurich are big shares of their cantons; Quebec City is a small share of Quebec
    place = _names(geo_nlp, f"Police fired tear gas in {name} on Monday.")[name].place
    assert place.kind == kind


def test_container_inside_an_organisation_name_is_not_shared(geo_nlp):
    # "China's Taiwan Affairs Office" names an office, not a Taiwan inside China
    doc = geo_nlp("Taiwan protested on Monday. China's Taiwan Affairs Office said in Beijing that the drills were "
                  "routine.")
    first = next(t for t in doc._.toponyms if t.text == "Taiwan")
    assert first.place.kind == "country" and first.place.country_iso3 == "TWN"


def test_demonym_describing_a_vessel_says_nothing_of_the_place(geo_nlp):
    nangan = _names(geo_nlp, "Taiwan's coast guard detained a Chinese dredger off Nangan on Monday.")["Nangan"]
    assert nangan.place.country_iso3 == "TWN"
    # a demonym before a place noun still does
    assert _names(geo_nlp, "Ships docked at the Chinese port of Nangan.")["Nangan"].place.country_iso3 == "CHN"


def test_two_countries_in_a_list_are_items_not_a_town_and_its_country(geo_nlp):
    found = _names(geo_nlp, "Most of those on board came from Guinea, Mali and Sudan, the coast guard said.")
    assert found["Mali"].place.kind == "country" and found["Mali"].place.country_iso3 == "MLI"


def test_arabic_name_with_its_article_in_a_locative_slot_is_a_place(geo_nlp):
    # tagged PERSON by the model, and only an alternate spelling ("Ash Shihr") in the gazetteer
    found = _names(geo_nlp, "Drones struck the al-Dhabba oil export terminal near al-Shihr overnight.")
    assert found["al-Shihr"].place.country_iso3 == "YEM"
    # a person's name is not recovered: "Michael Jordan" ... "Jordan"
    assert "Jordan" not in _names(geo_nlp, "Michael Jordan scored. Jordan then left.")


def test_short_all_caps_organisation_is_not_a_small_town(geo_nlp):
    found = _names(geo_nlp, '"These arrests are the result of work by our partners at the OPP," the chief said.')
    assert "OPP" not in found
    # a prominent place written in capitals stays ("BASRA, Iraq" datelines)
    assert "LIMA" in _names(geo_nlp, "LIMA, Peru, July 2 - Protesters marched on Monday.")


def test_town_said_to_be_in_a_country_is_no_namesake_elsewhere(geo_nlp):
    # the gazetteer knows only a Koya in Japan: "in Iraq" rules it out
    koya = _names(geo_nlp, "Missiles hit a compound near Koya in Iraq's Kurdistan Region on Sunday.")["Koya"]
    assert koya.place is None and "Iraq" in koya.reason
    assert _names(geo_nlp, "Fighting broke out in Paris, France.")["Paris"].place.country_iso3 == "FRA"


def test_a_sentence_initial_article_does_not_make_an_adjective_a_name(geo_nlp):
    # "The Central" would be the two-word name of Central region (Uganda, Ghana ...) and skip the checks that
    # "Central" alone fails
    assert "Central" not in " ".join(_names(geo_nlp, "The Central Election Commission said turnout was 49%."))
    assert "Gambia" in _names(geo_nlp, "The Gambia's president flew to Dakar on Monday.")


def test_a_headline_name_does_not_take_its_line_breaks(geo_nlp):
    doc = geo_nlp("Navy detains trawler off Christmas Island\n\nThe navy said on Monday it had detained a trawler.")
    assert [t.text for t in doc._.toponyms if "Christmas" in t.text] == ["Christmas Island"]


@pytest.mark.parametrize("text, name", [
    ("The court jailed the mayor of Istanbul's Kadikoy district on Thursday.", "Kadikoy"),  # tagged NORP
    ("Families on the slopes in Bududa, Bulambuli and Namisindwa districts were told to leave.", "Bulambuli"),
])
def test_a_name_the_text_calls_a_division_is_recovered_from_another_label(geo_nlp, text, name):
    assert name in _names(geo_nlp, text)


def test_a_name_before_region_reads_as_the_division(geo_nlp):
    found = _names(geo_nlp, "A landslide cut the highway near Puquio, in the neighbouring Ayacucho region, on Sunday.")
    assert found["Ayacucho"].place.kind == "admin1"


def test_a_ship_named_after_its_class_is_no_place(geo_nlp):
    found = _names(geo_nlp, "The French frigate Bretagne and the ferry Kalymnos called at Nuuk on Saturday.")
    assert "Bretagne" not in found and "Kalymnos" not in found and "Nuuk" in found
    # the subject of a clause about the ship is still a place (an actor)
    assert "Iran" in _names(geo_nlp, "Britain released the tanker Iran seized last week.")


def test_a_name_before_a_crossing_is_the_crossing_s_place(geo_nlp):
    # "Terespol" is tagged NORP here; a border crossing is named after its town
    found = _names(geo_nlp, "A suspect was caught at the Terespol crossing as he tried to leave for Belarus.")
    assert "Terespol" in found and found["Terespol"].place.country_iso3 == "POL"


def test_a_dateline_date_ends_at_its_dash(geo_nlp):
    # the tagger reads "April 9 - Kazakhstan" as one date
    assert "Kazakhstan" in _names(geo_nlp, "ASTANA, April 9 - Kazakhstan summoned Ukraine's envoy on Wednesday.")


def test_a_square_named_after_a_town_is_no_mention_of_the_town(geo_nlp):
    found = _names(geo_nlp, "Thousands gathered in Sukhbaatar Square in central Ulaanbaatar on Saturday.")
    assert found["Sukhbaatar"].role == "embedded" and found["Ulaanbaatar"].role == "literal"


def test_a_recogniser_span_that_took_the_next_preposition_is_trimmed_to_the_name(geo_nlp):
    from geomap.pipeline.toponyms import ToponymRecognizer

    doc = geo_nlp("Gunmen raided the town of Mueda in the north.")
    assert ToponymRecognizer._trim(doc[5:7]).text == "Mueda"  # "Mueda in"
    assert ToponymRecognizer._trim(doc[3:7]).text == "town of Mueda"


def test_a_name_tagged_a_place_and_a_person_equally_is_a_place_in_a_place_slot(geo_nlp):
    found = _names(geo_nlp, "Troops entered Gondar on Tuesday. Bahir Dar and Gondar were among the towns worst hit "
                            "by the fighting.")
    assert found["Gondar"].place is not None and found["Gondar"].place.country_iso3 == "ETH"


def test_a_large_city_known_only_by_another_spelling_is_recovered_in_a_place_slot(geo_nlp):
    found = _names(geo_nlp, "Gunmen blocked the main road to Hawassa with burning tyres on Friday.")
    assert found["Hawassa"].place is not None and found["Hawassa"].place.country_iso3 == "ETH"


def test_a_compass_adjective_before_a_name_reads_the_area_not_the_town(geo_nlp):
    found = _names(geo_nlp, "Heavy snow closed roads across central Washington on Tuesday.")
    assert found["Washington"].place.kind == "admin1"
    assert _names(geo_nlp, "Heavy snow closed roads in Washington on Tuesday.")["Washington"].place.kind == "city"


def test_the_town_word_of_a_road_s_name_is_no_mention_of_the_town(geo_nlp):
    found = _names(geo_nlp, "The fire started at a house at 6016 Dublin Road in Baton Rouge on Monday.")
    assert found["Dublin"].role == "embedded"
    assert found["Baton Rouge"].role == "literal"


def test_a_name_owning_a_facility_is_its_place(geo_nlp):
    found = _names(geo_nlp, "A transport plane landed at Pangai's airstrip on Tuesday with water tablets.")
    assert found["Pangai"].place is not None and found["Pangai"].place.country_iso3 == "TON"
    assert "Kennedy" not in _names(geo_nlp, "Kennedy's airport speech was praised.")


def test_a_name_after_between_is_a_place_beside_a_named_place_or_on_a_route(geo_nlp):
    found = _names(geo_nlp, "Troops are taking part in the drill at the training area, between Rovaniemi and "
                            "Kemijärvi and roughly 150 km from the Russian border.")
    assert found["Kemijärvi"].place is not None and found["Kemijärvi"].place.country_iso3 == "FIN"
    found = _names(geo_nlp, "Flooding cut the road between Tampere and Kemijärvi on Monday.")
    assert found["Kemijärvi"].place is not None and found["Tampere"].place is not None
    assert "Smith" not in _names(geo_nlp, "The talks between Smith and Lincoln ended without a deal.")


@pytest.mark.parametrize("text, name, iso3", [
    ("PORT OF SPAIN, May 15 (Reuters) - The court ruled on Thursday. He sat in Port of Spain on Friday.",
     "Port of Spain", "TTO"),
    ("Trinidad and Tobago's High Court ruled on Thursday that the ban was unlawful.", "Trinidad and Tobago", "TTO"),
])
def test_a_name_whose_halves_the_model_tagged_apart_is_one_place(geo_nlp, text, name, iso3):
    found = [t for t in geo_nlp(text)._.toponyms if t.role == "literal"]
    assert {t.text for t in found} >= {name} and not {"Spain", "Trinidad"} & {t.text for t in found}
    assert all(t.place is not None and t.place.country_iso3 == iso3 for t in found if t.text == name)


def test_a_name_the_model_also_tags_a_person_stays_a_place_in_a_place_slot(geo_nlp):
    text = ("SINGAPORE, March 24 (Reuters) - Oil from a collision between a tanker and a container ship in the Strait "
            "of Singapore washed up on beaches on Sentosa island on Monday, forcing the resort island to close its "
            "three main beaches. By Monday afternoon oil had reached Siloso, Palawan and Tanjong beaches on Sentosa.")
    found = _names(geo_nlp, text)
    assert found["Sentosa"].place is not None and found["Sentosa"].place.country_iso3 == "SGP"


def test_a_route_between_two_places_is_no_person_and_its_far_end_is_a_place(geo_nlp):
    text = ("The ferry struck a shoal off the harbour of Supetar on Sunday night. Passengers were treated at the "
            "health centre in Supetar. The company suspended its Split-Supetar line from Sunday night, leaving cars "
            "queuing at the port of Split. It said an extra catamaran would run from Split to Milna, on the "
            "island's west coast.")
    found = _names(geo_nlp, text)
    assert found["Supetar"].place is not None and found["Supetar"].place.country_iso3 == "HRV"
    assert found["Milna"].place is not None and found["Milna"].place.country_iso3 == "HRV"


def test_a_hyphenated_name_split_by_the_tokenizer_is_one_place(geo_nlp):
    found = _names(geo_nlp, "The prefect announced a curfew from Basse-Terre on Friday.")
    assert "Basse" not in found and found["Basse-Terre"].place.country_iso2 == "GP"
    # two names joined by a hyphen stay two names when the whole is no place
    found = _names(geo_nlp, "Flights on the Paris-Berlin route were cancelled.")
    assert "Paris-Berlin" not in found


def test_a_person_tagged_name_the_text_says_is_a_place_is_a_place(geo_nlp):
    # the small model tags "Weno" a person; the apposition says it is an island
    text = "The group had left Weno, the main island of Chuuk state, on Thursday in a small boat."
    assert _names(geo_nlp, text)["Weno"].place.country_iso2 == "FM"
    assert "Weno" not in _names(geo_nlp, "The group had left Weno, their cousin, on Thursday.")


def test_an_aircraft_name_after_its_designation_is_no_place(geo_nlp):
    text = "The Coast Guard sent an HC-130 Hercules aircraft from Hawaii on Saturday."
    found = _names(geo_nlp, text)
    assert "Hercules" not in found and "Hawaii" in found
    assert "Hercules" in _names(geo_nlp, "Flooding closed schools in Hercules, California, on Saturday.")


def test_a_name_cut_before_its_particle_is_the_longer_name(geo_nlp):
    # the small model tags "Mato Grosso" (another state) and leaves out "do Sul"
    found = _names(geo_nlp, "Armed men fired on a camp near Douradina, in Mato Grosso do Sul, on Thursday.")
    assert found["Mato Grosso do Sul"].place.name == "Mato Grosso do Sul"
    # a lower-case word that makes no longer known name stays out
    found = _names(geo_nlp, "Farmers in Mato Grosso on Thursday blocked roads.")
    assert found["Mato Grosso"].place.name == "Mato Grosso"


def test_lakes_and_rivers_are_curated_water_bodies_and_never_the_town_of_their_name(geo_nlp):
    found = _names(geo_nlp, "Dozens drowned when an overloaded boat capsized on Lake Kivu on Monday night.")
    assert found["Lake Kivu"].place.id == "region:lake-kivu"
    found = _names(geo_nlp, "Fighters crossed the Euphrates near Deir ez-Zor on Sunday.")
    assert found["Euphrates"].place.id == "region:euphrates"
    # the long form is the river; the bare name stays the city
    found = _names(geo_nlp, "A drone hit Dnipro on Monday, and barges on the Dnipro River were sunk.")
    assert found["Dnipro"].place.kind == "city" and found["Dnipro River"].place.id == "region:dnieper"


def test_a_dateline_town_after_a_headline_place_is_found(geo_nlp):
    # the small model runs the headline's last name into the line break before the dateline, and tags the
    # dateline's town a common noun
    text = ("Ferry towed back to Devonport after losing power in Bass Strait\n\nHOBART, April 18 (AAP) - A ferry was "
            "towed back to Devonport on Saturday.")
    found = _names(geo_nlp, text)
    assert found["HOBART"].place.name == "Hobart" and found["Bass Strait"].place is not None
    from geomap.pipeline.parsed import entities
    assert all("\n" not in ent.text for ent in entities(geo_nlp(text)))


def test_a_storm_s_name_is_no_place(geo_nlp):
    assert "Typhoon Maemi" not in _names(geo_nlp, "In 2003, Typhoon Maemi knocked down the island's turbines.")
    found = _names(geo_nlp, "Hurricane Georgia hit the coast of Florida on Friday.")
    assert "Georgia" not in found and "Florida" in found
    assert "Georgia" in _names(geo_nlp, "A storm hit Georgia on Friday.")
    # a known place whose name starts with a storm word stays
    assert _names(geo_nlp, "Flooding hit Storm Lake, Iowa, on Friday.")["Storm Lake"].place.name == "Storm Lake"


def test_an_unknown_name_before_an_event_noun_is_the_event_s_name(geo_nlp):
    found = _names(geo_nlp, "US and Philippine forces sank a ship off Zambales, the climax of the annual Balikatan "
                            "exercises.")
    assert "Balikatan" not in found and "Zambales" in found


def test_a_lower_case_direction_does_not_make_another_place_s_name(geo_nlp):
    # "south Georgia" is the south of the state, not South Georgia in the Atlantic; "western Pacific" stays a region
    text = ("Lena weakened to a tropical storm over south Georgia on Friday after landfall in Florida, and "
            "another storm formed in the western Pacific.")
    found = _names(geo_nlp, text)
    assert "Georgia" in found and "south Georgia" not in found
    assert found["western Pacific"].place.kind == "sea"


def test_a_spelling_of_a_town_in_a_long_list_of_places_is_a_place(geo_nlp):
    # tagged PERSON, and only another spelling of Alexandroupoli, at the end of a list of five
    text = "Police raided homes in Thessaloniki, Serres, Kilkis, Komotini and Alexandroupolis, police said."
    assert _names(geo_nlp, text)["Alexandroupolis"].place.country_iso2 == "GR"
    from geomap.pipeline.toponyms import near_spelling
    assert near_spelling("Wad Madani", "Wad Medani") and not near_spelling("Mika", "Mehkar")
