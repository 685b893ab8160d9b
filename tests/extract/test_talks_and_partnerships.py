"""Talking with someone and concluding a partnership (issue #3, round 10; events.yml `comitative_verbs`,
`concluded_nouns`), pinned with sentences of our own: the whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talking with a named partner is a meeting (its tense and modals as for any verb) …
        ("Friedrich Merz sprach am Rande des Gipfels mit Xi Jinping über Zölle.",
         [("Meeting", {"Friedrich Merz", "Xi Jinping"}, "happened")]),
        ("Die Gewerkschaft GPA will nächste Woche mit der Erste Bank reden.",
         [("Meeting", {"GPA", "Erste Group"}, "planned")]),
        ("Karl Nehammer sagte, dass er mit Viktor Orbán gesprochen habe.",
         [("Meeting", {"Karl Nehammer", "Viktor Orbán"}, "happened")]),
        # … with the mode of a call, a call
        ("Wladimir Putin sprach am Abend telefonisch mit Donald Trump.",
         [("Call", {"Wladimir Putin", "Donald Trump"}, "happened")]),
        # … and after a reported call between the same people, more about that call
        ("Wladimir Putin telefonierte am Montag mit Donald Trump. Dabei sprach Putin mit Trump auch über Gaza.",
         [("Call", {"Wladimir Putin", "Donald Trump"}, "happened")]),
        # no partner after "mit", a news medium, or "mit X gesprochen" meaning "in X's words": no event
        ("Wladimir Putin sprach am Montag von einem Erfolg.", []),
        ("Herbert Kickl sprach mit dem Kurier über die Wahl.", []),
        ("Das ist, mit Immanuel Kant gesprochen, eine Frage der Vernunft.", []),
        ("Das Ziel lautet, um mit Immanuel Kant zu sprechen, der ewige Friede.", []),
        ("Karl Nehammer reiste nach Budapest, um mit Viktor Orbán zu sprechen.",
         [("Visit", {"Karl Nehammer"}, "happened"), ("Meeting", {"Karl Nehammer", "Viktor Orbán"}, "planned")]),
    ],
)
def test_talking_with_someone(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partnership or cooperation is an agreement when it is concluded, announced as concluded or signed …
        ("Die Telekom Austria gab eine Kooperation mit Netflix bekannt.",
         [("Agreement", {"Telekom Austria", "Netflix"}, "happened")]),
        ("BMW und Daimler sind eine Allianz beim Carsharing eingegangen.",
         [("Agreement", {"BMW", "Daimler"}, "happened")]),
        ("Die Lufthansa will eine Partnerschaft mit der AUA eingehen.",
         [("Agreement", {"Lufthansa", "Austrian Airlines"}, "planned")]),
        # … never the standing relation, even with its parties named
        ("Die Partnerschaft mit China sei wichtig, sagte Friedrich Merz.", []),
        ("Die Fusion von Siemens und Alstom ist gescheitert.", []),
        # "eine Kooperation vereinbaren" is the verb's agreement, which happened
        ("Griechenland und die Türkei haben eine engere Kooperation in der Migrationspolitik vereinbart.",
         [("Agreement", {"Griechenland", "Türkei"}, "happened")]),
    ],
)
def test_concluded_partnerships(text, expected):
    assert sorted_events(text) == expected_events(expected)
