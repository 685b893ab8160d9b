"""News agencies credited in brackets are no actors (ANNOTATION.md: agency signatures; grammar.yml news_agencies):
the wire dateline "Wien (APA) -" and the signature "(APA, 2.8.2015)". An agency the text cites stays a source.
Texts of our own."""

from __future__ import annotations

import pytest

from kg.api import extract_text


def _actors(text: str) -> dict[str, list[str]]:
    return {a.label: [m.text for m in a.mentions] for a in extract_text(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Wien (APA) - Kanzler Christian Stocker traf am Montag den französischen Präsidenten Emmanuel Macron.",
        "Berlin (dpa/APA) – Kanzler Christian Stocker traf am Montag den französischen Präsidenten Emmanuel Macron.",
        "Kanzler Christian Stocker traf am Montag den französischen Präsidenten Emmanuel Macron. (APA, Reuters, 2.8.2025)",
    ],
)
def test_a_credited_agency_is_no_actor(text):
    actors = _actors(text)
    assert {"Christian Stocker", "Emmanuel Macron"} <= set(actors)
    assert not {"APA", "dpa", "Reuters"} & set(actors)


def test_an_agency_the_text_cites_stays_an_actor_with_only_that_mention():
    text = "Wien (APA) - Kanzler Christian Stocker traf Präsident Emmanuel Macron, berichtete die APA."
    apa = next(a for a in extract_text(text).actors if a.label == "APA")
    assert [(m.text, m.start) for m in apa.mentions] == [("APA", text.rindex("APA"))]  # the cited one, not the dateline's

