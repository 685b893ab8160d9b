"""JSON Lines files are read line by line: any file size, ``--max-bytes`` per line (article)."""

from __future__ import annotations

import json

from kg.ingest import Article, IngestFailure, read_articles

SHORT = "Wien – Die Außenministerin empfing am Montag ihren slowakischen Amtskollegen zu Gesprächen."


def test_a_file_larger_than_the_limit_loads_when_each_line_fits(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"a{n}", "text": SHORT}, ensure_ascii=False) for n in range(50)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = 400  # bytes: each line fits, the file (50 lines) does not
    assert feed.stat().st_size > limit
    items = list(read_articles([feed], max_bytes=limit))
    assert [i.id for i in items if isinstance(i, Article)] == [f"a{n}" for n in range(50)]
    assert items[0].text == SHORT


def test_an_oversized_line_is_named_by_its_number_and_the_rest_load(tmp_path):
    feed = tmp_path / "feed.jsonl"
    big = {"id": "big", "text": SHORT + " Mehr." * 200}
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ({"id": "a", "text": SHORT}, big, {"id": "c", "text": SHORT})) + "\n",
                    encoding="utf-8")
    items = list(read_articles([feed], max_bytes=600))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    [failure] = [i for i in items if isinstance(i, IngestFailure)]
    assert failure.source == f"{feed}:2" and "over the limit of 600" in failure.reason


def test_bom_cp1252_lines_and_blank_lines(tmp_path, caplog):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "u", "text": SHORT}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "w", "text": "Graz – Der Bürgermeister traf den Landeshauptmann."}, ensure_ascii=False).encode("cp1252")
    feed.write_bytes(b"\xef\xbb\xbf" + good + b"\n\n" + legacy + b"\n")
    items = list(read_articles([feed]))
    assert [i.id for i in items] == ["u", "w"]
    assert "Bürgermeister" in items[1].text
    assert "read as cp1252" in caplog.text


def test_binary_and_empty_jsonl_files_are_one_failure_each(tmp_path):
    pdf = tmp_path / "renamed.jsonl"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    items = list(read_articles([pdf, empty]))
    assert [(i.source, i.reason) for i in items] == [
        (str(pdf), "binary input (a PDF file), not text"),
        (str(empty), "empty file, skipped"),
    ]
