"""The command line end to end, as a user runs it."""

from __future__ import annotations

import json

import pytest

from kg.cli import COMMANDS, cli


def test_help_teaches_every_command(runner):
    result = runner.invoke(cli, ["-h"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output
        sub = runner.invoke(cli, [name, "-h"])
        assert sub.exit_code == 0, name
        assert "Example" in sub.output or name in ("eval", "train"), name


def test_extract_jsonl_contract(runner, examples_dir):
    result = runner.invoke(cli, ["extract", str(examples_dir / "apa-2025-08-09-trump-putin-alaska.txt")])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output.splitlines()[0])
    assert set(doc) >= {"id", "source", "title", "published", "lang", "actors", "events"}
    assert doc["published"] == "2025-08-09T08:12:50+02:00"
    actor = doc["actors"][0]
    assert set(actor) >= {"id", "label", "type", "mentions", "roles", "country", "wikidata"}
    event = next(e for e in doc["events"] if e["type"] == "Invitation")
    assert set(event) >= {"id", "type", "participants", "place", "date", "duration", "status", "evidence", "cameo", "plover"}
    ids = {a["id"]: a["label"] for a in doc["actors"]}
    assert {ids[p["actor"]]: p["role"] for p in event["participants"]} == {"Wladimir Putin": "initiator", "Donald Trump": "recipient"}
    assert ids[event["place"]] == "Moskau"
    assert event["cameo"] == "036"


def test_extract_reads_stdin(runner):
    result = runner.invoke(cli, ["extract", "-"], input="Wien – Putin lud Trump nach Moskau ein.\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"][0]["type"] == "Invitation"


def test_extract_ttl(runner, examples_dir):
    result = runner.invoke(cli, ["extract", str(examples_dir / "apa-2025-04-12-iran-usa-maskat.txt"), "--format", "ttl"])
    assert result.exit_code == 0
    assert "kg:Negotiation" in result.output


def test_build_query_export_stats(runner, examples_dir, fresh_store, tmp_path):
    built = runner.invoke(cli, ["build", str(examples_dir), "--store", str(fresh_store)])
    assert built.exit_code == 0, built.output
    assert "11 articles" in built.output
    queried = runner.invoke(cli, ["query", "calls", "--store", str(fresh_store), "--format", "csv"])
    assert queried.exit_code == 0
    assert "Donald Trump | Wladimir Putin" in queried.output or "Wladimir Putin | Donald Trump" in queried.output
    out = tmp_path / "net.gexf"
    exported = runner.invoke(cli, ["export", "--format", "gexf", "-o", str(out), "--store", str(fresh_store)])
    assert exported.exit_code == 0 and out.stat().st_size > 1000
    stats = runner.invoke(cli, ["stats", "--store", str(fresh_store)])
    assert "articles   11" in stats.output


def test_build_reports_bad_inputs_keeps_good_ones(runner, tmp_path, fresh_store):
    (tmp_path / "good.txt").write_text("Wien – Putin lud Trump nach Moskau ein.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4 not text")
    result = runner.invoke(cli, ["build", str(tmp_path), "--store", str(fresh_store), "--silent"])
    assert result.exit_code == 1
    assert "bad.txt: binary input (a PDF file)" in result.output
    queried = runner.invoke(cli, ["query", "invitations", "--store", str(fresh_store), "--format", "csv"])
    assert "Wladimir Putin" in queried.output
    report = tmp_path.parent / "errors.jsonl"
    again = runner.invoke(cli, ["build", str(tmp_path), "--store", str(fresh_store), "--silent", "--allow-errors", "--errors", str(report)])
    assert again.exit_code == 0
    assert [json.loads(line) for line in report.read_text().splitlines()] == [
        {"source": str(tmp_path / "bad.txt"), "reason": "binary input (a PDF file), not text"}
    ]


def test_query_syntax_error_is_one_line_exit_2(runner, built_store):
    result = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x a kg:Call", "--store", str(built_store)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: <query>: SPARQL syntax error")
    assert len(result.output.strip().splitlines()) == 1


def test_query_on_missing_store_says_build_first(runner, tmp_path):
    result = runner.invoke(cli, ["query", "calls", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "kg build" in result.output


def test_validate_conforms(runner, built_store):
    result = runner.invoke(cli, ["validate", "--store", str(built_store)])
    assert result.exit_code == 0, result.output
    assert "conforms: 11 graph(s)" in result.output


def test_seed_article(runner, shared_dir):
    """The real APA seed story: the calls, the invitation and the visit a reader finds."""
    result = runner.invoke(cli, ["extract", str(shared_dir / "seed" / "apa-2025-02-12.txt")])
    assert result.exit_code == 0
    doc = json.loads(result.output)
    labels = {a["id"]: a["label"] for a in doc["actors"]}

    def events(kind):
        return [({labels[p["actor"]] for p in e["participants"]}, e) for e in doc["events"] if e["type"] == kind]

    calls = [names for names, _ in events("Call")]
    assert {"Donald Trump", "Wladimir Putin"} in calls
    assert {"Donald Trump", "Wolodymyr Selenskyj"} in calls
    invitation = [e for names, e in events("Invitation") if names == {"Wladimir Putin", "Donald Trump"}]
    assert invitation and labels[invitation[0]["place"]] == "Moskau"
    visits = [e for names, e in events("Visit") if "Scott Bessent" in names]
    assert visits and any(p["role"] == "initiator" and labels[p["actor"]] == "Scott Bessent" for p in visits[0]["participants"])
    call = next(e for names, e in events("Call") if names == {"Donald Trump", "Wladimir Putin"})
    assert call["date"] == "2025-02-12" and call["status"] == "happened" and call["duration"] == "PT1H30M"


def test_a_document_that_breaks_extraction_is_reported_and_the_rest_land(runner, tmp_path, fresh_store, monkeypatch):
    import kg.api

    real = kg.api.extract_document

    def flaky(article, doc, **kwargs):
        if "Sabotage" in article.text:
            raise RuntimeError("boom")
        return real(article, doc, **kwargs)

    monkeypatch.setattr(kg.api, "extract_document", flaky)
    (tmp_path / "a.txt").write_text("Wien – Putin lud Trump nach Moskau ein.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Wien – Sabotage im Text.", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(tmp_path), "--store", str(fresh_store), "--silent"])
    assert result.exit_code == 1
    assert "b.txt: extraction failed (RuntimeError: boom)" in result.output
    stats = runner.invoke(cli, ["stats", "--store", str(fresh_store)])
    assert "articles   1" in stats.output
