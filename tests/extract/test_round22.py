"""Rules of round 22, checked with sentences of our own in the register of online newspaper articles: players' and
coaches' contracts and the club they are with, clubs named by their league, and lists of nouns for actors."""

from __future__ import annotations

from kg.api import extract_text
from tests.extract.scored import canonical, expected_events, scored_events


def events(text: str) -> list[tuple]:
    return sorted(scored_events(text), key=canonical)


def test_round22_a_coachs_contract_is_with_the_club_named_before():
    found = events("Neuer Trainer in Villach. Villach – Der VSV hat einen neuen Trainer. Der Kanadier Mark Dwyer erhielt "
                   "einen Vertrag bis Saisonende.")
    assert found == expected_events([("Agreement", {"VSV", "Mark Dwyer"}, "happened")])


def test_round22_a_club_named_by_its_league_after_a_fused_article():
    # "beim Zweitligisten": the club named before, although "beim" fuses the article
    found = events("Graz verstärkt sich. Graz – Der Grazer AK hat einen neuen Tormann. Der Deutsche Felix Ohr "
                   "unterschrieb beim Zweitligisten einen Vertrag bis 2028.")
    assert found == expected_events([("Agreement", {"Grazer AK", "Felix Ohr"}, "happened")])


def test_round22_a_club_described_with_an_adjective():
    found = events("Neuer Trainer in Villach. Villach – Der VSV hat einen neuen Trainer. Der Kanadier Mark Dwyer erhielt "
                   "beim abstiegsbedrohten Verein einen Vertrag bis Saisonende.")
    assert found == expected_events([("Agreement", {"VSV", "Mark Dwyer"}, "happened")])


def test_round22_a_transferred_players_contract_is_with_the_club_joined_not_the_club_left():
    found = events("Ried verliert Stürmerin. Ried – Die Stürmerin Anna Kogler wechselt vom SV Ried zum FC Basel, die "
                   "Vereine haben sich über eine Ablöse geeinigt. Die 21-Jährige reiste am Freitag in die Schweiz und "
                   "unterschrieb einen Vertrag bis 2029.")
    assert found == expected_events([("Agreement", {"SV Ried", "FC Basel", "Anna Kogler"}, "happened"),
                                     ("Agreement", {"FC Basel", "Anna Kogler"}, "happened"),
                                     ("Visit", {"Anna Kogler"}, "happened")])


def test_round22_a_contract_after_a_signing_is_that_signing_and_its_term_no_date():
    result = extract_text("Altach rüstet auf.\n\nAltach – Der SCR Altach hat den Mittelfeldspieler Jonas Brugger "
                          "verpflichtet. In Vorarlberg erhält der 24-Jährige einen Vertrag bis Sommer 2027.")
    labels = {a.id: a.label for a in result.actors}
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert [sorted(labels[p.actor] for p in e.participants) for e in agreements] == [["Jonas Brugger", "SCR Altach"]]
    assert agreements[0].date is None and len(agreements[0].evidence) == 2


def test_round22_a_list_of_nouns_for_actors_stays_one_clause():
    # the commas of "die Ärztekammer, die Gebietskrankenkasse und die Stadt Linz" do not cut the clause before its verb
    found = events("Ein Modell für alle? Wien – Das Modell in Linz, wo sich die Ärztekammer, die Gebietskrankenkasse und "
                   "die Stadt Linz auf längere Öffnungszeiten geeinigt haben, gilt als Vorbild.")
    assert found == expected_events([("Agreement", {"Ärztekammer", "Linz"}, "happened")])


def test_round22_signing_at_a_club_is_an_agreement_with_it():
    found = events("Salzburg verstärkt sich. Salzburg – Der SV Austria Salzburg hat einen neuen Mittelfeldspieler. Der "
                   "26-jährige Leon Kaufer unterschrieb am Montag beim Zweite-Liga-Aufsteiger.")
    assert found == expected_events([("Agreement", {"SV Austria Salzburg", "Leon Kaufer"}, "happened")])


