"""Mediators and sponsors are no parties of the event they bring about (ANNOTATION.md); a chair of a
meeting takes part. Sentences of our own; the whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unter Vermittlung des norwegischen Außenministers Lars Berg einigten sich die Regierung Kolumbiens und "
         "die Guerillagruppe FARC am Freitag auf eine Waffenruhe.",
         [("Agreement", {"Kolumbien", "FARC"}, "happened")]),
        ("Mit dem Vermittler Jan Egeland haben Armenien und Aserbaidschan am Montag einen Gefangenenaustausch "
         "vereinbart.",
         [("Agreement", {"Armenien", "Aserbaidschan"}, "happened")]),
        ("Unter Vermittlung Katars verhandeln Israel und die Hamas seit Tagen über eine Feuerpause.",
         [("Negotiation", {"Israel", "Hamas"}, "happened")]),
        # the chair of a meeting is one of those who meet
        ("Unter Vorsitz von Kanzlerin Petra Lindner trafen sich am Dienstag die Regierungschefs Ungarns und "
         "Tschechiens.",
         [("Meeting", {"Petra Lindner", "Ungarn", "Tschechien"}, "happened")]),
    ],
)
def test_mediators_stay_out_and_chairs_take_part(text, expected):
    assert sorted_events(text) == expected_events(expected)
