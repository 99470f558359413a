"""Scoring event extraction against a hand-annotated development set (``tests/devset/``).

A dev set is a directory of articles (``NNN_slug.txt`` with an optional sidecar ``NNN_slug.json``) and, for
each article, a gold file ``NNN_slug.gold.json`` (in the same directory, or in ``gold_dir``)::

    {"id", "published",
     "toponyms_must":     [{"name", "lat", "lon", "max_km"}],
     "toponyms_forbidden": [{"name", "why"}],
     "events_must":       [{"id", "summary", "actor_countries": [ISO3], "date_start", "date_end",
                            "date_precision", "location": {"name", "lat", "lon", "max_km"}}],   # location optional
     "events_optional":   [same shape]}

Metrics (per article and in total, micro-averaged over all articles):

- **must-event recall**: gold must events matched by at least one extracted event / all gold must events.
- **precision**: extracted events *with a place* that match some gold event (must or optional) / all
  extracted events with a place. Events without a place are not counted (they are not drawn on a map).
- **toponym recall**: gold ``toponyms_must`` for which some literal toponym with the same name (or containing
  it) was resolved within ``max_km``.
- **forbidden violations**: gold ``toponyms_forbidden`` names found inside a literal toponym or an event's
  location text.

An event matches a gold event (:func:`event_matches`) when the gold's actor countries are all among the
event's, the date ranges overlap (inclusive), and, if the gold has a location, the event's place lies within
its ``max_km`` (haversine, R = 6371.0088 km).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.errors import InputError
from geomap.distance import haversine_km
from geomap.model import Event, Toponym
from geomap.pipeline import DEFAULT_MODEL

__all__ = [
    "GOLD_SUFFIX",
    "ArticleScore",
    "DevsetScores",
    "load_gold",
    "gold_path_for",
    "event_matches",
    "toponym_found",
    "score_article",
    "score_events",
    "score_devset",
    "format_devset",
]

#: A gold file sits beside its article (or in ``gold_dir``) as ``<stem>.gold.json``.
GOLD_SUFFIX = ".gold.json"

_EVENT_KEYS = ("id", "actor_countries", "date_start", "date_end")
_PLACE_KEYS = ("name", "lat", "lon", "max_km")


class _Rates:
    """Recall, precision and toponym recall from the counts of an article or of the whole set."""

    __slots__ = ()
    must_found: int
    must_total: int
    located_good: int
    located_total: int
    toponyms_found: int | None
    toponyms_total: int

    @property
    def recall(self) -> float | None:
        return _ratio(self.must_found, self.must_total)

    @property
    def precision(self) -> float | None:
        return _ratio(self.located_good, self.located_total)

    @property
    def toponym_recall(self) -> float | None:
        found = self.toponyms_found
        return None if found is None else _ratio(found, self.toponyms_total)


@dataclass(slots=True)
class ArticleScore(_Rates):
    """The scores of one article, with what was missed and what was wrong, for error analysis."""

    article_id: str
    must_total: int = 0
    must_found: int = 0
    located_total: int = 0
    located_good: int = 0
    toponyms_total: int = 0
    toponyms_found: int | None = None  # None when toponyms were not scored
    missed_events: list[dict[str, Any]] = field(default_factory=list)  # gold must events not found
    wrong_events: list[Event] = field(default_factory=list)  # located events matching no gold event
    events: list[Event] = field(default_factory=list)  # every extracted event
    missed_toponyms: list[dict[str, Any]] = field(default_factory=list)
    forbidden_violations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DevsetScores(_Rates):
    """Per-article scores and their micro-averaged totals."""

    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def must_total(self) -> int:
        return sum(a.must_total for a in self.articles)

    @property
    def must_found(self) -> int:
        return sum(a.must_found for a in self.articles)

    @property
    def located_total(self) -> int:
        return sum(a.located_total for a in self.articles)

    @property
    def located_good(self) -> int:
        return sum(a.located_good for a in self.articles)

    @property
    def toponyms_total(self) -> int:
        return sum(a.toponyms_total for a in self.articles if a.toponyms_found is not None)

    @property
    def toponyms_found(self) -> int | None:
        scored = [a.toponyms_found for a in self.articles if a.toponyms_found is not None]
        return sum(scored) if scored else None

    @property
    def forbidden_violations(self) -> int:
        return sum(len(a.forbidden_violations) for a in self.articles)

    def summary(self) -> dict[str, Any]:
        """The headline figures as a flat dict (for JSON output and logs)."""
        return {
            "articles": len(self.articles),
            "must_events": self.must_total,
            "must_found": self.must_found,
            "must_recall": self.recall,
            "located_events": self.located_total,
            "located_matching": self.located_good,
            "precision": self.precision,
            "toponyms_must": self.toponyms_total,
            "toponyms_found": self.toponyms_found,
            "toponym_recall": self.toponym_recall,
            "forbidden_violations": self.forbidden_violations,
        }


# ------------------------------------------------------------------------------------------------ gold


def load_gold(path: str | Path) -> dict[str, Any]:
    """A gold file as a dict, checked: required keys present, dates ISO, coordinates in range.

    Raises :class:`~geomap.errors.InputError` naming the file and the faulty entry.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise InputError(f"Gold file {path} does not exist: write it beside the article as "
                         f"<stem>{GOLD_SUFFIX}, or pass gold_dir= pointing at the directory that holds it.") from err
    except json.JSONDecodeError as err:
        raise InputError(f"Gold file {path} is not valid JSON ({err}); fix the file.") from err
    if not isinstance(gold, dict):
        raise InputError(f"Gold file {path} must hold a JSON object with 'events_must'; it holds "
                         f"{type(gold).__name__}.")
    for key in ("toponyms_must", "toponyms_forbidden", "events_must", "events_optional"):
        value = gold.setdefault(key, [])
        if not isinstance(value, list):
            raise InputError(f"Gold file {path}: {key!r} must be a list, got {type(value).__name__}.")
    for item in gold["toponyms_must"]:
        _check_place(item, path, "toponyms_must")
    for item in gold["toponyms_forbidden"]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise InputError(f"Gold file {path}: each toponyms_forbidden entry needs a string 'name'; got {item!r}.")
    for key in ("events_must", "events_optional"):
        for item in gold[key]:
            _check_event(item, path, key)
    return gold


