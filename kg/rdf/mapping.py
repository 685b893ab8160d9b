"""Map one article's extraction result to RDF: one named graph per article.

What goes into the graph (see ontology/README.md for the model):
- the article (kg:Article, schema:headline, schema:datePublished, dcterms:identifier) and its
  NIF context (the text, nif:isString);
- every actor with its type, label, surface forms (skos:altLabel), country, offices observed
  in this article (kg:OfficeHolding with kg:observedOn = publication date) and mentions;
- every event with type, status, date, duration, place, participants (kg:hasParticipant and a
  kg:Participation per role), sources (kg:accordingTo), CAMEO/PLOVER codes and evidence;
- mentions as NIF strings with offsets into the article text (gaf:denotedBy).

The run that produced the graph (kg:extractedBy) is the only triple outside the content
digest, so re-ingesting the same text with the same pipeline changes nothing.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.extract.model import DocumentResult, Event, TextSpan
from kg.rdf.namespace import KG
from kg.rdf.terms import (
    ACTOR_CLASS, EVENT_CLASS, GAF, NIF, PROV, ROLE, SCHEMA, STATUS, WD, actor_iri, article_iri,
    RUNS_GRAPH, country_iri, event_instance_iri, event_iri, graph_iri, mention_iri, run_iri,
)

# Triples that are not content: the digest itself, and the run that wrote the graph.
NOT_CONTENT = (str(KG.contentDigest), str(KG.extractedBy))


@functools.lru_cache(maxsize=1024)
def _iri(value: str) -> ox.NamedNode:
    """An Oxigraph IRI for vocabulary terms and actors, which recur in every article."""
    return ox.NamedNode(value)


def _literal(value: object, datatype: URIRef | None = None) -> ox.Literal:
    if datatype is None:
        return ox.Literal(str(value))
    return ox.Literal(str(value), datatype=_iri(str(datatype)))


def _nonneg(value: int) -> ox.Literal:
    return _literal(value, XSD.nonNegativeInteger)


def _date_literal(value: str) -> ox.Literal:
    if len(value) == 4:
        return _literal(value, XSD.gYear)
    if len(value) == 7:
        return _literal(value, XSD.gYearMonth)
    return _literal(value, XSD.date)


@dataclass(frozen=True)
class MappedDocument:
    """One article's graph as Oxigraph triples, ready to serialize for any store.

    Built without an rdflib ``Graph``: adding to one cost about half of the mapping time, and
    the stores only need the N-Triples text (or the triples themselves) anyway.
    """

    name: ox.NamedNode  # the article's named graph
    article: ox.NamedNode
    triples: list[ox.Triple]  # the content, without kg:sourceDigest and kg:contentDigest
    digests: list[ox.Triple]  # kg:sourceDigest (when known) and kg:contentDigest, written last
    digest: str

    def ntriples(self, *extra: ox.Triple) -> str:
        """The whole graph (content, ``extra`` triples, digests) as N-Triples."""
        return ntriples([*self.triples, *extra, *self.digests])

    def nquads(self, triples: Iterable[ox.Triple]) -> str:
        """``triples`` as N-Quads in this article's graph (for shards and bulk loading)."""
        quads = (ox.Quad(t.subject, t.predicate, t.object, self.name) for t in triples)
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def ntriples(triples: Iterable[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def map_document(result: DocumentResult) -> MappedDocument:
    """The named graph of one article, without run metadata (see the module docstring)."""
    triples: dict[ox.Triple, None] = {}  # insertion-ordered set: the same fact twice is one triple

    def add(s: ox.NamedNode, p: URIRef, o: ox.NamedNode | ox.Literal) -> None:
        triples[ox.Triple(s, _iri(p), o)] = None

    doc_id = result.id
    article = ox.NamedNode(article_iri(doc_id))
    context = ox.NamedNode(f"{article.value}#char=0,{len(result.text)}")
    add(article, RDF.type, _iri(KG.Article))
    add(article, DCTERMS.identifier, _literal(doc_id))
    add(article, SCHEMA.inLanguage, _literal(result.lang))
    if result.title:
        add(article, SCHEMA.headline, _literal(result.title))
    if result.published:
        add(article, SCHEMA.datePublished, _literal(result.published.isoformat(), XSD.dateTime))
    if result.url:
        add(article, SCHEMA.url, _literal(result.url, XSD.anyURI))
    if result.agency:
        add(article, KG.source, _literal(result.agency))
    add(context, RDF.type, _iri(NIF.Context))
    add(context, NIF.isString, _literal(result.text))
    add(context, NIF.beginIndex, _nonneg(0))
    add(context, NIF.endIndex, _nonneg(len(result.text)))
    add(context, NIF.sourceUrl, article)

    def mention(span: TextSpan) -> ox.NamedNode:
        node = ox.NamedNode(mention_iri(doc_id, span.start, span.end))
        add(node, RDF.type, _iri(KG.Mention))
        add(node, NIF.beginIndex, _nonneg(span.start))
        add(node, NIF.endIndex, _nonneg(span.end))
        add(node, NIF.anchorOf, _literal(span.text))
        add(node, NIF.referenceContext, context)
        add(node, KG.article, article)
        return node

    def actor_node(actor_id: str) -> ox.NamedNode:
        return _iri(actor_iri(actor_id))

    def country_node(iso: str) -> ox.NamedNode:
        return _iri(country_iri(iso))

    observed = result.published.date().isoformat() if isinstance(result.published, datetime) else None
    countries: set[str] = set()
    for actor in result.actors:
        node = actor_node(actor.id)
        add(node, RDF.type, _iri(ACTOR_CLASS[actor.type]))
        add(node, RDFS.label, _literal(actor.label))
        for form in sorted({m.text for m in actor.mentions} - {actor.label}):
            add(node, SKOS.altLabel, _literal(form))
        for span in actor.mentions:
            add(node, GAF.denotedBy, mention(span))
        if actor.type == "Country" and actor.country:
            add(node, KG.isoCode, _literal(actor.country))
            countries.add(actor.country)
        elif actor.country:
            add(node, KG.country, country_node(actor.country))
            countries.add(actor.country)
        if actor.wikidata:
            add(node, SCHEMA.sameAs, ox.NamedNode(WD[actor.wikidata]))
        for n, role in enumerate(sorted({(r.role, r.country or actor.country or "", r.org or "") for r in actor.roles})):
            name, iso, _org = role
            office = ox.NamedNode(f"{article.value}#office-{actor.id.replace(':', '-')}-{n}")
            add(node, KG.holdsOffice, office)
            add(office, RDF.type, _iri(KG.OfficeHolding))
            add(office, KG.holder, node)
            add(office, KG.roleName, _literal(name))
            if iso:
                add(office, KG.ofCountry, country_node(iso))
                countries.add(iso)
            if observed:
                add(office, KG.observedOn, _literal(observed, XSD.date))
            add(office, PROV.wasDerivedFrom, article)
    present = {a.country for a in result.actors if a.type == "Country"}
    for iso in sorted(countries - present):
        node = country_node(iso)
        add(node, RDF.type, _iri(KG.Country))
        add(node, KG.isoCode, _literal(iso))
        add(node, RDFS.label, _literal(_country_label(iso)))

    labels = {a.id: a.label for a in result.actors}
    for event in result.events:
        node = ox.NamedNode(event_node(doc_id, event))
        add(node, RDF.type, _iri(EVENT_CLASS[event.type]))
        add(node, RDFS.label, _literal(_event_label(event.type, sorted(labels.get(p.actor, p.actor) for p in event.participants), event.date)))
        add(node, KG.status, _iri(STATUS[event.status]))
        if event.date:
            add(node, KG.date, _date_literal(event.date))
        if event.duration:
            # rdflib's normal form ("PT35H" -> "P1DT11H"), so a graph read back digests the same
            add(node, KG.duration, _literal(Literal(event.duration, datatype=XSD.duration), XSD.duration))
        if event.place:
            add(node, KG.place, actor_node(event.place))
        for part in event.participants:
            actor = actor_node(part.actor)
            add(node, KG.hasParticipant, actor)
            if part.role == "initiator":
                add(node, KG.initiator, actor)
            participation = ox.NamedNode(f"{node.value}#{part.role}-{part.actor.replace(':', '-')}")
            add(node, KG.hasParticipation, participation)
            add(participation, RDF.type, _iri(KG.Participation))
            add(participation, KG.actor, actor)
            add(participation, KG.role, _iri(ROLE[part.role]))
        for source in event.according_to:
            add(node, KG.accordingTo, actor_node(source))
        if event.quote:
            add(node, KG.quote, _literal(event.quote))
        if event.cameo:
            add(node, KG.cameo, _literal(event.cameo))
        if event.plover:
            category, _, mode = event.plover.partition("/")
            add(node, KG.ploverCategory, _literal(category))
            if mode:
                add(node, KG.ploverMode, _literal(mode))
        for span in event.evidence:
            add(node, GAF.denotedBy, mention(span))
    content = list(triples)
    held = []
    if result.source_digest:
        held.append(ox.Triple(article, _iri(KG.sourceDigest), _literal(result.source_digest)))
    digest = _digest(str(t) for t in [*content, *held])
    held.append(ox.Triple(article, _iri(KG.contentDigest), _literal(digest)))
    return MappedDocument(ox.NamedNode(graph_iri(doc_id)), article, content, held, digest)


def document_graph(result: DocumentResult) -> Graph:
    """The named graph of one article (identifier = its graph IRI) as an rdflib ``Graph``.

    For notebooks, validation and tests; the stores write :func:`map_document`'s triples.
    """
    mapped = map_document(result)
    return Graph(identifier=URIRef(mapped.name.value)).parse(data=mapped.ntriples(), format="nt")


def event_node(doc_id: str, event: Event) -> URIRef:
    """Dated events with participants are shared across articles; the rest stay per article."""
    if event.date and event.participants and event.type != "Statement":
        place = event.place if event.type == "Visit" else None
        return event_instance_iri(event.type, event.date, [p.actor for p in event.participants], place)
    return event_iri(doc_id, event.id)


def graph_digest(graph: Graph) -> str:
    """SHA-256 over the sorted N-Triples of ``graph`` (excluding any digest triple), as stored."""
    triples = ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
    return _digest(str(t) for t in triples if t.predicate.value not in NOT_CONTENT)


def _digest(lines: Iterable[str]) -> str:
    """SHA-256 over sorted N-Triples lines (Oxigraph's canonical escaping, without the final dot)."""
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def _event_label(kind: str, names: list[str], date: str | None) -> str:
    label = f"{kind}: {' – '.join(names) if names else '?'}"
    return f"{label} ({date})" if date else label


def _country_label(iso: str) -> str:
    from kg.nlp.gazetteer import load_gazetteer

    return load_gazetteer("de").country_names.get(iso, iso)


def new_run(pipeline: str | None = None) -> dict[str, str]:
    """Describe one build run (id, start time, kg version); a store writes it lazily."""
    import uuid
    from datetime import timezone

    from kg import __version__

    started = datetime.now(timezone.utc).replace(microsecond=0)
    return {"id": f"{started.strftime('%Y%m%dT%H%M%SZ')}-{uuid.uuid4().hex[:8]}", "started": started.isoformat(),
            "version": __version__, "pipeline": pipeline or ""}


def run_graph(run: dict[str, str], pipeline: str | None = None) -> tuple[URIRef, Graph]:
    """The run's node and its triples (prov:Activity) for the runs graph."""
    node = run_iri(run["id"])
    g = Graph(identifier=RUNS_GRAPH)
    g.add((node, RDF.type, KG.ExtractionRun))
    g.add((node, PROV.startedAtTime, Literal(run["started"], datatype=XSD.dateTime)))
    g.add((node, KG.softwareVersion, Literal(run["version"])))
    if pipeline or run["pipeline"]:
        g.add((node, KG.pipeline, Literal(pipeline or run["pipeline"])))
    return node, g


def run_triple(mapped: MappedDocument, run: dict[str, str]) -> ox.Triple:
    """``<article> kg:extractedBy <run>``: the one triple outside the content digest."""
    return ox.Triple(mapped.article, _iri(KG.extractedBy), ox.NamedNode(run_iri(run["id"])))
