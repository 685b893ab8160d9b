"""Issue #3, round 7: status from tense and mood, receptions, plural titles, interviews. The whole list
of scored events for texts of our own (see test_issue3_round6.py)."""

from __future__ import annotations

import pytest

from tests.extract.scored import scored_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past intention is planned ("wollte … einladen"), as "wollten" already was
        # (what it invites to is an event of its own, as open as the invitation: round 15)
        ("Der Bürgermeister Franz Gruber wollte den Unternehmer Karl Weninger zu einem Empfang ins Rathaus einladen.",
         [("Invitation", {"Franz Gruber", "Karl Weninger"}, "planned"),
          ("Meeting", {"Franz Gruber", "Karl Weninger"}, "hypothetical")]),
        # a modal's scope ends with its infinitive: the finite verb after "und" has its own tense
        ("Der Konzern Siemens will die Sparte verkaufen und verhandelt seit Wochen mit Bosch.",
         [("Negotiation", {"Siemens", "Bosch"}, "happened")]),
        # a past modal says what was meant at the summit, which took place; a present one leaves it to come
        ("Beim EU-Gipfel wollten Portugal und Spanien eine Lösung für die Banken finden.",
         [("Meeting", {"Portugal", "Spanien", "Europäische Union"}, "happened")]),
        ("Beim EU-Gipfel in der nächsten Woche will Portugal eine Lösung für die Banken finden.",
         [("Meeting", {"Portugal", "Europäische Union"}, "planned")]),
        # a reception needs a person: a home match is none
        ("Der SK Rapid empfängt am Sonntag den LASK.", []),
        ("Präsident Karl Leitner empfing am Montag den slowakischen Präsidenten Milan Kováč in der Hofburg.",
         [("Meeting", {"Karl Leitner", "Milan Kováč"}, "happened")]),
        # "den Bürgermeistern" are a group of mayors, not the one named later
        ("Wir müssen Gespräche mit den Bürgermeistern führen, sagte Landesrat Anton Berger. Bürgermeister Franz "
         "Gruber war skeptisch.", []),
        # two names in a trigger compound are its parties; one state alone is the topic
        ("Über die Erklärung des EU-Kanada-Gipfels wurde bis in die Nacht gestritten. Nun setzen sie um, was schon "
         "beim EU-Gipfel im Mai beschlossen worden war.",
         [("Meeting", {"Europäische Union", "Kanada"}, "happened"), ("Meeting", {"Europäische Union"}, "happened")]),
        ("Die Ukraine-Konferenz in Lugano ging am Dienstag zu Ende.", []),
        # a name with a hyphen of its own inside the compound
        ("Die Polizei sicherte das G-7-Treffen im bayerischen Elmau mit Tausenden Beamten.",
         [("Meeting", {"G7"}, "happened")]),
        # the passive of the clause a relative clause depends on is no future
        ("In Brüssel wird nun umgesetzt, was schon vor dem EU-Kanada-Gipfel auf dem Tisch lag.",
         [("Meeting", {"Europäische Union", "Kanada"}, "happened")]),
        # an indefinite meeting without named participants is a new meeting, not the summit before it; the
        # states "vertreten" in the next sentence take part in it
        ("Die Außenminister der EU treffen sich am Freitag in Brüssel. Schon am Donnerstag findet auf Einladung der "
         "Niederlande ein sogenannter Vorgipfel der Nordstaaten statt. Neben Dänemark sind auch Schweden, Finnland und "
         "Estland vertreten.",
         [("Meeting", {"Europäische Union"}, "planned"),
          ("Meeting", {"Niederlande", "Dänemark", "Schweden", "Finnland", "Estland"}, "planned"),
          # round 8: "auf Einladung der Niederlande" is an invitation of its own (issued: happened)
          ("Invitation", {"Niederlande"}, "happened")]),
        ("Kanzler Anton Berger traf am Montag den polnischen Präsidenten Adam Nowak. Es war ein Treffen in angespannter "
         "Atmosphäre.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        # "alle fünf Kandidaten" are the five people named together in the sentence before
        ("Für die Bürgermeisterwahl kandidieren Anna Berger, Karl Leitner, Maria Huber, Franz Gruber und Josef Moser. "
         "Die Caritas hat alle fünf Kandidaten zu einer Diskussion in den Gemeindesaal eingeladen.",
         [("Invitation", {"Caritas", "Anna Berger", "Karl Leitner", "Maria Huber", "Franz Gruber", "Josef Moser"},
           "happened")]),
        # a verb that says what an event holds or how it goes on is no cue ("vorsehen", "in eine Phase treten");
        # "beginnen" is when it takes place
        ("Das sieht eine Vereinbarung zwischen Siemens und den ÖBB vor, wie aus einem Schreiben hervorgeht.",
         [("Agreement", {"Siemens", "ÖBB"}, "happened")]),
        ("In den nächsten Monaten sollen die Verhandlungen zwischen der EU und Japan in die entscheidende Phase treten.",
         [("Negotiation", {"Europäische Union", "Japan"}, "happened")]),
        ("Die Verhandlungen zwischen der EU und Japan sollen im Mai beginnen.",
         [("Negotiation", {"Europäische Union", "Japan"}, "planned")]),
        # a present-tense clause before an event schedules it; the preterite does not; "erhält" is a present form
        ("Finanzministerin Maria Huber erhält vor der Sitzung der Eurogruppe ein Mandat des Parlaments.",
         [("Meeting", {"Eurogruppe"}, "planned")]),
        ("Finanzministerin Maria Huber erhielt vor der Sitzung der Eurogruppe ein Mandat des Parlaments.",
         [("Meeting", {"Eurogruppe"}, "happened")]),
        ("Am Mittwoch erhält Kanzler Anton Berger Besuch vom polnischen Präsidenten Adam Nowak.",
         [("Visit", {"Anton Berger", "Adam Nowak"}, "planned")]),
        # "der Regierungschef" alone is the Premierminister named before; "der Staats- und Regierungschefs" are many
        ("Premierminister Tom Harris sorgt sich um die Fischerei. Der Regierungschef äußerte sich kürzlich bei einem "
         "Besuch in Cornwall.",
         [("Visit", {"Tom Harris"}, "happened")]),
        ("Regierungschef Tom Harris blieb am Montag in London. Das Treffen der Staats- und Regierungschefs in Brüssel "
         "begann ohne ihn.", []),
        # "der Fußballclub" is the club named before (grammar.yml definite_descriptions), past a double space
        ("Der SV Grödig hat ein neues Stadion. Der  Fußballclub lud am Sonntag Kinder aus der Volksschule zu einem "
         "Training ein.",
         [("Invitation", {"SV Grödig"}, "happened")]),
        # a club signing a player is an agreement; a promise to pay and an obligation of states are none
        ("Der SK Sturm Graz hat den Stürmer Peter Novak verpflichtet.",
         [("Agreement", {"SK Sturm Graz", "Peter Novak"}, "happened")]),
        ("Der Unternehmer Karl Weninger verpflichtete sich gegenüber der Bank Austria, die Schulden bis Mai zu zahlen.", []),
        ("Die EU verpflichtet die Mitgliedstaaten zur Aufnahme von Flüchtlingen.", []),
        # talks a broadcaster shows are a programme; "zeigte sich nach dem Gespräch" is a meeting
        ("Die Zweiergespräche mit Anna Berger und Karl Leitner zeigt der Sender Puls 4 am Dienstag.", []),
        ("Das sei der richtige Weg, sagte Kanzler Anton Berger in dem am Sonntag ausgestrahlten Gespräch.", []),
        ("Kanzler Anton Berger zeigte sich nach dem Gespräch mit dem polnischen Präsidenten Adam Nowak zufrieden.",
         [("Meeting", {"Anton Berger", "Adam Nowak"}, "happened")]),
        # an interview with a paper that is no recognised actor
        ("Der belgische Außenminister Jan Peeters kritisierte die Regierung in einem langen Gespräch mit der Welt am "
         "Sonntag.", []),
    ],
)
def test_issue3_round7_scored_events(text, expected):
    assert scored_events(text) == [(kind, frozenset(names), status) for kind, names, status in expected]
