"""Unicode clean-up: NFC, invisible characters removed, offsets stay right both ways."""

from __future__ import annotations

import json
import pickle
import unicodedata

import pytest

from kg.ingest import Article, IngestFailure, OffsetMap, normalize_text, parse_jsonl, parse_text, read_articles
from kg.ingest.normalize import clean_field

ZWSP, ZWJ, BOM, LRM, RLM, SHY = "\u200b", "\u200d", "\ufeff", "\u200e", "\u200f", "\u00ad"
ACUTE, DIAERESIS = "\u0301", "\u0308"

# Invented news sentence; the names hide a zero-width space, combining accents and marks.
RAW = (
    f"Wien{ZWSP} – Bundeskanzlerin Ingrid Ho{DIAERESIS}llwarth hat am Montag den belgischen "
    f"Premierminister Rene{ACUTE} Vandermeulen im Kanzleramt empfangen.{RLM} Die beiden "
    f"telefonierten{SHY} bereits im Mai.\n"
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Der Kanzler reiste nach Graz.", "Der Kanzler reiste nach Graz."),
        (f"Mer{ZWSP}kel", "Merkel"),
        (f"Jose{ACUTE} Ferreira", "José Ferreira"),
        (f"{BOM}Wien – Text{BOM} mit BOM", "Wien – Text mit BOM"),
        (f"{LRM}Kairo{RLM} – Der Minister", "Kairo – Der Minister"),
        (f"Bundes{SHY}kanzler", "Bundeskanzler"),
        (f"Zeile\x0cneue Seite\x0bund\x85mehr\u2028Ende", "Zeile\nneue Seite\nund\nmehr\nEnde"),
        ("Null\x01Eins\x7fZwei\x9b", "NullEinsZwei"),
        ("Tab\tbleibt\r\nund CRLF auch", "Tab\tbleibt\r\nund CRLF auch"),
        ("kaputt \ud800 ersetzt", "kaputt \ufffd ersetzt"),
        ("x\u0302\u0323", "x\u0323\u0302"),  # canonical order of marks
        (f"e{ZWSP}{ACUTE}", "é"),  # a hidden character does not keep the accent off its letter
        ("\u1100\u1161\u11a8", "\uac01"),  # Hangul jamo compose to one syllable
        ("Ωhm: \u2126", "Ωhm: \u03a9"),
    ],
)
def test_normalize_text_output(raw, expected):
    text, offsets = normalize_text(raw)
    assert text == expected
    assert unicodedata.is_normalized("NFC", text)
    assert (offsets.input_length, len(offsets)) == (len(raw), len(text))


@pytest.mark.parametrize("raw", [RAW, f"{ZWSP}{ZWSP}e{ACUTE}{ACUTE}x{BOM}", "a\u0958\u093c b", "ax\u0302\u0323b", "ÄÖÜ äöü ß – „Zitat“ » « ‚x‘"])
def test_offset_map_leads_back_to_the_input(raw):
    """Any span maps to input that holds it; a span that keeps letters and accents together
    (as every token does) maps to exactly the input it came from."""
    text, offsets = normalize_text(raw)
    whole = [k for k in range(len(text) + 1) if k == len(text) or not unicodedata.combining(text[k])]
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 6) + 1):
            a, b = offsets.span(start, end)
            assert 0 <= a <= b <= len(raw)
            assert text[start:end] in clean_field(raw[a:b])
            if start in whole and end in whole:
                assert clean_field(raw[a:b]) == text[start:end]


def test_offset_map_of_unchanged_text_is_identity():
    raw = "Graz – Die Landesregierung beschloss am Dienstag das Budget für 2026."
    text, offsets = normalize_text(raw)
    assert text == raw and offsets.is_identity
    assert offsets.span(7, 26) == (7, 26)
    assert offsets == OffsetMap.identity(len(raw))


def test_offset_map_index_is_the_input_index_of_each_character():
    text, offsets = normalize_text(f"Mer{ZWSP}kel")
    assert [offsets[i] for i in range(len(text) + 1)] == [0, 1, 2, 4, 5, 6, 7]
    with pytest.raises(IndexError):
        offsets.start(len(text) + 1)


