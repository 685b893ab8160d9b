"""Issue #3, round 6: the whole list of scored events for texts of our own, so a fix that finds an
event cannot add a wrong one beside it (tests/data/events/de checks one event per sentence)."""

from __future__ import annotations

import pytest

from tests.extract.scored import scored_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb the tagger reads as an adjective before a surname ("telefonierte/ADJA Hofbauer/NN")
        ("Kanzlerin Gerlinde Hofbauer hat am Montag den slowakischen Regierungschef Milan Kováč in Wien getroffen. "
         "Am Abend telefonierte Hofbauer mit dem ungarischen Präsidenten Ferenc Szabó.",
         [("Meeting", {"Gerlinde Hofbauer", "Milan Kováč"}, "happened"),
          ("Call", {"Gerlinde Hofbauer", "Ferenc Szabó"}, "happened")]),
        # the states after "vereinbart und" are told of the result, not parties to it
        ("Die Höhe der Quoten soll noch zwischen dem Polizeichef Anton Gruber und dem Heereschef Max Leitner "
         "vereinbart und den Nachbarländern Ungarn und Slowenien mitgeteilt werden.",
         [("Agreement", {"Anton Gruber", "Max Leitner"}, "planned")]),
        # a relative clause goes on after the apposition: "traf" is the noun's support verb, no meeting
        ("Die Zeitung berichtete von Vereinbarungen, die der Unternehmer Karl Weninger, Chef der Baufirma Steinwerk, "
         "mit den Gläubigern der Hausbank traf.",
         [("Agreement", {"Karl Weninger"}, "happened")]),
        # "er" is not the woman who was the last subject
        ("Die Stadträtin Elke Moser legte am Montag ein eigenes Budget vor. Ausgerechnet sie musste dem "
         "Bürgermeister Franz Gruber beistehen, weil er sich mit der SPÖ und den Grünen nicht einigte.",
         [("Agreement", {"Franz Gruber", "SPÖ", "Grüne"}, "negated")]),
        # "sie" is no man: the refugees continue their journey, not the vice-chancellor; a woman meets
        ("Vizekanzler Reinhold Mitterlehner kündigte am Montag ein Konzept an. Im Lager von Presevo bleiben die "
         "Migranten meist nur einige Stunden, ehe sie die Reise nach Sid fortsetzen.",
         []),
        ("Die Innenministerin Johanna Berger kam am Montag nach Brüssel. Dort traf sie den belgischen Innenminister "
         "Jan Peeters.",
         [("Visit", {"Johanna Berger"}, "happened"), ("Meeting", {"Johanna Berger", "Jan Peeters"}, "happened")]),
        # the genitive of another noun is no party when the compound names the grouping
        ("Die EU will rasch handeln. Der Schritt Ungarns fällt in die Woche eines EU-Gipfels.",
         [("Meeting", {"Europäische Union"}, "happened")]),
        # showing unity is no agreement; migrants' entry and onward journey are no visits
        ("Einig wie nie zeigten sich Kanzler Anton Berger und Vizekanzlerin Maria Huber am Mittwoch nach ihrer "
         "Klausur. Kroatien will die Einreise von Migranten ab Dienstag stark beschränken. Die Türkei soll "
         "die Weiterreise der Migranten Richtung Griechenland durch strengere Kontrollen unterbinden.",
         []),
    ],
)
def test_issue3_round6_scored_events(text, expected):
    assert scored_events(text) == [(kind, frozenset(names), status) for kind, names, status in expected]
