"""kg throughput benchmark: ``make bench`` (or ``python bench/run.py --corpus PATH``).

Every figure is printed beside a reference measured in the same run on the same machine, so
the ratios hold on a noisy shared machine where absolute seconds do not:

- extraction: articles/s and words/s of the full pipeline, beside a bare spaCy German
  tokenizer on the same texts (the practical ceiling of any spaCy pipeline);
- build: end-to-end ``kg build`` articles/s into a fresh embedded store, and quads/s written;
- queries: median latency of every saved query on the built store.

Results are appended to bench/results/<date>.json and printed as a table.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _articles(corpus: Path, limit: int | None):
    from kg.ingest import Article, read_articles

    items = [a for a in read_articles([corpus]) if isinstance(a, Article)]
    return items[:limit] if limit else items


def bench_extraction(articles) -> dict:
    import spacy

    from kg.api import extract_articles
    from kg.nlp import load_pipeline

    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.blank("de")
    start = time.perf_counter()
    for _ in bare.pipe(a.text for a in articles):
        pass
    tokenizer_s = time.perf_counter() - start
    load_pipeline("de")  # load once, outside the timing
    start = time.perf_counter()
    events = sum(len(r.events) for r in extract_articles(articles))
    full_s = time.perf_counter() - start
    return {
        "articles": len(articles), "words": words, "events": events,
        "extract_articles_per_s": round(len(articles) / full_s, 1),
        "extract_words_per_s": round(words / full_s),
        "tokenizer_words_per_s": round(words / tokenizer_s),
        "ratio_to_tokenizer": round(tokenizer_s / full_s, 4),
    }


def bench_build(corpus: Path, limit: int | None) -> tuple[dict, Path]:
    from kg.api import build

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    source = corpus
    if limit:
        source = folder / "subset.jsonl"
        with corpus.open(encoding="utf-8") as src, source.open("w", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n >= limit:
                    break
                out.write(line)
    start = time.perf_counter()
    report = build([source], store=folder / "store")
    seconds = time.perf_counter() - start
    return {
        "build_articles": report.articles,
        "build_articles_per_s": round(report.articles / seconds, 1),
        "quads": report.triples,
        "quads_written_per_s": round(report.triples / seconds),
        "build_seconds": round(seconds, 1),
    }, folder


def bench_queries(store_path: Path, repeats: int) -> dict:
    from kg.api import query
    from kg.query import saved_queries

    samples = {"name": "Wladimir Putin", "role": "Präsident", "day": "2016-12-31"}
    out = {}
    for name, saved in saved_queries().items():
        params = {p: samples[p] for p in saved.params}
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            query(name, store=store_path, params=params)
            times.append(time.perf_counter() - start)
        out[name] = round(statistics.median(times) * 1000, 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus, e.g. ../shared/corpus/gnad-test.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeats", type=int, default=5, help="runs per query (median reported)")
    args = parser.parse_args()
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such corpus file")
    articles = _articles(args.corpus, args.limit)
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.machine(),
               "cores": __import__("os").cpu_count(), "python": platform.python_version()}
    results["extraction"] = bench_extraction(articles)
    build_figures, folder = bench_build(args.corpus, args.limit)
    results["build"] = build_figures
    results["query_median_ms"] = bench_queries(folder / "store", args.repeats)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    shutil.rmtree(folder, ignore_errors=True)
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{results['date'][:10]}.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    e, b = results["extraction"], results["build"]
    print(f"extraction  {e['extract_articles_per_s']} articles/s, {e['extract_words_per_s']} words/s "
          f"(bare tokenizer {e['tokenizer_words_per_s']} words/s; ratio {e['ratio_to_tokenizer']})")
    print(f"build       {b['build_articles_per_s']} articles/s, {b['quads_written_per_s']} quads/s ({b['quads']} quads)")
    for name, ms in results["query_median_ms"].items():
        print(f"query       {name:<18} {ms} ms median")
    print(f"peak RSS    {results['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
