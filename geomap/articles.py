"""Reading news articles: text files, JSONL, directories and stdin → :class:`~geomap.model.Article`.

Input formats
-------------
- **A ``.txt`` file** (UTF-8; a byte-order mark is tolerated). The whole file is one article. An optional
  sidecar ``<stem>.json`` beside it may hold any of ``id``, ``published``, ``title``, ``url``, ``source``::

      {"id": "000_a871b5494525aa74", "published": "2025-07-31", "title": "China and Russia ...",
       "url": null, "source": "news article"}

  The id defaults to the file's stem (``reports/vladivostok.txt`` → ``vladivostok``).
- **A ``.jsonl`` file**: one JSON object a line, ``{"id", "text", "published", "title", "url", "source"}``;
  only ``text`` is required. The id defaults to ``<file stem>:<line number>``. Blank lines are skipped; a
  line that is not a JSON object with a string ``text`` is an error naming the file and line.
- **A directory**: every ``.txt`` and ``.jsonl`` file in it, in sorted order, not recursive. Sidecar
  ``.json`` files and other files are not articles.
- **``-``**: standard input, read as JSONL if its first non-blank character is ``{``, else as one text
  article. Articles from stdin without an id get ``stdin-<first 12 hex digits of the content hash>``.

``published`` dates are ISO dates (``2025-07-31``) or ISO datetimes (``2025-07-31T14:05:00Z``, the date part
is kept). A ``published`` argument (CLI ``--published``) overrides the date of every article read.

Line endings are normalised to ``\\n`` and outer whitespace is trimmed. Boilerplate is removed by
:func:`strip_boilerplate`: a run of trailing lines such as "READ ALSO: …", "Read more: …", "Related: …",
"Also read …", "Subscribe …", "Follow us on …", "Share this article", "Click here …", and lone
"Advertisement" lines anywhere. An article that is empty (or empty after that) is an error.

:func:`content_hash` gives the sha256 of an article's normalised text, for idempotent storage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geomap.errors import ArticleError, DateError
from geomap.model import Article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "read_articles",
    "read_article",
    "article_from_text",
    "strip_boilerplate",
    "content_hash",
    "parse_date",
    "article_from_record",
    "parse_jsonl_record",
]

#: File suffixes read as articles (a directory is read for these).
SUPPORTED_SUFFIXES = (".txt", ".jsonl")

_FIELDS = ("id", "published", "title", "url", "source")
_SUPPORTED_TEXT = "a .txt file, a .jsonl file, a directory holding them, or '-' for stdin"

# A boilerplate line is short; a long line is content even if it starts like boilerplate.
_MAX_BOILERPLATE_CHARS = 200
_SEP = r"\s*[:\-–—|>»]"
_TRAILING_BOILERPLATE = re.compile(
    r"""^[\s*•·>»\-–—#\[(]*(?:
        read\s+(?:also|more|next|the\s+full\s+(?:story|article))\b
      | also\s+read\b
      | see\s+also""" + _SEP + r"""
      | related(?:\s+(?:articles?|stories|story|news|content|coverage|posts?|reading|links?|topics?))?
        (?:""" + _SEP + r"""|\s*$)
      | more\s+(?:on\s+this\s+story|stories|news)(?:""" + _SEP + r"""|\s*$)
      | recommended(?:\s+for\s+you|\s+stories|\s+reading)?(?:""" + _SEP + r"""|\s*$)
      | don['’]t\s+miss""" + _SEP + r"""
      | subscribe\b
      | sign\s+up\s+(?:for|to|now)\b
      | follow\s+(?:us|\w+(?:\s+\w+)?\s+on
          \s+(?:twitter|x|facebook|instagram|telegram|linkedin|whatsapp|youtube|tiktok|google\s+news))\b
      | share\s+this(?:\s+(?:article|story|post|page))?\b
      | share\s+on\s+(?:twitter|x|facebook|whatsapp|linkedin)\b
      | click\s+here\b
      | ©
      | copyright\s+(?:©\s*)?\d{4}
      | all\s+rights\s+reserved\b
      | advertisement\b
      | download\s+(?:our|the)\s+(?:\w+\s+)?app\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_ADVERTISEMENT = re.compile(
    r"^[\s\-–—*•·\[(]*(?:advertisements?|advertising|sponsored(?:\s+content)?"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?"
    r"|advertisement\s*[-–—:]\s*(?:scroll|continue)\s+(?:down\s+)?to\s+continue(?:\s+reading)?)"
    r"[\s\-–—*•·\])]*$",
    re.IGNORECASE,
)


def strip_boilerplate(text: str) -> str:
    """``text`` without a trailing run of boilerplate lines and without lone advertisement lines.

    Only whole, short lines are removed: a trailing run of lines such as "READ ALSO: …", "Read more: …",
    "Related: …", "Subscribe …", "Follow us on …", "Share this article", "Click here …", "© 2025 …", and
    lines that say only "Advertisement" anywhere. Sentences that merely contain such words stay.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line for line in lines if not _ADVERTISEMENT.match(line)]
    end = len(kept)
    while end > 0:
        line = kept[end - 1].strip()
        if not line or _is_trailing_boilerplate(line):
            end -= 1
            continue
        break
    return "\n".join(kept[:end]).strip()


def _is_trailing_boilerplate(line: str) -> bool:
    # Boilerplate is short; a long line that ends like a sentence is content whatever its first words.
    words = len(line.split())
    if len(line) > _MAX_BOILERPLATE_CHARS or words > 25 or (words > 12 and line.endswith((".", "!", "?", '"', "”"))):
        return False
    return _TRAILING_BOILERPLATE.match(line) is not None


def content_hash(article: Article | str) -> str:
    """sha256 hex digest of an article's text after NFC normalisation and whitespace collapsing.

    Two copies of an article that differ only in line endings or spacing hash alike; any change of words
    changes the hash. Metadata (id, title, date) is not part of the hash.
    """
    text = article.text if isinstance(article, Article) else article
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def parse_date(value: str | dt.date | dt.datetime | None, *, where: str = "") -> dt.date | None:
    """An ISO date or datetime (string, ``date`` or ``datetime``) as a ``date``; ``None`` stays ``None``.

    Raises :class:`~geomap.errors.DateError` naming the value (and ``where`` it came from) and showing a
    valid example.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    place = f" in {where}" if where else ""
    raise DateError(
        f"Cannot read the date {value!r}{place}: give an ISO date such as 2025-07-31 "
        "(or an ISO datetime such as 2025-07-31T14:05:00Z)."
    )


def article_from_text(
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - mirrors Article.id
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    path: str | None = None,
) -> Article:
    """An :class:`Article` from raw text: boilerplate stripped, date parsed, id defaulted.

    The id defaults to ``text-<first 12 hex digits of content_hash>``, so the same text gets the same id.
    Raises :class:`~geomap.errors.ArticleError` if the text is empty once boilerplate is stripped.
    """
    where = path or (f"article {id!r}" if id else "the article")
    return _build(text, id=id, published=parse_date(published, where=where), title=title, url=url,
                  source=source, path=path, where=where)


def _build(
    text: str,
    *,
    id: str | None,  # noqa: A002
    published: dt.date | None,
    title: str | None,
    url: str | None,
    source: str | None,
    path: str | None,
    where: str,
) -> Article:
    if not isinstance(text, str):
        raise ArticleError(f"The text of {where} is a {type(text).__name__}, not a string: pass the article text.")
    cleaned = strip_boilerplate(text)
    if not cleaned:
        what = "is empty" if not text.strip() else "holds only boilerplate (read-more/subscribe/advert lines)"
        raise ArticleError(f"{_cap(where)} {what}: give an article with some text, or leave it out.")
    return Article(
        id=id if id is not None else f"text-{content_hash(cleaned)[:12]}",
        text=cleaned,
        published=published,
        title=(title.strip() or None) if isinstance(title, str) else title,
        url=url,
        source=source,
        path=path,
    )


def read_article(path: str | Path, *, published: str | dt.date | None = None) -> Article:
    """The one article in ``path`` (a ``.txt`` file with optional sidecar, a one-line ``.jsonl``, or ``-``)."""
    p = str(path)
    articles = list(_read_source(p, published=published)) if p == "-" else None
    if articles is None:
        fp = _checked_path(p)
        if fp.is_dir():
            raise ArticleError(
                f"Cannot read {p}: it is a directory, not an article file. Pass a .txt or .jsonl file, "
                "or use read_articles() (CLI: pass the directory) to read every article in it."
            )
        articles = list(_read_file(fp, published=published))
    if len(articles) != 1:
        raise ArticleError(f"{p} holds {len(articles)} articles, not one: use read_articles() to read them all.")
    return articles[0]


def read_articles(
    paths: Iterable[str | Path] | str | Path, *, published: str | dt.date | None = None
) -> Iterator[Article]:
    """Every article in ``paths`` (files, directories, ``-`` for stdin), in the order given.

    Paths are checked up front, so a missing path fails before any article is read. ``published``
    overrides each article's own date. See the module docstring for the formats.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    sources = [str(p) for p in paths]
    if not sources:
        raise ArticleError(f"No input given: pass {_SUPPORTED_TEXT}.")
    override = parse_date(published, where="--published")
    for source in sources:
        if source != "-":
            _checked_path(source)
    return _iter_sources(sources, published=override)


# --------------------------------------------------------------------------------------------- helpers


def _iter_sources(sources: list[str], *, published: dt.date | None) -> Iterator[Article]:
    for source in sources:
        yield from _read_source(source, published=published)


def _read_source(source: str, *, published: str | dt.date | None) -> Iterator[Article]:
    if source == "-":
        yield from _read_stdin(published=published)
        return
    path = _checked_path(source)
    if path.is_dir():
        files = sorted(
            f
            for f in path.iterdir()
            if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file() and not f.name.startswith(".")
        )
        if not files:
            raise ArticleError(
                f"The directory {source} holds no articles: put .txt or .jsonl files in it "
                "(sidecar .json files only add metadata to a .txt of the same name)."
            )
        for f in files:
            yield from _read_file(f, published=published)
    else:
        yield from _read_file(path, published=published)


def _checked_path(source: str) -> Path:
    path = Path(source).expanduser()
    if not path.exists():
        raise ArticleError(f"No such file or directory: {source}. Check the path, or pass '-' to read stdin.")
    return path


def _read_file(path: Path, *, published: str | dt.date | None) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield _read_txt(path, published=published)
    elif suffix == ".jsonl":
        yield from _read_jsonl_text(_read_text(path), name=str(path), stem=path.stem, published=published)
    elif suffix == ".json":
        raise ArticleError(
            f"{path} is a .json file, which geomap reads only as the sidecar metadata of a .txt article "
            f"of the same name. Pass {_SUPPORTED_TEXT}; for many articles use .jsonl (one JSON object a line)."
        )
    else:
        raise ArticleError(
            f"Unsupported file type {suffix or '(no extension)'!r} for {path}: pass {_SUPPORTED_TEXT} "
            "(supported extensions: " + ", ".join(SUPPORTED_SUFFIXES) + ")."
        )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except PermissionError as err:
        raise ArticleError(
            f"Cannot read {path}: permission denied. Make it readable (chmod u+r {path}) "
            "or run as a user who can read it."
        ) from err
    except IsADirectoryError as err:
        raise ArticleError(
            f"Cannot read {path}: it is a directory. Pass the directory itself to read all articles in it."
        ) from err
    except OSError as err:
        raise ArticleError(f"Cannot read {path}: {err.strerror or err}. Check the file and try again.") from err
    return _decode(data, name=str(path))


def _decode(data: bytes, *, name: str) -> str:
    hint = (
        f"convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {name} > {name}.utf8` "
        "(use the file's real encoding after -f; `file -i` can tell it)"
    )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(
            f"{name} is not UTF-8 text (it is UTF-16): convert it, "
            f"e.g. `iconv -f UTF-16 -t UTF-8 {name} > {name}.utf8`."
        )
    if b"\x00" in data:
        raise ArticleError(f"{name} is not UTF-8 text (it holds NUL bytes, so it looks binary): {hint}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{name} is not UTF-8 text (undecodable byte at offset {err.start}): {hint}.") from err


def _read_txt(path: Path, *, published: str | dt.date | None) -> Article:
    text = _read_text(path)
    meta = _read_sidecar(path.with_suffix(".json"))
    return _make_article(
        text, meta, default_id=path.stem, where=str(path), path=str(path), published=published
    )


def _read_sidecar(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    raw = _read_text(path)
    try:
        meta = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ArticleError(
            f"The sidecar {path} is not valid JSON ({err.msg} at line {err.lineno}): fix it or remove it."
        ) from err
    if not isinstance(meta, dict):
        raise ArticleError(f"The sidecar {path} must hold a JSON object with any of {', '.join(_FIELDS)}.")
    return meta


def parse_jsonl_record(line: str, *, where: str) -> dict[str, Any]:
    """One line of a ``.jsonl`` file as a JSON object; ``where`` names the line in error messages."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise ArticleError(
            f"{where} is not valid JSON ({err.msg} at column {err.colno}): each line of a .jsonl file must be "
            'one JSON object such as {"id": "a1", "text": "..."}.'
        ) from err
    if not isinstance(obj, dict):
        raise ArticleError(f'{where} is not a JSON object: write each article as {{"text": "...", ...}}.')
    return obj


def article_from_record(rec: dict[str, Any], *, default_id: str, where: str, path: str | None = None,
                        published: str | dt.date | None = None) -> Article:
    """A record ``{"id", "text", "published", "title", "url", "source"}`` (a JSONL line, a Parquet row) as an
    :class:`Article`, validated; ``where`` names the record in error messages."""
    text = rec.get("text")
    if not isinstance(text, str):
        raise ArticleError(f'{where} has no string "text" field: every article needs its text.')
    return _make_article(text, rec, default_id=default_id, where=where, path=path, published=published)


def _make_article(
    text: str,
    meta: dict[str, Any],
    *,
    default_id: str,
    where: str,
    path: str | None,
    published: str | dt.date | None,
) -> Article:
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "source"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"In {where}, {key!r} must be a string or null, not {value!r}: fix the metadata.")
        fields[key] = value
    raw_id = meta.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise ArticleError(f"In {where}, 'id' must be a string, not {raw_id!r}: fix the metadata.")
    article_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else default_id
    if published is not None:
        date = parse_date(published, where="--published")
    else:
        date = parse_date(meta.get("published"), where=where)
    return _build(text, id=article_id, published=date, path=path, where=where, **fields)


