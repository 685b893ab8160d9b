"""Issue #3, round 7b: an audit of round 7's status rules against ANNOTATION.md's definitions, with sentences
of our own for the common newswire uses of each rule (see test_issue3_round7.py). The whole list of scored
events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import scored_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (1) "wollte": a stated intention is planned ...
        ("Kanzler Anton Berger wollte sich am Montag mit Präsident Adam Nowak treffen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        # ... but a past modal says what someone meant to do at or after an event named in an adverbial, which
        # took place ("bei", "während", and now "nach")
        ("Kanzlerin Angela Merkel wollte beim Treffen in Brüssel die Frauenquote durchsetzen.",
         [("Meeting", {"Angela Merkel"}, "happened")]),
        ("Nach dem Treffen mit Präsident Adam Nowak wollte sich Kanzler Anton Berger nicht äußern.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        ("Nach dem Treffen mit Präsident Adam Nowak wollte Kanzler Anton Berger keine Details nennen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        # ... and a refusal to comment on an event in an adverbial ("wollte sich zu … nicht äußern") is no plan of it;
        # a journey to the meeting is, and so is a meeting after "vor"
        ("Siemens wollte sich zu den Verhandlungen mit Bosch nicht äußern.",
         [("Negotiation", {"Siemens", "Bosch"}, "happened")]),
        ("Siemens will sich zu den Verhandlungen mit Bosch nicht äußern.",
         [("Negotiation", {"Siemens", "Bosch"}, "happened")]),
        ("Zum Treffen mit Präsident Adam Nowak wollte Kanzler Anton Berger keine Angaben machen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        ("Kanzler Anton Berger will nach dem Treffen mit Präsident Adam Nowak am Montag Details nennen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Vor dem Treffen mit Präsident Adam Nowak wollte sich Kanzler Anton Berger nicht äußern.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger wollte zu einem Treffen mit Präsident Adam Nowak nach Warschau reisen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned"), ("Visit", {"Anton Berger"}, "planned")]),
        # ... and a past plan that "eigentlich"/"ursprünglich" marks as given up is negated (cancelled or put off),
        # not a past modal at a setting, nor a present intention
        ("Eigentlich wollte Kanzler Anton Berger am Montag Präsident Adam Nowak treffen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        ("Ursprünglich sollte das Treffen von Kanzler Anton Berger mit Präsident Adam Nowak am Montag stattfinden.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        ("Eigentlich wollte Kanzler Anton Berger beim Treffen mit Präsident Adam Nowak über Gas sprechen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        ("Eigentlich will Kanzler Anton Berger am Montag Präsident Adam Nowak treffen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        # ... and a plan that a later clause calls off is negated (a clause without a subject of its own, or one
        # opened by "doch"/"aber")
        ("Außenminister Frank Weber wollte am Montag nach Kiew reisen, sagte die Reise aber ab.",
         [("Visit", {"Frank Weber"}, "negated")]),
        ("Kanzler Anton Berger wollte am Montag Präsident Adam Nowak besuchen, sagte aber kurzfristig ab.",
         [("Visit", {"Anton Berger", "Adam Nowak"}, "negated")]),
        ("Kanzler Anton Berger wollte sich am Montag mit Präsident Adam Nowak treffen, doch das Treffen platzte.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        ("Kanzler Anton Berger wollte Präsident Adam Nowak treffen, bekommt den Termin aber nicht.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        ("Kanzler Anton Berger wollte Präsident Adam Nowak treffen, bekam aber keinen Termin.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        # not when the later clause refuses something else, or after a present intention only doubts the outcome,
        # or has its own subject, or says "nicht nur"; a meeting that took place stays happened
        ("Kanzler Anton Berger will sich am Montag mit Präsident Adam Nowak treffen, lehnt aber eine gemeinsame "
         "Erklärung ab.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger will sich am Montag mit Präsident Adam Nowak treffen, glaubt aber nicht an einen "
         "Durchbruch.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger will sich am Montag mit Präsident Adam Nowak treffen, aber Finanzminister Karl Huber "
         "kommt nicht mit.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger will sich am Montag mit Präsident Adam Nowak treffen, hat aber nicht nur gute "
         "Nachrichten.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger traf sich am Montag mit Präsident Adam Nowak, lehnte aber eine Erklärung ab.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        # "nicht ausschließen" is a possibility, as "nicht ausgeschlossen" (ANNOTATION.md: hypothetical); "ausschließen"
        # alone excludes
        ("Kanzler Anton Berger schließt ein Treffen mit Präsident Adam Nowak nicht aus.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "hypothetical")]),
        ("Kanzler Anton Berger wollte ein Treffen mit Präsident Adam Nowak nicht ausschließen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "hypothetical")]),
        ("Kanzler Anton Berger schließt ein Treffen mit Präsident Adam Nowak aus.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "negated")]),
        # (2) content verbs: a concluded agreement that enters into force has happened, in any tense ...
        ("Das Abkommen zwischen der EU und Kanada tritt am 1. Mai in Kraft.",
         [("Agreement", {"Europäische Union", "Kanada"}, "happened")]),
        ("Das Abkommen zwischen der EU und Kanada soll im Mai in Kraft treten.",
         [("Agreement", {"Europäische Union", "Kanada"}, "happened")]),
        ("Das Abkommen zwischen der EU und Kanada wird im Mai in Kraft treten.",
         [("Agreement", {"Europäische Union", "Kanada"}, "happened")]),
        ("Die EU und Kanada haben ein Abkommen geschlossen, das im Mai in Kraft treten soll.",
         [("Agreement", {"Europäische Union", "Kanada"}, "happened")]),
        # ... but not when the clause says the signing is still to come
        ("Das Abkommen zwischen der EU und Kanada soll nächste Woche unterzeichnet werden und im Mai in Kraft "
         "treten.",
         [("Agreement", {"Europäische Union", "Kanada"}, "planned")]),
        ("Die EU und Kanada wollen ein Abkommen schließen, das im Mai in Kraft treten soll.",
         [("Agreement", {"Europäische Union", "Kanada"}, "planned")]),
        # "vorgesehen" and an event noun as the object of "vorsehen" are a schedule, not what an event holds
        ("Für Montag ist ein Treffen von Kanzler Anton Berger mit Präsident Adam Nowak vorgesehen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Das Treffen von Kanzler Anton Berger mit Präsident Adam Nowak ist für Montag vorgesehen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Das Programm sieht ein Treffen von Kanzler Anton Berger mit Präsident Adam Nowak vor.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Die Vereinbarung zwischen Siemens und Bosch sieht vor, dass die Sparte verkauft wird.",
         [("Agreement", {"Siemens", "Bosch"}, "happened")]),
        # (3) a present-tense clause with a day, or before an event noun after "vor", is written before the event
        ("Kanzler Anton Berger reist am Montag zu Präsident Adam Nowak nach Warschau.",
         [("Visit", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Kanzler Anton Berger trägt am Montag beim Treffen mit Präsident Adam Nowak seine Pläne vor.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Vor dem Treffen mit Präsident Adam Nowak gibt sich Kanzler Anton Berger gelassen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "planned")]),
        ("Vor dem Treffen mit Präsident Adam Nowak gab sich Kanzler Anton Berger gelassen.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        ("Seit dem Besuch von Präsident Adam Nowak in Wien läuft die Zusammenarbeit gut.",
         [("Visit", {"Adam Nowak"}, "happened")]),
    ],
)
def test_issue3_round7b_status_audit(text, expected):
    assert scored_events(text) == [(kind, frozenset(names), status) for kind, names, status in expected]


def _dated(text: str) -> list[tuple[str, str, str | None]]:
    from kg.api import extract_text

    return [(e.type, e.status, e.date) for e in extract_text(text).events if e.type != "Statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in the noun's attribute before a phase participle dates that phase, not the reported event
        ("Die EU setzt die 2014 eingeleiteten Verhandlungen mit der Türkei fort.", [("Negotiation", "happened", None)]),
        ("Die EU setzt die schon 2014 offiziell eingeleiteten Verhandlungen mit der Türkei fort.",
         [("Negotiation", "happened", None)]),
        ("Die EU und die Türkei setzen die im Mai 2014 aufgenommenen Gespräche am 3. März 2016 fort.",
         [("Negotiation", "happened", "2016-03-03")]),
        # a participle of the event's own conclusion or plan keeps its date
        ("Das 2014 zwischen der EU und der Ukraine geschlossene Abkommen wird nun umgesetzt.",
         [("Agreement", "happened", "2014")]),
        # a phrase inside the attribute is not the noun's preposition: the cancelled meeting is negated
        ("Das für 2017 geplante Treffen zwischen Kanzler Anton Berger und Präsident Adam Nowak wurde abgesagt.",
         [("Meeting", "negated", "2017")]),
        ("Die seit 2019 laufenden Verhandlungen zwischen Serbien und der EU wurden ausgesetzt.",
         [("Negotiation", "negated", None)]),
        ("Kanzler Anton Berger reist zu dem für Montag geplanten Treffen mit Präsident Adam Nowak.",
         [("Meeting", "planned", None)]),
    ],
)
def test_issue3_round7b_dates_in_attributes(text, expected):
    assert _dated(text) == expected
