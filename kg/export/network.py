"""The actor network: actors as nodes, shared events as weighted edges (a networkx graph).

Node and edge attributes are plain ``str``/``int``/``float`` values, as Gephi and networkx's
writers need (an rdflib ``URIRef`` or a list would break them); IRIs are kept as strings.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

EVENT_TYPES = ("Call", "Visit", "Meeting", "Agreement", "Invitation", "Negotiation")

NETWORK_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?event ?class ?date ?status ?actor WHERE {
  ?event a ?class ; kg:hasParticipant ?actor ; kg:status ?status .
  VALUES ?class { kg:Call kg:Visit kg:Meeting kg:Agreement kg:Invitation kg:Negotiation }
  OPTIONAL { ?event kg:date ?date }
}
"""

ACTOR_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
SELECT ?actor ?class (SAMPLE(?name) AS ?label) (SAMPLE(?iso) AS ?country) (COUNT(DISTINCT ?m) AS ?mentions)
       (GROUP_CONCAT(DISTINCT ?office; separator=", ") AS ?roles)
WHERE {
  ?actor a ?class ; rdfs:label ?name .
  VALUES ?class { kg:Person kg:Organization kg:Country kg:Place }
  OPTIONAL { ?actor gaf:denotedBy ?m }
  OPTIONAL { ?actor kg:country/kg:isoCode ?iso1 }
  OPTIONAL { ?actor kg:isoCode ?iso2 }
  OPTIONAL { ?actor kg:holdsOffice/kg:roleName ?office }
  BIND(COALESCE(?iso1, ?iso2) AS ?iso)
}
GROUP BY ?actor ?class
"""


def _local(iri: Any) -> str:
    return str(iri).rsplit("#", 1)[-1]


def actor_network(store: Any, *, types: tuple[str, ...] | None = None) -> nx.Graph:
    """Build the actor network of the store (optionally only some event types)."""
    wanted = set(types or EVENT_TYPES)
    events: dict[str, dict[str, Any]] = {}
    for row in store.query(NETWORK_QUERY):
        kind = _local(row["class"])
        if kind not in wanted:
            continue
        event = events.setdefault(str(row["event"]), {"type": kind, "date": str(row["date"]) if row["date"] else "", "actors": set()})
        event["actors"].add(str(row["actor"]))
    graph = nx.Graph(name="kg actor network")
    used = {a for e in events.values() for a in e["actors"]}
    for row in store.query(ACTOR_QUERY):
        actor = str(row["actor"])
        if actor not in used:
            continue
        graph.add_node(
            actor,
            label=str(row["label"]),
            actor_type=_local(row["class"]),
            country=str(row["country"] or ""),
            mentions=int(row["mentions"]),
            roles=str(row["roles"] or ""),
        )
    pairs: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"weight": 0, "types": defaultdict(int), "dates": []})
    for event in events.values():
        actors = sorted(event["actors"])
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                data = pairs[(a, b)]
                data["weight"] += 1
                data["types"][event["type"]] += 1
                if event["date"]:
                    data["dates"].append(event["date"])
    for (a, b), data in pairs.items():
        if a not in graph or b not in graph:
            continue
        dates = sorted(data["dates"])
        attrs: dict[str, Any] = {
            "weight": float(data["weight"]),
            "event_types": ", ".join(sorted(data["types"])),
            "first_date": dates[0] if dates else "",
            "last_date": dates[-1] if dates else "",
        }
        for kind in EVENT_TYPES:
            attrs[f"n_{kind.lower()}"] = int(data["types"].get(kind, 0))
        graph.add_edge(a, b, **attrs)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph
