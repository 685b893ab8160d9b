"""Rules of round 19, each checked with sentences of our own: the speaker's "wir" and "man", a summons, what a
scheduled round may bring, and names of organisations and people the recogniser used to miss or mistype."""

from __future__ import annotations

import pytest

from tests.extract.scored import WIRE_HEADER, wire_events


def events(text: str, title: str = "Titel") -> list[tuple]:
    return wire_events(text, title)


def actors(text: str, kind: str, title: str = "Titel") -> list[str]:
    from kg.api import extract_text

    return sorted(a.label for a in extract_text(WIRE_HEADER + title + "\n\n" + text).actors if a.type == kind)


def test_round19_we_agreed_is_reflexive_with_we():
    # "uns" is the reflexive pronoun of "wir": the speaker's side agreed with the partner after "mit"
    found = events("Wien (APA) - „Wir haben uns mit der Stadt Graz auf einen Vergleich geeinigt“, sagte der Anwalt "
                   "Georg Huber am Dienstag.")
    assert found == [("Agreement", ["Georg Huber", "Graz"], "happened", "2025-02-11")]


def test_round19_us_as_an_object_is_no_reflexive():
    # guard: "uns" without "wir" is an object, so "treffen" still has only one party named
    assert events("Wien (APA) - „Er hat uns am Freitag getroffen“, sagte Bürgermeister Georg Huber.") == []


@pytest.mark.parametrize("second, expected", [
    ("Geeinigt habe man sich noch nicht, hieß es aus dem Rathaus.", ("Agreement", ["Linz", "Siemens"], "negated", None)),
    ("Man wolle sich bis zum Sommer einigen.", ("Agreement", ["Linz", "Siemens"], "planned", None)),
    ("„Wir haben uns noch nicht geeinigt“, sagte ein Sprecher.", ("Agreement", ["Linz", "Siemens"], "negated", None)),
])
def test_round19_an_impersonal_subject_after_talks_means_their_sides(second, expected):
    # "man"/"wir" with no one named in the clause: the agreement the talks reported before are about
    found = events("Linz (APA) - Die Stadt Linz verhandelt seit dem Herbst mit Siemens über das neue Stellwerk. " + second)
    assert found == [expected, ("Negotiation", ["Linz", "Siemens"], "happened", None)]


def test_round19_a_ministers_we_with_a_state_is_his_state():
    text = ("Sofia (APA) - Bulgariens Außenminister Daniel Mitow ist am Montag nach Ankara gereist. „Seit Mai verhandeln "
            "wir mit der Türkei über den Grenzschutz“, sagte Mitow.")
    assert ("Negotiation", ["Bulgarien", "Türkei"], "happened") in wire_events(text, dates=False)


def test_round19_a_ministers_we_stays_the_speaker_when_the_article_names_no_state_of_hers():
    # guard: Austria is not named, so the speaker's side is the speaker
    text = ("Wien (APA) - Bulgariens Außenminister Daniel Mitow hat am Montag Außenministerin Beate Meinl-Reisinger "
            "getroffen. „Wir verhandeln auch mit der Türkei“, sagte Meinl-Reisinger.")
    assert ("Negotiation", ["Beate Meinl-Reisinger", "Türkei"], "happened") in wire_events(text, dates=False)


