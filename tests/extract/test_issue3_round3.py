"""Participants named by role, government or acronym: the third dev-a/dev-c error analysis (#3),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from tests.extract.scored import scored_events as _events


def _actors(text: str) -> dict[str, tuple[str, list[str]]]:
    result = extract_text(text)
    return {a.label: (a.type, [m.text for m in a.mentions]) for a in result.actors}


@pytest.mark.parametrize("text,country,mention", [
    ("Die ungarische Regierung hat am Montag mit der Slowakei ein Abkommen über die Donau unterzeichnet.",
     "Ungarn", "ungarische Regierung"),
    ("Am Freitag vereinbarte die Führung in Warschau mit Litauen einen gemeinsamen Grenzschutz.",
     "Polen", "Führung in Warschau"),
])
def test_issue3_a_government_stands_for_its_state(text, country, mention):
    actors = _actors(text)
    assert country in actors and mention in actors[country][1]
    assert any(kind == "Agreement" and country in names for kind, names, _ in _events(text))


def test_issue3_a_generic_government_is_no_actor():
    assert "Österreich" not in _actors("Die Regierung will das Budget im Herbst beschließen.")


def test_issue3_an_unknown_acronym_after_an_article_is_an_organisation():
    actors = _actors("Die Jugendorganisation tagte in Graz. Nun soll es Gespräche zwischen der JL und Bürgermeisterin "
                     "Petra Hollwein geben.")
    assert actors.get("JL", ("", []))[0] == "Organization"
    assert ("Meeting", frozenset({"JL", "Petra Hollwein"}), "planned") in _events(
        "Nun soll es Gespräche zwischen der JL und Bürgermeisterin Petra Hollwein geben.")


@pytest.mark.parametrize("text,state", [
    ("Der Landeshauptmann Kärntens Rudolf Maierhofer traf am Montag die Ministerin.", "Kärnten"),
    ("Burgenlands Landeshauptmann Rudolf Maierhofer sprach in Eisenstadt.", None),
])
def test_issue3_federal_states_are_places_not_persons(text, state):
    actors = _actors(text)
    assert not any(kind == "Person" and label.startswith(("Kärnten", "Burgenland")) for label, (kind, _) in actors.items())
    if state:
        assert actors[state][0] == "Place"


def test_issue3_a_standalone_austrian_title_is_its_holder():
    # "Bezirksrätin" is an office (roles.tsv): standing alone it refers to the holder named before
    text = ("Bezirksrätin Anna Kofler sitzt seit drei Jahren im Ortsparlament. Die Bezirksrätin wurde bei einem "
            "Gespräch mit Landesrat Georg Pichlhofer überzeugt.")
    assert ("Meeting", frozenset({"Anna Kofler", "Georg Pichlhofer"}), "happened") in _events(text)


def test_issue3_a_later_report_with_a_pronoun_for_one_party_is_the_same_event():
    text = ("Bezirksrätin Anna Kofler wurde bei einem Gespräch mit Landesrat Georg Pichlhofer überzeugt. "
            "Die erste Begegnung mit Pichlhofer im Rathaus hat sie beeindruckt.")
    assert _events(text) == [("Meeting", frozenset({"Anna Kofler", "Georg Pichlhofer"}), "happened")]


def test_issue3_a_known_trip_needs_no_destination():
    # "seine Reise absagen": the owner's trip, though the sentence does not say where to
    assert _events("Der slowenische Premier Anton Dolenc sagte seine Reise wegen des Hochwassers ab.") == [
        ("Visit", frozenset({"Anton Dolenc"}), "negated")]


def test_issue3_a_generic_trip_still_needs_a_destination():
    assert _events("Eine Reise ist für Anton Dolenc immer anstrengend.") == []


def test_issue3_a_gapped_clause_is_no_party_of_the_trip():
    # ", dann Y auch das Treffen": Y cancels the meeting, Y is no party of X's trip
    events = _events("Am Abend sagte Anton Dolenc seine Reise nach Prag ab, dann Petra Hollwein auch das Treffen.")
    assert ("Visit", frozenset({"Anton Dolenc"}), "negated") in events


@pytest.mark.parametrize("text,expected", [
    # a treaty named in the clause brings its parties (gazetteer/treaties.tsv)
    ("In den nächsten Monaten sollen die Verhandlungen über das Handelsabkommen CETA abgeschlossen werden.",
     ("Negotiation", {"Europäische Union", "Kanada"})),
    ("Die Bauern fürchten, dass Rindfleisch bei den TTIP-Verhandlungen geopfert wird.",
     ("Negotiation", {"Europäische Union", "USA"})),
])
def test_issue3_a_named_treaty_brings_its_parties(text, expected):
    kind, names = expected
    assert any(k == kind and n == frozenset(names) for k, n, _ in _events(text))


def test_issue3_a_refusal_after_announced_talks_is_an_event_of_its_own():
    text = ("Die Verhandlungen über TTIP sollen im Mai fortgesetzt werden. "
            "Die Agrarzölle wollen die USA bei TTIP jedoch nicht verhandeln.")
    statuses = sorted(s for k, n, s in _events(text) if k == "Negotiation" and n == frozenset({"Europäische Union", "USA"}))
    assert statuses == ["negated", "planned"]


@pytest.mark.parametrize("text", [
    "Die Pop-Diva Whitney Houston hatte sich bei einem großen Label verpflichtet.",
    "Whitney Houston sang am Abend in Wien.",
])
def test_issue3_a_city_name_after_a_given_name_is_a_surname(text):
    actors = _actors(text)
    assert actors.get("Whitney Houston", ("", []))[0] == "Person"
    assert "Houston" not in actors


def test_issue3_herausverhandeln_is_a_negotiation():
    assert _events("Die Grünen könnten im Ausschuss mehr Geld für Schulen herausverhandeln.") == [
        ("Negotiation", frozenset({"Grüne"}), "hypothetical")]


def test_issue3_a_news_medium_told_of_it_is_no_party():
    events = _events("Die Ministerin Vera Lechner habe die Einigung mit Kurt Hainzl zuerst der Kronen Zeitung erzählt.")
    assert all("Kronen Zeitung" not in names for _, names, _ in events)


def test_issue3_a_title_name_run_stops_before_a_person_named_before():
    actors = _actors("Vizekanzler Reinhold Mitterlehner schwieg. Dann habe Landeshauptmann Erwin Pröll Mitterlehner "
                     "angeschrien.")
    assert "Erwin Pröll" in actors and "Erwin Pröll Mitterlehner" not in actors


@pytest.mark.parametrize("text,expected", [
    # the relative clause after an agreement noun holds its support verb and its parties
    ("Kroatien kritisiert das Fischereiabkommen, das Slowenien mit Italien unterzeichnet hat.",
     [("Agreement", frozenset({"Slowenien", "Italien"}), "happened")]),
    ("Die Bauern fürchten den Liefervertrag, den die Regierung in Budapest mit Serbien geschlossen hat.",
     [("Agreement", frozenset({"Ungarn", "Serbien"}), "happened")]),
    # a relative clause without a support verb changes nothing: an instrument is no event
    ("Kroatien kritisiert das Fischereiabkommen, das die Fangquoten regelt.", []),
])
def test_issue3_a_relative_clause_completes_an_agreement_noun(text, expected):
    assert _events(text) == expected


def test_issue3_the_guest_is_the_visitor_of_the_last_visit():
    text = ("Der Besuch der estnischen Regierungschefin Liis Tamm in Warschau endete am Montag im Streit. "
            "Bei dem Treffen im Präsidentenpalast warf Präsident Marek Zielinski seinem Gast mangelnde Solidarität vor.")
    events = _events(text)
    assert ("Meeting", frozenset({"Liis Tamm", "Marek Zielinski"}), "happened") in events
    assert ("Visit", frozenset({"Liis Tamm"}), "happened") in events


@pytest.mark.parametrize("second", [
    "Am Abend nahm auch Premierministerin Ilse Varga am Gipfel teil.",
    "Unter den Teilnehmern war auch Premierministerin Ilse Varga.",
    "Premierministerin Ilse Varga, die das Treffen leitete, sprach von einem Durchbruch.",
])
def test_issue3_participants_named_after_the_meeting(second):
    events = _events("Der OSZE-Gipfel begann am Dienstag in Wien. " + second)
    assert events == [("Meeting", frozenset({"OSZE", "Ilse Varga"}), "happened")]


def test_issue3_a_critic_of_the_meeting_is_no_participant():
    events = _events("Der OSZE-Gipfel begann am Dienstag in Wien. Oppositionschef Tibor Nemeth, der das Treffen "
                     "kritisierte, blieb zu Hause.")
    assert events == [("Meeting", frozenset({"OSZE"}), "happened")]


def test_issue3_plural_sie_after_a_group_noun_is_the_group():
    # "sie" refers to "die Finanzminister der Union" of the clause before, not to the last pair of people
    text = ("Präsident Jan Kowal traf am Montag Kanzlerin Eva Brandt in Prag. "
            "Beide sprachen über Energie. "
            "Das hatten die Finanzminister der Union schon entschieden, als sie sich bei ihrem Treffen "
            "in Luxemburg trennten.")
    events = _events(text)
    assert ("Meeting", frozenset({"Jan Kowal", "Eva Brandt"}), "happened") in events
    assert all(not ({"Jan Kowal", "Eva Brandt"} < names) for _, names, _ in events)


def test_issue3_plural_sie_in_a_verb_final_clause_is_the_last_pair():
    text = ("Präsident Jan Kowal traf am Montag Kanzlerin Eva Brandt in Prag. "
            "Es war das erste Mal, dass sie sich zu einem Arbeitsgespräch in Warschau trafen.")
    assert all(names in (frozenset({"Jan Kowal", "Eva Brandt"}),) for _, names, _ in _events(text))
