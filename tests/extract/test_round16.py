"""Rules of round 16, each checked with sentences of our own: who acts for the sides of talks (a headline that names
one side, the people tied to a side by a title or a bracket, the leaders of the negotiating teams), and dates that a
reported event cannot take from a plan."""

from __future__ import annotations

from tests.extract.scored import WIRE_HEADER as HEADER, wire_events


def events(text: str, title: str = "Titel") -> list[tuple]:
    return wire_events(text, title)


def test_round16_a_headline_side_and_the_people_of_both_sides_are_one_negotiation():
    # the headline names the town and describes the investor; the lead names both; the next sentence the two people
    # who negotiate for them (the mayor's party in brackets is no side of the talks)
    found = events("Hallein (APA) - Die Stadt Hallein und der Tiroler Hotelkonzern Alpenglanz verhandeln über den Bau "
                   "einer Therme am Salzachufer. Die Gespräche laufen seit dem Herbst, für die Stadt verhandelt "
                   "Bürgermeister Alexander Stangassinger (SPÖ) mit Alpenglanz-Chefin Miriam Köfler.",
                   title="Hallein verhandelt mit Investor über Thermenprojekt")
    assert [e for e in found if e[0] == "Negotiation"] == [
        ("Negotiation", ["Alexander Stangassinger", "Alpenglanz", "Hallein", "Miriam Köfler"], "happened", None)]


def test_round16_people_tied_to_other_organisations_are_other_talks():
    found = events("Hallein (APA) - Die Stadt Hallein und der Hotelkonzern Alpenglanz verhandeln über den Bau einer "
                   "Therme. In Wien verhandeln unterdessen Reinhold Binder (PRO-GE) und Kurt Maier (Fachverband "
                   "Austropapier) über den Kollektivvertrag. Die Gewerkschaft PRO-GE ist dafür bekannt.")
    talks = [p for t, p, s, d in found if t == "Negotiation"]
    assert ["Alpenglanz", "Hallein"] in talks
    assert not any("Alpenglanz" in p and "Reinhold Binder" in p for p in talks)


def test_round16_team_leaders_take_part_in_every_round_but_the_agreement_is_the_organisations():
    found = events("Wien (APA) - Die Gewerkschaft PRO-GE und der Fachverband Austropapier haben am Dienstag über den "
                   "Kollektivvertrag der Papierindustrie verhandelt. Die Verhandlungsteams unter der Leitung von "
                   "Reinhold Binder (PRO-GE) und Kurt Maier (Austropapier) liegen bei den Löhnen weit auseinander. "
                   "Die zweite Runde ist für 3. März angesetzt. Eine Einigung noch im März halten beide Seiten für möglich.",
                   title="Papierindustrie: Erste KV-Runde ohne Ergebnis")
    sides = ["Fachverband Austropapier", "Kurt Maier", "PRO-GE", "Reinhold Binder"]
    assert ("Negotiation", sides, "happened", "2025-02-11") in found
    assert ("Negotiation", sides, "planned", "2025-03-03") in found
    assert ("Agreement", ["Fachverband Austropapier", "PRO-GE"], "hypothetical", "2025-03") in found


def test_round16_without_a_team_noun_the_people_named_are_not_added():
    # (the same people, but the sentence says nothing of them leading the talks)
    found = events("Wien (APA) - Die Gewerkschaft PRO-GE und der Fachverband Austropapier haben am Dienstag über den "
                   "Kollektivvertrag der Papierindustrie verhandelt. Reinhold Binder (PRO-GE) und Kurt Maier "
                   "(Austropapier) äußerten sich danach zufrieden.")
    assert ("Negotiation", ["Fachverband Austropapier", "PRO-GE"], "happened", "2025-02-11") in found


def test_round16_a_reported_event_takes_no_date_of_a_plan():
    # the day set for the summit lies after publication: the side meeting did not take place then
    found = events("Brüssel (APA) - Der NATO-Gipfel soll am 9. Juli in Vilnius stattfinden. Am Rande der Beratungen "
                   "trafen einander Kanzler Friedrich Merz und Premier Donald Tusk.")
    assert ("Meeting", ["NATO"], "planned", "2025-07-09") in found
    assert ("Meeting", ["Donald Tusk", "Friedrich Merz"], "happened", None) in found


