"""Every way of building writes the same graph: one process, --workers, --bulk, --dask.

The reference is the plain single-process, transactional build of examples/; the others must
give the identical set of quads, apart from the run metadata (run node, kg:extractedBy).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.api import build
from kg.cli import cli
from kg.store import Store
from tests.conftest import EXAMPLES


def content_quads(store: Path) -> set[str]:
    with Store.open(store, read_only=True) as graph_store:
        lines = graph_store.dump(None, "nq").decode("utf-8").splitlines()
    return {line for line in lines if "/graph/runs>" not in line and "#extractedBy>" not in line}


def run_nodes(store: Path) -> set[str]:
    with Store.open(store, read_only=True) as graph_store:
        lines = graph_store.dump(None, "nq").decode("utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in lines if "/graph/runs>" in line}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    store = tmp_path_factory.mktemp("reference") / "store"
    report = build([EXAMPLES], store=store)
    assert report.articles == 11 and not report.failures
    quads = content_quads(store)
    # the graph has what the demo shows: the 18 March call between Trump and Putin
    assert any("/event/call/2025-03-18/" in q for q in quads)
    return quads


def test_two_worker_processes_write_the_same_graph(reference, tmp_path):
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(store), "--workers", "2", "--silent"])
    assert result.exit_code == 0, result.output
    assert content_quads(store) == reference


def test_bulk_load_in_small_shards_writes_the_same_graph(reference, tmp_path, monkeypatch):
    import kg.store.bulk as bulk

    monkeypatch.setattr(bulk, "SHARD_ARTICLES", 3)  # 11 articles -> four shards
    store = tmp_path / "store"
    report = build([EXAMPLES], store=store, bulk=True)
    assert (report.articles, report.unchanged) == (11, 0)
    assert content_quads(store) == reference
    assert len(run_nodes(store)) == 1  # one run, written once

    again = build([EXAMPLES], store=store, bulk=True)
    assert (again.articles, again.unchanged) == (11, 11)
    assert content_quads(store) == reference
    assert len(run_nodes(store)) == 1  # a run that wrote nothing leaves no node


def test_kept_shards_hold_the_whole_graph(reference, tmp_path):
    import pyoxigraph as ox

    shards = tmp_path / "shards"
    build([EXAMPLES], store=tmp_path / "store", bulk=True, keep_shards=shards)
    files = sorted(shards.glob("*.nq"))
    assert files, "no shard kept"
    loaded = ox.Store()
    for shard in files:
        loaded.load(path=str(shard), format=ox.RdfFormat.N_QUADS)
    lines = ox.serialize(loaded, format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    assert {line for line in lines if "/graph/runs>" not in line and "#extractedBy>" not in line} == reference


def test_interrupted_bulk_load_is_completed_by_a_rerun(reference, tmp_path, monkeypatch):
    """The loader stops after the shard loaded but before its digests were committed."""
    store = tmp_path / "store"
    update = Store._update

    def stopped_before_digests(self, sparql):
        if "contentDigest" in sparql:
            raise KeyboardInterrupt
        update(self, sparql)

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_update", stopped_before_digests)
        with pytest.raises(KeyboardInterrupt):
            build([EXAMPLES], store=store, bulk=True)
    assert content_quads(store) and not any("#contentDigest>" in q for q in content_quads(store))

    report = build([EXAMPLES], store=store)  # the ordinary, transactional rerun
    assert report.unchanged == 0  # nothing counted as stored: every article written again
    assert content_quads(store) == reference


def test_dask_local_cluster_writes_the_same_graph(reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        store = tmp_path / "store"
        report = build([EXAMPLES], store=store, dask=cluster.scheduler_address)
    assert (report.articles, report.unchanged) == (11, 0) and not report.failures
    assert content_quads(store) == reference
    assert len(run_nodes(store)) == 1


def test_workers_end_when_the_build_is_killed(tmp_path):
    """kill -9 of kg build must not leave its worker processes (each holding a pipeline) behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    feed = tmp_path / "feed.jsonl"
    line = (EXAMPLES / "feed.jsonl").read_text(encoding="utf-8").splitlines()[0]
    import json

    item = json.loads(line)
    feed.write_text("".join(json.dumps({**item, "id": f"copy-{n}"}) + "\n" for n in range(400)), encoding="utf-8")
    build_proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(feed), "--store", str(tmp_path / "store"), "--workers", "2", "--silent"],
                                  env={**os.environ, "PYTHONPATH": str(EXAMPLES.parent)})
    parent = psutil.Process(build_proc.pid)
    deadline = time.monotonic() + 120
    workers = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [p for p in parent.children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
        time.sleep(0.2)
    assert len(workers) >= 2, "the build did not start two workers"
    build_proc.send_signal(signal.SIGKILL)
    build_proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, f"workers still running after the build was killed: {[p.pid for p in alive]}"



def test_surname_links_re_extracted_in_worker_processes_give_the_same_graph(tmp_path, monkeypatch):
    import kg.identity as identity

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Salzburg – Innenministerin Brunhilde Kranewitter empfing am Dienstag den slowakischen "
                                  "Innenminister Matúš Šutaj Eštok.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bratislava – Innenministerin Kranewitter besuchte am Freitag Kiew.\n", encoding="utf-8")
    one = build([folder], store=tmp_path / "one")
    monkeypatch.setattr(identity, "PARALLEL_REEXTRACT", 1)  # even one article goes to the workers
    two = build([folder], store=tmp_path / "two", workers=2)
    assert one.relinked == two.relinked == 1  # b.txt, once Kranewitter is known by her full name
    assert content_quads(tmp_path / "two") == content_quads(tmp_path / "one")
    with Store.open(tmp_path / "two", read_only=True) as graph_store:
        rows = graph_store.query("SELECT ?l WHERE { GRAPH ?g { ?e a kg:Visit ; kg:hasParticipant ?a . ?a rdfs:label ?l } }")
        assert {str(r["l"]) for r in rows} >= {"Brunhilde Kranewitter"}
