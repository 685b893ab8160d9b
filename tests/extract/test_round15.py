"""Rules of round 15, each checked with sentences of our own: who a bare title or "Gastgeber" stands for
(gender, two names of one office, plural titles before a pair), and a headline's traveller."""

from __future__ import annotations

import pytest

from tests.extract.scored import WIRE_HEADER as HEADER, wire_events


def events(text: str, title: str = "Titel") -> list[tuple]:
    return wire_events(text, title, dates=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Ministerin" is the woman minister, though a male counterpart was named after her
        ("Außenministerin Ilse Wandruschka traf am Mittwoch ihren jordanischen Amtskollegen Ayman Haddad. "
         "Am Abend empfing König Abdullah II. die Ministerin zu einem Gespräch.",
         ("Meeting", ["Abdullah II.", "Ilse Wandruschka"], "happened")),
        # … and "den Minister" the man
        ("Außenministerin Ilse Wandruschka traf am Mittwoch ihren jordanischen Amtskollegen Ayman Haddad. "
         "Am Abend empfing König Abdullah II. den Minister zu einem Gespräch.",
         ("Meeting", ["Abdullah II.", "Ayman Haddad"], "happened")),
        # Premierminister and Ministerpräsident name one office
        ("Kanzler Friedrich Merz traf am Mittwoch in Berlin die norwegische Ministerpräsidentin Ingrid Solberg-Aas. "
         "Die Premierministerin lud den Kanzler zu einem Besuch nach Oslo ein.",
         ("Invitation", ["Friedrich Merz", "Ingrid Solberg-Aas"], "happened")),
        # a works councillor named by her office
        ("Geschäftsführer Anton Reiterer und Betriebsrätin Maria Egger unterzeichneten am Dienstag einen Sozialplan. "
         "Im Mai wollen sich der Geschäftsführer und die Betriebsrätin wieder treffen.",
         ("Meeting", ["Anton Reiterer", "Maria Egger"], "planned")),
        # "die beiden Gründer" before a pair of names gives both the office, so that a later "die beiden Gründer" is them
        # (not the last two people named together)
        ("Vorstandschef Karl Hübner und die beiden Gründer Paula Strasser und Imre Takács einigten sich auf den Verkauf. "
         "Landeshauptmann Thomas Stelzer lud die beiden Gründer zu einem Empfang ein.",
         ("Invitation", ["Imre Takács", "Paula Strasser", "Thomas Stelzer"], "happened")),
        # "seinen Gastgeber": whom the visitor met on his visit
        ("Der estnische Präsident Alar Karis ist am Mittwoch zu einem Staatsbesuch in Wien eingetroffen. "
         "Bundespräsident Alexander Van der Bellen empfing ihn in der Hofburg. "
         "Am Ende lud Karis seinen Gastgeber zu einem Gegenbesuch in Tallinn ein.",
         ("Invitation", ["Alar Karis", "Alexander Van der Bellen"], "happened")),
    ],
)
def test_round15_who_a_title_refers_to(text, expected):
    assert expected in events(text)


def test_round15_a_bare_title_of_the_other_gender_finds_nobody_else():
    # only a man holds a ministry here: "die Ministerin" cannot be him
    found = events("Außenminister Ayman Haddad ist am Mittwoch zu einem Besuch in Wien eingetroffen. "
                   "Bundespräsident Alexander Van der Bellen empfing die Ministerin am Abend in der Hofburg.")
    assert ("Visit", ["Ayman Haddad"], "happened") in found
    assert not any(t == "Meeting" and "Ayman Haddad" in p for t, p, s in found)


def test_round15_a_headline_traveller_meets_the_partner_of_its_second_half():
    found = events("Außenministerin Ilse Wandruschka ist am Mittwoch zu einem Besuch in Tiflis eingetroffen. "
                   "Ein Treffen mit dem Oppositionsführer Nika Melia war nicht vorgesehen.",
                   title="Wandruschka in Tiflis – kein Treffen mit Melia")
    # one negated meeting of both (the body's report repeats the headline's), and her visit
    assert found == [("Meeting", ["Ilse Wandruschka", "Nika Melia"], "negated"),
                     ("Visit", ["Ilse Wandruschka"], "happened")]