def test_round16_a_participle_after_an_apposition_closes_the_clause_and_the_state_of_a_title_is_no_party():
    # "bin" inside the name is no verb; "telefoniert" closes "hat"; "von Katar" qualifies the title
    found = events("Berlin (APA) - Kanzler Friedrich Merz hat am Samstag mit dem Emir von Katar, Scheich Tamim bin "
                   "Hamad Al Thani, telefoniert.")
    assert ("Call", ["Friedrich Merz", "Tamim bin Hamad Al Thani"], "happened", "2025-02-08") in found


def test_round16_reaching_for_the_phone_makes_talking_a_call():
    found = events("Wien (APA) - Ministerin Eva Gruber traf am Dienstag Premier Jan Novak. Am Abend griff die "
                   "Ministerin zum Telefon und sprach mit Kanzler Stefan Berger.")
    assert ("Call", ["Eva Gruber", "Stefan Berger"], "happened", "2025-02-11") in found
    assert not any(t == "Meeting" and "Stefan Berger" in p for t, p, *_ in found)


def test_round16_an_invitation_to_a_place_is_a_planned_visit_of_the_guest():
    # the subject after the verb ("lud Novak die Ministerin") is the one who invites
    found = events("Wien (APA) - Ministerin Eva Gruber traf am Dienstag Premier Jan Novak. Zum Abschied lud Novak "
                   "die Ministerin nach Prag ein.")
    assert ("Invitation", ["Eva Gruber", "Jan Novak"], "happened", "2025-02-11") in found
    assert ("Visit", ["Eva Gruber"], "planned", None) in found


def test_round16_no_trip_for_a_refused_invitation_or_one_to_a_venue():
    assert not any(t == "Visit" for t, *_ in events("Wien (APA) - Novak lud Gruber nicht nach Prag ein."))
    found = events("Innsbruck (APA) - Landeshauptmann Anton Berger hat die Bürgermeister Karl Moser und Lisa Huber "
                   "für 2. Juni ins Landhaus nach Innsbruck eingeladen.")
    assert not any(t == "Visit" for t, *_ in found)


def test_round16_the_host_of_a_signing_without_a_reported_visit():
    # no visit is reported: "seinen Gastgeber" is the other one of the pair who met
    found = events("Bregenz (APA) - Landeshauptmann Hans Wallner empfing am Freitag Regierungspräsident Beat Keller in "
                   "Bregenz. Zum Abschluss lud Keller seinen Gastgeber zu einem Gegenbesuch nach St. Gallen ein.")
    assert ("Invitation", ["Beat Keller", "Hans Wallner"], "happened", "2025-02-07") in found
    assert ("Visit", ["Hans Wallner"], "planned", None) in found


def test_round16_conferring_with_a_named_person_is_a_meeting_and_the_visits_purpose_is_no_meeting_of_its_own():
    found = events("Wien (APA) - Die spanische Regierungschefin Ana Ruiz ist am Donnerstag zu politischen Gesprächen nach "
                   "Wien gekommen. Mit Bundeskanzler Christian Stocker (ÖVP) beriet die Chefin der Sozialisten am "
                   "Vormittag zwei Stunden im Kanzleramt.")
    assert ("Visit", ["Ana Ruiz"], "happened", "2025-02-06") in found
    assert ("Meeting", ["Ana Ruiz", "Christian Stocker"], "happened", "2025-02-06") in found
    assert ("Meeting", ["Ana Ruiz"], "happened", "2025-02-06") not in found


def test_round16_coming_is_a_trip_only_to_a_place_after_nach():
    assert ("Visit", ["Lena Frey"], "planned", "2025-07") in events(
        "Wien (APA) - Konzernchefin Lena Frey will Ende Juli nach Linz kommen, um die Belegschaft zu treffen.")
    assert not any(t == "Visit" for t, *_ in events(
        "Wien (APA) - Kandidat Lukas Brenner soll bei Puls 4 auch im neuen Format zum Zug kommen."))


def test_round16_him_is_the_man_named_before_when_the_subject_is_named_again():
    found = events("Graz (APA) - Klinikchef Bernhard Kainz wandte sich an Landesrat Karlheinz Kornhäusl. Kainz hatte "
                   "ihn bereits am Montag angerufen.")
    assert ("Call", ["Bernhard Kainz", "Karlheinz Kornhäusl"], "happened", "2025-02-10") in found


def test_round16_it_did_not_come_to_a_meeting():
    found = events("Wien (APA) - Die spanische Regierungschefin Ana Ruiz ist am Donnerstag zu einem Arbeitsbesuch in "
                   "Wien eingetroffen. Zu einem Treffen mit Vizekanzler Andreas Babler kam es dagegen nicht.")
    assert ("Meeting", ["Ana Ruiz", "Andreas Babler"], "negated", "2025-02-06") in found


