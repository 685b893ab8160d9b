"""Rules of round 21, each checked with sentences of our own in the register of online newspaper articles (a teaser,
then the body after a dateline "Wien – "): events mentioned in passing, in relative clauses, offers and proposals,
open questions, counted groups and the towns that "die Stadt" stands for."""

from __future__ import annotations

from tests.extract.scored import canonical, expected_events, scored_events


def events(text: str) -> list[tuple]:
    return sorted(scored_events(text), key=canonical)


def test_round21_a_short_form_in_brackets_is_a_partner_like_its_full_name():
    # "(FIS)" after the partner's full name is no second, unmarked name that a reporting verb could make a source
    found = events("Der Konzern baut sein Angebot aus. Wien – Diese Woche kündigte die Telekom Austria eine Partnerschaft "
                   "mit der Internationalen Ski-Föderation (FIS) an.")
    assert found == expected_events([("Agreement", {"Telekom Austria", "FIS"}, "happened")])


def test_round21_a_guest_in_a_place_on_an_invitation_visited_it():
    found = events("Italiens Staatschef zu Gast. Wien – Auf Einladung von Bundespräsident Heinz Fischer war der "
                   "italienische Präsident Sergio Mattarella am Dienstag in Wien.")
    assert found == expected_events([("Invitation", {"Heinz Fischer", "Sergio Mattarella"}, "happened"),
                                     ("Visit", {"Sergio Mattarella"}, "happened")])


def test_round21_a_trip_on_an_invitation_is_one_visit():
    # the clause reports the trip itself: no second, planned visit from the invitation
    found = events("Italiens Staatschef zu Gast. Wien – Auf Einladung von Bundespräsident Heinz Fischer reiste der "
                   "italienische Präsident Sergio Mattarella am Dienstag nach Wien.")
    assert found == expected_events([("Invitation", {"Heinz Fischer", "Sergio Mattarella"}, "happened"),
                                     ("Visit", {"Sergio Mattarella"}, "happened")])


def test_round21_the_parties_of_an_agreement_talks_are_about_are_the_parties_of_the_talks():
    found = events("Der Handel wartet. Brüssel – Die Gespräche über ein Abkommen zwischen der EU und Kanada wurden am "
                   "Montag in Ottawa fortgesetzt.")
    assert found == expected_events([("Negotiation", {"Europäische Union", "Kanada"}, "happened")])


def test_round21_a_route_between_two_towns_is_still_only_what_talks_are_about():
    # guard: "zwischen" after a noun that is no event names no parties
    found = events("Die Bahn plant. Graz – Die Gespräche über die Bahnstrecke zwischen Graz und Maribor wurden am Montag "
                   "fortgesetzt.")
    assert found == expected_events([])


def test_round21_the_names_after_a_plural_title_with_its_parties_are_the_title_holders():
    # "die Klubobleute von SPÖ und ÖVP, A und B": the parties qualify the title, both people act
    found = events("Der Zeitplan steht. Wien – Am Donnerstag hatten sich die Klubobleute von SPÖ und ÖVP, Andreas "
                   "Schieder und Reinhold Lopatka, auf einen Fahrplan für die Reform verständigt.")
    assert found == expected_events([("Agreement", {"Andreas Schieder", "Reinhold Lopatka"}, "happened")])


def test_round21_a_place_after_a_noun_in_a_prepositional_phrase_is_where_people_met():
    # "am Grenzübergang Spielfeld": the place of the meeting, not a party of it
    found = events("Die Ministerinnen beraten. Spielfeld – Johanna Mikl-Leitner ist am Montag mit Vesna Györkös am "
                   "Grenzübergang Spielfeld zusammengekommen.")
    assert found == expected_events([("Meeting", {"Johanna Mikl-Leitner", "Vesna Györkös"}, "happened")])


def test_round21_a_report_called_nonsense_is_denied():
    found = events("Der Teamchef bleibt. Wien – Berichte, wonach Teamchef Marcel Koller mit dem Hamburger SV verhandelt "
                   "habe, bezeichnete ein Sprecher des Verbands am Montag als Unsinn.")
    assert found == expected_events([("Negotiation", {"Marcel Koller", "Hamburger SV"}, "negated")])


