"""kg throughput benchmark: ``make bench`` (or ``python bench/run.py --corpus PATH``).

Every figure is printed beside a reference measured in the same run on the same machine, so
the ratios hold on a noisy shared machine where absolute seconds do not:

- tagger: kg's memoised HanTa tagging beside HanTa as shipped, on the same sentences;
- extraction: articles/s and words/s of the full pipeline in 1 and in N processes, beside a
  bare spaCy German tokenizer on the same texts (the practical ceiling of any spaCy pipeline);
- build: end-to-end ``kg build`` (a subprocess, as a user runs it) with 1 and N workers,
  articles/s and its peak RSS;
- load: the scaled graph (below) bulk-loaded into a fresh store (quads/s); the unscaled graph
  bulk-loaded, loaded in one transaction, and parsed by rdflib into its in-memory store;
- queries: a graph scaled from the built one to at least ``--scale-quads`` quads (copies with
  article ids and dates varied), bulk-loaded; the median latency of every saved query on it,
  beside rdflib's in-memory store answering the same query on the unscaled graph;
- scaled build (``--scaled-build N``): ``kg build`` of an N-article corpus made by cycling the
  input with ids and dates varied, for peak RSS as the corpus grows.

Results are written to bench/results/<date>.json and printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE_PARAMS = {"name": "Wladimir Putin", "role": "Präsident", "day": "2016-12-31"}


def _articles(corpus: Path, limit: int | None):
    from kg.ingest import Article, read_articles

    items = [a for a in read_articles([corpus]) if isinstance(a, Article)]
    return items[:limit] if limit else items


def bench_extraction(articles, workers: int) -> dict:
    import spacy

    from kg.api import extract_articles
    from kg.nlp import load_pipeline
    from kg.parallel import extract_in_processes

    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.blank("de")
    start = time.perf_counter()
    for _ in bare.pipe(a.text for a in articles):
        pass
    tokenizer_s = time.perf_counter() - start
    load_pipeline("de")  # load once, outside the timing
    from kg.nlp.components.hanta_tagger import _tagger

    _tagger().analyze_forward.memo.clear()  # start cold, whatever ran before in this process
    _tagger()._analyze.memo.clear()
    start = time.perf_counter()
    events = sum(len(r.events) for r in extract_articles(articles))
    one_s = time.perf_counter() - start
    out = {
        "articles": len(articles), "words": words, "events": events,
        "extract_articles_per_s": round(len(articles) / one_s, 1),
        "extract_words_per_s": round(words / one_s),
        "tokenizer_words_per_s": round(words / tokenizer_s),
        "ratio_to_tokenizer": round(tokenizer_s / one_s, 4),
    }
    if workers > 1:
        start = time.perf_counter()  # includes starting the workers (each loads the pipeline)
        failures: list = []
        arrivals = [time.perf_counter() for _ in extract_in_processes(articles, workers=workers, on_error=failures.append)]
        many_s = arrivals[-1] - start
        # steady state: from the first batch back to the last, i.e. without the workers' start-up
        steady_s = (arrivals[-1] - arrivals[0]) * len(arrivals) / max(1, len(arrivals) - 1)
        out[f"extract_articles_per_s_{workers}_processes"] = round(len(arrivals) / many_s, 1)
        out[f"extract_articles_per_s_{workers}_processes_steady"] = round(len(arrivals) / steady_s, 1)
        out["speedup"] = round(one_s / many_s, 2)
        out["speedup_steady"] = round(one_s / steady_s, 2)
    return out


def bench_tagger(articles) -> dict:
    """HanTa as shipped beside kg's memoised use of it, on the same sentences (the profile's hot spot)."""
    import spacy
    from HanTa import HanoverTagger

    from kg.nlp.components.hanta_tagger import HantaTagger

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    docs = list(nlp.pipe(a.text for a in articles))
    sentences = [[t.text for t in sent if not t.is_space] for doc in docs for sent in doc.sents]
    tokens = sum(len(s) for s in sentences)
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    start = time.perf_counter()
    for sentence in sentences:
        if sentence:
            plain.tag_sent(sentence, taglevel=1)
    plain_s = time.perf_counter() - start
    component = HantaTagger()
    start = time.perf_counter()
    for doc in docs:
        component(doc)
    kg_s = time.perf_counter() - start
    return {"articles": len(articles), "tokens": tokens, "hanta_tokens_per_s": round(tokens / plain_s),
            "kg_tagger_tokens_per_s": round(tokens / kg_s), "speedup": round(plain_s / kg_s, 2)}


def _kg_build(source: Path, store: Path, *extra: str, trace_every: float = 0.0, word_cache: Path | None = None) -> dict:
    """Run ``kg build`` as a user would; wall time and the peak of the summed RSS of its processes (workers too).

    With ``trace_every`` (seconds) and ``--bulk`` in ``extra``, also a trace of (elapsed s, shard
    being written, summed RSS MB): the bulk loader numbers its shards (``SHARD_ARTICLES`` articles
    each) in a temporary folder, which tells how far the build is without slowing it. The trace
    is printed as it grows, so a run stopped early still shows whether memory stays flat.
    """
    import psutil

    tmp = store.parent / f"{store.name}-tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    # cold unless told otherwise: an empty word cache of its own (kg.nlp.word_cache)
    word_cache = word_cache or store.parent / f"{store.name}-word-cache"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(source), "--store", str(store), "--silent", *extra],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp), "KG_CACHE_DIR": str(word_cache)},
                            stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak = 0
    trace: list[tuple[float, int, int]] = []
    next_trace = trace_every
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
        except psutil.Error:
            rss = 0
        peak = max(peak, rss)
        elapsed = time.perf_counter() - start
        if trace_every and elapsed >= next_trace:
            shards = [int(m[1]) for f in tmp.glob("kg-shards-*/shard-*.nq") if (m := re.search(r"-(\d+)\.nq$", f.name))]
            trace.append((round(elapsed), max(shards, default=0), round(rss / 2**20)))
            print(f"trace: {trace[-1][0]} s, shard {trace[-1][1]}, RSS {trace[-1][2]} MB", file=sys.stderr, flush=True)
            next_trace += trace_every
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    shutil.rmtree(tmp, ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed: {proc.stderr.read().strip()}")
    out = {"seconds": round(seconds, 1), "peak_rss_mb": round(peak / 2**20)}
    if trace:
        out["rss_trace"] = trace
    return out


def _subset(corpus: Path, folder: Path, limit: int | None, *, skip: int = 0, name: str = "subset.jsonl") -> Path:
    if not limit and not skip:
        return corpus
    target = folder / name
    with corpus.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for line in islice(src, skip, skip + limit if limit else None):
            out.write(line)
    return target


def bench_build(source: Path, articles: int, workers: int, folder: Path, corpus: Path) -> dict:
    """Cold builds with 1 and N workers; then the daily-feed case: the same articles built after
    ``kg build`` of 2× as many other articles of the corpus left its word cache behind."""
    out = {"articles": articles}
    for n in sorted({1, workers}):
        store = folder / f"store-{n}"
        run = _kg_build(source, store, "--workers", str(n))
        out[f"articles_per_s_{n}_workers"] = round(articles / run["seconds"], 1)
        out[f"peak_rss_mb_{n}_workers"] = run["peak_rss_mb"]
    if workers > 1:
        out["speedup"] = round(out[f"articles_per_s_{workers}_workers"] / out["articles_per_s_1_workers"], 2)
    earlier = _subset(corpus, folder, 2 * articles, skip=articles, name="earlier.jsonl")
    if earlier == corpus or not earlier.stat().st_size:
        return out  # no other articles to warm the cache with (use --limit below a third of the corpus)
    cache = folder / "warm-word-cache"
    _kg_build(earlier, folder / "store-earlier", "--workers", str(workers), word_cache=cache)
    warm = _kg_build(source, folder / "store-warm", "--workers", "1", word_cache=cache)
    out["articles_per_s_1_workers_warm"] = round(articles / warm["seconds"], 1)
    out["warm_articles_before"] = sum(1 for _ in earlier.open(encoding="utf-8"))
    out["warm_speedup"] = round(out["articles_per_s_1_workers_warm"] / out["articles_per_s_1_workers"], 2)
    return out


def bench_load(scaled: Path, base: Path, folder: Path) -> dict:
    """Bulk and one-transaction loads of the scaled graph; rdflib and Oxigraph side by side on the unscaled one."""
    import pyoxigraph as ox
    from rdflib import Dataset

    def timed_load(nquads: Path, target: Path, bulk: bool) -> float:
        store = ox.Store(str(target))
        start = time.perf_counter()
        if bulk:
            store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        else:
            store.load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()
        return time.perf_counter() - start

    quads = sum(1 for _ in scaled.open("rb"))
    base_quads = sum(1 for _ in base.open("rb"))
    bulk_s = timed_load(scaled, folder / "bulk-store", True)
    base_bulk_s = timed_load(base, folder / "base-bulk-store", True)
    txn_s = timed_load(base, folder / "txn-store", False)  # one transaction holds it all in memory: unscaled only
    start = time.perf_counter()
    Dataset().parse(str(base), format="nquads")
    rdflib_s = time.perf_counter() - start
    for name in ("bulk-store", "txn-store", "base-bulk-store"):
        shutil.rmtree(folder / name, ignore_errors=True)
    return {"quads": quads, "bulk_quads_per_s": round(quads / bulk_s),
            "unscaled_quads": base_quads, "unscaled_bulk_quads_per_s": round(base_quads / base_bulk_s),
            "unscaled_transaction_quads_per_s": round(base_quads / txn_s),
            "rdflib_memory_quads_per_s": round(base_quads / rdflib_s), "ratio_bulk_to_rdflib": round(rdflib_s / base_bulk_s, 1)}


# article ids in article, graph and per-article event IRIs (dated events are shared by IRI and
# get new IRIs from the shifted date), and in dcterms:identifier
_ID = re.compile(r"(/id/(?:article|graph)/[^>#/\s]+)|(/id/event/(?!(?:call|visit|meeting|agreement|invitation|negotiation|statement)/)[^>#/\s]+)"
                 r"|(/identifier> \"[^\"]+)")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def scaled_nquads(base: Path, target: Path, min_quads: int) -> int:
    """Copies of the graph until it has ``min_quads``: copy k has article ids suffixed and dates shifted by k days."""
    lines = base.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [line for line in lines if "/graph/runs>" not in line]
    copies = max(1, -(-min_quads // len(lines)))
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for k in range(copies):
            if k == 0:
                out.writelines(lines)
                written += len(lines)
                continue

            def shift(m: re.Match) -> str:
                try:
                    return (date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=k)).isoformat()
                except ValueError:
                    return m[0]

            for line in lines:
                out.write(_DATE.sub(shift, _ID.sub(lambda m: m[0] + f"-s{k}", line)))
            written += len(lines)
    return written


def _rdflib_worker(nquads: str, queries: list[tuple[str, str]], queue) -> None:
    """Load the graph into rdflib's in-memory store once, then time each query in turn."""
    from rdflib import Dataset

    from kg.rdf.terms import PREFIXES

    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    queue.put(("loaded", None))
    for name, sparql in queries:
        start = time.perf_counter()
        list(ds.query(sparql, initNs=PREFIXES))
        queue.put((name, time.perf_counter() - start))


