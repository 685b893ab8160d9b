"""``kg eval agreement``: a second annotation scored against the first with kg's own matching."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli
from kg.eval.events import EventScores, GoldDoc, gold_as_result, score_document

from .test_eval_several_gold import _write


def _second(first_line: dict, change) -> dict:
    record = json.loads(json.dumps(first_line))
    change(record)
    return record


def _agree(tmp_path, first, second, *extra):
    run = CliRunner().invoke(cli, ["eval", "agreement", str(first), str(second), "--root", str(tmp_path), *extra])
    assert run.exit_code == 0, run.output
    return run


def test_second_annotator_with_a_third_party_and_another_status(tmp_path):
    one, two = _write(tmp_path)
    call, visit = (json.loads(p.read_text(encoding="utf-8")) for p in (one, two))
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (call, visit)) + "\n", encoding="utf-8")

    def add_party(r):  # the second annotator also counts Italy as a party of the call
        r["actors"].append({"name": "Italien", "type": "Country", "mentions": ["italienischen"]})
        r["events"][0]["participants"].append("Italien")

    def planned(r):
        r["events"][0]["status"] = "planned"

    second = tmp_path / "second.jsonl"
    second.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (_second(call, add_party), _second(visit, planned)))
                      + "\n", encoding="utf-8")
    errors = tmp_path / "disagree.jsonl"
    scores = json.loads(_agree(tmp_path, first, second, "--json", "--errors", str(errors)).output)
    assert scores["documents"] == 2 and scores["all"]["gold"] == scores["all"]["predicted"] == 2
    assert scores["all"]["strict"]["f1"] == 0.5 and scores["all"]["lenient"]["f1"] == 1.0
    assert scores["matched_strict"] == 1 and scores["status_accuracy"] == 0.0  # the visit: happened vs planned
    listed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {(e["kind"], e["type"]) for e in listed} == {("strict-miss", "Call"), ("wrong-status", "Visit")}
    miss = next(e for e in listed if e["kind"] == "strict-miss")
    # an actor the first annotation does not list is marked as such
    assert miss["extra"] == ["?Italien"] and miss["sentence"].startswith("Bundeskanzlerin Petra Lindner")


def test_only_articles_both_annotated_are_scored(tmp_path):
    one, two = _write(tmp_path)
    both = tmp_path / "both.jsonl"
    both.write_text(one.read_text(encoding="utf-8") + two.read_text(encoding="utf-8"), encoding="utf-8")
    run = _agree(tmp_path, both, one)
    assert run.output.splitlines()[0] == "1 articles annotated by both; 1 only in FIRST (not scored)"
    assert "documents 1; strictly matched 1; status accuracy 1.00" in run.output


def test_no_article_in_common_is_an_error(tmp_path):
    one, two = _write(tmp_path)
    run = CliRunner().invoke(cli, ["eval", "agreement", str(one), str(two), "--root", str(tmp_path)])
    assert run.exit_code != 0 and "no article in common" in run.output


def test_events_without_named_parties_match_leniently_when_they_match_strictly():
    text = "Die Verhandlungen laufen seit Wochen."
    gold = GoldDoc("d", [], [{"type": "Negotiation", "participants": [], "status": "happened",
                              "evidence": {"start": 0, "end": len(text)}}])
    scores = EventScores()
    score_document(gold_as_result(gold, text), gold, scores)
    total = scores.total
    assert (total.gold, total.predicted, total.strict, total.lenient) == (1, 1, 1, 1)
