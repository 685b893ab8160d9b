"""kg serve while kg build writes to the same store (#8): a bounded load, loopback only.

4 clients send 25 requests each (100 in all) to a server started on a store that a build in
another process is filling. Every request must succeed, and every answer must be one
consistent snapshot: each article graph in it has exactly its triples of the finished build, and
the runs it shows are the runs its articles name. The server reopens the store when its files
changed (kg/serve/worker.py), so the answers also grow while the build goes on.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from kg.serve.testing import serve_process
from kg.store import STORE_MARKER, Store
from store.generated_news import kill_build, start_build, write_articles  # tests/store/generated_news.py

ARTICLES = 300
CLIENTS, REQUESTS = 4, 25
RUNS = "https://w3id.org/kg-news/id/graph/runs"
SNAPSHOT = f"""
SELECT ?g ?n ?run ?kind WHERE {{
  {{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }}
  UNION {{ SELECT DISTINCT ?run ?kind WHERE {{ GRAPH <{RUNS}> {{ ?run ?p ?o }} BIND("node" AS ?kind) }} }}
  UNION {{ SELECT DISTINCT ?run ?kind WHERE {{ GRAPH ?x {{ ?a kg:extractedBy ?run }} BIND("link" AS ?kind) }} }}
}}
"""


def snapshot(rows: list[dict]) -> tuple[dict[str, int], set[str], set[str]]:
    """(triples per article graph, run nodes, runs named by articles) from one answer."""
    sizes = {r["g"]["value"]: int(r["n"]["value"]) for r in rows if "g" in r and r["g"]["value"] != RUNS}
    nodes = {r["run"]["value"] for r in rows if r.get("kind", {}).get("value") == "node"}
    links = {r["run"]["value"] for r in rows if r.get("kind", {}).get("value") == "link"}
    return sizes, nodes, links


def client(url: str, number: int) -> list[tuple[int, str, dict | None, float]]:
    """REQUESTS requests: the snapshot query and a saved query by turns; (status, what, body, seconds)."""
    base = url.rsplit("/sparql", 1)[0]
    out = []
    with httpx.Client(timeout=120) as http:
        for i in range(REQUESTS):
            started = time.perf_counter()
            if (i + number) % 2 == 0:
                response = http.post(url, data={"query": SNAPSHOT}, headers={"Accept": "application/sparql-results+json"})
                body = response.json() if response.status_code == 200 else None
                out.append((response.status_code, "snapshot", body, time.perf_counter() - started))
            else:
                response = http.get(f"{base}/queries/calls", params={"format": "json"})
                out.append((response.status_code, f"calls: {response.text[:200]}", None, time.perf_counter() - started))
    return out


def articles_served(url: str) -> int:
    response = httpx.post(url, data={"query": SNAPSHOT}, headers={"Accept": "application/sparql-results+json"}, timeout=120)
    return len(snapshot(response.json()["results"]["bindings"])[0]) if response.status_code == 200 else 0


def test_serve_answers_whole_articles_while_a_build_writes(tmp_path: Path):
    corpus = write_articles(tmp_path / "news.jsonl", ARTICLES, seed=6)
    store = tmp_path / "store"
    build = start_build(corpus, store, tmp_path / "build.log", "--silent")
    try:
        deadline = time.monotonic() + 120
        while not (store / STORE_MARKER).exists() and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (store / STORE_MARKER).exists(), (tmp_path / "build.log").read_text()
        with serve_process(store, "--timeout", "60", "--workers", "2") as url:
            while not articles_served(url) and build.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)  # the build loads its pipeline: wait for its first articles
            with ThreadPoolExecutor(CLIENTS) as pool:
                answers = [a for batch in pool.map(lambda n: client(url, n), range(CLIENTS)) for a in batch]
            build_running_at_end = build.poll() is None
        build.wait(timeout=240)
    finally:
        kill_build(build)
    assert build.returncode == 0, (tmp_path / "build.log").read_text()

    assert len(answers) == CLIENTS * REQUESTS
    failed = [(status, what) for status, what, _, _ in answers if status != 200]
    seconds = sorted(t for *_, t in answers)
    print(f"{len(answers)} requests: median {seconds[len(seconds) // 2]:.2f} s, slowest {seconds[-1]:.2f} s")
    assert not failed, failed[:5]

    with Store.open(store, read_only=True) as finished:
        reference = {str(r["g"]): int(r["n"]) for r in finished.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g") if str(r["g"]) != RUNS}
    assert len(reference) == ARTICLES
    torn, partial = [], 0
    for _, _, body, _ in answers:
        if body is None:
            continue
        sizes, nodes, links = snapshot(body["results"]["bindings"])
        partial += 0 < len(sizes) < ARTICLES
        torn += [f"{g}: {n} triples, {reference.get(g)} when finished" for g, n in sizes.items() if reference.get(g) != n]
        if sizes:
            assert nodes == links, f"runs {sorted(nodes ^ links)} without articles, or named but missing"
    assert not torn, torn[:10]
    print(f"{partial} of {len(answers) // 2} snapshots saw a partly built store; build still running at the end: {build_running_at_end}")
    assert partial >= 3, f"only {partial} answers saw a partly built store: the build was too quick to observe"