def _read_jsonl_text(
    text: str, *, name: str, stem: str | None, published: str | dt.date | None
) -> Iterator[Article]:
    found = False
    # split on newlines only: str.splitlines() also breaks on U+2028, which news texts contain
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        obj = parse_jsonl_record(line, where=where)
        body = obj.get("text")
        if not isinstance(body, str):
            raise ArticleError(f'{where} has no string "text" field: every article needs its text.')
        default_id = f"{stem}:{lineno}" if stem is not None else f"stdin-{content_hash(strip_boilerplate(body))[:12]}"
        found = True
        yield _make_article(
            body, obj, default_id=default_id, where=where, path=name if stem else "-", published=published
        )
    if not found:
        raise ArticleError(f"{name} holds no articles (only blank lines): add one JSON object a line.")


def _read_stdin(*, published: str | dt.date | None) -> Iterator[Article]:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    text = _decode(buffer.read(), name="stdin") if buffer is not None else stream.read()
    text = text.lstrip("\ufeff")
    if text.lstrip().startswith("{"):
        yield from _read_jsonl_text(text, name="stdin", stem=None, published=published)
        return
    if not text.strip():
        raise ArticleError("stdin is empty: pipe an article's text (or JSONL) into geomap, or pass a file path.")
    cleaned = strip_boilerplate(text)
    yield _make_article(
        text, {}, default_id=f"stdin-{content_hash(cleaned)[:12]}", where="stdin", path="-", published=published
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
