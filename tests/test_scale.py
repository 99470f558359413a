"""The Dask engine (geomap.scale) against the single-process path and the GeoPackage store, on a real corpus:
the seed article, LGL texts as a JSONL shard and as a Parquet file, on a 2-process local cluster."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("dask_geopandas")
pytest.importorskip("distributed")

from geomap.errors import ArticleError, OutputError

SEED_ID = "000_a871b5494525aa74"
N_JSONL, N_PARQUET = 12, 7


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, shared_eval: Path) -> Path:
    """20 articles: the seed (.txt + sidecar), 12 LGL texts in a JSONL shard, 7 more in a Parquet file."""
    import pandas as pd

    lines = (shared_eval / "LGL.jsonl").read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 in texts
    records = [json.loads(line) for line in lines if line.strip()]
    root = tmp_path_factory.mktemp("corpus")
    shutil.copy(seed_path, root / seed_path.name)
    shutil.copy(seed_path.with_suffix(".json"), root / f"{SEED_ID}.json")
    with open(root / "lgl.jsonl", "w", encoding="utf-8") as f:
        for rec in records[:N_JSONL]:
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "published": "2024-03-15"}) + "\n\n")
    texts = [rec["text"] for rec in records[N_JSONL:N_JSONL + N_PARQUET]]
    pd.DataFrame({"text": texts, "published": ["2023-11-02"] * N_PARQUET}).to_parquet(root / "news.parquet")
    return root


@pytest.fixture(scope="module")
def cluster_address(geomap_home: Path):
    """A 2-worker process cluster, started after $GEOMAP_HOME is set so workers use the test gazetteer."""
    import logging

    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)  # fmt: skip
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture(scope="module")
def dataset(corpus: Path, cluster_address: str, tmp_path_factory: pytest.TempPathFactory):
    from geomap.scale import extract_to_dataset

    out = tmp_path_factory.mktemp("ds") / "events.parquet"
    summary = extract_to_dataset([corpus], output=out, scheduler=cluster_address, partition_size=3,
                                 rows_per_file=5)  # fmt: skip
    return out, summary


@pytest.fixture(scope="module")
def reference(corpus: Path, nlp, tmp_path_factory: pytest.TempPathFactory):
    """Single-process events of the same articles, and a GeoPackage store holding them."""
    from geomap.extract import iter_article_events
    from geomap.scale import iter_corpus
    from geomap.store import open_store

    articles = list(iter_corpus([corpus]))
    pairs = list(iter_article_events(articles))
    store = open_store(tmp_path_factory.mktemp("store") / "events.gpkg")
    store.add_articles(pairs)
    yield articles, pairs, store
    store.close()


def test_iter_corpus_reads_txt_and_jsonl_like_read_articles_and_parquet_rows(corpus: Path) -> None:
    from geomap.articles import read_articles
    from geomap.scale import iter_corpus

    ours = list(iter_corpus([corpus]))
    theirs = list(read_articles([corpus / f"{SEED_ID}.txt", corpus / "lgl.jsonl"]))
    key = lambda a: (a.id, a.text, a.published, a.title, a.url, a.source)
    assert [key(a) for a in ours[: len(theirs)]] == [key(a) for a in theirs]
    parquet = ours[len(theirs):]
    assert [a.id for a in parquet] == [f"news:{i}" for i in range(1, N_PARQUET + 1)]
    assert all(a.published.isoformat() == "2023-11-02" and a.text for a in parquet)
    assert len(ours) == 1 + N_JSONL + N_PARQUET


def test_dask_events_equal_single_process_events(dataset, reference) -> None:
    import pandas as pd

    from geomap.scale import query_dataset

    out, summary = dataset
    articles, pairs, _ = reference
    expected = [e.to_feature()["properties"] for _, events in pairs for e in events]
    frame = query_dataset(out)
    assert summary.articles == len(articles) == 20
    assert summary.partitions >= 4 and summary.workers == 2
    assert summary.events == len(expected) == len(frame) > 0
    assert summary.located == sum(1 for _, evs in pairs for e in evs if e.place is not None) > 0
    fields = ("event_id", "event_type", "location_id", "date_start", "date_end", "article_id")
    got = [tuple(None if pd.isna(v) else v for v in row) for row in frame[list(fields)].itertuples(index=False)]
    assert got == [tuple(p[f] for f in fields) for p in expected]


def test_dataset_is_hilbert_partitioned_geoparquet_with_bbox_covering(dataset) -> None:
    import pyarrow.parquet as pq

    out, summary = dataset
    manifest = json.loads((out / "_geomap.json").read_text(encoding="utf-8"))
    parts = [f for f in manifest["files"] if f["name"].startswith("part.")]
    assert len(parts) >= 3 and sum(f["rows"] for f in parts) == summary.located
    assert not [p for p in out.iterdir() if p.name.startswith(".") or p.name == "_work"]
    geo = json.loads(pq.read_schema(out / parts[0]["name"]).metadata[b"geo"])
    assert "covering" in geo["columns"]["geometry"]
    # files are ranges along the Hilbert curve: each file's keys all come after the previous file's
    import geopandas as gpd

    world = (-180.0, -90.0, 180.0, 90.0)
    ranges = []
    for f in parts:
        keys = gpd.read_parquet(out / f["name"]).geometry.hilbert_distance(total_bounds=world, level=16)
        assert keys.is_monotonic_increasing
        ranges.append((keys.min(), keys.max()))
    assert all(a[1] < b[0] for a, b in itertools.pairwise(ranges))


def _queries(pairs) -> list[dict]:
    import shapely

    located = [e for _, evs in pairs for e in evs if e.place is not None and e.place.kind not in ("sea", "region")]
    assert located, "the corpus must give located events"
    lat, lon = located[0].place.lat, located[0].place.lon
    dated = sorted(e.date.start for _, evs in pairs for e in evs if e.date is not None)
    triangle = shapely.Polygon([(lon - 15, lat - 10), (lon + 15, lat - 10), (lon, lat + 12)])
    return [
        {},
        {"bbox": (lon - 5, lat - 5, lon + 5, lat + 5)},
        {"bbox": (170, -60, -170, 60)},  # across the antimeridian
        {"near": (lat, lon), "radius_km": 300},
        {"near": (lat, lon), "radius_km": 3000},
        {"region": triangle},
        {"since": dated[len(dated) // 2]},
        {"since": "2024-01", "until": "2024-06"},
        {"bbox": (-130, 20, -60, 55), "since": "2024"},
        {"country": located[0].place.country_iso3 or "USA"},
        {"text": located[0].trigger},
    ]


def test_query_dataset_answers_equal_the_store(dataset, reference) -> None:
    from geopandas.testing import assert_geodataframe_equal

    from geomap.scale import query_dataset

    out, _ = dataset
    _, pairs, store = reference
    nonempty = 0
    for filters in _queries(pairs):
        ours = query_dataset(out, **filters)
        theirs = store.query(**filters)
        # the store adds its cross-article grouping columns (GROUP_COLUMNS); the dataset has one row per event
        theirs = theirs[[c for c in theirs.columns if c in ours.columns]]
        assert ours["event_id"].tolist() == theirs["event_id"].tolist(), filters
        assert_geodataframe_equal(ours.reset_index(drop=True), theirs.reset_index(drop=True), check_less_precise=True)
        nonempty += bool(len(ours)) and 0 < len(ours) < summary_events(pairs)
    assert nonempty >= 4  # the filters really select


def summary_events(pairs) -> int:
    return sum(len(evs) for _, evs in pairs)


def test_query_dataset_prunes_files_outside_the_box(dataset, reference) -> None:
    from geomap.scale import query_dataset

    out, _ = dataset
    _, pairs, _ = reference
    point = next(e.place for _, evs in pairs for e in evs if e.place is not None and e.place.kind == "city")
    frame = query_dataset(out, bbox=(point.lon - 1, point.lat - 1, point.lon + 1, point.lat + 1))
    assert len(frame) >= 1
    assert frame.attrs["files_read"] < frame.attrs["files_total"]
    assert query_dataset(out, bbox=(-10, -89, 10, -88)).attrs["files_read"] <= 1


def test_missing_input_raises_article_error(tmp_path: Path) -> None:
    from geomap.scale import extract_to_dataset

    with pytest.raises(ArticleError, match="No such file"):
        extract_to_dataset([tmp_path / "nope.jsonl"], output=tmp_path / "out", scheduler="tcp://127.0.0.1:1")
    assert not (tmp_path / "out").exists()


def test_failed_run_leaves_no_dataset_and_existing_output_is_kept(corpus: Path, cluster_address: str,
                                                                   tmp_path: Path) -> None:
    from geomap.scale import extract_to_dataset

    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(corpus / "lgl.jsonl", bad / "a.jsonl")
    (bad / "b.jsonl").write_text('{"text": "Troops moved into Kharkiv on Friday."}\n{"text": 42}\n', encoding="utf-8")
    out = tmp_path / "events.parquet"
    with pytest.raises(ArticleError, match="line 2"):
        extract_to_dataset([bad], output=out, scheduler=cluster_address, partition_size=2)
    assert list(tmp_path.iterdir()) == [bad]  # neither the dataset nor its temporary directory
    out.mkdir()
    with pytest.raises(OutputError, match="already exists"):
        extract_to_dataset([bad], output=out, scheduler=cluster_address)


# -- Dask ingestion into an event store -----------------------------------------------------------------
def _stored_rows(store) -> list[tuple]:
    frame = store.query(columns=["event_id", "event_type", "location_id", "date_start", "date_end", "num_sources"])
    return sorted(tuple(str(v) for v in row) for row in frame.itertuples(index=False))


def test_dask_ingest_into_a_store_equals_single_process_ingest(corpus: Path, cluster_address: str, reference,
                                                                tmp_path: Path) -> None:  # fmt: skip
    from geomap.scale import ingest_on_dask
    from geomap.store import open_store

    articles, pairs, single = reference
    location = str(tmp_path / "dask.gpkg")
    summary = ingest_on_dask([corpus], store=location, scheduler=cluster_address, partition_size=3, batch_size=2)
    assert summary.articles == len(articles) == len(summary.added) and not summary.skipped
    assert summary.events == sum(len(events) for _, events in pairs)
    with open_store(location) as store:
        assert store.article_count() == len(articles)
        assert _stored_rows(store) == _stored_rows(single)  # same events and the same groups
    again = ingest_on_dask([corpus], store=location, scheduler=cluster_address, partition_size=3)
    assert len(again.skipped) == len(articles) and not again.added and again.events == 0
    replaced = ingest_on_dask([corpus / "lgl.jsonl"], store=location, scheduler=cluster_address, replace=True)
    assert len(replaced.replaced) == N_JSONL
    with open_store(location) as store:
        assert _stored_rows(store) == _stored_rows(single)


def test_dask_ingest_cli_writes_dataset_and_store_in_one_pass(corpus: Path, cluster_address: str, reference,
                                                               tmp_path: Path) -> None:  # fmt: skip
    from click.testing import CliRunner

    from geomap.cli import cli
    from geomap.scale import query_dataset
    from geomap.store import open_store

    articles, pairs, _ = reference
    store, out = str(tmp_path / "both.gpkg"), tmp_path / "events.parquet"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(corpus / "lgl.jsonl"), "--engine", "dask", "--scheduler", cluster_address,
                                 "--dataset", str(out), "--store", store, "--partition-size", "4"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"{N_JSONL} article(s) stored in {store}" in result.output
    ids = {a.id for a in articles[1 : 1 + N_JSONL]}  # the JSONL shard's articles
    lgl = {e.event_id for _, events in pairs for e in events if e.article_id in ids}
    assert lgl
    assert set(query_dataset(out)["event_id"]) == lgl
    with open_store(store) as s:
        assert set(s.query(columns=["event_id"])["event_id"]) == lgl
    misuse = runner.invoke(cli, ["ingest", str(corpus), "--dataset", str(tmp_path / "x")])
    assert misuse.exit_code == 2 and "--dataset needs --engine dask" in misuse.output