def test_round15_a_speaker_between_keeps_the_traveller_out():
    found = events("Kanzler Friedrich Merz ist am Mittwoch zu einem Besuch in Paris eingetroffen.",
                   title="Merz in Paris – Macron: Treffen mit Putin denkbar")
    assert not any(t == "Meeting" and "Friedrich Merz" in p for t, p, s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who holds an agreement possible judges it: the parties are those of the talks
        ("Der FC Kärnten und die Stadt Villach verhandeln über ein neues Trainingszentrum. "
         "Eine Einigung bis Ostern hält Bürgermeister Günther Albel für möglich.",
         ("Agreement", ["FC Kärnten", "Villach"], "hypothetical")),
        # … the latest talks', not those of an agreement that failed before them
        ("Der Gastausch ist gescheitert: OMV und Verbund konnten sich nicht einigen. "
         "Seit Montag verhandelt die OMV mit der EVN über eine Übernahme. "
         "Eine Einigung im Frühjahr sei realistisch, sagte ein Sprecher.",
         ("Agreement", ["EVN", "OMV"], "hypothetical")),
        # a partner after "mit" makes the judging subject the other party
        ("Die ÖVP hält eine Einigung mit den NEOS bis Ende Mai für möglich.",
         ("Agreement", ["NEOS", "ÖVP"], "hypothetical")),
    ],
)
def test_round15_an_assessed_agreement_belongs_to_the_negotiating_parties(text, expected):
    found = events(text)
    assert expected in found
    assert [e for e in found if e[0] == "Agreement" and e[2] == "hypothetical"] == [expected]


def test_round15_a_bare_pair_of_descriptions_is_the_town_and_the_company():
    # "Stadt und Unternehmen" without articles, after "Im Februar" (whose "im" governs the month, not the town);
    # the mayor's party in brackets is no antecedent of "Unternehmen"
    # (the talks reported last are the people's, so the pact does not just take the parties of the talks)
    found = events("Die Stadt Steyr und die Ennstaler Kältetechnik GmbH planen ein gemeinsames Fernwärmenetz. "
                   "Bürgermeister Markus Vogl (SPÖ) und Geschäftsführerin Eva Lindner verhandeln seit Mai über die Details. "
                   "Im Februar hatten Stadt und Unternehmen eine Absichtserklärung unterzeichnet.")
    assert ("Agreement", ["Ennstaler Kältetechnik GmbH", "Steyr"], "happened") in found
    assert not any("SPÖ" in p for t, p, s in found)


def test_round15_weder_noch_denies_the_event():
    found = events("Kanzler Christian Stocker hat bisher weder Premier Robert Fico noch Premier Andrej Babiš nach Wien eingeladen.")
    assert [s for t, p, s in found if t == "Invitation"] == ["negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer accepted is an agreement of who made it and who took it; turned down, a failed one
        ("Der Aufsichtsrat der Casinos Austria AG hat am Dienstag das Übernahmeangebot der Sazka Group angenommen.",
         [("Agreement", ["Casinos Austria", "Sazka Group"], "happened")]),
        ("Der LASK hat ein Angebot von Slavia Prag für Stürmer Jan Novak abgelehnt.",
         [("Agreement", ["LASK", "Slavia Prag"], "negated")]),
        ("Die Raiffeisen Holding will das Angebot von Novomatic annehmen.",
         [("Agreement", ["Novomatic", "Raiffeisen Holding"], "planned")]),
        # an offer of goods is no deal
        ("Die Stadt Graz hat das Angebot an Sozialwohnungen deutlich erweitert.", []),
    ],
)
def test_round15_an_offer_accepted_or_turned_down(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an invitation is to is an event of its own: the invited guest's planned visit …
        ("Ministerpräsident Markus Söder lud Landeshauptfrau Karoline Edtstadler am Freitag zu einem Besuch nach München ein.",
         [("Invitation", ["Karoline Edtstadler", "Markus Söder"], "happened"), ("Visit", ["Karoline Edtstadler"], "planned")]),
        # … a planned meeting of the host and the invited
        ("Landeshauptmann Arno Kompatscher lud die Gewerkschaften ASGB und AGB am Freitag zu einem Spitzengespräch ein.",
         [("Invitation", ["AGB", "ASGB", "Arno Kompatscher"], "happened"), ("Meeting", ["AGB", "ASGB", "Arno Kompatscher"], "planned")]),
        # … planned talks, also for a bare plural after "zu"
        ("FPÖ-Chef Herbert Kickl lädt die ÖVP zu Regierungsverhandlungen ein.",
         [("Invitation", ["Herbert Kickl", "ÖVP"], "happened"), ("Negotiation", ["Herbert Kickl", "ÖVP"], "planned")]),
        # a refused invitation invites to nothing
        ("Kanzler Christian Stocker lud Premier Robert Fico nicht zu einem Besuch nach Wien ein.",
         [("Invitation", ["Christian Stocker", "Robert Fico"], "negated")]),
    ],
)
def test_round15_what_an_invitation_is_to(text, expected):
    assert events(text) == expected


