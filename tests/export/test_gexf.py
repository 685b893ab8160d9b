"""GEXF: every file kg writes is valid GEXF 1.3 (RELAX NG), dynamic, and reads back in networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.api import export
from .schema import SCHEMA, gexf_errors

GEXF = "{http://gexf.net/1.3}"
QUERIES = Path(__file__).resolve().parents[2] / "queries"
CONSTRUCT = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?a kg:metDuring ?e . ?e rdfs:label ?l ; kg:date ?d . ?a rdfs:label ?n }
WHERE { ?e a kg:Meeting ; kg:hasParticipant ?a ; rdfs:label ?l . ?a rdfs:label ?n OPTIONAL { ?e kg:date ?d } }
"""

# Every kind of GEXF kg writes: the three projections, each filter, and both query forms.
VARIANTS = {
    "actors": {},
    "bipartite": {"projection": "bipartite"},
    "events": {"projection": "events"},
    "calls-agreements": {"types": ("Call", "Agreement")},
    "march-2025": {"since": "2025-03", "until": "2025-03-31"},
    "min-weight-2": {"min_weight": 2},
    "putin-ego": {"actor": "Wladimir Putin", "depth": 1},
    "putin-ego-bipartite": {"actor": "Wladimir Putin", "depth": 2, "projection": "bipartite"},
    "with-statements": {"types": ("Statement", "Call"), "projection": "bipartite"},
    "select-query": {"query": str(QUERIES / "actor_network.rq")},
    "construct-query": {"query": "construct"},
}


@pytest.fixture(scope="module")
def gexf_files(built_store, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gexf")
    (folder / "construct.rq").write_text(CONSTRUCT, encoding="utf-8")
    files = {}
    for name, options in VARIANTS.items():
        if options.get("query") == "construct":
            options = {"query": str(folder / "construct.rq")}
        files[name] = export("gexf", folder / f"{name}.gexf", store=built_store, **options)
    return files


@pytest.fixture(scope="module")
def actors_gexf(gexf_files) -> Path:
    return gexf_files["actors"]


def test_gexf_schema_ships_with_the_tests():
    assert SCHEMA.is_file(), f"{SCHEMA} is missing: the GEXF check must not depend on ../shared"
    print(f"validating GEXF against {SCHEMA}")


@pytest.mark.parametrize("name", list(VARIANTS))
def test_gexf_validates_against_gephi_relaxng(gexf_files, name):
    errors = gexf_errors(gexf_files[name])
    assert not errors, f"{name}: " + "; ".join(errors[:5])


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(lambda g: g.find(f"{GEXF}graph").set("name", "x"), id="name-on-graph"),  # networkx's mistake
        pytest.param(lambda g: g.attrib.pop("version"), id="no-version"),
        pytest.param(lambda g: g.find(".//{http://gexf.net/1.3/viz}color").set("r", "300"), id="colour-out-of-range"),
        pytest.param(lambda g: g.find(f".//{GEXF}spell").set("start", "18.03.2025"), id="german-date-in-spell"),
        pytest.param(lambda g: g.find(f".//{GEXF}edge").attrib.pop("source"), id="edge-without-source"),
    ],
)
def test_broken_gexf_fails_the_schema(actors_gexf, tmp_path, breakage):
    tree = etree.parse(str(actors_gexf))
    breakage(tree.getroot())
    broken = tmp_path / "broken.gexf"
    tree.write(str(broken))
    assert gexf_errors(broken), "a deliberately broken file passed the schema: the check checks nothing"


def test_gexf_is_dynamic_with_dates_for_gephis_timeline(actors_gexf):
    graph = etree.parse(str(actors_gexf)).getroot().find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert graph.get("start") <= "2025-03-18" <= graph.get("end")
    spells = graph.findall(f".//{GEXF}spell")
    assert spells and all(len(s.get("start")) == 10 and s.get("start") <= s.get("end") for s in spells)
    declared = {a.get("title"): a.get("type") for a in graph.iter(f"{GEXF}attribute")}
    assert declared["mentions"] == "long" and declared["weighted_degree"] == "double" and declared["actor_type"] == "string"


def test_trump_putin_are_joined_by_a_call_and_an_agreement_edge(actors_gexf):
    graph = nx.read_gexf(str(actors_gexf))
    labels = {d["label"]: n for n, d in graph.nodes(data=True)}
    trump, putin = labels["Donald Trump"], labels["Wladimir Putin"]
    assert trump == "https://w3id.org/kg-news/id/actor/person/donald-trump"  # stable ids: the actor IRIs
    edges = {d["event_type"]: d for d in graph[trump][putin].values()}
    assert {"Call", "Agreement"} <= set(edges)
    call = edges["Call"]
    assert call["weight"] >= 1 and "2025-03-18" in call["dates"]
    assert ("2025-03-18", "2025-03-18") in call["spells"]
    assert "Putin" in call["evidence"] or "Kreml" in call["evidence"]
    kinds = {e.get("kind") for e in etree.parse(str(actors_gexf)).iter(f"{GEXF}edge")
             if {e.get("source"), e.get("target")} == {trump, putin}}
    assert {"Call", "Agreement"} <= kinds


def test_gexf_round_trips_through_networkx(built_store, actors_gexf):
    from kg.export.network import build_network
    from kg.store import Store

    with Store.open(built_store, read_only=True) as store:
        expected = build_network(store)
    graph = nx.read_gexf(str(actors_gexf))
    assert graph.number_of_nodes() == expected.number_of_nodes() > 10
    assert graph.number_of_edges() == expected.number_of_edges() > 10
    trump = "https://w3id.org/kg-news/id/actor/person/donald-trump"
    for key in ("label", "actor_type", "country", "mentions", "roles", "events"):
        assert graph.nodes[trump][key] == expected.nodes[trump][key], key
    assert graph.nodes[trump]["viz"]["color"]["b"] == 178  # persons are blue in every export
    assert graph.nodes[trump]["spells"] == expected.nodes[trump]["spells"]


def test_bipartite_gexf_has_actor_and_event_nodes_with_roles(gexf_files):
    graph = nx.read_gexf(str(gexf_files["bipartite"]))
    kinds = {d["node_kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"actor", "event"}
    roles = {d["role"] for *_, d in graph.edges(data=True)}
    assert "participant" in roles and roles <= {"initiator", "recipient", "participant", "speaker"}
    assert all(graph.nodes[a]["node_kind"] != graph.nodes[b]["node_kind"] for a, b in graph.edges())


def test_statements_appear_only_when_asked(gexf_files):
    types = {d.get("event_type") for _, d in nx.read_gexf(str(gexf_files["bipartite"])).nodes(data=True)}
    assert "Statement" not in types
    types = {d.get("event_type") for _, d in nx.read_gexf(str(gexf_files["with-statements"])).nodes(data=True)}
    assert "Statement" in types and "Call" in types and "Meeting" not in types
