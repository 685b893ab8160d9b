"""Saved queries rewritten for speed (issue #7) still give the answers the graph holds.

Each expectation is counted here in Python from the store's quads, independently of SPARQL, on
the store built from examples/.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS

from kg.api import query
from kg.errors import QueryError
from kg.query import saved_queries
from kg.rdf.namespace import KG
from kg.rdf.terms import GAF
from kg.store import Store

ACTOR_CLASSES = {str(c) for c in (KG.Person, KG.Organization, KG.Country, KG.Place)}
EVENT_CLASSES = {str(c) for c in (KG.Call, KG.Visit, KG.Meeting, KG.Agreement, KG.Invitation, KG.Negotiation)}
TYPE, LABEL, DENOTED_BY, IDENTIFIER = str(RDF.type), str(RDFS.label), str(GAF.denotedBy), str(DCTERMS.identifier)


@pytest.fixture(scope="module")
def quads(built_store) -> list[tuple[str, str, str, str]]:
    """Every (subject, predicate, object, graph) of the example store, as plain strings."""
    with Store.open(built_store, read_only=True) as store:
        data = store.dump(None, "nq")
    return [(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value)
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]


def _typed(quads, classes) -> set[tuple]:
    return {(s, g) for s, p, o, g in quads if p == TYPE and o in classes}


def _rows(saved: str, store, **params: str) -> list[dict]:
    return query(saved, store=store, params=params).rows


def test_actors_count_every_mention(built_store, quads):
    actors = {s for s, _ in _typed(quads, ACTOR_CLASSES)}
    expected = Counter(s for s, p, o, g in quads if p == DENOTED_BY and s in actors)
    rows = _rows("actors", built_store)
    assert {str(r["actor"]) for r in rows} == actors
    assert {str(r["actor"]): int(r["mentions"]) for r in rows if r["mentions"] is not None} == dict(expected)
    putin = next(r for r in rows if str(r["label"]) == "Wladimir Putin")
    assert str(putin["type"]) == "Person" and int(putin["mentions"]) == expected[str(putin["actor"])] > 10


def test_actor_aliases_count_articles(built_store, quads):
    articles = defaultdict(set)
    for s, p, o, g in quads:
        if p == DENOTED_BY:
            articles[s].add(g)
    rows = _rows("actor_aliases", built_store)
    actors = {str(r["actor"]) for r in rows}
    assert {str(r["actor"]): int(r["articles"]) for r in rows if r["articles"] is not None} == {
        a: len(gs) for a, gs in articles.items() if a in actors
    }


def test_graph_summary_counts_pairs_and_distinct_nodes(built_store, quads):
    mentioned = {(s, g) for s, p, o, g in quads if p == DENOTED_BY}
    actor_pairs = _typed(quads, ACTOR_CLASSES) & mentioned
    event_pairs = _typed(quads, EVENT_CLASSES)
    rows = {str(r["what"]): (int(r["per_article"]), int(r["distinct"])) for r in _rows("graph_summary", built_store)}
    assert rows == {
        "actors": (len(actor_pairs), len({s for s, _ in actor_pairs})),
        "events": (len(event_pairs), len({s for s, _ in event_pairs})),
    }


def test_events_of_actor_follows_the_actor_through_every_article(built_store, quads):
    putin = {s for s, p, o, g in quads if p == LABEL and o == "Wladimir Putin"}
    participations = {s for s, p, o, g in quads if p == str(KG.actor) and o in putin}
    roles = defaultdict(set)
    for s, p, o, g in quads:
        if p == str(KG.role) and s in participations:
            roles[s].add(o.rsplit("#", 1)[-1].lower())
    expected = {(e, role) for e, p, part, g in quads if p == str(KG.hasParticipation) for role in roles.get(part, ())}
    rows = _rows("events_of_actor", built_store, name="Wladimir Putin")
    assert {(str(r["event"]), str(r["role"])) for r in rows} == expected
    assert len(expected) > 5


def test_actor_network_counts_shared_events(built_store, quads):
    kinds = {(s, g): o for s, p, o, g in quads if p == TYPE and o in EVENT_CLASSES}
    participants = defaultdict(set)
    for s, p, o, g in quads:
        if p == str(KG.hasParticipant) and (s, g) in kinds:
            participants[(s, g)].add(o)
    events = defaultdict(set)
    for (event, g), people in participants.items():
        for a in people:
            for b in people:
                if a < b:
                    events[(a, b, kinds[(event, g)].rsplit("#", 1)[-1])].add(event)
    rows = _rows("actor_network", built_store)
    assert {(str(r["source"]), str(r["target"]), str(r["type"])): int(r["events"]) for r in rows} == {k: len(v) for k, v in events.items()}
    labels = {s: o for s, p, o, g in quads if p == LABEL}
    assert all(str(r["source_label"]) == labels[str(r["source"])] for r in rows)


def test_event_sources_list_every_report(built_store, quads):
    kinds = _typed(quads, EVENT_CLASSES)
    article_of = {g: o for s, p, o, g in quads if p == IDENTIFIER}
    reports = defaultdict(set)
    for event, g in kinds:
        reports[event].add(article_of[g])
    rows = _rows("event_sources", built_store)
    assert {str(r["event"]): int(r["reports"]) for r in rows} == {e: len(a) for e, a in reports.items()}
    assert {str(r["event"]): {s.split(": ")[0] for s in str(r["sources"]).split(" | ")} for r in rows} == reports


def test_disputed_events_are_the_events_with_two_statuses(built_store, quads):
    kinds = _typed(quads, EVENT_CLASSES)
    statuses = defaultdict(set)
    for s, p, o, g in quads:
        if p == str(KG.status) and (s, g) in kinds:
            statuses[s].add(o)
    rows = _rows("disputed_events", built_store)
    assert {str(r["event"]) for r in rows} == {e for e, st in statuses.items() if len(st) > 1}
    assert rows


@pytest.mark.parametrize("day, holders", [("2025-03-19", {"Donald Trump", "Wladimir Putin", "Wolodymyr Selenskyj"}),
                                          ("2025-01-01", set())])
def test_offices_on_date_only_reports_up_to_the_day(built_store, day, holders):
    rows = _rows("offices_on_date", built_store, role="Präsident", day=day)
    assert {str(r["label"]) for r in rows} == holders
    assert all(str(r["last_reported"]) <= day for r in rows)


def test_event_evidence_takes_an_event_as_option():
    saved = saved_queries()["event_evidence"]
    assert saved.params == {}
    assert saved.options["event"][0] == "iri"


def test_event_evidence_for_one_event_is_its_part_of_the_whole_list(built_store):
    call = next(r for r in _rows("calls", built_store) if str(r["date"]) == "2025-03-18"
                and {p.strip() for p in str(r["participants"]).split("|")} == {"Donald Trump", "Wladimir Putin"})
    everything = _rows("event_evidence", built_store)
    rows = _rows("event_evidence", built_store, event=str(call["event"]))
    assert rows and {r["event"] for r in rows} == {call["event"]}
    key = lambda r: (str(r["article"]), int(r["start"]), int(r["end"]))  # noqa: E731
    assert sorted(map(key, rows)) == sorted(key(r) for r in everything if r["event"] == call["event"])
    reporting = {str(r["article"]) for r in _rows("calls", built_store) if r["event"] == call["event"]}
    assert {str(r["article"]) for r in rows} == reporting


def test_unknown_option_is_refused_with_the_ones_the_query_takes(built_store):
    with pytest.raises(QueryError, match=r"unknown parameter\(s\) \['article'\]; this query takes \['event'\]"):
        query("event_evidence", store=built_store, params={"article": "x"})


def test_query_list_names_each_saved_querys_parameters_and_options():
    from click.testing import CliRunner

    from kg.cli import cli

    out = CliRunner().invoke(cli, ["query", "--list"])
    assert out.exit_code == 0, out.output
    lines = {line.split()[0]: line for line in out.output.splitlines() if line and not line.startswith(" ")}
    assert "[options: event]" in lines["event_evidence"]
    assert "[params: role, day]" in lines["offices_on_date"]
    assert "[params" not in lines["calls"] and "[options" not in lines["calls"]
