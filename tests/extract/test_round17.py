"""Rules of round 17, each checked with sentences of our own: agreements named by a participle before the noun
("die am Montag von X und Y unterzeichnete Vereinbarung"), lists of titled people as one subject, and a counted group
of office holders ("die drei Präsidenten")."""

from __future__ import annotations

from tests.extract.scored import WIRE_HEADER as HEADER, wire_events


def events(text: str, title: str = "Titel") -> list[tuple]:
    return wire_events(text, title)


def test_round17_a_participle_phrase_may_hold_a_phrase_with_its_own_article():
    # "der Stadt Linz" is inside the phrase of "Die … unterzeichnete Vereinbarung", which heads no adverbial
    found = events("Linz (APA) - Die zwischen der Stadt Linz und der Voestalpine unterzeichnete Vereinbarung betrifft "
                   "zwei Standorte im Hafenviertel.")
    assert found == [("Agreement", ["Linz", "Voestalpine"], "happened", None)]


def test_round17_an_agreement_in_an_adverbial_is_still_an_instrument():
    found = events("Linz (APA) - Nach dem zwischen der Stadt Linz und der Voestalpine geschlossenen Vertrag darf das "
                   "Werk im Hafenviertel wachsen.")
    assert [e for e in found if e[0] == "Agreement"] == []


def test_round17_an_agreement_in_an_adverbial_with_a_date_inside_is_still_an_instrument():
    # (the first article walking back is that of the date, "die Anfang Jänner", and the preposition before it governs)
    found = events("Wien (APA) - Die Ministerin warb am Dienstag erneut für die Anfang Jänner in Prag erzielte "
                   "Vereinbarung.")
    assert [e for e in found if e[0] == "Agreement"] == []


def test_round17_the_day_of_a_participle_before_the_noun_lies_behind():
    # "am Montag" belongs to "unterzeichnete": the Monday before publication, and the agreement happened, though the
    # main clause is in the present tense
    found = events("Wien (APA) - Die am Montag von Österreich und Ungarn unterzeichnete Vereinbarung regelt den "
                   "Grenzverkehr bei Nickelsdorf neu.")
    assert found == [("Agreement", ["Ungarn", "Österreich"], "happened", "2025-02-10")]


def test_round17_a_list_of_titled_people_is_one_subject():
    found = events("Laibach (APA) - Der slowenische Präsident Nataša Pirc Musar, die kroatische Präsidentin Ivana "
                   "Novak und der montenegrinische Präsident Jakov Milatović kamen am Montag in Laibach zusammen.")
    assert [e[1] for e in found if e[0] == "Meeting"] == [["Ivana Novak", "Jakov Milatović", "Nataša Pirc Musar"]]


def test_round17_a_list_of_people_with_states_before_their_titles_is_one_subject():
    found = events("Laibach (APA) - Sloweniens Präsidentin Nataša Pirc Musar, Kroatiens Präsident Zoran Milanović "
                   "und der montenegrinische Präsident Jakov Milatović trafen am Montag in Laibach zusammen.")
    assert [e[1] for e in found if e[0] == "Meeting"] == [["Jakov Milatović", "Nataša Pirc Musar", "Zoran Milanović"]]


def test_round17_a_counted_title_is_the_group_not_the_last_holder():
    found = events("Laibach (APA) - Sloweniens Präsidentin Nataša Pirc Musar, Kroatiens Präsident Zoran Milanović "
                   "und der montenegrinische Präsident Jakov Milatović trafen am Montag in Laibach zusammen. Die drei "
                   "Präsidenten besuchten am Nachmittag ein Grenzkraftwerk an der Save bei Krško.")
    visits = [e[1] for e in found if e[0] == "Visit"]
    assert visits == [["Jakov Milatović", "Nataša Pirc Musar", "Zoran Milanović"]]


def test_round17_conferring_with_a_named_partner_is_a_meeting():
    found = events("Wien (APA) - Bereits am Vortag hatte Bundeskanzler Christian Stocker mit dem slowakischen Premier "
                   "Robert Fico konferiert.")
    assert [e[:3] for e in found] == [("Meeting", ["Christian Stocker", "Robert Fico"], "happened")]


