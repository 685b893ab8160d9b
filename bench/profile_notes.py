"""The measurements behind bench/README.md's "Session 3" profile notes, rerunnable.

    python bench/profile_notes.py --corpus ../shared/corpus/gnad-test.jsonl [--only components,rebuild,strings,mapping,shards,triples,results,ceiling] [--store STORE]

- components: ms per article of each pipeline step (``nlp.pipe`` run step by step), 200 articles;
- rebuild: CPU seconds for 60 articles with an empty word cache, then again with the analyses
  the first pass left (what a rebuild gains from kg.nlp.word_cache); same tags and lemmas;
- strings: spaCy's string store after 100 articles, and after 100 more inside a memory zone;
- shards: peak and remaining RSS of Oxigraph's bulk loader for a 1,000-article shard and a
  5,000-article one (the graph of --limit articles built here, copied with new graph names);
- triples: the same statements bulk-loaded as quads (one graph per article) and as triples;
- results: every saved query without parameters on the graph copied up to ``--scale-quads``,
  its answer turned into rdflib terms by oxrdflib's query path and by kg's own
  (``kg.store.result_from_ox``, each distinct term once), alternating, median of 3;
- mapping: ms per article to turn 200 extraction results into N-Triples, through an rdflib
  ``Graph`` (as kg did before session 5) and through ``kg.rdf.map_document``, median of 5;
- ceiling: Oxigraph's bulk loader on this machine for 1M quads of a plain event graph (short
  IRIs, no text) beside 1M quads of kg's graph (article texts, labels, mentions), median of 3:
  what the loader itself reaches, and what kg's data costs it.
Figures are CPU or wall medians on whatever machine runs it; compare ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _texts(corpus: Path, start: int, count: int) -> list[str]:
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, start, start + count)]


def components(corpus: Path) -> dict:
    from kg.nlp import load_pipeline

    nlp = load_pipeline("de")
    texts = _texts(corpus, 400, 200)
    spent = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    spent["make_doc"] = time.perf_counter() - start
    for name, step in nlp.pipeline:
        start = time.perf_counter()
        docs = list(step.pipe(docs)) if hasattr(step, "pipe") else [step(d) for d in docs]
        spent[name] += time.perf_counter() - start
    return {name: round(1000 * s / len(texts), 1) for name, s in spent.items()}


def rebuild(corpus: Path) -> dict:
    from kg.nlp import load_pipeline
    from kg.nlp.components.hanta_tagger import _tagger

    nlp = load_pipeline("de")
    texts = _texts(corpus, 700, 60)

    def run() -> tuple[float, str]:
        start = time.process_time()
        docs = list(nlp.pipe(texts))
        seconds = time.process_time() - start
        return seconds, hashlib.md5(repr([(t.tag_, t.pos_, t.lemma_) for d in docs for t in d]).encode()).hexdigest()

    _tagger().analyze_forward.memo.clear()
    _tagger()._analyze.memo.clear()
    cold, cold_hash = run()
    warm, warm_hash = run()
    return {"articles": len(texts), "cold_cpu_s": round(cold, 2), "warm_cpu_s": round(warm, 2),
            "ratio": round(cold / warm, 2), "same_output": cold_hash == warm_hash}


def strings(corpus: Path) -> dict:
    from kg.nlp import load_pipeline

    nlp = load_pipeline("de")
    texts = _texts(corpus, 0, 200)
    loaded = len(nlp.vocab.strings)
    list(nlp.pipe(texts[:100]))
    after = len(nlp.vocab.strings)
    with nlp.memory_zone():
        list(nlp.pipe(texts[100:]))
    return {"at_load": loaded, "after_100_articles": after, "after_100_more_in_a_memory_zone": len(nlp.vocab.strings)}


def _graph(corpus: Path, folder: Path, limit: int) -> Path:
    from kg.api import build

    source = folder / "articles.jsonl"
    with corpus.open(encoding="utf-8") as src, source.open("w", encoding="utf-8") as out:
        out.writelines(islice(src, limit))
    build([source], store=folder / "store")
    return _dumped(folder / "store", folder)


def _dumped(store_path: Path, folder: Path) -> Path:
    """The article graphs of an already built store, as _graph writes them."""
    from kg.store import Store

    target = folder / "graph.nq"
    with Store.open(store_path, read_only=True) as store:
        lines = store.dump(None, "nq").decode("utf-8").splitlines(keepends=True)
    target.write_text("".join(line for line in lines if "/graph/runs>" not in line), encoding="utf-8")
    return target


def _copies(base: Path, target: Path, copies: int, tag: str) -> None:
    lines = base.read_text(encoding="utf-8").splitlines(keepends=True)
    rename = re.compile(r"(/graph/|/article/|/event/)([^>]+)>")
    with target.open("w", encoding="utf-8") as out:
        for k in range(copies):
            out.writelines(rename.sub(lambda m: f"{m[1]}{m[2]}-{tag}{k}>", line) for line in lines)


def shards(base: Path, folder: Path, articles: int) -> dict:
    import psutil
    import pyoxigraph as ox

    process = psutil.Process()
    out = {}
    for size in (1000, 5000):
        store_dir = folder / f"shards-{size}"
        store = ox.Store(str(store_dir))
        peaks, after = [], []
        for n in range(3):
            shard = folder / "shard.nq"
            _copies(base, shard, max(1, size // articles), f"s{size}-{n}-")
            peak = [0]
            done = threading.Event()

            def watch() -> None:
                while not done.is_set():
                    peak[0] = max(peak[0], process.memory_info().rss)
                    time.sleep(0.05)

            watcher = threading.Thread(target=watch)
            watcher.start()
            store.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
            done.set()
            watcher.join()
            peaks.append(peak[0] >> 20)
            after.append(process.memory_info().rss >> 20)
        del store
        out[f"{size}_article_shards"] = {"peak_rss_mb": peaks, "rss_after_mb": after}
    return out


def triples(base: Path, folder: Path) -> dict:
    import pyoxigraph as ox

    nt = folder / "graph.nt"
    with base.open(encoding="utf-8") as src, nt.open("w", encoding="utf-8") as out:
        out.writelines(re.sub(r" <[^>]*> \.\n$", " .\n", line) for line in src)
    seconds: dict[str, list[float]] = {"quads": [], "triples": []}
    for n in range(3):
        for kind, path, fmt in (("quads", base, ox.RdfFormat.N_QUADS), ("triples", nt, ox.RdfFormat.N_TRIPLES)):
            store = ox.Store(str(folder / f"{kind}-{n}"))
            start = time.perf_counter()
            store.bulk_load(path=str(path), format=fmt)
            store.flush()
            seconds[kind].append(time.perf_counter() - start)
            del store
    count = sum(1 for _ in base.open("rb"))
    quads, plain = statistics.median(seconds["quads"]), statistics.median(seconds["triples"])
    return {"statements": count, "quads_per_s": round(count / quads), "triples_per_s": round(count / plain),
            "ratio": round(quads / plain, 2)}


def results(base: Path, folder: Path, scale_quads: int) -> dict:
    import pyoxigraph as ox

    from kg.query import resolve_query, saved_queries
    from kg.rdf.terms import PREFIXES
    from kg.store import Store

    count = sum(1 for _ in base.open("rb"))
    scaled = folder / "results.nq"
    _copies(base, scaled, max(1, -(-scale_quads // count)), "r")
    store_dir = folder / "results-store"
    loader = ox.Store(str(store_dir))
    loader.bulk_load(path=str(scaled), format=ox.RdfFormat.N_QUADS)
    loader.flush()
    del loader
    (store_dir / "kg-store.txt").write_text("kg graph store (benchmark)\n")
    out: dict = {}
    with Store.open(store_dir, read_only=True) as store:
        out["quads"] = len(store)
        for name, saved in saved_queries().items():
            if saved.params:
                continue
            text = resolve_query(name).text
            times: dict[str, list[float]] = {"oxrdflib": [], "kg": []}
            for _ in range(3):
                for path, run in (("oxrdflib", lambda: store.dataset.query(text, initNs=PREFIXES)), ("kg", lambda: store.query(text))):
                    start = time.perf_counter()
                    answer = run()
                    rows = [tuple(row) for row in answer]
                    times[path].append(time.perf_counter() - start)
            out[name] = {"rows": len(rows), **{k: round(statistics.median(v) * 1000, 1) for k, v in times.items()}}
    return out


def mapping(corpus: Path) -> dict:
    from oxrdflib._converter import from_ox
    from rdflib import Graph

    from kg.api import extract_articles
    from kg.ingest import Article, read_articles
    from kg.rdf.mapping import map_document

    articles = [a for a in islice(read_articles([corpus]), 200) if isinstance(a, Article)]
    done = list(extract_articles(articles))

    def through_rdflib() -> None:  # the same triples added to an rdflib Graph, serialized by rdflib
        for result in done:
            graph = Graph()
            for triple in map_document(result).triples:
                graph.add(from_ox(triple))
            graph.serialize(format="nt")

    times: dict[str, list[float]] = {"rdflib_graph": [], "map_document": []}
    for _ in range(5):
        for name, run in (("rdflib_graph", through_rdflib), ("map_document", lambda: [map_document(r).ntriples() for r in done])):
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    per = {k: round(1000 * statistics.median(v) / len(done), 2) for k, v in times.items()}
    return {"articles": len(done), "ms_per_article": per, "ratio": round(per["rdflib_graph"] / per["map_document"], 1)}


def ceiling(base: Path, folder: Path) -> dict:
    import random

    import pyoxigraph as ox

    target = 1_000_000
    plain = folder / "plain.nq"
    pick = random.Random(7)
    ns = "http://example.org/"
    with plain.open("w", encoding="utf-8") as out:
        written, event = 0, 0
        while written < target:  # an event: type, date, status, two participants, a place
            event += 1
            e, g = f"<{ns}event/{event}>", f"<{ns}graph/{event // 50}>"
            out.write(f"{e} <{ns}type> <{ns}Meeting> {g} .\n{e} <{ns}date> \"2025-{pick.randint(1, 12):02d}-{pick.randint(1, 28):02d}\" {g} .\n"
                      f"{e} <{ns}status> <{ns}Happened> {g} .\n{e} <{ns}participant> <{ns}actor/{pick.randint(1, 5000)}> {g} .\n"
                      f"{e} <{ns}participant> <{ns}actor/{pick.randint(1, 5000)}> {g} .\n{e} <{ns}place> <{ns}place/{pick.randint(1, 500)}> {g} .\n")
            written += 6
    count = sum(1 for _ in base.open("rb"))
    kg_graph = folder / "kg-1m.nq"
    _copies(base, kg_graph, max(1, -(-target // count)), "c")
    out: dict = {}
    for name, path in (("plain_event_graph", plain), ("kg_graph", kg_graph)):
        quads = sum(1 for _ in path.open("rb"))
        seconds = []
        for n in range(3):
            store = ox.Store(str(folder / f"ceiling-{name}-{n}"))
            start = time.perf_counter()
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            store.flush()
            seconds.append(time.perf_counter() - start)
            del store
            shutil.rmtree(folder / f"ceiling-{name}-{n}", ignore_errors=True)
        out[name] = {"quads": quads, "bytes_per_quad": round(path.stat().st_size / quads),
                     "quads_per_s": round(quads / statistics.median(seconds))}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus (../shared/corpus/gnad-test.jsonl)")
    parser.add_argument("--only", default="components,rebuild,strings,mapping,shards,triples,results,ceiling", help="comma-separated sections")
    parser.add_argument("--limit", type=int, default=1000, help="articles built for the shards, triples and results sections")
    parser.add_argument("--store", type=Path, default=None, help="a built kg store to use instead of building --limit articles")
    parser.add_argument("--scale-quads", type=int, default=5_000_000, help="size of the graph for the results section")
    args = parser.parse_args()
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus file")
    sections = set(args.only.split(","))
    os.environ["KG_CACHE_DIR"] = ""  # cold: no word analyses from earlier runs on this machine
    folder = Path(tempfile.mkdtemp(prefix="kg-profile-"))
    try:
        for name, section in (("components", components), ("rebuild", rebuild), ("strings", strings), ("mapping", mapping)):
            if name in sections:
                print(json.dumps({name: section(args.corpus)}), flush=True)
        if {"shards", "triples", "results", "ceiling"} & sections:
            base = _graph(args.corpus, folder, args.limit) if args.store is None else _dumped(args.store, folder)
            if "shards" in sections:
                print(json.dumps({"shards": shards(base, folder, args.limit)}), flush=True)
            if "triples" in sections:
                print(json.dumps({"triples": triples(base, folder)}), flush=True)
            if "results" in sections:
                print(json.dumps({"results": results(base, folder, args.scale_quads)}), flush=True)
            if "ceiling" in sections:
                print(json.dumps({"ceiling": ceiling(base, folder)}), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
