"""Frames and references of round 13, each found on the wire set and checked with sentences of our own:
the whole list of scored events of each text."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement called possible after a failed one is another event, of the same parties
        ("Die Stadt Wels und der Logistikkonzern Danubia Freight haben sich erneut nicht einigen können. Eine Einigung "
         "bis zum Herbst sei aber realistisch, sagte der Bürgermeister.",
         [("Agreement", {"Wels", "Danubia Freight"}, "negated"), ("Agreement", {"Wels", "Danubia Freight"}, "hypothetical")]),
        # … while a later report of the failure itself stays one event
        ("Die Stadt Wels und der Logistikkonzern Danubia Freight haben sich erneut nicht einigen können. Eine Einigung "
         "kam auch in der vierten Runde nicht zustande.",
         [("Agreement", {"Wels", "Danubia Freight"}, "negated")]),
    ],
)
def test_round13_events(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's own attribute plans it, whatever the clause's tense, after "vor"
        ("Zwei Tage vor dem geplanten Gipfel von Kanzler Christian Stocker und Präsident Emmanuel Macron haben die "
         "Außenminister beraten.",
         [("Meeting", {"Christian Stocker", "Emmanuel Macron"}, "planned")]),
        ("Der bevorstehende Besuch von Präsident Emmanuel Macron in Wien sorgt für Kritik.",
         [("Visit", {"Emmanuel Macron"}, "planned")]),
        # … but a past clause of the noun itself, or of the setting it names, says the plan came true
        ("Das geplante Treffen von Christian Stocker und Emmanuel Macron fand in Paris statt.",
         [("Meeting", {"Christian Stocker", "Emmanuel Macron"}, "happened")]),
        ("Bei der geplanten Reise nach Peking wurde Außenministerin Beate Meinl-Reisinger aufgehalten.",
         [("Visit", {"Beate Meinl-Reisinger"}, "happened")]),
        # an attribute of another noun is no cue of the clause's event
        ("Vor dem bevorstehenden Gipfel telefonierten Kanzler Christian Stocker und Präsident Emmanuel Macron.",
         [("Call", {"Christian Stocker", "Emmanuel Macron"}, "happened")]),
    ],
)
def test_round13_planned_attributes(text, expected):
    assert sorted_events(text) == expected_events(expected)


HEADER = "apa.at\nnews/APA/Mittwoch, 13.08.25, 18:20:00\n\nTitel\n\n"


def dated(text: str) -> list[tuple[str, str | None]]:
    from kg.api import extract_text

    return sorted((e.type, e.date) for e in extract_text(HEADER + text).events if e.type != "Statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a distance before "vor"/"nach" shifts the clause's day (Wednesday 13 August, reported: today)
        ("Zwei Tage vor dem geplanten Gipfel von Donald Trump und Wladimir Putin haben die Europäer am Mittwoch "
         "beraten.", [("Meeting", "2025-08-15")]),
        ("Eine Woche nach dem Treffen von Christian Stocker und Emmanuel Macron ist Stocker am Mittwoch nach Rom "
         "gereist.", [("Meeting", "2025-08-06"), ("Visit", "2025-08-13")]),
        # … without one, the event has no date of the clause's
        ("Vor dem Treffen von Christian Stocker und Emmanuel Macron ist Stocker am Montag nach Rom gereist.",
         [("Meeting", None), ("Visit", "2025-08-11")]),
        # … but keeps one of its own phrase
        ("Nach dem Telefonat von Christian Stocker und Emmanuel Macron am Montag ist Stocker am Dienstag nach Rom "
         "gereist.", [("Call", "2025-08-11"), ("Visit", "2025-08-12")]),
    ],
)
def test_round13_dates_relative_to_the_clause(text, expected):
    assert dated(text) == expected


def actors(text: str) -> list[tuple[str, str]]:
    from kg.api import extract_text

    return sorted((a.label, a.type) for a in extract_text(text).actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun before a proper name is part of a company's name when an article or a company noun opens it
        ("Der Kärntner Energieversorger Drauwerk Villach AG hat geklagt.", [("Drauwerk Villach AG", "Organization")]),
        ("Die Drauwerk Villach AG hat geklagt.", [("Drauwerk Villach AG", "Organization")]),
        # … and a compound with -unternehmen is a company noun, not part of the name
        ("Das Grazer Bauunternehmen Hochbau Leoben GmbH hat geklagt.", [("Hochbau Leoben GmbH", "Organization")]),
        # a court named after its town is an organisation, in the genitive too ("des Landesgerichts Klagenfurt")
        ("Eine Sprecherin des Landesgerichts Klagenfurt bestätigte das Urteil. Das Landesgericht Klagenfurt hatte "
         "zwei Tage verhandelt.", [("Landesgericht Klagenfurt", "Organization")]),
    ],
)
def test_round13_company_and_court_names(text, expected):
    assert actors(text) == expected


def test_a_court_is_the_venue_of_a_settlement_not_a_party():
    assert sorted_events("Die Drautal Wasserkraft AG und die Murtal Hochbau GmbH schlossen vor dem Landesgericht "
                         "Klagenfurt einen Vergleich.") == expected_events(
        [("Agreement", {"Drautal Wasserkraft AG", "Murtal Hochbau GmbH"}, "happened")])


def test_a_counted_group_as_subject_keeps_the_court_out():
    text = ("Die Drauwerk Villach AG und die Hochbau Leoben GmbH haben ihren Streit beigelegt. Die beiden Unternehmen "
            "schlossen am Mittwoch vor dem Landesgericht Klagenfurt einen Vergleich, wie eine Gerichtssprecherin bestätigte.")
    assert sorted_events(text) == expected_events([("Agreement", {"Drauwerk Villach AG", "Hochbau Leoben GmbH"}, "happened")])


def test_a_truncated_compound_title_keeps_the_state_out_of_the_call():
    # "Chinas Staats- und Parteichef": China is the leader's state, not a third party of the call
    assert sorted_events("Chinas Staats- und Parteichef Xi Jinping und US-Präsident Donald Trump haben am Montag "
                         "miteinander telefoniert.") == expected_events([("Call", {"Xi Jinping", "Donald Trump"}, "happened")])


def test_a_date_after_a_dash_belongs_to_the_report_after_it():
    # a headline joins two reports with a dash: the call is dated by the body (Monday), not by April's trip
    text = ("Xi und Trump telefonieren – Trump will im April nach Peking reisen\n\n"
            "Chinas Präsident Xi Jinping und US-Präsident Donald Trump haben am Montag miteinander telefoniert.")
    assert dated(text) == [("Call", "2025-08-11"), ("Visit", "2026-04")]


def test_a_datelines_date_before_the_dash_still_dates_the_event():
    from kg.api import extract_text

    text = ("Graz, 3. März 2025 (kg) - Die Wirtschaftsministerin Katherina Reiche hat am Montag mit dem norwegischen "
            "Energieminister Terje Aasland telefoniert.")
    assert [(e.type, e.date) for e in extract_text(text).events if e.type == "Call"] == [("Call", "2025-03-03")]


def article(*paragraphs: str) -> str:
    return HEADER + "\n\n".join(paragraphs)


def test_the_host_receives_his_counterpart_the_visitor():
    text = article("Der finnische Präsident Alexander Stubb ist am Dienstag zu einem Staatsbesuch in Wien eingetroffen. "
                   "Bundespräsident Alexander Van der Bellen empfing seinen Amtskollegen in der Hofburg.")
    assert sorted_events(text) == expected_events([("Visit", {"Alexander Stubb"}, "happened"),
                                                   ("Meeting", {"Alexander Stubb", "Alexander Van der Bellen"}, "happened")])


def test_a_meeting_at_the_destination_has_the_traveller():
    text = article("Außenministerin Beate Meinl-Reisinger ist am Montag nach Sarajevo gereist.",
                   "Am Dienstag reist Meinl-Reisinger nach Belgrad weiter, wo ein Treffen mit Präsident Aleksandar Vučić "
                   "geplant ist.")
    assert sorted_events(text) == expected_events([
        ("Visit", {"Beate Meinl-Reisinger"}, "happened"), ("Visit", {"Beate Meinl-Reisinger"}, "planned"),
        ("Meeting", {"Beate Meinl-Reisinger", "Aleksandar Vučić"}, "planned")])


def test_a_counterpart_holds_the_same_office_so_the_two_presidents_are_the_pair():
    # Putin is named only as Trump's Russian counterpart; "der beiden Präsidenten" are the two, not Trump and Selenskyj
    text = article("US-Präsident Donald Trump hat ein Treffen mit seinem russischen Amtskollegen Wladimir Putin angekündigt.",
                   "Der ukrainische Präsident Wolodymyr Selenskyj verlangte ein Mitspracherecht. Ein Dreiertreffen von "
                   "Trump, Putin und Selenskyj sei nicht ausgeschlossen. Zunächst sei aber nur eine Begegnung der beiden "
                   "Präsidenten geplant.")
    assert sorted_events(text) == expected_events([
        ("Meeting", {"Donald Trump", "Wladimir Putin"}, "planned"),
        ("Meeting", {"Donald Trump", "Wladimir Putin", "Wolodymyr Selenskyj"}, "hypothetical")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive clause opened by "ohne" did not happen
        ("Die Gewerkschaft GPA und die Arbeitgebervertreter der Wirtschaftskammer Österreich (WKÖ) trennten sich nach "
         "zehn Stunden, ohne sich auf eine Erhöhung der Gehälter verständigt zu haben.",
         [("Agreement", {"GPA", "Wirtschaftskammer"}, "negated")]),
        ("Die Minister Christian Stocker und Andreas Babler reisten ab, ohne sich getroffen zu haben.",
         [("Meeting", {"Christian Stocker", "Andreas Babler"}, "negated")]),
        # a name in the genitive of what was agreed on or talked about is no party …
        ("Die Staats- und Regierungschefs der EU haben sich auf die Finanzierung der Ukraine verständigt.",
         [("Agreement", {"Europäische Union"}, "happened")]),
        ("Donald Trump hat mit Wladimir Putin über die Zukunft der Ukraine verhandelt.",
         [("Negotiation", {"Donald Trump", "Wladimir Putin"}, "happened")]),
        # … but one of a partner's phrase is
        ("Die EU hat sich mit der Regierung der Ukraine auf Hilfen verständigt.",
         [("Agreement", {"Europäische Union", "Ukraine"}, "happened")]),
    ],
)
def test_round13_negation_and_topics(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_the_perfect_with_a_later_year_is_done_and_undated():
    # "für die Jahre 2026 und 2027" is what the agreement covers: it was reached (published 13 August 2025)
    assert dated("Die Staats- und Regierungschefs der EU haben sich auf die Finanzierung der Ukraine für die Jahre 2026 "
                 "und 2027 verständigt.") == [("Agreement", None)]
    from kg.api import extract_text

    statuses = [e.status for e in extract_text(HEADER + "Die Staats- und Regierungschefs der EU haben sich auf die "
                                               "Finanzierung für die Jahre 2026 und 2027 verständigt.").events]
    assert statuses == ["happened"]


def test_a_failure_is_dated_by_its_paragraph():
    # the round was on Wednesday (the publication day); the failure to agree is that day's
    assert dated("Die Verhandlungen der Gewerkschaft GPA mit der Wirtschaftskammer sind am Mittwoch ohne Ergebnis zu "
                 "Ende gegangen. Die GPA und die Wirtschaftskammer trennten sich, ohne sich auf ein Plus geeinigt zu "
                 "haben.") == [("Agreement", "2025-08-13"), ("Negotiation", "2025-08-13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company noun after a place adjective and an article introduces the name after it …
        ("Der Tiroler Energieversorger Innkraft übernimmt den Hersteller Akkuwerk.",
         [("Akkuwerk", "Organization"), ("Innkraft", "Organization")]),
        # … also one opened by a capitalised adjective
        ("Der Tiroler Energieversorger Alpin Strom übernimmt den Hersteller Akkuwerk.",
         [("Akkuwerk", "Organization"), ("Alpin Strom", "Organization")]),
        # Austrian towns from 15,000 inhabitants are places (grammar.yml city_population_floors)
        ("Die Firma Akkuwerk aus Villach hat mit Wels verhandelt.",
         [("Akkuwerk", "Organization"), ("Villach", "Place"), ("Wels", "Place")]),
    ],
)
def test_round13_company_names_and_towns(text, expected):
    assert actors(text) == expected


def test_a_headline_round_takes_the_parties_of_the_body():
    # "Erste Runde ohne Einigung": the round (a negotiation) and the failed agreement are the body's parties'; the
    # next round ("Die zweite Runde", a negotiation noun in an article about negotiations) is planned
    text = article("Bau-KV: Erste Runde ohne Einigung",
                   "Die Kollektivvertragsverhandlungen für die Bauwirtschaft sind am Mittwoch ohne Ergebnis vertagt "
                   "worden. Die Gewerkschaft Bau-Holz und die Bundesinnung Bau trennten sich nach sechs Stunden, ohne "
                   "sich auf ein Lohnplus geeinigt zu haben. Die zweite Runde ist für 20. August angesetzt.")
    assert sorted_events(text) == expected_events([
        ("Negotiation", {"Gewerkschaft Bau-Holz", "Bundesinnung Bau"}, "happened"),
        ("Agreement", {"Gewerkschaft Bau-Holz", "Bundesinnung Bau"}, "negated"),
        ("Negotiation", {"Gewerkschaft Bau-Holz", "Bundesinnung Bau"}, "planned")])


def test_a_round_of_a_tournament_is_no_negotiation():
    assert sorted_events(article("Sport", "Die dritte Runde des Turniers ist für Freitag angesetzt.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Freiheitlichen" are the FPÖ
        ("Bürgermeister Michael Ludwig habe die Freiheitlichen nicht einmal zu einem Sondierungsgespräch eingeladen, "
         "beklagte Dominik Nepp.", [("Invitation", {"Michael Ludwig", "FPÖ"}, "negated")]),
        # a partner pronoun of reported speech is the speaker when the gender fits …
        ("Bürgermeister Michael Ludwig sollte sich mit ihm zusammensetzen, forderte Dominik Nepp.",
         [("Meeting", {"Michael Ludwig", "Dominik Nepp"}, "hypothetical")]),
        # … and not when it does not
        ("Bürgermeister Michael Ludwig habe mit ihm telefoniert, sagte Bettina Emmerling.",
         [("Call", {"Michael Ludwig"}, "happened")]),
    ],
)
def test_round13_party_names_and_pronouns(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_the_player_of_a_transfer_is_no_party_of_the_clubs_agreement():
    assert sorted_events("Der LASK und Slavia Prag haben sich über den Transfer von Stürmer Ondřej Kovář geeinigt.") \
        == expected_events([("Agreement", {"LASK", "Slavia Prag"}, "happened")])


def test_what_may_come_after_a_cancelled_meeting_is_another_event():
    text = article("US-Präsident Donald Trump hat den Gipfel mit Kremlchef Wladimir Putin in Budapest abgesagt.",
                   "Trump schloss ein Treffen mit dem Kremlchef zu einem späteren Zeitpunkt nicht aus.")
    assert sorted_events(text) == expected_events([("Meeting", {"Donald Trump", "Wladimir Putin"}, "negated"),
                                                   ("Meeting", {"Donald Trump", "Wladimir Putin"}, "hypothetical")])


def test_a_round_someone_is_invited_to_lies_ahead_and_the_ministry_is_its_venue():
    text = article("Finanzminister Markus Marterbauer hat die Verhandler für Dienstag zu einer „entscheidenden Runde“ ins "
                   "Finanzministerium geladen. Die Verhandlungen laufen seit Monaten.")
    assert [e for e in sorted_events(text) if e[0] == "Negotiation"] == [
        ("Negotiation", frozenset({"Markus Marterbauer"}), "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "beide Seiten" are the two states of the talks just reported (the speaker is no party) …
        ("Spitzenvertreter der USA und Russlands sind in Riad zu Gesprächen zusammengekommen. Beide Seiten hätten "
         "vereinbart, die Botschaften wieder zu besetzen, sagte US-Außenminister Marco Rubio.",
         [("Meeting", {"USA", "Russland"}, "happened"), ("Agreement", {"USA", "Russland"}, "happened")]),
        # … or the town and the company
        ("Die Stadt Wels und die Firma Danubia Data verhandeln über ein Rechenzentrum. Beide Seiten hätten vereinbart, "
         "Stillschweigen zu bewahren.",
         [("Negotiation", {"Wels", "Danubia Data"}, "happened"), ("Agreement", {"Wels", "Danubia Data"}, "happened")]),
    ],
)
def test_round13_both_sides(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in another event noun's phrase is that event's …
        ("Vorbereitet worden war die Begegnung von Marco Rubio und Sergej Lawrow bei einem Telefonat am Samstag.",
         [("Meeting", None)]),
        # … and the clause's own date stays the trigger's
        ("Am Dienstag trafen sich Marco Rubio und Sergej Lawrow nach einem Telefonat am Samstag.",
         [("Meeting", "2025-08-12")]),
    ],
)
def test_round13_dates_of_other_event_nouns(text, expected):
    assert dated(text) == expected


def test_a_leader_speaking_after_a_groupings_summit_took_part():
    text = article("Beim EU-Gipfel in Brüssel haben sich Ursula von der Leyen und Giorgia Meloni getroffen.",
                   "Bundeskanzler Christian Stocker zeigte sich nach dem Treffen erleichtert.")
    meetings = [e for e in sorted_events(text) if e[0] == "Meeting"]
    assert meetings == [("Meeting", frozenset({"Europäische Union", "Ursula von der Leyen", "Giorgia Meloni",
                                               "Christian Stocker"}), "happened")]


def test_someone_speaking_after_a_meeting_of_named_others_took_no_part():
    text = article("Donald Trump und Wladimir Putin haben sich in Alaska getroffen.",
                   "Bundeskanzler Christian Stocker zeigte sich nach dem Treffen erleichtert.")
    assert sorted_events(text) == expected_events([("Meeting", {"Donald Trump", "Wladimir Putin"}, "happened")])
