"""kg keeps working and loses nothing (#8): a build killed with SIGKILL and run again gives the
store a clean build gives, and kg query / kg stats / kg export read whole articles while a build
writes.

Both tests use one invented corpus of 200 short articles (tests/store/generated_news.py) and one
clean build of it, read over and over by the readers while it runs; its final store is the
reference. "Whole" is checked per article: every article graph a reader sees has exactly the
triples it has in the finished clean build (each generated article is written once, never
relinked), and every run a reader sees is named by an article it sees, and the other way round.

The builds run with ``--workers 1`` (loading the pipeline once is quicker on a small machine),
except one killed build with two extraction processes, which die with it (process group).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import STORE_MARKER, WRITER_LOCK, Store

from .generated_news import kill_build, start_build, write_articles

ARTICLES = 200
RUNS = "https://w3id.org/kg-news/id/graph/runs"
EXTRACTED_BY = "https://w3id.org/kg-news/ontology#extractedBy"
GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
RUN_LINKS = f"SELECT DISTINCT ?run WHERE {{ GRAPH ?g {{ ?a <{EXTRACTED_BY}> ?run }} }}"
RUN_NODES = f"SELECT DISTINCT ?run WHERE {{ GRAPH <{RUNS}> {{ ?run ?p ?o }} }}"
BUILD_SECONDS = 240  # upper bound for one build subprocess on a busy two-core machine


@dataclass
class Snapshot:
    """What one reader saw: triples per article graph, and the runs (if that reader shows them)."""

    reader: str
    sizes: dict[str, int]
    run_nodes: set[str] | None = None
    run_links: set[str] | None = None
    during_build: bool = False

    def problems(self, reference: dict[str, int]) -> list[str]:
        out = [f"{self.reader}: {g} has {n} triples, {reference.get(g)} in the finished build"
               for g, n in self.sizes.items() if reference.get(g) != n]
        if self.run_nodes is not None and self.run_links is not None:
            if self.run_nodes - self.run_links:
                out.append(f"{self.reader}: runs no article came from: {sorted(self.run_nodes - self.run_links)}")
            if self.run_links - self.run_nodes:
                out.append(f"{self.reader}: articles name runs the runs graph lacks: {sorted(self.run_links - self.run_nodes)}")
        return out


def _sizes(rows: list[tuple[str, int]]) -> dict[str, int]:
    return {g: n for g, n in rows if g != RUNS}


def read_api(store: Path) -> Snapshot:
    with Store.open(store, read_only=True) as graph_store:
        sizes = _sizes([(str(r["g"]), int(r["n"])) for r in graph_store.query(GRAPH_SIZES)])
        nodes = {str(r["run"]) for r in graph_store.query(RUN_NODES)}
        links = {str(r["run"]) for r in graph_store.query(RUN_LINKS)}
    return Snapshot("Store.open(read_only=True)", sizes, nodes, links)


def read_cli_query(store: Path, runner: CliRunner) -> Snapshot:
    result = runner.invoke(cli, ["query", GRAPH_SIZES, "--format", "json", "--store", str(store)])
    assert result.exit_code == 0, f"kg query: {result.output}"
    rows = json.loads(result.stdout)["results"]["bindings"]
    return Snapshot("kg query", _sizes([(r["g"]["value"], int(r["n"]["value"])) for r in rows]))


def read_cli_export(store: Path, runner: CliRunner, target: Path) -> Snapshot:
    result = runner.invoke(cli, ["export", "--format", "nq", "-o", str(target), "--store", str(store)])
    assert result.exit_code == 0, f"kg export: {result.output}"
    sizes: dict[str, int] = {}
    nodes, links = set(), set()
    for quad in ox.parse(path=str(target), format=ox.RdfFormat.N_QUADS):
        graph = quad.graph_name.value
        sizes[graph] = sizes.get(graph, 0) + 1
        if graph == RUNS:
            nodes.add(quad.subject.value)
        elif quad.predicate.value == EXTRACTED_BY:
            links.add(quad.object.value)
    sizes.pop(RUNS, None)
    return Snapshot("kg export --format nq", sizes, nodes, links)


def read_cli_stats(store: Path, runner: CliRunner) -> Snapshot:
    result = runner.invoke(cli, ["stats", "--store", str(store)])
    assert result.exit_code == 0, f"kg stats: {result.output}"
    line = next(x for x in result.output.splitlines() if x.startswith("articles"))
    assert 0 <= int(line.split()[1]) <= ARTICLES, result.output
    return Snapshot("kg stats", {})


def articles_in(store: Path) -> int:
    if not (store / STORE_MARKER).exists():
        return 0
    with Store.open(store, read_only=True) as graph_store:
        return len([g for g in graph_store.graph_names() if g != RUNS])


def content(store: Path) -> set[str]:
    """Every quad as N-Quads, except the run metadata (which run wrote a graph, and when)."""
    with Store.open(store, read_only=True) as graph_store:
        lines = graph_store.dump(None, "nq").decode("utf-8").splitlines()
    return {line for line in lines if f"<{RUNS}>" not in line and f"<{EXTRACTED_BY}>" not in line}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("corpus") / "news.jsonl", ARTICLES)


@dataclass
class ObservedBuild:
    store: Path
    snapshots: list[Snapshot] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reference: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="module")
def observed_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> ObservedBuild:
    """A clean build of the corpus, read by the API, kg query, kg export and kg stats in turn
    for as long as it runs; the finished store is the reference for every test here."""
    folder = tmp_path_factory.mktemp("observed")
    observed = ObservedBuild(folder / "store")
    runner = CliRunner()
    readers = [
        lambda: read_api(observed.store),
        lambda: read_cli_query(observed.store, runner),
        lambda: read_cli_export(observed.store, runner, folder / "snapshot.nq"),
        lambda: read_cli_stats(observed.store, runner),
    ]
    proc = start_build(corpus, observed.store, folder / "build.log", "--silent", "--workers", "1")
    deadline = time.monotonic() + BUILD_SECONDS
    turn = 0
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if not (observed.store / STORE_MARKER).exists():
                time.sleep(0.05)
                continue
            try:
                snapshot = readers[turn % len(readers)]()
            except (AssertionError, OSError, ValueError) as e:
                observed.errors.append(f"{type(e).__name__}: {e}")
            else:
                snapshot.during_build = proc.poll() is None
                observed.snapshots.append(snapshot)
            turn += 1
            time.sleep(0.1)  # leave the build most of the CPU
    finally:
        if proc.poll() is None:
            kill_build(proc)
    assert proc.returncode == 0, (folder / "build.log").read_text()
    observed.reference = read_api(observed.store).sizes
    assert len(observed.reference) == ARTICLES
    return observed


def test_readers_see_whole_articles_while_a_build_writes(observed_build):
    # articles come out of the pipeline in batches (64 here), so a 200-article build has few partial states to see
    mid_build = [s for s in observed_build.snapshots if s.during_build and 0 < len(s.sizes) < ARTICLES]
    print(f"{len(observed_build.snapshots)} reads, {len(mid_build)} of a partly built store "
          f"({sorted({len(s.sizes) for s in mid_build})} articles)")
    assert not observed_build.errors, observed_build.errors[:5]
    assert len(mid_build) >= 1, f"only {len(mid_build)} reads saw a partly built store; the build was too quick to observe"
    seen_by = {s.reader for s in observed_build.snapshots if s.during_build}
    assert seen_by == {"Store.open(read_only=True)", "kg query", "kg export --format nq", "kg stats"}
    problems = [p for s in observed_build.snapshots for p in s.problems(observed_build.reference)]
    assert not problems, problems[:10]


# (label, how many articles the store must hold before the kill (0: while the store is created),
# extraction processes); the last kill also stops a build's worker processes
KILLS = [("while the store is created", 0, 1), ("after 20 articles", 20, 1), ("after 100 articles, two workers", 100, 2)]


def killed_while_open(store: Path) -> bool:
    """True if the killed build still held the store open: its PID line is left in the writer
    lock (a build killed after it closed the store, in the last moments of a quick run, emptied it)."""
    lock = store / WRITER_LOCK
    return lock.exists() and bool(lock.read_text(encoding="utf-8").strip())


def test_a_killed_build_run_again_loses_nothing_and_duplicates_nothing(corpus, observed_build, tmp_path):
    store = tmp_path / "store"
    left_open = []  # per kill: did the next build have to say that this one stopped without closing?
    for number, (label, after, workers) in enumerate(KILLS):
        log = tmp_path / f"kill-{number}.log"
        # the kill comes once this build has written an article of its own (an earlier build, slowly
        # observed on a busy machine, may have stored more than `after` already)
        stored_before = articles_in(store)
        proc = start_build(corpus, store, log, "--silent", "--workers", str(workers))
        started = time.monotonic()
        deadline = time.monotonic() + BUILD_SECONDS
        while proc.poll() is None and time.monotonic() < deadline:
            if (store / STORE_MARKER).exists() and (after == 0 or articles_in(store) >= max(after, stored_before + 1)):
                break
            time.sleep(0.01 if after == 0 else 0.2)
        assert proc.poll() is None, f"the build ended before the kill {label}: {log.read_text()}"
        kill_build(proc)
        left_open.append(killed_while_open(store))
        print(f"killed {label}: {articles_in(store)} articles stored, {time.monotonic() - started:.1f} s, "
              f"{'store left open' if left_open[-1] else 'after the build closed the store'}")
        snapshot = read_api(store)
        assert not snapshot.problems(observed_build.reference), (label, snapshot.problems(observed_build.reference)[:5])
        if number:  # the run before this one was killed with the store open, and this one said so
            assert ("stopped without closing it" in log.read_text()) == left_open[-2], log.read_text()
    assert left_open[0], "the first kill, while the store is created, must find it open"
    before = articles_in(store)
    assert before >= KILLS[-1][1]

    final_log = tmp_path / "final.log"
    proc = start_build(corpus, store, final_log, "--workers", "1")
    try:
        proc.wait(timeout=BUILD_SECONDS)
    finally:
        kill_build(proc)
    output = final_log.read_text()
    assert proc.returncode == 0, output
    assert ("stopped without closing it" in output) == left_open[-1], output
    assert f"{ARTICLES} articles ({ARTICLES - before} written, {before} unchanged)" in output, output

    assert content(store) == content(observed_build.store)
    final = read_api(store)
    assert not final.problems(observed_build.reference)
    assert final.sizes == observed_build.reference
    # one run per build that wrote something: the ones killed before their first article left none
    assert 1 <= len(final.run_nodes) <= len(KILLS) + 1
