"""Events reported by several articles are grouped at ingest, with the same groups in every backend."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_store_postgis import _open, pg_url, schemas  # noqa: F401 - fixtures shared on purpose

from geomap.model import Actor, Article, DateRange, Event, Place
from geomap.store import GROUP_COLUMNS, EventStore, open_store
from geomap.store.base import GroupKey, assign_groups, same_event

D = dt.date
VLADIVOSTOK = Place(id="gn:2013348", name="Vladivostok", kind="city", lat=43.10562, lon=131.87353, country_iso3="RUS")
# Nakhodka is ~85 km from Vladivostok, Artyom ~35 km (great-circle)
NAKHODKA = Place(id="gn:2019528", name="Nakhodka", kind="city", lat=42.8138, lon=132.8735, country_iso3="RUS")
ARTYOM = Place(id="gn:2027667", name="Artyom", kind="city", lat=43.35, lon=132.19, country_iso3="RUS")
DRILLS = DateRange(D(2025, 8, 1), D(2025, 8, 5), "range")


def _ev(eid: str, article: str, *, etype: str = "exercise", place: Place | None = VLADIVOSTOK,
        date: DateRange | None = DRILLS, actors: tuple[tuple[str, str | None], ...] = (("Russian Navy", "RUS"),
        ("China", "CHN"))) -> Event:  # fmt: skip
    return Event(event_id=eid, event_type=etype, trigger="drills", sentence=f"{eid} drills.", article_id=article,
                 actors=[Actor(n, c) for n, c in actors], date=date, place=place, geo_precision=1)  # fmt: skip


def _article(aid: str) -> Article:
    return Article(id=aid, text=f"Article {aid} about naval drills.", published=D(2025, 8, 6))


def _batch() -> list[tuple[Article, list[Event]]]:
    """Four articles: a1, a2 (and a3's first event) report the same exercise; the others differ."""
    return [
        (_article("a1"), [_ev("a1:drill", "a1"), _ev("a1:meet", "a1", etype="meeting")]),
        (_article("a2"), [
            _ev("a2:drill", "a2", place=ARTYOM, date=DateRange(D(2025, 8, 3), D(2025, 8, 3), "day"),
                actors=(("Russia", "RUS"),)),
            _ev("a2:far", "a2", place=NAKHODKA),  # 85 km away: another exercise
            _ev("a2:later", "a2", date=DateRange(D(2025, 9, 1), D(2025, 9, 1), "day")),  # other dates
            _ev("a2:usa", "a2", actors=(("US Navy", "USA"),)),  # other actors
            _ev("a2:meet", "a2", etype="meeting"),  # same as a1:meet
        ]),  # fmt: skip
        (_article("a3"), [_ev("a3:drill", "a3", place=ARTYOM, actors=(("PLA Navy", "CHN"),)),
                          _ev("a3:nodate", "a3", date=None)]),  # fmt: skip
    ]


def _groups(store: EventStore) -> dict[frozenset[str], tuple[int, list[str]]]:
    """{event ids of a group: (num_sources, sources)} from a query result."""
    frame = store.query()
    out: dict[frozenset[str], tuple[int, list[str]]] = {}
    for _, rows in frame.groupby("group_id"):
        assert rows["num_sources"].nunique() == 1 and rows["sources"].nunique() == 1
        out[frozenset(rows["event_id"])] = (int(rows["num_sources"].iloc[0]), json.loads(rows["sources"].iloc[0]))
    return out


EXPECTED = {
    frozenset({"a1:drill", "a2:drill", "a3:drill"}): (3, ["a1", "a2", "a3"]),
    frozenset({"a1:meet", "a2:meet"}): (2, ["a1", "a2"]),
    frozenset({"a2:far"}): (1, ["a2"]),
    frozenset({"a2:later"}): (1, ["a2"]),
    frozenset({"a2:usa"}): (1, ["a2"]),
    frozenset({"a3:nodate"}): (1, ["a3"]),
}


@pytest.fixture(params=["gpkg", "postgis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    if request.param == "gpkg":
        s = open_store(tmp_path / "events.gpkg")
    else:
        url = request.getfixturevalue("pg_url")
        s = _open(url, request.getfixturevalue("schemas")("groups"))
    yield s
    s.close()


def test_same_event_rule() -> None:
    key = GroupKey(1, 1, "exercise", frozenset({"RUS"}), "2025-08-01", "2025-08-05", "gn:1", 43.1, 131.9)
    near = GroupKey(2, 2, "Exercise", frozenset({"RUS", "CHN"}), "2025-08-05", "2025-08-09", "gn:2", 43.4, 131.9)
    assert same_event(key, near)  # 33 km, dates touch on 5 August, case-insensitive type
    same_article = GroupKey(2, 1, "exercise", frozenset({"RUS"}), "2025-08-01", "2025-08-05", "gn:1", 43.1, 131.9)
    assert not same_event(key, same_article)
    far = GroupKey(3, 3, "exercise", frozenset({"RUS"}), "2025-08-01", "2025-08-05", "gn:3", 43.1 + 0.46, 131.9)
    assert not same_event(key, far)  # 51 km north
    same_place = GroupKey(4, 4, "exercise", frozenset(), "2025-08-02", "2025-08-02", "gn:1", 0.0, 0.0)
    assert not same_event(key, same_place)  # actor countries do not overlap (one set empty)
    assert same_event(GroupKey(5, 5, "exercise", frozenset({"RUS"}), "2025-08-02", "2025-08-02", "gn:1", 0.0, 0.0), key)
    nobody = GroupKey(6, 6, "exercise", frozenset(), "2025-08-02", "2025-08-02", None, 43.1, 131.9)
    assert same_event(nobody, GroupKey(7, 7, "exercise", frozenset(), "2025-08-01", "2025-08-02", None, 43.2, 131.9))
    assert not same_event(nobody, GroupKey(7, 7, "exercise", frozenset(), "2025-08-01", "2025-08-01", None, 43.2, 131.9))
    assert not same_event(key, GroupKey(8, 8, "exercise", frozenset({"RUS"}), None, None, "gn:1", 43.1, 131.9))


def test_assign_groups_joins_oldest_group_across_the_antimeridian() -> None:
    keys = [
        GroupKey(10, 1, "patrol", frozenset(), "2025-01-01", "2025-01-01", None, -17.0, 179.9),
        GroupKey(11, 2, "patrol", frozenset(), "2025-01-01", "2025-01-01", None, -17.0, -179.9),  # 21 km east
        GroupKey(12, 2, "patrol", frozenset(), "2025-01-01", "2025-01-01", None, 10.0, 10.0),
    ]
    stored = [(2, GroupKey(5, 3, "patrol", frozenset(), "2025-01-01", "2025-01-01", None, 10.0, 10.1), 3)]
    assert assign_groups(keys, stored) == [10, 10, 3]


def test_store_groups_reports_of_the_same_event(store: EventStore) -> None:
    store.add_articles(_batch())
    frame = store.query()
    assert list(frame.columns[-4:]) == [*GROUP_COLUMNS, "geometry"]
    assert _groups(store) == EXPECTED
    drill = frame.loc[frame["event_id"] == "a1:drill"].iloc[0]
    assert drill["group_id"] == drill.name  # the first report's fid names the group
    # a query returns matching rows only, each with its whole group's sources
    hit = store.query(event_type="meeting")
    assert list(hit["num_sources"]) == [2, 2]
    groups = store.groups(event_type="exercise", until="2025-08-02")
    assert sorted(groups["event_id"]) == ["a1:drill", "a2:far", "a2:usa"]  # undated events never match dates
    assert dict(zip(groups["event_id"], groups["num_events"])) == {"a1:drill": 3, "a2:far": 1, "a2:usa": 1}
    assert len(store.groups()) == len(EXPECTED)


def test_store_groups_across_batches_and_replace(store: EventStore) -> None:
    batch = _batch()
    for item in batch:  # one article per call: later reports join stored groups
        store.add_articles([item])
    assert _groups(store) == EXPECTED
    # a1 now reports something else: its group falls apart, as a2 (RUS) and a3 (CHN) share no actor country
    result = store.add_articles([(_article("a1"), [_ev("a1:riot", "a1", etype="protest")])], replace=True)
    assert result.replaced == ["a1"]
    assert _groups(store) == {
        frozenset({"a2:drill"}): (1, ["a2"]),
        frozenset({"a3:drill"}): (1, ["a3"]),
        frozenset({"a2:meet"}): (1, ["a2"]),
        frozenset({"a2:far"}): (1, ["a2"]),
        frozenset({"a2:later"}): (1, ["a2"]),
        frozenset({"a2:usa"}): (1, ["a2"]),
        frozenset({"a3:nodate"}): (1, ["a3"]),
        frozenset({"a1:riot"}): (1, ["a1"]),
    }
    # and back: a1's drills (now the newest report) join the oldest matching group, a2's
    store.add_articles([batch[0]], replace=True)
    groups = _groups(store)
    assert groups[frozenset({"a2:drill", "a1:drill"})] == (2, ["a2", "a1"])
    assert groups[frozenset({"a3:drill"})] == (1, ["a3"])
    assert groups[frozenset({"a2:meet", "a1:meet"})] == (2, ["a2", "a1"])


def test_store_backends_give_identical_groups(pg_url: str, schemas, tmp_path: Path) -> None:  # noqa: F811
    import numpy as np

    rng = np.random.default_rng(3)
    batch = []
    for a in range(40):  # many nearby, overlapping reports: groups of every size
        events = []
        for i in range(5):
            lat, lon = 43.0 + rng.normal(0, 0.4), 132.0 + rng.normal(0, 0.5)
            place = Place(id=f"p:{rng.integers(0, 30)}", name="P", kind="city", lat=lat, lon=lon)
            day = D(2025, 8, 1) + dt.timedelta(days=int(rng.integers(0, 10)))
            events.append(_ev(f"{a}:{i}", f"art{a}", etype=("exercise", "patrol")[int(rng.integers(0, 2))],
                              place=place, date=DateRange(day, day + dt.timedelta(days=int(rng.integers(0, 3))), "range"),
                              actors=((("RUS", "CHN", "USA")[int(rng.integers(0, 3))],) * 2,)))  # fmt: skip
        batch.append((_article(f"art{a}"), events))
    gpkg = open_store(tmp_path / "g.gpkg")
    pg = _open(pg_url, schemas("same"))
    try:
        for s in (gpkg, pg):
            s.add_articles(batch[:25])
            for item in batch[25:]:
                s.add_articles([item])
            s.add_articles([batch[3], batch[30]], replace=True)
        a, b = _groups(gpkg), _groups(pg)
        assert a == b
        assert max(n for n, _ in a.values()) >= 3 and sum(1 for n, _ in a.values() if n == 1) >= 1
        ga, gb = gpkg.query(), pg.query()
        assert list(ga["group_id"]) == list(gb["group_id"]) and list(ga["num_sources"]) == list(gb["num_sources"])
    finally:
        gpkg.close()
        pg.close()


@pytest.mark.parametrize("lat,lon", [(43.1, 131.9), (-17.0, 179.9), (-17.0, -179.95), (89.8, 10.0), (-89.9, 0.0),
                                     (70.0, 180.0), (0.0, -180.0)])  # fmt: skip
def test_group_search_boxes_equal_radius_boxes(lat: float, lon: float) -> None:
    from geomap.store.base import GROUP_RADIUS_KM, group_search_boxes, radius_boxes

    key = GroupKey(1, 1, "x", frozenset(), "2025-01-01", "2025-01-01", None, lat, lon)
    index, boxes = group_search_boxes([key, key._replace(start=None)])
    assert index.tolist() == [0] * len(boxes)
    expected = sorted(radius_boxes(lat, lon, GROUP_RADIUS_KM))
    assert len(boxes) == len(expected)
    for got, want in zip(sorted(map(tuple, boxes.tolist())), expected):
        assert got == pytest.approx(want)


def test_store_groups_area_events_by_their_point(store: EventStore) -> None:
    import shapely

    sea = Place(id="ne:philippine-sea", name="Philippine Sea", kind="sea", lat=20.0, lon=130.0,
                geometry=shapely.box(120.0, 5.0, 140.0, 35.0))  # fmt: skip
    patrol = DateRange(D(2025, 8, 10), D(2025, 8, 12), "range")
    first = _ev("p1", "p1", etype="patrol", place=sea, date=patrol, actors=(("PLA Navy", "CHN"),))
    first.geo_precision = 3
    store.add_articles([(_article("p1"), [first])])
    second = _ev("p2", "p2", etype="patrol", place=sea, date=patrol, actors=(("China", "CHN"),))
    second.geo_precision = 3
    store.add_articles([(_article("p2"), [second])])
    assert _groups(store) == {frozenset({"p1", "p2"}): (2, ["p1", "p2"])}
    assert store.query(event_type="patrol").geometry.iloc[0].geom_type == "Polygon"


def _groups_by_definition(keys: list[GroupKey], stored: list[tuple[int, GroupKey, int]]) -> list[int]:
    """The grouping rule read literally: every earlier key and stored candidate is tested (quadratic)."""
    groups = [k.fid for k in keys]
    for i, key in enumerate(keys):
        options = [gid for k, cand, gid in stored if k == i and cand.fid < key.fid and same_event(key, cand)]
        options += [groups[j] for j in range(i) if same_event(key, keys[j])]
        if options:
            groups[i] = min(options)
    return groups


@pytest.mark.parametrize("seed", range(6))
def test_assign_groups_follows_the_rule_on_crowded_stories(seed: int) -> None:
    """Many articles reporting a few events at a few places and dates (big groups, chains, near misses on
    type, country, date and distance): the array-first grouping equals the rule applied to every pair."""
    import numpy as np

    rng = np.random.default_rng(seed)
    places = [(43.1, 131.9), (43.35, 132.19), (42.81, 132.87), (43.1, 131.9 + 0.62), (-17.0, 179.95), (-17.0, -179.8)]
    keys, stored = [], []
    for fid in range(100, 700):
        lat, lon = places[rng.integers(len(places))]
        day = int(rng.integers(0, 6))
        keys.append(GroupKey(fid, int(rng.integers(0, 60)), str(rng.choice(["exercise", "Exercise", "patrol"])),
                             frozenset(rng.choice(["RUS", "CHN", "USA"], size=int(rng.integers(0, 3)), replace=False)),
                             f"2025-08-{1 + day:02d}", f"2025-08-{1 + day + int(rng.integers(0, 3)):02d}",
                             f"p{lat},{lon}" if rng.random() < 0.7 else None, lat, lon))  # fmt: skip
    for i in rng.choice(len(keys), 150, replace=False).tolist():  # stored reports: of this event or another
        for _ in range(int(rng.integers(1, 5))):
            like = keys[i] if rng.random() < 0.5 else keys[int(rng.integers(0, len(keys)))]
            stored.append((i, like._replace(fid=int(rng.integers(1, 100)), article=1000), int(rng.integers(1, 100))))
    assert assign_groups(keys, stored) == _groups_by_definition(keys, stored)
