"""Projections and filters: what a user asks of ``kg export`` is what the network holds."""

from __future__ import annotations

import pytest

from kg.errors import ExportError
from kg.export.network import (
    NetworkOptions,
    build_network,
    date_span,
    format_intervals,
    merge_spells,
)
from kg.store import Store

TRUMP = "https://w3id.org/kg-news/id/actor/person/donald-trump"
PUTIN = "https://w3id.org/kg-news/id/actor/person/wladimir-putin"


@pytest.fixture(scope="module")
def network(built_store):
    def build(**options):
        with Store.open(built_store, read_only=True) as store:
            return build_network(store, NetworkOptions(**options))

    return build


def test_actor_network_has_one_edge_per_pair_and_event_type(network):
    graph = network()
    assert graph.graph["projection"] == "actors" and not graph.is_directed()
    kinds = sorted(graph[TRUMP][PUTIN])
    assert [k.rsplit("|", 1)[1] for k in kinds] == sorted({d["kind"] for d in graph[TRUMP][PUTIN].values()})
    call = next(d for d in graph[TRUMP][PUTIN].values() if d["kind"] == "Call")
    assert call["pair_events"] >= call["events"] == call["weight"]
    assert call["first_date"] == "2025-03-18"
    assert all(graph.degree(n) > 0 for n in graph)
    assert all(isinstance(v, (str, int, float, bool, list)) for _, d in graph.nodes(data=True) for v in d.values())


@pytest.mark.parametrize("types", [("Call",), ("Call", "Agreement"), ("meeting",)])
def test_type_filter_keeps_only_those_event_types(network, types):
    graph = network(types=types)
    wanted = {t.capitalize() for t in types}
    assert graph.number_of_edges() > 0
    assert {d["kind"] for *_, d in graph.edges(data=True)} <= wanted


def test_since_until_keep_events_inside_the_range(network):
    graph = network(since="2025-03-18", until="2025-03-19")
    spells = [s for *_, d in graph.edges(data=True) for s in d["spells"]]
    assert spells and all("2025-03-18" <= a <= b <= "2025-03-19" for a, b in spells)
    assert graph.graph["start"] >= "2025-03-18" and graph.graph["end"] <= "2025-03-19"
    assert PUTIN in graph and TRUMP in graph


def test_min_weight_drops_light_edges_and_lonely_nodes(network):
    full, heavy = network(), network(min_weight=2)
    assert 0 < heavy.number_of_edges() < full.number_of_edges()
    assert all(w >= 2 for *_, w in heavy.edges(data="weight"))
    assert all(heavy.degree(n) > 0 for n in heavy)


@pytest.mark.parametrize("name", ["Wladimir Putin", "wladimir putin", "Putin", PUTIN, "person/wladimir-putin"])
def test_actor_ego_network_by_label_alias_or_iri(network, name):
    graph = network(actor=name, depth=1)
    assert graph.graph["ego"] == PUTIN
    assert set(graph) == {PUTIN} | set(network()[PUTIN])


def test_deeper_ego_network_is_larger(network):
    one, two = network(actor="Wladimir Putin", depth=1), network(actor="Wladimir Putin", depth=2)
    assert set(one) < set(two)


def test_ego_network_in_the_other_projections(network):
    bipartite = network(projection="bipartite", actor="Wladimir Putin")
    events = [n for n, d in bipartite.nodes(data=True) if d["node_kind"] == "event"]
    assert events and all(bipartite.has_edge(PUTIN, e) for e in events)
    event_graph = network(projection="events", actor="Wladimir Putin")
    assert event_graph.number_of_nodes() == len(events)


def test_event_projection_joins_events_through_shared_actors(network):
    graph = network(projection="events")
    assert all(d["node_kind"] == "event" for _, d in graph.nodes(data=True))
    edge = next(d for *_, d in graph.edges(data=True) if "Wladimir Putin" in d["shared_actors"])
    assert edge["weight"] == len(edge["shared_actors"].split("; "))