def _check_place(item: Any, path: Path, where: str) -> None:
    if not isinstance(item, dict) or any(k not in item for k in _PLACE_KEYS):
        raise InputError(f"Gold file {path}: each {where} entry needs {', '.join(_PLACE_KEYS)}; got {item!r}.")
    lat, lon, max_km = item["lat"], item["lon"], item["max_km"]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon, max_km)):
        raise InputError(f"Gold file {path}: lat, lon and max_km of {item['name']!r} ({where}) must be numbers.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and max_km > 0):
        raise InputError(f"Gold file {path}: {item['name']!r} ({where}) has lat={lat}, lon={lon}, max_km={max_km}; "
                         f"expected -90 <= lat <= 90, -180 <= lon <= 180 and max_km > 0.")


def _check_event(item: Any, path: Path, where: str) -> None:
    if not isinstance(item, dict) or any(k not in item for k in _EVENT_KEYS):
        raise InputError(f"Gold file {path}: each {where} entry needs {', '.join(_EVENT_KEYS)}; got {item!r}.")
    ident = item["id"]
    if not isinstance(item["actor_countries"], list):
        raise InputError(f"Gold file {path}: actor_countries of {ident} must be a list of ISO3 codes.")
    try:
        start, end = dt.date.fromisoformat(item["date_start"]), dt.date.fromisoformat(item["date_end"])
    except (TypeError, ValueError) as err:
        raise InputError(f"Gold file {path}: {ident} has date_start={item['date_start']!r}, "
                         f"date_end={item['date_end']!r}; write ISO dates such as '2025-07-31'.") from err
    if end < start:
        raise InputError(f"Gold file {path}: {ident} ends ({end}) before it starts ({start}); swap them.")
    if item.get("location") is not None:
        _check_place(item["location"], path, f"{where} {ident} location")


def gold_path_for(article_path: str | Path, *, gold_dir: str | Path | None = None) -> Path:
    """Where the gold of the article file ``article_path`` is: ``<gold_dir or its directory>/<stem>.gold.json``."""
    article_path = Path(article_path)
    folder = Path(gold_dir) if gold_dir is not None else article_path.parent
    return folder / f"{article_path.stem}{GOLD_SUFFIX}"


# -------------------------------------------------------------------------------------------- matching


def event_matches(event: Event, gold: Mapping[str, Any]) -> bool:
    """Whether ``event`` is the gold event: actors ⊇ gold actors, dates overlap, place within ``max_km``."""
    if not set(gold["actor_countries"]) <= set(event.actor_countries):
        return False
    start, end = dt.date.fromisoformat(gold["date_start"]), dt.date.fromisoformat(gold["date_end"])
    if event.date is None or event.date.end < start or end < event.date.start:
        return False
    loc = gold.get("location")
    if loc is not None:
        if event.place is None:
            return False
        if haversine_km(event.place.lat, event.place.lon, loc["lat"], loc["lon"]) > loc["max_km"]:
            return False
    return True


def toponym_found(toponyms: Iterable[Toponym], gold: Mapping[str, Any]) -> bool:
    """Whether a literal, resolved toponym named like ``gold["name"]`` lies within its ``max_km``."""
    name = gold["name"].lower()
    for top in toponyms:
        if top.role != "literal" or top.place is None:
            continue
        text = top.text.lower()
        if text.removeprefix("the ") != name and name not in text:
            continue
        if haversine_km(top.place.lat, top.place.lon, gold["lat"], gold["lon"]) <= gold["max_km"]:
            return True
    return False


def _nearest_mention(toponyms: Iterable[Toponym], gold: Mapping[str, Any]) -> str:
    """What became of a missed gold toponym: its closest same-name mention, or "not recognised"."""
    name = gold["name"].lower()
    best: tuple[float, str] | None = None
    for top in toponyms:
        text = top.text.lower()
        if text.removeprefix("the ") != name and name not in text:
            continue
        if top.place is None:
            note = (float("inf"), f"{top.text!r} ({top.role}) unresolved")
        else:
            km = haversine_km(top.place.lat, top.place.lon, gold["lat"], gold["lon"])
            note = (km, f"{top.text!r} ({top.role}) -> {top.place.name} [{top.place.kind}, "
                        f"{top.place.country_iso3}] {km:.0f} km off")
        if best is None or note[0] < best[0]:
            best = note
    return best[1] if best else "not recognised"


# ------------------------------------------------------------------------------------------------ scoring


def score_article(article_id: str, gold: Mapping[str, Any], events: Sequence[Event],
                  toponyms: Sequence[Toponym] | None = None) -> ArticleScore:
    """Score one article's extracted ``events`` (and ``toponyms``, if given) against its ``gold``."""
    must = list(gold.get("events_must", []))
    golds = must + list(gold.get("events_optional", []))
    score = ArticleScore(article_id=article_id, must_total=len(must), events=list(events))
    for item in must:
        if any(event_matches(e, item) for e in events):
            score.must_found += 1
        else:
            score.missed_events.append(dict(item))
    for event in events:
        if event.place is None:
            continue
        score.located_total += 1
        if any(event_matches(event, item) for item in golds):
            score.located_good += 1
        else:
            score.wrong_events.append(event)
    score.toponyms_total = len(gold.get("toponyms_must", []))
    located_at = [e.location_text for e in events if e.location_text]
    literal: list[str] = []
    if toponyms is not None:
        score.toponyms_found = 0
        for item in gold.get("toponyms_must", []):
            if toponym_found(toponyms, item):
                score.toponyms_found += 1
            else:
                score.missed_toponyms.append({**item, "found": _nearest_mention(toponyms, item)})
        literal = [t.text for t in toponyms if t.role == "literal"]
    for item in gold.get("toponyms_forbidden", []):
        hits = [name for name in literal + located_at if item["name"] in name]
        if hits:
            score.forbidden_violations.append(f"{item['name']!r} in {hits[0]!r}")
    return score


def score_events(golds: Mapping[str, Mapping[str, Any]], events: Mapping[str, Sequence[Event]],
                 toponyms: Mapping[str, Sequence[Toponym]] | None = None) -> DevsetScores:
    """Score extracted events (``{article_id: events}``) against golds (``{article_id: gold}``).

    An article missing from ``events`` has no events; ``toponyms=None`` leaves toponyms unscored.
    """
    scores = DevsetScores()
    for article_id, gold in golds.items():
        tops = None if toponyms is None else toponyms.get(article_id, [])
        scores.articles.append(score_article(article_id, gold, events.get(article_id, []), tops))
    return scores


def score_devset(directory: str | Path, *, model: str = DEFAULT_MODEL, gold_dir: str | Path | None = None,
                 batch_size: int = 16) -> DevsetScores:
    """Run the extractor (spaCy pipeline ``model``) on every article in ``directory`` and score it.

    Golds are ``<stem>.gold.json`` beside the articles, or in ``gold_dir`` (the seed: ``seeds/`` with
    ``gold_dir="../shared/seeds"``). Every article must have a gold file.
    """
    from geomap.articles import read_articles
    from geomap.pipeline import load, process

    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"Dev set {directory} is not a directory: pass the directory holding the articles "
                         f"and their {GOLD_SUFFIX} files (default tests/devset).")
    articles = list(read_articles(directory))
    if not articles:
        raise InputError(f"Dev set {directory} holds no .txt or .jsonl articles.")
    golds: dict[str, dict[str, Any]] = {}
    for article in articles:
        # A .txt article's gold is named after its file; a JSONL article's after its id.
        if article.path and article.path.endswith(".txt"):
            source = Path(article.path)
        else:
            source = directory / f"{article.id}.txt"
        golds[article.id] = load_gold(gold_path_for(source, gold_dir=gold_dir))
    nlp = load(model)
    events: dict[str, list[Event]] = {}
    toponyms: dict[str, list[Toponym]] = {}
    for article, doc in process(articles, nlp=nlp, batch_size=batch_size):
        events[article.id] = list(doc._.events)
        toponyms[article.id] = list(doc._.toponyms)
    return score_events(golds, events, toponyms)


