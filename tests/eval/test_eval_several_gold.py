"""``kg eval events`` scores several gold files as one set (both held-out files give one figure)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

# Two short articles of our own, one event each.
CALL = ("Telefonat zwischen Wien und Rom\n\nWien – Bundeskanzlerin Petra Lindner hat am Montag mit dem "
        "italienischen Regierungschef Marco Fabbri telefoniert. Es ging um die Brennerroute.\n")
VISIT = ("Besuch in Prag\n\nPrag – Der slowakische Präsident Juraj Hudec ist am Dienstag zu einem Besuch nach "
         "Tschechien gereist. Dort sprach er über Energiefragen.\n")


def _gold(text: str, name: str, first: str, actors: list[dict], event: dict) -> dict:
    start = text.index(first)
    end = text.index(".", start) + 1
    return {"file": name, "actors": actors, "events": [{**event, "initiator": None, "place": None, "date": None,
                                                        "evidence": {"start": start, "end": end}}]}


def _write(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "call.txt").write_text(CALL, encoding="utf-8")
    (tmp_path / "visit.txt").write_text(VISIT, encoding="utf-8")
    call = _gold(CALL, "call.txt", "Bundeskanzlerin",
                 [{"name": "Petra Lindner", "type": "Person", "mentions": ["Petra Lindner"]},
                  {"name": "Marco Fabbri", "type": "Person", "mentions": ["Marco Fabbri"]}],
                 {"type": "Call", "participants": ["Petra Lindner", "Marco Fabbri"], "status": "happened"})
    visit = _gold(VISIT, "visit.txt", "Der slowakische",
                  [{"name": "Juraj Hudec", "type": "Person", "mentions": ["Juraj Hudec"]},
                   {"name": "Tschechien", "type": "Country", "mentions": ["Tschechien"]}],
                  {"type": "Visit", "participants": ["Juraj Hudec", "Tschechien"], "status": "happened"})
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps(visit, ensure_ascii=False) + "\n", encoding="utf-8")
    return first, second


def _score(tmp_path: Path, *gold: Path) -> dict:
    run = CliRunner().invoke(cli, ["eval", "events", *map(str, gold), "--root", str(tmp_path), "--json"])
    assert run.exit_code == 0, run.output
    return json.loads(run.output)


def test_two_gold_files_score_as_one_set(tmp_path):
    first, second = _write(tmp_path)
    alone = [_score(tmp_path, first), _score(tmp_path, second)]
    together = _score(tmp_path, first, second)
    assert together["documents"] == 2
    assert together["all"]["gold"] == alone[0]["all"]["gold"] + alone[1]["all"]["gold"] == 2
    assert together["all"]["predicted"] == alone[0]["all"]["predicted"] + alone[1]["all"]["predicted"]
    assert together["matched_strict"] == alone[0]["matched_strict"] + alone[1]["matched_strict"]
    assert set(together["by_type"]) == {"Call", "Visit"}


def test_an_article_in_two_gold_files_is_refused_naming_both(tmp_path):
    first, _ = _write(tmp_path)
    again = tmp_path / "again.jsonl"
    again.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", "events", str(first), str(again), "--root", str(tmp_path)])
    assert run.exit_code != 0
    assert "again.jsonl" in run.output and "call.txt is annotated again" in run.output and "one.jsonl" in run.output


def test_no_gold_path_is_a_usage_error():
    run = CliRunner().invoke(cli, ["eval", "events"])
    assert run.exit_code == 2 and "GOLD" in run.output


@pytest.mark.parametrize(("content", "reason"), [
    (b"\xff\xfe{}\n", "not UTF-8 (byte 0)"),
    (b'["call.txt"]\n', "line 1: an article must be a JSON object"),
    (b'{"file": "call.txt", "actors": [{"type": "Person"}], "events": []}\n', "line 1: actor 1 needs a 'name'"),
    (b'{"file": "call.txt", "actors": [], "events": [{"participants": []}]}\n', "line 1: event 1 needs a 'type'"),
    (b'{"file": "call.txt", "actors": [], "events": [{"type": "Call", "participants": "Lindner"}]}\n',
     "line 1: event 1: 'participants' must be a list of actor names"),
])
@pytest.mark.parametrize("command", ["events", "agreement"])
def test_a_broken_gold_file_is_named_with_the_reason_before_any_scoring(tmp_path, content, reason, command):
    _write(tmp_path)
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(content)
    run = CliRunner().invoke(cli, ["eval", command, str(broken), *([str(broken)] if command == "agreement" else []),
                                   "--root", str(tmp_path)])
    assert run.exit_code == 1
    assert run.output.strip() == f"Error: {broken}: {reason}"