def test_round17_conferring_without_a_partner_is_no_event():
    assert events("Wien (APA) - Die Landeshauptleute konferierten am Montag stundenlang über den Stabilitätspakt.") == []


def test_round17_a_person_expected_at_a_place_is_a_planned_visit():
    found = events("Wien (APA) - Der finnische Präsident Alexander Stubb wird am Donnerstag in Innsbruck erwartet.")
    assert found == [("Visit", ["Alexander Stubb"], "planned", "2025-02-13")]


def test_round17_what_is_expected_is_no_visit():
    assert events("Wien (APA) - In Innsbruck wird am Donnerstag eine Entscheidung über den Bahnhof erwartet.") == []
    assert events("Wien (APA) - Von Alexander Stubb wird in Brüssel erwartet, dass er dem Paket zustimmt.") == []


def test_round17_a_meeting_told_in_the_present_after_a_planned_trip_is_part_of_it():
    found = events("Prag (APA) - Bundeskanzler Christian Stocker reist am Donnerstag nach Prag. Er trifft dort den "
                   "tschechischen Premier Andrej Babiš.")
    assert ("Visit", ["Christian Stocker"], "planned", "2025-02-13") in found
    assert ("Meeting", ["Andrej Babiš", "Christian Stocker"], "planned", "2025-02-13") in found


def test_round17_the_day_of_a_plan_dates_nothing_done():
    # (the Thursday is the trip's, still to come; the call was some time before)
    found = events("Prag (APA) - Bundeskanzler Christian Stocker reist am Donnerstag nach Prag. Zuvor hatte er mit dem "
                   "tschechischen Premier Andrej Babiš telefoniert.")
    assert ("Call", ["Andrej Babiš", "Christian Stocker"], "happened", None) in found


def test_round17_a_possessive_colleague_is_the_other_one_of_the_last_pair():
    found = events("Oslo (APA) - Der norwegische Außenminister Espen Barth Eide hat am Montag in Oslo Außenministerin Beate "
                   "Meinl-Reisinger empfangen. Zum Abschluss lud Meinl-Reisinger ihren norwegischen Kollegen nach Wien ein.")
    assert ("Invitation", ["Beate Meinl-Reisinger", "Espen Barth Eide"], "happened", "2025-02-10") in found
    assert ("Visit", ["Espen Barth Eide"], "planned", None) in found


def test_round17_a_colleague_of_another_state_is_not_the_last_partner():
    found = events("Oslo (APA) - Der norwegische Außenminister Espen Barth Eide hat am Montag in Oslo Außenministerin Beate "
                   "Meinl-Reisinger empfangen. Zum Abschluss lud Meinl-Reisinger ihren schwedischen Kollegen nach Wien ein.")
    assert [e[1] for e in found if e[0] == "Invitation"] == [["Beate Meinl-Reisinger"]]


def test_round17_the_time_of_what_an_invitation_is_to_is_not_the_invitations():
    # the invitation was made on Monday, at the meeting; the return visit is next year's
    found = events("Graz (APA) - Bürgermeisterin Elke Kahr traf am Montag den Marburger Bürgermeister Saša Arsenovič. "
                   "Arsenovič lud Kahr zu einem Gegenbesuch im kommenden Jahr nach Marburg ein.")
    assert ("Invitation", ["Elke Kahr", "Saša Arsenovič"], "happened", "2025-02-10") in found
    assert ("Visit", ["Elke Kahr"], "planned", "2026") in found


def test_round17_a_moment_phrase_is_not_what_an_invitation_is_to():
    found = events("Wien (APA) - Kanzler Christian Stocker lud Landeshauptmann Thomas Stelzer zum Abschluss am Freitag zu "
                   "einem Arbeitsgespräch im Kanzleramt ein.")
    assert [e[3] for e in found if e[0] == "Invitation"] == ["2025-02-07"]


