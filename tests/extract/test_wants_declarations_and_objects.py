"""Frames of round 12: a modal as the full verb wants an event noun (status.yml noun_cue_modals), meeting by
"sich zusammensetzen" but not consisting of (events.yml ruled_out_by), declarations that count only when signed
(events.yml signed_nouns), the object of a clause set at an event takes part ("In einem Telefonat informierte X
den Präsidenten Y"), and a wire dateline's agency stands for no company of the story. Sentences of our own; the
whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, scored_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal as the clause's only verb wants the noun: a plan
        ("Die EU will ein Abkommen mit Georgien.", [("Agreement", {"Europäische Union", "Georgien"}, "planned")]),
        ("Kanzler Christian Stocker will eine Einigung mit Tschechien.",
         [("Agreement", {"Christian Stocker", "Tschechien"}, "planned")]),
        # … not beside another verb of its own: what is wanted is done to an agreement that exists
        ("Die EU will das Abkommen mit Georgien überarbeiten.", []),
        ("Die EU will das Abkommen mit Georgien kündigen.", []),
        # "sich zusammensetzen" is meeting, "sich aus … zusammensetzen" consisting of
        ("ÖVP und NEOS setzten sich am Montag zu ersten Gesprächen zusammen.", [("Meeting", {"ÖVP", "NEOS"}, "happened")]),
        ("Die Landeshauptleute Thomas Stelzer und Johanna Mikl-Leitner wollen sich nächste Woche zusammensetzen.",
         [("Meeting", {"Thomas Stelzer", "Johanna Mikl-Leitner"}, "planned")]),
        ("Die neue Kommission der EU setzt sich aus 27 Mitgliedern zusammen.", []),
        # a declaration is an agreement when its parties sign it, not when someone issues one
        ("Serbien und Kroatien unterzeichneten in Zagreb eine Erklärung über den Schutz der Minderheiten.",
         [("Agreement", {"Serbien", "Kroatien"}, "happened")]),
        ("Das serbische Außenministerium gab am Abend eine Erklärung ab.", []),
        ("Die Erklärung Serbiens wurde in Zagreb scharf kritisiert.", []),
        # the clause's object by case takes part in the event the clause is set at
        ("In einem Telefonat informierte Selenskyj den französischen Präsidenten Emmanuel Macron über die Lage.",
         [("Call", {"Wolodymyr Selenskyj", "Emmanuel Macron"}, "happened")]),
        ("Bei dem Treffen dankte Kanzler Christian Stocker dem polnischen Premier Donald Tusk für die Hilfe.",
         [("Meeting", {"Christian Stocker", "Donald Tusk"}, "happened")]),
        # "ohne" denies the event noun it governs
        ("Die Gespräche zwischen PRO-GE und FMTI endeten ohne Einigung.",
         [("Negotiation", {"PRO-GE", "Fachverband Metalltechnische Industrie"}, "happened"),
          ("Agreement", {"PRO-GE", "Fachverband Metalltechnische Industrie"}, "negated")]),
        ("Die erste Runde zwischen PRO-GE und FMTI ohne Einigung.",
         [("Agreement", {"PRO-GE", "Fachverband Metalltechnische Industrie"}, "negated")]),
        # a described genitive attribute is what the event is about, no party: "über die Bildung einer gemeinsamen
        # Bundesregierung"; a bare one may stand for its whole ("Die Staaten der Europäischen Union")
        ("FPÖ-Chef Herbert Kickl hat die ÖVP zu Gesprächen über die Bildung einer gemeinsamen Bundesregierung eingeladen.",
         [("Invitation", {"Herbert Kickl", "ÖVP"}, "happened"), ("Meeting", {"Herbert Kickl", "ÖVP"}, "planned")]),
        ("Die Staaten der Europäischen Union haben sich auf neue Sanktionen geeinigt.",
         [("Agreement", {"Europäische Union"}, "happened")]),
        # an agreement that may "gelingen" is possible, between those who negotiate
        ("Markus Marterbauer und Michael Ludwig verhandeln über den Stabilitätspakt. Eine Einigung könne am Dienstag "
         "gelingen.",
         [("Negotiation", {"Markus Marterbauer", "Michael Ludwig"}, "happened"),
          ("Agreement", {"Markus Marterbauer", "Michael Ludwig"}, "hypothetical")]),
        # an agreement called realistic is possible
        ("Eine Einigung zwischen PRO-GE und FMTI sei realistisch.",
         [("Agreement", {"PRO-GE", "Fachverband Metalltechnische Industrie"}, "hypothetical")]),
        # agreeing in opinion, with what they agree on after a colon, is no event (ANNOTATION.md)
        ("Mit Harald Mahrer sei er sich in einem Punkt einig: Die Energiekosten seien zu hoch.", []),
        # talks about something with a person and a conjoined noun are negotiations
        ("Sportvorstand Max Eberl führte mehrere Gespräche mit Florian Wirtz und dessen Familie über einen Wechsel.",
         [("Negotiation", {"Max Eberl", "Florian Wirtz"}, "happened")]),
        # a clause goes on after a bracket closes: its subject stood before it
        ("Die Gewerkschaften PRO-GE und GPA sowie die Arbeitgeber des Fachverbands Metalltechnische Industrie (FMTI) "
         "verständigten sich auf ein Plus von 4,1 Prozent.",
         [("Agreement", {"PRO-GE", "GPA", "Fachverband Metalltechnische Industrie"}, "happened")]),
        # a town whose name ends in the genitive's -s owns no title after it: "in Paris Präsident X" is no "Pari's"
        ("Kanzler Christian Stocker traf in Paris Präsident Emmanuel Macron.",
         [("Meeting", {"Christian Stocker", "Emmanuel Macron"}, "happened")]),
        # … not a name in another noun's attribute or after a preposition
        ("Beim Treffen kritisierte Selenskyj die Politik des ungarischen Premiers Viktor Orbán.",
         [("Meeting", {"Wolodymyr Selenskyj"}, "happened")]),
    ],
)
def test_round12_frames(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_the_agency_of_a_wire_dateline_is_no_antecedent_of_a_company_noun():
    # "der Klub" has no organisation before it but the agency credited in the dateline
    assert scored_events("Wien (APA) - Der Klub hat einen neuen Vertrag mit dem Stürmer unterzeichnet.") == []
    assert scored_events("Wien (APA) - Der Klub Austria Wien hat einen neuen Vertrag unterzeichnet. Der Klub teilte "
                         "mit, der Vertrag laufe bis 2028.") == [("Agreement", frozenset({"Austria Wien"}), "happened")]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # accepting, following or turning down an invitation: the subject was invited, the one it came from invited
        ("Petr Fiala nahm die Einladung von Kanzler Christian Stocker an.",
         {"Petr Fiala": "recipient", "Christian Stocker": "initiator"}),
        ("Petr Fiala folgte einer Einladung von Kanzler Christian Stocker nach Wien.",
         {"Petr Fiala": "recipient", "Christian Stocker": "initiator"}),
        ("Petr Fiala lehnte die Einladung Putins ab.", {"Petr Fiala": "recipient", "Wladimir Putin": "initiator"}),
        # … with nobody else named, nobody is said to have invited
        ("Petr Fiala nahm die Einladung an.", {"Petr Fiala": "participant"}),
        # issuing one: the subject invited
        ("Kanzler Christian Stocker lud Petr Fiala nach Wien ein.", {"Christian Stocker": "initiator", "Petr Fiala": "recipient"}),
    ],
)
def test_who_invited_whom_by_the_support_verb(text, roles):
    from kg.api import extract_text

    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    [event] = [e for e in result.events if e.type == "Invitation"]
    assert {labels[p.actor]: p.role for p in event.participants} == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transfer is an agreement of the two clubs, in an article that speaks of a fee or a club
        ("Der Verteidiger wechselt vom LASK zu Sturm Graz, die Ablöse ist geheim.",
         [("Agreement", {"LASK", "Sturm Graz"}, "happened")]),
        # … not a politician's change of party
        ("Die Abgeordnete wechselt von der ÖVP zur FPÖ.", []),
        # a club's name with its number ends the person's name before it; signing a player from another club is the
        # clubs' agreement (as the gold sets annotate transfers)
        ("Der FC Liverpool hat Florian Wirtz von Bayer 04 Leverkusen verpflichtet.",
         [("Agreement", {"FC Liverpool", "Bayer 04 Leverkusen"}, "happened")]),
    ],
)
def test_transfers(text, expected):
    assert sorted_events(text) == expected_events(expected)
