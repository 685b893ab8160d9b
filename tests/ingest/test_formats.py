"""Ingest: wire header, headline, credit lines, datelines, JSONL, decoding."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kg.ingest import Article, IngestFailure, decode, parse_jsonl, parse_text, read_articles
from kg.errors import InputError

WIRE = (
    "apa.at\n"
    "news/APA/Montag, 03.03.25, 09:15:00\n"
    "\n"
    "Kanzler empfängt Premier in Wien\n"
    "\n"
    "Wien – Bundeskanzler Christian Stocker hat am Montag den britischen Premier Keir Starmer in Wien empfangen.\n"
    "APA/APA/HANS KLAUS TECHT\n"
    "\n"
    "Die beiden sprachen über Sicherheit.\n"
)


def test_wire_header_gives_vienna_publication_time():
    article = parse_text(WIRE, source="t.txt")
    assert article.published == datetime(2025, 3, 3, 9, 15, tzinfo=ZoneInfo("Europe/Vienna"))
    assert article.agency == "APA"
    assert article.title == "Kanzler empfängt Premier in Wien"
    assert article.dateline == "Wien"


def test_wire_header_and_credit_lines_are_blanked_not_cut():
    article = parse_text(WIRE, source="t.txt")
    analysed = article.analysis_text()
    assert len(analysed) == len(article.text)
    assert "APA/APA" not in analysed and "news/APA" not in analysed and "apa.at" not in analysed
    start = article.text.index("Bundeskanzler")
    assert analysed[start : start + 13] == "Bundeskanzler"


def test_title_span_points_at_the_headline():
    article = parse_text(WIRE, source="t.txt")
    start, end = article.title_span
    assert article.text[start:end] == "Kanzler empfängt Premier in Wien"


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("Berlin – Die Regierung tagte.", "Berlin"),
        ("Moskau/Kiew – Beide Seiten meldeten Angriffe.", "Moskau/Kiew"),
        ("Ein Teaser endet hier. Brüssel – Die Kommission legte vor.", "Brüssel"),
        ("Kein Ortsvorspann in diesem Text.", None),
        # in capitals, of any length, with the agency in brackets
        ("HAMBURG - Der Senat beschloss neue Regeln.", "HAMBURG"),
        ("BRÜSSEL/WIEN (APA) - Die Minister berieten lange.", "BRÜSSEL/WIEN"),
        ("Ein Vorspann endet. NEW YORK (dpa) – Die Börse schloss fester.", "NEW YORK"),
        ("St. Pölten – Der Landtag tagte.", "St. Pölten"),
        # a date's month before a dash in the teaser is no dateline; the real one after it is found
        ("Nächste Sitzung am 6. Oktober – Minister uneins. Linz – Der Landtag tagte.", "Linz"),
        ("Nächste Sitzung am 16. Oktober – Minister uneins. Linz – Der Landtag tagte.", "Linz"),
        ("Strafe für Absprachen bis Juli 2011. Traun – Das Kartellgericht entschied.", "Traun"),
    ],
)
def test_plain_text_dateline(text, dateline):
    assert parse_text(text, source="p.txt").dateline == dateline


def test_plain_text_headline_before_blank_line():
    article = parse_text("Zwei Minister treffen sich\n\nWien – Der Text.", source="p.txt")
    assert article.title == "Zwei Minister treffen sich"
    assert article.published is None


def test_content_id_is_stable_and_content_based():
    a = parse_text(WIRE, source="a.txt")
    b = parse_text(WIRE, source="b.txt")
    c = parse_text(WIRE + "Noch ein Satz.\n", source="a.txt")
    assert a.id == b.id != c.id
    assert a.id.startswith("apa-")


def test_jsonl_records_and_a_broken_line_in_the_middle():
    text = (
        '{"id": "n1", "title": "T1", "published": "2025-05-07T12:00:00+02:00", "text": "Paris – Ein Text."}\n'
        '{"id": "n2", "text": "kaputt\n'
        '{"text": "Ohne Id, aber mit Text.", "source": "Agentur"}\n'
    )
    items = list(parse_jsonl(text, source="feed.jsonl"))
    assert [type(i) for i in items] == [Article, IngestFailure, Article]
    assert items[0].id == "n1" and items[0].title == "T1" and items[0].published.isoformat() == "2025-05-07T12:00:00+02:00"
    assert items[1].source == "feed.jsonl:2" and "malformed JSON" in items[1].reason
    assert items[2].id.startswith("doc-") and items[2].agency == "Agentur"


def test_jsonl_missing_text_is_reported_with_line_number():
    items = list(parse_jsonl('{"id": "x"}\n', source="f.jsonl"))
    assert isinstance(items[0], IngestFailure) and items[0].source == "f.jsonl:1"


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Grüße aus Wien".encode("utf-8"), "Grüße aus Wien"),
        ("\ufeffGrüße".encode("utf-8"), "Grüße"),
        ("Grüße".encode("utf-16"), "Grüße"),
        ("Grüße – €".encode("cp1252"), "Grüße – €"),
    ],
)
def test_decode_encodings(data, expected):
    assert decode(data, source="x") == expected


@pytest.mark.parametrize("data, reason", [(b"%PDF-1.7 ...", "PDF"), (b"ab\x00cd", "NUL"), (b"\x89PNG\r\n", "PNG")])
def test_decode_rejects_binary(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data, source="x")


def test_read_articles_reports_bad_files_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Wien – Der Kanzler traf den Präsidenten.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    items = list(read_articles([tmp_path], max_bytes=1000))
    by_name = {i.source.rsplit("/", 1)[-1]: i for i in items}
    assert isinstance(by_name["good.txt"], Article)
    assert "empty" in by_name["empty.txt"].reason
    assert "PDF" in by_name["binary.txt"].reason
    assert "over the limit" in by_name["big.txt"].reason


def test_a_store_inside_the_input_folder_is_not_read_as_articles(tmp_path):
    from kg.store import Store

    (tmp_path / "story.txt").write_text("Wien – Der Kanzler traf den Präsidenten.", encoding="utf-8")
    with Store.open(tmp_path / "kg-store"):
        pass
    sources = [i.source for i in read_articles([tmp_path])]
    assert sources == [str(tmp_path / "story.txt")]


@pytest.mark.parametrize("headline_line", ["Kanzler empfängt Premier in Wien  ", "\tKanzler empfängt Premier in Wien \t"])
def test_wire_title_span_leaves_out_blanks_around_the_headline(headline_line):
    article = parse_text(WIRE.replace("Kanzler empfängt Premier in Wien", headline_line), source="t.txt")
    start, end = article.title_span
    assert article.title == "Kanzler empfängt Premier in Wien" == article.text[start:end]
