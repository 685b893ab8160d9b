"""Patterns from the dev-c error analysis (#3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.scored import scored_events as _events


@pytest.mark.parametrize("text,expected", [
    # a noun with its support verb takes its partner after "mit" like the verb does
    ("Die Slowakei werde mit Ungarn keinen Vertrag über die Wasserrechte schließen, sagte der Sprecher.",
     ("Agreement", {"Slowakei", "Ungarn"}, "negated")),
    ("Im Jahr 2019 hatte die Sängerin Mira Olbrich mit Universal Music einen Vertrag unterzeichnet.",
     ("Agreement", {"Mira Olbrich", "Universal Music"}, "happened")),
    # welcoming an agreement reports it
    ("Der Innenminister Tobias Hainzl begrüßte am Freitag die Einigung mit seinem Amtskollegen Lukas Ferstl.",
     ("Agreement", {"Tobias Hainzl", "Lukas Ferstl"}, "happened")),
])
def test_issue3_light_verb_partners(text, expected):
    kind, names, status = expected
    assert (kind, frozenset(names), status) in _events(text)


@pytest.mark.parametrize("text", [
    # consenting to a bill is a vote in parliament, not an agreement
    "Die NEOS wollen der Pensionsreform auf keinen Fall zustimmen.",
    "Auch die Grünen stimmten dem Budget im Landtag nicht zu.",
    # a talk with a newspaper is an interview
    "Zum Gespräch mit dem Kurier kam Gemeinderat Jonas Pichlmayr in ein Wirtshaus am Stadtrand.",
])
def test_issue3_no_event(text):
    assert _events(text) == []


def test_issue3_agreeing_to_do_something_stays_an_agreement():
    events = _events("Die Ukraine stimmte nach dem Treffen zu, die Angriffe auf Häfen einzustellen.")
    assert any(kind == "Agreement" and "Ukraine" in names for kind, names, _ in events)


def test_issue3_a_quote_after_a_colon_does_not_take_the_speaker_as_visitor():
    text = ("Der Innenminister Tobias Hainzl sagte am Montag in Linz: In Österreich kommen derzeit deutlich weniger "
            "Menschen an als im Vorjahr.")
    assert not [e for e in _events(text) if e[0] == "Visit"]