@pytest.mark.parametrize("text, expected", [
    ("Wien (APA) - Kanzler Christian Stocker hat die Sozialpartner-Chefs Wolfgang Katzian und Harald Mahrer am Montag "
     "zu sich ins Kanzleramt gerufen.",
     [("Meeting", ["Christian Stocker", "Harald Mahrer", "Wolfgang Katzian"], "happened", "2025-02-10")]),
    ("Jerusalem (APA) - Regierungschef Benjamin Netanyahu zitierte am Sonntag seinen Verteidigungsminister Moshe "
     "Yaalon zu sich.",
     [("Meeting", ["Benjamin Netanyahu", "Moshe Yaalon"], "happened", "2025-02-09")]),
    # "zitieren" without "zu sich" quotes
    ("Jerusalem (APA) - Regierungschef Benjamin Netanyahu zitierte am Sonntag einen Bericht von Moshe Yaalon.", []),
])
def test_round19_a_summons_is_a_meeting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("second, expected", [
    # the modal speaks of what the next round may bring: the round is scheduled
    ("Schon die nächsten Verhandlungen am Freitag könnten eine Lösung bringen, sagte Teiber.",
     ("Negotiation", ["GPA", "Kika"], "planned", "2025-02-14")),
    # guard: whether the next meeting takes place in March is open
    ("Das nächste Treffen der beiden Seiten könnte im März stattfinden.",
     ("Meeting", ["GPA", "Kika"], "hypothetical", "2025-03")),
])
def test_round19_what_a_scheduled_round_may_bring(second, expected):
    found = events("Wien (APA) - Die Gewerkschaft GPA und die Möbelkette Kika haben am Montag über einen Sozialplan "
                   "verhandelt. " + second)
    assert found[-1] == expected or expected in found
    assert ("Negotiation", ["GPA", "Kika"], "happened", "2025-02-10") in found


def test_round19_a_channel_named_with_a_number():
    text = "Wien (APA) - Der Sender Puls 24 und der Kabelbetreiber Zeronet haben sich am Dienstag geeinigt."
    assert actors(text, "Organization") == ["Puls 24", "Zeronet"]
    assert events(text) == [("Agreement", ["Puls 24", "Zeronet"], "happened", "2025-02-11")]


def test_round19_an_association_named_after_a_place_the_model_read():
    text = "Imst (APA) - Die Gemeinde Fließ und der Tourismusverband Oberland haben sich auf ein Projekt geeinigt."
    assert "Tourismusverband Oberland" in actors(text, "Organization")
    assert events(text) == [("Agreement", ["Fließ", "Tourismusverband Oberland"], "happened", None)]


def test_round19_a_military_rank_before_a_place_name_is_a_person():
    # "Golan" is also a region: after "Generalmajor" it is a man, and so neither the meeting's place nor a party
    text = ("Jerusalem (APA) - Netanyahu traf am Sonntag Moshe Yaalon nach Aussagen von Generalmajor Golan.")
    assert "Golan" in actors(text, "Person")
    assert events(text) == [("Meeting", ["Benjamin Netanyahu", "Moshe Yaalon"], "happened", "2025-02-09")]


def test_round19_a_traders_name_after_a_dateline_is_the_company_and_a_traders_full_name_a_person():
    from kg.api import extract_text

    text = ("Vergleich\n\nWien – Der Möbelhändler Leiner und die Stadt Wien schlossen am Montag einen Vergleich. Der "
            "Kunsthändler Max Huber und der Autozulieferer Magna Steyr verhandeln über ein Grundstück.")
    kinds = {a.label: a.type for a in extract_text(text).actors}
    assert kinds["Leiner"] == "Organization" and kinds["Magna Steyr"] == "Organization"
    assert kinds["Max Huber"] == "Person"


def test_round19_the_court_a_settlement_is_made_before_is_no_party():
    # with no party named, the court after "vor" used to become the settlement's only party
    found = events("Wien (APA) - Der Streit ist beendet. Man schloss am Montag vor dem Handelsgericht Wien einen Vergleich.")
    assert found == []


def test_round19_expecting_an_agreement_makes_it_hypothetical():
    found = events("Bludenz (APA) - Die Stadtgemeinde Bludenz verhandelt mit dem Textilkonzern Getzner über den Kauf eines "
                   "Grundstücks. Bürgermeister Simon Tschann rechnet mit einer Einigung im Frühjahr.")
    assert found == [("Agreement", ["Bludenz", "Getzner"], "hypothetical", "2025"),
                     ("Negotiation", ["Bludenz", "Getzner"], "happened", None)]


def test_round19_a_contract_signed_without_parties_is_the_pair_of_the_sentence_before():
    found = events("Graz (APA) - Die Technische Universität Graz und die Firma Magna Steyr arbeiten künftig bei der "
                   "Batterieforschung zusammen. Der Vertrag wurde am Dienstag unterzeichnet.")
    assert found == [("Agreement", ["Magna Steyr", "Technische Universität Graz"], "happened", "2025-02-11")]


