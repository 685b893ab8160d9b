"""Exports: GEXF that Gephi's schema accepts and networkx reads back; GraphML; RDF dumps."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.api import export

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "gexf-1.3" / "gexf.rng"


@pytest.fixture(scope="module")
def gexf_file(built_store, tmp_path_factory) -> Path:
    return export("gexf", tmp_path_factory.mktemp("gexf") / "net.gexf", store=built_store)


def test_gexf_validates_against_gephi_relaxng(gexf_file):
    if not SCHEMA.exists():
        pytest.skip(f"GEXF 1.3 RELAX NG schema not found at {SCHEMA}")
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(gexf_file))), schema.error_log.last_error


def test_gexf_reads_back_with_actors_and_weights(gexf_file):
    graph = nx.read_gexf(str(gexf_file))
    labels = {d["label"]: n for n, d in graph.nodes(data=True)}
    trump, putin = labels["Donald Trump"], labels["Wladimir Putin"]
    edge = graph.edges[trump, putin]
    assert edge["weight"] >= 3
    assert "Call" in edge["event_types"] and edge["n_call"] >= 3
    assert graph.nodes[trump]["actor_type"] == "Person" and graph.nodes[trump]["country"] == "US"


def test_graphml_round_trip(built_store, tmp_path):
    path = export("graphml", tmp_path / "net.graphml", store=built_store)
    graph = nx.read_graphml(str(path))
    assert any(d.get("label") == "Wladimir Putin" for _, d in graph.nodes(data=True))


@pytest.mark.parametrize("fmt", ["nq", "ttl", "trig"])
def test_rdf_dumps_parse_back(built_store, tmp_path, fmt):
    import pyoxigraph as ox
    from rdflib import Graph

    path = export(fmt, tmp_path / f"g.{fmt}", store=built_store)
    if fmt == "ttl":
        assert len(Graph().parse(path, format="turtle")) > 1000
    else:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG))
        assert len({q.graph_name for q in quads}) >= 11
