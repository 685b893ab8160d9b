"""Rules of round 18, each checked with sentences of our own: an organisation that announces its own act takes
part in it, and the stronger negation adverbs ("keinesfalls", "keineswegs", "keinerlei")."""

from __future__ import annotations

import pytest

from tests.extract.scored import wire_events


def events(text: str, title: str = "Titel") -> list[tuple]:
    return wire_events(text, title)


@pytest.mark.parametrize("text, expected", [
    ("Wien (APA) - Die OMV kündigte am Dienstag an, mit der Verbund AG zu verhandeln.",
     [("Negotiation", ["OMV", "Verbund AG"], "planned", None)]),
    ("Wien (APA) - Siemens hat angekündigt, eine Kooperation mit der Verbund AG einzugehen.",
     [("Agreement", ["Siemens", "Verbund AG"], "planned", None)]),
])
def test_round18_an_organisation_announcing_its_own_act_takes_part(text, expected):
    # the clause after the reporting verb is an infinitive clause: its subject is the organisation, no mere source
    assert events(text) == expected


def test_round18_an_organisation_reporting_what_others_did_stays_a_source():
    found = events("Wien (APA) - Der Kreml bestätigte am Dienstag, dass Putin mit Trump telefoniert habe.")
    assert found == [("Call", ["Donald Trump", "Wladimir Putin"], "happened", "2025-02-11")]


@pytest.mark.parametrize("text, expected", [
    ("Wien (APA) - Die SPÖ will keinesfalls eine Koalition mit der FPÖ eingehen.",
     [("Agreement", ["FPÖ", "SPÖ"], "negated", None)]),
    ("Wien (APA) - Ein Treffen mit Kanzler Christian Stocker sei keineswegs geplant, sagte die Ministerin.",
     [("Meeting", ["Christian Stocker"], "negated", None)]),
    ("Wien (APA) - Mit der ÖVP habe es keinerlei Verhandlungen gegeben, sagte die Ministerin.",
     [("Negotiation", ["ÖVP"], "negated", None)]),
])
def test_round18_strong_negation_adverbs_negate(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day is the announcement's: the talks and the meeting have no day of their own
    ("Wien (APA) - Kanzler Christian Stocker kündigte am Dienstag an, mit Viktor Orbán zu verhandeln.",
     [("Negotiation", ["Christian Stocker", "Viktor Orbán"], "planned", None)]),
    ("Wien (APA) - Kanzler Christian Stocker kündigte am Dienstag an, dass er Viktor Orbán treffen werde.",
     [("Meeting", ["Christian Stocker", "Viktor Orbán"], "planned", None)]),
    # … a time of the announced clause is its own
    ("Wien (APA) - Kanzler Christian Stocker kündigte am Dienstag an, Viktor Orbán im März zu treffen.",
     [("Meeting", ["Christian Stocker", "Viktor Orbán"], "planned", "2025-03")]),
])
def test_round18_the_time_of_an_announcement_is_not_what_it_announces(text, expected):
    assert events(text) == expected


def test_round18_what_two_agreed_to_do_is_done_by_both():
    # the partner after "mit" agreed too, so the talks agreed on are theirs; Tuesday is the agreement's day
    found = events("Wien (APA) - Kanzler Christian Stocker vereinbarte am Dienstag mit Viktor Orbán, weiter zu verhandeln.")
    assert found == [("Agreement", ["Christian Stocker", "Viktor Orbán"], "happened", "2025-02-11"),
                     ("Negotiation", ["Christian Stocker", "Viktor Orbán"], "planned", None)]


def test_round18_a_name_split_across_two_recognised_names_is_one_person():
    # "Pirc Musar" (headline) is her surname: "Nataša Pirc" + "Musar" and "Pirc" + "Musar" are her, not two people
    from kg.api import extract_text
    from tests.extract.scored import WIRE_HEADER

    text = (WIRE_HEADER + "Pirc Musar trifft Stocker\n\nWien (APA) - Die slowenische Staatspräsidentin Nataša Pirc Musar "
            "ist am Dienstag zu einem Besuch nach Wien gereist. Am Nachmittag sprach Pirc Musar mit Kanzler Christian "
            "Stocker.")
    people = sorted(a.label for a in extract_text(text).actors if a.type == "Person")
    assert people == ["Christian Stocker", "Nataša Pirc Musar"]
    assert events(text.split("\n\n", 2)[2], "Pirc Musar trifft Stocker") == [
        ("Meeting", ["Christian Stocker", "Nataša Pirc Musar"], "happened", "2025-02-11"),
        ("Visit", ["Nataša Pirc Musar"], "happened", "2025-02-11")]


