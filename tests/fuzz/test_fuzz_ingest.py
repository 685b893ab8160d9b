"""Fuzzing ingest: any bytes, any text, any HTML become an Article or a named failure, never a crash."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import Article, IngestFailure, decode, normalize_text, parse_html, parse_jsonl, parse_text, read_articles
from kg.ingest.normalize import clean_field
from tests.fuzz.properties import check_article, check_clean, fuzz_settings

FAST = fuzz_settings(150)
SLOW = fuzz_settings(25)

# every category, surrogates included (JSON can carry them, files decoded as UTF-16 too)
ANY_CHAR = st.characters(categories=["L", "M", "N", "P", "S", "Z", "C"])
TRICKY = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", "\u202e", "\u2066", "\u00ad", "\u0301", "\u0308",
     "\u0323", "\u0302", "\u093c", "\u0b3e", "\u1161", "\u11a8", "\r", "\n", "\x0c", "\x85", "\u2028", "\ud800", "\udfff",
     "\x00", "\x7f", "\ufffe", "\U0001f600", "\u0958", "\u2126", "e", "E", "o", "a", " ", "–", "„", "“"]
)
UNICODE_TEXT = st.text(st.one_of(ANY_CHAR, TRICKY), max_size=200)


@FAST
@given(st.binary(max_size=3000))
@example(b"\xff\xfe\x00\xd8")  # UTF-16 with a lone surrogate
@example(b"\xef\xbb\xbf\xef\xbb\xbfDoppel-BOM")
def test_fuzz_decode_returns_text_or_input_error(data):
    try:
        text = decode(data, source="zufall.bin")
    except InputError as e:
        assert e.source == "zufall.bin" and e.reason and "\n" not in e.reason
        return
    assert isinstance(text, str)


@SLOW
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.htm", "a.jsonl", "ohne-endung", "a.md"]))
@example(b"<!doctype html><html><body></body></html>", "a.txt")
@example(b"\xe2\x80\x8b\xe2\x80\x8b\n", "a.txt")
@example(b'{"text": "\\ud800"}\n{"text": "\\u200b"}\n[1]\n', "a.jsonl")
def test_fuzz_random_bytes_in_files_become_articles_or_failures(data, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_articles([path]))
    assert items, "every input is accounted for"
    for item in items:
        assert isinstance(item, (Article, IngestFailure))
        if isinstance(item, IngestFailure):
            assert item.reason and "\n" not in item.reason
        else:
            check_article(item)


@FAST
@given(UNICODE_TEXT)
@example("Wien\u200b – Premier Rene\u0301 Vandermeulen kam.")
@example("e\u200b\u0301\u0301\ud800\u1100\u1161\u11a8")
def test_fuzz_normalize_text(raw):
    text, offsets = normalize_text(raw)
    check_clean(text)
    assert normalize_text(text) == (text, normalize_text(text)[1]) and normalize_text(text)[1].is_identity
    assert (offsets.input_length, len(offsets)) == (len(raw), len(text))
    whole = [k for k in range(len(text) + 1) if k == len(text) or not unicodedata.combining(text[k])]
    previous = (0, 0)
    for start in range(len(text) + 1):
        a, b = offsets.span(start, min(len(text), start + 3))
        assert 0 <= a <= b <= len(raw) and a >= previous[0], "the map keeps the order of the text"
        assert text[start : start + 3] in clean_field(raw[a:b])
        previous = (a, b)
    for start in whole[:-1]:
        end = next(k for k in whole if k > start)
        a, b = offsets.span(start, end)
        assert clean_field(raw[a:b]) == text[start:end]


@FAST
@given(UNICODE_TEXT)
def test_fuzz_parse_text_any_unicode(raw):
    article = parse_text(raw, source="zufall.txt")
    check_article(article, raw)


WIRE_LINES = st.lists(
    st.one_of(
        UNICODE_TEXT.map(lambda s: s.replace("\n", " ")),
        st.sampled_from(["APA/APA/dpa/Kay Nietfeld", "", "Wien – Die Ministerin kam.", "apa.at", "\u200b"]),
    ),
    max_size=8,
)


@FAST
@given(st.sampled_from(["", "\ufeff", "\u200b", "apa.at\n"]), st.sampled_from(["news/APA/Montag, 03.03.25, 09:15:00", "news/APA/Montag, 31.02.25, 09:15", "news/dpa/\u200bDienstag, 4.3.2025, 7:05"]), WIRE_LINES)
def test_fuzz_wire_stories(lead, header, lines):
    raw = lead + header + "\n\n" + "\n".join(lines)
    try:
        article = parse_text(raw, source="wire.txt")
    except InputError as e:
        assert "impossible date" in e.reason
        return
    check_article(article, raw)
    analysed = article.analysis_text()
    assert "news/" not in analysed.split("\n", 3)[0] + analysed.split("\n", 3)[1]


JSON_VALUE = st.one_of(st.none(), st.integers(), UNICODE_TEXT, st.lists(st.integers(), max_size=2))
RECORD = st.fixed_dictionaries({}, optional={"id": JSON_VALUE, "text": JSON_VALUE, "title": JSON_VALUE, "published": JSON_VALUE, "url": JSON_VALUE, "source": JSON_VALUE})


@FAST
@given(st.lists(st.one_of(RECORD.map(json.dumps), UNICODE_TEXT.map(lambda s: s.replace("\n", " ").replace("\r", " "))), max_size=5))
def test_fuzz_jsonl_lines(lines):
    items = list(parse_jsonl("\n".join(lines), source="feed.jsonl"))
    for item in items:
        assert isinstance(item, (Article, IngestFailure))
        assert item.source.startswith("feed.jsonl:")
        if isinstance(item, Article):
            check_article(item)
            for value in (item.id, item.title, item.url, item.agency):
                if value is not None:
                    check_clean(value)
                    value.encode("utf-8")


TAGS = st.sampled_from(["p", "div", "article", "h1", "h2", "span", "nav", "footer", "script", "style", "li", "ul", "table", "td", "blockquote", "br"])


@st.composite
def html_pages(draw):
    parts = ["<!DOCTYPE html><html><head>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(UNICODE_TEXT)}</title>")
    if draw(st.booleans()):
        parts.append(f'<meta property="article:published_time" content="{draw(st.sampled_from(["2025-04-14", "2025-13-45", "gestern", ""]))}">')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>{draw(UNICODE_TEXT)}</{tag}>" if draw(st.booleans()) else f"<{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


@SLOW
@given(html_pages())
@example("<!DOCTYPE html><html><body><p>Wien – Die Ministerin besuchte am Montag Graz.</p></body></html>")
@example("<html>" + "<div>" * 400 + "<p>Tief verschachtelt.</p>")
def test_fuzz_html_pages(page):
    try:
        article = parse_html(page, source="seite.html")
    except InputError as e:
        assert "without article text" in e.reason
        return
    check_article(article)
    assert article.text.strip()
