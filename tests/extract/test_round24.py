"""Rules of round 24, checked with sentences of our own: settlements of a named dispute, offers turned down in the
passive or across an infinitive clause, invitations by a body with no person named, and who invites in the passive."""

from __future__ import annotations

import pytest

from tests.extract.scored import expected_events, roles, sorted_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dispute's sides settle it: its noun names them, "beide Seiten" stand for them later
        ("Der Rechtsstreit zwischen der Porr und der Stadt Wels endete am Montag mit einem Vergleich.",
         [("Agreement", {"Porr", "Wels"}, "happened")]),
        ("Der Streit zwischen der Stadt Linz und der Bawag um ein Zinsgeschäft ist beigelegt. Beide Seiten schlossen vor "
         "dem Handelsgericht Wien einen Vergleich.",
         [("Agreement", {"Linz", "Bawag"}, "happened")]),
        ("Die Stadt Linz und die Bawag streiten seit Jahren um ein Zinsgeschäft. Nun haben sich beide Seiten auf einen "
         "Vergleich geeinigt.",
         [("Agreement", {"Linz", "Bawag"}, "happened")]),
        # talks that ended in an agreement are the talks and the agreement
        ("Die Verhandlungen zwischen der Stadt Graz und der Energie Steiermark endeten mit einer Einigung.",
         [("Negotiation", {"Graz", "Energie Steiermark"}, "happened"),
          ("Agreement", {"Graz", "Energie Steiermark"}, "happened")]),
    ],
)
def test_round24_a_named_dispute_gives_its_settlement_parties(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    "text",
    [
        # "enden mit" supports an agreement noun only through its preposition
        "Der Vertrag mit der Porr endet im Jahr 2027.",
        "Die Gespräche endeten ohne Einigung.",
    ],
)
def test_round24_ending_is_no_agreement_without_its_preposition(text):
    assert [e for e in sorted_events(text) if e[0] == "Agreement" and e[2] == "happened"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive: who turned the offer down is its agent
        ("Das Kaufangebot der Strabag wurde im März von der Porr abgelehnt.",
         [("Agreement", {"Strabag", "Porr"}, "negated")]),
        # an infinitive clause on the offer between it and the clause that turns it down
        ("Ein Angebot der Strabag, das Werk in Enns zu übernehmen, hatte die Porr im Vorjahr abgelehnt.",
         [("Agreement", {"Strabag", "Porr"}, "negated")]),
        # "zurückweisen" turns it down as "ablehnen" does
        ("Die Porr wies das Angebot der Strabag zurück.",
         [("Agreement", {"Strabag", "Porr"}, "negated")]),
        # a club named by its nickname first
        ("Rapid lehnte ein Angebot von Celtic Glasgow für den Stürmer ab.",
         [("Agreement", {"Rapid", "Celtic Glasgow"}, "negated")]),
    ],
)
def test_round24_offers_turned_down(text, expected):
    assert sorted_events(text) == expected_events(expected)