def test_round22_signing_a_text_is_no_agreement():
    # guard: a signature under a petition names no club or employer after "bei"
    assert events("Petition übergeben. Wien – Bürgermeister Michael Ludwig unterschrieb am Freitag die Petition der "
                  "Grünen.") == []


def test_round22_an_agreement_being_worked_out_is_the_talks():
    found = events("Koalition in Graz. Graz – Die SPÖ handelt derzeit mit den Grünen eine Koalition aus.")
    assert found == expected_events([("Negotiation", {"SPÖ", "Grüne"}, "happened")])


def test_round22_an_agreement_worked_out_is_the_agreement():
    # guard: the perfect reports the agreement reached
    found = events("Koalition in Graz. Graz – Die SPÖ hat mit den Grünen eine Koalition ausgehandelt.")
    assert found == expected_events([("Agreement", {"SPÖ", "Grüne"}, "happened")])


def test_round22_his_contract_is_the_contract_of_the_man_the_article_is_about():
    # "Sein" is the player named most often, not the coach named last
    found = events("Er bleibt. Herning – Der FC Midtjylland setzt auf den Stürmer Jonas Lund. Lund traf zuletzt dreimal. "
                   "Sein Trainer Ole Berg ist zufrieden. Sein Vertrag wurde prompt bis 2029 verlängert.")
    assert found == expected_events([("Agreement", {"FC Midtjylland", "Jonas Lund"}, "happened")])


def test_round22_a_contract_in_a_relative_clause_is_its_antecedents():
    found = events("Neuer Trainer. Ottawa – Die Ottawa Senators stellten am Montag Tom Miller vor, der in Kanada einen "
                   "Vertrag über drei Saisonen erhielt.")
    assert found == expected_events([("Agreement", {"Ottawa Senators", "Tom Miller"}, "happened")])


def test_round22_a_transfer_to_a_club_named_by_its_place_in_the_table():
    # "zum Tabellenfünften" is the club named before, not the one of "vom SC Wiener Neustadt" in the same clause
    found = events("Transfer fixiert. Watford – Der FC Watford hat einen neuen Spieler. Paul Reiter wechselt vom SC "
                   "Wiener Neustadt zum Tabellenfünften. Die Ablöse ist unbekannt.")
    assert found == expected_events([("Agreement", {"SC Wiener Neustadt", "FC Watford"}, "happened")])


def test_round22_a_place_in_the_table_and_a_degree_are_no_parties():
    # guards: "Tabellenplatz" names no club; "einen Abschluss erhalten" is a degree, no agreement
    assert events("Die Saison. Klagenfurt – Der EC KAC liegt nach 36 Runden auf dem dritten Tabellenplatz. Die Spieler "
                  "sollen am Ende einen Abschluss der Akademie erhalten.") == []


def test_round22_a_firm_named_with_its_group_word_is_the_firm():
    found = events("Großauftrag in Linz. Linz – Der Strabag-Konzern und die Stadt Linz haben am Montag einen Vertrag über "
                   "den Bau der neuen Donaubrücke unterzeichnet.")
    assert found == expected_events([("Agreement", {"Strabag", "Linz"}, "happened")])


def test_round22_a_double_surname_in_s_is_no_genitive():
    # "Győrkös" ends in -s, but "Győrkös Žnidar" stands together again: one name, not "Győrkös's Žnidar"
    found = events("Grenze im Blick. Wien – Innenministerin Johanna Mikl-Leitner empfing am Montag die slowenische "
                   "Innenministerin Vesna Győrkös Žnidar. Győrkös Žnidar lud Mikl-Leitner zu einem Gegenbesuch nach "
                   "Ljubljana ein.")
    assert found == expected_events([("Meeting", {"Johanna Mikl-Leitner", "Vesna Győrkös Žnidar"}, "happened"),
                                     ("Invitation", {"Johanna Mikl-Leitner", "Vesna Győrkös Žnidar"}, "happened"),
                                     ("Visit", {"Johanna Mikl-Leitner"}, "planned")])


