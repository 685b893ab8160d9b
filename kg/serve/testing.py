"""Run ``kg serve`` in a subprocess, for tests and notebooks::

    from kg.serve.testing import serve_process

    with serve_process("kg-store", "--max-rows", "100") as url:
        ...  # url is http://127.0.0.1:PORT/sparql; the server stops when the block ends

The server listens on a free loopback port (``--port 0``) and the URL is read from its ready
line, so parallel runs never race for a port. The process is always stopped (SIGTERM, then
SIGKILL after ``stop_seconds``).
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.serve import ServeError

_READY = re.compile(r"SPARQL endpoint (http://\S+/sparql)\)")


@contextmanager
def serve_process(store: str | Path, *args: str, env: dict[str, str] | None = None,
                  start_seconds: float = 90.0, stop_seconds: float = 10.0) -> Iterator[str]:
    """Start ``python -m kg serve --store STORE --port 0 ARGS...``; yield the endpoint URL."""
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *args]
    root = str(Path(__file__).resolve().parents[2])
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(p for p in (root, environment.get("PYTHONPATH")) if p)
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=environment)
    assert proc.stderr is not None
    try:
        url: str | None = None
        output: list[str] = []
        deadline = time.monotonic() + start_seconds
        while url is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or proc.poll() is not None:
                rest = proc.stderr.read().decode("utf-8", "replace") if proc.poll() is not None else ""
                raise ServeError(f"kg serve did not start: {(''.join(output) + rest).strip()[-500:] or 'no output'}", source=store)
            ready, _, _ = select.select([proc.stderr], [], [], min(remaining, 1.0))
            if ready:
                line = proc.stderr.readline().decode("utf-8", "replace")
                output.append(line)
                match = _READY.search(line)
                if match:
                    url = match.group(1)
        yield url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=stop_seconds)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        proc.stderr.close()


__all__ = ["serve_process"]
