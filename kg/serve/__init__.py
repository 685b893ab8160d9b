"""``kg serve``: the graph store as a SPARQL 1.1 endpoint (Protocol, Service Description).

A small Starlette app under uvicorn in front of Oxigraph. Queries run in worker processes
(:mod:`kg.serve.worker`) that open the store read-only, so a runaway query is killed at the
timeout without taking the server down. Safe by default:

- binds to 127.0.0.1; answers only requests whose Host names this machine when bound to loopback
  (no DNS rebinding), and sends no CORS headers unless ``--cors ORIGIN``;
- read-only: SPARQL Update is refused with 403 unless ``--allow-update`` and a token;
- every query has a timeout (``--timeout``, 503 when hit) and a row cap (``--max-rows``; a
  capped result carries ``X-KG-Truncated: true`` and says so in its body where the format
  allows); request bodies are capped (``--max-request-bytes``, 413);
- ``SERVICE`` and ``LOAD`` (the server fetching from addresses a client chooses) are refused
  unless ``--allow-service``;
- saved queries (``/queries/NAME?param=value``) bind parameters as typed RDF terms in a
  ``VALUES`` block, never by pasting text.

This module stays light: the query workers import it, the web parts live in :mod:`kg.serve.app`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


class ServeError(KgError):
    """The SPARQL server could not start (store, address, options)."""


@dataclass
class ServeConfig:
    """Everything ``kg serve`` can be told; the defaults are the safe ones."""

    store: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 1_048_576
    workers: int = 2
    allow_update: bool = False
    token: str | None = None
    allow_service: bool = False
    cors_origins: list[str] = field(default_factory=list)
    queries_dir: Path | None = None

    def check(self) -> None:
        """Raise :class:`ServeError` for combinations that are unsafe or cannot work."""
        if self.allow_update and not self.token:
            raise ServeError("--allow-update needs a token: add --token TEXT (or set KG_SERVE_TOKEN)", source=self.store)
        if self.token and len(self.token) < 8:
            raise ServeError("the update token is too short; use at least 8 characters", source=self.store)
        if self.timeout <= 0 or self.max_rows < 1 or self.max_request_bytes < 1024 or self.workers < 1:
            raise ServeError("--timeout, --max-rows, --workers must be positive and --max-request-bytes at least 1024", source=self.store)

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK_HOSTS or self.host.startswith("127.")


def serve(config: ServeConfig, *, ready: Callable[[str], None] | None = None) -> None:
    """Start the workers, listen, and serve until interrupted (SIGINT/SIGTERM).

    ``ready`` is called with the endpoint URL once the server accepts connections.
    """
    from kg.serve.app import run

    run(config, ready=ready)


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServeConfig", "ServeError", "serve"]