def test_round21_a_turned_down_proposal_to_meet_is_negated():
    found = events("Kiew bleibt hart. Kiew – Den Vorschlag von Kremlchef Wladimir Putin, sich mit Petro Poroschenko in "
                   "Minsk zu treffen, hat die ukrainische Regierung zurückgewiesen.")
    assert found == expected_events([("Meeting", {"Wladimir Putin", "Petro Poroschenko"}, "negated")])


def test_round21_who_offered_a_deal_is_its_party():
    # the name after "Angebot" is the one who would have concluded the contract
    found = events("Die Gemeinde wechselt den Versorger. Mödling – Das Angebot der EVN, den Liefervertrag mit der "
                   "Gemeinde Mödling zu verlängern, hat der Gemeinderat am Montag abgelehnt.")
    assert found == expected_events([("Agreement", {"EVN", "Mödling"}, "negated")])


def test_round21_an_invitation_whose_acceptance_is_open_invites_to_a_hypothetical_visit():
    found = events("Neue Einladung an Athen. Brüssel – Kommissionspräsident Jean-Claude Juncker habe Premier Alexis Tsipras "
                   "für Montag nach Brüssel eingeladen, ob der Premier komme, ließ die Regierung in Athen offen.")
    assert found == expected_events([("Invitation", {"Jean-Claude Juncker", "Alexis Tsipras"}, "happened"),
                                     ("Visit", {"Alexis Tsipras"}, "hypothetical")])


def test_round21_an_open_question_in_the_next_sentence_makes_the_visit_hypothetical():
    found = events("Einladung nach Wien. Wien – Innenministerin Johanna Mikl-Leitner lud den ungarischen Innenminister "
                   "Sándor Pintér zu einem Besuch nach Wien ein. Ob er kommt, ist noch offen.")
    assert found == expected_events([("Invitation", {"Johanna Mikl-Leitner", "Sándor Pintér"}, "happened"),
                                     ("Visit", {"Sándor Pintér"}, "hypothetical")])


def test_round21_an_open_question_about_something_else_leaves_the_visit_planned():
    # guard: the question must be about accepting (a verb of coming)
    found = events("Einladung nach Wien. Wien – Innenministerin Johanna Mikl-Leitner lud den ungarischen Innenminister "
                   "Sándor Pintér zu einem Besuch nach Wien ein. Ob dabei über Quoten gesprochen wird, ist noch offen.")
    assert found == expected_events([("Invitation", {"Johanna Mikl-Leitner", "Sándor Pintér"}, "happened"),
                                     ("Visit", {"Sándor Pintér"}, "planned")])


def test_round21_the_partner_in_a_relative_clause_on_talks_took_part():
    found = events("Der Verkauf stockt. Linz – Die Verkaufsgespräche, die der Unternehmer Georg Pfeiffer im Sommer mit "
                   "Rewe geführt hatte, blieben ohne Ergebnis.")
    assert found == expected_events([("Negotiation", {"Georg Pfeiffer", "Rewe"}, "happened")])


def test_round21_meeting_in_an_assessment_is_agreeing_in_opinion():
    found = events("Die Lage bleibt angespannt. Wien – Innenministerin Johanna Mikl-Leitner telefonierte am Montag mit "
                   "Thomas de Maizière. Die beiden Minister trafen sich in der Einschätzung, dass ohne die Türkei keine "
                   "Entspannung möglich sei.")
    assert found == expected_events([("Call", {"Johanna Mikl-Leitner", "Thomas de Maizière"}, "happened")])


def test_round21_the_two_women_ministers_are_the_women_named_before():
    # "die beiden Ministerinnen" are not the two men of the call reported last
    found = events("Treffen an der Grenze. Spielfeld – Innenministerin Johanna Mikl-Leitner sprach am Montag mit ihrer "
                   "slowenischen Amtskollegin Vesna Győrkös Žnidar. Sloweniens Premier Miro Cerar hatte zuvor mit "
                   "Kanzler Werner Faymann telefoniert. Am Abend unterzeichneten die beiden Ministerinnen eine Erklärung.")
    assert ("Agreement", frozenset({"Johanna Mikl-Leitner", "Vesna Győrkös Žnidar"}), "happened") in [
        (t, frozenset(p), s) for t, p, s in [(e[0], e[1], e[2]) for e in found]]
    assert not any(e[0] == "Agreement" and "Werner Faymann" in e[1] for e in found)