def test_round24_an_infinitive_clause_with_an_event_of_its_own_keeps_its_parties():
    found = sorted_events("Den Vorschlag Putins, sich mit Poroschenko in Minsk zu treffen, wies Kiew dagegen zurück.")
    assert found == expected_events([("Meeting", {"Wladimir Putin", "Petro Poroschenko"}, "negated")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "laden … zu" without a person among its parties: a town or club inviting the public
        ("Die Stadt Judenburg lädt die Anrainer zu einem Informationsabend in den Stadtsaal.",
         [("Invitation", {"Judenburg"}, "happened")]),
        # the day set for what the invitation is to does not make the invitation planned
        ("Die Stadt Judenburg lädt die Anrainer für Donnerstag zu einem Informationsabend ein.",
         [("Invitation", {"Judenburg"}, "happened")]),
        # an agreement of two bodies named by cue words for a cooperative ("Agrargemeinschaft")
        ("Die Gemeinde Uttendorf und die Agrargemeinschaft Stubach schlossen vor dem Landesgericht einen Vergleich.",
         [("Agreement", {"Uttendorf", "Agrargemeinschaft Stubach"}, "happened")]),
    ],
)
def test_round24_invitations_and_cooperatives(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive: the subject is invited, the agent invites
        ("Arbeitsminister Martin Kocher wurde von Ministerin Karoline Edtstadler eingeladen.",
         {"Martin Kocher": "recipient", "Karoline Edtstadler": "initiator"}),
        ("Arbeitsminister Martin Kocher ist vom Betriebsrat zu einer Versammlung eingeladen worden.",
         {"Martin Kocher": "recipient"}),
        # the state passive with "sein"
        ("Zu der Versammlung ist auch Arbeitsminister Martin Kocher eingeladen.",
         {"Martin Kocher": "recipient"}),
        # an unnamed subject in the front field: the name after the verb is the one invited
        ("Der Betriebsrat lud Arbeitsminister Martin Kocher zu einer Versammlung ein.",
         {"Martin Kocher": "recipient"}),
        ("Der Betriebsrat hat Arbeitsminister Martin Kocher zu einer Versammlung eingeladen.",
         {"Martin Kocher": "recipient"}),
        # a named subject still invites
        ("Ministerin Karoline Edtstadler lud Arbeitsminister Martin Kocher zu einem Gespräch ein.",
         {"Karoline Edtstadler": "initiator", "Martin Kocher": "recipient"}),
    ],
)
def test_round24_who_invites_in_the_passive_and_after_an_unnamed_subject(text, expected):
    assert roles(text, "Invitation") == expected


