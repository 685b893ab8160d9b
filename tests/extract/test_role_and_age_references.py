"""References to people named before: a bare title after a definite article stands for the holder of an office it
heads ("die Ministerin" for the Außenministerin; grammar.yml deputy_prefixes keep "der Kanzler" off the
Vizekanzler), a definite age noun for the person of its sentence or the one before ("Der 22-Jährige"; grammar.yml
age_descriptions), and company and union offices are titles (roles.tsv). Texts of our own."""

from __future__ import annotations

import pytest

from kg.api import extract_text

HEADER = "apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\nTitel\n\n"


def _events(text: str) -> list[tuple[str, frozenset[str]]]:
    result = extract_text(HEADER + text)
    labels = {a.id: a.label for a in result.actors}
    return sorted((e.type, frozenset(labels[p.actor] for p in e.participants)) for e in result.events if e.type != "Statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Außenministerin Beate Meinl-Reisinger reiste am Montag nach Prag. Die Ministerin traf dort ihren Amtskollegen "
         "Jan Lipavský.",
         [("Meeting", {"Beate Meinl-Reisinger", "Jan Lipavský"}), ("Visit", {"Beate Meinl-Reisinger"})]),
        ("Finanzminister Markus Marterbauer ist in Wien. Ein Treffen des Ministers mit Bürgermeister Michael Ludwig wurde "
         "abgesagt.",
         [("Meeting", {"Markus Marterbauer", "Michael Ludwig"})]),
        # a definite age noun is the person just named
        ("Der Stürmer Florian Wirtz wechselt zum FC Liverpool. Der 22-Jährige unterschrieb einen Vertrag beim FC Liverpool.",
         [("Agreement", {"Florian Wirtz", "FC Liverpool"})]),
        # company offices are titles, not names: "ADNOC-Vorstandschef" is no person
        ("Den Durchbruch brachte ein Treffen von OMV-Generaldirektor Alfred Stern und ADNOC-Vorstandschef Sultan Ahmed "
         "Al Jaber in Abu Dhabi.",
         [("Meeting", {"Alfred Stern", "Sultan Ahmed Al Jaber"})]),
        ("Betriebsratsvorsitzender Thomas Eberharter und Geschäftsführerin Sabine Margreiter einigten sich auf eine "
         "Betriebsvereinbarung.",
         [("Agreement", {"Thomas Eberharter", "Sabine Margreiter"})]),
    ],
)
def test_references_to_people_named_before(text, expected):
    assert _events(text) == sorted((t, frozenset(p)) for t, p in expected)


def test_a_deputy_holds_no_office_his_title_ends_in():
    result = extract_text(HEADER + "Vizekanzler Andreas Babler ist in Paris. Der Kanzler traf Präsident Emmanuel Macron.")
    babler = next(a for a in result.actors if a.label == "Andreas Babler")
    assert [m.text for m in babler.mentions] == ["Andreas Babler"]


def test_a_predicate_title_refers_to_nobody():
    result = extract_text(HEADER + "Innenministerin Johanna Mikl-Leitner ist in Wien. Minister wolle er gerne bleiben, "
                                   "sagte Kurz.")
    mikl = next(a for a in result.actors if a.label == "Johanna Mikl-Leitner")
    assert [m.text for m in mikl.mentions] == ["Johanna Mikl-Leitner"]


def test_the_surname_of_a_person_named_in_full_is_no_town():
    text = ("Geschäftsführer Henrik Lindqvist will in der Gemeinde Enns bauen. Um die Bevölkerung einzubinden, lud die Gemeinde "
            "Lindqvist am Freitag ein, das Projekt am 26. Mai vorzustellen.")
    result = extract_text(HEADER + text)
    assert {(a.label, a.type) for a in result.actors} == {("Henrik Lindqvist", "Person"), ("Enns", "Place")}
    labels = {a.id: a.label for a in result.actors}
    [invitation] = [e for e in result.events if e.type == "Invitation"]
    # the invitation was issued on Friday: 26 May is what it invites to, in the clause after
    assert ({labels[p.actor] for p in invitation.participants}, invitation.status, invitation.date) == \
        ({"Enns", "Henrik Lindqvist"}, "happened", "2025-02-07")


def test_a_preposition_that_is_also_a_given_name_opens_no_person():
    result = extract_text("Eisenstadt – In Nickelsdorf warten am Montag Hunderte Menschen.")
    assert [(a.label, a.type) for a in result.actors] == [("Eisenstadt", "Place"), ("Nickelsdorf", "Place")]


def test_a_description_stands_for_the_organisation_the_text_introduced_with_it():
    text = ("Die Gewerkschaft PRO-GE verhandelt mit dem Konzern Magna. Kritik kommt von der Bürgerinitiative "
            "„Lebenswertes Enns“. Ein Gespräch mit der Initiative lehnte Magna ab. Mit der Gewerkschaft könnte im "
            "Frühjahr weiter verhandelt werden.")
    assert _events(text) == sorted([("Meeting", frozenset({"Lebenswertes Enns", "Magna"})),
                                    ("Negotiation", frozenset({"PRO-GE", "Magna"})),
                                    ("Negotiation", frozenset({"PRO-GE"}))])


def test_an_organisation_named_again_by_the_first_word_of_its_name():
    text = ("Der Logistikkonzern Baltica Logistics will in Enns bauen. Ein Gespräch mit dem Bürgermeister lehnte Baltica "
            "bisher ab.")
    baltica = next(a for a in extract_text(HEADER + text).actors if a.label == "Baltica Logistics")
    assert [m.text for m in baltica.mentions] == ["Baltica Logistics", "Baltica"]
