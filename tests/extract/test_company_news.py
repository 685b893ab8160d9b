"""Company, union, club and town news (issue #3, round 10): the names such stories use and the ways they
name their parties, each pinned with sentences of our own."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from tests.extract.scored import expected_events, sorted_events


def _actors(text: str) -> set[tuple[str, str]]:
    return {(a.type, a.label) for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # after a sort of organisation a name may be lower case, a number word or a hyphenated acronym
        ("Die Gewerkschaft vida und die ÖBB haben sich auf höhere Löhne geeinigt.",
         {("Organization", "vida"), ("Organization", "ÖBB")}, set()),
        ("Die Gewerkschaft PRO-GE droht mit Warnstreiks.", {("Organization", "PRO-GE")}, set()),
        ("Der Mobilfunker Drei senkt seine Preise.", {("Organization", "Drei")}, set()),
        # … but not a description after the noun
        ("Der Konzern US-Autobauer kündigte Kurzarbeit an.", set(), {("Organization", "US-Autobauer")}),
        # clubs named after their town (name_cues.tsv `club`)
        ("Bayer Leverkusen verlor gegen Viktoria Pilsen.",
         {("Organization", "Bayer Leverkusen"), ("Organization", "Viktoria Pilsen")}, {("Place", "Leverkusen")}),
        # a city of two words whose first word is also a given name stays the city
        ("Der Staatsfonds des Emirats Abu Dhabi kauft sich bei der OMV ein.", {("Place", "Abu Dhabi")},
         {("Person", "Abu Dhabi")}),
    ],
)
def test_names_in_company_news(text, expected, absent):
    found = _actors(text)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company that reports its own agreement is still a party: the source is the reporting clause's mention
        ("Die Voestalpine hat sich mit dem Betriebsrat auf einen Sozialplan geeinigt, teilte der Konzern mit.",
         [("Agreement", {"Voestalpine"}, "happened")]),
        ("Siemens hat sich mit Alstom auf eine Fusion geeinigt, teilte das Unternehmen am Montag mit.",
         [("Agreement", {"Siemens", "Alstom"}, "happened")]),
        # … while an agency that only reports stays a source
        ("Siemens und Alstom haben sich geeinigt, berichtete die Nachrichtenagentur Reuters.",
         [("Agreement", {"Siemens", "Alstom"}, "happened")]),
    ],
)
def test_a_source_named_again_in_the_reported_clause_is_a_party(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mayor of a capital acts for the city, not for the state
        ("Bürgermeister Michael Ludwig empfing am Dienstag den Bürgermeister von Budapest im Rathaus.",
         [("Meeting", {"Michael Ludwig", "Budapest"}, "happened")]),
        # "die Gemeinde" is the town the story called a municipality or put in its dateline …
        ("Dornbirn – Die Möbelkette XXXLutz führt seit dem Sommer Gespräche mit der Gemeinde über ein Lager.",
         [("Negotiation", {"XXXLutz", "Dornbirn"}, "happened")]),
        ("Der Logistiker DHL sucht in der Gemeinde Hörsching einen Standort. Der Kanton Zürich kam nicht in Frage. "
         "DHL verhandelt nun mit der Gemeinde über den Kaufpreis.",
         [("Negotiation", {"DHL", "Hörsching"}, "happened")]),
        # … not merely the place named last
        ("Der Logistiker DHL prüft Standorte in Tirol. DHL verhandelt nun mit der Gemeinde über den Kaufpreis.",
         [("Negotiation", {"DHL"}, "happened")]),
    ],
)
def test_towns_as_parties(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor before a relative pronoun is the subject of the event verb in its clause, also over a bracket
        ("Die Kritik wies Bürgermeisterin Andrea Kaufmann (ÖVP), die seit Monaten mit dem Handelskonzern Rewe verhandelt, zurück.",
         [("Negotiation", {"Andrea Kaufmann", "Rewe"}, "happened")]),
        ("Friedrich Merz traf Emmanuel Macron, der zuvor mit Donald Trump telefoniert hatte.",
         [("Meeting", {"Friedrich Merz", "Emmanuel Macron"}, "happened"),
          ("Call", {"Emmanuel Macron", "Donald Trump"}, "happened")]),
        # a noun in a conjunct with its own finite verb has that verb's tense and not the other verb's objects
        ("Der Konzern Rewe will in Graz ein Lager bauen und hat dazu Gespräche mit der Stadt Graz aufgenommen.",
         [("Negotiation", {"Rewe", "Graz"}, "happened")]),
        ("Wladimir Putin will die Ostukraine halten und lehnt Gespräche mit Wolodymyr Selenskyj weiter ab.",
         [("Meeting", {"Wladimir Putin", "Wolodymyr Selenskyj"}, "negated")]),
    ],
)
def test_clauses_that_name_the_parties(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement that names no party after talks between two: theirs (events.yml carries_parties_of) …
        ("Die Verhandlungen zwischen der Gewerkschaft GPA und dem Handelskonzern Rewe laufen seit Montag. "
         "Beide Seiten halten eine Einigung bis Freitag für möglich, hieß es.",
         [("Negotiation", {"GPA", "Rewe"}, "happened"), ("Agreement", {"GPA", "Rewe"}, "hypothetical")]),
        # … and without such talks no event ("seit Montag": going on since, not scheduled)
        ("Beide Seiten halten eine Einigung bis Freitag für möglich, sagte Friedrich Merz.", []),
        ("Die Gespräche zwischen Serbien und dem Kosovo laufen seit dem Wochenende.",
         [("Negotiation", {"Serbien", "Kosovo"}, "happened")]),
    ],
)
def test_parties_from_the_talks_before(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional government named by its place adjective is the place; a town's government is the town
        ("Die Kärntner Landesregierung und die Gewerkschaft younion haben sich auf höhere Gehälter verständigt.",
         [("Agreement", {"Kärnten", "younion"}, "happened")]),
        ("Die Wiener Stadtregierung verhandelt mit der Ärztekammer über längere Öffnungszeiten.",
         [("Negotiation", {"Wien", "Ärztekammer"}, "happened")]),
        # the authorities of a state are the state (grammar.yml government_nouns)
        ("Die Raiffeisen Bank International verhandelt mit den russischen Behörden über den Verkauf ihrer Tochter.",
         [("Negotiation", {"Raiffeisen Bank International", "Russland"}, "happened")]),
        # talking with a town named with its sort (organisations talking about something negotiate: grammar.yml
        # topic_talks)
        ("Die Voestalpine will mit dem Land Oberösterreich über Förderungen reden.",
         [("Negotiation", {"Voestalpine", "Oberösterreich"}, "planned")]),
        # what a trip is for is still to come
        ("OMV-Chef Alfred Stern reiste am Montag nach Abu Dhabi, um mit der Lufthansa über eine Fusion zu verhandeln.",
         [("Visit", {"Alfred Stern"}, "happened"), ("Negotiation", {"Alfred Stern", "Lufthansa"}, "planned")]),
        # a terminated agreement is negated
        ("Amazon und die Stadt New York haben ihre Vereinbarung über ein neues Hauptquartier aufgekündigt.",
         [("Agreement", {"Amazon", "New York"}, "negated")]),
    ],
)
def test_governments_purposes_and_terminations(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_a_date_before_a_dash_is_no_dateline_town():
    text = "Nächster Gipfel am 6. Oktober – Minister uneins. Linz – Die Stadt Linz verhandelt mit der Post."
    places = {a.label for a in extract_text(text).actors if a.type == "Place"}
    assert "Oktober" not in places
    assert "Linz" in places
