"""kg serve: a real SPARQL client (SPARQLWrapper) against the server in a subprocess.

One server per module on a free loopback port, with a short timeout and a small row cap so both
limits can be hit quickly; every request count is bounded and the server is always stopped.
"""

from __future__ import annotations

import json
from urllib.error import HTTPError

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.serve import negotiate
from kg.serve.sparql import form, reaches_outside
from kg.errors import StoreError
from kg.serve.testing import serve_process
from kg.store import Store

MAX_ROWS = 5
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CALLS = "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?e WHERE { ?e a kg:Call } LIMIT 3"


@pytest.fixture(scope="module")
def endpoint(built_store):
    with serve_process(built_store, "--timeout", "1.5", "--max-rows", str(MAX_ROWS), "--max-request-bytes", "4096") as url:
        yield url


def client(url: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def raw(sparql: SPARQLWrapper) -> tuple[dict, bytes]:
    """Headers and body of the response, read and closed."""
    result = sparql.query()
    try:
        return dict(result.info()), result.response.read()
    finally:
        result.response.close()


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_select_json_and_xml(endpoint, fmt):
    sparql = client(endpoint, CALLS, fmt)
    result = sparql.query()
    info, data = result.info(), result.convert()
    if fmt == JSON:
        assert info["content-type"] == "application/sparql-results+json"
        rows = data["results"]["bindings"]
        assert data["head"]["vars"] == ["e"] and 0 < len(rows) <= 3
        assert all(r["e"]["value"].startswith("https://w3id.org/kg-news/id/event/") for r in rows)
    else:
        assert info["content-type"] == "application/sparql-results+xml"
        assert 0 < len(data.getElementsByTagName("result")) <= 3
    assert "x-kg-truncated" not in info


@pytest.mark.parametrize("fmt, media, sep", [(CSV, "text/csv", ","), (TSV, "text/tab-separated-values", "\t")])
def test_select_csv_and_tsv(endpoint, fmt, media, sep):
    info, body = raw(client(endpoint, CALLS, fmt))
    assert info["content-type"].startswith(media)
    lines = body.decode("utf-8").splitlines()
    assert lines[0] in ("e", "?e") and 1 < len(lines) <= 4


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?e a kg:Call }", JSON).query().convert()["boolean"] is True
    answer = client(endpoint, "ASK { ?e a <urn:nothing> }", XML).query().convert()
    assert answer.getElementsByTagName("boolean")[0].firstChild.data == "false"


@pytest.mark.parametrize("fmt, media", [
    (TURTLE, "text/turtle"), (JSONLD, "application/ld+json"), (RDFXML, "application/rdf+xml"),
])
def test_construct(endpoint, fmt, media):
    query = "CONSTRUCT { ?e a kg:Call } WHERE { ?e a kg:Call } LIMIT 3"
    info, body = raw(client(endpoint, query, fmt))
    assert info["content-type"].startswith(media)
    triples = list(ox.parse(body, ox.RdfFormat.from_media_type(media)))
    assert 0 < len(triples) <= 3
    assert all(t.object.value == "https://w3id.org/kg-news/ontology#Call" for t in triples)


