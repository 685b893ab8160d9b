"""``kg build --dask ADDRESS``: extraction on a Dask distributed cluster.

The client (the machine running ``kg build``) reads the input and sends partitions of
articles to the cluster; each task extracts its partition and maps it to RDF, returning the
article graphs as N-Quads (:class:`kg.store.bulk.ArticleQuads`). The client takes them back in
input order and bulk-loads them into the store (:class:`kg.store.bulk.BulkLoader`), so the
graph is the one a single-process build writes.

Pointing it at a cluster::

    dask scheduler                                   # on the scheduler host
    dask worker tcp://SCHEDULER:8786 --nthreads 1    # on each worker host, kg installed
    kg build corpus/ --dask tcp://SCHEDULER:8786 --keep-shards shards/

Each worker process loads the pipeline once; ``--nthreads 1`` with one worker process per
core is the fastest setting (spaCy and HanTa are CPU-bound Python). ``--dask local`` starts a
LocalCluster with one single-threaded worker per core on this machine.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from kg.errors import KgError
from kg.extract.aliases import Aliases
from kg.ingest import Article, IngestFailure
from kg.store.bulk import ArticleQuads

PARTITION_SIZE = 64  # articles per task


def extract_partition(articles: list[Article], model: str | None, aliases: Aliases, run: dict[str, str],
                      engine: str) -> tuple[list[ArticleQuads], list[IngestFailure]]:
    """The task run on a worker: extract, apply aliases, map to N-Quads (with each article's source digest)."""
    from kg.extract.aliases import apply_aliases
    from kg.extract.fingerprint import source_digest
    from kg.parallel.local import extract_batch
    from kg.store.bulk import article_quads

    results, failures = extract_batch(articles, model)
    by_source = {a.source: a for a in articles}
    out = []
    for result in results:
        result = apply_aliases(result, aliases)
        article = by_source.get(result.source)
        result.source_digest = source_digest(article, engine) if article is not None else None
        out.append(article_quads(result, run))
    return out, failures


def connect(address: str) -> Any:
    """A ``distributed.Client`` for ``address``, or for a new LocalCluster when it is ``local``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask[distributed] is a dependency
        raise KgError("kg build --dask needs dask[distributed] (pip install 'dask[distributed]')") from e
    if address == "local":
        import logging

        from kg.parallel import available_cores

        # the scheduler and nanny report their own shutdown as warnings; the user asked for it
        for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
            logging.getLogger(name).setLevel(logging.ERROR)

        cluster = LocalCluster(n_workers=available_cores(), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        client._kg_cluster = cluster  # closed with the client
        return client
    try:
        return Client(address, timeout="10s")
    except OSError as e:
        raise KgError(f"cannot reach the Dask scheduler: {e}", source=address) from e


def extract_on_dask(
    articles: Iterable[Article],
    *,
    client: Any,
    run: dict[str, str],
    aliases: Aliases,
    engine: str = "",
    model: str | None = None,
    on_error: Callable[[IngestFailure], None],
    partition_size: int = PARTITION_SIZE,
) -> Iterator[ArticleQuads]:
    """Article graphs from the cluster, in input order; at most two partitions per worker thread in flight."""
    source = iter(articles)
    window = 2 * max(1, sum(client.nthreads().values()))
    shared_aliases = client.scatter(aliases, broadcast=True)
    pending: deque[Any] = deque()

    def submit() -> bool:
        batch = list(islice(source, partition_size))
        if batch:
            pending.append(client.submit(extract_partition, batch, model, shared_aliases, run, engine, pure=False))
        return bool(batch)

    try:
        while len(pending) < window and submit():
            pass
        while pending:
            quads, failures = pending.popleft().result()
            for failure in failures:
                on_error(failure)
            yield from quads
            submit()
    finally:
        for future in pending:
            future.cancel()


def close(client: Any) -> None:
    """Close the client, and the LocalCluster ``connect('local')`` started, if any."""
    cluster = getattr(client, "_kg_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()
