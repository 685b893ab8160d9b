"""What a user checks on the example articles: the right events, people, statuses and dates."""

from __future__ import annotations

from conftest import event_of, label_of


def test_call_between_trump_and_putin_dated_from_the_wire_header(example_results):
    result = example_results["apa-2025-03-18-trump-putin-telefonat.txt"]
    calls = event_of(result, "Call", "Donald Trump", "Wladimir Putin")
    assert len(calls) == 1
    call = calls[0]
    assert call.status == "happened"
    assert call.date == "2025-03-18"  # "am Dienstag", header Dienstag 18.03.25
    assert call.duration == "PT2H30M"  # "rund zweieinhalb Stunden"
    assert {label_of(result, p.actor) for p in call.participants} == {"Donald Trump", "Wladimir Putin"}
    first = call.evidence[0]
    assert result.text[first.start : first.end] == first.text


def test_planned_call_is_dated_forward(example_results):
    result = example_results["apa-2025-03-18-trump-putin-telefonat.txt"]
    planned = event_of(result, "Call", "Wolodymyr Selenskyj", "Donald Trump")
    assert [(e.status, e.date) for e in planned] == [("planned", "2025-03-19")]


def test_invitation_has_inviter_invitee_and_destination(example_results):
    result = example_results["apa-2025-08-09-trump-putin-alaska.txt"]
    [invitation] = event_of(result, "Invitation", "Wladimir Putin", "Donald Trump")
    roles = {label_of(result, p.actor): p.role for p in invitation.participants}
    assert roles == {"Wladimir Putin": "initiator", "Donald Trump": "recipient"}
    assert label_of(result, invitation.place) == "Moskau"
    assert invitation.status == "happened"


def test_meeting_announced_for_a_date_is_planned(example_results):
    result = example_results["apa-2025-08-09-trump-putin-alaska.txt"]
    meetings = [e for e in event_of(result, "Meeting", "Donald Trump", "Wladimir Putin") if e.date == "2025-08-15"]
    assert len(meetings) == 1
    assert meetings[0].status == "planned"
    assert label_of(result, meetings[0].place) == "Alaska"


def test_agreement_that_koennte_happen_is_hypothetical(example_results):
    result = example_results["apa-2025-05-06-meinl-reisinger-kiew.txt"]
    [agreement] = event_of(result, "Agreement", "Österreich", "Ukraine")
    assert agreement.status == "hypothetical"


def test_visit_with_visitor_and_place(example_results):
    result = example_results["apa-2025-05-06-meinl-reisinger-kiew.txt"]
    visits = event_of(result, "Visit", "Beate Meinl-Reisinger")
    assert visits, "the visit to Kiew is found"
    visit = visits[0]
    assert label_of(result, visit.place) == "Kiew"
    assert visit.date == "2025-05-06"
    assert any(p.role == "initiator" and label_of(result, p.actor) == "Beate Meinl-Reisinger" for p in visit.participants)


def test_invitation_to_vienna_by_the_foreign_minister(example_results):
    result = example_results["apa-2025-05-06-meinl-reisinger-kiew.txt"]
    [invitation] = event_of(result, "Invitation", "Beate Meinl-Reisinger", "Andrij Sybiha")
    assert label_of(result, invitation.place) == "Wien"


def test_negotiation_in_muscat_between_usa_and_iran(example_results):
    result = example_results["apa-2025-04-12-iran-usa-maskat.txt"]
    negotiations = event_of(result, "Negotiation", "Steve Witkoff", "Abbas Araghchi")
    assert negotiations and negotiations[0].status == "happened" and negotiations[0].date == "2025-04-12"


def test_roles_and_countries_of_people(example_results):
    result = example_results["apa-2025-03-18-trump-putin-telefonat.txt"]
    actors = {a.label: a for a in result.actors}
    assert actors["Donald Trump"].country == "US"
    assert "Präsident" in {r.role for r in actors["Donald Trump"].roles}
    assert actors["Wladimir Putin"].country == "RU"
    assert actors["Wladimir Putin"].type == "Person"
    assert actors["Russland"].type == "Country"


def test_surname_mentions_join_the_full_name(example_results):
    result = example_results["apa-2025-03-19-trump-selenskyj-telefonat.txt"]
    selenskyj = next(a for a in result.actors if a.label == "Wolodymyr Selenskyj")
    assert {m.text for m in selenskyj.mentions} >= {"Selenskyj"}
    assert len([a for a in result.actors if "Selenskyj" in a.label]) == 1


def test_statements_name_their_speaker(example_results):
    result = example_results["apa-2025-05-06-meinl-reisinger-kiew.txt"]
    speakers = {label_of(result, p.actor) for e in result.events if e.type == "Statement" for p in e.participants}
    assert "Beate Meinl-Reisinger" in speakers


def test_jsonl_article_offsets_index_the_text_field(example_results):
    result = example_results["feed-2025-0001"]
    assert result.title and result.published.isoformat().startswith("2025-05-07")
    for actor in result.actors:
        for mention in actor.mentions:
            assert result.text[mention.start : mention.end] == mention.text
    assert event_of(result, "Meeting", "Emmanuel Macron", "Friedrich Merz")


def test_offsets_of_every_mention_and_evidence_match_the_text(example_results):
    for result in example_results.values():
        for actor in result.actors:
            for m in actor.mentions:
                assert result.text[m.start : m.end] == m.text
        for event in result.events:
            for span in event.evidence:
                assert result.text[span.start : span.end] == span.text