def test_round19_a_cooperative_bank_with_its_legal_form_and_a_dateline_town_by_its_river():
    text = ("Schärding (APA) - Die Raiffeisenbank Sauwald eGen und die Sparkasse Schärding verhandeln über eine "
            "Zusammenarbeit.")
    assert "Raiffeisenbank Sauwald eGen" in actors(text, "Organization")
    dated = "Braunau im Innviertel (APA) - Die Stadt verhandelt mit der Firma Kaltenbrunner über ein Grundstück."
    assert "Braunau im Innviertel" in actors(dated, "Place")


def test_round19_a_club_named_after_its_town_and_its_initials_are_one_club():
    from kg.api import extract_text

    text = (WIRE_HEADER + "Titel\n\nHartberg (APA) - Der Hartberger SV hat sich mit dem FC Luzern auf einen Wechsel "
            "geeinigt. Der HSV bestätigte die Einigung am Dienstag.")
    clubs = {a.label: sorted({m.text for m in a.mentions}) for a in extract_text(text).actors if a.type == "Organization"}
    assert clubs["Hartberger SV"] == ["HSV", "Hartberger SV"]


def test_round19_a_university_named_after_a_person_and_its_initials():
    from kg.api import extract_text

    text = (WIRE_HEADER + "Titel\n\nSalzburg (APA) - Die Paris Lodron Universität und Siemens verhandeln über ein "
            "Labor. Die PLU bestätigte die Gespräche.")
    kinds = {a.label: (a.type, sorted({m.text for m in a.mentions})) for a in extract_text(text).actors}
    assert kinds["Paris Lodron Universität"] == ("Organization", ["PLU", "Paris Lodron Universität"])


@pytest.mark.parametrize("text, expected", [
    # talks that failed took place; an agreement that failed did not
    ("Wien (APA) - Die Verhandlungen zwischen der OMV und Gazprom sind am Dienstag gescheitert.",
     [("Negotiation", ["Gazprom", "OMV"], "happened", "2025-02-11")]),
    ("Wien (APA) - Die Einigung von SPÖ und ÖVP scheiterte am Dienstag.", [("Agreement", ["SPÖ", "ÖVP"], "negated", "2025-02-11")]),
])
def test_round19_failed_talks_took_place(text, expected):
    assert events(text) == expected


def test_round19_talks_with_one_party_in_a_clause_of_their_own_take_the_subject_before():
    found = events("Wels (APA) - Einen ersten Versuch hatte die Sparkasse Wels schon 2019 gemacht, damals scheiterten "
                   "Gespräche mit der Volksbank Oberösterreich.")
    assert found == [("Negotiation", ["Sparkasse Wels", "Volksbank Oberösterreich"], "happened", "2019")]


def test_round19_the_day_a_plan_was_reported_in_reported_speech_is_not_its_day():
    found = events("Wien (APA) - Kanzler Christian Stocker sagte am Montag, Gespräche mit Andreas Babler seien geplant.")
    assert found == [("Meeting", ["Andreas Babler", "Christian Stocker"], "planned", None)]


def test_round19_surnames_of_two_people_read_as_one_name_are_two_people():
    found = events("Wien (APA) - Ministerin Korinna Schumann kritisierte Thomas Brenner und Martina Eder. Für Freitag hat "
                   "Schumann Brenner und Eder zu einem Gespräch ins Ministerium geladen.")
    assert ("Invitation", ["Korinna Schumann", "Martina Eder", "Thomas Brenner"], "happened") in [f[:3] for f in found]


def test_round19_a_definite_title_before_someone_elses_surname_refers_to_its_holder():
    # "der Landeshauptmann" is Kunasek, named with the title before; Stangl was named without it
    text = ("Graz (APA) - Landeshauptmann Mario Kunasek kritisierte Werner Stangl und Gerhard Pölzl. Für Freitag hat der "
            "Landeshauptmann Stangl und Pölzl zu einem Gespräch in die Burg geladen.")
    assert ("Invitation", ["Gerhard Pölzl", "Mario Kunasek", "Werner Stangl"], "happened") in [f[:3] for f in events(text)]


