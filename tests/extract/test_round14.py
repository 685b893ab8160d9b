"""Rules of round 14, each checked with sentences of our own: continuations, counterfactuals, years at a
sentence's end, the publication's own weekday."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events

HEADER = "apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\nTitel\n\n"


def dated_events(text: str) -> list[tuple[str, list[str], str, str | None]]:
    from kg.api import extract_text

    result = extract_text(HEADER + text)
    labels = {a.id: a.label for a in result.actors}
    return sorted((e.type, sorted(labels[p.actor] for p in e.participants), e.status, e.date)
                  for e in result.events if e.type != "Statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next round of talks reported as done is another event, of the same parties, with its own date
        ("Die Holzbau Kremser GmbH und die Stadtwerke Amstetten verhandeln seit Wochen über einen Liefervertrag. "
         "Die Gespräche sollen am 3. März fortgesetzt werden.",
         [("Negotiation", ["Holzbau Kremser GmbH", "Stadtwerke Amstetten"], "happened", None),
          ("Negotiation", ["Holzbau Kremser GmbH", "Stadtwerke Amstetten"], "planned", "2025-03-03")]),
        ("Die Holzbau Kremser GmbH und die Stadtwerke Amstetten verhandeln seit Wochen über einen Liefervertrag. "
         "Am 3. März wird weiterverhandelt.",
         [("Negotiation", ["Holzbau Kremser GmbH", "Stadtwerke Amstetten"], "happened", None),
          ("Negotiation", ["Holzbau Kremser GmbH", "Stadtwerke Amstetten"], "planned", "2025-03-03")]),
        # … while a later report of the same talks stays one event
        ("Die Holzbau Kremser GmbH und die Stadtwerke Amstetten verhandeln seit Wochen über einen Liefervertrag. "
         "Die Gespräche verliefen nach Angaben beider Seiten konstruktiv.",
         [("Negotiation", ["Holzbau Kremser GmbH", "Stadtwerke Amstetten"], "happened", None)]),
    ],
)
def test_round14_a_planned_continuation_is_a_new_event(text, expected):
    assert dated_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Konjunktiv II of "haben" with a modal infinitive: what was to be and was not
        ("Das Treffen von Kanzler Christian Stocker mit Premier Robert Fico hätte am Freitag stattfinden sollen.",
         [("Meeting", {"Christian Stocker", "Robert Fico"}, "hypothetical")]),
        ("Kanzler Christian Stocker hätte Premier Robert Fico gerne in Wien treffen können.",
         [("Meeting", {"Christian Stocker", "Robert Fico"}, "hypothetical")]),
        # … with "eigentlich" a plan given up
        ("Kanzler Christian Stocker hätte Premier Robert Fico eigentlich am Freitag treffen sollen.",
         [("Meeting", {"Christian Stocker", "Robert Fico"}, "negated")]),
        # "hätten" alone is reported speech of what happened
        ("Kanzler Christian Stocker und Premier Robert Fico hätten sich am Freitag getroffen, sagte ein Sprecher.",
         [("Meeting", {"Christian Stocker", "Robert Fico"}, "happened")]),
    ],
)
def test_round14_counterfactuals(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round14_a_year_before_a_capital_ends_the_sentence():
    # "2028." is read as an ordinal by the tokenizer; the next sentence's club is no party of the contract
    events = dated_events("Stürmer Jan Novak unterschrieb einen Vertrag bis 2028. Zuvor hatte der LASK mit Novak verhandelt.")
    assert ("Negotiation", ["Jan Novak", "LASK"], "happened", None) in events
    assert not any(e[0] == "Agreement" and "LASK" in e[1] for e in events)


def test_round14_a_year_before_a_capital_ends_the_sentence_in_the_parse():
    from kg.nlp import load_pipeline

    doc = load_pipeline("de")("Der Vertrag läuft bis 2028. Zuvor war er beim 1. FC Köln. Am 3. März kommt er.")
    assert [s.text for s in doc.sents] == ["Der Vertrag läuft bis 2028.", "Zuvor war er beim 1. FC Köln.",
                                          "Am 3. März kommt er."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned event on the publication's weekday (Wednesday 12 February) is that day …
        ("Außenministerin Beate Meinl-Reisinger trifft am Mittwoch ihren slowakischen Amtskollegen Juraj Blanár.",
         "2025-02-12"),
        # … a week ahead only with "kommenden"
        ("Außenministerin Beate Meinl-Reisinger trifft am kommenden Mittwoch ihren slowakischen Amtskollegen Juraj "
         "Blanár.", "2025-02-19"),
        ("Außenministerin Beate Meinl-Reisinger trifft am Freitag ihren slowakischen Amtskollegen Juraj Blanár.",
         "2025-02-14"),
    ],
)
def test_round14_the_publication_weekday_of_a_plan_is_that_day(text, expected):
    assert [e[3] for e in dated_events(text) if e[0] == "Meeting"] == [expected]


def test_round14_mercosur_is_an_organisation():
    events = dated_events("Verschoben wurde die Unterzeichnung des Handelsabkommens der EU mit dem Staatenbund Mercosur.")
    assert events == [("Agreement", ["Europäische Union", "Mercosur"], "negated", None)]
