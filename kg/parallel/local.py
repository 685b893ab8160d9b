"""``kg build --workers N``: extraction in a pool of local processes, results in input order.

Each worker process loads the pipeline once and extracts batches of articles; the parent
reads the input, hands out batches, and yields results in the order the articles came in, so
a build with 4 workers writes the same store, in the same order, as a build with one. At most
``2 × workers`` batches are in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from kg.errors import KgError
from kg.extract import DocumentResult
from kg.ingest import Article, IngestFailure

BATCH_SIZE = 16


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the build that started it is gone (even after kill -9).

    A pool worker otherwise waits for work forever, holding a loaded pipeline (~300 MB).
    """
    import os
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def extract_batch(articles: list[Article], model: str | None) -> tuple[list[DocumentResult], list[IngestFailure]]:
    """Extract one batch in this process (the worker's job): results, and articles that failed."""
    from kg.api import extract_articles

    failures: list[IngestFailure] = []
    results = list(extract_articles(articles, model=model, on_error=failures.append))
    return results, failures


def extract_in_processes(
    articles: Iterable[Article],
    *,
    workers: int,
    model: str | None = None,
    on_error: Callable[[IngestFailure], None],
    batch_size: int = BATCH_SIZE,
) -> Iterator[DocumentResult]:
    """Like :func:`kg.api.extract_articles` with ``on_error``, spread over ``workers`` processes.

    Workers are started fresh (``spawn``), never forked from a process that holds an open
    store. A batch whose worker dies (e.g. killed by the OOM killer) is reported article by
    article through ``on_error``; the build then stops with the reason, keeping what it wrote.
    """
    context = multiprocessing.get_context("spawn")
    source = iter(articles)
    pending: deque[tuple[list[Article], Future]] = deque()
    import os

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),))
    try:

        def submit() -> bool:
            batch = list(islice(source, batch_size))
            if batch:
                pending.append((batch, pool.submit(extract_batch, batch, model)))
            return bool(batch)

        while len(pending) < 2 * workers and submit():
            pass
        while pending:
            batch, future = pending.popleft()
            try:
                results, failures = future.result()
            except BrokenProcessPool as e:
                for article in batch:
                    on_error(IngestFailure(article.source, "a worker process died while extracting it (out of memory?)"))
                raise KgError("a worker process died; rerun the same build to finish it (finished articles are kept)") from e
            except KgError:
                raise  # e.g. the --model pipeline cannot be loaded: the same in every batch
            except Exception as e:  # noqa: BLE001 - reported per article, the build goes on
                for article in batch:
                    on_error(IngestFailure(article.source, f"extraction failed ({type(e).__name__}: {e}); please report this"))
                results, failures = [], []
            for failure in failures:
                on_error(failure)
            yield from results
            submit()
    finally:  # also when the caller stops early: drop queued batches, do not wait for them
        pool.shutdown(wait=True, cancel_futures=True)