def test_round19_the_trade_unionist_is_the_unions_man():
    from kg.api import extract_text

    text = (WIRE_HEADER + "Titel\n\nWien (APA) - Die Verhandlungen zwischen PRO-GE-Bundesvorsitzendem Reinhold Binder "
            "und Arbeitgeber-Chefverhandler Christian Knill gingen am Dienstag weiter. Knill bot 2,0 Prozent. Einen Streik "
            "schloss der Gewerkschafter nicht aus.")
    people = {a.label: {m.text for m in a.mentions} for a in extract_text(text).actors if a.type == "Person"}
    assert "der Gewerkschafter" in people["Reinhold Binder"]
    assert "der Gewerkschafter" not in people["Christian Knill"]


def test_round19_an_economic_chamber_association_with_a_bare_genitive():
    text = ("Wien (APA) - Die Gewerkschaft vida und der Fachverband der Seilbahnen verhandeln seit Montag. Der Obmann "
            "des Fachverbands der Seilbahnen zeigte sich zuversichtlich.")
    assert "Fachverband der Seilbahnen" in actors(text, "Organization")
    assert ("Negotiation", ["Fachverband der Seilbahnen", "vida"], "happened") in wire_events(text, dates=False)


def test_round19_the_land_acting_is_the_region_with_the_noun_in_its_mention():
    from kg.api import extract_text

    body = "Innsbruck (APA) - Das Land Tirol und die Stadt Innsbruck haben sich am Dienstag geeinigt."
    regions = {a.label: [m.text for m in a.mentions] for a in extract_text(WIRE_HEADER + "Titel\n\n" + body).actors
               if a.type == "Place"}
    assert regions["Tirol"] == ["Land Tirol"]
    assert events(body) == [("Agreement", ["Innsbruck", "Tirol"], "happened", "2025-02-11")]


def test_round19_the_sides_at_one_table_and_what_both_sides_agreed():
    # "an einem Tisch sitzen" is a negotiation of the sides; "beide Seiten" are the sides of the talks, not the two men of
    # a meeting reported in between; the agreement the talks did not reach is the sides', without the regional officer
    text = ("Innsbruck (APA) - Im Streit um den Busverkehr sitzen das Land Tirol und die Firma Alpenbus wieder an einem "
            "Tisch. Verkehrslandesrat René Zumtobel und Harald Neurauter (Alpenbus) verhandelten am Dienstag im Landhaus. "
            "Eine Einigung kam nicht zustande. Im Oktober war Neurauter mit Landeshauptmann Anton Mattle zusammengetroffen. "
            "Immerhin verständigten sich beide Seiten darauf, die Schulbusse weiterfahren zu lassen.")
    found = wire_events(text, dates=False)
    assert ("Agreement", ["Alpenbus", "Tirol"], "negated") in found
    assert ("Agreement", ["Alpenbus", "Tirol"], "happened") in found
    assert ("Meeting", ["Anton Mattle", "Harald Neurauter"], "happened") in found


def test_round19_talks_that_open_the_clause_were_held_by_its_subject_pair():
    found = events("Passau (APA) - Nach drei Jahren Verhandlungen haben das Land Oberösterreich und der Freistaat Bayern "
                   "eine Einigung über die Brücke erzielt.")
    assert ("Negotiation", ["Bayern", "Oberösterreich"], "happened", None) in found


def test_round19_the_company_is_not_the_parent_named_in_its_description():
    found = wire_events("Gleisdorf (APA) - Die Stadtgemeinde Gleisdorf und die Murtal Kunststoff GmbH verhandeln über ein "
                        "Grundstück. Das Unternehmen, eine Tochter des deutschen Konzerns Rhenania Polymer AG, beschäftigt "
                        "300 Menschen. Schon im Vorjahr hatten Gemeinde und Unternehmen vereinbart, eine Straße zu bauen.",
                        dates=False)
    assert ("Agreement", ["Gleisdorf", "Murtal Kunststoff GmbH"], "happened") in found


