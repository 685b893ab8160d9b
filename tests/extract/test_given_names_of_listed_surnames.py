"""A surname of persons.tsv that is also a given name ("Abbas", "Ban") opens another person's name when a name
follows it; alone it is the listed person. Sentences of our own."""

from __future__ import annotations

import pytest

from kg.api import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed surname that is also a given name opens another person's name when a name follows it
        ("Der iranische Außenminister Abbas Mussawi reist nach Genf.", "Abbas Mussawi"),
        ("Der Regisseur Abbas Kiarostami drehte den Film in Teheran.", "Abbas Kiarostami"),
        # … and alone it is still the listed person
        ("Palästinenserpräsident Mahmud Abbas reist nach Genf. Abbas will dort sprechen.", "Mahmoud Abbas"),
        ("UN-Generalsekretär Ban Ki Moon reist nach Genf.", "Ban Ki-moon"),
    ],
)
def test_a_given_name_that_is_a_listed_surname_opens_its_own_name(text, expected):
    people = [a.label for a in extract_text(text).actors if a.type == "Person"]
    assert people == [expected]
