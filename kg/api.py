"""The Python API behind every command: extract, build, query, export.

Each function is what the matching CLI command calls, so a notebook gets the same results::

    from kg import extract_text, build, query
    result = extract_text(open("story.txt").read())
    [e.type for e in result.events]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract import DocumentResult, extract_document
from kg.ingest import Article, IngestFailure, parse_text, read_articles
from kg.identity.wikidata import wikidata_ids
from kg.ingest.reader import DEFAULT_MAX_BYTES
from kg.lang import available_languages
from kg.nlp import load_pipeline, pipeline_name


def extract_articles(
    articles: Iterable[Article | IngestFailure],
    *,
    model: str | None = None,
    batch_size: int = 16,
    on_error: Callable[[IngestFailure], None] | None = None,
) -> Iterator[DocumentResult]:
    """Analyse articles with the pipeline (batched through ``nlp.pipe``) and extract each.

    Takes what :func:`kg.ingest.read_articles` yields, unreadable inputs included. With
    ``on_error``, an input that could not be read, or an article whose extraction raises, is
    reported there (source and reason) and skipped, so one bad document never stops a build;
    without it, the first one raises (:class:`kg.errors.InputError` for an unreadable input).
    """
    cache: dict[str, Any] = {}
    batch: list[Article] = []

    def flush() -> Iterator[DocumentResult]:
        by_lang: dict[str, list[Article]] = {}
        for art in batch:
            by_lang.setdefault(art.lang or "de", []).append(art)
        results: dict[str, DocumentResult] = {}
        for lang, arts in by_lang.items():
            nlp = cache.get(lang) or cache.setdefault(lang, load_pipeline(lang, model))
            name = pipeline_name(nlp)
            qids = wikidata_ids(lang) if lang in available_languages() else {}
            # The words of a batch leave spaCy's string store with it (results are plain Python):
            # otherwise every new name or number of a long build stays in memory for good.
            with nlp.memory_zone():
                for art, doc in zip(arts, nlp.pipe((a.analysis_text() for a in arts), batch_size=batch_size)):
                    if on_error is None:
                        result = extract_document(art, doc, pipeline=name)
                    else:
                        try:
                            result = extract_document(art, doc, pipeline=name)
                        except Exception as e:  # isolation: report the document, keep building
                            on_error(IngestFailure(art.source, f"extraction failed ({type(e).__name__}: {e}); please report this"))
                            continue
                    for actor in result.actors:
                        actor.wikidata = actor.wikidata or qids.get(actor.id)
                    results[id(art)] = result  # type: ignore[index]
        for art in batch:
            if id(art) in results:
                yield results[id(art)]  # type: ignore[index]
        batch.clear()

    for article in articles:
        if isinstance(article, IngestFailure):
            if on_error is None:
                raise InputError(article.reason, source=article.source)
            on_error(article)
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def extract_text(text: str, *, source: str = "<text>", doc_id: str | None = None, model: str | None = None) -> DocumentResult:
    """Extract actors and events from one text (APA wire layout or plain text)."""
    article = parse_text(text, source=source, doc_id=doc_id)
    return next(extract_articles([article], model=model))


def extract_file(path: str | Path, *, model: str | None = None) -> list[DocumentResult]:
    """Extract every article of a file or folder; raises on the first unreadable input."""
    out = []
    for item in read_articles([path]):
        if isinstance(item, IngestFailure):
            from kg.errors import InputError

            raise InputError(item.reason, source=item.source)
        out.append(item)
    return list(extract_articles(out, model=model))


@dataclass
class BuildReport:
    """What ``build`` did: counts for the summary, and every input it could not use."""

    articles: int = 0
    unchanged: int = 0
    actors: set[str] = field(default_factory=set)
    events_by_type: dict[str, int] = field(default_factory=dict)
    failures: list[IngestFailure] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    relinked: int = 0  # articles re-extracted because a surname link to another article appeared
    skipped: int = 0  # unchanged articles not analysed again (same input, same engine: kg:sourceDigest)


def build(
    paths: Iterable[str | Path],
    *,
    store: str | Path = "kg-store",
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Any = None,
    aliases: str | Path | None = None,
    workers: int = 1,
    bulk: bool = False,
    dask: str | None = None,
    keep_shards: str | Path | None = None,
    on_relink: Callable[[int], Callable[[str], Any] | None] | None = None,
) -> BuildReport:
    """Ingest, extract and write every article under ``paths`` into the store at ``store``.

    Each article replaces its own named graph atomically, so building the same input twice
    changes nothing. Actor aliases (the store's ``aliases.yml``, plus the file ``aliases``)
    are applied before writing, and automatic surname links are refreshed at the end
    (:mod:`kg.identity`). ``progress`` is called with each processed source, if given.

    Scale (:mod:`kg.parallel`, :mod:`kg.store.bulk`): ``workers`` > 1 extracts in that many
    local processes; ``bulk`` writes through Oxigraph's bulk loader instead of one transaction
    per article; ``dask`` (a scheduler address, or ``"local"``) extracts on a Dask cluster and
    bulk-loads. ``keep_shards`` keeps the N-Quads shards of a bulk load in that folder. Every
    combination writes the same graph, in input order. ``on_relink`` is told how many stored
    articles new surname links make kg re-extract at the end, and may return a callback called
    with each one's id (see :func:`kg.identity.reconcile`).
    """
    import time
    from contextlib import nullcontext

    from kg.extract.aliases import apply_aliases, load_aliases
    from kg.extract.fingerprint import aliases_fingerprint, engine_fingerprint, source_digest
    from kg.identity import reconcile, store_aliases
    from kg.store import Store
    from kg.store.bulk import BulkLoader, article_quads

    started = time.perf_counter()
    report = BuildReport()

    digests: dict[str, list[str]] = {}  # article id -> source digests of articles in flight

    def good_articles(*, keep_digests: bool = True) -> Iterator[Article]:
        for item in read_articles(paths, max_bytes=max_bytes):
            if isinstance(item, IngestFailure):
                report.failures.append(item)
                if progress:
                    progress(item.source)
                continue
            digest = source_digest(item, engine)
            if graph_store.stored_source_digest(item.id) == digest:
                report.skipped += 1
                written(item.source, False, (), ())
                continue
            if keep_digests:  # a Dask worker computes the digest itself
                digests.setdefault(item.id, []).append(digest)
            yield item

    def with_digest(result: Any) -> Any:
        pending = digests.get(result.id)
        if pending:
            result.source_digest = pending.pop(0)
            if not pending:
                del digests[result.id]
        return result

    def written(source: str, changed: bool, actors: Iterable[str], event_types: Iterable[str]) -> None:
        report.articles += 1
        report.unchanged += 0 if changed else 1
        report.actors.update(actors)
        for event_type in event_types:
            report.events_by_type[event_type] = report.events_by_type.get(event_type, 0) + 1
        if progress:
            progress(source)

    with Store.open(store) as graph_store:
        run = graph_store.new_run(pipeline=None)
        known = store_aliases(graph_store).update(load_aliases(Path(aliases) if aliases else None))
        engine = engine_fingerprint(model) + aliases_fingerprint(known)
        if dask:
            from kg.parallel import cluster

            client = cluster.connect(dask)
            try:
                with BulkLoader(graph_store, run, keep_shards=keep_shards) as loader:
                    for quads in cluster.extract_on_dask(good_articles(keep_digests=False), client=client, run=run, aliases=known, engine=engine,
                                                         model=model, on_error=report.failures.append):
                        written(quads.source, loader.add(quads), quads.actors, quads.event_types)
            finally:
                cluster.close(client)
        else:
            if workers > 1:
                from kg.parallel import extract_in_processes

                results = extract_in_processes(good_articles(), workers=workers, model=model, on_error=report.failures.append)
            else:
                results = extract_articles(good_articles(), model=model, on_error=report.failures.append)
            with BulkLoader(graph_store, run, keep_shards=keep_shards) if bulk or keep_shards else nullcontext() as loader:
                for result in results:
                    result = with_digest(apply_aliases(result, known))
                    changed = loader.add(article_quads(result, run)) if loader else graph_store.add_document(result, run=run)
                    written(result.source, changed, (a.id for a in result.actors), (e.type for e in result.events))
        report.relinked = reconcile(graph_store, known, model=model, run=run, workers=workers, on_relink=on_relink)
        report.triples = len(graph_store)
    report.seconds = time.perf_counter() - started
    return report


def query(sparql_or_file: str | Path, *, store: str | Path = "kg-store", params: dict[str, str] | None = None,
          timeout: float | None = None) -> Any:
    """Run a SPARQL query (text or a ``.rq`` file) on the store; returns a :class:`kg.query.QueryResult`.

    With ``timeout`` (seconds) the query runs in a child process that is stopped when the time
    is up, raising :class:`kg.errors.QueryError`: Oxigraph cannot be interrupted from Python
    while it joins or sorts, a process can.
    """
    from kg.query import run_query
    from kg.store import Store

    if timeout is not None:
        return _in_child(query, timeout, sparql_or_file, store=store, params=params)
    with Store.open(store, read_only=True) as graph_store:
        return run_query(graph_store, sparql_or_file, params=params or {})


def _child_call(connection: Any, function: Any, args: tuple, kwargs: dict) -> None:
    try:
        connection.send(("ok", function(*args, **kwargs)))
    except BaseException as e:  # noqa: BLE001 - sent back to the parent as is
        connection.send(("error", e))
    connection.close()


def _in_child(function: Any, timeout: float, *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)`` in a forked child, stopped after ``timeout`` seconds."""
    import multiprocessing

    from kg.errors import QueryError

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child_call, args=(send, function, args, kwargs), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise QueryError(f"query timed out after {timeout:g} s (--timeout); add LIMIT, narrow the pattern, or allow more time")
        status, value = receive.recv()
    except EOFError:
        raise QueryError("the query process ended without an answer (out of memory?)") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    if status == "error":
        raise value
    return value


def export(fmt: str, output: str | Path, *, store: str | Path = "kg-store", **options: Any) -> Path:
    """Write the store (or the actor network) to ``output`` in ``fmt``; returns the path."""
    from kg.export import export_store
    from kg.store import Store

    with Store.open(store, read_only=True) as graph_store:
        return export_store(graph_store, fmt, Path(output), **options)


__all__ = ["BuildReport", "build", "export", "extract_articles", "extract_file", "extract_text", "query"]