def rdflib_reference(nquads: Path, queries: list[tuple[str, str]], timeout: float) -> dict[str, object]:
    """Seconds per query in rdflib's in-memory store; a query over ``timeout`` is stopped and reported as such."""
    import queue as queues

    context = multiprocessing.get_context("spawn")
    out: dict[str, object] = {}
    todo = list(queries)
    while todo:
        channel = context.Queue()
        proc = context.Process(target=_rdflib_worker, args=(str(nquads), todo, channel), daemon=True)
        proc.start()
        channel.get()  # loaded (not timed against the query timeout)
        while todo:
            try:
                name, seconds = channel.get(timeout=timeout)
            except queues.Empty:
                out[todo.pop(0)[0]] = f">{timeout * 1000:.0f}"
                proc.kill()
                break
            out[name] = round(seconds * 1000, 1)
            todo.pop(0)
        proc.join(5)
    return out


def bench_queries(scaled_store: Path, base_nquads: Path, repeats: int, reference_timeout: float) -> dict:
    from kg.query import saved_queries
    from kg.store import Store, bind_values

    out: dict = {}
    with Store.open(scaled_store, read_only=True) as store:
        out["quads"] = len(store)
        for name, saved in saved_queries().items():
            params = {p: SAMPLE_PARAMS[p] for p in saved.params}
            from kg.query import run_query

            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                run_query(store, name, params=params)
                times.append(time.perf_counter() - start)
            out[name] = {"median_ms": round(statistics.median(times) * 1000, 1)}
    # reference: rdflib's in-memory store, same query text, on the unscaled graph
    from kg.query import bind_params

    texts = []
    for name, saved in saved_queries().items():
        params = bind_params(saved, {p: SAMPLE_PARAMS[p] for p in saved.params})
        texts.append((name, bind_values(saved.text, params) if params else saved.text))
    for name, ms in rdflib_reference(base_nquads, texts, reference_timeout).items():
        out[name]["rdflib_unscaled_ms"] = ms
    return out


