"""Continent and region adjectives ("European", "Latin American"): the curated table, the build step that
loads it, and the built gazetteer's answers (issue 4)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from geomap.gazetteer.build import _Builder, _Rec
from geomap.gazetteer.names import normalize

CURATED = Path(__file__).resolve().parents[2] / "gazetteer" / "curated"


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (CURATED / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_area_demonyms_name_one_continent_or_curated_region_each_and_no_country():
    header, rows = _rows("area_demonyms.csv")
    assert header == ["demonym", "target", "note"]
    regions = {f["properties"]["id"] for f in
               json.loads((CURATED / "regions.geojson").read_text(encoding="utf-8"))["features"]}
    continents = {f"continent:{c}" for c in
                  ("africa", "antarctica", "asia", "europe", "north-america", "oceania", "south-america")}
    country_forms = {normalize(r["demonym"]) for r in _rows("demonyms.csv")[1]}
    owner: dict[str, str] = {}
    for row in rows:
        word, target = row["demonym"], row["target"]
        assert word and word == word.strip(), row
        assert target in regions | continents, f"{word!r} → unknown target {target!r}"
        assert owner.setdefault(normalize(word), target) == target, f"{word!r} names two places"
        assert normalize(word) not in country_forms, f"{word!r} is already a country's demonym"
    for word, target in {"European": "continent:europe", "Africans": "continent:africa",
                         "Asian": "continent:asia", "North American": "continent:north-america",
                         "Latin American": "region:latin-america", "Middle Eastern": "region:middle-east"}.items():
        assert owner[normalize(word)] == target


def test_build_loads_area_demonyms_as_demonym_names_of_their_target(tmp_path):
    (tmp_path / "area_demonyms.csv").write_text(
        "demonym,target,note\nEuropean,continent:europe,\nMartian,continent:mars,no such record\n", encoding="utf-8")
    b = _Builder(curated_dir=tmp_path, progress=False)
    europe = _Rec(id="continent:europe", name="Europe", kind="continent", lat=48.69, lon=9.14, feature="CONT",
                  source="t")
    europe.add_name("Europe", "primary")
    b.recs[europe.id] = europe
    b.load_area_demonyms()
    assert b.area_demonyms == [("european", "European", "continent:europe")]
    assert europe.names["european"] == ("demonym", "European")
    assert any("continent:mars" in w for w in b.warnings)


def test_built_gazetteer_answers_area_demonyms(gaz):
    assert gaz._has_area_demonyms, "the gazetteer predates area_demonyms.csv: rebuild it (geomap gazetteer build)"
    europe = gaz.area_demonym("Europeans")
    assert europe is not None and europe.id == "continent:europe" and europe.geometry is not None
    latin = gaz.demonym_place("Latin American")
    assert latin is not None and latin.id == "region:latin-america" and latin.geometry is not None
    assert gaz.demonym("European") is None  # demonym() stays ISO3 countries only (event actors)
    assert gaz.demonym_place("Russian").country_iso3 == "RUS"
    assert gaz.area_demonym("Russian") is None and gaz.demonym_place("Brussels") is None
