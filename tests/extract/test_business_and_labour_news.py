"""Company, wage-round and town news (#3, session 10): companies named after their sort, Austrian
social partners, settlements and partnerships, trials and matches that are no events. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's name after its sort, though the tagger reads it as a common noun
        ("Die Stadt Linz hat mit dem Entsorger Saubermacher einen Vertrag über die Müllabfuhr geschlossen.",
         [("Agreement", {"Linz", "Saubermacher"}, "happened")]),
        ("Der Energieversorger Verbund und die OMV haben einen Liefervertrag unterzeichnet.",
         [("Agreement", {"Verbund", "OMV"}, "happened")]),
        # ... also in the genitive, and the sort noun does not hide the preposition before it
        ("Die Voestalpine schloss mit dem Konzern Gazprom einen Liefervertrag ab.",
         [("Agreement", {"Voestalpine", "Gazprom"}, "happened")]),
        ("Am Montag ging der Kranhersteller Palfinger mit dem US-Konzern Caterpillar eine Vertriebspartnerschaft ein.",
         [("Agreement", {"Palfinger", "Caterpillar"}, "happened")]),
        # a company written with "& Co"
        ("Austrian Airlines hat den Catering-Vertrag mit Do & Co verlängert.",
         [("Agreement", {"Austrian Airlines", "Do & Co"}, "happened")]),
        # Austrian social partners by name, a settlement noun, talks that go on
        ("Die Gewerkschaft PRO-GE und der Fachverband Metalltechnische Industrie unterzeichneten den KV-Abschluss.",
         [("Agreement", {"PRO-GE", "Fachverband Metalltechnische Industrie"}, "happened")]),
        ("Die Gewerkschaft younion und der Städtebund wollen am Donnerstag weiterverhandeln.",
         [("Negotiation", {"younion", "Österreichischer Städtebund"}, "planned")]),
        # a town named with its river, and "ob" in it asks no question
        ("Die Marktgemeinde Weißenbach an der Triesting und die Firma Quehenberger haben sich über ein Grundstück geeinigt.",
         [("Agreement", {"Weißenbach an der Triesting", "Quehenberger"}, "happened")]),
        ("Die Gemeinde Wartberg ob der Aist und der Logistiker Quehenberger haben sich geeinigt.",
         [("Agreement", {"Wartberg ob der Aist", "Quehenberger"}, "happened")]),
        # a capital that names another noun's place stands for no state
        ("Kanzler Christian Stocker telefonierte mit Siemens-Chef Roland Busch über die Zukunft des Standorts Wien.",
         [("Call", {"Christian Stocker", "Roland Busch"}, "happened")]),
        ("Der Flughafen Wien und Ryanair haben sich auf niedrigere Gebühren verständigt.",
         [("Agreement", {"Flughafen Wien", "Ryanair"}, "happened")]),
        # a visit to a company's plant: the plant is visited, its owner is no host
        ("Wirtschaftsminister Wolfgang Hattmannsdorfer besuchte das Werk des Stahlkonzerns Voestalpine in Linz.",
         [("Visit", {"Wolfgang Hattmannsdorfer"}, "happened")]),
        # an organisation's main clause goes on after its relative clause
        ("Die Voestalpine, die seit Monaten mit Siemens verhandelt, hat sich jetzt mit Siemens auf einen Liefervertrag geeinigt.",
         [("Negotiation", {"Voestalpine", "Siemens"}, "happened"), ("Agreement", {"Voestalpine", "Siemens"}, "happened")]),
        # a compound naming a sort of company stands for the company named before
        ("Palfinger baut ein neues Werk in Polen. Der Kranhersteller hat dafür mit Siemens einen Liefervertrag unterzeichnet.",
         [("Agreement", {"Palfinger", "Siemens"}, "happened")]),
        # ... in the singular only: "die Hersteller" are many
        ("Das neue Betriebssystem Windows 11 ist erschienen. In einem Punkt sind sich die Hersteller einig.", []),
        # a fronted "zwischen" names both parties, the second after its sort noun too; talks between
        # organisations without a topic are negotiations
        ("Zwischen der Österreichischen Post und der Gewerkschaft vida hat es bisher keine Gespräche über Kündigungen gegeben.",
         [("Negotiation", {"Österreichische Post", "vida"}, "negated")]),
        ("Zwischen Siemens und Alstom gab es am Montag Gespräche.", [("Negotiation", {"Siemens", "Alstom"}, "happened")]),
        # negotiators stand for the sides they negotiate for
        ("Die Verhandler von GPA und Wirtschaftskammer haben sich in der Nacht geeinigt.",
         [("Agreement", {"GPA", "Wirtschaftskammer"}, "happened")]),
        # a board acts for its company, also in the infinitive clause that says why it travelled
        ("Der Vorstand des Baukonzerns Strabag reiste nach Belgrad, um dort mit der Stadt Belgrad einen Vertrag zu unterzeichnen.",
         [("Visit", {"Strabag"}, "happened"), ("Agreement", {"Strabag", "Belgrad"}, "planned")]),
        # a call places what was said in it
        ("In einem Telefonat habe Siemens-Chef Roland Busch Kanzler Christian Stocker über die Pläne informiert, hieß es.",
         [("Call", {"Roland Busch", "Christian Stocker"}, "happened")]),
        # clubs by their town's adjective
        ("Der Grazer AK und die Stadt Graz haben sich auf ein neues Stadion geeinigt.",
         [("Agreement", {"Grazer AK", "Graz"}, "happened")]),
        # no events: a trial, a match, a signal
        ("Die Verhandlung gegen den Investor Klaus Huber wird am Dienstag in Innsbruck fortgesetzt.", []),
        ("Die Begegnung zwischen dem LASK und Sturm Graz endete mit einem Remis.", []),
        ("Der Mobilfunker Drei will den Empfang in den Tälern verbessern.", []),
    ],
)
def test_business_and_labour_news(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_a_reception_with_a_person_is_still_a_meeting():
    assert sorted_events("Beim Empfang für die Olympiasieger sprach Bundespräsident Alexander Van der Bellen.") == \
        expected_events([("Meeting", {"Alexander Van der Bellen"}, "happened")])


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an object after a sort noun stays an object
        ("Er sagte, dass der Konzern Gewinne macht.", set(), {"Gewinne"}),
        # a capitalised preposition opens no name
        ("Per Handschlag besiegelten Michael Ludwig und Alexandra Reinagl den Vertrag.",
         {("Person", "Michael Ludwig"), ("Person", "Alexandra Reinagl")}, {"Per Handschlag"}),
        # the genitive of a company's sort
        ("Stelzer sprach mit Vertretern des Autozulieferers Miba.", {("Organization", "Miba")}, set()),
    ],
)
def test_company_names_after_their_sort(text, present, absent):
    actors = {(a.type, a.label) for a in extract_text(text).actors}
    assert present <= actors
    assert not {label for _, label in actors} & absent