def test_round19_the_pronoun_of_talks_with_a_named_partner_is_their_first_party():
    found = events("Gleisdorf (APA) - Die Murtal Kunststoff GmbH will ein Grundstück kaufen. Gespräche mit dem Unternehmen "
                   "habe er bisher abgelehnt, sagte der Landwirt Josef Auer.")
    assert ("Negotiation", ["Josef Auer", "Murtal Kunststoff GmbH"], "negated", None) in found


def test_round19_a_regulators_assent_is_no_agreement():
    found = events("Wien (APA) - Die Bawag übernimmt die Easybank. Zustimmen muss noch die Finanzmarktaufsicht.")
    assert [f for f in found if f[0] == "Agreement"] == []


def test_round19_a_headlines_counted_group_is_named_in_the_lead():
    found = events("Ried (APA) - Die Raiffeisenbank Sauwald eGen und die Raiffeisenbank Pramtal eGen loten einen "
                   "Zusammenschluss aus.", title="Zwei Innviertler Raiffeisenbanken verhandeln über Fusion")
    assert found == [("Negotiation", ["Raiffeisenbank Pramtal eGen", "Raiffeisenbank Sauwald eGen"], "happened", None)]


def test_round19_invited_to_a_building_and_the_bodies_that_qualify_a_plural_title():
    found = events("Wien (APA) - Für Montag hat Stocker die Präsidenten von Gewerkschaftsbund und Wirtschaftskammer, "
                   "Wolfgang Katzian und Harald Mahrer, ins Kanzleramt geladen.")
    assert found == [("Invitation", ["Christian Stocker", "Harald Mahrer", "Wolfgang Katzian"], "happened", None)]
    # guard: what is loaded into a car is no invitation
    assert events("Wien (APA) - Die Batterien wurden am Montag ins Auto geladen.") == []


@pytest.mark.parametrize("text, expected", [
    ("Wien (APA) - Die Arbeiterkammer hat gegen die Bawag geklagt und am Montag einen Vergleich erzielt.",
     [("Agreement", ["Arbeiterkammer", "Bawag"], "happened", "2025-02-10")]),
    ("Wien (APA) - Im Prozess gegen die Bawag hat der VKI am Montag einen Vergleich geschlossen.",
     [("Agreement", ["Bawag", "Verein für Konsumenteninformation"], "happened", "2025-02-10")]),
])
def test_round19_a_settlement_is_with_the_one_sued(text, expected):
    assert events(text) == expected


def test_round19_people_who_deliberate_together_meet():
    found = events("Wien (APA) - Bundeskanzler Christian Stocker, Vizekanzler Andreas Babler und Außenministerin Beate "
                   "Meinl-Reisinger berieten am Dienstag vier Stunden lang über die Pensionen.")
    assert found == [("Meeting", ["Andreas Babler", "Beate Meinl-Reisinger", "Christian Stocker"], "happened", "2025-02-11")]
    # guards: a body's session, and the chairs of a grouping's session, are no meeting of people
    assert events("Wien (APA) - Der Nationalrat beriet am Dienstag über das Budget.") == []
    assert events("Wien (APA) - Die Mitglieder der Koalition der Willigen berieten am Dienstag unter dem Vorsitz von "
                  "Emmanuel Macron und Keir Starmer.") == []


def test_round19_what_an_invitation_is_for_in_a_purpose_clause_is_planned():
    found = events("Wien (APA) - Für Montag hat Stocker die Präsidenten von Gewerkschaftsbund und Wirtschaftskammer, "
                   "Wolfgang Katzian und Harald Mahrer, ins Kanzleramt geladen, um mit ihnen über die Inflation zu beraten.")
    assert ("Meeting", ["Christian Stocker", "Harald Mahrer", "Wolfgang Katzian"], "planned", "2025-02-17") in found