# ------------------------------------------------------------------------------------------------ report


def format_devset(scores: DevsetScores, *, details: bool = False) -> str:
    """A plain-text table: one row per article and a total row; ``details`` adds misses and wrong events."""
    header = f"{'article':<40} {'must':>7} {'recall':>6} {'located':>8} {'prec':>6} {'topo':>7} {'t.rec':>6} {'forb':>4}"
    lines = [header, "-" * len(header)]

    def row(name: str, mf: int, mt: int, r: float | None, lg: int, lt: int, p: float | None,
            tf: int | None, tt: int, tr: float | None, fv: int) -> str:
        topo = "-" if tf is None else f"{tf}/{tt}"
        return (f"{name[:40]:<40} {f'{mf}/{mt}':>7} {_f(r):>6} {f'{lg}/{lt}':>8} {_f(p):>6} "
                f"{topo:>7} {_f(tr):>6} {fv:>4}")

    for a in scores.articles:
        lines.append(row(a.article_id, a.must_found, a.must_total, a.recall, a.located_good, a.located_total,
                         a.precision, a.toponyms_found, a.toponyms_total, a.toponym_recall,
                         len(a.forbidden_violations)))
    lines.append("-" * len(header))
    lines.append(row("TOTAL", scores.must_found, scores.must_total, scores.recall, scores.located_good,
                     scores.located_total, scores.precision, scores.toponyms_found, scores.toponyms_total,
                     scores.toponym_recall, scores.forbidden_violations))
    if details:
        for a in scores.articles:
            if not (a.missed_events or a.wrong_events or a.missed_toponyms or a.forbidden_violations):
                continue
            lines.append("")
            lines.append(f"== {a.article_id}")
            for g in a.missed_events:
                loc = g.get("location")
                where = f" @ {loc['name']}" if loc else ""
                lines.append(f"  MISSED {g['id']}: {g.get('summary', '')} [{','.join(g['actor_countries'])} "
                             f"{g['date_start']}..{g['date_end']}{where}]")
            for e in a.wrong_events:
                lines.append(f"  WRONG  {_describe(e)}")
            for t in a.missed_toponyms:
                lines.append(f"  TOPONYM MISSED {t['name']}: {t.get('found', '')}")
            for v in a.forbidden_violations:
                lines.append(f"  FORBIDDEN {v}")
            if a.missed_events:
                lines.append("  extracted:")
                lines.extend(f"    {_describe(e)}" for e in a.events)
    return "\n".join(lines)


def _describe(event: Event) -> str:
    date = f"{event.date.start}..{event.date.end}" if event.date else "no date"
    place = event.place.name if event.place else None
    return (f"{event.event_type} '{event.trigger}' {event.actor_countries} {date} @ {place} "
            f"({event.location_text!r})")


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
