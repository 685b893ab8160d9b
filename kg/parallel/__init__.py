"""Extraction on more than one core, or more than one machine.

Extraction (spaCy + kg's components) is the expensive, embarrassingly parallel stage; writing
the store is cheap and stays in one process so the store sees one writer and one order.

- :func:`extract_in_processes` (``kg build --workers N``): a pool of local worker processes,
  results back in input order, a bounded number of batches in flight so memory stays flat.
- :func:`kg.parallel.cluster.build_on_dask` (``kg build --dask ADDRESS``): partitions of
  input extracted on a Dask distributed cluster into N-Quads shards, then bulk-loaded.
"""

from __future__ import annotations

import os

from kg.parallel.local import extract_in_processes


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


__all__ = ["available_cores", "extract_in_processes"]
