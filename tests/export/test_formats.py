"""GraphML, CSV tables, graphology JSON, pictures, RDF dumps and the two commands."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from kg.api import export
from kg.cli import cli

TRUMP = "https://w3id.org/kg-news/id/actor/person/donald-trump"
PUTIN = "https://w3id.org/kg-news/id/actor/person/wladimir-putin"


@pytest.mark.parametrize("projection", ["actors", "bipartite", "events"])
def test_graphml_round_trip_keeps_counts_and_attributes(built_store, tmp_path, projection):
    path = export("graphml", tmp_path / "net.graphml", store=built_store, projection=projection)
    graph = nx.read_graphml(str(path))
    gexf = nx.read_gexf(str(export("gexf", tmp_path / "net.gexf", store=built_store, projection=projection)))
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (gexf.number_of_nodes(), gexf.number_of_edges())
    if projection == "events":
        call = next(d for _, d in graph.nodes(data=True) if d["event_type"] == "Call" and "Wladimir Putin" in d["participants"])
        assert call["node_kind"] == "event" and call["timeset"].startswith("<[20")
        return
    putin = graph.nodes[PUTIN]
    assert putin["label"] == "Wladimir Putin" and putin["actor_type"] == "Person"
    assert putin["timeset"].startswith("<[") and "[2025-03-18, 2025-03-18]" in putin["timeset"]


def test_graphml_edges_carry_kind_weight_and_dates(built_store, tmp_path):
    graph = nx.read_graphml(str(export("graphml", tmp_path / "net.graphml", store=built_store)))
    call = next(d for d in graph[TRUMP][PUTIN].values() if d["kind"] == "Call")
    assert call["weight"] >= 1.0 and "2025-03-18" in call["timeset"]


def test_csv_tables_follow_gephis_spreadsheet_conventions(built_store, runner, tmp_path):
    result = runner.invoke(cli, ["export", "--format", "csv", "-o", str(tmp_path / "net.csv"), "--store", str(built_store)])
    assert result.exit_code == 0, result.output
    assert "net-nodes.csv" in result.output and "net-edges.csv" in result.output
    with (tmp_path / "net-nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with (tmp_path / "net-edges.csv").open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes[0])[:3] == ["Id", "Label", "timeset"]
    assert list(edges[0])[:8] == ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "timeset"]
    gexf = nx.read_gexf(str(export("gexf", tmp_path / "net.gexf", store=built_store)))
    assert (len(nodes), len(edges)) == (gexf.number_of_nodes(), gexf.number_of_edges())
    assert len({e["Id"] for e in edges}) == len(edges)
    call = next(e for e in edges if {e["Source"], e["Target"]} == {TRUMP, PUTIN} and e["Kind"] == "Call")
    assert call["Type"] == "Undirected" and float(call["Weight"]) >= 1
    assert "[2025-03-18, 2025-03-18]" in call["timeset"]
    assert all("\n" not in v for row in nodes + edges for v in row.values())


def test_json_is_graphology_serialisation(built_store, tmp_path):
    data = json.loads(export("json", tmp_path / "net.json", store=built_store).read_text(encoding="utf-8"))
    assert set(data) == {"attributes", "options", "nodes", "edges"}
    assert data["options"] == {"type": "undirected", "multi": True, "allowSelfLoops": False}
    putin = next(n for n in data["nodes"] if n["key"] == PUTIN)["attributes"]
    assert putin["label"] == "Wladimir Putin" and putin["color"].startswith("#")
    assert {"x", "y", "size"} <= set(putin) and ["2025-03-18", "2025-03-18"] in putin["intervals"]
    assert all({"key", "source", "target", "attributes"} <= set(e) for e in data["edges"])


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_plot_command_draws_a_figure(built_store, runner, tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    result = runner.invoke(cli, ["plot", "-o", str(out), "--store", str(built_store)])
    assert result.exit_code == 0, result.output
    magic = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix]
    assert out.read_bytes().startswith(magic) and out.stat().st_size > 5000


def test_plot_names_the_legend_and_labels_the_hubs(built_store, tmp_path):
    svg = export("svg", tmp_path / "g.svg", store=built_store).read_text(encoding="utf-8")
    for text in ("Donald Trump", "Wladimir Putin", "Person", "Country", "Call", "colour = type"):
        assert text in svg


def test_plot_rejects_an_unknown_picture_format(built_store, runner, tmp_path):
    result = runner.invoke(cli, ["plot", "-o", str(tmp_path / "g.gif"), "--store", str(built_store)])
    assert result.exit_code == 2 and ".png, .svg or .pdf" in result.output


def test_export_errors_are_one_line_naming_the_option(built_store, runner, tmp_path):
    result = runner.invoke(cli, ["export", "--type", "Telefonat", "-o", str(tmp_path), "--store", str(built_store)])
    assert result.exit_code == 1
    expected = ("Error: --type 'Telefonat': unknown event type; choose from Call, Visit, Meeting, Agreement, "
                "Invitation, Negotiation, Statement")
    assert result.output.strip().splitlines() == [expected]


def test_network_options_with_a_dump_format_are_a_usage_error(built_store, runner, tmp_path):
    result = runner.invoke(cli, ["export", "--format", "nq", "--actor", "Putin", "-o", str(tmp_path), "--store", str(built_store)])
    assert result.exit_code == 2 and "--actor only apply to network formats" in result.output


def test_export_into_a_folder_uses_the_projection_name(built_store, tmp_path):
    assert export("gexf", tmp_path, store=built_store).name == "actor-network.gexf"
    assert export("gexf", tmp_path, store=built_store, projection="bipartite").name == "actor-event-network.gexf"


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