def test_round18_a_title_read_as_a_name_joins_no_name():
    from kg.api import extract_text
    from tests.extract.scored import WIRE_HEADER

    text = WIRE_HEADER + "Titel\n\nWien (APA) - Im Finale trafen Kei Nishikori und Tomas Berdych aufeinander. Nishikori Berdych 6:4"
    people = sorted(a.label for a in extract_text(text).actors if a.type == "Person")
    assert people == ["Kei Nishikori", "Tomas Berdych"]


@pytest.mark.parametrize("text, expected", [
    # the state is the attribute of the noun describing the town, not a party (round 17's apposition join had made it one)
    ("Wien (APA) - In Maskat, der Hauptstadt des Oman, verhandelten der US-Sondergesandte Steve Witkoff und der "
     "iranische Außenminister Abbas Araghchi indirekt.",
     [("Negotiation", ["Abbas Araghchi", "Steve Witkoff"], "happened", None)]),
    ("Wien (APA) - Kanzler Christian Stocker traf in Bratislava, der Hauptstadt der Slowakei, den Premier Robert Fico.",
     [("Meeting", ["Christian Stocker", "Robert Fico"], "happened", None)]),
])
def test_round18_the_state_of_a_town_described_in_apposition_is_no_party(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the guest of the visit reported before is the partner "mit seinem Gast" / "mit seiner Gästin"
    ("Wien (APA) - Der kroatische Präsident Zoran Milanović ist am Dienstag zu einem Besuch in Wien eingetroffen. "
     "Bundespräsident Alexander Van der Bellen sprach am Vormittag eine Stunde lang mit seinem Gast.",
     [("Meeting", ["Alexander Van der Bellen", "Zoran Milanović"], "happened", "2025-02-11"),
      ("Visit", ["Zoran Milanović"], "happened", "2025-02-11")]),
    ("Wien (APA) - Die kroatische Präsidentin Kolinda Grabar-Kitarović ist am Dienstag zu einem Besuch in Wien "
     "eingetroffen. Bundespräsident Alexander Van der Bellen sprach am Vormittag unter vier Augen mit seiner Gästin.",
     [("Meeting", ["Alexander Van der Bellen", "Kolinda Grabar-Kitarović"], "happened", "2025-02-11"),
      ("Visit", ["Kolinda Grabar-Kitarović"], "happened", "2025-02-11")]),
    # a name a relative clause with "mit" refers back to is the partner ("beraten" counts with a person)
    ("Wien (APA) - Kanzler Christian Stocker lobte Viktor Orbán, mit dem er am Montag telefoniert hatte.",
     [("Call", ["Christian Stocker", "Viktor Orbán"], "happened", "2025-02-10")]),
    ("Wien (APA) - Kanzler Christian Stocker lobte Viktor Orbán, mit dem er am Montag zwei Stunden beraten hatte.",
     [("Meeting", ["Christian Stocker", "Viktor Orbán"], "happened", "2025-02-10")]),
])
def test_round18_partners_named_by_reference(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "bitten zu" is an invitation, and what it asks to is planned; not "bitten um", nor "zur Kasse bitten"
    ("Wien (APA) - Nach dem Treffen bat Beate Meinl-Reisinger ihren Amtskollegen Jan Lipavský zu einem Gegenbesuch "
     "nach Wien.",
     [("Invitation", ["Beate Meinl-Reisinger", "Jan Lipavský"], "happened", None),
      ("Visit", ["Jan Lipavský"], "planned", None)]),
    ("Wien (APA) - Kanzler Christian Stocker bat die Banken zur Kasse.", []),
    # a meal with someone is a meeting
    ("Wien (APA) - Bundespräsident Alexander Van der Bellen lud Viktor Orbán am Montag zu einem Arbeitsessen in die "
     "Hofburg.",
     [("Invitation", ["Alexander Van der Bellen", "Viktor Orbán"], "happened", "2025-02-10"),
      ("Meeting", ["Alexander Van der Bellen", "Viktor Orbán"], "planned", None)]),
    # "telefonisch ins Bild setzen" is a call
    ("Wien (APA) - Kanzler Christian Stocker hatte Andreas Babler am Montag telefonisch über die Pläne ins Bild gesetzt.",
     [("Call", ["Andreas Babler", "Christian Stocker"], "happened", "2025-02-10")]),
    # a person landing in a town travelled there; a skier landing on a rank did not
    ("Wien (APA) - Außenministerin Beate Meinl-Reisinger war am Montagabend in Taschkent gelandet.",
     [("Visit", ["Beate Meinl-Reisinger"], "happened", "2025-02-10")]),
    ("Wien (APA) - Marcel Hirscher landete in Kitzbühel auf Rang drei.", []),
    # "dem Fonds" is the fund the text introduced as one
    ("Linz (APA) - Der Beteiligungsfonds ÖBAG hält ein Viertel der Aktien. Mit dem Fonds verhandelt die OMV seit "
     "Wochen über eine Garantie.",
     [("Negotiation", ["OMV", "ÖBAG"], "happened", None)]),
])
def test_round18_more_ways_to_say_an_event(text, expected):
    assert events(text) == expected