def test_round17_a_headline_that_puts_a_foreign_minister_at_a_place_reports_a_visit():
    found = events("Wien (APA) - Der dänische Außenminister Lars Løkke Rasmussen hat am Dienstag mit Außenministerin Beate "
                   "Meinl-Reisinger über den Schutz von Unterseekabeln gesprochen.",
                   title="Dänemarks Außenminister in Wien: Gespräche über Ostsee-Kabel")
    assert ("Visit", ["Lars Løkke Rasmussen"], "happened", "2025-02-11") in found


def test_round17_a_headline_trip_with_its_purpose_and_the_party_telling_the_state():
    found = events("Schanghai (APA) - Landeshauptfrau Johanna Mikl-Leitner (ÖVP) hat am Montag in Schanghai den "
                   "Bürgermeister Gong Zheng getroffen.", title="Mikl-Leitner auf Wirtschaftsmission in China")
    assert ("Visit", ["Johanna Mikl-Leitner"], "happened", "2025-02-10") in found


def test_round17_a_headline_at_home_is_no_visit():
    found = events("Linz (APA) - FPÖ-Chef Herbert Kickl (FPÖ) hat am Mittwoch in Linz den Wahlkampf eröffnet.",
                   title="Kickl in Linz: FPÖ startet Wahlkampf")
    assert [e for e in found if e[0] == "Visit"] == []


def test_round17_arranging_to_go_on_is_an_agreement_and_the_talks_it_plans():
    # ("verabredeten" read as an adjective by the tagger; the parties of the talks are those of the agreement)
    found = events("Bonn (APA) - EU-Klimakommissar Wopke Hoekstra und der chinesische Sondergesandte Liu Zhenmin trafen "
                   "sich am Dienstag. Die beiden verabredeten, ihre Verhandlungen über einen Grenzausgleich für Kohlenstoff "
                   "im September in Peking fortzusetzen.")
    assert ("Agreement", ["Liu Zhenmin", "Wopke Hoekstra"], "happened", "2025-02-11") in found
    assert ("Negotiation", ["Liu Zhenmin", "Wopke Hoekstra"], "planned", "2025-09") in found


def test_round17_talks_planned_by_a_pronoun_subject_take_the_agreements_parties():
    found = events("Wien (APA) - Kanzler Christian Stocker und Premier Robert Fico trafen sich am Montag. Sie vereinbarten, "
                   "im März erneut zu verhandeln.")
    assert ("Negotiation", ["Christian Stocker", "Robert Fico"], "planned", "2025-03") in found


def test_round17_an_appointment_is_no_agreement():
    assert events("Wien (APA) - Die Ministerin war am Abend mit ihrer Schwester Anna Berger verabredet.") == []


def test_round17_informing_someone_by_phone_is_a_call():
    found = events("Wien (APA) - Noch in der Nacht informierte Gewerkschaftschef Wolfgang Katzian Bundeskanzler Christian "
                   "Stocker telefonisch über das Ergebnis.")
    assert [e[:3] for e in found] == [("Call", ["Christian Stocker", "Wolfgang Katzian"], "happened")]


def test_round17_touring_a_place_is_a_visit():
    found = events("Wien (APA) - Am Nachmittag besichtigte die mexikanische Kulturministerin Claudia Curiel de Icaza das "
                   "Weltmuseum in Wien.")
    assert [e[:3] for e in found] == [("Visit", ["Claudia Curiel de Icaza"], "happened")]


