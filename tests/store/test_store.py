"""The store: idempotent builds, atomic replacement, removal, clear errors."""

from __future__ import annotations

import pytest

from kg.api import build, extract_text
from kg.errors import StoreError
from kg.rdf.terms import PREFIXES
from kg.store import STORE_MARKER, Store

STORY = (
    "apa.at\nnews/APA/Montag, 03.03.25, 09:15:00\n\nTelefonat\n\n"
    "Bundeskanzler Christian Stocker hat am Montag mit dem französischen Präsidenten Emmanuel Macron telefoniert.\n"
)


def _count(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0])


def test_building_twice_changes_nothing(examples_dir, fresh_store):
    first = build([examples_dir], store=fresh_store)
    second = build([examples_dir], store=fresh_store)
    assert first.articles == second.articles == 11
    assert first.unchanged == 0 and second.unchanged == 11
    assert first.triples == second.triples


def test_changed_article_replaces_its_graph(fresh_store):
    with Store.open(fresh_store) as store:
        assert store.add_document(extract_text(STORY, doc_id="story"))
        before = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Call }")
        changed = STORY.replace("Emmanuel Macron telefoniert", "Emmanuel Macron in Paris getroffen")
        assert store.add_document(extract_text(changed, doc_id="story"))
        assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Call }") == before - 1
        assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Meeting }") == 1
        assert store.documents() == ["story"]


def test_remove_leaves_no_triple_of_the_article(fresh_store):
    with Store.open(fresh_store) as store:
        store.add_document(extract_text(STORY, doc_id="story"))
        assert store.remove_document("story")
        assert len(store) == 0
        assert not store.remove_document("story")