def test_round21_the_three_alone_are_the_three_people_named_last():
    found = events("Keine Einigung mit Athen. Brüssel – Premier Alexis Tsipras hatte am Montag mit Kanzlerin Angela "
                   "Merkel und Präsident François Hollande telefoniert. Ein neues Treffen der drei wurde in Berlin nicht "
                   "ausgeschlossen.")
    assert expected_events([("Meeting", {"Alexis Tsipras", "Angela Merkel", "François Hollande"}, "hypothetical")])[0] in found


def test_round21_two_of_the_three_are_not_all_three():
    # guard: "Zwei der drei" names no group of three
    found = events("Keine Einigung mit Athen. Brüssel – Premier Alexis Tsipras, Kanzlerin Angela Merkel und Präsident "
                   "François Hollande telefonierten am Montag. Zwei der drei wollen sich am Mittwoch treffen.")
    assert not any(e[0] == "Meeting" for e in found)


def test_round21_the_town_is_not_the_land_named_in_its_genitive():
    # "die größte Stadt Niederösterreichs" introduces no town: "die Stadt" after it is St. Pölten
    found = events("St. Pölten spart beim Strom. St. Pölten – Die Stadtgemeinde St. Pölten ist die größte Stadt "
                   "Niederösterreichs. Nun will die Stadt mit der Nachbarstadt Krems über einen gemeinsamen "
                   "Stromeinkauf verhandeln.")
    assert found == expected_events([("Negotiation", {"St. Pölten", "Krems"}, "planned")])


def test_round21_the_parties_of_a_relative_clause_on_a_contract_concluded_it():
    # ", den X und Y 2013 geschlossen hatten": the relative clause's subjects and its status; the main clause's "nicht"
    # is about something else
    found = events("Neuer Gasversorger für Mödling. Mödling – Auch den Rahmenvertrag über die Straßenbeleuchtung, den "
                   "Mödling und die EVN im Jahr 2013 geschlossen hatten, berührt der Wechsel nicht.")
    assert found == expected_events([("Agreement", {"Mödling", "EVN"}, "happened")])


def test_round21_a_plan_in_the_relative_clause_on_an_agreement_plans_it():
    # guard: the relative clause that now tells the status keeps its own cues
    found = events("Kritik aus Teheran. Wien – Das Abkommen, das Außenminister Sebastian Kurz und sein iranischer "
                   "Amtskollege Mohammed Javad Zarif unterzeichnen wollen, sorgt für Kritik.")
    assert found == expected_events([("Agreement", {"Sebastian Kurz", "Mohammed Javad Zarif"}, "planned")])


def test_round21_the_one_a_relative_clause_calls_is_a_party_of_the_call():
    # ", den X telefonisch informiert hatte": the name before the relative pronoun took the call
    found = events("Die Zeitung hat einen neuen Eigentümer. Gmunden – Bürgermeister Stefan Krapf (ÖVP), den Verleger "
                   "Gerhard Pesendorfer vorab telefonisch informiert hatte, zeigte sich erleichtert.")
    assert found == expected_events([("Call", {"Stefan Krapf", "Gerhard Pesendorfer"}, "happened")])


def test_round21_the_bavarian_state_bank_and_the_burgtheater_are_organisations():
    # gazetteer entries: "BayernLB", "Bayerische Landesbank", "Burgtheater"
    found = events("Der Minister war in London. Wien – Einen Bericht, wonach Finanzminister Hans Jörg Schelling auch "
                   "Vertreter der BayernLB getroffen habe, wies sein Sprecher am Freitag zurück. Mit dem Burgtheater "
                   "schloss das Volkstheater eine Vereinbarung über den Austausch von Bühnenbildern.")
    assert found == expected_events([("Meeting", {"Hans Jörg Schelling", "BayernLB"}, "negated"),
                                     ("Agreement", {"Burgtheater", "Volkstheater"}, "happened")])


def test_round21_a_bare_title_after_a_fused_article_is_the_office_holder():
    # "vom Minister" after "Finanzminister X" is X, as "von dem Minister" is
    found = events("Gespräche in London. Wien – Finanzminister Hans Jörg Schelling verhandelte am Donnerstag in London mit "
                   "Gläubigern. Kärntens Landeshauptmann Peter Kaiser wurde noch am Abend vom Minister telefonisch über "
                   "den Verlauf unterrichtet.")
    assert ("Call", frozenset({"Hans Jörg Schelling", "Peter Kaiser"}), "happened") in found