def test_round24_an_infinitive_zu_is_not_what_an_invitation_is_to():
    assert sorted_events("Mit dem neuen Laden erlaubt Apple seinen Kunden, eigene Programme auf das Handy zu laden.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunct with its own article after the bare name in another name's attribute joins that name, not the
        # attribute ("für Kärnten und die …")
        ("Die Ärztekammer für Kärnten und die Österreichische Gesundheitskasse haben einen neuen Honorarvertrag "
         "abgeschlossen.",
         [("Agreement", {"Ärztekammer", "Österreichische Gesundheitskasse"}, "happened")]),
        # … but a bare conjunct stays in the attribute
        ("Die Bürgermeister von Wels und Steyr trafen sich am Montag.",
         [("Meeting", {"Wels", "Steyr"}, "happened")]),
        # organisations the lexicon now has: retailers, telecoms, aid agencies, EU groupings
        ("Spar hat sich mit der Berglandmilch auf neue Lieferpreise geeinigt.",
         [("Agreement", {"Spar", "Berglandmilch"}, "happened")]),
        ("T-Mobile Austria und Tele2 einigten sich auf eine Fusion.",
         [("Agreement", {"T-Mobile Austria", "Tele2"}, "happened")]),
        ("Vertreter des Roten Kreuzes trafen sich mit Innenministerin Johanna Mikl-Leitner.",
         [("Meeting", {"Rotes Kreuz", "Johanna Mikl-Leitner"}, "happened")]),
        ("Wiener Wohnen verhandelt mit der Caritas über Notquartiere.",
         [("Negotiation", {"Wiener Wohnen", "Caritas"}, "happened")]),
    ],
)
def test_round24_organisations_and_their_conjuncts(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal that is off the table is refused (not differences cleared off it)
        ("Der Deal zwischen der OMV und Gazprom ist vom Tisch.",
         [("Agreement", {"OMV", "Gazprom"}, "negated")]),
        ("Die OMV und Gazprom haben die Differenzen vom Tisch geräumt und sich geeinigt.",
         [("Agreement", {"OMV", "Gazprom"}, "happened")]),
        # a finite verb coordinated after another keeps its own status and cues
        ("Die ÖBB lehnen 500 Bewerber ab und haben sich mit der Gewerkschaft vida auf einen Vertrag geeinigt.",
         [("Agreement", {"ÖBB", "vida"}, "happened")]),
        ("Kanzler Werner Faymann traf Viktor Orbán nicht, telefonierte aber mit Angela Merkel.",
         [("Meeting", {"Werner Faymann", "Viktor Orbán"}, "negated"),
          ("Call", {"Werner Faymann", "Angela Merkel"}, "happened")]),
    ],
)
def test_round24_statuses_of_deals_off_the_table_and_of_coordinated_verbs(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before a relative clause takes part in the meeting its main clause names
        ("Außenministerin Beate Meinl-Reisinger, die am Montag nach Belgrad gereist war, lobte dort nach einem Treffen "
         "mit ihrem serbischen Amtskollegen Marko Đurić die Reformen.",
         [("Visit", {"Beate Meinl-Reisinger"}, "happened"),
          ("Meeting", {"Beate Meinl-Reisinger", "Marko Đurić"}, "happened")]),
        # a verb of urging or complaining "am Telefon" is a call
        ("Kanzler Christian Stocker hatte Landeshauptmann Markus Wallner am Telefon gedrängt, im Amt zu bleiben.",
         [("Call", {"Christian Stocker", "Markus Wallner"}, "happened")]),
        ("Premier Kyriakos Mitsotakis beschwerte sich am Telefon bei Kommissionspräsidentin Ursula von der Leyen über "
         "die Lage an der Grenze.",
         [("Call", {"Kyriakos Mitsotakis", "Ursula von der Leyen"}, "happened")]),
        # an invitation received "von" someone: that one invites
        ("Präsident Gitanas Nausėda erhielt von Bundespräsident Alexander Van der Bellen eine Einladung nach Wien.",
         [("Invitation", {"Gitanas Nausėda", "Alexander Van der Bellen"}, "happened"),
          ("Visit", {"Gitanas Nausėda"}, "planned")]),
        # an offer turned down by a pronoun subject after the verb
        ("Georg Koller führt die Firma seit 2009. Ein Angebot der Strabag hatte er im Sommer ausgeschlagen.",
         [("Agreement", {"Georg Koller", "Strabag"}, "negated")]),
        # an offer of talks turned down is no deal turned down
        ("CDU-Chef Manuel Hagel will mit den Grünen regieren. Ein Gesprächsangebot der AfD hatte er schon am Wahlabend "
         "zurückgewiesen.",
         []),
        # "laden … nach Wien"; a Slovene double surname with a letter German lacks after one in -s (two guests asked to
        # one place are to meet their host there, round 26)
        ("Innenminister Gerhard Karner hat seine Amtskollegen Vesna Györkös Žnidar und Vlaho Orepić nach Wien geladen.",
         [("Invitation", {"Gerhard Karner", "Vesna Györkös Žnidar", "Vlaho Orepić"}, "happened"),
          ("Meeting", {"Gerhard Karner", "Vesna Györkös Žnidar", "Vlaho Orepić"}, "planned")]),
    ],
)
def test_round24_wire13_subjects_calls_invitations_and_offers(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "mit" partner before the event noun that is the clause's object
        ("Kanzlerin Angela Merkel hat mit Wladimir Putin ein langes Telefonat geführt.",
         [("Call", {"Angela Merkel", "Wladimir Putin"}, "happened")]),
        ("Premier Alexis Tsipras hatte mit Panagiotis Lafazanis am Montag ein Gespräch unter vier Augen geführt.",
         [("Meeting", {"Alexis Tsipras", "Panagiotis Lafazanis"}, "happened")]),
        # … not an adverbial's ("Mit Blick auf …")
        ("Mit Blick auf Russland sagte Merkel, ein Treffen sei sinnlos.", []),
        # "der beiden" after the event noun: the pair named before
        ("Kanzler Werner Faymann kritisierte Viktor Orbán scharf. Ein Treffen der beiden, das vor zehn Tagen in Wien "
         "stattfinden sollte, hatte Orbán kurzfristig abgesagt.",
         [("Meeting", {"Werner Faymann", "Viktor Orbán"}, "negated")]),
        # a relative clause opened by a preposition goes on over the names it lists
        ("Grundlage ist eine Vereinbarung, auf die sich die Polizeichefs Österreichs, Sloweniens und Kroatiens im "
         "Februar in Zagreb geeinigt hatten.",
         [("Agreement", {"Österreich", "Slowenien", "Kroatien"}, "happened")]),
        # … and one after a bracket still joins its clause's meeting
        ("Schon um acht war Christian Konrad zu einem Arbeitsfrühstück mit Landeshauptmann Günther Platter (ÖVP) ins "
         "Landhaus gekommen, an dem auch Landesrätin Christine Baur (Grüne) teilnahm.",
         [("Meeting", {"Christian Konrad", "Günther Platter", "Christine Baur"}, "happened")]),
    ],
)
def test_round24_wire13_partners_pairs_and_relative_clauses(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nach" before a place is where one is asked to, not "nach ihrer Darstellung"
        ("Die Demonstrantin Elisabeth Berger sagte, sie habe nach ihrer Darstellung mehrere Beamte gebeten, in den "
         "Kessel hineinzudürfen.", []),
        # colleagues named in an apposition are those named, not the colleague of the call before
        ("Innenministerin Johanna Mikl-Leitner hatte am Dienstag mit Thomas de Maizière telefoniert. Für kommende Woche "
         "hat die Innenministerin ihre Amtskollegen aus Slowenien und Kroatien, Vesna Györkös Žnidar und Vlaho Orepić, "
         "nach Wien geladen.",
         [("Call", {"Johanna Mikl-Leitner", "Thomas de Maizière"}, "happened"),
          ("Invitation", {"Johanna Mikl-Leitner", "Vesna Györkös Žnidar", "Vlaho Orepić"}, "happened"),
          ("Meeting", {"Johanna Mikl-Leitner", "Vesna Györkös Žnidar", "Vlaho Orepić"}, "planned")]),
        # … but a clause after the comma is no apposition: the colleague is the one of the meeting before
        ("Außenminister Espen Barth Eide traf Beate Meinl-Reisinger in Oslo. Zum Abschluss lud Eide seine "
         "österreichische Kollegin nach Wien ein, Meinl-Reisinger sagte zu.",
         [("Meeting", {"Espen Barth Eide", "Beate Meinl-Reisinger"}, "happened"),
          ("Invitation", {"Espen Barth Eide", "Beate Meinl-Reisinger"}, "happened"),
          ("Visit", {"Beate Meinl-Reisinger"}, "planned")]),
        # a past modal after "in einem Telefonat" is what one meant to do in the call, which took place
        ("Bürgermeister Michael Ludwig wollte Kanzler Christian Stocker in einem Telefonat umstimmen.",
         [("Call", {"Michael Ludwig", "Christian Stocker"}, "happened")]),
    ],
)
def test_round24_wire13_venues_appositions_and_settings(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Wiener Austria" is the club a coach's contract is with
        ("Manfred Schmid bleibt Trainer der Wiener Austria. Nach langen Gesprächen hat der Wiener seinen Vertrag bis 2027 "
         "verlängert.",
         [("Agreement", {"Manfred Schmid", "Austria Wien"}, "happened")]),
        # a visit that names its visitor: the one who turned it down is no visitor
        ("Einen Besuch von Innenminister Gerhard Karner in Athen hatte Migrationsminister Nikos Panagiotopoulos "
         "abgelehnt.",
         [("Visit", {"Gerhard Karner"}, "negated")]),
        # … but a host after "bei" leaves the subject the visitor
        ("Kanzlerin Angela Merkel kündigte einen Besuch bei Recep Tayyip Erdoğan in Ankara an.",
         [("Visit", {"Angela Merkel", "Recep Tayyip Erdoğan"}, "planned")]),
    ],
)
def test_round24_wire13_clubs_and_visitors(text, expected):
    assert sorted_events(text) == expected_events(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name right after the event an invitation is to is the event's, and a modal of a verb coordinated after
        # the invitation is that verb's
        ("Apple lud Entwickler aus aller Welt zur Konferenz WWDC nach San José und will dort neue Geräte zeigen.",
         [("Invitation", {"Apple"}, "happened")]),
        ("Kanzler Werner Faymann traf am Montag Angela Merkel und wird danach nach Paris reisen.",
         [("Meeting", {"Werner Faymann", "Angela Merkel"}, "happened"),
          ("Visit", {"Werner Faymann"}, "planned")]),
    ],
)
def test_round24_dev_h_invitation_to_a_named_conference(text, expected):
    assert sorted_events(text) == expected_events(expected)
