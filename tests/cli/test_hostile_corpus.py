"""A corpus of hostile inputs, made here (no committed binaries), through ``kg build``: the good
files land, each bad one is named with its reason, the exit code says so, nothing stored is lost."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli

GOOD = "Wien – Bundeskanzlerin Petra Lindner telefonierte am Montag mit dem slowakischen Präsidenten Jozef Horváth."


def make_corpus(folder):
    folder.mkdir()
    (folder / "utf8.txt").write_text(GOOD, encoding="utf-8")
    (folder / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + "Graz – Der Landeshauptmann empfing den Botschafter.".encode())
    (folder / "utf16.txt").write_bytes("Linz – Die Ministerin besuchte am Dienstag Prag.".encode("utf-16"))
    (folder / "legacy.txt").write_bytes("Salzburg – Der Bürgermeister traf die Außenministerin.".encode("cp1252"))
    (folder / "zero-width.txt").write_text("Wien – Der Kanzler traf\u200b Präsident Jozef\u00a0Horváth in Wien.", encoding="utf-8")
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Lindner in Bratislava</title></head><body><nav>Menü Start Politik</nav>"
        "<article><h1>Lindner in Bratislava</h1><p>Bratislava – Bundeskanzlerin Petra Lindner ist am Mittwoch zu einem "
        "Arbeitsbesuch in die Slowakei gereist. Sie traf dort Präsident Jozef Horváth zu einem längeren Gespräch über die "
        "Energiepolitik beider Länder.</p><p>Beide kündigten eine engere Zusammenarbeit an.</p></article>"
        "<footer>Impressum</footer></body></html>", encoding="utf-8")
    (folder / "renamed.pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "archive.txt").write_bytes(b"PK\x03\x04" + bytes(60))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (folder / "nul.txt").write_bytes(b"Wien \x00\x00 Text")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "huge.txt").write_text(GOOD + " Weiter." * 4000, encoding="utf-8")
    (folder / "menu.html").write_text("<html><body><nav></nav></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "feed-1", "text": GOOD}, ensure_ascii=False), '{"id": "feed-2", "text": "Wien – abgebrochen',
             json.dumps({"id": "feed-3", "text": "Wien – Die Außenministerin empfing ihren Amtskollegen."}, ensure_ascii=False),
             json.dumps(["not", "an", "object"])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_hostile_corpus(tmp_path, caplog):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(corpus), "--store", str(store), "--max-bytes", "20000",
                                 "--errors", str(tmp_path / "errors.jsonl")])
    assert result.exit_code == 1, result.output
    errors = {json.loads(line)["source"].removeprefix(str(corpus) + "/"): json.loads(line)["reason"]
              for line in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()}
    assert errors == {
        "renamed.pdf.txt": "binary input (a PDF file), not text",
        "archive.txt": "binary input (a ZIP archive (or DOCX/XLSX)), not text",
        "image.txt": "binary input (a PNG image), not text",
        "nul.txt": "binary input (contains NUL bytes), not text",
        "empty.txt": "empty file, skipped",
        "blank.txt": "empty file, skipped",
        "huge.txt": f"file is {(corpus / 'huge.txt').stat().st_size:,} bytes, over the limit of 20,000 (raise --max-bytes)",
        "menu.html": "HTML page without article text (trafilatura found none); save the article as a .txt file",
        "feed.jsonl:2": errors.get("feed.jsonl:2", "?"),
        "feed.jsonl:4": "each line must be a JSON object with a 'text' field",
    }
    assert errors["feed.jsonl:2"].startswith("malformed JSON")
    for name, reason in errors.items():  # each named on stderr, one line
        assert f"Error: {corpus / name}: {reason}" in result.output
    assert "legacy.txt: not UTF-8; read as cp1252" in caplog.text  # a warning, and the file lands
    assert "8 articles (8 written, 0 unchanged)" in result.output

    # the good ones are in the graph, with their text intact
    people = runner.invoke(cli, ["query", "actors", "--store", str(store), "--format", "csv"])
    assert "Petra Lindner" in people.output and "Jozef Horváth" in people.output
    assert "Bürgermeister" in runner.invoke(cli, ["query", "SELECT ?t WHERE { ?a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }",
                                                  "--store", str(store), "--format", "csv"]).output

    # a second, partly bad build loses nothing already stored
    (corpus / "utf8.txt").write_bytes(b"%PDF-1.4 replaced by a PDF")
    again = runner.invoke(cli, ["build", str(corpus), "--store", str(store), "--max-bytes", "20000"])
    assert again.exit_code == 1
    stats = runner.invoke(cli, ["stats", "--store", str(store)])
    assert "articles   8" in stats.output
