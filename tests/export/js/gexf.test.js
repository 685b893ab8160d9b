// graphology-gexf, the parser behind Gephi Lite, reads kg's GEXF; graphology imports kg's JSON.
// Run by tests/export/test_js.py, which exports the files and the expected figures into
// $KG_EXPORT_DIR (actor-network.gexf, actor-network.json, expected.json).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const dir = process.env.KG_EXPORT_DIR;
const read = (name) => fs.readFileSync(path.join(dir, name), "utf8");
const expected = dir ? JSON.parse(read("expected.json")) : null;

test("graphology-gexf parses kg's GEXF with all nodes, edges and attributes", { skip: !dir && "KG_EXPORT_DIR not set" }, () => {
  const graph = gexf.parse(Graph, read("actor-network.gexf"));
  assert.equal(graph.order, expected.nodes);
  assert.equal(graph.size, expected.edges);
  assert.equal(graph.multi, true, "parallel edges of different kinds need a multigraph");
  const trump = graph.getNodeAttributes(expected.trump);
  assert.equal(trump.label, "Donald Trump");
  assert.equal(trump.actor_type, "Person");
  assert.equal(trump.country, "US");
  assert.equal(typeof trump.mentions, "number");
  assert.match(trump.color, /^rgb|^#/);
  const kinds = graph.edges(expected.trump, expected.putin).map((e) => graph.getEdgeAttribute(e, "kind"));
  assert.ok(kinds.includes("Call") && kinds.includes("Agreement"), `kinds: ${kinds}`);
});

test("graphology imports kg's JSON as it is", { skip: !dir && "KG_EXPORT_DIR not set" }, () => {
  const graph = Graph.from(JSON.parse(read("actor-network.json")));
  assert.equal(graph.order, expected.nodes);
  assert.equal(graph.size, expected.edges);
  assert.equal(graph.type, "undirected");
  assert.equal(graph.getNodeAttribute(expected.putin, "label"), "Wladimir Putin");
});