def test_round17_an_age_noun_is_the_person_of_its_gender_the_story_is_about():
    # "die 61-Jährige" is the governor, though a man was named since; "der 49-Jährige" the visitor, though his hosts were
    found = events("Schanghai (APA) - Landeshauptfrau Johanna Mikl-Leitner traf am Montag in Schanghai Bürgermeister Gong "
                   "Zheng. Mikl-Leitner sprach von einem wichtigen Tag. Gong lobte die Zusammenarbeit. Danach lud die "
                   "61-Jährige ihren Gastgeber nach Niederösterreich ein.")
    assert ("Invitation", ["Gong Zheng", "Johanna Mikl-Leitner"], "happened", "2025-02-10") in found
    found = events("Wien (APA) - Der estnische Regierungschef Kristen Michal ist am Dienstag in Wien eingetroffen. Empfangen "
                   "wurde Michal von Bundeskanzler Christian Stocker. Am Abend ist ein Essen bei Bundespräsident Alexander "
                   "Van der Bellen geplant. Vor seiner Abreise hatte der 49-Jährige am Montag mit Wolodymyr Selenskyj "
                   "telefoniert.")
    assert ("Call", ["Kristen Michal", "Wolodymyr Selenskyj"], "happened", "2025-02-10") in found


def test_round17_a_guest_expected_for_an_event_makes_no_trip():
    found = events("Wien (APA) - Am Abend wird der estnische Regierungschef Kristen Michal zu einem Arbeitsessen in der "
                   "Hofburg erwartet.")
    assert [e for e in found if e[0] == "Visit"] == []


def test_round17_a_goal_is_no_meeting_though_its_scorer_is_named():
    found = events("Salzburg (APA) - Der Stürmer Marko Arnautović spielte stark. Im Rückspiel gegen Sturm Graz "
                   "traf der 36-Jährige per Kopf zum 2:1.")
    assert found == []


def test_round17_the_main_clause_goes_on_after_an_apposition_to_its_front_field():
    found = events("Wien (APA) - Die Gewerkschaft vida, die größte im Verkehrssektor, einigte sich am Montag mit den ÖBB.")
    assert [e[:3] for e in found] == [("Agreement", ["vida", "ÖBB"], "happened")]
    found = events("Wien (APA) - Ein von Macron angeregtes Treffen Modis mit Selenskyj, dem Präsidenten der Ukraine, am "
                   "Rande der UNO-Vollversammlung lehnte die indische Seite ab.")
    assert [e[:3] for e in found] == [("Meeting", ["Narendra Modi", "Wolodymyr Selenskyj"], "negated")]


def test_round17_a_purpose_clause_before_the_verb_is_a_clause_of_its_own():
    found = events("Enns (APA) - Um die Anrainer einzubinden, lud die Gemeinde den Investor Jonas Berg am Freitag zu einer "
                   "Bürgerversammlung ein.")
    assert [e[2:] for e in found if e[0] == "Invitation"] == [("happened", "2025-02-07")]


def test_round17_the_proposer_of_a_refused_meeting_takes_part_and_it_lay_ahead():
    found = events("Genf (APA) - Ein von der EU vorgeschlagenes Ministertreffen im Juli lehnte Russland ab.")
    assert found == [("Meeting", ["Europäische Union", "Russland"], "negated", "2025-07")]


def test_round17_a_time_with_what_a_guest_is_invited_to_is_not_a_venue():
    # "im Herbst" is no venue that would make the invitation one to a meeting place; the trip is next autumn's
    found = events("Wien (APA) - Kulturminister Andreas Babler traf am Montag die mexikanische Kulturministerin Claudia "
                   "Curiel de Icaza. Zum Abschied lud Curiel de Icaza ihren Amtskollegen zur Eröffnung einer Ausstellung "
                   "im Herbst nach Mexiko-Stadt ein.")
    assert ("Invitation", ["Andreas Babler", "Claudia Curiel de Icaza"], "happened", "2025-02-10") in found
    assert ("Visit", ["Andreas Babler"], "planned", "2025") in found


def test_round17_a_compound_surname_is_one_mention():
    # (the recogniser finds "Icaza"; "Curiel de" before it ends her full name too, so she is the verb's subject)
    from kg.api import extract_text

    result = extract_text(HEADER + "Titel\n\nWien (APA) - Die mexikanische Kulturministerin Claudia Curiel de Icaza war "
                          "am Montag in Wien. Zum Abschied lud Curiel de Icaza Kulturminister Andreas Babler ein.")
    mexican = next(a for a in result.actors if a.label == "Claudia Curiel de Icaza")
    assert "Curiel de Icaza" in [m.text for m in mexican.mentions]


