"""Opening a store folder read-only that its writer created but had not yet set up (killed in that moment, or
still starting) reads as an empty store, whatever Oxigraph says about it; other failures are tried again and then
reported."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import readonly_store


@pytest.mark.parametrize("message", ["Column family not found: default", "Inserts are only possible on read-write instances"])
def test_a_store_its_writer_had_not_set_up_reads_empty(tmp_path, monkeypatch, message):
    (tmp_path / "CURRENT").write_text("MANIFEST-000001\n")

    def fail(path):
        raise RuntimeError(message)

    monkeypatch.setattr(readonly_store.ox.Store, "read_only", staticmethod(fail))
    store = readonly_store.open_read_only(tmp_path)
    assert isinstance(store, ox.Store) and len(store) == 0


def test_another_failure_is_tried_again_then_reported(tmp_path, monkeypatch):
    (tmp_path / "CURRENT").write_text("MANIFEST-000001\n")
    calls = []

    def fail(path):
        calls.append(path)
        raise RuntimeError("IO error: No such file or directory: 000012.sst")

    monkeypatch.setattr(readonly_store.ox.Store, "read_only", staticmethod(fail))
    monkeypatch.setattr(readonly_store.time, "sleep", lambda seconds: None)
    with pytest.raises(OSError, match="000012.sst"):
        readonly_store.open_read_only(tmp_path, attempts=3)
    assert len(calls) == 3
