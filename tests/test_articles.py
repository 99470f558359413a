"""Tests for geomap.articles: every input format, sidecars, stdin, errors and boilerplate stripping."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from geomap.articles import (
    article_from_text,
    content_hash,
    parse_date,
    read_article,
    read_articles,
    strip_boilerplate,
)
from geomap.errors import ArticleError, DateError, InputError
from geomap.model import Article

SEED = Path("/work/main/seeds/000_a871b5494525aa74.txt")

BODY = "Protesters gathered in Nairobi on Tuesday.\nPolice fired tear gas near the parliament."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------- formats


def test_txt_file_id_defaults_to_stem(tmp_path):
    article = read_article(_write(tmp_path / "nairobi-protest.txt", BODY + "\n"))
    assert isinstance(article, Article)
    assert article.id == "nairobi-protest"
    assert article.text == BODY
    assert article.published is None and article.title is None
    assert article.path == str(tmp_path / "nairobi-protest.txt")


def test_txt_sidecar_json_is_picked_up(tmp_path):
    _write(tmp_path / "a.txt", BODY)
    meta = {"id": "kenya-001", "published": "2025-06-25T09:30:00+03:00", "title": " Nairobi protests ",
            "url": "https://example.org/a", "source": "Example News"}
    _write(tmp_path / "a.json", json.dumps(meta))
    article = read_article(tmp_path / "a.txt")
    assert article.id == "kenya-001"
    assert article.published == dt.date(2025, 6, 25)
    assert (article.title, article.url, article.source) == ("Nairobi protests", "https://example.org/a", "Example News")


def test_real_seed_with_sidecar():
    article = read_article(SEED)
    assert article.id == "000_a871b5494525aa74"
    assert article.published == dt.date(2025, 7, 31)
    assert article.title.startswith("China and Russia")
    assert article.url is None


def test_published_argument_overrides_the_sidecar(tmp_path):
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.json", json.dumps({"published": "2025-01-01"}))
    assert read_article(tmp_path / "a.txt", published=dt.date(2024, 3, 2)).published == dt.date(2024, 3, 2)
    [article] = read_articles([tmp_path / "a.txt"], published="2024-03-02")
    assert article.published == dt.date(2024, 3, 2)


def test_bom_and_crlf_are_tolerated(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert article.text == BODY
    assert not article.text.startswith("\ufeff")


def test_jsonl_file(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Fighting near Goma.", "published": "2025-02-01", "title": "Goma"}),
        "",
        json.dumps({"text": "Floods in Dhaka.\nRead more: Monsoon season begins"}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    first, second = read_articles([path])
    assert (first.id, first.text, first.published, first.title) == ("x1", "Fighting near Goma.", dt.date(2025, 2, 1), "Goma")
    assert second.id == "feed:3"  # default id: <stem>:<line number>
    assert second.text == "Floods in Dhaka."
    assert second.published is None


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    path = _write(tmp_path / "feed.jsonl", json.dumps({"text": "ok"}) + "\n{\"text\": broken}\n")
    with pytest.raises(ArticleError, match=r"feed\.jsonl line 2 is not valid JSON"):
        list(read_articles([path]))
    _write(path, json.dumps({"title": "no text"}) + "\n")
    with pytest.raises(ArticleError, match=r"line 1 has no string \"text\""):
        list(read_articles([path]))
    _write(path, "[1, 2]\n")
    with pytest.raises(ArticleError, match="not a JSON object"):
        list(read_articles([path]))


def test_directory_reads_txt_and_jsonl_sorted_and_skips_sidecars(tmp_path):
    _write(tmp_path / "b.txt", "Second article about Lima.")
    _write(tmp_path / "b.json", json.dumps({"title": "Lima"}))
    _write(tmp_path / "a.jsonl", json.dumps({"text": "First article about Quito."}) + "\n")
    _write(tmp_path / "notes.md", "not an article")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "c.txt", "not read: the scan is not recursive")
    articles = list(read_articles(tmp_path))
    assert [a.id for a in articles] == ["a:1", "b"]
    assert articles[1].title == "Lima"


def test_several_paths_keep_their_order(tmp_path):
    one = _write(tmp_path / "z.txt", "Zagreb news.")
    two = _write(tmp_path / "a.txt", "Accra news.")
    assert [a.id for a in read_articles([one, str(two)])] == ["z", "a"]


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(BODY + "\nAdvertisement\n"))
    [article] = read_articles(["-"], published="2025-05-05")
    assert article.text == BODY
    assert article.id == f"stdin-{content_hash(BODY)[:12]}"
    assert article.published == dt.date(2025, 5, 5)
    assert article.path == "-"


def test_stdin_jsonl_and_bytes_buffer(monkeypatch):
    data = "\n" + json.dumps({"id": "s1", "text": "Quake in Izmir."}) + "\n" + json.dumps({"text": "Storm in Manila."})

    class Stdin(io.TextIOWrapper):
        pass

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    first, second = read_articles("-")
    assert first.id == "s1"
    assert second.id.startswith("stdin-") and second.text == "Storm in Manila."


def test_stdin_empty_is_an_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n"))
    with pytest.raises(ArticleError, match="stdin is empty"):
        list(read_articles(["-"]))


def test_article_from_text_gives_a_stable_id():
    a = article_from_text("Talks in Doha.\n", published="2025-01-02")
    b = article_from_text("Talks in Doha.")
    assert a.id == b.id and a.id.startswith("text-")
    assert a.published == dt.date(2025, 1, 2)
    assert article_from_text("Talks in Doha.", id="mine").id == "mine"


def test_content_hash_ignores_whitespace_not_words():
    a = article_from_text("Talks in  Doha.\r\nThen Cairo.", id="x")
    b = Article(id="y", text="Talks in Doha. Then Cairo.")
    assert content_hash(a) == content_hash(b) == content_hash("Talks in Doha.\nThen Cairo.")
    assert content_hash(a) != content_hash("Talks in Doha. Then Beirut.")
    assert len(content_hash(a)) == 64


# -------------------------------------------------------------------------------------------- errors


def test_missing_path_fails_before_reading(tmp_path):
    good = _write(tmp_path / "a.txt", BODY)
    with pytest.raises(ArticleError, match=r"No such file or directory: .*missing\.txt"):
        read_articles([good, tmp_path / "missing.txt"])  # raised at call time, not on iteration
    with pytest.raises(ArticleError, match="No such file"):
        read_article(tmp_path / "missing.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files whatever their mode")
def test_unreadable_file(tmp_path):
    path = _write(tmp_path / "secret.txt", BODY)
    path.chmod(0)
    try:
        with pytest.raises(ArticleError, match="permission denied"):
            read_article(path)
    finally:
        path.chmod(0o644)


def test_directory_given_as_one_article(tmp_path):
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    with pytest.raises(ArticleError, match="it is a directory"):
        read_article(folder)


def test_directory_without_articles(tmp_path):
    _write(tmp_path / "only.json", "{}")
    _write(tmp_path / "readme.md", "hello")
    with pytest.raises(ArticleError, match="holds no articles"):
        list(read_articles([tmp_path]))


def test_binary_file_is_not_utf8_text(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match=r"not UTF-8 text.*iconv"):
        read_article(path)


def test_latin1_file_is_not_utf8_text(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Réunion à Genève".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin1\.txt is not UTF-8 text.*iconv -f"):
        read_article(path)
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Talks in Oslo".encode("utf-16"))
    with pytest.raises(ArticleError, match="UTF-16"):
        read_article(utf16)


def test_empty_articles(tmp_path):
    with pytest.raises(ArticleError, match="is empty"):
        read_article(_write(tmp_path / "blank.txt", " \n\t\n"))
    with pytest.raises(ArticleError, match="only boilerplate"):
        read_article(_write(tmp_path / "ads.txt", "Advertisement\nRead more: nothing here\n"))
    path = _write(tmp_path / "feed.jsonl", json.dumps({"text": "   "}) + "\n")
    with pytest.raises(ArticleError, match=r"feed\.jsonl line 1 is empty"):
        list(read_articles([path]))
    with pytest.raises(ArticleError, match="holds no articles"):
        list(read_articles([_write(tmp_path / "blank.jsonl", "\n\n")]))


def test_unsupported_extension_lists_supported_ones(tmp_path):
    with pytest.raises(ArticleError, match=r"Unsupported file type '\.pdf'.*\.txt, \.jsonl"):
        read_article(_write(tmp_path / "paper.pdf", "x"))
    with pytest.raises(ArticleError, match="sidecar"):
        read_article(_write(tmp_path / "meta.json", "{}"))


def test_bad_sidecar_and_bad_dates(tmp_path):
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.json", "{oops")
    with pytest.raises(ArticleError, match=r"sidecar .*a\.json is not valid JSON"):
        read_article(tmp_path / "a.txt")
    _write(tmp_path / "a.json", json.dumps({"published": "31/07/2025"}))
    with pytest.raises(DateError, match=r"'31/07/2025' in .*a\.txt.*2025-07-31"):
        read_article(tmp_path / "a.txt")
    with pytest.raises(DateError, match="'yesterday'.*such as 2025-07-31"):
        read_articles([tmp_path / "a.txt"], published="yesterday")
    assert issubclass(ArticleError, InputError) and issubclass(DateError, ValueError)


def test_parse_date_accepts_dates_and_datetimes():
    assert parse_date("2025-07-31") == dt.date(2025, 7, 31)
    assert parse_date("2025-07-31T23:59:00Z") == dt.date(2025, 7, 31)
    assert parse_date(dt.datetime(2025, 7, 31, 8)) == dt.date(2025, 7, 31)
    assert parse_date(None) is None
    with pytest.raises(DateError):
        parse_date(20250731)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------- boilerplate


def test_real_seed_loses_read_also_and_keeps_content():
    raw = SEED.read_text(encoding="utf-8")
    assert "READ ALSO: Calls Grow For Clarity On Unibank Settlement" in raw
    article = read_article(SEED)
    assert "READ ALSO" not in article.text
    assert "Unibank" not in article.text
    assert article.text.endswith("scrutiny of China’s role in the Russian invasion of Ukraine.")
    assert article.text.count("Zhang Xiaogang") == raw.count("Zhang Xiaogang") == 2
    assert "\nZhang Xiaogang\n" in article.text
    assert "\nMatthew Whitaker\n" in article.text
    # everything else is kept word for word
    assert article.text == raw.strip().rsplit("\n", 1)[0].strip()


def test_strip_boilerplate_trailing_run_and_advertisements():
    text = "\n".join(
        [
            "Shelling hit Kharkiv overnight.",
            "Advertisement",
            "Officials said two people were hurt.",
            "- ADVERTISEMENT -",
            "Story continues below advertisement",
            "Repairs began in the morning.",
            "",
            "Related: Kyiv braces for winter",
            "Also read Moscow responds",
            "Subscribe to our newsletter",
            "Follow us on Twitter and Facebook",
            "Share this article",
            "Click here for more",
            "Read more: Ukraine latest",
            "© 2025 Example Media. All rights reserved.",
        ]
    )
    assert strip_boilerplate(text) == (
        "Shelling hit Kharkiv overnight.\nOfficials said two people were hurt.\nRepairs began in the morning."
    )


def test_strip_boilerplate_never_removes_real_content():
    content = [
        "Read more about the ceasefire terms: both sides withdraw 20 km from the line within a week, "
        "monitors from the OSCE will verify the pull-back, and prisoners will be exchanged in stages.",
        "Related talks were held in Geneva.",
        "Subscribers to the local paper were told to evacuate.",
        "The advertisement campaign was pulled after the attack.",
        "Follow-up talks are planned in Doha.",
    ]
    for line in content:
        text = "Fighting continued in Gaza.\n" + line
        assert strip_boilerplate(text) == text, line
    # boilerplate in the middle of the article stays (only a trailing run goes)
    middle = "Fighting continued.\nRead more: earlier report\nTalks resume on Monday."
    assert strip_boilerplate(middle) == middle


def test_read_articles_accepts_a_single_path(tmp_path):
    path = _write(tmp_path / "one.txt", BODY)
    assert [a.id for a in read_articles(path)] == ["one"]
    assert [a.id for a in read_articles(str(path))] == ["one"]
    with pytest.raises(ArticleError, match="No input"):
        read_articles([])


def test_read_article_rejects_multi_article_jsonl(tmp_path):
    path = _write(tmp_path / "two.jsonl", json.dumps({"text": "A in Rome."}) + "\n" + json.dumps({"text": "B in Bern."}) + "\n")
    with pytest.raises(ArticleError, match="holds 2 articles"):
        read_article(path)


def test_seed_directory_copy(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_suffix(".json"), tmp_path / SEED.with_suffix(".json").name)
    [article] = read_articles([tmp_path])
    assert article.id == "000_a871b5494525aa74" and article.published == dt.date(2025, 7, 31)
