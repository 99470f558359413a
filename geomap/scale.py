"""Corpus-scale extraction on Dask: article partitions → ``nlp.pipe`` per worker → a GeoParquet dataset.

>>> summary = extract_to_dataset(["corpus/"], output=Path("outputs/events.parquet"))   # doctest: +SKIP
>>> query_dataset("outputs/events.parquet", bbox=(100, 0, 180, 60), since="2025")     # doctest: +SKIP

Input
-----
``paths`` are ``.txt`` articles (with optional sidecar ``.json``), ``.jsonl`` shards, ``.parquet`` files with a
``text`` column (optional ``id``, ``published``, ``title``, ``url``, ``source``), or directories holding them
(not recursive). The client only plans partitions (counts lines and rows); each worker reads its own slice of
the files, loads the spaCy pipeline and gazetteer once per process (:func:`geomap.pipeline.load` is cached) and
runs ``nlp.pipe`` over its partition. Ids follow :mod:`geomap.articles`: a ``.txt`` file's stem,
``<stem>:<line>`` for JSONL lines and ``<stem>:<row>`` (1-based) for Parquet rows, unless the record has one.

Output
------
A directory (written under a temporary name and renamed when complete, so a killed run leaves no dataset):

- ``part.NNNNN.parquet``: located events, range-partitioned and sorted along a Hilbert curve over the whole
  globe (level 16, the key of ``GeoSeries.hilbert_distance``), so each file covers a compact area;
  GeoParquet 1.1 with a ``bbox`` covering column and row groups of :data:`ROW_GROUP_SIZE` rows;
- ``unlocated.parquet``: events without a place (they match only non-spatial queries);
- ``_geomap.json``: the manifest (files, rows, and each file's extent over geometries *and* representative
  points, so radius queries, which measure to the point, prune correctly).

Columns are the store's query-result columns (:data:`geomap.store.FEATURE_COLUMNS`, list/dict properties as
JSON strings) plus ``is_area`` and ``seq`` (ingest order: article number × 10⁶ + event number), so
:func:`query_dataset` answers exactly as :meth:`geomap.store.EventStore.query` on the same events.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import shutil
import time
import uuid
import warnings
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ArticleError, OutputError, StoreError
from .model import Article, Event
from .pipeline import DEFAULT_MODEL
from .store.base import FEATURE_COLUMNS, JSON_COLUMNS, IngestResult, exact_mask, prefilter_boxes
from .store.postgis import redact_url
from .store.query import EventQuery

if TYPE_CHECKING:
    import geopandas

    from .ingest import IngestSummary

__all__ = [
    "DatasetSummary",
    "extract_to_dataset",
    "ingest_on_dask",
    "query_dataset",
    "iter_corpus",
    "INPUT_SUFFIXES",
    "ROW_GROUP_SIZE",
]

#: File suffixes read as article sources (a directory is read for these).
INPUT_SUFFIXES = (".txt", ".jsonl", ".parquet")
#: Rows per Parquet row group of the output.
ROW_GROUP_SIZE = 50_000
MANIFEST = "_geomap.json"
FORMAT_VERSION = 1
_PARTITIONS_PER_WORKER = 16
_MIN_PARTITION = 10  # articles: below this, per-partition costs (files, scheduling) show
_SEQ_STRIDE = 1_000_000  # seq = article number * stride + event number
_META_FIELDS = ("id", "published", "title", "url", "source")
_SUPPORTED = "a .txt file, a .jsonl shard, a .parquet file with a 'text' column, or a directory holding them"


# -------------------------------------------------------------------------------------------- results
@dataclass(slots=True)
class DatasetSummary:
    """What :func:`extract_to_dataset` did."""

    output: Path
    articles: int = 0
    words: int = 0
    events: int = 0
    located: int = 0
    partitions: int = 0  # input partitions processed
    files: int = 0  # output Parquet files
    workers: int = 0
    seconds: float = 0.0
    store: str | None = None  # the event store written in the same pass, if any
    stored: int = 0  # articles added to or replaced in it

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (
            f"{self.articles} article(s), {self.words} words in {self.seconds:.1f} s "
            f"({self.articles_per_second:.1f} articles/s, {self.words_per_second:.0f} words/s) on {self.workers} "
            f"worker(s), {self.partitions} partition(s)\n"
            f"  {self.events} event(s), {self.located} located, in {self.files} file(s) at {self.output}"
            + (f"\n  {self.stored} article(s) stored in {self.store}" if self.store else "")
        )


# -------------------------------------------------------------------------------------------- planning
@dataclass(slots=True, frozen=True)
class _Segment:
    """A slice of one source file: a whole ``.txt``; JSONL bytes ``[start, stop)`` beginning at line ``line``;
    Parquet rows ``[start, stop)``."""

    kind: str
    path: str
    start: int = 0
    stop: int = 0
    line: int = 0


@dataclass(slots=True, frozen=True)
class _Partition:
    index: int
    first_article: int  # global article number of the partition's first article
    segments: tuple[_Segment, ...]


@dataclass(slots=True)
class _Source:
    kind: str
    path: str
    count: int
    offsets: array = field(default_factory=lambda: array("q"))  # JSONL: byte offset of each non-blank line
    lines: array = field(default_factory=lambda: array("q"))  # JSONL: its 1-based line number
    size: int = 0


def _source_files(paths: Iterable[str | Path] | str | Path) -> list[tuple[str, Path]]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    sources = [str(p) for p in paths]
    if not sources:
        raise ArticleError(f"No input given: pass {_SUPPORTED}.")
    files: list[tuple[str, Path]] = []
    for source in sources:
        if source == "-":
            raise ArticleError(
                "The Dask engine cannot read stdin ('-'), since workers read their own partitions: save the "
                "articles to a .jsonl file and pass its path."
            )
        path = Path(source).expanduser()
        if not path.exists():
            raise ArticleError(f"No such file or directory: {source}. Check the path.")
        if path.is_dir():
            found = sorted(f for f in path.iterdir() if f.suffix.lower() in INPUT_SUFFIXES and f.is_file()
                           and not f.name.startswith("."))  # fmt: skip
            if not found:
                raise ArticleError(
                    f"The directory {source} holds no articles: put .txt, .jsonl or .parquet files in it."
                )
            files += [(f.suffix.lower()[1:], f) for f in found]
        elif path.suffix.lower() in INPUT_SUFFIXES:
            files.append((path.suffix.lower()[1:], path))
        else:
            raise ArticleError(
                f"Unsupported file type {path.suffix or '(no extension)'!r} for {source}: pass {_SUPPORTED}."
            )
    return files


def _scan(kind: str, path: Path) -> _Source:
    if kind == "txt":
        return _Source("txt", str(path), 1)
    if kind == "jsonl":
        src = _Source("jsonl", str(path), 0)
        try:
            with open(path, "rb") as f:
                offset = 0
                for lineno, line in enumerate(f, start=1):
                    if line.strip():
                        src.offsets.append(offset)
                        src.lines.append(lineno)
                    offset += len(line)
        except OSError as err:
            raise ArticleError(f"Cannot read {path}: {err.strerror or err}. Check the file and try again.") from err
        src.size = offset
        src.count = len(src.offsets)
        if not src.count:
            raise ArticleError(f"{path} holds no articles (only blank lines): add one JSON object a line.")
        return src
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises ArrowInvalid / OSError for non-Parquet files
        raise ArticleError(f"Cannot read {path} as Parquet ({err}): pass a Parquet file with a 'text' column.") from err
    if "text" not in meta.schema_arrow.names:
        raise ArticleError(
            f"{path} has no 'text' column (columns: {', '.join(meta.schema_arrow.names)}): geomap reads the "
            "article text from a column named 'text'; rename yours."
        )
    return _Source("parquet", str(path), meta.metadata.num_rows)


def _plan(paths: Iterable[str | Path] | str | Path, *, partition_size: int, n_workers: int) -> list[_Partition]:
    """Partitions of at most ``partition_size`` articles, and smaller (down to :data:`_MIN_PARTITION`) when that
    gives each worker :data:`_PARTITIONS_PER_WORKER`: workers take partitions as they finish one, so small
    partitions leave little idle time at the end of the run."""
    if partition_size < 1:
        raise ArticleError(f"partition_size must be at least 1 article, got {partition_size}.")
    sources = [_scan(kind, path) for kind, path in _source_files(paths)]
    total = sum(s.count for s in sources)
    balanced = max(min(partition_size, _MIN_PARTITION), math.ceil(total / (_PARTITIONS_PER_WORKER * max(1, n_workers))))
    size = max(1, min(partition_size, balanced))
    partitions: list[_Partition] = []
    current: list[_Segment] = []
    filled = 0
    first = 0

    def close() -> None:
        nonlocal current, filled, first
        if current:
            partitions.append(_Partition(len(partitions), first, tuple(current)))
            first += filled
        current, filled = [], 0

    for src in sources:
        done = 0
        while done < src.count:
            take = min(size - filled, src.count - done)
            if src.kind == "txt":
                current.append(_Segment("txt", src.path))
            elif src.kind == "jsonl":
                stop = src.offsets[done + take] if done + take < src.count else src.size
                current.append(_Segment("jsonl", src.path, src.offsets[done], stop, src.lines[done]))
            else:
                current.append(_Segment("parquet", src.path, done, done + take))
            done += take
            filled += take
            if filled == size:
                close()
    close()
    return partitions


# -------------------------------------------------------------------------------------------- reading
def iter_corpus(paths: Iterable[str | Path] | str | Path, *,
                published: str | dt.date | None = None) -> Iterator[Article]:
    """Every article of ``paths`` in order, read in this process as the workers read them (Parquet included)."""
    from .articles import parse_date

    override = parse_date(published, where="--published")
    for partition in _plan(paths, partition_size=10_000, n_workers=1):
        yield from _read_partition(partition, override)


def _read_partition(partition: _Partition, published: dt.date | None) -> Iterator[Article]:
    for seg in partition.segments:
        if seg.kind == "txt":
            from .articles import read_article

            yield read_article(seg.path, published=published)
        elif seg.kind == "jsonl":
            yield from _read_jsonl_segment(seg, published)
        else:
            yield from _read_parquet_segment(seg, published)


def _read_jsonl_segment(seg: _Segment, published: dt.date | None) -> Iterator[Article]:
    from .articles import parse_jsonl_record

    with open(seg.path, "rb") as f:
        f.seek(seg.start)
        data = f.read(seg.stop - seg.start)
    stem = Path(seg.path).stem
    for k, raw in enumerate(data.split(b"\n")):
        lineno = seg.line + k
        where = f"{seg.path} line {lineno}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if seg.start == 0 and k == 0 else "utf-8")
        except UnicodeDecodeError as err:
            raise ArticleError(f"{where} is not UTF-8 text (undecodable byte at offset {err.start}): "
                               "convert the file to UTF-8.") from err  # fmt: skip
        yield _article(parse_jsonl_record(line, where=where), default_id=f"{stem}:{lineno}", where=where, path=seg.path, published=published)


def _read_parquet_segment(seg: _Segment, published: dt.date | None) -> Iterator[Article]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(seg.path)
    columns = [c for c in ("text", *_META_FIELDS) if c in pf.schema_arrow.names]
    stem = Path(seg.path).stem
    row = 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        lo, hi = max(seg.start, row), min(seg.stop, row + n)
        if lo < hi:
            table = pf.read_row_group(g, columns=columns).slice(lo - row, hi - lo)
            for k, rec in enumerate(table.to_pylist()):
                number = lo + k + 1
                yield _article(rec, default_id=f"{stem}:{number}", where=f"{seg.path} row {number}",
                               path=seg.path, published=published)  # fmt: skip
        row += n
        if row >= seg.stop:
            break


def _article(rec: dict[str, Any], *, default_id: str, where: str, path: str,
             published: dt.date | None) -> Article:
    """One record (a JSONL line or a Parquet row) as an Article, validated exactly as ``read_articles`` does."""
    from .articles import article_from_record

    return article_from_record(rec, default_id=default_id, where=where, path=path, published=published)


# -------------------------------------------------------------------------------------------- frames
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
_NUMERIC = ("lat", "lon", "geo_precision")


def events_frame(pairs: Iterable[tuple[int, list[Event]]]) -> geopandas.GeoDataFrame:
    """Events as dataset rows: the store's query columns (JSON columns encoded), ``is_area``, ``seq``, geometry.

    ``pairs`` are ``(article number, events)``; an event's ``seq`` is article number × 10⁶ + its position.
    """
    import geopandas as gpd
    from shapely.geometry import shape

    rows: dict[str, list[Any]] = {c: [] for c in (*FEATURE_COLUMNS, "is_area", "seq")}
    geometry: list[Any] = []
    for number, events in pairs:
        for k, ev in enumerate(events):
            feature = ev.to_feature()
            props = feature["properties"]
            for c in FEATURE_COLUMNS:
                value = props[c]
                if c in JSON_COLUMNS and value is not None:
                    value = _encode(value)
                rows[c].append(value)
            geom = feature["geometry"]
            geometry.append(shape(geom) if geom is not None else None)
            rows["is_area"].append(geom is not None and geom["type"] != "Point")
            rows["seq"].append(number * _SEQ_STRIDE + k)
    frame = gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:4326")
    return _typed(frame)


def _typed(frame: Any) -> Any:
    import pandas as pd

    text = [c for c in FEATURE_COLUMNS if c not in _NUMERIC]
    frame[text] = frame[text].astype(pd.StringDtype(na_value=float("nan")))
    frame["lat"] = frame["lat"].astype("float64")
    frame["lon"] = frame["lon"].astype("float64")
    frame["geo_precision"] = frame["geo_precision"].astype("Int64")
    if "is_area" in frame:
        frame["is_area"] = frame["is_area"].astype(bool)
    if "seq" in frame:
        frame["seq"] = frame["seq"].astype("int64")
    return frame


# -------------------------------------------------------------------------------------------- worker tasks
_WORLD = (-180.0, -90.0, 180.0, 90.0)  # fixed Hilbert-curve extent: keys need no pass over the data


@dataclass(slots=True)
class _PartResult:
    index: int
    articles: int
    words: int
    events: int
    located_file: str | None
    located_keys: Any  # sorted Hilbert keys of the located events (numpy int64)
    unlocated_file: str | None
    stored: IngestResult = field(default_factory=IngestResult)  # what went to the event store, if any

    @property
    def located(self) -> int:
        return len(self.located_keys)


def _extract_partition(partition: _Partition, *, model: str, published: dt.date | None, workdir: str | None,
                       store: str | None = None, replace: bool = False, batch_size: int = 32) -> _PartResult:
    """Worker task: read the partition, run ``nlp.pipe`` (pipeline cached per process), write its events:
    to intermediate Parquet files under ``workdir`` (for the dataset) and/or to the event ``store`` (one
    transaction per ``batch_size`` articles; already-stored articles are skipped, or re-extracted with
    ``replace``)."""
    import numpy as np

    from .pipeline import load, process

    articles = list(_read_partition(partition, published))
    result = _PartResult(partition.index, len(articles), sum(len(a.text.split()) for a in articles), 0,
                         None, np.zeros(0, dtype=np.int64), None)  # fmt: skip
    event_store = None
    todo = articles
    if store is not None:
        from .ingest import split_stored
        from .store import open_store

        event_store = open_store(store)
        if workdir is None and not replace:  # store only: do not extract what is stored already
            todo, stored = split_stored(articles, event_store)
            result.stored.skipped += stored
    try:
        pairs: list[tuple[int, list[Event]]] = []
        batch: list[tuple[Article, list[Event]]] = []
        docs = process(todo, nlp=load(model), batch_size=32) if todo else iter(())
        for k, (article, doc) in enumerate(docs):
            events = list(doc._.events)
            pairs.append((partition.first_article + k, events))
            if event_store is not None:
                batch.append((article, events))
                if len(batch) >= batch_size:
                    result.stored.extend(event_store.add_articles(batch, replace=replace))
                    batch = []
        if event_store is not None and batch:
            result.stored.extend(event_store.add_articles(batch, replace=replace))
    finally:
        if event_store is not None:
            event_store.close()
    result.events = sum(len(events) for _, events in pairs)
    if workdir is None:
        return result
    frame = events_frame(pairs)
    has_place = frame.geometry.notna().to_numpy()
    located, unlocated = frame[has_place].copy(), frame[~has_place]
    out = Path(workdir)
    if len(located):
        located["hilbert"] = located.geometry.hilbert_distance(total_bounds=_WORLD, level=16).astype("int64")
        located = located.sort_values(["hilbert", "seq"], kind="stable")
        result.located_file = str(out / f"located-{partition.index:06d}.parquet")
        located.to_parquet(result.located_file, index=False)
        result.located_keys = located["hilbert"].to_numpy(dtype=np.int64)
    if len(unlocated):
        result.unlocated_file = str(out / f"unlocated-{partition.index:06d}.parquet")
        unlocated.to_parquet(result.unlocated_file, index=False)
    return result


def _write_range(files: list[str], lo: int, hi: int | None, path: str) -> dict[str, Any]:
    """Worker task: the located events with Hilbert key in ``[lo, hi)`` (``hi=None``: no end) as one file."""
    import geopandas as gpd
    import pandas as pd

    filters = [("hilbert", ">=", lo)] + ([("hilbert", "<", hi)] if hi is not None else [])
    frames = [gpd.read_parquet(f, filters=filters) for f in files]
    frame = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
    frame = frame.sort_values(["hilbert", "seq"], kind="stable").drop(columns="hilbert")
    return _write_file(gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326"), path)


def _write_file(frame: Any, path: str) -> dict[str, Any]:
    """Write one output file (covering bbox, row groups) and return its manifest entry."""
    import numpy as np

    frame = _typed(frame.reset_index(drop=True))
    frame.to_parquet(path, index=False, write_covering_bbox=True, row_group_size=ROW_GROUP_SIZE)
    entry: dict[str, Any] = {"name": Path(path).name, "rows": len(frame), "bounds": None,
                             "has_area": bool(frame["is_area"].any()) if len(frame) else False}  # fmt: skip
    if len(frame) and frame.geometry.notna().any():
        b = frame.geometry.bounds
        lon, lat = frame["lon"].to_numpy(dtype=float), frame["lat"].to_numpy(dtype=float)
        entry["bounds"] = [float(np.nanmin([b["minx"].min(), np.nanmin(lon)])),
                           float(np.nanmin([b["miny"].min(), np.nanmin(lat)])),
                           float(np.nanmax([b["maxx"].max(), np.nanmax(lon)])),
                           float(np.nanmax([b["maxy"].max(), np.nanmax(lat)]))]  # fmt: skip
    return entry


def _merge_unlocated(files: list[str], path: str) -> dict[str, Any]:
    import geopandas as gpd
    import pandas as pd

    frame = pd.concat([gpd.read_parquet(f) for f in files], ignore_index=True)
    return _write_file(gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326"), path)


# -------------------------------------------------------------------------------------------- extraction
def extract_to_dataset(
    paths: Sequence[str | Path] | str | Path,
    *,
    output: str | Path,
    scheduler: str | None = None,
    n_workers: int = 2,
    model: str = DEFAULT_MODEL,
    published: str | dt.date | None = None,
    partition_size: int = 500,
    rows_per_file: int = 250_000,
    overwrite: bool = False,
    store: str | None = None,
    replace: bool = False,
) -> DatasetSummary:
    """Extract the events of every article in ``paths`` on a Dask cluster into the GeoParquet dataset ``output``.

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``; its workers must see the input files and
    ``output``'s directory and have geomap, the model and the gazetteer installed); without one a local
    cluster of ``n_workers`` processes runs. Partitions hold at most ``partition_size`` articles (fewer when
    needed to give each worker two). Located events are Hilbert-sorted into files of about
    ``rows_per_file`` rows. An existing ``output`` is an error unless ``overwrite``. With ``store`` (a
    PostGIS URL, or a GeoPackage path every worker can write), the workers also add their articles' events
    to that event store in the same pass (see :func:`ingest_on_dask`).
    """
    from .articles import parse_date

    started = time.perf_counter()
    output = Path(output).expanduser()
    if n_workers < 1:
        raise ArticleError(f"n_workers must be at least 1, got {n_workers}.")
    if rows_per_file < 1:
        raise OutputError(f"rows_per_file must be at least 1, got {rows_per_file}.")
    if output.exists() and not overwrite:
        raise OutputError(f"{output} already exists: choose another output path, or pass overwrite=True "
                          "(CLI: --overwrite) to replace it.")  # fmt: skip
    if output.exists() and not (output / MANIFEST).is_file():
        raise OutputError(f"{output} exists and is not a geomap dataset (no {MANIFEST}); refusing to replace it. "
                          "Choose another output path.")  # fmt: skip
    override = parse_date(published, where="--published")
    partitions = _plan(paths, partition_size=partition_size, n_workers=n_workers)
    if store is not None:
        _prepare_store(store)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.parent / f".{output.name}.tmp-{uuid.uuid4().hex[:8]}"
        work = tmp / "_work"
        work.mkdir(parents=True)
    except OSError as err:
        raise OutputError(f"Cannot create {output.parent}: {err.strerror or err}. Check the path.") from err
    summary = DatasetSummary(output=output, partitions=len(partitions), store=redact_url(store) if store else None)
    try:
        with _client(scheduler, n_workers) as client:
            summary.workers = len(client.scheduler_info(n_workers=-1)["workers"])
            futures = client.map(_extract_partition, partitions, model=model, published=override,
                                 workdir=str(work), store=store, replace=replace, pure=False)  # fmt: skip
            try:
                results: list[_PartResult] = client.gather(futures)
            except BaseException:
                client.cancel(futures)
                raise
            entries = _write_dataset(client, results, tmp, rows_per_file=rows_per_file)
        for r in results:
            summary.articles += r.articles
            summary.words += r.words
            summary.events += r.events
            summary.located += r.located
            summary.stored += len(r.stored.added) + len(r.stored.replaced)
        summary.files = len(entries)
        shutil.rmtree(work)
        manifest = {"format": "geomap-events-dataset", "version": FORMAT_VERSION, "model": model,
                    "articles": summary.articles, "events": summary.events, "located": summary.located,
                    "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "files": entries}  # fmt: skip
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        _swap_into_place(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_on_dask(
    paths: Sequence[str | Path] | str | Path,
    *,
    store: str,
    scheduler: str | None = None,
    n_workers: int = 2,
    model: str = DEFAULT_MODEL,
    published: str | dt.date | None = None,
    partition_size: int = 500,
    replace: bool = False,
    batch_size: int = 32,
    progress: Any = None,
) -> IngestSummary:
    """Extract the events of every article in ``paths`` on a Dask cluster and add them to the event ``store``.

    Each worker reads its partitions, loads the pipeline once, skips articles already stored (unless
    ``replace``) and writes one transaction per ``batch_size`` articles, as ``geomap ingest`` does in one
    process; the store's own locking orders concurrent writers (PostGIS for a cluster; a GeoPackage file
    works when every worker sees it, writers queue on its lock). ``progress(iterable, total)`` wraps the
    finished partitions (e.g. a tqdm bar). Returns the same summary as
    :func:`geomap.ingest.ingest_articles`.
    """
    from .articles import parse_date
    from .ingest import IngestSummary

    started = time.perf_counter()
    if n_workers < 1:
        raise ArticleError(f"n_workers must be at least 1, got {n_workers}.")
    override = parse_date(published, where="--published")
    partitions = _plan(paths, partition_size=partition_size, n_workers=n_workers)
    _prepare_store(store)
    summary = IngestSummary(store=redact_url(store))
    with _client(scheduler, n_workers) as client:
        from distributed import as_completed

        futures = client.map(_extract_partition, partitions, model=model, published=override, workdir=None,
                             store=store, replace=replace, batch_size=batch_size, pure=False)  # fmt: skip
        done: Iterable[Any] = as_completed(futures)
        if progress is not None:
            done = progress(done, len(futures))
        try:
            results: list[_PartResult] = [future.result() for future in done]
        except BaseException:
            client.cancel(futures)
            raise
    for r in sorted(results, key=lambda r: r.index):
        summary.articles += r.articles
        summary.count(r.stored)
    summary.seconds = time.perf_counter() - started
    return summary


def _prepare_store(store: str) -> None:
    """Open and close the store once here: a bad URL or a file that is not a store fails before any work, and
    a new store gets its schema (and WAL mode) before workers open it at the same time."""
    from .store import open_store

    open_store(store).close()


#: Local-cluster settings for long CPU-bound tasks. Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536
#: (freed memory goes back to the OS at once); spaCy allocates and frees small blocks all the time, and that
#: made extraction 9% slower (LGL, 300 articles, one process: 42.1 s -> 45.9 s), so workers keep glibc's own
#: threshold. The statistical profiler (a stack sample every 10 ms) and the GIL monitor are for dashboards
#: this engine does not show.
_LOCAL_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}


class _client:
    """A distributed Client on ``scheduler``, or on a local process cluster; closes what it started."""

    def __init__(self, scheduler: str | None, n_workers: int) -> None:
        self.scheduler, self.n_workers = scheduler, n_workers
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        import logging

        import dask
        from distributed import Client, LocalCluster

        if self.scheduler is None:
            with dask.config.set(_LOCAL_WORKER_CONFIG):
                self.cluster = LocalCluster(n_workers=self.n_workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)  # fmt: skip
            try:
                self.client = Client(self.cluster, set_as_default=True)
            except BaseException:
                self.cluster.close()
                raise
        else:
            try:
                self.client = Client(self.scheduler, timeout="30s", set_as_default=True)
            except OSError as err:
                raise StoreError(f"Cannot reach the Dask scheduler at {self.scheduler} ({err}): start it "
                                 "(`dask scheduler`) or leave the scheduler out to run a local cluster.") from err
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _write_dataset(client: Any, results: list[_PartResult], tmp: Path, *,
                   rows_per_file: int) -> list[dict[str, Any]]:
    """Range-partition located events by Hilbert key into ``part.N.parquet`` (workers read the intermediate
    files themselves), and merge the unlocated ones into ``unlocated.parquet``."""
    import numpy as np

    located = [r.located_file for r in results if r.located_file]
    keys = np.sort(np.concatenate([r.located_keys for r in results])) if located else np.zeros(0, np.int64)
    ranges: list[tuple[int, int | None]] = []
    if len(keys):
        nfiles = max(1, math.ceil(len(keys) / rows_per_file))
        cuts = sorted({int(keys[0])} | {int(keys[(i * len(keys)) // nfiles]) for i in range(1, nfiles)})
        ranges = [(lo, cuts[i + 1] if i + 1 < len(cuts) else None) for i, lo in enumerate(cuts)]
    futures = [client.submit(_write_range, located, lo, hi, str(tmp / f"part.{i:05d}.parquet"), pure=False)
               for i, (lo, hi) in enumerate(ranges)]  # fmt: skip
    unlocated = [r.unlocated_file for r in results if r.unlocated_file]
    if unlocated:
        futures.append(client.submit(_merge_unlocated, unlocated, str(tmp / "unlocated.parquet"), pure=False))
    entries = []
    for entry in client.gather(futures):
        if entry["rows"]:
            entries.append(entry)
        else:
            os.unlink(tmp / entry["name"])
    return entries


def _swap_into_place(tmp: Path, output: Path) -> None:
    old = None
    if output.exists():
        old = output.parent / f".{output.name}.old-{uuid.uuid4().hex[:8]}"
        os.rename(output, old)
    try:
        os.rename(tmp, output)
    except OSError as err:
        if old is not None:
            os.rename(old, output)
        raise OutputError(f"Cannot move the finished dataset to {output}: {err.strerror or err}.") from err
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# -------------------------------------------------------------------------------------------- querying
def _manifest(path: Path) -> dict[str, Any]:
    file = path / MANIFEST
    if not file.is_file():
        raise StoreError(f"{path} is not a geomap events dataset (no {MANIFEST}): create one with "
                         "extract_to_dataset() (CLI: `geomap dataset build`).")  # fmt: skip
    try:
        manifest = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise StoreError(f"Cannot read {file} ({err}): the dataset is damaged; extract it again.") from err
    if manifest.get("version") != FORMAT_VERSION:
        raise StoreError(f"{path} has dataset format version {manifest.get('version')!r}; this geomap reads "
                         f"version {FORMAT_VERSION}. Extract it again with this version.")  # fmt: skip
    return manifest


def _hits(bounds: list[float] | None, query: EventQuery) -> bool:
    """True if a file with these bounds may hold an event matching every spatial filter of ``query``."""
    if not query.is_spatial:
        return True
    if bounds is None:
        return False
    fw, fs, fe, fn = bounds
    return all(any(w <= fe and e >= fw and s <= fn and n >= fs for w, s, e, n in boxes)
               for _, boxes in prefilter_boxes(query))  # fmt: skip


def _matching(frame: Any, query: EventQuery) -> Any:
    if query.is_empty or not len(frame):
        return frame
    return frame[exact_mask(frame, query)]


def query_dataset(path: str | Path, q: EventQuery | None = None, /, **filters: Any) -> geopandas.GeoDataFrame:
    """Events of the dataset at ``path`` matching ``q`` and/or keyword filters (see :class:`EventQuery`).

    Same answer as :meth:`geomap.store.EventStore.query` on the same events: the store's columns, JSON
    columns as strings, indexed by ``seq`` (ingest order) and ordered by it. Files whose extent misses a
    spatial filter are not read; ``attrs["files_read"]`` / ``attrs["files_total"]`` say how many were.
    """
    import dask
    import dask_geopandas
    import pandas as pd

    query = EventQuery.build(q, **filters)
    path = Path(path).expanduser()
    files = _manifest(path)["files"]
    chosen = [f for f in files if _hits(f["bounds"], query)]
    columns = [*FEATURE_COLUMNS, "is_area", "seq", "geometry"]
    if chosen:
        ddf = dask_geopandas.read_parquet([str(path / f["name"]) for f in chosen], columns=columns,
                                          gather_spatial_partitions=False)  # fmt: skip
        with warnings.catch_warnings():  # dask's reader calls reset_index(inplace=True), deprecated in pandas 3.1
            warnings.filterwarnings("ignore", message="The inplace keyword")
            parts = dask.compute(*[dask.delayed(_matching)(p, query) for p in ddf.to_delayed()])
        frame = pd.concat(parts)
    else:
        frame = events_frame([])
    import geopandas as gpd

    frame = gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")
    frame = _typed(frame).sort_values("seq").set_index("seq")
    frame = frame[[*FEATURE_COLUMNS, "geometry"]]
    frame.attrs["files_read"] = len(chosen)
    frame.attrs["files_total"] = len(files)
    return frame