def test_round15_an_invited_definite_meeting_refers_back_to_nothing():
    # "zu dem Treffen" named by an invitation is no further report of the meeting before it
    found = events("König Abdullah II. empfing Außenministerin Ilse Wandruschka am Mittwoch zu einem Gespräch. "
                   "Ägypten hat Österreich zu dem Treffen eingeladen, das Ende Mai in Kairo stattfindet.")
    assert ("Meeting", ["Abdullah II.", "Ilse Wandruschka"], "happened") in found
    assert ("Meeting", ["Ägypten", "Österreich"], "planned") in found


def test_round15_a_name_does_not_run_on_into_a_weekday():
    from kg.api import extract_text

    result = extract_text(HEADER + "Titel\n\nLandeshauptmann Arno Kompatscher lud die Gewerkschaften ASGB und SSG für "
                                   "Montag zu einem Gespräch ein. Das Bundesministerium für Finanzen schwieg.")
    labels = sorted(a.label for a in result.actors)
    assert "SSG" in labels and not any("Montag" in label for label in labels)
    assert "Bundesministerium für Finanzen" in labels


def dated(text: str) -> list[tuple[str, list[str], str, str | None]]:
    from kg.api import extract_text

    result = extract_text(HEADER + "Titel\n\n" + text)
    labels = {a.id: a.label for a in result.actors}
    return sorted((e.type, sorted(labels[p.actor] for p in e.participants), e.status, e.date)
                  for e in result.events if e.type != "Statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month set ("für November") is the invited visit's, not the invitation's (published Wed 12 Feb 2025)
        ("Ministerpräsident Markus Söder lud Landeshauptfrau Karoline Edtstadler für November zu einem Besuch nach München ein.",
         [("Invitation", ["Karoline Edtstadler", "Markus Söder"], "happened", None),
          ("Visit", ["Karoline Edtstadler"], "planned", "2025-11")]),
        # the invitation's own day is not the meeting's
        ("Landeshauptmann Thomas Stelzer lud am Montag die Gründer Lena Hausberger und David Okafor zu einem Gespräch ein.",
         [("Invitation", ["David Okafor", "Lena Hausberger", "Thomas Stelzer"], "happened", "2025-02-10"),
          ("Meeting", ["David Okafor", "Lena Hausberger", "Thomas Stelzer"], "planned", None)]),
        # a tour of a site somewhere is a visit
        ("Die Danubia Data GmbH hat Bürgermeister Andreas Rabl für Juli zu einer Besichtigung ihres Rechenzentrums in "
         "Frankfurt eingeladen.",
         [("Invitation", ["Andreas Rabl", "Danubia Data GmbH"], "happened", None),
          ("Visit", ["Andreas Rabl"], "planned", "2025-07")]),
    ],
)
def test_round15_the_dates_of_an_invitation_and_of_what_it_is_to(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a passive acts
        ("Die Präsidentin Gordana Siljanovska-Davkova wurde am Abend von Kanzler Christian Stocker empfangen.",
         [("Meeting", ["Christian Stocker", "Gordana Siljanovska-Davkova"], "happened")]),
        ("Das Abkommen wurde am Montag von Kanzler Christian Stocker und Premier Robert Fico unterzeichnet.",
         [("Agreement", ["Christian Stocker", "Robert Fico"], "happened")]),
        # a palace named after a family is the venue, nobody who takes part
        ("Nationalratspräsident Walter Rosenkranz empfing Präsidentin Gordana Siljanovska-Davkova im Palais Epstein.",
         [("Meeting", ["Gordana Siljanovska-Davkova", "Walter Rosenkranz"], "happened")]),
        # a day set for what the invitation is to leaves the invitation done
        ("Landeshauptmann Arno Kompatscher lud die Gewerkschaften ASGB und SSG für kommenden Montag zu einem Spitzengespräch ein.",
         [("Invitation", ["ASGB", "Arno Kompatscher", "SSG"], "happened"), ("Meeting", ["ASGB", "Arno Kompatscher", "SSG"], "planned")]),
        # "von" that names where someone came from is no agent
        ("Kanzler Christian Stocker ist am Montag von Wien nach Prag gereist.", [("Visit", ["Christian Stocker"], "happened")]),
    ],
)
def test_round15_passive_agents_venues_and_set_days(text, expected):
    assert events(text) == expected


