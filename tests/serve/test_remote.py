"""Remote stores: ``--store`` naming a SPARQL endpoint. Written through ``kg serve --allow-update``
(the Virtuoso round trip is in test_virtuoso.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.serve.testing import serve_process
from kg.store import Store
from kg.store.remote import RemoteStore, is_remote, parse_location, redact

TOKEN = "remote-test-token"


def _quads(store) -> set[str]:
    lines = store.dump(None, "nq").decode("utf-8").splitlines()
    return {line for line in lines if "/graph/runs>" not in line and "#extractedBy>" not in line}


def test_location_parsing(monkeypatch):
    endpoint = parse_location("sparql+http://dba:s%40cret@127.0.0.1:8890/sparql-auth#gsp=/sparql-graph-crud-auth&timeout=5")
    assert endpoint.query == endpoint.update == "http://127.0.0.1:8890/sparql-auth"
    assert endpoint.gsp == "http://127.0.0.1:8890/sparql-graph-crud-auth"
    assert (endpoint.user, endpoint.password, endpoint.timeout) == ("dba", "s@cret", 5.0)
    assert "cret" not in endpoint.query and "dba" not in endpoint.query
    split = parse_location("sparql+http://127.0.0.1:7878/query#update=/update")
    assert (split.query, split.update) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")
    # a URL that went through pathlib lost a slash; it still works
    assert parse_location(Path("sparql+http://127.0.0.1:7878/sparql")).query == "http://127.0.0.1:7878/sparql"
    monkeypatch.setenv("KG_STORE_USER", "kg")
    monkeypatch.setenv("KG_STORE_PASSWORD", "pw")
    assert (parse_location("http://127.0.0.1/sparql").user, parse_location("http://127.0.0.1/sparql").password) == ("kg", "pw")
    with pytest.raises(StoreError, match="unknown option"):
        parse_location("sparql+http://127.0.0.1/sparql#updat=/u")
    assert redact("sparql+http://dba:dba@127.0.0.1:8890/sparql-auth#gsp=/g") == "sparql+http://127.0.0.1:8890/sparql-auth#gsp=/g"
    assert redact("kg-store") == "kg-store"
    assert is_remote("sparql+https://example.org/sparql") and not is_remote("kg-store") and not is_remote("C:/kg")


def test_unreachable_server_is_one_clear_error():
    with pytest.raises(StoreError, match=r"cannot reach .*is the SPARQL server running"):
        with Store.open("sparql+http://127.0.0.1:9/sparql#timeout=2", read_only=True):
            pass


def test_build_query_export_through_a_server(built_store, tmp_path, monkeypatch):
    """kg build writes through the server, one graph per article; the quads equal the embedded
    store's, queries and dumps read back, a second build changes nothing, remove works."""
    from kg.api import build, query

    monkeypatch.setenv("KG_REMOTE_STATE_DIR", str(tmp_path / "state"))
    examples = Path(__file__).resolve().parents[2] / "examples"
    with serve_process(tmp_path / "served", "--allow-update", env={"KG_SERVE_TOKEN": TOKEN}) as url:
        reader = f"sparql+{url}"
        writer = reader.replace("http://", f"http://kg:{TOKEN}@", 1)
        with pytest.raises(StoreError, match="401"):
            with Store.open(reader) as store:
                store.remove_document("nothing")  # reading works without the token, writing does not
                store._update("CLEAR ALL")
        report = build([examples], store=writer)
        assert report.articles == 11 and report.unchanged == 0
        with Store.open(reader, read_only=True) as remote, Store.open(built_store, read_only=True) as local:
            assert isinstance(remote, RemoteStore)
            assert remote.documents() == local.documents()
            assert len(remote.graph_names()) == len(local.graph_names())
            assert _quads(remote) == _quads(local)
        calls = query("calls", store=reader)
        assert calls.rows and calls.variables[0] == "event"
        assert query("events_of_actor", store=reader, params={"name": "Wladimir Putin"}).rows
        again = build([examples], store=writer)
        assert again.unchanged == again.articles == 11
        with Store.open(writer) as store:
            doc = store.documents()[0]
            assert store.remove_document(doc) is True
            assert store.remove_document(doc) is False
            assert doc not in store.documents()
