"""Saved queries: each is valid SPARQL 1.1, documented, and answers on the example graph."""

from __future__ import annotations

import json

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.api import query
from kg.errors import QueryError
from kg.query import QUERIES_DIR, format_result, saved_queries

REQUIRED = {"actor_aliases", "offices_on_date", "event_sources", "disputed_events", "calls", "visits", "meetings", "agreements", "invitations", "negotiations", "actor_network", "timeline", "actors", "event_evidence"}


def test_required_queries_exist():
    assert REQUIRED <= set(saved_queries())


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
def test_saved_query_parses_and_is_documented(name):
    saved = saved_queries()[name]
    prepareQuery(saved.text)  # rdflib's SPARQL 1.1 parser, independent of Oxigraph
    assert saved.title and saved.answers


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
def test_saved_query_answers_on_the_examples(built_store, name):
    samples = {"name": "Wladimir Putin", "role": "Präsident", "day": "2025-12-31"}
    params = {n: samples[n] for n in saved_queries()[name].params}
    result = query(name, store=built_store, params=params)
    assert result.rows, f"{name} returned no rows on the example graph"


def test_calls_query_lists_the_trump_putin_call(built_store):
    rows = query("calls", store=built_store).rows
    assert any(
        str(r["date"]) == "2025-03-18" and {p.strip() for p in str(r["participants"]).split("|")} == {"Donald Trump", "Wladimir Putin"}
        and str(r["status"]) == "happened"
        for r in rows
    )


def test_parameter_is_bound_not_pasted(built_store):
    rows = query("events_of_actor", store=built_store, params={"name": 'Putin" } #'}).rows
    assert rows == []


def test_syntax_error_names_line_and_column(built_store):
    with pytest.raises(QueryError, match=r"line 1, column \d+"):
        query("SELECT ?x WHERE { ?x a kg:Call ", store=built_store)


def test_formats(built_store):
    result = query("SELECT ?n WHERE { VALUES ?n { 1 2 } }", store=built_store)
    assert format_result(result, "csv").splitlines() == ["n", "1", "2"]
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["n"]
    assert [b["n"]["value"] for b in data["results"]["bindings"]] == ["1", "2"]
    assert "(2 rows)" in format_result(result, "table")