def test_construct_n_triples_by_accept(endpoint):
    query = "CONSTRUCT { ?e a kg:Call } WHERE { ?e a kg:Call } LIMIT 2"
    response = httpx.post(endpoint, data={"query": query}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/n-triples")
    assert 1 <= len(Graph().parse(data=response.text, format="nt")) <= 2


def test_post_query_body(endpoint):
    response = httpx.post(endpoint, content=CALLS.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert response.status_code == 200 and response.text.startswith("e")


def test_update_is_refused(endpoint):
    sparql = SPARQLWrapper(endpoint)
    sparql.setMethod(POST)
    sparql.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(HTTPError) as refused:
        sparql.query()
    try:
        assert refused.value.code == 403
        assert b"read-only" in refused.value.read()
    finally:
        refused.value.close()
    assert client(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }", JSON).query().convert()["boolean"] is False


def test_timeout_is_reported(endpoint):
    with pytest.raises(HTTPError) as timed_out:
        client(endpoint, SLOW, JSON).query()
    try:
        assert timed_out.value.code == 503
        assert timed_out.value.headers["X-KG-Error"] == "timeout"
        assert b"timed out after 1.5 s" in timed_out.value.read()
    finally:
        timed_out.value.close()
    # the server goes on answering (the stopped worker is replaced)
    assert client(endpoint, "ASK { ?e a kg:Call }", JSON).query().convert()["boolean"] is True


def test_row_cap_truncates_and_says_so(endpoint):
    result = client(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", JSON).query()
    info, data = result.info(), result.convert()
    assert info["x-kg-truncated"] == "true" and info["x-kg-max-rows"] == str(MAX_ROWS)
    assert len(data["results"]["bindings"]) == MAX_ROWS
    assert "truncated" in data["truncated"]["message"]
    info, body = raw(client(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", TURTLE))
    assert info["x-kg-truncated"] == "true" and body.startswith(b"# result truncated")
    assert len(Graph().parse(data=body, format="turtle")) == MAX_ROWS
    info, body = raw(client(endpoint, "SELECT ?s WHERE { ?s ?p ?o }", XML))
    assert b"<!-- result truncated" in body
    _, body = raw(client(endpoint, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", JSON))
    assert "truncated" not in json.loads(body)


def test_service_is_refused(endpoint):
    response = httpx.get(endpoint, params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert response.status_code == 403 and "SERVICE is refused" in response.text


def test_request_size_cap(endpoint):
    query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 5000
    response = httpx.post(endpoint, data={"query": query})
    assert response.status_code == 413 and "max-request-bytes" in response.text


def test_errors_are_one_line(endpoint):
    response = httpx.get(endpoint, params={"query": "SELECT WHERE {"})
    assert response.status_code == 400 and response.text.startswith("Error: SPARQL syntax error")
    assert response.text.count("\n") == 1
    response = httpx.post(endpoint, content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    response = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_service_description(endpoint):
    response = httpx.get(endpoint, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, None, None) in graph
    endpoints = {str(o) for o in graph.objects(None, __import__("rdflib").URIRef(sd + "endpoint"))}
    assert endpoints == {endpoint}
    assert "SPARQL11Update" not in response.text


def test_page_and_saved_queries(endpoint):
    base = endpoint.rsplit("/sparql", 1)[0]
    page = httpx.get(base + "/")
    assert page.status_code == 200 and 'href="/queries/calls"' in page.text
    assert '<label>event (optional) <input name="event"' in page.text  # event_evidence's option has a field
    listing = httpx.get(base + "/queries").json()
    assert "calls" in {q["name"] for q in listing}
    by_name = {q["name"]: q for q in listing}
    assert by_name["event_evidence"]["options"]["event"]["type"] == "iri"  # narrows the answer when given
    assert set(by_name["offices_on_date"]["params"]) == {"role", "day"} and by_name["offices_on_date"]["options"] == {}
    table = httpx.get(base + "/queries/actors", headers={"Accept": "text/html"})
    assert table.status_code == 200 and "<table>" in table.text
    response = httpx.get(base + "/queries/events_of_actor", params={"name": "Wladimir Putin", "format": "json"})
    rows = response.json()["results"]["bindings"]
    assert rows and all(r["type"]["value"] for r in rows)
    # a parameter is a value, never query text
    injected = httpx.get(base + "/queries/events_of_actor", params={"name": 'x" } ?s ?p ?o { "', "format": "json"})
    assert injected.status_code == 200 and injected.json()["results"]["bindings"] == []
    assert httpx.get(base + "/queries/nope").status_code == 404


def test_foreign_host_names_are_refused(endpoint):
    response = httpx.get(endpoint, params={"query": CALLS}, headers={"Host": "attacker.example"})
    assert response.status_code == 400


def test_updates_with_token(built_store, tmp_path):
    store = tmp_path / "rw-store"
    with serve_process(store, "--allow-update", env={"KG_SERVE_TOKEN": "test-token-123"}) as url:
        update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }"
        assert httpx.post(url, data={"update": update}).status_code == 401
        assert httpx.post(url, data={"update": update}, headers={"Authorization": "Bearer wrong-token"}).status_code == 403
        ok = httpx.post(url, content=update.encode(), headers={"Authorization": "Bearer test-token-123", "Content-Type": "application/sparql-update"})
        assert ok.status_code == 204
        sparql = client(url, "ASK { <urn:a> <urn:b> 'c' }", JSON)
        assert sparql.query().convert()["boolean"] is True
        loading = httpx.post(url, data={"update": "LOAD <http://127.0.0.1:9/x.ttl>"}, headers={"Authorization": "Bearer test-token-123"})
        assert loading.status_code == 403
        # the server is the store's writer: a build is refused with its PID, readers still read
        with pytest.raises(StoreError, match=r"another kg process is writing to this store \(pid \d+"):
            with Store.open(store):
                pass
        with Store.open(store, read_only=True) as reader:
            assert len(reader) == 1
    with Store.open(store) as writer:  # released when the server stopped
        assert len(writer) == 1


def test_update_needs_a_token(built_store, runner):
    from kg.cli import cli

    result = runner.invoke(cli, ["serve", "--store", str(built_store), "--allow-update"], env={"KG_SERVE_TOKEN": ""})
    assert result.exit_code == 1 and "--allow-update needs a token" in result.output


@pytest.mark.parametrize("accept, kind, expected", [
    (None, negotiate.RESULTS, "application/sparql-results+json"),
    ("*/*", negotiate.GRAPH, "text/turtle"),
    ("text/csv;q=0.5, application/sparql-results+xml", negotiate.RESULTS, "application/sparql-results+xml"),
    ("application/json", negotiate.GRAPH, "application/ld+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", negotiate.RESULTS, "text/html"),
    ("image/png", negotiate.RESULTS, None),
])
def test_negotiation(accept, kind, expected):
    assert negotiate.choose(kind, negotiate.parse_accept(accept)) == expected


def test_format_parameter_wins():
    accept = negotiate.parse_accept("application/sparql-results+xml")
    assert negotiate.choose(negotiate.RESULTS, accept, ["tsv", "text/tab-separated-values"]) == "text/tab-separated-values"
    assert negotiate.choose(negotiate.GRAPH, accept, ["json"]) == "application/ld+json"


def test_query_text_inspection():
    assert form("PREFIX a: <http://x/select#> # ASK\nCONSTRUCT WHERE { ?s ?p 'SELECT' }") == "CONSTRUCT"
    assert form("DROP GRAPH <urn:g>") == "UPDATE"
    assert reaches_outside("SELECT * { service <http://x> { ?s ?p ?o } }") == "SERVICE"
    assert reaches_outside("SELECT ?service { ?service ex:SERVICE 'SERVICE' } # SERVICE <x>") is None