def test_round17_a_genitive_in_what_a_guest_is_invited_to_is_no_guest():
    found = events("Wien (APA) - Der Handballpräsident Michael Wiederer und ORF-Generaldirektor Roland Weißmann "
                   "unterzeichneten am Mittwoch den Vertrag. Wiederer lud Weißmann zudem zum Finale der Champions League "
                   "im Juni nach Köln ein.")
    assert ("Invitation", ["Michael Wiederer", "Roland Weißmann"], "happened", "2025-02-12") in found
    assert ("Visit", ["Roland Weißmann"], "planned", "2025-06") in found


def test_round17_talks_in_the_impersonal_passive_are_those_of_the_parties_reported():
    found = events("Graz (APA) - Die Stadt Graz und die Holding Graz haben am Mittwoch einen Vertrag über den Betrieb der "
                   "Bäder unterzeichnet. Verhandelt wurde seit dem Herbst.")
    assert [e[:3] for e in found if e[0] == "Negotiation"] == [("Negotiation", ["Graz", "Holding Graz"], "happened")]


def test_round17_a_party_noun_is_the_person_of_its_gender_the_story_is_about():
    found = events("Wien (APA) - Der norwegische Energieminister Terje Aasland ist am Mittwoch in Wien eingetroffen. Am "
                   "Vormittag war der Sozialdemokrat im Ministerium mit Wirtschaftsminister Wolfgang Hattmannsdorfer "
                   "zusammengekommen.")
    assert ("Meeting", ["Terje Aasland", "Wolfgang Hattmannsdorfer"], "happened", "2025-02-12") in found


def test_round17_a_plural_party_noun_is_no_person():
    found = events("Wien (APA) - Die Sozialdemokraten trafen sich am Montag mit Wirtschaftsminister Wolfgang "
                   "Hattmannsdorfer.")
    assert [e[1] for e in found if e[0] == "Meeting"] in ([], [["Wolfgang Hattmannsdorfer"]])


def test_round17_the_two_leaders_are_the_pair_named_before():
    found = events("Wien (APA) - ORF-Generaldirektor Roland Weißmann und EHF-Präsident Michael Wiederer unterzeichneten "
                   "am Mittwoch den Vertrag. Den Durchbruch brachte ein Telefonat der beiden Spitzen am vergangenen Freitag.")
    assert ("Call", ["Michael Wiederer", "Roland Weißmann"], "happened", "2025-02-07") in found


def test_round17_a_trip_to_a_place_named_after_a_sort_noun():
    found = events("Schanghai (APA) - Landeshauptfrau Johanna Mikl-Leitner (ÖVP) traf am Montag in Schanghai Bürgermeister "
                   "Gong Zheng. Am Donnerstag reist Mikl-Leitner in die Nachbarprovinz Jiangsu weiter.")
    assert ("Visit", ["Johanna Mikl-Leitner"], "planned", "2025-02-13") in found


def test_round17_no_appointment_for_talks_is_a_meeting_that_did_not_happen():
    found = events("Wien (APA) - Kanzler Christian Stocker empfing am Montag den estnischen Regierungschef Kristen Michal. "
                   "Kein Gesprächstermin kam mit Nationalratspräsident Walter Rosenkranz zustande.")
    assert [e[2] for e in found if e[0] == "Meeting" and "Walter Rosenkranz" in e[1]] == ["negated"]


def test_round17_the_month_set_for_an_invited_trip_is_not_the_invitations_own_time():
    found = events("Oslo (APA) - Der norwegische Außenminister Espen Barth Eide hat am Montag in Oslo Außenministerin Beate "
                   "Meinl-Reisinger empfangen. Zum Abschluss lud Meinl-Reisinger ihren norwegischen Kollegen für Oktober "
                   "nach Wien ein.")
    assert ("Invitation", ["Beate Meinl-Reisinger", "Espen Barth Eide"], "happened", "2025-02-10") in found
    assert ("Visit", ["Espen Barth Eide"], "planned", "2025-10") in found
