"""The user layer: validation, persistence, priority over base entries, import/export, concurrent writers."""

from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path

import pytest
from shapely.geometry import Polygon

from geomap.errors import UserEntryError
from geomap.gazetteer import Gazetteer


def test_user_entry_outranks_base_and_persists(gaz_home: Path):
    g = Gazetteer.open(gaz_home)
    place = g.add_user_place("Paris", lat=10.0, lon=20.0, country="FR", aliases=["Lutece Camp"])
    assert place.id == "user:paris"
    top = g.lookup("Paris")[0]
    assert top.id == "user:paris" and top.raw["name_type"] == "user"
    assert len(g.lookup("Paris")) > 1  # base entries still there, after the user one
    assert (gaz_home / "user" / "entries.geojson").exists()
    again = Gazetteer.open(gaz_home)  # no rebuild: read at open
    assert again.lookup("lutece camp")[0].id == "user:paris"
    assert again.get("user:paris").country_iso3 == "FRA"


def test_user_polygon_is_used_by_reverse_free_queries(gaz_home: Path):
    g = Gazetteer.open(gaz_home)
    poly = Polygon([(1, 1), (2, 1), (2, 2), (1, 2)])
    place = g.add_user_place("Test Box Zone", lat=1.5, lon=1.5, polygon=poly, kind="region")
    assert place.has_area and g.geometry(place.id).equals(poly)
    assert g.get(place.id).kind == "region"
    assert "user:test-box-zone" in [p.id for p in g.within(poly.buffer(0.1))]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "X", "lat": 91, "lon": 0}, "latitude"),
        ({"name": "X", "lat": 0, "lon": 181}, "longitude"),
        ({"name": "  ", "lat": 0, "lon": 0}, "name is empty"),
        ({"name": "X", "lat": 0, "lon": 0, "country": "XQ"}, "country 'XQ' is unknown"),
        ({"name": "X", "lat": 0, "lon": 0, "kind": "planet"}, "kind 'planet'"),
        ({"name": "X", "lat": 0, "lon": 0, "polygon": [(0, 0), (1, 1), (1, 0), (0, 1)]}, "Self-intersection"),
    ],
)
def test_invalid_user_entries_raise_and_change_nothing(gaz_home: Path, kwargs, message):
    g = Gazetteer.open(gaz_home)
    name = kwargs.pop("name")
    with pytest.raises(UserEntryError, match=message):
        g.add_user_place(name, **kwargs)
    assert g.list_places(user_only=True) == []
    assert not (gaz_home / "user" / "entries.geojson").exists()


def test_duplicate_names_existing_entry_and_replace_overwrites(gaz_home: Path):
    g = Gazetteer.open(gaz_home)
    g.add_user_place("Camp Alpha", lat=1, lon=1)
    with pytest.raises(UserEntryError, match=r"'Camp Alpha' \(user:camp-alpha"):
        g.add_user_place("Camp Alpha", lat=2, lon=2)
    assert g.get("user:camp-alpha").lat == 1
    g.add_user_place("Camp Alpha", lat=2, lon=2, replace=True)
    assert g.get("user:camp-alpha").lat == 2
    assert len(g.list_places(user_only=True)) == 1


def test_csv_import_is_all_or_nothing_and_names_the_line(gaz_home: Path, tmp_path: Path):
    g = Gazetteer.open(gaz_home)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon,country\nSite One,10,10,FR\nSite Two,100,10,FR\n", encoding="utf-8")
    with pytest.raises(UserEntryError, match="line 3"):
        g.import_user_places(bad)
    assert g.list_places(user_only=True) == []
    missing = tmp_path / "missing.csv"
    missing.write_text("name,latitude,lon\nA,1,2\n", encoding="utf-8")
    with pytest.raises(UserEntryError, match="line 1: missing column"):
        g.import_user_places(missing)
    good = tmp_path / "good.csv"
    good.write_text("name,lat,lon,kind,country,aliases\nSite One,10,10,landmark,FR,S1|First Site\n"
                    "Site Two,11,11,,,\n", encoding="utf-8")
    added = g.import_user_places(good)
    assert [p.id for p in added] == ["user:site-one", "user:site-two"]
    assert g.lookup("First Site")[0].id == "user:site-one"


def test_geojson_import_and_export_round_trip(gaz_home: Path, tmp_path: Path):
    g = Gazetteer.open(gaz_home)
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Exercise Area Kilo"},
         "geometry": {"type": "Polygon", "coordinates": [[[130, 35], [131, 35], [131, 36], [130, 36], [130, 35]]]}},
        {"type": "Feature", "properties": {"name": "Pier Nine", "country": "JP"},
         "geometry": {"type": "Point", "coordinates": [135.2, 34.6]}},
    ]}
    src = tmp_path / "in.geojson"
    src.write_text(json.dumps(fc), encoding="utf-8")
    added = g.import_user_places(src)
    assert added[0].has_area and added[1].country_iso2 == "JP"
    exported = json.loads(g.export_places("geojson"))
    assert {f["properties"]["name"] for f in exported["features"]} == {"Exercise Area Kilo", "Pier Nine"}
    csv_text = g.export_places("csv")
    assert csv_text.splitlines()[0] == "id,name,lat,lon,kind,country,aliases" and "Pier Nine" in csv_text
    removed = g.remove_user_place("user:pier-nine")
    assert removed.name == "Pier Nine" and not g.lookup("Pier Nine", kinds=("user",))
    with pytest.raises(UserEntryError, match="No user entry"):
        g.remove_user_place("user:pier-nine")


def _add_many(home: str, prefix: str, n: int) -> None:
    g = Gazetteer.open(home)
    for i in range(n):
        g.add_user_place(f"{prefix} {i}", lat=i * 0.1, lon=i * 0.1)


def test_concurrent_adds_from_two_processes_all_survive(gaz_home: Path):
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(str(gaz_home), prefix, 15)) for prefix in ("Alpha", "Bravo")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    names = {p.name for p in Gazetteer.open(gaz_home).list_places(user_only=True)}
    assert len(names) == 30 and "Alpha 14" in names and "Bravo 0" in names
