"""Participant sets from the second dev-a/dev-c error analysis (#3), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.scored import scored_events as _events


@pytest.mark.parametrize("text,expected", [
    # two triggers of one sentence that each see half of the parties are one event
    ("Die Sängerin Mira Olbrich hat sich einen großen Deal gesichert: Sie habe einen Plattenvertrag mit "
     "Universal Music unterzeichnet.",
     [("Agreement", {"Mira Olbrich", "Universal Music"}, "happened")]),
    # an agreement noun that names its parties after "zwischen" needs no support verb, and they are all
    ("Die Opposition warf dem Kanzler vor, angebliche Geheimvereinbarungen zwischen Ungarn und der Slowakei "
     "verschwiegen zu haben.",
     [("Agreement", {"Ungarn", "Slowakei"}, "hypothetical")]),
])
def test_issue3_one_event_per_sentence_with_all_parties(text, expected):
    assert _events(text) == [(kind, frozenset(names), status) for kind, names, status in expected]


def test_issue3_an_instrument_named_with_zwischen_is_no_event():
    assert _events("Nach dem Abkommen zwischen Ungarn und der Slowakei dürfen die Fischer den Fluss nutzen.") == []


@pytest.mark.parametrize("text,expected", [
    # the international grouping behind a collective role takes part in its meeting
    ("Am Montag begann das Treffen der EU-Innenminister in Brüssel.", ("Meeting", {"Europäische Union"}, "happened")),
    ("Die NATO-Außenminister trafen sich am Dienstag in Brüssel.", ("Meeting", {"NATO"}, "happened")),
])
def test_issue3_grouping_behind_a_collective_role(text, expected):
    kind, names, status = expected
    assert (kind, frozenset(names), status) in _events(text)


@pytest.mark.parametrize("text,expected", [
    # announced or possible talks are an event even before the article names their parties
    ("Der Sondergesandte mahnte, die nächste Runde der Friedensgespräche solle im Juni beginnen.",
     [("Negotiation", frozenset(), "planned")]),
    # past talks without parties refer to talks reported elsewhere: no event of their own
    ("Die Verhandlungen dauerten bis in die Nacht.", []),
])
def test_issue3_talks_whose_parties_are_not_named(text, expected):
    assert _events(text) == expected


def test_issue3_a_conjunct_shares_the_preposition_of_the_first():
    # "von Ungarn und Polen" is the pact's attribute as a whole: Polen is no party of the summit either
    events = _events("Der Vorschlag für einen Pakt von Ungarn und Polen wurde am Montag beim EU-Gipfel vorgelegt.")
    assert events == [("Meeting", frozenset({"Europäische Union"}), "happened")]


def test_issue3_a_goal_is_no_meeting():
    # "des Abends" is the attribute of "Tor", not an object to meet
    assert _events("Mittelfeldspieler Jonas Kofler (71.) traf per Kopf zum Tor des Abends.") == []


def test_issue3_a_differently_named_summit_is_a_new_event():
    text = ("Die Außenminister Ungarns und Polens haben sich am Montag beim EU-Gipfel getroffen. "
            "Kanzlerin Eva Brandl hat die Regierung in Budapest kritisiert, weil sie bei der Donaukonferenz in Linz "
            "die Grenzen geschlossen habe.")
    meetings = [e for e in _events(text) if e[0] == "Meeting"]
    assert len(meetings) == 2


@pytest.mark.parametrize("text", [
    # a session of one party is no meeting (ANNOTATION.md: regular sessions of a single body)
    "Am Samstag beginnt in Graz die Landesparteikonferenz der Grünen.",
    "Beim Klubtreffen der NEOS in Wien wurde über das Budget gesprochen.",
])
def test_issue3_party_sessions_are_no_meetings(text):
    assert [e for e in _events(text) if e[0] == "Meeting"] == []
