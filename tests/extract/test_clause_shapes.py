"""Clause shapes that hid events or parties (issue #3, round 10, from a second probe set of our own): the whole
list of scored events of each text as (type, participants, status)."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the subject and its verb is passed over
        ("Emmanuel Macron, der am Vortag mit Wladimir Putin telefoniert hatte, reist am Freitag nach Kiew.",
         [("Call", {"Emmanuel Macron", "Wladimir Putin"}, "happened"), ("Visit", {"Emmanuel Macron"}, "planned")]),
        # a particle verb keeps its particle over an enumeration's commas
        ("Am Montag kamen die Außenminister Deutschlands, Frankreichs und Polens zusammen.",
         [("Meeting", {"Deutschland", "Frankreich", "Polen"}, "happened")]),
        # a person after a verb and right before a town: two names, not one ("besucht Macron Wien")
        ("Am Dienstag besucht Emmanuel Macron Wien.", [("Visit", {"Emmanuel Macron"}, "planned")]),
        # the partner after "mit seinem Amtskollegen"
        ("Außenminister Johann Wadephul sprach in Ankara mit seinem türkischen Amtskollegen Hakan Fidan.",
         [("Meeting", {"Johann Wadephul", "Hakan Fidan"}, "happened")]),
        # a man as the object is the subject of the clause or sentence before ("ihn"; "sie" could be anyone)
        ("Der US-Sondergesandte Steve Witkoff ist am Mittwoch in Moskau eingetroffen, wo ihn Wladimir Putin empfing.",
         [("Visit", {"Steve Witkoff"}, "happened"), ("Meeting", {"Steve Witkoff", "Wladimir Putin"}, "happened")]),
        ("Steve Witkoff reiste nach Moskau. Dort empfing ihn Wladimir Putin im Kreml.",
         [("Visit", {"Steve Witkoff"}, "happened"), ("Meeting", {"Steve Witkoff", "Wladimir Putin"}, "happened")]),
        ("Angela Merkel reiste nach Moskau. Dort empfing ihn Wladimir Putin.",
         [("Visit", {"Angela Merkel"}, "happened"), ("Meeting", {"Wladimir Putin"}, "happened")]),
        # the mayors of two towns act for both
        ("Die Bürgermeister von Villach und Klagenfurt kamen am Montag zu einem Gespräch zusammen.",
         [("Meeting", {"Villach", "Klagenfurt"}, "happened")]),
    ],
)
def test_clauses_that_hid_parties(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "kein" before an adjective negates the phrase …
        ("Die OMV habe mit Gazprom keinen neuen Liefervertrag geschlossen, sagte Konzernchef Alfred Stern.",
         [("Agreement", {"OMV", "Gazprom"}, "negated")]),
        # … but an event noun only as its own determiner (the summit took place; its result is what is denied)
        ("Der Gipfel zwischen der EU und Serbien habe bisher kein Resultat erbracht.",
         [("Meeting", {"Europäische Union", "Serbien"}, "happened")]),
        # "zu einem Abkommen kommen": the noun is the support verb's, and "ob" makes it open
        ("Ob es zu einem Abkommen zwischen Israel und Saudi-Arabien kommt, hängt von Washington ab.",
         [("Agreement", {"Israel", "Saudi-Arabien"}, "hypothetical")]),
        ("Im Februar kam es zu einer Einigung zwischen der SPÖ und der ÖVP.",
         [("Agreement", {"SPÖ", "ÖVP"}, "happened")]),
        # an arranged meeting is planned ("verabreden" is no Agreement verb of its own: "war mit ihrer Tochter verabredet")
        # (arranging a meeting is agreeing to meet, as "vereinbaren" is: ANNOTATION.md "Treffen vereinbart")
        ("Narendra Modi und Xi Jinping verabredeten bei ihrem Telefonat ein baldiges Treffen.",
         [("Agreement", {"Narendra Modi", "Xi Jinping"}, "happened"), ("Call", {"Narendra Modi", "Xi Jinping"}, "happened"),
          ("Meeting", {"Narendra Modi", "Xi Jinping"}, "planned")]),
        ("Die Grünen verlangen von der Regierung Studien zu Handelsverträgen.", []),
        # a bare plural that a cue verb calls for is an event; mere willingness is not
        ("Der UNO-Generalsekretär rief Israel und die Hamas zu Verhandlungen auf.",
         [("Negotiation", {"Israel", "Hamas"}, "hypothetical")]),
        ("Ohne Bereitschaft zu Verhandlungen müsse Amazon mit weiteren Streiks rechnen.", []),
    ],
)
def test_status_and_support_shapes(text, expected):
    assert sorted_events(text) == expected_events(expected)
