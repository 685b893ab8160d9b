"""Rules of round 16, each checked with sentences of our own: who acts for the sides of talks (a headline that names
one side, the people tied to a side by a title or a bracket, the leaders of the negotiating teams), and dates that a
reported event cannot take from a plan."""

from __future__ import annotations

HEADER = "apa.at\nnews/APA/Mittwoch, 12.02.25, 19:00:58\n\n"


def events(text: str, title: str = "Titel") -> list[tuple[str, list[str], str, str | None]]:
    from kg.api import extract_text

    result = extract_text(HEADER + title + "\n\n" + text)
    labels = {a.id: a.label for a in result.actors}
    return sorted((e.type, sorted(labels[p.actor] for p in e.participants), e.status, e.date)
                  for e in result.events if e.type != "Statement")


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