def test_round18_an_event_a_guest_is_expected_for_lies_ahead_and_its_host_takes_part():
    found = events("Wien (APA) - Der estnische Premier Kristen Michal ist am Dienstag in Wien eingetroffen. Am Abend wird "
                   "der Premier zu einem Arbeitsessen in der Hofburg erwartet, Gastgeber ist Bundespräsident Alexander "
                   "Van der Bellen.")
    assert [e[:3] for e in found] == [("Meeting", ["Alexander Van der Bellen", "Kristen Michal"], "planned"),
                                      ("Visit", ["Kristen Michal"], "happened")]


def test_round18_a_list_of_guests_joins_the_invitation_reported_before():
    # the guests of "Eingeladen sind …" (both of them, after the fronted participle) are those of the minister's invitation
    found = events("Wien (APA) - Finanzminister Markus Marterbauer hat die Länder zu einer Schlussrunde gebeten. "
                   "Eingeladen sind auch Gemeindebund-Präsident Johannes Pressl und Städtebund-Präsident Michael Ludwig.")
    assert [e[:3] for e in found if e[0] == "Invitation"] == [
        ("Invitation", ["Johannes Pressl", "Markus Marterbauer", "Michael Ludwig"], "happened")]


@pytest.mark.parametrize("text, expected", [
    # Austria is a state, not the newspaper "Österreich": "die beiden Länder" are the two named before
    ("Wien (APA) - Slowenien und Österreich wollen enger zusammenarbeiten. Die beiden Länder einigten sich auf einen "
     "Vertrag.",
     [("Agreement", ["Slowenien", "Österreich"], "happened", None)]),
    # a route between two towns in what the talks are about names no parties (a partnership between them does)
    ("Wien (APA) - Slowenien und Österreich wollen enger zusammenarbeiten. Über den Ausbau der Bahnstrecke zwischen "
     "Graz und Maribor verhandeln die beiden Regierungen bereits seit dem Vorjahr.",
     [("Negotiation", ["Slowenien", "Österreich"], "happened", None)]),
    ("Wien (APA) - Über eine Partnerschaft zwischen Linz und Pilsen wird seit Mai verhandelt.",
     [("Negotiation", ["Linz", "Pilsen"], "happened", None)]),
    # "hätte … treffen sollen" is a plan that did not come about; "hätte … treffen können" stays a possibility
    ("Wien (APA) - Kanzler Christian Stocker hätte Viktor Orbán am Montag treffen sollen.",
     [("Meeting", ["Christian Stocker", "Viktor Orbán"], "negated", "2025-02-10")]),
    ("Wien (APA) - Kanzler Christian Stocker hätte Viktor Orbán am Montag treffen können.",
     [("Meeting", ["Christian Stocker", "Viktor Orbán"], "hypothetical", "2025-02-10")]),
    # a side trip struck from the programme
    ("Wien (APA) - Aus dem Programm gestrichen wurde ein Abstecher der Präsidentin Nataša Pirc Musar nach Graz.",
     [("Visit", ["Nataša Pirc Musar"], "negated", None)]),
])
def test_round18_parties_and_statuses_of_wire8(text, expected):
    assert events(text) == expected


