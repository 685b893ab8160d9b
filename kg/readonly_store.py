"""Open an Oxigraph store folder read-only, while another process may be writing to it.

A module of its own, importing only pyoxigraph, so that light processes (``kg serve``'s query
workers) and :mod:`kg.store` share it without the worker importing rdflib.
"""

from __future__ import annotations

import os
import time
from typing import Any

import pyoxigraph as ox

READ_ONLY_ATTEMPTS = 5
# what Oxigraph says when a read-only open finds a store folder its writer created but had not yet set up (the
# column families, or the version record it would have to insert): nothing can be stored in it yet
UNINITIALISED = ("column family not found", "inserts are only possible on read-write instances")


def open_read_only(folder: str | os.PathLike[str], attempts: int = READ_ONLY_ATTEMPTS) -> Any:
    """Open the store read-only, never waiting for (nor blocking) a writer.

    RocksDB's read-only mode takes no lock and reads the store as it is at this moment: the
    files its manifest lists, plus the write-ahead log replayed up to the last complete record.
    Every article is written as one transaction, which is one record of that log, so a reader
    sees each article whole or not at all while ``kg build`` goes on writing (it does not see
    what is written after it opened). Oxigraph does not promise this for a store another
    process writes to; kg's tests check it (tests/store/test_crash_safety.py). A writer that
    flushes or compacts while we open can remove a file the manifest we read still names, so
    an open that fails is tried again a few times.
    """
    path = os.fspath(folder)
    if not os.path.exists(os.path.join(path, "CURRENT")):
        # the first build has just started, or was stopped before it stored anything
        return ox.Store()
    attempt = 1
    while True:
        try:
            return ox.Store.read_only(path)
        except RuntimeError as e:
            if any(sign in str(e).lower() for sign in UNINITIALISED):
                return ox.Store()  # created a moment ago (or stopped then): nothing stored yet
            if attempt == attempts:
                raise OSError(str(e)) from e
        except OSError:
            if attempt == attempts:
                raise
        time.sleep(0.05 * 2**attempt)
        attempt += 1