def test_round21_a_clause_goes_on_after_a_relative_clause_that_interrupts_it():
    # ", die den Fonds verwaltet," stands between the invited and what they are invited to
    found = events("Krisengespräch im Ministerium. Wien – Sozialminister Rudolf Hundstorfer hatte am Freitag Vertreter "
                   "der Gewerkschaft vida und der IEF-Service GmbH, die den Insolvenzfonds verwaltet, zu einem "
                   "Krisengespräch ins Ministerium geladen.")
    assert ("Invitation", frozenset({"Rudolf Hundstorfer", "vida", "IEF-Service GmbH"}), "happened") in found


def test_round21_a_relative_clause_after_a_relative_clause_is_not_the_main_clause():
    # guard: a second relative clause (tagged without a finite verb) does not join the first to the main clause
    found = events("Neue Vorwürfe. Sofia – Ein Portal berichtete von Vereinbarungen, die der Unternehmer Ivan Petrow, Chef "
                   "der Firma Litex, mit Kunden des Instituts traf, die bei dem Institut viel Geld angelegt haben.")
    assert any(t == "Agreement" and "Ivan Petrow" in p and s == "happened" for t, p, s in found)


def test_round21_where_a_relative_adverb_points_is_the_destination():
    # "in Zürich, wohin X und Y gereist waren": the clause has its destination, so the trip is a visit
    found = events("Der Teamchef bleibt. Wien – Unterschrieben wurde der neue Vertrag am Sonntag in Zürich, wohin "
                   "ÖFB-Präsident Leo Windtner und Sportdirektor Willibald Ruttensteiner eigens gereist waren.")
    assert found == expected_events([("Visit", {"Leo Windtner", "Willibald Ruttensteiner"}, "happened")])


def test_round21_an_agreement_set_at_the_meeting_before_is_the_meeting_parties():
    # "Dabei wurde vereinbart": agreed at the meeting the sentence before reports
    found = events("Hilfe für die Beschäftigten. Wien – Sozialminister Rudolf Hundstorfer traf am Freitag Vertreter der "
                   "Gewerkschaft vida. Dabei wurde vereinbart, dass die Gehälter noch vor Weihnachten überwiesen werden.")
    assert found == expected_events([("Meeting", {"Rudolf Hundstorfer", "vida"}, "happened"),
                                     ("Agreement", {"Rudolf Hundstorfer", "vida"}, "happened")])


def test_round21_the_two_countries_far_into_the_story_are_those_of_its_first_sentence():
    found = events("Tschechien und Österreich wollen beim Atomstrom reden. Prag – Die Lage ist angespannt. Das Kraftwerk "
                   "soll ausgebaut werden. Die Pläne sind umstritten. Umweltschützer protestieren. Die Regierung in Prag "
                   "hält daran fest. In Oberösterreich wächst der Unmut. Über ein Abkommen zum Informationsaustausch "
                   "verhandeln die beiden Länder bereits seit Oktober.")
    assert ("Negotiation", frozenset({"Tschechien", "Österreich"}), "happened") in found


def test_round21_a_bare_administrator_title_is_the_administrator_named_before():
    # roles.tsv: "Masseverwalter" is an office, so "den Masseverwalter" is the one introduced with it
    found = events("Die Handelskette ist insolvent. Wien – Masseverwalter Andreas Haslinger sucht Käufer für die Filialen. "
                   "Spar-Vorstandschef Gerhard Drexel habe den Masseverwalter unmittelbar nach der Eröffnung des "
                   "Verfahrens angerufen, hieß es am Montag.")
    assert found == expected_events([("Call", {"Gerhard Drexel", "Andreas Haslinger"}, "happened")])


def test_round21_the_two_ensembles_are_the_two_theatres_named_before():
    found = events("Theater über die Grenze. Maribor – Das Schauspielhaus Graz und das Slowenische Nationaltheater Maribor "
                   "unterzeichneten am Mittwoch einen Vertrag über eine Koproduktion. Danach empfing Bürgermeister Andrej "
                   "Fištravec die beiden Ensembles im Rathaus.")
    meeting = [e for e in found if e[0] == "Meeting"]
    assert len(meeting) == 1 and {"Schauspielhaus Graz", "Andrej Fištravec"} <= meeting[0][1] and len(meeting[0][1]) == 3


