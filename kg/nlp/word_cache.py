"""Word analyses that outlive the process: a memo kept in the user's cache folder.

HanTa analyses every word it has not seen from scratch, tens of milliseconds for a long
compound, and that is most of kg's extraction time on a cold start. A news feed repeats most of
its vocabulary from one day to the next, and the workers of a parallel build read the same
words. :class:`WordCache` memoises a pure function of a word (like :func:`functools.lru_cache`)
and saves what it learned to a JSON file, so the next process starts warm.

Where: ``$KG_CACHE_DIR`` if set (an empty value turns saving and loading off), else the user's
cache folder (``platformdirs``: ``~/.cache/kg`` on Linux). Results never depend on the cache: a
missing, stale (other HanTa version) or damaged file is ignored and only costs time. Files hold
analyses of single words, never text, and stay bounded (:data:`MAX_ENTRIES` words each).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Words kept per cache (a file of this size is 20–40 MB and loads in well under a second).
MAX_ENTRIES = 200_000
# New words analysed before the cache is written again (also written when the process ends):
# a full file takes a few seconds to merge and write, about once per thousand cold articles.
SAVE_EVERY = 50_000
FORMAT = 1


def cache_dir() -> Path | None:
    """The folder word caches live in, or None if ``KG_CACHE_DIR`` is set empty (caching off)."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("kg", appauthor=False))


def _version(model: str) -> str:
    try:
        hanta = metadata.version("HanTa")
    except metadata.PackageNotFoundError:
        hanta = "unknown"
    return f"kg-word-cache-{FORMAT} HanTa-{hanta} {model}"


def _tuples(value: Any) -> Any:
    """JSON arrays back into the tuples HanTa returned (lists of pairs stay lists)."""
    if isinstance(value, list):
        items = [_tuples(v) for v in value]
        return items if not items or isinstance(items[0], tuple) else tuple(items)
    return value


class WordCache:
    """``function(*args, **kwargs)`` memoised by its arguments and kept across processes.

    ``name`` names the file; ``model`` and the HanTa version make up the key a file must carry to
    be read. The function must be pure and its arguments and results JSON values (strings,
    numbers, lists of pairs).
    """

    def __init__(self, name: str, function: Callable[..., Any], *, model: str) -> None:
        self.function = function
        self.version = _version(model)
        folder = cache_dir()
        self.path = folder / f"{name}.json" if folder else None
        self.memo: OrderedDict[Any, Any] = OrderedDict()
        self.new = 0
        self._registered = False
        self._mtime: int | None = None  # of the file as this process last read or wrote it
        if self.path is not None:
            self.memo.update(self._read())

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return self.memo[key]
        except KeyError:
            pass
        value = self.memo[key] = self.function(*args, **kwargs)
        if len(self.memo) > MAX_ENTRIES:
            self.memo.popitem(last=False)  # the oldest word goes first
        if self.path is not None:
            self.new += 1
            if not self._registered:
                atexit.register(self.save)
                self._registered = True
            if self.new >= SAVE_EVERY:
                self.save()
        return value

    def _read(self) -> dict[Any, Any]:
        assert self.path is not None
        try:
            mtime = self.path.stat().st_mtime_ns
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._mtime = mtime
            if data.get("version") != self.version:
                return {}
            return {_key(k): _tuples(v) for k, v in data["entries"]}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as e:
            log.info("ignoring word cache %s (%s)", self.path, e)
            return {}

    def save(self) -> None:
        """Merge what this process learned into the file (atomic replace; errors only logged)."""
        if self.path is None or not self.new:
            return
        try:  # another process wrote since: keep its words too
            changed = self.path.stat().st_mtime_ns != self._mtime
        except OSError:
            changed = False
        merged = self._read() if changed else OrderedDict()
        merged.update(self.memo)
        entries = list(merged.items())[-MAX_ENTRIES:]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent, prefix=f".{self.path.stem}-",
                                             suffix=".tmp", delete=False) as out:
                json.dump({"version": self.version, "entries": [[_json_key(k), v] for k, v in entries]}, out,
                          ensure_ascii=False, separators=(",", ":"))
            os.replace(out.name, self.path)
            self._mtime = self.path.stat().st_mtime_ns
            self.new = 0
        except OSError as e:
            log.info("could not write word cache %s (%s)", self.path, e)
            try:
                os.unlink(out.name)
            except (OSError, UnboundLocalError):
                pass


def _json_key(key: Any) -> Any:
    if key and isinstance(key[0], tuple):  # (args, kwargs)
        return {"args": list(key[0]), "kwargs": [list(kv) for kv in key[1]]}
    return list(key)


def _key(stored: Any) -> Any:
    if isinstance(stored, dict):
        return tuple(stored["args"]), tuple(tuple(kv) for kv in stored["kwargs"])
    return tuple(stored)