def test_select_query_builds_a_weighted_network(network):
    graph = network(query="actor_network")  # a saved query's name works as well as a file
    assert graph.graph["projection"] == "query"
    assert graph.nodes[TRUMP]["label"] == "Donald Trump" and graph.nodes[TRUMP]["actor_type"] == "Person"
    assert {d["kind"] for d in graph[TRUMP][PUTIN].values()} >= {"Call", "Agreement"}


def test_construct_query_turns_triples_into_edges_and_attributes(network, tmp_path):
    rq = tmp_path / "visits.rq"
    rq.write_text(
        "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
        "CONSTRUCT { ?a kg:tookPartIn ?e . ?e kg:date ?d } WHERE { ?e a kg:Call ; kg:hasParticipant ?a ; kg:date ?d }",
        encoding="utf-8",
    )
    graph = network(query=str(rq))
    assert graph.is_directed()
    assert {d["kind"] for *_, d in graph.edges(data=True)} == {"tookPartIn"}
    calls = [d for _, d in graph.nodes(data=True) if d.get("event_type") == "Call"]
    assert calls and all(d.get("spells") for d in calls)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": ("Cal",)}, "--type 'Cal': unknown event type; choose from Call"),
        ({"since": "18.03.2025"}, "--since '18.03.2025': not a date; write YYYY-MM-DD"),
        ({"since": "2025-04", "until": "2025-03"}, "swap them"),
        ({"actor": "Wladimir Putn"}, "did you mean 'Wladimir Putin'"),
        ({"actor": "Nobody Atall"}, "no actor with this label or IRI"),
        ({"depth": 2}, "--depth needs --actor"),
        ({"actor": "Putin", "depth": 0}, "--depth 0: must be 1 or more"),
        ({"projection": "triangles"}, "--projection 'triangles': choose one of actors, bipartite, events"),
        ({"query": "no/such/file.rq"}, "no such file and no saved query"),
        ({"since": "1990", "until": "1990"}, "nothing to export: no actor network matches; widen --since, --until"),
        ({"min_weight": 1000}, "nothing to export: no actor network matches; widen --min-weight"),
    ],
)
def test_bad_options_raise_export_errors_that_say_what_to_do(network, options, message):
    with pytest.raises(ExportError, match=None) as info:
        network(**options)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT ?a ?b WHERE { ?a ?p ?b } LIMIT 1", "it needs ?source and ?target"),
        ("ASK { ?s ?p ?o }", "an ASK query has no graph"),
        ("SELECT ?source ?target WHERE { ?source ?p ?target ", "fix the query"),
    ],
)
def test_unusable_query_files_are_named_in_the_error(network, tmp_path, sparql, message):
    rq = tmp_path / "mine.rq"
    rq.write_text(sparql, encoding="utf-8")
    with pytest.raises(ExportError) as info:
        network(query=str(rq))
    assert message in str(info.value) and "mine.rq" in str(info.value)


@pytest.mark.parametrize(
    ("value", "span"),
    [("2025-03-18", ("2025-03-18", "2025-03-18")), ("2025-02", ("2025-02-01", "2025-02-28")),
     ("2024", ("2024-01-01", "2024-12-31")), ("2024-02-29", ("2024-02-29", "2024-02-29"))],
)
def test_dates_of_every_precision_become_intervals(value, span):
    assert date_span(value) == span


def test_overlapping_intervals_merge_for_gephi():
    spells = merge_spells([("2025-03-18", "2025-03-18"), ("2025-03-01", "2025-03-31"), ("2025-04-02", "2025-04-02")])
    assert spells == [("2025-03-01", "2025-03-31"), ("2025-04-02", "2025-04-02")]
    assert format_intervals(spells) == "<[2025-03-01, 2025-03-31]; [2025-04-02, 2025-04-02]>"
