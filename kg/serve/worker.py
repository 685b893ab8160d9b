"""Query workers: separate processes that open the store and run one query at a time.

Why processes: Oxigraph has no query timeout of its own, and a thread cannot be stopped. A
worker that overruns ``timeout`` is killed and replaced, so a runaway query costs its own
process and nothing else. Each worker opens the store read-only (RocksDB read-only mode, no
lock) unless the server takes updates, in which case a single read-write worker serves every
request and is the store's only writer.

A read-only worker sees the store as it was when it opened it. Before each request it checks
whether the store's files changed (a ``kg build`` wrote to it meanwhile) and reopens if so: while
a build writes, every request gets a fresh snapshot (the articles written until it arrived, each
whole, since every article is one transaction, one record in RocksDB's log); while nothing
changes, the open store is reused. Reopening costs a replay of the write-ahead log, which the
writer keeps short (kg.store flushes it every 100 articles), so well under a second. Oxigraph
does not promise consistent reads of a store another process writes; kg's tests check them
(tests/serve/test_serve_during_build.py, tests/store/test_crash_safety.py). A build with
``--bulk`` loads shards without transactions: until a shard's digests are committed, a reader
can see part of an article of that shard.

Results are capped at ``max_rows`` rows (or triples); a capped result says so. Serialisation is
Oxigraph's own (``QuerySolutions.serialize``, ``pyoxigraph.serialize``).

Run as ``python -m kg.serve.worker FD`` by :class:`WorkerPool`; the parent talks to it over a
socket pair with :mod:`multiprocessing.connection` framing.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from kg.readonly_store import open_read_only
from kg.serve import negotiate

STARTUP_SECONDS = 60.0


@dataclass
class WorkerConfig:
    """What every worker needs to open the store and run queries."""

    store: str
    read_only: bool = True
    prefixes: dict[str, str] | None = None


# --------------------------------------------------------------------------- the worker process
class _Worker:
    """The state of one worker process: the open store and what it was opened from."""

    def __init__(self, config: dict[str, Any]) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.config = config
        self.store: Any = None
        self.stamp: tuple[int, int] | None = None
        self.open()

    def open(self) -> None:
        path = self.config["store"]
        stamp = _stamp(path)  # before opening: a change while we open means one more reopen
        self.store = open_read_only(path) if self.config["read_only"] else self.ox.Store(path)
        self.stamp = stamp

    def refresh(self) -> None:
        """Reopen a read-only store whose files changed; keep the last snapshot if that fails
        (the next request tries again)."""
        if self.config["read_only"] and _stamp(self.config["store"]) != self.stamp:
            try:
                self.open()
            except (OSError, RuntimeError):
                if self.store is None:
                    raise

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            self.refresh()
            if request["op"] == "update":
                self.store.update(request["sparql"])
                if not self.config["read_only"]:
                    self.store.flush()
                return {"status": 204}
            return self.query(request)
        except SyntaxError as e:
            return {"status": 400, "error": f"SPARQL syntax error: {_one_line(e)}"}
        except (OSError, ValueError, RuntimeError, TypeError) as e:
            return {"status": 500, "error": f"query failed: {_one_line(e)}"}

    def query(self, request: dict[str, Any]) -> dict[str, Any]:
        ox = self.ox
        options: dict[str, Any] = {"prefixes": self.config.get("prefixes") or None}
        if request.get("default_graph"):
            options["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
        else:
            options["use_default_graph_as_union"] = True
        if request.get("named_graphs"):
            options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
        result = self.store.query(request["sparql"], **options)
        accept = request.get("accept") or [("*/*", 1.0)]
        formats = request.get("formats") or []
        max_rows = int(request["max_rows"])
        if isinstance(result, ox.QueryTriples):
            kind = negotiate.GRAPH
            form = "CONSTRUCT"
        else:
            kind = negotiate.RESULTS
            form = "ASK" if isinstance(result, ox.QueryBoolean) else "SELECT"
        media = negotiate.choose(kind, accept, formats)
        if media is None:
            offered = negotiate.RESULT_TYPES if kind == negotiate.RESULTS else negotiate.GRAPH_TYPES
            return {"status": 406, "error": f"cannot answer a {form} query in the requested format; use one of {', '.join(offered)}"}
        html = media == negotiate.HTML
        if html:
            media = "application/sparql-results+json" if kind == negotiate.RESULTS else "text/turtle"
        truncated = False
        if form == "ASK":
            body = result.serialize(format=ox.QueryResultsFormat.from_media_type(media))
            rows = 1
        elif form == "SELECT":
            variables = result.variables
            solutions = _take(result, max_rows + 1)
            truncated = len(solutions) > max_rows
            solutions = solutions[:max_rows]
            rows = len(solutions)
            # The capped rows go back through Oxigraph's TSV reader, so Oxigraph serialises them.
            tsv = "\t".join(str(v) for v in variables) + "\n"
            tsv += "".join("\t".join(_cell(row[v]) for v in variables) + "\n" for row in solutions)
            capped = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
            body = capped.serialize(format=ox.QueryResultsFormat.from_media_type(media))
        else:
            triples = _take(result, max_rows + 1)
            truncated = len(triples) > max_rows
            triples = triples[:max_rows]
            rows = len(triples)
            rdf_format = ox.RdfFormat.from_media_type(media)
            prefixes = {p: ns for p, ns in (self.config.get("prefixes") or {}).items() if not ns.endswith("/id/")}
            with_prefixes = media in ("text/turtle", "application/rdf+xml")
            body = ox.serialize(triples, format=rdf_format, prefixes=prefixes if with_prefixes else None)
        if truncated:
            body = _mark_truncated(body, media, max_rows)
        return {"status": 200, "media_type": media, "html": html, "form": form, "rows": rows,
                "truncated": truncated, "body": body}


def _take(iterator: Any, n: int) -> list[Any]:
    out = []
    for item in iterator:
        out.append(item)
        if len(out) >= n:
            break
    return out


def _cell(term: Any) -> str:
    return "" if term is None else str(term)


def truncation_message(max_rows: int) -> str:
    return (f"result truncated to the first {max_rows} rows (kg serve --max-rows); "
            "add LIMIT and OFFSET to page through the rest")


def _mark_truncated(body: bytes, media: str, max_rows: int) -> bytes:
    """Say inside the result, where its format has room for it, that rows are missing."""
    import json

    message = truncation_message(max_rows)
    if media == "application/sparql-results+json" and body.startswith(b"{"):
        note = json.dumps({"max_rows": max_rows, "message": message}).encode()
        return b'{"truncated":' + note + b"," + body[1:]
    if media in ("application/sparql-results+xml", "application/rdf+xml"):
        comment = f"<!-- {message.replace('--', '-')} -->".encode()  # '--' may not appear in a comment
        if body.startswith(b"<?xml"):
            end = body.index(b"?>") + 2
            return body[:end] + comment + body[end:]
        return comment + b"\n" + body
    if media in ("text/turtle", "application/n-triples"):
        return f"# {message}\n".encode() + body
    return body  # CSV, TSV, JSON-LD: no room for a note; the X-KG-Truncated header says it


def _stamp(path: str) -> tuple[int, int]:
    """A cheap fingerprint of a store folder: newest modification time and number of files."""
    newest, count = 0, 0
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                try:
                    newest = max(newest, entry.stat().st_mtime_ns)
                except OSError:
                    continue
                count += 1
    except OSError:
        pass
    return newest, count


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 300 else text[:299] + "…"


def worker_main(fd: int) -> None:
    """The loop of one worker process: open the store, then answer requests until told to stop."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server stops us
    conn = Connection(fd)
    config = conn.recv()
    try:
        worker = _Worker(config)
    except (OSError, ValueError) as e:
        conn.send(("error", _one_line(e)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        conn.send(worker.handle(request))


# --------------------------------------------------------------------------- the parent side
class WorkerError(Exception):
    """A worker could not start (the store cannot be opened)."""


class _Process:
    def __init__(self, config: WorkerConfig) -> None:
        parent, child = socket.socketpair()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.serve.worker", str(child.fileno())],
            pass_fds=[child.fileno()], stdin=subprocess.DEVNULL,
        )
        child.close()
        self.conn = Connection(parent.detach())
        self.conn.send({"store": config.store, "read_only": config.read_only, "prefixes": config.prefixes})

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise WorkerError(f"no answer within {timeout:.0f} s while opening the store")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError) as e:
            self.kill()
            raise WorkerError("the worker exited while opening the store") from e
        if status != "ready":
            self.kill()
            raise WorkerError(str(detail))

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class WorkerPool:
    """``size`` worker processes; :meth:`run` hands a request to a free one, with a deadline."""

    def __init__(self, config: WorkerConfig, *, size: int = 2) -> None:
        self.config = config
        self.size = 1 if not config.read_only else max(1, size)
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start every worker and wait until each has opened the store; raises WorkerError."""
        started = [self._spawn() for _ in range(self.size)]
        try:
            for proc in started:
                proc.wait_ready(STARTUP_SECONDS)
        except WorkerError:
            self.close()
            raise
        for proc in started:
            self._idle.put(proc)

    def _spawn(self) -> _Process:
        proc = _Process(self.config)
        with self._lock:
            self._all.add(proc)
        return proc

    def _replace(self, dead: _Process) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return

        def start_one() -> None:
            proc = self._spawn()
            try:
                proc.wait_ready(STARTUP_SECONDS)
            except WorkerError:
                with self._lock:
                    self._all.discard(proc)
                return
            if self._closed:
                proc.stop()
            else:
                self._idle.put(proc)

        threading.Thread(target=start_one, daemon=True).start()

    def run(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Run one request; a result dict with ``status`` (and ``error`` when not 2xx)."""
        deadline = time.monotonic() + timeout
        try:
            proc = self._idle.get(timeout=timeout)
        except queue.Empty:
            return {"status": 503, "error": f"server busy: no query worker became free within {timeout:g} s; try again"}
        remaining = max(0.0, deadline - time.monotonic())
        try:
            proc.conn.send(request)
            if proc.conn.poll(remaining):
                response = proc.conn.recv()
                self._idle.put(proc)
                return response  # type: ignore[no-any-return]
        except (EOFError, OSError):
            self._replace(proc)
            return {"status": 500, "error": "the query worker died; the request was not completed"}
        self._replace(proc)
        return {"status": 503, "timeout": True,
                "error": f"query timed out after {timeout:g} s (kg serve --timeout); add LIMIT, narrow the pattern, or raise the limit"}

    def close(self) -> None:
        with self._lock:
            self._closed = True
            procs = list(self._all)
            self._all.clear()
        for proc in procs:
            proc.stop()


if __name__ == "__main__":
    worker_main(int(sys.argv[1]))
