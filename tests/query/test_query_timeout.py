"""``kg query --timeout``: a runaway query is stopped with a clear message; normal ones answer as usual."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_query_over_its_time_is_stopped(built_store):
    result = CliRunner().invoke(cli, ["query", CROSS_PRODUCT, "--store", str(built_store), "--timeout", "1.5"])
    assert result.exit_code == 1
    assert "query timed out after 1.5 s" in result.output


def test_query_within_its_time_answers(built_store):
    result = CliRunner().invoke(cli, ["query", "calls", "--store", str(built_store), "--timeout", "60", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "2025-03-18" in result.output and "Wladimir Putin" in result.output


def test_syntax_error_keeps_its_exit_code_under_a_timeout(built_store):
    result = CliRunner().invoke(cli, ["query", "SELECT ?x WHERE { ?x ?y }", "--store", str(built_store), "--timeout", "60"])
    assert result.exit_code == 2
    assert "line 1, column" in result.output