def scaled_corpus(corpus: Path, target: Path, articles: int) -> None:
    """``articles`` JSONL lines cycling the corpus, each with its own id (and a date, if it had one)."""
    lines = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    with target.open("w", encoding="utf-8") as out:
        for n in range(articles):
            item = dict(lines[n % len(lines)])
            k = n // len(lines)
            if k:
                item["id"] = f"{item.get('id', n)}-s{k}"
                if item.get("date"):
                    item["date"] = _DATE.sub(lambda m: (date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=k)).isoformat(), item["date"])
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> int:
    from kg.parallel import available_cores

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus, e.g. ../shared/corpus/gnad-test.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=available_cores(), help="processes for the parallel figures")
    parser.add_argument("--repeats", type=int, default=5, help="runs per query (median reported)")
    parser.add_argument("--scale-quads", type=int, default=5_000_000, help="size of the scaled graph for query latency")
    parser.add_argument("--reference-timeout", type=float, default=60.0, help="seconds before an rdflib reference query is given up")
    parser.add_argument("--scaled-build", type=int, default=0, metavar="N", help="also build an N-article scaled corpus (peak RSS)")
    parser.add_argument("--store", type=Path, default=None, help="reuse this built store for load/queries instead of the build section's")
    parser.add_argument("--only", default="tagger,extraction,build,load,queries,scaled", help="comma-separated sections to run")
    args = parser.parse_args()
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus file")
    sections = set(args.only.split(","))
    results: dict = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.machine(),
                     "cores": available_cores(), "python": platform.python_version(), "command": " ".join(sys.argv)}
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    os.environ["KG_CACHE_DIR"] = ""  # in this process: no word cache file (figures say cold or warm)
    try:
        articles = _articles(args.corpus, args.limit)
        source = _subset(args.corpus, folder, args.limit)
        if "tagger" in sections:
            results["tagger"] = bench_tagger(articles)
            print(json.dumps(results["tagger"]), flush=True)
        if "extraction" in sections:
            results["extraction"] = bench_extraction(articles, args.workers)
            print(json.dumps(results["extraction"]), flush=True)
        if "build" in sections or ({"load", "queries"} & sections and not args.store):
            results["build"] = bench_build(source, len(articles), args.workers, folder, args.corpus)
            print(json.dumps(results["build"]), flush=True)
        built = args.store or folder / f"store-{args.workers}"
        base = folder / "graph.nq"
        if {"load", "queries"} & sections:
            import pyoxigraph as ox

            ox.Store.read_only(str(built)).dump(str(base), ox.RdfFormat.N_QUADS)
        if "load" in sections:
            scaled = folder / "scaled.nq"
            scaled_nquads(base, scaled, args.scale_quads)
            results["load"] = bench_load(scaled, base, folder)
            print(json.dumps(results["load"]), flush=True)
        if "queries" in sections:
            scaled = folder / "scaled.nq"
            if not scaled.exists():
                scaled_nquads(base, scaled, args.scale_quads)
            import pyoxigraph as ox

            store_dir = folder / "scaled-store"
            (store_dir).mkdir()
            (store_dir / "kg-store.txt").write_text("kg graph store (benchmark)\n")
            ox_store = ox.Store(str(store_dir))
            ox_store.bulk_load(path=str(scaled), format=ox.RdfFormat.N_QUADS)
            ox_store.flush()
            del ox_store
            results["queries"] = bench_queries(store_dir, base, args.repeats, args.reference_timeout)
            print(json.dumps(results["queries"]), flush=True)
        if "scaled" in sections and args.scaled_build:
            corpus = folder / "scaled.jsonl"
            scaled_corpus(args.corpus, corpus, args.scaled_build)
            # a large first load, as a user would run it: all workers, Oxigraph's bulk loader
            run = _kg_build(corpus, folder / "scaled-build-store", "--workers", str(args.workers), "--bulk", trace_every=60)
            results["scaled_build"] = {"articles": args.scaled_build, "articles_per_s": round(args.scaled_build / run["seconds"], 1),
                                       "peak_rss_mb": run["peak_rss_mb"], "bulk": True, "rss_trace": run.get("rss_trace", [])}
            print(json.dumps(results["scaled_build"]), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = results["date"][:16].replace(":", "")
    (out_dir / f"{stamp}.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    return 0


def table(r: dict) -> str:
    """The README table: each figure beside its reference."""
    rows = ["| what | kg | reference (same run) |", "|---|---|---|"]
    if t := r.get("tagger"):
        rows.append(f"| HanTa tagging in kg (memoised word analyses), {t['articles']} articles | {t['kg_tagger_tokens_per_s']:,} tokens/s "
                    f"| HanTa as shipped {t['hanta_tokens_per_s']:,} tokens/s ({t['speedup']}×) |")
    if e := r.get("extraction"):
        rows.append(f"| extraction, 1 process | {e['extract_articles_per_s']} articles/s, {e['extract_words_per_s']:,} words/s "
                    f"| bare spaCy tokenizer {e['tokenizer_words_per_s']:,} words/s (kg = {e['ratio_to_tokenizer']:.3f}×) |")
        for key, value in e.items():
            if key.startswith("extract_articles_per_s_") and key.endswith("processes"):
                n = key.split("_")[-2]
                rows.append(f"| extraction, {n} processes | {value} articles/s with start-up, {e[key + '_steady']} articles/s after it "
                            f"| {e['speedup']}× / {e['speedup_steady']}× one process |")
    if b := r.get("build"):
        for key, value in b.items():
            if key.startswith("articles_per_s_") and key.endswith("_workers"):
                n = key.split("_")[-2]
                rows.append(f"| `kg build`, {n} worker(s), {b['articles']} articles | {value} articles/s, peak RSS {b[f'peak_rss_mb_{n}_workers']} MB "
                            f"| {'' if n == '1' else str(b.get('speedup')) + '× one worker'} |")
        if "articles_per_s_1_workers_warm" in b:
            rows.append(f"| `kg build`, 1 worker, the same {b['articles']} articles after a build of {b['warm_articles_before']} others "
                        f"(word cache warm) | {b['articles_per_s_1_workers_warm']} articles/s | {b['warm_speedup']}× the cold build |")
    if ld := r.get("load"):
        rows.append(f"| bulk load into the embedded store, {ld['quads']:,} quads | {ld['bulk_quads_per_s']:,} quads/s | |")
        rows.append(f"| load, {ld['unscaled_quads']:,} quads | bulk {ld['unscaled_bulk_quads_per_s']:,} quads/s, one transaction {ld['unscaled_transaction_quads_per_s']:,} quads/s "
                    f"| rdflib in-memory parse {ld['rdflib_memory_quads_per_s']:,} quads/s (bulk is {ld['ratio_bulk_to_rdflib']}× faster) |")
    if q := r.get("queries"):
        for name, v in q.items():
            if isinstance(v, dict):
                rows.append(f"| `{name}` on {q['quads']:,} quads | {v['median_ms']} ms median | rdflib in memory, unscaled graph: {v['rdflib_unscaled_ms']} ms |")
    if s := r.get("scaled_build"):
        rows.append(f"| `kg build`, scaled corpus of {s['articles']:,} articles | {s['articles_per_s']} articles/s, peak RSS {s['peak_rss_mb']} MB | |")
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())
