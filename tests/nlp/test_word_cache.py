"""HanTa's word analyses are kept between processes (kg.nlp.word_cache): the next build starts
warm, and nothing it extracts depends on what the cache held."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.nlp import word_cache
from kg.nlp.word_cache import WordCache

ROOT = Path(__file__).resolve().parents[2]

TEXT = (
    "Berlin, 3. März 2025 (kg) - Die Wirtschaftsministerin Katherina Reiche hat am Montag mit dem "
    "norwegischen Energieminister Terje Aasland telefoniert. Beide sprachen über eine "
    "Wasserstoffpartnerschaft und neue Offshore-Windparkkooperationen.\n"
)


def _kg_extract(path: Path, cache: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "kg", "extract", str(path), "--format", "jsonl"], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "KG_CACHE_DIR": str(cache)},
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[0])


def test_a_second_run_starts_with_the_words_the_first_analysed_and_extracts_the_same(tmp_path):
    article = tmp_path / "call.txt"
    article.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    first = _kg_extract(article, cache)
    stored = json.loads((cache / "hanta-forward.json").read_text(encoding="utf-8"))
    words = {entry[0][0] for entry in stored["entries"]}
    # compounds HanTa's lexicon does not hold were analysed once and kept
    assert {"wasserstoffpartnerschaft", "offshore-windparkkooperationen"} <= words
    second = _kg_extract(article, cache)
    assert second["events"] == first["events"] and second["actors"] == first["actors"]
    call = next(e for e in second["events"] if e["type"] == "Call")
    assert {p["actor"] for p in call["participants"]} == {"person:katherina-reiche", "person:terje-aasland"}
    assert (call["date"], call["status"]) == ("2025-03-03", "happened")


def _counting(calls: list):
    def analyse(word: str, tag: int = 0, taglevel: int = 1):
        calls.append(word)
        return [(1, -0.5), (2, -1.25)] if tag == 0 else (word.capitalize(), "NN")
    return analyse


def test_analyses_come_back_from_the_file_as_hanta_returned_them(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls: list[str] = []
    cache = WordCache("t", _counting(calls), model="m")
    assert cache("haus") == [(1, -0.5), (2, -1.25)]
    assert cache("haus", 7, taglevel=1) == ("Haus", "NN")
    cache.save()
    again = WordCache("t", _counting(calls), model="m")
    assert again("haus") == [(1, -0.5), (2, -1.25)] and isinstance(again("haus")[0], tuple)
    assert again("haus", 7, taglevel=1) == ("Haus", "NN")
    assert calls == ["haus", "haus"]  # once per distinct argument list, in the first process only


def test_a_cache_of_another_model_or_a_damaged_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    calls: list[str] = []
    cache = WordCache("t", _counting(calls), model="m1")
    cache("haus")
    cache.save()
    assert WordCache("t", _counting(calls), model="m2").memo == {}
    (tmp_path / "t.json").write_bytes(b"\x00\xff not json")
    damaged = WordCache("t", _counting(calls), model="m1")
    assert damaged("haus") == [(1, -0.5), (2, -1.25)]
    damaged.save()
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["entries"] == [[["haus"], [[1, -0.5], [2, -1.25]]]]


def test_the_cache_stays_bounded_keeping_the_newest_words(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(word_cache, "MAX_ENTRIES", 3)
    cache = WordCache("t", _counting([]), model="m")
    for word in ["a", "b", "c", "d", "e"]:
        cache(word)
    cache.save()
    stored = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["entries"]
    assert [entry[0][0] for entry in stored] == ["c", "d", "e"]


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_KG_CACHE_DIR_turns_the_cache_off(tmp_path, monkeypatch, value):
    monkeypatch.setenv("KG_CACHE_DIR", value)
    monkeypatch.chdir(tmp_path)
    cache = WordCache("t", _counting([]), model="m")
    cache("haus")
    cache.save()
    assert cache.path is None and list(tmp_path.iterdir()) == []


def test_two_processes_saving_one_after_the_other_keep_both_their_words(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    first, second = WordCache("t", _counting([]), model="m"), WordCache("t", _counting([]), model="m")
    first("haus")
    second("baum")
    first.save()
    second.save()  # the file changed since `second` read it: merged, not overwritten
    calls: list[str] = []
    third = WordCache("t", _counting(calls), model="m")
    third("haus"), third("baum")
    assert calls == []
