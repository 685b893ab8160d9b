"""``kg eval events`` scores correctly, and extraction on our own gold does not regress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.eval.events import EventScores, GoldDoc, evaluate_events, score_document
from kg.extract.model import Actor, DocumentResult, Event, Participant, TextSpan

ROOT = Path(__file__).resolve().parents[2]

# Figures of `kg eval events gold/examples --corpus examples/feed.jsonl` when this test was
# last raised; lower them only with a reason in the commit message.
FLOOR_STRICT_F1 = 0.96  # 0.99 when raised (round 18: round 17 had fallen to 0.93 unnoticed under a floor of 0.90)
FLOOR_LENIENT_F1 = 0.97
FLOOR_STATUS = 0.95
FLOOR_DATE = 0.87  # 0.89 when raised (round 13: dated failures, dashes, distances); 0.87 after round 12 (0.74 before it)


def _result(events):
    actors = [Actor("person:a-b", "Anna Berg", "Person", [TextSpan("Berg", 0, 4)]),
              Actor("person:c-d", "Carl Dorn", "Person"), Actor("country:AT", "Österreich", "Country")]
    return DocumentResult("d", "s", None, None, "de", "text", actors, events)


def test_strict_lenient_status_and_date_scoring():
    gold = GoldDoc("d", [{"name": "Anna Berg", "type": "Person", "mentions": ["Berg"]},
                         {"name": "Carl Dorn", "type": "Person"}, {"name": "Österreich", "type": "Country"}],
                   [{"type": "Call", "participants": ["Anna Berg", "Carl Dorn"], "status": "happened", "date": "2025-01-02"},
                    {"type": "Visit", "participants": ["Anna Berg"], "status": "planned", "date": None},
                    {"type": "Meeting", "participants": ["Carl Dorn", "Österreich"], "status": "happened", "date": None}])
    predicted = [
        Event("e1", "Call", [Participant("person:a-b", "participant"), Participant("person:c-d", "participant")], "happened", [], date="2025-01-02"),
        Event("e2", "Visit", [Participant("person:a-b", "initiator")], "happened", []),
        Event("e3", "Meeting", [Participant("person:c-d", "participant")], "happened", []),
        Event("e4", "Agreement", [Participant("country:AT", "participant")], "happened", []),
    ]
    scores = EventScores()
    score_document(_result(predicted), gold, scores)
    total = scores.total
    assert (total.gold, total.predicted, total.strict, total.lenient) == (3, 4, 2, 3)
    assert scores.status_right == 1 and scores.date_right == 2 and scores.matched == 2


def test_a_strict_match_stays_a_lenient_match():
    """A prediction that matches one gold event exactly is not taken by another gold event it overlaps as much
    (the planned meeting of two, the hypothetical one of three with the same two): lenient counts never fall below
    strict ones, and the exact event is not listed as missed."""
    gold = GoldDoc("d", [{"name": "Anna Berg", "type": "Person", "mentions": ["Berg"]},
                         {"name": "Carl Dorn", "type": "Person"}, {"name": "Österreich", "type": "Country"}],
                   [{"type": "Meeting", "participants": ["Anna Berg", "Carl Dorn"], "status": "planned", "date": None},
                    {"type": "Meeting", "participants": ["Anna Berg", "Carl Dorn", "Österreich"], "status": "hypothetical",
                     "date": None}])
    predicted = [Event("e1", "Meeting", [Participant("person:a-b", "participant"), Participant("person:c-d", "participant")],
                       "planned", [])]
    scores = EventScores()
    score_document(_result(predicted), gold, scores)
    assert (scores.total.strict, scores.total.lenient) == (1, 1)
    assert [(e["kind"], e["participants"]) for e in scores.errors] == [("missed", ["Anna Berg", "Carl Dorn", "Österreich"])]


def test_a_gold_name_with_its_article_matches_the_mention_without_it():
    # gold "Die Grünen" (a party named with its article); kg's actor "Grüne" with the mention "Grünen"
    gold = GoldDoc("d", [{"name": "Die Grünen", "type": "Organization", "mentions": ["Die Grünen"]},
                         {"name": "Österreich", "type": "Country"}],
                   [{"type": "Negotiation", "participants": ["Die Grünen", "Österreich"], "status": "happened", "date": None}])
    actors = [Actor("organization:grüne", "Grüne", "Organization", [TextSpan("Grünen", 4, 10)]),
              Actor("country:AT", "Österreich", "Country")]
    predicted = [Event("e1", "Negotiation", [Participant("organization:grüne", "participant"),
                                             Participant("country:AT", "participant")], "happened", [])]
    scores = EventScores()
    score_document(DocumentResult("d", "s", None, None, "de", "text", actors, predicted), gold, scores)
    assert scores.total.strict == 1


def test_strict_miss_lists_gold_and_predicted_sets_side_by_side():
    """A found event with another participant set is a strict miss, not only a lenient match."""
    text = "Anna Berg traf Carl Dorn in Wien. Berg telefonierte mit Österreich."
    result = _result([
        Event("e1", "Meeting", [Participant("person:a-b", "participant")], "happened", [TextSpan(text[:33], 0, 33)]),
        Event("e2", "Call", [Participant("person:a-b", "participant"), Participant("country:AT", "participant")], "planned",
              [TextSpan(text[34:], 34, len(text))]),
    ])
    result.text = text
    gold = GoldDoc("d", [{"name": "Anna Berg", "type": "Person", "mentions": ["Berg"]},
                         {"name": "Carl Dorn", "type": "Person"}, {"name": "Österreich", "type": "Country"}],
                   [{"type": "Meeting", "participants": ["Anna Berg", "Carl Dorn"], "status": "happened",
                     "evidence": {"start": 0, "end": 33}},
                    {"type": "Call", "participants": ["Anna Berg", "Österreich"], "status": "happened",
                     "evidence": {"start": 34, "end": len(text)}}])
    scores = EventScores()
    score_document(result, gold, scores)
    misses = [e for e in scores.errors if e["kind"] == "strict-miss"]
    assert [(m["type"], m["participants"], m["predicted_participants"], m["missing"], m["extra"]) for m in misses] == [
        ("Meeting", ["Anna Berg", "Carl Dorn"], ["Anna Berg"], ["Carl Dorn"], [])]
    assert misses[0]["status"] == "happened" and misses[0]["sentence"] == "Anna Berg traf Carl Dorn in Wien."
    # the call has the right participants: a strict match, listed only for its wrong status
    assert [(e["kind"], e["status"], e["predicted_status"]) for e in scores.errors if e["type"] == "Call"] == [
        ("wrong-status", "happened", "planned")]


# Our own articles. A mediator is no party to the agreement (ANNOTATION.md): kg leaves him out, so
# the agreement matches strictly and nothing is listed. A party named only in the next sentence is
# missed: the agreement is found (lenient match) with another participant set (strict miss).
MEDIATED = ("Waffenruhe in Kolumbien\n\nBogotá – Unter Vermittlung des norwegischen Außenministers Lars Berg "
            "einigten sich die Regierung Kolumbiens und die Guerillagruppe FARC am Freitag auf eine Waffenruhe. "
            "Die Kämpfe in den Bergen gingen dennoch weiter.\n")
PARTNER_LATER = ("Waffenruhe in Kolumbien\n\nBogotá – Die Regierung Kolumbiens hat sich am Freitag auf eine Waffenruhe "
                 "geeinigt. Verhandlungspartner war die Guerillagruppe FARC.\n")
ACTORS = [{"name": "Kolumbien", "type": "Country", "mentions": ["Kolumbiens", "Regierung Kolumbiens"]},
          {"name": "FARC", "type": "Organization", "mentions": ["Guerillagruppe FARC"]},
          {"name": "Lars Berg", "type": "Person", "mentions": ["Außenministers Lars Berg"]},
          {"name": "Bogotá", "type": "Place", "mentions": []}]


def _errors_of(tmp_path, text, first_words):
    from kg.cli import cli

    (tmp_path / "waffenruhe.txt").write_text(text, encoding="utf-8")
    start = text.index(first_words)
    end = text.index("Waffenruhe", start) + len("Waffenruhe")
    end = text.index(".", end) + 1
    gold = {"file": "waffenruhe.txt", "actors": ACTORS,
            "events": [{"type": "Agreement", "participants": ["Kolumbien", "FARC"], "initiator": None, "place": None,
                        "date": None, "status": "happened", "evidence": {"start": start, "end": end}}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    run = CliRunner().invoke(cli, ["eval", "events", str(tmp_path / "gold.jsonl"), "--root", str(tmp_path), "--errors", str(errors)])
    assert run.exit_code == 0, run.output
    return [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()], text[start:end]


def test_a_mediator_is_no_party_so_nothing_is_listed(tmp_path):
    listed, _ = _errors_of(tmp_path, MEDIATED, "Unter Vermittlung")
    assert listed == []


def test_errors_file_lists_strict_misses_of_our_own_article(tmp_path):
    listed, sentence = _errors_of(tmp_path, PARTNER_LATER, "Die Regierung Kolumbiens")
    assert [(e["kind"], e["type"], e["participants"], e["predicted_participants"], e["extra"], e["missing"], e["status"],
             e["predicted_status"]) for e in listed] == [
        ("strict-miss", "Agreement", ["FARC", "Kolumbien"], ["Kolumbien"], [], ["FARC"], "happened", "happened")]
    assert listed[0]["sentence"] == sentence
    assert sentence == "Die Regierung Kolumbiens hat sich am Freitag auf eine Waffenruhe geeinigt."


def test_no_regression_on_our_own_gold():
    scores = evaluate_events(ROOT / "gold" / "examples", corpus=[ROOT / "examples" / "feed.jsonl"], root=ROOT).to_json()
    assert scores["documents"] == 11
    assert scores["all"]["strict"]["f1"] >= FLOOR_STRICT_F1
    assert scores["all"]["lenient"]["f1"] >= FLOOR_LENIENT_F1
    assert scores["status_accuracy"] >= FLOOR_STATUS
    assert scores["date_accuracy"] >= FLOOR_DATE


# Figures of `kg eval events gold/gnad/<file> --corpus ../shared/corpus/gnad-test.jsonl` minus a
# small margin, when these floors were last raised (#3): (strict F1, lenient F1). Development
# sets only; the held-out test set is scored, never used as a floor to tune against.
DEV_FLOORS = {"dev-a.jsonl": (0.51, 0.68), "dev-c.jsonl": (0.68, 0.78), "dev-d.jsonl": (0.36, 0.58),
              "dev-e.jsonl": (0.68, 0.81), "dev-f.jsonl": (0.46, 0.67),
              "dev-g.jsonl": (0.32, 0.51), "dev-h.jsonl": (0.43, 0.43)}


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_no_regression_on_development_gold(name):
    corpus = ROOT.parent / "shared" / "corpus" / "gnad-test.jsonl"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found: the GNAD corpus lives in the team's shared folder beside the repo")
    scores = evaluate_events(ROOT / "gold" / "gnad" / name, corpus=[corpus], root=ROOT).to_json()
    strict, lenient = DEV_FLOORS[name]
    assert scores["all"]["strict"]["f1"] >= strict
    assert scores["all"]["lenient"]["f1"] >= lenient


# `kg eval events gold/wire*/gold.jsonl` (our own wire stories, annotated blind; unseen strict/lenient 0.46/0.74,
# 0.36/0.79, 0.32/0.76, 0.56/0.81, 0.37/0.76, 0.50/0.77, 0.39/0.74, 0.43/0.73) minus a small margin: (strict, lenient, status) of
# 0.65/0.89/1.00, 0.68/0.89/0.95, 0.44/0.86/1.00, 0.70/0.88/0.93, 0.52/0.85/0.95, 0.63/0.84/0.92, 0.55/0.84/0.90 and
# 0.59/0.79/0.94 when raised (round 18). They need no corpus, so CI always runs them.
WIRE_FLOORS = {"wire": (0.62, 0.88, 0.97), "wire2": (0.67, 0.87, 0.92), "wire3": (0.41, 0.83, 0.97),
               "wire4": (0.67, 0.86, 0.90), "wire5": (0.51, 0.82, 0.92), "wire6": (0.61, 0.82, 0.89),
               "wire7": (0.52, 0.81, 0.87), "wire8": (0.58, 0.77, 0.91), "wire9": (0.36, 0.71, 0.80),
               "wire10": (0.61, 0.85, 0.97), "wire11": (0.49, 0.75, 0.92), "wire12": (0.41, 0.67, 0.88)}
WIRE_DOCUMENTS = {"wire9": 14, "wire10": 16, "wire11": 16, "wire12": 16}  # the others have 12
# sets in the online-newspaper register keep their articles as JSON Lines, like the corpus (wire10: unseen 0.46/0.80,
# 0.64/0.88/1.00 at the end of round 20; wire11: unseen 0.42/0.72, 0.50/0.78/0.94 at the end of round 21, 0.52/0.78/0.95
# in round 22; wire12: unseen 0.41/0.69 in round 22)
WIRE_CORPORA = {"wire10": "articles.jsonl", "wire11": "articles.jsonl", "wire12": "articles.jsonl"}


@pytest.mark.parametrize("name", sorted(WIRE_FLOORS))
def test_no_regression_on_the_wire_gold(name):
    corpus = [ROOT / "gold" / name / WIRE_CORPORA[name]] if name in WIRE_CORPORA else []
    scores = evaluate_events(ROOT / "gold" / name / "gold.jsonl", corpus=corpus, root=ROOT).to_json()
    assert scores["documents"] == WIRE_DOCUMENTS.get(name, 12)
    strict, lenient, status = WIRE_FLOORS[name]
    assert scores["all"]["strict"]["f1"] >= strict
    assert scores["all"]["lenient"]["f1"] >= lenient
    assert scores["status_accuracy"] >= status


@pytest.mark.parametrize("command", [["eval", "events", "gold/examples", "--corpus", "examples/feed.jsonl"],
                                     ["eval", "ner", "tests"]])
def test_errors_file_in_a_missing_folder_stops_before_scoring(tmp_path, command):
    from kg.cli import cli

    target = tmp_path / "no-such-folder" / "errors.jsonl"
    run = CliRunner().invoke(cli, [*command, "--errors", str(target)])
    assert run.exit_code == 2
    assert f"{target}: its folder does not exist or cannot be written" in run.output
    assert not target.parent.exists()
