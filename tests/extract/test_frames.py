"""Every sentence in tests/data/events/de/*.jsonl yields the event it promises (or none)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.api import extract_text

CASES_DIR = Path(__file__).resolve().parents[1] / "data" / "events" / "de"
SCORED = {"Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation"}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _cases() -> list:
    cases = []
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                cases.append(pytest.param(json.loads(line), id=f"{path.stem}-{number}"))
    return cases


def _as_article(case: dict) -> str:
    if not case.get("published"):
        return case["text"]
    day = date.fromisoformat(case["published"])
    header = f"news/APA/{WEEKDAYS[day.weekday()]}, {day:%d.%m.%y}, 12:00:00"
    return f"apa.at\n{header}\n\nÜberschrift\n\n{case['text']}\n"


@pytest.mark.parametrize("case", _cases())
def test_frame(case):
    result = extract_text(_as_article(case))
    labels = {a.id: a.label for a in result.actors}
    events = [e for e in result.events if e.type in SCORED]
    expect = case["expect"]
    if expect is None:
        assert events == [], [(e.type, e.status) for e in events]
        return
    matching = [e for e in events if e.type == expect["type"] and {labels[p.actor] for p in e.participants} == set(expect["participants"])]
    found = [(e.type, sorted(labels[p.actor] for p in e.participants), e.status) for e in events]
    assert matching, f"expected {expect['type']} {expect['participants']}, found {found}"
    event = matching[0]
    if "status" in expect:
        assert event.status == expect["status"]
    if "initiator" in expect:
        initiators = [labels[p.actor] for p in event.participants if p.role == "initiator"]
        assert initiators == ([expect["initiator"]] if expect["initiator"] else [])
    if "place" in expect:
        assert (labels.get(event.place) if event.place else None) == expect["place"]
    if "date" in expect:
        assert event.date == expect["date"]
    if "duration" in expect:
        assert event.duration == expect["duration"]
