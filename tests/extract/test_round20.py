"""Rules of round 20, each checked with sentences of our own in the register of online newspaper articles (a teaser,
then the body after a dateline "Wien – ", no agency header): dative country names, lists between dashes, announced
partnerships."""

from __future__ import annotations

from tests.extract.scored import canonical, expected_events, scored_events


def events(text: str) -> list[tuple]:
    return sorted(scored_events(text), key=canonical)


def test_round20_a_plural_country_in_the_dative_is_the_country():
    # "den Niederlanden": the country, not a place of that name
    found = events("Die Benelux-Staaten suchen eine gemeinsame Linie. Brüssel – Am Montag treffen sich die Regierungschefs "
                   "von Belgien, den Niederlanden und Luxemburg in Brüssel.")
    assert found == expected_events([("Meeting", {"Belgien", "Niederlande", "Luxemburg"}, "planned")])


def test_round20_the_emirates_in_the_dative_are_the_country():
    # guard: this form was found before too (by its lemma); the new name variant must not change it
    found = events("Der Außenminister reist in den Golf. Wien – Außenminister Sebastian Kurz hat am Montag mit den "
                   "Vereinigten Arabischen Emiraten über die Flüchtlingshilfe verhandelt.")
    assert found == expected_events([("Negotiation", {"Sebastian Kurz", "Vereinigte Arabische Emirate"}, "happened")])


def test_round20_a_list_between_dashes_belongs_to_the_clause_around_it():
    # the states named between two dashes are the subjects of "treffen sich" after the closing dash
    found = events("Die Nachbarn stimmen sich ab. Prag – Am Montag treffen sich die Regierungschefs der Visegrád-Staaten – "
                   "Tschechien, Polen, die Slowakei und Ungarn – sowie Österreichs in Prag, um über die Grenzen zu beraten.")
    assert found == expected_events([("Meeting", {"Tschechien", "Polen", "Slowakei", "Ungarn", "Österreich"}, "planned")])


def test_round20_a_clause_between_dashes_stays_a_clause_of_its_own():
    # guard: with a verb between the dashes the insertion is a clause, and its actor no party of the meeting
    found = events("Die Minister beraten. Wien – Innenministerin Johanna Mikl-Leitner traf am Montag Thomas de Maizière – "
                   "Kanzler Werner Faymann war verhindert – in Berlin.")
    assert found == expected_events([("Meeting", {"Johanna Mikl-Leitner", "Thomas de Maizière"}, "happened")])


def test_round20_an_announced_partnership_is_concluded():
    # "ankündigen" plans a meeting, but announcing a partnership (a deal that counts only when concluded) reports it
    found = events("Der Sender setzt auf Fußball. Wien – Der Sportsender Sky kündigte am Montag eine Partnerschaft mit dem "
                   "Verein Sturm Graz an.")
    assert found == expected_events([("Agreement", {"Sky", "Sturm Graz"}, "happened")])


def test_round20_an_announced_meeting_is_still_planned():
    # guard: the exception is for concluded deal nouns only
    found = events("Die Kanzlerin hat Pläne. Berlin – Kanzlerin Angela Merkel kündigte am Montag ein Treffen mit "
                   "Präsident François Hollande an.")
    assert found == expected_events([("Meeting", {"Angela Merkel", "François Hollande"}, "planned")])