def test_read_only_open_of_a_missing_store_says_how_to_build(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        with Store.open(tmp_path / "nothing", read_only=True):
            pass


def test_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        with Store.open(tmp_path):
            pass


def test_a_second_writer_is_refused_with_the_holders_pid(fresh_store):
    import os
    import subprocess
    import sys

    with Store.open(fresh_store):
        code = (
            "import sys\nfrom kg.store import Store\nfrom kg.errors import StoreError\n"
            f"try:\n    Store.open({str(fresh_store)!r}).__enter__()\nexcept StoreError as e:\n    print(e)\n    sys.exit(3)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert f"pid {os.getpid()}" in done.stdout and "another kg process is writing" in done.stdout
    with Store.open(fresh_store) as store:  # released when the first writer closed
        assert len(store) == 0


def _runs(store) -> tuple[set[str], set[str]]:
    """(run nodes in the runs graph, runs that article graphs name as kg:extractedBy)."""
    nodes = {str(r[0]) for r in store.query("SELECT DISTINCT ?r WHERE { GRAPH <https://w3id.org/kg-news/id/graph/runs> { ?r ?p ?o } }")}
    links = {str(r[0]) for r in store.query("SELECT DISTINCT ?r WHERE { GRAPH ?g { ?a kg:extractedBy ?r } }")}
    return nodes, links


def test_a_run_is_written_with_its_first_article_or_not_at_all(fresh_store, monkeypatch):
    result = extract_text(STORY, doc_id="story")
    with Store.open(fresh_store) as store:
        run = store.new_run(pipeline=None)

        def fail(sparql: str) -> None:
            raise StoreError("write failed: disk full", source=fresh_store)

        monkeypatch.setattr(store, "_update", fail)
        with pytest.raises(StoreError):
            store.add_document(result, run=run)
        monkeypatch.undo()
        assert len(store) == 0, "no run node without the article it was written for"
        assert store.add_document(result, run=run)
        nodes, links = _runs(store)
        assert len(nodes) == 1 and nodes == links


def test_replacing_the_last_article_of_a_run_drops_that_run(fresh_store):
    changed = STORY.replace("Emmanuel Macron telefoniert", "Emmanuel Macron in Paris getroffen")
    with Store.open(fresh_store) as store:
        runs = [store.new_run(pipeline=None) for _ in range(3)]
        store.add_document(extract_text(STORY, doc_id="story"), run=runs[0])
        store.add_document(extract_text(STORY, doc_id="other"), run=runs[1])
        store.add_document(extract_text(changed, doc_id="story"), run=runs[2])
        nodes, links = _runs(store)
    assert nodes == links
    assert sorted(n.rsplit("/", 1)[1] for n in nodes) == sorted(r["id"] for r in runs[1:])


def test_an_article_called_runs_never_replaces_the_runs_graph(fresh_store):
    """"runs" is also the name of kg's graph of build runs: an article with that id gets its own
    graph, and writing or removing it leaves the run nodes of every other article alone."""
    from kg.identity import stored_article

    with Store.open(fresh_store) as store:
        runs = [store.new_run(pipeline=None) for _ in range(2)]
        store.add_document(extract_text(STORY, doc_id="story"), run=runs[0])
        store.add_document(extract_text(STORY, doc_id="runs"), run=runs[1])
        assert sorted(store.documents()) == ["runs", "story"]
        assert stored_article(store, "runs").text == stored_article(store, "story").text
        nodes, links = _runs(store)
        assert nodes == links and len(nodes) == 2
        assert store.remove_document("runs")
        nodes, links = _runs(store)
        assert nodes == links and [n.rsplit("/", 1)[1] for n in nodes] == [runs[0]["id"]]
        assert store.documents() == ["story"]


def test_a_folder_left_by_a_build_killed_while_creating_the_store_is_reused(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    for name in ("IDENTITY", "LOCK", "LOG", "kg-writer.lock"):  # what RocksDB writes before CURRENT
        (folder / name).write_text("")
    with Store.open(folder) as store:
        assert store.add_document(extract_text(STORY, doc_id="story"))


def test_readers_of_a_store_that_holds_nothing_yet_see_it_empty(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / STORE_MARKER).write_text("")  # a first build has just taken the folder
    with Store.open(folder, read_only=True) as store:
        assert len(store) == 0 and store.documents() == []


def test_the_next_writer_says_that_the_last_one_was_killed(fresh_store, caplog):
    import os
    import signal
    import subprocess
    import sys

    code = (
        "import sys, time\nfrom kg.store import Store\n"
        f"held = Store.open({str(fresh_store)!r})\nheld.__enter__()\nprint('open', flush=True)\ntime.sleep(600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with Store.open(fresh_store, read_only=True) as reader:  # readers never wait for the writer
            assert len(reader) == 0
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    with caplog.at_level("WARNING", logger="kg.store"):
        with Store.open(fresh_store) as store:
            assert len(store) == 0
    assert f"(pid {proc.pid}, since" in caplog.text and "stopped without closing it" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING", logger="kg.store"):
        with Store.open(fresh_store):
            pass
    assert caplog.text == "", "a store closed properly gives no warning"


def test_query_answers_are_the_rdflib_terms_of_the_stored_values(fresh_store):
    """Store.query converts Oxigraph's answer itself (each distinct term once): the rows must be
    the terms oxrdflib's query path (rdflib's API over the same store) gives, unbound cells too."""
    with Store.open(fresh_store) as store:
        store.add_document(extract_text(STORY, doc_id="story"))
        sparql = """SELECT ?event ?type ?date ?label ?status ?never WHERE {
                      ?event a ?type ; kg:status ?status ; kg:hasParticipant ?p . ?p rdfs:label ?label .
                      OPTIONAL { ?event kg:date ?date } OPTIONAL { ?event kg:noSuchProperty ?never }
                      FILTER(?type = kg:Call) } ORDER BY ?label"""
        ours = [tuple(row) for row in store.query(sparql)]
        theirs = [tuple(row) for row in store.dataset.query(sparql, initNs=PREFIXES)]
    assert sorted(ours) == sorted(theirs)
    labels = {row[3].toPython() for row in ours}
    assert {"Christian Stocker", "Emmanuel Macron"} <= labels
    assert all(row[2].toPython().isoformat() == "2025-03-03" for row in ours)  # a typed date, not a string
    assert all(row[5] is None for row in ours)
    with Store.open(fresh_store, read_only=True) as store:
        store_ask = store.query("ASK { ?e a kg:Call }").askAnswer
        ask = store.query("ASK { ?e a kg:Visit }").askAnswer
        graph = store.query("CONSTRUCT { ?e a kg:Call } WHERE { ?e a kg:Call }").graph
    assert store_ask is True and ask is False
    assert len(graph) == 1
