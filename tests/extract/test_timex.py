"""Time rules: weekdays against the publication date, explicit dates, durations."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import TimeResolver, iso_duration
from kg.lang import load_lang

PUBLISHED = date(2025, 2, 12)  # a Wednesday


@pytest.fixture(scope="module")
def resolver() -> TimeResolver:
    return TimeResolver(load_lang("de").time)


@pytest.mark.parametrize(
    "text, forward, expected",
    [
        ("Er sagte am Mittwoch", False, "2025-02-12"),
        ("teilte am Mittwochabend mit", False, "2025-02-12"),
        ("am Montag", False, "2025-02-10"),
        ("am vergangenen Dienstag", True, "2025-02-11"),
        ("am kommenden Montag", False, "2025-02-17"),
        ("am Freitag", True, "2025-02-14"),
        ("gestern", False, "2025-02-11"),
        ("heute", False, "2025-02-12"),
        ("am 15. August", True, "2025-08-15"),
        ("am 3. Jänner", True, "2026-01-03"),
        ("am 19. Mai 2024", False, "2024-05-19"),
        ("am 1.4.2025", False, "2025-04-01"),
        ("im März 2025", False, "2025-03"),
    ],
)
def test_dates_resolve_against_publication(resolver, text, forward, expected):
    assert resolver.dates(text, PUBLISHED, forward=forward)[0].value == expected


def test_weekday_without_publication_date_stays_unresolved(resolver):
    assert resolver.dates("am Mittwoch", None) == []
    assert resolver.dates("am 19. Mai 2025", None)[0].value == "2025-05-19"


def test_am_morgen_is_morning_not_tomorrow(resolver):
    assert resolver.dates("am Morgen traf er ein", PUBLISHED) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("eineinhalb Stunden", "PT1H30M"),
        ("rund zweieinhalb Stunden", "PT2H30M"),
        ("knapp eine Stunde", "PT1H"),
        ("90 Minuten", "PT1H30M"),
        ("mehr als zwei Stunden", "PT2H"),
        ("drei Tage", "P3D"),
        ("ohne Angabe", None),
    ],
)
def test_durations(resolver, text, expected):
    assert resolver.duration(text) == expected


def test_iso_duration_normalises_minutes():
    assert iso_duration(45, "M") == "PT45M"
    assert iso_duration(2, "H") == "PT2H"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("war 2011 bei ihrem Besuch in Budapest", ["2011"]),
        ("die Ausgaben bis 2035 erhöhen", []),
        ("mit 2000 Soldaten an der Grenze", []),
        ("seit 2014 im Amt", []),
        # a contract's term is no date of its signing; when talks began dates them
        ("unterschrieb einen Vertrag bis Sommer 2027", []),
        ("verhandelten seit Herbst 2014", ["2014"]),
    ],
)
def test_bare_years_are_weak_dates(resolver, text, expected):
    found = resolver.dates(text, PUBLISHED)
    assert [d.value for d in found] == expected
    assert all(d.weak for d in found)


def test_a_bare_year_never_outranks_a_full_date(resolver):
    found = resolver.dates("am 3. März 2025 und schon 2019", PUBLISHED)
    assert [(d.value, d.weak) for d in found] == [("2025-03-03", False), ("2019", True)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a week is its month while it lies inside one, else its year (Wed 12 Feb 2025: week 10-16 Feb)
        ("Sie trafen sich vergangene Woche", PUBLISHED, "2025-02"),
        ("Ende vergangener Woche unterschrieben sie", PUBLISHED, "2025-02"),
        ("in der Vorwoche", PUBLISHED, "2025-02"),
        ("Die Gespräche gehen nächste Woche weiter", date(2025, 1, 29), "2025-02"),  # 3-9 Feb
        ("vergangene Woche", date(2025, 3, 5), "2025"),  # 24 Feb - 2 Mar spans two months
        ("im kommenden Monat", PUBLISHED, "2025-03"),
        ("vergangenen Monat", date(2025, 1, 20), "2024-12"),
        ("im vergangenen Jahr", PUBLISHED, "2024"),
        ("heuer", PUBLISHED, "2025"),
        ("Anfang nächsten Jahres", PUBLISHED, "2026"),
        ("am Dienstag vergangener Woche", PUBLISHED, "2025-02-04"),
        ("am Montag der kommenden Woche", PUBLISHED, "2025-02-17"),
        ("im Mai vergangenen Jahres", PUBLISHED, "2024-05"),
        ("am 3. März kommenden Jahres", PUBLISHED, "2026-03-03"),
        # a season named relative to publication: the latest one over, the next one to begin
        ("im vergangenen Herbst", PUBLISHED, "2024"),
        ("vergangenen Sommer", date(2025, 11, 20), "2025"),
        ("im letzten Sommer", date(2025, 7, 10), "2024"),
        ("im kommenden Frühjahr", PUBLISHED, "2025"),
        ("kommenden Herbst", date(2025, 10, 1), "2026"),
    ],
)
def test_periods_relative_to_publication(resolver, text, published, expected):
    assert [d.value for d in resolver.dates(text, published)] == [expected]


def test_plural_periods_and_week_across_new_year_date_nothing(resolver):
    assert resolver.dates("in den vergangenen Wochen", PUBLISHED) == []
    assert resolver.dates("in den letzten Jahren", PUBLISHED) == []
    assert resolver.dates("vergangene Woche", date(2025, 1, 8)) == []  # 30 Dec - 5 Jan
    assert resolver.names_period("vergangene Woche")
