"""Frames and references of round 13, each found on the wire set and checked with sentences of our own:
the whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement called possible after a failed one is another event, of the same parties
        ("Die Stadt Wels und der Logistikkonzern Danubia Freight haben sich erneut nicht einigen können. Eine Einigung "
         "bis zum Herbst sei aber realistisch, sagte der Bürgermeister.",
         [("Agreement", {"Wels", "Danubia Freight"}, "negated"), ("Agreement", {"Wels", "Danubia Freight"}, "hypothetical")]),
        # … while a later report of the failure itself stays one event
        ("Die Stadt Wels und der Logistikkonzern Danubia Freight haben sich erneut nicht einigen können. Eine Einigung "
         "kam auch in der vierten Runde nicht zustande.",
         [("Agreement", {"Wels", "Danubia Freight"}, "negated")]),
    ],
)
def test_round13_events(text, expected):
    assert sorted_events(text) == expected_events(expected)