def test_round15_the_two_universities_are_the_two_named_before():
    found = events("Die Universität Graz und die Universität Kyoto unterzeichneten am Montag ein Abkommen. "
                   "Verhandelt hatten die beiden Hochschulen seit dem Herbst 2024.")
    assert ("Negotiation", ["Universität Graz", "Universität Kyoto"], "happened") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sie" right after the finite verb that follows the subject is a woman as the object: the person before
        ("Präsidentin Claudia Sheinbaum telefonierte am Dienstag mit Präsident Gustavo Petro. Petro habe sie zu einem "
         "Besuch in Bogotá eingeladen, schrieb Sheinbaum.",
         ("Invitation", ["Claudia Sheinbaum", "Gustavo Petro"], "happened")),
        # … never a man
        ("Kanzler Christian Stocker traf am Dienstag Premier Robert Fico. Orbán habe sie nicht eingeladen, sagte Stocker.",
         ("Invitation", ["Viktor Orbán"], "negated")),
    ],
)
def test_round15_sie_as_a_womans_object(text, expected):
    assert expected in events(text)


def test_round15_a_meeting_with_a_host_during_a_visit_is_the_visitors():
    # "ein Treffen mit Kanzler X" during a state visit to his country, with no one else named: the visitor's; "die
    # beiden" after it are those two
    found = events("Die estnische Präsidentin Kersti Kaljulaid ist am Dienstag zu einem Staatsbesuch in Wien "
                   "eingetroffen. Ein für Mittwoch angesetztes Treffen mit Bundeskanzler Christian Stocker (ÖVP) wurde "
                   "abgesagt. Die beiden wollen stattdessen telefonieren.")
    assert ("Meeting", ["Christian Stocker", "Kersti Kaljulaid"], "negated") in found
    assert ("Call", ["Christian Stocker", "Kersti Kaljulaid"], "planned") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak preterite the tagger read as an adjective, with no noun of its own after it, is the verb
        ("Minister Boris Pistorius traf am Montag seinen türkischen Amtskollegen Yaşar Güler. Die beiden vereinbarten, "
         "künftig gemeinsam Munition zu kaufen.",
         ("Agreement", ["Boris Pistorius", "Yaşar Güler"], "happened")),
        # "sich telefonisch abstimmen" is a call
        ("NATO-Generalsekretär Mark Rutte hatte sich am Dienstag mit US-Präsident Donald Trump telefonisch abgestimmt.",
         ("Call", ["Donald Trump", "Mark Rutte"], "happened")),
        # accompanying someone somewhere is a trip
        ("Europaministerin Claudia Plakolm begleitete Kanzler Christian Stocker am Donnerstag nach Brüssel.",
         ("Visit", ["Christian Stocker", "Claudia Plakolm"], "happened")),
    ],
)
def test_round15_misread_verbs_calls_and_company_on_trips(text, expected):
    assert expected in events(text)


def test_round15_an_adjective_before_its_noun_stays_one():
    assert events("Die beiden vereinbarten Punkte wurden am Montag umgesetzt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Landeshauptfrau" is one woman, not a plural "die … Landeshauptleute" (a feminine form in "-frau")
        ("Landeshauptfrau Karoline Edtstadler unterzeichnete am Mittwoch eine Absichtserklärung mit Minister Thorsten "
         "Glauber. Ministerpräsident Markus Söder lud die Landeshauptfrau zu einem Besuch nach München ein.",
         ("Invitation", ["Karoline Edtstadler", "Markus Söder"], "happened")),
        # a company's "Chefin" or "Konzernchef" is its managing director or chief executive
        ("Geschäftsführerin Verena Gschwandtner unterzeichnete den Sponsorvertrag. Generalsekretär Christian Scherer lud "
         "die Glocknerquelle-Chefin zum Weltcupauftakt ein.",
         ("Invitation", ["Christian Scherer", "Verena Gschwandtner"], "happened")),
        ("Vorstandschef Hiroshi Tanabe unterzeichnete den Kaufvertrag. Im September will der Konzernchef das Werk in "
         "Wiener Neustadt besuchen.",
         ("Visit", ["Hiroshi Tanabe"], "planned")),
    ],
)
def test_round15_more_titles_that_refer(text, expected):
    assert expected in events(text)


def test_round15_das_land_is_the_one_the_text_called_a_land():
    # "dem Land Südtirol" introduced a region; "das Land" later is it, not the country named in between
    found = events("Die Gewerkschaften ASGB und SSG verhandeln mit dem Land Südtirol. Schon die Schweiz hatte höhere "
                   "Gehälter gezahlt. Zuletzt hatten sich das Land, der ASGB und die SSG im Dezember 2022 auf einen "
                   "Vertrag geeinigt.")
    assert ("Agreement", ["ASGB", "SSG", "Südtirol"], "happened") in found
