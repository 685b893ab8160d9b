"""IRIs for instance data, and the vocabularies kg maps to.

Instance IRIs are stable: the same article, actor or event always gets the same IRI, so
re-ingesting replaces rather than duplicates, and other graphs can link to kg's.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef

from kg.rdf.namespace import KG

ID = Namespace("https://w3id.org/kg-news/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "kg": str(KG),
    "kgid": str(ID),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "nif": str(NIF),
    "gaf": str(GAF),
    "wd": str(WD),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

STATUS = {"happened": KG.Happened, "planned": KG.Planned, "hypothetical": KG.Hypothetical, "negated": KG.Negated}
ROLE = {"initiator": KG.Initiator, "recipient": KG.Recipient, "participant": KG.Participant, "speaker": KG.Speaker, "source": KG.Source}
ACTOR_CLASS = {"Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country, "Place": KG.Place}
EVENT_CLASS = {
    "Call": KG.Call, "Visit": KG.Visit, "Meeting": KG.Meeting, "Agreement": KG.Agreement,
    "Invitation": KG.Invitation, "Negotiation": KG.Negotiation, "Statement": KG.Statement,
}


def _safe(value: str) -> str:
    return quote(value, safe="-._~")


def article_iri(doc_id: str) -> URIRef:
    return ID[f"article/{_safe(doc_id)}"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds everything kg extracted from one article.

    An article whose id is the name of one of kg's own graphs ("runs") gets its first letter
    percent-encoded: a different IRI that still reads back as the same id, so it can never
    replace the runs graph.
    """
    safe = _safe(doc_id)
    if safe in RESERVED_GRAPHS:
        safe = f"%{ord(safe[0]):02X}{safe[1:]}"
    return ID[f"graph/{safe}"]


def doc_id_of_graph(graph: str) -> str | None:
    """The article id of a graph IRI made by :func:`graph_iri` (None for other graphs)."""
    prefix = str(ID["graph/"])
    if not graph.startswith(prefix) or graph == str(RUNS_GRAPH):
        return None
    return unquote(graph[len(prefix):])


def actor_iri(actor_id: str) -> URIRef:
    """``person:donald-trump`` -> ``…/id/actor/person/donald-trump``."""
    kind, _, name = actor_id.partition(":")
    return ID[f"actor/{_safe(kind)}/{_safe(name)}"]


def country_iri(iso: str) -> URIRef:
    return actor_iri(f"country:{iso.upper()}")


def event_iri(doc_id: str, event_id: str) -> URIRef:
    """An event reported by one article only (undated events, statements)."""
    return ID[f"event/{_safe(doc_id)}/{_safe(event_id)}"]


def event_instance_iri(kind: str, date: str, actor_ids: list[str], place: str | None = None) -> URIRef:
    """The one IRI of a dated event, whichever article reports it.

    Same type, same participants and same date give the same IRI, so three articles about one
    phone call add three reports (evidence, status) to one event, and two calls on different
    days, or with different participants, never merge. A visit's destination is part of its
    identity (Paris in the morning and Warschau in the afternoon are two visits). A pure function of the extraction, so
    the graph does not depend on the order or batching in which articles are built.
    """
    key = "|".join(sorted(actor_ids)) + (f"@{place}" if place else "")
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return ID[f"event/{kind.lower()}/{_safe(date)}/{digest}"]


def mention_iri(doc_id: str, start: int, end: int) -> URIRef:
    """NIF-style offset IRI: ``<article>#char=12,40``."""
    return URIRef(f"{article_iri(doc_id)}#char={start},{end}")


def run_iri(run_id: str) -> URIRef:
    return ID[f"run/{_safe(run_id)}"]


RESERVED_GRAPHS = {"runs"}  # kg's own graphs, beside the articles'
RUNS_GRAPH = ID["graph/runs"]
