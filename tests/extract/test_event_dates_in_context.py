"""Dates an event takes from its context (kg/extract/timex.py, kg/extract/events/extractor.py): a month or season
named without a year, what happened at an earlier reported event ("am Rande des Gipfels"), and what happened on a
dated trip at its destination. Articles and sentences of our own, in the APA wire layout that carries the
publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.api import extract_text
from kg.extract.timex import TimeResolver
from kg.lang import load_lang

HEADER = "apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\n"  # Wednesday 12 February 2025
PUBLISHED = date(2025, 2, 12)


@pytest.fixture(scope="module")
def resolver() -> TimeResolver:
    return TimeResolver(load_lang("de").time)


@pytest.mark.parametrize(
    ("text", "forward", "expected"),
    [
        # a month without a year: the publication year, unless that puts a report after publication (the year
        # before) or a plan before it (the year after)
        ("Die beiden trafen sich im Jänner", False, ["2025-01"]),
        ("Die beiden trafen sich im Dezember", False, ["2024-12"]),
        ("Der Vertrag soll Mitte Juni unterzeichnet werden", True, ["2025-06"]),
        ("Das Treffen ist für Anfang Jänner geplant", True, ["2026-01"]),
        ("Der Gipfel soll noch im Februar stattfinden", True, ["2025-02"]),
        # a season dates to its year, by the same rule
        ("Ein Abkommen könnte im Sommer unterzeichnet werden", True, ["2025"]),
        ("Im Herbst hatten sie verhandelt", False, ["2024"]),
        ("Die Einigung soll Ende des Jahres stehen", True, ["2025"]),
        # with a year the year wins; a bare month name is no date (also a name: "Mai", "August")
        ("im Mai 2019", False, ["2019-05"]),
        ("Im Herbst 2023 trafen sie sich", False, ["2023"]),
        ("Kanzler Mai traf Ministerin Juli", False, []),
        # a limit, or a month that dates another noun after one: no date of the event
        ("Der Vertrag gilt bis Ende Mai", True, []),
        ("die erste Begegnung seit seiner Rückkehr ins Amt im Jänner", False, []),
    ],
)
def test_a_month_or_season_without_a_year_takes_it_from_publication(resolver, text, forward, expected):
    assert [d.value for d in resolver.dates(text, PUBLISHED, forward=forward)] == expected


def test_a_month_or_season_without_publication_date_stays_unresolved(resolver):
    assert resolver.dates("Die beiden trafen sich im Jänner und im Sommer", None) == []


def _events(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_text(HEADER + text)
    return [(e.type, e.status, e.date) for e in result.events if e.type != "Statement"]


def test_a_hypothetical_event_looks_forward_like_a_planned_one():
    # published in February: "im Sommer" of a possible signing is this summer, not last year's
    assert _events("Titel\n\nEin Abkommen zwischen Österreich und Moldau könnte nach Angaben der Ministerin im Sommer "
                   "unterzeichnet werden.") == [("Agreement", "hypothetical", "2025")]


def test_what_happens_at_a_reported_event_happens_on_its_date():
    text = ("Gipfel in Den Haag\n\nDie Staats- und Regierungschefs der NATO sind am Montag in Den Haag zu einem Gipfel "
            "zusammengekommen. Die Verbündeten berieten über die Verteidigungsausgaben.\n\n"
            "Am Rande des Gipfels traf der finnische Präsident Alexander Stubb den kanadischen Premier Mark Carney.")
    meetings = [e for e in extract_text(HEADER + text).events if e.type == "Meeting"]
    side = next(e for e in meetings if {p.actor for p in e.participants} == {"person:alexander-stubb", "person:mark-carney"})
    assert side.date == "2025-02-10"


def test_what_happens_at_the_destination_of_a_dated_trip_happens_on_the_trip():
    text = ("Ministerin in Chisinau\n\nAußenministerin Beate Meinl-Reisinger ist am Dienstag zu einem Besuch nach "
            "Chisinau gereist.\n\nIn Chisinau traf Meinl-Reisinger den moldauischen Außenminister Mihai Popșoi. Zum "
            "Abschluss des Gesprächs lud sie Popșoi nach Wien ein.")
    dated = {(e.type, e.status, e.date) for e in extract_text(HEADER + text).events if e.type != "Statement"}
    # (the invitation "nach Wien" is also Popșoi's planned visit, which has no date yet)
    assert dated == {("Visit", "happened", "2025-02-11"), ("Meeting", "happened", "2025-02-11"),
                     ("Invitation", "happened", "2025-02-11"), ("Visit", "planned", None)}


def test_a_trip_dates_nothing_elsewhere_or_without_its_traveller():
    text = ("Ministerin in Chisinau\n\nAußenministerin Beate Meinl-Reisinger ist am Dienstag zu einem Besuch nach "
            "Chisinau gereist.\n\nIn Brüssel traf Kanzler Christian Stocker den Präsidenten des Europäischen Rates, "
            "António Costa.")
    dated = {(e.type, e.date) for e in extract_text(HEADER + text).events if e.type != "Statement"}
    assert dated == {("Visit", "2025-02-11"), ("Meeting", None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the present tense with a day or month to come schedules the event, also when the article is dated
        ("Kanzler Christian Stocker reist am Freitag nach Paris.", ("Visit", "planned", "2025-02-14")),
        ("Am Montag trifft Stocker in Paris Präsident Emmanuel Macron.", ("Meeting", "planned", "2025-02-17")),
        ("Der chinesische Präsident Xi Jinping reist im April nach Frankreich.", ("Visit", "planned", "2025-04")),
        ("Stocker und Macron treffen sich im Jänner.", ("Meeting", "planned", "2026-01")),
        # … the past tenses report it, and "heute" is the day of the report
        ("Kanzler Christian Stocker reiste am Freitag nach Paris.", ("Visit", "happened", "2025-02-07")),
        ("Stocker hat am Montag in Paris Präsident Emmanuel Macron getroffen.", ("Meeting", "happened", "2025-02-10")),
        ("Stocker traf im Jänner Präsident Emmanuel Macron.", ("Meeting", "happened", "2025-01")),
        ("Kanzler Christian Stocker trifft heute Präsident Emmanuel Macron.", ("Meeting", "happened", "2025-02-12")),
    ],
)
def test_a_present_tense_clause_with_a_day_to_come_is_a_plan(sentence, expected):
    assert _events("Titel\n\n" + sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day set for an event ("für Donnerstag") lies ahead, also for a cancelled one …
        ("Der slowakische Premier Robert Fico hat seinen für Donnerstag geplanten Besuch in Wien abgesagt.",
         ("Visit", "negated", "2025-02-13")),
        # … unless the event is reported as done
        ("Das für Montag geplante Treffen von Robert Fico und Christian Stocker fand in Wien statt.",
         ("Meeting", "happened", "2025-02-10")),
        # a day without "für" is when the cancelling happened
        ("Robert Fico hat am Montag seinen Besuch in Wien abgesagt.", ("Visit", "negated", "2025-02-10")),
    ],
)
def test_the_day_set_for_an_event_lies_ahead_unless_it_happened(sentence, expected):
    assert _events("Titel\n\n" + sentence) == [expected]


def test_a_capital_listed_as_a_rare_given_name_opens_no_person():
    result = extract_text(HEADER + "Titel\n\nAls Grund nannte das Regierungsamt in Bratislava Terminprobleme.")
    assert [(a.label, a.type) for a in result.actors] == [("Bratislava", "Place")]


def test_travelling_on_is_a_visit():
    result = extract_text(HEADER + "Titel\n\nAußenministerin Beate Meinl-Reisinger reiste am Dienstag nach Odessa weiter.")
    assert [(e.type, e.status, e.date, e.place) for e in result.events if e.type != "Statement"] == \
        [("Visit", "happened", "2025-02-11", "place:odessa")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an event noun after "nach" lies behind a present-tense clause; Konjunktiv I reports
        ("Die Gemeinde Enns und die Firma Baltica Logistics verhandeln. Nach der vierten Verhandlungsrunde am Donnerstag "
         "seien Fragen offen.", ("Negotiation", "happened", "2025-02-06")),
        ("Die Gemeinde Enns und die Firma Baltica Logistics verhandeln. Nach der vierten Verhandlungsrunde am Donnerstag "
         "sind Fragen offen.", ("Negotiation", "happened", "2025-02-06")),
    ],
)
def test_an_event_behind_a_present_clause_is_reported(sentence, expected):
    assert _events("Titel\n\n" + sentence)[-1] == expected