def test_round16_the_negation_after_aber_is_not_the_talks():
    found = events("Linz (APA) - Die Gewerkschaft PRO-GE und der Fachverband Austropapier haben am Dienstag über den "
                   "Kollektivvertrag verhandelt, sich aber nicht geeinigt.")
    assert ("Negotiation", ["Fachverband Austropapier", "PRO-GE"], "happened", "2025-02-11") in found
    assert ("Agreement", ["Fachverband Austropapier", "PRO-GE"], "negated", "2025-02-11") in found


def test_round16_the_two_are_the_pair_the_sentence_before_joined():
    found = events("Linz (APA) - Der Baukonzern Strabag und die Stadt Linz streiten um die Kosten einer Brücke. Die "
                   "beiden hatten bereits im vergangenen Herbst verhandelt.")
    assert ("Negotiation", ["Linz", "Strabag"], "happened", "2024") in found


def test_round16_what_failed_at_another_time_is_an_event_of_its_own():
    found = events("Linz (APA) - Der Baukonzern Strabag und der Energieversorger Linz AG streiten um ein Kraftwerk. "
                   "Die beiden Unternehmen schlossen am Mittwoch einen Vergleich. Die beiden Unternehmen hatten bereits "
                   "im vergangenen Herbst verhandelt, eine Einigung kam damals aber nicht zustande.")
    assert ("Agreement", ["Linz AG", "Strabag"], "happened", "2025-02-12") in found
    assert ("Agreement", ["Linz AG", "Strabag"], "negated", "2024") in found


def test_round16_talks_held_by_people_of_two_companies_are_the_companies_negotiation():
    found = events("Graz (APA) - Die Krankenanstaltengesellschaft KAGes und der Klinikbetreiber Sanvita verhandeln über "
                   "eine Kooperation. Geführt werden die Gespräche von KAGes-Vorständin Martina Pölzl und "
                   "Sanvita-Geschäftsführer Bernhard Kainz.")
    assert [e for e in found if e[0] in ("Negotiation", "Meeting")] == [
        ("Negotiation", ["Bernhard Kainz", "KAGes", "Martina Pölzl", "Sanvita"], "happened", None)]


def test_round16_who_called_and_the_answer_to_an_invitation_are_no_events_of_their_own():
    found = events("Wien (APA) - Kanzler Christian Stocker hat am Montag mit Premier Jan Novak telefoniert. Nach Angaben "
                   "des Regierungsamts in Prag ging der Anruf vom österreichischen Kanzler aus.")
    assert [e for e in found if e[0] == "Call"] == [("Call", ["Christian Stocker", "Jan Novak"], "happened", "2025-02-10")]
    found = events("Wien (APA) - Premier Jan Novak hat Kanzler Christian Stocker am Montag nach Prag eingeladen. Stocker "
                   "wolle der Einladung im Oktober folgen, bestätigte sein Sprecher.")
    assert [e for e in found if e[0] == "Invitation"] == [
        ("Invitation", ["Christian Stocker", "Jan Novak"], "happened", "2025-02-10")]


def test_round16_a_dash_keeps_a_headline_report_from_the_plan_before_it():
    found = events("Brasília (APA) - Die beiden Präsidenten haben am Samstag miteinander gesprochen.",
                   title="Brasilien und Mexiko wollen über Freihandel verhandeln – Lula telefoniert mit Kanzler Olaf Berg")
    assert ("Negotiation", ["Brasilien", "Mexiko"], "planned", None) in found
    assert any(t == "Call" and s == "happened" for t, p, s, d in found)


def test_round16_a_regnal_number_keeps_its_period_and_an_origin_is_no_party():
    from kg.api import extract_text

    result = extract_text(HEADER + "Titel\n\nRom (APA) - Zuletzt hatte Benedikt XVI. im September 2007 Österreich besucht.")
    assert [a.label for a in result.actors if a.type == "Person"] == ["Benedikt XVI."]
    found = events("Madrid (APA) - König Felipe VI. empfing am Montag Premier Pedro Sánchez.")
    assert ("Meeting", ["Felipe VI.", "Pedro Sánchez"], "happened", "2025-02-10") in found
    assert events("Rom (APA) - Der aus den USA stammende Papst hat seit seiner Wahl zahlreiche Einladungen erhalten.") == []
