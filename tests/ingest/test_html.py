"""HTML input: trafilatura finds the article text, headline and date; empty pages are named."""

from __future__ import annotations

import socket
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kg.errors import InputError
from kg.ingest import Article, IngestFailure, looks_like_html, parse_html, read_articles

# Our own invented article, wrapped in the usual page furniture (menu, footer, script).
PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Außenministerin empfängt slowakischen Amtskollegen | Donaukurier Online</title>
<meta property="og:title" content="Außenministerin empfängt slowakischen Amtskollegen">
<meta property="og:site_name" content="Donaukurier Online">
<meta property="article:published_time" content="2025-04-14T10:30:00+02:00">
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/wetter">Wetter</a></li></ul></nav>
<article>
<h1>Außenministerin empfängt slowakischen Amtskollegen</h1>
<p>Wien – Außenministerin Gerlinde Brandtner hat am Montag ihren slowakischen Amtskollegen Jozef Kováčik in Wien empfangen. Die beiden sprachen über die Zusammenarbeit an der gemeinsamen Grenze.</p>
<p>Am Nachmittag telefonierte Brandtner zudem mit dem tschechischen Außenminister. Ein weiteres Treffen der drei Minister ist für den Herbst geplant.</p>
<p>Kováčik lobte nach dem Gespräch die guten Beziehungen zwischen beiden Ländern.</p>
</article>
<footer><p>© Donaukurier Online 2025 – Impressum – Datenschutz – Abo bestellen</p></footer>
<script>window.tracking = {"seite": "politik"};</script>
</body>
</html>
"""

EMPTY_PAGE = "<!DOCTYPE html><html><head><title>Seite nicht gefunden</title></head><body><script>var a = 1;</script></body></html>"


def test_html_main_text_headline_and_date():
    article = parse_html(PAGE, source="brandtner.html")
    assert article.title == "Außenministerin empfängt slowakischen Amtskollegen"
    assert article.published == datetime(2025, 4, 14, tzinfo=ZoneInfo("Europe/Vienna"))
    assert article.agency == "Donaukurier Online"
    assert article.dateline == "Wien"
    start, end = article.title_span
    assert article.text[start:end] == article.title
    for furniture in ("Startseite", "Impressum", "tracking", "<p>", "Donaukurier"):
        assert furniture not in article.text
    assert article.text.count("Außenministerin empfängt") == 1  # the <h1> is the headline, once


def test_html_paragraph_breaks_survive_as_blank_lines():
    article = parse_html(PAGE, source="brandtner.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert paragraphs[1].startswith("Wien – Außenministerin Gerlinde Brandtner")
    assert paragraphs[2].startswith("Am Nachmittag telefonierte")
    assert paragraphs[3].startswith("Kováčik lobte")


@pytest.mark.parametrize(
    "name, content",
    [
        ("brandtner.html", PAGE),
        ("brandtner.htm", PAGE),
        ("brandtner.txt", PAGE),  # a saved page with the wrong suffix: the doctype tells
        ("ohne-doctype", PAGE.replace("<!DOCTYPE html>\n", "")),
    ],
)
def test_html_files_are_read_by_suffix_or_content(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    [item] = read_articles([tmp_path / name])
    assert isinstance(item, Article), item
    assert item.title == "Außenministerin empfängt slowakischen Amtskollegen"
    assert "Jozef Kováčik" in item.text


def test_html_page_without_text_is_named_and_the_rest_still_load(tmp_path):
    (tmp_path / "leer.html").write_text(EMPTY_PAGE, encoding="utf-8")
    (tmp_path / "gut.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notiz.txt").write_text("Wien – Der Nationalrat tagte am Mittwoch.", encoding="utf-8")
    items = {item.source.rsplit("/", 1)[-1]: item for item in read_articles([tmp_path])}
    assert set(items) == {"leer.html", "gut.htm", "notiz.txt"}
    failure = items["leer.html"]
    assert isinstance(failure, IngestFailure)
    assert "without article text" in failure.reason and "\n" not in failure.reason
    assert isinstance(items["gut.htm"], Article) and isinstance(items["notiz.txt"], Article)


def test_html_without_text_raises_input_error():
    with pytest.raises(InputError, match="trafilatura found none"):
        parse_html(EMPTY_PAGE, source="leer.html")


@pytest.mark.parametrize(
    "text, expected",
    [
        (PAGE, True),
        ("<html><body><p>Text</p></body></html>", True),
        ('<?xml version="1.0"?>\n<!-- gespeichert -->\n<!doctype HTML>\n<html>', True),
        ("Wien – Im <html>-Code der Seite stand nichts.", False),
        ('{"text": "<html>"}', False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_html_is_never_fetched_from_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("kg opened a network connection while reading HTML")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    page = PAGE.replace("<head>", '<head>\n<link rel="canonical" href="https://example.org/politik/brandtner">')
    article = parse_html(page, source="brandtner.html")
    assert article.url == "https://example.org/politik/brandtner"


def test_html_article_actors_point_into_the_stored_text(tmp_path):
    from kg.api import extract_file

    (tmp_path / "brandtner.html").write_text(PAGE, encoding="utf-8")
    [result] = extract_file(tmp_path / "brandtner.html")
    people = {a.label for a in result.actors if a.type == "Person"}
    assert {"Gerlinde Brandtner", "Jozef Kováčik"} <= people
    for actor in result.actors:
        for mention in actor.mentions:
            assert result.text[mention.start : mention.end] == mention.text
    assert any(e.type == "Call" for e in result.events)
