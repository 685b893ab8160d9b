"""Rules of round 25, checked with sentences of our own: who attends a summit (a relative clause on its noun, taking
part in its session, being represented there, sitting at its table, hosting it), relative clauses that hold no status
cue, sides of a deal named by what they are, and the rules from the fourteenth blind set's errors."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from tests.extract.scored import expected_events, roles, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the summit's noun names who attends it: on a back reference ...
        ("Am Donnerstag findet in Brüssel ein Sondergipfel der EU statt. Der Gipfel, bei dem auch der türkische Premier "
         "Ahmet Davutoğlu und Kommissionspräsident Jean-Claude Juncker vertreten sein werden, soll die Zahl der "
         "Flüchtlinge senken.",
         [("Meeting", {"Europäische Union", "Ahmet Davutoğlu", "Jean-Claude Juncker"}, "planned")]),
        # ... in a segment of its own after the main clause, whose verbs the tagger may read as infinitives ...
        ("Am Donnerstag findet in Brüssel ein Sondergipfel der EU statt, bei dem auch der türkische Premier Ahmet "
         "Davutoğlu und Kommissionspräsident Jean-Claude Juncker vertreten sein werden.",
         [("Meeting", {"Europäische Union", "Ahmet Davutoğlu", "Jean-Claude Juncker"}, "planned")]),
        ("Am Donnerstag beginnt in Brüssel ein Sondergipfel der EU, an dem auch der türkische Premier Ahmet Davutoğlu "
         "teilnimmt.",
         [("Meeting", {"Europäische Union", "Ahmet Davutoğlu"}, "planned")]),
        # ... and on a demonstrative, whose attendees make a summit of their own beside the one before
        ("Der EU-Gipfel beginnt am Donnerstag in Brüssel. Schon am Vormittag ist ein kleiner Gipfel einiger "
         "Regierungschefs geplant. Dieses Vortreffen, bei dem auch der türkische Premier Ahmet Davutoğlu vertreten "
         "sein wird, soll die Zahl der Flüchtlinge senken.",
         [("Meeting", {"Europäische Union"}, "planned"), ("Meeting", {"Ahmet Davutoğlu"}, "planned")]),
        # a meeting with nothing before to refer back to is that of those who attend
        ("Am Donnerstag kommen in Brüssel die Staats- und Regierungschefs mehrerer EU-Staaten zu einem Mini-Gipfel "
         "zusammen. Dieses Treffen, an dem auch der türkische Premier Ahmet Davutoğlu und Kommissionspräsident "
         "Jean-Claude Juncker teilnehmen werden, soll die Zahl der Flüchtlinge senken.",
         [("Meeting", {"Ahmet Davutoğlu", "Jean-Claude Juncker"}, "planned")]),
    ],
)
def test_round25_a_relative_clause_on_a_summit_names_who_attends(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_an_unowned_meeting_is_not_that_of_its_chair_alone():
    # "ihrem" refers to a group kg does not resolve: the chair alone makes no meeting
    text = ("Die Agrarminister der EU konnten sich am Montag in Brüssel nicht einigen. Bei ihrem Treffen, das die "
            "zyprische Ministerin Maria Panagiotou leitete, lehnten mehrere Staaten den Plan ab.")
    assert [e for e in sorted_events(text) if e[0] == "Meeting"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking part in the grouping's session, named by a noun that alone would be one body's session
        ("Die EU-Innenminister haben am Donnerstag in Luxemburg über Asylregeln beraten. An der Sitzung nahm für "
         "Österreich Innenminister Gerhard Karner teil.",
         {"Europäische Union", "Gerhard Karner"}),
        # ... or in its deliberations, which are no event noun
        ("Am Donnerstag tagte in Brüssel ein EU-Gipfel. Für Österreich nahm Bundeskanzler Werner Faymann an den "
         "Beratungen teil.",
         {"Europäische Union", "Werner Faymann"}),
        # a state represented there, and who represented it
        ("Am Donnerstag tagte in Brüssel ein EU-Gipfel. Österreich wurde dabei von Bundeskanzler Werner Faymann "
         "vertreten.",
         {"Europäische Union", "Österreich", "Werner Faymann"}),
        # those at its table
        ("Am Donnerstag tagte in Brüssel ein EU-Gipfel. Mit am Tisch saßen auch Kommissionspräsident Jean-Claude Juncker "
         "und Parlamentspräsident Martin Schulz.",
         {"Europäische Union", "Jean-Claude Juncker", "Martin Schulz"}),
        # but not one said not to sit there
        ("Am Donnerstag tagte in Brüssel ein EU-Gipfel. Die Ukraine saß nicht mit am Tisch.",
         {"Europäische Union"}),
        ("Am Donnerstag tagte in Brüssel ein EU-Gipfel. Österreich war dabei nicht vertreten.",
         {"Europäische Union"}),
    ],
)
def test_round25_who_takes_part_in_a_grouping_summit(text, expected):
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert [e[1] for e in meetings] == [frozenset(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host of a grouping's summit, titled so before the name or in an apposition
        ("Am Sonntag beginnt in Elmau der G7-Gipfel. Gastgeberin Angela Merkel verteidigte den großen Aufwand.",
         {"G7", "Angela Merkel"}),
        ("Am Sonntag beginnt in Elmau der G7-Gipfel. Die Gastgeberin, Kanzlerin Angela Merkel, verteidigte den großen "
         "Aufwand.",
         {"G7", "Angela Merkel"}),
        # a place as host is none of its people, and a host still to be is none
        ("Am Sonntag beginnt in Elmau der G7-Gipfel. Bayern stehe auch künftig als Gastgeber bereit, sagte Ministerpräsident "
         "Horst Seehofer.",
         {"G7"}),
    ],
)
def test_round25_the_host_of_a_grouping_summit_takes_part(text, expected):
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert [e[1] for e in meetings] == [frozenset(expected)]


def test_round25_those_at_the_table_with_the_host_and_not_their_parties():
    # "neben" the host adds the host too; the parties in brackets are the people's, not at the table
    text = ("Sozialminister Alois Stöger ist am Montag in Grafenegg zu einem Arbeitsgespräch mit den Landeshauptleuten "
            "zusammengekommen. Mit am Tisch saßen neben Gastgeber Erwin Pröll (ÖVP) auch Wiens Bürgermeister Michael Häupl (SPÖ) "
            "und der Burgenländer Hans Niessl (SPÖ).")
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert [e[1] for e in meetings] == [frozenset({"Alois Stöger", "Erwin Pröll", "Michael Häupl", "Hans Niessl"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on another noun of the clause holds no cue for the verb's status: before it ...
        ("Zur Eröffnung des Labors, die für Herbst 2027 geplant ist, lud Bürgermeister Günther Albel die Ministerin "
         "Eva-Maria Holzleitner nach Villach ein.",
         ("Invitation", "happened")),
        # ... or within its clause
        ("Stadtrat Peter Hacker, der die Wartelisten der Spitäler entlasten will, hatte in der Vorwoche mit dem "
         "Geschäftsführer Thomas Brenner telefoniert.",
         ("Call", "happened")),
        # (a clause the trigger's clause depends on still governs it)
        ("Verteidigungsminister Hans Peter Doskozil kündigte an, die Struberkaserne in Salzburg im Herbst zu besuchen.",
         ("Visit", "planned")),
    ],
)
def test_round25_a_relative_clause_on_another_noun_leaves_the_status_alone(text, expected):
    assert [(e[0], e[2]) for e in sorted_events(text)] == [expected]


def test_round25_a_trip_elsewhere_with_another_status_is_another_trip_of_the_traveller():
    text = ("Außenministerin Beate Meinl-Reisinger besuchte am Montag Tunesien. Eine Reise nach Libyen wurde aus "
            "Sicherheitsgründen abgesagt.")
    assert sorted_events(text) == expected_events([("Visit", {"Beate Meinl-Reisinger"}, "happened"),
                                                   ("Visit", {"Beate Meinl-Reisinger"}, "negated")])


def test_round25_a_cancelled_trip_of_its_owner_is_not_the_last_travellers():
    text = ("Wirtschaftsministerin Katherina Reiche reiste am Montag nach Doha. Der Emir sagte seine Reise nach München "
            "jedoch kurzfristig ab.")
    assert ("Visit", frozenset({"Katherina Reiche"}), "negated") not in sorted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "der Verband" and "die Versicherung" are the organisations whose names end so; "X Versicherung" is a name
        ("Der Österreichische Skiverband hat den Vertrag mit der Donauland Versicherung verlängert. Über eine "
         "Verlängerung hatten der Verband und die Versicherung seit dem vergangenen Herbst verhandelt.",
         [("Agreement", {"Österreichische Skiverband", "Donauland Versicherung"}, "happened"),
          ("Negotiation", {"Österreichische Skiverband", "Donauland Versicherung"}, "happened")]),
        # "die Partner" are the two sides of the deal just reported
        ("Die Steyrtaler Präzisionsguss AG und die Livarna Savinja d.d. haben ihre Fusion besiegelt. Verhandelt hatten "
         "die Partner seit dem Frühjahr 2025.",
         [("Agreement", {"Steyrtaler Präzisionsguss AG", "Livarna Savinja d.d."}, "happened"),
          ("Negotiation", {"Steyrtaler Präzisionsguss AG", "Livarna Savinja d.d."}, "happened")]),
        # talks "zwischen den beiden Konzernen" are the companies' negotiation, not a meeting
        ("Die OMV und die Voestalpine haben einen Liefervertrag unterzeichnet. Die Gespräche zwischen den beiden "
         "Konzernen liefen seit dem Frühjahr.",
         [("Agreement", {"OMV", "Voestalpine"}, "happened"), ("Negotiation", {"OMV", "Voestalpine"}, "happened")]),
    ],
)
def test_round25_the_sides_of_a_deal_named_by_what_they_are(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_partners_of_someone_are_not_the_sides():
    # "die Partner der Stadt" are others than the two sides of the deal before
    text = ("Die OMV und die Voestalpine haben einen Liefervertrag unterzeichnet. Die Partner der Stadt Linz hatten "
            "seit dem Frühjahr verhandelt.")
    assert ("Negotiation", frozenset({"OMV", "Voestalpine"}), "happened") not in sorted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X (ÖVP) aus Hartberg" acts for Hartberg: the mayors' talks are the towns' (and "Pöllau" is the town of the
        # headline's longer name)
        ("Hartberg und Pöllau an der Safen verhandeln über gemeinsame Kläranlage\n\nHartberg (APA) - Seit März verhandeln "
         "die beiden Ortschefs, Marcus Martschitsch (ÖVP) aus Hartberg und Johann Schirnhofer (ÖVP) aus Pöllau, über die "
         "Aufteilung der Kosten.",
         [("Negotiation", {"Hartberg", "Pöllau", "Marcus Martschitsch", "Johann Schirnhofer"}, "happened")]),
        # "sein Pilsner Amtskollege" acts for Pilsen, and signing a deed is an agreement
        ("Linz und Pilsen besiegeln Städtepartnerschaft\n\nLinz (APA) - Bürgermeister Klaus Luger (SPÖ) und sein Pilsner "
         "Amtskollege Martin Baxa unterzeichneten am Freitag die Partnerschaftsurkunde im Alten Rathaus.",
         [("Agreement", {"Linz", "Pilsen", "Klaus Luger", "Martin Baxa"}, "happened")]),
    ],
)
def test_round25_people_who_act_for_the_towns_of_the_headline(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_a_short_town_name_is_the_long_one():
    result = extract_text("Die Gemeinde Kirchberg an der Raab hat einen neuen Bauhof. In Kirchberg wird am Montag gefeiert.")
    places = [a for a in result.actors if a.type == "Place"]
    assert [(a.label, len(a.mentions)) for a in places] == [("Kirchberg an der Raab", 2)]


def test_round25_town_endings():
    # "-hofen", "-kirchen", "-stetten" end town names the gazetteer does not know
    assert sorted_events("Die Gemeinden Eggenbach und Unterhofen wollen über eine Fusion verhandeln.") == expected_events(
        [("Negotiation", {"Eggenbach", "Unterhofen"}, "planned")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who came along on a trip is its traveller too, and the clause after the relative clause on him is his
        ("Außenminister Sebastian Kurz ist am Dienstag zu einem Besuch in Moskau eingetroffen. Der Chef der OMV, Rainer "
         "Seele, der mit nach Moskau gereist war, verhandelte am Rande mit Gazprom-Chef Alexej Miller über einen Tausch.",
         [("Visit", {"Sebastian Kurz", "Rainer Seele"}, "happened"),
          ("Negotiation", {"Rainer Seele", "Alexej Miller"}, "happened")]),
        # an appointment with a person, and who asked for it in a relative clause on it
        ("Außenminister Sebastian Kurz ist am Dienstag zu einem Besuch in Moskau eingetroffen. Ein Termin bei Präsident "
         "Wladimir Putin, um den Kurz angesucht hatte, kam dagegen nicht zustande.",
         [("Visit", {"Sebastian Kurz"}, "happened"), ("Meeting", {"Sebastian Kurz", "Wladimir Putin"}, "negated")]),
        ("Ein Treffen mit Kommissionspräsident Jean-Claude Juncker, um das Bundeskanzler Werner Faymann gebeten hatte, kam "
         "aus Zeitgründen nicht zustande.",
         [("Meeting", {"Jean-Claude Juncker", "Werner Faymann"}, "negated")]),
    ],
)
def test_round25_companions_appointments_and_who_asked(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_an_appointment_with_no_person_attached_is_none():
    # only the meeting the appointment is for, with Putin attached, is an event
    text = "Den Termin für das Treffen mit Präsident Wladimir Putin legte Außenminister Sebastian Kurz noch nicht fest."
    assert [e[1] for e in sorted_events(text)] == [frozenset({"Wladimir Putin", "Sebastian Kurz"})]


def test_round25_two_pairs_sharing_one_party_are_two_meetings():
    text = ("Kanzlerin Angela Merkel ist am Sonntag in Istanbul eingetroffen. Merkel traf am Sonntag zunächst "
            "Ministerpräsident Ahmet Davutoğlu, danach wurde sie von Präsident Recep Tayyip Erdoğan empfangen.")
    assert [e for e in sorted_events(text) if e[0] == "Meeting"] == expected_events(
        [("Meeting", {"Angela Merkel", "Ahmet Davutoğlu"}, "happened"),
         ("Meeting", {"Angela Merkel", "Recep Tayyip Erdoğan"}, "happened")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause on who attends may follow the participle that ends the noun's clause
        ("Für kommende Woche ist ein Treffen von Bundeskanzler Werner Faymann und Landeshauptmann Hans Niessl in Wien "
         "angesetzt, an dem auch Bundesgeschäftsführer Gerhard Schmid teilnehmen soll.",
         [("Meeting", {"Werner Faymann", "Hans Niessl", "Gerhard Schmid"}, "planned")]),
        # an object pronoun of a verb phrase coordinated after the trigger is no party of its event
        ("Landesparteiobmann Franz Steindl sagte, Landeshauptmann Hans Niessl habe kein Interesse gezeigt. Bundeskanzler "
         "Werner Faymann habe noch am Donnerstagabend mit Niessl telefoniert und ihn vergeblich umzustimmen versucht.",
         [("Call", {"Werner Faymann", "Hans Niessl"}, "happened")]),
    ],
)
def test_round25_clauses_after_the_trigger(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_a_name_after_a_nominative_relative_pronoun_is_the_object():
    # "der" can only be the relative clause's subject: the chancellor visited, Tsipras was visited
    text = ("Bundeskanzler Werner Faymann, der Alexis Tsipras vor zwei Wochen in Athen besucht hatte, sprach am Rande "
            "des Gipfels von einem Sieg.")
    assert roles(text, "Visit") == {"Werner Faymann": "initiator", "Alexis Tsipras": "recipient"}


def test_round25_the_two_holders_of_an_office_named_one_a_sentence():
    text = ("Außenminister Sergej Lawrow hatte seine Reise nach Istanbul abgesagt. Dort hätte er mit seinem Amtskollegen "
            "Mevlüt Çavuşoğlu über Energieprojekte verhandeln sollen. Ein erstes Treffen der beiden Außenminister seit "
            "der Krise ist nun für Donnerstag in Belgrad angesetzt.")
    assert ("Meeting", frozenset({"Sergej Lawrow", "Mevlüt Çavuşoğlu"}), "planned") in sorted_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Land in brackets after a person is where the person comes from, no party
        ("Vorarlbergs Landeshauptmann Markus Wallner (ÖVP) hat seine Amtskollegen Günther Platter (Tirol) und Wilfried "
         "Haslauer (Salzburg) für Montag zu einem Treffen nach Bregenz eingeladen.",
         [("Invitation", {"Markus Wallner", "Günther Platter", "Wilfried Haslauer"}, "happened"),
          ("Meeting", {"Markus Wallner", "Günther Platter", "Wilfried Haslauer"}, "planned")]),
    ],
)
def test_round25_a_land_in_brackets_after_a_person(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round25_the_antecedent_of_a_relative_clause_with_a_support_verb():
    # "der" is the subject of the support verb: the commissioner turned the invitation down
    text = ("EU-Innenkommissar Dimitris Avramopoulos, der eine Einladung von Innenministerin Johanna Mikl-Leitner "
            "ausgeschlagen hatte, warnte vor einem Alleingang.")
    assert [e[1] for e in sorted_events(text) if e[0] == "Invitation"] == [
        frozenset({"Dimitris Avramopoulos", "Johanna Mikl-Leitner"})]
