"""A verb of talking is a call when its clause says it went by phone or video (events.yml mode_verbs,
mode_words); a town or region that acts is a party, and "die Stadt Wien" is the city, not Austria
(grammar.yml municipal_nouns). Sentences of our own; the whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanzlerin Petra Lindner hat am Mittwoch telefonisch mit dem kroatischen Premier Andrej Plenković "
         "gesprochen.",
         [("Call", {"Petra Lindner", "Andrej Plenković"}, "happened")]),
        ("Die Außenminister Polens und Litauens tauschten sich am Telefon über die Grenzlage aus.",
         [("Call", {"Polen", "Litauen"}, "happened")]),
        ("Präsident Emmanuel Macron beriet per Videoschalte mit dem brasilianischen Staatschef Lula.",
         [("Call", {"Emmanuel Macron", "Lula"}, "happened")]),
        # "hat … beraten" is the perfect even where the tagger reads the participle as an infinitive
        ("Macron hat am Dienstag per Videoschalte mit dem brasilianischen Staatschef Lula beraten.",
         [("Call", {"Emmanuel Macron", "Lula"}, "happened")]),
        ("Macron wird am Dienstag per Videoschalte mit dem brasilianischen Staatschef Lula beraten.",
         [("Call", {"Emmanuel Macron", "Lula"}, "planned")]),
        # the mode alone is no call; a verb of talking alone is no call but a meeting (events.yml comitative_verbs)
        ("Die Ministerin war am Freitag telefonisch nicht erreichbar.", []),
        ("Lindner sprach am Freitag mit Plenković über die Energiepreise.",
         [("Meeting", {"Lindner", "Plenković"}, "happened")]),
    ],
)
def test_talking_by_phone_or_video_is_a_call(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graz einigte sich am Montag mit dem Land Steiermark über die Kosten der neuen Straßenbahnlinie.",
         [("Agreement", {"Graz", "Steiermark"}, "happened")]),
        ("Der Möbelkonzern Ikea verhandelt mit der Gemeinde Lustenau über ein Grundstück.",
         [("Negotiation", {"Ikea", "Lustenau"}, "happened")]),
        # a capital after "Stadt" is the city
        ("Die Ärztekammer und die Stadt Wien haben sich auf längere Öffnungszeiten geeinigt.",
         [("Agreement", {"Ärztekammer", "Wien"}, "happened")]),
        # still a place: where the event is, a dateline, a place that names a conference
        ("Innsbruck – In Innsbruck einigten sich Tirol und Südtirol auf eine gemeinsame Bahnstrategie.",
         [("Agreement", {"Tirol", "Südtirol"}, "happened")]),
        # … also a wire dateline with its agency and a dash typed as a hyphen: neither Linz nor Austria (for the
        # capital) takes part in talks whose parties go unnamed
        ("Wien (APA) - Die Verhandlungen über den Stabilitätspakt laufen.", []),
        ("Linz (APA) - Die Verhandlungen zwischen der Geschäftsführung und dem Betriebsrat laufen.", []),
        ("Linz (APA) - Die Verhandlungen zwischen der Geschäftsführung und dem Betriebsrat von Rosenbauer laufen.",
         [("Negotiation", {"Rosenbauer"}, "happened")]),
    ],
)
def test_a_town_that_acts_is_a_party(text, expected):
    assert sorted_events(text) == expected_events(expected)
