"""RDF: kg's ontology terms, instance IRIs, and the mapping of extraction results to graphs."""

from kg.rdf.mapping import document_graph, graph_digest, map_document
from kg.rdf.namespace import KG
from kg.rdf.terms import PREFIXES, article_iri, graph_iri

__all__ = ["KG", "PREFIXES", "article_iri", "document_graph", "graph_digest", "graph_iri", "map_document"]
