"""Rules that need more than one sentence: back references, pronouns, merges across reports.

Each text is our own; the assertions say how many events of a type an article yields and with
whom, because a single-sentence case in tests/data/events cannot show that two reports are one
event (or two).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.api import extract_text

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _extract(text: str, published: str = "2025-06-04"):
    day = date.fromisoformat(published)
    header = f"news/APA/{WEEKDAYS[day.weekday()]}, {day:%d.%m.%y}, 12:00:00"
    result = extract_text(f"apa.at\n{header}\n\nÜberschrift\n\n{text}\n")
    labels = {a.id: a.label for a in result.actors}
    return [(e.type, sorted(labels[p.actor] for p in e.participants), e.status, e.date)
            for e in result.events if e.type != "Statement"]


def _of(events, kind):
    return [e for e in events if e[0] == kind]


def test_definite_noun_adds_evidence_to_the_event_it_refers_to():
    events = _extract("Karl Nehammer und Emmanuel Macron telefonierten am Dienstag. "
                      "Nach dem Telefonat sagte Nehammer, man sei sich nähergekommen.")
    assert _of(events, "Call") == [("Call", ["Emmanuel Macron", "Karl Nehammer"], "happened", "2025-06-03")]


def test_definite_noun_with_another_status_is_an_event_of_its_own():
    events = _extract("Die USA und der Iran verhandelten am Samstag in Maskat. "
                      "Die Verhandlungen sollen am kommenden Samstag fortgesetzt werden.", published="2025-04-13")
    assert _of(events, "Negotiation") == [
        ("Negotiation", ["Iran", "USA"], "happened", "2025-04-12"),
        ("Negotiation", ["Iran", "USA"], "planned", "2025-04-19"),
    ]


def test_people_acting_at_a_meeting_take_part_in_it():
    events = _extract("Präsident Emmanuel Macron empfing am Mittwoch Gäste im Élysée-Palast. "
                      "Bei dem Treffen vereinbarten Macron und Friedrich Merz einen gemeinsamen Rat.")
    assert [e[1] for e in _of(events, "Meeting")] == [["Emmanuel Macron", "Friedrich Merz"]]


def test_topics_of_a_meeting_are_not_its_participants():
    events = _extract("Friedrich Merz traf am Mittwoch Donald Tusk in Warschau. "
                      "Themen des Treffens waren die Hilfe für die Ukraine und die Lage der NATO.")
    assert [e[1] for e in _of(events, "Meeting")] == [["Donald Tusk", "Friedrich Merz"]]


def test_states_and_their_envoys_report_one_negotiation():
    events = _extract("Die USA und der Iran verhandelten am Samstag im Oman. "
                      "In Maskat verhandelten der US-Sondergesandte Steve Witkoff und der iranische "
                      "Außenminister Abbas Araghchi indirekt.", published="2025-04-13")
    assert _of(events, "Negotiation") == [
        ("Negotiation", ["Abbas Araghchi", "Iran", "Steve Witkoff", "USA"], "happened", "2025-04-12")]


def test_die_beiden_are_the_pair_named_together_before():
    events = _extract("Donald Trump und Wladimir Putin telefonierten am Dienstag. "
                      "Zuletzt waren die beiden 2019 in Osaka zusammengetroffen.")
    assert _of(events, "Meeting") == [("Meeting", ["Donald Trump", "Wladimir Putin"], "happened", "2019")]


def test_plural_sie_is_the_pair_named_together_before():
    events = _extract("Innenminister Gerhard Karner und Verteidigungsministerin Klaudia Tanner besuchten am Montag "
                      "die Grenze. Am Freitag werden sie gemeinsam nach Bulgarien reisen.")
    visits = [e for e in _of(events, "Visit") if e[2] == "planned"]
    assert [e[1] for e in visits] == [["Gerhard Karner", "Klaudia Tanner"]]


def test_he_after_a_quote_is_its_speaker():
    events = _extract("Der slowenische Premier Robert Golob sprach am Montag in Ljubljana. „Wir helfen“, sagte Golob. "
                      "Er reiste danach zu einem Besuch nach Zagreb.")
    assert [e[1] for e in _of(events, "Visit")] == [["Robert Golob"]]


def test_the_subject_after_a_dateline_is_the_antecedent_of_er():
    events = _extract("Warschau – Bundeskanzler Friedrich Merz ist am Mittwoch in Warschau eingetroffen. "
                      "Dort traf er Ministerpräsident Donald Tusk.")
    assert [e[1] for e in _of(events, "Meeting")] == [["Donald Tusk", "Friedrich Merz"]]


# (what an invitation is to is an event of its own since round 15: tests/extract/test_round15.py)
@pytest.mark.parametrize(
    "text, absent",
    [
        ("Sergej Lawrow forderte Verhandlungen über einen neuen Abrüstungsvertrag.", "Agreement"),
        ("Donald Trump und Wladimir Putin telefonierten am Dienstag. Trump habe Wolodymyr Selenskyj am Mittwoch "
         "über sein Gespräch mit Putin informiert.", "Meeting"),
    ],
)
def test_a_noun_that_is_the_content_of_another_event_is_no_event(text, absent):
    assert _of(_extract(text), absent) == []