def test_round22_a_coachs_former_club_is_no_party_of_his_new_contract():
    found = events("Neuer Trainer. Mödling – Der FC Admira Wacker Mödling hat einen neuen Trainer. Karl Brunner, zuletzt "
                   "beim deutschen Drittligisten SV Meppen tätig, erhält einen Vertrag bis Sommer 2019.")
    assert found == expected_events([("Agreement", {"FC Admira Wacker Mödling", "Karl Brunner"}, "happened")])


def test_round22_a_cup_match_is_no_meeting():
    assert events("Cup. Wien – Am Samstag trifft Rapid-Trainer Peter Stöger im Cup auf den Trainer des SC Neusiedl, "
                  "Hans Huber.") == []


def test_round22_organisations_talking_about_something_negotiate():
    found = events("Gas. Judenburg – Die Stadt Judenburg hatte auch mit der Energie Steiermark über ein Gaskonzept "
                   "gesprochen.")
    assert found == expected_events([("Negotiation", {"Judenburg", "Energie Steiermark"}, "happened")])


def test_round22_people_talking_about_something_meet():
    # guard: two people who talk meet
    found = events("Gespräch. Wien – Kanzler Werner Faymann hat mit Angela Merkel über die Lage gesprochen.")
    assert found == expected_events([("Meeting", {"Werner Faymann", "Angela Merkel"}, "happened")])


def test_round22_a_clubs_town_demonym_is_the_club():
    found = events("Ablöse fixiert. Graz – Der SK Sturm Graz verkauft seinen Stürmer. Nach zähem Ringen haben sich die "
                   "Grazer mit KAA Gent auf eine Ablöse verständigt.")
    assert found == expected_events([("Agreement", {"SK Sturm Graz", "KAA Gent"}, "happened")])


def test_round22_a_towns_people_are_no_club():
    # guard: a university named after the town is no club, "Die Grazer" are the town's people
    found = events("Forschung. Graz – Die Universität Graz forscht. Die Grazer freuen sich über das Treffen mit "
                   "Bürgermeister Siegfried Nagl.")
    assert found == expected_events([("Meeting", {"Siegfried Nagl"}, "happened")])


def test_round22_a_paper_signed_by_two_people_is_their_agreement():
    # "Unterschrieben" opening the sentence is the participle, "das Papier" what they signed; the staff's assent in the
    # clause after it is no agreement of its own
    found = events("Kurzarbeit bei Gießerei: Geschäftsführung und Betriebsrat haben sich auf eine Betriebsvereinbarung "
                   "geeinigt. Linz – Die Gießerei Huber GmbH verkürzt die Arbeitszeit. Unterschrieben haben das Papier "
                   "Geschäftsführer Max Huber und Betriebsratsvorsitzende Anna Berger am Mittwochabend, nachdem die "
                   "Belegschaft zugestimmt hatte.")
    assert found == expected_events([("Agreement", {"Max Huber", "Anna Berger"}, "happened")])


def test_round22_the_staffs_assent_is_no_agreement():
    assert events("Kurzarbeit. Linz – Geschäftsführer Max Huber unterschrieb am Mittwoch, nachdem die Belegschaft "
                  "zugestimmt hatte.") == []


def test_round22_an_unknown_town_keeps_the_region_it_lies_in():
    found = events("Fusion im Mühlviertel. Linz – Die Verhandlungen zwischen Schönau im Mühlkreis und Sankt Leonhard bei "
                   "Freistadt über eine Fusion sollen bis zum Sommer abgeschlossen sein.")
    assert found == expected_events([("Negotiation", {"Schönau im Mühlkreis", "Sankt Leonhard bei Freistadt"}, "planned")])
