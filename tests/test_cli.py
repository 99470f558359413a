"""Every CLI command, run in-process, and every bad input the foundation issue names."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli


@pytest.fixture()
def run(tmp_path: Path, gazetteer):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture()
def seed_dir(tmp_path: Path, seed_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    shutil.copy(seed_path, d)
    shutil.copy(seed_path.with_suffix(".json"), d)
    return d


def all_commands():
    out = []
    for name, cmd in cli.commands.items():
        if hasattr(cmd, "commands"):
            out.extend((f"{name} {sub}", c) for sub, c in cmd.commands.items())
        else:
            out.append((name, cmd))
    return out


@pytest.mark.parametrize("name,cmd", all_commands(), ids=[n for n, _ in all_commands()])
def test_every_command_has_help_with_an_example(name, cmd, run):
    result = run(*name.split(), "--help")
    assert result.exit_code == 0
    assert cmd.help and len(cmd.help) > 40
    assert "Example" in result.output, f"`geomap {name} --help` has no example"


def test_map_writes_html_and_store(run, seed_dir, tmp_path):
    out = tmp_path / "out" / "seed.html"
    store = tmp_path / "events.gpkg"
    result = run("map", str(seed_dir), "-o", str(out), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert out.exists() and out.stat().st_size > 10_000
    html = out.read_text(encoding="utf-8")
    assert "Vladivostok" in html and "Zhanjiang" in html
    assert "1 article(s)" in result.output and "event(s)" in result.output
    assert store.exists()


def test_extract_geojson_to_stdout(run, seed_path):
    result = run("extract", str(seed_path), "--format", "geojson")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["type"] == "FeatureCollection"
    props = [f["properties"] for f in data["features"]]
    assert {"event_id", "event_type", "actors", "actor_countries", "date_start", "date_end", "date_precision",
            "date_text", "location_name", "location_id", "geo_precision", "lat", "lon", "sentence", "article_id",
            "published"} <= set(props[0])
    assert any(p["location_name"] == "Vladivostok" for p in props)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_extract_other_formats_to_file(run, seed_path, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = run("extract", str(seed_path), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        assert text.splitlines()[0].startswith("event_id,event_date,date_end,time_precision,event_type")
    else:
        assert all(json.loads(line)["article_id"] for line in text.splitlines())


def test_extract_reads_stdin(run):
    result = run("extract", "-", "--published", "2025-03-03", "--format", "jsonl",
                 input="Protesters rallied in Nairobi on Tuesday against new taxes.\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows and rows[0]["location_name"] == "Nairobi"


def test_geoparse_and_eval_on_a_small_corpus(run, shared_eval, tmp_path):
    corpus = tmp_path / "small.jsonl"
    lines = (shared_eval / "GeoVirus.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = run("geoparse", str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(preds) == 4
    top = preds[0]["toponyms"][0]
    assert {"start", "end", "name", "lat", "lon", "place_id", "geonameid", "kind", "country"} <= set(top)
    text = json.loads(lines[0])["text"]
    assert text[top["start"]:top["end"]] == top["name"]
    result = run("eval", str(corpus))
    assert result.exit_code == 0, result.output
    for word in ("Recognition", "F1", "acc@161", "mean km", "median km", "AUC", "end-to-end"):
        assert word.lower() in result.output.lower()


def test_eval_events_says_when_the_chooser_is_scored_on_its_training_corpus(run, shared_eval, tmp_path):
    corpus = tmp_path / "EventLocation-dev.jsonl"  # the name of the chooser's training corpus
    lines = (shared_eval / "EventLocation-dev.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    learned = run("eval-events", str(corpus))
    assert learned.exit_code == 0, learned.output
    assert "TRAINED ON THIS CORPUS" in learned.output and "held-out" in learned.output
    rules = run("eval-events", str(corpus), "--rules")
    assert rules.exit_code == 0, rules.output
    assert "hand-written rules" in rules.output and "TRAINED" not in rules.output
    other = tmp_path / "mine.jsonl"
    shutil.copy(corpus, other)
    assert "learned chooser, trained on EventLocation-dev.jsonl" in run("eval-events", str(other)).output


def test_ingest_query_render_round_trip(run, seed_dir, tmp_path):
    store = str(tmp_path / "events.gpkg")
    first = run("ingest", str(seed_dir), "--store", store)
    assert first.exit_code == 0, first.output
    assert "added 1" in first.output
    again = run("ingest", str(seed_dir), "--store", store)
    assert "skipped 1" in again.output and "added 0" in again.output
    near = run("query", "--store", store, "--near", "Vladivostok", "--radius", "300km", "--format", "geojson")
    assert near.exit_code == 0, near.output
    features = json.loads(near.output)["features"]
    assert features and all(f["properties"]["location_name"] == "Vladivostok" for f in features)
    region = run("query", "--store", store, "--region", "China", "--format", "geojson")
    assert region.exit_code == 0, region.output
    names = {f["properties"]["location_name"] for f in json.loads(region.output)["features"]}
    assert {"Zhanjiang", "Beijing"} <= names and "Vladivostok" not in names
    csv_out = run("query", "--store", store, "--text", "Zhanjiang", "--format", "csv")
    assert csv_out.exit_code == 0 and csv_out.output.startswith("event_id,")
    table = run("query", "--store", store, "--actor", "RUS", "--since", "2025-08-01")
    assert table.exit_code == 0 and "visit" in table.output
    some = run("query", "--store", store, "--country", "CHN", "--columns", "event_type, date_start", "--format", "csv")
    assert some.exit_code == 0, some.output
    assert some.output.splitlines()[0] == "event_type,date_start" and len(some.output.splitlines()) > 1
    bad = run("query", "--store", store, "--columns", "event_type,colour")
    assert_clean_error(bad, 2, "unknown result column", "colour", "event_id")
    out = tmp_path / "render.html"
    rendered = run("render", "--store", store, "--country", "CHN", "-o", str(out))
    assert rendered.exit_code == 0, rendered.output
    assert out.exists()


def test_gazetteer_commands(run, tmp_path):
    found = run("gazetteer", "search", "western Pacific")
    assert found.exit_code == 0 and "[polygon]" in found.output
    added = run("gazetteer", "add", "Camp Testpoint", "--lat", "43.2", "--lon", "131.9", "--country", "RU",
                "--alias", "Testpoint base")
    assert added.exit_code == 0, added.output
    listed = run("gazetteer", "list", "--user")
    assert "Camp Testpoint" in listed.output
    exported = run("gazetteer", "export", "--format", "csv")
    assert "Camp Testpoint" in exported.output
    place_id = added.output.split()[1]
    removed = run("gazetteer", "remove", place_id)
    assert removed.exit_code == 0, removed.output
    assert "Camp Testpoint" not in run("gazetteer", "list", "--user").output


# -- bad input: one clear line, no traceback, exit 2 for usage and 1 for failure --------------------------
def assert_clean_error(result, code: int, *words: str):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    for word in words:
        assert word.lower() in result.output.lower(), result.output


def test_missing_file(run, tmp_path):
    assert_clean_error(run("extract", str(tmp_path / "nope.txt")), 1, "nope.txt")


def test_binary_file(run, tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert_clean_error(run("extract", str(path)), 1, "utf-8")


def test_non_utf8_file(run, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Troops gathered near Málaga.".encode("latin-1"))
    assert_clean_error(run("extract", str(path)), 1, "utf-8")


def test_empty_article(run, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n\n", encoding="utf-8")
    assert_clean_error(run("extract", str(path)), 1, "empty")


def test_invalid_published_date(run, seed_path):
    assert_clean_error(run("extract", str(seed_path), "--published", "31/31/2025"), 2, "31/31/2025")


def test_unknown_output_format(run, seed_path):
    assert_clean_error(run("extract", str(seed_path), "--format", "xml"), 2, "xml")


def test_unwritable_output_path(run, seed_path, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert_clean_error(run("extract", str(seed_path), "-o", str(blocker / "out.geojson")), 1, "cannot write")


def test_failed_map_write_leaves_previous_file(run, seed_path, tmp_path):
    out = tmp_path / "map.html"
    out.write_text("previous", encoding="utf-8")
    os.chmod(tmp_path, 0o500)
    try:
        result = run("map", str(seed_path), "-o", str(out), "--no-store")
    finally:
        os.chmod(tmp_path, 0o700)
    if os.geteuid() != 0:  # root may write anyway
        assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") in ("previous",) or out.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".map.html")]


@pytest.mark.parametrize("args,words", [
    (["--bbox", "1,2,3"], ["bbox"]),
    (["--radius", "300km"], ["--near"]),
    (["--near", "Vladivostok"], ["--radius"]),
    (["--since", "2025-09-01", "--until", "2025-01-01"], ["since"]),
    (["--region", "Wester Pacifik"], ["unknown region"]),
])
def test_bad_query_filters(run, tmp_path, seed_dir, args, words):
    store = str(tmp_path / "q.gpkg")
    run("ingest", str(seed_dir), "--store", store)
    assert_clean_error(run("query", "--store", store, *args), 2, *words)


def test_query_without_a_store(run, tmp_path):
    assert_clean_error(run("query", "--store", str(tmp_path / "none.gpkg")), 1, "geomap ingest")


def test_query_on_a_file_that_is_not_a_store(run, tmp_path):
    bogus = tmp_path / "bogus.gpkg"
    bogus.write_text("not a database", encoding="utf-8")
    assert_clean_error(run("query", "--store", str(bogus)), 1, "store")


def test_query_grouped_counts_sources(run, seed_path, tmp_path):
    store = str(tmp_path / "g.gpkg")
    copy = tmp_path / "copy.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8") + "\nAnother outlet carried the same report.\n",
                    encoding="utf-8")
    assert run("ingest", str(seed_path), str(copy), "--published", "2025-07-31", "--store", store).exit_code == 0
    rows = json.loads(run("query", "--store", store, "--grouped", "--near", "Vladivostok", "--radius", "50km",
                          "--format", "geojson").output)["features"]
    assert rows and all(f["properties"]["num_sources"] == 2 for f in rows)