def test_round21_the_newspaper_printer_mediaprint_is_an_organisation():
    found = events("Die Zeitung bleibt eigenständig. Gmunden – Schon im Frühjahr hatte der Verleger Gerhard Pesendorfer ein "
                   "Angebot der Mediaprint ausgeschlagen.")
    assert found == expected_events([("Agreement", {"Gerhard Pesendorfer", "Mediaprint"}, "negated")])


def test_round21_talks_in_the_passive_continue_the_deal_reported_before():
    found = events("Der Teamchef bleibt. Wien – Teamchef Marcel Koller und der ÖFB einigten sich am Montag auf eine "
                   "Verlängerung bis 2017. Über eine weitere Verlängerung soll nach der EM verhandelt werden.")
    assert found == expected_events([("Agreement", {"Marcel Koller", "ÖFB"}, "happened"),
                                     ("Negotiation", {"Marcel Koller", "ÖFB"}, "planned")])


def test_round21_a_participle_after_a_relative_clause_ends_the_main_clause():
    # ", der ihn … wollte, ausgeschlagen": the offer was turned down
    found = events("Der Teamchef bleibt. Wien – Schon vor zwei Jahren hatte Teamchef Marcel Koller ein Angebot des Deutschen "
                   "Fußball-Bunds, der ihn als Nachfolger von Joachim Löw wollte, ausgeschlagen.")
    assert [(t, s) for t, p, s in found] == [("Agreement", "negated")]


def test_round21_an_invitation_with_its_content_in_front_invites_to_it():
    # "Zu einem Gegenbesuch in Wien lud X Y ein": a place in the front field leaves X the inverted subject
    found = events("Der Dialog geht weiter. Moskau – Zu einem Gegenbesuch in Wien lud Außenminister Sebastian Kurz seinen "
                   "Amtskollegen Sergej Lawrow am Dienstag ein.")
    assert ("Invitation", frozenset({"Sebastian Kurz", "Sergej Lawrow"}), "happened") in found
    assert ("Visit", frozenset({"Sergej Lawrow"}), "planned") in found


def test_round21_coalition_talks_in_the_dative_are_talks():
    # "zu Koalitionsgesprächen": the compound's dative plural is a negotiation noun too
    found = events("Wien wählt im Herbst. Wien – Bürgermeister Michael Häupl hatte Maria Vassilakou bereits im Sommer zu "
                   "Koalitionsgesprächen ins Rathaus gebeten.")
    assert found == expected_events([("Invitation", {"Michael Häupl", "Maria Vassilakou"}, "happened"),
                                     ("Negotiation", {"Michael Häupl", "Maria Vassilakou"}, "planned")])


def test_round21_an_agreement_after_talks_with_a_partner_is_theirs():
    found = events("Der Landtag wartet. Salzburg – Nach wochenlangen Sondierungsgesprächen mit den Grünen einigte sich "
                   "die ÖVP am Montag auf eine Koalition.")
    assert ("Agreement", frozenset({"ÖVP", "Grüne"}), "happened") in found


def test_round21_the_ministers_of_both_countries_in_a_teaser_are_named_in_the_body():
    # "Die Innenministerinnen beider Länder" (as many office holders as states), named in the sentence after the teaser
    found = events("Die Innenministerinnen beider Länder verständigten sich bei einem Treffen auf feste Übergabezeiten. "
                   "Spielfeld – Rund zwei Stunden dauerte das Gespräch zwischen Johanna Mikl-Leitner und ihrer slowenischen "
                   "Amtskollegin Vesna Györkös am Montag.")
    assert ("Agreement", frozenset({"Johanna Mikl-Leitner", "Vesna Györkös"}), "happened") in found


def test_round21_according_to_both_sides_names_no_group():
    # guard: "nach Angaben beider Seiten" is a source, not the two sides taking part
    found = events("Waffenruhe für Kraftwerke. Kiew – Präsident Wolodymyr Selenskyj stimmte nach Angaben beider Seiten einer "
                   "Feuerpause zu, nachdem er mit Präsident Donald Trump telefoniert hatte.")
    assert not any(t == "Agreement" and "Donald Trump" in p for t, p, s in found)
