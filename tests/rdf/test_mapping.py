"""RDF: one named graph per article, the triples of a call, SHACL conformance, generated terms."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Literal, URIRef

from kg.rdf.generate import TARGET, render
from kg.rdf.mapping import document_graph
from kg.rdf.namespace import KG
from kg.rdf.terms import GAF, NIF, article_iri, graph_iri
from kg.rdf.validate import validate_graphs


def test_namespace_module_is_generated_from_the_current_ontology():
    assert TARGET.read_text(encoding="utf-8") == render(), "run: python -m kg.rdf.generate"


def test_call_triples(example_results):
    result = example_results["apa-2025-03-18-trump-putin-telefonat.txt"]
    g = document_graph(result)
    assert g.identifier == graph_iri(result.id)
    trump = URIRef("https://w3id.org/kg-news/id/actor/person/donald-trump")
    putin = URIRef("https://w3id.org/kg-news/id/actor/person/wladimir-putin")
    calls = [e for e in g.subjects(RDF.type, KG.Call) if (e, KG.hasParticipant, trump) in g and (e, KG.hasParticipant, putin) in g]
    assert len(calls) == 1
    call = calls[0]
    assert (call, KG.status, KG.Happened) in g
    assert (call, KG.date, Literal("2025-03-18", datatype=XSD.date)) in g
    assert (call, KG.duration, Literal("PT2H30M", datatype=XSD.duration)) in g
    evidence = list(g.objects(call, GAF.denotedBy))
    assert evidence
    anchor = str(g.value(evidence[0], NIF.anchorOf))
    start = int(g.value(evidence[0], NIF.beginIndex))
    assert result.text[start : start + len(anchor)] == anchor
    assert (evidence[0], KG.article, article_iri(result.id)) in g
    assert (trump, RDFS.label, Literal("Donald Trump")) in g
    assert (trump, RDF.type, KG.Person) in g


def test_office_holding_observed_on_publication_date(example_results):
    result = example_results["apa-2025-03-18-trump-putin-telefonat.txt"]
    g = document_graph(result)
    trump = URIRef("https://w3id.org/kg-news/id/actor/person/donald-trump")
    offices = list(g.objects(trump, KG.holdsOffice))
    names = {str(g.value(o, KG.roleName)) for o in offices}
    assert "Präsident" in names
    office = next(o for o in offices if str(g.value(o, KG.roleName)) == "Präsident")
    assert g.value(office, KG.observedOn) == Literal("2025-03-18", datatype=XSD.date)
    assert g.value(office, KG.ofCountry) == URIRef("https://w3id.org/kg-news/id/actor/country/US")


def test_graphs_of_all_examples_conform_to_the_shapes(example_results):
    report = validate_graphs([document_graph(r) for r in example_results.values()])
    assert report.conforms, [str(v) for v in report.violations[:5]]


def test_a_broken_graph_fails_with_a_readable_message(example_results):
    g = document_graph(example_results["apa-2025-03-18-trump-putin-telefonat.txt"])
    call = next(g.subjects(RDF.type, KG.Call))
    g.remove((call, KG.status, None))
    g.add((call, KG.date, Literal("März", datatype=XSD.string)))
    report = validate_graphs([g])
    assert not report.conforms
    text = " ".join(v.message for v in report.violations)
    assert "status" in text.lower()


def test_quotes_backslashes_tabs_and_durations_survive_the_store_and_a_rebuild_writes_nothing(tmp_path):
    from kg.api import extract_text
    from kg.rdf.mapping import graph_digest, map_document
    from kg.store import Store

    text = ('Wien – Bundeskanzler Karl Nehammer hat am Montag eineinhalb Stunden mit dem "Bürgermeister" '
            'Michael Ludwig telefoniert.\n\tDie Ablage liege unter C:\\akten\\neu, sagte er.\n')
    result = extract_text(text, doc_id='quote "1"')
    mapped = map_document(result)
    with Store.open(tmp_path / "store") as store:
        assert store.add_document(result)
        rows = store.query("SELECT ?text WHERE { ?c nif:isString ?text }")
        assert [str(r[0]) for r in rows] == [result.text]
        durations = [str(r[0]) for r in store.query("SELECT ?d WHERE { ?e kg:duration ?d }")]
        assert durations == ["PT1H30M"]
        stored = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri(result.id)}> {{ ?s ?p ?o }} }}").graph
        assert len(stored) == len(mapped.triples) + len(mapped.digests)
        # (Oxigraph stores xsd:nonNegativeInteger as xsd:integer, so the digest is compared as text)
        assert str(stored.value(article_iri(result.id), KG.contentDigest)) == mapped.digest == graph_digest(document_graph(result))
        assert not store.add_document(result), "the same content again must be recognised as unchanged"