def test_name_after_zero_width_space_and_combining_accent_points_into_the_stored_text():
    """The user's check: the mention's offsets slice the stored text, and lead back to the input."""
    from kg.api import extract_articles
    from kg.rdf.mapping import document_graph
    from kg.rdf.terms import NIF

    article = parse_text(RAW, source="vandermeulen.txt")
    assert "René Vandermeulen" in article.text and "Ingrid Höllwarth" in article.text
    [result] = extract_articles([article])
    assert result.text == article.text
    mentions = {m.text: m for a in result.actors for m in a.mentions}
    rene = mentions["René Vandermeulen"]
    assert result.text[rene.start : rene.end] == "René Vandermeulen"
    a, b = article.input_span(rene.start, rene.end)
    assert RAW[a:b] == f"Rene{ACUTE} Vandermeulen"
    ingrid = mentions["Ingrid Höllwarth"]
    a, b = article.input_span(ingrid.start, ingrid.end)
    assert RAW[a:b] == f"Ingrid Ho{DIAERESIS}llwarth"

    graph = document_graph(result)
    [stored] = list(graph.objects(None, NIF.isString))
    for node in graph.subjects(NIF.anchorOf, None):
        begin = int(graph.value(node, NIF.beginIndex))
        end = int(graph.value(node, NIF.endIndex))
        assert str(stored)[begin:end] == str(graph.value(node, NIF.anchorOf))


def test_wire_header_with_hidden_characters_is_still_a_wire_story():
    raw = (
        f"{BOM}apa.at\n"
        f"news/APA/{ZWSP}Dienstag, 04.03.25, 11:00:00\n\n"
        "Ministerin besucht Linz\n\n"
        f"Linz – Die Ministerin besuchte am Dienstag die Voest{SHY}alpine.\n"
    )
    article = parse_text(raw, source="linz.txt")
    assert article.agency == "APA" and article.title == "Ministerin besucht Linz"
    assert article.dateline == "Linz"
    assert "news/APA" not in article.analysis_text() and "Voestalpine" in article.text
    start, end = article.title_span
    assert article.text[start:end] == article.title


def test_ids_hash_the_input_so_they_did_not_change():
    from kg.ingest import content_id

    raw = "Eisenstadt – Der Landeshauptmann empfing am Freitag den Botschafter."
    assert parse_text(raw, source="a.txt").id == content_id(raw)
    assert parse_text(f"{raw}{ZWSP}", source="a.txt").id != content_id(raw)


def test_jsonl_text_is_cleaned_and_mapped_back_to_the_field():
    record = {"id": "n1", "title": f"Rene{ACUTE} Vandermeulen{ZWSP} in Wien", "text": f"Wien – Premier Rene{ACUTE} Vandermeulen kam."}
    [article] = list(parse_jsonl(json.dumps(record) + "\n", source="feed.jsonl"))
    assert article.title == "René Vandermeulen in Wien"
    start = article.text.index("René")
    a, b = article.input_span(start, start + len("René Vandermeulen"))
    assert record["text"][a:b] == f"Rene{ACUTE} Vandermeulen"


def test_jsonl_lone_surrogate_and_invisible_only_text():
    lines = '{"text": "Wien \\ud800 \\u2013 Der Minister kam."}\n{"text": "\\u200b\\u200d\\ufeff"}\n'
    first, second = parse_jsonl(lines, source="feed.jsonl")
    assert isinstance(first, Article) and first.text == "Wien \ufffd – Der Minister kam."
    assert first.id.startswith("doc-")
    assert isinstance(second, IngestFailure) and "invisible" in second.reason


def test_file_of_only_control_and_format_characters_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "unsichtbar.txt").write_text(f"{ZWSP}{ZWJ}\x01\x02{LRM}", encoding="utf-8")
    [item] = read_articles([tmp_path / "unsichtbar.txt"])
    assert isinstance(item, IngestFailure) and "invisible" in item.reason


def test_article_with_offset_map_pickles():
    article = parse_text(RAW, source="x.txt")
    again = pickle.loads(pickle.dumps(article))
    assert again == article and again.offset_map == article.offset_map
    assert again.input_span(0, 4) == article.input_span(0, 4) == (0, 4)
