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

import hashlib
from datetime import datetime

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.extract.model import DocumentResult, Event, TextSpan
from kg.rdf.namespace import KG
from kg.rdf.terms import (
    ACTOR_CLASS, EVENT_CLASS, GAF, NIF, PROV, ROLE, SCHEMA, STATUS, WD, actor_iri, article_iri,
    RUNS_GRAPH, country_iri, event_instance_iri, event_iri, graph_iri, mention_iri, run_iri,
)


def _nonneg(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _date_literal(value: str) -> Literal:
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def document_graph(result: DocumentResult) -> Graph:
    """The named graph of one article (identifier = its graph IRI), without run metadata."""
    g = Graph(identifier=graph_iri(result.id))
    doc_id = result.id
    article = article_iri(doc_id)
    context = URIRef(f"{article}#char=0,{len(result.text)}")
    g.add((article, RDF.type, KG.Article))
    g.add((article, DCTERMS.identifier, Literal(doc_id)))
    g.add((article, SCHEMA.inLanguage, Literal(result.lang)))
    if result.title:
        g.add((article, SCHEMA.headline, Literal(result.title)))
    if result.published:
        g.add((article, SCHEMA.datePublished, Literal(result.published.isoformat(), datatype=XSD.dateTime)))
    if result.url:
        g.add((article, SCHEMA.url, Literal(result.url, datatype=XSD.anyURI)))
    if result.agency:
        g.add((article, KG.source, Literal(result.agency)))
    g.add((context, RDF.type, NIF.Context))
    g.add((context, NIF.isString, Literal(result.text)))
    g.add((context, NIF.beginIndex, _nonneg(0)))
    g.add((context, NIF.endIndex, _nonneg(len(result.text))))
    g.add((context, NIF.sourceUrl, article))

    def mention(span: TextSpan) -> URIRef:
        node = mention_iri(doc_id, span.start, span.end)
        g.add((node, RDF.type, KG.Mention))
        g.add((node, NIF.beginIndex, _nonneg(span.start)))
        g.add((node, NIF.endIndex, _nonneg(span.end)))
        g.add((node, NIF.anchorOf, Literal(span.text)))
        g.add((node, NIF.referenceContext, context))
        g.add((node, KG.article, article))
        return node

    observed = result.published.date().isoformat() if isinstance(result.published, datetime) else None
    countries: set[str] = set()
    for actor in result.actors:
        node = actor_iri(actor.id)
        g.add((node, RDF.type, ACTOR_CLASS[actor.type]))
        g.add((node, RDFS.label, Literal(actor.label)))
        for form in sorted({m.text for m in actor.mentions} - {actor.label}):
            g.add((node, SKOS.altLabel, Literal(form)))
        for span in actor.mentions:
            g.add((node, GAF.denotedBy, mention(span)))
        if actor.type == "Country" and actor.country:
            g.add((node, KG.isoCode, Literal(actor.country)))
            countries.add(actor.country)
        elif actor.country:
            g.add((node, KG.country, country_iri(actor.country)))
            countries.add(actor.country)
        if actor.wikidata:
            g.add((node, SCHEMA.sameAs, WD[actor.wikidata]))
        for n, role in enumerate(sorted({(r.role, r.country or actor.country or "", r.org or "") for r in actor.roles})):
            name, iso, _org = role
            office = URIRef(f"{article}#office-{actor.id.replace(':', '-')}-{n}")
            g.add((node, KG.holdsOffice, office))
            g.add((office, RDF.type, KG.OfficeHolding))
            g.add((office, KG.holder, node))
            g.add((office, KG.roleName, Literal(name)))
            if iso:
                g.add((office, KG.ofCountry, country_iri(iso)))
                countries.add(iso)
            if observed:
                g.add((office, KG.observedOn, Literal(observed, datatype=XSD.date)))
            g.add((office, PROV.wasDerivedFrom, article))
    present = {a.country for a in result.actors if a.type == "Country"}
    for iso in sorted(countries - present):
        node = country_iri(iso)
        g.add((node, RDF.type, KG.Country))
        g.add((node, KG.isoCode, Literal(iso)))
        g.add((node, RDFS.label, Literal(_country_label(iso))))

    labels = {a.id: a.label for a in result.actors}
    for event in result.events:
        node = event_node(doc_id, event)
        g.add((node, RDF.type, EVENT_CLASS[event.type]))
        g.add((node, RDFS.label, Literal(_event_label(event.type, sorted(labels.get(p.actor, p.actor) for p in event.participants), event.date))))
        g.add((node, KG.status, STATUS[event.status]))
        if event.date:
            g.add((node, KG.date, _date_literal(event.date)))
        if event.duration:
            g.add((node, KG.duration, Literal(event.duration, datatype=XSD.duration)))
        if event.place:
            g.add((node, KG.place, actor_iri(event.place)))
        for part in event.participants:
            actor = actor_iri(part.actor)
            g.add((node, KG.hasParticipant, actor))
            if part.role == "initiator":
                g.add((node, KG.initiator, actor))
            participation = URIRef(f"{node}#{part.role}-{part.actor.replace(':', '-')}")
            g.add((node, KG.hasParticipation, participation))
            g.add((participation, RDF.type, KG.Participation))
            g.add((participation, KG.actor, actor))
            g.add((participation, KG.role, ROLE[part.role]))
        for source in event.according_to:
            g.add((node, KG.accordingTo, actor_iri(source)))
        if event.quote:
            g.add((node, KG.quote, Literal(event.quote)))
        if event.cameo:
            g.add((node, KG.cameo, Literal(event.cameo)))
        if event.plover:
            category, _, mode = event.plover.partition("/")
            g.add((node, KG.ploverCategory, Literal(category)))
            if mode:
                g.add((node, KG.ploverMode, Literal(mode)))
        for span in event.evidence:
            g.add((node, GAF.denotedBy, mention(span)))
    if result.source_digest:
        g.add((article, KG.sourceDigest, Literal(result.source_digest)))
    g.add((article, KG.contentDigest, Literal(graph_digest(g))))
    return g


def event_node(doc_id: str, event: Event) -> URIRef:
    """Dated events with participants are shared across articles; the rest stay per article."""
    if event.date and event.participants and event.type != "Statement":
        place = event.place if event.type == "Visit" else None
        return event_instance_iri(event.type, event.date, [p.actor for p in event.participants], place)
    return event_iri(doc_id, event.id)


def graph_digest(graph: Graph) -> str:
    """SHA-256 over the sorted N-Triples of ``graph`` (excluding any digest triple)."""
    lines = sorted(
        f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph if p != KG.contentDigest and p != KG.extractedBy
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


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