def test_round18_the_chambers_bank_division_is_a_party_of_the_wage_round():
    # (gazetteer: the Wirtschaftskammer's Bundessparten; "der Bundessparte" is the one the text introduced)
    found = events("Wien (APA) - Die Gewerkschaft GPA und die Bundessparte Bank und Versicherung haben die Gespräche am "
                   "Dienstag abgebrochen. Aus der Bundessparte hieß es, man sei weiter gesprächsbereit.")
    assert found[0][:2] == ("Negotiation", ["Bundessparte Bank und Versicherung", "GPA"])


@pytest.mark.parametrize("text, expected", [
    # a compound of "Kommissar" is an office title, so "der Kommissar" is the one named with it before
    ("Brüssel (APA) - EU-Agrarkommissar Christophe Hansen verteidigte am Montag den Plan. Der Kommissar hatte sich am "
     "Sonntag am Telefon mit Kommissionspräsidentin Ursula von der Leyen beraten.",
     [("Call", ["Christophe Hansen", "Ursula von der Leyen"], "happened", "2025-02-09")]),
    # a party's "Vorsitzender" is its "Chef" (grammar.yml generic_offices; not "seine Chefin", a boss)
    ("Stuttgart (APA) - CDU-Chef Friedrich Merz lobte die Einigung. Ob der CDU-Vorsitzende zur Unterzeichnung nach "
     "Stuttgart kommt, ist offen.",
     [("Visit", ["Friedrich Merz"], "hypothetical", None)]),
])
def test_round18_titles_that_name_one_office_two_ways(text, expected):
    assert events(text) == expected


def test_round18_a_company_is_named_without_its_legal_form_and_the_people_who_signed_join_the_headline():
    # "d.d." stays one token after the name; "Livarna Savinja" in the headline is the company; the two chiefs who
    # signed in the lead signed the headline's agreement
    from kg.api import extract_text
    from tests.extract.scored import WIRE_HEADER

    title = "Steyrtaler Präzisionsguss und Livarna Savinja einigen sich auf Fusion"
    body = ("Steyr (APA) - Die Steyrtaler Präzisionsguss AG und die Livarna Savinja d.d. legen ihre Werke zusammen. "
            "Die Vorstandschefs Gudrun Haslinger und Matej Kovačič unterschrieben den Vertrag am Mittwoch in Linz.")
    orgs = sorted(a.label for a in extract_text(WIRE_HEADER + title + "\n\n" + body).actors if a.type == "Organization")
    assert orgs == ["Livarna Savinja d.d.", "Steyrtaler Präzisionsguss AG"]
    assert events(body, title) == [("Agreement", ["Gudrun Haslinger", "Livarna Savinja d.d.", "Matej Kovačič",
                                                  "Steyrtaler Präzisionsguss AG"], "happened", "2025-02-12")]


@pytest.mark.parametrize("text, expected", [
    # the negotiating table (events.yml Negotiation mode_verbs/mode_words); who brings the sides to it is no party
    ("Wien (APA) - Die Gewerkschaft vida und die Wirtschaftskammer kehren an den Verhandlungstisch zurück.",
     [("Negotiation", ["Wirtschaftskammer", "vida"], "happened", None)]),
    ("Wien (APA) - Die ÖVP und die SPÖ kehren am Montag an den Verhandlungstisch zurück.",
     [("Negotiation", ["SPÖ", "ÖVP"], "planned", "2025-02-17")]),
    ("Wien (APA) - Die EU will Russland und die Ukraine an den Verhandlungstisch bringen.", []),
])
def test_round18_the_negotiating_table(text, expected):
    assert events(text) == expected
